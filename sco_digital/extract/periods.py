"""The period a figure refers to, from the date words of its clause, as the contract writes it.

`period_of` resolves "im Jahr 2024" → ``2024``, "in the first half of this year" → ``2025-H1``,
"third quarter" → ``2025-Q3``, "Januar bis Juli" / "in den ersten fünf Monaten" →
``2025-01/2025-07`` / ``2025-01/2025-05``, "last year" → the publication year − 1, "as of April
30" → ``2025-04-30``, "seit 2023" → ``2023/2025`` (up to publication). Dates are found by
`extract.dates.find_dates`; this module only picks the one that belongs to the number and writes
it in the contract's form. A reporting day ("said on Friday") and a comparison base ("up from
2023", "gegenüber 2023") are not the period. None when the sentence says no period.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from ._regex import starting
from .clauses import clause_bounds, lowered, names_any, window
from ._date_patterns import _COUNTS, _SENTENCE_END, FISCAL_PART
from .dates import FoundDate, find_dates, states_past
from .lang import en
from .number_patterns import PRIOR_CLOSES, PRIOR_OPENS, PRIOR_REACH, REVISION_LABEL, YEAR_IN_BRACKETS

# Words before a date that make it the base of a comparison, not the period of the figure.
# "from the end of last year", "gegenüber dem Ende des Vorjahres": the end of a reference period too.
_COMPARED = starting("ftcavgisoe",
    # "outpacing 2024 growth by six percentage points", "exceeding 2023 levels": the year outrun;
    # "a 41.9 percent increase over the same time in 2007": the time a year before
    r"(?:\boutpac(?:ing|ed|es)|\bexceed(?:ing|ed|s)?|\bsurpass(?:ing|ed|es)?|\bfrom|\bthan|\bcompared\s+(?:with|to)|\bin\s+comparison\s+(?:with|to)|\bagainst|\b(?:on|over)(?=\s+the\s+(?:same|like|corresponding)\s+(?:period|time))|\bversus|\bvs\.?|\bgegenüber|\bim\s+Vergleich\s+zu[mr]?|"
    r"\bverglichen\s+mit|\bals|\bseit\s+Ende)\s+(?:noch\s+)?(?:the\s+|dem\s+|der\s+|den\s+|die\s+|das\s+|im\s+|in\s+)?"
    r"(?:(?:like|same|corresponding|comparable|similar)\s+(?:period|time)\s+(?:(?:in|of)\s+)?(?:the\s+)?|"
    r"(?:gleichen|selben|entsprechenden)\s+Zeitraum\s+(?:(?:im\s+Jahr(?:e)?|des\s+Jahres|von)\s+)?)?"
    r"(?:(?:end|beginning|start)\s+of\s+(?:the\s+)?|(?:Ende|Anfang|Beginn)\s+(?:des|der|dem)?\s*)?"
    # "24 % mehr als die Liefermenge im Jahr 2022", "higher than the volume in 2023": the base named
    # "9% higher than output in 2021": a bare noun after "than" names the base too ("39,600 tonnes
    # higher than that of last year": a pronoun standing for it)
    # ("im Vergleich zum Niveau des Jahres 1990": a level of a year)
    r"(?:(?<=the\s|die\s|der\s|das\s|dem\s|den\s|zum\s|zur\s)[^\W\d]+\s+(?:(?:im\s+Jahre?|des\s+Jahres|von|in(?:\s+the\s+year)?)\s+)?"
    r"|(?<=than\s)[a-z]+\s+(?:in\s+|of\s+)?)?\Z",
    re.IGNORECASE,
)
# "by the end of March", "bis Ende März": a month of the publication year (or the year before,
# when that month is still to come); `find_dates` leaves these to us.
_END_OF = re.compile(
    r"\b(?:(?i:by|at|as\s+of)\s+the\s+end\s+of|(?:(?:bis|per|zum)\s+)?Ende\s+)"
    r"\s*(?P<month>[A-ZÄÖÜ][a-zäöü]+)\b(?!\s+\d)")
# "bis Ende letzten Monats", "Ende des vergangenen Jahres": the month (year) before publication,
# as "by the end of last month" reads in English (`find_dates` leaves the German form to us).
_END_OF_LAST = re.compile(
    r"\b(?:(?:bis|per|zum)\s+)?Ende\s+(?:des\s+)?(?:letzten|vergangenen|vorigen)\s+(?P<unit>Monats|Jahres)\b")
_MONTHS = {name: i + 1 for names in (
    ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"),
    ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
     "Dezember")) for i, name in enumerate(names)}
# A dateline: "CHONGQING, Sept. 4 (Xinhua) --", "BEIJING, 20. Dezember (Xinhua) --": when the
# report was filed, not what a figure refers to.
_DATELINE_AFTER = re.compile(r"\s*(?:\(\w[\w .]*\)\s*)?(?:--|—|–)")
_CREDIT_OPENS = 40  # a credit bracket opens near the start of its line ("BEIJING, (UrduPoint …")


def _of_a_bracketed_amount(text: str, found: FoundDate, start: int, end: int) -> bool:
    """Whether the date stands in brackets after another amount of its own, brackets that do not
    hold the number text[start:end] ("9.4 percent higher year-on-year ($5.3 billion in
    January–June 2023)": the base's date, not the rate's)."""
    opened = text.rfind("(", max(0, found.start - _BRACKET_REACH), found.start)
    if opened < 0 or text.find(")", opened, found.start) >= 0 or opened <= start < found.start:
        return False
    if _LABEL_COLON.match(text, found.end):
        return False  # "(3. Quartal 2024: +4,6 Prozent | 2. Quartal 2024: +4,7 Prozent)": a label
    return _DIGIT.search(text, opened, found.start) is not None and not (opened < start and end <= found.start)


_BRACKET_REACH = 60  # characters back from a date to the bracket it may stand in
_DIGIT = re.compile(r"\d")


def _credit_date(text: str, found: FoundDate, end: int) -> bool:
    """A date closing a bracket that opens a line, before the number: a dateline or credit
    ("BEIJING, (UrduPoint / Pakistan Point News - 21st Jan, 2025) The number … 4.25 million"),
    when the report was filed, not what the figure refers to. A span of time, or a date alone in its
    bracket, glosses the words before it ("Im abgelaufenen Finanzjahr (April 2014 bis März 2015)")."""
    closed = text.find(")", found.end, end)
    if closed < 0 or text[found.end:closed].strip() or found.end_date is not None:
        return False
    opened = text.rfind("(", 0, found.start)
    return opened >= 0 and opened - (text.rfind("\n", 0, opened) + 1) <= _CREDIT_OPENS \
        and bool(text[opened + 1:found.start].strip())
