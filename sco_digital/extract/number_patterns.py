"""The patterns of the figure extractor, built from the words of ``lang/`` on first use.

Every pattern is a :class:`LazyRegex` (compiled the first time it is used); those that depend on
the language come from :func:`patterns` (one set per language, built on first use). The scanners
begin with a character class so that the regex engine skips the prose between candidates at C
speed; every other pattern is anchored at a candidate and reads only its immediate context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ._regex import LazyRegex
from .lang import vocabulary

__all__ = ["NumberPatterns", "patterns"]

SP = r"[ \t\u00a0\u202f]"  # space inside a phrase (never a line break)
SPACES = " \t\u00a0\u202f"

NUM = (
    r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?(?!\d)"  # Indian grouping: "12,34,567" (lakh and crore places)
    r"|\d{1,3}(?:(?:,\d{3})+|(?:\.\d{3})+|(?:[ \u00a0\u202f'’‘]\d{3})+)(?:[.,]\d+)?(?!\d)"
    r"|\d+(?:[.,·]\d+)?"  # "7·1 km": a raised decimal point, as British typography writes it
)
# The number scanner starts with a bare \d so that the regex engine skips to digits at C speed;
# the first digit's left neighbour is then checked by a two-character lookbehind.
DIGIT_SCANNER = LazyRegex(
    # what only looks like a number (ISO and dotted dates, clock times): swallowed, never proposed
    r"\d(?:(?<![\d.]\d)(?P<skip>\d{3}[-/.]\d{1,2}[-/.]\d{1,2}|\d?\.\d{1,2}\.(?:\d{4}|\d{2})"
    r"|\d?/\d{1,2}/(?:\d{4}|\d{2})|\d?:\d{2}(?::\d{2})?)(?![\d:])"
    # a number: not inside a word, an id, a path, a version or a phone number -- but "RMB5bn",
    # "Rs50", "Rs.162", "Rbs11.2trn", "Rb42.3 billion", "Br1442,7" (Belarusian roubles), "$US42", a sign ("+3,75 %") and a leading decimal point (".005 per cent")
    r"|(?:(?<![\w.,/#@§&=:\\]\d)|(?<=[A-Z]{3}\d)|(?<=Rmb\d)|(?<=Rbs\d)|(?<=Rb\d)|(?<=Br\d)|(?<=Rs\d)|(?<=Rs\.\d)|(?<=\$US\d)|(?<=[\s(]\.\d)|(?<=^\.\d))"
    r"(?P<rest>\d?(?:,\d\d)+,\d{3}(?:\.\d+)?(?!\d)|\d{0,2}(?:(?:,\d{3})+|(?:\.\d{3})+|(?:[ \u00a0\u202f'’‘]\d{3})+)"
    r"(?:[.,]\d+)?(?!\d)|\d*(?:[.,·]\d+)?)(?P<suf>[^\W\d_]+[²³]?)?)"
)
# The words after a number, one at a time: separator (spaces, a hyphen) and the word as written. A
# full stop glued to a capitalised word ends a word: scraped pages drop the space between sentences
# ("up to 400 Tbps.In the past", "rose 5 percent.The").
NEXT_TOKEN_SOURCE = (
    r"(?P<sep>" + SP + r"*[-‑]?" + SP + r"*)(?P<tok>[%€$£¥₽₹₸°℃]"
    r"|(?:[^\s\-‑–—,;:!?()\[\]{}\"“”„«».%<>|*]|\.(?![A-ZÄÖÜ][a-zäöüß]))+)"
)
NEXT_TOKEN = LazyRegex(NEXT_TOKEN_SOURCE)
# a time of day: "10 Uhr", "at 9 o'clock", "down 4 percent by 1150 GMT" (a time zone after a number)
CLOCK_AFTER = LazyRegex(SP + r"*(?:Uhr(?![\w])|o['’]clock|(?:GMT|UTC|MSK|IST|CET|CEST|MEZ|MESZ|BST|EST|EDT)(?![\w]))")
AMPM_AFTER = LazyRegex(SP + r"*(?:[AaPp]\. ?[Mm]\.|[AaPp][Mm](?![\w]))")

MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Januar|Jänner|Februar|März|Mai|Juni|Juli|Oktober|Dezember"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mär|Okt|Dez)\.?"
)
DASH_OR_TO = r"(?:-|–|—|to|till|until|bis|and|und|&)"
DATE_AFTER = LazyRegex(r"(?:\." + SP + r"*|" + SP + r"+)(?:of" + SP + r"+)?" + MONTH + r"(?![\w])")
DATE_CHAIN_AFTER = LazyRegex(
    r"\.?" + SP + r"*" + DASH_OR_TO + SP + r"*\d{1,2}(?:\." + SP + r"*|" + SP + r"+)" + MONTH + r"(?![\w])"
)
DATE_BEFORE = LazyRegex(  # "August |29", "July 10 to |11", "Aug 5, |2025"
    r"(?<![\w])" + MONTH + SP + r"*"
    r"(?:\d{1,2}(?:st|nd|rd|th)?(?:,|\.?" + SP + r"*" + DASH_OR_TO + r")" + SP + r"*)?\Z"
)
DOT_WORD = LazyRegex(r"\." + SP + r"+([^\W\d_][\w-]*)")
LAST_WORD = LazyRegex(r"([^\W\d_][\w'’&-]*)(\.?)\Z")
# Words of "one more" before an amount: "added another 5 million tonnes", "um weitere 5 Prozent"
ANOTHER = frozenset({"another", "further", "extra", "weitere", "weiteren", "zusätzliche", "zusätzlichen"})
NEXT_WORD = LazyRegex(SP + r"+([^\W\d_][\w'’-]*)")
# A year in brackets right after a number, its label: "447 Millionen Dollar (2023)".
YEAR_IN_BRACKETS = LazyRegex(r"[^\S\n]*\([^\S\n]*(?P<y>(?:19|20)\d\d)[^\S\n]*\)")
# The next word of a counted phrase, which may also open with digits joined to letters: a code or
# size that describes the noun ("500 5G base stations", "7,000 40-foot containers",
# "500 5G-Basisstationen", "7.000 40-Fuß-Container"), no quantity of its own.
NEXT_PHRASE_WORD = LazyRegex(SP + r"+([^\W\d_][\w'’-]*|\d+(?:[.,]\d+)?-?[^\W\d_][\w'’-]*|(?<=Boeing\s|Airbus\s)\d{3,4}(?![\w.,]))")
OF = LazyRegex(SP + r"+of(?![\w])")
DE_VON = LazyRegex(SP + r"+von(?![\w])")
DE_COORD = LazyRegex(SP + r"+(?:und|sowie|oder)(?![\w])")
DE_FUER = LazyRegex(SP + r"+für(?![\w])")
PERCENT_OF_EN = LazyRegex(SP + r"+of(?:" + SP + r"+(?:the|its|their|all|China's|China’s))?(?![\w])")
PERCENT_OF_DE = LazyRegex(SP + r"+(?:der|des|aller)(?![\w])")

SENTENCE_END = frozenset(".!?:;\n\r\"“”„«»()[]–—")
DE_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
# Quantifiers read alone as a vague count of the noun after them ("several agreements", "mehrerer
# Institute": at least 3, `number_word_candidates.several_candidate`); `facts.is_vague` keeps such a
# count out of every join.
VAGUE_COUNT_WORDS: dict[str, tuple[str, ...]] = {"en": ("several",), "de": ("mehrere", "mehreren", "mehrerer")}


def _alternation(phrases: list[str]) -> str:
    """Phrases longest first, spaces matching any phrase space."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", SP + "+") for p in ordered)


