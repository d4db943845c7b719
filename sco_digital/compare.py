"""Compare articles: shared, only-here and conflicting figures, actors, initiatives and topics.

Figures pair up when they have the same statistic key (`facts.statistic_key`): the same curated
metric, or the same measure, period, subject and unit. A pair whose values agree within rounding
and qualifiers is shared; otherwise it is a conflict, shown beside the agreements. Figures that
merely share a value are not paired.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .facts import all_agree, precision_of, statistic_key
from .records import Figure

if TYPE_CHECKING:
    from .corpus import Corpus


@dataclass(frozen=True, slots=True)
class FigurePair:
    """One statistic as two articles state it: `a` from the first, `b` from the second."""

    a: Figure
    b: Figure


@dataclass(frozen=True, slots=True)
class FigureOverlap:
    shared: tuple[FigurePair, ...]
    only: dict[str, tuple[Figure, ...]]
    conflicts: tuple[FigurePair, ...]


@dataclass(frozen=True, slots=True)
class Overlap:
    """Ids both articles have, and the ones only one of them has."""

    shared: tuple[str, ...]
    only: dict[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two articles compared; `similarity` in [0, 1] (see `SIMILARITY_WEIGHTS`)."""

    articles: tuple[str, ...]
    similarity: float
    figures: FigureOverlap
    actors: Overlap
    initiatives: Overlap
    topics: Overlap


@dataclass(frozen=True, slots=True)
class GroupFigures:
    """For three or more articles: the facts every one reports (their figures), each article's
    figures no other article reports, and the conflicts of every pair."""

    shared: tuple[tuple[Figure, ...], ...]
    only: dict[str, tuple[Figure, ...]]
    conflicts: tuple[FigurePair, ...]


@dataclass(frozen=True, slots=True)
class GroupComparison:
    articles: tuple[str, ...]
    similarity: float
    figures: GroupFigures
    actors: Overlap
    initiatives: Overlap
    topics: Overlap
    pairs: tuple[Comparison, ...]


def _overlap(a_id: str, b_id: str, a: list[str], b: list[str]) -> Overlap:
    return Overlap(
        shared=tuple(x for x in a if x in b),
        only={a_id: tuple(x for x in a if x not in b), b_id: tuple(x for x in b if x not in a)},
    )


def _jaccard(overlap: Overlap) -> float | None:
    union = len(overlap.shared) + sum(len(v) for v in overlap.only.values())
    return None if union == 0 else len(overlap.shared) / union


# Statistics both report say most about whether two articles tell one story: actors and topics
# (China, trade) are shared by unrelated reports of one field as well.
SIMILARITY_WEIGHTS = {"figures": 0.6, "actors": 0.2, "initiatives": 0.1, "topics": 0.1}


def align_figures(fa: list[Figure], fb: list[Figure]) -> tuple[list[FigurePair], list[FigurePair]]:
    """Pairs of figures that state one statistic, agreeing (shared) or not (conflicts).

    First by statistic key: each figure of `fa` in order takes the first unpaired figure of `fb`
    with its key; a repeat (a second figure of `fa` with a key already paired) is paired with that
    key's first partner, so no figure of a matched statistic is reported as only-here. Then, for
    two reports of one story that leave the period or subject unsaid on one side ("in the first
    four months" in a German text without a date), figures of the same measure and unit whose
    period and subject do not contradict each other pair when their values agree and are close —
    a value alone never pairs. Left over, a measure that each report states once, with values
    that disagree, is a conflict (see `_lone_disagreements`).
    """
    by_key: dict[str, list[Figure]] = {}
    for y in fb:
        key = statistic_key(y)
        if key is not None and not key.startswith("article:"):
            by_key.setdefault(key, []).append(y)
    shared: list[FigurePair] = []
    conflicts: list[FigurePair] = []
    first_partner: dict[str, Figure] = {}
    rest: list[Figure] = []
    for x in fa:
        key = statistic_key(x)
        candidates = by_key.get(key or "")
        if not candidates and key not in first_partner:
            rest.append(x)
            continue
        y = candidates.pop(0) if candidates else first_partner[key or ""]
        first_partner.setdefault(key or "", y)
        (shared if all_agree((x, y)) else conflicts).append(FigurePair(x, y))
    paired = {p.b.id for p in (*shared, *conflicts)}
    open_b = [y for y in fb if y.id not in paired and y.measure]
    unmatched: list[Figure] = []
    for x in rest:
        if not x.measure:
            continue
        fits = [y for y in open_b if _compatible(x, y) and _close(x, y)]
        if fits:
            y = max(fits, key=lambda y: (x.period == y.period) + (x.subject == y.subject))
            open_b.remove(y)
            shared.append(FigurePair(x, y))
        else:
            unmatched.append(x)
    conflicts.extend(_lone_disagreements(unmatched, open_b))
    return shared, conflicts


