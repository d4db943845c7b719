"""Candidates from the number-word scanner (:func:`word_candidate`): "zwei", "three hundred and
twenty-one", "dozens of", "several hundred", "tripled", "several times", "a third", "zur Hälfte".
Each is judged on its immediate context; what is not a figure returns None."""

from __future__ import annotations

import re

from ..contract import AT_LEAST, EXACT, PERCENT, PERCENTAGE_POINT, TIMES
from .lang import vocabulary
from .number_attach import finish_unit, is_times, read_after
from .number_candidate import Candidate, per_year, read_qualifier, set_qualifier
from .number_change import DOWN, UP, word_direction
from .number_nouns import counted_de, counted_en, counted_phrase, head_word, percent_measure, prev_word, sentence_initial
from .number_parsing import scale_factor, scaled, word_value
from .number_patterns import DE_VON, NEXT_WORD, OF, PERCENT_OF_DE, PRIOR_BEFORE_SCALE, PRIOR_REACH

__all__ = ["word_candidate"]


# "twenty-foot equivalent unit(s)", "twenty foot equivalent", "twenty equivalent units": what TEU
# and FEU stand for; "a forty-foot container": its size ("twenty feet high", "a three-foot trip"
# are lengths)
_CONTAINER_UNIT_AFTER = re.compile(
    r"(?:[-–\s](?:foot|feet|ft)[-–\s]+(?:equivalent|containers?|boxes)\b|\s+equivalent\s+units?\b)", re.IGNORECASE)


_FOLD_AFTER = re.compile(r"-[Ff]old\b")
_DIGITS_ECHO = re.compile(r"[^\S\n]*\((?P<digits>\d{1,4})\)")


def word_candidate(text: str, m: re.Match[str], lang: str | None) -> Candidate | None:
    word = m.group()
    key = " ".join(word.lower().split())
    vocab = vocabulary(lang)
    if key in vocab.vague_amounts:
        return vague_candidate(text, m, lang)
    if key in vocab.multipliers:
        return multiplier_candidate(text, m, lang)
    if key in vocab.halving_words:
        return halving_candidate(text, m, lang)
    if key in vocab.digit_words:
        return digit_candidate(text, m, lang)
    if key in vocab.vague_multipliers or HALF_MULTIPLIER.match(key):
        return spelled_multiplier_candidate(text, m, lang)
    last = key.split()[-1].split("-")[-1]
    if last in vocab.fractions or last.removesuffix("n") in vocab.fractions or key in ("half", "halb"):
        return fraction_candidate(text, m, lang)
    first = key.split()[0]
    if first in vocab.vague_quantifiers or " ".join(key.split()[:2]) in vocab.vague_quantifiers:
        return several_candidate(text, m, lang)
    value, word_lang = word_value(word)
    if value is None or (lang is not None and word_lang != lang):
        return None
    start, pos = m.start(), m.end()
    if _CONTAINER_UNIT_AFTER.match(text, pos):
        return None  # "TEU (twenty-foot equivalent unit)": the name of a unit, not a number of anything
    if text[pos : pos + 1] in ("-", "–") and not read_after(text, pos, lang, False).reading:
        return None  # "four-point plan", "two-day"; but "three-percent"
    if word[0].isupper() and not sentence_initial(text, start) and not _FOLD_AFTER.match(text, pos):
        return None  # "Three Gorges", "Group of Seven", "außer Acht", "One Thousand Engineers"; but a
        # title-case headline's "Zooms Nearly Three-Fold"
    prev, _, _ = prev_word(text, start)
    prev_low = prev.lower() if prev else None
    wv = vocabulary(lang or word_lang)
    if prev_low in wv.period_before or prev_low in wv.name_before:
        return None
    referential = prev_low in wv.referential_before  # "the two countries": a count if a noun follows
    after = read_after(text, pos, lang, False)
    scale = scale_factor(after.scale_word, lang or word_lang) if after.scale_word else 1
    if isinstance(value, float):
        cand = Candidate(start, after.end, scaled(value, 0, scale), 0, 1)
    else:
        cand = Candidate(start, after.end, value, 0, scale)
    if not finish_unit(cand, text, after, lang):
        return None
    after_all = set_qualifier(cand, text, start, after.end, lang)
    per_year(cand, text)
    if cand.unit is not None:
        if cand.unit in (PERCENT, PERCENTAGE_POINT):
            cand.counted = percent_measure(text, after_all, lang)
        return cand
    rank = NEXT_WORD.match(text, after_all)
    if rank and rank.group(1).lower() in wv.rank_words:
        return None
    echo = _DIGITS_ECHO.match(text, after_all)
    if echo is not None and int(echo["digits"]) == value:
        after_all = echo.end()  # "five (5) applicants": the digits restate the word; the noun follows them
    counted = counted_phrase(text, after_all, lang or word_lang)
    if counted is not None:
        head = head_word(text[counted[0] : counted[1]])
        if head in wv.time_nouns or head in wv.fractions or head in wv.idiom_heads:
            return None
    if referential and (counted is None or cand.unit is not None):
        return None
    cand.counted = counted
    if counted is None and after.scale_word is None and " " not in word.strip():
        cand.bare = True
        cand.accepted = False
    return cand