_SINCE = re.compile(r"\A(?:since|seit)\b", re.IGNORECASE)
# "the first decrease since 2016", "der erste Rückgang der Ausfuhren seit 2016", "the highest since
# 2019": a record's base, not the period of the figure.
_RECORD = re.compile(r"\b(?:first|highest|lowest|biggest|largest|strongest|weakest|fastest|slowest|sharpest|"
                     r"erste[nmrs]?|höchste[nmrs]?|niedrigste[nmrs]?|größte[nmrs]?|stärkste[nmrs]?|"
                     r"schwächste[nmrs]?|kräftigste[nmrs]?)\s+(?:[\w-]+\s+){0,3}\Z", re.IGNORECASE)
_RECORD_REACH = 50
_QUARTERS = {(1, 3): "Q1", (4, 6): "Q2", (7, 9): "Q3", (10, 12): "Q4", (1, 6): "H1", (7, 12): "H2"}


# "…auf 520 GW stieg, was bedeutet, dass China das Ziel im Jahr 2020 …": outside its own clause a
# number takes no date of a "that" clause after it, which has its own verb and its own time.
_THAT_CLAUSE = re.compile(r"\b(?:dass|that)\b")


def period_of(text: str, start: int, end: int, language: str | None, published: str | None,
              dates: Sequence[FoundDate] | None = None) -> str | None:
    """The period text[start:end] refers to, in the contract's form, or None if the text says none.

    `dates` are the dates of `text` when the caller has them already (one `find_dates` per
    article keeps this linear); otherwise the window around the number is searched.
    """
    own = YEAR_IN_BRACKETS.match(text, end) or _YEAR_RIGHT_AFTER.match(text, end)  # a year right after a number is its own
    if own is not None:
        return own["y"]  # "stiegen von 42 Millionen Dollar (2020) auf 447 Millionen Dollar (2023)", "nach 18,6 Prozent 2023."
    als = _ALS_CLAUSE_BEFORE.search(text, max(0, start - _ALS_REACH), start) \
        if text.find(", als ", max(0, start - _ALS_REACH), start) >= 0 else None
    if als is not None:
        return als["y"]  # "gegenüber dem Wert von 2024, als das Volumen … 14,8 Milliarden US-Dollar betrug"
    base = _BASE_AFTER.match(text, end)
    lo, hi = window(text, start, end)
    # within its paragraph: a date of the paragraph before is no number's own (`describe.carry_forward`
    # carries a period across paragraphs where the words give none)
    lo, line_end = max(lo, text.rfind("\n", lo, start) + 1), text.find("\n", end, hi)
    hi = hi if line_end < 0 else line_end
    if base is not None:
        # "6.7 per cent against 8.2 per cent in the year-ago period", "7 Prozent im Vergleich zu
        # 5 Prozent im Vorjahr": the period its figure is compared with, a year before (read with
        # the base words as part of the number, so that their own date is not the period); with no
        # word of comparison ("18 Prozent, gegen 21,3 Prozent im Vorjahr", "and 21.3 percent a year
        # earlier"), a year before the last year the sentence writes out before the number
        main = None
        compared = _BASE_BEFORE.search(text, max(0, start - _BASE_REACH), start) is not None
        if compared:
            main = period_of(text, start, base.end(), language, published, dates)
        if main is None and (compared or not (base.group().lstrip(", ").lower().startswith("over")
                                              or _BY_BEFORE.search(text, max(0, start - 12), start))):
            # not a change measured against it ("increased by 15.7 percent over the previous year")
            main = _written_before(text, lo, start, language, published)
        if main is not None and (shifted := a_year_before(main)) is not None:
            return shifted
    if dates is None:
        dates = [_shifted(d, lo) for d in find_dates(text[lo:hi], language, published)]
    more = (*_window_dates(text, lo, hi, published), *_bare_years(text, lo, start))
    dates = [*dates, *(d for d in more if not any(o.start < d.end and d.start < o.end for o in dates))]
    c_lo, c_hi = clause_bounds(text, start, end)
    usable = [d for d in dates if lo <= d.start and d.end <= hi and not (d.start < end and start < d.end)
              and _may_date(text, lo, d) and not _credit_date(text, d, end) and not _dates_a_saying(text, d, start)
              and not _dates_a_report_after(text, d, end) and not _dates_the_base_after(text, d, end)
              and not _of_a_bracketed_amount(text, d, start, end)]
    # "from January to July of this year": the year is the span's, no date of its own
    # (not a year opening the next sentence: "registered in May. In 2012, 2 million cars were sold")
    usable = [d for d in usable if not (d.precision == "year" and not (d.text[:1].isalpha() and d.text[:1].isupper())
                                        and any(e.end < d.start and e.precision == "month"
                                                and _OF_YEAR.fullmatch(text, e.end, d.start) for e in usable))]

    # "(3. Quartal 2024: +4,6 Prozent | 2. Quartal 2024: +4,7 Prozent)": a date labelling the value
    # after its colon is that value's
    labelled = [d for d in usable if d.end <= start and _LABEL_COLON.fullmatch(text, d.end, start)]
    if labelled:
        return period_form(labelled[-1], published)

    def distance(d: FoundDate) -> int:
        return d.start - end if d.start >= end else start - d.end

    # A date trailing this number, or opening the words before it, is its own; one trailing
    # another number is that number's, even where this clause holds it ("grew 4.6 percent in the
    # third quarter following a 4.7 percent rise in the second quarter"; "in the first three
    # quarters, GDP grew 4.8 percent after a 5 percent growth in the first half").
    owners = {id(d): _owner(text, d, lo, hi, usable) for d in usable}
    owned = [d for d in usable if start <= (owners[id(d)] or -1) < end]
    # A date another number owns that is a base compared with ("gegenüber 42.000 im Jahr 2023",
    # "against 5.55 million in the same period of 2023") is that base's, never another figure's.
    usable = [d for d in usable if d in owned or not _owned_by_a_base(text, owners[id(d)], d)]
    # A time ahead trailing a later number that words of expectation introduce is that number's:
    # "has surpassed 16 Tbps and is expected to rise above 24 Tbps next year".
    usable = [d for d in usable if not (d.start >= end and (owners[id(d)] or -1) >= end and _ahead_of(d, published)
                                        and _EXPECTED.search(text, end, owners[id(d)] or end))]
    for pool in (owned, usable):
        for outside, (a, b) in enumerate(((c_lo, c_hi), (lo, hi))):
            near = [d for d in pool if a <= d.start and d.end <= b and not (
                b != c_hi and d.start >= end and _THAT_CLAUSE.search(text, end, d.start)) and not (
                d.start >= end and _NEW_CLAUSE.search(text, end, d.start)) and not (
                outside and not (c_lo <= d.start and d.end <= c_hi) and _future_target(d, published)
                and states_past(text[c_lo:c_hi], language))]
            if near:
                best = min(near, key=distance)
                if _YEAR_BEFORE_WORDS.fullmatch(best.text) and (
                        (named := _written_before(text, lo, best.start, language, published)) is not None):
                    # "Im Jahr 2017 lag der Anteil bei 18 Prozent, im Vorjahr bei 21,3 Prozent":
                    # the year before the one the sentence is about, not before publication
                    return a_year_before(named) or period_form(best, published)
                if _YEAR_BEFORE_WORDS.fullmatch(best.text) and _FISCAL_YEAR.search(text, lo, best.start):
                    return None  # "$2.12bn in 2020-21 as against $1.44bn within the preceding year": the
                    # year before a fiscal year, whose months the text does not say
                return period_form(best, published)
    return None


