"""Dates in English and German: explicit days, periods, and weekdays resolved by tense."""

from __future__ import annotations

import datetime
import itertools
from pathlib import Path

import pytest
from fuzzing import fuzz
from hypothesis import given, settings
from hypothesis import strategies as st

from sco_digital.extract.dates import FoundDate, find_dates, resolve_weekday, tense_of

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

# (text, language, published, [(as written, date, end_date, precision, kind), ...])
CASES = [
    # months with a year at each end (read off UrduPoint), "and" only after "between"
    ("ICT exports for the period July 2021 to April 2022 surged.", "en", "2022-05-20",
     [("July 2021 to April 2022", "2021-07", "2022-04", "month", "period")]),
    ("Von Juli 2021 bis April 2022 stiegen die Exporte.", "de", "2022-05-20",
     [("Von Juli 2021 bis April 2022", "2021-07", "2022-04", "month", "period")]),
    ("between July 2021 and April 2022", "en", None,
     [("between July 2021 and April 2022", "2021-07", "2022-04", "month", "period")]),
    ("in July 2021 and April 2022", "en", None,
     [("July 2021", "2021-07", None, "month", "date"), ("April 2022", "2022-04", None, "month", "date")]),
    # English: explicit days and spans
    ("A drone photo taken on Aug 5, 2025 shows a banner.", "en", None,
     [("Aug 5, 2025", "2025-08-05", None, "day", "date")]),
    ("08:20, August 29, 2025 By YAN DONGJIE", "en", None,
     [("August 29, 2025", "2025-08-29", None, "day", "date")]),
    ("The summit is to be held on Aug 31.", "en", "2025-08-29",
     [("Aug 31", "2025-08-31", None, "day", "date")]),
    ("The forum was held July 10 to 11 in Tianjin.", "en", "2025-07-20",
     [("July 10 to 11", "2025-07-10", "2025-07-11", "day", "date")]),
    ("It runs from Aug 31 to September 1.", "en", "2025-08-20",
     [("Aug 31 to September 1", "2025-08-31", "2025-09-01", "day", "date")]),
    # the months a report has named, with the definite article: the first months of the year
    ("In den sieben Monaten lieferte China Waren im Wert von 61,6 Milliarden Dollar.", "de", "2024-08-07",
     [("In den sieben Monaten", "2024-01", "2024-07", "month", "period")]),
    ("In the eleven months of 2024, Uzbekistan imported more.", "en", "2025-01-20",
     [("In the eleven months of 2024", "2024-01", "2024-11", "month", "period")]),
    # months not yet begun when the page was published: the year before
    ("Die Ausfuhren stiegen in den zehn Monaten um 5 Prozent.", "de", "2025-02-03",
     [("in den zehn Monaten", "2024-01", "2024-10", "month", "period")]),
    ("The event ran Dec 30 to Jan 2, 2026.", "en", None,
     [("Dec 30 to Jan 2, 2026", "2025-12-30", "2026-01-02", "day", "date")]),
    ("They met on July 10 and 14, 2025.", "en", None,
     [("July 10", "2025-07-10", None, "day", "date"), ("14, 2025", "2025-07-14", None, "day", "date")]),
    ("On Thursday, August 28, 2025, he said", "en", None,
     [("Thursday, August 28, 2025", "2025-08-28", None, "day", "date")]),
    ("the 5th of August 2025 and 10-11 July 2025", "en", None,
     [("5th of August 2025", "2025-08-05", None, "day", "date"),
      ("10-11 July 2025", "2025-07-10", "2025-07-11", "day", "date")]),
    ("2025-07-16\nIn today's world", "en", None, [("2025-07-16", "2025-07-16", None, "day", "date")]),
    (" date 2025-09-11 Die Exchange-Konferenz", "de", None, [("2025-09-11", "2025-09-11", None, "day", "date")]),
    # English: a year shifts when the tense says so
    ("The Dec 28 meeting was held in Beijing.", "en", "2026-01-03",
     [("Dec 28", "2025-12-28", None, "day", "date")]),
    ("The summit will open on Jan 10.", "en", "2025-12-20", [("Jan 10", "2026-01-10", None, "day", "date")]),
    # English: periods
    ("As of April 2025, applications had surpassed 1.5 million.", "en", None,
     [("As of April 2025", "2025-04", None, "month", "period")]),
    ("In 2024, the 78th UN General Assembly adopted a resolution.", "en", None,
     [("In 2024", "2024", None, "year", "period")]),
    ("In the first five months of this year, revenue rose.", "en", "2025-08-29",
     [("first five months of this year", "2025-01", "2025-05", "month", "period")]),
    ("in the first half of this year", "en", "2025-08-29",
     [("first half of this year", "2025-01", "2025-06", "month", "period")]),
    ("in the first five months of 2025", "en", None,
     [("first five months of 2025", "2025-01", "2025-05", "month", "period")]),
    ("the first quarter of 2025, Q3 2024 and the first three quarters of last year", "en", "2025-10-10",
     [("first quarter of 2025", "2025-01", "2025-03", "month", "period"),
      ("Q3 2024", "2024-07", "2024-09", "month", "period"),
      ("first three quarters of last year", "2024-01", "2024-09", "month", "period")]),
    ("Since 2023, China has trained more than 830 professionals.", "en", None,
     [("Since 2023", "2023", None, "year", "period")]),
    ("by 2030, from 2021 to 2025 and mid-2025", "en", None,
     [("by 2030", "2030", None, "year", "period"), ("from 2021 to 2025", "2021", "2025", "year", "period"),
      ("mid-2025", "2025", None, "year", "period")]),
    ("From January to May 2025 exports rose.", "en", None,
     [("From January to May 2025", "2025-01", "2025-05", "month", "period")]),
    ("Last year trade grew, compared with the same period last year.", "en", "2025-06-01",
     [("Last year", "2024", None, "year", "period")]),
    ("since July, in August", "en", "2025-09-01",
     [("since July", "2025-07", None, "month", "period"), ("in August", "2025-08", None, "month", "date")]),
    # English: relative days
    ("the ministry said on Thursday.", "en", "2025-08-29", [("Thursday", "2025-08-28", None, "day", "relative")]),
    ("The summit is to be held in Tianjin on Sunday and Monday.", "en", "2025-08-29",
     [("Sunday and Monday", "2025-08-31", "2025-09-01", "day", "relative")]),
    ("He said on Friday.", "en", "2025-08-29", [("Friday", "2025-08-29", None, "day", "relative")]),
    ("The forum will open on Friday.", "en", "2025-08-29", [("Friday", "2025-09-05", None, "day", "relative")]),
    ("Talks were held last Friday.", "en", "2025-08-29",
     [("last Friday", "2025-08-22", None, "day", "relative")]),
    ("Meetings on Monday and Thursday were held.", "en", "2025-08-29",
     [("Monday", "2025-08-25", None, "day", "relative"), ("Thursday", "2025-08-28", None, "day", "relative")]),
    ("He said yesterday that talks continue tomorrow.", "en", "2025-08-29",
     [("yesterday", "2025-08-28", None, "day", "relative"), ("tomorrow", "2025-08-30", None, "day", "relative")]),
    # every form the day and year references are pre-checked for (`_DAY_REF_WORDS`, `_YEAR_REF_WORDS`)
    ("The day before yesterday it rained.", "en", "2025-08-29",
     [("The day before yesterday", "2025-08-27", None, "day", "relative")]),
    ("Vorgestern und gestern wurde verhandelt, morgen und übermorgen nicht.", "de", "2025-08-29",
     [("Vorgestern", "2025-08-27", None, "day", "relative"), ("gestern", "2025-08-28", None, "day", "relative"),
      ("morgen", "2025-08-30", None, "day", "relative"), ("übermorgen", "2025-08-31", None, "day", "relative")]),
    ("Next year and this year differ.", "en", "2025-08-29",
     [("Next year", "2026", None, "year", "period"), ("this year", "2025", None, "year", "period")]),
    ("Dieses Jahr und im nächsten Jahr", "de", "2025-08-29",
     [("Dieses Jahr", "2025", None, "year", "period"), ("im nächsten Jahr", "2026", None, "year", "period")]),
    # German: explicit days and spans
    ("Werbeslogan für den SCO-Gipfel. (5. August 2025, Xinhua)", "de", None,
     [("5. August 2025", "2025-08-05", None, "day", "date")]),
    ("Die Konferenz fand am 6. September in Shenyang statt.", "de", "2025-09-11",
     [("6. September", "2025-09-06", None, "day", "date")]),
    ("Der Gipfel findet vom 31. August bis 1. September statt.", "de", "2025-08-20",
     [("31. August bis 1. September", "2025-08-31", "2025-09-01", "day", "date")]),
    ("Das Treffen fand am 10.–11. Juli 2025 statt.", "de", None,
     [("10.–11. Juli 2025", "2025-07-10", "2025-07-11", "day", "date")]),
    ("am 10. bis 11. Juli", "de", "2025-07-20", [("10. bis 11. Juli", "2025-07-10", "2025-07-11", "day", "date")]),
    ("Am 28.08.2025 sagte er", "de", None, [("28.08.2025", "2025-08-28", None, "day", "date")]),
    ("Die Konferenz fand am 20. Dezember statt.", "de", "2026-01-05",
     [("20. Dezember", "2025-12-20", None, "day", "date")]),
    ("am Donnerstag, 28. August 2025", "de", None,
     [("Donnerstag, 28. August 2025", "2025-08-28", None, "day", "date")]),
    # German: periods
    ("Seit 2023 hat China mehr als 830 Fachkräfte ausgebildet.", "de", None,
     [("Seit 2023", "2023", None, "year", "period")]),
    ("Bis 2027 sollen es mehr werden.", "de", None, [("Bis 2027", "2027", None, "year", "period")]),
    ("Im Jahr 2024 stiegen die Einnahmen, Anfang 2025 auch.", "de", None,
     [("Im Jahr 2024", "2024", None, "year", "period"), ("Anfang 2025", "2025", None, "year", "period")]),
    ("In den ersten fünf Monaten des Jahres seien die Einnahmen gestiegen.", "de", "2025-08-29",
     [("ersten fünf Monaten des Jahres", "2025-01", "2025-05", "month", "period")]),
    ("im ersten Halbjahr 2025 und im ersten Quartal", "de", "2025-08-29",
     [("ersten Halbjahr 2025", "2025-01", "2025-06", "month", "period"),
      ("ersten Quartal", "2025-01", "2025-03", "month", "period")]),
    # the ordinal in digits, as tables and brackets write it
    ("(3. Quartal 2024: +4,6 Prozent | 1. Halbjahr 2024: +5,0 Prozent)", "de", "2025-01-17",
     [("3. Quartal 2024", "2024-07", "2024-09", "month", "period"),
      ("1. Halbjahr 2024", "2024-01", "2024-06", "month", "period")]),
    ("von 2020 bis 2024, im vergangenen Jahr", "de", "2025-08-29",
     [("von 2020 bis 2024", "2020", "2024", "year", "period"),
      ("im vergangenen Jahr", "2024", None, "year", "period")]),
    ("Im Vorjahr hat der Handelsumsatz 54 Milliarden Dollar erreicht.", "de", "2024-07-02",
     [("Im Vorjahr", "2023", None, "year", "period")]),
    # German: relative days
    ("wie das Ministerium am Donnerstag mitteilte.", "de", "2025-08-29",
     [("Donnerstag", "2025-08-28", None, "day", "relative")]),
    ("Der Gipfel, der am Sonntag und Montag stattfinden wird.", "de", "2025-08-29",
     [("Sonntag und Montag", "2025-08-31", "2025-09-01", "day", "relative")]),
    ("Das Treffen fand vergangenen Freitag statt, gestern sprach er.", "de", "2025-08-29",
     [("vergangenen Freitag", "2025-08-22", None, "day", "relative"),
      ("gestern", "2025-08-28", None, "day", "relative")]),
]

