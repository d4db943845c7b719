"""Facts: figures that state the same statistic, joined across articles and languages.

Two figures state the same statistic when they have the same :func:`statistic_key`: the same
curated metric (and period), or the same measure (a concept of `concepts.yaml`, a level or a
change), period, subject and unit. Equal values alone never join: a figure whose measure,
period or subject is unknown joins only its own repeats inside one article (headline and body).
A fact whose figures differ beyond rounding and qualifiers is a conflict.

The key is a string so an index can form facts with ``GROUP BY stat_key`` and turn each group
into facts with :func:`facts_from_group`; `build_facts` does the same grouping in memory for a
corpus without an index. Measures are written ``<concept>`` for a level, ``<concept>:change`` or
``<concept>:average-change`` for a change; subjects ``<actor>`` or ``<actor>><partner>``.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import Iterable, Sequence

from .contract import EXACT, FactStatus, is_currency
from .extract.clauses import clause_bounds
from .extract.number_parsing import scale_factor
from .extract.number_patterns import VAGUE_COUNT_WORDS
from .load.registry import Registries
from .match.concepts import UNIT_CONCEPTS, is_exchange_rate
from .match.countries import country_ids
from .records import Fact, Figure

# Between the parts of a key. The unit is one part: a currency code is its own unit, so money in
# different currencies is a different key and never a conflict.
_SEP = "|"


# A share of an unnamed whole ("accounting for 40 percent of …"): the key cannot say of which
# whole, so such figures join only their repeats; `compare` still pairs them, on more evidence.
OF_A_WHOLE = frozenset({"share"})


def statistic_key(figure: Figure) -> str | None:
    """What a figure states, as a string: equal keys are the same statistic (maybe other values).

    ``metric:<id>@<period>`` for a curated metric; ``measure:<concept[:change]>|<period>|<subject>|<unit>``
    for a figure whose measure, period and subject are all known; otherwise
    ``article:<id>|<value>|<unit>|<measure or counted noun>``, which joins repeated mentions inside
    one article and nothing across articles (two reports of "222 cities" with no period said
    may be two dates); so does a number asked about or a threshold passed (`is_question`,
    `is_threshold`). None for a bare count with neither measure nor counted noun: it stands alone.
    """
    if figure.metric:
        return f"metric:{figure.metric}@{figure.period or ''}"
    if (figure.measure and figure.period and figure.subject and figure.measure not in OF_A_WHOLE
            and not is_question(figure) and not is_threshold(figure)
            and not is_size_class(figure) and not is_vague(figure)):  # the cheap tests first
        key = "measure:" + _SEP.join((measure_key(figure), figure.period, figure.subject, unit_of(figure)))
        return key + _SEP + "forecast" if is_forecast(figure) else key
    if figure.unit == "count" and not figure.counted and not figure.measure:
        return None
    what = measure_key(figure) if figure.measure else (figure.counted or "").strip().lower()
    return "article:" + _SEP.join((figure.article, _fmt(figure.value), unit_of(figure), what))


def status_of(figure: Figure) -> str:
    """``level``, ``change`` or ``average-change``: a growth rate is never the same statistic as
    the amount that grew. From the measure's suffix; a multiple ("10.9-fold increase", "das
    10,9-Fache") compares with a base, so it is a change whatever verb was read beside it; without
    a measure, a percentage-point figure or a percentage with a stated direction is a change."""
    status = figure.measure.split(":", 1)[1] if figure.measure and ":" in figure.measure else "level"
    if figure.unit == "times" and status == "level":
        return "change"
    if figure.measure is None and (figure.unit in ("percentage_point", "basis_point")
                                   or (figure.unit == "percent" and figure.change)):
        return "change"
    if status == "level" and figure.unit == "percent" and figure.measure in _AMOUNTS_ONLY_GROW:
        return "change"  # "7.2 per cent in 2022-23" of the economy is its growth: no economy is a percentage
    return status


# Concepts that are amounts and never themselves a percentage: a percentage of one is its change
# (a share of it is another concept, "share-of-gdp").
_AMOUNTS_ONLY_GROW = frozenset({"gdp", "growth"})


def measure_key(figure: Figure) -> str:
    """A figure's measure as the key writes it: the concept, and ``:<status>`` for a change."""
    concept = (figure.measure or "").split(":", 1)[0]
    if concept == "growth" and figure.subject and figure.subject in country_ids():
        concept = "gdp"  # "Pakistans Wachstum", "India's growth": a country's growth is its economy's
    status = status_of(figure)
    return concept if status == "level" else f"{concept}:{status}"


# Units of one dimension that news writes with different prefixes ("520 GW", "520 million
# kilowatts", "3,35 TWh"): (the unit joining compares in, its factor).
_JOINING_UNITS: dict[str, tuple[str, float]] = {
    "W": ("kW", 1e-3), "kW": ("kW", 1.0), "MW": ("kW", 1e3), "GW": ("kW", 1e6), "TW": ("kW", 1e9),
    "Wh": ("kWh", 1e-3), "kWh": ("kWh", 1.0), "MWh": ("kWh", 1e3), "GWh": ("kWh", 1e6), "TWh": ("kWh", 1e9),
    # energy a year: what a plant makes "annually" is what another report calls its output ("9.5 billion
    # kilowatt-hours of electricity production annually", "9,5 Milliarden Kilowattstunden Strom")
    "kWh/yr": ("kWh", 1.0), "MWh/yr": ("kWh", 1e3), "GWh/yr": ("kWh", 1e6), "TWh/yr": ("kWh", 1e9),
    "kg": ("t", 1e-3), "t": ("t", 1.0), "kt": ("t", 1e3), "Mt": ("t", 1e6), "Gt": ("t", 1e9),
    # "um 150 Basispunkte" and "by 1.5 percentage points": a rate moved by one amount
    "basis_point": ("percentage_point", 0.01), "percentage_point": ("percentage_point", 1.0),
}


