"""Filters over a corpus's records: what `actors`, `figures`, `initiatives`, `facts` list.

Every filter value is checked against the corpus; an unknown article, actor or topic raises
`UnknownId` with near matches, never an empty answer that hides a typo.
"""

from __future__ import annotations

from dataclasses import dataclass

from .corpus import Corpus
from .errors import UnknownId
from typing import Any

from .records import EXTRA_METADATA, Actor, Fact, Figure, Initiative, to_dict
from .contract import ACTOR_KINDS, INITIATIVE_KINDS, UNITS, FactStatus


@dataclass(frozen=True, slots=True)
class Filters:
    article: str | None = None
    topic: str | None = None
    actor: str | None = None
    kind: str | None = None
    unit: str | None = None
    measure: str | None = None

    def resolved(self, corpus: Corpus) -> "Filters":
        """The same filters with names turned into ids (topic labels, actor names)."""
        return Filters(
            article=corpus.article_id(self.article) if self.article is not None else None,
            topic=corpus.topic(self.topic) if self.topic is not None else None,
            actor=corpus.actor(self.actor).id if self.actor is not None else None,
            kind=self.kind.strip().lower() if self.kind is not None else None,
            unit=_unit_id(corpus, self.unit) if self.unit is not None else None,
            measure=concept_id(corpus, self.measure) if self.measure is not None else None,
        )


def _unit_id(corpus: Corpus, unit: str) -> str:
    """A unit as the records spell it, matched case-insensitively (`usd` → USD, `KWH` → kWh)
    against the units of the contract and of the corpus's figures; unknown is a usage error."""
    known = set(UNITS) | {f.unit for f in corpus.figures}
    if unit in known:
        return unit
    folded = {u.casefold(): u for u in sorted(known)}
    found = folded.get(unit.strip().casefold())
    if found is None:
        raise UnknownId("unit", unit, sorted(known))
    return found


def concept_id(corpus: Corpus, name: str) -> str:
    """A concept id from its id, an English or German label or word, or a form of one
    ("exports", "Exporte", "Ausfuhren", "Firmen"), case-insensitively; `UnknownId` otherwise."""
    concepts = corpus.registries.concepts
    low = name.strip().lower()
    for concept in concepts:
        names = (concept.id, *concept.labels.values(), *(w for ws in concept.words.values() for w in ws))
        if low in (n.lower() for n in names):
            return concept.id
    from .match.concepts import matcher_for

    found = {m.concept for m in matcher_for(concepts).find(name, 0, len(name), None)}
    found |= {m.concept for m in matcher_for(concepts).find(name.capitalize(), 0, len(name), "de")}
    if len(found) == 1:
        return found.pop()
    by_name = {n.lower(): c.id for c in concepts for n in (c.id, *c.labels.values())}
    err = UnknownId("measure", name, list(by_name))
    err.suggestions = list(dict.fromkeys(by_name[s] for s in err.suggestions))
    err.known = [c.id for c in concepts]
    raise err


def _measures(measure: str | None, wanted: str) -> bool:
    """Whether a figure's or fact's measure ("exports", "exports:change") is the concept `wanted`."""
    return measure is not None and measure.split(":")[0] == wanted


def _check_choice(kind: str, value: str | None, allowed: frozenset[str]) -> None:
    if value is not None and value not in allowed:
        raise UnknownId(kind, value, sorted(allowed))


def select_figures(corpus: Corpus, filters: Filters = Filters()) -> list[Figure]:
    f = filters.resolved(corpus)
    # One article's figures are looked up, not filtered out of the whole corpus (a cached large
    # corpus decodes only that article).
    rows = corpus.figures_in(f.article) if f.article else list(corpus.figures)
    if f.topic:
        rows = [x for x in rows if f.topic in x.topics]
    if f.unit:
        rows = [x for x in rows if x.unit == f.unit]
    if f.measure:
        rows = [x for x in rows if _measures(x.measure, f.measure)]
    if f.actor:
        rows = [x for x in rows if _figure_concerns(corpus, x, f.actor)]
    return rows


def _figure_concerns(corpus: Corpus, figure: Figure, actor_id: str) -> bool:
    """A figure is about an actor when it is its subject (or partner: ``china>sco``) or the actor
    is named in its quote."""
    if figure.subject is not None and actor_id in figure.subject.split(">"):
        return True
    ev = figure.evidence
    return any(m.article == ev.article and ev.start <= m.start and m.end <= ev.end
               for m in corpus.actor(actor_id).mentions)


