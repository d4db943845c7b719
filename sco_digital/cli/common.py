"""What every command shares: the loaded corpus, the listing options, completion of ids."""

from __future__ import annotations

import functools
import sys
from contextlib import contextmanager
from typing import Any, Callable, Iterable, Iterator, Sequence

import click

from ..render.formats import FORMATS, available_fields, render_records
from ..render.terminal import Terminal


HELP_TEXT = "Show this message and exit."


def _show_help(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(ctx.get_help(), color=ctx.color)
        ctx.exit()


class ExplicitHelp(click.Command):
    """`-h/--help` with its text given. click asks gettext for the text at every run, and
    gettext imports `locale` and searches the disk for translations: about 3 ms of a 70 ms
    query, for an option the query does not use."""

    _explicit_help: click.Option | None = None

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        names = self.get_help_option_names(ctx)
        if not names or not self.add_help_option:
            return None
        if self._explicit_help is None:  # one object: click orders eager options by identity
            self._explicit_help = click.Option(names, is_flag=True, expose_value=False, is_eager=True,
                                               help=HELP_TEXT, callback=_show_help)
        return self._explicit_help


def command(**settings: Any) -> Callable[[Callable[..., Any]], click.Command]:
    """`click.command` for the tool's commands (`ExplicitHelp`)."""
    return click.command(cls=ExplicitHelp, **settings)


class State:
    """What a command works with: the corpus (loaded on first use), the terminal, and how a
    listing is to be written. (Plain classes here, not dataclasses: creating a dataclass costs a
    warm query more than the query.)"""

    def __init__(self, corpus_path: str | None, terminal: Terminal | None = None, listing: Listing | None = None,
                 follow_links: bool = False, strict: bool = False):
        self.corpus_path = corpus_path
        self.terminal = terminal if terminal is not None else Terminal.from_environment()
        self.listing = listing if listing is not None else Listing()
        self.follow_links = follow_links
        self.strict = strict
        self._corpus: Any = None

    @property
    def corpus(self) -> Any:
        return self.corpus_for(())

    def corpus_for(self, articles: Sequence[str]) -> Any:
        """The corpus, for a command that reads only the rows of `articles` (ids) when it names
        any (`load_corpus`'s `articles`: a warm query then checks only their files)."""
        if self._corpus is None:
            from ..load import load_corpus

            progress = terminal_progress if _stderr_is_tty() else None
            self._corpus = load_corpus(self.corpus_path, progress=progress, follow_links=self.follow_links,
                                       strict=self.strict, articles=articles)
            if self._corpus.skipped:
                click.echo(skipped_summary(self._corpus.skipped), err=True)
        return self._corpus


def skipped_summary(skipped: Sequence[Any]) -> str:
    """One line for stderr: how many files were not read, by kind (`check` lists them)."""
    from collections import Counter

    kinds = Counter(s.kind for s in skipped)
    parts = ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items()))
    noun = "file or record" if len(skipped) == 1 else "files or records"
    return f"Skipped {len(skipped)} {noun} ({parts}); 'sco-digital check' lists them."


def _stderr_is_tty() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


