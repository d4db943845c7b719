"""Loading a corpus: the folder, the article files, sidecars and registries.

`load_corpus` chooses the SQLite index (warm, incremental; `index.build`) or a direct build from
the files (`analyse.build_corpus`) when the index is turned off or cannot be written. Reading and
analysing articles is imported only when something must be analysed, so a warm query never pays
for it.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from .folder import corpus_dir

if TYPE_CHECKING:
    from ..corpus import Corpus
    from ..index.build import Progress

__all__ = ["load_corpus", "corpus_dir"]


def load_corpus(path: str | os.PathLike[str] | None = None, *, use_cache: bool = True,
                progress: Progress | None = None) -> Corpus:
    """Load and verify a corpus folder (default: the built-in corpus). `progress` watches a long
    build (see `index.build.Progress`). Without the index (`use_cache=False`,
    `SCO_DIGITAL_NO_CACHE=1`, or no cache dir that can be written) every article is analysed
    in this process; the records are the same either way."""
    root = corpus_dir(path)
    if use_cache:
        from ..index.build import indexed_corpus

        found = indexed_corpus(root, progress)
        if found is not None:
            return found
    from .analyse import build_corpus
    from .articles import read_article_files

    return build_corpus(root, read_article_files(root))
