"""People named after their title, office and a comma ("the Minister of Trade of the Republic of
Moldova, Pavel Orlov,"), English and German, and the sentences that must yield no person there: a
list of titled people, a portfolio listed with commas. Companies after a legal form written before
their name ("OAO MAZ", 'LLC "…"'), a title-case headline's verb after a body's name, a source's
name inside a compound ("laut Weltbank-Daten"), a subsidiary in a list ("…, Beeline Kazakhstan,")."""

from __future__ import annotations

from pathlib import Path

import pytest

from sco_digital import load_corpus

from sco_digital.extract.entities import find_entities

# (text, language, name, role): the role as written from its title to the comma
OFFICE_THEN_NAME = [
    ("On Monday the Minister of Foreign Affairs of the Republic of Moldova, Pavel Orlov, met the press.", "en",
     "Pavel Orlov", "Minister of Foreign Affairs of the Republic of Moldova"),
    ("He spoke with Georgia’s Ambassador to Japan, Irakli Beridze.", "en", "Irakli Beridze", "Ambassador to Japan"),
    ("The Minister of Digital Development, Innovations, and Aerospace Industry of Mongolia, Bat Erdene, spoke.",
     "en", "Bat Erdene", "Minister of Digital Development, Innovations, and Aerospace Industry of Mongolia"),
    ("They met the Deputy Prime Minister and the Minister of Energy of the Republic of Serbia, Dusan Petrovic.",
     "en", "Dusan Petrovic", "Deputy Prime Minister and the Minister of Energy of the Republic of Serbia"),
    ("Das Abkommen unterzeichneten Georgiens Minister für Verkehr, Irakli Beridse, und andere.", "de",
     "Irakli Beridse", "Minister für Verkehr"),
    ("Anwesend war Serbiens Minister für Straßen und Stadtentwicklung, Dusan Petrovic.", "de",
     "Dusan Petrovic", "Minister für Straßen und Stadtentwicklung"),
    # a plural title: every name of the list after it holds the office
    ("Am Montag trafen sich die Premierminister Georgiens und Serbiens, Irakli Beridse und Dusan Petrovic, in Wien.",
     "de", "Dusan Petrovic", "Premierminister Georgiens und Serbiens"),
]

# (text, language): no person after the comma
NO_PERSON_AFTER_OFFICE = [
    ("The Minister of Trade, Economy and Planning was not present.", "en"),
    ("The report of the Minister of Energy, Minerals and Mining, was delayed.", "en"),
    ("Die Konferenz des Ministers für Verkehr, Bau und Wohnen fand statt.", "de"),
    ("Der Minister für Verkehr, Bau Stadtentwicklung, sprach nicht.", "de"),
    ("The Minister of Finance, Deutsche Bank and others met on Monday.", "en"),
]


def _people(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(e.name, e.role) for e in find_entities(text, language) if e.kind == "person"]


@pytest.mark.parametrize(("text", "language", "name", "role"), OFFICE_THEN_NAME,
                         ids=[f"{c[2]}-{c[1]}" for c in OFFICE_THEN_NAME])
def test_a_title_its_office_a_comma_and_the_holder(text: str, language: str, name: str, role: str) -> None:
    assert (name, role) in _people(text, language)


def test_a_list_of_titled_people_gives_each_own_office() -> None:
    text = "Present were the Minister of Energy Ali Raza and the Minister of Trade, Ahmed Khan."
    people = _people(text, "en")
    assert ("Ahmed Khan", "Minister of Trade") in people
    assert not any(name == "Ahmed Khan" and "Ali Raza" in (role or "") for name, role in people)


@pytest.mark.parametrize(("text", "language"), NO_PERSON_AFTER_OFFICE)
def test_no_person_after_an_office(text: str, language: str) -> None:
    assert _people(text, language) == []


