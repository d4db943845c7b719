"""export: SQLite read back with sqlite3, the data package checked against its own schemas, JSON."""

from __future__ import annotations

import csv
import json
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from sco_digital.export import (
    EXPORT_FORMATS,
    export_datapackage,
    export_document,
    export_sqlite,
    relational_model,
)

RECORD_TABLES = ("articles", "actors", "figures", "initiatives", "facts")


@pytest.fixture(scope="module")
def sqlite_db(tmp_path_factory, corpus) -> Path:
    path = tmp_path_factory.mktemp("sqlite") / "corpus.db"
    export_sqlite(corpus, path)
    return path


@pytest.fixture(scope="module")
def package(tmp_path_factory, corpus) -> Path:
    folder = tmp_path_factory.mktemp("package") / "pkg"
    export_datapackage(corpus, folder)
    return folder


# ---- SQLite ------------------------------------------------------------------------------------


def test_sqlite_counts_every_record(sqlite_db, corpus):
    db = sqlite3.connect(sqlite_db)
    count = lambda table: db.execute(f"select count(*) from {table}").fetchone()[0]  # noqa: E731
    assert count("figures") == len(corpus.figures)
    assert count("articles") == len(corpus.articles)
    assert count("initiatives") == len(corpus.initiatives)
    assert count("facts") == len(corpus.facts)
    assert count("actors") >= len(corpus.actors)
    assert count("actor_mentions") == sum(len(a.mentions) for a in corpus.actors)
    assert count("initiative_mentions") == sum(len(i.mentions) for i in corpus.initiatives)
    assert count("fact_figures") == sum(len(f.figures) for f in corpus.facts)
    assert count("initiative_actors") == len({(i.id, a) for i in corpus.initiatives for a in i.actors})
    assert count("article_authors") == sum(len(a.authors) for a in corpus.articles)


def test_sqlite_is_the_index_without_its_bookkeeping(sqlite_db):
    db = sqlite3.connect(sqlite_db)
    objects = dict(db.execute("select name, type from sqlite_master"))
    for view in ("articles", "figures", "actors", "initiatives", "actor_mentions", "initiative_mentions"):
        assert objects[view] == "table", view  # the index's views, made tables with the quotes in them
    assert not {"meta", "sources", "found_actors", "found_initiatives", "figure_rows", "actor_rows",
                "initiative_rows", "actor_mention_lists", "initiative_mention_lists", "article_rows"} & set(objects)
    assert {row[2] for row in db.execute("pragma table_info(articles)") if row[1] == "text"} == {"TEXT"}
    columns = {row[1] for row in db.execute("pragma table_info(figures)")}
    assert not {"stat_key", "value_key"} & columns and {"evidence_quote", "change", "measure"} <= columns
    assert db.execute("pragma journal_mode").fetchone()[0] == "delete"  # one file, no WAL beside it


def test_sqlite_keys_and_foreign_keys(sqlite_db):
    db = sqlite3.connect(sqlite_db)
    assert db.execute("pragma foreign_key_check").fetchall() == []
    assert db.execute("pragma integrity_check").fetchone()[0] == "ok"
    fks = {(row[2], row[3], row[4]) for row in db.execute("pragma foreign_key_list(figures)")}
    assert {("articles", "article", "id"), ("actors", "subject", "id"), ("metrics", "metric", "id")} <= fks
    sql = db.execute("select sql from sqlite_master where name = 'figures'").fetchone()[0]
    assert "DEFERRABLE INITIALLY DEFERRED" in sql
    pk = [row[1] for row in db.execute("pragma table_info(initiative_actors)") if row[5]]
    assert pk == ["initiative", "actor"]
    for table in RECORD_TABLES:
        assert any(row[5] for row in db.execute(f"pragma table_info({table})")), table


def test_sqlite_link_tables_are_plain_tables_in_the_order_their_records_name_them(sqlite_db, corpus):
    """The index keys its link tables (WITHOUT ROWID); the copy has them as plain tables, row by
    row as each record lists them, and indexed as before."""
    db = sqlite3.connect(sqlite_db)
    for table, owner, records in (("actor_articles", "actor", corpus.actors),
                                  ("initiative_articles", "initiative", corpus.initiatives)):
        assert "WITHOUT ROWID" not in db.execute("select sql from sqlite_master where name = ?", (table,)).fetchone()[0]
        assert [c[1] for c in db.execute(f"pragma table_info({table})")] == ["article", owner]
        assert db.execute(f"select article, {owner} from {table} order by rowid").fetchall() == \
            [(a, r.id) for r in records for a in r.articles]
        assert db.execute("select 1 from sqlite_master where name = ?", (f"{table}_by_article",)).fetchone()
    facts = {row[0]: row[1] for row in db.execute("select seq, figures from facts")}
    links = db.execute("select fact, figure from fact_figures order by rowid").fetchall()
    assert sorted(links) == sorted((seq, f) for seq, figures in facts.items() for f in json.loads(figures))
    for seq, figures in facts.items():  # each fact's figures in the fact's order
        assert [f for s, f in links if s == seq] == json.loads(figures)


