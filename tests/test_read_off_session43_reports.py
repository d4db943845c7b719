"""Phenomena read off session 43's labelled sets nobody here wrote (mining and metals companies,
stock exchanges and funds, factory output, tourism): a fund's head word and a year, a participle
opening a sentence, a descriptor compound before a name that repeats its kind, kinds of fund,
holders listed after a title, roles with their modifiers, a firm described after its name, a
capital of a given name's shape, "X-led", a legal form after a quoted name or after a person's
words, a board's chairman, the level a statistic reached "auf die Rekordmenge von", output by
sector, the nation of a body that compiled an index, two adjectives of one counted noun. Each row
failed before its rule; guards pass both ways."""

from __future__ import annotations

from pathlib import Path

import pytest

from sco_digital import load_corpus
from sco_digital.extract.entities import find_entities
from sco_digital.match.concepts import is_change
from sco_digital.records import Figure


def _entities(text: str, language: str) -> list[tuple[str, str]]:
    return [(e.kind, e.name) for e in find_entities(text, language) if e.kind not in ("place", "country")]


def _people(text: str, language: str, names: set[str]) -> list[tuple[str, str | None, str | None]]:
    """The people named `names` that `text` holds, with their roles and affiliations."""
    return [(e.name, e.role, e.affiliation) for e in find_entities(text, language)
            if e.kind == "person" and e.name in names]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a body's head word alone and a year say when, they name no body (read off n-tv: "Aufgelegt
    # wurde der Fonds 2011 in Moskau")
    ("Aufgelegt wurde der Fonds 2011 in Moskau.", "de", []),
    # a participle opening a sentence before its preposition is no firm acting (read off n-tv:
    # "Ausgestattet mit einem Volumen von zehn Milliarden Dollar sollte er … investieren")
    ("Das war so. Ausgestattet mit Geld wollte er investieren.", "de", []),
    # a descriptor compound before a name that opens with its kind again (read off the FAZ: "die
    # fünftgrößte Staatsbank Bank of Communications")
    ("Er leitete zuvor die fünftgrößte Staatsbank Bank of Communications.", "de",
     [("organization", "Bank of Communications")]),
    # kinds of fund name no one fund (read off Reuters and the FAZ: "der russische Staatsfonds",
    # "Chinas Investmentfonds")
    ("Zu den Käufern zählte der russische Staatsfonds.", "de", []),
    ("In der Finanzszene gilt Chinas Investmentfonds als schwerfällig.", "de", []),
    # a firm described after its name (read off the Financial Times: "a $200m stake in Sodrugestvo, a
    # large oilseed processor and trader, alongside …")
    ("RDIF bought a stake in Sodrugestvo, a large oilseed processor and trader, alongside funds.", "en",
     [("organization", "RDIF"), ("company", "Sodrugestvo")]),
    # a person's name written before "-led" (read off Business Today: "business magnate Anil
    # Agarwal-led Sterlite")
    ("It sold the stake to business magnate Anil Agarwal-led Sterlite in 2002.", "en",
     [("person", "Anil Agarwal")]),
    # a body's words before its legal form are no holder of the title before them (read off MONTSAME:
    # "G.Battsengel, CEO of Energy Resource LLC, proposed")
    ("At the meeting, G.Battsengel, CEO of Energy Resource LLC, proposed it.", "en",
     [("person", "G. Battsengel"), ("company", "Energy Resource LLC")]),
    # a firm named after its board's chairman (read off the Astana Times: "Andrey Lavrentyev,
    # chairman of the board of Allur, Kazakhstan’s major car manufacturer")
    ("He named Andrey Lavrentyev, chairman of the board of Allur, a car maker.", "en",
     [("person", "Andrey Lavrentyev"), ("company", "Allur")]),
    # a quoted name before a legal form (read off MONTSAME: "‘Erdenes Tavantolgoi’ JSC, ‘Energy
    # Resource’ LLC")
    ("Officials met ‘Erdenes Tavantolgoi’ JSC and “Uzbekiston Pochtasi” JSC.", "en",
     [("company", "Erdenes Tavantolgoi"), ("company", "Uzbekiston Pochtasi")]),
    # guards: a firm before "mit"; a fund with a capitalised adjective; a fund of two nations; a
    # year after an event's name; a name in single quotes with no legal form is no firm
    ("Gazprom mit Sitz in Moskau wollte investieren.", "de", [("company", "Gazprom")]),
    ("Der Nationale Fonds wuchs.", "de", [("organization", "Nationaler Fonds")]),
    ("Er leitet den Vorstand des kasachisch-aserbaidschanischen Investmentfonds.", "de",
     [("organization", "kasachisch-aserbaidschanischer Investmentfonds")]),
    ("Die Expo 2025 begann.", "de", [("conference", "Expo 2025")]),
    ("The ‘big’ deal was done.", "en", []),
])
def test_bodies_of_session43_reports(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert _entities(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # holders listed after a title are no role of the name before them (read off the Financial Times:
    # "counts Blackstone chief executive Stephen Schwarzman, Apollo’s co-founder Leon Black and
    # Apax’s boss Martin Halusa on its international advisory board")
    ("It counts Blackstone chief executive Stephen Schwarzman, Apollo’s co-founder Leon Black and "
     "Apax’s boss Martin Halusa on its board.", "en",
     [("Stephen Schwarzman", "chief executive", "Blackstone"), ("Leon Black", "co-founder", "Apollo"),
      ("Martin Halusa", "boss", "Apax")]),
    # a role keeps its modifier and the body's acronym after it (read off the Financial Times:
    # "former IMF boss Dominique Strauss-Kahn")
    ("The fund includes former IMF boss Dominique Strauss-Kahn on its board.", "en",
     [("Dominique Strauss-Kahn", "former IMF boss", None)]),
    ("It hired former President Donald Trump.", "en", [("Donald Trump", "former President", None)]),
    # a name opening with an initial after a German verb of speech (read off Handelsblatt: "jubelt
    # R. Seshasayee, Chef des Industrieverbands CII")
    ("„Es ist gut“, jubelt R. Seshasayee, Chef des Industrieverbands CII, „er ist ein Symbol“.", "de",
     [("R. Seshasayee", "Chef des Industrieverbands CII", "Industrieverbands CII")]),
    # guards: a body's acronym before a title with no modifier is the employer; a given name in a
    # body's name inside a role
    ("The MoU was signed by PHEC Chairperson Dr Muhammad Nizamuddin.", "en",
     [("Muhammad Nizamuddin", "Chairperson", "PHEC")]),
    ("Sunil Mittal, Chairman of Bharti Airtel, said so.", "en",
     [("Sunil Mittal", "Chairman of Bharti Airtel", None)]),
])
def test_people_of_session43_reports(text: str, language: str,
                                     expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text, language, {name for name, _, _ in expected}) == expected


