"""The contract's controlled vocabularies, defined once (DESIGN.md §3)."""

from __future__ import annotations

import re
from enum import Enum


PERCENT = "percent"
PERCENTAGE_POINT = "percentage_point"
# A hundredth of a percentage point, as central banks and markets state rate moves ("cut by 150
# basis points", "um 50 Basispunkte"): a unit of its own, never converted when recorded.
BASIS_POINT = "basis_point"
COUNT = "count"
TIMES = "times"
# Units with a meaning of their own; every other unit is an ISO 4217 code or a physical symbol.
BASE_UNITS = frozenset({PERCENT, PERCENTAGE_POINT, BASIS_POINT, COUNT, TIMES})
# Units of a rate or of a change of one: what a percentage's words are read for.
RATE_UNITS = frozenset({PERCENT, PERCENTAGE_POINT, BASIS_POINT})
# The physical symbols the extractor writes (UCUM style, case-sensitive, never converted).
PHYSICAL_UNITS = frozenset(
    """
    mm cm m km nm mi nmi ft in yd m2 cm2 km2 mi2 ft2 ha acre m3 km3 ft3 l ml hl gal bbl g kg t kt
    Mt Gt lb oz W kW MW GW TW Wh kWh MWh GWh TWh J kJ MJ GJ TJ PJ EJ cal kcal B kB MB GB TB PB EB
    ZB kbit/s Mbit/s Gbit/s Tbit/s km/h mph m/s kn Cel degF TEU bbl/d m3/d Hz kHz MHz GHz mAh kV t.km
    """.split()
)
_UNIT_PART = re.compile(r"[A-Z]{3}|[A-Za-z][A-Za-z0-9]*(?:/[A-Za-z][A-Za-z0-9]*)?")


def is_currency(unit: object) -> bool:
    """Whether ``unit`` is an ISO 4217 code: three capital letters that are no physical unit ("TEU").

    >>> is_currency("KZT"), is_currency("TEU"), is_currency("USD/bbl"), is_currency(None)
    (True, False, False, False)
    """
    return isinstance(unit, str) and len(unit) == 3 and unit.isascii() and unit.isalpha() and unit.isupper() \
        and unit not in PHYSICAL_UNITS


def is_unit(unit: object) -> bool:
    """Whether ``unit`` is a unit of the contract: a base unit, an ISO 4217 code (any three
    capital letters), a UCUM-style physical symbol, or a compound of two with "/"
    ("USD/bbl", "bbl/d"). Open by design: a code the extractor never writes is still valid.

    >>> is_unit("KZT"), is_unit("km2"), is_unit("USD/bbl"), is_unit("dollars"), is_unit("")
    (True, True, True, False, False)
    """
    if not isinstance(unit, str) or not unit:
        return False
    if unit in BASE_UNITS or unit in PHYSICAL_UNITS:
        return True
    parts = unit.split("/")
    if len(parts) > 2:
        return False
    return all(
        is_currency(p) or p in PHYSICAL_UNITS or p in ("d", "h", "yr")
        for p in parts
    ) and (len(parts) == 2 or len(unit) == 3)


class UnitSet(frozenset[str]):
    """``unit in UNITS`` for the open unit vocabulary (see :func:`is_unit`). As a set it holds the
    units with a name of their own and the physical symbols (what a listing of choices shows);
    membership accepts every unit :func:`is_unit` accepts."""

    def __contains__(self, unit: object) -> bool:
        return is_unit(unit)


class Qualifier(str, Enum):
    EXACT = "exact"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    NEARLY = "nearly"
    ABOUT = "about"
    UP_TO = "up_to"
    LESS_THAN = "less_than"


EXACT = Qualifier.EXACT.value
MORE_THAN = Qualifier.MORE_THAN.value
AT_LEAST = Qualifier.AT_LEAST.value
NEARLY = Qualifier.NEARLY.value
ABOUT = Qualifier.ABOUT.value
UP_TO = Qualifier.UP_TO.value
LESS_THAN = Qualifier.LESS_THAN.value


class Origin(str, Enum):
    CURATED = "curated"
    EXTRACTED = "extracted"


class FactStatus(str, Enum):
    SINGLE = "single"
    CONSISTENT = "consistent"
    CONFLICT = "conflict"


UNITS = UnitSet(BASE_UNITS | PHYSICAL_UNITS | {"USD", "CNY", "EUR", "RUB", "INR", "GBP", "JPY", "KZT", "PKR", "UZS"})
QUALIFIERS = frozenset(q.value for q in Qualifier)
LANGUAGES = frozenset({"de", "en"})

ACTOR_KINDS = frozenset({"person", "organization", "country", "place", "company", "media"})
INITIATIVE_KINDS = frozenset(
    {"forum", "conference", "summit", "programme", "project", "plan", "resolution", "facility", "network"}
)
TOPIC_IDS = (
    "talent",
    "infrastructure",
    "ai",
    "economy",
    "industry",
    "services",
    "health",
    "agriculture",
    "energy",
    "governance",
    "connectivity",
    "cooperation",
)
