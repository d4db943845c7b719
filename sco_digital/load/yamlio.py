"""Safe YAML reading with line numbers, so every error can name file and line.

Only the safe loader is used: a `!!python/...` tag is an error, never code.
"""

from __future__ import annotations

import datetime as _dt
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import CorpusError


class LineDict(dict[str, Any]):
    """A mapping that remembers the line (1-based) of itself and of each key."""

    line: int | None = None
    key_lines: dict[str, int]


@lru_cache(maxsize=1)
def _loader() -> type:
    """The safe loader with line numbers; built on first use so that importing this module (and
    the loader) does not import yaml — a warm query reads no YAML at all."""
    import yaml

    base: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class LineLoader(base):  # type: ignore[misc, valid-type]
        pass

    def construct_mapping(loader: Any, node: Any) -> LineDict:
        loader.flatten_mapping(node)
        result = LineDict()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                raise yaml.constructor.ConstructorError(
                    None, None, "a mapping key must be a plain value", key_node.start_mark
                )
            key = str(key)
            if key in result:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
            result[key] = loader.construct_object(value_node, deep=True)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result

    def construct_timestamp_as_text(loader: Any, node: Any) -> str:
        # Dates stay ISO strings, as in the JSON contract, instead of datetime objects.
        return str(loader.construct_scalar(node))

    LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    LineLoader.add_constructor("tag:yaml.org,2002:timestamp", construct_timestamp_as_text)
    return LineLoader


def parse_yaml(text: str, path: Path | str) -> Any:
    """Parse YAML text safely; any problem is a CorpusError naming path, line and column."""
    import yaml

    try:
        return yaml.load(text, Loader=_loader())  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        if mark is None:
            raise CorpusError(f"invalid YAML: {problem}", path) from None
        raise CorpusError(f"invalid YAML: {problem}", path, mark.line + 1, mark.column + 1) from None
    except yaml.YAMLError as exc:
        raise CorpusError(f"invalid YAML: {exc}", path) from None


def read_yaml(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"cannot read: {exc.strerror or exc}", path) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"not UTF-8 (byte {exc.start})", path) from None
    return parse_yaml(text, path)


def line_of(mapping: Any, key: str | None = None) -> int | None:
    if isinstance(mapping, LineDict):
        if key is not None and key in mapping.key_lines:
            return mapping.key_lines[key]
        return mapping.line
    return None


def iso_date(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    return str(value)
