"""One renderer for every listing: table | json | jsonl | csv | tsv | md | yaml, with `--fields`.

Records arrive as plain dicts (see `records.to_dict`). JSON keeps German letters as they are
(where stdout cannot encode them it falls back to \\u escapes, still valid JSON), is indented on
a terminal and compact in a pipe or file (as gh does), and never contains NaN or Infinity.
JSON Lines and CSV/TSV stream. CSV and TSV always have a header row, also for no rows, and are
made safe for spreadsheets: a text cell that would start a formula (`=`, `+`, `-`, `@`, tab, CR)
is prefixed with `'` (OWASP's advice); numbers are written as they are.
Tables use rich, imported only for tables.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator, Sequence, TextIO

from .terminal import Terminal, terminal_safe


class Format:
    """The output formats, as `--format` names them. (Plain strings, not an Enum: creating an
    Enum class costs every query's start-up more than the rest of this module.)"""

    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    TSV = "tsv"
    MD = "md"
    YAML = "yaml"


FORMATS = (Format.TABLE, Format.JSON, Format.JSONL, Format.CSV, Format.TSV, Format.MD, Format.YAML)


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
    import json  # only here: a warm query that streams stored JSON never needs it

    return json.dumps(data, ensure_ascii=ascii_only, indent=indent, allow_nan=False)


def json_indent(terminal: Terminal) -> int | None:
    """Indented for a person at a terminal, compact for a program reading a pipe or a file."""
    return 2 if terminal.is_tty else None


PRETTY_LIMIT = 1000


def write_json_array(records: Iterable[Any], terminal: Terminal) -> None:
    """A JSON array, streamed one record at a time: indented on a terminal for a few records,
    otherwise one compact record a line (valid JSON either way)."""
    out = terminal.stdout
    if terminal.is_tty:
        rows = list(records)
        if len(rows) <= PRETTY_LIMIT:
            out.write(dumps_json(rows, terminal) + "\n")
            return
        records = rows
    first = True
    for record in records:
        out.write(("[\n" if first else ",\n") + dumps_json(record, terminal, indent=None))
        first = False
    out.write("[]\n" if first else "\n]\n")


def write_json_texts(texts: Iterable[str], terminal: Terminal) -> None:
    """A JSON array of records already encoded as `json.dumps(record, ensure_ascii=False)`
    encodes them (an index keeps facts so): written as they are to a pipe or file that takes
    UTF-8, byte for byte what `write_json_array` writes; decoded and written by it otherwise."""
    if terminal.is_tty or not terminal.can_encode_unicode:
        import json

        write_json_array((json.loads(text) for text in texts), terminal)
        return
    out = terminal.stdout
    first = True
    for text in texts:
        out.write(("[\n" if first else ",\n") + text)
        first = False
    out.write("[]\n" if first else "\n]\n")


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    """Flat columns for CSV/TSV: lists joined with ';'; one piece of evidence as quote, article,
    start and end columns; a list of evidence as its places and, beside them, its quotes."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        if _is_evidence(value):
            for part in ("quote", "article", "start", "end"):
                flat[f"{key}_{part}"] = value[part]
        elif isinstance(value, dict):
            for sub, subvalue in value.items():
                flat[f"{key}_{sub}"] = _cell(subvalue)
        elif isinstance(value, list) and value and all(_is_evidence(v) for v in value):
            flat[key] = _cell(value)
            flat[f"{key}_quotes"] = "\n".join(f"[{e['article']}] {e['quote']}" for e in value)
        else:
            flat[key] = _cell(value)
    return flat


def flat_header(keys: Sequence[str]) -> list[str]:
    """The CSV header for records with these keys when there is no row to flatten."""
    header: list[str] = []
    for key in keys:
        if key == "evidence":
            header.extend(f"evidence_{p}" for p in ("quote", "article", "start", "end"))
        else:
            header.append(key)
    return header


def _is_evidence(value: Any) -> bool:
    return isinstance(value, dict) and {"article", "quote", "start", "end"} <= value.keys()


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(_mention(v) if isinstance(v, dict) else str(v) for v in value)
    if isinstance(value, dict):
        import json

        return json.dumps(value, ensure_ascii=False)
    return value


def _mention(evidence: dict[str, Any]) -> str:
    if {"article", "start", "end"} <= evidence.keys():
        return f"{evidence['article']}:{evidence['start']}-{evidence['end']}"
    import json

    return json.dumps(evidence, ensure_ascii=False)


def render_records(
    records: Iterable[dict[str, Any]],
    fmt: str,
    terminal: Terminal,
    fields: Sequence[str] | None = None,
    columns: Sequence[str] | None = None,
    title: str | None = None,
    header: Sequence[str] | None = None,
    bom: bool = False,
    wide: bool = False,
) -> None:
    """Write records to `terminal.stdout` in the requested format. `header` names the columns
    of CSV/TSV/Markdown when there are no records; `bom` starts CSV/TSV with a UTF-8 BOM."""
    out = terminal.stdout
    selected = (select_fields(r, fields) for r in records)
    keys = list(fields) if fields else list(header or ())
    if fmt == Format.JSON:
        write_json_array(selected, terminal)
    elif fmt == Format.JSONL:
        for record in selected:
            out.write(dumps_json(record, terminal, indent=None) + "\n")
    elif fmt in (Format.CSV, Format.TSV):
        if bom:
            out.write("\ufeff")
        write_delimited(selected, out, delimiter="," if fmt == Format.CSV else "\t", header=flat_header(keys))
    elif fmt == Format.MD:
        write_markdown(list(selected), out, keys=keys)
    elif fmt == Format.YAML:
        _write_yaml(list(selected), out, terminal)
    else:
        rows = list(selected)
        from .tables import print_table

        print_table(rows, terminal, columns=list(fields) if fields else columns, title=title, wide=wide)


def render_object(data: dict[str, Any], fmt: str, terminal: Terminal) -> None:
    """Write one object (show, compare, check) as JSON or YAML."""
    if fmt == Format.YAML:
        _write_yaml(data, terminal.stdout, terminal)
    else:
        terminal.stdout.write(dumps_json(data, terminal, indent=json_indent(terminal)) + "\n")


def write_delimited(records: Iterator[dict[str, Any]], out: TextIO, delimiter: str = ",",
                    header: Sequence[str] = ()) -> None:
    """CSV or TSV with a header row (from the first record, else `header`), spreadsheet-safe."""
    import csv

    from ..textutil import spreadsheet_safe

    writer = None
    for record in records:
        flat = flatten(record)
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(flat), extrasaction="ignore", lineterminator="\n",
                                    delimiter=delimiter)
            writer.writeheader()
        writer.writerow({k: spreadsheet_safe(v) for k, v in flat.items()})
    if writer is None and header:
        csv.writer(out, lineterminator="\n", delimiter=delimiter).writerow(header)


def write_markdown(rows: list[dict[str, Any]], out: TextIO, keys: Sequence[str] = ()) -> None:
    """A GitHub-flavoured Markdown table, for reports: pipes escaped, line breaks as <br>."""
    flat = [flatten(r) for r in rows]
    columns = available_fields(flat) if flat else flat_header(keys)
    if not columns:
        return
    out.write("| " + " | ".join(_md_cell(c) for c in columns) + " |\n")
    out.write("|" + "|".join(" ---: " if _numeric(flat, c) else " --- " for c in columns) + "|\n")
    for row in flat:
        out.write("| " + " | ".join(_md_cell(row.get(c, "")) for c in columns) + " |\n")


def _numeric(rows: list[dict[str, Any]], column: str) -> bool:
    values = [r.get(column) for r in rows if r.get(column) not in (None, "")]
    return bool(values) and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)


def _md_cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>")


def _write_yaml(data: Any, out: Any, terminal: Terminal) -> None:
    import yaml

    text = yaml.safe_dump(data, allow_unicode=terminal.can_encode_unicode, sort_keys=False, width=100)
    out.write(terminal_safe(text) if terminal.is_tty else text)
