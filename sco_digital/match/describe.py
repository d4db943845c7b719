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
from dataclasses import dataclass, replace
from functools import cache
from typing import Any, Callable

from ..contract import RATE_UNITS, is_currency
from ..extract.dates import FoundDate, find_dates, labelled_period, month_number
from ..extract.lang import vocabulary
from ..extract.periods import (
    WRITTEN_YEAR, a_year_before, base_after, base_spans, compared_base, compared_date, fiscal_period, named_event,
    period_form, period_of, period_of_event, prior_in_brackets,
)
from ..load.registry import Registries
from ..records import Figure
from ..textutil import sentence_bounds
from .concepts import (ConceptMention, change_direction, first_listed, is_average, is_change, is_exchange_rate,
                       is_level_cue, matcher_for, measure_of, to_value_after, usable_for)
from .countries import FISCAL_YEAR_OPENS, country_of
from .subject import REGIONS, SYMMETRIC, ActorMention, ActorNames, names_for, subject_of


@dataclass(frozen=True, slots=True)
class _Sentence:
    """What one sentence says for all its figures: its words, its dates, concepts and actors
    (offsets in the sentence), the holiday it names, and whether it refers to the period of the
    one before. Its figures share the one string of its words, so what the readers remember per
    passage (clauses, concepts, lower case) is found again by identity, not by comparing text."""

    words: str
    dates: list[FoundDate]
    concepts: list[ConceptMention]
    actors: list[ActorMention]
    event: tuple[str, int] | None
    same_period: bool


_RATES_NOT_AMOUNTS = frozenset({"exchange-rate"})
# A place holding people: "China had 1.41175 billion people", "Kasachstan hat 20 Millionen Menschen"
_PEOPLE_COUNTED = frozenset({"people", "persons", "Menschen", "Personen"})
_HOLDS_BEFORE = re.compile(r"\b(?:had|has|have|is[^\S\n]+home[^\S\n]+to|was[^\S\n]+home[^\S\n]+to|hatte|hat|zählte|zählt)"
                           r"(?:[^\S\n]+(?:about|around|some|nearly|almost|roughly|over|more[^\S\n]+than|rund|etwa|"
                           r"knapp|fast|über|mehr[^\S\n]+als))?[^\S\n]+\Z")
# A statistic named only as "this figure" (or "the rate") before the number: "In 2023, this figure reached …",
# "Dieser Wert ist … gesunken" (not "the figure of …", "der Wert der Lieferungen": those name it)
_ANAPHOR = re.compile(r"\b(?:[Tt]his|[Tt]hat|[Tt]he)[^\S\n]+(?:figure|indicator|rate)\b(?![^\S\n]+(?:of|for)\b)"
                      # ("Der entsprechende Index sank im Jahresvergleich um 5,1 Prozent": the index of
                      # the statistic the sentence before named)
                      r"|\b(?:[Dd]iese[rsm]?|[Dd]er|[Dd]ie)[^\S\n]+(?:(?:entsprechende|betreffende)[^\S\n]+)?"
                      r"(?:Zahl|Wert|Indikator|Kennzahl|Quote|Rate|(?<=entsprechende[^\S\n])Index)\b"
                      r"(?![^\S\n]+(?:der|des|von|für|an)\b)"
                      # a pronoun opening the sentence before a verb of level: "Es liege bei über 60
                      # Billionen US-Dollar", "It stood at $60 trillion"
                      r"|^[^\S\n]*(?:Es|It)[^\S\n]+(?:(?:nun|jetzt|now|currently|derzeit)[^\S\n]+)?"
                      r"(?:liegt|liege|lag|beträgt|betrage|betrug|erreichte|erreicht|beläuft|belief|summierte|summiert|"
                      r"stands|stood|amounts|amounted|totals|totalled|totaled|reached|reaches)\b"
                      # or before a verb of a move: "Sie fielen um 6 Prozent", "It rose 5%"
                      r"|^[^\S\n]*(?:Es|Er|Sie|It|They)[^\S\n]+(?:stieg|stiegen|fiel|fielen|sank|sanken|wuchs|"
                      r"wuchsen|kletterte|kletterten|rose|fell|grew|declined|dropped|increased|decreased|"
                      r"climbed|jumped|slipped|rises|falls|grows)\b")
# A possessive before "number" opening what a count is of: "wuchs deren Zahl", "their number rose"
_THEIR_NUMBER = re.compile(r"\b(?:[Dd]eren|[Ii]hre|[Tt]heir|[Ii]ts)[^\S\n]+(?:Zahl|Anzahl|number|numbers)\b")
_REFERENT_REACH = 600  # characters before a sentence searched for the one before it
# A German pronoun opening a sentence, and the articles (nominative, accusative) of nouns it may stand for
_PRONOUN_DE = re.compile(r"[^\S\n]*(Es|Er|Sie)[^\S\n]")
_ARTICLES_OF = {"Es": frozenset({"das", "dieses", "ein"}), "Er": frozenset({"der", "den", "dieser", "diesen", "ein"}),
                "Sie": frozenset({"die", "diese", "eine"})}
_ARTICLE_BEFORE = re.compile(r"\b([Dd]as|[Dd]ieses|[Dd]er|[Dd]en|[Dd]iese[rn]?|[Dd]ie|[Ee]ine?)(?:[^\S\n]+[a-zäöüß][\w-]*){0,2}[^\S\n]+\Z")


# Words of a date relative to the day of publication: "this year", "im vergangenen Jahr", "heuer"
_RELATIVE_CUE = re.compile(
    r"\b(?:this|last|next|current|previous|past|coming|today|yesterday|"
    r"(?:dies|vergangen|letzt|kommend|nächst|laufend|vorig)e[mnrs]?|Vorjahr\w*|heuer|heute|gestern)\b",
    re.IGNORECASE)
_STAND_IN_DAY = "1111-06-15"  # no news figure is of that year
# the years relative words make of it ("vor zwei Jahren", "last month", "in 100 Tagen"): none of a news figure
_STAND_IN_YEARS = re.compile(r"(?<!\d)1[01]\d\d(?!\d)")
# "im vergangenen Jahr 2023": the relative words are given their year (left to `period_of`)
_YEAR_STATED = re.compile(r"\b(?:Jahr(?:es)?|year)\s+(?:19|20)\d\d\b", re.IGNORECASE)


def _absolute_own_date(words: str, dates: list[FoundDate], lo: int, hi: int, lang: str | None) -> str | None:
    """The period of a figure at words[lo:hi] of an undated article whose sentence speaks of a
    time relative to the day of publication: the date it would take were the article dated
    (`dates`: the sentence's, read against `_STAND_IN_DAY`), when that date is written out; None
    when it is the relative one ("5,1 % in diesem Jahr": whichever year that is, no other date of
    the sentence). Read so, a relative date also keeps the next number from taking a date that is
    not its own ("9 % … in diesem Jahr, das sich 2025 auf 7 % abschwächen wird": 2025 is the 7 %'s)."""
    found = period_of(words, lo, hi, lang, _STAND_IN_DAY, dates)
    return None if found is None or _STAND_IN_YEARS.search(found) else found


@cache
def _scaled() -> re.Pattern[str]:
    """A scale of a million or more in a figure's words ("$115 billion", "41,3 Millionen"), from the
    languages' scale words: no rate is written so."""
    words = sorted((w for w, v in vocabulary(None).scale_words.items() if v >= 10**6), key=len, reverse=True)
    return re.compile(rf"(?i:\b(?:{'|'.join(map(re.escape, words))})\b)")


