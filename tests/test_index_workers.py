"""Cold builds in worker processes: no worker outlives its parent, and what was finished stays."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from index_corpus import env
from sco_digital.index import build, warm

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc for child processes")

EN = ("Report {n}\n\nKazakhstan trained {a} engineers in 2024 and exports rose 9.{b} percent, "
      "the ministry said. About {c} companies joined the Digital Silk Road programme.\n")
DE = ("Bericht {n}\n\nUsbekistan hat {a} Ingenieure ausgebildet; die Exporte stiegen um 4,{b} Prozent. "
      "Mehr als {c} Unternehmen nahmen teil.\n")


def generated_corpus(folder: Path, count: int, paragraphs: int = 1) -> Path:
    folder.mkdir(parents=True)
    for n in range(count):
        template = EN if n % 2 else DE
        body = "".join(template.format(n=n, a=100 + n + k, b=k % 10, c=n * 3 + k) for k in range(paragraphs))
        (folder / f"{n:05d}_gen.txt").write_text(body, encoding="utf-8")
    return folder


def children_of(pid: int) -> list[int]:
    """Every living descendant of `pid`, from /proc."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[0] != "Z":
                parents[int(entry)] = int(fields[1])
    found, frontier = [], [pid]
    while frontier:
        current = frontier.pop()
        kids = [p for p, parent in parents.items() if parent == current]
        found += kids
        frontier += kids
    return found


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_killing_the_cli_during_a_cold_build_leaves_no_worker(tmp_path: Path, signum: int) -> None:
    folder = generated_corpus(tmp_path / "corpus", 400, paragraphs=25)
    home = tmp_path / "cache"
    # (Ctrl-C as a terminal sends it: a test runner started in the background of a shell ignores
    # SIGINT, and a child inherits that, so the CLI would never see it)
    proc = subprocess.Popen([sys.executable, "-m", "sco_digital", "--corpus", str(folder), "figures", "--json"],
                            env=env(home, SCO_DIGITAL_JOBS="2"), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, preexec_fn=_default_sigint)
    deadline = time.monotonic() + 60
    workers: list[int] = []
    while time.monotonic() < deadline and len(workers) < 2:
        workers = children_of(proc.pid)
        time.sleep(0.05)
    assert len(workers) >= 2, "no worker pool started"
    index = build.index_path(home, folder)
    while time.monotonic() < deadline and _committed(index) == 0:  # some work done and committed
        time.sleep(0.1)
    proc.send_signal(signum)
    proc.wait(timeout=60)
    assert proc.returncode != 0
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(os.path.exists(f"/proc/{w}") and _alive(w) for w in workers):
        time.sleep(0.1)
    assert not [w for w in workers if os.path.exists(f"/proc/{w}") and _alive(w)], "a worker outlived its parent"
    if signum == signal.SIGINT:
        assert proc.returncode == 130
        assert 0 < _committed(index) < 400, "the finished articles were not kept"


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _committed(index: Path) -> int:
    try:
        return int(sqlite3.connect(index).execute("SELECT count(*) FROM sources").fetchone()[0])
    except sqlite3.Error:
        return 0


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_a_pool_build_equals_a_direct_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from index_corpus import fresh, snapshot
    from sco_digital.load import load_corpus

    folder = generated_corpus(tmp_path / "corpus", 80)
    monkeypatch.setenv("SCO_DIGITAL_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("SCO_DIGITAL_JOBS", "2")
    monkeypatch.setattr(warm, "RACY_NS", 0)
    assert snapshot(load_corpus(folder)) == fresh(folder)
    assert build.last_report is not None and len(build.last_report.analysed) == 80
