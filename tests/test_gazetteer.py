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
from sco_digital.match.mentions import AliasMatcher

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
]


@pytest.mark.parametrize("text", NOTHING, ids=[t[7:30] for t in NOTHING])
def test_common_words_name_no_organisation(tmp_path: Path, text: str) -> None:
    found = _orgs(tmp_path, text)
    assert not {k for k in found if k not in ("munchen", "muenchen")}, found


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
