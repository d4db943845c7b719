"""The adapter between `facts` and the index: a figure's statistic key as text, and facts made
group by group from figures that share a key.

`facts.statistic_key` says which figures state the same statistic; the index stores its key as
a `stat_key` column and groups by it in SQL, then asks `facts` to make one fact per group. Only
this module knows the shape of `facts`' functions, so a change there is a change here alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..records import Fact, Figure
from ..load.registry import Registries

_SEPARATOR = "\x1f"


def figure_keys(figure: Figure, registries: Registries) -> tuple[str | None, str]:
    """(statistic key, value key) of a figure as text. The statistic key None never joins; the
    value key is kept for look-ups by value and never joins figures."""
    from ..facts import statistic_key

    return statistic_key(figure), _SEPARATOR.join((format(figure.value, "g"), figure.unit))


def group_keys(figures: Iterable[tuple[str | None, str, bool, str]]) -> dict[str, tuple[int, str]]:
    """Which group each figure's key joins, and the groups' order, from (stat_key, value_key,
    has_metric, figure id) in corpus order: {raw key: (group position, group key)}. Figures join
    on their statistic key alone; a figure without one is a group of its own."""
    groups: dict[str, tuple[int, str]] = {}
    for stat_key, _value_key, _has_metric, figure_id in figures:
        key = stat_key if stat_key is not None else "\x00" + figure_id
        if key not in groups:
            groups[key] = (len(groups), key)
    return groups


def facts_from_groups(groups: Iterator[list[Figure]], registries: Registries) -> Iterator[Fact]:
    """The facts of each group of figures sharing a statistic key (usually one a group)."""
    from ..facts import facts_from_group

    for members in groups:
        yield from facts_from_group(members, registries)
