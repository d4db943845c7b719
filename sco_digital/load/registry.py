"""The shared registries of a corpus: lexicon (actors, initiatives, terms), topics, metrics, concepts.

A corpus folder may bring its own `lexicon.yaml`, `topics.yaml`, `metrics.yaml`, `concepts.yaml`;
where it has none, the built-in ones serve.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from ..errors import CorpusError
from .validate import (
    BOOL,
    COUNTRY,
    DATE,
    KEYWORDS,
    MAPPING_LIST,
    NAMES,
    OPTIONAL_TEXT,
    STRING,
    TEXT,
    TEXT_LIST,
    check_choice,
    check_mapping,
    optional_text,
    text_list,
)
from ..contract import ACTOR_KINDS, INITIATIVE_KINDS, TOPIC_IDS, UNITS
from .yamlio import iso_date, read_yaml
from .builtin import builtin_corpus_dir, registry_file as _registry_file


@dataclass(frozen=True, slots=True)
class LexActor:
    id: str
    kind: str
    names: dict[str, str]
    aliases: tuple[str, ...]
    short_forms: tuple[str, ...]
    role: str | None
    affiliation: str | None
    country: str | None


@dataclass(frozen=True, slots=True)
class LexInitiative:
    id: str
    kind: str
    names: dict[str, str]
    aliases: tuple[str, ...]
    short_forms: tuple[str, ...]
    date: str | None
    end_date: str | None
    place: str | None
    actors: tuple[str, ...]
    topics: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Term:
    """Equivalent counted nouns across languages ("professionals" ~ "Fachkräfte")."""

    id: str
    phrases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    labels: dict[str, str]
    keywords: dict[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Metric:
    id: str
    labels: dict[str, str]
    unit: str | None
    topics: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Concept:
    """What a figure may measure ("exports"), with the words that name it in each language."""

    id: str
    labels: dict[str, str]
    words: dict[str, tuple[str, ...]]
    # The more general concept this one is a kind of ("internet-users" → "users"): a report that
    # names only the general one may state the same statistic (compare), never the same key (facts).
    broader: str | None = None
    # Things counted one by one (parcels, tourists, base stations): an amount of money or of stuff
    # (kWh, t) is never a number of them, so "132 billion parcels and 1.2 trillion yuan" leaves the
    # yuan to another noun.
    counted: bool = False


@dataclass(frozen=True)  # not slots: the concept index below is a cached_property
class Registries:
    actors: tuple[LexActor, ...]
    initiatives: tuple[LexInitiative, ...]
    terms: tuple[Term, ...]
    topics: tuple[Topic, ...]
    metrics: tuple[Metric, ...]
    sources: tuple[str, ...]  # the files they were read from
    # International organisations and companies (`gazetteer.yaml`), matched only in articles
    # nobody annotated, so a curated article's actors stay its lexicon's.
    gazetteer: tuple[LexActor, ...] = ()
    concepts: tuple[Concept, ...] = ()

    def concept(self, concept_id: str | None) -> Concept | None:
        return self._concepts_by_id.get(concept_id or "")

    @cached_property
    def _concepts_by_id(self) -> dict[str, Concept]:
        return {c.id: c for c in self.concepts}

    @cached_property
    def alias_matchers(self) -> tuple[Any, Any, Any]:
        """The matchers of the lexicon's actors and initiatives and of the gazetteer (compiled once
        for these registries, which `load_registries` shares while their files are unchanged)."""
        from ..match.mentions import AliasMatcher

        return (AliasMatcher(self.actors), AliasMatcher(self.initiatives),
                AliasMatcher(self.gazetteer, declined=True))

    def topic_ids(self) -> list[str]:
        return [t.id for t in self.topics]

    def metric(self, metric_id: str | None) -> Metric | None:
        return next((m for m in self.metrics if m.id == metric_id), None)


_ACTOR_FIELDS = {
    "id": TEXT, "kind": TEXT, "names": NAMES, "aliases": TEXT_LIST, "short_forms": TEXT_LIST, "role": STRING,
    "affiliation": STRING, "country": COUNTRY,
}
_INITIATIVE_FIELDS = {
    "id": TEXT, "kind": TEXT, "names": NAMES, "aliases": TEXT_LIST, "short_forms": TEXT_LIST, "date": DATE,
    "end_date": DATE, "place": STRING, "actors": TEXT_LIST, "topics": TEXT_LIST,
}


def _names(raw: Any) -> dict[str, str]:
    return {str(lang): str(name) for lang, name in (raw or {}).items() if name}


def read_lexicon(path: Path) -> tuple[tuple[LexActor, ...], tuple[LexInitiative, ...], tuple[Term, ...]]:
    data = read_yaml(path) or {}
    check_mapping(data, {"actors": MAPPING_LIST, "initiatives": MAPPING_LIST, "terms": MAPPING_LIST}, path, path.name)
    actors = [_lex_actor(raw, path) for raw in data.get("actors") or []]
    initiatives = []
    for raw in data.get("initiatives") or []:
        check_mapping(raw, _INITIATIVE_FIELDS, path, "initiative", frozenset({"id", "kind", "names"}))
        check_choice(raw["kind"], INITIATIVE_KINDS, path, raw, "kind", f"initiative {raw['id']}")
        initiatives.append(
            LexInitiative(
                id=str(raw["id"]), kind=raw["kind"], names=_names(raw["names"]), aliases=text_list(raw.get("aliases")),
                short_forms=text_list(raw.get("short_forms")), date=iso_date(raw.get("date")),
                end_date=iso_date(raw.get("end_date")),
                place=optional_text(raw.get("place")), actors=text_list(raw.get("actors")),
                topics=text_list(raw.get("topics")),
            )
        )
    terms = []
    for raw in data.get("terms") or []:
        check_mapping(raw, {"id": TEXT, "en": TEXT_LIST, "de": TEXT_LIST}, path, "term", frozenset({"id"}))
        terms.append(Term(id=str(raw["id"]), phrases=text_list(raw.get("en")) + text_list(raw.get("de"))))
    _check_unique([a.id for a in actors] + [i.id for i in initiatives], path, "lexicon id")
    return tuple(actors), tuple(initiatives), tuple(terms)


def _lex_actor(raw: Any, path: Path) -> LexActor:
    check_mapping(raw, _ACTOR_FIELDS, path, "actor", frozenset({"id", "kind", "names"}))
    check_choice(raw["kind"], ACTOR_KINDS, path, raw, "kind", f"actor {raw['id']}")
    return LexActor(
        id=str(raw["id"]), kind=raw["kind"], names=_names(raw["names"]), aliases=text_list(raw.get("aliases")),
        short_forms=text_list(raw.get("short_forms")), role=optional_text(raw.get("role")),
        affiliation=optional_text(raw.get("affiliation")),
        country=optional_text(raw.get("country")),
    )


def read_gazetteer(path: Path, lexicon: tuple[LexActor, ...]) -> tuple[LexActor, ...]:
    """Organisations and companies of `gazetteer.yaml`, less those the lexicon already names. An
    entry of a lexicon actor's id keeps the names and aliases the lexicon lacks ("SOZ", "Shanghai
    Cooperation Organisation") as that actor's, for articles nobody annotated."""
    data = read_yaml(path) or {}
    check_mapping(data, {"actors": MAPPING_LIST}, path, path.name)
    entries = tuple(_lex_actor(raw, path) for raw in data.get("actors") or [])
    _check_unique([e.id for e in entries], path, "gazetteer id")
    by_id = {a.id: a for a in lexicon}
    taken = set(by_id) | {n for a in lexicon for n in (*a.names.values(), *a.aliases)}
    kept = []
    for entry in entries:
        if entry.id in by_id:
            extra = tuple(dict.fromkeys(n for n in (*entry.names.values(), *entry.aliases) if n not in taken))
            if extra:
                kept.append(replace(by_id[entry.id], aliases=extra, short_forms=()))
        elif not set(entry.names.values()) & taken:
            kept.append(entry)
    return tuple(_with_capitals(kept, taken))


