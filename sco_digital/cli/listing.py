"""articles, show, actors, figures, initiatives, topics: the records, filtered."""

from __future__ import annotations

from typing import Any

import click

from ..query import Filters, article_payload, select_actors, select_figures, select_initiatives, topic_counts
from ..records import Actor, Article, Figure, Initiative, public_fields, to_dict
from .common import (
    State,
    command,
    complete_actor,
    complete_article,
    complete_initiative,
    complete_topic,
    emit,
    listing_options,
    pass_state,
)

ARTICLE_OPTION = click.option("--article", "-a", default=None, shell_complete=complete_article,
                              help="Only records of this article id.")
TOPIC_OPTION = click.option("--topic", "-t", default=None, shell_complete=complete_topic,
                            help="Topic id or its English or German label (talent, Talente, …).")
ACTOR_OPTION = click.option("--actor", default=None, shell_complete=complete_actor,
                            help="Actor id (xiong-jijun, sco, uzbekistan) or name.")


@command()
@listing_options
@pass_state
def articles(state: State, fmt: str, fields: list[str] | None) -> None:
    """List the articles of the corpus: id, title, language, date, checksum.

    \b
    Examples:
      sco-digital articles
      sco-digital articles --json | jq '.[].sha256'
    """
    rows = to_dict(list(state.corpus.articles))
    emit(state, rows, fmt, fields, columns=["id", "language", "published", "source", "title", "words"],
         all_keys=public_fields(Article))


@command()
@click.argument("article_id", metavar="ID", shell_complete=complete_article)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "yaml"]), default=None,
              help="Output format (default: table).")
@click.option("--json", "as_json", is_flag=True, help="Shorthand for --format json.")
@pass_state
def show(state: State, article_id: str, fmt: str | None, as_json: bool) -> None:
    """Show one article: metadata, its text with figures highlighted, and its records.

    \b
    Examples:
      sco-digital show 000
      sco-digital show 001 --json | jq '.figures | length'
    """
    if as_json and fmt not in (None, "json"):
        raise click.UsageError(f"--json conflicts with --format {fmt}")
    fmt = "json" if as_json else (fmt or "table")
    data = article_payload(state.corpus, article_id)
    if fmt == "table":
        from ..render.views import show_article

        show_article(data, state.terminal)
    else:
        from ..render.formats import render_object

        render_object(data, fmt, state.terminal)


def _one_record(state: State, record: Any, fmt: str, fields: list[str] | None) -> None:
    """An actor or initiative in full, with every mention across the corpus."""
    data = to_dict(record)
    if fmt == "table" and not fields:
        from ..render.views import show_record

        show_record(data, state.corpus, state.terminal)
        return
    emit(state, [data], fmt, fields)


@command()
@click.argument("actor_id", metavar="[ID]", required=False, shell_complete=complete_actor)
@ARTICLE_OPTION
@TOPIC_OPTION
@ACTOR_OPTION
@click.option("--kind", "-k", default=None, help="person, organization, country, place, company, media.")
@listing_options
@pass_state
def actors(state: State, actor_id: str | None, article: str | None, topic: str | None, actor: str | None,
           kind: str | None, fmt: str, fields: list[str] | None) -> None:
    """List people, organisations, countries and places; with an ID, one actor and every mention.

    --actor ORG lists an organisation and the people affiliated with it.

    \b
    Examples:
      sco-digital actors --kind person
      sco-digital actors xiong-jijun          # both articles that quote him, German and English
      sco-digital actors --article 002 --json
    """
    if actor_id is not None:
        _one_record(state, state.corpus.actor(actor_id), fmt, fields)
        return
    rows = to_dict(select_actors(state.corpus, Filters(article=article, topic=topic, actor=actor, kind=kind)))
    emit(state, rows, fmt, fields, columns=["id", "name", "kind", "role", "country", "articles", "mentions"],
         all_keys=public_fields(Actor))


@command()
@ARTICLE_OPTION
@TOPIC_OPTION
@ACTOR_OPTION
@click.option("--unit", "-u", default=None, help="percent, percentage_point, basis_point, count, USD, CNY, EUR, …")
@click.option("--measure", "-m", default=None,
              help="What is measured: a concept id or an English or German word (exports, Exporte, Firmen).")
