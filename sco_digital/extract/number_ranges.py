"""Numbers written together: shared unit and scale, ranges and changes between two levels."""

from __future__ import annotations

from ..contract import AT_LEAST, BASIS_POINT, COUNT, EXACT, PERCENT, PERCENTAGE_POINT, TIMES, UP_TO, is_currency
from ._regex import LazyRegex
from .lang import Vocabulary, vocabulary
from .number_candidate import Candidate
from .number_nouns import prev_word
from .number_patterns import NEXT_WORD, SPACES, YEAR_IN_BRACKETS
from .number_attach import per_unit
from .number_units import UnitReading, unit_lexicon

__all__ = ["carry_units", "join_compound_amounts", "join_neighbours"]

# --------------------------------------------------------------------------- one amount in two parts

_PARTS_JOINER = frozenset({"und", "and", ""})  # "" : "2 Bill 636,1 Mrd Tonnenkilometer", juxtaposed
_RESPECTIVELY = ("respective", "beziehungsweise", "bzw.", "jeweils")
SENTENCE_REACH = 200  # characters after the amount searched for "respectively"


def join_compound_amounts(cands: list[Candidate], text: str) -> list[Candidate]:
    """One amount written in two scaled parts: "10 Milliarden und 700 Millionen Dollar" is 10.7
    billion dollars, "13 billion and 69 million dollars" 13.069 billion, "2 Bill 636,1 Mrd
    Tonnenkilometer" 2.6361 trillion. The first part has no unit or noun of its own and a larger
    scale; the second is smaller than one of the first's units; only "und"/"and" or a space between
    them; whole amounts both; no "respectively" after them (then they are two amounts of two
    things). The merged candidate spans both, with the second's unit."""
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if (b is not None and a.scaled_by_word and b.scaled_by_word and a.unit is None and a.counted is None
                and a.scale > b.scale and a.decimals == 0 and float(b.value).is_integer() and a.sign > 0 and b.sign > 0
                and a.factor == 1.0 and b.factor == 1.0 and 0 < b.value < a.scale
                and text[a.end : b.qualifier_start].strip().lower() in _PARTS_JOINER
                and b.qualifier_start == b.start and text[a.end : b.start].count("\n") == 0
                and not any(w in text[b.end : b.end + SENTENCE_REACH].split(".", 1)[0].lower() for w in _RESPECTIVELY)):
            total = a.value + b.value
            a.end, a.unit, a.counted, a.bare, a.accepted = b.end, b.unit, b.counted, False, True
            a.mantissa, a.decimals, a.scale = total, 0, 1
            a.scaled_by_word = True
            a.change = a.change or b.change
            a.recompute()
            out.append(a)
            i += 2
            continue
        out.append(a)
        i += 1
    return out


# --------------------------------------------------------------------------- ranges and lists


def _share_of(part: Candidate, whole: Candidate) -> bool:
    """Whether "part of whole nouns" counts both: a bare whole number no larger than a counted one."""
    return (
        part.bare
        and part.unit is None
        and isinstance(part.value, int)
        and 0 < part.value <= whole.value
        and whole.unit is None
        and whole.counted is not None
        and not whole.bare
    )


def _names_it(text: str, cand: Candidate, name_before: frozenset[str]) -> bool:
    """Whether the word before a number makes it a name or a rank ("Platz 31", "Nr. 5")."""
    prev, _, _ = prev_word(text, cand.qualifier_start)
    return prev is not None and prev.lower() in name_before


# A part of a whole counted after it: "15.000 der derzeit 43.000 Mitarbeiter", "3 of the 32 hospitals"
_OF_A_WHOLE_AFTER = LazyRegex(r"[^\S\n]+(?:der|des|of[^\S\n]+the|of|von[^\S\n]+den)[^\S\n]+(?:[^\W\d]+[^\S\n]+){0,2}\d")
_RESPECTIVE_JOINERS = frozenset({"bzw.", "beziehungsweise", "respectively"})  # two amounts of one scale, in any order


