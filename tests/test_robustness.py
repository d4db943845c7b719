"""Odd input never crashes: fuzzed sidecars, symlink loops, Ctrl-C, a read-only world."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from fuzzing import fuzz
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sco_digital import load_corpus
from sco_digital.errors import CorpusError

ARTICLE = "Title\nChina trained more than 830 professionals in 2024, up 9.3 percent.\n"

scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=False),
                    st.text(max_size=20))
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
    st.sampled_from(["text", "value", "unit", "qualifier", "quote", "occurrence", "topics", "x"]), inner,
    max_size=4), max_leaves=8)
sidecars = st.dictionaries(
    st.sampled_from(["title", "language", "published", "authors", "url", "figures", "actors", "bogus", "sha256"]),
    values, max_size=5)


@settings(max_examples=fuzz(60), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sidecar=sidecars)
def test_any_sidecar_loads_or_fails_with_a_corpus_error(tmp_path_factory, sidecar):
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "001_a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "001_a.yaml").write_text(yaml.safe_dump(sidecar, allow_unicode=True), encoding="utf-8")
    try:
        corpus = load_corpus(folder, use_cache=False)
    except CorpusError as exc:
        assert str(exc)
        return
    for figure in corpus.figures:
        ev = figure.evidence
        assert corpus.articles[0].text[ev.start:ev.end] == ev.quote


@settings(max_examples=fuzz(40), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300))
def test_any_yaml_text_loads_or_fails_with_a_corpus_error(tmp_path_factory, text):
    folder = tmp_path_factory.mktemp("fuzzraw")
    (folder / "001_a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "001_a.yaml").write_text(text, encoding="utf-8")
    try:
        load_corpus(folder, use_cache=False)
    except CorpusError:
        pass


def test_symlink_loop_is_a_clear_error(tmp_path):
    (tmp_path / "001_a.txt").write_text(ARTICLE, encoding="utf-8")
    os.symlink(tmp_path / "002_loop.txt", tmp_path / "002_loop.txt")
    with pytest.raises(CorpusError, match="002_loop.txt"):
        load_corpus(tmp_path, use_cache=False)


def test_ctrl_c_exits_130_without_traceback(monkeypatch, capsys):
    import sco_digital.cli.listing as listing
    from sco_digital.cli import main

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(listing, "select_figures", interrupted)
    with pytest.raises(SystemExit) as caught:
        main(["figures"])
    assert caught.value.code == 130
    assert "Traceback" not in capsys.readouterr().err


def _digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()} | {"__names__": str(sorted(os.listdir(folder)))}


COMMANDS = [["articles", "--json"], ["show", "000", "--json"], ["actors"], ["figures", "--format", "csv"],
            ["initiatives", "--format", "yaml"], ["facts", "--topic", "talent"], ["compare", "000", "001"],
            ["search", "Fachkräfte"], ["topics"], ["check"], ["schema"]]


def test_unwritable_cache_and_untouched_corpus(corpus_copy, tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache dir should be", encoding="utf-8")
    before = _digest(corpus_copy)
    env = {**os.environ, "SCO_DIGITAL_CACHE_DIR": str(blocker / "cache"), "SCO_DIGITAL_CORPUS": str(corpus_copy)}
    for args in COMMANDS:
        result = subprocess.run([sys.executable, "-m", "sco_digital", *args], capture_output=True, text=True,
                                env=env, timeout=120)
        assert result.returncode == 0, (args, result.stderr)
        assert "Traceback" not in result.stderr
    assert _digest(corpus_copy) == before
