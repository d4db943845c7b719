"""People as delegation lists and meeting reports write them, English and German: a list of titled
names ("Finanzminister A B, Wirtschaftsminister C D"), a plural title before several names, a
counterpart, an office held somewhere ("Botschafter in …"), a title serving a body with no comma
before the holder — and the sentences that must yield no person. Also: a country's official name
is a country, not an organisation; a transliteration variant of a family name is the same person."""

from __future__ import annotations

from pathlib import Path

import pytest

from sco_digital import load_corpus
from sco_digital.extract.entities import find_entities
from sco_digital.records import Actor

# (text, language, name, role): the role as the text writes it next to the name
PEOPLE = [
    # a list of titled names: each item keeps its own title, none is the role of the one before
    ("An den Gesprächen nahmen Finanzminister Pjotr Ilin, Energieminister Oleg Sorin und Botschafter "
     "Anna Bely teil.", "de", "Pjotr Ilin", "Finanzminister"),
    ("An den Gesprächen nahmen Finanzminister Pjotr Ilin, Energieminister Oleg Sorin und Botschafter "
     "Anna Bely teil.", "de", "Oleg Sorin", "Energieminister"),
    ("Attending were Finance Minister Pyotr Ilin, Energy Minister Oleg Sorin and Ambassador Anna Bely.",
     "en", "Pyotr Ilin", "Finance Minister"),
    # a plural title before a list of names gives each of them the role
    ("Vertreten waren auch stellvertretende Premiers Igor Wolkow, Sergej Lenski, Pawel Dorn, Finanzminister "
     "Ilja Kern.", "de", "Sergej Lenski", "stellvertretende Premiers"),
    ("Vertreten waren auch stellvertretende Premiers Igor Wolkow, Sergej Lenski, Pawel Dorn, Finanzminister "
     "Ilja Kern.", "de", "Pawel Dorn", "stellvertretende Premiers"),
    ("Vertreten waren auch stellvertretende Premiers Igor Wolkow, Sergej Lenski, Pawel Dorn, Finanzminister "
     "Ilja Kern.", "de", "Ilja Kern", "Finanzminister"),
    # a premier, a counterpart, a journalist, an adviser
    ("Aus Moskau kam Vizepremier Dmitri Lasow.", "de", "Dmitri Lasow", "Vizepremier"),
    ("Der Präsident traf seinen kasachischen Amtskollegen Nurlan Abenow in Astana.", "de", "Nurlan Abenow",
     "kasachischen Amtskollegen"),
    ("Er sprach mit seinem russischen Amtskollegen, Wladimir Orlow, in Sotschi.", "de", "Wladimir Orlow",
     "russischen Amtskollegen"),
    ("He met his Russian counterpart Mikhail Sorokin in Moscow.", "en", "Mikhail Sorokin", "counterpart"),
    ("He met his counterpart, Mikhail Sorokin, in Moscow.", "en", "Mikhail Sorokin", "counterpart"),
    ("Das sagte er im Gespräch mit dem Journalisten Pawel Orlow in der Sendung.", "de", "Pawel Orlow",
     "Journalisten"),
    # an office held somewhere, between title and name
    ("Dabei war auch der Botschafter in Russland Wladimir Kornew.", "de", "Wladimir Kornew",
     "Botschafter in Russland"),
    # a title, the body or office it serves (genitive), the holder, with no comma
    ("Dabei waren Berater des Präsidenten Juri Below und weitere Gäste.", "de", "Juri Below",
     "Berater des Präsidenten"),
    ("Er traf den Leiter des kirgisischen Außenministeriums Almas Dschumabajew in Bischkek.", "de",
     "Almas Dschumabajew", "Leiter des kirgisischen Außenministeriums"),
]

# (text, language, name): a name that must not be found as written (a list item's title, a role
# that is the next person)
WRONG_PEOPLE = [
    ("Aus Russland kamen Finanzminister Anton Rybin, Vizepremier Dmitri Lasow, Berater Juri Below.", "de",
     "Vizepremier Dmitri Lasow"),
]

NO_PERSON = [
    ("Die Premiers der Länder trafen sich in Minsk.", "de"),
    ("Der Berater des Präsidenten sprach von Fortschritten.", "de"),
    ("Seine Amtskollegen, Deutschland und Frankreich, stimmten zu.", "de"),
    ("His counterpart, Foreign Affairs, was not named.", "en"),
    ("Er bat um die Auskunft. Dann gab er den Journalisten Auskunft über die Lage.", "de"),
    ("Der Leiter des Ministeriums Außenhandel Kasachstan sagte das.", "de"),
]


def _people(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(e.name, e.role) for e in find_entities(text, language) if e.kind == "person"]


@pytest.mark.parametrize(("text", "language", "name", "role"), PEOPLE, ids=[f"{p[2]}-{p[1]}" for p in PEOPLE])
def test_people_of_lists_counterparts_and_offices(text: str, language: str, name: str, role: str) -> None:
    assert (name, role) in _people(text, language)


@pytest.mark.parametrize(("text", "language", "name"), WRONG_PEOPLE, ids=[w[2] for w in WRONG_PEOPLE])
def test_a_list_item_is_no_role_of_the_one_before(text: str, language: str, name: str) -> None:
    found = _people(text, language)
    assert name not in [n for n, _ in found]
    assert all(role is None or " " not in role or "Lasow" not in role for _, role in found)