def test_a_capital_of_a_given_names_shape_is_no_person(tmp_path: Path) -> None:
    # read off the Financial Times: "sovereign wealth funds …, including Abu Dhabi, Mubadala and
    # Kuwait Investment Authority"
    (tmp_path / "a.txt").write_text("Mr Dmitriev signed partnerships with funds, including Abu Dhabi, Mubadala "
                                    "and Kuwait Investment Authority.", encoding="utf-8")
    (tmp_path / "a.yaml").write_text("language: en\n", encoding="utf-8")
    people = [a.name for a in load_corpus(tmp_path, use_cache=False).actors_in("a") if a.kind == "person"]
    assert "Abu Dhabi" not in people


def test_the_level_a_statistic_doubled_to_is_no_change() -> None:
    # read off Agrarheute: "den Zukauf von Mais, der sich auf die Rekordmenge von 11,3 Mio t mehr als
    # verdoppelte"; guard: the change itself
    text = "den Zukauf von Mais, der sich auf die Rekordmenge von 11,3 Mio t mehr als verdoppelte"
    at = text.index("11,3")
    assert not is_change(text, at, at + len("11,3 Mio t"), "de", "t")
    text = "China's corn imports rose to a record of 11.3 million tonnes, up 135 percent."
    at = text.index("11.3")
    assert not is_change(text, at, at + len("11.3 million tonnes"), "en", "t")
    at = text.index("135")
    assert is_change(text, at, at + len("135 percent"), "en", "percent")


def _figure(tmp_path: Path, text: str, language: str, number: str) -> Figure:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.yaml").write_text(f"language: {language}\n", encoding="utf-8")
    return next(f for f in load_corpus(tmp_path, use_cache=False).figures_in("a") if f.text == number)


