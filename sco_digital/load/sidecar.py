"""Sidecars (`<same stem>.yaml`): their metadata and curated figures, validated against the
contract. Every problem is a `CorpusError` naming the file and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from ..contract import LANGUAGES, QUALIFIERS, UNITS, Origin
from ..errors import CorpusError
from ..records import Article, Evidence, Figure
from ..textutil import sentence_around, sentence_bounds
from .articles import ArticleFile
from .registry import Registries
from .validate import (DATE, MAPPING_LIST, NUMBER, OPTIONAL_INT, OPTIONAL_TEXT, PERIOD, SHA256, STRING, TEXT,
                       TEXT_LIST, check_choice, check_mapping, excerpt)
from .yamlio import line_of, parse_yaml

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


def read_sidecar(file: ArticleFile) -> dict[str, Any]:
    """The sidecar's content, validated; {} when the article has none."""
    if file.sidecar is None or file.sidecar_text is None:
        return {}
    data = parse_yaml(file.sidecar_text, file.sidecar)
    if data is None:
        return {}
    check_mapping(data, _SIDECAR_FIELDS, file.sidecar, "sidecar")
    check_choice(data.get("language"), LANGUAGES, file.sidecar, data, "language", "sidecar")
    return cast("dict[str, Any]", data)


def locate(text: str, quote: str, occurrence: int = 1) -> int:
    """Offset of the N-th occurrence (1-based) of `quote` in `text`, or -1."""
    index = -1
    for _ in range(occurrence):
        index = text.find(quote, index + 1)
        if index < 0:
            return -1
    return index


def curated_figures(file: ArticleFile, article: Article, sidecar: dict[str, Any],
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
                id=f"{file.id}:{start}", start=start, article=file.id, language=article.language,
                value=_number(raw["value"]), unit=raw["unit"], qualifier=raw["qualifier"],
                change=optional_text(raw.get("change")), range_with=None,
                counted=optional_text(raw.get("counted")), measure=optional_text(raw.get("measure")), metric=optional_text(raw.get("metric")),
                period=optional_text(raw.get("period")), subject=optional_text(raw.get("subject")),
                topics=tuple(raw.get("topics") or ()), text=raw["text"], evidence=evidence,
                origin=Origin.CURATED.value,
            )
        )
    seen: set[str] = set()
    for figure in figures:  # linear in the number of figures
        if figure.id in seen:
            raise CorpusError(f"two curated figures at the same place ({figure.id})", path)
        seen.add(figure.id)
    return sorted(figures, key=lambda f: f.start)


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


def optional_text(value: Any) -> str | None:
    return None if value is None else str(value)
