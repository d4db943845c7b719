"""One renderer for every listing: table | json | jsonl | csv | yaml, with `--fields`.

Records arrive as plain dicts (see `records.to_dict`). JSON keeps German letters as they are;
where stdout cannot encode them it falls back to \\u escapes, which is still valid JSON.
Tables use rich, imported only here and only for tables.
"""

from __future__ import annotations

import json
from enum import Enum
from typing import Any, Iterable, Iterator, Sequence

from .terminal import Terminal


class Format(str, Enum):
    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    YAML = "yaml"


FORMATS = tuple(f.value for f in Format)


def select_fields(record: dict[str, Any], fields: Sequence[str] | None) -> dict[str, Any]:
    if not fields:
        return record
    return {f: record.get(f) for f in fields}


def available_fields(records: Sequence[dict[str, Any]]) -> list[str]:
    keys: list[str] = []
    for record in records:
        keys.extend(k for k in record if k not in keys)
    return keys


def dumps_json(data: Any, terminal: Terminal | None = None, indent: int | None = 2) -> str:
    ascii_only = terminal is not None and not terminal.can_encode_unicode
    return json.dumps(data, ensure_ascii=ascii_only, indent=indent)


PRETTY_LIMIT = 1000


def write_json_array(records: list[Any], terminal: Terminal) -> None:
    """A JSON array: indented for a few records; one record a line for many (the indenting
    encoder is pure Python and would dominate a query over thousands of records)."""
    out = terminal.stdout
    if len(records) <= PRETTY_LIMIT:
        out.write(dumps_json(records, terminal) + "\n")
        return
    out.write("[\n")
    last = len(records) - 1
    for i, record in enumerate(records):
        out.write(dumps_json(record, terminal, indent=None) + (",\n" if i < last else "\n"))
    out.write("]\n")


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    """Flat columns for CSV: lists joined with ';', evidence as quote/article/start/end columns."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, dict) and {"article", "quote", "start", "end"} <= value.keys():
            for part in ("quote", "article", "start", "end"):
                flat[f"{key}_{part}"] = value[part]
        elif isinstance(value, dict):
            for sub, subvalue in value.items():
                flat[f"{key}_{sub}"] = _cell(subvalue)
        else:
            flat[key] = _cell(value)
    return flat


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(_mention(v) if isinstance(v, dict) else str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _mention(evidence: dict[str, Any]) -> str:
    if {"article", "start", "end"} <= evidence.keys():
        return f"{evidence['article']}:{evidence['start']}-{evidence['end']}"
    return json.dumps(evidence, ensure_ascii=False)


def render_records(
    records: Iterable[dict[str, Any]],
    fmt: str,
    terminal: Terminal,
    fields: Sequence[str] | None = None,
    columns: Sequence[str] | None = None,
    title: str | None = None,
) -> None:
    """Write a list of records to stdout in the requested format."""
    out = terminal.stdout
    selected = (select_fields(r, fields) for r in records)
    if fmt == Format.JSON:
        write_json_array(list(selected), terminal)
    elif fmt == Format.JSONL:
        for record in selected:
            out.write(dumps_json(record, terminal, indent=None) + "\n")
    elif fmt == Format.CSV:
        _write_csv(selected, out)
    elif fmt == Format.YAML:
        _write_yaml(list(selected), out, terminal)
    else:
        rows = list(selected)
        from .tables import print_table

        print_table(rows, terminal, columns=list(fields) if fields else columns, title=title)


def render_object(data: dict[str, Any], fmt: str, terminal: Terminal) -> None:
    """Write one object (show, compare, check) as JSON or YAML."""
    if fmt == Format.YAML:
        _write_yaml(data, terminal.stdout, terminal)
    else:
        terminal.stdout.write(dumps_json(data, terminal) + "\n")


def _write_csv(records: Iterator[dict[str, Any]], out: Any) -> None:
    import csv

    writer = None
    for record in records:
        flat = flatten(record)
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(flat), extrasaction="ignore", lineterminator="\n")
            writer.writeheader()
        writer.writerow(flat)


def _write_yaml(data: Any, out: Any, terminal: Terminal) -> None:
    import yaml

    out.write(yaml.safe_dump(data, allow_unicode=terminal.can_encode_unicode, sort_keys=False, width=100))
