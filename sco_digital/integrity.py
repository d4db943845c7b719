"""`check`: corpus integrity — quotes, ids, cross-references, checksums, unaccounted numbers."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .corpus import Corpus


@dataclass
class CheckReport:
    articles: int = 0
    figures: int = 0
    actors: int = 0
    initiatives: int = 0
    problems: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    unaccounted: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "articles": self.articles, "figures": self.figures, "actors": self.actors,
                "initiatives": self.initiatives, "problems": self.problems, "warnings": self.warnings,
                "unaccounted": self.unaccounted, "skipped": self.skipped}


def check_corpus(corpus: Corpus) -> CheckReport:
    report = CheckReport(len(corpus.articles), len(corpus.figures), len(corpus.actors), len(corpus.initiatives))
    problem = lambda kind, message, **where: report.problems.append({"check": kind, "message": message, **where})  # noqa: E731

    from .errors import CorpusError
    from .load.read import read_regular

    report.skipped = [s.as_dict() for s in corpus.skipped]
    texts = {a.id: a.text for a in corpus.articles}
    for article in corpus.articles:
        encoding = article.extra.get("encoding")
        if encoding is not None:
            report.warnings.append({"check": "encoding", "message": f"read as {encoding}", "article": article.id})
        try:
            raw = read_regular(Path(corpus.root) / article.path)
        except CorpusError as exc:
            problem("checksum", exc.message, article=article.id)
            continue
        if hashlib.sha256(raw).hexdigest() != article.sha256:
            problem("checksum", "the text changed since it was loaded", article=article.id)
        expected = article.extra.get("sha256")
        if expected is not None and str(expected) != article.sha256:
            problem("checksum", f"sha256 {article.sha256} differs from the sidecar's {expected}", article=article.id)

    def check_evidence(ev: Any, owner: str) -> None:
        text = texts.get(ev.article)
        if text is None:
            problem("reference", f"{owner}: evidence names unknown article {ev.article!r}")
        elif text[ev.start:ev.end] != ev.quote:
            problem("quote", f"{owner}: quote not at {ev.start}-{ev.end}", article=ev.article)

    seen: set[str] = set()
    for figure in corpus.figures:
        if figure.id in seen:
            problem("id", f"duplicate figure id {figure.id}", article=figure.article)
        seen.add(figure.id)
        check_evidence(figure.evidence, f"figure {figure.id}")
        start = figure.start
        if texts.get(figure.article, "")[start:start + len(figure.text)] != figure.text:
            problem("quote", f"figure {figure.id}: text {figure.text!r} not at its offset", article=figure.article)
        if not (figure.evidence.start <= start and start + len(figure.text) <= figure.evidence.end):
            problem("quote", f"figure {figure.id}: evidence does not hold the number", article=figure.article)
    actor_ids = {a.id for a in corpus.registries.actors} | {a.id for a in corpus.actors}
    for actor in corpus.actors:
        for m in actor.mentions:
            check_evidence(m, f"actor {actor.id}")
    for ini in corpus.initiatives:
        for m in ini.mentions:
            check_evidence(m, f"initiative {ini.id}")
        for ref in (ini.place, *ini.actors):
            if ref and ref not in actor_ids:
                problem("reference", f"initiative {ini.id}: unknown actor {ref!r}")
    _asserted_mentions(corpus, problem)
    _alias_collisions(corpus, report)
    report.unaccounted = unaccounted_numbers(corpus)
    return report


def _asserted_mentions(corpus: Corpus, problem: Any) -> None:
    """Ids a sidecar says an article mentions must be found there by alias."""
    for article in corpus.articles:
        found_by_kind = (("actors", corpus.actors_in(article.id)), ("initiatives", corpus.initiatives_in(article.id)))
        for kind, records in found_by_kind:
            found = {r.id for r in records}
            for wanted in article.extra.get(kind) or ():
                if wanted not in found:
                    problem("mention", f"sidecar lists {kind[:-1]} {wanted!r} but no alias of it is in the text",
                            article=article.id)


def _alias_collisions(corpus: Corpus, report: CheckReport) -> None:
    from .match.mentions import AliasMatcher

    for entries in (corpus.registries.actors, corpus.registries.initiatives):
        for alias, first, second in AliasMatcher(entries).collisions:
            report.warnings.append({"check": "alias", "message": f"alias {alias!r} names both {first} and {second}"})


def unaccounted_numbers(corpus: Corpus) -> list[dict[str, Any]]:
    """Numbers the extractor finds in curated articles that no curated figure accounts for."""
    from .extract.numbers import extract_figures

    rows = []
    for article in corpus.articles:
        if not article.curated:
            continue
        starts = [(f.start, f) for f in corpus.figures_in(article.id)]
        spans = [(start, start + len(f.text)) for start, f in starts]
        for found in extract_figures(article.text, article.language):
            if not any(s < found.end and found.start < e for s, e in spans):
                rows.append({"article": article.id, "id": f"{article.id}:{found.start}", "text": found.text,
                             "value": found.value, "unit": found.unit, "qualifier": found.qualifier})
    return rows