def join_neighbours(cands: list[Candidate], text: str, lang: str | None) -> None:
    """Numbers written together share unit and scale ("$20 to $25 billion", "3 Mrd. bzw. 250
    Mio. Dollar"); the ends of a range are linked ("between 2 and 3 million")."""
    vocab = vocabulary(lang)
    listed: list[int] = []  # indexes of bare numbers that took the unit of the next across "and"/"und"
    for i, (a, b) in enumerate(zip(cands, cands[1:], strict=False)):
        # a year in brackets after the first is its label, no word between the two: "von 42 Millionen
        # Dollar (2020) auf 447 Millionen Dollar (2023)"
        label = YEAR_IN_BRACKETS.match(text, a.end, b.qualifier_start)
        gap = text[label.end() if label else a.end : b.qualifier_start]
        if gap.strip(SPACES) == "(" and b.change is None and b.unit == a.unit or gap.strip(SPACES) == "(" and b.unit and a.unit and len(a.unit) == 3 == len(b.unit):
            b.change = a.change  # "CNY286.4 billion (USD39.8 billion)"
        joiner = " ".join(gap.split()).lower()
        if joiner[:2] == "- " and len(joiner) > 2:
            joiner = joiner[2:]  # "ein 16- bis 20-prozentiger Anstieg": the first number's suspended hyphen
        if joiner in vocab.share_joiners and _share_of(a, b) and not _names_it(text, a, vocab.name_before):
            a.counted, a.bare, a.accepted = b.counted, False, True  # "12 of 20 economists": two counts
            continue  # (not "auf Platz 31 von 83 Ländern": a rank among them)
        if joiner not in vocab.range_joiners and not (b.qualifier == UP_TO and not joiner):
            continue
        if len(gap) > 20 or "\n" in gap:
            continue
        if a.bare and not b.bare:
            _take_unit(a, b)
            if joiner in vocab.list_joiners:
                listed.append(i)  # (a list's last two members; the earlier ones follow in _join_lists)
        elif a.bare and b.bare:
            # "between 10 and 20": both; "aged 18 to 35" and a score "3-1": neither
            b.accepted = a.accepted = a.accepted and joiner not in ("-", "–", "—")
        elif a.unit is None and a.counted is None and b.unit is not None and not (
                a.scaled_by_word and b.unit in (PERCENT, PERCENTAGE_POINT, BASIS_POINT)):
            a.unit = b.unit  # "3 Mrd. bzw. 250 Mio. Dollar"; not "181 Millionen oder 86,6 Prozent":
            # millions of something and the share they are, no millions of percent
        elif a.unit not in (None, COUNT, PERCENT, PERCENTAGE_POINT, BASIS_POINT, TIMES) and b.unit is None and b.counted is None \
                and not _OF_A_WHOLE_AFTER.match(text, b.end):  # ("… Euro und rund 15.000 der derzeit 43.000 Mitarbeiter")
            # "$2 to 3 billion"; not a multiple and the level it reached ("um das 1,4-fache auf 3,3 Milliarden")
            b.unit = a.unit
            rate, rate_end = per_unit(text, unit_lexicon(lang), UnitReading(a.unit, kind="currency" if is_currency(a.unit) else "unit"), b.end, lang)
            if rate.unit != a.unit:
                a.unit = b.unit = rate.unit  # "$500-600 million daily": both ends a rate
                b.end = rate_end
        elif a.unit is not None and b.unit is not None and b.unit.startswith(a.unit + "/"):
            a.unit = b.unit  # "$500-600 million daily", "2 and 3 million barrels per day": one rate
        if a.unit == b.unit and not a.scaled_by_word and b.scale != 1 and (
                _below_as_written(a, b) or joiner in _RESPECTIVE_JOINERS or _fall_as_written(text, a, b, joiner, vocab)):
            a.rescale(b.scale)  # "$20 to $25 billion", "2 bis 3 Millionen", "30 beziehungsweise 10 Millionen"
            if joiner in vocab.list_joiners:
                listed.append(i)
        prev, prev_at, _ = prev_word(text, a.qualifier_start)
        opener = prev.lower() if prev else ""
        if opener in ("from", "von") and (before := prev_word(text, prev_at)[0]) is not None \
                and before.lower() in _SPANNING:
            opener = ""  # "stakes ranging from 20% to 40%": the ends of a range, no move
        if opener in vocab.change_openers and joiner in vocab.level_joiners:
            a.change = b.change = None  # "from 43% to 70%", "von 188 auf 257 Tenge": two levels
            a.change_read = b.change_read = True
        if joiner in ("-", "–", "—"):
            is_range = not (a.bare or b.bare) or (a.accepted and b.accepted)
        elif joiner in vocab.range_to_joiners:
            # "from 43 to 70" is a change; "von 2 bis 3" a range ("von 188 auf 257" is the change)
            is_range = opener not in vocab.change_openers or joiner not in vocab.level_joiners
            if (a.change is not None and not a.bare and not b.bare and opener not in vocab.range_openers
                    and joiner in vocab.level_joiners):
                is_range = False  # "rose 7 cents to $1.20": the change, then the level it reached ("um 20 bis
                # 30 Prozent zunahm" is a range: "bis" never joins a level)
        elif joiner in vocab.range_and_joiners:
            is_range = opener in vocab.range_openers
        else:
            is_range = False
        if is_range and a.unit == b.unit and a.value <= b.value:
            a.range_with, b.range_with = b, a
            if a.change_read and b.change_read:
                b.change = a.change  # "projected growth of 2.7 percent to 4.1 percent": one reading
            if a.qualifier == EXACT:
                a.qualifier = AT_LEAST
            if b.qualifier == EXACT:
                b.qualifier = UP_TO
    _join_lists(cands, text, listed)
    _series_over_time(cands, text, vocab.months)
    _more_of_the_same(cands, text)


