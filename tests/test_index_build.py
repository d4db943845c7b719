"""The index build: equal to a direct build, incremental, never inside the corpus, safe to run twice at once."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from index_corpus import (LEXICON, analysed, article_text, cache_home, env, folder_state, fresh, make_corpus,
                          sidecar_text, snapshot, write_article)
from sco_digital.errors import CorpusError
from sco_digital.index import build, warm
from sco_digital.load import load_corpus

__all__ = ["cache_home"]


def index_of(folder: Path, home: Path) -> Path:
    return build.index_path(home, folder)


def test_cold_and_warm_loads_equal_a_direct_load(tmp_path: Path, cache_home: Path) -> None:
    folder = make_corpus(tmp_path / "corpus")
    expected = fresh(folder)
    assert snapshot(load_corpus(folder)) == expected
    assert len(analysed()) == 5
    build.last_report = None
    assert snapshot(load_corpus(folder)) == expected
    assert build.last_report is None, "the warm load built again"
    assert index_of(folder, cache_home).is_file()


def test_builtin_corpus_through_the_index_equals_a_direct_load(cache_home: Path) -> None:
    expected = snapshot(load_corpus(None, use_cache=False))
    assert snapshot(load_corpus(None)) == expected
    assert snapshot(load_corpus(None)) == expected


def test_only_added_and_changed_articles_are_analysed_and_deleted_ones_go(tmp_path: Path, cache_home: Path) -> None:
    folder = make_corpus(tmp_path / "corpus")
    load_corpus(folder)
    write_article(folder, 7)
    corpus = load_corpus(folder)
    assert analysed() == ["007_report.txt"]
    assert snapshot(corpus) == fresh(folder)

    write_article(folder, 2, engineers=999)  # the text changes, and the sidecar with it
    corpus = load_corpus(folder)
    assert analysed() == ["002_report.txt"]
    assert snapshot(corpus) == fresh(folder)
    assert corpus.figures_in("002")[0].value == 999

    (folder / "003_report.txt").unlink()
    (folder / "003_report.yaml").unlink()
    corpus = load_corpus(folder)
    assert analysed() == [] and build.last_report is not None and build.last_report.removed == ["003_report.txt"]
    assert [a.id for a in corpus.articles] == ["000", "001", "002", "004", "007"]
    assert snapshot(corpus) == fresh(folder)
    db = sqlite3.connect(index_of(folder, cache_home))
    assert db.execute("SELECT count(*) FROM figure_rows WHERE article = '003'").fetchone() == (0,)


def test_a_changed_sidecar_alone_is_reflected(tmp_path: Path, cache_home: Path) -> None:
    folder = make_corpus(tmp_path / "corpus")
    load_corpus(folder)
    (folder / "001_report.yaml").write_text(sidecar_text(1, title="A new title"), encoding="utf-8")
    assert load_corpus(folder).article("001").title == "A new title"
    assert analysed() == ["001_report.txt"]
    (folder / "001_report.yaml").unlink()  # no sidecar: title from the first line, figures extracted
    assert snapshot(load_corpus(folder)) == fresh(folder)


def test_a_touched_file_with_the_same_content_costs_a_hash_not_an_analysis(tmp_path: Path, cache_home: Path) -> None:
    folder = make_corpus(tmp_path / "corpus")
    load_corpus(folder)
    path = folder / "004_report.txt"
    path.write_bytes(path.read_bytes())  # new mtime and ctime
    corpus = load_corpus(folder)
    assert analysed() == []
    assert snapshot(corpus) == fresh(folder)


def test_a_change_that_keeps_size_and_mtime_is_seen(tmp_path: Path, cache_home: Path) -> None:
    folder = make_corpus(tmp_path / "corpus")
    load_corpus(folder)
    path = folder / "004_report.txt"
    before = path.stat()
    path.write_text(article_text(4).replace("Kazakhstan trained", "Kazakhstan taught "), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # ctime still moves
    assert "taught" in load_corpus(folder).article("004").text
    assert analysed() == ["004_report.txt"]


def test_recently_changed_files_are_not_trusted_by_stat(tmp_path: Path, cache_home: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(warm, "RACY_NS", 10**18)  # everything is "recent"
    folder = make_corpus(tmp_path / "corpus")
    load_corpus(folder)
    build.last_report = None
    load_corpus(folder)
    assert build.last_report is not None and analysed() == [], "hashed again, not analysed again"


def test_a_changed_registry_or_code_invalidates_every_article(tmp_path: Path, cache_home: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    folder = make_corpus(tmp_path / "corpus")
    load_corpus(folder)
    (folder / "lexicon.yaml").write_text(LEXICON.replace("Ministry of Digital Development, de",
                                                         "Digital Ministry, de"), encoding="utf-8")
    corpus = load_corpus(folder)
    assert len(analysed()) == 5
    assert "ministry" not in [a.id for a in corpus.actors]
    assert snapshot(corpus) == fresh(folder)
    monkeypatch.setattr(warm, "SCHEMA_VERSION", -1)
    load_corpus(folder)
    assert len(analysed()) == 5


def test_an_error_keeps_the_other_articles_and_is_raised_every_time(tmp_path: Path, cache_home: Path) -> None:
    folder = make_corpus(tmp_path / "corpus")
    (folder / "001_report.yaml").write_text(sidecar_text(1).replace('"101 engineers"', '"101 Ingenieure"'),
                                            encoding="utf-8")
    with pytest.raises(CorpusError, match="001_report.yaml"):
        load_corpus(folder)
    assert len(analysed()) == 4
    with pytest.raises(CorpusError, match="001_report.yaml"):  # never served as if fine
        load_corpus(folder)
    write_article(folder, 1)
    corpus = load_corpus(folder)
    assert analysed() == ["001_report.txt"]
    assert snapshot(corpus) == fresh(folder)


@pytest.mark.parametrize("damage", ["garbage", "empty", "another schema"])
def test_a_damaged_or_foreign_index_is_rebuilt(tmp_path: Path, cache_home: Path, damage: str) -> None:
    folder = make_corpus(tmp_path / "corpus")
    expected = fresh(folder)
    load_corpus(folder).db.close()  # type: ignore[attr-defined]
    path = index_of(folder, cache_home)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    if damage == "another schema":
        path.unlink()
        db = sqlite3.connect(path)
        db.execute("CREATE TABLE figures (x)")
        db.commit()
        db.close()
    else:
        path.write_bytes(os.urandom(8192) if damage == "garbage" else b"")
    assert snapshot(load_corpus(folder)) == expected


def test_nothing_is_written_into_the_corpus_folder(tmp_path: Path, cache_home: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    folder = make_corpus(tmp_path / "corpus")
    before = folder_state(folder)
    load_corpus(folder)
    load_corpus(folder)
    assert folder_state(folder) == before
    for inside in (folder / ".cache", folder):  # not even when the cache dir is set inside it
        monkeypatch.setenv("SCO_DIGITAL_CACHE_DIR", str(inside))
        assert snapshot(load_corpus(folder)) == fresh(folder)
    assert folder_state(folder) == before


def test_no_cache_and_an_unwritable_cache_dir_build_directly(tmp_path: Path, cache_home: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    folder = make_corpus(tmp_path / "corpus")
    monkeypatch.setenv("SCO_DIGITAL_NO_CACHE", "1")
    assert snapshot(load_corpus(folder)) == fresh(folder)
    assert not cache_home.exists()
    monkeypatch.delenv("SCO_DIGITAL_NO_CACHE")
    (tmp_path / "file").write_text("x")
    monkeypatch.setenv("SCO_DIGITAL_CACHE_DIR", str(tmp_path / "file" / "cache"))
    assert snapshot(load_corpus(folder)) == fresh(folder)
    cli = subprocess.run([sys.executable, "-m", "sco_digital", "--corpus", str(folder), "facts", "--json"],
                         env=env(tmp_path / "file" / "cache"), capture_output=True, text=True, check=False)
    assert cli.returncode == 0 and cli.stderr == ""


def test_the_cache_dir_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SCO_DIGITAL_CACHE_DIR", raising=False)
    monkeypatch.delenv("SCO_DIGITAL_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert build.cache_dir() == tmp_path / "xdg" / "sco-digital"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # invalid per the spec: ignored
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert build.cache_dir() == tmp_path / "home" / ".cache" / "sco-digital"
    monkeypatch.setenv("SCO_DIGITAL_CACHE_DIR", str(tmp_path / "mine"))
    assert build.cache_dir() == tmp_path / "mine"
    monkeypatch.setenv("SCO_DIGITAL_NO_CACHE", "1")
    assert build.cache_dir() is None


_BUILD = """
import sys
sys.path.insert(0, sys.argv[2])
from index_corpus import snapshot
from sco_digital import load_corpus
from sco_digital.index import build
import hashlib
digest = hashlib.sha256(repr(snapshot(load_corpus(sys.argv[1]))).encode()).hexdigest()
print(digest, 0 if build.last_report is None else len(build.last_report.analysed))
"""


def test_two_processes_building_at_once_build_once(tmp_path: Path, cache_home: Path) -> None:
    folder = make_corpus(tmp_path / "corpus", count=40)
    expected = hashlib.sha256(repr(fresh(folder)).encode()).hexdigest()
    command = [sys.executable, "-c", _BUILD, str(folder), str(Path(__file__).parent)]
    procs = [subprocess.Popen(command, env=env(cache_home, SCO_DIGITAL_JOBS="1"), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    counts = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        digest, count = out.split()
        assert digest == expected
        counts.append(int(count))
    assert sorted(counts) == [0, 40], "the second build redid the work"


def test_workers_give_the_same_records(tmp_path: Path, cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = make_corpus(tmp_path / "corpus", count=30)
    monkeypatch.setattr(build, "PARALLEL_MIN", 2)
    monkeypatch.setenv("SCO_DIGITAL_JOBS", "2")
    (folder / "013_report.yaml").write_text(sidecar_text(13).replace('"113 engineers"', '"113 Ingenieure"'),
                                            encoding="utf-8")
    with pytest.raises(CorpusError, match="013_report.yaml"):
        load_corpus(folder)
    write_article(folder, 13)
    assert snapshot(load_corpus(folder)) == fresh(folder)


@pytest.mark.parametrize("jobs, expected", [("3", 3), ("1", 1), ("1000", build.MAX_JOBS), ("x", None)])
def test_worker_count(monkeypatch: pytest.MonkeyPatch, jobs: str, expected: int | None) -> None:
    monkeypatch.setenv("SCO_DIGITAL_JOBS", jobs)
    wanted = expected if expected is not None else min(build.MAX_JOBS, len(os.sched_getaffinity(0)))
    assert build.worker_count() == wanted


def test_progress_is_reported_for_a_long_build_only(tmp_path: Path, cache_home: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from contextlib import contextmanager

    reports: list[tuple[int, int]] = []  # (total, sum of the advances)

    @contextmanager
    def progress(total: int):  # type: ignore[no-untyped-def]
        done = [0]
        yield lambda count: done.__setitem__(0, done[0] + count)
        reports.append((total, done[0]))

    monkeypatch.setattr(build, "PROGRESS_MIN", 20)
    folder = make_corpus(tmp_path / "corpus", count=25)
    load_corpus(folder, progress=progress)
    assert reports == [(25, 25)]
    for n in range(25, 28):
        write_article(folder, n)
    load_corpus(folder, progress=progress)  # 3 to analyse: too few to report
    assert reports == [(25, 25)]


def _fact_seqs(folder: Path, home: Path) -> dict[str, int]:
    with sqlite3.connect(index_of(folder, home)) as db:
        return {key: seq for key, seq in db.execute("SELECT key, seq FROM fact_rows")}


def test_a_changed_article_makes_again_only_the_facts_its_figures_touch(tmp_path: Path, cache_home: Path) -> None:
    folder = make_corpus(tmp_path / "corpus")
    load_corpus(folder)
    before = _fact_seqs(folder, cache_home)
    write_article(folder, 2, engineers=999)  # the metric's statistic changes; the economy figure stays
    corpus = load_corpus(folder)
    assert snapshot(corpus) == fresh(folder)
    after = _fact_seqs(folder, cache_home)
    kept = {key for key in before if before[key] == after.get(key)}
    assert "metric:engineers-trained@" not in kept  # made again: one of its figures changed
    assert any(key.startswith("article:002|") for key in before.keys() - after.keys() | after.keys() - kept)
    assert {key for key in before if key.startswith("article:000|")} <= kept  # another article's: untouched
    with sqlite3.connect(index_of(folder, cache_home)) as db:
        assert db.execute("SELECT count(*) FROM stale_keys").fetchone() == (0,)


@pytest.mark.parametrize("change", ["add", "remove", "edit", "sidecar", "subfolder"])
def test_the_warm_path_sees_every_change_a_full_walk_sees(tmp_path: Path, cache_home: Path, change: str) -> None:
    from sco_digital.index.warm import open_current

    folder = make_corpus(tmp_path / "corpus")
    (folder / "more").mkdir()
    write_article(folder / "more", 20)
    load_corpus(folder)
    assert open_current(folder) is not None, "a current index is opened without a walk"
    if change == "add":
        write_article(folder, 9)
    elif change == "remove":
        (folder / "001_report.txt").unlink()
    elif change == "edit":
        (folder / "002_report.txt").write_text(article_text(2) + "More words.\n", encoding="utf-8")
    elif change == "sidecar":
        (folder / "003_report.yaml").write_text(sidecar_text(3, title="Another title"), encoding="utf-8")
    else:
        write_article(folder / "more", 21)
    assert open_current(folder) is None, "a change sends the query the full way"
    assert snapshot(load_corpus(folder)) == fresh(folder)
    assert open_current(folder) is not None


@pytest.mark.parametrize("change", ["add", "remove", "edit", "sidecar", "another"])
def test_a_query_about_one_article_checks_its_own_files_and_the_listing(tmp_path: Path, cache_home: Path,
                                                                         change: str) -> None:
    """`open_current(articles=...)` checks the listing and those articles' files only: any change
    that could change their rows sends the query the full way; a change of another article's
    file does not, and the rows read are those a direct build makes."""
    from sco_digital.index.warm import open_current

    folder = make_corpus(tmp_path / "corpus")
    load_corpus(folder)
    if change == "add":
        write_article(folder, 9)
    elif change == "remove":
        (folder / "004_report.txt").unlink()
    elif change == "edit":
        (folder / "000_report.txt").write_text(article_text(0) + "More words.\n", encoding="utf-8")
    elif change == "sidecar":
        (folder / "000_report.yaml").write_text(sidecar_text(0, title="Another title"), encoding="utf-8")
    else:
        (folder / "002_report.txt").write_text(article_text(2) + "More words.\n", encoding="utf-8")
    scoped = open_current(folder, articles=["000"])
    if change != "another":
        assert scoped is None, "a change that could change article 000's rows sends the query the full way"
        return
    assert scoped is not None, "another file's change leaves article 000's rows current"
    assert open_current(folder) is None, "a query of the whole corpus still sees it"
    direct = load_corpus(folder, use_cache=False)
    assert scoped.figures_in("000") == direct.figures_in("000")
    assert scoped.article("000") == direct.article("000")


@pytest.mark.parametrize("articles, most", [(["00"], None), (["000", "nope"], None), (["000", "001"], 1)])
def test_a_query_about_articles_the_index_does_not_name_exactly_checks_every_file(
        tmp_path: Path, cache_home: Path, monkeypatch: pytest.MonkeyPatch, articles: list[str],
        most: int | None) -> None:
    """A prefix, an unknown id or more ids than `warm.MOST_SCOPED`: every file is checked (the
    full path resolves or refuses the names)."""
    from sco_digital.index.warm import open_current

    if most is not None:
        monkeypatch.setattr(warm, "MOST_SCOPED", most)
    folder = make_corpus(tmp_path / "corpus")
    load_corpus(folder)
    assert open_current(folder, articles=articles) is not None
    (folder / "002_report.txt").write_text(article_text(2) + "More words.\n", encoding="utf-8")
    assert open_current(folder, articles=articles) is None


def test_an_id_a_news_record_file_could_take_is_checked_with_every_file(tmp_path: Path, cache_home: Path) -> None:
    """`x.jsonl` names its articles `x-1`, `x-2` …: an edit of it can make one the same id as the
    file `x-3_report.txt`, which the full path refuses. So a query about `x-3` checks every file."""
    import json

    from sco_digital.index.warm import open_current

    folder = make_corpus(tmp_path / "corpus")
    (folder / "x-3_report.txt").write_text(article_text(7), encoding="utf-8")
    record = {"title": "A report", "maintext": article_text(8), "language": "en"}
    (folder / "x.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    load_corpus(folder)
    assert open_current(folder, articles=["000"]) is not None
    assert open_current(folder, articles=["x-3"]) is not None
    (folder / "x.jsonl").write_text((json.dumps(record) + "\n") * 3, encoding="utf-8")
    assert open_current(folder, articles=["000"]) is not None
    assert open_current(folder, articles=["x-3"]) is None
    with pytest.raises(CorpusError, match="duplicate article id 'x-3'"):
        load_corpus(folder)


def test_a_file_whose_rows_an_interrupted_build_kept_without_its_source_is_replaced(tmp_path: Path,
                                                                                   cache_home: Path) -> None:
    """An interrupted build commits what it finished, possibly one file's rows without its
    `sources` row: that file is new to the next build, and its old rows go, not doubled."""
    folder = make_corpus(tmp_path / "corpus")
    load_corpus(folder)
    with sqlite3.connect(index_of(folder, cache_home)) as db:  # as the interrupted build left it
        db.execute("DELETE FROM sources WHERE name = '002_report.txt'")
        db.execute("DELETE FROM meta WHERE key = 'stamp'")
        db.execute("UPDATE meta SET value = '0' WHERE key = 'merged'")
    build.last_report = None
    corpus = load_corpus(folder)
    assert analysed() == ["002_report.txt"]
    assert snapshot(corpus) == fresh(folder)
    with sqlite3.connect(index_of(folder, cache_home)) as db:
        assert db.execute("SELECT count(*) FROM article_rows WHERE name = '002_report.txt'").fetchone() == (1,)


def test_the_keys_a_worker_marks_stale_are_those_of_the_rows_it_gives(tmp_path: Path, cache_home: Path) -> None:
    """`file_rows` names the statistic keys of a file's figures (so the writer need not query
    them); they are the keys `_mark_stale` reads from the rows written."""
    from sco_digital.index.statistics import GROUP_KEY_SQL
    from sco_digital.load.analyse import Analyser
    from sco_digital.load.registry import load_registries

    folder = make_corpus(tmp_path / "corpus")
    load_corpus(folder)
    analyser = Analyser(load_registries(folder))
    seen: set[str] = set()
    with sqlite3.connect(index_of(folder, cache_home)) as db:
        for name, article in db.execute("SELECT name, article FROM sources ORDER BY name").fetchall():
            rows = build.analyse_named(analyser, folder, article, name)[3]
            assert rows is not None
            written = {key for key, in db.execute(f"SELECT {GROUP_KEY_SQL} FROM figure_rows WHERE name = ?", (name,))}
            assert [key for key, in rows["stale_keys"]] == list(dict.fromkeys(key for key, in rows["stale_keys"]))
            assert {key for key, in rows["stale_keys"]} == written
            seen |= written
    assert any(key.startswith("metric:") for key in seen) and any(key.startswith("article:") for key in seen)


def test_a_first_build_packs_its_pages(tmp_path: Path, cache_home: Path) -> None:
    # a first build writes rows as they come and leaves pages half-filled; packed once (VACUUM), a
    # packed copy of it is no smaller (issue 14: the index within twice the text)
    folder = make_corpus(tmp_path / "corpus", count=120)
    load_corpus(folder)
    packed = tmp_path / "packed.sqlite"
    with sqlite3.connect(index_of(folder, cache_home)) as db:
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute("VACUUM INTO ?", (str(packed),))
    with sqlite3.connect(packed) as copy:
        assert pages <= copy.execute("PRAGMA page_count").fetchone()[0]
