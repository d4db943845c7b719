"""Which corpus folder, which article files in it, and their ids: the part of loading that
every query needs.

The folder is read recursively. What is not read is listed, with its reason (`Skipped`):
hidden files and folders, files of other types, FIFOs, devices and sockets (never opened),
symbolic links leading out of the corpus (unless `follow_links`), names that are not UTF-8.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import CorpusError
from ..index.warm import REGISTRY_FILES
from .builtin import builtin_corpus_dir
from .read import FORMAT_OF_SUFFIX, special_kind

_ID = re.compile(r"^[^_.]+")
MAX_DEPTH = 64  # folders nested deeper are listed as skipped, never walked
# Skips that are the rule, not a failure: `--strict` does not refuse them.
EXPECTED_SKIPS = frozenset({"hidden", "other type"})


@dataclass(frozen=True, slots=True)
class LoadOptions:
    """How a corpus folder is read: `follow_links` follows symbolic links that leave the
    folder; `strict` turns every skip (but hidden files and other file types) and every guessed
    encoding into an error."""

    follow_links: bool = False
    strict: bool = False


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file (or one record of a file) not read as an article: `path` relative to the corpus
    (non-UTF-8 bytes escaped as `\\xNN`), `kind` a short class of reason, `reason` in words."""

    path: str
    kind: str
    reason: str
    line: int | None = None

    def as_dict(self) -> dict[str, object]:
        return {"path": self.path, "kind": self.kind, "reason": self.reason, "line": self.line}


@dataclass(frozen=True, slots=True)
class Listing:
    """The article files of a corpus (relative POSIX paths, sorted), every regular file's
    relative path (to find sidecars), what was skipped, and the folders walked ("" the corpus
    itself) with their modification time, change time and inode as they were before reading
    them: their stamp lets a warm query trust the listing (`index.warm`)."""

    articles: list[str]
    files: frozenset[str]
    skipped: list[Skipped] = field(default_factory=list)
    folders: list[list[Any]] = field(default_factory=list)


def corpus_dir(path: str | os.PathLike[str] | None) -> Path:
    """The folder to load: the argument, else $SCO_DIGITAL_CORPUS, else the built-in corpus."""
    if path is None or str(path) == "":
        env = os.environ.get("SCO_DIGITAL_CORPUS")
        return Path(env) if env else builtin_corpus_dir()
    return Path(path)


def format_of(name: str) -> str | None:
    """The article format of a file name by its suffix, any case; None if not an article."""
    dot = name.rfind(".")
    return FORMAT_OF_SUFFIX.get(name[dot:].lower()) if dot > 0 else None


def sidecar_name(name: str) -> str:
    """The sidecar of an article file: `<same stem>.yaml` beside it (as `Path.with_suffix`)."""
    slash = name.rfind("/") + 1
    dot = name.rfind(".")
    return (name[:dot] if dot > slash else name) + ".yaml"


def display_name(name: str) -> str:
    """A file name as valid UTF-8 text: bytes that are not UTF-8 shown as `\\xNN`."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def list_article_names(root: Path) -> list[tuple[str, str]]:
    """The corpus's articles as (id, relative path), in path order."""
    return article_ids(root, list_folder(root)[0])


def list_folder(root: Path, options: LoadOptions = LoadOptions()) -> tuple[list[str], frozenset[str]]:
    """The corpus's article files (relative paths, sorted) with every regular file's relative
    path, from one walk of the folder. Ids are `article_ids`' to make."""
    listing = scan_folder(root, options)
    return listing.articles, listing.files


