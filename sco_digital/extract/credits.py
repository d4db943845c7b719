"""Credits, bylines and datelines: the metadata that news text carries in its words.

Agencies in brackets ("(Xinhua)", "[Photo/Xinhua]"), picture and source credits ("Photo: Marcus
Brandt/dpa", "Quelle: Xinhua Silk Road Information Service (ots)"), bylines ("By He Yin, People's
Daily", "By YAN DONGJIE ( Chinadaily.com.cn") and datelines ("08:20, August 29, 2025",
"Published: Aug 19, 2025", "CRI | 20.08.2025", "TIANJIN, June 30 (Xinhua) --") say who published
an article, who wrote it and when. They are metadata, never actors: `find_credits` gives their
spans so that the entity finder can leave them alone, and `article_metadata` fills an article's
`published`, `source` and `authors` where its sidecar is silent.

Datelines are looked for only in the head of an article (its first lines), credits anywhere;
both scans are single regex passes anchored on a bracket, a credit word or a digit, so the cost
is linear in the text.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ._regex import LazyRegex as _Regex
from .wordscan import matches_at, occurrences
from .lang import de as _de
from .lang import en as _en

__all__ = [
    "ArticleMetadata", "FoundCredit", "FoundDateline", "article_metadata", "caption_spans", "credit_spans",
    "find_credits", "find_dateline",
]

_HEAD_CHARS = 1500  # a dateline stands in the first lines, never deeper
_HEAD_LINES = 6  # non-empty lines
_BODY_LINE = 200  # characters: a line this long is body text
_MONTHS: dict[str, int] = {**_en.MONTHS, **_de.MONTHS}
_MONTH = "|".join(sorted((re.escape(m.capitalize()) for m in _MONTHS), key=len, reverse=True))
_UP = "A-ZÀ-ÖØ-Þ"


@dataclass(frozen=True, slots=True)
class FoundDateline:
    """A dateline in the head of an article: ``source[start:end] == text``.

    `published` is ISO ("2025-08-29"), or None when the line gives no year and the text none
    either; `time` is "HH:MM" when written; `place` the upper-case city ("TIANJIN") and `source`
    the agency or outlet the line names ("Xinhua", "CRI"), each None when absent.
    """

    start: int
    end: int
    text: str
    published: str | None
    time: str | None
    place: str | None
    source: str | None


@dataclass(frozen=True, slots=True)
class FoundCredit:
    """A credit: ``source[start:end] == text``; `kind` is "source" (an agency or outlet),
    "photo" (a picture credit), "author" (a byline, or a reporter of a wire's staff line) or "staff"
    (a staff line naming editors only); `name` is whom it credits."""

    start: int
    end: int
    text: str
    kind: str
    name: str


@dataclass(frozen=True, slots=True)
class ArticleMetadata:
    """What an article's own words say about it; None or empty where they are silent."""

    published: str | None
    time: str | None
    source: str | None
    authors: tuple[str, ...]


# --- datelines ----------------------------------------------------------------------------------

_TIME = r"(?P<time>[0-2]?\d:[0-5]\d)(?::[0-5]\d)?"
_YEAR = r"(?P<y>(?:19|20)\d{2})"
_LOW = "a-zß-öø-ÿ"
# A place opening a dateline: upper case anywhere in the head ("TIANJIN", "NUR-SULTAN"), or one to
# three capitalised words opening a line ("Moscow", "Peking", "New Delhi", "Almaty"), with the
# country it lies in after a comma ("TASHKENT, Uzbekistan", "CHONGQING, China").
_PLACE = (rf"(?P<place>[{_UP}][{_UP}.' -]+[{_UP}]|(?m:^)[{_UP}][{_LOW}'’-]+(?:[ -][{_UP}][{_LOW}'’-]+){{0,2}})"
          rf"(?:,\s+[{_UP}][{_LOW}]+(?:\s[{_UP}][{_LOW}]+)?(?=,))?")
# What follows a place's month and day: a dash ("--", "–", "- "), the wire's name between slashes
# ("/PRNewswire/ --", ". /TASS/."), the outlet and a dash (", Asia-Plus –", ". Silkroadnews -"), or the first
# sentence (". The portfolio …"), or the outlet closing the line ("Berlin, 24. Oktober, AZERTAC").
_PLACE_END = rf"(?=\s*(?:--|–|—|-\s)|\.?\s*/[\w-]+/|[,.]\s*[\w.-]+\s*(?:--|–|—|-\s)|\.\s+[{_UP}]|,[^\S\n]*[{_UP}][\w.-]+[^\S\n]*\n)"
# Words that announce a publication date: "Published:", "Last updated on", "Zuletzt aktualisiert am".
_LEAD = (r"(?:(?:Last|Zuletzt)\s+)?(?:Published|Updated|Posted|Date|Veröffentlicht|Aktualisiert|Erstellt|Datum|Stand"
         r"|(?<=Last )updated|(?<=Zuletzt )aktualisiert)(?:\s+(?:on|am))?")
# "(last modified 2026-02-20T20:22:56+00:00 )": a page's stamp in lower case, maybe in brackets
_LEAD_ONLY = _Regex(rf"\(?(?:{_LEAD}|(?:last\s+)?(?:modified|updated|published|posted)(?:\s+on)?):?\Z")
_DATELINE = _Regex(
    # Every form begins with a capital (a word, a month, a place), a digit or "(": checked first,
    # so the alternatives below are tried only there (six times faster over an article's head).
    rf"(?=[{_UP}\d(])(?:"
    # "08:20, August 29, 2025"; "Published: Aug 19, 2025"; "Updated 10:15 AM, Sept 3, 2025";
    # "Aktualisiert am 12. März 2025, 10:15"
    rf"(?P<lead>{_LEAD}:?\s*)?(?:{_TIME}(?:\s*[AP]M)?,?\s+)?"
    rf"(?:(?P<mon>{_MONTH})\.?\s+(?P<d>[0-3]?\d),?|(?P<d3>[0-3]?\d)\.?\s+(?P<mon3>{_MONTH})\.?,?)\s+{_YEAR}"
    rf"(?:,?\s+(?:um\s+)?(?P<time2>[0-2]?\d:[0-5]\d)(?:\s*[AaPp]\.?[Mm]\.?(?!\w))?)?"
    # "2025-06-17 16:46:03| German.news.cn"
    rf"|(?P<iy>(?:19|20)\d{{2}})-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?:[ T]+(?P<itime>[0-2]\d:[0-5]\d)(?::[0-5]\d)?)?"
    rf"(?:\s*\|\s*(?P<isrc>[\w.-]+))?"
    # "CRI | 20.08.2025" (the outlet opening the line); "29.04.03 00:00"; "am 07.11.2012";
    # "08-06-2010 Weissrussland" (day first)
    rf"|(?:(?m:^)[^\S\n]*(?P<nsrc>[{_UP}][\w.-]*)[^\S\n]*\|\s*)?(?P<nd>[0-3]?\d)(?P<nsep>[.-])(?P<nm>[01]?\d)(?P=nsep)"
    rf"(?P<ny>(?:19|20)?\d{{2}})(?![\d.-])(?:,?\s+(?P<ntime>[0-2]\d:[0-5]\d))?"
    # "TIANJIN, June 30 (Xinhua) --", "MINSK, 27 January (BelTA) –", "BEIJING, 15. Juni 2025 (Xinhuanet) --",
    # "(Yicai) June 17 --", "Moscow, 5 March 2025 —", "Almaty. December 18. Silkroadnews -"
    # "ISLAMABAD, (UrduPoint / Pakistan Point News - 31st May, 2024)": the outlet and the date in brackets
    rf"|(?:{_PLACE}[,.]\s+)?(?:\((?P<psrc>[^()\n]{{2,40}})\)\s+|\((?P<bsrc>[^()\n]{{2,60}}?)\s+[-–]\s+)?"
    rf"(?:(?P<pmon>{_MONTH})\.?\s+(?P<pd>[0-3]?\d)|(?P<pd2>[0-3]?\d)(?:st|nd|rd|th)?\.?\s+(?P<pmon2>{_MONTH}))"
    rf"(?:,?\s+(?P<py>(?:19|20)\d{{2}}))?"
    rf"(?(bsrc)\s*\)|(?:\s+\((?P<psrc2>[^()\n]{{2,40}})\))?{_PLACE_END}(?:,[^\S\n]*(?P<psrc3>[{_UP}][\w.-]+)(?=[^\S\n]*\n))?))"
)
_WEEKDAYS = frozenset(_en.WEEKDAYS) | frozenset(_de.WEEKDAYS)
# "Islamabad", "New Delhi,", "BEIJING, Sep 9" (the wire's day before its credit in brackets)
_PLACE_ONLY = _Regex(rf"[{_UP}][\w.-]*(?:[^\S\n]+[{_UP}][\w.-]*)?,?(?:[^\S\n]+[{_UP}][a-z]{{2,3}}\.?[^\S\n]+\d{{1,2}})?")


def _iso(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


_RECENT_MONTHS = 3  # a dated period up to a quarter before a year-less dateline fixes its year
_RECENT_DAYS = 31  # an event's day up to a month before it
# "As of October 1, 2006", "Stand 1. Oktober": the day data were counted to is a period's end
_AS_OF_BEFORE = re.compile(r"\b(?:as\s+of|Stand(?:\s+(?:vom|zum))?|zum\s+Stichtag)[^\S\n]+\Z", re.IGNORECASE)


# Words of a time ahead: a date in their sentence is a plan's or a target's, no time a report tells of
_AHEAD = re.compile(r"\b(?:will|shall|expected|expects|plans?|aims?|soll|sollen|sollte|sollten|wird|werden|geplant|"
                    r"erwartet|plant|planen)\b", re.IGNORECASE)


def _year_of(text: str, month: int, day: int, skip: list[tuple[int, int]]) -> int | None:
    """The year a dateline without one means ("TIANJIN, June 30 (Xinhua)"), from the dates the
    text gives with a year: the one that places the dateline up to three months after a dated
    mention of a period ("in the first five months of 2025" before "June 17" → 2025;
    "January-November 2025" before "27 January" → 2026; "As of October 1, 2006" before "January
    16" → 2007), or up to a month after an event's day
    ("December 1, 2024" before "December 5"), not in a sentence of a time ahead ("Am 1. Januar 2026
    sollten wir … erreichen" under "21. Januar"). None when no mention fixes it or two disagree: a
    bare year ("in 2015", "by 2025"), an event's day further back ("On May 17, 2023, … signed",
    told as history in a 2024 report under "July 30"), a date after the dateline ("on 20 November
    2019" before "August 28") and a photo caption's date ([`skip`]) never do. A dated mention of the dateline's own
    day ("as of December 2, 2025") fixes it whatever else the text dates."""
    from ..textutil import sentence_around, sentence_bounds
    from .dates import find_dates  # here: only a dateline without a year needs them

    years: set[int] = set()
    sentences: list[tuple[int, int]] | None = None  # read once, when a dated mention needs its sentence
    same_day: set[int] = set()  # "as of December 2, 2025" under "ASTANA, December 2.": the day restated
    for found in find_dates(text):
        if found.precision not in ("day", "month") or any(s <= found.start < e for s, e in skip):
            continue
        if sentences is None:
            sentences = sentence_bounds(text)
        if _AHEAD.search(text, *sentence_around(sentences, found.start, found.end)):
            continue  # "Am 1. Januar 2026 sollten wir die volle Kapazität erreichen": a time ahead, no report's
        if found.precision == "day" and found.end_date is None and int(found.date[5:7]) == month \
                and int(found.date[8:10]) == day:
            same_day.add(int(found.date[:4]))
        last = found.end_date or found.date
        year, last_month = int(last[:4]), int(last[5:7])
        for candidate in (year, year + 1):
            if found.precision == "day" and not _AS_OF_BEFORE.search(text, max(0, found.start - 24), found.start):
                # an event's day fixes the year only within a month before the dateline ("vom 30.
                # September bis 1. Oktober 2024" under "1. Oktober"); "On May 17, 2023, Russia and
                # Iran signed …" is often history told in a later year
                dateline = _iso(candidate, month, day)
                recent = dateline is not None and 0 <= (datetime.date.fromisoformat(dateline)
                                                        - datetime.date.fromisoformat(last[:10])).days <= _RECENT_DAYS
            else:
                gap = (candidate - year) * 12 + month - last_month
                recent = 0 <= gap <= _RECENT_MONTHS and _iso(candidate, month, day) is not None
            if recent:
                years.add(candidate)
                break
    if len(same_day) == 1:
        return same_day.pop()
    return years.pop() if len(years) == 1 else None


def find_dateline(text: str) -> FoundDateline | None:
    """The first dateline in the head of `text`, or None. A line-start anchor is not required
    ("Xinhua | German.news.cn 2025-06-17 16:46:03"), but the line must carry little else: a
    date inside a sentence ("on June 15 the customs said") is an event date, not a dateline,
    and one in a photo caption dates the picture."""
    if not isinstance(text, str):
        return None
    return next(_datelines(text), None)


def _datelines(text: str) -> Iterator[FoundDateline]:
    """Every dateline in the head of `text`, in order (`find_dateline` takes the first): a page
    may carry two ("Published April 29, 2025" and "ISLAMABAD, (UrduPoint … - 29th Apr, 2025)"),
    and no actor is found in either."""
    head_end = _head_end(text)
    for m in _DATELINE.finditer(text, 0, max(head_end, min(len(text), _HEAD_CHARS))):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        before = text[line_start : m.start()].strip()
        after = text[m.end() : len(text) if line_end < 0 else line_end].strip()
        lead = m.group("lead") or _LEAD_ONLY.fullmatch(before)  # "Zuletzt aktualisiert am 12.03.2025"
        if m.end() > head_end and not lead and not (m.group("place") and (m.group("psrc") or m.group("psrc2")) and not before):
            continue  # below the head only a date that says it is the page's ("(last modified …)") is one,
            # or a line opening with a place, a date and the agency ("MOSKAU, 17. Dezember (RIA Novosti).")
            # below a teaser
        # "16. Januar 2025Trotz steigender …": a date element and the first paragraph run together
        # where a page's text was taken out of its markup; no sentence writes a word onto a year.
        glued = not before and _GLUED.match(text, m.end() - 1) is not None
        # "… in Russland bleiben 01.01.2026, 03:31 Uhr von dpa": a date with its time of day is a
        # page's stamp, wherever the headline before it ends; a sentence dates events by the day
        stamped = bool(m.group("ntime") or m.group("itime") or m.group("time2")) and _STAMP_AFTER.match(after)
        in_sentence = not glued and ((not lead and not stamped and _SENTENCE_WORD.search(before)) or _SENTENCE_GOES_ON.match(after) or (
            len(after) > 60 and not _DATELINE_END.match(after) and _SENTENCE_WORD.search(after)))
        placed = m.group("bsrc") and (not before or _PLACE_ONLY.fullmatch(before))  # "Islamabad (UrduPoint / … - 7th April, 2021)"
        if in_sentence and not m.group("place") and not m.group("psrc") and not placed and not lead:
            continue  # "the customs said on June 15, 2025 that …" dates an event, not the article
        if m.group("place") and m.group("place").lower() in _WEEKDAYS:
            continue  # "Thursday, June 30 –": a weekday, not a place
        if _EVENT_LABEL.fullmatch(before.rstrip(":").strip()) or _EVENT_LABEL.fullmatch(_line_before(text, line_start)):
            continue  # "Beginn\n27.02.2024 · 09:00", "Ende: 28.02.2024": when an event begins or ends
        if not (lead or _named(m)):
            if _below_sentence(text, line_start):
                continue  # "Moscow, 5 March 2025 —" below a sentence of the story is no dateline
            if _CAPTION.search(text, line_start, len(text) if line_end < 0 else line_end):
                continue  # "Tianjin, 5. August 2025 (Foto: Xinhua)" dates a picture
        found = _dateline(text, m)
        if found is not None:
            yield found


# Labels of an event's time on an event page ("Beginn", "Ende", "Termin", "Event date"): the date
# under or after one is when the event takes place, not when the page was published.
_EVENT_LABEL = _Regex(r"(?i:beginn|ende|start|end|termin|event\s+date|veranstaltungsbeginn|veranstaltungsende"
                      r"|veranstaltungsdatum|starts|ends|begins)")  # not "Datum"/"Date": a page's own date has those


def _line_before(text: str, line_start: int) -> str:
    """The last non-empty line above `line_start`, stripped of white space and a closing colon."""
    for line in reversed(text[max(0, line_start - 200) : line_start].splitlines()):
        if line.strip():
            return line.strip().rstrip(":").strip()
    return ""


def _named(m: re.Match[str]) -> bool:
    """Whether a dateline names itself so ("Published:", an upper-case place, an agency, a source
    before "|") that it is one even below a sentence; a bare date or a capitalised word before one
    ("Moscow, 5 March 2025") is one only above the story's first sentence."""
    place = m.group("place")
    return bool(m.group("lead") or (place and place.isupper()) or m.group("psrc") or m.group("psrc2") or m.group("psrc3")
                or m.group("bsrc") or m.group("nsrc") or m.group("isrc"))


def _below_sentence(text: str, line_start: int) -> bool:
    """Whether a line of the story (six words or more, ending in a full stop, question or
    exclamation mark) stands above `line_start`."""
    return any(len(line.split()) >= 6 and line.rstrip().rstrip('"”»').endswith((".", "!", "?"))
               for line in text[:line_start].splitlines())


# What may follow a page's time stamp: nothing, "Uhr", a credit ("von dpa", "| Xinhua").
_STAMP_AFTER = _Regex(r"(?:Uhr\b)?\s*(?:$|[|·]|von\s|by\s|By\s|Von\s)")
# A lower-case word of four letters or more before a date: it stands in a sentence.
_SENTENCE_WORD = _Regex(r"\b[a-zäöüß]{4,}\b")
# A date followed by a lower-case word and more: "5 March 2025 the ministry said …"
_SENTENCE_GOES_ON = _Regex(r"[a-zäöüß]{2,}[^\S\n]+\S+[^\S\n]+\S")
# A year's last digit with a capitalised word written onto it ("2025Trotz").
_GLUED = _Regex(rf"\d[{_UP}][{_LOW}]")
_DATELINE_END = _Regex(r"(?:--|–|—|-\s|\||By\b|Von\b|\(|/[\w-]+/)")


def _head_end(text: str) -> int:
    """Where the head of an article ends: after its first few non-empty lines, or after its first
    paragraph of body text (a dateline precedes the body or opens it; a date below it belongs
    to something else, such as a list of related stories)."""
    seen = 0
    at = 0
    limit = min(len(text), _HEAD_CHARS)
    while at < limit and seen < _HEAD_LINES:
        end = text.find("\n", at, limit)
        end = limit if end < 0 else end
        seen += bool(text[at:end].strip())
        if end - at > _BODY_LINE:
            return end
        at = end + 1
    return min(at, limit)


def _dateline(text: str, m: re.Match[str]) -> FoundDateline | None:
    g = m.groupdict()
    if g["mon"] or g["mon3"]:
        published = _iso(int(g["y"]), _MONTHS[(g["mon"] or g["mon3"]).lower()], int(g["d"] or g["d3"]))
        return _line(m, published, g["time"] or g["time2"], None, None)
    if g["iy"]:
        published = _iso(int(g["iy"]), int(g["im"]), int(g["id"]))
        return _line(m, published, g["itime"], None, g["isrc"])
    if g["nd"]:
        if g["nsep"] == "-" and len(g["ny"]) != 4:
            return None  # "08-06-10" may be a code or a range; a hyphenated date writes its year whole
        year = int(g["ny"]) + (2000 if len(g["ny"]) == 2 else 0)
        published = _iso(year, int(g["nm"]), int(g["nd"]))
        return _line(m, published, g["ntime"], None, g["nsrc"]) if published else None
    if not (g["psrc"] or g["psrc2"] or g["psrc3"] or g["bsrc"] or g["place"]):
        return None  # "June 30 --" alone is too little to be a dateline
    month = _MONTHS[(g["pmon"] or g["pmon2"]).lower()]
    day = int(g["pd"] or g["pd2"])
    written = int(g["py"]) if g["py"] else _year_of(text, month, day, [*caption_spans(text), (m.start(), m.end())])
    source = (g["psrc"] or g["psrc2"] or g["psrc3"] or g["bsrc"] or "").strip() or None
    return _line(m, _iso(written, month, day), None, g["place"], source)


def _line(m: re.Match[str], published: str | None, time: str | None, place: str | None,
          source: str | None) -> FoundDateline:
    return FoundDateline(m.start(), m.end(), m.group(), published, time, place, source)


# --- credits ------------------------------------------------------------------------------------

_CREDIT_WORD = "|".join(sorted({w.capitalize() for w in _en.CREDIT_WORDS | _de.CREDIT_WORDS} - {"By", "Von"}))
_CREDIT_WORD_LOWER = "|".join(sorted({w.lower() for w in _en.CREDIT_WORDS | _de.CREDIT_WORDS} - {"by", "von"}))
_CLOCK = r"[0-2]?\d:[0-5]\d(?!\d)"  # a time of day after a byline's agency
# The alternatives of the credit pattern, in order (the first that matches at a place wins), each
# by the name of its first group.
# A person's name in a line of authors: two or three capitalised words ("Oliver Müller").
_OUTLET_WORD = rf"[{_UP}][\w'’&-]*(?:\.[\w'’&-]+)*"  # "Dawn", "Chinadaily.com.cn", not a closing full stop
_AUTHOR = rf"[{_UP}][\w'’-]+(?:[^\S\n]+[{_UP}][\w'’-]+){{1,2}}"
# What a wire's staff line names each task with: reporting and writing, whose names are the authors,
# and editing
_STAFF_AUTHOR_WORDS = ("Additional reporting", "Reporting", "Writing", "Berichte", "Berichterstattung", "Schreiben")
_STAFF_WORDS = (*_STAFF_AUTHOR_WORDS, "Editing", "Redaktion", "Bearbeitung", "Web editor", "Editor")
_STAFF_WORD = "(?:" + "|".join(_STAFF_WORDS) + ")"
_STAFF_TASK = re.compile(rf"(?:(?i:(?P<task>{_STAFF_WORD}))(?:[^\S\n]+(?:by|von|durch)|:)|\A(?P<by>By))[^\S\n]+(?P<names>[^;.]*?)"
                         rf"(?=[;.]|,[^\S\n]*(?i:{_STAFF_WORD})\b|\Z)")
_NEWSROOM = re.compile(r"(?i:\b(?:newsroom|desk|staff|team|agencies)\b)")
_CREDIT_ALTERNATIVES: tuple[tuple[str, str], ...] = (
    # "[Photo/Xinhua]", "[Foto: Xinhua]"
    ("bracket",
        rf"\[(?:{_CREDIT_WORD})\s*[/:]\s*(?P<bracket>[^\]\n]{{1,60}})\]"),
    # "(Photo/Xinhua)", "(Foto: Xinhua)": the same in round brackets, as People's Daily writes it;
    # "(Foto von Chen Qian/Xinhua)", "(Photo by Li Xin/Xinhua)"
    ("paren",
        rf"\((?:{_CREDIT_WORD})(?:\s*[/:]\s*|[^\S\n]+(?:von|by)[^\S\n]+)(?P<paren>[^)\n]{{1,60}})\)"),
    # "(14. Juli 2025, Xinhua)", "(July 14, 2025, Xinhua)": a caption's date and its agency
    ("dated",
        rf"\((?:\d{{1,2}}\.?\s*(?:{_MONTH})\.?\s+\d{{4}}|(?:{_MONTH})\.?\s+\d{{1,2}},?\s+\d{{4}}),\s*"
        rf"(?P<dated>[{_UP}][\w.-]{{1,30}})\)"),
    # "Photo: Marcus Brandt/dpa", "Image: picture-alliance/dpa", "Quelle: Xinhua Silk Road Information Service (ots)"
    ("word",
        rf"(?<![\w-])(?P<word>{_CREDIT_WORD}):[^\S\n]*(?P<line>[^\n]{{1,120}})"),
    # "source: commonspace.eu with agencies", "photo: The Astana Times": lower case only opening a line
    ("lower_word",
        rf"(?m:^)[^\S\n]*(?P<lower_word>{_CREDIT_WORD_LOWER}):[^\S\n]*(?P<lower_line>[^\n]{{1,120}})"),
    # "© Bazuki Muhammad / Reuters": a copyright line
    ("copyright",
        r"©[^\S\n]*(?P<copyright>[^\n]{1,120})"),
    # "…, Furqat Sidiqov said, Trend reports.": the wire's attribution closing a sentence; also "as
    # Trend reports via …" and one closing a line without a full stop
    ("reports",
        rf"(?:(?<=,)|(?<=\bas))[^\S\n]+(?P<reports>[{_UP}][\w.-]{{1,30}}(?:[^\S\n][{_UP}][\w.-]{{1,30}})?)"
        rf"[^\S\n]+reports(?P<reports_end>\.(?=\s|$)|(?![\w-]))"),
    # "(Xinhua)", "(ots)" after a source line or at a dateline: an agency in brackets, followed by a dash
    # ("(dpa-AFX)": a lower-case agency may carry a service after a hyphen; "(AFP/REUTERS)": two agencies)
    ("agency",
        rf"\((?P<agency>[{_UP}][\w.-]{{1,30}}(?:(?:/[{_UP}][\w.-]{{1,30}}){{1,3}}|(?:[^\S\n]+(?:of|for|and|&|[{_UP}][\w.-]{{0,30}})){{0,4}})"
        rf"|(?:ots|dpa|epd|kna|sda|apa)(?:-[{_UP}]{{2,5}})?)\)(?=\s*(?:--|–|—|-\s|$|{_CLOCK})|\.[^\S\n]+[{_UP}])"),
    # "MOSCOW, June 14. /TASS/. Russian oil exports …": the agency between slashes after the dateline
    ("slashed",
        rf"(?<=\.[^\S\n])/(?P<slashed>[{_UP}][\w.-]{{1,20}})/\.?(?=\s)"),
    # "(gemäß der Nachrichtenagentur Xinhua)", "(according to Xinhua)": a line of its own naming the source
    ("attributed",
        r"(?m:^)[^\S\n]*\((?:gemäß|laut|nach[^\S\n]+Angaben|according[^\S\n]+to|via)[^\S\n]+"
        r"(?:(?:der|dem|des|the)[^\S\n]+)?(?P<attributed>[^()\n]{2,60}?)\)[^\S\n]*(?=\n|\Z)"),
    # "(Reporting by Yilei Sun and Tony Munroe; Editing by Christopher Cushing)", "(Berichte von Maria
    # Gordeeva; Schreiben von Felix Light; Bearbeitung von Mark Potter)", "(Berichterstattung durch Siddhi
    # Nayak; Bearbeitung durch Clelia Oziel)", "(Web editor: Zhang Kaiwei, Liang
    # Jun)": a wire's staff line closing an article, in brackets or opening a line of its own
    ("staff",
        rf"(?:\((?={_STAFF_WORD}|By[^\S\n])|(?m:^)[^\S\n]*)(?P<staff>(?:{_STAFF_WORD}(?:[^\S\n]+(?:by|von|durch)|:)|(?<=\()By)[^\S\n]+"
        rf"[{_UP}][^()\n]{{0,300}}?)(?:\)|(?m:$))"),
    # "Xinhua) 09:35, July 01, 2025": a byline's agency and time opening a line whose "(" a page lost
    ("agency_cut",
        rf"(?m:^)[^\S\n]*(?P<agency_cut>[{_UP}][\w.-]{{1,30}})\)(?=[^\S\n]+{_CLOCK})"),
    # "Exports rose, the company said. – Reuters": one name after a dash, closing a line whose
    # sentence has ended (a dash inside a sentence, "the winner – Tesla", is no credit)
    ("closing",
        rf"(?m:(?<=[.!?\"”»])[^\S\n]+[–—-][^\S\n]*(?P<closing>[{_UP}][\w.-]{{1,30}}|dpa(?:-[{_UP}]{{2,5}})?)[^\S\n]*$)"),
    # "hg/kms (dpa, AFP, Reuters)": editors' initials and the agencies, closing an article
    ("agencies",
        r"(?m:^[^\S\n]*(?:[a-z]{1,4}(?:/[a-z]{1,4})+[^\S\n]*)?\((?P<agencies>[\w.-]+(?:,[^\S\n]*[\w.-]+)+)\)[^\S\n]*$)"),
    # "China und Zentralasien … - Xinhua | German.news.cn": an outlet and its site closing a title line
    ("site",
        r"(?m:[^\S\n][-–|][^\S\n]*(?P<outlet_name>[^\n|]{2,40}?)[^\S\n]*\|[^\S\n]*(?P<site>[\w-]+(?:\.[\w-]+)+)[^\S\n]*$)"),
    # "By He Yin, People's Daily"; "By YAN DONGJIE ( Chinadaily.com.cn"; "Von Anna Müller"; "By Robb M.
    # Stewart" (a middle initial); "By Nigar
    # Guliyeva – Trend:", "By Fakhri Vakilov - Trend:", "By Khalid Kazimov -- Trend:"
    ("byline",
        rf"(?<![\w-])(?:By|BY|Von|VON|von)[^\S\n]+(?P<byline>(?:(?:[{_UP}][\w'’-]+|[{_UP}]\.)[^\S\n]+){{1,3}}?[{_UP}][\w'’-]+)"
        rf"(?=[^\S\n]*(?:[,(|/–—]|--?[^\S\n]|\n|$)|[^\S\n]+(?:and|und|&)[^\S\n]+[{_UP}])"
        rf"(?P<outlet>[^\S\n]*(?:[,(|/–—]|--?(?=[^\S\n]))[^\S\n]*[\w.'’&-]+(?:[^\S\n][\w.'’&-]+){{0,2}})?"),
    # "Based on TASS materials", "Based on reporting by Interfax and ITAR-TASS": a closing line crediting the source
    ("based",
        rf"(?m:^)[^\S\n]*Based[^\S\n]+on[^\S\n]+(?:(?P<based>[{_UP}][\w.-]+(?:[^\S\n][{_UP}][\w.-]+)?)[^\S\n]+materials"
        rf"|(?:reporting|reports|information)[^\S\n]+(?:by|from)[^\S\n]+(?P<based_by>[{_UP}][^\n]{{1,80}}?))\.?[^\S\n]*(?m:$)"),
    # "(MENAFN- AzerNews)", "MENAFN - Trend News Agency)": a syndicated page's credit of its source
    ("menafn",
        r"\(?MENAFN(?:[^\S\n]*-[^\S\n]*(?P<menafn>[^()\n]{2,60}?))?[^\S\n]*\)"),
    # "Foto von der Website iz.ru", "Photo by Reuters": a line of its own crediting a picture
    ("photo_line",
        r"(?m:^)[^\S\n]*(?:Foto|Fotos|Bild|Photo|Photos|Image|Picture)[^\S\n]+(?:von|vom|aus|by|from|via|courtesy)"
        r"[^\S\n]+(?P<photo_line>[^\n]{1,80}?)[^\S\n]*(?m:$)"),
    # "… in Nordchina, 26. April 2023. (Xinhua)": an agency in brackets closing a line after a closed
    # sentence ("… the Shanghai Cooperation Organisation (SCO)" closing a line is a name's short form)
    ("agency_line",
        rf"(?<=[.!?][^\S\n])\((?P<agency_line>[{_UP}][\w.-]{{1,30}})\)(?=[^\S\n]*\n)"),
    # "Published in The Express Tribune, August 16th, 2018.", "Erschienen in der Zeit Nr. 12": a line
    # of its own naming where the article appeared
    ("published_in",
        rf"(?m:^)[^\S\n]*(?:(?:Originally|First|Zuerst)[^\S\n]+)?(?:[Pp]ublished|[Pp]rinted|[Aa]ppeared|[Ee]rschienen|[Vv]eröffentlicht)"
        rf"[^\S\n]+in[^\S\n]+(?:(?:der|dem|the)[^\S\n]+)?(?P<published_in>{_OUTLET_WORD}(?:[^\S\n]+{_OUTLET_WORD}){{0,4}})"
        rf"(?=[^\S\n]*(?:[,.;(]|$))"),
    # "… der regionalen Wirtschaft.\n\nUzA": an agency's short name alone on the text's last line
    ("last_line",
        rf"(?m:^)[^\S\n]*(?P<last_line>[{_UP}][A-Za-z]{{1,11}}|(?i:dpa|afp|apa|sda|kna|epd))[^\S\n]*(?=\n?\s*\Z)"),
    # "pressetext.redaktion,\nThomas Pichler": a newsroom's sign-off line and its author's name below
    ("redaktion",
        rf"(?m:^)[^\S\n]*(?:[\w-]+\.)?[Rr]edaktion[,:]?[^\S\n]*\n(?:[^\S\n]*\n)?[^\S\n]*(?P<redaktion>{_AUTHOR})"
        rf"[^\S\n]*(?m:$)"),
    # "  • Joachim Dorfs und Oliver Müller": a line of authors' names after a bullet; "02.10.2024 |
    # Federico Plantera": after a page's date and a bar
    ("bullet",
        rf"(?m:^)[^\S\n]*(?:[•·]|(?:[0-3]?\d\.[01]?\d\.(?:19|20)\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d)[^\S\n]*\|)"
        rf"[^\S\n]*(?P<bullet>{_AUTHOR}(?:[^\S\n]*(?:,|und|and|&)[^\S\n]*{_AUTHOR}){{0,3}})[^\S\n]*(?m:$)"),
)
_AUTHOR_SPLIT = re.compile(r"[^\S\n]*(?:,|\bund\b|\band\b|&)[^\S\n]*")
_CREDIT_GROUPS = ("bracket", "paren", "dated", "slashed", "attributed", "agency_cut", "word", "line", "lower_word", "lower_line", "copyright", "reports", "reports_end", "agency", "closing", "agencies", "outlet_name", "site", "byline", "outlet", "bullet", "menafn", "based", "based_by", "photo_line", "agency_line", "staff", "published_in", "redaktion", "last_line")
# Words without which an alternative cannot match: one a text lacks is left out of its scan (the
# costly ones try at almost every place). The others always take part.
_CREDIT_NEEDS: dict[str, tuple[str, ...]] = {
    "word": tuple(f"{word}:" for word in _CREDIT_WORD.split("|")),
    "lower_word": tuple(f"{word}:" for word in _CREDIT_WORD_LOWER.split("|")),
    "copyright": ("©",),
    "slashed": ("/",),
    "attributed": ("(gemäß", "(laut", "(nach", "(according", "(via"),
    "reports": (" reports",),
    "agencies": ("(",),
    "site": ("|",),
    "byline": ("By", "BY", "Von", "VON", "von"),
    "bullet": ("•", "·", "|"),
    "redaktion": ("edaktion",),
    "menafn": ("MENAFN",),
    "based": ("Based on",),
    "photo_line": ("Foto ", "Fotos ", "Bild ", "Photo ", "Photos ", "Image ", "Picture "),
    "staff": (*_STAFF_WORDS, "(By "),
    "published_in": ("Published in", "Printed in", "Appeared in", "Erschienen in", "Veröffentlicht in",
                     "published in", "appeared in"),
}
_CREDIT_PATTERNS: dict[tuple[str, ...], re.Pattern[str]] = {}  # by the alternatives taking part


def _chosen_alternatives(text: str) -> tuple[str, ...]:
    """The alternatives of the credit pattern `text` can match: those it holds a needed word of."""
    return tuple(name for name, _ in _CREDIT_ALTERNATIVES
                 if name not in _CREDIT_NEEDS or any(word in text for word in _CREDIT_NEEDS[name]))


def _credit_pattern(text: str, chosen: tuple[str, ...] | None = None) -> re.Pattern[str]:
    """The credit pattern with the alternatives `text` cannot match left out (`chosen`, when the
    caller has them): the same matches, found in a shorter scan. Groups of the left-out ones stay
    defined (never matching)."""
    chosen = _chosen_alternatives(text) if chosen is None else chosen
    pattern = _CREDIT_PATTERNS.get(chosen)
    if pattern is None:
        source = "|".join(alternative for name, alternative in _CREDIT_ALTERNATIVES if name in chosen)
        defined = set(re.compile(source).groupindex)
        missing = "".join(f"(?P<{group}>)" for group in _CREDIT_GROUPS if group not in defined)
        pattern = _CREDIT_PATTERNS[chosen] = re.compile(source + (f"|(?!){missing}" if missing else ""))
    return pattern


# Where each alternative's match can begin, by what is written there: a literal it opens with, or
# the character before or after its start. Most alternatives open with a look-behind or a line
# start, which leave the engine nothing to skip ahead to: scanned over a whole text, the pattern
# is tried at every character (about a tenth of a millisecond per kilobyte). Matched only at these
# places (`matches_at`), it finds the same credits.
_OPENING_LITERALS = {"bracket": ("[",), "paren": ("(",), "dated": ("(",), "slashed": ("/",), "word": _CREDIT_NEEDS["word"], "copyright": ("©",), "agency": ("(",), "agency_line": ("(",),
                     "byline": _CREDIT_NEEDS["byline"], "menafn": ("(MENAFN", "MENAFN"), "staff": ("(",)}
_AT_LINE_START = frozenset({"lower_word", "agencies", "agency_cut", "bullet", "based", "attributed", "staff", "published_in",
                            "redaktion", "last_line"})
_CLOSING_PUNCTUATION = '.!?"”»'


def _credit_starts(text: str, chosen: tuple[str, ...]) -> list[int]:
    """Every place where one of the `chosen` alternatives of the credit pattern can match (and
    others): sorted, so the pattern matched there gives what its scan of `text` gives."""
    literals = [literal for name in chosen for literal in _OPENING_LITERALS.get(name, ())]
    starts = set(occurrences(text, literals))
    if _AT_LINE_START.intersection(chosen):
        starts.add(0)
        starts.update(at + 1 for at in occurrences(text, ("\n",)))
    if "reports" in chosen:  # white space right after a comma, or after "as"
        starts.update(at + 1 for at in occurrences(text, (",",)))
        starts.update(at + 3 for at in occurrences(text, (" as ",)))
    if "closing" in chosen or "site" in chosen:
        for dash in occurrences(text, ("-", "–", "—", "|")):
            space = dash  # "closing": the white space before a dash, after the end of a sentence
            while space > 0 and text[space - 1] != "\n" and text[space - 1].isspace():
                space -= 1
            if space == dash:
                continue
            if text[dash] != "|" and space > 0 and text[space - 1] in _CLOSING_PUNCTUATION:
                starts.add(space)
            if text[dash] != "—":
                starts.add(dash - 1)  # "site": one white space character before the dash or bar
    return sorted(starts)



_SHORT_AGENCIES = frozenset({"dpa", "afp", "apa", "sda", "kna", "epd"})
_PAGE_WORDS = frozenset({"MORE", "HOME", "NEWS", "TOP", "LIKE", "TAGS", "MENU", "BACK"})  # a page's controls


def _closes_an_article(text: str, start: int, word: str) -> bool:
    """Whether a word alone on the last line credits the article's source: an agency's short name
    ("UzA", "AKIpress"; in capitals of four letters at most, "TASS", not a page's control; a German
    agency's lower-case one) after a line whose sentence has ended."""
    mixed = sum(c.isupper() for c in word) >= 2 and any(c.islower() for c in word)  # "UzA", "AKIpress"
    capitals = word.isupper() and len(word) <= 4 and word not in _PAGE_WORDS  # "TASS", not "MORE"
    if not (mixed or capitals or word.lower() in _SHORT_AGENCIES):
        return False
    before = text[:start].rstrip()
    return bool(before) and before[-1] in _CLOSING_PUNCTUATION


def find_credits(text: str) -> list[FoundCredit]:
    """Every credit in `text`, in order. Never raises on text."""
    if not isinstance(text, str):
        return []
    found: list[FoundCredit] = []
    chosen = _chosen_alternatives(text)
    for m in matches_at(_credit_pattern(text, chosen), text, _credit_starts(text, chosen)):
        if m.group("bracket") or m.group("paren") or m.group("dated"):  # a caption's credit
            credit = m.group("bracket") or m.group("paren") or m.group("dated")
            found.append(FoundCredit(m.start(), m.end(), m.group(), "photo", credit.strip()))
        elif m.group("copyright"):
            found.append(FoundCredit(m.start(), m.end(), m.group(), "photo", m.group("copyright").strip()))
        elif m.group("reports"):
            # "Trend reports." is the wire's own only after speech it reports ("… said,"); "as Trend
            # reports", "Trend reports via …" and a line it closes are attributions as they stand
            closes_line = _LINE_END.match(text, m.end()) is not None
            if (m.group("reports_end") == "." and _ATTRIBUTED.search(text, max(0, m.start() - 40), m.start())) \
                    or (m.group("reports_end") == "" and closes_line) or text[max(0, m.start() - 2) : m.start()] == "as":
                found.append(FoundCredit(m.start(), m.end(), m.group(), "source", m.group("reports")))
        elif m.group("word") or m.group("lower_word"):
            word = (m.group("word") or m.group("lower_word")).lower()
            body = (m.group("line") or m.group("lower_line")).strip()
            if word in ("quelle", "source"):
                found.append(FoundCredit(m.start(), m.end(), m.group(), "source", " ".join(body.split())))
            else:
                found.append(FoundCredit(m.start(), m.end(), m.group(), "photo", body))
        elif m.group("agencies"):
            for agency in m.group("agencies").split(","):
                found.append(FoundCredit(m.start(), m.end(), m.group(), "source", agency.strip()))
        elif m.group("site"):
            found.append(FoundCredit(m.start(), m.end(), m.group(), "source", m.group("outlet_name").strip()))
        elif m.group("last_line"):
            if _closes_an_article(text, m.start(), m.group("last_line")):
                found.append(FoundCredit(m.start(), m.end(), m.group(), "source", m.group("last_line")))
        elif m.group("agency") or m.group("closing") or m.group("agency_cut") or m.group("agency_line"):
            name = m.group("agency") or m.group("closing") or m.group("agency_cut") or m.group("agency_line")
            if m.group("agency") and text.startswith(".", m.end()) and name.split("-")[0] not in _WIRES:
                continue  # "Neu Delhi/Augsburg (dpa). Zum …" is a wire's dateline; "the bank (ADB). It …" no credit
            for agency in name.split("/"):  # "(AFP/REUTERS)": one credit of two agencies
                found.append(FoundCredit(m.start(), m.end(), m.group(), "source", agency))
        elif m.group("staff"):
            for task in _STAFF_TASK.finditer(m.group("staff")):
                authored = task["by"] is not None or task["task"].lower() in {w.lower() for w in _STAFF_AUTHOR_WORDS}
                for name in _AUTHOR_SPLIT.split(task["names"].strip()) if authored else ():
                    if name and not _NEWSROOM.search(name):  # "Beijing Newsroom" is a desk, no author
                        found.append(FoundCredit(m.start(), m.end(), m.group(), "author", " ".join(name.split())))
            if not any(c.start == m.start() for c in found):
                found.append(FoundCredit(m.start(), m.end(), m.group(), "staff", m.group("staff")))
        elif m.group("slashed"):
            found.append(FoundCredit(m.start(), m.end(), m.group(), "source", m.group("slashed")))
        elif m.group("attributed"):
            found.append(FoundCredit(m.start(), m.end(), m.group(), "source", " ".join(m.group("attributed").split())))
        elif m.group("published_in"):
            found.append(FoundCredit(m.start(), m.end(), m.group(), "source", m.group("published_in")))
        elif m.group("based"):
            found.append(FoundCredit(m.start(), m.end(), m.group(), "source", m.group("based")))
        elif m.group("based_by"):
            for name in _AUTHOR_SPLIT.split(m.group("based_by").strip()):
                found.append(FoundCredit(m.start(), m.end(), m.group(), "source", " ".join(name.split())))
        elif m.group("menafn") is not None or m.group().lstrip("(").startswith("MENAFN"):
            name = " ".join((m.group("menafn") or "MENAFN").split())
            found.append(FoundCredit(m.start(), m.end(), m.group(), "source", name))
        elif m.group("photo_line"):
            name = _SITE_WORDS.sub("", " ".join(m.group("photo_line").split()))  # "der Website iz.ru": iz.ru
            found.append(FoundCredit(m.start(), m.end(), m.group(), "photo", name))
        elif m.group("bullet") and not _in_a_list(text, m.start(), m.end()):
            for name in _AUTHOR_SPLIT.split(m.group("bullet").strip()):
                found.append(FoundCredit(m.start(), m.end(), m.group(), "author", " ".join(name.split())))
        elif m.group("redaktion"):
            found.append(FoundCredit(m.start(), m.end(), m.group(), "author", " ".join(m.group("redaktion").split())))
        elif m.group("byline") and _is_byline(text, m):
            name = _normal_case(" ".join(m.group("byline").split()))
            more = _MORE_AUTHORS.match(text, m.end("byline"))
            if m.group().startswith("von") and not _line_of_its_own(text, m.start(), more.end() if more else m.end("byline")):
                continue  # "von Wladimir Putin unterzeichnet" on a wrapped line: words of a sentence
            if more is None:
                found.append(FoundCredit(m.start(), m.end(), m.group(), "author", name))
                continue
            # "von Alexander Busch, Heike Schwerdtfeger und Annina Reimann": the line names each author
            for author in (name, *(_normal_case(" ".join(a.split())) for a in _AUTHOR_SPLIT.split(more["more"].strip(" ,")))):
                if author:
                    found.append(FoundCredit(m.start(), more.end(), text[m.start() : more.end()], "author", author))
    return found


# The other authors of a byline that lists several, to its line's end: ", Heike Schwerdtfeger und
# Annina Reimann", " and Tony Munroe"
_MORE_AUTHORS = _Regex(rf"(?P<more>(?:[^\S\n]*,[^\S\n]*{_AUTHOR})*[^\S\n]*,?[^\S\n]+(?:und|and|&)[^\S\n]+{_AUTHOR})[^\S\n]*(?=\n|\Z)")


def _line_of_its_own(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a paragraph of one line: a blank line (or the text's start)
    before it, its line's end after it."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and (line_start == 0 or text[max(0, line_start - 2) : line_start] == "\n\n") \
        and _LINE_END.match(text, end) is not None


def _in_a_list(text: str, start: int, end: int) -> bool:
    """Whether the bullet line text[start:end] is an item of a list: the line before or after it
    opens with a bullet too ("• Kanat Akischew, Mercur Auto" among the members elected, each with
    the company). A byline stands alone under its bullet."""
    line = text.rfind("\n", 0, start) + 1
    lines = [text.rfind("\n", 0, line - 1) + 1] if line > 0 else []  # the line before
    after = text.find("\n", end)
    if after >= 0:
        lines.append(after + 1)
    return any(_BULLET_LINE.match(text, at) is not None for at in lines)


_BULLET_LINE = _Regex(r"[^\S\n]*[•·]")
_LINE_END = _Regex(r"[^\S\n]*(?:\n|\Z)")
_SITE_WORDS = re.compile(r"^(?:(?:der|dem|the)\s+)?(?:Website|Webseite|Seite|website|site)\s+")
# What "…, Trend reports." closes: a clause that reports speech ("… said,").
_ATTRIBUTED = _Regex(r"\b(?:said|says|noted|added|stated|told[^\S\n]+\w+|announced|reported)[^\S\n]*,\Z")


def _is_byline(text: str, m: re.Match[str]) -> bool:
    """A byline stands at a line's start or after a date and time, never inside a sentence."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    before = text[line_start : m.start()].strip()
    return not before or before[-1].isdigit()


def _normal_case(name: str) -> str:
    if name.upper() != name:
        return name
    return " ".join("-".join(p.capitalize() for p in word.split("-")) for word in name.split())


# --- together -----------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _scan(text: str) -> tuple[FoundDateline | None, tuple[FoundCredit, ...]]:
    """The dateline and credits of one text, found once for the loader and the entity finder."""
    return find_dateline(text), tuple(find_credits(text))


def article_metadata(text: str) -> ArticleMetadata:
    """`published`, `time`, `source` and `authors` as the article's own words give them."""
    dateline, credits = _scan(text)
    source = dateline.source if dateline is not None and dateline.source else None
    if source is None:
        first = next((c for c in credits if c.kind == "source"), None)
        if first is not None:  # "(dpa, AFP, Reuters)" is one credit of three agencies
            source = ", ".join(c.name for c in credits if c.kind == "source" and c.start == first.start)
    authors = tuple(dict.fromkeys(c.name for c in credits if c.kind == "author"))
    if dateline is None:
        return ArticleMetadata(None, None, source, authors)
    return ArticleMetadata(dateline.published, dateline.time, source, authors)


# A picture credit in capitals closing a caption line, as China Daily writes it: "… in Tianjin on
# July 11. TONG YU/CHINA NEWS SERVICE", "ZHANG WEI/FOR CHINA DAILY": the photographer and the outlet.
_CAPS_PHOTO_CREDIT = _Regex(rf"(?<=[.!?)][^\S\n])[{_UP}][{_UP}'’-]+(?:[^\S\n][{_UP}][{_UP}'’-]+){{0,3}}"
                            rf"/(?:FOR[^\S\n])?[{_UP}][{_UP}.&'’-]*(?:[^\S\n][{_UP}][{_UP}.&'’-]*){{0,4}}[^\S\n]*$"
                            # "… in Gwadar, Balochistan. PHOTO: REUTERS"
                            rf"|\b(?:FILE[^\S\n])?(?:PHOTO|PHOTOS|FOTO):[^\S\n]*[{_UP}][{_UP}.&'’/ -]{{1,40}}$",
                            re.MULTILINE)


# "… in Hannover. // Novastan, UZ Daily": the outlets a translated report came from, after two
# slashes closing its last line
_SOURCE_NAME = rf"[{_UP}][\w.-]*(?:[^\S\n]+[{_UP}][\w.-]*){{0,3}}"
_SOURCES_AFTER_SLASHES = _Regex(rf"(?<=[.!?\"“”])[^\S\n]*//[^\S\n]*(?P<names>{_SOURCE_NAME}(?:,[^\S\n]*{_SOURCE_NAME}){{0,4}})"
                                rf"[^\S\n]*$", re.MULTILINE)


# A picture credit on a line of its own in mixed case, the photographer and the agency: "Vladimir
# Smirnov/RIA Novosti", "Marcus Brandt/dpa" (the capitals' form is `_CAPS_PHOTO_CREDIT`)
_PHOTOGRAPHER_LINE = _Regex(rf"^[^\S\n]*{_AUTHOR}[^\S\n]*/[^\S\n]*(?:[{_UP}][\w.&-]*|dpa|picture[^\S\n]alliance)"
                            rf"(?:[^\S\n]+[{_UP}][\w.&-]*){{0,3}}[^\S\n]*$", re.MULTILINE)
# A German agency's short name closing a caption, after its sentence: "… wurde in Weißrussland
# festgenommen. dpa"
_CLOSING_AGENCIES = ("dpa", "afp", "AFP", "apa", "APA", "sda", "kna", "epd", "Reuters", "REUTERS")
# Wires whose name in brackets closes a dateline with a full stop: "Neu Delhi/Augsburg (dpa). Zum …"
_WIRES = frozenset({*_CLOSING_AGENCIES, "ots", "AP", "Xinhua", "TASS", "Interfax", "IANS", "PTI", "ANI", "APP", "IRNA"})
_CAPTION_AGENCY = rf"(?<=[.!?\"”»][^\S\n])(?:{'|'.join(_CLOSING_AGENCIES)})(?:-[{_UP}]{{2,5}})?[^\S\n]*$"
_CLOSING_AGENCY = _Regex(_CAPTION_AGENCY, re.MULTILINE)
# A photographer after an agency in brackets: "(Xinhua/Wu Zhuang)", "(Reuters/Maxim Shemetov)".
_AGENCY_SLASH_NAME = _Regex(rf"\((?:Xinhua|Reuters|AFP|AP|EPA|dpa|TASS|Sputnik|IANS|PTI|ANI|CNS|VCG|IC|Getty|Kyodo|Yonhap|"
                            rf"RIA|Anadolu|Imago|imago)[^\S\n]*/[^\S\n]*{_AUTHOR}\)")
# The author signing off on the text's last line: "Nasiba Ziyodullayeva, UzA".
_SIGNED_LAST_LINE = _Regex(rf"(?m:^)[^\S\n]*(?P<author>{_AUTHOR}),[^\S\n]*[{_UP}][\w.'’&-]*(?:[^\S\n][\w.'’&-]+){{0,3}}"
                           rf"[^\S\n]*\s*\Z")
_SIGN_OFF_REACH = 120
# An author's note: "Sergey Kwan has worked for The Times of Central Asia as a journalist, translator …"
_AUTHOR_BIO_LINE = _Regex(rf"(?m:^)[^\S\n]*(?P<author>{_AUTHOR})[^\S\n]+(?:has|had)[^\S\n]+(?:worked|written|reported|been)"
                          rf"[^\n]{{0,100}}?\b(?:journalist|editor|correspondent|reporter|writer|columnist|translator)")
# A press contact closing a release: a name on its line, a title or two, then a telephone or mail line.
_PRESS_CONTACT = _Regex(rf"(?m:^)[^\S\n]*(?P<author>{_AUTHOR})[^\S\n]*\n(?:[^\S\n]*\n)?(?:[^\n]{{0,120}}\n(?:[^\S\n]*\n)?){{0,2}}"
                        rf"[^\S\n]*(?:Tel\.?|Telefon|Phone|E-Mail|Email|Fax)[^\S\n]*[:.]")


# A link to another article ("ALSO READ Govt Seeks $25 Million …", "Lesen Sie auch: …"): the line is that
# article's headline, with its own names and numbers, none of this one's.
_TEASER = re.compile(
    r"(?m)^[^\S\n]*(?:(?:ALSO[^\S\n]+READ|READ[^\S\n]+(?:ALSO|MORE)|SEE[^\S\n]+ALSO|LESEN[^\S\n]+SIE[^\S\n]+AUCH|"
    r"MEHR[^\S\n]+ZUM[^\S\n]+THEMA|Also[^\S\n]+Read|Read[^\S\n]+Also|Read[^\S\n]+More)\b"
    r"|(?:Also[^\S\n]+read|Read[^\S\n]+also|Read[^\S\n]+more|See[^\S\n]+also|Related(?:[^\S\n]+(?:[Nn]ews|[Ss]tories|[Aa]rticles))?|"
    r"RELATED(?:[^\S\n]+(?:NEWS|STORIES|ARTICLES))?|Lesen[^\S\n]+Sie[^\S\n]+(?:auch|mehr)|Mehr[^\S\n]+zum[^\S\n]+Thema|"
    r"Auch[^\S\n]+interessant|Siehe[^\S\n]+auch)[^\S\n]*[:|»>])(?P<headline>.*)$")


def teaser_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line that links to another article ("ALSO READ …", "Lesen Sie auch:
    …"): its names and numbers are that article's."""
    return [m.span() for m in _teasers(text)]


def _teasers(text: str) -> list[re.Match[str]]:
    """The matches of `_TEASER` in text; none scanned for where no word of one occurs."""
    if "ead" not in text and "EAD" not in text and "uch" not in text and "UCH" not in text \
            and "lso" not in text and "LSO" not in text and "ela" not in text and "ELA" not in text \
            and "hema" not in text and "HEMA" not in text and "nteressant" not in text:
        return []
    return list(_TEASER.finditer(text))


def credit_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every credit, every dateline and the words that open a line linking to
    another article ("ALSO READ", `teaser_lines`): words no actor may be found in. The linked
    headline's own names are names the article shows its readers, and stay."""
    dateline, credits = _scan(text)
    spans = [(c.start, c.end) for c in credits]
    spans += [(m.start(), m.start("headline")) for m in _teasers(text)]
    if "/" in text:
        spans += [m.span() for m in _AGENCY_SLASH_NAME.finditer(text)]
    if (signed := _SIGNED_LAST_LINE.search(text, max(0, len(text) - _SIGN_OFF_REACH))) is not None:
        spans.append(signed.span("author"))
    if " has " in text or " had " in text:
        for bio in _AUTHOR_BIO_LINE.finditer(text):
            spans.append(bio.span("author"))  # "Sergey Kwan has worked for … as a journalist"
            name = re.escape(bio["author"])  # and the name alone on a line of its own above it
            spans += [m.span() for m in re.finditer(rf"(?m)^[^\S\n]*{name}[^\S\n]*$", text[:bio.start()])]
    if "Tel" in text or "Phone" in text or "E-Mail" in text or "Email" in text:
        spans += [m.span() for m in _PRESS_CONTACT.finditer(text)]  # the name and its titles
    if "/" in text or "PHOTO" in text or "FOTO" in text:
        spans += [m.span() for m in _CAPS_PHOTO_CREDIT.finditer(text)]
    if "//" in text:
        spans += [m.span("names") for m in _SOURCES_AFTER_SLASHES.finditer(text)]
    if "/" in text:
        spans += [m.span() for m in _PHOTOGRAPHER_LINE.finditer(text)]
    if any(agency in text for agency in _CLOSING_AGENCIES):
        spans += [m.span() for m in _CLOSING_AGENCY.finditer(text)]
    if dateline is not None:
        spans += [(d.start, d.end) for d in _datelines(text)]
    return sorted(spans)


# A caption describes a picture: "A drone photo taken on Aug 5, 2025 shows …", "Das Foto zeigt …",
# or ends in a picture credit: "… [Photo/Xinhua]", "… (5. August 2025, Xinhua)", "… (Foto: Li/Xinhua)".
_CAPTION = _Regex(
    r"(?i:\b(?:photo|picture|image|foto|bild|aufnahme)s?\b[^.\n]{0,80}?\b(?:taken|shows|showing|"
    r"aufgenommen|zeigt)\b)"
    rf"|\((?:[^()\n]{{0,40}}\d{{4}}),[^\S\n]*[{_UP}][\w.-]+\)[^\S\n]*$"
    r"|\[(?i:photo|foto)[^\]\n]*\][^\S\n]*$"
    # "… 22. Februar 2025. (Foto: Li Yunsheng/Xinhua)", "… Feb. 22, 2025. (Photo by Li/Xinhua)",
    # "… 27. Februar 2024. (Xinhua/Xu Yu)": a picture credit in brackets closing the line
    rf"|\((?:Photo|Foto|Bild)\b[^()\n]{{0,60}}\)[^\S\n]*$"
    rf"|\([{_UP}][\w.-]+/[{_UP}][\w'-]+(?:[^\S\n][{_UP}][\w'-]+){{1,3}}\)[^\S\n]*$"
    # "… in Nordchina, 26. April 2023. (Xinhua)": a dated line closed by an agency in brackets
    rf"|\b(?:19|20)\d{{2}}\.[^\S\n]*\([{_UP}][\w.-]{{1,30}}\)[^\S\n]*$"
    # "… on July 11. TONG YU/CHINA NEWS SERVICE": a picture credit in capitals closing the line
    rf"|(?<=[.!?)][^\S\n])[{_UP}][{_UP}'’-]+(?:[^\S\n][{_UP}][{_UP}'’-]+){{0,3}}/(?:FOR[^\S\n])?[{_UP}][{_UP}.&'’-]*"
    rf"(?:[^\S\n][{_UP}][{_UP}.&'’-]*){{0,4}}[^\S\n]*$"
    # "… wurde in Weißrussland festgenommen. dpa": an agency's short name closing the line
    rf"|{_CAPTION_AGENCY}",
    re.MULTILINE,
)


def caption_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line that is a photo caption: its dates date the picture, not an
    event the article reports."""
    spans: list[tuple[int, int]] = []
    for m in _CAPTION.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if spans and spans[-1][1] >= start:
            continue
        spans.append((start, end))
    return spans
