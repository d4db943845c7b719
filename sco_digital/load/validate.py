"""Checks that YAML data follows the contract, with errors that name file and line."""

from __future__ import annotations

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

_DESCRIBE = {
    TEXT: "a text",
    OPTIONAL_TEXT: "a text or null",
    NUMBER: "a number",
    OPTIONAL_INT: "a whole number",
    TEXT_LIST: "a list of texts",
    NAMES: "a mapping like {en: …, de: …}",
    MAPPING_LIST: "a list of mappings",
    KEYWORDS: "a mapping like {en: [...], de: [...]}",
}


def _fits(value: Any, kind: str) -> bool:
    if kind == TEXT:
        return isinstance(value, str) and value != ""
    if kind == OPTIONAL_TEXT:
        return value is None or isinstance(value, (str, int, float)) and not isinstance(value, bool)
    if kind == NUMBER:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == OPTIONAL_INT:
        return value is None or isinstance(value, int) and not isinstance(value, bool) and value >= 1
    if kind == TEXT_LIST:
        return value is None or isinstance(value, list) and all(isinstance(v, (str, int)) for v in value)
    if kind == NAMES:
        return isinstance(value, dict) and all(isinstance(v, str) or v is None for v in value.values())
    if kind == MAPPING_LIST:
        return value is None or isinstance(value, list) and all(isinstance(v, dict) for v in value)
    if kind == KEYWORDS:
        return isinstance(value, dict) and all(_fits(v, TEXT_LIST) for v in value.values())
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
                f"{what}: {key!r} must be {_DESCRIBE[fields[key]]}, not {value!r}", path, line_of(data, key)
            )
    missing = sorted(k for k in required if data.get(k) is None)
    if missing:
        raise CorpusError(f"{what}: missing {', '.join(map(repr, missing))}", path, line_of(data))
    return data


def check_choice(value: Any, allowed: frozenset[str] | set[str], path: Path, data: Any, key: str, what: str) -> None:
    if value is not None and value not in allowed:
        raise CorpusError(
            f"{what}: {key} {value!r} is not one of {', '.join(sorted(allowed))}", path, line_of(data, key)
        )


def text_list(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in (value or ()))


def optional_text(value: Any) -> str | None:
    return None if value is None else str(value)
