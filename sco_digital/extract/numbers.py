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
  qualifier ``at_least``; "several"/"mehrere" counts 3, as "several times" does ("several billion
  dollars" -> 3e9 USD, at_least). "double-digit"/"zweistellig" is 10 percent, at_least;
  "single-digit" states no figure (an upper bound without a level).
- A fall by a fraction is the percent it fell by, a rise by a multiple is ``times``: "halved",
  "Halbierung" -> 50 percent, change down; "doubled", "verdoppelt" -> 2 times, change up.
- ``change`` is "up" or "down" when the text states a direction for this number: a verb or noun
  next to it ("rose 9.3 percent", "sank um 3 %", "a 5% increase", "Rückgang um 2 Prozent") or a
  written sign ("+3,75 %", "-2,4 %"); otherwise None.
- ``range_with`` is, for each end of a range ("4-8 %", "between $15.2 and $16.2 billion",
  "zwischen 2 und 3 Millionen", "von 2 bis 3 Millionen Euro"), the ``start`` of the other end;
  the lower end is ``at_least`` and the upper ``up_to`` unless the text says otherwise. A change
  ("from 43 to 70 percent", "von 43 auf 70 Prozent") or a list ("3 Mrd. bzw. 250 Mio. Dollar")
  is not a range: its numbers share unit and scale but are not linked.

Modules, one job each: ``number_patterns`` (scanners and context patterns), ``number_parsing``
(numerals and number words), ``number_units`` (the unit lexicon), ``number_attach`` (scale, unit
and currency around a number), ``number_candidate`` (the figure in the making and its qualifier),
``number_candidates`` (digit matches and the filters for what is not a figure),
``number_word_candidates`` (number words, vague amounts, multipliers, fractions),
``number_nouns`` (the noun counted), ``number_change`` (direction), ``number_ranges`` (ranges and
lists), ``number_currencies`` (shared currency names by the countries the article names; "pounds"
money or mass). This module runs them in order.

Pure functions of text, standard library only; nothing here raises on any input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..contract import COUNT, EXACT, PERCENT, is_currency
from .language import detect_language
from .lang import vocabulary
from .number_candidate import Candidate, per_year_of_lists, set_qualifier
from .number_candidates import number_candidate
from .number_word_candidates import word_candidate
from .number_attach import per_unit, priced_units, rupee_scales, worth_currencies
from .number_units import UnitReading, unit_lexicon
from .number_change import share_directions, stated_change, word_direction
from .number_currencies import cents_of_the_amount_before, resolve_currencies
from .number_parsing import parse_number, word_value
from .number_patterns import DIGIT_SCANNER, patterns
from .number_ranges import carry_units, join_compound_amounts, join_neighbours

__all__ = ["FoundFigure", "extract_figures", "parse_number"]

# A share told as K of every N: "one in three cars", "one out of every five", "six in ten firms",
# "two out of three", "jeder dritte Liter", "jedes fünfte Unternehmen", "sechs von zehn
# Unternehmen", "zwei von drei Befragten" — 100·K/N percent, not counts of K and N ("jeden
# zweiten Tag" is how often). German "K von N" only before a capitalised word (what is counted)
# and never after "von" ("von 5 auf 10"); K below N ("der erste von drei Satelliten" has no K);
# of ten or a hundred at most where K is more than one (`_BASES`).
_SMALL_EN = r"one|two|three|four|five|six|seven|eight|nine|ten|[1-9]|[1-9]\d"
_SMALL_DE = r"eine[rsnm]?|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|[1-9]|[1-9]\d"
_ONE_OF_EVERY = {
    "en": re.compile(rf"(?<![\w.,-])(?P<k>[Oo]ne|1|(?<=\s)(?:{_SMALL_EN})|(?:Two|Three|Four|Five|Six|Seven|Eight|Nine))"
                     rf"\s+(?:in|out\s+of)(?:\s+every)?\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|hundred|[2-9]|[1-9]\d|100)(?![\w.,-])"
                     r"(?!\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b)"
                     # "Every third ton is international": one of every three
                     r"|(?<![\w-])[Ee]very\s+(?P<ne>second|third|fourth|fifth|sixth|seventh|eighth|tenth)(?![\w-])"
                     r"(?=\s+[a-z])(?!\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|time)\b)"),
    "de": re.compile(r"(?<![\w-])[Jj]ede[rsnm]?\s+(?P<n>zweite|dritte|vierte|fünfte|sechste|siebte|achte|zehnte)[nrsm]?"
                     r"(?![\w-])(?!\s+(?:Tag|Woche|Monat|Jahr|Stunde|Minute|Mal)\w*)"
                     rf"|(?<![\w.,-])(?<!von\s)(?P<kd>{_SMALL_DE}|Eine[rsnm]?|Zwei|Drei|Vier|Fünf|Sechs|Sieben|Acht|Neun)\s+von\s+"
                     rf"(?P<nd>zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|hundert|[2-9]|10|100)(?![\w.,-])"
                     # the noun counted, after up to two declined adjectives ("sechs von zehn deutschen Unternehmen")
                     r"(?=(?:\s+[a-zäöüß]+(?:e|en|er|es|em)){0,2}\s+[A-ZÄÖÜ])"
                     r"(?!\s+(?:Sekunde|Minute|Stunde|Tag|Woche|Monat|Jahr|Jahrzehnt)\w*)"),
}


_SHARE_PATTERNS = tuple(_ONE_OF_EVERY.values())
_EVERY_NTH = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "tenth": 10}


