"""Writing output files safely: never into the corpus, never half-written.

A file is written to a temporary file beside it and renamed over the target when complete, so a
full disk or an interrupted run leaves the old file (or none), never a truncated one, and a
target that is a hard link to an article is replaced rather than overwritten through the link.
Devices and pipes (`/dev/stdout`, a FIFO) are written to directly: they cannot be renamed over.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .errors import ScoDigitalError, UsageError


class OutputError(ScoDigitalError):
    """An output file that cannot be written (a missing folder, no permission, a full disk)."""


def check_output_path(corpus_root: str | os.PathLike[str], output: str | os.PathLike[str]) -> Path:
    """The output path, refused (`UsageError`) when it is, or lies inside, the corpus folder, or
    is a file of the corpus reached through a link: the tool never writes into a corpus."""
    path = Path(output).expanduser()
    root = Path(corpus_root).resolve()
    target = path.resolve()
    if target == root or root in target.parents:
        raise UsageError(f"refusing to write {output}: it is inside the corpus folder {root} "
                         "(sco-digital never writes into a corpus); choose a path outside it")
    try:
        st = target.stat()
    except OSError:
        return path
    if stat.S_ISREG(st.st_mode) and st.st_nlink > 1 and _links_into(root, st):
        raise UsageError(f"refusing to write {output}: it is a hard link to a file of the corpus {root}")
    return path


def _links_into(root: Path, st: os.stat_result) -> bool:
    """Whether a file of the corpus folder is the same file (device and inode) as `st`."""
    for folder, _subfolders, names in os.walk(root):
        for name in names:
            try:
                other = os.stat(os.path.join(folder, name), follow_symlinks=False)
            except OSError:
                continue
            if (other.st_dev, other.st_ino) == (st.st_dev, st.st_ino):
                return True
    return False


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str], *, binary: bool = False,
                  encoding: str = "utf-8", newline: str | None = None) -> Iterator[IO]:  # type: ignore[type-arg]
    """Open `path` for writing; the content appears there only when the block ends without error."""
    target = Path(path)
    try:
        mode = os.stat(target).st_mode
    except OSError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        # /dev/stdout, a FIFO, a terminal: written to as it is.
        with _opened(target, "wb" if binary else "w", encoding, newline) as device:
            yield device
        return
    if mode is not None and stat.S_ISDIR(mode):
        raise OutputError(f"cannot write {target}: it is a folder")
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None
    try:
        stream: IO[Any] = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding=encoding, newline=newline)
        with stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        if mode is not None:
            os.chmod(tmp, stat.S_IMODE(mode))
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def _opened(target: Path, mode: str, encoding: str, newline: str | None) -> Iterator[IO]:  # type: ignore[type-arg]
    try:
        stream: IO[Any] = open(target, "wb") if "b" in mode else open(target, "w", encoding=encoding, newline=newline)
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None
    with stream:
        yield stream
