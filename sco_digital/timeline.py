"""The corpus in date order: events, initiatives, dated figures and publications, each with its source.

Entries come from four places:

- every date expression in every article (`extract.dates.find_dates`, relative days resolved
  against the publication date). A date inside the sentence of a figure whose curated period
  starts on it dates that figure (kind ``figure``); a date in a sentence that names an initiative
  dates the initiative (kind ``initiative``: the one whose lexicon date agrees, else the nearest
  undated one); any other date is an ``event`` labelled with its sentence;
- initiatives with a lexicon date, once per article that names them, unless a date in that
  article already stands for them;
- figures with a curated `period` that no date in their article already stands for;
- article publication dates (kind ``publication``; the dateline as evidence where the article
  prints one, else its title).

A year inside an initiative's name ("SCO Summit 2025") names the event, it does not date one, and
a dateline equal to the publication date is that publication. Entries with the same date, end
date, article and evidence span are kept once. Curated dates (lexicon, figure periods) win over
the ones read from the text; the evidence always points at the words that carry the date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Iterable

from .errors import UsageError
from .records import Article, Evidence, Figure, Initiative
from .textutil import sentence_around, sentence_bounds

if TYPE_CHECKING:
    from .corpus import Corpus
    from .extract.dates import FoundDate


class EntryKind(str, Enum):
    INITIATIVE = "initiative"
    EVENT = "event"
    FIGURE = "figure"
    PUBLICATION = "publication"


class Precision(str, Enum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


# Order of kinds on the same date: what happened, then what was counted, then who reported it.
_KIND_ORDER = {k.value: i for i, k in enumerate(EntryKind)}
_ISO_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
LABEL_WIDTH = 140
# A date in one of an article's first lines that equals its publication date is its dateline.
_HEADER_LINES = 3


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One dated thing: `date` (ISO at `precision`), `end_date` for spans, and its source words."""

    date: str
    end_date: str | None
    precision: str
    label: str
    kind: str
    article: str
    evidence: Evidence


# ---- dates ----------------------------------------------------------------------------------------


def precision_of(iso: str) -> str:
    """`2025` -> year, `2025-08` -> month, `2025-08-28` -> day."""
    return {4: Precision.YEAR, 7: Precision.MONTH}.get(len(iso), Precision.DAY).value


