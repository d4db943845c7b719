"""Speed and scale of sco-digital, measured against a baseline in the same run (issues 7, 14).

    python benchmarks/bench.py                   # start-up ratios; 1,000 and 10,000 articles
    python benchmarks/bench.py --quick           # start-up ratios; 1,000 articles, fewer runs
    python benchmarks/bench.py --sizes 1000,10000,20000,50000  # pick the corpus sizes
    python benchmarks/bench.py --index-only 50000  # only the index's size against the text's

Prints:
- start-up: the median of alternating runs of `python -c "import click"` and of
  `sco-digital facts --topic talent --json` (and the table form) on the built-in corpus with a
  warm index, and their ratios (budgets: 1.25x and 1.9x); `show 001` and `--help` likewise;
- for each size, a synthetic corpus made from the built-in texts (numbers varied, sentences
  shuffled, padded to about 5 KB, no sidecars so that every article is extracted): the first
  (cold) query, the same query in one process (SCO_DIGITAL_JOBS=1) where asked, later (warm)
  queries (facts --topic, figures --article, search), a query after one article changed, the
  largest process, the index's size against the text's, and each warm query against the same query
  on the built-in corpus (budgets at 20,000: cold <= 60 s, largest process <= 250 MiB, warm <= 1.5x,
  search <= 3x; index <= 2x the text). Ratios are printed, never asserted.

Everything runs in subprocesses with a private cache dir in a temporary folder, never the
user's. Python's bytecode cache goes to a temporary folder too (PYTHONPYCACHEPREFIX), as an
installed package has its .pyc files; `--no-bytecode` measures without one.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BUILTIN = REPO / "corpus"  # replaced by the snapshot's copy in main()
QUERY = ["facts", "--topic", "talent", "--json"]
TABLE_QUERY = ["facts", "--topic", "talent"]
ARTICLE_BYTES = 5_000
SEARCH_QUERY = ["search", "digital talent", "--json"]
BUDGET = {"json": 1.25, "table": 1.9, "cold_s": 60.0, "warm_ratio": 1.5, "search_ratio": 3.0, "memory_mb": 250.0,
          "index_ratio": 2.0}


# ---- running a command ------------------------------------------------------------------------------


@dataclass
class Run:
    seconds: float
    cpu_seconds: float  # user + system, of the process and its workers
    max_rss_mb: float  # the largest single process (the CLI or one of its workers)
    tree_pss_mb: float | None  # the whole process tree, sampled (Linux), shared pages counted once
    returncode: int
    stderr: str


# What the `sco-digital` console script pip installs runs (its generated wrapper, word for word but
# for the program name): a user's command, without `python -m`'s extra start-up (runpy).
CONSOLE_SCRIPT = ("import re, sys; from sco_digital.cli import main; sys.argv[0] = 'sco-digital'; "
                  "sys.exit(main())")


def tool_command() -> list[str]:
    return [sys.executable, "-c", CONSOLE_SCRIPT]


def run(command: list[str], env: dict[str, str], sample_memory: bool = False) -> Run:
    """Run to completion with stdout discarded; time, peak RSS (wait4) and sampled tree PSS."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        # Not from the repository: `python -m` would import the working tree instead of the snapshot.
        proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=err, cwd=tempfile.gettempdir())
        sampler = _TreeSampler(proc.pid) if sample_memory else None
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if sampler is not None:
            sampler.stop()
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    rss = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return Run(seconds, usage.ru_utime + usage.ru_stime, rss, sampler.peak_mb if sampler else None,
               proc.returncode, stderr)