class FigureDescriber:
    """Measure, change, period and subject for the figures of one article, in text order."""

    def __init__(self, text: str, language: str | None, published: str | None, registries: Registries):
        self.text, self.language, self.published = text, language, published
        self.concepts, self.names = matcher_for(registries.concepts), names_for(registries.actors)
        self._regions = self.names.regions_named(text)  # "Guizhou Province" once: "Guizhou’s" later is the region
        # What the words of a sentence with a figure say, read once per sentence (by its span).
        self._sentences: dict[tuple[int, int], _Sentence] = {}
        self._said: tuple[int, list[str]] | None = None  # measures found so far in the current sentence
        self._before: dict[int, str | None] = {}  # sentence start → the span the sentence before states
        self._trader: str | None = None  # the first country whose own trade a figure states
        self._country: tuple[str] | None = None  # the article's main country, once read ("" for none)
        self._flow_ends: dict[int, str] = {}  # figure start → the other end its flow names, no subject read
        # with no publication date: the dates of the current sentence read against a stand-in day
        self._unanchored: dict[tuple[int, int], list[FoundDate]] = {}

    def describe(self, start: int, end: int, unit: str, sentence: tuple[int, int],
                 last: Figure | None, other_end: int | None = None, counted: str | None = None) -> dict[str, str | None]:
        """The `measure`, `change`, `period` and `subject` of the number at text[start:end] in
        `sentence` (its bounds), `last` the figure extracted before it. `other_end` is where the
        other end of its range starts, if it is one: a range's two ends have one period, read
        for the whole range ("2024 zwischen 3,9 und 4,0 Prozent")."""
        q_start, q_end = sentence
        lang = self.language
        read = self._sentences.get(sentence)
        if read is None:
            words = self.text[q_start:q_end]
            read = self._sentences[sentence] = _Sentence(
                words, find_dates(words, lang, self.published), self.concepts.find(words, 0, len(words), lang),
                self.names.find(words, 0, len(words), self._regions), named_event(words, 0, len(words)),
                same_period_cue(words))
        words = read.words
        dates, concepts, actors = read.dates, read.concepts, read.actors
        at, to = start - q_start, end - q_start
        # The measure of a figure before it in the sentence that could be what this one is of
        # (not "five countries" for a percentage: see `measure_of`).
        previous = None
        if self._said and self._said[0] == q_start:
            previous = next((m for m in reversed(self._said[1]) if usable_for(m, unit, self.concepts)), None)
        # The sentence right before, in the same paragraph: "… 1.75 million TEU. That is 7 percent more."
        context = last.measure if (last and previous is None and last.evidence.end >= q_start - 3
                                   and "\n\n" not in self.text[last.evidence.end:q_start]
                                   and _rates_alike(last.unit, unit)) else None
        measure = measure_of(words, at, to, lang, self.concepts, unit, previous, context, concepts)
        if measure == "trade-deficit" and "budget-deficit" in self.concepts.known and self._budget_deficit(
                words, concepts, q_start + at):
            # "Der russische Bundeshaushalt … weist ein deutlich höheres Defizit auf. … Damit liegt das
            # Defizit rund 1,9 Bio. Rubel über der Planung": a deficit alone, after a government's
            # budget and no trade, is the budget's
            measure = "budget-deficit"
        elif measure == "trade-surplus" and "profit" in self.concepts.known and self._firm_surplus(
                words, concepts, actors, q_start + at):
            # "Der Überschuss des russischen Konzerns Uralkali brach … auf 397 Millionen Dollar ein": a
            # surplus alone, after a company's words and no trade's, is the company's profit
            measure = "profit"
        if measure is not None and unit not in RATE_UNITS and _PART_OF_WHOLE_AFTER.match(words, to):
            # "steuerten 112,28 Milliarden US-Dollar bzw. 96,6 Prozent des … ausländischen Kapitals bei": an
            # amount that is a part of the whole its words name, not that whole's statistic
            measure = None
        if unit == "count" and counted in _PEOPLE_COUNTED and (held := _HOLDS_BEFORE.search(words, max(0, at - 40), at)) \
                and any(held.start() - 2 <= a.end <= held.start() and country_of(words[a.start : a.end]) is not None
                        for a in actors):
            # "mainland China had 1.41175 billion people": the people a country has are its population
            # (not the "Officials" who said so)
            measure = "population"
        elif measure is not None and unit == "count" and _counts_no_concept(counted, lang, self.concepts) and (
                measure_of(words, at, to, lang, self.concepts, unit, previous, None, concepts) is None
                or self._counted_before(last, q_start, measure)):
            # "… 31 Milliarden Dollar. Kasachstan hat 12 regionale Technoparks eröffnet": a number of
            # things its own noun names, no concept among them, is no number of what the sentence
            # before measured; nor of what the number before it in its sentence counted ("20 Schulen,
            # 14 Kindergärten, 10 Hausarztpraxen")
            measure = None
        referent: tuple[str | None, str | None, str | None] = (None, None, None)
        if measure is not None and _THEIR_NUMBER.search(words, 0, at) is not None:
            # "China hat … eine Milliarde Internetnutzer. … wuchs deren Zahl in der Bevölkerung um 21,75
            # Millionen": the number of those the sentence before counted, whatever words follow
            referent = self._referent(q_start, last, lang, unit)
            measure = referent[0] or measure
        elif measure is None and _ANAPHOR.search(words, 0, at) is not None:
            # "In 2023, this figure reached a record $40 billion": the statistic the sentence before
            # named, also across a paragraph break
            referent = self._referent(q_start, last, lang, unit)
            measure = referent[0]
        if measure in _RATES_NOT_AMOUNTS and _scaled().search(self.text, start, end):
            # "At the average exchange rate, this figure equates to approximately $115 billion": an
            # amount converted at a rate is no rate; it is the concept the sentence before stated, if
            # any (its amount's: the growth rate stated beside it converts to no amount)
            measure = context.split(":", 1)[0] if context else None
        if measure is not None:
            if not self._said or self._said[0] != q_start:
                self._said = (q_start, [])
            self._said[1].append(measure)
        changing = is_change(words, at, to, lang, unit)
        if measure is not None and changing and _REVISION.search(words, max(0, at - _REVISION_REACH), to + _REVISION_REACH):
            measure = None  # "um 5,6 % im Vergleich zu den zuvor bekanntgegebenen Zahlen gestiegen": a revision of
            # the statistic, not its growth
        if measure is not None and changing:
            measure += ":average-change" if is_average(words, at, to) else ":change"
        if other_end is None:
            lo_at, hi_at = at, to
        else:  # from the first end to past the start of the second
            ends = (at, to, other_end - q_start, other_end - q_start + 1)
            lo_at, hi_at = min(ends), max(ends)
        period = period_of(words, lo_at, hi_at, lang, self.published, dates)
        if self.published is None and _RELATIVE_CUE.search(words) and not _YEAR_STATED.search(words):
            # the sentence read as if dated, keeping only dates written out
            if sentence not in self._unanchored:
                self._unanchored = {sentence: find_dates(words, lang, _STAND_IN_DAY)}  # one sentence at a time
            period = _absolute_own_date(words, self._unanchored[sentence], lo_at, hi_at, lang)
        if changing or unit == "times":  # a multiple is a change whatever verb was read (`facts.status_of`)
            period = span_of_change(dates, at, to if _FROM_AFTER.match(words, to) else None) or period
        if period is None and last is not None and (read.same_period or (
                changing and last.evidence.start == q_start and not _changes(last))):
            # "in this period"; or a change with no period of its own beside the amount before it in
            # its sentence ("erreichte 2023 20 Milliarden US-Dollar, was einem Anstieg um 32 %
            # entspricht"): the amount's.
            period = last.period
        if period is None:
            if q_start not in self._before:
                floor = last.evidence.end if last is not None else 0
                self._before[q_start] = span_before(self.text, q_start, floor, lang, self.published)
            period = self._before[q_start]
            if period is not None and _FROM_END.search(words, max(0, at - _LOOK_BEHIND), at) and _TO_END.match(words, to):
                period = None  # "stieg … von 9,06 Milliarden auf 13,7 Milliarden": the base, of a time before
            elif period is not None and compared_base(self.text, start, end):
                period = a_year_before(period)  # "… in den ersten zehn Monaten … gegenüber 14,3 Millionen vor einem Jahr"
        period = period_of_event(read.event, self.published, period) or period
        period = labelled_period(words, at, period, self.published) or period  # "(November: +0,2 Prozent)"
        if period is not None and _MONTH.fullmatch(period) and _FISCAL_YEAR_ENDED.search(words):
            # "im jüngsten Steuerjahr, das im März endete", "in the fiscal year that ended in March":
            # the twelve months up to that month, not the month
            period = _year_ending(period)
        if period is not None and _MONTH_OR_DAY.fullmatch(period):
            period = _quarter_ending(words, period)  # "for the quarter ended Dec. 31", "Quartal (Ende Dezember)"
        if last is not None and last.period and _converts(self.text, last, start, unit) and (
                period is None or _POINT.match(period)):
            # "to hit CNY286.4 billion (USD39.8 billion), …, according to data released on June 15":
            # an amount's conversion in brackets right after it is of the amount's period, unless it
            # reads a year or span of its own ("… to 687 billion som (7.85 billion USD) in 2024")
            period = last.period
        if period is None and last is not None and last.period and _reached(self.text, last, start):
            # "stieg 2023 um 26,3 Prozent (auf 240,11 Milliarden Dollar)": the level a change reached,
            # in brackets right after it, is of the change's period
            period = last.period
        if period is None and referent[2] is not None:
            period = referent[2]
        if period is not None and prior_in_brackets(self.text, start, end):
            period = a_year_before(period)  # "221,87 (236,45) Mrd. Yuan": the bracket's is last year's
        flow_end: list[str] = []  # the other end of a flow its words name alone
        # a share of exports or imports ("31 percent of Uzbek exports went to Switzerland, 18 percent to
        # Russia") has the flow's subject and other end
        whose = measure if measure is None or measure.split(":")[0] != "share" else next(
            (c.concept for c in concepts if c.concept in _FLOWS), measure)
        subject = two_sides(self.text, q_start, start, self.names, whose,
                            subject_of(words, at, to, lang, self.names, whose, actors, flow_end))
        if subject is None and referent[1] is not None:
            subject = referent[1]
        if subject is None and flow_end and last is not None and last.subject and \
                last.evidence.end >= q_start - _FLOW_REACH:
            subject = _flow_subject(last.subject, flow_end[0])
        if subject is None and "egion" in words and _THE_REGION.search(words):
            subject = self._region_before(q_start)  # "Das regionale Wachstum …", "The region is expected …"
        if subject is None and ("Landes" in words or "country" in words or "epubli" in words) and _THE_COUNTRY.search(words):
            country = self._main_country()  # "das BIP des Landes", "the country's exports to China"
            subject = _flow_subject(country, flow_end[0]) if country and flow_end and flow_end[0] != country else country
        if subject is not None and ">" not in subject and _between_parties(measure) and "ember" in words \
                and _OTHER_MEMBERS.search(words) and (group := self._group_before(q_start)) is not None \
                and group != subject:
            # "China's cross-border e-commerce imports from other member states grew by 34%", the SCO
            # named before: the members of that group are the other end
            subject = f"{subject}>{group}"
        if subject is None and flow_end:
            self._flow_ends[start] = flow_end[0]  # "Ausfuhren nach Russland": never Russia's own
        if measure is not None and measure.split(":")[0] in SYMMETRIC and subject is not None:
            if flow_end and subject == flow_end[0]:
                # trade "with" a partner alone, in a report on one country's trade with many: the
                # pair of that country and the partner ("Russlands Handel mit dem nahen Ausland …
                # Der Handel mit Tadschikistan wuchs um 2,7 Prozent": russia>tajikistan)
                if self._trader is not None and self._trader != subject:
                    subject = ">".join(sorted((self._trader, subject)))
            elif self._trader is None and ">" not in subject and subject in self.names.places:
                self._trader = subject  # the first country whose own trade the article states
        elif measure == "share" and self._trader is None and subject is not None and ">" not in subject \
                and subject in self.names.places and any(c.concept == "trade-volume" for c in concepts):
            self._trader = subject  # "Fast 35 % des Handelsumsatzes Usbekistans entfielen auf …": its trade
        if measure is not None and measure.split(":")[0] == "revenue" and _TURNOVER.search(words) \
                and _TRADE_PARTNERS.search(words):
            # "Uzbekistan's third leading foreign trade partner with a turnover of $2.19 billion", "China
            # … with a $5.2 billion turnover between the two nations": the turnover of trade
            measure = "trade-volume" + measure[len("revenue"):]
        if measure is not None and measure.split(":")[0] in ("exports", "imports"):
            # "erreichte die Handelsbilanz … mit dem Vorsprung der Exporte gegenüber den Importen
            # +605 Millionen": exports weighed against imports before the number are the balance's
            balance = _balance_named(words, concepts, at)
            if balance is not None:
                measure = balance + measure[len(measure.split(":")[0]):]
        if measure is not None and measure.split(":")[0] == "sales" and subject is not None \
                and _between_countries(subject, self.names.places):
            # "lieferte Russland 107 Millionen Tonnen Öl nach China": one country's to another, and its change
            measure = "exports" + measure[len("sales"):]
        return {
            "measure": measure,
            "change": change_direction(words, at, to, lang) if changing else None,
            "period": period,
            "subject": subject,
        }

    def _budget_deficit(self, words: str, concepts: list[ConceptMention], at: int) -> bool:
        """Whether the sentence names its deficit by the bare word ("Defizit", "deficit") and the
        text before the number (`_BUDGET_REACH` characters) speaks of a government's budget, not of
        trade."""
        if not any(c.concept == "trade-deficit" and words[c.start : c.end].lower() in _BARE_DEFICIT for c in concepts):
            return False
        before = self.text[max(0, at - _BUDGET_REACH) : at]
        return _BUDGET_WORDS.search(before) is not None and _TRADE_WORDS.search(before) is None

    def _firm_surplus(self, words: str, concepts: list[ConceptMention], actors: list[ActorMention], at: int) -> bool:
        """Whether the sentence names its surplus by the bare word ("Überschuss", "surplus"), not a
        country's ("Russlands Überschuss"), and the text before the number (`_BUDGET_REACH`
        characters) speaks of a company, not of trade or a government's budget."""
        bare = [c for c in concepts if c.concept == "trade-surplus" and words[c.start : c.end].lower() in _BARE_SURPLUS]
        if not bare or any(c.start - 2 <= a.end <= c.start and country_of(words[a.start : a.end]) is not None
                           for c in bare for a in actors):
            return False
        before = self.text[max(0, at - _BUDGET_REACH) : at]
        return _FIRM_WORDS.search(before) is not None and _TRADE_WORDS.search(before) is None \
            and _BUDGET_WORDS.search(before) is None

    def _counted_before(self, last: Figure | None, q_start: int, measure: str) -> bool:
        """Whether `measure` is what the number before, in the same sentence, counted by its own
        noun ("20 Schulen" before "14 Kindergärten"), or that number counted a noun of no measure
        (a list's item before: "14 Kindergärten" before "10 Hausarztpraxen")."""
        if last is None or last.counted is None or last.evidence.start != q_start:
            return False
        if last.measure is None:
            return True
        named = self.concepts.find(last.counted, 0, len(last.counted), self.language)
        return any(m.concept == measure.split(":", 1)[0] for m in named)

    def _referent(self, q_start: int, last: Figure | None, lang: str | None,
                  unit: str) -> tuple[str | None, str | None, str | None]:
        """The measure, subject and period "this figure" / "dieser Wert" at the sentence starting
        at `q_start` refers to: those of the figure before when it stands in the sentence before
        (the level it states, not its change), else the one statistic that sentence names that a
        number in `unit` can be of (not a forum for tonnes), of the subject it names."""
        window = self.text[max(0, q_start - _REFERENT_REACH) : q_start]
        bounds = sentence_bounds(window)
        if not bounds:
            return None, None, None
        lo, hi = bounds[-1]
        prev_start = q_start - len(window) + lo
        if last is not None and last.measure and last.evidence.start >= prev_start:
            return last.measure.split(":", 1)[0], last.subject, last.period
        words = window[lo:hi]
        mentions = [m for m in self.concepts.find(words, 0, len(words), lang)
                    if not m.weak and usable_for(m.concept, unit, self.concepts)]
        if len({m.concept for m in mentions}) > 1:
            # "… haben das russische Haushaltsdefizit … steigen lassen. Es summierte sich auf …": a
            # German pronoun is of the noun whose article agrees with it
            mentions = _agreeing(self.text, q_start, words, mentions)
        if len({m.concept for m in mentions}) != 1:
            return None, None, None  # none, or several it may be of
        named = mentions[-1]
        actors = self.names.find(words, 0, len(words), self._regions)
        subject = subject_of(words, named.start, named.end, lang, self.names, named.concept, actors, [])
        return named.concept, subject, None

    def finish(self, figures: list[Figure]) -> list[Figure]:
        """The article's figures with what their neighbours say: a group's name is no statistic,
        the direction the extractor read makes a rate a change, "respectively", repeats, and the
        period and subject said once for many figures."""
        from ..facts import complete_repeats

        figures = [_as_stated(self.text, f) for f in figures]
        figures = from_to(self.text, carry_forward(self.text, complete_repeats(respectively(self.text, figures,
                                                                                         self._concepts_said)),
                                                   self.language if self.published is None else None,
                                                   self._paragraph_topic, self._flow_ends, self.published))
        figures = [_in_fiscal_year(self.text, f, self.published) for f in figures]
        if not self.published:
            return figures
        return _year_before_said(self.text, figures, self.published)

    def _concepts_said(self, figure: Figure) -> set[str]:
        """The concepts the figure's sentence names."""
        ev = figure.evidence
        return {m.concept for m in self.concepts.find(self.text, ev.start, ev.end, self.language)}

    def _main_country(self) -> str | None:
        """The country the article names most often, at least twice and more often than any other:
        whom "des Landes", "the country's" mean. Read once per article."""
        if self._country is None:
            counts: dict[str, int] = {}
            for m in self.names.find(self.text, 0, len(self.text)):
                if m.actor in self.names.places and m.actor not in REGIONS and m.actor != "world":
                    counts[m.actor] = counts.get(m.actor, 0) + 1
            ranked = sorted(counts.items(), key=lambda item: -item[1])
            top = ranked[0] if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]) else None
            self._country = (top[0] if top else "",)
        return self._country[0] or None

    def _group_before(self, at: int) -> str | None:
        """The group of states with members (the SCO, BRICS, …) named last before `at` in its
        paragraph (at most `_REGION_REACH` characters back): whose "member states" the text means."""
        paragraph = self.text.rfind("\n", max(0, at - _REGION_REACH), at) + 1
        named = [m for m in self.names.find(self.text, max(paragraph, at - _REGION_REACH), at) if m.actor in _MEMBER_GROUPS]
        return named[-1].actor if named else None

    def _region_before(self, at: int) -> str | None:
        """The group of countries named last before `at` in its paragraph (at most `_REGION_REACH`
        characters back): what "the region", "regional" refer to."""
        paragraph = self.text.rfind("\n", max(0, at - _REGION_REACH), at) + 1
        named = [m for m in self.names.find(self.text, max(paragraph, at - _REGION_REACH), at) if m.actor in REGIONS]
        return named[-1].actor if named else None

    def _paragraph_topic(self, paragraph: int, figure: Figure) -> str | None:
        """The country or group a paragraph opens on ("The Kyrgyz Republic is increasingly …",
        "In Kasachstan …"): its first words, after at most an article or "in" (not "Deliveries
        to Uzbekistan …": a partner). Not for a figure whose sentence names an actor or a pair
        of its own ("Imports from Russia fell 3%", "trade between the two countries"): who the
        statistic is of is then that sentence's question."""
        ev = figure.evidence
        if self.names.find(self.text, ev.start, ev.end) or _TWO_SIDES.search(self.text, ev.start, ev.end):
            return None
        opening = _OPENING.match(self.text, paragraph)
        if opening is None:
            return None
        named = self.names.find(self.text, opening.end(), min(len(self.text), opening.end() + _OPENING_WORDS))
        if len(named) > 1 and _PAIR_JOIN.fullmatch(self.text, named[0].end, named[1].start):
            return None  # "Kirgisistan und Kasachstan wachsen": two countries, neither the topic
        return next((m.actor for m in named[:1] if m.start == opening.end() and m.actor in self.names.places
                     and not _SITE_AFTER.match(self.text, m.end)), None)