def in_joining_form(figure: Figure) -> Figure:
    """The figure with its value in the unit joining compares in (`_JOINING_UNITS`), a fall
    written with a minus sign as its size, as words write it ("-1.8%" as "sank um 1,8 Prozent";
    the direction stays in `change`), and sales in money as revenue: a copy for comparing only,
    the id kept; any other figure as it is."""
    if figure.change == "down" and not isinstance(figure.value, list) and figure.value < 0:
        figure = replace(figure, value=-figure.value)
    if figure.measure and figure.measure.split(":", 1)[0] == "sales" and is_currency(figure.unit):
        # sales in money are what was earned by them: "Umsatz von 43,76 Milliarden Yuan" and "sales of
        # 43.76 billion yuan" (German "Umsatz" is both)
        figure = replace(figure, measure="revenue" + figure.measure[len("sales"):])
    base = _JOINING_UNITS.get(figure.unit)
    if base is None or base == (figure.unit, 1.0):
        return figure
    unit, factor = base
    value = figure.value
    return replace(figure, value=[v * factor for v in value] if isinstance(value, list) else value * factor, unit=unit)


def as_percent_rise(figure: Figure) -> Figure | None:
    """A rise to a multiple written in digits ("6.4 times more than in 2022", "das 2,5-Fache") as
    the rise in percent it is ((multiple - 1) × 100: "um 543 Prozent mehr"), a copy with the id
    kept; None for any other figure (a fall, a multiple in words: "verdoppeln")."""
    if (figure.unit != "times" or figure.change == "down" or isinstance(figure.value, list) or figure.value <= 1
            or not any(c.isdigit() for c in figure.text)):
        return None
    concept = (figure.measure or "").split(":", 1)[0]
    return replace(figure, value=(figure.value - 1) * 100, unit="percent", change="up",
                   measure=f"{concept}:change" if concept else None)


def as_exports(figure: Figure) -> Figure | None:
    """A country's imports from another told from the seller's side ("China's imports from
    Russia", china>russia, are Russia's exports to China, russia>china: the one flow two reports
    tell from either end), a copy with the id kept; None for any other figure."""
    concept, sep, rest = (figure.measure or "").partition(":")
    buyer, _, seller = (figure.subject or "").partition(">")
    if concept != "imports" or not seller:
        return None
    return replace(figure, measure="exports" + sep + rest, subject=f"{seller}>{buyer}")


def unit_of(figure: Figure) -> str:
    """The unit a figure's value is in, for joining: its own, except that a count of what a unit
    names is in that unit ("1.75 million containers" and "1,749 Millionen TEU": `UNIT_CONCEPTS`), and
    an exchange rate is in the currency it prices ("12,800 soums per dollar" and "12.800 Sum", as a
    report may leave the dollar unsaid)."""
    if is_exchange_rate(figure.unit):
        return figure.unit.split("/")[0]
    if figure.unit == "count" and figure.measure and ":" not in figure.measure:
        for unit, concept in UNIT_CONCEPTS.items():
            if figure.measure == concept:
                return unit
    return figure.unit


# Words that make a figure a forecast or target, not a result: "is expected to reach", "soll …
# erreichen", "prognostiziert", "projected", "aims to achieve", "strebt an, … zu erreichen",
# "target of", "Ziel von".
_FORECAST = re.compile(
    r"\b(?:expect\w*|forecast\w*|project(?:ed|ion|ions)|predict\w*|anticipat\w*|estimated\s+to|"
    r"will\s+(?:reach|hit|exceed|rise|grow|increase|top|surpass)|(?:is|are)\s+set\s+to|aim(?:s|ing)?\s+(?:to|for|at)|"
    # "About 74 billion parcels are likely to be handled in 2020": what is likely (not "might grow",
    # "could reach", "könnte", "dürfte": as often what a value would mean, "a deal that could reach
    # $2 billion", or a hedge the other language's report leaves out)
    r"(?:is|are)\s+(?:seen\s+as\s+)?likely\s+to|"
    r"(?:targets?|goals?)\s+(?:of|to|for|is|was|are|set)\b|"
    r"hop(?:es|ed|ing)\s+(?:to|for)|"  # a hope is an aim: "hopes to reach", "Hoffnungen auf eine Ernte von 130 Mio. Tonnen"
    r"Hoffnung\w*|hofft\w*|erwarte\w*|prognos\w*|voraussichtlich|Prognose\w*|Erwartung\w*|soll(?:en|te|ten)?|"
    # German compounds: "Inflationserwartungen", "Wachstumsprognose" (not "unerwartet": a result)
    r"\w+(?:erwartung|prognose)(?:en|n)?|"
    r"(?:an|ange)?streb\w*|Ziel(?:vorgabe\w*|wert\w*)?|zielt|plan(?:s|ned)?\s+to|"
    # "das Ziel gesetzt, ein Handelsvolumen … von 200 Milliarden US-Dollar zu erreichen": an aim's
    # infinitive after the amount, however far its noun stands
    r"zu\s+erreichen|"
    # "Die CAAC rechnet in diesem Jahr mit 690 Millionen Passagierreisen": what is reckoned with
    r"rechne(?:t|n|te|ten)?(?=[^.;:!?\n]{0,60}\bmit\b)|"
    # an obligation to reach a value: "the government must ensure emissions are reduced to 65-67%"
    r"must\s+(?:ensure|reach|achieve|(?:be\s+)?(?:reduc|cut|rais|increas|bring|lower)\w*)|"
    # "projects" is a verb before what is projected ("The EBRD projects a remarkable GDP growth of
    # 9%"), a noun elsewhere ("12 projects")
    r"projects\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}(?:growth|increase|rise|decline|expansion|contraction|GDP|inflation))\b",
    re.IGNORECASE)
