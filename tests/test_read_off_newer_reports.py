"""Phenomena read off newer real reports nobody here wrote (session 41's labelled sets and the
phenomena earlier sets left open): the members of a list that share one unit; people after a word
sentences open with and with given names joined by a hyphen; firms an apposition or a German descriptor
calls so; names their acronym spells on; where an article appeared; what a move is made against. Each
row failed before its rule; guards pass both ways."""

from __future__ import annotations

from pathlib import Path

import pytest

from sco_digital import load_corpus
from sco_digital.extract.credits import find_credits
from sco_digital.extract.entities import find_entities
from sco_digital.extract.numbers import extract_figures
from sco_digital.records import Figure


def _figures(text: str, language: str) -> list[tuple[str, str, float]]:
    return [(f.text, f.unit, f.value) for f in extract_figures(text, language)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # the price of one unit of a good the sentence opens with (read off energynews: "Die Megawattstunde
    # (MWh) Gas kostete am Mittwoch kurzzeitig mehr als 300 Euro")
    ("Die Megawattstunde (MWh) Gas kostete am Mittwoch kurzzeitig mehr als 300 Euro.", "de",
     [("300 Euro", "EUR/MWh", 300)]),
    ("A barrel of Brent cost $80 on Monday.", "en", [("$80", "USD/bbl", 80)]),
    # a count of a part of those named before (read off a Würzburg university's news: "38 von ihnen")
    ("Viele bewerben sich. 38 von ihnen wurden ausgewählt.", "de", [("38", "count", 38)]),
    ("Many applied; 12 of them signed.", "en", [("12", "count", 12)]),
    # a series over time shares its first value's noun (read off gaya.one: "im Juli nur 310.000 Nutzer,
    # im August 260.000, im September 280.000"); two amounts "beziehungsweise" share a scale; a part of
    # a whole counted after it takes no currency before it (read off APOTHEKE ADHOC)
    ("BSNL verlor im Juli 310.000 Nutzer, im August 260.000 und im Oktober 2024 510.000.", "de",
     [("310.000", "count", 310000), ("260.000", "count", 260000), ("510.000", "count", 510000)]),
    ("The firm added 310,000 users in July, 260,000 in August.", "en",
     [("310,000", "count", 310000), ("260,000", "count", 260000)]),
    ("Zusätzliche 30 beziehungsweise 10 Millionen Euro fließen.", "de",
     [("30", "EUR", 3e7), ("10 Millionen Euro", "EUR", 1e7)]),
    ("Ein Umsatz von 1 Milliarde Euro und rund 15.000 der derzeit 43.000 Mitarbeiter bleiben.", "de",
     [("1 Milliarde Euro", "EUR", 1e9), ("15.000", "count", 15000), ("43.000", "count", 43000)]),
    # a page's link to its readers' comments and its reading time are no figures (read off heise)
    ("Druckansicht 80 Kommentare lesen\nLesezeit: 1 Min.\nVon Peter", "de", []),
    ("Die Regierung erhielt 5.000 Kommentare zum Gesetz.", "de", [("5.000", "count", 5000)]),
    # a position on the globe is no statistic (read off Raumfahrer.net and Live Science)
    ("Seit August steht KazSat 2 bei 86,5 Grad Ost.", "de", []),
    ("It will operate from 96.5 degrees east longitude.", "en", []),
    # guards: what a project or a car cost is money alone; a bare number with no part named stays out;
    # a temperature; a bare number after a month with no series before it
    ("The project cost $5 million.", "en", [("$5 million", "USD", 5e6)]),
    ("Das Auto kostete 300 Euro.", "de", [("300 Euro", "EUR", 300)]),
    ("Viele bewerben sich. 38 wurden ausgewählt.", "de", []),
    # the article as the number one before a rate's unit (read off Handelszeitung: "um etwa ein Prozent")
    ("So gab der Genussschein um etwa ein Prozent nach.", "de", [("ein Prozent", "percent", 1)]),
    ("Die Bank hob den Leitzins um einen Prozentpunkt an.", "de", [("einen Prozentpunkt", "percentage_point", 1)]),
    ("Es war 30 Grad warm.", "de", [("30 Grad", "Cel", 30)]),
    ("Ein Unternehmen wuchs.", "de", []),
    ("In August 260,000 came.", "en", []),
])
def test_prices_parts_series_and_positions(text: str, language: str,
                                                 expected: list[tuple[str, str, float]]) -> None:
    assert _figures(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a list's earlier members take the unit the last one lends (read off GoldSeiten: coins "mit einem
    # Feingewicht von 15, 20 und 31,1 Gramm")
    ("Münzen mit einem Feingewicht von 15, 20 und 31,1 Gramm.", "de",
     [("15", "g", 15), ("20", "g", 20), ("31,1 Gramm", "g", 31.1)]),
    ("Die Werte lagen bei 1,5, 2,5 und 3 Prozent.", "de",
     [("1,5", "percent", 1.5), ("2,5", "percent", 2.5), ("3 Prozent", "percent", 3)]),
    ("Exports rose 3.5, 4.2 and 6.1 percent.", "en",
     [("3.5", "percent", 3.5), ("4.2", "percent", 4.2), ("6.1 percent", "percent", 6.1)]),
    # ... and its scale, also where each member carries its currency
    ("Prices of $5, $7 and $9 billion.", "en",
     [("$5", "USD", 5e9), ("$7", "USD", 7e9), ("$9 billion", "USD", 9e9)]),
    ("Bis 2030 sollen 5, 7 und 9 Millionen Tonnen kommen.", "de",
     [("5", "t", 5e6), ("7", "t", 7e6), ("9 Millionen Tonnen", "t", 9e6)]),
    # guards: a year before a comma opens no list; two members as before
    ("In 2022, 15 and 20 percent of firms grew.", "en", [("15", "percent", 15), ("20 percent", "percent", 20)]),
    ("Im Jahr 2022, 15 und 20 Prozent der Firmen.", "de", [("15", "percent", 15), ("20 Prozent", "percent", 20)]),
])
def test_a_lists_members_share_its_unit(text: str, language: str, expected: list[tuple[str, str, float]]) -> None:
    assert _figures(text, language) == expected