@contextmanager
def terminal_progress(total: int) -> Iterator[Callable[[int], object]]:
    """A progress bar on stderr while a large corpus is analysed (only on a terminal)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn("Analysing articles"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("analyse", total=total)
        yield lambda count: bar.advance(task, count)


pass_state = click.make_pass_decorator(State)


class Listing:
    """How a listing is to be written: the options `listing_options` adds to every listing."""

    __slots__ = ("limit", "sort", "output", "bom", "wide", "pager")

    def __init__(self, limit: int | None = None, sort: str | None = None, output: str | None = None,
                 bom: bool = False, wide: bool = False, pager: bool = True):
        self.limit = limit
        self.sort = sort
        self.output = output
        self.bom = bom
        self.wide = wide
        self.pager = pager

    def without_limit(self) -> Listing:
        """The same options but --limit (a command that applies the limit itself)."""
        return Listing(None, self.sort, self.output, self.bom, self.wide, self.pager)


class OutputFile(click.ParamType):
    """A file to write: any path but an existing folder. (What `click.Path(dir_okay=False)` checks,
    without the gettext lookup its constructor makes at start-up; see `ExplicitHelp`.)"""

    name = "file"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        import os

        path = os.fspath(value)
        if os.path.isdir(path):
            self.fail(f"File {path!r} is a directory.", param, ctx)
        return str(path)

    def shell_complete(self, ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
        from click.shell_completion import CompletionItem

        return [CompletionItem(incomplete, type="file")]


OUTPUT_FILE = OutputFile()


def listing_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add the options every listing shares; the command receives `fmt` and `fields`, and `emit`
    applies the rest (--limit, --sort, -o, --bom, --wide, --no-pager) from `State.listing`."""

    @click.option("--format", "fmt", type=click.Choice(FORMATS, case_sensitive=False), default=None,
                  help="Output format (default: table): " + ", ".join(FORMATS) + ".")
    @click.option("--json", "as_json", is_flag=True, help="Shorthand for --format json.")
    @click.option("--fields", default=None, is_flag=False, flag_value="?", metavar="A,B,…",
                  help="Keys to show, in order; --fields alone lists them.")
    @click.option("--limit", "-n", "limit", type=click.IntRange(min=0), default=None,
                  help="At most N records (0: all).")
    @click.option("--sort", "sort", default=None, metavar="FIELD",
                  help="Sort by a key; -FIELD sorts descending (empty values last).")
    @click.option("--output", "-o", "output", default=None, metavar="FILE", type=OUTPUT_FILE,
                  help="Write to FILE (atomically) instead of stdout.")
    @click.option("--bom", is_flag=True, help="Start CSV/TSV with a UTF-8 byte order mark (for Excel).")
    @click.option("--wide", is_flag=True, help="Tables: keep every column, however wide.")
    @click.option("--no-pager", is_flag=True, help="Never page long output through $PAGER.")
    @functools.wraps(func)
    def wrapper(*args: Any, fmt: str | None, as_json: bool, fields: str | None, limit: int | None,
                sort: str | None, output: str | None, bom: bool, wide: bool, no_pager: bool, **kwargs: Any) -> Any:
        if as_json and fmt not in (None, "json"):
            raise click.UsageError(f"--json conflicts with --format {fmt}")
        fmt = "json" if as_json else (fmt or "table").lower()
        if bom and fmt not in ("csv", "tsv"):
            raise click.UsageError("--bom goes with --format csv or tsv")
        state = click.get_current_context().find_object(State)
        if state is not None:
            state.listing = Listing(limit=limit or None, sort=sort, output=output, bom=bom, wide=wide,
                                    pager=not no_pager)
        return func(*args, fmt=fmt, fields=_parse_fields(fields), **kwargs)

    return wrapper


def _parse_fields(raw: str | None) -> list[str] | None:
    if raw is None:
        return None
    if raw == "?":
        return ["?"]
    fields = [f.strip() for f in raw.split(",") if f.strip()]
    if not fields:
        raise click.UsageError("--fields needs at least one key (--fields alone lists them)")
    return fields


def emit(state: State, records: list[dict[str, Any]], fmt: str, fields: Sequence[str] | None,
         columns: Sequence[str] | None = None, title: str | None = None,
         all_keys: Iterable[str] | None = None) -> None:
    """Render records; `--fields` alone lists the keys; unknown keys are a usage error."""
    keys = list(all_keys) if all_keys is not None else available_fields(records)
    if fields == ["?"]:
        click.echo("\n".join(keys))
        return
    if fields:
        _check_keys(fields, keys)
    listing = state.listing
    if listing.sort:
        _check_keys([listing.sort.lstrip("-")], keys)
        records = sort_records(records, listing.sort)
    if listing.limit:
        records = records[: listing.limit]
    with output_terminal(state, fmt) as terminal:
        render_records(records, fmt, terminal, fields=fields, columns=columns, title=title,
                       header=fields or keys, bom=listing.bom, wide=listing.wide)


