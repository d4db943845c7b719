"""The corpus index: one SQLite file per corpus folder, built incrementally.

Where: `$SCO_DIGITAL_CACHE_DIR`, else `$XDG_CACHE_HOME/sco-digital`, else `~/.cache/sco-digital`;
one file per corpus, named by the SHA-256 of the folder's resolved path, never inside the corpus.
`SCO_DIGITAL_NO_CACHE=1` turns it off; a cache dir that cannot be written only makes the tool
slower (`indexed_corpus` answers None and the caller builds directly).

What is trusted. The whole file is keyed by the schema version, the package version and its
`.py` files (size, mtime), and the registries' content; any difference empties it. The unit of
incremental updates is a source file (`name`, its path relative to the corpus): a text, page or
PDF gives one article, a news record file (`.json`, `.jsonl`) one per record, and all the rows of
one file are replaced together. They are keyed by the SHA-256 of its bytes and of its sidecar's:
a file is analysed again only when these change. Their stat (size, mtime, ctime, inode) is kept to skip reading unchanged files;
a changed stat costs a read and a hash, not an analysis. Stat recorded within `RACY_NS` of a
file's change is not trusted (coarse timestamps; as git does).

Listing. The folder is walked afresh on every run (`load.folder.scan_folder`: recursive, with
`follow_links`), so what it skips is never stale; what reading a file skipped (a binary, a PDF
scan, a broken news record) is kept with the file's rows. `--strict` does not use the index.

Building. Articles to analyse go to a pool of `spawn`ed worker processes (`SCO_DIGITAL_JOBS`, else
the cores available, at most `MAX_JOBS`) that read the files themselves and return plain rows;
the main process writes them as they come, committing every `COMMIT_EVERY` articles, so it never
holds every text and an interrupted build keeps what was finished. Workers die with their parent
(`PR_SET_PDEATHSIG` on Linux, and the parent terminates the pool on SIGTERM, SIGHUP and Ctrl-C).
One build at a time per corpus: a lock file beside the index; a second process waits, then finds
the index current and reuses it.
"""

from __future__ import annotations

import os
import sqlite3
import time
import unicodedata
from collections.abc import Callable, Generator, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from ..errors import CorpusError
from .rows import ARTICLE_COLUMNS, FIGURE_COLUMNS
from .schema import (FIGURE_TOPICS_OF_FILE, FTS, MERGED, PER_ARTICLE, TABLES, mentions_of_runs, register,
                     stored)
from .warm import cache_folder, file_stat, folder_stamp, index_file, sha256, stat_index_key
from .warm import index_key as _key

if TYPE_CHECKING:
    from ..load.analyse import Analyser, ArticleRecords
    from ..load.folder import Listing, LoadOptions, Skipped
    from ..records import Evidence, Figure
    from ..load.registry import Registries
    from .query import IndexedCorpus

PARALLEL_MIN = 64
PROGRESS_MIN = 200
COMMIT_EVERY = 200
MAX_JOBS = 32
CHUNK = 16  # articles per task sent to a worker
BUILD_CACHE_KIB = 8 * 1024  # SQLite's page cache for the connection that builds
# What SQLite says when the cache dir's disk or permissions refuse a write.
_CANNOT_WRITE = ("readonly", "read-only", "disk I/O", "full", "unable to open", "locked")

# What one source file gives the index: its rows by table (every article of the file, and under
# "skipped" what reading it skipped), or the CorpusError that refused it.
Rows = dict[str, list[tuple[Any, ...]]]
ErrorArgs = tuple[str, str | None, int | None, int | None]
Result = tuple[str, str, str | None, Rows | None, ErrorArgs | None]  # name, sha256, sidecar sha256, rows, error


# ---- where ----------------------------------------------------------------------------------------


def cache_dir() -> Path | None:
    """The cache directory, or None when the index is turned off (or there is no home)."""
    found = cache_folder()
    return None if found is None else Path(found)


def index_path(directory: Path, root: Path) -> Path:
    """The index file of one corpus folder: a hash of its resolved path."""
    return Path(index_file(os.fspath(directory), os.fspath(root)))


# ---- the entry point ------------------------------------------------------------------------------


