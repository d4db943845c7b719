"""Corpus cache (see issue 7). For now: no cache, the corpus is built on every call."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from .corpus import Corpus
    from .loader import ArticleFile


def cached_corpus(root: Path, files: "list[ArticleFile]", build: "Callable[[], Corpus]") -> "Corpus":
    return build()
