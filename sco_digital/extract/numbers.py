"""Figures in news text, English and German: number, unit, qualifier, direction and the noun counted.

Two compiled scanners walk the text once each and propose candidates: one digits (``9,3``,
``1,500``, ``29 000``, ``$84bn``, ``-2,4``), the other words (``zwei``, ``a dozen``, ``dozens of``,
``a third``, ``tripled``); both begin with a character class, so the regex engine skips the prose
between candidates at C speed. Each candidate is then judged on its immediate context only --
scale and unit after it (:mod:`number_units`), qualifier and direction around it -- and by the
rules of DESIGN.md §3 for what is *not* a figure: dates, years, clock times, periods ("first five
months"), ages, ranks ("10 largest"), ordinals ("78th", "25. Konferenz"), names ("5G", "iPhone
15", "DAX 40"), ids, URLs, phones. Every word comes from ``lang/`` (one module per language).

Conventions of :class:`FoundFigure` (they match the curated records):

- ``start`` is the offset of the first character of ``text``, and ``text == source[start:end]``.
  For counts ``text`` is the number as written with its scale word ("830", "1.5 million",
  "a dozen"); for every other unit it includes the unit as written ("9,3 Prozent", "43%",
  "$84 billion", "2,4 Quadratkilometer", "12,5-fache", "tripled", "a third"). A currency written
  before the number is part of ``text``, so ``start`` may point at "$" or "USD".
- ``qualifier_start`` is where the qualifier's words begin ("more than 830"); ``== start`` when
  there is none.
- ``value`` is fully scaled, an ``int`` whenever it is integral, signed as written ("-2,4 %").
  German "Billion" is 10^12. Units are never converted; sub-units are the one exception
  ("45 cents" -> 0.45 USD). Fractions are percent ("a third" -> 100/3, unrounded).
- Vague amounts ("dozens", "Hunderte", "mehrere Hundert Milliarden") are their lower bound with
  qualifier ``at_least``.
- ``change`` is "up" or "down" when the text states a direction for this number: a verb or noun
  next to it ("rose 9.3 percent", "sank um 3 %", "a 5% increase", "Rückgang um 2 Prozent") or a
  written sign ("+3,75 %", "-2,4 %"); otherwise None.
- ``range_with`` is, for each end of a range ("4-8 %", "between $15.2 and $16.2 billion",
  "zwischen 2 und 3 Millionen", "von 2 bis 3 Millionen Euro"), the ``start`` of the other end;
  the lower end is ``at_least`` and the upper ``up_to`` unless the text says otherwise. A change
  ("from 43 to 70 percent", "von 43 auf 70 Prozent") or a list ("3 Mrd. bzw. 250 Mio. Dollar")
  is not a range: its numbers share unit and scale but are not linked.

Pure functions of text, standard library only; nothing here raises on any input.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass
from functools import cache

from ..contract import (
    AT_LEAST,
    COUNT,
    EXACT,
    PERCENT,
    PERCENTAGE_POINT,
    TIMES,
    UP_TO,
)
from ._regex import LazyRegex
from .lang import Vocabulary, vocabulary
from .language import detect_language
from .number_parsing import numeral, parse_number, scale_factor, scale_language, scaled, word_value
from .number_patterns import (
    AMPM_AFTER,
    CHANGE_GAP_WORDS,
    CLOCK_AFTER,
    DATE_AFTER,
    DATE_BEFORE,
    DATE_CHAIN_AFTER,
    DE_ADJECTIVE_ENDINGS,
    DE_COORD,
    DE_FUER,
    DE_VON,
    DIGIT_SCANNER,
    DOT_WORD,
    LAST_WORD,
    NEXT_TOKEN,
    NEXT_WORD,
    OF,
    PERCENT_OF_DE,
    PERCENT_OF_EN,
    SENTENCE_END,
    SPACES,
    patterns,
)
from .number_units import DOTTED_ABBREVIATIONS, GLUED_ONLY_LONGER, UnitLexicon, UnitReading, unit_lexicon

__all__ = ["FoundFigure", "extract_figures", "parse_number"]

UP, DOWN = "up", "down"


@dataclass(frozen=True, slots=True)
class FoundFigure:
    """One figure found in a text; ``text == source[start:end]`` always holds.

    ``change``: "up" | "down" | None, the direction the text states for this number.
    ``range_with``: the ``start`` of the other end when this number is one end of a range.
    """

    start: int
    end: int
    text: str
    value: int | float
    unit: str
    qualifier: str
    counted: str | None
    qualifier_start: int
    change: str | None = None
    range_with: int | None = None


# --------------------------------------------------------------------------- context helpers

_SIGNS = {"-": -1, "−": -1, "+": 1, "–": -1}
_CLAUSE_END = LazyRegex(r"[.;:!?\n\r(\[\"“”„](?!\d)|,(?!\d)")
_WORD = LazyRegex(r"[^\W\d_][\w’'/-]*|\d[\d.,]*%?")
_PER_TIME = {"day": "d", "tag": "d", "hour": "h", "stunde": "h"}
_TIMES_AFTER = frozenset(
    "higher larger more bigger greater as the faster over lower smaller that what höher größer mehr so".split()
)
_MODALS_EN = frozenset("to will would could may might can should must expected set likely".split())


def _prev_word(text: str, start: int) -> tuple[str | None, int, bool]:
    """The word just before ``start`` across spaces only: (word, its offset, ends with ".")."""
    left = text[max(0, start - 40) : start]
    stripped = left.rstrip(SPACES)
    if len(stripped) == len(left):
        return None, start, False
    m = LAST_WORD.search(stripped)
    if not m:
        return None, start, False
    return m.group(1), max(0, start - 40) + m.start(1), bool(m.group(2))


def _sentence_initial(text: str, index: int) -> bool:
    left = text[max(0, index - 8) : index].rstrip(SPACES)
    return not left or left[-1] in SENTENCE_END


def _line_start(text: str, index: int) -> bool:
    """Whether only spaces stand between the previous line break (or the start) and ``index``."""
    window = max(0, index - 80)
    line_break = text.rfind("\n", window, index)
    if line_break < 0 and window > 0:
        return False
    return not text[line_break + 1 : index].strip()


def _is_plural_en(word: str, vocab: Vocabulary) -> bool:
    w = word.lower()
    if w in vocab.plural_exceptions:
        return True
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))


def _counted_en(text: str, pos: int, need_plural: bool = True) -> tuple[int, int] | None:
    """Span of the English noun phrase at ``pos``.

    Counted nouns (``need_plural``): up to five words ending at the first plural ("830 digital
    technology professionals"), then an "of" tail ("representatives of governments"). Otherwise
    (what a percentage is of): up to four content words.
    """
    vocab = vocabulary("en")
    first = last = head_end = None
    p = pos
    for _ in range(5 if need_plural else 4):
        wm = NEXT_WORD.match(text, p)
        if not wm:
            break
        word = wm.group(1).rstrip("-'’")
        if not word or word.lower() in vocab.stop_words or (first is not None and word.endswith("ed")):
            break  # a participle after a noun is its verb: "40 percent of revenue generated"
        if first is None:
            first = wm.start(1)
        last = wm.start(1) + len(word)
        p = wm.end()
        if need_plural and _is_plural_en(word, vocab):
            head_end = last
            break
    if first is None or last is None:
        return None
    if not need_plural:
        return first, last
    if head_end is None:
        return None
    end = head_end
    om = OF.match(text, end)
    if om:
        tail = _counted_en(text, om.end(), need_plural=False)
        if tail is not None:
            end = tail[1]
    return first, end


def _noun_de(text: str, pos: int) -> tuple[int, int] | None:
    """Span of up to three declined adjectives and a capitalised noun at ``pos``."""
    vocab = vocabulary("de")
    first = None
    p = pos
    for _ in range(4):
        wm = NEXT_WORD.match(text, p)
        if not wm:
            return None
        word = wm.group(1).rstrip("-")
        if not word:
            return None
        if first is None:
            first = wm.start(1)
        if word[0].isupper():
            if word.rstrip(".") in vocab.months:
                return None
            return first, wm.start(1) + len(word)
        if word in vocab.stop_words or not word.endswith(DE_ADJECTIVE_ENDINGS):
            return None
        p = wm.end()
    return None


def _counted_de(text: str, pos: int) -> tuple[int, int] | None:
    """German counted phrase: "Ländern und Regionen", "Fachkräfte für digitale Technologien"."""
    span = _noun_de(text, pos)
    if span is None:
        return None
    first, end = span
    cm = DE_COORD.match(text, end)
    if cm:
        more = _noun_de(text, cm.end())
        vague = vocabulary("de").vague_amounts
        if more is not None and text[more[0] : more[1]].split()[0].lower() not in vague:
            end = more[1]
    fm = DE_FUER.match(text, end)
    if fm:
        more = _noun_de(text, fm.end())
        if more is not None:
            end = more[1]
    return first, end


def _counted(text: str, pos: int, lang: str | None) -> tuple[int, int] | None:
    if lang == "de":
        return _counted_de(text, pos)
    span = _counted_en(text, pos)
    if span is None and lang is None:
        span = _counted_de(text, pos)
    return span


def _head_word(phrase: str) -> str:
    """The word whose kind decides a phrase: the last before any "of/und/für" tail."""
    words = phrase.split()
    for i, word in enumerate(words):
        if word in ("of", "und", "sowie", "oder", "für"):
            return words[i - 1].lower() if i else ""
    return words[-1].lower() if words else ""


def _percent_measure(text: str, pos: int, lang: str | None) -> tuple[int, int] | None:
    """What a percentage is of, when written right after it: "40 percent of the global total"."""
    if lang != "de":
        m = PERCENT_OF_EN.match(text, pos)
        if m:
            return _counted_en(text, m.end(), need_plural=False)
    if lang != "en":
        m = PERCENT_OF_DE.match(text, pos)
        if m:
            return _noun_de(text, m.end())
    return None


def _qualifier(text: str, start: int, lang: str | None) -> tuple[str, int]:
    left = text[max(0, start - 32) : start]
    m = patterns(lang).qualifier_before.match(left[::-1])
    if not m:
        return EXACT, start
    phrase = " ".join(m.group("q")[::-1].lower().split())
    return vocabulary(lang).qualifiers_before.get(phrase, EXACT), start - m.end()


def _set_qualifier(cand: _Candidate, text: str, start: int, end: int, lang: str | None) -> int:
    """Qualify `cand` from the words before it ("more than") or after it ("or more",
    "übersteigen"); return the offset after everything that belongs to the number."""
    cand.qualifier, cand.qualifier_start = _qualifier(text, start, lang)
    post = patterns(lang).qualifier_after.match(text, end)
    if post and cand.qualifier == EXACT:
        cand.qualifier = vocabulary(lang).qualifiers_after.get(" ".join(post.group("q").lower().split()), AT_LEAST)
    return post.end() if post else end


_AMOUNT_BEFORE = frozenset({"by", "um"})  # "rose by 5%", "stieg um 5 %": the change itself
_LEVEL_BEFORE = frozenset({"to", "auf", "reach", "hit", "total", "reaching", "hitting", "totaling"})
_OBJECT_BEFORE = frozenset({"of", "von", "mit", "at"})  # "an increase of 5%", "Zuwachs von 455.000"
_COMPARED_AFTER = LazyRegex(
    r"[^.;!?\n]{0,40}?(?<![\w])(?:from|against|compared (?:with|to)|in comparison with|versus|vs\.?|gegenüber|"
    r"im Vergleich zu[mr]?|verglichen mit)\s+(?:[^\W\d_]+\s+){0,2}[$€£¥]?\d"
)
_COMPARATIVES = {
    "more": UP, "higher": UP, "larger": UP, "bigger": UP, "greater": UP, "mehr": UP, "höher": UP,
    "größer": UP, "less": DOWN, "lower": DOWN, "smaller": DOWN, "fewer": DOWN, "weniger": DOWN,
    "niedriger": DOWN, "kleiner": DOWN, "geringer": DOWN,
}


def _direction(word: str, vocab: Vocabulary) -> str | None:
    """"up"/"down" for a change word; German compounds by their last part ("Nettozuwachs")."""
    low = word.lower()
    if low in vocab.change_up:
        return UP
    if low in vocab.change_down:
        return DOWN
    if not word[0].isupper() and low.endswith(DE_ADJECTIVE_ENDINGS) and "verdoppelt" in vocab.change_up:
        for ending in ("en", "em", "er", "es", "e"):  # "gesunkenen Marktanteil"
            stem = low[: -len(ending)]
            if low.endswith(ending) and stem in vocab.change_up:
                return UP
            if low.endswith(ending) and stem in vocab.change_down:
                return DOWN
    if len(low) > 7 and word[0].isupper():
        for part in ("zuwachs", "anstieg", "rückgang", "einbruch", "wachstum", "steigerung", "verlust"):
            if low.endswith(part):
                return UP if part in vocab.change_up else DOWN
    return None


def _stated_change(text: str, start: int, end: int, lang: str | None) -> str | None:
    """"up"/"down" where the text gives this number a direction: the change itself ("rose 9.3
    percent", "um 3 Prozent gesunken", "an increase of 5%", "2 points higher") or the level a
    stated move reached ("rose ... to $84 billion", "sank auf 257"). A level compared with
    another number ("to 5.8% from 7.7%") has none; "from X to Y" is settled by `_join`."""
    vocab = vocabulary(lang)
    left = text[max(0, start - 160) : start]
    breaks = list(_CLAUSE_END.finditer(left))
    clause = left[breaks[-1].end() :] if breaks else left
    words = _WORD.findall(clause)
    prev = words[-1].lower() if words else ""
    if prev in ("from", "von", "than", "als"):
        # "einem Anstieg von 116 Prozent": a change noun before "von" makes it the change itself
        return _direction(words[-2], vocab) if len(words) > 1 and words[-2][0].isupper() else None
    near = _direction(words[-1], vocab) if words else None
    # a comparative right after the number (past its noun): "2,3 Prozentpunkte mehr", "3 times more"
    after = NEXT_WORD.match(text, end)
    for _ in range(2):
        if not after:
            break
        low = after.group(1).lower()
        if low in _COMPARATIVES:
            return _COMPARATIVES[low]
        direction = _direction(after.group(1), vocab)
        if direction is not None and low not in vocab.stop_words:
            return direction  # "a 5% increase", "um 3 Prozent gesunken"
        if not after.group(1)[0].isupper() and low not in ("year-on-year", "yoy"):
            break
        after = NEXT_WORD.match(text, after.end())
    if near is not None:
        return near
    kind = None
    gap_words = [w.lower() for w in words[-4:]]
    if prev in _AMOUNT_BEFORE or any(w in _AMOUNT_BEFORE for w in gap_words[-3:] if w in CHANGE_GAP_WORDS or w in _AMOUNT_BEFORE):
        kind = "amount"
    elif prev in _LEVEL_BEFORE:
        kind = "level"
    elif prev in _OBJECT_BEFORE or prev in CHANGE_GAP_WORDS:
        kind = "object"
    if kind is None:
        return None
    if kind == "level" and _COMPARED_AFTER.match(text, end):
        return None  # "down to 5.8% from 7.7%"
    if kind == "object":
        # "an increase of 5%", "ein Plus von 3 %": the noun right before the preposition
        for word in reversed(words[-4:-1]):
            direction = _direction(word, vocab)
            if direction is not None:
                return direction
            if word.lower() not in CHANGE_GAP_WORDS:
                return None
        return None
    for word in reversed(words[-14:]):  # the verb of the clause: "stiegen ... um 202,1 Prozent"
        direction = _direction(word, vocab)
        if direction is not None:
            return direction
    sentence_end = _CLAUSE_END.search(text, end, min(len(text), end + 160))
    tail = text[end : sentence_end.start() if sentence_end else min(len(text), end + 160)]
    for word in _WORD.findall(tail)[:10]:  # German verb at the end: "um 17 Prozent ... zu", "abgewertet"
        direction = _direction(word, vocab)
        if direction is not None:
            return direction
    return None


# --------------------------------------------------------------------------- candidates


class _Candidate:
    """A figure in the making; ``bare`` ones (no unit, no noun, no scale) need a reason to stay."""

    __slots__ = (
        "start", "end", "value", "mantissa", "decimals", "scale", "unit", "qualifier",
        "qualifier_start", "counted", "bare", "accepted", "change", "range_with", "sign", "factor",
        "scaled_by_word",
    )

    def __init__(self, start: int, end: int, mantissa: int | float, decimals: int, scale: int) -> None:
        self.start, self.end = start, end
        self.mantissa, self.decimals, self.scale = mantissa, decimals, scale
        self.sign = 1
        self.factor = 1.0
        self.value: int | float = scaled(mantissa, decimals, scale)
        self.unit: str | None = None
        self.qualifier, self.qualifier_start = EXACT, start
        self.counted: tuple[int, int] | None = None
        self.bare = False
        self.accepted = True
        self.change: str | None = None
        self.range_with: _Candidate | None = None
        self.scaled_by_word = scale != 1

    def rescale(self, scale: int) -> None:
        self.scale = scale
        self.scaled_by_word = True
        self.recompute()

    def recompute(self) -> None:
        value = scaled(self.mantissa, self.decimals, self.scale)
        if self.factor != 1.0:
            value = round(value * self.factor, 12)
        self.value = -value if self.sign < 0 else value


@dataclass(slots=True)
class _After:
    """What follows a number: scale word, unit reading, and where the figure ends."""

    end: int
    scale_word: str | None = None
    reading: UnitReading | None = None


def _tokens(text: str, pos: int, count: int) -> list[tuple[str, str, int, int]]:
    """Up to ``count`` words after ``pos``: (separator, word, start, end); a line break ends them."""
    out = []
    for _ in range(count):
        m = NEXT_TOKEN.match(text, pos)
        if not m:
            break
        out.append((m.group("sep"), m.group("tok"), m.start("tok"), m.end("tok")))
        pos = m.end()
    return out


def _key(tokens: list[tuple[str, str, int, int]], i: int, k: int) -> str:
    key = tokens[i][1]
    for sep, tok, _, _ in tokens[i + 1 : i + k]:
        key += ("-" if "-" in sep and not sep.strip("-‑") else " ") + tok
    return key


def _lookup(lex: UnitLexicon, tokens: list[tuple[str, str, int, int]], i: int) -> tuple[UnitReading, int, int] | None:
    """The longest unit written from token ``i``: (reading, tokens used, end offset)."""
    for k in range(min(lex.longest_words, len(tokens) - i), 0, -1):
        key = _key(tokens, i, k)
        end = tokens[i + k - 1][3]
        found = lex.lookup(key)
        if found is None and key.endswith(".") and len(key) > 1:
            found, end = lex.lookup(key.rstrip(".")), end - (len(key) - len(key.rstrip(".")))
        if found is None and "/" in key and k == 1:
            found = _compound(lex, key.rstrip("."))
            end = tokens[i][2] + len(key.rstrip("."))
        if found is not None:
            return found, k, end
    return None


def _compound(lex: UnitLexicon, key: str) -> UnitReading | None:
    """"USD/bbl", "t/d": two units joined by a slash."""
    left, _, right = key.partition("/")
    a, b = lex.lookup(left), lex.lookup(right)
    if a is None or (b is None and right.lower() not in _PER_TIME and right not in ("d", "h", "a", "yr")):
        return None
    right_unit = b.unit if b is not None else _PER_TIME.get(right.lower(), right)
    return UnitReading(f"{a.unit}/{right_unit}", kind=a.kind)


def _read_after(text: str, pos: int, lang: str | None, scale_taken: bool) -> _After:
    """Scale word and unit after a number ending at ``pos``."""
    lex = unit_lexicon(lang)
    tokens = _tokens(text, pos, 2 + lex.longest_words)
    after = _After(pos)
    if not tokens:
        return after
    sep = tokens[0][0]
    if sep.strip(SPACES) not in ("", "-", "‑") or ("-" in sep and sep != "-"):
        return after
    i = 0
    if not scale_taken:
        word = tokens[0][1]
        key = word.lower().rstrip(".")
        if key in lex.scales and tokens[0][0] and not (key == "dozen" and lang == "de"):
            after.scale_word = word
            after.end = tokens[0][3]
            if word.endswith(".") and key not in DOTTED_ABBREVIATIONS:
                after.end -= 1
                after.scale_word = word[:-1]
            i = 1
    if i < len(tokens):
        found = _lookup(lex, tokens, i)
        if found is not None and (i == 0 or tokens[i][0].strip(SPACES) in ("", "-", "‑")):
            reading, used, end = found
            if i == 0 and not tokens[0][0] and tokens[0][1][0].isalpha() and len(tokens[0][1]) < GLUED_ONLY_LONGER:
                return after
            after.reading, after.end = reading, end
            after.reading, after.end = _per_unit(text, lex, reading, end, lang)
    return after


def _per_unit(text: str, lex: UnitLexicon, reading: UnitReading, end: int, lang: str | None) -> tuple[UnitReading, int]:
    """"$80 a barrel" -> USD/bbl, "2 million barrels per day" -> bbl/d (when not one word)."""
    if reading.kind == "times" or reading.unit in (PERCENT, PERCENTAGE_POINT) or "/" in reading.unit:
        return reading, end
    tokens = _tokens(text, end, 2)
    if len(tokens) < 2 or tokens[0][1].lower() not in vocabulary(lang).unit_per_words:
        return reading, end
    nxt = tokens[1][1].lower().rstrip(".,")
    if reading.kind == "currency":
        other = lex.lookup(nxt) or lex.lookup(nxt + "s")
        if other is not None and other.kind == "unit" and other.unit not in (PERCENT, PERCENTAGE_POINT):
            return UnitReading(f"{reading.unit}/{other.unit}", reading.factor, "currency"), tokens[1][2] + len(nxt)
    elif nxt in _PER_TIME:
        return UnitReading(f"{reading.unit}/{_PER_TIME[nxt]}"), tokens[1][2] + len(nxt)
    return reading, end


@cache
def _currency_before_regex(lang: str | None) -> LazyRegex:
    symbols = sorted(unit_lexicon(lang).prefix_symbols, key=len, reverse=True)
    alternatives = "|".join(re.escape(s) for s in symbols if not s.isalpha())
    return LazyRegex(r"(?P<cur>U\.S\.[ ]?\$|US[ ]\$|[A-Z]{3}|Rmb|" + alternatives + r")[ \u00a0]?(?P<sign>[-+−])?\Z")


def _currency_before(text: str, num_start: int, lang: str | None) -> tuple[str, int, int] | None:
    """(ISO code, start of the currency, sign) written right before a number: "$", "US$ ", "RMB"."""
    window_start = max(0, num_start - 10)
    m = _currency_before_regex(lang).search(text, window_start, num_start)
    if not m:
        return None
    written = m.group("cur").replace(" ", "")
    code = unit_lexicon(lang).currency_before(written)
    if code is None and written in ("U.S.$", "US$"):
        code = "USD"
    if code is None:
        return None
    if m.start() > 0 and (text[m.start() - 1].isalnum() or (text[m.start() - 1] == "$" and written[0] != "$")):
        return None
    sign = _SIGNS.get(m.group("sign") or "", 1)
    return code, m.start(), sign


def _is_times(text: str, cand: _Candidate, pos: int, written: str, lang: str | None) -> bool:
    """"2.5 times higher", "grew by 2.5 times" are multipliers; "three times a week" is not."""
    if written.lower() != "times":
        return True
    nxt = NEXT_WORD.match(text, pos)
    if nxt and nxt.group(1).lower() in _TIMES_AFTER:
        return True
    return _stated_change(text, cand.qualifier_start, pos, lang) is not None


def _finish_unit(cand: _Candidate, text: str, after: _After, lang: str | None) -> bool:
    """Apply the unit read after a number; False when the candidate is not a figure."""
    reading = after.reading
    if reading is None:
        return True
    if reading.kind == "times" and not _is_times(text, cand, after.end, text[after.end - 5 : after.end], lang):
        return False
    cand.unit = reading.unit
    if reading.unit == "lb" and cand.scale >= 10**6:
        cand.unit = "GBP"  # "361 million pounds" is money; "200 pounds" a weight
    if reading.factor != 1.0:
        cand.factor = reading.factor
        cand.recompute()
    return True


def _number_candidate(text: str, m: re.Match[str], lang: str | None) -> _Candidate | None:
    num_start, num_end = m.start(), m.end("rest")
    num, suffix = text[num_start:num_end], m.group("suf")
    if num_start > 0 and text[num_start - 1] == ".":
        num_start -= 1  # ".005 per cent"
        num = "0" + text[num_start:num_end]
    elif num[0] == "0" and len(num) > 1 and num[1].isdigit():
        return None  # "010-…" phone numbers and codes
    if num_start > 1 and text[num_start - 1] in "-–" and text[num_start - 2].isalpha():
        return None  # "COVID-19", "Tu-154"
    start = num_start
    sign = 1
    cur: str | None = None
    before = text[max(0, num_start - 1) : num_start]
    if before and before in _SIGNS:
        ahead = text[max(0, num_start - 2) : num_start - 1]
        if ahead in ("", "(", "[", "\n") or ahead in SPACES or ahead in "$£¥€₽₹₸":
            sign, start = _SIGNS[before], num_start - 1
        elif before == "+":
            return None  # "10+1"
    found = _currency_before(text, start, lang)
    if found is not None:
        cur, start, cur_sign = found
        sign = sign * cur_sign if sign == 1 else sign
    elif text[max(0, start - 1) : start].rstrip(" \u00a0").isalpha() or text[max(0, start - 1) : start] in "$£¥€₽₹₸":
        if start == num_start and start > 0 and (text[start - 1].isalpha() or text[start - 1] in "$£¥€"):
            return None  # "A1", "ABC5", "X$5": a name or a currency we cannot name
    after = text[num_end : num_end + 2]
    if after[:1] in ("+", "×", "^", "=", "/") or (after[:1] in ".,:" and after[1:2].isdigit()):
        return None  # "10+1", "24/7", "1.2.3", "3:1"
    lex = unit_lexicon(lang)
    suffix_scale = None
    suffix_unit: UnitReading | None = None
    if suffix:
        low = suffix.lower()
        if low in ("bn", "bln", "mn", "mln", "tn", "trn", "mil") or (low in ("m", "k", "b") and cur):
            suffix_scale = {"b": "bn", "m": "mn", "k": "thousand"}.get(low, low)
        else:
            suffix_unit = lex.symbols.get(suffix) or (lex.words.get(low) if len(low) >= GLUED_ONLY_LONGER else None)
            if suffix_unit is None and low == "x":
                suffix_unit = UnitReading(TIMES, kind="times")
            if suffix_unit is None or (len(suffix) < GLUED_ONLY_LONGER and low != "x"):
                return None  # "5G", "78th", "3D", "1990s"
    pos = m.end() if suffix else num_end
    if not suffix and text[pos : pos + 1] in ("-", "–") and text[pos + 1 : pos + 2].isalpha():
        probe = _read_after(text, pos, lang, False)
        if probe.reading is None and probe.scale_word is None:
            return None  # "four-point plan", "5-year", "10-member"
    after_read = _read_after(text, pos, lang, suffix_scale is not None or suffix_unit is not None)
    scale_word = after_read.scale_word or suffix_scale
    if suffix_unit is not None:
        after_read.reading = suffix_unit
    if cur is not None and (after_read.reading is None or after_read.reading.kind != "currency"):
        if (after_read.reading is not None and after_read.reading.kind == "unit" and "/" not in after_read.reading.unit
                and after_read.reading.unit not in (PERCENT, PERCENTAGE_POINT)):
            after_read.reading = UnitReading(f"{cur}/{after_read.reading.unit}", kind="currency")
        else:
            # a currency written before the number wins; "$80 a barrel"
            end_before = after_read.end if after_read.reading is None else _After(pos).end
            if after_read.reading is not None:
                after_read = _read_after(text, pos, lang, suffix_scale is not None)
                after_read.reading = None
                end_before = after_read.end
            reading, end = _per_unit(text, lex, UnitReading(cur, kind="currency"), end_before, lang)
            after_read.reading, after_read.end = reading, end
    end = after_read.end
    if scale_word is None and after_read.reading is None:
        if CLOCK_AFTER.match(text, pos) or (lang != "de" and AMPM_AFTER.match(text, pos)):
            return None  # "10 Uhr", "3 p.m."
    read = numeral(num, scale_language(scale_word, lang))
    if read is None:
        return None
    mantissa, decimals = read
    scale = scale_factor(scale_word, scale_language(scale_word, lang)) if scale_word else 1
    cand = _Candidate(start, end, mantissa, decimals, scale)
    cand.sign = sign
    if sign < 0:
        cand.recompute()
    if not _finish_unit(cand, text, after_read, lang):
        return None
    if sign != 1 and cand.unit is None:
        return None  # "+86 10 …": a sign without a unit is a phone number or a score
    after_all = _set_qualifier(cand, text, start, end, lang)
    if before and before in _SIGNS and start < num_start:
        cand.change = UP if sign > 0 else DOWN
    if cand.unit is not None:
        if cand.unit in (PERCENT, PERCENTAGE_POINT):
            cand.counted = _percent_measure(text, after_all, lang)
        return cand

    vocab = vocabulary(lang)
    plain = num.isdigit()
    small = plain and int(num) <= 31
    is_year = plain and len(num) == 4 and 1800 <= int(num) <= 2100 and scale_word is None
    # Dates: "5. August", "August 29", "Aug 31 to September 1", "July 10 to 11", "10 and 11 July".
    if scale_word is None and (small or is_year):
        if small and (DATE_AFTER.match(text, num_end) or DATE_CHAIN_AFTER.match(text, num_end)):
            return None
        if DATE_BEFORE.search(text, max(0, start - 30), start):
            return None
    # Enumerations at the start of a line: "1. …", "2) …".
    if text[num_end : num_end + 1] in ".)" and _line_start(text, start):
        return None
    # German ordinals: "25. Konferenz", "die 3. internationale Messe".
    if lang != "en" and plain and len(num) <= 3 and scale_word is None:
        dm = DOT_WORD.match(text, num_end)
        if dm:
            following = dm.group(1)
            if following[0].islower() or (lang == "de" and following not in vocab.sentence_starters):
                return None
    prev, prev_start, prev_dot = _prev_word(text, cand.qualifier_start)
    prev_low = prev.lower() if prev else None
    if prev_low in vocab.name_before or (prev_low in vocab.period_before and cand.qualifier == EXACT):
        cand.bare, cand.accepted = True, False  # kept to silence what it joins: "aged 18 to 35"
        return cand
    if prev is not None and any(ch.isupper() for ch in prev[1:]) and prev[0].islower():
        return None  # "iPhone 15", "eVTOL 2"
    rank = NEXT_WORD.match(text, after_all)
    if rank and rank.group(1).lower() in vocab.rank_words:
        return None  # "the 10 largest economies"
    counted = _counted(text, after_all, lang)
    if counted is not None:
        head = _head_word(text[counted[0] : counted[1]])
        if head in vocab.time_nouns or head in vocab.fractions:
            return None  # "five months", "20 Jahren": periods, not quantities; "2 Drittel"
    if is_year and (cand.qualifier == EXACT or counted is None):
        return None  # "in 2024", "SCO Summit 2025", "around 2030"; but "more than 2000 firms"
    named_prev = (
        prev is not None
        and not prev_dot
        and prev[0].isupper()
        and not prev.endswith(("'s", "’s"))
        and not _sentence_initial(text, prev_start)
        and cand.qualifier == EXACT
    )
    if prev_low == "of" and cand.qualifier == EXACT:
        before_of, before_start, _ = _prev_word(text, prev_start)
        named_prev = bool(before_of and before_of[0].isupper() and not _sentence_initial(text, before_start))
    title_case = counted is not None and text[counted[0]].isupper()  # a headline: "Trains 830 Digital Experts"
    if named_prev and scale_word is None and (counted is None or (lang != "de" and not title_case)):
        return None  # "Industry 4.0", "Windows 11 users", "Group of 77"
    if decimals and scale_word is None and (counted is None or mantissa % 10**decimals == 0):
        if named_prev or prev_dot:
            return None  # versions: "Web 3.0"
        cand.bare, cand.accepted = True, False  # "rose to 52.3"; but "5,2 und 4,7 Prozent"
        return cand
    cand.counted = counted
    if counted is None and scale_word is None:
        cand.bare = True
        cand.accepted = cand.qualifier != EXACT or (prev_low in vocab.bare_accept and not prev_dot)
    return cand


def _word_candidate(text: str, m: re.Match[str], lang: str | None) -> _Candidate | None:
    word = m.group()
    key = " ".join(word.lower().split())
    vocab = vocabulary(lang)
    if key in vocab.vague_amounts:
        return _vague_candidate(text, m, lang)
    if key in vocab.multipliers:
        return _multiplier_candidate(text, m, lang)
    last = key.split()[-1].split("-")[-1]
    if last in vocab.fractions or key in ("half", "halb"):
        return _fraction_candidate(text, m, lang)
    first = key.split()[0]
    if first in vocab.vague_quantifiers or " ".join(key.split()[:2]) in vocab.vague_quantifiers:
        return _several_candidate(text, m, lang)
    value, word_lang = word_value(word)
    if value is None or (lang is not None and word_lang != lang):
        return None
    start, pos = m.start(), m.end()
    if text[pos : pos + 1] in ("-", "–") and not _read_after(text, pos, lang, False).reading:
        return None  # "four-point plan", "two-day"; but "three-percent"
    if word[0].isupper() and not _sentence_initial(text, start):
        return None  # "Three Gorges", "Group of Seven", "außer Acht", "One Thousand Engineers"
    prev, _, _ = _prev_word(text, start)
    prev_low = prev.lower() if prev else None
    wv = vocabulary(lang or word_lang)
    if prev_low in wv.period_before or prev_low in wv.name_before:
        return None
    referential = prev_low in wv.referential_before  # "the two countries": a count if a noun follows
    after = _read_after(text, pos, lang, False)
    scale = scale_factor(after.scale_word, lang or word_lang) if after.scale_word else 1
    if isinstance(value, float):
        cand = _Candidate(start, after.end, value * scale, 0, 1)
    else:
        cand = _Candidate(start, after.end, value, 0, scale)
    if not _finish_unit(cand, text, after, lang):
        return None
    after_all = _set_qualifier(cand, text, start, after.end, lang)
    if cand.unit is not None:
        if cand.unit in (PERCENT, PERCENTAGE_POINT):
            cand.counted = _percent_measure(text, after_all, lang)
        return cand
    rank = NEXT_WORD.match(text, after_all)
    if rank and rank.group(1).lower() in wv.rank_words:
        return None
    counted = _counted(text, after_all, lang or word_lang)
    if counted is not None:
        head = _head_word(text[counted[0] : counted[1]])
        if head in wv.time_nouns or head in wv.fractions or head in wv.idiom_heads:
            return None
    if referential and (counted is None or cand.unit is not None):
        return None
    cand.counted = counted
    if counted is None and after.scale_word is None and " " not in word.strip():
        cand.bare = True
        cand.accepted = False
    return cand


def _vague_candidate(text: str, m: re.Match[str], lang: str | None) -> _Candidate | None:
    key = " ".join(m.group().lower().split())
    value = vocabulary(lang).vague_amounts.get(key)
    if value is None:
        return None
    start, pos = m.start(), m.end()
    left = text[max(0, start - 12) : start].rstrip()
    if left[-1:].isdigit():
        return None  # the scale word of "1,5 Millionen", already taken
    english = key in vocabulary("en").vague_amounts
    unit = None
    counted = None
    end = pos
    if english:
        if lang == "de":
            return None
        om = OF.match(text, pos)
        if not om:
            return None
        after = _read_after(text, om.end(), lang, True)
        if after.reading is not None and after.reading.kind == "currency":
            unit, end = after.reading.unit, after.end
        elif after.reading is not None and after.reading.kind == "unit" and "/" not in after.reading.unit:
            unit, end = after.reading.unit, after.end
        else:
            counted = _counted_en(text, om.end())
            if counted is None:
                return None
    else:
        if lang == "en":
            return None
        after = _read_after(text, pos, lang, True)
        if after.reading is not None and after.reading.kind in ("currency", "unit"):
            unit, end = after.reading.unit, after.end
        else:
            vm = DE_VON.match(text, pos)
            counted = _counted_de(text, vm.end() if vm else pos)
            if counted is None:
                return None
    vocab = vocabulary(lang)
    if counted is not None and _head_word(text[counted[0] : counted[1]]) in vocab.time_nouns:
        return None
    cand = _Candidate(start, end, value, 0, 1)
    cand.unit = unit
    cand.counted = counted
    cand.qualifier = AT_LEAST
    return cand


def _several_candidate(text: str, m: re.Match[str], lang: str | None) -> _Candidate | None:
    """"several hundred", "a few million", "mehrere Hundert Milliarden": the lower bound."""
    words = m.group().split()
    value = scale_factor(words[-1], lang) if words[-1].lower() in vocabulary(lang).scale_words else 0
    if not value:
        return None
    after = _read_after(text, m.end(), lang, False)
    scale = scale_factor(after.scale_word, lang) if after.scale_word else 1
    cand = _Candidate(m.start(), after.end, value, 0, scale)
    if not _finish_unit(cand, text, after, lang):
        return None
    cand.qualifier = AT_LEAST
    if cand.unit is None:
        om = OF.match(text, after.end)
        cand.counted = _counted(text, om.end() if om else after.end, lang)
        if cand.counted is None:
            return None
    return cand


def _multiplier_candidate(text: str, m: re.Match[str], lang: str | None) -> _Candidate | None:
    """"tripled", "sevenfold", "verdreifacht", "das Dreifache": unit ``times``."""
    word = m.group()
    vocab = vocabulary(lang)
    value = vocab.multipliers[word.lower()]
    prev, _, _ = _prev_word(text, m.start())
    prev_low = prev.lower() if prev else ""
    if word.lower() in ("double", "triple", "quadruple") and prev_low not in _MODALS_EN:
        return None  # "double taxation"; but "will double"
    if word.lower().endswith(("fache", "fachen")) and not word[0].isupper() and not word.startswith("ver"):
        return None  # "dreifache Olympiasieger"; but "das Dreifache"
    if word.lower().endswith("mal"):
        nxt = NEXT_WORD.match(text, m.end())
        if not (nxt and nxt.group(1).lower() in _TIMES_AFTER):
            return None  # "fünfmal gewonnen"; but "fünfmal so viel"
    cand = _Candidate(m.start(), m.end(), value, 0, 1)
    cand.unit = TIMES
    _set_qualifier(cand, text, m.start(), m.end(), lang)
    cand.change = _direction(word, vocab)  # "tripled", "Verdopplung": a rise in itself
    return cand


def _fraction_candidate(text: str, m: re.Match[str], lang: str | None) -> _Candidate | None:
    """"a third" -> 100/3 percent, "two thirds", "half of", "ein Fünftel", "zur Hälfte"."""
    vocab = vocabulary(lang)
    words = m.group().lower().replace("-", " ").split()
    denominator = vocab.fractions.get(words[-1])
    if denominator is None:
        return None
    numerator = 1
    if len(words) > 1 and words[-2] not in ("a", "die", "zur", "der", "um"):
        count, _ = word_value(words[-2])
        if not isinstance(count, int) or count >= denominator:
            return None
        numerator = count
    start, end = m.start(), m.end()
    qualifier, qualifier_start = _qualifier(text, start, lang)
    prev, _, _ = _prev_word(text, qualifier_start)
    prev_low = prev.lower() if prev else ""
    if prev_low in vocab.period_before or prev_low in vocab.referential_before and words[0] not in ("die", "der"):
        return None  # "the first half", "the second quarter"
    om = OF.match(text, end) or PERCENT_OF_DE.match(text, end)
    as_much = NEXT_WORD.match(text, end)
    if words[-1] in ("half", "halb") and as_much and as_much.group(1).lower() in ("as", "so"):
        om = om or as_much  # "half as much", "halb so groß"
    elif words[-1] == "halb":
        return None
    elif words[-1] == "half" and as_much and as_much.group(1).lower() == "a":
        pass
    if om is None and not words[0] in ("zur", "um") and prev_low not in vocab.fraction_openers and qualifier == EXACT:
        return None  # "a quarter" alone: a period or a coin, not a share
    if om is not None:
        nxt = NEXT_WORD.match(text, om.end())
        if nxt and nxt.group(1).lower() in ("a", "an", "the", "this") :
            nxt = NEXT_WORD.match(text, nxt.end())
        if nxt and nxt.group(1).lower() in vocab.time_nouns:
            return None  # "half of the year", "a quarter of a century"
    value = 100 * numerator / denominator
    if words[-1] in ("half", "halb"):
        a = NEXT_WORD.match(text, end)
        if a and a.group(1).lower() == "a":
            after = _read_after(text, a.end(), lang, True)
            if after.reading is not None and after.reading.kind == "unit":  # "half a percentage point"
                cand = _Candidate(start, after.end, 1, 1, 1)
                cand.value, cand.unit = 0.5, after.reading.unit
                cand.qualifier, cand.qualifier_start = qualifier, qualifier_start
                return cand
    cand = _Candidate(start, end, value, 0, 1)
    cand.value = int(value) if value.is_integer() else value
    cand.unit = PERCENT
    cand.qualifier, cand.qualifier_start = qualifier, qualifier_start
    cand.counted = _percent_measure(text, end, lang)
    return cand


# --------------------------------------------------------------------------- ranges and lists


def _join(cands: list[_Candidate], text: str, lang: str | None) -> None:
    """Numbers written together share unit and scale ("$20 to $25 billion", "3 Mrd. bzw. 250
    Mio. Dollar"); the ends of a range are linked ("between 2 and 3 million")."""
    vocab = vocabulary(lang)
    for a, b in zip(cands, cands[1:], strict=False):
        gap = text[a.end : b.qualifier_start]
        if gap.strip(SPACES) == "(" and b.change is None and b.unit == a.unit or gap.strip(SPACES) == "(" and b.unit and a.unit and len(a.unit) == 3 == len(b.unit):
            b.change = a.change  # "CNY286.4 billion (USD39.8 billion)"
        joiner = " ".join(gap.split()).lower()
        if joiner not in vocab.range_joiners and not (b.qualifier == UP_TO and not joiner):
            continue
        if len(gap) > 20 or "\n" in gap:
            continue
        if a.bare and not b.bare:
            a.unit, a.counted, a.bare, a.accepted = b.unit, b.counted, False, True
            if b.factor != 1.0:
                a.factor = b.factor
                a.recompute()
        elif a.bare and b.bare:
            # "between 10 and 20": both; "aged 18 to 35" and a score "3-1": neither
            b.accepted = a.accepted = a.accepted and joiner not in ("-", "–", "—")
        elif a.unit is None and a.counted is None and b.unit is not None:
            a.unit = b.unit  # "3 Mrd. bzw. 250 Mio. Dollar"
        elif a.unit not in (None, COUNT, PERCENT, PERCENTAGE_POINT) and b.unit is None and b.counted is None:
            b.unit = a.unit  # "$2 to 3 billion"
        if a.unit == b.unit and not a.scaled_by_word and b.scale != 1 and abs(a.value) < abs(b.mantissa / 10**b.decimals):
            a.rescale(b.scale)  # "$20 to $25 billion", "2 bis 3 Millionen"
        prev, _, _ = _prev_word(text, a.qualifier_start)
        opener = prev.lower() if prev else ""
        if opener in vocab.change_openers and joiner in ("to", "auf"):
            a.change = b.change = None  # "from 43% to 70%", "von 188 auf 257 Tenge": two levels
        if joiner in ("-", "–", "—"):
            is_range = not (a.bare or b.bare) or (a.accepted and b.accepted)
        elif joiner in ("to", "bis", "till", "through"):
            is_range = opener not in vocab.change_openers or joiner == "bis"  # "from 43 to 70": a change
        elif joiner in ("and", "und"):
            is_range = opener in vocab.range_openers
        else:
            is_range = False
        if is_range and a.unit == b.unit and a.value <= b.value:
            a.range_with, b.range_with = b, a
            if a.qualifier == EXACT:
                a.qualifier = AT_LEAST
            if b.qualifier == EXACT:
                b.qualifier = UP_TO


def _match_start(m: re.Match[str]) -> int:
    return m.start()


def extract_figures(text: str, language: str | None = None) -> list[FoundFigure]:
    """Every figure in ``text``, sorted by start. ``language`` "de"/"en"; None detects it.

    >>> [(f.text, f.value, f.qualifier) for f in extract_figures("mehr als 830 Fachkräfte")]
    [('830', 830, 'more_than')]
    >>> [(f.text, f.value, f.unit, f.change) for f in extract_figures("Exports rose 9.3 percent.", "en")]
    [('9.3 percent', 9.3, 'percent', 'up')]
    """
    if not isinstance(text, str) or not text:
        return []
    lang = language if language in ("de", "en") else detect_language(text)
    cands: list[_Candidate] = []
    taken_until = 0
    matches = heapq.merge(DIGIT_SCANNER.finditer(text), patterns(lang).words.finditer(text), key=_match_start)
    for m in matches:
        if m.start() < taken_until:
            continue
        if m.lastgroup is not None:  # the digit scanner: "skip", "rest" or "suf"
            if m.group("skip") is not None:
                continue
            cand = _number_candidate(text, m, lang)
        else:
            cand = _word_candidate(text, m, lang)
        if cand is not None and cand.start >= taken_until:
            if cand.change is None and cand.unit != COUNT and not (cand.unit is None and cand.counted is not None):
                cand.change = _stated_change(text, cand.qualifier_start, cand.end, lang)
            elif cand.change is None:
                cand.change = _stated_change(text, cand.qualifier_start, cand.qualifier_start, lang)
            cands.append(cand)
            taken_until = cand.end
    _join(cands, text, lang)
    figures = []
    for cand in cands:
        if cand.bare and not cand.accepted:
            continue  # unexplained bare numbers
        value = cand.value
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        counted = text[cand.counted[0] : cand.counted[1]] if cand.counted else None
        figures.append(
            FoundFigure(
                start=cand.start,
                end=cand.end,
                text=text[cand.start : cand.end],
                value=value,
                unit=cand.unit or COUNT,
                qualifier=cand.qualifier,
                counted=counted,
                qualifier_start=cand.qualifier_start,
                change=cand.change,
                range_with=cand.range_with.start if cand.range_with is not None else None,
            )
        )
    return figures
