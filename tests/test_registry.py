"""load.registry: the built-in registries load, a corpus's own replace them, and broken ones are refused clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from sco_digital.errors import CorpusError
from sco_digital.load.builtin import builtin_corpus_dir
from sco_digital.load.registry import load_registries


def test_builtin_registries_serve_a_corpus_without_its_own(tmp_path: Path) -> None:
    own = load_registries(tmp_path)
    builtin = load_registries(builtin_corpus_dir())
    assert own.topic_ids() == builtin.topic_ids() and own.topic_ids()
    assert [a.id for a in own.actors] == [a.id for a in builtin.actors]


def test_a_corpus_topics_file_replaces_the_builtin(tmp_path: Path) -> None:
    (tmp_path / "metrics.yaml").write_text("metrics: []\n", encoding="utf-8")
    (tmp_path / "lexicon.yaml").write_text("actors: []\n", encoding="utf-8")
    (tmp_path / "topics.yaml").write_text("topics:\n  - id: talent\n    labels: {en: Weather, de: Wetter}\n"
                                          "    keywords: {en: [rain], de: [Regen]}\n", encoding="utf-8")
    assert load_registries(tmp_path).topic_ids() == ["talent"]


@pytest.mark.parametrize("content, message", [
    ("topics:\n  - id: talent\n    labels: {en: A, de: A}\n  - id: talent\n    labels: {en: B, de: B}\n", "duplicate"),
    ("topics: [\n", "invalid YAML"),
])
def test_broken_registries_are_refused_with_the_file(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "topics.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError, match=message) as caught:
        load_registries(tmp_path)
    assert "topics.yaml" in str(caught.value)


@pytest.mark.parametrize("flag, counted", [("", False), (", counted: true", True), (", counted: false", False)])
def test_a_concept_may_be_counted_one_by_one(tmp_path: Path, flag: str, counted: bool) -> None:
    (tmp_path / "concepts.yaml").write_text(
        f"concepts:\n  - {{id: parcels, labels: {{en: parcels}}, words: {{en: [parcels]}}{flag}}}\n", encoding="utf-8")
    assert load_registries(tmp_path).concept("parcels").counted is counted


def test_a_concepts_counted_flag_must_be_true_or_false(tmp_path: Path) -> None:
    (tmp_path / "concepts.yaml").write_text(
        "concepts:\n  - {id: parcels, labels: {en: parcels}, counted: 'yes'}\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="counted.*true or false"):
        load_registries(tmp_path)


def _own_topics(folder: Path, label: str) -> Path:
    (folder / "metrics.yaml").write_text("metrics: []\n", encoding="utf-8")
    (folder / "lexicon.yaml").write_text("actors: []\n", encoding="utf-8")
    path = folder / "topics.yaml"
    path.write_text(f"topics:\n  - id: talent\n    labels: {{en: {label}, de: {label}}}\n", encoding="utf-8")
    return path


def test_registries_are_read_once_while_their_files_are_unchanged(tmp_path: Path, monkeypatch) -> None:
    from sco_digital.index import warm

    monkeypatch.setattr(warm, "RACY_NS", 0)  # this test's files count as settled at once
    path = _own_topics(tmp_path, "Rain")
    first = load_registries(tmp_path)
    assert load_registries(tmp_path) is first, "unchanged files: the registries read before"
    assert first.alias_matchers is load_registries(tmp_path).alias_matchers
    path.write_text(path.read_text(encoding="utf-8").replace("Rain", "Snowfall"), encoding="utf-8")
    again = load_registries(tmp_path)
    assert again is not first and again.topics[0].labels["en"] == "Snowfall"


def test_a_registry_file_changed_just_now_is_read_again_each_time(tmp_path: Path) -> None:
    """Within two seconds of a change, a second change of the same size may keep the timestamp: such
    a file is never taken from what was read before."""
    path = _own_topics(tmp_path, "Rain")
    assert load_registries(tmp_path) is not load_registries(tmp_path), "a file this recent is read each time"
    path.write_text(path.read_text(encoding="utf-8").replace("Rain", "Snow"), encoding="utf-8")
    assert load_registries(tmp_path).topics[0].labels["en"] == "Snow"
