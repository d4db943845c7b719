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
pickle, so a foreign cache file cannot run code, and `marshal` never sees bytes whose CRC-32 has
not been checked. The store is `MAGIC`, a CRC-32 of the header, the header's length, the header
(keys, registries, the articles' names and packed stat, the index's length and CRC-32), the index
(one entry per article, with the offset, length and CRC-32 of each blob), then each article's
records as three `marshal` blobs: the article, its figures, its links to actors and initiatives.
The file is memory-mapped; when no file changed (names and packed stat equal to the header's, in
one comparison) the index is decoded only if a query needs an article, and a blob is checked
and decoded only when a query touches it (a `facts` query decodes no article text, a `figures`
query no mentions). Facts, actors and initiatives, merged over every article (seconds on
10,000), are kept beside it (`.derived`: a sealed table of contents, then named blobs each with
its CRC-32; the facts also by topic), keyed by a digest of every article's content, the
registries and the code.
A file with the wrong magic, checksum, format, key or shape is ignored and rebuilt; a blob
damaged after it was written costs its article's analysis, and the store a rebuild. Files are
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
import struct
import sys
import time
import zlib
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from functools import cached_property
from itertools import starmap
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from .. import __version__
from ..corpus import Corpus
from ..errors import CorpusError
from ..records import Actor, Article, Evidence, Fact, Figure, Initiative
from ..load.registry import LexActor, LexInitiative, Metric, Registries, Term, Topic

if TYPE_CHECKING:
    from ..load.articles import Analyser, ArticleFile, ArticleRecords
    from ..load.folder import LoadOptions

FORMAT = 3
MAGIC = b"SCODIGC" + bytes([FORMAT])
RACY_WINDOW_NS = 2_000_000_000
PARALLEL_MIN = 64
PROGRESS_MIN = 200
MAP_MIN = 1 << 20  # a store larger than this is memory-mapped, a smaller one read
REGISTRY_FILES = ("lexicon.yaml", "topics.yaml", "metrics.yaml")

# An entry, one per article: a tuple in this order. The three blobs are checked against their
# CRC-32s (E_CRCS, None for blobs made in this process) before they are decoded.
(E_NAME, E_ID, E_STAT, E_SIDECAR_STAT, E_VERIFIED_NS, E_SHA256, E_SIDECAR_SHA256,
 E_ARTICLE, E_FIGURES, E_LINKS, E_CRCS) = range(11)

# The store's header, a tuple in this order: what it was built by and for, the registries, when,
# a digest of every article's content, and (to tell at once that nothing changed) the articles'
# file names, their stat packed, whether all of it was settled, and where the index is.
(H_FORMAT, H_CODE_KEY, H_ROOT, H_REGISTRY, H_REGISTRIES, H_SCAN_NS, H_CONTENT, H_NAMES, H_STATS, H_SETTLED,
 H_INDEX) = range(11)

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


