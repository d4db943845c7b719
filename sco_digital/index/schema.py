"""The index's tables: one per record type, with the contract's JSON keys as columns.

Nested values (lists, `{en, de}` names, evidence lists) are JSON text; a figure's evidence is
three columns (`evidence_quote`, `evidence_start`, `evidence_end`). Columns that are not
contract keys serve the index: `name` (the source file's path relative to the corpus: corpus
order and the unit of incremental updates; a news record file holds several articles), `seq`
(order within a source file or the corpus), a figure's `start`, and the
statistic keys facts are grouped by. `value` columns carry no declared type, so SQLite keeps an
integer an integer and a float a float, as the records have them.

`SCHEMA_VERSION` is part of the index's key: a file written by another version is rebuilt.
"""

from __future__ import annotations

SCHEMA_VERSION = 2

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
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,             -- the source file: one article, or one per news record (rowid order)
  path TEXT NOT NULL,
  format TEXT NOT NULL,
  title TEXT,
  language TEXT,
  published TEXT,
  source TEXT,
  authors TEXT NOT NULL,          -- JSON list
  url TEXT,
  section TEXT,
  sha256 TEXT NOT NULL,
  chars INTEGER NOT NULL,
  words INTEGER NOT NULL,
  curated INTEGER NOT NULL CHECK (curated IN (0, 1)),
  text TEXT NOT NULL,
  extra TEXT NOT NULL             -- JSON object: sidecar metadata beyond the contract
);
CREATE INDEX IF NOT EXISTS articles_by_name ON articles(name);
CREATE TABLE IF NOT EXISTS figures (
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
  evidence_quote TEXT NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  origin TEXT NOT NULL,
  stat_key TEXT,                  -- facts.statistic_key as text: equal keys, one statistic
  value_key TEXT NOT NULL         -- value, unit and counted noun: joins a metric's statistic
);
CREATE INDEX IF NOT EXISTS figures_by_article ON figures(name, seq);
CREATE INDEX IF NOT EXISTS figures_by_article_id ON figures(article, seq);
CREATE INDEX IF NOT EXISTS figures_by_unit ON figures(unit);
CREATE INDEX IF NOT EXISTS figures_by_measure ON figures(measure);
CREATE TABLE IF NOT EXISTS figure_topics (
  topic TEXT NOT NULL,
  figure TEXT NOT NULL,
  name TEXT NOT NULL,
  seq INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS figure_topics_by_topic ON figure_topics(topic, name, seq);
CREATE INDEX IF NOT EXISTS figure_topics_by_name ON figure_topics(name);
CREATE TABLE IF NOT EXISTS actor_mentions (
  name TEXT NOT NULL,
  seq INTEGER NOT NULL,
  actor TEXT NOT NULL,
  article TEXT NOT NULL,
  quote TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS actor_mentions_by_name ON actor_mentions(name, seq);
CREATE TABLE IF NOT EXISTS initiative_mentions (
  name TEXT NOT NULL,
  seq INTEGER NOT NULL,
  initiative TEXT NOT NULL,
  article TEXT NOT NULL,
  quote TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS initiative_mentions_by_name ON initiative_mentions(name, seq);
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
CREATE TABLE IF NOT EXISTS actors (             -- merged over the corpus after each build
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  name TEXT NOT NULL,
  names TEXT NOT NULL,
  kind TEXT NOT NULL,
  role TEXT,
  affiliation TEXT,
  country TEXT,
  articles TEXT NOT NULL,
  mentions TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS actor_articles (
  article TEXT NOT NULL,
  actor TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS actor_articles_by_article ON actor_articles(article);
CREATE TABLE IF NOT EXISTS initiatives (
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
  mentions TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS initiative_articles (
  article TEXT NOT NULL,
  initiative TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS initiative_articles_by_article ON initiative_articles(article);
CREATE TABLE IF NOT EXISTS facts (
  id TEXT NOT NULL,
  seq INTEGER PRIMARY KEY,
  statement TEXT NOT NULL,
  value NOT NULL,                 -- a number, or a JSON list when the sources conflict
  unit TEXT NOT NULL,
  qualifier TEXT NOT NULL,
  measure TEXT,
  period TEXT,
  subject TEXT,
  basis TEXT NOT NULL,
  topics TEXT NOT NULL,
  articles TEXT NOT NULL,
  figures TEXT NOT NULL,
  evidence TEXT NOT NULL,
  status TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS fact_topics (
  topic TEXT NOT NULL,
  fact INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS fact_topics_by_topic ON fact_topics(topic, fact);
CREATE TABLE IF NOT EXISTS fact_figures (
  fact INTEGER NOT NULL,
  figure TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS fact_figures_by_fact ON fact_figures(fact);
"""

# Full-text search over the articles' title and text, NFC-normalised and folded as `search`
# folds (so an NFD query finds NFC text and "Ubersetzung" finds "Übersetzung"); rowid = the
# article's rowid. Contentless: the text is in `articles` once, offsets index it there.
FTS = """
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
  title, text, content = '', tokenize = "unicode61 remove_diacritics 2"
);
"""

# Tables whose rows belong to one source file (by its name) and go together when it changes.
PER_ARTICLE = ("articles", "figures", "figure_topics", "actor_mentions", "initiative_mentions",
               "found_actors", "found_initiatives")
# Tables merged over the whole corpus, recomputed after a build that changed anything.
MERGED = ("actors", "actor_articles", "initiatives", "initiative_articles", "facts", "fact_topics",
          "fact_figures")