# (text, language, name as written and named)
LEGAL_FORM_COMPANIES = [
    ("Die Zusammenarbeit zwischen der OAO GRODNO und der AO Uzkimyo wird fortgesetzt.", "de", "OAO GRODNO"),
    ("Die Zusammenarbeit zwischen der OAO GRODNO und der AO Uzkimyo wird fortgesetzt.", "de", "AO Uzkimyo"),
    ("Ein Werk entstand - JV BELAZ-ASIA (Gründer von Belaz).", "de", "JV BELAZ-ASIA"),
    ("A supply deal was signed with OOO TECHNO GROUP on Monday.", "en", "OOO TECHNO GROUP"),
    ('Cabins are made at LLP "Tractor Assembly Plant Kostanai", opened in May.', "en",
     "Tractor Assembly Plant Kostanai"),
    ('A joint venture with LLC "Caspian Telecom" was set up.', "en", "Caspian Telecom"),
    # a limited partnership's form is one with its partner's; a describing compound is no word of the name
    ("Die SHS – Stahl-Holding-Saar GmbH & Co. KGaA unterzeichnete.", "de", "Stahl-Holding-Saar GmbH & Co. KGaA"),
    ("Das sagte der Direktor des Staatsfonds Samaruk-Kasina AG am Montag.", "de", "Samaruk-Kasina AG"),
    ("Der Energiekonzern Uniper SE meldete Verluste.", "de", "Uniper SE"),
    ("Der Chef des Energiekonzerns Uniper SE sprach.", "de", "Uniper SE"),
    ("It will work with Chinese Deep Blue Industry Co., LTD and the ministry.", "en", "Deep Blue Industry Co., LTD"),
    ("Er ist Geschäftsführer des Mineralölverarbeitungsunternehmens Rosneft Deutschland GmbH.", "de",
     "Rosneft Deutschland GmbH"),
    ("Die Commerzbank AG meldete Gewinne.", "de", "Commerzbank AG"),
    ("Die internationale Clearing-Depotbank Euroclear hält 200 Milliarden Euro.", "de", "Euroclear"),
    # a body's head before "of" opens the company's name its legal form closes
    ("The deal was signed with Bank of Punjab Ltd on Monday.", "en", "Bank of Punjab Ltd"),
    ("It hired Institute of Space Technology Pvt Ltd for the work.", "en", "Institute of Space Technology Pvt Ltd"),
    ("The CEO of Engro Fertilizers Ltd spoke.", "en", "Engro Fertilizers Ltd"),  # an office is no body's head
    ("Die Gesellschaft für Technische Zusammenarbeit GmbH half.", "de", "Gesellschaft für Technische Zusammenarbeit GmbH"),
]

# (text, language): no company after a legal form
NO_LEGAL_FORM_COMPANY = [
    ("It was too late for the talks, they said.", "en"),
    ("The JV was set up in 2021 with a capital of $12 million.", "en"),
    ("Das AO wurde nicht erwähnt.", "de"),
]


def _companies(text: str, language: str) -> list[str]:
    return [e.name for e in find_entities(text, language) if e.kind == "company"]


@pytest.mark.parametrize(("text", "language", "name"), LEGAL_FORM_COMPANIES,
                         ids=[c[2] for c in LEGAL_FORM_COMPANIES])
def test_a_company_after_its_legal_form(text: str, language: str, name: str) -> None:
    assert name in _companies(text, language)


@pytest.mark.parametrize(("text", "language"), NO_LEGAL_FORM_COMPANY)
def test_a_legal_form_alone_names_no_company(text: str, language: str) -> None:
    assert _companies(text, language) == []


@pytest.mark.parametrize(("text", "language", "name"), [
    ('In particular, OJSC "BELAZ" and WEICHAI HOLDING GROUP signed a memorandum.', "en", "WEICHAI HOLDING GROUP"),
    ("Der Vertrag mit der SINOTRUK GROUP wurde am Montag unterzeichnet.", "de", "SINOTRUK GROUP"),
    ("The loan came from the HALYK BANK on Friday.", "en", "HALYK BANK"),
])
def test_a_head_in_capitals_ends_a_name_in_capitals(text: str, language: str, name: str) -> None:
    assert name in [e.name for e in find_entities(text, language) if e.kind in ("company", "organization")]


@pytest.mark.parametrize(("text", "name"), [
    ("Senior officials from the Ministry of Railways attended the talks.", "Ministry of Railways"),
    ("The Ministry of Railways said on Monday it agreed.", "Ministry of Railways"),
])
def test_a_ministry_for_a_sector_is_the_whole_name(text: str, name: str) -> None:
    found = [(e.name, e.kind) for e in find_entities(text, "en")]
    assert (name, "organization") in found and not any(kind == "company" for _, kind in found)


@pytest.mark.parametrize(("text", "language"), [
    ("BREAKING NEWS: the talks ended late on Friday.", "en"),  # a medium's head word in capitals is no name
    ("The GROUP met again on Friday.", "en"),  # a head word alone
])
def test_capitals_without_a_company_head_name_no_body(text: str, language: str) -> None:
    assert [e.name for e in find_entities(text, language) if e.kind in ("company", "organization", "media")] == []


@pytest.mark.parametrize(("text", "language", "name"), [
    ("The Second Session of the Council of Ministers of Energy of Caspian Countries Held in Baku\nText.", "en",
     "Council of Ministers of Energy of Caspian Countries"),
    ("Annual Meeting of the Eurasian Development Bank Held in Almaty\nText.", "en", "Eurasian Development Bank"),
    ("Eurasian Development Bank Signs Loan With Kyrgyzstan\nText.", "en", "Eurasian Development Bank"),
])
def test_a_headline_verb_is_no_word_of_the_name(text: str, language: str, name: str) -> None:
    assert name in [e.name for e in find_entities(text, language) if e.kind == "organization"]