# relative weeks and months, both languages, against publication on Friday 2025-08-29
CASES += [
    ("Trade rose last week, the ministry said.", "en", "2025-08-29",
     [("last week", "2025-08-18", "2025-08-24", "day", "relative")]),
    ("Der Handel stieg vergangene Woche.", "de", "2025-08-29",
     [("vergangene Woche", "2025-08-18", "2025-08-24", "day", "relative")]),
    ("Die Gespräche gehen nächste Woche weiter.", "de", "2025-08-29",
     [("nächste Woche", "2025-09-01", "2025-09-07", "day", "relative")]),
    ("Im vergangenen Monat äußerte sich der Beauftragte.", "de", "2025-08-29",
     [("vergangenen Monat", "2025-07", None, "month", "relative")]),
    ("Exports fell last month.", "en", "2025-01-15", [("last month", "2024-12", None, "month", "relative")]),
]

NOTHING = [
    # a fiscal year opens in a month the text does not name (read off Dunya News)
    ("IT exports reached 1.2 billion during the first four months of current fiscal year.", "en", "2025-11-20"),
    ("Exports rose in the first half of the fiscal year.", "en", "2025-11-20"),
    ("Revenue grew in the first quarter of fiscal 2025.", "en", "2025-11-20"),
    ("in den ersten vier Monaten des laufenden Geschäftsjahres", "de", "2025-11-20"),
    ("Prices rose in the two months since the election.", "en", "2025-08-29"),  # months counted from an event
    ("Die Preise stiegen in den zwölf Monaten bis Juni nicht.", "de", None),  # no year to read
    ("Sales fell in the seven months.", "en", None),
    ("Der Zins stieg um 2,3. Quartale sind nicht genannt.", "de", "2025-01-17"),  # a decimal, no ordinal
    ("Am 5. Quartalstag", "de", "2025-01-17"),
    ("Trade rose last week, the ministry said.", "en", None),  # no publication date: no relative week
    ("Der Handel stieg vergangene Woche.", "de", None),
    ("The week was long and the weekly paper monthly.", "en", "2025-08-29"),
    ("He made the remarks at the first media briefing of the SCO Summit 2025.", "en", "2025-08-29"),
    ("Als Hauptforum der „2025 Global Industrial Internet Conference“", "de", "2025-09-11"),
    ("Die Exchange-Konferenz 2025 zur integrierten Entwicklung", "de", "2025-09-11"),
    ("revenue increased 9.3 percent year-on-year, 3.4 percentage points higher", "en", "2025-08-29"),
    ("the development of 5G technology and the 78th UN General Assembly", "en", "2025-08-29"),
    ("training 29000 professionals annually; in 11 Ländern und Regionen", None, "2025-08-29"),
    ("the ministry said on Thursday", "en", None),  # no publication date: no relative day
    ("am Donnerstag mitteilte", "de", None),
    ("in the first five months of the year", "en", None),
    ("Black Friday sales and the cities of tomorrow", "en", "2025-08-29"),
    ("version 1.2025, 3-2025 and 12.2025", "en", None),
    ("the same period last year", "en", "2025-08-29"),
    ("In today's rapidly advancing global digital wave", "en", "2025-07-16"),
    ("Mondays and Sundays are busy; donnerstags geschlossen", None, "2025-08-29"),
    ("May we begin? March on.", "en", "2025-08-29"),
    ("Yesteryear's Morgenland and the Jahrhundert", None, "2025-08-29"),  # the pre-check words inside other words
]


