"""Fuzzing every kind of input a corpus brings (issue 17, item 16): sidecar YAML, registry YAML,
article bytes, file names. Whatever the input, the CLI exits 0, 1 or 2, never with a traceback,
within a time limit per example, writes nothing into the corpus, and prints valid JSON on 0."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from click.testing import CliRunner
from fuzzing import fuzz
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sco_digital.cli import cli

ARTICLE = "Titel\nMehr als 830 Fachkräfte wurden 2024 ausgebildet, 9,3 Prozent mehr.\n"
SETTINGS = settings(max_examples=fuzz(25), deadline=10_000,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

# YAML built from pieces that matter: keys of the contract, anchors and aliases, tags, odd scalars.
yaml_keys = st.sampled_from(["title", "language", "published", "authors", "url", "related", "sha256", "figures",
                             "actors", "initiatives", "terms", "topics", "metrics", "id", "kind", "names",
                             "aliases", "country", "date", "value", "text", "unit", "qualifier", "period"])
yaml_scalars = st.sampled_from(["5", ".nan", "-.inf", "2025-13-45", "2025-02-29", "''", "null", "~", "yes",
                                "[1, 2]", "{en: x}", "!!python/object:os.system ls", "&a [x]", "*a", "*b",
                                "'830'", "830", "more_than", "count", "person", "de", "\"\\u202e\"", "|\n  x"])
yaml_documents = st.lists(st.tuples(yaml_keys, yaml_scalars), max_size=6).map(
    lambda pairs: "".join(f"{k}: {v}\n" for k, v in pairs))
yaml_texts = st.one_of(yaml_documents, st.text(max_size=200))
article_bytes = st.one_of(
    st.binary(max_size=400),
    st.text(max_size=400).map(lambda t: t.encode("utf-8")),
    st.text(max_size=200).map(lambda t: t.encode("utf-16")),
    st.text(alphabet=st.characters(max_codepoint=255), max_size=200).map(lambda t: t.encode("latin-1")),
)
file_names = st.one_of(
    st.text(st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)), min_size=1, max_size=30),
    st.binary(min_size=1, max_size=30).filter(lambda b: b"/" not in b and b"\x00" not in b and b not in (b".", b"..")),
).map(lambda n: n if isinstance(n, bytes) else n.encode("utf-8")).filter(lambda b: b not in (b".", b".."))
suffixes = st.sampled_from([b".txt", b".TXT", b".md", b".json", b".jsonl", b".html", b".yaml", b".pdf", b""])


def _snapshot(folder: Path) -> list[tuple[bytes, int, int]]:
    root = os.fsencode(folder)
    found = []
    for current, _, names in os.walk(root):
        for name in names:
            st_ = os.lstat(os.path.join(current, name))
            found.append((os.path.join(current, name), st_.st_size, st_.st_mtime_ns))
    return sorted(found)


def _fresh(tmp_path: Path) -> Path:
    folder = tmp_path / "c"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "001_a.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def _assert_sound(folder: Path) -> None:
    before = _snapshot(folder)
    runner = CliRunner()
    for args in (["figures", "--json"], ["check", "--json"]):
        # catch_exceptions=False: a traceback (any exception escaping the CLI) fails the test
        result = runner.invoke(cli, ["--corpus", str(folder), *args], catch_exceptions=False,
                               env={"SCO_DIGITAL_NO_CACHE": "1"})
        assert result.exit_code in (0, 1, 2), result.output
        assert "Traceback" not in result.stderr and "Internal error" not in result.stderr, result.stderr
        if result.exit_code == 0 or args[0] == "check" and result.stdout.strip():
            json.loads(result.stdout)
    assert _snapshot(folder) == before


@SETTINGS
@given(text=yaml_texts)
def test_fuzzed_sidecars(tmp_path, text):
    folder = _fresh(tmp_path)
    (folder / "001_a.yaml").write_text(text, encoding="utf-8")
    _assert_sound(folder)


@SETTINGS
@given(text=yaml_texts, name=st.sampled_from(["lexicon.yaml", "topics.yaml", "metrics.yaml"]))
def test_fuzzed_registries(tmp_path, text, name):
    folder = _fresh(tmp_path)
    (folder / name).write_text(text, encoding="utf-8")
    _assert_sound(folder)


@SETTINGS
@given(raw=article_bytes, suffix=suffixes)
def test_fuzzed_article_bytes(tmp_path, raw, suffix):
    folder = _fresh(tmp_path)
    with open(os.path.join(os.fsencode(folder), b"002_x" + suffix), "wb") as out:
        out.write(raw)
    _assert_sound(folder)


@SETTINGS
@given(name=file_names, suffix=suffixes)
def test_fuzzed_file_names(tmp_path, name, suffix):
    folder = _fresh(tmp_path)
    path = os.path.join(os.fsencode(folder), (name + suffix)[:200])
    if os.path.exists(path):
        return  # the one article itself
    try:
        with open(path, "wb") as out:
            out.write(ARTICLE.encode("utf-8"))
    except OSError:
        return  # the file system refuses this name: nothing to test
    _assert_sound(folder)
