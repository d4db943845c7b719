"""Phenomena read off fresh real reports nobody here wrote (session 40's labelled sets: AI and tech
companies, construction and logistics, digital economy, labour and population): people after South
Asian titles, family names that name a person in full, firms before a descriptor, subheadings in
capitals, index values, units per a time after a slash, a country's people, a clause of "als"/"when"
after a year, "the rate" of the sentence before. Each row failed before its rule; guards pass both ways."""

from __future__ import annotations

from pathlib import Path

import pytest

from sco_digital import load_corpus
from sco_digital.extract.entities import find_entities
from sco_digital.extract.numbers import extract_figures
from sco_digital.records import Figure


def _people(text: str, language: str) -> list[str]:
    return [e.name for e in find_entities(text, language) if e.kind == "person"]


@pytest.mark.parametrize(("text", "language", "people"), [
    # a junior minister as Indian papers write it; a secretary in lower case; one initial without
    # its dot after a title; "Dr" without its dot (read off a Hindustan Times report)
    ("The meeting was chaired by minister of state Jitin Prasada.", "en", ["Jitin Prasada"]),
    ("It was attended by MeitY secretary S Krishnan.", "en", ["S Krishnan"]),
    ("External Affairs Minister S Jaishankar said so.", "en", ["S Jaishankar"]),
    ("He met mission director at Atal Innovation Mission Dr Chintan Vaishnav.", "en", ["Chintan Vaishnav"]),
    # a body's name shaped as no person's is the body, the two words after it its head
    ("He met CEO of IndiaAI Abhishek Singh.", "en", ["Abhishek Singh"]),
    # a family name alone after "Herr" names the person in full elsewhere (read off Berliner Zeitung)
    ("In der Lobby konnten wir mit Farkhod Ibragimov sprechen.\n\nHerr Ibragimov, Sie sind der Chef des IT-Parks.",
     "de", ["Farkhod Ibragimov", "Ibragimov"]),
    # a count between an article and its noun: the noun is no given name (read off chinahirn)
    ("Gegründet wurde das Unternehmen von den beiden Brüdern Chen Yunji und Chen Tianshi. Beide promovierten.",
     "de", ["Chen Yunji", "Chen Tianshi"]),
    # one word after a plural of people is no name (read off News der Woche)
    ("Deepseek nährt unter Analysten Zweifel an der Technologieführerschaft der USA.", "de", []),
    # a region's adjective after "for the" is no holder (read off Trend)
    ("It was signed by Tian Zhenhua, Deputy General Director for the Central Asian region at the group.", "en",
     ["Tian Zhenhua"]),
    # a portfolio in lower case inside an apposed role (read off China Gate/Xinhua)
    ("Zhanybek Kerimaliev, deputy agricultural minister of Kyrgyzstan, said Friday that trade grew.", "en",
     ["Zhanybek Kerimaliev"]),
    ("Zhanybek Kerimaliev, the agriculture minister, said that trade grew.", "en", ["Zhanybek Kerimaliev"]),
    # the head a body is led by (read off chinahirn: "unter der Führung von Jensen Huang")
    ("Das Unternehmen unter der Führung von Jensen Huang ist nahezu konkurrenzlos.", "de", ["Jensen Huang"]),
    ("The delegation headed by Abhishek Singh arrived.", "en", ["Abhishek Singh"]),
    # guards: a body's words after "led by" name no person
    ("The consortium was led by Reliance Industries.", "en", []),
    # guards: the words "A" and "I" are no initials; a region and a holder after it stay as they were
    ("President A New Era began.", "en", []),
    ("Vice-president for Europe and Central Asia Cyril Muller said so.", "en", ["Cyril Muller"]),
    ("Herr Ibragimov sprach. Danach Ibragimov wieder.", "de", ["Ibragimov"]),
    # ... but a name an apposition follows may open the sentence (read off news-final57 wz03)
    ("Avazov Nasimjon, an international student, enrolled in a course. \"It helped,\" Nasimjon said.", "en",
     ["Avazov Nasimjon", "Nasimjon"]),
])
def test_people_of_fresh_reports(text: str, language: str, people: list[str]) -> None:
    assert _people(text, language) == people


