"""Plain-text bar charts for the terminal: figures side by side, topic coverage per article.

Pure functions from records to a string: no colour, no terminal calls. Bars are Unicode block
characters (with eighth-block ends) when `unicode` is true, else '#'. Only figures of one unit are
compared on one scale: a chart of mixed figures is drawn as one section per unit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ..records import Figure
from ..facts import format_value

if TYPE_CHECKING:
    from ..corpus import Corpus

_EIGHTHS = " ▏▎▍▌▋▊▉"
_FULL = "█"
_QUALIFIER_WORDS = {"exact": "", "more_than": "more than ", "at_least": "at least ", "nearly": "nearly ",
                    "about": "about ", "up_to": "up to ", "less_than": "less than "}
_UNIT_TITLES = {"percent": "percent", "percentage_point": "percentage points", "basis_point": "basis points",
                "count": "counts"}
MIN_BAR = 10


def bar(value: float, maximum: float, width: int, unicode: bool) -> str:
    """A bar `value/maximum` of `width` cells; a value above zero always shows at least a sliver."""
    if maximum <= 0 or value <= 0 or width <= 0:
        return ""
    cells = value / maximum * width
    if not unicode:
        return "#" * max(1, round(cells))
    whole = int(cells)
    eighths = int(round((cells - whole) * 8))
    if eighths == 8:
        whole, eighths = whole + 1, 0
    text = _FULL * whole + (_EIGHTHS[eighths] if eighths else "")
    return text or _EIGHTHS[1]


def _fit(text: str, width: int, unicode: bool) -> str:
    text = " ".join(text.split())
    if len(text) <= width:
        return text.ljust(width)
    ellipsis = "…" if unicode else "..."
    return text[: max(width - len(ellipsis), 0)] + ellipsis


def _figure_label(figure: Figure) -> str:
    return f"{figure.article} {figure.counted or figure.text}"


def _figure_value(figure: Figure) -> str:
    return _QUALIFIER_WORDS.get(figure.qualifier, "") + format_value(figure.value, figure.unit)


def figure_chart(figures: Sequence[Figure], width: int, unicode: bool) -> str:
    """Labelled bars of figures, largest first; one section (one scale) per unit."""
    if not figures:
        return "(no figures)\n"
    by_unit: dict[str, list[Figure]] = {}
    for figure in figures:
        by_unit.setdefault(figure.unit, []).append(figure)
    sections = []
    for unit, group in by_unit.items():
        group = sorted(group, key=lambda f: (-float(f.value), f.id))
        values = [_figure_value(f) for f in group]
        value_width = max(len(v) for v in values)
        label_width = min(max(len(_figure_label(f)) for f in group), max(width // 3, 12))
        bar_width = max(width - label_width - value_width - 4, MIN_BAR)
        maximum = max(float(f.value) for f in group)
        lines = [_UNIT_TITLES.get(unit, unit)]
        for figure, value in zip(group, values):
            drawn = bar(float(figure.value), maximum, bar_width, unicode)
            lines.append(f"  {_fit(_figure_label(figure), label_width, unicode)} {drawn.ljust(bar_width)} "
                         f"{value.rjust(value_width)}".rstrip())
        sections.append("\n".join(lines))
    return "\n\n".join(sections) + "\n"


def topic_coverage(corpus: "Corpus") -> dict[str, dict[str, int]]:
    """For each topic, per article, how many of the article's records (figures and initiatives it
    names) carry the topic. Topics in taxonomy order; articles in corpus order, zeros left out."""
    counts: dict[tuple[str, str], int] = {}
    for figure in corpus.figures:
        for topic in figure.topics:
            counts[topic, figure.article] = counts.get((topic, figure.article), 0) + 1
    for initiative in corpus.initiatives:
        for article_id in initiative.articles:
            for topic in initiative.topics:
                counts[topic, article_id] = counts.get((topic, article_id), 0) + 1
    topics = corpus.registries.topic_ids()
    topics += sorted({t for t, _ in counts} - set(topics))
    return {topic: {a.id: counts[topic, a.id] for a in corpus.articles if (topic, a.id) in counts}
            for topic in topics}


def topic_chart(corpus: "Corpus", width: int, unicode: bool) -> str:
    """One bar per topic and article: how many records of the article carry the topic, on one
    scale for the whole chart, so articles and topics compare."""
    coverage = topic_coverage(corpus)
    if not coverage:
        return "(no topics)\n"
    maximum = max((n for row in coverage.values() for n in row.values()), default=0)
    topic_width = min(max(len(t) for t in coverage), 16)
    id_width = max((len(a.id) for a in corpus.articles), default=3)
    count_width = len(str(maximum)) if maximum else 1
    bar_width = max(width - topic_width - id_width - count_width - 5, MIN_BAR)
    none = "—" if unicode else "-"
    lines = []
    for topic, row in coverage.items():
        name = _fit(topic, topic_width, unicode)
        if not row:
            lines.append(f"{name} {' ' * id_width} {none}".rstrip())
            continue
        for n, (article_id, count) in enumerate(row.items()):
            head = name if n == 0 else " " * topic_width
            drawn = bar(count, maximum, bar_width, unicode)
            lines.append(f"{head} {article_id.ljust(id_width)} {drawn.ljust(bar_width)} {str(count).rjust(count_width)}")
    legend = "Figures and initiatives per topic and article"
    return legend + "\n" + "\n".join(lines) + "\n"
