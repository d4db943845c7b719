"""`CorpusLookups`: the look-ups every command needs, over a corpus's records.

Kept apart from `corpus.Corpus` (the frozen dataclass) so that a corpus served from the index
(`index.query.IndexedCorpus`) shares them without creating a dataclass: a warm JSON query imports
neither `dataclasses` nor the record classes.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .errors import UnknownId

if TYPE_CHECKING:
    from .records import Actor, Article, Fact, Figure, Initiative
    from .load.registry import Registries


class CorpusLookups:
    """The records (declared here, stored by the subclass) and every look-up over them."""

    root: str
    articles: tuple[Article, ...]
    actors: tuple[Actor, ...]
    figures: tuple[Figure, ...]
    initiatives: tuple[Initiative, ...]
    registries: Registries
    skipped: tuple[Any, ...]

    # ---- look-ups -------------------------------------------------------------------------
    @cached_property
    def _articles_by_id(self) -> dict[str, Article]:
        return {a.id: a for a in self.articles}

    @cached_property
    def _actors_by_id(self) -> dict[str, Actor]:
        return {a.id: a for a in self.actors}

    @cached_property
    def _initiatives_by_id(self) -> dict[str, Initiative]:
        return {i.id: i for i in self.initiatives}

    @cached_property
    def _figures_by_id(self) -> dict[str, Figure]:
        return {f.id: f for f in self.figures}

    def article(self, article_id: str) -> Article:
        """An article by its id, or by a prefix of exactly one id (`2025-08-28_x` for
        `2025-08-28_xinhua_trade`)."""
        found = self._articles_by_id.get(article_id)
        if found is None:
            found = self._articles_by_id.get(self.article_id(article_id))
        assert found is not None
        return found

    def article_id(self, value: str) -> str:
        """The id `value` names: itself, or the one id it is a prefix of; else UnknownId."""
        if value in self._articles_by_id:
            return value
        matches = [i for i in self._articles_by_id if value and i.startswith(value)] if value else []
        if len(matches) == 1:
            return matches[0]
        error = UnknownId("article", value, list(self._articles_by_id))
        if len(matches) > 1:
            error.suggestions = matches[:5]
        raise error

    def actor(self, actor_id: str) -> Actor:
        found = self._actors_by_id.get(actor_id) or self._actors_by_id.get(self._actor_alias(actor_id) or "")
        if found is None:
            raise UnknownId("actor", actor_id, list(self._actors_by_id),
                            names={a.id: [a.name, *a.names.values()] for a in self.actors})
        return found

    def _actor_alias(self, name: str) -> str | None:
        low = name.lower()
        for actor in self.actors:
            if any(n.lower() == low for n in actor.names.values()):
                return actor.id
        return None

    def initiative(self, initiative_id: str) -> Initiative:
        found = self._initiatives_by_id.get(initiative_id)
        if found is None:
            raise UnknownId("initiative", initiative_id, list(self._initiatives_by_id),
                            names={i.id: [i.name, *i.names.values()] for i in self.initiatives})
        return found

    def figure(self, figure_id: str) -> Figure:
        found = self._figures_by_id.get(figure_id)
        if found is None:
            raise UnknownId("figure", figure_id, list(self._figures_by_id))
        return found

    def topic(self, name: str) -> str:
        """A topic id from its id or its English or German label, case-insensitively."""
        low = name.strip().lower()
        for topic in self.registries.topics:
            if low == topic.id or low in (label.lower() for label in topic.labels.values()):
                return topic.id
        known = [t.id for t in self.registries.topics]
        by_name = {label.lower(): t.id for t in self.registries.topics for label in (t.id, *t.labels.values())}
        err = UnknownId("topic", name, list(by_name))
        # Near matches are offered as topic ids, each once, whichever label was close.
        err.suggestions = list(dict.fromkeys(by_name[s] for s in err.suggestions))
        err.known = known
        raise err

    def text_of(self, article_id: str) -> str:
        return self.article(article_id).text

    def to_frame(self, kind: str = "figures") -> Any:
        """One kind of record (articles, actors, figures, initiatives, facts) as a pandas
        DataFrame, ids kept as strings; needs pandas."""
        from .errors import UsageError
        from .frames import RECORD_KINDS, records_frame
        from .records import RECORD_TYPES, public_fields

        if kind not in RECORD_KINDS:
            raise UsageError(f"to_frame takes one of {', '.join(RECORD_KINDS)}, not {kind!r}")
        return records_frame(getattr(self, kind), public_fields(RECORD_TYPES[kind[:-1]]))

    # ---- derived ----------------------------------------------------------------------------
    @cached_property
    def facts(self) -> tuple[Fact, ...]:
        from .facts import build_facts

        return tuple(build_facts(self.figures, self.registries))

    def facts_about(self, topic: str) -> list[Fact]:
        """The facts about one topic (an id), in corpus order. A cached corpus decodes only these."""
        return [f for f in self.facts if topic in f.topics]

    def figures_in(self, article_id: str) -> list[Figure]:
        return [f for f in self.figures if f.article == article_id]

    def actors_in(self, article_id: str) -> list[Actor]:
        return [a for a in self.actors if article_id in a.articles]

    def initiatives_in(self, article_id: str) -> list[Initiative]:
        return [i for i in self.initiatives if article_id in i.articles]

    def topics_of(self, article_id: str) -> list[str]:
        """The article's topics: those of its whole text, its figures and its initiatives."""
        found: set[str] = set(self.article(article_id).extra.get("topics") or ())
        for f in self.figures_in(article_id):
            found.update(f.topics)
        for i in self.initiatives_in(article_id):
            found.update(i.topics)
        return [t for t in self.registries.topic_ids() if t in found]

