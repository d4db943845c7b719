"""What the read-off tests ask of a small corpus on disk: the key of each figure, and the pairs
`compare` finds between a German and an English report."""

from __future__ import annotations

from pathlib import Path

from sco_digital import load_corpus
from sco_digital.compare import compare_pair


def figure_keys(tmp_path: Path, name: str, text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Measure, period and subject of each figure of `text` saved as `name`, by the figure's words."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    return {f.text: (f.measure, f.period, f.subject) for f in load_corpus(tmp_path).figures}


def compared(tmp_path: Path, de: str, en: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """The figures `compare` pairs and sets in conflict, German and English text of each."""
    (tmp_path / "c-de.txt").write_text(de, encoding="utf-8")
    (tmp_path / "c-en.txt").write_text(en, encoding="utf-8")
    result = compare_pair(load_corpus(tmp_path), "c-de", "c-en")
    return ({(p.a.text, p.b.text) for p in result.figures.shared},
            {(p.a.text, p.b.text) for p in result.figures.conflicts})
