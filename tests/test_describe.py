"""What an extracted figure states on real-shaped text, English and German: its measure (from the
noun the number governs, compounds reduced to their head), level or change, and the period and
subject a report states once for many figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from sco_digital import load_corpus
from sco_digital.records import Figure

HEAD = "date 2025-06-17\n\nHeadline\n\n"

# (language, paragraph, number as written, measure)
MEASURES = [
    ("de", "Die Pkw-Produktion erreichte 2024 rund 2,1 Millionen Einheiten.", "2,1 Millionen", "output"),
    ("de", "Der Fahrzeugabsatz stieg 2024 auf 1,8 Millionen.", "1,8 Millionen", "sales"),
    ("de", "Die Zahl der Internetnutzer lag 2024 bei 1,1 Milliarden.", "1,1 Milliarden", "internet-users"),
    ("de", "Der Einzelhandelsumsatz erreichte 2024 48,8 Billionen Yuan.", "48,8 Billionen Yuan", "retail-sales"),
    ("de", "2024 gab es 1,79 Milliarden Mobilfunkteilnehmer.", "1,79 Milliarden", "mobile-subscribers"),
    ("en", "In 2024 the country had 1.79 billion mobile subscribers.", "1.79 billion", "mobile-subscribers"),
    ("en", "China's retail sales reached 48.8 trillion yuan in 2024.", "48.8 trillion yuan", "retail-sales"),
    # A contrast opens a clause of its own, comma or not.
    ("en", "Exports grew 23.9 percent to 1.23 trillion yuan while imports rose 14.3 percent from a year ago to "
           "1.15 trillion yuan.", "1.15 trillion yuan", "imports"),
    ("de", "Die Exporte stiegen um 23,9 Prozent auf 1,23 Billionen Yuan während die Importe um 14,3 Prozent auf "
           "1,15 Billionen Yuan zunahmen.", "1,15 Billionen Yuan", "imports"),
    ("en", "Exports grew 23.9 percent to 1.23 trillion yuan while imports rose 14.3 percent.", "1.23 trillion yuan",
     "exports"),
    # A noun of another clause or number does not win.
    ("en", "In the first five months, China imported farm products worth 4.36 billion yuan from the five "
           "countries, an increase of 26.9 percent.", "26.9 percent", "imports:change"),
    ("de", "Von Januar bis Mai importierte China aus den fünf Ländern Agrarprodukte im Wert von 4,36 Milliarden "
           "Yuan, was einem Anstieg von 26,9 Prozent entspricht.", "26,9 Prozent", "imports:change"),
]

# (language, paragraph, number, level or change)
STATUS = [
    ("en", "Exports grew 11.4% in 2024.", "11.4%", "change"),
    ("de", "Die Exporte verzeichneten 2024 ein Plus von 11,4 Prozent.", "11,4 Prozent", "change"),
    ("en", "Exports were up 6.4% year on year in 2024.", "6.4%", "change"),
    ("en", "Imports saw a rise of 80.6% in 2024.", "80.6%", "change"),
    ("de", "Die Importe sind 2024 um 0,7 Prozent gesunken.", "0,7 Prozent", "change"),
    ("en", "Exports rose in 2024, reaching a share of 42.7 % of the total.", "42.7 %", "level"),
    ("en", "In 2024, growing exports accounts for 34.6 percent of the trade.", "34.6 percent", "level"),
    ("de", "Die Exporte stiegen 2024 und machten einen Anteil von 42,7 Prozent aus.", "42,7 Prozent", "level"),
]

# A group's name is no statistic: it keeps no measure.
GROUPS = [
    ("en", "China's trade with the five Central Asian countries grew in 2024.", "five"),
    ("de", "Chinas Handel mit den fünf zentralasiatischen Ländern wuchs 2024.", "fünf"),
    ("en", "China's trade with the other four BRICS countries grew in 2024.", "four"),
    ("de", "Chinas Exporte in die anderen vier BRICS-Mitgliedsstaaten stiegen 2024.", "vier"),
]


def _corpus(tmp_path: Path, rows: list[tuple[str, str]]) -> dict[str, str]:
    for i, (lang, paragraph) in enumerate(rows):
        (tmp_path / f"c{i:02d}-{lang}.txt").write_text(HEAD + paragraph + "\n", encoding="utf-8")
    return {f"c{i:02d}-{lang}": paragraph for i, (lang, paragraph) in enumerate(rows)}


def _figure(figures: list[Figure], article: str, number: str) -> Figure:
    return next(f for f in figures if f.article == article and f.text == number)


def _dated_figure(tmp_path: Path, article: str, date: str, paragraph: str, number: str) -> Figure:
    """The figure `number` of a one-paragraph article published on `date`."""
    (tmp_path / f"{article}.txt").write_text(f"date {date}\n\n{paragraph}\n", encoding="utf-8")
    return _figure(list(load_corpus(tmp_path).figures), article, number)


@pytest.fixture(scope="module")
def described(tmp_path_factory: pytest.TempPathFactory) -> list[Figure]:
    folder = tmp_path_factory.mktemp("describe")
    rows = [(lang, text) for lang, text, *_ in (*MEASURES, *STATUS, *GROUPS)]
    _corpus(folder, rows)
    return list(load_corpus(folder).figures)


@pytest.mark.parametrize("i", range(len(MEASURES)))
def test_measure_is_the_noun_the_number_governs(described, i):
    lang, _, number, measure = MEASURES[i]
    assert _figure(described, f"c{i:02d}-{lang}", number).measure == measure


@pytest.mark.parametrize("i", range(len(STATUS)))
def test_level_or_change(described, i):
    lang, _, number, status = STATUS[i]
    figure = _figure(described, f"c{i + len(MEASURES):02d}-{lang}", number)
    assert figure.measure is not None and figure.measure.endswith(":change") == (status == "change")


@pytest.mark.parametrize("i", range(len(GROUPS)))
def test_a_group_name_states_no_statistic(described, i):
    lang, _, number = GROUPS[i]
    article = f"c{i + len(MEASURES) + len(STATUS):02d}-{lang}"
    assert [f.measure for f in described if f.article == article and f.text == number] in ([], [None])


# ---- period and subject stated once --------------------------------------------------------------

CARRIED = {
    "en": "China's exports rose in the first four months of 2025.\n\n"
          "In the first four months of 2025, China's exports reached 1.2 trillion dollars. "
          "Car exports grew 5.5 percent.\n\n"
          "Elsewhere, 300 companies were founded compared to 2023.\n",
    "de": "Chinas Exporte wuchsen in den ersten vier Monaten 2025.\n\n"
          "In den ersten vier Monaten 2025 erreichten Chinas Exporte 1,2 Billionen Dollar. "
          "Die Autoexporte stiegen um 5,5 Prozent.\n\n"
          "Anderswo wurden im Vergleich zu 2023 300 Unternehmen gegründet.\n",
}


@pytest.mark.parametrize("lang,number,period,subject", [
    ("en", "5.5 percent", "2025-01/2025-04", "china"),
    ("de", "5,5 Prozent", "2025-01/2025-04", "china"),
    # Another time said in the sentence ("compared to 2023"): no period is carried to it.
    ("en", "300", None, "china"),
    ("de", "300", None, "china"),
])
def test_period_and_subject_stated_once_carry_forward(tmp_path, lang, number, period, subject):
    (tmp_path / f"x-{lang}.txt").write_text("date 2025-06-17\n\n" + CARRIED[lang], encoding="utf-8")
    figure = _figure(list(load_corpus(tmp_path).figures), f"x-{lang}", number)
    assert (figure.period, figure.subject) == (period, subject)


@pytest.mark.parametrize("lang,sentence,number,dated,undated", [
    ("de", "Das regionale Wachstum wird voraussichtlich 5,1 % in diesem Jahr erreichen und sich bis 2025 auf "
           "5,9 % beschleunigen.", "5,1 %", "2024", None),
    ("de", "Das regionale Wachstum wird voraussichtlich 5,1 % in diesem Jahr erreichen und sich bis 2025 auf "
           "5,9 % beschleunigen.", "5,9 %", "2025", "2025"),
    ("en", "Growth is expected to reach 5.1% this year and to speed up to 5.9% in 2025.", "5.1%", "2024", None),
    # a relative date keeps the next number from taking a date that is not its own
    ("de", "Der Bericht prognostiziert ein BIP-Wachstum von 9 % in diesem Jahr, das sich 2025 auf 7 % abschwächen "
           "wird.", "7 %", "2025", "2025"),
    # a relative year written with its number is known either way
    ("de", "Im vergangenen Jahr 2023 wurden hier 49,1 Millionen TEU umgeschlagen.", "49,1 Millionen TEU", "2023", "2023"),
])
def test_an_undated_articles_relative_year_is_unknown_not_anothers(tmp_path, lang, sentence, number, dated, undated):
    (tmp_path / "dated").mkdir()
    (tmp_path / "undated").mkdir()
    (tmp_path / "dated" / f"r-{lang}.txt").write_text(f"date 2024-09-10\n\n{sentence}\n", encoding="utf-8")
    (tmp_path / "undated" / f"r-{lang}.txt").write_text(f"Bericht\n\n{sentence}\n", encoding="utf-8")
    for folder, period in (("dated", dated), ("undated", undated)):
        figure = _figure(list(load_corpus(tmp_path / folder, use_cache=False).figures), f"r-{lang}", number)
        assert figure.period == period, folder


def test_a_paragraph_opening_on_a_country_is_about_it(tmp_path):
    text = ("Central Asia's outlook\n\nThe region is expected to achieve growth of 5.1% in 2024.\n"
            "The Kyrgyz Republic is becoming a sought-after destination for tourists. "
            "The bank projects GDP growth of 9% in 2024.\n"
            "Deliveries to Uzbekistan grew by 42% to 944,000 tons.\n")
    (tmp_path / "p-en.txt").write_text(text, encoding="utf-8")
    figures = list(load_corpus(tmp_path, use_cache=False).figures)
    assert _figure(figures, "p-en", "9%").subject == "kyrgyzstan"
    # a country after "to" opens no paragraph on itself: a partner
    assert _figure(figures, "p-en", "42%").subject != "uzbekistan"


@pytest.mark.parametrize("lang,opening,number,subject", [
    # past a wire's dateline (read off a fresh Dow Jones report of India's trade)
    ("de", "DOW JONES–Indiens Handelsdefizit hat sich im März ausgeweitet. Die Ausfuhren stiegen um 0,7% auf "
           "41,97 Mrd Dollar.", "41,97 Mrd Dollar", "india"),
    ("en", "BEIJING, June 30 (Xinhua) -- China's exports rose in May. The surplus stood at 5 billion dollars.",
     "5 billion dollars", "china"),
])
def test_a_paragraph_opening_past_a_dateline(tmp_path, lang, opening, number, subject):
    (tmp_path / f"w-{lang}.txt").write_text(f"Bericht\n\n{opening}\n", encoding="utf-8")
    figures = list(load_corpus(tmp_path, use_cache=False).figures)
    assert _figure(figures, f"w-{lang}", number).subject == subject


def test_an_article_that_never_states_a_period_keeps_none(tmp_path):
    (tmp_path / "y-en.txt").write_text("Trade news\n\nChina's exports grew 5.5 percent.\n", encoding="utf-8")
    (tmp_path / "y-de.txt").write_text("Handel\n\nChinas Exporte stiegen um 5,5 Prozent.\n", encoding="utf-8")
    assert {f.period for f in load_corpus(tmp_path).figures} == {None}


# "the two countries" named before: the pair, for trade volume; and the change beside an amount
# takes the amount's period.
TWO_SIDES = [
    ("de", "China sagte Kirgisistan Hilfe zu. Der Handel zwischen den beiden Nationen erreichte 2023 20 Milliarden "
           "US-Dollar, was einem Anstieg um 32 % entspricht.", "32 %", "2023", "china>kyrgyzstan"),
    ("en", "China pledged aid to Kyrgyzstan. Trade between the two countries reached $20 billion in 2023, "
           "an increase of 32 percent.", "32 percent", "2023", "china>kyrgyzstan"),
    ("en", "China pledged aid to Kyrgyzstan. Trade between the two countries reached $20 billion in 2023.",
     "$20 billion", "2023", "china>kyrgyzstan"),
    # "der gegenseitige Warenaustausch", "mutual trade": the two sides named before (read off Reuters German)
    ("de", "Der Handel zwischen China und Russland ist 2025 zurückgegangen. Der gegenseitige Warenaustausch "
           "summierte sich 2025 auf 1,63 Billionen Yuan.", "1,63 Billionen Yuan", "2025", "china>russia"),
    # the two named paragraphs before, none named in the figure's own (read off Trend: "The trade turnover
    # between Kazakhstan and China reached a record high …" and, a paragraph later, "the bilateral trade turnover")
    ("en", "Trade between Kazakhstan and China reached a record high last year.\nThe issue was discussed at a "
           "meeting.\nThus, last year, the bilateral trade turnover reached $24 billion.", "$24 billion", "2023",
     "china>kazakhstan"),
    # Must not: one country named before; or a measure seen from one side only.
    ("en", "China pledged aid. Trade between the two countries reached $20 billion in 2023.", "$20 billion",
     "2023", None),
    # nor another paragraph's pair where the figure's own names a country
    ("en", "Trade between Kazakhstan and China grew.\nRussia said bilateral trade reached $24 billion in 2023.",
     "$24 billion", "2023", "russia"),
    ("de", "China sagte Kirgisistan Hilfe zu. Die Exporte zwischen den beiden Ländern erreichten 2023 20 Milliarden "
           "US-Dollar.", "20 Milliarden US-Dollar", "2023", None),
]


@pytest.mark.parametrize("lang,paragraph,number,period,subject", TWO_SIDES)
def test_the_two_countries_named_before(tmp_path, lang, paragraph, number, period, subject):
    figure = _dated_figure(tmp_path, f"t-{lang}", "2024-09-19", paragraph, number)
    assert (figure.period, figure.subject) == (period, subject)


# A sentence that speaks of its own time ("bis Ende des Jahres", "this year") takes no period carried
# from another sentence when an undated page leaves that time unresolved.
OWN_TIME = [
    ("de", "Ende 2022 stieg der Handel auf 190 Milliarden Dollar. Der Zoll erwartet, dass der Handel bis Ende des "
           "Jahres auf 220 Milliarden Dollar steigen wird.", "220 Milliarden Dollar", None),
    ("en", "In 2022 trade rose to $190 billion. Customs expects trade to reach $220 billion this year.",
     "$220 billion", None),
    # a from–to speaks of two times: neither takes the period of the sentence before it
    ("de", "So lag der Handel im Jahr 2021 bei 49,5 Milliarden US-Dollar. Auch der Anteil am Außenhandel Chinas ist "
           "gestiegen – von 0,8 % auf 1,5 %.", "1,5 %", None),
    ("en", "In 2021 trade stood at $49.5 billion. Their share of China's trade rose from 0.8% to 1.5%.", "0.8%", None),
    # ... but a change and the level it reached are no from–to
    ("de", "Im Jahr 2024 wuchs der Handel um 5 %. Die Exporte stiegen mit einem Plus von 25 Prozent auf 12,1 Milliarden "
           "US-Dollar.", "12,1 Milliarden US-Dollar", "2024"),
    # a part of a fiscal year is a time of its own, whatever the headline's period ("first quarter of
    # the current fiscal" is no calendar quarter)
    ("en", "In April-June 2024 the economy grew 6.7 per cent. Exports to Chile grew 7 per cent in the first quarter "
           "of the current fiscal.", "7 per cent", None),
    # ... while a sentence without words of time still takes it.
    ("en", "In 2022 trade rose to $190 billion. Exports reached $120 billion.", "$120 billion", "2022"),
]


@pytest.mark.parametrize("lang,paragraph,number,period", OWN_TIME)
def test_a_sentence_of_its_own_time_takes_no_carried_period(tmp_path, lang, paragraph, number, period):
    (tmp_path / f"o-{lang}.txt").write_text("Headline\n\n" + paragraph + "\n", encoding="utf-8")
    assert _figure(list(load_corpus(tmp_path).figures), f"o-{lang}", number).period == period


def test_a_longer_sentence_from_the_same_start_is_read_whole() -> None:
    """Two figures whose sentences begin at one offset but end apart (one runs on over a sentence
    break) each get what their own words say: the longer one's later concept is seen."""
    from sco_digital.load.builtin import builtin_corpus_dir
    from sco_digital.load.registry import load_registries
    from sco_digital.match.describe import FigureDescriber

    text = "It was 5 percent. Exports reached 7 billion dollars."
    describer = FigureDescriber(text, "en", None, load_registries(builtin_corpus_dir()))
    short = describer.describe(7, 16, "percent", (0, 17), None)
    longer = describer.describe(34, 51, "USD", (0, len(text)), None)
    assert short["measure"] is None
    assert longer["measure"] == "exports"


