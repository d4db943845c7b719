"""Worker processes for a cold build: each reads its articles itself and returns plain rows.

`spawn`ed (the start method of macOS and Windows, and safe with threads), each worker loads the
registries once. No worker outlives its parent: on Linux each asks the kernel for SIGTERM when
its parent dies (`PR_SET_PDEATHSIG`), elsewhere it checks its parent between tasks; and the
parent terminates the pool when it is interrupted (Ctrl-C, SIGTERM, SIGHUP) or fails.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..load.analyse import Analyser
    from .build import Result

_analyser: Analyser | None = None
_root: Path | None = None
_parent: int | None = None


class Interrupted(BaseException):
    """SIGTERM or SIGHUP arrived during a build: the pool is stopped, then the signal is
    delivered again with its default action."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def analyse_in_pool(root: Path, pending: list[tuple[str, str]], jobs: int) -> Iterator[Result] | None:
    """The results of `pending` from `jobs` worker processes as they finish; None when no pool
    can be had here (the caller then analyses in-process)."""
    import multiprocessing

    try:
        pool = multiprocessing.get_context("spawn").Pool(
            min(jobs, max(1, len(pending) // CHUNK_MIN)), initializer=_start, initargs=(str(root), os.getpid()))
    except (OSError, ValueError, NotImplementedError):
        return None
    return _results(pool, pending)


CHUNK_MIN = 8


def _results(pool: Any, pending: list[tuple[str, str]]) -> Iterator[Result]:
    from .build import CHUNK

    chunks = [pending[i:i + CHUNK] for i in range(0, len(pending), CHUNK)]
    previous = _install_handlers()
    try:
        for results in pool.imap_unordered(_analyse_chunk, chunks):
            yield from results
        pool.close()
    finally:
        pool.terminate()
        pool.join()
        _restore_handlers(previous)


def _install_handlers() -> dict[int, Any]:
    """SIGTERM and SIGHUP raise `Interrupted` in the main thread (Ctrl-C raises KeyboardInterrupt
    already), so the pool is terminated before the process goes."""
    previous: dict[int, Any] = {}
    if threading.current_thread() is not threading.main_thread():
        return previous

    def interrupt(signum: int, frame: object) -> None:
        raise Interrupted(signum)

    for name in ("SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is not None:
            previous[signum] = signal.signal(signum, interrupt)
    return previous


def _restore_handlers(previous: dict[int, Any]) -> None:
    for signum, handler in previous.items():
        signal.signal(signum, handler)
    previous.clear()


def _start(root: str, parent: int) -> None:
    """A worker's start: die with the parent, leave Ctrl-C to it, load the registries once."""
    global _analyser, _root, _parent
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    _parent = parent
    from ..load.analyse import Analyser
    from ..load.registry import load_registries

    _root = Path(root)
    _analyser = Analyser(load_registries(_root))


def _die_with_parent() -> None:
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGTERM, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # no prctl: the parent-pid check between tasks remains


def _analyse_chunk(chunk: list[tuple[str, str]]) -> list[Result]:
    from .build import analyse_named

    if _parent is not None and os.getppid() != _parent:
        os._exit(1)  # the parent is gone: nobody wants these rows
    assert _analyser is not None and _root is not None, "a worker without its start"
    return [analyse_named(_analyser, _root, article_id, name) for article_id, name in chunk]