def _entities(text: str, language: str) -> list[tuple[str, str]]:
    return [(e.kind, e.name) for e in find_entities(text, language) if e.kind != "place"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a word sentences open with before a name, and a given name of two joined (read off a Würzburg
    # university's news: "Auch Jens-Peter Sölch von Amgen, einem Biotechnologieunternehmen, …")
    ("Auch Peter Müller von Siemens sagte das.", "de", [("person", "Peter Müller")]),
    # a firm an apposition in the dative calls a company
    ("Auch Jens-Peter Sölch von Amgen, einem Biotechnologieunternehmen, betonte das.", "de",
     [("person", "Jens-Peter Sölch"), ("company", "Amgen")]),
    # a German descriptor's firm the text also writes after "in" (read off Epoch Times: "Der
    # Aluminiumhersteller Speira … die Schließung der Produktion in Speira")
    ("Der Aluminiumhersteller Speira will die Produktion einstellen. Die Schließung der Produktion in Speira "
     "bedeutet viel.", "de", [("company", "Speira")]),
    # a name whose capitals, with the word after it, spell its acronym (read off strom-magazin)
    ("Martin Kneer, Hauptgeschäftsführer der WirtschaftsVereinigung Metalle (WVM), warf das vor.", "de",
     [("person", "Martin Kneer"), ("company", "WirtschaftsVereinigung Metalle")]),
    # an English apposition's firm whose first word the text writes in lower case (read off Indonesia
    # Miner: "Nickel Industries, an Australian-based nickel company")
    ("Nickel Industries, an Australian-based nickel company, is on the brink. The nickel price fell.", "en",
     [("company", "Nickel Industries")]),
    # an acronym before a title and an honorific: the holder's body (read off The Express Tribune)
    ("The MoU was signed between PHEC Chairperson Dr Muhammad Nizamuddin and others.", "en",
     [("company", "PHEC"), ("person", "Muhammad Nizamuddin")]),
    # a state's possessive opens a second name after "and" (read off NDTV)
    ("It is an agreement between IIT Bombay and Russia's National Tomsk State University.", "en",
     [("organization", "National Tomsk State University")]),
    # a plural of documents acting is no company (read off NDTV: "The MoUs signed in presence of …")
    ("They signed 11 MoUs.\n\nThe MoUs signed in presence of President Pranab Mukherjee were signed.", "en",
     [("person", "Pranab Mukherjee")]),
    # people the press names by family name alone: heads of the beat's firms, a former head of state
    # (read off earlier sets: "mit Elon Musks Unternehmen", "Mukesh Ambani-owned Reliance Jio",
    # "Der Despot von Taschkent: Islam Karimow"), a special representative's title
    ("Tadschikistan hat mit Elon Musks Unternehmen eine Vereinbarung.", "de", [("person", "Elon Musk")]),
    ("Mukesh Ambani-owned Reliance Jio has added subscribers. The Putin-led state grew.", "en",
     [("person", "Mukesh Ambani"), ("person", "Putin")]),
    ("Der Despot von Taschkent: Islam Karimow.", "de", [("person", "Islam Karimow")]),
    ("Special Representative Andrei Krutskikh spoke.", "en", [("person", "Andrei Krutskikh")]),
    # an association of those a genitive with a lower-case adjective names; a society for a field
    # with one (read off Weltwoche: "Präsident des Verbandes der forschenden Arzneimittelhersteller")
    ("Das sagte Präsident des Verbandes der forschenden Arzneimittelhersteller im Mai.", "de",
     [("organization", "Verband der forschenden Arzneimittelhersteller")]),
    ("Die Gesellschaft für internationale Zusammenarbeit hilft.", "de",
     [("organization", "Gesellschaft für internationale Zusammenarbeit")]),
    # a chain a German descriptor names; a group a hyphen joins to its name; a continent after a
    # descriptor is no firm (read off APOTHEKE ADHOC: "Die Klinikkette Helios", "die norddeutsche
    # Damp-Gruppe", "der größte private Klinikbetreiber Europas")
    ("Jetzt folgt der Ausverkauf: Die Klinikkette Helios übernimmt 43 Kliniken.", "de", [("company", "Helios")]),
    ("Die Tochter hatte die norddeutsche Damp-Gruppe übernommen.", "de", [("company", "Damp-Gruppe")]),
    ("Es entstehe der größte private Klinikbetreiber Europas mit 117 Kliniken.", "de", []),
    ("Die Arbeits-Gruppe und die BRICS-Gruppe tagten.", "de", []),
    # guards: a word of a name before a given name; a lower-case word closing an apposed name; a
    # bank's own acronym acting; the family name of a well-known person inside a compound
    ("Die Deutsche Klaus AG wächst.", "de", [("company", "Deutsche Klaus AG")]),
    ("Green Energy, a company, said so. The energy sector grew.", "en", []),
    ("The KfW said it.", "en", [("company", "KfW")]),
    ("Das Putin-Regime wächst.", "de", []),
])
def test_actors_of_newer_reports(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert _entities(text, language) == expected


def _roles(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.name, e.role, e.affiliation) for e in find_entities(text, language) if e.kind == "person"]


