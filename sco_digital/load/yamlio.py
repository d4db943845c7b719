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


# Aliases may share a value, not multiply it: a document whose nodes, with every alias expanded,
# number more than this (and more than ALIAS_GROWTH times its own nodes) is refused, as Go's
# yaml.v3 refuses a "billion laughs" document.
MAX_EXPANDED_NODES = 100_000
ALIAS_GROWTH = 10


def parse_yaml(text: str, path: Path | str) -> Any:
    """Parse YAML text safely; any problem is a CorpusError naming path, line and column."""
    import yaml

    loader = _loader()(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _refuse_alias_bomb(node, path)
        return loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        if mark is None:
            raise CorpusError(f"invalid YAML: {problem}", path) from None
        raise CorpusError(f"invalid YAML: {problem}", path, mark.line + 1, mark.column + 1) from None
    except yaml.YAMLError as exc:
        raise CorpusError(f"invalid YAML: {exc}", path) from None
    except RecursionError:
        raise CorpusError("invalid YAML: nested too deeply", path) from None
    finally:
        loader.dispose()


def _refuse_alias_bomb(root: Any, path: Path | str) -> None:
    """Count the nodes of a composed document with aliases expanded, each distinct node once
    (linear in the document); refuse a document that aliases would blow up."""
    expanded: dict[int, int] = {}
    distinct = 0
    order: list[tuple[Any, bool]] = [(root, False)]
    while order:  # bounded: each distinct node is pushed once unexpanded and once expanded
        node, children_done = order.pop()
        key = id(node)
        if key in expanded and not children_done:
            continue
        children = _children(node)
        if not children_done:
            distinct += 1
            expanded[key] = 0  # marks it seen; a cycle (impossible in safe YAML) adds nothing
            order.append((node, True))
            order.extend((child, False) for child in children if id(child) not in expanded)
            continue
        total = 1 + sum(expanded.get(id(child), 0) for child in children)
        expanded[key] = total
        if total > MAX_EXPANDED_NODES and total > ALIAS_GROWTH * distinct:
            mark = node.start_mark
            raise CorpusError(f"invalid YAML: aliases expand to more than {MAX_EXPANDED_NODES:,} values "
                              "(an alias bomb?)", path, mark.line + 1, mark.column + 1)


def _children(node: Any) -> list[Any]:
    value = node.value
    if isinstance(value, list):
        return [n for pair in value for n in (pair if isinstance(pair, tuple) else (pair,))]
    return []


MAX_YAML_BYTES = 16 * 1024 * 1024


def read_yaml(path: Path) -> Any:
    """A registry or other YAML file (a regular file only; never more than MAX_YAML_BYTES)."""
    from .read import read_regular

    raw = read_regular(path, MAX_YAML_BYTES)
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
