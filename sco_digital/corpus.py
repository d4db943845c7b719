"""`Corpus`: the loaded records with their indexes and the look-ups every command needs
(those in `lookups.CorpusLookups`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .lookups import CorpusLookups

if TYPE_CHECKING:
    # Annotations only: a corpus served from the index makes records on demand, and a warm JSON
    # query none at all, so importing this module must not create the record classes.
    from .records import Actor, Article, Figure, Initiative
    from .load.registry import Registries


@dataclass(frozen=True)
class Corpus(CorpusLookups):
    root: str
    articles: tuple[Article, ...]
    actors: tuple[Actor, ...]
    figures: tuple[Figure, ...]
    initiatives: tuple[Initiative, ...]
    registries: "Registries" = field(repr=False)
    # Files (or records of them) in the folder not read as articles, with why: `load.folder.Skipped`.
    skipped: tuple[Any, ...] = field(default=(), repr=False)

