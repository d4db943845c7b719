"""Phenomena read off session 47's labelled sets nobody here wrote (steel, metals, fertiliser and
chemical firms, oil and gas firms, power companies, mining and railway firms; steel, public-finance,
farm and wage statistics): a person whose firm it is, a bank's own name, a given name before a
firm's word, a group's company by the words after its name or in a list of its units, goods that
produce nothing, an adverb opening a sentence, a fund as "Finanzinvestor", what a person is to
someone before the name, initials without dots, an owner's possessive before a firm; the dollar a
passing bracketed country does not settle, "US-$", a year said once for a list of capacities,
"Jahrestonnen", "lac", a price a tonne with a year between, the same change in another unit, a
verb that pays no wages, a budget's bare deficit, salaries by their plural; a supply's end as its
partner, a rank behind another. Each row failed before its rule; guards pass both ways."""

from __future__ import annotations

from pathlib import Path

import pytest

from sco_digital import load_corpus


@pytest.mark.parametrize(("text", "language", "present", "absent"), [
    # read off Der Standard: "Der Konzern von Oligarch Oleg Deripaska präsentierte einen Quartalsgewinn":
    # whose firm it is, a person, no firm named "Oleg Deripaska"
    ("Der Konzern von Oligarch Oleg Deripaska präsentierte einen Quartalsgewinn.", "de",
     {("Oleg Deripaska", "person")}, {("Oleg Deripaska", "company")}),
    # read off Sputnik: "sagt Analyst Dmitri Smolin von der Bank Uralsib": the bank's own name opens with it
    ("Das wäre logisch, sagt Analyst Dmitri Smolin von der Bank Uralsib.", "de", {("Bank Uralsib", "company")},
     {("Uralsib", "company")}),
    # guard: an acronym after "Bank" is the bank's name alone
    ("Die Bank VTB meldete einen Gewinn.", "de", {("VTB", "company")}, {("Bank VTB", "company")}),
    # read off Business Standard: "Deepak Fertilisers is planning to set up a ammonia plant": a given
    # name before a word of firms' names names a firm
    ("Deepak Fertilisers is planning to set up an ammonia plant.", "en", {("Deepak Fertilisers", "company")},
     {("Deepak Fertilisers", "person")}),
    # read off agrarzeitung: "teilte Yara International am Mittwoch mit"; "to Yara International" is no place
    ("Tata Chemicals sold the plant to Yara International.", "en",
     {("Tata Chemicals", "company"), ("Yara International", "company")}, {("Yara International", "place")}),
    # read off Times of Central Asia: "Korea Gas Corporation, Lotte Chemical, Samsung Engineering, Hyundai
    # Engineering, and GS": a group's company by the words after the group's name
    ("A consortium of Korea Gas Corporation, Lotte Chemical, Samsung Engineering, Hyundai Engineering, and GS.", "en",
     {("Samsung Engineering", "company"), ("Hyundai Engineering", "company"), ("Lotte Chemical", "company")},
     {("Samsung", "company"), ("Lotte Chemical", "person")}),
    # guard: the group alone stays the group
    ("Samsung said its profit rose.", "en", {("Samsung", "company")}, set()),
    # read off Sputnik: "Severstal Dearborn, Severstal Columbus, Severstal Sparrows Point": a list of a
    # group's units
    ("Die Beteiligungen bestehen aus drei Betrieben: Severstal Dearborn, Severstal Columbus, Severstal Warren.", "de",
     {("Severstal Dearborn", "company"), ("Severstal Columbus", "company"), ("Severstal Warren", "company")},
     {("Severstal", "company")}),
    # read off AHK Zentralasien: "künftig Ammoniak und Harnstoff produzieren" beside "120.000 Tonnen
    # Ammoniak": goods, no firms
    ("Das Unternehmen will künftig Ammoniak und Harnstoff produzieren. Geplant sind 120.000 Tonnen Ammoniak.", "de",
     set(), {("Ammoniak", "company"), ("Harnstoff", "company")}),
    # read off Energy Brainpool: "Der US-Finanzinvestor Blackstone hat seinen Anteil … verkauft": a fund
    ("Der US-Finanzinvestor Blackstone hat seinen Anteil verkauft.", "de", {("Blackstone", "company")},
     {("Blackstone", "person")}),
    # guard: an investor is a person ("KI-Investor Kai-Fu Lee")
    ("KI-Investor Kai-Fu Lee sagte nichts.", "de", {("Kai-Fu Lee", "person")}, set()),
    # read off TagesWoche: "Hinzu kommen rund 1,6 Milliarden US-Dollar für 42 Jets": an adverb opens
    # the sentence, no firm
    ("Hinzu kommen rund 1,6 Milliarden US-Dollar für 42 Jets.", "de", set(), {("Hinzu", "company")}),
    # read off China.org.cn's German pages: "Der Postbote Wang Hua bereitet … vor"; "der Grundschüler Li
    # Yinting"
    ("Der Postbote Wang Hua bereitet Pakete vor. Jeden Samstag nimmt der Grundschüler Li Yinting Nachhilfe.", "de",
     {("Wang Hua", "person"), ("Li Yinting", "person")}, set()),
    # read off the given names of the generated list: "Weltmeister Günther Netzer", "Consul General of
    # Türkiye in Turkistan İlker Pak" (names written with letters beyond ASCII)
    ("Das bestätigte Günther Netzer am Montag.", "de", {("Günther Netzer", "person")}, set()),
    # read off WirtschaftsWoche: "Auch sein Partner Patrick Puoyanné, Chef des … Energiekonzerns Total,
    # sagte": who he is to the other, then his name
    ("Auch sein Partner Patrick Puoyanné, Chef des Energiekonzerns Total, sagte das.", "de",
     {("Patrick Puoyanné", "person")}, {("Partner Patrick Puoyanné", "person")}),
    # read off Financial Express: "The company CMD Shashi Shanker unfurled": a chairman and managing
    # director's title, no firm
    ("The company CMD Shashi Shanker unfurled the flag.", "en", {("Shashi Shanker", "person")}, {("CMD", "company")}),
    # read off The Hindu BusinessLine: "According to Mr A K Sinha, Director, Finance": initials without dots
    ("According to Mr A K Sinha, Director, Finance, e-auction was a driver.", "en", {("A K Sinha", "person")},
     {("K Sinha", "person")}),
    # read off a Khorgos Gateway release: "CEO of Khorgos Gateway Karl Gheysen informed": the body's last
    # word, then a given name
    ("At the start CEO of Khorgos Gateway Karl Gheysen informed us.", "en", {("Karl Gheysen", "person")},
     {("Gateway Karl Gheysen", "person")}),
    # read off Business Standard: "Rajeev Chandrasekhar's Hindustan Transportation Infrastructure Ltd,
    # Boxtrans Logistics, … and Hind Terminals": the owner, then the firm; a firm's plural word
    ("Five started: Rajeev Chandrasekhar's Hindustan Transportation Infrastructure Ltd, Boxtrans Logistics, and "
     "Hind Terminals.", "en",
     {("Rajeev Chandrasekhar", "person"), ("Hindustan Transportation Infrastructure Ltd", "company"),
      ("Hind Terminals", "company")}, {("Hind Terminals", "person")}),
    # read off TASS: "Chief strategist of the investment company Vector X Maxim Khudalov noted": the
    # firm's name, then its man
    ("Chief strategist of the investment company Vector X Maxim Khudalov noted that it would pay less.", "en",
     {("Maxim Khudalov", "person")}, {("Vector X Maxim Khudalov", "person")}),
])
def test_actors_of_session47_reports(tmp_path: Path, text: str, language: str, present: set[tuple[str, str]],
                                     absent: set[tuple[str, str]]) -> None:
    from sco_digital import analyse_text

    found = {(a["name"], a["kind"]) for a in analyse_text(text, article_id="t", language=language)["actors"]}
    assert present <= found
    assert not absent & found


