"""The one place that knows about the terminal: TTY or pipe, width, colour, encoding.

Tests replace it with `Terminal(is_tty=True, …)` to check terminal behaviour without a terminal.
"""

from __future__ import annotations

import os
import re
import sys
from typing import TextIO


class Terminal:
    """Where output goes and what it may contain. Immutable by convention; `with_out` makes a
    copy writing elsewhere. (A plain class, not a dataclass: every command makes one, and a
    warm query should not pay for creating the dataclass.)"""

    __slots__ = ("is_tty", "width", "height", "color", "can_encode_unicode", "out", "err")

    def __init__(self, is_tty: bool = False, width: int = 100, height: int = 24, color: bool = False,
                 can_encode_unicode: bool = True, out: TextIO | None = None, err: TextIO | None = None):
        self.is_tty = is_tty
        self.width = width
        self.height = height
        self.color = color
        self.can_encode_unicode = can_encode_unicode
        self.out = out  # None: whatever sys.stdout is when written to
        self.err = err

    def __repr__(self) -> str:
        return "Terminal(" + ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__) + ")"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Terminal) and all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None  # type: ignore[assignment]

    def with_out(self, out: TextIO) -> "Terminal":
        """The same terminal writing to `out`."""
        return Terminal(self.is_tty, self.width, self.height, self.color, self.can_encode_unicode, out, self.err)

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
        columns, lines = _terminal_size()
        width = columns if is_tty else _env_width()
        encoding = (getattr(out, "encoding", None) or "utf-8").lower().replace("_", "-")
        return cls(
            is_tty=is_tty,
            width=max(width, 20),
            height=max(lines, 5),
            color=is_tty and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb",
            can_encode_unicode=encoding.startswith("utf"),
        )


def _terminal_size() -> tuple[int, int]:
    """Columns and lines as `shutil.get_terminal_size((100, 24))` gives them ($COLUMNS and
    $LINES first, then the terminal of stdout), without importing shutil (and its compressors)."""
    sizes = []
    for name in ("COLUMNS", "LINES"):
        try:
            sizes.append(int(os.environ[name]))
        except (KeyError, ValueError):
            sizes.append(0)
    if sizes[0] <= 0 or sizes[1] <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())  # type: ignore[union-attr]
            found = (size.columns, size.lines)
        except (AttributeError, ValueError, OSError):
            found = (0, 0)
        sizes = [s if s > 0 else f for s, f in zip(sizes, found)]
    return (sizes[0] or 100, sizes[1] or 24)


def _env_width() -> int:
    try:
        return int(os.environ.get("COLUMNS", "100"))
    except ValueError:
        return 100


# C0 controls but tab and newline, DEL, C1 controls, and the bidirectional formatting characters
# (embeddings, overrides, isolates, marks) that can make text read differently from what it is.
_UNSAFE_CHARACTERS = "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
_unsafe: re.Pattern[str] | None = None  # compiled on first use: a warm JSON query never needs it


def terminal_safe(text: str) -> str:
    """Text that cannot drive a terminal: each control character becomes its visible symbol
    (ESC → ␛, as Unicode's Control Pictures show it) and each C1 control or bidi override
    becomes �, one character for one, so offsets into the text stay right. JSON keeps them."""
    global _unsafe
    if _unsafe is None:
        _unsafe = re.compile(_UNSAFE_CHARACTERS)
    if not _unsafe.search(text):
        return text
    return _unsafe.sub(_visible, text)


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    return "\u2421" if code == 0x7F else "\ufffd"