def _close(a: Figure, b: Figure) -> bool:
    """Values that agree and are near each other (within 15 %): "up to $35 billion" allows 24
    billion, but is no evidence that the two state one statistic."""
    return all_agree((a, b)) and abs(a.value - b.value) <= 0.15 * max(abs(a.value), abs(b.value)) + \
        max(precision_of(a), precision_of(b))


def _same_magnitude(a: Figure, b: Figure) -> bool:
    """Within a factor of two: reports that disagree still report one order of amount."""
    big, small = max(abs(a.value), abs(b.value)), min(abs(a.value), abs(b.value))
    return small > 0 and big <= 2 * small


def _lone_disagreements(fa: list[Figure], fb: list[Figure]) -> list[FigurePair]:
    """Unpaired figures that can only be each other: of all unpaired figures of the two articles,
    the one value each states for a measure, unit and not contradictory period and subject.
    These are one statistic reported differently ("240 Milliarden Dollar" in one report, "$227
    billion" in the other). A cap or target ("up to") is no report of a value."""
    def candidates(x: Figure, pool: list[Figure]) -> set[float | int]:
        return {y.value for y in pool if y.qualifier != "up_to" and _compatible(x, y) and _same_magnitude(x, y)}

    found = []
    for x in fa:
        if x.qualifier == "up_to" or not (x.period or x.subject):
            continue
        values = candidates(x, fb)
        if len(values) != 1:
            continue
        y = next(y for y in fb if y.value in values and _compatible(x, y) and _same_magnitude(x, y))
        if (y.period or y.subject) and len(candidates(y, fa)) == 1 and not all_agree((x, y)):
            found.append(FigurePair(x, y))
    return found


def _compatible(a: Figure, b: Figure) -> bool:
    """Same measure and unit; period and subject equal or unsaid on one side (a subject with a
    partner fits the same subject without one)."""
    if a.measure != b.measure or a.unit != b.unit:
        return False
    if a.period and b.period and a.period != b.period:
        return False
    if a.subject and b.subject and a.subject != b.subject:
        # "china>kazakhstan" fits "kazakhstan" (the partner unsaid), not "china>russia".
        one, other = sorted((a.subject.split(">"), b.subject.split(">")), key=len)
        return len(one) == 1 and one[0] in other
    return True


