"""`analyse_text`: one article's records as plain rows, the same rows the index stores.

The public pure API behind `sco-digital extract` and the Dask runs (`scale`): text and metadata
in, rows by table out — `article` (one row), `figures`, `actors` and `initiatives` (the ones the
extractor found in this article, beyond the lexicon), and `mentions` (of lexicon and found
actors and initiatives). A row is a dict whose keys are the index's columns (`index.rows`), so a
row from here, from the SQLite index and from Parquet compare equal. Registries are loaded once
per process and reused (a Dask worker loads them on its first article).

    >>> rows = analyse_text("Exports rose 9.3 percent in 2024.", article_id="a1", language="en")
    >>> rows["figures"][0]["value"], rows["figures"][0]["unit"]
    (9.3, 'percent')
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .load.analyse import Analyser
    from .load.articles import ArticleFile
    from .load.registry import Registries

PlainRows = dict[str, Any]  # "article": one row; the other tables: lists of rows
TABLES = ("articles", "figures", "actors", "mentions", "initiatives")  # as Parquet tables
MENTION_COLUMNS = ("name", "seq", "kind", "entity", "article", "quote", "start", "end")

# One analyser per process: (registries, corpus folder they came from or None, analyser).
_cached: tuple[Registries, str | None, Analyser] | None = None


def analyse_text(text: str, *, article_id: str, language: str | None = None, published: str | None = None,
                 registries: Registries | str | os.PathLike[str] | None = None, name: str | None = None,
                 metadata: dict[str, Any] | None = None) -> PlainRows:
    """The rows of one article: `text` with its id and what is known about it (`language`,
    `published` as YYYY-MM-DD; `metadata` may add `title`, `url`, `source`, `authors`, `section`).
    What is not given is found in the text (language, a leading date line) or left null.

    `registries` is a `Registries`, a corpus folder whose registries serve (built-in ones where
    it has none), or None for the built-in registries. `name` is the article's file name (the
    index's `name` column and corpus order); by default the id."""
    from .contract import LANGUAGES
    from .errors import UsageError
    from .load.articles import ArticleFile
    from .load.validate import excerpt, is_real_date

    if published is not None and not is_real_date(published):
        raise UsageError(f"published must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got {excerpt(published)}")
    if language is not None and language not in LANGUAGES:
        raise UsageError(f"language must be one of {', '.join(sorted(LANGUAGES))}, got {excerpt(language)}")
    if not isinstance(text, str):
        raise UsageError(f"text must be a string, got {type(text).__name__}")
    analyser = analyser_for(registries)
    sidecar: dict[str, Any] = {k: v for k, v in (metadata or {}).items() if v not in (None, "", [])}
    if language is not None:
        sidecar["language"] = language
    if published is not None:
        sidecar["published"] = published
    raw = text.encode("utf-8", "surrogatepass")
    name = name or article_id
    file = ArticleFile(article_id, Path(name), text, hashlib.sha256(raw).hexdigest(), None, None)
    return plain_rows(index_rows(analyser, file, sidecar, name))


def analyser_for(registries: Registries | str | os.PathLike[str] | None) -> Analyser:
    """The analyser for these registries, built once per process and reused."""
    global _cached
    from .load.analyse import Analyser
    from .load.builtin import builtin_corpus_dir
    from .load.registry import Registries as RegistriesType, load_registries

    if isinstance(registries, RegistriesType):
        if _cached is None or _cached[0] is not registries:
            _cached = (registries, None, Analyser(registries))
        return _cached[2]
    folder = str(Path(registries).resolve()) if registries is not None else str(builtin_corpus_dir())
    if _cached is None or _cached[1] != folder:
        loaded = load_registries(Path(folder))
        _cached = (loaded, folder, Analyser(loaded))
    return _cached[2]


def index_rows(analyser: Analyser, file: ArticleFile, sidecar: dict[str, Any], name: str) -> dict[str, list[tuple[Any, ...]]]:
    """The index's rows (tuples by index table) of one article, through the index's codec."""
    from .index.build import article_rows
    from .load.analyse import analyse_article

    return article_rows(analyse_article(file, sidecar, analyser), name, analyser.registries)


def plain_rows(tables: dict[str, list[tuple[Any, ...]]]) -> PlainRows:
    """One article's index rows by index table (tuples) as plain rows (dicts keyed by column).

    `found_actors`/`found_initiatives` become `actors`/`initiatives` (their JSON record opened
    into columns, with the article's file name as `article_name` and `seq` its position); `actor_mentions` and
    `initiative_mentions` become `mentions` with a `kind` column."""
    from .index import rows as codec

    out: PlainRows = {"article": dict(zip(codec.ARTICLE_COLUMNS, tables["articles"][0]))}
    out.update({table: [] for table in TABLES[1:]})
    out["figures"] = [dict(zip(codec.FIGURE_COLUMNS, row)) for row in tables.get("figures", ())]
    for kind in ("actor", "initiative"):
        for name, seq, entity, article, quote, start, end in tables.get(f"{kind}_mentions", ()):
            out["mentions"].append(dict(zip(MENTION_COLUMNS, (name, seq, kind, entity, article, quote, start, end))))
    for table, columns in (("actors", codec.ACTOR_COLUMNS), ("initiatives", codec.INITIATIVE_COLUMNS)):
        for name, seq, record in tables.get(f"found_{table}", ()):
            row = dict(zip(columns, codec.loads(record)))  # its own `name` is the record's
            row.update(seq=seq, article_name=name)
            out[table].append(row)
    return out
