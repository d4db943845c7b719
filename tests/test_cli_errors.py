"""Failures a user can meet: exit codes, one clear line on stderr, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from sco_digital.render.terminal import Terminal


def _cli(*args: str, env: dict[str, str] | None = None, cwd: str | None = None):
    return subprocess.run([sys.executable, "-m", "sco_digital", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=120, cwd=cwd)


@pytest.mark.parametrize("args, needle", [
    (["show", "009"], "unknown article '009'"),
    (["show", "../../etc/passwd"], "unknown article"),
    (["actors", "xiong-jijung"], "did you mean 'xiong-jijun'"),
    (["initiatives", "sco-sumit-2025"], "did you mean 'sco-summit-2025'"),
    (["figures", "--topic", "talnt"], "did you mean 'talent'"),
    (["figures", "--article", "01"], "unknown article '01'"),
    (["figures", "--unit", "percnt"], "did you mean 'percent'"),
    (["actors", "--kind", "persn"], "did you mean 'person'"),
    (["figures", "--format", "xml"], "Invalid value for '--format'"),
    (["figuers"], "No such command"),
])
def test_usage_errors_exit_2_with_one_clear_line(run, args, needle):
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert needle in result.stderr
    assert result.stdout == ""


def test_subprocess_exit_codes_and_no_traceback(tmp_path):
    result = _cli("show", "nope")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    result = _cli("--corpus", str(tmp_path / "missing"), "articles")
    assert result.returncode == 1 and "does not exist" in result.stderr and "Traceback" not in result.stderr
    (tmp_path / "001_x.txt").write_text("T\n", encoding="utf-8")
    (tmp_path / "001_x.yaml").write_text("title: [\n", encoding="utf-8")
    result = _cli("--corpus", str(tmp_path), "figures")
    assert result.returncode == 1 and "001_x.yaml:" in result.stderr and "Traceback" not in result.stderr


def test_env_var_selects_the_corpus(tmp_path):
    result = _cli("articles", env={"SCO_DIGITAL_CORPUS": str(tmp_path / "missing")})
    assert result.returncode == 1 and "missing" in result.stderr


def test_check_passes_on_the_builtin_corpus(run):
    result = run("check")
    assert result.exit_code == 0, result.output


def test_check_exits_1_on_problems(run, corpus_copy):
    sidecar = next(corpus_copy.glob("001_*.yaml"))
    sidecar.write_text(sidecar.read_text(encoding="utf-8") + "sha256: " + "ab" * 32 + "\n", encoding="utf-8")
    result = run("--corpus", str(corpus_copy), "check", "--json")
    assert result.exit_code == 1
    assert '"checksum"' in result.stdout


def test_colour_only_on_a_terminal(run):
    from sco_digital.cli import cli
    from click.testing import CliRunner

    runner = CliRunner()
    tty = runner.invoke(cli, ["figures", "--article", "000"], obj=Terminal(is_tty=True, color=True, width=80))
    assert "\x1b[" in tty.stdout
    no_color = runner.invoke(cli, ["figures", "--article", "000"], obj=Terminal(is_tty=True, color=False, width=80))
    assert "\x1b[" not in no_color.stdout


def test_no_color_env_turns_colour_off(monkeypatch):
    class FakeTTY:
        encoding = "utf-8"

        def isatty(self):
            return True

    monkeypatch.setattr(sys, "stdout", FakeTTY())
    monkeypatch.setenv("NO_COLOR", "1")
    assert Terminal.from_environment().color is False
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("TERM", "xterm")
    assert Terminal.from_environment().color is True


def test_very_narrow_terminal_still_renders(run):
    from sco_digital.cli import cli
    from click.testing import CliRunner

    result = CliRunner().invoke(cli, ["show", "000"], obj=Terminal(is_tty=True, color=True, width=20))
    assert result.exit_code == 0 and "Xiong" in result.stdout


def test_installed_entry_point_from_another_folder(tmp_path):
    result = _cli("articles", "--json", cwd=str(tmp_path))
    assert result.returncode == 0 and '"000"' in result.stdout
