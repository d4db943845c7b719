"""Clauses inside a sentence: the words that belong to one number.

A sentence often holds several statistics ("Exports rose 5%, while imports fell 3%"); what a
number measures, when and about whom is said in its own clause first. A clause is cut at a comma
(not a decimal comma: "9,3"), a semicolon, a colon, a dash between spaces, a parenthesis or a
full stop that ends a sentence.
Pure functions of text; bounded by the span given, never raising.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A comma between two digits is a decimal or thousands separator, not a clause break. A full stop
# after a word of four or more letters and before a capital ends a sentence the sentence finder
# may have joined ("… 6,61 Billionen Yuan. Dabei betrug …"); "Mrd. Yuan" and "Prof. Li" do not.
_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:()\[\]]|\s[–—-]\s|"
                    r"(?<=[^\W\d_]{4})(?<!Prof)(?<!Sept)(?<!Dipl)\.(?=\s+[A-ZÄÖÜ])")

# Words of a clause: letters, digits, inner hyphens and apostrophes ("5G-Basisstationen", "China's").
WORD = re.compile(r"[^\W_][\w]*(?:[-'’][\w]+)*")


# How far around a number its words are looked for: a bound, so one figure costs constant time.
WINDOW = 300


def window(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """[lo, hi) narrowed to at most WINDOW characters either side of text[start:end]."""
    hi = len(text) if hi is None else hi
    return max(lo, start - WINDOW), min(hi, end + WINDOW)


# After a comma, one or two capitalised words and another comma or "and": an item of a list
# ("Kasachstan, Kirgisistan, Tadschikistan und Usbekistan"), not a new clause.
_LIST_ITEM = re.compile(r"\s*[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?\s*(?:,|\s(?:und|and|or|oder|sowie)\s)")


@lru_cache(maxsize=8)  # the few passages being read: a sentence is asked about for each of its numbers
def lowered(text: str) -> str | None:
    """`text` in lower case when that keeps every offset (the same length), else None.

    A case-blind pattern scanned over a window usually fails; the words it cannot match without
    are found in the lower-cased text by `str.find` many times faster than the engine tries the
    window, so callers skip the scan when they are absent. Lower-casing maps a letter to the
    lower-case letter a case-blind pattern matches it with, so a word absent here is absent there
    too; None where that fails: a letter that lower-cases to two characters ("İ"), and the dotless
    "ı" and long "ſ", which a case-blind "i" and "s" match."""
    low = text.lower()
    return low if len(low) == len(text) and "ı" not in low and "ſ" not in low else None


def names_any(text: str | None, words: tuple[str, ...], lo: int, hi: int) -> bool:
    """Whether any of `words` stands in text[lo:hi]; True when `text` is None (not known)."""
    if text is None:
        return True
    for word in words:  # a loop, not any(): asked for every number of a sentence
        if text.find(word, lo, hi) >= 0:
            return True
    return False


# Brackets around a name's short form or a gloss, no number in them ("charging piles for electric
# vehicles (EV) in China reached", "des Bruttoinlandsprodukts (BIP) für 2025"): words of the clause.
_GLOSS = re.compile(r"\([^()\d,;:\n]{1,30}\)")


def _breaks(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    return [m for m in _BREAK.finditer(text, lo, hi)
            if not (m.group() == "," and _LIST_ITEM.match(text, m.end())) and not _in_gloss(text, m)]


def _in_gloss(text: str, m: re.Match[str]) -> bool:
    """Whether the break `m` is a bracket of a gloss (`_GLOSS`)."""
    if m.group() == "(":
        return _GLOSS.match(text, m.start()) is not None
    if m.group() == ")":
        opening = text.rfind("(", max(0, m.start() - 31), m.start())
        return opening >= 0 and _GLOSS.fullmatch(text, opening, m.end()) is not None
    return False


@lru_cache(maxsize=1024)  # asked for one number's clause by several look-ups in a row
def clause_bounds(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """(start, end) of the clause of `text` that holds text[start:end], within [lo, hi) (and the window)."""
    lo, hi = window(text, start, end, lo, hi)
    before = _breaks(text, lo, start)
    left = before[-1].end() if before else lo
    after = _breaks(text, end, hi)
    right = after[0].start() if after else hi
    return left, right
