"""`analyse_text` and the streaming mapper `sco-digital extract` (no optional extra needed)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sco_digital.extract_stream import Skipped, bounded_lines, extract_jsonl, news_please_article

REPO = Path(__file__).resolve().parent.parent
BUILTIN = REPO / "corpus"

EN = {"title": "Trade", "maintext": "Exports rose 9.3 percent to $1.5 billion in 2024.",
      "date_publish": "2025-08-29 08:20:00", "url": "https://example.org/a", "language": "en",
      "authors": ["Ann Lee"], "source_domain": "example.org"}
DE = {"title": "Handel", "maintext": "Die Exporte stiegen um 9,3 Prozent auf 1,5 Milliarden Euro.",
      "date_publish": "2025-01-02", "language": "de"}


@pytest.mark.parametrize("record, expected", [
    (EN, ("en", "2025-08-29", "Trade", "example.org", ["Ann Lee"])),
    (DE, ("de", "2025-01-02", "Handel", None, None)),
    ({**DE, "language": "fr", "date_publish": "gestern"}, (None, None, "Handel", None, None)),
    ({**EN, "authors": "Ann Lee", "title": ""}, ("en", "2025-08-29", None, "example.org", None)),
])
def test_news_please_fields(record, expected):
    text, article_id, language, published, metadata = news_please_article(record)
    assert text == record["maintext"]
    assert (language, published, metadata["title"], metadata["source"], metadata["authors"]) == expected


@pytest.mark.parametrize("record, reason", [
    ([1, 2], "not a JSON object"),
    ("text", "not a JSON object"),
    ({"title": "no body"}, "no maintext"),
    ({"maintext": "   "}, "no maintext"),
    ({"maintext": 42}, "no maintext"),
])
def test_news_please_records_that_give_nothing(record, reason):
    assert news_please_article(record) == reason


def test_ids_are_stable_and_given_ids_win():
    first = news_please_article(EN)[1]
    assert first == news_please_article({**EN, "title": "other"})[1]  # by url, not by content
    assert first != news_please_article({**EN, "url": "https://example.org/b"})[1]
    assert news_please_article({**EN, "id": "cri-17"})[1] == "cri-17"


@pytest.mark.parametrize("text, language, values", [
    ("Exports rose 9.3 percent to $1.5 billion in 2024.", "en", [(9.3, "percent"), (1500000000, "USD")]),
    ("Die Exporte stiegen um 9,3 Prozent auf 1,5 Milliarden Euro.", "de", [(9.3, "percent"), (1500000000, "EUR")]),
    ("The forum met in 2024 for the second time.", "en", []),
    ("Das Forum tagte 2024 zum zweiten Mal.", "de", []),
])
def test_analyse_text_figures(text, language, values):
    from sco_digital import analyse_text

    rows = analyse_text(text, article_id="x", language=language)
    assert [(f["value"], f["unit"]) for f in rows["figures"]] == values
    for figure in rows["figures"]:
        assert text[figure["evidence_start"]:figure["evidence_end"]] == figure["evidence_quote"]
    assert rows["article"]["language"] == language and rows["article"]["published"] is None


def test_analyse_text_equals_the_index_rows(corpus):
    """The mapper's rows of the built-in corpus are the rows its index stores."""
    from sco_digital.extract_stream import extract_paths
    from sco_digital.scale import index_articles

    mapped = list(extract_paths(sorted(BUILTIN.glob("*.txt")), BUILTIN))
    indexed = list(index_articles(corpus.db))
    assert [r["article"]["id"] for r in mapped] == [a.id for a in corpus.articles]
    for ours, theirs in zip(mapped, indexed, strict=True):
        ours["article"]["path"] = theirs["article"]["path"]  # as given vs. as the index resolved it
        assert ours == theirs


def test_jsonl_keeps_order_and_names_bad_lines():
    lines = [json.dumps(EN), "{not json", "", json.dumps([1]), json.dumps(DE), json.dumps({"title": "x"})]
    results = list(extract_jsonl(io.BytesIO("\n".join(lines).encode()), "shard.jsonl"))
    assert [r.where if isinstance(r, Skipped) else r["article"]["title"] for r in results] == [
        "Trade", "shard.jsonl:2", "shard.jsonl:4", "Handel", "shard.jsonl:6"]


def test_a_line_past_the_limit_is_skipped_without_being_held():
    stream = io.BytesIO(b"short\n" + b"x" * 100 + b"\nafter\nlast")
    assert list(bounded_lines(stream, limit=10)) == [(1, b"short\n"), (2, None), (3, b"after\n"), (4, b"last")]


def _extract(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "sco_digital", "extract", *args], input=stdin,
                          capture_output=True, cwd=REPO, env={**os.environ}, timeout=120)


def test_cli_stdin_rows_in_order_and_exit_1_after_a_bad_line():
    result = _extract(stdin="\n".join([json.dumps(DE), "oops", json.dumps(EN)]).encode())
    assert result.returncode == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["article"]["language"] for r in out] == ["de", "en"]
    assert set(out[0]) == {"article", "figures", "actors", "mentions", "initiatives"}
    assert b"<stdin>:2" in result.stderr and b"Traceback" not in result.stderr


def test_cli_clean_input_exits_0():
    result = _extract(stdin=json.dumps(EN).encode() + b"\n")
    assert result.returncode == 0 and result.stderr == b""
    assert len(result.stdout.splitlines()) == 1


def test_cli_paths_and_an_unreadable_one(tmp_path):
    missing = tmp_path / "gone.txt"
    result = _extract(*[str(p) for p in sorted(BUILTIN.glob("00[01]_*.txt"))[:1]], str(missing),
                      *[str(p) for p in sorted(BUILTIN.glob("001_*.txt"))])
    assert result.returncode == 1
    assert [json.loads(line)["article"]["id"] for line in result.stdout.splitlines()] == ["000", "001"]
    assert str(missing).encode() in result.stderr


def test_cli_closed_pipe_ends_quietly(tmp_path):
    lines = tmp_path / "in.jsonl"
    lines.write_text((json.dumps(EN) + "\n") * 400, encoding="utf-8")  # output far past a pipe's buffer
    with lines.open("rb") as stdin:
        proc = subprocess.Popen([sys.executable, "-m", "sco_digital", "extract"], stdin=stdin,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO, env={**os.environ})
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 0
    assert b"Traceback" not in err and b"Exception ignored" not in err
