"""The corpus cache: each article's records kept outside the corpus, so that a query on ten
thousand articles does not read, parse and extract them all again.

Where: `$SCO_DIGITAL_CACHE_DIR`, else `$XDG_CACHE_HOME/sco-digital`, else `~/.cache/sco-digital`;
one file per corpus folder, named by a hash of the folder's resolved path, never inside the
corpus. `SCO_DIGITAL_NO_CACHE=1` turns the cache off; a cache dir that cannot be created or
written only makes the tool slower, silently.

What is trusted. Each entry holds an article's records with what they were computed from:
the SHA-256 of its text and of its sidecar, and both files' stat (size, mtime_ns, ctime_ns,
inode, device). The whole file is further keyed by the package version, the stat of the
package's own `.py` files and the content of lexicon/topics/metrics.yaml (whose stat is
trusted the same way); when any of these differ nothing in it is used. On a later run an article whose stat is unchanged is served
without being read — that is what keeps a warm query on 10,000 articles fast. A write to a file
always moves its ctime, which `os.utime` cannot set back, so an edit that keeps size and mtime is
still seen. Stat is not trusted for files changed within `RACY_WINDOW_NS` of the run that
recorded them (coarse timestamps; as git does for its index): those are hashed again. What stays
undetectable without hashing: a content change with identical stat (a clock set back, a
filesystem without ctime). `SCO_DIGITAL_NO_CACHE=1` (or `load_corpus(use_cache=False)`) is the
escape hatch. A changed stat with unchanged content costs a read and a hash, not an analysis;
a renamed article with the same id and content is not analysed again either.

Format. Plain data in `marshal` form only — tuples, lists, dicts, strings, numbers; never
pickle, so a foreign cache file cannot run code. The store is `MAGIC`, a CRC-32 of the rest, the
length of the index, the index (header and one entry per article), then each article's records
as three `marshal` blobs: the article, its figures, its links to actors and initiatives. The file
is memory-mapped and a blob is decoded only when a query touches it (a `facts` query decodes no
article text, a `figures` query no mentions). Facts, actors and initiatives, merged over every
article (seconds on 10,000), are kept beside it (`.derived`), keyed by every article's content,
the registries and the code.
A file with the wrong magic, checksum, format, key or shape is ignored and rebuilt. Files are
written to a temporary name in the same folder and moved into place with `os.replace`, so two
processes building at once never leave a torn file: the last one wins, and both are complete.

Building. Articles to analyse are shared among `SCO_DIGITAL_JOBS` processes (default: up to 2)
when there are at least `PARALLEL_MIN` of them, serially otherwise or if a process pool cannot
be had. With more than `PROGRESS_MIN` articles to analyse, the caller's `progress` (the CLI's bar
on a terminal) is told how it goes.
"""

from __future__ import annotations

import dataclasses
import gc
import marshal
import os
import stat
import sys
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from functools import cached_property
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from . import __version__
from .corpus import Corpus
from .errors import CorpusError
from .records import Actor, Article, Evidence, Fact, Figure, Initiative
from .registry import LexActor, LexInitiative, Metric, Registries, Term, Topic

if TYPE_CHECKING:
    from .loader import Analyser, ArticleFile, ArticleRecords

FORMAT = 1
MAGIC = b"SCODIGC" + bytes([FORMAT])
RACY_WINDOW_NS = 2_000_000_000
PARALLEL_MIN = 64
PROGRESS_MIN = 200
MAP_MIN = 1 << 20  # a store larger than this is memory-mapped, a smaller one read
REGISTRY_FILES = ("lexicon.yaml", "topics.yaml", "metrics.yaml")

# An entry, one per article, as stored: a tuple in this order.
(E_NAME, E_ID, E_STAT, E_SIDECAR_STAT, E_VERIFIED_NS, E_SHA256, E_SIDECAR_SHA256,
 E_ARTICLE, E_FIGURES, E_LINKS) = range(10)

StatKey = tuple[int, int, int, int, int]
Entry = tuple[Any, ...]


# ---- where ----------------------------------------------------------------------------------


