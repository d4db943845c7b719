"""Text stored in decomposed Unicode (NFD) or with invisible characters inside words and
numbers reads as its NFC view; every offset and quote stays that of the stored text."""

from __future__ import annotations

import json
import unicodedata

import pytest

from sco_digital.textutil import matching_view

SENTENCE = "Seit 2023 hat China mehr als 8\u200b30 Fachkräfte ausgebildet. Die Fachkräfte kommen aus SCO-Ländern."


@pytest.fixture
def nfd_corpus(tmp_path):
    folder = tmp_path / "nfd"
    folder.mkdir()
    (folder / "001.txt").write_text(unicodedata.normalize("NFD", SENTENCE), encoding="utf-8")
    return folder


@pytest.mark.parametrize("text", ["plain ascii", "schon NFC: Fachkräfte", ""])
def test_text_that_needs_no_view_gets_none(text):
    assert matching_view(text) is None


@pytest.mark.parametrize("text", [unicodedata.normalize("NFD", SENTENCE), "8\u200b30", "Fach\u00adkräfte",
                                  "a\u0308\u0301b\ufeffc"])
def test_the_view_maps_back_to_the_stored_text(text):
    view, starts, ends = matching_view(text)
    assert unicodedata.is_normalized("NFC", view) and "\u200b" not in view and "\u00ad" not in view
    assert len(view) == len(starts) == len(ends)
    for i, ch in enumerate(view):
        assert unicodedata.normalize("NFC", text[starts[i]:ends[i]].replace("\u200b", "")).startswith(ch) or \
            ch in unicodedata.normalize("NFC", text[starts[i]:ends[i]])


@pytest.mark.parametrize("env", [{"SCO_DIGITAL_NO_CACHE": "1"}, {}], ids=["direct", "index"])
def test_figures_of_nfd_text_with_a_zero_width_space(run, nfd_corpus, env):
    result = run("--corpus", str(nfd_corpus), "figures", "--json", env=env)
    figures = json.loads(result.stdout)
    text = (nfd_corpus / "001.txt").read_text(encoding="utf-8")
    found = next(f for f in figures if f["value"] == 830)
    assert found["counted"] == "Fachkräfte"  # NFC, whole: not "Fachkra"
    start = int(found["id"].split(":")[1])
    assert text[start:start + len(found["text"])] == found["text"]
    ev = found["evidence"]
    assert text[ev["start"]:ev["end"]] == ev["quote"]


@pytest.mark.parametrize("env", [{"SCO_DIGITAL_NO_CACHE": "1"}, {}], ids=["direct", "index"])
@pytest.mark.parametrize("query", ["Fachkräfte", unicodedata.normalize("NFD", "Fachkräfte"), "Fachkrafte"])
def test_search_finds_nfd_text(run, nfd_corpus, env, query):
    passages = json.loads(run("--corpus", str(nfd_corpus), "search", query, "--json", env=env).stdout)
    text = (nfd_corpus / "001.txt").read_text(encoding="utf-8")
    assert len(passages) == 2
    for p in passages:
        assert text[p["start"]:p["end"]] == p["quote"]