# What K of N > 1 may be out of: ten or fewer, or a hundred ("15 out of 20 regions", "22 von 23
# Ökonomen" count what was polled; "one in 25" is a share).
_BASES = frozenset({*range(2, 11), 100})


def _small(word: str, lang: str) -> object:
    """The value of a small number written in digits or as a word ("sechs", "eine", "Two")."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    if lang == "de" and word.startswith("ein"):
        return 1
    return word_value(word)[0]


def _one_of_every(text: str, m: re.Match[str], lang: str | None) -> Candidate | None:
    """The share "one in N" / "jeder N-te" states, in percent: N from the number words, or from the
    German fraction the ordinal names ("dritte" as in "Drittel"; "zweite" is the second)."""
    german = m.re is _ONE_OF_EVERY["de"]
    if german and m["nd"] is not None:
        k, n = _small(m["kd"], "de"), _small(m["nd"], "de")
        if k == 1:
            return None  # "Russland ist eines von zehn Ländern, die …": one of them, no share
    elif not german and m["ne"] is not None:
        k, n = 1, _EVERY_NTH[m["ne"]]
    else:
        word = m["n"].lower()
        k = _small(m["k"], "en") if not german else 1
        if word.isdigit():
            n = int(word)
        elif german:
            n = 2 if word == "zweite" else vocabulary("de").fractions.get(word + "l")
        else:
            n = word_value(word)[0]
    if not isinstance(n, int) or not isinstance(k, int) or n < 2 or not 0 < k < n or (k > 1 and n not in _BASES):
        return None
    value = 100 * k / n
    cand = Candidate(m.start(), m.end(), value, 0, 1)
    cand.value, cand.unit = (int(value) if value.is_integer() else value), PERCENT
    set_qualifier(cand, text, m.start(), m.end(), lang)
    return cand


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


# An article that writes "million tonnes (MT)" uses MT for millions of tonnes (India's coal and
# steel releases); elsewhere MT is a metric tonne
_MILLION_TONNES_MT = re.compile(r"\bmillion[^\S\n]+(?:metric[^\S\n]+)?(?:tonnes|tons)[^\S\n]*\(MT\)")
_WRITTEN_MT = re.compile(r"MT\Z")


# Before a rate's base: "470 units per 10,000 employees", "mit 429 … pro 10.000 Beschäftigten", "je
# 100.000 Einwohner", "among each 10,000 workers"
_RATE_BASE_BEFORE = re.compile(r"(?:\b(?:per|pro|je|for[^\S\n]+every|among[^\S\n]+each|in[^\S\n]+every|"
                               r"out[^\S\n]+of[^\S\n]+every)[^\S\n]+)\Z", re.IGNORECASE)
_RATE_BASES = frozenset({100, 1_000, 10_000, 100_000, 1_000_000})


def _rate_base(text: str, cand: Candidate) -> bool:
    """Whether the candidate is the base a rate is counted per (a round count after "per", "pro",
    "je"): no statistic of its own."""
    return (cand.unit in (None, COUNT) and cand.value in _RATE_BASES and cand.qualifier == EXACT
            and _RATE_BASE_BEFORE.search(text, max(0, cand.start - 20), cand.start) is not None)


def _match_start(m: re.Match[str]) -> int:
    return m.start()


_PERCENT_ADJECTIVE = re.compile(r"-prozentig\w*\Z")
_NOUN_AFTER = re.compile(r"[^\S\n]+([A-ZÄÖÜ][\w-]*)")


def _read_change(cand: Candidate, text: str, lang: str | None) -> None:
    """Direction of an accepted candidate. Only candidates that can become figures pay for it:
    the bare numbers dropped later (most of a number-dense text) never read their clause."""
    cand.change_read = True
    if cand.change is not None:
        return
    adjective = _PERCENT_ADJECTIVE.search(text, cand.start, cand.end)
    if adjective is not None:
        # "ein 20-prozentiger Anstieg" is a rise, "ein 6,1-prozentiges Umschlag-Plus" too; "trotz der
        # 27-prozentigen Zölle" a rate, whatever verb the clause has: the noun the adjective describes says
        noun = _NOUN_AFTER.match(text, cand.end)
        cand.change = word_direction(noun.group(1).rsplit("-", 1)[-1], vocabulary(lang)) if noun else None
        return
    if cand.unit != COUNT and not (cand.unit is None and cand.counted is not None):
        cand.change = stated_change(text, cand.qualifier_start, cand.end, lang)
    else:
        cand.change = stated_change(text, cand.qualifier_start, cand.qualifier_start, lang)


# An amount's conversion in brackets right after it: "über 450 Milliarden Tenge (994,3 Millionen US-Dollar)".
_CONVERSION_OPENS = re.compile(r"[^\S\n]*\([^\S\n]*")


def _converted_bounds(cands: list[Candidate], text: str) -> None:
    """A conversion in brackets that says no bound of its own is bounded as the amount it converts:
    "über 450 Milliarden Tenge (994,3 Millionen US-Dollar)" is over 994.3 million dollars too."""
    for a, b in zip(cands, cands[1:], strict=False):
        if (b.qualifier == EXACT and a.qualifier != EXACT and a.unit != b.unit and is_currency(a.unit)
                and is_currency(b.unit) and _CONVERSION_OPENS.fullmatch(text, a.end, b.start)):
            b.qualifier = a.qualifier


_CONVERSION_CLOSES = re.compile(r"[^\S\n]*\)")
_MONEY_TIMES = frozenset({"d", "wk", "mo", "yr", "a", "h"})  # "(US$7.1) a year": an amount a year, left as it is


def _bracketed_rates(cands: list[Candidate], text: str, lang: str | None) -> None:
    """An amount and its conversion in brackets, the unit priced after both: "48 yuan (US$7.1) per
    ton" is CNY/t and USD/t. One look after each bracket: linear."""
    lex = unit_lexicon(lang)
    for a, b in zip(cands, cands[1:], strict=False):
        if (a.unit is None or b.unit is None or "/" in a.unit or "/" in b.unit or not is_currency(a.unit)
                or not is_currency(b.unit) or not _CONVERSION_OPENS.fullmatch(text, a.end, b.start)):
            continue
        close = _CONVERSION_CLOSES.match(text, b.end)
        if close is None:
            continue
        rate, _ = per_unit(text, lex, UnitReading(b.unit, kind="currency"), close.end(), lang)
        if "/" in rate.unit and rate.unit.split("/", 1)[1] not in _MONEY_TIMES:
            per = rate.unit.split("/", 1)[1]
            a.unit, b.unit = f"{a.unit}/{per}", f"{b.unit}/{per}"