@pytest.mark.parametrize(("text", "language", "name"), [
    ("Das Land hat laut Weltbank-Daten 36 Millionen Einwohner.", "de", "Weltbank"),
    ("Die Inflation lag laut IWF-Angaben bei 8 Prozent.", "de", "IWF"),
])
def test_a_source_in_a_compound_is_the_source(text: str, language: str, name: str) -> None:
    found = [e.text for e in find_entities(text, language) if e.kind == "organization"]
    assert name in found and not any("-" in f for f in found)


@pytest.mark.parametrize(("text", "language"), [
    ("Das Land mit 36 Millionen Einwohnern laut Angaben wächst.", "de"),
    ("Some 300 Thousand Workers said they agreed.", "en"),
])
def test_scale_words_name_no_person(text: str, language: str) -> None:
    assert _people(text, language) == []


def _actor_quotes(tmp_path: Path, text: str) -> set[str]:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path, use_cache=False)
    return {m.quote for a in corpus.actors if a.kind in ("organization", "company", "media")
            for m in a.mentions if m.article == "a"}


@pytest.mark.parametrize(("text", "quote"), [
    ("The main projects are a power station, Gazprom Neft Tajikistan, and Megafon Tajikistan.",
     "Megafon Tajikistan"),
    ("The main projects are a power station, Gazprom Neft Tajikistan, and Megafon Tajikistan.",
     "Gazprom Neft Tajikistan"),
    ("Die Zusammenarbeit zwischen der OAO MAZ und der AO Uzavtosanoat wird fortgesetzt.", "OAO MAZ"),
    ("Der Bund hat die Kontrolle über Rosneft Deutschland und die Raffinerie.", "Rosneft Deutschland"),
    # opening a sentence (read off gazprom.de)
    ("Es wurde erörtert. Gazprom Kyrgyzstan ist eine Tochtergesellschaft der Gazprom.", "Gazprom Kyrgyzstan"),
    ("It was signed. Huawei Uzbekistan opened a training center.", "Huawei Uzbekistan"),
])
def test_gazetteer_companies_with_their_form_or_country(tmp_path: Path, text: str, quote: str) -> None:
    assert quote in _actor_quotes(tmp_path, text)


@pytest.mark.parametrize(("text", "quote", "not_quote"), [
    ("said Liu Yunfeng, executive vice president of Volkswagen Group China.", "Volkswagen Group China", "Volkswagen Group"),
    ("Companies including Falk-Porsche-Technik and Mangold Consulting took part.", "Falk-Porsche-Technik", "Porsche"),
    ("Die Experten kamen vom Ostausschuss der deutschen Wirtschaft.", "Ostausschuss der deutschen Wirtschaft",
     "Ostausschuss"),
    ("Porsche-Chef Oliver Blume sprach in Peking.", "Porsche", "Porsche-Chef"),
    # a gazetteer name that opens with its head word, after a word of another body's name
    ("The bank is in talks with the Central Bank of China on the matter.", "Central Bank of China", "Bank of China"),
    ("It received $500 million from the Commercial Bank of China as a loan.", "Commercial Bank of China",
     "Bank of China"),
])
def test_a_gazetteer_name_inside_a_longer_one(tmp_path: Path, text: str, quote: str, not_quote: str) -> None:
    quotes = _actor_quotes(tmp_path, text)
    assert quote in quotes and not_quote not in quotes


def test_a_gazetteer_name_after_a_country_word_is_that_body(tmp_path: Path) -> None:
    """A country's adjective before a gazetteer name says whose it is: the name is the body."""
    assert "Bank of China" in _actor_quotes(tmp_path, "Exports were financed by the Chinese Bank of China branch.")


def test_a_gazetteer_company_after_a_verb_keeps_no_country(tmp_path: Path) -> None:
    quotes = _actor_quotes(tmp_path, "Last year Megafon Tajikistan lost customers, and Gazprom sold Kazakhstan gas.")
    assert "Gazprom Kazakhstan" not in quotes


@pytest.mark.parametrize(("text", "language", "name", "role"), [
    ("This was said by the head of the Kazakh trade mission in Georgia Arman Serikov.", "en", "Arman Serikov",
     "head of the Kazakh trade mission in Georgia"),
    ("The head of the Eurasian Development Bank Nikolai Podguzov said it.", "en", "Nikolai Podguzov",
     "head of the Eurasian Development Bank"),
])
def test_a_lower_case_office_before_the_name(text: str, language: str, name: str, role: str) -> None:
    assert (name, role) in _people(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("He is the head of the company Vostok Oil.", "en"),
    ("He is the head of the mission in Central Asia.", "en"),
    ("She became the chief of the new Digital Silk Road.", "en"),
])
def test_no_person_after_a_lower_case_office(text: str, language: str) -> None:
    assert _people(text, language) == []


