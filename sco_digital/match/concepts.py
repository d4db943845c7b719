"""What a figure measures, from the words around its number, in English and German.

`measure_of` names the concept of `concepts.yaml` a number is about ("29,000 professionals" →
professionals-trained, "trade volume reached $X" → trade-volume, "Der Handel … stieg um 9,3
Prozent" → trade-volume, "3.4% of GDP" → share-of-gdp); `is_change` tells a change ("rose 9.3
percent", "+2.7 %", "year on year", "Anstieg um") from a level, because a growth rate is never the
same statistic as the amount that grew; `change_direction` gives the direction the text states.

Words are compared in a normal form shared by the registry and the text, so inflection and
compounds need no listing: lower case, umlauts folded (Plätze = Platz), English plurals dropped
(companies = company), German endings -e -n -en -er -s -es -ern dropped (Exporte = Export,
Ländern = Land). A German noun matches a concept word it ends in — the head of a compound says what
it is ("Rohölexporte" → exports, "Unternehmensgewinne" → profit) — or, weaker, one it starts with
when the rest names a quantity ("Exportvolumen" → exports). German concept words match only
capitalised words (nouns), so the verb "handelt" is not trade. Each look-up reads a bounded window
around the number: linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Callable, Iterable, TypeVar

from ..contract import PHYSICAL_UNITS, RATE_UNITS, is_currency
from ..extract.clauses import WORD, clause_bounds, lowered, names_any, window
from ..extract.lang import vocabulary
from ..extract.number_patterns import ANOTHER, DE_ADJECTIVE_ENDINGS
from ..load.registry import Concept

_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "’": "'"})
_DE_ENDINGS = ("ern", "ens", "en", "er", "es", "e", "n", "s")
_LONGEST_WORD = 60
_SPANS_HELD = 256  # spans whose concepts `find` remembers
# The rest of a German compound after a concept word that still names an amount of it.
_QUANTITY_HEADS = frozenset({"volumen", "wert", "menge", "zahl", "umsatz", "summe", "niveau", "leistung",
                             "geschaft", "aufkommen", "bilanz", "portfolio", "bestand",
                             "verkehr",  # "Frachtverkehr", "Passagierverkehr": the traffic of it
                             # and of its move: "Umsatzsteigerung", "Gewinnplus", "Absatzrückgang"
                             "steigerung", "plus", "minus", "anstieg", "ruckgang", "zuwachs", "einbruch", "erhohung",
                             "sprung"})  # (the head alone: "Ursprung" is no concept's "Ur" + "sprung")
# English words that name no measure before "of": "over the course of the year", "the Power of
# Siberia pipeline", "the power of data".
_BEFORE_OF = frozenset({"course", "power"})
# English heads after a concept word that make it a modifier of something else ("trade minister").
_NOT_MEASURE_HEADS = frozenset({
    "minister", "ministry", "war", "zone", "partner", "policy", "talk", "route", "corridor", "official",
    "barrier", "representative", "office", "council", "organization", "organisation", "forum", "fair", "expo",
    "department", "bureau", "chamber", "center", "centre", "hub", "platform", "association", "dispute",
    "restriction", "control", "ban", "agreement", "deal", "pact", "negotiation", "tension", "relation",
})
# Concepts naming who or what does something, not an amount: skipped for money and percentages
# ("Chinese companies invested $5 billion" is investment, not companies).
_ACTOR_CONCEPTS = frozenset({"companies", "countries", "cities", "regions", "organisations", "representatives",
                             "startups", "universities", "schools", "hospitals", "households", "exhibitors"})
_LAST_RESORT = frozenset({"growth"})
# Heads of German compounds whose first part, of the kind given, changes what is measured: a
# harvest ("Ernte") is of grain unless a crop is named (then that crop), an "Ausstoß" of goods
# ("Goldausstoß") their output
_GASES_DE = ("co2", "co₂", "kohlendioxid", "kohlenstoff", "treibhausgas", "methan", "schadstoff", "abgas", "stickoxid",
             "feinstaub", "schwefel", "ruß", "russ")
_OF_WHAT_FIRST_PART: dict[str, tuple[str, str | None]] = {
    "grain": ("agricultural-products", None), "emissions": ("output", "output")}
# Flows of goods and money: named by a verb or noun before the goods ("imported … coal worth $90
# billion"), they say what the amount is, not the goods.
_FLOWS = frozenset({"trade-volume", "exports", "imports", "investment"})
# A flow whose goods counted after a number it is the amount of: "sold 12.89 million vehicles" are
# sales. (Not exports: "exported 4.91 million vehicles" and "Ausfuhren von … Personenkraftwagen" are
# exports of two kinds of goods, which "exports" alone would join.)
_GOODS_FLOWS = frozenset({"sales"})
# Words between a noun and the amount it has ("contracts worth over $213.8 billion", "Verträgen im
# Wert von mehr als 213,8 Milliarden Yuan", "Investitionssumme von etwa 2 Milliarden").
_CONNECTORS = frozenset({
    "worth", "of", "valued", "at", "totaling", "totalling", "amounting", "to", "over", "more", "than", "about",
    "around", "nearly", "almost", "some", "approximately", "roughly", "a", "an", "the", "total", "von", "im",
    "wert", "in", "höhe", "mehr", "als", "etwa", "rund", "fast", "knapp", "über", "insgesamt", "mit", "einem",
    "einer", "ca", "bei"})
_MONEY_OR_RATE = RATE_UNITS
# Units that name what they count: a figure in TEU counts (twenty-foot) containers whatever noun
# stands near it ("the trains carried 1.3 million TEU", "1,749 Millionen TEU mit Gütern"), and a
# count of containers is a number of TEU ("1.75 million containers"). A unit that only measures an
# amount (t, bbl, kWh) says no more than "some goods" and is no evidence of one concept.
UNIT_CONCEPTS: dict[str, str] = {"TEU": "containers", "t.km": "freight"}  # tonne-kilometres: freight turnover
# A power (W, kW, GW) is what plants can deliver: installed capacity, of whatever kind the words
# say ("wind capacity"), never an amount of electricity produced or used (that is energy, kWh):
# "the capacity of wind and solar power totaling 1.35 billion kW" is no figure of power generation.
POWER_UNITS = frozenset({"W", "kW", "MW", "GW", "TW"})


@lru_cache(maxsize=65536)
def _norm_en(word: str) -> str:
    w = word.lower().translate(_FOLD)
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _fold(word: str) -> str:
    return word.lower().translate(_FOLD)


@lru_cache(maxsize=65536)
def _norm_de(word: str) -> str:
    """Folded, one inflection ending dropped (for the words of German phrases)."""
    w = _fold(word)
    for ending in _DE_ENDINGS:
        if w.endswith(ending) and len(w) - len(ending) >= 4:
            return w[: -len(ending)]
    return w


def _de_forms(word: str) -> list[str]:
    """A German word as written and without each ending it may carry ("Ländern" → länder, land …)."""
    w = _fold(word).replace("-", "")[:_LONGEST_WORD]
    forms = [w] + [w[: -len(e)] for e in _DE_ENDINGS if w.endswith(e) and len(w) - len(e) >= 3]
    # "Internetnutzerinnen", "Nutzerin": the feminine of a word in "-er" is that word
    for feminine in ("erinnen", "erin"):
        if w.endswith(feminine) and len(w) - len(feminine) >= 3:
            forms.append(w[: -len(feminine) + 2])
    # "BIP-Wachstumsrate", "Exportwachstumsraten": the rate of a growth is that growth
    rate = next((r for r in _GROWTH_RATE_ENDINGS if w.endswith(r)), None)
    if rate is None or not w[: -len(rate)].endswith(("wachstum", "zuwachs")):
        return forms
    return [*forms, w[: -len(rate)]]


# What a growth's rate adds to the growth: "Wachstumsrate" is "Wachstum" + "srate".
_GROWTH_RATE_ENDINGS = ("sraten", "srate")


_NORM = {"en": _norm_en, "de": _norm_de}


@dataclass(frozen=True, slots=True)
class ConceptMention:
    """A concept named in text: ``text[start:end]`` are its words; `weak` when only a compound's
    first part matched."""

    concept: str
    start: int
    end: int
    weak: bool = False


def _previous_end(tokens: list[tuple[int, int, str]], i: int) -> int:
    """Where the word before token i ends, when only a space separates them; else -1."""
    if i == 0 or tokens[i][0] - tokens[i - 1][1] != 1:
        return -1
    return tokens[i - 1][1]


class ConceptMatcher:
    """The concept words of a registry, indexed in normal form per language."""

    def __init__(self, concepts: Iterable[Concept]):
        self.phrases: dict[str, dict[tuple[str, ...], str]] = {"en": {}, "de": {}}
        self.de_words: dict[str, str] = {}  # German nouns, folded: matched as compound heads
        self.de_lower: dict[str, str] = {}  # German words written in lower case (verbs): exact
        self.ids: list[str] = []
        self.known: frozenset[str] = frozenset()
        self.broader: dict[str, str] = {}
        self.counted: frozenset[str] = frozenset(c.id for c in concepts if c.counted)
        for concept in concepts:
            self.ids.append(concept.id)
            if concept.broader:
                self.broader[concept.id] = concept.broader
            for lang, norm in _NORM.items():
                for phrase in concept.words.get(lang, ()):
                    words = tuple(norm(w) for w in WORD.findall(phrase))
                    if not words:
                        continue
                    if lang == "de" and len(words) == 1:
                        table = self.de_words if phrase[:1].isupper() or phrase[:1].isdigit() else self.de_lower
                        table.setdefault(_fold(phrase).replace("-", ""), concept.id)
                    else:
                        self.phrases[lang].setdefault(words, concept.id)
        self.known = frozenset(self.ids)
        self.longest = max((len(p) for table in self.phrases.values() for p in table), default=1)
        # The first word of each phrase of two words or more -> the longest such phrase's length:
        # a word that begins none is looked up alone, without building a key per length.
        self._opening: dict[str, dict[str, int]] = {lang: {} for lang in self.phrases}
        for lang, phrases in self.phrases.items():
            opening = self._opening[lang]
            for phrase_words in phrases:
                if len(phrase_words) > 1:
                    opening[phrase_words[0]] = max(opening.get(phrase_words[0], 0), len(phrase_words))
        self._tokens: dict[str, dict[str, tuple[str, int, tuple[int, str, bool] | None]]] = {"en": {}, "de": {}}
        self._spans: dict[tuple[str, int, int, str | None], tuple[ConceptMention, ...]] = {}

    def sibling_named(self, concept: str, text: str, lo: int, hi: int) -> str | None:
        """A concept under the same broader one as `concept` whose English phrase opens with a word
        text[lo:hi] names: "increased oil production by 2% …, and natural gas by 5.8%" elides the
        head, and gas output is oil output's sibling."""
        parent = self.broader.get(concept)
        if parent is None:
            return None
        words = {w.lower() for w in WORD.findall(text, lo, hi)}
        if not words:
            return None
        named = {c for phrase, c in self.phrases["en"].items()
                 if len(phrase) > 1 and phrase[0] in words and c != concept and self.broader.get(c) == parent}
        return named.pop() if len(named) == 1 else None

    def depth(self, concept: str) -> int:
        """How many broader concepts stand above `concept` (5g-users → mobile-subscribers →
        subscribers: 2): the deeper of two readings is the more specific."""
        n = 0
        while concept in self.broader and n < 8:  # bounded: a registry may hold a cycle
            concept, n = self.broader[concept], n + 1
        return n

    def kind_of(self, concept: str, general: str) -> bool:
        """Whether `concept` is `general` or, through `broader`, a kind of it."""
        for _ in range(9):
            if concept == general:
                return True
            if concept not in self.broader:
                return False
            concept = self.broader[concept]
        return False

    def find(self, text: str, lo: int, hi: int, language: str | None) -> list[ConceptMention]:
        """Concepts named in text[lo:hi], left to right, longest phrase first at each word.

        Remembered for the last few spans asked (one sentence is read for each of its numbers,
        and again by `compare`); each word's normal form and single-word concept are remembered
        per language, so a span costs one dictionary look-up per word."""
        key = (text, lo, hi, language)
        held = self._spans.get(key)
        if held is not None:
            return list(held)
        languages = (language,) if language in _NORM else ("en", "de")
        tokens = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text, lo, hi)]
        found: list[ConceptMention] = []
        elided = {k for k, (_, end, _) in enumerate(tokens) if _HEAD_IN_NEXT.match(text, end)}
        for lang in languages:
            found.extend(self._find(tokens, lang, elided))
        if "en" in languages:
            # "it is planned to train at least 15 Academy coaches": after "to" a counted thing's
            # singular is a verb (the plural names the thing: "trains")
            found = [m for m in found if not (m.concept in self.counted and text[m.end - 1 : m.end].lower() != "s"
                                              and " " not in text[m.start : m.end]
                                              and _TO_BEFORE.search(text, max(lo, m.start - 4), m.start))]
        # "the brand reported Chinese sales had dropped 10 percent", "unter die Marke von 600.000
        # Einheiten": one brand or mark is a maker or a threshold, no count of trademarks; "in the
        # case of the G7" no count of cases
        found = [m for m in found if text[m.start : m.end].lower() not in _ONE_OF_COUNTED]
        if "companies" in self.known:
            # "35 residents in the Belarusian-Chinese industrial park Great Stone", "IT-Park residents in
            # Karakalpakstan": the residents of a park, hub or zone are the companies settled there
            found = [ConceptMention("companies", m.start, m.end, m.weak)
                     if m.concept == "population" and text[m.start : m.end].lower().startswith(("resident", "residenten"))
                     and (_SETTLED_IN.match(text, m.end, hi) or _SITE_BEFORE.search(text, max(lo, m.start - 20), m.start))
                     else m for m in found]
        if "share-of-gdp" in self.known and "gdp" in self.known:
            # "the growth rate of GDP", "die Wachstumsrate des BIP": the growth of the output, no share of it
            found = [ConceptMention("gdp", m.start, m.end, m.weak)
                     if m.concept == "share-of-gdp" and _GROWTH_OF.search(text, max(lo, m.start - 40), m.start)
                     and text[m.start : m.end].lower().startswith(("of ", "des ", "der "))
                     else m for m in found]
        found.sort(key=lambda m: (m.start, -m.end))
        if len(self._spans) >= _SPANS_HELD:
            self._spans.clear()
        self._spans[key] = tuple(found)
        return found

    def _token(self, word: str, lang: str) -> tuple[str, int, tuple[int, str, bool] | None]:
        """(normal form, longest phrase it may begin, its concept as one word) of a word."""
        memo = self._tokens[lang]
        entry = memo.get(word)
        if entry is None:
            if len(memo) > 100_000:  # bounded: a corpus has few distinct words, but no promise
                memo.clear()
            normal = _NORM[lang](word)
            entry = memo[word] = (normal, self._opening[lang].get(normal, 0), self._one_word(word, normal, lang))
        return entry

    def _find(self, tokens: list[tuple[int, int, str]], lang: str, elided: set[int]) -> list[ConceptMention]:
        """The concepts `tokens` name; a word whose head is left to the next ("Import- und
        Exportfrachtvolumen", the tokens `elided`) names none alone."""
        memo = self._tokens[lang]
        entries = [memo.get(t) or self._token(t, lang) for _, _, t in tokens]
        normal = [e[0] for e in entries]
        table = self.phrases[lang]
        out: list[ConceptMention] = []
        i = 0
        while i < len(tokens):
            _, longest, single = entries[i]
            if not longest and single is None:
                i += 1
                continue
            hit = None
            for n in range(min(longest, len(tokens) - i), 1, -1):
                concept = table.get(tuple(normal[i:i + n]))
                if concept is not None:
                    hit = (n, concept, False)
                    break
            if hit is None:
                hit = single
            if hit is None:
                i += 1
                continue
            n, concept, weak = hit
            if n == 1 and i in elided:
                i += 1  # "Import- und Exportfrachtvolumen": the freight volume of both, no imports
                continue
            if i + n < len(tokens) and tokens[i + n][2] in _NAME_HEADS and tokens[i][2][:1].isupper():
                i += n  # "Reserve Bank of India", "Investment Fund": a word of a body's name
                continue
            if lang == "en" and n == 1 and i + 1 < len(tokens) and (tokens[i][2].lower(), normal[i + 1]) in _VERB_USES:
                i += 1  # "The IMF projects growth at 2.6%": a verb, no projects
                continue
            if lang == "en" and n == 1 and i > 0 and tokens[i][2].lower() in _VERBS_AFTER_AUXILIARY \
                    and tokens[i - 1][2].lower() in _AUXILIARIES:
                i += 1  # "Yara will pay US$400 million for the plant": a verb, no wages
                continue
            first = i
            if lang == "en" and _previous_end(tokens, i) >= 0:
                # "5G mobile users": the word before with the phrase's head may name a narrower concept.
                narrower = table.get((normal[i - 1], normal[i + n - 1]))
                if narrower is not None and self.depth(narrower) > self.depth(concept):
                    concept, first = narrower, i - 1
                    if out and out[-1].start == tokens[i - 1][0]:
                        out.pop()
            if n > 1 and out and out[-1].concept in _LAST_RESORT and out[-1].end == _previous_end(tokens, i):
                # "growth of GDP", "Wachstum des BIP": not a share of it ("3% of GDP") but the
                # growth of what the phrase's last word names
                alone = entries[i + n - 1][2]
                if alone is not None and alone[1] not in _LAST_RESORT:
                    concept = alone[1]
            if lang == "en" and i + n < len(tokens) and (normal[i + n] in _NOT_MEASURE_HEADS or (
                    n == 1 and tokens[i][2].lower() in _BEFORE_OF and tokens[i + 1][2] == "of")):
                i += n
                continue
            if (lang == "en" and out and out[-1].end == _previous_end(tokens, i)
                    and concept not in _LAST_RESORT and not tokens[i - 1][2].endswith("ed")
                    and not (n == 1 and tokens[i][2].endswith("ed") and out[-1].concept in self.counted)):
                out.pop()  # "investment projects": the last noun of an English compound is its head
                # (not a verb before its object: "imported coal"; nor a participle after a thing
                # counted: "24.2 million passengers carried", unlike "coal exported")
            out.append(ConceptMention(concept, tokens[first][0], tokens[i + n - 1][1], weak))
            i += n
        return out

    def _one_word(self, word: str, normal: str, lang: str) -> tuple[int, str, bool] | None:
        if lang == "en":
            concept = self.phrases["en"].get((normal,))
            return None if concept is None else (1, concept, False)
        forms = _de_forms(word)
        if not (word[:1].isupper() or word[:1].isdigit()):
            # German nouns are capitalised; "handelt" is a verb. Lower-case concept words match exactly.
            concept = next((self.de_lower[f] for f in forms if f in self.de_lower), None)
            return None if concept is None else (1, concept, False)
        if forms[0].startswith(_NAMES_NOT_STATISTICS_DE):
            return None  # "in Anrainerstaaten der Seidenstraßen investiert": the Silk Road, no roads
        best: tuple[int, str, str] | None = None
        for form in forms:  # the head: the longest concept word the noun ends in
            for i in range(len(form)):
                concept = self.de_words.get(form[i:])
                # a compound's first part is a word of its own ("Öl" at least): "Preise" is no "P" + "Reise"
                if concept is not None and (i == 0 or (i >= 2 and len(form) - i >= 5 and form[i:] not in _WHOLE_WORDS_DE
                                                       and not _other_verbs_noun(form, i))):
                    # of equal length, the head of the shorter form: "Herstellerpreise" is
                    # "Hersteller" + "Preis(e)", not "Herstellerp" + "Reise"
                    if best is None or len(form) - i >= best[0]:
                        best = (len(form) - i, concept, form)
                    break
        if best is not None:
            if best[1] in _LAST_RESORT:
                # "BIP-Wachstum", "Exportwachstum": a growth of what its first part names
                first = self._first_part(best[2][: len(best[2]) - best[0]])
                if first is not None:
                    return 1, first, False
            if best[1] in _OF_WHAT_FIRST_PART and len(best[2]) > best[0]:
                # "Baumwollernte", "Weizenernte": a harvest of the crop its first part names;
                # "Goldausstoß": the output of gold, no emission
                part = best[2][: len(best[2]) - best[0]]
                named = self._first_part(part) or self._first_part(part + "e")
                kind, measured = _OF_WHAT_FIRST_PART[best[1]]
                if named is not None and named != best[1] and self.kind_of(named, kind):
                    return 1, measured or named, False
                if best[1] == "emissions" and "-" in word and not part.startswith(_GASES_DE):
                    return 1, "output", False  # "Nickel-Ausstoß", "Palladium-Ausstoß": a metal's output
            return 1, self._narrower(word, best[1]), False
        stem = forms[0]
        for j in range(len(stem) - 1, 4, -1):  # weaker: a first part followed by a quantity word
            concept = self.de_words.get(stem[:j])
            if concept is not None:
                rest = stem[j + 1:] if stem[j] == "s" else stem[j:]
                if any(f in _QUANTITY_HEADS for f in (*_de_forms(rest), *_de_forms(stem[j:]))):
                    return 1, concept, True
        return None


    def _first_part(self, part: str) -> str | None:
        """The concept a compound's first part names as a word of its own ("bip", "export",
        "handels" with its linking s), or None."""
        for form in (part, part[:-1] if part.endswith("s") else part):
            concept = self.de_words.get(form)
            if concept is not None and len(form) >= 3 and concept not in _LAST_RESORT:
                return concept
        return None

    def _narrower(self, word: str, concept: str) -> str:
        """"5G-Mobilfunknutzer": a hyphenated compound's first part with the concept word its head
        ends in ("5G-" + "Nutzer") may name a narrower concept than the head alone; the most
        specific wins."""
        parts = _fold(word).split("-")
        if len(parts) < 2:
            return concept
        head = _de_forms(parts[-1])
        best = concept
        for modifier in parts[:-1][:3]:
            for form in head:
                for i in range(len(form) - 2):
                    narrower = self.de_words.get(modifier + form[i:])
                    if narrower is not None and self.depth(narrower) > self.depth(best):
                        best = narrower
        return best


