"""The index's tables: one per record type, with the contract's JSON keys as columns.

Nested values (lists, `{en, de}` names, evidence lists) are JSON text; a figure's evidence is
three columns (`evidence_quote`, `evidence_start`, `evidence_end`). The article's text is stored
once, compressed (`article_rows`; the view `articles` has it as text through the SQL function
`inflate`, which `register` adds to each connection). Figures and mentions store their
evidence's offsets (tables `figure_rows`, `actor_mention_lists`, `initiative_mention_lists`,
`actor_rows`, `initiative_rows`; long lists of offsets compressed too) and the views `figures`,
`actor_mentions`, `initiative_mentions`, `actors`, `initiatives` slice the quote out of the text
on read; a fact's JSON is stored compressed (`rows.pack_fact`: a warm query decompresses one
fact at a time, which costs less than slicing its quotes from the texts) and the view `facts`
reads its columns, so every query sees the contract's columns; `materialize` makes a copy of the index plain
tables for other programs (`export --format sqlite`, Datasette). Columns that are not
contract keys serve the index: `name` (the source file's path relative to the corpus: corpus
order and the unit of incremental updates; a news record file holds several articles), `seq`
(order within a source file or the corpus), a figure's `start`, and the
statistic keys facts are grouped by. `value` columns carry no declared type, so SQLite keeps an
integer an integer and a float a float, as the records have them.

`SCHEMA_VERSION` is part of the index's key: a file written by another version is rebuilt.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .rows import deflate, dumps, inflate, unpack_fact

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Callable

SCHEMA_VERSION = 12  # 12: facts, mention lists and merged mentions deflated; link tables keyed


class _Inflate:
    """SQL `inflate(blob)`: the text `deflate` stored (`inflate_fact`: the JSON `rows.pack_fact`
    stored). Views slice several quotes out of one article in a row (its figures, its mentions),
    and read several columns out of one fact, so the last text is kept: one decompression each."""

    def __init__(self, unpack: "Callable[[bytes], str]" = inflate) -> None:
        self.unpack = unpack
        self.blob: bytes | None = None
        self.text = ""

    def __call__(self, blob: bytes | None) -> str | None:
        if blob is None:
            return None
        if blob != self.blob:
            self.text, self.blob = self.unpack(blob), blob
        return self.text


def register(db: "sqlite3.Connection") -> None:
    """The SQL functions the index's views use (`inflate`, `inflate_fact`), on every connection
    that reads them. The index is this tool's cache; `export --format sqlite` makes a plain copy
    for other programs."""
    db.create_function("inflate", 1, _Inflate(), deterministic=True)
    db.create_function("inflate_runs", 1, _Inflate(), deterministic=True)  # its own last text: mentions' runs
    db.create_function("inflate_fact", 1, _Inflate(unpack_fact), deterministic=True)

def _mentions(kind: str) -> str:
    """An actor's or initiative's mentions: one row per source file, its mentions in `seq` order
    as a JSON list of runs `[id, article, start, end, start, end, …]` (`mention_runs`: one
    entry per id and article, not a row per mention repeating the file's name, the id and the
    article), deflated; the view has a row per mention, numbered, the quote sliced from the text."""
    return f"""
CREATE TABLE IF NOT EXISTS {kind}_mention_lists (  -- a rowid table: long lists stay on their page
  name TEXT NOT NULL UNIQUE,
  mentions BLOB NOT NULL          -- `deflate` of the JSON runs
);
CREATE VIEW IF NOT EXISTS {kind}_mentions AS SELECT name, seq, {kind}, article,
  (SELECT substr(inflate(a.text), m.start + 1, m."end" - m.start) FROM article_rows a WHERE a.id = m.article) AS quote,
  start, "end"
FROM (SELECT l.name AS name, row_number() OVER (PARTITION BY l.name ORDER BY r.key, p.key) - 1 AS seq,
             json_extract(r.value, '$[0]') AS {kind}, json_extract(r.value, '$[1]') AS article,
             p.value AS start, json_extract(r.value, '$[' || (p.key + 1) || ']') AS "end"
      FROM {kind}_mention_lists l, json_each(inflate_runs(l.mentions)) r, json_each(r.value) p
      WHERE p.key >= 2 AND p.key % 2 = 0) m;