@pytest.mark.parametrize(("text", "language", "firm"), [
    # a German start-up is a firm, in the genitive too (read off News der Woche)
    ("Sein KI-Start-up Deepseek beherrscht die Schlagzeilen.", "de", "Deepseek"),
    ("Der Gründer des KI-Start-ups Deepseek sagte es.", "de", "Deepseek"),
    # a firm's name between commas after its descriptor (read off Rediff)
    ("According to data shared by market intelligence firm, Tracxn, the number fell.", "en", "Tracxn"),
])
def test_firms_after_descriptors(text: str, language: str, firm: str) -> None:
    assert firm in [e.name for e in find_entities(text, language) if e.kind == "company"]


@pytest.mark.parametrize(("text", "firms"), [
    # a holding is a descriptor before its firm's name (read off russland.news)
    ("Die Behörde hat die Akquisition aus dem Bestand der Agro-Holding Valinor durch die Krasnodarer Holding "
     "Agrokomplex genehmigt.", ["Valinor", "Agrokomplex"]),
    # guard: a holding that heads a name before its quoted name stays in it (news-final25 bd14)
    ("Die National Managing Holding „Baiterek“ investiert.", ["National Managing Holding „Baiterek“"]),
    # a firm's descriptor opens no person's name (read off Eilbote)
    ("Wenn das Geschäft des größten privaten Landmaschinenhändlers Promozona so weitergeht, wächst es.", ["Promozona"]),
])
def test_german_firms_after_their_descriptors(text: str, firms: list[str]) -> None:
    found = find_entities(text, "de")
    assert [e.name for e in found if e.kind == "company" and e.name in firms] == firms
    assert not [e for e in found if e.kind == "person"]


@pytest.mark.parametrize(("text", "names"), [
    # a participle before its auxiliary has no subject: fruit delivered is no firm (read off Schweizer Bauer)
    ("Demnach könnten jährlich mindestens 800 t Gemüse und Obst geliefert werden.", []),
    # a word of time after a body ends its name (read off Schweizer Bauer)
    ("Er bot es einer Delegation des Moskauer Landwirtschaftsministeriums Anfang Juni an.",
     ["Moskauer Landwirtschaftsministerium"]),
    # ... and a time after a body is no name it describes (read off onvista/Reuters)
    ("Der Anteil stieg, wie die Zentralbank Ende Mai mitteilte.", ["Zentralbank"]),
])
def test_german_bodies_end_where_their_names_end(text: str, names: list[str]) -> None:
    assert [e.name for e in find_entities(text, "de") if e.kind in ("organization", "company")] == names


@pytest.mark.parametrize(("text", "names"), [
    # a superlative ranks one of a country's banks, it names none (read off Zürcher Unterländer)
    ("Nach Putins Unterschrift: Regierung kauft grösste Bank Russlands.", []),
    # guard: the central bank's German name stays
    ("Die Bank Russlands senkte den Leitzins.", ["Bank Russlands"]),
])
def test_the_largest_bank_of_a_country_is_no_name(text: str, names: list[str]) -> None:
    assert [e.name for e in find_entities(text, "de") if e.kind in ("organization", "company")] == names


@pytest.mark.parametrize(("text", "kinds"), [
    # a body's words before a programme's word name the programme, no body (read off Business Recorder
    # and Artifex News); a speaker cut before a programme's head is none
    ("Pakistan sought the revival of its stalled Extended Fund Facility (EFF) with the IMF.", []),
    ("The Payment Infrastructure Development Fund scheme has been extended by two years.", []),
    ("The World Food Programme said so.", []),
])
def test_a_programmes_name_is_no_body_nor_person(text: str, kinds: list[str]) -> None:
    assert [e.kind for e in find_entities(text, "en") if e.kind in ("organization", "person")] == kinds


