"""People, organisations and initiatives by pattern, English and German."""

from __future__ import annotations

from pathlib import Path

import pytest
from fuzzing import fuzz
from hypothesis import given, settings
from hypothesis import strategies as st

from sco_digital.extract.entities import FoundEntity, find_entities, slugify

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

# (text, language, name, role, affiliation)
PEOPLE = [
    ("Vice-Minister Xiong Jijun said that China's sector grew.", "en", "Xiong Jijun", "Vice-Minister", None),
    ("Vizeminister Xiong Jijun sagte, Chinas Fortschritte seien groß.", "de", "Xiong Jijun", "Vizeminister", None),
    ("Vice-Minister Xiong said digital talent was trained.", "en", "Xiong", "Vice-Minister", None),
    ("Xiong, the vice-minister, said that talent was trained.", "en", "Xiong", "vice-minister", None),
    ("Xu Chaofeng, director of the ministry's international cooperation department, said that China will strive.",
     "en", "Xu Chaofeng", "director of the ministry's international cooperation department", None),
    ("Xu Chaofeng, Direktor der Abteilung für internationale Zusammenarbeit des Ministeriums, sagte, das "
     "Ministerium werde",
     "de", "Xu Chaofeng", "Direktor der Abteilung für internationale Zusammenarbeit des Ministeriums", None),
    ("Es geht nicht nur um Technologie, sagte Hermano Tercius, Sekretär für Telekommunikation im brasilianischen "
     "Kommunikationsministerium, und fügte hinzu", "de", "Hermano Tercius",
     "Sekretär für Telekommunikation im brasilianischen Kommunikationsministerium",
     "brasilianischen Kommunikationsministerium"),
    ("Die Initiative wird helfen, so Lucero Carreón, stellvertretender Vorsitzender der bilateralen Unternehmergruppe "
     "Mexiko-China beim mexikanischen Rat für Außenhandel, Investitionen und Technologie.", "de", "Lucero Carreón",
     "stellvertretender Vorsitzender der bilateralen Unternehmergruppe Mexiko-China beim mexikanischen Rat für "
     "Außenhandel, Investitionen und Technologie", "Unternehmergruppe Mexiko-China"),
    ("Das Ziel ist es, sagte Ben Sassi, Generaldirektor der Handelskammer Warschau in Polen.", "de", "Ben Sassi",
     "Generaldirektor der Handelskammer Warschau in Polen", "Handelskammer Warschau"),
    ("Zhao Yongsheng, Leiter des Tiexi-Distrikts in Shenyang, berichtete über die Erfahrungen.", "de",
     "Zhao Yongsheng", "Leiter des Tiexi-Distrikts in Shenyang", None),
    # speakers without a role, in both word orders; titles keep their modifiers
    ("Uzbekistan’s economy grew, Shavkat Mirziyoyev said at the forum.", "en", "Shavkat Mirziyoyev", None, None),
    ("Trade exceeded 10.8 trillion tenge, stated Kassym-Jomart Tokayev.", "en", "Kassym-Jomart Tokayev", None, None),
    ("First Deputy Prime Minister Nikolai Snopkov said at a meeting", "en", "Nikolai Snopkov",
     "First Deputy Prime Minister", None),
    ("Kazakhstan’s Energy Minister Kanat Bozumbayev told the meeting", "en", "Kanat Bozumbayev", "Energy Minister",
     None),
    ("Der kasachische Energieminister Almassadam Satkalijew sagte am Montag", "de", "Almassadam Satkalijew",
     "kasachische Energieminister", None),
    ("\"Our expectations have not been met,\" OA chief Eckhard Cordes said in Berlin.", "en", "Eckhard Cordes", "chief",
     None),
    ("die Putin und der türkische Präsident Recep Tayyip Erdogan im Jänner eröffnen", "de", "Recep Tayyip Erdogan",
     "türkische Präsident", None),
    ("Präsident Wladimir Putin und Chinas Staats- und Parteichef Xi Jinping sollen", "de", "Xi Jinping",
     "Staats- und Parteichef", None),
    ("Im vergangenen Monat äußerte sich der EU-Handelsbeauftragte Maros Sefcovic dazu.", "de", "Maros Sefcovic",
     "EU-Handelsbeauftragte", "EU"),
    # a hyphenated title names whose title it is: "<Firma>-Chef <Name>"
    ("Schon vor zwei Wochen hatte Sberbank-Chef Herman Gref erklärt, dass", "de", "Herman Gref",
     "Sberbank-Chef", "Sberbank"),
    ("Das bestätigte Siemens-Vorstandschef Roland Busch am Montag.", "de", "Roland Busch",
     "Siemens-Vorstandschef", "Siemens"),
    ("Das sagte Ex-Präsident Joachim Gauck am Montag.", "de", "Joachim Gauck", "Ex-Präsident", None),
    # a title, a genitive saying whose, the name in commas
    ("Der Präsident Usbekistans, Shavkat Mirziyoyev, hat 42 Projekte gestartet.", "de", "Shavkat Mirziyoyev",
     "Präsident", None),
    ("Die Ministerin Kasachstans, Aida Balajewa, sagte am Montag", "de", "Aida Balajewa", "Ministerin", None),
    # one word that speaks a quotation is a person's family name
    ("“We want to bring home the benefits for working people,” Starmer said.", "en", "Starmer", None, None),
    ("„Wir wollen mehr Handel mit China“, sagte Scholz.", "de", "Scholz", None, None),
    ("Der stellvertretende Ministerpräsident Alexander Nowak sagte", "de", "Alexander Nowak",
     "stellvertretende Ministerpräsident", None),
    ("Premierminister Karim Massimow erklärte, dass", "de", "Karim Massimow", "Premierminister", None),
    ("Eine Reise sei geplant, sagte Peskow.", "de", "Peskow", None, None),
    ("As stated by the Secretary General of the Shanghai Cooperation Organization, Yermekbayev, only cooperation "
     "helps.",
     "en", "Yermekbayev", "Secretary General of the Shanghai Cooperation Organization",
     "Shanghai Cooperation Organization"),
    ("Der Generalsekretär der SOZ, Nurlan Yermekbayev, betonte die Bedeutung.", "de", "Nurlan Yermekbayev",
     "Generalsekretär der SOZ", "SOZ"),
    ("\n\nBy He Yin, People's Daily Themed \"Intelligence Converges\"", "en", "He Yin", "reporter", "People's Daily"),
    ("08:20, August 29, 2025 By YAN DONGJIE ( Chinadaily.com.cn\n", "en", "Yan Dongjie", "reporter",
     "Chinadaily.com.cn"),
    ("\"Cooperation is key,\" said Li Wei, a researcher at the Chinese Academy of Social Sciences.", "en", "Li Wei",
     "researcher at the Chinese Academy of Social Sciences", "Chinese Academy of Social Sciences"),
    ("According to Wang Ming, deputy director of the Digital Economy Research Center, the number rose.", "en",
     "Wang Ming", "deputy director of the Digital Economy Research Center", "Digital Economy Research Center"),
    ("Russian Deputy Prime Minister Alexei Overchuk told reporters that talks went well.", "en", "Alexei Overchuk",
     "Deputy Prime Minister", None),
    ("Minister of Industry and Information Technology Li Lecheng attended.", "en", "Li Lecheng",
     "Minister of Industry and Information Technology", None),
    ("Foreign Ministry spokesperson Mao Ning said on Monday.", "en", "Mao Ning", "spokesperson", None),
    ("Chinas Staatspräsident Xi Jinping nahm am Gipfeltreffen teil.", "de", "Xi Jinping", "Staatspräsident", None),
    ("Laut Li Qiang, Ministerpräsident Chinas, sei die Initiative ein Erfolg.", "de", "Li Qiang",
     "Ministerpräsident Chinas", None),
    ("Mr. Zhang said the bank is under discussion.", "en", "Zhang", None, None),
]

