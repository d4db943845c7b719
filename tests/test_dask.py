"""The analysis on Dask (optional extra `[dask]`): a LocalCluster of 2 worker processes on 200
generated articles writes the same rows the local index holds; the facts query over Parquet
(DuckDB, when installed) equals `facts --json`. Skipped without the extra."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

from sco_digital.analyse_api import TABLES  # noqa: E402
from sco_digital.scale import PARTITIONS, analyse_on_dask, export_parquet, index_articles, read_table  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def _make_corpus(folder: Path, count: int) -> None:
    spec = importlib.util.spec_from_file_location("bench", REPO / "benchmarks" / "bench.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench", bench)  # its dataclasses look their module up
    spec.loader.exec_module(bench)
    bench.make_corpus(folder, count)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("generated") / "corpus"
    _make_corpus(folder, 200)
    return folder


@pytest.fixture(scope="module")
def on_dask(generated: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dask") / "tables"
    counts, skipped = analyse_on_dask(generated, out, workers=2)
    assert skipped == [] and counts["articles"] == 200
    return out


def _index_tables(corpus_root: Path) -> dict[str, list[dict]]:
    """The local index's rows by Parquet table, with the partition columns, in corpus order."""
    from sco_digital import load_corpus

    tables: dict[str, list[dict]] = {table: [] for table in TABLES}
    for rows in index_articles(load_corpus(corpus_root).db):
        article = rows["article"]
        where = {"language": article["language"], "month": (article["published"] or "")[:7] or None}
        tables["articles"].append({**article, **where})
        for table in TABLES[1:]:
            tables[table].extend({**row, **where} for row in rows[table])
    return tables


def test_parquet_rows_equal_the_local_index_rows(generated: Path, on_dask: Path):
    expected = _index_tables(generated)
    assert expected["figures"] and expected["mentions"]  # the comparison has something to compare
    for table in TABLES:
        found = read_table(on_dask, table)
        assert len(found) == len(expected[table]), table
        for ours, theirs in zip(found, expected[table]):
            if "path" in ours:
                assert Path(ours["path"]).resolve() == Path(theirs["path"]).resolve()
                ours["path"] = theirs["path"]
            assert ours == theirs, table


def test_tables_are_partitioned_by_language_and_month(on_dask: Path):
    languages = {p.name for p in (on_dask / "figures").iterdir()}
    assert languages == {"language=de", "language=en"}
    months = {p.name.split("=")[0] for p in (on_dask / "figures" / "language=en").iterdir()}
    assert months == {PARTITIONS[1]}


def test_export_parquet_from_the_index_equals_dask(generated: Path, on_dask: Path, tmp_path: Path):
    from sco_digital import load_corpus

    local = tmp_path / "local"
    export_parquet(load_corpus(generated), local)
    for table in TABLES:
        assert [{k: v for k, v in r.items() if k != "path"} for r in read_table(local, table)] == \
               [{k: v for k, v in r.items() if k != "path"} for r in read_table(on_dask, table)], table


def test_an_output_folder_with_files_is_refused(generated: Path, on_dask: Path):
    from sco_digital.errors import UsageError

    with pytest.raises(UsageError):
        analyse_on_dask(generated, on_dask, workers=1)
    with pytest.raises(UsageError):
        analyse_on_dask(generated, generated / "out", workers=1)  # inside the corpus


def test_facts_over_parquet_equal_facts_json(on_dask: Path, generated: Path, run, tmp_path: Path):
    pytest.importorskip("duckdb")
    from sco_digital.scale import facts_from_parquet

    def key(fact: dict) -> tuple:
        value = None if fact["status"] == "conflict" else fact["value"]
        return fact["id"], tuple(fact["figures"]), tuple(fact["articles"]), fact["status"], value, fact["unit"]

    builtin = tmp_path / "builtin"
    export_parquet(__import__("sco_digital").load_corpus(REPO / "corpus"), builtin)  # curated metrics
    for corpus_root, out in ((generated, on_dask), (REPO / "corpus", builtin)):
        expected = json.loads(run("--corpus", str(corpus_root), "facts", "--json").output)
        assert expected
        assert [key(f) for f in facts_from_parquet(out)] == [key(f) for f in expected]


def test_the_documented_query_is_the_one_that_runs():
    from sco_digital.scale import FACTS_SQL

    doc = (REPO / "docs" / "scale.md").read_text(encoding="utf-8")
    from sco_digital.index.rows import FIGURE_COLUMNS

    assert FACTS_SQL.format(figures="tables/figures", columns=", ".join(FIGURE_COLUMNS)).strip() in doc


def test_jsonl_shards_by_glob_with_a_bad_line(tmp_path: Path):
    shards = tmp_path / "crawl"
    shards.mkdir()
    en = {"maintext": "Exports rose 9.3 percent to $1.5 billion in 2024.", "language": "en",
          "date_publish": "2025-08-29 08:20:00", "url": "https://example.org/a"}
    de = {"maintext": "Die Exporte stiegen um 9,3 Prozent auf 1,5 Milliarden Euro.", "language": "de",
          "date_publish": "2025-01-02", "url": "https://example.org/b"}
    (shards / "a.jsonl").write_text(json.dumps(en) + "\n{broken\n", encoding="utf-8")
    (shards / "b.jsonl").write_text(json.dumps(de) + "\n", encoding="utf-8")
    counts, skipped = analyse_on_dask(str(shards / "*.jsonl"), tmp_path / "out", workers=1)
    assert counts["articles"] == 2 and counts["figures"] == 4
    assert [s.where for s in skipped] == [f"{shards / 'a.jsonl'}:2"]
    months = {(r["language"], r["month"]) for r in read_table(tmp_path / "out", "articles")}
    assert months == {("en", "2025-08"), ("de", "2025-01")}


def test_cli_export_parquet_on_dask_equals_from_the_index(run, tmp_path: Path):
    corpus = str(REPO / "corpus")
    run("--corpus", corpus, "export", "--format", "parquet", str(tmp_path / "index"))
    result = run("--corpus", corpus, "export", str(tmp_path / "dask"), "--dask")
    assert result.exit_code == 0, result.output
    for table in TABLES:
        strip = lambda rows: [{k: v for k, v in r.items() if k != "path"} for r in rows]  # noqa: E731
        assert strip(read_table(tmp_path / "dask", table)) == strip(read_table(tmp_path / "index", table))
