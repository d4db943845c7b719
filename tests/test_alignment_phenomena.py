"""What a figure states, on phenomena of real German and English economic reports: which period a
date in a sentence of several numbers belongs to, a growth reported by a verb of amount, a number
asked about, a part of a year named in an undated article, an amount word and the kind of amount
it names, how an amount is valued, sectors of an economy, and "respectively" runs — each in both
languages, with the cases that must not change."""

from __future__ import annotations

import pytest

from sco_digital.analyse_api import analyse_text
from sco_digital.extract.periods import period_of
from sco_digital.compare import respective_changes
from sco_digital.facts import is_question, is_threshold, statistic_key
from sco_digital.records import Evidence, Figure


def _figure(text: str, number: str, language: str, published: str | None = "2024-10-18") -> dict:
    rows = analyse_text(text, article_id="t", language=language, published=published)
    found = [f for f in rows["figures"] if f["text"] == number]
    assert found, f"{number!r} not extracted from {text!r}"
    return found[0]


# (language, sentence, number, period): a date trailing a number, or opening the words before it,
# is that number's, not the next one's.
PERIODS = [
    ("en", "GDP grew by 4.6 percent year-on-year in the third quarter following a 4.7 percent rise in the "
           "second quarter.", "4.7 percent", "2024-Q2"),
    ("en", "GDP grew by 4.6 percent year-on-year in the third quarter following a 4.7 percent rise in the "
           "second quarter.", "4.6 percent", "2024-Q3"),
    ("en", "In the first three quarters, China's GDP grew by 4.8 percent after a 5 percent growth in the first "
           "half of the year.", "4.8 percent", "2024-01/2024-09"),
    ("en", "In the first three quarters, China's GDP grew by 4.8 percent after a 5 percent growth in the first "
           "half of the year.", "5 percent", "2024-H1"),
    ("de", "Das BIP wuchs im dritten Quartal um 4,6 Prozent nach 4,7 Prozent im zweiten Quartal.",
     "4,7 Prozent", "2024-Q2"),
    ("de", "In den ersten drei Quartalen wuchs das BIP um 4,8 Prozent nach 5 Prozent im ersten Halbjahr.",
     "4,8 Prozent", "2024-01/2024-09"),
    # A date labelling the value after its colon is that value's.
    ("de", "Das BIP wuchs im vierten Quartal 2024 um 5,4 Prozent, wie die Behörde am 17. Januar mitteilte "
           "(3. Quartal 2024: +4,6 Prozent | 2. Quartal 2024: +4,7 Prozent).", "+4,6 Prozent", "2024-Q3"),
    ("en", "GDP grew 5.4 percent in the fourth quarter, the bureau said on January 17 (Q3 2024: 4.6%, "
           "Q2 2024: 4.7%).", "4.7%", "2024-Q2"),
    # Must not change: one date for two numbers still dates both.
    ("en", "Exports reached 5 billion dollars and imports 3 billion dollars in 2023.", "5 billion dollars", "2023"),
    ("de", "Die Exporte erreichten 5 Milliarden und die Importe 3 Milliarden Dollar im Jahr 2023.",
     "5 Milliarden", "2023"),
    # A yearless span ending after publication is last year's ("January to December" in February).
    ("en", "From January to December, construction grew by 7.9 percent.", "7.9 percent", "2023"),
    ("de", "Von Januar bis Dezember wuchs der Bau um 7,9 Prozent.", "7,9 Prozent", "2023"),
]


@pytest.mark.parametrize("lang, sentence, number, period", PERIODS)
def test_a_date_belongs_to_the_number_it_trails(lang, sentence, number, period):
    published = "2024-02-08" if "Dezember" in sentence or "December" in sentence else "2024-10-18"
    start = sentence.index(number)
    assert period_of(sentence, start, start + len(number), lang, published) == period


