"""Actor quality on real news nobody annotated for the tool: P/R/F1 of people and organisations.

The labelled set is `benchmarks/data/news/texts/{de,en}NN.txt` with hand labels in
`labels/{de,en}NN.yaml` (`people: [{name, role, affiliation}]`, `organizations: [{name,
aliases}]`). The texts are copied into a temporary folder without their labels and loaded as a
user's corpus, so the extractor, the gazetteer and the built-in lexicon see only the text.

    python benchmarks/entity_quality.py                    # the repository's labelled set
    python benchmarks/entity_quality.py --news-dir DIR     # another folder with texts/ and labels/
    python benchmarks/entity_quality.py --show             # also list misses and false positives

Matching: a person matches when the normalised names are equal (a found name that is only a
part of the gold name — cut short — does not count); an organisation matches its gold name or
any alias (case-insensitive, white space folded). Role completeness is the share of labelled
roles whose words all appear, modifiers included, in the role found for that person. Also
reported: articles in which one person became two actors.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from sco_digital import load_corpus  # noqa: E402

_ORG_KINDS = frozenset({"organization", "company", "media"})


def normalised(name: str) -> str:
    """Case-, accent- and white-space-folded name, without a trailing full stop, for comparing
    only: "Xiong  Jijun" == "xiong jijun", "ReNew Power Ltd." == "ReNew Power Ltd", initials
    written with or without a space ("K.V. Kamath" == "K. V. Kamath" == "K.V.Kamath", "V.Filippov" ==
    "V. Filippov")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = re.sub(r"(?<=\b\w\.)\s+(?=\w)", "", plain)
    return " ".join(plain.replace("’", "'").split()).rstrip(".").rstrip()


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_people(gold: list[dict], found: list[tuple[str, str | None]]) -> tuple[Score, int, int]:
    """(score, roles labelled, roles found whole) for one article."""
    score = Score()
    by_name = {normalised(name): role for name, role in found}
    roles_total = roles_whole = 0
    matched: set[str] = set()
    for person in gold:
        key = normalised(str(person["name"]))
        if key in by_name:
            score.tp += 1
            matched.add(key)
        else:
            score.fn += 1
            score.misses.append(str(person["name"]))
        if person.get("role"):
            roles_total += 1
            found_role = normalised(by_name.get(key) or "")
            if key in by_name and all(w in found_role.split() for w in normalised(str(person["role"])).split()):
                roles_whole += 1
    for name in by_name:
        if name not in matched:
            score.fp += 1
            score.false.append(name)
    return score, roles_total, roles_whole


def score_organisations(gold: list[dict], found: list[set[str]]) -> Score:
    """`found`: one set of names per organisation actor (its name, translations, and the words
    that mention it in this article); it matches a gold organisation when any name does."""
    score = Score()
    names_of = [{normalised(str(o["name"])), *(normalised(str(a)) for a in o.get("aliases") or ())} for o in gold]
    found_keys = [{normalised(n) for n in names} for names in found]
    used: set[int] = set()
    for org, names in zip(gold, names_of):
        hits = [i for i, keys in enumerate(found_keys) if keys & names]
        if hits:
            score.tp += 1
            used.update(hits)
        else:
            score.fn += 1
            score.misses.append(str(org["name"]))
    for i, keys in enumerate(found_keys):
        if i not in used:
            score.fp += 1
            score.false.append(min(keys, key=len))
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--news-dir", type=Path, default=HERE / "data" / "news")
    parser.add_argument("--show", action="store_true", help="list misses and false positives per article")
    args = parser.parse_args(argv)
    texts = sorted((args.news_dir / "texts").glob("*.txt"))
    labelled = [t for t in texts if (args.news_dir / "labels" / f"{t.stem}.yaml").is_file()]
    if not labelled:
        print(f"no labelled texts in {args.news_dir}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "news"
        folder.mkdir()
        for text in labelled:
            shutil.copyfile(text, folder / text.name)
        os.environ.setdefault("SCO_DIGITAL_CACHE_DIR", str(Path(tmp) / "cache"))
        corpus = load_corpus(folder, use_cache=False)
    people_found: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    orgs_found: dict[str, list[set[str]]] = defaultdict(list)
    for actor in corpus.actors:
        for article in actor.articles:
            if actor.kind == "person":
                people_found[article].append((actor.name, actor.role))
            elif actor.kind in _ORG_KINDS:
                written = {m.quote for m in actor.mentions if m.article == article}
                orgs_found[article].append({actor.name, *actor.names.values(), *written})
    people: dict[str, Score] = defaultdict(Score)
    orgs: dict[str, Score] = defaultdict(Score)
    roles_total = roles_whole = duplicates = 0
    for text in labelled:
        labels = yaml.safe_load((args.news_dir / "labels" / f"{text.stem}.yaml").read_text(encoding="utf-8")) or {}
        language = str(labels.get("language") or text.stem[:2])  # the label file says; the name may not
        found_people = people_found.get(text.stem, [])
        p, total, whole = score_people(labels.get("people") or [], found_people)
        o = score_organisations(labels.get("organizations") or [], orgs_found.get(text.stem, []))
        roles_total, roles_whole = roles_total + total, roles_whole + whole
        surnames = [normalised(n).split()[-1] for n, _ in found_people if len(n.split()) > 1]
        duplicates += len(surnames) - len(set(surnames))
        for key in (language, "all"):
            people[key].add(p)
            orgs[key].add(o)
        if args.show and (p.misses or p.false or o.misses or o.false):
            print(f"{text.stem}: people missed {p.misses} false {p.false}")
            print(f"{'':{len(text.stem)}}  orgs   missed {o.misses} false {o.false}")
    print(f"{len(labelled)} labelled articles in {args.news_dir}")
    print(f"{'kind':14} {'lang':4} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}")
    for kind, table in (("person", people), ("organisation", orgs)):
        for key in ("en", "de", "all"):
            s = table.get(key, Score())
            print(f"{kind:14} {key:4} {s.tp:4} {s.fp:4} {s.fn:4} {s.precision:6.2f} {s.recall:6.2f} {s.f1:6.2f}")
    completeness = roles_whole / roles_total if roles_total else 1.0
    print(f"role completeness: {roles_whole}/{roles_total} = {completeness:.2f}")
    print(f"articles' duplicate person actors (same family name twice): {duplicates}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
