"""Extraction quality and speed: precision, recall, F1 and qualifier accuracy on a labelled set.

The labelled set is (1) the five built-in articles, scored in extraction-only mode against their
curated figures, and (2) the hand-labelled passages in `data/passages.yaml` (English and German,
including passages that must yield nothing). The extractor never sees the labels.

    python benchmarks/extract_quality.py                  # sco-digital's extractor
    python benchmarks/extract_quality.py --quantulum3     # also quantulum3, on the English texts

quantulum3 is not a dependency: install it only in the benchmark's own environment, e.g.
`python -m venv /tmp/qv && /tmp/qv/bin/pip install quantulum3 -e .` and run this script with
`/tmp/qv/bin/python`.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from sco_digital import load_corpus  # noqa: E402
from sco_digital.extract.numbers import extract_figures  # noqa: E402


@dataclass(frozen=True)
class Gold:
    doc: str
    start: int
    end: int
    value: float
    unit: str
    qualifier: str


@dataclass
class Doc:
    id: str
    language: str
    text: str
    gold: list[Gold]


def labelled_docs() -> list[Doc]:
    docs = []
    corpus = load_corpus(HERE.parent / "corpus", use_cache=False)
    for article in corpus.articles:
        gold = [Gold(article.id, int(f.id.split(":")[1]), int(f.id.split(":")[1]) + len(f.text), f.value, f.unit,
                     f.qualifier) for f in corpus.figures_in(article.id)]
        docs.append(Doc(article.id, article.language or "en", article.text, gold))
    data = yaml.safe_load((HERE / "data" / "passages.yaml").read_text(encoding="utf-8"))
    for i, passage in enumerate(data["passages"]):
        doc_id = f"p{i:02d}"
        gold = []
        for fig in passage["figures"]:
            start = passage["text"].index(fig["text"])
            gold.append(Gold(doc_id, start, start + len(fig["text"]), fig["value"], fig["unit"], fig["qualifier"]))
        docs.append(Doc(doc_id, passage["lang"], passage["text"], gold))
    return docs


@dataclass(frozen=True)
class Predicted:
    start: int
    end: int
    value: float
    unit: str
    qualifier: str | None


def sco_digital_extractor(doc: Doc) -> list[Predicted]:
    return [Predicted(f.start, f.end, f.value, f.unit, f.qualifier) for f in extract_figures(doc.text, doc.language)]


def quantulum3_extractor(doc: Doc) -> list[Predicted]:
    from quantulum3 import parser

    out = []
    for q in parser.parse(doc.text):
        name = q.unit.name
        unit = "percent" if name == "percentage" else ("count" if name == "dimensionless" else
                                                        {"dollar": "USD", "euro": "EUR", "yuan": "CNY"}.get(name, name))
        out.append(Predicted(q.span[0], q.span[1], q.value, unit, None))
    return out


def _same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def score(docs: list[Doc], extractor) -> dict[str, float]:
    tp = fp = fn = qualifier_ok = 0
    for doc in docs:
        predicted = extractor(doc)
        unmatched = list(doc.gold)
        for p in predicted:
            hit = next((g for g in unmatched if p.start < g.end and g.start < p.end and _same_value(p.value, g.value)
                        and p.unit == g.unit), None)
            if hit is None:
                fp += 1
                continue
            unmatched.remove(hit)
            tp += 1
            qualifier_ok += p.qualifier == hit.qualifier
        fn += len(unmatched)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1,
            "qualifier_accuracy": qualifier_ok / tp if tp else 0.0}


def throughput(docs: list[Doc], extractor, target_chars: int = 2_000_000) -> float:
    """Characters per second on one core, over the labelled texts repeated to `target_chars`."""
    text = "\n\n".join(d.text for d in docs)
    big = Doc("big", "en", text * max(1, target_chars // len(text)), [])
    runs = []
    for _ in range(3):
        t0 = time.perf_counter()
        extractor(big)
        runs.append(time.perf_counter() - t0)
    return len(big.text) / statistics.median(runs)


def report(name: str, docs: list[Doc], extractor, chars: int) -> None:
    for label, subset in (("built-in articles", [d for d in docs if not d.id.startswith("p")]),
                          ("labelled passages", [d for d in docs if d.id.startswith("p")]),
                          ("all", docs)):
        s = score(subset, extractor)
        print(f"{name:12} {label:18} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f} "
              f"qualifiers={s['qualifier_accuracy']:.3f}  (tp={s['tp']} fp={s['fp']} fn={s['fn']})")
    print(f"{name:12} throughput        {throughput(docs, extractor, chars) / 1e6:.3g} MB/s (characters, one core)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quantulum3", action="store_true", help="also score quantulum3 on the English texts")
    parser.add_argument("--chars", type=int, default=2_000_000, help="text size for the throughput run")
    args = parser.parse_args()
    docs = labelled_docs()
    report("sco-digital", docs, sco_digital_extractor, args.chars)
    if args.quantulum3:
        english = [d for d in docs if d.language == "en"]
        print("-- English texts only:")
        report("sco-digital", english, sco_digital_extractor, args.chars // 10)
        t0 = time.perf_counter()
        import quantulum3.parser  # noqa: F401

        print(f"quantulum3   import            {time.perf_counter() - t0:.2f} s")
        report("quantulum3", english, quantulum3_extractor, args.chars // 10)


if __name__ == "__main__":
    main()
