"""Whole-analysis throughput: characters per second on one core of `analyse_article` (figures with
measure, period and subject, actors, initiatives) over article texts nobody annotated.

The pairs benchmark's texts (German and English news) are analysed as plain articles, without
sidecars, the way the index build calls the analyser; the best of a few runs is reported, and the
share of it spent describing figures (`match.describe`). The budget is >= 1 MB/s per core (DESIGN §5).

    python benchmarks/analysis_speed.py [--repeats 3] [--texts benchmarks/data/pairs/texts]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sco_digital.load.analyse import Analyser  # noqa: E402
from sco_digital.load.articles import read_article_files  # noqa: E402
from sco_digital.load.registry import load_registries  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=ROOT / "benchmarks" / "data" / "pairs" / "texts")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    files = [replace(f, sidecar=None, sidecar_text=None) for f in read_article_files(args.texts)]
    analyse = Analyser(load_registries(args.texts))
    size = sum(len(f.text.encode("utf-8")) for f in files)
    best = float("inf")
    for _ in range(args.repeats):
        t0 = time.perf_counter()
        for f in files:
            analyse(f)
        best = min(best, time.perf_counter() - t0)
    profile = cProfile.Profile()
    profile.runcall(lambda: [analyse(f) for f in files])
    stats = pstats.Stats(profile)
    total = stats.total_tt  # type: ignore[attr-defined]
    describe = sum(v[3] for k, v in stats.stats.items()  # type: ignore[attr-defined]
                   if k[0].endswith("describe.py") and k[2] in ("describe", "finish"))
    print(f"{len(files)} articles, {size:,} bytes: {size / best / 1e6:.3f} MB/s per core "
          f"(best of {args.repeats}; describing figures {describe / total:.0%} of the time under the profiler)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
