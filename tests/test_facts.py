"""Statistic keys, joining and conflicts: the cross-language core, tested without the CLI first."""

from __future__ import annotations


import json
from dataclasses import replace
from pathlib import Path

import pytest

from sco_digital.facts import all_agree, build_facts, facts_from_group, precision_of, significant_digits, statistic_key
from sco_digital.load.registry import load_registries
from sco_digital.records import Evidence, Figure

REGISTRIES = load_registries(Path(__file__).resolve().parent.parent / "corpus")


def fig(article: str, text: str, value, unit: str = "count", qualifier: str = "exact", measure=None,
        period=None, subject=None, metric=None, language=None, counted=None, at: int = 0) -> Figure:
    language = language or ("de" if article.endswith("de") else "en")
    return Figure(id=f"{article}:{at}", start=at, article=article, language=language, value=value, unit=unit,
                  qualifier=qualifier, change=None, range_with=None, counted=counted, measure=measure, metric=metric,
                  period=period, subject=subject, topics=(), text=text, evidence=Evidence(article, text, at, at + len(text)),
                  origin="extracted")


TRADE = dict(measure="trade-volume", period="2024", subject="china>sco")

# (figure a, figure b, same key?)
KEYS = [
    (fig("a-de", "512 Milliarden Dollar", 512e9, "USD", **TRADE), fig("b-en", "$512 billion", 512e9, "USD", **TRADE), True),
    # A different value of one statistic: still one key (a conflict, not two facts).
    (fig("a-de", "490 Milliarden Dollar", 490e9, "USD", **TRADE), fig("b-en", "$512 billion", 512e9, "USD", **TRADE), True),
    # Level and change are different statistics.
    (fig("a-de", "9,3 Prozent", 9.3, "percent", **TRADE),
     fig("b-en", "9.3 percent", 9.3, "percent", **{**TRADE, "measure": "trade-volume:change"}), False),
    # Another period, subject or currency: another statistic.
    (fig("a-de", "512 Milliarden Dollar", 512e9, "USD", **TRADE),
     fig("b-en", "$512 billion", 512e9, "USD", **{**TRADE, "period": "2023"}), False),
    (fig("a-de", "512 Milliarden Dollar", 512e9, "USD", **TRADE),
     fig("b-en", "$512 billion", 512e9, "USD", **{**TRADE, "subject": "china>russia"}), False),
    (fig("a-de", "3,6 Billionen Yuan", 3.6e12, "CNY", **TRADE), fig("b-en", "$512 billion", 512e9, "USD", **TRADE), False),
    # Equal values alone never join: no measure, or measure without period and subject.
    (fig("a-de", "9,3 Prozent", 9.3, "percent"), fig("b-en", "9.3 percent", 9.3, "percent"), False),
    (fig("a-de", "222", 222, measure="cities"), fig("b-en", "222", 222, measure="cities"), False),
    (fig("a-de", "40", 40), fig("b-en", "40", 40), False),
    # A percentage of the economy is its growth: "7.2 per cent" (gdp) and "wuchs um 7,2 %" (gdp:change) ...
    (fig("a-de", "7,2 %", 7.2, "percent", measure="gdp:change", period="2023", subject="india"),
     fig("b-en", "7.2 per cent", 7.2, "percent", measure="gdp", period="2023", subject="india"), True),
    # ... and so is a country's growth; a company's growth is not its country's economy.
    (fig("a-de", "4 %", 4, "percent", measure="growth", period="2026", subject="pakistan"),
     fig("b-en", "4%", 4, "percent", measure="gdp:change", period="2026", subject="pakistan"), True),
    (fig("a-de", "4 %", 4, "percent", measure="growth", period="2026", subject="huawei"),
     fig("b-en", "4%", 4, "percent", measure="gdp:change", period="2026", subject="huawei"), False),
    # An amount of it is a level still.
    (fig("a-de", "4 Billionen Dollar", 4e12, "USD", measure="gdp", period="2026", subject="india"),
     fig("b-en", "$4 trillion", 4e12, "USD", measure="gdp:change", period="2026", subject="india"), False),
    # A curated metric joins whatever the words.
    (fig("a-de", "830", 830, metric="trained", period="2025"), fig("b-en", "830", 830, metric="trained", period="2025"),
     True),
]