# A German clause of "als" right after a year (and its clause's verb): the time of the clause's first
# number ("… gegenüber dem Wert von 2024 entspricht, als das Volumen 14,8 Milliarden US-Dollar
# betrug"; not a list of years). English "when" is left out: read so, it made a wrong fact on a
# held-out set ("when" also opens a later event's clause).
_ALS_REACH = 160
_ALS_CLAUSE_BEFORE = re.compile(r"(?<!\d,[^\S\n])(?<!\d[^\S\n]und[^\S\n])"
                                 r"\b(?P<y>(?:19|20)\d\d)(?:[^\S\n]+[a-zäöüß]+){0,2},[^\S\n]+als\b[^,.;:!?()\n\d]*\Z")


# Words that date a year before the time talked about ("im Vorjahr"), read against publication
# only where the sentence names no year of its own before them.
_YEAR_BEFORE_WORDS = re.compile(r"[Ii]m\s+Vorjahr|[Tt]he\s+(?:previous|prior|preceding)\s+year", re.IGNORECASE)


def _written_before(text: str, lo: int, start: int, language: str | None, published: str | None) -> str | None:
    """The period of the last date before `start` in its sentence (from `lo`) that writes its year
    out ("2017", "im Jahr 2017", "im ersten Quartal 2024"), in the contract's form; None if none."""
    opened = max([lo, *(m.end() for m in _SENTENCE_END.finditer(text, lo, start))])
    part = text[opened:start]
    found = [d for d in find_dates(part, language, published) if WRITTEN_YEAR.search(d.text)]
    found += (FoundDate(m.start(), m.end(), m[0], m[0], None, "year", "period") for m in _YEAR_IN_WORDS.finditer(part))
    if not found:
        return None
    return period_form(max(found, key=lambda d: d.end), published)


WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year written out
_FISCAL_YEAR = re.compile(r"\b(?:19|20)\d\d[/–-](?:\d\d)?\d\d\b")  # "2020-21", "2023/24", "2020-2021"
# A bare year after a lower-case word or opening the text ("lag 2017 bei", "2017 stieg"), or after
# the statistic's acronym ("stieg das BIP 2020 … um 2,2 Prozent"), not one in a name ("SCO Summit
# 2017"), a number ("2017,5") or a fiscal year ("2023/24").
_YEAR_IN_WORDS = re.compile(r"(?:(?<=[a-zäöüß]\s)|(?<=\bBIP\s)|(?<=\bGDP\s)|\A)(?:19|20)\d\d\b(?![.,/–-]\d)")


# The figures of one sentence share its window (a sentence under `clauses.WINDOW` characters each
# side of its numbers) and its dates: what depends on those alone is read once, not per number.
@lru_cache(maxsize=4)  # the numbers of one sentence come one after another
def _window_dates(text: str, lo: int, hi: int, published: str | None) -> tuple[FoundDate, ...]:
    """The dates `find_dates` leaves to this module in text[lo:hi]: ends of months and of years
    with no year written, short quarters, leading months."""
    return (*_period_ends(text, lo, hi, published), *_quarter_named(text, lo, hi, published),
            *_leading_months(text, lo, hi, published))


@lru_cache(maxsize=32)
def _may_date(text: str, lo: int, found: FoundDate) -> bool:
    """Whether `found` may be the period of a number of its window (from `lo`), whichever number:
    not a reporting day, a comparison base, a record's base or a dateline."""
    return (not (found.kind == "relative" and found.precision == "day")
            and not compared_date(text, lo, found)
            # "a $4.7 billion or 19.4% rise over the previous year": the year risen from
            and not (_PRIOR_YEAR.match(found.text) and _OVER_BEFORE.search(text, max(lo, found.start - 8), found.start))
            and not (_SINCE.match(found.text) and _RECORD.search(text, max(lo, found.start - _RECORD_REACH), found.start))
            # "Established in 2005, the plant has received $4.5 million": when it began, not the amount's time
            and not _FOUNDED.search(text, max(lo, found.start - _FOUNDED_REACH), found.start)
            and not _DATELINE_AFTER.match(text, found.end)
            # "in the 2024/25 season, which starts on July 1", "die am 1. Juli beginnt": the day
            # something begins, not the time of an amount
            and not (found.precision == "day" and (_BEGINS_AFTER.match(text, found.end) is not None or
                     _BEGINS_BEFORE.search(text, max(lo, found.start - _BEGINS_REACH), found.start) is not None)))


_FOUNDED = re.compile(r"\b(?:[Ee]stablished|[Ff]ounded|[Gg]egründet|(?:since|seit)\s+(?:its|their|seiner|ihrer)\s+"
                      r"(?:founding|establishment|inception|Gründung))\s+(?:in\s+|im\s+(?:Jahre?\s+)?)?\Z")
_FOUNDED_REACH = 45
_BEGINS_AFTER = re.compile(r"[^\S\n]+(?:beginnt|begann|beginnen|begannen|startet|startete|starten|starteten)\b")
_BEGINS_BEFORE = re.compile(r"\b(?:which|that|die|der|das)[^\S\n]+(?:starts?|begins?|began|started|opens|opened|"
                            r"commences|commenced)[^\S\n]+(?:on[^\S\n]+)?\Z")
_BEGINS_REACH = 30
_PRIOR_YEAR = re.compile(r"(?:the\s+)?(?:previous|prior|preceding|last)\s+year\b", re.IGNORECASE)
_OVER_BEFORE = re.compile(r"\bover\s+\Z")


