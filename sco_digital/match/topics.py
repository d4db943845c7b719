"""Topics of a passage from the taxonomy's keywords, in English and German."""

from __future__ import annotations

import re

from ..load.registry import Topic


class TopicMatcher:
    """Keywords match case-insensitively at the start of a word (`Fachkräfte` finds `Fachkräften`)."""

    def __init__(self, topics: tuple[Topic, ...]):
        self._order = [t.id for t in topics]
        self._patterns: dict[str, re.Pattern[str]] = {}
        for topic in topics:
            words = sorted({w for ws in topic.keywords.values() for w in ws if w}, key=len, reverse=True)
            if words:
                body = "|".join(re.escape(w) for w in words)
                self._patterns[topic.id] = re.compile(rf"(?<!\w)(?:{body})", re.IGNORECASE)

    def topics_of(self, passage: str) -> tuple[str, ...]:
        return tuple(t for t in self._order if t in self._patterns and self._patterns[t].search(passage))