def _phrase_first(fragment: str) -> tuple[bool, int]:
    """Multi-word fragments before single words ("zwei Drittel" before "zwei"), then longest."""
    return (fragment.startswith(SP) or (SP + "+") in fragment.split("(?:")[0] or "[- ]" in fragment, len(fragment))


def _grouped_scanner(fragments: list[str]) -> str:
    """One alternation per first letter, behind a class of first letters: C-speed skipping."""
    groups: dict[str, list[str]] = {}
    for fragment in fragments:
        groups.setdefault(fragment[0].lower(), []).append(fragment[1:])
    branches = "|".join(
        f"(?<=[{letter}{letter.upper()}])(?:" + "|".join(sorted(set(rests), key=_phrase_first, reverse=True)) + ")"
        for letter, rests in sorted(groups.items())
    )
    first_letters = "".join(letter + letter.upper() for letter in sorted(groups))
    return "[" + first_letters + r"](?<![\w-].)(?:" + branches + r")(?![\w])"


def _english_fragments() -> list[str]:
    v = vocabulary("en")
    units = "two|three|four|five|six|seven|eight|nine"
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    times = "(?:" + SP + "+(?:hundred|thousand))?"
    fraction_words = "|".join(sorted(v.fractions, key=len, reverse=True))
    scales = "hundred|thousand|million|billion|trillion"
    teens = "thirteen fourteen fifteen sixteen seventeen eighteen nineteen eleven twelve ten"
    quarter_million = "(?!" + SP + "+(?:of" + SP + "+a" + SP + "+)?(?:million|billion|trillion))"  # not "a quarter| million"
    small = "(?:(?:" + tens + ")(?:-(?:one|" + units + "))?|" + teens.replace(" ", "|") + "|one|" + units + ")"
    # "three hundred and twenty-one", "two thousand five hundred"; never "three hundred and four| hundred"
    and_small = "(?:(?:" + SP + "+and)?" + SP + "+" + small + "(?!" + SP + "+hundred))?"
    hundreds = SP + "+hundred" + and_small
    times = "(?:" + hundreds + ")?(?:" + SP + "+thousand(?:(?:" + SP + "+and)?" + SP + "+" + small + "(?:" + hundreds + ")?)?)?"
    return (
        [w + "(?:-(?:one|" + units + "))?" + times for w in tens.split("|")]
        + [w + times for w in (teens + " " + units.replace("|", " ")).split()]
        + [a + hundreds for a in ("a", "one")]
        + [a + SP + "+(?:dozen|hundred|thousand|[mM]illion|[bB]illion|[tT]rillion)" for a in ("a", "one")]
        + ["half(?:" + SP + "+a)?" + SP + "+(?:million|billion|trillion)"]  # "half a million", "half million"
        # "a quarter million", "a quarter of a billion"; "two and a half million" (2.5 million)
        + ["a" + SP + "+quarter" + quarter_million.removeprefix("(?!").removesuffix(")")]
        + [w + SP + "+and" + SP + "+a" + SP + "+half" + SP + "+(?:million|billion|trillion)"
           for w in ("one", *units.split("|"), "ten")]
        + [w + SP + "+of" + SP + "+(?:thousands|millions|billions)" for w in ("tens", "hundreds")]
        + [k for k in v.vague_amounts if " " not in k]
        + [re.escape(q).replace(r"\ ", SP + "+") + SP + "+(?:" + scales + ")" for q in v.vague_quantifiers]
        + list(VAGUE_COUNT_WORDS["en"])
        + [w + "[- ]?(?:" + fraction_words + ")" + (quarter_million if w == "a" else "")
           for w in ("a", "one", "two", "three", "four", "five", "seven", "nine")]
        + ["half"]
        + list(v.multipliers)
        + [re.escape(k).replace(r"\ ", SP + "+") for k in (*v.halving_words, *v.digit_words)]
        + [re.escape(k).replace(r"\ ", SP + "+") for k in v.vague_multipliers]
        + [w + "[- ]and[- ]a[- ]half(?:-?fold|" + SP + "+times)" for w in ("one", *units.split("|"), "ten")]
    )


