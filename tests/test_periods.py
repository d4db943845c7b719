"""The period of a figure, resolved against the publication date, in the contract's forms."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sco_digital.extract.periods import fiscal_period, period_of

PUBLISHED = "2025-08-20"

# (language, sentence, number as written, published, period)
CASES = [
    # a bare year after the statistic's acronym dates it (read off Xinhua German); a name's year does not
    ("de", "Zu konstanten Preisen stieg das BIP 2020 im Vergleich zum Vorjahr um 2,2 Prozent.", "2,2 Prozent",
     "2021-12-30", "2020"),
    ("de", "Chinas BIP 2020 lag bei 101 Billionen Yuan.", "101 Billionen Yuan", "2021-12-30", "2020"),
    # a target still ahead, outside the clause of a number its clause puts in the past, dates a plan
    # (read off Fergana); in the number's own clause, or beside a clause not in the past, it stays
    ("de", "Eine Strategie der KI bis 2030 wurde verabschiedet, und im Land wurden mehr als 40 Pilotprojekte "
           "gestartet.", "40", "2025-10-22", None),
    ("de", "Bis 2030 sollen 50 Rechenzentren gebaut werden.", "50", "2025-10-22", "2030"),
    ("de", "Die Zahl wird bis Ende 2030 1,6 Milliarden erreichen - fast ein Drittel der weltweiten Gesamtzahl.",
     "ein Drittel", "2024-06-28", "2030"),
    # a relative date before a verb of saying dates the statement, not the number it reports (read
    # off Daily Times); set off by commas, or after the number, it is the number's
    ("en", "Earlier this month the minister had claimed that IT exports would be increased to $15 billion.",
     "$15 billion", "2025-11-20", None),
    ("en", "Last month, the ministry said, exports rose 5%.", "5%", "2025-11-20", "2025-10"),
    ("en", "Last month exports rose 5%, the ministry said.", "5%", "2025-11-20", "2025-10"),
    ("en", "In the first half of this year, trade rose 5%.", "5%", PUBLISHED, "2025-H1"),
    ("de", "Im ersten Halbjahr stieg der Handel um 5 Prozent.", "5 Prozent", PUBLISHED, "2025-H1"),
    ("de", "Im Jahr 2024 stieg der Handel um 9,3 Prozent.", "9,3 Prozent", PUBLISHED, "2024"),
    ("en", "In 2024, trade reached $245 billion.", "$245 billion", PUBLISHED, "2024"),
    ("de", "Von Januar bis Juli stieg der Handel um 3 Prozent.", "3 Prozent", PUBLISHED, "2025-01/2025-07"),
    ("en", "From January to July, trade rose 3 percent.", "3 percent", PUBLISHED, "2025-01/2025-07"),
    ("de", "In den ersten fünf Monaten wuchs der Handel um 4 Prozent.", "4 Prozent", PUBLISHED, "2025-01/2025-05"),
    ("en", "In the first five months, trade grew 4 percent.", "4 percent", PUBLISHED, "2025-01/2025-05"),
    ("en", "Last year trade rose 5 percent.", "5 percent", PUBLISHED, "2024"),
    ("de", "Im vergangenen Jahr wuchs der Handel um 5 Prozent.", "5 Prozent", PUBLISHED, "2024"),
    ("en", "Exports rose 5 percent in the third quarter.", "5 percent", PUBLISHED, "2025-Q3"),
    ("de", "Im dritten Quartal stiegen die Exporte um 5 Prozent.", "5 Prozent", PUBLISHED, "2025-Q3"),
    ("de", "Seit 2023 hat China 830 Fachkräfte ausgebildet.", "830", PUBLISHED, "2023/2025"),
    ("en", "As of April 30, 1,200 companies were registered.", "1,200", PUBLISHED, "2025-04-30"),
    ("en", "By the end of March, some 87,000 trips had been made.", "87,000", "2024-04-14", "2024-03"),
    ("de", "Bis Ende März wurden rund 87.000 Fahrten durchgeführt.", "87.000", "2024-04-15", "2024-03"),
    # The end of last month (year) is the month (year) before publication, in both languages.
    ("de", "Bis Ende letzten Monats gab es 1,2 Milliarden Nutzer.", "1,2 Milliarden", "2025-10-29", "2025-09"),
    ("en", "By the end of last month, there were 1.2 billion users.", "1.2 billion", "2025-10-29", "2025-09"),
    ("de", "Ende des vergangenen Monats gab es 1,2 Milliarden Nutzer.", "1,2 Milliarden", "2025-01-29", "2024-12"),
    ("de", "Ende letzten Jahres gab es 1,2 Milliarden Nutzer.", "1,2 Milliarden", "2025-10-29", "2024"),
    # ... but not as the base of a change ("mehr als Ende letzten Jahres"), nor with no date to resolve against.
    ("de", "Es sind 455.000 mehr in Betrieb als Ende letzten Jahres.", "455.000", "2025-10-29", None),
    ("de", "Bis Ende letzten Monats gab es 1,2 Milliarden Nutzer.", "1,2 Milliarden", None, None),
    # A year's end written with a hyphen is in the year; a base named before its year is a base.
    ("en", "Wind and solar capacity totaled 1.35 billion kW as of end-2024.", "1.35 billion kW", PUBLISHED, "2024"),
    ("de", "Das sind 24 % mehr als die Liefermenge im Jahr 2022.", "24 %", PUBLISHED, None),
    ("en", "Exports were 5% higher than the volume in 2023.", "5%", PUBLISHED, None),
    ("en", "More than 100 companies in 2024 joined.", "100", PUBLISHED, "2024"),
    ("de", "Mehr als 100 Firmen im Jahr 2024 traten bei.", "100", PUBLISHED, "2024"),
    # The time of a "that" clause after the number, outside its clause, is that clause's.
    ("de", "Die Kapazität stieg um 18% auf 520 GW, was bedeutet, dass China das Ziel im Jahr 2020 übertroffen hat.",
     "520 GW", None, None),
    ("en", "Capacity rose 18% to 520 GW, which means that the goal set in 2020 was met.", "520 GW", None, None),
    # A year's end with no year: the one just past early in a year, else the publication year's.
    ("de", "Die Kapazität beläuft sich zum Jahresende auf 1410 GW.", "1410 GW", "2025-02-09", "2024"),
    ("en", "Capacity will reach 1.5 billion kW by the end of the year.", "1.5 billion kW", "2025-07-20", "2025"),
    ("en", "Capacity reached 1.35 billion kW at the end of the year.", "1.35 billion kW", "2025-01-20", "2024"),
    # A bare year right before the number, after a verb or before "um"/"auf", or opening the sentence.
    ("de", "Der Handel erreichte 2023 20 Milliarden US-Dollar.", "20 Milliarden US-Dollar", None, "2023"),
    ("de", "Insgesamt gingen Chinas Exporte 2023 um 4,6 Prozent zurück.", "4,6 Prozent", None, "2023"),
    ("de", "2023 stieg der Handel um 32 Prozent.", "32 Prozent", PUBLISHED, "2023"),
    ("en", "2023 saw trade grow 32 percent.", "32 percent", PUBLISHED, "2023"),
    ("en", "Exports grew 2023 by 5 percent.", "5 percent", None, "2023"),
    # ... also with an adverb or two between ("wurden 2024 weltweit 267,9 Milliarden")
    ("de", "Dem Bericht zufolge wurden 2024 weltweit 267,9 Milliarden Sendungen befördert.", "267,9 Milliarden",
     None, "2024"),
    ("de", "Der Handel stieg 2024 insgesamt um 5 Prozent.", "5 Prozent", None, "2024"),
    # ... but not across a conjunction: "2024 und 21 Firmen" names no period of the firms
    ("de", "Das Werk öffnete 2024 und 21 Firmen zogen ein.", "21 Firmen", None, None),
    # ... but a year in a name, or a base, is none.
    ("en", "The SCO Summit 2025 drew 20 leaders.", "20", PUBLISHED, None),
    ("de", "Der Gipfel 2025 Tianjin zog 20 Staatschefs an.", "20", PUBLISHED, None),
    ("de", "Die Exporte stiegen gegenüber 2023 um 5 Prozent.", "5 Prozent", None, None),
    ("de", "Es wurden im Vergleich zu 2023 300 Unternehmen gegründet.", "300", None, None),
    # The base of a record ("the first decrease since 2016") is no period; "since 2023" alone is one.
    ("en", "Exports fell 4.6 percent, the first decrease since 2016.", "4.6 percent", None, None),
    ("de", "Die Exporte sanken um 4,6 Prozent, der erste Rückgang der Ausfuhren seit 2016.", "4,6 Prozent", None, None),
    ("en", "Since 2023 China has trained 830 professionals.", "830", PUBLISHED, "2023/2025"),
    # A span of months without a year is the last one before publication, not the next.
    ("de", "Von Januar bis November stieg die Zahl um 23 Prozent.", "23 Prozent", "2021-12-21", "2021-01/2021-11"),
    # No period: nothing said, a reporting day, a comparison base, or nothing to resolve against.
    ("en", "Trade rose 5 percent, the ministry said on Friday.", "5 percent", PUBLISHED, None),
    ("de", "Der Handel stieg um 5 Prozent, teilte das Ministerium am Freitag mit.", "5 Prozent", PUBLISHED, None),
    ("en", "Trade rose 5 percent from 2023.", "5 percent", PUBLISHED, None),
    ("de", "Der Handel stieg gegenüber 2023 um 5 Prozent.", "5 Prozent", PUBLISHED, None),
    ("de", "Im Vergleich zum gleichen Zeitraum im Jahr 2023 stieg der Handel um 6 %.", "6 %", PUBLISHED, None),
    ("en", "Trade rose 6.3 percent compared to the same period in 2023.", "6.3 percent", PUBLISHED, None),
    ("de", "Im Jahr 2023 stieg der Handel um 6 %.", "6 %", PUBLISHED, "2023"),
    ("en", "In the first four months of the year, trade rose 5 percent.", "5 percent", None, None),
    ("en", "CHONGQING, Sept. 4 (Xinhua) -- 84 projects were signed.", "84", "2023-09-05", None),
    # A base compared with and dated "a year before" is the figure's period a year earlier ...
    ("en", "Exports rose 5 percent in July against 3 percent in the same period last year.", "3 percent",
     PUBLISHED, "2024-07"),
    ("en", "GDP grew 6.7 per cent in April-June against 8.2 per cent in the year-ago period.", "8.2 per cent",
     PUBLISHED, "2024-Q2"),
    ("en", "Exports rose 5 percent in July from 3 percent a year earlier.", "3 percent", PUBLISHED, "2024-07"),
    ("de", "Die Exporte stiegen im Juli um 5 Prozent gegenüber 3 Prozent im Vorjahreszeitraum.", "3 Prozent",
     PUBLISHED, "2024-07"),
    ("de", "Im zweiten Quartal 2024 stieg sie auf 7 Prozent im Vergleich zu 5 Prozent im Vorjahr.", "5 Prozent",
     PUBLISHED, "2023-Q2"),
    # ... while the figure it is compared with keeps its own, and a base with no period to shift has none.
    ("en", "Exports rose 5 percent in July against 3 percent in the same period last year.", "5 percent",
     PUBLISHED, "2025-07"),
    ("en", "Exports were 3 percent higher than a year ago.", "3 percent", PUBLISHED, None),
    # A date in a new clause after the number ("nachdem", "; ") is the next number's, not this one's.
    ("de", "Die Lieferungen stiegen um 42 Prozent auf 944.000 Tonnen, nachdem sie im Vorjahr noch 665.000 Tonnen "
     "betrugen.", "944.000 Tonnen", PUBLISHED, None),
    ("en", "Deliveries grew by 42% to 944,000 tons; last year, the amount was 665,000 tons.", "944,000 tons",
     PUBLISHED, None),
    # A date a compared base owns ("gegenüber 42.000 im Jahr 2023") is the base's, not another figure's.
    ("de", "China belegte mit 57.700 Besuchern den siebten Platz, gegenüber 42.000 im Jahr 2023.", "57.700",
     PUBLISHED, None),
    ("de", "China belegte mit 57.700 Besuchern den siebten Platz, gegenüber 42.000 im Jahr 2023.", "42.000",
     PUBLISHED, "2023"),
    ("en", "China sent 57,700 visitors, against 42,000 in 2023.", "57,700", PUBLISHED, None),
    # a year outrun is a base, not the period ("outpacing 2024 growth by six percentage points")
    ("en", "Trade reached $106.3 billion, up 12 percent and outpacing 2024 growth by six percentage points.",
     "six percentage points", PUBLISHED, None),
    # A span of months before a quarter word or a fiscal year ("2022-23") is dated by that year.
    ("de", "Der Tiefstand von 6,2 Prozent wurde im Januar-März-Quartal 2023 verzeichnet.", "6,2 Prozent",
     "2024-08-30", "2023-Q1"),
    ("en", "The previous low was 6.2 per cent in the January-March quarter of 2023.", "6.2 per cent",
     "2024-08-30", "2023-Q1"),
    ("de", "Das BIP wuchs im April-Juni-Quartal 2022-23 um 8,2 Prozent.", "8,2 Prozent", "2024-08-30", "2022-Q2"),
    ("en", "In January-March 2023-24 the economy grew 3 percent.", "3 percent", "2024-08-30", "2024-Q1"),
    ("en", "In October-December 2023-24 the economy grew 3 percent.", "3 percent", "2024-08-30", "2023-Q4"),
    # ... or before "FY" and the year the fiscal year ends in (read off propakistani on freelancers)
    ("en", "Revenue was $185.698 million from July–December FY21.", "$185.698 million", "2022-02-01", "2020-H2"),
    ("en", "Their earnings during July-December FY22 were $163.881 million.", "$163.881 million", "2022-02-01",
     "2021-H2"),
    # months counted "for"/"in" with their year said are the year's first (read off the Uzbek
    # presidency's report on IT Park): the half, not the whole year
    ("en", "For 6 months of this year, they exported services worth $53 million.", "$53 million", "2022-08-28",
     "2022-H1"),
    ("en", "In 9 months of 2021, exports reached $53 million.", "$53 million", "2022-08-28", "2021-01/2021-09"),
    ("de", "In 6 Monaten dieses Jahres erreichten die Exporte 53 Millionen Dollar.", "53 Millionen Dollar",
     "2022-08-28", "2022-H1"),
    # a year ahead trailing a later number that words of expectation introduce is that number's (read
    # off Profit on Pakistan's submarine cables)
    ("en", "The capacity has surpassed 16 Tbps and is expected to rise above 24 Tbps next year.", "16 Tbps",
     "2025-11-22", None),
    ("en", "The capacity has surpassed 16 Tbps and is expected to rise above 24 Tbps next year.", "24 Tbps",
     "2025-11-22", "2026"),
    # the guard: months counted with no year are no first months of one
    ("en", "Exports reached $53 million in 6 months after the launch.", "$53 million", "2022-08-28", None),
    # "the previous year" after a fiscal year the text gives no months of is no year before
    # publication (read off a Pakistani report on IT exports); after a year said, the one before it
    ("en", "The IT exports reached $2.12bn in 2020-21 as against $1.44bn within the preceding year.", "$1.44bn",
     "2024-07-01", None),
    ("en", "GDP grew 5% in 2021, against 3% the previous year.", "3%", "2024-07-01", "2020"),
    # three lower-case words between a bare year and its number (read off MDZ Moskau)
    ("de", "Das Handelsvolumen beider Länder sei 2018 sogar auf ganze 108,3 Milliarden Dollar angewachsen, "
     "präzisierte die föderale Zollbehörde.", "108,3 Milliarden Dollar", None, "2018"),
]


@pytest.mark.parametrize("lang, sentence, number, published, expected", CASES)
def test_period_of(lang, sentence, number, published, expected):
    start = sentence.index(number)
    assert period_of(sentence, start, start + len(number), lang, published) == expected


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200), st.integers(0, 200), st.sampled_from(["en", "de", None]),
       st.sampled_from([None, "2025-08-20", "2025"]))
def test_never_raises(text, start, lang, published):
    start = min(start, len(text))
    period = period_of(text, start, min(len(text), start + 3), lang, published)
    assert period is None or period[:1].isdigit()


@pytest.mark.parametrize("sentence, event", [
    ("Während der Goldenen Woche reisten 765 Millionen Menschen.", "national-day"),
    ("During the National Day holiday, 765 million trips were made.", "national-day"),
    ("Zum chinesischen Neujahrsfest wurden 9 Milliarden Fahrten gezählt.", "spring-festival"),
    ("Over the Dragon Boat Festival, 119 million trips were made.", "dragon-boat-festival"),
    ("Am Tag der Arbeit stiegen die Umsätze um 5 Prozent.", "may-day"),
    ("Exports may rise 5 percent, the national bureau said.", None),  # "may" and "national" name no holiday
    ("Die Exporte stiegen um 5 Prozent.", None),
])
def test_named_event_of_a_sentence(sentence, event):
    from sco_digital.extract.periods import named_event

    found = named_event(sentence, 0, len(sentence))
    assert (found[0] if found else None) == event


@pytest.mark.parametrize("sentence, expected", [
    ("By the end of March, some 87,000 trips had been made.", "2024-03"),
    ("Bis Ende März wurden rund 87.000 Fahrten durchgeführt.", "2024-03"),
    ("In March, some 87,000 trips had been made.", "2024-03"),  # a date, not an "end of" (found by find_dates)
    ("Some 87,000 trips had been made, the agency said.", None),  # neither: nothing to find
])
def test_end_of_a_month_is_read_only_where_the_words_are(sentence, expected):
    from sco_digital.extract.periods import _period_ends

    found = _period_ends(sentence, 0, len(sentence), "2024-04-14")
    has_end_words = "end" in sentence or "Ende" in sentence
    assert [f.date for f in found] == ([expected] if has_end_words else [])


# The word pre-checks before the window scans (quarters, leading months, bare years) must find
# what the scans find, whatever the case, and skip only windows where nothing is found.
@pytest.mark.parametrize("lang, sentence, number, published, expected", [
    ("en", "In Q3 2024, exports rose 5 percent.", "5 percent", PUBLISHED, "2024-Q3"),
    ("en", "In H1, exports rose 5 percent.", "5 percent", PUBLISHED, "2025-H1"),
    ("en", "In H3, exports rose 5 percent.", "5 percent", PUBLISHED, None),  # no such half: nothing
    ("en", "During the five months of 2025, trade rose 5 percent.", "5 percent", PUBLISHED, "2025-01/2025-05"),
    ("en", "DURING THE FIVE MONTHS OF 2025, TRADE ROSE 5 PERCENT.", "5 PERCENT", PUBLISHED, "2025-01/2025-05"),
    ("en", "During the five monthſ of 2025, trade rose 5 percent.", "5 percent", PUBLISHED, "2025-01/2025-05"),
    ("de", "2023 stieg der Handel um 32 Prozent.", "32 Prozent", PUBLISHED, "2023"),
    ("de", "Der Handel erreichte 2023 20 Milliarden US-Dollar.", "20 Milliarden US-Dollar", PUBLISHED, "2023"),
    ("de", "Der Handel erreichte 20 Milliarden US-Dollar.", "20 Milliarden US-Dollar", PUBLISHED, None),
])
def test_period_pre_checks_hide_no_period(lang, sentence, number, published, expected):
    start = sentence.index(number)
    assert period_of(sentence, start, start + len(number), lang, published) == expected


@pytest.mark.parametrize("text, words, expected", [
    ("Exports rose 5%, WHILE imports fell.", ("while",), True),
    ("Die Exporte stiegen, WÄHREND die Importe sanken.", ("während",), True),
    ("Exports rose 5%.", ("while", "während"), False),  # must find nothing
    ("İstanbul: exports rose, while imports fell.", ("while",), True),  # not lower-cased: not ruled out
    ("Exports rose, whereaſ imports fell.", ("wherea",), True),  # "ſ": not ruled out
])
def test_lowered_words_rule_out_only_absent_words(text, words, expected):
    from sco_digital.extract.clauses import lowered, names_any

    assert names_any(lowered(text), words, 0, len(text)) is expected


# (sentence, month the fiscal year opens in, published, period): a part of a fiscal year is of the
# months where that year opens (read off Dunya News, Hindustan Times); the base a year before
@pytest.mark.parametrize("sentence, opens, published, expected", [
    ("IT exports reached $1.2 billion during the first four months of current fiscal year.", 7, "2025-11-20",
     "2025-07/2025-10"),
    ("Exports rose 34pc in the first four months of the current Financial Year.", 7, "2025-11-20", "2025-07/2025-10"),
    ("Die Exporte stiegen in den ersten vier Monaten des laufenden Finanzjahres um 34 Prozent.", 7, "2025-11-20",
     "2025-07/2025-10"),
    ("Manufacturing grew 7 per cent in the first quarter of the current fiscal.", 4, "2024-08-30", "2024-Q2"),
    ("Das Wachstum lag im ersten Quartal des laufenden Geschäftsjahres bei 7 Prozent.", 4, "2024-08-30", "2024-Q2"),
    ("Exports rose 5% in the first half of the fiscal year.", 7, "2025-02-10", "2024-H2"),
    ("Exports rose 5% in the first three months of the last fiscal year.", 7, "2025-09-01", "2024-Q3"),
    # its months in brackets between (read off Daily Times on Pakistan's IT exports)
    ("Exports rose 5% during the first quarter (July-September) of the current financial year.", 7, "2021-10-27",
     "2021-Q3"),
    # a part not over at publication, a sentence with two parts, a later month of the year: none
    ("Exports rose 5% in the first half of the fiscal year.", 7, "2025-11-10", None),
    ("Exports rose 5% in the first quarter of the fiscal year and 3% in the second quarter of the fiscal year.", 7,
     "2025-12-20", None),
    ("Exports rose 5% in the third month of the fiscal year.", 7, "2025-12-20", None),
])
def test_a_part_of_a_fiscal_year(sentence, opens, published, expected):
    at = sentence.index("5") if "5%" in sentence else next(i for i, c in enumerate(sentence) if c.isdigit())
    assert fiscal_period(sentence, 0, len(sentence), (at, at + 1), opens, published) == expected


def test_the_base_of_a_fiscal_part_is_a_year_before():
    sentence = "Manufacturing grew 7 per cent in the first quarter of the current fiscal compared to 5 per cent in the year-ago period."
    at = sentence.index("5 per cent")
    assert fiscal_period(sentence, 0, len(sentence), (at, at + 10), 4, "2024-08-30") == "2023-Q2"
    at = sentence.index("7 per cent")
    assert fiscal_period(sentence, 0, len(sentence), (at, at + 10), 4, "2024-08-30") == "2024-Q2"


@pytest.mark.parametrize("lang, sentence, number, published, expected", [
    # a year after "than" and a bare noun is the base (read off Reuters on coal)
    ("en", "Total production in 2022 rose to a record 4.496 billion tonnes, 9% higher than output in 2021.", "9%",
     "2023-01-17", "2022"),
    # "for 2022" dates a year as "in 2022" does
    ("en", "Total production for 2022 rose to a record 4.496 billion tonnes, 9% higher than output in 2021.",
     "4.496 billion tonnes", "2023-01-17", "2022"),
    # the day a figure was reported, in a clause of its own before it, is no period (read off Schweizer Bauer)
    ("de", "Wie das nationale Statistikbüro am 18. Januar 2021 mitteilte, wurden nach vorläufigen Daten 41,13 Mio. t "
     "Schweinefleisch produziert.", "41,13 Mio. t", None, None),
    ("de", "Am 18. Januar 2021 wurden 41,13 Mio. t Schweinefleisch verkauft.", "41,13 Mio. t", None, "2021-01-18"),
    # a German adjective of the year (read off Xinhua German)
    ("de", "Die diesjährige Produktion von Sommergetreide belief sich auf 149,78 Millionen Tonnen.",
     "149,78 Millionen Tonnen", "2024-07-13", "2024"),
    ("de", "Die letztjährige Produktion lag bei 5 Millionen Tonnen.", "5 Millionen Tonnen", "2024-07-13", "2023"),
])
def test_bases_reports_and_years_as_words(lang, sentence, number, published, expected):
    start = sentence.index(number)
    assert period_of(sentence, start, start + len(number), lang, published) == expected