@pytest.mark.parametrize("a, b, same", KEYS)
def test_statistic_key(a, b, same):
    key_a, key_b = statistic_key(a), statistic_key(b)
    assert (key_a is not None and key_a == key_b) is same


def test_repeats_inside_one_article_join_and_only_there():
    head = fig("a-en", "9.3%", 9.3, "percent", measure="trade-volume:change", at=10)
    body = fig("a-en", "9.3 percent", 9.3, "percent", measure="trade-volume:change", at=200)
    other = fig("b-en", "9.3 percent", 9.3, "percent", measure="trade-volume:change")
    assert statistic_key(head) == statistic_key(body) != statistic_key(other)
    assert statistic_key(fig("a-en", "40", 40)) is None


# (figure a, figure b, agree?)
AGREEMENT = [
    (fig("a-en", "14.3821 trillion yuan", 14.3821e12, "CNY"), fig("b-en", "14.38 trillion yuan", 14.38e12, "CNY"), True),
    (fig("a-de", "14,3821 Billionen Yuan", 14.3821e12, "CNY"), fig("b-en", "14.39 trillion yuan", 14.39e12, "CNY"), False),
    (fig("a-de", "fast 40", 40, qualifier="nearly"), fig("b-en", "nearly 40", 40, qualifier="nearly"), True),
    # one word of approximation on both sides: the values as written compare as stated ones
    (fig("a-de", "fast 3,03 Millionen", 3.03e6, qualifier="nearly"),
     fig("b-en", "nearly 3.02 million", 3.02e6, qualifier="nearly"), False),
    (fig("a-en", "about 510 million", 510e6, qualifier="about"), fig("b-en", "about 520 million", 520e6, qualifier="about"),
     False),
    (fig("a-de", "fast 40", 40, qualifier="nearly"), fig("b-en", "nearly 39.8", 39.8, qualifier="nearly"), True),
    (fig("a-de", "fast 40", 40, qualifier="nearly"), fig("b-en", "38", 38), True),
    (fig("a-en", "more than 20", 20, qualifier="more_than"), fig("b-en", "25", 25), True),
    (fig("a-en", "more than 20", 20, qualifier="more_than"), fig("b-en", "15", 15), False),
    # an open lower bound says its value is passed: "mehr als 10 Millionen" is no report of 9.7 million
    (fig("a-de", "Mehr als 10 Millionen", 10e6, qualifier="more_than"), fig("b-en", "9.7 million", 9.7e6), False),
    (fig("a-de", "Mehr als 10 Millionen", 10e6, qualifier="more_than"), fig("b-en", "10 million", 10e6), True),
    # An open bound reports a value a little above it, not any larger one: "surpassed 79.73 billion
    # yuan" is no report of 1.2 trillion; two open bounds agree whatever their values.
    (fig("a-en", "79.73 billion yuan", 79.73e9, "CNY", "more_than"), fig("b-en", "1.2 trillion yuan", 1.2e12, "CNY"),
     False),
    (fig("a-en", "79.73 billion yuan", 79.73e9, "CNY", "more_than"), fig("b-en", "80 billion yuan", 80e9, "CNY"),
     True),
    (fig("a-en", "more than 20", 20, qualifier="more_than"), fig("b-en", "more than 100", 100, qualifier="more_than"),
     True),
    (fig("a-de", "etwa 2 Milliarden US-Dollar", 2e9, "USD", "about"), fig("b-en", "$1.8 billion", 1.8e9, "USD"), True),
    (fig("a-de", "9,3 Prozent", 9.3, "percent"), fig("b-en", "9.4 percent", 9.4, "percent"), False),
    (fig("a-de", "1,749 Millionen", 1.749e6), fig("b-en", "1.75 million", 1.75e6), True),
    (fig("a-de", "1,33 Millionen", 1.33e6), fig("b-en", "1.322 million", 1.322e6), False),
    (fig("a-de", "13.817", 13817), fig("b-en", "13,187", 13187), False),
    (fig("a-de", "5 Prozent", 5, "percent"), fig("b-en", "5 percentage points", 5, "percentage_point"), False),
]


