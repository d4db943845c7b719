"""Check the hand labels of this set with the logic of ../news/verify_labels.py (imported, not copied).

    python benchmarks/data/news-final10/verify.py [--show] [ids…]

Also checks that every person name and every organisation alias occurs in its text. An
organisation's name may be the base form of a German name written only inflected (as in
../news-final5 'Handelsministerium'); then its aliases hold the written forms.
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
    """Every person name and organisation alias must be written in the text; a name not written needs an alias."""
    text = (HERE / "texts" / f"{article}.txt").read_text(encoding="utf-8")
    data = yaml.safe_load((HERE / "labels" / f"{article}.yaml").read_text(encoding="utf-8"))
    problems = [f"person {p['name']!r} not in text" for p in data.get("people") or [] if p["name"] not in text]
    for org in data.get("organizations") or []:
        aliases = org.get("aliases") or []
        problems += [f"organisation alias {form!r} not in text" for form in aliases if form not in text]
        if org["name"] not in text and not aliases:
            problems.append(f"organisation {org['name']!r} not in text and has no alias")
    return problems


if __name__ == "__main__":
    ids = [a for a in sys.argv[1:] if not a.startswith("--")] or sorted(p.stem for p in (HERE / "labels").glob("*.yaml"))
    for article in ids:
        problems, _ = verify_labels.check(article, "--show" in sys.argv)
        problems += names_occur(article)
        print(article, "ok" if not problems else problems)