# (text, language, name, kind)
NAMED = [
    ("At the 2025 SCO Digital Economy Forum held in Tianjin recently", "en", "2025 SCO Digital Economy Forum", "forum"),
    ("a banner of the Shanghai Cooperation Organization (SCO) Summit 2025 on an overpass", "en",
     "Shanghai Cooperation Organization (SCO) Summit 2025", "summit"),
    ("a banner of the Shanghai Cooperation Organization (SCO) Summit 2025 on an overpass", "en",
     "Shanghai Cooperation Organization", "organization"),
    ("the first media briefing of the SCO Summit 2025, which is", "en", "SCO Summit 2025", "summit"),
    ("the Ministry of Industry and Information Technology said on Thursday", "en",
     "Ministry of Industry and Information Technology", "organization"),
    ("the China-SCO AI Cooperation Forum was held in north China's Tianjin", "en", "China-SCO AI Cooperation Forum",
     "forum"),
    ("China also launched the AI Capacity-Building Action Plan for Good and for Al and initiated", "en",
     "AI Capacity-Building Action Plan for Good and for Al", "plan"),
    ("and initiated the Group of Friends for International Cooperation on AI Capacity-Building.", "en",
     "Group of Friends for International Cooperation on AI Capacity-Building", "network"),
    ("Recently, the second AI Capacity Building Workshop was held in Beijing", "en", "AI Capacity Building Workshop",
     "facility"),
    ("In 2024, the 78th UN General Assembly adopted", "en", "UN General Assembly", "organization"),
    ("the Belt and Road Forum for International Cooperation were discussed", "en",
     "Belt and Road Forum for International Cooperation", "forum"),
    ("The China-SCO Big Data Cooperation Center in Qingdao opened", "en", "China-SCO Big Data Cooperation Center",
     "facility"),
    ("By He Yin, People's Daily", "en", "People's Daily", "media"),
    ("Die Exchange-Konferenz 2025 zur integrierten Entwicklung", "de", "Exchange-Konferenz 2025", "conference"),
    ("Als Hauptforum der „2025 Global Industrial Internet Conference\", die am selben Tag", "de",
     "2025 Global Industrial Internet Conference", "conference"),
    ("Die „Belt and Road Initiative (BRI)\" wird mehr Entwicklungsländer unterstützen", "de",
     "Belt and Road Initiative", "programme"),
    ("Das initiierte Austauschprogramm „Global Smart Tour\" für industrielle Internetunternehmen", "de",
     "Global Smart Tour", "programme"),
    ("wie das Ministerium für Industrie und Informationstechnologie am Donnerstag mitteilte", "de",
     "Ministerium für Industrie und Informationstechnologie", "organization"),
    ("mit den Ländern der Shanghaier Organisation für Zusammenarbeit (SCO) in Bereichen", "de",
     "Shanghaier Organisation für Zusammenarbeit", "organization"),
    ("im Vorfeld des SCO-Gipfels 2025, der bald in Tianjin stattfinden wird", "de", "SCO-Gipfel 2025", "summit"),
    ("beim mexikanischen Rat für Außenhandel, Investitionen und Technologie.", "de",
     "Rat für Außenhandel, Investitionen und Technologie", "organization"),
    ("Generaldirektor der Handelskammer Warschau in Polen.", "de", "Handelskammer Warschau", "organization"),
    # ... but not into the next item of a list, a body with a head of its own
    ("It was organized by the Development Agency of Uzbekistan, and Neo Institute of Medical Sciences.", "en",
     "Development Agency of Uzbekistan", "organization"),
    ("Beteiligt waren die Agentur für Investitionen Kasachstans, und die Nationalbank Kasachstans.", "de",
     "Agentur für Investitionen Kasachstans", "organization"),
    # organisations and companies: name patterns, what the text calls them, German compounds folded
    ("data released by the General Administration of Customs of China on June 15.", "en",
     "General Administration of Customs of China", "organization"),
    ("an agreement with the Uzbek Ministry of Energy and Ministry of Investments, Industry and Trade (MIIT) to",
     "en", "Ministry of Investments, Industry and Trade", "organization"),
    ("an agreement with the Uzbek Ministry of Energy and Ministry of Investments, Industry and Trade (MIIT) to",
     "en", "Uzbek Ministry of Energy", "organization"),
    ("the World Bank and the Asian Development Bank agreed", "en", "Asian Development Bank", "organization"),
    ("The United Arab Emirates’ renewable company Masdar has signed", "en", "Masdar", "company"),
    ("with the Saudi Arabian energy group ACWA Power to develop", "en", "ACWA Power", "company"),
    ("Der russische Staatskonzern Gazprom hatte die Kosten", "de", "Gazprom", "company"),
    ("Nach Daten der Marktforschungsfirma Gartner ist der Absatz gestiegen", "de", "Gartner", "company"),
    ("berichtet die Moskauer Wirtschaftszeitung \"Wedomosti\". Im Vergleich", "de", "Wedomosti", "media"),
    ("wie das Statistikamt am Donnerstag mitteilte", "de", "Statistikamt", "organization"),
    ("Nach den Angaben des kasachischen Landwirtschaftsministeriums ernteten", "de", "kasachisches Landwirtschaftsministerium",
     "organization"),
    ("Daten der Allgemeinen Zollverwaltung zeigten", "de", "Allgemeine Zollverwaltung", "organization"),
    ("Der Bundesbank zufolge hat Indien aufgeholt", "de", "Bundesbank", "organization"),
    ("Das Auswärtige Amt rät von Reisen ab.", "de", "Auswärtige Amt", "organization"),
    ("Nach Angaben des Auswärtigen Amtes reisten", "de", "Auswärtige Amt", "organization"),
    # an acronym in brackets spelled by the words before it, when the last of them is a head word
    ("/Kazakhstan today/ - Asian development bank (ADB) forecasts decrease", "en", "Asian development bank",
     "organization"),
    # the agency's name, without the word that says what it is
    ("Das von der Nachrichtenagentur Xinhua initiierte Programm", "de", "Xinhua", "media"),
    ("Die Weltinternetkonferenz 2025 findet in Wuzhen statt.", "de", "Weltinternetkonferenz 2025", "conference"),
    ("Das Projekt „Digitale Seidenstraße“ wurde vorgestellt.", "de", "Digitale Seidenstraße", "project"),
    ("Zhao berichtete über die Transformation im Tiexi-Distrikt.", "de", "Tiexi-Distrikt", "place"),
    ("An einer Überführung in Tianjin hängt ein Werbeslogan.", "de", "Tianjin", "place"),
    ("fand am 6. September in Shenyang in der nordöstlichen chinesischen Provinz Liaoning statt", "de",
     "Liaoning", "place"),
    ("At a photovoltaic power facility in Samarkand, Uzbekistan, a Chinese enterprise", "en", "Samarkand", "place"),
    # after an article, a word that opens sentences ("Statistics") opens the name
    ("According to the Statistics Agency of Uzbekistan, exports increased.", "en",
     "Statistics Agency of Uzbekistan", "organization"),
    ("Nach Angaben der Statistics Agency of Uzbekistan stiegen die Exporte.", "de",
     "Statistics Agency of Uzbekistan", "organization"),
    # a name before a verb that opens a company's name in the same text is that brand, not a person
    ("Reliance Jio figures were part of Reliance Industries Limited results. Reliance Jio reported growth.", "en",
     "Reliance Jio", "company"),
    ("Die Zahlen stammen von der Reliance Industries Limited. Reliance Jio berichtete ein Wachstum.", "de",
     "Reliance Jio", "company"),
    # a centre named for what it works on is an institution
    ("die das Zentrum für Sonnenenergie- und Wasserstoff-Forschung Baden-Württemberg (ZSW) erstellt hat", "de",
     "Zentrum für Sonnenenergie- und Wasserstoff-Forschung Baden-Württemberg", "organization"),
    ("said a fellow at the Center for Strategic and International Studies in Washington", "en",
     "Center for Strategic and International Studies", "organization"),
    ("Das Zentrum für Osteuropastudien in Bremen", "de", "Zentrum für Osteuropastudien", "organization"),
    # an organisation compound after a genitive saying whose it is
    ("Die Exporte sanken, berichtete Chinas Zollverwaltung in Peking.", "de", "Zollverwaltung", "organization"),
    ("Russlands Zentralbank senkte den Leitzins.", "de", "Zentralbank", "organization"),
    # brands and services by the shape of their one word
    ("Yandex kommt auf 62 Prozent (nach Zählung von LiveInternet).", "de", "LiveInternet", "company"),
    ("Yandex hatte die Übernahme des Online-Automarktplatzes Auto.ru angekündigt.", "de", "Auto.ru", "company"),
    ("Revenue grew 32 percent (and excluding Yandex.Money 35 percent).", "en", "Yandex.Money", "company"),
    ("AstraZeneca said it would invest in the plant.", "en", "AstraZeneca", "company"),
]