def indexed_corpus(root: Path, progress: Progress | None = None,
                   options: LoadOptions | None = None) -> IndexedCorpus | None:
    """The corpus in `root` served from its index, analysing only what changed since the index
    was written; None when there is no index to be had (turned off, not writable, or it would
    lie inside the corpus): the caller then builds directly."""
    directory = cache_dir()
    if directory is None:
        return None
    path = index_path(directory, root)
    resolved = root.resolve()
    if path.resolve() == resolved or resolved in path.resolve().parents:
        return None  # never write into a corpus, whatever the environment says
    from ..load.folder import LoadOptions, scan_folder

    listing = scan_folder(root, options or LoadOptions())
    try:
        directory.mkdir(parents=True, exist_ok=True)
        db = _connect(path)
    except (OSError, sqlite3.Error):
        return None
    try:
        return _serve(db, root, path, listing, options or LoadOptions(), progress)
    except sqlite3.DatabaseError as exc:
        db.close()
        if isinstance(exc, sqlite3.OperationalError):
            if any(word in str(exc) for word in _CANNOT_WRITE):
                return None  # a cache that cannot be written: the direct build answers
            raise
        # Not a database (damaged, foreign): removed, built anew once.
        for suffix in ("", "-wal", "-shm"):
            _remove(Path(str(path) + suffix))
        try:
            db = _connect(path)
            return _serve(db, root, path, listing, options or LoadOptions(), progress)
        except (OSError, sqlite3.Error):
            return None
    except BaseException:
        db.close()
        raise


def memory_index(root: Path, progress: Progress | None = None,
                 options: LoadOptions | None = None) -> IndexedCorpus:
    """The corpus's index built in memory by the same builder, for a copy of it (`export`) when
    there is no index file to be had; the caller closes its `db`."""
    from ..load.folder import LoadOptions, scan_folder
    from .query import IndexedCorpus

    listing = scan_folder(root, options or LoadOptions())
    db = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    register(db)
    build(db, root, index_key(root), listing.articles, _folder_stats(root, listing.articles, listing.files), progress)
    corpus = IndexedCorpus.open(db, root, listing.skipped)
    if not corpus.has_articles():
        _no_article(root, corpus.skipped)
    return corpus


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    register(db)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    return db


def _serve(db: sqlite3.Connection, root: Path, path: Path, listing: Listing, options: LoadOptions,
           progress: Progress | None) -> IndexedCorpus:
    from .query import IndexedCorpus

    quick_key = stat_index_key(os.fspath(root))  # before the key: a change from here on shows in the stamp
    key = index_key(root)
    stats = _folder_stats(root, listing.articles, listing.files)
    if not _is_current(db, key, stats):
        with _build_lock(path):
            if not _is_current(db, key, stats):  # another process may have built it meanwhile
                _forget_stamp(db)  # until this build has finished without an error
                build(db, root, key, listing.articles, stats, progress)
    _record_stamp(db, root, listing, options, quick_key)
    corpus = IndexedCorpus.open(db, root, listing.skipped)
    if not corpus.has_articles():
        _no_article(root, corpus.skipped)
    return corpus


def _forget_stamp(db: sqlite3.Connection) -> None:
    try:
        db.execute("DELETE FROM meta WHERE key = 'stamp'")
    except sqlite3.OperationalError:
        pass  # no index yet: nothing to forget


def _record_stamp(db: sqlite3.Connection, root: Path, listing: Listing, options: LoadOptions,
                  quick_key: str | None) -> None:
    """The listing's stamp, for the next warm query (`warm.open_current`), when it is new; none
    when a folder changed too recently to be trusted, or the cache cannot be written."""
    from .rows import dumps

    folders = folder_stamp(os.fspath(root), listing.folders, options.follow_links)
    stamp = None if folders is None or quick_key is None else dumps(
        {"key": quick_key, "folders": folders, "skipped": [[s.path, s.kind, s.reason, s.line] for s in listing.skipped]})
    if db.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone() == (stamp,):
        return
    try:
        if stamp is None:
            db.execute("DELETE FROM meta WHERE key = 'stamp'")
        else:
            db.execute("INSERT OR REPLACE INTO meta VALUES ('stamp', ?)", (stamp,))
    except sqlite3.OperationalError:
        pass  # a read-only cache serves the full path only


