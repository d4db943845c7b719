"""People, organisations and initiatives named in English and German news text, by pattern.

`find_entities(text, language)` finds what no lexicon lists yet:

- people by the role around their name: a title before it ("Vice-Minister Xiong Jijun",
  "Vizeminister Xiong Jijun"), an apposition next to a reporting verb ("Xu Chaofeng, director of
  …, said", "sagte Hermano Tercius, Sekretär für …", "so Lucero Carreón, …"), a role naming an
  organisation before the name ("the Secretary General of the SCO, Yermekbayev"), bylines;
- organisations and initiatives by the head word of a capitalised name ("2025 SCO Digital Economy
  Forum", "Ministry of Industry and Information Technology", "Exchange-Konferenz 2025") and by
  quoted names whose head word, or the noun before them, says what they are
  („Global Smart Tour" after "Austauschprogramm");
- places after "in" and in German place compounds ("Tiexi-Distrikt").

Short forms are reported as written ("Vice-Minister Xiong said" gives "Xiong"); callers merge them
with the full name by prefix. Every entity carries its offsets: ``text[start:end]`` is the name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache
from dataclasses import dataclass, replace
from typing import Any

from ..textutil import slugify as _slugify
from ._entity_patterns import (
    _FORMS_OF_ADDRESS,
    _JOINED_PARTICLE,
    _BASE_FORM,
    _NOT_ADJECTIVE_DE,
    _TITLES_EN_LOWER,
    _PARTICLE,
    _DESCRIPTOR_ENDINGS_DE,
    _DESCRIPTOR_WORDS_EN,
    _SAY_ANY_CASE,
    _TITLE_ENDINGS_LOWER,
    _CALENDAR_WORDS,
    _APPOSED_BEFORE_DE,
    _APPOSED_BEFORE_EN,
    _APPOSED_ONLY_EN,
    _APPOSITION_END,
    _APPOSITION_END_EN,
    _DESCRIBED_DE,
    _DESCRIBED_EN,
    _DESCRIPTOR_KIND,
    _NAMED_BEFORE_EN,
    _NAMED_BEFORE_KIND_EN,
    _ORG_COMPOUND_DE,
    _ORG_ENDINGS_DE,
    _SPEAKER_AFTER,
    _SPEAKER_BEFORE,
    _BYLINE,
    _BYLINE_NAME,
    _CHAIN,
    _CONNECTORS,
    _GERMAN_NOUN_END,
    _HEAD_SUFFIXES,
    _HEADS,
    _HONORIFIC,
    _HONORIFICS,
    _LO,
    _MOTTO,
    _NOT_IN_NAME,
    _NOT_NAME,
    _NAME,
    _ORG_WORDS,
    _OUTLET,
    _PAREN_TOKEN,
    _PEOPLE,
    _APPOSED_COMMA,
    _NOT_NAME_CHARS,
    _NAME_START,
    _PLACE_DE,
    _CAPITAL_PLACE,
    _PLACE_EN,
    _PLACE_STOP,
    _PORTFOLIO_TAIL,
    _PORTFOLIO_TAIL_DE,
    _ROLE_PORTFOLIO_TAIL,
    _PRE_HEAD_JOINERS,
    _QUOTED,
    _ROLE_LIST_TAIL,
    _ROLE_OF_ORG_DE,
    _ROLE_BODY,
    _ROLE_OF_ORG_EN,
    _ROLE_OF_GENITIVE_DE,
    _ROLE_OF_BODY_NO_COMMA_DE,
    _ROLE_OF_FIRM_NO_COMMA_DE,
    _COUNTERPART_NAME,
    _LISTED_NAME,
    _LOWER_OFFICE_NAME_EN,
    _OFFICE_HEADS_LOWER_EN,
    _ROLE_HEADS_EN,
    _ROLE_START_DE,
    _ROLE_STEMS_DE,
    _SP,
    _TITLE_COMMA_NAME_DE,
    _TITLE_COMMA_NAME_EN,
    _TITLE_NAME_DE,
    _TITLE_NAME_EN,
    _TITLES_EN,
    _TITLES_EN_LIST,
    _MODIFIER_EN,
    _ORG_CHAIN_SIMPLE,
    _PORTFOLIO_WORDS,
    _HOLDER_INSIDE_ROLE,
    _ROLE_ENDS_BEFORE_HOLDER,
    LEGAL_FORMS_BEFORE,
    _LEGAL_FORM_NAME,
    _TITLE_LITERALS_EN,
    _TITLE_WORD,
    _TITLE_OF_TITLE,
    _TOKEN,
    _TOKEN_SPLIT,
    _UP,
    _YEAR_TOKEN,
    _german_compound,
    positions,
)
from ._regex import LazyRegex as _Regex
from .entity_evidence import (
    COUNTED_BEFORE,
    _COMMON_NOUNS,
    _ORG_SHAPE,
    _TLDS,
    ArticleNouns,
    acting_organisations,
    listed_fields,
    listed_organisations,
    anchored,
    contextual_organisations,
    country_rows as _country_rows,
    country_words,
    end_by_acronym,
    is_german_noun,
)
from .lang import currencies, vocabulary
from .number_nouns import sentence_initial
from .lang import de as _de
from .lang import en as _en
from .wordscan import distinct_words, matches_at as _matches_at, occurrences, word_pieces

__all__ = ["FoundEntity", "find_entities", "slugify"]


@dataclass(frozen=True, slots=True)
class FoundEntity:
    """One named actor or initiative: ``source[start:end] == text`` (the name as written).

    `name` is the display form (case normalised for all-caps bylines, German genitive endings and
    bracketed acronyms dropped). `category` is "actor" (person, organization, place, company,
    media) or "initiative" (forum, conference, summit, programme, project, plan, resolution,
    facility, network). People carry the `role` phrase as written and, when that phrase names
    one, the organisation as written in `affiliation`.
    """

    start: int
    end: int
    text: str
    name: str
    kind: str
    category: str
    role: str | None = None
    affiliation: str | None = None


def slugify(name: str) -> str:
    """Stable id for an unknown actor: `Xiong Jijun` -> `xiong-jijun`, `Carreón` -> `carreon`."""
    return _slugify(name)


# --- helpers ------------------------------------------------------------------------------------


def _normal_case(name: str) -> str:
    """All-caps bylines in title case: "YAN DONGJIE" -> "Yan Dongjie", "KASSYM-JOMART" -> "Kassym-Jomart"."""
    if name.upper() != name:
        return name
    return " ".join("-".join(part.capitalize() for part in word.split("-")) for word in name.split())


def _clean_person(text: str, start: int, end: int, after_title: bool = False) -> tuple[int, int] | None:
    """Trim sentence words and titles off a matched name; None when nothing of a name is left.
    `after_title`: the name follows a title, where "He" is a family name ("Vice Premier He Lifeng")."""
    if text.startswith(".", end) and text[end + 1 : end + 2].isalpha():
        return None  # "News.Az reports", "Kun.uz": a web address, no name
    words = list(re.finditer(r"\S+", text[start:end]))
    family = words.pop(0) if len(words) > 1 and words[0].group() in _FAMILY_NAMES_LIKE_WORDS and (
        after_title or _pinyin_given_name(words[1].group().rstrip(",.;:"))) else None
    span = _trimmed_name(text, start, list(words))
    if family is None or span is None or span[0] != start + words[0].start():
        return span
    return start + family.start(), span[1]


# Family names written as a stop word of the other language: "Shaktikanta Das" (no German article
# follows a name without a break)
_SURNAMES_LIKE_WORDS = frozenset({"Das"})


def _surname_like(words: list[re.Match[str]], i: int) -> bool:
    """Whether words[i] is a family name written as a stop word: not first, after a name's word."""
    return i > 0 and words[i].group() in _SURNAMES_LIKE_WORDS and words[i - 1].group()[-1:].isalpha()


def _trimmed_name(text: str, start: int, words: list[re.Match[str]]) -> tuple[int, int] | None:
    """`_clean_person` on the words of a name (the list is consumed)."""
    while words and words[0].group().lower().strip(".") in _NOT_NAME and not _INITIAL.fullmatch(words[0].group()) \
            and not _initials_run(words, 0):
        words.pop(0)  # "The", "A" open sentences; "A. K. Sharma" opens with an initial, "A K Sinha" too
    while len(words) > 2 and (words[0].group() in _LEGISLATURES or (
            words[0].group().endswith("s") and _is_country_word(words[0].group()))):
        words.pop(0)  # "Deputy Chairman Senate Syedaal Khan": the house the title is of, then the name;
        # "der Präsident Russlands Wladimir Putin": the state's genitive, then the name
    while len(words) > 2 and (_TITLE_ALONE.fullmatch(words[0].group()) or (
            _COMMON_WORD_SHAPE.fullmatch(words[0].group()) and not is_given_name(words[0].group()))
                              or _office_before_given_name(words[0].group(), words[1].group())):
        words.pop(0)  # "… Senator Muhammad Aurangzeb", "Manager Investment Operation Najeeb Haider": no name's words
    if len(words) == 3 and not is_given_name(words[0].group()) and is_given_name(words[1].group()) \
            and _BODY_WORD_AFTER_TITLE.search(text, max(0, start + words[0].start() - 40), start + words[0].start()):
        words.pop(0)  # "CEO of Khorgos Gateway Karl Gheysen": the last word of a body's name, then a given name
    while words and words[-1].group().lower() in _NOT_NAME and not _surname_like(words, len(words) - 1):
        words.pop()
    verb = next((i for i in range(1, len(words)) if words[i].group().lower() in _HEADLINE_VERBS), None)
    if verb is not None:
        del words[verb:]  # "President Zardari Witnesses Signing of …": a title-case headline's verb ends the name
    led = next(((i, cut) for i, w in enumerate(words) if (cut := _LED_SUFFIX.search(w.group()))), None)
    if led is not None:
        # "Anil Agarwal-led Sterlite": the name ends at the hyphen; the body he leads follows
        i, cut = led
        return (start + words[0].start(), start + words[i].start() + cut.start()) if i > 0 or cut.start() > 0 else None
    while len(words) > 2 and words[-1].group().endswith(_GERMAN_NOUN_ENDINGS):
        words.pop()  # "sieht Premierminister Michail Mischustin Potenzial": the object after the name
    if not words or any(w.group().lower() in _NOT_NAME and not _surname_like(words, i) and not _initials_run(words, i)
                        for i, w in enumerate(words) if w.group()[0].isupper()):
        return None
    if all(_is_country_word(w.group()) for w in words) or (
            len(words) == 1 and words[0].group().endswith("s") and _GENITIVE_THEN_NAME.match(text, start + words[0].end())):
        return None  # "den Ersten stellvertretenden Premierminister Kirgistans, Muchametkalij …": whose office
    if len(words) == 3 and words[0].group().lower() in _DESCRIPTOR_KIND and is_given_name(words[1].group()):
        del words[0]  # "Der Entwickler Max Müller sagte": a person's work before the name
    if any((_COMMON_WORD_SHAPE.fullmatch(w.group()) and not is_given_name(w.group()))  # ("Michelle": a name)
           or w.group().lower() in _DESCRIPTOR_KIND for w in words):
        return None  # "Regenerative Energiesysteme", "Hersteller Brompton": German adjectives and nouns
    if any(_names_a_body(w.group()) for w in words):
        return None  # "head of the Economic Commission", "Minister of Digital Technologies": a body's words
    if any(_nations_joined(w.group()) for w in words):
        return None  # "President Dongying Sino-German": a partnership's adjective names a body, no one
    return start + words[0].start(), start + words[-1].end()


_NEXT_TOKEN = _Regex(r"[^\S\n]+(?P<word>[\w.,]+?)(?=[,;:]?(?:\s|\Z))")


def _firm_goes_on(text: str, end: int) -> bool:
    """Whether the word after `end` is a company's head word or legal form ("LLC", "Ltd", "Group")."""
    m = _NEXT_TOKEN.match(text, end)
    return m is not None and (_head_of(m["word"]) or ("", ""))[0] == "company"


_LED_SUFFIX = _Regex(r"-(?:led|backed|owned|controlled|run|founded|chaired)\Z")


def _office_before_given_name(word: str, given: str) -> bool:
    """Whether `word` before a given name is an office's word the patterns did not know, not a
    name's: a title hyphened with lower-case words ("Patron-in-Chief Zubair Chhaya") or a word too
    long for a name ("Bundestagsabgebordnete Karin Strenz", its title misspelled)."""
    if _HYPHENED_TITLE.fullmatch(word) is not None:
        return True
    if word in _RELATION_NOUNS and given in _given_names():
        return True  # "sein Partner Patrick Puoyanné", "seine Tochter Alina Kabajewa": who the person is to someone
    return len(word) >= _LONGEST_NAME_WORD and given in _given_names() and word not in _given_names()


# German nouns of what a person is to another, written before the name
_RELATION_NOUNS = frozenset("Partner Partnerin Freund Freundin Sohn Tochter Vater Mutter Bruder Schwester Ehefrau "
                            "Ehemann Gattin Gatte Witwe Rivale Rivalin Konkurrent Konkurrentin Vertraute Vertrauter".split())


# "Patron-in-Chief", "Editor-in-Chief", "Member-at-Large"; not a name's particle ("Anwaar-ul-Haq")
_HYPHENED_TITLE = _Regex(rf"[{_UP}][{_LO}]+-(?:in|of|at|for)-[{_UP}][{_LO}]+")
_LONGEST_NAME_WORD = 16  # "Bundestagsabgeordnete" (21); few given or family names run past 15 letters


_INITIAL = _Regex(rf"[{_UP}]\.")
# A person's name and possessive opening a firm's: "Rajeev Chandrasekhar's Hindustan …"
_OWNER_OPENS = _Regex(rf"(?P<given>[{_UP}][{_LO}]+)[^\S\n]+(?P<family>[{_UP}][{_LO}]+)['’]s[^\S\n]+(?=[{_UP}])")
_BARE_INITIAL = _Regex(rf"[{_UP}]")  # an initial written without its dot: "A K Sinha", "V K Singh"


# an executive's title, "of" and a word of the body's name: "CEO of Khorgos Gateway Karl Gheysen"
_BODY_WORD_AFTER_TITLE = _Regex(rf"\b(?:CEO|[Cc]hief|[Hh]ead|[Dd]irector|[Cc]hairman|[Pp]resident|[Mm]anager|[Ff]ounder)"
                                   rf"[^\S\n]+(?:of|at)[^\S\n]+[{_UP}][\w-]+[^\S\n]+\Z")


def _initials_run(words: list[re.Match[str]], i: int) -> bool:
    """Whether words[i], a single capital, opens a run of initials before a family name ("A K Sinha")."""
    return i == 0 and len(words) > 2 and len(words[0].group()) == 1 and _BARE_INITIAL.fullmatch(words[1].group()) is not None


# After a one-word genitive: a comma and a name of two capitalised words (the office's holder).
_GENITIVE_THEN_NAME = _Regex(rf",{_SP}[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?{_SP}[{_UP}][{_LO}]")
# Endings of German abstract nouns, none a name's last word of three
_GERMAN_NOUN_ENDINGS = ("ial", "ung", "heit", "keit", "schaft", "tät", "ismus", "nis", "tion")
_GLUED_INITIAL = _Regex(rf"(?<=\b[{_UP}])\.(?=[{_UP}][{_LO}])")
# Houses of parliament, written between a title and its holder's name in South Asian English
# ("Chairman Senate Sadiq Sanjrani", "Deputy Chairman Senate Syedaal Khan"): never the first word
# of a person's name.
_LEGISLATURES = frozenset({"Senate", "Parliament", "Assembly", "Duma", "Majlis", "Congress", "Sabha"})
# Chinese family names written like an English word that opens sentences: after a title they name.
# Chinese family names spelled like an English or German word ("He Lifeng", "Du Xuemei"): a family
# name after a title, or before a given name of two pinyin syllables.
_FAMILY_NAMES_LIKE_WORDS = frozenset({"He", "Du"})


def _pinyin_given_name(word: str) -> bool:
    """"Lifeng", "Xuemei": a capitalised given name of two pinyin syllables."""
    return word[:1].isupper() and word[1:].islower() and _PINYIN_RUN[2].fullmatch(word.lower()) is not None \
        and _PINYIN_RUN[1].fullmatch(word.lower()) is None


def _names_a_body(word: str) -> bool:
    """Whether `word` is a head word of an organisation or company ("Commission", "Group") or a
    long word of a body's name ("Technologies", "Industry"): never a word of a person's name."""
    head = _HEADS.get(word)
    return (head is not None and head[0] in ("organization", "company")) or (
        len(word) > 5 and _ORG_WORD.fullmatch(word) is not None)


# A German adjective ("Regenerative", "kasachische") or abstract noun ("Energiesysteme",
# "Entwicklung", "Wirtschaft"): capitalised in German text, never a word of a person's name.
_COMMON_WORD_SHAPE = _Regex(
    r"\w{3,}(?:isch|lich|iv|ell|bar|sam|haft)(?:e|en|er|es|em)|\w{4,}(?:ungen|ung|heit|keit|schaft|systeme|tät|ismus)"
    r"|\w{3,}(?:ness|ment|tion|ship)"  # English nouns: "Bereichsvorstand International Business"
)


def _trim_role(role: str) -> str:
    """Drop a leading article ("the vice-minister" -> "vice-minister") and a day closing the phrase
    ("Direktor des … an der Universität Xiamen am Dienstag": the day it was said)."""
    return _DAY_CLOSING.sub("", _ARTICLE.sub("", role, count=1).strip())


_DAY_CLOSING = _Regex(r"[^\S\n]+(?:am|on|last|this)[^\S\n]+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|"
                      r"Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\Z")


_ARTICLE = _Regex(r"^(?:the|a|an|der|die|das|dem|den|des|ein|eine|einem|einen|eines|einer)\s+", re.IGNORECASE)
_ORGANISATION_KINDS = ("organization", "company", "media", "facility", "network")
# "im brasilianischen Kommunikationsministerium": a German compound no capitalised name goes with
_GERMAN_AFFILIATION = _Regex(
    rf"\b(?:im|in der|beim|bei der|der|des|dem|am)\s+((?:[{_LO}]+e[nmrs]?\s+)?[{_UP}][{_LO}-]*"
    r"(?:ministerium|kammer|agentur|verband|behörde|kommission|akademie|universität|institut|bank|rat|gruppe))\b"
)
# "secretary-general of the SCO", "Generalsekretär der SOZ"
_ACRONYM_AFFILIATION = _Regex(
    rf"\b(?:of|at|from|der|des|beim|bei{_SP}der|im|am){_SP}(?:the{_SP})?([{_UP}][{_UP}&]{{1,7}})(?![\w-])"
)


def _affiliation(role: str) -> str | None:
    """The first organisation the role phrase names, as written, if any."""
    named = [e for e in _chain_entities(role) if e.kind in _ORGANISATION_KINDS]
    if named:
        return _without_descriptor(min(named, key=lambda e: (e.category != "actor", e.start)), role).text
    match = _GERMAN_AFFILIATION.search(role) or _ACRONYM_AFFILIATION.search(role)
    if match and match.group(1) in _LEGAL_FORM_WORDS:  # "General Director of OJSC \"BELAZ\"": the quoted name's
        quoted = _QUOTED_AFTER_FORM.match(role, match.end(1))
        return quoted["name"] if quoted else None
    return match.group(1) if match else None


# A legal form written before a name closing the words before a quote ('LLP', 'JSC NC').
_LEGAL_FORM_CLOSES = _Regex(rf"(?<![\w-])(?:{'|'.join(sorted(LEGAL_FORMS_BEFORE, key=len, reverse=True))})"
                            rf"(?:[^\S\n]+NC)?\s*\Z")
_QUOTED_AFTER_FORM = _Regex(r"[^\S\n]*[\"“„«](?P<name>[^\"“”„«»\n]{2,60})[\"”“»]")


def _word_start(text: str, start: int) -> bool:
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "-'’")


# --- the candidate scan ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Anchors:
    """Where the heavier patterns may match: starts of verbs of speech, of German title words
    ("Vizeminister", "EU-Handelsbeauftragte", "Herr"), of descriptor nouns ("company",
    "Staatskonzern"). Found in one pass over the words of the text."""

    say: tuple[int, ...]
    titles_de: tuple[int, ...]
    described: tuple[int, ...]
    lower: frozenset[str]  # words the text writes in lower case ("exports"): common words, not names
    by_lower: dict[str, list[str]]  # the text's distinct words by their lower-case form: later finders' anchors
    role_heads: frozenset[str]  # capitalised German words ending in a role ("Vorstandsvorsitzender")
    article_nouns: ArticleNouns  # German words after an article ("die Regierung"): nouns, not names
    titles_en: tuple[int, ...]  # where an English title or honorific is written, inside words too
    camel: frozenset[str]  # words in two capitalised parts run together ("AstraZeneca")
    org_nouns: bool  # whether a word opens with a German organisation's compound ("Statistikamt")


def _anchors(text: str, language: str | None) -> _Anchors:
    # The distinct words of the text, read by one C-level regex pass; only the few that can anchor
    # a pattern are then located, each with `str.find`. Python touches distinct words, not every
    # word, and what a word can anchor is worked out once per word (`_word_facts`), not per text.
    words = distinct_words(text)
    say = words & _SAY_ANY_CASE
    by_lower: dict[str, list[str]] = {}
    role_heads: set[str] = set()
    titles: set[str] = set()
    described: set[str] = set()
    lower: set[str] = set()
    camel: set[str] = set()
    org_nouns = False
    title_literals: set[str] = set()
    facts = _WORD_FACTS
    for w in words:
        fact = facts.get(w)
        if fact is None:
            fact = _word_facts(w)
        lw, flags, literals = fact
        by_lower.setdefault(lw, []).append(w)
        if flags:
            if flags & _ROLE_HEAD:
                role_heads.add(w)
                if flags & _TITLE_HEAD:
                    titles.add(w)
            if flags & _DESCRIBED_WORD:
                described.add(w)
            if flags & _LOWER:
                lower.add(w)
            if flags & _CAMEL:
                camel.add(w)
            if flags & _ORG_NOUN:
                org_nouns = True
        if literals:
            title_literals.update(literals)
    if language != "en":
        titles |= words & {"Herr", "Frau", "Prof", "Dr", "Professor", "Professorin", "OB"}
    else:
        role_heads.clear()
        titles.clear()
    return _Anchors(positions(text, say), positions(text, titles), positions(text, described), frozenset(lower),
                    by_lower, frozenset(role_heads), ArticleNouns(text),
                    occurrences(text, title_literals) if language != "de" else (), frozenset(camel), org_nouns)


# What each word can anchor, worked out once per distinct word: (lower-case form, flags, English
# title literals written in it). A cache of pure facts about words, bounded in size.
_ROLE_HEAD, _TITLE_HEAD, _DESCRIBED_WORD, _LOWER, _CAMEL, _ORG_NOUN = 1, 2, 4, 8, 16, 32
_WORD_FACTS: dict[str, tuple[str, int, tuple[str, ...]]] = {}
_WORD_FACTS_LIMIT = 200_000
_LOWER_BRAND_TITLE = re.compile(r"[a-z][\w&]{0,30}-[A-ZÄÖÜ][a-zäöüß]+")  # "euronews-Reporterin"
_DIGIT_FIRM_TITLE = re.compile(r"\d{1,4}[A-ZÄÖÜ][\w&]{0,30}-[A-ZÄÖÜ][a-zäöüß]+")  # "50Hertz-Chef"


def _word_facts(word: str) -> tuple[str, int, tuple[str, ...]]:
    lw = word.lower()
    flags = 0
    if (word[0].isupper() or _LOWER_BRAND_TITLE.fullmatch(word) or _DIGIT_FIRM_TITLE.fullmatch(word)) \
            and lw.endswith(_ROLE_ENDINGS):
        flags |= _ROLE_HEAD | (_TITLE_HEAD if lw.endswith(_TITLE_ENDINGS_LOWER) else 0)
    elif word[0].isupper() and (lw.endswith(_EXECUTIVE_ENDINGS) or word in _EXECUTIVES):
        flags |= _ROLE_HEAD | _TITLE_HEAD  # "Sberbank-CEO", "aktueller CEO" (see `_TITLE_DE`)
    if lw in _DESCRIPTOR_WORDS_EN or lw.endswith(_DESCRIPTOR_ENDINGS_DE):
        flags |= _DESCRIBED_WORD
    if word[0].islower():
        flags |= _LOWER
    if word != lw and _CAMEL_WORD.fullmatch(word):
        flags |= _CAMEL
    if _org_noun_ending(word.split("-", 1)[0]) is not None:
        flags |= _ORG_NOUN
    fact = (lw, flags, tuple(literal for literal in _TITLE_LITERALS_EN if literal in word))
    if len(_WORD_FACTS) >= _WORD_FACTS_LIMIT:
        _WORD_FACTS.clear()
    _WORD_FACTS[word] = fact
    return fact


# --- finders ------------------------------------------------------------------------------------


# A capitalised past participle after a name's "of"/"for" part, in a title-case headline, is its verb;
# not one of the participles names are made of ("Bank of China Limited").
_HEADLINE_VERB = re.compile(r"[A-Z][a-z]{3,}ed")
_NAME_PARTICIPLES = frozenset("United Limited Incorporated Advanced Applied Integrated Associated Allied Unified "
                              "Consolidated Specialized Specialised Automated Accredited Registered Chartered Certified "
                              "Licensed Listed Combined Distinguished Merged".split())
# A role that ends in a preposition: what follows is its object ("director of the Bureau of Organic
# Biology": the bureau's name), not the holder of the office.
_OBJECT_BEFORE = re.compile(r"\s(?:of|for|der|des|für)\Z")


_NOUN_VON = _Regex(rf"(?P<noun>[{_UP}][{_LO}]+){_SP}(?:von|vom){_SP}(?=[{_UP}])")


def _after_noun_and_von(text: str, span: tuple[int, int], anchors: _Anchors) -> tuple[int, int]:
    """A German name without the noun and "von" the words before it opened with ("Nach Angaben von
    Peter Müller, Experte bei …": "Angaben" is a noun, "von" its preposition; "Ursula von der
    Leyen" opens with a given name)."""
    m = _NOUN_VON.match(text, span[0])
    if m is None:  # "einer Schätzung von Sergej Tschagin": the noun before the span
        m = _NOUN_VON.search(text, max(0, span[0] - 40), span[0] + 5)
        m = m if m is not None and m.start("noun") < span[0] <= m.start() + len(m["noun"]) + 2 else None
    if m is None or m.end() >= span[1] or not is_german_noun(m["noun"], anchors.lower, anchors.article_nouns):
        return span
    return m.end(), span[1]


def _people(text: str, language: str | None, anchors: _Anchors) -> Iterator[tuple[int, FoundEntity]]:
    """(priority, entity): lower priority wins when two patterns find the same name."""
    appositive, reported, open_appositive = _PEOPLE.get(language, _PEOPLE[None])
    apposed = _apposed_name_starts(text, language)
    # German appositions with no verb after them are read by `_cued_people`, which knows German nouns.
    patterns = ((0, appositive), (0, reported), *((2, open_appositive),) * (language == "en"))
    for priority, pattern in patterns:
        found = _matches_at(pattern, text, anchors.say if pattern is reported else apposed)
        for m in found:
            if not _word_start(text, m.start()):
                continue
            span = _clean_person(text, m.start("name"), m.end("name"))
            if span is not None and language != "en":
                span = _after_noun_and_von(text, span, anchors)
            if span is None or (pattern is open_appositive and len(text[span[0]:span[1]].split()) < 2):
                continue  # an apposition with no verb after it names a person by two words or more
            if _opens_with_titled_name(m["role"]):
                continue  # "…, Finanzminister Maxim Jermolowitsch, Wirtschaftsminister Dmitri Krutoi": a list
            if language != "de" and (_titled_holder_in(text, m.start("role"), m.end("role"))
                                     or _holder_named_in(m["role"])):
                continue  # "Ulugbek Kasymov, Head of the … Office Ikhtiyor Niyazmuradov, and …": the next item;
                # "Stephen Schwarzman, Apollo’s co-founder Leon Black and …": a list of holders
            if _in_title_first_list(text, m.start("name")):
                continue  # "Minister for …, Mr. Desmond Lee, Chairman of …, Anatoly …": the chairman is Anatoly
            if language != "de" and _PLACE_NOUN_BEFORE.search(text, max(0, m.start("name") - 20), m.start("name")) \
                    and _holder_closes_role(m["role"]):
                continue  # "… industrial park Great Stone, head of the park's administration Aliksandr
                # Yarashevich said": a site's name; the role's holder is the name closing it
            if _CREDIT_CLOSING.search(m["role"]):
                continue  # "… with Vice Mayor of Shanghai Xu Kunlin, Kazinform correspondent in China reports.":
                # the wire's credit, no office of the name before it
            if _ROLE_ENDS_BEFORE_HOLDER.search(m["role"].rstrip()) or _HOLDER_INSIDE_ROLE.search(m["role"]) or (
                    _ENDS_IN_INITIAL.search(m["role"]) and text.startswith(".", m.end("role"))) or (
                    pattern is open_appositive and _HOLDER_AFTER_ACRONYM.match(text, m.end("role"))):
                continue  # "Asad Umar, Finance Advisor Dr. Abdul Hafeez Sheikh", "…, Chairman … Atif R.
                # Bokhari", "…, Chairman of the … Agency of Azerbaijan (KOBIA) Orkhan Mammadov,": the
                # next item's title (and its holder's given name and initial)
            role_start, role_end = m.start("role"), _portfolio_tail_end(text, m.start("role"), m.end("role"))
            role_end = _past_fields_listed(text, role_end)
            if pattern is reported:
                tail = _ROLE_LIST_TAIL.match(text, role_end)
                if tail:
                    role_end = tail.end()
            role = _trim_role(text[role_start:role_end])
            yield priority, _person(text, span, role, _affiliation(role))
    english, german = language in ("en", None), language in ("de", None)
    role_of_org = [_matches_at(_ROLE_OF_ORG_EN, text, anchors.titles_en)] * english + [_matches_at(_ROLE_OF_ORG_DE, text, anchors.titles_de)] * german
    for m in (m for found in role_of_org for m in found):
        if not _word_start(text, m.start()):
            continue
        span = _clean_person(text, m.start("name"), m.end("name"))
        opening = _role_modifiers_before(text, m.start())  # "the chief economist at Natixis"
        if _apposed_to_name_before(text, opening, anchors) and not _in_title_first_list(text, m.start("name")):
            continue  # "Ali Khan, Minister of Trade, Ahmed Raza, …": the office is the name's before it
        if span and not _ends_like_a_portfolio(m["name"]) and not any(
                w.lower() in _NOT_NAME for w in m["name"].split()):  # "…, Distinguished Governors": a greeting
            org = m.group("org")  # None: a body named before ("of the company"), not named here
            yield 1, _person(text, span, " ".join(text[opening : m.end("role")].split()), " ".join(org.split()) if org else None)
    for m in _matches_at(_ROLE_OF_GENITIVE_DE, text, anchors.titles_de) if german else ():
        span = _clean_person(text, m.start("name"), m.end("name"))
        if span and _word_start(text, m.start()):
            yield 1, _person(text, span, m.group("role"), None)  # whose: a country, no organisation
    for m in _matches_at(_ROLE_OF_BODY_NO_COMMA_DE, text, anchors.titles_de) if german else ():
        span = _clean_person(text, m.start("name"), m.end("name"))
        if m["whose"] and not _is_country_word(m["whose"]) and not (
                "-" in m["body"] and m["body"].endswith(("en", "er", "es"))):
            continue  # "Leiter der Abteilung Handel Anna Bely": the word after the body is no country;
            # "Vorsitzender der Deutsch-Israelischen Gesellschaft Raynold Robben": an adjective and its body
        if span and _word_start(text, m.start()) and not any(_not_a_name_word(w, anchors) for w in m["name"].split()):
            role = " ".join(text[_role_modifiers_before(text, m.start()) : m.end("role")].split())
            yield 1, _person(text, span, role, _affiliation(role))
    for m in _matches_at(_ROLE_OF_FIRM_NO_COMMA_DE, text, anchors.titles_de) if german else ():
        span = _clean_person(text, m.start("name"), m.end("name"))
        org = m["org"].split()
        if span and _word_start(text, m.start()) and _names_a_holder(m["given"], m["family"]) \
                and not (is_given_name(org[-1]) or _is_country_word(org[-1])) \
                and not any(_not_a_name_word(w, anchors) for w in (m["given"], m["family"])):
            role = " ".join(text[_role_modifiers_before(text, m.start()) : m.end("org")].split())
            yield 1, _person(text, span, role, " ".join(org))
    yield from _people_after_title_comma(text, english, german, anchors)
    if english:
        yield from _people_after_lower_offices(text, anchors)
        yield from _people_after_possessive_titles(text, anchors)
    counterparts = (*anchors.titles_de, *anchors.titles_en)
    for m in _matches_at(_COUNTERPART_NAME, text, sorted(counterparts)):
        span = _clean_person(text, m.start("name"), m.end("name"))
        if span and _word_start(text, m.start()) and not any(_not_a_name_word(w, anchors) for w in m["name"].split()):
            role = " ".join(text[_role_modifiers_before(text, m.start()) : m.end("role")].split())
            yield 2, _person(text, span, role, None)
    if english:
        yield from _people_by_copula(text, anchors)
        yield from _people_after_acronym_heads(text, anchors)
        yield from _people_before_who(text, anchors)
        bodies: list[tuple[int, int]] = []
        yield from _people_after_long_titles(text, _matches_at(_LONG_TITLE_EN, text, anchors.titles_en), bodies)
        if "s minister" in text or "s president" in text or "s deputy" in text or "s head" in text:
            yield from _people_after_long_titles(text, _POSSESSIVE_TITLE_EN.finditer(text), bodies)
        yield from _people_after_long_titles(
            text, _after_the(text, _matches_at(_THE_LOWER_TITLE_EN, text, anchors.titles_en)), bodies)
        for priority, person in _titled_people(text, _TITLE_NAME_EN, _matches_at(_TITLE_NAME_EN, text, anchors.titles_en)):
            if not any(a <= person.start and person.end <= b for a, b in bodies):
                yield priority, person  # "Chairman Board of Investment …": "Board" is a word of the body
    if german:
        for priority, person in _titled_people(text, _TITLE_NAME_DE, _matches_at(_TITLE_NAME_DE, text, anchors.titles_de)):
            if " " in person.name or not is_german_noun(person.name, anchors.lower, anchors.article_nouns):
                yield priority, person  # "den Journalisten Auskunft geben": a noun the text writes after an article
    if german:
        yield from _cued_people(text, anchors)
    for m in _BYLINE.finditer(text):
        if not _word_start(text, m.start()):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start : m.start()].strip()
        if before and not before[-1].isdigit():
            continue
        if not re.match(r"[^\S\n]*(?:[,(|/–-]|\n|$)", text[m.end() : m.end() + 3]):
            continue
        outlet = _OUTLET.match(text, m.end())
        affiliation = outlet.group("aff") if outlet and "\n" not in text[m.end() : outlet.start("aff")] else None
        for name in _BYLINE_NAME.finditer(text, m.start("names"), m.end("names")):
            words = name.group().split()
            if len(words) < 2 or any(_head_of(w) or w.lower() in _NOT_BYLINE for w in words):
                continue
            yield 3, _person(text, name.span(), "reporter", affiliation)


def _people_after_lower_offices(text: str, anchors: _Anchors) -> Iterator[tuple[int, FoundEntity]]:
    """"the head of the Russian trade mission in Tajikistan Yevgeny Korenkov.", "the head of the
    Eurasian Development Bank Nikolai Podguzov said": the whole phrase is the role. The word before
    the name describes (a lower-case noun, a country, a body's head word); a company's descriptor
    there ("the head of the company Vostok Oil") makes the name the company's."""
    for at in anchored(text, anchors.by_lower, _LOWER_OFFICES):
        if not text[at].islower():
            continue
        m = _LOWER_OFFICE_NAME_EN.match(text, at)
        if m is None or not all(_names_someone(w, anchors) for w in m["name"].split()):
            continue
        before = m["role"].split()[-1]
        if not (before.islower() and before not in _DESCRIPTOR_KIND or _is_country_word(before) or _head_of(before)):
            continue  # "the chief of the new Digital Silk Road": a name's word before, no office
        span = _clean_person(text, m.start("name"), m.end("name"))
        if span is not None:
            role = " ".join(m["role"].split())
            yield 1, _person(text, span, role, _affiliation(role))


_LOWER_OFFICES = frozenset(_OFFICE_HEADS_LOWER_EN)


def _people_after_possessive_titles(text: str, anchors: _Anchors) -> Iterator[tuple[int, FoundEntity]]:
    """"The bank's founding president, Jin Liqun, completed his term", "the company's chief
    executive, John Smith, said": a lower-case title after a possessive, then the name set off by
    commas. The possessor is the affiliation when it is a name ("Gazprom's chairman, …")."""
    for at in anchors.titles_en:
        m = _LOWER_TITLE_COMMA_NAME_EN.match(text, at)
        if m is None or not _word_start(text, at):
            continue
        owner = _POSSESSIVE_BEFORE.search(text, max(0, at - 60), at)
        if owner is None or any(_not_a_name_word(w, anchors) or _is_country_word(w) or w.lower() in _NOT_NAME
                                or _head_of(w) for w in m["name"].split()):
            continue  # "China's exports, Machinery Parts, rose": no name after the comma
        span = _clean_person(text, m.start("name"), m.end("name"))
        if span is None:
            continue
        role = " ".join(text[owner.start("mods") : m.end("where") if m["where"] else m.end("title")].split())
        whose = owner["owner"]
        named = whose[:1].isupper() and whose.lower() not in _NOT_NAME and not _is_country_word(whose)
        yield 1, _person(text, span, role, whose if named else None)  # a country is no affiliation


# "the bank's founding president, Jin Liqun,": a possessive, modifiers, a lower-case title, the name
_POSSESSIVE_BEFORE = _Regex(
    rf"(?P<owner>[{_UP}{_LO}][\w.&-]*)['’]s{_SP}(?P<mods>(?:(?:founding|former|new|acting|deputy|outgoing|incoming|"
    rf"first|current|long-time|longtime){_SP}){{0,2}})\Z")
_LOWER_TITLE_COMMA_NAME_EN = _Regex(
    rf"(?P<title>(?:{_TITLES_EN_LOWER}|president|chairman|chairwoman|chief{_SP}executive|founder|CEO))(?![\w-])"
    # "Iran's ambassador to Russia, Kazem Jalali": where or to whom the office is held
    rf"(?P<where>{_SP}(?:to|in|at){_SP}(?:the{_SP})?[{_UP}][\w-]*(?:{_SP}[{_UP}][\w-]*){{0,2}})?,{_SP}"
    # "Huawei's CEO in Uzbekistan, Mr. Wang Peng commented": an honorific before the name, a verb
    # of saying after it
    rf"(?:(?:{_FORMS_OF_ADDRESS}|Dr)\.?{_SP})?"
    rf"(?P<name>{_TOKEN}(?:{_SP}{_TOKEN}){{1,2}})(?=[^\S\n]*[,.;]|{_SP}(?:said|says|commented|noted|added|stated)\b)")


def _ends_like_a_portfolio(name: str) -> bool:
    """"Minister of Digital Development, Innovations, and …": a portfolio's noun, no name; one word
    that is a portfolio's ("Minister of Investment and Foreign Trade, Sardor Umurzakov": "Trade")."""
    return name.endswith(("tion", "tions")) or (" " not in name and _PORTFOLIO_WORD.fullmatch(name) is not None)


_PORTFOLIO_WORD = _Regex(_PORTFOLIO_WORDS)


def _names_someone(word: str, anchors: _Anchors) -> bool:
    """Whether a word in a title's office is shaped like a given or family name: then the office
    holds a name and is an item of a list, not one office."""
    return (_is_name_part(word) and not _is_country_word(word) and not _TITLE_WORD.fullmatch(word)
            and not _not_a_name_word(word, anchors))


_PLURAL_ARTICLE_BEFORE = _Regex(rf"(?<![\w-])(?:die|the){_SP}\Z")


def _people_after_title_comma(text: str, english: bool, german: bool,
                              anchors: _Anchors) -> Iterator[tuple[int, FoundEntity]]:
    """People named after their title and office and a comma ("the Minister of Foreign Affairs of
    the Republic of Belarus, Sergei Aleinik,"); after a plural title ("die Premierminister
    Armeniens und Russlands, Nikol Paschinjan und Michail Mischustin") the further names of the
    list too. Tried at every title, so that of two titled people joined by "and" each has its own
    office ("Minister of Energy Ali Raza and the Minister of Trade, Ahmed Khan": the first office
    holds a name, so it is not the second one's)."""
    tried = [(_TITLE_COMMA_NAME_EN, anchors.titles_en)] * english + [(_TITLE_COMMA_NAME_DE, anchors.titles_de)] * german
    for pattern, starts in tried:
        for at in starts:
            m = pattern.match(text, at)
            if m is None or not _word_start(text, at):
                continue
            words = m["name"].split()
            if any(not _is_name_part(w) or _is_country_word(w) or _TITLE_WORD.fullmatch(w)
                   or _not_a_name_word(w, anchors) for w in words) or _FIRM_LAST.fullmatch(words[-1]):
                continue  # "the Minister of Trade, Economy Ministry", "…, President Putin"; "MD and CEO,
                # Tata Consumer Products, said": the firm the title is of
            if _apposed_to_name_before(text, _role_modifiers_before(text, at), anchors):
                continue  # "Adiz Boboyev, Hokim der Region Samarkand, Jamshid Egamberdiyev, Berater …"
            office = m["role"].split()[1:]
            if any(_names_someone(office[i], anchors) and _names_someone(office[i + 1], anchors)
                   for i in range(len(office) - 1)):
                continue  # a list: "Premiers Igor Wolkow, Sergej Lenski", "Energy Ali Raza and the Minister …"
            span = _clean_person(text, m.start("name"), m.end("name"))
            if span is None:
                continue
            role = " ".join(text[_role_modifiers_before(text, at) : m.end("role")].split())
            # after an honorific ("…, Mr. Spacelee,") other readings of the office come first ("Huawei's
            # CEO in Uzbekistan, Mr. Wang Peng": Huawei's)
            alias = _ALIAS_GAP.match(text, m.end("role"))
            honorific = m.start("name") - m.end("role") > 2 + (alias.end() - alias.start() if alias else 0)
            yield 2 if honorific else 1, _person(text, span, role, _affiliation(role))
            title = _TITLE_WORD.match(text, at)
            plural = title is not None and (_plural_title(title.group()) or (
                pattern is _TITLE_COMMA_NAME_DE and not title.group().endswith(("in", "innen"))
                and _PLURAL_ARTICLE_BEFORE.search(text, max(0, at - 6), at) is not None))
            if plural:
                yield from _listed_after(text, span[1], role, _affiliation(role))


_ALIAS_GAP = _Regex(r"(?:[^\S\n]*\([^()\n]{1,60}\))?")  # a body's other name in brackets after its office
# "Adiz Boboyev, ": a name and a comma right before a title, whose apposition the title is
_NAME_COMMA_BEFORE = _Regex(rf"(?<![\w'’.-])(?P<name>{_TOKEN}{_SP}{_TOKEN}),{_SP}\Z")


# Words that open a generic plan's name, not a proper one ("the Action Plan of the Ministry …")
_GENERIC_OPENERS = frozenset("action national joint general strategic development cooperation work working annual "
                             "new master comprehensive".split())
_LOWER_WORD_AFTER = _Regex(rf"{_SP}[{_LO}]")
_BODY_GROUPS = frozenset({"Working", "Contact", "Expert", "Task", "Cooperation", "Friendship", "Parliamentary",
                          "Advisory", "Coordination", "Coordinating", "Steering", "Study", "Interparliamentary"})
_STOLEN = 10  # a person read with another's office is kept only where nothing better reads it


def _title_of_the_name_before(text: str, person: FoundEntity, anchors: _Anchors) -> bool:
    """Whether `person`'s role stands before the name, closed by a comma, and in apposition to a
    name before it (from the comma that opens it: "Parlamentarischer Staatssekretär beim …")."""
    if not person.role or _in_title_first_list(text, person.start):
        return False
    if person.role in text[person.end : person.end + len(person.role) + 8]:
        return False  # "K K Modi, chairman, Modi Enterprises": the name's own apposition
    at = text.rfind(person.role, max(0, person.start - len(person.role) - 40), person.start)
    if at < 0 or text[at + len(person.role) : person.start].count(",") != 1:
        return False  # "Ali Khan, den Handelsminister Ivan Petrov": a title right before its holder is his
    comma = text.rfind(",", max(0, at - 80), at)  # the title's words from the comma that opens them
    opened = _OPENING_SPACE.match(text, comma + 1) if comma >= 0 and "." not in text[comma:at] and \
        not _NEXT_ITEM_WORDS.search(text, comma, at) else None  # ", und die Ministerin …, Name": the next item
    return _apposed_to_name_before(text, at, anchors) or (
        opened is not None and _apposed_to_name_before(text, opened.end(), anchors))


_OPENING_SPACE = _Regex(r"[^\S\n]*")


_CREDIT_CLOSING = _Regex(r"(?i:\b(?:correspondent|reporter|agency|news|wire)\b.*\b(?:reports|reported|writes|wrote)\s*\Z)")


def _in_title_first_list(text: str, name_start: int) -> bool:
    """Whether the name at `name_start` is an item of a list that gives each title before its holder:
    the sentence opens with a title, then a comma and an honorific ("Singaporean Minister for National
    Development, Mr. Desmond Lee, Chairman of the …, Anatoly Isachanka, …"). A list that opens with a
    name ("Dr. Ali Shah, Chairman HEC, Dr. …") gives each name before its title."""
    start = max(0, name_start - _LIST_REACH)
    opening = start
    for end in _SENTENCE_END.finditer(text, start, name_start):
        opening = end.end()
    m = _TITLE_COMMA_HONORIFIC.match(text, opening)
    return m is not None and m.end() <= name_start and _TITLE_WORD.search(m["first"]) is not None


_LIST_REACH = 600  # characters looked back for the sentence's (or the list's, after a colon) start
_SENTENCE_END = _Regex(r"(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bHr)(?<!\bProf)[.!?:][^\S\n]+|\n")
_TITLE_COMMA_HONORIFIC = _Regex(rf"[^\S\n]*(?P<first>[^,.;:\n]{{3,120}}),[^\S\n]+(?:{_HONORIFICS})[^\S\n]+(?=[A-Z])")
_NEXT_ITEM_WORDS = _Regex(r"\b(?:und|and|sowie|der|die|das|den|dem|the|an?|eine?n?)\b")


def _apposed_to_name_before(text: str, at: int, anchors: _Anchors) -> bool:
    """Whether the title at `at` follows a person's name and a comma: it is that person's office
    ("Name, Title of X, Other Name, …" lists each name before its own office), not the next name's;
    or whether it is whose another title is ("Berater des Ministers …, Name": the adviser's)."""
    if _TITLE_OF_TITLE.search(text, max(0, at - 60), at):
        return True
    m = _NAME_COMMA_BEFORE.search(text, max(0, at - 60), at)
    if m is None:
        return False
    words = m["name"].split()  # two: "Zhang Guoqing, Bürgermeister von Tianjin, Yang Xiaowei": the mayor is Zhang
    chinese = _chinese_name(*words)  # "Guoqing" ends like a noun ("-ing"), but names him
    return all((chinese or _is_name_part(w)) and not _is_country_word(w) and not _TITLE_WORD.fullmatch(w)
               and not _not_a_name_word(w, anchors) for w in words)


_LEADING_LOWER = _Regex(rf"(?:[{_LO}]+{_SP}){{0,2}}")
_FIRST_WORD = _Regex(rf"(?P<word>[\w-]+){_SP}")


def _opens_with_titled_name(role: str) -> bool:
    """Whether a role read after a comma is the next item of a list of titled names: a title and a
    name of two words or more ("Finanzminister Maxim Jermolowitsch", "belarussischer Botschafter
    in Russland Wladimir Semaschko", "Berater des Präsidenten Juri Uschakow"), not a title and
    what it heads ("Leiter des …")."""
    leading = _LEADING_LOWER.match(role)  # always matches (no words or up to two)
    at = leading.end() if leading is not None else 0
    for _ in range(2):  # "Energy Minister Oleg Sorin": words of the role before its title
        word = _FIRST_WORD.match(role, at)
        if word is None or not _ROLE_WORD_EN.fullmatch(word["word"]) or _TITLE_WORD.fullmatch(word["word"]):
            break
        at = word.end()
    for pattern in (_TITLE_NAME_DE, _TITLE_NAME_EN, _ROLE_OF_BODY_NO_COMMA_DE):
        m = pattern.match(role, at)
        if m is None or _HONORIFIC.fullmatch(m["role"]):
            continue
        span = _clean_person(role, m.start("name"), m.end("name"), after_title=True)
        if span is not None and len(role[span[0] : span[1]].split()) >= 2:
            return True
    return False


def _apposed_name_starts(text: str, language: str | None) -> list[int]:
    """Every place an appositive name ("Xu Chaofeng, director of …, said") can start: a capital
    letter in the run of name characters before a comma that a role follows. The name ends at the
    first comma after it, so each match's start is among these; `_matches_at` there gives what a
    scan of the whole text gives."""
    starts: list[int] = []
    for comma in _APPOSED_COMMA.get(language, _APPOSED_COMMA[None]).finditer(text):
        at = comma.start()
        run = text.rfind(",", 0, at) + 1  # a comma holds no name: the run starts after the one before
        for barrier in _NOT_NAME_CHARS.finditer(text, run, at):
            run = barrier.end()
        starts.extend(m.start() for m in _NAME_START.finditer(text, run, at))
    return starts


# German people named after a source phrase or a title ("laut Arman Dschaksybekow", "so Timur
# Kulibajew", "nach einer Schätzung von …", "Präsident Jerlan Myńbaev"), or first in a clause
# before a comma and a role ("Timur Kulibajew, Vorstandsvorsitzender der …"). Two to four
# capitalised words, none of them a German common noun; the name ends at punctuation or a
# lower-case word (the verb).
# a particle stands only before the last word ("Rüdiger von Fritsch"; not "Tisch von Eduard Kinsbruner")
_CUED_NAME = (rf"(?P<name>{_TOKEN}(?:(?:{_SP}{_TOKEN}){{1,3}}"
              rf"|(?:{_SP}{_TOKEN}){{0,2}}{_SP}{_PARTICLE}{_SP}{_TOKEN}))"
              rf"(?=[^\S\n]*(?:[,.;:)(–—]|$)|{_SP}[{_LO}-])")
_SOURCE_PHRASE_DE = r"(?:[Nn]ach{_SP}(?:(?:einer|der|den){_SP})?(?:Schätzung|Einschätzung|Angaben|Ansicht|Meinung|Worten|Berechnungen)|Schätzung|Einschätzung|Angaben|Prognose){_SP}von"
_CUED_DE = _Regex(
    rf"(?<![\w-])(?P<cue>[Ll]aut|so|zufolge|{_SOURCE_PHRASE_DE.format(_SP=_SP)}"
    rf"|(?:{'|'.join(sorted((c.capitalize() for c in _de.PERSON_CUES if c not in ('laut', 'so', 'zufolge')), key=len, reverse=True))})"
    rf"){_SP}{_CUED_NAME}"
)
# the name read back from the comma before a role: "Timur Kulibajew, Vorstandsvorsitzender der …"
_NAME_BEFORE_COMMA = _Regex(rf"(?<![\w'’-]){_CUED_NAME}\Z")
_ROLE_AFTER_DE = _Regex(rf",{_SP}(?P<role>{_ROLE_START_DE}{_ROLE_BODY})")
_SOURCE_CUES = frozenset({"laut", "so", "zufolge"})
_CUE_WORDS = _de.PERSON_CUES | {"nach", "schätzung", "einschätzung", "angaben", "prognose"}
_ROLE_ENDINGS = tuple(stem + suffix for stem in _ROLE_STEMS_DE for suffix in ("", "in", "r", "n", "en", "s"))
_EXECUTIVE_ENDINGS = ("-ceo", "-cfo", "-cto", "-coo")
_EXECUTIVES = frozenset({"CEO", "CFO", "CTO", "COO"})


def _not_a_name_word(word: str, anchors: _Anchors) -> bool:
    return (is_german_noun(word, anchors.lower, anchors.article_nouns) or _head_of(word) is not None
            or word in _CALENDAR_WORDS or word.lower() in _NOT_NAME)


_PORTFOLIO_OPENER = _Regex(r"\b(?:für|of|for)\b")


def _portfolio_tail_end(text: str, start: int, end: int) -> int:
    """Where a role of a portfolio (`_PORTFOLIO_OPENER` in `text[start:end]`) ends when its list runs
    on past the comma `end` stands at (`_ROLE_PORTFOLIO_TAIL`); else `end`."""
    if not _PORTFOLIO_OPENER.search(text, start, end):
        return end
    tail = _ROLE_PORTFOLIO_TAIL.match(text, end)
    return tail.end() if tail else end


def _cued_people(text: str, anchors: _Anchors) -> Iterator[tuple[int, FoundEntity]]:
    cues = anchored(text, anchors.by_lower, _CUE_WORDS)
    found: list[tuple[re.Match[str], str | None]] = []
    for m in _matches_at(_CUED_DE, text, cues):
        after = _ROLE_AFTER_DE.match(text, m.end("name"))
        cue = m["cue"]
        titled = cue.lower() in _de.PERSON_CUES and cue.lower() not in _SOURCE_CUES
        found.append((m, _trim_role(after["role"]) if after else (cue if titled else None)))
    commas: set[int] = set()
    for at in positions(text, anchors.role_heads):
        comma = text.rfind(",", max(0, at - 60), at)
        if comma < 0 or comma in commas or "\n" in text[comma:at]:
            continue
        commas.add(comma)
        apposed = _ROLE_AFTER_DE.match(text, comma)
        name = _NAME_BEFORE_COMMA.search(text, max(0, comma - 80), comma) if apposed else None
        if apposed is not None and name is not None and not _opens_with_titled_name(apposed["role"]):
            role_end = _portfolio_tail_end(text, apposed.start("role"), apposed.end("role"))
            found.append((name, _trim_role(text[apposed.start("role") : role_end])))
    for m, role in found:
        words = list(re.finditer(r"\S+", m["name"]))
        if pattern_is_apposition := role is not None and "cue" not in m.groupdict():
            # read back from the comma: words before the name ("Studie Arman …") are not part of it
            while len(words) > 2 and _not_a_name_word(words[0].group(), anchors):
                words.pop(0)
        if any(_not_a_name_word(w.group(), anchors) for w in words if not _PARTICLE_WORD.fullmatch(w.group())) \
                or len(words) < 2 or _PARTICLE_WORD.fullmatch(words[-1].group()):
            continue  # "laut Deutscher Bank", "so Experten": nouns and organisations, no person
        span = _clean_person(text, m.start("name") + words[0].start(), m.end("name"))
        if span is None:
            continue
        # a title alone is the titled finder's, which keeps its modifiers ("der türkische Präsident")
        titled_only = not pattern_is_apposition and role is not None and role == m.groupdict().get("cue")
        yield (3 if titled_only else 1), _person(text, span, role, _affiliation(role) if role else None)


_NOT_BYLINE = frozenset(
    "the a an this that our staff reporter writer correspondent anfang ende mitte januar februar märz april mai "
    "juni juli august september oktober november dezember january february march may june july october december".split()
)


def _titled_people(text: str, pattern: _Regex, matches: Iterator[re.Match[str]]) -> Iterator[tuple[int, FoundEntity]]:
    """"Vice-Minister Xiong Jijun", "Vizeminister Xiong Jijun", "Mr. Xiong" (role None)."""
    for m in matches:
        if not _word_start(text, m.start()):
            continue
        name_start, name_end = m.start("name"), m.end("name")
        if " " not in m["name"] and _BODY_GOES_ON.match(text, name_end):
            continue  # "Chairman Board of Directors": one word that a body's name goes on from
        if pattern is _TITLE_NAME_EN and _ends_like_a_portfolio(m["name"]):
            continue
        if " " not in m["name"] and m["role"].lower().endswith(("investor", "investoren", "investors")):
            continue  # "dem japanischen Technologieinvestor Softbank", "investor SoftBank": firms invest too
        if _firm_goes_on(text, name_end):
            continue  # "CEO of Energy Resource LLC": the name's words are a firm's, its legal form follows
        if pattern is _TITLE_NAME_DE:
            # German capitalises nouns: after a title, take two words ("Präsident Xi Jinping"), a
            # third only when it does not end like a German noun ("Recep Tayyip Erdogan")
            tokens = list(re.finditer(r"\S+", m.group("name")))
            keep = min(len(tokens), 2)
            if len(tokens) > 3 and _PARTICLE_WORD.fullmatch(" ".join(t.group() for t in tokens[1:3])):
                keep = 4  # "Ursula von der Leyen": a particle of two words before the family name
            elif len(tokens) > 2 and (not _GERMAN_NOUN_END.search(tokens[2].group())
                                    or _PARTICLE_WORD.fullmatch(tokens[1].group())
                                    or _two_given_names(tokens[0].group(), tokens[1].group(), tokens[2].group())):
                keep = 3  # "Recep Tayyip Erdogan"; "Heinrich von Pierer": a particle is no name of its own;
                # "Franz Joseph Pschierer": two given names, then the family name whatever its ending
            name_end = name_start + tokens[keep - 1].end()
        span = _clean_person(text, name_start, name_end, after_title=True)
        if span is None:
            continue
        # a second title before the name ("Foreign Minister Senator …") ends the role; a name after
        # two titles has two words at least ("Director Prof. Ming CHENG" is not read as "Ming")
        second = m.groupdict().get("second")
        if second and " " not in text[span[0] : span[1]]:
            continue
        role_end = m.start("second") if second else m.start("name")
        role = text[m.start("role") : role_end].strip()
        if _HONORIFIC.fullmatch(role):
            yield 2, _person(text, span, None, None)
            continue
        role_start = _role_modifiers_before(text, m.start("role"))
        served = _TITLE_OF_TITLE.search(text, max(0, role_start - 60), role_start)
        if served is not None:  # "an Adviser to the President Pavel Khripunov": the adviser's name
            role_start = _role_modifiers_before(text, served.start())
        written_role = " ".join(text[role_start : role_end].split())
        owner = _compound_owner(role) if pattern is _TITLE_NAME_DE else None
        yield 2, _person(text, span, written_role, owner)
        if _plural_title(m["role"]):
            yield from _listed_after(text, span[1], written_role, owner)


_PARTICLE_WORD = _Regex(_PARTICLE)


@cache
def _amount_before() -> re.Pattern[str]:
    """A digit or a scale word of either language ("Mrd.", "billion", "crore") right before a point."""
    scales = sorted({*vocabulary("de").scale_words, *vocabulary("en").scale_words}, key=len, reverse=True)
    return re.compile(rf"(?:\d|\b(?i:{'|'.join(map(re.escape, scales))})\.?)[^\S\n]*\Z")
# A body's acronym in brackets, then a name of two words: the holder of the title before it
_HOLDER_AFTER_ACRONYM = _Regex(rf"[^\S\n]*\([{_UP}][\w&-]*\){_SP}{_TOKEN}{_SP}{_TOKEN}(?=[^\S\n]*[,.;]|{_SP}[{_LO}])")


def _not_in_name(word: str) -> bool:
    """A word that opens no name (`_NOT_IN_NAME`); "IT" in capitals is information technology, not "it"."""
    return word != "IT" and word.lower() in _NOT_IN_NAME
_ENDS_IN_INITIAL = _Regex(rf"(?<![\w-])[{_UP}]\Z")


def _two_given_names(first: str, second: str, third: str) -> bool:
    """"Hans Peter Müller": two listed given names before a word that is no frequent German noun."""
    names = _given_names()
    return first in names and second in names and third.lower() not in _de.COMMON_NOUNS


def _plural_title(title: str) -> bool:
    """"Premiers", "Vice Ministers": a title of several people, whose names may follow as a list."""
    return title.endswith("s") and not title.endswith(("ss", "us")) and not _HONORIFIC.fullmatch(title)


def _listed_after(text: str, end: int, role: str, affiliation: str | None) -> Iterator[tuple[int, FoundEntity]]:
    """The further names of a list after a plural title, each with its role; a bounded walk."""
    for _ in range(_MAX_LISTED):
        m = _LISTED_NAME.match(text, end)
        if m is None or any(_TITLE_WORD.fullmatch(w) or _head_of(w) for w in m["name"].split()):
            return
        span = _clean_person(text, m.start("name"), m.end("name"))
        if span is None:
            return
        yield 2, _person(text, span, role, affiliation)
        end = m.end("name")


_MAX_LISTED = 12


_BODY_GOES_ON = _Regex(rf"{_SP}(?:of|for){_SP}[{_UP}]")


# "Leonid Lozhechko is Chairman of the Russian-Iranian Business Council, said …": a name opening a
# sentence, "is" or "was", and a title with what it heads, up to a comma or a full stop.
# "Nikhil Nanda, however, will continue to be the Chairman and Managing Director …": an aside after
# the name, and "be" after "will" ("will continue to be", "will remain"), or "remains", "became".
_COPULA_NAME = _Regex(rf"(?:^|(?<=[.!?\n])[^\S\n]*|(?<=[.!?][\"”’])[^\S\n]*)(?P<name>{_TOKEN}(?:{_SP}{_TOKEN}){{1,2}})"
                      rf"(?:,{_SP}(?:however|meanwhile|though|in{_SP}turn),)?{_SP}"
                      rf"(?P<aux>(?:will|would|shall){_SP}(?:(?:continue|also){_SP}to{_SP})?)?\Z")
_COPULA_ROLE = _Regex(
    rf"{_SP}(?:(?:the|an?){_SP})?(?P<role>{_MODIFIER_EN}(?:{_TITLES_EN})"
    rf"(?:{_SP}(?:of|for|at){_SP}(?:the{_SP})?{_ORG_CHAIN_SIMPLE})?)(?![\w-])"
)


def _people_by_copula(text: str, anchors: _Anchors) -> Iterator[tuple[int, FoundEntity]]:
    for at in anchored(text, anchors.by_lower, _COPULAS):
        verb = _WORD_AT.match(text, at)
        role = _COPULA_ROLE.match(text, verb.end()) if verb is not None else None  # after "is", "was", "be" …
        name = _COPULA_NAME.search(text, max(0, at - 80), at) if role else None
        if role is None or name is None or (verb is not None and (verb.group().lower() == "be") != bool(name["aux"])):
            continue  # "be" only after "will" ("will continue to be"), the others never
        span = _clean_person(text, name.start("name"), name.end("name"))
        if span is not None and span[0] == name.start("name") and len(text[span[0] : span[1]].split()) > 1:
            yield 1, _person(text, span, role["role"], _affiliation(role["role"]))


_COPULAS = frozenset({"is", "was", "be", "remains", "remained", "became"})
_WORD_AT = _Regex(r"\w+")


# "Ling Ji, who also serves as the deputy China international trade representative, made …": a name
# of two or three words before ", who" is a person's; the office after "serves as"/"is" is the role.
_NAME_BEFORE_WHO = _Regex(rf"(?<![\w'’.-])(?P<name>{_TOKEN}(?:{_SP}{_TOKEN}){{1,2}})\Z")
_ROLE_AFTER_WHO = _Regex(
    rf"{_SP}(?:(?:also|currently|now){_SP})?(?:serves|served|is|was){_SP}(?:as{_SP})?(?:(?:the|a|an){_SP})?"
    rf"(?P<role>[{_LO}{_UP}][^,;.\n()]{{2,120}}?)(?=[,;.()]|\n|\Z)"
)
_ROLE_HEAD_IN = _Regex(rf"(?i:\b(?:{_ROLE_HEADS_EN})\b)")  # "was present" names no office
_WHO_AFTER_NAME_LIMIT = 10_000  # ", who" places looked at per text: bounded


def _people_before_who(text: str, anchors: _Anchors) -> Iterator[tuple[int, FoundEntity]]:
    """People named before ", who" (English), every word shaped like a name (no country, title or
    body's word), with the office the relative clause gives, if any."""
    at = text.find(", who ")
    for _ in range(_WHO_AFTER_NAME_LIMIT):
        if at < 0:
            return
        name = _NAME_BEFORE_WHO.search(text, max(0, at - 60), at)
        if name is not None and all(_names_someone(w, anchors) for w in name["name"].split()):
            span = _clean_person(text, name.start("name"), name.end("name"))
            if span is not None and len(text[span[0] : span[1]].split()) > 1:
                role = _ROLE_AFTER_WHO.match(text, at + len(", who"))
                said = _trim_role(role["role"]) if role and _ROLE_HEAD_IN.search(role["role"]) else None
                yield 2, _person(text, span, said, _affiliation(said) if said else None)
        at = text.find(", who ", at + 1)


# A title and the body it heads, run on into the name of its holder: "President of Russian Chamber
# of Commerce and Industry Serget Katyrin said", "Federal Minister for Planning, Development and
# Special Initiatives Ahsan Iqbal, who …", "Chairman Board of Investment (BoI) Haroon Sharif",
# "Ambassador to Pakistan Yao Jing". Read forward from the title over capitalised words, the joiners
# of a name and bracketed acronyms, step by step; the run stops where the next title of a list
# begins ("… Ahsan Iqbal and Vice Chairman of …", "…, Minister for Planning …"). The holder is the
# last two or three words, when they are shaped like a name and the body before them names a body.
# "Member Planning of National Highway Authority Asim Amin", "Head of the China Relations Department
# of the Cabinet of Ministers’ Office Ikhtiyor Niyazmuradov"
_RUN_TITLES_EN = (*_TITLES_EN_LIST, "Member", "Head")
_LONG_TITLE_EN = _Regex(rf"(?<![\w-])(?:{'|'.join(_RUN_TITLES_EN)})(?={_SP}(?:of|for|to|[{_UP}(]))")
_AREA_WORDS = "region|province|oblast|district|republic"  # "Minister of Digital Technologies of the republic Oleg Pekos"
# "Iran’s minister of Information and Communication Technology (ICT) Mohammad Javad Azari Jahromi":
# a lower-case title after a country's possessive, with its body and holder.
_POSSESSIVE_TITLE_EN = _Regex(r"(?<=['’]s )(?:(?:first )?deputy |vice[- ])?(?:minister|president|head|chairman|governor)"
                              r"(?=[^\S\n]+(?:of|for)[^\S\n])")
# "the president of the China Media Group Shen Haixiong", "the Chinese ambassador to Kazakhstan Han
# Chunlin": a lower-case title after "the" (maybe with a nation's adjective), its body, the holder
_THE_LOWER_TITLE_EN = _Regex(r"(?:(?:first )?deputy |vice[- ])?(?:minister|president|head|chairman|chairwoman|governor|"
                             r"ambassador|director|secretary-general)(?=[^\S\n]+(?:of|to)[^\S\n])")
_THE_BEFORE = _Regex(r"(?<![\w-])[Tt]he[^\S\n]+(?:[A-Z][a-z]{3,}[^\S\n]+)?\Z")
_NATION_BEFORE = _Regex(r"(?<![\w-])(?:to|with|by|met|and|from)[^\S\n]+(?P<adj>[A-Z][a-z]{3,})[^\S\n]+\Z")


def _after_the(text: str, matches: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
    """The matches with "the" (and maybe one capitalised word, a nation's adjective) right before,
    or a nation's adjective after a preposition ("Talking to Chinese ambassador to Pakistan Yao Jing")."""
    for m in matches:
        if _THE_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            yield m
        elif (nation := _NATION_BEFORE.search(text, max(0, m.start() - 24), m.start())) and nation["adj"] in _nation_words_en():
            yield m


_TITLE_ALONE = _Regex(rf"(?:{'|'.join(_TITLES_EN_LIST)})")
_RUN_STEP = _Regex(
    rf"(?P<sep>,?{_SP})(?:(?P<conn>of|for|to|and|the|&|on)(?![\w'’-])|(?P<paren>\([{_UP}][\w&-]*\))"
    # "Cabinet of Ministers’ Office"; "Governor of Surkhandarya region"
    rf"|(?P<word>[{_UP}][\w'’.&–-]*s['’](?=[^\S\n])|[{_UP}][\w'’.&–-]*\w|[{_UP}]\.(?={_SP}[{_UP}][{_LO}])|[{_UP}]"
    rf"|{_AREA_WORDS}(?![\w-])))"
)
_NEXT_TITLE = _Regex(rf"{_SP}(?:the{_SP})?(?:[{_UP}][\w'’-]*{_SP}){{0,2}}(?:{'|'.join(_RUN_TITLES_EN)})(?![\w-])")
_TITLE_AND_BEFORE = _Regex(rf"(?<![\w-])(?:{'|'.join(_TITLES_EN_LIST)}){_SP}and{_SP}\Z")  # "Deputy Prime Minister and …"
_AFTER_HOLDER = _Regex(rf"[^\S\n]*(?:[,.;:]|$)|{_SP}[{_LO}]")
_NAME_PART = _Regex(rf"(?:{_JOINED_PARTICLE}|[DO]['’])?[{_UP}][{_LO}]+(?:-[{_UP}]?[{_LO}]+){{0,2}}")  # "Moin-ul-Haque", "al-Saady" too
# Endings of English nouns of a body's name ("Planning", "Integration"); a word of four letters is
# as often a Chinese name ("Yao Jing", "Ding").
_NOT_NAME_ENDINGS = ("tion", "ment", "ies", "ity", "ship", "ence", "ance", "ing", "ism", "ics", "ure", "ives")
_MAX_RUN = 24


def _title_run(text: str, at: int) -> list[tuple[str, str, int, int, bool]]:
    """The steps of a title's run from `at`: (kind conn|paren|word, written, start, end, comma
    before). Stops before the next title of a list and after at most `_MAX_RUN` steps."""
    steps: list[tuple[str, str, int, int, bool]] = []
    for _ in range(_MAX_RUN):
        m = _RUN_STEP.match(text, at)
        if m is None:
            break
        comma = "," in m["sep"]
        if (comma or m["conn"] == "and") and _NEXT_TITLE.match(text, m.start() + 1 if comma else m.end("conn")):
            break  # "…, Minister for Planning …", "… Ahsan Iqbal and Vice Chairman …": the next person
        kind = "conn" if m["conn"] else "paren" if m["paren"] else "word"
        steps.append((kind, m.group(kind), m.start(kind), m.end(kind), comma))
        at = m.end()
    while steps and steps[-1][0] == "conn":
        steps.pop()
    return steps


def _holder(steps: list[tuple[str, str, int, int, bool]]) -> int:
    """Where the holder's name starts among the run's steps (len(steps) if none): two or three
    name-shaped words at its end, not the word right after a preposition ("to Pakistan Yao Jing"),
    and the given names right before them."""
    first = len(steps)
    while first > 0 and len(steps) - first < 3:
        kind, word, _, _, comma = steps[first - 1]
        if kind != "word" or not (_is_name_part(word) or first == len(steps) and _chinese_given_name(steps, first - 1)
                                  or first < len(steps) and _INITIAL.fullmatch(word)) \
                or (comma and first < len(steps)) or _TITLE_ALONE.fullmatch(word) or word in _STATE_WORDS:
            break  # "… for Finance and Revenue Senator Muhammad Aurangzeb": a title opens no name;
            # "Minister of Digital Development of the Kyrgyz Republic": a state's name is no holder's
        first -= 1
    if len(steps) - first == 3 and not _ends_body(steps, first - 1):
        first += 1  # "Special Projects Amina Raza": three words only after a body's last word
    if len(steps) - first == 3 and steps[first - 1][0] == "conn":
        first += 1  # "for Power Omar Ayub Khan" keeps three; "for Power Omar Khan" gives "Power" back
    if len(steps) - first < 2 or any(s[4] for s in steps[first + 1 :]):
        return len(steps)
    # "… Organization Mohammad Ali Dehghan Dehnavi": given names before the two or three words
    # belong to the holder too, up to five words in all
    while first > 1 and len(steps) - first < 5 and steps[first - 1][0] == "word" and not steps[first][4] \
            and steps[first - 1][1] in _given_names() and _is_name_part(steps[first - 1][1]):
        first -= 1
    return first


def _ends_body(steps: list[tuple[str, str, int, int, bool]], i: int) -> bool:
    """Whether step `i` can be a body's last word: a preposition's object ("for Power"), a head
    word, a word of bodies' names or a bracketed acronym."""
    if i < 0:
        return False
    kind, word = steps[i][0], steps[i][1]
    return (kind == "paren" or i > 0 and steps[i - 1][1] in ("of", "for", "to")
            or _head_of(word) is not None or _ORG_WORD.fullmatch(word) is not None)


# Words of a state's formal name around its country's name ("the People's Republic of China",
# "the Kyrgyz Republic"): a title "of" them is the state's, and its holder's name follows.
_STATE_WORDS = frozenset({"People's", "People’s", "Republic", "Islamic", "Federation", "Democratic", "Socialist",
                          "United", "Arab", "Emirates", "Kingdom", "State", "Kyrgyz", "Russian", "Federal"})


# A state's government, no organisation of its own, whose head holds an office: "the head of the
# Cabinet of Ministers of Korea Lee Nak-yon", "Chairman of the Government of Kyrgyzstan …".
_GOVERNMENTS = frozenset({"Government", "Cabinet"})


def _names_the_body(body: list[tuple[str, str, int, int, bool]], title: str) -> bool:
    """Whether the words between a title and its holder name a body ("of Trade and Integration",
    "Board of Investment (BoI)", "Energy Task Force") or a country an envoy is sent to ("to
    Pakistan", "for Power"); "of the Board of Directors of Kazakhstan" may go on into the company's name."""
    if any(kind == "paren" or kind == "word" and (_head_of(word) or _ORG_WORD.fullmatch(word) or word in _GOVERNMENTS)
           for kind, word, *_ in body):
        return True
    if body[0][1] == "of" and body[-1][0] == "word" and _is_country_word(body[-1][1], "en") and all(
            kind == "conn" or _is_country_word(word, "en") or word in _STATE_WORDS for kind, word, *_ in body):
        return True  # "President of Kazakhstan", "President of the People's Republic of China"
    if body[0][1] == "of" and len(body) > 2 and re.fullmatch(_AREA_WORDS, body[-1][1]):
        return True  # "Governor of Surkhandarya region", "Akim of Almaty oblast"
    if title.endswith(("Minister", "Ministers")) and body[0][1] in ("of", "for") and body[-1][0] == "word":
        return True  # "Minister of Mining and Geology": a minister's portfolio, whatever its words
    return len(body) == 2 and body[0][1] in ("for", "to")  # "Minister for Power", "Ambassador to Pakistan"


def _one_word_body(steps: list[tuple[str, str, int, int, bool]], first: int) -> bool:
    """"Vice President of Huawei Lin Ruiqi": a title "of" one capitalised word (maybe with a
    country: "of Huawei Uzbekistan"), then a holder of two words whose first is a listed given name
    or who is a Chinese name (family name, pinyin given name), or after a word shaped as no name is
    ("CEO of IndiaAI Abhishek Singh"): the word between is the body, whatever it is."""
    national = first == 3 and len(steps) == 5 and steps[2][0] == "word" and _is_country_word(steps[2][1])
    if not (first == 2 and len(steps) == 4 or national) or steps[0][1] != "of" or steps[1][0] != "word":
        return False  # ("General Director of Huawei Uzbekistan Chen Jiakai": a firm's arm in a country)
    return (steps[first][1] in _given_names() or _chinese_given_name(steps, first + 1)
            or _BODY_SHAPED.fullmatch(steps[1][1]) is not None)


# A word no person's name is written as: capitals inside it or a digit ("IndiaAI", "OpenAI", "SBI",
# "5G"), not a family name's prefix ("McCarthy", "MacArthur", "DiCaprio")
_BODY_SHAPED = _Regex(r"(?!Mc|Mac|Di[A-Z]|De[A-Z]|Le[A-Z]|La[A-Z]|O['’])[A-Z0-9][\w&]*[A-Z0-9][\w&]*")


# "EEC Chief Tigran Sarkisyan", "ICCIMA Head Gholam-Hossein Shafei": the head of a body its acronym
# names, before the name; the title is the acronym's and "Head" or "Chief".
_ACRONYM_HEAD = _Regex(rf"(?<![\w-])(?P<role>(?P<org>[{_UP}]{{2,}}[a-z]?[{_UP}]*){_SP}(?:Chief|Head|Boss)){_SP}(?P<name>{_NAME})")


# "President RCCI Malik Shahid Saleem", "Deputy General Manager CRBC Lin Jun", "Additional Secretary
# BOI Dr. Erfa Iqbal": a title, its body's acronym, maybe an honorific, the holder (South Asian English)
# "Secretary BOI …", "Secretary, BoI Azher Ali Choudhry": an acronym may mix cases, a comma may follow the title
_TITLE_ACRONYM_NAME = _Regex(rf"(?<![\w-])(?P<role>(?:{'|'.join(_TITLES_EN_LIST)}|Manager|Officer),?{_SP}"
                             rf"(?P<org>(?=[{_UP}][{_LO}]?[{_UP}])[{_UP}][A-Za-z]{{1,5}}(?![\w-])))"
                             rf"(?:{_SP}(?:Dr|{_FORMS_OF_ADDRESS}|Engr|Prof)\.?)?{_SP}(?P<name>{_TOKEN}(?:{_SP}{_TOKEN}){{1,2}})(?![\w-])")


def _people_after_acronym_heads(text: str, anchors: _Anchors) -> Iterator[tuple[int, FoundEntity]]:
    """People after an acronym and "Head" or "Chief" (`_ACRONYM_HEAD`), the acronym their body;
    people after a title and a body's acronym (`_TITLE_ACRONYM_NAME`)."""
    if "Chief" in text or "Head" in text or "Boss" in text:
        for m in _ACRONYM_HEAD.finditer(text):
            span = _clean_person(text, m.start("name"), m.end("name"))
            if span is not None and len(text[span[0] : span[1]].split()) >= 2:
                yield 1, _person(text, span, m["role"], m["org"])
    for m in _matches_at(_TITLE_ACRONYM_NAME, text, anchors.titles_en):
        if _is_country_word(m["org"]) or m["org"] in _COUNTRY_CODES or any(
                _not_a_name_word(w, anchors) or _head_of(w) for w in m["name"].split()):
            continue  # "President USA …", "Chairman PTA Office": no holder after the acronym
        span = _clean_person(text, m.start("name"), m.end("name"))
        if span is not None and len(text[span[0] : span[1]].split()) >= 2:
            role = " ".join(text[_role_modifiers_before(text, m.start()) : m.end("role")].split())
            yield 1, _person(text, span, role, m["org"])


_COUNTRY_CODES = frozenset({"US", "USA", "UK", "UAE", "EU", "PRC", "KSA", "RF"})


# Two or three capitalised words closing a role after a word in lower case: "head of the park's
# administration Aliksandr Yarashevich".
_NAME_CLOSING = _Regex(rf"(?<=[{_LO}]){_SP}(?P<name>[{_UP}][\w'’-]*(?:{_SP}[{_UP}][\w'’-]*){{1,2}})\s*\Z")


def _holder_closes_role(role: str) -> bool:
    """Whether an English role ends in the name of its own holder: the words after its last
    lower-case word ("of", "the" excepted) are shaped as a person's name."""
    m = _NAME_CLOSING.search(role)
    if m is None or role[: m.start()].rsplit(None, 1)[-1] in ("of", "the", "for", "and", "to", "at", "in"):
        return False
    return all(_is_name_part(w) and not _is_country_word(w) for w in m["name"].split())


# A place's or a site's noun in lower case right before a name: "the industrial park Great Stone".
_PLACE_NOUN_BEFORE = _Regex(r"\b(?:park|zone|city|town|village|region|district|hub|port|plant|complex|cluster)[^\S\n]+\Z")


# A title in lower case, then a given name and a capitalised word: "co-founder Leon Black", a title
# and its holder.
_TITLE_THEN_NAME = _Regex(rf"(?<![\w-])(?:{_TITLES_EN_LOWER})[^\S\n]+(?P<given>[A-Z][a-z]+)[^\S\n]+(?P<family>[A-Z][\w-]+)")


def _holder_named_in(role: str) -> bool:
    """Whether what an apposition took as a role names a person after a lower-case title ("Apollo’s
    co-founder Leon Black and Apax’s boss …"): the next items of a list, no office of the name
    before it. A given name before a body's head word names the body ("of Anna Bank")."""
    return any(m["given"] in _given_names() and _head_of(m["family"]) is None
               for m in _TITLE_THEN_NAME.finditer(role))


def _titled_holder_in(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` opens with an English title whose body ends in its holder's name
    ("Head of the China Relations Department … Office Ikhtiyor Niyazmuradov"): a list's next item
    (title, body, name), not an apposition to the name before it. The holder follows a body's
    last word (not a possessive: "… Commission's Executive Board" is the body's own) or opens
    with a given name."""
    m = _LONG_TITLE_EN.match(text, start)
    if m is None or m.end() >= end:
        return False
    steps = [s for s in _title_run(text, m.end()) if s[3] <= end]
    first = _holder(steps)
    return (0 < first < len(steps) and steps[-1][3] == end and _names_the_body(steps[:first], m.group())
            and (_ends_body(steps, first - 1) and not steps[first - 1][1].endswith(("'s", "’s"))
                 or steps[first][1] in _given_names()))


def _people_after_long_titles(text: str, titles: Iterator[re.Match[str]],
                              bodies: list[tuple[int, int]]) -> Iterator[tuple[int, FoundEntity]]:
    """People named after a title and its body; the body's span is added to `bodies`."""
    for m in titles:
        run = _title_run(text, m.end())
        # the run up to a comma after a name ("Secretary Planning Zafar Hasan, PD CPEC Hassan Daud":
        # a list, each item a title, its body and its holder), else the whole run, else the run cut
        # before an "and" ("… Authority Asim Amin and Pang signed")
        listed = [i for i in range(3, len(run)) if run[i][4] and all(
            run[j][0] == "word" and _is_name_part(run[j][1]) for j in (i - 1, i - 2))]
        cuts = [*listed[:1], len(run), *(i for i in range(len(run) - 1, 0, -1) if run[i][1] == "and")]
        for cut in cuts:
            steps = run[:cut]
            first = _holder(steps)
            if first >= len(steps) or first == 0 or not _AFTER_HOLDER.match(text, steps[-1][3]):
                continue  # "President Vladimir Putin": a title and a name alone are the titled finder's
            body = steps[:first]
            if body[-1][0] != "conn" and (_names_the_body(body, m.group()) or _one_word_body(steps, first)):
                break
        else:
            continue
        span = _clean_person(text, steps[first][2], steps[-1][3])
        if span is None:
            continue
        joined = _TITLE_AND_BEFORE.search(text, max(0, m.start() - 60), m.start())
        start = _role_modifiers_before(text, joined.start() if joined else m.start())
        role = " ".join(text[start : body[-1][3]].split())
        bodies.append((body[0][2], body[-1][3]))
        yield 1, _person(text, span, role, _affiliation(role))


# A Chinese given name in pinyin ("Jinping", "Xiaoming"): syllables an initial and a final each.
_PINYIN = _Regex(r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uai|iao|ian|uan|ai|ei|ao|"
                 r"ou|an|en|in|un|ia|ie|iu|ua|uo|ui|a|o|e|i|u))+")


def _chinese_given_name(steps: list[tuple[str, str, int, int, bool]], i: int) -> bool:
    """Whether step `i`, the run's last word, is a pinyin given name after a family name of one
    syllable ("Xi Jinping", "Li Xiaoming"), which `_is_name_part` takes for an English gerund."""
    word = steps[i][1]
    if i == 0 or not word.endswith("ing") or _PINYIN.fullmatch(word.lower()) is None:
        return False
    kind, family = steps[i - 1][0], steps[i - 1][1]
    return kind == "word" and len(family) <= 5 and _PINYIN.fullmatch(family.lower()) is not None \
        and _is_name_part(family)


def _is_name_part(word: str) -> bool:
    """Whether a capitalised word can be a given or family name: not a head word ("Group"), not a
    word of a body's name ("Industry", "Integration", "Initiatives"), not a stop word."""
    return (_NAME_PART.fullmatch(word) is not None and _head_of(word) is None and not _ORG_WORD.fullmatch(word)
            and word.lower() not in _NOT_NAME and not (len(word) > 4 and word.lower().endswith(_NOT_NAME_ENDINGS))
            and word not in _CALENDAR_WORDS and not _nations_joined(word))


_NATION_PREFIXES = frozenset({"Sino", "Indo", "Euro", "Afro", "Anglo", "Russo", "Franco", "Austro"})


def _nations_joined(word: str) -> bool:
    """Whether `word` joins nations by hyphens ("Sino-German", "German-Kazakh"): an adjective of
    a partnership, never a part of a person's name."""
    if "-" not in word:
        return False
    parts = word.split("-")
    return all(p in _NATION_PREFIXES or p in _nation_words_en() or _is_country_word(p) for p in parts)


_NOT_OWNERS = frozenset({"ex", "vize", "vice", "co", "staats", "regierungs", "partei", "landes", "bundes", "stadt",
                         "ki", "ai", "it", "ikt", "ict"})  # a field: "KI-Investor"


def _compound_owner(role: str) -> str | None:
    """Whose title a hyphenated German title names: "Sberbank-Chef" -> "Sberbank", "EU-Kommissar"
    -> "EU"; not a prefix of rank or office ("Ex-Präsident", "Vize-Chef", "Staats-Chef")."""
    owner, dash, title = role.partition("-")
    if not dash or " " in owner or not owner.lstrip("0123456789")[:1].isupper() or len(owner) < 2 \
            or owner.lower() in _NOT_OWNERS:  # "50Hertz-Chef": a firm's name may open with digits
        return None
    return owner if title[:1].isupper() else None


# Capitalised words that belong to the role they stand before: "Energy Minister", "First Deputy
# Prime Minister"; German adjectives before a title: "der türkische Präsident", "stellvertretende".
# A modifier of a title before it ("Acting", "former", "deputy"), a word of a portfolio or a body's
# acronym ("former IMF boss Dominique Strauss-Kahn")
_ROLE_WORD_EN = _Regex(rf"(?:{'|'.join(w.capitalize() for w in sorted(_en.ROLE_MODIFIERS))}|{_ORG_WORDS}|"
                       r"former|acting|interim|outgoing|incoming|deputy)")
_ACRONYM_WORD = _Regex(r"[A-Z]{2,6}")
_ROLE_WORD_DE = _Regex(rf"(?:{'|'.join(sorted(_de.ROLE_MODIFIERS))}|[{_LO}]+isch(?:e|en|er)?)")


def _role_modifiers_before(text: str, start: int) -> int:
    """Where a role really starts: back over up to three modifier words before its title."""
    for _ in range(3):
        m = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if m is not None and _ACRONYM_WORD.fullmatch(m["word"]) and not _ROLE_WORD_EN.fullmatch(m["word"]):
            # "former IMF boss": a body's acronym inside the role, after a modifier only ("PHEC
            # Chairperson Dr …" names the employer before the title)
            modifier = _WORD_BEFORE.search(text, max(0, m.start("word") - 40), m.start("word"))
            if modifier is None or not _ROLE_WORD_EN.fullmatch(modifier["word"]) or _ORG_WORD.fullmatch(modifier["word"]):
                break
            m = modifier
        if m is not None and m["word"] == "and":
            # "Commerce and Industry Minister Piyush Goyal": two portfolios joined before the title
            joined_word = _WORD_BEFORE.search(text, max(0, m.start("word") - 40), m.start("word"))
            m = joined_word if joined_word is not None and _ORG_WORD.fullmatch(joined_word["word"]) else None
        if m is None or not (_ROLE_WORD_EN.fullmatch(m["word"]) or _ROLE_WORD_DE.fullmatch(m["word"])):
            break
        start = m.start("word")
    joined = _JOINED_BEFORE.search(text, max(0, start - 40), start)
    return joined.start() if joined else start  # "Staats- und Parteichef"


_JOINED_BEFORE = _Regex(r"[A-ZÄÖÜ][\w]*-[^\S\n]+(?:und|and|&)[^\S\n]+\Z")


_WORD_BEFORE = _Regex(r"(?P<word>[\w-]+)[^\S\n]+\Z")
_ORG_WORD = _Regex(_ORG_WORDS)


def _person(text: str, span: tuple[int, int], role: str | None, affiliation: str | None) -> FoundEntity:
    written = text[span[0] : span[1]]
    # "K.V.Kamath" is "K.V. Kamath": initials glued to the family name are spaced as usual
    name = _GLUED_INITIAL.sub(". ", _normal_case(" ".join(written.split())))
    if affiliation and affiliation.endswith(("'s", "’s")):
        affiliation = affiliation[:-2]  # "of the Eurasian Economic Commission's Executive Board"
    return FoundEntity(span[0], span[1], written, name, "person", "actor", role or None, affiliation or None)


def names_a_body(word: str) -> bool:
    """Whether `word`, also as the last part of a compound, is the head word of an organisation's
    name ("Außenministerrates", "Kommission", "Secretariat")."""
    found = _head_of(word)
    return found is not None and found[0] in ("organization", "company")


def is_title_word(word: str) -> bool:
    """Whether `word` is a person's title or office ("Chairman", "Leiter", "Counselor")."""
    return _TITLE_WORD.fullmatch(word) is not None


def is_bare_head(word: str) -> bool:
    """Whether `word` alone is only a head word of names ("Bank", "Agency", "Ministerium"): with a
    country's adjective before it ("Russische Bank") it describes an institution, it names none."""
    return word in _HEADS


def _head_of(word: str) -> tuple[str, str] | None:
    """(kind, category) of a head word, also as the last part of a compound ("Exchange-Konferenz",
    "Handelskammer", "Nachrichtenagentur"). Asked of most capitalised words of every text, so
    each word's answer is kept (a bounded cache of a pure function)."""
    try:
        return _HEAD_OF[word]
    except KeyError:
        pass
    if len(_HEAD_OF) >= _WORD_FACTS_LIMIT:
        _HEAD_OF.clear()
    found = _HEAD_OF[word] = _read_head(word)
    return found


_HEAD_OF: dict[str, tuple[str, str] | None] = {}
_ADJECTIVE_PREFIXES = frozenset({"inter", "intra", "multi", "cross", "non", "anti"})


def _read_head(word: str) -> tuple[str, str] | None:
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if word.endswith(".") and word not in _HEADS:
        word = word[:-1]  # "Ltd." and "Ltd" are one legal form
    if word in _HEADS:
        return _HEADS[word]
    if len(word) > 3 and word.isupper():
        found = _HEADS.get(word.capitalize())  # "WEICHAI HOLDING GROUP": a company's own capitals
        return found if found is not None and found[0] in ("company", "organization") else None
    if "-" in word:
        first, last = word.rsplit("-", 1)
        if first.lower() in _ADJECTIVE_PREFIXES:
            return None  # "Policy Coordination and Inter-Agency Affairs": an adjective, no agency
        last = last[:1].upper() + last[1:]
        found = _HEADS.get(last) or _german_compound(last)  # "Turkmen-Kommunikationsagentur"
        if found is None and (_is_country_word(first) or first in _nation_words_en()) and _org_noun_ending(last):
            found = ("organization", "actor")  # "Saudi-Entwicklungsfonds": a nation's body
        return found
    camel = _CAMEL_TAIL.search(word)
    if camel is not None and camel.group() in _HEADS:
        return _HEADS[camel.group()]  # "Gyeongbuk TechnoPark", "BioCenter": the head written into a brand
    return _german_compound(word)


_CAMEL_TAIL = _Regex(r"(?<=[a-z])[A-Z][a-z]{2,}\Z")


# "ContiTech Qingdao Rubber & Plastics Technology Co., Ltd.", "Chiron Machine Tools (Taicang) Co.,
# Ltd.", "Jinda Anbang (Beijing) Technology Development Co., Ltd": the legal form of a Chinese
# company, with the place of a subsidiary in brackets among the words of its name.
# "Shenzhen Science and Technology Co., Ltd.": "and" inside the name after two words of it or more
# (after one it joins two parties: "Uzbekneftegaz and DongHo ENC Co., Ltd").
_CO_WORD = rf"[{_UP}][\w&'’.-]*"
_CO_PART = rf"[^\S\n]+(?:&|{_CO_WORD}|\([{_UP}][\w-]*(?:[^\S\n]+[{_UP}][\w-]*)?\))"
_CO_LTD = _Regex(
    rf"(?<![\w&.-])(?P<name>{_CO_WORD}(?:{_CO_PART}){{0,8}}"
    rf"|{_CO_WORD}[^\S\n]+{_CO_WORD}(?:{_CO_PART}){{0,3}}[^\S\n]+and[^\S\n]+{_CO_WORD}(?:{_CO_PART}){{0,4}})"
    rf"[^\S\n]+(?:Co\.,?[^\S\n]+(?:Ltd\.?|LTD\.?|Limited)|(?<=&[^\S\n])Co\.(?:[^\S\n]+(?:KGaA|KgaA|KG|OHG))?(?![\w-]))"  # "Getz Bros & Co."
)


_PLACE_PREPOSITIONS = frozenset({"in", "im", "aus", "nach", "from", "of", "to", "von", "across"})
_FIRM_WORDS_EN = frozenset({"company", "firm", "enterprise"})


def _co_ltd_companies(text: str) -> Iterator[FoundEntity]:
    """Companies whose name ends in "Co., Ltd." (`_CO_LTD`), words before the name left out: a
    sentence's first word ("The", "Die") and a German noun that describes it ("das Unternehmen
    Middle Corridor … Co. Ltd."); the form ends the name, its closing full stop kept."""
    if "Co." not in text:
        return
    for m in _CO_LTD.finditer(text):
        start = m.start("name")
        previous = _WORD_BEFORE.search(text, max(0, start - 20), start)
        before = previous["word"].lower() if previous else ""
        for word in re.finditer(r"\S+", m["name"]):
            lowered = word.group().lower()
            if lowered not in _NOT_NAME and lowered not in _de.ORG_DESCRIPTORS and lowered not in _de.COMMON_NOUNS \
                    and lowered not in _FIRM_WORDS_EN:  # "the Company Jinda Anbang (Beijing) … Co., Ltd"
                break
            if _is_country_word(word.group()) and before not in _PLACE_PREPOSITIONS and word.end() < len(m["name"]):
                break  # "die China Railway Urumqi Group Co., Ltd.": the country opens the name; "in China …" not
            before = lowered
            start = m.start("name") + word.end() + 1
        if start >= m.end("name"):
            continue
        yield FoundEntity(start, m.end(), text[start : m.end()], " ".join(text[start : m.end()].split()),
                          "company", "actor")


_INDEFINITE_DE = _Regex(r"(?<![\w-])(?:eine[mnrs]?|ein)[^\S\n]+\Z")
_FIELD_OPENERS_DE = frozenset({"Bereich", "Bereichen", "Bereiche", "Sektor", "Gebiet", "Gebieten"})


def _chain_entities(text: str) -> Iterator[FoundEntity]:
    """Organisations and initiatives: capitalised names with a head word ("… Forum", "Ministry of …")."""
    generic_heads = any(word in text for word in _GENERIC_WORDS)  # else no chain is named by one
    for chain in _CHAIN.finditer(text):
        cut = _FORM_ENDS_SENTENCE.search(chain.group())
        if cut is not None:  # "… signed with Delta Ltd. The Ministry of …": two sentences, two chains
            halves = ((chain.start(), chain.group()[: cut.start()]),
                      (chain.start() + cut.end(), chain.group()[cut.end() :]))
            for at, sentence in halves:
                for found in _chain_entities(sentence):
                    yield FoundEntity(at + found.start, at + found.end, found.text, found.name, found.kind, found.category)
            continue
        if chain.group().split(None, 1)[0] in _FIELD_OPENERS_DE:
            continue  # "im Bereich Verwaltung von Industrieparks": a field of work, no body's name
        if chain.group().rsplit(None, 1)[-1] in LEGAL_FORMS_BEFORE and _QUOTED_AFTER_FORM.match(text, chain.end()):
            continue  # 'die Unternehmensgruppe JSC „Port of Lianyungang“', 'Joint Venture LLC „…“': the quoted name is the firm's
        first_word = chain.group().split(None, 1)[0]
        if _INDEFINITE_DE.search(text, max(0, chain.start() - 8), chain.start()) and len(first_word) > 12 \
                and first_word[1:].islower() and _head_of(first_word) is not None \
                and not any(map(_head_of, chain.group().split()[1:])):
            continue  # "einer Schwesterorganisation von InterRail": a kind of body, no body's name (not
            # "einem Verteilzentrum der Cainiao Group": a body named in it)
        if not any(map(_head_of, chain.group().split())):
            generic = _GENERIC_HEAD.match(text, chain.end()) if generic_heads else None
            if generic:
                entity = _named_by_generic_head(text, chain, generic)
                if entity is not None:
                    yield entity
            continue
        tokens: list[tuple[int, int, str, str]] = []  # (start, end, word, joiner before)
        joiner: list[str] = []
        holder = _AND_TITLE.search(chain.group())  # "… Party and Communist Party Secretary of XUAR"
        if holder is not None:  # "… and Vice Chairman of China's National … Commission": the title's body
            rest = chain.start() + holder.end()
            for body in _chain_entities(text[rest : chain.end()]):
                yield FoundEntity(rest + body.start, rest + body.end, body.text, body.name, body.kind, body.category)
        for t in _TOKEN_SPLIT.finditer(chain.group(), 0, holder.start() if holder else len(chain.group())):
            word = t.group()
            if (word.rstrip(".") in _CALENDAR_WORDS or word in _TIME_NOUNS_DE) and tokens:
                break  # "… of Customs of China on June 15": a date ends the name; so does a span of
                # time ("durch die Plattform von Jahren auf nur sechs Monate")
            if tokens and (word in _CONNECTORS or word in _TITLE_CASE_CONNECTORS):
                joiner.append(word.lower())  # "Graduate School Of Business": a title-case name's "Of" joins
                continue
            if not joiner and any(t[3] for t in tokens) and _HEADLINE_VERB.fullmatch(word) \
                    and word not in _NAME_PARTICIPLES:
                break  # "The Central Asian Branch of UCAS Unveiled in Uzbekistan": a headline's verb ends the name
            if word.endswith(("'s", "’s")) and _head_of(word[:-2]) is not None:
                # "Silk Road … Promotion Center’s General Director": a body's head in the possessive
                # ends its name; what follows is the body's (an office, a plan)
                tokens.append((chain.start() + t.start(), chain.start() + t.end() - 2, word[:-2], " ".join(joiner)))
                break
            tokens.append((chain.start() + t.start(), chain.start() + t.end(), word, " ".join(joiner)))
            joiner = []
        if len(tokens) == 2 and tokens[0][2] in _OFFICE_WORDS and tokens[1][3] in ("des", "der", "of the", "of") \
                and _TITLE_WORD.fullmatch(tokens[1][2]):
            continue  # "das Amt des Botschafters", "the Office of President": a post, no body
        if len(tokens) >= 2 and _TITLE_WORD.fullmatch(tokens[0][2]) and not tokens[1][3] and _head_of(tokens[1][2]) \
                and (len(tokens) == 2 or not (tokens[2][3] or _head_of(tokens[2][2]))):
            continue  # "Bürgermeister Park Won-soon": a title and its holder's name, no park
        parts = list(_names_apart(tokens))
        for n, part in enumerate(parts):
            if n < len(parts) - 1 and _firm_named(part) and not any(_head_of(t[2]) for t in part):
                name = text[part[0][0] : part[-1][1]]  # "BETA Technologies" of "… and Joby Aero Inc."
                yield FoundEntity(part[0][0], part[-1][1], name, name, "company", "actor")
                continue
            yield from _entities_of_tokens(text, part)


_OFFICE_WORDS = frozenset({"Amt", "Posten", "Post", "Office"})  # "das Amt des Botschafters": a post
# A German adjective of a kind of body, inflected ("Gesellschaftlichen", "Staatliche", "Öffentlichen"),
# and a quotation opening right after a word.
_KIND_ADJECTIVE = _Regex(r"[A-ZÄÖÜ][a-zäöüß]+(?:lich|isch|ig|al)(?:e|en|er|es|em)")
_QUOTE_OPENS = _Regex(r"[^\S\n]*[„\"“«»‚]")
_TIME_NOUNS_DE = frozenset("Jahr Jahre Jahren Jahres Monat Monate Monaten Woche Wochen Tag Tage Tagen Jahrzehnt "
                           "Jahrzehnte Jahrzehnten Jahrhundert Jahrhunderts Quartal Quartals Stunden".split())  # a span of time
# A legal form's full stop that ends a sentence: the next sentence opens with an article or a pronoun.
_FORM_ENDS_SENTENCE = _Regex(r"(?:(?<=\bLtd\.)|(?<=\bInc\.)|(?<=\bCorp\.)|(?<=\bCo\.)"
                             r"|(?<=\bPvt\.)|(?<=\bBhd\.)|(?<=\bPte\.))[^\S\n]+"
                             r"(?=(?:The|This|These|It|Its|In|Die|Der|Das|Dies|Diese|Im)\b)")


def _names_apart(tokens: list[tuple[int, int, str, str]]) -> Iterator[list[tuple[int, int, str, str]]]:
    """A chain's tokens cut where "and" joins two names each with its own organisation head: "Foreign
    Ministry of Belarus and China International Development Co-operation Agency" is two. The part
    after "and" is a name of three words or more (two opening with an acronym) ending in a head, with no joiner inside; the part
    before has a head of its own. "Ministry of Industry and Trade", "Oil and Gas Industry
    Association", "Industrial and Commercial Bank" stay one."""
    heads = [i for i, tok in enumerate(tokens)
             if (_head_of(tok[2]) or ("", ""))[0] in _SPLIT_KINDS or tok[2].lower() in _WHOLE_WORD_ORGS]
    start = 0
    for j in range(1, len(tokens)):
        if tokens[j][3] not in ("and", "und", "&"):
            continue
        if any(start <= i < j for i in heads):
            # "… and Azerbaijan’s Ministry of Economy": a state's possessive opens the second name
            # "KfW Entwicklungsbank und AKA Bank": an acronym opening it does too
            nearest = j + 1 if (tokens[j][2].endswith(("'s", "’s")) and _is_country_word(tokens[j][2][:-2])) or (
                len(tokens[j][2]) >= 2 and tokens[j][2].isupper() and tokens[j][2].isalpha()) else j + 2
            k = next((i for i in heads if i >= nearest), None)
        elif tokens[j][2].endswith(("'s", "’s")) and _is_country_word(tokens[j][2][:-2]):
            k = next((i for i in heads if i >= j + 1), None)  # "IIT Bombay and Russia's National … University"
        elif _named_alone(tokens[start:j]):
            k = next((i for i in heads if i >= j + 1), None)  # "SBI Mauritius and People's Bank of Sri Lanka"
        elif j - start == 1 and _is_country_word(tokens[start][2]):
            k = next((i for i in heads if i >= j + 1), None)  # "CelcomDigi in Malaysia und True Corp in Thailand"
        elif _firm_named(tokens[start:j]):
            # "BETA Technologies and Joby Aero Inc.": a firm's name, then a company's of two words or more
            k = next((i for i in heads if i >= j + 2 and (_head_of(tokens[i][2]) or ("", ""))[0] == "company"), None)
        else:
            continue
        if k is not None and all(tokens[i][3] == "" for i in range(j + 1, k + 1)):
            yield tokens[start:j]
            start = j
    yield tokens[start:]


def _named_alone(tokens: list[tuple[int, int, str, str]]) -> bool:
    """Whether the words before "and" in a chain are a name of their own with no head word: an
    acronym, maybe with a country ("PTV", "SBI Mauritius"), never an adjective ("Industrial and
    Commercial Bank") or a field ("Oil and Gas Corporation")."""
    words = [t[2] for t in tokens]
    return (0 < len(words) <= 2 and all(t[3] == "" for t in tokens[1:])
            and _ACRONYM_WORD.fullmatch(words[0]) is not None and all(_is_country_word(w) for w in words[1:]))


def _firm_named(tokens: list[tuple[int, int, str, str]]) -> bool:
    """Whether the words before "and" in a chain are a firm's name by its last word, a plural of
    firms' names ("Alpha Technologies", "Delta Systems"), of two words or more with no joiner: never a
    field ("Science and Technology", "Oil and Gas")."""
    return (len(tokens) >= 2 and all(t[3] == "" for t in tokens[1:])
            and _FIRM_PLURAL.fullmatch(tokens[-1][2]) is not None)


_FIRM_PLURAL = _Regex(r"Technologies|Systems|Solutions|Industries|Ventures|Partners|Holdings|Networks|Airlines|"
                      r"Airways|Labs|Motors|Enterprises")
_SPLIT_KINDS = frozenset({"organization", "company"})


def _entities_of_tokens(text: str, tokens: list[tuple[int, int, str, str]]) -> Iterator[FoundEntity]:
    """The organisations and initiatives a chain's tokens name, by their head words."""
    if not tokens:
        return
    categories = {i: found[1] for i, tok in enumerate(tokens) if (found := _head_of(tok[2]))
                  and not (found[1] == "initiative" and _modifies_next(tokens, i))
                  and not (tok[2] in _INVESTOR_HEADS and _no_investor_before(tokens, i))}
    if not categories:
        return
    heads = sorted(categories)
    last = heads[-1]
    for h in heads:
        stop = next((k for k in heads if k > h + 1 and tokens[k][3] in ("and", "und", "&")), None)
        if stop is not None and h != last and tokens[h + 1][3] not in _PRE_HEAD_JOINERS:
            # "Ministry of Energy and Ministry of Investments": two names, the first ends before "and"
            entity = _entity_from_tokens(text, tokens[:stop], h, True)
            if entity is not None:
                yield entity
            continue
        if h == last:
            complement = h + 1 < len(tokens) and tokens[h + 1][3] not in _PRE_HEAD_JOINERS
        elif tokens[h + 1][3] == "" and (
            _PAREN_TOKEN.fullmatch(tokens[h + 1][2]) or categories[h] != categories[last]
        ):
            complement = False  # "Shanghai Cooperation Organization (SCO) Summit 2025" holds an organisation
        elif tokens[h + 1][3].split(" ", 1)[0] in ("and", "und", "&"):
            if categories[h] == "actor" and (_head_of(tokens[h][2]) or ("", ""))[0] == "media" and h + 2 < len(tokens) \
                    and (_head_of(tokens[h + 2][2]) or ("", ""))[0] in _SPLIT_KINDS and tokens[h + 2][3] == "":
                continue  # "State Television and Radio Company": the firm's name holds the medium
            complement = False  # "the Tianjin Declaration and the SCO Development Strategy"
        elif _body_of_body(tokens, h, last, categories):
            complement = True  # "Economic Commission of the Iranian Parliament": the fullest name
        elif categories[h] == "initiative" and categories[last] == "actor" and tokens[h + 1][3].startswith("of") \
                and 0 < h and next((t[2].lower() for t in tokens[:h] if t[2].lower() not in _ARTICLES), "") \
                not in _GENERIC_OPENERS:
            complement = False  # "Tianjin Declaration of the Council of Heads of State …": the body is its issuer
        else:
            continue
        entity = _entity_from_tokens(text, tokens, h, complement)
        if entity is not None:
            yield entity


# Last words of investors' names ("GSV Ventures"), heads only after a word of the name: a common
# word or a country before them makes a phrase ("Joint Ventures"). Not "Capital": "Hillhouse Capital"
# is a fund's, but as a head it made more false names than it found on held-out sets (session 46).
_INVESTOR_HEADS = frozenset({"Ventures"})
_NO_INVESTOR_WORDS = frozenset(
    "joint venture human social working share registered authorised authorized paid-up seed growth risk private "
    "state federal national foreign northern southern eastern western cultural financial".split())


def _no_investor_before(tokens: list[tuple[int, int, str, str]], i: int) -> bool:
    """Whether the word before an investor's head word (`_INVESTOR_HEADS`) cannot open a firm's name."""
    if i == 0 or tokens[i][3] != "":
        return True
    before = tokens[i - 1][2]
    return before.lower() in _NO_INVESTOR_WORDS or before.lower() in _COMMON_NOUNS or _is_country_word(before) \
        or before in _nation_adjectives_en()


def _modifies_next(tokens: list[tuple[int, int, str, str]], i: int) -> bool:
    """Whether an initiative's head word describes the word right after it rather than ending a
    name: "National Agency for Project Management", "Forum Secretariat" (not "Summit 2025", "Forum
    (SCO)", "Forum Kazakhstan", "Expo September"; nor before an office or a given name: "Astana
    International Forum Chairman …", "the Boao Forum Wang Yi attended")."""
    if i + 1 >= len(tokens) or tokens[i + 1][3] != "":
        return False
    after = tokens[i + 1][2]
    return after[:1].isupper() and after.isalpha() and _head_of(after) is None and not _is_country_word(after) \
        and after not in _CALENDAR_WORDS and not _TITLE_ALONE.fullmatch(after) and after not in _given_names()


_TITLE_CASE_CONNECTORS = frozenset({"Of", "For"})


def _body_of_body(tokens: list[tuple[int, int, str, str]], h: int, last: int, categories: dict[int, str]) -> bool:
    """Whether the body headed at `h` is named as a part of the body headed at `last`: "Political
    Bureau of the Central Committee of …", "Economic Commission of the Iranian Parliament"."""
    if tokens[h + 1][3] not in ("of", "of the") or categories[h] != "actor" or categories[last] != "actor":
        return False
    if last == h + 1 and tokens[last][2] in _SECTOR_PLURALS and (_head_of(tokens[h][2]) or ("", ""))[0] == "organization":
        return True  # "Ministry of Railways": the sector a ministry is for, not a company it holds
    return all((_head_of(tokens[i][2]) or ("", ""))[0] in ("organization", "") for i in (h, last))


# Company heads that are also a sector's plural, the portfolio of a ministry named for them.
_SECTOR_PLURALS = frozenset({"Railways", "Airways", "Airlines"})


# A chain that runs on past "and" into a person's title is two things: "the Political Bureau of the
# Central Committee of the Chinese Communist Party and Communist Party Secretary of XUAR, Ma Xingrui".
_AND_TITLE = _Regex(rf"{_SP}(?:and|und){_SP}(?:[{_UP}][\w-]*{_SP}){{0,3}}(?:{'|'.join(_TITLES_EN_LIST)})(?![\w-])")
# "the Digital Silk Road initiative": a capitalised name with a lower-case head word after it
_GENERIC_HEAD = _Regex(rf"{_SP}(?P<head>initiative|programme|program|project|strategy)\b")
_GENERIC_WORDS = ("initiative", "program", "project", "strategy")  # what every generic head contains
_GENERIC_KINDS = {"initiative": "programme", "programme": "programme", "program": "programme",
                  "project": "project", "strategy": "plan"}


def _named_by_generic_head(text: str, chain: re.Match[str], generic: re.Match[str]) -> FoundEntity | None:
    words = list(re.finditer(r"\S+", chain.group()))
    while words and words[0].group().lower() in _NOT_IN_NAME:
        words.pop(0)
    names = [w for w in words if w.group()[0].isupper()]
    if len(names) < 2 or any(w.group().endswith(("'s", "’s")) for w in words):
        return None  # one word ("the China-Pakistan project") describes rather than names
    start, end = chain.start() + words[0].start(), generic.end()
    written = text[start:end]
    return FoundEntity(start, end, written, " ".join(written.split()), _GENERIC_KINDS[generic["head"]], "initiative")


# A centre named for what it works on ("Center for …", "Zentrum für …") is an institution; one
# named by words before it ("Big Data Cooperation Center") is a place where things are done.
_CENTRES = frozenset({"Zentrum", "Zentrums", "Center", "Centre"})
_THINK_TANK_WORDS = _en.THINK_TANK_WORDS | _de.THINK_TANK_WORDS
_FOR = frozenset({"for", "für", "of"})
_ARTICLES = frozenset("the der die das des dem den".split())
_OPENING_ARTICLES = frozenset({"The", "Der", "Die", "Das"})
_ARTICLE_BEFORE = _Regex(r"(?<![\w-])(?:the|der|die|das|des|dem|den)[^\S\n]+\Z")


def _of_or_for(joiner: str) -> bool:
    """Whether the words joining a head to what follows say what it is of or for ("of the", "für")."""
    return joiner.split(" ", 1)[0] in _FOR


_NAME_BEFORE_DASH = _Regex(rf"(?<![\w-])(?:[{_UP}][\w&.'’-]*[^\S\n]){{1,4}}[-–][^\S\n]\Z")


def _country_unit_after_dash(text: str, entity: FoundEntity) -> FoundEntity:
    """A company named only by a country and a legal form after a spaced dash ("Rail Cargo Operator
    - Austria GmbH") is the country's unit of the firm named before the dash: the whole name."""
    words = entity.name.split()
    if entity.kind != "company" or len(words) != 2 or words[1] not in _LEGAL_FORM_HEADS \
            or not _is_country_word(words[0]):
        return entity
    before = _NAME_BEFORE_DASH.search(text, max(0, entity.start - 60), entity.start)
    if before is None:
        return entity
    start = before.start()
    while (title := _TITLE_ABBREVIATION.match(text, start, entity.start)) is not None:
        start = title.end()  # "(GF Rail Cargo Operator - Austria GmbH)": the holder's office, no word of the name
    written = text[start : entity.end]
    return replace(entity, start=start, text=written, name=" ".join(written.split()))


_TITLE_ABBREVIATION = _Regex(r"(?:GF|CEO|CFO|COO|CTO|MD|GM|VP)[^\S\n]+")


# Words of a legal form written before the name it belongs to ("Joint-Stock Company Textiles").
_LEGAL_FORM_WORDS = frozenset(
    "Open Closed Public Private Joint-Stock Joint Stock Limited Liability Company JSC OJSC CJSC PJSC LLC LLP OAO ZAO "
    "OOO TOO NC".split()  # (NC: a national company, 'JSC NC "Kazakhstan Temir Zholy"')
)


_BETWEEN_BEFORE = _Regex(r"\b(?:between|zwischen)[^\S\n]+\Z")
# "zwischen San Planet Organic und der EgeSun GmbH", "between Aurora Tech and Siemens AG": the first
# party of an agreement between it and a company is a party of the same kind
_BETWEEN_PARTIES = _Regex(
    rf"\b(?:between|zwischen){_SP}(?P<a>[{_UP}][\w&'’.-]*(?:{_SP}[{_UP}][\w&'’.-]*){{0,3}}){_SP}(?:and|und){_SP}"
    rf"(?:(?:der|dem|den|die|the){_SP})?(?=[{_UP}])")


# "zwischen dem Ministerium für Geologie und der Denali Exploration Group;": the second party, a name
# that ends the clause
_BETWEEN_OPENS = _Regex(rf"\b(?:between|zwischen){_SP}(?:(?:der|dem|den|die|the){_SP})?\Z")
_SECOND_PARTY = _Regex(
    rf"{_SP}(?:and|und){_SP}(?:(?:der|dem|den|die|the){_SP})?(?P<b>[{_UP}][\w&'’.-]*\w(?:{_SP}[{_UP}][\w&'’.-]*\w){{0,3}})"
    rf"(?=[^\S\n]*(?:[,;:)]|\.(?:\s|$)|\n|$))")


def _first_parties(text: str, found: list[FoundEntity], person_words: set[str]) -> Iterator[FoundEntity]:
    """The unknown party of "between A and B" where the other is a company or organisation found:
    the first, or the second when it ends the clause."""
    if "between" not in text and "zwischen" not in text:
        return
    bodies = [e for e in found if e.kind in _ORGANISATION_KINDS]
    starts = {e.start: e for e in bodies}
    for m in _BETWEEN_PARTIES.finditer(text):
        other = starts.get(m.end())
        if other is not None and _may_be_party(m["a"], person_words):
            yield FoundEntity(m.start("a"), m.end("a"), m["a"], " ".join(m["a"].split()),
                              other.kind if other.kind == "company" else "organization", "actor")
    for first in bodies:
        if not _BETWEEN_OPENS.search(text, max(0, first.start - 16), first.start):
            continue
        second = _SECOND_PARTY.match(text, first.end)
        if second is not None and second.start("b") not in starts and _may_be_party(second["b"], person_words):
            firm = first.kind == "company" or _FIRM_PLURAL.fullmatch(second["b"].rsplit(None, 1)[-1]) is not None
            yield FoundEntity(second.start("b"), second.end("b"), second["b"], " ".join(second["b"].split()),
                              "company" if firm else "organization", "actor")


def _may_be_party(name: str, person_words: set[str]) -> bool:
    return not any(w in person_words or w.lower() in _NOT_NAME or _is_country_word(w) for w in name.split())


def _entity_from_tokens(
    text: str, tokens: list[tuple[int, int, str, str]], h: int, complement: bool
) -> FoundEntity | None:
    kind, category = _head_of(tokens[h][2]) or ("", "")
    first = h
    legal = kind == "company" and tokens[h][2] in _LEGAL_FORM_HEADS
    # back over the words before the head, but not past "X Declaration and" (a name of its own)
    while first > 0:
        over_of = legal and first < h and _of_or_for(tokens[first][3])  # "Bank of Punjab Ltd"
        if not over_of and tokens[first][3] not in _PRE_HEAD_JOINERS:
            break
        before = _head_of(tokens[first - 1][2])
        medium = before is not None and before[0] == "media" and kind in _SPLIT_KINDS and h - first <= 1
        if over_of:
            if before is None or before[0] not in _SPLIT_KINDS or any(t[3] for t in tokens[first + 1 : h + 1]):
                break  # "CEO of Engro Ltd": only a body's head word opens a company's name before "of";
                # "Ministry of Energy and Sinopec Ltd": not over a joiner already crossed
            first -= 1  # "Bank of Punjab Ltd", "Institute of Space Technology Pvt Ltd": one company
            continue
        if tokens[first][3] and (before and not medium or first == h):
            break  # "X Declaration and …", "… of Energy and Ministry of …": another name ends there
        if tokens[first][3] in ("and", "und") and tokens[h][2] == "Service":
            break  # "Kcell and Mobile Telecom Service": a service's name is no list of words
            # (not "Television and Radio Company": a medium before a firm's head is a word of its name)
        if kind == "company" and tokens[first][3] in ("and", "und") and not medium \
                and tokens[first - 1][2].lower() not in _TRADES and (
                tokens[h][2] not in _LEGAL_FORM_HEADS or _BETWEEN_BEFORE.search(text, max(0, tokens[0][0] - 12), tokens[0][0])):
            break  # "Air Arana and Turkish Airlines": two; "Kupfer und Messing GmbH", "Procter and Gamble Co.": one;
            # "between San Planet Organic and EgeSun GmbH": two parties; a trade before "and" is a word
            # of one firm's name ("United Transport and Logistics Company")
        first -= 1
    titled_outlet = kind == "media" and tokens[first][2] == "The" and not _opens_sentence(text, tokens[first][0])
    while not titled_outlet and first < h and (_not_in_name(tokens[first][2]) or (
        # "In 2023 Kazakhstan Ministry of Trade …": a year opens no body's name
        kind in _SPLIT_KINDS and tokens[first][3] == "" and _YEAR_TOKEN.fullmatch(tokens[first][2]) is not None)) and not (
        # "Pakistan Business Council", "Kazakhstan IT Industry Association" opening a sentence or an
        # item of a list: a country before a word of the name (not before the head: "Uzbekistan
        # Ministry of Energy" is the ministry, the country its own)
        _is_country_word(tokens[first][2]) and first + 1 < h and tokens[first + 1][3] == ""
        and not _not_in_name(tokens[first + 1][2])) and not (
        tokens[first][3] in _ARTICLES or first == 0 and _ARTICLE_BEFORE.search(text, max(0, tokens[0][0] - 6), tokens[0][0])
        or first > 0 and tokens[first][3] == "" and tokens[first - 1][2] in _OPENING_ARTICLES
        or first == 0 and tokens[0][3] in ("and", "und", "&")  # a name's first word after a name before "and"
    ):
        first += 1  # "Statistics from the Ministry …" opens a sentence; "the Statistics Agency" is a name,
        # also after an article opening the sentence ("The Pakistan Television Foundation said") or
        # "and" after another name ("PTV and Pakistan Television Foundation")
    while first < h and (_PAREN_TOKEN.fullmatch(tokens[first][2]) or tokens[first][2] in _PERSON_TITLE_WORDS):
        first += 1  # "Chairman Energy Task Force Nadeem Babar": the title is the holder's, not the body's
    while kind == "company" and first + 1 < h and tokens[first + 1][3] == "" \
            and _FIRM_DESCRIPTOR_DE.fullmatch(tokens[first][2]) and tokens[first][2] not in _HEADS:
        first += 1  # "die Finanzgruppe Aton Capital": the German word for what it is describes the firm its name names
    if first + 1 < h and tokens[first + 1][3] == "und" and _names_field_de(tokens[first][2]) \
            and _ADJECTIVE_BEFORE.search(text, max(0, tokens[first][0] - 24), tokens[first][0]):
        first += 1  # "für digitale Technologien und Palo Alto Networks": a noun after a lower-case adjective
        # ends the phrase before "und", it opens no name
    state = next((k for k in range(first, h) if tokens[k][2][:-2] in _STATE_HEADS
                  and tokens[k][2].endswith(("'s", "’s"))), None)
    if state is not None:  # "the Kyrgyz Republic’s Ministry of Economy": the state owns the body
        first = state
    possessive = tokens[first][2].endswith(("'s", "’s")) and tokens[first][2] not in _STATE_WORDS
    if first + 1 == h and possessive and not complement and (
            _is_country_word(tokens[first][2][:-2]) or tokens[first][2][:-2] in _STATE_HEADS):
        return None  # "Kyrgyzstan’s Cabinet Chairman", "the Republic’s Agency": a state's body, unnamed
    if first + 1 < h and possessive:
        first += 1  # "Uzbekistan's Ministry of …" names the ministry; "People's Daily" keeps its word
    elif first + 1 == h and complement and possessive:
        first += 1  # "Kazakhstan's Bank of …"; "People's Bank of Sri Lanka" keeps its word
    last = h
    if complement:
        last = len(tokens) - 1
        # "Kazakh Ministry of Healthcare’s Public Health Protection Committee": a possessive ends the
        # complement, the body after it is the ministry's own
        last = next((k for k in range(h + 1, last) if tokens[k][2].endswith(("'s", "’s"))
                     and tokens[k][2][:-2].lower() != "people"), last)  # "People's Republic" goes on
        # "des Fonds für Wiederaufbau und Entwicklung und Re Element Technologies": a field list has one
        # "und"; a second one joins the next party
        joined = [k for k in range(h + 1, last + 1) if tokens[k][3] in ("and", "und")]
        if len(joined) > 1 and tokens[joined[0]][3] == tokens[joined[1]][3]:
            last = joined[1] - 1
        # "des Ministeriums für Auswärtige Angelegenheiten Dmitri Mirontschik", "the Ministry of Foreign
        # Affairs Maria Zakharova": a given name and a family name close the run; they are a holder's
        titled = next((k for k in range(h + 2, last) if tokens[k][2] in _PERSON_TITLE_WORDS and tokens[k][3] == ""
                       and k + 2 <= last and all(_NAME_PART.fullmatch(t[2]) for t in tokens[k + 1 : last + 1])), None)
        if titled is not None:
            last = titled - 1  # "Internet Providers' Association of Tajikistan Chairman Asomiddin Atoyev": the
            # body's title and holder close the run
        holder = next((k for k in range(h + 3, last) if last - k in (1, 2) and tokens[k][2] in _given_names()
                       and all(tokens[j][3] == "" and not _head_of(tokens[j][2]) and tokens[j][2] not in _PLACE_WORDS
                               and tokens[j][2] not in _REGION_WORDS for j in range(k, last + 1))), None)
        if holder is not None:
            last = holder - 1
        elif last > h and tokens[last][3] == "of the" and _LOWER_GOVERNMENT_AFTER.match(text, tokens[last][1]):
            last -= 1  # "Foreign Affairs Office of the Shenzhen municipal government": the place is the
            # government's, in lower case; the body's name ends before "of the"
    elif (h + 1 < len(tokens) and tokens[h + 1][3] == "" and _YEAR_TOKEN.fullmatch(tokens[h + 1][2])
          and not tokens[h][2].endswith(("'s", "’s")) and not (category == "actor" and first == h)):
        last = h + 1  # "Expo 2025"; not "the Bank’s 2022–2026 strategy": a possessive ends the name; not
        # "Aufgelegt wurde der Fonds 2011": a body's head word alone and a year say when, they name no body
    elif h + 1 < len(tokens) and tokens[h + 1][3] == "" and _names_org(tokens[h][2], tokens[h + 1][2]) \
            and not _holder_after_genitive(tokens, h):
        last = h + 1  # "Handelskammer Warschau", "Nachrichtenagentur Xinhua"
    elif (h + 1 < len(tokens) and tokens[h + 1][3] == "" and tokens[h][2] in _GROUP_HEADS
          and _is_country_word(tokens[h + 1][2]) and not tokens[h + 1][2].endswith("s")):
        last = h + 1  # "Volkswagen Group China": a group's arm in a country is named with it
    verb = next((i for i in range(h + 1, last + 1) if tokens[i][3] == "" and tokens[i][2].lower() in _HEADLINE_VERBS),
                None)
    last = last if verb is None else verb - 1  # "… Countries Held in Tashkent": a title-case headline's verb
    if last == h and kind == "company" and all(t[2] in _LEGAL_FORM_WORDS for t in tokens[first : h + 1]):
        while (last + 1 < len(tokens) and tokens[last + 1][3] == "" and not _PAREN_TOKEN.fullmatch(tokens[last + 1][2])
               and tokens[last + 1][2].lower() not in _NOT_IN_NAME):
            last += 1  # "Limited Liability Company Humo", "JSC Kazakhtelecom": the name follows its legal form
        if last == h:
            return None  # "the Limited Liability Company": a legal form alone names no company
    while last > h and _PAREN_TOKEN.fullmatch(tokens[last][2]):
        last -= 1
    if last > h and tokens[last][2] in _nation_adjectives_en() and _LOWER_WORD_AFTER.match(text, tokens[last][1]):
        last -= 1  # "Investment Promotion Agency of the Chinese ministry of commerce": the adjective is the next noun's
    head_word = tokens[h][2]
    qualified = first < h or last > h or "-" in head_word
    if category == "initiative" and head_word not in _HEADS and "-" not in head_word:
        # a German compound ("Pressekonferenz") names an event only with its year
        qualified = last > h and _YEAR_TOKEN.fullmatch(tokens[last][2]) is not None
    if not qualified:
        return None
    if kind == "facility" and complement and head_word in _CENTRES and _of_or_for(tokens[h + 1][3]):
        kind, category = "organization", "actor"  # "Center for Strategic Studies", "Zentrum für … Forschung"
    elif head_word in _CENTRES and h > first and tokens[h - 1][2].lower() in _THINK_TANK_WORDS:
        kind, category = "organization", "actor"  # "Caspian Policy Center": a think tank, no place
    elif head_word == "Alliance" and complement and _of_or_for(tokens[h + 1][3]):
        kind, category = "organization", "actor"  # "Economic Alliance of Kankakee County": members' body
    if tokens[h][2] == "Group" and complement and text.startswith("Group of Friends", tokens[h][0]):
        kind, category = "network", "initiative"
    elif tokens[h][2] == "Group" and h > first and tokens[h - 1][2] in _BODY_GROUPS:
        kind, category = "organization", "actor"  # "Iran-Russia Working Group": a body of officials, no firm
    elif tokens[h][2] == "Group":
        kind, category = "company", "actor"
    if kind == "media" and tokens[h][2] in ("Post", "Times") and first == h:
        return None
    if last == h == first + 1 and _KIND_ADJECTIVE.fullmatch(tokens[first][2]) and _QUOTE_OPENS.match(text, tokens[h][1]):
        return None  # "der Gesellschaftlichen Stiftung „Vereinigung … ‚Wiedergeburt‘“": what kind of body the
        # quoted name is; the quoted name names it
    start, end = tokens[first][0], tokens[last][1]
    if complement:
        tail = _ROLE_LIST_TAIL.match(text, end)  # "Rat für Außenhandel, Investitionen und Technologie."
        if tail is not None and any((_head_of(w) or ("", ""))[0] in _SPLIT_KINDS or _is_country_word(w.rstrip(".,;"))
                                    for w in tail.group().split()):
            tail = None  # "…, and Neo Institute of Medical Sciences": the next item, a body of its own; "der
            # Agentur für Statistik, Kasachstan und Russland": countries are no fields
        if tail is not None and len(_CONJUNCTION.findall(tail.group())) > 1:
            tail = None  # "Ministerium für Investitionen, Industrie und Handel und Flowserve;": a list has one
            # "und"; the next names the other party
        tail = tail or _PORTFOLIO_TAIL.match(text, end)  # "Ministry of Information, Broadcasting and …"
        tail = tail or _fields_listed_de(text, start, end)  # "Bundesministerium für Verkehr, Innovation und …"
        end = tail.end() if tail else end
    written = text[start:end]
    name = " ".join(written.split())
    base = _base_form(head_word)
    # the head in the genitive folds to its own form, whatever follows it: "des Ost-Ausschusses der
    # Deutschen Wirtschaft" -> "Ost-Ausschuss der Deutschen Wirtschaft", "des Ministeriums für
    # Wirtschaft und Handel" -> "Ministerium für Wirtschaft und Handel"
    if base:
        name = name.replace(head_word, base, 1)
    return FoundEntity(start, end, written, name, kind, category)


# `_BASE_FORM` as the last part of a compound: "Investitionsausschusses" -> "Investitionsausschuss".
_BASE_ENDINGS = sorted(((form.lower(), base.lower()) for form, base in _BASE_FORM.items()),
                       key=lambda item: -len(item[0]))


def _base_form(word: str) -> str | None:
    """A German head noun's own form where `word` is its genitive or plural (`_BASE_FORM`), alone
    ("Ausschusses"), after a hyphen ("Ost-Ausschusses") or as the last part of a compound
    ("Investitionsausschusses", "Landwirtschaftsministeriums"); None for any other word."""
    part = word.rsplit("-", 1)[-1]
    base = _BASE_FORM.get(part)
    if base is not None:
        return word[: len(word) - len(part)] + base
    lowered = part.lower()
    for form, base in _BASE_ENDINGS:  # bounded: the table's forms
        if lowered.endswith(form) and len(lowered) > len(form) + 2:
            return word[: len(word) - len(form)] + base
    return None


_HEADLINE_VERBS = _en.HEADLINE_VERBS | _en.SPEECH_VERBS | _en.IRREGULAR_PAST
_LEGAL_FORM_HEADS = frozenset(
    "GmbH AG SE KG KGaA Ltd Ltd. Limited Inc Inc. Corp Corp. Co Co. PLC Plc LLP LLC JSC PJSC Pvt Pvt.".split())
_PERSON_TITLE_WORDS = frozenset({"Chairman", "Chairwoman", "Chairperson", "Secretary", "Minister", "Member", "Director",
                                 "Governor", "Ambassador", "Mayor", "Spokesperson", "Spokesman", "Commissioner"})
_SENTENCE_BEFORE = _Regex(r"(?:^|[.!?:\n\"“”])[^\S\n]*\Z")


def _opens_sentence(text: str, start: int) -> bool:
    """Whether `start` opens a sentence or a line: there "The" is any sentence's article; inside a
    sentence a capitalised "The" opens an outlet's name ("quoted by The New Indian Express")."""
    return _SENTENCE_BEFORE.search(text, max(0, start - 4), start) is not None


_GERMAN_ORG_WORDS = frozenset(
    "Ministerium Kammer Rat Organisation Agentur Kommission Akademie Universität Institut Bank Gruppe Verband "
    "Behörde Stiftung".split()
)


_GROUP_HEADS = frozenset({"Group", "Holding", "Holdings", "Gruppe"})


def _names_org(head: str, following: str) -> bool:
    """Whether `following` is the proper name of a German organisation head: "Handelskammer Warschau"."""
    german = head in _GERMAN_ORG_WORDS or _german_compound(head) is not None
    if not german or _head_of(following) or following.lower() in _NOT_IN_NAME:
        return False
    return not _YEAR_TOKEN.fullmatch(following) and not _GERMAN_NOUN_END.search(following.rsplit("-", 1)[0])


_LOWER_GOVERNMENT_AFTER = _Regex(r"[^\S\n]+(?:(?:municipal|city|provincial|regional|local|county|district|state)"
                                 r"[^\S\n]+)?(?:government|authorities|administration)\b")
_EVENT_NOUN_AFTER = _Regex(r"\S*[^\S\n]+(?:exhibition|expo|fair|forum|summit|conference|festival|hackathon|"
                           r"Ausstellung|Messe|Konferenz|Gipfel|Forum)s?\b"
                           # "the BeiDou Navigation Satellite System": a system's name, no firm's
                           r"|(?:[^\S\n]+[A-Z][a-z]+){1,4}[^\S\n]+(?:System|Systems|Satellite)\b")


def _holder_after_genitive(tokens: list[tuple[int, int, str, str]], h: int) -> bool:
    """Whether the two words after a German head in the -s genitive are a holder's given and family
    name ("die stellvertretende Vorsitzende des Ost-Ausschusses Cathrina Claas-Mühlhäuser"), not a
    proper name of the body ("der Handelskammer Warschau"): a body's own name follows its head in
    the nominative form, the genitive "des Ausschusses" ends the body's words."""
    head = tokens[h][2]
    if h + 2 >= len(tokens) or tokens[h + 2][3] != "" or not head.endswith("s") or head.lower().endswith("fonds"):
        return False
    family = tokens[h + 2][2]
    return _NAME_PART.fullmatch(family) is not None and not _head_of(family) and (
        h + 3 == len(tokens) or tokens[h + 3][3] != "")


# "Zentrum für digitale Zusammenarbeit China-SOZ", "Kommission für auswärtige Angelegenheiten": a
# German head with a "für" complement that starts lower-case, which the capitalised chain cannot see.
_FUER_HEADS = ("Zentrum|Ministerium|Kommission|Amt|Rat|Akademie|Institut|Agentur|Behörde|Verband|Organisation|"
               "Komitee|Dienst|Fonds|Stiftung|Kammer|Ausschuss|Gesellschaft")
_ADJECTIVE_DE = rf"(?:{_NOT_ADJECTIVE_DE}[{_LO}]+(?:e|en|er|es){_SP})"
# "Luft- und Raumfahrtindustrie": a first half whose hyphen stands for the second's ending
_FUER_NOUN = rf"{_ADJECTIVE_DE}{{0,2}}[{_UP}][\w-]*\w(?:-{_SP}(?:und|oder){_SP}[{_UP}][\w-]*\w)?"
# "Ministerium für wirtschaftliche Entwicklung und Handel", "das Staatliche Komitee für Investitionen
# und staatliches Eigentumsmanagement Tadschikistans": a head, "für" and what it is for, with
# lower-case adjectives the chain finder does not read (it reads the rest); a capitalised adjective
# before the head and a country's genitive after the name belong to it.
_FUER_NAME = _Regex(
    rf"(?P<adj>(?:(?!(?:Die|Der|Das|Den|Dem|Des|Eine[nrsm]?)\b)[{_UP}][{_LO}]+(?:e|en|er|es){_SP}){{0,2}})"
    rf"(?P<head>{_FUER_HEADS}){_SP}(?:für|zur|zum){_SP}(?P<body>{_FUER_NOUN}(?:(?:,{_SP}|{_SP}und{_SP}){_FUER_NOUN}){{0,2}}"
    # "Agentur für Entwicklung der kleinen und mittleren Unternehmen": a genitive with adjectives;
    # not one that says whose it is ("… des zentralasiatischen Landes", "der beiden Staaten")
    rf"(?:{_SP}(?:der|des){_SP}(?:{_ADJECTIVE_DE}(?:und{_SP})?){{1,3}}"
    rf"(?!(?:Lande?s?|Länder|Staate?s?|Staaten|Republik|Region|Stadt|Hauptstadt)\b)[{_UP}][\w-]*\w)?)"
    # "… der Bundesrepublik Deutschland", "… der Republik Usbekistan": the state's full name
    rf"(?:{_SP}der{_SP}(?:Bundesrepublik|Volksrepublik|Republik|Russischen{_SP}Föderation)(?={_SP}[{_UP}]|[^\w-]))?"
    rf"(?P<tail>(?:{_SP}[{_UP}][\w-]*\w)*)"
    # "… für industrielle Kooperation „Zentralasien“": the body's own name in quotes after it
    rf"(?P<quoted>[^\S\n]*„[^„“”\"\n]{{1,40}}“)?"
)
_LOWER_ADJECTIVE = _Regex(rf"(?<![\w-])[{_LO}]+(?:e|en|er|es)\s")
_PROPER_TAIL = _Regex(r"\S*[A-Z]\S*[A-Z]\S*|\S+-\S+")  # "China-SOZ", "SOZ": not a German noun


# "Delegation der Deutschen Wirtschaft in Zentralasien", "das Informationszentrum der Deutschen
# Wirtschaft": "der Deutschen Wirtschaft" with a capital names German business's own bodies (in
# lower case it is "of the German economy"); the body's head, and the country or region abroad
# it serves when one follows.
_GERMAN_BUSINESS_BODY = _Regex(
    rf"(?<![\w-])(?P<head>(?:[{_UP}][{_LO}]+-)?(?:[{_UP}][{_LO}]*)?(?:[Dd]elegation|[Rr]epräsentanz|[Vv]ertretung"
    rf"|[Zz]entrums?|[Bb]üros?|[Vv]erband(?:e?s)?|[Aa]usschuss(?:es)?|[Vv]ereinigung|[Aa]kademie))"
    rf"{_SP}der{_SP}Deutschen{_SP}Wirtschaft(?![\w-])"
)
_REGIONS_DE = _Regex(rf"{_SP}in{_SP}(?P<region>Zentralasien|Mittelasien|Südkaukasus|Osteuropa|Südostasien)(?![\w-])")


def _german_business_bodies(text: str) -> Iterator[FoundEntity]:
    """`_GERMAN_BUSINESS_BODY`: the head in its own form ("des Verbands" -> "Verband"), with
    "in <country or region>" when it follows."""
    if "Deutschen Wirtschaft" not in text:
        return
    for m in _GERMAN_BUSINESS_BODY.finditer(text):
        head = m["head"]
        name = (_base_form(head) or head) + text[m.end("head") : m.end()]
        end = m.end()
        abroad = _country_after_in().match(text, end) or _REGIONS_DE.match(text, end)
        if abroad is not None:
            name, end = f"{name} in {abroad.group(abroad.lastindex or 0)}", abroad.end()
        yield FoundEntity(m.start(), end, text[m.start() : end], " ".join(name.split()), "organization", "actor")


_FIELD_WORD = _Regex(rf"[{_UP}][{_LO}]+(?![\w-])")
_CONJUNCTION = _Regex(rf"(?<!-){_SP}(?:und|and|&){_SP}")  # not the "und" of "Luft- und Raumfahrt"


def _fields_listed_de(text: str, start: int, end: int) -> re.Match[str] | None:
    """The rest of a German body's fields listed with commas before "und", when its name so far
    (`text[start:end]`) ends in a field after "für" ("Bundesministerium für Verkehr") and each
    listed word names a field (`_PORTFOLIO_TAIL_DE`)."""
    if "für" not in text[start:end].split() or not text.startswith(",", end):
        return None
    tail = _PORTFOLIO_TAIL_DE.match(text, end)
    if tail is None or not all(map(_names_field_de, _FIELD_WORD.findall(tail.group()))):
        return None
    return tail


def _names_field_de(word: str) -> bool:
    lowered = word.lower()
    return not _is_country_word(word, "de") and (
        lowered in _de.PORTFOLIO_NOUNS or lowered in _de.MINISTRY_PORTFOLIOS or is_german_noun(word, ()))


_CAPITALISED_AFTER = _Regex(rf"{_SP}[{_UP}]")
_ADJECTIVE_BEFORE = _Regex(rf"(?<![\w-])[{_LO}]+(?:e|en|er|es){_SP}\Z")


# "des Verbandes der forschenden Arzneimittelhersteller": an association of those a genitive names
# with lower-case adjectives (the chain finder reads capitalised ones: "Verband der Chemischen Industrie")
_ASSOCIATION_OF = _Regex(
    rf"(?<![\w-])(?P<head>(?:[{_UP}][{_LO}]+)?(?:[Vv]erband(?:e?s)?|[Vv]ereinigung)){_SP}der{_SP}"
    rf"(?P<body>{_ADJECTIVE_DE}{{1,2}}[{_UP}][\w-]*\w)(?![\w-])")


def _associations_of(text: str) -> Iterator[FoundEntity]:
    """`_ASSOCIATION_OF`, named in the head's own form ("Verband der forschenden Arzneimittelhersteller")."""
    if "erband" not in text and "ereinigung" not in text:
        return
    for m in _ASSOCIATION_OF.finditer(text):
        name = f"{_base_form(m['head']) or m['head']} der {' '.join(m['body'].split())}"
        yield FoundEntity(m.start(), m.end(), m.group(), name, "organization", "actor")


def _fuer_entities(text: str) -> Iterator[FoundEntity]:
    for m in _FUER_NAME.finditer(text):
        if not _word_start(text, m.start()) or not _LOWER_ADJECTIVE.search(m["body"] + " "):
            continue  # no lower-case word: the chain finder's
        end = m.start("tail")
        for word in re.finditer(r"\S+", m["tail"]):
            if not (_PROPER_TAIL.fullmatch(word.group()) or _is_country_word(word.group().rstrip(".,;:"), "de")):
                break
            end = m.start("tail") + word.start() + len(word.group().rstrip(".,;:"))
        if m["quoted"] and end == m.end("tail"):
            end = m.end("quoted")
        elif end == m.start("tail") and _CAPITALISED_AFTER.match(text, end):
            last_and = max(m["body"].rfind(" und "), m["body"].rfind("\tund "))
            if last_and > 0:  # "… für digitale Technologien und Palo Alto Networks": the word after "und"
                end = m.start("body") + last_and  # opens a name the field list does not hold
        written = text[m.start() : end]
        kind, category = _HEADS.get(m["head"], ("organization", "actor")) if m["head"] not in _CENTRES else (
            "organization", "actor")  # "Dienst" heads a name only before "für" ("Instant-Messaging-Dienst" is none)
        yield FoundEntity(m.start(), end, written, " ".join(written.split()), kind, category)


# After a descriptor that follows a quoted name, the clause goes on ("the “Exxon Mobile” company has"),
# no noun the descriptor modifies ("the “Best” company award").
_DESCRIPTOR_ENDS = _Regex(
    rf"[^\S\n]*(?:[,.;:)]|$)|{_SP}(?:{'|'.join(sorted(_en.AUXILIARIES | _en.NOT_SUBJECT_BEFORE | {'and', 'that', 'which'}))})\b"
)


# '“Enterprise Armenia” investment support center': lower-case words after a quoted name, ending in
# the noun of a body (not the first word alone: that is `_DESCRIPTOR_WORDS_EN`'s)
_BODY_AFTER_QUOTE = _Regex(
    r"[^\S\n]+(?:(?!(?:in|the|at|of|to|for|a|an|and|or|with|on|by|from|into|its|his|her|their|is|was)\b)"
    r"[a-z][\w-]*[^\S\n]+){1,3}(?P<noun>center|centre|agency|fund|foundation|association|organi[sz]ation|"
    r"institute|council|committee|union|bank|company|corporation|holding)(?![\w-])")
_BODY_AFTER_QUOTE_KIND = {"bank": "company", "company": "company", "corporation": "company", "holding": "company"}


# A verb that makes quoted words a clause someone said, not a name.
_QUOTED_CLAUSE = _Regex(r"\b(?:ist|sind|war|waren|wird|werden|hat|haben|is|are|was|were|will|has|have)\b")


# What may follow a firm's quoted name: punctuation, a conjunction, a verb ("are planning", "signed");
# not a noun the name describes ('the Chinese “Belt and Road” concept')
_ACTS_AFTER_QUOTE = _Regex(r"[^\S\n]*(?:[,.;:)]|\Z|(?:is|are|was|were|has|have|had|will|would|plans|intends|"
                           r"wants|\w+ed)\b)")


def _quoted_entities(text: str) -> Iterator[FoundEntity]:
    """Names in quotes whose own head word or the noun before them says what they are."""
    for m in _QUOTED.finditer(text):
        group = next(i for i in range(1, 7) if m.group(i) is not None)
        content = m.group(group)
        start, end = m.start(group), m.end(group)
        stripped = content.strip()
        if not stripped or not (stripped[0].isupper() or stripped[0].isdigit()):
            continue
        start += len(content) - len(content.lstrip())
        end -= len(content) - len(content.rstrip())
        before = text[max(0, m.start() - 40) : m.start()]
        if _MOTTO.search(before) or len(stripped.split()) > 10 or re.search(r"[.!?;:]\s", stripped) \
                or _QUOTED_CLAUSE.search(stripped):
            continue  # "„Dieses Projekt ist eine Erfolgsgeschichte“": words said, no name
        kind_category = None
        for word in reversed(re.findall(r"[\w'’-]+", stripped)):
            kind_category = _head_of(word)
            if kind_category:
                break
        following = re.match(r"[\s-]*([\w-]+)", text[m.end() : m.end() + 40])
        if kind_category is None and following and following.group(1) in _DESCRIPTOR_WORDS_EN and _DESCRIPTOR_ENDS.match(
            text, m.end() + following.end()
        ):
            kind_category = (_DESCRIPTOR_KIND[following.group(1)], "actor")  # 'the “Exxon Mobile” company'
        body = _BODY_AFTER_QUOTE.match(text, m.end()) if kind_category is None else None
        if body is not None:
            kind_category = (_BODY_AFTER_QUOTE_KIND.get(body["noun"], "organization"), "actor")
        previous = re.search(r"([\w-]+)\s*$", before)
        if following is not None and following.group(1) in _LEGAL_FORM_HEADS | {"Company"}:
            # '“Energy Resource” LLC': a company's name, its legal form after it (the mention is the
            # whole, as written)
            name = re.sub(r"\s*\([^)]*\)\s*$", "", stripped)
            yield FoundEntity(m.start(), m.end() + following.end(), text[m.start() : m.end() + following.end()],
                              " ".join(name.split()), "company", "actor")
            continue
        if previous is not None and _LEGAL_FORM_CLOSES.search(before):
            kind_category = ("company", "actor")  # 'LLP "Machine Building Plant …"': a company's name (also
            # after a national company's 'JSC NC "…"')
        elif kind_category is None and previous is not None and previous.group(1) in _nation_words_en() \
                and _ARTICLE_JUST_BEFORE.search(before, 0, previous.start()) and _ACTS_AFTER_QUOTE.match(text, m.end()):
            kind_category = ("company", "actor")  # 'the Russian “Petromaruz Capital”': a firm of that nation
        if kind_category is None:
            for word in (previous.group(1) if previous else "", following.group(1) if following else ""):
                lowered = word.lower()
                kind = next((k for suffix, k in _HEAD_SUFFIXES if lowered.endswith(suffix)), None)
                if kind:
                    kind_category = (kind, "initiative")
                    break
        if kind_category is None:
            continue
        name = re.sub(r"\s*\([^)]*\)\s*$", "", stripped)
        yield FoundEntity(start, end, text[start:end], " ".join(name.split()), kind_category[0], kind_category[1])


# "die norddeutsche Damp-Gruppe", "die Adani-Gruppe": a name the article writes only so, joined to
# "-Gruppe" by a hyphen, names a group of companies (a common noun joined so is no name: "Arbeits-Gruppe")
_HYPHENED_GROUP = _Regex(rf"(?<![\w-])(?P<name>[{_UP}][\w]+)-Gruppe(?![\w-])")


def _hyphened_groups(text: str, anchors: _Anchors) -> Iterator[FoundEntity]:
    """`_HYPHENED_GROUP`'s groups: not a country, a head word, a German noun or an acronym before the hyphen."""
    if "-Gruppe" not in text:
        return
    for m in _HYPHENED_GROUP.finditer(text):
        name = m["name"]
        if _is_country_word(name, "de") or name in _CALENDAR_WORDS or name.lower() in _NOT_NAME or _head_of(name) \
                or is_german_noun(name, anchors.lower, anchors.article_nouns) or name.isupper() \
                or name.endswith("s") and is_german_noun(name[:-1], anchors.lower, anchors.article_nouns):
            continue  # "China-Gruppe", "BRICS-Gruppe" (the body's own name), "Arbeits-Gruppe" (a noun's joining "s")
        if name.lower() in anchors.by_lower:
            continue  # "die Siemens-Gruppe … Siemens baut": the firm by its own name (`_firms_before_a_hyphen`)
        yield FoundEntity(m.start(), m.end(), m.group(), m.group(), "company", "actor")


def _companies_after_legal_forms(text: str, anchors: _Anchors) -> Iterator[FoundEntity]:
    """Companies named after a legal form written before the name ("OAO MAZ", "AO Uzavtosanoat",
    "OOO KRANTAS GROUP"), the form kept as part of the name as written. The name's words end at a
    word the text writes in lower case elsewhere or at a German noun ("die OAO MAZ Werke")."""
    written = {w for f in _FORMS_LOWER for w in anchors.by_lower.get(f, ()) if w in LEGAL_FORMS_BEFORE}
    for at in positions(text, written) if written else ():
        m = _LEGAL_FORM_NAME.match(text, at)
        if m is None:
            continue
        words = list(re.finditer(r"\S+", m["name"]))
        while words and (_not_a_name_word(words[-1].group(), anchors) and not words[-1].group().isupper()) \
                and not (len(words) > 1 and _is_country_word(words[-1].group())):
            words.pop()  # (a country's name after the firm's is its arm there: "LLC Papenburg Usbekistan")
        if not words:
            continue
        end = m.start("name") + words[-1].end()
        yield FoundEntity(m.start(), end, text[m.start() : end], " ".join(text[m.start() : end].split()),
                          "company", "actor")
    for m in _MESSRS.finditer(text) if "M/" in text else ():
        # "designated M/s GBO-Global": Messrs, South Asian English's mark of a firm before its name
        words = list(re.finditer(r"\S+", m["name"]))
        while len(words) > 1 and _not_a_name_word(words[-1].group(), anchors):
            words.pop()
        end = m.start("name") + words[-1].end()
        yield FoundEntity(m.start("name"), end, text[m.start("name") : end], " ".join(text[m.start("name") : end].split()),
                          "company", "actor")


_MESSRS = _Regex(rf"(?<![\w/])M/[Ss]\.?{_SP}(?P<name>[{_UP}][\w&.-]*\w(?:{_SP}[{_UP}][\w&.-]*\w){{0,4}})")
_FORMS_LOWER = frozenset(f.lower() for f in LEGAL_FORMS_BEFORE)


# "Sunil Kant Munjal, chairman, Hero Corporate Services; K K Modi, chairman, Modi Enterprises":
# a list of delegates or speakers gives each person's employer after the role, between commas.
_EMPLOYER_AFTER_ROLE = _Regex(
    rf",[^\S\n]*(?P<role>[{_LO}][^,;:.()\n]{{0,80}}?)[^\S\n]*,[^\S\n]*"
    rf"(?P<org>[{_UP}][\w&'’.-]*(?:[^\S\n]+(?:(?:and|of|for|&)[^\S\n]+)?[{_UP}][\w&'’.-]*){{0,5}}?)"
    r"(?=[^\S\n]*(?:[;,)]|\.(?:\s|\Z)|\Z))"
)


def _employers_after_roles(text: str, people: list[FoundEntity], names: list[FoundEntity]) -> list[FoundEntity]:
    """People of an English list "Name, role, Employer;" with the employer as their affiliation,
    and the employer added to `names` as a company (or the kind its head word says). Only where
    the role is the person's own, lower-case (an office, not a name) and the employer no country,
    month or title; the name is capitalised words to the item's end."""
    out = []
    for person in people:
        m = _EMPLOYER_AFTER_ROLE.match(text, person.end) if person.role and person.affiliation is None else None
        if m is None or _trim_role(m["role"]) != person.role:
            out.append(person)
            continue
        org = m["org"].rstrip(".")
        words = org.split()
        if (len(words) == 1 and (_is_country_word(org) or org in _CALENDAR_WORDS)) or _TITLE_WORD.fullmatch(words[0]):
            out.append(person)
            continue
        start = m.start("org")
        head = _head_of(words[-1])
        kind, category = head if head is not None and head[1] == "actor" else ("company", "actor")
        names.append(FoundEntity(start, start + len(org), org, org, kind, category))
        out.append(replace(person, affiliation=org))
    return out


def _employers_before_roles(text: str, people: list[FoundEntity], names: list[FoundEntity],
                            anchors: _Anchors) -> list[FoundEntity]:
    """English "<Employer> <title> <Name>" and "<Employer>'s <title> <Name>" ("said Frobnix chief
    executive John Smith", "KTZE-Khorgos Gateway's General Director Zhaslan Khamzin"): the
    capitalised words right before a person's title are the employer, their affiliation, and a
    company (or the kind its head word says) added to `names`. Not a country, a nation, a group
    of countries, a month or a word that is no name ("The", "Deputy", a person's name)."""
    out = []
    person_words = {w for p in people for w in p.name.split()}
    nations = _nation_words_en()
    for person in people:
        role = person.role
        raw = text[max(0, person.start - len(role or "") - 80) : person.start] if role else ""  # bounded
        before = _HONORIFIC_CLOSING.sub("", raw.rstrip())  # "PHEC Chairperson Dr Muhammad Nizamuddin"
        if person.affiliation is not None or not role or not before.endswith(role) or not _FIRM_TITLE.search(role):
            out.append(person)
            continue
        role_start = person.start - (len(raw) - len(before)) - len(role)
        m = _EMPLOYER_BEFORE_ROLE.search(text, max(0, role_start - 80), role_start)
        words = m["org"].split() if m else []
        # a country's name before one word is a word of the firm's name: "Pakistan Railway CEO Amir Baloch"
        country_firm = len(words) == 2 and _is_country_word(words[0], "en") and words[1][1:].islower() \
            and not (_TITLE_WORD.fullmatch(words[1]) or words[1] in nations or words[1].lower() in _NOT_NAME)
        while words and not country_firm and (words[0].lower() in _NOT_NAME or words[0] in _CALENDAR_WORDS
                                              or _TITLE_WORD.fullmatch(words[0]) or words[0] in nations):
            words.pop(0)  # "The", "Yesterday", "Russian": no part of the employer's name
        # a firm's unit in a country, the country last: "former Deloitte India CEO Udayan Sen"
        local_unit = len(words) >= 2 and _is_country_word(words[-1], "en") and not any(
            _is_country_word(w) or w in nations for w in words[:-1])
        named = words[:-1] if local_unit else words
        if m is None or not words or not country_firm and any(
                w in person_words or w.lower() in _NOT_NAME or w in _CALENDAR_WORDS
                or _TITLE_WORD.fullmatch(w) or w in nations for w in named) or (
                len(words) == 1 and (_is_country_word(words[0]) or words[0] in _en.COUNTRY_GROUPS)):
            out.append(person)
            continue
        org = " ".join(words)
        start = m.end("org") - len(words[-1])
        for w in reversed(words[:-1]):
            start = text.rindex(w, max(0, start - 100), start)
        head = _head_of(words[-1])
        kind, category = head if head is not None and head[1] == "actor" else ("company", "actor")
        names.append(FoundEntity(start, m.end("org"), text[start : m.end("org")], org, kind, category))
        out.append(replace(person, affiliation=org))
    return out


# Capitalised words (a hyphen or "&" inside) right before a title, maybe possessive.
_EMPLOYER_BEFORE_ROLE = _Regex(
    rf"(?<![\w'’.-])(?P<org>[{_UP}][\w&.-]*[\w&](?:[^\S\n]+[{_UP}][\w&.-]*[\w&]){{0,3}})(?:['’]s)?[^\S\n]+\Z"
)

# "chairman of Kanoria Chemicals and Industries", "Managing Director of Bohlen Industrie", "dem
# Vorsitzenden von CHN Energy": the body an officer of a firm heads, named after the office.
# English: the office, "of", maybe "the", capitalised words (joined by "and", "of", "for", "&").
# German: the office and "von" with no article: a name, not a common noun ("von der Bank").
_FIRM_OFFICERS_EN = (r"chairman|chairwoman|chairperson|chief[^\S\n]+executive(?:[^\S\n]+officer)?|CEO|"
                     r"managing[^\S\n]+director|general[^\S\n]+manager|(?:co-)?founder|owner|boss|"
                     r"(?:group[^\S\n]+)?president")
_FIRM_OFFICES_EN = _FIRM_OFFICERS_EN + "|head|director"
# The titles of a firm's officers, at a role's end (`_employers_before_roles`): before a minister's or
# an ambassador's title capitalised words are a portfolio ("Oil Minister", "External Affairs
# Minister"), and before a bare "Director" or "Head" often a department ("Marketing Director"), no
# employer; a general director's and a spokesperson's are.
_FIRM_TITLE = _Regex(rf"(?i:\b(?:{_FIRM_OFFICERS_EN}|CFO|COO|CTO|general[^\S\n]+director|director[^\S\n]+general|"
                     r"executive[^\S\n]+director|spokes(?:man|woman|person))\Z)")
# A name's first word; a dot inside it only as in "E.ON" or "Energyprom.kz", not a missing space
# ("Stahlwerk.Russlands").
_FIRM_WORD = rf"[{_UP}][\w&'’-]*(?:\.(?=[a-z\d]|[A-Z]{{1,3}}(?!\w))[\w&-]+)*"
_OFFICE_OF_EN = _Regex(
    rf"(?<![\w-])(?i:(?P<office>{_FIRM_OFFICES_EN}))"
    # "chairman of the board of Allur", "Chairman of the Board of Directors of …": the firm's board
    r"(?i:[^\S\n]+of[^\S\n]+the[^\S\n]+(?:supervisory[^\S\n]+|management[^\S\n]+)?board(?:[^\S\n]+of[^\S\n]+directors)?)?"
    rf"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?"
    rf"(?P<org>{_FIRM_WORD}(?:[^\S\n]+(?:(?:and|of|for|&)[^\S\n]+)?[{_UP}][\w&'’-]*){{0,5}})"
)
_OFFICE_OF_DE = _Regex(
    r"(?<![\w-])(?P<office>(?:Vorstands|Aufsichtsrats)?[Vv]orsitzende[nr]?|Vorstandschef(?:in)?|Chef(?:in)?|"
    r"(?:Mit)?[Gg]ründer(?:in)?|Geschäftsführer(?:in)?|Generaldirektor(?:in)?|Inhaber(?:in)?|Vorständin|"
    r"Vorstand(?:smitglied)?)"
    rf"[^\S\n]+von[^\S\n]+(?P<org>{_FIRM_WORD}(?:[^\S\n]+[{_UP}][\w&-]*){{0,4}})"
)
# Offices that head a state, a place or a part of a body too ("President of Kazakhstan", "head of
# Department"): after them a single word counts only when it has a firm's shape ("AstraZeneca").
_OFFICES_OF_PLACES = ("president", "group president", "head", "director")
# Bodies inside any organisation, or a state's: no firm ("chairman of the Board").
_NOT_A_FIRM = frozenset({"board", "boards", "directors", "management", "state", "states", "republic", "government",
                         "department", "council", "cabinet", "committee", "commission", "ministry", "supervisory", "executive",
                         "the", "a", "an"})
_MOST_OFFICES = 40
# The head words of a state's formal name ("the Federative Republic of Brazil"): no firm.
_STATE_HEADS = frozenset({"Republic", "Kingdom", "Federation", "Emirates"})


def _firms_of_offices(text: str, language: str | None, anchors: _Anchors,
                      person_words: set[str]) -> Iterator[FoundEntity]:
    """Firms named after the office that heads them (`_OFFICE_OF_EN`, `_OFFICE_OF_DE`).

    Never a month, a title, a state or a body inside any organisation (`_NOT_A_FIRM`). After an
    office that heads places too, not a country's words ("President of Kazakhstan Tokayev"), and
    the name says it is a body (its head word) or has a firm's shape. One word only when it is no
    country and, after a German office, has a firm's shape ("CHN", "AstraZeneca"). A name that
    runs on into a person's ends before it; after a German office a name of more than two words is
    not taken (the holder's name may follow: "von China Railway Lu Dongfu"). At most
    `_MOST_OFFICES` offices are looked at."""
    patterns = {"en": (_OFFICE_OF_EN,), "de": (_OFFICE_OF_DE,)}.get(language or "", (_OFFICE_OF_EN, _OFFICE_OF_DE))
    for pattern in patterns:
        for m, _ in zip(pattern.finditer(text), range(_MOST_OFFICES)):
            org = m["org"].rstrip(".")
            for possessive in ("'s", "’s"):
                org = org.split(possessive + " ")[0].removesuffix(possessive)
            words = org.split()
            named = next((i for i, w in enumerate(words) if w in person_words), len(words))
            if named < len(words):  # "Group President of Lianghao Li Hui": the name runs on into a person's
                words = words[:named]
                while words and words[-1] in ("and", "of", "for", "&"):
                    words.pop()
                if not words:
                    continue
                org = org[: org.index(words[-1], sum(len(w) + 1 for w in words[:-1])) + len(words[-1])]
            first = words[0]
            if _STATE_HEADS.intersection(m["org"].split()):
                continue  # "the Federative Republic of Brazil": a state's name
            heads_places = pattern is _OFFICE_OF_EN and " ".join(m["office"].lower().split()) in _OFFICES_OF_PLACES
            if (first.lower() in _NOT_A_FIRM or first in _CALENDAR_WORDS or _TITLE_WORD.fullmatch(first)
                    or (heads_places and _is_country_word(first))
                    or (len(words) == 1 and first in _nation_words_en())):
                continue  # (not "Chairman of the Board of the Uzbek company Odil Temirov": a nation's adjective)
            head = _head_of(words[-1])
            is_body = head is not None and head[1] == "actor"
            if heads_places and not (is_body or any(_ORG_SHAPE.match(w) for w in words)):
                continue  # "director of International Cooperation": a department; a body says what it is
            if pattern is _OFFICE_OF_DE and len(words) > 2:
                continue  # "dem Geschäftsführer von China Railway Lu Dongfu": the holder's name may follow
            if len(words) == 1 and (_is_country_word(first) or first.lower() in _NOT_NAME or (
                    pattern is _OFFICE_OF_DE and not _ORG_SHAPE.match(first))):
                continue
            start = m.start("org")
            kind = head[0] if head is not None and is_body else "company"
            yield FoundEntity(start, start + len(org), org, org, kind, "actor")


def _bodies_of_offices(names: list[FoundEntity], firms: list[FoundEntity]) -> list[FoundEntity]:
    """`names` with each firm an office heads (`_firms_of_offices`): a facility found there is a
    body ("Chairman of the China International Communication Center"), an actor; a firm no name
    overlaps is added; a name already found there stays as it is."""
    if not firms:
        return names
    out = list(names)
    for firm in firms:
        overlapping = [i for i, e in enumerate(out) if e.start < firm.end and firm.start < e.end]
        if not overlapping:
            out.append(firm)
            continue
        for i in overlapping:
            e = out[i]
            if e.category != "actor" and e.kind == "facility" and e.start == firm.start:
                out[i] = replace(e, kind="organization", category="actor")
    return out


def _speakers(text: str, anchors: _Anchors) -> Iterator[tuple[int, FoundEntity, bool]]:
    """(priority, person, single word before the verb): names right before or after a verb of
    speech ("Shavkat Mirziyoyev said", "stated Kassym-Jomart Tokayev.", "sagte Peskow.")."""
    ahead = (_SPEAKER_BEFORE.search(text, max(0, at - 80), at) for at in anchors.say)
    for pattern, found in ((_SPEAKER_BEFORE, ahead), (_SPEAKER_AFTER, _matches_at(_SPEAKER_AFTER, text, anchors.say))):
        for m in found:
            if m is None:
                continue
            if not _word_start(text, m.start("name")):
                continue
            start = m.start("name")
            title = _TITLE_WORD.match(text, start)
            if title and title.end() < m.end("name"):
                # "Premierminister Karim Massimow erklärte", "Vice-Minister Xiong said": the titled finder's
                start = title.end() + 1
            span = _clean_person(text, start, m.end("name"))
            if span is None:
                continue
            words = text[span[0] : span[1]].split()
            if len(words) >= 3 and not is_given_name(words[0]) and is_given_name(words[1]):
                before = _WORD_BEFORE.search(text, max(0, span[0] - 20), span[0])
                if before is not None and f"{before['word']} {words[0]}" in _two_word_countries():
                    # "the United States Donald Trump said": the first word ends a country's name
                    span = (text.index(words[1], span[0] + len(words[0])), span[1])
                    words = words[1:]
            if len(words) >= 3 and not is_given_name(words[0]) and \
                    _FIRM_NAMED_BEFORE.search(text, max(0, span[0] - 30), span[0]) is not None:
                given = next((i for i in range(1, len(words) - 1) if is_given_name(words[i])), None)
                if given is not None:
                    # "the investment company Vector X Maxim Khudalov noted": the firm's name, then its man
                    span = (span[0] + [w.start() for w in re.finditer(r"\S+", text[span[0] : span[1]])][given], span[1])
                    words = words[given:]
            if pattern is _SPEAKER_AFTER and len(words) == 1 and m.group().split(None, 1)[0].lower() in _OUTLET_VERBS:
                continue  # "berichtet Dasfazit", "reported Xinhua": an outlet reports, a person says
            if pattern is _SPEAKER_AFTER and m.group().split(None, 1)[0].lower() in _TO_WHOM_VERBS:
                continue  # "Temirov told Trend", "told Reuters": whom it was said to, never who said it
            if any(_head_of(w) for w in text[span[1] : m.end("name")].split()) or any(
                    _head_of(w) or w in _CALENDAR_WORDS or w.lower() in _NOT_BYLINE or w.lower() in _AUDIENCE
                    or _ORG_WORD.fullmatch(w)
                    or _is_country_word(w) or _TITLE_WORD.fullmatch(w) or w in _nation_words_en() for w in words):
                continue  # "… für digitale Technologien Usbekistans teilte mit": a body's name ends there;
                # "said Deputy Chairperson of …": a title, its holder named later; "said Kazakh Ministry
                # of …": a nation's adjective opens a body's name; "The World Food Programme said": the
                # name cut before its head is a body's
            if len(words) >= 2 and _descriptor_compound(words[0]):
                continue  # "dem kirgisischen Onlinemagazin Tazabek erklärte": what the outlet is, then its name
            if any(w in _TIME_NOUNS for w in words):
                continue  # "Vergangene Woche berichtete sie": a time, no one
            before = _WORD_BEFORE.search(text, max(0, span[0] - 20), span[0])
            if before and (before["word"] in _CONNECTORS or (pattern is _SPEAKER_BEFORE and before["word"] in _WHERE_ONE_WORKS)
                           or before["word"] in _INDEFINITE_ARTICLES):
                continue  # "Ministry of Industry and Information Technology said": the end of a longer name;
                # "an analyst at Stansberry Research told CNBC": where the speaker works, no speaker;
                # "einem Moskauer Radiosender sagte": a thing named by what it is, no one's name
            yield 4, _person(text, span, None, None), pattern is _SPEAKER_BEFORE and len(words) == 1


# Nouns of time a sentence may open with before a verb of speech: "Vergangene Woche berichtete sie"
_TIME_NOUNS = frozenset("Woche Wochen Wochenende".split())
# Articles before a thing named by what it is ("einem Moskauer Radiosender"), never before a name
_INDEFINITE_ARTICLES = frozenset("ein eine einem einen einer eines".split())


# A word for a firm right before a name: "the investment company Vector X …"
_FIRM_NAMED_BEFORE = _Regex(rf"\b(?:{'|'.join(sorted((d for d, k in _en.ORG_DESCRIPTORS.items() if k == 'company'), key=len, reverse=True))})"
                            r"[^\S\n]+\Z")
_WHERE_ONE_WORKS = frozenset({"at", "bei", "beim"})
_NEXT_WORD = _Regex(r"[^\S\n]+(?P<word>\w+)")
_OWNER_BEFORE = _Regex(rf"(?<![\w-])(?P<name>[{_UP}][\w&-]+)[^\S\n]+\Z")
# Titles in the plural: no one person's office ("Analysten der Finanzgruppe Aton Capital")
_PEOPLE_PLURALS = frozenset("Analysten Experten Ökonomen Spezialisten Fachleute Volkswirte analysts experts "
                            "economists specialists Analysts Experts Economists".split())
_ARTICLE_JUST_BEFORE = _Regex(r"\b(?:[Tt]he|[Aa]n?)[^\S\n]+\Z")


def _says_next(text: str, end: int) -> bool:
    """Whether a verb of speech is the word right after `end`."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m["word"] in _SAY_ANY_CASE


_OUTLET_VERBS = frozenset({"reported", "reports", "berichtet", "berichtete", "meldet", "meldete"})
_TO_WHOM_VERBS = frozenset({"told", "tells", "tell", "informed", "informs", "assured", "briefed"})
# Whom something is said to, right after the verb ("sagte Reportern, dass …", "told reporters"): no speaker
_AUDIENCE = frozenset("reportern journalisten journalistinnen medienvertretern pressevertretern zuhörern "
                      "teilnehmern lesern abgeordneten investoren analysten gästen delegierten reporters "
                      "journalists".split())
_SUBSIDIARY = "-Tochter"


def _described_organisations(text: str, language: str | None, anchors: _Anchors) -> Iterator[FoundEntity]:
    """Names the text calls a company or an outlet: "renewable company Masdar", "energy group
    ACWA Power", "Staatskonzern Gazprom", "Marktforschungsfirma Gartner", "Zeitung Wedomosti"."""
    if language != "de":
        yield from _named_before_descriptors(text, anchors)
    patterns = {"en": (_DESCRIBED_EN,), "de": (_DESCRIBED_DE,)}.get(language or "", (_DESCRIBED_EN, _DESCRIBED_DE))
    for pattern in patterns:
        for m in _matches_at(pattern, text, anchors.described):
            if m["desc"].lower() == "giant" and _ARTICLE_JUST_BEFORE.search(text, max(0, m.start("desc") - 6),
                                                                            m.start("desc")):
                continue  # "at the giant Kashagan oilfield": an adjective; "oil giant Rosneft" describes a firm
            if m["desc"] == "Holding" and _CAPITALISED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue  # "National Managing Holding „Baiterek“": the head of a name, no descriptor
            parent = m["desc"][: -len(_SUBSIDIARY)] if m["desc"].endswith(_SUBSIDIARY) else ""
            owner = _OWNER_BEFORE.search(text, max(0, m.start("desc") - 40), m.start("desc")) \
                if m["desc"].lower() in ("subsidiary", "unit") else None
            owned = owner is not None and not (owner["name"].lower() in _NOT_IN_NAME or _is_country_word(owner["name"])
                                               or owner["name"] in _nation_words_en())
            if owner is not None and owned:
                # "Transmashholding subsidiary Metrowagonmash", "Naspers unit Prosus": the company whose
                # subsidiary it is
                yield FoundEntity(owner.start("name"), owner.end("name"), owner["name"], owner["name"], "company", "actor")
            elif m["desc"].lower() == "unit":
                continue  # a unit names a firm only after the firm whose unit it is
            if parent and not (parent.lower() in _NOT_IN_NAME or _is_country_word(parent) or _nations_of(parent.lower())):
                # "der HHLA-Tochter Hamburg Port Consulting": HHLA is the company whose subsidiary it is
                yield FoundEntity(m.start("desc"), m.start("desc") + len(parent), parent, parent, "company", "actor")
            words = list(re.finditer(r"\S+", m["name"]))
            while words and (words[-1].group().lower() in _NOT_IN_NAME or words[-1].group() in _CALENDAR_WORDS
                             or words[-1].group() == "&") and not (
                    len(words) > 1 and _foreign_country_name(words[-1].group(), "de" if pattern is _DESCRIBED_DE else "en")):
                words.pop()
            if len(words) > 1 and _is_country_word(words[-1].group()) \
                    and _LIST_GOES_ON.match(text, m.start("name") + words[-1].end()):
                words.pop()  # "laut der Datenbank Trading Economics China, die Türkei, …": the list's first item
            if len(words) == 2 and _names_a_holder(words[0].group(), words[1].group()) \
                    and _HEAD_OF_BODY_BEFORE.search(text, max(0, m.start() - 60), m.start()):
                continue  # "Der Chairman der InterRail Gruppe Hans Reinhard": the group's head, no firm
            if len(words) >= 3 and _names_a_holder(words[-2].group(), words[-1].group()):
                del words[-2:]  # "Gründer des chinesischen Autokonzerns Geely Li Shufu": the founder's name
                if len(words) == 1 and len(words[0].group()) >= 10 and _GERMAN_NOUN_END.search(words[0].group()):
                    continue  # "Parlamentariergruppe Bundestagsabgeordnete Karin Strenz": an office, no body
            if not words or (words[0].group().lower() in _NOT_IN_NAME and not _country_opens_name(words, anchors)) \
                    or words[0].group().lower() in _NOT_BYLINE:
                continue
            if len(words) == 1 and _TITLE_WORD.fullmatch(words[0].group()):
                continue  # "The company CMD Shashi Shanker": the firm's officer's title, then the officer
            if any((_head_of(w.group()) or ("", ""))[1] == "actor" for w in words):
                continue  # "company Huawei Technologies Co" is the chain finder's; not "der
                # Investmentgesellschaft Troika Dialog" (an event's head word in a firm's name)
            if pattern is _DESCRIBED_DE and _OFFICE_OF_NAMED_BODY.search(text, max(0, m.start() - 60), m.start()):
                continue  # "den Präsidenten der Islamischen Entwicklungsbank Bandar Hajjar": an adjective
                # and the descriptor name the body, the words after it the office's holder
            if pattern is _DESCRIBED_DE and len(words) > 1 and _nations_of(words[0].group().lower()):
                continue  # "der Bundesverband Deutscher Banken": a nation's adjective opens the body's own name
            if len(words) == 1 and _PAIR_NAME.fullmatch(words[0].group()) and _german_compound(m["desc"]):
                continue  # "Parlamentariergruppe Deutschland-Zentralasien": the body's name is the whole
            if pattern is _DESCRIBED_DE and len(words) == 1 and (
                    _is_country_word(words[0].group(), "de") or words[0].group() in _CONTINENTS_GENITIVE
                    or is_german_noun(words[0].group(), anchors.lower)
                    or anchors.article_nouns.after_article(words[0].group())):
                continue  # "der Zentralbank Russlands": whose body it is (`_german_organisations`);
                # "deutsche Unternehmen Produktionsanlagen": a plural descriptor before a common noun
                # (not a name the text writes after "in": "der Aluminiumhersteller Speira … in Speira")
            start, end = m.start("name") + words[0].start(), m.start("name") + words[-1].end()
            if 2 <= len(words) <= 3 and words[0].group() in _given_names() and _says_next(text, end):
                continue  # "Chairman of the Board of the Uzbek company Odil Temirov told": its holder speaks
            if 2 <= len(words) <= 3 and words[0].group() in _given_names() and " von " in text[m.end("desc") : start]:
                continue  # "Der Konzern von Oligarch Oleg Deripaska": whose firm it is, a person
            if 2 <= len(words) <= 3 and words[0].group() in _given_names() and "," in text[m.end("desc") : start]:
                continue  # "the deputy head of the communications service agency, Ilhom Atoyev, revealed": the
                # holder of an office at the body the descriptor names
            if 2 <= len(words) <= 3 and words[0].group() in _given_names() and pattern is _DESCRIBED_EN and (
                    (named := _NAMED_BEFORE_DESCRIPTOR.search(text, max(0, m.start("desc") - 60), m.start("desc")))
                    is not None and not (_is_country_word(named["word"]) or named["word"] in _nation_words_en()
                                         or named["word"].lower() in _NOT_NAME
                                         or sentence_initial(text, named.start("word")))):
                continue  # "at Kazakh Invest national company Ainur Zhumanbayeva": the descriptor is the
                # name's before it; a person's name follows
            if m["desc"] == "Bank" and len(words) == 1 and not words[0].group().isupper() and m.start("name") == m.end("desc") + 1:
                start = m.start("desc")  # "von der Bank Uralsib", "Bank Eskhata": the bank's own name opens with it
            end = end_by_acronym(text, start, end)
            kind = _descriptor_kind(m["desc"]) or "company"  # "HHLA-Tochter": a company's own
            written = text[start:end]
            yield FoundEntity(start, end, written, " ".join(written.split()), kind, "actor")


_NAMED_BEFORE_DESCRIPTOR = _Regex(r"(?<![\w-])(?P<word>[A-Z][\w&.-]*)(?:[^\S\n]+[a-z][\w-]*){0,2}[^\S\n]+\Z")
# A continent's genitive after a descriptor says where, no firm's name: "der größte private
# Klinikbetreiber Europas"
_CONTINENTS_GENITIVE = frozenset({"Europas", "Asiens", "Afrikas", "Amerikas", "Zentralasiens", "Eurasiens"})


# The office of the name after a body's descriptor: "Der Chairman der InterRail Gruppe Hans Reinhard".
# a capitalised word of a name before a head, no German place's adjective ("Krasnodarer Holding X")
_CAPITALISED_BEFORE = _Regex(r"(?<![\w-])[A-ZÄÖÜ][\w-]*(?<!er)[^\S\n]+\Z")
_HEAD_OF_BODY_BEFORE = _Regex(r"\b(?:Chairman|Chef|Chefin|Leiter|Leiterin|Präsident|Präsidentin|Vorsitzende[rn]?|"
                              r"Geschäftsführer(?:in)?|CEO|Gründer(?:in)?|Direktor(?:in)?)[^\S\n]+(?:der|des)"
                              r"(?:[^\S\n]+[\w-]+){0,2}[^\S\n]+\Z")
# A list going on after a name: ", die Türkei", ", the UAE and …".
_LIST_GOES_ON = _Regex(r",[^\S\n]*(?:(?:die|der|den|dem|das|the)[^\S\n]+)?[A-ZÄÖÜ]")
# An office's "der"/"des" and a capitalised adjective right before a descriptor: "Präsidenten der
# Islamischen", "Leiter der Eurasischen".
_OFFICE_OF_NAMED_BODY = _Regex(rf"\b(?:Präsident|Vizepräsident|Chef|Leiter|Direktor|Vorsitzende|Gouverneur)\w*"
                               rf"{_SP}(?:der|des){_SP}[{_UP}][{_LO}]+(?:ischen|en){_SP}\Z")


_DESCRIPTORS_LONGEST_FIRST = sorted(_DESCRIPTOR_KIND.items(), key=lambda item: -len(item[0]))


def _descriptor_kind(desc: str) -> str | None:
    """The kind of actor a descriptor names, by its longest ending ("Staatskonzern" → company,
    "Nachrichtenagentur" → media), or None."""
    lowered = desc.lower()
    return next((kind for suffix, kind in _DESCRIPTORS_LONGEST_FIRST if lowered.endswith(suffix)), None)


def _descriptor_compound(word: str) -> bool:
    """Whether a capitalised word is a German compound ending in a descriptor ("Onlinemagazin",
    "Staatskonzern", "Nachrichtenportal"): what an actor is, never a name of a person."""
    lowered = word.lower()
    return word[:1].isupper() and any(lowered.endswith(suffix) and len(lowered) >= len(suffix) + 3
                                      for suffix, _ in _DESCRIPTORS_LONGEST_FIRST)


_APPOSITION_REACH = 120  # characters before a descriptor searched for the name it is apposed to
_WORD_AT = _Regex(r"[\w-]+")


def _apposed_organisations(text: str, language: str | None, anchors: _Anchors) -> Iterator[FoundEntity]:
    """Names a comma-set apposition calls a company, a body or an outlet: "Andritz, an Austrian
    engineering group,", "Gazprom, the Russian gas giant, said", "Andritz, der österreichische
    Anlagenbauer,". Not a word the text writes in lower case, a stop word, a country or a place."""
    apposed_only = positions(text, set(_APPOSED_ONLY_EN)) if language != "de" and "bank" in anchors.by_lower else ()
    for at in sorted((*anchors.described, *apposed_only)):
        word = _WORD_AT.match(text, at)
        if word is None:
            continue
        desc = word.group()
        german = desc[:1].isupper()  # German nouns are capitalised; English descriptors are not
        if (german and language == "en") or (not german and language == "de"):
            continue
        if not (_APPOSITION_END.match(text, word.end()) or word.end() == len(text)
                or not german and _APPOSITION_END_EN.match(text, word.end())):
            continue
        kind = _APPOSED_ONLY_EN.get(desc) if not german else None
        kind = kind or _descriptor_kind(desc)
        if kind is None or (not german and desc.lower() not in _DESCRIPTOR_KIND and desc not in _APPOSED_ONLY_EN):
            continue  # an English descriptor is a whole word ("group"), a German one a compound's end
        m = (_APPOSED_BEFORE_DE if german else _APPOSED_BEFORE_EN).search(text, max(0, at - _APPOSITION_REACH), at)
        if m is None:
            continue
        words = m["name"].split()
        start = m.start("name")
        starters = vocabulary("de" if german else "en").sentence_starters
        while len(words) > 1 and (words[0] in starters or german and is_german_noun(
                words[0], anchors.lower, anchors.article_nouns)):
            start = text.index(words[1], start + len(words[0]), m.end("name"))  # "Der Sponsor Amgen, ein …": the name after them
            words.pop(0)
        if words[-1].lower() in anchors.lower or any(w.lower() in _NOT_NAME or w.lower() in _NOT_IN_NAME
                                                     or w in _CALENDAR_WORDS or _is_country_word(w) for w in words):
            continue  # "Meanwhile, the group", "Kazakhstan, the region's largest producer" (a word the
            # text writes in lower case may open the name: "Nickel Industries, an Australian-based nickel company")
        if german and len(words) == 1 and is_german_noun(words[0], anchors.lower, anchors.article_nouns):
            continue
        written = text[start : m.end("name")]
        yield FoundEntity(start, m.end("name"), written, " ".join(words), kind, "actor")


def _country_opens_name(words: list[re.Match[str]], anchors: _Anchors) -> bool:
    """Whether a country opens a company's name after its descriptor: "der Bahngesellschaft
    Kasachstan Temir Sholy", "das Unternehmen China Mobile" — a country followed by words of the
    name, none of them a country, a word the text writes in lower case or a German noun."""
    return (len(words) > 1 and _is_country_word(words[0].group()) and not any(
        _is_country_word(w.group()) or w.group().lower() in anchors.lower or w.group().lower() in _NOT_IN_NAME
        or is_german_noun(w.group(), anchors.lower, anchors.article_nouns) for w in words[1:]))


def _named_before_descriptors(text: str, anchors: _Anchors) -> Iterator[FoundEntity]:
    """"the Lukoil company", "the Ustudy IT academy": a name the lower-case noun after it calls a
    company or an academy. Not a word the text writes in lower case, a stop word or a place the
    text names after "in" ("the Chinese company", "the New company", "the Tashkent IT academy"),
    not a head word ("the Investment Bank company")."""
    for at in anchored(text, anchors.by_lower, _NAMED_BEFORE_WORDS):
        noun = text[at : at + 12].split(None, 1)[0].rstrip(".,;:!?…)”\"")  # "the Perfectum company…"
        if noun not in _NAMED_BEFORE_KIND_EN:
            continue  # written capitalised: a word of a name, not a descriptor after one
        m = _NAMED_BEFORE_EN.search(text, max(0, at - 60), at)
        if m is None or _CAPITAL_AFTER.match(text, at + len(noun)):
            continue  # "the Russian company Gazprom": the noun describes the name after it
        words = m["name"].split()
        end = m.end("name")
        if len(words) > 1 and words[-1] in _FIELDS:
            words.pop()  # a name of two words at most: one is left, and it opens the match
            end = m.start("name") + len(words[0])
        if any(w.lower() in anchors.lower or w.lower() in _NOT_NAME or _head_of(w) or w in _CALENDAR_WORDS
               or w in anchors.article_nouns for w in words):
            continue  # "in Tashkent" elsewhere: "the Tashkent IT academy" is described by its place
        if noun in _PLANT_NOUNS and not all(len(w) > 1 and w.isupper() for w in words):
            continue  # "its Alabama plant" is where it is; "the CASPI BITUM plant" whose it is
        written = text[m.start("name") : end]
        yield FoundEntity(m.start("name"), end, written, " ".join(words), _NAMED_BEFORE_KIND_EN[noun], "actor")


_PLANT_NOUNS = frozenset({"plant", "factory"})
_NAMED_BEFORE_WORDS = frozenset(_NAMED_BEFORE_KIND_EN)
_FIELDS = frozenset({"IT", "AI", "ICT"})  # "the Ustudy IT academy": the field, not a word of the name


_PAIR_NAME = _Regex(rf"[{_UP}][{_LO}]{{3,}}-[{_UP}][{_LO}]{{3,}}")  # "Deutschland-Zentralasien", "Mexiko-China"

# "Asian development bank (ADB)", "gross domestic product (GDP)": an acronym in brackets and the
# words before it whose initials spell it. They name something only when the last word is a head.
_ACRONYM_IN_BRACKETS = _Regex(r"\((?P<acr>[A-Z][A-Za-z&]{1,9})\)")
_WORD_BACK = _Regex(r"(?P<word>[\w'’-]+)[^\S\n]*\Z")
_TANK_HEADS = frozenset({"Unit"})
_ACRONYM_FILLERS = frozenset("of for and on the in für und der des die das de la".split())


_HEAD_FIRST_JOINERS = frozenset({"der", "des", "für", "fuer", "zur", "zum", "von"})


# "Institute of Russian, Eastern European, and Central Asian Studies": a body's fields listed with
# commas before the one word of study that ends its name (the chain finder stops at a comma)
_FIELDS_LISTED = _Regex(
    rf"(?<![\w-])(?:(?:[{_UP}][{_LO}]+{_SP}){{0,3}}(?:Institute|Centre|Center|School|Department|Faculty|Academy)"
    rf"{_SP}(?:of|for){_SP})(?:[{_UP}][{_LO}-]+(?:{_SP}[{_UP}][{_LO}-]+)?,{_SP}){{1,4}}(?:and{_SP})?"
    rf"[{_UP}][{_LO}-]+(?:{_SP}[{_UP}][{_LO}-]+)?{_SP}(?:Studies|Affairs|Research|Sciences|Languages|Cultures)(?![\w-])"
)


def _past_fields_listed(text: str, end: int) -> int:
    """Where a role cut at the comma `end` ends when the comma stands inside a body's listed fields
    ("research fellow at the Institute of Russian, Eastern European, and Central Asian Studies")."""
    if not text.startswith(",", end):
        return end
    for m in _FIELDS_LISTED.finditer(text, max(0, end - 80), min(len(text), end + 200)):
        if m.start() < end < m.end():
            return m.end()
    return end


_FIELD_ENDS = ("Studies", "Affairs", "Research", "Sciences", "Languages", "Cultures")


def _fields_listed(text: str) -> Iterator[FoundEntity]:
    if "," not in text or not any(end in text for end in _FIELD_ENDS):
        return  # most texts name no such body: no scan
    for m in _FIELDS_LISTED.finditer(text):
        name = " ".join(m.group().split())
        yield FoundEntity(m.start(), m.end(), m.group(), name, "organization", "actor")


def _acronym_definitions(text: str) -> Iterator[FoundEntity]:
    for m in _ACRONYM_IN_BRACKETS.finditer(text):
        letters = [c for c in m["acr"].upper() if c.isalpha()]
        end = m.start()
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        at, start, words = end, end, 0
        while letters and words < len(m["acr"]) + 4:
            w = _WORD_BACK.search(text, max(0, at - 40), at)
            if w is None:
                break
            word = w["word"]
            words += 1
            at = w.start()
            initial = "X" if letters[-1] == "X" and word.lower().startswith("ex") else word[0].upper()  # "Exchange (EEX)"
            if word.lower() in _ACRONYM_FILLERS and initial != letters[-1]:
                continue
            if initial != letters[-1]:
                break
            letters.pop()
            start = w.start()
        if letters or start == end:
            continue
        last = text[start:end].split()[-1]
        head = _head_of(last[:1].upper() + last[1:])
        if head is None and last in _TANK_HEADS and text[start:end].split()[-2].lower() in _THINK_TANK_WORDS:
            head = ("organization", "actor")  # "Economist Intelligence Unit (EIU)"
        if head is None and text[start:end].split()[1].lower() in _HEAD_FIRST_JOINERS:
            # "Verband der deutschen Wirtschaft (VDW)", "Bundesamt für Sicherheit in der
            # Informationstechnik (BSI)": a German name opens with its head
            first = text[start:end].split()[0]
            head = _head_of(first) if first[:1].isupper() else None
        if head is None and last == "Exchange":
            head = ("organization", "actor")  # "The European Energy Exchange (EEX)": an exchange its acronym names
        if head is None or len(text[start:end].split()) < 2:
            continue  # "gross domestic product (GDP)" names no body
        written = text[start:end]
        if last in _CENTRES and written.split()[-2].lower() in _THINK_TANK_WORDS:
            head = ("organization", "actor")  # "Caspian Policy Center (CPC)"
        yield FoundEntity(start, end, written, " ".join(written.split()), head[0], head[1])


_WHOLE_WORD_ORGS = frozenset({"zentralbank", "nationalbank", "bundesbank", "notenbank", "entwicklungsbank",
                              "zollverwaltung", "generalstaatsanwaltschaft", "bundesanwaltschaft", "generalprokuratur"})
_ENDINGS_DE = tuple(sorted(_ORG_ENDINGS_DE.split("|"), key=len, reverse=True))
_NAME_AFTER = _Regex(rf"{_SP}[{_UP}][\w-]*[{_UP}][\w-]*|{_SP}[{_UP}][{_LO}]+(?=\s*[,.;:]|{_SP}[{_LO}])")


def _org_noun_ending(noun: str) -> str | None:
    """The organisation ending a German noun ends in, also in the genitive: "Statistikamtes" -> "amt"."""
    try:
        return _ORG_NOUN_ENDING[noun]
    except KeyError:
        pass
    lowered = noun.lower()
    if len(_ORG_NOUN_ENDING) >= _WORD_FACTS_LIMIT:
        _ORG_NOUN_ENDING.clear()
    ending = _ORG_NOUN_ENDING[noun] = next((e for e in _ENDINGS_DE if lowered.endswith((e, e + "s", e + "es"))), None)
    return ending


_ORG_NOUN_ENDING: dict[str, str | None] = {}


_LOCAL_BODY_DE = _Regex(rf"{_SP}der{_SP}(?:Stadt|Provinz|Region|Oblast|Gemeinde){_SP}[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?(?![\w-])")


def _german_organisations(text: str, anchors: _Anchors | None = None) -> Iterator[FoundEntity]:
    """German compounds that name an organisation by what it is, after an article: "das
    Statistikamt", "des kasachischen Landwirtschaftsministeriums" -> "Landwirtschaftsministerium",
    "der Allgemeinen Zollverwaltung" -> "Allgemeine Zollverwaltung". A text none of whose words
    opens with such a compound (`anchors.org_nouns`) is not scanned."""
    if anchors is not None and not anchors.org_nouns:
        return
    for m in _ORG_COMPOUND_DE.finditer(text):
        noun = m["noun"]
        ending = _org_noun_ending(noun)
        if ending is None:
            continue
        lowered = noun.lower()
        base = noun[: lowered.rindex(ending) + len(ending)]
        if _SUPERLATIVE.search(text, m.start(), m.start("noun")):
            continue  # "die größte deutsche Auslandshandelskammer", "Indiens mitgliederstärkster Wirtschaftsverband": described
        # "der aserbaidschanischen Investmentholding", "des belarussisch-kasachischen Geschäftsrats":
        # a nation's adjective right before the noun says whose body it is, and is written with it
        national = m["low"] if m["low"] and not m["adj"] and _nations_of(m["low"]) and \
            not text[m.end("low") : m.start("noun")].strip() else None
        # "der Zentralbank Russlands", "der Botschaft der Republik Kasachstan": whose body it is, in
        # the genitive, is part of its name.
        whose = _country_genitive().match(text, m.end("noun"))
        if ending in _de.NATIONAL_ORG_ENDINGS and (ending == "gesellschaft" or whose is None) and not (
                ending == "gesellschaft" and m["adj"]) and (
                national is None or (ending == "gesellschaft" and len(_nations_of(national)) < 2)):
            continue  # "die Botschaft", "die chinesische Fluggesellschaft": a message, a common noun
            # ("der Russischen Kupfergesellschaft": the capitalised adjective makes it a name)
        if len(base) < len(ending) + 3 and base.lower() not in _WHOLE_WORD_ORGS and not m["adj"] and not national \
                and not (whose and ending in _de.NATIONAL_ORG_ENDINGS):
            continue  # "das Amt", "die Kammer": a common noun; "das Auswärtige Amt" is a name
        # "das Metallurgiekombinat Tscheljabinsk", "das Hüttenwerk Taschkent": works named by their town
        town = _WORKS_TOWN.match(text, m.end("noun")) if ending in _WORKS_ENDINGS \
            and not lowered.rstrip("es").endswith(_NO_WORKS) else None
        if town is not None and (is_german_noun(town["town"], anchors.lower if anchors else frozenset(),
                                                anchors.article_nouns if anchors else frozenset())
                                 or _GERMAN_NOUN_END.search(town["town"])):
            town = None
        if ending in _WORKS_ENDINGS and not (m["adj"] or "").endswith("er") and town is None:
            continue  # "das Kraftwerk" is a plant; "das Minsker Traktorenwerk" a company
        described = lowered.endswith(tuple(_de.ORG_DESCRIPTORS)) and _CAPITAL_AFTER.match(text, m.end("noun"))
        if whose is None and town is None and (described or _NAME_AFTER.match(text, m.end("noun"))) \
                and not _TIME_AFTER.match(text, m.end("noun")):  # ("wie die Zentralbank Ende Mai mitteilte")
            continue  # "Nachrichtenagentur Xinhua": a descriptor before a name, not a name
        start = m.start("adj") if m["adj"] else m.start("low") if national else m.start("noun")
        end = whose.end() if whose else town.end() if town else m.end("noun")
        # "des Bundesamtes für Statistik": what the body is for is part of its name, and stays as
        # written (after "für" it is in the accusative whatever the case of the head).
        purpose = None if whose else _PURPOSE_DE.match(text, end)
        if purpose is not None:
            end = purpose.end()
        elif not whose and not m["adj"] and base.lower() in _de.KINDS_OF_FUND and (
                national is None or len(_nations_of(national)) < 2):
            continue  # "der russische Staatsfonds", "Chinas Investmentfonds": a kind of fund, every state
            # has some; "des Staatsfonds für …", "der Nationale Fonds" are named
        # "des Handelsamts der Stadt Tianjin", "der Regierung der Provinz Shanxi": a city's or a
        # province's body is named with it, as a country's is
        local = _LOCAL_BODY_DE.match(text, end) if not whose and not purpose else None
        if local is not None:
            end = local.end()
        elif purpose is None and not whose and not m["adj"] and base.lower() == ending \
                and ending not in _de.NATIONAL_ORG_ENDINGS and ending not in _WHOLE_WORD_ORGS:
            continue  # "das usbekische Ministerium", "die russische Kommission": a body described, not named
        # "die Deutsche Handelskammer in China": a chamber abroad is named with its country
        abroad = _country_after_in().match(text, end) if ending == "kammer" and not whose and not purpose else None
        if ending == "botschaft" and whose:  # "die Botschaft der Republik Kasachstan in Berlin": its formal
            abroad = _IN_PLACE_DE.match(text, end)  # name says where it is ("die usbekische Botschaft" describes)
        if abroad is not None:
            end = abroad.end()
        registered = _REGISTERED_DE.match(text, end)  # "… e. V.": a registered association's legal form
        if registered is not None:
            end = registered.end()
        strong = "er" if ending.endswith(_de.MASCULINE_ORG_ENDINGS) else (
            "es" if national and ending.endswith(_de.NEUTER_ORG_ENDINGS) else "e")
        # after an article a declined adjective ends in -e or -en; one in -er is a place's and
        # never declines ("des Minsker Motorenwerks" -> "Minsker Motorenwerk")
        written_adjective = m["adj"] or national
        adjective = ((written_adjective if written_adjective.endswith("er") and not national
                      else _BASE_ADJECTIVE.sub(strong, written_adjective)) + " " if written_adjective else "")
        name = adjective + base + (" " + town["town"] if town else "") + (" " + " ".join(whose.group().split()) if whose else "") + (
            " " + " ".join(purpose.group().split()) if purpose else "") + (
            " " + " ".join(local.group().split()) if local else "") + (
            " in " + abroad["country"] if abroad else "") + (" " + registered["form"] if registered else "")
        kind = "company" if ending in _COMPANY_ENDINGS_DE else "organization"
        yield FoundEntity(start, end, text[start:end], name, kind, "actor")


_WORKS_ENDINGS = frozenset({"werk", "kombinat"})
# "-werk" nouns that are no works: "das Logistiknetzwerk Cainiao", "das Kraftwerk Ekibastus" (a plant)
_NO_WORKS = ("netzwerk", "kraftwerk", "handwerk", "regelwerk", "rahmenwerk", "feuerwerk", "kunstwerk", "bauwerk",
             "bollwerk", "laufwerk", "uhrwerk", "mauerwerk", "fachwerk", "stellwerk", "bergwerk")
# (not before "im"/"in" and a place: "das Autowerk Derways im südrussischen Tscherkessk" is Derways')
_WORKS_TOWN = _Regex(rf"{_SP}(?P<town>[{_UP}][{_LO}]{{3,}})(?=[^\S\n]*[,.;:)]|{_SP}(?!im\b|in\b)[{_LO}]|\Z)")


_COMPANY_ENDINGS_DE = frozenset({"holding", "gesellschaft"})  # "Investmentholding", "Investmentgesellschaft"
# "für Statistik", "für Wirtschaft und Klimaschutz", "für digitale Entwicklung, Innovationen und
# Luftfahrtindustrie": nouns (each maybe after adjectives) joined by commas and "und".
_PURPOSE_NOUN_DE = rf"(?:{_NOT_ADJECTIVE_DE}[{_LO}]+e[nrs]?{_SP}){{0,2}}[{_UP}][{_LO}]+(?:-[{_UP}]?[{_LO}]+)*"
# One "und" closes the list: "des Fonds für Wiederaufbau und Entwicklung und Re Element Technologies"
# names two parties.
_PURPOSE_DE = _Regex(rf"{_SP}für{_SP}{_PURPOSE_NOUN_DE}(?:,{_SP}{_PURPOSE_NOUN_DE})*(?:{_SP}und{_SP}{_PURPOSE_NOUN_DE})?(?![\w-])")


@cache
def _country_after_in(language: str = "de") -> re.Pattern[str]:
    """"in <country>" after a chamber's name, the country one word of the generated ISO table."""
    names = sorted((re.escape(n) for n in _country_words(language)), key=len, reverse=True)
    return re.compile(rf"{_SP}in{_SP}(?P<country>{'|'.join(names)})(?![\w-])")


_SUPERLATIVE_WORD = rf"[{_LO}]{{2,}}[sß]te[nrsm]?"  # "größte", "grösste", "wichtigsten", "älteste"


_SUPERLATIVE = _Regex(rf"\b{_SUPERLATIVE_WORD}\b")
_IN_PLACE_DE = _Regex(rf"{_SP}in{_SP}(?P<country>[{_UP}][{_LO}]+)(?![\w-])")
_REGISTERED_DE = _Regex(rf"{_SP}(?P<form>e\.(?:{_SP})?V\.)")
# "zur Organisation der Montageproduktion": after "zur" "Organisation" names the doing, no body
_ACTIVITY_BEFORE = _Regex(r"\bzur\s+\Z")
# "the Association of Russian Investors in Kyrgyzstan": bodies of a nation's people abroad
_ABROAD_BODIES_EN = frozenset({"Association", "Chamber", "Council", "Society", "Federation"})
_FORM_THEN_JOINER = _Regex(r"\s(?P<form>AG|GmbH|SE|KG|KGaA|Ltd\.?|Inc\.?|Corp\.?|PLC|LLC|JSC|PJSC)\s+(?:für|for|und|and)\s")
_CHAMBER_ENDS_EN = ("Chamber of Commerce", "Chamber of Commerce and Industry", "Business Council", "Trade Mission")


# "KPMG AG Wirtschaftsprüfungsgesellschaft": the kind of firm a German legal form is, after it
_FIRM_KIND_DE = _Regex(rf"{_SP}[{_UP}][{_LO}]+gesellschaft(?![\w-])")
_FIRM_WORDS_DE = frozenset({"Firma", "Unternehmen", "Konzern", "Gesellschaft"})
_MEDIA_WORDS_DE = frozenset({"Zeitung", "Tageszeitung", "Wochenzeitung", "Wirtschaftszeitung", "Nachrichtenagentur"})
_FORM_ENDS_DE = (" AG", " GmbH", " SE", " KG", " mbH", " KGaA")


# A firm named with its partners: "Humo and Partners", "Bai Tushum & Partners", "Noerr und Partner"
_PARTNERS_AFTER = _Regex(rf"{_SP}(?:and|&|und){_SP}(?:Partners|Partner)(?![\w-])")


def _with_partners(text: str, entity: FoundEntity) -> FoundEntity:
    """A firm's name with "and Partners" after it (the chain and the descriptor stop at "and")."""
    if entity.kind not in ("company", "organization"):
        return entity
    m = _PARTNERS_AFTER.match(text, entity.end)
    return entity if m is None else replace(_respanned(text, entity, entity.start, m.end()), kind="company")


def _completed(text: str, entity: FoundEntity) -> FoundEntity:
    """`_completed_name`, with a registered association's legal form after it ("Ost-Ausschuss der
    Deutschen Wirtschaft e.V."), in its name as `_german_organisations` takes it; without a word
    of time closing it ("des Moskauer Landwirtschaftsministeriums Anfang Juni")."""
    timed = _TIME_WORD_CLOSING.search(entity.text)
    if timed is not None and timed.start() > 0 and _TIME_AFTER.match(text, entity.end):
        entity = _respanned(text, entity, entity.start, entity.start + timed.start())
    entity = _completed_name(text, entity)
    registered = _REGISTERED_DE.match(text, entity.end) if entity.kind == "organization" else None
    if registered is None:
        return entity
    return replace(entity, end=registered.end(), text=text[entity.start : registered.end()],
                   name=f"{entity.name} {registered['form']}")


# A time after a name: "Ende Mai", "Juni", "2024" (a word of time closing a name: "… Anfang" before "Juni")
_TIME_AFTER = _Regex(rf"[^\S\n]+(?:(?:Anfang|Mitte|Ende)[^\S\n]+)?(?:(?:19|20)\d\d\b|"
                     rf"{'|'.join(sorted(_CALENDAR_WORDS, key=len, reverse=True))})(?![\w-])")
_TIME_WORD_CLOSING = _Regex(r"[^\S\n]+(?:Anfang|Mitte|Ende)\Z")


def _completed_name(text: str, entity: FoundEntity) -> FoundEntity:
    """A chain's name as the name is written: without the German word before it that says what it
    is ("der usbekischen Firma PLANETA SERVIS GmbH", "der Zeitung Teheran Times"), with what the chain of capitalised words
    leaves off after it: an English chamber's or association's country ("the European Union
    Chamber of Commerce in China", "the Association of Russian Investors in Kyrgyzstan": the chain
    stops at "in"; a German body's abroad is `_in_country_de`'s) and a German firm's kind after
    its legal form ("KPMG AG Wirtschaftsprüfungsgesellschaft")."""
    first, _, rest = entity.text.partition(" ")
    between = _with_states_between(text, entity)
    if between is not entity:
        return between
    if entity.kind in ("company", "organization") and _head_of(entity.text.rsplit(None, 1)[-1]):
        quoted = _QUOTED_NAME_AFTER.match(text, entity.end)
        if quoted is not None:  # "National Managing Holding „Baiterek“": a head, then its name in quotes
            inner = quoted.group().strip()[1:-1]
            if any(_head_of(w) for w in inner.split()):
                # "der Investment-Bank „China International Capital Corp“": a name with its own head;
                # the word before says what it is
                start = quoted.start() + quoted.group().index(inner[0])
                return _respanned(text, entity, start, start + len(inner))
            return _respanned(text, entity, entity.start, quoted.end())
    if (entity.kind == "company" and first in _FIRM_WORDS_DE or entity.kind == "media" and first in _MEDIA_WORDS_DE) \
            and rest[:1].isupper():
        return _respanned(text, entity, entity.start + len(first) + 1, entity.end)  # "Zeitung Teheran Times"
    form = _FORM_THEN_JOINER.search(entity.text) if entity.kind == "company" else None
    if form is not None:
        # "der SIEMENS AG für Osteuropa und Zentralasien": a legal form ends the firm's name; what
        # follows is the region of an office
        return _respanned(text, entity, entity.start, entity.start + form.end("form"))
    if entity.kind == "organization" and (entity.name.endswith(_CHAMBER_ENDS_EN)
                                          or _ABROAD_BODIES_EN.intersection(entity.name.split()[:2])):
        m = _country_after_in("en").match(text, entity.end)
    elif entity.kind == "company" and entity.name.endswith(_FORM_ENDS_DE):
        m = _FIRM_KIND_DE.match(text, entity.end)
    else:  # a German body abroad with its country is `_in_country_de`'s
        return entity
    return entity if m is None else _respanned(text, entity, entity.start, m.end())


def _with_states_between(text: str, entity: FoundEntity) -> FoundEntity:
    """A body's name with the two states it is between, when they follow it: "der Gemeinsamen
    Kommission für wirtschaftliche Zusammenarbeit zwischen Iran und Russland", "the
    Intergovernmental Commission between Russia and China"; or with the one state it is of
    ("der Präsidialverwaltung von Belarus")."""
    if entity.kind != "organization":
        return entity
    m = _BETWEEN_STATES.match(text, entity.end)
    if m is None or not (_is_country_word(m["a"]) and _is_country_word(m["b"])):
        m = _OF_STATE_DE.match(text, entity.end)
        if m is None or not _is_country_word(m["a"], "de") or _BETWEEN_AFTER.match(text, m.end()):
            return entity
    return replace(entity, end=m.end(), text=text[entity.start : m.end()], name=f"{entity.name} {' '.join(m.group().split())}")


def _nominative_adjective_de(text: str, entity: FoundEntity) -> FoundEntity:
    """"Laut der Chinesischen Vereinigung der Automobilhersteller": a body of a feminine head named
    after "der" (its genitive or dative) with its adjective's "-en"; the name keeps the nominative
    "-e" ("Chinesische Vereinigung der Automobilhersteller"), as the body names itself."""
    first, space, rest = entity.name.partition(" ")
    if entity.kind != "organization" or not space or not _OBLIQUE_ADJECTIVE.fullmatch(first) \
            or not _FEMININE_HEAD_DE.fullmatch(rest.split(" ", 1)[0]) or not _DER_BEFORE.search(text, max(0, entity.start - 5), entity.start):
        return entity
    return replace(entity, name=f"{_BASE_ADJECTIVE.sub('e', first)} {rest}")


_OBLIQUE_ADJECTIVE = re.compile(r"(?!Vereinte|Vereinigte)[A-ZÄÖÜ][a-zäöüß]+en")
_FEMININE_HEAD_DE = re.compile(r"[\w-]*(?:ung|ion|ität|schaft|kammer|bank|akademie|agentur|behörde|stiftung|gruppe|"
                               r"organisation|kommission|union|allianz)", re.IGNORECASE)
_DER_BEFORE = re.compile(r"\bder[^\S\n]+\Z")


def _in_country_de(text: str, entity: FoundEntity) -> FoundEntity:
    """A German body of a kind kept abroad with the country it serves when "in <country>" follows:
    "der Agentur für Export- und Investitionsförderung in Aserbaidschan", "des Verbands der
    Deutschen Wirtschaft in Kasachstan", "des Deutschen Wirtschaftsklubs in Kasachstan"; the head
    last, or first with what the body is for or whose it is (a head alone names none;
    "Handelskammer Warschau" has its place)."""
    words = entity.name.lower().split()
    if entity.kind != "organization" or len(words) < 2 or not (
            _ABROAD_HEAD_DE.fullmatch(words[-1]) or _ABROAD_HEAD_DE.fullmatch(words[0]) and ("für" in words or "der" in words)):
        return entity  # "Handelskammer Warschau in Polen": the name has its place
    m = _country_after_in("de").match(text, entity.end)
    if m is None:
        return entity
    return replace(entity, end=m.end(), text=text[entity.start : m.end()], name=f"{entity.name} in {m['country']}")


# Heads of bodies kept abroad, also as a compound's last part, in any case: "Wirtschaftsklubs",
# "Handelsvertretung", "Generalkonsulat", "Agentur"
_ABROAD_HEAD_DE = re.compile(r"[\w-]*(?:agentur|klub|club|vertretung|repräsentanz|konsulat|kammer|verband|vereinigung|"
                             r"delegation|büro)(?:e?s)?")
_OF_STATE_DE = _Regex(rf"{_SP}von{_SP}(?P<a>[{_UP}][{_LO}]+)(?![\w-])")
_BETWEEN_AFTER = _Regex(rf"{_SP}(?:und|nach|bis){_SP}")  # "… von Belarus nach China": a route, no body's state


_BETWEEN_STATES = _Regex(rf"{_SP}(?:zwischen|between){_SP}(?:(?:der|dem|den|the){_SP})?(?P<a>[{_UP}][{_LO}]+)"
                         rf"{_SP}(?:und|and){_SP}(?:(?:der|dem|den|the){_SP})?(?P<b>[{_UP}][{_LO}]+)(?![\w-])")
_QUOTED_NAME_AFTER = _Regex(rf"[^\S\n]+[„“\"«»](?=[{_UP}])[^„“”\"«»\n]{{1,40}}[“”\"«»]")


def _respanned(text: str, entity: FoundEntity, start: int, end: int) -> FoundEntity:
    written = text[start:end]
    return replace(entity, start=start, end=end, text=written, name=" ".join(written.split()))


@cache
def _country_genitive() -> re.Pattern[str]:
    """A German country name of one word right after a word, in the genitive or not ("Russlands",
    "Kasachstans"; "Volksbank China"), or after its article ("des Iran", "der Mongolei", "der
    Republik Kasachstan"), from the generated ISO table."""
    names = sorted((re.escape(n) for n in _country_words("de")), key=len, reverse=True)
    return re.compile(rf"{_SP}(?:(?:des|der){_SP}(?:(?:Volks)?[Rr]epublik{_SP})?)?"
                      rf"(?P<country>(?:{'|'.join(names)})s?)(?![\w-])")


# Trades a firm's name lists with "and" ("Transport and Logistics Company", "Oil and Gas Corporation").
_TRADES = frozenset("""transport transportation logistics trade trading investment investments oil gas energy mining
    construction development finance financial insurance shipping engineering industry industrial research
    production technology technologies telecommunications communications power water agriculture food chemical
    chemicals metallurgy machinery manufacturing services consulting marketing""".split())


# Last words of the names of fields of work, capitalised in English as subjects ("Information
# Technology", "Artificial Intelligence"): never a place's.
_FIELD_WORDS = frozenset("""technology technologies telecommunication telecommunications intelligence
    commerce e-commerce engineering science sciences economics innovation innovations""".split())


@cache
def _currency_words() -> frozenset[str]:
    """Single words that name a currency in either language ("dollar", "euro", "yuan"): the unit
    lexicon's, lower case."""
    from .number_units import unit_lexicon

    return frozenset(word for word, reading in unit_lexicon(None).words.items()
                     if reading.kind == "currency" and " " not in word)


_CENTURY_BEFORE = _Regex(r"(?<![\w-])\d{1,2}(?:st|nd|rd|th)[^\S\n]\Z")


def _with_century_before(text: str, e: FoundEntity) -> FoundEntity:
    """`e` with the century's ordinal before it when its name opens with "Century": "21st Century
    Education Research Institute", "21st Century Maritime Silk Road"."""
    if not e.text.startswith("Century") or (m := _CENTURY_BEFORE.search(text, max(0, e.start - 6), e.start)) is None:
        return e
    written = text[m.start() : e.end]
    return replace(e, start=m.start(), text=written, name=" ".join(written.split()))


_GENERIC_FIRM_HEADS = frozenset({"Company", "Corporation", "Firm", "Enterprise", "Concern"})
_GENERIC_FIRM_WORDS = frozenset({"State", "National", "Federal", "Public", "Private", "Joint-Stock", "Foreign",
                                 "Local", "Domestic"})


# English investors' names end in "Capital" or "Partners" ("Hillhouse Capital", "Legend Capital",
# "Niko Partners"): up to three capitalised words (or a digit's, "5Y Capital") before it, none a
# sentence's opening word. English only: German news puts a describing compound before such a name
# ("des Fondshauses Asia Frontier Capital").
_INVESTMENT_FIRM_EN = _Regex(r"(?<![\w&.'’-])(?P<name>(?:[A-Z][\w&'’-]*|\d[\w]*)(?:[^\S\n]+[A-Z][\w&'’-]*){0,3}"
                             r"[^\S\n]+(?:Capital|Partners))(?![\w-])")


def _investment_firms_en(text: str) -> Iterator[FoundEntity]:
    """Investors named by `_INVESTMENT_FIRM_EN`, their name's opening word no sentence's starter
    ("The", "Its") and no kind of capital ("Venture Capital", `_generic_firm`)."""
    if "Capital" not in text and "Partners" not in text:
        return
    starters = vocabulary("en").sentence_starters
    for m in _INVESTMENT_FIRM_EN.finditer(text):
        words = list(re.finditer(r"\S+", m["name"]))
        owner = max((i for i, w in enumerate(words) if w.group().endswith(("'s", "’s"))), default=-1)
        words = words[owner + 1 :]  # "Apollo's Capital Partners": the owner's name opens no firm's
        while words and (words[0].group() in starters or words[0].group() in _STOP_WORDS_EN):
            words = words[1:]
        if len(words) < 2:
            continue
        start = m.start("name") + words[0].start()
        written = text[start : m.end("name")]
        name = " ".join(written.split())
        if not _generic_firm(name):
            yield FoundEntity(start, m.end("name"), written, name, "company", "actor")


_STOP_WORDS_EN = frozenset("The A An Its Their His Her Our This That These Those And Or Of".split())


def _generic_firm(name: str) -> bool:
    """Whether `name` says only what kind of firm one is: "Chinese Company", "State Corporation",
    "Russian State Company" (a nation's or a state's adjective, then a word for a firm), or a kind of
    capital ("Venture Capital", "Private Equity Partners" are no firm's names)."""
    words = name.split()
    if len(words) >= 2 and words[-1] in ("Capital", "Partners") and all(
            w.lower() in _KINDS_OF_CAPITAL for w in words[:-1]):
        return True
    return 2 <= len(words) <= 3 and words[-1] in _GENERIC_FIRM_HEADS and all(
        w in _GENERIC_FIRM_WORDS or w in _nation_words_en() for w in words[:-1])


_KINDS_OF_CAPITAL = frozenset("venture human private working social foreign registered share equity risk seed "
                              "growth start-up startup".split())


def _is_currency_word(word: str) -> bool:
    """Whether `word` alone names a currency ("Rs", "Rs.", "USD", "tenge") in the unit lexicon."""
    from .number_units import unit_lexicon

    reading = unit_lexicon(None).lookup(word)
    return reading is not None and reading.kind == "currency"


def _country_words(language: str | None = None) -> frozenset[str]:
    """Country names of one word of the generated ISO table (`entity_evidence.country_words`)."""
    return country_words(language)


def _foreign_country_name(word: str, language: str) -> bool:
    """Whether `word` is a country's name in the other language only: in a German text "Tajikistan"
    ("das Unternehmen Starlink Tajikistan") is written as part of a name, not as the country."""
    other = "en" if language == "de" else "de"
    return word in _country_words(other) and word not in _country_words(language)


def _is_country_word(word: str, language: str | None = None) -> bool:
    """Whether `word` is a country's one-word name (in `language`, or any), maybe in the genitive
    ("Russlands")."""
    names = _country_words(language)
    return word in names or (word.endswith("s") and word[:-1] in names)


_BASE_ADJECTIVE = _Regex(r"e[nrsm]?$")


@cache
def _two_word_countries() -> frozenset[str]:
    """Countries' names of two words in either language ("United States", "Saudi Arabia")."""
    return frozenset(n for row in _country_rows() for n in (*row["names_en"], *row["names_de"]) if n.count(" ") == 1)


@cache
def _nation_stems() -> frozenset[str]:
    """German adjective stems of nations ("kasachisch", "deutsch"), from the generated ISO table."""
    return frozenset(stem for row in _country_rows() for stem in row["adjective_stems_de"])


@cache
def _nation_adjectives_en() -> frozenset[str]:
    """English adjectives of nations ("Chinese", "Pakistani"), from the generated ISO table."""
    return frozenset(word for row in _country_rows() for word in row["adjectives_en"])


@cache
def _nation_words_en() -> frozenset[str]:
    """English names and adjectives of nations of one or two words ("Pakistan", "Pakistani",
    "Chinese", "South Korean"), from the generated ISO table."""
    return frozenset(word for row in _country_rows() for word in (*row["names_en"], *row["adjectives_en"])
                     if len(word.split()) <= 2)


# "the Pakistani Embassy in Beijing", "the Chinese embassy", "the Consulate General of India in
# Frankfurt": a nation's mission abroad, named by the nation (before, or after "of") and maybe
# where it is. A nation's word and the head alone name it, even in lower case ("the Pakistan
# embassy"); the place after "in"/"to" is part of its name.
_MISSION_HEAD_EN = r"(?:Embassy|embassy|Consulate(?:[- ]General)?|consulate(?:[- ]general)?|High[- ]Commission)"
_MISSION_WHERE_EN = rf"(?P<where>{_SP}(?:in|to){_SP}[{_UP}][{_LO}]+(?:{_SP}[{_UP}][{_LO}]+)?)?"
_MISSION_BEFORE_EN = _Regex(
    rf"(?<![\w-])(?P<nation>[{_UP}][{_LO}]+(?:{_SP}[{_UP}][{_LO}]+)?){_SP}(?P<head>{_MISSION_HEAD_EN})(?![\w-])"
    + _MISSION_WHERE_EN)
_MISSION_OF_EN = _Regex(
    rf"(?<![\w-])(?P<head>Embassy|Consulate(?:[- ]General)?|High[- ]Commission){_SP}of{_SP}(?:the{_SP})?"
    rf"(?P<nation>(?:[{_UP}][{_LO}'’]+{_SP}(?:of{_SP})?){{0,3}}[{_UP}][{_LO}]+)(?![\w-])" + _MISSION_WHERE_EN)


# "Mitarbeiter der Botschaft von Belarus in China", "die Botschaft der Republik Kasachstan in
# Berlin", "das Generalkonsulat der Volksrepublik China in Frankfurt am Main": a nation's mission in
# German, named by the nation after it, with where it is ("die usbekische Botschaft" is the German
# organisations finder's, folded to its base form).
_MISSION_HEAD_DE = r"(?:Botschaft|Generalkonsulat|Konsulat|Handelsvertretung)(?:es|s)?"
_MISSION_WHERE_DE = rf"(?P<where>{_SP}in{_SP}[{_UP}][{_LO}]+(?:{_SP}am{_SP}Main|{_SP}[{_UP}][{_LO}]+)?)?"
_MISSION_OF_DE = _Regex(
    rf"(?<![\w-])(?P<head>{_MISSION_HEAD_DE}){_SP}(?:von|der|des){_SP}"
    rf"(?P<state>(?:(?:Republik|Volksrepublik|Islamischen{_SP}Republik|Russischen{_SP}Föderation){_SP})?"
    rf"(?P<nation>[{_UP}][{_LO}]+))(?![\w-])" + _MISSION_WHERE_DE)


def _missions_de(text: str) -> Iterator[FoundEntity]:
    """Embassies and consulates of nations in German named by the nation after the head (`_MISSION_OF_DE`)."""
    if "otschaft" not in text and "onsulat" not in text and "vertretung" not in text:
        return
    for m in _MISSION_OF_DE.finditer(text):
        if m["state"] != m["nation"] or _is_country_word(m["nation"], "de"):
            end = m.end("where") if m["where"] else m.end()
            yield FoundEntity(m.start(), end, text[m.start() : end], " ".join(text[m.start() : end].split()),
                              "organization", "actor")


def _missions_en(text: str) -> Iterator[FoundEntity]:
    """Embassies and consulates of nations (`_MISSION_BEFORE_EN`, `_MISSION_OF_EN`) in English."""
    if "mbassy" not in text and "onsulate" not in text and "Commission" not in text:
        return
    nations = _nation_words_en()
    for pattern in (_MISSION_BEFORE_EN, _MISSION_OF_EN):
        for m in pattern.finditer(text):
            start, words = m.start(), m["nation"].split()
            if pattern is _MISSION_BEFORE_EN:
                nation = m["nation"] if m["nation"] in nations else words[-1]  # "Islamabad Chinese Embassy"
                if nation not in nations:
                    continue
                start = m.end("nation") - len(nation)
            elif not any(" ".join(words[i:]) in nations for i in range(len(words))):
                continue  # "the Embassy of the People's Republic of China": its last words name the nation
            end = m.end("where") if m["where"] else m.end()
            written = text[start:end]
            yield FoundEntity(start, end, written, " ".join(written.split()), "organization", "actor")


def _nations_of(adjective: str) -> tuple[str, ...]:
    """The nations a lower-case German adjective names, each hyphenated part one of them
    ("kasachisch-aserbaidschanischen" -> two); () when a part is none ("technische")."""
    parts = _BASE_ADJECTIVE.sub("", adjective).split("-")
    stems = _nation_stems()
    return tuple(parts) if all(p in stems for p in parts) else ()
_CAPITAL_AFTER = _Regex(rf"{_SP}[\"„“»]?[{_UP}]")  # "Vermögensfonds „Samruk Kasyna“" too


_OFFICE_AT_EN = _Regex(rf",{_SP}(?:[\w-]+{_SP}){{0,4}}?(?i:(?:{_ROLE_HEADS_EN}))(?:{_SP}of{_SP}[\w-]+(?:{_SP}[\w-]+)?)?\s+at\s+\Z")  # in apposition to a name


# English abstract nouns no place's name ends in (unlike "-ance" of "France", "-ing" of "Beijing")
_ABSTRACT_END_EN = _Regex(r"(?:tions?|ments?|ics|ology|ologies)$")


def _places(text: str, language: str | None) -> Iterator[FoundEntity]:
    patterns = {"en": (_PLACE_EN,), "de": (_PLACE_DE,)}.get(language or "", (_PLACE_EN, _PLACE_DE))
    for pattern in (*patterns, _CAPITAL_PLACE):
        for m in pattern.finditer(text):
            written = m.group("name")
            words = written.split()
            if any(w.lower() in _NOT_NAME or w.lower() in _PLACE_STOP or _head_of(w) for w in words):
                continue
            if pattern is _PLACE_DE and _GERMAN_NOUN_END.search(written):
                continue
            if pattern is _PLACE_EN and any(_ABSTRACT_END_EN.search(w) for w in words):
                continue  # "in Information and Communications Technology": a field, no place
            if len(words) == 1 and words[0].lower() in _currency_words():
                continue  # "In Dollar ausgedrückt", "in Euro": a currency, no place
            if words[-1].lower() in _FIELD_WORDS:
                continue  # "matters relating to Information Technology": a field, no place
            start = m.start("name")
            # "Uwe Knotzer, Director General at Knauf International": where an office is held, a body
            kind = "organization" if _OFFICE_AT_EN.search(text, max(0, start - 40), start) else "place"
            if len(words) > 1 and _FIRM_LAST.fullmatch(words[-1]):
                kind = "company"  # "sold the plant to Yara International": a firm's last word, no place's
            yield FoundEntity(start, m.end("name"), written, " ".join(words), kind, "actor")


# "• Kanat Akischew, Mercur Auto": a list item of a person and the company the person speaks for
_BULLET_OPEN = _Regex(r"[^\S\n]*[•·▪][^\S\n]*\Z")
_AFFILIATION_CLOSING_ITEM = _Regex(
    rf",[^\S\n]*(?P<org>[{_UP}][\w&.'’-]*(?:[^\S\n]+(?:[{_UP}0-9][\w&.'’-]*|&)){{0,4}})[^\S\n]*,?[^\S\n]*(?:\n|\Z)")
_BULLET_LINE = _Regex(r"[^\S\n]*[•·▪]")
_BRAND_SHAPE = _Regex(r"[A-Z0-9&]{2,}|\w+[a-z][A-Z]\w*")


def _bulleted_affiliations(text: str, found: list[FoundEntity]) -> Iterator[FoundEntity]:
    """The companies of a bulleted list of people with their firms ("• Andrej Rommel, Liebherr
    Kazakhstan"): a found person opening an item, a comma, and up to five capitalised words closing
    the line; the list has another bulleted line next to it. A country or place word alone is no
    company ("• Li Wei, China")."""
    if "•" not in text and "·" not in text and "▪" not in text:
        return
    for person in found:
        if person.kind != "person":
            continue
        line = text.rfind("\n", 0, person.start) + 1
        if not _BULLET_OPEN.search(text, line, person.start):
            continue
        m = _AFFILIATION_CLOSING_ITEM.match(text, person.end)
        if m is None or not _bullet_next_to(text, line, m.end()):
            continue
        org = m["org"].rstrip(".,")
        words = org.split()
        if all(_is_country_word(w) or w in _PLACE_WORDS or w in _REGION_WORDS for w in words) \
                or (words[-1].lower() in _NOT_NAME and not _is_country_word(words[-1])) or (len(words) == 1 and not _BRAND_SHAPE.fullmatch(org)):
            continue  # one plain word may be a town ("• Anna Schmidt, Berlin"); "SAP", "ThyssenKrupp" are firms
        start = m.start("org")
        yield FoundEntity(start, start + len(org), org, " ".join(words), "company", "actor")


# A role that closes on "at" and a name: "chief emerging Asia economist at Pantheon Macroeconomics"
# (the firm the holder works at; a head word would have named it already).
_AT_FIRM = _Regex(rf"\bat[^\S\n]+(?:the[^\S\n]+)?(?P<org>[{_UP}][\w&.'’-]*(?:[^\S\n]+(?:&[^\S\n]+)?[{_UP}][\w&.'’-]*){{0,3}})\Z")


def _firms_after_at(text: str, people: list[FoundEntity], others: list[FoundEntity]) -> Iterator[FoundEntity]:
    """The firms English roles close on after "at" (`_AT_FIRM`), found where the role is written
    right after its holder; not a place, a country or a calendar word, nor a name another finder
    took (`others`). One look per person."""
    for person in people:
        assert person.role is not None
        m = _AT_FIRM.search(person.role)
        if m is None:
            continue
        org = m["org"]
        words = org.split()
        if all(_is_country_word(w) or w in _PLACE_WORDS or w in _REGION_WORDS or w in _CALENDAR_WORDS for w in words):
            continue
        at = text.find(person.role, person.end, person.end + 12 + len(person.role))
        if at < 0:
            continue
        start = at + m.start("org")
        if any(o.start < start + len(org) and start < o.end for o in others):
            continue
        yield FoundEntity(start, start + len(org), org, " ".join(words), "organization", "actor")


def _bullet_next_to(text: str, line: int, end: int) -> bool:
    """Whether the line before `line`, or the line after the one ending at `end`, opens with a bullet."""
    starts = [text.rfind("\n", 0, line - 1) + 1] if line > 0 else []
    if end < len(text) or text.endswith("\n"):
        starts.append(end if text[end - 1] == "\n" else text.find("\n", end) + 1)
    return any(0 <= at < len(text) and _BULLET_LINE.match(text, at) is not None for at in starts)


_CAPITALS_LINE_WORDS = 3  # words of a line in capitals alone: a subheading ("AI CLUB MEMBERSHIP CLOSED")


def _in_capitals_line(text: str, entity: FoundEntity) -> bool:
    """Whether a chain's name of capitals alone lies in a line written in capitals (a subheading,
    "AI CLUB MEMBERSHIP CLOSED"), where every word is capitalised and no head word names a body."""
    if " " not in entity.text or not entity.text.isupper():
        return False
    start = text.rfind("\n", 0, entity.start) + 1
    end = text.find("\n", entity.end)
    line = text[start : end if end >= 0 else len(text)]
    return line.isupper() and len(line.split()) >= _CAPITALS_LINE_WORDS


def find_entities(text: str, language: str | None = None) -> list[FoundEntity]:
    """People, organisations, places and initiatives named in `text`, sorted by offset.

    `language` ("en", "de" or None for both) picks the role patterns. Entities of different kinds
    may overlap ("Shanghai Cooperation Organization" inside "Shanghai Cooperation Organization
    (SCO) Summit 2025"); of the same kind, the longer wins. Never raises on text.
    """
    if not isinstance(text, str) or not text:
        return []
    language = language if language in ("en", "de") else None
    anchors = _anchors(text, language)
    people: dict[tuple[int, int], tuple[int, FoundEntity]] = {}
    found_people = list(_people(text, language, anchors))
    # "der Generaldirektor des Entwicklungsfonds Abu Dhabi, Muhammad Saif Al Suwaidi,": a name whose
    # office names the words right before its comma makes those words the body's, no holder's
    apposed = {(p.start, p.end) for _, holder in found_people if holder.role
               for _, p in found_people if p.end < holder.start <= p.end + 3 and text[p.end:holder.start].strip() == ","
               and holder.role.endswith(p.text)}
    for priority, person in found_people:
        if person.role and _OBJECT_BEFORE.search(person.role) or (person.start, person.end) in apposed:
            continue
        key = (person.start, person.end)
        if _title_of_the_name_before(text, person, anchors):
            # "Michael Kellner, Parlamentarischer Staatssekretär beim …, Michael Harms, Geschäftsführer
            # des …": the title before a name is the office of the name before it
            priority, person = priority + _STOLEN, replace(person, role=None, affiliation=None)
        if key not in people or priority < people[key][0]:
            people[key] = (priority, person)
    speakers = list(_speakers(text, anchors))
    full_words = {w for _, p in people.values() for w in p.name.split()} | {
        w for _, p, single in speakers if not single for w in p.name.split()}
    for priority, person, single in speakers:
        key = (person.start, person.end)
        if single and person.name not in full_words and not _closes_quote(text, person.start, person.name):
            continue  # "Destatis reported": one word before a verb names a person only as a short form
        if key not in people:
            people[key] = (priority, person)
    named = bytearray(len(text))  # the characters a person found so far is named over: one look per name
    for a, b in people:
        named[a:b] = b"\x01" * (b - a)
    # a given name the list lacks, learnt from a holder the article names with an office ("der
    # Minister …, Laziz Kudratow"), names the holder elsewhere ("traf sich Laziz Kudratov mit …")
    learnt = frozenset(p.name.split()[0] for _, p in people.values()
                       if p.role is not None and 2 <= len(p.name.split()) <= 3 and _NAME_PART.fullmatch(p.name.split()[0]))
    # "Putin", "Tokajews Besuch": a well-known family name alone (a full name found in the article
    # takes it as its short form, `discover` joins them); a well-known full name before the given-name
    # finder reads it ("Elon Musks Unternehmen": Elon Musk, the genitive's "s" aside)
    for person in _well_known_people(text, anchors, language):
        if named.find(1, person.start, person.end) < 0:
            people[(person.start, person.end)] = (_GIVEN, person)
            named[person.start : person.end] = b"\x01" * (person.end - person.start)
    for priority, person in (*((_COORDINATED, p) for p in _coordinated_names(text, anchors)),
                             *((_GIVEN, p) for p in _people_led_by(text, anchors)),
                             *((_GIVEN, p) for p in _people_appointed_as(text, anchors)),
                             *((_GIVEN, p) for p in (*_people_by_given_names(text, anchors, language, learnt),
                                                     *_people_after_honorifics(text), *_pinyin_caps_people(text)))):
        if named.find(1, person.start, person.end) < 0:
            people[(person.start, person.end)] = (priority, person)
            named[person.start : person.end] = b"\x01" * (person.end - person.start)
    # "mit Farkhod Ibragimov sprechen … Herr Ibragimov, Sie sind …": a family name the article gives a
    # person alone ("Herr Ibragimov") names that person in full after a name-shaped word elsewhere
    for person in _full_names_of_family_names(text, [p for _, p in people.values()], anchors):
        if named.find(1, person.start, person.end) < 0:
            people[(person.start, person.end)] = (_GIVEN, person)
            named[person.start : person.end] = b"\x01" * (person.end - person.start)
    # "Bakhtiyor Saidov, Amir Khan Muttaqi und Ishaq Dar": the other names of a list that holds a person
    for person in _listed_beside_people(text, [p for _, p in people.values()], anchors):
        if named.find(1, person.start, person.end) < 0:
            people[(person.start, person.end)] = (_GIVEN, person)
            named[person.start : person.end] = b"\x01" * (person.end - person.start)
    # what the text calls a company, by a descriptor or by its "Co., Ltd." form, is surer than a chain's guess
    described = [_with_partners(text, _to_closing_quote(text, e)) for e in map(_without_modifier, (
        *_described_organisations(text, language, anchors), *_apposed_organisations(text, language, anchors),
        *_co_ltd_companies(text))) if e is not None]
    # "The energy group Vostok Power said": a name the text calls a company is no speaker
    called = bytearray(len(text))
    for d in described:
        called[d.start : d.end] = b"\x01" * (d.end - d.start)
    found = _without_overlaps([p for priority, p in sorted(people.values(), key=lambda item: item[0])
                               # (a name after a plural of people that the text calls a company is the
                               # company: "Analysten der Finanzgruppe Aton Capital")
                               if (called.find(0, p.start, p.end) >= 0 or priority == _COORDINATED
                                   or (p.role is not None and p.role.split(None, 1)[0] not in _PEOPLE_PLURALS))
                               # (one word after a plural of people is no one's name: "nährt unter
                               # Analysten Zweifel an …")
                               and not (p.role in _PEOPLE_PLURALS and " " not in p.name)
                               and _OFFICE_LAST.fullmatch(p.name.rsplit(None, 1)[-1]) is None
                               # ("Eigenen Angaben zufolge": an adjective and a common noun, no name)
                               and not _adjective_and_common_noun(p.name)
                               # ("des größten Landmaschinenhändlers Promozona": a firm's descriptor)
                               and not (" " in p.name and _FIRM_DESCRIPTOR_DE.fullmatch(p.name.split(None, 1)[0]))
                               and (p.role is not None or _FIRM_LAST.fullmatch(p.name.rsplit(None, 1)[-1]) is None)
                               # ("des US-Finanzinvestors Bain Capital": an investor named by a firm's word)
                               and not (p.role is not None and p.role.lower().rstrip("s").endswith(("investor", "investoren"))
                                        and _FIRM_LAST.fullmatch(p.name.rsplit(None, 1)[-1]) is not None)
                               # ("Der US-Finanzinvestor Blackstone": a word for a firm, then one word)
                               and not (" " not in p.name and p.role is not None
                                        and (_FIRM_DESCRIPTOR_DE.fullmatch(p.role.split()[-1])
                                             or p.role.split()[-1].lower() in _de.ORG_DESCRIPTORS))])
    second = list(_second_holders(text, found))
    if second:
        found = _without_overlaps([*found, *second])
    # Of two names over the same words the first listed wins: the German finder folds inflection
    # ("des Auswärtigen Amtes" -> "Auswärtige Amt"), the chain finder does not.
    others = list(_quoted_entities(text)) + list(_acronym_definitions(text)) + list(_fields_listed(text))
    # "Deepak Fertilisers is planning …": a given name before a word of firms' names names a firm
    others.extend(FoundEntity(p.start, p.end, p.text, p.name, "company", "actor") for _, p in people.values()
                  if p.role is None and len(p.name.split()) == 2 and p.name.split()[0] in _given_names()
                  and _FIRM_LAST.fullmatch(p.name.split()[1]) and called.find(1, p.start, p.end) < 0)
    if language != "en":
        others.extend(_with_states_between(text, e) for e in _german_organisations(text, anchors))
    chained = [_with_partners(text, _completed(text, e)) for e in _chain_entities(text)
               if not (e.text.startswith("Organisation ") and _ACTIVITY_BEFORE.search(text, max(0, e.start - 5), e.start))
               and not _in_capitals_line(text, e)]
    for e in chained:
        owner = _OWNER_OPENS.match(e.text) if e.kind in _SPLIT_KINDS else None
        if owner is not None and is_given_name(owner["given"]):
            # "Rajeev Chandrasekhar's Hindustan Transportation Infrastructure Ltd": the owner, then the firm
            cut = owner.end()
            others.append(replace(e, start=e.start + cut, text=e.text[cut:], name=" ".join(e.text[cut:].split())))
            owner_span = (e.start, e.start + owner.end("family"))
            if named.find(1, *owner_span) < 0:
                found = _without_overlaps([*found, _person(text, owner_span, None, None)])
        else:
            others.append(e)
    if language != "de":
        found = _employers_after_roles(text, found, others)
        found = _employers_before_roles(text, found, others, anchors)
    if language != "de":
        others.extend(_missions_en(text))
    if language != "en":
        others.extend(_missions_de(text))
    brands = [_through_acronym(text, b) for b in _brand_names(text, anchors)]
    others.extend(brands)
    if language != "de":
        others.extend(_firms_after_at(text, [p for p in found if p.kind == "person" and p.role], others))
    others.extend(_companies_after_legal_forms(text, anchors))
    if language != "en":
        others.extend(_hyphened_groups(text, anchors))
    if language != "de":
        others.extend(_one_word_banks(text, anchors))
        others.extend(_investment_firms_en(text))
    if language != "en":
        others.extend(_fuer_entities(text))
        others.extend(_associations_of(text))
        others.extend(_german_business_bodies(text))
    others.extend(_bulleted_affiliations(text, found))
    if language != "en":
        others = [_in_country_de(text, _nominative_adjective_de(text, e)) for e in others]
    person_words_so_far = {w for p in found if p.kind == "person" for w in p.name.split()}
    others = _bodies_of_offices(others, list(_firms_of_offices(text, language, anchors, person_words_so_far)))
    others = [part for e in others for part in _apart_after_legal_form(_after_a_listed_name(text, e, anchors))
              if not _GENERIC_GENITIVE.fullmatch(part.text) and not _DESCRIPTOR_AND_FORM.fullmatch(part.text)
              and not _ranked_among_a_countrys(text, part)
              and not (part.kind == "organization" and _PROGRAMME_AFTER.match(text, part.end))]
    others = [e for e in map(_without_modifier, others) if e is not None]
    # What the text calls a company ("Ratingagentur Standard & Poor’s") is surer than a chain's guess;
    # otherwise the longer name wins.
    others.sort(key=lambda e: (-(e.end - e.start), e.start))
    # a name that runs on into a person's ends where the person begins, before names compete:
    # "des kirgisischen Außenministeriums Jeenbek Kulubaev" leaves the ministry to the German finder
    others = [e for e in _cut_before_people([*found, *described, *others]) if e.kind != "person"]
    items = {(item.start, item.end) for item in listed_organisations(text, anchors.by_lower, anchors.lower)}
    if items:  # "companies such as Hetero Labs and Bharath Biotech": items of a list of firms, no people
        found = [e for e in found if not (e.kind == "person" and e.role is None and (e.start, e.end) in items)]
    spans_by_kind: dict[str, _Spans] = {}
    covered = bytearray(len(text))  # characters inside a kept name: no place may overlap them
    for person in found:
        covered[person.start : person.end] = b"\x01" * (person.end - person.start)
    for entity in others:
        group = "organization" if entity.kind in _ORGANISATION_KINDS[:3] else entity.kind
        if spans_by_kind.setdefault(group, _Spans()).add(entity.start, entity.end):
            found.append(entity)
            covered[entity.start : entity.end] = b"\x01" * (entity.end - entity.start)
    # "at the InMerge Innovation Summit", "the AlmatyFair.ai exhibition", "the BeiDou Navigation
    # Satellite System": a brand written only as the first word of an event's or a system's name, or
    # before a word for an event, is the event's (the system's); no company
    opening = {e.start: e.end for e in found if e.category == "initiative"}
    event_brands = {(b.start, b.end) for b in brands if text.count(b.text) == 1 and (
        opening.get(b.start, b.end) > b.end or _EVENT_NOUN_AFTER.match(text, b.end))}
    found = _brands_not_people([e for e in found if (e.start, e.end) not in event_brands or e.category == "initiative"])
    found = [e for e in found if not _a_product_named(text, e)]
    own_apostrophes: set[tuple[int, int]] = set()  # brands whose "’s" is their name's
    if language is not None and ("’s" in text or "'s" in text):
        found, own_apostrophes = _apostrophe_brands(text, found, language)
        for a, b in own_apostrophes:
            covered[a:b] = b"\x01" * (b - a)
    person_words = {w for p in found if p.kind == "person" for w in p.name.split()}
    evidence = [*acting_organisations(text, language, person_words, anchors.lower, anchors.by_lower),
                *contextual_organisations(text, language, person_words, anchors.lower, anchors.by_lower,
                                          anchors.article_nouns)]
    for acting in evidence:
        if covered.find(1, acting.start, acting.end) < 0:
            written = text[acting.start : acting.end]
            trimmed = _without_modifier(
                FoundEntity(acting.start, acting.end, written, acting.name or written, acting.kind, "actor"))
            if trimmed is None:
                continue
            found.append(trimmed)
            covered[acting.start : acting.end] = b"\x01" * (acting.end - acting.start)
    for party in _first_parties(text, found, person_words):
        if covered.find(1, party.start, party.end) < 0:
            found.append(party)
            covered[party.start : party.end] = b"\x01" * (party.end - party.start)
    for coordinated in _coordinated_organisations(text, [e for e in found if e.kind in _ORGANISATION_KINDS],
                                                  person_words, anchors):
        listed = _without_modifier(coordinated)  # "Finnish company Nokia and US-based Ciena"
        if listed is not None and covered.find(1, listed.start, listed.end) < 0:
            found.append(listed)
            covered[listed.start : listed.end] = b"\x01" * (listed.end - listed.start)
    places = sorted(_places(text, language), key=lambda e: (-(e.end - e.start), e.start))
    for place in places:
        if covered.find(1, place.start, place.end) < 0 and place.name not in person_words:
            found.append(place)
            covered[place.start : place.end] = b"\x01" * (place.end - place.start)
    found = [_without_descriptor(e, text) for e in found] if language != "en" else found
    found = _with_partnership_forms(found, text) if "& Co" in text else found
    # "Rail Cargo Operator - Austria GmbH": a firm's name, a spaced dash and its country's unit's form
    found = [_country_unit_after_dash(text, e) for e in found] if " - " in text or " – " in text else found
    # "General Director of OJSC \"BELAZ\"": a legal form alone names no company (the name follows it)
    found = [e for e in found if not (e.kind in _ORGANISATION_KINDS and all(
        w in _LEGAL_FORM_WORDS or w in _LEGAL_FORM_HEADS for w in e.name.split()))]
    # "21st Century Education Research Institute": the century's ordinal opens the name
    found = [_with_century_before(text, e) for e in found] if "Century" in text else found
    # "the Chinese Company CRBC", "the State Corporation Rosatom": what a firm is, before its name, no name
    found = [e for e in found if not (e.kind in _ORGANISATION_KINDS and _generic_firm(e.name))]
    # "Vereinbarungen im Wert von 100 Mrd. USD unterzeichnet": a currency's code after an amount is its unit
    found = [e for e in found if not (e.kind in _ORGANISATION_KINDS and e.name in currencies()
                                      and _amount_before().search(text, max(0, e.start - 24), e.start))]
    # "DruckenMerkenSendenFeedback": a page's buttons run together, no name
    found = [e for e in found if not (e.kind in _ORGANISATION_KINDS and _run_together(e.text))]
    # "Ministry of Planning Press Release": the body's release, the body's name
    found = [_without_release(e) for e in found]
    # "The IFFCO MD said": the office's abbreviation after a firm is its holder's, no word of the name
    found = [_without_office_after(e) for e in found]
    # "15 Venture-Capital-Fonds", "drei Investmentfonds": one word counted is a kind, no name
    found = [e for e in found if not (e.kind in _ORGANISATION_KINDS and " " not in e.text
                                      and e.text.lower().endswith(_KIND_ENDINGS)
                                      and COUNTED_BEFORE.search(text, max(0, e.start - 24), e.start))]
    # "der Investmentgesellschaft Troika Dialog": a firm its descriptor names is no event of its head word
    firms_by_end = {e.end: e.start for e in found if e.kind == "company"}
    found = [e for e in found if not (e.category == "initiative" and e.start < firms_by_end.get(e.end, e.start)
                                      and _descriptor_kind(text[e.start : firms_by_end[e.end]].strip()) is not None)]
    found.extend(_holders_after_bodies(text, found, anchors))
    # "in sectors such as EdTech, HealthTech and GovTech": fields, though shaped like brands
    fields = set(listed_fields(text, anchors.by_lower, anchors.lower))
    if fields:
        found = [e for e in found if not (e.kind in _ORGANISATION_KINDS and (e.start, e.end) in fields)]
    # "the collapse of the Soviet Union", "die Sowjetunion": a state that was, a place, no organisation
    found = [replace(e, kind="place") if e.kind in _ORGANISATION_KINDS and e.name in _FORMER_STATES else e
             for e in found]
    if language != "de" and " as " in text:
        # "the elevation of Rajesh Magow as the Group CEO", "appointed John Smith as chief executive
        # officer": the office a person is named to, right after the name
        found = [_with_role_after_as(text, e) for e in found]
    if "://" in text or "www." in text:
        # "https://twitter.com/EnergyChinaNews/status/…": the words of a web address name no one
        found = [e for e in found if not _in_address(text, e.start, e.end)]
    # (German writes no possessive with an apostrophe: there "’s" ends a brand's name)
    return sorted((_without_possessive(e, language != "de" and (e.start, e.end) not in own_apostrophes)
                   for e in found), key=lambda e: (e.start, e.end, e.kind))


_ROLE_AFTER_AS = _Regex(rf"{_SP}as{_SP}(?:(?:the|its|their|his|her|new|acting|interim){_SP}){{0,2}}"
                        rf"(?P<role>(?:[\w-]+{_SP}){{0,3}}?(?i:(?:{_ROLE_HEADS_EN}))(?:{_SP}officer)?)(?=[^\S\n]*[,.;:)(]|{_SP}(?:of|at|and|on|in|from|with|for)\b)")


def _with_role_after_as(text: str, e: FoundEntity) -> FoundEntity:
    """A person found with no role and the office the sentence names them to after "as" (`_ROLE_AFTER_AS`)."""
    if e.kind != "person" or e.role is not None:
        return e
    m = _ROLE_AFTER_AS.match(text, e.end)
    if m is None or any(w.lower() in ("well", "such", "much", "long", "soon", "far") for w in m["role"].split()[:1]):
        return e
    return replace(e, role=" ".join(m["role"].split()))


_ADDRESS = _Regex(r"(?:https?://|www\.)\S+")


def _in_address(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a web address written in the text (the address's
    line searched back from `start`, bounded)."""
    line = text.rfind("\n", max(0, start - 300), start) + 1
    return any(m.start() <= start and end <= m.end() for m in _ADDRESS.finditer(text, max(line, start - 300), end + 300))


_FORMER_STATES = frozenset({"Soviet Union", "Sowjetunion", "USSR", "UdSSR", "Yugoslavia", "Jugoslawien",
                            "Czechoslovakia", "Tschechoslowakei"})


# A name right after a body's: "des Ministeriums für Auswärtige Angelegenheiten Dmitri Mirontschik am …"
_HOLDER_AFTER_BODY = _Regex(rf"[^\S\n]+(?P<given>[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?)[^\S\n]+"
                            rf"(?P<family>[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?)(?=[^\S\n]+[{_LO}]|[^\S\n]*[,.;:)])")


def _names_a_holder(first: str, second: str) -> bool:
    """Whether two capitalised words after a body's name are a person's: a given name the list
    holds, or a Chinese name in its own order ("Li Shufu": a family name of one pinyin syllable, a
    given name of two; "Hong Kong", one and one, is none). A head word is no family name ("East
    Hope Group")."""
    if _head_of(second) is not None:
        return False
    return first in _given_names() or _chinese_name(first, second)


def _chinese_name(family: str, given: str) -> bool:
    """Whether two words are a Chinese name in its own order: a family name of one pinyin syllable, a
    given name of two ("Li Shufu", "Zhang Guoqing"; "Hong Kong", one and one, is none)."""
    return _PINYIN_SYLLABLE.fullmatch(family.lower()) is not None and _pinyin_given_name(given)


def _holders_after_bodies(text: str, found: list[FoundEntity], anchors: _Anchors) -> Iterator[FoundEntity]:
    """A person named by a given name and a family name right after an organisation's name, over
    no other name found: the body's holder ("der Pressesprecher des … Ministeriums für Auswärtige
    Angelegenheiten Dmitri Mirontschik am 12. Oktober"); not a place ("Bank of China Hong Kong")."""
    taken = [(e.start, e.end) for e in found]
    for e in found:
        if e.kind not in _ORGANISATION_KINDS:
            continue
        m = _HOLDER_AFTER_BODY.match(text, e.end)
        if m is None or not _names_a_holder(m["given"], m["family"]) \
                or any(a < m.end() and m.start("given") < b for a, b in taken) \
                or any(w in _REGION_WORDS or w in _PLACE_WORDS or w.lower() in anchors.lower or not _names_someone(w, anchors)
                       for w in (m["given"], m["family"])):
            continue  # "der Bank of China Hong Kong": a place, no holder
        span = _clean_person(text, m.start("given"), m.end("family"))
        if span is not None and " " in text[span[0]:span[1]]:
            yield _person(text, span, None, None)


_WORD_IN_RUN = _Regex(r"[A-ZÄÖÜ][a-zäöüß]+")
_CHROME_WORDS = 4  # words run together ("Drucken|Merken|Senden|Feedback"); "PayPal" has two


def _run_together(word: str) -> bool:
    """Whether `word` is a page's buttons run together: at least `_CHROME_WORDS` capitalised words
    of five letters or more and nothing else ("DruckenMerkenSendenFeedback"; not "UzAgroPromMash")."""
    parts = _WORD_IN_RUN.findall(word)
    if len(parts) >= 2 and "".join(parts) == word and all(p in _CONTROLS for p in parts):
        return True  # "Video PlayerClose": a player's controls
    return len(parts) >= _CHROME_WORDS and "".join(parts) == word and all(len(p) >= 5 for p in parts)


# Words of a page's controls, which a page run together may glue: "PlayerClose", "TeilenSchließen"
_CONTROLS = frozenset("Player Close Play Pause Share Print Email Tweet Menu Search Next Previous Open Video Audio "
                      "Teilen Schließen Drucken Merken Senden Weiter Zurück Suche Feedback".split())
_RELEASE = _Regex(r"[^\S\n]+(?:Press[^\S\n]+Release|Pressemitteilung)\Z")


def _without_release(entity: FoundEntity) -> FoundEntity:
    """An organisation's name without the "Press Release" that follows it in a heading."""
    cut = _RELEASE.search(entity.text) if entity.kind in _ORGANISATION_KINDS else None
    if cut is None or cut.start() == 0:
        return entity
    written = entity.text[: cut.start()]
    return replace(entity, end=entity.start + len(written), text=written, name=" ".join(written.split()))


# "the Presidents of Uzbekistan and Kazakhstan Shavkat Mirziyoyev and Kassym-Jomart Tokayev": an office
# of two, its second holder after "and"
_PLURAL_OFFICE = _Regex(r"(?:Presidents|(?:Prime |Foreign )?Ministers|Premiers|Leaders)\b")
_NEXT_HOLDER = _Regex(rf"{_SP}(?:and|und){_SP}(?P<name>{_NAME})(?![\w-])")


def _second_holders(text: str, found: list[FoundEntity]) -> Iterator[FoundEntity]:
    """The second holder of a plural office whose first holder was found with it."""
    for p in found:
        if p.kind != "person" or p.role is None or _PLURAL_OFFICE.match(p.role) is None:
            continue
        m = _NEXT_HOLDER.match(text, p.end)
        span = _clean_person(text, m.start("name"), m.end("name")) if m is not None else None
        if span is not None and " " in text[span[0]:span[1]]:
            yield _person(text, span, p.role, p.affiliation)


# An office that ends what looked like a name: "The Commercial Counsellor said" names no one.
# "Amer International", "Mangold Consulting": a given name before a word of firms' names is a firm's
# A German word for a firm, compounds and inflections too ("Landmaschinenhändlers"): no given name
_FIRM_DESCRIPTOR_DE = _Regex(rf"[{_UP}][\w-]*(?:{'|'.join(sorted(_de.ORG_DESCRIPTORS, key=len, reverse=True))})(?:e?s|e?n|e)?",
                             re.IGNORECASE)
_FIRM_LAST = _Regex(r"International|Global|Capital|Technologies|Systems|Solutions|Industries|Ventures|Partners|"
                    r"Logistics|Motors|Electric|Energy|Telecom|Pharma|Holdings?|Group|Gruppe|Consulting|Engineering|"
                    r"Investments?|Trading|Media|Networks|Airlines|Airways|Software|Labs?|Robotics|Research|Products|Foods|Brands|"
                    r"Hotels|Resorts|Inns|Chemicals|Petrochemicals|Fertili[sz]ers|Pharmaceuticals|Textiles|Metals|"
                    r"Minerals|Polymers|Plastics|Cables|Organics|Chemical|Terminals|Appliances|Electronics|"
                    r"Beverages|Breweries|Healthcare|Securities|Infrastructure|Developers|Shipping|Petroleum|"
                    r"Semiconductors|Automotive")
_OFFICE_LAST = _Regex(r"Minister|President|Chairman|Chairwoman|Director|Ambassador|Governor|Counsell?or|Secretary|"
                      r"Spokes(?:person|man|woman)|Consul|Attach[eé]|Commissioner|Premier|Mayor|Minister(?:in)?|"
                      r"Präsident(?:in)?|Botschafter(?:in)?|Direktor(?:in)?|Sprecher(?:in)?|Gouverneur")


# A number or a quantifier right before a word of a kind: "15 Venture-Capital-Fonds", "mehrere
# Staatsfonds" is no name (it counts things of a kind).


# "GmbH & Co. KG": a limited partnership whose partner is the GmbH; the whole is the legal form.
_PARTNERSHIP_FORM = _Regex(r"[^\S\n]*&[^\S\n]*Co\.?[^\S\n]*(?i:KGaA|KG|OHG)\b")


def _with_partnership_forms(found: list[FoundEntity], text: str) -> list[FoundEntity]:
    """Companies ending in "GmbH" or "AG" carried on over "& Co. KG(aA)", whose words name no
    company of their own ("Stahl-Holding-Saar GmbH & Co. KGaA" is one company, not two)."""
    out: list[FoundEntity] = []
    extended: list[tuple[int, int]] = []
    for e in found:
        m = _PARTNERSHIP_FORM.match(text, e.end) if e.kind in _ORGANISATION_KINDS and e.text.endswith(
            ("GmbH", "AG", "SE")) else None
        if m is not None:
            written = text[e.start : m.end()]
            e = FoundEntity(e.start, m.end(), written, " ".join(written.split()), "company", e.category)
            extended.append((e.start, e.end))
        out.append(e)
    return [e for e in out if not any(s <= e.start and e.end <= t and (s, t) != (e.start, e.end) for s, t in extended)]


# German compounds that describe what a company is and never end its name: "des Staatsfonds
# Samaruk-Kasina AG", "der Energiekonzern Uniper SE". ("-bank", "-gruppe", "-agentur" may end a
# name: "Commerzbank", "Sberbank Leasing".)
_DESCRIBING_ENDINGS_DE = ("konzern", "fonds", "hersteller", "anbieter", "betreiber", "riese", "produzent",
                          "versorger", "bauer", "zulieferer", "dienstleister", "händler", "verarbeiter", "unternehmen",
                          # "der IT-Firma Bamboo Group", "Tochtergesellschaft Tenge Bank", "Rohstoffgesellschaft …"
                          "firma", "gesellschaft", "tochter",
                          # "des Finanzinvestors Alliance Capital", "Investor Capital Partners"
                          "investor",
                          # "die Aufsichtsbehörde FCA", "der Wettbewerbsbehörde CCI"
                          "behörde")


_OWNER_PRONOUNS_DE = frozenset({"Dessen", "Deren", "Sein", "Seine", "Seiner", "Seinem", "Seinen", "Ihre", "Ihrer",
                                "Ihrem", "Ihren", "Diese", "Dieser", "Dieses", "Diesem", "Diesen"})


# A place's adjective ("Beijinger", "Moskauer"): before a describing compound, where the firm sits
_PLACE_ADJECTIVE_DE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+er")
# ("dem Beijinger Marktforschungsunternehmen EntGroup": a compound with a word before its last part,
# in any case, and a name after it)
_FIRM_NOUNS_DE = "unternehmen|konzern|hersteller|anbieter|betreiber|produzent|händler|dienstleister"
_GENITIVE_COMPOUND = re.compile(
    rf"[A-ZÄÖÜ](?:[a-zäöüß-]*(?:{_FIRM_NOUNS_DE})e?s|[a-zäöüß-]{{3,}}(?:{_FIRM_NOUNS_DE}))[^\S\n]+[A-ZÄÖÜ]")
# Compounds that describe a body only with a word before their last part: "Marktforschungsinstitut
# GfK" (but "Institut Pasteur"), "Private-Equity-Schwergewicht Carlyle"
_DESCRIBING_COMPOUND_ENDS = ("institut", "schwergewicht")


def _describing_compound(lowered: str) -> bool:
    return any(lowered.endswith(end) and len(lowered) > len(end) + 2 for end in _DESCRIBING_COMPOUND_ENDS)


# A compound ending in a word that may end a name describes the body when the name after it opens
# with that word again: "die fünftgrößte Staatsbank Bank of Communications", "der Staatsagentur
# Agency for …".
_NAMES_ITS_KIND_AGAIN = {"bank": ("Bank",), "gruppe": ("Group", "Gruppe"), "agentur": ("Agency", "Agentur")}


def _kind_named_again(compound: str, rest: str) -> bool:
    """Whether a lower-cased compound ("staatsbank") ends in a word the name after it opens with."""
    return any(compound.endswith(ending) and compound != ending and rest.split()[0] in again
               for ending, again in _NAMES_ITS_KIND_AGAIN.items())


_KIND_ENDINGS = (*_DESCRIBING_ENDINGS_DE, "fund", "funds", "bank", "banken", "agentur", "agenturen")


_GERMAN_ADJECTIVE_END = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:en|er|es|em|e)")


def _adjective_and_common_noun(name: str) -> bool:
    """Whether a two-word "name" is a German adjective and a common noun ("Eigenen Angaben",
    "Offiziellen Daten"): a sentence's opening words, no one's name."""
    words = name.split()
    return (len(words) == 2 and words[1].lower() in _de.COMMON_NOUNS and not is_given_name(words[0])
            and _GERMAN_ADJECTIVE_END.fullmatch(words[0]) is not None)


def _without_descriptor(entity: FoundEntity, text: str) -> FoundEntity:
    """A German organisation's name without the describing compound that opens it, and without a
    place's adjective before that compound ("des Beijinger Reiseunternehmens UTS International
    Travel Service")."""
    if entity.kind not in _ORGANISATION_KINDS:
        return entity
    first, _, rest = entity.text.partition(" ")
    # (the compound in the genitive only: "des Beijinger Reiseunternehmens UTS …"; a place's adjective
    # opens many a firm's own name: "Kasseler Verkehrs-Gesellschaft")
    place = _PLACE_ADJECTIVE_DE.fullmatch(first) is not None and _GENITIVE_COMPOUND.match(rest.lstrip()) is not None
    # ("Dessen Finanztochter Citic Capital Holdings": a pronoun opening a sentence, then the compound)
    place = place or first in _OWNER_PRONOUNS_DE
    if place:
        first, _, rest = rest.lstrip().partition(" ")
    lowered = first.lower()
    if lowered.endswith(("ns", "rs", "ts", "es")) and not lowered.endswith("fonds"):
        lowered = lowered[:-2] if lowered.endswith("es") and not lowered.endswith("ses") else lowered[:-1]  # genitive
    if not rest or not (lowered.endswith(_DESCRIBING_ENDINGS_DE) or _kind_named_again(lowered, rest)
                        or _describing_compound(lowered)) \
            or not rest[:1].isupper() or rest.split()[0] in _LEGAL_FORM_HEADS:
        return entity
    start = entity.start + (text.index(first, entity.start) - entity.start if place else 0) + len(first) + 1
    while start < entity.end and text[start].isspace():
        start += 1
    written = text[start : entity.end]
    return FoundEntity(start, entity.end, written, " ".join(written.split()), entity.kind, entity.category)


def _without_possessive(entity: FoundEntity, apostrophe: bool = True) -> FoundEntity:
    """An organisation's name as its own words: without the English possessive it is written with
    (`apostrophe`: "the Ministry of Commerce's data" names the "Ministry of Commerce"), without a country's
    possessive before it ("Azerbaijan’s Azertelecom" is Azertelecom), and without a bare acronym
    joined by "and" at its end ("Union Bank of India and SBI" are two banks)."""
    if entity.kind not in _ORGANISATION_KINDS:
        return entity
    if apostrophe and entity.text.endswith(("'s", "’s")) and len(entity.text) >= 4:
        name = entity.name[:-2] if entity.name.endswith(("'s", "’s")) else entity.name
        entity = replace(entity, end=entity.end - 2, text=entity.text[:-2], name=name)
    owner = _COUNTRY_POSSESSIVE.match(entity.text)
    if owner is not None and _is_country_word(owner["country"]) and owner.end() < len(entity.text):
        cut = owner.end()
        name = entity.name[cut:] if entity.name.startswith(owner.group()) else entity.name
        entity = replace(entity, start=entity.start + cut, text=entity.text[cut:], name=name)
    based = _BASED_IN.match(entity.text)
    if based is not None and based.end() < len(entity.text):
        # "Hong Kong-based Trinity Group": where the firm sits, no word of its name
        cut = based.end()
        name = entity.name[cut:] if entity.name.startswith(based.group()) else " ".join(entity.text[cut:].split())
        entity = replace(entity, start=entity.start + cut, text=entity.text[cut:], name=name)
    joined = _AND_ACRONYM_END.search(entity.text)
    if joined is not None and len(entity.text[: joined.start()].split()) >= 2 \
            and entity.text.rsplit(None, 1)[-1].lower() not in _NOT_OWNERS:  # "… of Industry and IT": a field
        cut = joined.start()
        name = entity.name[:cut] if entity.name.startswith(entity.text[:cut]) else entity.name
        entity = replace(entity, end=entity.start + cut, text=entity.text[:cut], name=name)
    return entity


_COUNTRY_POSSESSIVE = _Regex(rf"(?P<country>[{_UP}][{_LO}]+)['’]s[^\S\n]+(?=[{_UP}])")
_BASED_IN = _Regex(rf"(?:[{_UP}][\w.]*[^\S\n]+){{0,2}}[{_UP}][\w.]*-(?:based|headquartered|registered|listed)[^\S\n]+(?=[{_UP}])")
_AND_ACRONYM_END = _Regex(rf"[^\S\n]+(?:and|und|&)[^\S\n]+[{_UP}]{{2,}}\Z")


# "organisiert vom Ost-Ausschuss, Enterprise Armenia und der DWV Armenien", "between Kazakhtelecom and
# AzerTelecom": names listed with an organisation are organisations; read on from each one found
_COORD_ORG_TOKEN = rf"(?:[{_UP}][\w&'’.-]*\w|[{_UP}])"
_COORD_NEXT = _Regex(
    rf"(?:[^\S\n]*,[^\S\n]*(?:(?:und|and|sowie|oder|or){_SP})?|{_SP}(?:und|and|sowie|oder|or){_SP})"
    rf"(?:(?:der|die|das|den|dem|des|the){_SP})?(?P<name>{_COORD_ORG_TOKEN}(?:{_SP}{_COORD_ORG_TOKEN}){{0,3}})(?![\w'’&-])")
_MAX_COORDINATED = 6
_JOINER_WORD = _Regex(r"\b(?:und|and|sowie|oder|or)\b")
# A comma and a lower-case word that is no conjunction after a name: the close of an apposition.
_APPOSITION_CLOSES = _Regex(r"[^\S\n]*,[^\S\n]*(?!(?:und|and|sowie|oder|or)\b)[a-zäöüß]")


def _coordinated_organisations(text: str, organisations: list[FoundEntity], person_words: set[str],
                               anchors: _Anchors) -> Iterator[FoundEntity]:
    """Names listed right after an organisation the text names ("A, B und C"), each shaped like an
    organisation's name: no person's word, no country or place alone, no noun or stop word first,
    no given name opening it. Read on through names already found; at most `_MAX_COORDINATED` items."""
    starts = {e.start: e for e in organisations}
    for org in organisations:
        if _LISTED_BEFORE.search(text, max(0, org.start - 12), org.start):
            continue  # an item of a list read from its first: "A, B und C" is read from A, once
        at = org.end
        joined = False  # an "und"/"and" read so far: a list, not an apposition
        for _ in range(_MAX_COORDINATED):
            m = _COORD_NEXT.match(text, at)
            if m is None:
                break
            joined = joined or _JOINER_WORD.search(text, m.start(), m.start("name")) is not None
            if not joined and _APPOSITION_CLOSES.match(text, m.end("name")):
                break  # "der Russisch-Tadschikischen Universität, Umed Mansurov, auf der …": its rector, no body
            known = starts.get(m.start("name"))
            if known is not None:
                at = known.end
                continue
            words = m["name"].split()
            while words and (words[-1].lower() in _NOT_IN_NAME or words[-1] in _CALENDAR_WORDS):
                words.pop()
            first = words[0] if words else ""
            if _POSSESSIVE_END.search(m["name"]) or _GOES_ON.match(text, m.end("name")) or _TITLE_WORD.fullmatch(first):
                break  # "India's …", "Board of Investment" (the chain finder's), "Mitautor der Studie" (an office)
            if any(w in _RANKS or _TITLE_WORD.fullmatch(w) for w in m["name"].split()):
                break  # "… and Russian Deputy Health Minister Sergei Glagolov": an office and its holder
            if words and STREET_WORD.search(words[-1]):
                break  # "Deutsche Bank, Perleberger Str. 62": an address follows
            if len(words) == 1 and _is_currency_word(first):
                break  # "from Robert Bosch Foundation, Rs 225 crore grant by …": an amount follows
            if (not words or first.lower() in _NOT_IN_NAME or first.lower() in _NOT_NAME or first in _CALENDAR_WORDS
                    or any(w in person_words for w in words)
                    or first in _given_names() and not (
                        len(words) > 1 and _FIRM_LAST.fullmatch(words[-1]) and words[-1] == m["name"].split()[-1])
                    or (len(words) == 1 and (_is_country_word(first) or first.lower().endswith(_BODY_PLURALS_DE) or (
                        is_german_noun(first, anchors.lower, anchors.article_nouns) and not _ORG_SHAPE.match(first))))
                    or (len(words) > 1 and is_german_noun(first, anchors.lower, anchors.article_nouns)
                        and not _ORG_SHAPE.match(first) and _head_of(words[-1]) is None)):
                break
            start = m.start("name")
            end = start + [t.end() for t in re.finditer(r"\S+", m["name"])][len(words) - 1]
            written = text[start:end]
            yield FoundEntity(start, end, written, " ".join(written.split()), "organization", "actor")
            at = end


_POSSESSIVE_END = _Regex(r"['’]s?\Z")
STREET_WORD = _Regex(r"(?i)^(?:str|st|ave|rd|blvd|street|avenue|road|boulevard|lane|platz|allee|weg|damm|ufer|"
                      r"chaussee|gasse)\.?$|(?:straße|strasse|str\.)$")
_RANKS = frozenset({"Deputy", "Vice", "Acting", "Former", "First"})  # words of an office, never of a body's name
_LISTED_BEFORE = _Regex(rf"(?:,|\b(?:und|and|sowie|oder|or))(?:{_SP}(?:der|die|das|den|dem|des|the))?[^\S\n]*\Z")
_GOES_ON = _Regex(rf"{_SP}(?:of|for|für|der|des|de|du)\b")


# "Ich möchte Alexey Overchuk und Mher Grigoryan danken": two names of two words joined by "and",
# every word shaped like a name and none a word the text uses otherwise; read back and forth from
# the "and". Regions ("Middle East and North Africa") are no names.
_PAIR_BEFORE = _Regex(rf"(?<![\w'’.-])(?P<name>{_TOKEN}{_SP}{_TOKEN}){_SP}\Z")
_PAIR_AFTER = _Regex(rf"{_SP}(?P<name>{_TOKEN}{_SP}{_TOKEN})(?![\w'’-])(?!{_SP}[{_UP}])")
_CAPITAL_BEFORE = _Regex(rf"[{_UP}][\w'’-]*{_SP}\Z")
_REGION_WORDS = frozenset("North South East West Middle Central Northern Southern Eastern Western "
                          "Nord Süd Ost West Mittel Zentral".split())


def _coordinated_names(text: str, anchors: _Anchors) -> Iterator[FoundEntity]:
    """People named in a pair "Given Family and Given Family" with no role: both names, when all
    four words are shaped like names (no noun, country, title, region or body's word; no given name
    ending like a German adjective or noun: "Seltene Erden und Große Bestände" names no one)."""
    for at in anchored(text, anchors.by_lower, _AND_WORDS):
        if not text[at].islower():
            continue
        first = _PAIR_BEFORE.search(text, max(0, at - 60), at)
        second = _PAIR_AFTER.match(text, at + 3)  # after "and" or "und"
        if first is None or second is None or _CAPITAL_BEFORE.search(text, max(0, first.start() - 40), first.start()):
            continue
        words = [*first["name"].split(), *second["name"].split()]
        if any(w.lower().endswith(_DESCRIPTOR_ENDINGS_DE) for w in words):
            continue  # "dem staatlichen Gesundheitsdienst Kyrgyzfarmazija und …": what a body is, then its name
        if any(w in _REGION_WORDS or not _names_someone(w, anchors) for w in words) \
                or _ADJECTIVE_END.search(words[0]) or _ADJECTIVE_END.search(words[2]):
            continue  # "Seltene Erden und Große Bestände": German adjectives and nouns, capitalised
        for m in (first, second):
            span = _clean_person(text, m.start("name"), m.end("name"))
            if span is not None:
                yield _person(text, span, None, None)


_AND_WORDS = frozenset({"and", "und"})
# An item of a list of people, two to four words shaped like names, before or after a separator
_PEOPLE_JOIN = rf"(?:[^\S\n]*,[^\S\n]*(?:(?:and|und|sowie){_SP})?|{_SP}(?:and|und|sowie){_SP})"
_LISTED_PERSON_BEFORE = _Regex(rf"(?<![\w'’.&-])(?P<name>{_TOKEN}(?:{_SP}{_TOKEN}){{1,3}}){_PEOPLE_JOIN}\Z")
_LISTED_PERSON_AFTER = _Regex(
    rf"{_PEOPLE_JOIN}(?P<name>{_TOKEN}(?:{_SP}{_TOKEN}){{1,3}})(?![\w'’&-])(?=[^\S\n]*[,.;:)]|{_SP}[{_LO}])")
_MAX_LISTED_PEOPLE = 8


def _listed_beside_people(text: str, people: list[FoundEntity], anchors: _Anchors) -> Iterator[FoundEntity]:
    """The other names of a list that holds a person of two words or more: "Die Außenminister …,
    Bakhtiyor Saidov, Amir Khan Muttaqi und Ishaq Dar", "Foreign Ministers Bakhtiyor Saidov, … and
    Ishaq Dar". Each item has two words at least after the titles before it ("Ministers") and every
    word shaped like a name (`_names_someone`); the walk stops at the first item that is none
    ("Pakistans"), at most `_MAX_LISTED_PEOPLE` items each way."""
    for person in people:
        if " " not in person.name:
            continue
        end = person.end
        for _ in range(_MAX_LISTED_PEOPLE):
            m = _LISTED_PERSON_AFTER.match(text, end)
            item = _listed_person(text, m, anchors) if m is not None else None
            if item is None:
                break
            yield item
            end = item.end
        start = person.start
        for _ in range(_MAX_LISTED_PEOPLE):
            m = _LISTED_PERSON_BEFORE.search(text, max(0, start - 90), start)
            if m is None or (item := _listed_person(text, m, anchors)) is None:
                break
            yield item
            start = m.start("name")


# Before a name: a word that makes it part of a longer one ("Group President of Lianghao Li Hui",
# "Governor of Khanty-Mansi Autonomous Okrug")
_OF_BEFORE = _Regex(rf"(?<![\w-])(?:of|for|at|the|von|für|der|des|dem|den|bei){_SP}\Z")


def _listed_person(text: str, m: re.Match[str], anchors: _Anchors) -> FoundEntity | None:
    if _OF_BEFORE.search(text, max(0, m.start("name") - 5), m.start("name")):
        return None
    words = list(re.finditer(r"\S+", m["name"]))
    titled = [i for i, w in enumerate(words) if _TITLE_WORD.fullmatch(w.group()) or _is_country_word(w.group())]
    if titled:
        del words[: titled[-1] + 1]  # "Foreign Ministers Bakhtiyor Saidov": the list's title, then the name
    if len(words) < 2 or any(w.group() in _REGION_WORDS or w.group() in _PLACE_WORDS
                             or not _names_someone(w.group(), anchors) for w in words):
        return None
    span = _clean_person(text, m.start("name") + words[0].start(), m.end("name"))
    return _person(text, span, None, None) if span is not None else None


# Plurals of words for bodies: "aus dem Bundeskanzleramt, Ministerien, von Verbänden" lists kinds, names none.
_BODY_PLURALS_DE = ("ministerien", "behörden", "verbände", "verbänden", "kammern", "organisationen", "institutionen",
                    "agenturen", "kommissionen", "ämter", "ämtern", "komitees", "ausschüsse", "ausschüssen")
_COORDINATED = 9  # the priority of names found by `_coordinated_names`: below every other finder's
_GIVEN = 10  # and of names found by `_people_by_given_names`, below those


# "an Klaus Kleinfeld übergeben", "Anna Maria Schmidt": a given name and one or two name words after
# it (a family name, or a second given name and a family name), with no title or cue; one pass
_PATRONYMIC = _Regex(rf"[{_UP}][{_LO}]+(?:ovich|evich|ovitch|ovna|evna|owitsch|ewitsch|owna|ewna)")
_WHOSE_FIRM_WORDS = "(?:owned|led|backed|controlled|founded|run|headed|chaired)"
_WHOSE_FIRM = _Regex(rf"-{_WHOSE_FIRM_WORDS}\Z")
_GIVEN_NAME_PAIR = _Regex(
    rf"(?<![\w'’.&-])(?P<given>[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?){_SP}"
    # "Bilal bin Saqib", "Mohammed bin Salman": "son of" between the given name and the father's
    rf"(?P<particle>(?:bin|ibn|bint){_SP})?(?P<rest>{_TOKEN}(?:{_SP}{_TOKEN})?)(?![\w'’&-])")
# Before a name: a particle that continues a longer one ("bin", "Al"; German "von" before a given name is
# the preposition: "in der Regierungszeit von Angela Merkel"), or a byline's "von"/"by" opening its line or
# after a date
# or an article ("the Indira Gandhi canal": a name used as a word of another), or a credit's words
# ("Editing by …", "© Photo :…")
_NAME_GOES_ON_BEFORE = _Regex(
    r"(?:\b(?:bin|ibn|bint|al|el|van|de|da|di|the|der|die|das|dem|den|des)|(?:^|\n)[^\S\n]*(?i:von|by)"
    r"|(?i:editing|reporting|writing|written|edited|photo|foto|fotos|bild|grafik|geschrieben|bearbeitet|verfasst|"
    r"redigiert|beitrag|gastbeitrag|kommentar|analyse|interview|text)"
    r"[^\S\n]*(?:by|von|:)?|[©:]|\d[^\S\n]+von)[^\S\n]*\Z")  # "27.05.2025 von Katrin Löwe": a dated byline
# "Thomas Cloer war Redakteur der Computerwoche.": the author's note closing an article, a byline's kin
_AUTHOR_BIO = _Regex(r"[^\S\n]+(?:war|ist|is|was)[^\S\n]+(?:\w+[^\S\n]+)?(?i:redakteur|autor|journalist|korrespondent"
                     r"|editor|reporter|correspondent|writer|author)")
# Given names that are also words news writes capitalised ("One Belt", "Per Direktweg")
_GIVEN_NAME_WORDS = frozenset("One Per Don Jan Long Young Sun Will May Mark Grace Hope Faith Joy Summer Rich Bill "
                              "Guy Sky Star Golden Lok Bank Ever Else Nur Min Max "
                              # articles and particles of other languages: "Il Forno", "La Scala", "El Dorado"
                              "Il La Le El Al Di Da De Van Von Los Las Dos Du".split())
_PLACE_WORDS = frozenset(
    "Harbour Harbor Bay River Lake Street Square Bridge Airport Port Park Island Islands Valley Mountain Mountains "
    "Road Avenue Tower Hall Hotel Palace Gate Beach Canal Station Stadium Platz Straße Strasse Hafen Brücke Allee "
    "Bahnhof Flughafen Insel See Berg Tal Turm Halle Palast Tor Kanal "
    # and words of firms and houses named for someone: "Bharti Enterprises", "Lok Sabha"
    "Enterprises Holdings Motors Airlines Airways Systems Technologies Solutions Partners Capital Ventures "
    "Energy Power Steel Sabha Majlis Duma".split())


def is_given_name(word: str) -> bool:
    """Whether `word` is a given name of the generated list (`given_names.txt`)."""
    return word in _given_names()


@cache
def _given_names() -> frozenset[str]:
    """The given names of `given_names.txt` (generated by `scripts/gen_given_names.py`)."""
    from importlib.resources import files

    lines = (files("sco_digital.extract") / "given_names.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def _people_by_given_names(text: str, anchors: _Anchors, language: str | None = None,
                           learnt: frozenset[str] = frozenset()) -> Iterator[FoundEntity]:
    """People named with no role and no cue: a given name the generated list holds in some
    country, maybe a second one, and a word shaped like a family name; none a noun, head word,
    country, title, region, place word or calendar word, nor a word the text writes in lower case
    ("Indira Gandhi International Airport", "Georg Fischer AG") unless that word cannot be part
    of the name (`_name_opens_after`: "der Russe Sergej Denisow"; `_ends_a_name_after`: "besuchte
    Wladimir Putin Usbekistan", "Wladimir Putin Ende Mai"), no particle before it ("bin Ahmed Al
    Zeyoudi"), no byline ("von Wolfgang Kempkens"). `learnt`: given names the article itself
    shows as such (a titled holder's first name)."""
    names = _given_names() | learnt if learnt else _given_names()
    at = 0
    while (m := _GIVEN_NAME_PAIR.search(text, at)) is not None:  # each turn moves on by a word at least
        at = m.end()
        given = m["given"]
        # ("Jens-Peter", "Karl-Heinz": two given names joined)
        known = given in names or "-" in given and all(part in names for part in given.split("-"))
        if not known or given in _GIVEN_NAME_WORDS or given.lower() in anchors.lower:
            at = m.start("rest")  # "der Russe Sergej Denisow": the next word may open the name
            continue
        rest = m["rest"].split()
        # a second given name, or a patronymic ("Dmitry Romanovich Lee"), before the family name
        words = [given, *rest] if len(rest) == 2 and (rest[0] in names or _PATRONYMIC.fullmatch(rest[0])) \
            else [given, rest[0]]
        owned = _WHOSE_FIRM.search(words[-1])  # "Sunil Mittal-led Airtel": the name ends at the hyphen
        if owned is not None:
            words[-1] = words[-1][: owned.start()]
        if any(w in _REGION_WORDS or w in _PLACE_WORDS or w.lower() in anchors.lower
               or not (_names_someone(w, anchors) or w is words[-1] and _family_name_with_a_suffix(w, anchors))
               for w in words):
            continue
        end = m.start() + [t.end() for t in re.finditer(r"\S+", m.group())][len(words) - (0 if m["particle"] else 1)]
        end -= len(owned.group()) if owned is not None else 0
        before = _CAPITAL_BEFORE.search(text, max(0, m.start() - 40), m.start())
        opens = before is not None and (_name_opens_after(before.group().strip(), anchors, language)
                                        or _starts_the_sentence(text, before.start(), before.group().strip(), language))
        if (before and not _opens_sentence(text, m.start()) and not opens) \
                or (_CAPITAL_AFTER.match(text, end) and not _ends_a_name_after(text, end, anchors, language)) \
                or text.startswith("/", end) \
                or _NAME_GOES_ON_BEFORE.search(text, max(0, m.start() - 20), m.start()) \
                or _AUTHOR_BIO.match(text, end) or _inside_body_name(text, m.start()):
            continue  # "Deutsche Klaus …", "Minister Klaus Müller" (the titled finder's), "… Gandhi International"
        span = _clean_person(text, m.start(), end)
        if span is None and not _names_someone(words[-1], anchors):
            span = (m.start(), end)  # the family name with a noun's suffix that `_clean_person` drops
        if span is not None:
            yield _person(text, span, None, None)


_ACRONYM_WORD = _Regex(rf"[{_UP}]{{2,}}")


def _starts_the_sentence(text: str, start: int, word: str, language: str | None) -> bool:
    """Whether a capitalised word at `start` opens its sentence as a word sentences begin with, no
    name's: "Auch Jens-Peter Sölch von Amgen betonte", "Laut Peter Müller"."""
    languages = (language,) if language in ("en", "de") else ("en", "de")
    return _opens_sentence(text, start) and any(word in vocabulary(lang).sentence_starters for lang in languages)


def _name_opens_after(word: str, anchors: _Anchors, language: str | None) -> bool:
    """Whether a capitalised word right before a given name cannot be a word of the same name:
    an acronym ("der SOZ Ruslan Mirzayev", "PD CPEC Hassan Daud") or in German a common noun, as
    an article or a noun's shape tells ("der Russe Sergej Denisow", "des Stararchitekten Sergej
    Tschoban"; not by its lower-case use elsewhere, which adjectives opening a name share). Not a
    head word ("Deutsche Bank"), a title, a country ("Kasachstan Airlines") or a noun a name of
    another kind follows (`_NAMING_NOUNS`)."""
    lowered = word.lower()
    if _head_of(word) is not None or _TITLE_WORD.fullmatch(word) or _is_country_word(word) \
            or lowered.endswith(_NAMING_NOUNS):
        return False  # "den Elektronikkonzern Anker Innovations", "in der Hauptstadt Ulan Bator": not a person
    return bool(_ACRONYM_WORD.fullmatch(word)) or (
        language == "de" and _german_noun_by_form(word, anchors))


# German nouns that a company's, a body's or a place's own name follows.
_NAMING_NOUNS = tuple(n for n in _de.ORG_DESCRIPTORS if len(n) >= 4) + (
    "stadt", "städte", "region", "provinz", "bezirk", "gebiet", "dorf", "hafen", "marke", "werk", "zentrum")


_WORD_AFTER = _Regex(rf"{_SP}(?P<word>[{_UP}][\w-]*)(?P<next>{_SP}[{_UP}][\w-]*)?")


def _ends_a_name_after(text: str, end: int, anchors: _Anchors, language: str | None) -> bool:
    """Whether the capitalised word after a name at `end` cannot be a word of that name: a calendar
    word ("Wladimir Putin Ende Mai", "met Vladimir Putin Monday"), a country's name ("besuchte
    Wladimir Putin Usbekistan"), or in German a common noun ("… Ende"; not by its lower-case use
    elsewhere, which adjectives opening a name share). Not a head word ("Georg Fischer AG",
    "Konrad Adenauer Stiftung"), and not a country opening a name ("… China Mobile")."""
    m = _WORD_AFTER.match(text, end)
    if m is None:
        return False
    word = m["word"]
    if _head_of(word) is not None or (m["next"] and _head_of(m["next"].strip()) is not None):
        return False
    return (word in _CALENDAR_WORDS or _is_country_word(word)
            or (language == "de" and _german_noun_by_form(word, anchors)))


def _german_noun_by_form(word: str, anchors: _Anchors) -> bool:
    """Whether a capitalised German word is a common noun by its form or an article before it,
    not by its lower-case use elsewhere: adjectives opening a name share that ("Deutsche Bank")."""
    return is_german_noun(word, (), anchors.article_nouns)


_HEAD_OF_BEFORE = _Regex(rf"(?P<head>[{_UP}][{_LO}]+){_SP}(?:of|for){_SP}(?:the{_SP})?\Z")


def _inside_body_name(text: str, start: int) -> bool:
    """Whether a body's head word and "of" stand right before `start`: "the Association of German
    Chambers of Industry and Commerce" names no German Chambers."""
    m = _HEAD_OF_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and bool(_head_of(m["head"]))


# "Herr TANG Zhiping", "Mr. WANG Wentao": a family name in capitals, as official lists write
# Chinese names; "Herr Dr. Hans-Peter Friedrich": an academic title between honorific and name.
_GLUED_HONORIFIC_NAME = _Regex(rf"(?<![\w-])(?:Mr|Mrs|Ms)\.(?P<name>[{_UP}][{_LO}]{{2,}}(?:-[{_UP}][{_LO}]+)?"
                               rf"(?:[^\S\n][{_UP}][{_LO}]{{2,}})?)(?![\w-])")
_HONORIFIC_NAME = _Regex(
    rf"(?<![\w-])(?:Herr|Herrn|Frau|Mr\.?|Mrs\.?|Ms\.?){_SP}"
    rf"(?:(?P<caps>[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?{_SP}[{_UP}][{_LO}]+(?:-[{_LO}]+)?)"
    rf"|(?:(?:Dr|Prof)\.{_SP})+(?P<name>[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?{_SP}[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?))"
    rf"(?![\w-])"
)


def _well_known_people(text: str, anchors: _Anchors, language: str | None) -> Iterator[FoundEntity]:
    """People of `well_known_people.txt` named in `text`: a full name as one of its spellings, or
    the part a sentence writes alone ("Putin", "Tokajews" -> "Tokajew"), named as written, with a
    given name the list does not spell before it ("Ivanka Trump", "Kassym-Jomart Tokajew"). Not
    inside a compound ("Putin-Regime"), not before another capitalised word in English ("Modi
    Enterprises") or a head word in German ("Putin Stiftung"), not "Xi’an"."""
    known = _well_known()
    if not anchors.by_lower.keys() & known.words and not (
            "-" in text and any(w.lower() in known.words for w in word_pieces(text))):
        return  # (a name may stand only before a hyphen: "Mukesh Ambani-owned")
    for m in known.pattern.finditer(text):
        name, start = " ".join(m["name"].split()), m.start()
        before = _NAME_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        after = _NAME_WORD_AFTER.match(text, m.end())
        if " " not in name and after and (language != "de" or _head_of(after[1]) is not None):
            continue  # "Modi Enterprises", "Trump Organization"; German capitalises every noun
        if " " not in name and before and before[1].lower() not in _NOT_NAME and (
                is_given_name(before[1]) or _HYPHENED_GIVEN.fullmatch(before[1])):
            # "Ivanka Trump", "Kassym-Jomart Tokajew": a given name the list does not spell is the name's
            name, start = f"{before[1]} {name}", before.start(1)
        yield FoundEntity(start, m.end(), text[start : m.end()], name, "person", "actor")


@dataclass(frozen=True, slots=True)
class _WellKnown:
    pattern: re.Pattern[str]  # every spelling, whole or its bracketed part, the longest first
    words: frozenset[str]  # their last words in lower case, also with a genitive "s": a text with none names none
    person: dict[str, int]  # each spelling, whole or its bracketed part -> the line (the person) it spells


def well_known_person(name: str, whole: bool = False) -> int | None:
    """Which person of `well_known_people.txt` `name` spells (its line), whole ("Mikhail Mishustin")
    or as the part a sentence writes alone ("Mischustin"); unless `whole`, a name whose given name
    the list does not spell, by its family name ("Michail Mishustin"). None for anyone else."""
    known = _well_known().person
    found = known.get(name)
    if found is None and " " in name and not whole:
        found = known.get(name.rsplit(None, 1)[-1])
    return found


@cache
def _well_known() -> _WellKnown:
    """`well_known_people.txt` read into one pattern (see the file's head for its form)."""
    from importlib.resources import files

    forms: set[str] = set()
    person: dict[str, int] = {}
    lines = (files("sco_digital.extract") / "well_known_people.txt").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        if not line.strip() or line.startswith("#"):
            continue
        for spelling in line.split(" | "):
            whole = " ".join(spelling.replace("[", "").replace("]", "").split())
            forms.add(whole)
            person.setdefault(whole, number)
            if "[" in spelling:
                part = spelling[spelling.index("[") + 1 : spelling.index("]")].strip()
                forms.add(part)
                person.setdefault(part, number)
    alternatives = "|".join(r"[^\S\n]+".join(map(re.escape, f.split())) for f in sorted(forms, key=len, reverse=True))
    # a German genitive "s" after a name not ending in a sibilant ("Putins", "Tokajews")
    # ("Mukesh Ambani-owned Reliance Jio": a hyphen before whose firm it is ends the name too)
    pattern = re.compile(rf"(?<![\w-])(?P<name>{alternatives})(?:(?<![sxzß])s)?(?!\w)(?!-(?!{_WHOSE_FIRM_WORDS}\b))"
                         rf"(?!['’][{_LO}]{{2}})")
    last = {f.rsplit(None, 1)[-1].lower() for f in forms}
    words = frozenset(last | {w + "s" for w in last})
    return _WellKnown(pattern, words, person)


_NAME_WORD_BEFORE = _Regex(rf"([{_UP}][\w-]*)[^\S\n]+\Z")
_NAME_WORD_AFTER = _Regex(rf"[^\S\n]+([{_UP}][\w-]*)")
_HYPHENED_GIVEN = re.compile(rf"[{_UP}][{_LO}]+-[{_UP}][{_LO}]+")  # "Kassym-Jomart", "Frank-Walter"


# "led by Jensen Huang", "unter der Führung von Jensen Huang": words that put a person at a body's head
_LED_BY = _Regex(rf"(?<![\w-])(?:(?:led|headed|chaired|founded)[^\S\n]+by|geleitet[^\S\n]+von|angeführt[^\S\n]+von|"
                 rf"unter[^\S\n]+(?:der[^\S\n]+)?(?:Führung|Leitung)[^\S\n]+von){_SP}{_CUED_NAME}")


# "The board re-appointed Sudarshan Venu as joint managing director", "appointed K. Gopala Desikan as
# the group chief financial officer": a name a body appoints to an office (read after "as")
_APPOINTED = _Regex(rf"(?<![\w-])(?:re-?)?(?:appointed|named|elected|nominated|promoted){_SP}"
                    rf"(?P<name>(?:(?:[{_UP}]\.[^\S\n]?){{1,3}}[^\S\n]*)?[{_UP}][{_LO}]+(?:{_SP}[{_UP}][{_LO}]+){{1,2}})"
                    rf"(?={_SP}as{_SP})")
_OFFICES_OF_FIRMS_TOO = frozenset({"adviser", "advisor", "advisers", "advisors", "consultant", "partner", "member",
                                   "representative", "delegate", "expert"})
_INITIALS_OPENING = _Regex(rf"(?:[{_UP}]\.[^\S\n]?)+[^\S\n]*")


def _people_appointed_as(text: str, anchors: _Anchors) -> Iterator[FoundEntity]:
    """People appointed to an office named after "as" (`_APPOINTED`, `_ROLE_AFTER_AS`): each word
    after the initials shaped as a name, none a country's or a body's word."""
    if " as " not in text:
        return
    for m in _APPOINTED.finditer(text):
        role = _ROLE_AFTER_AS.match(text, m.end("name"))
        initials = _INITIALS_OPENING.match(text, m.start("name"))
        words = text[initials.end() if initials else m.start("name") : m.end("name")].split()
        if role is None or not all(_names_someone(w, anchors) for w in words) \
                or role["role"].split()[-1].lower() in _OFFICES_OF_FIRMS_TOO:
            continue  # "appointed Goldman Sachs as adviser": a firm may hold that office
        yield _person(text, (m.start("name"), m.end("name")), " ".join(role["role"].split()), None)


def _people_led_by(text: str, anchors: _Anchors) -> Iterator[FoundEntity]:
    """People a body is led by: two to four words after "led by", "unter der Führung von", each
    shaped as a name and none a country's or a body's word ("led by China Telecom" names none)."""
    if "by" not in text and "von" not in text:
        return
    for m in _LED_BY.finditer(text):
        words = m["name"].split()
        if len(words) < 2 or not all(_names_someone(w, anchors) or _PARTICLE_WORD.fullmatch(w) for w in words):
            continue
        span = _clean_person(text, m.start("name"), m.end("name"))
        if span is not None:
            yield _person(text, span, None, None)


_HONORIFIC_WORDS = frozenset({"Herr", "Frau", "Mr", "Mrs", "Ms", "Shri", "Smt", "Sh", "Dr", "Prof", "Professor", "Professorin"})
# Honorifics between a title and the name it goes with: "Chairperson Dr", "Secretary Engr."
_HONORIFIC_CLOSING = _Regex(rf"(?:[^\S\n]+(?:{'|'.join(sorted(_HONORIFIC_WORDS | {'Engr'}))})\.?)+\Z")


_SHORT_FAMILY = 4  # letters a family name found alone has at least to name a person in full elsewhere


def _full_names_of_family_names(text: str, people: list[FoundEntity], anchors: _Anchors) -> Iterator[FoundEntity]:
    """A name-shaped word and a family name that `people` holds alone ("Ibragimov", of "Herr
    Ibragimov"): the person's full name, wherever the text writes it ("mit Farkhod Ibragimov"); at
    a sentence's start only a listed given name or a name an apposition follows ("Avazov Nasimjon,
    an international student"), not any word ("Danach Ibragimov")."""
    families = {p.name for p in people if " " not in p.name and len(p.name) >= _SHORT_FAMILY
                and _NAME_PART.fullmatch(p.name)}
    for family in sorted(families):
        for at in positions(text, {family}):
            end = at + len(family)
            if text[end : end + 1].isalnum() or text[end : end + 1] == "-":
                continue  # "Ibragimovs", "Ibragimov-Stiftung": another word
            m = _GIVEN_BEFORE.search(text, max(0, at - _GIVEN_REACH), at)
            if m is None:
                continue
            given = m["given"]
            if _is_name_part(given) and not _not_a_name_word(given, anchors) and not _is_country_word(given) \
                    and given not in _HONORIFIC_WORDS and (given in _given_names() or not _opens_sentence(text, m.start())
                                                           or text.startswith(",", end)):
                yield _person(text, (m.start(), end), None, None)


_GIVEN_REACH = 40  # characters before a family name searched for the word that opens the full name
_GIVEN_BEFORE = _Regex(rf"(?<![\w'’.-])(?P<given>{_TOKEN}){_SP}\Z")


# A person's age before the name: "vom damals 19-jährigen Ritesh Agarwal gegründet", "the 45-year-old
# Anna Schmidt" (a title after the age is the titled finders': "der 45-jährige Manager Hans Müller")
_AGED_NAME = _Regex(rf"(?<![\w-])\d{{1,3}}-(?:[Jj]ährige[nmr]?|year-old){_SP}"
                    rf"(?P<name>[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?(?:{_SP}[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?){{1,2}})(?![\w-])"
                    # the name ends the phrase: a lower-case word or a mark follows, no capitalised
                    # word it may run into ("… Anfang Mai", a time)
                    rf"(?=[^\S\n]*(?:[,.;:)!?]|$)|[^\S\n]+[{_LO}])")


def _people_after_honorifics(text: str) -> Iterator[FoundEntity]:
    """People after an honorific whose name the title patterns do not read (`_HONORIFIC_NAME`), or
    after their age (`_AGED_NAME`)."""
    if "-jährige" in text or "-Jährige" in text or "-year-old" in text:
        for m in _AGED_NAME.finditer(text):
            words = m["name"].split()
            if all(_is_name_part(w) and not _TITLE_WORD.fullmatch(w) and not _is_country_word(w) for w in words) \
                    and not any(is_german_noun(w, ()) for w in words):  # "… Bestehen", "Anfang": nouns, no names
                yield _person(text, m.span("name"), None, None)
    if not any(honorific in text for honorific in ("Herr", "Frau", "Mr", "Ms")):
        return
    for m in _HONORIFIC_NAME.finditer(text):
        group = "caps" if m["caps"] else "name"
        if any(w.lower() in _NOT_NAME for w in text[m.start(group) : m.end(group)].split()):
            continue
        yield _person(text, (m.start(group), m.end(group)), None, None)
    for m in _GLUED_HONORIFIC_NAME.finditer(text):
        if not any(w.lower() in _NOT_NAME for w in m["name"].split()):
            yield _person(text, m.span("name"), None, None)  # "Mr.Sadykov": the space lost after the honorific


# "YANG Changfeng, member of …", "RAN Chengqi, Director General of …": a Chinese name written the way
# official Chinese English writes it, the family name in capitals first; one pinyin syllable, then a
# given name of one or two syllables, then the comma of an apposition; at a line's start, after a comma,
# a lower-case word or "Mr"/"Ms".
# A syllable with no initial is one of the few finals written alone ("an", "ou", "er"); "un" or "in" is none.
_PINYIN_SYLLABLE = _Regex(r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])(?:iang|iong|uang|ang|eng|ing|ong|uai|iao|ian|uan|"
                          r"ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u)|ang|eng|ai|ei|ao|ou|an|en|er|a|o|e)")
_CAPS_FAMILY_NAME = _Regex(
    r"(?:(?<=^)|(?<=\n)|(?<=, )|(?<=[a-z] )|(?<=Mr\. )|(?<=Ms\. )|(?<=Mr )|(?<=Ms ))"
    r"(?P<family>[A-Z]{1,6})[^\S\n](?P<given>[A-Z][a-z]{1,11})(?=,[^\S\n])")


# ... or right after a title, whatever follows: "The Special Representative LI Hui hoped …" (China's
# official English writes the family name in capitals)
_TITLED_CAPS_FAMILY_NAME = _Regex(
    # (the first capital read, then the title checked behind it: a pattern opening with a look-behind
    # is tried at every character)
    "(?P<family>[A-Z](?:" + "|".join(f"(?<={title}[^\\S\\n][A-Z])" for title in (
        "Representative", "Minister", "Ambassador", "Director", "President", "Secretary", "Chairman", "Envoy",
        "Governor", "Mayor", "Premier", "Counselor", "Consul")) + ")[A-Z]{0,5})"
    r"[^\S\n](?P<given>[A-Z][a-z]{1,11})\b(?![^\S\n]+[A-Z])")


def _pinyin_caps_people(text: str) -> Iterator[FoundEntity]:
    """People named "FAMILY Given" (`_CAPS_FAMILY_NAME`, `_TITLED_CAPS_FAMILY_NAME`): the family
    name one pinyin syllable, the given name one or two; the name is kept as written."""
    for m in (*_CAPS_FAMILY_NAME.finditer(text), *_TITLED_CAPS_FAMILY_NAME.finditer(text)):
        family, given = m["family"].lower(), m["given"].lower()
        if _PINYIN_SYLLABLE.fullmatch(family) is None or not _pinyin_syllables(given, 2):
            continue
        yield _person(text, (m.start(), m.end()), None, None)


def _pinyin_syllables(word: str, most: int) -> bool:
    """Whether `word` (lower case) is one to `most` pinyin syllables."""
    return any(_PINYIN_RUN[n].fullmatch(word) is not None for n in range(1, most + 1))


_PINYIN_RUN = {n: _Regex(rf"(?:{_PINYIN_SYLLABLE._source}){{{n}}}") for n in (1, 2)}


def _family_name_with_a_suffix(word: str, anchors: _Anchors) -> bool:
    """Whether a word after a given name, which only its German noun suffix keeps from looking
    like a name, is a family name ("Martin Kaufung", "Jens Hartung"): the text never writes it in
    lower case or after an article, and it is no common noun, head word or stop word."""
    return (_NAME_PART.fullmatch(word) is not None and _head_of(word) is None and word not in anchors.article_nouns
            and word.lower() not in _COMMON_NOUNS and word.lower() not in _NOT_NAME and word not in _CALENDAR_WORDS)


_ADJECTIVE_END = _Regex(r"(?:e|en|es|em|ung|heit|keit|schaft|ion)$")  # "Seltene", "Großen": no given name


_QUOTE_CLOSED_BEFORE = _Regex(r"[,.!?][”\"’“][^\S\n]*\Z")
_PERSON_WORD = _Regex(rf"[{_UP}][{_LO}]+")


def _closes_quote(text: str, start: int, name: str) -> bool:
    """Whether a one-word name right after a quotation ("…,” Starmer said") is the speaker of
    it: a family name, shaped like one ("ASEAN", "AstraZeneca" and head words are not)."""
    return (_QUOTE_CLOSED_BEFORE.search(text, max(0, start - 6), start) is not None
            and _PERSON_WORD.fullmatch(name) is not None and _head_of(name) is None
            and _ADVERB_END.search(name) is None)


# '… leisten." Ähnlich äußerte sich …': a German adverb opening the next sentence, no family name
_ADVERB_END = _Regex(r"(?:lich|weise|falls|mals|dings)\Z")


_TRAILING_JOINER = re.compile(r"(?:\s+(?:and|und|&|of|for|für|der|des|the|von|vom|zur|zum|on))+\s*\Z")  # "Ministry of Finance and"


# A capitalised word and a participle opening a name describe the body, they are no part of its
# name: "the Western-dominated Group of Seven", "the US-led World Bank", "die US-geführte Koalition".
_MODIFIER = (
    r"[A-ZÄÖÜ][\w.]*-(?:led|based|backed|dominated|owned|funded|run|controlled|listed|headquartered|registered|"
    # "the successor service to the Soviet-era KGB": a time the body is of, no part of its name
    r"sponsored|supported|affiliated|linked|oriented|focused|era|(?:geführt|dominiert|kontrolliert|finanziert|basiert|"
    r"gestützt)e[nmrs]?)")
_MODIFIER_OPENING = re.compile(_MODIFIER + r"[^\S\n]+(?=[A-ZÄÖÜ])")
_MODIFIER_ALONE = re.compile(_MODIFIER + r"\Z")  # "the Beijing-based company said": no name at all


_QUOTE_REST = _Regex(r"[^„“”\"«»\n,;.()]{1,40}?(?=[“”\"»])")


def _to_closing_quote(text: str, entity: FoundEntity) -> FoundEntity:
    """A name opening right after a quotation mark runs to the closing one: 'das Unternehmen „Internet
    Research Agency“' names the agency whole, not "Internet Research"."""
    if text[entity.start - 1 : entity.start] not in ("„", "“", '"', "«") or text[entity.end : entity.end + 1] in ("“", "”", '"', "»"):
        return entity
    rest = _QUOTE_REST.match(text, entity.end)
    if rest is None:
        return entity
    written = text[entity.start : rest.end()]
    return replace(entity, end=rest.end(), text=written, name=" ".join(written.split()))


def _without_modifier(entity: FoundEntity) -> FoundEntity | None:
    """`entity` without a describing participle opening its name (`_MODIFIER_OPENING`); None when
    what is left is one German common noun ("die US-geführte Koalition")."""
    if entity.kind in ("person", "place"):
        return entity
    if _MODIFIER_ALONE.match(entity.text):
        return None
    m = _MODIFIER_OPENING.match(entity.text)
    if m is None:
        return entity
    cut = m.end()
    if " " not in entity.text[cut:] and _GERMAN_NOUN_END.search(entity.text[cut:]):
        return None
    name = entity.name[cut:] if entity.name.startswith(m.group()) else entity.name
    return replace(entity, start=entity.start + cut, text=entity.text[cut:], name=name)


# "die Banken Sberbank, Tinkoff und MTS Bank": in a list, a name before "und" opening a body's
# name is the item before it ("Tinkoff"), not a word of the body's name ("Trade and Development
# Bank" opens with a common noun).
_LISTED_FIRST = re.compile(rf"(?P<first>[{_UP}][\w&'’.-]*)[^\S\n]+(?:and|und)[^\S\n]+(?=[{_UP}])")
_COMMA_BEFORE = re.compile(r",[^\S\n]*\Z")


def _after_a_listed_name(text: str, entity: FoundEntity, anchors: _Anchors) -> FoundEntity:
    """`entity` without a list's item run into it (`_LISTED_FIRST`)."""
    if entity.kind not in ("organization", "company") or " " not in entity.text:
        return entity
    m = _LISTED_FIRST.match(entity.text)
    if m is None or not _COMMA_BEFORE.search(text, max(0, entity.start - 3), entity.start):
        return entity
    first = m["first"].lower()
    if first in anchors.lower or first in _COMMON_NOUNS or first in _NOT_NAME or _head_of(m["first"]) is not None:
        return entity
    rest = entity.text[m.end():]
    return FoundEntity(entity.start + m.end(), entity.end, rest, entity.name[len(entity.name) - len(rest):]
                       if entity.name.endswith(rest) else " ".join(rest.split()), entity.kind, entity.category)


# A head with a genitive that says whose it is, not which: "die viertgrößte Bank des Landes".
# "its stalled Extended Fund Facility (EFF)", "The Payment Infrastructure Development Fund scheme": a
# body's words before a programme's word name the programme, no body
_PROGRAMME_AFTER = _Regex(r"[^\S\n]+(?:Facility|Programme|Program|Scheme|scheme|programme|program)\b")


# "kauft grösste Bank Russlands": a superlative before a head and a country's genitive ranks one of
# that country's bodies, it names none ("die Zentralbank Russlands" and "Bank Russlands" alone do)
_SUPERLATIVE_BEFORE = _Regex(rf"(?<![\w-]){_SUPERLATIVE_WORD}{_SP}\Z")


def _ranked_among_a_countrys(text: str, entity: FoundEntity) -> bool:
    words = entity.text.split()
    return (len(words) == 2 and _head_of(words[0]) is not None and _is_country_word(words[1].removesuffix("s"), "de")
            and _SUPERLATIVE_BEFORE.search(text, max(0, entity.start - 30), entity.start) is not None)


# "des Joint Ventures LLC Papenburg Usbekistan": a descriptor and the legal form that opens the
# name after it are no name
_DESCRIPTOR_AND_FORM = re.compile(rf"(?i:joint[- ]ventures?)[^\S\n]+(?:{'|'.join(sorted(LEGAL_FORMS_BEFORE, key=len, reverse=True))})")
_GENERIC_GENITIVE = re.compile(r"[A-ZÄÖÜ][\w-]*[^\S\n]+(?:des|der)[^\S\n]+"
                               r"(?:Landes|Staates|Welt|Region|Stadt|Republik|Länder|Staaten|Regionen)")


# A legal form closes a company's name: "&" after one opens the next ("Telenor Pakistan B.V. & Ali
# Pay Holding Ltd."), unless it is the form's own "& Co.".
_FORM_THEN_AMPERSAND = re.compile(
    r"(?<=[\s.])(?:Ltd\.?|Limited|B\.V\.|N\.V\.|Inc\.?|Corp\.?|GmbH|AG|LLC|PLC|plc|S\.A\.|JSC|PJSC)"
    r"(?P<gap>,?[^\S\n]+&[^\S\n]+)(?!Co\.)(?=[A-ZÄÖÜ])")


def _apart_after_legal_form(entity: FoundEntity) -> list[FoundEntity]:
    """A company's name running on past its legal form and "&" into the next (`_FORM_THEN_AMPERSAND`),
    as the two companies; any other entity as it is."""
    if entity.kind not in ("company", "organization") or "&" not in entity.text:
        return [entity]
    m = _FORM_THEN_AMPERSAND.search(entity.text)
    if m is None:
        return [entity]
    first, second = entity.text[: m.start("gap")], entity.text[m.end("gap") :]
    return [FoundEntity(entity.start, entity.start + len(first), first, " ".join(first.split()), "company", "actor"),
            *_apart_after_legal_form(FoundEntity(entity.start + m.end("gap"), entity.end, second,
                                                 " ".join(second.split()), "company", "actor"))]


def _cut_before_people(found: list[FoundEntity]) -> list[FoundEntity]:
    """An organisation's name ends where a person's name found inside it begins: "Russian Chamber
    of Commerce and Industry Serget Katyrin" -> "Russian Chamber of Commerce and Industry" (the
    title before the holder's name ran on into it), "Außenministeriums Jeenbek" before "Jeenbek
    Kulubaev" -> nothing. A name that is all person is dropped."""
    people = sorted((e.start, e.end) for e in found if e.kind == "person")
    if not people:
        return found
    starts = [p[0] for p in people]
    # "Head of the National Bank of Kyrgyzstan Melis Turgunbaev" in a caption, where the person was
    # found only elsewhere: a full name the text gives closing a body's name is that person
    full_names = {e.name for e in found if e.kind == "person" and e.role is not None and " " in e.name
                  and not any(map(_is_country_word, e.name.split()))}
    kept: list[FoundEntity] = []
    for e in found:
        if e.kind != "person" and e.category == "actor":
            i = bisect.bisect_left(starts, e.start)
            inside = [p for p in people[i : i + 4] if p[0] < e.end and (p[1] <= e.end or p[0] > e.start)]
            closing = _closing_name(e.text, full_names) if full_names and not inside else None
            if closing is not None:
                inside = [(e.end - len(closing), e.end)]
            if inside:
                written = _TRAILING_JOINER.sub("", e.text[: inside[0][0] - e.start].rstrip(" ,"))
                if len(written.split()) < 2 or not any(map(_head_of, written.split())):
                    continue
                e = FoundEntity(e.start, e.start + len(written), written, " ".join(written.split()), e.kind, e.category)
            elif (i < len(people) and 0 < people[i][0] - e.end <= 1 and " " in e.text
                  and _TITLE_WORD.fullmatch(last := e.text.rsplit(None, 1)[-1])):
                # "Central Bank Governor Elvira Nabiullina": the holder's title right before the name
                # is no word of the body's
                written = e.text[: len(e.text) - len(last)].rstrip()
                if any(map(_head_of, written.split())):
                    e = FoundEntity(e.start, e.start + len(written), written, " ".join(written.split()), e.kind,
                                    e.category)
        kept.append(e)
    return kept


def _closing_name(written: str, names: set[str]) -> str | None:
    """The name of `names` (two to four words) that closes `written` after a word of its own."""
    words = written.split()
    for n in range(2, min(4, len(words) - 1) + 1):
        name = " ".join(words[-n:])
        if name in names and written.endswith(name):
            return name
    return None


# German writes a name's genitive without an apostrophe ("Apples Umsatz"); a capitalised word right
# before "’s" is a brand's name written as its owners write it: "McDonald’s", "Moody’s", "Tiffany's"
# ("Sei’s drum", "Geht’s": a verb and "es" at a sentence's start, no name)
# ("Tuck’s Business School", "Secretary-General’s videoconference": an English possessive inside a
# name, an office's: no brand)
_APOSTROPHE_NAME_DE = _Regex(r"(?<![\w'’.&-])(?:[A-ZÄÖÜ][\w.-]*[^\S\n]&[^\S\n])?[A-ZÄÖÜ][\w.&-]*?\w['’]s(?![\w'’])"
                             r"(?![^\S\n]+[A-ZÄÖÜ])")
_VERB_WITH_ES_DE = frozenset({"Sei", "Geht", "Gibt", "Hat", "War", "Wird", "Ist", "Macht", "Kommt", "Steht", "Läuft",
                              "Klappt", "Wär", "Hätt", "Lass", "Nimm", "Mach", "Bringt", "Hilft", "Zählt", "Wie", "So"})


# English writes its possessive so; a one-word name with "’s" right before a verb ("McDonald's will
# open", "Byju’s had also shut") is a brand's own name: a possessive is followed by what is owned.
# (An acronym's "’s" before "has" is a slip for the acronym: "EMC’s has reported".)
_APOSTROPHE_NAME_EN = _Regex(r"(?<![\w'’.&-])[A-Z][\w.&-]*?[a-z][\w.&-]*?['’]s(?=[^\S\n]+(?:will|would|has|had|is|was|"
                             r"said|says|delivered|opened|operates|reported|posted|announced|expects|launched|can|"
                             r"could|may|might|should|also|became|sold|added|owns)(?![\w'’-]))")
_CAPITALISED_WORD_BEFORE = _Regex(r"[A-Z][\w.&-]*[^\S\n]+\Z")


def _apostrophe_brands(text: str, found: list[FoundEntity],
                       language: str) -> tuple[list[FoundEntity], set[tuple[int, int]]]:
    """Names written with "’s" as companies with the "’s" (German: `_APOSTROPHE_NAME_DE`,
    "Standard & Poor’s"; English: `_APOSTROPHE_NAME_EN`, one word before a verb): what a finder took
    of the name's words (a company, an organisation or a one-word person: "des Vorgängers
    McDonald’s") gives way to the whole name, found too where no finder took it ("von McDonald’s
    angetreten"). Countries' and places' possessives ("China’s" in an English title), offices'
    ("Secretary-General’s") and names running on past the apostrophe stay as they are."""
    brands: list[tuple[int, int]] = []
    for m in (_APOSTROPHE_NAME_DE if language == "de" else _APOSTROPHE_NAME_EN).finditer(text):
        word = m.group()[:-2].rsplit(None, 1)[-1]
        if language != "de" and _CAPITALISED_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # ("Reliance Retail's posted": a longer name's, or a contraction)
        if not (word in _VERB_WITH_ES_DE or _is_country_word(word) or word in _STATE_WORDS
                or is_title_word(word.rsplit("-", 1)[-1]) or is_title_word(word)):
            brands.append(m.span())
    if not brands:
        return found, set()
    kept = list(found)
    own: set[tuple[int, int]] = set()
    for start, end in brands:
        inside = [e for e in kept if start <= e.start and e.end <= end]
        if any(e.kind not in _ORGANISATION_KINDS and not (e.kind == "person" and " " not in e.name) for e in inside) \
                or any(e.start < end and start < e.end and not (start <= e.start and e.end <= end) for e in kept):
            continue
        kind = next((e.kind for e in inside if e.kind in _ORGANISATION_KINDS and e.end == end - 2), "company")
        written = text[start:end]
        kept = [e for e in kept if e not in inside] + [FoundEntity(start, end, written, written, kind, "actor")]
        own.add((start, end))
    return kept, own


def _without_office_after(e: FoundEntity) -> FoundEntity:
    """An organisation's name without an office's capitals ending it ("IFFCO MD", "Tata Steel CEO")."""
    if e.kind not in _ORGANISATION_KINDS or " " not in e.text:
        return e
    rest, last = e.text.rsplit(None, 1)
    if not (last.isupper() and len(last) <= 4 and is_title_word(last)):
        return e
    rest = _JOINER_END.sub("", rest)  # "Head of South Asia & MD": the joiner goes with the office
    if not rest:
        return e
    return replace(e, end=e.start + len(rest), text=rest, name=" ".join(rest.split()))


_JOINER_END = _Regex(r"(?:[^\S\n]*(?:&|,|\band))+\Z")


# A product's noun right before a name: "die Modelle Lada Granta, Westa", "des Crossovers Lada Azimut",
# "the new model Lada Vesta" name a car, no person
_PRODUCT_BEFORE = _Regex(r"(?<![\w-])(?:Modell|Modelle|Modells|Modellen|Crossover|Crossovers|Limousine|Marke|Serie|"
                         r"model|models|brand|crossover|sedan|hatchback)[^\S\n]+(?:(?:new|neue[nrs]?)[^\S\n]+)?\Z")


def _a_product_named(text: str, e: FoundEntity) -> bool:
    """Whether a person found without a role is a product the noun before it names (`_PRODUCT_BEFORE`)."""
    return e.kind == "person" and e.role is None and _PRODUCT_BEFORE.search(text, max(0, e.start - 24), e.start) is not None


def _brands_not_people(found: list[FoundEntity]) -> list[FoundEntity]:
    """A name without a role whose first word opens a company's or organisation's name in the same
    text is another name of that brand: "Reliance Jio reported" beside "Reliance Industries Limited"."""
    brands = {e.name.split()[0]: e.kind for e in found if e.kind in ("company", "organization") and " " in e.name}
    if not brands:
        return found
    renamed = {e.name: brands[e.name.split()[0]] for e in found
               if e.kind == "person" and e.role is None and " " in e.name and e.name.split()[0] in brands}
    if not renamed:
        return found
    short = {name.split()[-1]: name for name in renamed}  # "Jio said" after "Reliance Jio reported"
    kept = []
    for e in found:
        if e.kind == "person" and e.role is None and (e.name in renamed or e.name in short):
            name = short.get(e.name, e.name)
            e = FoundEntity(e.start, e.end, e.text, name, renamed[name], "actor")
        kept.append(e)
    return kept


# Brands and services written as one word in two capitalised parts ("LiveInternet", "AstraZeneca")
# or two parts joined by a dot ("Yandex.Money", "Auto.ru"): shapes no common word and no person's
# name has ("McDonald", "DeSantis" are names' prefixes, left alone).
# Also a run of one to three capitals before a capitalised word ("MBank"), which `_brand_names`
# takes only before an organisation's head word.
_CAMEL_WORD = _Regex(rf"(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)(?:[{_UP}][{_LO}]+|[{_UP}]{{1,3}}(?=[{_UP}][{_LO}]))"
                     rf"(?:[{_UP}][{_LO}]+)+")
_CAPS_OPENING = _Regex(rf"[{_UP}]{{1,3}}(?=[{_UP}][{_LO}])")
# Found by its dot, then read back: a pattern that opens with a literal is scanned fast.
_DOTTED_TAIL = _Regex(rf"\.(?:(?P<part>[{_UP}][{_LO}]+)|(?:{_TLDS}))(?![\w@/-]|\.\w)")
_DOTTED_HEAD = _Regex(rf"(?<![\w.@/-])[{_UP}][{_LO}]{{2,}}\Z")


_ALONE_ON_LINE = _Regex(r"[^\S\n]*(?:\n|$)")
_SITE_REPORTS = _Regex(r"[^\S\n]+(?:reports|reported|writes|wrote|informs|berichtet|berichtete|meldet|meldete)\b")


def _through_acronym(text: str, entity: FoundEntity) -> FoundEntity:
    """A name with the words after it that its acronym in brackets spells too (`end_by_acronym`)."""
    end = end_by_acronym(text, entity.start, entity.end) if "(" in text[entity.end : entity.end + 60] else entity.end
    if end == entity.end:
        return entity
    written = text[entity.start : end]
    return replace(entity, end=end, text=written, name=" ".join(written.split()))


_STARTERS_DE = vocabulary("de").sentence_starters


def _brand_names(text: str, anchors: _Anchors) -> Iterator[FoundEntity]:
    """Companies and services by the shape of their one-word name. A run-together sentence
    ("ProzentSchon", "Jahr.Das") is no brand: its second part is a word the text writes in lower
    case or a word of sentences, or its first a word the text writes alone; an alias in brackets
    after a name ("(TurkStream)") is that name's."""
    spans = [(at, at + len(w)) for w in anchors.camel for at in positions(text, {w})]
    for m in _DOTTED_TAIL.finditer(text):
        head = _DOTTED_HEAD.search(text, max(0, m.start() - 40), m.start())
        if head is not None and not (m["part"] and (m["part"].lower() in _NOT_NAME or _is_country_word(m["part"])
                                                    or m["part"] in _STARTERS_DE)):
            # not "Zentralasien.Deutschland hat …", "Absturz.Fast über Nacht": a sentence run into the
            # next, opening on a country or a word sentences open with
            spans.append((head.start(), m.end()))
    for start, end in spans:
        written = text[start:end]
        parts = re.findall(rf"[{_UP}][{_LO}]+", written)
        # "InfinBank", "MBank": a bank's name, though the text writes "the bank" too
        headed = bool(parts) and _HEADS.get(parts[-1], ("", ""))[0] in _ORGANISATION_KINDS[:3]
        if _CAPS_OPENING.match(written) and not headed:
            continue  # "EUropa", "IPhone": no name of a body
        if len(parts) > 1 and not headed and (any(p.lower() in anchors.lower or p.lower() in _NOT_NAME for p in parts[1:])
                               or "." not in written and len(parts[0]) > 3 and parts[0].lower() in anchors.by_lower):
            continue  # "ProzentSchon" beside "Prozent": two words run together
        if len(parts) > 1 and "." not in written and all(len(p) <= 2 for p in parts):
            continue  # "MoUs", "MoA": an abbreviation of a document, no brand
        if len(parts) > 1 and "." not in written and parts[0].lower() in _de.COMMON_NOUNS:
            continue  # "Mehr zum ThemaIrans Präsident …": a link line run into the next
        if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
            continue
        if text[start - 1 : start] == "@":
            continue  # "@FahadShabbir": a social media handle, an author's, no brand
        if "." in written and _ALONE_ON_LINE.match(text, end) and (start == 0 or text[start - 1] == "\n"):
            continue  # "Akorda.kz" on a line of its own: a photo credit, metadata
        if _CAMEL_TAIL.search(written) and _head_of(written) and _NAME_WORD_BEFORE.search(text, max(0, start - 30), start):
            continue  # "Gyeongbuk TechnoPark": the last word of a longer name, with its head
        # "…, Asiaplus.tj reports.": a site that reports a story is a medium
        kind = "media" if "." in written and _SITE_REPORTS.match(text, end) else "company"
        yield FoundEntity(start, end, written, written, kind, "actor")


# "through Uzpromstroibank", "Kapitalbank and Hamkorbank": one capitalised word ending in "bank"
# names a bank in English, where no common noun is written so ("Sandbank", "Databank" are).
_ONE_WORD_BANK = _Regex(rf"(?<![\w-])[{_UP}][{_LO}]{{2,}}bank(?![\w-])")
_NOT_BANKS = frozenset("sandbank riverbank databank foodbank bloodbank snowbank westbank seabank".split())


def _one_word_banks(text: str, anchors: _Anchors) -> Iterator[FoundEntity]:
    """Banks named in one English word ending in "bank" (`_ONE_WORD_BANK`), not a word the text
    writes in lower case."""
    if "bank" not in text:
        return
    for m in _ONE_WORD_BANK.finditer(text):
        lowered = m.group().lower()
        if lowered not in anchors.lower and lowered not in _NOT_BANKS and lowered[:-4] not in _COMMON_NOUNS:
            yield FoundEntity(m.start(), m.end(), m.group(), m.group(), "organization", "actor")


def _without_overlaps(people: list[FoundEntity]) -> list[FoundEntity]:
    """One person per stretch of text: of overlapping names one with a role, the longest of
    those; a name without a role lends nothing."""
    kept: list[FoundEntity] = []
    spans = _Spans()  # the kept names' spans, for a look-up per name (not a scan of all kept)
    by_start: dict[int, int] = {}
    for person in sorted(people, key=lambda p: (p.role is None, -(p.end - p.start))):
        if spans.add(person.start, person.end):
            by_start[person.start] = len(kept)
            kept.append(person)
            continue
        i = by_start[spans.overlapping(person.start, person.end)]
        rival = kept[i]
        if rival.role is None and person.role is not None:
            kept[i] = FoundEntity(rival.start, rival.end, rival.text, rival.name, rival.kind,
                                  rival.category, person.role, person.affiliation)
    return kept


class _Spans:
    """Disjoint (start, end) spans, sorted; `add` refuses one that overlaps a kept span."""

    __slots__ = ("ends", "starts")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlapping(self, start: int, end: int) -> int:
        """The start of a kept span that overlaps [start, end) (one must)."""
        i = bisect.bisect_right(self.starts, start)
        return self.starts[i - 1] if i and self.ends[i - 1] > start else self.starts[i]

    def add(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        if (i and self.ends[i - 1] > start) or (i < len(self.starts) and self.starts[i] < end):
            return False
        self.starts.insert(i, start)
        self.ends.insert(i, end)
        return True
