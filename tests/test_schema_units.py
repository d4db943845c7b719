"""The figure and fact `unit` schema is the open unit vocabulary: it accepts exactly what
contract.is_unit accepts (fixed words, ISO 4217 codes, compounds with "/")."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sco_digital.contract import BASE_UNITS, PHYSICAL_UNITS, is_unit
from sco_digital.schema import record_schema, unit_schema, validate

UNIT_CASES = [
    # (unit, valid)
    ("percent", True), ("percentage_point", True), ("count", True), ("times", True),
    ("USD", True), ("KZT", True), ("XOF", True), ("km2", True), ("kWh", True), ("TEU", True),
    ("bbl/d", True), ("USD/bbl", True), ("EUR/t", True), ("m3/d", True), ("Mbit/s", True),
    ("", False), ("dollars", False), ("usd", False), ("US", False), ("USDX", False),
    ("km/h/s", False), ("Percent", False), ("USD/", False), ("/bbl", False), ("USD\n", False),
    ("kilowatt", False), ("USD/dollar", False),
]


@pytest.mark.parametrize("record", ["figure", "fact"])
def test_unit_is_not_a_closed_enum(record: str) -> None:
    prop = record_schema(record)["properties"]["unit"]
    assert "enum" not in prop and "anyOf" in prop
    assert any("pattern" in option for option in prop["anyOf"])
    json.dumps(prop)  # serialisable as written into the data package


@pytest.mark.parametrize("unit,valid", UNIT_CASES)
def test_unit_schema_agrees_with_is_unit(unit: str, valid: bool) -> None:
    assert is_unit(unit) is valid
    assert (not validate(unit, unit_schema())) is valid


def test_every_fixed_unit_is_valid() -> None:
    for unit in BASE_UNITS | PHYSICAL_UNITS:
        assert not validate(unit, unit_schema()), unit


_PARTS = st.sampled_from(sorted(p for p in PHYSICAL_UNITS if "/" not in p) + ["d", "h", "yr", "USD", "KZT"])


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefgkmtlhy/23 ", max_size=9),
                 st.builds(lambda a, b: f"{a}/{b}", _PARTS, _PARTS)))
def test_schema_and_is_unit_never_disagree(unit: str) -> None:
    assert (not validate(unit, unit_schema())) is is_unit(unit)
