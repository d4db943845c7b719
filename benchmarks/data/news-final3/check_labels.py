"""Mechanical checks of this set's hand labels (run from anywhere):

    python benchmarks/data/news-final3/check_labels.py [--show] [--outside] [ids…]

It loads `../news/verify_labels.py` with its `HERE` pointed at this folder (label texts occur at
their occurrence, values are numbers, units/qualifiers/changes valid, no span twice, text order),
then checks what that script does not: every person's name and every organisation's name and
alias occurs in the text, and every affiliation is a labelled organisation. `--outside` lists
each digit run and number word outside the labelled spans, for a reader to confirm that each is a
date, period, ordinal, name or code and not a missed figure.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
NUMBER_WORDS = re.compile(
    r"\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|third|quarter|double|doubled|"
    r"tripled|ein|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|Hälfte|Drittel|Viertel|doppelt)\b",
    re.IGNORECASE)


def load_verifier():
    spec = importlib.util.spec_from_file_location("verify_labels", HERE.parent / "news" / "verify_labels.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    module.HERE = HERE
    return module


def span_of(text: str, needle: str, occurrence: int) -> tuple[int, int]:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(needle, pos + 1)
    return pos, pos + len(needle)


def entity_problems(article: str) -> list[str]:
    text = (HERE / "texts" / f"{article}.txt").read_text(encoding="utf-8")
    data = yaml.safe_load((HERE / "labels" / f"{article}.yaml").read_text(encoding="utf-8"))
    problems = []
    orgs = data.get("organizations") or []
    names = {o["name"] for o in orgs}
    for org in orgs:
        for form in [org["name"], *(org.get("aliases") or [])]:
            if form not in text and form != org["name"]:
                problems.append(f"alias {form!r} of {org['name']!r} does not occur")
    for person in data.get("people") or []:
        if person["name"] not in text:
            problems.append(f"person {person['name']!r} does not occur")
        if person.get("affiliation") and person["affiliation"] not in names:
            problems.append(f"affiliation {person['affiliation']!r} is not a labelled organisation")
    return problems


def outside(article: str) -> list[str]:
    text = (HERE / "texts" / f"{article}.txt").read_text(encoding="utf-8")
    data = yaml.safe_load((HERE / "labels" / f"{article}.yaml").read_text(encoding="utf-8"))
    covered = [span_of(text, f["text"], f.get("occurrence", 1)) for f in data.get("figures") or []]
    found = []
    for match in NUMBER_WORDS.finditer(text):
        if not any(a <= match.start() < b for a, b in covered):
            found.append(text[max(0, match.start() - 30):match.end() + 20].replace("\n", " "))
    return found


def main(argv: list[str]) -> int:
    ids = [a for a in argv if not a.startswith("--")] or sorted(p.stem for p in (HERE / "labels").glob("*.yaml"))
    status = load_verifier().main([*ids, *(["--show"] if "--show" in argv else [])])
    failed = 0
    for article in ids:
        problems = entity_problems(article)
        failed += bool(problems)
        for problem in problems:
            print(f"{article}: {problem}")
        if "--outside" in argv:
            for context in outside(article):
                print(f"{article} outside: …{context}…")
    print(f"entities: {len(ids)} articles, {failed} with problems")
    return 1 if status or failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