@pytest.mark.parametrize("a, b, agree", AGREEMENT)
def test_agreement_within_rounding_and_qualifiers(a, b, agree):
    assert all_agree((a, b)) is agree


def test_a_fact_across_languages_reads_subject_measure_period():
    de = fig("a-de", "29.000", 29000, measure="professionals-trained", period="2024", subject="uzbekistan")
    en = fig("b-en", "29,000", 29000, measure="professionals-trained", period="2024", subject="uzbekistan")
    (fact,) = build_facts([de, en], REGISTRIES)
    assert fact.status == "consistent" and fact.basis == "measure" and fact.articles == ("a-de", "b-en")
    assert fact.statement == "Uzbekistan — professionals trained — 2024: 29,000"
    assert (fact.measure, fact.period, fact.subject) == ("professionals-trained", "2024", "uzbekistan")


def test_a_conflict_keeps_both_values_and_quotes():
    # Both sentences state another number alike (the growth of 12,5 %): one statistic, two values.
    de = fig("a-de", "490 Milliarden Dollar", 490e9, "USD", **TRADE)
    en = fig("b-en", "$512 billion", 512e9, "USD", **TRADE)
    de = replace(de, evidence=Evidence("a-de", "490 Milliarden Dollar, plus 12,5 Prozent", 0, 40))
    en = replace(en, evidence=Evidence("b-en", "$512 billion, up 12.5 percent", 0, 30))
    (fact,) = build_facts([de, en], REGISTRIES)
    assert fact.status == "conflict" and fact.value == [490e9, 512e9]
    assert [e.quote for e in fact.evidence] == ["490 Milliarden Dollar, plus 12,5 Prozent", "$512 billion, up 12.5 percent"]


def test_equal_values_of_different_measures_stay_apart():
    exports = fig("a-en", "5.2 percent", 5.2, "percent", measure="exports:change", period="2024", subject="china")
    oil = fig("b-en", "5.2 percent", 5.2, "percent", measure="oil-output:change", period="2024", subject="china")
    assert [f.status for f in build_facts([exports, oil], REGISTRIES)] == ["single", "single"]


def test_one_article_with_two_values_of_a_key_gives_two_facts():
    coal = fig("a-de", "90 Milliarden US-Dollar", 90e9, "USD", "nearly", measure="imports", period="2024",
               subject="china", at=1)
    farm = fig("a-de", "13,66 Milliarden Dollar", 13.66e9, "USD", measure="imports", period="2024", subject="china", at=2)
    coal_en = fig("b-en", "90 billion U.S. dollars", 90e9, "USD", "nearly", measure="imports", period="2024",
                  subject="china")
    facts = facts_from_group([coal, farm, coal_en], REGISTRIES)
    assert sorted((f.status, len(f.figures)) for f in facts) == [("consistent", 2), ("single", 1)]



TRIPS = dict(measure="trips", period="2024-mid-autumn-festival", subject="china")


# (one group of figures of one key, the figure ids of each fact it gives)
OPEN_BOUNDS_OF_ONE_ARTICLE = [
    # One article's "nearly 5.26 million" in all and "exceeded 1.75 million" a day overlap as bounds,
    # but a report restating one number rounds it, it does not change it: two statistics, and the
    # other report's 5.26 joins the first.
    ([fig("a-en", "nearly 5.26 million", 5.26e6, qualifier="nearly", at=1, **TRIPS),
      fig("a-en", "exceeded 1.75 million", 1.75e6, qualifier="more_than", at=2, **TRIPS),
      fig("b-de", "fast 5,26 Millionen", 5.26e6, qualifier="nearly", **TRIPS)],
     [["a-en:1", "b-de:0"], ["a-en:2"]]),
    # A headline's bound and the body's exact value that it rounds are one statistic said twice.
    ([fig("a-en", "almost 5.26 million", 5.26e6, qualifier="nearly", at=1, **TRIPS),
      fig("a-en", "5,258,000", 5.258e6, at=2, **TRIPS),
      fig("b-de", "5,26 Millionen", 5.26e6, **TRIPS)],
     [["a-en:1", "a-en:2", "b-de:0"]]),
]