_PART_OF_WHOLE_AFTER = re.compile(
    r"[^\S\n]*(?:,|bzw\.|beziehungsweise|oder|or)[^\S\n]+(?:(?:rund|etwa|knapp|about|around|nearly)[^\S\n]+)?"
    r"\d+(?:[.,]\d+)?[^\S\n]*(?:%|Prozent|percent|per[^\S\n]+cent)[^\S\n]+(?:des|der|of)\b")
# "German.news.cn| 06-12-2021": a country's adjective in a site's name, a line no paragraph opens on
_SITE_AFTER = re.compile(r"\.[a-z]")
_PAIR_JOIN = re.compile(r"[^\S\n]*(?:,|und|and|sowie|&)[^\S\n]*")


# "trade between the two countries", "der Handel zwischen den beiden Nationen": a pair named before,
# not in the clause. ("Bilateral" alone is no cue: "das bilaterale Handelsvolumen" after "der
# Volksrepublik", a name no list holds, would pair the wrong two.)
_TWO_SIDES = re.compile(r"\b(?:between|of)\s+the\s+two\s+(?:countries|nations|states|neighbou?rs)\b|"
                        r"\bzwischen\s+den\s+beiden\s+(?:Ländern|Nationen|Staaten|Nachbarn)\b|"
                        # "Kazakhstan emerged as China's largest trade partner, with bilateral trade turnover …"
                        r"\bbilateral(?:e[nmrs]?)?\s+(?:trade|Handel)|"
                        # "Der gegenseitige Warenaustausch summierte sich auf …", "mutual trade"
                        r"\b(?:gegenseitig|beiderseitig)(?:e[nmrs]?)?\s+(?:Warenaustausch|Güteraustausch|Handel)|"
                        r"\bmutual\s+trade", re.IGNORECASE)
_SIDES_BEFORE = 600  # characters looked back for the two countries named: bounded


_THE_COUNTRY = re.compile(r"\b(?:des\s+Landes|[Tt]he\s+country['’]s|of\s+the\s+country|[Tt]he\s+republic['’]s|"
                          r"of\s+the\s+republic|(?:[Dd]ie|der)\s+Republik(?![^\S\n]+[A-ZÄÖÜ]))\b")