def _figures(folder: Path, name: str, text: str) -> list[tuple[str, object, str, str | None, str | None]]:
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return [(f.text, f.unit, f.measure, f.subject, f.change) for f in load_corpus(folder).figures_in(name)]


@pytest.mark.parametrize(("name", "text", "expected"), [
    # read off Handelsblatt: a Russian firm's "397 Millionen Dollar" in a story that names Canada once,
    # at its end ("Potash Corp (Kanada)"): the dollar of the world, not Canada's
    ("u-de", "Der Gewinn des russischen Konzerns Uralkali brach um 53 Prozent auf 397 Millionen Dollar ein.\n\n"
     "Konkurrenten sind Mosaic und Potash Corp (Kanada).\n",
     [("53 Prozent", "percent", "profit:change", "russia", "down"), ("397 Millionen Dollar", "USD", "profit", "russia", "down")]),
    # guard: a story about Canada keeps Canada's dollar
    ("c-en", "Canada's exports rose to 60 billion dollars. Canada also imported more, Canada said.\n",
     [("60 billion dollars", "CAD", "exports", "canada", "up")]),
    # read off agrarzeitung: "für 400 Mio. US-$"; "US-$" names no country
    ("y-de", "Yara zahlt der indischen Tata Chemicals 400 Mio. US-$ für das Werk.\n",
     [("400 Mio. US-$", "USD", None, "india", None)]),
    # read off the same: "jährlich 700.000 t Ammoniak und 1,2 Mio. t Harnstoff" (a year said once, before
    # the list); AHK: "120.000 Tonnen Ammoniak und 200.000 Tonnen Harnstoff pro Jahr" (after it);
    # maerkte-weltweit: "800.000 Jahrestonnen"
    ("p-de", "In dem Werk werden jährlich 700.000 t Ammoniak und 1,2 Mio. t Harnstoff produziert. Geplant ist die "
     "Produktion von 120.000 Tonnen Ammoniak und 200.000 Tonnen Harnstoff pro Jahr. Ein Werk mit einer Kapazität "
     "von 800.000 Jahrestonnen wird gebaut.\n",
     [("700.000 t", "t/yr", "output", None, None), ("1,2 Mio. t", "t/yr", "output", None, None),
      ("120.000 Tonnen", "t/yr", "output", None, None), ("200.000 Tonnen Harnstoff pro Jahr", "t/yr", "output", None, None),
      ("800.000 Jahrestonnen", "t/yr", "capacity", None, None)]),
    # read off Times of Central Asia: "The project can annually process 4.5 billion cubic meters of
    # natural gas and produce 3.7 billion cubic meters of marketable gas"
    ("g-en", "The project can annually process 4.5 billion cubic meters of natural gas and produce 3.7 billion "
     "cubic meters of marketable gas.\n",
     [("4.5 billion cubic meters", "m3/yr", None, None, None), ("3.7 billion cubic meters", "m3/yr", None, None, None)]),
    # read off The Hans India: "India's domestic consumption average of 278.5 lac tons": "lac" is the
    # lakh, and sugar consumed is no retail sales
    ("l-en", "With India's domestic consumption average of 278.5 lac tons, supplies are sufficient.\n",
     [("278.5 lac tons", "t", None, "india", None)]),
    # read off Der Standard: "Die Tonne Aluminium kostete Anfang 2017 1850 Dollar": a price a tonne,
    # a year between
    ("a-de", "Die Krise scheint überwunden. Die Tonne Aluminium kostete Anfang 2017 1850 Dollar.\n",
     [("1850 Dollar", "USD/t", None, None, None)]),
    # guard: amounts of two sentences, no year said
    ("h-de", "Die Exporte stiegen auf 5 Mio. t, die Importe sanken auf 3 Mio. t.\n",
     [("5 Mio. t", "t", "exports", None, "up"), ("3 Mio. t", "t", "imports", None, "down")]),
])
def test_figures_of_session47_reports(tmp_path: Path, name: str, text: str, expected: list[tuple[object, ...]]) -> None:
    assert _figures(tmp_path, name, text) == expected


