"""charts: labelled bars of figures and of topic coverage, Unicode or plain '#'."""

from __future__ import annotations

import re

import pytest

from sco_digital.render.charts import bar, figure_chart, topic_chart, topic_coverage

BLOCKS = "█▏▎▍▌▋▊▉"


@pytest.mark.parametrize("value, maximum, width, unicode, expected", [
    (10, 10, 8, True, "████████"),
    (5, 10, 8, True, "████"),
    (1, 16, 8, True, "▌"),
    (0.001, 10, 8, True, "▏"),       # above zero: always visible
    (0, 10, 8, True, ""),
    (5, 10, 8, False, "####"),
    (0.001, 10, 8, False, "#"),
])
def test_bar(value, maximum, width, unicode, expected):
    assert bar(value, maximum, width, unicode) == expected


def _bars(line: str) -> str:
    match = re.search(f"[{BLOCKS}#]+", line)
    return match.group() if match else ""


def test_percent_chart(corpus):
    percent = [f for f in corpus.figures if f.unit == "percent"]
    chart = figure_chart(percent, 80, True)
    lines = chart.rstrip("\n").split("\n")
    assert lines[0] == "percent" and len(lines) == len(percent) + 1
    assert all(len(line) <= 80 for line in lines)
    widths = [len(_bars(line)) for line in lines[1:]]
    assert widths == sorted(widths, reverse=True) and widths[0] > widths[-1] > 0
    assert "more than 70%" in chart and "9.3%" in chart and "nearly 40%" in chart
    for figure in percent:
        assert figure.article in chart


def test_plain_chart_uses_hashes_only(corpus):
    chart = figure_chart([f for f in corpus.figures if f.unit == "percent"], 72, False)
    assert not set(BLOCKS) & set(chart) and "#" in chart and "…" not in chart


def test_mixed_units_get_one_scale_each(corpus):
    chart = figure_chart(list(corpus.figures), 100, True)
    sections = chart.strip("\n").split("\n\n")
    assert [s.split("\n")[0] for s in sections] == ["percent", "counts", "percentage points"]
    for section in sections:
        widths = [len(_bars(line)) for line in section.split("\n")[1:]]
        assert max(widths) == max(len(_bars(line)) for line in section.split("\n")[1:])
        assert widths[0] == max(widths)  # the largest figure of each unit fills its scale


def test_empty():
    assert figure_chart([], 80, True) == "(no figures)\n"


@pytest.mark.parametrize("width", [60, 80, 120])
def test_topic_chart(corpus, width):
    chart = topic_chart(corpus, width, True)
    lines = chart.rstrip("\n").split("\n")
    assert all(len(line) <= width for line in lines)
    body = "\n".join(lines[1:])
    for topic in corpus.registries.topic_ids():
        assert re.search(rf"^{re.escape(topic)}\b", body, re.M), topic


def test_topic_coverage_counts_records(corpus):
    coverage = topic_coverage(corpus)
    assert list(coverage) == corpus.registries.topic_ids()
    for topic, row in coverage.items():
        for article_id, count in row.items():
            records = [*corpus.figures_in(article_id), *corpus.initiatives_in(article_id)]
            assert count == sum(1 for r in records if topic in r.topics) > 0
        for article in corpus.articles:
            if article.id not in row:  # no record of it carries the topic (its text may speak of it)
                records = [*corpus.figures_in(article.id), *corpus.initiatives_in(article.id)]
                assert not any(topic in r.topics for r in records)
    assert coverage["talent"]["000"] == 1


def test_topic_chart_plain(corpus):
    chart = topic_chart(corpus, 80, False)
    assert not set(BLOCKS) & set(chart) and "#" in chart
    assert chart.isascii()
