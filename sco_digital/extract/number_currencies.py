"""Currency names several countries share, resolved by the countries the article names.

"rupees" are PKR in a story about Pakistan, INR in one about India, LKR or NPR likewise;
"dollars" may be USD, CAD, AUD, HKD, SGD …; "Pfund" GBP or EGP; "crowns", "francs", "dinars",
"pesos" alike. Which codes share a name and which countries use each code come from the
generated ISO 4217 / CLDR table (``lang/currencies.json``), never from a hand-typed map; only
short forms of country names ("U.S.", "USA", "Britain") are vocabulary.

Rule: the nearest country named in the figure's own sentence that uses one of the name's
currencies; else the one the whole article (``context``) names most often (not in brackets after a
firm's name: "Potash Corp (Kanada)"); else the default the lexicon gives the bare name (INR, USD,
GBP). A name already made specific ("Pakistani rupees", "kanadische Dollar") or a symbol ("$") is
left as read.

"pounds" is money or a mass: "5 million pounds of beef" (a noun after "of") is ``lb``;
"hundreds of millions of pounds in new investments" is GBP when the scale is a million or more
or the article speaks of money (``money_context``: "invest", "budget", "£"); otherwise ``lb``.

Cost: one pass over the article's words, only when a figure needs it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from functools import cache

from .lang import currencies, vocabulary
from .number_candidate import Candidate
from .number_units import unit_lexicon

__all__ = ["cents_of_the_amount_before", "resolve_currencies"]

SENTENCE_WINDOW = 300  # characters searched each side of a figure for its sentence
POUND_WORDS = frozenset({"pound", "pounds", "pfund"})
MASS_POUND = "lb"
STERLING = "GBP"
WORD = re.compile(r"[^\W\d_][\w.&-]*|[£]")


@cache
def shared_names(lang: str | None) -> Mapping[str, frozenset[str]]:
    """Lower-case last words of currency names that several ISO codes share: "rupees" -> {INR, PKR, …}."""
    seen: dict[str, set[str]] = {}
    for code, entry in currencies().items():
        names = entry["names"]
        assert isinstance(names, dict)
        for key in ((lang,) if lang in names else tuple(names)):
            for name in names[key]:
                seen.setdefault(name.split()[-1].lower(), set()).add(code)
    # The lexicon's reading of a bare name is one of its currencies too: German "Som" is the
    # Kyrgyz som to CLDR and the Uzbek sum to the lexicon, and news writes it for both.
    for word, code in vocabulary(lang).currency_names.items():
        if " " not in word and word in seen:
            seen[word].add(code)
    return {head: frozenset(codes) for head, codes in seen.items() if len(codes) > 1}


def _stems(name: str) -> list[str]:
    """How a country's name begins its adjectives too: "Pakistan" (Pakistani), "Canad" (Canadian).
    German lower-case adjectives ("kanadisch") are left out: a pattern that may start at any
    lower-case letter scans three times slower, and German names the country as a noun."""
    out = [name]
    if len(name) > 4 and name[-1] in "aeo" and " " not in name:
        out.append(name[:-1])
    return out


@cache
def country_index(lang: str | None) -> tuple[re.Pattern[str], Mapping[str, frozenset[str]]]:
    """A pattern finding country names (and their adjectives) and, per name as matched, the codes."""
    codes_of: dict[str, set[str]] = {}
    for code, entry in currencies().items():
        countries = entry.get("countries", {})
        assert isinstance(countries, dict)
        for key in ((lang,) if lang in countries else tuple(countries)):
            for name in countries[key]:
                for stem in _stems(name):
                    codes_of.setdefault(stem, set()).add(code)
    for alias, name in vocabulary(lang).country_aliases.items():
        target = codes_of.get(name)
        if target is not None:
            for written in {alias.upper(), alias.capitalize(), alias[:1].upper() + alias[1:]}:
                codes_of.setdefault(written, set()).update(target)
    groups: dict[str, list[str]] = {}
    for name in sorted(codes_of, key=len, reverse=True):
        groups.setdefault(name[0], []).append(re.escape(name[1:]))
    # a class of first letters, then one alternation per letter: the engine skips prose at C speed
    branches = "|".join(f"(?<={re.escape(first)})(?:" + "|".join(rests) + ")" for first, rests in sorted(groups.items()))
    letters = "".join(re.escape(first) for first in sorted(groups))
    pattern = re.compile("[" + letters + r"](?<![\w.].)(?:" + branches + r")[\w’']*")
    return pattern, {k: frozenset(v) for k, v in codes_of.items()}


def _mentions(text: str, lang: str | None) -> list[tuple[int, frozenset[str]]]:
    pattern, codes_of = country_index(lang)
    out = []
    for m in pattern.finditer(text):
        written = m.group()
        for cut in range(len(written), 0, -1):  # the longest known name the match begins with
            codes = codes_of.get(written[:cut])
            if codes is not None:
                out.append((m.start(), codes))
                break
    return out


def _written_head(text: str, cand: Candidate, lang: str | None) -> tuple[str, int] | None:
    """The currency name as the figure's last word and where it starts, when that word alone is
    the unit: not when the words before it name a currency with it ("Pakistani rupees",
    "Hong Kong dollars", "kanadische Dollar")."""
    m = re.search(r"([^\W\d_]+)\W*\Z", text[cand.start : cand.end])
    if m is None:
        return None
    head_start = cand.start + m.start(1)
    head = m.group(1).lower()
    before = text[max(cand.start, head_start - 30) : head_start].split()
    lex = unit_lexicon(lang)
    for k in (1, 2):
        if len(before) >= k and lex.lookup(" ".join([*before[-k:], m.group(1)])) is not None:
            return None
    return head, head_start


def _resolve(codes: frozenset[str], at: int, text: str, mentions: list[tuple[int, frozenset[str]]],
             positions: list[int], article_counts: Mapping[str, int]) -> str | None:
    """The code of the nearest country named in the sentence around ``at``, else the article's
    most named one. ``positions`` are the mentions' offsets (sorted): only the sentence's are read."""
    lo, hi = max(0, at - SENTENCE_WINDOW), at + SENTENCE_WINDOW
    left = max((text.rfind(p, lo, at) for p in (". ", "\n")), default=-1)
    right_ends = [i for i in (text.find(p, at, hi) for p in (". ", "\n")) if i >= 0]
    first, last = (left + 1 if left >= 0 else lo), (min(right_ends) if right_ends else hi)
    near = [(abs(pos - at), found) for pos, found in mentions[bisect_left(positions, first) : bisect_left(positions, last)]
            if found & codes]
    if near:
        return sorted(min(near, key=lambda x: x[0])[1] & codes)[0]
    counts = {code: article_counts[code] for code in codes if code in article_counts}
    if counts:
        return max(sorted(counts), key=lambda c: counts[c])
    return None


def _count_codes(mentions: list[tuple[int, frozenset[str]]], text: str) -> dict[str, int]:
    """How often the article names each code's countries, leaving out a country in brackets after a
    name ("Potash Corp (Kanada)", "Alcoa (USA)"): whose firm it is, not the story's money."""
    counts: dict[str, int] = {}
    for at, found in mentions:
        if text[at - 1 : at] == "(" and _BRACKETED_ALONE.match(text, at):
            continue
        for code in found:
            counts[code] = counts.get(code, 0) + 1
    return counts