_SERIES_GAP = 60  # characters between two values of a series over time, at most
_TIME_JOINERS = frozenset({",", "und", "and", "sowie", "im", "in", "am", "on", "for", "für"})


def _series_over_time(cands: list[Candidate], text: str, months: frozenset[str]) -> None:
    """A bare number after a counted one with only times between them is the next value of that
    series, of the same noun: "im Juli nur 310.000 Nutzer, im August 260.000, im September 280.000"
    (months and years, prepositions, commas and "und" between; one look back each: linear)."""
    for a, b in zip(cands, cands[1:], strict=False):
        if not (b.bare and not b.accepted and b.unit is None and b.counted is None) or a.bare and not a.accepted:
            continue
        if a.counted is None or a.scale != b.scale:
            continue  # ("3 Millionen Nutzer, im August 2": no series of one noun and scale)
        gap = text[max(a.end, a.counted[1]) : b.qualifier_start]
        words = gap.replace(",", " , ").split()
        if len(gap) > _SERIES_GAP or not any(w in months for w in words) or not all(
                w.lower() in _TIME_JOINERS or w in months or (w.isdigit() and len(w) == 4) for w in words):
            continue
        b.unit, b.counted, b.bare, b.accepted = a.unit, a.counted, False, True


_MORE_GAP = 40  # characters between a counted amount and "weitere 20.000" after it, at most
_MORE_WORDS = frozenset({"weitere", "weiteren", "another", "further", "additional"})


def _more_of_the_same(cands: list[Candidate], text: str) -> None:
    """A bare number after "weitere"/"another" a few words after a counted amount counts the same
    noun: "arbeiteten zuletzt 5000 Menschen, weitere 20.000 sind davon abhängig" (one look back)."""
    for a, b in zip(cands, cands[1:], strict=False):
        if not (b.bare and not b.accepted and b.unit is None and b.counted is None) or a.counted is None:
            continue
        gap = text[max(a.end, a.counted[1]) : b.qualifier_start]
        words = gap.split()
        if len(gap) > _MORE_GAP or not words or words[-1].lower() not in _MORE_WORDS \
                or any(ch in gap for ch in ".;:\n"):
            continue
        b.unit, b.counted, b.bare, b.accepted = a.unit, a.counted, False, True


def _below_as_written(a: Candidate, b: Candidate) -> bool:
    """Whether `a` is smaller than `b` as `b` is written before its scale word ("20" and "25 billion")."""
    return abs(a.value) < abs(b.mantissa / 10**b.decimals)


