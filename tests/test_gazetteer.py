"""The shipped gazetteer: it loads, its ids and names are unique, every national entry has a
valid ISO alpha-3 country, and in articles nobody annotated it names companies in both languages
while common words that share a company's name name nothing. Credits stay metadata."""

from __future__ import annotations

from pathlib import Path

import json

import pytest

from sco_digital import load_corpus
from sco_digital.extract.credits import find_credits
from sco_digital.load.registry import read_gazetteer
from sco_digital.match.mentions import AliasMatcher, german_genitive

GAZETTEER = Path(__file__).resolve().parents[1] / "corpus" / "gazetteer.yaml"
# The ISO 3166 alpha-3 codes of the generated country table (scripts/gen_countries.py).
ALPHA3 = {c["alpha3"] for c in json.loads(
    (Path(__file__).resolve().parents[1] / "sco_digital" / "match" / "countries.json").read_text(encoding="utf-8"))}


def _orgs(tmp_path: Path, text: str) -> dict[str, set[str]]:
    """Every non-country actor of a one-article corpus: its id and the words it was found in."""
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path, use_cache=False)
    return {a.id: {m.quote for m in a.mentions} for a in corpus.actors if a.kind not in ("country", "place")}


def test_gazetteer_loads_with_unique_ids_names_and_countries() -> None:
    entries = read_gazetteer(GAZETTEER, ())
    assert len(entries) >= 300
    assert len({e.id for e in entries}) == len(entries)
    assert AliasMatcher(entries).collisions == []  # no name or alias claimed by two entries
    for e in entries:
        assert e.names.get("en") and e.names.get("de"), e.id
        assert e.kind in ("company", "organization", "media"), e.id
        if e.kind != "organization":
            assert e.country is not None, e.id  # a company or outlet has a home; an international body none
        if e.country is not None:
            assert e.country in ALPHA3, e.id