def cache_dir() -> Path | None:
    """The cache directory, or None when caching is turned off (or there is no home)."""
    if os.environ.get("SCO_DIGITAL_NO_CACHE", "").strip() not in ("", "0"):
        return None
    explicit = os.environ.get("SCO_DIGITAL_CACHE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):  # the XDG spec: a relative path is to be ignored
        return Path(xdg) / "sco-digital"
    try:
        return Path.home() / ".cache" / "sco-digital"
    except (KeyError, RuntimeError):
        return None


def store_path(directory: Path, root: Path) -> Path:
    """The cache file of one corpus folder. Two folders sharing a name cannot mix: the file
    records its folder, and one for another folder is ignored (rebuilt)."""
    folder = str(root.resolve()).encode("utf-8", "surrogateescape")
    return directory / f"{zlib.crc32(folder):08x}{zlib.adler32(folder):08x}.corpus"


# ---- the entry point ------------------------------------------------------------------------


def cached_corpus(root: Path, progress: Progress | None = None) -> Corpus:
    """The corpus in `root`, analysing only articles added or changed since the cache was written.
    `progress` is told how a build of more than `PROGRESS_MIN` articles goes."""
    from .folder import list_article_names

    directory = cache_dir()
    if directory is None:
        from .loader import build_corpus, read_article_files

        return build_corpus(root, read_article_files(root))
    listing = list_article_names(root)
    resolved = root.resolve()
    path = store_path(directory, root)
    writable = not _is_within(path, resolved)  # never write into the corpus, whatever the env says
    scan_ns = time.time_ns()
    code_key = _code_key()
    registry_files = [_registry_file(root, name) for name in REGISTRY_FILES]
    registry_stats = [_stat_key(os.fspath(file)) for file in registry_files]

    store = _read_store(path, code_key, str(resolved))
    registries: Registries | None = None
    old: dict[str, Entry] = {}
    registry_hashes = None
    registries_trusted = False
    if store is not None:
        stored_stats, stored_hashes = store[0][3]
        registries_trusted = list(stored_stats) == registry_stats and all(
            _settled(s, None, store[0][5]) for s in registry_stats if s)
        # Unchanged since they were hashed: not read again. Else hashed, and kept if the same.
        registry_hashes = stored_hashes if registries_trusted else _hashes(registry_files)
        if registry_hashes == stored_hashes:
            registries = _decode_registries(store[0][4], registry_files)
            old = {entry[E_NAME]: entry for entry in store[1]}
    if registries is None:
        registry_hashes = _hashes(registry_files)
        from .registry import load_registries

        registries = load_registries(root)
    by_content = {(e[E_ID], e[E_SHA256], e[E_SIDECAR_SHA256]): e for e in old.values()}

    entries: list[Entry | None] = []
    pending: list[tuple[int, ArticleFile, StatKey | None, StatKey | None]] = []
    dirty = store is None or not old or len(old) != len(listing) or not registries_trusted
    folder = os.fspath(root)
    try:
        yaml_names = {n for n in os.listdir(folder) if n.endswith(".yaml")}  # stat only sidecars that exist
    except OSError:
        yaml_names = set()
    for index, (article_id, name) in enumerate(listing):
        sidecar_name = name[: -len(".txt")] + ".yaml"  # as `Path.with_suffix(".yaml")`
        text_stat = _stat_key(os.path.join(folder, name))
        sidecar_stat = _stat_key(os.path.join(folder, sidecar_name)) if sidecar_name in yaml_names else None
        entry = old.get(name)
        if (entry is not None and text_stat is not None and entry[E_ID] == article_id and entry[E_STAT] == text_stat
                and entry[E_SIDECAR_STAT] == sidecar_stat and _settled(text_stat, sidecar_stat, entry[E_VERIFIED_NS])):
            entries.append(entry)
            continue
        dirty = True
        from .loader import read_article_file

        file = read_article_file(article_id, root / name)
        sidecar_sha = _sha256_text(file.sidecar_text)
        known = by_content.get((article_id, file.sha256, sidecar_sha))
        if known is not None:
            entries.append((name, article_id, text_stat, sidecar_stat, scan_ns, file.sha256, sidecar_sha,
                            *known[E_ARTICLE:]))
            continue
        entries.append(None)
        pending.append((index, file, text_stat, sidecar_stat))

    errors: list[tuple[int, CorpusError]] = []
    if pending:
        from .loader import Analyser

        results = _analyse(Analyser(registries), [(i, f) for i, f, _, _ in pending], progress)
        for index, file, text_stat, sidecar_stat in pending:
            blobs, error = results[index]
            if blobs is None:
                assert error is not None
                errors.append((index, error))
                continue
            entries[index] = (file.path.name, file.id, text_stat, sidecar_stat, scan_ns, file.sha256,
                              _sha256_text(file.sidecar_text), *blobs)
        del pending, results
    stored = [e for e in entries if e is not None]
    if dirty and writable:
        _write_store(path, (FORMAT, code_key, str(resolved), (tuple(registry_stats), registry_hashes),
                            _encode(registries), scan_ns), stored)
    if errors:
        raise min(errors, key=lambda item: item[0])[1]
    derived_key = (code_key, registry_hashes, tuple((e[E_ID], e[E_SHA256], e[E_SIDECAR_SHA256]) for e in stored))
    return CachedCorpus.create(root, registries, resolved, stored,
                               (path.with_suffix(".derived"), derived_key, writable))


# ---- keys -----------------------------------------------------------------------------------


def _code_key() -> str:
    """What the records were computed by: package version, Python, and the package's sources
    (size and mtime of each `.py` file, so that an edited extractor is never served stale)."""
    lines = [f"{FORMAT}|{__version__}|{sys.version}|{marshal.version}"]
    package = Path(__file__).resolve().parent
    for folder, subfolders, names in os.walk(package):
        subfolders[:] = sorted(d for d in subfolders if d not in ("__pycache__", "corpus"))
        where = os.path.relpath(folder, package)
        for name in sorted(names):
            if name.endswith(".py"):
                st = os.stat(os.path.join(folder, name))
                lines.append(f"{where}/{name}|{st.st_size}|{st.st_mtime_ns}")
    return "\n".join(lines)


def _registry_file(root: Path, name: str) -> Path:
    # The loader's own choice, so that the key covers the very files it parses: the corpus's or built-in.
    from .registry import _registry_file as registry_file

    return registry_file(root, name)


def _hashes(files: Sequence[Path]) -> tuple[str | None, ...]:
    """SHA-256 of each registry file's content (None: absent, the loader does without)."""
    import hashlib

    hashes: list[str | None] = []
    for file in files:
        try:
            hashes.append(hashlib.sha256(file.read_bytes()).hexdigest())
        except OSError:
            hashes.append(None)
    return tuple(hashes)


def _stat_key(path: str) -> StatKey | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)