def _with_capitals(entries: list[LexActor], taken: set[str]) -> list[LexActor]:
    """Entries with their one-word names also in capitals ("Rosatom" as "ROSATOM", as headlines and
    some wires write firms), where no other entry or lexicon name is written so."""
    forms: dict[str, list[str]] = {}
    for e in entries:
        for name in dict.fromkeys((*e.names.values(), *e.aliases)):
            if " " not in name and len(name) >= 5 and name.isalpha() and not name.isupper():
                forms.setdefault(name.upper(), []).append(e.id)
    written = {n for e in entries for n in (*e.names.values(), *e.aliases)} | taken
    capitals: dict[str, list[str]] = {}
    for caps, ids in forms.items():
        if caps not in written and len(set(ids)) == 1:
            capitals.setdefault(ids[0], []).append(caps)
    return [replace(e, aliases=(*e.aliases, *capitals[e.id])) if e.id in capitals else e for e in entries]


def read_topics(path: Path) -> tuple[Topic, ...]:
    data = read_yaml(path) or {}
    check_mapping(data, {"topics": MAPPING_LIST}, path, path.name)
    topics = []
    for raw in data.get("topics") or []:
        check_mapping(raw, {"id": TEXT, "labels": NAMES, "keywords": KEYWORDS}, path, "topic",
                      frozenset({"id", "labels"}))
        check_choice(raw["id"], frozenset(TOPIC_IDS), path, raw, "id", "topic")
        keywords = {str(lang): text_list(words) for lang, words in (raw.get("keywords") or {}).items()}
        topics.append(Topic(id=raw["id"], labels=_names(raw["labels"]), keywords=keywords))
    _check_unique([t.id for t in topics], path, "topic id")
    return tuple(topics)