def test_an_honorific_and_a_name_in_an_apposition_are_the_next_item() -> None:
    # "Prof Dr Ashfaq Chatha, Director External Linkages Dr Raheed Ahmed, Dr Fahad Rasul" (read off The
    # Nation): the director's title is Raheed Ahmed's, no office of Ashfaq Chatha's
    roles = _roles("Prof Dr Ashfaq Chatha, Director External Linkages Dr Raheed Ahmed, Dr Fahad Rasul and "
                   "others were present.", "en")
    assert ("Ashfaq Chatha", "Director External Linkages Dr Raheed Ahmed", None) not in roles
    assert _roles("Asad Umar, Finance Advisor Dr. Abdul Hafeez Sheikh and others met.", "en") == [
        ("Asad Umar", None, None), ("Abdul Hafeez Sheikh", "Finance Advisor", None)]


@pytest.mark.parametrize(("text", "credits"), [
    # where the article appeared, on a line of its own (read off The Express Tribune and Dawn)
    ("Dr Rauf thanked PHEC.\nPublished in The Express Tribune, August 16th, 2018.\nCOMMENTS",
     [("source", "The Express Tribune")]),
    ("Originally published in Dawn.", [("source", "Dawn")]),
    ("Erschienen in der Frankfurter Allgemeinen Zeitung.", [("source", "Frankfurter Allgemeinen Zeitung")]),
    # a wire's bracketed authors after "By" (read off Kitco/Reuters)
    ("Output fell.\n(By Natalia Ramos and Sarah Morland; Editing by Valentine Hilaire)",
     [("author", "Natalia Ramos"), ("author", "Sarah Morland")]),
    # guards: a sentence that says where something was published; a bracket opening with "By the"
    ("The report was published in Nature, a journal.", []),
    ("Output fell (By the way, it rose).", []),
])
def test_credits_of_newer_reports(text: str, credits: list[tuple[str, str]]) -> None:
    assert [(c.kind, c.name) for c in find_credits(text)] == credits


