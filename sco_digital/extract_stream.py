"""The streaming mapper behind `sco-digital extract`: articles in, one set of rows per article out.

Articles come as file paths or as news-please JSON lines (`title`, `maintext`, `date_publish`,
`url`, `language`, `authors`, `source_domain`). Each yields its rows (`analyse_text`'s shape)
in input order, or a `Skipped` naming the path or line and why; nothing is held beyond the
article at hand, so memory stays bounded however long the stream. The library never prints:
the command writes rows to stdout and skips to stderr.

Ids. A file's id is its name up to the first `_` or `.` (as in a corpus folder). A JSON line's
id is its `id` key when it has one, else `u` and the first 16 hex digits of the SHA-256 of its
`url` (else of its `maintext`): the same article gets the same id in any split of the stream.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .analyse_api import PlainRows, analyser_for, index_rows, plain_rows
from .contract import LANGUAGES
from .errors import CorpusError

if TYPE_CHECKING:
    from .load.registry import Registries

MAX_LINE_BYTES = 20 * 1024 * 1024  # as `load.articles.MAX_ARTICLE_BYTES`: one article at most
_READ_CHUNK = 1 << 20
_ID = re.compile(r"^[^_.]+")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that gave no rows: where (a path, or `source:line`) and why."""

    where: str
    reason: str


def extract_paths(paths: Iterable[str | os.PathLike[str]],
                  registries: Registries | str | os.PathLike[str] | None = None) -> Iterator[PlainRows | Skipped]:
    """Rows of each article file in `paths`, in order; a `*.jsonl` path gives its lines' rows."""
    for path in paths:
        path = Path(path)
        if path.suffix.lower() in JSONL_SUFFIXES:
            try:
                with path.open("rb") as stream:
                    yield from extract_jsonl(stream, str(path), registries)
            except OSError as exc:
                yield Skipped(str(path), f"cannot read: {exc.strerror or exc}")
            continue
        yield _file_rows(path, registries)


def _file_rows(path: Path, registries: Registries | str | os.PathLike[str] | None) -> PlainRows | Skipped:
    from .load.articles import read_article_file
    from .load.sidecar import read_sidecar

    match = _ID.match(path.name)
    article_id = match.group() if match else path.stem
    try:
        file = read_article_file(article_id, path)
        analyser = analyser_for(registries)
        return plain_rows(index_rows(analyser, file, read_sidecar(file), path.name))
    except CorpusError as exc:  # a problem of the sidecar names the sidecar
        return Skipped(str(path), exc.message if exc.path == path and exc.line is None else str(exc))


def extract_jsonl(stream: IO[bytes], source: str = "<stdin>",
                  registries: Registries | str | os.PathLike[str] | None = None) -> Iterator[PlainRows | Skipped]:
    """Rows of each news-please JSON line of `stream`, in order; a bad line is a `Skipped`
    named `source:line`. Blank lines are passed over."""
    from .analyse_api import analyse_text

    for number, line in bounded_lines(stream):
        where = f"{source}:{number}"
        if line is None:
            yield Skipped(where, f"line longer than {MAX_LINE_BYTES:,} bytes")
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (UnicodeDecodeError, ValueError) as exc:
            yield Skipped(where, f"not JSON: {exc}")
            continue
        article = news_please_article(record)
        if isinstance(article, str):
            yield Skipped(where, article)
            continue
        text, article_id, language, published, metadata = article
        yield analyse_text(text, article_id=article_id, language=language, published=published,
                           registries=registries, metadata=metadata)


def news_please_article(record: Any) -> tuple[str, str, str | None, str | None, dict[str, Any]] | str:
    """(text, id, language, published, metadata) of a news-please record, or why it has none.
    A language outside the contract's is left to detection; a date is kept to its day."""
    if not isinstance(record, dict):
        return "not a JSON object"
    text = record.get("maintext")
    if not isinstance(text, str) or not text.strip():
        return "no maintext"
    given_id = record.get("id")
    url = record.get("url") if isinstance(record.get("url"), str) else None
    if isinstance(given_id, str) and given_id.strip():
        article_id = given_id.strip()
    else:
        article_id = "u" + hashlib.sha256((url or text).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    language = record.get("language")
    language = language if isinstance(language, str) and language in LANGUAGES else None
    date = record.get("date_publish")
    published = date[:10] if isinstance(date, str) and _ISO_DAY.match(date) else None
    authors = record.get("authors")
    metadata = {
        "title": _text_or_none(record.get("title")),
        "url": url,
        "source": _text_or_none(record.get("source_domain")),
        "authors": [a for a in authors if isinstance(a, str)] if isinstance(authors, list) else None,
    }
    return text, article_id, language, published, metadata


def _text_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def bounded_lines(stream: IO[bytes], limit: int = MAX_LINE_BYTES) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) of a byte stream, never holding more than `limit` bytes of one line:
    a longer line is read past in chunks and given as None."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) <= limit or line.endswith(b"\n"):
            yield number, line
            continue
        while line and not line.endswith(b"\n"):  # read past the rest, one chunk at a time
            line = stream.readline(_READ_CHUNK)
        yield number, None
