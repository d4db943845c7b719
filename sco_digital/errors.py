"""The library's exceptions and the CLI's exit codes, defined once."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


class ExitCode(IntEnum):
    OK = 0
    DATA_ERROR = 1
    USAGE = 2
    INTERRUPTED = 130


class ScoDigitalError(Exception):
    """Base of every error the library raises on purpose."""

    exit_code: ExitCode = ExitCode.DATA_ERROR


class CorpusError(ScoDigitalError):
    """A corpus that cannot be loaded as it is: names the file and, where known, line and column."""

    def __init__(self, message: str, path: Path | str | None = None, line: int | None = None,
                 column: int | None = None):
        self.message = message
        if path is None:
            self.path: Path | None = None
        else:
            from pathlib import Path  # here, not at the top: a warm query raises nothing

            self.path = Path(path)
        self.line = line
        self.column = column
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = str(self.path)
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        return where + self.message


class UnknownId(ScoDigitalError):
    """An id (article, actor, topic, …) that the corpus does not have; carries near matches."""

    exit_code = ExitCode.USAGE

    def __init__(self, kind: str, value: str, known: list[str] | tuple[str, ...] | None = None,
                 names: dict[str, list[str]] | None = None):
        self.kind = kind
        self.value = value
        self.known = list(known or [])
        self.suggestions = near_matches(value, self.known, names or {})
        super().__init__(str(self))

    def __str__(self) -> str:
        text = f"unknown {self.kind} {self.value!r}"
        if self.suggestions:
            text += "; did you mean " + " or ".join(repr(s) for s in self.suggestions) + "?"
        if self.known and len(self.known) <= 20:
            text += " (known: " + ", ".join(self.known) + ")"
        return text


def near_matches(value: str, known: list[str], names: dict[str, list[str]], n: int = 3) -> list[str]:
    """The ids most like `value`, judged by the id and by every name it has ("Xiong" →
    xiong-jijun, through the name "Xiong Jijun"): the best of the string similarities, with a
    word of an id or name that starts with the value ranked above a mere likeness."""
    import difflib

    want = value.strip().casefold()
    if not want:
        return []
    scored = []
    for key in known:
        best = 0.0
        for label in (key, *names.get(key, ())):
            low = label.casefold()
            ratio = difflib.SequenceMatcher(None, want, low).ratio()
            words = low.replace("-", " ").split()
            if low.startswith(want) or any(w.startswith(want) for w in words):
                ratio += 1.0
            elif want in low:
                ratio += 0.5
            best = max(best, ratio)
        if best >= 0.6:
            scored.append((-best, key))
    return [key for _, key in sorted(scored)[:n]]


class UsageError(ScoDigitalError):
    """A request the library cannot honour as asked (e.g. compare with one article)."""

    exit_code = ExitCode.USAGE