# (language, sentence, number, a change?): growth reported by a verb of amount is a change.
STATUS = [
    ("en", "Russia's GDP growth totaled 3.5% by the end of last year.", "3.5%", True),
    ("en", "China's economic growth stood at 5.2 percent.", "5.2 percent", True),
    ("de", "Das Wirtschaftswachstum lag bei 3,6 Prozent.", "3,6 Prozent", True),
    ("de", "Das BIP-Wachstum betrug 3,6 Prozent.", "3,6 Prozent", True),
    # Must stay levels: an amount, and a rate, reported by the same verbs.
    ("en", "Russia's exports totaled 3.5 billion dollars.", "3.5 billion dollars", False),
    ("de", "Die Exporte beliefen sich auf 3,5 Milliarden Dollar.", "3,5 Milliarden Dollar", False),
    ("en", "The unemployment rate stood at 5.2 percent.", "5.2 percent", False),
    ("de", "Die Arbeitslosenquote lag bei 5,2 Prozent.", "5,2 Prozent", False),
]


@pytest.mark.parametrize("lang, sentence, number, changes", STATUS)
def test_growth_reported_by_a_verb_of_amount_is_a_change(lang, sentence, number, changes):
    measure = _figure(sentence, number, lang)["measure"]
    assert measure is not None and measure.endswith(":change") is changes


# (language, sentence, number, measure): what the words name, read as a report would.
MEASURES = [
    # How an amount is valued names no measure.
    ("de", "Das BIP erreichte 29,63 Billionen Yuan. Das bedeutet zu konstanten Preisen ein Wachstum von 5,3 "
           "Prozent.", "5,3 Prozent", "gdp:change"),
    ("en", "GDP reached 29.63 trillion yuan. That is a growth of 5.3 percent at constant prices.", "5.3 percent",
     "gdp:change"),
    # An amount word, then the kind of amount it names.
    ("de", "Der Gesamtumsatz des Einzelhandels erreichte 12,03 Billionen Yuan.", "12,03 Billionen Yuan",
     "retail-sales"),
    ("de", "Der Umsatz im russischen Einzelhandel habe um 6,4 Prozent zugelegt.", "6,4 Prozent",
     "retail-sales:change"),
    ("en", "The turnover of retail sales reached 12.03 trillion yuan.", "12.03 trillion yuan", "retail-sales"),
    # Must not: who earns it, or what it is earned with, is no kind of amount.
    ("de", "Der Umsatz der Unternehmen erreichte 12 Milliarden Yuan.", "12 Milliarden Yuan", "revenue"),
    ("en", "The turnover of overseas projects amounted to 18.34 billion dollars.", "18.34 billion dollars",
     "revenue"),
    # Incomes are no company revenue, and "of the population" says whose.
    ("de", "Die Realeinkommen seien um 4,6 Prozent gewachsen.", "4,6 Prozent", "income:change"),
    ("en", "The monetary income of the population increased by 4.6% in real terms.", "4.6%", "income:change"),
    # Sectors of an economy.
    ("de", "Die Wertschöpfung der Primärindustrie betrug 3,06 Billionen Yuan.", "3,06 Billionen Yuan",
     "primary-industry"),
    ("en", "The primary industry saw a 3.5% increase, reaching 3.07 trillion yuan.", "3.07 trillion yuan",
     "primary-industry"),
    ("en", "The tertiary industry expanded by 4.6%, amounting to 34.96 trillion yuan.", "4.6%",
     "tertiary-industry:change"),
    # Must not: the power a sector uses is electricity, whatever sector.
    ("en", "In June, power consumed by the primary industry rose 4.9 percent.", "4.9 percent", "electricity:change"),
    ("de", "Der Stromverbrauch der Primärindustrie stieg im Juni um 4,9 Prozent.", "4,9 Prozent",
     "electricity:change"),
]


@pytest.mark.parametrize("lang, sentence, number, measure", MEASURES)
def test_what_the_words_name(lang, sentence, number, measure):
    assert _figure(sentence, number, lang)["measure"] == measure


def test_a_respectively_run_ends_with_the_clause_of_its_word():
    """German "beziehungsweise" stands inside its run: a rate after the run's clause keeps its
    measure; the second rate of the run is of no one measure the first names."""
    text = ("Der Stromverbrauch der Primär- und Sekundärindustrie stieg im Juni um 4,9 Prozent beziehungsweise "
            "3,2 Prozent auf 13,3 Milliarden Kilowattstunden und 548,8 Milliarden Kilowattstunden, während der "
            "Stromverbrauch des tertiären Sektors um neun Prozent auf 175,8 Milliarden Kilowattstunden zunahm.")
    assert _figure(text, "neun Prozent", "de")["measure"] == "electricity:change"
    assert _figure(text, "3,2 Prozent", "de")["measure"] is None
    english = ("In June, power consumed by the primary and secondary industries rose 4.9 percent and 3.2 percent "
               "to 13.3 billion kilowatt-hours and 548.8 billion kilowatt-hours, respectively.")
    assert _figure(english, "3.2 percent", "en")["measure"] is None


