"""Whole per-article analysis throughput, in MB of text per second on one core.

Each real news text of `data/news/texts` is analysed as a user's article (no sidecar: language
detected, figures extracted and described, lexicon and gazetteer aliases matched, people,
organisations, initiatives and places discovered), the set repeated until about ``--mb``
megabytes of text have been analysed. Time is CPU time of this process, best of ``--repeats``
runs (less disturbed by other work on a shared machine). The budget is >= 1 MB/s per core
(DESIGN.md §5). ``--profile`` prints the top functions by cumulative time instead. The load
average is printed beside the rate: on a shared machine CPU time grows with the others' load.

    python benchmarks/analysis_speed.py [--mb 2] [--repeats 3] [--profile]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sco_digital.load.analyse import Analyser  # noqa: E402
from sco_digital.load.articles import ArticleFile  # noqa: E402
from sco_digital.load.registry import load_registries  # noqa: E402

TARGET = 1_000_000  # bytes of UTF-8 text per second


def _articles(news_dir: Path) -> list[ArticleFile]:
    files = []
    for path in sorted((news_dir / "texts").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        files.append(ArticleFile(path.stem, path, text, hashlib.sha256(text.encode()).hexdigest(), None, None))
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0, help="megabytes of text per run (default 2)")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs; the best is reported")
    parser.add_argument("--news-dir", type=Path, default=ROOT / "benchmarks" / "data" / "news")
    parser.add_argument("--profile", action="store_true", help="profile one run and print the top functions")
    args = parser.parse_args()
    articles = _articles(args.news_dir)
    one_pass = sum(len(a.text.encode("utf-8")) for a in articles)
    passes = max(1, round(args.mb * 1_000_000 / one_pass))
    with tempfile.TemporaryDirectory() as empty:
        analyser = Analyser(load_registries(Path(empty)))  # the built-in registries, as a user's folder gets

    def run() -> None:
        for _ in range(passes):
            for article in articles:
                analyser(article)

    run()  # warm up: lazy patterns compiled, modules imported
    if args.profile:
        import cProfile
        import pstats

        profile = cProfile.Profile()
        profile.runcall(run)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(40)
        return 0
    best = float("inf")
    for _ in range(args.repeats):
        t0 = time.process_time()
        run()
        best = min(best, time.process_time() - t0)
    total = one_pass * passes
    rate = total / best
    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    print(f"{len(articles)} articles x {passes} = {total / 1e6:.2f} MB in {best:.2f} s CPU: "
          f"{rate / 1e6:.2f} MB/s per core (budget {TARGET / 1e6:.1f} MB/s) {'ok' if rate >= TARGET else 'SLOW'}"
          f" (load average {load})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
