"""Phenomena read off session 48's labelled sets nobody here wrote (space, hydropower, travel,
universities, batteries, road builders, cybersecurity, games and antitrust firms; China's trade,
freight, defence, smartphone, loan and e-commerce statistics) and, where an earlier set showed the
same, those: a picture's credit on a line of its own or an agency closing a caption, two agencies of
a dateline, a time or a thing named by what it is before a verb of speech, a party's family name, a
person by the age, an artist's title, Indian honorifics, a tour operator, an amount after a list of
bodies, a word for a firm before its name, a tribunal, a century's ordinal; a company's bare
surplus as its profit, a currency said once for a list, energy a year, "Rs.162". Each row failed
before its rule; guards pass both ways."""

from __future__ import annotations

from pathlib import Path

import pytest

from sco_digital import load_corpus


@pytest.mark.parametrize(("text", "language", "present", "absent"), [
    # read off Handelsblatt: a caption under the title, closed by the agency of its picture
    ("Uralkali\n\nVladislav Baumgertner, Chief Executive Officer von Uralkali, wurde in Weißrussland "
     "festgenommen. dpa\n\nDer Umsatz fiel.\n", "de", {("Uralkali", "company")}, {("dpa", "media")}),
    # read off Russia Beyond: the photographer and the agency on a line of their own, over the lead
    ("Die Russischen Eisenbahnen\n\nVladimir Smirnov/RIA Novosti\nRussland versucht, die Russischen Eisenbahnen "
     "zu reformieren, berichtet die Zeitung Kommersant.\n", "de", {("Kommersant", "media")},
     {("RIA Novosti", "media"), ("Vladimir Smirnov", "person")}),
    # guard: the agency named in a sentence is the story's actor
    ("Die Agentur RIA Novosti meldete am Montag neue Zahlen.\n", "de", {("RIA Novosti", "media")}, set()),
    # guard: "dpa" inside a sentence is no caption's end
    ("Wie dpa berichtet, fiel der Umsatz.\n", "de", {("dpa", "media")}, set()),
    # read off Straits Times: "SHANGHAI (AFP/REUTERS) - China's largest online travel agency …": two
    # agencies of the dateline, no actors of the story
    ("Ctrip to buy Skyscanner\n\nSHANGHAI (AFP/REUTERS) - China's largest online travel agency Ctrip will buy "
     "British flight search firm Skyscanner.\n", "en", {("Skyscanner", "company")}, {("Reuters", "media"), ("Agence France-Presse", "media")}),
    # guard: a photographer after the agency in brackets is no agency
    ("Workers at the port of Lianyungang. (Xinhua/Wu Zhuang)\nThe port grew.\n", "en", set(),
     {("Wu Zhuang", "media"), ("Wu Zhuang", "person")}),
    # read off fvw: "Vergangene Woche berichtete sie darüber, …": a time opens the sentence, no one
    ("Die Zeitung hat den Stein ins Rollen gebracht. Vergangene Woche berichtete sie darüber, dass der Konzern kauft.",
     "de", set(), {("Vergangene Woche", "person")}),
    # read off Tagesspiegel: "…, einem Moskauer Radiosender sagte": a thing named by what it is
    ("Wie die Sprecherin Irina Schtschegolkowa einem Moskauer Radiosender sagte, verloren Kunden Geld.", "de",
     {("Irina Schtschegolkowa", "person")}, {("Moskauer Radiosender", "person")}),
    # read off tip-online (APA): "zwischen Fosun und Bonomi … Der italienische Konkurrent, Andrea Bonomi":
    # a party's family name, the person's, no firm
    ("Das Rennen um Club Med zwischen Fosun und Bonomi geht weiter. Der italienische Konkurrent, Andrea Bonomi, "
     "hat Zeit.", "de", {("Andrea Bonomi", "person")}, {("Bonomi", "company")}),
    # guard: the other party of the two stays a firm
    ("Ein Vertrag zwischen Gazprom und Uzsanoatexport wurde unterzeichnet.", "de",
     {("Uzsanoatexport", "company")}, set()),
    # read off Reise vor9: "vom damals 19-jährigen Ritesh Agarwal gegründet": a person by the age
    ("Das Unternehmen wurde 2013 vom damals 19-jährigen Ritesh Agarwal gegründet.", "de",
     {("Ritesh Agarwal", "person")}, set()),
    ("The firm was founded by the 19-year-old Ritesh Agarwal in 2013.", "en", {("Ritesh Agarwal", "person")}, set()),
    # read off Presseportal: "vom berühmten usbekischen Künstler Bobur Ismoilov gestaltete": an artist
    ("Die vom berühmten usbekischen Künstler Bobur Ismoilov gestaltete Stadt wird gezeigt.", "de",
     {("Bobur Ismoilov", "person")}, set()),
    # read off Free Press Journal: "Vice President M/s Voith, Sh Raj Vidyarthi": an Indian honorific
    ("It was signed by Vice President M/s Voith, Sh Raj Vidyarthi, in Shimla.", "en",
     {("Raj Vidyarthi", "person")}, {("Sh Raj Vidyarthi", "organization")}),
    # read off tip-online (APA): "den französischen Reiseveranstalter Club Med": a tour operator is a firm
    ("Der Reiseveranstalter TUI meldete Zahlen.", "de", {("TUI", "company")}, set()),
    # read off Deccan Herald: "from Robert Bosch Foundation, Rs 225 crore grant by …": an amount, no body
    ("The fund comes after the Rs 140 crore funding from Robert Bosch Foundation, Rs 225 crore grant by others.", "en",
     {("Robert Bosch Foundation", "organization")}, {("Rs", "organization")}),
    # read off Pamir Times: "the Chinese Company CRBC was working on widening of KKH"; globalenergyprize.org:
    # "between the State Corporation Rosatom and Nornickel": what a firm is, no name
    ("He said the Chinese Company CRBC was working. The State Corporation Rosatom will build it.", "en",
     {("Rosatom", "company")}, {("Chinese Company", "company"), ("State Corporation", "company")}),
    # read off BloombergQuint: "the National Company Law Tribunal admitted …": a tribunal is a body
    ("The National Company Law Tribunal admitted the case against the tour operator.", "en",
     {("National Company Law Tribunal", "organization")}, {("National Company", "company")}),
    # read off ZDNet: "Konkret soll Apple Händlern …": an adverb opens the sentence, no firm
    ("Die Behörde FAS hat ihre Ermittlungen gegen Apple abgeschlossen.\n\nKonkret soll Apple Händlern zum "
     "Verkaufsstart der fraglichen iPhone-Modelle Preise vorgegeben haben.", "de", {("Apple", "company")},
     {("Konkret", "company")}),
    # read off Business Standard: "the Alliance of Digital India Foundation"; an alliance "of" or "for"
    # its members is their body, no network of an initiative
    ("The Alliance of Mobile Operators rejected the ruling.", "en",
     {("Alliance of Mobile Operators", "organization")}, set()),
    # read off China.org.cn: "Xiong Bingqi, Vizedirektor des 21st Century Education Research Institute"
    ("Xiong Bingqi of the 21st Century Education Research Institute said so.", "en",
     {("21st Century Education Research Institute", "organization")},
     {("Century Education Research Institute", "organization")}),
])
def test_actors_of_session48_reports(text: str, language: str, present: set[tuple[str, str]],
                                     absent: set[tuple[str, str]]) -> None:
    from sco_digital import analyse_text

    found = {(a["name"], a["kind"]) for a in analyse_text(text, article_id="t", language=language)["actors"]}
    assert present <= found
    assert not absent & found