def _settled(text_stat: StatKey, sidecar_stat: StatKey | None, verified_ns: int) -> bool:
    """Stat can stand for content only if the files had not changed shortly before they were hashed."""
    limit = verified_ns - RACY_WINDOW_NS
    return all(s is None or max(s[1], s[2]) < limit for s in (text_stat, sidecar_stat))


def _sha256_text(text: str | None) -> str | None:
    import hashlib

    return None if text is None else hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _is_within(path: Path, folder: Path) -> bool:
    try:
        path.parent.resolve().relative_to(folder)
    except (ValueError, OSError):
        return False
    return True


# ---- the file -------------------------------------------------------------------------------


def _read_sealed(path: Path) -> Any:
    """What `_write_sealed` wrote, or None when missing, unreadable or damaged."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    header = len(MAGIC) + 4
    if len(data) < header or not data.startswith(MAGIC):
        return None
    body = memoryview(data)[header:]
    if zlib.crc32(body) != int.from_bytes(data[len(MAGIC):header], "big"):
        return None
    try:
        return marshal.loads(body)
    except (ValueError, EOFError, TypeError):
        return None


def _read_store(path: Path, code_key: str, root: str) -> tuple[tuple[Any, ...], list[Entry]] | None:
    """The store's header and entries, or None when missing, unreadable, damaged, or not for this
    corpus and code. The file is mapped, not read: entries' blobs are views decoded on first use."""
    try:
        with open(path, "rb") as file:
            view = memoryview(_map(file) if os.fstat(file.fileno()).st_size > MAP_MIN else file.read())
    except (OSError, ValueError):  # missing, unreadable, or empty
        return None
    start = len(MAGIC) + 4 + 8
    if len(view) < start or view[: len(MAGIC)] != MAGIC:
        return None
    if zlib.crc32(view[len(MAGIC) + 4:]) != int.from_bytes(view[len(MAGIC):len(MAGIC) + 4], "big"):
        return None
    index_end = start + int.from_bytes(view[len(MAGIC) + 4:start], "big")
    try:
        payload = marshal.loads(view[start:index_end])
    except (ValueError, EOFError, TypeError):
        return None
    if not (isinstance(payload, tuple) and len(payload) == 7 and payload[0] == FORMAT and payload[1] == code_key
            and payload[2] == root and isinstance(payload[6], list) and isinstance(payload[5], int)
            and isinstance(payload[3], tuple) and len(payload[3]) == 2
            and all(isinstance(part, tuple) and len(part) == len(REGISTRY_FILES) for part in payload[3])):
        return None
    size = len(view) - index_end
    entries = []
    try:
        for meta in payload[6]:
            name, article_id, _, _, verified_ns, _, _, (a, a_len, f, f_len, k, k_len) = meta
            if not (type(name) is str and type(article_id) is str and type(verified_ns) is int
                    and 0 <= min(a, a_len, f, f_len, k, k_len) and max(a + a_len, f + f_len, k + k_len) <= size):
                return None
            a, f, k = a + index_end, f + index_end, k + index_end
            entries.append((*meta[:E_ARTICLE], view[a:a + a_len], view[f:f + f_len], view[k:k + k_len]))
    except (TypeError, ValueError):  # not the shape this code writes
        return None
    return payload[:6], entries