@pytest.mark.parametrize(("text", "language"), [
    # a subheading in capitals names no body (read off The Straits Times)
    ("Vedyakhin spoke.\n\nAI CLUB MEMBERSHIP CLOSED\n\nHe said more.", "en"),
    # a page's date line names no website (read off Märkte Weltweit)
    ("Erscheinungsdatum Website: 12.08.2016 15:05:53\nErscheinungsdatum Publikation: 15.08.2016", "de"),
])
def test_no_body_in_page_lines(text: str, language: str) -> None:
    assert [e.name for e in find_entities(text, language) if e.kind in ("organization", "company", "media")] == []


@pytest.mark.parametrize(("text", "language", "firm"), [
    # a joint venture's descriptor before the legal form that opens its name; the country after the
    # firm's name is its arm there (read off Ost-West-Contact)
    ("Sie unterzeichneten einen Vertrag zur Gründung des Joint Ventures LLC Papenburg Usbekistan.", "de",
     "LLC Papenburg Usbekistan"),
    ("They set up the Joint Venture LLC Papenburg Uzbekistan.", "en", "LLC Papenburg Uzbekistan"),
])
def test_a_joint_ventures_name_after_its_legal_form(text: str, language: str, firm: str) -> None:
    assert [e.name for e in find_entities(text, language) if e.kind == "company"] == [firm]


def test_outlets_after_two_slashes_are_a_credit(tmp_path: Path) -> None:
    # read off Ost-West-Contact: "// Novastan, UZ Daily" closes a translated report with its sources
    actors = _actors(tmp_path, "Die Firma Transyulkurilish baut Straßen in Usbekistan. // Novastan, UZ Daily")
    assert "transyulkurilish" in actors and not {"novastan", "uz-daily"} & set(actors)


def _actors(tmp_path: Path, text: str) -> dict[str, str]:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path, use_cache=False)
    return {a.id: a.kind for a in corpus.actors if "a" in a.articles}


def test_a_field_before_a_descriptor_is_no_listed_firm(tmp_path: Path) -> None:
    # read off a Hindustan Times report: "AI" modifies "start-ups", it names no firm of the list
    actors = _actors(tmp_path, "Big tech players including Nvidia, Google and Microsoft, and AI start-ups like "
                               "DronaMaps were also present.")
    assert {"nvidia", "google", "microsoft"} <= set(actors) and "ai" not in actors


def test_a_given_name_mistyped_by_one_letter_is_one_person(tmp_path: Path) -> None:
    # read off 1520 International: "Aleksandr Osipov" and later "Alesksandr Osipov"
    actors = _actors(tmp_path, "Zabaykalsky Krai governor Aleksandr Osipov announced it. The region has three "
                               "crossings, Alesksandr Osipov noted.")
    assert [a for a, kind in actors.items() if kind == "person"] == ["aleksandr-osipov"]


def test_a_chinese_given_name_misspelt_in_a_caption_is_one_person(tmp_path: Path) -> None:
    # read off The Straits Times: the caption's "Mr Pan Gonsheng" is the body's "Mr Pan Gongsheng"
    actors = _actors(tmp_path, "Mr Pan Gonsheng at a forum. PHOTO: REUTERS\n\nChina named Mr Pan Gongsheng as the "
                               "central bank's party chief. Mr Pan, 59, is a deputy governor.")
    assert len([a for a, kind in actors.items() if kind == "person"]) == 1


def test_two_given_names_of_one_length_stay_two_people(tmp_path: Path) -> None:
    # guard: "Alexander" and "Alexandra" differ by more than a letter inserted
    actors = _actors(tmp_path, "Governor Alexander Petrov spoke. Later Minister Alexandra Petrov said so.")
    assert {"alexander-petrov", "alexandra-petrov"} <= set(actors)


