"""Finding lexicon actors and initiatives in text by exact alias match, in both languages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from .registry import LexActor, LexInitiative


@dataclass(frozen=True, slots=True)
class AliasMatch:
    id: str
    start: int
    end: int
    text: str


class AliasMatcher:
    """One compiled pattern over every alias; longest alias wins where two start at one place."""

    def __init__(self, entries: Iterable[LexActor | LexInitiative]):
        self._by_alias: dict[str, str] = {}
        for entry in entries:
            for alias in (*entry.names.values(), *entry.aliases):
                alias = alias.strip()
                if alias and alias not in self._by_alias:
                    self._by_alias[alias] = entry.id
        self.collisions: list[tuple[str, str, str]] = []
        for entry in entries:
            for alias in entry.aliases:
                owner = self._by_alias.get(alias.strip())
                if owner is not None and owner != entry.id:
                    self.collisions.append((alias, owner, entry.id))
        aliases = sorted(self._by_alias, key=len, reverse=True)
        body = "|".join(re.escape(a) for a in aliases)
        self._pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)") if aliases else None

    def find(self, text: str) -> list[AliasMatch]:
        if self._pattern is None:
            return []
        return [
            AliasMatch(self._by_alias[m.group()], m.start(), m.end(), m.group())
            for m in self._pattern.finditer(text)
        ]

    def id_of(self, alias: str) -> str | None:
        return self._by_alias.get(alias.strip())