def vague_candidate(text: str, m: re.Match[str], lang: str | None) -> Candidate | None:
    key = " ".join(m.group().lower().split())
    value = vocabulary(lang).vague_amounts.get(key)
    if value is None:
        return None
    start, pos = m.start(), m.end()
    left = text[max(0, start - 12) : start].rstrip()
    if left[-1:].isdigit() or (left[-1:] == ")" and PRIOR_BEFORE_SCALE.search(text, max(0, start - PRIOR_REACH), start)):
        return None  # the scale word of "1,5 Millionen", already taken; of "221,87 (236,45) Mrd. Yuan" too
    english = key in vocabulary("en").vague_amounts
    unit = None
    counted = None
    end = pos
    if english:
        if lang == "de":
            return None
        om = OF.match(text, pos)
        if not om:
            return None
        after = read_after(text, om.end(), lang, True)
        if after.reading is not None and after.reading.kind == "currency":
            unit, end = after.reading.unit, after.end
        elif after.reading is not None and after.reading.kind == "unit" and "/" not in after.reading.unit:
            unit, end = after.reading.unit, after.end
        else:
            counted = counted_en(text, om.end())
            if counted is None:
                return None
    else:
        if lang == "en":
            return None
        after = read_after(text, pos, lang, True)
        if after.reading is not None and after.reading.kind in ("currency", "unit"):
            unit, end = after.reading.unit, after.end
        else:
            vm = DE_VON.match(text, pos)
            counted = counted_de(text, vm.end() if vm else pos)
            if counted is None:
                return None
    vocab = vocabulary(lang)
    if counted is not None and head_word(text[counted[0] : counted[1]]) in vocab.time_nouns:
        return None
    cand = Candidate(start, end, value, 0, 1)
    cand.unit = unit
    cand.counted = counted
    cand.qualifier = AT_LEAST
    return cand


def several_candidate(text: str, m: re.Match[str], lang: str | None) -> Candidate | None:
    """"several hundred", "a few million", "mehrere Hundert Milliarden": the lower bound, the
    quantifier's count times the scale ("several" is 3, as in the labels' "several times" = 3)."""
    words = m.group().split()
    vocab = vocabulary(lang)
    if len(words) == 1:
        return _several_counted(text, m, lang)
    value = scale_factor(words[-1], lang) if words[-1].lower() in vocab.scale_words else 0
    if not value:
        return None
    quantifier = " ".join(w.lower() for w in words[:-1])
    value *= vocab.vague_quantifiers.get(quantifier, 1)  # "several billion": 3 billion, at_least
    after = read_after(text, m.end(), lang, False)
    scale = scale_factor(after.scale_word, lang) if after.scale_word else 1
    cand = Candidate(m.start(), after.end, value, 0, scale)
    if not finish_unit(cand, text, after, lang):
        return None
    cand.qualifier = AT_LEAST
    if cand.unit is None:
        om = OF.match(text, after.end)
        cand.counted = counted_phrase(text, om.end() if om else after.end, lang)
        if cand.counted is None:
            return None
    return cand


