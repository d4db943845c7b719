"""The warm path: an index that is current, opened with as little work and as few imports as a
query allows (the standard library's `os`, `sqlite3` and the built-in SHA-256 only).

A warm query must not walk the whole folder again. The full path (`build.indexed_corpus`) walks
it and, once the index is current, records a *stamp*: every folder it walked with its
modification time and inode, the listing options, and what the walk skipped. A folder's
modification time changes whenever an entry is added, removed or renamed in it, so while every
stamped folder is unchanged the listing is the one recorded; each article file (and sidecar) is
then only `stat`ed and compared with its `sources` row, as git compares its index. Anything else
(a changed folder, a changed file, a stamp too recent to trust, another key) answers None and
the caller takes the full path, which analyses what changed and records a new stamp.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from typing import TYPE_CHECKING, Any

from .. import __version__
from .schema import SCHEMA_VERSION, register

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable

    from .query import IndexedCorpus

# Times within this of now are not trusted (coarse timestamps; as git does).
RACY_NS = 2_000_000_000
# The registries a corpus folder may hold (read by `load.registry`; the index keys on their content).
REGISTRY_FILES = ("lexicon.yaml", "topics.yaml", "metrics.yaml", "concepts.yaml", "gazetteer.yaml")
_PACKAGE = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))


def sha256(data: bytes = b"") -> Any:
    """A SHA-256 hasher. The built-in one where there is one: `hashlib` loads OpenSSL, which costs
    a warm query more time (about 15 ms) than everything else it does with hashes."""
    try:
        from _sha256 import sha256 as builtin  # Python 3.11
    except ImportError:
        try:
            from _sha2 import sha256 as builtin  # Python 3.12 and later
        except ImportError:
            from hashlib import sha256 as builtin
    return builtin(data)


def cache_folder() -> str | None:
    """The cache directory, or None when the index is turned off (or there is no home):
    `$SCO_DIGITAL_CACHE_DIR`, else `$XDG_CACHE_HOME/sco-digital`, else `~/.cache/sco-digital`."""
    if os.environ.get("SCO_DIGITAL_NO_CACHE", "").strip() not in ("", "0"):
        return None
    explicit = os.environ.get("SCO_DIGITAL_CACHE_DIR")
    if explicit:
        return os.path.expanduser(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):  # the XDG spec: a relative path is to be ignored
        return os.path.join(xdg, "sco-digital")
    home = os.path.expanduser("~")
    return None if home == "~" else os.path.join(home, ".cache", "sco-digital")


def index_file(directory: str, root: str) -> str:
    """The index file of one corpus folder: a hash of its resolved path."""
    folder = os.path.realpath(root).encode("utf-8", "surrogateescape")
    return os.path.join(directory, f"{sha256(folder).hexdigest()[:32]}.sqlite")


def builtin_folder() -> str | None:
    """The built-in corpus as `load.builtin.builtin_corpus_dir` finds it on disk; None for a
    package that is no plain files (the full path finds it then)."""
    for candidate in (os.path.join(_PACKAGE, "corpus"), os.path.join(os.path.dirname(_PACKAGE), "corpus")):
        if os.path.isdir(candidate):
            return candidate
    return None


def registry_path(root: str, name: str) -> str | None:
    """A registry file of the corpus: its own, else the built-in one (None: not to be found)."""
    own = os.path.join(root, name)
    if os.path.isfile(own):
        return own
    builtin = builtin_folder()
    return None if builtin is None else os.path.join(builtin, name)


def _code_digest() -> Any:
    """The package's code as the index keys on it: every `.py` file's relative path, size and
    modification time, in a fixed order (a `stat` each, read from the folder listing)."""
    digest = sha256(f"{SCHEMA_VERSION}|{__version__}|{sys.version}".encode())
    lines: list[str] = []
    pending = [("", _PACKAGE)]
    while pending:  # bounded: the package's own folders
        where, folder = pending.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.endswith(".py") and entry.is_file():
                    st = entry.stat()
                    lines.append(f"{where}{entry.name}|{st.st_size}|{st.st_mtime_ns}\n")
                elif entry.is_dir() and entry.name not in ("__pycache__", "corpus"):
                    pending.append((f"{where}{entry.name}/", entry.path))
    lines.sort()
    digest.update("".join(lines).encode("utf-8", "surrogateescape"))
    return digest


def index_key(root: str) -> str:
    """What the rows were computed by and from: schema, package version and sources, Python, the
    optional readers installed, and the registries' content."""
    digest = _code_digest()
    # A page or PDF skipped for want of its extra is read once the extra is installed.
    import importlib.util

    for extra in ("trafilatura", "pypdf"):
        digest.update(f"{extra}={importlib.util.find_spec(extra) is not None}\n".encode())
    for name in REGISTRY_FILES:
        path = registry_path(root, name)
        try:
            if path is None:
                raise OSError(name)
            with open(path, "rb") as handle:
                digest.update(name.encode() + sha256(handle.read()).digest())
        except OSError:
            digest.update(name.encode() + b"-")
    return str(digest.hexdigest())