@pytest.mark.parametrize(("text", "language", "number", "measure"), [
    # output by sector (read off Interfax and russland.NEWS on Rosstat's industrial production)
    ("Output in the extractive sector fell 1% year-on-year in December.", "en", "1%", "mining-output:change"),
    ("Manufacturing output fell 2.0% in December.", "en", "2.0%", "manufacturing-output:change"),
    ("Das Produktionsvolumen in der verarbeitenden Industrie ging im Dezember um zwei Prozent zurück.", "de",
     "zwei Prozent", "manufacturing-output:change"),
    ("Auf das gesamte Jahr 2017 bezogen konnte der Bergbau um zwei Prozent zulegen.", "de", "zwei Prozent",
     "mining-output:change"),
    # "EMI", the German abbreviation of a purchasing managers' index (read off CRI)
    ("Der EMI kleiner Unternehmen stieg auf 50,1 Punkte.", "de", "50,1", "pmi"),
    # two adjectives of one counted noun (read off welt.de: "rund 16,3 Millionen startende oder
    # landende Passagiere")
    ("Das Amt registrierte an den 23 großen Flughäfen rund 16,3 Millionen startende oder landende Passagiere.",
     "de", "16,3 Millionen", "passengers"),
    # guards: industry as a whole; one adjective
    ("Industrial output grew 1.0% in 2017.", "en", "1.0%", "output:change"),
    ("Das Amt registrierte an den 23 großen Flughäfen rund 16,3 Millionen startende Passagiere.", "de",
     "16,3 Millionen", "passengers"),
])
def test_what_a_figure_of_session43_measures(tmp_path: Path, text: str, language: str, number: str,
                                             measure: str | None) -> None:
    assert _figure(tmp_path, text, language, number).measure == measure


@pytest.mark.parametrize(("text", "language", "number", "subject"), [
    # the nation of the body that compiled an index is not whose index it is (read off AWP: "Der von
    # der britischen Grossbank HSBC ermittelte Einkaufsmanagerindex für die Industrie stieg …")
    ("Der von der britischen Grossbank HSBC ermittelte Einkaufsmanagerindex stieg auf 50,2 Punkte.", "de",
     "50,2", None),
    ("The index compiled by British bank HSBC rose to 50.2 points.", "en", "50.2", None),
    # guard: a country's index named by its adjective
    ("Der chinesische Einkaufsmanagerindex stieg auf 50,2 Punkte.", "de", "50,2", "china"),
])
def test_whose_index_a_compiler_reports(tmp_path: Path, text: str, language: str, number: str,
                                        subject: str | None) -> None:
    assert _figure(tmp_path, text, language, number).subject == subject


@pytest.mark.parametrize(("text", "language", "number", "expected"), [
    # a part of a whole with its German verb after it is a share, a level (read off Xinhua: "was 52
    # Prozent der Einreisen entspricht und einen Anstieg von 190,1 Prozent … bedeutet")
    ("Die Zahl der Einreisen überstieg 8,54 Millionen, was 52 Prozent der Einreisen entspricht und einen "
     "Anstieg von 190,1 Prozent bedeutet.", "de", "52 Prozent", ("share", None, "exact")),
    # a verb's idiom with "up" and money raised are no moves (read off the Tashkent Times and AIX:
    # "set up a US$ 1 billion private equity fund", "Debt capital raised since inception amounts to $4.2bn")
    ("In October 2018, Uzbekistan and the UAE set up a US$ 1 billion private equity fund.", "en",
     "US$ 1 billion", (None, None, "exact")),
    ("Debt capital raised since inception amounts to $4.2bn.", "en", "$4.2bn", ("debt", None, "exact")),
    # the ends of a span (read off Yurtimiz: "stakes ranging from 20% to 40%")
    ("The fund will manage stakes ranging from 20% to 40% in the airline.", "en", "40%", (None, None, "up_to")),
    # a fraction before a direction is the size of a move (read off anews: "the 2022 numbers were still a
    # third down on the figures from 2019")
    ("But the 2022 numbers were still a third down on the figures from 2019.", "en", "a third", (None, "down", "exact")),
    # guards: a rate's series keeps its unit's "per"; a raised rate moves; a move from one share to another
    ("Exports went up a 5 percent.", "en", "5 percent", ("exports:change", "up", "exact")),
    ("The bank raised its rate to 16 percent.", "en", "16 percent", (None, "up", "exact")),
    ("Exports rose from 20% to 40% of output.", "en", "20%", ("exports", None, "exact")),
])
def test_levels_and_spans_of_session43_reports(tmp_path: Path, text: str, language: str, number: str,
                                               expected: tuple[str | None, str | None, str]) -> None:
    figure = _figure(tmp_path, text, language, number)
    assert (figure.measure, figure.change, figure.qualifier) == expected