# (language, undated text, number, period): a part of a year named without the year, in an
# undated article, is of the year the article's lead states.
UNDATED = [
    ("en", "China's GDP grows by 5% in the first half of 2024\n\nThe GDP reached 61.68 trillion yuan in the first "
           "half of 2024.\n\nQuarterly analysis shows the GDP increased by 5.3% in the first quarter.",
     "5.3%", "2024-Q1"),
    ("de", "Chinas BIP wächst im ersten Halbjahr 2024 um 5 Prozent\n\nDas BIP erreichte im ersten Halbjahr 2024 "
           "61,7 Billionen Yuan.\n\nIm Quartalsvergleich stieg das BIP im ersten Quartal um 5,3 Prozent.",
     "5,3 Prozent", "2024-Q1"),
    # Must not: with no part of a year named, the lead's period is carried as it is.
    ("en", "China's GDP grows by 5% in the first half of 2024\n\nThe GDP reached 61.68 trillion yuan in the first "
           "half of 2024.\n\nThe GDP increased by 5.3%.", "5.3%", "2024-H1"),
]


@pytest.mark.parametrize("lang, text, number, period", UNDATED)
def test_a_yearless_part_of_a_year_in_an_undated_article(lang, text, number, period):
    assert _figure(text, number, lang, published=None)["period"] == period


def _question_figure(quote: str, number: str, language: str) -> Figure:
    start = quote.index(number)
    return Figure(id=f"t:{start}", article="t", language=language, value=10, unit="kWh", qualifier="exact",
                  change=None, range_with=None, counted=None, measure="electricity", metric=None, period="2025",
                  subject="china", topics=(), text=number, evidence=Evidence("t", quote, 0, len(quote)),
                  origin="extracted", start=start)


QUESTIONS = [
    ("en", "What does the figure of 10 trillion kWh mean?", "10 trillion kWh", True),
    ("de", "Was bedeutet die Zahl von 10 Billionen kWh?", "10 Billionen kWh", True),
    ("en", "China's power use reached 10.4 trillion kWh. Why?", "10.4 trillion kWh", False),
    ("de", "Der Stromverbrauch lag bei 10,4 Billionen kWh.", "10,4 Billionen kWh", False),
]


@pytest.mark.parametrize("lang, quote, number, asked", QUESTIONS)
def test_a_number_asked_about_states_no_statistic(lang, quote, number, asked):
    figure = _question_figure(quote, number, lang)
    assert is_question(figure) is asked
    assert statistic_key(figure).startswith("article:" if asked else "measure:")


# (language, sentence, number, a threshold?): a threshold passed is no measured value.
THRESHOLDS = [
    ("de", "Der Stromverbrauch überschreitet die bedeutende Marke von 10 Billionen Kilowattstunden.",
     "10 Billionen Kilowattstunden", True),
    ("de", "China ist das erste Land, das die 10-Billionen-kWh-Marke überschreitet.", "10-Billionen-kWh", True),
    ("en", "Surpassing the 10-trillion-kWh mark reflects China's role.", "10-trillion-kWh", True),
    ("en", "The figure surpassed 10 trillion kWh for the first time.", "10 trillion kWh", True),
    ("en", "The peak load hit 1.506 billion kilowatts, the first time it has ever exceeded 1.5 billion kilowatts.",
     "1.5 billion kilowatts", True),
    ("de", "Die Spitzenlast erreichte 1,506 Milliarden Kilowatt und überschritt damit erstmals die Marke von 1,5 "
           "Milliarden Kilowatt.", "1,5 Milliarden Kilowatt", True),
    # Must not: the measured value beside the threshold, and a value passed with no first time.
    ("en", "The peak load hit 1.506 billion kilowatts, the first time it has ever exceeded 1.5 billion kilowatts.",
     "1.506 billion kilowatts", False),
    ("de", "Die Spitzenlast erreichte 1,506 Milliarden Kilowatt und überschritt damit erstmals die Marke von 1,5 "
           "Milliarden Kilowatt.", "1,506 Milliarden Kilowatt", False),
    ("en", "China's total power use exceeded 10.4 trillion kWh in 2025.", "10.4 trillion kWh", False),
    ("de", "Der Stromverbrauch lag 2025 bei 10,4 Billionen Kilowattstunden.", "10,4 Billionen Kilowattstunden", False),
]