_ONE_OF_COUNTED = frozenset({"brand", "marke", "handelsmarke", "case"})
# Head words of bodies' names: a capitalised concept word right before one is a word of the name
# ("the Reserve Bank of India revised its forecast", "der Russische Direktinvestitionsfonds").
_NAME_HEADS = frozenset({"Bank", "Fund", "Agency", "Organization", "Organisation", "Corporation", "Company",
                         "Ministry", "Council", "Commission", "Institute", "Center", "Centre", "Forum", "Exchange",
                         "Board", "Authority", "Administration"})

# English concept words that are verbs before these words ("the IMF projects growth at 2.6%",
# "the bank forecasts GDP"): (word, normal form of the next word).
_VERB_USES = frozenset((verb, nxt) for verb in ("projects",)
                       for nxt in ("growth", "that", "a", "an", "the", "its", "gdp", "inflation", "output", "exports")) \
    | {("carried", "out")}  # "Astana Hub has carried out three programmes": held, not freight carried

# English concept words that are verbs after an auxiliary or "to" ("will pay", "agreed to pay").
_VERBS_AFTER_AUXILIARY = frozenset({"pay"})
_AUXILIARIES = frozenset({"to", "will", "would", "must", "can", "could", "shall", "should", "may", "might", "did",
                          "does", "do", "not", "also"})

# German concept words that name their concept only as whole words: "die russische Wirtschaft" is
# the economy, but as a compound's head "Wirtschaft" names a sector ("Landwirtschaft",
# "Energiewirtschaft", "Kreislaufwirtschaft"), not the economy; "Leistung" is a capacity, but
# "Dienstleistung" a service and "Wirtschaftsleistung" an output. Folded forms, as `_de_forms` gives them.
_WHOLE_WORDS_DE = frozenset({"wirtschaft", "leistung"})
# Words that only look like a compound with a concept's head: the Silk Road is no road,
# "Konkurrenten" (rivals) no "Konkur" + "Renten" (pensions), "Ausländer" (foreigners) no "Aus" +
# "Länder" (countries). Forms are folded: "ß" is "ss".
_NAMES_NOT_STATISTICS_DE = ("seidenstrass", "konkurrent", "auslander")

# A verb's prefix before a noun of "-ung" makes another verb's noun: "Zollabfertigung" is customs
# clearance ("abfertigen"), no "Fertigung"; "Ausfertigung" a copy.
_VERB_PREFIXES_DE = ("ab", "aus")


def _other_verbs_noun(form: str, head: int) -> bool:
    """Whether form[head:], a noun of "-ung", is preceded by a verb's prefix (`_VERB_PREFIXES_DE`)."""
    return form.endswith("ung") and form[:head].endswith(_VERB_PREFIXES_DE)


_T = TypeVar("_T")
_S = TypeVar("_S")