# German "will"/"wollen" (wants to: "Im Jahr 2026 will Guizhou seine Rechenleistung auf 190 EFLOPS
# steigern") and "plant"/"geplant" state an aim; in English "will" alone is no cue. The German
# modal stands early and its verb at the clause's end, so it is looked for farther back.
_FORECAST_DE = re.compile(r"\b(?:will|wollen|wollte|wollten|plant|planen|geplant\w*)\b", re.IGNORECASE)
# "soll" with "haben" or "sein" reports a result, hearsay, not an aim: "dieser soll im
# Vorjahresvergleich um 1,1% zugelegt haben", "Diese soll … ausgedehnt worden sein", "Bei Sojabohnen
# sollen es mit 7,1 Mio. Tonnen rund 3,4% mehr sein".
_REPORTED_PAST = re.compile(r"[^;!?\n]{0,120}?\s(?:haben|sein)\b")
_FORECAST_REACH = 80  # characters of the figure's sentence either side of the number searched
_TARGET = re.compile(r"(?:targets?|goals?|Ziel)", re.IGNORECASE)
# "grew by 4.1 percent, exceeding the initial forecast by 0.2 percentage points": after the number's
# clause a forecast named as a thing (a determiner before the noun) is what the next number is
# compared with, as a target is; the number itself is a result.
_FORECAST_NOUN = re.compile(r"(?:forecasts?|projections?|predictions?|expectations?|Prognosen?|Erwartungen?)\Z",
                            re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|this|that|die|der|den|eine[nr]?|ihre[nr]?|seine[nr]?)"
                                r"\s+(?:[\w-]+\s+)?\Z", re.IGNORECASE)


_FAR_FORECAST_REACH = 200  # characters before a number searched for a verb of expectation governing it
_EXPECTS = re.compile(r"expect(?:s|ed)|forecasts?|projected|predicts?|anticipates?", re.IGNORECASE)
_BREAK_BETWEEN = re.compile(r"[,;:.!?()]|\b(?:but|while|whereas|after|although|however|which|that)\b", re.IGNORECASE)


def _compared_forecast(quote: str, m: re.Match[str]) -> bool:
    """Whether the forecast word `m` (after a number's clause) names a forecast as a thing: a
    determiner before it ("the initial forecast") or its value after it ("forecasts of 4 percent")."""
    return bool(_FORECAST_NOUN.match(m.group())) and (
        _DETERMINER_BEFORE.search(quote, max(0, m.start() - 30), m.start()) is not None
        or _OF_AFTER.match(quote, m.end()) is not None)


_OF_AFTER = re.compile(r"\s+(?:of|von)\s+\S*\d")
_DIGIT = re.compile(r"\d")
_THAN_BEFORE = re.compile(r"\b(?:than|als)\s+\Z", re.IGNORECASE)
# "blowing past expectations", "beat analysts' forecasts", "übertraf die Erwartungen": a result set
# beside a forecast is a result, as "faster than expected" is (not the number the forecast names:
# "exceeding the target of $200 billion")
_BEATEN_BEFORE = re.compile(r"\b(?:past|beat(?:ing|s)?|above|below|exceed(?:ed|ing|s)?|top(?:ped|ping|s)|"
                            r"surpass(?:ed|ing|es)?|miss(?:ed|ing)?|outpac(?:ed|ing)|übertr\w*|verfehlt\w*)\s+"
                            r"(?:(?:the|analysts[’']?|market|consensus|most|den|die|der)\s+){0,2}\Z", re.IGNORECASE)
_BEATEN_REACH = 40  # characters before a forecast word read for the result that beat it
_NUMBER_NAMED = re.compile(r"\s*(?:(?:of|von|by|um)\s+)?\S{0,3}\d")  # the number a forecast word names
_BY_NUMBER = re.compile(r"\s+(?:of|von|by|um)\s+\S*\d")
# A forecast word after the number that names a change or amount of another number is that number's:
# "stiegen um 17,7 Prozent und blieben hinter dem von Analysten erwarteten Anstieg von 24,9 Prozent
# zurück", "rose 5% against an expected growth of 7%"
_NUMBER_FOLLOWS = re.compile(r"(?:[^\S\n]+[^\s\d,.;:!?()]+){1,2}?[^\S\n]+(?:von|of)[^\S\n]+[$€£¥₹]?\d")


def is_forecast(figure: Figure) -> bool:
    """Whether the figure's sentence makes it a forecast, expectation or target ("is expected to
    grow 138 percent", "wird … voraussichtlich erreichen"), which never states the same statistic
    as a reported result. Read from the evidence around the number: bounded, no registry."""
    ev = figure.evidence
    at = figure.start - ev.start
    if not 0 <= at <= len(ev.quote):
        return False
    after = at + len(figure.text)
    lo, hi = max(0, at - _FORECAST_REACH), after + _FORECAST_REACH
    clause_end = min(hi, clause_bounds(ev.quote, at, after)[1])
    # A target named after the number's clause is the next number's: "over $240 billion,
    # exceeding the target of $200 billion". A verb there still speaks of it ("…, analysts expect").
    # Inside its clause too, a forecast after the number that another number is compared with is
    # that number's ("wuchs um 4,1 Prozent und übertraf die Prognose um 0,2 Prozentpunkte").
    # "faster than expected", "schneller als erwartet": a result compared with a forecast is a result.
    # A verb of expectation farther back governs the number when no clause break stands between: "CAICT
    # expects China's digital economy to be valued at 32 trillion yuan and account for 35 percent …"
    far = [m for m in _FORECAST.finditer(ev.quote, max(0, at - _FAR_FORECAST_REACH), at) if m.start() < lo
           and _EXPECTS.fullmatch(m.group()) and not _BREAK_BETWEEN.search(ev.quote, m.end(), at)]
    cues = [m for m in (*far, *_FORECAST.finditer(ev.quote, lo, hi))
            if not _THAN_BEFORE.search(ev.quote, max(0, m.start() - 6), m.start())
            and not (_BEATEN_BEFORE.search(ev.quote, max(0, m.start() - _BEATEN_REACH), m.start())
                     and not _NUMBER_NAMED.match(ev.quote, m.end()))  # "exceeding the target of $200 billion"
            and not (m.group()[:4].lower() == "soll" and _REPORTED_PAST.match(ev.quote, m.end()))
            and not (m.end() <= at and _apart_from(ev.quote, m, at))]
    if any(not (m.start() >= after and (_compared_forecast(ev.quote, m) and _BY_NUMBER.match(ev.quote, m.end())
                                        or _NUMBER_FOLLOWS.match(ev.quote, m.end())))
           for m in cues if m.start() < clause_end) or any(
            not _TARGET.match(m.group()) and not _compared_forecast(ev.quote, m)
            and _DIGIT.search(ev.quote, m.end()) is None  # "…, the estimate anticipates 75 million": that one's
            # (to the sentence's end: "…, die erwartet hatten, dass der Zins … bei 12% bleiben würde")
            for m in cues if m.start() >= clause_end):
        return True
    return figure.language == "de" and (_FORECAST_DE.search(ev.quote, max(0, at - 2 * _FORECAST_REACH), hi) is not None
                                        or _future_de(ev.quote, at, after, clause_end))