@pytest.mark.parametrize(("text", "language", "names"), [
    ("He cited a chain of coffee shops and restaurants Pelmeni, Il Forno, and Sakura as examples.", "en",
     {"Pelmeni", "Il Forno", "Sakura"}),
    ("Die Handelsketten Rewe, Edeka und Lidl senken die Preise.", "de", {"Rewe", "Edeka", "Lidl"}),
])
def test_companies_listed_after_a_plural_descriptor(text: str, language: str, names: set[str]) -> None:
    assert names <= set(_companies(text, language))


@pytest.mark.parametrize(("text", "language"), [
    ("The restaurants were full. Many brands in Asia grew.", "en"),
    ("Die Marken China und Russland wuchsen.", "de"),
    ("Die Restaurants in Minsk und Brest waren voll.", "de"),
    # an abbreviation of a document written in mixed case is no brand
    ("Both sides signed 12 MoUs on Monday; the MoA follows.", "en"),
    ("Beide Seiten unterzeichneten zwölf MoUs.", "de"),
    # a social media handle is an author's, no brand
    ("Fahad Shabbir (@FahadShabbir) wrote this.", "en"),
])
def test_no_companies_where_none_is_named(text: str, language: str) -> None:
    assert _companies(text, language) == []


# A Chinese company's legal form "Co., Ltd." ends its name, a subsidiary's place in brackets and
# all; a sentence's first word or a German noun describing the company is no part of it.
CO_LTD = [
    ("Managers met at ContiTech Qingdao Rubber & Plastics Technology Co., Ltd., a subsidiary of Continental.", "en",
     "ContiTech Qingdao Rubber & Plastics Technology Co., Ltd."),
    ("Die ElringKlinger Plastics Technology (Qingdao) Co., Ltd., ein Hersteller, erweitert.", "de",
     "ElringKlinger Plastics Technology (Qingdao) Co., Ltd."),
    ("Das 2023 gegründete Unternehmen Middle Corridor Multimodal Transport Co. Ltd. soll koordinieren.", "de",
     "Middle Corridor Multimodal Transport Co. Ltd."),
]


@pytest.mark.parametrize(("text", "language", "name"), CO_LTD)
def test_co_ltd_ends_a_company_name(text: str, language: str, name: str) -> None:
    assert _companies(text, language) == [name]


@pytest.mark.parametrize(("text", "language"), [
    ("The Co. said it would, Ltd. edition.", "en"),
    ("Sie gründeten die Co., Ltd. nicht.", "de"),
])
def test_no_company_of_a_legal_form_alone(text: str, language: str) -> None:
    assert not any(n.endswith("Ltd.") for n in _companies(text, language))


# "President of Kazakhstan Kassym-Jomart Tokayev": a title of a country before its holder's name;
# a pinyin given name is a name, not an English gerund ("Xi Jinping").
TITLE_OF_COUNTRY = [
    ("The oil sector grew, said President of Kazakhstan Kassym-Jomart Tokayev at a ceremonial event.",
     ("Kassym-Jomart Tokayev", "President of Kazakhstan")),
    ("Prime Minister of Pakistan Shehbaz Sharif met investors.", ("Shehbaz Sharif", "Prime Minister of Pakistan")),
    ("During talks with President of the People's Republic of China Xi Jinping, trade was discussed.",
     ("Xi Jinping", "President of the People's Republic of China")),
]


@pytest.mark.parametrize(("text", "person"), TITLE_OF_COUNTRY)
def test_a_title_of_a_country_before_the_name(text: str, person: tuple[str, str]) -> None:
    assert person in _people(text, "en")


# A list of "title, body, holder" items: each holder has the title before the name, never the
# next item's; a region, a portfolio and a possessive body end where the names begin.
TITLED_LIST = (
    "The agreements were signed by Governor of Surkhandarya region Ulugbek Kasymov, Head of the China Relations "
    "Department of the Cabinet of Ministers’ Office Ikhtiyor Niyazmuradov, and First Deputy Minister of Mining and "
    "Geology Firuza Khamidova, together with a Chinese delegation.")


@pytest.mark.parametrize("person", [
    ("Ulugbek Kasymov", "Governor of Surkhandarya region"),
    ("Ikhtiyor Niyazmuradov", "Head of the China Relations Department of the Cabinet of Ministers’ Office"),
    ("Firuza Khamidova", "First Deputy Minister of Mining and Geology"),
])
def test_each_item_of_a_titled_list_has_its_own_title(person: tuple[str, str]) -> None:
    assert person in _people(TITLED_LIST, "en")


def test_a_possessive_body_in_an_apposition_is_no_next_item() -> None:
    text = "Bakytzhan Sagintaev, Chairman of the Eurasian Economic Commission's Executive Board, said so."
    assert ("Bakytzhan Sagintaev", "Chairman of the Eurasian Economic Commission's Executive Board") in _people(text, "en")