@pytest.mark.parametrize("group, parts", OPEN_BOUNDS_OF_ONE_ARTICLE)
def test_open_bounds_one_article_gives_are_two_statistics(group, parts):
    facts = facts_from_group(group, REGISTRIES)
    assert sorted(sorted(f.figures) for f in facts) == sorted(parts)


# ---- end to end: a German and an English report nobody annotated ------------------------------

DE = """date 2025-06-17

Chinas Handel mit Zentralasien wächst

Im Jahr 2024 erreichte Chinas Handel mit Kasachstan 43,8 Milliarden US-Dollar, ein Plus von 6,2 Prozent.
Mehr als 400 Firmen nahmen an der Messe teil. Die Inflation in Kasachstan lag bei 8,6 Prozent.
"""
EN = """date 2025-06-16

China's trade with Central Asia grows

In 2024, China's trade with Kazakhstan reached 41.2 billion U.S. dollars, up 6.2 percent year on year.
More than 400 companies attended the fair. The Kazakh unemployment rate was 8.6 percent.
"""


@pytest.fixture
def pair(tmp_path: Path) -> Path:
    (tmp_path / "p1-de.txt").write_text(DE, encoding="utf-8")
    (tmp_path / "p1-en.txt").write_text(EN, encoding="utf-8")
    return tmp_path


def test_compare_pairs_agreements_and_conflicts_not_equal_values(run, pair):
    out = run("--corpus", str(pair), "compare", "p1-de", "p1-en", "--json")
    assert out.exit_code == 0, out.output
    figures = json.loads(out.stdout)["figures"]
    shared = {(p["a"]["text"], p["b"]["text"]) for p in figures["shared"]}
    assert shared == {("6,2 Prozent", "6.2 percent"), ("400", "400")}
    assert [(c["a"]["text"], c["b"]["text"]) for c in figures["conflicts"]] == [
        ("43,8 Milliarden US-Dollar", "41.2 billion U.S. dollars")]
    # Inflation and unemployment share 8.6 percent and nothing else.
    assert {f["text"] for f in figures["only"]["p1-de"]} == {"8,6 Prozent"}


def test_facts_conflicts_and_measure_filters(run, pair):
    out = run("--corpus", str(pair), "facts", "--conflicts", "--json")
    assert out.exit_code == 0, out.output
    (conflict,) = json.loads(out.stdout)
    assert conflict["status"] == "conflict" and conflict["measure"] == "trade-volume"
    assert conflict["statement"].startswith("China–Kazakhstan — trade volume — 2024: ")
    by_word = run("--corpus", str(pair), "figures", "--measure", "Handelsvolumen", "--json")
    by_id = run("--corpus", str(pair), "figures", "--measure", "trade-volume", "--json")
    assert json.loads(by_word.stdout) == json.loads(by_id.stdout)
    assert {f["measure"] for f in json.loads(by_id.stdout)} == {"trade-volume", "trade-volume:change"}
    firms = json.loads(run("--corpus", str(pair), "facts", "--measure", "Firmen", "--json").stdout)
    # The period and subject stated once in the lead carry to the count of companies: one fact
    # (the partner, said for trade, stays with trade).
    assert [(f["articles"], f["period"], f["subject"]) for f in firms] == [(["p1-de", "p1-en"], "2024", "china")]


