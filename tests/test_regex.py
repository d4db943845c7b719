"""`LazyRegex`: compiled on first use, then the compiled pattern's own methods; `starting`: the
same matches, found by skipping to a match's first characters."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sco_digital.extract._regex import LazyRegex, starting


@pytest.mark.parametrize("method, args, expected", [
    ("search", ("Exports rose 9,3 Prozent",), "9,3"),
    ("match", ("12 Millionen", 0, 2), "12"),
    ("match", ("Exporte", ), None),  # must yield nothing
    ("fullmatch", ("2025",), "2025"),
    ("findall", ("1, 22 und 333",), ["1", "22", "333"]),
    ("sub", ("#", "a1b22"), "a#b#"),
])
def test_lazy_regex_reads_like_the_compiled_pattern(method: str, args: tuple[object, ...], expected: object) -> None:
    lazy = LazyRegex(r"\d+(?:,\d+)?")
    found = getattr(lazy, method)(*args)
    assert (found.group() if isinstance(found, re.Match) else found) == expected
    compiled = re.compile(r"\d+(?:,\d+)?")
    again = getattr(compiled, method)(*args)
    assert (again.group() if isinstance(again, re.Match) else again) == expected


def test_lazy_regex_compiles_on_first_use_and_then_binds_the_compiled_methods() -> None:
    lazy = LazyRegex(r"(?i)prozent")
    assert lazy._compiled is None  # importing a module of patterns compiles nothing
    assert [m.span() for m in lazy.finditer("5 Prozent, 6 prozent")] == [(2, 9), (13, 20)]
    assert lazy._compiled is not None
    assert lazy.search == lazy.compiled.search  # later calls go straight to the pattern
    with pytest.raises(AttributeError):
        lazy.no_such_method  # noqa: B018 - only the reading methods are forwarded


# (first characters, pattern, flags): patterns that open with \b, a look-behind or an alternation
STARTING_CASES = [
    ("QH", r"\b(?P<part>[QH][1-4])(?:\s*(?P<year>(?:19|20)\d\d))?\b", 0),
    ("12", r"(?:\A|(?<=[.!?]\s)|(?<=\n))(?P<y>(?:19|20)\d\d)\s+(?=[a-zäöüß])", 0),
    ("t", r"\bthe\s+(?:\d{1,2}|five)\s+months\b", re.IGNORECASE),
    ("ftcavgis", r"(?:\bfrom|\bthan|\bgegenüber|\bals|\bseit\s+Ende)\s+(?:the\s+|dem\s+)?\Z", re.IGNORECASE),
]


@pytest.mark.parametrize("first, source, flags", STARTING_CASES)
@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet="QH1234 20251999theTHEfivemonthsMONTHSſıgegenüberALSals.\nxy", max_size=80))
def test_starting_finds_what_the_pattern_finds(first: str, source: str, flags: int, text: str) -> None:
    plain = re.compile(source, flags)
    fast = starting(first, source, flags)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for end in range(len(text) + 1):  # the look-back searches: a window ending at a number
        a, b = fast.search(text, max(0, end - 40), end), plain.search(text, max(0, end - 40), end)
        assert (a and a.span()) == (b and b.span())