_THE_REGION = re.compile(r"\b(?:[Tt]he\s+region|regional|[Rr]egionale[nrs]?|der\s+Region)\b")
_REGION_REACH = 400  # characters back to the group of countries "the region" refers to
_FLOW_REACH = 600  # characters back to the figure whose subject a flow naming only its other end takes


def _between_parties(measure: str | None) -> bool:
    """Whether a measure is of something between two parties: trade, or a flow one way."""
    base = (measure or "").split(":")[0]
    return base in SYMMETRIC or base in ("imports", "exports") or base.endswith(("-imports", "-exports"))


def _flow_subject(said: str, other: str) -> str | None:
    """"Chinese-Russian trade … $136.67 billion. … imports of goods from Russia increased by
    3.9%": the subject of a flow that names only its other end, from the subject said just before.
    Of a pair one of whose ends is the other end, the second party; a single actor that is not
    the other end, itself. None when the subject said is the other end itself."""
    parties = said.split(">")
    rest = [p for p in parties if p != other]
    if len(rest) != 1 or (len(parties) == 1 and parties[0] == other):
        return None
    return f"{rest[0]}>{other}"


def _between_countries(subject: str, places: frozenset[str]) -> bool:
    """Whether a subject is one country's with another ("russia>china"): what one country sells or
    delivers to another is its exports."""
    seller, _, buyer = subject.partition(">")
    return bool(buyer) and seller in places and buyer in places


def two_sides(text: str, sentence_start: int, start: int, names: ActorNames, measure: str | None,
              subject: str | None) -> str | None:
    """The subject of a figure of a measure the same from either side (trade volume) whose sentence
    speaks of "the two countries": the last two countries named before the number in its
    paragraph (within `_SIDES_BEFORE` characters), or in the paragraphs before when its own names
    none, as a sorted pair, when the subject read is none or one of them; else `subject` unchanged."""
    if (measure is None or measure.split(":")[0] not in SYMMETRIC or (subject and ">" in subject)
            or not _TWO_SIDES.search(text, sentence_start, start)):
        return subject
    paragraph = text.rfind("\n", 0, sentence_start) + 1
    # "The trade turnover between Kazakhstan and China reached a record high …" paragraphs before
    # "the bilateral trade turnover … $24 billion": with none in its own paragraph, the last two
    # named before it
    sides = (_last_two_places(text, max(paragraph, start - _SIDES_BEFORE), start, names)
             or _last_two_places(text, max(0, start - _SIDES_BEFORE), paragraph, names))
    if len(sides) < 2 or (subject is not None and subject not in sides):
        return subject
    return ">".join(sorted(sides))


def _last_two_places(text: str, lo: int, hi: int, names: ActorNames) -> list[str]:
    """The last two distinct countries or places named in text[lo:hi], the last first."""
    sides: list[str] = []
    for mention in reversed(names.find(text, lo, hi)):
        if mention.actor in names.places and mention.actor not in sides:
            sides.append(mention.actor)
            if len(sides) == 2:
                break
    return sides


# "in this period", "im Berichtszeitraum": the period of the figure before.
_SAME_PERIOD = re.compile(r"\b(?:(?:in|during|over)\s+(?:this|that|the\s+same|the\s+reporting)\s+period|"
                          r"(?:im|in\s+diesem|im\s+gleichen|im\s+selben)\s+(?:Berichts)?zeitraum)\b"
                          # not of a year before: "in the same period last year", "im gleichen Zeitraum des Vorjahres"
                          r"(?!\s+(?:(?:of|in)\s+)?(?:last|the\s+previous|the\s+prior|a\s+year)\b|"
                          r"\s+(?:des\s+)?(?:Vorjahr|vergangenen|letzten|vorigen)\w*)", re.IGNORECASE)


# "respectively", "beziehungsweise": the figures of a run belong, in order, to the things listed;
# the run ends at the end of the word's clause (`RUN_END`).
RUN_END = re.compile(r",\s|;")
RESPECTIVELY = re.compile(r"\b(?:respective(?:ly)?|beziehungsweise|bzw\.|jeweils)", re.IGNORECASE)


def _changes(figure: Figure) -> bool:
    return (figure.measure or "").endswith(":change")


def respectively(text: str, figures: list[Figure],
                 concepts_said: Callable[[Figure], set[str]] | None = None) -> list[Figure]:
    """"13,187 trains and 1.322 million TEU …, a 23% and 30% respective increase": the changes of
    a sentence with "respectively" belong, in order, to the levels stated just before them (in that
    sentence or the one before). `concepts_said` tells the concepts a figure's sentence names: a
    run whose sentence names no other than its first change's is of that one measure."""
    out = list(figures)
    for i, f in enumerate(out):
        ev = f.evidence
        said = RESPECTIVELY.search(text, ev.start, ev.end)
        if not _changes(f) or said is None:
            continue
        if i and out[i - 1].evidence == ev and _changes(out[i - 1]):
            continue  # not the first change of its run
        # The run ends with the clause of the word: "um 4,9 beziehungsweise 3,2 Prozent …, während
        # der Stromverbrauch des tertiären Sektors um neun Prozent zunahm" (a word after the run,
        # "rose 4.9 and 3.2 percent …, respectively", ends its sentence).
        after = RUN_END.search(text, max(said.end(), f.start), ev.end)
        cut = after.start() if after is not None else ev.end
        run: list[int] = []
        for j in range(i, len(out)):  # the changes of this sentence, from here on
            if out[j].evidence != ev or out[j].start >= cut:
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
        if len(run) < 2:
            continue
        subjects = {out[j].subject for j in run}
        first_measure = (out[run[0]].measure or "").split(":")[0]
        one_measure = concepts_said is not None and bool(first_measure) and \
            not concepts_said(out[run[0]]) - {first_measure}
        if ((None not in subjects and len(subjects) == len(run)) or one_measure) and len(levels) != len(run):
            # One statistic of as many actors as changes ("trade with Kazakhstan, Kyrgyzstan,
            # Tajikistan increased by 8.6 percent, 130 percent and 60 percent, respectively", each
            # with its own subject), or a sentence naming one measure only ("Investitionen aus der
            # Schweiz, Japan … wuchsen um 68,6 Prozent, 59,1 Prozent … bzw. 2,7 Prozent"): the
            # first change's measure is every one's.
            first = out[run[0]].measure
            for j in run[1:]:
                if out[j].measure is None:
                    out[j] = replace(out[j], measure=first)
            continue
        if len(levels) != len(run):
            # The levels are not all known: a "respectively" run lists as many statistics as it
            # has changes, so a later change read with the first one's measure is not that one.
            # Its measure is unknown, not the first one's ("a year-on-year increase of 19.5
            # percent and 14.5 percent, respectively" of parcels and of revenue).
            for j in run[1:]:
                if out[j].measure == out[run[0]].measure:
                    out[j] = replace(out[j], measure=None)
            continue
        for j, k in zip(run, levels):
            level = out[k]
            out[j] = replace(out[j], measure=f"{level.measure}:change", subject=out[j].subject or level.subject,
                             period=out[j].period or level.period)
    return out


_QUALIFIED = r"(?:(?:over|about|around|nearly|almost|more\s+than|über|rund|etwa|fast|knapp|mehr\s+als)\s+)?"
_FROM_END = re.compile(r"\b(?:from|von)\s+" + _QUALIFIED + r"\Z", re.IGNORECASE)
_TO_END = re.compile(r"[^.;]{0,80}?\b(?:to|auf)\s+" + _QUALIFIED, re.IGNORECASE)
# The words between a value and its conversion in brackets: " (", " (about ", " (rund ".
CONVERTED = re.compile(r"\s*\(\s*(?:about|approximately|around|some|etwa|rund|ca\.|umgerechnet)?\s*", re.IGNORECASE)
_CONVERTED = CONVERTED
_YEARS = re.compile(r"\A(\d{4})/(\d{4})\Z")
_LOOK_BEHIND = 30  # characters before a number searched for "from"/"von": bounded


def from_to(text: str, figures: list[Figure]) -> list[Figure]:
    """"from 11 trillion yuan to over 45 trillion yuan from 2012 to 2021", "von 21,6 Prozent auf
    39,8 Prozent in diesem Zeitraum": in a from–to of one sentence each value takes its own end
    of the span of years it was read with (the first value the first year), and a conversion in
    brackets after a value ("($1.64 trillion)") the year of that value. A from–to in a sentence
    that refers to the period before ("in this period") takes the years of the from–to before it.
    One pass, each figure looked at with its neighbours only."""
    out = list(figures)
    last_span: tuple[str, str] | None = None
    for i, x in enumerate(out):
        if not _FROM_END.search(text, max(x.evidence.start, x.start - _LOOK_BEHIND), x.start):
            continue
        j = i + 1
        while j < len(out) and out[j].evidence == x.evidence and _between(text, out[j - 1], out[j], _CONVERTED):
            j += 1  # conversions of the from-value
        to = next((k for k in range(j, min(j + 3, len(out))) if out[k].evidence == x.evidence
                   and out[k].unit == x.unit and _between(text, out[k - 1], out[k], _TO_END)), None)
        if to is not None and out[to].period == x.period:
            _date_to_value(text, out, x, to)
        if to is None or out[to].period != x.period:
            later = out[to].period if to is not None else None
            if x.period and later and x.period < later:
                last_span = (x.period, later)
            continue
        years = _YEARS.match(x.period or "")
        if years is not None:
            first, second = years.group(1), years.group(2)
        elif last_span is not None and same_period_cue(x.evidence.quote):
            first, second = last_span
        else:
            continue
        ends = [(k, first) for k in range(i, j)]
        k = to + 1
        while k < len(out) and out[k].evidence == x.evidence and _between(text, out[k - 1], out[k], _CONVERTED):
            k += 1  # conversions of the to-value
        ends += [(m, second) for m in range(to, k)]
        for m, year in ends:
            if out[m].period == x.period:
                out[m] = replace(out[m], period=year)
        last_span = (first, second)
    return out