def _map(file: Any) -> Any:
    import mmap

    if hasattr(mmap, "MAP_SHARED"):  # POSIX: fault the pages in at once (Linux)
        return mmap.mmap(file.fileno(), 0, prot=mmap.PROT_READ, flags=mmap.MAP_SHARED | getattr(mmap, "MAP_POPULATE", 0))
    return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)


def _write_store(path: Path, header: tuple[Any, ...], entries: list[Entry]) -> None:
    """The store: MAGIC, CRC-32 of the rest, the index's length, the index (marshal), the blobs."""
    spans, offset = [], 0
    for entry in entries:
        entry_spans = []
        for blob in entry[E_ARTICLE:]:
            entry_spans += [offset, len(blob)]
            offset += len(blob)
        spans.append((*entry[:E_ARTICLE], tuple(entry_spans)))
    try:
        index = marshal.dumps((*header, spans))
    except ValueError:  # a value marshal cannot hold: the cache is an optimisation, go without
        return
    length = len(index).to_bytes(8, "big")
    checksum = zlib.crc32(index, zlib.crc32(length))
    for entry in entries:
        for blob in entry[E_ARTICLE:]:
            checksum = zlib.crc32(blob, checksum)
    _write_atomically(path, [MAGIC, checksum.to_bytes(4, "big"), length, index],
                      (blob for entry in entries for blob in entry[E_ARTICLE:]))


def _write_sealed(path: Path, payload: tuple[Any, ...]) -> None:
    """A small cache file (the facts): MAGIC, CRC-32 of the payload, the payload (marshal)."""
    try:
        body = marshal.dumps(payload)
    except ValueError:  # a value marshal cannot hold: the cache is an optimisation, go without
        return
    _write_atomically(path, [MAGIC, zlib.crc32(body).to_bytes(4, "big"), body], ())


def _write_atomically(path: Path, head: list[bytes], rest: Any) -> None:
    """Write to a temporary file in the same folder, then `os.replace`: readers never see a torn file."""
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError:  # not writable: slower, not broken
        return
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in head:
                out.write(chunk)
            for chunk in rest:
                out.write(chunk)
        os.replace(temporary, path)
    except OSError:
        _remove(temporary)
    except BaseException:
        _remove(temporary)
        raise


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass  # already gone, or the folder is read-only: nothing left to do


# ---- records as plain data --------------------------------------------------------------------


def _names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


_ARTICLE_PATH = _names(Article).index("path")
_FIGURE_EVIDENCE = _names(Figure).index("evidence")
_ACTOR_MENTIONS = _names(Actor).index("mentions")
_INITIATIVE_MENTIONS = _names(Initiative).index("mentions")