def _no_article(root: Path, skipped: tuple[Skipped, ...]) -> None:
    """A folder whose every article file was skipped is an error, as in the direct build."""
    raise CorpusError(f"no article could be read ({len(skipped)} skipped: " +
                      "; ".join(f"{s.path}: {s.reason}" for s in skipped[:3]) + ")", root)


def _is_current(db: sqlite3.Connection, key: str, stats: dict[str, str]) -> bool:
    """The index answers for this folder as it is: same key, merged records made after the last
    change, and every article's stat as recorded (and settled)."""
    try:
        meta = dict(db.execute("SELECT key, value FROM meta WHERE key IN ('key', 'merged')").fetchall())
    except sqlite3.OperationalError:
        return False  # no tables yet
    if meta.get("key") != key or meta.get("merged") != "1":
        return False
    recorded = dict(db.execute("SELECT name, stat FROM sources").fetchall())
    return recorded == stats and "" not in recorded.values()


@contextmanager
def _build_lock(path: Path) -> Iterator[None]:
    """One build per index at a time: an exclusive lock on a file beside it (where the platform
    has `fcntl`; elsewhere SQLite's own locking keeps the file sound)."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    with open(str(path) + ".lock", "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


# ---- keys -----------------------------------------------------------------------------------------


def index_key(root: Path) -> str:
    """What the rows were computed by and from (`warm.index_key`)."""
    return _key(os.fspath(root))


def _folder_stats(root: Path, names: list[str], found: frozenset[str]) -> dict[str, str]:
    """Each article's stat (text, and sidecar when there is one) as text; "" when it is too
    recent to be trusted."""
    from ..load.folder import sidecar_name

    now = time.time_ns()
    folder = os.fspath(root)
    return {name: file_stat(folder, name, sidecar_name(name) if sidecar_name(name) in found else None, now)
            for name in names}


# ---- building -------------------------------------------------------------------------------------


def build(db: sqlite3.Connection, root: Path, key: str, names: list[str], stats: dict[str, str],
          progress: Progress | None = None) -> BuildReport:
    """Bring the index up to date with the folder: rows of new and changed articles replaced,
    of deleted ones removed, merged records made again. Raises the first article's CorpusError
    (in corpus order) after keeping everything else."""
    from ..load.folder import article_ids
    from ..load.registry import load_registries

    listing = article_ids(root, names)
    registries = load_registries(root)
    try:
        stored = db.execute("SELECT value FROM meta WHERE key = 'key'").fetchone()
    except sqlite3.OperationalError:
        stored = None  # no index yet, or not one of ours
    report = BuildReport()
    with _transaction(db):
        if stored != (key,):
            _drop_everything(db)
            for statement in (TABLES + FTS).split(";"):  # in this transaction (executescript would commit)
                if statement.strip():
                    db.execute(statement)
            db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                           [("key", key), ("root", str(root.resolve())), ("registries", _encode_registries(registries)),
                            ("merged", "0")])
    old = {name: (article, stat, sha, sidecar_sha)
           for name, article, stat, sha, sidecar_sha in db.execute(
               "SELECT name, article, stat, sha256, sidecar_sha256 FROM sources")}
    wanted = {name for _, name in listing}
    pending: list[tuple[str, str]] = []
    with _transaction(db):
        for name in [n for n in old if n not in wanted]:
            _delete_article(db, name)
            report.removed.append(name)
        for article_id, name in listing:
            known = old.get(name)
            if known is not None and known[0] == article_id:
                if known[1] == stats[name] and stats[name]:
                    continue
                sha, sidecar_sha = _hashes(root, name)
                if (sha, sidecar_sha) == (known[2], known[3]):
                    db.execute("UPDATE sources SET stat = ? WHERE name = ?", (stats[name], name))
                    continue
            pending.append((article_id, name))
        if report.removed or pending:
            db.execute("INSERT OR REPLACE INTO meta VALUES ('merged', '0')")
    errors: list[tuple[int, CorpusError]] = []
    position = {name: i for i, (_, name) in enumerate(listing)}
    written = 0
    with _progress(len(pending), progress) as advance, _page_cache(db, BUILD_CACHE_KIB):
        results = analyse_files(root, pending, registries)
        db.execute("BEGIN IMMEDIATE")
        try:
            for name, sha, sidecar_sha, rows, error in results:
                advance(1)
                if error is not None:
                    errors.append((position[name], CorpusError(*error)))
                    _delete_article(db, name)
                    continue
                assert rows is not None
                clash = _write_article(db, name, rows, stats[name], sha, sidecar_sha, name not in old)
                if clash is not None:
                    errors.append((position[name], clash))
                    continue
                report.analysed.append(name)
                written += 1
                if written % COMMIT_EVERY == 0:
                    db.execute("COMMIT")
                    db.execute("BEGIN IMMEDIATE")
            db.execute("COMMIT")
        except BaseException as exc:
            if db.in_transaction:  # what was finished stays
                db.execute("COMMIT")
            results.close()  # the pool is terminated, the signal handlers restored
            _deliver(exc)
            raise
    if db.execute("SELECT value FROM meta WHERE key = 'merged'").fetchone() != ("1",):
        with _transaction(db):
            db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", _registry_meta(registries))
            _merge(db, root, registries)
            db.execute("INSERT OR REPLACE INTO meta VALUES ('merged', '1')")
    if stored != (key,) and report.analysed:
        # a first build writes its pages as rows come, half-filled: packed once, the index is about a
        # tenth smaller (a copy of the file, once; later builds change little and are not packed)
        try:
            db.execute("VACUUM")
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.OperationalError:
            pass  # no room for the copy (a full disk) or a reader holding on: the index stays as built
    global last_report
    last_report = report
    if errors:
        raise min(errors, key=lambda item: item[0])[1]
    return report


def _deliver(exc: BaseException) -> None:
    """A SIGTERM or SIGHUP that stopped a build, delivered again now that the pool is gone and
    the finished rows are committed: the process ends as the signal's default action says."""
    from .workers import Interrupted

    if isinstance(exc, Interrupted):
        import gc
        import signal

        gc.collect()  # the pool's semaphores released, not reported as leaked
        signal.signal(exc.signum, signal.SIG_DFL)
        os.kill(os.getpid(), exc.signum)