# What sets a forecast word before a number apart from it: a contrast between them ("had been
# predicted to rise but instead edged down to 7.4%"), or a number of the target's own right before it
# ("the 4% target of the Central Bank, which hiked interest rates to 16%").
_CONTRAST = re.compile(r"\b(?:but|however|instead|yet|aber|jedoch|doch|stattdessen|sondern)\b", re.IGNORECASE)
_OWN_NUMBER_BEFORE = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d[\d.,]*(?:[^\S\n]*(?:%|per[^\S\n]?cent|percent|Prozent)|-(?:percent|Prozent))?[^\S\n]*\Z")


# A sentence's end: a full stop after a word of three small letters or more ("Mrd.", "Mio." are
# abbreviations), then a capital: "… ein attraktives Ziel. Diese steckten 2013 … 117,6 Mrd. Dollar"
_SENTENCE_END = re.compile(r"(?<=[a-zäöüß]{3})[.!?][\"”’)]?\s+(?=[A-ZÄÖÜ])")


def _apart_from(quote: str, cue: re.Match[str], at: int) -> bool:
    """Whether a forecast word before the number at `at` speaks of something else: a contrast or a
    sentence's end (`_SENTENCE_END`) stands between them, or a target has a number of its own right
    before it ("the 4% target"; not a year)."""
    if _CONTRAST.search(quote, cue.end(), at) or _SENTENCE_END.search(quote, cue.end(), at):
        return True
    if not _TARGET.match(cue.group()):
        return False  # a verb of forecast governs every number after it: "projects growth of 9% in 2024, moderating to 7%"
    return _OWN_NUMBER_BEFORE.search(quote, max(0, cue.start() - 20), cue.start()) is not None


def _future_de(quote: str, at: int, after: int, clause_end: int) -> bool:
    """Whether the number's clause is in the German future tense: an infinitive with "wird" or
    "werden" after the number ("…, das sich 2025 auf 7 % abschwächen wird"), or "wird" before it
    and an infinitive ending its sentence after it ("Das Land wird 2026 rund 4 % wachsen."). A
    participle is the passive, a result ("auf 5 Mrd. geschätzt wird", "… umgeschlagen werden")."""
    if _VERB_FINAL_FUTURE.search(quote, after, clause_end) is not None:
        return True
    # the main clause: "wird" and the infinitive in the number's clause, no comma between them
    aux = [m for m in _FUTURE_AUX.finditer(quote, max(0, at - 2 * _FORECAST_REACH), at)][-1:]
    last = _INFINITIVE_LAST.search(quote, after, min(len(quote), after + _FORECAST_REACH))
    return bool(aux) and last is not None and not _CLAUSE_BREAK.search(quote, aux[0].end(), at) \
        and not _CLAUSE_BREAK.search(quote, after, last.start())


# An infinitive: a lower-case verb ending in -en, -ern or -eln that is no "ge-" participle (with or
# without a separable prefix: "gewachsen", "angeboten", "umgeschlagen") nor a strong participle of
# an inseparable verb, told by its vowel ("übertroffen", "überwiesen", "vertrieben", "verbunden").
_INFINITIVE = (r"(?!(?:ab|an|auf|aus|bei|dar|durch|ein|fest|fort|frei|her|hin|hoch|los|mit|nach|um|vor|weg|weiter|"
               r"wieder|zu|zurück|zusammen|über|unter)?ge)"
               r"(?![a-zäöüß]*(?:offen|iesen|ieben|ossen|ohlen|oten|iffen|oben|oren|ochen|ieden|ungen|unden|itten|"
               r"issen|ogen|orben|orfen)\b)[a-zäöüß]+(?:en|ern|eln)")
_VERB_FINAL_FUTURE = re.compile(r"\b" + _INFINITIVE + r"\s+(?:wird|werden|werde)\b")  # "… ansteigen werde": reported
_FUTURE_AUX = re.compile(r"\b(?:wird|werden)\b")
_CLAUSE_BREAK = re.compile(r"[,;:.!?]\s|\b(?:dass|und|aber|während|weil|wie)\s")
_INFINITIVE_LAST = re.compile(r"\s" + _INFINITIVE + r"(?=\s*[.;!?](?:\s|\Z))")


_SENTENCE_STOP = re.compile(r"[.!?](?=\s|\Z)")


def is_question(figure: Figure) -> bool:
    """Whether the figure's sentence asks rather than reports ("What does the figure of 10
    trillion kWh mean?", "Wird das BIP um 5 Prozent wachsen?"): a number asked about states no
    statistic, so it joins nothing but its own repeats and `compare` pairs it with nothing."""
    ev = figure.evidence
    at = figure.start - ev.start + len(figure.text)
    if not 0 <= at <= len(ev.quote):
        return False
    stop = _SENTENCE_STOP.search(ev.quote, at)
    return stop is not None and stop.group() == "?"


# A threshold named as such: "die Marke von 10 Billionen Kilowattstunden", "the 10-trillion-kWh
# mark", "the milestone of 100 billion parcels".
_MARK_BEFORE = re.compile(r"\b(?:Marke|mark|milestone|Meilenstein|threshold|Schwelle|Hürde|barrier)\s+(?:von|of)\s+"
                          r"(?:(?:über|mehr\s+als|more\s+than|over)\s+)?\Z", re.IGNORECASE)
_MARK_AFTER = re.compile(r"(?:-|\s+)(?:Marke|mark|milestone|threshold|Schwelle)\b", re.IGNORECASE)
# A value passed for the first time: "surpassed 10 trillion kWh for the first time", "the first
# time it has ever exceeded 1.5 billion kilowatts", "übertraf damit zum ersten Mal den Wert von 32
# Billionen Yuan", "erstmals 10 Millionen Einheiten überschritten".
_PASSED = re.compile(r"\b(?:surpass\w*|exceed\w*|top(?:s|ped)?|cross(?:es|ed)?|pass(?:es|ed)?|broke|break\w*|"
                     r"überschr\w*|übertr\w*|überst\w*|durchbr\w*|knack\w*)\b", re.IGNORECASE)
