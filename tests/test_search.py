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


BILINGUAL = {
    "001_en.txt": "Trade\n\nForeign trade between the two countries grew by a third. "
                  "Traditional crafts were shown at the fair.\n",
    "002_de.txt": "Handel\n\nDer Handel mit Kasachstan wuchs. Der Außenhandel erreichte einen Rekord.\n",
    "003_en.txt": "Crafts\n\nTraditional crafts and tradition were on show.\n",
}


@pytest.fixture
def bilingual(tmp_path: Path) -> Path:
    root = tmp_path / "bilingual"
    root.mkdir()
    for name, text in BILINGUAL.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize("query, found, absent", [
    ("trade", {"trade", "Außenhandel"}, {"Traditional", "tradition"}),  # en finds de, whole words only
    ("Handel", {"Handel", "trade"}, {"Traditional"}),                   # de finds en (Außenhandel ~ trade)
    ("Außenhandel", {"Außenhandel", "trade"}, set()),
    ("tradition", {"tradition"}, {"Traditional", "trade"}),
    ("crafts", {"crafts"}, {"trade", "Handel"}),
    ("tra", set(), {"trade", "Traditional", "tradition"}),              # a word's start is not a word
])
@pytest.mark.parametrize("use_cache", [True, False])
def test_whole_words_and_translations_both_ways(bilingual: Path, cache_home: Path, query: str, found: set[str],
                                                absent: set[str], use_cache: bool) -> None:
    passages = search(load_corpus(bilingual, use_cache=use_cache), query, limit=0)
    matched = {m for p in passages for m in p.matched}
    assert found <= matched
    assert not absent & matched


@pytest.mark.parametrize("query", ["trade", "Handel", "digital talent", "Fachkräfte", "crafts"])
def test_results_are_strictly_in_score_order(bilingual: Path, cache_home: Path, query: str) -> None:
    for limit in (0, 2):
        scores = [p.score for p in search(load_corpus(bilingual), query, limit=limit)]
        assert scores == sorted(scores, reverse=True)


def test_a_word_typed_outranks_translations(bilingual: Path, cache_home: Path) -> None:
    passages = search(load_corpus(bilingual), "Handel", limit=0)
    assert passages[0].matched == ("Handel",)
    assert any(p.article == "001" for p in passages)


@pytest.mark.parametrize("terms, articles", [
    (["digital talent"], ["001"]),            # two words: both must be in the article
    (["Fachkräfte"], ["002"]),                # an inflected form (Fachkräften)
    (["Übersetzung"], ["002", "003"]),        # NFC and NFD texts alike
    (["E-Commerce"], []),                     # a word made of two tokens; nowhere
    (["translation", "Übersetzung"], ["001", "002", "003"]),
])
def test_the_full_text_index_ranks_whole_word_forms(folder: Path, cache_home: Path, terms: list[str],
                                                    articles: list[str]) -> None:
    from sco_digital.search import fts_query

    ranked = load_corpus(folder).ranked_articles(fts_query(terms), None, 3.0, 1.0)  # type: ignore[attr-defined]
    assert ranked is not None  # FTS5 answered: the query is one it can run
    assert sorted(ranked) == articles


@pytest.mark.parametrize("terms", [["Fachkräfte", "translation"], ["Übersetzung", "Café"]])
def test_forms_no_article_holds_leave_the_query_and_no_score_changes(folder: Path, cache_home: Path,
                                                                     terms: list[str]) -> None:
    """A one-word form no article holds ("fachkraftem") is left out of the FTS5 query; every
    article's bm25 stays what the whole query gives it (such a phrase matches nowhere and weighs
    nothing)."""
    from sco_digital.search import fts_query

    corpus = load_corpus(folder)
    whole, pruned = fts_query(terms), fts_query(terms, corpus.indexed_tokens)  # type: ignore[attr-defined]
    assert whole is not None and pruned is not None
    assert pruned.count(" OR ") < whole.count(" OR ")
    assert _bm25(corpus, pruned) == _bm25(corpus, whole) != {}


def test_a_two_word_form_whose_last_word_no_article_holds_leaves_the_query(folder: Path, cache_home: Path) -> None:
    """("digital" AND "talente") matches nothing: it goes, and the query finds the same articles."""
    from sco_digital.search import fts_query

    corpus = load_corpus(folder)
    indexed = corpus.indexed_tokens  # type: ignore[attr-defined]
    whole, pruned = fts_query(["digital talent"]), fts_query(["digital talent"], indexed)
    assert whole is not None and pruned is not None
    assert '"talente"' in whole and '"talente"' not in pruned and '"talent"' in pruned
    assert _bm25(corpus, pruned).keys() == _bm25(corpus, whole).keys() != set()


def _bm25(corpus: object, query: str) -> dict[int, float]:
    return dict(corpus.db.execute(  # type: ignore[attr-defined]
        "SELECT rowid, bm25(articles_fts) FROM articles_fts WHERE articles_fts MATCH ?", (query,)).fetchall())


def test_a_query_of_forms_no_article_holds_is_none(folder: Path, cache_home: Path) -> None:
    from sco_digital.search import fts_query

    assert fts_query(["zzzz"], load_corpus(folder).indexed_tokens) is None  # type: ignore[attr-defined]
    assert fts_query(["zzzz"]) is not None