# Names the patterns used to cut or miss: given names before a titled holder's two last words, an
# honorific with an academic title or a family name in capitals, a family name with a noun's suffix.
NAMES_WHOLE = [
    ("en", "Deputy Minister of Trade of Iran, Chairman of the Trade Promotion Organization Mohammad Ali Dehghan "
           "Dehnavi told reporters.", "Mohammad Ali Dehghan Dehnavi"),
    ("de", "Es sprach Herr Dr. Hans-Peter Friedrich über China.", "Hans-Peter Friedrich"),
    ("de", "der Vizegouverneur der Provinz Shanxi, Herr TANG Zhiping; und andere", "TANG Zhiping"),
    ("en", "Mr. WANG Wentao met the delegation.", "WANG Wentao"),
    ("de", "„Es ist gut“, sagte Martin Kaufung, Direktor von Flender Ltd. in China.", "Martin Kaufung"),
    # a patronymic between given and family name
    ("en", "The head of the agency is Dmitry Romanovich Lee, a Korean-Uzbek, since May.", "Dmitry Romanovich Lee"),
    # a second title before the name is no part of it
    ("en", "The meeting was chaired by Federal Minister for Finance and Revenue Senator Muhammad Aurangzeb on Monday.",
     "Muhammad Aurangzeb"),
]


# Titles the patterns used to miss: a board member's ("Siemens-Vorstand"), a compound of two
# hyphens ("Siemens-Russland-Chef"), "Chair"; a title's next words that are no name's are dropped.
MORE_TITLES = [
    ("de", "Der Auftrag sei bedeutend, sagte der Siemens-Vorstand Joe Kaeser laut der Zeitung.",
     ("Joe Kaeser", "Siemens-Vorstand")),
    ("de", "Der Siemens-Russland-Chef Dietrich Möller sagte bei der Unterzeichnung, der Auftrag sei gut.",
     ("Dietrich Möller", "Siemens-Russland-Chef")),
    ("en", "According to CITIC Group Chair Zhu Hexin, the company signed five documents.", ("Zhu Hexin", "Chair")),
    # a lower-case title after a country's possessive, its body and holder; the next titled name is another's
    ("en", "Iran’s minister of Information and Communication Technology (ICT) Mohammad Javad Azari Jahromi and "
           "Russia’s Minister Konstantin Noskov met in Ashgabat.",
     ("Mohammad Javad Azari Jahromi", "minister of Information and Communication Technology (ICT)")),
]


@pytest.mark.parametrize(("language", "text", "person"), MORE_TITLES)
def test_more_titles_before_a_name(language: str, text: str, person: tuple[str, str]) -> None:
    assert person in _people(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("The country's minister of energy said so. China's head of Customs Data said so.", "en"),
    ("Der Vorstand beschloss das. Der Vorstand der Bank tagte.", "de"),
    ("Andreas Glunz\nBereichsvorstand International Business\nKPMG AG", "de"),
])
def test_no_person_named_by_a_title_and_common_nouns(text: str, language: str) -> None:
    assert all(name == "Andreas Glunz" for name, _ in _people(text, language))


# An organisation's name as its own words: a country's possessive before it and a bare acronym
# joined by "and" after it are no part of it; a field's acronym is ("Ministry of Industry and IT").
@pytest.mark.parametrize(("text", "names"), [
    ("These are Canara Bank, Union Bank of India and SBI.", {"Canara Bank", "Union Bank of India"}),
    ("Kazakhtelecom JSC and Azerbaijan’s Azertelecom formed a joint venture.", {"Kazakhtelecom JSC", "Azertelecom"}),
    ("The Ministry of Industry and IT met.", {"Ministry of Industry and IT"}),
])
def test_an_organisation_is_named_by_its_own_words(text: str, names: set[str]) -> None:
    assert {e.name for e in find_entities(text, "en") if e.kind in ("organization", "company")} == names


# The head of a body its acronym names: "EEC Chief Tigran Sarkisyan"; a head office is no person.
@pytest.mark.parametrize(("text", "person"), [
    ("Sanaei and EEC Chief Tigran Sarkisyan had exchanged the documents.", ("Tigran Sarkisyan", "EEC Chief")),
    ("ICCIMA Head Gholam-Hossein Shafei signed the document.", ("Gholam-Hossein Shafei", "ICCIMA Head")),
])
def test_the_head_of_a_body_named_by_its_acronym(text: str, person: tuple[str, str]) -> None:
    assert person in _people(text, "en")


def test_a_head_office_is_no_person() -> None:
    assert _people("The CEO Head Office opened in May.", "en") == []


@pytest.mark.parametrize(("language", "text", "name"), NAMES_WHOLE)
def test_a_name_is_found_whole(language: str, text: str, name: str) -> None:
    assert name in [n for n, _ in _people(text, language)]


