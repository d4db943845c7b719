"""Turn a corpus folder into verified records: `load_corpus(path=None) -> Corpus`.

Reads every `*.txt` (one article each) and its optional sidecar, validates the sidecar against
the contract, locates every curated quote, finds lexicon mentions in both languages, and extracts
figures, actors and initiatives from articles nobody annotated. Any problem is a `CorpusError`
naming file and line; nothing is dropped silently. Nothing is ever written into the folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..corpus import Corpus
from ..errors import CorpusError
from .files import ArticleFile, read_article_file, read_article_files
from .folder import Skipped
from ..records import EXTRA_METADATA, Actor, Article, Evidence, Figure, Initiative
from .registry import Registries, load_registries
from ..textutil import sentence_around, sentence_bounds, word_count
from .validate import (DATE, MAPPING_LIST, NUMBER, OPTIONAL_INT, OPTIONAL_TEXT, PERIOD, SHA256, STRING, TEXT,
                       TEXT_LIST, check_choice, check_mapping, excerpt, is_real_date)
from ..contract import LANGUAGES, QUALIFIERS, UNITS, Origin
from .yamlio import iso_date, line_of, parse_yaml

# Reading is `files`' job; its functions are reachable here, where the cache looks them up.
__all__ = ["Analyser", "ArticleFile", "ArticleRecords", "assemble", "build_corpus", "read_article_file",
           "read_article_files"]

# A `date YYYY-MM-DD` line at the head of an article: its first line, or right under the title.
_DATE_LINE = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b", re.MULTILINE)
_HEAD_LINES = 3


def leading_date(text: str) -> re.Match[str] | None:
    """The `date YYYY-MM-DD` line among the first few non-empty lines, if any."""
    head_end = 0
    seen = 0
    for line in text.splitlines(keepends=True):
        head_end += len(line)
        seen += bool(line.strip())
        if seen >= _HEAD_LINES:
            break
    return _DATE_LINE.search(text, 0, head_end)


# ---- building records ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ArticleRecords:
    """Everything one article contributes: the unit the cache stores and `assemble` joins."""

    article: Article
    figures: tuple[Figure, ...]
    actor_mentions: dict[str, list[Evidence]]
    initiative_mentions: dict[str, list[Evidence]]
    new_actors: tuple[Actor, ...]  # found by the extractor, not in the lexicon (mentions empty)
    new_initiatives: tuple[Initiative, ...]


class Analyser:
    """Turns one article file into its records, with the registries' matchers built once."""

    def __init__(self, registries: Registries):
        from ..match.mentions import AliasMatcher

        self.registries = registries
        self.actor_matcher = AliasMatcher(registries.actors)
        self.initiative_matcher = AliasMatcher(registries.initiatives)

    def __call__(self, file: ArticleFile) -> ArticleRecords:
        sidecar = _read_sidecar(file)
        article = _article(file, sidecar)
        if "figures" in sidecar:
            figures = _curated_figures(file, article, sidecar, self.registries)
        else:
            figures = _extracted_figures(article, self.registries)
        actor_mentions: dict[str, list[Evidence]] = {}
        initiative_mentions: dict[str, list[Evidence]] = {}
        for m in self.actor_matcher.find(article.text):
            actor_mentions.setdefault(m.id, []).append(Evidence(article.id, m.text, m.start, m.end))
        for m in self.initiative_matcher.find(article.text):
            initiative_mentions.setdefault(m.id, []).append(Evidence(article.id, m.text, m.start, m.end))
        new_actors: dict[str, Actor] = {}
        new_initiatives: dict[str, Initiative] = {}
        if not article.curated:
            from ..match.discover import discover_entities

            discover_entities(article, self.actor_matcher, self.initiative_matcher, actor_mentions,
                              initiative_mentions, new_actors, new_initiatives)
        return ArticleRecords(article, tuple(figures), actor_mentions, initiative_mentions,
                              tuple(new_actors.values()), tuple(new_initiatives.values()))