class BuildReport:
    """What the last build did: the file names analysed and removed (tests and benchmarks read it)."""

    def __init__(self) -> None:
        self.analysed: list[str] = []
        self.removed: list[str] = []


last_report: BuildReport | None = None


def _drop_everything(db: sqlite3.Connection) -> None:
    """An index of another key or shape, emptied: every table dropped (virtual tables first,
    which take their own shadow tables with them)."""
    for name, in db.execute("SELECT name FROM sqlite_master WHERE type = 'view'").fetchall():
        db.execute(f'DROP VIEW IF EXISTS "{name}"')
    tables = db.execute("SELECT name, sql LIKE 'CREATE VIRTUAL%' FROM sqlite_master WHERE type = 'table' "
                        "AND name NOT LIKE 'sqlite%'").fetchall()
    for name, _ in sorted(tables, key=lambda t: not t[1]):
        db.execute(f'DROP TABLE IF EXISTS "{name}"')


@contextmanager
def _page_cache(db: sqlite3.Connection, kib: int) -> Iterator[None]:
    """SQLite's page cache at `kib` while writing the articles' rows, which go to every table and
    index at once: with the default 2 MB a build reads its own pages back from the OS over and
    over. Only then: the merge that follows sorts every figure, and SQLite lets a sort hold as
    much memory as the page cache, which would raise the largest process's peak."""
    (before,) = db.execute("PRAGMA cache_size").fetchone()
    db.execute(f"PRAGMA cache_size = -{kib}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {int(before)}")


@contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _hashes(root: Path, name: str) -> tuple[str, str | None]:
    """SHA-256 of a source file's bytes, and of its sidecar's text (None without one)."""
    from ..load.articles import read_sidecar_file
    from ..load.folder import format_of
    from ..load.read import MULTI_RECORD_FORMATS, read_regular

    try:
        sha = sha256(read_regular(root / name)).hexdigest()
        if format_of(name) in MULTI_RECORD_FORMATS:
            return sha, None  # news records carry their metadata; they have no sidecar
        return sha, _sidecar_sha(read_sidecar_file(root / name)[1])
    except CorpusError:
        return "", None  # unreadable now: analysed again, which reports it


def _sidecar_sha(text: str | None) -> str | None:
    return None if text is None else sha256(text.encode("utf-8")).hexdigest()