def _fall_as_written(text: str, a: Candidate, b: Candidate, joiner: str, vocab: Vocabulary) -> bool:
    """Whether `a` is where a move to `b` started, of `b`'s scale, a fall included ("von 4,27 auf 3,5
    Milliarden Euro", "from 4.27 to 3.5 billion": opened by "von"/"from", below ten times `b` as
    written; not "from 2,000 to 3 million"); `_below_as_written` reads a rise without the opener."""
    opener = prev_word(text, a.qualifier_start)[0]
    return (joiner in vocab.level_joiners and opener is not None and opener.lower() in vocab.change_openers
            and abs(a.value) < 10 * abs(b.mantissa / 10**b.decimals))


def _take_unit(a: Candidate, b: Candidate) -> None:
    """A bare number takes the unit, noun and sub-unit factor of the number written with it ("20 und
    31,1 Gramm")."""
    a.unit, a.counted, a.bare, a.accepted = b.unit, b.counted, False, True
    if b.factor != 1.0:
        a.factor = b.factor
        a.recompute()


def _join_lists(cands: list[Candidate], text: str, listed: list[int]) -> None:
    """A list's earlier members, set apart by commas, take the unit and scale the last one lends the
    one before it: "15, 20 und 31,1 Gramm", "3.5, 4.2 and 6.1 percent", "$5, $7 and $9 billion".
    Walked from the end, each member looks at the one after it once: linear."""
    joined = set(listed)
    for i in range(max(listed, default=0) - 1, -1, -1):
        a, b = cands[i], cands[i + 1]
        if i + 1 not in joined or text[a.end : b.qualifier_start].strip(SPACES) != ",":
            continue
        if a.bare:
            _take_unit(a, b)
        elif a.unit != b.unit:
            continue
        if not a.scaled_by_word and b.scaled_by_word and _below_as_written(a, b):
            a.rescale(b.scale)
        joined.add(i)


# --------------------------------------------------------------------------- units carried over

CARRY_GAP = 240  # characters back to the figure whose unit a scaled number may take (one sentence)
_NO_CARRY = frozenset({None, COUNT, PERCENT, PERCENTAGE_POINT, BASIS_POINT, TIMES})  # units no amount takes over
_CARRY_BACK = 3  # figures looked back past rates for the amount whose unit a scaled number takes
# Lakh and crore count the rupee's amounts, not another currency's named before ("$2 billion …
# `43 lakh crore (about $646 billion)")
_INDIAN_SCALE = LazyRegex(r"(?i:\b(?:lakh|lakhs|lac|lacs|crore|crores)\b)")
# ... or by a German compound of "-zahl": "Die Kundenzahl legte … auf 4,102 Millionen zu" (not "Umsatzzahlen")
_COUNT_NAMED = LazyRegex(r"(?i:\b(?:numbers?|Zahl|Anzahl|Gesamtzahl)[^\S\n]+(?:of|der|des|an)\b)"
                         r"|\b[A-ZÄÖÜ][a-zäöüß]{2,}zahl\b")
AHEAD_WORDS = 4  # words between a scaled number and its currency: "71,8 Milliarden in laufenden US-Dollar"
CARRIED_KINDS = ("currency", "unit")


def _unit_ahead(text: str, cand: Candidate, lang: str | None) -> str | None:
    """A currency a few words after a scaled number, across a preposition and adjectives:
    "ein BIP von 71,8 Milliarden in laufenden US-Dollar" -> USD. Only lower-case words between."""
    lex = unit_lexicon(lang)
    pos = cand.end
    for _ in range(AHEAD_WORDS):
        m = NEXT_WORD.match(text, pos)
        if m is None:
            return None
        word = m.group(1)
        reading = lex.lookup(word)
        if reading is not None and reading.kind == "currency" and word[0].isupper() or reading is not None and reading.kind == "currency" and len(word) == 3:
            return reading.unit
        if not word.islower() or reading is not None:
            return None
        pos = m.end()
    return None


_LIST_REACH = 120  # characters from a scaled number to the amount of its list that names their currency


