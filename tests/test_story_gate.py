"""Round four of alignment: the story gate, near measures, shares of all, rounded figures and
attested conflicts in facts — table-driven, German and English, with cases that must yield nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from sco_digital.compare import align_figures, rounded_alike, written_alike
from sco_digital.extract.periods import periods_agree
from sco_digital.facts import build_facts
from sco_digital.load.registry import load_registries
from sco_digital.match.concepts import matcher_for, measure_of
from sco_digital.records import Evidence, Figure

REGISTRIES = load_registries(Path(__file__).resolve().parent.parent / "corpus")
BROADER = {c.id: c.broader for c in REGISTRIES.concepts if c.broader}


def fig(article: str, text: str, value, unit: str = "count", qualifier: str = "exact", measure=None,
        period=None, subject=None, change=None, quote=None, at: int = 0) -> Figure:
    quote = quote or text
    return Figure(id=f"{article}:{at}", start=at, article=article, language=article[-2:], value=value, unit=unit,
                  qualifier=qualifier, change=change, range_with=None, counted=None, measure=measure, metric=None,
                  period=period, subject=subject, topics=(), text=text,
                  evidence=Evidence(article, quote, at, at + len(quote)), origin="extracted")


KEY = dict(period="2025-08", subject="china")

# (de, en, story?, near concepts {figure id: concepts}, paired?)
PAIRS = [
    # Below the gate: only a fully keyed figure pairs, its values agreeing within rounding (as
    # `facts` joins them across a folder).
    (fig("a-de", "1,82 Milliarden", 1.82e9, measure="users", **KEY),
     fig("b-en", "1.82 billion", 1.82e9, measure="users", **KEY), False, {}, True),
    (fig("a-de", "1,82 Milliarden", 1.82e9, measure="users", **KEY),
     fig("b-en", "1.82 billion", 1.82e9, measure="users", period=None, subject="china"), False, {}, False),
    (fig("a-de", "138,1 Prozent", 138.1, "percent", measure="revenue:change", **KEY),
     fig("b-en", "138 percent", 138, "percent", measure="revenue:change", **KEY), False, {}, True),
    (fig("a-de", "138,6 Prozent", 138.6, "percent", measure="revenue:change", **KEY),
     fig("b-en", "138 percent", 138, "percent", measure="revenue:change", **KEY), False, {}, False),
    # Within a story: a near measure named in the other sentence, same digits.
    (fig("a-de", "6,57 Billionen Yuan", 6.57e12, "CNY", measure="imports", **KEY),
     fig("b-en", "RMB6.57 trillion", 6.57e12, "CNY", measure="trade-volume", **KEY), True,
     {"a-de:0": frozenset({"imports", "trade-volume"})}, True),
    # ... and a precise amount written alike pairs within a story whatever measure each side read;
    # a rate, or a short amount, does not.
    (fig("a-de", "6,57 Billionen Yuan", 6.57e12, "CNY", measure="imports", **KEY),
     fig("b-en", "RMB6.57 trillion", 6.57e12, "CNY", measure="trade-volume", **KEY), True, {}, True),
    (fig("a-de", "6,57 Billionen Yuan", 6.57e12, "CNY", measure="imports", **KEY),
     fig("b-en", "RMB6.57 trillion", 6.57e12, "CNY", measure="trade-volume", **KEY), False, {}, False),
    (fig("a-de", "65,7 Prozent", 65.7, "percent", measure="imports:change", **KEY),
     fig("b-en", "65.7%", 65.7, "percent", measure="inflation:change", **KEY), True, {}, False),
    (fig("a-de", "6,5 Billionen Yuan", 6.5e12, "CNY", measure="imports", **KEY),
     fig("b-en", "RMB6.5 trillion", 6.5e12, "CNY", measure="investment", **KEY), True, {}, False),
    # Level read on one side, change on the other: only with a stated direction.
    (fig("a-de", "80,6 Prozent", 80.6, "percent", measure="trade-surplus", change="down", **KEY),
     fig("b-en", "80.6%", 80.6, "percent", measure="trade-surplus:change", **KEY), True, {}, True),
    (fig("a-de", "80,6 Prozent", 80.6, "percent", measure="trade-surplus", **KEY),
     fig("b-en", "80.6%", 80.6, "percent", measure="trade-surplus:change", **KEY), True, {}, False),
    # A number word is exact as written: "zehn Prozent" and "10 percent" of one quarter.
    (fig("a-de", "zehn Prozent", 10, "percent", measure="containers:change", period="2024-Q1", subject="china"),
     fig("b-en", "10 percent", 10, "percent", measure="freight-trains:change", period="2024-Q1", subject="china>europe"),
     True, {"a-de:0": frozenset({"containers", "freight-trains"})}, True),
    # A value and nothing else known pairs not, words or digits.
    (fig("a-de", "fünf", 5, period="2013", subject="china"), fig("b-en", "five", 5, period="2013", subject="china"),
     True, {}, False),
    # Subjects read differently ("trade with ASEAN"): the one 6.1 % of that measure and quarter on each side.
    (fig("a-de", "6,1 Prozent", 6.1, "percent", measure="trade-volume:change", period="2020-Q1", subject="china"),
     fig("b-en", "6.1%", 6.1, "percent", measure="trade-volume:change", period="2020-Q1", subject="asean"),
     True, {}, True),
    (fig("a-de", "6,1 Prozent", 6.1, "percent", measure="trade-volume:change", period="2020-Q1", subject="china"),
     fig("b-en", "6.1%", 6.1, "percent", measure="trade-volume:change", period=None, subject="asean"),
     True, {}, False),
    # Two significant digits and no period both state: chance, even within a story.
    (fig("a-de", "10 Millionen", 1e7, measure="trademarks", subject="china"),
     fig("b-en", "10 million", 1e7, measure="output", subject="china"), True,
     {"a-de:0": frozenset({"trademarks", "output"})}, False),
]


@pytest.mark.parametrize("de, en, story, near, paired", PAIRS)
def test_pairs_by_the_story_gate_and_near_measures(de, en, story, near, paired):
    shared, conflicts = align_figures([de], [en], BROADER, story=story, near=near)
    assert bool(shared) is paired and not conflicts


def test_a_value_stated_under_two_measures_is_not_lone():
    # The German report gives 6,1 Prozent for trade and for exports: the subject clash stays a clash.
    de = [fig("a-de", "6,1 Prozent", 6.1, "percent", measure="trade-volume:change", period="2020-Q1", subject="china"),
          fig("a-de", "6,1 Prozent", 6.1, "percent", measure="exports:change", period="2020-Q1", subject="china", at=90)]
    en = [fig("b-en", "6.1%", 6.1, "percent", measure="trade-volume:change", period="2020-Q1", subject="asean")]
    assert align_figures(de, en, BROADER, story=True) == ([], [])


@pytest.mark.parametrize("story, conflict", [(True, True), (False, False)])
def test_no_conflict_below_the_story_gate(story, conflict):
    de = fig("a-de", "98,33 Billionen Yuan", 98.33e12, "CNY", measure="trade-surplus", **KEY)
    en = fig("b-en", "RMB 98.33 billion", 98.33e9, "CNY", measure="trade-surplus", **KEY)
    assert bool(align_figures([de], [en], BROADER, story=story)[1]) is conflict


@pytest.mark.parametrize("a, b, alike", [
    (fig("a-de", "8,7 Prozent", 8.7, "percent"), fig("b-en", "8.7 percent", 8.7, "percent"), True),
    (fig("a-de", "1,749 Millionen", 1.749e6), fig("b-en", "1.75 million", 1.75e6), False),
    (fig("a-de", "9,3 Prozent", 9.3, "percent"), fig("b-en", "9.3 percentage points", 9.3, "percentage_point"), False),
])
def test_written_alike_is_the_same_digits_and_value(a, b, alike):
    assert written_alike(a, b) is alike


MATCHER = matcher_for(REGISTRIES.concepts)


@pytest.mark.parametrize("text, number, lang, measure", [
    ("Das entspricht 36,3 Prozent aller Mobilfunk-Basisstationen des Landes.", "36,3 Prozent", "de", "share"),
    ("That is 36.3 percent of all mobile base stations in the country.", "36.3 percent", "en", "share"),
    ("34,6 Prozent aller Internetnutzer lernten online.", "34,6 Prozent", "de", "share"),
    # Not a share: a growth rate of the base stations.
    ("Die Zahl der Basisstationen stieg um 36,3 Prozent.", "36,3 Prozent", "de", None),
])
def test_percent_of_all_is_a_share(text, number, lang, measure):
    start = text.index(number)
    got = measure_of(text, start, start + len(number), lang, MATCHER, "percent")
    assert (got == measure) if measure else (got is None or not got.startswith("share"))


KEYED = dict(measure="internet-users", period="2020-12", subject="china")


@pytest.mark.parametrize("de, en, joined", [
    # A rounded headline of one report is not the precise figure of another.
    (fig("a-de", "989 Millionen", 989e6, **KEYED), fig("b-en", "nearly 1 billion", 1e9, "count", "nearly", **KEYED), False),
    (fig("a-de", "über 10 Millionen", 1e7, "count", "more_than", **KEYED), fig("b-en", "10.175 million", 10.175e6, **KEYED), False),
    # The same rounded value on both sides joins.
    (fig("a-de", "fast 1 Milliarde", 1e9, "count", "nearly", **KEYED), fig("b-en", "nearly 1 billion", 1e9, "count", "nearly", **KEYED), True),
])
def test_rounded_figures_join_only_their_value(de, en, joined):
    facts = build_facts([de, en], REGISTRIES)
    assert (len(facts) == 1) is joined


GROWTH = dict(measure="trade-volume:change", period="2020-Q1", subject="china")


@pytest.mark.parametrize("de_quote, en_quote, conflict", [
    # The sentences state nothing else alike: two growth rates, kept apart.
    ("Handel mit ASEAN 991,34 Milliarden Yuan, ein Anstieg von 6,1 Prozent", "trade reached RMB6.57 trillion, down by 6.4%", False),
    # They share another number: one statistic, two values.
    ("Handel 6,57 Billionen Yuan, ein Anstieg von 6,1 Prozent", "trade reached RMB6.57 trillion, down by 6.4%", True),
])
def test_a_conflict_fact_needs_its_sentences_to_agree_on_more(de_quote, en_quote, conflict):
    de = fig("a-de", "6,1 Prozent", 6.1, "percent", quote=de_quote, **GROWTH)
    en = fig("b-en", "6.4%", 6.4, "percent", quote=en_quote, **GROWTH)
    facts = build_facts([de, en], REGISTRIES)
    assert [f.status for f in facts] == (["conflict"] if conflict else ["single", "single"])


@pytest.mark.parametrize("a, b, agree", [
    ("2021-national-day", "2021-10-01/2021-10-07", True),   # "vom 1. Oktober bis 7. Oktober" / "National Day holiday"
    ("2023-mid-autumn-festival", "2023-09-29/2023-10-06", True),
    ("2021-national-day", "2022-10-01/2022-10-07", False),  # another year
    ("2021-may-day", "2021-10-01/2021-10-07", False),       # another holiday
    ("2021-national-day", "2021-01/2021-10", False),        # months, not a holiday week
    ("2024", "2024-Q1", False),
    ("2024-Q1", None, True),
])
def test_a_holiday_and_its_days_are_one_period(a, b, agree):
    assert periods_agree(a, b) is agree and periods_agree(b, a) is agree


HOLIDAY = dict(period="2021-national-day", subject="china")


@pytest.mark.parametrize("de_measure, conflict", [
    ("revenue", True),           # "Einnahmen … aus dem Tourismus" read as revenue: a kind of it
    ("investment", False),       # an unrelated measure: no conflict whatever the values
])
def test_a_conflict_may_join_a_measure_and_its_narrower(de_measure, conflict):
    de = fig("a-de", "386,061 Milliarden Yuan", 386.061e9, "CNY", measure=de_measure, period="2021-10-01/2021-10-07",
             subject="china")
    en = fig("b-en", "389.06 billion yuan", 389.06e9, "CNY", measure="tourism-revenue", **HOLIDAY)
    assert bool(align_figures([de], [en], BROADER, story=True)[1]) is conflict


# Story evidence: a number one report writes more precisely and the other rounds ("132,07
# Milliarden" / "132 billion") counts as the same digits do; a longer number that rounds to
# other digits, or a shorter one that is merely its prefix, does not. (Digit strings as
# `_numbers` gives them: without leading and trailing zeros.)
ROUNDED = [
    ({"13207"}, {"132"}, 1),
    ({"2535"}, {"254"}, 1),
    ({"1299"}, {"13"}, 1),
    ({"13257"}, {"132"}, 0),  # 132.57 rounds to 133
    ({"132"}, {"132"}, 0),  # the same digits are counted apart (`na & nb`), not here
    ({"4871"}, {"132"}, 0),
    (set(), {"132"}, 0),
]


@pytest.mark.parametrize("na, nb, found", ROUNDED)
def test_numbers_one_report_rounds(na: set[str], nb: set[str], found: int) -> None:
    assert rounded_alike(na, nb) == found
    assert rounded_alike(nb, na) == found