@pytest.mark.parametrize(("text", "language"), [
    ("Die Zahlung erfolgte. Herr EU sagte nichts.", "de"),
    ("Mr. EU and Ms. CEO met.", "en"),
])
def test_no_person_after_an_honorific_without_a_name(text: str, language: str) -> None:
    assert _people(text, language) == []


def test_an_organisations_possessive_is_no_part_of_its_name() -> None:
    assert [e.name for e in find_entities("The Ministry of Commerce's data show growth.", "en")
            if e.kind == "organization"] == ["Ministry of Commerce"]


def test_an_english_gerund_after_a_title_is_no_name() -> None:
    assert _people("Head of Asset Banking Development Processing said.", "en") == []


# A firm named before a hyphen and "Konzern", "Gruppe" or "Holding": its name of a firm's shape,
# or one the article writes on its own where a name stands; never a common noun, a preposition
# opening the sentence, or a word written only after an article or a possessive.
HYPHEN_FIRMS = [
    ("Vor wenigen Tagen unterzeichnete der deutsche Krones-Konzern einen Vertrag. Es ist die größte "
     "Investition von Krones in China.", {"Krones"}),
    ("Der E.ON-Konzern und die Siemens-Gruppe wachsen. Siemens baut.", {"E.ON", "Siemens"}),
    # Must not
    ("Der Auto-Konzern wächst. Das Auto fährt.", set()),
    ("Kazakhmys ist ein deutscher Kupfer-Konzern. Beim Kupfer ist er billig; ihr Kupfer kommt aus der "
     "Manfelder Kupfer GmbH.", set()),
    ("Vor wenigen Tagen unterzeichnete die Firma einen Vertrag.", set()),
]


@pytest.mark.parametrize(("text", "names"), HYPHEN_FIRMS)
def test_a_firm_before_a_hyphen_and_a_head_noun(text: str, names: set[str]) -> None:
    found = set(_companies(text, "de"))
    assert names <= found and not (found - names - {"Kazakhmys", "Manfelder Kupfer GmbH"})


@pytest.mark.parametrize(("text", "quote", "absent"), [
    ("Automotive manufacturer Chery Commercial Vehicles will open its headquarters in Liverpool.",
     "Chery Commercial Vehicles", "Chery"),
    ("A meeting with the director of the “Exxon Mobile” company was held.", "Exxon Mobile", "Exxon"),
    # German: a listed name in words no German noun has ("Rosatom Beteiligungen an …" would run on)
    ("Logistiker wie DHL Global Forwarding zogen sich daher teilweise zurück.", "DHL Global Forwarding", "DHL"),
])
def test_a_gazetteer_company_opening_a_longer_company(tmp_path: Path, text: str, quote: str, absent: str) -> None:
    quotes = _actor_quotes(tmp_path, text)
    assert quote in quotes and absent not in quotes


def test_a_legal_form_after_a_gazetteer_company_stays_its_own(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The company Boeing Corporation delivered jets to Kazakhstan.", encoding="utf-8")
    corpus = load_corpus(tmp_path, use_cache=False)
    assert "boeing" in {a.id for a in corpus.actors}


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Präsident der Republik Kasachstan Kassym Tokajew empfing am Montag die Delegation.", "Kassym Tokajew",
     "Präsident der Republik Kasachstan"),
    ("Dabei waren Berater des Präsidenten Juri Below und weitere Gäste.", "Juri Below", "Berater des Präsidenten"),
])
def test_a_german_title_its_body_and_country_before_the_name(text: str, name: str, role: str) -> None:
    assert (name, role) in _people(text, "de")


def test_words_after_the_body_that_are_no_given_name_name_no_holder() -> None:
    # a holder after a body with no comma opens with a given name of the list ("Anna Bely" does, see
    # test_entities_fresh_news); "Neue Medien" does not, so the office names no one
    assert not any(role and role.startswith("Leiter der Abteilung") for _, role in _people(
        "Der Leiter der Abteilung Handel Neue Medien sprach.", "de"))


def test_a_german_described_name_running_on_keeps_the_gazetteer_company(tmp_path: Path) -> None:
    text = "Trotz steigender Preise hat Russlands Staatskonzern Rosatom Beteiligungen an Joint Ventures verkauft."
    assert "Rosatom" in _actor_quotes(tmp_path, text)


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("The agreement was signed by Air Arana and Turkish Airlines.", "Turkish Airlines", "company"),
    ("Flights of Somon Airways resumed.", "Somon Airways", "company"),
    ("The Russian Direct Investment Fund invested.", "Russian Direct Investment Fund", "organization"),
])
def test_airlines_railways_and_funds_by_their_head(text: str, name: str, kind: str) -> None:
    assert (name, kind) in [(e.name, e.kind) for e in find_entities(text, "en")]


@pytest.mark.parametrize("text", [
    "Foreign exchange reserves rose; the fund grew and airlines flew more.",
    "The Airlines said nothing.",
])
def test_no_airline_or_fund_by_a_head_alone(text: str) -> None:
    assert not [e for e in find_entities(text, "en") if e.kind in ("organization", "company")]