"""


def mention_runs(rows: "list[tuple[object, ...]]") -> list[list[object]]:
    """One file's mention rows (name, seq, id, article, quote, start, end), in seq order, as the
    runs `_mentions` stores: consecutive mentions of one id in one article share an entry."""
    runs: list[list[object]] = []
    for _, _, owner, article, _, start, end in rows:
        if runs and runs[-1][0] == owner and runs[-1][1] == article:
            runs[-1] += [start, end]
        else:
            runs.append([owner, article, start, end])
    return runs


def mentions_of_runs(runs: list[list[Any]]) -> Iterator[tuple[Any, Any, int, int]]:
    """(id, article, start, end) of each mention `mention_runs` stored, in order."""
    for owner, article, *offsets in runs:
        for at in range(0, len(offsets), 2):
            yield owner, article, offsets[at], offsets[at + 1]


def _with_quotes(view: str, table: str, columns: str) -> str:
    """Merged actors or initiatives as the contract has them: each mention's quote sliced from
    its article's text (the table keeps only runs of article and offsets, `rows._offsets`)."""
    return f"""
CREATE VIEW IF NOT EXISTS {view} AS SELECT {columns},
  (SELECT json_group_array(json_array(article, quote, start, "end")) FROM (
     SELECT json_extract(m.value, '$[0]') AS article, p.value AS start,
            json_extract(m.value, '$[' || (p.key + 1) || ']') AS "end",
            substr(inflate(a.text), p.value + 1, json_extract(m.value, '$[' || (p.key + 1) || ']') - p.value) AS quote
     FROM json_each(inflate_runs(r.mentions)) m JOIN json_each(m.value) p
          JOIN article_rows a ON a.id = json_extract(m.value, '$[0]')
     WHERE p.key % 2 = 1
     ORDER BY m.key, p.key)) AS mentions
FROM {table} r;
"""


# The view `articles`: an article's columns, its text decompressed.
_ARTICLE_VIEW = ("id, name, path, format, title, language, published, source, authors, url, section, sha256, chars, "
                 "words, curated, inflate(text) AS text, extra")

# The columns of an article, stored (`article_rows`, the text zlib-compressed UTF-8) and in a copy
# for people (`ARTICLES_TABLE`, the text as text). `name` is the source file (one article, or one
# per news record in rowid order); `authors` a JSON list; `extra` a JSON object of sidecar
# metadata beyond the contract.
_ARTICLE_COLUMNS = """  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  path TEXT NOT NULL,
  format TEXT NOT NULL,
  title TEXT,
  language TEXT,
  published TEXT,
  source TEXT,
  authors TEXT NOT NULL,
  url TEXT,
  section TEXT,
  sha256 TEXT NOT NULL,
  chars INTEGER NOT NULL,
  words INTEGER NOT NULL,
  curated INTEGER NOT NULL CHECK (curated IN (0, 1)),
  text {text},
  extra TEXT NOT NULL"""