def _encode(value: Any) -> Any:
    """Records as marshal-able plain data: a dataclass becomes the tuple of its fields; subclasses
    of str, int, float, dict (a str Enum, a YAML mapping that remembers its lines) their base type."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return tuple(_encode(getattr(value, f.name)) for f in dataclasses.fields(value))
    if isinstance(value, tuple):
        return tuple(_encode(v) for v in value)
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {_encode(k): _encode(v) for k, v in value.items()}
    if isinstance(value, str) and type(value) is not str:
        return str.__str__(value)
    if isinstance(value, float) and type(value) is not float:
        return float(value)
    if isinstance(value, int) and type(value) not in (int, bool):
        return int(value)
    return value


# The same, fast, for the records there are tens of thousands of (C attrgetters, no recursion).
_evidence_values = attrgetter(*_names(Evidence))
_figure_values = attrgetter(*_names(Figure))


def _figure_plain(figure: Figure) -> tuple[Any, ...]:
    values = _figure_values(figure)
    i = _FIGURE_EVIDENCE
    return (*values[:i], _evidence_values(values[i]), *values[i + 1:])


@dataclasses.dataclass(frozen=True)
class _WithEvidence:
    """Marshal blobs of many records of one type whose field `field` is a tuple of Evidence."""

    cls: type
    field: str

    def encode(self, records: tuple[Any, ...]) -> bytes:
        values_of = attrgetter(*_names(self.cls))
        i = _names(self.cls).index(self.field)

        def plain(record: Any) -> tuple[Any, ...]:
            values = values_of(record)
            return (*values[:i], tuple(map(_evidence_values, values[i])), *values[i + 1:])

        return _dumps(tuple(map(plain, records)), _encode)

    def decode(self, blob: bytes) -> tuple[Any, ...]:
        i = _names(self.cls).index(self.field)
        return tuple(_with_evidence(self.cls, t, i) for t in marshal.loads(blob))


_FACTS = _WithEvidence(Fact, "evidence")
_ACTORS = _WithEvidence(Actor, "mentions")
_INITIATIVES = _WithEvidence(Initiative, "mentions")


def _mentions_plain(mentions: dict[str, list[Evidence]]) -> dict[str, list[tuple[Any, ...]]]:
    return {key: list(map(_evidence_values, evidence)) for key, evidence in mentions.items()}


def _dumps(fast: Any, plain: Any) -> bytes:
    """`fast` in marshal form; where it holds a value marshal refuses, `plain(fast)` instead."""
    try:
        return marshal.dumps(fast)
    except ValueError:
        return marshal.dumps(plain(fast))


def encode_records(records: ArticleRecords) -> tuple[bytes, bytes, bytes]:
    """One article's records as three blobs: the article, its figures, its links to actors and initiatives."""
    article = list(_encode(records.article))
    article[_ARTICLE_PATH] = ""  # depends on how the folder was named; set again when decoded
    links = (_mentions_plain(records.actor_mentions), _mentions_plain(records.initiative_mentions),
             _encode(records.new_actors), _encode(records.new_initiatives))
    return (marshal.dumps(tuple(article)), _dumps(tuple(map(_figure_plain, records.figures)), _encode),
            _dumps(links, _encode))


def _article(blob: bytes, path: str) -> Article:
    values = list(marshal.loads(blob))
    values[_ARTICLE_PATH] = path
    return Article(*values)


def _figures(blob: bytes) -> tuple[Figure, ...]:
    i = _FIGURE_EVIDENCE
    return tuple(Figure(*t[:i], Evidence(*t[i]), *t[i + 1:]) for t in marshal.loads(blob))  # type: ignore[call-arg]


def _with_evidence(cls: type, values: tuple[Any, ...], i: int) -> Any:
    return cls(*values[:i], tuple(Evidence(*e) for e in values[i]), *values[i + 1:])


def _mentions(plain: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[Evidence]]:
    return {key: [Evidence(*e) for e in evidence] for key, evidence in plain.items()}


def _links(blob: bytes) -> tuple[Any, ...]:
    actor_mentions, initiative_mentions, new_actors, new_initiatives = marshal.loads(blob)
    return (_mentions(actor_mentions), _mentions(initiative_mentions),
            tuple(_with_evidence(Actor, a, _ACTOR_MENTIONS) for a in new_actors),
            tuple(_with_evidence(Initiative, i, _INITIATIVE_MENTIONS) for i in new_initiatives))


