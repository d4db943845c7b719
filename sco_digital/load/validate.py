"""Checks that YAML data follows the contract, with errors that name file and line."""

from __future__ import annotations

import datetime as _dt
import math
import re
import reprlib
from pathlib import Path
from typing import Any

from ..errors import CorpusError
from .yamlio import line_of

# Field kinds a YAML value may be checked against.
TEXT = "text"
OPTIONAL_TEXT = "optional text"
NUMBER = "number"
OPTIONAL_INT = "optional whole number"
TEXT_LIST = "list of texts"
NAMES = "mapping of language to name"
MAPPING_LIST = "list of mappings"
KEYWORDS = "mapping of language to list of texts"
STRING = "text or null"  # a YAML string (quoted if it looks like a number), or null
DATE = "ISO date"  # YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date
PERIOD = "period"  # a year, or a text such as 2025-H1 or 2025-01/2025-07
SHA256 = "sha256"
COUNTRY = "country code"
BOOL = "true or false"

_DESCRIBE = {
    TEXT: "a text",
    OPTIONAL_TEXT: "a text or null",
    NUMBER: "a number",
    OPTIONAL_INT: "a whole number",
    TEXT_LIST: "a list of texts",
    NAMES: "a mapping like {en: …, de: …}",
    MAPPING_LIST: "a list of mappings",
    KEYWORDS: "a mapping like {en: [...], de: [...]}",
    STRING: "a text or null",
    DATE: "a real date YYYY-MM-DD (or YYYY-MM, YYYY)",
    PERIOD: "a year or a text such as 2025-H1",
    SHA256: "64 hexadecimal digits",
    COUNTRY: "an ISO 3166 alpha-3 code such as CHN",
    BOOL: "true or false",
}

_DATE_TEXT = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_SHA256 = re.compile(r"[0-9a-fA-F]{64}")
_ALPHA3 = re.compile(r"[A-Z]{3}")
_EXCERPT = reprlib.Repr()
_EXCERPT.maxstring = _EXCERPT.maxother = 60
_EXCERPT.maxlist = _EXCERPT.maxtuple = _EXCERPT.maxdict = _EXCERPT.maxset = 4
_EXCERPT.maxlevel = 2


def excerpt(value: Any) -> str:
    """A short, bounded repr of a bad value for an error message: a huge or deeply nested value
    (an alias bomb) is never expanded in full."""
    shown = _EXCERPT.repr(value)
    return shown if len(shown) <= 80 else shown[:77] + "..."


def is_real_date(value: Any) -> bool:
    """True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a date that exists (not 2025-02-30)."""
    match = _DATE_TEXT.fullmatch(str(value)) if isinstance(value, (str, int)) and not isinstance(value, bool) else None
    if match is None:
        return False
    year, month, day = (int(g) if g else 1 for g in match.groups())
    try:
        _dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _fits(value: Any, kind: str) -> bool:
    if kind == TEXT:
        return isinstance(value, str) and value != ""
    if kind == OPTIONAL_TEXT:
        return value is None or isinstance(value, (str, int, float)) and not isinstance(value, bool)
    if kind == STRING:
        return value is None or isinstance(value, str) and value.strip() != ""
    if kind == DATE:
        return value is None or is_real_date(value)
    if kind == PERIOD:
        return value is None or (isinstance(value, str) and value.strip() != ""
                                 or isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 9999)
    if kind == SHA256:
        return value is None or isinstance(value, str) and _SHA256.fullmatch(value) is not None
    if kind == COUNTRY:
        return value is None or isinstance(value, str) and _ALPHA3.fullmatch(value) is not None
    if kind == NUMBER:
        # NaN and infinity are no JSON numbers: refused here, never carried into a record.
        return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    if kind == OPTIONAL_INT:
        return value is None or isinstance(value, int) and not isinstance(value, bool) and value >= 1
    if kind == TEXT_LIST:
        return value is None or isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)
    if kind == NAMES:
        return isinstance(value, dict) and bool(value) and all(
            isinstance(v, str) and v.strip() or v is None for v in value.values())
    if kind == MAPPING_LIST:
        return value is None or isinstance(value, list) and all(isinstance(v, dict) for v in value)
    if kind == KEYWORDS:
        return isinstance(value, dict) and all(_fits(v, TEXT_LIST) for v in value.values())
    if kind == BOOL:
        return value is None or isinstance(value, bool)
    raise ValueError(kind)


def check_mapping(
    data: Any,
    fields: dict[str, str],
    path: Path,
    what: str,
    required: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """Return `data` if it is a mapping with only known keys of the right kinds; else CorpusError."""
    if not isinstance(data, dict):
        raise CorpusError(f"{what} must be a mapping, not {type(data).__name__}", path, line_of(data))
    for key, value in data.items():
        if key not in fields:
            known = ", ".join(sorted(fields))
            raise CorpusError(f"{what}: unknown key {key!r} (known: {known})", path, line_of(data, key))
        if not _fits(value, fields[key]):
            raise CorpusError(
                f"{what}: {key!r} must be {_DESCRIBE[fields[key]]}, not {excerpt(value)}", path, line_of(data, key)
            )
    missing = sorted(k for k in required if data.get(k) is None)
    if missing:
        raise CorpusError(f"{what}: missing {', '.join(map(repr, missing))}", path, line_of(data))
    return data


def check_choice(value: Any, allowed: frozenset[str] | set[str], path: Path, data: Any, key: str, what: str) -> None:
    if value is not None and (not isinstance(value, str) or value not in allowed):
        raise CorpusError(
            f"{what}: {key} {excerpt(value)} is not one of {', '.join(sorted(allowed))}", path, line_of(data, key)
        )


def text_list(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in (value or ()))


def optional_text(value: Any) -> str | None:
    return None if value is None else str(value)
