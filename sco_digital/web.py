"""The corpus in a browser: a read-only snapshot of the index, and Datasette metadata for it.

`prepare_site` loads the corpus through its SQLite index (building what changed) and writes into
a folder of the caller's the same database `export --format sqlite` writes (`export.write_database`:
`VACUUM INTO`, a consistent copy even while the index is written, then what a browser needs and
the index does not keep: foreign keys, so Datasette shows actor, initiative and article names
instead of ids; explanation and link tables; the number of articles behind each fact, to sort
by). The index itself is never changed, and nothing is written into the corpus folder.

`site_metadata` is Datasette's metadata: table and column descriptions from the record contract
(enumerated values from `schema.py`), facets, sort orders, full-text search, and canned queries
for the jobs the tool exists for. `datasette_command` is the command line that serves the copy
immutably. This module imports neither Datasette nor click: the CLI (`cli/serve.py`) runs it.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import CorpusError
from .schema import record_schema

DATABASE = "corpus"  # the database's name in Datasette's URLs: /corpus/figures

# Column descriptions from the record contract (DESIGN.md §3); enumerated values are appended
# from the generated JSON Schema, so a new unit or status shows up here without an edit.
COLUMN_DOCS: dict[str, dict[str, str]] = {
    "articles": {
        "id": "Article id: the file name up to the first _ or .",
        "name": "The article's file name in the corpus folder",
        "path": "Where the article file lies",
        "title": "Title, from the sidecar or the text",
        "language": "Language of the article (ISO 639-1)",
        "published": "Publication date (ISO 8601)",
        "source": "Publisher",
        "authors": "Authors (JSON list)",
        "sha256": "SHA-256 of the article file's bytes: the text quoted is the text read",
        "chars": "Length of the text in characters (offsets index this text)",
        "words": "Number of words",
        "curated": "1 when a sidecar holds curated records for the article",
        "text": "The article as read",
        "extra": "Sidecar metadata beyond the contract (JSON)",
    },
    "figures": {
        "id": "Figure id: article id and character offset of the number",
        "article": "The article the figure is in",
        "seq": "Order of the figure within its article",
        "start": "Character offset of the number in the article",
        "language": "Language of the article",
        "value": "The number, fully scaled by number words (\"1,5 Millionen\" is 1500000); never converted",
        "unit": "Unit of the value",
        "qualifier": "How the text hedges the number",
        "change": "A direction the text states (up, down), else empty",
        "range_with": "For an end of a range: the id of the other end",
        "counted": "What is counted, in the article's words",
        "measure": "What is measured, as a concept shared by English and German words",
        "metric": "The curated statistic the figure reports, if any",
        "period": "The period the figure is about (2024, 2025-H1, 2025-01/2025-07)",
        "subject": "Whom the figure is about (an actor)",
        "topics": "Topics (JSON list)",
        "text": "The number as written",
        "evidence_quote": "The sentence the figure came from, word for word",
        "evidence_start": "Where the quote starts in the article",
        "evidence_end": "Where the quote ends in the article",
        "origin": "curated (from a sidecar) or extracted (found in the text)",
    },
    "facts": {
        "seq": "Order of the fact",
        "id": "Fact id: the statistic and its period",
        "statement": "The statistic in words",
        "value": "The value; a JSON list of the values reported when the sources conflict",
        "unit": "Unit of the value",
        "qualifier": "How the sources hedge the number",
        "measure": "What is measured",
        "period": "The period the statistic is about",
        "subject": "Whom the statistic is about (an actor)",
        "basis": "What joined the figures: metric, measure or value",
        "topics": "Topics (JSON list)",
        "articles": "Articles that report the statistic (JSON list)",
        "figures": "The figures joined (JSON list; see fact_figures)",
        "evidence": "Every quote, word for word (JSON list)",
        "status": "single (one source), consistent (sources agree) or conflict (they differ)",
        "article_count": "Number of articles that report the statistic",
    },
    "actors": {
        "id": "Actor id (a slug: xiong-jijun, miit, uzbekistan)",
        "seq": "Order in the corpus",
        "name": "Name",
        "names": "Names by language (JSON: en, de)",
        "kind": "What the actor is",
        "role": "Role or office, as the articles give it",
        "affiliation": "The organisation the actor belongs to",
        "country": "Country (ISO 3166-1 alpha-3)",
        "articles": "Articles that name the actor (JSON list)",
        "mentions": "Every mention, word for word (JSON list)",
    },
    "initiatives": {
        "id": "Initiative id",
        "seq": "Order in the corpus",
        "name": "Name",
        "names": "Names by language (JSON: en, de)",
        "kind": "What the initiative is",
        "date": "When it starts (ISO 8601)",
        "end_date": "When it ends (ISO 8601)",
        "place": "Where it takes place",
        "actors": "Actors taking part (JSON list)",
        "topics": "Topics (JSON list)",
        "articles": "Articles that name it (JSON list)",
        "mentions": "Every mention, word for word (JSON list)",
    },
}
TABLE_DOCS = {
    "articles": "The articles of the corpus. Search their text (English and German) with the box above.",
    "figures": "Numbers stated in the articles, each with the sentence it came from.",
    "facts": "Statistics as reported across the corpus: figures that state the same thing, joined. "
             "Sorted by the number of articles that report them.",
    "actors": "People, organisations, countries, places, companies and media the articles name.",
    "initiatives": "Forums, conferences, summits, programmes, projects and plans the articles name.",
    "figure_topics": "Which figure belongs to which topic.",
    "fact_topics": "Which fact belongs to which topic.",
    "fact_figures": "The figures each fact joins.",
    "actor_mentions": "Every place an actor is named, word for word.",
    "initiative_mentions": "Every place an initiative is named, word for word.",
    "actor_articles": "Which actor is named in which article.",
    "initiative_articles": "Which initiative is named in which article.",
    "units": "The units of figures and facts, explained.",
    "qualifiers": "How a text hedges a number, explained.",
    "topics": "The topics of the taxonomy, in English and German.",
    "metrics": "Curated statistics: figures reporting one are joined across articles and languages.",
    "measures": "What a figure measures, as a concept shared by English and German words.",
}
FACETS = {
    "articles": ["language", "source", "published"],
    "figures": ["language", "unit", "qualifier", "measure", "origin", "article", {"array": "topics"}],
    "facts": ["status", "unit", "qualifier", "measure", "basis", {"array": "topics"}],
    "actors": ["kind", "country", "affiliation"],
    "initiatives": ["kind", "place", {"array": "topics"}],
}
SORTS = {"facts": {"sort_desc": "article_count"}, "figures": {"sort": "id"}, "actors": {"sort": "seq"},
         "initiatives": {"sort": "seq"}, "articles": {"sort": "id"}}
LABELS = {"articles": "title", "actors": "name", "initiatives": "name", "facts": "statement",
          "figures": "text", "topics": "name", "metrics": "name", "measures": "id", "units": "id",
          "qualifiers": "id"}
_RECORD_OF = {"articles": "article", "figures": "figure", "facts": "fact", "actors": "actor",
              "initiatives": "initiative"}


@dataclass(frozen=True, slots=True)
class Site:
    """What Datasette serves: the database file (a snapshot of the index) and its metadata."""

    database: Path
    metadata: dict[str, Any]
    metadata_file: Path


def prepare_site(corpus_path: str | Path | None, directory: Path) -> Site:
    """Load the corpus through its index and write, into `directory`, the database and metadata
    a browser shows. Raises CorpusError when there is no index (cache turned off or unwritable)."""
    from .index.build import cache_dir
    from .index.query import IndexedCorpus
    from .load import load_corpus

    # Checked first too, so a large corpus is not analysed only to be refused.
    corpus = load_corpus(corpus_path) if cache_dir() is not None else None
    if not isinstance(corpus, IndexedCorpus):
        raise CorpusError("no index could be built (SCO_DIGITAL_NO_CACHE is set or the cache "
                          "directory cannot be written; set SCO_DIGITAL_CACHE_DIR)")
    database = directory / f"{DATABASE}.db"
    from .export import write_database

    database.unlink(missing_ok=True)
    write_database(corpus, database)  # the same database as `export --format sqlite`
    metadata = site_metadata(corpus.root)
    metadata_file = directory / "metadata.json"
    metadata_file.write_text(json.dumps(metadata, ensure_ascii=False, indent=1), encoding="utf-8")
    return Site(database, metadata, metadata_file)


def datasette_command(site: Site, host: str, port: int, open_browser: bool) -> list[str]:
    """The command line that serves `site` read-only (`--immutable`: opened with SQLite's
    `immutable=1`, no write can reach it)."""
    command = [sys.executable, "-m", "datasette", "serve", "--immutable", str(site.database),
               "--metadata", str(site.metadata_file), "--host", host, "--port", str(port),
               "--setting", "truncate_cells_html", "400", "--setting", "default_page_size", "50"]
    return command + (["--open"] if open_browser else [])


# ---- metadata -------------------------------------------------------------------------------


def site_metadata(corpus_root: str | Path) -> dict[str, Any]:
    """Datasette's metadata for the snapshot: descriptions, labels, facets, sorts, search,
    canned queries."""
    tables: dict[str, Any] = {"articles_fts": {"hidden": True}}
    for name, description in TABLE_DOCS.items():
        entry: dict[str, Any] = {"description": description}
        if name in COLUMN_DOCS:
            entry["columns"] = _column_docs(name)
        if name in LABELS:
            entry["label_column"] = LABELS[name]
        if name in FACETS:
            entry["facets"] = FACETS[name]
        entry.update(SORTS.get(name, {}))
        tables[name] = entry
    tables["articles"].update({"fts_table": "articles_fts", "fts_pk": "rowid"})
    return {
        "title": "sco-digital",
        "description": f"Sourced records of digital cooperation among SCO countries, from the "
                       f"articles in {corpus_root}. Every figure carries the sentence it came from.",
        "source": "sco-digital",
        "databases": {DATABASE: {"description": "The corpus index (read-only).", "tables": tables,
                                 "queries": canned_queries()}},
    }


def _column_docs(table: str) -> dict[str, str]:
    record = _RECORD_OF.get(table)
    properties = record_schema(record)["properties"] if record else {}
    docs = {}
    for column, text in COLUMN_DOCS[table].items():
        enum = properties.get(column, {}).get("enum")
        docs[column] = f"{text}. One of: {', '.join(enum)}" if enum else text
    return docs


# ---- canned queries -------------------------------------------------------------------------

_OPTIONAL_TOPIC = "(:topic = '' OR {key} IN (SELECT {column} FROM {table} WHERE topic = :topic))"

CANNED: dict[str, tuple[str, str, str]] = {
    # name: (title, description, SQL)
    "all_facts": (
        "Facts",
        "Statistics as reported across the corpus, the most reported first: the same rows as "
        "`sco-digital facts --json` (topic: one topic id, or empty for all).",
        "SELECT f.id, f.statement, f.value, f.unit, f.qualifier, f.measure, f.period, f.subject, f.basis,"
        " f.topics, f.articles, f.figures, f.evidence, f.status\n"
        "FROM facts f\nWHERE "
        + _OPTIONAL_TOPIC.format(key="f.seq", column="fact", table="fact_topics")
        + "\nORDER BY f.seq",
    ),
    "conflicts": (
        "Facts in conflict",
        "Statistics the articles report with different values: every quote side by side.",
        "SELECT f.statement, fig.value, fig.unit, fig.qualifier, fig.language, a.id AS article,"
        " a.title, fig.evidence_quote AS quote, fig.id AS figure\n"
        "FROM facts f JOIN fact_figures ff ON ff.fact = f.seq JOIN figures fig ON fig.id = ff.figure\n"
        "JOIN articles a ON a.id = fig.article\nWHERE f.status = 'conflict'\n"
        "ORDER BY f.seq, fig.value, a.id, fig.seq",
    ),
    "across_languages": (
        "The same statistic in German and English",
        "Facts reported in both languages: the German quote beside the English one.",
        "SELECT f.statement, f.status, de.value AS value_de, de.evidence_quote AS quote_de,"
        " de.article AS article_de, en.value AS value_en, en.evidence_quote AS quote_en,"
        " en.article AS article_en\n"
        "FROM facts f\nJOIN fact_figures fd ON fd.fact = f.seq JOIN figures de ON de.id = fd.figure AND de.language = 'de'\n"
        "JOIN fact_figures fe ON fe.fact = f.seq JOIN figures en ON en.id = fe.figure AND en.language = 'en'\n"
        "ORDER BY f.seq, de.article, de.seq, en.article, en.seq",
    ),
    "figures_by_topic": (
        "Figures by topic or measure",
        "Every figure of a topic and/or a measure, with its sentence (leave a box empty for all).",
        "SELECT fig.id, fig.value, fig.unit, fig.qualifier, fig.counted, fig.measure, fig.period,"
        " fig.language, a.title, fig.evidence_quote AS sentence\n"
        "FROM figures fig JOIN articles a ON a.id = fig.article\nWHERE "
        + _OPTIONAL_TOPIC.format(key="fig.id", column="figure", table="figure_topics")
        + "\n  AND (:measure = '' OR fig.measure = :measure)\nORDER BY fig.name, fig.seq",
    ),
    "article_figures": (
        "One article's figures in text order",
        "The figures of one article (its id, e.g. 001), in the order the text states them.",
        "SELECT fig.id, fig.text, fig.value, fig.unit, fig.qualifier, fig.counted, fig.measure,"
        " fig.period, fig.origin, fig.evidence_quote AS sentence\n"
        "FROM figures fig WHERE fig.article = :article\nORDER BY fig.seq",
    ),
    "people": (
        "People, their roles and the articles that name them",
        "Every person with role, affiliation and the titles of the articles that name them.",
        "SELECT p.id, p.name, p.role, org.name AS affiliation, p.country,"
        " group_concat(a.id || ': ' || a.title, char(10)) AS articles\n"
        "FROM actors p LEFT JOIN actors org ON org.id = p.affiliation\n"
        "LEFT JOIN actor_articles aa ON aa.actor = p.id LEFT JOIN articles a ON a.id = aa.article\n"
        "WHERE p.kind = 'person'\nGROUP BY p.id ORDER BY p.seq",
    ),
    "search": (
        "Search the articles",
        "Full-text search of the articles, English and German (diacritics folded: Ubersetzung "
        "finds Übersetzung); SQLite FTS5 syntax: words, \"a phrase\", OR, prefix*.",
        "SELECT a.id, a.title, a.language, a.published,"
        " snippet(articles_fts, 1, '»', '«', '…', 24) AS passage\n"
        "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid\n"
        "WHERE articles_fts MATCH :query\nORDER BY rank",
    ),
}


def canned_queries() -> dict[str, dict[str, str]]:
    """The canned queries in Datasette's form."""
    return {name: {"title": title, "description": description, "sql": sql}
            for name, (title, description, sql) in CANNED.items()}