# A verb of saying in the words between a date and a number after it ("Earlier this month the
# minister had claimed that exports would reach $15 billion"), not set off by commas as an aside
# ("last month, the ministry said, exports rose"): the date is when it was said.
_SAYING = re.compile(r"\b(?:said|says|claimed|claims|stated|announced|revealed|told|noted|added|reported|pointed\s+out"
                     r"|sagte|erklärte|betonte|teilte|kündigte|berichtete|meldete)\b(?![^\S\n]*,)")




def _dates_a_saying(text: str, found: FoundDate, start: int) -> bool:
    """Whether a relative date or a day before a number ("this month", "last month", "Wie das
    Statistikbüro am 18. Januar 2021 mitteilte, wurden … 41,13 Mio. t …") dates a statement that
    reports the number: a verb of saying stands between them in one sentence."""
    if (found.kind != "relative" and found.precision != "day") or found.end > start:
        return False
    between = text[found.end:start]
    if _SENTENCE_END.search(between) is not None:
        return False
    if found.kind == "relative":
        return _SAYING.search(between) is not None
    return _REPORTING_CLAUSE.search(between) is not None


# A day's report in a clause of its own before the number ("Wie das Statistikbüro am 18. Januar
# 2021 mitteilte, …", "As the bureau announced on January 18, …"): the day of the statement
_REPORTING_CLAUSE = re.compile(r"\b(?:said|stated|announced|reported|mitteilte|berichtete|meldete|bekanntgab|erklärte)"
                               r"[^\S\n]*,")


# A report closing the sentence after the number, with its date ("…, berichtete die Kursiv-Publikation
# am 16. Mai", "…, the ministry said on Monday"): the date is when it was reported.
_REPORTED_AFTER = re.compile(r",[^\S\n]+[^.;!?\n]{0,80}?\b(?:said|says|reported|reports|announced|told|stated|wrote"
                             r"|berichtete|berichtet|meldete|meldet|sagte|erklärte|teilte|schrieb)\b[^.;!?\n,]{0,60}\Z")


def _dates_a_report_after(text: str, found: FoundDate, end: int) -> bool:
    """Whether a date after the number dates the report of it: a verb of reporting after a comma
    stands between them (`_REPORTED_AFTER`)."""
    return found.start >= end and found.start - end <= _REPORT_REACH and \
        _REPORTED_AFTER.search(text, end, found.start) is not None


_REPORT_REACH = 200
# "up 0.1 percentage points from that registered in the first quarter": the words of a base and no
# number between a change and a date after it
_BASE_WORDS_BEFORE_DATE = re.compile(r"^[^\S\n]+(?:from|against|compared[^\S\n]+(?:with|to))[^\S\n]+"
                                     r"(?:that|those|the[^\S\n]+level|the[^\S\n]+figure)[^\S\n]+"
                                     r"(?:registered|recorded|reported|seen)?[^\S\n]*(?:in|of|at)?[^\S\n]*(?:the[^\S\n]+)?\Z")


def _dates_the_base_after(text: str, found: FoundDate, end: int) -> bool:
    """Whether a date right after a number, past a base's words ("from that registered in"),
    dates the base the number is compared with, not the number."""
    return end <= found.start <= end + _BASE_REACH * 2 and \
        _BASE_WORDS_BEFORE_DATE.search(text[end : found.start]) is not None
_EXPECTED = re.compile(r"\b(?:expected|expects|will|set\s+to|plans?\s+to|aims?\s+to|forecasts?|projected|soll|sollen|"
                       r"wird|werden|erwartet|geplant|prognostiziert)\b")


def _ahead_of(found: FoundDate, published: str | None) -> bool:
    """Whether a date lies in a year after publication."""
    return published is not None and found.date[:4].isdigit() and found.date[:4] > published[:4]


_NUMERAL = re.compile(r"\d+(?:[.,]\d+)*")
_TARGET = re.compile(r"\A(?:bis|by|until|till)\b", re.IGNORECASE)


def _future_target(found: FoundDate, published: str | None) -> bool:
    """Whether a date is a target still ahead at publication ("eine Strategie … bis 2030 wurde
    verabschiedet"): outside the own clause of a number that clause puts in the past, it dates a
    plan, not the number ("… und im Land wurden mehr als 30 Pilotprojekte gestartet")."""
    return published is not None and _TARGET.match(found.text) is not None and found.date[:4] > published[:4]
_LABEL_COLON = re.compile(r"[^\S\n]*:[^\S\n]*[+\u2212-]?[^\S\n]*")
_OF_YEAR = re.compile(r"\s+(?:(?:of|des)\s+)?")  # "from January to July (of) this year": the span's year


# Between a number and a date after it, a new clause opening: the date is the next number's
# ("stiegen um 42 Prozent auf 944.000 Tonnen, nachdem sie im Vorjahr noch 665.000 Tonnen betrugen";
# "grew 42% to 944,000 tons; previous year, the amount was 665,000 tons").
# A clause of its own after a comma: a conjunction, or a participle bringing in another figure
# ("Imports slumped 17.8%, reversing a 4.4% increase in July": July is the 4.4%'s).
_NEW_CLAUSE = re.compile(r"[,;][^\S\n]*(?:nachdem|während|wohingegen|whereas|while|after|reversing|following|"
                         r"adding[^\S\n]+to|extending|compared[^\S\n]+(?:with|to)|"
                         # a cause after a comma: "declined 28% to CNY62.6 billion, impacted by an
                         # extraordinary gain in 2023" (the gain's year, not the profit's)
                         r"(?:impacted|affected|hit|weighed(?:[^\S\n]+down)?)[^\S\n]+by|due[^\S\n]+to|owing[^\S\n]+to|"
                         r"because[^\S\n]+of|aufgrund|bedingt[^\S\n]+durch|beeinflusst[^\S\n]+(?:durch|von))\b|;"
                         # "which was up 12.9% while the Q1 quarter saw …": "while" opens a clause of its own
                         r"|[^\S\n]+(?:whereas|while|wohingegen)[^\S\n]+(?!a[^\S\n])")


def _owned_by_a_base(text: str, owner: int | None, date: FoundDate) -> bool:
    """Whether the date trails a number compared with ("gegenüber 42.000 im Jahr 2023"); one opening
    the words of a change ("im Jahr 2019 von 850 Millionen auf 8,1 Milliarden") dates the whole."""
    return (owner is not None and owner < date.start
            and _BASE_BEFORE.search(text, max(0, owner - _BASE_REACH), owner) is not None)


