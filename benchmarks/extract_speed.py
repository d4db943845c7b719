"""Figure extraction throughput, in characters per second on one core.

The five built-in articles are repeated to about 5 MB and extracted article by article (the way
the loader calls the extractor, language detected each time) and as one large text. A plain
``re.finditer(r"\\d+")`` over the same text is the in-run baseline, so the ratio says what the
rules cost beyond finding the digits. Two number-dense lines time the hand-labelled passages
(``data/passages.yaml``) and the real news texts, each repeated to 1 MB, in CPU time of this
process (less disturbed by other work on a shared machine). The target is >= 4 MB/s on one
core (issue 11) per article; the number-dense lines are reported, not gated (one candidate every
40-100 characters costs about 35 µs each in pure Python).

quantulum3, if importable (install it only in a separate environment: it is not a dependency),
is timed on the English articles for comparison.

    python benchmarks/extract_speed.py [--mb 5]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET = 4_000_000  # characters per second


def _best_of(repeats: int, run: Callable[[], object], clock: Callable[[], float] = time.perf_counter) -> float:
    best = float("inf")
    for _ in range(repeats):
        t0 = clock()
        run()
        best = min(best, clock() - t0)
    return best


def _dense_texts(size: int = 1_000_000) -> dict[str, str]:
    """Number-dense text, repeated to about ``size`` characters each: the hand-labelled passages
    (short sentences, about one figure per 60 characters) and the real news articles (about one
    figure per 100 characters, and as many numbers again that are not figures)."""
    import yaml

    data = yaml.safe_load((ROOT / "benchmarks" / "data" / "passages.yaml").read_text(encoding="utf-8"))
    passages = "\n\n".join(p["text"] for p in data["passages"])
    news = "\n\n".join(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "benchmarks" / "data" / "news" / "texts").glob("*"))
    )
    return {name: one * max(1, size // len(one)) for name, one in (("passages", passages), ("real news", news))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="megabytes of text to extract (default 5)")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs; the best is reported")
    args = parser.parse_args()

    t0 = time.perf_counter()
    from sco_digital.extract.numbers import extract_figures

    import_ms = (time.perf_counter() - t0) * 1000
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    articles: list[str] = []
    size = 0
    while size < args.mb * 1_000_000:
        for text in texts:
            articles.append(text)
            size += len(text)
    big = "\n\n".join(articles)
    digits = re.compile(r"\d+")

    per_article = _best_of(args.repeats, lambda: [extract_figures(t) for t in articles])
    one_text = _best_of(args.repeats, lambda: extract_figures(big))
    flat = re.sub(r"[.!?;:\n]+", " ", big)[:1_000_000]
    no_breaks = _best_of(args.repeats, lambda: extract_figures(flat))
    baseline = _best_of(args.repeats, lambda: [list(digits.finditer(t)) for t in articles])
    dense = {
        name: len(text) / _best_of(args.repeats, lambda t=text: extract_figures(t), clock=time.process_time)
        for name, text in _dense_texts().items()
    }
    found = sum(len(extract_figures(t)) for t in texts)

    print(f"import sco_digital.extract.numbers: {import_ms:.1f} ms")
    print(f"text: {size:,} characters ({len(articles)} articles, {found} figures per pass over the 5 texts)")
    print(f"per article : {size / per_article:>12,.0f} chars/s  ({size / per_article / TARGET:.1f}x target)")
    print(f"one text    : {len(big) / one_text:>12,.0f} chars/s  ({len(big) / one_text / TARGET:.1f}x target)")
    print(f"no breaks   : {len(flat) / no_breaks:>12,.0f} chars/s  (1 MB, one line, no sentence ends)")
    for name, speed in dense.items():
        print(f"{name:12}: {speed:>12,.0f} chars/s  (number-dense, CPU time of this process)")
    cost = per_article / baseline
    print(f"baseline \\d+: {size / baseline:>12,.0f} chars/s  (extraction costs {cost:.0f}x a digit scan)")

    try:
        from quantulum3 import parser as quantulum  # type: ignore[import-not-found]
    except ImportError:
        print("quantulum3   : not installed (optional, for comparison only)")
    else:
        english = [t for t in articles if " the " in t][: max(1, len(articles) // 20)]
        english_size = sum(map(len, english))
        took = _best_of(1, lambda: [quantulum.parse(t) for t in english])
        print(f"quantulum3   : {english_size / took:>12,.0f} chars/s on {english_size:,} English characters")
    return 0 if size / per_article >= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
