"""Scale word, unit and currency attached to a number: the words after it ("3 Milliarden
Kilowattstunden", "barrels per day", "$80 a barrel") and a currency written before it ("US$ ",
"RMB"). Reads at most a few tokens after the number: constant cost per candidate.
"""

from __future__ import annotations

import re
from functools import cache

from ..contract import PERCENT, PERCENTAGE_POINT, is_currency, is_unit
from ._memo import memo_of
from ._regex import LazyRegex
from .lang import vocabulary
from .number_candidate import After, Candidate
from .number_change import stated_change
from .number_patterns import NEXT_TOKEN, NEXT_TOKEN_SOURCE, NEXT_WORD, SPACES
from .number_units import DOTTED_ABBREVIATIONS, GLUED_ONLY_LONGER, UnitLexicon, UnitReading, unit_lexicon

__all__ = ["SIGNS", "currency_before", "finish_unit", "is_times", "per_unit", "read_after"]

SIGNS = {"-": -1, "−": -1, "+": 1, "–": -1}
PER_GAP = 3  # words between a unit and "per day": "barrels of crude oil a day"


# Characters no token starts with, at a number's end: NEXT_TOKEN cannot match there.
NO_TOKEN = frozenset(",;:!?()[]{}\"“”„«»<>|*\n\r–—\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x1f\x85")

# Two tokens in one match: the second is optional, so the first is what NEXT_TOKEN alone finds.
TWO_TOKENS = LazyRegex(NEXT_TOKEN_SOURCE + "(?:" + NEXT_TOKEN_SOURCE.replace("?P<sep>", "?P<sep2>").replace("?P<tok>", "?P<tok2>") + ")?")


def tokens_after(text: str, pos: int, count: int) -> list[tuple[str, str, int, int]]:
    """Up to ``count`` words after ``pos``: (separator, word, start, end); a line break ends them."""
    if count == 2:  # the common call (a scale word and a unit): one match instead of two
        m = TWO_TOKENS.match(text, pos)
        if not m:
            return []
        first = (m.group("sep"), m.group("tok"), m.start("tok"), m.end("tok"))
        if m.start("tok2") < 0:
            return [first]
        return [first, (m.group("sep2"), m.group("tok2"), m.start("tok2"), m.end("tok2"))]
    out = []
    for _ in range(count):
        m = NEXT_TOKEN.match(text, pos)
        if not m:
            break
        out.append((m.group("sep"), m.group("tok"), m.start("tok"), m.end("tok")))
        pos = m.end()
    return out


def token_key(tokens: list[tuple[str, str, int, int]], i: int, k: int) -> str:
    key = tokens[i][1]
    for sep, tok, _, _ in tokens[i + 1 : i + k]:
        key += ("-" if "-" in sep and not sep.strip("-‑") else " ") + tok
    return key


def lookup_unit(
    lex: UnitLexicon, tokens: list[tuple[str, str, int, int]], i: int, text: str
) -> tuple[UnitReading, int, int] | None:
    """The longest unit written from token ``i``: (reading, tokens used, end offset). More words
    are read from ``text`` only when token ``i`` can begin a unit of several words."""
    word = tokens[i][1]
    if word.lower() not in lex.multiword_starts:  # one word: its reading is remembered
        single = single_unit(lex, word)
        return None if single is None else (single[0], 1, tokens[i][2] + single[1])
    longest = lex.longest_words
    if len(tokens) < i + longest:
        tokens.extend(tokens_after(text, tokens[-1][3], i + longest - len(tokens)))
    return scan_unit(lex, tokens, i, longest)


def scan_unit(
    lex: UnitLexicon, tokens: list[tuple[str, str, int, int]], i: int, longest: int
) -> tuple[UnitReading, int, int] | None:
    """The longest unit of at most ``longest`` of ``tokens`` from token ``i``, longest first."""
    for k in range(min(longest, len(tokens) - i), 0, -1):
        key = token_key(tokens, i, k)
        end = tokens[i + k - 1][3]
        found = lex.lookup(key)
        if found is None and key.endswith(".") and len(key) > 1:
            found, end = lex.lookup(key.rstrip(".")), end - (len(key) - len(key.rstrip(".")))
        if found is None and "/" in tokens[i + k - 1][1] and "/" not in key[: -len(tokens[i + k - 1][1])]:
            # "t/d", and a unit of words per a time: "25 billion cubic meters/year"
            found = compound_unit(lex, key.rstrip("."))
            end = tokens[i + k - 1][2] + len(tokens[i + k - 1][1].rstrip("."))
        if found is not None:
            return found, k, end
    return None


