"""Figures in news text, English and German: number, unit, qualifier and the noun counted.

Two compiled scanners walk the text once each and propose candidates: one digits (``9,3``,
``1,500``, ``29 000``, ``$84bn``), the other number words (``zwei``, ``a dozen``) and vague amounts
(``dozens of``, ``Tausende``); both begin with a character class, so the regex engine skips the
prose between candidates at C speed. Each candidate is then judged by small anchored patterns on its immediate
context only -- scale and unit after it, qualifier before it -- and by the rules of DESIGN.md §3
for what is *not* a figure: dates, years, clock times, periods ("first five months"), ordinals
("78th", "25. Konferenz"), technology names ("5G"), names ("Group of 77"), ids, URLs, phones.

Conventions of :class:`FoundFigure` (they match the curated records):

- ``start`` is the offset of the first character of ``text``, and ``text == source[start:end]``.
  For counts ``text`` is the number as written with its scale word ("830", "1.5 million",
  "a dozen"); for percentages, percentage points and money it includes the unit as written
  ("9,3 Prozent", "43%", "3.4 percentage points", "$84 billion", "USD 3.2 trillion",
  "2,11 Billionen Yuan"). A currency written before the number is part of ``text``, so ``start``
  may point at "$" or "USD".
- ``qualifier_start`` is where the qualifier's words begin ("more than 830"); ``== start`` when
  there is none.
- ``value`` is fully scaled, an ``int`` whenever it is integral. German "Billion" is 10^12.
- Vague amounts ("dozens", "Hunderte") are their lower bound with qualifier ``at_least``.
- A range or change ("from 43 to 70 percent", "von 43 auf 70 Prozent", "between 2 and 3
  million") gives two figures; the first takes unit, scale and noun from the second when it has
  none of its own.

Pure functions of text, standard library only; nothing here raises on any input.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass

from ..vocab import UNITS, Qualifier, Unit
from .language import detect_language

__all__ = ["FoundFigure", "extract_figures", "parse_number"]

EXACT = Qualifier.EXACT.value
MORE_THAN = Qualifier.MORE_THAN.value
AT_LEAST = Qualifier.AT_LEAST.value
NEARLY = Qualifier.NEARLY.value
ABOUT = Qualifier.ABOUT.value
UP_TO = Qualifier.UP_TO.value
LESS_THAN = Qualifier.LESS_THAN.value
PERCENT = Unit.PERCENT.value
PERCENTAGE_POINT = Unit.PERCENTAGE_POINT.value
COUNT = Unit.COUNT.value


@dataclass(frozen=True, slots=True)
class FoundFigure:
    """One figure found in a text; ``text == source[start:end]`` always holds."""

    start: int
    end: int
    text: str
    value: int | float
    unit: str
    qualifier: str
    counted: str | None
    qualifier_start: int


# --------------------------------------------------------------------------- vocabulary

_SP = r"[ \t\u00a0\u202f]"  # space inside a phrase (never a line break)
_compiled: dict[object, re.Pattern[str]] = {}  # the larger patterns, compiled on first use

_NUM = (
    r"\d{1,3}(?:(?:,\d{3})+|(?:\.\d{3})+|(?:[ \u00a0\u202f'’]\d{3})+)(?:[.,]\d+)?(?!\d)"
    r"|\d+(?:[.,]\d+)?"
)
# The number scanner starts with a bare \d so that the regex engine skips to digits at C speed;
# the first digit's left neighbour is then checked by a two-character lookbehind.
_DIGIT_SCANNER = re.compile(
    # what only looks like a number (ISO and dotted dates, clock times): swallowed, never proposed
    r"\d(?:(?<![\d.]\d)(?P<skip>\d{3}[-/.]\d{1,2}[-/.]\d{1,2}|\d?\.\d{1,2}\.(?:\d{4}|\d{2})"
    r"|\d?/\d{1,2}/(?:\d{4}|\d{2})|\d?:\d{2}(?::\d{2})?)(?![\d:])"
    # a number: not inside a word, an id, a path, a version or a phone number -- but "RMB5bn"
    r"|(?:(?<![\w.,/#@§&=:+\\]\d)|(?<=RMB\d)|(?<=Rmb\d)|(?<=USD\d)|(?<=EUR\d)|(?<=CNY\d))"
    r"(?P<rest>\d{0,2}(?:(?:,\d{3})+|(?:\.\d{3})+|(?:[ \u00a0\u202f'’]\d{3})+)"
    r"(?:[.,]\d+)?(?!\d)|\d*(?:[.,]\d+)?)(?P<suf>[^\W\d_]+)?)"
)
_CURRENCY_SYMBOLS = "$€£¥₽₹"
_CUR_BEFORE = re.compile(
    r"(?:(?<![\w$])(?:US ?\$|U\.S\. ?\$|HK\$|USD|CNY|RMB|Rmb|EUR|RUB|INR|GBP|JPY|KZT|PKR|UZS|HKD)"
    r"|(?<![\w$.])[$€£¥₽₹])[ \u00a0]?\Z"
)
_CUR_WORDS = (
    r"U\.S\. ?dollars?|U\.S\.-Dollars?|US dollars?|US-Dollars?|Hong Kong dollars?|[Dd]ollars?|USD"
    r"|[Yy]uan|[Rr]enminbi|RMB|CNY|[Ee]uros?|EUR|€|[Rr]ubles?|[Rr]oubles?|Rubel|RUB|₽"
    r"|Indian rupees?|Pakistani rupees?|[Rr]upees?|[Rr]upien|INR|PKR|₹|[Tt]enge|KZT"
    r"|[Ss]oums?|UZS|[Yy]en|JPY|[Pp]ounds sterling|GBP|£|HKD"
)

# Number words and vague amounts. Each fragment begins with a literal letter; the scanner is
# built grouped by that letter (see _word_scanner_pattern) so that it, too, runs at C speed.
_EN_UNITS = "two|three|four|five|six|seven|eight|nine"
_EN_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_DE_UNITS = "zwei|drei|vier|fünf|sechs|sieben|acht|neun"
_DE_TENS = "zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig"
_EN_TIMES = "(?:" + _SP + "+(?:hundred|thousand))?"
_WORD_FRAGMENTS = (
    [w + "(?:-(?:one|" + _EN_UNITS + "))?" + _EN_TIMES for w in _EN_TENS.split("|")]
    + [w + _EN_TIMES for w in ("thirteen fourteen fifteen sixteen seventeen eighteen nineteen eleven twelve ten "
                              + _EN_UNITS.replace("|", " ")).split()]
    + [a + _SP + "+(?:dozen|hundred|thousand|[mM]illion|[bB]illion|[tT]rillion)" for a in ("a", "one")]
    + ["half" + _SP + "+a" + _SP + "+(?:million|billion)"]
    + [w + _SP + "+of" + _SP + "+(?:thousands|millions|billions)" for w in ("tens", "hundreds")]
    + ["hundreds", "thousands", "millions", "billions", "dozens"]
    + ["ein(?:und(?:" + _DE_TENS + ")|(?:e|en|em|er)?" + _SP + "+(?:Dutzend|Million|Milliarde|Billion))"]
    + [w + "(?:und(?:" + _DE_TENS + ")|hundert|tausend)?" for w in _DE_UNITS.split("|")]
    + ["hundert", "tausend", *_DE_TENS.split("|")]
    + "dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwölf zehn elf".split()
    + [w + "n?" for w in ("Zehntausende", "Hunderttausende", "Dutzende", "Hunderte", "Tausende")]
    + ["Millionen", "Milliarden"]
)


def _word_scanner_pattern() -> str:
    groups: dict[str, list[str]] = {}
    for fragment in _WORD_FRAGMENTS:
        groups.setdefault(fragment[0].lower(), []).append(fragment[1:])
    branches = "|".join(
        f"(?<=[{letter}{letter.upper()}])(?:" + "|".join(sorted(rests, key=len, reverse=True)) + ")"
        for letter, rests in sorted(groups.items())
    )
    first_letters = "".join(letter + letter.upper() for letter in sorted(groups))
    return "[" + first_letters + r"](?<![\w-].)(?:" + branches + r")(?![\w])"


def _word_scanner() -> re.Pattern[str]:
    pattern = _compiled.get("words")
    if pattern is None:
        pattern = _compiled["words"] = re.compile(_word_scanner_pattern())
    return pattern


_SCALE_AFTER = re.compile(
    _SP + r"+(?P<scale>(?i:thousand|million|mln|mn|billion|bln|bn|trillion|trn|tn|lakhs?|crores?"
    r"|dozen|tausend|millionen|milliarden|milliarde|mrd\.?|mio\.?|billionen|bio\.))(?![\w])"
)
_UNIT_AFTER = re.compile(
    r"(?:" + _SP + r"*|" + _SP + r"*-)(?:"
    r"(?P<pp>(?i:percentage" + _SP + r"*-?points?|prozentpunkte?n?|%-punkte?n?)(?![\w])|pp(?![\w]))"
    r"|(?P<pct>%|(?i:percent|per" + _SP + r"?-?cent|prozent|pct)(?![\w])|vH(?![\w])|v\. ?H\.)"
    r"|(?P<cur>(?:" + _CUR_WORDS + r")(?![\w]))"
    r")"
)
_CLOCK_AFTER = re.compile(_SP + r"*(?:Uhr(?![\w])|o['’]clock)")
_AMPM_AFTER = re.compile(_SP + r"*(?:[AaPp]\. ?[Mm]\.|[AaPp][Mm](?![\w]))")
_POSTFIX_QUALIFIER = re.compile(_SP + r"+(?i:or more|and more|or above|and above|oder mehr|und mehr)(?![\w])")

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Januar|Jänner|Februar|März|Mai|Juni|Juli|Oktober|Dezember"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mär|Okt|Dez)\.?"
)
_DASH_OR_TO = r"(?:-|–|—|to|till|until|bis|and|und|&)"
_DATE_AFTER = re.compile(r"(?:\." + _SP + r"*|" + _SP + r"+)(?:of" + _SP + r"+)?" + _MONTH + r"(?![\w])")
_DATE_CHAIN_AFTER = re.compile(
    r"\.?" + _SP + r"*" + _DASH_OR_TO + _SP + r"*\d{1,2}(?:\." + _SP + r"*|" + _SP + r"+)" + _MONTH + r"(?![\w])"
)
_DATE_BEFORE = re.compile(  # "August |29", "July 10 to |11", "Aug 5, |2025"
    r"(?<![\w])" + _MONTH + _SP + r"*"
    r"(?:\d{1,2}(?:st|nd|rd|th)?(?:,|\.?" + _SP + r"*" + _DASH_OR_TO + r")" + _SP + r"*)?\Z"
)
_MONTHS = frozenset(re.findall(r"[A-Za-zä]+", _MONTH))
_DOT_WORD = re.compile(r"\." + _SP + r"+([^\W\d_][\w-]*)")
_LAST_WORD = re.compile(r"([^\W\d_][\w'’-]*)(\.?)\Z")
_NEXT_WORD = re.compile(_SP + r"+([^\W\d_][\w'’-]*)")
_OF = re.compile(_SP + r"+of(?![\w])")
_DE_VON = re.compile(_SP + r"+von(?![\w])")
_DE_COORD = re.compile(_SP + r"+(?:und|sowie|oder)(?![\w])")
_DE_FUER = re.compile(_SP + r"+für(?![\w])")
_RANGE_GAP = re.compile(_SP + r"*(?:-|–|—|to|bis|and|und|or|oder|auf)" + _SP + r"*\Z")
_PERCENT_OF_EN = re.compile(_SP + r"+of(?:" + _SP + r"+(?:the|its|their|all|China's|China’s))?(?![\w])")
_PERCENT_OF_DE = re.compile(_SP + r"+(?:der|des|aller)(?![\w])")

_QUALIFIERS_EN = {
    MORE_THAN: (
        "more than", "over", "above", "in excess of", "upwards of", "well over", "just over",
        "exceeding", "exceeded", "exceeds", "exceed", "surpassed", "surpassing", "surpasses",
        "surpass", "topped", "topping", "greater than", "higher than", "beyond",
    ),
    AT_LEAST: ("at least", "no less than", "no fewer than", "not less than", "not fewer than", "a minimum of"),
    NEARLY: ("nearly", "almost", "close to", "just under", "just below", "nearing", "approaching", "just shy of"),
    ABOUT: ("about", "around", "approximately", "approx.", "roughly", "some", "an estimated", "estimated", "circa"),
    UP_TO: ("up to", "as many as", "as much as", "a maximum of", "no more than", "not more than", "at most"),
    LESS_THAN: ("less than", "fewer than", "under", "below", "lower than"),
}
_QUALIFIERS_DE = {
    MORE_THAN: (
        "mehr als", "über", "gut", "weit über", "knapp über", "oberhalb von", "übertraf", "überstieg",
        "überschritt", "überschritten", "übertroffen", "überstiegen",
    ),
    AT_LEAST: ("mindestens", "wenigstens", "zumindest", "nicht weniger als"),
    NEARLY: ("fast", "knapp", "beinahe", "nahezu", "annähernd", "knapp unter"),
    ABOUT: ("rund", "etwa", "circa", "ca.", "zirka", "ungefähr", "schätzungsweise", "an die"),
    UP_TO: ("bis zu", "maximal", "höchstens", "nicht mehr als"),
    LESS_THAN: ("weniger als", "unter", "unterhalb von"),
}


_QUALIFIER_OF_PHRASE = {
    phrase: qualifier
    for table in (_QUALIFIERS_EN, _QUALIFIERS_DE)
    for qualifier, phrases in table.items()
    for phrase in phrases
}


def _qualifier_pattern(*tables: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    """Qualifier words right before a figure, matched on the *reversed* preceding text so that a
    single anchored attempt suffices. Longest phrases first: "no more than" is not "more than"."""
    phrases = sorted({p for table in tables for group in table.values() for p in group}, key=len, reverse=True)
    alternatives = "|".join(re.escape(p[::-1]).replace(r"\ ", _SP + "+") for p in phrases)
    return re.compile(_SP + "+(?P<q>" + alternatives + r")(?![\w])", re.IGNORECASE)


_QUALIFIER_TABLES = {"en": (_QUALIFIERS_EN,), "de": (_QUALIFIERS_DE,), None: (_QUALIFIERS_EN, _QUALIFIERS_DE)}


def _qualifier_regex(lang: str | None) -> re.Pattern[str]:
    pattern = _compiled.get(lang)
    if pattern is None:
        pattern = _compiled[lang] = _qualifier_pattern(*_QUALIFIER_TABLES[lang])
    return pattern


_SCALES = {
    "thousand": 1_000, "tausend": 1_000, "million": 10**6, "millionen": 10**6, "mio": 10**6,
    "mln": 10**6, "mn": 10**6, "m": 10**6, "milliarde": 10**9, "milliarden": 10**9, "mrd": 10**9,
    "billion": 10**9, "bln": 10**9, "bn": 10**9, "billionen": 10**12, "bio": 10**12,
    "trillion": 10**12, "trn": 10**12, "tn": 10**12, "lakh": 10**5, "lakhs": 10**5,
    "crore": 10**7, "crores": 10**7, "dozen": 12, "dutzend": 12, "k": 1_000,
}
_GERMAN_SCALES = frozenset({"tausend", "millionen", "mio", "milliarde", "milliarden", "mrd", "billionen", "bio"})
_ENGLISH_SCALES = frozenset(
    {"thousand", "mln", "mn", "bln", "bn", "trillion", "trn", "tn", "lakh", "lakhs", "crore", "crores"}
)

_EN_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "dozen": 12, "hundred": 100, "thousand": 1_000, "million": 10**6,
    "billion": 10**9, "trillion": 10**12,
}
_DE_NUMBER_WORDS = {
    "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eins": 1, "zwei": 2, "drei": 3,
    "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
    "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
    "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40,
    "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
    "dutzend": 12, "million": 10**6, "milliarde": 10**9, "billion": 10**12,
}
_VAGUE_VALUES = {
    "dozens": 12, "hundreds": 100, "thousands": 1_000, "millions": 10**6, "billions": 10**9,
    "tens of thousands": 10_000, "hundreds of thousands": 100_000, "tens of millions": 10**7,
    "hundreds of millions": 10**8, "tens of billions": 10**10, "hundreds of billions": 10**11,
    "dutzende": 12, "dutzenden": 12, "hunderte": 100, "hunderten": 100, "tausende": 1_000,
    "tausenden": 1_000, "zehntausende": 10_000, "zehntausenden": 10_000,
    "hunderttausende": 100_000, "hunderttausenden": 100_000, "millionen": 10**6, "milliarden": 10**9,
}

_STOP_EN = frozenset(
    """
    a an the this that these those its it their his her our your my of in on at to from for with
    by as into onto over under across through during since until till after before between among
    amid around about against within without via per and or but nor so yet than then while
    whereas if because although though who whom whose which what where when why how is are was
    were be been being am has have had having do does did will would shall should can could may
    might must not no also only just even still already more most less least very each every all
    both some any such other another last next year annually respectively including like they
    them he she we you i there here now ago altogether worldwide nationwide globally
    overall alone compared yearly monthly daily toward towards according up down out off back
    away plus percent per cent s came comes went goes rose rises fell falls grew grows
    made makes became becomes remained remains reached reaches accounted accounts said says showed
    shows stood stands hit hits
    """.split()
)
_IRREGULAR_PLURALS_EN = frozenset(
    """
    people children men women staff personnel police cattle livestock aircraft media data feet
    teeth mice youth crew sheep fish deer series species faculty
    """.split()
)
_UNIT_WORDS = frozenset(
    "km kg kw kwh mw mwh gw gwh twh tb pb eb gb mbps gbps ha mu teu sq tonne ton".split()
)
_TIME_NOUNS = frozenset(
    """
    year years month months week weeks day days hour hours minute minutes second seconds decade
    decades century centuries quarter quarters times time fold night nights
    jahr jahre jahren jahres monat monate monaten monats woche wochen tag tage tagen tages
    stunde stunden minute minuten sekunde sekunden jahrzehnt jahrzehnte jahrzehnten
    jahrhundert jahrhunderte jahrhunderten quartal quartale quartalen mal male uhr
    """.split()
)
_STOP_DE = frozenset(
    """
    und oder sowie aber in im an am auf aus bei beim mit nach von vom vor zu zum zur für über unter
    um durch gegen ohne seit bis ab der die das den dem des ein eine einer eines einem einen ist
    sind war waren wird werden wurde wurden hat haben hatte hatten sei seien sich es er sie wir
    nicht auch noch nur schon mehr weniger als wie so da dass daß jährlich pro je insgesamt
    bereits rund etwa mal jeweils
    """.split()
)
_DE_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
# Words before a bare number (no unit, no noun) that make it a quantity: "reached 300".
_BARE_ACCEPT = frozenset(
    """
    to reached reach reaches reaching hit hits hitting totaled totalled totaling totalling totals
    of at was were is are be been numbered numbers stood stands by between from with
    auf bei betrug beträgt betragen betrugen erreichte erreichten erreicht insgesamt um von
    zwischen sind waren ist war lag lagen liegt liegen
    """.split()
)
# Words before a number that make it part of a name, a reference or a rank: "No. 12", "top 10".
_NAME_PREV = frozenset(
    """
    no nr nos art article articles artikel chapter kapitel section sections abschnitt paragraph
    para absatz abs page pages seite seiten s p pp vol volume band bd heft issue room zimmer raum
    flight flug line linie route platz rang rank ranked ranks level stufe phase stage version
    model modell top gate terminal hall halle booth resolution resolutions nummer number typ type
    class klasse grade track episode season staffel folge lot unit block tel phone fax telefon
    iso din code id covid sars windows
    """.split()
)
# Before a number word these make it a reference to things already named: "the two countries".
_REFERENTIAL_PREV = frozenset(
    """
    the these those its their his her our your my all both other whose which any each every
    die der den dem des diese dieser diesen dieses beiden alle allen ihre ihren seine seinen unsere
    """.split()
)
# Before any number these make a period or a rank, not a quantity: "the first five months".
_PERIOD_PREV = frozenset(
    """
    first last next past previous coming recent ersten letzten nächsten vergangenen kommenden
    erste letzte nächste vergangene kommende
    """.split()
)
# Heads that make a number word an idiom ("the Two Sessions", "unter vier Augen") and fractions
# ("zwei Drittel", "two thirds"), which are shares, not counts.
_IDIOM_HEADS = frozenset({"sessions", "sides", "seiten", "augen"})
_FRACTION_HEADS = frozenset(
    "drittel viertel fünftel sechstel achtel zehntel hälfte thirds fifths sixths eighths tenths halves".split()
)
_NOT_COUNTED = _TIME_NOUNS | _FRACTION_HEADS
_DE_SENTENCE_STARTERS = frozenset(
    """
    Der Die Das Den Dem Des Ein Eine Einer Er Sie Es Wir Ich Im In Am An Auf Aus Bei Mit Nach
    Seit Von Vor Zu Zum Zur Dies Diese Dieser Damit Dabei Doch Aber Und So Auch Laut Wie Was Wo
    Als Zudem Außerdem Insgesamt Allein Bis Für Trotz Während Wegen Nun Jetzt Heute Dazu Darüber
    Hier Dort Zugleich Gleichzeitig Zuvor Danach Demnach Somit
    """.split()
)
_SENTENCE_END = frozenset(".!?:;\n\r\"“”„«»()[]–—")


# --------------------------------------------------------------------------- number parsing


def _numeral(token: str, language: str | None) -> tuple[int, int] | None:
    """Digits as ``(mantissa, decimals)``: "1,500" -> (1500, 0), "9,3" -> (93, 1)."""
    seps = [ch for ch in token if not ch.isdigit()]
    if not seps:
        return (int(token), 0) if len(token) <= 24 else None
    last = seps[-1]
    if last in " \u00a0\u202f'’":
        decimal = None
    elif len(set(seps)) > 1:
        decimal = last  # "1,500.25", "1.500,25"
    elif len(seps) > 1:
        decimal = None  # "1,500,000"
    else:
        head, _, tail = token.partition(last)
        if len(tail) != 3 or head == "0":
            decimal = last
        elif language == "en":
            decimal = "." if last == "." else None
        elif language == "de":
            decimal = "," if last == "," else None
        else:
            decimal = None
    if decimal is None:
        digits, decimals = "".join(ch for ch in token if ch.isdigit()), 0
    else:
        head, _, tail = token.rpartition(decimal)
        digits = "".join(ch for ch in head if ch.isdigit()) + tail
        decimals = len(tail)
    if len(digits) > 24 or not digits.isdigit():
        return None
    return int(digits), decimals


def _scaled(mantissa: int | float, decimals: int, scale: int | float) -> int | float:
    """``mantissa / 10**decimals * scale``, exact when integral."""
    if isinstance(scale, int) and isinstance(mantissa, int):
        power: int = 10**decimals
        product: int = mantissa * scale
        return product // power if product % power == 0 else product / power
    value = float(mantissa) * scale / 10**decimals
    return int(value) if value.is_integer() else value


def _scale_factor(word: str, language: str | None) -> int:
    key = word.lower().rstrip(".")
    if key == "billion" and (language == "de" or (language is None and word[0] == "B")):
        return 10**12
    return _SCALES.get(key, 1)


def _scale_language(word: str | None, language: str | None) -> str | None:
    if word:
        key = word.lower().rstrip(".")
        if key in _GERMAN_SCALES:
            return "de"
        if key in _ENGLISH_SCALES or word in ("million", "billion"):
            return "en"
    return language


def _word_value(word: str) -> tuple[int | float | None, str | None]:
    """Value of a number word and its language: "twenty-five" -> (25, "en"), "zwei" -> (2, "de")."""
    w = " ".join(word.lower().split())
    parts = w.split(" ")
    if parts[0] in ("a", "one", "half") and len(parts) >= 2:
        base = 0.5 if parts[0] == "half" else 1
        value = base * _EN_NUMBER_WORDS.get(parts[-1], 0)
        return (int(value) if float(value).is_integer() else value) or None, "en"
    if parts[0] in _DE_NUMBER_WORDS and len(parts) == 2:  # "ein Dutzend", "eine Million"
        return _DE_NUMBER_WORDS.get(parts[1]), "de"
    if parts[0] in _EN_NUMBER_WORDS or parts[0].split("-")[0] in _EN_NUMBER_WORDS:
        total = sum(_EN_NUMBER_WORDS.get(p, 0) for p in parts[0].split("-"))
        if len(parts) == 2:
            total *= _EN_NUMBER_WORDS.get(parts[1], 1)
        return total or None, "en"
    return _german_word_value(w), "de"


def _german_word_value(w: str) -> int | None:
    if not w:
        return 0
    for name, factor in (("tausend", 1_000), ("hundert", 100)):
        if name in w:
            left, _, right = w.partition(name)
            left_value = _german_word_value(left) if left else 1
            right_value = _german_word_value(right) if right else 0
            if left_value is None or right_value is None:
                return None
            return left_value * factor + right_value
    if "und" in w:
        unit, _, tens = w.partition("und")
        unit_value, tens_value = _DE_NUMBER_WORDS.get(unit), _DE_NUMBER_WORDS.get(tens)
        return None if unit_value is None or tens_value is None else unit_value + tens_value
    return _DE_NUMBER_WORDS.get(w)


def _parser() -> re.Pattern[str]:
    pattern = _compiled.get("parse")
    if pattern is None:
        pattern = _compiled["parse"] = re.compile(
            r"(?P<num>" + _NUM + r")(?:(?P<suf>bn|bln|mn|mln|tn|trn)|" + _SCALE_AFTER.pattern + r")?"
            r"|(?P<word>" + _word_scanner_pattern() + r")"
            r"(?:" + _SCALE_AFTER.pattern.replace("<scale>", "<wscale>") + r")?"
        )
    return pattern


def parse_number(token: str, language: str | None = None) -> int | float | None:
    """The value of a number as written, fully scaled; ``None`` when ``token`` is not one.

    >>> parse_number("1,500"), parse_number("1.500", "de"), parse_number("9,3", "de")
    (1500, 1500, 9.3)
    >>> parse_number("1,5 Millionen"), parse_number("zwei"), parse_number("a dozen")
    (1500000, 2, 12)

    With ``language=None`` a single separator before exactly three digits groups thousands
    ("1.500" -> 1500) unless a German or English scale word settles the language.
    """
    if not isinstance(token, str):
        return None
    m = _parser().fullmatch(token.strip())
    if not m:
        return None
    if m.group("num") is not None:
        scale_word = m.group("scale") or m.group("suf")
        lang = language if language in ("de", "en") else _scale_language(scale_word, None)
        numeral = _numeral(m.group("num"), lang)
        if numeral is None:
            return None
        scale = _scale_factor(scale_word, lang) if scale_word else 1
        return _scaled(numeral[0], numeral[1], scale)
    word = m.group("word")
    vague = _VAGUE_VALUES.get(" ".join(word.lower().split()))
    if vague is not None:
        return vague if m.group("wscale") is None else None
    value, _ = _word_value(word)
    if value is None:
        return None
    scale_word = m.group("wscale")
    scale = _scale_factor(scale_word, language) if scale_word else 1
    return _scaled(value, 0, scale) if isinstance(value, int) else value * scale


# --------------------------------------------------------------------------- context helpers


def _currency_code(written: str) -> str:
    w = written.lower()
    if "hong kong" in w or "hk" in w:
        return "HKD"
    if "pakistan" in w or "pkr" in w:
        return "PKR"
    for keys, code in (
        (("dollar", "usd", "$"), "USD"),
        (("yuan", "renminbi", "rmb", "cny", "¥"), "CNY"),
        (("euro", "eur", "€"), "EUR"),
        (("rub", "roub", "₽"), "RUB"),
        (("rupee", "rupien", "inr", "₹"), "INR"),
        (("tenge", "kzt"), "KZT"),
        (("soum", "uzs"), "UZS"),
        (("yen", "jpy"), "JPY"),
        (("pound", "gbp", "£"), "GBP"),
    ):
        if any(key in w for key in keys):
            return code
    return "USD"


def _prev_word(text: str, start: int) -> tuple[str | None, int, bool]:
    """The word just before ``start`` across spaces only: (word, its offset, ends with ".")."""
    left = text[max(0, start - 40) : start]
    stripped = left.rstrip(" \t\u00a0\u202f")
    if len(stripped) == len(left):
        return None, start, False
    m = _LAST_WORD.search(stripped)
    if not m:
        return None, start, False
    return m.group(1), max(0, start - 40) + m.start(1), bool(m.group(2))


def _sentence_initial(text: str, index: int) -> bool:
    left = text[max(0, index - 8) : index].rstrip(" \t\u00a0\u202f")
    return not left or left[-1] in _SENTENCE_END


def _line_start(text: str, index: int) -> bool:
    """Whether only spaces stand between the previous line break (or the start) and ``index``."""
    window = max(0, index - 80)
    line_break = text.rfind("\n", window, index)
    if line_break < 0 and window > 0:
        return False
    return not text[line_break + 1 : index].strip()


def _is_plural_en(word: str) -> bool:
    w = word.lower()
    if w in _IRREGULAR_PLURALS_EN:
        return True
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))


def _counted_en(text: str, pos: int, need_plural: bool = True) -> tuple[int, int] | None:
    """Span of the English noun phrase at ``pos``.

    Counted nouns (``need_plural``): up to five words ending at the first plural ("830 digital
    technology professionals"), then an "of" tail ("representatives of governments"), or a
    lone unit word ("500 km"). Otherwise (what a percentage is of): up to four content words.
    """
    first = last = head_end = None
    first_word = ""
    p = pos
    for _ in range(5 if need_plural else 4):
        wm = _NEXT_WORD.match(text, p)
        if not wm:
            break
        word = wm.group(1).rstrip("-'’")
        if not word or word.lower() in _STOP_EN or (first is not None and word.endswith("ed")):
            break  # a participle after a noun is its verb: "40 percent of revenue generated"
        if first is None:
            first, first_word = wm.start(1), word
        last = wm.start(1) + len(word)
        p = wm.end()
        if need_plural and _is_plural_en(word):
            head_end = last
            break
    if first is None or last is None:
        return None
    if not need_plural:
        return first, last
    if head_end is None:
        return (first, first + len(first_word)) if first_word.lower() in _UNIT_WORDS else None
    end = head_end
    om = _OF.match(text, end)
    if om:
        tail = _counted_en(text, om.end(), need_plural=False)
        if tail is not None:
            end = tail[1]
    return first, end


def _noun_de(text: str, pos: int) -> tuple[int, int] | None:
    """Span of up to three declined adjectives and a capitalised noun at ``pos``."""
    first = None
    p = pos
    for _ in range(4):
        wm = _NEXT_WORD.match(text, p)
        if not wm:
            return None
        word = wm.group(1).rstrip("-")
        if not word:
            return None
        if first is None:
            first = wm.start(1)
        if word[0].isupper():
            if word.rstrip(".") in _MONTHS:
                return None
            return first, wm.start(1) + len(word)
        if word in _STOP_DE or not word.endswith(_DE_ADJECTIVE_ENDINGS):
            return None
        p = wm.end()
    return None


def _counted_de(text: str, pos: int) -> tuple[int, int] | None:
    """German counted phrase: "Ländern und Regionen", "Fachkräfte für digitale Technologien"."""
    span = _noun_de(text, pos)
    if span is None:
        return None
    first, end = span
    cm = _DE_COORD.match(text, end)
    if cm:
        more = _noun_de(text, cm.end())
        if more is not None and text[more[0] : more[1]].split()[0].lower() not in _VAGUE_VALUES:
            end = more[1]
    fm = _DE_FUER.match(text, end)
    if fm:
        more = _noun_de(text, fm.end())
        if more is not None:
            end = more[1]
    return first, end


def _counted(text: str, pos: int, lang: str | None) -> tuple[int, int] | None:
    if lang == "de":
        return _counted_de(text, pos)
    span = _counted_en(text, pos)
    if span is None and lang is None:
        span = _counted_de(text, pos)
    return span


def _head_word(phrase: str) -> str:
    """The word whose kind decides a phrase: the last before any "of/und/für" tail."""
    words = phrase.split()
    for i, word in enumerate(words):
        if word in ("of", "und", "sowie", "oder", "für"):
            return words[i - 1].lower() if i else ""
    return words[-1].lower() if words else ""


def _percent_measure(text: str, pos: int, lang: str | None) -> tuple[int, int] | None:
    """What a percentage is of, when written right after it: "40 percent of the global total"."""
    if lang != "de":
        m = _PERCENT_OF_EN.match(text, pos)
        if m:
            return _counted_en(text, m.end(), need_plural=False)
    if lang != "en":
        m = _PERCENT_OF_DE.match(text, pos)
        if m:
            return _noun_de(text, m.end())
    return None


def _set_qualifier(cand: "_Candidate", text: str, start: int, end: int, lang: str | None) -> int:
    """Qualify `cand` from the words before it ("more than") or after it ("or more"); return
    the offset after everything that belongs to the number."""
    cand.qualifier, cand.qualifier_start = _qualifier(text, start, lang)
    post = _POSTFIX_QUALIFIER.match(text, end)
    if post and cand.qualifier == EXACT:
        cand.qualifier = AT_LEAST
    return post.end() if post else end


def _qualifier(text: str, start: int, lang: str | None) -> tuple[str, int]:
    left = text[max(0, start - 32) : start]
    m = _qualifier_regex(lang).match(left[::-1])
    if not m:
        return EXACT, start
    phrase = " ".join(m.group("q")[::-1].lower().split())
    return _QUALIFIER_OF_PHRASE.get(phrase, EXACT), start - m.end()


# --------------------------------------------------------------------------- candidates


class _Candidate:
    """A figure in the making; ``bare`` ones (no unit, no noun, no scale) need a reason to stay."""

    __slots__ = (
        "start", "end", "value", "mantissa", "decimals", "scale", "unit", "qualifier",
        "qualifier_start", "counted", "bare", "accepted",
    )

    def __init__(self, start: int, end: int, mantissa: int | float, decimals: int, scale: int) -> None:
        self.start, self.end = start, end
        self.mantissa, self.decimals, self.scale = mantissa, decimals, scale
        self.value: int | float = _scaled(mantissa, decimals, scale)
        self.unit: str | None = None
        self.qualifier, self.qualifier_start = EXACT, start
        self.counted: tuple[int, int] | None = None
        self.bare = False
        self.accepted = True


def _unit_and_scale(text: str, pos: int, cur: str | None, lang: str | None) -> tuple[int, str | None, str | None]:
    """(end, scale word, unit) after a number ending at ``pos``."""
    scale_word = None
    sm = _SCALE_AFTER.match(text, pos)
    if sm:
        scale_word = sm.group("scale")
        pos = sm.end()
    if cur is not None:  # a currency written before the number wins over anything after it
        return pos, scale_word, _currency_code(cur)
    unit = None
    um = _UNIT_AFTER.match(text, pos)
    if um:
        if um.group("pp") is not None:
            unit = PERCENTAGE_POINT
        elif um.group("pct") is not None:
            unit = PERCENT
        else:
            unit = _currency_code(um.group("cur"))
        pos = um.end()
    return pos, scale_word, unit


def _number_candidate(text: str, m: re.Match[str], lang: str | None) -> _Candidate | None:
    num_start, num_end = m.start(), m.end("rest")
    num, suffix = text[num_start:num_end], m.group("suf")
    if num[0] == "0" and len(num) > 1 and num[1].isdigit():
        return None  # "010-…" phone numbers and codes
    if num_start > 1 and text[num_start - 1] in "-–" and text[num_start - 2].isalpha():
        return None  # "COVID-19", "Tu-154"
    cur = None
    start = num_start
    before = text[max(0, num_start - 2) : num_start].rstrip(" \u00a0")
    if before and (before[-1] in _CURRENCY_SYMBOLS or before[-1].isalpha()):
        cm = _CUR_BEFORE.search(text, max(0, num_start - 8), num_start)
        if cm:
            cur, start = cm.group(), cm.start()
        elif before[-1] in _CURRENCY_SYMBOLS:
            return None  # "A$84", "C$5": a dollar we cannot name
    after = text[num_end : num_end + 2]
    if after[:1] in ("+", "×", "^", "=", "/") or (after[:1] in ".,:" and after[1:2].isdigit()):
        return None  # "10+1", "24/7", "1.2.3", "3:1"
    suffix_scale = None
    if suffix:
        low = suffix.lower()
        if low in ("bn", "bln", "mn", "mln", "tn", "trn") or (low in ("m", "k") and cur):
            suffix_scale = low
        else:
            return None  # "5G", "78th", "3D", "1990s"
    pos = num_end
    if not suffix_scale and text[pos : pos + 1] in ("-", "–") and text[pos + 1 : pos + 2].isalpha():
        um = _UNIT_AFTER.match(text, pos)
        if not (um and (um.group("pp") or um.group("pct"))):
            return None  # "four-point plan", "5-year", "10-member"
    if suffix_scale:
        pos = m.end()
        end, scale_word, unit = _unit_and_scale(text, pos, cur, lang)
        scale_word = scale_word or suffix_scale
    else:
        end, scale_word, unit = _unit_and_scale(text, pos, cur, lang)
    if scale_word is None and unit is None:
        if _CLOCK_AFTER.match(text, pos) or (lang != "de" and _AMPM_AFTER.match(text, pos)):
            return None  # "10 Uhr", "3 p.m."
    numeral = _numeral(num, _scale_language(scale_word, lang))
    if numeral is None:
        return None
    mantissa, decimals = numeral
    scale = _scale_factor(scale_word, _scale_language(scale_word, lang)) if scale_word else 1
    cand = _Candidate(start, end, mantissa, decimals, scale)
    cand.unit = unit
    after_all = _set_qualifier(cand, text, start, end, lang)

    if unit in (PERCENT, PERCENTAGE_POINT):
        cand.counted = _percent_measure(text, after_all, lang)
        return cand
    if unit is not None:
        return cand

    plain = num.isdigit()
    small = plain and int(num) <= 31
    is_year = plain and len(num) == 4 and 1900 <= int(num) <= 2100 and scale_word is None
    # Dates: "5. August", "August 29", "Aug 31 to September 1", "July 10 to 11", "10 and 11 July".
    if scale_word is None and (small or is_year):
        if small and (_DATE_AFTER.match(text, num_end) or _DATE_CHAIN_AFTER.match(text, num_end)):
            return None
        if _DATE_BEFORE.search(text, max(0, start - 30), start):
            return None
    # Enumerations at the start of a line: "1. …", "2) …".
    if text[num_end : num_end + 1] in ".)" and _line_start(text, start):
        return None
    # German ordinals: "25. Konferenz", "die 3. internationale Messe".
    if lang != "en" and plain and len(num) <= 3 and scale_word is None:
        dm = _DOT_WORD.match(text, num_end)
        if dm:
            following = dm.group(1)
            if following[0].islower() or (lang == "de" and following not in _DE_SENTENCE_STARTERS):
                return None
    prev, prev_start, prev_dot = _prev_word(text, cand.qualifier_start)
    prev_low = prev.lower() if prev else None
    if prev_low in _NAME_PREV or (prev_low is not None and prev_low in _PERIOD_PREV and cand.qualifier == EXACT):
        return None
    counted = _counted(text, after_all, lang)
    if counted is not None:
        head = _head_word(text[counted[0] : counted[1]])
        if head in _NOT_COUNTED:
            return None  # "five months", "20 Jahren": periods, not quantities; "2 Drittel"
    if is_year and (cand.qualifier == EXACT or counted is None):
        return None  # "in 2024", "SCO Summit 2025", "around 2030"; but "more than 2000 firms"
    named_prev = (
        prev is not None
        and not prev_dot
        and prev[0].isupper()
        and not prev.endswith(("'s", "’s"))
        and not _sentence_initial(text, prev_start)
        and cand.qualifier == EXACT
    )
    if prev_low == "of" and cand.qualifier == EXACT:
        before_of, before_start, _ = _prev_word(text, prev_start)
        named_prev = bool(before_of and before_of[0].isupper() and not _sentence_initial(text, before_start))
    title_case = counted is not None and text[counted[0]].isupper()  # a headline: "Trains 830 Digital Experts"
    if named_prev and scale_word is None and (counted is None or (lang != "de" and not title_case)):
        return None  # "Industry 4.0", "Windows 11 users", "Group of 77"
    if decimals and scale_word is None and (counted is None or mantissa % 10**decimals == 0):
        return None  # versions and bare measurements: "Web 3.0", "rose to 52.3"
    cand.counted = counted
    if counted is None and scale_word is None:
        cand.bare = True
        cand.accepted = cand.qualifier != EXACT or (prev_low in _BARE_ACCEPT and not prev_dot)
    return cand


def _word_candidate(text: str, m: re.Match[str], lang: str | None) -> _Candidate | None:
    word = m.group()
    value, word_lang = _word_value(word)
    if value is None or (lang is not None and word_lang != lang):
        return None
    start, pos = m.start(), m.end()
    if text[pos : pos + 1] in ("-", "–"):
        return None  # "four-point plan", "two-day"
    if word[0].isupper() and not _sentence_initial(text, start):
        return None  # "Three Gorges", "Group of Seven", "außer Acht"
    prev, _, _ = _prev_word(text, start)
    prev_low = prev.lower() if prev else None
    if prev_low in _REFERENTIAL_PREV or prev_low in _PERIOD_PREV or prev_low in _NAME_PREV:
        return None
    end, scale_word, unit = _unit_and_scale(text, pos, None, lang)
    scale = _scale_factor(scale_word, lang or word_lang) if scale_word else 1
    if isinstance(value, float):
        cand = _Candidate(start, end, value * scale, 0, 1)
    else:
        cand = _Candidate(start, end, value, 0, scale)
    cand.unit = unit
    after_all = _set_qualifier(cand, text, start, end, lang)
    if unit in (PERCENT, PERCENTAGE_POINT):
        cand.counted = _percent_measure(text, after_all, lang)
        return cand
    if unit is not None:
        return cand
    counted = _counted(text, after_all, lang or word_lang)
    if counted is not None:
        head = _head_word(text[counted[0] : counted[1]])
        if head in _NOT_COUNTED or head in _IDIOM_HEADS:
            return None
    cand.counted = counted
    if counted is None and scale_word is None and " " not in word.strip():
        cand.bare = True
        cand.accepted = False
    return cand


def _vague_candidate(text: str, m: re.Match[str], lang: str | None) -> _Candidate | None:
    key = " ".join(m.group().lower().split())
    value = _VAGUE_VALUES.get(key)
    if value is None:
        return None
    start, pos = m.start(), m.end()
    left = text[max(0, start - 12) : start].rstrip()
    if left[-1:].isdigit():
        return None  # the scale word of "1,5 Millionen", already taken
    english = key.endswith("s")
    unit = None
    counted = None
    end = pos
    if english:
        if lang == "de":
            return None
        om = _OF.match(text, pos)
        if not om:
            return None
        um = _UNIT_AFTER.match(text, om.end())
        if um and um.group("cur") is not None:
            unit, end = _currency_code(um.group("cur")), um.end()
        else:
            counted = _counted_en(text, om.end())
            if counted is None:
                return None
    else:
        if lang == "en":
            return None
        um = _UNIT_AFTER.match(text, pos)
        if um and um.group("cur") is not None:
            unit, end = _currency_code(um.group("cur")), um.end()
        else:
            vm = _DE_VON.match(text, pos)
            counted = _counted_de(text, vm.end() if vm else pos)
            if counted is None:
                return None
    if counted is not None and _head_word(text[counted[0] : counted[1]]) in _NOT_COUNTED:
        return None
    cand = _Candidate(start, end, value, 0, 1)
    cand.unit = unit
    cand.counted = counted
    cand.qualifier = AT_LEAST
    return cand


def _join_ranges(cands: list[_Candidate], text: str) -> None:
    """Give a bare first number of a range or change what the second one has."""
    for a, b in zip(cands, cands[1:], strict=False):
        gap = text[a.end : b.qualifier_start]
        if not (_RANGE_GAP.match(gap) or (b.qualifier == UP_TO and not gap.strip())):
            continue
        if a.bare and not b.bare:
            a.unit, a.counted, a.bare, a.accepted = b.unit, b.counted, False, True
            if a.scale == 1 and b.scale != 1 and a.mantissa / 10**a.decimals < b.mantissa / 10**b.decimals:
                a.scale = b.scale
                a.value = _scaled(a.mantissa, a.decimals, b.scale)
        elif a.bare and b.bare:
            # "between 10 and 20": both; "aged 18 to 35" and a score "3-1": neither
            b.accepted = a.accepted = a.accepted and gap.strip() not in ("-", "–", "—")
        elif a.unit not in (None, COUNT, PERCENT, PERCENTAGE_POINT) and b.unit is None and b.counted is None:
            b.unit = a.unit  # "$2 to 3 billion"
            if a.scale == 1 and b.scale != 1:
                a.scale = b.scale
                a.value = _scaled(a.mantissa, a.decimals, b.scale)


def _match_start(m: re.Match[str]) -> int:
    return m.start()


def extract_figures(text: str, language: str | None = None) -> list[FoundFigure]:
    """Every figure in ``text``, sorted by start. ``language`` "de"/"en"; None detects it.

    >>> [(f.text, f.value, f.qualifier) for f in extract_figures("mehr als 830 Fachkräfte")]
    [('830', 830, 'more_than')]
    """
    if not isinstance(text, str) or not text:
        return []
    lang = language if language in ("de", "en") else detect_language(text)
    cands: list[_Candidate] = []
    taken_until = 0
    matches = heapq.merge(_DIGIT_SCANNER.finditer(text), _word_scanner().finditer(text), key=_match_start)
    for m in matches:
        if m.start() < taken_until:
            continue
        if m.lastgroup is not None:  # the digit scanner: "skip", "rest" or "suf"
            if m.group("skip") is not None:
                continue
            cand = _number_candidate(text, m, lang)
        elif " ".join(m.group().lower().split()) in _VAGUE_VALUES:
            cand = _vague_candidate(text, m, lang)
        else:
            cand = _word_candidate(text, m, lang)
        if cand is not None and cand.start >= taken_until:
            cands.append(cand)
            taken_until = cand.end
    _join_ranges(cands, text)
    figures = []
    for cand in cands:
        if (cand.bare and not cand.accepted) or (cand.unit or COUNT) not in UNITS:
            continue  # unexplained bare numbers; currencies outside the contract ("HK$")
        value = cand.value
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        counted = text[cand.counted[0] : cand.counted[1]] if cand.counted else None
        figures.append(
            FoundFigure(
                start=cand.start,
                end=cand.end,
                text=text[cand.start : cand.end],
                value=value,
                unit=cand.unit or COUNT,
                qualifier=cand.qualifier,
                counted=counted,
                qualifier_start=cand.qualifier_start,
            )
        )
    return figures