def built_once(cache: dict[int, tuple[Any, Any]], source: _S, build: Callable[[_S], _T]) -> _T:
    """`build(source)`, built once per registry tuple: the cache holds the tuple, so its id
    stays its own while the entry lives; a handful of entries at most."""
    held = cache.get(id(source))
    if held is None or held[0] is not source:
        if len(cache) >= 8:
            cache.clear()
        held = cache[id(source)] = (source, build(source))
    return held[1]


_MATCHERS: dict[int, tuple[Any, Any]] = {}


def matcher_for(concepts: tuple[Concept, ...]) -> ConceptMatcher:
    """One matcher per registry, built once."""
    return built_once(_MATCHERS, concepts, ConceptMatcher)


# ---- which concept a number measures --------------------------------------------------------

_TO_BEFORE = re.compile(r"\bto[^\S\n]+\Z")  # an infinitive's "to" right before a word
# A park, hub or zone a few words after "residents": where they are settled as firms.
_SETTLED_IN = re.compile(r"[^\S\n]+(?:in|of|at|im|in\s+der|des|der)[^\S\n]+(?:[^\s.;:!?]+[^\S\n]+){0,5}?"
                         r"(?:[\w-]*(?:[Pp]ark|[Hh]ub|[Zz]one|[Tt]echnopark|Parks|Zentrum))\b")
# From an amount to the word closing its clause, past a bracket: " (58,6 Mio Dollar) investiert".
_TO_CLAUSE_END = re.compile(r"(?:[^\S\n]*\([^()\n]{0,60}\))?(?:[^\S\n]+(?!(?:und|oder|aber|sowie|die|der|das|den|dem)\b)"
                            r"[^\W\d][\w-]*){1,3}(?=[^\S\n]*[.;!?](?:\s|\Z))")
# A growth word right before "of GDP"/"des BIP" ("growth rate of", "Wachstumsrate des", "Wachstum des realen")
_GROWTH_OF = re.compile(r"\b(?:growth(?:[^\S\n]+rates?)?|(?:Wirtschafts)?(?:Wachstum|Zuwachs)(?:s?rate)?)"
                        r"(?:[^\S\n]+(?:real|nominal|reale[ns]?|nominale[ns]?))?[^\S\n]+\Z", re.IGNORECASE)
_SITE_BEFORE = re.compile(r"(?:[Pp]ark|[Hh]ub|[Zz]one)(?:['’]s)?[^\S\n]+\Z")  # "IT-Park residents", "the hub's residents"
_NUMBER = re.compile(r"\d")
_LAST_DIGIT = re.compile(r"(?s).*\d")  # greedy: one match ends after the last digit
_WORTH_BEFORE = re.compile(r"\b(?:worth|Wert\s+von)\b[\w\s]*\Z", re.IGNORECASE)
_WORTH_AFTER = re.compile(r"\s*worth\b", re.IGNORECASE)
# Words that begin another item: "90 billion dollars of coal and farm products" counts no products.
_COORDINATING = frozenset({"and", "und", "sowie", "or", "oder", "along", "while", "but", "aber", "with", "as"})
_GAP_WORDS = 3  # words allowed between a number and the noun it counts ("29,000 digital technology professionals")
# A number glued to a word is an adjective, no quantity of its own: "707,000 20-foot equivalent unit
# containers", "7.000 40-Fuß-Container".
_GLUED_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?-(?=[^\W\d_])")


def measure_of(text: str, start: int, end: int, language: str | None, concepts: ConceptMatcher,
               unit: str | None = None, previous: str | None = None, context: str | None = None,
               mentions: list[ConceptMention] | None = None) -> str | None:
    """The concept id text[start:end] (a number with its unit) measures, or None.

    A unit that names what it counts settles it (`UNIT_CONCEPTS`: a figure in TEU is of
    containers, unless the words name a kind of containers), and so does a power (`POWER_UNITS`:
    capacity, or the kind of capacity the words name); otherwise the words around the number do
    (`_measure_in_words`). Basis points move a rate: a concept of anything else ("industry leaders
    advocated a 500 bps cut to spur economic growth") is no measure of them."""
    found = _measure_in_words(text, start, end, language, concepts, unit, previous, context, mentions)
    if unit == "count" and found != "population" and "population" in concepts.known \
            and _PEOPLE_AFTER.match(text, end) and _LIVING.search(text, *window(text, start, end)):
        return "population"  # "In Pakistan leben … 240 Millionen Menschen", "3 million more people" of the most populous
    if unit == "basis_point" and found is not None and not _rate_concept(found):
        return None
    if found == "gdp" and "gdp-per-capita" in concepts.known \
            and _PER_CAPITA.search(text, *clause_bounds(text, start, end)):
        found = "gdp-per-capita"  # "Pro Kopf lag das indische BIP 2024 bei 2694 Dollar": per head, apart from its noun
    implied = (UNIT_CONCEPTS.get(unit) or ("capacity" if unit in POWER_UNITS else None)
               or ("exchange-rate" if is_exchange_rate(unit) else None)) if unit else None
    if implied is not None and implied in concepts.known and (found is None or not concepts.kind_of(found, implied)):
        return implied
    if found in _FLOWS and unit is not None and _price_of_a_thing(unit) and "prices" in concepts.known:
        return "prices"  # "to trade Russia's seaborne oil … at $60 a barrel": money a barrel is its price, not the trade
    return found


def _price_of_a_thing(unit: str) -> bool:
    """Whether a unit is money for one physical unit of a thing ("USD/bbl", "INR/kWh"), not money
    over a time ("USD/d") nor an exchange rate ("RUB/USD")."""
    money, _, per = unit.partition("/")
    return is_currency(money) and per in PHYSICAL_UNITS


def _physical(unit: str | None) -> bool:
    """Whether a unit measures a physical quantity (t, bbl/d, kWh), not money, a count or a rate."""
    return unit is not None and (unit in PHYSICAL_UNITS or unit.split("/")[0] in PHYSICAL_UNITS)


# Agreements and undertakings: counted, or worth money, never a physical amount ("down from 11.35
# million barrels per day in April and near Moscow's target under a deal with …"); and sums of money
# spent or earned ("India's domestic consumption average of 278.5 lac tons" of sugar is no retail sales;
# "der Gesamtertrag wird … 5,2 Millionen Tonnen erreichen" is a harvest's yield, no revenue)
_AGREEMENTS = frozenset({"deals", "projects", "retail-sales", "wages", "profit", "revenue", "income"})


def is_exchange_rate(unit: str) -> bool:
    """Whether a unit is one currency's price of another ("RUB/USD"): an exchange rate."""
    parts = unit.split("/")
    return len(parts) == 2 and is_currency(parts[0]) and is_currency(parts[1])


# People counted where they live: a population ("leben … 240 Millionen Menschen", "home to 127 million
# people", "the most populous nation … 3 million more people"), not people who took part in something.
_PEOPLE_AFTER = re.compile(r"[^\S\n]+(?:more[^\S\n]+|mehr[^\S\n]+)?(?:people|persons|inhabitants|Menschen|Personen)\b")
_LIVING = re.compile(r"\b(?:leben|lebten|lebt|wohnen|wohnten|wohnt|zuhause|zu[^\S\n]+Hause|beheimatet|live|lived|lives|"
                     r"living|inhabited|home[^\S\n]+to|populous|populated|bevölkerungsreich\w*|Volkszählung|Zensus|"
                     r"census)\b")
_PER_CAPITA = re.compile(r"\b(?:[Pp]ro[^\S\n]+Kopf|[Pp]er[^\S\n]+capita|je[^\S\n]+Einwohner|per[^\S\n]+head)\b")
# Words that say what a measure leaves out, a few words before the concept they take out.
_LEFT_OUT = re.compile(r"\b(?:ohne|außer|exklusive|ausgenommen|excluding|excludes|exclude|excluded|except|"
                       r"ex|without)\b(?:[^\S\n]+[\w-]+){0,3}[^\S\n]+\Z", re.IGNORECASE)
_LEFT_OUT_REACH = 40  # characters before a concept searched for "ohne", "excluding"


# What a figure is owed to: a cause phrase opens with one of these.
_CAUSE = re.compile(r"\b(?:due\s+to|thanks\s+to|owing\s+to|because\s+of|driven\s+by|fu?ell?ed\s+by|"
                    r"on\s+the\s+back\s+of|boosted\s+by|as\s+a\s+result\s+of|aufgrund|auf\s+Grund|[Dd]ank|wegen|"
                    r"infolge|angetrieben\s+(?:von|durch)|getrieben\s+von|bedingt\s+durch|"
                    # what a move is made against is no measure of it either: "Im Kampf gegen die Inflation
                    # hatte die Zentralbank den Leitzins … auf 16 Prozent erhöht"
                    r"[Ii]m\s+Kampf\s+gegen|zur\s+Bekämpfung|in\s+the\s+fight\s+against|to\s+(?:tame|curb|combat|fight))\b")
_CAUSE_REACH = 100  # characters before a concept searched for the word opening a cause phrase
_CAUSE_WORDS = 8  # words of a cause phrase before the concept, at most
# Finite verbs of a move beside `_FINITE_VERBS` (not "higher", "rising", "increased": a cause's adjectives)
_MOVED = frozenset("jumped climbed surged gained expanded soared dropped declined shrank contracted slumped plunged "
                   "wuchsen sanken legte legten schrumpfte schrumpften erhöhte verringerte ging gingen nahm nahmen "
                   "beschleunigte".split())
_CLAUSE_OPENERS = frozenset("the a an it its this these die der das den dem des es sie er ein eine which".split())


def _in_cause(text: str, lo: int, mention: ConceptMention, start: int, end: int) -> bool:
    """Whether `mention` lies in a cause phrase that the number text[start:end] is outside of: a
    cause word ("due to", "dank", "aufgrund") before it, then only a noun phrase or a list of them
    (no number, no verb of a move or level, no new clause after a comma); nor is the number right
    after it ("driven by exports of $5 billion": the phrase's own number)."""
    cause = None
    for cause in _CAUSE.finditer(text, max(lo, mention.start - _CAUSE_REACH), mention.start):
        pass
    if cause is None or cause.end() <= start < mention.start or _OF_AMOUNT.fullmatch(text, mention.end, start):
        return False
    if mention.end <= start and not WORD.search(text, mention.end, start):
        return False  # the concept right before the number: its own noun
    between = text[cause.end() : mention.start]
    if any(c in between for c in ".;:()\n") or _NUMBER.search(between):
        return False
    words = between.replace(",", " , ").split()
    if len([w for w in words if w != ","]) > _CAUSE_WORDS:
        return False
    for i, word in enumerate(words):
        low = word.lower()
        if low in _FINITE_VERBS or low in _LEVEL_VERBS or low in _MOVED:
            return False  # "Dank höherer Exporte wuchs die Wirtschaft": the subject after the verb
        if word == "," and i + 1 < len(words) and words[i + 1].lower() in _CLAUSE_OPENERS:
            return False  # "due to higher investment, the economy grew": a new clause
    return True


def _earned_from(text: str, mention: ConceptMention, mentions: list[ConceptMention], concepts: ConceptMatcher) -> bool:
    """Whether `mention` names where a revenue named just before it comes from: "revenue from
    exports", "Einnahmen aus dem Öl- und Gasgeschäft"."""
    return any(o.end <= mention.start and concepts.kind_of(o.concept, "revenue")
               and ((mention.concept not in _FLOWS or o.concept != "revenue")  # (a revenue from exports
                    and _FROM_SOURCE.fullmatch(text, o.end, mention.start)  # is their value)
                    # "Die Erlöse im Handelsgeschäft": a business named by a compound is the revenue's segment
                    or mention.weak and _IN_SEGMENT.fullmatch(text, o.end, mention.start) is not None)
               for o in mentions)


# Between a change in percent and the level it came to: "13,2% auf", "13.2 percent to"
_TO_LEVEL = re.compile(r"[^\S\n]*(?:%|Prozent|percent|per[^\S\n]cent|pct)[^\S\n]*(?:auf|to)[^\S\n]+"
                       r"(?:(?:rund|etwa|gut|knapp|über|fast|about|around|nearly|almost|over|more[^\S\n]+than)[^\S\n]+)?")
# A percentage right before "of GDP": the words are that share's
_PERCENT_BEFORE = re.compile(r"\d[^\S\n]?(?:%|per[^\S\n]?cent|Prozent)[^\S\n]*\Z")
# Between a revenue and its source: "from", "aus" and at most three words ("aus dem Öl- und")
_FROM_SOURCE = re.compile(r"[^\S\n]+(?:from|aus)(?:[^\S\n]+[^\W\d][\w-]*){0,3}[^\S\n]+")
_IN_SEGMENT = re.compile(r"[^\S\n]+(?:im|in[^\S\n]+der|bei[^\S\n]+der|beim)[^\S\n]+")


