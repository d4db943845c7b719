"""serve and the browser site: Datasette over a snapshot of the index (extra [web]).

HTTP-level tests use Datasette's own test client on the built-in corpus and on a corpus with a
conflict; expected rows come from the library's records, not from copies of them. The browser
test runs `sco-digital serve` for real and has headless Chromium take screenshots, kept under
`$SCO_DIGITAL_ARTIFACTS` (else /tmp/sco-digital-artifacts); it is skipped without Chromium.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("datasette")

from datasette.app import Datasette  # noqa: E402

from sco_digital import load_corpus  # noqa: E402
from sco_digital.web import CANNED, DATABASE, prepare_site  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
BUILTIN = REPO / "corpus"
CONFLICT = REPO / "tests" / "data" / "conflict"
JSON_COLUMNS = ("topics", "articles", "figures", "evidence")


def _site(corpus: Path, folder: Path) -> tuple[Datasette, Path]:
    site = prepare_site(corpus, folder)
    ds = Datasette(immutables=[str(site.database)], metadata=site.metadata)
    return ds, site.database


@pytest.fixture(scope="module")
def builtin_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Datasette, Path]:
    return _site(BUILTIN, tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="module")
def conflict_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Datasette, Path]:
    return _site(CONFLICT, tmp_path_factory.mktemp("site"))


def get(ds: Datasette, path: str) -> Any:
    async def fetch() -> Any:
        response = await ds.client.get(path)
        assert response.status_code == 200, (path, response.text[:500])
        return response.json() if ".json" in path else response.text

    return asyncio.run(fetch())


def query(ds: Datasette, name: str, **params: str) -> list[dict[str, Any]]:
    arguments = "&".join(f"{k}={urllib.request.quote(v)}" for k, v in params.items())
    return get(ds, f"/{DATABASE}/{name}.json?_shape=array&{arguments}")


def _as_records(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # JSON lists are text in SQLite; a conflict's value is a JSON list.
    decoded = []
    for row in rows:
        row = {k: json.loads(v) if k in JSON_COLUMNS else v for k, v in row.items()}
        if isinstance(row["value"], str):
            row["value"] = json.loads(row["value"])
        decoded.append(row)
    return decoded


# ---- the canned queries -------------------------------------------------------------------------


@pytest.mark.parametrize("corpus_dir", [BUILTIN, CONFLICT], ids=["builtin", "conflict"])
def test_facts_query_gives_the_same_facts_as_the_cli(corpus_dir, run, builtin_site, conflict_site):
    ds = builtin_site[0] if corpus_dir == BUILTIN else conflict_site[0]
    cli = run("--corpus", str(corpus_dir), "facts", "--json")
    assert cli.exit_code == 0
    assert _as_records(query(ds, "all_facts", topic="")) == json.loads(cli.stdout)


@pytest.mark.parametrize("topic", ["talent", "economy", "health"])
def test_facts_query_by_topic_matches_the_cli(topic, run, builtin_site):
    cli = json.loads(run("facts", "--topic", topic, "--json").stdout)
    assert [r["id"] for r in query(builtin_site[0], "all_facts", topic=topic)] == [f["id"] for f in cli]


def test_every_canned_query_runs(builtin_site):
    params = {"topic": "", "measure": "", "article": "001", "query": "digital"}
    for name, (_, _, sql) in CANNED.items():
        wanted = {p: params[p] for p in params if f":{p}" in sql}
        assert isinstance(query(builtin_site[0], name, **wanted), list), name


@pytest.mark.parametrize("corpus_dir", [BUILTIN, CONFLICT], ids=["builtin", "conflict"])
def test_conflicts_show_every_quote(corpus_dir, builtin_site, conflict_site):
    ds = builtin_site[0] if corpus_dir == BUILTIN else conflict_site[0]
    corpus = load_corpus(corpus_dir)
    expected = sorted((e.article, e.quote) for f in corpus.facts if f.status == "conflict" for e in f.evidence)
    rows = query(ds, "conflicts")
    assert sorted((r["article"], r["quote"]) for r in rows) == expected
    if corpus_dir == CONFLICT:  # 12.5 in English beside 11.8 in German
        assert {(r["language"], r["value"]) for r in rows} == {("en", 12.5), ("de", 11.8)}
    else:
        assert rows == []  # the built-in corpus has no conflict


def test_across_languages_puts_german_beside_english(builtin_site, corpus):
    rows = query(builtin_site[0], "across_languages")
    figures = {f.id: f for f in corpus.figures}
    both = [f for f in corpus.facts if {figures[i].language for i in f.figures} >= {"de", "en"}]
    assert {r["statement"] for r in rows} == {f.statement for f in both} and rows
    for row in rows:
        assert (row["article_de"], row["quote_de"]) in {(figures[i].article, figures[i].evidence.quote)
                                                       for i in figures if figures[i].language == "de"}
        assert row["value_de"] == row["value_en"]  # consistent facts in the built-in corpus
    assert any("9,3 Prozent" in r["quote_de"] and "9.3 percent" in r["quote_en"] for r in rows)


@pytest.mark.parametrize("topic", ["talent", "economy", "", "no-such-topic"])
def test_figures_by_topic_with_their_sentence(topic, builtin_site, corpus):
    rows = query(builtin_site[0], "figures_by_topic", topic=topic, measure="")
    expected = [f for f in corpus.figures if not topic or topic in f.topics]
    assert [r["id"] for r in rows] == [f.id for f in expected]
    assert [r["sentence"] for r in rows] == [f.evidence.quote for f in expected]


@pytest.mark.parametrize("article", ["000", "001", "004", "999"])
def test_article_figures_in_text_order(article, builtin_site, corpus):
    rows = query(builtin_site[0], "article_figures", article=article)
    expected = sorted((f for f in corpus.figures if f.article == article), key=lambda f: f.evidence.start)
    assert [r["id"] for r in rows] == [f.id for f in expected]
    assert [r["id"] for r in rows] == sorted((r["id"] for r in rows), key=lambda i: int(i.split(":")[1]))


def test_people_with_roles_and_articles(builtin_site, corpus):
    rows = {r["id"]: r for r in query(builtin_site[0], "people")}
    people = [a for a in corpus.actors if a.kind == "person"]
    assert set(rows) == {p.id for p in people} and rows
    titles = {a.id: a.title for a in corpus.articles}
    for person in people:
        row = rows[person.id]
        assert row["name"] == person.name and row["role"] == person.role
        assert sorted((row["articles"] or "").split("\n")) == sorted(f"{a}: {titles[a]}" for a in person.articles)
    assert rows["xiong-jijun"]["affiliation"] == "Ministry of Industry and Information Technology"


@pytest.mark.parametrize("words, article", [
    ("Fachkräfte", "000"),          # German
    ("Fachkrafte", "000"),          # diacritics folded
    ("professionals", "001"),       # English
    ("Quantenchromodynamik", None),  # must find nothing
])
def test_full_text_search(words, article, builtin_site):
    rows = query(builtin_site[0], "search", query=words)
    if article is None:
        assert rows == []
    else:
        assert article in [r["id"] for r in rows]
        assert all("»" in r["passage"] for r in rows)
    table = get(builtin_site[0], f"/{DATABASE}/articles.json?_shape=array&_search={urllib.request.quote(words)}")
    assert ([article] if article else []) <= [r["id"] for r in table]


# ---- labels, descriptions, facets, read-only ----------------------------------------------------


def test_labels_show_names_not_ids(builtin_site, corpus):
    ds = builtin_site[0]
    rows = get(ds, f"/{DATABASE}/actor_articles.json?_shape=array&_labels=on&actor=xiong-jijun")
    assert {r["actor"]["label"] for r in rows} == {"Xiong Jijun"}
    titles = {a.id: a.title for a in corpus.articles}
    assert {r["article"]["label"] for r in rows} == {titles[r["article"]["value"]] for r in rows}
    figures = get(ds, f"/{DATABASE}/figures.json?_shape=array&_labels=on&article=001")
    assert {f["article"]["label"] for f in figures} == {titles["001"]}
    page = get(ds, f"/{DATABASE}/actor_mentions?actor=xiong-jijun")
    assert "Xiong Jijun" in page


def test_descriptions_facets_and_sort(builtin_site):
    ds = builtin_site[0]
    page = get(ds, f"/{DATABASE}/figures")
    assert "the sentence it came from" in page and "How the text hedges the number" in page
    facts = get(ds, f"/{DATABASE}/facts.json?_shape=objects")
    assert {"status", "unit", "qualifier"} <= {f["name"] for f in facts["facet_results"].values()}
    counts = [r["article_count"] for r in facts["rows"]]
    assert counts == sorted(counts, reverse=True) and counts[0] == 2
    units = get(ds, f"/{DATABASE}/units.json?_shape=array")
    assert {"percent", "percentage_point", "count"} <= {u["id"] for u in units}
    assert all(u["explained"] for u in units)


def test_server_cannot_write(builtin_site):
    ds, path = builtin_site
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    async def attempt() -> int:
        response = await ds.client.get(f"/{DATABASE}.json?sql=" + urllib.request.quote("DELETE FROM facts"))
        return response.status_code

    assert asyncio.run(attempt()) == 400
    with pytest.raises(AssertionError):  # Datasette refuses a write connection to an immutable file
        asyncio.run(ds.get_database(DATABASE).execute_write("DELETE FROM facts"))
    assert len(query(ds, "all_facts", topic="")) == len(load_corpus(BUILTIN).facts)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_user_corpus_is_never_written(tmp_path, corpus_copy):
    before = sorted((p.name, p.read_bytes()) for p in corpus_copy.iterdir())
    prepare_site(corpus_copy, tmp_path)
    assert sorted((p.name, p.read_bytes()) for p in corpus_copy.iterdir()) == before


# ---- the command --------------------------------------------------------------------------------


def test_missing_extra_is_a_usage_error(run, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "datasette" else real(name, *a))
    result = run("serve")
    assert result.exit_code == 2 and "pip install 'sco-digital[web]'" in result.stderr


def test_port_in_use_is_one_line_exit_1(run):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        result = run("serve", "--port", str(taken.getsockname()[1]))
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0 and "in use" in result.stderr


def test_no_index_is_one_line_exit_1(run):
    result = run("serve", "--port", "0", env={"SCO_DIGITAL_NO_CACHE": "1"})
    assert result.exit_code == 1 and result.stderr.strip().count("\n") == 0
    assert "no index" in result.stderr


def test_non_loopback_host_warns(run):
    result = run("serve", "--host", "203.0.113.7", "--port", "0")  # TEST-NET-3: cannot bind
    assert "visible to the network" in result.stderr and result.exit_code == 1
    quiet = run("serve", "--host", "localhost", "--port", "1", env={"SCO_DIGITAL_NO_CACHE": "1"})
    assert "visible to the network" not in quiet.stderr


# ---- a real browser -----------------------------------------------------------------------------


def _chromium() -> str | None:
    return next(filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_up(url: str, server: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert server.poll() is None, "the server ended early"
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"{url} did not answer within {seconds} s")


@pytest.mark.skipif(_chromium() is None, reason="no Chromium on this machine")
def _default_sigint() -> None:
    """Ctrl-C as a terminal sends it: a test runner started in the background of a shell ignores
    SIGINT, and a child inherits that, so the server would never see it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_browser_screenshots_and_ctrl_c(tmp_path):
    artifacts = Path(os.environ.get("SCO_DIGITAL_ARTIFACTS") or "/tmp/sco-digital-artifacts")
    artifacts.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    server = subprocess.Popen([sys.executable, "-m", "sco_digital", "--corpus", str(CONFLICT), "serve",
                               "--port", str(port)], cwd=tmp_path, env=env, start_new_session=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=_default_sigint)
    try:
        _wait_until_up(f"{base}/{DATABASE}/conflicts.json", server)
        with urllib.request.urlopen(f"{base}/{DATABASE}/conflicts.json?_shape=array") as response:
            assert {r["value"] for r in json.load(response)} == {12.5, 11.8}
        shots = {"conflicts": f"{base}/{DATABASE}/conflicts", "article": f"{base}/{DATABASE}/articles/011"}
        for name, url in shots.items():
            png = artifacts / f"web-{name}.png"
            png.unlink(missing_ok=True)
            subprocess.run([_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                            "--window-size=1280,1100", f"--screenshot={png}", url],
                           check=True, capture_output=True, timeout=120)
            assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    finally:
        os.killpg(server.pid, signal.SIGINT)  # what Ctrl-C on a terminal does: the whole group
        _, err = server.communicate(timeout=30)
    assert server.returncode == 0, err.decode()
    assert "Stopped." in err.decode() and "Traceback" not in err.decode()


def test_no_canned_query_hides_a_table(builtin_site):
    import sqlite3

    with sqlite3.connect(builtin_site[1]) as db:
        tables = {name for name, in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    assert tables and not tables & set(CANNED)