TABLES = """
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value BLOB
);
CREATE TABLE IF NOT EXISTS sources (
  name TEXT PRIMARY KEY,          -- the source file's path relative to the corpus folder
  article TEXT NOT NULL,          -- the file's id (a news record file's articles: <id>-<n>)
  stat TEXT NOT NULL,             -- size, mtime, ctime, inode of the file and the sidecar
  sha256 TEXT NOT NULL,           -- of the file's bytes
  sidecar_sha256 TEXT,            -- of the sidecar's text, NULL without one
  skipped TEXT NOT NULL           -- JSON list: what reading the file skipped [path, kind, reason, line]
);
-- Articles with their text compressed (`deflate`): the view `articles` has it as text (`inflate`).
CREATE TABLE IF NOT EXISTS article_rows (
""" + _ARTICLE_COLUMNS.format(text="BLOB NOT NULL") + """
);
CREATE INDEX IF NOT EXISTS articles_by_name ON article_rows(name);
CREATE VIEW IF NOT EXISTS articles AS SELECT """ + _ARTICLE_VIEW + """ FROM article_rows;
CREATE TABLE IF NOT EXISTS figure_rows (
  id TEXT PRIMARY KEY,
  article TEXT NOT NULL,
  name TEXT NOT NULL,
  seq INTEGER NOT NULL,
  start INTEGER NOT NULL,
  language TEXT,
  value NOT NULL,
  unit TEXT NOT NULL,
  qualifier TEXT NOT NULL,
  change TEXT,
  range_with TEXT,
  counted TEXT,
  measure TEXT,
  metric TEXT,
  period TEXT,
  subject TEXT,
  topics TEXT NOT NULL,           -- JSON list
  text TEXT NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  origin TEXT NOT NULL,
  stat_key TEXT,                  -- facts.statistic_key as text: equal keys, one statistic
  value_key TEXT NOT NULL         -- value, unit and counted noun: joins a metric's statistic
);
CREATE INDEX IF NOT EXISTS figures_by_article ON figure_rows(name, seq);
CREATE INDEX IF NOT EXISTS figures_by_article_id ON figure_rows(article, seq);
CREATE INDEX IF NOT EXISTS figures_by_unit ON figure_rows(unit);
CREATE INDEX IF NOT EXISTS figures_by_measure ON figure_rows(measure);
CREATE INDEX IF NOT EXISTS figures_by_stat_key ON figure_rows(stat_key);
CREATE VIEW IF NOT EXISTS figures AS SELECT
  id, article, name, seq, start, language, value, unit, qualifier, change, range_with, counted, measure, metric,
  period, subject, topics, text,
  (SELECT substr(inflate(a.text), f.evidence_start + 1, f.evidence_end - f.evidence_start) FROM article_rows a
   WHERE a.id = f.article) AS evidence_quote,
  evidence_start, evidence_end, origin, stat_key, value_key
FROM figure_rows f;
-- A topic's figures by (file, seq), in corpus order: the figure's id is in `figure_rows`.
CREATE TABLE IF NOT EXISTS figure_topics (
  topic TEXT NOT NULL,
  name TEXT NOT NULL,
  seq INTEGER NOT NULL,
  PRIMARY KEY (topic, name, seq)
) WITHOUT ROWID;
""" + _mentions("actor") + _mentions("initiative") + """
CREATE TABLE IF NOT EXISTS found_actors (        -- actors the extractor found in one article
  name TEXT NOT NULL,
  seq INTEGER NOT NULL,
  record TEXT NOT NULL            -- JSON object with the actor's keys
);
CREATE INDEX IF NOT EXISTS found_actors_by_name ON found_actors(name, seq);
CREATE TABLE IF NOT EXISTS found_initiatives (
  name TEXT NOT NULL,
  seq INTEGER NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS found_initiatives_by_name ON found_initiatives(name, seq);
CREATE TABLE IF NOT EXISTS actor_rows (         -- merged over the corpus after each build
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  name TEXT NOT NULL,
  names TEXT NOT NULL,
  kind TEXT NOT NULL,
  role TEXT,
  affiliation TEXT,
  country TEXT,
  articles TEXT NOT NULL,
  mentions BLOB NOT NULL         -- `deflate` of JSON [[article, start, end, start, end …], …]: the view adds the quotes
);
""" + _with_quotes("actors", "actor_rows", "id, seq, name, names, kind, role, affiliation, country, articles") + """
CREATE TABLE IF NOT EXISTS actor_articles (
  article TEXT NOT NULL,
  actor TEXT NOT NULL,
  PRIMARY KEY (article, actor)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS initiative_rows (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  name TEXT NOT NULL,
  names TEXT NOT NULL,
  kind TEXT NOT NULL,
  date TEXT,
  end_date TEXT,
  place TEXT,
  actors TEXT NOT NULL,
  topics TEXT NOT NULL,
  articles TEXT NOT NULL,
  mentions BLOB NOT NULL
);
""" + _with_quotes("initiatives", "initiative_rows", "id, seq, name, names, kind, date, end_date, place, actors, topics, articles") + """
CREATE TABLE IF NOT EXISTS initiative_articles (
  article TEXT NOT NULL,
  initiative TEXT NOT NULL,
  PRIMARY KEY (article, initiative)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS fact_rows (
  seq INTEGER PRIMARY KEY,        -- the fact, as fact_topics and fact_figures name it
  key TEXT NOT NULL,              -- the statistic key its figures share (a keyless figure: NUL and its id)
  first_name TEXT NOT NULL,       -- corpus order: where its statistic's first figure is (file, seq),
  first_seq INTEGER NOT NULL,     -- and which of the statistic's facts it is (usually one)
  part INTEGER NOT NULL,
  sources INTEGER NOT NULL,       -- how many articles report it
  status TEXT NOT NULL,
  json BLOB NOT NULL              -- the fact's JSON object as `facts --json` writes it, deflated (`rows.pack_fact`)
);
CREATE INDEX IF NOT EXISTS fact_rows_by_key ON fact_rows(key);
CREATE INDEX IF NOT EXISTS fact_rows_in_order ON fact_rows(first_name, first_seq, part);
CREATE VIEW IF NOT EXISTS facts AS SELECT
  json_extract(inflate_fact(json), '$.id') AS id, seq, json_extract(inflate_fact(json), '$.statement') AS statement,
  json_extract(inflate_fact(json), '$.value') AS value, json_extract(inflate_fact(json), '$.unit') AS unit,
  json_extract(inflate_fact(json), '$.qualifier') AS qualifier, json_extract(inflate_fact(json), '$.measure') AS measure,
  json_extract(inflate_fact(json), '$.period') AS period, json_extract(inflate_fact(json), '$.subject') AS subject,
  json_extract(inflate_fact(json), '$.basis') AS basis, json_extract(inflate_fact(json), '$.topics') AS topics,
  json_extract(inflate_fact(json), '$.articles') AS articles, json_extract(inflate_fact(json), '$.figures') AS figures,
  json_extract(inflate_fact(json), '$.evidence') AS evidence, status
FROM fact_rows;
-- The statistic keys whose facts are to be made again: those of the figures of every file
-- written or removed since the last merge (kept here, so an interrupted build loses none).
CREATE TABLE IF NOT EXISTS stale_keys (
  key TEXT PRIMARY KEY
) WITHOUT ROWID;
-- A topic's facts in corpus order, read in key order: no sort of their JSON at query time.
CREATE TABLE IF NOT EXISTS fact_topics (
  topic TEXT NOT NULL,
  first_name TEXT NOT NULL,
  first_seq INTEGER NOT NULL,
  part INTEGER NOT NULL,
  fact INTEGER NOT NULL,
  PRIMARY KEY (topic, first_name, first_seq, part, fact)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS fact_figures (
  fact INTEGER NOT NULL,
  figure TEXT NOT NULL,
  PRIMARY KEY (fact, figure)
) WITHOUT ROWID;
"""

