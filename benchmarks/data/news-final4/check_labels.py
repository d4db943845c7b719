"""Mechanical checks of this set's hand labels (run from anywhere):

    python benchmarks/data/news-final4/check_labels.py [--show] [--outside] [ids…]

It loads `../news/verify_labels.py` with its `HERE` pointed at this folder (label texts occur at
their occurrence, values are numbers, units/qualifiers/changes valid, no span twice, text order),
and the entity and `--outside` checks of `../news-final3/check_labels.py` pointed at this folder:
every person's name and every organisation alias occurs in the text, every affiliation is a
labelled organisation, and `--outside` lists each digit run and number word outside the labelled
spans for a reader to confirm. Nothing is copied: both scripts are loaded from their folders.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    module.HERE = HERE
    return module


def main(argv: list[str]) -> int:
    checker = load(HERE.parent / "news-final3" / "check_labels.py", "check_labels_final3")
    original = checker.load_verifier

    def load_verifier():
        verifier = original()
        verifier.HERE = HERE
        return verifier

    checker.load_verifier = load_verifier
    return checker.main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
