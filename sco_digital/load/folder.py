"""Which corpus folder, and which articles in it: the small part of loading that every query
needs."""

from __future__ import annotations

import os
import re
from pathlib import Path

from ..errors import CorpusError
from .builtin import builtin_corpus_dir


_ID = re.compile(r"^[^_.]+")


def corpus_dir(path: str | os.PathLike[str] | None) -> Path:
    """The folder to load: the argument, else $SCO_DIGITAL_CORPUS, else the built-in corpus."""
    if path is None or str(path) == "":
        env = os.environ.get("SCO_DIGITAL_CORPUS")
        return Path(env) if env else builtin_corpus_dir()
    return Path(path)


def list_article_names(root: Path) -> list[tuple[str, str]]:
    """The corpus's articles as (id, file name), in file-name order; ids checked for uniqueness.

    Names, not paths: on 10,000 files Path objects and their comparisons cost a cached run 0.2 s.
    """
    return article_ids(root, list_folder(root)[0])


def list_folder(root: Path) -> tuple[list[str], frozenset[str]]:
    """The corpus's article file names, sorted, with the names of everything in the folder
    (sidecars and the rest) from the same single listing. Ids are `article_ids`' to check."""
    if not root.exists():
        raise CorpusError("corpus folder does not exist", root)
    if not root.is_dir():
        raise CorpusError("corpus path is not a folder", root)
    try:
        found = frozenset(os.listdir(root))
    except OSError as exc:
        raise CorpusError(f"cannot read the folder: {exc.strerror or exc}", root) from None
    names = sorted(n for n in found if n.endswith(".txt") and not n.startswith("."))
    if not names:
        raise CorpusError("no articles (*.txt) in the corpus folder", root)
    return names, found


def article_ids(root: Path, names: list[str]) -> list[tuple[str, str]]:
    """(id, file name) of each article file in `root`; a CorpusError if two share an id."""
    seen: dict[str, str] = {}
    for name in names:
        match = _ID.match(name)
        article_id = match.group() if match else name[: -len(".txt")]
        if article_id in seen:
            raise CorpusError(f"duplicate article id {article_id!r}: {seen[article_id]} and {name}", root)
        seen[article_id] = name
    return list(seen.items())