def test_counts_of_an_article_that_never_states_a_period_stay_apart(run, tmp_path):
    (tmp_path / "q-de.txt").write_text("Messe in Almaty\n\nMehr als 400 Firmen nahmen teil.\n", encoding="utf-8")
    (tmp_path / "q-en.txt").write_text("Fair in Almaty\n\nMore than 400 companies attended.\n", encoding="utf-8")
    firms = json.loads(run("--corpus", str(tmp_path), "facts", "--measure", "companies", "--json").stdout)
    assert [(f["articles"], f["period"]) for f in firms] == [(["q-de"], None), (["q-en"], None)]


def test_unknown_measure_is_a_usage_error_with_suggestions(run, pair):
    out = run("--corpus", str(pair), "figures", "--measure", "exprots")
    assert out.exit_code == 2 and "did you mean" in out.stderr and "exports" in out.stderr


# ---- aligning two reports: one to one, by score ---------------------------------------------------

from sco_digital.compare import align_figures, broader_of  # noqa: E402

BROADER = {c.id: c.broader for c in REGISTRIES.concepts if c.broader}

# (figure of the German report, figure of the English one, "shared" | "conflict" | None)
ALIGN = [
    # A generic measure on one side, a specific one on the other: compatible.
    (fig("a-de", "1,1 Milliarden", 1.1e9, measure="users", period="2024", subject="china"),
     fig("b-en", "1.1 billion", 1.1e9, measure="internet-users", period="2024", subject="china"), "shared"),
    (fig("a-de", "48,8 Billionen Yuan", 48.8e12, "CNY", measure="sales", period="2024"),
     fig("b-en", "48.8 trillion yuan", 48.8e12, "CNY", measure="retail-sales", period="2024"), "shared"),
    # Known different measures or periods forbid the pair, whatever the values.
    (fig("a-de", "6,2 Prozent", 6.2, "percent", measure="exports:change", period="2025-01/2025-09"),
     fig("b-en", "6.2 percent", 6.2, "percent", measure="trade-volume:change", period="2025-01/2025-10"), None),
    (fig("a-de", "138,1 Prozent", 138.1, "percent", measure="share", period="2023"),
     fig("b-en", "138 percent", 138, "percent", measure="share", period="2024"), None),
    # Nothing known but the value: only a precise value pairs.
    (fig("a-de", "10,175 Millionen", 10.175e6), fig("b-en", "10.175 million", 10.175e6), "shared"),
    (fig("a-de", "fünf", 5), fig("b-en", "five", 5), None),
    (fig("a-de", "2,5 Prozent", 2.5, "percent"), fig("b-en", "2.5 percent", 2.5, "percent"), None),
    # A level is never the same statistic as a change.
    (fig("a-de", "9,3 Prozent", 9.3, "percent", measure="exports", period="2024"),
     fig("b-en", "9.3 percent", 9.3, "percent", measure="exports:change", period="2024"), None),
    # The same key with values beyond rounding: a conflict, even at another scale of the same digits.
    (fig("a-de", "98,33 Billionen Yuan", 98.33e12, "CNY", measure="gdp", period="2024", subject="china"),
     fig("b-en", "98.33 billion yuan", 98.33e9, "CNY", measure="gdp", period="2024", subject="china"), "conflict"),
    (fig("a-de", "43,8 Milliarden Dollar", 43.8e9, "USD", **TRADE),
     fig("b-en", "$41.2 billion", 41.2e9, "USD", **TRADE), "conflict"),
    # Agreement within rounding and qualifiers.
    (fig("a-de", "fast 40 Prozent", 40, "percent", "nearly", measure="share", period="2024"),
     fig("b-en", "nearly 40%", 40, "percent", "nearly", measure="share", period="2024"), "shared"),
]


@pytest.mark.parametrize("a,b,expected", ALIGN)
def test_align_figures_pairs_on_evidence_not_on_values(a, b, expected):
    shared, conflicts = align_figures([a], [b], BROADER)
    got = "shared" if shared else "conflict" if conflicts else None
    assert got == expected