def scan_folder(root: Path, options: LoadOptions = LoadOptions()) -> Listing:
    """Walk the corpus folder once: its article files, its regular files, what was skipped."""
    if not root.exists():
        raise CorpusError("corpus folder does not exist", root)
    if not root.is_dir():
        raise CorpusError("corpus path is not a folder", root)
    real_root = os.path.realpath(root)
    articles: list[str] = []
    files: set[str] = set()
    skipped: list[Skipped] = []
    seen_folders = {_folder_key(os.stat(root))}
    pending: list[tuple[str, str, int]] = [("", os.fspath(root), 0)]
    walked: list[list[Any]] = []
    while pending:  # bounded: each folder is walked once (`seen_folders`), at most MAX_DEPTH deep
        rel_folder, folder, depth = pending.pop()
        try:
            # Stated before it is read: a change while it is read shows as a newer time later.
            # An unreadable folder too: a change of its permissions shows in its ctime.
            info = os.stat(folder)
            walked.append([rel_folder, info.st_mtime_ns, info.st_ctime_ns, info.st_ino])
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError as exc:
            if not rel_folder:
                raise CorpusError(f"cannot read the folder: {exc.strerror or exc}", root) from None
            skipped.append(Skipped(display_name(rel_folder), "unreadable", f"cannot read the folder: {exc.strerror}"))
            continue
        subfolders = []
        for entry in entries:
            rel = f"{rel_folder}/{entry.name}" if rel_folder else entry.name
            shown = display_name(rel)
            if entry.name.startswith("."):
                skipped.append(Skipped(shown, "hidden", "hidden file or folder"))
                continue
            if shown != rel:
                skipped.append(Skipped(shown, "bad name", "the file name is not valid UTF-8; rename it to read it"))
                continue
            if entry.is_symlink() and not options.follow_links and not _within(entry.path, real_root):
                skipped.append(Skipped(rel, "link out", "a symbolic link leading out of the corpus "
                                                        "(--follow-links follows it)"))
                continue
            if entry.is_file(follow_symlinks=False):  # the common case, from the listing alone
                files.add(rel)
                if format_of(entry.name) is not None:
                    articles.append(rel)
                continue
            try:
                info = entry.stat()  # through a link
            except OSError as exc:
                if entry.is_symlink() and exc.errno != errno.ELOOP:  # a dangling link; a loop is an error
                    skipped.append(Skipped(rel, "unreadable", f"a broken symbolic link ({exc.strerror})"))
                    continue
                raise CorpusError(f"cannot read: {exc.strerror or exc}", entry.path) from None
            if stat.S_ISDIR(info.st_mode):
                key = _folder_key(info)
                if key in seen_folders:
                    skipped.append(Skipped(rel, "link loop", "a folder already read (a symbolic link loop)"))
                elif depth + 1 > MAX_DEPTH:
                    skipped.append(Skipped(rel, "too deep", f"folders nested more than {MAX_DEPTH} deep"))
                else:
                    seen_folders.add(key)
                    subfolders.append((rel, entry.path, depth + 1))
                continue
            if not stat.S_ISREG(info.st_mode):
                skipped.append(Skipped(rel, "special file", f"a {special_kind(info.st_mode)}, never opened"))
                continue
            files.add(rel)
            if format_of(entry.name) is not None:
                articles.append(rel)
        pending.extend(reversed(subfolders))
    articles.sort()
    companions = {*REGISTRY_FILES, *(sidecar_name(a) for a in articles)}
    skipped += [Skipped(rel, "other type", _other_type(rel)) for rel in sorted(files)
                if format_of(rel.rsplit("/", 1)[-1]) is None and rel not in companions]
    skipped.sort(key=lambda s: s.path)
    if not articles:
        kinds = ", ".join(f"*{s}" for s in FORMAT_OF_SUFFIX)
        extra = f" ({len(skipped)} files skipped: see the list with a corpus that has articles)" if skipped else ""
        raise CorpusError(f"no articles ({kinds}) in the corpus folder{extra}", root)
    return Listing(articles, frozenset(files), skipped, walked)


def _other_type(rel: str) -> str:
    if rel.endswith(".yaml"):
        return "a YAML file that is neither a registry nor the sidecar of an article"
    return "not an article format (.txt .md .html .htm .json .jsonl .pdf)"


def _within(path: str, real_root: str) -> bool:
    target = os.path.realpath(path)
    return target == real_root or target.startswith(real_root.rstrip(os.sep) + os.sep)


def _folder_key(info: os.stat_result) -> tuple[int, int]:
    return (info.st_dev, info.st_ino)


def article_ids(root: Path, names: list[str]) -> list[tuple[str, str]]:
    """(id, relative path) of each article file: the file name up to its first `_` or `.` where
    that is unique, else the relative path without its extension (with it, if even that is
    shared, as by `a.txt` and `a.md`). `:` (it separates a figure's offset) becomes `_`."""
    shorts = [_short_id(name) for name in names]
    counts = Counter(shorts)
    ids = [short if counts[short] == 1 else _path_id(name, keep_suffix=False) for short, name in zip(shorts, names)]
    counts = Counter(ids)
    ids = [i if counts[i] == 1 else _path_id(name, keep_suffix=True) for i, name in zip(ids, names)]
    seen: dict[str, str] = {}
    for article_id, name in zip(ids, names):
        if article_id in seen:
            raise CorpusError(f"duplicate article id {article_id!r}: {seen[article_id]} and {name}", root)
        seen[article_id] = name
    return list(seen.items())


def _short_id(name: str) -> str:
    base = name.rsplit("/", 1)[-1]
    match = _ID.match(base)
    return (match.group() if match else base).replace(":", "_")


def _path_id(name: str, keep_suffix: bool) -> str:
    if not keep_suffix:
        slash = name.rfind("/") + 1
        dot = name.rfind(".")
        name = name[:dot] if dot > slash else name
    return name.replace(":", "_")
