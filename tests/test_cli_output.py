"""Every listing in every format: the same rows; --fields; pipes carry no escape codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

LISTINGS = [("articles",), ("actors",), ("figures",), ("initiatives",), ("facts",), ("topics",),
            ("search", "Tianjin")]


def _rows(run, args, fmt):
    result = run(*args, "--format", fmt)
    assert result.exit_code == 0, result.output
    out = result.stdout
    if fmt == "json":
        return json.loads(out)
    if fmt == "jsonl":
        return [json.loads(line) for line in out.splitlines()]
    if fmt == "yaml":
        return yaml.safe_load(out) or []
    return list(csv.DictReader(io.StringIO(out)))


@pytest.mark.parametrize("args", LISTINGS)
def test_formats_round_trip_to_the_same_records(run, args):
    as_json = _rows(run, args, "json")
    assert as_json, args
    assert _rows(run, args, "jsonl") == as_json
    assert _rows(run, args, "yaml") == as_json
    rows = _rows(run, args, "csv")
    assert len(rows) == len(as_json)
    key = "id" if "id" in as_json[0] else "start"
    assert [r[key] for r in rows] == [str(r[key]) for r in as_json]


def test_csv_has_flat_evidence_columns(run):
    rows = _rows(run, ("figures",), "csv")
    assert {"evidence_quote", "evidence_article", "evidence_start", "evidence_end"} <= rows[0].keys()
    by_id = {r["id"]: r for r in rows}
    assert by_id["000:1009"]["topics"] == "economy;industry"  # a list joined with ';'
    assert by_id["000:1009"]["evidence_quote"].endswith("um 9,3 Prozent gestiegen.")


def test_fields_select_and_order_keys_in_every_format(run):
    fields = "id,value,unit"
    as_json = json.loads(run("figures", "--json", "--fields", fields).stdout)
    assert all(list(r) == ["id", "value", "unit"] for r in as_json)
    rows = list(csv.DictReader(io.StringIO(run("figures", "--format", "csv", "--fields", fields).stdout)))
    assert list(rows[0]) == ["id", "value", "unit"]


def test_fields_alone_lists_the_keys(run):
    result = run("figures", "--fields")
    assert result.exit_code == 0
    assert result.stdout.split() == ["id", "article", "language", "value", "unit", "qualifier", "change",
                                     "range_with", "counted", "measure", "metric", "period", "subject", "topics",
                                     "text", "evidence", "origin"]


def test_unknown_field_is_a_usage_error(run):
    result = run("figures", "--fields", "id,valeu")
    assert result.exit_code == 2 and "value" in result.stderr


def test_json_conflicting_with_format_is_an_error(run):
    result = run("figures", "--json", "--format", "csv")
    assert result.exit_code == 2 and "conflicts" in result.stderr


def test_json_keeps_german_letters(run):
    out = run("figures", "--json", "--article", "000").stdout
    assert "Fachkräfte" in out and "\\u00e4" not in out


def test_empty_result_is_an_empty_array(run):
    result = run("figures", "--json", "--unit", "EUR")
    assert result.exit_code == 0 and json.loads(result.stdout) == []


def _cli(*args, env=None):
    import os

    return subprocess.run([sys.executable, "-m", "sco_digital", *args], capture_output=True,
                          env={**os.environ, **(env or {})}, timeout=60)


def test_piped_table_has_no_escape_codes():
    result = _cli("figures")
    assert result.returncode == 0
    assert b"\x1b[" not in result.stdout and b"9,3 Prozent" in result.stdout


def test_closed_pipe_ends_quietly(tmp_path):
    import os
    import shutil

    # Output well past a pipe's 64 KiB buffer, so the writer really meets the closed pipe.
    folder = tmp_path / "corpus"
    folder.mkdir()
    builtin = Path(__file__).resolve().parent.parent / "corpus"
    for copy in range(6):
        for path in builtin.glob("*.txt"):
            shutil.copy(path, folder / f"{copy}{path.name}")
    proc = subprocess.Popen([sys.executable, "-m", "sco_digital", "--corpus", str(folder), "search", "digital",
                             "--limit", "0", "--format", "jsonl"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ})
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 0
    assert b"Traceback" not in err and b"BrokenPipe" not in err and b"Exception ignored" not in err


def test_ascii_stdout_still_prints():
    result = _cli("show", "000", env={"PYTHONIOENCODING": "ascii", "LANG": "C", "LC_ALL": "C"})
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr
    result = _cli("figures", "--json", "--article", "000", env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0
    assert json.loads(result.stdout)[0]["article"] == "000"
