"""Phenomena read off session 53's labelled sets nobody here wrote (banks, food retailers, metals;
bilateral trade and industrial output statistics): a wire's German staff line ("Bearbeitung durch
…"); a name in apposition with a possessive ("Otkritie, Russia's largest privately held bank,");
"die Aufsichtsbehörde FCA"; "Sridhar Patra, CMD, Nalco"; "Nach Angaben von Peter Müller, Experte
bei …"; a fall "von 4,27 auf 3,5 Milliarden Euro"; lakh tonnes ("5.21 LT"); "Hunderte Millionen
Euro"; an amount's conversion in brackets lends no unit; "weitere 20.000"; "stood at 100.32
billion"; a target's year is no period of the figures after it; "up 2.6 per cent over 71.6 MT";
"Industrieoutput"; a daily rate one report writes without its day. Each rule row failed
before its rule (3cc643c); guards pass both ways."""

from __future__ import annotations

from pathlib import Path

import pytest

from sco_digital.extract.credits import find_credits, find_dateline
from sco_digital.extract.entities import find_entities
from sco_digital.extract.numbers import extract_figures

from read_off import compared, figure_keys

# Actors: (text, language, {name: kind} expected among the found entities, names that must not be found)
_ACTORS = [
    # read off the Financial Times and Trend (news-final205): a name in apposition to a bank, with a
    # possessive or an article before it
    ("In the past two months, Otkritie, Russia’s largest privately held bank, has lost deposits.", "en",
     {"Otkritie": "company"}, set()),
    ("Asaka, the second largest major bank in the Uzbek banking system, increased its assets.", "en",
     {"Asaka": "company"}, set()),
    # guards: an adverb, a country, a person's office
    ("Meanwhile, the bank said it would grow.", "en", {}, {"Meanwhile"}),
    ("Smith, Gazprom's largest shareholder, said so.", "en", {}, {"Smith"}),
    # read off FAZ (news-final208): "Wie die Aufsichtsbehörde FCA … mitteilten": the describing compound
    # is no part of the name
    ("Wie die Aufsichtsbehörde FCA und die Bank of England mitteilten, wird untersucht.", "de",
     {"FCA": "organization"}, {"Aufsichtsbehörde FCA"}),
    # read off The Hindu BusinessLine (news-final208): "Sridhar Patra, CMD, Nalco, in a statement …"
    ("Sridhar Patra, CMD, Nalco, in a statement after the Board meet said it was good.", "en",
     {"Sridhar Patra": "person"}, set()),
    # read off derStandard (news-final207): "Nach einer Schätzung von Sergej Tschagin, Investitionsexperte
    # von NAI Becar": the noun and its "von" open no name
    ("Nach einer Schätzung von Sergej Tschagin, Investitionsexperte von NAI Becar, könnte es sein.", "de",
     {"Sergej Tschagin": "person"}, {"von Sergej Tschagin"}),
    ("Nach Angaben von Peter Müller, Experte bei NAI Becar, ist das so.", "de",
     {"Peter Müller": "person"}, {"Angaben von Peter Müller"}),
    # read off Mint (news-final209): "The board re-appointed Sudarshan Venu as joint managing director",
    # "appointed K. Gopala Desikan as the group chief financial officer (CFO)"
    ("The board re-appointed Sudarshan Venu as joint managing director for a period of five years.", "en",
     {"Sudarshan Venu": "person"}, set()),
    ("TVS Motor also appointed K. Gopala Desikan as the group chief financial officer (CFO).", "en",
     {"K. Gopala Desikan": "person"}, set()),
    # guard: a firm appointed to an office a firm may hold
    ("The government appointed Goldman Sachs as adviser on the sale.", "en", {}, {"Goldman Sachs"}),
    # read off electrive (news-final209): "sagt Nio-CEO und -Gründer William Li": a second title with the
    # first one's part left out
    ("„Das stärkt uns“, sagt Nio-CEO und -Gründer William Li.", "de", {"William Li": "person"}, set()),
    # read off russland.capital (news-final209): "die Modelle Lada Granta, Westa", "des Crossovers Lada
    # Azimut": cars, no people
    ("AwtoWAS produziert die Modelle Lada Granta, Westa und Iskra. Geplant ist der Crossover Lada Azimut.", "de",
     {}, {"Lada Granta", "Lada Azimut"}),
]


@pytest.mark.parametrize(("text", "language", "present", "absent"), _ACTORS, ids=[a[0][:40] for a in _ACTORS])
def test_actors_of_session53_reports(text: str, language: str, present: dict[str, str], absent: set[str]) -> None:
    found = {e.name: e.kind for e in find_entities(text, language)}
    assert {n: found.get(n) for n in present} == present and not absent & set(found)


