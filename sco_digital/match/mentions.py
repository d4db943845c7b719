"""Finding lexicon actors and initiatives in text by exact alias match, in both languages.

Names and aliases match anywhere (case-sensitively, on word boundaries; a hyphen is a boundary,
so "SCO" is found in "SCO-Ländern"). Short forms — a surname, "the ministry" — match only in a
text where a full name or alias of the same entry matched, so they never name a stranger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from ..extract.wordscan import matches_at, occurrences, word_pieces
from ..load.registry import LexActor, LexInitiative


@dataclass(frozen=True, slots=True)
class AliasMatch:
    id: str
    start: int
    end: int
    text: str


def alternation(words: Iterable[str], not_after: str = "") -> str:
    """A regular expression matching any of `words`, the longest first at a place (as the
    alternation of them sorted longest first does), written as a prefix tree: at each character
    the engine tries the few branches that start there instead of every word in turn, so a scan
    costs about the same however many names there are. Nothing after the tree may depend on
    which word matched beyond its length: a failing look-ahead after it backtracks to the next
    shorter word, exactly as the flat alternation does.

    `not_after`, a character class body (``\\w``), is what may not stand right before a match. It
    is checked after the first character, so the pattern begins with a plain choice of first
    characters, which the engine skips to at C speed."""
    tree: dict[str, Any] = {}
    for word in set(words):
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    if not not_after:
        return _branches(tree)
    if "" in tree:  # the empty word matches anywhere: the check cannot follow a first character
        return rf"(?<![{not_after}])" + _branches(tree)
    first = [re.escape(char) + rf"(?<![{not_after}].)" + _branches(child) for char, child in sorted(tree.items())]
    return "(?:" + "|".join(first) + ")"


def _branches(node: dict[str, Any]) -> str:
    """The pattern of one tree node: its continuations (longer words first), then its end."""
    # Recursion depth is the longest word's length: names of a lexicon, well under the limit.
    branches = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return "(?:" + body + ")?"


def _compile(aliases: Iterable[str]) -> re.Pattern[str] | None:
    aliases = list(aliases)
    if not aliases:
        return None
    return re.compile(alternation(aliases, not_after=r"\w") + r"(?!\w)")  # the longest alias wins at a place


_LEADING_WORD = re.compile(r"\w+")


def _leading_words(aliases: Iterable[str]) -> frozenset[str] | None:
    """The run of word characters each alias opens with ("SCO" of "SCO-Gipfel", "U" of "U.S."):
    a match stands after a non-word character, so it starts one of the text's runs of word
    characters (`word_pieces`), and that run is exactly this. None when an alias opens with
    something else, which only a scan finds."""
    leading = set()
    for alias in aliases:
        word = _LEADING_WORD.match(alias)
        if word is None:
            return None
        leading.add(word.group())
    return frozenset(leading)


# The adjectives opening a German name, as its nominative writes them ("Deutsche Bahn", "Neue
# Entwicklungsbank", "Internationaler Währungsfonds"): capitalised, each before another capitalised word.
_GERMAN_ADJECTIVES = re.compile(r"\A(?:[A-ZÄÖÜ][a-zäöüß]{2,}(?:e|er)[^\S\n]+)+(?=[A-ZÄÖÜ])")
_ADJECTIVE_ENDING = re.compile(r"(?:e|er)(?=[^\S\n])")


def german_declensions(name: str) -> list[str]:
    """The forms of a German name whose opening adjectives are declined as articles and
    prepositions decline them: "Deutsche Bahn" → "Deutschen Bahn", "Deutscher Bahn";
    "Internationaler Währungsfonds" → "Internationalen Währungsfonds". Each form gives every
    opening adjective one ending ("der Neuen Eurasischen …"); adjectives after the head keep theirs
    ("Gesellschaft für Auswärtige Politik"). No opening adjective, no forms."""
    opening = _GERMAN_ADJECTIVES.match(name)
    if opening is None:
        return []
    forms = []
    for ending in ("e", "en", "er"):
        form = _ADJECTIVE_ENDING.sub(ending, opening.group()) + name[opening.end():]
        if form != name:
            forms.append(form)
    return forms


# A one-word proper name German declines with -s in the genitive: "Gazproms Exporte", "Huaweis
# Umsatz", "Rosatoms Chef". Not a name ending in a hissing sound ("Siemens'"), not an acronym
# ("des IWF"), not a feminine common noun that a name ends in ("der Weltbank", "der Nationalbank":
# their -s form is a plural).
_GENITIVE_NAME = re.compile(r"\A[A-ZÄÖÜ][\w-]*[a-zäöü][\w-]*\Z")
_NO_GENITIVE_ENDINGS = ("s", "x", "z", "ß", "ce", "se", "ze", "bank", "agentur", "kammer", "kommission", "union",
                        "organisation", "gesellschaft", "stiftung", "behörde", "börse", "bahn", "post", "gruppe",
                        "holding", "versicherung", "hochschule", "universität", "akademie", "zeitung", "kasse")


def german_genitive(name: str) -> str | None:
    """The -s genitive of a one-word proper name ("Gazprom" → "Gazproms"), or None where German
    writes none (see `_GENITIVE_NAME`)."""
    if not _GENITIVE_NAME.match(name) or name.lower().endswith(_NO_GENITIVE_ENDINGS):
        return None
    return name + "s"


# A company's legal form written long or short: each form of one set names the same company
# ("Semiconductor Manufacturing International Corp." is the "… Corporation").
_LEGAL_FORM_SETS = (("Corporation", "Corp.", "Corp"), ("Limited", "Ltd.", "Ltd"), ("Incorporated", "Inc.", "Inc"))
_LEGAL_FORM_ENDING = re.compile(r"[^\S\n](?P<form>" + "|".join(
    re.escape(form) for forms in _LEGAL_FORM_SETS for form in forms) + r")\Z")


def legal_form_variants(name: str) -> list[str]:
    """The same name with its closing legal form written the other ways: "X Corporation" →
    "X Corp.", "X Corp"; "X Ltd" → "X Limited", "X Ltd.". A name with no such ending has none."""
    ending = _LEGAL_FORM_ENDING.search(name)
    if ending is None:
        return []
    forms = next(forms for forms in _LEGAL_FORM_SETS if ending["form"] in forms)
    return [name[: ending.start("form")] + form for form in forms if form != ending["form"]]


class AliasMatcher:
    """One compiled pattern over every full alias, one over the short forms. With `declined`, a
    German name also matches its declined forms (`german_declensions`; the gazetteer's names are
    written in the nominative) where no entry claims them as written."""

    def __init__(self, entries: Iterable[LexActor | LexInitiative], declined: bool = False):
        entries = list(entries)
        self._by_alias: dict[str, str] = {}
        self._by_short: dict[str, str] = {}
        self.collisions: list[tuple[str, str, str]] = []
        for entry in entries:
            for alias in (*entry.names.values(), *entry.aliases):
                self._claim(self._by_alias, alias.strip(), entry.id)
            for alias in entry.short_forms:
                self._claim(self._by_short, alias.strip(), entry.id)
        for entry in entries:
            for alias in (*entry.names.values(), *entry.aliases):
                for form in legal_form_variants(alias.strip()):
                    self._by_alias.setdefault(form, entry.id)
        if declined:
            for entry in entries:
                german = entry.names.get("de", "")
                english = entry.names.get("en", "")
                # the German name and the aliases, not an English name ("Deutsche Bahn" is both)
                written = {german, *entry.aliases} - ({""} if english == german else {"", english})
                for alias in written:
                    for form in german_declensions(alias.strip()):
                        self._by_alias.setdefault(form, entry.id)
                for alias in (german, english, *entry.aliases):
                    genitive = german_genitive(alias.strip())
                    if genitive is not None:
                        self._by_alias.setdefault(genitive, entry.id)
        self.ids = frozenset(e.id for e in entries)
        self.kinds: dict[str, str] = {e.id: e.kind for e in entries}
        short = [a for a in self._by_short if a not in self._by_alias]
        self._full = _compile(self._by_alias)
        self._short = _compile(short)
        self._full_leading = _leading_words(self._by_alias)
        self._short_leading = _leading_words(short)

    def _claim(self, table: dict[str, str], alias: str, entry_id: str) -> None:
        if not alias:
            return
        owner = table.setdefault(alias, entry_id)
        if owner != entry_id:
            self.collisions.append((alias, owner, entry_id))

    def find(self, text: str) -> list[AliasMatch]:
        """Every alias written in `text`, in order. The pattern is matched only where the leading
        word of some alias is written (the text's words are read once, `word_pieces`), which gives
        what a scan of the whole text gives."""
        if self._full is None:
            return []
        found = []
        for m in self._matches(self._full, self._full_leading, text):
            outer = self._by_alias[m.group()]
            found.append(AliasMatch(outer, m.start(), m.end(), m.group()))
            # A name inside a longer name ("SCO-Gipfels 2025" in "Pressekonferenz im Vorfeld des
            # SCO-Gipfels 2025") is a mention too.
            for inner in self._full.finditer(text, m.start() + 1, m.end()):
                if self._by_alias[inner.group()] != outer:
                    found.append(AliasMatch(self._by_alias[inner.group()], inner.start(), inner.end(), inner.group()))
        if self._short is not None:
            # A short form refers back: to an entry the text has named before it ("the ministry"
            # before "the Ministry of Industry and Information Technology" is another ministry).
            first: dict[str, int] = {}
            for named in found:
                first.setdefault(named.id, named.start)
            taken = [(m.start, m.end) for m in found]
            for m in self._matches(self._short, self._short_leading, text):
                owner = self._by_short[m.group()]
                if first.get(owner, len(text)) < m.start() and not any(s < m.end() and m.start() < e for s, e in taken):
                    found.append(AliasMatch(owner, m.start(), m.end(), m.group()))
        found.sort(key=lambda m: m.start)
        return found

    @staticmethod
    def _matches(pattern: re.Pattern[str], leading: frozenset[str] | None, text: str) -> Iterator[re.Match[str]]:
        if leading is None:
            return pattern.finditer(text)
        written = leading & word_pieces(text)
        return matches_at(pattern, text, occurrences(text, written)) if written else iter(())

    def id_of(self, alias: str) -> str | None:
        """The entry a full name or alias names. A short form names nothing on its own: it refers
        to a name the text gives (`short_id_of`), so a found "Ministerium" is no curated ministry."""
        return self._by_alias.get(alias.strip())

    def short_id_of(self, form: str) -> str | None:
        """The entry a short form ("Zhao", "ministry") would refer to; the caller decides whether
        the text names that entry in full."""
        return self._by_short.get(form.strip())
