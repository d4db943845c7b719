"""Check the hand labels of this set with the logic of ../news/verify_labels.py (imported, not copied).

    python benchmarks/data/news-final10/verify.py [--show] [ids…]

Also checks that every person name and every organisation name and alias occurs in its text
(names are the forms written, as in ../news-final9), and that every affiliation is the name of
an organisation labelled in the same article.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
_SPEC = importlib.util.spec_from_file_location("verify_labels", HERE.parent / "news" / "verify_labels.py")
assert _SPEC and _SPEC.loader
verify_labels = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(verify_labels)
verify_labels.HERE = HERE


def names_occur(article: str) -> list[str]:
    """Every name and alias must be written in the text; every affiliation must be a labelled organisation."""
    text = (HERE / "texts" / f"{article}.txt").read_text(encoding="utf-8")
    data = yaml.safe_load((HERE / "labels" / f"{article}.yaml").read_text(encoding="utf-8"))
    problems = [f"person {p['name']!r} not in text" for p in data.get("people") or [] if p["name"] not in text]
    for org in data.get("organizations") or []:
        problems += [f"organisation form {form!r} not in text"
                     for form in [org["name"], *(org.get("aliases") or [])] if form not in text]
    orgs = {org["name"] for org in data.get("organizations") or []}
    problems += [f"affiliation {p['affiliation']!r} is no labelled organisation"
                 for p in data.get("people") or [] if p["affiliation"] and p["affiliation"] not in orgs]
    return problems


def main(argv: list[str]) -> int:
    """Check the given articles (all by default); exit status 1 when any has a problem."""
    ids = [a for a in argv if not a.startswith("--")] or sorted(p.stem for p in (HERE / "labels").glob("*.yaml"))
    bad = 0
    for article in ids:
        problems, _ = verify_labels.check(article, "--show" in argv)
        problems += names_occur(article)
        print(article, "ok" if not problems else problems)
        bad += bool(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
