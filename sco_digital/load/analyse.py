"""Analysis of one article, a pure function of its text, metadata and the registries, and the
joining of many articles' records into a corpus.

`analyse_article` is what the index build (in worker processes), the direct build and
`analyse_text` all call; `assemble` and `merge_entities` join per-article records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from collections.abc import Sequence
from typing import Any

from ..contract import Origin
from ..corpus import Corpus
from ..records import EXTRA_METADATA, Actor, Article, Evidence, Figure, Initiative
from ..textutil import sentence_around, sentence_bounds, word_count
from .articles import ArticleFile
from .folder import Skipped
from .registry import Registries, load_registries
from .sidecar import curated_figures, optional_text, read_sidecar
from .validate import is_real_date
from .yamlio import iso_date

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
        self.registries = registries
        self.actor_matcher, self.initiative_matcher, self.gazetteer_matcher = registries.alias_matchers

    def __call__(self, file: ArticleFile) -> ArticleRecords:
        return analyse_article(file, read_sidecar(file), self)


def analyse_article(file: ArticleFile, sidecar: dict[str, Any], context: Analyser) -> ArticleRecords:
    """One article's records from its text and metadata (`file`), its validated sidecar and the
    registries with their matchers (`context`): pure, so it runs alike in any process."""
    article = _article(file, sidecar)
    from ..match.topics import TopicMatcher

    # The topics of the whole text, beside those of its figures and initiatives (kept with the
    # article's other metadata; `Corpus.topics_of` joins them).
    article.extra["topics"] = list(TopicMatcher(context.registries.topics).article_topics(article.text))
    if "figures" in sidecar:
        figures = curated_figures(file, article, sidecar, context.registries)
    else:
        figures = _extracted_figures(article, context.registries)
    actor_mentions: dict[str, list[Evidence]] = {}
    initiative_mentions: dict[str, list[Evidence]] = {}
    for m in context.actor_matcher.find(article.text):
        actor_mentions.setdefault(m.id, []).append(Evidence(article.id, m.text, m.start, m.end))
    for m in context.initiative_matcher.find(article.text):
        initiative_mentions.setdefault(m.id, []).append(Evidence(article.id, m.text, m.start, m.end))
    new_actors: dict[str, Actor] = {}
    new_initiatives: dict[str, Initiative] = {}
    if not article.curated:
        from ..match.discover import discover_entities

        discover_entities(article, context.actor_matcher, context.initiative_matcher, actor_mentions,
                          initiative_mentions, new_actors, new_initiatives, context.gazetteer_matcher,
                          context.registries.gazetteer)
    return ArticleRecords(article, tuple(figures), actor_mentions, initiative_mentions,
                          tuple(new_actors.values()), tuple(new_initiatives.values()))


def build_corpus(root: Path, files: list[ArticleFile], skipped: Sequence[Skipped] = ()) -> Corpus:
    """The corpus of `files` (and what was `skipped` reading the folder), analysed here."""
    registries = load_registries(root)
    analyse = Analyser(registries)
    return assemble(root, registries, [analyse(file) for file in files], skipped)


def assemble(root: Path, registries: Registries, parts: list[ArticleRecords],
             skipped: Sequence[Skipped] = ()) -> Corpus:
    """Join per-article records into a corpus: actors and initiatives gather their mentions."""
    actor_mentions: dict[str, list[Evidence]] = {}
    initiative_mentions: dict[str, list[Evidence]] = {}
    found_actors: list[Actor] = []
    found_initiatives: list[Initiative] = []
    for part in parts:
        for key, evidence in part.actor_mentions.items():
            actor_mentions.setdefault(key, []).extend(evidence)
        for key, evidence in part.initiative_mentions.items():
            initiative_mentions.setdefault(key, []).extend(evidence)
        found_actors.extend(part.new_actors)
        found_initiatives.extend(part.new_initiatives)
    actors, initiatives = merge_entities(registries, actor_mentions, initiative_mentions, found_actors,
                                         found_initiatives)
    return Corpus(
        root=str(root),
        articles=tuple(p.article for p in parts),
        actors=actors,
        figures=tuple(f for p in parts for f in p.figures),
        initiatives=initiatives,
        registries=registries,
        skipped=tuple(skipped),
    )


def merge_entities(registries: Registries, actor_mentions: dict[str, list[Evidence]],
                   initiative_mentions: dict[str, list[Evidence]], new_actors: list[Actor],
                   new_initiatives: list[Initiative]) -> tuple[tuple[Actor, ...], tuple[Initiative, ...]]:
    """The corpus's actors and initiatives from every article's mentions (in corpus order) and
    the records the extractor found (in corpus order): lexicon entries first, then found ones."""
    found_actors: dict[str, Actor] = {}
    found_initiatives: dict[str, Initiative] = {}
    for actor in new_actors:
        if actor.id not in found_actors or (actor.role and not found_actors[actor.id].role):
            found_actors[actor.id] = actor
    for initiative in new_initiatives:
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
    return tuple(actors), tuple(initiatives)


def _article(file: ArticleFile, sidecar: dict[str, Any]) -> Article:
    """The article record: the sidecar's metadata first, then what the file itself says (HTML
    and news record metadata), then what the text shows (its language, a leading date line,
    datelines, credits and bylines)."""
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
    from ..extract.credits import article_metadata  # datelines, credits, bylines: where the file is silent

    found = article_metadata(text)
    published = published or found.published
    extra = {k: sidecar[k] for k in EXTRA_METADATA + ("actors", "initiatives", "sha256") if sidecar.get(k) is not None}
    if doc is not None and doc.encoding not in ("utf-8", "html", "pdf"):
        extra["encoding"] = doc.encoding + (" (guessed)" if doc.guessed else "")
    title = sidecar.get("title") or (doc.title if doc else None)
    if "authors" in sidecar:
        authors = tuple(str(a) for a in sidecar["authors"] or ())
    else:
        authors = (doc.authors if doc else ()) or found.authors
    return Article(
        id=file.id,
        path=file.rel or file.path.name,
        format=doc.format if doc else "txt",
        title=str(title) if title is not None else default_title(text),
        language=language,
        published=published,
        source=optional_text(sidecar.get("source")) or (doc.source if doc else None) or found.source,
        authors=authors,
        url=optional_text(sidecar.get("url")) or (doc.url if doc else None),
        section=optional_text(sidecar.get("section")),
        sha256=file.sha256,
        chars=len(text),
        words=word_count(text),
        curated="figures" in sidecar,
        text=text,
        extra=extra,
    )


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


def _extracted_figures(article: Article, registries: Registries) -> list[Figure]:
    """The figures the extractor finds, each described: what it measures, when, about whom, and
    the direction it states (the extractor's reading of the number first, else the clause's).

    Text in decomposed Unicode (NFD) or with invisible characters inside words and numbers
    ("8\u200b30") is read as its NFC view without them, and hard-wrapped text ("2.5 million\ntons")
    with its line breaks inside sentences as spaces; every offset, quote and figure text then maps
    back to the words as stored."""
    from ..textutil import matching_view, unwrapped

    stored = article.text
    joined = unwrapped(stored)  # hard-wrapped text read with its line breaks inside sentences as spaces
    if joined is not None:
        article = replace(article, text=joined)
    view = matching_view(article.text)
    if view is None:
        found = _figures_of(article, registries)
    else:
        text, starts, ends = view
        found = _mapped(_figures_of(replace(article, text=text), registries), article.text, starts, ends)
    if joined is None:
        return found
    # the same offsets in the stored text: the words as stored, line breaks and all
    return [replace(f, text=stored[f.start : f.start + len(f.text)],
                    evidence=Evidence(f.article, stored[f.evidence.start : f.evidence.end], f.evidence.start,
                                      f.evidence.end)) for f in found]


def figures_as_of(article: Article, registries: Registries, published: str) -> list[Figure]:
    """The figures the extractor finds in an article, described as if it were published on
    `published` (ISO date): `compare` reads an undated page of a story as of its dated partner's
    day. The records keep what the page itself says; this reading is only for pairing."""
    return _extracted_figures(replace(article, published=published), registries)


def _mapped(figures: list[Figure], original: str, starts: list[int], ends: list[int]) -> list[Figure]:
    """Figures found in a matching view, with offsets, ids and quotes in the stored text."""
    ids: dict[str, str] = {}
    moved: list[Figure] = []
    for f in figures:
        start, end = starts[f.start], ends[f.start + len(f.text) - 1]
        q_start, q_end = starts[f.evidence.start], ends[f.evidence.end - 1]
        ids[f.id] = f"{f.article}:{start}"
        moved.append(replace(f, id=ids[f.id], start=start, text=original[start:end],
                             evidence=Evidence(f.article, original[q_start:q_end], q_start, q_end)))
    return [replace(f, range_with=ids.get(f.range_with, f.range_with)) if f.range_with else f for f in moved]


def _figures_of(article: Article, registries: Registries) -> list[Figure]:
    from ..extract.credits import teaser_lines
    from ..extract.numbers import extract_figures
    from ..match.describe import FigureDescriber
    from ..match.topics import TopicMatcher

    text = article.text
    bounds = sentence_bounds(text)
    topics = TopicMatcher(registries.topics)
    describer = FigureDescriber(text, article.language, article.published, registries)
    figures: list[Figure] = []
    teasers = teaser_lines(text)  # "ALSO READ Govt Seeks $25 Million …": another article's numbers
    for found in extract_figures(text, article.language):
        if teasers and any(a <= found.start < b for a, b in teasers):
            continue
        q_start, q_end = sentence_around(bounds, found.qualifier_start, found.end)
        sentence = text[q_start:q_end]
        last = figures[-1] if figures else None
        about = describer.describe(found.start, found.end, found.unit, (q_start, q_end), last, found.range_with,
                                   found.counted)
        figures.append(
            Figure(
                id=f"{article.id}:{found.start}", start=found.start, article=article.id, language=article.language,
                value=found.value, unit=found.unit, qualifier=found.qualifier,
                change=found.change or about["change"],
                range_with=f"{article.id}:{found.range_with}" if found.range_with is not None else None,
                counted=found.counted, measure=about["measure"], metric=None, period=about["period"],
                subject=about["subject"], topics=topics.topics_of(sentence), text=found.text,
                evidence=Evidence(article.id, sentence, q_start, q_end), origin=Origin.EXTRACTED.value,
            )
        )
    return describer.finish(figures)


# ---- actors and initiatives ----------------------------------------------------------------


def _articles_of(mentions: list[Evidence]) -> tuple[str, ...]:
    return tuple(sorted({m.article for m in mentions}))


def _with_mentions(record: Any, mentions: list[Evidence]) -> Any:
    from dataclasses import replace

    ordered = sorted(mentions, key=lambda e: (e.article, e.start))
    return replace(record, mentions=tuple(ordered), articles=_articles_of(ordered))
