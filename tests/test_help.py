"""Every command has --help with an example, and the README's tour uses real commands."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sco_digital.cli import cli

COMMANDS = cli.list_commands(None)  # type: ignore[arg-type]
README = Path(__file__).resolve().parent.parent / "README.md"


def test_the_commands_of_the_design_exist():
    assert {"articles", "show", "actors", "figures", "initiatives", "facts", "compare", "search", "topics",
            "check", "schema"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_help_has_an_example(run, name):
    result = run(name, "--help")
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    assert f"sco-digital {name}" in result.stdout or "sco-digital --corpus" in result.stdout


def test_readme_tour_commands_exist():
    used = set(re.findall(r"^sco-digital (?:--corpus \S+ )?([a-z-]+)", README.read_text(encoding="utf-8"), re.M))
    assert used and used <= set(COMMANDS), used - set(COMMANDS)


def test_readme_starts_with_the_two_commands():
    head = README.read_text(encoding="utf-8").split("## ")[0]
    assert "pip install . && sco-digital facts --topic talent" in head
    assert "pip install -e '.[test]' && python -m pytest" in head
    ci = (README.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install -q -e '.[test]' && python -m pytest" in ci


def test_version(run):
    from sco_digital import __version__

    result = run("--version")
    assert result.exit_code == 0 and __version__ in result.stdout


def test_every_command_module_is_registered():
    import importlib

    from sco_digital.cli import COMMAND_MODULES

    for module in set(COMMAND_MODULES.values()):
        for command in importlib.import_module(f"sco_digital.cli.{module}").COMMANDS:
            assert COMMAND_MODULES.get(command.name) == module, command.name