def _rate_concept(measure: str) -> bool:
    """Whether a measure is of a rate ("interest-rate", "exchange-rate", "inflation")."""
    concept = measure.split(":")[0]
    return concept.endswith("-rate") or concept in ("inflation", "yield")


def _measure_in_words(text: str, start: int, end: int, language: str | None, concepts: ConceptMatcher,
                      unit: str | None, previous: str | None, context: str | None,
                      mentions: list[ConceptMention] | None) -> str | None:
    """The concept the words around text[start:end] name as what it measures, or None.

    Tried in order, within the number's clause: the noun right after it ("29,000 professionals",
    "3.4% of GDP"); the first concept before it (the subject: "trade volume reached $X"); the first
    after it. Then `previous`, the measure of the figure before it in the same sentence ("Trade
    reached $245 billion, up 2.7%": the change is of trade), then the nearest concept before it in
    the sentence, then `context`, the measure of the last figure of the sentence before ("… 1.75
    million TEU. That is growth of 7 percent"). For money and percentages, nouns naming actors
    (companies, countries) are passed over. `mentions` are the concepts of all of `text`, when the
    caller has found them once for several numbers of one sentence.
    """
    lo, hi = window(text, start, end)
    c_lo, c_hi = clause_bounds(text, start, end)
    c_lo = _after_contrast(text, c_lo, start)
    if language == "de" and unit is not None and is_currency(unit):
        # "In das Projekt wurden 30 Mrd Tenge (58,6 Mio Dollar) investiert.": the verb of a flow closing
        # a German clause after the amount (past a conversion in brackets) is what the amount is of
        tail = _TO_CLAUSE_END.match(text, end)
        if tail is not None:
            closing = next((m for m in concepts.find(text, end, tail.end(), language) if m.concept in _FLOWS
                            and m.end == tail.end()), None)
            if closing is not None:
                return closing.concept
        if "revenue" in concepts.known and _TURNED_OVER.search(text, c_lo, start) \
                and _UM_CLOSING.match(text, end, hi):
            return "revenue"  # "Alibaba setzte am 11. November 25,3 Milliarden US-Dollar um": turnover
    found = _stated_first(text, start, end, c_lo, c_hi, unit, previous, concepts)
    if found is not None:
        return found
    if mentions is None:
        mentions = concepts.find(text, lo, hi, language)
    apposition = _apposition_before(text, lo, c_lo, start)
    if apposition is not None:
        # "Auto sales in China, the world's biggest car market, fell 12.4 percent": the clause's
        # subject stands before the apposition, whose words describe it and measure nothing.
        mentions = [m for m in mentions if not apposition[0] <= m.start < c_lo]
        c_lo = apposition[1]
    if end < len(text) and text[end] == "-":
        # "200 Millionen Yuan-Zuschuss": the noun glued to the amount's unit is named after it
        mentions = [ConceptMention(m.concept, end + 1, m.end, m.weak) if m.start < end < m.end else m for m in mentions]
    mentions = [m for m in mentions if lo <= m.start and m.end <= hi and (m.end <= start or m.start >= end)
                and not (m.concept in _ACTOR_CONCEPTS and m.end <= start and _ONE_ACTOR.search(text, max(lo, m.start - 30), m.start))
                # "decreased by 21.4 percentage points … to 57.4%": the unit of a change, no share
                and not _POINTS_AFTER.match(text, m.end)]
    if not _may_count_actors(unit):
        mentions = [m for m in mentions if m.concept not in _ACTOR_CONCEPTS]
    # "Die Kerninflation – ohne Energie und Lebensmittel – stieg", "core CPI, which excludes food and
    # energy prices, rose": what a measure leaves out is no measure
    mentions = [m for m in mentions if _LEFT_OUT.search(text, max(lo, m.start - _LEFT_OUT_REACH), m.start) is None]
    # "Growth … to 5.9% in 2025 thanks to higher investment", "aufgrund höherer Rohstoffeinnahmen,
    # Infrastrukturinvestitionen und … auf 5,9 %": what a move is owed to is no measure of it
    mentions = [m for m in mentions if not _in_cause(text, lo, m, start, end)]
    # "Einnahmen aus Öl- und Gasverkäufen", "Proceeds from oil and gas sales": what revenue comes
    # from is no measure of the number beside it; the revenue is
    mentions = [m for m in mentions if not _earned_from(text, m, mentions, concepts)]
    mentions = _amounts_of(text, mentions, concepts)
    if "(" in text[lo:start]:
        # "the number of active users of mobile applications (commercial banks and other areas) is about
        # 1.2 million": an aside in brackets before the number describes, it does not measure
        asides = [(a.start(), a.end()) for a in _ASIDE.finditer(text, lo, start)]
        mentions = [m for m in mentions if not any(a <= m.start < b for a, b in asides)]
    valued = [v.span() for v in _VALUATION.finditer(text, lo, hi)] if mentions else []
    if valued:
        mentions = [m for m in mentions if not any(a <= m.start < b for a, b in valued)]
    if _an_amount_of_stuff(unit):
        mentions = [m for m in mentions if m.concept not in concepts.counted
                    and not (m.concept in _AGREEMENTS and _physical(unit))]
        previous = previous if previous is None or usable_for(previous, unit, concepts) else None
        context = context if context is None or usable_for(context, unit, concepts) else None
    usable = [m for m in mentions if m.concept not in _LAST_RESORT]
    if unit not in RATE_UNITS and unit not in (None, "times"):
        # "widened to 1.3% of GDP …, or 2.70 trillion roubles": a share measures no amount (it may
        # double); "the estimate of GDP for 2022-23 of Rs 160.71 lakh crore" names GDP's
        usable = [ConceptMention("gdp", m.start, m.end, m.weak) if m.concept == "share-of-gdp" else m
                  for m in usable if not concepts.kind_of(m.concept, "share")
                  or m.concept == "share-of-gdp" and "gdp" in concepts.known
                  and not _PERCENT_BEFORE.search(text, max(0, m.start - 20), m.start)]
    flows = [m for m in usable if m.concept in _FLOWS]
    # "imported coal worth $90 billion", "Kohle im Wert von 90 Milliarden": the value of a flow.
    worth = _WORTH_BEFORE.search(text, max(lo, start - 25), start) or _WORTH_AFTER.match(text, end, hi)
    own_words = _after_last_number(text, c_lo, start)
    near = _right_before(text, start, own_words, usable) if unit == "count" else None
    if near is not None and near not in _FLOWS:
        # "… exports … to 5 billion dollars and provide employment to 300 thousand young people": a
        # count's own noun right before it, not a flow named before the amount before it
        flows = [m for m in flows if m.start >= own_words]
    # "…, während Duschanbe nur Waren im Wert von 177 Mio. Dollar in sein Nachbarland exportierte": the
    # flow of the number's own clause, its German verb after it, before one of a clause before
    flow = _first(flows, own_words, start) or _first(flows, c_lo, start) or \
        (((_first(flows, end, c_hi) if language == "de" else None) or _last(flows, lo, start)) if worth else None)
    if worth and flow:
        return flow
    found = _right_after(text, end, c_hi, usable, adjacent=True) or (
        _head_of(text, c_lo, start, usable) if flow is None and unit is not None and is_currency(unit) else None) or \
        _right_after(text, end, c_hi, usable)
    if found is not None and _INTO_AFTER.match(text, end):
        # "investierten 700 Mio. USD in die usbekische Wirtschaft", "haben 800 Millionen Euro in die
        # usbekische Wirtschaft investiert": the flow's, named before or after; the economy is where it goes
        into = flow or _first(flows, end, c_hi)
        found = into if into is not None and into != found else found
    conversion = _CONVERSION_AFTER.match(text, end, hi) if found is None else None
    if conversion is not None and (flow is None and _IN_NOUN_AFTER.match(text, conversion.end()) or not any(
            c_lo <= m.start < start for m in usable)):
        # "attracting 4.8 billion tenge (US$12.76 million) in investment": the noun after the
        # amount's conversion in brackets and a preposition, where no word before names one; after
        # "in", whatever the words before name but a flow ("The Chinese economy attracted over 607 billion
        # yuan ($91 billion) in foreign direct investment"; not "raised its investment by 20 billion yuan
        # (2.8 billion dollars) in capacity"), as when no conversion stands between
        found = _right_after(text, conversion.end(), clause_bounds(text, conversion.end(), conversion.end() + 1)[1],
                             usable)
    if found is not None and concepts.kind_of(found, "output"):
        # "sold 12.89 million vehicles", "sales stood at 2.02 million vehicles": goods counted after a
        # number that a sale moves are the sales' amount
        moved = [m for m in usable if m.concept in _GOODS_FLOWS]
        # (a German verb closes the clause: "wurden … 66,7 Millionen Smartphones verkauft"; an English
        # passive follows the goods: "29,700 battery-powered cars were newly registered")
        found = _first(moved, c_lo, start) or (_first(moved, end, c_hi) if language == "de" else None) or (
            _passive_after(text, end, c_hi, moved)) or found
    found = found or flow or _right_before(text, start, c_lo, usable) or _number_of(text, lo, start, usable) or \
        _before_elided_verb(text, lo, c_lo, start, usable)
    if found is not None:
        return found
    # "54,000 cellular towers and 20 commercial data centres": a count with a noun of its own, then
    # the next item of a list, whose number the words after it are of ("2.1 million and 2.29 million
    # passenger trips" share theirs)
    after_hi = c_hi
    if unit == "count":
        item = _NEXT_ITEM_NUMBER.search(text, end, c_hi)
        if item is not None and WORD.search(text, end, item.start()):
            after_hi = item.start()
        placed = _NOUN_VERB_PLACE.match(text, end, after_hi)
        after_hi = placed.start() if placed is not None else after_hi
    for weak in (False, True):
        ranked = [m for m in usable if m.weak == weak]
        # "nahmen die Umsätze um rund 24 Prozent und der Nettogewinn um 11,5 Prozent zu": a concept
        # after the number before it in the clause is its own
        found = (_coordinated(text, ranked, own_words, start) if own_words > c_lo else None) \
            or _first(ranked, c_lo, start) or _first(ranked, end, after_hi)
        if found is None and previous is not None and not weak:
            return concepts.sibling_named(previous.split(":")[0], text, c_lo, start) or previous.split(":")[0]
        found = found or _last(ranked, lo, start)
        if found is not None:
            return found
    if context is not None:
        return context.split(":")[0]
    rest = [m for m in mentions if m.concept in _LAST_RESORT and c_lo <= m.start < c_hi]
    return rest[0].concept if rest else None


# German "umsetzen" split around its amount: "setzte … 25,3 Milliarden US-Dollar (Vorjahr: 17,8 …) um."
_TURNED_OVER = re.compile(r"\b(?:setzt|setzte|setzten|setzen)\b")
_UM_CLOSING = re.compile(r"(?:[^\S\n]*\([^()\n]{0,80}\))?(?:[^\S\n]+[\wäöüß-]+){0,4}?[^\S\n]+um(?=[^\S\n]*(?:[.;!?,]|\Z))")
# "in die usbekische Wirtschaft", "into Kazakhstan's economy", "in the country's economy" after an
# amount: where it goes (not "$2.5 billion in exports", an amount of exports)
# ("invested ¥967.5 billion in power projects": what it went into, a noun after "in" too)
_INTO_AFTER = re.compile(r"\s+(?:into|ins|in\s+(?:die|den|das|the|its|their|[A-Z][\w-]*['’]s|[a-z]{3,}))\s")
_NEXT_ITEM_NUMBER = re.compile(r"(?:,|\b(?:and|und|sowie))\s+(?:(?:about|around|over|some|nearly|rund|etwa|über|fast)\s+)?\d")
# An apposition between commas: an article, a few words (no number, no clause break), a comma.
_APPOSITION = re.compile(r",[^\S\n]*(?:the|an?|der|die|das|dem|den|des|eine?[mnrs]?)[^\S\n][^,;:.()\d\n]{1,80},[^\S\n]*\Z",
                         re.IGNORECASE)
_MADE_OF = re.compile(r",[^\S\n]*(?:consisting|comprising|composed|made[^\S\n]+up|bestehend|zusammengesetzt)[^\S\n]"
                      r"[^,;:.()\d\n]{1,100},[^\S\n]*\Z", re.IGNORECASE)