def _check_keys(wanted: Sequence[str], keys: Sequence[str]) -> None:
    unknown = [f for f in wanted if f not in keys]
    if unknown:
        from ..errors import UnknownId

        raise click.UsageError(str(UnknownId("field", unknown[0], list(keys))))


def sort_records(records: list[dict[str, Any]], spec: str) -> list[dict[str, Any]]:
    """Records sorted by one key (`-key`: descending); empty values last either way; numbers by
    value, everything else by its text."""
    key = spec.lstrip("-")
    descending = spec.startswith("-")
    present = [r for r in records if r.get(key) not in (None, "", [])]
    empty = [r for r in records if r.get(key) in (None, "", [])]

    def order(record: dict[str, Any]) -> tuple[int, float, str]:
        value = record.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return (0, float(value), "")
        return (1, 0.0, str(value).casefold())

    return sorted(present, key=order, reverse=descending) + empty


@contextmanager
def output_terminal(state: State, fmt: str) -> Iterator[Terminal]:
    """Where a listing goes: `-o FILE` (written atomically, never into the corpus), the pager
    for long output on a terminal, or stdout."""
    listing = state.listing
    terminal = state.terminal
    if listing.output:
        from ..outputs import atomic_output, check_output_path

        path = check_output_path(_corpus_root(state), listing.output)
        with atomic_output(path, newline="" if fmt in ("csv", "tsv") else None) as stream:
            yield Terminal(is_tty=False, width=terminal.width, color=False, out=stream, err=terminal.err)
        return
    pager = _pager_command() if (terminal.is_tty and listing.pager) else None
    if pager is None:
        yield terminal
        return
    import io

    buffer = io.StringIO()
    yield terminal.with_out(buffer)
    text = buffer.getvalue()
    if text.count("\n") < terminal.height or not _page(pager, text):
        terminal.stdout.write(text)


def _corpus_root(state: State) -> str:
    from ..load import corpus_dir

    return str(corpus_dir(state.corpus_path))


def _pager_command() -> str | None:
    import os

    command = os.environ.get("SCO_DIGITAL_PAGER", os.environ.get("PAGER", "less -FRX")).strip()
    return None if command in ("", "cat") else command


def _page(command: str, text: str) -> bool:
    """Show text through the pager; False if it could not be started (the caller prints it)."""
    import shlex
    import subprocess

    try:
        process = subprocess.Popen(shlex.split(command), stdin=subprocess.PIPE, encoding="utf-8",
                                   errors="replace")
    except (OSError, ValueError):
        return False
    try:
        assert process.stdin is not None
        process.stdin.write(text)
        process.stdin.close()
    except BrokenPipeError:
        pass  # the reader quit the pager early: that is not an error
    process.wait()
    return True


# ---- completion (click's mechanism) -----------------------------------------------------------


def _completion_corpus(ctx: click.Context) -> Any:
    from ..load import load_corpus

    root = ctx.find_root()
    try:
        return load_corpus(root.params.get("corpus"))
    except Exception:  # noqa: BLE001 - a broken corpus must not break the user's shell
        return None


def complete_article(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
    corpus = _completion_corpus(ctx)
    if corpus is None:
        return []
    from click.shell_completion import CompletionItem

    return [CompletionItem(a.id, help=a.title[:60]) for a in corpus.articles if a.id.startswith(incomplete)]


def complete_actor(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[str]:
    corpus = _completion_corpus(ctx)
    return [] if corpus is None else [a.id for a in corpus.actors if a.id.startswith(incomplete)]


def complete_initiative(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[str]:
    corpus = _completion_corpus(ctx)
    return [] if corpus is None else [i.id for i in corpus.initiatives if i.id.startswith(incomplete)]


def complete_topic(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[str]:
    corpus = _completion_corpus(ctx)
    return [] if corpus is None else [t for t in corpus.registries.topic_ids() if t.startswith(incomplete)]