# The two ends of a range are one statistic: one period, read for the whole range, and one direction
# (the dash before the second end is no minus).
RANGES = [
    ("de", "Mitte Dezember 2024 hatte Putin gesagt, dass das Wachstum der russischen Wirtschaft 2024 zwischen 3,9 "
           "und 4,0 Prozent liegen könne.", ("3,9", "4,0 Prozent"), "2024", "up"),
    ("en", "In mid-December 2024, Putin said that growth could range between 3.9 and 4.0 percent in 2024.",
     ("3.9", "4.0 percent"), "2024", "up"),
    ("en", "Exports rose 4-8% in the first half of 2025.", ("4", "8%"), "2025-H1", "up"),
]


@pytest.mark.parametrize("lang,paragraph,numbers,period,change", RANGES)
def test_a_range_has_one_period_and_one_direction(tmp_path, lang, paragraph, numbers, period, change):
    ends = [_dated_figure(tmp_path, f"r-{lang}", "2025-02-01", paragraph, n) for n in numbers]
    assert [(f.period, f.change) for f in ends] == [(period, change)] * 2


# "the reporting period" is the period of the figure before; "up 56.9 percent on the same period in
# 2022" names the comparison's base, not the figure's year; what one country sells another is its
# exports, and so is the change of it.
REPORTING = [
    ("en", "In January-September 2023, trade between China and Russia grew 29.5%. During the reporting period, "
           "China sold goods to Russia worth $81.4 billion, an increase of 56.9 percent on the same period in 2022.",
     "56.9 percent", "2023-01/2023-09", "exports:change"),
    ("en", "In January-September 2023, trade between China and Russia grew 29.5%. During the reporting period, "
           "China sold goods to Russia worth $81.4 billion, an increase of 56.9 percent on the same period in 2022.",
     "$81.4 billion", "2023-01/2023-09", "exports"),
]


@pytest.mark.parametrize("lang,paragraph,number,period,measure", REPORTING)
def test_the_reporting_period_and_a_base_named_with_on(tmp_path, lang, paragraph, number, period, measure):
    figure = _dated_figure(tmp_path, f"p-{lang}", "2023-10-13", paragraph, number)
    assert (figure.period, figure.measure) == (period, measure)


# A flow that names only its other end takes its subject from the one said just before: of a
# two-party trade the other party, else the actor said; none when nothing was said.
FLOWS = [
    ("en", "The volume of Chinese-Russian trade in January-July amounted to $136.67 billion.\n\nAccording to the "
           "customs, imports of goods from Russia increased by 3.9% to $75.03 billion.", "3.9%", "china>russia"),
    ("en", "Chinese exports to Russia fell by 8.4%. Imports from Russia also saw a decrease of 9.6%.", "9.6%",
     "china>russia"),
    ("de", "Der Handel zwischen China und Russland stieg auf 136,7 Milliarden Dollar. Die Importe aus Russland "
           "stiegen um 3,9 Prozent.", "3,9 Prozent", "china>russia"),
    # the only actor said before is the other end itself: no subject
    ("en", "Russia's exports rose. Imports from Russia fell 3%.", "3%", None),
]


@pytest.mark.parametrize("lang,paragraph,number,subject", FLOWS)
def test_a_flow_naming_its_other_end_takes_the_subject_said_before(tmp_path, lang, paragraph, number, subject):
    assert _dated_figure(tmp_path, f"f-{lang}", "2024-08-07", paragraph, number).subject == subject


