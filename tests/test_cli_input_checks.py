"""Input checks: case-insensitive choices, ordered date bounds, "did you mean" by id and name;
records as plain dicts and as a DataFrame."""

from __future__ import annotations

import json

import pytest

from sco_digital.errors import near_matches


@pytest.mark.parametrize("args", [("figures", "--unit", "PERCENT"), ("figures", "--unit", "Percent"),
                                  ("actors", "--kind", "Person"), ("figures", "--topic", "TALENT")])
def test_choices_are_case_insensitive(run, args):
    result = run(*args, "--json")
    assert result.exit_code == 0 and json.loads(result.stdout)


def test_unknown_unit_is_a_usage_error(run):
    result = run("figures", "--unit", "furlongs")
    assert result.exit_code == 2 and "unknown unit" in result.stderr


def test_timeline_from_after_to_is_a_usage_error(run):
    result = run("timeline", "--from", "2025-09", "--to", "2025-08")
    assert result.exit_code == 2 and "after" in result.stderr


@pytest.mark.parametrize("value, known, names, first", [
    ("Xiong", ["liaoning", "xiong-jijun", "xinhua"], {"xiong-jijun": ["Xiong Jijun"]}, "xiong-jijun"),
    ("Jijun", ["liaoning", "xiong-jijun"], {"xiong-jijun": ["Xiong Jijun"]}, "xiong-jijun"),
    ("Organisation", ["oecd", "sco"], {"sco": ["Shanghaier Organisation für Zusammenarbeit"]}, "sco"),
    ("talnt", ["talent", "ai"], {}, "talent"),
])
def test_near_matches_rank_by_id_and_name(value, known, names, first):
    assert near_matches(value, known, names)[0] == first


def test_near_matches_offer_nothing_unlike():
    assert near_matches("zzz", ["talent", "ai"], {}) == []


def test_actor_suggestion_names_the_person(run):
    result = run("actors", "Xiong")
    assert result.exit_code == 2 and "did you mean 'xiong-jijun'" in result.stderr


def test_to_frame_keeps_ids_as_strings(corpus):
    pytest.importorskip("pandas")
    frame = corpus.to_frame("figures")
    assert list(frame.columns)[:3] == ["id", "article", "language"]
    assert all(isinstance(a, str) for a in frame["article"]) and "000" in set(frame["article"])
    assert len(frame) == len(corpus.figures)


def test_article_topics_come_from_the_whole_text(run):
    for article in ("000", "001"):
        topics = json.loads(run("show", article, "--json").stdout)["topics"]
        assert {"infrastructure", "services"} <= set(topics), (article, topics)


def test_one_passing_word_is_not_an_article_topic(corpus):
    from sco_digital.match.topics import TopicMatcher

    matcher = TopicMatcher(corpus.registries.topics)
    assert "health" not in matcher.article_topics("The hospital stood empty. Trade grew.")
    assert "health" in matcher.article_topics("The hospital stood empty. Medical staff left the hospital.")
    assert matcher.article_topics("") == ()
