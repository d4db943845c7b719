"""timeline: dates from the text (relative days resolved), curated dates, order, sources."""

from __future__ import annotations

import csv
import io
import json

import pytest

from sco_digital.records import to_dict
from sco_digital.timeline import EntryKind, build_timeline, date_bounds, precision_of, trim_label


def _find(entries, article, quote):
    # An event quotes its date phrase; a dated figure quotes the figure's whole sentence.
    found = [e for e in entries if e.article == article and e.evidence.quote == quote]
    found += [e for e in entries if e.article == article and e.kind == "figure" and quote in e.evidence.quote]
    assert found, f"no entry for {quote!r} in {article}"
    return found[0]


def test_the_three_dates_of_the_issue_in_order_with_their_sources(corpus):
    entries = build_timeline(corpus)
    thursday = _find(entries, "001", "Thursday")
    summit = _find(entries, "001", "Sunday and Monday")
    shenyang = _find(entries, "002", "6. September")
    assert (thursday.date, thursday.end_date, thursday.precision) == ("2025-08-28", None, "day")
    assert (summit.date, summit.end_date) == ("2025-08-31", "2025-09-01")
    assert summit.kind == EntryKind.INITIATIVE and summit.label == "SCO Summit 2025"
    assert shenyang.date == "2025-09-06" and shenyang.kind == EntryKind.INITIATIVE
    assert entries.index(thursday) < entries.index(summit) < entries.index(shenyang)


def test_german_relative_day_resolved_too(corpus):
    entry = _find(build_timeline(corpus), "000", "Donnerstag")
    assert entry.date == "2025-08-28" and entry.kind == EntryKind.EVENT
    assert "am Donnerstag mitteilte" in entry.label


def test_every_entry_quotes_the_article_exactly(corpus):
    for entry in build_timeline(corpus):
        text = corpus.article(entry.article).text
        assert entry.evidence.article == entry.article
        assert text[entry.evidence.start:entry.evidence.end] == entry.evidence.quote
        assert entry.precision == precision_of(entry.date)
        assert entry.kind in {k.value for k in EntryKind}
        assert entry.label and "\n" not in entry.label


def test_sorted_by_date_and_deduplicated(corpus):
    entries = build_timeline(corpus)
    starts = [date_bounds(e.date)[0] for e in entries]
    assert starts == sorted(starts)
    keys = [(e.date, e.end_date, e.article, e.evidence.start, e.evidence.end) for e in entries]
    assert len(keys) == len(set(keys))


def test_periods_date_figures_and_curated_periods_win(corpus):
    entries = build_timeline(corpus)
    months = _find(entries, "001", "first five months of this year")
    assert (months.date, months.end_date, months.kind) == ("2025-01", "2025-05", "figure")
    assert "9.3%" in months.label and "3.4 percentage points" in months.label
    assert "revenue increased 9.3 percent" in months.evidence.quote  # the figure's sentence, not the date
    since = _find(entries, "000", "Seit 2023")
    assert (since.date, since.end_date, since.precision) == ("2023", "2025", "year")
    april = _find(entries, "004", "As of April 2025")
    assert april.date == "2025-04" and april.precision == "month"
    # A figure dated only by its curated period still appears, its quote as evidence.
    share = [e for e in entries if e.kind == "figure" and "25.7%" in e.label]
    assert share and share[0].date == "2025-01" and share[0].end_date == "2025-06"


def test_figures_sharing_a_quote_share_an_entry(corpus):
    entry = next(e for e in build_timeline(corpus, article="002") if e.kind == "figure")
    assert "300" in entry.label and "11" in entry.label


def test_a_year_in_a_name_is_not_a_date(corpus):
    for entry in build_timeline(corpus):
        assert entry.evidence.quote not in ("2025",)
    assert not [e for e in build_timeline(corpus, article="003") if e.kind == "event" and e.date == "2025"]


def test_publications_and_datelines(corpus):
    entries = build_timeline(corpus)
    published = {e.article: e for e in entries if e.kind == "publication"}
    assert set(published) == {a.id for a in corpus.articles if a.published}
    assert published["002"].evidence.quote == "2025-09-11"  # the dateline, not a separate event
    assert published["001"].evidence.quote == "August 29, 2025"
    assert "China Daily" in published["001"].label
    assert not [e for e in entries if e.kind == "event" and e.evidence.quote in ("2025-09-11", "August 29, 2025")]


def test_lexicon_initiatives_dated_once_per_article(corpus):
    briefing = [e for e in build_timeline(corpus) if e.label == "First media briefing of the SCO Summit 2025"]
    assert {e.article for e in briefing} == {"000", "001"}
    assert {e.date for e in briefing} == {"2025-08-28"}