_FIRST_TIME = re.compile(r"\b(?:first\s+time|first-ever|erstmal\w*|zum\s+ersten\s+Mal)\b", re.IGNORECASE)
_JOINED = re.compile(r"\b(?:und|and|oder|or|sowie)\b", re.IGNORECASE)
_PASSED_BEFORE = 50  # characters before the number searched for the verb ("übertraf damit zum ersten Mal den Wert von")
_PASSED_AFTER = 20  # and after it: a German verb stands at the clause's end ("10 Millionen Einheiten überschritten")


def is_threshold(figure: Figure) -> bool:
    """Whether the figure names a threshold passed rather than what was measured: named a mark
    ("die Marke von 1,5 Milliarden Kilowatt", "the 10-trillion-kWh mark"), or a value passed for
    the first time ("surpassed 10 trillion kWh for the first time"). Such a bound says the
    measured value lies above it; joined with the value ("1.506 billion kilowatts") it would
    claim one statistic, so it joins only its repeats. Read from the evidence, bounded."""
    ev = figure.evidence
    at = figure.start - ev.start
    if not 0 <= at <= len(ev.quote):
        return False
    after = at + len(figure.text)
    quote = ev.quote
    if _MARK_BEFORE.search(quote, max(0, at - 40), at) or _MARK_AFTER.match(quote, after):
        return True
    if _FIRST_TIME.search(quote) is None:
        return False
    lo, hi = clause_bounds(quote, at, after)
    if _PASSED.search(quote, max(lo, at - _PASSED_BEFORE), at) is not None:
        return True
    verb = _PASSED.search(quote, after, min(hi, after + _PASSED_AFTER))
    # A verb after "und" is another statement's: "erreichte 1,506 Milliarden Kilowatt und überschritt …"
    return verb is not None and _JOINED.search(quote, after, verb.start()) is None


# The bound that defines a class of firms, not a statistic of them: "Industrieunternehmen mit
# einem Jahresumsatz von mindestens 20 Millionen Yuan (etwa 3,1 Millionen US-Dollar)", "firms
# with annual business revenues of at least 20 million yuan (about 3.1 million U.S. dollars)".
_SIZE_CLASS = re.compile(
    r"\b(?:with|mit)\s+(?:an?\s+|einem\s+|einer\s+)?(?:(?:annual|yearly|jährliche[mn]?|main|business)\s+)*"
    r"(?:\w*umsatz|\w*umsätzen|\w*einnahmen|revenues?|turnover|sales|income)\s+(?:of|von)\s+"
    r"(?:at\s+least|no\s+less\s+than|not\s+less\s+than|over|above|more\s+than|mindestens|über|mehr\s+als)\s+"
    r"(?:[^()\n]{1,40}\(\s*(?:about|around|approximately|roughly|some|etwa|rund|ca\.|ungefähr)?\s*)?\Z", re.IGNORECASE)
_SIZE_CLASS_BEFORE = 120  # characters before the number searched for the class it bounds


# A vague count ("several agreements", "mehrere Minister": at least 3) says that there are some,
# no amount another report can state: it joins nothing but its repeats and `compare` pairs it with
# nothing.
_VAGUE_COUNTS = frozenset(word for words in VAGUE_COUNT_WORDS.values() for word in words)


def is_vague(figure: Figure) -> bool:
    """Whether the figure is a vague count (`_VAGUE_COUNTS`)."""
    return figure.text.lower() in _VAGUE_COUNTS


def is_digit_bound(figure: Figure) -> bool:
    """Whether the figure is a bound told by its digits ("double-digit", "zweistellig": at least 10
    percent): a bound, not a value a report gives."""
    from .extract.lang import vocabulary

    text = figure.text.lower()
    return any(text in vocabulary(lang).digit_words for lang in ("en", "de"))


# Places counted as a fixed group, the scope of a statistic rather than one: a tier of cities ("in 31
# second-tier cities, prices … went down 0.2 percent"; in German "35 Städte dritten Ranges", "in 31
# Städten der zweiten Kategorie") or the whole a part is counted of ("20 out of 70 … cities", "43 der
# 70 Städte"); not places counted as they change ("six cities witnessed higher prices", "in sechs
# Städten stiegen die Preise") nor where a statistic is found ("in 47 countries … 38.1 trillion")
_PLACE_NOUNS = frozenset("cities countries provinces regions states districts städte städten länder ländern "
                         "provinzen regionen staaten bezirke bezirken".split())
_WHOLE_OF = re.compile(r"\d[\d.,]*[^\S\n]+(?:out[^\S\n]+of|of(?:[^\S\n]+the)?|von|der)[^\S\n]+\Z")
_CLASSIFIER_AFTER = re.compile(r"[^\S\n]+(?:der[^\S\n]+)?(?:ersten|zweiten|dritten|vierten)[^\S\n]+(?:Kategorie|Ranges)\b")


def is_scope_count(figure: Figure) -> bool:
    """Whether a count of places names a fixed group (see `_PLACE_NOUNS`): the same groups recur in
    every release of a statistic, so such a count is no statistic to pair."""
    if figure.unit != "count" or not figure.counted:
        return False
    words = figure.counted.split()
    if words[-1].lower() not in _PLACE_NOUNS:
        return False
    ev = figure.evidence
    at = figure.start - ev.start
    if not 0 <= at <= len(ev.quote):
        return False
    noun = ev.quote.find(words[-1], at)
    return (any(w.lower().endswith("-tier") for w in words)
            or _WHOLE_OF.search(ev.quote, max(0, at - 24), at) is not None
            or (noun >= 0 and _CLASSIFIER_AFTER.match(ev.quote, noun + len(words[-1])) is not None))


