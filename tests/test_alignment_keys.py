"""The statistic key read right on fresh pairs, English and German (issue 13, round 2): the years
of a from–to, the span a sentence before states, a conservative article period, quarters written
short, comparison bases, shares, the flow after a number, credit brackets and sources, "about"
with a precise value, open bounds and the one value of its amount on undated pages. Each table has
rows that must yield nothing (or keep what was there)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from sco_digital import load_corpus
from sco_digital.compare import align_figures, sole_values
from sco_digital.facts import all_agree
from sco_digital.records import Figure

from test_alignment_rules import BROADER, fig  # the same figure builder and registry

DATE = "date 2025-04-21\n\n"

# (language, text after the date line, number as written, period)
PERIODS = [
    # a span of days the sentence before states, past a German ordinal's point (read off CRI)
    ("de", "Die Goldene Woche um den Nationalfeiertag vom 1. bis 7. April ist vorbei. Mehr als 780 Millionen Chinesen "
           "reisten.", "780 Millionen", "2025-04-01/2025-04-07"),
    # A from–to: each value its own end of the span of years, a conversion in brackets its value's.
    ("en", "China's digital economy jumped from 11 trillion yuan ($1.64 trillion) to over 45 trillion yuan "
           "($6.7 trillion) from 2012 to 2021, data shows.", "11 trillion yuan", "2012"),
    ("en", "China's digital economy jumped from 11 trillion yuan ($1.64 trillion) to over 45 trillion yuan "
           "($6.7 trillion) from 2012 to 2021, data shows.", "$1.64 trillion", "2012"),
    ("en", "China's digital economy jumped from 11 trillion yuan ($1.64 trillion) to over 45 trillion yuan "
           "($6.7 trillion) from 2012 to 2021, data shows.", "$6.7 trillion", "2021"),
    ("de", "Der Umfang stieg von 11 Billionen Yuan im Jahr 2012 auf über 45 Billionen Yuan im Jahr 2021. "
           "Der Anteil am BIP stieg in diesem Zeitraum von 21,6 Prozent auf 39,8 Prozent.", "21,6 Prozent", "2012"),
    ("de", "Der Umfang stieg von 11 Billionen Yuan im Jahr 2012 auf über 45 Billionen Yuan im Jahr 2021. "
           "Der Anteil am BIP stieg in diesem Zeitraum von 21,6 Prozent auf 39,8 Prozent.", "39,8 Prozent", "2021"),
    # Each end with its own year, the to-value converted in brackets before its year: value and
    # conversion take the later year, the from-value keeps its own.
    ("de", "Der Handel stieg von 850 Millionen Yuan im Jahr 2019 auf 8,1 Milliarden Yuan (etwa 1,1 Milliarden "
           "US-Dollar) im Jahr 2022.", "8,1 Milliarden Yuan", "2022"),
    ("de", "Der Handel stieg von 850 Millionen Yuan im Jahr 2019 auf 8,1 Milliarden Yuan (etwa 1,1 Milliarden "
           "US-Dollar) im Jahr 2022.", "850 Millionen Yuan", "2019"),
    ("en", "Trade rose from 850 million yuan in 2019 to 8.1 billion yuan (about 1.1 billion U.S. dollars) "
           "in 2022.", "8.1 billion yuan", "2022"),
    ("en", "Trade rose from 850 million yuan in 2019 to 8.1 billion yuan (about 1.1 billion U.S. dollars) "
           "in 2022.", "850 million yuan", "2019"),
    # Must not move: a to-value with no year of its own after the conversion keeps the one read.
    ("de", "Der Handel stieg im Jahr 2019 von 850 Millionen Yuan auf 8,1 Milliarden Yuan (etwa 1,1 Milliarden "
           "US-Dollar).", "8,1 Milliarden Yuan", "2019"),
    # A fiscal year that ended in a month is the twelve months up to it, not the month.
    ("de", "Der Handel belief sich im jüngsten Steuerjahr, das im März endete, auf 68,7 Milliarden US-Dollar.",
     "68,7 Milliarden US-Dollar", "2024-04/2025-03"),
    ("en", "Trade reached 68.7 billion dollars in the fiscal year that ended in March.", "68.7 billion dollars",
     "2024-04/2025-03"),
    ("en", "Trade reached 68.7 billion dollars in March.", "68.7 billion dollars", "2025-03"),
    # ... a growth over the span (no from–to) keeps the span.
    ("en", "From 2012 to 2021 the digital economy grew by 310 percent.", "310 percent", "2012/2021"),
    # The span the sentence before states, when it has no figure.
    ("en", "The data show the sector's expansion in the first 10 months of the year. Revenues totaled 1.4 "
           "trillion yuan.", "1.4 trillion yuan", "2025-01/2025-10"),
    ("de", "Die Branche wuchs im Zeitraum von Januar bis Oktober stetig. Der Umsatz belief sich auf 1,42 "
           "Billionen Yuan.", "1,42 Billionen Yuan", "2025-01/2025-10"),
    # ... not a day or month there ("on Monday", "in March"): when something happened.
    ("en", "The figures were released on Monday. Revenues totaled 1.4 trillion yuan.", "1.4 trillion yuan", None),
    ("de", "Die Zahlen wurden im März veröffentlicht. Der Umsatz belief sich auf 1,42 Billionen Yuan.",
     "1,42 Billionen Yuan", None),
    # No month from a later sentence, nor any period stated only after the figure.
    ("en", "Total trade reached RMB 10.3 trillion, up 1.3% year-on-year.\nImports fell by 2.2% in January.",
     "RMB 10.3 trillion", None),
    ("de", "Handel in Zahlen\nDer Handel erreichte 10,3 Billionen Yuan.\nIm zweiten Quartal 2025 stiegen die "
           "Exporte um 5 Prozent.", "10,3 Billionen Yuan", None),
    # ... but the headline takes the lead's period under it.
    ("en", "Trade hits RMB 10.3 trillion\nIn the first quarter, exports reached RMB 6.13 trillion.",
     "RMB 10.3 trillion", "2025-Q1"),
    # Quarters and halves written short, and "the five months of 2025".
    ("en", "Exports reached RMB 6.13 trillion in Q1, up 6.9% year-on-year.", "RMB 6.13 trillion", "2025-Q1"),
    ("de", "Der Umsatz lag im H1 2024 bei 5 Milliarden Euro.", "5 Milliarden Euro", "2024-H1"),
    ("en", "Turnover reached almost $900 mln during the five months of 2025.", "$900 mln", "2025-01/2025-05"),
    ("en", "The Q7 model sold 5,000 units.", "5,000", None),
    # A comparison base is no period; a credit line's date neither.
    ("en", "Trade gained 33 percent against the like period in 2024.", "33 percent", None),
    ("de", "Der Handel stieg um 33 Prozent gegenüber dem Vorjahreszeitraum 2024.", "33 Prozent", None),
    ("en", "BEIJING, (UrduPoint / Pakistan Point News - 21st Jan, 2025) The number of 5G base stations in China "
           "has hit 4.25 million.", "4.25 million", None),
]

# (language, text after the date line, number as written, measure)
MEASURES = [
    # "… des Handelsumsatzes … entfielen auf": a share of the whole (read off Turkish News World)
    ("de", "Fast 35 % des Handelsumsatzes Usbekistans entfielen im ersten Quartal 2024 auf China und Russland.",
     "35 %", "share"),
    # an amount and a rate of one rise ("… or 1.99 percent higher"): both a change (read off IRNA)
    ("en", "In 2018 trade was about 1.7 billion dollars, which is $33.9 million or 1.99 percent higher than in "
           "2017.", "$33.9 million", "trade-volume:change"),
    # the noun after an amount's conversion in brackets and a preposition (read off The Astana Times,
    # Xinhua), where no word before the amount names a concept; a bracket of a change or a label, or
    # a verb after it, is no conversion to read past
    ("en", "The hub aims at attracting 4.8 billion tenge (US$12.76 million) in investment.", "4.8 billion tenge",
     "investment"),
    ("de", "Die Sberbank hat ihrer Einheit 150 Milliarden Rubel (2,45 Milliarden Dollar) an Krediten gegeben.",
     "150 Milliarden Rubel", "loans"),
    # ... and after "in", whatever a word before it names (read off RT): as without the bracket
    ("en", "The Chinese economy attracted over 607 billion yuan ($91 billion) in foreign direct investment (FDI) "
           "in the first half of 2021.", "607 billion yuan", "investment"),
    ("en", "The Chinese economy attracted over 607 billion yuan in foreign direct investment in the first half "
           "of 2021.", "607 billion yuan", "investment"),
    # shoppers and buyers are customers; German duty-free "Einkäufe" are sales (read off Xinhua)
    ("en", "The number of shoppers totaled nearly 9.7 million in 2021.", "9.7 million", "users"),
    ("de", "Hainan meldete 49,5 Milliarden Yuan an zollfreien Offshore-Einkäufen, die von 6,72 Millionen Käufern "
           "getätigt wurden.", "6,72 Millionen", "users"),
    ("de", "Hainan meldete 49,5 Milliarden Yuan an zollfreien Offshore-Einkäufen.", "49,5 Milliarden Yuan", "sales"),
    ("en", "Industrial firms with annual revenues of at least 20 million yuan (about 3.1 million U.S. dollars) saw "
           "profits rise.", "20 million yuan", "revenue"),
    ("en", "BMW raised its investment by 20 billion yuan (2.8 billion dollars) in capacity.", "20 billion yuan",
     "investment:change"),
    # "investieren", "invest" name an investment; "carried out" is no freight carried
    ("de", "Knapp 100 Millionen Euro will die Regierung bis 2020 in die Digitalisierung investieren.",
     "100 Millionen Euro", "investment"),
    ("en", "The company plans to invest $5 billion in data centres.", "$5 billion", "investment"),
    ("en", "The construction of the IT Park is carried out in 2 stages.", "2", None),
    # a contribution to, or share in, gross value added is a share of the economy's output, a level
    # where it rose from (read off the German Economic Team); a rate listed after a level is one too
    ("de", "Sein Beitrag zur Bruttowertschöpfung stieg von 0,4% im Jahr 2020 auf 1,3% in der ersten Hälfte 2024.",
     "0,4%", "share-of-gdp"),
    ("en", "Its contribution to gross value added rose from 0.4% in 2020 to 1.3% in the first half of 2024.", "0.4%",
     "share-of-gdp"),
    ("de", "Das hat den Anteil des Sektors an der Bruttowertschöpfung auf 1,1% im Jahr 2023 erhöht.", "1,1%",
     "share-of-gdp"),
    ("de", "Der Anteil stieg auf 1,1% im Jahr 2023 und 1,3% in der ersten Hälfte 2024.", "1,3%", "share"),
    ("en", "The share of industry in value added rose to 31%.", "31%", "share"),
    # A clause whose first concept is a share states a share, whatever whole it names.
    ("de", "Chinas Anteil am gesamten Außenhandel des Landes stieg damit auf 24,8%.", "24,8%", "share"),
    ("de", "Damit habe sich sein Anteil am gesamten Außenhandel Chinas auf 16,6 Prozent erhöht.", "16,6 Prozent",
     "share"),
    ("en", "Its share of China's total foreign trade rose to 16.6 percent.", "16.6 percent", "share"),
    # ... a trade growth stays a trade growth.
    ("de", "Der Außenhandel Chinas stieg um 16,6 Prozent.", "16,6 Prozent", "trade-volume:change"),
    ("en", "China's foreign trade rose 16.6 percent.", "16.6 percent", "trade-volume:change"),
    # The flow of an amount is named after the number before it.
    ("en", "Exports to China were over $177 mln and imports from China reached approximately $787 mln, it said.",
     "$787 mln", "imports"),
    ("en", "Exports to China were over $177 mln and imports from China reached approximately $787 mln, it said.",
     "$177 mln", "exports"),
    ("de", "Die Exporte lagen bei 177 Mio. Dollar und die Importe erreichten 787 Mio. Dollar.", "787 Mio. Dollar",
     "imports"),
    ("de", "Im Jahr 2021 stieg die Wertschöpfungsleistung der Hersteller um 15,7 Prozent.", "15,7 Prozent",
     "industrial-value-added:change"),
    # The measure of the sentence before goes to a rate, or to an amount after an amount, not to a
    # count of things after an amount
    ("de", "Der Handel mit Kasachstan erreichte 31 Milliarden Dollar. Kasachstan hat 12 regionale Technoparks "
           "eröffnet.", "12", None),
    ("de", "Der Handel mit Kasachstan erreichte 31 Milliarden Dollar. Das sind 7 Prozent mehr.", "7 Prozent",
     "trade-volume:change"),
]

# (language, text after the date line, number as written, subject)
SUBJECTS = [
    # Who reported and whom a figure is attributed to is not its subject.
    ("en", "BEIJING, (UrduPoint / Pakistan Point News - 21st Jan, 2025) The number of 5G base stations in China "
           "has hit 4.25 million.", "4.25 million", "china"),
    ("de", "Laut dem Ministerium für Industrie und Informationstechnologie wurden in China mehr als 4.000 "
           "5G-Fabriken errichtet.", "4.000", "china"),
    # ... a country named as the source still is the subject ("according to China's customs").
    ("en", "According to China's customs, exports reached 3.75 trillion yuan.", "3.75 trillion yuan", "china"),
    # "US‑Dollar" (a non-breaking hyphen) names no country.
    ("de", "Tadschikistan exportierte Waren im Wert von 177 Mio. US\u2011Dollar.", "177 Mio. US\u2011Dollar",
     "tajikistan"),
    # The world's count, said by an adverb, is not the story country's ...
    ("de", "Chinas Paketmarkt wächst. 2024 wurden weltweit 267,9 Milliarden Sendungen befördert.",
     "267,9 Milliarden", "world"),
    ("en", "China's parcel market grows. Worldwide shipments reached 267.9 billion parcels in 2024.",
     "267.9 billion", "world"),
    # ... while the world as the whole of a share, or as the field of a rank, leaves the subject
    # to the country.
    ("de", "Bis Ende Mai hatte China die weltweit größten Netze aufgebaut und verfügte über 1,7 Millionen "
           "5G-Basisstationen.", "1,7 Millionen", "china"),
    ("en", "China's share of global trade rose to 17.5 percent in 2020.", "17.5 percent", "china"),
    ("de", "Chinas KI-Branche zählte über 5.300 Unternehmen, ein Anteil von 15 Prozent an der weltweiten Gesamtzahl.",
     "5.300", "china"),
    # "bilateral trade" is the trade of the two countries named before it
    ("en", "Kazakhstan emerged as China's largest trade partner in 2023, with bilateral trade turnover reaching "
           "$41 billion.", "$41 billion", "china>kazakhstan"),
    # a country's "province of X": the province's figure, not the country's (read off People's Daily)
    ("en", "China's southern island province of Hainan saw offshore duty-free sales reach 43.76 billion yuan in "
           "2023.", "43.76 billion yuan", "hainan"),
    # "North American" is a part of a continent, not the United States (read off a fresh report)
    ("en", "Trade between the members of the North American Free Trade Agreement is 47 percent of the total.",
     "47 percent", None),
]

ROWS = [*PERIODS, *MEASURES, *SUBJECTS]


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> list[Figure]:
    folder = tmp_path_factory.mktemp("keys")
    for i, (lang, text, *_) in enumerate(ROWS):
        (folder / f"k{i:02d}-{lang}.txt").write_text(DATE + text + "\n", encoding="utf-8")
    return list(load_corpus(folder).figures)


def _figure(figures: list[Figure], i: int, number: str) -> Figure:
    article = f"k{i:02d}-{ROWS[i][0]}"
    return next(f for f in figures if f.article == article and f.text == number)


@pytest.mark.parametrize("i", range(len(PERIODS)))
def test_period(figures, i):
    assert _figure(figures, i, PERIODS[i][2]).period == PERIODS[i][3]


@pytest.mark.parametrize("i", range(len(MEASURES)))
def test_measure(figures, i):
    j = len(PERIODS) + i
    assert _figure(figures, j, MEASURES[i][2]).measure == MEASURES[i][3]


@pytest.mark.parametrize("i", range(len(SUBJECTS)))
def test_subject(figures, i):
    j = len(PERIODS) + len(MEASURES) + i
    assert _figure(figures, j, SUBJECTS[i][2]).subject == SUBJECTS[i][3]


def _about(f: Figure) -> Figure:
    return replace(f, qualifier="about")


# (figure, figure, agree): "about" widens a round value, not one written to three digits or more.
AGREEMENT = [
    (_about(fig("a-de", "199 Milliarden US-Dollar", 199e9, "USD")),
     _about(fig("b-en", "197.9 billion U.S. dollars", 197.9e9, "USD")), False),
    (_about(fig("a-de", "40 Prozent", 40, "percent")), fig("b-en", "38 percent", 38, "percent"), True),
    (_about(fig("a-de", "1,42 Billionen Yuan", 1.42e12, "CNY")),
     _about(fig("b-en", "1.4 trillion yuan", 1.4e12, "CNY")), True),
    # both said "about": the one written with fewer digits stays a rounding of the other ("ca. 280
    # Millionen US-Dollar", "approximately USD 281 million": read off fresh reports of Xi's SCO
    # pledge); values written alike in precision compare as written
    (_about(fig("a-de", "280 Millionen US-Dollar", 280e6, "USD")),
     _about(fig("b-en", "USD 281 million", 281e6, "USD")), True),
    (_about(fig("a-de", "1,5 Millionen", 1.5e6, "count")), _about(fig("b-en", "1.6 million", 1.6e6, "count")), False),
    (_about(fig("a-de", "40 Prozent", 40, "percent")), _about(fig("b-en", "45 percent", 45, "percent")), False),
]


@pytest.mark.parametrize("a,b,agree", AGREEMENT)
def test_about_allows_a_tenth_only_for_round_values(a, b, agree):
    assert all_agree((a, b)) is agree


KEYLESS = dict(measure="imports", subject="uzbekistan")

# (figures of the German report, of the English one, strong story evidence, expected shared pairs,
# expected conflicts)
UNDATED_CONFLICT = ([fig("a-de", "11,26 Milliarden US-Dollar", 11.26e9, "USD", **KEYLESS)],
                    [fig("b-en", "$11.2 billion", 11.2e9, "USD", at=1, **KEYLESS),
                     replace(fig("b-en", "$9 billion", 9e9, "USD", at=2), qualifier="more_than")])
UNDATED = [
    # A conversion that disagrees beyond rounding is a conflict though a side has an open bound
    # near it, in a strong story ...
    (*UNDATED_CONFLICT, True, 0, 1),
    # ... but periods unsaid make no disagreement on weaker evidence.
    (*UNDATED_CONFLICT, False, 0, 0),
    # The one value of a measure of its order of amount pairs on a page without periods ...
    ([fig("a-de", "2,46 Milliarden US-Dollar", 2.46e9, "USD", "exports", subject="uzbekistan")],
     [fig("b-en", "$2.5 billion", 2.5e9, "USD", "exports", subject="uzbekistan", at=1),
      fig("b-en", "$6.6 billion", 6.6e9, "USD", "exports", subject="uzbekistan", at=2)], False, 1, 0),
    # ... not beside another value of that amount.
    ([fig("a-de", "2,46 Milliarden US-Dollar", 2.46e9, "USD", "exports", subject="uzbekistan")],
     [fig("b-en", "$2.5 billion", 2.5e9, "USD", "exports", subject="uzbekistan", at=1),
      fig("b-en", "$3.3 billion", 3.3e9, "USD", "exports", subject="uzbekistan", at=2)], True, 0, 0),
]


@pytest.mark.parametrize("de,en,strong,shared,conflicts", UNDATED)
def test_undated_pages_within_a_story(de, en, strong, shared, conflicts):
    got_shared, got_conflicts = align_figures(de, en, BROADER, strong=strong)
    assert (len(got_shared), len(got_conflicts)) == (shared, conflicts)


@pytest.mark.parametrize("values,sole", [((2.5e9, 6.6e9), {0, 1}), ((2.5e9, 3.3e9), set()), ((2.5e9,), {0})])
def test_sole_values_by_order_of_amount(values, sole):
    figures = [fig("b-en", f"{v}", v, "USD", "exports", at=i) for i, v in enumerate(values)]
    assert sole_values(figures) == frozenset(figures[i].id for i in sole)


def test_sales_in_money_pair_with_revenue() -> None:
    # German "Umsatz" is turnover and sales: "Umsatz … 43,8 Milliarden Yuan" and "sales … 43.76 billion
    # yuan" are one statistic, a rounding apart; sales counted in units stay sales (read off Xinhua)
    de = [fig("s-de", "43,8 Milliarden Yuan", 43.8e9, "CNY", "revenue", "2023", "hainan")]
    en = [fig("s-en", "43.76 billion yuan", 43.76e9, "CNY", "sales", "2023", "hainan")]
    assert [(p.a.text, p.b.text) for p in align_figures(de, en, BROADER, story=True)[0]] == \
        [("43,8 Milliarden Yuan", "43.76 billion yuan")]
    de_count = [fig("s-de", "43,8 Millionen", 43.8e6, "count", "revenue", "2023", "hainan")]
    en_count = [fig("s-en", "43.76 million", 43.76e6, "count", "sales", "2023", "hainan")]
    assert align_figures(de_count, en_count, BROADER, story=True)[0] == []


def test_stated_different_periods_still_veto(tmp_path: Path):
    """"Im ersten Halbjahr 2025 … 9,3 %" and "during the five months of 2025 … 9.3%": a period as
    written on each side that differs keeps two statistics apart, values alike or not."""
    (tmp_path / "x-de.txt").write_text(DATE + "Im ersten Halbjahr 2025 stieg der Handel mit Russland um 9,3 %.\n",
                                       encoding="utf-8")
    (tmp_path / "x-en.txt").write_text(DATE + "Trade with Russia reached $900 mln during the five months of 2025 "
                                       "and gained 9.3% year on year.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    fa, fb = corpus.figures_in("x-de"), corpus.figures_in("x-en")
    shared, conflicts = align_figures(fa, fb, BROADER)
    assert not [p for p in (*shared, *conflicts) if p.a.unit == "percent"]


TRADE = dict(measure="trade-volume:change", period="2025-01/2025-05")
SUBJECT_ROWS = [
    # A subject carried from another sentence ("between the two countries") does not keep apart ...
    (fig("a-de", "30%", 30, "percent", subject="tajikistan", **TRADE),
     replace(fig("b-en", "a third", 100 / 3, "percent", subject="china", **TRADE, at=1), qualifier="nearly"),
     frozenset({"b-en:1"}), 1),
    ([fig("a-de", "9,3 Prozent", 9.3, "percent", subject="russia", **TRADE)],
     [fig("b-en", "9.28 percent", 9.28, "percent", subject="china", **TRADE, at=1)], frozenset({"b-en:1"}), 1),
    # ... subjects each sentence names do.
    (fig("a-de", "30%", 30, "percent", subject="tajikistan", **TRADE),
     replace(fig("b-en", "a third", 100 / 3, "percent", subject="china", **TRADE, at=1), qualifier="nearly"),
     frozenset(), 0),
    ([fig("a-de", "9,3 Prozent", 9.3, "percent", subject="russia", **TRADE)],
     [fig("b-en", "9.28 percent", 9.28, "percent", subject="china", **TRADE, at=1)], frozenset(), 0),
]


@pytest.mark.parametrize("de,en,inferred,shared", SUBJECT_ROWS)
def test_a_carried_subject_does_not_keep_one_statistic_apart(de, en, inferred, shared):
    de, en = (de if isinstance(de, list) else [de]), (en if isinstance(en, list) else [en])
    got_shared, got_conflicts = align_figures(de, en, BROADER, inferred=inferred)
    assert (len(got_shared), len(got_conflicts)) == (shared, 0)


@pytest.mark.parametrize("lang,text,number,inferred", [
    ("en", "Trade between Tajikistan and China totaled $964 mln.\nThe trade volume between the two countries "
           "gained 33.3 percent.", "33.3 percent", True),
    ("de", "Der Handel zwischen Tadschikistan und China erreichte 964 Mio. Dollar.\nDer bilaterale Handel stieg "
           "um 33,3 Prozent.", "33,3 Prozent", True),
    ("en", "Trade between Tajikistan and China totaled $964 mln, the agency said.", "$964 mln", False),
    ("de", "Der Handel zwischen Tadschikistan und China erreichte 964 Mio. Dollar.", "964 Mio. Dollar", False),
])
def test_inferred_subjects(tmp_path: Path, lang, text, number, inferred):
    from sco_digital.compare import inferred_subjects

    (tmp_path / f"s-{lang}.txt").write_text(DATE + text + "\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    figures = corpus.figures_in(f"s-{lang}")
    figure = next(f for f in figures if f.text == number)
    assert figure.subject is not None
    assert (figure.id in inferred_subjects(corpus, figures)) is inferred


# ---- a disagreement needs a period stated on both sides, or strong story evidence --------------
SCO_TRADE = dict(measure="trade-volume", subject="china>sco")
# (German figures, English figures, strong story evidence, expected conflicts)
DATED_CONFLICTS = [
    # "sei auf 217,6 Milliarden Dollar gestiegen" with no period read, "$250 billion in January-August":
    # two statistics of one measure, not a disagreement, unless the story evidence is strong.
    ([fig("a-de", "217,6 Milliarden Dollar", 217.6e9, "USD", **SCO_TRADE)],
     [fig("b-en", "$250 billion", 250e9, "USD", period="2022-01/2022-08", at=1, **SCO_TRADE)], False, 0),
    ([fig("a-de", "217,6 Milliarden Dollar", 217.6e9, "USD", **SCO_TRADE)],
     [fig("b-en", "$250 billion", 250e9, "USD", period="2022-01/2022-08", at=1, **SCO_TRADE)], True, 1),
    # The English side undated, the German one dated: the same.
    ([fig("a-de", "240 Milliarden Dollar", 240e9, "USD", period="2023", **SCO_TRADE)],
     [fig("b-en", "$227 billion", 227e9, "USD", at=1, **SCO_TRADE)], False, 0),
    ([fig("a-de", "240 Milliarden Dollar", 240e9, "USD", period="2023", **SCO_TRADE)],
     [fig("b-en", "$227 billion", 227e9, "USD", at=1, **SCO_TRADE)], True, 1),
    # Both periods stated and equal: a disagreement on any story evidence past the gate.
    ([fig("a-de", "240 Milliarden Dollar", 240e9, "USD", period="2023", **SCO_TRADE)],
     [fig("b-en", "$227 billion", 227e9, "USD", period="2023", at=1, **SCO_TRADE)], False, 1),
]


@pytest.mark.parametrize("de,en,strong,conflicts", DATED_CONFLICTS)
def test_conflicts_need_stated_periods_or_a_strong_story(de, en, strong, conflicts):
    assert len(align_figures(de, en, BROADER, strong=strong)[1]) == conflicts


def _converted(article: str, amount: str, value: float, converted: str, dollars: float, period: str | None,
               at: int = 0) -> list[Figure]:
    """A yuan amount and its bracketed dollar conversion in one sentence."""
    quote = f"{amount} ({converted})"
    key = dict(measure="e-commerce", period=period, subject="china", quote=quote)
    first = fig(article, amount, value, "CNY", at=at, **key)
    second = fig(article, converted, dollars, "USD", at=at + len(amount) + 2, **key)
    evidence = first.evidence
    return [first, replace(second, evidence=evidence)]


# (German figures, English figures, strong story evidence, expected shared, expected conflicts)
CONVERSION_CONFLICTS = [
    # Conversions of a precise amount written alike disagree whatever period is unsaid ...
    (_converted("a-de", "577,6 Milliarden Yuan", 577.6e9, "79,76 Milliarden US-Dollar", 79.76e9, "2024-Q1"),
     _converted("b-en", "577.6 billion yuan", 577.6e9, "USD81.3 billion", 81.3e9, None, at=5), False, 1, 1),
    # ... conversions of a short amount of an unsaid period only in a strong story.
    (_converted("a-de", "11 Billionen Yuan", 11e12, "1,65 Billionen US-Dollar", 1.65e12, None),
     _converted("b-en", "11 trillion yuan", 11e12, "$1.55 trillion", 1.55e12, "2012", at=5), False, 1, 0),
    (_converted("a-de", "11 Billionen Yuan", 11e12, "1,65 Billionen US-Dollar", 1.65e12, None),
     _converted("b-en", "11 trillion yuan", 11e12, "$1.55 trillion", 1.55e12, "2012", at=5), True, 1, 1),
]


@pytest.mark.parametrize("de,en,strong,shared,conflicts", CONVERSION_CONFLICTS)
def test_conversion_conflicts_need_a_precise_pair_or_dates(de, en, strong, shared, conflicts):
    got_shared, got_conflicts = align_figures(de, en, BROADER, strong=strong)
    assert (len(got_shared), len(got_conflicts)) == (shared, conflicts)


# Two articles with no story evidence between them (`story=False`): a figure pairs only when its
# whole key is said on both sides and equal and the values agree within rounding, as `facts` joins
# them across a folder; an equal value under another key, a key not said whole, or values that
# no rounding explains never pair.
OUTSIDE_A_STORY = [
    # (German figure, English figure, pairs)
    (fig("a-de", "132,07 Milliarden", 132.07e9, "count", "parcels", "2023", "china"),
     fig("b-en", "132 billion", 132e9, "count", "parcels", "2023", "china"), True),
    (fig("a-de", "8,7 Prozent", 8.7, "percent", "exports:change", "2024", "china"),
     fig("b-en", "8.7 percent", 8.7, "percent", "exports:change", "2024", "china"), True),
    (fig("a-de", "19,4 Prozent", 19.4, "percent", "parcels:change", "2023", "china"),
     fig("b-en", "19.5 percent", 19.5, "percent", "parcels:change", "2023", "china"), False),
    (fig("a-de", "132 Milliarden", 132e9, "count", "parcels", "2023", "china"),
     fig("b-en", "132 billion", 132e9, "count", "parcels", "2022", "china"), False),
    (fig("a-de", "132 Milliarden", 132e9, "count", "parcels", "2023", None),
     fig("b-en", "132 billion", 132e9, "count", "parcels", "2023", None), False),
    (fig("a-de", "8,7 Prozent", 8.7, "percent", "inflation", "2024", "china"),
     fig("b-en", "8.7 percent", 8.7, "percent", "exports:change", "2024", "china"), False),
]


@pytest.mark.parametrize("de, en, pairs", OUTSIDE_A_STORY)
def test_outside_a_story_the_whole_key_and_agreeing_values_pair(de: Figure, en: Figure, pairs: bool) -> None:
    shared, conflicts = align_figures([de], [en], BROADER, story=False)
    assert (len(shared) == 1) == pairs
    assert conflicts == []


@pytest.mark.parametrize(("lang", "text", "amount", "converted"), [
    ("en", "From January to May, trade climbed 10.4 percent to hit CNY286.4 billion (USD39.8 billion), the most "
           "ever, according to data released on June 15.", "CNY286.4 billion", "USD39.8 billion"),
    ("de", "Von Januar bis Mai stieg der Handel auf 286,42 Milliarden Yuan (etwa 39,88 Milliarden US-Dollar), wie "
           "die am 15. Juni veröffentlichten Daten zeigen.", "286,42 Milliarden Yuan", "39,88 Milliarden US-Dollar"),
])
def test_a_conversion_in_brackets_is_of_its_amount_s_period(tmp_path: Path, lang: str, text: str, amount: str,
                                                             converted: str) -> None:
    (tmp_path / f"c-{lang}.txt").write_text(DATE + text + "\n", encoding="utf-8")
    figures = {f.text: f for f in load_corpus(tmp_path).figures}
    assert figures[amount].period is not None
    assert figures[converted].period == figures[amount].period


def test_a_flow_to_a_partner_never_takes_the_partner_as_its_trader(tmp_path: Path) -> None:
    # read off a fresh report: the subject said before ("Russland … Handelsvolumen") is the partner
    # the exports go to, not whose exports they are
    text = ("Russland war im April der neuntgrößte Handelspartner Indiens mit einem Handelsvolumen von 2,42 "
            "Milliarden US-Dollar. Und zwar obwohl der Wert der Ausfuhren nach Russland im April auf 96 Millionen "
            "US-Dollar sank.")
    (tmp_path / "f-de.txt").write_text(DATE + text + "\n", encoding="utf-8")
    figures = {f.text: f for f in load_corpus(tmp_path).figures}
    assert figures["96 Millionen US-Dollar"].subject != "russia"
    assert figures["96 Millionen US-Dollar"].measure == "exports"


def _low_end(f: Figure) -> Figure:
    return replace(f, qualifier="at_least", range_with=f.id + "-high")


# (figure, figure, agree): the low ends of two ranges are values as written, no open bounds (read off
# fresh reports of the Bank of Russia's rate forecasts: "16 bis 18 Prozent", "19.5-21.5%")
RANGE_ENDS = [
    (_low_end(fig("a-de", "16", 16, "percent")), _low_end(fig("b-en", "19.5", 19.5, "percent")), False),
    (_low_end(fig("a-de", "16", 16, "percent")), _low_end(fig("b-en", "16", 16, "percent")), True),
    # an open bound that is no range's end still agrees with a higher value
    (replace(fig("a-de", "16", 16, "percent"), qualifier="at_least"), fig("b-en", "19.5", 19.5, "percent"), True),
]


@pytest.mark.parametrize("a,b,agree", RANGE_ENDS)
def test_ends_of_ranges_agree_only_as_written(a, b, agree):
    assert all_agree((a, b)) is agree