# (text, {organisation id: words it is found in}) — both languages
FOUND = [
    ("Title\n\nInfineon and STMicroelectronics raised prices, while ASML Holding cut output.\n",
     {"infineon": {"Infineon"}, "stmicroelectronics": {"STMicroelectronics"}, "asml": {"ASML Holding"}}),
    ("Titel\n\nVolkswagen und Tesla verkauften weniger Autos, Aixtron und Soitec mehr Anlagen.\n",
     {"volkswagen": {"Volkswagen"}, "tesla": {"Tesla"}, "aixtron": {"Aixtron"}, "soitec": {"Soitec"}}),
    ("Titel\n\nDie Chinesische Zentralbank senkte den Zins, die Russische Zentralbank nicht.\n",
     {"pboc": {"Chinesische Zentralbank"}, "bank-of-russia": {"Russische Zentralbank"}}),
    ("Title\n\nThe People's Bank of China and Kazatomprom met Kazakhstan Temir Zholy officials.\n",
     {"pboc": {"People's Bank of China"}, "kazatomprom": {"Kazatomprom"}, "ktz": {"Kazakhstan Temir Zholy"}}),
    ("Titel\n\nLaut dem Statistischen Bundesamt stieg der Export; die EZB blieb gelassen.\n",
     {"destatis": {"Statistischen Bundesamt"}, "ecb": {"EZB"}}),
    ("Title\n\nShares of Meta Platforms rose on the Hong Kong Stock Exchange.\n",
     {"meta": {"Meta Platforms"}, "hkex": {"Hong Kong Stock Exchange"}}),
    # state bodies of the region by name and acronym, German inflected forms folded to one entry
    ("Title\n\nThe General Administration of Customs (GACC) and the NDRC said MOFCOM agreed.\n",
     {"gacc": {"General Administration of Customs", "GACC"}, "ndrc": {"NDRC"}, "mofcom": {"MOFCOM"}}),
    ("Titel\n\nLaut der Allgemeinen Zollverwaltung und der Nationalen Entwicklungs- und Reformkommission "
     "beschloss der Staatsrat neue Regeln.\n",
     {"gacc": {"Allgemeinen Zollverwaltung"}, "ndrc": {"Nationalen Entwicklungs- und Reformkommission"},
      "state-council-china": {"Staatsrat"}}),
    ("Titel\n\nDas Nationale Statistikamt meldete, die Staatliche Kommission für Entwicklung und Reform "
     "widersprach auf einer Pressekonferenz des Pressebüros des Staatsrates.\n",
     {"nbs-china": {"Nationale Statistikamt"}, "ndrc": {"Staatliche Kommission für Entwicklung und Reform"},
      "scio": {"Pressebüros des Staatsrates"}}),
    # SCO bodies (German: the lexicon's "SCO" does not cover "SOZ"), academies, funds, agencies
    ("Titel\n\nDas SOZ-Sekretariat und der SOZ-Wirtschaftsrat trafen Forscher der Chinesischen Akademie "
     "der Wissenschaften.\n",
     {"sco-secretariat": {"SOZ-Sekretariat"}, "sco-business-council": {"SOZ-Wirtschaftsrat"},
      "chinese-academy-of-sciences": {"Chinesischen Akademie der Wissenschaften"}}),
    ("Title\n\nThe AIFC and IT Park Uzbekistan signed with Tsinghua University and NITI Aayog.\n",
     {"aifc": {"AIFC"}, "it-park-uzbekistan": {"IT Park Uzbekistan"}, "tsinghua": {"Tsinghua University"},
      "niti-aayog": {"NITI Aayog"}}),
    ("Title\n\nThe Ministry of Investments, Industry and Trade met the Securities and Exchange Commission "
     "of Pakistan.\n",
     {"uzbekistan-miit": {"Ministry of Investments, Industry and Trade"},
      "secp": {"Securities and Exchange Commission of Pakistan"}}),
    # a longer name that begins with a shorter one is that longer name
    ("Title\n\nChina Railway Express trains and China Railway Construction Corporation grew.\n",
     {"china-railway": {"China Railway Express"}, "crcc": {"China Railway Construction Corporation"}}),
    # German, Austrian and Swiss companies active in the region, by their bare names
    ("Titel\n\nIn Usbekistan bauen Knauf und Herrenknecht, die OMV liefert Gas und Stadler Rail Züge.\n",
     {"knauf": {"Knauf"}, "herrenknecht": {"Herrenknecht"}, "omv": {"OMV"}, "stadler-rail": {"Stadler Rail"}}),
    ("Titel\n\nDer DAAD vergibt Stipendien, das SECO und die Oesterreichische Nationalbank berichten.\n",
     {"daad": {"DAAD"}, "seco": {"SECO"}, "oenb": {"Oesterreichische Nationalbank"}}),
    # Pakistani and Indian regulators and companies
    ("Title\n\nNEPRA raised tariffs for K-Electric, while SNGPL and BHEL signed with the FPCCI.\n",
     {"nepra": {"NEPRA"}, "k-electric": {"K-Electric"}, "sngpl": {"SNGPL"}, "bhel": {"BHEL"}, "fpcci": {"FPCCI"}}),
    # a one-word name in the German genitive
    ("Titel\n\nGazproms Exporte stiegen, und Huaweis Umsatz wuchs.\n",
     {"gazprom": {"Gazproms"}, "huawei": {"Huaweis"}}),
    # Central Asian and Mongolian companies and banks
    ("Title\n\nHamkorbank lent to Uzavtosanoat, while Kyrgyzaltyn and Oyu Tolgoi raised output.\n",
     {"hamkorbank": {"Hamkorbank"}, "uzavtosanoat": {"Uzavtosanoat"}, "kyrgyzaltyn": {"Kyrgyzaltyn"},
      "oyu-tolgoi": {"Oyu Tolgoi"}}),
    # payment networks, messengers, satellite internet, testing firms; a presidency's office
    ("Title\n\nBanks left SWIFT for UnionPay and Uzcard, and TÜV Rheinland tested them.\n",
     {"swift": {"SWIFT"}, "unionpay": {"UnionPay"}, "uzcard": {"Uzcard"}, "tuv-rheinland": {"TÜV Rheinland"}}),
    ("Title\n\nThe ministry reported that Euroclear holds the assets.\n", {"euroclear": {"Euroclear"}}),
    # an investor whose name is a given name and a family name
    ("Titel\n\nGemeinsam mit Franklin Templeton wurde der Nationale Investmentfonds gegründet.\n",
     {"franklin-templeton": {"Franklin Templeton"}}),
    # a body the lexicon names keeps the gazetteer's other names for articles nobody annotated
    ("Titel\n\nDie SOZ wurde vor 24 Jahren gegründet. Nötig sei mehr Zusammenhalt der Shanghaier Organisation.\n",
     {"sco": {"SOZ", "Shanghaier Organisation"}}),
    ("Title\n\nThe Shanghai Cooperation Organisation was founded 24 years ago.\n",
     {"sco": {"Shanghai Cooperation Organisation"}}),
    # ... not inside a compound naming a body of its own ("des SOZ-Außenministerrates")
    ("Titel\n\nDie SOZ tagte. Die Resolutionen nahm das Treffen des SOZ-Außenministerrates an.\n",
     {"sco": {"SOZ"}, "soz-aussenministerrat": {"SOZ-Außenministerrates"}}),
]