def searchable(text: str) -> str:
    """Text as the full-text index holds it: NFC, then folded as `search` folds (lower case, no
    accents, one character for one); FTS5's own folding then meets the query's."""
    from ..textutil import match_fold

    return match_fold(unicodedata.normalize("NFC", text))


def _mark_stale(db: sqlite3.Connection, name: str) -> None:
    """The statistic keys of one file's figures are to have their facts made again."""
    from .statistics import GROUP_KEY_SQL

    db.execute(f"INSERT OR IGNORE INTO stale_keys SELECT {GROUP_KEY_SQL} FROM figure_rows WHERE name = ?", (name,))


def _delete_article(db: sqlite3.Connection, name: str) -> None:
    """Every row of one source file (all its articles), and its `sources` row."""
    _mark_stale(db, name)
    # The full-text index keeps no copy of the text (contentless): it is told what it indexed.
    for rowid, title, text in db.execute("SELECT rowid, title, inflate(text) FROM article_rows WHERE name = ?",
                                         (name,)).fetchall():
        db.execute("INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)",
                   (rowid, searchable(title or ""), searchable(text)))
    db.execute(FIGURE_TOPICS_OF_FILE, (name,))  # before the figures that name its topics
    for table in PER_ARTICLE:
        db.execute(f"DELETE FROM {table} WHERE name = ?", (name,))
    db.execute("DELETE FROM sources WHERE name = ?", (name,))


def _write_article(db: sqlite3.Connection, name: str, rows: Rows, stat: str, sha: str,
                   sidecar_sha: str | None, new: bool = False) -> CorpusError | None:
    """A source file's rows (all its articles, as `file_rows` made them) in place of what it had
    (`new`: it had none, it has no `sources` row); the caller's transaction makes it one step. An
    article id another file's article has already is a CorpusError, returned (the file's rows are
    left out), as the direct build raises it."""
    from . import rows as codec

    # A new file has no rows, unless an interrupted build kept some of them without its `sources` row.
    if not new or db.execute("SELECT 1 FROM article_rows WHERE name = ?", (name,)).fetchone() is not None:
        _delete_article(db, name)
    insert_article = f"INSERT INTO article_rows VALUES ({', '.join('?' * len(codec.ARTICLE_COLUMNS))})"
    for article, searched in zip(rows.get("article_rows", []), rows["articles_fts"]):
        try:
            cursor = db.execute(insert_article, article)
        except sqlite3.IntegrityError:
            _delete_article(db, name)
            other = db.execute("SELECT path FROM article_rows WHERE id = ?", (article[0],)).fetchone()
            return CorpusError(f"duplicate article id {article[0]!r}: {other[0] if other else '?'} and {name}")
        db.execute("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)", (cursor.lastrowid, *searched))
    for table, table_rows in rows.items():
        if table not in _NOT_STORED and table_rows:
            db.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(table_rows[0]))})", table_rows)
    db.execute("INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?)",
               (name, rows["file_id"][0][0], stat, sha, sidecar_sha, codec.dumps(rows.get("skipped", []))))
    db.executemany("INSERT OR IGNORE INTO stale_keys VALUES (?)", rows["stale_keys"])  # as `_mark_stale` would
    return None


# What `file_rows` gives besides the rows of stored tables.
_NOT_STORED = ("article_rows", "articles_fts", "stale_keys", "skipped", "file_id")


# ---- analysis, in workers or here -------------------------------------------------------------------