def test_sqlite_values_read_back(sqlite_db, corpus):
    db = sqlite3.connect(sqlite_db)
    db.row_factory = sqlite3.Row
    for figure in corpus.figures:
        row = db.execute("select * from figures where id = ?", (figure.id,)).fetchone()
        assert row["value"] == figure.value and row["unit"] == figure.unit
        text = corpus.article(figure.article).text
        assert text[row["evidence_start"]:row["evidence_end"]] == row["evidence_quote"] == figure.evidence.quote
    for actor in corpus.actors:
        for mention in actor.mentions:
            assert db.execute("select count(*) from actor_mentions where actor = ? and article = ? and start = ? "
                              "and quote = ?", (actor.id, mention.article, mention.start, mention.quote)).fetchone()[0]
    article = db.execute("select * from articles where id = '000'").fetchone()
    assert article["text"] == corpus.article("000").text and article["curated"] in (0, 1)
    assert db.execute("select name from article_authors where article = '001'").fetchall()[0][0] == "Yan Dongjie"
    # the curated 830 professionals, German and English, are one fact
    rows = db.execute("select f.article from facts x join fact_figures ff on ff.fact = x.seq "
                      "join figures f on f.id = ff.figure where x.id like 'sco-digital-professionals-trained%' "
                      "order by 1").fetchall()
    assert [r[0] for r in rows] == ["000", "001"]


@pytest.mark.parametrize("words, expected", [
    ("Fachkräfte", {"000"}),           # German, with an umlaut
    ("Fachkrafte", {"000"}),           # diacritics folded
    ("Tianjin", None),                 # several articles, both languages
    ("Quasimodogeniti", set()),        # nowhere: nothing found
])
def test_sqlite_full_text_search(sqlite_db, words, expected):
    db = sqlite3.connect(sqlite_db)
    sql = db.execute("select sql from sqlite_master where name = 'articles_fts'").fetchone()[0]
    assert "content = 'articles'" in sql  # external content: how Datasette recognises a table's index
    hits = {a for a, in db.execute("select a.id from articles_fts join articles a on a.rowid = articles_fts.rowid "
                                   "where articles_fts match ?", (words,))}
    if expected is None:
        assert len(hits) >= 3
    else:
        assert hits == expected
    if hits:  # the passage comes from the text: the index has content
        snippet, = db.execute("select snippet(articles_fts, 1, '[', ']', '…', 8) from articles_fts "
                              "where articles_fts match ? limit 1", (words,)).fetchone()
        assert "[" in snippet


def test_sqlite_without_a_cache_is_the_same_database(tmp_path, monkeypatch, sqlite_db):
    """No index to copy (SCO_DIGITAL_NO_CACHE): one is built in memory by the same builder."""
    from sco_digital import load_corpus

    monkeypatch.setenv("SCO_DIGITAL_NO_CACHE", "1")
    direct = load_corpus()
    assert not hasattr(direct, "db")
    export_sqlite(direct, tmp_path / "direct.db")
    dump = lambda path: list(sqlite3.connect(path).iterdump())  # noqa: E731
    assert dump(tmp_path / "direct.db") == dump(sqlite_db)


@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="no sqlite3 command-line shell")
def test_sqlite3_shell_counts_every_figure(sqlite_db, corpus):
    out = subprocess.run(["sqlite3", str(sqlite_db), "select count(*) from figures"], capture_output=True,
                         text=True, check=True).stdout
    assert int(out.strip()) == len(corpus.figures)


def test_cli_sqlite_export_and_message(run, tmp_path, corpus):
    target = tmp_path / "corpus.db"
    target.write_text("old")
    result = run("export", "--format", "sqlite", str(target))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "FTS" in result.stderr and f"{len(corpus.figures)} figures" in result.stderr
    assert sqlite3.connect(target).execute("select count(*) from figures").fetchone()[0] == len(corpus.figures)
    assert not list(tmp_path.glob(".sco-digital-*"))  # no temporary file left behind


