"""timeline, cite, export, graph: what researchers do with the records next."""

from __future__ import annotations

import datetime
from pathlib import Path

import click

from .common import State, command, complete_article, emit, listing_options, pass_state

# The library modules (sqlite3, csv, xml) load only when a command runs; their format lists are
# repeated here so that `--help` and other commands do not pay for them (tests keep them equal).
CITE_FORMATS = ("bibtex", "csl-json", "ris")
EXPORT_FORMATS = ("sqlite", "datapackage", "json")
PARQUET = "parquet"  # written by `scale` (optional extra [dask]), not by `export`
GRAPH_FORMATS = ("graphml", "json")
TIMELINE_KINDS = ("initiative", "event", "figure", "publication")
_TIMELINE_KEYS = ["date", "end_date", "precision", "label", "kind", "article", "evidence"]


def _iso_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD, else a usage error naming the option."""
    if value is None:
        return None
    from ..errors import UsageError
    from ..timeline import date_bounds

    try:
        date_bounds(value)
    except UsageError as exc:
        raise click.BadParameter(str(exc)) from None
    return value.strip()


def _accessed_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    if value.strip().lower() == "today":
        return datetime.date.today().isoformat()
    try:
        return datetime.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD or 'today')") from None


@command()
@click.option("--article", "-a", default=None, shell_complete=complete_article, help="Only entries of this article.")
@click.option("--from", "since", default=None, metavar="DATE", callback=_iso_option,
              help="Only entries on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD); spans that overlap count.")
@click.option("--to", "until", default=None, metavar="DATE", callback=_iso_option,
              help="Only entries on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--kind", "-k", "kinds", multiple=True, type=click.Choice(TIMELINE_KINDS),
              help="Only entries of this kind (repeatable).")
@listing_options
@pass_state
def timeline(state: State, article: str | None, since: str | None, until: str | None, kinds: tuple[str, ...],
             fmt: str, fields: list[str] | None) -> None:
    """Dated events, initiatives, figures and publications in order, each with its source words.

    Dates are read from the text in English and German — explicit days ("6. September"), spans,
    periods ("first five months of 2025", "seit 2023", "As of April 2025") — and relative days
    ("said on Thursday", "on Sunday and Monday") are resolved against the publication date.
    Curated dates (the lexicon's initiatives, figures' periods) are added and win over the text.
    Each entry has date (ISO), end_date for spans, precision (day/month/year), label, kind
    (initiative, event, figure, publication), article and evidence.

    \b
    Examples:
      sco-digital timeline
      sco-digital timeline --from 2025-08 --to 2025-09
      sco-digital timeline --article 001 --kind event
      sco-digital timeline --json | jq '.[] | {date, label, quote: .evidence.quote}'
    """
    from ..records import to_dict
    from ..timeline import build_timeline, date_bounds

    if since and until and date_bounds(since)[0] > date_bounds(until)[1]:
        raise click.UsageError(f"--from {since} is after --to {until}")
    entries = build_timeline(state.corpus, article=article, since=since, until=until)
    if kinds:
        entries = [e for e in entries if e.kind in kinds]
    rows = to_dict(entries)
    if fmt == "table" and not fields:
        # A span reads as one date on a terminal: "2025-08-31 / – 2025-09-01" on two lines.
        for row in rows:
            if row["end_date"]:
                row["date"] = f"{row['date']}\n– {row['end_date']}"
        emit(state, rows, fmt, None, columns=["date", "kind", "label", "article", "evidence"])
        return
    emit(state, rows, fmt, fields, columns=["date", "end_date", "kind", "label", "article", "evidence"],
         all_keys=_TIMELINE_KEYS)


@command()
@click.argument("article_id", metavar="[ID]", required=False, shell_complete=complete_article)
@click.option("--format", "fmt", type=click.Choice(CITE_FORMATS), default="bibtex", show_default=True,
              help="BibTeX (biblatex fields), CSL-JSON (Zotero, pandoc) or RIS.")
@click.option("--all", "all_articles", is_flag=True, help="Cite every article of the corpus.")
@click.option("--accessed", default=None, metavar="YYYY-MM-DD", callback=_accessed_option,
              help="Date you accessed the articles ('today' for today); left out when not given.")
@pass_state
def cite(state: State, article_id: str | None, fmt: str, all_articles: bool, accessed: str | None) -> None:
    """A citation of article ID (or of --all) as BibTeX, CSL-JSON or RIS.

    Title, authors ("Family, Given"; Chinese names family-name first: Yan, Dongjie), outlet,
    date, url and language come from the article's metadata; what the corpus does not record is
    left out, never guessed.

    \b
    Examples:
      sco-digital cite 001
      sco-digital cite 001 --format csl-json --accessed today
      sco-digital cite --all --format ris > sco-digital.ris
    """
    from ..cite import citations, render_citations

    if all_articles and article_id is not None:
        raise click.UsageError("give an article ID or --all, not both")
    if not all_articles and article_id is None:
        raise click.UsageError("give an article ID, or --all for every article")
    corpus = state.corpus
    ids = [a.id for a in corpus.articles] if all_articles else [article_id]
    state.terminal.stdout.write(render_citations(citations(corpus, ids, accessed), fmt))


def _export_format(output: str, fmt: str | None) -> str:
    if fmt:
        return fmt
    suffix = Path(output).suffix.lower()
    if output == "-" or suffix == ".json":
        return "json"
    if suffix in (".db", ".sqlite", ".sqlite3"):
        return "sqlite"
    if suffix == "" or Path(output).is_dir():
        return "datapackage"
    raise click.UsageError(f"cannot tell the format from {output!r}; say --format sqlite, datapackage or json")


@command()
@click.argument("output", metavar="OUTPUT")
@click.option("--format", "fmt", type=click.Choice((*EXPORT_FORMATS, PARQUET)), default=None,
              help="sqlite (a file), datapackage (a folder), json (a file, '-' for stdout) or parquet (a new "
                   "folder; extra [dask]). Default: from OUTPUT (.db/.sqlite, .json or -, else a folder).")
@click.option("--dask", "on_dask", is_flag=True,
              help="parquet only: analyse the corpus folder on a Dask cluster instead of reading the local index.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="With --dask: the scheduler (tcp://host:8786); default: a local cluster, one worker per core.")
@pass_state
def export(state: State, output: str, fmt: str | None, on_dask: bool, scheduler: str | None) -> None:
    """Export the whole corpus as SQLite, a Frictionless Data Package, or one JSON document.

    SQLite: a copy of the corpus index, the database `serve` shows: tables articles, actors,
    figures, initiatives, facts, actor_mentions, initiative_mentions, lookup tables (topics,
    metrics, measures, units, qualifiers) and link tables (figure_topics, fact_figures,
    initiative_actors, article_authors, …) with deferred foreign keys; lists are also kept as
    JSON columns; full-text search over article text (articles_fts, FTS5); opens as is in sqlite3
    and Datasette.
    The data package: one CSV per table and datapackage.json with typed table schemas and keys.
    Never writes into the corpus folder.

    \b
    Examples:
      sco-digital export --format sqlite corpus.db && datasette corpus.db
      sqlite3 corpus.db "select id, value, unit from figures"
      sco-digital export --format datapackage sco-package/
      sco-digital export --format json - | jq '.facts | length'
      sco-digital export --format parquet tables/ && duckdb -c "select count(*) from 'tables/figures/**/*.parquet'"
      sco-digital --corpus ~/news export --format parquet tables/ --dask --scheduler tcp://scheduler:8786
    """
    from .. import export as exporter

    fmt = _export_format(output, fmt or (PARQUET if on_dask else None))
    if fmt == PARQUET or on_dask or scheduler:
        _export_parquet(state, output, fmt, on_dask, scheduler)
        return
    corpus = state.corpus
    if output == "-":
        if fmt != "json":
            raise click.UsageError(f"--format {fmt} cannot go to stdout; give a {'file' if fmt == 'sqlite' else 'folder'}")
        from ..render.formats import dumps_json

        state.terminal.stdout.write(dumps_json(exporter.export_document(corpus), state.terminal) + "\n")
        return
    writers = {"sqlite": exporter.export_sqlite, "datapackage": exporter.export_datapackage,
               "json": exporter.export_json}
    result = writers[fmt](corpus, output)
    err = state.terminal.stderr
    for message in result.messages:
        err.write(message + "\n")
    counts = ", ".join(f"{n} {name}" for name, n in result.counts.items()
                       if name in ("articles", "actors", "figures", "initiatives", "facts", "actor_mentions",
                                   "initiative_mentions"))
    err.write(f"Wrote {result.path} ({fmt}): {counts}\n")


def _export_parquet(state: State, output: str, fmt: str, on_dask: bool, scheduler: str | None) -> None:
    """Parquet tables (`scale`) from the local index, or analysed on a Dask cluster."""
    if fmt != PARQUET:
        raise click.UsageError("--dask and --scheduler go with --format parquet")
    if scheduler and not on_dask:
        raise click.UsageError("--scheduler goes with --dask")
    if output == "-":
        raise click.UsageError("--format parquet cannot go to stdout; give a new folder")
    import importlib.util

    from .. import scale

    if any(importlib.util.find_spec(m) is None for m in (("pyarrow", "distributed") if on_dask else ("pyarrow",))):
        raise click.UsageError("--format parquet needs the optional extra: pip install 'sco-digital[dask]'")
    err = state.terminal.stderr
    if on_dask:
        from ..load.folder import corpus_dir

        counts, skipped = scale.analyse_on_dask(corpus_dir(state.corpus_path), output, scheduler=scheduler)
        for item in skipped:
            err.write(f"skipped {item.where}: {item.reason}\n")
    else:
        counts, skipped = scale.export_parquet(state.corpus, output), []
    err.write(f"Wrote {output} (parquet): {', '.join(f'{n} {name}' for name, n in counts.items())}\n")
    if skipped:
        click.get_current_context().exit(1)


@command()
@click.argument("output", metavar="[OUTPUT]", required=False, default="-")
@click.option("--format", "fmt", type=click.Choice(GRAPH_FORMATS), default=None,
              help="graphml (Gephi, yEd, Cytoscape) or json (networkx node-link). Default: graphml for a "
                   ".graphml OUTPUT, else json.")
@pass_state
def graph(state: State, output: str, fmt: str | None) -> None:
    """The network of actors and initiatives, as GraphML or node-link JSON (to OUTPUT or stdout).

    Edges: took_part_in (an initiative's participants and place), affiliated_with (an actor's
    organisation), mentioned_together (named in the same sentence). weight = number of articles
    attesting the edge; articles lists them.

    \b
    Examples:
      sco-digital graph --format graphml sco.graphml      # open in Gephi
      sco-digital graph | jq '.links[] | select(.relation == "took_part_in")'
      python -c "import json, networkx as nx; g = nx.node_link_graph(json.load(open('g.json')), edges='links')"
    """
    from ..export import check_output_path
    from ..graph import build_network, render_network

    if fmt is None:
        fmt = "graphml" if Path(output).suffix.lower() == ".graphml" else "json"
    corpus = state.corpus
    if output != "-":
        check_output_path(corpus, output)
    text = render_network(build_network(corpus), fmt)
    if output == "-":
        state.terminal.stdout.write(text)
        return
    from ..outputs import atomic_output

    with atomic_output(output) as stream:
        stream.write(text)
    state.terminal.stderr.write(f"Wrote {output} ({fmt})\n")


COMMANDS = [timeline, cite, export, graph]
