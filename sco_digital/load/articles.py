"""Reading an article from disk: bytes to text, with its SHA-256 and its sidecar's text.

Nothing here parses or analyses; `sidecar` validates the sidecar and `analyse` turns an article
into records. Nothing is ever written into the folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import CorpusError
from .folder import list_article_names

MAX_ARTICLE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ArticleFile:
    """One article as read from disk, before any parsing: what the cache keys on."""

    id: str
    path: Path
    text: str
    sha256: str
    sidecar: Path | None
    sidecar_text: str | None


def read_article_files(root: Path) -> list[ArticleFile]:
    return [read_article_file(article_id, root / name) for article_id, name in list_article_names(root)]


def read_article_file(article_id: str, path: Path) -> ArticleFile:
    """One article and its sidecar as read from disk (the sidecar is `<same stem>.yaml`)."""
    import hashlib  # here, not at the top: a warm cached run reads no article and needs no hashlib

    raw = _read_bytes(path)
    text = _decode(raw, path)
    sidecar = path.with_suffix(".yaml")
    sidecar_text = _decode(_read_bytes(sidecar), sidecar) if sidecar.is_file() else None
    return ArticleFile(article_id, path, text, hashlib.sha256(raw).hexdigest(),
                       sidecar if sidecar_text is not None else None, sidecar_text)


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise CorpusError(f"file is {size:,} bytes; the limit is {MAX_ARTICLE_BYTES:,}", path)
        return path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"cannot read: {exc.strerror or exc}", path) from None


def _decode(raw: bytes, path: Path) -> str:
    if b"\x00" in raw:
        raise CorpusError("binary file (NUL bytes), not UTF-8 text", path)
    try:
        # A UTF-8 byte-order mark is not part of the text; offsets count from after it.
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise CorpusError(f"not UTF-8 (invalid byte at offset {exc.start})", path, line) from None