def _noun_last(phrase: str) -> str:
    """German nouns are capitalised: "das mehrfache" is written "das Mehrfache"."""
    *head, last = phrase.split()
    return " ".join([*head, last[:1].upper() + last[1:]])


def _german_fragments() -> list[str]:
    v = vocabulary("de")
    units = "zwei|drei|vier|fünf|sechs|sieben|acht|neun"
    tens = "zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig"
    fractions = "|".join(sorted((k.capitalize() for k in v.fractions if k != "hälfte"), key=len, reverse=True))
    scales = "[Hh]undert|[Tt]ausend|Millionen|Milliarden|Billionen"
    teens = "dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwölf|zehn|elf"
    # a German numeral is one word: "zweihundertfünfzig", "dreitausendfünfhundert", "einundzwanzig"
    below_100 = "(?:(?:ein|" + units + ")und(?:" + tens + ")|" + tens + "|" + teens + "|" + units + "|eins)"
    below_1000 = "(?:(?:ein|" + units + ")?hundert" + below_100 + "?|" + below_100 + ")"
    thousands = "(?:tausend" + below_1000 + "?)"
    after_unit = "hundert" + below_100 + "?" + thousands + "?|" + thousands + "|und(?:" + tens + ")" + thousands + "?"
    # "zweieinhalb", "eineinhalb", "anderthalb": a half more than the unit ("zweieinhalb Millionen")
    halves = ["anderthalb", "eineinhalb", *(w + "einhalb" for w in units.split("|")), "zehneinhalb"]
    return (
        # ("auf über eine Mrd. Dollar verdoppeln": the scale abbreviated)
        ["ein(?:" + after_unit + "|(?:e|en|em|er)?" + SP + "+(?:Dutzend|Million|Milliarde|Billion|Mio\\.|Mrd\\.))"]
        + ["ein(?:e|er|en|em)?" + SP + "+halben?" + SP + "+(?:Million|Milliarde|Billion)"]  # "eine halbe Million"
        # "um etwa ein Prozent", "um einen Prozentpunkt": the article as the number one before a rate's unit
        + ["ein(?:en|em)?(?=" + SP + "+(?:Prozentpunkt|Prozent)(?![\\w-]))"]
        + [w + "(?:" + after_unit + ")?" for w in units.split("|")]
        + ["hundert" + below_100 + "?" + thousands + "?", "tausend" + below_1000 + "?"]
        + [w + thousands + "?" for w in (*tens.split("|"), *teens.split("|"))]
        + halves
        # "Hunderte Millionen Euro": one vague amount of the scale after it (before "Hunderte" alone)
        + [w + "n?" + SP + "+(?:Millionen|Milliarden)" for w in ("Dutzende", "Hunderte")]
        + [w + "n?" for w in ("Zehntausende", "Hunderttausende", "Dutzende", "Hunderte", "Tausende", "Abertausende")]
        + ["Millionen", "Milliarden"]
        + [q + SP + "+(?:" + scales + ")" for q in ("mehrere", "einige", "etliche", "mehreren", "einigen")]
        + list(VAGUE_COUNT_WORDS["de"])
        # (the dative plural too: "in zwei Dritteln des Landes")
        + [w + SP + "+(?:" + fractions + ")n?" for w in ("ein", "einem", "einen", "eine", "zwei", "drei", "vier", "fünf", "sieben", "neun")]
        + ["halb", "die" + SP + "+Hälfte", "zur" + SP + "+Hälfte", "der" + SP + "+Hälfte", "um" + SP + "+die" + SP + "+Hälfte"]
        + [w for w in v.multipliers]
        + sorted({*v.halving_words, *v.digit_words})
        + [re.escape(_noun_last(k)).replace(r"\ ", SP + "+") for k in v.vague_multipliers]
        + [w + "einhalbfach(?:e[nrs]?)?" for w in ("ein", *units.split("|"), "zehn")]
    )