def compare_pair(corpus: "Corpus", a_id: str, b_id: str) -> Comparison:
    """Shared, only-here and conflicting records of two articles, with a similarity in [0, 1]."""
    fa, fb = corpus.figures_in(a_id), corpus.figures_in(b_id)
    shared, conflicts = align_figures(fa, fb)
    used = {f.id for p in (*shared, *conflicts) for f in (p.a, p.b)}
    # A repeat in `b` of a statistic paired with `a` is not only-here either.
    paired_keys = {statistic_key(p.b) for p in (*shared, *conflicts)}
    only = {a_id: tuple(x for x in fa if x.id not in used),
            b_id: tuple(y for y in fb if y.id not in used and statistic_key(y) not in paired_keys)}
    actors = _overlap(a_id, b_id, [r.id for r in corpus.actors_in(a_id)], [r.id for r in corpus.actors_in(b_id)])
    initiatives = _overlap(a_id, b_id, [r.id for r in corpus.initiatives_in(a_id)],
                           [r.id for r in corpus.initiatives_in(b_id)])
    topics = _overlap(a_id, b_id, corpus.topics_of(a_id), corpus.topics_of(b_id))
    # Figures: paired statistics over the figures of the shorter report (an excerpt and a full
    # report of one story share all of the excerpt's statistics).
    distinct_pairs = len({p.a.id for p in (*shared, *conflicts)})
    fewer = min(distinct_pairs + len(only[a_id]), distinct_pairs + len(only[b_id]))
    parts = {
        "figures": None if not (fa or fb) else (distinct_pairs / fewer if fewer else 0.0),
        "actors": _jaccard(actors),
        "initiatives": _jaccard(initiatives),
        "topics": _jaccard(topics),
    }
    weighted = [(SIMILARITY_WEIGHTS[k], v) for k, v in parts.items() if v is not None]
    total = sum(w for w, _ in weighted)
    similarity = round(sum(w * v for w, v in weighted) / total, 3) if total else 0.0
    return Comparison(
        articles=(a_id, b_id), similarity=similarity,
        figures=FigureOverlap(shared=tuple(shared), only=only, conflicts=tuple(conflicts)),
        actors=actors, initiatives=initiatives, topics=topics,
    )


def compare(corpus: "Corpus", article_ids: list[str]) -> Comparison | GroupComparison:
    """Compare two articles, or every pair of three or more plus what all of them share."""
    from .errors import UsageError

    unique = list(dict.fromkeys(article_ids))
    if len(unique) < 2:
        raise UsageError("compare needs at least two different article ids")
    known = [a.id for a in corpus.articles]
    unknown = [a for a in unique if a not in known]
    if len(unknown) == 1:
        corpus.article(unknown[0])  # raises UnknownId with near matches
    if unknown:
        raise UsageError(f"unknown article ids {', '.join(map(repr, unknown))}; known: {', '.join(known)}")
    if len(unique) == 2:
        return compare_pair(corpus, *unique)
    pairs = tuple(compare_pair(corpus, a, b) for i, a in enumerate(unique) for b in unique[i + 1:])
    ids_of = {
        "actors": lambda a: [r.id for r in corpus.actors_in(a)],
        "initiatives": lambda a: [r.id for r in corpus.initiatives_in(a)],
        "topics": corpus.topics_of,
    }
    overlaps: dict[str, Overlap] = {}
    for kind, getter in ids_of.items():
        per_article = {a: getter(a) for a in unique}
        overlaps[kind] = Overlap(
            shared=tuple(x for x in per_article[unique[0]] if all(x in per_article[o] for o in unique[1:])),
            only={a: tuple(x for x in xs if not any(x in per_article[o] for o in unique if o != a))
                  for a, xs in per_article.items()},
        )
    return GroupComparison(
        articles=tuple(unique),
        similarity=round(sum(p.similarity for p in pairs) / len(pairs), 3),
        figures=_figures_across(corpus, unique, pairs),
        actors=overlaps["actors"], initiatives=overlaps["initiatives"], topics=overlaps["topics"],
        pairs=pairs,
    )


def _figures_across(corpus: "Corpus", article_ids: list[str], pairs: tuple[Comparison, ...]) -> GroupFigures:
    """The same shape as a pair's figures, for several articles: a shared entry is the facts
    every article reports; `only` the figures no other article reports; conflicts from the pairs."""
    shared = tuple(
        tuple(f for f in corpus.figures if f.id in fact.figures and f.article in article_ids)
        for fact in corpus.facts if all(a in fact.articles for a in article_ids)
    )
    paired = {f.id for p in pairs for pair in (*p.figures.shared, *p.figures.conflicts) for f in (pair.a, pair.b)}
    return GroupFigures(
        shared=shared,
        only={a: tuple(f for f in corpus.figures_in(a) if f.id not in paired) for a in article_ids},
        conflicts=tuple(c for p in pairs for c in p.figures.conflicts),
    )
