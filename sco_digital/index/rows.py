"""Records as index rows and back: the one codec between the dataclasses and SQLite.

A row is a plain tuple in the column order of `schema`; nested values are compact JSON, and the
long ones zlib-compressed as stored (an article's text and its mentions' offsets: `deflate`; a
fact's JSON: `pack_fact`). Rows cross process boundaries (workers return them as stored) and are
written as they are; a query reads them
back into records only where a record is needed, else straight into JSON objects (`*_dict_from_row`).
The record classes are imported only by the functions that make records, so a warm JSON query never
pays for creating the dataclasses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..records import Actor, Article, Evidence, Fact, Figure, Initiative

Row = tuple[Any, ...]

ARTICLE_COLUMNS = ("id", "name", "path", "format", "title", "language", "published", "source", "authors", "url", "section",
                   "sha256", "chars", "words", "curated", "text", "extra")
FIGURE_COLUMNS = ("id", "article", "name", "seq", "start", "language", "value", "unit", "qualifier", "change",
                  "range_with", "counted", "measure", "metric", "period", "subject", "topics", "text",
                  "evidence_quote", "evidence_start", "evidence_end", "origin", "stat_key", "value_key")
MENTION_COLUMNS = ("name", "seq", "{owner}", "article", "quote", "start", '"end"')
ACTOR_COLUMNS = ("id", "seq", "name", "names", "kind", "role", "affiliation", "country", "articles", "mentions")
INITIATIVE_COLUMNS = ("id", "seq", "name", "names", "kind", "date", "end_date", "place", "actors", "topics",
                      "articles", "mentions")


def dumps(value: Any) -> str:
    """Compact JSON, German letters as they are. Sidecar metadata YAML may type as a date is
    written as its text (JSON has no dates)."""
    import json

    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def loads(text: str | bytes) -> Any:
    import json

    return json.loads(text)


# zlib's default level: an article's text shrinks to a third, 6 % less than at the fastest level
# for a third more time (about 35 µs an article, spent in the workers); reading it back costs the
# same at every level.
TEXT_LEVEL = 6


def deflate(text: str) -> bytes:
    """Text as the index stores an article's (`article_rows`) and long JSON lists of offsets
    (mentions): UTF-8, zlib-compressed."""
    import zlib

    return zlib.compress(text.encode("utf-8"), TEXT_LEVEL)


def inflate(blob: bytes) -> str:
    """The text `deflate` stored."""
    import zlib

    return zlib.decompress(blob).decode("utf-8")


# ---- articles -------------------------------------------------------------------------------------


def article_row(article: Article, name: str) -> Row:
    return (article.id, name, article.path, article.format, article.title, article.language, article.published, article.source,
            dumps(list(article.authors)), article.url, article.section, article.sha256, article.chars,
            article.words, int(article.curated), article.text, dumps(article.extra))


def article_from_row(row: Row) -> Article:
    from ..records import Article

    (id_, _name, path, format_, title, language, published, source, authors, url, section, sha256, chars, words,
     curated, text, extra) = row
    return Article(id=id_, format=format_, title=title, language=language, published=published, source=source,
                   authors=tuple(loads(authors)), url=url, section=section, sha256=sha256, chars=chars,
                   words=words, curated=bool(curated), text=text, path=path, extra=loads(extra))


# ---- figures --------------------------------------------------------------------------------------


def figure_row(figure: Figure, name: str, seq: int, stat_key: str | None, value_key: str) -> Row:
    ev = figure.evidence
    return (figure.id, figure.article, name, seq, figure.start, figure.language, figure.value, figure.unit,
            figure.qualifier, figure.change, figure.range_with, figure.counted, figure.measure, figure.metric,
            figure.period, figure.subject, dumps(list(figure.topics)), figure.text, ev.quote, ev.start, ev.end,
            figure.origin, stat_key, value_key)


def figure_from_row(row: Row) -> Figure:
    from ..records import Evidence, Figure

    (id_, article, _name, _seq, start, language, value, unit, qualifier, change, range_with, counted, measure,
     metric, period, subject, topics, text, quote, ev_start, ev_end, origin) = row[:22]
    return Figure(id=id_, article=article, language=language, value=value, unit=unit, qualifier=qualifier,
                  change=change, range_with=range_with, counted=counted, measure=measure, metric=metric,
                  period=period, subject=subject, topics=tuple(loads(topics)), text=text,
                  evidence=Evidence(article, quote, ev_start, ev_end), origin=origin, start=start)


def figure_dict_from_row(row: Row) -> dict[str, Any]:
    """A figure's JSON object straight from its row, without a record in between (warm queries)."""
    (id_, article, _name, _seq, _start, language, value, unit, qualifier, change, range_with, counted, measure,
     metric, period, subject, topics, text, quote, ev_start, ev_end, origin) = row[:22]
    return {"id": id_, "article": article, "language": language, "value": value, "unit": unit,
            "qualifier": qualifier, "change": change, "range_with": range_with, "counted": counted,
            "measure": measure, "metric": metric, "period": period, "subject": subject, "topics": loads(topics),
            "text": text, "evidence": {"article": article, "quote": quote, "start": ev_start, "end": ev_end},
            "origin": origin}