@pytest.mark.parametrize(("text", "language", "name"), [
    ("Die Lieferung kam von der Hallenser Kupfer und Messing GmbH.", "de", "Hallenser Kupfer und Messing GmbH"),
    ("Shares of Procter and Gamble Co. rose.", "en", "Procter and Gamble Co."),
])
def test_a_legal_form_keeps_the_and_of_its_name(text: str, language: str, name: str) -> None:
    assert name in _companies(text, language)


# Read off a Fergana report of Kazakh-US agreements: a firm's name ending in a plural of firms' names,
# "and", then a company of two words or more is two companies; a field before "and" stays one name.
@pytest.mark.parametrize(("text", "language", "names"), [
    ("Kasachstan unterzeichnete Memoranden mit BETA Technologies und Joby Aero Inc. im Wert von 300 Millionen.",
     "de", {"BETA Technologies", "Joby Aero Inc."}),
    ("It signed with Alpha Systems and Kappa Digital Ltd. last week.", "en", {"Alpha Systems", "Kappa Digital Ltd."}),
    ("It signed with Shenzhen Science and Technology Co., Ltd. last week.", "en",
     {"Shenzhen Science and Technology Co., Ltd."}),
    ("Shares of China Petroleum and Chemical Corp. rose.", "en", {"China Petroleum and Chemical Corp."}),
])
def test_a_firm_s_name_before_and_is_a_company_of_its_own(text: str, language: str, names: set[str]) -> None:
    assert names <= set(_companies(text, language))


# A legal form's full stop ends a sentence before "The", "Die": the next sentence's body is no word
# of the company's name.
@pytest.mark.parametrize(("text", "language", "name"), [
    ("It signed with Delta Ltd. The Ministry of Finance welcomed it.", "en", "Delta Ltd."),
    ("Der Vertrag ging an Omega Inc. Die Bank of China zahlte.", "de", "Omega Inc."),
])
def test_a_legal_form_s_full_stop_ends_the_sentence(text: str, language: str, name: str) -> None:
    names = [e.name for e in find_entities(text, language)]
    assert name in names and not any(n.startswith(name) and n != name for n in names)


@pytest.mark.parametrize(("text", "language", "names"), [
    ("„Ich möchte Pawel Orlow und Irakli Beridse danken“, sagte er.", "de", {"Pawel Orlow", "Irakli Beridse"}),
    ("He thanked Pavel Orlov and Irakli Beridze for their work.", "en", {"Pavel Orlov", "Irakli Beridze"}),
])
def test_two_names_joined_by_and(text: str, language: str, names: set[str]) -> None:
    assert names <= {name for name, _ in _people(text, language)}


@pytest.mark.parametrize(("text", "language"), [
    ("Trade with the Middle East and North Africa grew.", "en"),
    ("Handel und Investitionen in Zentralasien stiegen.", "de"),
    ("Die Deutsche Bank und Commerzbank fusionieren nicht.", "de"),
    ("Sie sprachen über Seltene Erden und Große Bestände.", "de"),
])
def test_no_people_joined_by_and(text: str, language: str) -> None:
    assert _people(text, language) == []


def test_quoted_names_listed_beside_organisations_are_companies(tmp_path: Path) -> None:
    quotes = _actor_quotes(tmp_path, "Daran nahmen teil: Ost-Ausschuss der Deutschen Wirtschaft (OA), “Siemens Energy“, "
                                     "“EDEG ED-Energy“, “DEIG Energietechnik“, “ALPHA GmbH“, “SAP SE“ und andere.")
    assert {"EDEG ED-Energy", "DEIG Energietechnik"} <= quotes
    assert not any(q.startswith(("“", "„")) or q.endswith("“") for q in quotes)


# (text, language, the firm an office heads, as written): the body named after its officer's office
FIRM_AFTER_OFFICE = [
    ("The plant was opened by Maria Lopez, managing director of Orvell Textiles.", "en", "Orvell Textiles"),
    ("He is also chairman of Baltar Chemicals and Industries, the family group.", "en", "Baltar Chemicals and Industries"),
    ("Talks were held with the chief executive officer of Nordwind Logistics.", "en", "Nordwind Logistics"),
    ("Er traf Dr. Wen Tao, den Vorsitzenden von XNT Energy, in Peking.", "de", "XNT Energy"),
]
# (text, language, words that name no firm): a state, a department, a body inside any organisation,
# a German run that may hold the holder's name
NO_FIRM_AFTER_OFFICE = [
    ("He met the President of the Federative Republic of Brazil in Brasília.", "en", "Republic"),
    ("She is director of International Cooperation at the ministry.", "en", "International Cooperation"),
    ("The chairman of the Board of Directors resigned.", "en", "Board"),
    ("Das Papier unterschrieb der Geschäftsführer von Sino Freight Lu Dongming.", "de", "Sino Freight Lu"),
    ("Der Gründer von Projekten sprach.", "de", "Projekten"),
]