def cached_corpus(root: Path, progress: Progress | None = None, options: LoadOptions | None = None) -> Corpus:
    """The corpus in `root`, analysing only articles added or changed since the cache was written.
    `progress` is told how a build of more than `PROGRESS_MIN` articles goes."""
    from ..load.folder import LoadOptions, article_ids, format_of, scan_folder, sidecar_name, Skipped
    from ..load.read import MULTI_RECORD_FORMATS, Skip

    options = options or LoadOptions()
    directory = cache_dir()
    listing = scan_folder(root, options) if directory is not None and not options.strict else None
    # One entry per file: news record files (several articles each) and --strict are read directly.
    if directory is None or listing is None or any(format_of(n) in MULTI_RECORD_FORMATS for n in listing.articles):
        from ..load.articles import build_corpus, read_article_files

        return build_corpus(root, *read_article_files(root, options))
    names, found = listing.articles, listing.files
    skipped = list(listing.skipped)
    resolved = root.resolve()
    path = store_path(directory, root)
    writable = not _is_within(path, resolved)  # never write into the corpus, whatever the env says
    scan_ns = time.time_ns()
    code_key = _code_key()
    registry_files = [_registry_file(root, name) for name in REGISTRY_FILES]
    registry_stats = [_stat_key(os.fspath(file)) for file in registry_files]

    store = _read_store(path, code_key, str(resolved))
    header: tuple[Any, ...] | None = None
    registries: Registries | None = None
    old: dict[str, Entry] = {}
    registry_hashes = None
    registries_trusted = registries_stored = False
    if store is not None:
        header, read_index = store
        stored_stats, stored_hashes = header[H_REGISTRY]
        registries_trusted = list(stored_stats) == registry_stats and all(
            _settled(s, None, header[H_SCAN_NS]) for s in registry_stats if s)
        # Unchanged since they were hashed: not read again. Else hashed, and kept if the same.
        registry_hashes = stored_hashes if registries_trusted else _hashes(registry_files)
        if registry_hashes == stored_hashes:
            registries = _decode_registries(header[H_REGISTRIES], registry_files)
            registries_stored = registries is not None
    text_stats, sidecar_stats = _folder_stats(root, names, found)
    if (header is not None and registries is not None and registries_stored and registries_trusted
            and header[H_SETTLED] and header[H_NAMES] == _joined(names)
            and header[H_STATS] is not None and header[H_STATS] == _packed(text_stats, sidecar_stats)):
        # Nothing changed since the store was written (every file's stat as recorded, and settled):
        # its index is decoded only if a query needs an article's records. The names are those
        # of a listing whose ids were checked when the store was written.
        return CachedCorpus.create(root, registries, read_index,
                                   (path.with_suffix(".derived"), (code_key, registry_hashes, header[H_CONTENT]),
                                    writable), path, skipped)
    ids = article_ids(root, names)
    if header is not None and registry_hashes == header[H_REGISTRY][1]:
        old = {entry[E_NAME]: entry for entry in read_index() or ()}
    if registries is None:
        registry_hashes = _hashes(registry_files)
        from ..load.registry import load_registries

        registries = load_registries(root)
    by_content = {(e[E_ID], e[E_SHA256], e[E_SIDECAR_SHA256]): e for e in old.values()}

    entries: list[Entry | None] = []
    pending: list[tuple[int, ArticleFile, StatKey | None, StatKey | None]] = []
    dirty = store is None or not old or len(old) != len(ids) or not registries_trusted
    folder = os.fspath(root)
    for index, (article_id, name) in enumerate(ids):
        text_stat = _stat_key_of(text_stats[index], os.path.join(folder, name))
        sidecar_stat = _stat_key_of(sidecar_stats[index], os.path.join(folder, sidecar_name(name)))
        entry = old.get(name)
        if (entry is not None and text_stat is not None and entry[E_ID] == article_id and entry[E_STAT] == text_stat
                and entry[E_SIDECAR_STAT] == sidecar_stat and _settled(text_stat, sidecar_stat, entry[E_VERIFIED_NS])):
            entries.append(entry)
            continue
        dirty = True
        from ..load.articles import read_article_file

        try:
            file = read_article_file(article_id, root / name)
        except Skip as skip:
            skipped.append(Skipped(name, skip.kind, skip.reason, skip.line))
            entries.append(None)
            continue
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
        from ..load.articles import Analyser

        results = _analyse(Analyser(registries), [(i, f) for i, f, _, _ in pending], progress)
        for index, file, text_stat, sidecar_stat in pending:
            blobs, error = results[index]
            if blobs is None:
                assert error is not None
                errors.append((index, error))
                continue
            entries[index] = (ids[index][1], file.id, text_stat, sidecar_stat, scan_ns, file.sha256,
                              _sha256_text(file.sidecar_text), *blobs, None)
        del pending, results
    stored = [e for e in entries if e is not None]
    # What the merged records are computed from: every article's content, in order. Unchanged
    # (nothing analysed, hashed or dropped), the store's own digest of it stands.
    content = header[H_CONTENT] if header is not None and not dirty else _content_digest(stored)
    if dirty and writable:
        settled = all(e[E_STAT] is not None and _settled(e[E_STAT], e[E_SIDECAR_STAT], e[E_VERIFIED_NS])
                      for e in stored)
        _write_store(path, (FORMAT, code_key, str(resolved), (tuple(registry_stats), registry_hashes),
                            _encode(registries), scan_ns, content, _joined(e[E_NAME] for e in stored),
                            _packed([_packed_stat(e[E_STAT]) for e in stored],
                                    [_packed_stat(e[E_SIDECAR_STAT]) for e in stored]), settled), stored)
    if errors:
        raise min(errors, key=lambda item: item[0])[1]
    derived_key = (code_key, registry_hashes, content)
    if not stored:
        raise CorpusError(f"no article could be read ({len(skipped)} skipped: " +
                          "; ".join(f"{s.path}: {s.reason}" for s in skipped[:3]) + ")", root)
    return CachedCorpus.create(root, registries, stored,
                               (path.with_suffix(".derived"), derived_key, writable), path,
                               sorted(skipped, key=lambda s: (s.path, s.line or 0)))


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No garbage collection while tens of thousands of acyclic records are made: the collector
    would walk them again and again, for nothing (a third of the decoding time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# ---- keys -----------------------------------------------------------------------------------


def _code_key() -> str:
    """What the records were computed by: package version, Python, and the package's sources
    (size and mtime of each `.py` file, so that an edited extractor is never served stale)."""
    lines = [f"{FORMAT}|{__version__}|{sys.version}|{marshal.version}"]
    package = Path(__file__).resolve().parent.parent
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
    from ..load.registry import _registry_file as registry_file

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


def _folder_stats(root: Path, names: list[str], found: Container[str]) -> tuple[list[bytes], list[bytes]]:
    """The stat key of each article and of its sidecar, packed (`_packed_stat`). Files are named
    relative to the open folder where the system allows: no path is built per file."""
    folder = os.fspath(root)
    fd = None
    if os.stat in os.supports_dir_fd:
        try:
            fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        except OSError:
            fd = None
    try:
        if fd is None:
            def stat_of(name: str) -> bytes:
                return _packed_stat(_stat_key(os.path.join(folder, name)))
        else:
            def stat_of(name: str) -> bytes:
                try:
                    st = os.stat(name, dir_fd=fd)
                except OSError:
                    return _ABSENT
                if not stat.S_ISREG(st.st_mode):
                    return _ABSENT
                return _packed_stat((st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev))
        from ..load.folder import sidecar_name

        sidecars = (sidecar_name(name) for name in names)
        return [stat_of(name) for name in names], [stat_of(s) if s in found else _ABSENT for s in sidecars]
    finally:
        if fd is not None:
            os.close(fd)


_STAT = struct.Struct("<BQqqQQ")  # present, size, mtime_ns, ctime_ns, inode, device
_ABSENT = bytes(_STAT.size)
_UNPACKABLE = b"?"  # never equal to a packed key


def _packed_stat(key: StatKey | None) -> bytes:
    if key is None:
        return _ABSENT
    try:
        return _STAT.pack(1, *key)
    except struct.error:
        return _UNPACKABLE


def _stat_key_of(packed: bytes, path: str) -> StatKey | None:
    """The stat key `_packed_stat` packed (for one that did not fit, the file's own)."""
    if packed == _ABSENT:
        return None
    if packed == _UNPACKABLE:
        return _stat_key(path)
    return _STAT.unpack(packed)[1:]  # type: ignore[no-any-return]


def _packed(texts: list[bytes], sidecars: list[bytes]) -> bytes | None:
    """Packed stat keys of articles and sidecars as one string of bytes, compared at once; None if
    one did not fit."""
    if _UNPACKABLE in texts or _UNPACKABLE in sidecars:
        return None
    return b"".join(texts) + b"".join(sidecars)


def _joined(names: Iterable[str]) -> str:
    return "\0".join(names)  # no file name holds a NUL


def _content_digest(entries: list[Entry]) -> str:
    """A digest of every article's id and content (text and sidecar), in order."""
    import hashlib

    keys = "\n".join(f"{e[E_ID]}\0{e[E_SHA256]}\0{e[E_SIDECAR_SHA256] or '-'}" for e in entries)
    return hashlib.sha256(keys.encode("utf-8", "surrogatepass")).hexdigest()


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


def _sealed_head(view: memoryview) -> tuple[Any, int] | None:
    """The marshalled head of a cache file and where it ends, or None when the file is not ours or
    damaged: `MAGIC`, CRC-32 of what follows up to the head's end, the head's length, the head.
    Only the head is checked here; what follows it is checked piece by piece, when used."""
    start = len(MAGIC) + 4 + 8
    if len(view) < start or view[: len(MAGIC)] != MAGIC:
        return None
    head_end = start + int.from_bytes(view[len(MAGIC) + 4:start], "big")
    if head_end > len(view) or \
            zlib.crc32(view[len(MAGIC) + 4:head_end]) != int.from_bytes(view[len(MAGIC):len(MAGIC) + 4], "big"):
        return None
    try:
        return marshal.loads(view[start:head_end]), head_end
    except (ValueError, EOFError, TypeError):
        return None


def _sealed(head: bytes) -> list[bytes]:
    """The first parts of a cache file with this (marshalled) head, as `_sealed_head` reads them."""
    length = len(head).to_bytes(8, "big")
    return [MAGIC, zlib.crc32(head, zlib.crc32(length)).to_bytes(4, "big"), length, head]


def _open_view(path: Path) -> memoryview | None:
    """The file's bytes: mapped when large (a query touches few of its pages), else read."""
    try:
        with open(path, "rb") as file:
            return memoryview(_map(file) if os.fstat(file.fileno()).st_size > MAP_MIN else file.read())
    except (OSError, ValueError):  # missing, unreadable, or empty
        return None




def _read_store(path: Path, code_key: str, root: str
                ) -> tuple[tuple[Any, ...], Callable[[], list[Entry] | None]] | None:
    """The store's header, and a function decoding its entries (None if not the shape this code
    writes); or None when the file is missing, unreadable, damaged, or not for this corpus and code.
    The file is mapped, not read; header and index are checked (CRC-32) here, the index decoded
    only when called for, and entries' blobs are views decoded (their CRC-32 checked) on first use."""
    view = _open_view(path)
    sealed = None if view is None else _sealed_head(view)
    if view is None or sealed is None:
        return None
    header, head_end = sealed
    if not (isinstance(header, tuple) and len(header) == H_INDEX + 1 and header[H_FORMAT] == FORMAT
            and header[H_CODE_KEY] == code_key and header[H_ROOT] == root and type(header[H_SCAN_NS]) is int
            and type(header[H_CONTENT]) is str and type(header[H_NAMES]) is str
            and (header[H_STATS] is None or type(header[H_STATS]) is bytes) and type(header[H_SETTLED]) is bool
            and isinstance(header[H_REGISTRY], tuple) and len(header[H_REGISTRY]) == 2
            and all(isinstance(part, tuple) and len(part) == len(REGISTRY_FILES) for part in header[H_REGISTRY])
            and isinstance(header[H_INDEX], tuple) and len(header[H_INDEX]) == 2
            and all(type(v) is int for v in header[H_INDEX])):
        return None
    index_length, index_crc = header[H_INDEX]
    index_end = head_end + index_length
    if not (0 <= index_length and index_end <= len(view)) or zlib.crc32(view[head_end:index_end]) != index_crc:
        return None
    return header[:H_INDEX], lambda: _read_index(view, head_end, index_end)


def _read_index(view: memoryview, start: int, end: int) -> list[Entry] | None:
    """The entries of a store whose index (checked) is `view[start:end]`, blobs after it."""
    size = len(view) - end
    entries = []
    with _gc_paused():
        try:
            index = marshal.loads(view[start:end])
            if not isinstance(index, list):
                return None
            for meta in index:
                name, article_id, _, _, verified_ns, _, _, (a, a_len, a_crc, f, f_len, f_crc, k, k_len, k_crc) = meta
                if not (type(name) is str and type(article_id) is str and type(verified_ns) is int
                        and 0 <= min(a, a_len, f, f_len, k, k_len) and max(a + a_len, f + f_len, k + k_len) <= size):
                    return None
                a, f, k = a + end, f + end, k + end
                entries.append((*meta[:E_ARTICLE], view[a:a + a_len], view[f:f + f_len], view[k:k + k_len],
                                (a_crc, f_crc, k_crc)))
        except (TypeError, ValueError, EOFError):  # not the shape this code writes
            return None
    return entries


def _map(file: Any) -> Any:
    import mmap

    if hasattr(mmap, "MAP_SHARED"):  # POSIX
        return mmap.mmap(file.fileno(), 0, prot=mmap.PROT_READ, flags=mmap.MAP_SHARED)
    return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)


