"""Loading a corpus: the folder, the article files, sidecars and registries.

`load_corpus` chooses the index (warm, incremental) or a direct build from the files; reading
and analysing the articles (`articles`) is imported only when the index cannot answer, so a warm
query never pays for it.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from .folder import LoadOptions, corpus_dir

if TYPE_CHECKING:
    from ..corpus import Corpus
    from ..index.cache import Progress

__all__ = ["load_corpus", "corpus_dir"]


def load_corpus(path: str | os.PathLike[str] | None = None, *, use_cache: bool = True,
                progress: Progress | None = None, follow_links: bool = False, strict: bool = False) -> Corpus:
    """Load and verify a corpus folder (default: the built-in corpus). `progress` watches a long
    build (see `cache.Progress`). `follow_links` follows symbolic links leading out of the
    folder; `strict` makes every skipped file and every guessed encoding an error. What was
    skipped is in `Corpus.skipped`."""
    root = corpus_dir(path)
    options = LoadOptions(follow_links=follow_links, strict=strict)
    if use_cache:
        # The cache lists the folder and reads only what changed since the last run.
        from ..index.cache import cached_corpus

        return cached_corpus(root, progress, options)
    from .articles import build_corpus, read_article_files

    return build_corpus(root, *read_article_files(root, options))
