"""The index over what users have (issue 15 on the SQLite index): nested folders, news record
files with many articles each, files skipped while reading, `--follow-links`, `--strict`. Every
load through the index equals a direct build, cold and warm."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from index_corpus import analysed, cache_home, fresh, snapshot
from sco_digital.errors import CorpusError
from sco_digital.index import build
from sco_digital.load import load_corpus

__all__ = ["cache_home"]

RECORDS = [
    {"title": "SCO digital forum opens", "maintext": "More than 830 professionals were trained in 2024.",
     "date_publish": "2025-08-28", "language": "en", "authors": ["Li Wei"], "source_domain": "example.org"},
    {"title": "Digitales Forum", "maintext": "Mehr als 830 Fachkräfte wurden 2024 ausgebildet.",
     "date_publish": "2025-08-29", "language": "de"},
    {"title": "No text at all"},
    {"text": "Kazakhstan trained 120 engineers.", "date": "2025-09-01"},
]


SKIPPED = [(".hidden", "hidden", None), ("binary.txt", "binary", None), ("feeds/feed.jsonl", "no text", 3),
           ("pipe.txt", "special file", None)]


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def _jsonl(records: list[dict[str, object]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def _mixed(folder: Path) -> Path:
    _write(folder, "2025-08-28_xinhua_trade.txt", "China-SCO trade\nTrade rose 9.3 percent to 512 billion dollars.\n")
    _write(folder, "2025-08-28_reuters_trade.txt", "SCO trade\nTrade grew by about 9 percent.\n")
    _write(folder, "notes.md", "# Notizen\n\nMehr als 830 Fachkräfte wurden ausgebildet.\n")
    _write(folder, "archiv/bericht_1252.txt", "Bericht\nÜber 40 Vertreter nahmen teil.\n".encode("cp1252"))
    _write(folder, "feeds/feed.jsonl", _jsonl(RECORDS))
    _write(folder, "binary.txt", b"\x00\x01\x02binary\x00")
    _write(folder, ".hidden/secret.txt", "Never read.\n")
    os.mkfifo(folder / "pipe.txt")
    return folder


@pytest.mark.parametrize("language_of_record", ["en", "de"])
def test_a_news_record_file_is_indexed_one_article_per_record(tmp_path: Path, cache_home: Path,
                                                               language_of_record: str) -> None:
    folder = _mixed(tmp_path / "corpus")
    expected = fresh(folder)
    cold = load_corpus(folder)
    assert snapshot(cold) == expected
    assert "feeds/feed.jsonl" in analysed(), "the JSONL file went past the index"
    ids = [a.id for a in cold.articles]
    assert ids == ["2025-08-28_reuters_trade", "2025-08-28_xinhua_trade", "bericht", "feed-1", "feed-2", "feed-4",
                   "notes"]
    record = cold.article("feed-1" if language_of_record == "en" else "feed-2")
    assert (record.path, record.format, record.language) == ("feeds/feed.jsonl", "jsonl", language_of_record)
    assert any("830" in f.text for f in cold.figures_in(record.id))
    build.last_report = None
    warm = load_corpus(folder)
    assert build.last_report is None, "the warm load built again"
    assert snapshot(warm) == expected
    assert [(s.path, s.kind, s.line) for s in warm.skipped] == SKIPPED


def test_a_changed_record_file_replaces_all_its_articles_together(tmp_path: Path, cache_home: Path) -> None:
    folder = _mixed(tmp_path / "corpus")
    load_corpus(folder)
    _write(folder, "feeds/feed.jsonl", _jsonl(RECORDS[1:2]))  # one record left, no skip
    corpus = load_corpus(folder)
    assert analysed() == ["feeds/feed.jsonl"]
    assert [a.id for a in corpus.articles if a.path == "feeds/feed.jsonl"] == ["feed-1"]
    assert corpus.article("feed-1").title == "Digitales Forum"
    assert not any(f.article.startswith("feed-") and f.article != "feed-1" for f in corpus.figures)
    assert not any(s.path == "feeds/feed.jsonl" for s in corpus.skipped)
    assert snapshot(corpus) == fresh(folder)
    (folder / "feeds" / "feed.jsonl").unlink()
    corpus = load_corpus(folder)
    assert not any(a.id.startswith("feed") for a in corpus.articles)
    assert snapshot(corpus) == fresh(folder)


def test_search_finds_a_record_of_a_news_file(tmp_path: Path, cache_home: Path) -> None:
    folder = _mixed(tmp_path / "corpus")
    corpus = load_corpus(folder)
    assert corpus.matching_articles(["fachkrafte"]) == ["feed-2", "notes"]  # type: ignore[attr-defined]
    assert corpus.matching_articles(["nonexistentword"]) == []  # type: ignore[attr-defined]


def test_a_record_id_taken_by_another_file_is_an_error_through_the_index(tmp_path: Path, cache_home: Path) -> None:
    _write(tmp_path, "feed.jsonl", _jsonl(RECORDS[:1]))
    _write(tmp_path, "feed-1.txt", "Title\nA text whose id is feed-1.\n")
    with pytest.raises(CorpusError, match="duplicate article id 'feed-1'"):
        load_corpus(tmp_path, use_cache=False)
    with pytest.raises(CorpusError, match="duplicate article id 'feed-1'"):
        load_corpus(tmp_path)


@pytest.mark.parametrize("content", [b"\x00\x00\x00", _jsonl([{"title": "No text"}]).encode()])
def test_a_folder_of_skipped_files_only_is_an_error_through_the_index(tmp_path: Path, cache_home: Path,
                                                                     content: bytes) -> None:
    _write(tmp_path, "only.jsonl" if content.startswith(b"{") else "only.txt", content)
    for use_cache in (False, True, True):
        with pytest.raises(CorpusError, match="no article could be read"):
            load_corpus(tmp_path, use_cache=use_cache)


def test_follow_links_is_honoured_through_the_index(tmp_path: Path, cache_home: Path) -> None:
    folder = tmp_path / "corpus"
    _write(folder, "001_a.txt", "Title\nChina trained more than 830 professionals.\n")
    outside = _write(tmp_path / "elsewhere", "002_b.txt", "Titel\nChina bildete 40 Fachkräfte aus.\n")
    os.symlink(outside, folder / "002_b.txt")
    assert [a.id for a in load_corpus(folder).articles] == ["001"]
    followed = load_corpus(folder, follow_links=True)
    assert [a.id for a in followed.articles] == ["001", "002"]
    assert snapshot(followed) == snapshot(load_corpus(folder, use_cache=False, follow_links=True))
    assert [a.id for a in load_corpus(folder).articles] == ["001"]


def test_strict_refuses_a_guessed_encoding_with_or_without_the_index(tmp_path: Path, cache_home: Path) -> None:
    _write(tmp_path, "001_a.txt", "Title\nChina trained more than 830 professionals.\n")
    _write(tmp_path, "002_b.txt", "Bericht\nÜber 40 Vertreter.\n".encode("cp1252"))
    assert len(load_corpus(tmp_path).articles) == 2
    for use_cache in (True, False):
        with pytest.raises(CorpusError, match="strict"):
            load_corpus(tmp_path, use_cache=use_cache, strict=True)


def test_a_page_skipped_for_want_of_the_extra_is_read_once_it_is_installed(tmp_path: Path, cache_home: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("trafilatura")
    import sys

    _write(tmp_path, "001_a.txt", "Title\nChina trained more than 830 professionals.\n")
    _write(tmp_path, "002_page.html", "<html><head><title>Forum</title></head><body><article><p>"
           + "Kazakhstan trained 120 engineers at the forum in Astana this year. " * 4 + "</p></article></body></html>")
    with monkeypatch.context() as without:
        without.setitem(sys.modules, "trafilatura", None)  # as if not installed
        corpus = load_corpus(tmp_path)
        assert [(s.path, s.kind) for s in corpus.skipped] == [("002_page.html", "extra missing")]
    corpus = load_corpus(tmp_path)
    assert [a.id for a in corpus.articles] == ["001", "002"] and corpus.skipped == ()