class _TreeSampler:
    """Peak proportional set size of a process and its descendants, sampled every 50 ms (Linux)."""

    def __init__(self, pid: int):
        self.pid = pid
        self.peak_mb: float | None = None
        self._done = threading.Event()
        if Path("/proc/self/smaps_rollup").exists():
            self._thread = threading.Thread(target=self._loop, daemon=True)
            self._thread.start()

    def _loop(self) -> None:
        while not self._done.wait(0.05):
            total = sum(_pss_kb(pid) for pid in _tree(self.pid)) / 1024
            if total and (self.peak_mb is None or total > self.peak_mb):
                self.peak_mb = total

    def stop(self) -> None:
        self._done.set()
        if hasattr(self, "_thread"):
            self._thread.join()


def _tree(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry)] = int(fields[1])
    found, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, parent in parents.items() if parent in frontier]
        found += frontier
    return found


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass  # the process ended between listing and reading
    return 0


def checked(result: Run, what: str) -> Run:
    if result.returncode != 0:
        sys.exit(f"{what} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return result


# ---- the synthetic corpus -----------------------------------------------------------------------------

_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")
_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTH = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Januar|Februar|März|Mai|Juni|Juli|"
                    r"Oktober|Dezember)[a-z]*\.?\s+$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ\"“„])")


def _vary_number(match: re.Match[str], rng: random.Random) -> str:
    token = match.group()
    text = match.string
    before, after = text[max(0, match.start() - 12):match.start()], text[match.end():match.end() + 1]
    if _YEAR.fullmatch(token) or after in ("-", ":") or before[-1:] in ("-", ":") or _MONTH.search(before):
        return token  # years, dates and clock times stay what they are
    digits = [rng.choice("123456789")] + [rng.choice("0123456789") for _ in range(sum(c.isdigit() for c in token) - 1)]
    out, i = [], 0
    for ch in token:
        if ch.isdigit():
            out.append(digits[i])
            i += 1
        else:
            out.append(ch)
    return "".join(out)


def _shuffled(paragraph: str, rng: random.Random) -> str:
    sentences = _SENTENCE_END.split(paragraph.strip())
    rng.shuffle(sentences)
    return " ".join(sentences)


def synthetic_texts() -> list[tuple[list[str], list[str]]]:
    """The built-in articles as (head lines, body paragraphs)."""
    texts = []
    for path in sorted(BUILTIN.glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        head = 2 if len(lines) > 4 else 1
        texts.append((lines[:head], lines[head:]))
    return texts


def make_corpus(folder: Path, count: int, seed: int = 7) -> None:
    """`count` articles of about ARTICLE_BYTES each, without sidecars (so all are extracted)."""
    rng = random.Random(seed)
    sources = synthetic_texts()
    folder.mkdir(parents=True)
    for n in range(count):
        head, body = sources[n % len(sources)]
        paragraphs = body[:]
        rng.shuffle(paragraphs)
        parts = list(head) + [_shuffled(p, rng) for p in paragraphs]
        while sum(len(p.encode()) + 2 for p in parts) < ARTICLE_BYTES:  # pad from the same article
            parts.append(_shuffled(rng.choice(body), rng))
        text = "\n\n".join(parts) + "\n"
        text = _NUMBER.sub(lambda m: _vary_number(m, rng), text)
        (folder / f"{n:05d}_synthetic.txt").write_text(text, encoding="utf-8")


# ---- measurements ---------------------------------------------------------------------------------------


def startup(env: dict[str, str], runs: int) -> dict[str, float]:
    """Median seconds of `import click`, the JSON query and the table query, run alternately."""
    commands = {
        "import click": [sys.executable, "-c", "import click"],
        "json": tool_command() + QUERY,
        "table": tool_command() + TABLE_QUERY,
        "show": tool_command() + ["show", "001"],
        "help": tool_command() + ["--help"],
    }
    for command in commands.values():  # warm the cache, the bytecode and the OS's file cache
        checked(run(command, env), " ".join(command))
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(checked(run(command, env), name).seconds)
    return {name: statistics.median(values) for name, values in times.items()}


@dataclass
class SizeResult:
    articles: int
    megabytes: float
    make_s: float
    cold: Run
    cold_serial: Run | None
    warm_s: float
    warm: Run
    narrow_s: float
    search_s: float
    index_mb: float
    one_changed: Run


def measure_size(count: int, work: Path, env: dict[str, str], warm_runs: int, serial: bool) -> SizeResult:
    folder = work / f"corpus-{count}"
    started = time.perf_counter()
    make_corpus(folder, count)
    make_s = time.perf_counter() - started
    megabytes = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
    query = tool_command() + ["--corpus", str(folder)] + QUERY
    cold_serial = None
    if serial:
        serial_env = dict(env, SCO_DIGITAL_CACHE_DIR=str(work / f"cache-serial-{count}"), SCO_DIGITAL_JOBS="1")
        cold_serial = checked(run(query, serial_env, sample_memory=True), f"cold query, {count} articles, 1 process")
    cold = checked(run(query, env, sample_memory=True), f"cold query, {count} articles")
    warm_runs_done = [checked(run(query, env, sample_memory=True), "warm query") for _ in range(warm_runs)]
    narrow = tool_command() + ["--corpus", str(folder), "figures", "--article", "00001", "--json"]
    narrow_s = statistics.median(checked(run(narrow, env), "narrow query").seconds for _ in range(warm_runs))
    search = tool_command() + ["--corpus", str(folder)] + SEARCH_QUERY
    search_s = statistics.median(checked(run(search, env), "search query").seconds for _ in range(warm_runs))
    index_mb = _index_bytes(folder, Path(env["SCO_DIGITAL_CACHE_DIR"])) / 1e6
    changed = folder / "00001_synthetic.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nIt trained 4,321 more engineers.\n", encoding="utf-8")
    one_changed = checked(run(query, env, sample_memory=True), "query after one change")
    warm = max(warm_runs_done, key=lambda r: r.max_rss_mb)
    return SizeResult(count, megabytes, make_s, cold, cold_serial,
                      statistics.median(r.seconds for r in warm_runs_done), warm, narrow_s, search_s, index_mb,
                      one_changed)


