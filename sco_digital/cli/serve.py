"""serve: the corpus index in a browser, through Datasette (optional extra `[web]`)."""

from __future__ import annotations

import errno
import importlib.util
import ipaddress
import shutil
import signal
import socket
import subprocess
import tempfile
from pathlib import Path
from types import FrameType

import click

from ..errors import ExitCode
from .common import State, command

NEEDS_EXTRA = "sco-digital serve needs the optional extra [web]: pip install 'sco-digital[web]'"
STOP_WAIT_S = 10


@command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but loopback shows the corpus to the network.")
@click.option("--port", type=click.IntRange(0, 65535), default=8001, show_default=True,
              help="Port to listen on (0: any free port).")
@click.option("--open", "open_browser", is_flag=True, help="Open the start page in a web browser.")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, open_browser: bool) -> None:
    """Browse the corpus in a web browser: Datasette over the corpus index, read-only.

    Tables of articles, figures, facts, actors and initiatives with names instead of ids,
    descriptions, facets and full-text search, plus ready-made queries: facts in conflict,
    the same statistic in German and English, figures by topic, one article's figures, people.
    Every table and query also answers as JSON (add .json to its address). Ctrl-C stops it.

    \b
    Examples:
      sco-digital serve --open
      sco-digital --corpus ~/news serve --port 8080
      curl 'http://127.0.0.1:8001/corpus/all_facts.json?topic=&_shape=array'
    """
    if importlib.util.find_spec("datasette") is None:
        click.echo(f"Error: {NEEDS_EXTRA}", err=True)
        ctx.exit(ExitCode.USAGE)
    if not _is_loopback(host):
        click.echo(f"Warning: listening on {host}: the corpus becomes visible to the network.", err=True)
    problem = _port_problem(host, port)
    if problem:
        click.echo(f"Error: cannot listen on {host}:{port}: {problem}", err=True)
        ctx.exit(ExitCode.DATA_ERROR)
    state = ctx.find_object(State)
    assert state is not None  # the group made it
    from ..web import datasette_command, prepare_site

    folder = Path(tempfile.mkdtemp(prefix="sco-digital-web-"))
    try:
        site = prepare_site(state.corpus_path, folder)
        ctx.exit(_run(datasette_command(site, host, port, open_browser)))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run(command: list[str]) -> int:
    """Run Datasette until it ends or we are stopped (Ctrl-C, SIGTERM); 0 after a stop."""
    server = subprocess.Popen(command)

    def forward(signum: int, frame: FrameType | None) -> None:
        server.send_signal(signal.SIGINT)

    previous = signal.signal(signal.SIGTERM, forward)
    try:
        try:
            code = server.wait()
        except KeyboardInterrupt:  # the server got the same Ctrl-C from the terminal
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=STOP_WAIT_S)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            click.echo("Stopped.", err=True)
            return ExitCode.OK
    finally:
        signal.signal(signal.SIGTERM, previous)
        if server.poll() is None:
            server.kill()
            server.wait()
    if code in (0, -signal.SIGINT, -signal.SIGTERM):
        return ExitCode.OK
    click.echo(f"Error: the server ended with exit code {code}", err=True)
    return ExitCode.DATA_ERROR


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _port_problem(host: str, port: int) -> str | None:
    """Why the server could not listen on host:port, or None (checked before the index is built,
    so a taken port is one line, not a server's traceback)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        return f"unknown host ({exc.strerror})"
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server does
        try:
            probe.bind(address)
        except OSError as exc:
            return "the port is in use" if exc.errno == errno.EADDRINUSE else (exc.strerror or str(exc))
    return None


COMMANDS = [serve]
