"""New actors and initiatives in articles nobody annotated: people by role, organisations and
initiatives by name pattern (the extractor in `extract.entities`), merged with the lexicon."""

from __future__ import annotations

from .mentions import AliasMatcher
from ..records import Actor, Article, Evidence, Initiative
from ..textutil import slugify

_ACTOR_KINDS = {"person", "organization", "place", "company", "media", "country"}


def discover_entities(
    article: Article,
    actor_matcher: AliasMatcher,
    initiative_matcher: AliasMatcher,
    actor_mentions: dict[str, list[Evidence]],
    initiative_mentions: dict[str, list[Evidence]],
    found_actors: dict[str, Actor],
    found_initiatives: dict[str, Initiative],
) -> None:
    """Add what `find_entities` sees in `article` and the lexicon does not already name."""
    from ..extract.entities import find_entities

    taken = {(e.start, e.end) for ms in (*actor_mentions.values(), *initiative_mentions.values())
             for e in ms if e.article == article.id}
    people: dict[str, str] = {}  # full name -> id, for short forms ("Xiong" after "Xiong Jijun")
    for found in find_entities(article.text, article.language):
        if any(s <= found.start < e or found.start <= s < found.end for s, e in taken):
            continue  # the lexicon already accounts for these words
        evidence = Evidence(article.id, found.text, found.start, found.end)
        if found.category == "actor":
            known = actor_matcher.id_of(found.name)
            if known is None and found.kind == "person":
                known = next((pid for full, pid in people.items()
                              if full.split()[0] == found.name or full == found.name), None)
            entity_id = known or slugify(found.name)
            actor_mentions.setdefault(entity_id, []).append(evidence)
            if known is None or entity_id in found_actors:
                if found.kind == "person":
                    people.setdefault(found.name, entity_id)
                _add_actor(found, entity_id, actor_matcher, found_actors)
        else:
            known = initiative_matcher.id_of(found.name)
            entity_id = known or slugify(found.name)
            initiative_mentions.setdefault(entity_id, []).append(evidence)
            if known is None and entity_id not in found_initiatives:
                found_initiatives[entity_id] = Initiative(
                    id=entity_id, name=found.name, names={article.language or "en": found.name},
                    kind=found.kind, date=None, end_date=None, place=None, actors=(), topics=(),
                    articles=(), mentions=(),
                )
    link_affiliations(found_actors, actor_matcher)


def link_affiliations(found_actors: dict[str, Actor], matcher: AliasMatcher) -> None:
    """Keep an affiliation only when it names a known actor: lexicon or found in the article."""
    from dataclasses import replace

    for actor_id, actor in list(found_actors.items()):
        aff = actor.affiliation
        if aff and aff not in found_actors and matcher.id_of(aff) is None and aff not in matcher.ids:
            found_actors[actor_id] = replace(actor, affiliation=None)


def _add_actor(found, entity_id: str, matcher: AliasMatcher, found_actors: dict[str, Actor]) -> None:
    existing = found_actors.get(entity_id)
    if existing is not None and (existing.role or found.role is None):
        return
    affiliation = None
    if found.affiliation:
        # A lexicon organisation, else one the extractor names in this article (linked by slug;
        # `link_affiliations` drops the link if no such organisation turns up).
        affiliation = matcher.id_of(found.affiliation) or slugify(found.affiliation)
    kind = found.kind if found.kind in _ACTOR_KINDS else "organization"
    found_actors[entity_id] = Actor(
        id=entity_id, name=existing.name if existing else found.name,
        names=existing.names if existing else {},
        kind=kind, role=found.role, affiliation=affiliation, country=None, articles=(), mentions=(),
    )