@pytest.mark.parametrize(("text", "orgs"), FOUND, ids=[sorted(o)[0] for _, o in FOUND])
def test_gazetteer_names_companies(tmp_path: Path, text: str, orgs: dict[str, set[str]]) -> None:
    found = _orgs(tmp_path, text)
    for org, quotes in orgs.items():
        assert found.get(org) == quotes, (org, found)


# Common words that share a company's name, region phrases, possessives: no actor at all
NOTHING = [
    "Title\n\nShell companies and apple orchards grew, and the meta data was shared.\n",
    "Titel\n\nDie Allianz der Staaten wuchs, ein Bayer spielte seinen Trumpf aus, und das Ozon schwand.\n",
    "Titel\n\nIm Großraum München wuchs die Zahl der Jobs.\n",
    "Title\n\nThe government's plan was welcomed on Monday.\n",
    "Titel\n\nDer Spiegel hing an der Wand, und der Continental-Stil war beliebt.\n",
    "Titel\n\nUnter der Linde brach ein Henkel ab, und der Verbund der Städte hielt.\n",
    "Title\n\nJazz bands set sail at the festival, and it was a lucky day.\n",
    "Title\n\nA swift telegram came, and the visa was issued.\n",
    "Titel\n\nDie Visa wurden schnell erteilt, und Lada kam mit.\n",
]


@pytest.mark.parametrize("text", NOTHING, ids=[t[7:30] for t in NOTHING])
def test_common_words_name_no_organisation(tmp_path: Path, text: str) -> None:
    found = _orgs(tmp_path, text)
    assert not {k for k in found if k not in ("munchen", "muenchen")}, found


# (text, entry): an acronym or a word some entry shares with another body, a unit or a common word
# names not that entry here
NOT_THIS = [
    ("Title\n\nThe State Councilor met the delegation.\n", "state-council-china"),
    ("Titel\n\nEin Staatsratsmitglied sprach in Peking.\n", "state-council-china"),
    ("Title\n\nThe CAC 40 index fell in Paris.\n", "cyberspace-administration-of-china"),
    ("Title\n\nThe Baiterek tower in Astana was lit at night.\n", "baiterek"),
    ("Titel\n\nDer ORF berichtete aus Wien.\n", "observer-research-foundation"),
    ("Title\n\nThe Board of Investment of Sri Lanka approved the project.\n", "boi-pakistan"),
    ("Title\n\nThe Ministry of Commerce of Pakistan said exports rose.\n", "mofcom"),
    ("Titel\n\nDas Handelsministerium in Islamabad meldete ein Plus.\n", "mofcom"),
    ("Title\n\nShares of Anadolu Efes rose.\n", "anadolu"),
    ("Title\n\nThe rats left the ship.\n", "sco-rats"),
    ("Title\n\nChina Railway Construction Corporation won the bid.\n", "china-railway"),
    ("Title\n\nThe Energy China 2025 expo opened.\n", "ceec"),
    ("Title\n\nChina-CEEC cooperation grew.\n", "ceec"),  # Central and Eastern European Countries
    ("Title\n\nOil flows through the CPC pipeline from Kazakhstan.\n", "cpc"),  # Caspian Pipeline Consortium
]


@pytest.mark.parametrize(("text", "entry"), NOT_THIS, ids=[f"{e}-{i}" for i, (_, e) in enumerate(NOT_THIS)])
def test_shared_word_names_not_this_entry(tmp_path: Path, text: str, entry: str) -> None:
    assert entry not in _orgs(tmp_path, text)