@dataclass(frozen=True, slots=True)
class NumberPatterns:
    """The patterns of one language (or of all, when the language is unknown)."""

    words: LazyRegex  # number words, vague amounts, fractions and multipliers
    words_source: str
    qualifier_before: LazyRegex  # matched on the reversed text before a number
    qualifier_after: LazyRegex  # "or more", "übersteigen"
    qualifier_passive: LazyRegex  # "has been exceeded", "wurde überschritten": group "q" is the verb
    compared_after: LazyRegex  # "… from 7.7%", "gegenüber 3 %": a level compared with another number


@cache
def patterns(lang: str | None) -> NumberPatterns:
    """The patterns of ``lang`` ("en", "de"; None: every language)."""
    fragments: list[str] = []
    if lang != "de":
        fragments += _english_fragments()
    if lang != "en":
        fragments += _german_fragments()
    v = vocabulary(lang)
    reversed_phrases = sorted({p[::-1] for p in v.qualifiers_before}, key=len, reverse=True)
    before = SP + "+(?P<q>" + "|".join(re.escape(p).replace(r"\ ", SP + "+") for p in reversed_phrases) + r")(?![\w])"
    after = SP + "+(?P<q>" + _alternation(list(v.qualifiers_after)) + r")(?![\w])(?!" + SP + r"*\d)"
    passive = (
        SP + "+(?:" + _alternation(list(v.auxiliaries)) + ")" + SP
        + "+(?P<q>" + _alternation(list(v.qualifier_verbs_after)) + r")(?![\w])(?!" + SP + r"*\d)"
    )
    words = _grouped_scanner(fragments)
    compared = (
        r"[^.;!?\n]{0,40}?(?<![\w])(?:" + _alternation(list(v.change_compared)) + r")(?![\w])\s+(?:[^\W\d_]+\s+){0,2}[$€£¥]?\d"
    )
    return NumberPatterns(
        words=LazyRegex(words),
        words_source=words,
        qualifier_before=LazyRegex(before, re.IGNORECASE),
        qualifier_after=LazyRegex(after, re.IGNORECASE),
        qualifier_passive=LazyRegex(passive, re.IGNORECASE),
        compared_after=LazyRegex(compared),
    )