def is_size_class(figure: Figure) -> bool:
    """Whether the figure is the bound that defines the firms counted ("with annual revenues of at
    least 20 million yuan", and its conversion in brackets): it says what is counted, it is no
    statistic, so it joins only its repeats and `compare` pairs it with nothing."""
    ev = figure.evidence
    at = figure.start - ev.start
    if not 0 <= at <= len(ev.quote):
        return False
    return _SIZE_CLASS.search(ev.quote, max(0, at - _SIZE_CLASS_BEFORE), at) is not None


def complete_repeats(figures: Sequence[Figure]) -> list[Figure]:
    """One article's figures, a repeat taking what its fuller mention says.

    A headline often states a figure tersely ("Trade up 9.3%") that the body states in full ("In
    the first half, China's trade with SCO countries rose 9.3 percent"). A figure with the same
    value and unit as another of the same article, and the same measure or none, takes the other's
    measure, period and subject where it lacks them, so both fall into one fact. Small counts
    (below 100) are too common to be taken for repeats.
    """
    fullest: dict[tuple[str, str], Figure] = {}
    for f in figures:
        if f.unit == "count" and abs(f.value) < 100:
            continue
        key = (_fmt(f.value), f.unit)
        best = fullest.get(key)
        if f.measure and (best is None or _completeness(f) > _completeness(best)):
            fullest[key] = f
    out = []
    for f in figures:
        full = fullest.get((_fmt(f.value), f.unit))
        if full is None or full is f or f.metric or (f.measure and f.measure != full.measure):
            out.append(f)
            continue
        out.append(replace(f, measure=full.measure, period=f.period or full.period,
                           subject=f.subject or full.subject, change=f.change or full.change))
    return out


def _completeness(f: Figure) -> int:
    return (f.period is not None) + (f.subject is not None)


# ---- agreement ---------------------------------------------------------------------------------

# A number as written: digits and the marks between them ("14.38", "1 500", "7·1"); `compare` reads it too.
WRITTEN_DIGITS = re.compile(r"\d[\d.,·\u00a0\u202f ']*\d|\d")


def precision_of(figure: Figure) -> float:
    """The step of the last digit written, in the figure's scaled units: "14.38 trillion" → 1e10,
    "9,3 Prozent" → 0.1, "29,000" → 1."""
    m = WRITTEN_DIGITS.search(figure.text)
    if not figure.value:
        return 0.0
    if m is None:
        # "sechs Prozent", "zwei Millionen": a number in words is a whole one of its scale word
        step = max((scale_factor(w, figure.language) for w in figure.text.split()), default=1)
        return float(step) if float(figure.value / step).is_integer() else 0.0
    written = m.group().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "")
    decimal = "·" if "·" in written else "," if figure.language == "de" else "."
    head, sep, tail = written.rpartition(decimal)
    if sep and tail.isdigit() and not (len(tail) == 3 and figure.language not in ("de", "en")):
        decimals = len(tail)
        plain = float(head.replace(",", "").replace(".", "") + "." + tail)
    else:
        decimals = 0
        plain = float(written.replace(",", "").replace(".", ""))
    scale = abs(figure.value) / plain if plain else 1.0
    return scale * 10.0 ** -decimals


_ROUGH_DIGITS = 2  # "about 40", "etwa 1,5 Millionen": a round number; "about 197.9 billion" is no guess


def significant_digits(figure: Figure) -> int:
    """Digits written, without leading or trailing zeros: "10,175 Millionen" → 5, "280 Millionen" → 2."""
    return len(_digits(figure))


def _about_reach(figure: Figure) -> float:
    """How far either way "about" lets a figure's value lie beyond its written precision: a tenth
    of it for a value written with one significant digit or in words ("about 40", "etwa zwei
    Millionen"); half a step of the last significant digit for two ("around 510 million" is 505 to
    515: a report of 520 million would say "around 520"; "etwa 1,5 Millionen" allows 1.54);
    nothing for three or more ("etwa 199 Milliarden", a conversion: exact to its last digit
    whatever the qualifier says)."""
    m = WRITTEN_DIGITS.search(figure.text)
    written = re.sub(r"\D", "", m.group()) if m else ""
    digits = significant_digits(figure)
    if digits <= 1:
        return 0.1 * abs(float(figure.value))
    if digits <= _ROUGH_DIGITS:
        return float(precision_of(figure) * 10 ** (len(written) - len(written.rstrip("0"))) / 2)
    return 0.0


# How far above "more than X" a report's value may lie: a writer rounds down at the precision
# written ("more than 20" for 25: one step of its last digit) or by a quarter at most ("more than
# $24 billion" is not how one writes $31 billion; "surpassed 79.73 billion yuan" is no report of
# 1.2 trillion).
_BOUND_REACH = 0.25
_LOWER_BOUNDS = frozenset({"more_than", "at_least"})


def _bound_reach(figure: Figure) -> float:
    """How far above an open lower bound ("exceeding $24 billion") the value it reports may lie:
    one step of the bound's last written non-zero digit, or `_BOUND_REACH` of it, whichever is more."""
    m = WRITTEN_DIGITS.search(figure.text)
    written = re.sub(r"\D", "", m.group()) if m else ""
    step = precision_of(figure) * 10 ** (len(written) - len(written.rstrip("0")))
    return float(max(step, _BOUND_REACH * abs(figure.value)))


def interval_of(figure: Figure, reported: bool = True) -> tuple[float, float]:
    """The values a figure allows, from its value, written precision and qualifier. An open lower
    bound starts at its value, not half a step below it ("mehr als 10 Millionen" is no report of 9.7
    million), and reaches up by `_bound_reach` when `reported` (as a report states a value: "more
    than 24" says "24 and a bit"), else without end (as logic reads it)."""
    v = float(figure.value)
    half = precision_of(figure) / 2
    q = figure.qualifier
    if q in _LOWER_BOUNDS:
        return v, v + _bound_reach(figure) if reported else math.inf
    if q in ("less_than", "up_to"):
        return -math.inf, v + half
    if q == "nearly":
        return v - abs(v) * 0.15 - half, v + half
    if q == "about":
        reach = _about_reach(figure)
        return v - reach - half, v + reach + half
    return v - half, v + half