def build_corpus(root: Path, files: list[ArticleFile], skipped: list[Skipped] | tuple[Skipped, ...] = ()) -> Corpus:
    registries = load_registries(root)
    analyse = Analyser(registries)
    return assemble(root, registries, [analyse(file) for file in files], skipped)


def assemble(root: Path, registries: Registries, parts: list[ArticleRecords],
             skipped: list[Skipped] | tuple[Skipped, ...] = ()) -> Corpus:
    """Join per-article records into a corpus: actors and initiatives gather their mentions."""
    actor_mentions: dict[str, list[Evidence]] = {}
    initiative_mentions: dict[str, list[Evidence]] = {}
    found_actors: dict[str, Actor] = {}
    found_initiatives: dict[str, Initiative] = {}
    for part in parts:
        for key, evidence in part.actor_mentions.items():
            actor_mentions.setdefault(key, []).extend(evidence)
        for key, evidence in part.initiative_mentions.items():
            initiative_mentions.setdefault(key, []).extend(evidence)
        for actor in part.new_actors:
            if actor.id not in found_actors or (actor.role and not found_actors[actor.id].role):
                found_actors[actor.id] = actor
        for initiative in part.new_initiatives:
            found_initiatives.setdefault(initiative.id, initiative)
    actors = [
        Actor(id=lex.id, name=lex.names.get("en") or next(iter(lex.names.values())), names=dict(lex.names),
              kind=lex.kind, role=lex.role, affiliation=lex.affiliation, country=lex.country,
              articles=_articles_of(actor_mentions[lex.id]), mentions=tuple(actor_mentions[lex.id]))
        for lex in registries.actors if actor_mentions.get(lex.id)
    ]
    lexicon_actor_ids = {a.id for a in actors}
    actors += [_with_mentions(a, actor_mentions.get(a.id, [])) for a in found_actors.values()
               if a.id not in lexicon_actor_ids]
    initiatives = [
        Initiative(id=lex.id, name=lex.names.get("en") or next(iter(lex.names.values())), names=dict(lex.names),
                   kind=lex.kind, date=lex.date, end_date=lex.end_date, place=lex.place, actors=lex.actors,
                   topics=lex.topics, articles=_articles_of(initiative_mentions[lex.id]),
                   mentions=tuple(initiative_mentions[lex.id]))
        for lex in registries.initiatives if initiative_mentions.get(lex.id)
    ]
    lexicon_initiative_ids = {i.id for i in initiatives}
    initiatives += [_with_mentions(i, initiative_mentions.get(i.id, [])) for i in found_initiatives.values()
                    if i.id not in lexicon_initiative_ids]
    return Corpus(
        root=str(root),
        articles=tuple(p.article for p in parts),
        actors=tuple(actors),
        figures=tuple(f for p in parts for f in p.figures),
        initiatives=tuple(initiatives),
        registries=registries,
        skipped=tuple(skipped),
    )


_SIDECAR_FIELDS = {
    "title": STRING, "language": STRING, "published": DATE, "time": OPTIONAL_TEXT,
    "source": STRING, "authors": TEXT_LIST, "url": STRING, "section": OPTIONAL_TEXT,
    "editors": TEXT_LIST, "related": TEXT_LIST, "note": OPTIONAL_TEXT, "actors": TEXT_LIST,
    "initiatives": TEXT_LIST, "figures": MAPPING_LIST, "sha256": SHA256,
}
_FIGURE_FIELDS = {
    "text": TEXT, "occurrence": OPTIONAL_INT, "quote": STRING, "value": NUMBER, "unit": TEXT,
    "qualifier": TEXT, "change": STRING, "counted": STRING, "measure": STRING,
    "metric": STRING, "period": PERIOD,
    "subject": STRING, "topics": TEXT_LIST,
}


