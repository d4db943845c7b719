"""The words and patterns of the figure extractor: number words, scales, units, qualifiers and
the contexts that make a number something other than a statistic (dates, clock times, names).

Kept apart from the scanning logic in `numbers` so each stays readable; package-internal.
"""

from __future__ import annotations

import re

from ..contract import Qualifier, Unit

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
