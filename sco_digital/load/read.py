"""Reading article files: bytes → text and metadata, for every format a corpus may hold.

One function per format, each pure of its bytes (`read_document`), and one safe way to get the
bytes (`read_regular`): only a regular file is ever opened for reading (a FIFO would block, a
device would never end), and never more than the size limit + 1 byte is read.

A file that cannot be an article — binary, a PDF scan, HTML without the `[html]` extra — raises
`Skip` with its reason: the corpus loads without it, and `check` lists it (`--strict` makes it an
error). A file that is broken in a way the user must fix raises `CorpusError`.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import CorpusError

MAX_ARTICLE_BYTES = 20 * 1024 * 1024

# Formats by lower-case file suffix. `.md` is read as plain text: offsets index the file as it is.
FORMAT_OF_SUFFIX = {
    ".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".pdf": "pdf",
}
# Formats whose file may hold several articles (one per record).
MULTI_RECORD_FORMATS = frozenset({"json", "jsonl"})

# Bytes a Windows-1252 text never holds (undefined there); a legacy file with them is Latin-1.
_CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")
# C0 control bytes other than tab, line feed, form feed and carriage return: text has almost none.
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


class Skip(Exception):
    """A file (or one record of it) that is not read as an article, with the reason why."""

    def __init__(self, reason: str, kind: str, line: int | None = None):
        super().__init__(reason)
        self.reason = reason
        self.kind = kind
        self.line = line


@dataclass(frozen=True, slots=True)
class Document:
    """One article's text and what the file itself says about it (None: the file does not say).

    `encoding` is how the bytes were decoded (`utf-8`, `utf-8-sig`, `utf-16`, `windows-1252`,
    `latin-1`, or `html`/`pdf`/`json` for formats that carry their own); `guessed` is True when
    the encoding was inferred rather than declared or certain. `record` numbers the records of a
    multi-record file (1-based), None for a file that is one article.
    """

    text: str
    format: str
    encoding: str
    guessed: bool = False
    title: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()
    url: str | None = None
    source: str | None = None
    language: str | None = None
    record: int | None = None
    line: int | None = None


def read_regular(path: Path | str, limit: int | None = None) -> bytes:
    """The bytes of a regular file, at most `limit` (default `MAX_ARTICLE_BYTES`).

    Opened without blocking and checked with `fstat` before a byte is read, so a FIFO, a device
    (`/dev/zero`) or a socket is refused, never read; a file that grows past the limit while it
    is read is refused too (limit + 1 bytes are read at most).
    """
    limit = MAX_ARTICLE_BYTES if limit is None else limit
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise CorpusError(f"cannot read: {exc.strerror or exc}", path) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise CorpusError(f"not a regular file ({special_kind(info.st_mode)}); never opened for reading", path)
        if info.st_size > limit:
            raise CorpusError(f"file is {info.st_size:,} bytes; the limit is {limit:,}", path)
        chunks = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        raw = b"".join(chunks)
    except OSError as exc:
        raise CorpusError(f"cannot read: {exc.strerror or exc}", path) from None
    finally:
        os.close(fd)
    if len(raw) > limit:
        raise CorpusError(f"file is over the limit of {limit:,} bytes", path)
    return raw


def special_kind(mode: int) -> str:
    """What a file that is neither a regular file nor a folder is, in a word or two."""
    for test, name in ((stat.S_ISFIFO, "FIFO"), (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"),
                       (stat.S_ISSOCK, "socket"), (stat.S_ISDIR, "folder")):
        if test(mode):
            return name
    return "special file"


def decode_text(raw: bytes, path: Path | str, strict: bool = False) -> tuple[str, str, bool]:
    """(text, encoding, guessed) of a text file's bytes.

    A byte-order mark decides (UTF-8 or UTF-16; it is not part of the text); else UTF-8 if the
    bytes are valid UTF-8; else a legacy 8-bit encoding is guessed: Windows-1252 (German
    archives), or Latin-1 when a byte undefined in Windows-1252 appears. Binary bytes raise
    `Skip`; with `strict`, a guess is a `CorpusError`.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16", False
        except UnicodeDecodeError as exc:
            raise Skip(f"invalid UTF-16 (byte {exc.start})", "binary") from None
    if _looks_binary(raw):
        raise Skip("binary file (control bytes), not text", "binary")
    if raw.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    else:
        encoding = "utf-8"
    try:
        return raw.decode(encoding), encoding, False
    except UnicodeDecodeError as exc:
        if strict or encoding == "utf-8-sig":
            line = raw[: exc.start].count(b"\n") + 1
            raise CorpusError(f"not UTF-8 (invalid byte at offset {exc.start})", path, line) from None
    legacy = "latin-1" if _CP1252_UNDEFINED.search(raw) else "windows-1252"
    return raw.decode(legacy), legacy, True