_Row = tuple[str, str, str | None, str, str]  # as written, date, end_date, precision, kind


def _rows(found: list[FoundDate]) -> list[_Row]:
    return [(f.text, f.date, f.end_date, f.precision, f.kind) for f in found]


@pytest.mark.parametrize(("text", "language", "published", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_date_phrases(text: str, language: str, published: str | None, expected: list[_Row]) -> None:
    assert _rows(find_dates(text, language, published)) == expected


@pytest.mark.parametrize(("text", "language", "published"), NOTHING, ids=[c[0][:40] for c in NOTHING])
def test_not_dates(text: str, language: str | None, published: str | None) -> None:
    assert find_dates(text, language, published) == []


def test_language_none_reads_both() -> None:
    found = find_dates("said on Thursday; am 6. September", None, "2025-09-11")
    assert [(f.text, f.date) for f in found] == [("Thursday", "2025-09-11"), ("6. September", "2025-09-06")]


@pytest.mark.parametrize(
    ("sentence", "language", "tense"),
    [
        ("The Ministry said on Thursday.", "en", "past"),
        ("The summit is to be held in Tianjin.", "en", "future"),
        ("It is scheduled for next week.", "en", "future"),
        ("China will cooperate with SCO countries.", "en", "future"),
        ("The forum took place in Tianjin.", "en", "past"),
        ("Die Konferenz wird in Tianjin stattfinden.", "de", "future"),
        ("Der Gipfel soll bald beginnen.", "de", "future"),
        ("Die Konferenz fand in Shenyang statt.", "de", "past"),
        ("wie das Ministerium mitteilte", "de", "past"),
        ("Xiong sagte, China werde zusammenarbeiten.", "de", "past"),
        ("Tianjin and the SCO.", "en", "past"),  # no cue: news report what happened
    ],
)
def test_tense_of(sentence: str, language: str, tense: str) -> None:
    assert tense_of(sentence, language) == tense


def test_tense_of_nearest_cue_wins() -> None:
    sentence = "He made the remarks at the briefing of the summit, which is to be held on Sunday."
    assert tense_of(sentence, "en", at=sentence.index("Sunday")) == "future"
    assert tense_of(sentence, "en", at=sentence.index("remarks")) == "past"


# -- the built-in articles (publication dates as their pages give them)


def _article(article_id: str) -> str:
    return next(CORPUS.glob(f"{article_id}_*.txt")).read_text(encoding="utf-8")


def test_corpus_001_weekdays() -> None:
    rows = _rows(find_dates(_article("001"), "en", "2025-08-29"))
    assert ("Thursday", "2025-08-28", None, "day", "relative") in rows
    assert ("Sunday and Monday", "2025-08-31", "2025-09-01", "day", "relative") in rows
    assert ("first five months of this year", "2025-01", "2025-05", "month", "period") in rows
    assert ("Since 2023", "2023", None, "year", "period") in rows
    assert not any(text.endswith("Summit 2025") or text == "2025" for text, *_ in rows)


def test_corpus_002_conference_day() -> None:
    rows = _rows(find_dates(_article("002"), "de", "2025-09-11"))
    assert ("6. September", "2025-09-06", None, "day", "date") in rows
    assert all("2025 Global" not in text and "Konferenz" not in text for text, *_ in rows)


def test_corpus_000_am_donnerstag() -> None:
    text = _article("000")
    found = find_dates(text, "de", "2025-08-29")
    thursday = [f for f in found if f.text == "Donnerstag"]
    assert [(f.date, f.kind) for f in thursday] == [("2025-08-28", "relative")]
    assert text[thursday[0].start - 3 : thursday[0].start] == "am "
    assert ("ersten fünf Monaten des Jahres", "2025-01", "2025-05", "month", "period") in _rows(found)


def test_corpus_004_periods() -> None:
    rows = _rows(find_dates(_article("004"), "en", "2025-06-13"))
    assert ("As of April 2025", "2025-04", None, "month", "period") in rows
    assert ("In 2024", "2024", None, "year", "period") in rows


# -- properties


@given(
    weekday=st.integers(0, 6),
    published=st.dates(datetime.date(1990, 1, 1), datetime.date(2090, 12, 31)),
)
def test_resolve_weekday_past(weekday: int, published: datetime.date) -> None:
    day = resolve_weekday(weekday, published, "past")
    assert day.weekday() == weekday
    assert published - datetime.timedelta(days=6) <= day <= published


@given(
    weekday=st.integers(0, 6),
    published=st.dates(datetime.date(1990, 1, 1), datetime.date(2090, 12, 31)),
)
def test_resolve_weekday_future(weekday: int, published: datetime.date) -> None:
    day = resolve_weekday(weekday, published, "future")
    assert day.weekday() == weekday
    assert published < day <= published + datetime.timedelta(days=7)


_FRAGMENTS = st.sampled_from(
    [
        "on", "Thursday", "Sunday and Monday", "am", "Donnerstag", "Aug", "31", "to", "September", "1,", "2025",
        "5.", "August", "bis", "seit", "since", "In", "first", "five", "months", "of", "this year", "ersten",
        "Monaten des Jahres", "As of April", "-", "–", ".", ",", "\n", "said", "will be held", "mitteilte",
        "yesterday", "gestern", "Q3", "mid-", "12.2025", "2025-07-16", "29.02.2025", "Feb 29", "Mai", "März",
    ]
)


@settings(max_examples=fuzz(300))
@given(
    words=st.lists(_FRAGMENTS, max_size=25),
    language=st.sampled_from(["en", "de", None, "xx"]),
    published=st.one_of(st.none(), st.dates().map(datetime.date.isoformat), st.text(max_size=12)),
)
def test_date_words_never_raise_and_slice_back(words: list[str], language: str | None, published: str | None) -> None:
    text = " ".join(words)
    _check_found(text, find_dates(text, language, published))


@settings(max_examples=fuzz(200))
@given(text=st.text(max_size=300), published=st.one_of(st.none(), st.dates().map(datetime.date.isoformat)))
def test_arbitrary_text_never_raises(text: str, published: str | None) -> None:
    _check_found(text, find_dates(text, None, published))


def _check_found(text: str, found: list[FoundDate]) -> None:
    assert [f.start for f in found] == sorted(f.start for f in found)
    for previous, current in itertools.pairwise(found):
        assert previous.end <= current.start  # no overlaps
    for f in found:
        assert text[f.start : f.end] == f.text and f.text
        assert f.precision in ("day", "month", "year") and f.kind in ("date", "relative", "period")
        assert len(f.date) == {"day": 10, "month": 7, "year": 4}[f.precision]
        if f.end_date is not None:
            assert len(f.end_date) == len(f.date) and f.end_date > f.date


def test_first_character_checks_change_no_match() -> None:
    """Patterns scanned only where their first character can stand (`_starting`) find exactly what
    the patterns alone find, on every phrase of the tables above (both languages)."""
    import re

    from sco_digital.extract import _date_patterns as patterns

    checked = [p for p in vars(patterns).values()
               if isinstance(p, patterns._Regex) and p._source.startswith("(?=[")]
    assert len(checked) >= 7
    texts = [c[0] for c in CASES] + [c[0] for c in NOTHING]
    text = "\n".join(texts) + " " + " ".join(texts)
    for pattern in checked:
        inner = re.compile(pattern._source[pattern._source.index("])(?:") + 5 : -1], pattern._flags)
        assert ([(m.span(), m.groupdict()) for m in pattern.finditer(text)]
                == [(m.span(), m.groupdict()) for m in inner.finditer(text)])


# ---- rules skip their scans when a text lacks what every match holds: the same dates ----------

_DATE_PIECES = ["in 2024", "seit 2023", "5. August", "August 29, 2025", "Aug 31 to September 1", "Q1 2025", "H2 2024",
                "first five months", "in den ersten fünf Monaten", "in den sieben Monaten", "the first half of this year", "last week",
                "vergangene Woche", "im vergangenen Monat", "on Thursday", "am Mittwoch", "yesterday", "gestern",
                "2025-07-16", "06.09.2025", "this year", "im vergangenen Jahr", "von Januar bis Mai", "im Juli",
                "Exports rose 5 percent", "um 9,3 Prozent", " ", ", ", ". ", "\n", "will be held", "said", "12", "1999"]


class _AlwaysThere:
    """A stand-in for a gate's pattern that always finds something (the scans are never skipped)."""

    def __init__(self, pattern):
        self.pattern = pattern

    def search(self, text, *args):
        return True

    def finditer(self, text, *args):
        return self.pattern.finditer(text, *args)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=10), st.sampled_from([None, "2025-08-29", "2021-12-05"]),
       st.sampled_from([None, "en", "de"]))
