"""The one place that knows about the terminal: TTY or pipe, width, colour, encoding.

Tests replace it with `Terminal(is_tty=True, …)` to check terminal behaviour without a terminal.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from dataclasses import dataclass
from typing import TextIO


@dataclass(frozen=True)
class Terminal:
    is_tty: bool = False
    width: int = 100
    height: int = 24
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
        size = shutil.get_terminal_size((100, 24))
        width = size.columns if is_tty else _env_width()
        encoding = (getattr(out, "encoding", None) or "utf-8").lower().replace("_", "-")
        return cls(
            is_tty=is_tty,
            width=max(width, 20),
            height=max(size.lines, 5),
            color=is_tty and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb",
            can_encode_unicode=encoding.startswith("utf"),
        )


def _env_width() -> int:
    try:
        return int(os.environ.get("COLUMNS", "100"))
    except ValueError:
        return 100


# C0 controls but tab and newline, DEL, C1 controls, and the bidirectional formatting characters
# (embeddings, overrides, isolates, marks) that can make text read differently from what it is.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """Text that cannot drive a terminal: each control character becomes its visible symbol
    (ESC → ␛, as Unicode's Control Pictures show it) and each C1 control or bidi override
    becomes �, one character for one, so offsets into the text stay right. JSON keeps them."""
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(_visible, text)


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    return "\u2421" if code == 0x7F else "\ufffd"