_APPROXIMATE = frozenset({"nearly", "about"})  # qualifiers that say a value is rounded, not bounded
_SAME_VALUE = 1e-4  # values this close (relatively) are one value written two ways: 0.01 %


def all_agree(figures: Sequence[Figure]) -> bool:
    """Whether figures of one statistic can all be right: one unit, and values that overlap once
    precision and qualifiers are allowed for ("14.3821 trillion" and "14.38 trillion"; "more than
    20" and 25; "fast 40" and "nearly 40"; not "nearly 3.03 million" and "nearly 3.02 million": one
    word of approximation on both sides compares the values as written). An open lower bound
    agrees with a stated value up to `_bound_reach` above it ("surpassed 79.73 billion" and "1.2
    trillion" are two statistics), and with another such bound whatever its value. Values within
    `_SAME_VALUE` of each other agree ("31,876" and "31.875 trillion": a last digit rounded up and
    down; "1.65" and "1.64" do not). Ends of ranges are compared as written. Intervals on a line
    meet pairwise iff all meet: linear."""
    if len({unit_of(f) for f in figures}) > 1:
        return False
    if len({f.value for f in figures}) == 1:
        return True
    values = [abs(f.value) for f in figures]
    if min(values) > 0 and (max(values) - min(values)) <= _SAME_VALUE * max(values) and \
            len({f.value > 0 for f in figures}) == 1:
        return True  # "31,876 Billionen" and "31.875 trillion": a last digit rounded two ways, no disagreement
    if all(f.range_with for f in figures):
        # "16 bis 18 Prozent" and "19.5-21.5%": ends of ranges are values as written, no open bounds
        figures = [replace(f, qualifier=EXACT) for f in figures]
    reported = not all(f.qualifier in _LOWER_BOUNDS for f in figures)
    if len({f.qualifier for f in figures}) == 1 and figures[0].qualifier in _APPROXIMATE:
        # "nearly 3.03 million" and "nearly 3.02 million": one word of approximation on both sides
        # leaves the values as written to agree within their precision, as stated values do; a value
        # written with fewer digits than the most precise stays a rounding ("ca. 280 Millionen" of
        # "approximately USD 281 million")
        most = max(map(significant_digits, figures))
        figures = [replace(f, qualifier=EXACT) if significant_digits(f) == most else f for f in figures]
    bounds = [interval_of(f, reported) for f in figures]
    low, high = max(lo for lo, _ in bounds), min(hi for _, hi in bounds)
    # Intervals that only touch (9.3 ± 0.05 and 9.4 ± 0.05) do not overlap: float noise aside.
    return low < high - 1e-9 * max(1.0, abs(high) if math.isfinite(high) else abs(low))


def restated(figures: Sequence[Figure]) -> bool:
    """Whether figures of one article can be one statistic said again (headline and body): their
    values as written agree within rounding, whatever their qualifiers. Open bounds of one article
    that merely overlap are two statistics: "nearly 5.26 million" trips in all and "exceeded 1.75
    million" a day (a report restating one number rounds it, it does not change it)."""
    return all_agree([f if f.qualifier == EXACT else replace(f, qualifier=EXACT) for f in figures])


# ---- facts ---------------------------------------------------------------------------------------


def build_facts(figures: Iterable[Figure], registries: Registries) -> list[Fact]:
    """Each statistic once: figures grouped by `statistic_key`, in corpus order."""
    groups: dict[str, list[Figure]] = {}
    alone: list[list[Figure]] = []
    order: list[list[Figure]] = []
    for figure in figures:
        key = statistic_key(figure)
        if key is None:
            alone.append([figure])
            order.append(alone[-1])
        elif key in groups:
            groups[key].append(figure)
        else:
            groups[key] = [figure]
            order.append(groups[key])
    return [fact for members in order for fact in facts_from_group(members, registries)]


def facts_from_group(figures: Sequence[Figure], registries: Registries) -> list[Fact]:
    """The facts of one statistic key (one ``GROUP BY stat_key`` group).

    Normally one fact. When one article itself gives two values that disagree under the key
    ("imported coal worth $90 billion … and farm products worth $13.66 billion", both China's
    imports in 2024), the key is too coarse to tell its statistics apart, and no report
    contradicts itself: the figures are split into runs of agreeing values, one fact each.
    """
    per_article: dict[str, list[Figure]] = {}
    for f in figures:
        per_article.setdefault(f.article, []).append(f)
    measured = not any(f.metric for f in figures)
    rounded = [f for f in figures if measured and _rounded_apart(f, figures)]
    kept = [f for f in figures if f not in rounded]
    if rounded and kept:
        return _in_order(figures, [kept, rounded], registries)
    in_article = all(restated(fs) for fs in per_article.values())
    if in_article and (all_agree(figures) or not measured or _attested(figures)):
        return [fact_from_group(figures, registries)]
    # Two statistics one article gives under the key are told apart by their values as written;
    # otherwise the runs are of values that can all be right.
    same = all_agree if in_article else restated
    runs: list[list[Figure]] = []
    for f in sorted(figures, key=lambda f: (unit_of(f), f.value)):
        if runs and same((*runs[-1], f)):
            runs[-1].append(f)
        else:
            runs.append([f])
    return _in_order(figures, runs, registries)


def _in_order(figures: Sequence[Figure], parts: list[list[Figure]], registries: Registries) -> list[Fact]:
    """Facts of the parts of a group (non-empty, each smaller than the group, each may split
    further), in corpus order."""
    order = {f.id: i for i, f in enumerate(figures)}
    parts = sorted(parts, key=lambda part: min(order[f.id] for f in part))
    return [fact for part in parts for fact in facts_from_group(part, registries)]


# A rounded figure ("almost 1 billion", "over 10 million": a qualifier on fewer significant digits
# than this) joins a figure of another article only when that one states the same value: its
# qualifier makes it agree with many precise values, and a report that rounds a headline may be
# rounding another statistic ("10 million trademarks" beside "10,175 Millionen" vehicles).
# Decision: silence beats a false merge; within one article a rounded headline still joins its
# body (`complete_repeats`, the in-article key).
_ROUNDED = 3
_YEARLIKE = re.compile(r"(?:19|20)\d\d")


