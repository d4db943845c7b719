"""Figures in news text, English and German: number, unit, qualifier and the noun counted.

Two compiled scanners walk the text once each and propose candidates: one digits (``9,3``,
``1,500``, ``29 000``, ``$84bn``), the other number words (``zwei``, ``a dozen``) and vague amounts
(``dozens of``, ``Tausende``); both begin with a character class, so the regex engine skips the
prose between candidates at C speed. Each candidate is then judged by small anchored patterns on its immediate
context only -- scale and unit after it, qualifier before it -- and by the rules of DESIGN.md §3
for what is *not* a figure: dates, years, clock times, periods ("first five months"), ordinals
("78th", "25. Konferenz"), technology names ("5G"), names ("Group of 77"), ids, URLs, phones.

Conventions of :class:`FoundFigure` (they match the curated records):

- ``start`` is the offset of the first character of ``text``, and ``text == source[start:end]``.
  For counts ``text`` is the number as written with its scale word ("830", "1.5 million",
  "a dozen"); for percentages, percentage points and money it includes the unit as written
  ("9,3 Prozent", "43%", "3.4 percentage points", "$84 billion", "USD 3.2 trillion",
  "2,11 Billionen Yuan"). A currency written before the number is part of ``text``, so ``start``
  may point at "$" or "USD".
- ``qualifier_start`` is where the qualifier's words begin ("more than 830"); ``== start`` when
  there is none.
- ``value`` is fully scaled, an ``int`` whenever it is integral. German "Billion" is 10^12.
- Vague amounts ("dozens", "Hunderte") are their lower bound with qualifier ``at_least``.
- A range or change ("from 43 to 70 percent", "von 43 auf 70 Prozent", "between 2 and 3
  million") gives two figures; the first takes unit, scale and noun from the second when it has
  none of its own.

Pure functions of text, standard library only; nothing here raises on any input. The words and
patterns live in `_number_vocab`, the reading of one number in `_number_parsing`.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass

from ..contract import UNITS
from ._number_parsing import (
    _numeral,
    _scale_factor,
    _scale_language,
    _scaled,
    _word_value,
    parse_number,
)
from ._number_vocab import (
    _AMPM_AFTER,
    _BARE_ACCEPT,
    _CLOCK_AFTER,
    _CUR_BEFORE,
    _CURRENCY_SYMBOLS,
    _DATE_AFTER,
    _DATE_BEFORE,
    _DATE_CHAIN_AFTER,
    _DE_ADJECTIVE_ENDINGS,
    _DE_COORD,
    _DE_FUER,
    _DE_SENTENCE_STARTERS,
    _DE_VON,
    _DIGIT_SCANNER,
    _DOT_WORD,
    _IDIOM_HEADS,
    _IRREGULAR_PLURALS_EN,
    _LAST_WORD,
    _MONTHS,
    _NAME_PREV,
    _NEXT_WORD,
    _NOT_COUNTED,
    _OF,
    _PERCENT_OF_DE,
    _PERCENT_OF_EN,
    _PERIOD_PREV,
    _POSTFIX_QUALIFIER,
    _QUALIFIER_OF_PHRASE,
    _RANGE_GAP,
    _REFERENTIAL_PREV,
    _SCALE_AFTER,
    _SENTENCE_END,
    _STOP_DE,
    _STOP_EN,
    _UNIT_AFTER,
    _UNIT_WORDS,
    _VAGUE_VALUES,
    AT_LEAST,
    COUNT,
    EXACT,
    PERCENT,
    PERCENTAGE_POINT,
    UP_TO,
    _qualifier_regex,
    _word_scanner,
)
from .language import detect_language

__all__ = ["FoundFigure", "extract_figures", "parse_number"]


@dataclass(frozen=True, slots=True)
class FoundFigure:
    """One figure found in a text; ``text == source[start:end]`` always holds."""

    start: int
    end: int
    text: str
    value: int | float
    unit: str
    qualifier: str
    counted: str | None
    qualifier_start: int


# --------------------------------------------------------------------------- context helpers


def _currency_code(written: str) -> str:
    w = written.lower()
    if "hong kong" in w or "hk" in w:
        return "HKD"
    if "pakistan" in w or "pkr" in w:
        return "PKR"
    for keys, code in (
        (("dollar", "usd", "$"), "USD"),
        (("yuan", "renminbi", "rmb", "cny", "¥"), "CNY"),
        (("euro", "eur", "€"), "EUR"),
        (("rub", "roub", "₽"), "RUB"),
        (("rupee", "rupien", "inr", "₹"), "INR"),
        (("tenge", "kzt"), "KZT"),
        (("soum", "uzs"), "UZS"),
        (("yen", "jpy"), "JPY"),
        (("pound", "gbp", "£"), "GBP"),
    ):
        if any(key in w for key in keys):
            return code
    return "USD"


def _prev_word(text: str, start: int) -> tuple[str | None, int, bool]:
    """The word just before ``start`` across spaces only: (word, its offset, ends with ".")."""
    left = text[max(0, start - 40) : start]
    stripped = left.rstrip(" \t\u00a0\u202f")
    if len(stripped) == len(left):
        return None, start, False
    m = _LAST_WORD.search(stripped)
    if not m:
        return None, start, False
    return m.group(1), max(0, start - 40) + m.start(1), bool(m.group(2))


def _sentence_initial(text: str, index: int) -> bool:
    left = text[max(0, index - 8) : index].rstrip(" \t\u00a0\u202f")
    return not left or left[-1] in _SENTENCE_END


def _line_start(text: str, index: int) -> bool:
    """Whether only spaces stand between the previous line break (or the start) and ``index``."""
    window = max(0, index - 80)
    line_break = text.rfind("\n", window, index)
    if line_break < 0 and window > 0:
        return False
    return not text[line_break + 1 : index].strip()


def _is_plural_en(word: str) -> bool:
    w = word.lower()
    if w in _IRREGULAR_PLURALS_EN:
        return True
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))


def _counted_en(text: str, pos: int, need_plural: bool = True) -> tuple[int, int] | None:
    """Span of the English noun phrase at ``pos``.

    Counted nouns (``need_plural``): up to five words ending at the first plural ("830 digital
    technology professionals"), then an "of" tail ("representatives of governments"), or a
    lone unit word ("500 km"). Otherwise (what a percentage is of): up to four content words.
    """
    first = last = head_end = None
    first_word = ""
    p = pos
    for _ in range(5 if need_plural else 4):
        wm = _NEXT_WORD.match(text, p)
        if not wm:
            break
        word = wm.group(1).rstrip("-'’")
        if not word or word.lower() in _STOP_EN or (first is not None and word.endswith("ed")):
            break  # a participle after a noun is its verb: "40 percent of revenue generated"
        if first is None:
            first, first_word = wm.start(1), word
        last = wm.start(1) + len(word)
        p = wm.end()
        if need_plural and _is_plural_en(word):
            head_end = last
            break
    if first is None or last is None:
        return None
    if not need_plural:
        return first, last
    if head_end is None:
        return (first, first + len(first_word)) if first_word.lower() in _UNIT_WORDS else None
    end = head_end
    om = _OF.match(text, end)
    if om:
        tail = _counted_en(text, om.end(), need_plural=False)
        if tail is not None:
            end = tail[1]
    return first, end


def _noun_de(text: str, pos: int) -> tuple[int, int] | None:
    """Span of up to three declined adjectives and a capitalised noun at ``pos``."""
    first = None
    p = pos
    for _ in range(4):
        wm = _NEXT_WORD.match(text, p)
        if not wm:
            return None
        word = wm.group(1).rstrip("-")
        if not word:
            return None
        if first is None:
            first = wm.start(1)
        if word[0].isupper():
            if word.rstrip(".") in _MONTHS:
                return None
            return first, wm.start(1) + len(word)
        if word in _STOP_DE or not word.endswith(_DE_ADJECTIVE_ENDINGS):
            return None
        p = wm.end()
    return None


def _counted_de(text: str, pos: int) -> tuple[int, int] | None:
    """German counted phrase: "Ländern und Regionen", "Fachkräfte für digitale Technologien"."""
    span = _noun_de(text, pos)
    if span is None:
        return None
    first, end = span
    cm = _DE_COORD.match(text, end)
    if cm:
        more = _noun_de(text, cm.end())
        if more is not None and text[more[0] : more[1]].split()[0].lower() not in _VAGUE_VALUES:
            end = more[1]
    fm = _DE_FUER.match(text, end)
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
        m = _PERCENT_OF_EN.match(text, pos)
        if m:
            return _counted_en(text, m.end(), need_plural=False)
    if lang != "en":
        m = _PERCENT_OF_DE.match(text, pos)
        if m:
            return _noun_de(text, m.end())
    return None


def _set_qualifier(cand: "_Candidate", text: str, start: int, end: int, lang: str | None) -> int:
    """Qualify `cand` from the words before it ("more than") or after it ("or more"); return
    the offset after everything that belongs to the number."""
    cand.qualifier, cand.qualifier_start = _qualifier(text, start, lang)
    post = _POSTFIX_QUALIFIER.match(text, end)
    if post and cand.qualifier == EXACT:
        cand.qualifier = AT_LEAST
    return post.end() if post else end


def _qualifier(text: str, start: int, lang: str | None) -> tuple[str, int]:
    left = text[max(0, start - 32) : start]
    m = _qualifier_regex(lang).match(left[::-1])
    if not m:
        return EXACT, start
    phrase = " ".join(m.group("q")[::-1].lower().split())
    return _QUALIFIER_OF_PHRASE.get(phrase, EXACT), start - m.end()


# --------------------------------------------------------------------------- candidates


class _Candidate:
    """A figure in the making; ``bare`` ones (no unit, no noun, no scale) need a reason to stay."""

    __slots__ = (
        "start", "end", "value", "mantissa", "decimals", "scale", "unit", "qualifier",
        "qualifier_start", "counted", "bare", "accepted",
    )

    def __init__(self, start: int, end: int, mantissa: int | float, decimals: int, scale: int) -> None:
        self.start, self.end = start, end
        self.mantissa, self.decimals, self.scale = mantissa, decimals, scale
        self.value: int | float = _scaled(mantissa, decimals, scale)
        self.unit: str | None = None
        self.qualifier, self.qualifier_start = EXACT, start
        self.counted: tuple[int, int] | None = None
        self.bare = False
        self.accepted = True


def _unit_and_scale(text: str, pos: int, cur: str | None, lang: str | None) -> tuple[int, str | None, str | None]:
    """(end, scale word, unit) after a number ending at ``pos``."""
    scale_word = None
    sm = _SCALE_AFTER.match(text, pos)
    if sm:
        scale_word = sm.group("scale")
        pos = sm.end()
    if cur is not None:  # a currency written before the number wins over anything after it
        return pos, scale_word, _currency_code(cur)
    unit = None
    um = _UNIT_AFTER.match(text, pos)
    if um:
        if um.group("pp") is not None:
            unit = PERCENTAGE_POINT
        elif um.group("pct") is not None:
            unit = PERCENT
        else:
            unit = _currency_code(um.group("cur"))
        pos = um.end()
    return pos, scale_word, unit


def _number_candidate(text: str, m: re.Match[str], lang: str | None) -> _Candidate | None:
    num_start, num_end = m.start(), m.end("rest")
    num, suffix = text[num_start:num_end], m.group("suf")
    if num[0] == "0" and len(num) > 1 and num[1].isdigit():
        return None  # "010-…" phone numbers and codes
    if num_start > 1 and text[num_start - 1] in "-–" and text[num_start - 2].isalpha():
        return None  # "COVID-19", "Tu-154"
    cur = None
    start = num_start
    before = text[max(0, num_start - 2) : num_start].rstrip(" \u00a0")
    if before and (before[-1] in _CURRENCY_SYMBOLS or before[-1].isalpha()):
        cm = _CUR_BEFORE.search(text, max(0, num_start - 8), num_start)
        if cm:
            cur, start = cm.group(), cm.start()
        elif before[-1] in _CURRENCY_SYMBOLS:
            return None  # "A$84", "C$5": a dollar we cannot name
    after = text[num_end : num_end + 2]
    if after[:1] in ("+", "×", "^", "=", "/") or (after[:1] in ".,:" and after[1:2].isdigit()):
        return None  # "10+1", "24/7", "1.2.3", "3:1"
    suffix_scale = None
    if suffix:
        low = suffix.lower()
        if low in ("bn", "bln", "mn", "mln", "tn", "trn") or (low in ("m", "k") and cur):
            suffix_scale = low
        else:
            return None  # "5G", "78th", "3D", "1990s"
    pos = num_end
    if not suffix_scale and text[pos : pos + 1] in ("-", "–") and text[pos + 1 : pos + 2].isalpha():
        um = _UNIT_AFTER.match(text, pos)
        if not (um and (um.group("pp") or um.group("pct"))):
            return None  # "four-point plan", "5-year", "10-member"
    if suffix_scale:
        pos = m.end()
        end, scale_word, unit = _unit_and_scale(text, pos, cur, lang)
        scale_word = scale_word or suffix_scale
    else:
        end, scale_word, unit = _unit_and_scale(text, pos, cur, lang)
    if scale_word is None and unit is None:
        if _CLOCK_AFTER.match(text, pos) or (lang != "de" and _AMPM_AFTER.match(text, pos)):
            return None  # "10 Uhr", "3 p.m."
    numeral = _numeral(num, _scale_language(scale_word, lang))
    if numeral is None:
        return None
    mantissa, decimals = numeral
    scale = _scale_factor(scale_word, _scale_language(scale_word, lang)) if scale_word else 1
    cand = _Candidate(start, end, mantissa, decimals, scale)
    cand.unit = unit
    after_all = _set_qualifier(cand, text, start, end, lang)

    if unit in (PERCENT, PERCENTAGE_POINT):
        cand.counted = _percent_measure(text, after_all, lang)
        return cand
    if unit is not None:
        return cand

    plain = num.isdigit()
    small = plain and int(num) <= 31
    is_year = plain and len(num) == 4 and 1900 <= int(num) <= 2100 and scale_word is None
    # Dates: "5. August", "August 29", "Aug 31 to September 1", "July 10 to 11", "10 and 11 July".
    if scale_word is None and (small or is_year):
        if small and (_DATE_AFTER.match(text, num_end) or _DATE_CHAIN_AFTER.match(text, num_end)):
            return None
        if _DATE_BEFORE.search(text, max(0, start - 30), start):
            return None
    # Enumerations at the start of a line: "1. …", "2) …".
    if text[num_end : num_end + 1] in ".)" and _line_start(text, start):
        return None
    # German ordinals: "25. Konferenz", "die 3. internationale Messe".
    if lang != "en" and plain and len(num) <= 3 and scale_word is None:
        dm = _DOT_WORD.match(text, num_end)
        if dm:
            following = dm.group(1)
            if following[0].islower() or (lang == "de" and following not in _DE_SENTENCE_STARTERS):
                return None
    prev, prev_start, prev_dot = _prev_word(text, cand.qualifier_start)
    prev_low = prev.lower() if prev else None
    if prev_low in _NAME_PREV or (prev_low is not None and prev_low in _PERIOD_PREV and cand.qualifier == EXACT):
        return None
    counted = _counted(text, after_all, lang)
    if counted is not None:
        head = _head_word(text[counted[0] : counted[1]])
        if head in _NOT_COUNTED:
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
        return None  # versions and bare measurements: "Web 3.0", "rose to 52.3"
    cand.counted = counted
    if counted is None and scale_word is None:
        cand.bare = True
        cand.accepted = cand.qualifier != EXACT or (prev_low in _BARE_ACCEPT and not prev_dot)
    return cand


def _word_candidate(text: str, m: re.Match[str], lang: str | None) -> _Candidate | None:
    word = m.group()
    value, word_lang = _word_value(word)
    if value is None or (lang is not None and word_lang != lang):
        return None
    start, pos = m.start(), m.end()
    if text[pos : pos + 1] in ("-", "–"):
        return None  # "four-point plan", "two-day"
    if word[0].isupper() and not _sentence_initial(text, start):
        return None  # "Three Gorges", "Group of Seven", "außer Acht"
    prev, _, _ = _prev_word(text, start)
    prev_low = prev.lower() if prev else None
    if prev_low in _REFERENTIAL_PREV or prev_low in _PERIOD_PREV or prev_low in _NAME_PREV:
        return None
    end, scale_word, unit = _unit_and_scale(text, pos, None, lang)
    scale = _scale_factor(scale_word, lang or word_lang) if scale_word else 1
    if isinstance(value, float):
        cand = _Candidate(start, end, value * scale, 0, 1)
    else:
        cand = _Candidate(start, end, value, 0, scale)
    cand.unit = unit
    after_all = _set_qualifier(cand, text, start, end, lang)
    if unit in (PERCENT, PERCENTAGE_POINT):
        cand.counted = _percent_measure(text, after_all, lang)
        return cand
    if unit is not None:
        return cand
    counted = _counted(text, after_all, lang or word_lang)
    if counted is not None:
        head = _head_word(text[counted[0] : counted[1]])
        if head in _NOT_COUNTED or head in _IDIOM_HEADS:
            return None
    cand.counted = counted
    if counted is None and scale_word is None and " " not in word.strip():
        cand.bare = True
        cand.accepted = False
    return cand


def _vague_candidate(text: str, m: re.Match[str], lang: str | None) -> _Candidate | None:
    key = " ".join(m.group().lower().split())
    value = _VAGUE_VALUES.get(key)
    if value is None:
        return None
    start, pos = m.start(), m.end()
    left = text[max(0, start - 12) : start].rstrip()
    if left[-1:].isdigit():
        return None  # the scale word of "1,5 Millionen", already taken
    english = key.endswith("s")
    unit = None
    counted = None
    end = pos
    if english:
        if lang == "de":
            return None
        om = _OF.match(text, pos)
        if not om:
            return None
        um = _UNIT_AFTER.match(text, om.end())
        if um and um.group("cur") is not None:
            unit, end = _currency_code(um.group("cur")), um.end()
        else:
            counted = _counted_en(text, om.end())
            if counted is None:
                return None
    else:
        if lang == "en":
            return None
        um = _UNIT_AFTER.match(text, pos)
        if um and um.group("cur") is not None:
            unit, end = _currency_code(um.group("cur")), um.end()
        else:
            vm = _DE_VON.match(text, pos)
            counted = _counted_de(text, vm.end() if vm else pos)
            if counted is None:
                return None
    if counted is not None and _head_word(text[counted[0] : counted[1]]) in _NOT_COUNTED:
        return None
    cand = _Candidate(start, end, value, 0, 1)
    cand.unit = unit
    cand.counted = counted
    cand.qualifier = AT_LEAST
    return cand


def _join_ranges(cands: list[_Candidate], text: str) -> None:
    """Give a bare first number of a range or change what the second one has."""
    for a, b in zip(cands, cands[1:], strict=False):
        gap = text[a.end : b.qualifier_start]
        if not (_RANGE_GAP.match(gap) or (b.qualifier == UP_TO and not gap.strip())):
            continue
        if a.bare and not b.bare:
            a.unit, a.counted, a.bare, a.accepted = b.unit, b.counted, False, True
            if a.scale == 1 and b.scale != 1 and a.mantissa / 10**a.decimals < b.mantissa / 10**b.decimals:
                a.scale = b.scale
                a.value = _scaled(a.mantissa, a.decimals, b.scale)
        elif a.bare and b.bare:
            # "between 10 and 20": both; "aged 18 to 35" and a score "3-1": neither
            b.accepted = a.accepted = a.accepted and gap.strip() not in ("-", "–", "—")
        elif a.unit not in (None, COUNT, PERCENT, PERCENTAGE_POINT) and b.unit is None and b.counted is None:
            b.unit = a.unit  # "$2 to 3 billion"
            if a.scale == 1 and b.scale != 1:
                a.scale = b.scale
                a.value = _scaled(a.mantissa, a.decimals, b.scale)


def _match_start(m: re.Match[str]) -> int:
    return m.start()


def extract_figures(text: str, language: str | None = None) -> list[FoundFigure]:
    """Every figure in ``text``, sorted by start. ``language`` "de"/"en"; None detects it.

    >>> [(f.text, f.value, f.qualifier) for f in extract_figures("mehr als 830 Fachkräfte")]
    [('830', 830, 'more_than')]
    """
    if not isinstance(text, str) or not text:
        return []
    lang = language if language in ("de", "en") else detect_language(text)
    cands: list[_Candidate] = []
    taken_until = 0
    matches = heapq.merge(_DIGIT_SCANNER.finditer(text), _word_scanner().finditer(text), key=_match_start)
    for m in matches:
        if m.start() < taken_until:
            continue
        if m.lastgroup is not None:  # the digit scanner: "skip", "rest" or "suf"
            if m.group("skip") is not None:
                continue
            cand = _number_candidate(text, m, lang)
        elif " ".join(m.group().lower().split()) in _VAGUE_VALUES:
            cand = _vague_candidate(text, m, lang)
        else:
            cand = _word_candidate(text, m, lang)
        if cand is not None and cand.start >= taken_until:
            cands.append(cand)
            taken_until = cand.end
    _join_ranges(cands, text)
    figures = []
    for cand in cands:
        if (cand.bare and not cand.accepted) or (cand.unit or COUNT) not in UNITS:
            continue  # unexplained bare numbers; currencies outside the contract ("HK$")
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
            )
        )
    return figures