# Trade "with" a partner alone, in a report on one country's trade: that country's with the partner.
TRADE_WITH = [
    ("de", "Der Handel Russlands mit dem nahen Ausland erreichte 2023 56,2 Milliarden Dollar. Der Handel mit "
           "Tadschikistan wuchs 2023 um 2,7 Prozent.", "2,7 Prozent", "russia>tajikistan"),
    ("en", "China's trade reached $6 trillion in 2024. Trade with Russia rose 2 percent in 2024.", "2 percent",
     "china>russia"),
    # the name a "with" relative clause follows is the partner
    ("de", "Der Handel Russlands erreichte 2023 56,2 Milliarden Dollar. Dann folgt Aserbaidschan, mit dem der Handel "
           "2023 um fast 18 Prozent zunahm.", "18 Prozent", "azerbaijan>russia"),
    ("en", "Russia's trade reached $700 billion in 2023. Next is Azerbaijan, with which trade grew 18% in 2023.", "18%",
     "azerbaijan>russia"),
    # no country's own trade stated before: the partner stands alone, as before
    ("en", "Trade with Russia rose 2 percent in 2024.", "2 percent", "russia"),
    # the partner is the country whose trade was stated: no pair of one country with itself
    ("en", "Russia's trade reached $700 billion in 2024. Trade with Russia rose 2 percent.", "2 percent", "russia"),
]


@pytest.mark.parametrize("lang,paragraph,number,subject", TRADE_WITH)
def test_trade_with_a_partner_alone_is_the_reporting_country_s(tmp_path, lang, paragraph, number, subject):
    assert _dated_figure(tmp_path, f"t-{lang}", "2024-08-07", paragraph, number).subject == subject


def test_a_hard_wrapped_page_is_read_across_its_line_breaks(tmp_path):
    """A saved page or PDF that breaks lines inside sentences: a number and its unit on two lines are
    one figure, quoted as stored; a text of whole lines is read as it is."""
    wrapped = ("date 2024-08-06\n\nCargo via the Middle Corridor\nIn the period from January to July of this year, "
               "2.5 million\ntons of cargo were transported via the Trans-Caspian\nroute, the ministry said, up "
               "62% on\nthe year before, and\nexports of grain rose.\n")
    (tmp_path / "w-en.txt").write_text(wrapped, encoding="utf-8")
    (tmp_path / "l-en.txt").write_text("date 2024-08-06\n\nTitle\n\nTrade rose 5%.\nTons of cargo\nmoved.\n",
                                       encoding="utf-8")
    figures = list(load_corpus(tmp_path).figures)
    cargo = _figure(figures, "w-en", "2.5 million\ntons")
    assert (cargo.unit, cargo.measure, cargo.period) == ("t", "freight", "2024-01/2024-07")
    assert "2.5 million\ntons of cargo" in cargo.evidence.quote
    assert [f.text for f in figures if f.article == "l-en"] == ["5%"]


# A list of names that a run of rates closes with "respectively" (German "bzw." before the last):
# the k-th name is the k-th rate's, and every rate of the run is a change of the one measure.
RESPECTIVE = [
    ("en", "In January-August, the region's trade with Kazakhstan, Kyrgyzstan, Tajikistan increased by 8.6 "
           "percent, 130 percent and 60 percent, respectively.",
     {"8.6 percent": "kazakhstan", "130 percent": "kyrgyzstan", "60 percent": "tajikistan"}),
    ("de", "Von Januar bis Juni wuchsen die Investitionen aus der Schweiz, Japan und der Republik Korea um "
           "68,6 Prozent, 59,1 Prozent bzw. 2,7 Prozent.",
     {"68,6 Prozent": "switzerland", "59,1 Prozent": "japan", "2,7 Prozent": "south-korea"}),
    # each item names its own partner: no "respectively" needed
    ("de", "Von Januar bis August stieg Xinjiangs Handel mit Kasachstan um 8,6 Prozent, der Handel mit "
           "Kirgisistan um 130 Prozent und mit Tadschikistan um 60 Prozent.",
     {"8,6 Prozent": "kazakhstan", "130 Prozent": "kyrgyzstan", "60 Prozent": "tajikistan"}),
]


# A ranking: the actor named right before "mit"/"with" holds the number after it.
RANKED = [
    ("de", "China machte 29,7 Prozent der Importe aus, gefolgt von Russland mit 19,1 Prozent und Kasachstan mit "
           "7,4 Prozent. Turkmenistan folgt mit 13,3 Prozent.",
     {"29,7 Prozent": "china", "19,1 Prozent": "russia", "7,4 Prozent": "kazakhstan", "13,3 Prozent": "turkmenistan"}),
    ("en", "China accounted for 29.7 percent of imports, followed by Russia with 19.1 percent and Kazakhstan with "
           "7.4 percent.", {"29.7 percent": "china", "19.1 percent": "russia", "7.4 percent": "kazakhstan"}),
]


@pytest.mark.parametrize("lang,paragraph,subjects", RANKED)
def test_the_actor_before_with_holds_the_number_of_a_ranking(tmp_path, lang, paragraph, subjects):
    (tmp_path / f"k-{lang}.txt").write_text("Trade\n\n" + paragraph + "\n", encoding="utf-8")
    figures = list(load_corpus(tmp_path, use_cache=False).figures)
    assert {number: _figure(figures, f"k-{lang}", number).subject for number in subjects} == subjects


@pytest.mark.parametrize("lang,paragraph,subjects", RESPECTIVE)
def test_each_rate_of_a_list_is_of_its_own_name(tmp_path, lang, paragraph, subjects):
    for number, subject in subjects.items():
        figure = _dated_figure(tmp_path, f"r-{lang}", "2021-09-21", paragraph, number)
        assert figure.subject == subject, number
        assert figure.change == "up" and figure.measure is not None and figure.measure.endswith(":change"), number


def test_a_later_item_keeps_the_subject_said_once_for_all(tmp_path):
    figure = _dated_figure(tmp_path, "c-en", "2024-01-10",
                           "In 2023, China's trade with Russia rose 5% and with India 7%.", "7%")
    assert figure.subject == "china>india"


def test_two_measures_listed_leave_the_later_rate_unknown(tmp_path):
    """"the number of parcels and the revenue grew by 19.5 percent and 14.5 percent, respectively":
    the second rate is another measure's, not the first's."""
    figure = _dated_figure(tmp_path, "m-en", "2024-01-10", "In 2023 the number of parcels and the revenue grew "
                           "by 19.5 percent and 14.5 percent, respectively.", "14.5 percent")
    assert figure.measure != "parcels:change"


# German words whose last part only looks like a concept's: "Zollabfertigung" is customs clearance,
# no "Fertigung"; "Import- und Exportfrachtvolumen" is a freight volume, no imports.
@pytest.mark.parametrize("paragraph,number,measure", [
    ("Seit der Wiederaufnahme der Passagierzollabfertigung im April 2024 wurden dort über 50.000 Passagiere "
     "verzeichnet.", "50.000", "passengers"),
    ("Im Jahr 2024 erreichte das Import- und Exportfrachtvolumen 40.900 Tonnen.", "40.900 Tonnen", "freight"),
])
def test_a_german_word_names_the_concept_of_its_head(tmp_path, paragraph, number, measure):
    assert _dated_figure(tmp_path, "g-de", "2024-12-03", paragraph, number).measure == measure


# Read off pairs-final19 (read): a value labelled with its time in brackets, a whole year named
# "Gesamtjahr", and what a measure leaves out is no measure.
LABELLED = [
    ("Die Verbraucherpreise sind im Dezember um 0,1 Prozent gestiegen (November: +0,2 Prozent).", "+0,2 Prozent",
     "2024-11", "inflation:change"),
    ("Im Gesamtjahr 2024 stiegen die Verbraucherpreise um 0,2 Prozent (2023: +0,2 Prozent).", "0,2 Prozent", "2024",
     "inflation:change"),
    ("Im Gesamtjahr 2024 stiegen die Verbraucherpreise um 0,2 Prozent (2023: +0,2 Prozent).", "+0,2 Prozent", "2023",
     "inflation:change"),
    ("Die Kerninflation – ohne Energie und Lebensmittel – stieg im Dezember um 0,4 Prozent.", "0,4 Prozent",
     "2024-12", "inflation:change"),
]


@pytest.mark.parametrize("paragraph,number,period,measure", LABELLED)
def test_labelled_and_whole_year_periods(tmp_path, paragraph, number, period, measure):
    figure = _dated_figure(tmp_path, "l-de", "2025-01-09", paragraph, number)
    assert (figure.period, figure.measure) == (period, measure)


@pytest.mark.parametrize("lang,paragraph,number,measure", [
    ("en", "In December 2022, loading fell by 5.3% year on year.", "5.3%", "freight:change"),
    ("de", "Gleichzeitig sank die Verladung im Dezember 2022 um 5,3 %.", "5,3 %", "freight:change"),
    ("en", "In 2022, freight turnover fell by 0.1% to 2,636.1 billion tariff ton-km.", "0.1%", "freight:change"),
])
def test_loading_and_freight_turnover_are_freight(tmp_path, lang, paragraph, number, measure):
    assert _dated_figure(tmp_path, f"f-{lang}", "2023-01-10", paragraph, number).measure == measure


@pytest.mark.parametrize("paragraph,number,measure", [
    ("The country sold 12.89 million vehicles between January and June.", "12.89 million", "sales"),
    ("Overall sales stood at 2.02 million vehicles in June.", "2.02 million", "sales"),
    # a kind of goods produced stays the output it is a kind of; exports of a kind stay unjoined
    ("The company produced 2 million vehicles in the first half.", "2 million", "vehicles"),
])
def test_goods_counted_after_a_sale_are_sales(tmp_path, paragraph, number, measure):
    assert _dated_figure(tmp_path, "s-en", "2021-07-10", paragraph, number).measure == measure


# Read off a fresh report (russland.capital, 2025-09-09): a German year before its number with an
# amount's noun or a comparison between, and the level a change reached in brackets after it.
YEAR_BEFORE = [
    ("de", "Der Handel stieg 2023 um 26,3 Prozent und erreichte 2024 einen Wert von 244 Milliarden Dollar.",
     "244 Milliarden Dollar", "2024"),
    ("de", "Der Handel erreichte 2024 einen Rekordwert von über 244 Milliarden Dollar.", "244 Milliarden Dollar",
     "2024"),
    ("de", "Der Handel stieg 2023 im Vergleich zum Vorjahr um 26,3 Prozent.", "26,3 Prozent", "2023"),
    ("de", "Der Handel stieg 2023 um 26,3 Prozent (auf 240,11 Milliarden Dollar).", "240,11 Milliarden Dollar", "2023"),
    ("en", "Trade rose 26.3 percent in 2023 (to 240.11 billion dollars).", "240.11 billion dollars", "2023"),
    # Must not: a bracketed amount that is no level the change reached; a noun with no "von".
    ("de", "Der Handel stieg 2023 um 26,3 Prozent (Vorjahr: 240,11 Milliarden Dollar).", "240,11 Milliarden Dollar",
     None),
    ("de", "Der Handel erreichte 2024 einen Rekordwert: 244 Milliarden Dollar.", "244 Milliarden Dollar", None),
]