def test_virtually_is_nearly() -> None:
    # read off TASS: "This is virtually 80% of the estimated value of free cash flow"
    from sco_digital.extract.numbers import extract_figures

    assert [(f.text, f.qualifier) for f in extract_figures("This is virtually 80% of the value.", "en")] == \
        [("80%", "nearly")]


@pytest.mark.parametrize(("name", "text", "expected"), [
    # read off Wiener Zeitung: "um 28 Prozent oder 2,5 Billionen Rubel gestiegen": the change again, in money
    ("r-de", "Die Budgeteinnahmen seien um 28 Prozent oder 2,5 Billionen Rubel gestiegen.\n",
     {"28 Prozent": "revenue:change", "2,5 Billionen Rubel": "revenue:change"}),
    # guard: the level a change reached
    ("s-de", "Die Budgeteinnahmen seien um 28 Prozent auf 2,5 Billionen Rubel gestiegen.\n",
     {"28 Prozent": "revenue:change", "2,5 Billionen Rubel": "revenue"}),
    # read off kammer-russland.ru: "Der russische Bundeshaushalt … weist ein deutlich höheres Defizit auf
    # … Damit liegt das Defizit rund 1,9 Bio. Rubel über der bisherigen Planung": the budget's deficit
    ("b-de", "Der russische Bundeshaushalt weist ein höheres Defizit auf. Damit liegt das Defizit bei 1,9 Bio. Rubel.\n",
     {"1,9 Bio. Rubel": "budget-deficit"}),
    # read off GTAI: "Löhne und Gehältern steigen seit einigen Jahren": salaries by their plural
    ("g-de", "Die Gehälter stiegen 2022 um 24 Prozent.\n", {"24 Prozent": "wages:change"}),
    # guard: a deficit after trade's words is trade's
    ("t-en", "The country's exports fell. The deficit widened to $5 billion.\n", {"$5 billion": "trade-deficit"}),
    # read off agrarzeitung's English peers: "will pay US$400 million for the plant": a verb, no wages
    ("w-en", "Yara will pay US$400 million for the plant. Average pay rose to $400 a month.\n",
     {"US$400 million": None, "$400": "wages"}),
])
def test_measures_of_session47_reports(tmp_path: Path, name: str, text: str, expected: dict[str, str | None]) -> None:
    assert {t: m for t, _, m, _, _ in _figures(tmp_path, name, text)} == expected


