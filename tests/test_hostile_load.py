"""Hostile input at load time (issue 17, items 1, 2, 5, 7, 8, 10, 14, 15): each reproduction ends
in a clear message and the documented exit code, in bounded time and memory. Commands that
could hang run in a subprocess under `timeout`, so a hang fails the test, not the run."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from sco_digital import load_corpus
from sco_digital.errors import CorpusError
from sco_digital.load.read import read_regular

REPO = Path(__file__).resolve().parent.parent
ARTICLE = "Title\nChina trained more than 830 professionals in 2024, up 9.3 percent.\n"


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def cli(*args: str, seconds: int = 60, **env: str) -> subprocess.CompletedProcess[str]:
    """The real program in a subprocess, killed by `timeout` after `seconds`."""
    return subprocess.run(["timeout", str(seconds), sys.executable, "-m", "sco_digital", *args],
                          capture_output=True, text=True, cwd=REPO,
                          env={**os.environ, "SCO_DIGITAL_NO_CACHE": "1", **env})


def _corpus(tmp_path: Path, sidecar: str | None = None) -> Path:
    folder = tmp_path / "c"
    _write(folder, "001_a.txt", ARTICLE)
    if sidecar is not None:
        _write(folder, "001_a.yaml", sidecar)
    return folder


def _bomb(key: str, levels: int = 9, width: int = 9) -> str:
    lines = ["x0: &a0 [" + ", ".join(['"lol"'] * width) + "]"]
    for n in range(1, levels):
        lines.append(f"x{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * width) + "]")
    return "\n".join(lines) + f"\n{key}: *a{levels - 1}\n"


# ---- 1. alias bombs ---------------------------------------------------------------------------


@pytest.mark.parametrize("where,key", [("sidecar", "title"), ("sidecar", "authors"), ("lexicon", "actors")])
def test_an_alias_bomb_is_refused_quickly_with_a_short_message(tmp_path, where, key):
    folder = _corpus(tmp_path)
    bomb = _bomb(key)
    if where == "sidecar":
        _write(folder, "001_a.yaml", bomb)
    else:
        _write(folder, "lexicon.yaml", bomb)
    result = cli("--corpus", str(folder), "articles", "--json", seconds=30)
    assert result.returncode == 1, result.stderr
    assert "alias bomb" in result.stderr and len(result.stderr) < 400


def test_a_few_aliases_are_fine(tmp_path):
    folder = _corpus(tmp_path, "authors: &who [Li Wei]\neditors: *who\n")
    assert load_corpus(folder, use_cache=False).articles[0].authors == ("Li Wei",)


def test_a_bad_value_is_shown_as_a_short_excerpt(tmp_path):
    folder = _corpus(tmp_path, "title: [" + ", ".join(["'" + "x" * 1000 + "'"] * 50) + "]\n")
    with pytest.raises(CorpusError) as caught:
        load_corpus(folder, use_cache=False)
    assert "'title' must be a text or null" in str(caught.value) and len(str(caught.value)) < 300


# ---- 2. special files -------------------------------------------------------------------------


def test_a_fifo_sidecar_is_an_error_not_a_hang(tmp_path):
    folder = _corpus(tmp_path)
    os.mkfifo(folder / "001_a.yaml")
    result = cli("--corpus", str(folder), "articles", "--json", seconds=30)
    assert result.returncode == 1
    assert "001_a.yaml: not a regular file (FIFO)" in result.stderr


def test_a_link_to_dev_zero_is_never_read(tmp_path):
    folder = _corpus(tmp_path)
    os.symlink("/dev/zero", folder / "002_zero.txt")
    result = cli("--corpus", str(folder), "articles", "--json", seconds=30)
    assert result.returncode == 0 and [a["id"] for a in json.loads(result.stdout)] == ["001"]
    followed = cli("--corpus", str(folder), "--follow-links", "check", "--json", seconds=30)
    skipped = json.loads(followed.stdout)["skipped"]
    assert [(s["path"], s["kind"]) for s in skipped] == [("002_zero.txt", "special file")]
    strict = cli("--corpus", str(folder), "--strict", "articles", seconds=30)
    assert strict.returncode == 1 and "--strict" in strict.stderr


@pytest.mark.parametrize("path", ["/dev/zero", "/dev/null", "/dev/urandom"])
def test_read_regular_refuses_devices(path):
    with pytest.raises(CorpusError, match="not a regular file"):
        read_regular(path)


def test_read_regular_reads_at_most_the_limit(tmp_path):
    big = _write(tmp_path, "big.txt", b"x" * 1001)
    assert read_regular(big, 1001) == b"x" * 1001
    with pytest.raises(CorpusError, match="limit"):
        read_regular(big, 1000)


# ---- 5. SQLite export of an ordinary corpus ---------------------------------------------------


def test_sqlite_export_of_an_unannotated_corpus_resolves_every_foreign_key(tmp_path):
    folder = tmp_path / "c"
    _write(folder, "001.txt", "Xiong Jijun spoke.\n")
    out = tmp_path / "out.db"
    result = cli("--corpus", str(folder), "export", "--format", "sqlite", str(out))
    assert result.returncode == 0, result.stderr
    db = sqlite3.connect(out)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    actors = dict(db.execute("SELECT id, affiliation FROM actors").fetchall())
    assert actors["xiong-jijun"] in actors  # the affiliation is a row of its own


# ---- 7, 8, 14. values at load -----------------------------------------------------------------

FIGURE = "figures:\n  - {text: '830', value: %s, unit: count, qualifier: more_than}\n"
BAD_SIDECARS = [
    # (sidecar, words the message must hold, line)
    (FIGURE % ".nan", "'value' must be a number, not nan", 2),
    (FIGURE % ".inf", "'value' must be a number, not inf", 2),
    (FIGURE % "-.inf", "'value' must be a number, not -inf", 2),
    ("published: 2025-13-45\n", "'published' must be a real date", 1),
    ("published: 2025-02-30\n", "'published' must be a real date", 1),
    ("published: yesterday\n", "'published' must be a real date", 1),
    ("title: 5\n", "'title' must be a text or null, not 5", 1),
    ("url: 5\n", "'url' must be a text or null, not 5", 1),
    ("title: ''\n", "'title' must be a text or null", 1),
    ("related: [999]\n", "'related' must be a list of texts, not [999]", 1),
    ("authors: ['']\n", "'authors' must be a list of texts", 1),
    ("sha256: 12\n", "'sha256' must be 64 hexadecimal digits, not 12", 1),
    ("language: [en]\n", "'language' must be a text or null", 1),
    ("figures:\n  - {text: '830', value: 830, unit: count, qualifier: more_than, period: 5}\n",
     "'period' must be a year or a text", 2),
]


@pytest.mark.parametrize("sidecar,message,line", BAD_SIDECARS)
def test_a_bad_sidecar_value_exits_1_naming_file_and_line(tmp_path, run, sidecar, message, line):
    folder = _corpus(tmp_path, sidecar)
    result = run("--corpus", str(folder), "figures", "--json")
    assert result.exit_code == 1
    assert f"001_a.yaml:{line}:" in result.stderr and message in result.stderr, result.stderr


GOOD_SIDECARS = ["published: 2024-02-29\n", "published: 2025\n", "published: 2025-08\n", "title: '5'\n",
                 "sha256: " + "a" * 64 + "\n", "related: ['999']\n",
                 "figures:\n  - {text: '830', value: 830, unit: count, qualifier: more_than, period: 2024}\n"]


@pytest.mark.parametrize("sidecar", GOOD_SIDECARS)
def test_good_sidecar_values_load(tmp_path, sidecar):
    load_corpus(_corpus(tmp_path, sidecar), use_cache=False)


ACTOR = "actors:\n  - {id: x, kind: person, names: {en: X Y}%s}\n"
BAD_LEXICONS = [
    (ACTOR % ", country: 12", "'country' must be an ISO 3166 alpha-3 code such as CHN, not 12"),
    (ACTOR % ", country: chn", "'country' must be an ISO 3166 alpha-3 code"),
    (ACTOR % ", aliases: ['']", "'aliases' must be a list of texts"),
    (ACTOR % ", aliases: [5]", "'aliases' must be a list of texts, not [5]"),
    ("actors:\n  - {id: x, kind: person, names: {en: ''}}\n", "'names' must be a mapping"),
    ("actors:\n  - {id: x, kind: person, names: {}}\n", "'names' must be a mapping"),
    ("- a\n- b\n", "must be a mapping, not list"),
    ("initiatives:\n  - {id: f, kind: forum, names: {en: F}, date: 2025-02-30}\n", "'date' must be a real date"),
]


@pytest.mark.parametrize("lexicon,message", BAD_LEXICONS)
def test_a_bad_lexicon_exits_1_naming_the_file(tmp_path, run, lexicon, message):
    folder = _corpus(tmp_path)
    _write(folder, "lexicon.yaml", lexicon)
    result = run("--corpus", str(folder), "figures", "--json")
    assert result.exit_code == 1
    assert "lexicon.yaml" in result.stderr and message in result.stderr, result.stderr


def test_a_partial_topics_file_is_blamed_not_the_builtin_metrics(tmp_path, run):
    folder = _corpus(tmp_path)
    _write(folder, "topics.yaml", "topics:\n  - {id: talent, labels: {en: Talent}}\n")
    result = run("--corpus", str(folder), "figures", "--json")
    assert result.exit_code == 1
    assert f"{folder / 'topics.yaml'}: topic " in result.stderr and "built-in metrics.yaml" in result.stderr


# ---- 10. file names that are not UTF-8 --------------------------------------------------------


def test_a_file_name_that_is_not_utf8_is_skipped_and_json_stays_valid(tmp_path):
    folder = _corpus(tmp_path)
    with open(os.path.join(os.fsencode(folder), b"002_caf\xe9.txt"), "wb") as out:
        out.write(ARTICLE.encode("utf-8"))
    result = subprocess.run(["timeout", "60", sys.executable, "-m", "sco_digital", "--corpus", str(folder),
                             "check", "--json"], capture_output=True, cwd=REPO,
                            env={**os.environ, "SCO_DIGITAL_NO_CACHE": "1"})
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.decode("utf-8"))  # strict UTF-8: raises on invalid bytes
    assert report["skipped"] == [{"path": "002_caf\\xe9.txt", "kind": "bad name",
                                  "reason": "the file name is not valid UTF-8; rename it to read it", "line": None}]
    exported = subprocess.run(["timeout", "60", sys.executable, "-m", "sco_digital", "--corpus", str(folder),
                               "export", "--format", "json", str(tmp_path / "out.json")], capture_output=True,
                              cwd=REPO, env={**os.environ, "SCO_DIGITAL_NO_CACHE": "1"})
    assert exported.returncode == 0, exported.stderr
    json.loads((tmp_path / "out.json").read_bytes().decode("utf-8"))


# ---- 15. documented codes ---------------------------------------------------------------------


def test_corpus_pointing_at_a_file_or_nowhere_exits_1(tmp_path):
    file = _write(tmp_path, "a.txt", ARTICLE)
    for path, message in ((file, "corpus path is not a folder"), (tmp_path / "nope", "corpus folder does not exist")):
        result = cli("--corpus", str(path), "articles")
        assert result.returncode == 1 and message in result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_an_unreadable_folder_exits_1(tmp_path):
    folder = _corpus(tmp_path)
    folder.chmod(0)
    try:
        result = cli("--corpus", str(folder), "articles")
    finally:
        folder.chmod(0o755)
    assert result.returncode == 1 and "cannot read the folder" in result.stderr


def test_an_unreadable_subfolder_is_listed(tmp_path, monkeypatch):
    folder = _corpus(tmp_path)
    (folder / "sub").mkdir()
    real_scandir = os.scandir

    def scandir(path):  # as a folder without read permission (the tests may run as root)
        if str(path).endswith("sub"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    corpus = load_corpus(folder, use_cache=False)
    assert [(s.path, s.kind) for s in corpus.skipped] == [("sub", "unreadable")]


@pytest.mark.parametrize("wanted,cap", [("100000", "max"), ("3", 3), ("-5", None), ("many", None)])
def test_jobs_are_capped(monkeypatch, wanted, cap):
    from sco_digital.index import build

    monkeypatch.setenv("SCO_DIGITAL_JOBS", wanted)
    jobs = build.worker_count()
    assert 1 <= jobs <= build.MAX_JOBS
    if cap is not None:
        assert jobs == (build.MAX_JOBS if cap == "max" else cap)


def test_nothing_is_written_into_the_corpus(tmp_path):
    folder = _corpus(tmp_path, "title: T\n")
    _write(folder, "feed.jsonl", json.dumps({"maintext": "12 companies."}) + "\n")
    before = sorted((p.name, p.stat().st_mtime_ns) for p in folder.rglob("*"))
    result = cli("--corpus", str(folder), "check", "--json", SCO_DIGITAL_NO_CACHE="0",
                 SCO_DIGITAL_CACHE_DIR=str(tmp_path / "cache"))
    assert result.returncode == 0, result.stderr
    assert sorted((p.name, p.stat().st_mtime_ns) for p in folder.rglob("*")) == before


def test_an_unreadable_corpus_folder_is_a_data_error(tmp_path, monkeypatch):
    folder = _corpus(tmp_path)

    def scandir(path):  # as a folder without read permission (the tests may run as root)
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "scandir", scandir)
    with pytest.raises(CorpusError, match="cannot read the folder: Permission denied") as caught:
        load_corpus(folder, use_cache=False)
    assert caught.value.exit_code == 1


def test_deeply_nested_json_and_yaml_end_in_a_message(tmp_path):
    folder = _corpus(tmp_path)
    _write(folder, "002.json", "[" * 100_000 + "]" * 100_000)
    corpus = load_corpus(folder, use_cache=False)
    assert [(s.path, s.reason) for s in corpus.skipped] == [("002.json", "invalid JSON: nested too deeply")]
    _write(folder, "001_a.yaml", "title: " + "[" * 50_000 + "]" * 50_000 + "\n")
    result = cli("--corpus", str(folder), "articles", seconds=30)
    assert result.returncode == 1 and "001_a.yaml:1:" in result.stderr and "Traceback" not in result.stderr
