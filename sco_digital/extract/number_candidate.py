"""A figure in the making (:class:`Candidate`), what follows a number (:class:`After`), and
its qualifier from the comparison words around it ("more than 830", "40 Millionen übersteigen")."""

from __future__ import annotations

import re

from dataclasses import dataclass

from ..contract import AT_LEAST, EXACT, MORE_THAN
from .lang import vocabulary
from .number_parsing import scaled
from .number_patterns import SPACES, patterns
from .number_units import UnitReading

__all__ = ["After", "Candidate", "per_year", "per_year_of_lists", "read_qualifier", "set_qualifier"]

class Candidate:
    """A figure in the making; ``bare`` ones (no unit, no noun, no scale) need a reason to stay."""

    __slots__ = (
        "start", "end", "value", "mantissa", "decimals", "scale", "unit", "qualifier",
        "qualifier_start", "counted", "bare", "accepted", "change", "range_with", "sign", "factor",
        "scaled_by_word", "change_read",
    )

    def __init__(self, start: int, end: int, mantissa: int | float, decimals: int, scale: int) -> None:
        self.start, self.end = start, end
        self.mantissa, self.decimals, self.scale = mantissa, decimals, scale
        self.sign = 1
        self.factor = 1.0
        self.value: int | float = scaled(mantissa, decimals, scale)
        self.unit: str | None = None
        self.qualifier, self.qualifier_start = EXACT, start
        self.counted: tuple[int, int] | None = None
        self.bare = False
        self.accepted = True
        self.change: str | None = None
        self.change_read = False  # whether `change` was read from the text (see numbers._read_change)
        self.range_with: Candidate | None = None
        self.scaled_by_word = scale != 1

    def rescale(self, scale: int) -> None:
        self.scale = scale
        self.scaled_by_word = True
        self.recompute()

    def recompute(self) -> None:
        if self.factor >= 1.0 and float(self.factor).is_integer() and isinstance(self.scale, int):
            # a whole factor ("5.21 LT": lakh tonnes) scales exactly, as a scale word does
            value = scaled(self.mantissa, self.decimals, self.scale * int(self.factor))
        else:
            value = scaled(self.mantissa, self.decimals, self.scale)
            value = round(value * self.factor, 12)
        self.value = -value if self.sign < 0 else value


@dataclass(slots=True)
class After:
    """What follows a number: scale word, unit reading, and where the figure ends."""

    end: int
    scale_word: str | None = None
    reading: UnitReading | None = None


# A bound glued to its number by a hyphen: "a near-60% share", "an over-50% stake".
BOUND_GLUED = re.compile(r"(?<![\w-])(?P<q>near|nearly|almost|over|about|around|roughly|some|under|below|above)-\Z",
                         re.IGNORECASE)


def read_qualifier(text: str, start: int, lang: str | None) -> tuple[str, int]:
    if start > 1 and text[start - 1] == "-":
        glued = BOUND_GLUED.search(text, max(0, start - 12), start)
        if glued is not None:
            said = vocabulary(lang).qualifiers_before
            word = glued["q"].lower()
            return said.get(word, said.get(word + "ly", EXACT)), glued.start()
    if start == 0 or text[start - 1] not in SPACES:
        return EXACT, start  # every qualifier is followed by a space: "more than 5", not "(5"
    left = text[max(0, start - 32) : start]
    m = patterns(lang).qualifier_before.match(left[::-1])
    if not m:
        return EXACT, start
    phrase = " ".join(m.group("q")[::-1].lower().split())
    if phrase in ("over", "over a") and _PHRASAL_OVER.search(text, max(0, start - m.end() - 12), start - m.end()):
        return EXACT, start  # "China has rolled over a $1 billion loan": the verb's particle, no bound
    if phrase == "over" and _CHANGE_OVER.search(text, max(0, start - m.end() - 24), start - m.end()):
        return EXACT, start  # "up 2.6 per cent over 71.6 MT in the preceding year": the base, no bound
    if phrase == "über" and _DEAL_OVER.search(text, max(0, start - m.end() - 40), start - m.end()):
        return EXACT, start  # "einen Vertrag über 72 Millionen Euro": the deal's amount, no bound
    return vocabulary(lang).qualifiers_before.get(phrase, EXACT), start - m.end()


# After "gegen" and its number, the time of a comparison: "gegen 21,3 Prozent im Vorjahr", "gegen 4
# Milliarden Euro 2016" set the number against another ("versus"), they do not round it ("gegen 500
# Gäste": about 500).
# A noun right before "gegen" governs it: "Sanktionen gegen", "Klage gegen" ("kamen gegen 500": about).
_NOUN_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!\A)\b[A-ZÄÖÜ][a-zäöüß]+[^\S\n]+\Z")
_COMPARED_TIME = re.compile(r"(?:[^\S\n]+[^\W\d]+\.?){0,2}[^\S\n]+(?:im\s+Vorjahr\w*|im\s+(?:gleichen|selben|"
                            r"entsprechenden)\s+Zeitraum|(?:im\s+Jahre?\s+)?(?:19|20)\d\d\b|vor\s+einem\s+Jahr)")


