"""query: filters give the same records from the index as from a direct build; unknown values are usage errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from index_corpus import cache_home, make_corpus
from sco_digital.errors import UnknownId
from sco_digital.load import load_corpus
from sco_digital.query import Filters, article_payload, select_facts, select_figures, topic_counts

__all__ = ["cache_home"]


@pytest.mark.parametrize("filters", [
    Filters(), Filters(article="002"), Filters(topic="talent"), Filters(topic="Talente"), Filters(unit="percent"),
    Filters(actor="kazakhstan"), Filters(topic="economy", unit="count"),  # the last must yield nothing
])
def test_figures_from_the_index_equal_a_direct_build(tmp_path: Path, cache_home: Path, filters: Filters) -> None:
    folder = make_corpus(tmp_path / "corpus")
    indexed, direct = load_corpus(folder), load_corpus(folder, use_cache=False)
    assert select_figures(indexed, filters) == select_figures(direct, filters)
    if filters == Filters(topic="economy", unit="count"):
        assert select_figures(indexed, filters) == []


def test_figure_rows_are_the_records_json(tmp_path: Path, cache_home: Path) -> None:
    from sco_digital.records import to_dict

    folder = make_corpus(tmp_path / "corpus")
    corpus = load_corpus(folder)
    assert list(corpus.figure_rows(topic="talent")) == to_dict(select_figures(corpus, Filters(topic="talent")))
    assert list(corpus.figure_rows(article="001")) == to_dict(corpus.figures_in("001"))
    assert list(corpus.figure_rows(unit="TWh")) == []


@pytest.mark.parametrize("topic", ["talent", "economy", None])
def test_facts_and_topic_counts_equal_a_direct_build(tmp_path: Path, cache_home: Path, topic: str | None) -> None:
    folder = make_corpus(tmp_path / "corpus")
    indexed, direct = load_corpus(folder), load_corpus(folder, use_cache=False)
    assert select_facts(indexed, topic=topic) == select_facts(direct, topic=topic)
    assert topic_counts(indexed) == topic_counts(direct)
    assert article_payload(indexed, "003") == article_payload(direct, "003")


@pytest.mark.parametrize("kwargs", [{"article": "999"}, {"topic": "Wetter"}, {"actor": "nobody"}, {"unit": "furlong"}])
def test_unknown_filter_values_are_refused(tmp_path: Path, cache_home: Path, kwargs: dict[str, str]) -> None:
    corpus = load_corpus(make_corpus(tmp_path / "corpus"))
    with pytest.raises(UnknownId):
        select_figures(corpus, Filters(**kwargs))