_MADE_OF_WORDS = 12
_APPOSITION_REACH = 100  # characters of an apposition and its commas, at most
_VERB_OPENS = re.compile(r"[^\S\n]*[a-zäöüß]")  # the clause after it opens with a verb (lower case)
_APPOSITION_WORDS = 8
# Lower-case words that open no verb's clause, and verbs that make a clause of the words between commas.
# Verbs that state a level, beside those of a move (`_UP`, `_DOWN`).
_LEVEL_VERBS = frozenset("reached reach stood stands totaled totalled totals amounted amounts hit was were is are has "
                         "have had erreichte erreichten betrug betrugen lag lagen belief beliefen war waren ist sind "
                         "hat haben hatte hatten".split())
_FINITE_VERBS = frozenset("is are was were has have had came comes went goes said says made makes took takes "
                          "rose fell grew stood accounts saw sees ist sind war waren hat haben hatte hatten kam kamen "
                          "lag lagen stieg stiegen fiel fielen sank wuchs wird werden wurde wurden".split())


def _opens_with_verb(word: str) -> bool:
    """Whether the first word of a clause is a verb stating a level or a move ("fell", "stieg",
    "reached", "beliefen"), or an English past in "-ed": then the clause's subject stands before it."""
    low = word.lower()
    return low in _LEVEL_VERBS or low in _UP or low in _DOWN or (low.endswith("ed") and len(low) > 4)


def _a_verb(word: str) -> bool:
    """Whether a word of an apposition is (likely) a verb of its own clause: a finite verb of the
    list, or an English word in "-ed" ("reached", "accounted")."""
    low = word.lower()
    return word[:1].islower() and (low in _FINITE_VERBS or (low.endswith("ed") and len(low) > 4))


def _apposition_before(text: str, lo: int, c_lo: int, start: int) -> tuple[int, int] | None:
    """Where an apposition ends the clause before a number's clause that opens with a verb ("Auto
    sales in China, the world's biggest car market, fell …"; "Der Absatz in China, dem größten
    Automarkt, fiel …"): (the apposition's first comma, the start of the clause it describes), or
    None. Only a clause that opens with a lower-case word after it has its subject before it."""
    opening = _VERB_OPENS.match(text, c_lo, start) if c_lo > lo and text[c_lo - 1] == "," else None
    if opening is None:
        return None
    m = _APPOSITION.search(text, max(lo, c_lo - _APPOSITION_REACH), c_lo)
    most = _APPOSITION_WORDS
    if m is None:
        # "Russia’s international reserves, consisting of gold and foreign exchange assets held by
        # the state, rose to …": what the subject is made of, between commas, describes it
        m, most = _MADE_OF.search(text, max(lo, c_lo - _APPOSITION_REACH), c_lo), _MADE_OF_WORDS
    if m is None or m.start() <= lo:
        return None
    words = WORD.findall(text, m.start(), c_lo)
    first = WORD.match(text, opening.end() - 1)
    if len(words) > most or any(_a_verb(w) for w in words) or first is None \
            or not _opens_with_verb(first.group()):
        # "…, the largest number of tourists came from Tajikistan, totalling …": a clause;
        # "offices, a business center, hotels and …": a list
        return None
    head = clause_bounds(text, m.start() - 1, m.start() - 1)[0]
    return (m.start(), head) if head < m.start() else None


# A word for an amount of anything, then what it is an amount of: "Gesamtumsatz des Einzelhandels",
# "Umsatz im russischen Einzelhandel", "turnover of retail trade", "die Wertschöpfung der
# Primärindustrie" — the amount is of the second.
_AMOUNT_HEADS = frozenset({"revenue", "industrial-value-added", "output"})  # "Output in the extractive sector"
_AMOUNT_OF = re.compile(r"\s+(?:des|der|im|in|of|in\s+the|of\s+the)\s+(?:[\w-]+\s+)?\Z", re.IGNORECASE)


def _amounts_of(text: str, mentions: list[ConceptMention], concepts: ConceptMatcher) -> list[ConceptMention]:
    """`mentions` with an amount word followed by the kind of amount it is (`_AMOUNT_OF`) read as
    that kind, spanning both. Who earns it ("Umsatz der Unternehmen") or what it is earned with
    ("turnover of overseas projects") is no kind of amount."""
    out = list(mentions)
    for i in range(len(out) - 1):
        head, kind = out[i], out[i + 1]
        if (head.concept in _AMOUNT_HEADS and kind.start - head.end <= 40
                and (_an_amount(kind.concept, concepts) or concepts.kind_of(kind.concept, head.concept))
                and _AMOUNT_OF.search(text, head.end, kind.start)):
            out[i] = replace(kind, start=head.start)
        elif _harvest_of(text, head, kind, concepts):
            out[i] = replace(kind, start=head.start)
    return out


# A harvest, then the crop it is of: "the harvest of winter and spring wheat", "die Erntemenge an
# Gerste", "das Aufkommen an Winterweizen" — the amount is of the crop, not the grain total.
_HARVEST_WORD = re.compile(r"(?:harvest|crop|ernte|erntemenge)", re.IGNORECASE)
_HARVEST_OF = re.compile(r"\s+(?:of|an|von|der|des)\s+(?:[\w-]+\s+){0,3}\Z", re.IGNORECASE)


def _harvest_of(text: str, head: ConceptMention, kind: ConceptMention, concepts: ConceptMatcher) -> bool:
    """Whether `head` is a word for a harvest (read as grain) and `kind` the crop it is of, a few
    words after it."""
    return (head.concept == "grain" and kind.concept != "grain" and kind.start - head.end <= 40
            and concepts.kind_of(kind.concept, "agricultural-products")
            and _HARVEST_WORD.fullmatch(text, head.start, head.end) is not None
            and _HARVEST_OF.search(text, head.end, kind.start) is not None)


def _an_amount(concept: str, concepts: ConceptMatcher) -> bool:
    """Whether a concept is a kind of amount an amount word may name: sales, revenue or a flow
    of trade or money (retail sales, exports)."""
    return concept in _FLOWS or any(concepts.kind_of(concept, general) for general in ("sales", "revenue"))


# How an amount is valued, not what it measures: "zu konstanten Preisen ein Wachstum von 5,3
# Prozent", "grew 5.3 percent at constant prices", "in real terms".
_ASIDE = re.compile(r"\([^()\n]{3,120}\)")  # words in brackets, closed
_VALUATION = re.compile(r"\b(?:(?:zu|in)\s+(?:konstanten|vergleichbaren|laufenden|jeweiligen)\s+Preisen|"
                        r"(?:at|in)\s+(?:constant|comparable|current)\s+prices|"
                        # a real change: inflation named as what was taken out, not what is measured
                        r"(?:after|before)\s+(?:inflation|price)\s+adjustments?|(?:adjusted|corrected)\s+for\s+inflation|"
                        r"(?:inflation|price)[\s-]adjusted|(?:inflations|preis)bereinigt\w*|"
                        r"(?:nach|vor)\s+Abzug\s+(?:von|der)\s+(?:Preisfaktoren|Inflation))\b", re.IGNORECASE)


# "Exports grew … to 1.23 trillion yuan while imports rose … to 1.15 trillion yuan": a contrast
# opens a clause of its own even where no comma marks it ("während die Importe", "whereas"; not the
# preposition "während des Jahres").
_CONTRAST = re.compile(r"\b(?:while|whereas|während(?!\s+(?:des|der|dem|eines|einer)\b)|wohingegen)\b",
                       re.IGNORECASE)


_CONTRAST_WORDS = ("while", "wherea", "während", "wohingegen")  # lower case: one opens each match


def _after_contrast(text: str, lo: int, start: int) -> int:
    """Where the clause of a number at `start` begins once a contrast word before it in text[lo:start]
    starts a clause of its own: the last such word, else `lo`."""
    if not names_any(lowered(text), _CONTRAST_WORDS, lo, start):
        return lo  # most clauses hold none of the words: no scan
    last = None
    for last in _CONTRAST.finditer(text, lo, start):
        pass
    return last.start() if last is not None else lo


# Before the number, one actor named with a singular article is who acts, not what is counted:
# "produzierte das Land 10 Millionen Einheiten", "the company sold 2 million units".
_ONE_ACTOR = re.compile(r"\b(?:das|dem|des|the|this|that|dieses|diesem|jenes|its|their|seine[ms]?|ihre[ms]?)\s+"
                        r"(?:[\w-]+\s+)?\Z", re.IGNORECASE)
# A rate in apposition to the amount before it: "3,75 Billionen Yuan, ein Wachstum von 10,3 Prozent",
# "$3.75 trillion, up 10.3 percent", "a rise of 6.7 percent".
_APPOSITIVE = re.compile(
    r"\A\s*(?:(?:ein|eine|einem|einen|einer|a|an|which\s+is|was\s+einem|das\s+ist)\s+)?(?:(?:year-on-year|"
    r"jährliche[nms]?|annual|net)\s+)?(?:Wachstum|Anstieg|Zuwachs|Plus|Rückgang|Minus|Steigerung|Zunahme|Abnahme|"
    r"increase|rise|growth|gain|jump|decline|drop|fall|decrease|surge)\s+(?:von|um|of|by)\s+(?:\w+\s+)?\Z|"
    r"\A\s*(?:up|down|rising|falling|plus|minus)\s+(?:by\s+)?\Z", re.IGNORECASE)
# A share of a whole: "accounting for 63.4 percent of", "ein Anteil von 12 Prozent", "63,4 Prozent aller
# Mobilfunknutzer ausmacht", "36,3 Prozent aller Basisstationen" (as "of all"), "entfielen 30 Prozent auf".
_SHARE_BEFORE = re.compile(
    r"(?:\b(?:share|proportion)\s+(?:of|at|to|was|is|stood\s+at|reached)|\b(?:accounts?|accounted|accounting)\s+for|"
    r"\b(?:making|made|makes|make)\s+up|\bAnteil\w*\s+(?:von|lag\s+bei|betrug|beträgt|erreichte)|\bentfiel(?:en)?)"
    r"(?:\s+(?:im\s+Jahr\s+|in\s+)?\d{4})?\s+(?:(?:a|an|the|some|about|around|nearly|almost|over|more\s+than|roughly|rund|etwa|fast|knapp|über|"
    r"mehr\s+als|einen|ein|eine|nur|only|just|up\s+to|bis\s+zu)\s+)*\Z", re.IGNORECASE)
_SHARE_AFTER = re.compile(
    r"\s+(?:(?:aller|des|der|am|an\s+der|of\s+(?:all|the|total)|of)\b[^,;.]{0,60}?\b(?:ausmach\w*|aus|"
    r"ausgemacht|entfiel\w*|entspricht|entsprach|entsprechen|entsprachen)\b|(?:of\s+(?:all|the\s+total|total)\b)|aller\b|entfiel\w*\s+auf\b|auf\s+\w+\s+entfiel\w*"
    # "33 Prozent des Gesamtwertes von Xinjiang", "der Gesamtmenge": a part of a whole named as one
    r"|(?:des|der)\s+Gesamt[a-zäöüß]{3,}\b"
    # "contributing 55 per cent to the national energy mix" (not "0.56 percent to overall growth")
    r"|(?:to|of|in)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}mix\b|(?:zum|am|im)\s+(?:[\w-]+\s+){0,2}\w*[Mm]ix\b)",
    re.IGNORECASE)


# One statistic stated against another before the number: "as a percentage of the US'", "gemessen am BIP"
_RATIO_OF = re.compile(r"\bas\s+a\s+(?:percentage|share|proportion)\s+of\b|\bim\s+Verhältnis\s+zu[mr]?\b|"
                       r"\bgemessen\s+an\b", re.IGNORECASE)
# Right after a percentage, the whole it is a part of: "50 Prozent des gesamten Handels", "80 percent
# of its exports" (not "of the same period", "des Vorjahres": a base)
# One word of whose whole it is: a name or its adjective ("Uzbek", "China's"), a German adjective
# ("deutschen"), an English one ("commercial", "domestic", "foreign"); not "global", "world's": a
# share of the world's is the world's statistic
_ONE_WORD = re.compile(r"(?:[A-ZÄÖÜ][\w'’-]*|[a-zäöüß]+en|(?!global\b)[a-z]+(?:al|ic|ive|ous|ary)|foreign|overseas)[^\S\n]+")
_OF_A_WHOLE = re.compile(r"\s+(?:of|des|der)\s+(?:(?:the|its|their|all|total|gesamten|gesamte)\s+)?")


