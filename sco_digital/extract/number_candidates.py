"""Candidates from the digit scanner (:func:`number_candidate`: "9,3", "$84bn", "-2,4 %") and
the rules for what is not a figure (DESIGN.md §3): dates, years, clock times, enumerations,
ordinals, names and versions, ranks, periods. Each is judged on its immediate context only."""

from __future__ import annotations

import re

from ..contract import EXACT, PERCENT, RATE_UNITS, TIMES
from .lang import Vocabulary, vocabulary
from .number_attach import SIGNS, currency_before, finish_unit, per_unit, read_after, unit_after_slash
from .number_candidate import BOUND_GLUED, After, Candidate, per_year, set_qualifier
from .number_change import DOWN, UP
from .number_nouns import counted_phrase, head_word, line_start, percent_measure, prev_word, sentence_initial
from .number_parsing import numeral, scale_factor, scale_language
from .number_patterns import (
    AMPM_AFTER, CLOCK_AFTER, DATE_AFTER, DATE_BEFORE, DATE_CHAIN_AFTER, DOT_WORD, NEXT_WORD, PRIOR_BRACKET, PRIOR_CLOSES,
    PRIOR_OPENS, PRIOR_REACH, SPACES,
)
from .number_units import GLUED_ONLY_LONGER, UnitReading, unit_lexicon

__all__ = ["number_candidate"]


# Rank words that also describe what is counted: after "the" they rank ("the five major economies"),
# otherwise they count ("as many as 25 major Chinese companies", "10 leading companies have joined")
_COUNTABLE_RANKS = frozenset({"major", "leading"})

def names_a_size(text: str, start: int, after: After, lang: str | None) -> bool:
    """Whether "N-unit" joined by a hyphen is a compound adjective naming a standard size ("40-foot
    containers", "20-Fuß-Container"): a physical unit, a noun right after it, and no determiner
    before that would make it the measure of one thing ("a 10-km road", "the 776-foot airship")."""
    reading = after.reading
    if reading is None or reading.kind != "unit" or reading.unit in RATE_UNITS or after.scale_word:
        return False
    nxt = text[after.end : after.end + 2]
    noun_follows = (nxt[:1] in ("-", "‑") and nxt[1:2].isalpha()) or (nxt[:1] == " " and nxt[1:2].islower())
    if not noun_follows:
        return False
    determiners = vocabulary(lang).size_determiners
    prev, prev_start, _ = prev_word(text, start)
    if prev is not None and prev in _ONE_THINGS_ADJECTIVES:
        prev, prev_start, _ = prev_word(text, prev_start)  # "the new 16-hectare plant", "a planned 16-km line"
    return prev is None or prev.lower() not in determiners


# Adjectives between a determiner and the size of one thing: "the new 16-hectare plant", "the twin
# 9.6-mile tunnels", "a planned 500-km line" (a word list: a verb there makes a standard size,
# "The port handles 20-foot equivalent units")
_ONE_THINGS_ADJECTIVES = frozenset(
    "new planned proposed twin massive huge giant large larger largest first second third additional "
    "further existing modern single entire whole neue neuen geplante geplanten".split())


def time_amount(text: str, counted: tuple[int, int], scale_word: str | None, prev_low: str | None, vocab: Vocabulary) -> bool:
    """Whether a number of time units is an amount of them, not how long something lasted:
    with a scale word ("812.62 billion minutes" of traffic) or as a rate of use ("789 minutes
    per user"). A duration ("for 30 minutes", "in three years", "dauerte 30 Minuten") never is.
    Such a figure is a ``count`` of the unit (counted "minutes"), as DESIGN §3's "durations are
    not figures" means the duration of an event, not an amount of usage."""
    if prev_low in vocab.duration_before:
        return False
    if scale_word is not None:
        return True
    head = head_word(text[counted[0] : counted[1]])
    per = NEXT_WORD.match(text, counted[1])
    return head in vocab.usage_time_units and per is not None and per.group(1).lower() in vocab.unit_per_words


_RATE_BASE = re.compile(r"[^\S\n]*=")
_CODE_BEFORE = re.compile(r"(?<![\w.,-])(?P<code>[A-Za-z]{0,3}(?P<digits>\d+))[-–]\Z")
_DIGITS_AFTER = re.compile(r"[-–](?P<digits>\d+)(?![\d.,]\d)")