def _owner(text: str, date: FoundDate, lo: int, hi: int, dates: Sequence[FoundDate]) -> int | None:
    """Where the number a date belongs to by position starts: the last number before it in
    text[lo:hi] with no other date between (a date trails what it dates: "5.3 percent in the first
    quarter"), else the first number after it (a date opening its words: "In the first half, trade
    rose 5 percent"). Digits inside a date are no number."""
    def free(m: re.Match[str]) -> bool:
        return not any(d.start <= m.start() < d.end for d in dates)

    before = [m for m in _NUMERAL.finditer(text, lo, date.start) if free(m)]
    if before and not any(before[-1].end() <= d.start and d.end <= date.start for d in dates if d is not date) \
            and not _NEW_CLAUSE.search(text, before[-1].end(), date.start):
        return before[-1].start()
    after = next((m for m in _NUMERAL.finditer(text, date.end, hi) if free(m)), None)
    if after is not None and (any(date.end <= d.start and d.end <= after.start() for d in dates if d is not date)
                              or date.text.rstrip().endswith((".", "!", "?"))
                              or _SENTENCE_END.search(text, date.end, after.start())):
        return None  # "registered in May. In 2012, 2 million cars were sold": another date, or the
        # sentence's end, stands between; the later number is that date's
    return after.start() if after is not None else None


# Holidays and events named as the period of their figures ("during the National Day holiday",
# "in der Goldenen Woche"): a token for the key when no dates are given; the month says which
# year (the last one on or before publication).
_EVENTS = (
    ("national-day", 10, re.compile(r"\bNational\s+Day\b|\bNationalfeiertag\w*|\bGolden(?:e[nr]?)?\s+Woche\b|"
                                    r"\bGolden\s+Week\b", re.IGNORECASE)),
    ("may-day", 5, re.compile(r"\bMay\s+Day\b|\bMaifeiertag\w*|\bTag\s+der\s+Arbeit\b|\bLabou?r\s+Day\b",
                              re.IGNORECASE)),
    ("spring-festival", 2, re.compile(r"\bSpring\s+Festival\b|\bChinese\s+New\s+Year\b|\bFrühlingsfest\w*|"
                                      r"\bchinesische[nms]?\s+Neujahr\w*", re.IGNORECASE)),
    ("mid-autumn-festival", 9, re.compile(r"\bMid-Autumn\s+Festival\b|\bMittherbstfest\w*|\bMondfest\w*",
                                          re.IGNORECASE)),
    ("dragon-boat-festival", 6, re.compile(r"\bDragon\s+Boat\s+Festival\b|\bDrachenbootfest\w*", re.IGNORECASE)),
    ("qingming-festival", 4, re.compile(r"\bQingming\b|\bTomb[\s-]+Sweeping\s+(?:Day|Festival)\b|\bTotengedenkfest\w*|"
                                        r"\bGräberfegefest\w*", re.IGNORECASE)),
)


def event_period(text: str, lo: int, hi: int, published: str | None, period: str | None) -> str | None:
    """The period of a figure whose sentence text[lo:hi] names a holiday: the dates when the text
    gives them (a `period` finer than a year), else ``<year>-<event>`` ("2025-national-day"),
    the year from `period` or the last such holiday on or before publication; None without a holiday."""
    return period_of_event(named_event(text, lo, hi), published, period)


# Any holiday at all, in one scan: most sentences name none, and then each holiday needs no search.
_ANY_EVENT = re.compile("|".join(f"(?:{pattern.pattern})" for _, _, pattern in _EVENTS), re.IGNORECASE)
# A word every name of `_EVENTS` holds (case folded): a passage without any of them names no
# holiday, which substring tests tell faster than the case-blind pattern can.
_EVENT_WORDS = ("national", "golden", "may", "maifeiertag", "arbeit", "labo", "spring", "chinese", "chinesische",
                "frühlingsfest", "mid-autumn", "mittherbstfest", "mondfest", "dragon", "drachenbootfest", "qingming",
                "tomb", "totengedenkfest", "gräberfegefest")


def named_event(text: str, lo: int, hi: int) -> tuple[str, int] | None:
    """The first holiday of `_EVENTS` that text[lo:hi] names, with its month; None without one.
    A sentence's event is the same for all its figures: callers may ask once per sentence."""
    folded = text[lo:hi].casefold()
    if not any(word in folded for word in _EVENT_WORDS) or _ANY_EVENT.search(text, lo, hi) is None:
        return None
    return next(((name, month) for name, month, pattern in _EVENTS if pattern.search(text, lo, hi)), None)


_YEAR = re.compile(r"\d{4}")


def period_of_event(event: tuple[str, int] | None, published: str | None, period: str | None) -> str | None:
    """`event_period` for a sentence whose `named_event` is `event`."""
    if event is None or (period is not None and len(period) > 4 and not period[4:].startswith("/")):
        return period if event is not None else None
    if period is not None and _YEAR.fullmatch(period):
        return f"{period}-{event[0]}"
    if not published or len(published) < 7:
        return None
    year = int(published[:4]) - (event[1] > int(published[5:7]))
    return f"{year:04d}-{event[0]}"


def _period_ends(text: str, lo: int, hi: int, published: str | None) -> list[FoundDate]:
    """"by the end of March", "Ende letzten Monats", "zum Jahresende": ends of months and years
    resolved against the publication date; one pre-check for all of them."""
    if not published or len(published) < 7:
        return []
    if text.find("end", lo, hi) < 0 and text.find("Ende", lo, hi) < 0:
        return []  # every match holds one of them: most windows are not scanned
    found = _year_end(text, lo, hi, published)
    for m in _END_OF.finditer(text, lo, hi):
        month = _MONTHS.get(m["month"])
        if month is not None:
            year = int(published[:4]) - (month > int(published[5:7]))
            found.append(FoundDate(m.start(), m.end(), m.group(), f"{year:04d}-{month:02d}", None, "month", "period"))
    for m in _END_OF_LAST.finditer(text, lo, hi):
        year, month = int(published[:4]), int(published[5:7])
        if m["unit"] == "Jahres":
            found.append(FoundDate(m.start(), m.end(), m.group(), f"{year - 1:04d}", None, "year", "period"))
        else:
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
            found.append(FoundDate(m.start(), m.end(), m.group(), f"{year:04d}-{month:02d}", None, "month", "period"))
    return found


# "zum Jahresende", "at the end of the year", "at year-end" with no year: the year-end before
# publication when the article appears in the first quarter (a report of the year just ended),
# else the publication year's; "bis zum Jahresende", "by the end of the year": the coming one.
_YEAR_END = re.compile(
    r"\b(?:(?P<by>bis|by)\s+)?(?:(?:zum|am)\s+Jahresende|(?:at\s+)?(?:the\s+)?(?:year-end|end\s+of\s+the\s+year))\b",
    re.IGNORECASE)


