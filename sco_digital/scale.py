"""Past one machine: the same per-article analysis on Dask, records written as Parquet tables.

Optional extra `[dask]` (dask[distributed], pyarrow). A source — a corpus folder, a glob of
article files, or a glob of news-please JSONL shards — becomes a Dask bag of work items; each
partition is analysed on a worker by `analyse_text`'s code (registries loaded once per worker
process) and written straight to Parquet by that worker, so no rows travel back to the client.

Tables (`TABLES`): articles, figures, actors, mentions, initiatives — the index's per-article
rows (`analyse_api.plain_rows`), hive-partitioned by `language` and `month` (YYYY-MM of the
publication date; `__HIVE_DEFAULT_PARTITION__` when unknown). `name` and `seq` give corpus order.
`export_parquet` writes the same tables from the local SQLite index.

Paths are read by the workers: on a multi-node cluster the source must be on a filesystem every
worker sees, and sco-digital installed on every worker.
"""

from __future__ import annotations

import glob as globbing
import hashlib
import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .analyse_api import TABLES, PlainRows
from .errors import CorpusError, UsageError

BATCH = 500  # articles per Parquet write when exporting from the index
# Articles per Dask partition (a task): enough tasks to balance the workers, each big enough that
# its scheduling and its Parquet files cost little next to its analysis.
TASKS_PER_THREAD = 4
PARTITION_MAX = 500
PARTITIONS = ("language", "month")

_STRING, _INT, _FLOAT = "string", "int64", "float64"
# Column types; everything not listed is a string. `value` is float64 (exact to 2**53).
_TYPED = {"seq": _INT, "start": _INT, "chars": _INT, "words": _INT, "curated": _INT, "value": _FLOAT,
          "evidence_start": _INT, "evidence_end": _INT, "end": _INT}


def table_columns() -> dict[str, tuple[str, ...]]:
    """Each Parquet table's columns (before the partition columns language and month)."""
    from .analyse_api import MENTION_COLUMNS
    from .index import rows as codec

    return {
        "articles": tuple(c for c in codec.ARTICLE_COLUMNS if c != "language"),
        "figures": tuple(c for c in codec.FIGURE_COLUMNS if c != "language"),
        "actors": ("article_name", *codec.ACTOR_COLUMNS),
        "mentions": MENTION_COLUMNS,
        "initiatives": ("article_name", *codec.INITIATIVE_COLUMNS),
    }


def _schemas() -> dict[str, Any]:
    import pyarrow as pa

    types = {_STRING: pa.string(), _INT: pa.int64(), _FLOAT: pa.float64()}
    return {table: pa.schema([(c, types[_TYPED.get(c, _STRING)]) for c in (*columns, *PARTITIONS)])
            for table, columns in table_columns().items()}


# ---- writing --------------------------------------------------------------------------------------


def write_parquet(articles: Iterable[PlainRows], out: Path, part: str, batch: int = BATCH) -> dict[str, int]:
    """Write the rows of `articles` under `out/<table>/language=…/month=…/`, `batch` articles
    per file; `part` makes the file names unique among writers. Rows written, by table."""
    counts = {table: 0 for table in TABLES}
    pending: dict[str, list[dict[str, Any]]] = {table: [] for table in TABLES}
    for table in TABLES:  # an empty table is an empty folder, not a missing one
        (out / table).mkdir(parents=True, exist_ok=True)
    written = 0
    for number, rows in enumerate(articles, 1):
        article = rows["article"]
        where = {"language": article["language"], "month": (article["published"] or "")[:7] or None}
        pending["articles"].append({**article, **where})
        for table in TABLES[1:]:
            pending[table].extend({**row, **where} for row in rows[table])
        if number % batch == 0:
            _flush(pending, out, f"{part}-{written}", counts)
            written += 1
    _flush(pending, out, f"{part}-{written}", counts)
    return counts