def _currency_of_the_list(cands: list[Candidate], i: int, text: str) -> str | None:
    """The currency the next amount of the same scale in the sentence names, when only rates stand
    between: "23.97 trillion in exports, for YoY growth of 10.5%, and 18.1 trillion yuan in
    imports" (the currency said once, for the list's last item)."""
    cand = cands[i]
    if _PEOPLE_AFTER.match(text, cand.end):
        return None  # "1.4 billion in population and 2 billion dollars": people, not money
    for nxt in cands[i + 1 : i + 4]:
        gap = text[cand.end : nxt.qualifier_start]
        if nxt.qualifier_start - cand.end > _LIST_REACH or ". " in gap or "\n" in gap or ";" in gap:
            return None
        if nxt.unit in _NO_CARRY and nxt.unit is not None and nxt.counted is None:
            continue  # "for YoY growth of 10.5%": a rate of the item, between its amounts
        if is_currency(nxt.unit) and nxt.scaled_by_word and nxt.scale == cand.scale and not nxt.bare \
                and _LIST_JOINER.search(gap):
            return nxt.unit
        return None
    return None


_PEOPLE_AFTER = LazyRegex(r"[^\S\n]+(?:in|an)[^\S\n]+(?i:population|people|users|subscribers|visitors|tourists|"
                          r"passengers|inhabitants|residents|Einwohner\w*|Bevölkerung|Menschen|Nutzer\w*|Besucher\w*|"
                          r"Touristen|Passagier\w*)\b")
_LIST_JOINER = LazyRegex(r"(?:,|\band\b|\bund\b|\bsowie\b)[^\S\n]*\Z|,[^\S\n]+(?:and|und)[^\S\n]")


SERIES_RATIO = 10  # members of one series are of one magnitude: "$50 per barrel ... $79.5"


def series_rate(prev: Candidate, cand: Candidate, text: str) -> bool:
    """Whether ``cand`` is a later member of the series ``prev`` stated a rate for: same currency
    or unit without the "per …", same scale, the same or the next sentence, one magnitude
    ("$50 per barrel in January, although it was $79.5 in October" -> USD/bbl)."""
    if prev.unit is None or cand.unit is None or "/" not in prev.unit or "/" in cand.unit:
        return False
    if not prev.unit.startswith(cand.unit + "/") or prev.bare or cand.counted is not None:
        return False
    if prev.unit.endswith("/yr"):
        return False  # "capable of 15 million tons of coal per year. So far, it has concentrated 40 million
        # tons": a year's capacity, then a total of its own
    if cand.qualifier_start - prev.end > CARRY_GAP or cand.scale != prev.scale:
        return False
    gap = text[prev.end : cand.qualifier_start]
    if gap.count(". ") > 1 or "\n\n" in gap:
        return False
    if prev.unit.endswith("/d") and is_currency(cand.unit) and ". " in gap:
        return False  # "einen Bonus von 100 Yuan pro Tag. … zahlt Foxconn auf einem Schlag 400 Yuan": money a
        # day, then in the next sentence a sum of its own ("$3 million a day …, compared to an average of
        # $300 million" in one sentence is the series)
    small, large = sorted((abs(prev.value), abs(cand.value)))
    return small > 0 and large <= small * SERIES_RATIO


# Verbs of a span: "ranging from 20% to 40%", "reichen von 5 bis 10".
_SPANNING = frozenset({"ranging", "range", "ranges", "ranged", "varying", "vary", "varies", "varied", "reichen",
                       "reicht", "reichte", "reichten", "reichend"})


# Words that make a scaled number after an amount a part of it: "von denen", "davon", "of which".
# So does a German verb of a part ("Von den 964 Mio. US-Dollar entfielen 787 Mio. auf Importe").
_PART_OF = LazyRegex(r"(?i:(?:(?:,|\()\s*(?:von\s+denen|davon|darunter|of\s+which|including|among\s+them)|"
                     r"\A\s*(?:entfielen|entfiel|entfallen|entfällt))\s*(?:(?:rund|etwa|über|"
                     r"fast|knapp|lediglich|nur|gut|about|around|over|nearly|some|almost|only|just)\s+)?\Z)")
