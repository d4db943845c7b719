"""Compare articles: shared, only-here and conflicting figures, actors, initiatives and topics.

Figures of two articles are aligned one to one by a score (`align_figures`): the same curated
metric, or one unit and status (level or change), values that agree within rounding, and a
measure, period and subject that are equal, compatible (a concept and its broader one) or unsaid
on one side. A pair whose values agree is shared; the same statistic beyond doubt with values
that disagree is a conflict, shown beside the agreements (`_conflict`: silence beats a false
conflict). Figures that merely share a value are not paired, a forecast never pairs with a
result, and values that agree only within rounding need a known measure and period.

All of this only within one story: a gate computed without the figure alignment
(`story_evidence`: numbers written alike, periods, actors both name — found in both, or found in
one and named in the other's text) decides first.

A period unsaid on one side (an undated page's "im vergangenen Jahr") is compatible with a stated
one only here, inside a pair that passed the gate, and only for the one value of that measure in
each article; across a folder a figure without a period joins nothing beyond its own article
(`facts.statistic_key`); "the one value" counts values of its order of amount (`sole_values`).
Within a story a subject carried from another sentence (`inferred_subjects`) does not keep an
agreement apart.
Below `STORY_GATE` no conflict is reported and only fully keyed, identically written figures
pair; above it, identically written values may also pair across near measures (`_near_pair`);
above `SURE_STORY`, higher than any unrelated pair reaches, a value written alike and stated once
on each side pairs whatever measure and period were read around it (`_alike_in_story`).
Similarity
weighs paired statistics, numbers written with the same digits, shared actors and concepts,
each over the smaller article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from collections.abc import Mapping
from typing import TYPE_CHECKING, TypeVar

from .contract import EXACT, RATE_UNITS
from .facts import (OF_A_WHOLE, WRITTEN_DIGITS, all_agree, as_exports, as_percent_rise, in_joining_form, is_digit_bound,
                    is_forecast, is_question, is_scope_count, is_size_class, is_vague, precision_of, measure_key, restated,
                    significant_digits, statistic_key, status_of, unit_of)
from .extract.periods import periods_agree
from .match.concepts import matcher_for
from .match.describe import CONVERTED, RESPECTIVELY, RUN_END
from .match.subject import names_for
from .records import Article, Figure

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


_FEWEST = 3  # one shared name ("China") of one named on each side is weak evidence of one story


def _by_smaller(a: set[str], b: set[str], more: int = 0) -> float | None:
    """Shared items (and `more` matched otherwise) over the smaller set (an excerpt shares all its
    items with the full report), counting at least `_FEWEST`; None when a side has none (no
    evidence either way)."""
    fewer = min(len(a), len(b))
    return None if fewer == 0 else min(1.0, (len(a & b) + more) / max(fewer, _FEWEST))


def _numbers(figures: list[Figure]) -> set[str]:
    """The digits figures are written with, without leading and trailing zeros ("10,175
    Millionen" and "10.175 million": 10175), at least three of them: identical digits in two
    reports are rarely chance, rounder numbers are."""
    out = set()
    for f in figures:
        m = WRITTEN_DIGITS.search(f.text)
        digits = re.sub(r"\D", "", m.group()).strip("0") if m else ""
        if len(digits) >= 3:
            out.add(digits)
    return out


_MOST_NUMBERS = 200  # numbers of one article compared with the other's for rounding: bounded


def rounded_alike(na: set[str], nb: set[str]) -> int:
    """How many numbers of one side the other writes more precisely, rounded to the digits of
    the first ("132 billion" and "132,07 Milliarden", "25.4" and "25,35"): one report rounding
    another's number, as rarely chance as the same digits. Digit strings as `_numbers` gives them."""
    found = 0
    for short, long in ((sorted(na)[:_MOST_NUMBERS], sorted(nb)[:_MOST_NUMBERS]),
                        (sorted(nb)[:_MOST_NUMBERS], sorted(na)[:_MOST_NUMBERS])):
        for d in short:
            if any(len(e) > len(d) and _rounded_digits(e, len(d)) == d for e in long):
                found += 1
    return found


def _rounded_digits(digits: str, keep: int) -> str:
    """`digits` rounded half up to its first `keep` digits ("13207", 3 → "132"; "1299", 3 → "130"
    with the zero stripped, as `_numbers` strips it)."""
    rounded = str(int(digits[:keep]) + (digits[keep] >= "5"))
    return rounded.rstrip("0")


def _concepts(figures: list[Figure]) -> set[str]:
    return {c for f in figures if (c := concept_of(f))}


# Statistics both report say most about whether two articles tell one story, then numbers written
# with the same digits; actors, concepts and topics (China, trade) are shared by unrelated reports
# of one field as well, so they weigh less.
SIMILARITY_WEIGHTS = {"figures": 0.45, "numbers": 0.2, "actors": 0.15, "concepts": 0.05, "initiatives": 0.05,
                      "topics": 0.1}


def align_figures(fa: list[Figure], fb: list[Figure], broader: dict[str, str] | None = None,
                  story: bool = True, near: dict[str, frozenset[str]] | None = None,
                  inferred: frozenset[str] = frozenset(),
                  strong: bool = False, borrowed: frozenset[str] = frozenset(),
                  sure: bool = False) -> tuple[list[FigurePair], list[FigurePair]]:
    """Pairs of figures of two articles that state one statistic, agreeing (shared) or not
    (conflicts), one to one.

    Every two figures of one unit are scored (`_pair_score`): a known different measure (neither
    a kind of the other, see `broader`) or period forbids the pair; values that agree within
    rounding, the same measure, period and subject speak for it. Equal values with nothing else
    known pair only when the value is precise ("10,175 Millionen" and "10.175 million"). The best
    scored pairs are taken first, each figure once. A pair whose values disagree is a conflict
    only when it is the same statistic beyond doubt (`_conflict`).

    `story` says whether the two articles tell one story by evidence other than their figures
    (`story_evidence`). When they may not, no conflict is reported and only figures whose whole
    key is known and equal and whose values are written identically pair (`_strict_pair`). When
    they do, a value written with the same digits may pair across near measures: one side's
    measure among the concepts of the other side's sentence (`near`: figure id → concepts), or a
    level with a change when one side's clause states a direction (`Figure.change`).
    A repeat of a paired figure in its own article (headline and body) joins its pair.
    `inferred` are the ids of figures whose subject their own sentence does not name (carried
    from a sentence before, `inferred_subjects`): within a story such a subject does not keep an
    agreement apart, and it never makes a conflict.
    `strong` says whether the story evidence is far above what unrelated reports reach
    (`STRONG_STORY`): only then may a side whose period is unsaid make a conflict (`_dated`), or
    one whose period was read as of the partner's day (`borrowed`, see `_as_of_partner`).
    `sure` says whether it is above every unrelated pair seen (`SURE_STORY`): only then may a
    value written alike pair on its digits alone (`_alike_in_story`).
    """
    parents = broader or {}
    # "520 GW" and "520 million kilowatts" are one value: compared in one unit of their dimension,
    # reported as written.
    written = {f.id: f for f in (*fa, *fb)}
    fa = [in_joining_form(x) for x in fa if not is_question(x) and not is_size_class(x) and not is_vague(x)
          and not _bound_told_beside(x, fa) and not is_scope_count(x) and not _said_in_digits_after(x, fa)]
    fb = [in_joining_form(y) for y in fb if not is_question(y) and not is_size_class(y) and not is_vague(y)
          and not _bound_told_beside(y, fb) and not is_scope_count(y) and not _said_in_digits_after(y, fb)]
    fa, fb = _multiples_as_percent(fa, fb), _multiples_as_percent(fb, fa)
    lone = lone_values(fa) | lone_values(fb)
    sole = sole_values(fa) | sole_values(fb)
    sole_of_subject = sole_values(fa, of_subject=True) | sole_values(fb, of_subject=True)
    buckets: dict[str, list[Figure]] = {}
    for y in fb:
        buckets.setdefault(unit_of(y), []).append(y)
    # A value written alike yields to a figure of the other side whose whole key is its own ("32 %"
    # more trade with Kyrgyzstan is not the "32 percent" of Kazakhstan's when the English report
    # gives Kyrgyzstan's as "28.8 percent"): that one is the rival to weigh.
    keyed_a, keyed_b = _by_whole_key(fa), _by_whole_key(fb)
    scored: list[tuple[float, Figure, Figure]] = []
    rounded: list[tuple[Figure, Figure]] = []  # candidates of `_rounded_in_story`
    for x in fa:
        for y in buckets.get(unit_of(x), ()):
            if x.change and y.change and x.change != y.change and not strong:
                # "erhöht um 100 Basispunkte" and "reduced by 100 basis points": two moves; only a
                # sure story lets one side's direction be a misreading
                continue
            if not story:
                score = 10.0 if _strict_pair(x, y) else None
            elif status_of(x) == status_of(y):
                score = _pair_score(x, y, parents, sole, inferred, lone, sole_of_subject, strong)
                if score is None:
                    score = _near_pair(x, y, parents, near or {}, lone, strong)
            else:
                score = _near_pair(x, y, parents, near or {}, lone, strong)
            if score is None and (sure or (strong and _fits_as_read(x, y))) and _alike_in_story(x, y, lone):
                score = _ALIKE_APART if x.change and y.change and x.change != y.change else _ALIKE_ONLY
            if score is not None and _keyed_elsewhere(x, y, keyed_a, keyed_b):
                continue
            if score is None and strong and _rounded_in_story(x, y, lone, parents):
                rounded.append((x, y))
            if score is not None:
                scored.append((score, x, y))
        # A daily rate one report writes without its "a day" ("10,49 Millionen Barrel" gefördert
        # and "10.49 million barrels daily"): the same digits, precise, within a story
        for y in buckets.get(_daily_sibling(unit_of(x)), ()) if story and (sure or strong) else ():
            if min(significant_digits(x), significant_digits(y)) >= _DAILY_DIGITS \
                    and _alike_in_story(x, replace(y, unit=x.unit), lone) \
                    and not _keyed_elsewhere(x, y, keyed_a, keyed_b):
                scored.append((_ALIKE_ONLY, x, y))
    scored.extend((_ALIKE_ONLY, x, y) for x, y in _each_once(rounded))
    scored.sort(key=lambda s: -s[0])  # stable: text order among equal scores
    taken_a: dict[str, Figure] = {}
    taken_b: set[str] = set()
    shared: list[FigurePair] = []
    conflicts: list[FigurePair] = []
    alike_only: set[str] = set()  # ids of `a` figures paired on `_alike_in_story` alone
    for score, x, y in scored:
        if x.id not in taken_a and y.id not in taken_b:
            taken_a[x.id] = y
            taken_b.add(y.id)
            shared.append(FigurePair(x, y))
            if score in (_ALIKE_ONLY, _ALIKE_APART):
                alike_only.add(x.id)
    # A value's conversion in brackets ("577,6 Milliarden Yuan (79,76 Milliarden US-Dollar)") on
    # both sides of a pair states that statistic in another unit: it agrees or disagrees with the
    # other side's conversion whatever measure was read for it.
    converted = conversions(fa) | conversions(fb) if story else {}
    for pair in list(shared) if story else ():
        cx, cy = converted.get(pair.a.id), converted.get(pair.b.id)
        if (pair.a.id in alike_only or cx is None or cy is None or cx.id in taken_a or cy.id in taken_b
                or unit_of(cx) != unit_of(cy) or status_of(cx) != status_of(cy)
                or "up_to" in (cx.qualifier, cy.qualifier)):
            continue
        agree = _close(cx, cy)
        # Disagreeing conversions of an unsaid period need the values they convert to be the
        # same precise amount written alike ("577,6 Milliarden Yuan"), or a strong story.
        if not (agree or _dated(pair.a, pair.b, strong) or (
                written_alike(pair.a, pair.b) and significant_digits(pair.a) >= _PRECISE)):
            continue
        taken_a[cx.id] = cy
        taken_b.add(cy.id)
        (shared if agree else conflicts).append(FigurePair(cx, cy))
    # The change stated beside a paired amount ("35,34 Milliarden …, ein Plus von 28,7 Prozent";
    # "surged 28.7 percent to 35.34 billion") is that amount's change on both sides, whatever
    # measure was read for it.
    for pair in list(shared) if story else ():
        rates = _change_beside(pair.a, fa, taken_a), _change_beside(pair.b, fb, taken_b)
        if rates[0] is not None and rates[1] is not None and _beside_agree(*rates):
            _take(rates[0], rates[1], taken_a, taken_b, shared)
    # "rose 4.9 percent and 3.2 percent to 13.3 and 548.8 billion kWh, respectively": the k-th
    # rate of a run is the k-th amount's change, on both sides of a paired amount.
    respective = respective_changes(fa) | respective_changes(fb) if story else {}
    for pair in list(shared):
        rates = respective.get(pair.a.id), respective.get(pair.b.id)
        if (rates[0] is not None and rates[1] is not None and rates[0].id not in taken_a
                and rates[1].id not in taken_b and _beside_agree(rates[0], rates[1])):
            _take(rates[0], rates[1], taken_a, taken_b, shared)
    # And the amount a paired change is stated beside ("7,2 Milliarden US-Dollar an, ein Plus von
    # 11,8 Prozent" / "$7.2 billion in the first five months, up 11.8 percent") is that change's
    # amount on both sides, when the two agree as `_beside_agree` asks of changes.
    for pair in list(shared) if story else ():
        if status_of(pair.a) == "level" or unit_of(pair.a) not in _RATES:
            continue
        amounts = _amount_beside(pair.a, fa, taken_a), _amount_beside(pair.b, fb, taken_b)
        if amounts[0] is not None and amounts[1] is not None and _beside_agree(*amounts):
            _take(amounts[0], amounts[1], taken_a, taken_b, shared)
    # Then disagreements, among the figures no agreement took.
    open_a = [x for x in fa if x.id not in taken_a]
    open_b = [y for y in fb if y.id not in taken_b]
    # A pair on written digits alone says nothing of the key its figures were read under: they
    # still count among the values a key holds, so that it never leaves one value on a side.
    alike_b = {taken_a[i].id for i in alike_only}
    counts = (_ValueCounts([x for x in fa if x.id not in taken_a or x.id in alike_only], fa),
              _ValueCounts([y for y in fb if y.id not in taken_b or y.id in alike_b], fb))
    rivals = sorted(((_rival_rank(x, y), x, y) for x in open_a if story for y in open_b
                     if unit_of(y) == unit_of(x) and status_of(y) == status_of(x) and (
                         (_dated(x, y, strong) and (strong or not {x.id, y.id} & borrowed)
                          and _conflict(x, y, *counts, broader=parents, strong=strong))
                         or _near_amounts(x, y, fa, fb, *counts, broader=parents))), key=lambda r: r[0])
    for _, x, other in rivals:  # the likeliest rivals first (stable: text order among equals)
        if x.id in taken_a or other.id in taken_b:
            continue
        precise = _most_precise(x, open_a, taken_a), _most_precise(other, open_b, taken_b)
        if not all_agree(precise):  # the values as written most precisely disagree as well
            x, other = precise
        taken_a[x.id] = other
        taken_b.add(other.id)
        conflicts.append(FigurePair(x, other))
    # Repeats: the same value, unit and measure (or none) as a paired figure of the same article.
    partner = {p.a.id: p for p in (*shared, *conflicts)}
    for x in fa:
        if x.id in taken_a:
            continue
        original = next((o for o in fa if o.id in partner and _repeats(x, o)), None)
        if original is not None:
            pair = partner[original.id]
            (shared if pair in shared else conflicts).append(FigurePair(x, pair.b))
    return ([FigurePair(written[p.a.id], written[p.b.id]) for p in shared],
            [FigurePair(written[p.a.id], written[p.b.id]) for p in conflicts])


_DAILY_DIGITS = 3  # significant digits a daily rate and an amount written alike need to pair


def _daily_sibling(unit: str) -> str:
    """The unit of the same quantity with or without "a day" ("bbl" and "bbl/d")."""
    return unit[:-2] if unit.endswith("/d") else unit + "/d"


_BESIDE_GAP = 60  # characters between an amount and the change stated beside it, at most
_BOUND_TOLD = 20  # characters between a bound told by digits and the value that states it, at most


def _bound_told_beside(bound: Figure, figures: list[Figure]) -> bool:
    """Whether `bound` is a bound told by its digits that a value of its unit right after it
    states ("rises to double-digit levels at 10.36%"): the value is the statistic, the bound a
    word about it, and no report's value agrees or disagrees with the bound instead."""
    if not is_digit_bound(bound):
        return False
    end = bound.start + len(bound.text)
    return any(f is not bound and unit_of(f) == unit_of(bound) and 0 <= f.start - end <= _BOUND_TOLD for f in figures)


def _said_in_digits_after(worded: Figure, figures: list[Figure]) -> bool:
    """Whether a value written in words is said again in digits in the brackets right after it
    ("um ein Viertel (25,1 Prozent)", "by a quarter (25.1%)"): the digits are the statistic to pair,
    the words a rounding of them."""
    if WRITTEN_DIGITS.search(worded.text):
        return False
    end = worded.start + len(worded.text)
    return any(f is not worded and unit_of(f) == unit_of(worded) and 0 < f.start - end <= 3
               and f.evidence.quote[end - f.evidence.start : f.start - f.evidence.start].strip() == "("
               and restated((worded, f)) for f in figures if f.article == worded.article)


def _change_beside(amount: Figure, figures: list[Figure], taken: dict[str, Figure] | set[str]) -> Figure | None:
    """The one change rate of `amount`'s sentence stated within `_BESIDE_GAP` characters of it
    (before or after), not yet paired; None when there is none or more than one, or another
    amount of its unit is as near (then which amount each is of is unclear; a bracketed
    conversion in another unit is the same amount). `amount` must be a level: a rate beside a rate is no change
    of an amount."""
    if status_of(amount) != "level" or unit_of(amount) in _RATES:
        return None
    lo, hi = amount.start - _BESIDE_GAP, amount.start + len(amount.text) + _BESIDE_GAP
    near = [f for f in figures if f.evidence == amount.evidence and f.id != amount.id
            and unit_of(f) in _RATES and lo <= f.start <= hi and status_of(f) != "level"]
    others = [f for f in figures if f.evidence == amount.evidence and f.id != amount.id
              and unit_of(f) == unit_of(amount) and lo <= f.start <= hi]
    if not near and not others:
        # Farther off within the sentence ("16.2 billion U.S. dollars worth of goods from Russia
        # during the first three months, an increase of 17.3 percent"): the sentence's one change
        # of the sentence's one amount of that unit.
        near = [f for f in figures if f.evidence == amount.evidence and f.id != amount.id
                and unit_of(f) in _RATES and status_of(f) != "level"]
        others = [f for f in figures if f.evidence == amount.evidence and f.id != amount.id
                  and unit_of(f) == unit_of(amount)]
    if len(near) != 1 or others or near[0].id in taken:
        return None
    return near[0]


def respective_changes(figures: list[Figure]) -> dict[str, Figure]:
    """Amount id → its change, in sentences that say "respectively" ("beziehungsweise"): the rates
    and the amounts of one unit of the word's run (to the end of the word's clause), as many of
    each and at least two, belong together in text order. Linear: one pass per sentence."""
    by_sentence: dict[tuple[int, int], list[Figure]] = {}
    for f in figures:
        by_sentence.setdefault((f.evidence.start, f.evidence.end), []).append(f)
    out: dict[str, Figure] = {}
    for run in by_sentence.values():
        quote = run[0].evidence.quote
        said = RESPECTIVELY.search(quote)
        if said is None:
            continue
        first = min(f.start for f in run) - run[0].evidence.start
        end = RUN_END.search(quote, max(said.end(), first))
        cut = run[0].evidence.start + (end.start() if end is not None else len(quote))
        ordered = sorted((f for f in run if f.start < cut), key=lambda f: f.start)
        rates = [f for f in ordered if unit_of(f) in _RATES and status_of(f) != "level"]
        amounts = [f for f in ordered if unit_of(f) not in _RATES]
        if len(rates) >= 2 and len(rates) == len(amounts) and len({unit_of(a) for a in amounts}) == 1:
            out.update((a.id, r) for a, r in zip(amounts, rates))
    return out


def _amount_beside(rate: Figure, figures: list[Figure], taken: dict[str, Figure] | set[str]) -> Figure | None:
    """The amount of `rate`'s sentence whose change `rate` is (`_change_beside`), not yet paired;
    None when there is none or it is unclear. A count of nothing measured is no amount ("China's
    exports to the other four BRICS members went up 18.1 percent": a group's name)."""
    amounts = [f for f in figures if f.evidence == rate.evidence and f.id not in taken and unit_of(f) not in _RATES
               and (f.measure is not None or f.unit != "count") and _change_beside(f, figures, ()) is rate]
    return amounts[0] if len(amounts) == 1 else None


def _beside_agree(x: Figure, y: Figure) -> bool:
    """Two changes beside one paired amount (or two amounts beside one paired change) state one
    statistic when written alike ("28,7 Prozent", "28.7 percent") or agreeing within rounding
    ("6 %", "6.3 percent"), of one unit, both results or both forecasts."""
    return (unit_of(x) == unit_of(y) and status_of(x) == status_of(y) and is_forecast(x) == is_forecast(y)
            and (written_alike(x, y) or _close(x, y)))


def conversions(figures: list[Figure]) -> dict[str, Figure]:
    """Figure id → the figure that converts it in brackets right after it, in its sentence
    ("60 Milliarden Yuan (rund 8,4 Milliarden US-Dollar)"). One pass over neighbours in text order."""
    ordered = sorted(figures, key=lambda f: (f.article, f.start))
    out: dict[str, Figure] = {}
    for f, g in zip(ordered, ordered[1:]):
        ev = f.evidence
        after, at = f.start + len(f.text) - ev.start, g.start - ev.start
        if g.evidence == ev and 0 <= after <= at <= after + _CONVERSION_GAP and CONVERTED.fullmatch(ev.quote, after, at):
            out[f.id] = g
    return out


_RATES = RATE_UNITS | {"times"}
_CONVERSION_GAP = 24  # characters between a value and its bracketed conversion, at most


def concept_of(figure: Figure) -> str | None:
    return figure.measure.split(":", 1)[0] if figure.measure else None


def measures_fit(a: str | None, b: str | None, broader: dict[str, str]) -> bool:
    """Equal concepts, or one a kind of the other (internet-users and users); unknown fits all."""
    if a is None or b is None or a == b:
        return True
    return b in _ancestors(a, broader) or a in _ancestors(b, broader)


# Concepts one language's word for a firm's takings names as the other's: German "Umsatz" (revenue)
# is English "sales" ("Regional stieg der Umsatz in Japan … (2,6 Prozent)" / "sales increased … in
# Japan (2.6 percent)"). As rates they agree as one statistic (sales in money are revenue already,
# `facts.in_joining_form`; units sold stay sales); they never make a conflict.
def _translated_alike(a: str | None, b: str | None) -> bool:
    return {a, b} == {"revenue", "sales"}


def _ancestors(concept: str, broader: dict[str, str]) -> list[str]:
    chain: list[str] = []
    while concept in broader and len(chain) < 8:  # bounded: a registry may hold a cycle
        concept = broader[concept]
        chain.append(concept)
    return chain


def subjects_fit(a: str | None, b: str | None) -> bool:
    """Equal or unsaid on one side; a subject with a partner fits the same subject without one
    ("china>kazakhstan" fits "kazakhstan", not "china>russia")."""
    if not a or not b or a == b:
        return True
    one, other = sorted((a.split(">"), b.split(">")), key=len)
    return len(one) == 1 and one[0] in other


_PRECISE = 3  # significant digits that make an equal value evidence on its own


def _pair_score(x: Figure, y: Figure, broader: dict[str, str], sole: frozenset[str] = frozenset(),
                inferred: frozenset[str] = frozenset(), lone: frozenset[str] = frozenset(),
                sole_of_subject: frozenset[str] = frozenset(), strong: bool = False) -> float | None:
    """How surely two figures of one unit and status state one statistic and agree; None when
    they may not pair as an agreement.

    A forecast never pairs with a report of what happened. Values that agree only within
    rounding ("138,1 Prozent" and "138 percent") are no evidence by themselves: they pair only
    when both measures and both periods are known and fit, or the measures are known and equal
    and each figure is the one value of its measure in its article (`sole_values`: an undated
    page's "1,749 Millionen TEU" and "1.75 million containers"), or in a `strong` story where one
    period is unsaid, the measures and subjects are equal and one value is written precisely; the
    same digits ("10,175 Millionen", "10.175 million") may pair on less. Subjects that differ keep two figures apart unless one of
    them was only carried from another sentence (`inferred`)."""
    if not _forecasts_fit(x, y) or not (_signs_fit(x, y) and _signs_fit(y, x)):
        return None
    # one flow told from either end agrees as the same statistic ("China's imports from Russia",
    # "Russia's exports to China"); it never makes a conflict (one side may name only one end)
    if concept_of(y) == "exports" and (mirrored := as_exports(x)) is not None and mirrored.subject == y.subject:
        x = mirrored
    elif concept_of(x) == "exports" and (mirrored := as_exports(y)) is not None and mirrored.subject == x.subject:
        y = mirrored
    if x.metric or y.metric:
        return 10.0 if x.metric == y.metric and _close(x, y) and _periods_fit(x, y) else None
    if not (_close(x, y) or _written_identically(x, y)):
        return None  # (one numeral, read two ways: "53,766" of a German page writing thousands as English does)
    mx, my = concept_of(x), concept_of(y)
    if not (measures_fit(mx, my, broader) or (unit_of(x) in _RATES and _translated_alike(mx, my))):
        return None
    if not _periods_fit(x, y) and not (_within_year(x.period, y.period) and mx is not None and mx == my
                                       and x.value == y.value and significant_digits(x) >= 2):
        return None
    identical = x.value == y.value or _same_digits(x, y, least=1) or _written_identically(x, y)
    alone = (x.id in sole and y.id in sole) or (
        x.subject is not None and x.subject == y.subject and x.id in sole_of_subject and y.id in sole_of_subject)
    # (in a strong story one side may leave the period unsaid: "3,63 Millionen Tonnen" in 2024 and an
    # undated page's "3.627 million tons", of one measure and subject, one of them written precisely)
    dated_once = strong and mx is not None and mx == my and x.subject is not None and x.subject == y.subject \
        and (x.period or y.period) and max(significant_digits(x), significant_digits(y)) >= _PRECISE \
        and x.qualifier not in _OPEN and y.qualifier not in _OPEN  # (not a bound: "mehr als 80 Millionen Hektar")
    if not identical and not (mx and my and ((x.period and y.period) or (mx == my and alone))) and not dated_once:
        return None
    subject_clash = not subjects_fit(x.subject, y.subject) and x.id not in inferred and y.id not in inferred
    precise = min(significant_digits(x), significant_digits(y)) >= _PRECISE
    if not (mx and my) or subject_clash:
        # Nothing but the value (and perhaps a measure on one side): only a precise value pairs,
        # or one of two digits written alike and stated once on each side for one stated period
        # and subject ("1,6 Milliarden" and "1.6 billion" of China in 2030; not "vier"/"four").
        if not precise and not (not subject_clash and x.period is not None and x.period == y.period
                                and x.subject is not None and x.subject == y.subject and written_alike(x, y)
                                and min(significant_digits(x), significant_digits(y)) >= 2
                                and x.id in lone and y.id in lone):
            return None
    score = 2.0 + (mx is not None and mx == my) + 0.5 * (mx is not None and my is not None)
    score += (x.period is not None and x.period == y.period) + 0.5 * (x.subject is not None and x.subject == y.subject)
    score -= 0.5 * (not subjects_fit(x.subject, y.subject))  # a carried subject that differs still counts a little
    # The same digits on both sides outweigh a stated period on one: "989 Millionen" pairs with
    # "989 million" before "nearly 1 billion" of the same month.
    score += 0.5 * precise + (x.value == y.value) * 0.25 + 1.5 * written_alike(x, y) - subject_clash
    return score


def _forecasts_fit(x: Figure, y: Figure) -> bool:
    """Both forecasts or both results; or a hedge on one side only of one value written alike,
    with one qualifier, of one measure and subject, in one period that at least one side states: a
    translation drops or adds the hedge ("dürfte … 340 Millionen Menschen" in the USA and "an
    estimated population of 340 million"; "India's GDP is expected to reach $4.5 trillion in 2026"
    and "4,5 Billionen Dollar"). (A forecast of "maximal 8 Prozent" whose subject is unsaid is no
    report that inflation "eased to 8%".)"""
    if is_forecast(x) == is_forecast(y):
        return True
    return (written_alike(x, y) and concept_of(x) is not None and concept_of(x) == concept_of(y)
            and x.qualifier == y.qualifier and x.subject is not None and x.subject == y.subject
            and bool(x.period or y.period) and _periods_fit(x, y))


def written_alike(a: Figure, b: Figure) -> bool:
    """The same value written with the same digits: "8,7 Prozent" and "8.7 percent", "1,82
    Milliarden" and "1.82 billion" — identical to the precision written, not merely within it;
    or the same value where a side writes it in words ("zehn Prozent" and "10 percent", "ein
    Fünftel" and "one-fifth"): a number word is exact as written."""
    if a.value != b.value or unit_of(a) != unit_of(b) or not _signs_fit(a, b) or not _signs_fit(b, a):
        return False
    return _same_digits(a, b, least=1) or not (WRITTEN_DIGITS.search(a.text) and WRITTEN_DIGITS.search(b.text))


_MINUS = re.compile(r"^[-−–]")


def _signs_fit(a: Figure, b: Figure) -> bool:
    """A fall written with a minus sign ("-1.8%") is written alike only with a fall (`change`
    "down": "-1,8%", "sank um 1,8 Prozent"), not with a bare "1.8%"."""
    return not _MINUS.match(a.text) or b.change == "down"


def _take(x: Figure, y: Figure, taken_a: dict[str, Figure], taken_b: set[str], into: list[FigurePair]) -> None:
    """Pair `x` with `y`: each is taken, the pair goes `into` the list."""
    taken_a[x.id] = y
    taken_b.add(y.id)
    into.append(FigurePair(x, y))


def _strict_pair(x: Figure, y: Figure) -> bool:
    """Two articles that may tell different stories share a figure only when everything about it
    is said on both sides and equal — measure (level or change), period, subject, unit — and the
    values agree within rounding, as `facts` joins them across a folder ("132,07 Milliarden" and
    "132 billion" parcels in 2023); or on the same curated metric. A forecast is no result."""
    if is_forecast(x) != is_forecast(y):
        return False
    if x.metric or y.metric:
        return x.metric == y.metric and _close(x, y) and _periods_fit(x, y)
    return (x.measure is not None and x.period is not None and x.subject is not None
            and (x.measure, x.period, x.subject) == (y.measure, y.period, y.subject)
            and (written_alike(x, y) or all_agree((x, y))))


def _near_pair(x: Figure, y: Figure, broader: dict[str, str], near: dict[str, frozenset[str]],
               lone: frozenset[str] = frozenset(), strong: bool = False) -> float | None:
    """A weaker pair within one story: the value written identically on both sides, periods and
    subjects fitting (periods may differ for a precise amount stated once on each side of a
    `strong` story), and the measures known on both sides and equal, one a kind of the other, or one side's measure
    named in the other side's sentence (users and mobile subscribers, imports and trade volume
    of one sentence). Level and change may differ only when one side's clause states a
    direction (a growth read as a level on one side). A value of fewer than three significant
    digits needs a stated period both sides share as well: "10 million" alone is chance.
    Subjects may differ ("China" read on one side, "ASEAN" on the other of "trade with ASEAN")
    only for the same measure and period when the value is `lone` on both sides: the one
    statement of that value in its article (`lone_values`)."""
    if x.metric or y.metric or not written_alike(x, y):
        return None
    if (strong and status_of(x) == status_of(y) and x.id in lone and y.id in lone and subjects_fit(x.subject, y.subject)
            and ((unit_of(x) not in _RATES and significant_digits(x) >= _PRECISE) or _whole_key_alike(x, y))
            and not (_periods_fit(x, y) and is_forecast(x) == is_forecast(y))):
        # The same precise amount written alike, the one statement of that value on each side
        # of a story the evidence makes sure of (`strong`: "944.000 Tonnen" and "944,000 tons"):
        # a period read differently around it (a year carried from another clause) is likelier
        # a misreading than two statistics sharing three digits, and so is a forecast read on one
        # side only. So is a forecast read on one side of any value written alike whose whole
        # key both sides state alike (Kyrgyzstan's GDP growth in 2025, "7 %" and "7%": one
        # report says "expected", the other does not). It ranks below every other pair, and
        # agrees only: it never makes a conflict.
        return 0.25
    if _unpairable(x, y):
        return None
    if not _periods_fit(x, y):
        return None
    if not subjects_fit(x.subject, y.subject) and not (
            x.measure == y.measure and x.period is not None and x.period == y.period
            and x.id in lone and y.id in lone):
        return None
    if status_of(x) != status_of(y) and not (x.change or y.change):
        return None
    if (status_of(x) == status_of(y) and significant_digits(x) >= _PRECISE and unit_of(x) not in _RATES
            and subjects_fit(x.subject, y.subject)):
        # The same precise amount written alike in one story ("577,6 Milliarden Yuan" and "577.6
        # billion yuan"): rarely two statistics, while the measure read from the words around it
        # is noisy (e-commerce on one side, trade volume on the other). Periods and subjects
        # must still fit; it ranks below every pair a measure supports. Rates are not amounts:
        # "70,1 Prozent" inflation and a 70.1 percent gas output of one story are two statistics.
        return 0.5
    mx, my = concept_of(x), concept_of(y)
    if mx is None or my is None:
        return None  # a value and nothing else known: "fünf" and "five" are chance
    fits = measures_fit(mx, my, broader) or (_kin(mx, my, broader) and x.id in lone and y.id in lone) or \
        (my is not None and any(measures_fit(my, c, broader) for c in near.get(x.id, ()))) or \
        (mx is not None and any(measures_fit(mx, c, broader) for c in near.get(y.id, ())))
    if not fits:
        return None
    shared_period = x.period is not None and x.period == y.period
    if significant_digits(x) < _PRECISE and not shared_period:
        return None
    return 1.0 + shared_period + 0.5 * (x.subject is not None and x.subject == y.subject)


def _whole_key(f: Figure) -> tuple[str, str, str | None, str | None, str | None] | None:
    """Unit, level or change, measure, period and subject, when all are stated; else None."""
    if f.measure is None or f.period is None or f.subject is None:
        return None
    return (unit_of(f), status_of(f), f.measure, f.period, f.subject)


def _by_whole_key(figures: list[Figure]) -> dict[object, set[str]]:
    """The ids of the figures of each whole key (`_whole_key`) an article states."""
    keyed: dict[object, set[str]] = {}
    for f in figures:
        key = _whole_key(f)
        if key is not None:
            keyed.setdefault(key, set()).add(f.id)
    return keyed


def _keyed_elsewhere(x: Figure, y: Figure, keyed_a: dict[object, set[str]], keyed_b: dict[object, set[str]]) -> bool:
    """Whether a pair of figures of two different pairs of parties (let pair by a value stated
    once on each side, see `_near_pair`: "china>kyrgyzstan" and "china>kazakhstan") has a figure
    on one side stating the other's whole key: that one is the statistic's other report (same key
    beats same number). One side reading a partner as the subject ("china" and "european-union"
    of China's trade with the EU) is no such contradiction."""
    if not (x.subject and y.subject and ">" in x.subject and ">" in y.subject and x.subject != y.subject):
        return False
    kx, ky = _whole_key(x), _whole_key(y)
    return bool((kx is not None and keyed_b.get(kx, {y.id}) - {y.id})
                or (ky is not None and keyed_a.get(ky, {x.id}) - {x.id}))


def _whole_key_alike(x: Figure, y: Figure) -> bool:
    """The same measure, period and subject, each stated on both sides."""
    return (x.measure is not None and x.measure == y.measure and x.period is not None and x.period == y.period
            and x.subject is not None and x.subject == y.subject)


# The score of a pair made on `_alike_in_story` alone: below every pair anything else supports.
_ALIKE_ONLY = 0.1
_ALIKE_APART = 0.09  # written alike, one a rise and the other a fall: after every pair of one direction


def _alike_in_story(x: Figure, y: Figure, lone: frozenset[str]) -> bool:
    """The last resort within a story the evidence makes sure of (`SURE_STORY`): the same value
    written with the same digits on both sides ("29,7%" and "29.7%", "67.000 Tonnen" and "67,000
    tons", "7 Prozent" and "7 per cent"; not "sieben" and "seven": a number word is chance), the
    one statement of that value in each article (`lone_values`),
    the subjects fitting, and neither a forecast against a result; measures and periods as they
    were read. The measure and period read from the words around a number are the noisiest parts
    of its key (a GDP growth read as output on one side, exports as sales on the other; a quarter
    carried from the wrong clause; a table's rows with no words at all); two reports of one
    story that each state such a value once state one statistic far more often than two (over
    the read pairs sets: 39 more pairs right, 3 more wrong; one significant digit allowed, 20
    more right, 1 more wrong). Two different `_NAMED_RATES` stay
    apart. A rise and a fall so written pair only after the pairs of one direction
    (`_ALIKE_APART`: "minus 1,6 Prozent" of South Korea is South Korea's "-1.6 percent" before Asia's
    "an increase of 1.6 percent"). Such a pair agrees only: a conversion beside it never makes a
    conflict, and its figures still count among the values of their keys when disagreements are
    sought."""
    return written_alike(x, y) and min(significant_digits(x), significant_digits(y)) >= 1 and _alone_in_story(x, y, lone)


def _fits_as_read(x: Figure, y: Figure) -> bool:
    """What a value written alike asks within a story that is strong but not sure: periods that
    fit where both sides read one, and level or change alike ("7,6 %" growth of January-September
    2025 is no "7.6%" share of 2024; "$1 Milliarde" more trade in five months no "$1 bln" surplus
    of a quarter), and two significant digits at least ("60 Milliarden Yuan" may be chance)."""
    return (_periods_fit(x, y) and status_of(x) == status_of(y)
            and min(significant_digits(x), significant_digits(y)) >= 2)


def _alone_in_story(x: Figure, y: Figure, lone: frozenset[str]) -> bool:
    """What both last resorts (`_alike_in_story`, `_rounded_in_story`) ask besides the value: each
    the one statement of its value in its article, no metric and no forecast against a result
    (`_unpairable`), subjects that fit, and not two different `_NAMED_RATES`."""
    return (x.id in lone and y.id in lone and not _unpairable(x, y) and subjects_fit(x.subject, y.subject)
            and not _two_named_rates(x, y))


def _rounded_in_story(x: Figure, y: Figure, lone: frozenset[str], broader: dict[str, str]) -> bool:
    """`_alike_in_story` for a value one side writes more precisely than the other ("714,9 Mio.
    Tonnen" and "714.88 million tonnes"): the two agree within rounding, the less precise still
    has at least `_PRECISE` significant digits (three digits agreeing are no chance; "6,3" and
    "6.27" may be), both state a value (no bounds), and the rest as `_alike_in_story` asks. Being
    less sure than digits written alike, it asks more: measures and periods that fit where both
    sides read one ("136,7 Milliarden" of January-July 2023 is no "$136.67 billion" of 2024's).
    Only where it is the one such candidate of each figure (`_each_once`)."""
    return (x.value != y.value and x.qualifier == y.qualifier == EXACT and status_of(x) == status_of(y)
            and _periods_fit(x, y) and measures_fit(concept_of(x), concept_of(y), broader)
            and all_agree((x, y)) and min(significant_digits(x), significant_digits(y)) >= _PRECISE
            and _alone_in_story(x, y, lone))


def _each_once(candidates: list[tuple[Figure, Figure]]) -> list[tuple[Figure, Figure]]:
    """The candidate pairs in which neither figure is in another candidate pair."""
    from collections import Counter

    times = Counter(f.id for pair in candidates for f in pair)
    return [(x, y) for x, y in candidates if times[x.id] == 1 and times[y.id] == 1]


# Rates a report names right beside the number ("Die Inflation lag bei 8,6 Prozent", "the
# unemployment rate was 8.6 percent"): two different ones of them are two statistics, however
# alike their values. Other measures read around a number are too often misread to keep a pair
# written alike apart (exports on one side, sales on the other, of one story).
_NAMED_RATES = frozenset({"inflation", "unemployment", "interest-rate", "exchange-rate"})


def _two_named_rates(x: Figure, y: Figure) -> bool:
    mx, my = concept_of(x), concept_of(y)
    return mx != my and mx in _NAMED_RATES and my in _NAMED_RATES


_K = TypeVar("_K")


def sole_values(figures: list[Figure], of_subject: bool = False) -> frozenset[str]:
    """Ids of figures that give the one value of their measure (level or change) and unit of its
    order of amount in their article (no other value within a factor of two), forecasts and caps
    aside: within one story, the statistic the other report's figure of that measure states,
    when no period says otherwise ("$2.5 billion in exports" of one country beside "$6.6 billion
    in exports" of another is still the one of its amount). A share of an unnamed whole
    (`OF_A_WHOLE`) says too little of what it measures to be one. With `of_subject`, the one
    value among those of its own stated subject and of none (China's 14 % import growth beside
    Indonesia's 8 % and Mongolia's 19 %): it pairs only with a figure of that same subject."""
    values: dict[tuple[str | None, str], set[float | int]] = {}
    # the same of one stated subject, among the values of that subject and of no stated one:
    # "Chinas Kohleimporte stiegen um 14 %" beside Indonesia's 8 % and Mongolia's 19 % growth
    by_subject: dict[tuple[tuple[str | None, str], str | None], set[float | int]] = {}
    for f in figures:
        if f.measure and f.qualifier != "up_to" and not is_forecast(f):
            values.setdefault(_what(f), set()).add(f.value)
            by_subject.setdefault((_what(f), f.subject), set()).add(f.value)
    alone = _alone_in_size(values)
    alone_of_subject = _alone_in_size({
        (what, subject): found | by_subject.get((what, None), set())
        for (what, subject), found in by_subject.items() if subject is not None})
    return frozenset(f.id for f in figures if f.measure and concept_of(f) not in OF_A_WHOLE
                     and ((_what(f), f.value) in alone if not of_subject
                          else ((_what(f), f.subject), f.value) in alone_of_subject))


def _alone_in_size(values: Mapping[_K, set[float | int]]) -> set[tuple[_K, float | int]]:
    """(key, value) of each value no other value of its key comes within a factor of two of."""
    alone: set[tuple[_K, float | int]] = set()
    for what, found in values.items():
        ordered = sorted(found, key=abs)
        for i, v in enumerate(ordered):  # neighbours in size suffice: linear after the sort
            if not any(_same_magnitude_values(v, w) for w in ordered[max(0, i - 1):i + 2] if w != v):
                alone.add((what, v))
    return alone


def _kin(a: str, b: str, broader: dict[str, str]) -> bool:
    """Two concepts under one ancestor (oil-output and gas-output under output): one statistic
    read at two depths only when nothing else competes, so `_near_pair` asks it of lone values."""
    return bool(set(_ancestors(a, broader)) & set(_ancestors(b, broader)))


def lone_values(figures: list[Figure]) -> frozenset[str]:
    """Ids of figures whose value and unit the article states under one measure only (a
    headline and its body repeat it under one): nothing else there it could be."""
    measures: dict[tuple[str, float | int], set[str | None]] = {}
    for f in figures:
        measures.setdefault((unit_of(f), f.value), set()).add(f.measure)
    return frozenset(f.id for f in figures if len(measures[(unit_of(f), f.value)]) == 1)


def _unpairable(x: Figure, y: Figure) -> bool:
    """A curated metric pairs on its own rule; a forecast never with a result."""
    return bool(x.metric or y.metric) or is_forecast(x) != is_forecast(y)


def _dated(a: Figure, b: Figure, strong: bool) -> bool:
    """Whether two figures may disagree as one statistic: both state a period (in their sentence
    or carried from a stated one in their article), or the story evidence is strong. A period
    unsaid on one side may let equal values pair within a story, never make a disagreement:
    "217,6 Milliarden Dollar" of one year and "$250 billion" of eight months of another are
    two statistics of one measure."""
    return strong or (a.period is not None and b.period is not None)


def _periods_fit(a: Figure, b: Figure) -> bool:
    return periods_agree(a.period, b.period)


def _within_year(a: str | None, b: str | None) -> bool:
    """Whether one period is a year and the other a part of that year ("2024" and "2024-12-15",
    the day "as of" which a total of the year so far is given; "2023" and "2023-spring-festival";
    "2024" and its first two months "2024-01/2024-02", a year read where the months are meant), or
    a month and a day of it ("2025-03" and "2025-03-20", the day a rate was set that month).
    Such two are one statistic only when the same value is written on both sides (`_pair_score`):
    an agreement, never a conflict."""
    if a is None or b is None:
        return False
    year, part = (a, b) if len(a) < len(b) else (b, a)
    if _MONTH.fullmatch(year) and _DAY.fullmatch(part):
        return part.startswith(year + "-")  # "2025-03" and the day "2025-03-20" a rate was set
    if len(year) != 4 or not year.isdigit():
        return False
    # a day or a season of the year ("2024-12-15"), or months of it ("2024-01/2024-02")
    return all(end.startswith(year + "-") for end in part.split("/")) and part.count("/") <= 1


def _what(f: Figure) -> tuple[str | None, str]:
    """A figure's measure (with level or change) and unit, as joining reads them."""
    return (measure_key(f) if f.measure else None), unit_of(f)


class _ValueCounts:
    """What one article says under each statistic key and measure: the distinct values (a
    conflict needs one value on each side, or it may be two statistics), which figures of it agree
    in value with a figure of the other article, and each figure's role (its rank among the
    distinct values of its measure, unit and period, in text order). A value said again within
    rounding ("um 25 Prozent" in the headline, "24,8 Prozent" in the body: `restated`) is one
    value, not two."""

    def __init__(self, figures: list[Figure], every: list[Figure]):
        self.by_key: dict[str | None, list[Figure]] = {}
        self.by_measure: dict[tuple[str | None, str, bool], list[Figure]] = {}
        for f in figures:
            if f.qualifier == "up_to":
                continue
            _add_value(self.by_key.setdefault(statistic_key(f), []), f)
            _add_value(self.by_measure.setdefault((*_what(f), is_forecast(f)), []), f)
        self.figures, self.every = figures, every
        self.ranks: dict[tuple[str | None, ...], list[Figure]] = {}
        for f in every:
            if f.qualifier == "up_to" or is_forecast(f):
                continue
            for key in ((*_what(f), f.period), (*_what(f), f.period, f.subject)):
                _add_value(self.ranks.setdefault(key, []), f)

    def one_value(self, f: Figure, by_key: bool, near: Figure | None = None, fits: Figure | None = None) -> bool:
        """Whether `f`'s key (or measure and unit) has one value here; with `near`, counting only
        values of its order of amount (a $780 million side deal is not a rival of $31 billion);
        with `fits`, only values whose subject fits its subject (the world's trade growth of 2025
        is no rival of an undated growth of China's trade with Russia)."""
        values = self.by_key.get(statistic_key(f)) if by_key else self.by_measure.get((*_what(f), is_forecast(f)))
        if values is not None and near is not None:
            values = [v for v in values if _same_magnitude(f, near, v.value) or _said_again(v, f)]
        if values is not None and fits is not None:
            values = [v for v in values if subjects_fit(v.subject, fits.subject) or _said_again(v, f)]
        return values is not None and len(values) == 1

    def one_fitting(self, f: Figure, other: Figure) -> bool:
        """Whether `f` gives the one value here of its measure, unit and period among figures whose
        subject fits `other`'s (caps aside): a Central Asia total beside a Kazakh one is no rival."""
        fitting = [g for g in self.figures if g.qualifier != "up_to" and _what(g) == _what(f)
                   and g.period == f.period and is_forecast(g) == is_forecast(f) and g.subject
                   and subjects_fit(g.subject, other.subject)]
        return any(g.value == f.value for g in fitting) and all(_said_again(g, f) for g in fitting)

    def agrees_with(self, other: Figure) -> bool:
        """Whether a figure here of `other`'s unit and status agrees with it in value, whatever
        measure was read for it: then `other` may well have its partner here (a measure misread on
        one side: "3.75 trillion" exports read as trade), and no rival. A bound open on one side
        ("slightly more than $9 billion") agrees with any larger value: no sign of a partner unless
        the values are equal. A figure of a subject that does not fit `other`'s is no partner
        either: Kazakhstan's "32 percent" beside Kyrgyzstan's "28.8 percent" is another country's
        statistic, not the German "32 %" of Kyrgyzstan's trade misread; nor is one of a period that
        does not fit `other`'s (a year's forecast of "2 Millionen" beside June's 2.02 million)."""
        return any(unit_of(f) == unit_of(other) and status_of(f) == status_of(other) and _close(f, other)
                   and (f.qualifier not in _OPEN or f.value == other.value) and subjects_fit(f.subject, other.subject)
                   and _periods_fit(f, other) for f in self.every)

    def role(self, f: Figure, by_subject: bool = False) -> int:
        """The rank of `f`'s value among the distinct values of its measure, unit and period here
        (and subject, `by_subject`; caps and forecasts aside): the first trade total of a year is
        the first in each report, and Kyrgyzstan's growth the first of Kyrgyzstan's."""
        values = self.ranks.get((*_what(f), f.period, *((f.subject,) if by_subject else ())), [])
        return next((i for i, v in enumerate(values) if _said_again(v, f)), -1)


# Distinct values compared with a new one, at most: a key with more is no one statistic anyway.
_VALUES_COMPARED = 8


def _said_again(a: Figure, b: Figure) -> bool:
    """Whether two figures of one article give one value, maybe rounded the second time."""
    return a.value == b.value or restated((a, b))


def _add_value(values: list[Figure], f: Figure) -> None:
    """`f` into the distinct values of one key (a figure each, the first that gave it) unless one
    of them gives its value already."""
    if not any(_said_again(v, f) for v in values[:_VALUES_COMPARED]):
        values.append(f)


_OPEN = frozenset({"more_than", "at_least", "less_than", "up_to"})


def _conflict(x: Figure, y: Figure, ca: _ValueCounts, cb: _ValueCounts,
              broader: dict[str, str] | None = None, strong: bool = False) -> bool:
    """Two figures that surely state one statistic with values beyond rounding and qualifiers.

    The same curated metric, each the one value its article gives under it; or, with no metric,
    strong evidence only (silence beats a false conflict): the same measure (or one a kind of the
    other: "Einnahmen" and "tourism revenue") and level or change;
    period and subject equal where both sides state them, and each the one value of that key in
    its article (among its amounts, of their order of amount); where a side leaves the period or subject unsaid (an undated page's "last
    year"), the one value of that measure of its order of amount in each article; of one order
    of amount, or the same digits at another scale ("98,33 Billionen" and "98.33 billion");
    neither with a figure on the other side that agrees with it in value (then one side's
    measure is likely misread); and the same role in both articles (`_ValueCounts.role`) or the
    same counted noun. A cap or
    target ("up to") is no report of a value, and a forecast no rival of a result. An open bound
    far below the other value ("exceeding $24 billion" and "31 Milliarden") disagrees with it
    (`facts.all_agree`); subjects that fit without being equal need the one value of the measure and
    period among figures whose subject fits (`_ValueCounts.one_fitting`). Within a `strong` story,
    two totals of one measure with period and subject said and equal on both sides may lie up to
    `_KEYED_REACH` apart."""
    if (all_agree((x, y)) or "up_to" in (x.qualifier, y.qualifier) or _written_identically(x, y)
            or not _periods_fit(x, y) or is_forecast(x) != is_forecast(y)):
        return False
    if x.metric or y.metric:
        return x.metric == y.metric and ca.one_value(x, True) and cb.one_value(y, True)
    if not (x.measure and y.measure and status_of(x) == status_of(y)
            and measures_fit(concept_of(x), concept_of(y), broader or {})) or not subjects_fit(x.subject, y.subject):
        return False
    if concept_of(x) in OF_A_WHOLE or concept_of(y) in OF_A_WHOLE:
        return False  # "34,6 Prozent" and "11.7 percent" of China: shares of wholes neither key names
    keyed = bool(x.period and x.subject and (x.period, x.subject) == (y.period, y.subject))
    if keyed:
        # Amounts of another order under the key are no rivals (a maker's 33,155 cars beside the
        # market's 2.02 million); rates of one key are (a growth of 6.5 % beside one of 51.2 %).
        amounts = unit_of(x) not in _RATES
        if not (ca.one_value(x, True, near=y if amounts else None)
                and cb.one_value(y, True, near=x if amounts else None)):
            return False
    elif x.period and y.period and x.subject and y.subject:
        # Both keys said, subjects that fit without being equal ("kazakhstan" and
        # "china>kazakhstan"): the one value of that measure and period whose subject fits.
        if not (ca.one_fitting(x, y) and cb.one_fitting(y, x)):
            return False
    elif not ((x.period or x.subject) and (y.period or y.subject)
              and ca.one_value(x, False, near=y, fits=y) and cb.one_value(y, False, near=x, fits=x)):
        return False
    if not (_same_magnitude(x, y) or _same_digits(x, y) or (
            strong and keyed and x.measure == y.measure and status_of(x) == "level"
            and _within(x.value, y.value, _KEYED_REACH)) or _opposite_moves(x, y, strong and keyed)):
        return False
    if ca.agrees_with(y) or cb.agrees_with(x):
        return False
    return (ca.role(x) == cb.role(y) or bool(x.counted and y.counted and x.counted.lower() == y.counted.lower())
            or bool(x.subject and x.subject == y.subject and ca.role(x, True) == cb.role(y, True)))


# Two amounts this near (relative difference) that are no rounding of each other are one
# statistic reported twice, one report off ("176,5 Mrd. USD" and "$176.4 billion"; "571,1 Millionen"
# and "$573 mln"): statistics that merely share a measure rarely lie within 3 % of each other.
_NEAR = 0.03


def _near_amounts(x: Figure, y: Figure, fa: list[Figure], fb: list[Figure], ca: _ValueCounts,
                  cb: _ValueCounts, broader: dict[str, str]) -> bool:
    """A disagreement by nearness, within one story: two amounts (no rates: "5,2 Prozent" and
    "5.3 percent" are often two quarters) of one unit and level, their measures known and fitting,
    subjects and periods fitting (a period may be unsaid on one side, not on both: an undated
    page's "11,26 Milliarden" and "$11.2 billion" may be two periods' totals), within `_NEAR` of each
    other and not agreeing within rounding; each the nearest value of its unit and status to the
    other in its article, no other figure there within `_NEAR` of it, and no figure on either
    side agreeing with the other (then the partner is there). Caps and forecasts never."""
    if (unit_of(x) in _RATES or status_of(x) != "level" or all_agree((x, y)) or x.metric or y.metric
            or "up_to" in (x.qualifier, y.qualifier) or is_forecast(x) or is_forecast(y)
            or not (x.measure and y.measure and measures_fit(concept_of(x), concept_of(y), broader))
            or not subjects_fit(x.subject, y.subject) or not _periods_fit(x, y) or not (x.period or y.period)
            or x.value <= 0 or y.value <= 0 or abs(x.value - y.value) > _NEAR * max(x.value, y.value)):
        return False
    for mine, other, theirs in ((x, y, fa), (y, x, fb)):
        gap = abs(mine.value - other.value)
        if any(f is not mine and unit_of(f) == unit_of(mine) and status_of(f) == "level" and f.value != mine.value
               and abs(f.value - other.value) <= max(gap, _NEAR * other.value) for f in theirs):
            return False  # another value here is as near: which one is the partner is not sure
    return not (ca.agrees_with(y) or cb.agrees_with(x))


def _written_identically(a: Figure, b: Figure) -> bool:
    """The same numeral, character for character, on both sides ("53,766" in a German page that
    writes thousands as English does, and "53,766"): whatever the two readings made of it, the
    reports do not disagree."""
    da, db = (m.group() if (m := WRITTEN_DIGITS.search(f.text)) else None for f in (a, b))
    return da is not None and da == db and ("," in da or "." in da)


def _rival_rank(x: Figure, y: Figure) -> tuple[bool, float]:
    """How likely two disagreeing figures are one statistic, lower first: the same measure before
    one a kind of the other (a country's wind capacity is the rival of the other report's wind
    capacity, not of its renewables total), then the nearer values."""
    return x.measure != y.measure, abs(x.value - y.value) / (max(abs(x.value), abs(y.value)) or 1)


def _same_digits(a: Figure, b: Figure, least: int = 3) -> bool:
    """"98,33 Billionen" and "98.33 billion": the same digits (at least `least` of them), maybe at
    another scale. At another scale a real disagreement (one report misread a number word), not
    two statistics; at the same scale the same number written twice."""
    da, db = (re.sub(r"\D", "", m.group()).strip("0") if (m := WRITTEN_DIGITS.search(f.text)) else "" for f in (a, b))
    return len(da) >= least and da == db


def _repeats(x: Figure, original: Figure) -> bool:
    return (x.value == original.value and unit_of(x) == unit_of(original) and status_of(x) == status_of(original)
            and (x.measure is None or x.measure == original.measure)
            and not (x.unit == "count" and abs(x.value) < 100))


def _most_precise(x: Figure, figures: list[Figure], taken: dict[str, Figure] | set[str]) -> Figure:
    """Of `x` and the figures of its article not yet paired that say it again under its whole key
    (a headline's "25 Prozent" and the body's "24,8 Prozent"), the one written most precisely: the
    first among equals."""
    key = statistic_key(x)
    if key is None or not key.startswith("measure:"):
        return x
    said = [f for f in figures if f.id not in taken and statistic_key(f) == key and _said_again(f, x)]
    return max(said, key=significant_digits, default=x)


def _multiples_as_percent(side: list[Figure], other: list[Figure]) -> list[Figure]:
    """`side` with each rise to a multiple in digits written as its rise in percent
    (`as_percent_rise`: "6.4 times" and "543 Prozent" state one rise), where the other report
    gives no multiple of that measure: multiples on both sides are compared as multiples."""
    if not any(f.unit == "times" for f in side):
        return side
    multiples = {concept_of(f) for f in other if f.unit == "times"}
    return [rise if (rise := as_percent_rise(f)) is not None and concept_of(f) not in multiples else f for f in side]


def _close(a: Figure, b: Figure) -> bool:
    """Values that agree and are near each other (within 15 %): "up to $35 billion" allows 24
    billion, but is no evidence that the two state one statistic."""
    return all_agree((a, b)) and abs(a.value - b.value) <= 0.15 * max(abs(a.value), abs(b.value)) + \
        max(precision_of(a), precision_of(b))


def _opposite_moves(x: Figure, y: Figure, keyed: bool) -> bool:
    """Two changes of one measure under one key said in full on both sides of a strong story, one
    a rise and the other a fall: one statistic reported two ways, whatever their sizes ("sank der
    Export … im Jahr 2023 um fast 4 Prozent" and "exports increased by 1%" in 2023)."""
    return keyed and x.measure == y.measure and status_of(x) == "change" and {x.change, y.change} == {"up", "down"}


def _same_magnitude(a: Figure, b: Figure, value: float | None = None) -> bool:
    """Within a factor of two: reports that disagree still report one order of amount (`value`
    in place of `a`'s when given)."""
    return _same_magnitude_values(a.value if value is None else value, b.value)


def _same_magnitude_values(v: float, w: float) -> bool:
    return _within(v, w, 2.0)


# Two totals of one measure, period and subject stated in full on both sides, each the one value
# of that key in its report, disagree as one statistic up to this factor: two sources of one
# trade ("umgerechnet 70 Milliarden Dollar" and "exceeded $32 billion", China-Central Asia 2022).
_KEYED_REACH = 3.0


def _within(v: float, w: float, factor: float) -> bool:
    big, small = max(abs(v), abs(w)), min(abs(v), abs(w))
    return small > 0 and big <= factor * small


def broader_of(corpus: "Corpus") -> dict[str, str]:
    """Concept id → the concept it is a kind of, from the corpus's concepts registry."""
    return {c.id: c.broader for c in corpus.registries.concepts if c.broader}


# The story gate: evidence that two articles tell one story, from everything but the figure
# alignment. Each number written with the same (three or more) significant digits and each
# period both state counts 1 (a bare year half: many reports of one field name 2024); each named
# actor both name beyond the first counts 1/2 (unrelated reports of one field share "China").
# Concepts count nothing: controls share "trade" and "exports" as much as same-story pairs do.
# Over the smaller article's numbers, periods and actors (at least `_FEWEST`). On the tuning and
# held-out pairs, controls score 0.0 and same-story pairs 0.125 to 0.83 (the undated p10 0.21 once
# actors named in the other text count); the gate sits below the lowest same-story pair with the
# margin of a chance bare year in a small article (0.5 / 7).
STORY_GATE = 0.1
# Strong story evidence, far above what unrelated reports reach: controls of the four tuning sets
# score at most 0.119 (two reports of China's trade with the SCO, years apart), same-story pairs
# whose conflicts have a period unsaid on one side 0.214 and more.
STRONG_STORY = 0.2


# Story evidence above every control pair of the labelled sets (the highest: 0.333, two reports of
# one agency's figures on one day): only there may a value written alike pair on its digits
# alone (`_alike_in_story`). Same-story pairs reach it more often than not.
SURE_STORY = 0.35


def story_evidence(corpus: "Corpus", a_id: str, b_id: str) -> float:
    """How surely two articles tell one story, without pairing their figures (see `STORY_GATE`)."""
    sides = []
    for article in (a_id, b_id):
        figures = corpus.figures_in(article)
        sides.append((_numbers(figures), {f.period for f in figures if f.period}, _stated_keys(figures), figures))
    (na, pa, ka, fa), (nb, pb, kb, fb) = sides
    in_a, in_b, both = actors_named(corpus, a_id, b_id)
    periods = pa & pb
    points = len(na & nb) + rounded_alike(na - nb, nb - na) + sum(0.5 if _YEAR.fullmatch(p) else 1.0 for p in periods) + \
        0.5 * max(0, len(both) - 1) + len(ka & kb) + _short_decimals_alike(fa, fb)
    smaller = max(_FEWEST, min(len(na) + len(pa) + len(in_a), len(nb) + len(pb) + len(in_b)))
    if points / smaller >= STORY_GATE:
        # (only past the gate: values alike under a measure and subject strengthen a story told
        # by other evidence; alone they recur in unrelated reports)
        points += 0.5 * _agreeing_undated(fa, fb, corpus.article(a_id).published is None,
                                          corpus.article(b_id).published is None)
    return round(points / smaller, 3)


# Short decimals both reports write ("von 5,5 auf 6,5 Prozent", "from 5.5 per cent to 6.5 per cent"):
# one or two alike are chance (rates recur), a run of them is one release read twice.
_SHORT_DECIMAL = re.compile(r"(?<![\d.,])\d\d?[.,]\d(?![\d.,]?\d)")
_SHORT_RUN = 3  # short decimals alike before they count


def _short_decimals_alike(fa: list[Figure], fb: list[Figure]) -> float:
    """Half a point for each short decimal ("5,5", "6.2") both sides write beyond the first
    `_SHORT_RUN` - 1 (numbers `_numbers` leaves out for their few digits); one below one ("0,3")
    counts half: "0,3 Prozent" and "0.3 percent" recur in any two releases of monthly price
    changes. Bounded by `_MOST_NUMBERS` figures a side."""
    def short(figures: list[Figure]) -> set[str]:
        return {m.group().replace(",", ".") for f in figures[:_MOST_NUMBERS] if (m := _SHORT_DECIMAL.search(f.text))}
    both = short(fa) & short(fb)
    alike = sum(0.5 if d.startswith("0.") else 1.0 for d in both)
    return 0.5 * (alike - _SHORT_RUN + 1) if alike >= _SHORT_RUN else 0.0


def _agreeing_undated(fa: list[Figure], fb: list[Figure], undated_a: bool, undated_b: bool) -> int:
    """How many reported values of one side, of a measure and subject said, the other gives alike
    under that measure and subject where an undated page leaves the period unsaid ("7,48 Prozent" inflation
    of Russia on an undated page, "7.5%" of November): the stated keys an undated report cannot
    share. Only values written with `_PRECISE` digits on one side at least: round ones ("100
    basis points", "2.4%") recur in unrelated reports. Bounded by `_MOST_NUMBERS` figures a side."""
    def keyed(figures: list[Figure]) -> dict[tuple[str | None, str, str, str], list[Figure]]:
        out: dict[tuple[str | None, str, str, str], list[Figure]] = {}
        for f in figures[:_MOST_NUMBERS]:
            if f.measure and f.subject and not is_forecast(f):
                out.setdefault((concept_of(f), status_of(f), unit_of(f), f.subject), []).append(f)
        return out
    if not (undated_a or undated_b):
        return 0
    ka, kb = keyed(fa), keyed(fb)
    return sum(1 for key, xs in ka.items() if key in kb for x in xs
               if any((x.period is None and undated_a or y.period is None and undated_b)
                      and max(significant_digits(x), significant_digits(y)) >= _PRECISE
                      and all_agree((x, y)) for y in kb[key]))



def _stated_keys(figures: list[Figure]) -> set[str]:
    """The statistic keys a report states in full (measure, period and subject all said): two
    reports stating one statistic of one subject and period tell of the same thing, whatever
    values each gives (a preliminary and a revised GDP)."""
    return {k for k in map(statistic_key, figures) if k is not None and k.startswith("measure:")}


_MOST_NAMES = 200  # actors of one article looked for in the other: bounded
_FOLD_NAME = str.maketrans("äöüßéèáàóòíìúùçñ", "aouseeaaooiiuucn")


def _folded(text: str) -> str:
    return text.lower().translate(_FOLD_NAME)


def actors_named(corpus: "Corpus", a_id: str, b_id: str) -> tuple[set[str], set[str], set[str]]:
    """The actor ids of each article, and those both name: found in both, or found in one and
    named in the other's text by a name or the words of a mention ("Xi Jinping" found on one side
    is named on the other even where the other's reading missed it). Two reports of one story
    name the same people, places and organisations, whatever each reading caught."""
    ids = []
    for article in (a_id, b_id):
        ids.append({r.id for r in corpus.actors_in(article)})
    both = ids[0] & ids[1]
    for mine, other in ((a_id, b_id), (b_id, a_id)):
        text = _folded(corpus.text_of(other))
        for actor in corpus.actors_in(mine)[:_MOST_NAMES]:
            if actor.id in both:
                continue
            names = {actor.name, *actor.names.values(), *(m.quote for m in actor.mentions if m.article == mine)}
            if actor.kind == "person" and len(actor.name.split()) > 1:
                names.add(actor.name.split()[-1])  # "Vladimir Putin" is named by "Putin" ("Wladimir Putin")
            if any(_names_in(_folded(n), text) for n in sorted(names, key=len)[:8] if len(n) >= 3) or (
                    actor.kind == "country" and _adjective_in(actor.country, text)):
                both.add(actor.id)  # a country is named by its adjective too ("Der russische Automarkt")
    return ids[0] | both, ids[1] | both, both


def _adjective_in(alpha3: str | None, text: str) -> bool:
    """Whether one of a country's adjectives ("Russian", "russische" …) stands in `text` (folded)
    as a word, not as the name of a currency ("US-Dollar", "U.S. dollars" name no country)."""
    pattern = _adjective_pattern(alpha3) if alpha3 else None
    return pattern is not None and pattern.search(text) is not None


@cache
def _adjective_pattern(alpha3: str) -> re.Pattern[str] | None:
    """A country's adjectives, case-folded, as one pattern (built on first use, once per country)."""
    from .match.countries import countries

    adjectives = next((c.adjectives for c in countries() if c.alpha3 == alpha3), ())
    if not adjectives:
        return None
    words = sorted({re.escape(_folded(a)) for a in adjectives}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)(?![-\u2011]?\s?dollar)")


def _names_in(name: str, text: str) -> bool:
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(name, at + 1)
    return False


_YEAR = re.compile(r"\d{4}")


def sentence_concepts(corpus: "Corpus", figures: list[Figure]) -> dict[str, frozenset[str]]:
    """Figure id → the concepts named in its sentence (its evidence quote), for near measures."""
    matcher = matcher_for(corpus.registries.concepts)
    found: dict[str, frozenset[str]] = {}
    by_quote: dict[tuple[str, int], frozenset[str]] = {}
    for f in figures:
        key = (f.article, f.evidence.start)
        if key not in by_quote:
            quote = f.evidence.quote
            by_quote[key] = frozenset(m.concept for m in matcher.find(quote, 0, len(quote), f.language))
        found[f.id] = by_quote[key]
    return found


def inferred_subjects(corpus: "Corpus", figures: list[Figure]) -> frozenset[str]:
    """Ids of figures with a subject their own sentence does not name ("The trade volume between
    the two countries gained almost a third": the subject was carried from a sentence before).
    One name search per sentence."""
    names = names_for(corpus.registries.actors)
    named: dict[tuple[str, int], set[str]] = {}
    out = set()
    for f in figures:
        if not f.subject:
            continue
        key = (f.article, f.evidence.start)
        if key not in named:
            quote = f.evidence.quote
            named[key] = {m.actor for m in names.find(quote, 0, len(quote))}
        if not set(f.subject.split(">")) & named[key]:
            out.add(f.id)
    return frozenset(out)


_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_MONTH = re.compile(r"\d{4}-\d\d")


def _as_of_partner(corpus: "Corpus", a_id: str, b_id: str, fa: list[Figure],
                   fb: list[Figure]) -> tuple[list[Figure], list[Figure], frozenset[str]]:
    """Two reports of one story where only one page shows its date: the undated page's figures
    whose period its words leave open ("Von Januar bis Juli", "im vergangenen Monat") read as of
    the dated partner's day, with the ids of the figures so dated. An undated report of a story
    is near its partner's day; the records themselves keep no period the page does not give."""
    articles = corpus.article(a_id), corpus.article(b_id)
    dates: list[str | None] = [a.published for a in articles]
    if dates[0] is not None and dates[1] is not None:
        return fa, fb, frozenset()
    own: str | None = None  # the partner's own day, when neither page is dated
    if dates[0] is None and dates[1] is None:
        # Neither page dated: the one whose figures leave more periods open is read as of the last
        # day of the latest period its partner states (a report is of its own time: "im zweiten
        # Quartal des laufenden Jahres" beside "in the second quarter of 2018", "in diesem Jahr"
        # beside "in 2023")
        open_a, open_b = (sum(f.period is None for f in fs) for fs in (fa, fb))
        undated = 0 if open_a >= open_b else 1
        dates[1 - undated] = own = _last_day_of_latest((fb, fa)[undated])
        if own is None:
            return fa, fb, frozenset()
    undated = 0 if dates[0] is None else 1
    article, published = articles[undated], dates[1 - undated]
    if article.curated or published is None:
        return fa, fb, frozenset()
    borrowed: set[str] = set()
    sides = [fa, fb]
    sides[undated] = _read_as_of(corpus, article, sides[undated], published, borrowed)
    if own is not None and not articles[1 - undated].curated and _monthly(own, (fa, fb)[1 - undated]):
        # ... and the partner, undated too, as of its own day where a month it names without a year
        # is meant ("im November" of a report whose latest period is January to November 2025):
        # single months only, read alike a month later too, so no "last month" or "last year" is guessed
        # (an undated November report is not the September one whose figures it shares values with)
        sides[1 - undated] = _read_as_of(corpus, articles[1 - undated], sides[1 - undated], own, borrowed,
                                         later=_day_after(own, _STABLE_DAYS), within_year=True)
    return sides[0], sides[1], frozenset(borrowed)


_YEAR_TO_DATE = re.compile(r"(?P<y>\d{4})-(?:01/(?P=y)-)?\d\d")  # "2025-11", "2025-01/2025-11"


def _monthly(day: str, figures: list[Figure]) -> bool:
    """Whether the latest period the figures state, ending on `day`, is a month or the months of a
    year up to one (a monthly release: "im November", "Januar bis November 2025"), not a fiscal
    year or a year: the report is then of that month's time."""
    return any(f.period and _YEAR_TO_DATE.fullmatch(f.period) and not is_forecast(f)
               and _last_day_of_latest([f]) == day for f in figures)


# Days between two readings of an undated page whose periods must agree to be taken: a month named
# without a year reads alike a month later; "last month", "this year" do not.
_STABLE_DAYS = 40


def _day_after(iso: str, days: int) -> str:
    from datetime import date, timedelta

    return (date.fromisoformat(iso) + timedelta(days=days)).isoformat()


def _read_as_of(corpus: "Corpus", article: Article, figures: list[Figure], published: str, borrowed: set[str],
                later: str | None = None, within_year: bool = False) -> list[Figure]:
    """`figures` of an undated `article` whose period its words leave open, read as of `published`
    (and, with `later`, only where reading as of `later` gives the same period; `within_year`, only
    single months of the year up to `published`); their ids into `borrowed`. A day read so is too
    fine a guess."""
    def fits(period: str) -> bool:
        if not within_year:
            return True
        year, month = int(published[:4]), int(published[5:7])
        return bool(_MONTH.fullmatch(period)) and 0 <= 12 * (year - int(period[:4])) + month - int(period[5:7]) < 12

    if not any(f.period is None for f in figures):
        return figures
    from dataclasses import replace

    from .load.analyse import figures_as_of

    read = {f.id: f.period for f in figures_as_of(article, corpus.registries, published)}
    again = {f.id: f.period for f in figures_as_of(article, corpus.registries, later)} if later else read
    dated: list[Figure] = []
    for f in figures:
        period = read.get(f.id) if f.period is None else None
        if (period is not None and not _DAY.fullmatch(period) and again.get(f.id) == period
                and fits(period)):
            borrowed.add(f.id)
            f = replace(f, period=period)
        dated.append(f)
    return dated


_PERIOD_END = re.compile(r"(?P<y>\d{4})(?:-(?:Q(?P<q>[1-4])|H(?P<h>[12])|(?P<m>\d\d)(?:-(?P<d>\d\d))?))?\Z")


def _last_day_of_latest(figures: list[Figure]) -> str | None:
    """The last day of the latest period the figures state (forecasts aside), as ISO 8601:
    "2018-Q2" → "2018-06-30", "2023" → "2023-12-31"; None when they state none."""
    from calendar import monthrange

    days = []
    for f in figures:
        if f.period is None or is_forecast(f):
            continue
        m = _PERIOD_END.match(f.period.rsplit("/", 1)[-1])
        if m is None:
            continue
        if m["d"]:
            days.append(f"{m['y']}-{m['m']}-{m['d']}")
            continue
        year = int(m["y"])
        month = int(m["m"]) if m["m"] else 3 * int(m["q"]) if m["q"] else 6 * int(m["h"]) if m["h"] else 12
        days.append(f"{year:04d}-{month:02d}-{monthrange(year, month)[1]:02d}")
    return max(days, default=None)


def _months_apart(fa: list[Figure], fb: list[Figure], borrowed: frozenset[str]) -> bool:
    """Whether the figures of two undated pages, each read as of a day (`_as_of_partner`), give
    single months on each side and no month on both (forecasts aside)."""
    def months(figures: list[Figure]) -> set[str]:
        return {f.period for f in figures if f.id in borrowed and f.period and _MONTH.fullmatch(f.period)
                and not is_forecast(f)}
    ma, mb = months(fa), months(fb)
    return bool(ma and mb and not ma & mb)


def compare_pair(corpus: "Corpus", a_id: str, b_id: str) -> Comparison:
    """Shared, only-here and conflicting records of two articles, with a similarity in [0, 1]."""
    fa, fb = corpus.figures_in(a_id), corpus.figures_in(b_id)
    evidence = story_evidence(corpus, a_id, b_id)
    story = evidence >= STORY_GATE
    near = sentence_concepts(corpus, fa + fb) if story else {}
    inferred = inferred_subjects(corpus, fa + fb) if story else frozenset()
    ra, rb, borrowed = _as_of_partner(corpus, a_id, b_id, fa, fb) if story else (fa, fb, frozenset[str]())
    # Two reports whose figures each give single months, none of them shared, are two months'
    # releases ("im November" and "in September" of one monthly statistic): evidence of one
    # story drawn from values alike is then chance, and none of it is strong.
    apart = _months_apart(ra, rb, borrowed)
    shared, conflicts = align_figures(ra, rb, broader_of(corpus), story=story, near=near, inferred=inferred,
                                      strong=evidence >= STRONG_STORY and not apart, borrowed=borrowed,
                                      sure=evidence >= SURE_STORY and not apart)
    if borrowed:  # reported as the records are, not as they were read for pairing
        written = {f.id: f for f in (*fa, *fb)}
        shared = [FigurePair(written[p.a.id], written[p.b.id]) for p in shared]
        conflicts = [FigurePair(written[p.a.id], written[p.b.id]) for p in conflicts]
    used = {f.id for p in (*shared, *conflicts) for f in (p.a, p.b)}
    # A repeat in `b` of a figure paired with `a` is not only-here either.
    paired_b = [p.b for p in (*shared, *conflicts)]
    only = {a_id: tuple(x for x in fa if x.id not in used),
            b_id: tuple(y for y in fb if y.id not in used and not any(_repeats(y, o) for o in paired_b))}
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
        # Numbers written with the same digits, and the ones two reports state differently.
        "numbers": _by_smaller(_numbers(fa), _numbers(fb), more=len(conflicts)),
        "concepts": _by_smaller(_concepts(fa), _concepts(fb)),
        "actors": _by_smaller(set(actors.shared) | set(actors.only[a_id]), set(actors.shared) | set(actors.only[b_id])),
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


def _full_id(corpus: "Corpus", value: str) -> str:
    """The article id a unique prefix names; an unknown id stays as given, to be reported below."""
    from .errors import UnknownId

    try:
        return corpus.article_id(value)
    except UnknownId:
        return value


def compare(corpus: "Corpus", article_ids: list[str]) -> Comparison | GroupComparison:
    """Compare two articles, or every pair of three or more plus what all of them share."""
    from .errors import UsageError

    unique = list(dict.fromkeys(_full_id(corpus, a) for a in article_ids))
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
