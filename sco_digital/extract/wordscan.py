"""The candidate scan: the distinct words of a text, read once and shared by every finder that
anchors on words (lexicon and gazetteer names, titles, verbs of speech, head words).

A pattern scanned over a whole text is tried at almost every character; one that can only start
where some literal is written is instead matched at the places that literal occurs
(`matches_at`, which gives exactly what `finditer` gives when it is handed every place a match
can start). Which literals occur at all is read off the text's distinct words, so a text that
names none of them costs one set intersection.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Protocol

__all__ = ["distinct_words", "matches_at", "occurrences", "word_pieces"]

_WORD = re.compile(r"\w[\w-]*")
_LAST: list[object] = [None, frozenset(), frozenset()]  # the last text scanned, its words, its pieces


def distinct_words(text: str) -> frozenset[str]:
    """Every distinct word of `text` (a run of word characters and inner hyphens: "SCO-Gipfel").
    The lexicon, the gazetteer and the entity finder all ask of the same article in turn, so
    the last text's words are kept: one scan per text."""
    if _LAST[0] is not text:
        _scan(text)
    words: frozenset[str] = _LAST[1]  # type: ignore[assignment]
    return words


def word_pieces(text: str) -> frozenset[str]:
    """Every distinct run of word characters of `text` (and its hyphenated words): the parts of
    hyphenated words count ("SCO", "Gipfel" of "SCO-Gipfel"). A name that starts after a non-word
    character starts one of these runs."""
    if _LAST[0] is not text:
        _scan(text)
    pieces: frozenset[str] = _LAST[2]  # type: ignore[assignment]
    return pieces


def _scan(text: str) -> None:
    words = frozenset(_WORD.findall(text))
    hyphenated = [word for word in words if "-" in word]
    pieces = words.union(part for word in hyphenated for part in word.split("-") if part) if hyphenated else words
    _LAST[:] = [text, words, pieces]


def occurrences(text: str, literals: Iterable[str]) -> tuple[int, ...]:
    """Sorted starts of every occurrence of `literals` in `text`, inside words too: where a pattern
    that opens with one of them can match (`str.find`, so the cost follows the hits)."""
    found: set[int] = set()
    for literal in literals:
        at = text.find(literal)
        while at >= 0:
            found.add(at)
            at = text.find(literal, at + 1)
    return tuple(sorted(found))


class _Pattern(Protocol):
    def match(self, text: str, pos: int = ..., endpos: int = ...) -> re.Match[str] | None: ...


def matches_at(pattern: _Pattern, text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """`pattern` matched at each candidate start (sorted), never twice over the same stretch: what
    `pattern.finditer(text)` gives, when `starts` holds every place a match can start and the
    pattern never matches the empty string."""
    reached = -1
    for start in starts:
        if start < reached:
            continue
        m = pattern.match(text, start)
        if m is not None:
            reached = m.end()
            yield m