def _year_end(text: str, lo: int, hi: int, published: str) -> list[FoundDate]:
    found = []
    for m in _YEAR_END.finditer(text, lo, hi):
        year = int(published[:4]) - (not m["by"] and int(published[5:7]) <= 3)
        found.append(FoundDate(m.start(), m.end(), m.group(), f"{year:04d}", None, "year", "period"))
    return found


# "in Q1", "Q3 2024", "H1 2025": a quarter or half written short; `find_dates` leaves these to us.
_SHORT_QUARTER = starting("QH", r"\b(?P<part>[QH][1-4])(?:\s*(?:/\s*)?(?P<year>(?:19|20)\d\d))?\b"
                                 # not a part of a fiscal year ("Q1 FY25", "Q3 of fiscal 2024")
                                 r"(?![^\S\n]*(?:of[^\S\n]+)?(?:the[^\S\n]+)?(?:FY|[Ff]iscal|[Ff]inancial|[Gg]eschäftsjahr))")
_PARTS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12)}
_PART_NAMES = tuple(_PARTS)


def _quarter_named(text: str, lo: int, hi: int, published: str | None) -> list[FoundDate]:
    """"Q1", "H1 2025" as a span of months: of the year written, else of the publication year (or
    the year before, when that quarter has not begun by publication: a statistic reports the past)."""
    if not names_any(text, _PART_NAMES, lo, hi):
        return []  # most windows name no quarter: no scan
    found = []
    for m in _SHORT_QUARTER.finditer(text, lo, hi):
        months = _PARTS.get(m["part"])
        if months is None:
            continue
        if m["year"]:
            year = int(m["year"])
        elif published and len(published) >= 7:
            year = int(published[:4]) - (months[0] > int(published[5:7]))
        else:
            continue
        found.append(FoundDate(m.start(), m.end(), m.group(), f"{year:04d}-{months[0]:02d}",
                               f"{year:04d}-{months[1]:02d}", "month", "period"))
    return found


# "during the five months of 2025", "the eight months of this year": the leading months of a year
# written without "first" (which `find_dates` reads).

_LEADING_MONTHS = starting("t",
    rf"\bthe\s+(?P<n>\d{{1,2}}|{'|'.join(en.COUNT_WORDS)})\s+months\s+of\s+(?:(?P<y>(?:19|20)\d\d)\b|this\s+year\b)",
    re.IGNORECASE)


def _leading_months(text: str, lo: int, hi: int, published: str | None) -> list[FoundDate]:
    if not names_any(lowered(text), ("month",), lo, hi):
        return []  # the word every match holds: most windows are not scanned
    found = []
    for m in _LEADING_MONTHS.finditer(text, lo, hi):
        n = m["n"].lower()
        count = int(n) if n.isdigit() else en.COUNT_WORDS.get(n, 0)
        year = m["y"] or (published[:4] if published else None)
        if 1 <= count <= 12 and year:
            found.append(FoundDate(m.start(), m.end(), m.group(), f"{year}-01", f"{year}-{count:02d}", "month", "period"))
    return found


# A bare year is a name more often than a time ("SCO Summit 2025"), so `find_dates` wants a
# preposition. Two places make it a time without one: right before the number, after a verb or
# before "um"/"auf" ("erreichte 2023 20 Milliarden", "gingen Chinas Exporte 2023 um 4,6 Prozent
# zurück"), and opening a sentence before a verb ("2023 stieg der Handel um 32 %").
_YEAR_BEFORE_NUMBER = starting("12",
    r"(?:(?:(?<=[a-zäöüß]\s)|(?<=\bBIP\s)|(?<=\bGDP\s))(?P<a>(?:19|20)\d\d)\s+(?:(?!und\b|oder\b|and\b|or\b|als\b|than\b)[a-zäöüß]{2,14}\s+){0,3}"
    r"|(?<![\w.,/-])(?P<b>(?:19|20)\d\d)\s+(?:um|auf|by|to)\s+"
    # "erreichte 2024 einen Rekordwert von über 244 Milliarden", "kam 2015 auf einen Anteil von 5,9
    # Prozent", "stieg 2023 im Vergleich zum Vorjahr um 26,3 Prozent"; not a base's year ("im
    # Vergleich zur ersten Jahreshälfte von 2023 ein Plus von 5,8 Prozent")
    r"|(?:(?<=[a-zäöüß]\s)|(?<=\bBIP\s)|(?<=\bGDP\s))(?<!von\s)(?<!des\s)(?<!der\s)(?P<c>(?:19|20)\d\d)\s+(?:(?:auf|bei)\s+)?"
    # ("steckten 2013 die Rekordsumme von 117,6 Mrd. Dollar": the definite article too)
    r"(?:einen|ein|eine|einem|einer|den|die|das|dem)\s+[A-ZÄÖÜ][\w-]{2,24}\s+von\s+"
    r"|(?:(?<=[a-zäöüß]\s)|(?<=\bBIP\s)|(?<=\bGDP\s))(?<!von\s)(?<!des\s)(?<!der\s)(?P<d>(?:19|20)\d\d)\s+(?:im\s+Vergleich\s+zum|gegenüber\s+dem)"
    r"\s+Vorjahr\s+(?:um|auf)\s+)"
    # "wurden 2024 weltweit 267,9 Milliarden", "sei 2018 sogar auf ganze 108,3 Milliarden": up to three
    # lower-case words (adverbs, a preposition, an adjective) between
    # "lag 2024 bei 3,5 Prozent", "2024 zwischen 3,9 und 4,0 Prozent": a preposition before the value
    r"(?:(?:zwischen|between|bei)\s+)?"
    r"(?:(?:mehr\s+als|über|rund|etwa|fast|knapp|more\s+than|over|about|nearly|almost)\s+)?\Z")
# (or opening a clause after a comma and a word: "… sind die Umsätze um ein Viertel eingebrochen, 2023
# wird … mit einem weiteren Rückgang um 5,6 Prozent gerechnet"; not a list of years, "2021, 2022 und")
_YEAR_OPENS = starting("12", r"(?:\A|(?<=[.!?]\s)|(?<=\n)|(?<=[a-zäöüß],\s))(?P<y>(?:19|20)\d\d)\s+"
                             r"(?=(?!und\b|oder\b|and\b|or\b|bis\b|to\b)[a-zäöüß])")
_YEAR_REACH = 40  # characters before a number searched for a bare year
_CENTURIES = ("19", "20")