def stat_index_key(root: str) -> str | None:
    """What `index_key` depends on, by stat instead of content, for a warm query: the code as
    `index_key` has it, each registry file's path and stat, and the stat of the folders packages
    are found in (installing an extra changes one). Cheaper than `index_key` (no registry read,
    no package search); None when one of them changed too recently to be trusted."""
    digest = _code_digest()
    now = time.time_ns()
    places = [(name, registry_path(root, name)) for name in REGISTRY_FILES]
    # Not sys.path[0]: the script's folder, or the working folder of `python -m`, which changes.
    places += [("path", entry) for entry in sys.path[1:] if entry]
    for label, path in places:
        try:
            if path is None:
                raise OSError(label)
            st = os.stat(path)
        except OSError:
            digest.update(f"{label}|{path}|-\n".encode("utf-8", "surrogateescape"))
            continue
        if now - max(st.st_mtime_ns, st.st_ctime_ns) < RACY_NS:
            return None
        digest.update(f"{label}|{path}|{stat_text(st)}\n".encode("utf-8", "surrogateescape"))
    return str(digest.hexdigest())


def stat_text(st: os.stat_result) -> str:
    """A file's stat as the index keeps it: size, mtime, ctime and inode."""
    return f"{st.st_size}.{st.st_mtime_ns}.{st.st_ctime_ns}.{st.st_ino}"


def file_stat(folder: str, name: str, sidecar: str | None, now: int, folder_fd: int | None = None) -> str:
    """An article file's stat (and its sidecar's, when it has one) as the index keeps it; "" when
    a file is missing or changed too recently to be trusted. With `folder_fd` (the folder opened)
    the names are looked up from it, which spares the kernel the folder's path each time."""
    parts = []
    for file in (name, sidecar) if sidecar is not None else (name,):
        try:
            st = os.stat(file, dir_fd=folder_fd) if folder_fd is not None else os.stat(os.path.join(folder, file))
        except OSError:
            return ""
        if now - max(st.st_mtime_ns, st.st_ctime_ns) < RACY_NS:
            return ""
        parts.append(stat_text(st))
    return "|".join(parts)


def sidecar_of(name: str) -> str:
    """The sidecar of an article file: `<same stem>.yaml` beside it (as `Path.with_suffix`)."""
    slash = name.rfind("/") + 1
    dot = name.rfind(".")
    return (name[:dot] if dot > slash else name) + ".yaml"


def folder_stamp(root: str, folders: list[list[Any]], follow_links: bool) -> list[Any] | None:
    """The stamp of a listing: the options, then each folder walked as [relative path ("" the
    corpus itself), mtime_ns, ctime_ns, inode], as `load.folder.scan_folder` stated them before
    reading them; None when a folder changed too recently to be trusted."""
    now = time.time_ns()
    if any(now - max(mtime, ctime) < RACY_NS for _, mtime, ctime, _ in folders):
        return None
    return [int(follow_links), *folders]


def _folders_unchanged(root: str, stamped: list[list[Any]]) -> bool:
    for rel, mtime, ctime, inode in stamped:
        try:
            st = os.stat(os.path.join(root, rel) if rel else root)
        except OSError:
            return False
        if (st.st_mtime_ns, st.st_ctime_ns, st.st_ino) != (mtime, ctime, inode):
            return False
    return True


def open_current(path: str | os.PathLike[str] | None, follow_links: bool = False,
                 articles: Collection[str] = ()) -> IndexedCorpus | None:
    """The corpus's index when it is current by its stamp (see the module's docstring), else
    None. Never builds, never writes. With `articles` (ids), the files checked are only those
    the articles come from (`_sources_of`): for a query that reads nothing but those articles'
    own rows."""
    directory = cache_folder()
    if path is None or str(path) == "":
        root = os.environ.get("SCO_DIGITAL_CORPUS") or builtin_folder()
    else:
        root = os.fspath(path)
    if directory is None or root is None:
        return None
    root = _as_path_text(root)
    file = index_file(directory, root)
    if not os.path.isfile(file) or _inside(os.path.realpath(file), os.path.realpath(root)):
        return None
    try:
        db = sqlite3.connect(file, timeout=30, isolation_level=None, check_same_thread=False)
    except sqlite3.Error:
        return None
    register(db)
    try:
        found = _open_if_current(db, root, follow_links, articles)
    except (sqlite3.Error, ValueError, TypeError, IndexError, KeyError):
        found = None
    if found is None:
        db.close()
    return found


def _as_path_text(path: str) -> str:
    """A path written as `str(pathlib.PurePosixPath(path))` writes it (the root a corpus reports)."""
    if os.sep != "/":
        from pathlib import Path

        return str(Path(path))
    head = "//" if path.startswith("//") and not path.startswith("///") else "/" if path.startswith("/") else ""
    return head + "/".join(p for p in path.split("/") if p not in ("", ".")) or "."


