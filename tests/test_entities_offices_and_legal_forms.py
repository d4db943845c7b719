"""People named after their title, office and a comma ("the Minister of Trade of the Republic of
Arland, Pavel Orlov,"), English and German, and the sentences that must yield no person there: a
list of titled people, a portfolio listed with commas, a place after the comma."""

from __future__ import annotations

import pytest

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