def _stated_first(text: str, start: int, end: int, c_lo: int, c_hi: int, unit: str | None, previous: str | None,
                  concepts: ConceptMatcher) -> str | None:
    """What the words right at a number settle before any noun is looked for: a share of a whole
    is `share` (a level, unless a narrower share is named: "of GDP"), and a rate in apposition to
    the amount before it is of that amount's measure."""
    if unit == "percent" and (_SHARE_BEFORE.search(text, max(c_lo, start - 60), start)
                              or _SHARE_AFTER.match(text, end, min(len(text), end + 90))):
        # (past a word naming actors: "of the country's overall economy")
        named = [m for m in concepts.find(text, end, min(c_hi, end + 40), None) if m.concept not in _ACTOR_CONCEPTS]
        narrower = next((m.concept for m in named if m.concept != "share" and concepts.kind_of(m.concept, "share")), None)
        if narrower is None and named and _names_gdp(text, named[0]) and "share-of-gdp" in concepts.ids:
            narrower = "share-of-gdp"  # "makes up 1.9 per cent of Uzbekistan’s GDP": of GDP, a country between
        return narrower or ("share" if "share" in concepts.ids else None)
    whole = _OF_A_WHOLE.match(text, end, c_hi) if unit == "percent" and "share" in concepts.ids else None
    if whole is not None:
        # "etwa 50 Prozent des Handels", "80 percent of exports": a percentage of a whole the words
        # right after it name is a share of that whole, not the whole's amount
        named = concepts.find(text, whole.end(), min(c_hi, whole.end() + 40), None)
        if named and (named[0].start == whole.end() or _ONE_WORD.fullmatch(text, whole.end(), named[0].start)):
            # (past one word of whose it is: "31 percent of Uzbek exports", "of China's trade", "des
            # deutschen Handels")
            if _names_gdp(text, named[0]) and "share-of-gdp" in concepts.ids:
                return "share-of-gdp"
            if named[0].concept not in concepts.counted:
                return "share"
    if unit == "percent" and "share" in concepts.ids and _RATIO_OF.search(text, max(c_lo, start - 120), start):
        return "share"  # "China's economy as a percentage of the US' … increased to 70.8%": a ratio of two
    if previous is not None and unit is not None and unit not in RATE_UNITS \
            and _TO_LEVEL.fullmatch(text, _after_last_number(text, c_lo, start), start) \
            and usable_for(previous, unit, concepts):
        # "bei einem Umsatzrückgang von 13,2% auf 87 Milliarden Yuan": the level a change came to
        return previous.split(":")[0]
    if previous is not None and unit in _MONEY_OR_RATE and _APPOSITIVE.match(text[c_lo:start]) \
            and usable_for(previous, unit, concepts):
        # (not a share's: "widened to 1.3% of GDP …, or 2.70 trillion roubles" is the deficit's amount)
        return previous.split(":")[0]
    if unit == "percent" and "share" in concepts.ids:
        # "Chinas Anteil am gesamten Außenhandel stieg auf 24,8 %", "its share of total trade rose to
        # 16.6%": a clause whose first concept is a share states a share, whatever whole it names.
        named = [m for m in concepts.find(text, c_lo, start, None) if not _POINTS_AFTER.match(text, m.end)]
        if named and (named[0].concept == "share" or concepts.kind_of(named[0].concept, "share")):
            # "Der Anteil der digitalen Wirtschaft am chinesischen BIP", "the proportion of its digital
            # economy in GDP": the whole named later in the clause may make it a narrower share
            if named[0].concept == "share" and "share-of-gdp" in concepts.ids and any(
                    _names_gdp(text, m) or m.concept == "share-of-gdp" for m in named[1:]):
                return "share-of-gdp"
            return named[0].concept
    return None


def _names_gdp(text: str, mention: ConceptMention) -> bool:
    """Whether a mention of the `gdp` concept names the output itself, not its growth: a share "of
    economic growth" is no share of GDP."""
    words = text[mention.start : mention.end].lower()
    if mention.concept == "industrial-value-added":
        # "an der Bruttowertschöpfung", "of gross value added": the economy's whole output
        return "brutto" in text[max(0, mention.start - 6) : mention.end].lower() or "gross value" in words \
            or text[max(0, mention.start - 6) : mention.start].lower().endswith("gross ")
    return mention.concept == "gdp" and "growth" not in words and "wachstum" not in words


def usable_for(measure: str, unit: str | None, concepts: ConceptMatcher) -> bool:
    """Whether a measure found for one number may be what a later number of its sentence is of:
    for money, percentages and physical units not a concept naming actors ("from the five countries, an increase
    of 26.9 percent"), for money and physical units not a thing counted one by one ("132
    billion parcels and 1.2 trillion yuan"), and for anything but a rate no share."""
    concept = measure.split(":")[0]
    if unit not in RATE_UNITS and (concepts.kind_of(concept, "share") or concept == "share-of-gdp"):
        return False  # "60 percent of its economy …, a $21 billion rescue package": a share is no amount
    return ((concept not in _ACTOR_CONCEPTS or _may_count_actors(unit))
            and not (concept in concepts.counted and _an_amount_of_stuff(unit))
            and not (concept in _AGREEMENTS and _physical(unit)))


_NOT_AMOUNTS = RATE_UNITS | {"count", "times"}


def _an_amount_of_stuff(unit: str | None) -> bool:
    """Whether `unit` measures an amount — money or a physical quantity (kW, kWh, t), not a
    count, rate or a unit that names what it counts (TEU): things counted one by one are never
    what it measures ("die Marke von 1,5 Milliarden Kilowatt" is no trademark)."""
    return unit is not None and unit not in _NOT_AMOUNTS and unit not in UNIT_CONCEPTS


_COUNTS = frozenset({"count", "times"})


def _may_count_actors(unit: str | None) -> bool:
    """Whether a figure of `unit` may count actors (companies, countries): a count may, money, a
    rate or a physical quantity never ("Lieferte der Konzern 15,5 Milliarden Kubikmeter Gas")."""
    return unit is None or unit in _COUNTS


# "(US$12.76 million) in", "(etwa 28 Millionen Dollar) an": a conversion, then a preposition
_POINTS_AFTER = re.compile(r"(?<=[Pp]ercentage)[^\S\n]+points?\b|(?<=Prozent)punkte?n?\b")
_IN_NOUN_AFTER = re.compile(r"[^\S\n]+in[^\S\n]+[a-z]")  # "… in foreign direct investment": English "in" and a noun
_CONVERSION_AFTER = re.compile(r"[^\S\n]*\((?![+\u2212-])[^():\n]{0,20}\d[^():\n]{0,30}\)(?=[^\S\n]+(?:in|of|for|worth|an|für|von|im)\b)")


def _right_after(text: str, end: int, hi: int, mentions: list[ConceptMention], adjacent: bool = False) -> str | None:
    """The concept named right after the number (within `_GAP_WORDS` words; none between when
    `adjacent`: "$400 million loan"), or None."""
    for m in mentions:
        if end <= m.start < hi:
            between = _GLUED_NUMBER.sub(" ", text[end:m.start])
            written = WORD.findall(between)
            gap = [w.lower() for w in written]
            if not _NUMBER.search(between) and len(gap) <= (0 if adjacent else _GAP_WORDS) \
                    and not _COORDINATING.intersection(_between_adjectives_dropped(written)) \
                    and not _NOUN_VERB_PLACE.match(text, end, m.start):
                return m.concept
            return None
    return None


def _between_adjectives_dropped(gap: list[str]) -> list[str]:
    """The words of a gap (as written) in lower case, without a German "und"/"oder" between two
    declined adjectives ("startende oder landende Passagiere": one noun, two of its adjectives;
    capitalised words are nouns)."""
    return [w.lower() for i, w in enumerate(gap) if not (
        w in ("und", "oder") and 0 < i < len(gap) - 1
        and _declined(gap[i - 1]) and _declined(gap[i + 1]))]


def _declined(word: str) -> bool:
    """Whether a word as written is a declined German adjective (lower case, a declension ending)."""
    return word.isalpha() and word.islower() and any(
        word.endswith(ending) and len(word) > len(ending) for ending in DE_ADJECTIVE_ENDINGS)


# A count's own noun, its verb and a place after it: "8,09 Millionen Pilotszenarien wurden in (zehn)
# Städten durchgeführt" counts no cities
_NOUN_VERB_PLACE = re.compile(r"[^\S\n]+[\w-]+[^\S\n]+(?:" + "|".join(sorted(_FINITE_VERBS)) + r")[^\S\n]+"
                              r"(?:in|im|an|am|auf|bei|beim|across|at|on)\b")


_ELIDED = re.compile(r"\s[–—-]\s\Z")
_ITEM_START = re.compile(r"[,;]\s*(?:and\s+|und\s+)?")


def _before_elided_verb(text: str, lo: int, c_lo: int, start: int, mentions: list[ConceptMention]) -> str | None:
    """A list with its verb left out, a dash in its place ("construction increased by 7.9%,
    manufacturing - by 7.5%, and retail - by 6.4%", "Exporte – um 5 Prozent"): a number whose
    clause opens after such a dash and names nothing before it is of the item named right before
    the dash, back to the comma that opens that item."""
    if not _ELIDED.search(text, max(lo, c_lo - 3), c_lo) or any(c_lo <= m.start < start for m in mentions):
        return None
    dash = c_lo - 3
    opens = [m.end() for m in _ITEM_START.finditer(text, max(lo, dash - 60), dash)]
    item_lo = opens[-1] if opens else max(lo, dash - 60)
    return _last(mentions, item_lo, dash + 1)


# A noun and "von"/"of" right before an amount of money: "einen Zuschuss von 200 Millionen Yuan für
# künftige Projekte", "a loan of $200 million for projects": the noun names what the amount is (a
# count names its own: "Vertreter von 700 Unternehmen" counts firms).
_OF_AMOUNT = re.compile(r"[^\S\n]+(?:von|of)[^\S\n]+(?:(?:rund|etwa|über|fast|knapp|bis\s+zu|mehr\s+als|"
                        r"about|around|over|nearly|some|almost|up\s+to|more\s+than)[^\S\n]+)?(?:US|U\.S\.)?[$€£¥]?[^\S\n]*\Z")


def _head_of(text: str, lo: int, start: int, mentions: list[ConceptMention]) -> str | None:
    """The concept right before "von"/"of" and the number at `start` (from `lo`), or None."""
    before = [m for m in mentions if lo <= m.start and m.end <= start]
    if before and _OF_AMOUNT.fullmatch(text, before[-1].end, start):
        return before[-1].concept
    return None


# "the number of active users of mobile applications … is about 1.2 million", "die Zahl der
# Internetnutzer … lag bei", "Die Gesamtzahl der Teilnehmer": the thing counted, named first after
# the words of counting.
_NUMBER_OF = re.compile(r"(?:\b|(?<=Gesamt))(?:[Nn]umber|[Zz]ahl|[Aa]nzahl)\s+(?:of|der|an|von)\s+")
# ", die die Zeremonie auf 40 Webseiten verfolgten,": a relative clause between commas, whose
# numbers count something of its own
_RELATIVE_CLAUSE = re.compile(r",\s*(?:die|der|das|denen|deren|welche[rsn]?|which|who|that)\b[^,;.\n]{0,200},")


def _without_relative_clauses(text: str, lo: int, hi: int) -> str:
    """`text[lo:hi]` with its relative clauses between commas left out."""
    return _RELATIVE_CLAUSE.sub(",", text[lo:hi])
_NUMBER_OF_REACH = 25  # characters from "number of" to the concept: an adjective or two ("active")


def _number_of(text: str, lo: int, start: int, mentions: list[ConceptMention]) -> str | None:
    """The concept named right after the last "number of", "Zahl der" before `start` (from `lo`),
    with no number between; None without one."""
    if "ahl" not in text[lo:start] and "umber" not in text[lo:start]:
        return None
    said = [m for m in _NUMBER_OF.finditer(text, lo, start)
            if not _NUMBER.search(_without_relative_clauses(text, m.end(), start))]
    if not said:
        return None
    at = said[-1].end()
    named = next((m for m in mentions if at <= m.start <= at + _NUMBER_OF_REACH and m.end <= start), None)
    return named.concept if named is not None else None


def _right_before(text: str, start: int, lo: int, mentions: list[ConceptMention]) -> str | None:
    before = [m for m in mentions if lo <= m.start and m.end <= start]
    if not before:
        return None
    m = before[-1]
    between = [w.lower() for w in WORD.findall(text, m.end, start)]
    if len(between) <= 5 and all(w in _CONNECTORS for w in between) and not _NUMBER.search(text[m.end:start]):
        return m.concept
    return None


