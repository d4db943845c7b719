"""The command line: a thin click layer over the library.

One place (`main`) turns the library's errors into messages and exit codes, ends quietly on a
closed pipe, and exits 130 on Ctrl-C; no traceback reaches a user.
"""

from __future__ import annotations

import os
import sys

import click

from .. import __version__
from .common import ExplicitHelp, State
from ..errors import ExitCode, ScoDigitalError
from ..render.terminal import Terminal, terminal_safe


class CliError(click.ClickException):
    """A library error as click shows it: `Error: …` on stderr and the error's exit code."""

    def __init__(self, error: ScoDigitalError):
        # Messages name files and quote values from the corpus: never let them drive the terminal.
        super().__init__(terminal_safe(str(error)))
        self.exit_code = int(error.exit_code)


# Every command, by the module that defines it: a command's module is imported only when that
# command runs (click's lazy-loading pattern), so `facts --json` does not pay for `export`.
COMMAND_MODULES = {
    "articles": "listing", "show": "listing", "actors": "listing", "figures": "listing",
    "initiatives": "listing", "topics": "listing",
    "facts": "facts", "search": "facts",
    "compare": "compare",
    "check": "integrity", "schema": "integrity",
    "timeline": "research", "cite": "research", "export": "research", "graph": "research",
    "serve": "serve",
    "extract": "extract",
}


class ScoGroup(ExplicitHelp, click.Group):
    """Loads commands lazily, and converts the library's errors at the boundary, once, for every
    command."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*COMMAND_MODULES, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMAND_MODULES:
            import importlib

            module = importlib.import_module(f".{COMMAND_MODULES[cmd_name]}", __package__)
            for command in module.COMMANDS:
                self.add_command(command)
        return self.commands.get(cmd_name)

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except ScoDigitalError as exc:
            raise CliError(exc) from None
        except BrokenPipeError:
            # The reader went away (`… | head -1`): that is not an error; end quietly with 0
            # (click itself would exit 1).
            _quiet_stdout()
            ctx.exit(ExitCode.OK)


def _show_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    # Not click.version_option: it imports `locale` and more at start-up, for every command.
    if value and not ctx.resilient_parsing:
        click.echo(f"sco-digital, version {__version__}")
        ctx.exit()


@click.group(cls=ScoGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
# A plain text, not click.Path: a missing folder or a file is the library's data error (exit 1,
# as docs/errors.md says), not a usage error.
@click.option("--corpus", type=str, envvar="SCO_DIGITAL_CORPUS",
              default=None, help="Corpus folder (default: $SCO_DIGITAL_CORPUS, else the built-in corpus).")
@click.option("--follow-links", is_flag=True, help="Follow symbolic links that lead out of the corpus folder.")
@click.option("--strict", is_flag=True,
              help="Every skipped file and every guessed encoding is an error (exit 1).")
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_show_version,
              help="Show the version and exit.")
@click.pass_context
def cli(ctx: click.Context, corpus: str | None, follow_links: bool, strict: bool) -> None:
    """Sourced records of digital cooperation among SCO countries, from news articles.

    Every answer carries the exact words it came from; the same statistic is recognised across
    German and English; disagreements are shown.

    \b
    Examples:
      sco-digital facts --topic talent
      sco-digital compare 000 001
      sco-digital figures --json | jq '.[] | {id, value, unit}'
      sco-digital --corpus ~/news figures
      sco-digital --strict --corpus ~/news check
    """
    # A test may hand in its own Terminal as `obj`, to act as a TTY without one.
    terminal = ctx.obj if isinstance(ctx.obj, Terminal) else Terminal.from_environment()
    ctx.obj = State(corpus_path=corpus, terminal=terminal, follow_links=follow_links, strict=strict)


def _quiet_stdout() -> None:
    # After a closed pipe, point stdout at /dev/null so the interpreter's final flush is silent.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _safe_streams() -> None:
    # An ASCII or Latin-1 stdout (LANG=C, PYTHONIOENCODING=ascii) must never raise on German letters.
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower()
        if not encoding.startswith("utf") and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="backslashreplace")
            except (ValueError, OSError):
                pass


def main(args: list[str] | None = None, prog_name: str = "sco-digital") -> None:
    """Entry point of `sco-digital` and `python -m sco_digital`."""
    if sys.stdout is None or sys.stderr is None:
        # Started with a standard stream closed (`sco-digital … >&-`): say so where we can.
        _closed_stream_exit()
    _safe_streams()
    try:
        returned = cli.main(args=args, prog_name=prog_name, standalone_mode=False)
    except click.exceptions.Exit as exc:
        code = exc.exit_code
    except click.ClickException as exc:
        exc.show()
        code = exc.exit_code
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        code = ExitCode.INTERRUPTED
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        code = ExitCode.INTERRUPTED
    except BrokenPipeError:
        _quiet_stdout()
        code = ExitCode.OK
    except OSError as exc:
        # Writing the output failed (a full disk, /dev/full, a closed descriptor): an I/O error.
        _output_error(exc)
        code = ExitCode.DATA_ERROR
    except Exception as exc:  # noqa: BLE001 - the last line of defence: a message, not a traceback
        if os.environ.get("SCO_DIGITAL_DEBUG"):
            raise
        click.echo(f"Internal error: {type(exc).__name__}: {exc} (set SCO_DIGITAL_DEBUG=1 for details)", err=True)
        code = ExitCode.DATA_ERROR
    else:
        # Without standalone mode click returns the code of a `ctx.exit(code)`.
        code = returned if isinstance(returned, int) else ExitCode.OK
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()
    except OSError as exc:
        _output_error(exc)
        _quiet_stdout()
        code = ExitCode.DATA_ERROR
    sys.exit(int(code))


def _output_error(exc: OSError) -> None:
    try:
        sys.stderr.write(f"Error: cannot write the output: {exc.strerror or exc}\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):
        pass


def _closed_stream_exit() -> None:
    if sys.stderr is not None:
        try:
            sys.stderr.write("Error: standard output is closed; nothing can be written\n")
            sys.stderr.flush()
        except OSError:
            pass
    os._exit(int(ExitCode.DATA_ERROR))
