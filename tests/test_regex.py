"""`LazyRegex`: compiled on first use, then the compiled pattern's own methods."""

from __future__ import annotations

import re

import pytest

from sco_digital.extract._regex import LazyRegex


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