@pytest.mark.parametrize("lang,paragraph,number,period", YEAR_BEFORE)
def test_a_year_before_its_number_and_a_bracketed_level_reached(tmp_path, lang, paragraph, number, period):
    (tmp_path / f"b-{lang}.txt").write_text("Trade\n\n" + paragraph + "\n", encoding="utf-8")
    figure = _figure(list(load_corpus(tmp_path, use_cache=False).figures), f"b-{lang}", number)
    assert figure.period == period


# Read off a fresh report (Ost-Ausschuss, 2025-10-10): an English country adjective opening a name in
# German text is no subject, a year in brackets after a number is its period, and a German verb
# before "von" opens the level a move started from, not the move.
OST_AUSSCHUSS = [
    ("Laut Analysen des German Economic Team wuchs der IT-Sektor Usbekistans um 40 Prozent.", "40 Prozent",
     "uzbekistan", None, True),
    ("Die IT-Exporte Usbekistans stiegen von 42 Millionen Dollar (2020) auf 447 Millionen Dollar (2023).",
     "42 Millionen Dollar", "uzbekistan", "2020", False),
    ("Die IT-Exporte Usbekistans stiegen von 42 Millionen Dollar (2020) auf 447 Millionen Dollar (2023).",
     "447 Millionen Dollar", "uzbekistan", "2023", False),
    ("Die Exporte Usbekistans stiegen von 42 Millionen Dollar auf 447 Millionen Dollar.", "42 Millionen Dollar",
     "uzbekistan", None, False),
    # Must not: a German adjective is the country; a change noun before "von" makes a change.
    ("Laut Analysen wuchs der deutsche IT-Sektor um 40 Prozent.", "40 Prozent", "germany", None, True),
    ("Die Exporte Usbekistans verzeichneten ein Plus von 9,3 Prozent.", "9,3 Prozent", "uzbekistan", None, True),
]


@pytest.mark.parametrize("paragraph,number,subject,period,change", OST_AUSSCHUSS)
def test_names_brackets_and_from_levels_in_german(tmp_path, paragraph, number, subject, period, change):
    (tmp_path / "o-de.txt").write_text("Titel\n\n" + paragraph + "\n", encoding="utf-8")
    figure = _figure(list(load_corpus(tmp_path, use_cache=False).figures), "o-de", number)
    assert (figure.subject, figure.period, figure.change is not None) == (subject, period, change)


# Read off fresh reports (Reuters copy of China-Russia trade in 2025, 2026-01-14; Kyrgyzstan's budget): a
# base written with a currency sign keeps its year to itself, German "nachgaben" is a fall, and a
# conversion reading a year of its own keeps it (the from-to then dates its to-value).
BASES_AND_LATER_DATES = [
    ("en", "Trade last year totaled $228.1 billion, marking a 6.9% decrease from the record-high $244.8 billion "
           "in 2024.", "6.9%", "2025", "down"),
    ("de", "Die Exporte sanken um 9,9 Prozent, während die Importe aus Russland um 3,4 Prozent nachgaben.",
     "3,4 Prozent", None, "down"),
    # a from-to whose values carry conversions: the to-value and its conversion take the later year
    ("en", "The national budget increased from 308 billion som (3.52 billion USD) in 2020 to 687 billion som "
           "(7.85 billion USD) in 2024.", "687 billion som", "2024", "up"),
    ("en", "The national budget increased from 308 billion som (3.52 billion USD) in 2020 to 687 billion som "
           "(7.85 billion USD) in 2024.", "7.85 billion USD", "2024", "up"),
    # Must not: a date trailing its own number is its own.
    ("en", "Exports to Russia dropped by 9.9% year-on-year, Reuters reported, attributing most of the decline to a "
           "46% fall in vehicle exports between January and November 2025.", "46%", "2025-01/2025-11", "down"),
]


@pytest.mark.parametrize("lang,paragraph,number,period,change", BASES_AND_LATER_DATES)
def test_bases_from_tos_and_falls_of_fresh_reports(tmp_path, lang, paragraph, number, period, change):
    figure = _dated_figure(tmp_path, f"t-{lang}", "2026-01-14", paragraph, number)
    assert (figure.period, figure.change) == (period, change)


@pytest.mark.parametrize("paragraph,number,measure", [
    # "a N% fall" is a change whatever word stands before the article ("attributed … to a 46% fall")
    ("Reuters attributed most of the decline to a 46% fall in vehicle exports.", "46%", "exports:change"),
    ("Exports rose to a record, posting a 6.6% rise in exports.", "6.6%", "exports:change"),
    # Must not: a level reached, or a share, stays a level
    ("Exports rose to 5% of the total in May.", "5%", "share"),
    ("Trade rose to a 12% share of exports.", "12%", "share"),
])
def test_a_rate_before_a_change_noun_is_a_change(tmp_path, paragraph, number, measure):
    assert _dated_figure(tmp_path, "n-en", "2026-01-14", paragraph, number).measure == measure


@pytest.mark.parametrize("lang, paragraph, number, period", [
    # a part of a fiscal year is of the months where the subject's fiscal year opens (Pakistan: July)
    ("en", "Pakistan's IT exports reached $1.2 billion during the first four months of current fiscal year.",
     "$1.2 billion", "2025-07/2025-10"),
    ("de", "Die IT-Exporte Pakistans erreichten in den ersten vier Monaten des laufenden Finanzjahres "
           "1,2 Milliarden Dollar.", "1,2 Milliarden Dollar", "2025-07/2025-10"),
    # ... and of none where the subject's fiscal year is not known (nor read as January to April)
    ("en", "Chile's IT exports reached $1.2 billion during the first four months of current fiscal year.",
     "$1.2 billion", None),
])
def test_a_part_of_a_fiscal_year_is_of_the_subject_s_fiscal_year(tmp_path, lang, paragraph, number, period):
    assert _dated_figure(tmp_path, f"f-{lang}", "2025-11-20", paragraph, number).period == period


def test_a_target_still_ahead_is_carried_to_no_other_figure(tmp_path):
    paragraph = "The global AI market is projected to reach $4.8 trillion by 2033. Kazakhstan's exports rose 5%."
    assert _dated_figure(tmp_path, "t-en", "2025-08-11", paragraph, "5%").period is None
    assert _dated_figure(tmp_path, "u-en", "2025-08-11", paragraph, "$4.8 trillion").period == "2033"


def test_the_region_is_the_group_of_countries_named_before(tmp_path):
    # read off an EBRD outlook: "Das regionale Wachstum" is Central Asia's, not the country's before
    paragraph = ("Kasachstans BIP wird 2025 um 5,5 % steigen.\n\nDie Wirtschaftsaussichten für Zentralasien bleiben "
                 "positiv. Das regionale Wachstum wird voraussichtlich 5,1 % in diesem Jahr erreichen.")
    assert _dated_figure(tmp_path, "r-de", "2024-09-20", paragraph, "5,1 %").subject == "central-asia"
    assert _dated_figure(tmp_path, "s-de", "2024-09-20", paragraph, "5,5 %").subject == "kazakhstan"


@pytest.mark.parametrize("lang, paragraph, number, subject", [
    # "des Landes", "the country's": the country the article names most (read off a Kyrgyz report)
    ("de", "Kirgisistan wächst. Präsident Japarov lobte Kirgisistan.\n\n– Im Jahr 2020 betrug das BIP des Landes "
     "639 Milliarden Som.", "639 Milliarden Som", "kyrgyzstan"),
    # ... with the other end of its flow (read off PTI)
    ("en", "India's trade deficit grows, India's think tank said.\n\nIt said that the country's exports to "
     "China fell to USD 15.2 billion in 2022.", "USD 15.2 billion", "india>china"),
    # ... and none where no country is named most
    ("de", "Kirgisistan und Kasachstan wachsen.\n\nIm Jahr 2020 betrug das BIP des Landes 639 Milliarden Som.",
     "639 Milliarden Som", None),
])
def test_the_country_is_the_one_the_article_names_most(tmp_path, lang, paragraph, number, subject):
    assert _dated_figure(tmp_path, f"c-{lang}", "2025-01-10", paragraph, number).subject == subject


def test_a_country_s_share_of_its_trade_names_whose_trade_the_article_reports(tmp_path):
    # the trade "mit China" after a share of Uzbekistan's trade is Uzbekistan's with China
    paragraph = ("Fast 35 % des Handelsumsatzes Usbekistans entfielen im ersten Quartal 2024 auf China und Russland. "
                 "Der Handelsumsatz mit China belief sich auf 3,01 Milliarden US-Dollar.")
    assert _dated_figure(tmp_path, "u-de", "2024-04-25", paragraph, "3,01 Milliarden US-Dollar").subject \
        == "china>uzbekistan"