# Full-text search over the articles' title and text, NFC-normalised and folded as `search`
# folds (so an NFD query finds NFC text and "Ubersetzung" finds "Übersetzung"); rowid = the
# article's rowid. Contentless: the text is in `articles` once, offsets index it there. `detail =
# column` keeps which column a word is in, not where: less than half the size of a full index;
# phrases are then asked as words that must all be there (`search.fts_query`), and `search`
# checks the exact words in the text itself.
FTS = """
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
  title, text, content = '', detail = column, tokenize = "unicode61 remove_diacritics 2"
);
"""

# Tables whose rows belong to one source file (by its name) and go together when it changes
# (and `figure_topics`, keyed by topic first: `FIGURE_TOPICS_OF_FILE` deletes a file's rows).
PER_ARTICLE = ("article_rows", "figure_rows", "actor_mention_lists", "initiative_mention_lists",
               "found_actors", "found_initiatives")
FIGURE_TOPICS_OF_FILE = ("DELETE FROM figure_topics WHERE topic IN (SELECT DISTINCT j.value FROM figure_rows f, "
                         "json_each(f.topics) j WHERE f.name = ?1) AND name = ?1")
# Rows of these (as `rows` makes them) are stored in another table without the quote its view
# slices from the article's text: table -> (stored in, position of the quote).
STORED_WITHOUT_QUOTE = {"figures": ("figure_rows", 18), "actor_mentions": ("actor_mention_lists", 4),
                        "initiative_mentions": ("initiative_mention_lists", 4)}


# Where an article row (`rows.ARTICLE_COLUMNS`) has its text, which `article_rows` stores compressed.
_TEXT_AT = 15


def stored(table: str, rows: list[tuple[object, ...]]) -> tuple[str, list[tuple[object, ...]]]:
    """Where and how one article's rows of `table` are stored (see `STORED_WITHOUT_QUOTE`;
    articles in `article_rows`, their text compressed)."""
    if table == "articles":
        return "article_rows", [row[:_TEXT_AT] + (deflate(str(row[_TEXT_AT])),) + row[_TEXT_AT + 1:] for row in rows]
    if table == "figure_topics":  # (topic, figure, name, seq): the figure is its (name, seq)
        return table, list(dict.fromkeys((topic, name, seq) for topic, _, name, seq in rows))
    found = STORED_WITHOUT_QUOTE.get(table)
    if found is None:
        return table, rows
    target, quote = found
    if target.endswith("_mention_lists"):  # one file's (name, seq, id, article, quote, start, end), in seq order
        return target, [(rows[0][0], deflate(dumps(mention_runs(rows))))]
    return target, [row[:quote] + row[quote + 1:] for row in rows]
