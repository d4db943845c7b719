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


_WITH_SHORT = (LexActor(id="miit", kind="organization", names={"en": "Ministry of Industry and Information Technology",
                                                                "de": "Ministerium für Industrie und Informationstechnologie"},
                         aliases=(), short_forms=("ministry", "Ministerium"), role=None, affiliation=None,
                         country="CHN"),)


@pytest.mark.parametrize("text, expected", [
    # a short form refers back to the entry named before it
    ("The Ministry of Industry and Information Technology said so. The ministry added more.",
     ["Ministry of Industry and Information Technology", "ministry"]),
    ("Das Ministerium für Industrie und Informationstechnologie teilte mit. Das Ministerium plant mehr.",
     ["Ministerium für Industrie und Informationstechnologie", "Ministerium"]),
    # before the name, "the ministry" is another one; without the name, none
    ("According to the digital ministry, the ministry will work with the Ministry of Industry and Information "
     "Technology.", ["Ministry of Industry and Information Technology"]),
    ("The ministry said so.", []),
])
def test_short_forms_refer_back(text: str, expected: list[str]) -> None:
    assert [m.text for m in AliasMatcher(_WITH_SHORT).find(text)] == expected


def test_a_short_form_alone_names_no_entry() -> None:
    # a found "Ministerium" ("das usbekische Ministerium") is no curated ministry: a short form
    # only refers back to a name written before it
    matcher = AliasMatcher(_WITH_SHORT)
    assert matcher.id_of("Ministerium") is None and matcher.id_of("ministry") is None
    assert matcher.id_of("Ministry of Industry and Information Technology") == "miit"


# The prefix-tree pattern must match exactly what the flat alternation of the same words, longest
# first, matches: the same places and the same words, also when a look-ahead after it fails.
_TAIL = r"(?![\w’'])(?!-?\s?[Dd]ollar)"


@pytest.mark.parametrize("words, text", [
    (["China", "China's", "Chinas", "Chinese"], "China's trade with Chinas Nachbarn and Chinese firms; Chinatown."),
    (["US", "U.S.", "USA", "US Steel"], "US-Dollar, U.S. dollars, USA, US Steel and US firms."),
    (["SCO", "SCO-Staaten", "SCO summit"], "Die SCO-Staaten; the SCO summit; SCO-Gipfel; SCOs."),
    (["Kasachstan", "Kasachstans"], "Kasachstans Handel, Kasachstan-China, Kasachstani."),
    (["EU", "Europäische Union", "Europäischen Union"], "der Europäischen Union und die Europäische Unionen"),
    (["Iran"], "Iranian oil is no match; Iran is."),
    (["Mongolia"], "Nothing named here at all."),  # nothing to find
    (["a", "ab", "abc"], "abcd ab a abc-ab"),
])
def test_prefix_tree_alternation_matches_as_the_flat_one(words: list[str], text: str) -> None:
    import re

    from sco_digital.match.mentions import alternation

    flat = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                      + ")" + _TAIL)
    expected = [(m.start(), m.group()) for m in flat.finditer(text)]
    for tree in (re.compile(r"(?<![\w.])" + alternation(words) + _TAIL),
                 re.compile(alternation(words, not_after=r"\w.") + _TAIL)):
        assert [(m.start(), m.group()) for m in tree.finditer(text)] == expected
        for lo, hi in ((1, len(text) - 3), (5, 20)):  # bounded windows, as the callers scan them
            assert ([(m.start(), m.group()) for m in tree.finditer(text, lo, hi)]
                    == [(m.start(), m.group()) for m in flat.finditer(text, lo, hi)])
