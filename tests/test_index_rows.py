"""Warm queries straight from the index's rows: the same JSON as from records, with no record
classes, YAML reader or registry loader imported; evidence sliced from the stored text."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from index_corpus import REPO, cache_home
from sco_digital.load import load_corpus
from sco_digital.query import select_facts
from sco_digital.records import to_dict

__all__ = ["cache_home"]


@pytest.mark.parametrize("topic, min_sources, conflicts", [
    ("talent", 1, False),     # English id
    ("Talente", 1, False),    # German label
    ("ECONOMY", 1, False),    # case-insensitive
    (None, 2, False),
    (None, 1, True),
    ("agriculture", 3, True),  # must yield nothing
])
def test_fact_rows_equal_the_records(cache_home: Path, topic: str | None, min_sources: int,
                                     conflicts: bool) -> None:
    corpus = load_corpus()
    streamed = list(corpus.fact_rows(topic=corpus.topic(topic) if topic else None,  # type: ignore[attr-defined]
                                     min_sources=min_sources, conflicts=conflicts))
    direct = load_corpus(use_cache=False)
    assert streamed == to_dict(select_facts(direct, topic=topic, min_sources=min_sources, conflicts=conflicts))
    if topic == "agriculture":
        assert streamed == []


def test_quotes_are_sliced_from_the_stored_text(cache_home: Path) -> None:
    corpus = load_corpus()
    stored = {table for table, in corpus.db.execute(  # type: ignore[attr-defined]
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"figure_rows", "actor_mention_lists", "article_rows"} <= stored and "figures" not in stored
    assert "articles" not in stored  # a view: the table stores the text compressed
    columns = [row[1] for row in corpus.db.execute("PRAGMA table_info(figure_rows)")]  # type: ignore[attr-defined]
    assert "evidence_quote" not in columns
    direct = load_corpus(use_cache=False)
    assert corpus.figures == direct.figures
    assert corpus.actors == direct.actors and corpus.initiatives == direct.initiatives
    for figure in corpus.figures:
        text = corpus.article(figure.article).text
        assert text[figure.evidence.start:figure.evidence.end] == figure.evidence.quote


@pytest.mark.parametrize("text", [
    '{"id": "fact-001:12", "statement": "more than 830 professionals", "value": 830}',
    '{"id": "fact-000:7", "statement": "Fachkräfte: über 1,5 Millionen — „Übersetzung“", "value": 1500000}',
    '{"statement": "\\u0007 \\" control and quote", "evidence": []}',
    "",  # nothing at all
    "x" * 40_000,  # longer than zlib's window
])
def test_a_fact_packed_unpacks_to_its_text(text: str) -> None:
    from sco_digital.index.rows import pack_fact, unpack_fact

    packed = pack_fact(text)
    assert isinstance(packed, bytes) and unpack_fact(packed) == text
    if len(text) > 1000:
        assert len(packed) < len(text) / 100


def test_a_fact_is_stored_packed_and_read_back_as_written(cache_home: Path) -> None:
    from sco_digital.index.rows import fact_json, unpack_fact

    corpus = load_corpus()
    blobs = [blob for blob, in corpus.db.execute("SELECT json FROM fact_rows")]  # type: ignore[attr-defined]
    assert blobs and all(isinstance(blob, bytes) for blob in blobs)
    direct = load_corpus(use_cache=False)
    assert sorted(map(unpack_fact, blobs)) == sorted(fact_json(f) for f in direct.facts)
    columns = [row[0] for row in corpus.db.execute("SELECT id, value, evidence FROM facts ORDER BY seq")]  # type: ignore[attr-defined]
    assert sorted(columns) == sorted(f.id for f in direct.facts)


@pytest.mark.parametrize("args, unwanted", [
    (["facts", "--topic", "talent", "--json"],
     ["yaml", "sco_digital.load.registry", "sco_digital.load.yamlio", "sco_digital.load.validate",
      "sco_digital.records", "sco_digital.query", "rich", "locale"]),
    (["facts", "--topic", "Talente", "--min-sources", "2", "--json"],
     ["yaml", "sco_digital.load.registry", "sco_digital.records", "locale"]),
    (["search", "Talente", "--json"], ["yaml", "rich", "locale"]),
])
def test_a_warm_json_query_imports_only_what_it_uses(cache_home: Path, args: list[str], unwanted: list[str]) -> None:
    env = {**os.environ, "SCO_DIGITAL_CACHE_DIR": str(cache_home), "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-m", "sco_digital", *args], env=env, cwd=REPO, check=True,
                   capture_output=True)  # warms the index
    probe = ("import sys, runpy\n"
             f"sys.argv = ['sco-digital', *{args!r}]\n"
             "try:\n    runpy.run_module('sco_digital', run_name='__main__')\n"
             "except SystemExit:\n    pass\n"
             "import json\nsys.stderr.write('\\n' + json.dumps(sorted(sys.modules)))\n")
    result = subprocess.run([sys.executable, "-c", probe], env=env, cwd=REPO, capture_output=True, text=True,
                            check=True)
    json.loads(result.stdout)
    loaded = set(json.loads(result.stderr.strip().splitlines()[-1]))
    assert not loaded & set(unwanted)
