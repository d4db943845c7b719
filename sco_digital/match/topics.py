"""Topics of a passage from the taxonomy's keywords, in English and German."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..load.registry import Topic
from .mentions import alternation


@dataclass(frozen=True, slots=True)
class _Compiled:
    """Every keyword of every topic in one alternation, and what a match there means."""

    topics: tuple[Topic, ...]  # kept so the cache's key (its id) cannot be reused by another tuple
    pattern: re.Pattern[str] | None
    # the longest keyword matched at a place (lower-cased) -> the topics of it and of every shorter
    # keyword that is a prefix of it, which match at the same place too
    topics_at: dict[str, frozenset[str]]


_COMPILED: dict[int, _Compiled] = {}  # one per registry: analysis builds a matcher per article


def _compiled(topics: tuple[Topic, ...]) -> _Compiled:
    known = _COMPILED.get(id(topics))
    if known is not None and known.topics is topics:
        return known
    owners: dict[str, set[str]] = {}
    for topic in topics:
        for words in topic.keywords.values():
            for word in words:
                if word:
                    owners.setdefault(word.lower(), set()).add(topic.id)
    ordered = sorted(owners, key=len, reverse=True)  # the longest keyword wins at a place
    topics_at = {
        word: frozenset(t for shorter in ordered if word.startswith(shorter) for t in owners[shorter])
        for word in ordered
    }
    # A look-ahead finds a keyword at every word start, also inside a longer keyword's match
    # ("economy" within "digital economy"), in one scan of the passage. The keywords are a prefix
    # tree (the longest first at a place, as the alternation sorted longest first): at each word
    # start the engine tries the few branches of its first letter, not every keyword in turn.
    body = alternation(ordered)
    # Matched on the lower-cased passage: four times faster than re.IGNORECASE over many keywords.
    pattern = re.compile(rf"(?<!\w)(?=({body}))") if ordered else None
    if len(_COMPILED) > 8:
        _COMPILED.clear()
    compiled = _COMPILED[id(topics)] = _Compiled(topics, pattern, topics_at)
    return compiled


class TopicMatcher:
    """Keywords match case-insensitively at the start of a word (`Fachkräfte` finds `Fachkräften`).

    All keywords are one compiled alternation, built once per registry; a passage is scanned
    once, however many topics and keywords there are.
    """

    def __init__(self, topics: tuple[Topic, ...]):
        self._order = [t.id for t in topics]
        self._compiled = _compiled(topics)
        self._last: tuple[str, tuple[str, ...]] = ("", ())  # figures of one sentence ask about it in turn

    def topics_of(self, passage: str) -> tuple[str, ...]:
        pattern = self._compiled.pattern
        if pattern is None:
            return ()
        if passage == self._last[0]:
            return self._last[1]
        found: set[str] = set()
        topics_at = self._compiled.topics_at
        for m in pattern.finditer(passage.lower()):
            found |= topics_at[m.group(1)]
            if len(found) == len(self._order):
                break
        result = tuple(t for t in self._order if t in found)
        self._last = (passage, result)
        return result

    def article_topics(self, text: str, min_hits: int = 2) -> tuple[str, ...]:
        """The topics an article speaks of as a whole: those whose keywords occur at least
        `min_hits` times in its text (one passing word is not what an article is about)."""
        pattern = self._compiled.pattern
        if pattern is None:
            return ()
        hits: dict[str, int] = {}
        topics_at = self._compiled.topics_at
        for m in pattern.finditer(text.lower()):
            for topic in topics_at[m.group(1)]:
                hits[topic] = hits.get(topic, 0) + 1
        return tuple(t for t in self._order if hits.get(t, 0) >= min_hits)
