"""The generated country table: ISO 3166 alpha-3, English and German names and adjectives."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

from sco_digital.match.countries import countries, country_of, find_countries

# (word as written, alpha-3)
WORDS = [
    ("Hongkong", "HKG"), ("Macau", "MAC"), ("Hongkongs", "HKG"),  # a region's own name, not only CLDR's formal one
    ("UAE", "ARE"), ("VAE", "ARE"), ("Kirgistan", "KGZ"), ("Kyrgyz Republic", "KGZ"),  # names news uses besides CLDR's
    ("Kazakhstan", "KAZ"), ("Kasachstan", "KAZ"), ("Kazakh", "KAZ"), ("kasachische", "KAZ"), ("kasachischen", "KAZ"),
    ("Uzbekistan", "UZB"), ("Usbekistan", "UZB"), ("Uzbek", "UZB"), ("usbekischen", "UZB"),
    ("Kyrgyzstan", "KGZ"), ("Kirgisistan", "KGZ"), ("Tajikistan", "TJK"), ("Tadschikistan", "TJK"),
    ("Russia", "RUS"), ("Russland", "RUS"), ("Russlands", "RUS"), ("russische", "RUS"),
    ("China", "CHN"), ("Chinas", "CHN"), ("Chinese", "CHN"), ("chinesischen", "CHN"),
    ("India", "IND"), ("Indien", "IND"), ("Pakistan", "PAK"), ("Iran", "IRN"), ("Belarus", "BLR"),
    ("Weißrussland", "BLR"), ("Mongolei", "MNG"), ("Germany", "DEU"), ("Deutschland", "DEU"),
    ("Turkey", "TUR"), ("Türkei", "TUR"), ("United States", "USA"), ("Vereinigte Staaten", "USA"),
    ("United Arab Emirates", "ARE"), ("Vereinigte Arabische Emirate", "ARE"), ("Emirati", "ARE"),
    ("Saudi Arabia", "SAU"), ("Saudi-Arabien", "SAU"), ("Brasilien", "BRA"), ("Mexiko", "MEX"),
]

# words that are never countries: month abbreviations first
NOT_COUNTRIES = ["Aug", "Sept", "Mai", "Jan", "Okt", "March", "May", "china", "chinese", "Minister", "Forum", ""]


def test_the_table_is_generated_and_complete() -> None:
    rows = json.loads((files("sco_digital.match") / "countries.json").read_text(encoding="utf-8"))
    assert len(rows) >= 249
    assert len({r["alpha3"] for r in rows}) == len(rows)
    assert all(r["en"] and r["de"] for r in rows)
    assert len(countries()) == len(rows)


@pytest.mark.parametrize(("word", "alpha3"), WORDS, ids=[w for w, _ in WORDS])
def test_names_and_adjectives(word: str, alpha3: str) -> None:
    found = country_of(word)
    assert found is not None and found.alpha3 == alpha3


@pytest.mark.parametrize("word", NOT_COUNTRIES, ids=[w or "empty" for w in NOT_COUNTRIES])
def test_not_countries(word: str) -> None:
    assert country_of(word) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United Arab Emirates’ company Masdar works in Uzbekistan.", [("United Arab Emirates", "ARE"),
                                                                          ("Uzbekistan", "UZB")]),
        ("Chinas Handel mit Kasachstan wuchs.", [("Chinas", "CHN"), ("Kasachstan", "KAZ")]),
        ("Exports rose in Aug and Sept, the Minister said on Mai Street.", []),
        ("Das Forum im Mai fand statt.", []),
        # a currency's name (read off UrduPoint)
        ("Exports reached US $2.198 billion against US$ 1.7 billion and 297 million U.S. dollars.", []),
    ],
)
def test_find_countries(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_countries(text)
    assert [(m.text, m.country.alpha3) for m in found] == expected
    assert all(text[m.start : m.end] == m.text for m in found)


def test_german_and_english_names_of_a_few() -> None:
    by_code = {c.alpha3: c for c in countries()}
    assert (by_code["KAZ"].en, by_code["KAZ"].de) == ("Kazakhstan", "Kasachstan")
    assert (by_code["DEU"].en, by_code["DEU"].de) == ("Germany", "Deutschland")
    assert by_code["CHN"].de == "China"


def _script(name: str):
    """A generator script of `scripts/` loaded as a module."""
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_table_is_what_the_script_generates() -> None:
    """`scripts/gen_countries.py` is the table's source: the JSON must not be edited by hand."""
    pytest.importorskip("pycountry")
    pytest.importorskip("babel")
    module = _script("gen_countries")
    committed = json.loads((files("sco_digital.match") / "countries.json").read_text(encoding="utf-8"))
    assert module.build() == committed


def test_the_committed_given_names_are_what_the_script_generates() -> None:
    """`scripts/gen_given_names.py` is the list's source: it must not be edited by hand."""
    pytest.importorskip("gender_guesser")
    assert _script("gen_given_names").render() == (files("sco_digital.extract") / "given_names.txt").read_text(encoding="utf-8")


def test_the_given_names_hold_names_and_no_empty_line() -> None:
    names = (files("sco_digital.extract") / "given_names.txt").read_text(encoding="utf-8").splitlines()
    listed = [n for n in names if not n.startswith("#")]
    assert {"Klaus", "Peter", "Nurlan", "Vladimir", "Ahmed"} <= set(listed)
    # names written with letters beyond ASCII (the dictionary is UTF-8: read as Latin-1 they were lost)
    assert {"Jürgen", "Günther", "Björn", "René", "İlker"} <= set(listed)
    assert all(n and " " not in n for n in listed)


@pytest.mark.parametrize("text, alpha3, name", [
    # a German name opening with adjectives, declined ("in den Vereinigten Staaten", "der Russischen Föderation")
    ("Der Export in die Vereinigten Staaten wuchs.", "USA", "Vereinigten Staaten"),
    ("Er lebt in den Vereinigten Arabischen Emiraten.", "ARE", "Vereinigten Arabischen Emiraten"),
    ("Die Regierung der Russischen Föderation beschloss es.", "RUS", "Russischen Föderation"),
    ("Die Handelspolitik des Vereinigten Königreichs änderte sich.", "GBR", "Vereinigten Königreichs"),
])
def test_declined_german_names_of_countries(text, alpha3, name):
    found = find_countries(text)
    assert [(m.country.alpha3, m.text) for m in found] == [(alpha3, name)]