# A unit word a capitalised word runs on from, its space lost (scraped headlines, captions).
_GLUED_NEXT_WORD = re.compile(r"(?P<unit>[A-ZÄÖÜ]?[a-zäöüß]{3,})(?=[A-ZÄÖÜ][a-zäöüß])")


def single_unit(lex: UnitLexicon, word: str) -> tuple[UnitReading, int] | None:
    """The unit one word names and how many of its characters it takes ("bbl." -> 3): what
    `scan_unit` finds in that word alone, remembered per lexicon and word."""
    known = memo_of("single unit", lex)
    if word in known:
        result: tuple[UnitReading, int] | None = known[word]
        return result
    found = lex.lookup(word)
    length = len(word)
    if found is None and word.endswith(".") and len(word) > 1:
        found, length = lex.lookup(word.rstrip(".")), len(word.rstrip("."))
    if found is None and "/" in word:
        found, length = compound_unit(lex, word.rstrip(".")), len(word.rstrip("."))
        if found is None:  # "3 percent/yr": the unit before the slash, alone
            left = word.partition("/")[0]
            found, length = lex.lookup(left), len(left)
    glued = _GLUED_NEXT_WORD.match(word) if found is None else None
    if glued is not None:  # "50 ProzentSchon vor zwei Wochen": a headline run into the next line
        found, length = lex.lookup(glued["unit"]), len(glued["unit"])
    result = known[word] = None if found is None else (found, length)
    return result


_BEFORE_CRORE = frozenset({"lakh", "lakhs", "lac", "lacs", "thousand", "hundred"})


def compound_unit(lex: UnitLexicon, key: str) -> UnitReading | None:
    """"USD/bbl", "t/d": two units joined by a slash."""
    left, _, right = key.partition("/")
    a, b = lex.lookup(left), lex.lookup(right)
    per_time = vocabulary(None).per_time_words
    if a is None or (b is None and right.lower() not in per_time and right not in ("d", "h", "a", "yr")):
        return None
    right_unit = b.unit if b is not None else per_time.get(right.lower(), right)
    unit = f"{a.unit}/{right_unit}"
    # "percent/USD": a percentage, a count or points per something is no unit of the contract
    return UnitReading(unit, kind=a.kind) if is_unit(unit) else None


_NUMBER_NEXT = re.compile(r"[^\S\n]?\d")


def read_after(text: str, pos: int, lang: str | None, scale_taken: bool) -> After:
    """Scale word and unit after a number ending at ``pos``."""
    if text[pos : pos + 1] in NO_TOKEN or pos >= len(text):
        return After(pos)  # "5,", "(5)", "5." at a line's end: no word follows the number
    lex = unit_lexicon(lang)
    tokens = tokens_after(text, pos, 2)  # a scale word and the first word of a unit
    after = After(pos)
    if not tokens:
        return after
    sep = tokens[0][0]
    if sep.strip(SPACES) not in ("", "-", "‑") or ("-" in sep and sep != "-"):
        return after
    i = 0
    if not scale_taken:
        word = tokens[0][1]
        key = word.lower().rstrip(".")
        if key in lex.scales and tokens[0][0] and not (key == "dozen" and lang == "de"):
            after.scale_word = word
            after.end = tokens[0][3]
            if word.endswith(".") and key not in DOTTED_ABBREVIATIONS:
                after.end -= 1
                after.scale_word = word[:-1]
                return after  # "It costs 300 million. Euro fans came": the full stop ends the sentence
            i = 1
            crore = tokens[1][1].rstrip(".") if len(tokens) > 1 else ""
            if key in _BEFORE_CRORE and crore.lower() in ("crore", "crores") and tokens[1][0].strip(SPACES) == "":
                # "₹43 lakh crore", "Rs 5 thousand crore": two scales, multiplied (`scale_factor`)
                after.scale_word, after.end = f"{word} {crore}", tokens[1][2] + len(crore)
                tokens = [*tokens[1:2], *tokens_after(text, after.end, 1)]
    if i < len(tokens):
        found = lookup_unit(lex, tokens, i, text)
        if found is not None and (i == 0 or tokens[i][0].strip(SPACES) in ("", "-", "‑")):
            reading, used, end = found
            if i == 0 and not tokens[0][0] and tokens[0][1][0].isalpha() and len(tokens[0][1]) < GLUED_ONLY_LONGER:
                return after
            if not tokens[i][1][0].isalnum() and _NUMBER_NEXT.match(text, end):
                return after  # "von Januar bis Oktober 2023 $ 1,35 Milliarden": the sign opens the next amount
            after.reading, after.end = reading, end
            after.reading, after.end = per_unit(text, lex, reading, end, lang)
    return after