def _read_sidecar(file: ArticleFile) -> dict[str, Any]:
    if file.sidecar is None or file.sidecar_text is None:
        return {}
    data = parse_yaml(file.sidecar_text, file.sidecar)
    if data is None:
        return {}
    check_mapping(data, _SIDECAR_FIELDS, file.sidecar, "sidecar")
    check_choice(data.get("language"), LANGUAGES, file.sidecar, data, "language", "sidecar")
    return data


def _article(file: ArticleFile, sidecar: dict[str, Any]) -> Article:
    """The article record: the sidecar's metadata first, then what the file itself says (HTML
    and news record metadata), then what the text shows (its language, a leading date line)."""
    text = file.text
    doc = file.document
    language = sidecar.get("language") or (doc.language if doc else None)
    if language is None:
        from ..extract.language import detect_language

        language = detect_language(text)
    published = iso_date(sidecar.get("published")) or (doc.published if doc else None)
    if published is None:
        match = leading_date(text)
        published = match.group(1) if match and is_real_date(match.group(1)) else None
    extra = {k: sidecar[k] for k in EXTRA_METADATA + ("actors", "initiatives", "sha256") if sidecar.get(k) is not None}
    if doc is not None and doc.encoding not in ("utf-8", "html", "pdf"):
        extra["encoding"] = doc.encoding + (" (guessed)" if doc.guessed else "")
    title = sidecar.get("title") or (doc.title if doc else None)
    return Article(
        id=file.id,
        path=file.rel or file.path.name,
        format=doc.format if doc else "txt",
        title=str(title) if title is not None else default_title(text),
        language=language,
        published=published,
        source=_opt(sidecar.get("source")) or (doc.source if doc else None),
        authors=tuple(str(a) for a in sidecar.get("authors") or ()) or (doc.authors if doc else ()),
        url=_opt(sidecar.get("url")) or (doc.url if doc else None),
        section=_opt(sidecar.get("section")),
        sha256=file.sha256,
        chars=len(text),
        words=word_count(text),
        curated="figures" in sidecar,
        text=text,
        extra=extra,
    )


def _opt(value: Any) -> str | None:
    return None if value is None else str(value)


def default_title(text: str) -> str:
    """The first non-empty line, without a leading `date YYYY-MM-DD`, cut to its first sentence if long."""
    match = leading_date(text)
    body = text if match is None else text[: match.start()] + text[match.end():]
    line = next((ln.strip() for ln in body.splitlines() if ln.strip()), "")
    if len(line) > 160:
        bounds = sentence_bounds(line)
        line = line[bounds[0][0] : bounds[0][1]] if bounds else line
        if len(line) > 160:
            line = line[:157].rsplit(" ", 1)[0].rstrip(" ,;:") + " …"  # cut between words
    return line


def locate(text: str, quote: str, occurrence: int = 1) -> int:
    """Offset of the N-th occurrence (1-based) of `quote` in `text`, or -1."""
    index = -1
    for _ in range(occurrence):
        index = text.find(quote, index + 1)
        if index < 0:
            return -1
    return index