def _date_to_value(text: str, out: list[Figure], x: Figure, to: int) -> None:
    """"von 850 Millionen Yuan im Jahr 2019 auf 8,1 Milliarden Yuan (etwa 1,1 Milliarden
    US-Dollar) im Jahr 2022": the to-value read the from-value's year, the year stated after its
    bracketed conversion reached only the conversion. A value and its conversion state one
    statistic: a later period read for the conversion is the to-value's (in place, on `out`)."""
    k = to + 1
    while k < len(out) and out[k].evidence == x.evidence and _between(text, out[k - 1], out[k], _CONVERTED):
        k += 1
    later = next((p for p in (out[m].period for m in range(to + 1, k)) if p and x.period and p > x.period), None)
    if later is not None:
        for m in range(to, k):
            out[m] = replace(out[m], period=later)


def _between(text: str, a: Figure, b: Figure, words: re.Pattern[str]) -> bool:
    """Whether the words between two figures are all `words` (" (", ") to over ")."""
    return words.fullmatch(text, a.start + len(a.text), b.start) is not None


def span_of_change(dates: list[Any], before: int, after: int | None = None) -> str | None:
    """"from 312 billion in 2013 to 674 billion in 2024, an increase of 116 percent": a change
    after two different years of its sentence spans them (``2013/2024``); so does one before
    them, its "from … to …" right after it (`after`, where the words after the number open with
    "from"/"von": "soared 19.2 times from $12.15 billion in 2001 to $245.32 billion in 2020")."""
    years = sorted({d.date[:4] for d in dates if (d.end <= before or (after is not None and d.start >= after))
                    and d.end_date is None and len(d.date) == 4})
    return f"{years[0]}/{years[-1]}" if len(years) >= 2 else None


_FROM_AFTER = re.compile(r"\s+(?:from|von)\s")  # a change's base and end right after it
# (not a German ordinal's point: "vom 1. bis 7. Oktober")
_SENTENCE_END = re.compile(r"(?<![\s(]\d)(?<![\s(]\d\d)[.!?]\s+(?=\S)")
_BEFORE_MOST = 400  # characters looked back for the sentence before: bounded


def span_before(text: str, start: int, floor: int, language: str | None, published: str | None) -> str | None:
    """The span of time the sentence right before `start` states when it has no figure (after
    `floor`, the end of the last figure's sentence): "… expansion of the industry in the first 10
    months of the year. Revenues totaled 1.4 trillion yuan" — the revenue is of those months. Only
    a span ("Januar bis Oktober", "first half"), and only when that sentence names one, or a year
    opening it ("Im Jahr 2025 wurde China …"); a day or a month there is when something happened,
    not the period of what follows."""
    lo = max(floor, start - _BEFORE_MOST, text.rfind("\n", 0, max(0, start - 1)) + 1)  # within the paragraph
    if lo >= start:
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, max(lo, start - 1))]
    words = text[ends[-1] if ends else lo:start]
    # a time compared with ("… steigern im Vergleich zum dritten Quartal des vergangenen Jahres") is none told of
    found = [d for d in find_dates(words, language, published) if not compared_date(words, 0, d)]
    # (a span of days counts: "Die Goldene Woche … vom 1. bis 7. Oktober ist vorbei. Mehr als 780 Millionen …")
    spans = {period_form(d, published) for d in found if d.end_date is not None
             and (d.kind == "period" or d.precision == "day")}
    trimmed = words.rstrip()
    at = max([trimmed.rfind("\n") + 1, *(m.end() for m in _SENTENCE_END.finditer(trimmed))])
    last = trimmed[at:]
    if not spans and last:
        # "Im Jahr 2025 wurde China zum wichtigsten Handelspartner … . Der Handelsumsatz … überstieg
        # 106,3 Milliarden": a year opening the sentence before, in the same paragraph, is the year it
        # tells of (not where the figure's own sentence speaks of a time since: "Seitdem …", "has
        # since grown", or names a later year of its own)
        opening = [d for d in found if d.start >= at and d.precision == "year" and d.end_date is None
                   and not words[at : d.start].strip()]  # a year opening its sentence
        sentence_end = _SENTENCE_END.search(text, start)
        own = text[start : sentence_end.start() if sentence_end else min(len(text), start + _BEFORE_MOST)]
        if (len(opening) == 1 and not _SINCE.search(own) and not _SINCE.search(last)
                and not _later_year(own, opening[0].date) and not _ahead(opening[0].date, published)):
            spans = {period_form(opening[0], published)}
    return spans.pop() if len(spans) == 1 else None




def _later_year(sentence: str, year: str) -> bool:
    """Whether `sentence` writes a year not before `year` (one of its own: "soll 2028 ans Netz
    gehen"; an earlier one is a base compared with: "im Vergleich zu den Ergebnissen von 2024")."""
    return any(m.group() >= year[:4] for m in WRITTEN_YEAR.finditer(sentence))
_SINCE = re.compile(r"\b(?:since|seit(?:dem|her)?|then|now|today|heute|mittlerweile|inzwischen|bisher|so\s+far|"
                    r"derzeit|currently|aktuell)\b", re.IGNORECASE)


# A deficit named alone, and the words of a government's budget or of trade before it
_BARE_DEFICIT = frozenset({"defizit", "defizits", "deficit", "deficits"})
_BUDGET_WORDS = re.compile(r"(?i:haushalt|budget|fiscal|fiskal|finanzministerium|finance\s+ministry|staatsfinanzen)")
_TRADE_WORDS = re.compile(r"(?i:handel|trade|export|import|ausfuhr|einfuhr|leistungsbilanz|current\s+account)")
_BARE_SURPLUS = frozenset({"überschuss", "überschusses", "surplus"})
# a company's words: "des russischen Konzerns", "das staatliche Geldinstitut", "the company" (no central bank)
_FIRM_WORDS = re.compile(r"\b(?:Konzern|Unternehmen|Geldinstitut|Kreditinstitut|Institut|Firma)\w*"
                         r"|(?<!Zentral)(?<!Noten)\bBank\b|\b(?i:company|firm|lender|group)\b")
_BUDGET_REACH = 300  # characters before a bare deficit's number read for whose deficit it is
_BALANCES = frozenset({"trade-balance", "trade-surplus", "trade-deficit"})
_FLOWS = frozenset({"exports", "imports"})
_DIGIT = re.compile(r"\d")


def _balance_named(words: str, concepts: list[ConceptMention], at: int) -> str | None:
    """The trade balance named before the number at `at` when exports and imports are both named
    between it and the number (the two sides the balance weighs) and no other number stands there
    ("einen Positivsaldo von zehn Milliarden, wobei der Export 16,7 und der Import 6,7 Milliarden
    betrugen": each side with its own number), else None."""
    before = [c for c in concepts if c.end <= at]
    balance = next((c for c in reversed(before) if c.concept in _BALANCES), None)
    if balance is None or _DIGIT.search(words, balance.end, at):
        return None
    sides = {c.concept for c in before if c.start >= balance.end}
    return balance.concept if {"exports", "imports"} <= sides else None


def _rates_alike(before: str | None, unit: str) -> bool:
    """Whether a figure in `unit` may be of the measure of one in `before` in the sentence before:
    an exchange rate ("95 RUB/USD") only of an exchange rate, and no other amount of one ("Oil cost
    $80 a barrel")."""
    return unit in RATE_UNITS or is_exchange_rate(before or "") == is_exchange_rate(unit)


def same_period_cue(sentence: str) -> bool:
    """Whether the sentence refers to the period of the one before ("during this period")."""
    folded = sentence.casefold()  # both cues end in "period" or "zeitraum": most sentences hold neither
    return ("period" in folded or "zeitraum" in folded) and _SAME_PERIOD.search(sentence) is not None


# "the five Central Asian countries", "die 27 EU-Staaten", "the other four BRICS members", "den
# anderen vier BRICS-Staaten": a small count after a definite article (and "other") names a group;
# it states no statistic, and says nothing of whom the article's figures are about.
_GROUP_BEFORE = re.compile(r"\b(?:(?:the|these|those|all|its|their|die|der|den|des|dem|diese[nmrs]?|alle[nr]?|"
                           r"ihre[nmr]?|seine[nmr]?)\s+(?:(?:other|remaining|anderen|übrigen|restlichen|"
                           r"weiteren)\s+)?|(?:other|anderen|übrigen)\s+)\Z", re.IGNORECASE)
_GROUP_REACH = 24  # characters before a small count searched for its article
_GROUP_LIMIT = 100


def _ahead(period: str, published: str | None) -> bool:
    """Whether a period begins in a year after publication (a target, a forecast)."""
    return published is not None and period[:4].isdigit() and period[:4] > published[:4]


def _in_fiscal_year(text: str, figure: Figure, published: str | None) -> Figure:
    """A figure of no period whose sentence names a part of a fiscal year ("during the first four
    months of current fiscal year") takes its months where its subject's fiscal year is known
    (`countries.FISCAL_YEAR_OPENS`: Pakistan's opens in July); elsewhere it stays without one. A
    fiscal year named by its years ("fiscal 2014-15", "for 2014-15") needs no publication date."""
    if figure.period is not None or figure.subject is None:
        return figure
    sentence = text[figure.evidence.start:figure.evidence.end]
    if "iscal" not in sentence and "jahr" not in sentence and "FY" not in sentence and "inancial" not in sentence \
            and not _NAMED_FISCAL_YEAR.search(sentence):
        return figure
    opens = FISCAL_YEAR_OPENS.get(figure.subject.split(">")[0])
    if opens is None:
        return figure
    number = (figure.start, figure.start + len(figure.text))
    base = base_after(text, number[1])
    period = (fiscal_period(text, figure.evidence.start, figure.evidence.end, number, opens, published)
              if published else None) \
        or _named_fiscal_year(text, figure.evidence.start, number, figure.evidence.end, opens, base)
    if period is not None and base:
        period = a_year_before(period)  # "7.3 per cent for 2014-15, up from 6.8 per cent the previous year"
    return figure if period is None else replace(figure, period=period)


# A fiscal year by its name: "fiscal year 2020/21", "FY2024-25", "FY22" (the year it ends in), "im
# Fiskaljahr 2023/24".
_NAMED_FISCAL_YEAR = re.compile(
    r"\b(?:(?:fiscal|financial)(?:[^\S\n]+year)?|(?:Fiskal|Haushalts|Finanz|Geschäfts)jahr(?:es|s)?|FY)[^\S\n]*"
    r"(?P<y1>(?:19|20)\d\d|\d\d)(?:[^\S\n]*[-–/][^\S\n]*(?P<y2>(?:19|20)?\d\d))?(?![\w/-])"
    # a country's fiscal year as its press writes it, two years of which the second in two digits:
    # "growth of 7.3 per cent for 2014-15", "im Jahr 2013/14"
    r"|(?<![\w/.,-])(?P<y1b>(?:19|20)\d\d)[-–/](?P<y2b>\d\d)(?![\w/-])")