def _figures(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.text, f.unit) for f in extract_figures(text, language)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # an index's value, a bare decimal (read off Xinhua and china.org.cn)
    ("China's Gini coefficient stood at 0.462 in 2015.", "en", [("0.462", "count")]),
    ("Der Gini-Koeffizient betrug 2015 chinaweit 0.462.", "de", [("0.462", "count")]),
    ("The index stood at 52.3 in May.", "en", [("52.3", "count")]),
    # a unit of words per a time after a slash (read off Asia-Plus)
    ("Ashgabat agreed to send an additional 25 billion cubic meters/year of gas.", "en",
     [("25 billion cubic meters/year", "m3/yr")]),
    ("It brings total volumes to 65 billion cu m/year by 2020.", "en", [("65 billion cu m/year", "m3/yr")]),
    # an age is no statistic (read off The Straits Times); millions and the share they are keep
    # their own units (read off heise)
    ("He had reached the official retirement age of 65 for ministerial-level officials.", "en", []),
    ("181 Millionen oder 86,6 Prozent der Nutzer sind online.", "de",
     [("181 Millionen", "count"), ("86,6 Prozent", "percent")]),
    # a list's multiples after "by" share its verb (read off Trend); Swiss francs; a German fraction in
    # the dative plural (read off Schweizer Bauer and Eilbote)
    ("Exports rose to Russia by 2.2 times, to South Korea by five times, to the UAE by 1.8 times.", "en",
     [("2.2 times", "times"), ("five times", "times"), ("1.8 times", "times")]),
    ("Waren im Wert von 33,4 Mio. USD (32,2 Mio. Fr.) wurden ausgeführt.", "de",
     [("33,4 Mio. USD", "USD"), ("32,2 Mio. Fr", "CHF")]),
    ("Wasser ist in zwei Dritteln des Landes der begrenzende Faktor.", "de", [("zwei Dritteln", "percent")]),
    # guards: a count after "age of" stays; a bare decimal with no index named stays unexplained;
    # compound units as they were
    ("The average age of 10,000 workers rose.", "en", [("10,000", "count")]),
    ("Prices rose to 52.3 in May.", "en", []),
    ("Oil costs 80 USD/bbl and output is 2 t/d.", "en", [("80 USD/bbl", "USD/bbl"), ("2 t/d", "t/d")]),
])
def test_figures_of_fresh_reports(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert _figures(text, language) == expected


def _described(tmp_path: Path, text: str, language: str) -> list[Figure]:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.yaml").write_text(f"language: {language}\n", encoding="utf-8")
    corpus = load_corpus(tmp_path, use_cache=False)
    return list(corpus.figures_in("a"))


@pytest.mark.parametrize(("text", "language", "number", "measure", "period"), [
    # a country's people are its population, not the officials who say so (read off nairabird)
    ("date 2023-01-17\n\nOfficials from the National Bureau of Statistics said mainland China had 1.41175 billion "
     "people at the end of 2022.", "en", "1.41175 billion", "population", "2022"),
    ("date 2023-01-17\n\nKasachstan hat rund 20 Millionen Menschen.", "de", "20 Millionen", "population", None),
    # a clause of "als" after a year: that year's (read off fergana.me)
    ("date 2026-01-20\n\nIm Jahr 2025 flossen 18,9 Milliarden US-Dollar nach Usbekistan, was einem Anstieg von "
     "27,2 % gegenüber dem Wert von 2024 entspricht, als das Volumen der Geldüberweisungen 14,8 Milliarden "
     "US-Dollar betrug.", "de", "14,8 Milliarden US-Dollar", "remittances", "2024"),
    # migrant workers are migrants in German too; a change's base date is not its period (read off
    # china.org.cn and Xinhua)
    ("date 2019-07-15\n\nDie Zahl der Wanderarbeiter stieg auf 182,48 Millionen zum Ende des zweiten Quartals.", "de",
     "182,48 Millionen", "migrants", "2019-Q2"),
    ("date 2019-07-15\n\nThe number of rural migrant workers rose to 182.48 million as of the end of the second "
     "quarter, up 0.1 percentage points from that registered in the first quarter.", "en", "0.1 percentage points",
     "migrants:change", "2019-Q2"),
    # a growth rate named before a verb of amount is a change (read off pairs-final11 c07)
    ("date 2024-03-01\n\nThe growth rate of exports during 2023-24 has been estimated at 7.6 per cent.", "en",
     "7.6 per cent", "exports:change", None),
    # "Internet populations" are internet users (read off Xinhua)
    ("date 2008-01-17\n\nChina's Internet population reached 210 million at the end of 2007.", "en",
     "210 million", "internet-users", "2007"),
    # "the rate" is the rate of the sentence before (read off Xinhua)
    ("date 2019-07-15\n\nChina's surveyed unemployment rate in urban areas stood at 5.1 percent in June.\n\nThe rate "
     "went up 0.1 percentage points from the previous month.", "en", "0.1 percentage points", "unemployment:change",
     "2019-06"),
])
def test_what_a_figure_of_a_fresh_report_measures(tmp_path: Path, text: str, language: str, number: str,
                                                  measure: str, period: str | None) -> None:
    figure = next(f for f in _described(tmp_path, text, language) if f.text == number)
    assert (figure.measure, figure.period) == (measure, period)


@pytest.mark.parametrize(("text", "number"), [
    # a body reporting on its country is the source, not the subject (read off Engadget and C114)
    ("date 2012-03-20\n\nThe country's Ministry of Industry and Information Technology confirmed today that, as "
     "of the end of February, there were 1.01 billion mobile subscribers in China.", "1.01 billion"),
    ("date 2022-04-20\n\nAccording to Luo Junjie, the spokesman of the Ministry of Industry and Information "
     "Technology, at the end of March, the number of newly built 5G base stations reached 134,000.", "134,000"),
])
def test_a_reporting_body_is_no_subject(tmp_path: Path, text: str, number: str) -> None:
    figure = next(f for f in _described(tmp_path, text, "en") if f.text == number)
    assert figure.subject in ("china", None)


def test_a_countrys_clock_names_no_subject(tmp_path: Path) -> None:
    # read off Horizont: "deutscher Zeit" is the hour's, the sales are the Chinese firm's
    figure = next(f for f in _described(tmp_path, "date 2019-11-12\n\nAlibaba meldete am Dienstagmorgen deutscher "
                                                   "Zeit: Der chinesische Gigant hat 38,4 Milliarden Dollar umgesetzt – "
                                                   "ein Plus von 26 Prozent gegenüber dem Vorjahr.", "de")
                  if f.text == "26 Prozent")
    assert figure.subject != "germany"


def test_a_list_of_years_before_als_dates_no_number(tmp_path: Path) -> None:
    # guard: "2021, 2022 und 2023, als …" is a list of years, each number its own
    figure = next(f for f in _described(tmp_path, "date 2024-01-10\n\nDas folgt Rekorden in 2021, 2022 und 2023, als die "
                                                   "Leistung 600 Millionen, 700 Millionen und 1 Milliarde Kilowatt "
                                                   "überschritt.", "de") if f.text == "600 Millionen")
    assert figure.period != "2023"


@pytest.mark.parametrize(("text", "number"), [
    # guards: people a summit or a firm has are no population
    ("date 2023-01-17\n\nThe summit had 3,000 people attending.", "3,000"),
    ("date 2023-01-17\n\nThe company has 3,000 people on staff.", "3,000"),
])
def test_people_of_no_country_are_no_population(tmp_path: Path, text: str, number: str) -> None:
    figure = next(f for f in _described(tmp_path, text, "en") if f.text == number)
    assert figure.measure != "population"