def _write_store(path: Path, header: tuple[Any, ...], entries: list[Entry]) -> None:
    """The store: the sealed header (with the index's length and CRC-32), the index (each entry with
    its blobs' offset, length and CRC-32), then the blobs."""
    spans, offset = [], 0
    for entry in entries:
        entry_spans: list[int] = []
        for blob in entry[E_ARTICLE:E_CRCS]:
            entry_spans += [offset, len(blob), zlib.crc32(blob)]
            offset += len(blob)
        spans.append((*entry[:E_ARTICLE], tuple(entry_spans)))
    try:
        index = marshal.dumps(spans)
        head = marshal.dumps((*header, (len(index), zlib.crc32(index))))
    except ValueError:  # a value marshal cannot hold: the cache is an optimisation, go without
        return
    _write_atomically(path, [*_sealed(head), index], (blob for entry in entries for blob in entry[E_ARTICLE:E_CRCS]))


def _read_sections(path: Path, key: Any) -> dict[str, tuple[memoryview, int]]:
    """The named blobs of a file `_write_sections` wrote for `key`, each with its CRC-32 (checked
    when used); none when the file is missing, damaged, or for another key."""
    view = _open_view(path)
    sealed = None if view is None else _sealed_head(view)
    if view is None or sealed is None:
        return {}
    head, head_end = sealed
    if not (isinstance(head, tuple) and len(head) == 3 and head[0] == FORMAT and head[1] == key
            and isinstance(head[2], dict)):
        return {}
    size = len(view) - head_end
    sections = {}
    try:
        for name, (offset, length, crc) in head[2].items():
            if not (type(name) is str and type(offset) is type(length) is type(crc) is int
                    and 0 <= min(offset, length) and offset + length <= size):
                return {}
            sections[name] = (view[head_end + offset:head_end + offset + length], crc)
    except (TypeError, ValueError):  # not the shape this code writes
        return {}
    return sections