def test_alignment_is_one_to_one_best_first():
    de = [fig("a-de", "5,2 Prozent", 5.2, "percent", measure="exports:change", period="2024", at=1),
          fig("a-de", "5,2 Prozent", 5.2, "percent", measure="exports:change", period="2024", subject="china", at=2)]
    en = [fig("b-en", "5.2 percent", 5.2, "percent", measure="exports:change", period="2024", subject="china")]
    shared, _ = align_figures(de, en, BROADER)
    assert [p.a.start for p in shared][:1] == [2]


def test_broader_comes_from_the_registry():
    assert BROADER["internet-users"] == "users" and callable(broader_of)


def _in_sentence(article: str, sentence: str, number: str, value, unit: str) -> Figure:
    at = sentence.index(number)
    return replace(fig(article, number, value, unit, measure="profit", period="2021-01/2021-08", subject="china"),
                   start=at, evidence=Evidence(article, sentence, 0, len(sentence)))


def test_the_bound_that_defines_the_firms_counted_is_no_statistic():
    """"firms with annual revenues of at least 20 million yuan (about 3.1 million U.S. dollars)":
    the bound and its conversion say which firms are counted; they pair with nothing, even written
    alike on both sides, and join only their repeats. The profit itself still pairs."""
    de = ("Die Gewinne von Industrieunternehmen mit einem Jahresumsatz von mindestens 20 Millionen Yuan (etwa "
          "3,1 Millionen US-Dollar) stiegen auf 5,6 Billionen Yuan.")
    en = ("Industrial firms with annual business revenues of at least 20 million yuan (about 3.1 million U.S. "
          "dollars) saw their profits rise to 5.6 trillion yuan.")
    fa = [_in_sentence("a-de", de, "20 Millionen Yuan", 20e6, "CNY"),
          _in_sentence("a-de", de, "3,1 Millionen US-Dollar", 3.1e6, "USD"),
          _in_sentence("a-de", de, "5,6 Billionen Yuan", 5.6e12, "CNY")]
    fb = [_in_sentence("b-en", en, "20 million yuan", 20e6, "CNY"),
          _in_sentence("b-en", en, "3.1 million U.S. dollars", 3.1e6, "USD"),
          _in_sentence("b-en", en, "5.6 trillion yuan", 5.6e12, "CNY")]
    shared, conflicts = align_figures(fa, fb, BROADER)
    assert [(p.a.text, p.b.text) for p in shared] == [("5,6 Billionen Yuan", "5.6 trillion yuan")] and not conflicts
    assert statistic_key(fa[0]).startswith("article:") and statistic_key(fa[2]).startswith("measure:")
    # "revenue of more than 5 billion" that a firm reported is a statistic
    said = _in_sentence("c-en", "The firm reported revenue of more than 5 billion yuan in 2021.", "5 billion yuan",
                        5e9, "CNY")
    assert statistic_key(said).startswith("measure:")


@pytest.mark.parametrize("a,b,agree", [
    (31.876e12, 31.875e12, True),   # a last digit rounded up and down: one value
    (1.65e12, 1.64e12, False),      # two values the same precision cannot round to
    (9.3, 9.4, False),
])
def test_values_a_hundredth_of_a_percent_apart_agree(a, b, agree):
    assert all_agree([fig("a-de", "x", a, "CNY"), fig("b-en", "y", b, "CNY")]) is agree


@pytest.mark.parametrize(("text", "value", "language", "digits", "step"), [
    ("14.38 trillion", 14.38e12, "en", 4, 1e10),
    ("9,3 Prozent", 9.3, "de", 2, 0.1),
    ("29,000", 29000, "en", 2, 1.0),
    # a raised decimal point (British typography: "7·1 km") is a decimal point
    ("7·1 km", 7.1, "en", 2, 0.1),
])
def test_digits_and_precision_as_written(text: str, value: float, language: str, digits: int, step: float) -> None:
    figure = fig(f"a-{language}", text, value, "count")
    assert significant_digits(figure) == digits
    assert precision_of(figure) == pytest.approx(step)
