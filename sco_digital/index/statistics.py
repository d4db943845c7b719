"""The adapter between `facts` and the index: a figure's statistic key as text, and facts made
group by group from figures that share a key.

`facts.statistic_key` says which figures state the same statistic; the index stores its key as
a `stat_key` column and groups by it in SQL, then asks `facts` to make the facts of each group
(only of the keys a change touched: `index.build`). Only
this module knows the shape of `facts`' functions, so a change there is a change here alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..records import Fact, Figure
from ..load.registry import Registries

_SEPARATOR = "\x1f"


def figure_keys(figure: Figure, registries: Registries) -> tuple[str | None, str]:
    """(statistic key, value key) of a figure as text. The statistic key None never joins; the
    value key is kept for look-ups by value and never joins figures."""
    from ..facts import statistic_key

    return statistic_key(figure), _SEPARATOR.join((format(figure.value, "g"), figure.unit))


def group_key(stat_key: str | None, figure_id: str) -> str:
    """The statistic a figure's row belongs to, as `fact_rows.key` and `stale_keys` name it: its
    statistic key, or for a figure without one (which joins nothing) NUL and its own id."""
    return stat_key if stat_key is not None else "\x00" + figure_id


# The same in SQL, over a `figure_rows` row.
GROUP_KEY_SQL = "coalesce(stat_key, char(0) || id)"


def facts_of_group(members: Sequence[Figure], registries: Registries) -> list[Fact]:
    """The facts of the figures sharing one statistic key, in corpus order (usually one)."""
    from ..facts import facts_from_group

    return facts_from_group(members, registries)
