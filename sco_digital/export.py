"""The whole corpus for other tools: SQLite (Datasette-ready), a Frictionless Data Package, JSON.

SQLite is a copy of the corpus index (`write_database`: `VACUUM INTO`, then `furnish`), the same
database `serve` shows in a browser: the index's tables with the views' quotes stored, its
bookkeeping dropped, lookup and link tables, deferred foreign keys, and FTS5 with content over the
articles. The data package has its own relational model (`relational_model`): a table per record
type, link tables for lists, typed columns, primary keys and foreign keys. In both, actors that
other records refer to (an affiliation, a place, a figure's subject) but no article names come
from the lexicon, so every foreign key resolves. The JSON export is the records as the JSON
contract has them (articles with their text), in one document.

Nothing is ever written into the corpus folder: `check_output_path` refuses such a path.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import shutil
import tempfile
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from . import __version__
from .contract import COUNT, PERCENT, PERCENTAGE_POINT, QUALIFIERS, TIMES, UNITS, Qualifier, is_currency
from .errors import ScoDigitalError, UsageError
from .records import Actor, to_dict

if TYPE_CHECKING:
    from .corpus import Corpus
    from .load.registry import Registries


class ExportFormat(str, Enum):
    SQLITE = "sqlite"
    DATAPACKAGE = "datapackage"
    JSON = "json"


EXPORT_FORMATS = tuple(f.value for f in ExportFormat)
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
PACKAGE_NAME = "sco-digital-corpus"


class ExportError(ScoDigitalError):
    """An export that cannot be written (I/O): exit 1."""


# ---- the relational model --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: str  # Frictionless type: string | integer | number | boolean
    required: bool = False
    references: tuple[str, str] | None = None  # (table, column)
    pattern: str | None = None
    description: str = ""


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    rows: list[tuple[Any, ...]] = field(default_factory=list)

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


def _c(name: str, type_: str = "string", **kwargs: Any) -> Column:
    return Column(name, type_, **kwargs)


def _date(name: str, description: str) -> Column:
    return Column(name, "string", pattern=DATE_PATTERN, description=description)


def _referenced_actors(corpus: "Corpus") -> list[tuple[Actor, bool]]:
    """Every actor the export needs: those the corpus names, then lexicon actors other records
    point to (affiliations, places, participants, subjects), with `mentioned` False."""
    actors: dict[str, tuple[Actor, bool]] = {a.id: (a, True) for a in corpus.actors}
    lexicon = {a.id: a for a in corpus.registries.actors}
    wanted = [a.affiliation for a in corpus.actors]
    for ini in corpus.initiatives:
        wanted += [ini.place, *ini.actors]
    wanted += [f.subject for f in corpus.figures]
    while wanted:
        ref = wanted.pop()
        if not ref or ref in actors or ref not in lexicon:
            continue
        lex = lexicon[ref]
        actors[ref] = (Actor(id=lex.id, name=lex.names.get("en") or next(iter(lex.names.values()), lex.id),
                             names=dict(lex.names), kind=lex.kind, role=lex.role, affiliation=lex.affiliation,
                             country=lex.country, articles=(), mentions=()), False)
        wanted.append(lex.affiliation)
    return list(actors.values())


def relational_model(corpus: "Corpus") -> tuple[list[Table], list[str]]:
    """The tables of the export (parents before children) and warnings about dropped references."""
    warnings: list[str] = []
    actors = _referenced_actors(corpus)
    actor_ids = {a.id for a, _ in actors}
    topic_ids = set(corpus.registries.topic_ids())
    metric_ids = {m.id for m in corpus.registries.metrics}

    def ref(value: str | None, known: set[str], what: str, owner: str) -> str | None:
        if value is None or value in known:
            return value
        warnings.append(f"{owner}: {what} {value!r} is not a known record; left empty in the export")
        return None

    topics = Table("topics", "The topic taxonomy.", (
        _c("id", required=True), _c("label_en"), _c("label_de")), ("id",),
        [(t.id, t.labels.get("en"), t.labels.get("de")) for t in corpus.registries.topics])
    metrics = Table("metrics", "What a figure measures (metrics.yaml).", (
        _c("id", required=True), _c("label_en"), _c("label_de"), _c("unit")), ("id",),
        [(m.id, m.labels.get("en"), m.labels.get("de"), m.unit) for m in corpus.registries.metrics])
    articles = Table("articles", "One row per article, with its full text.", (
        _c("id", required=True), _c("path", description="relative to the corpus folder"),
        _c("format", description="txt, md, html, json, jsonl or pdf"), _c("title"), _c("language"),
        _date("published", "ISO 8601 date"),
        _c("source"), _c("url"), _c("section"), _c("sha256", required=True), _c("chars", "integer"),
        _c("words", "integer"), _c("curated", "boolean"), _c("text", description="The article as published")),
        ("id",),
        [(a.id, a.path, a.format, a.title, a.language, a.published, a.source, a.url, a.section, a.sha256, a.chars, a.words,
          a.curated, a.text) for a in corpus.articles])
    article_authors = Table("article_authors", "Authors of each article, in byline order.", (
        _c("article", required=True, references=("articles", "id")), _c("position", "integer", required=True),
        _c("name", required=True)), ("article", "position"),
        [(a.id, n, name) for a in corpus.articles for n, name in enumerate(a.authors, 1)])
    actor_table = Table("actors", "People, organisations, countries, places, companies, media.", (
        _c("id", required=True), _c("name"), _c("name_en"), _c("name_de"), _c("kind"), _c("role"),
        _c("affiliation", references=("actors", "id")), _c("country", description="ISO 3166-1 alpha-3"),
        _c("mentioned", "boolean", description="False: only referenced by another record")), ("id",),
        [(a.id, a.name, a.names.get("en"), a.names.get("de"), a.kind, a.role,
          ref(a.affiliation, actor_ids, "affiliation", f"actor {a.id}"), a.country, mentioned)
         for a, mentioned in actors])
    initiatives = Table("initiatives", "Forums, conferences, programmes, projects, plans.", (
        _c("id", required=True), _c("name"), _c("name_en"), _c("name_de"), _c("kind"),
        _date("date", "ISO 8601 date"), _date("end_date", "ISO 8601 date"),
        _c("place", references=("actors", "id"))), ("id",),
        [(i.id, i.name, i.names.get("en"), i.names.get("de"), i.kind, i.date, i.end_date,
          ref(i.place, actor_ids, "place", f"initiative {i.id}")) for i in corpus.initiatives])
    initiative_actors = Table("initiative_actors", "Who takes part in an initiative.", (
        _c("initiative", required=True, references=("initiatives", "id")),
        _c("actor", required=True, references=("actors", "id"))), ("initiative", "actor"),
        _unique((i.id, a) for i in corpus.initiatives for a in i.actors
                if ref(a, actor_ids, "actor", f"initiative {i.id}")))
    initiative_topics = Table("initiative_topics", "Topics of an initiative.", (
        _c("initiative", required=True, references=("initiatives", "id")),
        _c("topic", required=True, references=("topics", "id"))), ("initiative", "topic"),
        _unique((i.id, t) for i in corpus.initiatives for t in i.topics
                if ref(t, topic_ids, "topic", f"initiative {i.id}")))
    figures = Table("figures", "Every statistic with the words it came from.", (
        _c("id", required=True, description="article id and character offset of the number"),
        _c("article", required=True, references=("articles", "id")), _c("language"),
        _c("value", "number", required=True, description="fully scaled"), _c("unit", required=True),
        _c("qualifier", required=True), _c("counted"), _c("metric", references=("metrics", "id")),
        _c("period"), _c("subject", references=("actors", "id")), _c("text", required=True),
        _c("evidence_quote", required=True), _c("evidence_start", "integer", required=True),
        _c("evidence_end", "integer", required=True), _c("origin", required=True)), ("id",),
        [(f.id, f.article, f.language, f.value, f.unit, f.qualifier, f.counted,
          ref(f.metric, metric_ids, "metric", f"figure {f.id}"), f.period,
          ref(f.subject, actor_ids, "subject", f"figure {f.id}"), f.text, f.evidence.quote, f.evidence.start,
          f.evidence.end, f.origin) for f in corpus.figures])
    figure_topics = Table("figure_topics", "Topics of a figure.", (
        _c("figure", required=True, references=("figures", "id")),
        _c("topic", required=True, references=("topics", "id"))), ("figure", "topic"),
        _unique((f.id, t) for f in corpus.figures for t in f.topics if ref(t, topic_ids, "topic", f"figure {f.id}")))
    facts = Table("facts", "Each statistic once, as reported across the corpus.", (
        _c("id", required=True), _c("statement"),
        _c("value", "number", description="empty when the sources conflict: see fact_figures"),
        _c("unit"), _c("qualifier"), _c("status", required=True)), ("id",),
        [(x.id, x.statement, None if isinstance(x.value, list) else x.value, x.unit, x.qualifier, x.status)
         for x in corpus.facts])
    fact_figures = Table("fact_figures", "The figures that report a fact.", (
        _c("fact", required=True, references=("facts", "id")),
        _c("figure", required=True, references=("figures", "id"))), ("fact", "figure"),
        _unique((x.id, f) for x in corpus.facts for f in x.figures))
    fact_topics = Table("fact_topics", "Topics of a fact.", (
        _c("fact", required=True, references=("facts", "id")),
        _c("topic", required=True, references=("topics", "id"))), ("fact", "topic"),
        _unique((x.id, t) for x in corpus.facts for t in x.topics if ref(t, topic_ids, "topic", f"fact {x.id}")))
    mention_rows = sorted(
        [(m.article, m.start, m.end, a.id, None, m.quote) for a in corpus.actors for m in a.mentions]
        + [(m.article, m.start, m.end, None, i.id, m.quote) for i in corpus.initiatives for m in i.mentions],
        key=lambda r: (r[0], r[1], r[2], r[3] or "", r[4] or ""))
    mentions = Table("mentions", "Where an actor or an initiative is named (exactly one of the two is set).", (
        _c("id", "integer", required=True), _c("article", required=True, references=("articles", "id")),
        _c("actor", references=("actors", "id")), _c("initiative", references=("initiatives", "id")),
        _c("quote", required=True), _c("start", "integer", required=True), _c("end", "integer", required=True)),
        ("id",),
        [(n, art, actor, ini, quote, start, end) for n, (art, start, end, actor, ini, quote) in enumerate(mention_rows, 1)])
    tables = [topics, metrics, articles, article_authors, actor_table, initiatives, initiative_actors,
              initiative_topics, figures, figure_topics, facts, fact_figures, fact_topics, mentions]
    return tables, warnings


def _unique(rows: Iterable[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    return list(dict.fromkeys(rows))


# ---- where to write ----------------------------------------------------------------------------------


def check_output_path(corpus: "Corpus", output: str | os.PathLike[str]) -> Path:
    """The output path, refused (`UsageError`) when it is, lies in, or is hard-linked into the
    corpus folder: the tool never writes into a corpus."""
    from .outputs import check_output_path as check

    return check(corpus.root, output)


# ---- SQLite: a clean copy of the index ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: str
    counts: dict[str, int]
    messages: tuple[str, ...]


# (table, column, referenced table, referenced column): what Datasette turns into labelled links
# and `PRAGMA foreign_key_check` verifies.
FOREIGN_KEYS: tuple[tuple[str, str, str, str], ...] = (
    ("article_authors", "article", "articles", "id"),
    ("figures", "article", "articles", "id"),
    ("figures", "subject", "actors", "id"),
    ("figures", "measure", "measures", "id"),
    ("figures", "unit", "units", "id"),
    ("figures", "qualifier", "qualifiers", "id"),
    ("figures", "metric", "metrics", "id"),
    ("figure_topics", "topic", "topics", "id"),
    ("figure_topics", "figure", "figures", "id"),
    ("actor_mentions", "actor", "actors", "id"),
    ("actor_mentions", "article", "articles", "id"),
    ("initiative_mentions", "initiative", "initiatives", "id"),
    ("initiative_mentions", "article", "articles", "id"),
    ("actors", "affiliation", "actors", "id"),
    ("actor_articles", "actor", "actors", "id"),
    ("actor_articles", "article", "articles", "id"),
    ("initiatives", "place", "actors", "id"),
    ("initiative_actors", "initiative", "initiatives", "id"),
    ("initiative_actors", "actor", "actors", "id"),
    ("initiative_topics", "initiative", "initiatives", "id"),
    ("initiative_topics", "topic", "topics", "id"),
    ("initiative_articles", "initiative", "initiatives", "id"),
    ("initiative_articles", "article", "articles", "id"),
    ("facts", "subject", "actors", "id"),
    ("facts", "measure", "measures", "id"),
    ("facts", "unit", "units", "id"),
    ("facts", "qualifier", "qualifiers", "id"),
    ("fact_topics", "topic", "topics", "id"),
    ("fact_topics", "fact", "facts", "seq"),
    ("fact_figures", "fact", "facts", "seq"),
    ("fact_figures", "figure", "figures", "id"),
)

# The index's bookkeeping, which a copy for people has no use for.
BOOKKEEPING_TABLES = ("meta", "sources", "found_actors", "found_initiatives", "stale_keys")
BOOKKEEPING_COLUMNS = (("figures", "stat_key"), ("figures", "value_key"))

# Link tables made from the JSON lists of the index's records (one row per list item), so that
# SQL and Datasette can join them: (table, its columns, the SELECT that fills it).
LINK_TABLES: tuple[tuple[str, str, str], ...] = (
    ("article_authors", "article TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, "
                        "PRIMARY KEY (article, position)",
     "SELECT a.id, j.key + 1, j.value FROM articles a, json_each(a.authors) j"),
    ("initiative_actors", "initiative TEXT NOT NULL, actor TEXT NOT NULL, PRIMARY KEY (initiative, actor)",
     "SELECT DISTINCT i.id, j.value FROM initiatives i, json_each(i.actors) j"),
    ("initiative_topics", "initiative TEXT NOT NULL, topic TEXT NOT NULL, PRIMARY KEY (initiative, topic)",
     "SELECT DISTINCT i.id, j.value FROM initiatives i, json_each(i.topics) j"),
)

# An article's page: what it is and its text before checksums and bookkeeping.
ARTICLE_FIRST = ("id", "title", "language", "published", "source", "authors", "url", "text")

QUALIFIER_EXPLAINED = {
    Qualifier.EXACT: "the number as stated, with no hedge",
    Qualifier.MORE_THAN: "more than the number (\"more than 830\", \"über 830\")",
    Qualifier.AT_LEAST: "the number or more; also the lower end of a range",
    Qualifier.NEARLY: "a little under the number (\"nearly\", \"fast\")",
    Qualifier.ABOUT: "roughly the number (\"about\", \"rund\", \"etwa\")",
    Qualifier.UP_TO: "the number or less; also the upper end of a range",
    Qualifier.LESS_THAN: "less than the number (\"less than\", \"weniger als\")",
}
UNIT_EXPLAINED = {
    PERCENT: "per cent: a share or a rate of change (fractions are given as percent)",
    PERCENTAGE_POINT: "percentage points: the difference between two percentages",
    COUNT: "a number of things; the column `counted` says of what",
    TIMES: "a multiplier (\"tripled\", \"19,2-fache\")",
}

# What the export reports it wrote, table by table.
COUNTED = ("articles", "actors", "figures", "initiatives", "facts", "actor_mentions", "initiative_mentions")


def export_sqlite(corpus: "Corpus", output: str | os.PathLike[str]) -> ExportResult:
    """Write the corpus as one SQLite database (replacing a file already there): a copy of its
    index (`write_database`), written beside the target and renamed into place when complete."""
    path = check_output_path(corpus, output)
    if path.is_dir():
        raise UsageError(f"{output} is a folder; give a file name for the SQLite database")
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".sco-digital-", suffix=".db", dir=directory)
        os.close(fd)  # VACUUM INTO accepts an empty file
    except OSError as exc:
        raise ExportError(f"cannot write in {directory}: {exc.strerror or exc}") from None
    try:
        counts = write_database(corpus, Path(tmp))
        os.replace(tmp, path)
    except sqlite3.Error as exc:
        raise ExportError(f"cannot write {output}: {exc}") from None
    except OSError as exc:
        raise ExportError(f"cannot write {output}: {exc.strerror or exc}") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    message = "full-text search over article titles and text: articles_fts (FTS5, external content on articles)"
    return ExportResult(str(path), counts, (message,))


def write_database(corpus: "Corpus", target: Path) -> dict[str, int]:
    """Copy the corpus's index into `target` (a new or empty file) with `VACUUM INTO` and make the
    copy a database for people (`furnish`): the one database behind `export --format sqlite` and
    the browser (`web.prepare_site`). A corpus loaded without an index (`SCO_DIGITAL_NO_CACHE`, a
    cache that cannot be written) gets one built in memory by the same builder. Answers the
    number of rows of the record tables (`COUNTED`)."""
    from .index.query import IndexedCorpus

    if isinstance(corpus, IndexedCorpus):
        index = corpus
    else:
        from .index.build import memory_index

        index = memory_index(Path(corpus.root))
    registries = index.registries  # read from the index's bookkeeping before the copy drops it
    index.db.execute("VACUUM INTO ?", (str(target),))
    if index is not corpus:
        index.db.close()
    copy = sqlite3.connect(target, isolation_level=None)
    from .index.schema import register

    register(copy)  # the index's views decompress its texts; the copy stores them as text
    try:
        furnish(copy, registries)
        return {table: copy.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in COUNTED}
    finally:
        copy.close()


def furnish(db: sqlite3.Connection, registries: "Registries") -> None:
    """Make a copy of the index (never the index itself) a database for people: the views' quotes
    stored as columns, the bookkeeping dropped, lookup tables (units, qualifiers, topics, metrics,
    measures) and link tables (`LINK_TABLES`) added, foreign keys declared (deferred), and the
    full-text index given content, so Datasette's search shows passages. Raises `ExportError`
    when a foreign key does not resolve."""
    db.execute("PRAGMA journal_mode = DELETE")  # one file: immutable mode does not read a WAL
    db.execute("PRAGMA legacy_alter_table = ON")  # a renamed table keeps others' references as written
    db.execute("BEGIN")
    from .index.schema import materialize

    materialize(db)  # the quotes, which the index slices from the text, as columns of their own
    for table in BOOKKEEPING_TABLES:
        db.execute(f"DROP TABLE IF EXISTS {table}")
    for table, column in BOOKKEEPING_COLUMNS:
        db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    _add_lookup_tables(db, registries)
    for table, columns, select in LINK_TABLES:
        db.execute(f"CREATE TABLE {table} ({columns})")
        db.execute(f"INSERT INTO {table} {select}")
    _add_referenced_actors(db, registries)
    for table in dict.fromkeys(t for t, *_ in FOREIGN_KEYS):
        _add_foreign_keys(db, table, [(c, ot, oc) for t, c, ot, oc in FOREIGN_KEYS if t == table])
    _put_first(db, "articles", ARTICLE_FIRST)
    db.execute("ALTER TABLE facts ADD COLUMN article_count INTEGER")
    db.execute("UPDATE facts SET article_count = json_array_length(articles)")
    # The index's full-text table keeps no text of its own (the text is in `articles` once); the
    # copy's reads it from `articles`, so Datasette's search can show passages (snippet).
    db.execute("DROP TABLE IF EXISTS articles_fts")
    db.execute("CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content = 'articles', "
               "content_rowid = 'rowid', tokenize = \"unicode61 remove_diacritics 2\")")
    db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
    problems = db.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        db.execute("ROLLBACK")
        raise ExportError(f"internal error: foreign keys do not resolve: {problems[:3]}")
    db.execute("COMMIT")
    db.execute("VACUUM")


# Where other records name an actor: each must be a row of `actors`.
_ACTOR_REFERENCES = " UNION ".join(f"SELECT {c} AS id FROM {t} WHERE {c} IS NOT NULL" for t, c, ot, _ in FOREIGN_KEYS
                                   if ot == "actors")


def _add_referenced_actors(db: sqlite3.Connection, registries: "Registries") -> None:
    """Lexicon actors that other records point to (an affiliation, a place, a participant, a
    figure's subject) but no article names, added to `actors` with no articles and no mentions,
    so every foreign key resolves. Each round adds their affiliations; bounded by the lexicon."""
    lexicon = {a.id: a for a in registries.actors}
    for _ in range(len(lexicon) + 1):
        missing = [ref for ref, in db.execute(f"SELECT DISTINCT r.id FROM ({_ACTOR_REFERENCES}) r "
                                              "WHERE r.id NOT IN (SELECT id FROM actors) ORDER BY r.id")]
        found = [lexicon[ref] for ref in missing if ref in lexicon]
        if not found:
            return
        seq, = db.execute("SELECT coalesce(max(seq), 0) FROM actors").fetchone()
        db.executemany("INSERT INTO actors (id, seq, name, names, kind, role, affiliation, country, articles, mentions) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, '[]', '[]')",
                       [(a.id, seq + n, a.names.get("en") or next(iter(a.names.values()), a.id),
                         json.dumps(a.names, ensure_ascii=False, separators=(",", ":")), a.kind, a.role, a.affiliation, a.country)
                        for n, a in enumerate(found, 1)])


def _add_lookup_tables(db: sqlite3.Connection, registries: "Registries") -> None:
    """Tables that explain the values of other tables' columns, each keyed by that value."""
    db.execute("CREATE TABLE units (id TEXT PRIMARY KEY, explained TEXT NOT NULL)")
    used = {u for u, in db.execute("SELECT unit FROM figures UNION SELECT unit FROM facts")}
    db.executemany("INSERT INTO units VALUES (?, ?)", [(u, _explain_unit(u)) for u in sorted(UNITS | used)])
    db.execute("CREATE TABLE qualifiers (id TEXT PRIMARY KEY, explained TEXT NOT NULL)")
    db.executemany("INSERT INTO qualifiers VALUES (?, ?)",
                   [(q.value, QUALIFIER_EXPLAINED[q]) for q in Qualifier if q.value in QUALIFIERS])
    db.execute("CREATE TABLE topics (id TEXT PRIMARY KEY, name TEXT NOT NULL, name_de TEXT)")
    db.executemany("INSERT INTO topics VALUES (?, ?, ?)",
                   [(t.id, t.labels.get("en") or t.id, t.labels.get("de")) for t in registries.topics])
    db.execute("CREATE TABLE metrics (id TEXT PRIMARY KEY, name TEXT NOT NULL, name_de TEXT, unit TEXT)")
    db.executemany("INSERT INTO metrics VALUES (?, ?, ?, ?)",
                   [(m.id, m.labels.get("en") or m.id, m.labels.get("de"), m.unit) for m in registries.metrics])
    db.execute("CREATE TABLE measures (id TEXT PRIMARY KEY)")
    db.execute("INSERT INTO measures SELECT measure FROM figures WHERE measure IS NOT NULL "
               "UNION SELECT measure FROM facts WHERE measure IS NOT NULL")


def _add_foreign_keys(db: sqlite3.Connection, table: str, keys: list[tuple[str, str, str]]) -> None:
    # SQLite cannot add a constraint to a table: the table is made anew with it. Deferred: checked
    # when the transaction commits, so an actor may name as affiliation one inserted after it.
    sql, = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()
    body = sql.rstrip()
    if not body.endswith(")"):
        raise ExportError(f"unexpected schema of index table {table}")
    constraints = "".join(f",\n  FOREIGN KEY ({c}) REFERENCES {ot}({oc}) DEFERRABLE INITIALLY DEFERRED"
                          for c, ot, oc in keys)
    _rebuild(db, table, body[:-1] + constraints + "\n)")
    for column, *_ in keys:
        db.execute(f"CREATE INDEX IF NOT EXISTS {table}_by_{column}_fk ON {table}({column})")


def _put_first(db: sqlite3.Connection, table: str, first: tuple[str, ...]) -> None:
    # Datasette shows a row's columns in table order: what a reader wants first goes first.
    info = [(name, kind, notnull, pk) for _, name, kind, notnull, _, pk in db.execute(f"PRAGMA table_info({table})")]
    ordered = sorted(info, key=lambda c: first.index(c[0]) if c[0] in first else len(first))
    columns = ", ".join(f'"{n}" {t}{" NOT NULL" if nn else ""}{" PRIMARY KEY" if pk else ""}' for n, t, nn, pk in ordered)
    _rebuild(db, table, f"CREATE TABLE {table} ({columns})")


def _rebuild(db: sqlite3.Connection, table: str, create: str) -> None:
    """Make `table` anew by `create`, with its rows (rowids kept: the full-text table refers to
    them) and its indexes."""
    names = ", ".join(f'"{n}"' for _, n, *_ in db.execute(f"PRAGMA table_info({table})"))
    indexes = [s for s, in db.execute("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                      "AND sql IS NOT NULL", (table,))]
    db.execute(f"ALTER TABLE {table} RENAME TO {table}__old")
    db.execute(create)
    db.execute(f"INSERT INTO {table} (rowid, {names}) SELECT rowid, {names} FROM {table}__old")
    db.execute(f"DROP TABLE {table}__old")
    for index in indexes:
        db.execute(index)


def _explain_unit(unit: str) -> str:
    if unit in UNIT_EXPLAINED:
        return UNIT_EXPLAINED[unit]
    if is_currency(unit):
        return f"an amount of money in {unit} (ISO 4217 currency code)"
    return f"a physical unit ({unit}, UCUM symbol); never converted into another"


# ---- Frictionless Data Package -------------------------------------------------------------------------


def table_schema(table: Table) -> dict[str, Any]:
    fields = []
    for col in table.columns:
        spec: dict[str, Any] = {"name": col.name, "type": col.type}
        if col.description:
            spec["description"] = col.description
        constraints: dict[str, Any] = {}
        if col.required:
            constraints["required"] = True
        if col.pattern:
            constraints["pattern"] = col.pattern
        if constraints:
            spec["constraints"] = constraints
        if col.type == "boolean":
            spec["trueValues"] = ["true"]
            spec["falseValues"] = ["false"]
        fields.append(spec)
    schema: dict[str, Any] = {"fields": fields, "missingValues": [""], "primaryKey": list(table.primary_key)}
    foreign = [
        {"fields": [col.name], "reference": {
            # A reference to the same resource is written with an empty resource name.
            "resource": "" if col.references[0] == table.name else col.references[0],
            "fields": [col.references[1]]}}
        for col in table.columns if col.references
    ]
    if foreign:
        schema["foreignKeys"] = foreign
    return schema


def csv_cell(value: Any) -> str:
    """A data package cell. Numbers are written as numbers; text that a spreadsheet would run as
    a formula (`=`, `+`, `-`, `@`, tab, CR first) is prefixed with `'` (OWASP's advice), since
    these CSV files are opened in spreadsheets as often as read by programs."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(int(value)) if value.is_integer() else repr(value)
    from .textutil import spreadsheet_safe

    return str(spreadsheet_safe(str(value)))


def datapackage_descriptor(corpus: "Corpus", tables: list[Table]) -> dict[str, Any]:
    return {
        "profile": "tabular-data-package",
        "name": PACKAGE_NAME,
        "title": "sco-digital corpus: digital cooperation among SCO countries, from news articles",
        "description": "Articles, actors, initiatives, figures and facts with the words they came from. "
                       f"Exported by sco-digital {__version__}.",
        "resources": [
            {
                "profile": "tabular-data-resource",
                "name": t.name,
                "path": f"{t.name}.csv",
                "description": t.description,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": table_schema(t),
            }
            for t in tables
        ],
    }


def export_datapackage(corpus: "Corpus", output: str | os.PathLike[str]) -> ExportResult:
    """Write one CSV per table and `datapackage.json` into a folder (created if missing)."""
    folder = check_output_path(corpus, output)
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{output} is a file; a data package is a folder")
    tables, messages = relational_model(corpus)
    # Written into a new folder beside the target and renamed into place when complete, so a
    # full disk leaves no half-written package; an existing package is replaced whole.
    parent = folder.parent if str(folder.parent) else Path(".")
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=parent))
    except OSError as exc:
        raise ExportError(f"cannot write {output}: {exc.strerror or exc}") from None
    try:
        for table in tables:
            with open(staging / f"{table.name}.csv", "w", encoding="utf-8", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(table.column_names)
                writer.writerows([csv_cell(v) for v in row] for row in table.rows)
        descriptor = datapackage_descriptor(corpus, tables)
        (staging / "datapackage.json").write_text(json.dumps(descriptor, ensure_ascii=False, indent=2,
                                                             allow_nan=False) + "\n", encoding="utf-8")
        if folder.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{folder.name}.old.", dir=parent))
            os.replace(folder, old / folder.name)
            os.replace(staging, folder)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(staging, folder)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise ExportError(f"cannot write {output}: {exc.strerror or exc}") from None
    return ExportResult(str(folder), {t.name: len(t.rows) for t in tables}, tuple(messages))


# ---- JSON -----------------------------------------------------------------------------------------------


def export_document(corpus: "Corpus") -> dict[str, Any]:
    """Everything in one JSON-ready document: the records with the contract's keys, articles with text."""
    articles = [{**to_dict(a), "text": a.text} for a in corpus.articles]
    return {
        "format": "sco-digital-export",
        "version": __version__,
        "articles": articles,
        "actors": to_dict(list(corpus.actors)),
        "figures": to_dict(list(corpus.figures)),
        "initiatives": to_dict(list(corpus.initiatives)),
        "facts": to_dict(list(corpus.facts)),
        "topics": [{"id": t.id, "labels": dict(t.labels)} for t in corpus.registries.topics],
        "metrics": [{"id": m.id, "labels": dict(m.labels), "unit": m.unit, "topics": list(m.topics)}
                    for m in corpus.registries.metrics],
    }


def export_json(corpus: "Corpus", output: str | os.PathLike[str]) -> ExportResult:
    """Write the JSON document to a file."""
    path = check_output_path(corpus, output)
    if path.is_dir():
        raise UsageError(f"{output} is a folder; give a file name for the JSON document")
    document = export_document(corpus)
    from .outputs import atomic_output

    with atomic_output(path) as stream:
        stream.write(json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n")
    counts = {k: len(v) for k, v in document.items() if isinstance(v, list)}
    return ExportResult(str(path), counts, ())