def _several_counted(text: str, m: re.Match[str], lang: str | None) -> Candidate | None:
    """"several agreements", "mehrere Minister", "mehrerer Institute": a vague count of the noun
    after it, its lower bound with at_least ("several" is 3, as the labels read "several times");
    not a time ("several years", "mehrere Tage": a duration) nor an idiom's noun."""
    word = m.group()
    if word[0].isupper() and not sentence_initial(text, m.start()):
        return None
    vocab = vocabulary(lang)
    counted = counted_phrase(text, m.end(), lang)
    if counted is None:
        return None
    head = head_word(text[counted[0] : counted[1]])
    if head in vocab.time_nouns or head in vocab.fractions or head in vocab.idiom_heads or head in vocab.scale_words:
        return None
    cand = Candidate(m.start(), m.end(), vocab.vague_quantifiers.get(word.lower(), 3), 0, 1)
    cand.qualifier = AT_LEAST
    cand.counted = counted
    return cand


def multiplier_candidate(text: str, m: re.Match[str], lang: str | None) -> Candidate | None:
    """"tripled", "sevenfold", "verdreifacht", "das Dreifache": unit ``times``."""
    word = m.group()
    vocab = vocabulary(lang)
    value = vocab.multipliers[word.lower()]
    prev, _, _ = prev_word(text, m.start())
    prev_low = prev.lower() if prev else ""
    if word.lower() in vocab.multiplier_needs_verb and prev_low not in vocab.multiplier_verb_before:
        return None  # "double taxation"; but "will double"
    if word.lower().endswith(("fache", "fachen")) and not word[0].isupper() and not word.startswith("ver"):
        return None  # "dreifache Olympiasieger"; but "das Dreifache"
    if word.lower().endswith("mal"):
        nxt = NEXT_WORD.match(text, m.end())
        if not (nxt and nxt.group(1).lower() in vocab.multiplier_after):
            return None  # "fünfmal gewonnen"; but "fünfmal so viel"
    cand = Candidate(m.start(), m.end(), value, 0, 1)
    cand.unit = TIMES
    set_qualifier(cand, text, m.start(), m.end(), lang)
    cand.change = word_direction(word, vocab)  # "tripled", "Verdopplung": a rise in itself
    if cand.change is None and word.lower() in vocab.multiplier_needs_verb:
        cand.change = UP  # "will double", "help triple": the verb the word must be is a rise
    return cand


def halving_candidate(text: str, m: re.Match[str], lang: str | None) -> Candidate | None:
    """"halved", "halving", "halbiert", "Halbierung": a fall of 50 percent (see :mod:`numbers`:
    a fall by a fraction is the percent it fell by; a rise by a multiple stays ``times``)."""
    cand = Candidate(m.start(), m.end(), 50, 0, 1)
    cand.unit = PERCENT
    set_qualifier(cand, text, m.start(), m.end(), lang)
    cand.change = DOWN
    return cand


def digit_candidate(text: str, m: re.Match[str], lang: str | None) -> Candidate | None:
    """"double-digit growth", "zweistelliges Wachstum": at least 10 percent. "single-digit" is
    not scanned: it bounds a number from above without saying where it is, so it states nothing."""
    value = vocabulary(lang).digit_words.get(" ".join(m.group().lower().split()))
    if value is None:
        return None
    cand = Candidate(m.start(), m.end(), value, 0, 1)
    cand.unit = PERCENT
    cand.qualifier = AT_LEAST
    return cand


HALF_MULTIPLIER = re.compile(r"(?P<n>[a-zäöüß]+?)(?:[- ]and[- ]a[- ]half[- ]?(?:fold|times)|einhalbfach(?:e[nrs]?)?)\Z")


def spelled_multiplier_candidate(text: str, m: re.Match[str], lang: str | None) -> Candidate | None:
    """"several times higher" (3, at_least), "das Mehrfache", "two-and-a-half-fold" (2.5),
    "das Zweieinhalbfache": unit ``times``; "several times a week" is a frequency, not a figure."""
    word = m.group()
    key = " ".join(word.lower().split())
    vocab = vocabulary(lang)
    last = word.split()[-1]
    if "fach" in last.lower() and not last[0].isupper():
        return None  # "mehrfache Weltmeister"; but "das Mehrfache"
    half = HALF_MULTIPLIER.match(key)
    if half is not None:
        whole, _ = word_value(half.group("n") if half.group("n") != "ein" else "eins")
        if not isinstance(whole, int):
            return None
        value: int | float = whole + 0.5
        qualifier = EXACT
    else:
        value, qualifier = vocab.vague_multipliers[key], AT_LEAST
    cand = Candidate(m.start(), m.end(), value, 0, 1)
    if not is_times(text, cand, m.end(), last[-5:], lang):
        return None
    cand.unit = TIMES
    set_qualifier(cand, text, m.start(), m.end(), lang)
    if qualifier != EXACT and cand.qualifier == EXACT:
        cand.qualifier = qualifier
    return cand