# ---- actors, initiatives, mentions --------------------------------------------------------------


def _evidence_list(mentions: tuple[Evidence, ...]) -> str:
    return dumps([[m.article, m.quote, m.start, m.end] for m in mentions])


def _evidence_tuple(text: str) -> tuple[Evidence, ...]:
    from ..records import Evidence

    return tuple(Evidence(*m) for m in loads(text))


def actor_row(actor: Actor, seq: int) -> Row:
    return (*_actor_fields(actor, seq), _evidence_list(actor.mentions))


def _actor_fields(actor: Actor, seq: int) -> Row:
    return (actor.id, seq, actor.name, dumps(actor.names), actor.kind, actor.role, actor.affiliation, actor.country,
            dumps(list(actor.articles)))


def merged_actor_row(actor: Actor, seq: int) -> Row:
    """A merged actor as the index stores it: its mentions as article and offsets only,
    deflated (the `actors` view adds the quotes from the text)."""
    return (*_actor_fields(actor, seq), _offsets(actor.mentions))


def _offsets(mentions: tuple[Evidence, ...]) -> bytes:
    """Mentions as JSON runs `[[article, start, end, start, end, …], …]` (consecutive mentions in
    one article share an entry: an actor named in every article is named there many times),
    deflated."""
    runs: list[list[object]] = []
    for m in mentions:
        if runs and runs[-1][0] == m.article:
            runs[-1] += [m.start, m.end]
        else:
            runs.append([m.article, m.start, m.end])
    return deflate(dumps(runs))


def actor_from_row(row: Row) -> Actor:
    from ..records import Actor

    id_, _seq, name, names, kind, role, affiliation, country, articles, mentions = row
    return Actor(id=id_, name=name, names=loads(names), kind=kind, role=role, affiliation=affiliation,
                 country=country, articles=tuple(loads(articles)), mentions=_evidence_tuple(mentions))


def initiative_row(initiative: Initiative, seq: int) -> Row:
    return (*_initiative_fields(initiative, seq), _evidence_list(initiative.mentions))


def _initiative_fields(i: Initiative, seq: int) -> Row:
    return (i.id, seq, i.name, dumps(i.names), i.kind, i.date, i.end_date, i.place, dumps(list(i.actors)),
            dumps(list(i.topics)), dumps(list(i.articles)))


def merged_initiative_row(initiative: Initiative, seq: int) -> Row:
    """A merged initiative as the index stores it (see `merged_actor_row`)."""
    return (*_initiative_fields(initiative, seq), _offsets(initiative.mentions))


def initiative_from_row(row: Row) -> Initiative:
    from ..records import Initiative

    id_, _seq, name, names, kind, date, end_date, place, actors, topics, articles, mentions = row
    return Initiative(id=id_, name=name, names=loads(names), kind=kind, date=date, end_date=end_date, place=place,
                      actors=tuple(loads(actors)), topics=tuple(loads(topics)), articles=tuple(loads(articles)),
                      mentions=_evidence_tuple(mentions))


def found_actor_json(actor: Actor) -> str:
    """An actor the extractor found in one article (its mentions are gathered later)."""
    return dumps(actor_row(actor, 0))


def found_actor_from_json(text: str) -> Actor:
    return actor_from_row(tuple(loads(text)))


def found_initiative_json(initiative: Initiative) -> str:
    return dumps(initiative_row(initiative, 0))


def found_initiative_from_json(text: str) -> Initiative:
    return initiative_from_row(tuple(loads(text)))


# ---- facts ----------------------------------------------------------------------------------------


