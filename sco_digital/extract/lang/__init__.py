"""The words of each language the extractors read, one module per language, the same fields in each.

``vocabulary("en")`` and ``vocabulary("de")`` return a :class:`Vocabulary`; ``vocabulary(None)``
(language unknown) is both merged. A third language is one new module ``lang/xx.py`` defining
``VOCABULARY`` and one entry in :data:`LANGUAGES`; a test checks that every field is filled in
every language. Keys of word tables are lower case; phrases use single spaces.

Language-neutral data (ISO 4217 currencies generated from CLDR by ``scripts/gen_currencies.py``)
is read from the package with :func:`currencies`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import cache
from importlib import import_module, resources
from typing import Any

LANGUAGES = ("en", "de")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Every word list of one language. Field order: one group per extractor."""

    # numbers
    number_words: Mapping[str, int]  # "two": 2, "zwölf": 12 (compounds are built from these)
    scale_words: Mapping[str, int]  # "million": 10**6, "mrd": 10**9 (no trailing dot)
    vague_amounts: Mapping[str, int]  # "dozens": 12, "tens of thousands": 10_000 -> at_least
    vague_quantifiers: Mapping[str, int]  # "several": 3, "a couple of": 2 -> times the scale word, at_least
    qualifiers_before: Mapping[str, str]  # "more than": "more_than"
    qualifiers_after: Mapping[str, str]  # "or more": "at_least", "übersteigen": "more_than"
    auxiliaries: frozenset[str]  # "has been", "wurde": between a number and its qualifier verb
    qualifier_verbs_after: Mapping[str, str]  # after an auxiliary: "(has been) exceeded": "more_than"
    change_up: frozenset[str]  # "rose", "stieg", "plus": a stated rise
    change_down: frozenset[str]  # "fell", "sank", "rückgang": a stated fall
    additions: frozenset[str]  # "additions", "Zugänge": a rise only next to its number ("net additions of 24 million")
    change_gap_words: frozenset[str]  # skipped between a change word and its number: "rose by nearly"
    change_amount_before: frozenset[str]  # "by", "um": the number after is the change itself
    change_level_before: frozenset[str]  # "to", "auf": the number after is the level a move reached
    change_object_before: frozenset[str]  # "of", "von": "an increase of 5%" (the noun before decides)
    change_compared: frozenset[str]  # "from", "gegenüber": a level compared with another number
    change_reference_before: frozenset[str]  # "from", "than", "als": the number after is a reference
    change_compound_parts: frozenset[str]  # last parts of change compounds: "Nettozuwachs", "job-growth"
    split_verbs: frozenset[str]  # "nahm", "went": their direction is the particle after ("nahm … ab")
    verb_particles: Mapping[str, str]  # "ab": "down", "zu": "up"
    particle_idioms: frozenset[str]  # "made", "set": with them a particle is no move ("make up 30 percent")
    projection_words: frozenset[str]  # "projected", "erwartet": "projected growth of 2.7 percent" is a level
    level_with_before: frozenset[str]  # "mit": "ein Minus von 65 Prozent mit 26 000 TEU": the level the move left
    change_skip_after: frozenset[str]  # passed over when reading after a number: "year-on-year"
    comparatives: Mapping[str, str]  # after a number: "more": "up", "weniger": "down"
    measure_nouns_after: frozenset[str]  # "5 Prozent Wachstum", "2% growth": what a level measures, no move
    gapping_joiners: frozenset[str]  # "and", "und": "rose 5% and profit 7%" shares the verb
    appositive_joiners: frozenset[str]  # ", or", ", oder": "$940 million, or 10.5 percent" one move
    multipliers: Mapping[str, int]  # "tripled": 3, "sevenfold": 7, "verdreifacht": 3
    vague_multipliers: Mapping[str, int]  # "several times", "das Mehrfache": lower bound, at_least
    multiplier_units: frozenset[str]  # "times", "fold"; "fache": after a number -> unit "times"
    multiplier_after: frozenset[str]  # "times higher", "fünfmal so": what makes "times"/"-mal" a multiplier
    multiplier_verb_before: frozenset[str]  # "will double": before a bare "double" it is a multiplier
    multiplier_needs_verb: frozenset[str]  # "double", "triple": a multiplier only after such a verb
    per_time_words: Mapping[str, str]  # "day": "d", "tag": "d": "barrels per day" -> bbl/d
    per_time_adverbs: Mapping[str, str]  # "daily": "d", "täglich": "d": "$300 million daily" -> USD/d
    fractions: Mapping[str, int]  # denominators: "third": 3, "hälfte": 2 -> percent
    fraction_openers: frozenset[str]  # "by", "um", "zur": a fraction after them is a share
    percent_words: frozenset[str]  # "percent", "prozent"
    percentage_point_words: frozenset[str]  # "percentage points", "prozentpunkte"
    basis_point_words: frozenset[str]  # "basis points", "Basispunkte"
    currency_names: Mapping[str, str]  # hand-written additions to the CLDR names: "u.s. dollars"
    currency_subunits: Mapping[str, tuple[str, float]]  # "cents": ("USD", 0.01)
    converted_units: Mapping[str, tuple[str, float]]  # a unit no contract symbol names, in one that does: "mu": ("ha", 1/15)
    country_aliases: Mapping[str, str]  # short forms of CLDR country names: "u.s.": "United States"
    money_context: frozenset[str]  # words that make "pounds" money in an article: "invest", "budget"
    reference_agents: frozenset[str]  # "with", "mit": "von den USA mit 27 Billionen übertroffen" is exact
    size_determiners: frozenset[str]  # "a", "the", "its": "the 776-foot airship" measures; "40-foot containers" names a size
    halving_words: frozenset[str]  # "halved", "halbiert": a fall of 50 percent
    digit_words: Mapping[str, int]  # "double-digit": 10 -> percent, at_least ("single-digit" is none)
    physical_units: Mapping[str, str]  # "kilometers": "km", "kilowattstunden": "kWh"
    unit_per_words: frozenset[str]  # "per", "a", "pro": "barrels per day" -> bbl/d
    time_after_words: frozenset[str]  # "ago", "zuvor": "a year ago" is a time, not a rate
    months: frozenset[str]  # month names and abbreviations, as written
    time_nouns: frozenset[str]  # heads that make a number a period or an age, not a figure
    usage_time_units: frozenset[str]  # "minutes", "Stunden": "789 minutes per user" is an amount of use
    duration_before: frozenset[str]  # "for", "in", "für": "for 30 minutes" is a duration, never an amount
    stop_words: frozenset[str]  # words that end a counted noun phrase
    bare_accept: frozenset[str]  # before a bare number: it is a quantity ("reached 300")
    name_before: frozenset[str]  # before a number: a name or reference ("No. 12", "Artikel 5")
    referential_before: frozenset[str]  # before a number word: things already named ("the two")
    period_before: frozenset[str]  # before a number: a period or rank ("first five months")
    idiom_heads: frozenset[str]  # after a number word: an idiom ("Two Sessions", "vier Augen")
    rank_words: frozenset[str]  # after a number: a rank ("10 largest economies")
    range_openers: frozenset[str]  # "between", "zwischen": "between 2 and 3" is a range
    change_openers: frozenset[str]  # "from", "von": "from 43 to 70" is a change, not a range
    range_joiners: frozenset[str]  # "to", "and", "bis", "bzw.": numbers that share a unit
    level_joiners: frozenset[str]  # "to", "auf": after "from"/"von", two levels of a change
    range_to_joiners: frozenset[str]  # "to", "bis": the ends of a range unless a change
    list_joiners: frozenset[str]  # "and", "und": the last two members of a list ("15, 20 und 31,1 Gramm")
    range_and_joiners: frozenset[str]  # "and", "und": a range after "between"/"zwischen"
    share_joiners: frozenset[str]  # "of", "von": "12 of 20 economists" counts both
    plural_exceptions: frozenset[str]  # counted nouns the plural rule misses ("people", "Leute")
    sentence_starters: frozenset[str]  # capitalised words that begin sentences, not names
    clock_words: frozenset[str]  # "o'clock", "uhr"