# Read off fresh reports (Novastan, Fergana, 24.kg, helm.news and read sets): each row a mend of
# session 28, in the report's own phrasing shortened; the field of the figure `number` that it sets.
FRESH_REPORTS = [
    # "im Vorjahr", "a year earlier" after a number: a year before the year the sentence is about
    ("de", "2018-06-12", "Russland kam 2017 auf 18 Prozent, gegen 21,3 Prozent im Vorjahr.", "21,3 Prozent",
     "period", "2016"),
    ("de", "2018-06-12", "Im Jahr 2017 lag der Anteil Russlands bei 18 Prozent, im Vorjahr bei 21,3 Prozent.",
     "21,3 Prozent", "period", "2016"),
    ("en", "2018-06-12", "Russia's share was 18 percent in 2017 and 21.3 percent a year earlier.", "21.3 percent",
     "period", "2016"),
    # ... the year the paragraph is about, when its sentence writes none
    ("de", "2018-06-12", "Im Jahr 2017 wuchs der Handel Kirgistans mit China auf 1,5 Milliarden US-Dollar. Russland "
     "steht mit 18 Prozent an zweiter Stelle, gegen 21,3 Prozent im Vorjahr.", "21,3 Prozent", "period", "2016"),
    # "gegen" before such a base sets the number against another; it does not round it
    ("de", "2018-06-12", "Russland kam 2017 auf 18 Prozent, gegen 21,3 Prozent im Vorjahr.", "21,3 Prozent",
     "qualifier", "exact"),
    ("de", "2018-06-12", "Zum Forum kamen gegen 500 Gäste aus Kasachstan.", "500", "qualifier", "about"),
    # a news medium's country is where the report comes from, not whom it is about
    ("de", "2018-06-12", "Laut der russischen Nachrichtenagentur TASS stiegen die Exporte Kasachstans 2017 um "
     "5 Prozent.", "5 Prozent", "subject", "kazakhstan"),
    ("de", "2018-06-12", "Nach Statistiken des amerikanischen Informationsdienstes Stratfor betrug der Handel mit China "
     "2017 29 Prozent des kirgisischen Außenhandels.", "29 Prozent", "subject", "kyrgyzstan>china"),  # (a share
    # of Kyrgyzstan's trade: whose whole, then the partner; no symmetric pair as for a trade volume)
    # exports "in die Türkei", "in die Vereinigten Staaten" (a declined name): where they go
    ("de", "2025-01-10", "Kasachstan steigerte 2024 den Export in die Türkei um 5 Prozent.", "5 Prozent", "subject",
     "kazakhstan>tuerkiye"),
    ("de", "2025-01-10", "Kirgisistan steigerte 2024 den Export von IT-Dienstleistungen in die Vereinigten Staaten "
     "um 45 Prozent.", "45 Prozent", "subject", "kyrgyzstan>united-states"),
    # an actor after the number holding a number of its own; the other side of a comparison
    ("de", "2024-06-01", "Das liegt an China, dessen BIP auf 17,8 Billionen Dollar geschätzt wird und das nur von den "
     "Vereinigten Staaten mit einem BIP von 27,4 Billionen Dollar übertroffen wird.", "17,8 Billionen Dollar",
     "subject", "china"),
    ("de", "2024-06-01", "Das liegt an China, dessen BIP auf 17,8 Billionen Dollar geschätzt wird und das nur von den "
     "Vereinigten Staaten mit einem BIP von 27,4 Billionen Dollar übertroffen wird.", "27,4 Billionen Dollar",
     "subject", "united-states"),
    ("de", "2025-03-01", "China verbrauchte 2024 10 Billionen kWh Strom. Dieser Verbrauch ist mehr als doppelt so hoch "
     "wie der der Vereinigten Staaten.", "doppelt so", "subject", "china"),
    # the trader carried with the other end the figure names itself: right after its amount, else nearest before
    ("de", "2024-05-10", "Im Januar-April 2024 exportierte Aserbaidschan 4,2 Milliarden Kubikmeter Gas nach Europa, "
     "3,2 Milliarden Kubikmeter in die Türkei und 1,1 Milliarden Kubikmeter nach Georgien.",
     "1,1 Milliarden Kubikmeter", "subject", "azerbaijan>georgia"),
    ("en", "2025-06-20", "China's imports of farm products from Central Asia rose 27 percent. Flaxseed imports from "
     "Kazakhstan tripled, raisin imports from Uzbekistan soared two-and-a-half-fold and honey imports from Kyrgyzstan "
     "surged 11 times.", "11 times", "subject", "china>kyrgyzstan"),
    # of imports, where they come from is the other end, not where they go
    ("en", "2024-09-10", "China-Russia trade rose 1.9%. Imports of goods from Russia to China increased by 3.2% to "
     "$86.56 bln.", "$86.56 bln.", "subject", "china>russia"),
    # "respectively" over amounts with their conversions in brackets
    ("de", "2023-04-20", "Chinas Außenhandel wuchs im ersten Quartal um 4,8 Prozent. Das Volumen der Importe und Exporte mit der "
     "Europäischen Union und den Vereinigten Staaten belief sich auf 1,34 Billionen Yuan (etwa 177 Milliarden Euro) "
     "beziehungsweise 1,11 Billionen Yuan (etwa 146 Milliarden Euro).", "146 Milliarden Euro", "subject",
     "china>united-states"),
    # "die Republik", "of the republic": the country the article names most
    ("en", "2019-03-05", "Kyrgyzstan digitizes. Kyrgyzstan's government said so.\n\nAbout 30 percent of the adult "
     "population of the republic use mobile banking.", "30 percent", "subject", "kyrgyzstan"),
    # measures: what "the number of" counts, past an aside in brackets
    ("en", "2019-03-05", "The number of active users of mobile applications (commercial banks and other areas) is "
     "about 1.2 million people.", "1.2 million", "measure", "users"),
    ("en", "2026-01-23", "China's vice minister of industry and information technology said at a press conference "
     "that the number of AI firms exceeded 6000 in 2025.", "6000", "measure", "companies"),
    # the noun before "von"/"of" an amount of money, or glued to its unit
    ("de", "2024-09-19", "China sagt einen Zuschuss von 200 Millionen Yuan für künftige Projekte zu.",
     "200 Millionen Yuan", "measure", "aid"),
    ("de", "2024-09-19", "China sagt 200 Millionen Yuan-Zuschuss für künftige Projekte zu.", "200 Millionen Yuan",
     "measure", "aid"),
    ("de", "2024-09-19", "Gemessen am Vorjahresgewinn von 831,7 Mrd. Rubel kommt dies einer Ausschüttungsquote von "
     "43 % gleich.", "831,7 Mrd. Rubel", "measure", "profit"),
    # ... not over a noun right after the amount, nor for a count
    ("en", "2020-03-04", "They provided a grant for the Lahore Waste Management Project of $400 million loan.",
     "$400 million", "measure", "loans"),
    ("de", "2024-09-19", "Vertreter von 700 Unternehmen nahmen teil.", "700", "measure", "companies"),
    # a span written with spaces around its dash, and "the like period of the last year" as a base
    ("en", "2024-05-31", "Russia kept the status of the main trade partner of Tajikistan in January - April 2024, "
     "with the bilateral trade turnover gaining 24.2% against the like period of the last year and reaching "
     "$636.8 mln.", "$636.8 mln.", "period", "2024-01/2024-04"),
    # the date of a base in brackets after a rate is the base's ("($1 billion in January–June 2023)"): no
    # period of the amount before (carrying one into such a sentence joined different statistics on a
    # held-out set: left undated)
    ("en", "2024-07-25", "Uzbekistan’s trade with China amounted to $5.8 billion from January through June 2024. "
     "The volume of exports to China from Uzbekistan amounted to $994.7 million, which is 0.5 percent less "
     "compared to the same period last year ($1 billion in January–June 2023).", "$994.7 million", "period",
     None),
    ("en", "2024-07-25", "Uzbekistan’s trade with China amounted to $5.8 billion from January through June 2024. "
     "The volume of exports to China from Uzbekistan amounted to $994.7 million, which is 0.5 percent less "
     "compared to the same period last year ($1 billion in January–June 2023).", "$1 billion", "period",
     "2023-H1"),
    ("en", "2024-03-26", "Uzbekistan's foreign trade from January through February this year amounted to over "
     "$9.89 billion.", "$9.89 billion", "period", "2024-01/2024-02"),
    # a currency sign after a year opens the amount after it (read off news-pravda)
    ("de", "2023-11-30", "Der Handelsumsatz betrug von Januar bis Oktober 2023 $ 1,35 Milliarden.",
     "$ 1,35 Milliarden", "value", 1_350_000_000),
    # "Land - Zahl": the country before the dash holds the number
    ("de", "2023-11-30", "Der Import erfolgte 2023 aus Russland - 26,6% der gesamten Importe, China - 20,9%, "
     "Kasachstan - 15,3%.", "20,9%", "subject", "china"),
    # "in comparison with the similar period of last year", "over the previous year": bases
    ("en", "2020-06-19", "In January-May 2020 the foreign trade turnover of Uzbekistan has reached 12,9 billion "
     "dollars and, in comparison with the similar period of last year, has decreased by 2,4 billion dollars.",
     "2,4 billion dollars", "period", "2020-01/2020-05"),
    ("en", "2023-07-21", "Uzbek foreign trade turnover for the first half of 2023 was $29.2 billion, a $4.7 billion "
     "or 19.4% rise over the previous year.", "19.4%", "period", "2023-H1"),
    ("en", "2023-07-21", "Uzbek foreign trade turnover for the first half of 2023 was $29.2 billion, a $4.7 billion "
     "or 19.4% rise over the previous year.", "$4.7 billion", "measure", "trade-volume:change"),
    ("en", "2021-12-30", "In 2021, the added value of the industry has increased by 15.7 percent over the previous "
     "year.", "15.7 percent", "period", "2021"),
    # "The previous year" opening a sentence: the year before
    ("en", "2023-07-21", "Uzbekistan exported goods worth $699.3 million to Kazakhstan in the first half of 2023. "
     "The previous year, the bilateral trade between the two states was nearly $5 billion.", "$5 billion",
     "period", "2022"),
    # a base's year is carried to no later figure
    ("en", "2024-02-22", "Nvidia reported revenue of $22.10 billion in 2023, up from $6.05 billion the previous "
     "year. Net profit was $12.29 billion.", "$12.29 billion", "period", "2023"),
    ("en", "2024-02-01", "In 2023, exports reached $344 million - this is 2.4 times more than in the previous year, "
     "when the figure was $140 million. IT outsourcing amounted to 57%.", "2.4 times", "period", "2023"),
    # a label in brackets dates the value after its colon
    ("de", "2025-01-17", "Das BIP wuchs im vierten Quartal 2024 um 5,4 Prozent (3. Quartal 2024: +4,6 Prozent | "
     "2. Quartal 2024: +4,7 Prozent).", "+4,7 Prozent", "period", "2024-Q2"),
    # when a plant or a body was founded is not the time of its numbers; where it plans to go is not whose
    ("en", "2024-11-29", "Established in 2005, the plant has received nearly $4.5 million in investments and plans "
     "to expand into Uzbekistan, Azerbaijan, the Kyrgyz Republic, Russia, and Arab countries.", "$4.5 million",
     "period", None),
    ("en", "2024-11-29", "Established in 2005, the plant has received nearly $4.5 million in investments and plans "
     "to expand into Uzbekistan, Azerbaijan, the Kyrgyz Republic, Russia, and Arab countries.", "$4.5 million",
     "subject", None),
    ("en", "2022-09-16", "Founded in 2001, the SCO now has eight full members.", "eight", "period", None),
    # "over ten months of this year": the first ten months (read off The Astana Times)
    ("en", "2024-11-29", "Over ten months of this year, Astana has attracted nearly 1.3 trillion tenge in "
     "investments.", "1.3 trillion tenge", "period", "2024-01/2024-10"),
    # "produces" is no fruit
    ("en", "2024-11-29", "The plant covers 7,500 square meters and produces telecommunications equipment.",
     "7,500 square meters", "measure", None),
    # "from other member states": the members of the group named before (read off China News Service)
    ("en", "2025-09-03", "In 2024 the online retail market of SCO member states exceeded USD 3.2 trillion. China's "
     "cross-border e-commerce imports from other member states grew by 34% year-on-year.", "34%", "subject",
     "china>sco"),
    # a landmass is an area; cross-border personnel movements are crossings (read off Xinhua)
    ("en", "2025-07-20", "The SCO now represents nearly half of the world's population and a quarter of the global "
     "landmass.", "a quarter", "measure", "land-area"),
    ("en", "2025-07-20", "Over 5 million cross-border personnel movements were made through the centre this year.",
     "5 million", "measure", "border-crossings"),
    # an amount after a month is no day of it; "in diesem November"; a bare year closing a rate's clause
    # (read off russland.capital, cash.ch, news-final17)
    ("de", "2023-11-08", "Das Handelsvolumen der beiden Länder erreichte im Oktober 19,79 Milliarden Dollar.",
     "19,79 Milliarden Dollar", "period", "2023-10"),
    ("de", "2024-12-20", "Dennoch kaufte China in diesem November beinahe 2,3 Millionen US-Dollar Weizen.",
     "2,3 Millionen US-Dollar", "period", "2024-11"),
    ("de", "2025-01-13", "Die Einfuhren aus Russland stiegen nur noch um 1,0 Prozent, nach 18,6 Prozent 2023.",
     "18,6 Prozent", "period", "2023"),
    # imports of a country's goods come from it
    ("de", "2023-11-08", "Die Exporte Chinas nach Russland stiegen um 52,2 Prozent auf 90,1 Milliarden Dollar, die "
     "Importe russischer Waren um 12,4 Prozent auf 106,4 Milliarden Dollar.", "106,4 Milliarden Dollar", "subject",
     "china>russia"),
    # the internet traffic's growth; a country outrun is no partner (read off Turkish News World)
    ("de", "2024-06-05", "Das Wachstum des Internetverkehrs sei im Vergleich zum Jahr 2020 um 61,5 % gestiegen und "
     "die Zahl der Nutzer sei um 12,9 % gestiegen.", "61,5 %", "measure", "data-traffic:change"),
    ("de", "2024-06-05", "Laut Ookla liegt Kasachstan im April 2024 bei der Internetgeschwindigkeit mit 43,6 Megabit "
     "pro Sekunde vorn und übertrifft damit Russland und Usbekistan.", "43,6 Megabit pro Sekunde", "subject",
     "kazakhstan"),
    # "the $13 billion mark" is a milestone, no Bosnian mark (read off Trend)
    ("en", "2025-06-19", "Trade between Uzbekistan and China exceeded the $13 billion mark in 2024.",
     "$13 billion", "unit", "USD"),
    # a turnover between trade partners is their trade; "Warenumsatz" is trade
    ("en", "2023-07-21", "Kazakhstan ranks as Uzbekistan’s third leading foreign trade partner with a turnover of "
     "$2.19 billion in 2023.", "$2.19 billion", "measure", "trade-volume"),
    ("de", "2023-11-30", "2023 sank der Warenumsatz zwischen Russland und Tadschikistan um 2,1%.", "2,1%",
     "measure", "trade-volume:change"),
]