_UNIT_IN_BRACKETS = re.compile(r"[^\S\n]*\((?P<unit>[^()\s]{1,8})\)")


def _bracketed_units(cands: list[Candidate], text: str, lang: str | None) -> None:
    """A count whose noun a unit's symbol in brackets explains takes that unit, and the time after
    the bracket: "180.000 Standardcontainern (TEU) pro Jahr" is TEU/yr, "2 million twenty-foot
    equivalent units (TEU) a year" too. One look after each counted noun: linear."""
    lex = unit_lexicon(lang)
    for cand in cands:
        counted = cand.unit in (None, COUNT)
        if (counted and not cand.counted) or (not counted and (is_currency(cand.unit) or "/" in (cand.unit or ""))):
            continue
        m = _UNIT_IN_BRACKETS.match(text, cand.counted[1] if counted and cand.counted else cand.end)
        reading = lex.lookup(m["unit"]) if m is not None else None
        if m is None or reading is None or reading.kind != "unit" or reading.unit in (PERCENT, "count") \
                or reading.factor != 1 or (not counted and reading.unit != cand.unit):
            continue
        rate, _ = per_unit(text, lex, reading, m.end(), lang)
        cand.unit = rate.unit


# A quoted title opening with a number, after a word for a programme: the programme's name.
_PROGRAMME_TITLE_BEFORE = re.compile(r"\b(?:[A-ZÄÖÜ][a-zäöüß]*(?:projekt|programm|initiative|kampagne)|[Pp]rojekt|"
                                     r"[Pp]rogramm|[Ii]nitiative|[Kk]ampagne|project|programme|program|initiative|"
                                     r"campaign)[^\S\n]+[„“\"«»‚']\Z")