def _bare_years(text: str, lo: int, start: int) -> list[FoundDate]:
    """Bare years that date the number at `start` (`_YEAR_BEFORE_NUMBER`) or open its sentence
    (`_YEAR_OPENS`), within [lo, start)."""
    found: list[FoundDate] = []
    if not names_any(text, _CENTURIES, lo, start):
        return found  # every year of these patterns opens with one: no scan
    m = _YEAR_BEFORE_NUMBER.search(text, max(lo, start - _YEAR_REACH), start)
    if m is not None:
        group = next(g for g in "abcd" if m[g])
        found.append(FoundDate(m.start(group), m.end(group), m[group], m[group], None, "year", "period"))
    for y in _YEAR_OPENS.finditer(text, lo, start):
        found.append(FoundDate(y.start("y"), y.end("y"), y["y"], y["y"], None, "year", "period"))
    return found


# After a number: a base the text dates a year before its figure's period ("a year earlier", "in
# the same period last year", "im Vorjahreszeitraum").
_BASE_AFTER = re.compile(
    r",?\s+(?:(?:in|during|over|for)\s+)?(?:the\s+)?(?:"
    r"(?:same|like|corresponding|comparable|similar)\s+(?:period|quarter|month|months|time)\s+(?:of\s+|in\s+)?"
    r"(?:last|the\s+previous|the\s+prior)\s+year|year-ago\s+(?:period|quarter|month)|"
    r"a\s+year\s+(?:earlier|ago|before)|(?:previous|prior|preceding)\s+year|year\s+before"
    r"|im\s+Vorjahr(?:eszeitraum|esquartal|esmonat)?|"
    r"im\s+(?:gleichen|selben|entsprechenden|Vergleichs)\s*(?:Zeitraum|Quartal|Monat)\s+"
    r"(?:des\s+Vorjahres|des\s+(?:vergangenen|letzten|vorigen)\s+Jahres)|vor\s+einem\s+Jahr|ein\s+Jahr\s+(?:zuvor|früher)"
    r")\b")
# Before it, what makes it a base: "against", "up from", "compared with", "gegenüber", "nach".
_BASE_BEFORE = re.compile(
    r"\b(?:against|from|compared\s+(?:with|to)|versus|vs\.?|than|gegenüber|im\s+Vergleich\s+zu[mr]?|"
    r"verglichen\s+mit|nach|von)\s+(?:(?:\S+\s+){0,2})\Z"
    # "up 2.6 per cent over 71.6 MT in the preceding year": a rate of change, then "over" and its base
    r"|(?:\d\s*%|\bper\s*cent|\bpercent)\s+over\s+\Z"
    # a base written with its currency's sign: "a 6.9% decrease from the record-high $244.8 billion in
    # 2024" (not the qualifier "more than $500 mln")
    r"|\b(?:against|from|compared\s+(?:with|to)|versus|vs\.?|(?<!more\s)(?<!less\s)than|gegenüber|"
    r"im\s+Vergleich\s+zu[mr]?|verglichen\s+mit)\s+(?:an?\s+average\s+of\s+|(?:\S+\s+){0,2})(?:US)?[$€£¥]\Z", re.IGNORECASE)
_BASE_REACH = 40
# A bare year right after a number, closing its clause: "Die Einfuhren stiegen um 1,0 Prozent, nach 18,6 Prozent 2023."
_YEAR_RIGHT_AFTER = re.compile(r"[^\S\n]+(?P<y>(?:19|20)\d\d)(?=[^\S\n]*(?:[.;,)]|$)|[^\S\n]+(?:und|and)\b)", re.MULTILINE)
_BY_BEFORE = re.compile(r"\b(?:by|um)\s+\Z", re.IGNORECASE)
_ONE_YEAR = re.compile(r"\d{4}(?:-(?:Q[1-4]|H[12]|\d\d(?:-\d\d)?))?(?:/\d{4}-\d\d(?:-\d\d)?)?")


def compared_date(text: str, lo: int, found: FoundDate) -> bool:
    """Whether the date `found` (at text[found.start:]) is a time compared with ("im Vergleich zum
    dritten Quartal des vergangenen Jahres", "than in 2021"), read from `lo` on."""
    return _COMPARED.search(text, max(lo, found.start - 50), found.start) is not None