_BRACKETED_ALONE = re.compile(r"[^\W\d_][\w.'’ -]{0,30}\)")


def _money_context(text: str, lang: str | None) -> bool:
    words = vocabulary(lang).money_context
    return any(w.lower() in words for w in WORD.findall(text))


class _Countries:
    """The countries an article names, read once and only when a figure's currency asks (`settle`)."""

    def __init__(self, text: str, article: str, lang: str | None) -> None:
        self._text, self._article, self._lang = text, article, lang
        self._mentions: list[tuple[int, frozenset[str]]] | None = None
        self._positions: list[int] = []
        self._article_counts: dict[str, int] = {}

    def settle(self, codes: frozenset[str], at: int) -> str | None:
        """`_resolve` of `codes` for the currency written at `at`."""
        if self._mentions is None:
            self._mentions = _mentions(self._text, self._lang)
            self._positions = [pos for pos, _ in self._mentions]
            self._article_counts = _count_codes(self._mentions, self._text) if self._article is self._text \
                else _count_codes(_mentions(self._article, self._lang), self._article)
        return _resolve(codes, at, self._text, self._mentions, self._positions, self._article_counts)


def resolve_currencies(cands: list[Candidate], text: str, lang: str | None, context: str | None = None) -> None:
    """Settle shared currency names and money-or-mass "pounds" on ``cands`` in place."""
    lex = unit_lexicon(lang)
    names = shared_names(lang)
    article = context if context else text
    countries = _Countries(text, article, lang)
    money: bool | None = None
    for cand in cands:
        if cand.unit is None or (cand.bare and not cand.accepted):
            continue
        if cand.unit == lex.currency_before("Rs") and text.startswith("Rs", cand.start):
            # "Rs 4 billion": the rupee's symbol, as shared as its name ("rupees")
            rupees = next((codes for head, codes in names.items() if cand.unit in codes and head.startswith("rup")), None)
            if rupees is not None:
                cand.unit = countries.settle(rupees, cand.start) or cand.unit
            continue
        if not text[cand.end - 1].isalpha():
            continue  # "$5", "43%": no currency name written last
        last = text[max(cand.start, cand.end - 12) : cand.end].replace("\u00a0", " ").rsplit(" ", 1)[-1].lower()
        if last not in names and last not in POUND_WORDS:
            continue
        found = _written_head(text, cand, lang)
        if found is None:
            continue
        head, head_start = found
        if head in POUND_WORDS and cand.unit in (MASS_POUND, STERLING):
            of = re.match(r"[ \u00a0]+of[ \u00a0]+([a-z]+)", text[cand.end : cand.end + 40])
            if of is not None and of.group(1) not in vocabulary(lang).money_context:
                cand.unit = MASS_POUND  # "5 million pounds of beef"
                continue
            if money is None:
                money = _money_context(article, lang)
            cand.unit = STERLING if cand.scale >= 10**6 or cand.value >= 10**6 or money else MASS_POUND
        reading = lex.words.get(head)
        default = STERLING if head in POUND_WORDS else reading.unit if reading is not None and reading.kind == "currency" else None
        codes = names.get(head)
        if codes is None or default is None or cand.unit != default:
            continue
        code = countries.settle(codes | {default}, head_start)
        if code is not None:
            cand.unit = code