@pytest.mark.parametrize(("text", "number", "unit"), [
    # a year's capacity lends no "per year" to a total after it (read off MONTSAME: "capable of
    # concentrating 15 million tons of coal per year. So far, it has concentrated approximately 40
    # million tons")
    ("It is capable of concentrating 15 million tons per year. Since then it concentrated 40 million tons of coal.",
     "40 million tons", "t"),
    # guard: "$50 per barrel in January, although it was $79.5 in October" is one series of prices
    ("Oil was $50 per barrel in January, although it was $79.5 in October.", "$79.5", "USD/bbl"),
])
def test_the_unit_a_later_figure_takes(tmp_path: Path, text: str, number: str, unit: str) -> None:
    assert _figure(tmp_path, text, "en", number).unit == unit


def test_raw_materials_are_no_firm() -> None:
    # read off produktion.de: "In Australien sichert sich der Konzern Rohstoffe durch Beteiligungen …"
    assert _entities("In Australien sichert sich der Konzern Rohstoffe durch Beteiligungen an Minen.", "de") == []
    assert _entities("Der Konzern Gazprom wuchs.", "de") == [("company", "Gazprom")]


@pytest.mark.parametrize(("text", "number", "expected"), [
    # a date ending the sentence before is no date of the next sentence's number, and a year opening
    # a sentence is no year of the month before it (read off europeantech.news and Reuters: "… newly
    # registered in May. … A total of around 236,000 new cars were registered in May")
    ("Cars were registered in May. In 2012, 2 million cars were sold.", "2 million", ("sales", "2012")),
    ("Cars were registered in May. Last year 2 million cars were sold.", "2 million", ("sales", "2023")),
    # goods counted before an English passive of their sale (read off europeantech.news: "Around
    # 29,700 battery-powered cars were newly registered in May")
    ("Around 29,700 battery-powered cars were newly registered in May.", "29,700", ("sales", "2024-05")),
    # guards: a span of months of this year; a month and its year
    ("From January to July of this year, trade rose 5 percent.", "5 percent", ("trade-volume:change", "2024-01/2024-07")),
    ("In May 2023 trade rose 5 percent.", "5 percent", ("trade-volume:change", "2023-05")),
])
def test_the_period_and_flow_of_session43_figures(tmp_path: Path, text: str, number: str,
                                                  expected: tuple[str, str]) -> None:
    (tmp_path / "a.txt").write_text("date 2024-08-05\n\n" + text, encoding="utf-8")
    (tmp_path / "a.yaml").write_text("language: en\n", encoding="utf-8")
    figure = next(f for f in load_corpus(tmp_path, use_cache=False).figures_in("a") if f.text == number)
    assert (figure.measure, figure.period) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # where a firm sits is no word of its name (read off Reuters: "to Hong Kong-based Trinity Group")
    ("The stake was sold to Hong Kong-based Trinity Group last year.", [("company", "Trinity Group")]),
    # a firm an English role closes on after "at" (read off WION: "Miguel Chanco, chief emerging Asia
    # economist at Pantheon Macroeconomics, as saying")
    ("Reuters quoted Miguel Chanco, chief emerging Asia economist at Pantheon Macroeconomics, as saying so.",
     [("person", "Miguel Chanco"), ("organization", "Pantheon Macroeconomics")]),
    # guards: a French legal form (read off NextBigFuture: "Yao Wei of Societe Generale SA"); a place
    # after "at"; a body's head word
    ("Societe Generale SA expects growth of 6.8 per cent.", [("company", "Societe Generale SA")]),
    ("Anna Lee, an analyst at the Moscow office, said so.", [("person", "Anna Lee")]),
    ("John Smith, professor at Fudan University, said so.",
     [("person", "John Smith"), ("organization", "Fudan University")]),
])
def test_firms_of_session43_english_reports(text: str, expected: list[tuple[str, str]]) -> None:
    assert _entities(text, "en") == expected