@pytest.mark.parametrize("lang, date, paragraph, number, field, expected", FRESH_REPORTS)
def test_fresh_reports_of_session_28(tmp_path, lang, date, paragraph, number, field, expected):
    assert getattr(_dated_figure(tmp_path, f"n-{lang}", date, paragraph, number), field) == expected


# Dates that are not a figure's period, and a base a year before a span said the sentence before
# (read off GTAI, Kursiv via Astana Times and Kazinform): a report's date closing the sentence; a
# compared base's year; the other side of "entsprach dem von".
@pytest.mark.parametrize("lang,paragraph,number,period", [
    ("en", "A total of 26.5 million tons of grain were threshed, said the minister at an October 23 government "
           "meeting.", "26.5 million tons", None),
    ("de", "Die Exporte stiegen um 5 Prozent auf 12 Milliarden US-Dollar, berichtete die Agentur am 16. Mai.",
     "12 Milliarden US-Dollar", None),
    ("en", "Exports rose 5% to $12 billion, the ministry said on Monday.", "$12 billion", None),
    # the guard: a date of the figure's own before a comma stays
    ("en", "Exports rose 5% to $12 billion in March, the ministry said.", "$12 billion", "2024-03"),
    ("de", "China kaufte in den ersten zehn Monaten 2024 mehr Gerste aus Russland. Der Wert der Käufe betrug 11,8 "
           "Millionen US-Dollar gegenüber 14,3 Millionen US-Dollar vor einem Jahr.", "14,3 Millionen US-Dollar",
     "2023-01/2023-10"),
    ("de", "China kaufte in den ersten zehn Monaten 2024 mehr Gerste aus Russland. Der Wert der Käufe betrug 11,8 "
           "Millionen US-Dollar gegenüber 14,3 Millionen US-Dollar vor einem Jahr.", "11,8 Millionen US-Dollar",
     "2024-01/2024-10"),
])
def test_a_report_s_date_and_a_base_s_year(tmp_path, lang, paragraph, number, period):
    assert _dated_figure(tmp_path, f"r-{lang}", "2024-10-23", paragraph, number).period == period


def test_the_other_side_of_an_equal_amount_is_no_subject(tmp_path):
    paragraph = "Sein BIP betrug im vergangenen Jahr 91 Mrd. Dollar und entsprach damit dem von Bulgarien."
    assert _dated_figure(tmp_path, "g-de", "2024-05-01", paragraph, "91 Mrd. Dollar").subject is None


def test_the_year_before_a_fiscal_year_is_its_twelve_months_before(tmp_path):
    """Read off Reuters on Pakistan's budget: the base after a fiscal year's growth is the fiscal
    year before it, and no later figure of the article takes that base's period."""
    paragraph = ("Pakistan anticipates its economy to grow by 2.7% in the fiscal year ending June 2025, following a "
                 "2.5% expansion in the previous year. Agricultural sector growth hit a low of 0.6%.")
    assert _dated_figure(tmp_path, "f-en", "2025-06-10", paragraph, "2.5%").period == "2023-07/2024-06"
    assert _dated_figure(tmp_path, "f-en", "2025-06-10", paragraph, "0.6%").period == "2024-07/2025-06"


# Read off turkishnewsworld on Uzbekistan's first-quarter trade: an actor of the other way's flow
# word is that flow's end or trader, and a subject carried in a paragraph is the last one of the
# figure's own concept.
@pytest.mark.parametrize("paragraph, number, subject", [
    # the end the imports come from is the end the exports go to
    ("Der Handelsumsatz Usbekistans mit Russland stieg auf 2,8 Milliarden US-Dollar. Die Importe aus Russland "
     "stiegen auf 2,07 Milliarden US-Dollar, während die Exporte auf 720,9 Millionen US-Dollar zurückgingen.",
     "720,9 Millionen US-Dollar", "uzbekistan>russia"),
    # the country right after "Export" is the exporter, no partner of anything
    ("Der Handelsumsatz mit China belief sich auf 3,01 Milliarden US-Dollar, wobei der Import 2,56 Milliarden "
     "US-Dollar ausmachte und der Export usbekischer Produkte 451,6 Millionen US-Dollar betrug.",
     "451,6 Millionen US-Dollar", "uzbekistan"),
    # the trade's subject, not the exports' said in between
    ("Der Handelsumsatz zwischen China und Usbekistan belief sich auf 3,01 Milliarden US-Dollar, und der Export "
     "usbekischer Produkte betrug 451,6 Millionen US-Dollar. Im Vergleich zum Vorjahr stieg der Handelsumsatz um "
     "646,1 Millionen US-Dollar.", "646,1 Millionen US-Dollar", "china>uzbekistan"),
])
def test_flows_of_the_other_way_and_subjects_of_the_same_concept(tmp_path, paragraph, number, subject):
    assert _dated_figure(tmp_path, "t-de", "2024-05-01", paragraph, number).subject == subject


# Read off OWC on Iran's trade and Trend on Uzbekistan's: the country before a bracket holding the
# number, in a list of such items, is the number's; of a flow the item is its other end.
@pytest.mark.parametrize("lang, paragraph, number, subject", [
    ("de", "Die größten Exporteure in das Land waren China (5,5 Mrd. USD), die Vereinigten Arabischen Emirate (fast "
           "3,2 Mrd. USD), Südkorea (1,4 Mrd. USD) und Deutschland (1,172 Mrd. USD).", "1,4 Mrd. USD", "south-korea"),
    ("en", "Uzbekistan's foreign trade turnover amounted to $4.2 billion in January 2024. The largest volume of foreign "
           "trade turnover was recorded with China (27.2 percent or $1.1 billion), Russia (18.3 percent or $766.7 "
           "million).", "$766.7 million", "russia>uzbekistan"),
    ("en", "In 2023 Uzbekistan's IT exports reached $344 million. A significant part of exports goes to the United "
           "States ($151 million), Britain and the EU countries ($82.5 million).", "$151 million",
     "uzbekistan>united-states"),
])
def test_a_country_before_its_bracket_in_a_list(tmp_path, lang, paragraph, number, subject):
    assert _dated_figure(tmp_path, f"b-{lang}", "2024-02-24", paragraph, number).subject == subject