def test_cli_infers_the_format(run, tmp_path):
    assert run("export", str(tmp_path / "c.sqlite")).exit_code == 0
    sqlite3.connect(tmp_path / "c.sqlite").execute("select 1 from figures")
    assert run("export", str(tmp_path / "c.json")).exit_code == 0
    json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    assert run("export", str(tmp_path / "pkg")).exit_code == 0
    assert (tmp_path / "pkg" / "datapackage.json").is_file()
    result = run("export", str(tmp_path / "c.xlsx"))
    assert result.exit_code == 2 and "--format" in result.stderr


# ---- never into the corpus -----------------------------------------------------------------------


@pytest.mark.parametrize("fmt, name", [("sqlite", "c.db"), ("datapackage", "pkg"), ("json", "c.json"),
                                       ("json", "sub/deeper/c.json")])
def test_refuses_to_write_into_the_corpus(run, corpus_copy, fmt, name):
    before = sorted(p.name for p in corpus_copy.rglob("*"))
    result = run("--corpus", str(corpus_copy), "export", "--format", fmt, str(corpus_copy / name))
    assert result.exit_code == 2
    assert "inside the corpus folder" in result.stderr
    assert sorted(p.name for p in corpus_copy.rglob("*")) == before


def test_refuses_the_corpus_folder_itself(run, corpus_copy):
    result = run("--corpus", str(corpus_copy), "export", "--format", "datapackage", str(corpus_copy))
    assert result.exit_code == 2 and "inside the corpus folder" in result.stderr


def test_refuses_the_builtin_corpus(run, tmp_path):
    from sco_digital.load.builtin import builtin_corpus_dir

    result = run("export", "--format", "json", str(builtin_corpus_dir() / "x.json"))
    assert result.exit_code == 2 and not (builtin_corpus_dir() / "x.json").exists()


def test_stdout_only_for_json(run):
    result = run("export", "--format", "sqlite", "-")
    assert result.exit_code == 2 and result.stdout == ""


# ---- the data package, checked against its own schemas ---------------------------------------------

_TYPES = {
    "string": lambda v: v,
    "integer": lambda v: int(v) if re.fullmatch(r"-?\d+", v) else _bad(v, "integer"),
    "number": lambda v: float(v) if re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", v) else _bad(v, "number"),
}


def _bad(value: str, kind: str):
    raise AssertionError(f"{value!r} is not a valid {kind}")


