"""Vocabulary by language (sco_digital.extract.lang), the generated currency table and the open
unit vocabulary (sco_digital.contract.is_unit)."""

from __future__ import annotations

from dataclasses import fields

import pytest

from sco_digital.extract.lang import LANGUAGES, Vocabulary, currencies, vocabulary
from sco_digital.contract import UNITS, is_unit


# Fields a language has no words for, and why: German puts a verb's particle after the number,
# where only `split_verbs` give it a direction ("nahm um 5 Prozent ab"), so no idiom before the
# number can take a particle's direction away.
EMPTY_BY_DESIGN = {("particle_idioms", "de")}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("field", [f.name for f in fields(Vocabulary)])
def test_every_field_is_filled_in_every_language(lang: str, field: str) -> None:
    value = getattr(vocabulary(lang), field)
    assert bool(value) is ((field, lang) not in EMPTY_BY_DESIGN), f"{lang}: {field}"
    keys = value.keys() if hasattr(value, "keys") else value
    assert all(isinstance(k, str) and k == " ".join(k.split()) for k in keys)


def test_unknown_language_merges_all() -> None:
    merged = vocabulary(None)
    assert "rose" in merged.change_up and "stieg" in merged.change_up
    assert merged.physical_units["kilowattstunden"] == "kWh"


def test_currency_table_is_generated_iso_4217() -> None:
    table = currencies()
    assert len(table) > 150
    assert "₸" in table["KZT"]["symbols"]
    assert "Kasachische Tenge" in table["KZT"]["names"]["de"]
    assert table["JPY"]["minor_units"] == 0
    assert all(len(code) == 3 and code.isupper() for code in table)


@pytest.mark.parametrize("unit", ["percent", "count", "times", "USD", "KZT", "XOF", "km2", "kWh", "TEU", "bbl/d", "USD/bbl", "Mbit/s"])
def test_open_units(unit: str) -> None:
    assert is_unit(unit) and unit in UNITS


@pytest.mark.parametrize("unit", ["", "dollars", "usd", "km/h/s", None, "Percent"])
def test_not_units(unit: object) -> None:
    assert not is_unit(unit) and unit not in UNITS
