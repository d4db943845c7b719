"""Dates in English and German news text: explicit days, months, years, periods, weekdays.

`find_dates(text, language, published)` returns every date expression with its offsets and an
ISO value. Dates written without a year ("am 6. September", "on Aug 31"), relative days ("on
Thursday", "yesterday") and weeks and months ("last week", "vergangene Woche") are resolved
against the publication date and the tense of the verb nearest to them: "said on Thursday" is the latest Thursday on or before publication, "is to be
held on Sunday and Monday" the next ones after it. Without a publication date those are skipped.

A bare year is not a date here: "SCO Summit 2025" and "2025 Global Industrial Internet
Conference" name an event, they do not date one. A year counts only after a preposition that
makes it a time ("in 2024", "seit 2023", "bis 2027", "im Jahr 2024").
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime
import functools
import re
from collections.abc import Callable, Iterator

from ._date_patterns import (
    _CLAUSE_BREAK,
    _COUNTS,
    _CUES,
    _DAY_MONTH,
    _DAY_OFFSETS,
    _DAY_REF,
    _DEFINITE_MONTHS,
    _FRACTION_DE,
    _FRACTION_EN,
    _ISO,
    _MONTH_ALONE,
    _MONTH_ALONE_BEFORE,
    _MONTH_ANCHOR,
    _MONTH_DAY,
    _MONTH_SPAN,
    _MONTH_YEAR_SPAN,
    _MONTH_YEAR,
    _MONTHS,
    _NOT_A_DAY_BEFORE,
    _NOT_TOMORROW_BEFORE,
    _NUMERIC_DE,
    _ORDINALS,
    _PERIOD_BEFORE,
    _PERIOD_MOD_BEFORE,
    _PERIOD_UNIT,
    _QUARTER,
    _RELATIVE_PERIODS,
    _SAME_PERIOD,
    _SEASON,
    _SEASON_WORDS,
    _SENTENCE_END,
    _SPAN_BEFORE,
    _WEEKDAY_BEFORE,
    _WEEKDAY_MOD_BEFORE,
    _WEEKDAY_REF,
    _WEEKDAYS,
    _YEAR_ANCHOR,
    _YEAR_BEFORE,
    _YEAR_REF,
)
from ._regex import LazyRegex as _Regex

__all__ = ["FoundDate", "find_dates", "month_number", "resolve_weekday", "tense_of"]


@dataclasses.dataclass(frozen=True, slots=True)
class FoundDate:
    """One date expression: ``source[start:end] == text``.

    `date` is ISO at the given `precision` ("2025-08-28", "2025-08", "2025"); `end_date` closes a
    span ("Aug 31 to September 1", "first five months of 2025") and is None otherwise (also for
    open periods such as "since 2023"). `kind` is "date" (written out), "relative" (a weekday or
    "yesterday", resolved against publication) or "period" ("seit 2023", "As of April 2025").
    `text` holds the date words and any word that changes their meaning ("Since 2023", "last
    Friday", "As of April 2025"), not a bare "on"/"am": "said on Thursday" gives "Thursday".
    """

    start: int
    end: int
    text: str
    date: str
    end_date: str | None
    precision: str
    kind: str


# --- tense and weekday resolution ---------------------------------------------------------------


def tense_of(sentence: str, language: str | None = None, at: int | None = None) -> str:
    """'past' or 'future', from the verb cues of `sentence`.

    With `at` (an offset into `sentence`), the cue nearest to that point decides, a clause break
    (comma, semicolon, dash) between them counting against it: in "He made the remarks at the
    briefing of the summit, which is to be held on Sunday", Sunday is future. Without `at`, any
    past cue makes the sentence past (news report what was said), else any future cue makes it
    future. Default: past.
    """
    return _tense_at(sentence, _cues_in(sentence, language), at)


def states_past(words: str, language: str | None = None) -> bool:
    """Whether `words` hold a cue of the past tense ("wurden … gestartet", "was launched")."""
    return any(kind == "past" for _, _, kind in _cues_in(words, language))


def _cues_in(sentence: str, language: str | None) -> list[tuple[int, int, str]]:
    """(start, end, "future" | "past") of every tense cue of `sentence`."""
    cues = _CUES.get(language if language in ("en", "de") else None, _CUES[None])
    lowered = sentence.lower()
    return [
        (m.start(), m.end(), "future" if m.group("future") else "past")
        for m in cues.finditer(lowered)
        if not (m.start() and lowered[m.start() - 1].isalnum())
    ]


def _tense_at(sentence: str, found: list[tuple[int, int, str]], at: int | None) -> str:
    """`tense_of` for a sentence whose cues (`_cues_in`) are `found`."""
    if not found:
        return "past"
    if at is None:
        return "past" if any(t == "past" for _, _, t in found) else "future"

    def distance(cue: tuple[int, int, str]) -> int:
        start, end, _ = cue
        lo, hi = (end, at) if end <= at else (at, start)
        gap = max(hi - lo, 0)
        return gap + 60 * len(_CLAUSE_BREAK.findall(sentence, lo, hi))

    return min(found, key=distance)[2]


def resolve_weekday(weekday: int, published: datetime.date, tense: str) -> datetime.date:
    """The day a weekday named in an article published on `published` refers to (0 = Monday).

    Past: the latest such day on or before publication ("said on Friday" in a Friday paper is
    that same Friday). Future: the next such day strictly after publication ("will be held on
    Friday" in a Friday paper means a week later; the same day would be "today").
    """
    delta = (published.weekday() - weekday) % 7
    if tense == "future":
        return published + datetime.timedelta(days=(7 - delta) if delta else 7)
    return published - datetime.timedelta(days=delta)


# --- finding ------------------------------------------------------------------------------------


@dataclasses.dataclass(slots=True)
class _Context:
    text: str
    language: str | None
    published: datetime.date | None
    # Whether the text holds a year (19xx, 20xx) and a month name anywhere: the rules whose every
    # match holds one skip their scans without (most sentences of a figure hold neither).
    has_year: bool = True
    has_month: bool = True
    # The tense cues of each sentence asked about, by its bounds: several dates share a sentence.
    cues: dict[tuple[int, int], list[tuple[int, int, str]]] = dataclasses.field(default_factory=dict)

    def tense_at(self, start: int, end: int) -> str:
        """The tense of the sentence around text[start:end] (at most 300 characters either side),
        judged at `start`."""
        lo = max(0, start - _REACH)
        for boundary in _SENTENCE_END.finditer(self.text, lo, start):
            lo = boundary.end()
        after = _SENTENCE_END.search(self.text, end, min(len(self.text), end + _REACH))
        hi = after.end() if after else min(len(self.text), end + _REACH)
        sentence = self.text[lo:hi]
        found = self.cues.get((lo, hi))
        if found is None:
            found = self.cues[(lo, hi)] = _cues_in(sentence, self.language)
        return _tense_at(sentence, found, start - lo)


_REACH = 300  # how far a verb may stand from the date it dates


@functools.lru_cache(maxsize=64)  # one publication date is asked for every sentence of its article
def _parse_published(published: str | None) -> datetime.date | None:
    if not published:
        return None
    try:
        day = datetime.date.fromisoformat(str(published).strip()[:10])
    except ValueError:
        return None
    return day if 1000 <= day.year <= 9000 else None  # room for a year either side


def month_number(name: str) -> int | None:
    """The month an English or German month name or abbreviation names ("Dec.", "Dezember" → 12), or None."""
    return _MONTHS.get(name.rstrip(".").lower())


def _month(name: str | None) -> int:
    return _MONTHS[(name or "").rstrip(".").lower()]


def _day_iso(year: int, month: int, day: int) -> str | None:
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


# "Thanks to the high cotton prices since mid-September, cotton farmers are expected to reap …": a
# time since which something holds has begun, whatever the verb's tense
_SINCE_BEFORE = _Regex(r"\b(?i:since|seit)(?:[^\S\n]+(?i:mid|early|late|Mitte|Anfang|Ende))?[^\S\n-]*-?[^\S\n]*\Z")


def _infer_year(ctx: _Context, month: int, day: int, start: int, end: int) -> int | None:
    """The year of a date written without one: the publication year, shifted by a year when the
    verb's tense says the day must lie well before (past) or after (future) publication."""
    if ctx.published is None:
        return None
    tense = "past" if _SINCE_BEFORE.search(ctx.text, max(0, start - 16), start) else ctx.tense_at(start, end)
    pub = ctx.published
    slack = datetime.timedelta(days=31)
    candidates = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            candidates.append(datetime.date(year, month, min(day, 28) if month == 2 and day == 29 else day))
        except ValueError:
            return None
    if tense == "future":
        return next(c.year for c in candidates if c >= pub - slack)
    return [c for c in candidates if c <= pub + slack][-1].year


def _found(
    ctx: _Context, start: int, end: int, date: str, end_date: str | None, precision: str, kind: str
) -> FoundDate:
    return FoundDate(start, end, ctx.text[start:end], date, end_date, precision, kind)


def _months_found(ctx: _Context, start: int, end: int, year: int, months: tuple[int, int]) -> FoundDate:
    """A period of whole months of one year: "first five months of 2025" -> 2025-01 .. 2025-05."""
    return _found(ctx, start, end, f"{year:04d}-{months[0]:02d}", f"{year:04d}-{months[1]:02d}", "month", "period")


def _span_dates(
    ctx: _Context,
    start: int,
    end: int,
    m1: int,
    d1: int,
    y1: int | None,
    m2: int | None = None,
    d2: int | None = None,
    y2: int | None = None,
) -> FoundDate | None:
    """A day or a span of days; a missing year comes from the other end or from publication."""
    if d2 is None:
        year = y1 if y1 is not None else _infer_year(ctx, m1, d1, start, end)
        if year is None:
            return None
        iso = _day_iso(year, m1, d1)
        return _found(ctx, start, end, iso, None, "day", "date") if iso else None
    m2 = m2 if m2 is not None else m1
    if y2 is None and y1 is not None:
        y2 = y1 + (1 if m2 < m1 else 0)
    if y1 is None and y2 is not None:
        y1 = y2 - (1 if m1 > m2 else 0)
    if y1 is None:
        y1 = _infer_year(ctx, m1, d1, start, end)
        if y1 is None:
            return None
        y2 = y1 + (1 if m2 < m1 else 0)
    first, last = _day_iso(y1, m1, d1), _day_iso(y2 or y1, m2, d2)
    if first is None or last is None or last <= first:
        return None
    return _found(ctx, start, end, first, last, "day", "date")


def _word_start(text: str, start: int) -> bool:
    """Whether a match at `start` begins a word (and is no part of a number such as 1.2025)."""
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "-./,")


def _before(pattern: _Regex, text: str, start: int) -> re.Match[str] | None:
    """`pattern` (anchored at the end) matched on the words just before `start`."""
    return pattern.search(text, max(0, start - 40), start)


def _iso_dates(ctx: _Context) -> Iterator[FoundDate]:
    if not ctx.has_year:
        return
    text = ctx.text
    for pattern in (_ISO, _NUMERIC_DE):
        for m in pattern.finditer(text):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-."):
                continue
            iso = _day_iso(int(m["y"]), int(m["m"]), int(m["d"]))
            if iso:
                yield _found(ctx, m.start(), m.end(), iso, None, "day", "date")


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _month_anchored(ctx: _Context) -> Iterator[FoundDate]:
    """Dates that start with a month name: days, month and year, spans of months, bare months."""
    if not ctx.has_month:
        return
    text = ctx.text
    for anchor in _MONTH_ANCHOR.finditer(text):
        pos = anchor.start()
        if pos and text[pos - 1].isalnum():
            continue
        m = _MONTH_DAY.match(text, pos)
        if m:
            yield from _month_day(ctx, m)
        m = _MONTH_SPAN.match(text, pos)
        if m:
            yield from _month_span(ctx, m)
        m = _MONTH_YEAR_SPAN.match(text, pos)
        if m:
            yield from _month_year_span(ctx, m)
        m = _MONTH_YEAR.match(text, pos)
        if m and not (pos and text[pos - 1].isdigit()):
            pre = _before(_PERIOD_BEFORE, text, pos)
            iso = f"{int(m['y']):04d}-{_month(m['m']):02d}"
            yield _found(ctx, pre.start() if pre else pos, m.end(), iso, None, "month", "period" if pre else "date")
        m = _MONTH_ALONE.match(text, pos)
        pre = _before(_MONTH_ALONE_BEFORE, text, pos) if m else None
        # "adding to July's 8.6% decline": a month's own figure, as "in July"
        owned = m is not None and pre is None and text[m.end() : m.end() + 2] in ("'s", "’s") and text[pos].isupper()
        if m and (pre or owned):
            month = _month(m["m"])
            year = _infer_year(ctx, month, 1, pos, m.end())
            if year is not None:
                word = (pre["pre"] or "").lower() if pre else ""
                kind = "period" if word in ("since", "seit", "until", "bis", "by") else "date"
                yield _found(ctx, pre.start() if pre else pos, m.end() + (2 if owned else 0), f"{year:04d}-{month:02d}",
                             None, "month", kind)


def _month_day(ctx: _Context, m: re.Match[str]) -> Iterator[FoundDate]:
    weekday = _before(_WEEKDAY_BEFORE, ctx.text, m.start())
    start = weekday.start() if weekday else m.start()
    first_end = m.end("y1") if m["y1"] else m.end("d1") + _suffix_len(m.string, m.end("d1"))
    d2 = _int(m["d2"])
    found = _span_dates(
        ctx, start, m.end(), _month(m["m1"]), int(m["d1"]), _int(m["y1"]),
        _month(m["m2"]) if m["m2"] else None, d2, _int(m["y2"]),
    )
    if found is None and d2 is not None:  # "May 5 to 3 ..." is no span: keep the first day
        found = _span_dates(ctx, start, first_end, _month(m["m1"]), int(m["d1"]), _int(m["y1"]))
    if found:
        yield from _split_pair(ctx, found, m["sep"], first_end, m.start("d2") if d2 is not None else -1)


def _month_span(ctx: _Context, m: re.Match[str]) -> Iterator[FoundDate]:
    pre = _before(_SPAN_BEFORE, ctx.text, m.start())
    word = (pre["pre"] if pre else "").lower()
    if m["sep"].lower() in ("and", "und") and word not in ("between", "zwischen"):
        return
    m1, m2 = _month(m["m1"]), _month(m["m2"])
    if m2 <= m1:
        return
    if m["fy"]:
        year: int | None = _fiscal_year_of(int(m["y"]), m1, m2)
    elif m["fyend"]:
        end = int(m["fyend"]) if len(m["fyend"]) == 4 else 2000 + int(m["fyend"])
        year = _fiscal_year_of(end - 1, m1, m2)
    elif m["y"]:
        year = int(m["y"])
    else:
        year = _infer_year(ctx, m1, 1, m.start(), m.end())
    if year is not None:
        start = pre.start() if pre else m.start()
        yield _found(ctx, start, m.end(), f"{year:04d}-{m1:02d}", f"{year:04d}-{m2:02d}", "month", "period")


def _month_year_span(ctx: _Context, m: re.Match[str]) -> Iterator[FoundDate]:
    """"July 2021 to April 2022": the months from the first end to the second ("and" only after
    "between"); an end before the start is no span."""
    pre = _before(_SPAN_BEFORE, ctx.text, m.start())
    word = (pre["pre"] if pre else "").lower()
    if m["sep"].lower() in ("and", "und") and word not in ("between", "zwischen"):
        return
    first, last = (int(m["y1"]), _month(m["m1"])), (int(m["y2"]), _month(m["m2"]))
    if last <= first:
        return
    start = pre.start() if pre else m.start()
    yield _found(ctx, start, m.end(), f"{first[0]:04d}-{first[1]:02d}", f"{last[0]:04d}-{last[1]:02d}", "month", "period")


def _fiscal_year_of(first: int, m1: int, m2: int) -> int:
    """The calendar year of months m1..m2 in the fiscal year opening in `first` ("2024-25"). News
    writes such years where the year opens between April (India) and July (Pakistan): January to
    March fall in its second calendar year, later months in its first (April to June as in India,
    where "the April-June quarter of 2024-25" is written most)."""
    return first + 1 if m2 <= 3 else first


def _day_month_dates(ctx: _Context) -> Iterator[FoundDate]:
    if not ctx.has_month:
        return
    text = ctx.text
    for m in _DAY_MONTH.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in ".,"):
            continue
        weekday = _before(_WEEKDAY_BEFORE, text, m.start())
        start = weekday.start() if weekday else m.start()
        if m["m1"]:
            first_end = m.end("y1") if m["y1"] else m.end("m1")
            found = _span_dates(
                ctx, start, m.end(), _month(m["m1"]), int(m["d1"]), _int(m["y1"]),
                _month(m["m2"]) if m["m2"] else None, _int(m["d2"]), _int(m["y2"]),
            )
            if found is None and m["d2"]:
                found = _span_dates(ctx, start, first_end, _month(m["m1"]), int(m["d1"]), _int(m["y1"]))
            sep, second = m["sep"], m.start("d2") if m["d2"] else -1
        else:
            month = _month(m["m2b"])
            first_end = m.end("d1") + (1 if text[m.end("d1") : m.end("d1") + 1] == "." else 0)
            found = _span_dates(ctx, start, m.end(), month, int(m["d1"]), None, month, int(m["d2b"]), _int(m["y2b"]))
            sep, second = m["sepb"], m.start("d2b")
        if found:
            yield from _split_pair(ctx, found, sep, first_end, second)