def select_actors(corpus: Corpus, filters: Filters = Filters()) -> list[Actor]:
    f = filters.resolved(corpus)
    _check_choice("actor kind", f.kind, ACTOR_KINDS)
    rows = list(corpus.actors)
    if f.article:
        rows = [a for a in rows if f.article in a.articles]
    if f.kind:
        rows = [a for a in rows if a.kind == f.kind]
    if f.topic:
        topical = {a for fig in select_figures(corpus, Filters(topic=f.topic)) for a in (fig.subject,) if a}
        topical |= {a for i in corpus.initiatives if f.topic in i.topics for a in i.actors}
        rows = [a for a in rows if a.id in topical]
    if f.actor:
        rows = [a for a in rows if a.id == f.actor or a.affiliation == f.actor]
    return rows


def select_initiatives(corpus: Corpus, filters: Filters = Filters()) -> list[Initiative]:
    f = filters.resolved(corpus)
    _check_choice("initiative kind", f.kind, INITIATIVE_KINDS)
    rows = list(corpus.initiatives)
    if f.article:
        rows = [i for i in rows if f.article in i.articles]
    if f.kind:
        rows = [i for i in rows if i.kind == f.kind]
    if f.topic:
        rows = [i for i in rows if f.topic in i.topics]
    if f.actor:
        rows = [i for i in rows if f.actor in i.actors or i.place == f.actor]
    return rows


def select_facts(corpus: Corpus, topic: str | None = None, actor: str | None = None,
                 min_sources: int = 1, article: str | None = None, measure: str | None = None,
                 conflicts: bool = False) -> list[Fact]:
    """Facts, filtered; `conflicts` keeps only the statistics whose reports disagree."""
    f = Filters(topic=topic, actor=actor, article=article, measure=measure).resolved(corpus)
    rows = corpus.facts_about(f.topic) if f.topic else list(corpus.facts)
    if conflicts:
        rows = [x for x in rows if x.status == FactStatus.CONFLICT.value]
    if f.measure:
        rows = [x for x in rows if _measures(x.measure, f.measure)]
    if f.article:
        rows = [x for x in rows if f.article in x.articles]
    if f.actor:
        wanted = {fig.id for fig in select_figures(corpus, Filters(actor=f.actor))}
        rows = [x for x in rows if wanted.intersection(x.figures)]
    return [x for x in rows if len(x.articles) >= min_sources]


def topic_counts(corpus: Corpus) -> list[dict[str, Any]]:
    """The taxonomy with, per topic, how many figures, facts and initiatives it has and which
    articles touch it (through a figure or an initiative), in one pass over each."""
    figures: dict[str, int] = {}
    facts: dict[str, int] = {}
    initiatives: dict[str, int] = {}
    touched: dict[str, set[str]] = {}
    for figure in corpus.figures:
        for topic in set(figure.topics):
            figures[topic] = figures.get(topic, 0) + 1
            touched.setdefault(topic, set()).add(figure.article)
    for fact in corpus.facts:
        for topic in set(fact.topics):
            facts[topic] = facts.get(topic, 0) + 1
    for initiative in corpus.initiatives:
        for topic in set(initiative.topics):
            initiatives[topic] = initiatives.get(topic, 0) + 1
            touched.setdefault(topic, set()).update(initiative.articles)
    for article in corpus.articles:
        for topic in article.extra.get("topics") or ():
            touched.setdefault(topic, set()).add(article.id)
    return [{
        "id": topic.id,
        "label_en": topic.labels.get("en"),
        "label_de": topic.labels.get("de"),
        "figures": figures.get(topic.id, 0),
        "facts": facts.get(topic.id, 0),
        "initiatives": initiatives.get(topic.id, 0),
        "articles": [a.id for a in corpus.articles if a.id in touched.get(topic.id, ())],
    } for topic in corpus.registries.topics]


def article_payload(corpus: Corpus, article_id: str) -> dict[str, Any]:
    """What `show` presents of one article: its metadata and text, its figures, the actors and
    initiatives it names (with their mentions in it only) and its topics, as JSON-ready data."""
    article = corpus.article(article_id)
    return {
        "article": {**to_dict(article), **{k: article.extra[k] for k in EXTRA_METADATA if k in article.extra},
                    "text": article.text},
        "figures": to_dict(corpus.figures_in(article.id)),
        "actors": [_mention_summary(a, article.id) for a in corpus.actors_in(article.id)],
        "initiatives": [_mention_summary(i, article.id) for i in corpus.initiatives_in(article.id)],
        "topics": corpus.topics_of(article.id),
    }


def _mention_summary(record: Actor | Initiative, article_id: str) -> dict[str, Any]:
    row: dict[str, Any] = to_dict(record)
    row["mentions"] = [m for m in row["mentions"] if m["article"] == article_id]
    return row
