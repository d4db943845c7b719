"""Organisations named without a head word or legal form, found by what the sentence says they do.

A name no pattern of `entities` recognises by its shape ("Kazakhmys", "Uzhydropower", "Angren
Energo", "POP MART", "Eurostat") is still an actor when the text makes it act: a capitalised name
right before a verb of corporate action ("Kazakhmys reported", "Uzhydropower plans", "die EU
verhängte"), or a web domain cited as a source ("according to Energyprom.kz", "laut bp.com").
"Downing Street said" is the British government's office speaking, not a person.

What must stay out: common words that open a sentence ("Exports rose", "Analysts said" — words the
text also writes in lower case, or a stop word), people (two or three name-like words before a
verb of speech are the person finder's; a single word that ends a person's name is that person),
German common nouns (after an article, or with a noun ending such as "-ung"), months, weekdays.
Package-internal; `entities.find_entities` calls `acting_organisations`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ._entity_patterns import _CALENDAR_WORDS, _GERMAN_NOUN_END, _NOT_IN_NAME, _SP, _UP
from ._regex import LazyRegex as _Regex
from .lang import de as _de
from .lang import en as _en

__all__ = ["ActingName", "acting_organisations", "is_group_of_countries"]


@dataclass(frozen=True, slots=True)
class ActingName:
    """``text[start:end]`` names an organisation (`kind` organization or company)."""

    start: int
    end: int
    kind: str


_ACTION = "|".join(sorted(_en.ACTION_VERBS | _de.ACTION_VERBS, key=len, reverse=True))
_SPEECH = _en.SPEECH_VERBS | _de.SPEECH_VERBS
_NAME_TOKEN = rf"[{_UP}][\w&'’.-]*[\w]|[{_UP}]"
# One scan: up to four capitalised words ending right before a verb of action.
_ACTING = _Regex(rf"(?<![\w.'’-])(?P<name>(?:{_NAME_TOKEN})(?:{_SP}(?:{_NAME_TOKEN})){{0,3}}){_SP}(?P<verb>{_ACTION})\b")
_DOMAIN = _Regex(
    r"(?i:according[^\S\n]+to|laut|quelle:|source:|reported[^\S\n]+by|website|webseite)[^\S\n]+"
    r"(?P<name>[\w-]+(?:\.[\w-]+)*\.(?:com|kz|uz|ru|cn|org|net|de|pk|in|info|gov|io|tj|kg|az|tm)(?:\.[a-z]{2})?)\b"
)
_ARTICLES_DE = frozenset("der die das den dem des ein eine einer eines einem einen".split())
_PREVIOUS_WORD = _Regex(r"(?P<word>[\w-]+)[^\S\n]*\Z")
_PLACE_METONYMS = ("Street", "Square", "Palace", "Kremlin", "House")  # "Downing Street said"
_STOP = _NOT_IN_NAME | {w.lower() for w in _CALENDAR_WORDS}
_NAME_SHAPE = re.compile(rf"[{_UP}][a-zß-öø-ÿ'’-]+")  # "Volker", "Jonsson": how a person's name is written
_ORG_SHAPE = re.compile(r".*(?:[A-Z].*[A-Z]|\d|\.[a-z])")  # "AstraZeneca", "POP", "G20", "Energyprom.kz"


def is_group_of_countries(text: str, end: int) -> bool:
    """Whether the acronym ending at `end` stands before a plural noun of countries: "EU
    countries", "G20 members", "GUS-Staaten" name a group of countries, not an actor."""
    m = _GROUP_AFTER.match(text, end)
    return m is not None and m["noun"].lower() in _GROUP_NOUNS


_GROUP_NOUNS = _en.GROUP_NOUNS | _de.GROUP_NOUNS
_GROUP_AFTER = _Regex(r"(?:[^\S\n]+|-)(?P<noun>\w+)")


def acting_organisations(text: str, language: str | None, person_words: set[str] | frozenset[str],
                         lower_words: set[str] | frozenset[str]) -> Iterator[ActingName]:
    """Names the text makes act, and web domains it cites as sources.

    `person_words` are the words of people's names found in the text (a single one of them
    before a verb is that person); `lower_words` are the words the text writes in lower case
    (the same word capitalised at a sentence start is a common word).
    """
    for m in _ACTING.finditer(text):
        name = _trimmed(text, m.start("name"), m.end("name"))
        if name is None:
            continue
        start, end = name
        tokens = text[start:end].split()
        if not _is_organisation_name(text, start, tokens, m["verb"], language, person_words, lower_words):
            continue
        kind = "organization" if tokens[-1] in _PLACE_METONYMS or (len(tokens) == 1 and tokens[0].isupper()) \
            else "company"
        yield ActingName(start, end, kind)
    for m in _DOMAIN.finditer(text):
        yield ActingName(m.start("name"), m.end("name"), "company")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name without sentence words before it ("The", "Meanwhile", "Die"); None if none is left."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while words and words[0].group().lower().rstrip(".") in _STOP:
        words.pop(0)
    if not words:
        return None
    return start + words[0].start(), start + words[-1].end()


def _is_organisation_name(text: str, start: int, tokens: list[str], verb: str, language: str | None,
                          person_words: set[str] | frozenset[str], lower_words: set[str] | frozenset[str]) -> bool:
    if tokens[-1] in _PLACE_METONYMS:
        return len(tokens) > 1 and verb in _SPEECH
    if any(t.lower().rstrip(".") in _STOP or t in _CALENDAR_WORDS for t in tokens):
        return False
    if all(t in person_words for t in tokens):
        return False  # "Mirziyoyev said": the person the text named in full
    org_shaped = any(_ORG_SHAPE.match(t) for t in tokens)
    if not org_shaped and all(t.lower() in lower_words for t in tokens):
        return False  # "Exports rose", "Analysts said": words the text also writes in lower case
    if not org_shaped and 2 <= len(tokens) <= 3 and verb in _SPEECH and all(_NAME_SHAPE.fullmatch(t) for t in tokens):
        return False  # "Volker Quaschning said": a person's name is the person finder's
    if language == "de" and not org_shaped and (
        any(_GERMAN_NOUN_END.search(t) for t in tokens) or not _opens_clause(text, start)
    ):
        return False  # "um 5 Prozent erwartet", "Seltene Erden exportiert": German nouns before a final verb
    if len(tokens) == 1 and not org_shaped:
        before = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
        if before and before["word"].lower() in _ARTICLES_DE and language != "en":
            return False  # "der Konzern meldete": a German common noun
        if language != "en" and _GERMAN_NOUN_END.search(tokens[0]) and tokens[0].lower() not in person_words:
            return False  # "Regierung", "Experten": German nouns are capitalised too
    return True


_CLAUSE_OPENING = _Regex(r"(?:^|[.!?:;,\n\"„“(]|(?:^|[.!?:;\n])[^\S\n]*(?:[Dd](?:er|ie|as)))[^\S\n]*\Z")


def _opens_clause(text: str, start: int) -> bool:
    """Whether a German name stands first in its clause, where the subject of a verb-second
    sentence stands ("Kazakhmys meldete", "Die EU verhängte")."""
    return _CLAUSE_OPENING.search(text, max(0, start - 8), start) is not None