@pytest.mark.parametrize(("text", "language", "number", "measure"), [
    # what a move is made against measures none of its numbers (read off AFP: "Im Kampf gegen die
    # Inflation hatte die russische Zentralbank den Leitzins … auf 16 Prozent erhöht")
    ("Im Kampf gegen die Inflation hatte die Zentralbank den Leitzins um einen Prozentpunkt auf 16 Prozent erhöht.",
     "de", "16 Prozent", "interest-rate"),
    # routes counted, in both languages (read off People's Daily and Shanghai Daily: "Auf 82 Strecken",
    # "With 82 routes"); hectares of land are an area (read off Shanghai Daily)
    ("With 82 routes, the trains now reach 200 cities.", "en", "82", "routes"),
    ("Auf 82 Strecken bedienen die Güterzüge ein Netz.", "de", "82", "routes"),
    ("The country harnessed 2.45 million hectares of desertified land last year.", "en", "2.45 million hectares",
     "land-area"),
    # guards: a rate named after the purpose, inflation itself and oil's output stay what they were
    ("To curb inflation, the bank raised its key rate to 16%.", "en", "16%", "interest-rate"),
    ("In the fight against inflation, which hit 7.4%, it acted.", "en", "7.4%", "inflation"),
    ("Die Ölproduktion lag 2024 bei 52,3 Mio. t.", "de", "52,3 Mio. t", "oil-output"),
])
def test_what_a_figure_of_a_newer_report_measures(tmp_path: Path, text: str, language: str, number: str,
                                                  measure: str) -> None:
    assert _figure(tmp_path, text, language, number).measure == measure


def _figure(tmp_path: Path, text: str, language: str, number: str) -> Figure:
    """The figure written `number` of `text` read as a user's one-article folder."""
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.yaml").write_text(f"language: {language}\n", encoding="utf-8")
    return next(f for f in load_corpus(tmp_path, use_cache=False).figures_in("a") if f.text == number)


@pytest.mark.parametrize(("text", "language", "number", "period"), [
    # a level of a year compared with is no period of the figure (read off heute.at: "bis 2035 … auf 65
    # bis 67 Prozent im Vergleich zum Niveau des Jahres 1990")
    ("date 2025-11-05\n\nMit dem Dekret ordnet Putin an, \"bis 2035 eine Reduzierung der Treibhausgas-Emissionen auf "
     "65 Prozent im Vergleich zum Niveau des Jahres 1990\" zu erreichen.", "de", "65 Prozent", "2035"),
    # guard: a year compared with after the figure's own
    ("date 2025-11-05\n\nDer Umsatz stieg im Jahr 2024 um 5 Prozent im Vergleich zum Jahr 2023.", "de",
     "5 Prozent", "2024"),
])
def test_when_a_figure_of_a_newer_report_is(tmp_path: Path, text: str, language: str, number: str,
                                             period: str) -> None:
    assert _figure(tmp_path, text, language, number).period == period
