"""The built-in corpus loads as verified records: quotes at their offsets, the expected figures."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from sco_digital import load_corpus
from sco_digital.errors import CorpusError
from sco_digital.records import to_dict
from sco_digital.schema import record_schema, validate

BUILTIN = Path(__file__).resolve().parent.parent / "corpus"

SEEDS = BUILTIN.parent.parent / "shared" / "seeds"


def test_five_articles_with_known_metadata(corpus):
    by_id = {a.id: a for a in corpus.articles}
    assert list(by_id) == ["000", "001", "002", "003", "004"]
    assert [by_id[i].language for i in by_id] == ["de", "en", "de", "en", "en"]
    assert [by_id[i].published for i in by_id] == ["2025-08-29", "2025-08-29", "2025-09-11", "2025-07-16", "2025-06-13"]
    assert by_id["000"].url == "http://german.china.org.cn/txt/2025-08/29/content_118049239.htm"
    assert by_id["000"].section == "Digitale Technologie"
    assert by_id["001"].authors == ("Yan Dongjie",)
    assert by_id["004"].authors == ("He Yin",)
    assert by_id["002"].authors == ()
    assert all(a.curated for a in corpus.articles)


def test_texts_are_kept_byte_for_byte(corpus):
    for article in corpus.articles:
        raw = (Path(corpus.root) / article.path).read_bytes()
        assert hashlib.sha256(raw).hexdigest() == article.sha256
        assert raw.decode("utf-8") == article.text
        seeds = list(SEEDS.glob(f"{article.id}_*.txt")) if SEEDS.is_dir() else []
        if seeds:
            assert seeds[0].read_bytes() == raw


def test_every_quote_is_found_at_its_offsets(corpus):
    texts = {a.id: a.text for a in corpus.articles}
    for figure in corpus.figures:
        ev = figure.evidence
        assert texts[ev.article][ev.start:ev.end] == ev.quote
        offset = int(figure.id.split(":")[1])
        assert texts[figure.article][offset:offset + len(figure.text)] == figure.text
        assert ev.start <= offset and offset + len(figure.text) <= ev.end
    for record in (*corpus.actors, *corpus.initiatives):
        assert record.mentions, record.id
        for m in record.mentions:
            assert texts[m.article][m.start:m.end] == m.quote


def _figures(corpus, article):
    return {(f.value, f.unit, f.qualifier) for f in corpus.figures_in(article)}


@pytest.mark.parametrize("article, expected", [
    ("000", {(9.3, "percent", "exact"), (830, "count", "more_than")}),
    ("001", {(9.3, "percent", "exact"), (3.4, "percentage_point", "exact"), (6.4, "percent", "exact"),
             (25.7, "percent", "exact"), (7.5, "percent", "exact"), (830, "count", "more_than")}),
    ("002", {(300, "count", "nearly"), (11, "count", "exact")}),
    ("003", {(20, "count", "more_than"), (29000, "count", "exact"), (43, "percent", "exact"),
             (70, "percent", "more_than"), (10, "count", "exact")}),
    ("004", {(1500000, "count", "more_than"), (40, "percent", "nearly"), (40, "count", "nearly")}),
])
def test_every_statistic_of_each_article(corpus, article, expected):
    assert _figures(corpus, article) == expected
    assert len(corpus.figures_in(article)) == len(expected)


def test_no_date_year_ordinal_or_technology_is_a_figure(corpus):
    for figure in corpus.figures:
        assert figure.text not in {"2025", "2023", "2024", "5G", "78th", "08:20", "5", "6"}
        assert not (isinstance(figure.value, int) and 1900 <= figure.value <= 2100)


def test_records_validate_against_their_schema(corpus):
    for name, records in (("article", corpus.articles), ("figure", corpus.figures), ("actor", corpus.actors),
                          ("initiative", corpus.initiatives), ("fact", corpus.facts)):
        schema = record_schema(name)
        for record in records:
            assert validate(to_dict(record), schema) == [], (name, record.id)


def test_schema_validator_catches_a_wrong_record(corpus):
    bad = to_dict(corpus.figures[0]) | {"unit": "parsecs"}
    assert validate(bad, record_schema("figure"))


@pytest.mark.parametrize("actor_id, article, as_written", [
    ("miit", "000", "Ministerium für Industrie und Informationstechnologie"),
    ("miit", "001", "Ministry of Industry and Information Technology"),
    ("sco", "000", "Shanghaier Organisation für Zusammenarbeit"),
    ("sco", "001", "Shanghai Cooperation Organization"),
    ("uzbekistan", "003", "Uzbekistan"),
    ("xiong-jijun", "000", "Xiong Jijun"),
    ("xiong-jijun", "001", "Xiong Jijun"),
    ("tianjin", "000", "Tianjin"),
])
def test_aliases_match_in_german_and_english(corpus, actor_id, article, as_written):
    actor = corpus.actor(actor_id)
    assert as_written in {m.quote for m in actor.mentions if m.article == article}


def test_people_have_roles_and_affiliations(corpus):
    xiong = corpus.actor("xiong-jijun")
    assert xiong.kind == "person" and xiong.affiliation == "miit" and "Minister" in (xiong.role or "")
    assert set(xiong.articles) >= {"000", "001"}
    assert corpus.actor("uzbekistan").country == "UZB"
    assert corpus.actor("uzbekistan").names.get("de") == "Usbekistan"


def test_initiatives_with_dates_and_places(corpus):
    summit = corpus.initiative("sco-summit-2025")
    assert (summit.date, summit.end_date, summit.place) == ("2025-08-31", "2025-09-01", "tianjin")
    assert {"000", "001"} <= set(summit.articles)
    kinds = {i.kind for i in corpus.initiatives}
    assert {"forum", "summit", "programme", "plan", "project", "resolution"} <= kinds


# ---- bad corpora ---------------------------------------------------------------------------


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_a_quote_not_in_the_article_names_file_and_line(corpus_copy):
    sidecar = next(corpus_copy.glob("000_*.yaml"))
    text = sidecar.read_text(encoding="utf-8").replace("9,3 Prozent", "9,4 Prozent", 1)
    sidecar.write_text(text, encoding="utf-8")
    with pytest.raises(CorpusError) as caught:
        load_corpus(corpus_copy, use_cache=False)
    assert caught.value.path == sidecar and caught.value.line is not None
    assert "9,4 Prozent" in str(caught.value)


def test_unknown_sidecar_key_is_named(tmp_path):
    _write(tmp_path, "001_a.txt", "Title\nSome text with 12 workshops.\n")
    _write(tmp_path, "001_a.yaml", "title: T\nlanguage: en\nauthor: Someone\n")
    with pytest.raises(CorpusError, match=r"unknown key 'author'") as caught:
        load_corpus(tmp_path, use_cache=False)
    assert caught.value.line == 3


def test_wrong_type_is_named(tmp_path):
    _write(tmp_path, "001_a.txt", "Title\nText.\n")
    _write(tmp_path, "001_a.yaml", "authors: 5\n")
    with pytest.raises(CorpusError, match="authors"):
        load_corpus(tmp_path, use_cache=False)


def test_malformed_yaml_names_line_and_column(tmp_path):
    _write(tmp_path, "001_a.txt", "Title\nText.\n")
    _write(tmp_path, "001_a.yaml", "title: [unclosed\nlanguage: en\n")
    with pytest.raises(CorpusError) as caught:
        load_corpus(tmp_path, use_cache=False)
    assert caught.value.line is not None and caught.value.column is not None


def test_python_tags_are_an_error_not_code(tmp_path):
    marker = tmp_path / "pwned"
    _write(tmp_path, "001_a.txt", "Title\nText.\n")
    _write(tmp_path, "001_a.yaml", f"title: !!python/object/apply:os.system ['touch {marker}']\n")
    with pytest.raises(CorpusError, match="constructor"):
        load_corpus(tmp_path, use_cache=False)
    assert not marker.exists()


def test_shared_short_ids_fall_back_to_the_path(tmp_path):
    _write(tmp_path, "001_a.txt", "A\n")
    _write(tmp_path, "001_b.txt", "B\n")
    assert [a.id for a in load_corpus(tmp_path, use_cache=False).articles] == ["001_a", "001_b"]


def test_not_utf8_is_read_as_legacy_text_unless_strict(tmp_path):
    _write(tmp_path, "001_a.txt", "Gr\xfc\xdfe\n".encode("latin-1"))
    assert load_corpus(tmp_path, use_cache=False).articles[0].text == "Grüße\n"
    with pytest.raises(CorpusError, match="not UTF-8") as caught:
        load_corpus(tmp_path, use_cache=False, strict=True)
    assert caught.value.path.name == "001_a.txt"


def test_binary_is_named(tmp_path):
    _write(tmp_path, "001_a.txt", b"\x00\x01\x02PNG")
    with pytest.raises(CorpusError, match="binary"):
        load_corpus(tmp_path, use_cache=False)


def test_missing_and_empty_folders(tmp_path):
    with pytest.raises(CorpusError, match="does not exist"):
        load_corpus(tmp_path / "nope", use_cache=False)
    with pytest.raises(CorpusError, match="no articles"):
        load_corpus(tmp_path, use_cache=False)


def test_bom_and_crlf_keep_offsets_exact(tmp_path):
    text = "Title line\r\nChina has trained more than 830 professionals since 2023.\r\n"
    _write(tmp_path, "001_a.txt", b"\xef\xbb\xbf" + text.encode("utf-8"))
    _write(tmp_path, "001_a.yaml", "language: en\nfigures:\n  - {text: '830', value: 830, unit: count, "
                                   "qualifier: more_than, counted: professionals}\n")
    loaded = load_corpus(tmp_path, use_cache=False)
    figure = loaded.figures[0]
    assert loaded.articles[0].text == text
    assert figure.id == f"001:{text.index('830')}"
    assert text[figure.evidence.start:figure.evidence.end] == figure.evidence.quote
    assert loaded.articles[0].title == "Title line"


def test_a_very_large_file_is_refused_clearly(tmp_path, monkeypatch):
    import sco_digital.load.read as reader

    monkeypatch.setattr(reader, "MAX_ARTICLE_BYTES", 100)
    _write(tmp_path, "001_a.txt", "x " * 100)
    with pytest.raises(CorpusError, match="limit"):
        load_corpus(tmp_path, use_cache=False)


def test_defaults_without_sidecar(tmp_path):
    _write(tmp_path, "007_x.txt", " date 2025-03-04 Der Bericht über die Zusammenarbeit mit den Ländern ist da. "
                                 "Mehr als 40 Vertreter nahmen teil.\n")
    loaded = load_corpus(tmp_path, use_cache=False)
    article = loaded.articles[0]
    assert (article.id, article.published, article.language, article.curated) == ("007", "2025-03-04", "de", False)
    assert article.title.startswith("Der Bericht")