def _looks_binary(raw: bytes) -> bool:
    """NUL bytes, or more than one control byte in a hundred: not a text file."""
    if b"\x00" in raw:
        return True
    controls = len(_CONTROL_BYTES.findall(raw, 0, 65536))
    return controls > max(4, min(len(raw), 65536) // 100)


def iso_date_or_none(value: Any) -> str | None:
    """`YYYY-MM-DD` from the head of a date text ("2025-08-28 10:00:00", "2025-08-28T…"), if it
    is a real calendar date; else None."""
    if not isinstance(value, str):
        return None
    match = _ISO_DATE.match(value.strip())
    if match is None:
        return None
    import datetime

    try:
        return datetime.date(*map(int, match.groups())).isoformat()
    except ValueError:
        return None


def read_document(raw: bytes, fmt: str, path: Path | str, strict: bool = False) -> tuple[list[Document], list[Skip]]:
    """The articles in one file's bytes (one, except for JSON record files), in file order, and
    the records of it that were skipped (with their line). A whole file that is no article
    raises `Skip`."""
    if fmt in ("txt", "md"):
        text, encoding, guessed = decode_text(raw, path, strict)
        return [Document(text, fmt, encoding, guessed)], []
    if fmt == "html":
        return [_read_html(raw)], []
    if fmt in MULTI_RECORD_FORMATS:
        from .newsrecords import read_news_records

        return read_news_records(raw, fmt, path)
    if fmt == "pdf":
        return [_read_pdf(raw)], []
    raise ValueError(fmt)


def _needs_extra(extra: str, package: str) -> Skip:
    return Skip(f"needs the optional extra: pip install 'sco-digital[{extra}]' (module {package!r} is missing)",
                "extra missing")


def _read_html(raw: bytes) -> Document:
    """The main text and metadata of a saved web page, by trafilatura (navigation, adverts,
    cookie banners and comments left out). Imported only here: an HTML-free corpus never pays."""
    try:
        import trafilatura
    except ImportError:
        raise _needs_extra("html", "trafilatura") from None
    try:
        found = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False,
                                            include_tables=False)
    except Exception as exc:  # noqa: BLE001 - a parser on hostile bytes; the page is reported as skipped, not hidden
        raise Skip(f"the page could not be parsed: {type(exc).__name__}", "unreadable") from None
    if found is None:
        raise Skip("no main text found in the page", "no text")
    meta = found.as_dict() if hasattr(found, "as_dict") else dict(found)
    text = (meta.get("text") or "").strip()
    body = _json_ld_body(raw)
    if body is not None and len(body) > 2 * len(text):
        # A page that renders its story by script (the visible HTML holds a caption or a
        # teaser): the schema.org `articleBody` the page itself declares is the story.
        text = body
    if not text:
        raise Skip("no main text found in the page", "no text")
    title = _clean(meta.get("title"))
    if title and not text.startswith(title):
        # The title heads the text, as in a plain article, so `show` reads like the page.
        text = f"{title}\n\n{text}"
    authors = tuple(a.strip() for a in (meta.get("author") or "").split(";") if a.strip())
    return Document(text + "\n", "html", "html", False, title=title, published=iso_date_or_none(meta.get("date")),
                    authors=authors, url=_clean(meta.get("url")),
                    source=_clean(meta.get("sitename")) or _clean(meta.get("hostname")),
                    language=_language(meta.get("language")))


_JSON_LD = re.compile(rb"<script[^>]*application/ld\+json[^>]*>(.*?)</script>", re.S | re.I)


def _json_ld_body(raw: bytes) -> str | None:
    """The longest schema.org `articleBody` in the page's JSON-LD blocks, if any."""
    import json

    best: str | None = None
    for match in _JSON_LD.finditer(raw):
        try:
            data = json.loads(match.group(1))
        except ValueError:
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        for item in items if isinstance(items, list) else []:
            body = item.get("articleBody") if isinstance(item, dict) else None
            if isinstance(body, str) and body.strip() and (best is None or len(body) > len(best)):
                best = body.strip()
    return best


def _read_pdf(raw: bytes) -> Document:
    """The text layer of a PDF, by pypdf; a scan (no text layer) is skipped with that reason."""
    try:
        import io

        import pypdf
    except ImportError:
        raise _needs_extra("pdf", "pypdf") from None
    try:
        reader = pypdf.PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            raise Skip("an encrypted PDF", "unreadable")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = _clean(reader.metadata.title) if reader.metadata else None
    except Skip:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on a broken file; it is reported, not hidden
        raise Skip(f"the PDF could not be read: {type(exc).__name__}", "unreadable") from None
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text:
        raise Skip("a scan: the PDF has no text layer", "no text")
    return Document(text + "\n", "pdf", "pdf", False, title=title)


def _clean(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _language(value: Any) -> str | None:
    code = _clean(value)
    if code is None:
        return None
    code = code.lower()[:2]
    return code if code in ("en", "de") else None
