"""Check the hand-labelled German/English pairs: python benchmarks/data/pairs/verify_labels.py

Every label parses, every pair has both texts, every labelled `text` occurs in its article at least
`occurrence` times (counted as the corpus loader counts), `texts/` holds only .txt files. Prints the
counts README.md states; exit 1 on any problem.
"""
from __future__ import annotations

import datetime
import pathlib
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
KINDS = {"same-story", "control"}
STAT_KEYS = {"de", "en", "measure", "subject", "period", "agree"}


def occurrences(text: str, sub: str) -> int:
    """How often `sub` occurs, overlapping, as sco_digital.load.articles.locate finds it."""
    count, index = 0, text.find(sub)
    while index >= 0:
        count, index = count + 1, text.find(sub, index + 1)
    return count


def check_pair(label: pathlib.Path) -> tuple[list[str], int, int]:
    errors: list[str] = []
    data = yaml.safe_load(label.read_text(encoding="utf-8"))
    name = label.stem
    if data.get("kind") not in KINDS:
        errors.append(f"{name}: kind {data.get('kind')!r} is not one of {sorted(KINDS)}")
    texts = {}
    for lang in ("de", "en"):
        path = HERE / "texts" / f"{name}-{lang}.txt"
        if not path.is_file():
            errors.append(f"{name}: missing {path.name}")
            continue
        texts[lang] = path.read_text(encoding="utf-8")
        meta = data.get(lang) or {}
        if not str(meta.get("url", "")).startswith("http"):
            errors.append(f"{name}: {lang}.url missing")
        if meta.get("published") is not None and not isinstance(meta["published"], datetime.date):
            errors.append(f"{name}: {lang}.published is not a date or null")
    stats = data.get("statistics")
    if not isinstance(stats, list):
        errors.append(f"{name}: statistics is not a list")
        stats = []
    if data.get("kind") == "control" and stats:
        errors.append(f"{name}: a control pair must have statistics: []")
    if not isinstance(data.get("notes"), str):
        errors.append(f"{name}: notes missing")
    disagreements = 0
    for number, stat in enumerate(stats, 1):
        if set(stat) != STAT_KEYS:
            errors.append(f"{name} #{number}: keys {sorted(stat)} are not {sorted(STAT_KEYS)}")
            continue
        if not isinstance(stat["agree"], bool):
            errors.append(f"{name} #{number}: agree is not true/false")
        disagreements += stat["agree"] is False
        for lang in ("de", "en"):
            side = stat[lang]
            want = side.get("occurrence", 1)
            if lang in texts and occurrences(texts[lang], side["text"]) < want:
                errors.append(f"{name} #{number}: {lang} text {side['text']!r} "
                              f"occurs fewer than {want} times in {name}-{lang}.txt")
    return errors, len(stats), disagreements


def main() -> int:
    errors: list[str] = []
    stray = [p.name for p in (HERE / "texts").iterdir() if p.suffix != ".txt"]
    if stray:
        errors.append(f"texts/ holds non-.txt files: {stray}")
    labels = sorted((HERE / "labels").glob("p*.yaml"))
    names = {label.stem for label in labels}
    orphans = {p.name.rsplit("-", 1)[0] for p in (HERE / "texts").glob("*.txt")} - names
    if orphans:
        errors.append(f"texts without a label: {sorted(orphans)}")
    kinds: dict[str, int] = {}
    total = disagreeing = pairs_disagreeing = 0
    for label in labels:
        errs, count, disagree = check_pair(label)
        errors += errs
        kind = yaml.safe_load(label.read_text(encoding="utf-8")).get("kind")
        kinds[kind] = kinds.get(kind, 0) + 1
        total, disagreeing = total + count, disagreeing + disagree
        pairs_disagreeing += disagree > 0
    for error in errors:
        print(f"ERROR {error}")
    print(f"{len(labels)} pairs ({kinds.get('same-story', 0)} same-story, {pairs_disagreeing} of them "
          f"disagreeing; {kinds.get('control', 0)} control), {total} statistic pairs, "
          f"{disagreeing} of them disagreeing")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
