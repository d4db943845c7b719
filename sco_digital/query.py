"""Filters over a corpus's records: what `actors`, `figures`, `initiatives`, `facts` list.

Every filter value is checked against the corpus; an unknown article, actor or topic raises
`UnknownId` with near matches, never an empty answer that hides a typo.
"""

from __future__ import annotations

from dataclasses import dataclass

from .corpus import Corpus
from .errors import UnknownId
from .records import Actor, Fact, Figure, Initiative
from .contract import ACTOR_KINDS, INITIATIVE_KINDS, UNITS


@dataclass(frozen=True, slots=True)
class Filters:
    article: str | None = None
    topic: str | None = None
    actor: str | None = None
    kind: str | None = None
    unit: str | None = None

    def resolved(self, corpus: Corpus) -> "Filters":
        """The same filters with names turned into ids (topic labels, actor names)."""
        return Filters(
            article=corpus.article_id(self.article) if self.article is not None else None,
            topic=corpus.topic(self.topic) if self.topic is not None else None,
            actor=corpus.actor(self.actor).id if self.actor is not None else None,
            kind=self.kind,
            unit=self.unit,
        )


def _check_choice(kind: str, value: str | None, allowed: frozenset[str]) -> None:
    if value is not None and value not in allowed:
        raise UnknownId(kind, value, sorted(allowed))


def select_figures(corpus: Corpus, filters: Filters = Filters()) -> list[Figure]:
    f = filters.resolved(corpus)
    _check_choice("unit", f.unit, UNITS)
    # One article's figures are looked up, not filtered out of the whole corpus (a cached large
    # corpus decodes only that article).
    rows = corpus.figures_in(f.article) if f.article else list(corpus.figures)
    if f.topic:
        rows = [x for x in rows if f.topic in x.topics]
    if f.unit:
        rows = [x for x in rows if x.unit == f.unit]
    if f.actor:
        rows = [x for x in rows if _figure_concerns(corpus, x, f.actor)]
    return rows


def _figure_concerns(corpus: Corpus, figure: Figure, actor_id: str) -> bool:
    """A figure is about an actor when it is its subject or the actor is named in its quote."""
    if figure.subject == actor_id:
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
                 min_sources: int = 1, article: str | None = None) -> list[Fact]:
    f = Filters(topic=topic, actor=actor, article=article).resolved(corpus)
    rows = corpus.facts_about(f.topic) if f.topic else list(corpus.facts)
    if f.article:
        rows = [x for x in rows if f.article in x.articles]
    if f.actor:
        wanted = {fig.id for fig in select_figures(corpus, Filters(actor=f.actor))}
        rows = [x for x in rows if wanted.intersection(x.figures)]
    return [x for x in rows if len(x.articles) >= min_sources]