def _curated_figures(file: ArticleFile, article: Article, sidecar: dict[str, Any],
                     registries: Registries) -> list[Figure]:
    path = file.sidecar or file.path
    text = file.text
    bounds = sentence_bounds(text)
    topic_ids = set(registries.topic_ids())
    metric_ids = {m.id for m in registries.metrics}
    actor_ids = {a.id for a in registries.actors}
    figures = []
    for raw in sidecar.get("figures") or []:
        check_mapping(raw, _FIGURE_FIELDS, path, "figure", frozenset({"text", "value", "unit", "qualifier"}))
        label = f"figure {excerpt(raw['text'])}"
        check_choice(raw["unit"], UNITS, path, raw, "unit", label)
        check_choice(raw["qualifier"], QUALIFIERS, path, raw, "qualifier", label)
        for topic in raw.get("topics") or []:
            check_choice(topic, topic_ids, path, raw, "topics", label)
        if raw.get("metric") is not None and raw["metric"] not in metric_ids:
            raise CorpusError(f"{label}: metric {raw['metric']!r} is not in metrics.yaml", path, line_of(raw, "metric"))
        if raw.get("subject") is not None and raw["subject"] not in actor_ids:
            raise CorpusError(f"{label}: subject {raw['subject']!r} is not a lexicon actor", path,
                              line_of(raw, "subject"))
        occurrence = int(raw.get("occurrence") or 1)
        start = locate(text, raw["text"], occurrence)
        if start < 0:
            where = f" (occurrence {occurrence})" if occurrence > 1 else ""
            raise CorpusError(f"{label}{where} is not in the article {file.path.name}", path, line_of(raw, "text"))
        end = start + len(raw["text"])
        evidence = _evidence(file, raw, start, end, bounds, path)
        figures.append(
            Figure(
                id=f"{file.id}:{start}", article=file.id, language=article.language,
                value=_number(raw["value"]), unit=raw["unit"], qualifier=raw["qualifier"],
                change=_opt(raw.get("change")), range_with=None,
                counted=_opt(raw.get("counted")), measure=_opt(raw.get("measure")), metric=_opt(raw.get("metric")),
                period=_opt(raw.get("period")), subject=_opt(raw.get("subject")),
                topics=tuple(raw.get("topics") or ()), text=raw["text"], evidence=evidence,
                origin=Origin.CURATED.value,
            )
        )
    seen: set[str] = set()
    for figure in figures:
        if figure.id in seen:
            raise CorpusError(f"two curated figures at the same place ({figure.id})", path)
        seen.add(figure.id)
    return sorted(figures, key=lambda f: int(f.id.split(":")[1]))


def _evidence(file: ArticleFile, raw: dict[str, Any], start: int, end: int,
              bounds: list[tuple[int, int]], path: Path) -> Evidence:
    quote = raw.get("quote")
    if quote is None:
        q_start, q_end = sentence_around(bounds, start, end)
        return Evidence(file.id, file.text[q_start:q_end], q_start, q_end)
    quote = str(quote)
    q_start = file.text.find(quote)
    while q_start >= 0 and not (q_start <= start and end <= q_start + len(quote)):
        q_start = file.text.find(quote, q_start + 1)
    if q_start < 0:
        raise CorpusError(f"quote {quote[:60]!r} is not in the article around {raw['text']!r}", path,
                          line_of(raw, "quote"))
    return Evidence(file.id, quote, q_start, q_start + len(quote))


def _number(value: float | int) -> float | int:
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _extracted_figures(article: Article, registries: Registries) -> list[Figure]:
    from ..extract.numbers import extract_figures
    from ..match.topics import TopicMatcher

    text = article.text
    bounds = sentence_bounds(text)
    topics = TopicMatcher(registries.topics)
    figures = []
    for found in extract_figures(text, article.language):
        q_start, q_end = sentence_around(bounds, found.qualifier_start, found.end)
        sentence = text[q_start:q_end]
        figures.append(
            Figure(
                id=f"{article.id}:{found.start}", article=article.id, language=article.language,
                value=found.value, unit=found.unit, qualifier=found.qualifier, change=None, range_with=None,
                counted=found.counted, measure=None, metric=None, period=None, subject=None, topics=topics.topics_of(sentence), text=found.text,
                evidence=Evidence(article.id, sentence, q_start, q_end), origin=Origin.EXTRACTED.value,
            )
        )
    return figures


# ---- actors and initiatives ----------------------------------------------------------------


def _articles_of(mentions: list[Evidence]) -> tuple[str, ...]:
    return tuple(sorted({m.article for m in mentions}))


def _with_mentions(record: Any, mentions: list[Evidence]) -> Any:
    from dataclasses import replace

    ordered = sorted(mentions, key=lambda e: (e.article, e.start))
    return replace(record, mentions=tuple(ordered), articles=_articles_of(ordered))