def _digits(figure: Figure) -> str:
    m = WRITTEN_DIGITS.search(figure.text)
    return re.sub(r"\D", "", m.group()).strip("0") if m else ""


def _rounded_apart(f: Figure, group: Sequence[Figure]) -> bool:
    """Whether `f` is rounded — a qualifier ("almost", "über") on fewer than `_ROUNDED`
    significant digits — and the other articles of its group state other values only."""
    if f.qualifier == EXACT or len(_digits(f)) >= _ROUNDED:
        return False
    others = {g.value for g in group if g.article != f.article}
    return bool(others) and f.value not in others


def _attested(figures: Sequence[Figure]) -> bool:
    """Whether figures of several articles that disagree are one statistic beyond the key: the
    gate `compare` asks of a conflict, read from the figures' own sentences (a GROUP BY sees no
    more). Each article's figures must be written with the same digits as another's at another
    scale ("98,33 Billionen" and "98.33 billion"), or their sentences state another number
    (not a year) written with the same digits as the other article's ("um 23 Prozent" and "a
    23% increase" beside 13,817 and 13,187 trains). Otherwise they are kept apart as separate
    facts: two reports' different growth rates of one quarter may be two statistics."""
    by_article: dict[str, list[Figure]] = {}
    for f in figures:
        by_article.setdefault(f.article, []).append(f)
    groups = list(by_article.values())
    for i, mine in enumerate(groups):
        for theirs in groups[i + 1:]:
            if not any(_digits(a) == _digits(b) != "" or _sentence_numbers(a) & _sentence_numbers(b)
                       for a in mine for b in theirs):
                return False
    return True


def _sentence_numbers(figure: Figure) -> set[str]:
    """Digits of the numbers of a figure's sentence other than itself and years (two or more)."""
    own = _digits(figure)
    found = set()
    for m in WRITTEN_DIGITS.finditer(figure.evidence.quote):
        digits = re.sub(r"\D", "", m.group()).strip("0")
        if len(digits) >= 2 and digits != own and not _YEARLIKE.fullmatch(m.group()):
            found.add(digits)
    return found


def fact_from_group(figures: Sequence[Figure], registries: Registries) -> Fact:
    """One fact from the figures of one statistic key: single, consistent or conflict."""
    members = sorted(figures, key=lambda f: (f.article, f.start))
    values: list[float | int] = []
    for f in members:
        if f.value not in values:
            values.append(f.value)
    articles = tuple(sorted({f.article for f in members}))
    if len(members) > 1 and not all_agree(members):
        status = FactStatus.CONFLICT
    elif len(articles) == 1:
        status = FactStatus.SINGLE
    else:
        status = FactStatus.CONSISTENT
    head = next((f for f in members if f.language == "en"), members[0])
    qualifiers = {f.qualifier for f in members}
    topics: list[str] = []
    for f in members:
        topics.extend(t for t in f.topics if t not in topics)
    metric = registries.metric(head.metric)
    shown = values if status == FactStatus.CONFLICT else [head.value]
    return Fact(
        id=_fact_id(head),
        statement=statement(head, metric.labels.get("en") if metric else None, shown,
                            about=None if metric else about(head, registries)),
        value=values[0] if len(values) == 1 else values,
        unit=head.unit,
        qualifier=head.qualifier if len(qualifiers) == 1 else "/".join(sorted(qualifiers)),
        measure=head.measure, period=head.period, subject=head.subject,
        basis="metric" if head.metric else ("measure" if head.measure else "value"),
        topics=tuple(t for t in registries.topic_ids() if t in topics) or tuple(topics),
        articles=articles,
        figures=tuple(f.id for f in members),
        evidence=tuple(f.evidence for f in members),
        status=status.value,
    )


def _fact_id(head: Figure) -> str:
    if head.metric:
        return head.metric + (f"@{head.period}" if head.period else "")
    return "fact-" + head.id


# ---- statements ------------------------------------------------------------------------------------


def about(figure: Figure, registries: Registries) -> str | None:
    """"Uzbekistan — digital technology professionals trained — 2024": subject, measure, period."""
    if not figure.measure:
        return None
    concept_id, _, change = figure.measure.partition(":")
    concept = registries.concept(concept_id)
    label = concept.labels.get("en", concept_id) if concept else concept_id
    if change:
        label = f"{change.replace('-', ' ')} in {label}"
    parts = [subject_label(figure.subject, registries), label, figure.period]
    return " — ".join(p for p in parts if p)


def subject_label(subject: str | None, registries: Registries) -> str | None:
    """"China", "China–SCO" for ``china>sco``: lexicon names where known, else the id spelled out."""
    if not subject:
        return None
    names = []
    for actor_id in subject.split(">"):
        lex = next((a for a in registries.actors if a.id == actor_id), None)
        names.append(lex.names.get("en", actor_id) if lex else actor_id.replace("-", " ").title())
    return "–".join(names)


_QUALIFIER_WORDS = {
    "exact": "", "more_than": "more than ", "at_least": "at least ", "nearly": "nearly ",
    "about": "about ", "up_to": "up to ", "less_than": "less than ",
}
_UNIT_WORDS = {"percent": "%", "percentage_point": " percentage points", "basis_point": " basis points"}


def format_value(value: float | int, unit: str) -> str:
    number = _fmt(value) if not isinstance(value, int) else f"{value:,}"
    if unit in _UNIT_WORDS:
        return number + _UNIT_WORDS[unit]
    if unit == "count":
        return number
    return f"{number} {unit}"


def statement(head: Figure, metric_label: str | None, values: list[float | int], about: str | None = None) -> str:
    """A one-line English statement of the fact: `more than 830 digital technology professionals`,
    `China–SCO — trade volume — 2024: 512000000000 USD`."""
    amount = " / ".join(_QUALIFIER_WORDS.get(head.qualifier, "") + format_value(v, head.unit) for v in values)
    if metric_label:
        return f"{metric_label}: {amount}"
    if about:
        return f"{about}: {amount}"
    if head.counted:
        return f"{amount} {head.counted}" if head.unit == "count" else f"{head.counted}: {amount}"
    return amount


def _fmt(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:g}" if isinstance(value, float) else str(value)