_FOR_ONE = frozenset({"für", "for"})  # a price "für eine Tonne", "for a barrel"
_ONE_UNIT = frozenset({"eine", "einen", "ein", "jede", "jeden", "a", "an", "one", "each", "every"})


def unit_after_slash(text: str, slash: int, lex: UnitLexicon) -> tuple[UnitReading, int] | None:
    """The physical unit the lexicon reads right after a slash at text[slash] ("/square meter",
    "/barrel"), with where it ends; None when none does ("24/7")."""
    found = lookup_unit(lex, tokens_after(text, slash + 1, 3), 0, text) if text[slash + 1 : slash + 2].isalpha() else None
    if found is None or found[0].kind != "unit" or found[0].unit in (PERCENT, PERCENTAGE_POINT):
        return None
    return found[0], found[2]


def per_unit(text: str, lex: UnitLexicon, reading: UnitReading, end: int, lang: str | None) -> tuple[UnitReading, int]:
    """"$80 a barrel" -> USD/bbl, "2 million barrels per day" -> bbl/d (when not one word), also
    past what the unit measures: "barrels of oil a day", "Barrel Öl pro Tag" (at most
    ``PER_GAP`` words between; "a year ago" and "im Jahr 2024" are times, not rates)."""
    if reading.kind == "times" or reading.unit in (PERCENT, PERCENTAGE_POINT) or "/" in reading.unit:
        return reading, end
    vocab = vocabulary(lang)
    if reading.kind == "currency" and text[end : end + 1] == "/":
        # "RMB 16,189/square meter", "$80/barrel": the unit after a slash glued to the amount
        glued = unit_after_slash(text, end, lex)
        if glued is not None:
            return UnitReading(f"{reading.unit}/{glued[0].unit}", reading.factor, "currency"), glued[1]
        return reading, end
    tokens = tokens_after(text, end, 2 + (PER_GAP if reading.kind == "unit" else 0) + 1)
    for gap in range(PER_GAP + 1 if reading.kind == "unit" else 1):
        if len(tokens) < gap + 1:
            break
        skipped = tokens[gap - 1] if gap else None
        if skipped is not None and (skipped[0].strip(SPACES) or not skipped[1].isalpha() or tokens[gap][0].strip(SPACES)):
            break  # what is measured is plain words: "of oil", "Öl"
        word = tokens[gap][1].rstrip(".,;:!?")
        if word.lower() in vocab.per_time_adverbs and not tokens[gap][0].strip(SPACES):
            # "$300 million daily", "500 Millionen Dollar täglich": a rate, as "per day" is; also
            # past what is measured: "800 000 Barrel Öl täglich", "2 million barrels of oil daily"
            per_time = vocab.per_time_adverbs[word.lower()]
            return UnitReading(f"{reading.unit}/{per_time}", reading.factor, reading.kind), tokens[gap][2] + len(word)
        if len(tokens) < gap + 2:
            break
        if (reading.kind == "currency" and not gap and len(tokens) > 2 and tokens[0][1].lower() in _FOR_ONE
                and tokens[1][1].lower() in _ONE_UNIT):
            # "5,5 bis sechs Euro für eine Tonne Treibhausgas", "$60 for a barrel": a price of one unit
            found = lookup_unit(lex, tokens, 2, text)
            if found is not None and found[0].kind == "unit" and found[0].unit not in (PERCENT, PERCENTAGE_POINT):
                return UnitReading(f"{reading.unit}/{found[0].unit}", reading.factor, "currency"), found[2]
            break
        if tokens[gap][1].lower() not in vocab.unit_per_words:
            continue
        per, nxt = tokens[gap + 1], tokens[gap + 1][1].lower().rstrip(".,")
        if reading.kind == "currency":
            # "$60 a barrel", "₹2.54 a kilowatt-hour", "13,6 Cent pro Kilowattstunde"
            found = lookup_unit(lex, tokens, gap + 1, text)
            other, other_end = (found[0], found[2]) if found else (lex.lookup(nxt + "s"), per[2] + len(nxt))
            if other is not None and other.kind == "unit" and other.unit not in (PERCENT, PERCENTAGE_POINT):
                return UnitReading(f"{reading.unit}/{other.unit}", reading.factor, "currency"), other_end
            if other is not None and other.kind == "currency" and other.unit != reading.unit and not gap \
                    and reading.factor == 1 and tokens[gap][1].lower() not in ("a", "an", "am", "im"):
                # "95 roubles per dollar", "7,1 Yuan pro US-Dollar": an exchange rate, one currency's
                # price of another (not "$5 billion a year", nor an amount: "3 billion yuan per …")
                return UnitReading(f"{reading.unit}/{other.unit}", reading.factor, "currency"), other_end
        if nxt in vocab.per_time_words:
            # "barrels per day" -> bbl/d, "$500 million a day" -> USD/d; "a year ago" is a time
            later = tokens[gap + 2] if len(tokens) > gap + 2 else None
            if later is not None and (later[1].lower().rstrip(".") in vocab.time_after_words or later[1][0].isdigit()):
                return reading, end
            return UnitReading(f"{reading.unit}/{vocab.per_time_words[nxt]}", reading.factor, reading.kind), per[2] + len(nxt)
        break
    return reading, end