def _inside(file: str, root: str) -> bool:
    return file == root or file.startswith(root.rstrip(os.sep) + os.sep)


# The stamp (a JSON object) read by SQLite's own JSON functions: a warm query need not import
# Python's `json` (it costs start-up more than the rest of this module).
_STAMP = "(SELECT value FROM meta WHERE key = 'stamp')"
_STAMP_PARTS = (f"SELECT json_extract({_STAMP}, '$.key'), json_extract({_STAMP}, '$.skipped'), "
                f"json_extract({_STAMP}, '$.folders[0]'), "
                "(SELECT value FROM meta WHERE key = 'merged')")
_STAMP_FOLDERS = (f"SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), "
                  f"json_extract(value, '$[3]') FROM json_each({_STAMP}, '$.folders') WHERE key > 0 ORDER BY key")


def _sources_unchanged(root: str, sources: Iterable[tuple[str, str]]) -> bool:
    """Whether every article file (and sidecar) has the stat its `sources` row recorded: a `stat`
    each, looked up from the folder opened, the one loop a warm query runs per article. A stat
    is recorded only when it was not racy (`file_stat`); any later change of the file moves its
    ctime past the recorded one, so an equal stat needs no racy check again."""
    folder_fd = None
    if os.stat in os.supports_dir_fd and hasattr(os, "O_DIRECTORY"):
        try:
            folder_fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
        except OSError:
            return False
    stat = os.stat
    try:
        for name, recorded in sources:  # bounded: the index's rows
            if not recorded:
                return False  # never recorded settled
            if "|" in recorded:  # with a sidecar: both files' stats
                if file_stat(root, name, sidecar_of(name), time.time_ns(), folder_fd) != recorded:
                    return False
            elif stat_text(stat(name, dir_fd=folder_fd) if folder_fd is not None
                           else stat(os.path.join(root, name))) != recorded:
                return False
    except OSError:
        return False
    finally:
        if folder_fd is not None:
            os.close(folder_fd)
    return True


# A query about more articles than this checks every file: a query each for these is no cheaper.
MOST_SCOPED = 64


def _sources_of(db: sqlite3.Connection, articles: Collection[str]) -> list[tuple[str, str]] | None:
    """The `sources` rows of the files the articles `articles` come from; None (check every
    file) when there are many, when one is not an id the index holds (a prefix, a typo: the
    full path resolves or refuses it), or when another file could come to hold the same id.

    An article's rows are made from its own file, its sidecar, the listing and the index key
    alone: the incremental build relies on it, replacing one file's rows and keeping the
    others'. While the folders are as stamped (no file added, removed or renamed) and the key
    is the same, those articles' rows are current when their files are; a change of another
    file changes only that file's rows, which the next query that reads them will see. The one
    exception is an id another file could take: a news record file `f.jsonl` names its
    articles `f-1`, `f-2` …, so an edit of it can make `f-3` a duplicate of another article's
    id, which the full path refuses."""
    wanted = sorted(set(articles))
    if not wanted or len(wanted) > MOST_SCOPED:
        return None
    rows = db.execute(f"SELECT name FROM article_rows WHERE id IN ({', '.join('?' * len(wanted))})",
                      wanted).fetchall()
    if len(rows) != len(wanted):  # ids are the table's key: one row each that the index holds
        return None
    names = sorted({name for name, in rows})
    own = ", ".join("?" * len(names))
    for article in wanted:  # bounded: MOST_SCOPED
        clash = db.execute("SELECT 1 FROM sources WHERE (name LIKE '%.json' OR name LIKE '%.jsonl') "
                           f"AND substr(?, 1, length(article) + 1) = article || '-' AND name NOT IN ({own}) LIMIT 1",
                           (article, *names)).fetchone()
        if clash is not None:
            return None
    return db.execute(f"SELECT name, stat FROM sources WHERE name IN ({own})", names).fetchall()


def _open_if_current(db: sqlite3.Connection, root: str, follow_links: bool,
                     articles: Collection[str] = ()) -> IndexedCorpus | None:
    found = db.execute(_STAMP_PARTS).fetchone()
    if found is None:
        return None
    key, skipped, follows, merged = found
    if merged != "1" or key is None or follows != int(follow_links):
        return None
    if not _folders_unchanged(root, db.execute(_STAMP_FOLDERS).fetchall()):
        return None
    if key != stat_index_key(root):
        return None
    scoped = _sources_of(db, articles) if articles else None
    if not _sources_unchanged(root, db.execute("SELECT name, stat FROM sources") if scoped is None else scoped):
        return None
    if db.execute("SELECT 1 FROM article_rows LIMIT 1").fetchone() is None:
        return None  # the full path says why
    from .query import IndexedCorpus

    if skipped == "[]":
        listed: list[Any] = []
    else:
        import json

        listed = json.loads(skipped)
    return IndexedCorpus.open(db, root, listed)
