"""check and schema: is the corpus sound, and what shape are its records."""

from __future__ import annotations

import click

from ..errors import ExitCode
from .common import State, command, pass_state


@command()
@click.option("--format", "fmt", type=click.Choice(["table", "json", "yaml"]), default=None,
              help="Output format (default: table).")
@click.option("--json", "as_json", is_flag=True, help="Shorthand for --format json.")
@click.pass_context
def check(ctx: click.Context, fmt: str | None, as_json: bool) -> None:
    """Check corpus integrity: quotes at their offsets, ids, cross-references, checksums.

    Also lists numbers the extractor finds in curated articles that no curated figure accounts
    for (curation gaps; reported, not failures). Exits 1 when it finds problems.

    \b
    Examples:
      sco-digital check
      sco-digital --corpus ~/news check --json | jq .problems
    """
    if as_json and fmt not in (None, "json"):
        raise click.UsageError(f"--json conflicts with --format {fmt}")
    state: State = ctx.find_object(State)
    from ..integrity import check_corpus

    report = check_corpus(state.corpus)
    fmt = "json" if as_json else (fmt or "table")
    if fmt == "table":
        from ..render.views import show_check

        show_check(report.as_dict(), state.terminal)
    else:
        from ..render.formats import render_object

        render_object(report.as_dict(), fmt, state.terminal)
    if not report.ok:
        ctx.exit(ExitCode.DATA_ERROR)


@command()
@click.argument("record", required=False,
                type=click.Choice(["article", "actor", "figure", "initiative", "fact", "evidence"]))
@pass_state
def schema(state: State, record: str | None) -> None:
    """JSON Schema of the records (all of them, or one), generated from their definitions.

    \b
    Examples:
      sco-digital schema figure
      sco-digital schema > sco-digital-schema.json
    """
    from ..render.formats import dumps_json
    from ..schema import all_schemas, record_schema

    data = record_schema(record) if record else all_schemas()
    click.echo(dumps_json(data, state.terminal))


COMMANDS = [check, schema]
