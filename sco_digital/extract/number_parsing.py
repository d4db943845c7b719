"""Reading the digits and words of one number: "1,500", "9,3", "1.5 million", "zwei", "a dozen".

`parse_number` is the public entry point (re-exported by `numbers`); the other functions are the
pieces the figure extractor reads a candidate with.
"""

from __future__ import annotations

from functools import cache, lru_cache

from ._regex import LazyRegex
from .lang import vocabulary
from .number_patterns import NUM, SP, patterns

__all__ = ["numeral", "parse_number", "scale_factor", "scale_language", "scaled", "word_value"]

_SCALE_AFTER = (
    SP + r"+(?P<scale>(?i:thousand|million|mln|mn|billion|bln|bn|trillion|trn|tn|lakhs?|lacs?|crores?|cr"
    r"|dozen|hundred|tausend|millionen|milliarden|milliarde|mrd\.?|mio\.?|billionen|bio\.))(?![\w])"
)


@lru_cache(maxsize=8192)  # a pure function of short strings; a text repeats its numbers
def numeral(token: str, language: str | None) -> tuple[int, int] | None:
    """Digits as ``(mantissa, decimals)``: "1,500" -> (1500, 0), "9,3" -> (93, 1)."""
    seps = [ch for ch in token if not ch.isdigit()]
    if not seps:
        return (int(token), 0) if len(token) <= 24 else None
    last = seps[-1]
    if last in " \u00a0\u202f'’‘":  # ("1‘271‘005": a Swiss grouping written with the opening quote)
        decimal = None
    elif last == "·":
        decimal = last  # "7·1": a raised decimal point is never a thousands separator
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


def scaled(mantissa: int | float, decimals: int, scale: int | float) -> int | float:
    """``mantissa / 10**decimals * scale``, exact when integral."""
    if isinstance(scale, int) and isinstance(mantissa, int):
        power: int = 10**decimals
        product: int = mantissa * scale
        return product // power if product % power == 0 else product / power
    value = float(mantissa) * scale / 10**decimals
    return int(value) if value.is_integer() else value


@lru_cache(maxsize=1024)  # a pure function of a scale word as written and a language
def scale_factor(word: str, language: str | None) -> int:
    if " " in word:  # "lakh crore": 10**5 * 10**7
        first, _, rest = word.partition(" ")
        return scale_factor(first, language) * scale_factor(rest, language)
    key = word.lower().rstrip(".")
    if key == "billion" and (language == "de" or (language is None and word[0] == "B")):
        return 10**12
    if language in ("en", "de"):
        return vocabulary(language).scale_words.get(key) or vocabulary(None).scale_words.get(key, 1)
    return vocabulary("en").scale_words.get(key) or vocabulary("de").scale_words.get(key, 1)


@lru_cache(maxsize=1024)  # a pure function of a scale word as written and a language
def scale_language(word: str | None, language: str | None) -> str | None:
    if word:
        key = word.lower().rstrip(".").rsplit(" ", 1)[-1]
        german, english = vocabulary("de").scale_words, vocabulary("en").scale_words
        if key in german and key not in english:
            return "de"
        if (key in english and key not in german) or word in ("million", "billion"):
            return "en"
    return language


def word_value(word: str) -> tuple[int | float | None, str | None]:
    """Value of a number word and its language: "twenty-five" -> (25, "en"), "zwei" -> (2, "de")."""
    w = " ".join(word.lower().split())
    parts = w.split(" ")
    english, german = vocabulary("en").number_words, vocabulary("de").number_words
    share = _SHARES.get(parts[0] if parts[0] != "a" else parts[1]) if len(parts) >= 3 or parts[0] == "half" else None
    if share is not None and len(parts) >= 2:  # "half a million", "a quarter of a billion"
        return _times(share, english.get(parts[-1], 0)), "en"
    if parts[1:4] == ["and", "a", "half"] and len(parts) == 5:  # "two and a half million"
        whole = english.get(parts[0])
        return (_times(whole + 0.5, english.get(parts[4], 0)) if whole else None), "en"
    if len(parts) == 3 and parts[1] in ("halbe", "halben") and parts[0] in german:  # "eine halbe Million"
        return _times(0.5, german.get(parts[2], 0)), "de"
    if parts[0] in ("a", "one") and len(parts) >= 2:  # "a dozen", "one hundred and five"
        return english_word_value(parts), "en"
    if parts[0] in german and len(parts) == 2:  # "ein Dutzend", "eine Million", "eine Mrd."
        return german.get(parts[1]) or vocabulary("de").scale_words.get(parts[1].rstrip(".")), "de"
    if parts[0] in english or parts[0].split("-")[0] in english:
        return english_word_value(parts), "en"
    return german_word_value(w), "de"


_SHARES = {"half": 0.5, "quarter": 0.25}


def _times(share: float, scale: int) -> int | float | None:
    value = share * scale
    return (int(value) if value.is_integer() else value) or None


def english_word_value(parts: list[str]) -> int | None:
    """"three hundred and twenty-one" -> 321, "two thousand five hundred" -> 2500, "a hundred"
    -> 100: each word adds to the group, "hundred" multiplies it, larger scales close it."""
    english = vocabulary("en").number_words
    total = group = 0
    for part in (p for word in parts for p in word.split("-")):
        if part == "and":
            continue
        value = 1 if part == "a" else english.get(part)
        if value is None:
            return None
        if value in (12, 100) and part in ("dozen", "hundred"):
            group = (group or 1) * value
        elif value >= 1_000:
            total += (group or 1) * value
            group = 0
        else:
            group += value
    return (total + group) or None


def german_word_value(w: str) -> int | float | None:
    """"zweihundertfünfzig" -> 250, "einundzwanzig" -> 21, "zweieinhalb" -> 2.5, "anderthalb" -> 1.5."""
    if not w:
        return 0
    if w == "anderthalb":
        return 1.5
    if w.endswith("einhalb") and len(w) > 7:
        whole = german_word_value(w[:-7])
        return None if whole is None else whole + 0.5
    for name, factor in (("tausend", 1_000), ("hundert", 100)):
        if name in w:
            left, _, right = w.partition(name)
            left_value = german_word_value(left) if left else 1
            right_value = german_word_value(right) if right else 0
            if left_value is None or right_value is None:
                return None
            return left_value * factor + right_value
    german = vocabulary("de").number_words
    if "und" in w:
        unit, _, tens = w.partition("und")
        unit_value, tens_value = german.get(unit), german.get(tens)
        return None if unit_value is None or tens_value is None else unit_value + tens_value
    return german.get(w)


@cache
def _parser() -> LazyRegex:
    return LazyRegex(
        r"(?P<num>" + NUM + r")(?:(?P<suf>bn|bln|mn|mln|tn|trn)|" + _SCALE_AFTER + r")?"
        r"|(?P<word>(?:" + patterns(None).words_source + r"))"
        r"(?:" + _SCALE_AFTER.replace("<scale>", "<wscale>") + r")?"
    )


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
        lang = language if language in ("de", "en") else scale_language(scale_word, None)
        read = numeral(m.group("num"), lang)
        if read is None:
            return None
        scale = scale_factor(scale_word, lang) if scale_word else 1
        return scaled(read[0], read[1], scale)
    word = m.group("word")
    vague = vocabulary(None).vague_amounts.get(" ".join(word.lower().split()))
    if vague is not None:
        return vague if m.group("wscale") is None else None
    value, _ = word_value(word)
    if value is None:
        return None
    scale_word = m.group("wscale")
    scale = scale_factor(scale_word, language) if scale_word else 1
    return scaled(value, 0, scale) if isinstance(value, int) else value * scale
