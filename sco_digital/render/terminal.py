"""The one place that knows about the terminal: TTY or pipe, width, colour, encoding.

Tests replace it with `Terminal(is_tty=True, …)` to check terminal behaviour without a terminal.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from typing import TextIO


@dataclass(frozen=True)
class Terminal:
    is_tty: bool = False
    width: int = 100
    color: bool = False
    can_encode_unicode: bool = True
    out: TextIO | None = None  # None: whatever sys.stdout is when written to
    err: TextIO | None = None

    @property
    def stdout(self) -> TextIO:
        return self.out or sys.stdout

    @property
    def stderr(self) -> TextIO:
        return self.err or sys.stderr

    @classmethod
    def from_environment(cls) -> "Terminal":
        out = sys.stdout
        try:
            is_tty = out.isatty()
        except (AttributeError, ValueError):
            is_tty = False
        width = shutil.get_terminal_size((100, 24)).columns if is_tty else _env_width()
        encoding = (getattr(out, "encoding", None) or "utf-8").lower().replace("_", "-")
        return cls(
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
