"""The figure extractor's fast paths find what the plain scans they replace find: two tokens read
by one match, a single word's unit remembered, memoised change directions. Table-driven in both
languages (including words that name nothing), plus random texts built from unit and change words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sco_digital.extract.lang import vocabulary
from sco_digital.extract.number_attach import lookup_unit, scan_unit, single_unit, tokens_after
from sco_digital.extract.number_change import _word_direction, word_direction
from sco_digital.extract.number_units import unit_lexicon


def _tokens_one_by_one(text: str, pos: int, count: int) -> list[tuple[str, str, int, int]]:
    """The plain scan: NEXT_TOKEN matched once per token (as `tokens_after` does for any count
    but two), the first ``count`` kept."""
    return tokens_after(text, pos, count + 1)[:count]


# (language, text after a number, unit expected from the first word or None)
ROWS = [
    ("en", " percent of firms", "percent"),
    ("en", " bbl. a day", "bbl"),
    ("en", " USD/bbl in May", "USD/bbl"),
    ("en", " km", "km"),
    ("en", " people came", None),
    ("en", "\nTons", None),
    ("de", " Prozent mehr", "percent"),
    ("de", " Kilowattstunden pro Jahr", "kWh"),
    ("de", "-Fuß-Container", "ft"),
    ("de", " Menschen kamen", None),
    ("de", "", None),
]


@pytest.mark.parametrize("lang,after,unit", ROWS)
def test_table_fast_and_plain_agree(lang: str, after: str, unit: str | None) -> None:
    text = "Es waren 12" + after
    pos = len("Es waren 12")
    tokens = tokens_after(text, pos, 2)
    assert tokens == _tokens_one_by_one(text, pos, 2)
    lex = unit_lexicon(lang)
    found = lookup_unit(lex, list(tokens), 0, text) if tokens else None
    assert (found[0].unit if found else None) == unit
    if tokens and tokens[0][1].lower() not in lex.multiword_starts:
        assert found == scan_unit(lex, list(tokens), 0, 1)


WORDS = [
    "percent", "per", "cent", "bbl.", "bbl", "USD/bbl", "t/d", "km", "km/h", "Prozent", "Kilowattstunden",
    "Dollar", "dollars", "U.S.", "tons", "Tonnen", "a", "day", "pro", "Tag", "rose", "gestiegen", "fell",
    "Rückgang", "Nettozuwachs", "gesunkenen", "increase", "people", "Menschen", "-", " ", "  ", "\n", ",",
    "%", "€", "$", "x", "Mio.", "million", "Milliarden", "of", "oil", "Öl",
]
texts = st.lists(st.sampled_from(WORDS), max_size=8).map(lambda ws: "".join(w if w in ("-", " ", "  ", "\n", ",") else " " + w for w in ws))


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(["en", "de", None]))
def test_two_token_match_is_two_single_matches(after: str, lang: str | None) -> None:
    text = "rund 12" + after
    assert tokens_after(text, 7, 2) == _tokens_one_by_one(text, 7, 2)


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(["en", "de", None]))
def test_remembered_single_unit_is_the_scan(after: str, lang: str | None) -> None:
    text = "rund 12" + after
    lex = unit_lexicon(lang)
    tokens = _tokens_one_by_one(text, 7, 4)
    for i, (_, word, start, _) in enumerate(tokens):
        if word.lower() in lex.multiword_starts:
            continue
        single = single_unit(lex, word)
        assert (None if single is None else (single[0], 1, start + single[1])) == scan_unit(lex, tokens, i, 1)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(WORDS + ["Verdopplung", "Steigerung", "Exportrückgang", "gestiegene"]), st.sampled_from(["en", "de", None]))
def test_remembered_direction_is_the_rule(word: str, lang: str | None) -> None:
    vocab = vocabulary(lang)
    if word.strip():
        assert word_direction(word, vocab) == _word_direction(word, vocab)
        assert word_direction(word, vocab) == _word_direction(word, vocab)  # asked again: from the memo


# --- gates: a cheap character test before a pattern, where the pattern could not match anyway ---

from sco_digital.extract.number_attach import NO_TOKEN  # noqa: E402
from sco_digital.extract.number_patterns import NEXT_TOKEN, SPACES, patterns  # noqa: E402

GATE_WORDS = ["more than", "mehr als", "or more", "und mehr", "wurde überschritten", "has been exceeded",
              "rund", "about", "nearly", "fast", "(", ",", ".", "\n", "–", "-", " ", "\u00a0", "x", "5"]
gate_texts = st.lists(st.sampled_from(GATE_WORDS) | st.text(max_size=3), max_size=6).map("".join)


@settings(max_examples=400, deadline=None)
@given(gate_texts, gate_texts, st.sampled_from(["en", "de", None]))
def test_gated_patterns_never_match_where_the_gate_stops(before: str, after: str, lang: str | None) -> None:
    """Where `read_qualifier`, `set_qualifier` and `read_after` skip their patterns, the patterns
    themselves find nothing: the gates change no result."""
    p = patterns(lang)
    if not before or before[-1] not in SPACES:
        assert p.qualifier_before.match(before[::-1][:32]) is None
    if not after or after[0] not in SPACES:
        assert p.qualifier_after.match(after) is None and p.qualifier_passive.match(after) is None
    if not after or after[0] in NO_TOKEN:
        assert NEXT_TOKEN.match(after) is None


@pytest.mark.parametrize("lang,text,qualifier", [
    ("en", "more than 5 firms", "more_than"),
    ("en", "(5 firms", "exact"),
    ("en", "5 or more firms", "at_least"),
    ("de", "mehr als 5 Firmen", "more_than"),
    ("de", "rund 5", "about"),
    ("de", "rund\u00a05 Prozent", "about"),
    ("en", "10 percent or more", "at_least"),
    ("de", "5, sagte er", "exact"),
])
def test_qualifiers_through_the_gates(lang: str, text: str, qualifier: str) -> None:
    from sco_digital.extract.numbers import extract_figures

    found = extract_figures(text, lang)
    assert [f.qualifier for f in found][:1] in ([qualifier], [])
    if qualifier != "exact":
        assert found and found[0].qualifier == qualifier