_NUMERAL_RUN = re.compile(r"(?<![\w.,])[$€£¥]?\d[\d.,]*")
# A part of a year named before it: "Q3 of 2023-24", "the first half of fiscal 2024", "im ersten Quartal des Finanzjahres"
_PART_OF_BEFORE = re.compile(r"\b(?:(?P<short>[QH][1-4])|(?P<ord>first|second|third|fourth|ersten|zweiten|dritten|vierten)"
                             r"[^\S\n]+(?P<unit>quarter|half|Quartals?|Halbjahr(?:es)?)|quarters?|half|months?|Quartals?|"
                             r"Halbjahr(?:es)?|Monate?n?)"
                             r"[^\S\n]+(?:of|in|des|im)?[^\S\n]*(?:the[^\S\n]+)?\Z", re.IGNORECASE)
_PART_REACH = 30
_COMPARED_BEFORE = re.compile(r"\b(?:compared\s+(?:to|with)|as\s+against|against|versus|im\s+Vergleich\s+zu[mr]?|"
                              r"verglichen\s+mit|gegenüber)\s+(?:[\w-]+\s+){0,6}\Z", re.IGNORECASE)
_ANOTHER_PART = re.compile(r"\b(?:quarter|half|Quartal\w*|Halbjahr\w*|[QH][1-4])\b", re.IGNORECASE)
_ORDINAL_PARTS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4}


def _short_part(part: re.Match[str]) -> str | None:
    """"Q3", "H1" for a quarter or half `_PART_OF_BEFORE` named ("Q3", "the third quarter"), else None."""
    if part["short"]:
        return str(part["short"]).upper()
    if part["ord"]:
        kind = "H" if part["unit"].lower().startswith(("half", "halbjahr")) else "Q"
        return f"{kind}{_ORDINAL_PARTS[part['ord'].lower()]}"
    return None
# Between a number and a fiscal year: the year opens another item, or is what the number is compared with
_NOT_TRAILING = re.compile(r"[,;]|\b(?:and|und|sowie|while|whereas|than|compared|against|versus|over|gegenüber|als|"
                           r"verglichen)\b")


def _named_fiscal_year(text: str, lo: int, number: tuple[int, int], hi: int, opens: int,
                       base: bool = False) -> str | None:
    """The months of the fiscal year named right after the `number` (start, end) in its sentence
    (`text[lo:hi]`), else of the last one named before it that trails no other number, for a
    country whose fiscal year opens in month `opens`: "the fiscal year 2020/21" with July →
    "2020-07/2021-06"; a year alone is the one the fiscal year ends in ("FY22": 2021-07/2022-06).
    A `base` (a value of a year before) takes the last one named before it, whatever it trails."""
    if opens == 1:
        return None
    # A fiscal year trailing a number is that number's ("$16.67 billion in FY24 from $15.33 billion in
    # FY23"); one trailing no number opens the words after it ("For the fiscal year FY24, exports …").
    named = None
    floor = lo
    for m in _NAMED_FISCAL_YEAR.finditer(text, lo, hi):
        if m["y1b"] and text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")":
            floor = m.end()
            continue  # "GDP at Constant (2011-12) Prices": a base year glossed, no period
        part = _PART_OF_BEFORE.search(text, max(lo, m.start() - _PART_REACH), m.start())
        if part is not None and _short_part(part) is None:
            floor = m.end()
            continue  # "in the first two months of FY25": a part of the year, whose months are not read here
        trailed = None
        for trailed in _NUMERAL_RUN.finditer(text, floor, m.start()):
            pass
        if trailed is not None and _NOT_TRAILING.search(text, trailed.end(), m.start()):
            trailed = None  # "7,2% und 2021/22 um 8,7%", "10% higher than the total for FY23"
        if trailed is not None and number[0] <= trailed.start() < number[1]:
            named = m  # the number's own
            break
        if m.start() < number[0] and _COMPARED_BEFORE.search(text, max(lo, m.start() - _PART_REACH - 30), m.start()):
            return None  # "im ersten Quartal … im Vergleich zum vierten Quartal des Geschäftsjahres 2024 (… 6,7
            # Prozent von 7,8 Prozent)": which value is of which year, the words do not say by position
        if m.start() < number[0] and (trailed is None or base):
            named = m  # opening the words before the number: the last such
        floor = m.end()
    if named is None:
        return None
    part = _PART_OF_BEFORE.search(text, max(lo, named.start() - _PART_REACH), named.start())
    y1, y2 = (named["y1"], named["y2"]) if named["y1"] else (named["y1b"], named["y2b"])
    first = int(y1) if len(y1) == 4 else 2000 + int(y1)
    if y2 is None:
        first -= 1  # "FY22", "fiscal year 2023": named by the year it ends in
    elif int(y2[-2:]) != (first + 1) % 100:
        return None  # "2201-22": a typo, no fiscal year
    short = _short_part(part) if part is not None else None
    if short is not None and named.end() <= number[0] and _ANOTHER_PART.search(text, named.end(), number[0]):
        return None  # "… for the second quarter of FY25 stood at 1.7%, while the first quarter figure was 1.3%"
    if short is not None:
        # "Q1 FY25", "the first quarter of FY25" of a year opening in April: April to June 2024
        n, size = int(short[1]), 3 if short[0] == "Q" else 6
        if n > 12 // size:
            return None
        begin = opens - 1 + (n - 1) * size  # months after January of the first year
        y, month = first + begin // 12, begin % 12 + 1
        y_end, m_end = first + (begin + size - 1) // 12, (begin + size - 1) % 12 + 1
        return period_form(FoundDate(0, 0, "", f"{y:04d}-{month:02d}", f"{y_end:04d}-{m_end:02d}", "month", "period"),
                           None)
    return f"{first:04d}-{opens:02d}/{first + 1:04d}-{opens - 1:02d}"


def _as_stated(text: str, figure: Figure) -> Figure:
    """A group's name loses its measure, and the subject and period read for it (it is no
    statistic, and its subject is no default for the article's others); a percentage with a direction the extractor read ("ein
    Plus von 11,4 Prozent", "up 6.4%") is a change unless a level cue says otherwise ("a share of
    42.7 %", "rose to 5 %")."""
    start = figure.start
    if (figure.unit == "count" and abs(figure.value) < _GROUP_LIMIT and figure.measure
            and _GROUP_BEFORE.search(text, max(0, start - _GROUP_REACH), start)):
        return replace(figure, measure=None, subject=None, period=None)
    if (figure.change and figure.unit == "percent" and figure.measure and ":" not in figure.measure
            and not is_level_cue(text, first_listed(text, start, start + len(figure.text))[0])):
        # the cue of the first rate of a list is the later ones' ("auf 1,1 % im Jahr 2023 und 1,3 % …")
        return replace(figure, measure=figure.measure + ":change")
    return figure


# A span of years is what a change was measured over, not a period later figures share.
_YEAR_SPAN = re.compile(r"\A\d{4}/\d{4}\Z")
_LEAD_LINES = 3  # headline, and the lead paragraph (with a date line or a dateline) under it
# Words of time a sentence may use without stating the period of its figures.
_TIME_WORDS = re.compile(
    r"\b(?:1[89]\d\d|20\d\d|since|seit|past|last|next|coming|vergangenen|letzten|vorigen|nächsten|"
    r"kommenden|bisher|so\s+far|to\s+date|ever|jemals|annually|jährlich|pro\s+Jahr|per\s+year|each\s+year|"
    # the present, against the time a sentence before told of: "die nun gemeldeten 802 Millionen"
    r"nun|jetzt|now|inzwischen|mittlerweile|"
    r"every\s+year|this\s+year|of\s+the\s+year|dieses\s+Jahr\w*|diesem\s+Jahr|des\s+Jahres|"
    # a fiscal year's part ("in the first quarter of the current fiscal"): its months are unknown
    r"fiscal|financial\s+year|\w*(?:geschäfts|haushalts|wirtschafts|fiskal|finanz|steuer)jahr\w*)\b",
    re.IGNORECASE)


_YEAR_BEFORE_SAID = re.compile(r"\b(?:(?:previous|prior|preceding)\s+year|year\s+(?:before|earlier)|[Vv]orjahr\w*)\b")
# "from other member states", "mit den anderen Mitgliedstaaten": the members of a group named before
_OTHER_MEMBERS = re.compile(r"\b(?:from|to|with|aus|in\s+die|nach|mit)\s+(?:the\s+|den\s+|die\s+)?(?:other\s+|anderen\s+|übrigen\s+)?"
                            r"(?:member\s+(?:states|countries|nations)|Mitglied(?:s)?(?:staaten|ländern?))\b")
_MEMBER_GROUPS = frozenset({"sco", "brics", "eaeu", "cis", "european-union", "asean"})
_TURNOVER = re.compile(r"\b(?:turnover|Umsatz)\b")
_TRADE_PARTNERS = re.compile(r"\btrad(?:e|ing)\s+partners?\b|\bbetween\s+the\s+two\s+(?:nations|countries|states)\b|"
                             r"\bHandelspartner\w*|\bzwischen\s+den\s+beiden\s+(?:Ländern|Staaten)\b|\bHandelsvolumen\b")


_OPENING_WORDS = 40  # characters of a paragraph's opening that may name what it is about
# past a wire's dateline: "DOW JONES–", "Moskau (Reuters) - ", "BEIJING, June 30 (Xinhua) -- "
_OPENING = re.compile(r"[^\S\n]*(?:(?:[A-ZÄÖÜ]{2,}[\w.]*(?:[^\S\n]+[A-ZÄÖÜ]{2,}[\w.]*){0,2}(?:,[^()\n]{1,20})?"
                      r"(?:[^\S\n]*\([^()\n]{1,30}\))?|[A-ZÄÖÜ][\w.]*(?:,[^()\n]{1,20})?[^\S\n]*\([^()\n]{1,30}\))"
                      r"[^\S\n]*(?:--|[–—-])[^\S\n]*)?(?:(?:The|Die|Der|Das|In|Im)[^\S\n]+)?")