def _split_pair(
    ctx: _Context, found: FoundDate, sep: str | None, first_end: int, second_start: int
) -> Iterator[FoundDate]:
    """"July 10 and 11" is a span; "July 10 and 14" is two days."""
    if found.end_date is None or (sep or "").lower() not in ("and", "und"):
        yield found
        return
    first = datetime.date.fromisoformat(found.date)
    if datetime.date.fromisoformat(found.end_date) - first == datetime.timedelta(days=1):
        yield found
        return
    yield _found(ctx, found.start, first_end, found.date, None, "day", "date")
    yield _found(ctx, second_start, found.end, found.end_date, None, "day", "date")


def _suffix_len(text: str, at: int) -> int:
    return 2 if text[at : at + 2].lower() in ("st", "nd", "rd", "th") else 0


def _year_dates(ctx: _Context) -> Iterator[FoundDate]:
    text = ctx.text
    for m in _YEAR_ANCHOR.finditer(text) if ctx.has_year else ():
        previous = text[m.start() - 1] if m.start() else " "
        pre = None if previous.isalnum() or previous in "./," else _before(_YEAR_BEFORE, text, m.start())
        if pre is None or (previous == "-" and not pre["mid"]):
            continue  # a bare year names, it does not date: "SCO Summit 2025"
        word = " ".join((pre["pre"] or "").lower().split())
        y1, y2 = int(m["y1"]), _int(m["y2"])
        if word in ("from", "von", "between", "zwischen") and y2 is None:
            continue
        if y2 is not None and y2 <= y1:
            continue
        listed = (m["sep"] or "").lower() in ("and", "und") and word not in ("between", "zwischen")
        if y2 is not None and listed and y2 != y1 + 1:
            y2 = None  # "in 2019 and 2024": the first year only
            end = m.end("y1")
        else:
            end = m.end()
        yield _found(ctx, pre.start(), end, str(y1), str(y2) if y2 else None, "year", "period")
    if ctx.published is None:
        return
    for m in _YEAR_REF.finditer(text) if _names_any(text, _YEAR_REF_WORDS) else ():
        if not _word_start(text, m.start()) or _before(_SAME_PERIOD, text, m.start()):
            continue
        word = " ".join((m["w"] or m["de"] or m["adj"] or "im vorigen").lower().split())  # "im Vorjahr": the one before
        offset = 1 if word in ("next", "im kommenden", "im nächsten", "nächstes") else 0
        if word in ("last", "im vergangenen", "im letzten", "im vorigen", "letztes", "letztjährig", "vorjährig"):
            offset = -1
        yield _found(ctx, m.start(), m.end(), f"{ctx.published.year + offset:04d}", None, "year", "period")


