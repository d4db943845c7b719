"""`match.describe.respectively`: the changes of a "respectively" sentence belong, in order, to the
levels before them; when the levels are not all known, a later change never keeps the first one's
measure (unknown beats wrong)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sco_digital.match.describe import respectively
from sco_digital.records import Evidence, Figure

from figure_factory import fig


def _sentence(text: str, article: str, parts: list[tuple[str, float, str, str | None]]) -> list[Figure]:
    """Figures of one sentence (all with its evidence), in text order: (written, value, unit, measure)."""
    evidence = Evidence(article, text, 0, len(text))
    out = []
    for written, value, unit, measure in parts:
        at = text.index(written)
        out.append(replace(fig(article, written, value, unit, measure, "2023", "china", at=at), evidence=evidence))
    return out


EN = ("Last year the industry hit 132 billion parcels and 1.2 trillion yuan, a year-on-year increase of 19.5 percent "
      "and 14.5 percent, respectively.")
DE = ("Im vergangenen Jahr wurden 13.187 Züge und 1,322 Millionen TEU abgefertigt, ein Plus von 23 Prozent "
      "beziehungsweise 30 Prozent.")

CASES = [
    # every level known: each change takes its level's measure
    (EN, "w-en", [("132 billion", 132e9, "count", "parcels"), ("1.2 trillion yuan", 1.2e12, "CNY", "revenue"),
                  ("19.5 percent", 19.5, "percent", "parcels:change"), ("14.5 percent", 14.5, "percent", "parcels:change")],
     ["parcels", "revenue", "parcels:change", "revenue:change"]),
    (DE, "w-de", [("13.187", 13187, "count", "trains"), ("1,322 Millionen TEU", 1.322e6, "TEU", "containers"),
                  ("23 Prozent", 23, "percent", "trains:change"), ("30 Prozent", 30, "percent", "trains:change")],
     ["trains", "containers", "trains:change", "containers:change"]),
    # a level of unknown measure: the second change is not the first one's statistic
    (EN, "w-en", [("132 billion", 132e9, "count", "parcels"), ("1.2 trillion yuan", 1.2e12, "CNY", None),
                  ("19.5 percent", 19.5, "percent", "parcels:change"), ("14.5 percent", 14.5, "percent", "parcels:change")],
     ["parcels", None, "parcels:change", None]),
    # no "respectively": nothing changes
    (EN.replace(", respectively", ""), "w-en",
     [("132 billion", 132e9, "count", "parcels"), ("1.2 trillion yuan", 1.2e12, "CNY", None),
      ("19.5 percent", 19.5, "percent", "parcels:change"), ("14.5 percent", 14.5, "percent", "parcels:change")],
     ["parcels", None, "parcels:change", "parcels:change"]),
]


@pytest.mark.parametrize("text, article, parts, measures", CASES)
def test_respectively(text: str, article: str, parts: list[tuple[str, float, str, str | None]],
                      measures: list[str | None]) -> None:
    assert [f.measure for f in respectively(text, _sentence(text, article, parts))] == measures