def read_metrics(path: Path, topic_ids: set[str], topics_path: Path | None = None) -> tuple[Metric, ...]:
    """The metrics of `path`. A topic a metric names must be in `topic_ids`; when the metrics
    are the built-in ones and the topics a corpus's own (`topics_path`), a missing topic is that
    file's error, and named so."""
    data = read_yaml(path) or {}
    check_mapping(data, {"metrics": MAPPING_LIST}, path, path.name)
    metrics = []
    for raw in data.get("metrics") or []:
        check_mapping(raw, {"id": TEXT, "labels": NAMES, "unit": OPTIONAL_TEXT, "topics": TEXT_LIST,
                            "description": OPTIONAL_TEXT}, path, "metric", frozenset({"id", "labels"}))
        check_choice(raw.get("unit"), UNITS, path, raw, "unit", f"metric {raw['id']}")
        for topic in text_list(raw.get("topics")):
            if topics_path is not None and topic not in topic_ids and _is_builtin(path) and not _is_builtin(topics_path):
                raise CorpusError(f"topic {topic!r} is missing: the built-in metrics.yaml (metric {raw['id']}) "
                                  "uses it; add it, or bring your own metrics.yaml", topics_path)
            check_choice(topic, topic_ids, path, raw, "topics", f"metric {raw['id']}")
        metrics.append(Metric(id=str(raw["id"]), labels=_names(raw["labels"]), unit=raw.get("unit"),
                              topics=text_list(raw.get("topics"))))
    _check_unique([m.id for m in metrics], path, "metric id")
    return tuple(metrics)


def read_concepts(path: Path) -> tuple[Concept, ...]:
    data = read_yaml(path) or {}
    check_mapping(data, {"concepts": MAPPING_LIST}, path, path.name)
    concepts = []
    for raw in data.get("concepts") or []:
        check_mapping(raw, {"id": TEXT, "labels": NAMES, "words": KEYWORDS, "broader": TEXT, "counted": BOOL}, path,
                      "concept",
                      frozenset({"id", "labels"}))
        words = {str(lang): text_list(ws) for lang, ws in (raw.get("words") or {}).items()}
        broader = str(raw["broader"]) if raw.get("broader") else None
        concepts.append(Concept(id=str(raw["id"]), labels=_names(raw["labels"]), words=words, broader=broader,
                                counted=bool(raw.get("counted", False))))
    _check_unique([c.id for c in concepts], path, "concept id")
    known = {c.id for c in concepts}
    for c in concepts:
        if c.broader is not None and c.broader not in known:
            raise CorpusError(f"{path.name}: concept {c.id!r} has an unknown broader concept {c.broader!r}", path)
    return tuple(concepts)