@pytest.mark.parametrize(("text", "language", "found"), [
    # read off RBTH (news-final207): "sank … um satte 18 Prozent von 4,27 auf 3,5 Milliarden Euro": the
    # first value of a fall is of the second one's scale
    ("Der Umsatz sank 2015 um 18 Prozent von 4,27 auf 3,5 Milliarden Euro.", "de",
     [("4,27", "EUR", 4.27e9), ("3,5 Milliarden Euro", "EUR", 3.5e9)]),
    ("Revenue fell from 4.27 to 3.5 billion euros.", "en", [("4.27", "EUR", 4.27e9)]),
    # guard: a first value far below the second's scale keeps its own
    ("The number of users rose from 2,000 to 3 million.", "en", [("2,000", "count", 2000)]),
    # read off The Hindu BusinessLine (news-final208): "17.61 lakh tonnes, 5.21 LT and 1.14 LT"
    ("Production of bauxite, alumina and aluminium was 17.61 lakh tonnes, 5.21 LT and 1.14 LT respectively.", "en",
     [("17.61 lakh tonnes", "t", 1_761_000), ("5.21 LT", "t", 521_000), ("1.14 LT", "t", 114_000)]),
    # read off RBTH (news-final207): "investierten Hunderte Millionen Euro": one vague amount
    ("Ketten aus Europa investierten Hunderte Millionen Euro in Russland.", "de",
     [("Hunderte Millionen Euro", "EUR", 1e8)]),
    # guard: "Hunderte" alone counts what follows
    ("Hunderte Menschen kamen zur Eröffnung.", "de", [("Hunderte", "count", 100)]),
    # read off MarketScreener (news-final205): "107,08 Milliarden Rupien (1,28 Milliarden Dollar), verglichen
    # mit 91,22 Milliarden": the amount lends its unit, not its conversion
    ("Der Gewinn stieg auf 107,08 Milliarden Rupien (1,28 Milliarden Dollar), verglichen mit 91,22 Milliarden "
     "im gleichen Zeitraum des Vorjahres.", "de", [("91,22 Milliarden", "INR", 91.22e9)]),
    # read off Business Insider (news-final208): "arbeiteten zuletzt 5000 Menschen, weitere 20.000 sind davon
    # abhängig"
    ("Im Werk arbeiteten zuletzt 5000 Menschen, weitere 20.000 sind davon abhängig.", "de",
     [("5000", "count", 5000), ("20.000", "count", 20000)]),
    # read off RT (pairs-final164): "… to surpass $110 billion in 2019 … From January to November, mutual
    # trade between Russia and China stood at 100.32 billion"
    ("Beijing expects trade turnover to surpass $110 billion in 2019, according to a forecast.\n\n"
     "From January to November, mutual trade stood at 100.32 billion, which is 3.1 percent more.", "en",
     [("100.32 billion", "USD", 100.32e9)]),
    # read off Suzuki Schweiz (news-final209): "Exakt 1‘271‘005 Fahrzeuge wurden verkauft": a Swiss
    # grouping written with the opening quote
    ("Exakt 1‘271‘005 Fahrzeuge wurden verkauft.", "de", [("1‘271‘005", "count", 1_271_005)]),
    # read off ProPakistani (news-final209): "(40,860 units vs 22,020 in 1QCY21)": the count compared with
    ("Revenue rose on higher volumetric sales (40,860 units vs 22,020 in 1QCY21).", "en",
     [("22,020", "count", 22020)]),
    # read off FlightGlobal (news-final211): "a net profit of Rb42.3 billion ($462 million)": roubles
    ("Aeroflot Group is claiming a net profit of Rb42.3 billion ($462 million) over the first half.", "en",
     [("Rb42.3 billion", "RUB", 42.3e9)]),
    # read off aeroTELEGRAPH (news-final211): "China Southern plant mit 2000 Flugzeugen": a count, no year
    ("China Southern plant mit 2000 Flugzeugen. «Bis 2035 werden wir auf 2000 Flugzeuge gehen», sagte er.", "de",
     [("2000", "count", 2000)]),
    # read off News Front (pairs-final167): "10,46 Millionen Barrel gewonnen gegenüber 10,72 Millionen im
    # Vormonat": the amount compared with is of the unit of the one before
    ("In Saudi-Arabien wurden im Dezember 10,46 Millionen Barrel gewonnen gegenüber 10,72 Millionen im Vormonat.",
     "de", [("10,72 Millionen", "bbl", 10.72e6)]),
])
def test_numbers_of_session53_reports(text: str, language: str, found: list[tuple[str, str, float]]) -> None:
    figures = {f.text: (f.unit, f.value) for f in extract_figures(text, language)}
    assert all(t in figures and figures[t][0] == unit and figures[t][1] == pytest.approx(value)
               for t, unit, value in found)


@pytest.mark.parametrize("text", [
    # read off MarketScreener (news-final205): the wire's staff line in German, "durch" for "von"
    "Der Gewinn stieg.\n(Berichterstattung durch Siddhi Nayak; Bearbeitung durch Clelia Oziel)",
    # guard: the English staff line
    "Profit rose.\n(Reporting by Siddhi Nayak; Editing by Clelia Oziel)",
])
def test_a_wires_staff_line_is_a_credit(text: str) -> None:
    credits = find_credits(text)
    assert [(c.kind, c.name) for c in credits] == [("author", "Siddhi Nayak")]
    assert credits[0].text.endswith("Clelia Oziel)")


