"""Extraction quality and speed: precision, recall, F1 and qualifier accuracy on a labelled set.

The labelled set is (1) the five built-in articles, scored in extraction-only mode against their
curated figures, (2) the hand-labelled passages in `data/passages.yaml` (English and German,
including passages that must yield nothing) and (3) real news nobody on the project wrote,
`data/news/texts/*.txt` with hand labels in `data/news/labels/*.yaml` (see its README), scored
per language and per unit kind (percent, count, money, physical, times) with qualifier and change
accuracy over the matched figures. The extractor never sees the labels. A match: overlapping
span, same value (relative 1e-9), same unit. The label sets have no basis point (100 basis points
are written as 1 percentage_point there), so a figure in basis points is compared as that.

    python benchmarks/extract_quality.py                  # sco-digital's extractor
    python benchmarks/extract_quality.py --news-dir DIR   # real news from another folder
    python benchmarks/extract_quality.py --misses         # list the news misses and false positives
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
    change: str | None = None


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


def _occurrence(text: str, needle: str, n: int) -> int:
    """Offset of the ``n``-th (1-based) occurrence of ``needle``, overlapping ones counted."""
    at = -1
    for _ in range(n):
        at = text.find(needle, at + 1)
        if at < 0:
            raise ValueError(f"{needle!r} occurs fewer than {n} times")
    return at


def news_docs(folder: Path) -> list[Doc]:
    """Real news: ``texts/<id>.txt`` with labels ``labels/<id>.yaml`` (text, occurrence, value, …)."""
    docs = []
    for label_path in sorted((folder / "labels").glob("*.yaml")):
        text_path = folder / "texts" / (label_path.stem + ".txt")
        if not text_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8")
        label = yaml.safe_load(label_path.read_text(encoding="utf-8")) or {}
        gold = []
        for fig in label.get("figures") or []:
            start = _occurrence(text, fig["text"], int(fig.get("occurrence") or 1))
            gold.append(Gold(label_path.stem, start, start + len(fig["text"]), fig["value"], _per_year(fig["unit"]),
                             fig.get("qualifier") or "exact", fig.get("change")))
        docs.append(Doc(label_path.stem, label.get("language") or label_path.stem[:2], text, gold))
    return docs


@dataclass(frozen=True)
class Predicted:
    start: int
    end: int
    value: float
    unit: str
    qualifier: str | None
    change: str | None = None


def sco_digital_extractor(doc: Doc) -> list[Predicted]:
    return [Predicted(f.start, f.end, *_as_labelled(f.value, f.unit), f.qualifier, f.change)
            for f in extract_figures(doc.text, doc.language)]


def _as_labelled(value: float, unit: str) -> tuple[float, str]:
    """A value in the labels' units: basis points as percentage points ("16 basis points" = 0.16)."""
    return (value / 100, "percentage_point") if unit == "basis_point" else (value, unit)


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


PERCENTS = ("percent", "percentage_point")


def _per_year(unit: str) -> str:
    """A label's "per annum" ("t/a", as some sets write it) in the contract's spelling ("t/yr")."""
    return unit[:-2] + "/yr" if isinstance(unit, str) and unit.endswith("/a") else unit


def unit_kind(unit: str) -> str:
    """percent | count | money | times | physical."""
    if unit in PERCENTS:
        return "percent"
    if unit in ("count", "times"):
        return unit
    head = unit.split("/")[0]
    return "money" if len(head) == 3 and head.isupper() and head.isalpha() else "physical"


def align(doc: Doc, predicted: list[Predicted]) -> tuple[list[tuple[Predicted, Gold]], list[Predicted], list[Gold]]:
    """(matched pairs, false positives, misses) of one document."""
    unmatched = list(doc.gold)
    pairs, false = [], []
    for p in predicted:
        hit = next((g for g in unmatched if p.start < g.end and g.start < p.end and _same_value(p.value, g.value)
                    and p.unit == g.unit), None)
        if hit is None:
            false.append(p)
            continue
        unmatched.remove(hit)
        pairs.append((p, hit))
    return pairs, false, unmatched


def score(docs: list[Doc], extractor, kind: str | None = None) -> dict[str, float]:
    """P/R/F1 (of figures of unit ``kind`` only, when given), qualifier and change accuracy."""
    tp = fp = fn = qualifier_ok = change_ok = 0
    for doc in docs:
        pairs, false, missed = align(doc, extractor(doc))
        if kind is not None:
            pairs = [(p, g) for p, g in pairs if unit_kind(g.unit) == kind]
            false = [p for p in false if unit_kind(p.unit) == kind]
            missed = [g for g in missed if unit_kind(g.unit) == kind]
        tp += len(pairs)
        fp += len(false)
        fn += len(missed)
        qualifier_ok += sum(p.qualifier == g.qualifier for p, g in pairs)
        change_ok += sum(p.change == g.change for p, g in pairs)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1,
            "qualifier_accuracy": qualifier_ok / tp if tp else 0.0,
            "change_accuracy": change_ok / tp if tp else 0.0}


def _line(name: str, label: str, s: dict[str, float]) -> str:
    return (f"{name:12} {label:18} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f} "
            f"qualifiers={s['qualifier_accuracy']:.3f} change={s['change_accuracy']:.3f}  "
            f"(tp={s['tp']} fp={s['fp']} fn={s['fn']})")


def report_news(name: str, docs: list[Doc], extractor, misses: bool) -> None:
    """Real news per language and per unit kind."""
    for language in sorted({d.language for d in docs}) + ["all"]:
        subset = docs if language == "all" else [d for d in docs if d.language == language]
        print(_line(name, f"news {language}", score(subset, extractor)))
        for kind in ("percent", "count", "money", "physical", "times"):
            s = score(subset, extractor, kind)
            if s["tp"] + s["fp"] + s["fn"]:
                print(_line(name, f"  {language} {kind}", s))
    if misses:
        for doc in docs:
            pairs, false, missed = align(doc, extractor(doc))
            for g in missed:
                print(f"  MISS {doc.id} {doc.text[g.start:g.end]!r} {g.value} {g.unit} | "
                      f"{doc.text[max(0, g.start - 50):g.end + 30]!r}")
            for p in false:
                print(f"  FP   {doc.id} {doc.text[p.start:p.end]!r} {p.value} {p.unit} | "
                      f"{doc.text[max(0, p.start - 50):p.end + 30]!r}")
            for p, g in pairs:
                if p.qualifier != g.qualifier or p.change != g.change:
                    print(f"  QUAL {doc.id} {doc.text[g.start:g.end]!r} got {p.qualifier}/{p.change} "
                          f"want {g.qualifier}/{g.change} | {doc.text[max(0, g.start - 50):g.end + 30]!r}")


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
    parser.add_argument("--news-dir", type=Path, default=HERE / "data" / "news",
                        help="real news: texts/*.txt and labels/*.yaml (default: benchmarks/data/news)")
    parser.add_argument("--misses", action="store_true", help="list the news misses and false positives")
    args = parser.parse_args()
    docs = labelled_docs()
    report("sco-digital", docs, sco_digital_extractor, args.chars)
    news = news_docs(args.news_dir) if (args.news_dir / "labels").is_dir() else []
    if news:
        report_news("sco-digital", news, sco_digital_extractor, args.misses)
    else:
        print(f"sco-digital  news              no labelled news in {args.news_dir}")
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
