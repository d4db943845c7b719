"""search: the same passages from the index (FTS5 narrowing the articles) as from a direct build, in both
languages, with Unicode normal forms and diacritics folded; queries that must find nothing find nothing."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from index_corpus import cache_home
from sco_digital.load import load_corpus
from sco_digital.search import search

__all__ = ["cache_home"]

TEXTS = {
    "001_en.txt": "Digital talent\n\nUzbekistan trained 830 digital professionals in Tashkent. "
                  "The translation centre opened in June.\n",
    "002_de.txt": "Fachkräfte\n\nKasachstan bildet mehr Fachkräften aus. Die Übersetzung der Studie erschien im Mai.\n",
    "003_nfd.txt": unicodedata.normalize("NFD", "Café\n\nDas Café in Straße 5 bietet Übersetzungen an.\n"),
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    for name, text in TEXTS.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize("query, articles", [
    ("professionals", ["001"]),                       # en
    ("Fachkräfte", ["002"]),                          # de, inflected form found by the stem
    ("fachkrafte", ["002"]),                          # without the umlaut
    ("Übersetzung", ["002"]),                         # NFC query, NFC text
    (unicodedata.normalize("NFD", "Übersetzung"), ["002"]),  # NFD query, NFC text
    ("cafe", ["003"]),
    ("Straße", ["003"]),
    ("nothing-like-this", []),                        # must find nothing
    ("zzzz", []),
])
def test_indexed_search_equals_direct_search(folder: Path, cache_home: Path, query: str,
                                              articles: list[str]) -> None:
    indexed = search(load_corpus(folder), query, limit=0)
    direct = search(load_corpus(folder, use_cache=False), query, limit=0)
    assert indexed == direct
    found = {p.article for p in indexed}
    assert set(articles) <= found if articles else found == set()  # synonyms may bring in more
    for passage in indexed:
        text = load_corpus(folder).article(passage.article).text
        assert text[passage.start:passage.end] == passage.quote
        assert all(text[a:b] for a, b in passage.matches)


def test_the_full_text_index_narrows_the_articles_read(folder: Path, cache_home: Path) -> None:
    corpus = load_corpus(folder)
    assert corpus.matching_articles(["professional"]) == ["001"]  # type: ignore[attr-defined]
    assert corpus.matching_articles(["ubersetzung"]) == ["002", "003"]  # type: ignore[attr-defined]
    assert corpus.matching_articles(["not a run"]) is None  # type: ignore[attr-defined]
    assert "articles" not in vars(corpus)
