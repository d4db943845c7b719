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
    """(statistic key, value key) of a figure as text. The statistic key None never joins."""
    from ..facts import statistic_key, value_key

    key = statistic_key(figure, registries)
    return (None if key is None else _SEPARATOR.join(key),
            _SEPARATOR.join(value_key(figure, registries)))


def group_keys(figures: Iterable[tuple[str | None, str, bool, str]]) -> dict[str, tuple[int, str]]:
    """Which group each figure's key joins, and the groups' order, from (stat_key, value_key,
    has_metric, figure id) in corpus order: {raw key: (group position, group key)}.

    As `facts.build_facts` joins them: a figure without a metric whose value, unit and noun a
    metric's figure states joins that metric's statistic (the first such, in corpus order)."""
    first_seen: dict[str, bool] = {}  # raw key -> whether its figures have a metric
    by_value: dict[str, str] = {}
    metric_values: dict[str, list[str]] = {}
    for stat_key, value_key, has_metric, figure_id in figures:
        key = stat_key if stat_key is not None else "\x00" + figure_id
        first_seen.setdefault(key, has_metric)
        if has_metric:
            metric_values.setdefault(key, []).append(value_key)
    for key, values in metric_values.items():
        for value in values:
            by_value.setdefault(value, key)
    groups: dict[str, tuple[int, str]] = {}
    order: dict[str, int] = {}
    for key, has_metric in first_seen.items():
        target = key if has_metric else by_value.get(key, key)
        if target == key:
            order.setdefault(key, len(order))
    for key in first_seen:
        target = key if first_seen[key] else by_value.get(key, key)
        groups[key] = (order[target], target)
    return groups


def facts_from_groups(groups: Iterator[list[Figure]], registries: Registries) -> Iterator[Fact]:
    """One fact per group of figures stating the same statistic."""
    from ..facts import _fact as fact_from_group

    for members in groups:
        yield fact_from_group(members, registries)