def _after_last_number(text: str, lo: int, start: int) -> int:
    """Where the words after the last number before `start` (from `lo`) begin: "Exports were $177
    mln and imports reached $787 mln" — the second amount's flow is named after the first amount."""
    m = _LAST_DIGIT.match(text, lo, start)
    return m.end() if m is not None else lo


def _coordinated(text: str, mentions: list[ConceptMention], lo: int, hi: int) -> str | None:
    """The first concept of text[lo:hi] (the words after the number before) past a word joining a
    list's items ("um 24 Prozent und der Nettogewinn um 11,5 Prozent", "um 76 GW und die
    Solarkapazität um 217 GW")."""
    m = next((m for m in mentions if lo <= m.start and m.end <= hi), None)
    if m is None or not _JOINED.search(text, lo, m.start):
        return None
    return m.concept


_JOINED = re.compile(r"\b(?:und|sowie|and|while|whereas|während)\b")


_PASSIVE = re.compile(r"\b(?:were|was|have\s+been|has\s+been|had\s+been)(?:[^\S\n]+[a-z]+ly)?[^\S\n]+\Z")


def _passive_after(text: str, end: int, hi: int, moved: list[ConceptMention]) -> str | None:
    """The flow of goods an English passive names after their count: "29,700 cars were newly
    registered", "2 million units were sold" (a form of "be" right before the flow's word)."""
    return next((m.concept for m in moved if end <= m.start and m.end <= hi
                 and _PASSIVE.search(text, max(end, m.start - 30), m.start)), None)


def _first(mentions: list[ConceptMention], lo: int, hi: int) -> str | None:
    return next((m.concept for m in mentions if lo <= m.start and m.end <= hi), None)


def _last(mentions: list[ConceptMention], lo: int, hi: int) -> str | None:
    return next((m.concept for m in reversed(mentions) if lo <= m.start and m.end <= hi), None)


# ---- level or change --------------------------------------------------------------------------

_UP = ("rose", "rise", "risen", "rising", "grew", "grow", "grown", "growth", "increase", "increased",
       "jump", "jumped", "climb", "climbed", "surge", "surged", "gain", "gained", "expand", "expanded", "soar",
       "soared", "up", "higher", "stieg", "gestiegen", "steigt", "zunahm", "zunahmen", "zugenommen",
       "wuchs", "gewachsen", "wächst", "wachstum",
       "zuwachs", "anstieg", "plus", "zugelegt", "legte", "steigerung", "erhöhte", "erhöht", "höher", "stiegen",
       "steigen", "wuchsen", "wachsen", "legten", "zulegen", "vergrößerte", "vergrößerten", "vergrößert",
       "schnellte", "schnellten", "kletterte", "kletterten", "sprang", "sprangen", "leapt", "leaped", "skyrocketed")
_DOWN = ("fell", "fall", "fallen", "drop", "dropped", "decline", "declined", "decrease", "decreased", "shrank",
         "shrink", "contracted", "slump", "slumped", "plunge", "plunged", "down", "lower", "sank", "gesunken",
         "sinkt", "fiel", "gefallen", "rückgang", "minus", "verringerte", "verringert", "schrumpfte",
         "geschrumpft", "niedriger", "zurückgegangen", "zurück", "einbruch", "sanken", "fielen", "sinken",
         "fallen", "schrumpften", "sackte", "sackten", "tumbled", "slid", "dipped")
_DIRECTION = {**{w: "up" for w in _UP}, **{w: "down" for w in _DOWN}}
# German change nouns inside compounds ("Wachstumsrate", "Exportzuwachs").
_CHANGE_STEMS = ("wachstum", "zuwachs", "anstieg", "steigerung", "zunahme", "rückgang", "abnahme", "einbruch", "erhöhung",
                 "anhebung", "senkung", "kürzung")
_DOWN_STEMS = ("rückgang", "abnahme", "einbruch", "senkung", "kürzung")
# Heads of a move only at a compound's end: "Gewinnplus", "Umsatzminus", "Gewinnsprung" (not
# "Plusquamperfekt", "Ursprungsland").
_CHANGE_ENDINGS = ("plus", "minus", "sprung", "sprungs")
_DOWN_ENDINGS = ("minus",)


def _is_change_word(word: str) -> bool:
    return word in _DIRECTION or (len(word) > 8 and (any(stem in word for stem in _CHANGE_STEMS)
                                                     or (word.endswith(_CHANGE_ENDINGS) and "ursprung" not in word)))
# Words right before a number that make it a change: "by 5%", "um 5 Prozent".
_BY = frozenset({"by", "um"})
_ADDED = frozenset({"added", "adds", "add", "adding", "brought", "bringing", "hinzu", "fügte", "fügten"})
# Words right before a number that make it a level even after a change verb: "rose 5% to $3 billion".
_TO = frozenset({"to", "auf", "at", "bei", "reached", "erreichte", "totaled", "totalled", "stood"})
_CHANGE_NOUN_AFTER = re.compile(r"[^\S\n]*(?:increase|rise|growth|jump|gain|decline|drop|fall|decrease|surge|"
                                r"slump|plunge)\b", re.IGNORECASE)
# ("39,600 tonnes higher than that of last year": the amount by which it grew; not "1.94 trillion
# rubles higher than previously planned", a revision's)
_AFTER_CHANGE = re.compile(
    r"\s*(?:(?:year[- ]on[- ]year|year[- ]over[- ]year|y-o-y|yoy|on[- ]year|"
    r"from\s+(?:a|the|last|one)\s+(?:year|same|previous|period)|compared|than\s+(?:a|the|in|last)|"
    r"over\s+(?:the\s+)?(?:same|previous|last|a)|"
    r"gegenüber|im\s+(?:Vergleich|Vorjahresvergleich|Jahresvergleich)|verglichen|mehr\s+als\s+im|weniger\s+als\s+im|"
    r"zum\s+Vorjahr|im\s+Jahresabstand|(?:more|fewer|less)\s+than|(?:higher|lower)\s+than(?!\s+(?:previously|originally|initially|planned|expected|forecast)))\b|(?:increase|rise|growth|jump|gain|decline|drop|fall|decrease|"
    r"Anstieg|Zuwachs|Wachstum|Plus|Rückgang|Minus|mehr|weniger)\b)",
    re.IGNORECASE,
)
# A German word whose head the next word of a coordination gives: "Import- und Export…".
_HEAD_IN_NEXT = re.compile(r"-[^\S\n]*(?:,|und\b|oder\b|sowie\b|bzw\.|and\b|or\b)")
_SIGNED = re.compile(r"(?<![-\u2013\u2014])[+\u2212-]\s*\Z")  # not the double hyphen of a dateline ("(Xinhua) -- Eighty")
# A rate right before another in a list: "8.6 percent, 130 percent and …", "4 %, 5 % und …".
_LISTED_RATE = re.compile(r"(?<![\w.,])(?P<number>[+\u2212-]?\d[\d.,]*)\s*(?:%|percent|per\s+cent|pct|Prozent)\s*"
                          r"(?:(?:in|im(?:\s+Jahre?)?)\s+(?:19|20)\d\d\s*)?"  # "1,1 % im Jahr 2023 und 1,3 %"
                          r"(?:,\s*(?:and\s+|und\s+)?|(?:and|und|sowie|or|oder|bzw\.|beziehungsweise)\s+)\Z")
_LISTED_REACH = 40  # characters before a rate searched for the one listed before it
_LISTED_MOST = 8  # rates of a list followed back
_RATE_WORDS = re.compile(r"%|percent|per\s+cent|pct|Prozent")


