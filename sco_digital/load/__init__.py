"""Loading a corpus: the folder, the article files, sidecars and registries.

`load_corpus` chooses the SQLite index (warm, incremental; `index.build`) or a direct build from
the files (`analyse.build_corpus`) when the index is turned off or cannot be written. Reading and
analysing articles is imported only when something must be analysed, so a warm query never pays
for it.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Collection

    from ..corpus import Corpus
    from ..index.build import Progress

__all__ = ["load_corpus", "corpus_dir"]


def __getattr__(name: str) -> object:
    # `corpus_dir` is loaded on first use: a warm query never needs the folder walk.
    if name == "corpus_dir":
        from .folder import corpus_dir

        return corpus_dir
    raise AttributeError(name)


def load_corpus(path: str | os.PathLike[str] | None = None, *, use_cache: bool = True,
                progress: Progress | None = None, follow_links: bool = False, strict: bool = False,
                articles: Collection[str] = ()) -> Corpus:
    """Load and verify a corpus folder (default: the built-in corpus). `progress` watches a long
    build (see `index.build.Progress`). `follow_links` follows symbolic links leading out of the
    folder; `strict` makes every skipped file and every guessed encoding an error. What was
    skipped is in `Corpus.skipped`. `articles` (ids) says that the caller will read only those
    articles' own records (their text and figures; not actors or facts, which are merged over
    the corpus): a warm index then checks only their files, not every file, for changes. The
    rest of the corpus is then as of the last query that checked it.

    Without the index (`use_cache=False`, `SCO_DIGITAL_NO_CACHE=1`, no cache dir that can be
    written, or `strict`, which must see every file's reading afresh) every article is analysed
    in this process; the records are the same either way."""
    if use_cache and not strict:
        from ..index.warm import open_current

        current = open_current(path, follow_links, articles)
        if current is not None:
            return current
    from .folder import LoadOptions, corpus_dir

    root = corpus_dir(path)
    options = LoadOptions(follow_links=follow_links, strict=strict)
    if use_cache and not strict:
        from ..index.build import indexed_corpus

        found = indexed_corpus(root, progress, options)
        if found is not None:
            return found
    from .analyse import build_corpus
    from .articles import read_article_files

    return build_corpus(root, *read_article_files(root, options))