def _index_file(folder: Path, cache: Path) -> Path:
    """A corpus's index file, as `index.warm.index_file` names it."""
    import hashlib

    stem = hashlib.sha256(str(folder.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return cache / (stem + ".sqlite")


def _index_bytes(folder: Path, cache: Path) -> int:
    """The size of a corpus's index file (with its WAL)."""
    index = _index_file(folder, cache)
    return sum(p.stat().st_size for p in cache.glob(index.name + "*") if not p.name.endswith(".lock"))


def builtin_queries(env: dict[str, str], runs: int) -> tuple[float, float, float]:
    query = tool_command() + QUERY
    narrow = tool_command() + ["figures", "--article", "001", "--json"]
    search = tool_command() + SEARCH_QUERY
    checked(run(query, env), "built-in query")
    return (statistics.median(checked(run(query, env), "built-in query").seconds for _ in range(runs)),
            statistics.median(checked(run(narrow, env), "built-in narrow query").seconds for _ in range(runs)),
            statistics.median(checked(run(search, env), "built-in search").seconds for _ in range(runs)))


def index_only(count: int, work: Path, env: dict[str, str]) -> None:
    """Build one synthetic corpus's index (the first query) and print its size against the text's,
    with the largest tables (SQLite's `dbstat`)."""
    import sqlite3

    folder = work / f"corpus-{count}"
    make_corpus(folder, count)
    megabytes = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
    cold = checked(run(tool_command() + ["--corpus", str(folder)] + QUERY, env, sample_memory=True),
                   f"cold query, {count} articles")
    cache = Path(env["SCO_DIGITAL_CACHE_DIR"])
    index_mb = _index_bytes(folder, cache) / 1e6
    print(f"{count:,} articles, {megabytes:.1f} MB of text: cold {cold.seconds:.1f} s ({cold.cpu_seconds:.0f} CPU-s), "
          f"largest process {cold.max_rss_mb:.0f} MB; index {index_mb:.1f} MB = {index_mb / megabytes:.2f}x the text "
          f"(<= {BUDGET['index_ratio']}x: {verdict(index_mb / megabytes <= BUDGET['index_ratio'])})")
    index = _index_file(folder, cache)
    with sqlite3.connect(f"file:{index}?mode=ro", uri=True) as db:
        for name, size in db.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 12"):
            print(f"  {name:<32} {size / 1e6:8.1f} MB")


# ---- report --------------------------------------------------------------------------------------------------


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def verdict(ok: bool) -> str:
    return "ok" if ok else "OVER BUDGET"


def mb(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=None, help="corpus sizes, comma-separated (default 1000,10000)")
    parser.add_argument("--quick", action="store_true", help="size 1000 and fewer repetitions")
    parser.add_argument("--runs", type=int, default=None, help="alternating start-up runs (default 21, quick 7)")
    parser.add_argument("--serial", choices=("auto", "always", "never"), default="auto",
                        help="also time the cold query in one process (auto: sizes up to 1,000)")
    parser.add_argument("--no-bytecode", action="store_true", help="no .pyc cache (as with PYTHONDONTWRITEBYTECODE)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and print its path")
    parser.add_argument("--index-only", type=int, default=None, metavar="N",
                        help="only build the index of N synthetic articles and compare its size with the text's")
    args = parser.parse_args()
    sizes = [int(s) for s in (args.sizes or ("1000" if args.quick else "1000,10000")).split(",") if s]
    runs = args.runs or (7 if args.quick else 21)
    warm_runs = 3 if args.quick else 5

    global BUILTIN
    work = Path(tempfile.mkdtemp(prefix="sco-digital-bench-"))
    # A snapshot of the package and the built-in corpus: edits to the working tree during the run
    # (which would rightly invalidate the cache) do not disturb the measurement.
    source = work / "src"
    shutil.copytree(REPO / "sco_digital", source / "sco_digital", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "corpus", source / "corpus")
    BUILTIN = source / "corpus"
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCO_DIGITAL")}
    env.update(SCO_DIGITAL_CACHE_DIR=str(work / "cache"), PYTHONPATH=os.pathsep.join(
        [str(source)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else [])))
    env.pop("NO_COLOR", None)
    if args.no_bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    try:
        if args.index_only:
            index_only(args.index_only, work, env)
            return
        print(f"sco-digital benchmark · Python {sys.version.split()[0]} · {os.cpu_count()} CPUs · "
              f"bytecode cache {'off' if args.no_bytecode else 'on'} · {work}")
        print(f"load average at start {_load()} (other work on the machine slows the timings; CPU seconds less so)")
        base = startup(env, runs)
        print(f"\nStart-up on the built-in corpus, warm cache (median of {runs} alternating runs):")
        print(f"  python -c 'import click'           {base['import click'] * 1000:7.1f} ms")
        for name, budget in (("json", BUDGET["json"]), ("table", BUDGET["table"])):
            ratio = base[name] / base["import click"]
            label = "facts --topic talent --json" if name == "json" else "facts --topic talent (table)"
            print(f"  {label:<34} {base[name] * 1000:7.1f} ms  {ratio:4.2f}x  (budget {budget}x: {verdict(ratio <= budget)})")
        for name, label in (("show", "show 001 (table)"), ("help", "--help")):
            print(f"  {label:<34} {base[name] * 1000:7.1f} ms  {base[name] / base['import click']:4.2f}x")
        builtin_s, builtin_narrow_s, builtin_search_s = builtin_queries(env, runs)

        print("\nSynthetic corpora (no sidecars: every article extracted); query: facts --topic talent --json")
        header = (f"  {'articles':>8} {'MB':>6} {'cold':>8} {'cold CPU':>8} {'1 proc':>8} {'warm':>7} {'1 changed':>9} "
                  f"{'max RSS':>8} {'tree PSS':>8} {'warm/built-in':>13} {'narrow/built-in':>15} {'search/built-in':>15} "
                  f"{'index/text':>10}")
        print(header)
        results = []
        for count in sizes:
            serial = args.serial == "always" or (args.serial == "auto" and count <= 1000)
            r = measure_size(count, work, env, warm_runs, serial)
            results.append(r)
            peak_rss = max(x.max_rss_mb for x in (r.cold, r.warm, r.one_changed))
            pss = [x.tree_pss_mb for x in (r.cold, r.warm, r.one_changed) if x.tree_pss_mb is not None]
            print(f"  {count:>8,} {r.megabytes:>6.1f} {r.cold.seconds:>7.2f}s {r.cold.cpu_seconds:>7.1f}s "
                  f"{(f'{r.cold_serial.seconds:.2f}s' if r.cold_serial else '-'):>8} {r.warm_s:>6.2f}s "
                  f"{r.one_changed.seconds:>8.2f}s {mb(peak_rss):>8} {mb(max(pss) if pss else None):>8} "
                  f"{r.warm_s / builtin_s:>12.2f}x {r.narrow_s / builtin_narrow_s:>14.2f}x "
                  f"{r.search_s / builtin_search_s:>14.2f}x {r.index_mb / r.megabytes:>9.2f}x", flush=True)
        print(f"\n  built-in corpus: facts query {builtin_s * 1000:.0f} ms, narrow query "
              f"(figures --article ID --json) {builtin_narrow_s * 1000:.0f} ms, search {builtin_search_s * 1000:.0f} ms")
        if len(results) > 1:
            print("\nGrowth (per article; cold should stay flat, i.e. linear in total, warm should stay flat in total):")
            for r in results:
                print(f"  {r.articles:>8,}: cold {r.cold.seconds / r.articles * 1000:6.2f} ms/article, "
                      f"warm {r.warm_s * 1000:7.0f} ms total")
        for r in results:
            if r.cold_serial:
                print(f"\n  {r.articles:,} articles cold: 1 process {r.cold_serial.seconds:.2f}s, "
                      f"{os.cpu_count() and min(2, os.cpu_count() or 1)} processes {r.cold.seconds:.2f}s "
                      f"(speed-up {r.cold_serial.seconds / r.cold.seconds:.2f}x)")
        big = max(results, key=lambda r: r.articles, default=None)
        if big is not None:
            peak = max([x.max_rss_mb for x in (big.cold, big.warm, big.one_changed)]
                       + [x.tree_pss_mb or 0 for x in (big.cold, big.warm, big.one_changed)])
            print(f"\nTargets at {big.articles:,} articles:")
            print(f"  first query {big.cold.seconds:.1f} s (<= {BUDGET['cold_s']:.0f} s: "
                  f"{verdict(big.cold.seconds <= BUDGET['cold_s'])})")
            print(f"  later query {big.warm_s / builtin_s:.2f}x the built-in query (<= {BUDGET['warm_ratio']}x: "
                  f"{verdict(big.warm_s / builtin_s <= BUDGET['warm_ratio'])}); narrow query "
                  f"{big.narrow_s / builtin_narrow_s:.2f}x; search {big.search_s / builtin_search_s:.2f}x "
                  f"(<= {BUDGET['search_ratio']}x: {verdict(big.search_s / builtin_search_s <= BUDGET['search_ratio'])})")
            print(f"  index {big.index_mb:.0f} MB for {big.megabytes:.0f} MB of text: {big.index_mb / big.megabytes:.2f}x "
                  f"(<= {BUDGET['index_ratio']}x: {verdict(big.index_mb / big.megabytes <= BUDGET['index_ratio'])})")
            print(f"  peak memory {peak:.0f} MB (<= {BUDGET['memory_mb']:.0f} MB: {verdict(peak <= BUDGET['memory_mb'])})")
        print(f"\nload average at end {_load()}")
    finally:
        if args.keep:
            print(f"\nkept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
