"""The words and patterns of the date finder, in English and German: months, weekdays, tense cues,
and the expressions they make up. Package-internal; `dates.find_dates` is the entry point.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ._regex import LazyRegex as _Regex
from ._regex import starting as _starting
from .lang import de as _de
from .lang import en as _en

# --- vocabularies -------------------------------------------------------------------------------

# Months and weekdays of both languages, from `lang` (German wins where the spelling is shared).
_MONTHS: dict[str, int] = {**_en.MONTHS, **_de.MONTHS}
_WEEKDAYS: dict[str, int] = {**_en.WEEKDAYS, **_de.WEEKDAYS}
_RELATIVE_PERIODS: dict[str, tuple[str, int]] = {**_en.RELATIVE_PERIODS, **_de.RELATIVE_PERIODS}
_COUNTS: dict[str, int] = {**_en.COUNT_WORDS, **_de.COUNT_WORDS}
_ORDINALS: dict[str, int] = {**_en.ORDINAL_WORDS, **_de.ORDINAL_WORDS}


def _alternation(words: Iterable[str]) -> str:
    """Capitalised alternatives, longest first, so that "Sept" is tried before "Sep"."""
    names = sorted({w.capitalize() for w in words}, key=len, reverse=True)
    return "|".join(re.escape(n) for n in names)


_MONTH = rf"(?:{_alternation(_MONTHS)})\b\.?"
_WEEKDAY = rf"(?:{_alternation(_WEEKDAYS)})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_YEAR = r"(?:19|20)\d{2}"
_ORD = r"(?:st|nd|rd|th)"
_COUNT = rf"(?:\d{{1,2}}|{'|'.join(_COUNTS)})"
_NOT_AMOUNT = r"(?!\s*(?:%|[.,]\d|per\b|Prozent|percent|million|billion|Million|Milliard))"

# --- patterns -----------------------------------------------------------------------------------


# Every pattern starts with the token it cannot do without (a month, a digit, a weekday), so the
# regex engine can skip ahead; words written before that token ("As of", "seit", "last") are
# looked up backwards from it with the *_BEFORE patterns, which end at \Z.

# "2025-07-16", "2025/07/16"
_ISO = _Regex(r"(?P<y>(?:19|20)\d{2})([-/])(?P<m>[01]\d)\2(?P<d>[0-3]\d)(?![\d-])")
# "06.09.2025", "6.9.2025"
_NUMERIC_DE = _starting("0-9", rf"(?P<d>{_DAY})\.(?P<m>1[0-2]|0?[1-9])\.(?P<y>{_YEAR})(?![\d.])")
_MONTH_ANCHOR = _Regex(_MONTH)
# "Aug 5, 2025", "July 10 to 11", "Aug 31 to September 1, 2025"
_MONTH_DAY = _Regex(
    # not an amount after a month ("im Oktober 19,79 Milliarden Dollar", "in October 19.5 billion")
    rf"(?P<m1>{_MONTH})\s*(?P<d1>{_DAY}){_ORD}?\b{_NOT_AMOUNT}(?:,?\s+(?P<y1>{_YEAR})\b)?"
    rf"(?:\s*(?P<sep>-|–|—|\bto\b|\bthrough\b|\buntil\b|\btill\b|\band\b)\s*(?:(?P<m2>{_MONTH})\s*)?"
    rf"(?P<d2>{_DAY}){_ORD}?\b(?:,?\s+(?P<y2>{_YEAR})\b)?{_NOT_AMOUNT})?"
)
# "5. August 2025", "31. August bis 1. September", "10. bis 11. Juli", "5 August 2025", "10-11 July"
_DAY_SEP = rf"(?:\.|{_ORD})?\s*(?:of\s+)?"
_RANGE = r"\s*(?P<sep>-|–|—|/|\bbis(?:\s+zum)?\b|\bto\b|\bthrough\b|\buntil\b|\bund\b|\band\b)\s*"
_DAY_MONTH = _starting("0-9",
    rf"(?P<d1>{_DAY}){_DAY_SEP}"
    rf"(?:(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR})\b)?(?:{_RANGE}(?P<d2>{_DAY}){_DAY_SEP}(?P<m2>{_MONTH})"
    rf"(?:\s+(?P<y2>{_YEAR})\b)?)?"
    rf"|{_RANGE.replace('sep', 'sepb')}(?P<d2b>{_DAY}){_DAY_SEP}(?P<m2b>{_MONTH})(?:\s+(?P<y2b>{_YEAR})\b)?)"
)
# "Thursday, August 28", "am Donnerstag, dem 28. August"
_WEEKDAY_BEFORE = _Regex(rf"\b(?:{_WEEKDAY}),?\s+(?:(?:den|dem)\s+)?\Z")
# "April 2025" (with "As of", "since", "seit", "bis" before it: a period)
_MONTH_YEAR = _Regex(rf"(?P<m>{_MONTH})\s*,?\s+(?P<y>{_YEAR})\b")
_PERIOD_BEFORE = _Regex(r"\b(?P<pre>as\s+of|since|seit|by|until|till|bis|stand:?)\s+\Z", re.IGNORECASE)
# "January-May 2025", "from January to May", "von Januar bis Mai 2025", "im Januar-März-Quartal
# 2023", "the April-June quarter of 2024", "April-June 2024-25" (a fiscal year: `fy` is its end),
# "July–December FY22" (`fyend`)
_MONTH_SPAN = _Regex(
    rf"(?P<m1>{_MONTH})\s*(?P<sep>-|–|\bto\b|\bthrough\b|\bbis\b|\band\b|\bund\b)\s*(?P<m2>{_MONTH})"
    rf"(?:-?(?:Quartals?|\s+quarter)(?:\s+of)?)?"
    rf"(?:\s+(?P<y>{_YEAR})(?:[-–/](?P<fy>\d{{2}}|{_YEAR}))?\b"
    # "July–December FY22": the fiscal year by the year it ends in
    rf"|\s+FY[^\S\n]?(?P<fyend>\d{{2}}|{_YEAR})\b)?"
)
# "July 2021 to April 2022", "von Juli 2021 bis April 2022": a span of months with a year at each end
_MONTH_YEAR_SPAN = _Regex(
    rf"(?P<m1>{_MONTH})\s*,?\s+(?P<y1>{_YEAR})\s*(?P<sep>-|–|\bto\b|\bthrough\b|\buntil\b|\bbis\b|\band\b|\bund\b)"
    rf"\s*(?P<m2>{_MONTH})\s*,?\s+(?P<y2>{_YEAR})\b"
)
_SPAN_BEFORE = _Regex(r"\b(?P<pre>from|von|between|zwischen)\s+\Z", re.IGNORECASE)
# "in August", "im August", "seit Juli", "mid-August", "Ende August" (year from publication)
# a month not followed by a day or a year; an amount after it is no day ("im Oktober 19,79 Milliarden")
_MONTH_ALONE = _Regex(rf"(?P<m>{_MONTH})(?!\s*,?\s*(?:\d{{1,2}}\b(?![.,]\d|\s*(?:%|Prozent|percent|per\b|[Mm]illion|"
                      rf"[Mm]illiard|[Bb]illion|Mrd|Mio))|\d{{3,}}))")
_MONTH_ALONE_BEFORE = _Regex(
    r"\b(?P<pre>in|im|since|seit|until|bis|by|early|late|anfang|ende|mitte|(?:in\s+)?diesem|this)\s+\Z|\b(?P<mid>mid-)\Z",
    re.IGNORECASE
)
# "in 2024", "seit 2023", "bis 2027", "im Jahr 2024", "im Gesamtjahr 2024", "for the full year 2024", "for 2022", "Anfang 2025", "by the end of 2025", "mid-2025",
# "from 2021 to 2025", "zwischen 2021 und 2025"
_YEAR_ANCHOR = _Regex(
    rf"(?P<y1>{_YEAR})(?:\s*(?P<sep>-|–|\bto\b|\bbis\b|\band\b|\bund\b)\s*(?P<y2>{_YEAR}))?\b"
    r"(?![-–./]\d|\s*(?:%|Prozent|percent))"
)
_YEAR_BEFORE = _Regex(
    r"\b(?P<pre>as\s+of(?:\s+the\s+end\s+of)?|since|seit|by(?:\s+the\s+end\s+of)?|until|till|"
    r"bis(?:\s+(?:zum|ins)\s+Jahr|\s+Ende)?|in(?:\s+the\s+year)?|during|for(?:\s+the\s+year)?|im\s+Jahre?|"
    r"in\s+den\s+Jahren|das\s+Jahr|des\s+Jahres|Jahr|early|late|anfang|ende|mitte|"
    r"im\s+(?:Gesamt|Kalender)jahre?|(?:Gesamt|Kalender)jahr|(?:for|in)\s+the\s+(?:full|whole|entire|calendar)\s+year|"
    r"full[-\s]year|calendar\s+year|(?:in|for|during)\s+(?:all|the\s+whole|the\s+entirety)\s+of|throughout|"
    r"(?:the\s+)?(?:end|beginning|start|middle)\s+of|stand:?|from|von|between|zwischen)\s+\Z"
    r"|\b(?P<mid>mid-|end-|year-end-|late-|early-)\Z",  # "as of end-2024": the year's end is in the year
    re.IGNORECASE,
)
# A season or crop year named by its two years: "in the 2024/25 season", "marketing year 2023/24",
# "in der laufenden Saison 2023/24", "im Wirtschaftsjahr 2024/25": the two years it spans (a
# split year without such a word is left to a country's fiscal year, `describe._in_fiscal_year`).
_SEASON_WORD_EN = r"(?:(?:crop|marketing|agricultural|harvest|farming|grain|sugar|cotton)[^\S\n]+(?:year|season)|season)"
_SEASON_WORD_DE = r"(?:Saison|(?:Ernte|Wirtschafts|Vermarktungs|Agrar|Getreide|Anbau)(?:jahr(?:es|s)?|saison))"
_SEASON = _Regex(
    rf"(?:\b(?:{_SEASON_WORD_EN}|{_SEASON_WORD_DE})[^\S\n]+)?"
    r"(?P<y1>(?:19|20)\d\d)[/–-](?P<y2>(?:19|20)?\d\d)(?![\w/–.,-]?\d)"
    rf"(?:[^\S\n]+(?:{_SEASON_WORD_EN}\b|{_SEASON_WORD_DE}\b))?"
)
_SEASON_WORDS = ("year", "season", "Saison", "jahr", "saison")
# "first five months of 2025", "the first half of this year", "Q1 2025", "first three quarters";
# "in der ersten Hälfte des laufenden Jahres" (the current year)
_FRACTION_EN = _starting("FfSsTt",
    rf"(?P<ord>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth)\s+(?:(?P<n>{_COUNT})\s+)?(?P<unit>months?|quarters?|half(?=[- ]?year\b)|half)(?:[- ]?year)?\b"
    r"(?:\s+(?:of\s+)?(?:(?P<ref>(?:this|last|next|the(?:\s+current)?)\s+year)\b|(?P<y>(?:19|20)\d{2})\b))?"
    # "the first four months of the current fiscal year": a country's fiscal year opens in a month
    # the text does not name (July in Pakistan, April in India), so no calendar months are read
    # (also past its months in brackets: "the first quarter (July-September) of the current financial year")
    r"(?!(?:\s*\([^()\n]{1,40}\))?\s+(?:of\s+)?(?:the\s+)?(?:(?:current|this|last|next|previous|same)\s+)?"
    r"(?:[Ff]iscal\b|[Ff]inancial\b|FY))"
)
# "Q1 2025", "H1 2024", "3Q 2024", "1H 2024", "4M 2024" (the first four months, as Interfax writes it)
_QUARTER = _Regex(r"(?<![$€£¥])(?P<q>[QH][1-4]|[1-4][QH]|(?:1[0-2]|[1-9])M)\s+(?P<qy>(?:19|20)\d{2})\b")
# "the first four months of the current fiscal year", "im ersten Quartal des laufenden
# Geschäftsjahres": a part of a fiscal year, whose months depend on where the year opens
FISCAL_PART = _Regex(
    rf"\b(?P<ord>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ee]rste[nms]?|[Zz]weite[nms]?|[Dd]ritte[nms]?|[Vv]ierte[nms]?)"
    rf"\s+(?:(?P<n>{_COUNT})\s+)?(?P<unit>months?|quarters?|half|Monat(?:e|en)?|Quartal(?:e|en|s)?|Halbjahr(?:es|s)?|Hälfte)"
    r"(?:\s*\([^()\n]{1,40}\))?\s+(?:(?:of|des)\s+)?(?:the\s+)?(?:(?P<rel>current|this|last|previous|laufenden|aktuellen|vergangenen|letzten|"
    r"vorigen)\s+)?(?:[Ff]iscal|[Ff]inancial\s+[Yy]ear|FY\b|(?:Geschäfts|Haushalts|Wirtschafts|Fiskal|Finanz|Steuer)jahr)"
)
_FRACTION_DE = _starting("EeZzDdVv1-4",
    # "3. Quartal 2024": the ordinal in digits, as tables and brackets write it
    # ("ein starkes drittes Quartal hinter sich gebracht": the neuter's "-es" too)
    rf"(?P<ord>[Ee]rste[ns]?|[Zz]weite[ns]?|[Dd]ritte[ns]?|[Vv]ierte[ns]?|(?<![\d.,])[1-4]\.(?=\s+(?:Quartal|Halbjahr)))"
    rf"\s+(?:(?P<n>{_COUNT})\s+)?"
    r"(?P<unit>Monat(?:e|en)?|Quartal(?:e|en|s)?|Halbjahr(?:es|s)?|Jahreshälfte|Hälfte)\b"
    r"(?:\s+(?P<ref>(?:des|dieses|diesen|des\s+laufenden)\s+Jahres|des\s+(?:vergangenen|letzten|vorigen)\s+Jahres|des\s+Vorjahres)\b)?"
    rf"(?:\s+(?:des\s+Jahres\s+)?(?P<y>{_YEAR})\b)?"
    r"(?!\s+des\s+(?:(?:laufenden|aktuellen|vergangenen|letzten)\s+)?(?:Geschäfts|Haushalts|Wirtschafts|Fiskal|Finanz|Steuer)jahr)"
)
# "in den sieben Monaten", "in the eleven months of 2024": the months a report has named, the
# first of the year as "the first seven months" (not "in the two months since …", "… ended May 31")
_DEFINITE_MONTHS = _starting("IiOoDdFf",
    # ("in den drei Monaten" alone is the quarter just named, as "during the three months")
    rf"(?:(?:[Ii]n\s+den|[Ii]n\s+the)\s+(?!(?:drei|three|3)\s+(?:Monaten|months)\b(?!\s+(?:of|des\s+Jahres)\s))"
    rf"(?P<n>{_COUNT})\s+(?P<unit>Monaten|months)\b"
    rf"(?:\s+(?:of|des\s+Jahres)\s+(?P<y>{_YEAR})\b|\s+of\s+this\s+year\b)?"
    # "Over ten months of this year", "during the ten months of 2024", "For 6 months of this year",
    # "in 9 Monaten dieses Jahres": the first months too, with their year said ("During the three
    # months" alone is the quarter just named)
    rf"|(?:[Oo]ver|[Dd]uring|[Ff]or|[Ii]n)(?:\s+the)?\s+(?P<n2>{_COUNT})\s+(?:months\s+of|Monaten)\s+"
    rf"(?:(?:des\s+Jahres\s+)?(?P<y2>{_YEAR})\b|this\s+year\b|dieses\s+Jahres\b))"
    r"(?!\s+(?:since|after|before|ago|to|ended|ending|through|till|until|prior|leading|following|"
    r"seit|nach|vor|bis|zum|zuvor|davor|danach))"
)
# "this year", "last year", "im vergangenen Jahr", "in diesem Jahr"
_YEAR_REF = _starting("TtLlNnIiDdVv",
    r"(?P<w>[Tt]his|[Ll]ast|[Nn]ext)\s+year\b(?!['’]s|-)"
    # "die diesjährige Produktion", "die letztjährige Ernte": the year as an adjective
    r"|(?P<adj>[Dd]iesjährig|[Ll]etztjährig|[Vv]orjährig)(?:e[nrsm]?)?\b"
    r"|(?P<de>[Ii]m\s+(?:vergangenen|letzten|vorigen|kommenden|nächsten)|[Ii]n\s+diesem|[Dd]ieses|[Ll]etztes"
    r"|[Nn]ächstes)"
    r"\s+Jahr\b"
    r"|(?P<prev>[Ii]m\s+Vorjahr|[Tt]he\s+(?:previous|prior|preceding)\s+year)\b"  # "Im Vorjahr hat der
    # Handelsumsatz … erreicht", "The previous year, the bilateral trade … was": the year before
)
_SAME_PERIOD = _Regex(
    r"(?:(?:same|corresponding|similar|comparable)\s+period(?:\s+of)?|than|from|compared\s+(?:with|to))\s*\Z", re.IGNORECASE
)
# "Thursday", "last Thursday", "Sunday and Monday", "Donnerstag", "vergangenen Freitag"
_DAYTIME = r"(?:morgen|vormittag|mittag|nachmittag|abend|nacht)?\b"
_WEEKDAY_REF = _Regex(
    rf"(?P<w1>{_WEEKDAY}){_DAYTIME}"
    rf"(?:\s*(?P<sep>\band\b|\bund\b|\bto\b|\bthrough\b|\buntil\b|\bbis(?:\s+zum)?\b|-|–)\s*"
    rf"(?P<w2>{_WEEKDAY}){_DAYTIME})?"
)
_WEEKDAY_MOD_BEFORE = _Regex(
    r"\b(?P<mod>last|next|this|coming|past|vergangenen|letzten|kommenden|nächsten|diesen)\s+\Z", re.IGNORECASE
)
_NOT_A_DAY_BEFORE = _Regex(r"\b(?:Black|Cyber|Good|Easter|Holy|Super|Ash)\s+\Z")
_DAY_REF = _starting("TtYyVvGgÜüm",
    r"(?P<w>[Tt]he\s+day\s+before\s+yesterday|[Yy]esterday|[Vv]orgestern|[Gg]estern|[Üü]bermorgen)\b"
    r"|(?P<tom>[Tt]omorrow|morgen)\b(?!['’]s)"
)
_NOT_TOMORROW_BEFORE = _Regex(r"\b(?:von|of|heute|gestern|the)\s+\Z", re.IGNORECASE)
_DAY_OFFSETS = {**_en.DAY_OFFSETS, **_de.DAY_OFFSETS}

# Tense cues, nearest to the date wins. Future first so "is to be held" beats "held".
_FUTURE_EN, _PAST_EN = _en.FUTURE_CUES, _en.PAST_CUES
_FUTURE_DE, _PAST_DE = _de.FUTURE_CUES, _de.PAST_CUES

def _cue_pattern(future: str, past: str) -> _Regex:
    # Matched against the lower-cased sentence, without a leading \b: both let the engine skip
    # ahead (IGNORECASE would make it try every alternative at every position).
    return _Regex(rf"(?:(?P<future>{future})|(?P<past>{past}))\b")


_CUES = {
    "en": _cue_pattern(_FUTURE_EN, _PAST_EN),
    "de": _cue_pattern(_FUTURE_DE, _PAST_DE),
    None: _cue_pattern(f"{_FUTURE_EN}|{_FUTURE_DE}", f"{_PAST_EN}|{_PAST_DE}"),
}
_CLAUSE_BREAK = _Regex(r"[,;:–—()]")
_SENTENCE_END = _starting(r".!?\n", r"(?<!\b\d)(?<!\b\d\d)[.!?](?=\s+[A-Z„\"“]|\s*$)|\n")

# "last week", "vergangene Woche", "im vergangenen Monat": found at the unit, the modifier read backwards
# ("im vergangenen Quartal": the quarter before the one of publication; not "im letzten Quartal des Jahres")
_PERIOD_UNIT = _Regex(r"\b(?:[Ww]eek|[Ww]oche|[Mm]onth|[Mm]onats?|Quartal(?!\s+(?:des|eines)\s)|Vierteljahr)\b")
_PERIOD_MOD_BEFORE = _Regex(r"\b(?P<mod>[A-Za-zäöüÄÖÜ]+)\s+\Z")
