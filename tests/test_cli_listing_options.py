"""Listing options on every listing (--limit, --sort, -o, tsv, md, --bom, --wide, pager) and tables
that never cut a value at 60, 80 and 120 columns."""

from __future__ import annotations

import csv
import io
import json
import sys

import pytest

from sco_digital.render.formats import write_delimited
from sco_digital.render.terminal import Terminal, terminal_safe
from sco_digital.textutil import spreadsheet_safe

LISTINGS = [("articles",), ("actors",), ("figures",), ("initiatives",), ("facts",), ("topics",),
            ("search", "Tianjin")]


def _json(run, *args):
    result = run(*args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("args", LISTINGS, ids=lambda a: a[0])
def test_limit_sort_output_tsv_md_everywhere(run, args, tmp_path):
    rows = _json(run, *args)
    assert rows
    limited = _json(run, *args, "--limit", "2")
    assert limited == rows[:2]
    key = "id" if "id" in rows[0] else "article"
    ascending = [r[key] for r in _json(run, *args, "--sort", key)]
    assert ascending == sorted(ascending, key=str.casefold)
    descending = [r[key] for r in _json(run, *args, "--sort", f"-{key}")]
    assert descending == sorted(ascending, key=str.casefold, reverse=True)
    out = tmp_path / "out.json"
    result = run(*args, "--json", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8")) == rows
    tsv = run(*args, "--format", "tsv").stdout
    assert len(list(csv.reader(io.StringIO(tsv), delimiter="\t"))) == len(rows) + 1
    md = run(*args, "--format", "md").stdout.splitlines()
    assert md[0].startswith("| ") and set(md[1]) <= set("|-: ") and len(md) == len(rows) + 2


@pytest.mark.parametrize("args", [("facts",), ("figures", "--json")])
def test_output_to_a_folder_is_a_usage_error(run, args, tmp_path):
    result = run(*args, "-o", str(tmp_path))
    assert result.exit_code == 2 and "is a directory" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_help_text_is_given_not_translated(run):
    for args in [(), ("facts",)]:
        assert "-h, --help" in run(*args, "--help").stdout
        assert "Show this message and exit." in run(*args, "-h").stdout


def test_unknown_sort_key_is_a_usage_error(run):
    result = run("figures", "--sort", "valeu")
    assert result.exit_code == 2 and "value" in result.stderr


def test_sort_by_number_descending(run):
    values = [r["value"] for r in _json(run, "figures", "--sort", "-value")]
    assert values == sorted(values, reverse=True)


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_delimited_output_has_a_header_without_rows(run, fmt):
    result = run("figures", "--unit", "EUR", "--format", fmt)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and "value" in lines[0] and "evidence_quote" in lines[0]


def test_bom_only_for_csv(run):
    assert run("figures", "--format", "csv", "--bom").stdout.startswith("\ufeff")
    assert run("figures", "--json", "--bom").exit_code == 2


def test_facts_csv_carries_the_quotes(run):
    rows = list(csv.DictReader(io.StringIO(run("facts", "--format", "csv").stdout)))
    merged = next(r for r in rows if ";" in r["articles"])
    assert "[000]" in merged["evidence_quotes"] and "[001]" in merged["evidence_quotes"]
    assert "9,3 Prozent" in merged["evidence_quotes"]


def test_empty_fields_is_a_usage_error(run):
    assert run("figures", "--fields", "").exit_code == 2


def test_empty_search_is_a_usage_error_and_nothing_found_goes_to_stderr(run):
    assert run("search", "").exit_code == 2
    result = run("search", "zzzqqqxx")
    assert result.exit_code == 0 and result.stdout == "" and "nothing found" in result.stderr


def test_output_is_refused_inside_the_corpus(run, corpus_copy):
    target = corpus_copy / "figures.json"
    result = run("--corpus", str(corpus_copy), "figures", "--json", "-o", str(target))
    assert result.exit_code == 2 and not target.exists()


def test_output_through_a_hard_link_never_overwrites_an_article(run, corpus_copy, tmp_path):
    article = next(corpus_copy.glob("000_*.txt"))
    before = article.read_bytes()
    link = tmp_path / "link.json"
    link.hardlink_to(article)
    result = run("--corpus", str(corpus_copy), "figures", "--json", "-o", str(link))
    assert result.exit_code == 2
    assert article.read_bytes() == before


def _table(args: list[str], width: int, **terminal: object) -> str:
    from sco_digital.cli import cli
    from click.testing import CliRunner

    out = io.StringIO()
    options = {"is_tty": False, **terminal}
    term = Terminal(width=width, out=out, **options)  # type: ignore[arg-type]
    result = CliRunner().invoke(cli, args, obj=term, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out.getvalue()


def _values(run, args) -> list[str]:
    from sco_digital.render.tables import cell_text

    return [cell_text(r["value"]) for r in _json(run, *args)] + [r["qualifier"] for r in _json(run, *args)]


@pytest.mark.parametrize("width", [60, 80, 120])
def test_figures_table_never_cuts_a_value(run, width):
    table = _table(["figures"], width)
    for value in _values(run, ["figures"]):
        assert value in table, (value, width)
    if width >= 80:
        assert "evidence" in table


@pytest.mark.parametrize("width", [60, 80])
@pytest.mark.parametrize("command", [["actors"], ["initiatives"], ["facts"]])
def test_listing_tables_keep_every_id_in_full(run, command, width):
    table = _table(command, width)
    key = "id" if command[0] != "facts" else "status"
    for row in _json(run, *command):
        assert str(row[key]) in table
    if width == 80 and command[0] == "facts":
        assert "sources" in table


def test_wide_keeps_every_column(run):
    table = _table(["figures", "--wide"], 60)
    assert "counted" in table and "topics" in table and "evidence" in table


def test_pager_on_a_terminal_for_long_output(tmp_path, monkeypatch):
    paged = tmp_path / "paged.txt"
    script = f"import sys; open({str(paged)!r}, 'w').write(sys.stdin.read())"
    monkeypatch.setenv("SCO_DIGITAL_PAGER", f"{sys.executable} -c \"{script}\"")
    out = _table(["figures"], 100, is_tty=True, height=10)
    assert out == "" and "000:1009" in paged.read_text()
    paged.unlink()
    out = _table(["figures", "--no-pager"], 100, is_tty=True, height=10)
    assert "000:1009" in out and not paged.exists()


def test_json_is_compact_in_a_pipe_and_indented_on_a_terminal():
    assert _table(["articles", "--json"], 100).startswith("[\n{")
    assert _table(["articles", "--json", "--no-pager"], 100, is_tty=True).startswith("[\n  {")


@pytest.mark.parametrize("cell, safe", [
    ("=SUM(A1)", "'=SUM(A1)"), ("+1", "'+1"), ("-2,4 %", "'-2,4 %"), ("@cmd", "'@cmd"), ("\tx", "'\tx"),
    ("\rx", "'\rx"), ("9,3 Prozent", "9,3 Prozent"), (-2.4, -2.4), (5, 5), ("", ""),
])
def test_spreadsheet_safe(cell, safe):
    assert spreadsheet_safe(cell) == safe


def test_csv_cells_never_start_a_formula():
    out = io.StringIO()
    write_delimited(iter([{"text": "=HYPERLINK(\"x\")", "value": -3}]), out)
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["text"].startswith("'=") and row["value"] == "-3"


@pytest.mark.parametrize("raw", ["\x1b]0;pwned\x07", "\x1b[2J", "a\u202eb", "\x9b31m", "x\x7fy", "\u2066z\u2069"])
def test_terminal_safe_leaves_no_control_or_bidi_character(raw):
    safe = terminal_safe(raw)
    assert len(safe) == len(raw)
    assert not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F or c in "\u202e\u2066\u2069" for c in safe)


def test_article_text_reaches_a_terminal_without_escapes(run, tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "001.txt").write_text("Title \x1b]0;owned\x07 here\n\nTrade rose 5 percent.\x1b[2J\n", encoding="utf-8")
    out = _table(["--corpus", str(folder), "show", "001"], 100, is_tty=True, color=True)
    assert "\x1b]0" not in out and "\x1b[2J" not in out and "\x07" not in out
    as_json = run("--corpus", str(folder), "show", "001", "--json")
    assert "\\u001b]0;owned" in as_json.stdout


def _process(args: str, **kwargs: object) -> "subprocess.CompletedProcess[str]":
    import subprocess

    return subprocess.run(f"{sys.executable} -m sco_digital {args}", shell=True, capture_output=True, text=True,
                          timeout=120, **kwargs)  # type: ignore[call-overload]


@pytest.mark.parametrize("redirect", [">&-", "> /dev/full"])
def test_closed_or_full_stdout_is_an_io_error(redirect):
    result = _process(f"figures --json {redirect}")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and result.stderr.startswith("Error: ")
    assert len(result.stderr.strip().splitlines()) == 1