FACT_KEYS = ("id", "statement", "value", "unit", "qualifier", "measure", "period", "subject", "basis", "topics",
             "articles", "figures", "evidence", "status")
"""A fact's JSON keys in contract order (`records.public_fields(Fact)`, without importing records)."""


def fact_json(fact: Fact) -> str:
    """A fact's JSON object as `facts --json` writes it to a UTF-8 pipe or file (the default
    separators of `json.dumps`, German letters as they are): a warm query writes it as it is."""
    record = {"id": fact.id, "statement": fact.statement, "value": fact.value, "unit": fact.unit,
              "qualifier": fact.qualifier, "measure": fact.measure, "period": fact.period, "subject": fact.subject,
              "basis": fact.basis, "topics": list(fact.topics), "articles": list(fact.articles),
              "figures": list(fact.figures),
              "evidence": [{"article": e.article, "quote": e.quote, "start": e.start, "end": e.end}
                           for e in fact.evidence],
              "status": fact.status}
    import json

    return json.dumps(record, ensure_ascii=False, allow_nan=False)


def fact_row(fact: Fact, key: str, first_name: str, first_seq: int, part: int) -> Row:
    """A fact as `fact_rows` stores it, without its `seq` (SQLite numbers it): its JSON
    compressed (`pack_fact`)."""
    return (key, first_name, first_seq, part, len(fact.articles), fact.status, pack_fact(fact_json(fact)))


# A fact's JSON is a few hundred bytes, half of it the quotes of its evidence: too short for zlib
# to learn its keys and the contract's words, so they are given to it beforehand (a preset
# dictionary, the likeliest strings last, where matches cost least). Stored so, the facts take
# two fifths of their text; reading one back costs about 7 µs. Part of the stored format: a
# change needs a new `schema.SCHEMA_VERSION`.
FACT_DICTIONARY = (
    " der die und das den von mit im Prozent Millionen Milliarden Jahr „“ ß ä ö ü"
    " the and of in to for with year percent million billion trillion dollars"
    " talent infrastructure ai economy industry services health agriculture energy governance connectivity"
    " cooperation exports imports trade-volume investment revenue companies jobs"
    " percentage points change in growth in — share of"
    ' more than , nearly , about , at least , up to , less than "'
    '{"id": "fact-", "statement": "", "value": , "unit": "count", "qualifier": "exact", "measure": null, '
    '"period": null, "subject": null, "basis": "metric", "basis": "value", "basis": "measure", "topics": ["'
    '", "articles": ["", "figures": [":", "evidence": [{"article": "", "quote": "", "start": , "end": }], '
    '"status": "conflict"}], "status": "consistent"}], "status": "single"}').encode("utf-8")
# zlib's default level: at this size hardly slower than its fastest, and a tenth smaller. Raw
# deflate (negative window bits): no header and checksum, 6 bytes a fact (SQLite keeps the rows).
_FACT_LEVEL = 6
_FACT_WINDOW = -15


def pack_fact(text: str) -> bytes:
    """A fact's JSON text as `fact_rows` stores it: UTF-8, deflated with `FACT_DICTIONARY`."""
    import zlib

    packer = zlib.compressobj(_FACT_LEVEL, zlib.DEFLATED, _FACT_WINDOW, zdict=FACT_DICTIONARY)
    return packer.compress(text.encode("utf-8")) + packer.flush()


def unpack_fact(blob: bytes) -> str:
    """The JSON text `pack_fact` stored."""
    import zlib

    return zlib.decompressobj(_FACT_WINDOW, zdict=FACT_DICTIONARY).decompress(blob).decode("utf-8")


def fact_from_stored(blob: bytes) -> Fact:
    """A fact from its `fact_rows.json` (`pack_fact`)."""
    from ..records import Evidence, Fact

    d = loads(unpack_fact(blob))
    return Fact(id=d["id"], statement=d["statement"], value=d["value"], unit=d["unit"], qualifier=d["qualifier"],
                measure=d["measure"], period=d["period"], subject=d["subject"], basis=d["basis"],
                topics=tuple(d["topics"]), articles=tuple(d["articles"]), figures=tuple(d["figures"]),
                evidence=tuple(Evidence(e["article"], e["quote"], e["start"], e["end"]) for e in d["evidence"]),
                status=d["status"])


fact_dict_from_json = loads
"""A fact's JSON object straight from its row, without a record in between (warm queries)."""
