"""Publication dates on real news nobody annotated for the tool: the `published` a user's folder gets.

A news set (`benchmarks/data/news*/`) holds `texts/<id>.txt` and `labels/<id>.yaml`, whose
`published` key is the date the text shows, or null when it shows none. A pairs set
(`benchmarks/data/pairs*/`) holds `texts/<id>-de.txt`, `texts/<id>-en.txt` and `labels/<id>.yaml`
with `de: {published}` and `en: {published}` — the page's date, which its text may or may not
show (some were read from the URL), so a miss there may be a date the text never carries.

The texts are copied into a temporary folder without their labels or sidecars and loaded as a
user's corpus with no cache, so the tool sees only the text. Each article is then:

- **correct**: the tool's date equals the label;
- **wrong**: the tool gives another date than the label's;
- **missed**: the label has a date, the tool none;
- **invented**: the tool gives a date where the label has null — never acceptable;
- **none**: both null.

    python benchmarks/published_quality.py                           # benchmarks/data/news
    python benchmarks/published_quality.py --news-dir DIR --show     # another set; list every error
    python benchmarks/published_quality.py --news-dir benchmarks/data/pairs   # a pairs set
    python benchmarks/published_quality.py --no-date-line    # the page's own words only

Many texts open with a `date YYYY-MM-DD` line that the labellers added from the URL (the corpus
format's convention); it wins over any dateline. `--no-date-line` drops that line from the copy,
so that only what the page itself prints (datelines, time stamps) can give the date; a label
whose date came from the URL is then a miss the text cannot avoid, but a date the tool invents or
gets wrong still shows.
"""

from __future__ import annotations

import argparse
import datetime
import os
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from sco_digital import load_corpus  # noqa: E402

OUTCOMES = ("correct", "wrong", "missed", "invented", "none")
_DATE_LINE = re.compile(r"\A\ufeff?[^\S\n]*date[^\S\n]+\d{4}-\d{2}-\d{2}[^\S\n]*\n")


def label_dates(news_dir: Path) -> dict[str, str | None]:
    """Text stem → the labelled `published` (ISO or None), for a news set or a pairs set."""
    labels: dict[str, str | None] = {}
    for path in sorted((news_dir / "labels").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if "published" in data:
            labels[path.stem] = _iso(data["published"])
        for language in ("de", "en"):
            side = data.get(language)
            if isinstance(side, dict) and "published" in side:
                labels[f"{path.stem}-{language}"] = _iso(side["published"])
    return {stem: date for stem, date in labels.items() if (news_dir / "texts" / f"{stem}.txt").is_file()}


def _iso(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def outcome(label: str | None, found: str | None) -> str:
    """One of `OUTCOMES` for an article's labelled and found date."""
    if label is None:
        return "none" if found is None else "invented"
    if found is None:
        return "missed"
    return "correct" if found == label else "wrong"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--news-dir", type=Path, default=HERE / "data" / "news")
    parser.add_argument("--show", action="store_true", help="list every wrong, missed and invented date")
    parser.add_argument("--no-date-line", action="store_true", help="drop a leading 'date YYYY-MM-DD' line")
    args = parser.parse_args(argv)
    labels = label_dates(args.news_dir)
    if not labels:
        print(f"no labelled texts in {args.news_dir}", file=sys.stderr)
        return 1
    os.environ["SCO_DIGITAL_NO_CACHE"] = "1"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "news"
        folder.mkdir()
        for stem in labels:
            text = (args.news_dir / "texts" / f"{stem}.txt").read_bytes().decode("utf-8")
            if args.no_date_line:
                text = _DATE_LINE.sub("", text, count=1)
            (folder / f"{stem}.txt").write_bytes(text.encode("utf-8"))
        os.environ.setdefault("SCO_DIGITAL_CACHE_DIR", str(Path(tmp) / "cache"))
        corpus = load_corpus(folder, use_cache=False)
    found = {Path(article.path).stem: article.published for article in corpus.articles}
    counts: Counter[str] = Counter()
    for stem, label in labels.items():
        result = outcome(label, found.get(stem))
        counts[result] += 1
        if args.show and result in ("wrong", "missed", "invented"):
            print(f"{stem}: {result}: label {label}, tool {found.get(stem)}")
    dated = counts["correct"] + counts["wrong"] + counts["missed"]
    print(f"{len(labels)} labelled articles in {args.news_dir}, {dated} with a date")
    print("  ".join(f"{name} {counts[name]}" for name in OUTCOMES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
