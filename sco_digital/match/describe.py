"""What an extracted figure states: its measure (level or change), period and subject.

`FigureDescriber` is the per-article pass the loader runs over the extractor's figures. Each
figure's measure, period and subject come from its own clause (`match.concepts`,
`extract.periods`, `match.subject`); the rules here tie it to the figures around it: a change
with no noun of its own is of the figure before ("Trade reached $245 billion, up 2.7%"), "in this
period" takes the period of the figure before, a change between two stated years spans them, the
changes of a "respectively" sentence belong in order to the levels before them, and a repeat in
one article takes what its fuller mention says (`facts.complete_repeats`). Pure functions of one
article's text, its metadata and the registries; each sentence is read once.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..extract.dates import find_dates
from ..extract.periods import period_of
from ..load.registry import Registries
from ..records import Figure
from .concepts import change_direction, is_average, is_change, matcher_for, measure_of
from .subject import names_for, subject_of


class FigureDescriber:
    """Measure, change, period and subject for the figures of one article, in text order."""

    def __init__(self, text: str, language: str | None, published: str | None, registries: Registries):
        self.text, self.language, self.published = text, language, published
        self.concepts, self.names = matcher_for(registries.concepts), names_for(registries.actors)
        # Dates, concepts and actors of each sentence with a figure, found once per sentence.
        self._sentences: dict[int, tuple[list[Any], list[Any], list[Any]]] = {}

    def describe(self, start: int, end: int, unit: str, sentence: tuple[int, int],
                 last: Figure | None) -> dict[str, str | None]:
        """The `measure`, `change`, `period` and `subject` of the number at text[start:end] in
        `sentence` (its bounds), `last` the figure extracted before it."""
        q_start, q_end = sentence
        words = self.text[q_start:q_end]
        lang = self.language
        if q_start not in self._sentences:
            self._sentences[q_start] = (find_dates(words, lang, self.published),
                                        self.concepts.find(words, 0, len(words), lang),
                                        self.names.find(words, 0, len(words)))
        dates, concepts, actors = self._sentences[q_start]
        at, to = start - q_start, end - q_start
        previous = last.measure if last and last.evidence.start == q_start else None
        # The sentence right before, in the same paragraph: "… 1.75 million TEU. That is 7 percent more."
        context = last.measure if (last and previous is None and last.evidence.end >= q_start - 3
                                   and "\n\n" not in self.text[last.evidence.end:q_start]) else None
        measure = measure_of(words, at, to, lang, self.concepts, unit, previous, context, concepts)
        changing = is_change(words, at, to, lang, unit)
        if measure is not None and changing:
            measure += ":average-change" if is_average(words, at, to) else ":change"
        period = period_of(words, at, to, lang, self.published, dates)
        if changing:
            period = span_of_change(dates, at) or period
        if period is None and last is not None and same_period_cue(words):
            period = last.period
        return {
            "measure": measure,
            "change": change_direction(words, at, to, lang) if changing else None,
            "period": period,
            "subject": subject_of(words, at, to, lang, self.names, measure, actors),
        }

    def finish(self, figures: list[Figure]) -> list[Figure]:
        """The article's figures with what their neighbours say: "respectively", repeats."""
        from ..facts import complete_repeats

        return complete_repeats(respectively(self.text, figures))

# "in this period", "im Berichtszeitraum": the period of the figure before.
_SAME_PERIOD = re.compile(r"\b(?:(?:in|during|over)\s+(?:this|that|the\s+same)\s+period|"
                          r"(?:im|in\s+diesem|im\s+gleichen|im\s+selben)\s+(?:Berichts)?zeitraum)\b", re.IGNORECASE)


_RESPECTIVELY = re.compile(r"\b(?:respective(?:ly)?|beziehungsweise|bzw\.|jeweils)", re.IGNORECASE)


def _changes(figure: Figure) -> bool:
    return (figure.measure or "").endswith(":change")


def respectively(text: str, figures: list[Figure]) -> list[Figure]:
    """"13,187 trains and 1.322 million TEU …, a 23% and 30% respective increase": the changes of
    a sentence with "respectively" belong, in order, to the levels stated just before them (in that
    sentence or the one before)."""
    out = list(figures)
    for i, f in enumerate(out):
        ev = f.evidence
        if not _changes(f) or not _RESPECTIVELY.search(text, ev.start, ev.end):
            continue
        if i and out[i - 1].evidence == ev and _changes(out[i - 1]):
            continue  # not the first change of its run
        run: list[int] = []
        for j in range(i, len(out)):  # the changes of this sentence, from here on
            if out[j].evidence != ev:
                break
            if _changes(out[j]):
                run.append(j)
        levels: list[int] = []
        for j in range(i - 1, -1, -1):  # the levels just before, within a bounded distance
            if len(levels) == len(run) or out[j].evidence.start < ev.start - 400:
                break
            measure = out[j].measure
            if measure and not _changes(out[j]) and not measure.endswith("-change"):
                levels.insert(0, j)
        if len(run) < 2 or len(levels) != len(run):
            continue
        for j, k in zip(run, levels):
            level = out[k]
            out[j] = replace(out[j], measure=f"{level.measure}:change", subject=out[j].subject or level.subject,
                             period=out[j].period or level.period)
    return out


def span_of_change(dates: list[Any], before: int) -> str | None:
    """"from 312 billion in 2013 to 674 billion in 2024, an increase of 116 percent": a change
    after two different years of its sentence spans them (``2013/2024``)."""
    years = sorted({d.date[:4] for d in dates if d.end <= before and d.end_date is None and len(d.date) == 4})
    return f"{years[0]}/{years[-1]}" if len(years) >= 2 else None


def same_period_cue(sentence: str) -> bool:
    """Whether the sentence refers to the period of the one before ("during this period")."""
    return _SAME_PERIOD.search(sentence) is not None