@cache
def currency_before_regex(lang: str | None) -> LazyRegex:
    symbols = sorted(unit_lexicon(lang).prefix_symbols, key=len, reverse=True)
    alternatives = "|".join(re.escape(s) for s in symbols if not s.isalpha())
    return LazyRegex(r"(?P<cur>U\.S\.[ ]?\$|US[ ]\$|[A-Z]{3}|Rmb|Rbs|Rb|Rs|Br|" + alternatives + r")[ \u00a0]?(?P<sign>[-+−])?\Z")


@cache
def currency_last_characters(lang: str | None) -> frozenset[str]:
    """Every character a currency written before a number can end with ("$", "€", "D" of "USD")."""
    symbols = [s for s in unit_lexicon(lang).prefix_symbols if not s.isalpha()]
    return frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZbrs$" + "".join(s[-1] for s in symbols))  # "s": "Rs", "Rbs"; "b": "Rb"; "r": "Br"


# Currency codes that, joined to a number with no space, name something else: the UN climate
# conferences ("COP29") are named so, Colombian pesos are not written that way.
_DESIGNATIONS = frozenset({"COP"})


def currency_before(text: str, num_start: int, lang: str | None) -> tuple[str, int, int] | None:
    """(ISO code, start of the currency, sign) written right before a number: "$", "US$ ", "RMB".
    The character before the number (past a sign and a space) is checked first: most numbers
    follow a plain word, and then no pattern is searched."""
    i = num_start
    if i > 0 and text[i - 1] in "-+−":
        i -= 1
    if i > 0 and text[i - 1] in " \u00a0":
        i -= 1
    if i == 0 or text[i - 1] not in currency_last_characters(lang):
        return None
    window_start = max(0, num_start - 10)
    m = currency_before_regex(lang).search(text, window_start, num_start)
    if not m:
        return None
    written = m.group("cur").replace(" ", "")
    code = unit_lexicon(lang).currency_before(written)
    if code is None and written in ("U.S.$", "US$"):
        code = "USD"
    if code is None:
        return None
    if m.start() > 0 and (text[m.start() - 1].isalnum() or (text[m.start() - 1] == "$" and written[0] != "$")):
        return None
    if written in _DESIGNATIONS and m.end("cur") == num_start:
        return None  # "COP29", "COP28 in Dubai": a climate conference, not 29 Colombian pesos
    sign = SIGNS.get(m.group("sign") or "", 1)
    return code, m.start(), sign