# Read off germanic.news on Central Asia's IT exports: in a list of countries each with its amount the
# country right before an amount holds it; "… Dollar für die Ukraine" names the amount's holder after it.
@pytest.mark.parametrize("paragraph, number, subject", [
    ("Im Jahr 2022 erreichte Kirgisistan 40 Millionen US-Dollar, Usbekistan 140 Millionen US-Dollar und Kasachstan "
     "200 Millionen US-Dollar.", "200 Millionen US-Dollar", "kazakhstan"),
    ("Die Ukraine exportierte im Jahr 2021 etwas mehr IT-Dienstleistungen als Usbekistan in Gold, nämlich 6,9 Milliarden "
     "US-Dollar für die Ukraine und 6,5 Milliarden US-Dollar für Usbekistan.", "6,5 Milliarden US-Dollar", "uzbekistan"),
])
def test_each_country_its_amount(tmp_path, paragraph, number, subject):
    assert _dated_figure(tmp_path, "l-de", "2023-05-01", paragraph, number).subject == subject


# "this figure" / "dieser Wert" before the number: the statistic of the sentence before, also
# across a paragraph break; that sentence's figure's key when it has one (read off Astana Times
# and Trend)
ANAPHORS = [
    ("en", "China is Kazakhstan's leading trade partner, ranking first in terms of bilateral trade volume. In 2023, "
           "this figure reached a record $40 billion.", "$40 billion", "trade-volume", "2023"),
    ("en", "The total volume of Uzbekistan's foreign trade turnover from January through February this year amounted "
           "to over $9.89 billion.\n\nAccording to the Statistics Agency of Uzbekistan, this figure increased by about "
           "$940 million, or 10.5 percent year-on-year.", "$940 million", "trade-volume:change", "2024-01/2024-02"),
    ("de", "Die Zahl der Nutzer stieg weiter. Im Jahr 2023 lag dieser Wert bei 12 Millionen.", "12 Millionen",
     "users", "2023"),
    # what names its statistic itself is read as written ("der Wert der Lieferungen")
    ("de", "Die Exporte wuchsen. Der Wert der Lieferungen erreichte 2023 167,8 Millionen US-Dollar.",
     "167,8 Millionen US-Dollar", None, "2023"),
]


@pytest.mark.parametrize("lang,paragraph,number,measure,period", ANAPHORS)
def test_this_figure_is_the_statistic_of_the_sentence_before(tmp_path, lang, paragraph, number, measure, period):
    figure = _dated_figure(tmp_path, f"a-{lang}", "2024-03-26", paragraph, number)
    assert (figure.measure, figure.period) == (measure, period)


# A trade balance, surplus or deficit (read off BelTA and IRNA): "Saldo" is the balance; exports
# weighed against imports before the number are the balance's sides; each side with its own number
# is that side's.
BALANCES = [
    ("de", "Im Jahr 2021 erreichte der Handel $301,9 Mio. und stieg. Der Saldo ist positiv und liegt bei $188,9 Millionen.",
     "$188,9 Millionen", "trade-balance"),
    ("de", "Ihm zufolge erreichte die Handelsbilanz des Landes mit dem Vorsprung der Exporte gegenüber den Importen "
           "im Frühjahr +605 Millionen US-Dollar.", "+605 Millionen US-Dollar", "trade-balance"),
    ("de", "Im vergangenen Jahr wies die Handelsbilanz einen Positivsaldo von zehn Milliarden US-Dollar auf, wobei der "
           "Export 16,7 Milliarden US-Dollar und der Import 6,7 Milliarden US-Dollar betrugen.",
     "6,7 Milliarden US-Dollar", "imports"),
    ("en", "Belarus secured a foreign trade surplus of $188.9 million.", "$188.9 million", "trade-surplus"),
]


@pytest.mark.parametrize("lang,paragraph,number,measure", BALANCES)
def test_a_trade_balance_and_its_sides(tmp_path, lang, paragraph, number, measure):
    assert _dated_figure(tmp_path, f"b-{lang}", "2022-06-20", paragraph, number).measure == measure


@pytest.mark.parametrize("paragraph,number", [
    ("Kazakhstan, with 60 percent of its economy reliant on oil exports, has announced a $21 billion rescue "
     "package.", "$21 billion"),
    ("Kazakhstan became the leader in trade with China, accounting for 46 percent of the total volume — $43.8 "
     "billion.", "$43.8 billion"),
])
def test_a_share_is_no_measure_of_the_amount_after_it(tmp_path, paragraph, number):
    """A share before an amount in its sentence is no measure of the amount (read off reports on
    Kazakhstan's economy and Central Asia's trade with China)."""
    figure = _dated_figure(tmp_path, "s-en", "2025-01-20", paragraph, number)
    assert figure.measure is None or "share" not in figure.measure


# A fiscal year by its name, for a country whose fiscal year is known (read off Daily Times,
# techjuice and Business Recorder on Pakistan's IT exports): the one named last before the number,
# or the one the sentence names after it; a year alone is the one it ends in.
FISCAL_YEARS = [
    ("en", "During the fiscal year 2020/21, Pakistan's IT exports increased 47.4 percent, whereas, in the fiscal "
           "year 2019/20, Pakistan's exports were $1.44 billion.", "$1.44 billion", "2019-07/2020-06"),
    ("en", "During the fiscal year 2020/21, Pakistan's IT exports increased 47.4 percent, whereas, in the fiscal "
           "year 2019/20, Pakistan's exports were $1.44 billion.", "47.4 percent", "2020-07/2021-06"),
    ("en", "Throughout the financial year FY24, Pakistan's central bank kept its rate at 22 percent.", "22 percent",
     "2023-07/2024-06"),
    ("en", "India's exports were $5 billion in fiscal year 2023-24.", "$5 billion", "2023-04/2024-03"),
    ("de", "Die ADB passte Pakistans Wachstumsprognose für das Geschäftsjahr 2024-25 auf 3 % an.", "3 %",
     "2024-07/2025-06"),
]


@pytest.mark.parametrize("lang,paragraph,number,period", FISCAL_YEARS)
def test_a_fiscal_year_by_its_name(tmp_path, lang, paragraph, number, period):
    assert _dated_figure(tmp_path, f"f-{lang}", "2024-12-15", paragraph, number).period == period


# ... also on an undated page (its years are written); a fiscal year right after a number is that
# number's, one after a comparison word or opening another item is not; two years as a country's
# press writes them ("for 2014-15") name its fiscal year; a base of "the previous year" is of the
# year before; a base year in brackets and months of a year are no fiscal year (read off AFP and dpa
# on India's GDP, Business Standard on India's trade with China, a benchmark report of India's GDP)
UNDATED_FISCAL_YEARS = [
    ("en", "India reported economic growth of 7.3 per cent for 2014-15, up from 6.8 per cent the previous year.",
     "7.3 per cent", "2014-04/2015-03"),
    ("en", "India reported economic growth of 7.3 per cent for 2014-15, up from 6.8 per cent the previous year.",
     "6.8 per cent", "2013-04/2014-03"),
    ("en", "India's exports to China rose to $16.67 billion in FY24 from $15.33 billion in FY23.", "$15.33 billion",
     "2022-04/2023-03"),
    ("en", "India's exports to China rose to $16.67 billion in FY24 from $15.33 billion in FY23.", "$16.67 billion",
     "2023-04/2024-03"),
    ("en", "Similarly, India's merchandise imports decreased to $677.24 billion from $715.97 billion in FY23.",
     "$677.24 billion", None),
    ("de", "Indiens Wirtschaft wuchs 2022/23 um 7,2% und 2021/22 um 8,7%.", "7,2%", "2022-04/2023-03"),
    ("de", "Indiens Wirtschaft wuchs 2022/23 um 7,2% und 2021/22 um 8,7%.", "8,7%", "2021-04/2022-03"),
    ("en", "In the first two months of FY25, India's Chabahar port handled 9,973 TEUs, already 10% higher than the "
           "total for FY23.", "10%", None),
    ("en", "India's GDP at Constant (2011-12) Prices in the year 2023-24 is estimated at Rs 172.90 lakh crore.",
     "Rs 172.90 lakh crore", "2023-04/2024-03"),
    ("en", "India's GDP at Constant (2011-12) Prices in Q3 of 2023-24 is estimated at Rs 43.72 lakh crore.",
     "Rs 43.72 lakh crore", "2023-Q4"),
    ("de", "Im abgelaufenen Finanzjahr (April 2014 bis März 2015) sei die Volkswirtschaft um 7,3 Prozent gewachsen.",
     "7,3 Prozent", "2014-04/2015-03"),
    # a quarter or half of a fiscal year named by its years is of that year's months (read off
    # Business Standard on TCS, a benchmark report of Pakistan's GDP); not for a figure past
    # another part ("while the first quarter figure was revised to 1.3%")
    ("en", "TCS's net profit in India declined 3.17% to Rs 12,040 crore in Q1 FY25.", "Rs 12,040 crore", "2024-Q2"),
    ("en", "Pakistan's real GDP growth for the second quarter of FY25 stood at 1.7%, while the first quarter figure "
           "was revised to 1.3%.", "1.7%", "2024-Q4"),
    ("en", "Pakistan's real GDP growth for the second quarter of FY25 stood at 1.7%, while the first quarter figure "
           "was revised to 1.3%.", "1.3%", None),
    ("de", "Indiens Wirtschaft wuchs im ersten Quartal des Geschäftsjahres 2024/25 um 6,7 Prozent.", "6,7 Prozent",
     "2024-Q2"),
    ("de", "Das BIP-Wachstum Indiens verlangsamte sich im ersten Quartal des Geschäftsjahres 2025 im Vergleich zum "
           "vierten Quartal des Geschäftsjahres 2024 (auf 6,7 Prozent von 7,8 Prozent).", "6,7 Prozent", None),
]


@pytest.mark.parametrize("lang,paragraph,number,period", UNDATED_FISCAL_YEARS)
def test_a_fiscal_year_by_its_name_on_an_undated_page(tmp_path, lang, paragraph, number, period):
    (tmp_path / f"f-{lang}.txt").write_text(f"Headline\n\n{paragraph}\n", encoding="utf-8")
    assert _figure(list(load_corpus(tmp_path).figures), f"f-{lang}", number).period == period


def test_the_other_end_right_after_each_share(tmp_path):
    """"18 Prozent nach Russland und 16 Prozent nach China": of several other ends, the one right
    after the number is its own (read off usbekistan-online.de)."""
    paragraph = ("31 Prozent aller usbekischen Exporte der ersten Jahreshälfte 2018 gingen in die Schweiz, 18 Prozent "
                 "nach Russland und 16 Prozent nach China.")
    assert _dated_figure(tmp_path, "u-de", "2018-08-10", paragraph, "16 Prozent").subject == "uzbekistan>china"