# A scaled number that a comparison sets against the amount before it in its sentence takes that
# amount's unit: "5,1 Mrd. Dollar, mehr als doppelt so viel wie Russlands rund 2 Mrd.", "$5.1
# billion, more than twice Russia's 2 billion", "10,46 Millionen Barrel gewonnen gegenüber 10,72 Millionen".
_COMPARED_WITH = LazyRegex(r"(?:\b(?:wie|als|than|twice|double|gegenüber|against|versus|compared\s+(?:with|to)|"
                           r"verglichen\s+mit)|\bas\s+much\s+as)(?:\s+(?:die|der|das|des|the|that|those)"
                           r"\b)?(?:\s+[A-ZÄÖÜ][\w'’-]*){0,2}\s*(?:(?:rund|etwa|knapp|fast|gut|about|around|nearly|"
                           r"some|roughly)\s+)?\Z")


_COMPARED_COUNT_GAP = 40  # characters between a count and the bare number compared with it, at most
_STOOD_AT = LazyRegex(r"\b(?:stood|stands|stand|standing)\s+at\s+\Z")


def _converted_in_brackets(text: str, amount: Candidate, conversion: Candidate) -> bool:
    """Whether `conversion` is `amount` in another currency, in brackets right after it."""
    return (is_currency(amount.unit) and is_currency(conversion.unit) and amount.unit != conversion.unit
            and text[amount.end : conversion.qualifier_start].strip(SPACES) == "("
            and text[conversion.end : conversion.end + 2].lstrip(SPACES)[:1] == ")")


