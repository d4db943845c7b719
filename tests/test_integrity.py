"""check: curation gaps show as unaccounted numbers; broken references and quotes are problems."""

from __future__ import annotations

import json

import yaml


def test_builtin_corpus_has_no_gaps(run):
    report = json.loads(run("check", "--json").stdout)
    assert report["ok"] and report["problems"] == [] and report["unaccounted"] == []
    assert report["figures"] == 18


def test_a_figure_left_out_of_a_sidecar_shows_as_unaccounted(run, corpus_copy):
    sidecar = next(corpus_copy.glob("001_*.yaml"))
    data = yaml.safe_load(sidecar.read_text(encoding="utf-8"))
    dropped = next(f for f in data["figures"] if f["text"] == "6.4 percent")
    data["figures"].remove(dropped)
    sidecar.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = run("--corpus", str(corpus_copy), "check", "--json")
    report = json.loads(result.stdout)
    assert result.exit_code == 0  # a gap is reported, not a failure
    assert [(u["article"], u["text"], u["value"]) for u in report["unaccounted"]] == [("001", "6.4 percent", 6.4)]


def test_a_sidecar_naming_an_actor_the_text_lacks_is_a_problem(run, corpus_copy):
    sidecar = next(corpus_copy.glob("002_*.yaml"))
    data = yaml.safe_load(sidecar.read_text(encoding="utf-8"))
    data["actors"] = [*(data.get("actors") or []), "xiong-jijun"]
    sidecar.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = run("--corpus", str(corpus_copy), "check", "--json")
    assert result.exit_code == 1
    problems = json.loads(result.stdout)["problems"]
    assert any(p["check"] == "mention" and "xiong-jijun" in p["message"] for p in problems)


def test_a_text_edited_after_loading_is_a_checksum_problem(corpus_copy):
    from sco_digital import load_corpus
    from sco_digital.integrity import check_corpus

    corpus = load_corpus(corpus_copy, use_cache=False)
    path = next(corpus_copy.glob("004_*.txt"))
    path.write_bytes(path.read_bytes() + b" ")
    report = check_corpus(corpus)
    assert [p["check"] for p in report.problems] == ["checksum"]
