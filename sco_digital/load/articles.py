"""From a corpus folder to article files read from disk: listing, ids, bytes, sidecars.

`read_article_files` walks the folder (`folder.scan_folder`), gives every article file its id
(`folder.article_ids`), reads it (`read.read_document`) and its sidecar, and collects what was
skipped. A file holding several news records gives one article per record, with the id
`<file id>-<n>` (n: the record's place in the file, from 1); a `.json` file holding a single
object is one article with the file's id.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import CorpusError
from .folder import EXPECTED_SKIPS, LoadOptions, Skipped, article_ids, format_of, scan_folder, sidecar_name
from .read import Document, Skip, read_document, read_regular

MAX_SIDECAR_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ArticleFile:
    """One article as read from disk, before any parsing: what the index keys on. `rel` is the
    path relative to the corpus (the article's `path`); `document` what the file itself says."""

    id: str
    path: Path
    text: str
    sha256: str
    sidecar: Path | None
    sidecar_text: str | None
    rel: str = ""
    document: Document | None = None


def read_article_files(root: Path, options: LoadOptions = LoadOptions()) -> tuple[list[ArticleFile], list[Skipped]]:
    """Every article of the corpus folder, in path order, and everything skipped (sorted by
    path). With `options.strict` a skip other than a hidden file or another file type is a
    `CorpusError`."""
    listing = scan_folder(root, options)
    skipped = list(listing.skipped)
    found: list[ArticleFile] = []
    for file_id, rel in article_ids(root, listing.articles):
        try:
            files, skips = read_file_articles(file_id, root / rel, rel, options.strict)
        except Skip as skip:
            skips, files = [skip], []
        found.extend(files)
        skipped.extend(Skipped(rel, s.kind, s.reason, s.line) for s in skips)
    skipped.sort(key=lambda s: (s.path, s.line or 0))
    if options.strict:
        refused = next((s for s in skipped if s.kind not in EXPECTED_SKIPS), None)
        if refused is not None:
            raise CorpusError(f"{refused.reason} (--strict)", root / refused.path, refused.line)
    seen: dict[str, str] = {}
    for file in found:
        if file.id in seen:
            raise CorpusError(f"duplicate article id {file.id!r}: {seen[file.id]} and {file.rel}", root)
        seen[file.id] = file.rel
    if not found:
        raise CorpusError(f"no article could be read ({len(skipped)} skipped: " +
                          "; ".join(f"{s.path}: {s.reason}" for s in skipped[:3]) + ")", root)
    return found, skipped


def read_file_articles(file_id: str, path: Path, rel: str,
                       strict: bool = False) -> tuple[list[ArticleFile], list[Skip]]:
    """The articles of one file (several for a news record file; see the module's docstring)
    and its records that were skipped; a `Skip` if the whole file is no article."""
    import hashlib  # here, not at the top: a warm indexed run reads no article and needs no hashlib

    fmt = format_of(path.name) or "txt"
    raw = read_regular(path)
    documents, skips = read_document(raw, fmt, path, strict)
    digest = hashlib.sha256(raw).hexdigest()
    if fmt in ("json", "jsonl"):
        numbered = fmt == "jsonl" or len(documents) + len(skips) > 1
        files = [ArticleFile(f"{file_id}-{d.record}" if numbered else file_id, path, d.text, digest, None, None, rel, d)
                 for d in documents]
        return files, skips
    sidecar, sidecar_text = read_sidecar_file(path)
    document = documents[0]
    return [ArticleFile(file_id, path, document.text, digest, sidecar, sidecar_text, rel, document)], []


def read_article_file(article_id: str, path: Path, rel: str | None = None) -> ArticleFile:
    """One article file that holds one article, and its sidecar; a `Skip` if it is no article."""
    files, _ = read_file_articles(article_id, path, path.name if rel is None else rel)
    return files[0]


def read_sidecar_file(path: Path) -> tuple[Path | None, str | None]:
    """The sidecar `<same stem>.yaml` beside an article, if there is one. One that is there but
    is not a regular file (a FIFO) is an error, not ignored."""
    sidecar = path.parent / sidecar_name(path.name)
    if not os.path.lexists(sidecar):
        return None, None
    raw = read_regular(sidecar, MAX_SIDECAR_BYTES)
    if b"\x00" in raw:
        raise CorpusError("binary file (NUL bytes), not a YAML sidecar", sidecar)
    try:
        return sidecar, raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise CorpusError(f"not UTF-8 (invalid byte at offset {exc.start})", sidecar, line) from None