def file_rows(file_id: str, parts: list[ArticleRecords], skipped: list[Any], name: str,
              registries: Registries) -> Rows:
    """A source file's articles as the index stores them, by stored table (`schema.stored`: the
    text compressed, quotes left to the views), ready to insert: their `seq` numbers run on
    through the file, so `ORDER BY name, seq` is corpus order. Besides the tables: under
    "articles_fts" each article's title and text as the full-text index takes them, under
    "stale_keys" the statistic keys of its figures (`statistics.group_key`), under "skipped" the
    file's skipped records (as `Skipped.as_dict`), under "file_id" the file's id.
    Made where the article was analysed (a worker), so the process writing the index only writes."""
    from .statistics import group_key

    rows: Rows = {}
    offsets: dict[str, int] = {}
    for records in parts:
        produced = article_rows(records, name, registries)
        for table, table_rows in produced.items():
            start = offsets.get("figures" if table == "figure_topics" else table, 0)  # a topic row: its figure's seq
            seq_at = _SEQ_COLUMN.get(table)
            if seq_at is not None and start:
                table_rows = [row[:seq_at] + (row[seq_at] + start,) + row[seq_at + 1:] for row in table_rows]
            rows.setdefault(table, []).extend(table_rows)
        for table, table_rows in produced.items():
            offsets[table] = offsets.get(table, 0) + len(table_rows)
    found: Rows = {"file_id": [(file_id,)], "skipped": [tuple(s) for s in skipped]}
    title_at, text_at = ARTICLE_COLUMNS.index("title"), ARTICLE_COLUMNS.index("text")
    found["articles_fts"] = [(searchable(a[title_at] or ""), searchable(a[text_at])) for a in rows.get("articles", [])]
    id_at, key_at = FIGURE_COLUMNS.index("id"), FIGURE_COLUMNS.index("stat_key")
    keys = dict.fromkeys(group_key(f[key_at], f[id_at]) for f in rows.get("figures", []))
    found["stale_keys"] = [(key,) for key in keys]
    for table, table_rows in rows.items():
        if table_rows:
            target, values = stored(table, table_rows)
            found[target] = values
    return found


# Where each per-article table keeps `seq` (articles have none: their rowid keeps file order).
_SEQ_COLUMN = {"figures": 3, "figure_topics": 3, "actor_mentions": 1, "initiative_mentions": 1,
               "found_actors": 1, "found_initiatives": 1}


def article_rows(records: ArticleRecords, name: str, registries: Registries) -> Rows:
    """One article's records as index rows, by table."""
    from . import rows as codec
    from .statistics import figure_keys

    figures: list[tuple[Any, ...]] = []
    figure_topics: list[tuple[Any, ...]] = []
    for seq, figure in enumerate(records.figures):
        stat_key, value_key = figure_keys(figure, registries)
        figures.append(codec.figure_row(figure, name, seq, stat_key, value_key))
        figure_topics.extend((topic, figure.id, name, seq) for topic in figure.topics)
    actor_mentions = [(name, seq, key, e.article, e.quote, e.start, e.end)
                      for seq, (key, e) in enumerate((k, e) for k, es in records.actor_mentions.items() for e in es)]
    initiative_mentions = [(name, seq, key, e.article, e.quote, e.start, e.end)
                           for seq, (key, e) in enumerate((k, e) for k, es in records.initiative_mentions.items()
                                                          for e in es)]
    return {
        "articles": [codec.article_row(records.article, name)],
        "figures": figures,
        "figure_topics": figure_topics,
        "actor_mentions": actor_mentions,
        "initiative_mentions": initiative_mentions,
        "found_actors": [(name, seq, codec.found_actor_json(a)) for seq, a in enumerate(records.new_actors)],
        "found_initiatives": [(name, seq, codec.found_initiative_json(i))
                              for seq, i in enumerate(records.new_initiatives)],
    }


def analyse_named(analyser: Analyser, root: Path, file_id: str, name: str) -> Result:
    """Read, check and analyse one source file (one article, or one per news record): its rows,
    or the error that refused it. A file that is no article (binary, a scan) gives no article
    and its skip."""
    from ..load.articles import read_file_articles
    from ..load.read import Skip

    try:
        try:
            files, skips = read_file_articles(file_id, root / name, name)
        except Skip as skip:
            files, skips = [], [skip]
        parts = [analyser(file) for file in files]
    except CorpusError as exc:
        return (name, "", None, None,
                (exc.message, None if exc.path is None else str(exc.path), exc.line, exc.column))
    skipped = [(name, s.kind, s.reason, s.line) for s in skips]
    if files:
        sha, sidecar_sha = files[0].sha256, _sidecar_sha(files[0].sidecar_text)
    else:
        sha, sidecar_sha = _hashes(root, name)
    return (name, sha, sidecar_sha, file_rows(file_id, parts, skipped, name, analyser.registries), None)