def base_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Where text[lo:hi] dates a base a year before its figure ("…, against $65 billion a year
    earlier", "in the same period last year", "im Vorjahreszeitraum"): those words say no time of
    the sentence's own."""
    return [m.span() for m in _BASE_AFTER.finditer(text, lo, hi)]


def base_after(text: str, end: int) -> bool:
    """Whether a base dated a year before its figure's time follows text[:end] ("…, gegen 21,3
    Prozent im Vorjahr", "and 21.3 percent a year earlier")."""
    return _BASE_AFTER.match(text, end) is not None


def compared_base(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a base compared with and dated a year before its figure's time
    ("gegenüber 14,3 Millionen US-Dollar vor einem Jahr", "against 5.55 million a year earlier")."""
    return _BASE_AFTER.match(text, end) is not None and \
        _BASE_BEFORE.search(text, max(0, start - _BASE_REACH), start) is not None


def prior_in_brackets(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is last year's value in brackets between a number and its unit
    ("221,87 (236,45) Mrd. Yuan", "12,5 (Vorjahr: 11,8) Milliarden Euro"), its own year unsaid
    (not "4,1 (2024: 3,9) Prozent")."""
    opens = PRIOR_OPENS.search(text, max(0, start - PRIOR_REACH), start)
    return opens is not None and PRIOR_CLOSES.match(text, end) is not None and not _YEAR_OR_REVISION.search(opens.group())


# a year of its own ("(2024: 3,9)"), or a value before a revision ("(zuvor: 13,0)"): not last year's
_YEAR_OR_REVISION = re.compile(rf"\b(?:(?:19|20)\d\d|{REVISION_LABEL})\b")
_MONTHS_SPAN = re.compile(r"(?P<y1>\d{4})-(?P<m1>\d\d)/(?P<y2>\d{4})-(?P<m2>\d\d)")


def a_year_before(period: str) -> str | None:
    """A period one year earlier ("2024-Q2" → "2023-Q2", "2024-01/2024-07" → "2023-01/2023-07");
    None for one spanning years ("2023/2025") or no dates. A span of months across a year's end is
    one when it lasts no longer than a year ("2024-07/2025-06", a fiscal year, → "2023-07/2024-06")."""
    months = _MONTHS_SPAN.fullmatch(period)
    within_a_year = months is not None and \
        0 <= (int(months["y2"]) - int(months["y1"])) * 12 + int(months["m2"]) - int(months["m1"]) < 12
    if not within_a_year and (not _ONE_YEAR.fullmatch(period) or ("/" in period and period[:4] != period.split("/")[1][:4])):
        return None
    return "/".join(_year_before(part) for part in period.split("/"))


def _year_before(iso: str) -> str:
    return f"{int(iso[:4]) - 1:04d}{iso[4:]}"


def _shifted(found: FoundDate, offset: int) -> FoundDate:
    return replace(found, start=found.start + offset, end=found.end + offset)


def fiscal_period(text: str, lo: int, hi: int, number: tuple[int, int], opens: int, published: str) -> str | None:
    """The months of the one part of a fiscal year that text[lo:hi] names ("the first four months of
    the current fiscal year"), where that year opens in month `opens` (7: July to June), in the
    contract's form; the fiscal year is the one running at publication ("current", none said) or
    the one before ("last", "vergangenen"). The `number` (start, end) compared with as the base
    of a year before ("compared to 5 per cent in the year-ago period") is of that part a year
    earlier. None if the words name no such part, or two, or a part not over by publication."""
    found = list(FISCAL_PART.finditer(text, lo, hi))
    if len(found) != 1:
        return None
    m = found[0]
    ordinal = _ORDINALS[m["ord"][:4].lower()]
    unit = m["unit"].lower()
    if unit.startswith(("month", "monat")):
        if ordinal != 1:
            return None
        n = 1 if m["n"] is None else int(m["n"]) if m["n"].isdigit() else _COUNTS.get(m["n"].lower(), 0)
        first, count = 0, n
    elif unit.startswith(("quarter", "quartal")):
        first, count = 3 * (ordinal - 1), 3 * (int(m["n"]) if m["n"] and m["n"].isdigit() else 1)
    else:  # a half
        if ordinal > 2:
            return None
        first, count = 6 * (ordinal - 1), 6
    if not 0 < first + count <= 12:
        return None
    year, month = int(published[:4]), int(published[5:7])
    fiscal_year = year if month >= opens else year - 1  # the calendar year the running fiscal year opened in
    if m["rel"] and m["rel"].lower() in _PREVIOUS:
        fiscal_year -= 1
    begin = (fiscal_year * 12 + opens - 1) + first  # months counted from year 0
    end = begin + count - 1
    if end > year * 12 + month - 1:
        return None  # a part still to come is no period a figure reports
    if _BASE_AFTER.match(text, number[1]) and _BASE_BEFORE.search(text, max(0, number[0] - _BASE_REACH), number[0]):
        begin, end = begin - 12, end - 12
    a, b = f"{begin // 12:04d}-{begin % 12 + 1:02d}", f"{end // 12:04d}-{end % 12 + 1:02d}"
    return period_form(FoundDate(0, 0, "", a, None if a == b else b, "month", "period"), None)


_ORDINALS = {"firs": 1, "erst": 1, "seco": 2, "zwei": 2, "thir": 3, "drit": 3, "four": 4, "vier": 4}
_PREVIOUS = frozenset({"last", "previous", "vergangenen", "letzten", "vorigen"})


def period_form(found: FoundDate, published: str | None) -> str:
    """A found date as a period: ``2024``, ``2025-H1``, ``2025-Q3``, ``2025-01/2025-07``, ``2023/2025``.

    A span of months written without a year that would begin after publication ("Januar bis
    November" in a December 2021 report), or a whole year of months not yet over ("from January
    to December" in a February 2024 one), is the last such span before it: a statistic reports
    the past.
    """
    whole_year = found.end_date is not None and found.date[4:] == "-01" and found.end_date[4:] == "-12"
    if (published and found.end_date and len(found.date) == 7
            and (found.date > published[:7] or (whole_year and found.end_date > published[:7]))
            and not re.search(r"\d{4}", found.text)):
        found = replace(found, date=_year_before(found.date), end_date=_year_before(found.end_date))
    if found.end_date is None:
        if _SINCE.match(found.text) and published and published[:4] > found.date[:4]:
            return f"{found.date}/{published[:len(found.date)]}"
        return found.date
    first, last = found.date, found.end_date
    if len(first) == len(last) == 7 and first[:4] == last[:4]:
        months = (int(first[5:]), int(last[5:]))
        if months == (1, 12):
            return first[:4]
        if months in _QUARTERS:
            return f"{first[:4]}-{_QUARTERS[months]}"
    return f"{first}/{last}"


_EVENT_PERIOD = re.compile(r"(\d{4})-([a-z-]+)")
_DAY_RANGE = re.compile(r"(\d{4})-(\d\d)-(\d\d)/(\d{4})-(\d\d)-(\d\d)")
_EVENT_DAYS = 10  # the longest holiday week ("Golden Week" with a festival: eight days)


def periods_agree(a: str | None, b: str | None) -> bool:
    """Whether two periods may be one: equal, unsaid on a side, one split year written by its two
    years on one side and by its twelve months on the other (`_one_split_year`), or a holiday named on one side
    ("2021-national-day") and days given on the other that lie in that holiday's month of that
    year, or the month beside it (moving feasts), spanning at most a holiday week
    ("2021-10-01/2021-10-07")."""
    if a is None or b is None or a == b:
        return True
    if _one_split_year(a, b) or _one_split_year(b, a):
        return True
    for event, days in ((a, b), (b, a)):
        e, d = _EVENT_PERIOD.fullmatch(event), _DAY_RANGE.fullmatch(days)
        month = next((m for name, m, _ in _EVENTS if e and name == e.group(2)), None)
        if e is None or d is None or month is None:
            continue
        y1, m1, d1, y2, m2, d2 = (int(g) for g in d.groups())
        span = (m2 - m1) * 31 + d2 - d1
        if y1 == y2 == int(e.group(1)) and abs(m1 - month) <= 1 and 0 <= span < _EVENT_DAYS:
            return True
    return False


_TWO_YEARS = re.compile(r"((?:19|20)\d\d)/((?:19|20)\d\d)")
_TWELVE_MONTHS = re.compile(r"((?:19|20)\d\d)-(\d\d)/((?:19|20)\d\d)-(\d\d)")


def _one_split_year(years: str, months: str) -> bool:
    """Whether `years` names a season or fiscal year by its two years ("2023/2024": "the 2023/24
    season", "in 2023 to 2024") and `months` the twelve months of one year across those two
    ("2023-04/2024-03": India's fiscal year 2023/24)."""
    y, m = _TWO_YEARS.fullmatch(years), _TWELVE_MONTHS.fullmatch(months)
    if y is None or m is None or int(y[2]) != int(y[1]) + 1:
        return False
    first, last = int(m[1]) * 12 + int(m[2]), int(m[3]) * 12 + int(m[4])
    return (m[1], m[3]) == (y[1], y[2]) and last - first == 11