# Verbs whose particle is "over": "rolled over", "handed over", "turned over" ("took over 5 years"
# is more than five).
_PHRASAL_OVER = re.compile(r"\b(?:roll|hand|turn)(?:s|ed|ing)?\s+\Z", re.IGNORECASE)
# A rate of change right before "over": the level after it is what the change is measured against
_CHANGE_OVER = re.compile(r"\d(?:\s*%|\s+(?:per\s*cent|percent|pct|percentage\s+points?))\s+\Z", re.IGNORECASE)


# German nouns of a deal or a claim whose amount "über" names: "einen Vertrag über 72 Millionen Euro",
# "ein Kredit über 500 Millionen Dollar" (a contract for, a loan of).
_DEAL_OVER = re.compile(r"\b(?:Vertr[aä]g|Auftr[aä]g|Kredit|Darlehen|Abkommen|Vereinbarung|Rechnung|Scheck|Bestellung|"
                        r"Anleihe|Zusage)(?:e|en|es|s|n)?\s+\Z")


AGENT_WORDS = 4  # words between "mit"/"with" and the number it introduces: "mit einem BIP von"


def reference_of_other(text: str, start: int, lang: str | None) -> bool:
    """Whether the number starting at ``start`` is introduced by "mit"/"with" a few words before,
    in its clause: then a verb after it ("übertroffen") compares someone else with it."""
    left = text[max(0, start - 48) : start]
    cut = max(left.rfind(ch) for ch in ",;.:\n")
    words = left[cut + 1 :].lower().split()[-AGENT_WORDS:]
    return any(w in vocabulary(lang).reference_agents for w in words)


def set_qualifier(cand: Candidate, text: str, start: int, end: int, lang: str | None) -> int:
    """Qualify `cand` from the words before it ("more than") or after it ("or more",
    "übersteigen"); return the offset after everything that belongs to the number."""
    cand.qualifier, cand.qualifier_start = read_qualifier(text, start, lang)
    if (cand.qualifier != EXACT and text.startswith("gegen", cand.qualifier_start)
            and _COMPARED_TIME.match(text, end)):
        cand.qualifier, cand.qualifier_start = EXACT, start  # "18 Prozent, gegen 21,3 Prozent im Vorjahr": versus
    if (cand.qualifier != EXACT and text.startswith("gegen", cand.qualifier_start)
            and _NOUN_BEFORE.search(text, max(0, cand.qualifier_start - 40), cand.qualifier_start)):
        cand.qualifier, cand.qualifier_start = EXACT, start  # "Sanktionen gegen vier Unternehmen": against
    if cand.qualifier == EXACT and lang != "en" and _EXCEEDED_SUBJECT_BETWEEN.search(text, max(0, start - 80), start):
        cand.qualifier = MORE_THAN  # "Im vergangenen Jahr überstieg der Handelsumsatz 1 Milliarde Euro"
    if text[end : end + 1] not in SPACES or end == len(text):
        return end  # the words after a number ("or more", "wurde überschritten") follow a space
    post = patterns(lang).qualifier_after.match(text, end)
    if post and cand.qualifier == EXACT:
        phrase = " ".join(post.group("q").lower().split())
        cand.qualifier = vocabulary(lang).qualifiers_after.get(phrase, AT_LEAST)
        if " " not in phrase and reference_of_other(text, cand.qualifier_start, lang):
            cand.qualifier = EXACT  # "nur von den USA mit 27,4 Billionen Dollar übertroffen": theirs
    if post is None and cand.qualifier == EXACT:
        # a threshold passed, told in the passive: "50 billion has been exceeded", "wurde überschritten"
        passive = patterns(lang).qualifier_passive.match(text, end)
        if passive:
            cand.qualifier = vocabulary(lang).qualifier_verbs_after.get(passive.group("q").lower(), EXACT)
    return post.end() if post else end


# A German verb of exceeding, then its subject (an article and up to three words), then the number:
# the verb stands second, before the subject, when the sentence opens with a time.
_EXCEEDED_SUBJECT_BETWEEN = re.compile(
    r"\b(?:überst(?:ieg|iegen|eigt|eigen)|übertr(?:af|afen|ifft|effen)|überschr(?:itt|itten|eitet|eiten))"
    r"[^\S\n]+(?:der|die|das)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}(?!um\b)[\w-]+[^\S\n]+\Z")  # "… um 5 Prozent": by