def _designation_part(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] is a part of a model's designation joined by a hyphen
    to another: after a code of letters and digits ("A320-200"), or the larger side of two numbers
    that fall ("787-9": a range never descends). A year before a short one is a span of years
    ("2024-25"), and a number with decimals or separators is an amount ("1,5-2")."""
    if not text[start:end].isdigit():
        return False
    before = _CODE_BEFORE.search(text, max(0, start - 12), start)
    if before is not None:
        if before["code"] != before["digits"]:
            return True
        return _falls(before["digits"], text[start:end])
    after = _DIGITS_AFTER.match(text, end)
    return after is not None and _falls(text[start:end], after["digits"])


def _falls(first: str, second: str) -> bool:
    """Two numbers joined by a hyphen that fall, and are no span of years: a designation."""
    if len(first) == 4 and first[:2] in ("19", "20"):
        return False  # "2024-25", "1990-2000"
    return int(second) < int(first)


# a sign written as a word right before the number: "minus 2,1 Prozent", "negative 0.5 percent"; but
# "plus oder minus 500 Millionen Euro", "plus or minus 2 percent" is a margin
_MINUS_WORD = re.compile(r"(?<![\w/-])(?<!plus or )(?<!plus oder )(?:[Mm]inus|[Nn]egative)[^\S\n]+\Z")
# A maker or a word of type right before a model's number ("Boeing 777", "des Typs 737").
_MAKER_BEFORE = re.compile(r"\b(?:Boeing|Airbus|Tupolew|Tupolev|Iljuschin|Ilyushin|Suchoi|Sukhoi|Antonow|Antonov|"
                           r"Embraer|Typs?)[^\S\n]+\Z")
_SPAN_YEAR_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d\d[-–/]\Z")


def number_candidate(text: str, m: re.Match[str], lang: str | None) -> Candidate | None:
    num_start, num_end = m.start(), m.end("rest")
    num, suffix = text[num_start:num_end], m.group("suf")
    if num_start > 0 and text[num_start - 1] == "." and not (num_start > 1 and text[num_start - 2].isalpha()):
        num_start -= 1  # ".005 per cent" (not "Rs.162": an abbreviation's full stop)
        num = "0" + text[num_start:num_end]
    elif num[0] == "0" and len(num) > 1 and num[1].isdigit():
        return None  # "010-…" phone numbers and codes
    if num_start > 1 and text[num_start - 1] in "-–" and text[num_start - 2].isalpha() \
            and BOUND_GLUED.search(text, max(0, num_start - 12), num_start) is None:
        return None  # "COVID-19", "Tu-154"; but "a near-60% share"
    if _designation_part(text, num_start, num_end):
        return None  # "Boeing 787-9", "Airbus A320-200": a model, no figure
    if num.isdigit() and 3 <= len(num) <= 4 and _MAKER_BEFORE.search(text, max(0, num_start - 16), num_start):
        return None  # "two older Boeing 777 jets", "Maschinen des Typs 737 MAX": a model's number
    if num.isdigit() and len(num) == 3 and suffix == "X" and not text[m.end() : m.end() + 1].isalnum():
        return None  # "Mini-Jumbos vom Typ 777X": a model, not 777 times
    if len(num) == 2 and _SPAN_YEAR_BEFORE.search(text, max(0, num_start - 5), num_start):
        return None  # "in fiscal year 2009-10", "2020/21": the second year of a span, no figure
    start = num_start
    sign = 1
    cur: str | None = None
    minus: re.Match[str] | None = None
    before = text[max(0, num_start - 1) : num_start]
    if before and before in SIGNS:
        ahead = text[max(0, num_start - 2) : num_start - 1]
        if ahead in ("", "(", "[", "\n") or ahead in SPACES or ahead in "$£¥€₽₹₸":
            sign, start = SIGNS[before], num_start - 1
        elif before == "+":
            return None  # "10+1"
    elif (minus := _MINUS_WORD.search(text, max(0, num_start - 12), num_start)) is not None:
        sign, start = -1, minus.start()  # "minus 2,1 Prozent", "negative 0.5%": a sign written as a word
    found = currency_before(text, start, lang)
    if found is not None:
        cur, start, cur_sign = found
        sign = sign * cur_sign if sign == 1 else sign
    elif text[max(0, start - 1) : start].rstrip(" \u00a0").isalpha() or text[max(0, start - 1) : start] in "$£¥€₽₹₸":
        if start == num_start and start > 0 and (text[start - 1].isalpha() or text[start - 1] in "$£¥€"):
            return None  # "A1", "ABC5", "X$5": a name or a currency we cannot name
    after = text[num_end : num_end + 2]
    lex = unit_lexicon(lang)
    if after[:1] in ("+", "×", "^", "=") or (after[:1] == "/" and unit_after_slash(text, num_end, lex) is None) \
            or (after[:1] in ".,:" and after[1:2].isdigit()):
        return None  # "10+1", "24/7", "1.2.3", "3:1" (not "RMB 16,189/square meter": a price per unit)
    suffix_scale = None
    suffix_unit: UnitReading | None = None
    pos = m.end() if suffix else num_end
    if suffix and suffix.lower() == "per" and (cent := _GLUED_PER_CENT.match(text, m.end())) is not None:
        suffix, suffix_unit, pos = "", UnitReading(PERCENT), cent.end()  # "fell 12.4per cent": its space lost
    if suffix:
        low = suffix.lower()
        if low in ("bn", "bln", "mn", "mln", "tn", "trn", "mil") or (low in ("m", "k", "b") and cur) or (
                low in ("m", "k") and lang != "de" and _counted_scale(text, start, m.end())):
            suffix_scale = {"b": "bn", "m": "mn", "k": "thousand"}.get(low, low)
        elif len(low) >= _GLUED_SCALE_LONGER and lex.scales.get(low, 0) >= 10**6:
            suffix_scale = suffix  # "7.8million people": a scale word whose space was lost
        else:
            suffix_unit = lex.symbols.get(suffix) or (lex.words.get(low) if len(low) >= GLUED_ONLY_LONGER else None)
            if suffix_unit is None and low == "x":
                suffix_unit = UnitReading(TIMES, kind="times")
            if suffix_unit is None or (len(suffix) < GLUED_ONLY_LONGER and low != "x"):
                return None  # "5G", "78th", "3D", "1990s"
    if not suffix and text[pos : pos + 1] in ("-", "–") and text[pos + 1 : pos + 2].isalpha():
        probe = read_after(text, pos, lang, False)
        if probe.reading is None and probe.scale_word is None and not _SIZE_OF_A_BODY.match(text, pos):
            return None  # "four-point plan", "5-year"; not "a 21-member delegation": its size
    after_read = read_after(text, pos, lang, suffix_scale is not None or suffix_unit is not None)
    prior_unit = None if suffix or cur is not None else _unit_past_prior(text, num_start, pos, lang)
    if prior_unit is not None:
        after_read = prior_unit  # "221,87 (236,45) Mrd. Yuan": both numbers are in the unit after the bracket
    if not suffix and cur is None and text[pos : pos + 1] in ("-", "‑") and names_a_size(text, start, after_read, lang):
        return None  # "20-foot equivalent units", "40-foot containers", "20-Fuß-Container"
    scale_word = after_read.scale_word or suffix_scale
    if scale_word is not None and scale_word.lower().rstrip(".") == "cr" and cur != "INR":
        return None  # "Rs 3,593 Cr" is crore; "5 Cr" after no rupee sign is no amount this can read
    if suffix_unit is not None:
        after_read.reading = suffix_unit
    if (cur is not None and text[start:num_start].strip(" \u00a0") == cur and after_read.reading is not None
            and after_read.reading.kind == "currency" and after_read.reading.unit != cur):
        # "USD 100 billion mark": an ISO code written before the number settles it; "mark" is a word
        word = after_read.scale_word
        after_read.reading, after_read.end = None, (text.find(word, pos) + len(word) if word else pos)
    if cur is not None and (after_read.reading is None or after_read.reading.kind != "currency"):
        if (after_read.reading is not None and after_read.reading.kind == "unit" and "/" not in after_read.reading.unit
                and after_read.reading.unit not in RATE_UNITS):
            after_read.reading = UnitReading(f"{cur}/{after_read.reading.unit}", kind="currency")
        else:
            # a currency written before the number wins; "$80 a barrel"
            end_before = after_read.end if after_read.reading is None else After(pos).end
            if after_read.reading is not None:
                after_read = read_after(text, pos, lang, suffix_scale is not None)
                after_read.reading = None
                end_before = after_read.end
            reading, end = per_unit(text, lex, UnitReading(cur, kind="currency"), end_before, lang)
            after_read.reading, after_read.end = reading, end
    end = pos if prior_unit is not None else after_read.end  # the number alone: the bracket is another figure
    if scale_word is None and after_read.reading is None:
        if CLOCK_AFTER.match(text, pos) or (lang != "de" and AMPM_AFTER.match(text, pos)):
            return None  # "10 Uhr", "3 p.m."
    read = numeral(num, scale_language(scale_word, lang))
    if read is None:
        return None
    mantissa, decimals = read
    scale = scale_factor(scale_word, scale_language(scale_word, lang)) if scale_word else 1
    cand = Candidate(start, end, mantissa, decimals, scale)
    cand.sign = sign
    if sign < 0:
        cand.recompute()
    if not finish_unit(cand, text, after_read, lang):
        return None
    if cand.unit == "BAM" and scale_word is None and _YEAR_LIKE.fullmatch(num) and _MARKS_VERB.match(text, num_end):
        return None  # "the year 2021 marks five decades": a year and a verb, no Bosnian marks
    if sign != 1 and cand.unit is None:
        return None  # "+86 10 …": a sign without a unit is a phone number or a score
    if _PAGE_COMMENTS.match(text, num_end):
        return None  # "80 Kommentare lesen": the page's link to its readers' comments, no figure of the story
    if _COMPASS_AFTER.match(text, num_end):
        return None  # "bei 86,5 Grad Ost", "96.5 degrees east longitude": a position, no temperature or count
    if cand.value == 1 and scale_word is None and after_read.reading is not None \
            and after_read.reading.kind == "currency" and _RATE_BASE.match(text, cand.end):
        return None  # "1 USD = 513.45 tenge", "($1 = 61.1000 Rubel)": the base of an exchange rate
    after_all = set_qualifier(cand, text, start, end, lang)
    per_year(cand, text)
    if (before and before in SIGNS or minus is not None) and start < num_start:
        cand.change = UP if sign > 0 else DOWN
    if cand.unit is None and scale_word is None:
        factor = _FACTOR_BEFORE.search(text, max(0, start - _FACTOR_REACH), start)
        if factor is not None:
            cand.unit, cand.start = TIMES, factor.start("word")  # "um den Faktor 2,4", "by a factor of 2.4"
    if cand.unit is not None:
        if cand.unit in RATE_UNITS:
            cand.counted = percent_measure(text, after_all, lang)
        return cand

    vocab = vocabulary(lang)
    plain = num.isdigit()
    small = plain and int(num) <= 31
    is_year = plain and len(num) == 4 and 1800 <= int(num) <= 2100 and scale_word is None
    # Dates: "5. August", "August 29", "Aug 31 to September 1", "July 10 to 11", "10 and 11 July".
    if scale_word is None and (small or is_year):
        if small and (DATE_AFTER.match(text, num_end) or DATE_CHAIN_AFTER.match(text, num_end)):
            return None
        if DATE_BEFORE.search(text, max(0, start - 30), start):
            return None
    # Enumerations at the start of a line: "1. …", "2) …".
    if text[num_end : num_end + 1] in ".)" and line_start(text, start):
        return None
    # German ordinals: "25. Konferenz", "die 3. internationale Messe".
    if lang != "en" and plain and len(num) <= 3 and scale_word is None:
        dm = DOT_WORD.match(text, num_end)
        if dm:
            following = dm.group(1)
            if following[0].islower() or (lang == "de" and following not in vocab.sentence_starters):
                return None
    prev, prev_start, prev_dot = prev_word(text, cand.qualifier_start)
    prev_low = prev.lower() if prev else None
    if prev_low in vocab.name_before or (prev_low in vocab.period_before and cand.qualifier == EXACT) or (
            prev_low in ("of", "von") and scale_word is None and 0 < cand.value <= _OLDEST
            and _AGE_OF_BEFORE.search(text, max(0, cand.qualifier_start - 20), cand.qualifier_start)):
        cand.bare, cand.accepted = True, False  # kept to silence what it joins: "aged 18 to 35", "the
        # official retirement age of 65", "ein Rentenalter von 63"
        return cand
    if prev is not None and any(ch.isupper() for ch in prev[1:]) and prev[0].islower():
        return None  # "iPhone 15", "eVTOL 2"
    rank = NEXT_WORD.match(text, after_all)
    if rank and rank.group(1).lower() in vocab.rank_words \
            and (rank.group(1).lower() not in _COUNTABLE_RANKS or prev_low in vocab.referential_before):
        return None  # "the 10 largest economies", "the five major economies"; "30 major German companies" counts
    counted = counted_phrase(text, after_all, lang)
    if counted is not None:
        head = head_word(text[counted[0] : counted[1]])
        if head in vocab.fractions or head in vocab.time_nouns and not time_amount(text, counted, scale_word, prev_low, vocab):
            return None  # "five months", "20 Jahren": periods, not quantities; "2 Drittel"
    if is_year and (counted is None or head_word(text[counted[0] : counted[1]]).lower() in _YEAR_MODIFIES or (
            cand.qualifier == EXACT and (prev_low not in _COUNT_AFTER or prev_dot))):
        return None  # "in 2024", "SCO Summit 2025", "around 2030", "above 2022 levels"; but "more than 2000 firms",
        # "plant mit 2000 Flugzeugen"
    named_prev = (
        prev is not None
        and not prev_dot
        and prev[0].isupper()
        and not prev.endswith(("'s", "’s"))
        and not sentence_initial(text, prev_start)
        and prev not in vocab.months  # "im August 260.000": a time, then the value of it
        and cand.qualifier == EXACT
        # "bis zum Jahresende 16 bis 18 Prozent": the low end of a range of rates names nothing
        and not _RANGE_OF_RATES.match(text, num_end)
    )
    if prev_low == "of" and cand.qualifier == EXACT:
        before_of, before_start, _ = prev_word(text, prev_start)
        named_prev = bool(before_of and before_of[0].isupper() and not sentence_initial(text, before_start))
    title_case = counted is not None and text[counted[0]].isupper()  # a headline: "Trains 830 Digital Experts"
    counted_before = (counted is None and scale_word is None and lang != "en"
                      and _COUNT_NAMED_BEFORE.search(text, max(0, cand.qualifier_start - _COUNT_REACH),
                                                     cand.qualifier_start) is not None)
    if named_prev and scale_word is None and not counted_before and (
            counted is None or (lang != "de" and not title_case)):
        return None  # "Industry 4.0", "Windows 11 users", "Group of 77"
    if decimals and scale_word is None and (counted is None or mantissa % 10**decimals == 0):
        if named_prev or prev_dot:
            return None  # versions: "Web 3.0"
        cand.bare, cand.accepted = True, False  # "rose to 52.3"; but "5,2 und 4,7 Prozent"
        if counted is None and _INDEX_BEFORE.search(
                text, max(0, cand.qualifier_start - _INDEX_REACH), cand.qualifier_start):
            # "China's Gini coefficient … stood at 0.462", "Der Gini-Koeffizient betrug 2015 0.462",
            # "the index hit 50.2": the value of an index its sentence names
            cand.accepted = True
        return cand
    if counted is None and scale_word is None and (size := _SIZE_OF_A_BODY.match(text, num_end)) is not None:
        # "a 21-member delegation", "ein 16-köpfiges Team": the body's members are counted
        body = NEXT_WORD.match(text, size.end())
        counted = (size.start("word"), body.end() if body else size.end())
    cand.counted = counted
    if counted is not None and (more := _MORE_OR_FEWER.match(text, counted[0])) is not None:
        cand.change = UP if more.group(1).lower() == "more" else DOWN  # "30 more companies signed": an increase
    if counted is None and scale_word is None:
        cand.bare = True
        governing = prev_low
        if prev is None and (year := _YEAR_BEFORE.search(text, max(0, cand.qualifier_start - 8),
                                                         cand.qualifier_start)) is not None:
            governing, prev_dot = _before_year(text, year.start())  # "erreichte im Jahr 2024 409.000"
        cand.accepted = cand.qualifier != EXACT or (governing in vocab.bare_accept and not prev_dot) or counted_before \
            or _PART_OF_THEM.match(text, num_end) is not None
    return cand


# A page's count of its readers' comments: "80 Kommentare lesen", "12 Comments" closing a line
_PAGE_COMMENTS = re.compile(r"[^\S\n]+(?:Kommentare?[^\S\n]+(?:lesen|anzeigen|ansehen)\b|(?:Kommentare?|[Cc]omments?)[^\S\n]*(?:\n|\Z))")
# Degrees of a compass direction after a number: a position on the globe ("86,5 Grad Ost", "38° East",
# "96.5 degrees east longitude", "östlicher Länge")
_COMPASS_AFTER = re.compile(r"[^\S\n]*(?:°|[Gg]rad|degrees?)[^\S\n]*(?:[Oo]st|[Ww]est|[Nn]ord|[Ss]üd|[Ee]ast|[Nn]orth|"
                            r"[Ss]outh|[EWNS]\b|(?:östlicher|westlicher|nördlicher|südlicher)[^\S\n]+(?:Länge|Breite)|"
                            r"longitude|latitude)")
# A count of a part of things named before: "38 von ihnen wurden ausgewählt", "Vier davon aus Sachsen",
# "12 of them signed", "301 container routes, 249 of which are international"
_PART_OF_THEM = re.compile(r"[^\S\n]+(?:von[^\S\n]+(?:ihnen|denen)|davon|of[^\S\n]+(?:them|those|these|whom|which))\b")


_OLDEST = 120  # years: a larger number after "age of" counts something ("the average age of 10,000 workers")
_AGE_OF_BEFORE = re.compile(r"(?:\b[Aa]ge|[Aa]lter)[^\S\n]+(?:of|von)[^\S\n]+\Z")
# An index or a coefficient named earlier in the number's sentence (its value is a bare decimal)
_INDEX_REACH = 160
_INDEX_BEFORE = re.compile(r"(?:\b(?:[Ii]ndex|indices|[Cc]oefficient|PMI|Koeffizient|Indexwert|Indizes)|-?[Ii]ndex|"
                           r"-Koeffizient|koeffizient)\b(?:[^.!?\n]*|(?:[^.!?\n,;]|\.(?=\d))*)\Z")
# (past another decimal within one clause: "PMI rose to … 49.7 in February from 48.8 in January")


# The rest of a range of rates after its low end: " bis 18 Prozent", "-18%", " to 18 percent"
_RANGE_OF_RATES = re.compile(r"[^\S\n]*(?:bis|to|[-–])[^\S\n]*\d[\d.,]*[^\S\n]*(?:%|Prozent|percent|per[^\S\n]cent|pct)")
def _unit_past_prior(text: str, num_start: int, pos: int, lang: str | None) -> After | None:
    """The scale and unit after a bracket of last year's value, for the number before the bracket
    ("221,87 (236,45) Mrd. Yuan") and for the one in it; None when the number is neither or no
    scale or unit follows the bracket."""
    bracket = PRIOR_BRACKET.match(text, pos)
    if bracket is not None:
        past = bracket.end()
    elif PRIOR_OPENS.search(text, max(0, num_start - PRIOR_REACH), num_start) and (
            closes := PRIOR_CLOSES.match(text, pos)) is not None:
        past = closes.end()
    else:
        return None
    after = read_after(text, past, lang, False)
    return after if after.reading is not None or after.scale_word is not None else None


_GLUED_PER_CENT = re.compile(r"[^\S\n]?cent\b")
# What a year written before it dates, not counts: "exceeding 2022 levels", "above 2024 growth"
_YEAR_MODIFIES = frozenset(
    "level levels figure figures value values growth rate rates result results output volume volumes price prices "
    "average averages peak peaks high highs low lows data total totals record records "
    "niveau niveaus wert werte ergebnis ergebnisse wachstum stand zahlen daten numbers statistics statistik".split())
_YEAR_LIKE = re.compile(r"(?:18|19|20)\d\d")
# Words after which a year-like number with a noun after it counts that noun: "mit 2000 Flugzeugen",
# "auf 2000 Flugzeuge", "with 2000 employees" (a year follows "in", "bis", "seit", "by", "until")
_COUNT_AFTER = frozenset({"mit", "auf", "with"})
_MARKS_VERB = re.compile(r"[^\S\n]+marks?[^\S\n]+(?:the|a|an|its|his|her|their|\w+[^\S\n]+(?:years?|decades?|anniversary))\b",
                         re.IGNORECASE)


# A multiple named before its number: "um den Faktor 2,4 gestiegen", "grew by a factor of 2.4".
_FACTOR_BEFORE = re.compile(r"(?P<word>\b[Ff]a[ck]tor(?:[^\S\n]+of)?)[^\S\n]+\Z")
_FACTOR_REACH = 12  # characters before the number searched for "Faktor", "factor of"
_MORE_OR_FEWER = re.compile(r"(more|fewer)[^\S\n]", re.IGNORECASE)
# "a 21-member delegation", "a 590-strong team", "ein 16-köpfiges Team": how many a body counts.
_SIZE_OF_A_BODY = re.compile(r"[^\S\n]?[-–](?P<word>member|strong|köpfig\w*|person|man)\b")
# "11.2m SIM cards", "3.8m Tajiks use", "a population of 8m": "m" and "k" glued to a number with no
# currency are a million and a thousand when things follow, or a count's noun stands just before;
# not "a 5m wall", "100m high" (lengths).
_THINGS_AFTER = re.compile(r"[^\S\n]+(?!(?:high|long|wide|deep|tall|above|below|away|from|in|of|to|at|and|or|"
                           r"by|per|run|race|sprint|hurdles|freestyle|metres|meters)\b)[^\W\d_]{3,}", re.IGNORECASE)
_COUNT_BEFORE = re.compile(r"\b(?:population|users|subscribers|people|customers|residents|visitors|tourists|"
                           r"inhabitants|clients|passengers)\b[^.;\n]{0,20}\Z", re.IGNORECASE)


def _counted_scale(text: str, start: int, end: int) -> bool:
    """Whether a glued "m"/"k" ending at `end` scales a count (see `_THINGS_AFTER`); never after an
    article ("a 5m wall": a size)."""
    if _ARTICLE_BEFORE.search(text, max(0, start - 4), start):
        return False
    return _THINGS_AFTER.match(text, end) is not None or _COUNT_BEFORE.search(text, max(0, start - 40), start) is not None


_ARTICLE_BEFORE = re.compile(r"\b(?:an?|the)[^\S\n]+\Z", re.IGNORECASE)


_GLUED_SCALE_LONGER = 5  # a scale word glued to its number is at least "Mrd." long: "million", "Milliarden"


# German puts the verb first and what is counted before the number: "überstieg die Zahl der
# Fahrzeuge am Khunjerab-Pass 11.000", "betrug die Anzahl der Beschäftigten 12.500" — a count,
# though a noun stands right before it ("Windows 11" would be a name).
_COUNT_NAMED_BEFORE = re.compile(
    r"\b(?:betr(?:ug|ugen|ägt|agen)|erreicht(?:e|en)?|überst(?:ieg|iegen|eigt|eigen)|überschr(?:itt|itten|eitet)|"
    r"übertr(?:af|afen|ifft)|l(?:ag|agen|iegt|iegen))[^\S\n]+(?:die|der)[^\S\n]+(?:Gesamt)?(?:[Zz]ahl|Anzahl)"
    r"[^\S\n]+(?:der|des|von|an)\b[^.,;:!?\n\d]*\Z")
_COUNT_REACH = 120  # characters before a bare number searched for "betrug die Zahl der …"


# A year right before a number, a space between: "im Jahr 2024 409.000".
_YEAR_BEFORE = re.compile(r"(?<![\w.,])(?:18|19|20)\d\d[^\S\n]+\Z")
_YEAR_LEAD = frozenset({"im", "in", "jahr", "jahre"})


def _before_year(text: str, year_start: int) -> tuple[str | None, bool]:
    """The word a year that stands before a number follows, past "im Jahr" / "in" (at most two
    words): German puts the time before the object ("Die Zahl erreichte im Jahr 2024 409.000"),
    so the verb that makes the bare number a quantity stands before the year. With whether a full
    stop ends it (then it is no such verb)."""
    word, start, dot = prev_word(text, year_start)
    for _ in range(2):  # bounded: "im Jahr"
        if word is None or dot or word.lower() not in _YEAR_LEAD:
            break
        word, start, dot = prev_word(text, start)
    return (word.lower() if word else None), dot
