"""What follows or precedes a number: scale words, percent, currencies, sub-units, physical units.

:func:`unit_lexicon` merges the words of a language (``lang/en.py``, ``lang/de.py``), the
generated ISO 4217 table (``lang/currencies.json``) and the language-neutral symbols below into
one look-up, built on first use. Units are never converted: "3 Milliarden Kilowattstunden" is
3e9 kWh, a sub-unit is the only exception the contract makes ("45 cents" -> 0.45 USD).
"""

from __future__ import annotations

import re

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from ..contract import BASIS_POINT, PERCENT, PERCENTAGE_POINT, TIMES
from .lang import currencies, vocabulary

__all__ = ["UnitLexicon", "UnitReading", "unit_lexicon"]

# Physical symbols as written -> the contract's UCUM-style symbol. Case-sensitive.
PHYSICAL_SYMBOLS: Mapping[str, str] = {
    **{s: s for s in (
        "mm cm m km nm m2 km2 cm2 ha m3 km3 l ml hl bbl g kg t kt Mt Gt lb oz W kW MW GW TW Wh kWh MWh "
        "GWh TWh J kJ MJ GJ TJ PJ EJ kcal kB MB GB TB PB EB ZB Mbit/s Gbit/s Tbit/s kbit/s km/h mph m/s kn TEU "
        "bbl/d m3/d Hz kHz MHz GHz mAh kV mi ft yd"
    ).split()},
    "m²": "m2", "km²": "km2", "cm²": "cm2", "m³": "m3", "km³": "km3", "L": "l", "mL": "ml", "TEUs": "TEU",
    "lbs": "lb", "Mbps": "Mbit/s", "Gbps": "Gbit/s", "Tbps": "Tbit/s", "Kbps": "kbit/s", "kbps": "kbit/s", "kph": "km/h",
    "KB": "kB", "°C": "Cel", "℃": "Cel", "°F": "degF", "bpd": "bbl/d", "b/d": "bbl/d", "BpT": "bbl/d", "TWH": "TWh",
    "GWH": "GWh", "KWh": "kWh", "kwh": "kWh", "Kw": "kW", "Tonnen": "t", "sq.km": "km2", "sqm": "m2",
}
# Symbols too short to trust when glued to a number ("5G", "4K") or standing alone.
GLUED_ONLY_LONGER = 2
# Abbreviations whose final dot belongs to them ("3,5 Mio. Menschen").
DOTTED_ABBREVIATIONS = frozenset({"mio", "mrd", "mrds", "bio", "tsd", "proz", "mln", "bln", "bill", "trln"})
# Symbols naming several currencies and the one meant when nothing else says.
SYMBOL_DEFAULTS: Mapping[str, str] = {
    "$": "USD", "US$": "USD", "US-$": "USD", "U.S.$": "USD", "$US": "USD", "¥": "CNY", "￥": "CNY", "£": "GBP",
    "C$": "CAD", "Rs": "INR", "Rs.": "INR", "Rbs": "RUB", "Rb": "RUB", "Br": "BYN", "RM": "MYR", "Rp": "IDR", "S$": "SGD", "NZ$": "NZD",
    "元": "CNY",
}
# Upper-case words that are ISO codes but mostly something else in prose.
AMBIGUOUS_CODES = frozenset({"ALL", "TOP", "CUP", "MOP", "SOS", "BAM", "GEL", "CAD", "PEN", "BOB", "MAD", "WST"})
RMB = ("RMB", "Rmb")


@dataclass(frozen=True, slots=True)
class UnitReading:
    """A unit found in text: the contract's unit, a factor for sub-units, and its kind."""

    unit: str
    factor: float = 1.0
    kind: str = "unit"  # "unit" | "currency" | "times"


@dataclass(frozen=True, slots=True)
class UnitLexicon:
    """Look-ups for one language (or all): exact-case symbols and lower-case words."""

    scales: Mapping[str, int]
    symbols: Mapping[str, UnitReading]  # exact case: "GB", "USD", "€", "C$"
    words: Mapping[str, UnitReading]  # lower case, single spaces: "u.s. dollars", "kilowattstunden"
    prefix_symbols: Mapping[str, str]  # currency written before a number: "$", "US$", "HK$", "USD"
    longest_words: int
    multiword_starts: frozenset[str]  # lower-case first words of units written in several words

    def lookup(self, key: str) -> UnitReading | None:
        """The unit written as ``key`` (one or more words joined by single spaces or hyphens)."""
        found = self.symbols.get(key)
        if found is None and key not in _NAMES_NOT_UNITS:
            found = self.words.get(key.lower())
        return found

    def currency_before(self, written: str) -> str | None:
        """The currency of a symbol or code written before a number: "HK$" -> "HKD"."""
        return self.prefix_symbols.get(written)


# Words in capitals that name something else than the unit their lower case is: "59,193 PCT
# applications" (the Patent Cooperation Treaty's), not "5 pct"
_NAMES_NOT_UNITS = frozenset({"PCT"})


def _currency_heads() -> dict[str, str]:
    """Single-word currency names that name exactly one ISO code across CLDR ("tenge" -> KZT)."""
    seen: dict[str, set[str]] = {}
    for code, entry in currencies().items():
        names = entry["names"]
        assert isinstance(names, dict)
        for written in names.values():
            for name in written:
                head = name.split()[-1].lower()
                seen.setdefault(head, set()).add(code)
    return {head: next(iter(codes)) for head, codes in seen.items() if len(codes) == 1 and head not in _COMMON_HEADS}