# (text, language): nothing that is a person, organisation or initiative
NOTHING = [
    ("Kazakhstan, the current chair of the SCO, said it would host talks.", "en"),
    ("He said that the ministry will encourage and support industry collaboration.", "en"),
    ("Xiong noted that China's digital technologies have developed rapidly.", "en"),
    ("The Forum was held recently. At the forum, China proposed a four-point plan.", "en"),
    ("He made the remarks at a press conference; the China-Pakistan smart agricultural project helps.", "en"),
    ("Diese Äußerungen machte er auf einer Pressekonferenz im Vorfeld.", "de"),
    ("Das Ministerium werde den SCO-Ländern dabei helfen.", "de"),
    ("Die Konferenz stand unter dem Motto „Intelligente Industrie für globale Vernetzung\".", "de"),
    ("Themed \"Intelligence Converges in China, Wisdom Benefits SCO,\" the event", "en"),
    ("an intangible \"digital divide\" and the \"Shanghai Spirit\"", "en"),
    ("In Bereichen wie Gesundheit und in Zukunft wird investiert.", "de"),
    ("Xiong zufolge hätten sich Chinas Technologien schnell entwickelt.", "de"),
    ("Statistics from the ministry showed growth. Experts from SCO member states noted", "en"),
    ("Von Anfang an war klar, dass", "de"),
    ("Als Hauptforum der Veranstaltung nahmen 300 Vertreter teil.", "de"),
    # months, weekdays and bare descriptors name nothing; one word before a verb is no person alone
    ("Exports rose in Aug and Sept, officials reported.", "en"),
    ("The company said on Monday that the group was awarded a contract.", "en"),
    ("Die Ratingagentur verwies darauf, dass die Lage angespannt sei.", "de"),
    ("Die kasachische Regierung will zur Inflationssteuerung übergehen.", "de"),
    ("Der Zerfall der Sowjetunion und die Datenbank des Amtes", "de"),
    ("The gross domestic product (GDP) and the consumer price index (CPI) rose.", "en"),
    ("Im Mai sagte die Behörde, am Montag werde entschieden.", "de"),
    ("Die Sberbank-Chefs haben am Montag entschieden.", "de"),
    ("Chinas Verwaltung meldet Zahlen, die Kammer schweigt.", "de"),
    ("“It grew,” Ministry said. “It fell,” Statistics said.", "en"),
    ("„Es wächst“, sagte Konzern.", "de"),
    # words run together, an alias in brackets, a person's name: no brand
    ("Das Retailgeschäft wuchs um 3,5 Prozent.ProzentSchon vor zwei Wochen hatte er es gesagt.", "de"),
    ("Die Exporte stiegen im Jahr.Das war schon gut.", "de"),
    ("the start of the pipeline Turkish Stream (TurkStream), which opened", "en"),
    ("Exports rose in the year.The growth was strong, it is schon so.", "en"),
]