_PRODUCT_AFTER = LazyRegex(r"[^\S\n]*\d")


def is_times(text: str, cand: Candidate, pos: int, written: str, lang: str | None) -> bool:
    """"2.5 times higher", "grew by 2.5 times" are multipliers; "three times a week" is not, nor
    "2 x 1,000 MWe" (two units of a size: a product, no multiple)."""
    if written.lower() != "times":
        return text[pos - 1 : pos] not in ("x", "X", "×") or _PRODUCT_AFTER.match(text, pos) is None
    nxt = NEXT_WORD.match(text, pos)
    if nxt and nxt.group(1).lower() in vocabulary(lang).multiplier_after:
        return True
    if _BY_BEFORE.search(text, max(0, cand.qualifier_start - 4), cand.qualifier_start):
        return True  # "…, to South Korea by five times, to the UAE by 1.8 times": a list's verb said once
    if text[cand.qualifier_start - 1 : cand.qualifier_start] == "(" and text[pos : pos + 1] == ")" and \
            _MULTIPLE_BEFORE.search(text, max(0, cand.qualifier_start - 40), cand.qualifier_start - 1):
        return True  # "more than doubling (2.1 times) year on year": the multiple a word gave, written out
    return stated_change(text, cand.qualifier_start, pos, lang) is not None


_BY_BEFORE = LazyRegex(r"\bby[^\S\n]+\Z")
# A word of a multiple right before a bracket: "doubling (2.1 times)", "verdreifacht (3,2-fach)"
_MULTIPLE_BEFORE = LazyRegex(r"(?i:\b(?:doubl|tripl|quadrupl|verdopp|verdreif|vervierf)\w*|-fold)[^\S\n]*\Z")


def finish_unit(cand: Candidate, text: str, after: After, lang: str | None) -> bool:
    """Apply the unit read after a number; False when the candidate is not a figure."""
    reading = after.reading
    if reading is None:
        return True
    if reading.kind == "times" and not is_times(text, cand, after.end, text[after.end - 5 : after.end], lang):
        return False
    if after.scale_word is None and text[after.end - 2 : after.end] == "mt":
        return True  # "80 mt" of coal is read as millions of tonnes as often as metric tonnes; "150 million mt" is tonnes
    cand.unit = reading.unit  # "pounds" money or mass: settled by number_currencies
    if reading.factor != 1.0:
        cand.factor = reading.factor
        cand.recompute()
    return True


# A sentence whose subject is one unit of a good and whose verb is its price: "Die Megawattstunde
# (MWh) Gas kostete am Mittwoch kurzzeitig mehr als 300 Euro", "A barrel of Brent cost $80": the
# amount is that unit's price. The unit word, maybe its symbol in brackets and what it is of, the
# verb, then at most `_PRICE_GAP` words up to the amount.
_PRICE_GAP = 6
_PRICED_UNIT = LazyRegex(
    r"(?:\A|[.!?:]\s+|\n)(?:Die|Der|Das|Eine|Ein|A|An|One|The)[^\S\n]+(?P<unit>[^\W\d][\w-]*)"
    r"(?:[^\S\n]*\((?P<symbol>[^()\n]{1,12})\))?(?:[^\S\n]+(?:of[^\S\n]+)?[^\W\d][\w-]*){0,2}[^\S\n]+"
    r"(?:kostete|kostet|kosteten|kosten|cost|costs|was[^\S\n]+priced[^\S\n]+at|sold[^\S\n]+for|traded[^\S\n]+at)"
    # words between, a year among them ("Die Tonne Aluminium kostete Anfang 2017 1850 Dollar")
    rf"(?:[^\S\n]+(?:[^\W\d][\w-]*|(?:19|20)\d\d)){{0,{_PRICE_GAP}}}[^\S\n]+\Z")
_PRICE_REACH = 160  # characters before an amount searched for its sentence's priced unit