# German financial news gives last year's value in brackets between a number and its unit: "221,87
# (236,45) Mrd. Yuan", "12,5 (Vorjahr: 11,8) Milliarden Euro", "4,1 (2024: 3,9) Prozent". Both numbers
# take the unit after the bracket; the bracketed one is dated a year before (`periods.prior_in_brackets`).
# A value before a revision ("13,5 (zuvor: 13,0) Milliarden Euro") is written so too.
REVISION_LABEL = r"(?:zuvor|bisher|vorher|previously|prior|before)"
_PRIOR_LABEL = (r"(?:(?:Vorjahr(?:eswert|eszeitraum|esquartal)?|im[^\S\n]+Vorjahr|Vj\.?|VJ|prior[^\S\n]+year|"
                r"previous[^\S\n]+year|a[^\S\n]+year[^\S\n]+(?:earlier|ago)|year[^\S\n]+earlier|(?:19|20)\d\d|"
                rf"{REVISION_LABEL})[:,]?[^\S\n]*(?:(?:etwa|rund|über|knapp|fast|about|around|over|nearly)[^\S\n]+)?)?")
_PRIOR_BRACKET = rf"[^\S\n]*\([^\S\n]*{_PRIOR_LABEL}[-+−]?\d[\d.,]*[^\S\n]*\)"
PRIOR_BRACKET = re.compile(_PRIOR_BRACKET)  # right after the number
PRIOR_BEFORE_SCALE = re.compile(rf"\d{_PRIOR_BRACKET}[^\S\n]*\Z")  # the number and bracket before a scale word
PRIOR_OPENS = re.compile(rf"\d[^\S\n]*\([^\S\n]*{_PRIOR_LABEL}[-+−]?\Z")  # right before the bracketed number
PRIOR_CLOSES = re.compile(r"[^\S\n]*\)")  # right after it
PRIOR_REACH = 60  # characters before a number searched for a number and a bracket before it
