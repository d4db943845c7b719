"""extract: the streaming mapper — articles in, one JSON line of rows per article out."""

from __future__ import annotations

import sys

import click

from .common import State, command, pass_state


@command()
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@pass_state
def extract(state: State, paths: tuple[str, ...]) -> None:
    """Analyse articles as they stream: one JSON line of rows per article, in input order.

    PATHs are article files (*.txt, *.md; a *.jsonl file is read as news-please JSON lines);
    without PATH, or with -, news-please JSON lines (title, maintext, date_publish, url,
    language, authors, source_domain) are read from stdin. Each output line is an object
    {article, figures, actors, mentions, initiatives} with the index's columns. The registries
    of --corpus serve (else the built-in ones). A bad line or unreadable path is reported on
    stderr with its line number or path and skipped; the exit code is then 1, at the end.

    \b
    Examples:
      sco-digital extract news/*.txt > rows.jsonl
      zcat crawl.jsonl.gz | sco-digital extract | jq -c '.figures[] | {id, value, unit}'
      ls news/*.txt | xargs -P 2 -n 100 sco-digital extract > rows.jsonl
      parallel --pipe -N 1000 sco-digital extract < crawl.jsonl > rows.jsonl
    """
    from ..errors import ExitCode
    from ..extract_stream import Skipped, extract_jsonl, extract_paths
    from ..index.rows import dumps

    registries = state.corpus_path  # a folder whose registries serve; None: the built-in ones
    if not paths and sys.stdin.isatty():
        raise click.UsageError("give article PATHs, or pipe news-please JSON lines into stdin")
    if not paths or paths == ("-",):
        results = extract_jsonl(sys.stdin.buffer, "<stdin>", registries)
    elif "-" in paths:
        raise click.UsageError("read stdin (-) alone, not together with paths")
    else:
        results = extract_paths(paths, registries)
    out, err = state.terminal.stdout, state.terminal.stderr
    skipped = 0
    for result in results:
        if isinstance(result, Skipped):
            skipped += 1
            err.write(f"skipped {result.where}: {result.reason}\n")
            continue
        out.write(dumps(result) + "\n")
    if skipped:
        err.write(f"{skipped} input{'s' if skipped != 1 else ''} skipped\n")
        click.get_current_context().exit(ExitCode.DATA_ERROR)


COMMANDS = [extract]
