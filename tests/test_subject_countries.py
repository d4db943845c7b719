"""Subjects come from the generated ISO 3166 table, not a hand-typed list: every country, its
German and English names, genitives and adjectives."""

from __future__ import annotations

import pytest

from sco_digital.match.subject import ActorNames, country_names, subject_of


@pytest.mark.parametrize("text, language, subject", [
    ("Chiles Exporte stiegen im Jahr 2024 um 5 Prozent.", "de", "chile"),
    ("Chile's exports rose 5 percent in 2024.", "en", "chile"),
    ("Die kasachischen Exporte stiegen um 5 Prozent.", "de", "kazakhstan"),
    ("Norwegian exports rose 5 percent.", "en", "norway"),
    ("Exports rose 5 percent.", "en", None),
])
def test_subject_from_the_generated_country_table(text, language, subject):
    at = text.index("5")
    assert subject_of(text, at, at + 1, language, ActorNames()) == subject


def test_every_generated_country_has_names():
    names = country_names()
    assert len(names) >= 249
    assert "Kasachstan" in names["kazakhstan"] and "Kazakh" in names["kazakhstan"]