def _people(found: list[FoundEntity]) -> list[tuple[str, str | None, str | None]]:
    return [(e.name, e.role, e.affiliation) for e in found if e.kind == "person"]


@pytest.mark.parametrize(("text", "language", "name", "role", "affiliation"), PEOPLE, ids=[p[2] for p in PEOPLE])
def test_people_by_role(text: str, language: str, name: str, role: str | None, affiliation: str | None) -> None:
    found = find_entities(text, language)
    assert (name, role, affiliation) in _people(found)
    assert all(e.category == "actor" for e in found if e.kind == "person")


@pytest.mark.parametrize(("text", "language", "name", "kind"), NAMED, ids=[n[2] for n in NAMED])
def test_named_things(text: str, language: str, name: str, kind: str) -> None:
    found = find_entities(text, language)
    assert (name, kind) in [(e.name, e.kind) for e in found]
    for entity in found:
        expected = "actor" if entity.kind in ("person", "organization", "place", "company", "media") else "initiative"
        assert entity.category == expected


@pytest.mark.parametrize(("text", "language"), NOTHING, ids=[n[0][:40] for n in NOTHING])
def test_nothing_named(text: str, language: str) -> None:
    found = [e for e in find_entities(text, language) if e.kind != "place"]
    assert found == []


def test_quoted_name_keeps_its_acronym_in_the_text() -> None:
    text = "Die „Belt and Road Initiative (BRI)\" wird"
    (entity,) = [e for e in find_entities(text, "de") if e.kind == "programme"]
    assert entity.text == "Belt and Road Initiative (BRI)" and entity.name == "Belt and Road Initiative"