def _season_dates(ctx: _Context) -> Iterator[FoundDate]:
    """A season or crop year by its two years ("the 2024/25 season", "Saison 2023/24"): the two
    years, written as a span of years; only with its word before or after (`_SEASON`)."""
    text = ctx.text
    if not ctx.has_year or ("/" not in text and "–" not in text and "-" not in text) \
            or not any(w in text for w in _SEASON_WORDS):
        return
    for m in _SEASON.finditer(text):
        if m.start() == m.start("y1") and m.end() == m.end("y2"):
            continue  # no season word: a fiscal year, a score, a page
        y1, y2 = int(m["y1"]), int(m["y2"])
        if y2 % 100 != (y1 + 1) % 100 or (y2 >= 100 and y2 != y1 + 1):
            continue  # "2023/25": not one season
        previous = text[m.start() - 1] if m.start() else " "
        if previous.isalnum() or previous in "/.,-":
            continue
        yield _found(ctx, m.start(), m.end(), str(y1), str(y1 + 1), "year", "period")


# Words (case as written) without which `_YEAR_REF` and `_DAY_REF` cannot match: a text holding none
# of them is not scanned by those patterns, which have no literal first character to skip to.
_YEAR_REF_WORDS = ("year", "Jahr", "Vorjahr", "jährig")
_DAY_REF_WORDS = ("esterday", "estern", "morgen", "omorrow")  # yesterday, (vor)gestern, (über)morgen, tomorrow
_FRACTION_EN_WORDS = ("irst", "econd", "hird", "ourth")
_FRACTION_DE_WORDS = ("rste", "weite", "ritte", "ierte", ". Quartal", ". Halbjahr")
_PERIOD_UNIT_WORDS = ("eek", "oche", "onth", "onat", "Quartal", "Vierteljahr")
# Every date with a year holds one; `find_dates` asks once per text.
_ANY_YEAR = _Regex(r"(?:19|20)\d\d")


