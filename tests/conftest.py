"""Shared fixtures: the built-in corpus once per session, a CLI runner, small corpora on disk."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
BUILTIN = REPO / "corpus"


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    # Tests never touch the user's real cache, and run with the index on whatever the shell sets
    # (a developer's `SCO_DIGITAL_NO_CACHE=1` failed three tests that compare with the index).
    os.environ["SCO_DIGITAL_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    os.environ.pop("SCO_DIGITAL_NO_CACHE", None)


@pytest.fixture(scope="session")
def corpus():
    from sco_digital import load_corpus

    return load_corpus(BUILTIN)


@pytest.fixture
def run():
    """Invoke the CLI in-process: run("facts", "--json") -> click Result."""
    from sco_digital.cli import cli

    runner = CliRunner()

    def invoke(*args: str, env: dict[str, str] | None = None):
        return runner.invoke(cli, list(args), env=env, catch_exceptions=False)

    return invoke


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    """A writable copy of the built-in corpus."""
    target = tmp_path / "corpus"
    shutil.copytree(BUILTIN, target)
    return target
