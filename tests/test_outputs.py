"""Output files: atomic, never into the corpus, never through a hard link to an article."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from sco_digital.errors import UsageError
from sco_digital.outputs import OutputError, atomic_output, check_output_path


def test_atomic_output_replaces_only_when_complete(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_output(target) as stream:
            stream.write("half")
            raise RuntimeError("disk full, say")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
    with atomic_output(target) as stream:
        stream.write("new")
    assert target.read_text(encoding="utf-8") == "new"


def test_atomic_output_keeps_the_mode_of_the_file_it_replaces(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("x")
    os.chmod(target, 0o600)
    with atomic_output(target) as stream:
        stream.write("y")
    assert (os.stat(target).st_mode & 0o777) == 0o600


def test_atomic_output_into_a_missing_folder_is_an_output_error(tmp_path):
    with pytest.raises(OutputError):
        with atomic_output(tmp_path / "nope" / "out.json") as stream:
            stream.write("x")


def test_a_hard_link_to_an_article_is_refused(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    article = corpus / "001.txt"
    article.write_text("Trade rose 5 percent.")
    link = tmp_path / "out.json"
    link.hardlink_to(article)
    with pytest.raises(UsageError):
        check_output_path(corpus, link)
    with pytest.raises(UsageError):
        check_output_path(corpus, corpus / "sub" / "x.json")
    assert check_output_path(corpus, tmp_path / "fine.json") == tmp_path / "fine.json"


@pytest.mark.parametrize("fmt, name", [("json", "out.json"), ("datapackage", "pkg"), ("sqlite", "out.db")])
def test_exports_refuse_a_link_into_the_corpus(run, corpus_copy, tmp_path, fmt, name):
    article = next(corpus_copy.glob("001_*.txt"))
    before = article.read_bytes()
    target = tmp_path / name
    if fmt != "datapackage":
        target.hardlink_to(article)
        result = run("--corpus", str(corpus_copy), "export", "--format", fmt, str(target))
        assert result.exit_code == 2
    else:
        os.symlink(corpus_copy, target)
        result = run("--corpus", str(corpus_copy), "export", "--format", fmt, str(target))
        assert result.exit_code == 2
    assert article.read_bytes() == before


def test_datapackage_export_replaces_a_package_whole(run, tmp_path):
    target = tmp_path / "pkg"
    assert run("export", "--format", "datapackage", str(target)).exit_code == 0
    (target / "stale.csv").write_text("x")
    assert run("export", "--format", "datapackage", str(target)).exit_code == 0
    assert not (target / "stale.csv").exists()
    assert json.loads((target / "datapackage.json").read_text())["resources"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pkg"]


@pytest.mark.parametrize("args", [["export", "--format", "json", "/dev/full"], ["graph", "/dev/full"]])
def test_exports_on_a_full_disk_are_io_errors(args):
    result = subprocess.run([sys.executable, "-m", "sco_digital", *args], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "No space left" in result.stderr


def test_export_to_stdout_through_a_closed_pipe_ends_quietly():
    result = subprocess.run(f"{sys.executable} -m sco_digital export --format json /dev/stdout | head -c 10",
                            shell=True, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "Traceback" not in result.stderr and "Error" not in result.stderr


@pytest.mark.parametrize("value, cell", [("=1+1", "'=1+1"), ("-2,4 %", "'-2,4 %"), (-2.4, "-2.4"), (-3, "-3"),
                                         ("Handel", "Handel"), (None, "")])
def test_data_package_cells_never_start_a_formula(value, cell):
    from sco_digital.export import csv_cell

    assert csv_cell(value) == cell
