"""Language detection (sco_digital.extract.language): German or English by function words."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sco_digital.extract.language import detect_language

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

SENTENCES = [
    ("China werde mit den Ländern der Shanghaier Organisation für Zusammenarbeit zusammenarbeiten.", "de"),
    ("Seit 2023 hat China mehr als 830 Fachkräfte für digitale Technologien ausgebildet.", "de"),
    ("Die Exchange-Konferenz fand am 6. September in Shenyang statt.", "de"),
    ("China will mit SCO-Ländern ein offenes Industrieökosystem aufbauen", "de"),
    ("Der Handel stieg um 9,3 Prozent, sagte er.", "de"),
    ("China will cooperate with Shanghai Cooperation Organization countries.", "en"),
    ("Since 2023, China has trained more than 830 digital technology professionals.", "en"),
    ("The event aimed to strengthen cooperation between China and SCO member states.", "en"),
    ("Digital tech boom offers opportunities for the region", "en"),
    ("He said that the ministry will support SCO countries.", "en"),
    # no evidence: no function words of either language, or as many of each
    ("", None),
    ("2025 SCO 5G", None),
    ("Xi Jinping, Tianjin, Shenyang", None),
    ("08:20, 2025-07-16", None),
    ("der the", None),
    # words that both languages use do not count: "in", "an", "so", "also", "was", "war", "will"
    ("in an so also was war will man", None),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[text[:40] or "empty" for text, _ in SENTENCES])
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    ("article", "expected"), [("000", "de"), ("001", "en"), ("002", "de"), ("003", "en"), ("004", "en")]
)
def test_builtin_articles(article: str, expected: str) -> None:
    (path,) = CORPUS.glob(f"{article}_*.txt")
    assert detect_language(path.read_text(encoding="utf-8")) == expected


@given(st.text())
def test_any_text_gives_a_known_answer(text: str) -> None:
    assert detect_language(text) in {"de", "en", None}


@given(st.text(alphabet=st.characters(categories=["Nd", "P", "Zs"])))
def test_no_words_no_evidence(text: str) -> None:
    assert detect_language(text) is None


@given(st.lists(st.sampled_from(["der", "die", "und", "nicht", "ist", "Haus", "2025", "SCO"]), min_size=1).filter(
    lambda words: any(w in ("der", "die", "und", "nicht", "ist") for w in words)
))
def test_german_function_words_win(words: list[str]) -> None:
    assert detect_language(" ".join(words)) == "de"


@given(st.lists(st.sampled_from(["the", "and", "of", "with", "house", "2025", "SCO"]), min_size=1).filter(
    lambda words: any(w in ("the", "and", "of", "with") for w in words)
))
def test_english_function_words_win(words: list[str]) -> None:
    assert detect_language(" ".join(words)) == "en"
