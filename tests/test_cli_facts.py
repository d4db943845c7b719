"""facts, topics and search through the CLI."""

from __future__ import annotations

import json

import pytest


def _facts(run, *args):
    result = run("facts", *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_talent_facts_merge_the_830_professionals_across_languages(run):
    facts = _facts(run, "--topic", "talent")
    by_value = {json.dumps(f["value"]): f for f in facts}
    merged = by_value["830"]
    assert merged["articles"] == ["000", "001"]
    assert len(merged["figures"]) == 2 and merged["status"] == "consistent"
    quotes = [e["quote"] for e in merged["evidence"]]
    assert any("Fachkräfte" in q for q in quotes) and any("professionals" in q for q in quotes)
    assert "29000" in by_value and "10" in by_value
    assert sum(1 for f in facts if f["value"] == 830) == 1


def test_talent_facts_say_nothing_about_revenue_gdp_or_patents(run):
    text = json.dumps(_facts(run, "--topic", "talent")).lower()
    for word in ("revenue", "einnahmen", "gdp", "patent"):
        assert word not in text


@pytest.mark.parametrize("label", ["Talent", "TALENT", "talent"])
def test_topic_by_label_case_insensitively(run, label):
    assert _facts(run, "--topic", label) == _facts(run, "--topic", "talent")


def test_topic_by_german_label(run, corpus):
    topic = next(t for t in corpus.registries.topics if t.id == "economy")
    assert _facts(run, "--topic", topic.labels["de"]) == _facts(run, "--topic", "economy")


def test_unknown_topic_exits_2_with_did_you_mean(run):
    result = run("facts", "--topic", "talnet")
    assert result.exit_code == 2
    assert "did you mean" in result.stderr and "'talent'" in result.stderr
    assert result.stdout == ""


def test_min_sources(run):
    facts = _facts(run, "--min-sources", "2")
    assert facts and all(len(f["articles"]) >= 2 for f in facts)
    assert {json.dumps(f["value"]) for f in facts} >= {"830", "9.3"}


def test_facts_by_actor(run):
    facts = _facts(run, "--actor", "uzbekistan")
    assert [f["value"] for f in facts] == [29000]


def test_every_figure_is_in_exactly_one_fact(corpus):
    seen = [fid for fact in corpus.facts for fid in fact.figures]
    assert sorted(seen) == sorted(f.id for f in corpus.figures)


def test_topics_table_counts(run, corpus):
    result = run("topics", "--json")
    rows = {r["id"]: r for r in json.loads(result.stdout)}
    assert rows["talent"]["figures"] == sum(1 for f in corpus.figures if "talent" in f.topics)
    assert rows["talent"]["label_de"] and rows["talent"]["label_en"]
    assert len(rows) == 12


@pytest.mark.parametrize("query", ["Fachkräfte", "digital talent"])
def test_search_finds_both_languages(run, query):
    result = run("search", query, "--json", "--limit", "0")
    assert result.exit_code == 0, result.output
    passages = json.loads(result.stdout)
    assert {"000", "001", "003"} <= {p["article"] for p in passages}
    for p in passages:
        for start, end in p["matches"]:
            assert p["start"] <= start < end <= p["end"]


def test_search_ranks_the_words_typed_first(run):
    passages = json.loads(run("search", "Fachkräfte", "--json").stdout)
    assert passages[0]["article"] == "000"