# Amounts of goods a plant or a contract moves in a year, and of energy it makes or stores in one
# ("Der Damm soll jährlich 300 Milliarden Kilowattstunden Strom gewinnen": kWh/yr, as the labelled
# sets read a year written with an energy; without one, "generated 117.9 billion kWh", an amount)
_CAPACITY_UNITS = frozenset({"t", "kt", "Mt", "Gt", "m3", "km3", "bbl", "l", "hl", "TEU", "kWh", "MWh", "GWh", "TWh"})
# ... or an annual capacity named by its noun: "ein jährliches Transportpotential zwischen 130.000 und
# 850.000 TEU", "an annual capacity of 5 million tonnes" (both ends of a range; "annual exports of
# 3 million tons", "an annual throughput of 37,289,600 TEU" are a year's total)
_PER_YEAR_BEFORE = re.compile(
    # "can annually process 4.5 billion cubic meters": what a plant can do a year, its verb between
    r"\b(?:jährlich|annually|yearly|(?<=can[^\S\n])(?:annually|yearly)[^\S\n]+(?:produce|process|handle|ship"
    r"|supply|transport|deliver|mine|refine|pump|carry|generate)|per[^\S\n]+year|pro[^\S\n]+Jahr"
    r"|(?:(?:jährliche[nrs]?[^\S\n]+[\w-]*(?:kapazität|potential|potenzial|leistung|menge)|[\w-]*jahreskapazität)[^\S\n]+"
    r"(?:von|zwischen|in[^\S\n]+Höhe[^\S\n]+von)"
    r"|annual[^\S\n]+(?:[\w-]+[^\S\n]+)?(?:capacity|potential)[^\S\n]+(?:of|between))"
    r"(?:[^\S\n]+(?:rund|etwa|bis[^\S\n]+zu|about|around|up[^\S\n]+to))?"
    r"(?:[^\S\n]+[\d.,]+[^\S\n]+(?:und|bis|and|to))?)[^\S\n]+\Z", re.IGNORECASE)


# ... or said after the amount and what it is of: "exports 3 million tonnes of grain annually", "1,550
# GWh of electricity annually"
_PER_YEAR_AFTER = re.compile(r"(?:[^\S\n]+(?:of|an|von)(?:[^\S\n]+[\w-]+){1,2})?[^\S\n]+(?:annually|yearly|per[^\S\n]+year|"
                             r"each[^\S\n]+year|every[^\S\n]+year|jährlich|pro[^\S\n]+Jahr)\b", re.IGNORECASE)


# Between two amounts of one list: what the first is of, then "and", "und", "sowie" or a comma, maybe
# a verb ("4.5 billion cubic meters of natural gas and produce 3.7 billion cubic meters")
_LIST_GAP = re.compile(r"(?:[^\S\n]+(?:of|an|von)?[^\S\n]*[^\W\d]+(?:-[^\W\d]+)*){0,3}[^\S\n]*"
                       r"(?:,|[^\S\n]+(?:und|and|sowie))(?:[^\S\n]+[a-zäöü]+)?[^\S\n]+\Z")
_LIST_GAP_MOST = 60  # characters between two amounts of one list, at most


def per_year_of_lists(cands: list[Candidate], text: str) -> None:
    """A year said once for a list of capacities: "jährlich 700.000 t Ammoniak und 1,2 Mio. t
    Harnstoff" (forward, from a year said before the first) and "120.000 Tonnen Ammoniak und
    200.000 Tonnen Harnstoff pro Jahr" (backward, from a year said after the last) give each "/yr"."""
    def base(c: Candidate) -> str | None:
        return c.unit[:-3] if c.unit is not None and c.unit.endswith("/yr") else c.unit

    def listed(a: Candidate, b: Candidate) -> bool:
        return (b.start - a.end <= _LIST_GAP_MOST and base(a) in _CAPACITY_UNITS and base(b) in _CAPACITY_UNITS
                and _LIST_GAP.match(text[a.end : b.start]) is not None)

    def said_after(c: Candidate) -> bool:
        return _PER_YEAR_AFTER.match(text, c.end) is not None or _YEAR_WRITTEN.search(text, c.start, c.end) is not None

    before = {id(c) for c in cands if c.unit is not None and c.unit.endswith("/yr") and not said_after(c)}
    for a, b in zip(cands, cands[1:]):  # forward: the year before the first
        if id(a) in before and b.unit in _CAPACITY_UNITS and listed(a, b):
            b.unit += "/yr"
            before.add(id(b))
    after = {id(c) for c in cands if c.unit is not None and c.unit.endswith("/yr") and said_after(c)}
    for a, b in reversed(list(zip(cands, cands[1:]))):  # backward: the year after the last
        if id(b) in after and a.unit in _CAPACITY_UNITS and listed(a, b):
            a.unit += "/yr"
            after.add(id(a))


_YEAR_WRITTEN = re.compile(r"\b(?:annually|yearly|per[^\S\n]+year|jährlich|pro[^\S\n]+Jahr)\b", re.IGNORECASE)


def per_year(cand: Candidate, text: str) -> None:
    """A capacity a year: "jährlich bis zu 500.000 Tonnen", "annually some 5 million tonnes",
    "jährlich sechs Millionen Tonnen" take "/yr" on their unit (`_PER_YEAR_BEFORE`)."""
    if cand.unit in _CAPACITY_UNITS and (_PER_YEAR_BEFORE.search(text, max(0, cand.qualifier_start - 64),
                                                                  cand.qualifier_start)
                                         or _PER_YEAR_AFTER.match(text, cand.end)):
        cand.unit += "/yr"