def test_language_none_reads_both() -> None:
    text = "Vice-Minister Xiong Jijun said so. Zhao Yongsheng, Leiter des Tiexi-Distrikts, berichtete."
    assert [name for name, _, _ in _people(find_entities(text))] == ["Xiong Jijun", "Zhao Yongsheng"]


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Xiong Jijun", "xiong-jijun"),
        ("Zhao Yongsheng", "zhao-yongsheng"),
        ("Lucero Carreón", "lucero-carreon"),
        ("Müller Straße", "mueller-strasse"),
        ("Größe Ärger Öl", "groesse-aerger-oel"),
        ("2025 SCO Digital Economy Forum", "2025-sco-digital-economy-forum"),
        ("People's Daily", "people-s-daily"),
    ],
)
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug


# -- the built-in articles


def _article(article_id: str) -> str:
    return next(CORPUS.glob(f"{article_id}_*.txt")).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("article", "language", "expected"),
    [
        ("000", "de", [("Xiong Jijun", "Vizeminister"), ("Xu Chaofeng",
                       "Direktor der Abteilung für internationale Zusammenarbeit des Ministeriums")]),
        ("001", "en", [("Yan Dongjie", "reporter"), ("Xiong Jijun", "Vice-Minister"),
                       ("Xu Chaofeng", "director of the ministry's international cooperation department")]),
        ("002", "de", [("Hermano Tercius",
                        "Sekretär für Telekommunikation im brasilianischen Kommunikationsministerium"),
                       ("Ben Sassi", "Generaldirektor der Handelskammer Warschau in Polen"),
                       ("Zhao Yongsheng", "Leiter des Tiexi-Distrikts in Shenyang")]),
        ("003", "en", [("Yermekbayev", "Secretary General of the Shanghai Cooperation Organization")]),
        ("004", "en", [("He Yin", "reporter")]),
    ],
)
def test_corpus_people(article: str, language: str, expected: list[tuple[str, str]]) -> None:
    found = find_entities(_article(article), language)
    people = {(e.name, e.role) for e in found if e.kind == "person"}
    assert set(expected) <= people
    full_names = {name for name, _ in expected} | {"Lucero Carreón", "Xiong", "Xu", "Zhao"}  # short forms as written
    assert {name for name, _ in people} <= full_names  # no stray "people"