# Heads of one currency's name that news writes far more often as common nouns: "the $13 billion mark"
# is a milestone, no Bosnian convertible mark (a plural after an amount stays one: "500 marks");
# "a $200 million gold mine" is no Zimbabwean gold.
_COMMON_HEADS = frozenset({"mark", "gold"})


_NATION_ADJECTIVE = re.compile(r"(?P<stem>[a-zäöüß]+isch)(?:e|er|en|es) ")


def _declined_adjective(name: str) -> list[str]:
    """A German currency name opened by a nation's adjective, in each declined form:
    "chinesischer yuan" → "chinesische yuan", "chinesischen yuan", "chinesisches yuan"."""
    m = _NATION_ADJECTIVE.match(name)
    if m is None:
        return []
    rest = name[m.end() :]
    return [f"{m['stem']}{ending} {rest}" for ending in ("e", "er", "en", "es")]


@cache
def unit_lexicon(lang: str | None) -> UnitLexicon:
    """The unit look-up of ``lang`` ("en", "de"; None: every language)."""
    vocab = vocabulary(lang)
    words: dict[str, UnitReading] = {}
    symbols: dict[str, UnitReading] = {}
    prefix: dict[str, str] = {}
    for head, code in _currency_heads().items():
        words[head] = UnitReading(code, kind="currency")
    for code, entry in currencies().items():
        names = entry["names"]
        assert isinstance(names, dict)
        for key in ((lang,) if lang in names else tuple(names)):
            for name in names[key]:
                words[name.lower()] = UnitReading(code, kind="currency")
                if key == "de":  # "Chinesischer Yuan" declined: "6,9018 chinesische Yuan"
                    for form in _declined_adjective(name.lower()):
                        words.setdefault(form, UnitReading(code, kind="currency"))
        if code not in AMBIGUOUS_CODES:
            symbols[code] = UnitReading(code, kind="currency")
            prefix[code] = code
        entry_symbols = entry["symbols"]
        assert isinstance(entry_symbols, list)
        for symbol in entry_symbols:
            owner = SYMBOL_DEFAULTS.get(symbol, code)
            clash = symbols.get(symbol)
            if clash is not None and clash.unit != owner:
                continue
            symbols[symbol] = UnitReading(owner, kind="currency")
            prefix[symbol] = owner
    for symbol, code in SYMBOL_DEFAULTS.items():
        symbols[symbol] = UnitReading(code, kind="currency")
        prefix[symbol] = code
    for written in RMB:
        symbols[written] = UnitReading("CNY", kind="currency")
        prefix[written] = "CNY"
    for name, code in vocab.currency_names.items():
        words[name] = UnitReading(code, kind="currency")
    for name, (code, factor) in vocab.currency_subunits.items():
        words[name] = UnitReading(code, factor, kind="currency")
    for written, symbol in PHYSICAL_SYMBOLS.items():
        symbols[written] = UnitReading(symbol)
    # "5,000 MT of rice": metric tonnes; "12 MMT": million metric tonnes (an article that defines
    # "million tonnes (MT)" writes MT for millions: `numbers.extract_figures` reads it so)
    symbols["MT"] = UnitReading("t")
    symbols["mt"] = UnitReading("t")  # "150 million mt" of crude steel: metric tonnes, as trade papers write them
    symbols["MMT"] = UnitReading("t", 1e6)
    # "5.21 LT", "17 LMT": lakh (metric) tonnes, as India's public-sector miners and smelters write output
    symbols["LT"] = UnitReading("t", 1e5)
    symbols["LMT"] = UnitReading("t", 1e5)
    # "152 mtpa", "35.5 MTPA": million tonnes per annum, as cement and steel makers write capacity
    for written, factor in (("mtpa", 1e6), ("MTPA", 1e6), ("Mtpa", 1e6), ("mmtpa", 1e6), ("MMTPA", 1e6),
                            ("ktpa", 1e3), ("KTPA", 1e3), ("tpa", 1.0), ("TPA", 1.0)):
        symbols[written] = UnitReading("t/yr", factor)
    # "13,9 Bcf/d", "13.9 Bcf/d": billions of cubic feet a day, as the EIA writes gas flows
    symbols["Bcf/d"] = UnitReading("ft3/d", 1e9)
    symbols["Bcf"] = UnitReading("ft3", 1e9)
    for name, symbol in vocab.physical_units.items():
        words[name] = UnitReading(symbol)
    for name, (symbol, factor) in vocab.converted_units.items():
        words[name] = UnitReading(symbol, factor)
    for name in vocab.percent_words:
        words[name] = UnitReading(PERCENT)
    for name in vocab.percentage_point_words:
        words[name] = UnitReading(PERCENTAGE_POINT)
    for name in vocab.basis_point_words:
        words[name] = UnitReading(BASIS_POINT)
    for name in vocab.multiplier_units:
        words[name] = UnitReading(TIMES, kind="times")
    symbols["%"] = UnitReading(PERCENT)
    symbols["vH"] = UnitReading(PERCENT)
    longest = max(len(k.replace("-", " ").split()) for k in words)
    starts = frozenset(
        re.split(r"[ \-‑]", k.lower())[0] for k in (*words, *symbols) if re.search(r"[ \-‑]", k)
    )
    return UnitLexicon(dict(vocab.scale_words), symbols, words, prefix, longest, starts)
