"""Phenomena read off session 44's labelled sets nobody here wrote (power utilities and grids,
internet platforms, electricity statistics, rail freight and ports): a pronoun or a conjunction
before "zufolge", a firm's name opening with digits, an Arabic article joined to a family name,
"Chief … Officer" titles of any field, an engineer's title, where a speaker works, an outlet told
something, a domain as an outlet's name, a game developer, a firm's unit, words inside a web
address, a part counted "of which", a multiple written out in brackets. Each row failed before its
rule; guards pass both ways."""

from __future__ import annotations

from pathlib import Path

import pytest

from sco_digital import load_corpus
from sco_digital.extract.entities import find_entities


def _entities(text: str, language: str) -> list[tuple[str, str]]:
    return [(e.kind, e.name) for e in find_entities(text, language) if e.kind not in ("place", "country")]


def _people(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(e.name, e.role) for e in find_entities(text, language) if e.kind == "person"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a pronoun before "zufolge" names no one (read off AHK Zentralasien: "Ihm zufolge habe sein
    # Unternehmen Erfahrung")
    ("„Wir planen“, so Zheng, „den Bau.“ Ihm zufolge habe sein Unternehmen Erfahrung.", "de",
     [("Zheng", None)]),
    # a firm's name opening with digits before a title joined to it (read off dpa-AFX: "sagte
    # 50Hertz-Chef Boris Schucht")
    ("„Das ist ein Signal“, sagte 50Hertz-Chef Boris Schucht.", "de", [("Boris Schucht", "50Hertz-Chef")]),
    # an Arabic article joined to the family name (read off Daryo: "ACWA's Vice Chairman and Managing
    # Director, Raad al-Saady, and …")
    ("It was signed by ACWA's Vice Chairman and Managing Director, Raad al-Saady, and others.", "en",
     [("Raad al-Saady", "Vice Chairman and Managing Director")]),
    # a chief officer of any field (read off ProPakistani: "K-Electric Chief Marketing and
    # Communication Officer, Syed Fakhar Ahmed, said")
    ("K-Electric Chief Marketing and Communication Officer, Syed Fakhar Ahmed, said that it works.", "en",
     [("Syed Fakhar Ahmed", "Chief Marketing and Communication Officer")]),
    # an engineer's title before a name (read off Beijing Review: "Der Ingenieur Rinat Turganbekov ist
    # langjähriger Mitarbeiter")
    ("Der Ingenieur Rinat Turganbekov ist langjähriger Mitarbeiter der Firma.", "de",
     [("Rinat Turganbekov", "Ingenieur")]),
    # guards: a name after "Laut"; a digit before a title's firm in a list of numbers is no firm
    ("Laut Sergey Partsikyan wurde alles abgeschlossen.", "de", [("Sergey Partsikyan", None)]),
    ("Die Zahl stieg um 5 Prozent, sagte Siemens-Chef Boris Schucht.", "de", [("Boris Schucht", "Siemens-Chef")]),
])
def test_people_of_session44_reports(text: str, language: str, expected: list[tuple[str, str | None]]) -> None:
    assert _people(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # where a speaker works is no speaker (read off CNBC: "Brian Tycangco, an analyst at Stansberry
    # Research told CNBC")
    ("“It hurts,” Brian Tycangco, an analyst at Stansberry Research told CNBC. “Yes.”", "en",
     [("person", "Brian Tycangco"), ("organization", "Stansberry Research"), ("media", "CNBC")]),
    # a firm's name opening with digits before its legal form (read off dpa-AFX: "Die 50Hertz
    # Transmission GmbH ist Betreiberin")
    ("Die 50Hertz Transmission GmbH ist Betreiberin des Netzes.", "de", [("company", "50Hertz Transmission GmbH")]),
    # a web address as an outlet's name after its descriptor (read off Solarserver: "berichtet der
    # Wirtschaftsinformationsdienst nov-ost.info.")
    ("Das Werk läuft, berichtet der Wirtschaftsinformationsdienst nov-ost.info. Laut Mitteilung ja.", "de",
     [("organization", "nov-ost.info")]),
    # a game developer named after its descriptor (read off the Handelsblatt: "84 Prozent des
    # finnischen Spieleentwicklers Supercell übernahm")
    ("Bevor er 84 Prozent des finnischen Spieleentwicklers Supercell übernahm, spielte er.", "de",
     [("company", "Supercell")]),
    # the words of a web address name no one (read off Daryo: "https://twitter.com/EnergyChinaNews/status/…")
    ("It has a partner, media reports.\nhttps://twitter.com/EnergyChinaNews/status/1671447670618038272The deal.",
     "en", []),
    # a firm's unit and the firm (read off ITWeb: "Naspers unit Prosus is set to write down …")
    ("Naspers unit Prosus is set to write down a stake.", "en", [("company", "Naspers"), ("company", "Prosus")]),
    # a descriptor of a firm before a given name describes the person's work: the person is named
    # without it, no firm (before: "Entwickler Max Müller"); guard: an outlet named before its address
    ("The site Energyprom.kz reported it: https://energyprom.kz/news.", "en", [("media", "Energyprom.kz")]),
    ("Der Entwickler Max Müller sagte das.", "de", [("person", "Max Müller")]),
])
def test_bodies_of_session44_reports(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert _entities(text, language) == expected


def _write(folder: Path, name: str, text: str) -> None:
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")


def test_outlet_told_is_an_organisation(tmp_path: Path) -> None:
    # read off CNBC: "an analyst at Stansberry Research told CNBC."; guard: "told reporters"
    _write(tmp_path, "a-en", "date 2023-12-22\n\nThe rules hit shares.\n\n“It hurts,” Brian Tycangco, an analyst at "
           "Stansberry Research told CNBC. Officials told reporters on Friday that rules stay.\n")
    names = {a.name for a in load_corpus(tmp_path).actors}
    assert "CNBC" in names
    assert "reporters" not in {n.lower() for n in names}


def test_a_part_counted_of_which(tmp_path: Path) -> None:
    # a count of a part of things named before (read off People's Daily: "a total of 301 container
    # routes, 249 of which are international routes"); guard: a year before "of which" counts nothing
    _write(tmp_path, "x-en", "date 2023-08-01\n\nIt operates a total of 301 container routes, 249 of which are "
           "international routes. Sales rose in 2023, of which most came late.\n")
    figures = load_corpus(tmp_path).figures_in("x-en")
    assert [f.text for f in figures] == ["301", "249"]


def test_a_multiple_written_out_in_brackets(tmp_path: Path) -> None:
    # the multiple a word gave, written out in brackets (read off UzDaily: "reached 10.5 billion kWh,
    # more than doubling (2.1 times) year on year"); guard: a bracket after no word of a multiple
    _write(tmp_path, "x-en", "date 2026-01-10\n\nOutput reached 10.5 billion kWh, more than doubling (2.1 times) "
           "year on year. The plants ran (2 times) a day.\n")
    figures = load_corpus(tmp_path).figures_in("x-en")
    assert [(f.text, f.unit) for f in figures if f.unit == "times"] == [("2.1 times", "times")]