# A direction right after a fraction makes it the size of a move: "a third down on 2019".
_MOVED_BY_A_FRACTION = frozenset({"down", "up", "higher", "lower", "more", "less", "fewer", "weniger", "mehr",
                                  "höher", "niedriger"})


# "Drei Viertel davon greifen heimische Marken ab": a share of what was just named
_THEREOF_DE = re.compile(r"[^\S\n]+davon(?![\w])")


def fraction_candidate(text: str, m: re.Match[str], lang: str | None) -> Candidate | None:
    """"a third" -> 100/3 percent, "two thirds", "half of", "ein Fünftel", "zur Hälfte"."""
    vocab = vocabulary(lang)
    words = m.group().lower().replace("-", " ").split()
    denominator = vocab.fractions.get(words[-1])
    if denominator is None and lang != "en":
        denominator = vocab.fractions.get(words[-1].removesuffix("n"))  # "in zwei Dritteln des Landes"
    if denominator is None:
        return None
    numerator = 1
    if len(words) > 1 and words[-2] not in ("a", "die", "zur", "der", "um"):
        count, _ = word_value(words[-2])
        if not isinstance(count, int) or count >= denominator:
            return None
        numerator = count
    start, end = m.start(), m.end()
    qualifier, qualifier_start = read_qualifier(text, start, lang)
    prev, _, _ = prev_word(text, qualifier_start)
    prev_low = prev.lower() if prev else ""
    if prev_low in vocab.period_before or prev_low in vocab.referential_before and words[0] not in ("die", "der"):
        return None  # "the first half", "the second quarter"
    om = OF.match(text, end) or PERCENT_OF_DE.match(text, end) or _THEREOF_DE.match(text, end)
    as_much = NEXT_WORD.match(text, end)
    if words[-1] in ("half", "halb") and as_much and as_much.group(1).lower() in ("as", "so"):
        om = om or as_much  # "half as much", "halb so groß"
    elif words[-1] == "halb":
        return None
    elif words[-1] == "half" and as_much and as_much.group(1).lower() == "a":
        pass
    moved = NEXT_WORD.match(text, end)
    if moved is not None and moved.group(1).lower() in _MOVED_BY_A_FRACTION:
        om = om or moved  # "still a third down on the figures from 2019", "a quarter higher"
    if om is None and not words[0] in ("zur", "um") and prev_low not in vocab.fraction_openers and qualifier == EXACT:
        return None  # "a quarter" alone: a period or a coin, not a share
    if om is not None:
        nxt = NEXT_WORD.match(text, om.end())
        if nxt and nxt.group(1).lower() in ("a", "an", "the", "this") :
            nxt = NEXT_WORD.match(text, nxt.end())
        if nxt and nxt.group(1).lower() in vocab.time_nouns:
            return None  # "half of the year", "a quarter of a century"
    value = 100 * numerator / denominator
    if words[-1] in ("half", "halb"):
        a = NEXT_WORD.match(text, end)
        if a and a.group(1).lower() == "a":
            after = read_after(text, a.end(), lang, True)
            if after.reading is not None and after.reading.kind == "unit":  # "half a percentage point"
                cand = Candidate(start, after.end, 1, 1, 1)
                cand.value, cand.unit = 0.5, after.reading.unit
                cand.qualifier, cand.qualifier_start = qualifier, qualifier_start
                return cand
    cand = Candidate(start, end, value, 0, 1)
    cand.value = int(value) if value.is_integer() else value
    cand.unit = PERCENT
    cand.qualifier, cand.qualifier_start = qualifier, qualifier_start
    cand.counted = percent_measure(text, end, lang)
    return cand