def test_corpus_initiatives() -> None:
    names = {(e.name, e.kind) for a, lang in (("001", "en"), ("002", "de"), ("003", "en"), ("004", "en"))
             for e in find_entities(_article(a), lang)}
    assert {
        ("SCO Summit 2025", "summit"),
        ("Exchange-Konferenz 2025", "conference"),
        ("Global Smart Tour", "programme"),
        ("2025 SCO Digital Economy Forum", "forum"),
        ("China-SCO AI Cooperation Forum", "forum"),
        ("Group of Friends for International Cooperation on AI Capacity-Building", "network"),
    } <= names


# -- properties


_FRAGMENTS = st.sampled_from(
    [
        "Vice-Minister", "Xiong", "Jijun", ",", "director of", "the", "ministry's", "said", "sagte", "Direktor",
        "der", "Abteilung", "für", "Forum", "Konferenz", "SCO-Gipfels", "2025", "„", "\"", "“", "By", "YAN",
        "DONGJIE", "(", ")", "(SCO)", "Ministry", "of", "and", "Group", "Friends", "in", "Tianjin", ".", "\n",
        "Carreón", "so", "Leiter", "des", "Tiexi-Distrikts", "Handelskammer", "Warschau", "Secretary", "General",
        "Müller", "Initiative", "Programm", "Austauschprogramm",
    ]
)


