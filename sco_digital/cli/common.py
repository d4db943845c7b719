"""What every command shares: the loaded corpus, the listing options, completion of ids."""

from __future__ import annotations

import functools
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Sequence

import click

from ..render.formats import FORMATS, available_fields, render_records
from ..render.terminal import Terminal


@dataclass
class State:
    corpus_path: str | None
    terminal: Terminal = field(default_factory=Terminal.from_environment)
    follow_links: bool = False
    strict: bool = False
    _corpus: Any = None

    @property
    def corpus(self) -> Any:
        if self._corpus is None:
            from ..load import load_corpus

            progress = terminal_progress if _stderr_is_tty() else None
            self._corpus = load_corpus(self.corpus_path, progress=progress, follow_links=self.follow_links,
                                       strict=self.strict)
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


def listing_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add --format/--json/--fields; the command receives `fmt` and `fields`."""

    @click.option("--format", "fmt", type=click.Choice(FORMATS, case_sensitive=False), default=None,
                  help="Output format (default: table).")
    @click.option("--json", "as_json", is_flag=True, help="Shorthand for --format json.")
    @click.option("--fields", default=None, is_flag=False, flag_value="?", metavar="A,B,…",
                  help="Keys to show, in order; --fields alone lists them.")
    @functools.wraps(func)
    def wrapper(*args: Any, fmt: str | None, as_json: bool, fields: str | None, **kwargs: Any) -> Any:
        if as_json and fmt not in (None, "json"):
            raise click.UsageError(f"--json conflicts with --format {fmt}")
        fmt = "json" if as_json else (fmt or "table").lower()
        return func(*args, fmt=fmt, fields=_parse_fields(fields), **kwargs)

    return wrapper


def _parse_fields(raw: str | None) -> list[str] | None:
    if raw is None:
        return None
    if raw == "?":
        return ["?"]
    return [f.strip() for f in raw.split(",") if f.strip()]


def emit(state: State, records: list[dict[str, Any]], fmt: str, fields: Sequence[str] | None,
         columns: Sequence[str] | None = None, title: str | None = None,
         all_keys: Iterable[str] | None = None) -> None:
    """Render records; `--fields` alone lists the keys; unknown keys are a usage error."""
    keys = list(all_keys) if all_keys is not None else available_fields(records)
    if fields == ["?"]:
        click.echo("\n".join(keys))
        return
    if fields:
        unknown = [f for f in fields if f not in keys]
        if unknown:
            from ..errors import UnknownId

            raise click.UsageError(str(UnknownId("field", unknown[0], keys)))
    render_records(records, fmt, state.terminal, fields=fields, columns=columns, title=title)


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
