"""match.mentions: lexicon names found in English and German text with exact offsets; near misses find nothing."""

from __future__ import annotations

import pytest

from sco_digital.load.registry import LexActor
from sco_digital.match.mentions import AliasMatcher

ACTORS = (
    LexActor(id="kazakhstan", kind="country", names={"en": "Kazakhstan", "de": "Kasachstan"}, aliases=(),
             short_forms=(), role=None, affiliation=None, country="KAZ"),
    LexActor(id="miit", kind="organization", names={"en": "Ministry of Industry and Information Technology",
                                                     "de": "Ministerium für Industrie und Informationstechnologie"},
             aliases=("MIIT",), short_forms=(), role=None, affiliation=None, country="CHN"),
)


@pytest.mark.parametrize("text, expected", [
    ("Kazakhstan signed the plan.", [("kazakhstan", "Kazakhstan")]),
    ("Kasachstan unterzeichnete den Plan.", [("kazakhstan", "Kasachstan")]),
    ("The MIIT said so.", [("miit", "MIIT")]),
    ("Das Ministerium für Industrie und Informationstechnologie teilte mit.",
     [("miit", "Ministerium für Industrie und Informationstechnologie")]),
    ("Kazakhstani firms grew.", []),   # a longer word is not the name
    ("Nothing to see here.", []),
    ("", []),
])
def test_names_are_found_with_exact_offsets(text: str, expected: list[tuple[str, str]]) -> None:
    found = AliasMatcher(ACTORS).find(text)
    assert [(m.id, m.text) for m in found] == expected
    assert all(text[m.start:m.end] == m.text for m in found)