def test_dates_found_with_the_scans_skipped_are_those_found_without(pieces, published, language):
    from unittest import mock

    import sco_digital.extract.dates as dates

    text = "".join(pieces)
    gated = find_dates(text, language, published)
    with mock.patch.object(dates, "_ANY_YEAR", _AlwaysThere(dates._ANY_YEAR)), \
            mock.patch.object(dates, "_MONTH_ANCHOR", _AlwaysThere(dates._MONTH_ANCHOR)), \
            mock.patch.object(dates, "_names_any", lambda text, words: True):
        assert find_dates(text, language, published) == gated


def test_a_bracket_labels_its_value_with_a_time() -> None:
    from sco_digital.extract.dates import labelled_period
    text = "Der Umsatz stieg um 5 % (Vorjahr: 4,1 %)."
    assert labelled_period(text, text.index("4,1"), "2024-01/2024-06", None) == "2023-01/2023-06"
    text = "gestiegen (November: +0,2 Prozent)"
    assert labelled_period(text, text.index("+0,2"), None, "2025-01-09") == "2024-11"
    text = "gestiegen (Stand: +0,2 Prozent)"
    assert labelled_period(text, text.index("+0,2"), None, "2025-01-09") is None


def test_a_half_year_is_a_half() -> None:
    found = find_dates("traffic was estimated at 800 thousand TEU in the first half-year of 2021", "en", "2021-08-01")
    assert [(d.text, d.date, d.end_date) for d in found] == [("first half-year of 2021", "2021-01", "2021-06")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # read off Swiss IT Reseller and Business Insider: a quarter's neuter ordinal, and the quarter
    # before the one of publication
    ("Xiaomi hat ein starkes drittes Quartal hinter sich gebracht.", "2025-11-19", [("2025-07", "2025-09")]),
    ("Im vergangenen Quartal stieg der Umsatz.", "2018-08-23", [("2018-04", "2018-06")]),
    ("Im abgelaufenen Quartal stieg der Umsatz.", "2018-02-03", [("2017-10", "2017-12")]),
    ("Im letzten Quartal des Jahres stieg der Umsatz.", "2018-02-03", []),  # the year's last, not the one before
    ("Im vergangenen Quartal stieg der Umsatz.", None, []),  # no day of publication: no quarter before it
])
def test_german_quarters_by_neuter_ordinal_and_the_quarter_before(text: str, published: str | None,
                                                                  expected: list[tuple[str, str]]) -> None:
    assert [(d.date, d.end_date) for d in find_dates(text, "de", published)] == expected