def analyse_files(root: Path, pending: list[tuple[str, str]],
                  registries: Registries) -> Generator[Result, None, None]:
    """Each pending article's result, as soon as it is ready (not in order): in worker processes
    when there are enough of them, else here."""
    if not pending:
        return
    jobs = worker_count()
    if jobs > 1 and len(pending) >= PARALLEL_MIN:
        from .workers import analyse_in_pool

        pooled = analyse_in_pool(root, pending, jobs)
        if pooled is not None:
            yield from pooled
            return
    from ..load.analyse import Analyser

    analyser = Analyser(registries)
    for article_id, name in pending:
        yield analyse_named(analyser, root, article_id, name)


def worker_count() -> int:
    """`SCO_DIGITAL_JOBS`, else the cores this process may use; at most `MAX_JOBS`."""
    try:
        wanted = int(os.environ.get("SCO_DIGITAL_JOBS", "0"))
    except ValueError:
        wanted = 0
    if wanted <= 0:
        counter = getattr(os, "process_cpu_count", None)
        if counter is not None:
            wanted = counter() or 1
        elif hasattr(os, "sched_getaffinity"):
            wanted = len(os.sched_getaffinity(0))
        else:
            wanted = os.cpu_count() or 1
    return max(1, min(wanted, MAX_JOBS))


# ---- merged records -------------------------------------------------------------------------------


def _merge(db: sqlite3.Connection, root: Path, registries: Registries) -> None:
    """Actors, initiatives and facts over the whole corpus, from the per-article rows."""
    from ..load.analyse import merge_entities
    from . import rows as codec

    for table in MERGED:
        db.execute(f"DELETE FROM {table}")
    actor_mentions = _mentions(db, "actor")
    initiative_mentions = _mentions(db, "initiative")
    found_actors = [codec.found_actor_from_json(r) for r, in db.execute(
        "SELECT record FROM found_actors ORDER BY name, seq")]
    found_initiatives = [codec.found_initiative_from_json(r) for r, in db.execute(
        "SELECT record FROM found_initiatives ORDER BY name, seq")]
    actors, initiatives = merge_entities(registries, actor_mentions, initiative_mentions, found_actors,
                                         found_initiatives)
    del actor_mentions, initiative_mentions, found_actors, found_initiatives
    db.executemany(f"INSERT INTO actor_rows VALUES ({', '.join('?' * len(codec.ACTOR_COLUMNS))})",
                   (codec.merged_actor_row(a, seq) for seq, a in enumerate(actors)))
    db.executemany("INSERT INTO actor_articles VALUES (?, ?)", ((art, a.id) for a in actors for art in a.articles))
    db.executemany(f"INSERT INTO initiative_rows VALUES ({', '.join('?' * len(codec.INITIATIVE_COLUMNS))})",
                   (codec.merged_initiative_row(i, seq) for seq, i in enumerate(initiatives)))
    db.executemany("INSERT INTO initiative_articles VALUES (?, ?)",
                   ((art, i.id) for i in initiatives for art in i.articles))
    _merge_facts(db, registries)


def _mentions(db: sqlite3.Connection, kind: str) -> dict[str, list[Evidence]]:
    """Every actor's (or initiative's) mentions in corpus order, as article and offsets: the
    quote is left empty. Merging orders and counts mentions by article and offset, and the
    merged rows keep only those (`rows.merged_actor_row`; the views slice the quotes from the
    text), so no article's text is read and decompressed here."""
    from ..records import Evidence
    from . import rows as codec

    found: dict[str, list[Evidence]] = {}
    lists = db.execute(f"SELECT mentions FROM {kind}_mention_lists ORDER BY name")
    for runs, in lists:  # bounded: one row per source file
        for owner, article, start, end in mentions_of_runs(codec.loads(codec.inflate(runs))):
            found.setdefault(owner, []).append(Evidence(article, "", start, end))
    return found