@pytest.mark.parametrize(("text", "person", "company"), [
    ("Titel\n\nMartin Herrenknecht sprach in Astana, und Herrenknecht baut dort.\n", "martin-herrenknecht",
     {"Herrenknecht"}),
    ("Title\n\nReinhold Würth visited Tashkent; the Würth Group opened an office.\n", "reinhold-wuerth",
     {"Würth Group"}),
])
def test_a_family_name_after_a_given_name_is_the_person(tmp_path: Path, text: str, person: str,
                                                        company: set[str]) -> None:
    found = _orgs(tmp_path, text)
    assert person in found and found.get(person.split("-", 1)[1]) == company, found


def test_english_sco_body_is_the_longer_name(tmp_path: Path) -> None:
    found = _orgs(tmp_path, "Title\n\nThe SCO Secretariat welcomed the plan.\n")
    assert found.get("sco-secretariat") == {"SCO Secretariat"}


def test_a_one_word_name_in_capitals_is_the_gazetteer_s(tmp_path: Path) -> None:
    # "ROSATOM", as Kazinform writes the firm (read off Kazinform); no capitals an entry does not write
    found = _orgs(tmp_path, "Title\n\nPrime Minister Askar Mamin met the head of ROSATOM in Astana.\n")
    assert found.get("rosatom") == {"ROSATOM"}, found
    joined = _orgs(tmp_path, "Title\n\nThey set up JV AMKODOR-AGROTEXMASH in Minsk.\n")
    assert "amkodor" not in joined, joined


def test_a_lexicon_body_opening_a_headed_name_is_a_word_of_it(tmp_path: Path) -> None:
    # "SCO University" is a university of its own, not the SCO (read off RUDN's news)
    found = _orgs(tmp_path, "Title\n\nSCO University now unites 80 institutions.\n")
    assert found.get("sco-university") == {"SCO University"} and "sco" not in found, found


# (text, credited agency): credits at the start or end of an article are metadata
CREDITS = [
    ("Titel\n\nBerlin (dpa) - Infineon steigert den Umsatz.\n", "dpa"),
    ("Title\n\nMOSCOW, May 3 (TASS) – Gazprom raised exports.\n", "tass"),
    ("Titel\n\nFrankfurt (dpa-AFX) - Die Aktie von Aixtron stieg.\n", "dpa-afx"),
    ("Title\n\nExports rose, Tesla said. – Reuters\n", "reuters"),
    ("Titel\n\nDer Umsatz von BMW stieg.\n\nQuelle: dpa\n", "dpa"),
]


@pytest.mark.parametrize(("text", "agency"), CREDITS, ids=[c[1] + str(i) for i, c in enumerate(CREDITS)])
def test_credit_is_no_organisation_mention(tmp_path: Path, text: str, agency: str) -> None:
    found = _orgs(tmp_path, text)
    assert agency not in found
    assert found  # the company in the story still is one


# An agency acting in the story is an actor
ACTING = [
    ("Title\n\nTASS reported that Rosatom signed a deal.\n", "tass"),
    ("Titel\n\nDas meldete die Nachrichtenagentur dpa am Montag.\n", "dpa"),
]


@pytest.mark.parametrize(("text", "agency"), ACTING, ids=[a[1] for a in ACTING])
def test_agency_acting_in_the_story_is_an_actor(tmp_path: Path, text: str, agency: str) -> None:
    assert agency in _orgs(tmp_path, text)


@pytest.mark.parametrize(("text", "name"), [("Exports rose. – Reuters", "Reuters"), ("Frankfurt (dpa-AFX) - Text", "dpa-AFX")])
def test_closing_and_service_credits(text: str, name: str) -> None:
    assert name in [c.name for c in find_credits(text + "\n")]


@pytest.mark.parametrize("text", ["The winner – Tesla", "Sales rose. – Tesla and BMW"])
def test_dash_inside_a_sentence_is_no_credit(text: str) -> None:
    assert find_credits(text + "\n") == []


@pytest.mark.parametrize(("name", "genitive"), [
    ("Gazprom", "Gazproms"), ("Huawei", "Huaweis"), ("Kaspi", "Kaspis"),
    ("Siemens", None), ("IWF", None), ("Weltbank", None), ("Deutsche Bahn", None), ("Nationalbank", None),
])
def test_german_genitive_of_a_one_word_name(name: str, genitive: str | None) -> None:
    assert german_genitive(name) == genitive
