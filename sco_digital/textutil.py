"""Plain-text helpers shared by the loader, search and extractors: sentences, words, slugs."""

from __future__ import annotations

import bisect
import re
import unicodedata

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
# A sentence ends at . ! ? (or a run of them, maybe followed by a closing quote) before white space,
# or at a line break. Not after a number ("5. August") or a short abbreviation ("Nr.", "Aug.").
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”“»«)]*\s+|\n\s*")
_NO_BREAK_BEFORE = re.compile(r"(?:\b\d{1,2}|\b[A-Z][a-z]{0,3}|\b(?:ca|bzw|usw|z\.B|u\.a|Nr|Dr|Prof|St|No|vs|etc))\.$")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence, white space trimmed; offsets into `text`."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        head = text[max(start, match.start() - 8) : match.start()]
        if "\n" not in match.group() and _NO_BREAK_BEFORE.search(head):
            continue
        _append(bounds, text, start, match.start())
        start = match.end()
    _append(bounds, text, start, len(text))
    return bounds


# A "sentence" longer than this (a page with no full stops, a table flattened into one line) is
# cut at white space into pieces of at most this length, so that everything done per sentence —
# quotes, clause windows, describing a figure — stays bounded and the whole stays linear.
MAX_SENTENCE = 2000


def _append(bounds: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = _cut_point(text, start, start + MAX_SENTENCE)
        _append(bounds, text, start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        bounds.append((start, end))


def _cut_point(text: str, start: int, limit: int) -> int:
    """Where to cut an over-long sentence before `limit`: after the last ';' or ',' in its
    second half, else at the last white space, else at the limit itself."""
    half = start + (limit - start) // 2
    for mark in (";", ","):
        at = text.rfind(mark, half, limit)
        if at >= 0:
            return at + 1
    at = max(text.rfind(" ", half, limit), text.rfind("\n", half, limit))
    return at if at > start else limit


def _start_of(bound: tuple[int, int]) -> int:
    return bound[0]


def sentence_around(bounds: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The smallest run of whole sentences that holds text[start:end]."""
    if not bounds:
        return start, end
    first = max(bisect.bisect_right(bounds, start, key=_start_of) - 1, 0)  # O(log n): no list per call
    last = first
    while last + 1 < len(bounds) and bounds[last][1] < end:
        last += 1
    return min(bounds[first][0], start), max(bounds[last][1], end)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def word_count(text: str) -> int:
    return sum(1 for _ in _WORD.finditer(text))


def fold(text: str) -> str:
    """Lower case without accents, umlauts spelled out: for matching, never for display."""
    text = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slugify(name: str) -> str:
    """`Xiong Jijun` -> `xiong-jijun`; `Lucero Carreón` -> `lucero-carreon`."""
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "x"


def _fold_char(c: str) -> str:
    low = c.lower()
    if len(low) != 1:
        return c
    base = unicodedata.normalize("NFKD", low)[:1]
    return "s" if low == "ß" else (base if base and base.isascii() else low)


class _FoldTable(dict[int, str]):
    """`str.translate`'s table for `match_fold`: each code point folded on first sight, then
    looked up in C (a Python loop over every character cost the index build most of its main
    process). Bounded by the code points that exist."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def match_fold(text: str) -> str:
    """Lower case without accents, one character for one, so offsets stay valid."""
    if text.isascii():
        return text.lower()
    lowered = text.lower()
    if len(lowered) != len(text):  # a character that lowers to two ("İ"): one by one
        return text.translate(_FOLD_TABLE)
    # Lower case in C, then only the runs of other letters through the table: `translate` looks
    # every character up in a dict, which cost the index build a millisecond per article.
    return _NOT_ASCII.sub(_fold_run, lowered)


_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")


def _fold_run(run: re.Match[str]) -> str:
    return run.group().translate(_FOLD_TABLE)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """A CSV cell a spreadsheet will not run as a formula (OWASP's advice): text starting with
    `=`, `+`, `-`, `@`, tab or CR is prefixed with `'`; numbers and other text pass unchanged.

    >>> spreadsheet_safe("=HYPERLINK(1)"), spreadsheet_safe("-2,4 %"), spreadsheet_safe(-2.4)
    ("'=HYPERLINK(1)", "'-2,4 %", -2.4)
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


# Characters that do not show and must not split a word or a number ("8\u200b30" is 830): soft
# hyphen, zero-width space and joiners, word joiner, and a BOM inside the text.
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")


# A line break inside a sentence of hard-wrapped text: after a word, a number or a comma, before a
# lower-case word or a number ("2.5 million\ntons of cargo"); not a paragraph's blank line.
_WRAP = re.compile(r"(?<=[\w,%])[^\S\n]*\n(?=[^\S\n]*[a-zäöüß0-9(])")
_WRAPPED_SHARE = 0.3  # of a text's line breaks inside sentences, from which it reads as hard-wrapped
_WRAPPED_LEAST = 3


def unwrapped(text: str) -> str | None:
    """Hard-wrapped text (a saved page or a PDF that breaks lines inside sentences) with each such
    break read as a space, of the same length so that every offset stays; None when the text is not
    hard-wrapped (few of its line breaks fall inside sentences), the common case.

    >>> unwrapped("In July, 2.5 million\ntons of cargo were\ntransported via the\nroute, up 62%\nyear on year.")
    'In July, 2.5 million tons of cargo were transported via the route, up 62% year on year.'
    """
    breaks = text.count("\n")
    if breaks < _WRAPPED_LEAST:
        return None
    inside = [m.end() - 1 for m in _WRAP.finditer(text)]
    if len(inside) < _WRAPPED_LEAST or len(inside) < _WRAPPED_SHARE * breaks:
        return None
    chars = list(text)
    for at in inside:
        chars[at] = " "
    return "".join(chars)


def matching_view(text: str) -> tuple[str, list[int], list[int]] | None:
    """The text as the extractors should read it — NFC, without invisible format characters —
    with, for each of its characters, where it starts and ends in `text`; None when `text`
    already is that (the common case, at the cost of one scan).

    Offsets found in the view map back with `starts[i]` and `ends[j - 1]`, so a quote is always
    `text[start:end]`, the words as stored.

    >>> view, starts, ends = matching_view("8\\u200b30 Fachkra\\u0308fte")
    >>> view, view.index("830"), starts[4], ends[len(view) - 1]
    ('830 Fachkräfte', 0, 5, 16)
    """
    if text.isascii() or (unicodedata.is_normalized("NFC", text) and not _INVISIBLE.intersection(text)):
        return None
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        if text[i] in _INVISIBLE:
            i += 1
            continue
        j = i + 1
        while j < n and unicodedata.combining(text[j]):  # a base character and its marks
            j += 1
        for ch in unicodedata.normalize("NFC", text[i:j]):
            chars.append(ch)
            starts.append(i)
            ends.append(j)
        i = j
    return "".join(chars), starts, ends