def _merge_facts(db: sqlite3.Connection, registries: Registries) -> None:
    """Facts made again for the statistic keys a change touched (`stale_keys`: the keys of the
    old and the new figures of every file written or removed), and only for them: the facts of
    one key are a function of its figures alone, and their place in corpus order is their
    first figure's (file, seq), so every other fact stays as it is."""
    from . import rows as codec
    from .statistics import GROUP_KEY_SQL, facts_of_group

    for table in ("fact_topics", "fact_figures"):
        db.execute(f"DELETE FROM {table} WHERE fact IN "
                   "(SELECT seq FROM fact_rows WHERE key IN (SELECT key FROM stale_keys))")
    db.execute("DELETE FROM fact_rows WHERE key IN (SELECT key FROM stale_keys)")
    cursor = db.cursor()
    cursor.execute(
        f"SELECT {GROUP_KEY_SQL} AS grp, {', '.join(codec.FIGURE_COLUMNS)} FROM figures "
        "WHERE stat_key IN (SELECT key FROM stale_keys) OR (stat_key IS NULL AND id IN "
        "(SELECT substr(key, 2) FROM stale_keys WHERE key >= char(0) AND key < char(1))) ORDER BY grp, name, seq")
    insert = f"INSERT INTO fact_rows VALUES (NULL, {', '.join('?' * 7)})"

    def write(key: str, members: list[Figure], first: tuple[Any, ...]) -> None:
        for part, fact in enumerate(facts_of_group(members, registries)):
            seq = db.execute(insert, codec.fact_row(fact, key, first[2], first[3], part)).lastrowid
            db.executemany("INSERT INTO fact_topics VALUES (?, ?, ?, ?, ?)",
                           ((t, first[2], first[3], part, seq) for t in dict.fromkeys(fact.topics)))
            db.executemany("INSERT INTO fact_figures VALUES (?, ?)", ((seq, f) for f in fact.figures))

    key = ""
    members: list[Figure] = []
    first: tuple[Any, ...] = ()
    for row in cursor:  # bounded: one pass over the stale keys' figures, a group at a time
        if row[0] != key or not members:
            if members:
                write(key, members, first)
            key, members, first = row[0], [], row[1:]
        members.append(codec.figure_from_row(row[1:]))
    if members:
        write(key, members, first)
    db.execute("DELETE FROM stale_keys")


# ---- registries -------------------------------------------------------------------------------------


def _encode_registries(registries: Registries) -> bytes:
    """The registries in `marshal` form (plain tuples, dicts and strings: no code can come back
    out of it), so a warm query needs no YAML parser; zlib-compressed (a third of its size, the
    built-in registries 165 KB → 49 KB, which a small corpus's index notices; 1 ms to read back)."""
    import dataclasses
    import marshal
    import zlib

    plain = {f.name: tuple(tuple(getattr(r, g.name) for g in dataclasses.fields(r)) for r in getattr(registries, f.name))
             if f.name != "sources" else getattr(registries, f.name)
             for f in dataclasses.fields(registries)}
    return zlib.compress(marshal.dumps(plain))


def _registry_meta(registries: Registries) -> list[tuple[str, Any]]:
    """Meta rows for the registries: all of them (`registries`, marshal) and, as plain JSON, what
    warm queries need without decoding them (`topics`: each topic's id and labels)."""
    from .rows import dumps

    return [("registries", _encode_registries(registries)),
            ("topics", dumps([[t.id, dict(t.labels)] for t in registries.topics]))]


def decode_registries(blob: bytes) -> Registries:
    """The registries as `_encode_registries` kept them."""
    import marshal
    import typing
    import zlib

    from ..load.registry import Registries

    plain = marshal.loads(zlib.decompress(blob))
    hints = typing.get_type_hints(Registries)
    values: dict[str, Any] = {}
    for name, value in plain.items():
        if name == "sources":
            values[name] = tuple(value)
            continue
        record_type = typing.get_args(hints[name])[0]
        values[name] = tuple(record_type(*fields) for fields in value)
    return Registries(**values)


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


# ---- progress ---------------------------------------------------------------------------------------


class Progress(Protocol):
    """How a caller watches a long build: called with the number of articles to analyse, it
    returns a context manager giving a function to call with each number analysed. The library
    draws nothing itself (it never imports rich); the CLI passes a progress bar on a terminal."""

    def __call__(self, total: int) -> AbstractContextManager[Callable[[int], object]]: ...


@contextmanager
def _silent(total: int) -> Iterator[Callable[[int], object]]:
    yield lambda count: None


def _progress(total: int, progress: Progress | None) -> AbstractContextManager[Callable[[int], object]]:
    """The caller's progress for a build of more than `PROGRESS_MIN` articles; else silence."""
    return progress(total) if progress is not None and total > PROGRESS_MIN else _silent(total)