_MONTH = re.compile(r"\d{4}-\d\d")
_FISCAL_YEAR_ENDED = re.compile(
    r"\b(?:(?:Steuer|Fiskal|Geschäfts|Haushalts|Finanz)jahr\w*[^.;]{0,40}?\b(?:endete|endet|abgeschlossen)"
    r"|(?:fiscal|financial)\s+year[^.;]{0,40}?\b(?:ended|ending|ends|closed))\b", re.IGNORECASE)


_MONTH_OR_DAY = re.compile(r"\d{4}-\d\d(?:-\d\d)?")
# A quarter or three months named by the month they end in: "the quarter ended Dec. 31", "three
# months to September 30", "im dritten Geschäftsquartal (Ende Dezember)", "in den drei Monaten bis
# zum 31. März"
_QUARTER_ENDED = re.compile(
    r"\b(?:quarter|three[^\S\n-]*-?[^\S\n]*months?|\w*[Qq]uartal\w*|drei[^\S\n]+Monate\w*)[^\S\n]*\(?[^\S\n]*"
    r"(?:that[^\S\n]+|which[^\S\n]+)?(?:ended|ending|ends|closed|to|through|bis(?:[^\S\n]+(?:zum|Ende))?|Ende)"
    r"[^\S\n]+(?:(?:the[^\S\n]+)?\d{1,2}\.?(?:st|nd|rd|th)?[^\S\n]+)?(?P<month>[A-Za-zä]+)\b")


def _quarter_ending(words: str, period: str) -> str:
    """The three months ending with the month of `period` (a month or day) when the sentence names
    a quarter by that month's end ("2019-12-31" → "2019-Q4", "2025-11" → "2025-09/2025-11"), else
    `period` as it is."""
    month = int(period[5:7])
    if not any(month_number(m["month"]) == month for m in _QUARTER_ENDED.finditer(words)):
        return period
    year = int(period[:4])
    if month % 3 == 0:
        return f"{year:04d}-Q{month // 3}"
    first_year, first = (year, month - 2) if month > 2 else (year - 1, month + 10)
    return f"{first_year:04d}-{first:02d}/{year:04d}-{month:02d}"


def _year_ending(month: str) -> str:
    """"2025-03" → "2024-04/2025-03": the twelve months that end with `month`."""
    year, m = int(month[:4]), int(month[5:7])
    first_year, first_month = (year, 1) if m == 12 else (year - 1, m + 1)
    return f"{first_year:04d}-{first_month:02d}/{month}"


def _converts(text: str, amount: Figure, start: int, unit: str) -> bool:
    """Whether the number at `start` converts `amount` (the figure before it) into another
    currency, in brackets right after it: "286,42 Milliarden Yuan (etwa 39,88 Milliarden US-Dollar)"."""
    end = amount.start + len(amount.text)
    return (amount.unit != unit and is_currency(unit) and is_currency(amount.unit)
            and 0 <= start - end <= _CONVERSION_GAP_MOST and _CONVERSION_OPENS.fullmatch(text, end, start) is not None)


_REACHED_OPENS = re.compile(r"[^\S\n]*\([^\S\n]*(?:auf|to)[^\S\n]+(?:(?:about|around|nearly|over|more than|etwa|rund|"
                            r"fast|knapp|über|mehr als)[^\S\n]+)?")


def _reached(text: str, change: Figure, start: int) -> bool:
    """Whether the number at `start` is the level the change before it reached, in brackets right
    after it ("um 26,3 Prozent (auf 240,11 Milliarden Dollar)", "by 26.3% (to $240.11 billion)")."""
    end = change.start + len(change.text)
    return (change.unit in RATE_UNITS and 0 <= start - end <= _CONVERSION_GAP_MOST
            and _REACHED_OPENS.fullmatch(text, end, start) is not None)


_CONVERSION_GAP_MOST = 30
_CONVERSION_OPENS = re.compile(r"[^\S\n]*\([^\S\n]*(?:(?:about|around|approximately|approx\.|some|nearly|roughly|or|"
                               r"etwa|rund|circa|ca\.|umgerechnet|knapp|fast|über|more than|over)[^\S\n]+)?")


def _counts_no_concept(counted: str | None, language: str | None, concepts: Any) -> bool:
    """Whether the noun phrase a count counts ("regionale Technoparks") names no concept and is no
    word for people or units in general ("people", "Menschen", "units")."""
    if not counted:
        return False
    words = counted.split()
    if not words:
        return False
    if words[0].lower() in _REFERRING:
        return False  # "plans to add around 600,000 such stations": the things the sentence before counted
    last = words[-1].strip(".,;:")
    if last.split("-")[-1].lower() in _GENERIC_COUNTED or country_of(last) is not None:
        return False  # "20-Fuß-Standardcontainer-Einheiten"; "1.4 million Indians": a nation's people
    return not concepts.find(counted, 0, len(counted), language)


_REFERRING = frozenset({"such", "these", "those", "solche", "solcher", "solchen", "derartige", "derartiger"})
# Nouns a count of anything may name: the concept is then in the words around it.
_GENERIC_COUNTED = frozenset({
    "people", "persons", "individuals", "units", "pieces", "items", "cases", "times", "citizens",
    "menschen", "personen", "einheiten", "stück", "fälle", "mal", "bürger",
})


# A change of a statistic against what was stated of it before: a revision, no growth.
_REVISION = re.compile(
    r"\b(?:zuvor|vorher|bisher|ursprünglich|previously|originally|initially)\s+(?:bekanntgegeben|veröffentlicht|gemeldet|"
    r"geschätzt|angegeben|mitgeteilt|announced|published|reported|estimated|stated)\w*|"
    r"\bthan\s+(?:previously|originally|initially)\s+\w+|\brevised\s+(?:up|down)(?:wards?)?\b|"
    r"\b(?:nach\s+(?:oben|unten)\s+korrigiert)", re.IGNORECASE)
_REVISION_REACH = 90


def _year_before_said(text: str, figures: list[Figure], published: str) -> list[Figure]:
    """"Im Jahr 2017 … Russland steht mit 18 Prozent an zweiter Stelle, gegen 21,3 Prozent im
    Vorjahr": a base "im Vorjahr", "a year earlier" in a sentence that writes no year is a year
    before the time the paragraph speaks of (the figure before it), not before publication."""
    out: list[Figure] = []
    before_publication = f"{int(published[:4]) - 1:04d}"
    for f in figures:
        prev = out[-1] if out else None
        if (prev is not None and f.period == before_publication and prev.period
                and "\n" not in text[prev.start:f.start] and base_after(text, f.start + len(f.text))
                and not base_after(text, prev.start + len(prev.text))
                and not WRITTEN_YEAR.search(text, f.evidence.start, f.evidence.end)
                and (earlier := a_year_before(prev.period)) is not None):
            f = replace(f, period=earlier)
        out.append(f)
    return out