@click.option("--origin", type=click.Choice(["curated", "extracted"]), default=None,
              help="Only curated or only automatically extracted figures.")
@click.option("--chart", is_flag=True, help="Draw the figures as labelled bars, one scale per unit.")
@listing_options
@pass_state
def figures(state: State, article: str | None, topic: str | None, actor: str | None, unit: str | None,
            measure: str | None, origin: str | None, chart: bool, fmt: str, fields: list[str] | None) -> None:
    """List every statistic: value as written and normalised, unit, qualifier, and its source words.

    \b
    Examples:
      sco-digital figures --unit percent
      sco-digital figures --topic talent --fields id,value,unit,qualifier,text
      sco-digital figures --json | jq '.[] | select(.qualifier == "more_than")'
      sco-digital figures --unit percent --chart
      sco-digital figures --measure trade-volume
    """
    # One article's figures are its own rows: only its file need be checked (not with --actor,
    # whose actors are merged over the corpus).
    corpus = state.corpus_for((article,) if article is not None and actor is None else ())
    rows = select_figures(corpus, Filters(article=article, topic=topic, actor=actor, unit=unit, measure=measure))
    if origin:
        rows = [f for f in rows if f.origin == origin]
    if chart:
        from ..render.charts import figure_chart

        _write_chart(state, figure_chart(rows, state.terminal.width, _unicode(state)), fmt)
        return
    emit(state, to_dict(rows), fmt, fields,
         columns=["id", "text", "value", "unit", "qualifier", "counted", "topics", "evidence"],
         all_keys=public_fields(Figure))


@command()
@click.argument("initiative_id", metavar="[ID]", required=False, shell_complete=complete_initiative)
@ARTICLE_OPTION
@TOPIC_OPTION
@ACTOR_OPTION
@click.option("--kind", "-k", default=None, help="forum, conference, summit, programme, project, plan, …")
@listing_options
@pass_state
def initiatives(state: State, initiative_id: str | None, article: str | None, topic: str | None,
                actor: str | None, kind: str | None, fmt: str, fields: list[str] | None) -> None:
    """List forums, conferences, programmes, projects and plans; with an ID, one in full.

    \b
    Examples:
      sco-digital initiatives --kind forum
      sco-digital initiatives sco-summit-2025 --json
    """
    if initiative_id is not None:
        _one_record(state, state.corpus.initiative(initiative_id), fmt, fields)
        return
    rows = select_initiatives(state.corpus, Filters(article=article, topic=topic, actor=actor, kind=kind))
    emit(state, to_dict(rows), fmt, fields,
         columns=["id", "name", "kind", "date", "end_date", "place", "articles", "mentions"],
         all_keys=public_fields(Initiative))


@command()
@click.option("--chart", is_flag=True, help="Draw the coverage of each topic per article as bars.")
@listing_options
@pass_state
def topics(state: State, chart: bool, fmt: str, fields: list[str] | None) -> None:
    """The topic taxonomy, English and German labels, with counts of figures, facts, initiatives.

    \b
    Examples:
      sco-digital topics
      sco-digital topics --json | jq '.[] | select(.figures > 0) | .id'
      sco-digital topics --chart
    """
    corpus = state.corpus
    if chart:
        from ..render.charts import topic_chart

        _write_chart(state, topic_chart(corpus, state.terminal.width, _unicode(state)), fmt)
        return
    rows = topic_counts(corpus)
    emit(state, rows, fmt, fields)


def _unicode(state: State) -> bool:
    """Block characters on a UTF-8 terminal; plain '#' bars when piped."""
    return state.terminal.is_tty and state.terminal.can_encode_unicode


def _write_chart(state: State, chart: str, fmt: str) -> None:
    if fmt != "table":
        raise click.UsageError("--chart draws text; it does not combine with --format/--json")
    state.terminal.stdout.write(chart)


COMMANDS = [articles, show, actors, figures, initiatives, topics]