# Tables merged over the whole corpus, recomputed after a build that changed anything.
MERGED = ("actor_rows", "actor_articles", "initiative_rows", "initiative_articles")


# The tables the views stand for, as a copy of the index for people (Datasette) has them: the
# quote a column of its own, no join needed.
_MATERIALIZED = {
    "actors": """CREATE TABLE actors (
  id TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE, name TEXT NOT NULL, names TEXT NOT NULL, kind TEXT NOT NULL,
  role TEXT, affiliation TEXT, country TEXT, articles TEXT NOT NULL, mentions TEXT NOT NULL)""",
    "initiatives": """CREATE TABLE initiatives (
  id TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE, name TEXT NOT NULL, names TEXT NOT NULL, kind TEXT NOT NULL,
  date TEXT, end_date TEXT, place TEXT, actors TEXT NOT NULL, topics TEXT NOT NULL, articles TEXT NOT NULL,
  mentions TEXT NOT NULL)""",
    "figures": """CREATE TABLE figures (
  id TEXT PRIMARY KEY, article TEXT NOT NULL, name TEXT NOT NULL, seq INTEGER NOT NULL, start INTEGER NOT NULL,
  language TEXT, value NOT NULL, unit TEXT NOT NULL, qualifier TEXT NOT NULL, change TEXT, range_with TEXT,
  counted TEXT, measure TEXT, metric TEXT, period TEXT, subject TEXT, topics TEXT NOT NULL, text TEXT NOT NULL,
  evidence_quote TEXT NOT NULL, evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
  origin TEXT NOT NULL, stat_key TEXT, value_key TEXT NOT NULL)""",
    "facts": """CREATE TABLE facts (
  id TEXT NOT NULL, seq INTEGER PRIMARY KEY, statement TEXT NOT NULL, value NOT NULL, unit TEXT NOT NULL,
  qualifier TEXT NOT NULL, measure TEXT, period TEXT, subject TEXT, basis TEXT NOT NULL, topics TEXT NOT NULL,
  articles TEXT NOT NULL, figures TEXT NOT NULL, evidence TEXT NOT NULL, status TEXT NOT NULL)""",
    "actor_mentions": """CREATE TABLE actor_mentions (
  name TEXT NOT NULL, seq INTEGER NOT NULL, actor TEXT NOT NULL, article TEXT NOT NULL, quote TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL)""",
    "initiative_mentions": """CREATE TABLE initiative_mentions (
  name TEXT NOT NULL, seq INTEGER NOT NULL, initiative TEXT NOT NULL, article TEXT NOT NULL,
  quote TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL)""",
}


def materialize(db: "sqlite3.Connection") -> None:
    """In a copy of the index (never the index itself): each view made a table of its own with
    the quotes in it, and the offset-only table it read from dropped (in the caller's transaction)."""
    # A figure's topics with its id, in corpus order (the index keys them by topic alone).
    db.execute("CREATE TEMP TABLE figure_topics_copy AS SELECT j.value AS topic, f.id AS figure, f.name, f.seq "
               "FROM figure_rows f, json_each(f.topics) j ORDER BY f.name, f.seq, j.key")
    db.execute("DROP TABLE figure_topics")
    db.execute("CREATE TABLE figure_topics (topic TEXT NOT NULL, figure TEXT NOT NULL, name TEXT NOT NULL, "
               "seq INTEGER NOT NULL)")
    db.execute("INSERT INTO figure_topics SELECT * FROM temp.figure_topics_copy")
    db.execute("DROP TABLE temp.figure_topics_copy")
    db.execute("CREATE INDEX figure_topics_by_topic ON figure_topics(topic, name, seq)")
    for view, table in [(v, t) for v, (t, _) in STORED_WITHOUT_QUOTE.items()] + [("actors", "actor_rows"),
                                                                                 ("initiatives", "initiative_rows")]:
        db.execute(f"CREATE TEMP TABLE {view}_copy AS SELECT * FROM {view}")
        db.execute(f"DROP VIEW {view}")
        db.execute(f"DROP TABLE {table}")
        db.execute(_MATERIALIZED[view])
        db.execute(f"INSERT INTO {view} SELECT * FROM temp.{view}_copy")
        db.execute(f"DROP TABLE temp.{view}_copy")
    _materialize_articles(db)
    db.execute("CREATE INDEX figures_by_article ON figures(name, seq)")
    for table, owner, owners in (("actor_articles", "actor", "actors"),
                                 ("initiative_articles", "initiative", "initiatives")):
        _plain_links(db, table, f"article TEXT NOT NULL,\n  {owner} TEXT NOT NULL",
                     f"SELECT j.value, o.id FROM {owners} o, json_each(o.articles) j ORDER BY o.seq, j.key")
        db.execute(f"CREATE INDEX {table}_by_article ON {table}(article)")
    _materialize_facts(db)


