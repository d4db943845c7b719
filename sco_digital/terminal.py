"""The one place that knows about the terminal: TTY or pipe, width, colour, encoding."""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from typing import TextIO


@dataclass(frozen=True)
class Terminal:
    stdout: TextIO
    stderr: TextIO
    is_tty: bool
    width: int
    color: bool
    can_encode_unicode: bool

    @classmethod
    def from_environment(cls, stdout: TextIO | None = None, stderr: TextIO | None = None) -> "Terminal":
        out = stdout or sys.stdout
        err = stderr or sys.stderr
        try:
            is_tty = out.isatty()
        except (AttributeError, ValueError):
            is_tty = False
        width = shutil.get_terminal_size((100, 24)).columns if is_tty else _env_width()
        encoding = (getattr(out, "encoding", None) or "utf-8").lower().replace("_", "-")
        return cls(
            stdout=out,
            stderr=err,
            is_tty=is_tty,
            width=max(width, 20),
            color=is_tty and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb",
            can_encode_unicode=encoding.startswith("utf"),
        )


def _env_width() -> int:
    try:
        return int(os.environ.get("COLUMNS", "100"))
    except ValueError:
        return 100