def test_filters_by_article_and_date(corpus):
    only = build_timeline(corpus, article="002")
    assert only and {e.article for e in only} == {"002"}
    window = build_timeline(corpus, since="2025-08-28", until="2025-08-31")
    assert {e.date for e in window} >= {"2025-08-28", "2025-08-29", "2025-08-31"}
    for entry in window:
        assert date_bounds(entry.end_date or entry.date)[1] >= (2025, 8, 28)
        assert date_bounds(entry.date)[0] <= (2025, 8, 31)
    # A span overlapping the window counts: the 2023–2025 figures are in 2024.
    assert any(e.date == "2023" for e in build_timeline(corpus, since="2024", until="2024"))


@pytest.mark.parametrize("value, expected", [
    ("2025", ((2025, 1, 1), (2025, 12, 31))),
    ("2025-08", ((2025, 8, 1), (2025, 8, 31))),
    ("2025-08-28", ((2025, 8, 28), (2025, 8, 28))),
])
def test_date_bounds(value, expected):
    assert date_bounds(value) == expected


@pytest.mark.parametrize("bad", ["2025-13", "28.08.2025", "yesterday", "2025-8"])
def test_bad_dates_are_usage_errors(bad):
    from sco_digital.errors import UsageError

    with pytest.raises(UsageError):
        date_bounds(bad)


def test_trim_label_keeps_the_date_in_view():
    sentence = "word " * 60 + "on Thursday " + "more " * 60
    focus = sentence.index("on Thursday")
    label = trim_label(sentence, focus, focus + len("on Thursday"), width=80)
    assert "on Thursday" in label and len(label) <= 80 and label.startswith("…") and label.endswith("…")
    assert trim_label("  short \n sentence ", 0, 0) == "short sentence"


# ---- CLI ---------------------------------------------------------------------------------------


def test_cli_json_shows_the_dates_in_order(run):
    result = run("timeline", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data[0]) == {"date", "end_date", "precision", "label", "kind", "article", "evidence"}
    quotes = [(e["date"], e["article"], e["evidence"]["quote"]) for e in data]
    wanted = [("2025-08-28", "001", "Thursday"), ("2025-08-31", "001", "Sunday and Monday"),
              ("2025-09-06", "002", "6. September")]
    positions = [quotes.index(w) for w in wanted]
    assert positions == sorted(positions)


def test_cli_table_names_dates_and_sources(run):
    result = run("timeline", env={"COLUMNS": "160"})
    assert result.exit_code == 0
    out = result.stdout
    for date in ("2025-08-28", "2025-08-31", "2025-09-06"):
        assert date in out
    assert out.index("2025-08-28") < out.index("2025-08-31") < out.index("2025-09-06")
    assert "Sunday and Monday" in out and "6. September" in out


def test_cli_filters_kinds_and_csv(run):
    result = run("timeline", "--article", "001", "--from", "2025-08", "--to", "2025-08", "--kind", "event",
                 "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and {r["kind"] for r in rows} == {"event"} and {r["article"] for r in rows} == {"001"}
    assert "evidence_quote" in rows[0]
    assert any(r["evidence_quote"] == "Thursday" and r["date"] == "2025-08-28" for r in rows)


def test_cli_fields(run):
    result = run("timeline", "--fields", "date,label", "--json")
    assert result.exit_code == 0
    assert all(set(row) == {"date", "label"} for row in json.loads(result.stdout))


@pytest.mark.parametrize("args, needle", [
    (["timeline", "--from", "2025-13"], "--from"),
    (["timeline", "--to", "Thursday"], "--to"),
    (["timeline", "--article", "009"], "unknown article"),
])
def test_cli_usage_errors(run, args, needle):
    result = run(*args)
    assert result.exit_code == 2 and needle in result.stderr and result.stdout == ""


def test_timeline_of_an_uncurated_article(tmp_path, run):
    (tmp_path / "100_x.txt").write_text(
        "date 2025-03-14\nThe SCO digital forum opened in Tianjin on Monday.\n"
        "Delegates will meet again on 2. April, the organisers said.\n", encoding="utf-8")
    from sco_digital import load_corpus

    entries = build_timeline(load_corpus(tmp_path))
    by_quote = {e.evidence.quote: e for e in entries}
    assert by_quote["Monday"].date == "2025-03-10"
    assert by_quote["2025-03-14"].kind == "publication"
    result = run("--corpus", str(tmp_path), "timeline", "--json")
    assert result.exit_code == 0
    assert [e["date"] for e in json.loads(result.stdout)] == sorted(e.date for e in entries)
    assert to_dict(entries)[0]["evidence"]["article"] == "100"
