"""Alignment quality on German/English pairs nobody annotated for the tool: pairing, conflicts,
false merges, similarity.

The pairs folder holds `texts/pNN-{de,en}.txt` (a plain corpus: no sidecars, no registries) and
`labels/pNN.yaml` (`kind: same-story|control`, `statistics: [{de: {text, occurrence}, en: {text,
occurrence}, agree, …}]`). The tool never sees the labels. Measured:

- pairing P/R/F1: a predicted pair is two figures, one per article of a pair, that `compare`
  pairs (same statistic key); it is right when the figures' spans overlap the `text` of one
  labelled statistic, de and en;
- conflicts found (labelled `agree: false` and predicted as a conflict) and false conflicts
  (predicted conflicts that are not a labelled disagreement);
- pairs predicted in controls (should be none);
- wrong multi-article facts over the whole folder: a fact joining figures of two articles that
  no label says state the same statistic;
- the similarity of same-story pairs and of controls.

    python benchmarks/align_quality.py [--pairs-dir benchmarks/data/pairs] [--verbose]
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from sco_digital import load_corpus  # noqa: E402
from sco_digital.compare import compare_pair  # noqa: E402
from sco_digital.load.sidecar import locate  # noqa: E402
from sco_digital.records import Figure  # noqa: E402


@dataclass(frozen=True)
class Span:
    article: str
    start: int
    end: int
    text: str = ""
    value: object = None
    unit: str = ""


@dataclass(frozen=True)
class GoldStatistic:
    pair: str
    de: Span
    en: Span
    agree: bool
    said: tuple[str, str] = ("", "")  # the label's subject and period, folded: what it is of, and when


def span_of(figure: Figure) -> Span:
    return Span(figure.article, figure.start, figure.start + len(figure.text), figure.text, figure.value,
                figure.unit)


def overlaps(a: Span, b: Span) -> bool:
    return a.article == b.article and a.start < b.end and b.start < a.end


# (value, unit) of the figure found at each labelled span: a figure of the same article with the
# same value and unit is a repeat of it (a headline and its body: one statistic, one label).
LABELLED: dict[Span, tuple[object, str]] = {}


def same_figure(a: Span, label: Span, level: int = 2) -> bool:
    """A found figure is the labelled one when it overlaps the label, or repeats the labelled
    figure's value and unit elsewhere in the same article, maybe rounded (a headline's "30 pct"
    for the body's "30.1 percent": labellers label the body's figure, not each repeat).
    `level` 0: overlap only; 1: or an equal repeat; 2: or a rounded one."""
    if overlaps(a, label):
        return True
    if level == 0 or a.article != label.article or label not in LABELLED:
        return False
    value, unit = LABELLED[label]
    return unit == a.unit and (value == a.value or (level == 2 and _rounds_to(a.value, a.text, value)))


def _rounds_to(short: object, written: str, full: object) -> bool:
    """Whether `short`, written with as many significant digits as `written` shows, is `full`
    rounded (a less precise repeat: "30" of "30.1", "1.4 billion" of "1.35 billion" is not)."""
    if not isinstance(short, (int, float)) or not isinstance(full, (int, float)) or not full or not short:
        return False
    digits = "".join(c for c in written.split(" ")[0] if c.isdigit()).strip("0") or "0"
    if len(digits) >= len("".join(c for c in repr(float(full)) if c.isdigit()).strip("0")):
        return False  # as precise as the label: an equal value would have been equal
    step = 10 ** (math.floor(math.log10(abs(full))) - len(digits) + 1)
    return abs(round(full / step) * step - short) < step * 1e-6


def read_gold(pairs_dir: Path, texts: dict[str, str]) -> tuple[dict[str, str], list[GoldStatistic]]:
    kinds: dict[str, str] = {}
    gold: list[GoldStatistic] = []
    for label in sorted((pairs_dir / "labels").glob("*.yaml")):
        data = yaml.safe_load(label.read_text(encoding="utf-8"))
        name = label.stem
        kinds[name] = data["kind"]
        for stat in data.get("statistics") or []:
            spans = {}
            for lang in ("de", "en"):
                article = f"{name}-{lang}"
                quote = stat[lang]["text"]
                start = locate(texts[article], quote, int(stat[lang].get("occurrence") or 1))
                if start < 0:
                    raise SystemExit(f"{name}: {quote!r} not in {article}")
                spans[lang] = Span(article, start, start + len(quote), quote)
            said = tuple(" ".join(str(stat.get(key) or "").casefold().split()) for key in ("subject", "period"))
            gold.append(GoldStatistic(name, spans["de"], spans["en"], bool(stat.get("agree", True)), said))
    return kinds, gold


def matching_gold(a: Figure, b: Figure, gold: list[GoldStatistic]) -> GoldStatistic | None:
    sa, sb = span_of(a), span_of(b)
    for level in (0, 1, 2):  # the label a figure is, before one it repeats
        for g in gold:
            if ((same_figure(sa, g.de, level) and same_figure(sb, g.en, level))
                    or (same_figure(sa, g.en, level) and same_figure(sb, g.de, level))):
                return g
    return None


def _labelled_alike(a: Figure, b: Figure, gold: list[GoldStatistic]) -> bool:
    """Whether `a` and `b` (of different pairs) are each a labelled statistic of its own pair and
    the two labels name the same subject and period (the measure is described in free words, so it
    is not compared). Such a join is not counted as right; it is only shown apart."""
    def said(f: Figure) -> tuple[str, str] | None:
        span = span_of(f)
        return next((g.said for g in gold if same_figure(span, g.de) or same_figure(span, g.en)), None)

    first, second = said(a), said(b)
    return first is not None and first == second and "" not in first


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs-dir", type=Path, default=HERE / "data" / "pairs")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss and false pair")
    args = parser.parse_args()
    if "SCO_DIGITAL_CACHE_DIR" in os.environ:
        return _measure(args)
    with tempfile.TemporaryDirectory(prefix="align-quality-") as cache:  # a private cache, removed after
        os.environ["SCO_DIGITAL_CACHE_DIR"] = cache
        try:
            return _measure(args)
        finally:
            del os.environ["SCO_DIGITAL_CACHE_DIR"]


def _measure(args: argparse.Namespace) -> int:
    corpus = load_corpus(args.pairs_dir / "texts")
    texts = {a.id: a.text for a in corpus.articles}
    kinds, gold = read_gold(args.pairs_dir, texts)
    for g in gold:
        for label in (g.de, g.en):
            found = next((f for f in corpus.figures if overlaps(span_of(f), label)), None)
            if found is not None:
                LABELLED[label] = (found.value, found.unit)

    tp = fp = 0
    found_gold: set[GoldStatistic] = set()
    conflicts_found: set[GoldStatistic] = set()
    false_conflicts = control_pairs = 0
    similarity: dict[str, list[float]] = {"same-story": [], "control": []}
    misses: list[str] = []
    for name, kind in sorted(kinds.items()):
        result = compare_pair(corpus, f"{name}-de", f"{name}-en")
        similarity[kind].append(result.similarity)
        pair_gold = [g for g in gold if g.pair == name]
        for pair, is_conflict in [(p, False) for p in result.figures.shared] + \
                                 [(p, True) for p in result.figures.conflicts]:
            g = matching_gold(pair.a, pair.b, pair_gold)
            if kind == "control":
                control_pairs += 1
            if g is None:
                fp += 1
                misses.append(f"  FALSE PAIR {name}: {pair.a.text!r} ~ {pair.b.text!r} ({pair.a.measure}|"
                              f"{pair.a.period}|{pair.a.subject})")
            elif g in found_gold:
                continue  # a repeat of a statistic already paired: not a second pair
            else:
                tp += 1
                found_gold.add(g)
            if is_conflict:
                if g is not None and not g.agree:
                    conflicts_found.add(g)
                else:
                    false_conflicts += 1
                    misses.append(f"  FALSE CONFLICT {name}: {pair.a.text!r} ≠ {pair.b.text!r}")
    by_span = {(f.article, span_of(f)): f for f in corpus.figures}
    for g in gold:
        if g not in found_gold:
            fa = next((f for (a, s), f in by_span.items() if overlaps(s, g.de)), None)
            fb = next((f for (a, s), f in by_span.items() if overlaps(s, g.en)), None)
            describe = [f"{f.text!r} {f.measure}|{f.period}|{f.subject}|{f.unit}" if f else "(not extracted)"
                        for f in (fa, fb)]
            misses.append(f"  MISSED {g.pair}: de {describe[0]}  ~  en {describe[1]}")
    for g in gold:
        if not g.agree and g not in conflicts_found:
            state = "paired as an agreement" if g in found_gold else "not paired"
            misses.append(f"  MISSED DISAGREEMENT {g.pair}: {g.de.text!r} / {g.en.text!r} ({state})")

    # Whole folder: facts joining figures of two articles that no label pairs.
    figures = {f.id: f for f in corpus.figures}
    wrong_facts = multi = alike_facts = 0
    for fact in corpus.facts:
        if len(fact.articles) < 2:
            continue
        multi += 1
        members = [figures[i] for i in fact.figures]
        bad = [(a, b) for i, a in enumerate(members) for b in members[i + 1:]
               if a.article != b.article and matching_gold(a, b, gold) is None]
        if bad:
            wrong_facts += 1
            a, b = bad[0]
            if all(_labelled_alike(x, y, gold) for x, y in bad):
                alike_facts += 1
            misses.append(f"  WRONG FACT {fact.id}: {a.article} {a.text!r} + {b.article} {b.text!r} ({fact.statement})")

    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = len(found_gold) / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    disagreements = [g for g in gold if not g.agree]
    print(f"pairs: {sum(k == 'same-story' for k in kinds.values())} same-story, "
          f"{sum(k == 'control' for k in kinds.values())} controls; {len(gold)} labelled statistic pairs")
    print(f"pairing: precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  (tp {tp}, fp {fp}, "
          f"missed {len(gold) - len(found_gold)})")
    print(f"conflicts: found {len(conflicts_found)} of {len(disagreements)}, false {false_conflicts}")
    print(f"pairs in controls: {control_pairs}")
    print(f"multi-article facts over the folder: {multi}, wrong {wrong_facts}"
          + (f" (of which {alike_facts} join figures each labelled, in its own pair, with one subject and period: "
             "likely one statistic two stories report)" if alike_facts else ""))
    for kind, values in similarity.items():
        if values:
            print(f"similarity {kind}: min {min(values):.3f}  median {statistics.median(values):.3f}  "
                  f"max {max(values):.3f}  ({', '.join(f'{v:.2f}' for v in values)})")
    if args.verbose:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
