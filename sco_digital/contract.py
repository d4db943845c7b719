"""The contract's controlled vocabularies, defined once (DESIGN.md §3)."""

from __future__ import annotations

from enum import Enum


class Unit(str, Enum):
    PERCENT = "percent"
    PERCENTAGE_POINT = "percentage_point"
    COUNT = "count"
    USD = "USD"
    CNY = "CNY"
    EUR = "EUR"
    RUB = "RUB"
    INR = "INR"
    GBP = "GBP"
    JPY = "JPY"
    KZT = "KZT"
    PKR = "PKR"
    UZS = "UZS"


class Qualifier(str, Enum):
    EXACT = "exact"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    NEARLY = "nearly"
    ABOUT = "about"
    UP_TO = "up_to"
    LESS_THAN = "less_than"


class Origin(str, Enum):
    CURATED = "curated"
    EXTRACTED = "extracted"


class FactStatus(str, Enum):
    SINGLE = "single"
    CONSISTENT = "consistent"
    CONFLICT = "conflict"


UNITS = frozenset(u.value for u in Unit)
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
