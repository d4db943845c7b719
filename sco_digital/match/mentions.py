"""Finding lexicon actors and initiatives in text by exact alias match, in both languages.

Names and aliases match anywhere (case-sensitively, on word boundaries; a hyphen is a boundary,
so "SCO" is found in "SCO-Ländern"). Short forms — a surname, "the ministry" — match only in a
text where a full name or alias of the same entry matched, so they never name a stranger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from ..load.registry import LexActor, LexInitiative


@dataclass(frozen=True, slots=True)
class AliasMatch:
    id: str
    start: int
    end: int
    text: str


def _compile(aliases: Iterable[str]) -> re.Pattern[str] | None:
    ordered = sorted(set(aliases), key=len, reverse=True)  # the longest alias wins at a place
    if not ordered:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in ordered) + r")(?!\w)")


class AliasMatcher:
    """One compiled pattern over every full alias, one over the short forms."""

    def __init__(self, entries: Iterable[LexActor | LexInitiative]):
        entries = list(entries)
        self._by_alias: dict[str, str] = {}
        self._by_short: dict[str, str] = {}
        self.collisions: list[tuple[str, str, str]] = []
        for entry in entries:
            for alias in (*entry.names.values(), *entry.aliases):
                self._claim(self._by_alias, alias.strip(), entry.id)
            for alias in entry.short_forms:
                self._claim(self._by_short, alias.strip(), entry.id)
        self.ids = frozenset(e.id for e in entries)
        self.kinds: dict[str, str] = {e.id: e.kind for e in entries}
        self._full = _compile(self._by_alias)
        self._short = _compile(a for a in self._by_short if a not in self._by_alias)

    def _claim(self, table: dict[str, str], alias: str, entry_id: str) -> None:
        if not alias:
            return
        owner = table.setdefault(alias, entry_id)
        if owner != entry_id:
            self.collisions.append((alias, owner, entry_id))

    def find(self, text: str) -> list[AliasMatch]:
        if self._full is None:
            return []
        found = []
        for m in self._full.finditer(text):
            outer = self._by_alias[m.group()]
            found.append(AliasMatch(outer, m.start(), m.end(), m.group()))
            # A name inside a longer name ("SCO-Gipfels 2025" in "Pressekonferenz im Vorfeld des
            # SCO-Gipfels 2025") is a mention too.
            for inner in self._full.finditer(text, m.start() + 1, m.end()):
                if self._by_alias[inner.group()] != outer:
                    found.append(AliasMatch(self._by_alias[inner.group()], inner.start(), inner.end(), inner.group()))
        if self._short is not None:
            named = {m.id for m in found}
            taken = [(m.start, m.end) for m in found]
            for m in self._short.finditer(text):
                owner = self._by_short[m.group()]
                if owner in named and not any(s < m.end() and m.start() < e for s, e in taken):
                    found.append(AliasMatch(owner, m.start(), m.end(), m.group()))
        found.sort(key=lambda m: m.start)
        return found

    def id_of(self, alias: str) -> str | None:
        alias = alias.strip()
        return self._by_alias.get(alias) or self._by_short.get(alias)