def test_a_run_of_short_decimals_written_alike_is_evidence_of_one_story(tmp_path: Path) -> None:
    # read off WirtschaftsWoche and IANS on one rate decision: "Der Satz steige von 5,5 auf 6,5 Prozent …
    # zwischen 5,7 und 6,2 Prozent, 2022 dann von 4,0 bis 4,5 Prozent" / "from 5.5 per cent to 6.5 per
    # cent … 5.7-6.2 per cent in 2021 … 4.0-4.5 per cent in 2022"; guard: two alike are chance
    from sco_digital.compare import story_evidence
    (tmp_path / "a-de.txt").write_text("Die Zentralbank hebt den Leitzins an. Der Satz steige von 5,5 auf 6,5 Prozent. "
                                       "Die Teuerung liege zwischen 5,7 und 6,2 Prozent.", encoding="utf-8")
    (tmp_path / "a-en.txt").write_text("The central bank raised its key rate from 5.5 per cent to 6.5 per cent. "
                                       "Inflation will reach 5.7-6.2 per cent.", encoding="utf-8")
    (tmp_path / "b-de.txt").write_text("Die Zentralbank hebt den Leitzins von 5,5 auf 6,5 Prozent an.", encoding="utf-8")
    (tmp_path / "b-en.txt").write_text("The bank raised its key rate from 5.5 per cent to 6.5 per cent.", encoding="utf-8")
    corpus = load_corpus(tmp_path, use_cache=False)
    assert story_evidence(corpus, "a-de", "a-en") > story_evidence(corpus, "b-de", "b-en")


@pytest.mark.parametrize(("text", "credits"), [
    # an agency's short name alone on the last line credits the source (read off uzbekistan.de: "…
    # der regionalen Wirtschaft.\n\nUzA")
    ("Der Handel wuchs.\n\nUzA\n", [("source", "UzA")]),
    ("Der Handel wuchs.\ndpa", [("source", "dpa")]),
    # guards: a country alone; a line whose sentence goes on; a plain word
    ("Exports grew.\n\nChina\n", []),
    ("Exports grew and\nTASS\n", []),
    ("Der Handel wuchs.\nWeitere Nachrichten\n", []),
])
def test_a_last_line_credit(text: str, credits: list[tuple[str, str]]) -> None:
    from sco_digital.extract.credits import find_credits
    assert [(c.kind, c.name) for c in find_credits(text)] == credits


def test_a_pages_control_on_the_last_line_is_no_credit() -> None:
    # guard (read off the Express Tribune: "Published in The Express Tribune, August 16th, 2018.\nCOMMENTS")
    from sco_digital.extract.credits import find_credits
    assert [c.name for c in find_credits("Dr Rauf thanked PHEC.\nCOMMENTS")] == []


@pytest.mark.parametrize(("text", "expected"), [
    # the firm a German title joined to it heads, by a firm's shape (read off Handelsblatt: "sein Rivale
    # um Corus, CSN-Chef Benjamin Steinbruch")
    ("Sein Rivale, CSN-Chef Benjamin Steinbruch, gilt als aggressiv.", [("company", "CSN"), ("person", "Benjamin Steinbruch")]),
    # guards: a seat of power; a group of states
    ("Kreml-Chef Putin sprach.", [("person", "Putin")]),
    ("EU-Chef Michel sprach.", [("person", "Michel")]),
])
def test_the_firm_a_german_title_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert _entities(text, "de") == expected


def test_a_senate_is_a_body() -> None:
    # read off Today.Az: "attended by the Chairman of the Senate of the Oliy Majlis of Uzbekistan"
    assert _entities("It was attended by the Chairman of the Senate of the Oliy Majlis of Uzbekistan and others.", "en") \
        == [("organization", "Senate of the Oliy Majlis of Uzbekistan")]


def test_a_capital_has_one_id_in_both_languages(tmp_path: Path) -> None:
    # read off WirtschaftsWoche and IANS: "kündigte sie am Freitag in Moskau an" / "Moscow, Jul 24 (IANS)"
    (tmp_path / "a.txt").write_text("Die Zentralbank kündigte das am Freitag in Moskau an.", encoding="utf-8")
    (tmp_path / "a.yaml").write_text("language: de\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The central bank said so in Moscow on Friday.", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("language: en\n", encoding="utf-8")
    corpus = load_corpus(tmp_path, use_cache=False)
    assert {a.id for a in corpus.actors_in("a") if a.kind == "place"} == {a.id for a in corpus.actors_in("b")
                                                                          if a.kind == "place"} == {"moscow"}