def carry_forward(text: str, figures: list[Figure], undated: str | None = None,
                  paragraph_topic: Callable[[int, Figure], str | None] | None = None,
                  flow_ends: dict[int, str] | None = None, published: str | None = None) -> list[Figure]:
    """News states the period and subject once and then gives many figures ("In den ersten vier
    Monaten 2025 …", "China's trade …"): a figure without a period or subject takes the last one
    stated before it in its paragraph (of subjects, the last of its own concept first), else the article's own from its headline and lead
    paragraph — stated before the figure (or the figure is in the headline), never a month or a
    day (a part of the story or a point in it) nor the first year of a from–to. Kept None when the article never says, and no period is taken by a figure whose
    sentence speaks of another time ("compared to 2023", "over the past five years"). A subject
    with a partner ("china>kazakhstan" for trade) goes whole only to a figure of the same concept,
    to others its first actor. Before the paragraph's first subject, the country its opening words
    name (`paragraph_topic`, given the paragraph's start and the figure) comes before the article's own. In an undated article (`undated` is then its language), a part of a
    year its sentence names without the year ("in the first quarter") is of the carried period's
    year (`_part_of_year`). A flow whose sentence names only its other end (`flow_ends`: figure
    start → that end) never takes that end as its trader. A period still ahead at `published` (a
    target: "to reach $4.8 trillion by 2033") is carried to no other figure, and a forecast or target
    takes none carried. In a dated article whose lead gives no figure a subject, the country a line of
    the lead opens on (`paragraph_topic`) is the subject of the figures after it. One pass, in text
    order."""
    from ..facts import is_forecast

    lead_end, headline_end = _lead_end(text), _headline_end(text)
    lead = [f for f in figures if f.start < lead_end]
    stated = next((f for f in lead if f.period and not _YEAR_SPAN.match(f.period) and not _POINT.match(f.period)
                   and not _ahead(f.period, published) and not _a_target(f)
                   and not _FROM_END.search(text, max(f.evidence.start, f.start - _LOOK_BEHIND), f.start)), None)
    subject_stated = next((f for f in lead if f.subject), None)
    lead_starts = [0, *(m.end() for m in _LINE_START.finditer(text, 0, lead_end))]
    out: list[Figure] = []
    paragraph = -1
    period: str | None = None
    subject: tuple[str, str] | None = None
    said_by_concept: dict[str, tuple[str, str]] = {}  # the paragraph's last subject of each concept
    timed_sentences: dict[tuple[int, int], bool] = {}  # figures of one sentence share its words of time
    topic_at = 0
    for f in figures:
        start_of_paragraph = text.rfind("\n", 0, f.start)
        if start_of_paragraph != paragraph:
            paragraph, period, subject = start_of_paragraph, None, None
            said_by_concept = {}
            topic_at = paragraph + 1
        if f.metric is None and (f.period is None or f.subject is None) and f.measure:
            timed = False
            if f.period is None:
                span = (f.evidence.start, f.evidence.end)
                if span not in timed_sentences:
                    bases = base_spans(text, *span)  # "compared with $0.9 billion in the same period last year"
                    timed_sentences[span] = any(not any(a <= t.start() < b for a, b in bases)
                                                for t in _TIME_WORDS.finditer(text, *span))
                timed = timed_sentences[span]
            default_period = _lead_period(stated, f, headline_end)
            topic = paragraph_topic(topic_at, f) if subject is None and f.subject is None and paragraph_topic else None
            # of subjects said in the paragraph, the last of the figure's own concept first ("Der
            # Handelsumsatz mit China … 3,01 Milliarden …, der Export usbekischer Produkte … Im
            # Vergleich zum Vorjahr stieg der Handelsumsatz um 646,1 Millionen": China's trade)
            # (the lead's subject as the period: stated before the figure, or the figure in the headline;
            # "Xinjiang verzeichnete … 220,63 Milliarden Yuan …" is not Kazakhstan's, the partner a
            # later sentence of the lead names)
            default_subject = (None if subject_stated is None or subject_stated.subject is None or not (
                subject_stated.start < f.start or f.start < headline_end)
                else (subject_stated.subject, _concept(subject_stated)))
            said = said_by_concept.get(_concept(f)) or subject or ((topic, "") if topic else None) or default_subject
            if said is None and f.subject is None and paragraph_topic is not None and published:
                # the country the lead opens on ("BEIJING, 12. Juli (Xinhua) -- China hat 2024 ein
                # weiteres Jahr mit einer Rekordernte …"), when no figure of the lead says whose; in a
                # dated article only (an undated one's figures keep too little of their key to be
                # guessed further: "Usbekistan hat in der ersten Jahreshälfte …" of an unknown year)
                lead_topic = next((t for at in lead_starts if at < f.start and (t := paragraph_topic(at, f))), None)
                said = (lead_topic, "") if lead_topic else None
            carried = None if said is None else said[0] if said[1] == _concept(f) else said[0].split(">")[0]
            own_end = flow_ends.get(f.start) if flow_ends and carried is not None else None
            if carried is not None and own_end is not None:
                # "… Ausfuhren nach Russland sanken": Russia is the partner, not the trader; "4,2 Milliarden
                # Kubikmeter nach Europa, 3,2 Milliarden Kubikmeter in die Türkei": the trader carried,
                # with the other end this figure names itself
                trader = carried.split(">")[0]
                carried = (None if trader == own_end else _flow_subject(carried, own_end)
                           if own_end in carried.split(">") else f"{trader}>{own_end}")
            if f.period is None and not timed:
                timed = _in_from_to(text, f)  # "von 0,8 % auf 1,5 %": two times, neither the one carried
            if f.period is None and not timed:
                # a target or forecast is of a time of its own ("Allein im Mai 2021 … Zuvor hatten sich
                # die Behörden das Ziel gesetzt, … 200 Milliarden US-Dollar zu erreichen"): not May's
                timed = is_forecast(f)
            new_period = f.period or (None if timed else period or default_period)
            if f.period is None and undated is not None and (candidate := period or default_period) is not None:
                # the part of a year its sentence names ("during the third quarter"), of the carried year,
                # even where those words keep the carried period itself away
                new_period = _part_of_year(f, candidate, undated) or new_period
            if f.period is None and new_period is not None and compared_base(text, f.start, f.start + len(f.text)):
                # "Imports stood at $66.3 billion, against $65 billion a year earlier": the base is of the
                # carried time a year before (or of no time this can tell)
                new_period = a_year_before(new_period)
            new_subject = f.subject or carried
            if new_period != f.period or new_subject != f.subject:  # a copy only when something is carried
                f = replace(f, period=new_period, subject=new_subject)
        if f.period and not _YEAR_SPAN.match(f.period) and not base_after(text, f.start + len(f.text)) and not (
                period and f.period == a_year_before(period) and _YEAR_BEFORE_SAID.search(text, f.evidence.start, f.evidence.end)) \
                and not _a_base(text, f):
            # not a base's ("up from $6.05 billion the previous year", "more than in the previous year, when
            # the figure was $140 million", "up from $71.71 billion in March 2023"): the story stays in its own time
            # (a target's time is its own: "the $50 billion target set … for 2030" gives no year to
            # "the first 9 months of this year" of an undated article)
            period = None if _ahead(f.period, published) or _a_target(f) else f.period
        if f.subject:
            subject = (f.subject, _concept(f))
            said_by_concept[_concept(f)] = subject
        out.append(f)
    return out


_TO_BEFORE = re.compile(r"\b(?:to|auf)\s+" + _QUALIFIED + r"\Z", re.IGNORECASE)
_FROM_TO_GAP = re.compile(r"\b(?:from|von)\s+" + _QUALIFIED + r"[$€£¥]?\d[\d.,]*(?P<rate>\s*(?:%|Prozent|percent|per\s+cent|pct))?"
                          r"[^.;]{0,60}?\b(?:to|auf)\s+" + _QUALIFIED + r"\Z", re.IGNORECASE)


_TARGET_WORD = re.compile(r"\b(?:targets?|goals?|Ziel|Ziele|Zielmarke|Zielwert)\b")
_TARGET_REACH = 30  # characters around a figure's number searched for a word that makes it a target


def _a_target(figure: Figure) -> bool:
    """Whether a word right beside the figure's number calls it a target ("the $50 billion target",
    "das Ziel von 200 Milliarden"): its time is the target's, no period of the figures after it."""
    ev = figure.evidence
    at = figure.start - ev.start
    if not 0 <= at <= len(ev.quote):
        return False
    return _TARGET_WORD.search(ev.quote, max(0, at - _TARGET_REACH), at + len(figure.text) + _TARGET_REACH) is not None


def _a_base(text: str, figure: Figure) -> bool:
    """Whether the figure is what a change started from: after "from" ("up from $71.71 billion in
    March 2023"), or the first of a German "von … auf …"."""
    m = _FROM_END.search(text, max(figure.evidence.start, figure.start - _LOOK_BEHIND), figure.start)
    return m is not None and (m.group().lower().startswith("from") or _in_from_to(text, figure))


def _in_from_to(text: str, figure: Figure) -> bool:
    """Whether the figure is a value of a from–to in its sentence ("von 0,8 % auf 1,5 %", "from
    $2 billion to $5 billion"): the two values are of two times, so a period stated before
    them is the time of neither for sure."""
    lo = max(figure.evidence.start, figure.start - _LOOK_BEHIND)
    if _FROM_END.search(text, lo, figure.start):
        # not "ein Anstieg von 5 %", nor "ein Plus von 25 Prozent auf 12,1 Milliarden US-Dollar"
        return to_value_after(text, figure.start + len(figure.text), figure.evidence.end, figure.unit)
    if _TO_BEFORE.search(text, lo, figure.start) is None:
        return False
    gap = _FROM_TO_GAP.search(text, max(figure.evidence.start, figure.start - 2 * _LOOK_BEHIND - 40), figure.start)
    return gap is not None and (gap["rate"] is not None) == (figure.unit == "percent")  # "von 25 % auf 12 Mrd." is none


def _part_of_year(figure: Figure, carried: str, language: str) -> str | None:
    """The part of the carried period's year that the figure's sentence names without a year, in
    an undated article ("GDP increased by 5.3% in the first quarter", under a headline of "the
    first half of 2024": 2024-Q1), or None: the year is read as the article states it."""
    year = carried[:4]
    if not year.isdigit():
        return None
    ev = figure.evidence
    at = figure.start - ev.start
    if not 0 <= at <= len(ev.quote):
        return None
    part = period_of(ev.quote, at, at + len(figure.text), language, f"{year}-12-31")
    return part if part is not None and part[:4] == year and len(part) > 4 and "/" not in part[:5] else None


# A month or a day ("by the end of October", "in January") is a point or a part of the story's
# period (a stock counted then, one month of a quarter): no period for the article's other figures.
_POINT = re.compile(r"\A\d{4}-\d\d(?:-\d\d)?\Z")
_HEADLINE_MOST = 160  # a first line longer than this is a paragraph, not a headline


def _lead_period(stated: Figure | None, figure: Figure, headline_end: int) -> str | None:
    """The lead's period for a figure that states none: only when the lead stated it before the
    figure (a later sentence may speak of a part of the story), or the figure is in the headline,
    which the lead under it explains."""
    if stated is None or not (stated.start < figure.start or figure.start < headline_end):
        return None
    return stated.period


def _headline_end(text: str) -> int:
    """Where a short first line (a headline; a date line aside) ends; 0 when the text opens with a
    paragraph."""
    start = 0
    while True:
        while start < len(text) and text[start] in " \t\r\n":
            start += 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if not text.startswith("date ", start) or end == len(text):
            return end if end - start <= _HEADLINE_MOST else 0
        start = end


def _concept(figure: Figure) -> str:
    return (figure.measure or "").split(":")[0]


_LINE_START = re.compile(r"\n(?=[^\n])")


def _lead_end(text: str) -> int:
    """Where the headline and lead paragraph end: after the first few non-empty lines."""
    end, seen = 0, 0
    while seen < _LEAD_LINES:
        nl = text.find("\n", end)
        if nl < 0:
            return len(text)
        line = text[end:nl]
        seen += bool(line.strip()) and not text.startswith("date ", end) and not (
            len(line) < _SITE_LINE_MOST and _SITE_LINE.search(line))
        end = nl + 1
    return end


# "German.news.cn| 06-12-2021 08:56:52| 新华网", "Xinhua) 10:35, December 05, 2021": a site's line of
# its name, date and time, no line of the lead
_SITE_LINE = re.compile(r"\||\b\d\d?:\d\d\b")
_SITE_LINE_MOST = 80


def _agreeing(text: str, q_start: int, words: str, mentions: list[ConceptMention]) -> list[ConceptMention]:
    """The mentions of `words` (the sentence before the one at `q_start`) whose article agrees with
    the German pronoun opening that sentence ("Es" with "das …", "Er" with "der …", "Sie" with "die
    …"); all of them when it opens with none."""
    pronoun = _PRONOUN_DE.match(text, q_start)
    if pronoun is None:
        return mentions
    articles = _ARTICLES_OF[pronoun.group(1)]
    agreeing = []
    for m in mentions:
        article = _ARTICLE_BEFORE.search(words, max(0, m.start - 40), m.start)
        if article is not None and article.group(1).lower() in articles:
            agreeing.append(m)
    return agreeing