def first_listed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the first rate of the list whose later rate is text[start:end] ("increased by
    8.6 percent, 130 percent and 60 percent": the 8.6 for the 60, whose clause says how it
    changed); the span itself when no rate is listed right before it. Followed back at most
    `_LISTED_MOST` rates."""
    for _ in range(_LISTED_MOST):
        listed = _LISTED_RATE.search(text, max(0, start - _LISTED_REACH), start)
        if listed is None:
            break
        start, end = listed.span("number")
    return start, end


def _verb_before_von(text: str, lo: int, start: int) -> bool:
    """Whether the German word before the "von" that opens a number is a verb (lower case: "stiegen
    von 42 auf 447 Millionen", the level the move started from), no change noun ("ein Plus von")."""
    words = WORD.findall(text, max(lo, start - 80), start)
    return len(words) >= 2 and words[-2][:1].islower()


# "$33.9 million or 1.99 percent higher than in 2017", "33,9 Millionen oder 1,99 Prozent mehr", "a $4.7
# billion or 19.4% rise": an amount and a rate of one rise, the amount the rise's too
# A bracket right after a number, or the one the number closes: "3,1 Millionen (5 %) weniger", "(5 %) weniger"
_PAST_BRACKET = re.compile(r"[^\S\n]*(?:\([^()\n]{1,30}\)|\))[^\S\n]*")
_OR_RATE_HIGHER = re.compile(r"[^\S\n]+(?:or|oder)[^\S\n]+[\d.,]+[^\S\n]*(?:%|percent|per[^\S\n]+cent|Prozent)[^\S\n]+"
                             r"(?:higher|lower|more|less|above|below|höher|niedriger|mehr|weniger|"
                             # "a $4.7 billion or 19.4% rise over the previous year"
                             r"rise|increase|growth|gain|jump|decline|drop|fall|decrease|Anstieg|Zuwachs|Rückgang)\b")


def _words_before(text: str, lo: int, start: int, count: int) -> list[str]:
    """The `count` words before `start` (from `lo`), lower case, past words that weigh the value
    and bound nothing ("auf satte 29 %", "to a whopping 40%": "auf", "to")."""
    words = [w.lower() for w in WORD.findall(text, max(lo, start - 80), start)]
    while words and words[-1] in _WEIGHING:
        words.pop()
        if words and words[-1] == "a":
            words.pop()
    return words[-count:]


def _past_qualifier(words: list[str], language: str | None) -> list[str]:
    """`words` (before a number) without the qualifier that closes them, a phrase of the language's
    `qualifiers_before` ("increased by about": "by"; "stieg auf rund": "auf"), or [] when none
    closes them."""
    qualifiers = vocabulary(language).qualifiers_before
    return next((words[:-n] for n in range(min(_QUALIFIER_WORDS, len(words) - 1), 0, -1)
                 if " ".join(words[-n:]) in qualifiers), [])


_QUALIFIER_WORDS = 4  # words of the longest qualifier phrase looked for ("a little more than")
_WEIGHING = frozenset({"satte", "satten", "stolze", "stolzen", "whopping", "staggering", "hefty"})


# After a from-value, its to-value: " to 1.5%", " auf 1,5 %" (a year or a bracket between allowed).
_TO_VALUE_AFTER = re.compile(r"(?:[^\S\n]+(?:(?:in|im(?:[^\S\n]+Jahre?)?)[^\S\n]+)?(?:19|20)\d\d|[^\S\n]*\([^()\n]{1,40}\))?[^\S\n]+(?:to|auf)[^\S\n]+"
                             r"(?:(?:about|around|nearly|almost|over|more[^\S\n]+than|rund|etwa|fast|knapp|über|"
                             r"mehr[^\S\n]+als|satten?|stolzen?|(?:a[^\S\n]+)?(?:whopping|staggering|hefty))[^\S\n]+)?"
                             r"[+\u2212-]?\d", re.IGNORECASE)


_PERCENT_AFTER = re.compile(r"[\d.,]*[^\S\n]*(?:%|Prozent|percent|per[^\S\n]+cent|pct)", re.IGNORECASE)


def to_value_after(text: str, end: int, hi: int, unit: str | None) -> bool:
    """Whether the value a from-value rose or fell to follows the number ending at `end` (before
    `hi`), of the same kind: " to 1.5%" after a rate; not " auf 1,1 Mio. Tonnen" after one."""
    m = _TO_VALUE_AFTER.match(text, end, hi)
    return m is not None and (unit != "percent" or _PERCENT_AFTER.match(text, m.end() - 1, hi) is not None)


# The rate before ", up from"/", down from" in its sentence, no number between.
_RATE_BEFORE_MOVE = re.compile(r"\d[\d.,]*[^\S\n]*(?:%|percent|per[^\S\n]+cent|pct)(?=(?:[^\d\n]|(?:19|20)\d\d(?:[-–/]\d\d)?)*?"
                               r",?[^\S\n]+(?:up|down)"
                                 r"[^\S\n]+from[^\S\n]+\S*\Z)")
_MOVE_REACH = 200  # characters before "up from" searched for that number


# A change in percent, then "or" and the number: the same change in another unit
_OR_AFTER_A_CHANGE = re.compile(r"\b(?:um|by)[^\S\n]+[\d.,]+[^\S\n]*(?:Prozent|percent|per[^\S\n]+cent|pct|%)[^\S\n]*,?"
                                r"[^\S\n]+(?:oder|or|bzw\.|beziehungsweise)(?:[^\S\n]+(?:um|by))?[^\S\n]+\Z")


def is_change(text: str, start: int, end: int, language: str | None = None, unit: str | None = None) -> bool:
    """Whether text[start:end] states a change rather than a level.

    A change: percentage points; a written sign ("+2.7 %"); "by"/"um" before the number; a change
    word right before it ("rose 9.3 percent", "up 2.7%", "ein Plus von"); a comparison or change
    noun right after it ("year on year", "a 5% increase"); for a percentage, a change word earlier
    in its clause ("growth was 5%"). "to"/"auf" right before the number make it a level ("rose 5% to
    $3 billion").
    """
    if unit in ("percentage_point", "basis_point"):
        return True
    if unit == "percent":
        start, end = first_listed(text, start, end)
    c_lo, c_hi = clause_bounds(text, start, end)
    if _SIGNED.search(text, max(c_lo, start - 2), start) and (start < 2 or not text[start - 2].isalnum()):
        return True
    if _growth_stated(_words_before(text, c_lo, start, 6)):
        return True
    if unit == "percent" and text.find("ate", c_lo, start) >= 0 \
            and (named := _GROWTH_RATE_NAMED.search(text, c_lo, start)) is not None \
            and not _NUMBER_BETWEEN.search(text, named.end(), start):
        return True  # "The growth rate of GDP during 2023-24 has been estimated at 7.6 per cent"
    if _OR_AFTER_A_CHANGE.search(text, max(c_lo, start - 60), start):
        return True  # "um 28 Prozent oder 2,5 Billionen Rubel gestiegen": the change once more, in money
    before = _words_before(text, c_lo, start, 3)
    if before and before[-1] in ("a", "an") and _CHANGE_NOUN_AFTER.match(text, end, c_hi):
        return True  # "attributed the decline to a 46% fall in vehicle exports": the noun, not "to"
    if (before and before[-1] in _TO) or is_level_cue(text, start, c_lo):
        return False
    if unit == "percent" and _SHARE_AFTER.match(text, end, c_hi):
        return False  # "was 52 Prozent der Einreisen entspricht und einen Anstieg von …": a part of a whole
    if before and before[-1] in ("from", "von") and to_value_after(text, end, c_hi, unit) and not any(
            _is_growth_word(w.lower()) for w in WORD.findall(text, c_lo, start)):
        return False  # "rose from 0.8% to 1.5%", "stieg von 0,8 % auf 1,5 %": the level it rose from
        # (not "ein Plus von 32 % auf 1,1 Mio. Tonnen", nor "das Wachstum sank von 3,7 auf 2 Prozent")
    if len(before) >= 2 and before[-1] == "from" and before[-2] in ("up", "down"):
        # "33.8% of exports, down from 43.06%": what the figure before it moved from, of its kind (a
        # level; "a 2 per cent growth, down from 3.7 per cent": a change)
        compared = _RATE_BEFORE_MOVE.search(text, max(0, start - _MOVE_REACH), start) if unit == "percent" else None
        return compared is not None and is_change(text, compared.start(), compared.end(), language, unit)
    if before and (before[-1] in _BY or before[-1] in _DIRECTION):
        return True
    if len(before) >= 2 and before[-1] in ANOTHER and (before[-2] in _DIRECTION or before[-2] in _ADDED):
        return True  # "added another 5 million tonnes to exports": the amount added, not the exports
    qualified = _past_qualifier(_words_before(text, c_lo, start, 6), language)
    if qualified and qualified[-1] in _TO and unit not in RATE_UNITS:
        return False  # "rose to about $3 billion", "stieg auf rund 3 Milliarden": a level (a rate's growth
        # word may stand further back: "Das Umsatzwachstum liegt bei mehr als 100 Prozent")
    if qualified and qualified[-1] in _BY and any(_is_change_word(w.lower()) for w in WORD.findall(text, c_lo, start)):
        return True  # "increased by about $940 million", "stiegen um mehr als 2 Milliarden"; not "attended
        # by more than 300 representatives"
    if len(before) >= 2 and before[-1] in ("of", "von") and before[-2] in _DIRECTION and not (
            before[-1] == "von" and _verb_before_von(text, c_lo, start)):
        return True  # "growth of 5%", "ein Plus von 9,3 Prozent"; not "stiegen von 42 auf 447 Millionen"
    if _AFTER_CHANGE.match(text, end, c_hi) or _OR_RATE_HIGHER.match(text, end, c_hi):
        return True
    bracket = _PAST_BRACKET.match(text, end)
    if bracket is not None and _AFTER_CHANGE.match(text, bracket.end(), min(len(text), bracket.end() + _MOVE_REACH)):
        return True  # "3,1 Millionen (5 %) weniger als im gleichen Zeitraum", "3.1 million (5%) fewer than"
    if unit in _MONEY_OR_RATE or unit is None:
        words = [w.lower() for w in WORD.findall(text, c_lo, start)]
        # "a 23% and 30% respective year-on-year increase": the change noun may follow the rate.
        after = [w.lower() for w in WORD.findall(text, end, c_hi)][:6]
        return any(_is_change_word(w) for w in (*words, *after)) or "growth rate" in text[c_lo:start].lower()
    return False


# A growth rate named in a rate's clause before it, whatever verb of amount follows
_NUMBER_BETWEEN = re.compile(r"\d[\d.,]*[^\S\n]*(?:%|percent|per[^\S\n]+cent|Prozent)")  # another rate between
_GROWTH_RATE_NAMED = re.compile(r"\b(?:[Gg]rowth[^\S\n]+rates?|[Rr]ates?[^\S\n]+of[^\S\n]+growth)\b|(?i:wachstumsrate|zuwachsrate)")


# A growth named as what a verb of amount reports: "[GDP] growth totaled 3.5%", "growth stood at 5
# percent", "das Wachstum lag bei 3,6 Prozent", "die Wachstumsrate betrug 4 Prozent" — a change,
# though "totaled"/"at"/"bei" make an amount a level.
_GROWTH_NOUNS = ("growth", "expansion", "contraction")
_GROWTH_STEMS = ("wachstum", "zuwachs")
_REPORTING = frozenset({*_TO, "was", "is", "were", "came", "in", "lag", "liegt", "betrug", "beträgt", "amounted",
                        "about", "around", "nearly", "almost", "roughly", "some", "only", "just", "etwa", "rund",
                        "fast", "knapp", "nur", "rate", "von", "lagen", "liegen", "betrugen", "wird", "wurde",
                        "werden", "im", "jahr", "year"})


# Verbs (and their "sich") by which a growth rate moves to a value: "growth slowed to 5%".
_RATE_MOVES = frozenset("accelerated accelerates slowed slows quickened eased eases picked up rose rises fell falls "
                        "climbed dropped increased decreased beschleunigte beschleunigt verlangsamte verlangsamt "
                        "sich stieg steigt sank sinkt fiel fällt erhöhte verringerte".split())
# The word before what a growth is of: "growth of exports", "Wachstum der Exporte".
_OF_WHAT = frozenset({"of", "in", "des", "der"})


def _growth_stated(words: list[str]) -> bool:
    """Whether `words` (lower case, those right before a number) end in a growth noun and words
    that report its amount: "growth totaled", "Wachstum lag bei rund"."""
    i = len(words)
    while i > 0 and (words[i - 1] in _REPORTING or (len(words[i - 1]) == 4 and words[i - 1].isdigit())):
        i -= 1
    if i == 0 or i == len(words):
        return False
    if words[i] in ("to", "auf"):
        # "growth accelerated to 18%", "das Wachstum beschleunigte sich auf 5 Prozent": the growth
        # rate moved to the value, which is a rate still
        while i > 0 and words[i - 1] in _RATE_MOVES:
            i -= 1
    if i >= 3 and words[i - 2] in _OF_WHAT:
        i -= 2  # "das Wachstum des BIP lag bei 3 %", "growth of exports was 7%"
    return _is_growth_word(words[i - 1])


def _is_growth_word(word: str) -> bool:
    """Whether a lower-case word names a growth: "growth", "Wachstum", "Wirtschaftswachstum"."""
    return word in _GROWTH_NOUNS or word.startswith(_GROWTH_STEMS) or word.endswith(_GROWTH_STEMS) \
        or word.endswith(tuple(stem + rate for stem in _GROWTH_STEMS for rate in _GROWTH_RATE_ENDINGS))


# Right before a number: it is a level (a share of a whole), whatever verbs surround it:
# "a share of 42.7 %", "accounts for 34.6 percent", "einen Anteil von 12 Prozent", "macht 30 Prozent".
_LEVEL_CUE = re.compile(
    r"(?:\b(?:share|proportion|portion|percentage)\s+(?:of|at|to|was|is|stood\s+at|reached)|"
    r"\b(?:accounts?|accounted|accounting)\s+for|\b(?:making|made|makes|make)\s+up|"
    r"\b(?:representing|represents?|represented|constituting|constitutes?|constituted)|"
    r"\bAnteil\w*\s+(?:von|an|am|bei|lag\s+bei|betrug|beträgt|erreichte)|\bmach(?:t|te|en|ten)|\bausmachen|"
    r"\b(?:to|auf|at|reached|erreichte)\b|"
    # "rose to a record of", "sich auf die Rekordmenge von … verdoppelte", "auf einen Wert von": the
    # level a statistic reached, named by a word for an amount
    r"\b(?:to|auf)\s+(?:a|an|the|die|den|das|eine|einen|ein)\s+(?:new\s+|neuen?\s+)?"
    r"(?:record(?:\s+high)?|all-time\s+high|total|level|sum|value|Rekord\w*|Höchst(?:stand|wert)|Wert|Niveau|"
    r"Summe|Volumen|Menge|Gesamtwert)(?:\s+(?:of|von))?)"
    r"\s+(?:(?:a|an|the|some|about|around|nearly|almost|over|more\s+than|roughly|rund|etwa|fast|knapp|über|"
    r"mehr\s+als|mehr\s+als|einen|ein|eine|nun|bereits|only|just|nur)\s+)*[+\u2212-]?\Z",
    re.IGNORECASE)


def is_level_cue(text: str, start: int, lo: int = 0) -> bool:
    """Whether the words right before the number at `start` make it a level: "a share of", "accounts
    for", "ein Anteil von", "to"/"auf" ("rose 5 % to 42 %")."""
    return _LEVEL_CUE.search(text, max(lo, start - 60), start) is not None


_AVERAGE = re.compile(r"\b(?:average|averaged|durchschnittlich\w*|im\s+Schnitt|im\s+Durchschnitt)\b", re.IGNORECASE)


def is_average(text: str, start: int, end: int) -> bool:
    """Whether the number's clause makes it an average ("average annual growth rate of 7.3 percent",
    "durchschnittliche jährliche Wachstumsrate"): another statistic than the total."""
    c_lo, c_hi = clause_bounds(text, start, end)
    return _AVERAGE.search(text, c_lo, c_hi) is not None


def change_direction(text: str, start: int, end: int, language: str | None = None) -> str | None:
    """"up" or "down" when the clause states a direction for the number (for a later rate of a
    list, the first one's clause: `first_listed`), else None."""
    if _RATE_WORDS.search(text, start, end):
        start, end = first_listed(text, start, end)
    c_lo, c_hi = clause_bounds(text, start, end)
    sign = _SIGNED.search(text, max(c_lo, start - 2), start)
    if sign:
        return "up" if sign.group().strip() == "+" else "down"
    # Nearest before the number first ("rose 5%"), then after it ("um 5 Prozent gewachsen").
    before = [w.lower() for w in WORD.findall(text, c_lo, start)]
    after = [w.lower() for w in WORD.findall(text, end, c_hi)]
    return next((d for w in (*reversed(before), *after) if (d := _direction_of(w))), None)


def _direction_of(word: str) -> str | None:
    if word in _DIRECTION:
        return _DIRECTION[word]
    if len(word) > 8:
        if any(stem in word for stem in _DOWN_STEMS) or word.endswith(_DOWN_ENDINGS):
            return "down"
        if _is_change_word(word):
            return "up"
    return None
