"""Numbers written together: shared unit and scale, ranges and changes between two levels."""

from __future__ import annotations

from ..contract import AT_LEAST, COUNT, EXACT, PERCENT, PERCENTAGE_POINT, UP_TO
from .lang import vocabulary
from .number_candidate import Candidate
from .number_nouns import prev_word
from .number_patterns import SPACES

__all__ = ["join_neighbours"]

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


def join_neighbours(cands: list[Candidate], text: str, lang: str | None) -> None:
    """Numbers written together share unit and scale ("$20 to $25 billion", "3 Mrd. bzw. 250
    Mio. Dollar"); the ends of a range are linked ("between 2 and 3 million")."""
    vocab = vocabulary(lang)
    for a, b in zip(cands, cands[1:], strict=False):
        gap = text[a.end : b.qualifier_start]
        if gap.strip(SPACES) == "(" and b.change is None and b.unit == a.unit or gap.strip(SPACES) == "(" and b.unit and a.unit and len(a.unit) == 3 == len(b.unit):
            b.change = a.change  # "CNY286.4 billion (USD39.8 billion)"
        joiner = " ".join(gap.split()).lower()
        if joiner in vocab.share_joiners and _share_of(a, b):
            a.counted, a.bare, a.accepted = b.counted, False, True  # "12 of 20 economists": two counts
            continue
        if joiner not in vocab.range_joiners and not (b.qualifier == UP_TO and not joiner):
            continue
        if len(gap) > 20 or "\n" in gap:
            continue
        if a.bare and not b.bare:
            a.unit, a.counted, a.bare, a.accepted = b.unit, b.counted, False, True
            if b.factor != 1.0:
                a.factor = b.factor
                a.recompute()
        elif a.bare and b.bare:
            # "between 10 and 20": both; "aged 18 to 35" and a score "3-1": neither
            b.accepted = a.accepted = a.accepted and joiner not in ("-", "–", "—")
        elif a.unit is None and a.counted is None and b.unit is not None:
            a.unit = b.unit  # "3 Mrd. bzw. 250 Mio. Dollar"
        elif a.unit not in (None, COUNT, PERCENT, PERCENTAGE_POINT) and b.unit is None and b.counted is None:
            b.unit = a.unit  # "$2 to 3 billion"
        if a.unit == b.unit and not a.scaled_by_word and b.scale != 1 and abs(a.value) < abs(b.mantissa / 10**b.decimals):
            a.rescale(b.scale)  # "$20 to $25 billion", "2 bis 3 Millionen"
        prev, _, _ = prev_word(text, a.qualifier_start)
        opener = prev.lower() if prev else ""
        if opener in vocab.change_openers and joiner in vocab.level_joiners:
            a.change = b.change = None  # "from 43% to 70%", "von 188 auf 257 Tenge": two levels
            a.change_read = b.change_read = True
        if joiner in ("-", "–", "—"):
            is_range = not (a.bare or b.bare) or (a.accepted and b.accepted)
        elif joiner in vocab.range_to_joiners:
            # "from 43 to 70" is a change; "von 2 bis 3" a range ("von 188 auf 257" is the change)
            is_range = opener not in vocab.change_openers or joiner not in vocab.level_joiners
            if a.change is not None and not a.bare and not b.bare and opener not in vocab.range_openers:
                is_range = False  # "rose 7 cents to $1.20": the change, then the level it reached
        elif joiner in vocab.range_and_joiners:
            is_range = opener in vocab.range_openers
        else:
            is_range = False
        if is_range and a.unit == b.unit and a.value <= b.value:
            a.range_with, b.range_with = b, a
            if a.qualifier == EXACT:
                a.qualifier = AT_LEAST
            if b.qualifier == EXACT:
                b.qualifier = UP_TO