def _names_any(text: str, words: tuple[str, ...]) -> bool:
    for word in words:  # a loop, not any(): asked for every sentence with a figure
        if word in text:
            return True
    return False


def _fraction_months(ordinal: int, count: int, unit: str) -> tuple[int, int] | None:
    """The months (first, last) of "first five months", "second half", "first three quarters"."""
    unit = unit.lower()
    if unit.startswith(("month", "monat")):
        return (1, count) if ordinal == 1 and 1 <= count <= 12 else None
    if unit.startswith(("quarter", "quartal")):
        if count > 1:
            return (1, 3 * count) if ordinal == 1 and count <= 4 else None
        return 3 * ordinal - 2, 3 * ordinal
    if ordinal > 2 or count > 1:
        return None
    return (1, 6) if ordinal == 1 else (7, 12)


def _fraction_dates(ctx: _Context) -> Iterator[FoundDate]:
    text = ctx.text
    pub_year = ctx.published.year if ctx.published else None
    for m in _QUARTER.finditer(text) if ctx.has_year else ():
        if _word_start(text, m.start()):
            part = m["q"]
            kind, number = (part[-1], int(part[:-1])) if part[0].isdigit() else (part[0], int(part[1]))
            months = (3 * number - 2, 3 * number) if kind == "Q" else (1, number) if kind == "M" \
                else _fraction_months(number, 1, "half")
            if months:
                yield _months_found(ctx, m.start(), m.end(), int(m["qy"]), months)
    for pattern, words in ((_FRACTION_EN, _FRACTION_EN_WORDS), (_FRACTION_DE, _FRACTION_DE_WORDS)):
        for m in pattern.finditer(text) if _names_any(text, words) else ():
            if not _word_start(text, m.start()):
                continue
            count = m["n"] or "1"
            count_value = int(count) if count.isdigit() else _COUNTS[count.lower()]
            unit = m["unit"]
            if m["n"] is None and unit.lower() in ("months", "monate", "monaten"):
                continue  # "the first months" is too vague
            ordinal = m["ord"]
            months = _fraction_months(int(ordinal[0]) if ordinal[0].isdigit() else _ORDINALS[ordinal.lower()],
                                      count_value, unit)
            ref = " ".join((m["ref"] or "").lower().split())
            if m["y"]:
                year: int | None = int(m["y"])
            elif pub_year is None:
                year = None
            elif any(w in ref for w in ("last", "vergangenen", "letzten", "vorigen", "vorjahres")):
                year = pub_year - 1
            elif "next" in ref:
                year = pub_year + 1
            else:
                year = pub_year
            if months is not None and year is not None:
                yield _months_found(ctx, m.start(), m.end(), year, months)


