"""compare: what two (or more) reports share, what each adds, where they disagree."""

from __future__ import annotations

import click

from ..records import to_dict
from .common import State, command, complete_article, pass_state


@command()
@click.argument("article_ids", nargs=-1, metavar="A B [C …]", shell_complete=complete_article)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "yaml"]), default=None,
              help="Output format (default: table).")
@click.option("--json", "as_json", is_flag=True, help="Shorthand for --format json.")
@pass_state
def compare(state: State, article_ids: tuple[str, ...], fmt: str | None, as_json: bool) -> None:
    """Compare articles: shared, only-here and conflicting figures, actors, initiatives, topics.

    Figures pair up when they state the same statistic: the same curated metric and period, or
    the same measure (what is counted: exports, jobs, companies …), period, subject and unit —
    across languages; where one report leaves the period or subject unsaid, figures of the same
    measure pair when their values agree. Equal values alone never pair. A conflict is one
    statistic with values that differ beyond rounding and qualifiers; both quotes are shown.

    \b
    Similarity in [0, 1] is a weighted mean of overlaps, each counted only where either
    article has something of that kind:
      figures      0.6 × paired statistics / figures of the article with fewer
      actors       0.2 × Jaccard index of the actor ids
      initiatives  0.1 × Jaccard index of the initiative ids
      topics       0.1 × Jaccard index of the topics
    With three or more ids: every pair, plus what all of them share.

    \b
    Examples:
      sco-digital compare 000 001
      sco-digital compare 002 004 --json | jq .similarity
      sco-digital compare 000 001 003
    """
    if as_json and fmt not in (None, "json"):
        raise click.UsageError(f"--json conflicts with --format {fmt}")
    if len(article_ids) < 2:
        raise click.UsageError("compare needs at least two article ids, e.g. 'compare 000 001'")
    from ..compare import compare as run_compare

    result = run_compare(state.corpus, list(article_ids))
    fmt = "json" if as_json else (fmt or "table")
    if fmt == "table":
        from ..render.views import show_comparison

        show_comparison(to_dict(result), state.terminal)
        return
    from ..render.formats import render_object

    render_object(to_dict(result), fmt, state.terminal)


COMMANDS = [compare]