@settings(max_examples=fuzz(300))
@given(words=st.lists(_FRAGMENTS, max_size=30), language=st.sampled_from(["en", "de", None, "fr"]))
def test_entity_words_never_raise_and_slice_back(words: list[str], language: str | None) -> None:
    text = " ".join(words)
    _check_found(text, find_entities(text, language))


@settings(max_examples=fuzz(200))
@given(text=st.text(max_size=300))
def test_arbitrary_text_never_raises(text: str) -> None:
    _check_found(text, find_entities(text))


def _check_found(text: str, found: list[FoundEntity]) -> None:
    assert found == sorted(found, key=lambda e: (e.start, e.end, e.kind))
    for entity in found:
        assert text[entity.start : entity.end] == entity.text and entity.text.strip() == entity.text
        assert entity.name and entity.category in ("actor", "initiative")
        if entity.kind != "person":
            assert entity.role is None and entity.affiliation is None
    assert slugify(text) == slugify(text) and slugify(text)


def test_one_person_one_span() -> None:
    """A title and a verb of speech around one name give one person, with the title's role."""
    found = find_entities("Vice-Minister Xiong Jijun said that talent was trained.", "en")
    assert _people(found) == [("Xiong Jijun", "Vice-Minister", None)]


def test_long_text_without_sentence_breaks_is_linear() -> None:
    """1 MB with no sentence break is not slower per byte than 100 KB of it (generous bound)."""
    import time

    unit = ("die Zentralbank , sagte Anton Siluanow , Finanzminister der Regierung , und der Staatskonzern "
            "Gazprom , the company Masdar , Vice-Minister Xiong Jijun said , ")
    small, large = unit * (100_000 // len(unit)), unit * (1_000_000 // len(unit))
    timings = []
    for text in (small, large):
        start = time.process_time()
        find_entities(text, None)
        timings.append((time.process_time() - start) / len(text))
    assert timings[1] < 3 * timings[0] + 1e-6


def test_every_word_list_has_its_namesake_in_the_other_language() -> None:
    """`lang/en.py` and `lang/de.py` fill the same constants, so a third language knows what to give."""
    from sco_digital.extract.lang import de, en

    def constants(module: object) -> set[str]:
        return {name for name in vars(module) if name.isupper()}

    assert constants(en) == constants(de)
    for name in constants(en):
        assert type(getattr(en, name)) is type(getattr(de, name)), name
