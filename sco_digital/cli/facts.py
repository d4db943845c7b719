"""facts and search: statistics merged across articles, and passages across languages."""

from __future__ import annotations

from itertools import islice
from typing import Any

import click

from ..render.formats import write_json_texts
from .common import (
    State,
    command,
    complete_actor,
    complete_article,
    complete_topic,
    emit,
    listing_options,
    output_terminal,
    pass_state,
)


@command()
@click.option("--topic", "-t", default=None, shell_complete=complete_topic,
              help="Topic id or its English or German label (talent, Talent, Talente).")
@click.option("--actor", default=None, shell_complete=complete_actor, help="Only facts about this actor.")
@click.option("--article", "-a", default=None, shell_complete=complete_article, help="Only facts this article reports.")
@click.option("--min-sources", type=click.IntRange(min=1), default=1, show_default=True,
              help="Only facts reported by at least N articles.")
@click.option("--measure", "-m", default=None,
              help="Only facts of this measure: a concept id or an English or German word (exports, Exporte).")
@click.option("--conflicts", is_flag=True, help="Only statistics whose reports disagree.")
@listing_options
@pass_state
def facts(state: State, topic: str | None, actor: str | None, article: str | None, min_sources: int,
          measure: str | None, conflicts: bool, fmt: str, fields: list[str] | None) -> None:
    """Each statistic once, as reported across the corpus, with every source.

    Figures stating the same thing are merged into one fact, across languages: by curated metric
    (and period), else by the same measure, period, subject and unit (basis: metric | measure |
    value). Equal numbers alone never merge. Status: single (one source), consistent (sources
    agree within rounding and qualifiers), conflict (one statistic, values that differ: all are
    shown, with every quote).

    \b
    Examples:
      sco-digital facts --topic talent
      sco-digital facts --topic Wirtschaft --min-sources 2
      sco-digital facts --conflicts
      sco-digital facts --measure Exporte --json
    """
    corpus = state.corpus
    if fmt == "json" and not fields and not state.listing.sort and _straight(corpus, actor, article, measure):
        texts = corpus.fact_json(topic=corpus.topic(topic) if topic is not None else None, min_sources=min_sources,
                                 conflicts=conflicts)
        with output_terminal(state, fmt) as terminal:
            write_json_texts(islice(texts, state.listing.limit), terminal)
        return
    table = ["statement", "status", "articles", "sources"]
    if fmt == "table" and not fields and not state.listing.sort and _straight(corpus, actor, article, measure):
        emit(state, list(corpus.fact_table(topic=corpus.topic(topic) if topic is not None else None,
                                           min_sources=min_sources, conflicts=conflicts)), fmt, None, columns=table)
        return
    data = _fact_dicts(corpus, topic, actor, article, min_sources, measure, conflicts)
    if fmt == "table" and not fields:
        for row in data:
            row["sources"] = "\n".join(f"[{e['article']}] {e['quote']}" for e in row["evidence"])
        emit(state, data, fmt, None, columns=table)
        return
    emit(state, data, fmt, fields, all_keys=_fact_keys(state.corpus))


def _straight(corpus: Any, actor: str | None, article: str | None, measure: str | None) -> bool:
    """Whether the index answers with each fact's JSON text as it is (filters SQL answers)."""
    return hasattr(corpus, "fact_json") and actor is None and article is None and measure is None


def _fact_dicts(corpus: Any, topic: str | None, actor: str | None, article: str | None, min_sources: int,
                measure: str | None, conflicts: bool) -> list[dict[str, Any]]:
    """The facts as JSON objects: straight from the index's rows where the filters are ones SQL
    answers (topic, sources, conflicts), else from the records `select_facts` chooses."""
    fact_rows = getattr(corpus, "fact_rows", None)
    if fact_rows is not None and actor is None and article is None and measure is None:
        return list(fact_rows(topic=corpus.topic(topic) if topic is not None else None, min_sources=min_sources,
                              conflicts=conflicts))
    from ..query import select_facts
    from ..records import to_dict

    return to_dict(select_facts(corpus, topic=topic, actor=actor, min_sources=min_sources, article=article,
                                measure=measure, conflicts=conflicts))


def _fact_keys(corpus: Any) -> tuple[str, ...] | list[str]:
    if hasattr(corpus, "fact_rows"):
        from ..index.rows import FACT_KEYS

        return FACT_KEYS
    from ..records import Fact, public_fields

    return public_fields(Fact)


@command()
@click.argument("query")
@click.option("--article", "-a", default=None, shell_complete=complete_article, help="Search one article only.")
@listing_options
@pass_state
def search(state: State, query: str, article: str | None, fmt: str, fields: list[str] | None) -> None:
    """Ranked passages for QUERY, in English and German, matched words highlighted.

    Whole words in their inflected forms (Fachkräfte finds Fachkräften; trade never finds
    traditional), case and accents ignored. Each word also brings a few translations: the
    lexicon's terms (Fachkräfte ~ professionals), an actor's other names, a topic's labels and
    its keywords in the other language (Handel ~ trade).

    Ranking: a passage scores 3 per word you typed and 1 per translation (at most 2 from
    translations, so your own words come first), divided by 1 + length/2000 chars;
    results are strictly in score order. With the index, FTS5 (bm25) picks the best articles to
    read passages from.

    \b
    Examples:
      sco-digital search Fachkräfte
      sco-digital search "digital talent" --limit 5
      sco-digital search Tianjin --json | jq '.[].article'
    """
    from ..search import search as run_search

    if not query.strip():
        raise click.UsageError("QUERY is empty: give a word or phrase to search for")
    limit = state.listing.limit if state.listing.limit is not None else 10
    state.listing = state.listing.without_limit()
    passages = run_search(state.corpus, query, article=article, limit=limit)
    from ..records import to_dict

    rows = [to_dict(p) for p in passages]
    for row in rows:
        row["matches"] = [list(m) for m in row["matches"]]
        row["matched"] = list(row["matched"])
    if fmt == "table" and not fields and state.terminal.color:
        from ..render.views import show_passages

        show_passages(passages, state.terminal)
        return
    emit(state, rows, fmt, fields, columns=["article", "score", "quote", "matched"])


COMMANDS = [facts, search]