@pytest.mark.parametrize(("text", "language"), [
    # guards: a year after "in", "bis", "seit" dates what follows
    ("Im Jahr 2000 Flugzeuge zu bauen war schwer.", "de"),
    ("In 2020 companies invested more.", "en"),
    ("Das Werk mit 2024 Daten arbeitet.", "de"),
    ("Bereits 1984 nahm das Unternehmen die Arbeit auf. 2005 lieferte DHL rund 5,4 Mill. Sendungen.", "de"),
])
def test_a_year_before_a_noun_is_no_count(text: str, language: str) -> None:
    assert not [f for f in extract_figures(text, language) if f.value in (2000, 2005, 2020, 2024)]


def test_a_rates_base_after_over_is_no_bound() -> None:
    # read off the Deccan Herald (pairs-final166): "up 2.6 per cent over 71.6 MT in the preceding year"
    figures = {f.text: f.qualifier for f in extract_figures(
        "Russia produced 7.4 MT steel, up 2.6 per cent over 71.6 MT in the preceding year.", "en")}
    assert figures["71.6 MT"] == "exact"
    # guard: "over" as a bound
    assert [f.qualifier for f in extract_figures("They sold over 500 cars.", "en")] == ["more_than"]




def test_a_targets_year_is_no_period_of_the_figures_after_it(tmp_path: Path) -> None:
    # read off RT (pairs-final164), undated: "overdone the $50 billion target set by our countries’ leaders
    # for 2030. Trade turnover has increased to $48.8 billion in the first 9 months of this year"
    figures = figure_keys(tmp_path, "a.txt", (
        "Russia-India trade tops target\n\n“We have successfully overdone the $50 billion target set by our "
        "countries’ leaders for 2030. Trade turnover has increased to $48.8 billion in the first 9 months of this "
        "year,” he stated.\n"))
    assert figures["$48.8 billion"][1] is None


def test_the_rate_and_its_base_after_over(tmp_path: Path) -> None:
    # read off the Deccan Herald (pairs-final166), dated: the rate is of 2020, its base of 2019
    figures = figure_keys(tmp_path, "a.txt", (
        "date 2021-01-31\n\nSteel output\n\nRussia produced 7.4 MT steel in 2020, up 2.6 per cent over 71.6 MT in "
        "the preceding year.\n"))
    assert (figures["2.6 per cent"][1], figures["71.6 MT"][1]) == ("2020", "2019")


@pytest.mark.parametrize(("text", "figure", "measure"), [
    # read off stock3 (pairs-final166): "Der Industrieoutput erhöhte sich um 4,1 Prozent …, wie das
    # Central Statistics Office … mitteilte": an English loanword of output
    ("Der Industrieoutput erhöhte sich um 4,1 Prozent, wie das Statistikamt mitteilte.", "4,1 Prozent",
     "output:change"),
])
def test_measures_of_session53_reports(tmp_path: Path, text: str, figure: str, measure: str | None) -> None:
    assert figure_keys(tmp_path, "a.txt", text)[figure][0] == measure




# News Front's and Oilprice.com's reports of the JODI figures for December 2016 (pairs-final167), shortened
_OIL_DE = (
    "Russland überholt Saudi-Arabien bei der Ölförderung\n\n"
    "Russland hat im Dezember 10,49 Millionen Barrel Öl, um 29.000 Barrel weniger als im November, gefördert. "
    "Laut JODI ist Russland damit der größte Ölproduzent der Welt vor Saudi-Arabien.\n")
_OIL_EN = (
    "Russia overtakes Saudi Arabia as top oil producer\n\n"
    "Russia pumped 10.49 million barrels daily in December, according to JODI, beating Saudi Arabia as the "
    "world's largest oil producer.\n")


def test_a_daily_rate_written_without_its_day_pairs(tmp_path: Path) -> None:
    shared, conflicts = compared(tmp_path, _OIL_DE, _OIL_EN)
    assert ("10,49 Millionen Barrel", "10.49 million barrels daily") in shared and not conflicts


@pytest.mark.parametrize(("text", "published"), [
    # read off BelTA (news-final209): a year-less dateline; the only day a month before it is a target's
    ("MINSK, 21. Januar (BelTA) – Lukaschenko besuchte das Werk.\n„Am 1. Januar 2026 sollten wir die volle "
     "Kapazität erreichen“, berichtete der Generaldirektor.\n", None),
    # guard: an event's day a few days before the dateline fixes its year
    ("MINSK, 21. Januar (BelTA) – Das Werk wurde am 15. Januar 2025 eröffnet, berichtete der Direktor.\n",
     "2025-01-21"),
])
def test_a_year_less_datelines_year_is_no_targets(text: str, published: str | None) -> None:
    found = find_dateline(text)
    assert (found.published if found is not None else None) == published
