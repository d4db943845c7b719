"""Reading the articles users have: formats, encodings, folders, ids, skips (issue 15)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sco_digital import load_corpus
from sco_digital.errors import CorpusError, UnknownId
from sco_digital.load.folder import article_ids, scan_folder
from sco_digital.load.read import decode_text, read_document

SAMPLES = Path("/work/shared/samples/html")
REPO = Path(__file__).resolve().parent.parent
EN = "Title\nChina trained more than 830 professionals in 2024.\n"
DE = "Titel\nChina bildete mehr als 830 Fachkräfte aus.\n"


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def _has_trafilatura() -> bool:
    import importlib.util

    return importlib.util.find_spec("trafilatura") is not None


# ---- encodings --------------------------------------------------------------------------------

ENCODINGS = [
    # (bytes, expected text, encoding, guessed)
    (EN.encode("utf-8"), EN, "utf-8", False),
    (DE.encode("utf-8"), DE, "utf-8", False),
    (b"\xef\xbb\xbf" + DE.encode("utf-8"), DE, "utf-8-sig", False),
    ("\ufeff".encode("utf-16-le") + DE.encode("utf-16-le"), DE, "utf-16", False),
    ("\ufeff".encode("utf-16-be") + EN.encode("utf-16-be"), EN, "utf-16", False),
    (DE.encode("cp1252"), DE, "windows-1252", True),
    ("Preis: 5 € – „Grüße“\n".encode("cp1252"), "Preis: 5 € – „Grüße“\n", "windows-1252", True),
    ("Gr\xfc\xdfe \x81\n".encode("latin-1"), "Gr\xfc\xdfe \x81\n", "latin-1", True),
]


@pytest.mark.parametrize("raw,text,encoding,guessed", ENCODINGS)
def test_encodings_are_detected_and_read(raw, text, encoding, guessed):
    assert decode_text(raw, "x.txt") == (text, encoding, guessed)


@pytest.mark.parametrize("raw", [b"\x00\x01\x02PNG\r\n", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(32)) * 4])
def test_binary_bytes_are_skipped_not_read(raw, tmp_path):
    _write(tmp_path, "001_a.txt", EN)
    _write(tmp_path, "002_b.txt", raw)
    corpus = load_corpus(tmp_path, use_cache=False)
    assert [a.id for a in corpus.articles] == ["001"]
    assert [(s.path, s.kind) for s in corpus.skipped] == [("002_b.txt", "binary")]
    with pytest.raises(CorpusError, match="binary.*--strict"):
        load_corpus(tmp_path, use_cache=False, strict=True)


def test_a_windows_1252_german_file_loads_and_check_names_the_encoding(tmp_path, run):
    _write(tmp_path, "001_de.txt", ("Fachkräfte für Usbekistan\nMehr als 830 Fachkräfte wurden "
                                    "ausgebildet, für 5 € je Stunde.\n").encode("cp1252"))
    corpus = load_corpus(tmp_path, use_cache=False)
    assert "Fachkräfte" in corpus.articles[0].text and "5 €" in corpus.articles[0].text
    result = run("--corpus", str(tmp_path), "check", "--json")
    warnings = json.loads(result.stdout)["warnings"]
    assert {"check": "encoding", "message": "read as windows-1252 (guessed)", "article": "001"} in warnings
    strict = run("--corpus", str(tmp_path), "--strict", "articles")
    assert strict.exit_code == 1 and "not UTF-8" in strict.stderr


# ---- ids --------------------------------------------------------------------------------------

IDS = [
    (["001_a.txt", "002_b.txt"], ["001", "002"]),
    (["2025-08-28_xinhua_trade.txt", "2025-08-28_reuters_trade.txt"],
     ["2025-08-28_xinhua_trade", "2025-08-28_reuters_trade"]),
    (["a.txt", "a.md"], ["a.txt", "a.md"]),
    (["x/001_a.txt", "y/001_a.txt"], ["x/001_a", "y/001_a"]),
    (["bericht.TXT", "notes.Md"], ["bericht", "notes"]),
    (["12:30_x.txt"], ["12_30"]),
    (["_lead.txt"], ["_lead.txt"]),
]


@pytest.mark.parametrize("names,ids", IDS)
def test_ids_never_collide(names, ids):
    assert [i for i, _ in article_ids(Path("."), names)] == ids


def test_a_unique_prefix_names_an_article(tmp_path, run):
    _write(tmp_path, "2025-08-28_xinhua_trade.txt", EN)
    _write(tmp_path, "2025-08-28_reuters_trade.txt", DE)
    corpus = load_corpus(tmp_path, use_cache=False)
    assert corpus.article("2025-08-28_x").id == "2025-08-28_xinhua_trade"
    with pytest.raises(UnknownId) as caught:
        corpus.article("2025-08-28")  # a prefix of two ids names neither
    assert set(caught.value.suggestions) == {"2025-08-28_xinhua_trade", "2025-08-28_reuters_trade"}
    shown = run("--corpus", str(tmp_path), "figures", "--article", "2025-08-28_r", "--json")
    assert shown.exit_code == 0 and {f["article"] for f in json.loads(shown.stdout)} == {"2025-08-28_reuters_trade"}


# ---- folders ----------------------------------------------------------------------------------


def test_folders_are_read_recursively_and_hidden_things_skipped(tmp_path):
    _write(tmp_path, "001_a.txt", EN)
    _write(tmp_path, "reuters/002_b.md", EN)
    _write(tmp_path, "reuters/deep/003_c.TXT", DE)
    _write(tmp_path, ".git/004_d.txt", EN)
    _write(tmp_path, ".005_e.txt", EN)
    _write(tmp_path, "notes.docx", b"PK\x03\x04")
    _write(tmp_path, "reuters/002_b.yaml", "title: B\n")
    listing = scan_folder(tmp_path)
    assert listing.articles == ["001_a.txt", "reuters/002_b.md", "reuters/deep/003_c.TXT"]
    assert [(s.path, s.kind) for s in listing.skipped] == [
        (".005_e.txt", "hidden"), (".git", "hidden"), ("notes.docx", "other type")]
    corpus = load_corpus(tmp_path, use_cache=False)
    assert [(a.id, a.path, a.format) for a in corpus.articles] == [
        ("001", "001_a.txt", "txt"), ("002", "reuters/002_b.md", "md"), ("003", "reuters/deep/003_c.TXT", "txt")]
    assert corpus.article("002").title == "B"


def test_links_out_of_the_corpus_are_not_followed_unless_asked(tmp_path):
    corpus_dir, outside = tmp_path / "c", tmp_path / "outside"
    _write(corpus_dir, "001_a.txt", EN)
    _write(outside, "002_b.txt", DE)
    os.symlink(outside / "002_b.txt", corpus_dir / "002_b.txt")
    os.symlink(outside, corpus_dir / "more")
    os.symlink(corpus_dir / "001_a.txt", corpus_dir / "003_inside.txt")
    corpus = load_corpus(corpus_dir, use_cache=False)
    assert [a.id for a in corpus.articles] == ["001", "003"]
    assert [(s.path, s.kind) for s in corpus.skipped] == [("002_b.txt", "link out"), ("more", "link out")]
    followed = load_corpus(corpus_dir, use_cache=False, follow_links=True)
    assert [a.path for a in followed.articles] == ["001_a.txt", "002_b.txt", "003_inside.txt", "more/002_b.txt"]


def test_a_fifo_is_listed_never_opened(tmp_path, run):
    _write(tmp_path, "001_a.txt", EN)
    os.mkfifo(tmp_path / "002_b.txt")
    result = subprocess.run(["timeout", "60", sys.executable, "-m", "sco_digital", "--corpus", str(tmp_path),
                             "articles", "--json"], capture_output=True, text=True, cwd=REPO,
                            env={**os.environ, "SCO_DIGITAL_NO_CACHE": "1"})
    assert result.returncode == 0, result.stderr
    assert [a["id"] for a in json.loads(result.stdout)] == ["001"]
    assert "Skipped 1 file or record (1 special file)" in result.stderr
    check = json.loads(run("--corpus", str(tmp_path), "check", "--json").stdout)
    assert check["skipped"] == [{"path": "002_b.txt", "kind": "special file", "reason": "a FIFO, never opened",
                                 "line": None}]


# ---- news records -----------------------------------------------------------------------------

NEWS_PLEASE = [
    {"title": "SCO digital forum opens", "maintext": "More than 830 professionals were trained in 2024.",
     "date_publish": "2025-08-28 10:00:00", "url": "https://example.org/a", "language": "en",
     "authors": ["Li Wei", "Anna Schmidt"], "source_domain": "example.org"},
    {"title": "Digitales Forum", "maintext": "Mehr als 830 Fachkräfte wurden 2024 ausgebildet.",
     "date_publish": "2025-08-29", "language": "de", "authors": [], "source_domain": "beispiel.de"},
    {"text": "A plain record: 12 companies joined.", "date": "2025-09-01"},
    {"title": "No text at all"},
    {"maintext": "Bad date 5 percent.", "date_publish": "2025-13-45"},
    {"maintext": 5},
]


def test_news_please_jsonl_gives_one_article_per_record_and_skips_bad_ones(tmp_path):
    lines = [json.dumps(r, ensure_ascii=False) for r in NEWS_PLEASE] + ["{not json", "NaN"]
    _write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    corpus = load_corpus(tmp_path, use_cache=False)
    first, second, third = corpus.articles
    assert (first.id, first.title, first.published, first.url, first.language, first.authors, first.source,
            first.format, first.path) == ("feed-1", "SCO digital forum opens", "2025-08-28", "https://example.org/a",
                                          "en", ("Li Wei", "Anna Schmidt"), "example.org", "jsonl", "feed.jsonl")
    assert (second.id, second.language, second.published) == ("feed-2", "de", "2025-08-29")
    assert (third.id, third.published, third.title) == ("feed-3", "2025-09-01", "A plain record: 12 companies joined.")
    assert first.text[first.text.index("830"):].startswith("830 professionals")
    assert [(s.line, s.kind) for s in corpus.skipped] == [
        (4, "no text"), (5, "bad record"), (6, "bad record"), (7, "bad record"), (8, "bad record")]


def test_a_json_file_with_one_object_is_one_article_with_the_file_id(tmp_path):
    _write(tmp_path, "001_story.json", json.dumps(NEWS_PLEASE[1]))
    _write(tmp_path, "002_list.json", json.dumps(NEWS_PLEASE[:2]))
    corpus = load_corpus(tmp_path, use_cache=False)
    assert [a.id for a in corpus.articles] == ["001", "002-1", "002-2"]


# ---- HTML and PDF -----------------------------------------------------------------------------

# (file, title starts, published, language of the text, a phrase of the story, boilerplate that must be absent,
#  the first figure's text). Dates as the page's metadata gives them; dw.com's page declares none of its own
#  (its date is a teaser's), so it is not asserted.
PAGES = [
    ("heise.de.lithium.html", "Lithium aus dem Schredder", "2019-06-20", "Duesenfeld GmbH", "Cookie", "25 Prozent"),
    ("reuters.com.parasite.html", "'Parasite' scores historic upset", "2020-01-20", "South Korean thriller",
     "Reuters.com", None),
    ("spiegel.de.albtraum.html", "Ein Albtraum", "2018-12-22", "Claas Relotius", "Abonnement", None),
    ("sueddeutsche.de.flixtrain.html", "Flixbus attackiert Deutsche Bahn", "2019-05-17", "Deutschlandtakt",
     "Newsletter", None),
    ("vancouversun.com.microsoft.html", "Microsoft moves to erase", "2020-01-16", "invest US$1 billion",
     "Subscribe", "US$1 billion"),
    ("zeit.de.zugverkehr.html", "Zugverkehr: Im ICE", "2020-01-14", "von Madrid nach Stockholm", "Abo", None),
    ("scmp.com.playbook.html", "Carrie Lam should study", "2020-01-20", "spectacular re-election", "Newsletter",
     None),
    ("dw.com.uncork.html", "Uncork the mystery", None, "Ahr Valley", "Cookie", None),
]


@pytest.mark.skipif(not SAMPLES.is_dir() or not _has_trafilatura(), reason="needs the shared pages and [html]")
@pytest.mark.parametrize("name,title,published,phrase,boilerplate,first_figure", PAGES)
def test_saved_web_pages_give_the_story(tmp_path, name, title, published, phrase, boilerplate, first_figure):
    shutil.copyfile(SAMPLES / name, tmp_path / name)  # a temporary copy, never one in the repository
    corpus = load_corpus(tmp_path, use_cache=False)
    (article,) = corpus.articles
    assert article.format == "html" and article.title.startswith(title)
    if published is not None:
        assert article.published == published
    assert phrase in article.text and boilerplate not in article.text
    assert article.text.startswith(article.title)
    import hashlib

    assert article.sha256 == hashlib.sha256((SAMPLES / name).read_bytes()).hexdigest()
    figures = corpus.figures_in(article.id)
    if first_figure is not None:
        assert figures and figures[0].text.startswith(first_figure.split()[0])
    for figure in figures:
        start = int(figure.id.rsplit(":", 1)[1])
        assert article.text[start:start + len(figure.text)] == figure.text


def test_html_without_the_extra_is_skipped_with_a_message_naming_it(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # as if not installed
    _write(tmp_path, "001_a.txt", EN)
    _write(tmp_path, "002_page.html", "<html><body><p>Hello</p></body></html>")
    corpus = load_corpus(tmp_path, use_cache=False)
    assert [a.id for a in corpus.articles] == ["001"]
    (skip,) = corpus.skipped
    assert skip.kind == "extra missing" and "sco-digital[html]" in skip.reason


def test_a_pdf_scan_is_skipped_with_a_reason(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=200, height=200)
    with open(tmp_path / "002_scan.pdf", "wb") as out:
        writer.write(out)
    _write(tmp_path, "001_a.txt", EN)
    corpus = load_corpus(tmp_path, use_cache=False)
    assert [(s.path, s.kind) for s in corpus.skipped] == [("002_scan.pdf", "no text")]
    assert "scan" in corpus.skipped[0].reason


@pytest.mark.parametrize("raw", [b"", b"%PDF-1.4 broken", b"not a pdf at all"])
def test_a_broken_pdf_is_skipped_not_a_crash(raw, tmp_path):
    pytest.importorskip("pypdf")
    from sco_digital.load.read import Skip

    with pytest.raises(Skip):
        read_document(raw, "pdf", tmp_path / "x.pdf")


# ---- the folder of the issue ------------------------------------------------------------------


@pytest.mark.skipif(not SAMPLES.is_dir() or not _has_trafilatura(), reason="needs the shared pages and [html]")
@pytest.mark.parametrize("use_cache", [False, True])
def test_a_mixed_folder_loads_in_one_run(tmp_path, run, use_cache, monkeypatch):
    monkeypatch.setenv("SCO_DIGITAL_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "news"
    _write(folder, "2025-08-28_xinhua_trade.txt", "China-SCO trade\nTrade rose 9.3 percent to 512 billion dollars.\n")
    _write(folder, "2025-08-28_reuters_trade.txt", "SCO trade\nTrade grew by about 9 percent.\n")
    _write(folder, "notes.md", "# Notes\n\nMehr als 830 Fachkräfte wurden ausgebildet.\n")
    _write(folder, "archiv/bericht_1252.txt", "Bericht\nÜber 40 Vertreter nahmen teil, für 5 € je Stunde.\n"
           .encode("cp1252"))
    shutil.copyfile(SAMPLES / "heise.de.lithium.html", folder / "heise.html")
    (folder / "web").mkdir()
    shutil.copyfile(SAMPLES / "zeit.de.zugverkehr.html", folder / "web" / "zeit.htm")
    _write(folder, "feed.jsonl", "\n".join(json.dumps(r) for r in NEWS_PLEASE[:2]) + "\n")
    _write(folder, "scan.bin", b"\x00\x01")
    os.mkfifo(folder / "pipe.txt")
    corpus = load_corpus(folder, use_cache=use_cache)
    ids = [a.id for a in corpus.articles]
    assert sorted(ids) == sorted(["2025-08-28_xinhua_trade", "2025-08-28_reuters_trade", "notes", "bericht",
                                  "heise", "zeit", "feed-1", "feed-2"])
    assert {a.format for a in corpus.articles} == {"txt", "md", "html", "jsonl"}
    assert "Über 40 Vertreter" in corpus.article("bericht").text and "5 €" in corpus.article("bericht").text
    heise = corpus.article("heise")
    assert heise.title == "Lithium aus dem Schredder" and "Duesenfeld" in heise.text
    assert corpus.figures_in("heise")[0].text.startswith("25")
    assert corpus.article("zeit").title.startswith("Zugverkehr")
    assert sorted((s.path, s.kind) for s in corpus.skipped) == [("pipe.txt", "special file"),
                                                               ("scan.bin", "other type")]
    check = run("--corpus", str(folder), "check", "--json")
    report = json.loads(check.stdout)
    assert sorted(s["path"] for s in report["skipped"]) == ["pipe.txt", "scan.bin"]
    assert any(w["check"] == "encoding" and w["article"] == "bericht" for w in report["warnings"])
    assert "Skipped 2 files or records" in check.stderr


def test_article_keys_are_the_contract_with_path_and_format(run):
    assert run("articles", "--fields").stdout.split() == [
        "id", "path", "format", "title", "language", "published", "source", "authors", "url", "section", "sha256",
        "chars", "words", "curated"]
    first = json.loads(run("articles", "--json").stdout)[0]
    assert (first["path"], first["format"]) == ("000_51b28eae39e24daa.txt", "txt")
