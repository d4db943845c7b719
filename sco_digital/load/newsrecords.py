"""News record files: `*.json` (one object, or a list of objects) and `*.jsonl` (one object per
line), with the keys of news-please, the common open-source news crawler — `title`, `maintext`,
`date_publish`, `url`, `language`, `authors`, `source_domain` — or plain `text` and `date`.

A record that cannot be an article (no text, a key of the wrong type, an impossible date,
invalid JSON on its line) is skipped with its line and reason; the other records load.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .read import Document, Skip, iso_date_or_none

# Every key a record may have that is read; others (news-please has many) are ignored.
_TEXT_KEYS = ("maintext", "text")
_DATE_KEYS = ("date_publish", "date")
_STRING_KEYS = ("title", "url", "language", "source_domain", *_TEXT_KEYS, *_DATE_KEYS)


def read_news_records(raw: bytes, fmt: str, path: Path | str) -> tuple[list[Document], list[Skip]]:
    """The articles of a news record file, and the skipped records. An article's `record` is its
    place among the file's records (from 1, skipped ones counted), so its id stays when a record
    before it is fixed or broken."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Skip(f"JSON that is not UTF-8 (invalid byte at offset {exc.start})", "encoding") from None
    if fmt == "jsonl":
        # Each line counts: the n-th record is on line n, empty lines are skipped.
        rows = [(number, row) for number, row in enumerate(text.splitlines(), 1) if row.strip()]
        # (place among the file's records, line, the record): the place names the article.
        parsed: list[tuple[int, int | None, Any]] = []
        skipped: list[Skip] = []
        for place, (number, row) in enumerate(rows, 1):
            try:
                parsed.append((place, number, _loads(row)))
            except ValueError as exc:
                skipped.append(Skip(f"invalid JSON: {_short(str(exc))}", "bad record", number))
    else:
        try:
            whole = _loads(text)
        except json.JSONDecodeError as exc:
            raise Skip(f"invalid JSON: {exc.msg}", "bad record", exc.lineno) from None
        except ValueError as exc:
            raise Skip(f"invalid JSON: {_short(str(exc))}", "bad record") from None
        parsed = [(place, None, item) for place, item in enumerate(whole if isinstance(whole, list) else [whole], 1)]
        skipped = []
    documents: list[Document] = []
    for place, line, item in parsed:
        try:
            documents.append(_document(item, fmt, place, line))
        except Skip as skip:
            skipped.append(skip)
    return documents, skipped


def _loads(text: str) -> Any:
    # NaN and Infinity are not JSON; refused rather than carried into records. Nesting deeper than
    # the interpreter's stack is refused as invalid, not a crash.
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:
        raise ValueError("nested too deeply") from None


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _document(item: Any, fmt: str, number: int, line: int | None) -> Document:
    if not isinstance(item, dict):
        raise Skip(f"a record must be a JSON object, not {type(item).__name__}", "bad record", line)
    for key in _STRING_KEYS:
        if item.get(key) is not None and not isinstance(item[key], str):
            raise Skip(f"{key!r} must be a text, not {type(item[key]).__name__}", "bad record", line)
    body = next((item[k] for k in _TEXT_KEYS if isinstance(item.get(k), str) and item[k].strip()), None)
    if body is None:
        raise Skip("no text: the record has no 'maintext' or 'text'", "no text", line)
    raw_date = next((item[k] for k in _DATE_KEYS if item.get(k)), None)
    published = iso_date_or_none(raw_date)
    if raw_date is not None and published is None:
        raise Skip(f"date {_short(raw_date)!r} is not a real ISO date (YYYY-MM-DD)", "bad record", line)
    authors = item.get("authors")
    if isinstance(authors, str):
        authors = [authors]
    if authors is not None and not (isinstance(authors, list) and all(isinstance(a, str) for a in authors)):
        raise Skip("'authors' must be a list of texts", "bad record", line)
    title = (item.get("title") or "").strip() or None
    text = body if title is None or body.startswith(title) else f"{title}\n\n{body}"
    language = (item.get("language") or "").strip().lower()[:2] or None
    return Document(text, fmt, "utf-8", False, title=title, published=published,
                    authors=tuple(a.strip() for a in authors or () if a.strip()),
                    url=(item.get("url") or "").strip() or None,
                    source=(item.get("source_domain") or "").strip() or None,
                    language=language if language in ("en", "de") else None, record=number, line=line)


def _short(value: str, limit: int = 60) -> str:
    """At most `limit` characters of a bad value: an error never prints a whole (huge) value."""
    return value if len(value) <= limit else value[:limit] + "…"
