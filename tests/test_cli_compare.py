"""compare: shared, only-here and conflicting records, across languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

CONFLICT = Path(__file__).parent / "data" / "conflict"


def _compare(run, *args):
    result = run("compare", *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_000_and_001_pair_the_german_and_english_statistics(run):
    result = _compare(run, "000", "001")
    figures = result["figures"]
    pairs = {(p["a"]["value"], p["b"]["value"]) for p in figures["shared"]}
    assert pairs == {(9.3, 9.3), (830, 830)}
    assert figures["only"]["000"] == []
    assert sorted(f["value"] for f in figures["only"]["001"]) == [3.4, 6.4, 7.5, 25.7]
    assert figures["conflicts"] == []
    shared = set(result["actors"]["shared"])
    assert {"xiong-jijun", "xu-chaofeng", "miit", "sco", "tianjin"} <= shared
    for pair in figures["shared"]:
        assert pair["a"]["language"] == "de" and pair["b"]["language"] == "en"


def test_similarity_orders_the_pairs(run):
    close = _compare(run, "000", "001")["similarity"]
    far = _compare(run, "002", "004")["similarity"]
    assert 0 <= far < close <= 1
    assert far < close / 2


def test_three_articles_give_every_pair_and_what_all_share(run):
    result = _compare(run, "000", "001", "003")
    assert [p["articles"] for p in result["pairs"]] == [["000", "001"], ["000", "003"], ["001", "003"]]
    assert "sco" in result["actors"]["shared"]
    assert set(result["figures"]["only"]) == {"000", "001", "003"}
    # 003's statistics are in no other article; 000's are all shared with 001.
    assert result["figures"]["only"]["000"] == []
    assert len(result["figures"]["only"]["003"]) == 5


def test_conflicting_values_of_one_metric_are_shown(run):
    out = run("--corpus", str(CONFLICT), "compare", "010", "011", "--json")
    assert out.exit_code == 0, out.output
    result = json.loads(out.stdout)
    conflicts = result["figures"]["conflicts"]
    assert [(c["a"]["value"], c["b"]["value"]) for c in conflicts] == [(12.5, 11.8)]
    assert [(p["a"]["counted"], p["b"]["counted"]) for p in result["figures"]["shared"]] == [("engineers", "Ingenieure")]


def test_conflict_status_in_facts(run):
    out = run("--corpus", str(CONFLICT), "facts", "--json")
    facts = {f["id"]: f for f in json.loads(out.stdout)}
    fact = facts["kaz-digital-economy-growth@2024"]
    assert fact["status"] == "conflict" and fact["value"] == [12.5, 11.8]
    assert fact["articles"] == ["010", "011"]


@pytest.mark.parametrize("args, needle", [(["000"], "at least two"), (["000", "009"], "'009'"),
                                          (["000", "007", "008"], "'007', '008'"), ([], "at least two")])
def test_bad_ids_exit_2_naming_them(run, args, needle):
    result = run("compare", *args)
    assert result.exit_code == 2
    assert needle in result.stderr


def test_table_reads_at_80_columns(run):
    result = run("compare", "000", "001", env={"COLUMNS": "80"})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "9,3 Prozent" in result.stdout and "9.3 percent" in result.stdout
