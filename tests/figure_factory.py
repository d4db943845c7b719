"""A figure as the tests of alignment write it: an extracted figure with the keys a case needs and
its quote at a chosen offset (the rest exact and empty)."""

from __future__ import annotations

from sco_digital.records import Evidence, Figure


def fig(article: str, text: str, value: float, unit: str = "count", measure: str | None = None,
        period: str | None = None, subject: str | None = None, at: int = 0, quote: str | None = None) -> Figure:
    quote = quote or text
    return Figure(id=f"{article}:{at}", start=at, article=article, language=article[-2:], value=value, unit=unit,
                  qualifier="exact", change=None, range_with=None, counted=None, measure=measure, metric=None,
                  period=period, subject=subject, topics=(), text=text,
                  evidence=Evidence(article, quote, at, at + len(quote)), origin="extracted")
