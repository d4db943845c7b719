"""Results remembered per look-up object (a vocabulary, a unit lexicon): the extractors ask the
same few hundred words again and again, and those objects are frozen but not hashable."""

from __future__ import annotations

from typing import Any

KEPT = 20_000  # answers remembered per object before its memo starts afresh: bounded memory

# id -> (the object, kept alive so its id is never reused; its answers by key), per memo name
_MEMOS: dict[tuple[str, int], tuple[object, dict[Any, Any]]] = {}


def memo_of(name: str, owner: object) -> dict[Any, Any]:
    """The memo ``name`` of ``owner``: a dict, emptied whenever it holds ``KEPT`` answers."""
    entry = _MEMOS.get((name, id(owner)))
    if entry is None or entry[0] is not owner:
        entry = _MEMOS[(name, id(owner))] = (owner, {})
    known = entry[1]
    if len(known) >= KEPT:
        known.clear()
    return known