@pytest.mark.parametrize("lang, sentence, number, threshold", THRESHOLDS)
def test_a_threshold_passed_joins_only_its_repeats(lang, sentence, number, threshold):
    figure = _question_figure(sentence, number, lang)
    assert is_threshold(figure) is threshold
    assert statistic_key(figure).startswith("article:" if threshold else "measure:")


# A thing counted one by one is never what a physical unit measures; a count still may be.
COUNTED = [
    ("de", "Die Spitzenlast erreichte erstmals die Marke von 1,5 Milliarden Kilowatt.", "1,5 Milliarden Kilowatt",
     "trademarks", False),
    ("en", "China registered 1.5 million trademarks in 2024.", "1.5 million", "trademarks", True),
    ("de", "China registrierte 2024 1,5 Millionen Marken.", "1,5 Millionen", "trademarks", True),
]


@pytest.mark.parametrize("lang, sentence, number, concept, read", COUNTED)
def test_a_counted_thing_is_no_physical_amount(lang, sentence, number, concept, read):
    assert (_figure(sentence, number, lang)["measure"] == concept) is read


def _rate_figure(article: str, quote: str, number: str, unit: str, value: float, measure: str | None) -> Figure:
    start = quote.index(number)
    return Figure(id=f"{article}:{start}", article=article, language="en", value=value, unit=unit,
                  qualifier="exact", change="up", range_with=None, counted=None, measure=measure, metric=None,
                  period="2025-06", subject=None, topics=(), text=number,
                  evidence=Evidence(article, quote, 0, len(quote)), origin="extracted", start=start)


def test_the_rates_of_a_respectively_run_belong_to_its_amounts_in_order():
    quote = ("Power consumed by the primary and secondary industries rose 4.9 percent and 3.2 percent to 13.3 "
             "billion kWh and 548.8 billion kWh, respectively.")
    figures = [_rate_figure("a", quote, "4.9 percent", "percent", 4.9, "electricity:change"),
               _rate_figure("a", quote, "3.2 percent", "percent", 3.2, None),
               _rate_figure("a", quote, "13.3 billion kWh", "kWh", 13.3e9, "electricity"),
               _rate_figure("a", quote, "548.8 billion kWh", "kWh", 548.8e9, "electricity")]
    run = respective_changes(figures)
    assert {a: r.text for a, r in run.items()} == {figures[2].id: "4.9 percent", figures[3].id: "3.2 percent"}
    # Must not: without the word, or with fewer amounts than rates, nothing is assigned.
    plain = quote.replace(", respectively", "")
    assert respective_changes([_rate_figure("b", plain, f.text, f.unit, f.value, f.measure) for f in figures]) == {}
    assert respective_changes(figures[:3]) == {}


# (language, sentence, number, measure): a list with its verb left out, a dash in its place.
ELIDED = [
    ("en", "Construction increased by 7.9% year-on-year, manufacturing - by 7.5%, and retail - by 6.4%.", "6.4%",
     "retail-sales:change"),
    ("en", "Construction increased by 7.9% year-on-year, manufacturing - by 7.5%, and retail - by 6.4%.", "7.5%",
     "manufacturing:change"),
    ("de", "Die Importe stiegen um 7,9 Prozent, die Exporte – um 5,5 Prozent.", "5,5 Prozent", "exports:change"),
    # Must not: a dash opening a clause that names its own measure.
    ("en", "Imports rose 7.9% - exports grew by 5.5%.", "5.5%", "exports:change"),
    ("de", "Die Importe stiegen um 7,9 Prozent – die Exporte wuchsen um 5,5 Prozent.", "5,5 Prozent",
     "exports:change"),
]


