"""TopicMatcher: one scan finds the same topics as one search per topic, in both languages."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sco_digital.load.registry import Topic
from sco_digital.match.topics import TopicMatcher

TOPICS = (
    Topic("digital-economy", {"en": "Digital economy"}, {"en": ("digital economy", "e-commerce"), "de": ("Digitalwirtschaft",)}),
    Topic("economy", {"en": "Economy"}, {"en": ("economy", "econ"), "de": ("Wirtschaft",)}),
    Topic("digital", {"en": "Digital"}, {"en": ("digital",), "de": ("digital", "Digitalisierung")}),
    Topic("skills", {"en": "Skills"}, {"en": ("skilled workers",), "de": ("Fachkräfte",)}),
)


def _reference(topics: tuple[Topic, ...], passage: str) -> tuple[str, ...]:
    """The meaning: a topic whose keyword starts at a word start anywhere in the passage."""
    found = []
    for topic in topics:
        words = [w for ws in topic.keywords.values() for w in ws]
        if any(re.search(rf"(?<!\w){re.escape(w)}", passage, re.IGNORECASE) for w in words):
            found.append(topic.id)
    return tuple(found)


@pytest.mark.parametrize(
    "passage, expected",
    [
        ("The digital economy grew.", ("digital-economy", "economy", "digital")),
        ("Die Digitalwirtschaft wächst.", ("digital-economy", "digital")),  # "digital" starts "Digitalwirtschaft"
        ("Mehr Fachkräften fehlen.", ("skills",)),
        ("Die Wirtschaft und die Digitalisierung.", ("economy", "digital")),
        ("E-commerce rose.", ("digital-economy",)),
        ("An econometric model.", ("economy",)),  # a keyword matches at a word's start
        ("The geoeconomy shifted.", ()),  # not inside a word
        ("Nothing here at all.", ()),
        ("Nichts davon hier.", ()),
        ("", ()),
    ],
)
def test_topics_of_phrases(passage: str, expected: tuple[str, ...]) -> None:
    assert TopicMatcher(TOPICS).topics_of(passage) == expected
    assert _reference(TOPICS, passage) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["digital", "economy", "Digitalwirtschaft", "econ", "e-commerce", "Fachkräfte",
                                 "x", "-", " ", "DIGITAL ECONOMY", "wirtschaft", "skilled", "workers", "ö"]),
                max_size=12))
def test_one_scan_agrees_with_a_search_per_topic(parts: list[str]) -> None:
    passage = "".join(parts)
    assert TopicMatcher(TOPICS).topics_of(passage) == _reference(TOPICS, passage)


def test_no_keywords_finds_nothing() -> None:
    assert TopicMatcher((Topic("empty", {"en": "Empty"}, {"en": ()}),)).topics_of("anything") == ()
