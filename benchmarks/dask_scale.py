"""Throughput of the analysis on Dask: articles per second with 1 and 2 workers (issue 18).

    python benchmarks/dask_scale.py                  # 10,000 generated articles
    python benchmarks/dask_scale.py --articles 2000

Needs the extra `[dask]`. Makes a synthetic corpus from the built-in texts (`bench.make_corpus`:
numbers varied, sentences shuffled, about 5 KB each, no sidecars), then for 1 and 2 workers
starts a LocalCluster (single-threaded worker processes), and times `scale.analyse_on_dask` from
submission until every Parquet file is written (cluster start-up not counted; each worker's
registry load is). Prints articles/second, MB of text/second, the 2:1 ratio (target >= 1.7 when
both cores are free) and the load average before and after, since other work on the machine
takes cores from the workers. Everything goes to a temporary folder.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def measure(corpus: Path, out: Path, workers: int) -> float:
    """Seconds to analyse `corpus` into `out` on a fresh LocalCluster of `workers` processes."""
    from distributed import LocalCluster

    from sco_digital.scale import analyse_on_dask

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster:
        start = time.perf_counter()
        counts, skipped = analyse_on_dask(corpus, out, scheduler=cluster.scheduler_address)
        seconds = time.perf_counter() - start
    if skipped:
        raise SystemExit(f"{len(skipped)} articles skipped: {skipped[:3]}")
    print(f"  {workers} worker{'s' if workers > 1 else ''}: {counts['articles']:,} articles, "
          f"{counts['figures']:,} figures in {seconds:.1f} s", flush=True)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000, help="articles to generate (default 10,000)")
    args = parser.parse_args()
    from bench import make_corpus

    with tempfile.TemporaryDirectory(prefix="sco-dask-") as work:
        corpus = Path(work) / "corpus"
        make_corpus(corpus, args.articles)
        megabytes = sum(p.stat().st_size for p in corpus.iterdir()) / 1e6
        print(f"{args.articles:,} articles, {megabytes:.1f} MB; cores: {os.cpu_count()}; "
              f"load average before: {os.getloadavg()[0]:.2f}", flush=True)
        rates = {}
        for workers in (1, 2):
            seconds = measure(corpus, Path(work) / f"out{workers}", workers)
            rates[workers] = args.articles / seconds
            print(f"    {rates[workers]:,.0f} articles/s, {megabytes / seconds:.2f} MB/s", flush=True)
        print(f"2 workers / 1 worker: {rates[2] / rates[1]:.2f}x (target >= 1.7 on two free cores); "
              f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