@pytest.mark.parametrize("text, language, name", FIRM_AFTER_OFFICE)
def test_a_firm_named_after_the_office_that_heads_it(text: str, language: str, name: str) -> None:
    found = [(e.text, e.category) for e in find_entities(text, language) if e.kind != "person"]
    assert (name, "actor") in found


@pytest.mark.parametrize("text, language, words", NO_FIRM_AFTER_OFFICE)
def test_no_firm_after_an_office_of_a_state_or_a_department(text: str, language: str, words: str) -> None:
    assert not any(words in e.text and e.category == "actor" and e.kind != "place"
                   for e in find_entities(text, language) if e.kind != "person")


def test_a_facility_its_chairman_heads_is_a_body() -> None:
    text = "The delegation was led by Ana Ruiz, Chairman of the Meridian International Research Center."
    found = {e.text: (e.kind, e.category) for e in find_entities(text, "en")}
    assert found.get("Meridian International Research Center") == ("organization", "actor")


@pytest.mark.parametrize("text, name", [
    # a compound head in the genitive folds to its own form, like a bare one ("des Ausschusses")
    ("Er ist Vorsitzender des staatlichen Investitionsausschusses der Republik Usbekistan.",
     "Investitionsausschuss der Republik Usbekistan"),
    ("Ein Sprecher des Landwirtschaftsministeriums der Mongolei sagte das.", "Landwirtschaftsministerium der Mongolei"),
    ("Die Sitzung des Ost-Ausschusses der Deutschen Wirtschaft begann.", "Ost-Ausschuss der Deutschen Wirtschaft"),
])
def test_a_compound_head_in_the_genitive_names_its_body(text: str, name: str) -> None:
    assert name in [e.name for e in find_entities(text, "de") if e.kind == "organization"]


def test_a_body_named_without_its_leading_adjective_is_the_body_named_with_it() -> None:
    """The headline's "Deutsch-usbekische Regierungsarbeitsgruppe für …", the body's "der
    deutsch-usbekischen Regierungsarbeitsgruppe für …": one organisation, not two."""
    from sco_digital import analyse_text

    text = ("Deutsch-usbekische Regierungsarbeitsgruppe für Handel und Investitionen tagt in Taschkent\n\n"
            "Am 18. Oktober fand das Treffen der deutsch-usbekischen Regierungsarbeitsgruppe für Handel und "
            "Investitionen statt. Die Regierungsarbeitsgruppe für Handel und Investitionen tagt jährlich.")
    actors = [a for a in analyse_text(text, article_id="x", language="de")["actors"] if a["kind"] == "organization"]
    assert [a["name"] for a in actors] == ["Deutsch-usbekische Regierungsarbeitsgruppe für Handel und Investitionen"]
    two = ("Die Staatliche Kommission für Handel und Investitionen und die Nationale Kommission für Handel und "
           "Investitionen trafen sich. Die Kommission für Handel und Investitionen tagt jährlich.")
    names = {a["name"] for a in analyse_text(two, article_id="y", language="de")["actors"]}
    assert "Kommission für Handel und Investitionen" in names, "two longer names: which one is meant is not sure"


@pytest.mark.parametrize("text", [
    "The talks between U.S. Treasury, the Minister of Finance of Kazakhstan, and others ended.",
    "Sales in U.K. Retail, the head of the trade association, fell.",
    "The talks between U. S. Treasury, the Minister of Finance of Kazakhstan, and others ended.",
])
def test_a_country_abbreviation_is_no_persons_initials(text: str) -> None:
    """"U.S.", "U.K." are no initials of a given name, written with a space or without."""
    assert [e.name for e in find_entities(text, "en") if e.kind == "person"] == []


def test_initials_before_a_family_name_still_name_a_person() -> None:
    text = "The talks between K.V. Kamath, the Minister of Finance of Kazakhstan, and others ended."
    assert "K.V. Kamath" in [e.name for e in find_entities(text, "en") if e.kind == "person"]


def test_a_chinese_name_written_family_first_in_capitals_is_a_person() -> None:
    """Official Chinese English: "YANG Changfeng, member of …"; the family name one pinyin syllable,
    the given name one or two. An acronym that is no syllable on its own ("UN", "EU") is none."""
    text = ("The delegation included YANG Changfeng, member of the committee, and RAN Chengqi, Director "
            "General of the office.")
    assert {"YANG Changfeng", "RAN Chengqi"} <= {e.name for e in find_entities(text, "en") if e.kind == "person"}
    for text in ("UN Women, the agency, said so.", "The EU Commission, in Brussels, said so.",
                 "Its IT Park, the largest, opened."):
        assert [e.name for e in find_entities(text, "en") if e.kind == "person"] == []