@pytest.mark.parametrize(("text", "language"), NO_PERSON, ids=[n[0][:40] for n in NO_PERSON])
def test_no_person(text: str, language: str) -> None:
    assert _people(text, language) == []


def _actors(tmp_path: Path, text: str) -> dict[str, Actor]:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path, use_cache=False)
    return {a.id: a for a in corpus.actors if "a" in a.articles}


@pytest.mark.parametrize("text", [
    "Trade with the Russian Federation grew. Belarus sells more to the Russian Federation than ever.",
    "Der Handel mit der Russischen Föderation wuchs stark.",
])
def test_a_country_s_official_name_is_no_organisation(tmp_path: Path, text: str) -> None:
    actors = _actors(tmp_path, text)
    assert not [a.id for a in actors.values() if a.kind in ("organization", "company", "media")]


@pytest.mark.parametrize(("text", "person", "absent"), [
    ("Atkhamjon Rustamov, head of the main department of the Ministry of Energy, said trade grew. “We work "
     "with them,” Rustamov said. Rustamov also said more. “Much more,” Rustamov said.",
     "atkhamjon-rustamov", None),
    ("Almas Ubaidullayev, head of the department of the Ministry of Energy, said it. “We are working,” "
     "Ubaidullaev said at the fair.", "almas-ubaidullayev", "ubaidullaev"),
])
def test_a_family_name_spelled_otherwise_joins_the_full_name(tmp_path: Path, text: str, person: str,
                                                              absent: str | None) -> None:
    actors = _actors(tmp_path, text)
    assert person in actors
    if absent is not None:
        assert absent not in actors


def test_a_feminine_family_name_stays_apart(tmp_path: Path) -> None:
    text = ("Pavel Kuznetsov, head of the department of the Ministry of Energy, said it. “We are working,” "
            "Kuznetsova said at the fair.")
    actors = _actors(tmp_path, text)
    assert "Kuznetsova" not in [m.quote for m in actors["pavel-kuznetsov"].mentions]


# (text, language, name, kind): what the text calls a company or an outlet, in the genitive, by a
# compound, or with what it makes between
DESCRIBED = [
    ("Das meldet der Telegram-Kanal des russischen Nachrichtensenders Westa.", "de", "Westa", "media"),
    ("Die Aktie des Energiekonzerns Uniprom fiel.", "de", "Uniprom", "company"),
    ("Er kaufte 30 Prozent am Hersteller von Solarmodulen Lumex und mehr.", "de", "Lumex", "company"),
    ("Anteile am Uranverarbeiter Kysyl gingen an China.", "de", "Kysyl", "company"),
    ("Der Autobauer Chery baut ein Werk.", "de", "Chery", "company"),
    ("The energy group Vostok Power said so.", "en", "Vostok Power", "company"),
    # a name between "the" and a lower-case noun saying what it is
    ("The largest investor is the Tatoil company, which has invested more.", "en", "Tatoil", "company"),
    ("Guests saw the training system at the Ucode IT academy and more.", "en", "Ucode", "organization"),
]
NO_DESCRIBED = [
    ("Der Sender sendet. Des Senders Programm ist lang.", "de"),
    ("Mehr zum ThemaIrans Präsident auf Staatsbesuch in Russland", "de"),
    ("Der Hersteller von Solarmodulen hat Probleme.", "de"),
    ("The deal was signed by the Chinese company and the New company.", "en"),
    ("He studied in Tashkent and joined the Tashkent IT academy.", "en"),
]


@pytest.mark.parametrize(("text", "language", "name", "kind"), DESCRIBED, ids=[d[2] for d in DESCRIBED])
def test_organisations_the_text_describes(text: str, language: str, name: str, kind: str) -> None:
    assert (name, kind) in [(e.name, e.kind) for e in find_entities(text, language)]


@pytest.mark.parametrize(("text", "language"), NO_DESCRIBED, ids=[n[0][:40] for n in NO_DESCRIBED])
def test_no_organisation_described(text: str, language: str) -> None:
    found = find_entities(text, language)
    assert [e.name for e in found if e.kind in ("organization", "company", "media")] == []


@pytest.mark.parametrize(("text", "actor", "quote"), [
    ("Beobachter, mit denen die DW gesprochen hat, sehen das anders.", "deutsche-welle", "DW"),
    ("Er sagte dazu in einem RT-Interview, der Handel wachse.", "russia-today", "RT"),
])
def test_outlets_by_their_short_names(tmp_path: Path, text: str, actor: str, quote: str) -> None:
    actors = _actors(tmp_path, text)
    assert quote in [m.quote for m in actors[actor].mentions]


def test_a_descriptor_before_a_name_names_the_name_after_it() -> None:
    found = [(e.name, e.kind) for e in find_entities("The contract went to the Russian company Gazprom.", "en")]
    assert ("Gazprom", "company") in found and not any(name == "Russian" for name, _ in found)


def test_a_country_s_adjective_before_a_descriptor_is_no_organisation(tmp_path: Path) -> None:
    actors = _actors(tmp_path, "The contract went to the Russian company and then the Kazakh company.")
    assert not [a.id for a in actors.values() if a.kind in ("organization", "company", "media")]