def word_set(text: str) -> frozenset[str]:
    """Whitespace-separated words as a frozenset (for the language modules)."""
    return frozenset(text.split())


def phrase_table(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """{key: (phrase, …)} turned into {phrase: key}: "more than" -> "more_than"."""
    return {phrase: key for key, phrases in table.items() for phrase in phrases}


def _merge(a: Vocabulary, b: Vocabulary) -> Vocabulary:
    merged: dict[str, Any] = {}
    for f in fields(Vocabulary):
        x, y = getattr(a, f.name), getattr(b, f.name)
        merged[f.name] = x | y if isinstance(x, frozenset) else {**y, **x}
    return Vocabulary(**merged)


@cache
def vocabulary(lang: str | None) -> Vocabulary:
    """The vocabulary of ``lang`` ("en", "de"); any other value merges every language."""
    if lang in LANGUAGES:
        vocab: Vocabulary = import_module(f"{__name__}.{lang}").VOCABULARY
        return vocab
    merged = vocabulary(LANGUAGES[0])
    for other in LANGUAGES[1:]:
        merged = _merge(merged, vocabulary(other))
    return merged


@cache
def currencies() -> Mapping[str, Mapping[str, object]]:
    """ISO 4217 code -> {"names": {lang: [...]}, "symbols": [...], "minor_units": n}."""
    raw = resources.files(__name__).joinpath("currencies.json").read_text(encoding="utf-8")
    table: Mapping[str, Mapping[str, object]] = json.loads(raw)["currencies"]
    return table
