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
Round three adds organisations named by the phrase around them (`contextual_organisations`):
list items after a plural descriptor ("companies such as A, B and C", "Firmen wie A und B"), data
sources ("Daten von Eurostat und der Worldbank", "laut Statistikamt"), websites ("the bp.com
website", "Energyprom.kz analytical website reports"), an alias in brackets after a descriptive
phrase ("Kasachischen Eisenbahnen (Qazagstan Temir Zholy)"), a German clause's subject before a
verb of corporate action ("Rosatom baut", "Kazakhmys hat … eingekauft"); and `stands_for_states`:
"EU", "GUS", "G20" where they stand for their member states ("in der EU") rather than act.
Package-internal; `entities.find_entities` calls `acting_organisations` and `contextual_organisations`.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from ._entity_patterns import (
    _CALENDAR_WORDS, _GERMAN_NOUN_END, _LO, _NOT_IN_NAME, _NOT_NAME, _SP, _TITLE_WORD, _UP, positions,
)
from ._regex import LazyRegex as _Regex
from .lang import currencies
from .lang import de as _de
from .lang import en as _en

__all__ = ["ActingName", "COUNTED_BEFORE", "acting_organisations", "anchored", "contextual_organisations", "country_words",
           "end_by_acronym", "is_group_of_countries", "is_german_noun", "ArticleNouns", "stands_for_states"]


@dataclass(frozen=True, slots=True)
class ActingName:
    """``text[start:end]`` names an organisation (`kind` organization or company)."""

    start: int
    end: int
    kind: str
    name: str | None = None  # the display form when it differs from the words ("Kasachische Eisenbahnen")


_ACTION = "|".join(sorted(_en.ACTION_VERBS | _de.ACTION_VERBS, key=len, reverse=True))
_SPEECH = _en.SPEECH_VERBS | _de.SPEECH_VERBS
_NAME_TOKEN = rf"[{_UP}][\w&'’.-]*[\w]|[{_UP}]"
# One scan: up to four capitalised words ending right before a verb of action.
_ACTION_VERBS = _en.ACTION_VERBS | _de.ACTION_VERBS | frozenset(_de.SEPARABLE_ACTION_VERBS)
_ACTION_VERBS_BY_LANGUAGE = {"en": _en.ACTION_VERBS,
                             "de": _de.ACTION_VERBS | frozenset(_de.SEPARABLE_ACTION_VERBS)}
_CLAUSE_REST = _Regex(r"[^.!?;:\n]{0,200}")  # what follows a verb up to its sentence's end
# Read back from each verb of action: up to four capitalised words ending right before it.
# (an adverb between: "Godrej Appliances today revised …")
_ACTING = _Regex(rf"(?<![\w.'’-])(?P<name>(?:{_NAME_TOKEN})(?:{_SP}(?:{_NAME_TOKEN})){{0,3}}){_SP}"
                 rf"(?:(?:today|yesterday|also){_SP})?\Z")
_ARTICLES_DE = frozenset("der die das den dem des ein eine einer eines einem einen".split())
_PREVIOUS_WORD = _Regex(r"(?P<word>[\w-]+)[^\S\n]*\Z")
_PREPOSITIONS = frozenset({"of", "for", "für"})
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
# A number or a word of amount right before a name: what follows is counted, no name of one body
# ("487,000 PHEVs sold", "8,3 Millionen NEVs", "15 Venture-Capital-Fonds", "drei Investmentfonds").
COUNTED_BEFORE = re.compile(
    r"(?:\d|\b(?:million|millions|billion|thousand|Millionen|Million|Mio\.|Milliarden|Mrd\.|Tausend|zwei|drei|vier|"
    r"fünf|sechs|sieben|acht|neun|zehn|zwölf|mehrere|einige|zahlreiche|viele|two|three|four|five|six|seven|eight|"
    r"nine|ten|twelve|several|many))[^\S\n]+\Z")
_PREPOSITIONS_DE = frozenset("im am vom zum zur beim ins in an auf aus bei mit nach von zu gegen durch ohne um unter "
                             "über vor hinter neben zwischen seit während wegen".split())
_PLACE_METONYMS = ("Street", "Square", "Palace", "Kremlin", "House")  # "Downing Street said"
_STOP = _NOT_IN_NAME | {w.lower() for w in _CALENDAR_WORDS} | {
    w.lower() for lang in (_en, _de) for w in lang.VOCABULARY.sentence_starters}  # "Jetzt folgt der Ausverkauf"
_NAME_SHAPE = re.compile(rf"[{_UP}][a-zß-öø-ÿ'’-]+")  # "Volker", "Jonsson": how a person's name is written
_ORG_SHAPE = re.compile(r".*(?:[A-Z].*[A-Z]|\d|\.[a-z])")  # "AstraZeneca", "POP", "G20", "Energyprom.kz"


def is_group_of_countries(text: str, end: int) -> bool:
    """Whether the acronym ending at `end` stands before a plural noun of countries or, joined by a
    hyphen, a noun of the area they make up: "EU countries", "G20 members", "GUS-Staaten",
    "GUS-Freihandelszone" name a group of countries, not an actor."""
    m = _GROUP_AFTER.match(text, end)
    if m is None:
        return False
    noun = m["noun"].lower()
    return noun in _GROUP_NOUNS or (m.group().startswith("-") and noun.endswith(_GROUP_AREAS))


def stands_for_states(text: str, start: int, end: int) -> bool:
    """Whether a group acronym ("EU", "GUS", "G20") at ``text[start:end]`` stands for its member
    states ("in der EU", "Länder der GUS", "EU member states") rather than acting as a body ("the
    EU imposed", "die EU verhängte", "the EU has agreed"): only as the subject of a verb is it an
    organisation mentioned."""
    written = text[start:end]
    if written not in _COUNTRY_GROUPS:
        # a compound found as one name: "GUS-Märkten", "EU-Staaten" (a group's area or members)
        head = written.partition("-")[0]
        return head != written and head in _COUNTRY_GROUPS and is_group_of_countries(text, start + len(head))
    if is_group_of_countries(text, end):
        return True
    if text.startswith("-", end):
        # "EU-Exporte", "EU-Sanktionen": the states' own; "EU-Kommission", "EU-Rat": a body of
        # theirs, an organisation under its own name, not the group
        return True
    before = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
    article = before["word"] if before and before["word"].lower() in _SUBJECT_ARTICLES else None
    if before is not None and article is not None:
        before = _PREVIOUS_WORD.search(text, max(0, before.start() - 30), before.start())
    if before and before["word"].lower() in _NOT_SUBJECT_BEFORE:
        return True  # "in the EU", "mit der EU", "Länder der GUS": never the subject
    if article is not None and article.lower() == "die":
        return False  # "die EU verhängte", "einigte sich auch die EU": German nominative
    acronym = _ACRONYM_IN_BRACKETS.match(text, end)  # "The Commonwealth of Independent States (CIS) adopted"
    verb = _NEXT_WORD.match(text, acronym.end() if acronym else end)
    return verb is None or not (verb["word"] in _SUBJECT_VERBS or _PAST_SHAPE.fullmatch(verb["word"]))


_SUBJECT_ARTICLES = frozenset({"the", "die"})
_COUNTRY_GROUPS = _en.COUNTRY_GROUPS | _de.COUNTRY_GROUPS
_NOT_SUBJECT_BEFORE = _en.NOT_SUBJECT_BEFORE | _de.NOT_SUBJECT_BEFORE
_SUBJECT_VERBS = _en.ACTION_VERBS | _de.ACTION_VERBS | _en.SPEECH_VERBS | _de.SPEECH_VERBS | _en.AUXILIARIES \
    | _de.AUXILIARIES
_NEXT_WORD = _Regex(r"[^\S\n]+(?P<word>[\w-]+)")
_ACRONYM_IN_BRACKETS = _Regex(r"[^\S\n]*\([A-ZÄÖÜ]{2,8}\)")
_PAST_SHAPE = re.compile(r"[a-z]+ed|[a-zäöü]+te")  # a regular past tense: "agreed", "forderte"
_GROUP_NOUNS = _en.GROUP_NOUNS | _de.GROUP_NOUNS
_GROUP_AREAS = _en.GROUP_AREA_ENDINGS + _de.GROUP_AREA_ENDINGS
_GROUP_AFTER = _Regex(r"(?:[^\S\n]+|-)(?P<noun>\w+)")


def acting_organisations(text: str, language: str | None, person_words: set[str] | frozenset[str],
                         lower_words: set[str] | frozenset[str],
                         by_lower: dict[str, list[str]] | None = None) -> Iterator[ActingName]:
    """Names the text makes act (web domains cited as sources are `contextual_organisations`').

    `person_words` are the words of people's names found in the text (a single one of them
    before a verb is that person); `lower_words` are the words the text writes in lower case
    (the same word capitalised at a sentence start is a common word); `by_lower` the text's
    distinct words by lower-case form, if the caller has them (the verbs are found among them).
    """
    by_lower = by_lower if by_lower is not None else _words_by_lower(text)
    # the verbs of the text's language: English "plant" is no German "plant" ("its Alabama plant")
    wanted = _ACTION_VERBS_BY_LANGUAGE.get(language or "", _ACTION_VERBS)
    verbs = sorted((at, verb) for verb in by_lower.keys() & wanted for at in positions(text, {verb}))
    for at, verb in verbs:
        particle = _de.SEPARABLE_ACTION_VERBS.get(verb)
        if particle is not None:
            rest = _CLAUSE_REST.match(text, at)
            if rest is None or particle not in rest.group().split():
                continue  # "es gab", "der Kurs gab nach": no announcement
        m = _ACTING.search(text, max(0, at - 160), at)
        if m is None:
            continue
        name = _trimmed(text, m.start("name"), m.end("name"))
        if name is None:
            continue
        start, end = name
        tokens = text[start:end].split()
        if len(tokens) == 1 and (tokens[0] in _BARE_HEADS or _TITLE_WORD.fullmatch(tokens[0])
                                 or _ACRONYM_PLURAL.fullmatch(tokens[0])):
            continue  # "The Corporation said", "Die Bank meldete", "The Chairman said": a head word or a
            # title alone refers back, it names none; "The MoUs signed", "NGOs said": many things, no name
        if not _is_organisation_name(text, start, tokens, verb, language, person_words, lower_words):
            continue
        kind = "organization" if tokens[-1] in _PLACE_METONYMS or (len(tokens) == 1 and tokens[0].isupper()) \
            else "company"
        if len(tokens) == 1 and verb == "reports" and _REPORTS_CLOSING.match(text, at) \
                and _WIRE_BEFORE.search(text, max(0, start - 3), end + 1):
            kind = "media"  # "…, Trend reports.", "…, Trend reports via …": a wire's credit closing the sentence
        elif verb in _REPORTING_WORDS and tokens[-1].lower().endswith(_MEDIA_ENDINGS):
            kind = "media"  # "Azernews reports with reference to …": an outlet by its name's news word
        yield ActingName(start, end, kind)


_ACRONYM_PLURAL = _Regex(r"[A-Z][A-Za-z]*[A-Z]s")  # "MoUs", "NGOs", "IITs"
_MEDIA_ENDINGS = ("news", "press", "times", "tv", "daily", "zeitung")  # "Azernews", "Asia-Plus Press" ("Post" is also mail)
_WORD = _Regex(r"\w[\w-]*")
_BARE_HEADS = frozenset(word for words in (_en.HEAD_WORDS, _de.HEAD_WORDS)
                        for kind in ("organization", "company", "media") for word in words[kind].split()) | {
    "Cabinet", "Kabinett"}  # "The Cabinet said": a state's government, referred back to


def _words_by_lower(text: str) -> dict[str, list[str]]:
    by_lower: dict[str, list[str]] = {}
    for w in set(_WORD.findall(text)):
        by_lower.setdefault(w.lower(), []).append(w)
    return by_lower


_CONTRACTION = re.compile(r"['’](?:s|re|ll|ve|d)\Z")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name without sentence words before it ("The", "Meanwhile", "Die"); None if none is left."""
    words = list(re.finditer(r"\S+", text[start:end]))
    # "It’s expected": a stop word with its verb run on ("’s", "'s") is still a stop word
    while words and _CONTRACTION.sub("", words[0].group().lower().rstrip(".")) in _STOP:
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
    before = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
    if before is not None and before["word"] in _PREPOSITIONS:
        return False  # "the Minister for Trade said": the object of a longer phrase, not the subject
    if len(tokens) == 1 and _PLURAL_ACRONYM.fullmatch(tokens[0]):
        return False  # "PHEVs sold", "NEVs produziert": a plural of a thing's abbreviation
    if COUNTED_BEFORE.search(text, max(0, start - 24), start):
        return False  # "487,000 PHEVs sold", "8,3 Millionen NEVs produziert": things counted, no subject
    if before is not None and language == "de" and before["word"] in _PREPOSITIONS_DE:
        return False  # "die der Westen im Ukraine-Konflikt verhängt hat": a preposition's object, no subject
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
        if language != "en" and _PARTICIPLE.fullmatch(tokens[0]) and _PREPOSITION_AFTER.match(text, start + len(tokens[0])):
            return False  # "Ausgestattet mit zehn Milliarden Dollar sollte er investieren": a past participle
            # opening the sentence, then its preposition
        if language != "en" and _after_article(text, start):
            return False  # "der Konzern meldete": a German common noun
        if language != "en" and (_GERMAN_NOUN_END.search(tokens[0]) or is_german_noun(tokens[0], lower_words)) \
                and tokens[0].lower() not in person_words:
            return False  # "Regierung", "Experten", "Zusammenarbeit": German nouns are capitalised too
    return True


_PREPOSITION_AFTER = _Regex(r"[^\S\n]+(?:mit|von|vom|durch|in|im|an|am|auf|aus|bei|für|zu|zum|zur|nach|unter|über|seit|als)\b")


def _after_article(text: str, start: int) -> bool:
    """Whether a German article stands right before the word at `start` ("der Konzern")."""
    before = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
    return before is not None and before["word"].lower() in _ARTICLES_DE


_CLAUSE_OPENING = _Regex(
    r"(?:^|[.!?:;,\n„(]|(?<!\w)[\"“]|(?:^|[.!?:;\n])[^\S\n]*(?:[Dd](?:er|ie|as))|(?<!-[^\S\n])\b(?:und|aber|oder|sondern|denn))[^\S\n]*\Z"
)


def _opens_clause(text: str, start: int) -> bool:
    """Whether a German name stands first in its clause, where the subject of a verb-second
    sentence stands ("Kazakhmys meldete", "Die EU verhängte", "und Rosatom baut"). A quotation mark
    right after a word closes a quote ('einem neuen "Cloud" Modell eröffnet'): no clause opens there."""
    return _CLAUSE_OPENING.search(text, max(0, start - 8), start) is not None


# --- organisations by the phrase around them ------------------------------------------------------
# Names no shape and no verb reveal, but the words around them do: a list after "companies such as",
# a source after "Daten von" or "according to the", a domain cited as a website, an alias in
# brackets after a descriptive phrase, a German subject whose clause buys, builds or delivers.

_COMMON_NOUNS = _en.COMMON_NOUNS | _de.COMMON_NOUNS
# German compounds end in a common noun ("Zeitungsbericht", "Energieexperten"); not in an
# organisation's head ("Worldbank"), which names a body.
_NOUN_TAILS = tuple(sorted(n for n in _de.COMMON_NOUNS if len(n) >= 5 and n not in _de.ORG_DESCRIPTORS
                           and not n.startswith(("bank", "konzern", "ministerium", "firm"))))
_NOUN_SUFFIX = _Regex(r"(?:ung|ungen|heit|keit|schaft|schaften|tion|tionen|tät|täten|ismus|nis|nisse|ien|analysen)$")
# Not after a comma, where "der/die/das" opens a relative clause as often: "die Agenda, die Putin
# mit seinem Amtskollegen besprochen habe" names Putin.
_ARTICLE_NOUN = _Regex(
    rf"\b(?P<before>(?<!,[^\S\n])(?:der|die|das|den|dem)|des|ein|eine|einen|einem|einer|eines|in|In|nach|aus){_SP}"
    # a count between the article and its noun: "von den beiden Brüdern Chen Yunji und Chen Tianshi"
    rf"(?:(?:beiden|zwei|drei|vier|fünf|vielen|meisten|anderen|übrigen){_SP})?(?P<noun>[{_UP}][\w-]++)"
    # (not an English possessive: "confidence in Rajesh’s capabilities" names a person, no place)
    r"(?!['’]s\b)"
)
_PLACE_BEFORE = frozenset({"in", "In", "nach", "aus"})


class ArticleNouns(Container[str]):
    """Capitalised words the text writes after a German article ("die Regierung": a common noun)
    or after "in"/"nach"/"aus" ("in Astana": a place). Read in one pass over the text, and only
    when a finder first asks: most texts have no candidate that needs them."""

    __slots__ = ("_nouns", "_articled", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._nouns: frozenset[str] | None = None
        self._articled: frozenset[str] = frozenset()  # of those, the words after an article proper

    def _read(self) -> frozenset[str]:
        if self._nouns is None:
            pairs = [(m["before"], m["noun"]) for m in _ARTICLE_NOUN.finditer(self._text)]
            self._nouns = frozenset(noun for _, noun in pairs)
            self._articled = frozenset(noun for before, noun in pairs if before not in _PLACE_BEFORE)
        return self._nouns

    def __contains__(self, word: object) -> bool:
        return word in self._read()

    def after_article(self, word: str) -> bool:
        """Whether the text writes `word` after an article proper ("die Regierung"), not only after
        "in"/"nach"/"aus" ("in Speira" may name a firm's works)."""
        self._read()
        return word in self._articled


_NO_NOUNS: frozenset[str] = frozenset()


def is_german_noun(word: str, lower_words: Container[str], article_nouns: Container[str] = _NO_NOUNS) -> bool:
    """Whether a capitalised word is a German (or English) common noun rather than a name: listed
    as frequent, written lower-case or after an article elsewhere, or with a noun suffix."""
    lowered = word.lower()
    return (lowered in _COMMON_NOUNS or lowered in lower_words or word in article_nouns
            or _NOUN_SUFFIX.search(lowered) is not None or lowered.endswith(_NOUN_TAILS))


def _no_listed_name(tokens: list[str], lower_words: Container[str], by_ending: bool = True) -> bool:
    """Whether the words of a list's item name nothing: a stop or calendar word among them, or one
    common noun alone (not shaped like a name: "AstraZeneca", "G20") — by its ending too when
    `by_ending`, else only one the language's list or the text itself (in lower case) gives."""
    if any(t.lower().rstrip(".") in _STOP or t in _CALENDAR_WORDS for t in tokens):
        return True
    if len(tokens) != 1 or _ORG_SHAPE.match(tokens[0]):
        return False
    lowered = tokens[0].lower()
    return is_german_noun(tokens[0], lower_words) if by_ending else lowered in _COMMON_NOUNS or lowered in lower_words


_ORG_TOKEN = rf"(?:[{_UP}][\w&'’.-]*\w|[{_UP}]|\d+[{_UP}][\w-]*)"
_ORG_TOKENS = rf"{_ORG_TOKEN}(?:{_SP}(?:&{_SP})?{_ORG_TOKEN}){{0,3}}"  # "DB Engineering & Consulting"


def anchored(text: str, by_lower: dict[str, list[str]], wanted: frozenset[str]) -> tuple[int, ...]:
    """Starts of the text's words whose lower-case form is in `wanted`, in any case. `by_lower`
    maps the lower-case form of each distinct word of the text to its written forms."""
    return positions(text, {w for key in wanted & by_lower.keys() for w in by_lower[key]})


_LIST_DESCRIPTORS = _en.LIST_DESCRIPTORS | _de.LIST_DESCRIPTORS
_LIST_OPENERS = "|".join(sorted((o.replace(" ", _SP) for o in _en.LIST_OPENERS | _de.LIST_OPENERS), key=len,
                                reverse=True))
# "companies such as A, B and C", "Firmen wie A und B", "neuer Unternehmen: A – für …, und B";
# matched at a plural descriptor
_LIST_START = _Regex(rf"[\w-]+(?:[^\S\n]*:[^\S\n]*|,?{_SP}(?:{_LIST_OPENERS}){_SP})(?={_ORG_TOKEN})")
# a listed name may open with a lower-case letter before a capital ("Itransition, iTechArt, Epam Systems")
_LIST_ITEM = _Regex(rf"(?P<name>(?:[{_LO}][{_UP}][\w&'’.-]*\w|{_ORG_TOKEN})(?:{_SP}(?:&{_SP})?{_ORG_TOKEN}){{0,3}})(?![\w'’-])")
# "Angren Energo – für die Produktion …", "AmonatBonk (Tajik savings bank)": a note after a listed name
# "Edison technologies, Ernst Klett": a word the writer left in lower case closing a listed name
_ITEM_NOTE = _Regex(r"[^\S\n]+[–—-][^\S\n]+[^,;.\n]{0,150}|[^\S\n]*\([^()\n]{1,60}\)"
                    r"|(?:[^\S\n]+[a-z][a-z-]*){1,2}(?=[^\S\n]*,)")
# ", ", " and ", " oder die staatliche ": an article and an adjective may open the next item
_ITEM_JOIN = _Regex(rf"(?:[^\S\n]*,[^\S\n]*(?:(?:und|and|sowie|oder|or){_SP})?|{_SP}(?:und|and|sowie|oder|or){_SP})"
                    rf"(?:(?:the|die|der|das|den|dem){_SP})?(?:[{_LO}][\w-]*(?:e|en|er|es|ed|owned|run){_SP})?")
_MAX_ITEMS = 30


def _listed(text: str, by_lower: dict[str, list[str]], lower_words: set[str] | frozenset[str]) -> Iterator[ActingName]:
    # "Siemens-Konkurrenten wie ABB, …": a compound whose last part is a descriptor is one too
    # (and a German compound ending in one: "Finanzgesellschaften wie Iljuschin Finance", "Rüstungskonzerne wie …")
    wanted = _LIST_DESCRIPTORS | {w for w in by_lower if "-" in w and w.rsplit("-", 1)[1] in _LIST_DESCRIPTORS
                                  or (w.endswith(_COMPOUND_DESCRIPTOR_ENDS) and w not in _LIST_DESCRIPTORS)}
    for at in anchored(text, by_lower, wanted):
        m = _LIST_START.match(text, at)
        at_word = _WORD_AT.match(text, at)
        word = at_word.group().lower() if at_word is not None else ""
        compound = m is None and "-" not in word and word.endswith(_COMPOUND_DESCRIPTOR_ENDS) and word not in _LIST_DESCRIPTORS
        direct = None if m is not None or compound else _LIST_DIRECT.match(text, at)  # (a compound only
        # opens a list with "wie": "Energieunternehmen KazMunayGas (KMG), Besitzer der …" names one firm)
        if m is None and direct is None:
            continue
        opening = m if m is not None else direct
        assert opening is not None
        items = list(_list_items(text, opening.end(), lower_words))
        if direct is not None and (len(items) < 2 or not _LIST_END.match(text, items[-1].end)):
            continue  # "the joint-stock companies Aloqabank and Uzbektelecom." names two; one name may be a title
        yield from items


_WORD_AT = _Regex(r"[\w-]+")
_COMPOUND_DESCRIPTOR_ENDS = ("gesellschaften", "unternehmen", "konzerne", "konzernen", "hersteller", "herstellern",
                             "lieferanten", "anbieter", "anbietern", "betreiber", "betreibern", "produzenten")


# "the joint-stock companies Aloqabank and Uzbektelecom": a lower-case plural descriptor right before names
_LIST_DIRECT = _Regex(rf"[\w-]+{_SP}(?={_ORG_TOKEN})")
_LIST_END = _Regex(rf"[^\S\n]*(?:[.,;:)]|$)|{_SP}[a-z]")


def _list_items(text: str, at: int, lower_words: set[str] | frozenset[str]) -> Iterator[ActingName]:
    """The names of a list starting at `at`, up to its last name."""
    for n in range(_MAX_ITEMS):
        item = _LIST_ITEM.match(text, at)
        if item is None:
            break
        # a noun's ending alone does not end a list that has begun with names ("Exadel, DSR
        # Corporation, Itransition"); a noun the text or the language knows does
        if _no_listed_name(item["name"].split(), lower_words, by_ending=n == 0):
            break  # "Firmen wie China", "companies such as Banks": not a list of names
        end = end_by_acronym(text, item.start(), item.end())
        yield ActingName(item.start(), end, "company")
        at = end
        note = _ITEM_NOTE.match(text, at)
        at = note.end() if note else at
        join = _ITEM_JOIN.match(text, at)
        if join is None:
            break
        at = join.end()


_AND_ACRONYM = _Regex(rf"{_SP}(?:and|und|&){_SP}(?P<name>{_ORG_TOKENS})[^\S\n]*\((?P<acr>[A-Z]{{2,8}})\)")


def _initials(name: str) -> str:
    """The letters an acronym takes from a name: an all-capital word's, else its first."""
    return "".join(word if word.isupper() else word[0] for word in name.split())


_WORDS_ACRONYM = _Regex(rf"(?P<name>(?:{_SP}[{_UP}][\w-]*){{1,3}})[^\S\n]*\((?P<acr>[A-Z]{{2,8}})\)")


def end_by_acronym(text: str, start: int, end: int) -> int:
    """Where a name at ``text[start:end]`` ends when "and" and more words follow it with an acronym
    in brackets of them all: "RM Design and Development (RMDD)" is one name; so is a name whose
    capitals, the words after it with theirs, spell the acronym after them: "WirtschaftsVereinigung
    Metalle (WVM)". Else `end`."""
    joined = _AND_ACRONYM.match(text, end)
    if joined is not None and _initials(f"{text[start:end]} {joined['name']}") == joined["acr"]:
        return joined.end("name")
    more = _WORDS_ACRONYM.match(text, end) if text.startswith(" ", end) else None
    if more is not None and "".join(c for c in text[start : more.end("name")] if c.isupper()) == more["acr"]:
        return more.end("name")
    return end


_SOURCE_NOUNS = _en.SOURCE_NOUNS | _de.SOURCE_NOUNS
_SOURCE_CUES = _SOURCE_NOUNS | {"according", "laut", "quelle", "source"}
_ARTICLE_AFTER = r"(?:the|der|die|dem|des|den)"
# "Daten von Eurostat und der Worldbank", "data from the Asian Development Bank", "laut Statistikamt",
# "according to the Kazakh statistics bureau"; matched at the cue word
_SOURCE = _Regex(
    rf"(?:(?P<noun>(?i:{'|'.join(sorted(_SOURCE_NOUNS, key=len, reverse=True))})){_SP}(?:von|vom|des|der|from|of|by)"
    rf"(?:{_SP}{_ARTICLE_AFTER})?"
    rf"|[Aa]ccording{_SP}to{_SP}the|[Ll]aut(?P<article>{_SP}(?:der|dem|des))?|[Qq]uelle:|[Ss]ource:){_SP}"
    rf"(?P<name>{_ORG_TOKENS})(?![\w'’-])"
)
_SOURCE_MORE = _Regex(rf"{_SP}(?:und|and)(?:{_SP}{_ARTICLE_AFTER})?{_SP}(?P<name>{_ORG_TOKENS})(?![\w'’-])")
_PERSON_SHAPE = re.compile(rf"[{_UP}][a-zß-öø-ÿĀ-ɏ'’-]+")
_COMPOUND_ORG_ENDINGS = tuple(_de.ORG_COMPOUND_ENDINGS)


def _sources(text: str, by_lower: dict[str, list[str]], person_words: set[str] | frozenset[str],
             lower_words: set[str] | frozenset[str]) -> Iterator[ActingName]:
    for at in anchored(text, by_lower, _SOURCE_CUES):
        name = _SOURCE.match(text, at)
        if name is not None and name["noun"] is None and name["article"] is None and text[at] in "Ll":
            tokens = name["name"].split()
            if len(tokens) == 1 and not _ORG_SHAPE.match(tokens[0]) \
                    and not tokens[0].lower().endswith(_COMPOUND_ORG_ENDINGS):
                continue  # "Laut Ling machten …": one plain word after "laut" is as likely a person
        for _ in range(4):  # "von Eurostat, der Weltbank und dem IWF": a few joined sources
            if name is None or not _is_source_name(name["name"].split(), lower_words) \
                    or all(t in person_words for t in name["name"].split()) or _noun_genitive(text, name):
                break
            yield ActingName(name.start("name"), _before_source_noun(text, name.start("name"), name.end("name")),
                             "organization")
            name = _SOURCE_MORE.match(text, name.end("name"))


def _before_source_noun(text: str, start: int, end: int) -> int:
    """Where a source's name ends inside a compound with a source noun: "laut Weltbank-Daten",
    "nach IWF-Angaben" name the bank and the fund, not their data."""
    head, dash, tail = text[start:end].rpartition("-")
    if dash and head and " " not in text[start:end] and tail.lower() in _SOURCE_NOUNS:
        return start + len(head)
    return end


def _is_source_name(tokens: list[str], lower_words: set[str] | frozenset[str]) -> bool:
    if len(tokens) == 1 and (tokens[0].lower() in _COMPOUND_ORG_ENDINGS or _TITLE_WORD.fullmatch(tokens[0])):
        return False  # "laut der Behörde", "nach Angaben des Ministeriums": a kind of body named before, no
        # name; "According to the Senator": a title, its holder named before
    if any(t.lower().rstrip(".") in _STOP or t in _CALENDAR_WORDS or t.endswith(("'s", "’s")) for t in tokens):
        return False  # "data from China's railway operator": a possessive describes, it does not name
    if any(_ORG_SHAPE.match(t) or t.lower().endswith(_COMPOUND_ORG_ENDINGS) for t in tokens):
        return True  # "IWF", "Energyprom.kz", "Statistikamt"
    if len(tokens) > 1 and all(_PERSON_SHAPE.fullmatch(t) for t in tokens):
        return False  # "von Arman Dschaksybekow": a person's name is the person finder's
    if len(tokens) == 1 and _GERMAN_NOUN_END.search(tokens[0].removesuffix("s")):
        return False  # "Angaben des Ministeriums": a common noun refers to a body it does not name
    return not any(is_german_noun(t, lower_words) for t in tokens)


_GENITIVE_S = _Regex(r"[a-zäöüß]e?s\Z")  # "Gleichgewichts", "Landes": a lower-case stem and -s or -es
_DES_BEFORE = _Regex(rf"\bdes{_SP}\Z")


def _noun_genitive(text: str, name: re.Match[str]) -> bool:
    """Whether a source's one word is a common noun's genitive after "des" ("Einschätzung des
    Gleichgewichts der Inflationsrisiken"); a name keeps its form there ("Daten des IWF") or is a
    body's compound ("des Statistikamts")."""
    word = name["name"]
    return " " not in word and not _ORG_SHAPE.match(word) and not word.lower().rstrip("s").endswith(
        _COMPOUND_ORG_ENDINGS) and _GENITIVE_S.search(word) is not None and \
        _DES_BEFORE.search(text, max(0, name.start("name") - 5), name.start("name")) is not None
_TLDS = "com|kz|uz|ru|cn|org|net|de|pk|in|info|gov|io|tj|kg|az|tm|eu|int|uk|ai|am|ge|by|mn|ir"
_TLD = _Regex(rf"\.(?:{_TLDS})(?:\.[a-z]{{2}})?(?![\w/@-]|\.\w)")  # found by its dot, then read back
_DOMAIN_BEFORE = _Regex(r"(?<![\w./@:-])[A-Za-z][\w-]*(?:\.[\w-]+)*\Z")
_WEBSITE_WORDS = "|".join(sorted(_en.WEBSITE_WORDS | _de.WEBSITE_WORDS, key=len, reverse=True))
_WEBSITE_AFTER = _Regex(rf"(?:{_SP}[a-z]+){{0,2}}{_SP}(?i:{_WEBSITE_WORDS})\b")
_CITED_BEFORE = _Regex(
    rf"(?i:according{_SP}to|laut|von|from|quelle:|source:|reported{_SP}by|by|(?:{_WEBSITE_WORDS}))"
    rf"(?:{_SP}(?:the|der|die|dem|des|das))?{_SP}\Z"
)
# "the Kursiv website reports", "das Portal Kapital.kz": a name the text calls a website, read
# back from the website word
_NAMED_WEBSITE = _Regex(rf"(?<![\w'’.-])(?P<name>{_ORG_TOKENS}){_SP}(?:[a-z]+{_SP}){{0,2}}\Z")
_WEBSITE_SET = _en.WEBSITE_WORDS | _de.WEBSITE_WORDS


# "a controlling stake in Nidan", "owns a 27% stake in VK Group", "die Anteile an 50Hertz", "eine
# Beteiligung an Kotak": what a stake is held in is a firm (not a country or region: "market share in
# China"; not a possessive, which describes: "a stake in Russia's biggest internet company")
# (not "Anteil am Energiemix": a German share is as often a proportion; not "holding"/"interest")
_STAKE_IN = _Regex(rf"(?:stakes?{_SP}in|(?:Anteile|Beteiligung(?:en)?){_SP}an|Aktienpaket{_SP}(?:an|von)){_SP}"
                   rf"(?:(?:the|der|dem|des|den)\b{_SP})?"
                   rf"(?P<name>{_ORG_TOKENS})(?![\w'’-])(?!['’]s\b)")
_STAKE_WORDS = frozenset({"stake", "stakes", "anteile", "beteiligung", "beteiligungen", "aktienpaket"})
_PERIOD_TOKEN = _Regex(r"(?:Q[1-4]|H[12]|FY\d{2,4}|\d{4})")  # "a stake in Q4 FY21" is a time
_MOST_STAKES = 30


def _stakes_in(text: str, language: str | None, by_lower: dict[str, list[str]], person_words: set[str] | frozenset[str],
               lower_words: set[str] | frozenset[str], article_nouns: Container[str]) -> Iterator[ActingName]:
    """Firms a stake is held in (`_STAKE_IN`), one to four name words, none a person's word, a stop
    word, a country, a region or (in German) a common noun. At most `_MOST_STAKES`."""
    for at, _ in zip(anchored(text, by_lower, _STAKE_WORDS), range(_MOST_STAKES)):
        m = _STAKE_IN.match(text, at)
        if m is None:
            continue
        tokens = m["name"].split()
        if tokens[-1].endswith(("'s", "’s")) or any(
                t in person_words or t.lower().rstrip(".") in _STOP or _place_name(t) or t in _CALENDAR_WORDS
                or _PERIOD_TOKEN.fullmatch(t)
                or (language != "en" and is_german_noun(t, lower_words, article_nouns)) for t in tokens) or (
                language != "en" and len(tokens) == 1 and not _ORG_SHAPE.match(tokens[0])):
            continue  # (in German one plain capitalised word is as often a noun: "Beteiligung an Projekten")
        yield ActingName(m.start("name"), m.end("name"), "company")


def _websites(text: str, by_lower: dict[str, list[str]]) -> Iterator[ActingName]:
    for m in _TLD.finditer(text):
        name = _DOMAIN_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if name is None or name.start() == m.start():
            continue
        start, end = name.start(), m.end()
        if _WEBSITE_AFTER.match(text, end) or _CITED_BEFORE.search(text, max(0, start - 30), start):
            yield ActingName(start, end, "company")  # "according to Energyprom.kz": a data provider
    for at in anchored(text, by_lower, _WEBSITE_SET):
        named = _NAMED_WEBSITE.search(text, max(0, at - 80), at)
        span = _trimmed(text, named.start("name"), named.end("name")) if named else None
        tokens = text[span[0] : span[1]].split() if span else []
        if span is not None and not any(t.lower() in _STOP or _NOUN_SUFFIX.search(t.lower())
                                        or t.lower().endswith(_NOUN_TAILS) for t in tokens):  # "Erscheinungsdatum Website:"
            yield ActingName(span[0], span[1], "media")


# "berichtet „Asia-Plus“.", "Das meldete Kun.uz.", "reported Azernews.": one name right after a
# verb of reporting, closing its clause (German in the present: "berichtete Peskow" is a person's
# account as often); "wie Azernews unter Berufung auf … berichtet": one name
# after "wie"/"as", its clause closed by such a verb. An outlet reports; a person says.
_REPORTING = r"berichtet|berichtete|meldet|meldete|schreibt|schrieb|reported|reports|writes|wrote"
# "Bekannt ist, dass …": a predicate adjective before "ist," and a subordinate clause
_PREDICATE_THAT = _Regex(r"[^\S\n]+(?:ist|war|sei|bleibt|scheint)[^\S\n]*,[^\S\n]*(?:dass|ob|wie|wer|was|wo)\b")
_QUOTE_OPENS = "[„“\"«‚]?"
_QUOTE_CLOSES = "[“”\"»‘]?"
# German in the past too when the name cites a source ("berichtete Trend unter Berufung auf die
# Verwaltung des Hafens"): a person's account cites none.
_REPORTED_BY = _Regex(rf"(?:berichtet|meldet|schreibt|reported|reports|writes"
                      rf"|(?:berichtete|meldete|schrieb)(?={_SP}(?:die{_SP}|der{_SP}|das{_SP})?{_QUOTE_OPENS}{_ORG_TOKEN}"
                      rf"{_QUOTE_CLOSES},?{_SP}unter{_SP}Berufung\b))"
                      rf"{_SP}(?:(?:die|der|das|the){_SP})?{_QUOTE_OPENS}(?P<name>{_ORG_TOKEN})"
                      rf"{_QUOTE_CLOSES}(?=[^\S\n]*[.,;:)](?!\d)|[^\S\n]*$|,?{_SP}unter{_SP}Berufung\b)")
# "Wie am Montag Trend unter Berufung auf … berichtet": a day may stand before the name.
_DAY_BEFORE = rf"(?:(?:am|on){_SP}(?:{'|'.join(_de.WEEKDAYS)}|{'|'.join(_en.WEEKDAYS)}){_SP}|(?:heute|gestern){_SP})?"
_AS_REPORTS = _Regex(rf"(?:[Ww]ie|[Aa]s){_SP}(?i:{_DAY_BEFORE})(?:(?:die|der|das|the){_SP})?{_QUOTE_OPENS}(?P<name>{_ORG_TOKEN})"
                     rf"{_QUOTE_CLOSES}(?P<rest>[^.!?\n]{{0,80}}?){_SP}(?:{_REPORTING})(?=[^\S\n]*[.,;:])")
# "2005 schrieb „Die Welt“, dass …", "berichtete die „Financial Times“": a name in quotes right after a
# verb of reporting, in any tense, is the outlet (the quotes say it is a title)
_REPORTED_IN_QUOTES = _Regex(rf"(?:{_REPORTING}){_SP}(?:(?:die|der|das|the){_SP})?[„“\"«](?P<name>{_ORG_TOKENS})[“”\"»]"
                             rf"(?=[^\S\n]*[,.;:](?!\d)|{_SP}(?:am|on|in|unter|citing|that|dass)\b)")
# who writes a title in quotes is its author, no outlet: "Er schrieb „Neue Wege“."
_AUTHORS = frozenset("er sie ich wir he she i we they".split())
_WORD_BEFORE_VERB = _Regex(r"(?P<word>\w+)[^\S\n]+\Z")
# "an analyst … told CNBC.", "told AFP on Monday": an acronym told something is an outlet
_TOLD_OUTLET = _Regex(rf"told{_SP}(?P<name>[A-Z]{{2,6}})(?=[^\S\n]*[.,;:](?!\w)|{_SP}(?:that|on|in|last|this)\b)")
_REPORTING_WORDS = frozenset(_REPORTING.split("|")) | {"wie", "as", "told"}
# "…, Trend reports.", "…, Trend reports via Uzbekistan's Ministry …": one name between a comma and
# a wire's "reports" closing the sentence (or citing its source) is the outlet.
_WIRE_BEFORE = _Regex(rf",{_SP}(?P<name>{_ORG_TOKEN}){_SP}\Z")
_REPORTS_CLOSING = _Regex(rf"reports(?:[^\S\n]*[.;]|{_SP}via\b)")
_REPORT_CUES = frozenset({"berufung", "citing", "quoting"})  # what may stand between the name and the verb


def _reporting_outlets(text: str, by_lower: dict[str, list[str]], person_words: set[str] | frozenset[str],
                       lower_words: set[str] | frozenset[str]) -> Iterator[ActingName]:
    for at in anchored(text, by_lower, _REPORTING_WORDS):
        m = (_REPORTED_BY.match(text, at) or _AS_REPORTS.match(text, at) or _TOLD_OUTLET.match(text, at)
             or _REPORTED_IN_QUOTES.match(text, at))
        if m is None:
            continue
        if m.re is _REPORTED_IN_QUOTES.compiled and (
                (author := _WORD_BEFORE_VERB.search(text, max(0, at - 20), at)) is not None
                and author["word"].lower() in _AUTHORS):
            continue
        if m.re is _AS_REPORTS.compiled and m["rest"].strip() and not _REPORT_CUES & set(m["rest"].lower().split()):
            continue  # "wie Russland im Jahr 2024 berichtet": words between, no outlet cited
        name = m["name"]
        if (name in person_words or name.lower().rstrip(".") in _STOP or name.lower() in _NOT_NAME
                or name in _CALENDAR_WORDS or name.split(".", 1)[0] in _CALENDAR_WORDS
                or (is_german_noun(name, lower_words) and not _ORG_SHAPE.match(name))):
            continue  # "berichtet Peskow", "wie berichtet", "reported Monday", "reported Nov.10"; "berichtet Bloomberg" stays
        if name.lower() in _DESCRIPTOR_WORDS or _named_in_head(text, name, m.start("name")):
            continue  # "schreibt das Blatt"; the publisher, named in the dateline ("Wien / DasFazit")
        yield ActingName(m.start("name"), m.end("name"), "media")


def _named_in_head(text: str, name: str, at: int) -> bool:
    """Whether `name` is written in the text's opening lines other than at `at` (any case)."""
    head, key = text[:_HEAD].casefold(), name.casefold()
    found = head.find(key)
    while found >= 0:
        if found != at:
            return True
        found = head.find(key, found + 1)
    return False


_DESCRIPTOR_WORDS = frozenset(_en.ORG_DESCRIPTORS) | frozenset(_de.ORG_DESCRIPTORS)
_HEAD = 300  # a text's opening characters: its title, dateline and credit lines


# "Kasachischen Eisenbahnen (Qazagstan Temir Zholy)", "the national railway company (KTZ)": a
# phrase that describes an organisation and its own name in brackets, one organisation. Found
# at the bracket, the phrase read back from it.
_NATIONAL_ADJECTIVE = rf"[{_UP}][{_LO}]+(?:ischen|ische|ischer|isches|ischem)"
_DESCRIPTORS = "|".join(sorted({*_en.ORG_DESCRIPTORS, *_de.ORG_DESCRIPTORS}, key=len, reverse=True))
_ALIAS = _Regex(rf"\((?P<alias>{_ORG_TOKENS})\)")
_ALIASED_PHRASE = _Regex(
    rf"(?:(?<![\w-])(?P<adj>{_NATIONAL_ADJECTIVE}){_SP}(?P<noun>[{_UP}][{_LO}]+)"
    rf"|(?P<desc>(?<![\w-])(?:[a-z]+{_SP}){{0,2}}(?:{_DESCRIPTORS})))[^\S\n]*\Z"
)
_ADJ_ENDING = _Regex(r"(?<=isch)(?:e[nrsm])$")


def _aliased(text: str, lower_words: set[str] | frozenset[str]) -> Iterator[ActingName]:
    at = text.find("(")
    while at >= 0:
        m, phrase = _ALIAS.match(text, at), None
        if m is not None:
            phrase = _ALIASED_PHRASE.search(text, max(0, at - 80), at)
        at = text.find("(", at + 1)
        if m is None or phrase is None:
            continue
        alias = m["alias"].split()
        if any(t.lower().rstrip(".") in _STOP for t in alias) or (len(alias) == 1 and not _ORG_SHAPE.match(alias[0])):
            continue  # "(China)", "(Dollar)": not an organisation's own name
        noun = phrase["noun"]
        if noun is not None:
            if noun.lower() in _COMMON_NOUNS or _NOUN_SUFFIX.search(noun.lower()):
                continue  # "Kasachischen Tenge (KZT)": a currency, not a body
            adjective = phrase["adj"]
            ending = _ADJ_ENDING.search(adjective)
            folded = adjective[: ending.start()] + "e" if ending else adjective
            yield ActingName(phrase.start("adj"), phrase.end("noun"), "company", f"{folded} {noun}")
        yield ActingName(m.start("alias"), m.end("alias"), "company")


# "Kazakhmys hat die … GmbH eingekauft", "Rosatom baut ein Werk": an unknown word opening a
# German clause before a finite verb, in a clause that buys, builds, delivers or reports.
# The look-behind follows the first letter, so the scan skips to capital letters at C speed.
_NO_VERBS_DE = ("(?:neben|gegen|zwischen|binnen|entgegen|oben|unten|außen|innen|hinten|seit|nicht|jetzt|erst|fast|"
                "meist|zuletzt|zunächst|selbst|längst)")
_SUBJECT_DE = _Regex(
    rf"(?P<name>[{_UP}](?<![\w.'’-].)[\w&'’.-]*\w){_SP}"
    # (no preposition or adverb with a verb's ending: "Direkt neben dem Flughafen …", "X nicht …")
    rf"(?!{_NO_VERBS_DE}\b)(?P<verb>{'|'.join(sorted(_de.AUXILIARIES))}|[a-zäöü]+(?:t|te|ten|en))\b"
    rf"(?=(?P<rest>[^.!?;\n]{{0,200}}))"
)
# "Gefragt", "Geplant", "Geschrieben"; after a separable prefix "Ausgestattet", "Aufgelegt"
_PARTICIPLE = re.compile(r"(?:Ge|(?:Ab|An|Auf|Aus|Bei|Ein|Mit|Nach|Vor|Zu|Zurück|Um|Durch|Fest|Her|Hin|Los|Weg)ge)"
                         r"[a-zäöüß]{2,}(?:t|en)")
_STRONG_PARTICIPLE = re.compile(r"ge[a-zäöüß]{3,}en")  # "gesprochen", "geschrieben": never the verb after a subject
_CORPORATE_DE = _Regex("|".join(_de.CORPORATE_STEMS))
_PASSIVE_AFTER = _Regex(r"[^\S\n]+(?:werden|worden|wurde|wurden|sein|haben|hätten|würden)\b")


# A unit of goods right before a word: "120.000 Tonnen Ammoniak" makes "Ammoniak" goods, no firm's name
_GOODS_AFTER_AMOUNT = r"\d[^\S\n]*(?:Mio\.|Mrd\.|Millionen|Milliarden|Tausend)?[^\S\n]*(?:Tonnen|Tonne|t|Liter|Barrel|Fass|Fässer|Kubikmeter)[^\S\n]+"


def _german_subjects(text: str, person_words: set[str] | frozenset[str], lower_words: set[str] | frozenset[str],
                     article_nouns: Container[str]) -> Iterator[ActingName]:
    for m in _SUBJECT_DE.finditer(text):
        word = m["name"]
        if not _opens_clause(text, m.start()) or word in person_words or word in _CALENDAR_WORDS:
            continue
        if word in _BARE_HEADS:
            continue  # "Der Fonds wird gegründet": a head word alone refers back, it names none
        last = word.rsplit("-", 1)[-1]
        if last != word and (not last[:1].isupper() or _GERMAN_NOUN_END.search(last)):
            continue  # "Die China-Europa-Güterzüge beförderten": a compound noun, not a name
        if _PARTICIPLE.fullmatch(word) and (m["verb"] in _de.AUXILIARIES or _PREPOSITION_AFTER.match(text, m.end("name"))):
            continue  # "Gefragt ist vor allem der Bergbausektor", "Ausgestattet mit zehn Milliarden Dollar
            # sollte er investieren": a participle opens the clause
        if _STRONG_PARTICIPLE.fullmatch(m["verb"]) or _PASSIVE_AFTER.match(text, m.end("verb")):
            continue  # "in Landwirtschaft und Medizin gesprochen worden": a participle, no finite verb;
            # "könnten … Gemüse und Obst geliefert werden": a participle before its auxiliary
        if _PREDICATE_THAT.match(text, m.end("name")):
            continue  # "Bekannt ist, dass …", "Klar war, wie …": an adjective opens the clause
        if word.lower().rstrip(".") in _STOP or word.lower() in _NOT_NAME or (not _ORG_SHAPE.match(word) and (
                is_german_noun(word, lower_words, article_nouns) or _GERMAN_NOUN_END.search(word))):
            continue
        if not _ORG_SHAPE.match(word) and _after_article(text, m.start()):
            continue  # "Das Premierenfahrzeug hat … überholt": a German common noun, as in `acting_organisations`
        if re.search(_GOODS_AFTER_AMOUNT + re.escape(word) + r"\b", text):
            continue  # "Ammoniak und Harnstoff produzieren" where "120.000 Tonnen Ammoniak": goods, no firm
        if _CORPORATE_DE.search(m["verb"]) or _CORPORATE_DE.search(m["rest"]):
            yield ActingName(m.start("name"), m.end("name"), "company")


def listed_organisations(text: str, by_lower: dict[str, list[str]],
                         lower_words: set[str] | frozenset[str]) -> list[ActingName]:
    """The items of lists after a plural descriptor ("companies such as Hetero Labs and Bharath
    Biotech"): organisations, whatever two capitalised words may look like a person's name."""
    return list(_listed(text, by_lower, lower_words))


# The partners of a joint venture or a consortium: "Cementation Skanska/Nishimatsu JV", "JV Nishimatsu/
# Skanska Construction UK", "a joint venture of Soares da Costa and Spie Batignolles", "ein Konsortium aus
# Strabag und Porr"
_VENTURE = r"(?:JV|[Jj]oint[^\S\n]+[Vv]enture|[Cc]onsortium|Konsortium|Gemeinschaftsunternehmen)"
_PARTNER = rf"{_ORG_TOKEN}(?:{_SP}(?:(?:da|de|di|del|van|von|&){_SP})?{_ORG_TOKEN}){{0,3}}"
_SLASHED = rf"(?P<parts>{_PARTNER}(?:[^\S\n]*/[^\S\n]*{_PARTNER})+)"
_VENTURE_PARTNERS = _Regex(
    rf"(?<![\w/-]){_SLASHED}{_SP}{_VENTURE}\b"
    rf"|\b{_VENTURE}{_SP}(?:(?:of|between|with|aus|von|zwischen){_SP})?(?:(?:the|der|den|dem){_SP})?"
    rf"(?P<listed>{_PARTNER}(?:(?:[^\S\n]*/[^\S\n]*|,{_SP}|{_SP}(?:and|und){_SP}){_PARTNER})+)(?![\w/-])"
)
_PARTNER_SPLIT = re.compile(r"[^\S\n]*/[^\S\n]*|,[^\S\n]+|[^\S\n]+(?:and|und)[^\S\n]+")
_MAX_PARTNERS = 6


def _venture_partners(text: str, lower_words: set[str] | frozenset[str]) -> Iterator[ActingName]:
    """`_VENTURE_PARTNERS`: each partner a company (at most `_MAX_PARTNERS` of one venture); a
    partner that is one common noun ("Partner", "Banks") is none."""
    if "JV" not in text and "enture" not in text and "onsortium" not in text and "Gemeinschaftsunternehmen" not in text:
        return
    for m in _VENTURE_PARTNERS.finditer(text):
        group = "parts" if m["parts"] else "listed"
        at = m.start(group)
        for part in _PARTNER_SPLIT.split(m[group])[:_MAX_PARTNERS]:
            start = text.index(part, at)  # the parts are the match's own words, in order
            at = start + len(part)
            if not _no_listed_name(part.split(), lower_words):
                yield ActingName(start, at, "company")


# "in sectors such as EdTech, HealthTech, AgriTech", "in Branchen wie FinTech und E-Commerce": a list
# after a plural of fields of activity names fields, whatever their shape
_FIELD_DESCRIPTORS = frozenset("sectors industries areas fields domains spheres verticals segments branchen "
                               "bereiche bereichen sektoren sektor felder feldern".split())


def listed_fields(text: str, by_lower: dict[str, list[str]], lower_words: set[str] | frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the items of lists after a plural of fields ("sectors such as EdTech, FinTech and
    GovTech"): no organisations, though shaped like brands. Lists are bounded (`_MAX_ITEMS`)."""
    spans: list[tuple[int, int]] = []
    for at in anchored(text, by_lower, _FIELD_DESCRIPTORS):
        m = _LIST_START.match(text, at)
        if m is not None:
            spans.extend((item.start, item.end) for item in _list_items(text, m.end(), lower_words))
    return spans


def contextual_organisations(text: str, language: str | None, person_words: set[str] | frozenset[str],
                             lower_words: set[str] | frozenset[str], by_lower: dict[str, list[str]],
                             article_nouns: Container[str]) -> Iterator[ActingName]:
    """Organisations named by the phrase around them: list items after a plural descriptor, data
    sources, websites, bracketed aliases after a descriptive phrase, German subjects of corporate
    verbs. `by_lower` holds the distinct words of the text by lower-case form (each finder runs
    only at its own cue words, brackets or dots); `article_nouns` is an `ArticleNouns`.
    Lists are bounded."""
    yield from _listed(text, by_lower, lower_words)
    yield from _venture_partners(text, lower_words)
    yield from _sources(text, by_lower, person_words, lower_words)
    yield from _websites(text, by_lower)
    yield from _reporting_outlets(text, by_lower, person_words, lower_words)
    yield from _stakes_in(text, language, by_lower, person_words, lower_words, article_nouns)
    yield from _aliased(text, lower_words)
    if language != "de":
        yield from _described_after(text, person_words, lower_words)
    if language != "en":
        yield from _german_subjects(text, person_words, lower_words, article_nouns)
        yield from _firms_before_a_hyphen(text, person_words, lower_words, article_nouns)


# "Sodrugestvo, a large oilseed processor and trader, …": a name, then what kind of firm it is, as an
# apposition closed by punctuation or a word that goes on about the firm
_FIRM_KINDS_EN = "|".join(sorted((d for d, k in _en.ORG_DESCRIPTORS.items() if k == "company"), key=len, reverse=True))
_DESCRIBED_AFTER = _Regex(
    rf"(?<![\w&'’.-])(?P<name>{_ORG_TOKENS}),{_SP}(?:a|an){_SP}(?:[a-z][\w-]*{_SP}){{0,3}}(?:{_FIRM_KINDS_EN})"
    rf"(?:{_SP}(?:and|or){_SP}[a-z]+)?(?=[^\S\n]*[,.;)]|{_SP}(?:that|which|based|headquartered|with|in|from)\b)"
)
_MOST_DESCRIBED = 50


def _described_after(text: str, person_words: set[str] | frozenset[str],
                     lower_words: set[str] | frozenset[str]) -> Iterator[ActingName]:
    """Firms named before an apposition that says what kind of firm they are (`_DESCRIBED_AFTER`),
    not people, stop words or words the text writes in lower case. At most `_MOST_DESCRIBED`."""
    if ", a" not in text:
        return
    for m, _ in zip(_DESCRIBED_AFTER.finditer(text), range(_MOST_DESCRIBED)):
        tokens = m["name"].split()
        if any(t in person_words or t.lower().rstrip(".") in _STOP for t in tokens) or (
                not any(_ORG_SHAPE.match(t) for t in tokens) and any(t.lower() in lower_words for t in tokens)):
            continue  # ("Green Energy, a company, …" where the text writes "energy": common words)
        yield ActingName(m.start("name"), m.end("name"), "company")


# "der deutsche Krones-Konzern", "des Siemens-Konzerns", "die Mercedes-Benz-Gruppe": a name joined
# by a hyphen to a German head noun of a firm names that firm (the name, without the head).
_HYPHEN_FIRM = _Regex(
    rf"(?<![\w-])(?P<name>[{_UP}][\w&.]*\w(?:-[{_UP}][\w&.]*\w)?)"
    r"-(?:Konzerns?|Konzerne[ns]?|Gruppe|Holding)(?![\w-])"
)


_HEAD_OF_FIRM = _Regex(rf"(?<![\w.,-])(?P<name>(?:[{_UP}]|\d{{1,4}}[{_UP}])[\w&.]*\w)-(?:Chef|Chefin|Vorstandschef|Vorstandschefin|"
                       r"Gründer|Gründerin|Mitgründer|Mitgründerin)(?![\w-])")


# "Natixis-Ökonom Gary Ng", "Commerzbank-Analyst X", "ING-Volkswirt Carsten Brzeski": an economist's or
# analyst's title joined to the firm that employs them
_ANALYST_OF_FIRM = _Regex(rf"(?<![\w.,-])(?P<name>[{_UP}][\w&.]*\w)-(?:Chef)?(?:Ökonom|Volkswirt|Analyst|Stratege|"
                          r"Devisenexperte|Rohstoffexperte|Marktexperte|Zinsexperte)(?:in|en|innen)?(?![\w-])")


_REGIONS = frozenset("Asien Europa Afrika Amerika Nahost Osteuropa Westeuropa Zentralasien Lateinamerika Südamerika "
                     "Nordamerika Eurozone Euroraum Schwellenländer Golf".split())


def _place_name(word: str) -> bool:
    """Whether `word` names a country (one word, any language, maybe in the genitive) or a region:
    "China-Ökonom" is an economist of China, not of a firm."""
    if word in _REGIONS:
        return True
    names = country_words()
    return word in names or (word.endswith("s") and word[:-1] in names)


@cache
def country_words(language: str | None = None) -> frozenset[str]:
    """Country names of one word of the generated ISO tables, in `language` ("de": "Russland") or
    in every language: CLDR's names of the currency table and the country table's other names
    ("Turkey" beside "Türkiye", "Weißrussland"), not letters' short forms ("USA", "UK")."""
    return frozenset(name for entry in currencies().values()
                     for lang, names in (entry.get("countries") or {}).items()  # type: ignore[attr-defined]
                     if language in (None, lang) for name in names if name.isalpha()) | frozenset(
        name for row in country_rows() for lang in ("en", "de") if language in (None, lang)
        for name in row[f"names_{lang}"] if name.isalpha() and not name.isupper())


@cache
def country_rows() -> list[dict[str, Any]]:
    """The rows of the generated ISO table that `match.countries` reads (read here as data: the
    extractor imports nothing from `match`)."""
    import json
    from importlib import resources

    raw = resources.files("sco_digital").joinpath("match", "countries.json").read_text(encoding="utf-8")
    rows: list[dict[str, Any]] = json.loads(raw)
    return rows


def _firms_before_a_hyphen(text: str, person_words: set[str] | frozenset[str], lower_words: set[str] | frozenset[str],
                           article_nouns: Container[str]) -> Iterator[ActingName]:
    """Firms named before a hyphen and a German head noun of a firm (`_HYPHEN_FIRM`): a name of a
    firm's shape ("VW", "E.ON") or one the article also writes on its own, not after an article
    ("die Investition von Krones"); not a common noun ("Auto-Konzern", "Energie-Gruppe"), a stop
    word or a person's name. At most `_MOST_HYPHEN_FIRMS` are looked at."""
    for m, _ in zip(_HEAD_OF_FIRM.finditer(text), range(_MOST_HYPHEN_FIRMS)):
        # "CSN-Chef Benjamin Steinbruch": the firm a title joined to it heads, by a firm's shape only
        # (not "Kreml-Chef"; a group of states is no firm: "EU-Sprecher")
        if _ORG_SHAPE.match(m["name"]) and m["name"] not in _COUNTRY_GROUPS and m["name"].upper() not in _STOCK_INDICES:
            yield ActingName(m.start("name"), m.end("name"), "company")
    for m, _ in zip(_ANALYST_OF_FIRM.finditer(text), range(_MOST_HYPHEN_FIRMS)):
        name = m["name"]
        if not (name in _COUNTRY_GROUPS or name in person_words or name.lower() in _NOT_NAME
                or name.upper() in _STOCK_INDICES or is_german_noun(name, lower_words, article_nouns)
                or _place_name(name)):
            yield ActingName(m.start("name"), m.end("name"), "company")
    for m, _ in zip(_HYPHEN_FIRM.finditer(text), range(_MOST_HYPHEN_FIRMS)):
        name = m["name"]
        parts = name.split("-")
        if name in person_words or name.upper() in _STOCK_INDICES or any(p.lower() in _NOT_NAME for p in parts) or (
                not any(_ORG_SHAPE.match(p) for p in parts) and (
                    any(is_german_noun(p, lower_words, article_nouns) for p in parts) or not _written_alone(text, name))):
            continue
        yield ActingName(m.start("name"), m.end("name"), "company")


_MOST_HYPHEN_FIRMS = 50
# "der DAX-Konzern Siemens": a stock index whose member the firm is, no firm
_STOCK_INDICES = frozenset({"DAX", "MDAX", "SDAX", "TECDAX", "DOW", "NASDAQ", "NIKKEI", "FTSE", "CAC", "SMI", "ATX",
                            "RTS", "MOEX", "KASE", "HANG-SENG", "EURO-STOXX"})
# Where a firm's bare name stands as a name does: opening a sentence, or after a preposition or a
# joiner ("von Krones", "und Krones"); not after an article, a possessive or another name word
# ("beim Kupfer", "ihr Kupfer", "Manfelder Kupfer").
_BEFORE_A_NAME = _Regex(r"(?:(?:\A|[.!?:;„“\"(\n])[^\S\n]*|\b(?:von|bei|mit|für|an|durch|gegen|über|um|und|sowie|wie|dass|als|"
                        r"laut|auch)[^\S\n]+)\Z")


def _written_alone(text: str, name: str) -> bool:
    """Whether the text writes `name` as a word of its own where a name stands (`_BEFORE_A_NAME`),
    no hyphen joined to it."""
    for m, _ in zip(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text), range(20)):
        if _BEFORE_A_NAME.search(text, max(0, m.start() - 12), m.start()) is not None:
            return True
    return False