def _measures(folder: Path, name: str, text: str) -> dict[str, str | None]:
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return {f.text: f.measure for f in load_corpus(folder).figures_in(name)}


@pytest.mark.parametrize(("name", "text", "expected"), [
    # read off mz.de (dpa): "Der Damm soll jährlich 300 Milliarden Kilowattstunden Strom gewinnen": an
    # energy a year, as the labelled sets read a year written with it
    ("d-de", "Der Damm soll jährlich 300 Milliarden Kilowattstunden Strom gewinnen.\n",
     [("300 Milliarden Kilowattstunden", "kWh/yr")]),
    # read off Daryo: "expected to generate over 3bn kWh of electricity annually"
    ("d-en", "These projects are expected to generate over 3bn kWh of electricity annually.\n", [("3bn kWh", "kWh/yr")]),
    # read off battery-news.de: "mit einer anfänglichen Jahreskapazität von fünf Gigawattstunden"
    ("b-de", "Die Fabrik soll mit einer anfänglichen Jahreskapazität von fünf Gigawattstunden starten.\n",
     [("fünf Gigawattstunden", "GWh/yr")]),
    # guard: a year's total with no year written stays an amount
    ("t-en", "In 2024, electricity generation totaled 117.9 billion kWh.\n", [("117.9 billion kWh", "kWh")]),
    # read off MediaNama: "Rs.162 crore in 2019-20": the rupee's abbreviation glued to the amount
    ("r-en", "It got Rs.162 crore in 2019-20 and Rs.5,000 in cash. Yields fell .005 per cent.\n",
     [("Rs.162 crore", "INR"), ("Rs.5,000", "INR"), (".005 per cent", "percent")]),
])
def test_units_of_session48_reports(tmp_path: Path, name: str, text: str, expected: list[tuple[str, str]]) -> None:
    (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    assert [(f.text, f.unit) for f in load_corpus(tmp_path).figures_in(name)] == expected


def test_a_rupee_amount_glued_to_its_abbreviation() -> None:
    from sco_digital.extract.numbers import extract_figures

    assert [(f.text, f.value) for f in extract_figures("It got Rs.162 crore and Rs.5,000.", "en")] == [
        ("Rs.162 crore", 1_620_000_000), ("Rs.5,000", 5000)]


def test_a_currency_said_once_for_a_list(tmp_path: Path) -> None:
    (tmp_path / "c-en.txt").write_text("This included 23.97 trillion in exports, for growth of 10.5%, and 18.1 trillion "
                                       "yuan in imports. China has 1.4 billion in population and 2 billion dollars in "
                                       "reserves.\n", encoding="utf-8")
    units = {f.text: f.unit for f in load_corpus(tmp_path).figures_in("c-en")}
    assert units["23.97 trillion"] == "CNY"
    assert units["1.4 billion"] == "count"  # guard: people, not money


@pytest.mark.parametrize(("name", "text", "expected"), [
    # read off Handelsblatt: "Der Überschuss des russischen Konzerns Uralkali brach im ersten Halbjahr um
    # 53 Prozent auf 397 Millionen Dollar ein": a company's surplus is its profit
    ("u-de", "Der Überschuss des russischen Konzerns Uralkali brach um 53 Prozent auf 397 Millionen Dollar ein.\n",
     {"53 Prozent": "profit:change", "397 Millionen Dollar": "profit"}),
    # read off Handelszeitung (an earlier set): the bank named in the sentence before
    ("v-de", "Unter dem Strich verdiente die staatlich kontrollierte VTB weniger, wie das Institut mitteilte.\n"
     "Der Überschuss fiel auf 400 Millionen Rubel.\n", {"400 Millionen Rubel": "profit"}),
    # read off Süddeutsche Zeitung (an earlier set), Duisport: a firm's year's surplus
    ("d-de", "Der Jahresüberschuss erhöhte sich um 4,3 Prozent auf 12,2 Millionen Euro.\n",
     {"4,3 Prozent": "profit:change", "12,2 Millionen Euro": "profit"}),
    # read off DAS INVESTMENT (an earlier set): a surplus before tax is no tax
    ("o-de", "Im Jahr 1990 erwirtschaftete die Oberbank einen Überschuss vor Steuern von 19,5 Millionen Euro.\n",
     {"19,5 Millionen Euro": "profit"}),
    # guard: a country's surplus stays its trade's, a company's word nearby or not
    ("r-de", "Das Unternehmen meldete Zahlen. Russlands Überschuss stieg auf 13,4 Milliarden Dollar.\n",
     {"13,4 Milliarden Dollar": "trade-surplus"}),
    # read off China Banking News: "23.97 trillion in exports, for YoY growth of 10.5%, and 18.1
    # trillion yuan in imports": the currency said once for the list
    ("l-en", "This included 23.97 trillion in exports, for growth of 10.5%, and 18.1 trillion yuan in imports.\n",
     {"23.97 trillion": "exports", "10.5%": "exports:change", "18.1 trillion yuan": "imports"}),
    # read off TRT World (AFP): "China has announced a 7.2% increase in its defence budget"; a defence
    # budget is military spending, as "Verteidigungshaushalt" and "Wehretat" are
    ("m-en", "China has announced a 7.2% increase in its defence budget.\n", {"7.2%": "military-spending:change"}),
    ("m-de", "China erhöht den Verteidigungshaushalt um 7,2 Prozent. Der Wehretat steigt auf 1,67 Billionen Yuan.\n",
     {"7,2 Prozent": "military-spending:change", "1,67 Billionen Yuan": "military-spending"}),
    # read off Asia-Plus: "the country's external debt-to-GDP ratio reached 35.8 percent": a share of GDP
    ("q-en", "The country's external debt-to-GDP ratio reached 35.8 percent.\n", {"35.8 percent": "share-of-gdp"}),
    ("q-de", "Die Schuldenquote stieg auf 38,5 Prozent.\n", {"38,5 Prozent": "share-of-gdp"}),
    # guard: the debt itself stays debt
    ("e-en", "External debt reached 2.3 billion USD.\n", {"2.3 billion USD": "debt"}),
    # guard: a surplus after trade's words is trade's
    ("t-de", "Die Exporte des Konzerns stiegen. Der Überschuss wuchs auf 5 Milliarden Dollar.\n",
     {"5 Milliarden Dollar": "trade-surplus"}),
])
def test_measures_of_session48_reports(tmp_path: Path, name: str, text: str, expected: dict[str, str | None]) -> None:
    assert _measures(tmp_path, name, text) == expected