def _is_builtin(path: Path) -> bool:
    return path.parent == builtin_corpus_dir()


def _check_unique(ids: list[str], path: Path, what: str) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise CorpusError(f"duplicate {what} {item!r}", path)
        seen.add(item)


# Registries read in this process, by what their files were (see `_files_key`): loading a corpus
# again (a library user's second `load_corpus`, the test suite) reads and checks them once.
_LOADED: dict[tuple[Any, ...], Registries] = {}
_MOST_LOADED = 8


def load_registries(corpus_dir: Path) -> Registries:
    """The corpus's registries (its own files, else the built-in ones). Read once per process
    while their files are unchanged (path, size, times and inode); a file changed in the last
    two seconds is read again each time, as its timestamp may not yet tell a later change."""
    key = _files_key(corpus_dir)
    if key is not None and key in _LOADED:
        return _LOADED[key]
    registries = _read_registries(corpus_dir)
    if key is not None:
        if len(_LOADED) >= _MOST_LOADED:
            _LOADED.pop(next(iter(_LOADED)))
        _LOADED[key] = registries
    return registries


def _files_key(corpus_dir: Path) -> tuple[Any, ...] | None:
    """Each registry file's path and stat as the index keeps it (`index.warm.stat_text`); None
    when one changed within the index's racy window."""
    import os
    import time

    from ..index import warm

    now = time.time_ns()
    key: list[Any] = []
    for name in warm.REGISTRY_FILES:  # bounded: five files
        path = _registry_file(corpus_dir, name)
        try:
            st = os.stat(path)
        except OSError:
            key.append((str(path), None))
            continue
        if now - max(st.st_mtime_ns, st.st_ctime_ns) < warm.RACY_NS:
            return None
        key.append((str(path), warm.stat_text(st)))
    return tuple(key)


def _read_registries(corpus_dir: Path) -> Registries:
    lexicon_path = _registry_file(corpus_dir, "lexicon.yaml")
    topics_path = _registry_file(corpus_dir, "topics.yaml")
    metrics_path = _registry_file(corpus_dir, "metrics.yaml")
    concepts_path = _registry_file(corpus_dir, "concepts.yaml")
    actors, initiatives, terms = read_lexicon(lexicon_path) if lexicon_path.is_file() else ((), (), ())
    topics = read_topics(topics_path) if topics_path.is_file() else ()
    metrics = read_metrics(metrics_path, {t.id for t in topics}, topics_path) if metrics_path.is_file() else ()
    gazetteer_path = _registry_file(corpus_dir, "gazetteer.yaml")
    gazetteer = read_gazetteer(gazetteer_path, actors) if gazetteer_path.is_file() else ()
    concepts = read_concepts(concepts_path) if concepts_path.is_file() else ()
    _check_references(actors, initiatives, {t.id for t in topics}, lexicon_path)
    paths = (lexicon_path, topics_path, metrics_path, concepts_path, gazetteer_path)
    return Registries(actors, initiatives, terms, topics, metrics, tuple(str(p) for p in paths if p.is_file()),
                      gazetteer=gazetteer, concepts=concepts)


def _check_references(actors: tuple[LexActor, ...], initiatives: tuple[LexInitiative, ...],
                      topic_ids: set[str], path: Path) -> None:
    actor_ids = {a.id for a in actors}
    for actor in actors:
        if actor.affiliation and actor.affiliation not in actor_ids:
            raise CorpusError(f"actor {actor.id}: affiliation {actor.affiliation!r} is not a lexicon actor", path)
    for ini in initiatives:
        for ref in (ini.place, *ini.actors):
            if ref and ref not in actor_ids:
                raise CorpusError(f"initiative {ini.id}: {ref!r} is not a lexicon actor", path)
        for topic in ini.topics:
            if topic_ids and topic not in topic_ids:
                raise CorpusError(f"initiative {ini.id}: unknown topic {topic!r}", path)