def _decode_registries(plain: Any, files: Sequence[Path]) -> Registries | None:
    try:
        fields = dict(zip(_names(Registries), plain))
        return Registries(
            actors=tuple(LexActor(*t) for t in fields["actors"]),
            initiatives=tuple(LexInitiative(*t) for t in fields["initiatives"]),
            terms=tuple(Term(*t) for t in fields["terms"]),
            topics=tuple(Topic(*t) for t in fields["topics"]),
            metrics=tuple(Metric(*t) for t in fields["metrics"]),
            # As `load_registries` names them: through the folder as the caller spelled it.
            sources=tuple(str(p) for p in files if p.is_file()),
        )
    except (TypeError, KeyError, ValueError):
        return None


class CachedCorpus(Corpus):
    """A `Corpus` whose records are decoded from cache entries on first use.

    A query that needs only figures decodes no article text; `article(id)` and `figures_in(id)`
    decode one article. Facts, actors and initiatives — each a merge over every article, seconds
    on 10,000 — are kept beside the store, keyed by every article's content, the registries and
    the code. Records are equal to those `build_corpus` makes from the same files.
    """

    _entries: list[Entry]
    _folder: Path
    _derived_store: tuple[Path, Any, bool]  # where merged records are kept, their key, whether to write
    _decoded_articles: dict[int, Article]
    _decoded_figures: dict[int, tuple[Figure, ...]]

    @classmethod
    def create(cls, root: Path, registries: Registries, resolved: Path, entries: list[Entry],
               derived_store: tuple[Path, Any, bool]) -> CachedCorpus:
        from .registry import builtin_corpus_dir

        corpus = object.__new__(cls)
        # A frozen dataclass: set once, here, as its own __init__ would.
        for name, value in (("root", str(root)), ("registries", registries),
                            ("builtin", resolved == builtin_corpus_dir().resolve()),
                            ("_entries", entries), ("_folder", root), ("_derived_store", derived_store),
                            ("_decoded_articles", {}), ("_decoded_figures", {})):
            object.__setattr__(corpus, name, value)
        return corpus

    # ---- per article ----------------------------------------------------------------------
    @cached_property
    def _index(self) -> dict[str, int]:
        return {entry[E_ID]: i for i, entry in enumerate(self._entries)}

    def _article_at(self, i: int) -> Article:
        found = self._decoded_articles.get(i)
        if found is None:
            entry = self._entries[i]
            found = self._decoded_articles[i] = _article(entry[E_ARTICLE], str(self._folder / entry[E_NAME]))
        return found

    def _figures_at(self, i: int) -> tuple[Figure, ...]:
        found = self._decoded_figures.get(i)
        if found is None:
            found = self._decoded_figures[i] = _figures(self._entries[i][E_FIGURES])
        return found

    @cached_property
    def articles(self) -> tuple[Article, ...]:  # type: ignore[override]
        return tuple(self._article_at(i) for i in range(len(self._entries)))

    @cached_property
    def figures(self) -> tuple[Figure, ...]:  # type: ignore[override]
        return tuple(f for i in range(len(self._entries)) for f in self._figures_at(i))

    def article(self, article_id: str) -> Article:
        i = self._index.get(article_id)
        if i is None:
            return super().article(article_id)  # raises UnknownId with near matches
        return self._article_at(i)

    def figures_in(self, article_id: str) -> list[Figure]:
        i = self._index.get(article_id)
        return [] if i is None else list(self._figures_at(i))

    # ---- merged over all articles --------------------------------------------------------------
    @cached_property
    def _stored_derived(self) -> dict[str, bytes]:
        path, key, _ = self._derived_store
        stored = _read_sealed(path)
        if isinstance(stored, tuple) and len(stored) == 3 and stored[0] == FORMAT and stored[1] == key \
                and isinstance(stored[2], dict):
            return stored[2]
        return {}

    def _derived(self, name: str, compute: Any, encode: Any, decode: Any) -> Any:
        blob = self._stored_derived.get(name)
        if isinstance(blob, bytes):
            try:
                return decode(blob)
            except (TypeError, ValueError, IndexError, EOFError):
                pass  # damaged beyond its checksum: computed again below
        value = compute()
        path, key, writable = self._derived_store
        if writable:
            self._stored_derived[name] = encode(value)
            _write_sealed(path, (FORMAT, key, self._stored_derived))
        return value

    @cached_property
    def facts(self) -> tuple[Fact, ...]:  # type: ignore[override]
        return self._derived("facts", lambda: Corpus.facts.func(self),  # type: ignore[attr-defined]
                             _FACTS.encode, _FACTS.decode)

    @cached_property
    def _linked(self) -> Corpus:
        from .loader import ArticleRecords, assemble

        parts = [ArticleRecords(self._article_at(i), self._figures_at(i), *_links(entry[E_LINKS]))
                 for i, entry in enumerate(self._entries)]
        return assemble(self._folder, self.registries, parts)

    @cached_property
    def actors(self) -> tuple[Actor, ...]:  # type: ignore[override]
        return self._derived("actors", lambda: self._linked.actors, _ACTORS.encode, _ACTORS.decode)

    @cached_property
    def initiatives(self) -> tuple[Initiative, ...]:  # type: ignore[override]
        return self._derived("initiatives", lambda: self._linked.initiatives, _INITIATIVES.encode,
                             _INITIATIVES.decode)


