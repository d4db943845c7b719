"""Facts: figures that state the same statistic, joined across articles and languages.

Two figures state the same statistic when they share a curated metric (and period), or, where
no metric is known, the same value, unit and counted noun — the noun compared through the
lexicon's terms, so "Fachkräfte" and "professionals" meet across languages.
"""

from __future__ import annotations

from typing import Iterable

from .records import Fact, Figure
from .load.registry import Registries
from .contract import FactStatus


def value_key(figure: Figure, registries: Registries) -> tuple[str, ...]:
    """Value, unit and counted noun (through the lexicon's terms, so across languages)."""
    counted = registries.term_of(figure.counted) or (figure.counted or "").strip().lower()
    return ("value", _fmt(figure.value), figure.unit, counted)


def statistic_key(figure: Figure, registries: Registries) -> tuple[str, ...]:
    """What a figure states, as a key: equal keys are the same statistic (maybe other values)."""
    if figure.metric:
        return ("metric", figure.metric, figure.period or "")
    return value_key(figure, registries)


def same_statistic(a: Figure, b: Figure, registries: Registries) -> bool:
    if a.metric and b.metric:
        return statistic_key(a, registries) == statistic_key(b, registries)
    # At most one has a metric: compare value, unit and counted noun.
    return value_key(a, registries) == value_key(b, registries)


def conflicting(a: Figure, b: Figure) -> bool:
    """Same metric and period, different values."""
    return bool(a.metric) and a.metric == b.metric and (a.period or "") == (b.period or "") and (
        a.value != b.value or a.unit != b.unit
    )


def build_facts(figures: Iterable[Figure], registries: Registries) -> list[Fact]:
    """Each statistic once: figures clustered by `statistic_key`, in corpus order."""
    clusters: dict[tuple[str, ...], list[Figure]] = {}
    for figure in figures:
        clusters.setdefault(statistic_key(figure, registries), []).append(figure)
    # A figure with no metric joins a metric cluster that states the same value, unit and noun.
    by_value: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key, members in clusters.items():
        if key[0] == "metric":
            for f in members:
                by_value.setdefault(value_key(f, registries), key)
    for key in [k for k in clusters if k[0] == "value" and k in by_value]:
        clusters[by_value[key]].extend(clusters.pop(key))
    return [_fact(members, registries) for members in clusters.values()]


def _fact(members: list[Figure], registries: Registries) -> Fact:
    members = sorted(members, key=lambda f: (f.article, f.start))
    values = []
    for f in members:
        if f.value not in values:
            values.append(f.value)
    units = {f.unit for f in members}
    if len(members) == 1:
        status = FactStatus.SINGLE
    elif len(values) == 1 and len(units) == 1:
        status = FactStatus.CONSISTENT
    else:
        status = FactStatus.CONFLICT
    head = next((f for f in members if f.language == "en"), members[0])
    qualifiers = {f.qualifier for f in members}
    topics: list[str] = []
    for f in members:
        topics.extend(t for t in f.topics if t not in topics)
    metric = registries.metric(head.metric)
    return Fact(
        id=_fact_id(head),
        statement=statement(head, metric.labels.get("en") if metric else None, values),
        value=values[0] if len(values) == 1 else values,
        unit=head.unit,
        qualifier=head.qualifier if len(qualifiers) == 1 else "/".join(sorted(qualifiers)),
        measure=head.measure, period=head.period, subject=head.subject,
        basis="metric" if head.metric else ("measure" if head.measure else "value"),
        topics=tuple(t for t in registries.topic_ids() if t in topics) or tuple(topics),
        articles=tuple(sorted({f.article for f in members})),
        figures=tuple(f.id for f in members),
        evidence=tuple(f.evidence for f in members),
        status=status.value,
    )


def _fact_id(head: Figure) -> str:
    if head.metric:
        return head.metric + (f"@{head.period}" if head.period else "")
    return "fact-" + head.id


_QUALIFIER_WORDS = {
    "exact": "", "more_than": "more than ", "at_least": "at least ", "nearly": "nearly ",
    "about": "about ", "up_to": "up to ", "less_than": "less than ",
}
_UNIT_WORDS = {"percent": "%", "percentage_point": " percentage points"}


def format_value(value: float | int, unit: str) -> str:
    number = _fmt(value) if not isinstance(value, int) else f"{value:,}"
    if unit in _UNIT_WORDS:
        return number + _UNIT_WORDS[unit]
    if unit == "count":
        return number
    return f"{number} {unit}"


def statement(head: Figure, metric_label: str | None, values: list[float | int]) -> str:
    """A one-line English statement of the fact: `more than 830 digital technology professionals`."""
    amount = " / ".join(_QUALIFIER_WORDS.get(head.qualifier, "") + format_value(v, head.unit) for v in values)
    if metric_label:
        return f"{metric_label}: {amount}"
    if head.counted:
        return f"{amount} {head.counted}" if head.unit == "count" else f"{head.counted}: {amount}"
    return amount


def _fmt(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:g}" if isinstance(value, float) else str(value)