def _definite_months(ctx: _Context) -> Iterator[FoundDate]:
    """"in den sieben Monaten", "in the eleven months of 2024" (`_DEFINITE_MONTHS`): the first
    months of the year written, else of the year of publication (of the year before, when those
    months have not all begun by the day of publication: "in den elf Monaten" in January)."""
    text = ctx.text
    pub = ctx.published
    for m in _DEFINITE_MONTHS.finditer(text) if _names_any(text, ("Monaten", "months")) else ():
        written, said_year = m["n"] or m["n2"], m["y"] or m["y2"]
        count = int(written) if written.isdigit() else _COUNTS[written.lower()]
        year = int(said_year) if said_year else None if pub is None else pub.year - (count > pub.month)
        if 2 <= count <= 12 and year is not None and _word_start(text, m.start()):
            yield _months_found(ctx, m.start(), m.end(), year, (1, count))


_PAST_MODS = frozenset({"last", "past", "vergangenen", "letzten"})
_FUTURE_MODS = frozenset({"next", "coming", "kommenden", "nächsten"})


def _relative_dates(ctx: _Context) -> Iterator[FoundDate]:
    pub = ctx.published
    if pub is None:
        return
    text = ctx.text
    for m in _WEEKDAY_REF.finditer(text):
        if not _word_start(text, m.start()) or _before(_NOT_A_DAY_BEFORE, text, m.start()):
            continue
        modifier = _before(_WEEKDAY_MOD_BEFORE, text, m.start())
        start = modifier.start() if modifier else m.start()
        mod = modifier["mod"].lower() if modifier else ""
        tense = "past" if mod in _PAST_MODS else "future" if mod in _FUTURE_MODS else ctx.tense_at(m.start(), m.end())
        first = resolve_weekday(_WEEKDAYS[m["w1"].lower()], pub, tense)
        if mod in _PAST_MODS and first == pub:
            first -= datetime.timedelta(days=7)
        if not m["w2"]:
            yield _found(ctx, start, m.end(), first.isoformat(), None, "day", "relative")
            continue
        gap = (_WEEKDAYS[m["w2"].lower()] - first.weekday()) % 7 or 7
        last = first + datetime.timedelta(days=gap)
        if m["sep"].lower() in ("and", "und") and gap != 1:
            # "on Monday and Thursday": two days, not a span
            yield _found(ctx, start, m.end("w1"), first.isoformat(), None, "day", "relative")
            yield _found(ctx, m.start("w2"), m.end(), last.isoformat(), None, "day", "relative")
            continue
        yield _found(ctx, start, m.end(), first.isoformat(), last.isoformat(), "day", "relative")
    for m in _DAY_REF.finditer(text) if _names_any(text, _DAY_REF_WORDS) else ():
        if not _word_start(text, m.start()):
            continue
        if m["tom"] and _before(_NOT_TOMORROW_BEFORE, text, m.start()):
            continue
        word = " ".join((m["w"] or m["tom"]).lower().split())
        day = pub + datetime.timedelta(days=_DAY_OFFSETS[word])
        yield _found(ctx, m.start(), m.end(), day.isoformat(), None, "day", "relative")