# ---- analysing what changed ---------------------------------------------------------------------

Result = tuple[tuple[bytes, bytes, bytes] | None, CorpusError | None]
_shared: tuple[Analyser, list[tuple[int, ArticleFile]]] | None = None  # what forked workers inherit


def _analyse(analyser: Analyser, files: list[tuple[int, ArticleFile]],
             progress: Progress | None = None) -> dict[int, Result]:
    """Records (encoded) or the CorpusError of each file, by index; in 2 processes when worth it."""
    results: dict[int, Result] = {}
    with _progress(len(files), progress) as advance:
        jobs = _jobs()
        if jobs > 1 and len(files) >= PARALLEL_MIN:
            _analyse_in_processes(analyser, files, jobs, results, advance)
        for index, file in files:
            if index not in results:
                results[index] = _analyse_one(analyser, file)
                advance(1)
    return results


def _analyse_one(analyser: Analyser, file: ArticleFile) -> Result:
    try:
        return encode_records(analyser(file)), None
    except CorpusError as exc:
        return None, exc


def _jobs() -> int:
    try:
        wanted = int(os.environ.get("SCO_DIGITAL_JOBS", "0"))
    except ValueError:
        wanted = 0
    return wanted if wanted > 0 else min(2, os.cpu_count() or 1)


def _analyse_in_processes(analyser: Analyser, files: list[tuple[int, ArticleFile]], jobs: int,
                          results: dict[int, Result], advance: Callable[[int], object]) -> None:
    """Fill `results` using forked workers; whatever they do not finish is left to the caller."""
    global _shared
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    if "fork" not in multiprocessing.get_all_start_methods():
        return  # workers inherit the analyser and the texts by fork; elsewhere, serially
    size = max(8, min(64, len(files) // (jobs * 8) or 1))
    spans = [(start, min(start + size, len(files))) for start in range(0, len(files), size)]
    _shared = (analyser, files)
    try:
        executor = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"),
                                       initializer=_worker_start)
    except (OSError, NotImplementedError, ValueError):
        _shared = None
        return
    # Objects the workers inherit stay out of their garbage collector: without this every
    # collection walks (and copies) the parent's heap, and analysis runs at half speed.
    gc.freeze()
    try:
        futures = [executor.submit(_analyse_span, start, end) for start, end in spans]
        for future in as_completed(futures):
            done = future.result()
            results.update(done)
            advance(len(done))
    except (OSError, BrokenProcessPool):
        pass  # a pool that cannot run (no /dev/shm, a killed worker): the rest is done serially
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
        gc.unfreeze()
        _shared = None


def _worker_start() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle


def _analyse_span(start: int, end: int) -> dict[int, Result]:
    assert _shared is not None, "a worker forked without the analyser"
    analyser, files = _shared
    return {index: _analyse_one(analyser, file) for index, file in files[start:end]}


# ---- progress -----------------------------------------------------------------------------------


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