@pytest.mark.parametrize("lang, sentence, number, measure", ELIDED)
def test_a_list_with_its_verb_left_out(lang, sentence, number, measure):
    assert _figure(sentence, number, lang)["measure"] == measure


# An undated page of a story is read as of its dated partner's day for pairing: its months without a
# year become that year's, and values that agree only within rounding pair. The record keeps no period.
UNDATED_DE = ("Handel mit Russland\n\nVon Januar bis Juli erreichte der Handelsumsatz zwischen China und Russland "
              "136,7 Milliarden US-Dollar. Ende 2023 hatte er 240 Milliarden Dollar erreicht.\n")
DATED_EN = ("date 2024-08-07\n\nTrade with Russia\n\nThe volume of Chinese-Russian trade in January-July amounted to "
            "$136.67 billion. At the end of 2023, it had reached $240 billion.\n")


@pytest.mark.parametrize("undated_first", [True, False])
def test_an_undated_report_is_paired_as_of_its_partners_day(tmp_path, undated_first):
    from sco_digital import load_corpus
    from sco_digital.compare import compare_pair

    (tmp_path / "u-de.txt").write_text(UNDATED_DE, encoding="utf-8")
    (tmp_path / "u-en.txt").write_text(DATED_EN, encoding="utf-8")
    corpus = load_corpus(tmp_path, use_cache=False)
    a, b = ("u-de", "u-en") if undated_first else ("u-en", "u-de")
    shared = compare_pair(corpus, a, b).figures.shared
    pairs = {frozenset((p.a.text, p.b.text)) for p in shared}
    assert frozenset(("136,7 Milliarden US-Dollar", "$136.67 billion")) in pairs
    german = next(f for p in shared for f in (p.a, p.b) if f.text == "136,7 Milliarden US-Dollar")
    assert german.period is None  # as the page gives it


def test_a_dated_pair_is_read_as_it_is(tmp_path):
    from sco_digital import load_corpus
    from sco_digital.compare import compare_pair

    (tmp_path / "v-de.txt").write_text("date 2023-08-07\n\n" + UNDATED_DE, encoding="utf-8")
    (tmp_path / "v-en.txt").write_text(DATED_EN, encoding="utf-8")
    corpus = load_corpus(tmp_path, use_cache=False)
    pairs = {(p.a.text, p.b.text) for p in compare_pair(corpus, "v-de", "v-en").figures.shared}
    assert ("136,7 Milliarden US-Dollar", "$136.67 billion") not in pairs  # 2023's months are not 2024's


# Neither page dated: the one that leaves its periods open is read as of the last day of the latest
# period its partner states (read off mediabiz.de and Kenyan Wall Street: "im zweiten Quartal des
# laufenden Jahres" beside "in the second quarter of 2018").
OPEN_DE = ("Umsatz der Branche\n\nIm ersten Quartal des laufenden Jahres betrug der Umsatz der Branche 90,12 Milliarden "
           "Dollar. Im zweiten Quartal des laufenden Jahres waren es 94,72 Milliarden Dollar.\n")
STATED_EN = ("Industry revenue\n\nThe industry's revenue was $94.7 billion in the second quarter of 2018. In the first "
             "quarter of 2018 it had been $90.1 billion.\n")


def test_two_undated_reports_read_the_open_one_as_of_the_other_s_time(tmp_path):
    from sco_digital import load_corpus
    from sco_digital.compare import _as_of_partner

    (tmp_path / "w-de.txt").write_text(OPEN_DE, encoding="utf-8")
    (tmp_path / "w-en.txt").write_text(STATED_EN, encoding="utf-8")
    corpus = load_corpus(tmp_path, use_cache=False)
    fa, fb = corpus.figures_in("w-de"), corpus.figures_in("w-en")
    read_a, read_b, borrowed = _as_of_partner(corpus, "w-de", "w-en", fa, fb)
    assert {f.text: f.period for f in read_a} == {"90,12 Milliarden Dollar": "2018-Q1", "94,72 Milliarden Dollar": "2018-Q2"}
    assert read_b == fb and len(borrowed) == 2