def _relative_periods(ctx: _Context) -> Iterator[FoundDate]:
    """"last week", "vergangene Woche" (Monday to Sunday), "last month", "im vergangenen Monat"
    (the month), counted from the publication date."""
    pub = ctx.published
    if pub is None:
        return
    for m in _PERIOD_UNIT.finditer(ctx.text) if _names_any(ctx.text, _PERIOD_UNIT_WORDS) else ():
        modifier = _before(_PERIOD_MOD_BEFORE, ctx.text, m.start())
        if modifier is None:
            continue
        phrase = f"{modifier['mod']} {m.group()}".lower()
        if phrase not in _RELATIVE_PERIODS:
            continue
        unit, offset = _RELATIVE_PERIODS[phrase]
        if unit == "week":
            monday = pub - datetime.timedelta(days=pub.weekday()) + datetime.timedelta(weeks=offset)
            sunday = monday + datetime.timedelta(days=6)
            yield _found(ctx, modifier.start(), m.end(), monday.isoformat(), sunday.isoformat(), "day", "relative")
        elif unit == "quarter":
            first = (pub.year * 4 + (pub.month - 1) // 3 + offset) * 3  # months since year 0 at the quarter's start
            yield _found(ctx, modifier.start(), m.end(), f"{first // 12:04d}-{first % 12 + 1:02d}",
                         f"{first // 12:04d}-{first % 12 + 3:02d}", "month", "period")
        else:
            index = pub.year * 12 + pub.month - 1 + offset
            yield _found(ctx, modifier.start(), m.end(), f"{index // 12:04d}-{index % 12 + 1:02d}", None, "month",
                         "relative")


# Earlier rules win ties between overlapping matches of the same length.
_RULES: tuple[Callable[[_Context], Iterator[FoundDate]], ...] = (
    _iso_dates,
    _month_anchored,
    _day_month_dates,
    _fraction_dates,
    _definite_months,
    _year_dates,
    _season_dates,
    _relative_dates,
    _relative_periods,
)


def find_dates(text: str, language: str | None = None, published: str | None = None) -> list[FoundDate]:
    """Every date expression in `text`, sorted by offset, overlapping matches resolved to the longest.

    `language` ("en", "de" or None for both) picks the tense cues; `published` (ISO date) anchors
    dates without a year and relative days, which are skipped without it. Never raises on text.
    """
    if not isinstance(text, str) or not text:
        return []
    ctx = _Context(text, language if language in ("en", "de") else None, _parse_published(published),
                   _ANY_YEAR.search(text) is not None, _MONTH_ANCHOR.search(text) is not None)
    candidates: list[tuple[int, int, FoundDate]] = []
    for priority, rule in enumerate(_RULES):
        for found in rule(ctx):
            if found.end > found.start:
                candidates.append((priority, len(candidates), found))
    if not candidates:
        return []
    candidates.sort(key=lambda c: (-(c[2].end - c[2].start), c[0], c[2].start))
    starts: list[int] = []  # accepted spans, kept sorted and disjoint
    ends: list[int] = []
    taken: list[FoundDate] = []
    for _, _, found in candidates:
        i = bisect.bisect_right(starts, found.start)
        if (i and ends[i - 1] > found.start) or (i < len(starts) and starts[i] < found.end):
            continue
        starts.insert(i, found.start)
        ends.insert(i, found.end)
        taken.append(_trimmed(found))
    return sorted(taken, key=lambda f: (f.start, f.end))


def _trimmed(found: FoundDate) -> FoundDate:
    """Drop white space a pattern may have swallowed at either end."""
    text = found.text
    lead = len(text) - len(text.lstrip())
    trail = len(text) - len(text.rstrip())
    if not lead and not trail:
        return found
    start, end = found.start + lead, found.end - trail
    return dataclasses.replace(found, start=start, end=end, text=text[lead : len(text) - trail])


# A value labelled with its time in brackets: "(November: +0,2 Prozent)", "(2023: +0,2 Prozent)".
_LABELLED = _Regex(r"\([^\S\n]*(?P<label>[^\W\d_]+\.?|(?:19|20)\d\d)[^\S\n]*:[^\S\n]*[+\-−]?[^\S\n]*\Z")
_LABEL_REACH = 24  # characters before a number searched for its bracket's label


def labelled_period(text: str, start: int, period: str | None, published: str | None) -> str | None:
    """The time a bracket labels the number at `start` with ("um 0,1 Prozent gestiegen (November:
    +0,2 Prozent)": November of the year that `period`, the sentence's, or else the publication
    date puts it in, the latest November not after it; "(2023: +0,2 Prozent)": 2023); None when no
    label stands there."""
    m = _LABELLED.search(text, max(0, start - _LABEL_REACH), start)
    if m is None:
        return None
    label = m["label"]
    if label.isdigit():
        return label
    if label.lower() in _YEAR_BEFORE_LABELS:  # "(Vorjahr: 4,1 %)": the same time a year before
        return _a_year_before(period)
    month = _MONTHS.get(label.rstrip(".").lower())
    anchor = period or published
    if month is None or anchor is None or not re.match(r"\d{4}-\d{2}", anchor):
        return None
    year, of = int(anchor[:4]), int(anchor[5:7])
    return f"{year if month <= of else year - 1}-{month:02d}"


_YEAR_BEFORE_LABELS = frozenset({"vorjahr", "vorjahreszeitraum", "vorjahresmonat", "vorjahresquartal"})


def _a_year_before(period: str | None) -> str | None:
    """`period` ("2024", "2024-12", "2024-01/2024-06") a year earlier; None for another form."""
    if period is None or not re.fullmatch(r"\d{4}(?:-\d{2})?(?:/\d{4}(?:-\d{2})?)?", period):
        return None
    return "/".join(str(int(p[:4]) - 1) + p[4:] for p in period.split("/"))
