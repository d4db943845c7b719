"""Check the hand labels in labels/*.yaml against texts/*.txt.

    python benchmarks/data/news/verify_labels.py            # every article
    python benchmarks/data/news/verify_labels.py de01 en02  # some
    python benchmarks/data/news/verify_labels.py --show     # also print each figure in context

Checks: the YAML parses and has the expected keys; every figure's `text` occurs in the
article at least `occurrence` times; values are numbers; qualifier, change and unit are
from the allowed sets; no span is labelled twice; figures are in text order.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
QUALIFIERS = {"exact", "more_than", "at_least", "nearly", "about", "up_to", "less_than"}
CHANGES = {"up", "down", None}
UNITS = {"percent", "percentage_point", "count", "times", "km", "m", "km2", "m2", "ha", "m3", "l", "bbl", "t",
         "kg", "kWh", "MWh", "GWh", "TWh", "kW", "MW", "GW", "GB", "TB", "PB", "Mbit/s", "Gbit/s", "Tbit/s", "km/h", "TEU"}


def unit_ok(unit: str) -> bool:
    if unit in UNITS or (len(unit) == 3 and unit.isalpha() and unit.isupper()):  # ISO 4217
        return True
    return "/" in unit and all(unit_ok(part) or part in {"d", "a", "h"} for part in unit.split("/"))


def check(article: str, show: bool) -> tuple[list[str], int]:
    problems: list[str] = []
    text = (HERE / "texts" / f"{article}.txt").read_text(encoding="utf-8")
    data = yaml.safe_load((HERE / "labels" / f"{article}.yaml").read_text(encoding="utf-8"))
    for key in ("url", "language", "published", "figures", "people", "organizations"):
        if key not in data:
            problems.append(f"missing key {key!r}")
    starts: list[int] = []
    for i, fig in enumerate(data.get("figures") or [], 1):
        where = f"figure {i} {fig.get('text')!r}"
        occ = fig.get("occurrence", 1)
        pos = -1
        for _ in range(occ):
            pos = text.find(fig["text"], pos + 1)
            if pos == -1:
                break
        if pos == -1:
            problems.append(f"{where}: not found {occ} time(s) in the text")
            continue
        starts.append(pos)
        if not isinstance(fig.get("value"), (int, float)) or isinstance(fig.get("value"), bool):
            problems.append(f"{where}: value is not a number")
        if fig.get("qualifier") not in QUALIFIERS:
            problems.append(f"{where}: bad qualifier {fig.get('qualifier')!r}")
        if fig.get("change", None) not in CHANGES:
            problems.append(f"{where}: bad change {fig.get('change')!r}")
        if not unit_ok(str(fig.get("unit"))):
            problems.append(f"{where}: unknown unit {fig.get('unit')!r}")
        if show:
            context = text[max(0, pos - 45):pos + len(fig["text"]) + 30].replace("\n", " ")
            print(f"  {i:2} {fig['value']!r:>16} {fig['unit']:<16} {fig['qualifier']:<9} "
                  f"{str(fig.get('change')):<5} …{context}…")
    if len(set(starts)) != len(starts):
        problems.append("a span is labelled twice")
    if starts != sorted(starts):
        problems.append("figures are not in text order")
    for person in data.get("people") or []:
        if not {"name", "role", "affiliation"} <= set(person):
            problems.append(f"person {person!r}: needs name, role, affiliation")
    for org in data.get("organizations") or []:
        forms = [org["name"], *(org.get("aliases") or [])]
        if not any(form in text for form in forms):
            problems.append(f"organisation {org['name']!r}: no form of it occurs in the text")
    return problems, len(starts)


def main(argv: list[str]) -> int:
    show = "--show" in argv
    ids = [a for a in argv if not a.startswith("--")] or sorted(p.stem for p in (HERE / "labels").glob("*.yaml"))
    failed = total = 0
    for article in ids:
        problems, n = check(article, show)
        total += n
        print(f"{article}: {n} figures" + ("" if not problems else f", {len(problems)} problem(s)"))
        for problem in problems:
            print(f"    {problem}")
        failed += bool(problems)
    print(f"{len(ids)} articles, {total} figures, {failed} with problems")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