# What states a sum of money before an amount: "Waren im Wert von 20,3 Milliarden", "goods worth 2 billion"
_WORTH_BEFORE = re.compile(r"(?:\bim[^\S\n]+Wert[^\S\n]+von|\bworth|\bvalued[^\S\n]+at)[^\S\n]+"
                           r"(?:(?:rund|etwa|knapp|fast|über|mehr[^\S\n]+als|about|around|nearly|almost|over|more"
                           r"[^\S\n]+than)[^\S\n]+)?\Z")
_INDIAN_SCALE = re.compile(r"(?i:lakh|lac|crore)")
_WORTH_REACH = 30  # characters looked back from an amount for its "im Wert von"
_CURRENCY_REACH = 600  # characters back to the amount whose currency a bare one takes


def worth_currencies(cands: list[Candidate], text: str) -> None:
    """An amount scaled by a word with no unit that a phrase of value introduces ("In den ersten
    acht Monaten wurden Waren im Wert von 20,3 Milliarden ausgeführt") is money in the currency of
    the amount of money just before it, if one stands within `_CURRENCY_REACH`. One look behind
    each amount: linear."""
    last: Candidate | None = None
    for cand in cands:
        if cand.unit is not None and is_currency(cand.unit) and "/" not in cand.unit:
            last = cand
            continue
        if cand.unit is None and cand.scaled_by_word and cand.counted is None and last is not None \
                and cand.start - last.end <= _CURRENCY_REACH \
                and _WORTH_BEFORE.search(text, max(0, cand.qualifier_start - _WORTH_REACH), cand.qualifier_start) \
                and (last.unit == "INR" or not _INDIAN_SCALE.search(text, cand.start, cand.end)):
            # (an amount in lakh or crore is in rupees, whatever currency stands before it)
            cand.unit = last.unit
            cand.bare, cand.accepted = False, True


# A money word in the clause before an amount in crore or lakh that names no unit: "Flipkart India's
# revenue rose 39% to 21,658 crore from 15,569 crore", "Net loss narrowed to 1,159 crore" (not "sales":
# cars and phones are sold in lakh too)
_MONEY_BEFORE = re.compile(r"(?i:\b(?:revenues?|turnover|loss(?:es)?|profits?|income|earnings|valuation|capex|"
                           r"expenditure|spending|budget|investments?|funding|worth|costs?|dividends?|deficit|outlay|"
                           r"allocation|fine|penalty)\b)")
_MONEY_CLAUSE_REACH = 120  # characters back from a bare amount in crore to its money word
_CLAUSE_BREAK = re.compile(r"[.;:!?]\s|\n")


def rupee_scales(cands: list[Candidate], text: str) -> None:
    """An amount scaled by "crore" or "lakh" with no unit, after a money word in its clause, is in
    rupees, the only currency counted in lakh and crore. One look behind each amount: linear."""
    for cand in cands:
        if cand.unit is not None or not cand.scaled_by_word or cand.counted is not None \
                or not _INDIAN_SCALE.search(text, cand.start, cand.end):
            continue
        before = text[max(0, cand.qualifier_start - _MONEY_CLAUSE_REACH) : cand.qualifier_start]
        breaks = list(_CLAUSE_BREAK.finditer(before))
        if _MONEY_BEFORE.search(before, breaks[-1].end() if breaks else 0):
            cand.unit = "INR"
            cand.bare, cand.accepted = False, True


def priced_units(cands: list[Candidate], text: str, lang: str | None) -> None:
    """An amount of money that a sentence gives as the price of one unit of a good it opens with
    takes that unit as its rate's ("300 Euro" -> EUR/MWh). One look behind each amount: linear."""
    lex = unit_lexicon(lang)
    for cand in cands:
        if cand.unit is None or "/" in cand.unit or not is_currency(cand.unit) or cand.scaled_by_word:
            continue
        m = _PRICED_UNIT.search(text, max(0, cand.qualifier_start - _PRICE_REACH), cand.qualifier_start)
        if m is None:
            continue
        # the unit's word as the lexicon holds it (a plural: "Megawattstunden"), or its symbol
        reading = next((r for r in (lex.lookup(w) for w in (m["unit"], m["unit"] + "n", m["unit"] + "s", m["symbol"] or ""))
                        if r is not None), None)
        if reading is not None and reading.kind == "unit" and reading.unit not in (PERCENT, PERCENTAGE_POINT):
            cand.unit = f"{cand.unit}/{reading.unit}"