# Currencies whose hundredth is called a cent: "356 Millionen US-Dollar beziehungsweise 75 Cent pro
# Aktie" are US cents, "€1.2 billion, or 45 cents a share" euro cents.
_CENT_CURRENCIES = frozenset({"USD", "EUR", "CAD", "AUD", "NZD", "HKD", "SGD"})
_CENT_WORD = re.compile(r"(?i:cents?|eurocents?)\Z")
_CENT_REACH = 120  # characters from the amount before back to the cents, at most
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|\Z)|\n")


def cents_of_the_amount_before(cands: list[Candidate], text: str) -> None:
    """Cents take the currency of the money amount just before them in their sentence when its
    hundredth is a cent: the language's default cent (EUR in German, USD in English) otherwise."""
    previous: Candidate | None = None
    for cand in cands:
        if (previous is not None and cand.unit in _CENT_CURRENCIES and _CENT_WORD.search(text, cand.start, cand.end)
                and previous.unit in _CENT_CURRENCIES and previous.unit != cand.unit
                and 0 <= cand.start - previous.end <= _CENT_REACH
                and not _SENTENCE_BREAK.search(text, previous.end, cand.start)):
            cand.unit = previous.unit
        if cand.unit is not None and len(cand.unit) == 3 and cand.unit.isupper() and cand.accepted:
            previous = cand