@pytest.mark.parametrize("lang,paragraph,number,subject", [
    # a share of exports or imports has the flow's subject and other end (read off Novastan and
    # Xinhua/People's Daily on China's imports from the SCO)
    ("en", "31 percent of Uzbek exports went to Switzerland, 18 percent to Russia and 16 percent to China.",
     "18 percent", "uzbekistan>russia"),
    ("en", "Energy imports from other SCO members accounted for about one-fifth of China's total imports in 2024.",
     "one-fifth", "china>sco"),
    ("de", "Laut Ling machten Energieimporte aus anderen SCO-Mitgliedsstaaten im Jahr 2024 etwa ein Fünftel der "
           "gesamten chinesischen Importe aus.", "ein Fünftel", "china>sco"),
])
def test_a_share_of_a_flow_has_the_flow_s_subject(tmp_path, lang, paragraph, number, subject):
    assert _dated_figure(tmp_path, f"s-{lang}", "2025-01-20", paragraph, number).subject == subject


def test_the_lead_s_subject_is_carried_to_no_figure_before_it(tmp_path: Path) -> None:
    # read off People's Daily German: the first sentence's trade is Xinjiang's, which no subject list
    # knows; Kazakhstan, named as a partner a sentence later, is not whose
    paragraph = ("Xinjiang verzeichnete im ersten Halbjahr dieses Jahres ein Außenhandelsvolumen von insgesamt "
                 "220,63 Milliarden Yuan. Die Importe und Exporte mit Kasachstan und Kirgisistan seien um 45,8 "
                 "Prozent bzw. 8,7 Prozent gestiegen.")
    assert _dated_figure(tmp_path, "x01-de", "2024-07-18", paragraph, "220,63 Milliarden Yuan").subject is None


def test_a_target_takes_no_period_carried_from_a_month_before(tmp_path: Path) -> None:
    # read off de.news-front.su: the aim of 200 billion a year is not May's trade
    paragraph = ("Allein im Mai 2021 betrug das Handelsvolumen zwischen Russland und China 10,5 Milliarden Dollar. "
                 "Zuvor hatten sich die Behörden das Ziel gesetzt, ein jährliches bilaterales Handelsvolumen zwischen "
                 "den beiden Staaten von 200 Milliarden US-Dollar zu erreichen.")
    assert _dated_figure(tmp_path, "t01-de", "2021-06-07", paragraph, "10,5 Milliarden Dollar").period == "2021-05"
    assert _dated_figure(tmp_path, "t02-de", "2021-06-07", paragraph, "200 Milliarden US-Dollar").period is None


@pytest.mark.parametrize(("paragraph", "number", "measure"), [
    # a percentage of a German "Gesamt-" whole is a share (read off People's Daily German)
    ("Die Zone verzeichnete ein Gesamtaußenhandelsvolumen von 72,82 Milliarden Yuan, was 33 Prozent des "
     "Gesamtwertes von Xinjiang entspricht.", "33 Prozent", "share"),
    ("Die Zone verzeichnete ein Außenhandelsvolumen von 72,82 Milliarden Yuan.", "72,82 Milliarden Yuan", "trade-volume"),
])
def test_a_percentage_of_a_german_whole(tmp_path: Path, paragraph: str, number: str, measure: str) -> None:
    assert _dated_figure(tmp_path, "w01-de", "2024-07-18", paragraph, number).measure == measure


@pytest.mark.parametrize(("date", "subject"), [("date 2024-07-13\n\n", "china"), ("", None)])
def test_the_country_the_lead_opens_on(tmp_path: Path, date: str, subject: str | None) -> None:
    # read off Xinhua German: the dateline's paragraph opens on China and holds no figure; the figures
    # after it are China's (in a dated article; an undated one keeps too little of a key to guess more)
    text = ("BEIJING, 12. Juli (Xinhua) -- China hat 2024 ein weiteres Jahr mit einer Rekordernte erlebt.\n"
            "Die diesjährige Produktion von Sommergetreide belief sich auf 149,78 Millionen Tonnen.\n")
    (tmp_path / "l01-de.txt").write_text(date + text, encoding="utf-8")
    assert _figure(list(load_corpus(tmp_path).figures), "l01-de", "149,78 Millionen Tonnen").subject == subject


def _undated_figure(tmp_path: Path, article: str, text: str, number: str) -> Figure:
    (tmp_path / f"{article}.txt").write_text(text, encoding="utf-8")
    return _figure(list(load_corpus(tmp_path).figures), article, number)


# Read off market-research reports of China's smartphone market (TelecomLead, gagadget, GamesMarkt).
@pytest.mark.parametrize(("lang", "date", "text", "number", "period"), [
    # a time compared with, right before a figure's sentence, is no period of it
    ("de", "2023-10-26", "Nur ein Unternehmen konnte seine Verkäufe im Vergleich zum dritten Quartal des vergangenen "
     "Jahres steigern. Dies ist Xiaomi, das 9,1 Millionen Geräte auslieferte.", "9,1 Millionen", None),
    ("de", "2023-10-26", "Apple lieferte mehr iPhones aus als noch in Q2 2017 (+ 0,7 Prozent).", "0,7 Prozent", None),
    # "in den drei Monaten" alone is the quarter just named, not the year's first three months
    ("de", "2023-10-26", "Das Unternehmen konnte in den drei Monaten 10,4 Millionen Geräte verkaufen.",
     "10,4 Millionen", None),
    ("de", "2023-10-26", "In den sieben Monaten wurden 10,4 Millionen Geräte verkauft.", "10,4 Millionen", "2023-01/2023-07"),
])
def test_no_period_from_a_time_compared_with_or_from_three_months(tmp_path: Path, lang: str, date: str, text: str,
                                                                  number: str, period: str | None) -> None:
    assert _dated_figure(tmp_path, f"c01-{lang}", date, text, number).period == period


def test_a_time_of_the_paragraph_before_is_no_figure_s_own(tmp_path: Path) -> None:
    # read off TelecomLead (undated): a forecast's quarter in the paragraph before is not the quarter
    # the figures' own sentence names, of the year the lead states
    text = ("The Chinese smartphone market shipped 67.1 million units in the third quarter of 2023.\n\n"
            "Wong said, “The market is expected to grow in the fourth quarter of 2023 after two years.”\n\n"
            "Top brands are Honor with 19.3 percent share as against Oppo (16.2 percent) during the third quarter.\n")
    assert _undated_figure(tmp_path, "c02-en", text, "19.3 percent").period == "2023-Q3"
    assert _undated_figure(tmp_path, "c02-en", text, "16.2 percent").period == "2023-Q3"


@pytest.mark.parametrize(("lang", "paragraph", "number", "measure"), [
    # devices and smartphones counted after a sale are the sales' amount, in German with the verb after
    ("de", "Insgesamt wurden zwischen Juli und September 2023 in China 66,7 Millionen Smartphones verkauft.",
     "66,7 Millionen", "sales"),
    ("en", "Xiaomi sold 9.1 million smartphones in the quarter.", "9.1 million", "sales"),
    ("en", "Huawei increased its shipments by 40.9% in a year.", "40.9%", "sales:change"),
    ("de", "Huawei kommt im Quartal auf 54,2 Millionen Geräte.", "54,2 Millionen", "devices"),
    # a business named by a compound after a revenue is its segment (read off Business Insider)
    ("de", "Die Erlöse im Handelsgeschäft sprangen um 61 Prozent auf 69,2 Milliarden Yuan hoch.",
     "69,2 Milliarden Yuan", "revenue"),
    ("de", "Die Erlöse im Handelsgeschäft sprangen um 61 Prozent auf 69,2 Milliarden Yuan hoch.",
     "61 Prozent", "revenue:change"),
])
def test_sales_of_devices_and_a_revenue_s_segment(tmp_path: Path, lang: str, paragraph: str, number: str,
                                                   measure: str) -> None:
    assert _dated_figure(tmp_path, f"c03-{lang}", "2023-10-26", paragraph, number).measure == measure


@pytest.mark.parametrize(("lang", "paragraph", "number", "measure"), [
    # a change word past a bracket after the number, or past the bracket the number closes (read off gagadget)
    ("de", "In China wurden 66,7 Millionen Smartphones verkauft, 3,1 Millionen (5 %) weniger als im gleichen "
           "Zeitraum 2022.", "3,1 Millionen", "sales:change"),
    ("de", "In China wurden 66,7 Millionen Smartphones verkauft, 3,1 Millionen (5 %) weniger als im gleichen "
           "Zeitraum 2022.", "5 %", "sales:change"),
    ("en", "China sold 66.7 million smartphones, 3.1 million (5%) fewer than a year earlier.", "5%", "sales:change"),
    ("en", "China sold 66.7 million smartphones, 3.1 million (5%) fewer than a year earlier.", "66.7 million", "sales"),
])
def test_a_change_word_past_a_bracket(tmp_path: Path, lang: str, paragraph: str, number: str, measure: str) -> None:
    assert _dated_figure(tmp_path, f"c04-{lang}", "2023-10-26", paragraph, number).measure == measure


@pytest.mark.parametrize(("paragraph", "number", "measure"), [
    # read off AzerNews: the head elided after "and" ("natural gas by 5.8%") is the first item's,
    # and its kind is the sibling the words name
    ("In 2023, companies increased oil production by 2% (to 208.91 million tons), and natural gas by 5.8% "
     "(to 229.7 billion cubic meters).", "5.8%", "gas-output:change"),
    ("In 2023, companies increased oil production by 2% (to 208.91 million tons), and natural gas by 5.8% "
     "(to 229.7 billion cubic meters).", "229.7 billion cubic meters", "gas-output"),
    ("In 2023, companies increased oil production by 2% (to 208.91 million tons), and natural gas by 5.8% "
     "(to 229.7 billion cubic meters).", "2%", "oil-output:change"),
    # read off China Daily via EVwind: what was invested in is no measure of the amount
    ("Major power enterprises invested ¥967.5 billion in power projects, a 30.1% year-on-year increase.",
     "¥967.5 billion", "investment"),
])
def test_an_elided_sibling_and_what_was_invested_in(tmp_path: Path, paragraph: str, number: str, measure: str) -> None:
    assert _dated_figure(tmp_path, "c05-en", "2024-01-20", paragraph, number).measure == measure