def _plain_links(db: "sqlite3.Connection", table: str, columns: str, select: str) -> None:
    """A link table, keyed in the index (WITHOUT ROWID, its key its only index), as a plain table
    in a copy for people, its rows in the order they were made (`select`)."""
    db.execute(f"DROP TABLE {table}")
    db.execute(f"CREATE TABLE {table} (\n  {columns}\n)")
    db.execute(f"INSERT INTO {table} {select}")


def _materialize_articles(db: "sqlite3.Connection") -> None:
    """Articles as a table with their text as text, each keeping its rowid (the full-text index's)."""
    columns = ", ".join(line.split()[0] for line in ARTICLES_TABLE.splitlines()[1:-1])
    db.execute(f"CREATE TEMP TABLE articles_copy AS SELECT rowid AS row, {_ARTICLE_VIEW} FROM article_rows")
    db.execute("DROP VIEW articles")
    db.execute("DROP TABLE article_rows")
    db.execute(ARTICLES_TABLE)
    db.execute(f"INSERT INTO articles (rowid, {columns}) SELECT row, {columns} FROM temp.articles_copy ORDER BY row")
    db.execute("DROP TABLE temp.articles_copy")
    db.execute("CREATE INDEX articles_by_name ON articles(name)")


def _materialize_facts(db: "sqlite3.Connection") -> None:
    """Facts as a table of their columns, numbered 0, 1, … in corpus order (in the index a
    fact's `seq` only names it: facts made again get new ones), and the link tables renumbered."""
    db.execute("CREATE TEMP TABLE fact_order AS SELECT seq AS old, row_number() OVER "
               "(ORDER BY first_name, first_seq, part) - 1 AS new FROM fact_rows")
    db.execute("CREATE UNIQUE INDEX temp.fact_order_by_old ON fact_order(old)")
    db.execute("CREATE TEMP TABLE facts_copy AS SELECT f.*, o.new AS position FROM facts f "
               "JOIN temp.fact_order o ON o.old = f.seq")
    db.execute("DROP VIEW facts")
    db.execute("DROP TABLE fact_rows")
    db.execute(_MATERIALIZED["facts"])
    db.execute("INSERT INTO facts SELECT id, position, statement, value, unit, qualifier, measure, period, subject, "
               "basis, topics, articles, figures, evidence, status FROM temp.facts_copy ORDER BY position")
    _plain_links(db, "fact_figures", "fact INTEGER NOT NULL,\n  figure TEXT NOT NULL",
                 "SELECT f.position, j.value FROM temp.facts_copy f, json_each(f.figures) j ORDER BY f.seq, j.key")
    db.execute("CREATE INDEX fact_figures_by_fact ON fact_figures(fact)")
    # The copy's link table is the plain (topic, fact) pair: the order columns serve the index only.
    db.execute("CREATE TEMP TABLE fact_topics_copy AS SELECT t.topic, o.new AS fact FROM fact_topics t "
               "JOIN temp.fact_order o ON o.old = t.fact ORDER BY o.new, t.topic")
    db.execute("DROP TABLE fact_topics")
    db.execute("CREATE TABLE fact_topics (topic TEXT NOT NULL, fact INTEGER NOT NULL)")
    db.execute("INSERT INTO fact_topics SELECT topic, fact FROM temp.fact_topics_copy")
    db.execute("CREATE INDEX fact_topics_by_topic ON fact_topics(topic, fact)")
    db.execute("DROP TABLE temp.fact_topics_copy")
    for table in ("facts_copy", "fact_order"):
        db.execute(f"DROP TABLE temp.{table}")


# The articles of a copy for people (`materialize`): the text as text.
ARTICLES_TABLE = "CREATE TABLE articles (\n" + _ARTICLE_COLUMNS.format(text="TEXT NOT NULL") + "\n)"