def extract_figures(text: str, language: str | None = None, *, context: str | None = None) -> list[FoundFigure]:
    """Every figure in ``text``, sorted by start. ``language`` "de"/"en"; None detects it.
    ``context`` is the whole article when ``text`` is a part of it: the countries it names
    settle shared currency names ("rupees", "dollars") and whether "pounds" are money.

    >>> [(f.text, f.value, f.qualifier) for f in extract_figures("mehr als 830 Fachkräfte")]
    [('830', 830, 'more_than')]
    >>> [(f.text, f.value, f.unit, f.change) for f in extract_figures("Exports rose 9.3 percent.", "en")]
    [('9.3 percent', 9.3, 'percent', 'up')]
    """
    if not isinstance(text, str) or not text:
        return []
    lang = language if language in ("de", "en") else detect_language(text)
    cands: list[Candidate] = []
    taken_until = 0
    # Both scanners' matches in text order, digits first at a tie (a stable sort of the two runs:
    # cheaper than merging the two iterators lazily).
    shares = [m for key in ((lang,) if lang in _ONE_OF_EVERY else tuple(_ONE_OF_EVERY))
              for m in _ONE_OF_EVERY[key].finditer(text)]
    matches = [*shares, *DIGIT_SCANNER.finditer(text), *patterns(lang).words.finditer(text)]
    matches.sort(key=_match_start)  # stable: a share first where a number word starts with it
    for m in matches:
        if m.start() < taken_until:
            continue
        cand: Candidate | None
        if m.re in _SHARE_PATTERNS:
            cand = _one_of_every(text, m, lang)
        elif m.lastgroup is not None:  # the digit scanner: "skip", "rest" or "suf"
            if m.group("skip") is not None:
                continue
            cand = number_candidate(text, m, lang)
        else:
            cand = word_candidate(text, m, lang)
        if cand is not None and _PROGRAMME_TITLE_BEFORE.search(text, max(0, cand.start - 30), cand.start):
            # 'das Projekt „Fünf Millionen Führungskräfte für KI“': the number opens a programme's name
            cand.bare, cand.accepted = True, False
        if cand is not None and cand.start >= taken_until:
            if not cand.bare or cand.accepted:
                _read_change(cand, text, lang)
            cands.append(cand)
            taken_until = cand.end
    cands = join_compound_amounts(cands, text)
    join_neighbours(cands, text, lang)
    carry_units(cands, text, lang)
    per_year_of_lists(cands, text)
    resolve_currencies(cands, text, lang, context)
    cents_of_the_amount_before(cands, text)
    priced_units(cands, text, lang)
    worth_currencies(cands, text)
    rupee_scales(cands, text)
    for cand in cands:
        if not cand.change_read and not (cand.bare and not cand.accepted):
            _read_change(cand, text, lang)  # a bare number its neighbour explained: "between 10 and 20 %"
    share_directions(cands, text, lang)
    _converted_bounds(cands, text)
    _bracketed_rates(cands, text, lang)
    _bracketed_units(cands, text, lang)
    figures = []
    millions_of_tonnes = "MT" in text and _MILLION_TONNES_MT.search(context or text) is not None
    for cand in cands:
        if cand.bare and not cand.accepted:
            continue  # unexplained bare numbers
        if _rate_base(text, cand):
            continue  # "470 pro 10.000 Beschäftigten", "1.8 beds per 1,000 people": a rate's base
        value = cand.value
        if millions_of_tonnes and cand.unit == "t" and _WRITTEN_MT.search(text, cand.start, cand.end):
            value = round(value * 1_000_000, 3)  # "84.45 million tonnes (MT) … the 78.57 MT of last year"
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
