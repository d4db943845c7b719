"""Reading the index: a `Corpus` whose records come from SQLite rows, on first use and only
those a query needs (one article, one topic's facts, one actor), plus row-level queries that
skip the records altogether.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

from . import rows as codec

if TYPE_CHECKING:
    # To the type checker an indexed corpus is a `Corpus`; at run time it shares only the
    # look-ups, so that a warm query never creates a dataclass (nor imports `dataclasses`).
    from ..corpus import Corpus as _Base
else:
    from ..lookups import CorpusLookups as _Base

if TYPE_CHECKING:
    from pathlib import Path

    from ..load.registry import Registries
    from ..records import Actor, Article, Fact, Figure, Initiative

_FIGURES = f"SELECT {', '.join(codec.FIGURE_COLUMNS)} FROM figures"
# From the table, not the view `articles`: its rowid is file order (the text decompressed here).
_ARTICLES = f"SELECT {', '.join('inflate(text)' if c == 'text' else c for c in codec.ARTICLE_COLUMNS)} FROM article_rows"
_ACTORS = f"SELECT {', '.join(codec.ACTOR_COLUMNS)} FROM actors"
_INITIATIVES = f"SELECT {', '.join(codec.INITIATIVE_COLUMNS)} FROM initiatives"
_FACTS = "SELECT json FROM fact_rows"
_TOPIC_ID = ("SELECT 1 FROM json_each((SELECT value FROM meta WHERE key = 'topics')) "
             "WHERE json_extract(value, '$[0]') = ?")
_FACT_ORDER = " ORDER BY first_name, first_seq, part"


def _facts_sql(selected: str, topic: str | None, min_sources: int, conflicts: bool) -> tuple[str, list[Any]]:
    """The query of `selected` of each fact with at least `min_sources` (only conflicts, only a
    topic's), in corpus order, and its parameters."""
    where: list[str] = ["r.sources >= ?"]
    params: list[Any] = [min_sources]
    if conflicts:
        where.append("r.status = 'conflict'")
    if topic is None:
        return f"SELECT {selected} FROM fact_rows r WHERE " + " AND ".join(where) + _FACT_ORDER, params
    # in the order of the topic's key: no sort
    return (f"SELECT {selected} FROM fact_topics t JOIN fact_rows r ON r.seq = t.fact WHERE t.topic = ? AND "
            + " AND ".join(where) + " ORDER BY t.topic, t.first_name, t.first_seq, t.part"), [topic, *params]


class IndexedCorpus(_Base):
    """A `Corpus` served from its SQLite index. Records equal those a direct build makes; like a
    `Corpus`, it is not to be changed once opened."""

    db: sqlite3.Connection
    _article_cache: dict[str, Article]

    @classmethod
    def open(cls, db: sqlite3.Connection, root: Path | str, listed: Sequence[Any] = ()) -> IndexedCorpus:
        """The corpus of an index that is current. `listed` is what the folder's listing skipped
        (`Skipped`, or its fields as a list); what reading each file skipped comes from its
        `sources` row. The registries are decoded on first use."""
        read = [item for raw, in db.execute("SELECT skipped FROM sources WHERE skipped != '[]'")
                for item in codec.loads(raw)]
        skipped: tuple[Any, ...] = ()
        if listed or read:
            from ..load.folder import Skipped

            skipped = tuple(sorted([s if isinstance(s, Skipped) else Skipped(*s) for s in (*listed, *read)],
                                   key=lambda s: (s.path, s.line or 0)))
        corpus = object.__new__(cls)
        # Frozen, as a `Corpus` is: set once, here.
        for name, value in (("root", str(root)), ("db", db), ("_article_cache", {}), ("skipped", skipped)):
            object.__setattr__(corpus, name, value)
        return corpus

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __repr__(self) -> str:
        return f"IndexedCorpus(root={self.root!r})"

    def has_articles(self) -> bool:
        return self.db.execute("SELECT 1 FROM article_rows LIMIT 1").fetchone() is not None

    @cached_property
    def registries(self) -> Registries:  # type: ignore[override]
        """The registries, decoded on first use: a warm query that needs only topic labels reads
        them from `meta` as JSON (`topic`) and never imports the registry loader."""
        from .build import decode_registries

        return decode_registries(self.db.execute("SELECT value FROM meta WHERE key = 'registries'").fetchone()[0])

    @cached_property
    def _topic_labels(self) -> list[tuple[str, dict[str, str]]]:
        """Each topic's id and labels by language, in taxonomy order (meta `topics`, JSON)."""
        found = self.db.execute("SELECT value FROM meta WHERE key = 'topics'").fetchone()
        if found is None:  # written by a build before labels were kept: from the registries
            return [(t.id, dict(t.labels)) for t in self.registries.topics]
        return [(i, labels) for i, labels in codec.loads(found[0])]

    def topic(self, name: str) -> str:
        low = name.strip().lower()
        # A topic's id, looked up by SQLite's JSON functions: the common case needs no `json`.
        if self.db.execute(_TOPIC_ID, (low,)).fetchone() is not None:
            return low
        for topic_id, labels in self._topic_labels:
            if low == topic_id or low in (label.lower() for label in labels.values()):
                return topic_id
        return super().topic(name)  # raises UnknownId with near matches

    # ---- everything, on first use -------------------------------------------------------------
    @cached_property  # declared as a field on CorpusLookups; read lazily here
    def articles(self) -> tuple[Article, ...]:  # type: ignore[override]
        return tuple(map(self._article, self.db.execute(_ARTICLES + " ORDER BY name, rowid")))

    @cached_property  # declared as a field on CorpusLookups; read lazily here
    def figures(self) -> tuple[Figure, ...]:  # type: ignore[override]
        return tuple(map(codec.figure_from_row, self.db.execute(_FIGURES + " ORDER BY name, seq")))

    @cached_property  # declared as a field on CorpusLookups; read lazily here
    def actors(self) -> tuple[Actor, ...]:  # type: ignore[override]
        return tuple(map(codec.actor_from_row, self.db.execute(_ACTORS + " ORDER BY seq")))

    @cached_property  # declared as a field on CorpusLookups; read lazily here
    def initiatives(self) -> tuple[Initiative, ...]:  # type: ignore[override]
        return tuple(map(codec.initiative_from_row, self.db.execute(_INITIATIVES + " ORDER BY seq")))

    @cached_property
    def facts(self) -> tuple[Fact, ...]:
        return tuple(codec.fact_from_stored(blob) for blob, in self.db.execute(_FACTS + _FACT_ORDER))

    def _article(self, row: tuple[Any, ...]) -> Article:
        found = self._article_cache.get(row[0])
        if found is None:
            found = self._article_cache[row[0]] = codec.article_from_row(row)
        return found

    # ---- one at a time --------------------------------------------------------------------------
    def _article_ids(self) -> list[str]:
        return [i for i, in self.db.execute("SELECT id FROM article_rows ORDER BY name, rowid")]

    def article(self, article_id: str) -> Article:
        found = self._article_cache.get(article_id)
        if found is not None:
            return found
        row = self.db.execute(_ARTICLES + " WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            row = self.db.execute(_ARTICLES + " WHERE id = ?", (self.article_id(article_id),)).fetchone()
        return self._article(row)

    def article_id(self, value: str) -> str:
        """The id `value` names: itself, or the one id it is a prefix of; else UnknownId."""
        if self.db.execute("SELECT 1 FROM article_rows WHERE id = ?", (value,)).fetchone() is not None:
            return value
        return super().article_id(value)

    def figures_in(self, article_id: str) -> list[Figure]:
        return list(map(codec.figure_from_row, self.db.execute(
            _FIGURES + " WHERE article = ? ORDER BY seq", (article_id,))))

    def figure(self, figure_id: str) -> Figure:
        row = self.db.execute(_FIGURES + " WHERE id = ?", (figure_id,)).fetchone()
        if row is None:
            return super().figure(figure_id)  # raises UnknownId with near matches
        return codec.figure_from_row(row)

    def facts_about(self, topic: str) -> list[Fact]:
        if "facts" in self.__dict__:
            return super().facts_about(topic)
        return [codec.fact_from_stored(blob) for blob, in self.db.execute(
            "SELECT r.json FROM fact_topics t JOIN fact_rows r ON r.seq = t.fact WHERE t.topic = ? "
            "ORDER BY t.topic, t.first_name, t.first_seq, t.part", (topic,))]

    def actor(self, actor_id: str) -> Actor:
        if "actors" not in self.__dict__:
            row = self.db.execute(_ACTORS + " WHERE id = ?", (actor_id,)).fetchone()
            if row is not None:
                return codec.actor_from_row(row)
        return super().actor(actor_id)

    def initiative(self, initiative_id: str) -> Initiative:
        if "initiatives" not in self.__dict__:
            row = self.db.execute(_INITIATIVES + " WHERE id = ?", (initiative_id,)).fetchone()
            if row is not None:
                return codec.initiative_from_row(row)
        return super().initiative(initiative_id)

    def actors_in(self, article_id: str) -> list[Actor]:
        return list(map(codec.actor_from_row, self.db.execute(
            _ACTORS + " WHERE id IN (SELECT actor FROM actor_articles WHERE article = ?) ORDER BY seq",
            (article_id,))))

    def initiatives_in(self, article_id: str) -> list[Initiative]:
        return list(map(codec.initiative_from_row, self.db.execute(
            _INITIATIVES + " WHERE id IN (SELECT initiative FROM initiative_articles WHERE article = ?) ORDER BY seq",
            (article_id,))))

    # ---- rows, without records -----------------------------------------------------------------
    def figure_rows(self, article: str | None = None, topic: str | None = None,
                    unit: str | None = None) -> Iterator[dict[str, Any]]:
        """Figures as JSON objects straight from their rows, filtered in SQL, in corpus order."""
        where, params = [], []
        if article is not None:
            where.append("article = ?")
            params.append(article)
        if topic is not None:
            where.append("(name, seq) IN (SELECT name, seq FROM figure_topics WHERE topic = ?)")
            params.append(topic)
        if unit is not None:
            where.append("unit = ?")
            params.append(unit)
        sql = _FIGURES + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY name, seq"
        return map(codec.figure_dict_from_row, self.db.execute(sql, params))

    def fact_rows(self, topic: str | None = None, min_sources: int = 1,
                  conflicts: bool = False) -> Iterator[dict[str, Any]]:
        """Facts as JSON objects straight from their rows, filtered in SQL, in corpus order: what
        `query.select_facts` gives for these filters (`topic` an id), without a record each."""
        return map(codec.fact_dict_from_json, self.fact_json(topic, min_sources, conflicts))

    def fact_json(self, topic: str | None = None, min_sources: int = 1, conflicts: bool = False) -> Iterator[str]:
        """The same facts as `fact_rows`, each as the JSON text `facts --json` writes to a pipe."""
        unpack = codec.unpack_fact
        sql, params = _facts_sql("r.json", topic, min_sources, conflicts)
        return (unpack(blob) for blob, in self.db.execute(sql, params))

    def fact_table(self, topic: str | None = None, min_sources: int = 1,
                   conflicts: bool = False) -> Iterator[dict[str, Any]]:
        """The same facts as `fact_rows`, as the rows of `facts`' table: statement, status, the
        articles (comma-separated) and the sources (a line per quote, "[article] quote"). SQLite's
        JSON functions read them, so a table query never imports Python's `json`."""
        columns = ("json_extract(j, '$.statement'), json_extract(j, '$.status'), "
                   "(SELECT group_concat(value, ', ') FROM (SELECT value FROM json_each(j, '$.articles') ORDER BY key)), "
                   "(SELECT group_concat(line, char(10)) FROM (SELECT '[' || json_extract(value, '$.article') || '] ' "
                   "|| json_extract(value, '$.quote') AS line FROM json_each(j, '$.evidence') ORDER BY key))")
        inner, params = _facts_sql("inflate_fact(r.json) AS j", topic, min_sources, conflicts)
        sql = f"SELECT {columns} FROM ({inner})"
        return ({"statement": statement, "status": status, "articles": articles or "", "sources": sources or ""}
                for statement, status, articles, sources in self.db.execute(sql, params))

    def indexed_tokens(self, tokens: list[str]) -> set[str]:
        """Those of `tokens` (letters and digits, folded as `search.fts_query` folds them) that
        some article holds, asked of FTS5 itself, one token at a time (a token FTS5 cannot
        answer counts as held)."""
        held = set()
        for token in tokens:  # bounded: the query's words and their forms
            try:
                if self.db.execute("SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT 1",
                                   (f'"{token}"',)).fetchone() is None:
                    continue
            except sqlite3.OperationalError:
                pass
            held.add(token)
        return held

    def ranked_articles(self, direct: str | None, translations: str | None, direct_weight: float,
                        translation_weight: float, limit: int | None = None) -> list[str] | None:
        """Ids of the articles FTS5 finds for either query (FTS5 query syntax, see
        `search.fts_query`), best first: by `direct_weight` × bm25 of the direct query plus
        `translation_weight` × bm25 of the translations (bm25 made positive: higher is better),
        then in corpus order; the first `limit` of them (None: all). Ranked in SQL, so a large
        corpus costs no Python work per matching article. None when FTS5 cannot run a query
        (the caller reads every article)."""
        parts, params = [], []
        for query, weight, scores in ((direct, direct_weight, "? * bm25(articles_fts) AS d, NULL AS t"),
                                      (translations, translation_weight, "NULL AS d, ? * bm25(articles_fts) AS t")):
            if query is not None:
                # LIMIT -1 keeps SQLite from flattening the subquery (bm25 runs only in the full-text scan).
                parts.append(f"SELECT * FROM (SELECT rowid AS article, {scores} FROM articles_fts "
                             "WHERE articles_fts MATCH ? LIMIT -1)")
                params += [weight, query]
        if not parts:
            return []
        # The same arithmetic, in the same order, as 0 - direct weight × bm25 - translation weight × bm25.
        sql = ("SELECT a.id FROM (SELECT article, (0.0 - coalesce(max(d), 0.0)) - coalesce(max(t), 0.0) AS score "
               "FROM (" + " UNION ALL ".join(parts) + ") GROUP BY article) s JOIN article_rows a ON a.rowid = s.article "
               "ORDER BY s.score DESC, a.name, a.rowid")
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        try:
            return [id_ for id_, in self.db.execute(sql, params)]
        except sqlite3.OperationalError:
            return None

    def matching_articles(self, prefixes: list[str]) -> list[str] | None:
        """Ids of the articles whose title or text holds a word starting with any of `prefixes`
        (folded as `textutil.match_fold` folds), in corpus order; None when a prefix is not a
        plain run of letters and digits (the caller then reads every article)."""
        if not all(p.isalnum() for p in prefixes):
            return None
        if not prefixes:
            return []
        query = " OR ".join(dict.fromkeys(f'"{p}"*' for p in prefixes))
        try:
            rows = self.db.execute(
                "SELECT id FROM article_rows WHERE rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?) "
                "ORDER BY name, rowid", (query,)).fetchall()
        except sqlite3.OperationalError:
            return None
        return [r[0] for r in rows]