@pytest.mark.parametrize(("text", "subject"), [
    # read off Wiener Zeitung: "habe die Gaslieferungen nach China … auf 15,5 Milliarden Kubikmeter
    # erhöht": a supply's end is its partner, no subject of its own
    ("Der Konzern habe die Gaslieferungen nach China auf 15,5 Milliarden Kubikmeter erhöht.", None),
    ("Russland hat die Gaslieferungen nach China auf 15,5 Milliarden Kubikmeter erhöht.", "russia>china"),
    # read off bvse: "würde … mit der Gesamtproduktion … von 136,7 Mio. Tonnen hinter China … Platz 2
    # einnehmen": ranked behind, not measured
    ("Die EU würde mit einer Produktion von 136,7 Mio. Tonnen hinter China Platz 2 einnehmen.", "european-union"),
])
def test_subjects_of_session47_reports(tmp_path: Path, text: str, subject: str | None) -> None:
    found = _figures(tmp_path, "q-de", text + "\n")
    assert [s for _, _, _, s, _ in found] == [subject]



def test_a_dateline_below_a_teaser_is_a_credit() -> None:
    # read off Sputnik: a title, a teaser, then "MOSKAU, 17. Dezember (RIA Novosti). Die russische
    # Metallurgieholding …": the agency of the dateline is no actor of the story
    from sco_digital import analyse_text

    text = ("Stahlriese Severstal sucht Käufer für US-Beteiligungen\n\nWirtschaft\n\n"
            + "Die Holding sucht einen Käufer für die Northern Steel Group, berichtet die Zeitung Wedomosti. " * 3
            + "\n\n    MOSKAU, 17. Dezember (RIA Novosti). Die russische Metallurgieholding Severstal sucht einen Käufer.\n")
    names = {a["name"] for a in analyse_text(text, article_id="t", language="de")["actors"]}
    assert "Severstal" in names
    assert "RIA Novosti" not in names
