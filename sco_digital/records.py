"""The records of the corpus: frozen, typed, with the JSON keys of DESIGN.md §3 as field names.

Serialisation is one function, :func:`to_dict`; every renderer and every export starts from it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Evidence:
    """Exact words of an article: ``article_text[start:end] == quote``."""

    article: str
    quote: str
    start: int
    end: int


# Sidecar metadata beyond the contract's article keys, shown by `show` and `cite`.
EXTRA_METADATA = ("time", "editors", "related", "note")


@dataclass(frozen=True, slots=True)
class Article:
    """One article. `path` is relative to the corpus folder (POSIX separators); `format` is how
    it was read: txt, md, html, json, jsonl or pdf."""

    id: str
    path: str
    format: str
    title: str
    language: str | None
    published: str | None
    source: str | None
    authors: tuple[str, ...]
    url: str | None
    section: str | None
    sha256: str
    chars: int
    words: int
    curated: bool
    # Not part of the JSON contract: the text itself.
    text: str = field(default="", repr=False, compare=False, metadata={"internal": True})
    # Extra metadata a sidecar may hold (editors, time of day, related articles).
    extra: dict[str, Any] = field(default_factory=dict, repr=False, compare=False, metadata={"internal": True})


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    names: dict[str, str]
    kind: str
    role: str | None
    affiliation: str | None
    country: str | None
    articles: tuple[str, ...]
    mentions: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class Figure:
    id: str
    article: str
    language: str | None
    value: float | int
    unit: str
    qualifier: str
    change: str | None
    range_with: str | None
    counted: str | None
    measure: str | None
    metric: str | None
    period: str | None
    subject: str | None
    topics: tuple[str, ...]
    text: str
    evidence: Evidence
    origin: str
    # Not part of the JSON contract: the character offset of the number in the article text
    # (the id shows it too, but is never parsed back).
    start: int = field(kw_only=True, repr=False, metadata={"internal": True})


@dataclass(frozen=True, slots=True)
class Initiative:
    id: str
    name: str
    names: dict[str, str]
    kind: str
    date: str | None
    end_date: str | None
    place: str | None
    actors: tuple[str, ...]
    topics: tuple[str, ...]
    articles: tuple[str, ...]
    mentions: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class Fact:
    id: str
    statement: str
    value: float | int | list[float | int]
    unit: str
    qualifier: str
    measure: str | None
    period: str | None
    subject: str | None
    basis: str
    topics: tuple[str, ...]
    articles: tuple[str, ...]
    figures: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    status: str


RECORD_TYPES: dict[str, type] = {
    "article": Article,
    "actor": Actor,
    "figure": Figure,
    "initiative": Initiative,
    "fact": Fact,
    "evidence": Evidence,
}


def public_fields(cls: type) -> list[str]:
    """The JSON keys of a record type, in contract order (internal fields left out)."""
    return [f.name for f in dataclasses.fields(cls) if not f.metadata.get("internal")]


_PUBLIC: dict[type, tuple[str, ...]] = {}


def _public(cls: type) -> tuple[str, ...]:
    names = _PUBLIC.get(cls)
    if names is None:
        names = _PUBLIC[cls] = tuple(public_fields(cls))
    return names


_SCALARS = frozenset({str, int, float, bool, type(None)})


def to_dict(record: Any) -> Any:
    """A record (or list/tuple/dict of records) as plain JSON-ready data with the contract's keys."""
    # Scalars are passed through inline rather than by a call each: on a large corpus this
    # function converts hundreds of thousands of values.
    cls = type(record)
    if cls in _SCALARS:
        return record
    if cls is list or cls is tuple:
        return [v if type(v) in _SCALARS else to_dict(v) for v in record]
    if cls is dict:
        return {k: (v if type(v) in _SCALARS else to_dict(v)) for k, v in record.items()}
    names = _PUBLIC.get(cls)
    if names is None:
        if not (dataclasses.is_dataclass(record) and not isinstance(record, type)):
            return record
        names = _public(cls)
    out = {}
    for name in names:
        value = getattr(record, name)
        out[name] = value if type(value) in _SCALARS else to_dict(value)
    return out