def _flush(pending: dict[str, list[dict[str, Any]]], out: Path, part: str, counts: dict[str, int]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schemas = _schemas()
    for table, rows in pending.items():
        if not rows:
            continue
        pq.write_to_dataset(pa.Table.from_pylist(rows, schema=schemas[table]), root_path=str(out / table),
                            partition_cols=list(PARTITIONS), basename_template=f"{part}-{{i}}.parquet")
        counts[table] += len(rows)
        rows.clear()


def check_output(out: str | os.PathLike[str], corpus_root: Path | None = None) -> Path:
    """The output folder: new or empty (rows are never added to old ones), outside the corpus."""
    path = Path(out).expanduser()
    if corpus_root is not None:
        root, target = corpus_root.resolve(), path.resolve()
        if target == root or root in target.parents:
            raise UsageError(f"refusing to write {out}: it is inside the corpus folder {root}")
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise UsageError(f"{out} exists and is not an empty folder; give a new one")
    return path


# ---- from the local index -------------------------------------------------------------------------


def index_articles(db: sqlite3.Connection) -> Iterator[PlainRows]:
    """Each article's rows as the index holds them, in corpus order, one article at a time."""
    from .analyse_api import plain_rows
    from .index import rows as codec

    names = [name for name, in db.execute("SELECT name FROM articles ORDER BY name")]
    queries = {
        "articles": f"SELECT {', '.join(codec.ARTICLE_COLUMNS)} FROM articles WHERE name = ?",
        "figures": f"SELECT {', '.join(codec.FIGURE_COLUMNS)} FROM figures WHERE name = ? ORDER BY seq",
        "actor_mentions": 'SELECT name, seq, actor, article, quote, start, "end" FROM actor_mentions '
                          "WHERE name = ? ORDER BY seq",
        "initiative_mentions": 'SELECT name, seq, initiative, article, quote, start, "end" FROM initiative_mentions '
                               "WHERE name = ? ORDER BY seq",
        "found_actors": "SELECT name, seq, record FROM found_actors WHERE name = ? ORDER BY seq",
        "found_initiatives": "SELECT name, seq, record FROM found_initiatives WHERE name = ? ORDER BY seq",
    }
    for name in names:
        yield plain_rows({table: db.execute(sql, (name,)).fetchall() for table, sql in queries.items()})


def export_parquet(corpus: Any, out: str | os.PathLike[str]) -> dict[str, int]:
    """The corpus's per-article rows as Parquet tables under `out` (from its index when it has
    one, else analysed here). Rows written, by table."""
    path = check_output(out, Path(corpus.root))
    db = getattr(corpus, "db", None)
    if db is not None:
        return write_parquet(index_articles(db), path, "index")
    from .extract_stream import extract_paths
    from .load.folder import list_article_names

    root = Path(corpus.root)
    found = extract_paths((root / name for _, name in list_article_names(root)), root)
    return write_parquet((r for r in found if isinstance(r, dict)), path, "local")


# ---- on Dask ----------------------------------------------------------------------------------------

def work_items(source: str | os.PathLike[str]) -> list[str]:
    """What to analyse: a folder's article files (as a corpus), or the files a glob matches
    (`*.jsonl`/`*.ndjson` as news-please shards), in name order."""
    path = Path(source)
    if path.is_dir():
        from .load.folder import list_article_names

        return [str(path / name) for _, name in list_article_names(path)]
    matched = sorted(globbing.glob(os.fspath(source), recursive=True))
    if not matched:
        raise CorpusError("no files match", path)
    return [m for m in matched if os.path.isfile(m)]


def analyse_on_dask(source: str | os.PathLike[str], out: str | os.PathLike[str], *, scheduler: str | None = None,
                    workers: int | None = None, registries: str | os.PathLike[str] | None = None,
                    partition_articles: int | None = None) -> tuple[dict[str, int], list[Any]]:
    """Analyse `source` on a Dask cluster (at `scheduler`, else a LocalCluster of `workers`
    single-threaded processes) and write Parquet tables under `out`. The registries of
    `registries` (a folder; for a folder source, that folder) serve, else the built-in ones.
    `partition_articles` fixes the articles per task (default: 4 tasks per worker thread, at
    most `PARTITION_MAX` articles each). Returns rows written by table and the skipped inputs
    (`extract_stream.Skipped`)."""
    import dask.bag as bag
    from distributed import Client, LocalCluster

    folder = Path(source) if Path(source).is_dir() else None
    path = check_output(out, folder)
    items = work_items(source)
    chosen = registries if registries is not None else folder
    registries_dir = str(Path(chosen).resolve()) if chosen is not None else None
    path.mkdir(parents=True, exist_ok=True)
    cluster = None
    if scheduler is None:
        import logging

        cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
    try:
        with Client(cluster if cluster is not None else scheduler) as client:
            threads = sum(client.nthreads().values()) or 1
            size = partition_articles or max(1, min(PARTITION_MAX, -(-len(items) // (TASKS_PER_THREAD * threads))))
            parts = bag.from_sequence(items, partition_size=size)
            results = parts.map_partitions(analyse_partition, str(path.resolve()), registries_dir)
            reports = client.compute(results, sync=True)
    finally:
        if cluster is not None:
            cluster.close()
    counts = {table: 0 for table in TABLES}
    skipped: list[Any] = []
    for report in reports:
        for table, n in report["counts"].items():
            counts[table] += n
        skipped.extend(report["skipped"])
    return counts, skipped


def analyse_partition(items: Iterable[str], out: str, registries: str | None) -> list[dict[str, Any]]:
    """On a worker: analyse one partition's inputs and write their rows as Parquet files of its
    own. Returns one report: rows written by table, and the inputs skipped."""
    from .extract_stream import Skipped, extract_paths

    items = list(items)
    skipped: list[Skipped] = []

    def rows() -> Iterator[PlainRows]:
        for result in extract_paths(items, registries):
            if isinstance(result, Skipped):
                skipped.append(result)
            else:
                yield result

    part = "part-" + hashlib.sha256("\0".join(items).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    counts = write_parquet(rows(), Path(out), part, batch=10 ** 9)  # one file per table and partition
    return [{"counts": counts, "skipped": skipped}]


def read_table(out: str | os.PathLike[str], table: str) -> list[dict[str, Any]]:
    """A Parquet table written here as rows, in corpus order (name, then a mention's kind, seq)."""
    import pyarrow.dataset as ds

    dataset = ds.dataset(str(Path(out) / table), format="parquet", partitioning="hive")
    rows = dataset.to_table().to_pylist()
    for row in rows:
        for column in PARTITIONS:
            if row.get(column) == "__HIVE_DEFAULT_PARTITION__":
                row[column] = None
    name = "article_name" if table in ("actors", "initiatives") else "name"
    return sorted(rows, key=lambda r: (r[name], r.get("kind", ""), r.get("seq", 0)))


# ---- facts at scale ---------------------------------------------------------------------------------

# The facts query over the Parquet figures (DuckDB): figures grouped by their statistic key, as
# `index.statistics.group_keys` groups them — a figure without a metric joins the statistic of a
# metric's figure stating the same value, unit and noun (the key first seen in corpus order).
# `{figures}` is the figures table's folder. docs/scale.md explains it line by line.
FACTS_SQL = """
SELECT
  coalesce(stat_key, chr(0) || id) AS fact_key,          -- figures without a key stand alone
  list(struct_pack({columns}) ORDER BY name, seq) AS members
FROM read_parquet('{figures}/**/*.parquet', hive_partitioning = true)
GROUP BY fact_key
ORDER BY min((name, seq))                                 -- corpus order of each first figure
"""


def facts_from_parquet(out: str | os.PathLike[str], registries: Any = None) -> list[dict[str, Any]]:
    """The facts of Parquet tables written here: `FACTS_SQL` on DuckDB (`pip install duckdb`)
    groups the figures by statistic key, and each group becomes its facts by the same function
    the local index uses (`facts.facts_from_group`: agreement within rounding, conflicts), so the
    result equals `sco-digital facts --json` on the same articles."""
    import duckdb

    from .facts import facts_from_group
    from .index.rows import FIGURE_COLUMNS, figure_from_row
    from .load.builtin import builtin_corpus_dir
    from .load.registry import load_registries
    from .records import to_dict

    registries = registries or load_registries(builtin_corpus_dir())
    figures = str(Path(out) / "figures").replace("'", "''")
    columns = ", ".join(c for c in FIGURE_COLUMNS)
    with duckdb.connect() as db:  # in memory: nothing is written
        groups = db.execute(FACTS_SQL.format(figures=figures, columns=columns)).fetchall()
    facts: list[dict[str, Any]] = []
    for _key, members in groups:
        rows = [tuple(m[c] for c in FIGURE_COLUMNS) for m in members]
        facts.extend(to_dict(fact) for fact in facts_from_group([figure_from_row(r) for r in rows], registries))
    return facts