def date_bounds(iso: str) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """The first and last day an ISO date of any precision covers, as comparable tuples."""
    match = _ISO_PARTIAL.match(iso.strip())
    if not match:
        raise UsageError(f"{iso!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    if (month is not None and not 1 <= month <= 12) or (day is not None and not 1 <= day <= 31):
        raise UsageError(f"{iso!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    if month is None:
        return (year, 1, 1), (year, 12, 31)
    if day is None:
        return (year, month, 1), (year, month, 31)
    return (year, month, day), (year, month, day)


def _period_dates(period: str) -> tuple[str, str | None] | None:
    """A figure's curated period (`2025-01/2025-05`, `2023/2025`, `2025-04`) as (date, end_date)."""
    start, _, end = period.partition("/")
    start, end = start.strip(), end.strip() or None
    return (start, end) if _valid(start, end) else None


# ---- building -------------------------------------------------------------------------------------


def build_timeline(corpus: "Corpus", article: str | None = None, since: str | None = None,
                   until: str | None = None) -> list[TimelineEntry]:
    """Every dated entry of the corpus (or of one article), in date order, within [since, until].

    `since`/`until` are ISO dates of any precision; an entry is kept when its span overlaps.
    Raises `UnknownId` for an unknown article and `UsageError` for a malformed date.
    """
    lower = date_bounds(since)[0] if since else None
    upper = date_bounds(until)[1] if until else None
    articles = [corpus.article(article)] if article is not None else list(corpus.articles)
    wanted = {a.id for a in articles}
    # Group records by article once: a large corpus must not be scanned once per article.
    figures: dict[str, list[Figure]] = {}
    for figure in corpus.figures:
        if figure.article in wanted:
            figures.setdefault(figure.article, []).append(figure)
    mentions: dict[str, list[tuple[Evidence, Initiative]]] = {}
    for initiative in corpus.initiatives:
        for mention in initiative.mentions:
            if mention.article in wanted:
                mentions.setdefault(mention.article, []).append((mention, initiative))
    entries: list[TimelineEntry] = []
    for art in articles:
        entries.extend(_ArticleDates(corpus, art, figures.get(art.id, []), mentions.get(art.id, [])).entries())
    entries = [e for e in _dedupe(entries) if _overlaps(e, lower, upper)]
    return sorted(entries, key=_sort_key)


def _overlaps(entry: TimelineEntry, lower: tuple[int, int, int] | None, upper: tuple[int, int, int] | None) -> bool:
    first = date_bounds(entry.date)[0]
    last = date_bounds(entry.end_date or entry.date)[1]
    return (lower is None or last >= lower) and (upper is None or first <= upper)


def _sort_key(entry: TimelineEntry) -> tuple[object, ...]:
    first = date_bounds(entry.date)[0]
    last = date_bounds(entry.end_date or entry.date)[1]
    return (first, last, _KIND_ORDER.get(entry.kind, 9), entry.article, entry.evidence.start)


def _dedupe(entries: Iterable[TimelineEntry]) -> list[TimelineEntry]:
    seen: set[tuple[object, ...]] = set()
    kept = []
    for entry in entries:
        key = (entry.date, entry.end_date, entry.article, entry.evidence.start, entry.evidence.end)
        if key not in seen:
            seen.add(key)
            kept.append(entry)
    return kept


class _ArticleDates:
    """The timeline entries of one article."""

    def __init__(self, corpus: "Corpus", article: Article, figures: list[Figure],
                 mentions: list[tuple[Evidence, Initiative]]):
        self.corpus = corpus
        self.article = article
        self.text = article.text
        self.bounds = sentence_bounds(self.text)
        self.figures = figures
        self.mentions = sorted(mentions, key=lambda pair: pair[0].start)
        self.initiatives = list({i.id: i for _, i in self.mentions}.values())
        self.dated_figures: set[str] = set()
        self.dated_initiatives: set[str] = set()

    def entries(self) -> list[TimelineEntry]:
        from .extract.dates import find_dates

        found_entries: list[TimelineEntry] = []
        dateline: Evidence | None = None
        read_from = self._dateline()  # the dateline `published` was read from, if it was
        header_end = self._header_end()
        from .extract.credits import caption_spans

        captions = caption_spans(self.text)  # a photo caption's date dates the picture, not an event
        for found in find_dates(self.text, self.article.language, self.article.published):
            if not _valid(found.date, found.end_date) or self._inside_initiative_name(found):
                continue
            if any(s <= found.start and found.end <= e for s, e in captions):
                continue
            if found.date == self.article.published and found.end_date is None and found.start < header_end:
                dateline = dateline or self._evidence(found)
                continue
            if read_from is not None and read_from.start <= found.start and found.end <= read_from.end:
                continue  # a part of the dateline ("08-06" of "08-06-2010") is no event
            found_entries.append(self._entry_for(found))
        dateline = dateline or read_from
        return [
            *found_entries,
            *self._initiative_entries(),
            *self._figure_entries(),
            *self._publication_entries(dateline),
        ]

    # -- date expressions in the text

    def _entry_for(self, found: "FoundDate") -> TimelineEntry:
        evidence = self._evidence(found)
        s_start, s_end = sentence_around(self.bounds, found.start, found.end)
        figures = [f for f in self.figures
                   if f.evidence.start <= found.start and found.end <= f.evidence.end and _starts_on(f, found.date)]
        if figures:
            self.dated_figures.update(f.id for f in figures)
            date, end_date = _period_dates(figures[0].period or "") or (found.date, found.end_date)
            label = "; ".join(self._figure_label(f) for f in figures)
            # A figure's entry quotes the figure's sentence, not just the date phrase in it.
            return TimelineEntry(date, end_date, precision_of(date), label, EntryKind.FIGURE.value,
                                 self.article.id, figures[0].evidence)
        initiative = self._initiative_at(found, s_start, s_end)
        if initiative is not None:
            self.dated_initiatives.add(initiative.id)
            if initiative.date == found.date:
                date, end_date = initiative.date, initiative.end_date
            else:
                date, end_date = found.date, found.end_date
            return TimelineEntry(date, end_date, precision_of(date), initiative.name, EntryKind.INITIATIVE.value,
                                 self.article.id, evidence)
        label = self._sentence_label(found, s_start, s_end)
        return TimelineEntry(found.date, found.end_date, found.precision or precision_of(found.date), label,
                             EntryKind.EVENT.value, self.article.id, evidence)

    def _initiative_at(self, found: "FoundDate", s_start: int, s_end: int) -> Initiative | None:
        """The initiative a date in this sentence belongs to: the one whose lexicon date agrees,
        else the nearest one without a date. An initiative dated otherwise is not this date's."""
        candidates = [(m, i) for m, i in self.mentions
                      if s_start <= m.start and m.end <= s_end and (m.end <= found.start or m.start >= found.end)]
        agreeing = [i for _, i in candidates if i.date == found.date]
        if agreeing:
            return agreeing[0]
        undated = [(m, i) for m, i in candidates if i.date is None]
        if not undated:
            return None
        return min(undated, key=lambda pair: _distance(pair[0], found))[1]

    def _inside_initiative_name(self, found: "FoundDate") -> bool:
        return any(m.start <= found.start and found.end <= m.end for m, _ in self.mentions)

    def _sentence_label(self, found: "FoundDate", s_start: int, s_end: int) -> str:
        # A sentence that is little more than the date (a photo credit "(5. August 2025, Xinhua)")
        # takes the sentence before it along.
        rest = (self.text[s_start:found.start] + self.text[found.end:s_end]).split()
        if len(rest) < 4:
            index = next((n for n, (a, _) in enumerate(self.bounds) if a == s_start), 0)
            if index > 0:
                s_start = self.bounds[index - 1][0]
        return trim_label(self.text[s_start:s_end], found.start - s_start, found.end - s_start)

    # -- records with curated dates

    def _initiative_entries(self) -> list[TimelineEntry]:
        entries = []
        for initiative in self.initiatives:
            if not _valid(initiative.date, initiative.end_date) or initiative.id in self.dated_initiatives:
                continue
            mention = next((m for m, i in self.mentions if i.id == initiative.id), None)
            if mention is None:
                continue
            entries.append(TimelineEntry(initiative.date, initiative.end_date, precision_of(initiative.date),
                                         initiative.name, EntryKind.INITIATIVE.value, self.article.id, mention))
        return entries

    def _figure_entries(self) -> list[TimelineEntry]:
        # Figures of one quote and one period make one entry ("nearly 300 …; 11 …").
        groups: dict[tuple[str, str | None, int, int], list[Figure]] = {}
        for figure in self.figures:
            dates = _period_dates(figure.period) if figure.period else None
            if dates is None or figure.id in self.dated_figures:
                continue
            groups.setdefault((*dates, figure.evidence.start, figure.evidence.end), []).append(figure)
        return [
            TimelineEntry(date, end_date, precision_of(date), "; ".join(self._figure_label(f) for f in figures),
                          EntryKind.FIGURE.value, self.article.id, figures[0].evidence)
            for (date, end_date, _, _), figures in groups.items()
        ]

    def _publication_entries(self, dateline: Evidence | None) -> list[TimelineEntry]:
        published = self.article.published
        if not published or not _placeable(published):
            return []
        evidence = dateline or self._title_evidence()
        source = f" ({self.article.source})" if self.article.source else ""
        label = trim_label(f"Published{source}: {self.article.title}", 0, 0)
        return [TimelineEntry(published, None, precision_of(published), label, EntryKind.PUBLICATION.value,
                              self.article.id, evidence)]

    # -- helpers

    def _figure_label(self, figure: Figure) -> str:
        from .facts import statement

        metric = self.corpus.registries.metric(figure.metric)
        return statement(figure, metric.labels.get("en") if metric else None, [figure.value])

    def _evidence(self, found: "FoundDate") -> Evidence:
        return Evidence(self.article.id, self.text[found.start:found.end], found.start, found.end)

    def _dateline(self) -> Evidence | None:
        """The dateline the article's publication date was read from ("TIANJIN, June 30 (Xinhua)",
        "08-06-2010"), when it gives that date."""
        from .extract.credits import find_dateline

        found = find_dateline(self.text)
        if found is None or found.published is None or found.published != self.article.published:
            return None
        return Evidence(self.article.id, found.text, found.start, found.end)

    def _title_evidence(self) -> Evidence:
        start = self.text.find(self.article.title) if self.article.title else -1
        if start < 0:
            # No title in the text (a curated one): the first line names the article instead.
            first = next(((a, b) for a, b in self.bounds), (0, 0))
            start, end = first
            return Evidence(self.article.id, self.text[start:end], start, end)
        end = start + len(self.article.title)
        return Evidence(self.article.id, self.text[start:end], start, end)

    def _header_end(self) -> int:
        """Offset just after the first few non-empty lines (where a dateline stands)."""
        seen = 0
        offset = 0
        for line in self.text.splitlines(keepends=True):
            offset += len(line)
            if line.strip():
                seen += 1
                if seen == _HEADER_LINES:
                    break
        return offset


def _valid(date: str | None, end_date: str | None) -> bool:
    """A lexicon date the timeline can place (a user's lexicon may hold "2025-8" or "soon")."""
    return bool(date) and _placeable(date) and (end_date is None or _placeable(end_date))


def _placeable(iso: str) -> bool:
    try:
        date_bounds(iso)
    except UsageError:
        return False
    return True


def _starts_on(figure: Figure, date: str) -> bool:
    dates = _period_dates(figure.period) if figure.period else None
    return dates is not None and dates[0] == date


def _distance(mention: Evidence, found: "FoundDate") -> int:
    return found.start - mention.end if mention.end <= found.start else mention.start - found.end


def trim_label(sentence: str, focus_start: int, focus_end: int, width: int = LABEL_WIDTH) -> str:
    """One line of at most `width` characters around sentence[focus_start:focus_end], with '…'."""
    flat = " ".join(sentence.split())
    if len(flat) <= width:
        return flat
    # Map the focus into the whitespace-collapsed text by its leading words.
    head = " ".join(sentence[:focus_start].split())
    focus = len(head) + (1 if head else 0)
    span = max(len(" ".join(sentence[focus_start:focus_end].split())), 0)
    left = max(0, min(focus - (width - span) // 2, len(flat) - width + 1))
    cut = flat[left:left + width - (1 if left else 0) - 1]
    if left:
        cut = cut.split(" ", 1)[-1] if " " in cut[:20] else cut
        cut = "…" + cut
    if left + width - 1 < len(flat):
        cut = cut.rsplit(" ", 1)[0] if " " in cut[-20:] else cut
        cut = cut.rstrip(" ,;:") + "…"
    return cut