def _write_sections(path: Path, key: Any, sections: dict[str, bytes]) -> None:
    """Merged records (facts, actors …): the sealed table of contents, then the named blobs."""
    toc, offset = {}, 0
    for name, blob in sections.items():
        toc[name] = (offset, len(blob), zlib.crc32(blob))
        offset += len(blob)
    try:
        head = marshal.dumps((FORMAT, key, toc))
    except ValueError:  # a value marshal cannot hold: the cache is an optimisation, go without
        return
    _write_atomically(path, _sealed(head), sections.values())


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
        cls, i = self.cls, _names(self.cls).index(self.field)
        with _gc_paused():
            return tuple(cls(*t[:i], tuple(starmap(Evidence, t[i])), *t[i + 1:]) for t in marshal.loads(blob))


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
    the code, the facts also by topic (`facts_about` decodes only one topic's). Records are equal
    to those `build_corpus` makes from the same files.
    """

    _read_entries: Callable[[], list[Entry] | None]
    _folder: Path
    _derived_store: tuple[Path, Any, bool]  # where merged records are kept, their key, whether to write
    _store: Path
    _decoded_articles: dict[int, Article]
    _decoded_figures: dict[int, tuple[Figure, ...]]

    @classmethod
    def create(cls, root: Path, registries: Registries,
               entries: list[Entry] | Callable[[], list[Entry] | None], derived_store: tuple[Path, Any, bool],
               store: Path, skipped: Sequence[Any] = ()) -> CachedCorpus:
        corpus = object.__new__(cls)
        # A frozen dataclass: set once, here, as its own __init__ would.
        for name, value in (("root", str(root)), ("registries", registries),
                            ("_read_entries", entries if callable(entries) else lambda: entries),
                            ("_folder", root), ("_derived_store", derived_store),
                            ("_store", store), ("_decoded_articles", {}), ("_decoded_figures", {}),
                            ("skipped", tuple(skipped))):
            object.__setattr__(corpus, name, value)
        return corpus

    # ---- per article ----------------------------------------------------------------------
    @cached_property
    def _entries(self) -> list[Entry]:
        entries = self._read_entries()
        if entries is None:  # a sound header over an index of another shape: not ours; rebuilt
            _remove(os.fspath(self._store))
            rebuilt = cached_corpus(self._folder)
            if not isinstance(rebuilt, CachedCorpus):
                raise CorpusError("the cache was turned off while it was being read", self._folder)
            entries = rebuilt._entries
        return entries

    @cached_property
    def _index(self) -> dict[str, int]:
        return {entry[E_ID]: i for i, entry in enumerate(self._entries)}

    def _blob(self, i: int, part: int) -> Any:
        """Blob `part` (E_ARTICLE, E_FIGURES or E_LINKS) of entry `i`, its CRC-32 checked: bytes
        damaged since they were written are never decoded; the article is analysed again instead,
        and the store removed, to be rebuilt by the next run."""
        entry = self._entries[i]
        crcs = entry[E_CRCS]
        if crcs is not None and zlib.crc32(entry[part]) != crcs[part - E_ARTICLE]:
            from ..load.articles import Analyser, read_article_file

            file = read_article_file(entry[E_ID], self._folder / entry[E_NAME])
            entry = self._entries[i] = (*entry[:E_ARTICLE], *encode_records(Analyser(self.registries)(file)), None)
            _remove(os.fspath(self._store))
        return entry[part]

    def _article_at(self, i: int) -> Article:
        found = self._decoded_articles.get(i)
        if found is None:
            found = self._decoded_articles[i] = _article(self._blob(i, E_ARTICLE), self._entries[i][E_NAME])
        return found

    def _figures_at(self, i: int) -> tuple[Figure, ...]:
        found = self._decoded_figures.get(i)
        if found is None:
            found = self._decoded_figures[i] = _figures(self._blob(i, E_FIGURES))
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

    def article_id(self, value: str) -> str:
        return value if value in self._index else super().article_id(value)

    def figures_in(self, article_id: str) -> list[Figure]:
        i = self._index.get(article_id)
        return [] if i is None else list(self._figures_at(i))

    # ---- merged over all articles --------------------------------------------------------------
    @cached_property
    def _stored_derived(self) -> dict[str, tuple[Any, int]]:
        path, key, _ = self._derived_store
        return _read_sections(path, key)

    def _section(self, name: str) -> Any:
        """A stored blob of merged records whose CRC-32 matches, or None."""
        found = self._stored_derived.get(name)
        if found is None or zlib.crc32(found[0]) != found[1]:
            return None
        return found[0]

    def _derived(self, name: str, compute: Any, encode: Callable[[Any], dict[str, bytes]], decode: Any) -> Any:
        blob = self._section(name)
        if blob is not None:
            try:
                return decode(blob)
            except (TypeError, ValueError, IndexError, EOFError):
                pass  # not the shape this code writes: computed again below
        value = compute()
        path, key, writable = self._derived_store
        if writable:
            kept = {n: bytes(b) for n in self._stored_derived if (b := self._section(n)) is not None}
            kept.update(encode(value))
            self._stored_derived.clear()
            self._stored_derived.update((n, (b, zlib.crc32(b))) for n, b in kept.items())
            _write_sections(path, key, kept)
        return value

    @cached_property
    def facts(self) -> tuple[Fact, ...]:  # type: ignore[override]
        return self._derived("facts", lambda: Corpus.facts.func(self), self._encode_facts,  # type: ignore[attr-defined]
                             _FACTS.decode)

    def _encode_facts(self, facts: tuple[Fact, ...]) -> dict[str, bytes]:
        """All facts, and each topic's (in the same order) for `facts_about`."""
        topics = dict.fromkeys([*self.registries.topic_ids(), *(t for f in facts for t in f.topics)])
        return {"facts": _FACTS.encode(facts),
                **{_topic_section(t): _FACTS.encode(tuple(f for f in facts if t in f.topics)) for t in topics}}

    def facts_about(self, topic: str) -> list[Fact]:
        if "facts" not in self.__dict__:  # not decoded yet: decode only this topic's
            blob = self._section(_topic_section(topic))
            if blob is not None:
                try:
                    return list(_FACTS.decode(blob))
                except (TypeError, ValueError, IndexError, EOFError):
                    pass  # not the shape this code writes: from all facts, below
        return super().facts_about(topic)

    @cached_property
    def _linked(self) -> Corpus:
        from ..load.articles import ArticleRecords, assemble

        parts = [ArticleRecords(self._article_at(i), self._figures_at(i), *_links(self._blob(i, E_LINKS)))
                 for i in range(len(self._entries))]
        return assemble(self._folder, self.registries, parts)

    @cached_property
    def actors(self) -> tuple[Actor, ...]:  # type: ignore[override]
        return self._derived("actors", lambda: self._linked.actors, lambda v: {"actors": _ACTORS.encode(v)},
                             _ACTORS.decode)

    @cached_property
    def initiatives(self) -> tuple[Initiative, ...]:  # type: ignore[override]
        return self._derived("initiatives", lambda: self._linked.initiatives,
                             lambda v: {"initiatives": _INITIATIVES.encode(v)}, _INITIATIVES.decode)


def _topic_section(topic: str) -> str:
    return f"facts about {topic}"


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
    # Capped: `SCO_DIGITAL_JOBS=100000` must not fork a process per article.
    cores = os.cpu_count() or 1
    return min(wanted, MAX_JOBS, 4 * cores) if wanted > 0 else min(2, cores)


MAX_JOBS = 64


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
