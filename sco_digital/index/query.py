"""Reading the index: a `Corpus` whose records come from SQLite rows, on first use and only
those a query needs (one article, one topic's facts, one actor), plus row-level queries that
skip the records altogether.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..corpus import Corpus
from ..records import Actor, Article, Fact, Figure, Initiative
from . import rows as codec

if TYPE_CHECKING:
    from ..load.folder import Skipped

_FIGURES = f"SELECT {', '.join(codec.FIGURE_COLUMNS)} FROM figures"
_ARTICLES = f"SELECT {', '.join(codec.ARTICLE_COLUMNS)} FROM articles"
_ACTORS = f"SELECT {', '.join(codec.ACTOR_COLUMNS)} FROM actors"
_INITIATIVES = f"SELECT {', '.join(codec.INITIATIVE_COLUMNS)} FROM initiatives"
_FACTS = f"SELECT {', '.join(codec.FACT_COLUMNS)} FROM facts"


class IndexedCorpus(Corpus):
    """A `Corpus` served from its SQLite index. Records equal those a direct build makes."""

    db: sqlite3.Connection
    _article_cache: dict[str, Article]

    @classmethod
    def open(cls, db: sqlite3.Connection, root: Path, listed: Sequence[Skipped] = ()) -> IndexedCorpus:
        """The corpus of an index that is current. `listed` is what the folder's listing skipped
        (it is walked on every run); what reading each file skipped comes from its `sources` row."""
        from ..load.folder import Skipped
        from .build import decode_registries

        blob = db.execute("SELECT value FROM meta WHERE key = 'registries'").fetchone()[0]
        read = [Skipped(*item) for raw, in db.execute("SELECT skipped FROM sources WHERE skipped != '[]'")
                for item in codec.loads(raw)]
        skipped = tuple(sorted([*listed, *read], key=lambda s: (s.path, s.line or 0)))
        corpus = object.__new__(cls)
        # A frozen dataclass: set once, here, as its own __init__ would.
        for name, value in (("root", str(root)), ("registries", decode_registries(blob)), ("db", db),
                            ("_article_cache", {}), ("skipped", skipped)):
            object.__setattr__(corpus, name, value)
        return corpus

    def has_articles(self) -> bool:
        return self.db.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is not None

    # ---- everything, on first use -------------------------------------------------------------
    @cached_property
    def articles(self) -> tuple[Article, ...]:
        return tuple(map(self._article, self.db.execute(_ARTICLES + " ORDER BY name, rowid")))

    @cached_property
    def figures(self) -> tuple[Figure, ...]:
        return tuple(map(codec.figure_from_row, self.db.execute(_FIGURES + " ORDER BY name, seq")))

    @cached_property
    def actors(self) -> tuple[Actor, ...]:
        return tuple(map(codec.actor_from_row, self.db.execute(_ACTORS + " ORDER BY seq")))

    @cached_property
    def initiatives(self) -> tuple[Initiative, ...]:
        return tuple(map(codec.initiative_from_row, self.db.execute(_INITIATIVES + " ORDER BY seq")))

    @cached_property
    def facts(self) -> tuple[Fact, ...]:
        return tuple(map(codec.fact_from_row, self.db.execute(_FACTS + " ORDER BY seq")))

    def _article(self, row: tuple[Any, ...]) -> Article:
        found = self._article_cache.get(row[0])
        if found is None:
            found = self._article_cache[row[0]] = codec.article_from_row(row)
        return found

    # ---- one at a time --------------------------------------------------------------------------
    def _article_ids(self) -> list[str]:
        return [i for i, in self.db.execute("SELECT id FROM articles ORDER BY name, rowid")]

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
        if self.db.execute("SELECT 1 FROM articles WHERE id = ?", (value,)).fetchone() is not None:
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
        return list(map(codec.fact_from_row, self.db.execute(
            _FACTS + " WHERE seq IN (SELECT fact FROM fact_topics WHERE topic = ?) ORDER BY seq", (topic,))))

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
            where.append("id IN (SELECT figure FROM figure_topics WHERE topic = ?)")
            params.append(topic)
        if unit is not None:
            where.append("unit = ?")
            params.append(unit)
        sql = _FIGURES + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY name, seq"
        return map(codec.figure_dict_from_row, self.db.execute(sql, params))

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
                "SELECT id FROM articles WHERE rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?) "
                "ORDER BY name, rowid", (query,)).fetchall()
        except sqlite3.OperationalError:
            return None
        return [r[0] for r in rows]