def carry_units(cands: list[Candidate], text: str, lang: str | None) -> None:
    """A scaled number without a unit or noun takes one from a neighbour: a currency a few words
    on ("71,8 Milliarden in laufenden US-Dollar"), the figure it is compared with ("to 440,866 teu
    from 414,704"), or, when its clause states a move ("increased to 1.074 million"), the unit of
    the figure just before it in the previous sentence ("container throughput ... 1.2 million
    TEU"). A level after "mit"/"with" takes the direction of the change before it ("ein Minus von
    65,1 Prozent mit 26 000 TEU"). A bare number compared with a count ("40,860 units vs 22,020")
    counts the same noun; a conversion in brackets lends no unit ("107,08 Milliarden Rupien (1,28
    Milliarden Dollar), verglichen mit 91,22 Milliarden": rupees). Each step looks at one or two
    neighbours: linear."""
    vocab = vocabulary(lang)
    for i, cand in enumerate(cands):
        prev = cands[i - 1] if i > 0 else None
        if cand.bare and prev is not None and prev.counted is not None and prev.unit in (None, COUNT) \
                and not prev.bare and cand.qualifier_start - max(prev.end, prev.counted[1]) <= _COMPARED_COUNT_GAP \
                and " ".join(text[max(prev.end, prev.counted[1]) : cand.qualifier_start].split()).lower() in vocab.change_compared:
            # "40,860 units vs 22,020 in 1QCY21": the count compared with counts the same noun
            cand.unit, cand.counted, cand.bare, cand.accepted = prev.unit, prev.counted, False, True
            continue
        if cand.bare and not cand.accepted:
            continue
        if prev is not None and prev.change is not None and cand.change is None and cand.qualifier_start - prev.end <= 40:
            gap = text[prev.end : cand.qualifier_start]
            with_word = any(w in vocab.level_with_before for w in gap.lower().split()[-2:])  # "mit lediglich"
            if with_word and not any(ch in gap for ch in ".,;\n"):
                cand.change, cand.change_read = prev.change, True
        if prev is not None and series_rate(prev, cand, text):
            cand.unit = prev.unit  # "$50 per barrel in January …, $79.5 in October": the series' unit
            continue
        if cand.unit is None and cand.counted is not None and cand.scaled_by_word and prev is not None \
                and is_currency(prev.unit) and _PART_OF.search(text[prev.end : cand.qualifier_start]):
            cand.unit = prev.unit  # "900 Mio. Dollar, davon lediglich 42 Mio. tadschikischer Exporte": money
            continue
        if cand.unit is not None or cand.counted is not None:
            continue
        if not cand.scaled_by_word and not cand.bare:
            continue
        ahead = _unit_ahead(text, cand, lang) if cand.scaled_by_word else None
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        # (an amount, never a rate: "to 15.48 billion and an 8 per cent fall" holds no billions of percent)
        if ahead is None and cand.scaled_by_word and nxt is not None and nxt.unit not in _NO_CARRY:
            joiner = text[cand.end : nxt.qualifier_start].split()
            if 1 <= len(joiner) <= 2 and joiner[0].lower() in vocab.range_joiners | vocab.level_joiners and all(
                    w.islower() for w in joiner):
                ahead = nxt.unit  # "von gut 10 Mrd. auf umgerechnet über 50 Mrd. Dollar"
        if ahead is None and cand.scaled_by_word:
            ahead = _currency_of_the_list(cands, i, text)
        if ahead is not None:
            cand.unit = ahead
            continue
        if prev is not None and cand.scaled_by_word and prev.unit in _NO_CARRY:
            # "um das 1,4-fache auf 3,3 Milliarden": a rate between, the amount before it lends its unit
            prev = next((c for c in reversed(cands[max(0, i - _CARRY_BACK) : i - 1]) if c.unit not in _NO_CARRY), prev)
        if prev is None or prev.unit in _NO_CARRY or prev.bare:
            continue
        if i >= 2 and _converted_in_brackets(text, cands[i - 2], prev):
            # "107,08 Milliarden Rupien (1,28 Milliarden Dollar), verglichen mit 91,22 Milliarden": the
            # amount lends its unit, not its conversion in brackets
            prev = cands[i - 2]
        if cand.qualifier_start - prev.end > CARRY_GAP:
            continue
        gap = text[prev.end : cand.qualifier_start]
        if cand.bare and " ".join(gap.split()).lower() in vocab.change_compared:
            cand.unit, cand.bare, cand.accepted = prev.unit, False, True  # "to 440,866 teu from 414,704"
            continue
        if cand.scaled_by_word and ". " not in gap and "\n" not in gap and (
                _PART_OF.search(gap) or _COMPARED_WITH.search(gap)):
            cand.unit = prev.unit  # "5,5 Milliarden Dollar, von denen 4 Milliarden …": a part of the amount
            continue
        if cand.scaled_by_word and ". " not in gap and "\n" not in gap and ";" not in gap and is_currency(prev.unit) \
                and not _COUNT_NAMED.search(gap) and not _INDIAN_SCALE.search(text, cand.start, cand.end):
            # "stieg auf 11,41 Milliarden US-Dollar – nach 9,04 Milliarden im Vorjahr", "Russland folgte
            # mit 9,39 Milliarden US-Dollar, vor Kasachstan mit 3,48 Milliarden", "Waren im Wert von 1,5
            # Milliarden US-Dollar, also mehr als alle asiatischen Länder zusammen (1,3 Milliarden)": a
            # scaled number with no noun of its own after an amount of money in its sentence is money
            cand.unit = prev.unit
            continue
        # one sentence before, also across one paragraph break (wire copy sets each sentence apart)
        if not cand.scaled_by_word or gap.count(". ") > 1 or gap.strip(SPACES).count("\n") > 2 or (
                "\n" in gap.strip(SPACES) and "\n\n" not in gap):
            continue
        sentence = gap[max(gap.rfind(". "), gap.rfind("\n")) + 1 :]
        if _COUNT_NAMED.search(sentence):
            continue  # "The total number of enterprises … has increased to 21.1 thousand": a count
        before, before_at, _ = prev_word(text, cand.qualifier_start)
        if cand.change is not None or (before is not None and before.lower() in vocab.change_level_before) \
                or _STOOD_AT.search(text, max(0, before_at - 12), cand.qualifier_start) is not None:
            cand.unit = prev.unit  # "container throughput ... TEU. It increased to 1.074 million"; "… to
            # surpass $110 billion in 2019 … From January to November, mutual trade … stood at 100.32 billion"