def validate_package(folder: Path) -> dict[str, list[dict]]:
    """A small Frictionless checker: headers, types, required, patterns, primary and foreign keys."""
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["profile"] == "tabular-data-package"
    assert re.fullmatch(r"[-a-z0-9._/]+", descriptor["name"])
    tables: dict[str, list[dict]] = {}
    schemas = {}
    for resource in descriptor["resources"]:
        name = resource["name"]
        assert re.fullmatch(r"[-a-z0-9._/]+", name), name
        assert resource["format"] == "csv" and resource["encoding"] == "utf-8"
        schema = resource["schema"]
        schemas[name] = schema
        fields = {f["name"]: f for f in schema["fields"]}
        missing = set(schema.get("missingValues", [""]))
        with open(folder / resource["path"], encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            assert header == [f["name"] for f in schema["fields"]], name
            rows = []
            for raw in reader:
                assert len(raw) == len(header), (name, raw)
                row = {}
                for key, cell in zip(header, raw):
                    spec = fields[key]
                    if cell in missing:
                        assert not spec.get("constraints", {}).get("required"), (name, key)
                        row[key] = None
                        continue
                    if spec["type"] == "boolean":
                        assert cell in spec.get("trueValues", ["true"]) + spec.get("falseValues", ["false"])
                        row[key] = cell in spec.get("trueValues", ["true"])
                    else:
                        row[key] = _TYPES[spec["type"]](cell)
                    pattern = spec.get("constraints", {}).get("pattern")
                    if pattern:
                        assert re.fullmatch(pattern, cell), (name, key, cell)
                rows.append(row)
        tables[name] = rows
        pk = schema["primaryKey"]
        keys = [tuple(r[k] for k in pk) for r in rows]
        assert all(None not in k for k in keys), name
        assert len(keys) == len(set(keys)), f"duplicate primary key in {name}"
    for name, schema in schemas.items():
        for fk in schema.get("foreignKeys", []):
            target = fk["reference"]["resource"] or name
            local, remote = fk["fields"], fk["reference"]["fields"]
            targets = {tuple(r[k] for k in remote) for r in tables[target]}
            for row in tables[name]:
                value = tuple(row[k] for k in local)
                if None not in value:
                    assert value in targets, f"{name}.{local} = {value} not in {target}"
    return tables


def test_datapackage_validates_against_its_own_schemas(package, corpus):
    tables = validate_package(package)
    assert len(tables["figures"]) == len(corpus.figures)
    assert len(tables["articles"]) == len(corpus.articles)
    assert len(tables["facts"]) == len(corpus.facts)
    assert {"actors", "initiatives", "mentions", "figure_topics", "initiative_actors", "fact_figures"} <= set(tables)
    values = {r["id"]: r["value"] for r in tables["figures"]}
    assert all(values[f.id] == pytest.approx(f.value) for f in corpus.figures)
    text = {r["id"]: r["text"] for r in tables["articles"]}
    assert text["000"] == corpus.article("000").text  # multi-line text survives CSV


def test_checker_catches_a_broken_foreign_key(package, tmp_path):
    broken = tmp_path / "broken"
    shutil.copytree(package, broken)
    path = broken / "figures.csv"
    rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
    rows[1][1] = "999"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    with pytest.raises(AssertionError, match="not in articles"):
        validate_package(broken)


def test_referenced_actors_resolve(corpus):
    tables, warnings = relational_model(corpus)
    assert warnings == []
    actors = {row[0] for t in tables if t.name == "actors" for row in t.rows}
    assert {f.subject for f in corpus.figures if f.subject} <= actors
    assert {i.place for i in corpus.initiatives if i.place} <= actors


# ---- JSON ----------------------------------------------------------------------------------------


def test_json_to_stdout_has_everything(run, corpus):
    result = run("export", "--format", "json", "-")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    for key, records in (("articles", corpus.articles), ("actors", corpus.actors), ("figures", corpus.figures),
                         ("initiatives", corpus.initiatives), ("facts", corpus.facts)):
        assert len(data[key]) == len(records), key
    assert data["articles"][0]["text"] == corpus.articles[0].text
    assert data["figures"][0]["evidence"]["quote"]
    assert "Fachkräfte" in result.stdout and "\\u00e4" not in result.stdout
    assert data == json.loads(json.dumps(export_document(corpus), ensure_ascii=False))


def test_json_file(run, tmp_path, corpus):
    target = tmp_path / "all.json"
    result = run("export", "--format", "json", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    assert len(json.loads(target.read_text(encoding="utf-8"))["figures"]) == len(corpus.figures)


def test_formats_match_the_cli():
    from sco_digital.cli.research import EXPORT_FORMATS as CLI_FORMATS

    assert tuple(CLI_FORMATS) == EXPORT_FORMATS


def test_sqlite_adds_lexicon_actors_others_refer_to(tmp_path, corpus_copy):
    """An affiliation to an organisation no article names: the lexicon's entry becomes a row of
    `actors` (no articles, no mentions), so the foreign key resolves; nothing else is added."""
    from sco_digital import load_corpus

    lexicon = corpus_copy / "lexicon.yaml"
    text = lexicon.read_text(encoding="utf-8")
    person = text.index("- id: xiong-jijun")
    changed = text[:person] + text[person:].replace("affiliation: miit", "affiliation: nowhere-ministry", 1)
    changed = changed.replace("actors:\n", "actors:\n  - id: nowhere-ministry\n    kind: organization\n"
                              "    names: {en: Ministry of Nowhere, de: Ministerium von Nirgendwo}\n    aliases: []\n"
                              "    role: null\n    affiliation: null\n    country: null\n", 1)
    lexicon.write_text(changed, encoding="utf-8")
    corpus = load_corpus(corpus_copy)
    assert corpus.actor("xiong-jijun").affiliation == "nowhere-ministry"
    export_sqlite(corpus, tmp_path / "c.db")
    db = sqlite3.connect(tmp_path / "c.db")
    assert db.execute("pragma foreign_key_check").fetchall() == []
    row = db.execute("select name, kind, articles, mentions from actors where id = 'nowhere-ministry'").fetchone()
    assert row == ("Ministry of Nowhere", "organization", "[]", "[]")
    named = {a.id for a in corpus.actors}
    unnamed = {a for a, in db.execute("select id from actors where articles = '[]'")}
    assert unnamed == {"nowhere-ministry"} and not unnamed & named
