"""Where the built-in corpus and its registry files are: paths only, so that a warm query finds
them without importing the YAML reader or the registry loader."""

from __future__ import annotations

from pathlib import Path


def builtin_corpus_dir() -> Path:
    """The built-in corpus: inside the installed package, or the repository's `corpus/`."""
    here = Path(__file__).resolve().parent.parent  # the package folder
    packaged = here / "corpus"
    if packaged.is_dir():
        return packaged
    repository = here.parent / "corpus"
    if repository.is_dir():
        return repository
    # Only for a package that is not plain files on disk (a zip import): slower, so tried last.
    from importlib.resources import as_file, files

    with as_file(files("sco_digital") / "corpus") as path:
        return Path(path)


def registry_file(corpus_dir: Path, name: str) -> Path:
    """A registry file of the corpus (`topics.yaml`, …): its own, else the built-in one."""
    own = corpus_dir / name
    return own if own.is_file() else builtin_corpus_dir() / name
