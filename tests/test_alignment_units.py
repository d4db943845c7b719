"""Cross-language alignment without annotation, English and German: a unit that names what it
counts (TEU), multiples as changes, the statistic key built from them, rounding-only agreement of
the one value of a measure on undated pages, concepts that meet on a shared ancestor, and the story
gate reading actors one side found in the other side's text. Each table has rows that must yield
nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from sco_digital import load_corpus
from sco_digital.compare import STORY_GATE, STRONG_STORY, align_figures, compare_pair, story_evidence
from sco_digital.facts import all_agree, measure_key, statistic_key, status_of, unit_of
from sco_digital.load.registry import load_registries
from figure_factory import fig

HEAD = "date 2025-09-20\n\nHeadline\n\n"
REGISTRIES = load_registries(Path(__file__).resolve().parent.parent / "corpus")
BROADER = {c.id: c.broader for c in REGISTRIES.concepts if c.broader}

# (language, paragraph, number as written, measure read by the whole pipeline)
MEASURES = [
    # A figure in TEU counts containers whatever noun stands beside it.
    ("en", "In 2024 the freight trains carried 1.322 million TEU.", "1.322 million TEU", "containers"),
    ("de", "Im Jahr 2024 beförderten die Güterzüge 120.000 TEU an Fracht.", "120.000 TEU", "containers"),
    ("en", "About 493,000 twenty-foot equivalent units (TEU) of goods were transported in 2024.",
     "493,000 twenty-foot equivalent units", "containers"),
    ("de", "Im Jahr 2024 wurden 493.000 Zwanzig-Fuß-Standardcontainer (TEU) transportiert.", "493.000",
     "containers"),
    # ... and a tonne or a count of trains does not.
    ("en", "In 2024 the railway carried 4.2 million tonnes.", "4.2 million tonnes", "freight"),
    ("de", "Im Jahr 2024 fuhren 16.145 Güterzüge.", "16.145", "freight-trains"),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("units")
    for i, (lang, paragraph, *_) in enumerate(MEASURES):
        (folder / f"m{i:02d}-{lang}.txt").write_text(HEAD + paragraph + "\n", encoding="utf-8")
    return load_corpus(folder)


@pytest.mark.parametrize("i", range(len(MEASURES)))
def test_unit_names_the_measure(corpus, i):
    lang, _, number, measure = MEASURES[i]
    figure = next(f for f in corpus.figures if f.article == f"m{i:02d}-{lang}" and f.text == number)
    assert figure.measure == measure




# (figure, unit it joins in, level or change, measure as the key writes it)
KEYS = [
    (fig("a-en", "1.75 million", 1.75e6, "count", "containers"), "TEU", "level", "containers"),
    (fig("a-de", "1,749 Millionen TEU", 1.749e6, "TEU", "containers"), "TEU", "level", "containers"),
    (fig("a-de", "16.145", 16145, "count", "freight-trains"), "count", "level", "freight-trains"),
    # a growth rate of containers is a percentage, not TEU
    (fig("a-en", "19 percent", 19, "percent", "containers:change"), "percent", "change", "containers:change"),
    # a multiple is a change whatever verb was read beside it
    (fig("a-de", "10,9-Fache", 10.9, "times", "imports"), "times", "change", "imports:change"),
    (fig("a-en", "10.9-fold", 10.9, "times", "imports:change"), "times", "change", "imports:change"),
    (fig("a-en", "7.3 percent", 7.3, "percent", "trade-volume:average-change"), "percent", "average-change",
     "trade-volume:average-change"),
    (fig("a-de", "512,4 Milliarden US-Dollar", 512.4e9, "USD", "trade-volume"), "USD", "level", "trade-volume"),
]


@pytest.mark.parametrize("figure,unit,status,measure", KEYS)
def test_key_parts(figure, unit, status, measure):
    assert (unit_of(figure), status_of(figure), measure_key(figure)) == (unit, status, measure)


KEY = dict(period="2023-01/2023-11", subject="china")

# (figure a, figure b, same statistic key)
SAME_KEY = [
    (fig("a-de", "1,749 Millionen TEU", 1.749e6, "TEU", "containers", **KEY),
     fig("b-en", "1.75 million", 1.75e6, "count", "containers", **KEY), True),
    (fig("a-de", "das 10,9-Fache", 10.9, "times", "imports", **KEY),
     fig("b-en", "10.9-fold", 10.9, "times", "imports:change", **KEY), True),
    # must not join: another concept's count, another currency, level and change, another period
    (fig("a-de", "16.145", 16145, "count", "freight-trains", **KEY),
     fig("b-en", "16,145", 16145, "TEU", "containers", **KEY), False),
    (fig("a-de", "90 Milliarden Yuan", 90e9, "CNY", "imports", **KEY),
     fig("b-en", "90 billion dollars", 90e9, "USD", "imports", **KEY), False),
    (fig("a-de", "7 Prozent", 7, "percent", "containers:change", **KEY),
     fig("b-en", "7 percent", 7, "percent", "containers", **KEY), False),
    (fig("a-de", "1,75 Millionen TEU", 1.75e6, "TEU", "containers", period="2023", subject="china"),
     fig("b-en", "1.75 million", 1.75e6, "count", "containers", **KEY), False),
]


@pytest.mark.parametrize("a,b,same", SAME_KEY)
def test_statistic_key(a, b, same):
    assert (statistic_key(a) == statistic_key(b)) is same


def test_count_of_containers_and_teu_are_compared_as_one_unit():
    a = fig("a-de", "1,33 Millionen", 1.33e6, "count", "containers")
    b = fig("b-en", "1.322 million TEU", 1.322e6, "TEU", "containers")
    c = fig("c-en", "1.33 million TEU", 1.33e6, "TEU", "containers")
    assert not all_agree((a, b)) and all_agree((a, c))


# (figures of the German report, of the English one, expected shared pairs, expected conflicts)
ALIGN = [
    # An undated page's one value of a measure agrees within rounding with the other's.
    ([fig("a-de", "1,749 Millionen TEU", 1.749e6, "TEU", "containers", subject="china")],
     [fig("b-en", "1.75 million", 1.75e6, "count", "containers", subject="china")], 1, 0),
    # ... not when a side gives two values of that measure (which of them is it?) ...
    ([fig("a-de", "1,749 Millionen TEU", 1.749e6, "TEU", "containers", subject="china")],
     [fig("b-en", "1.75 million", 1.75e6, "count", "containers", subject="china", at=1),
      fig("b-en", "1.46 million", 1.46e6, "count", "containers", subject="china", at=2)], 0, 0),
    # ... nor for another concept, nor for a share of an unnamed whole.
    ([fig("a-de", "1,749 Millionen", 1.749e6, "count", "freight-trains")],
     [fig("b-en", "1.75 million", 1.75e6, "count", "containers")], 0, 0),
    ([fig("a-de", "38,1 Prozent", 38.1, "percent", "share")], [fig("b-en", "38 percent", 38, "percent", "share")],
     0, 0),
    # A disagreement between a count of containers and TEU: transposed or rounded digits.
    ([fig("a-de", "1,33 Millionen", 1.33e6, "count", "containers", **KEY)],
     [fig("b-en", "1.322 million TEU", 1.322e6, "TEU", "containers", **KEY)], 0, 1),
    # ... and a forecast of another value on one side is no rival that hides it.
    ([fig("a-de", "1,33 Millionen", 1.33e6, "count", "containers", **KEY)],
     [fig("b-en", "1.322 million TEU", 1.322e6, "TEU", "containers", **KEY, at=1),
      fig("b-en", "1.46 million TEU", 1.46e6, "TEU", "containers", **KEY, at=2,
          quote="1.46 million TEU are expected")], 0, 1),
    # Multiples read as a level on one side, a change on the other.
    ([fig("a-de", "10,9-Fache", 10.9, "times", "imports", **KEY)],
     [fig("b-en", "10.9-fold", 10.9, "times", "imports:change", **KEY)], 1, 0),
    # Two kinds of one concept meet on it for a value written alike, alone of its kind on each side ...
    ([fig("a-de", "70,1 Prozent", 70.1, "percent", "oil-output", **KEY)],
     [fig("b-en", "70.1 percent", 70.1, "percent", "gas-output", **KEY)], 1, 0),
    # ... not when the value is written differently, nor for unrelated concepts.
    ([fig("a-de", "70,1 Prozent", 70.1, "percent", "oil-output", **KEY)],
     [fig("b-en", "70 percent", 70, "percent", "gas-output", **KEY)], 0, 0),
    ([fig("a-de", "70,1 Prozent", 70.1, "percent", "inflation", **KEY)],
     [fig("b-en", "70.1 percent", 70.1, "percent", "gas-output", **KEY)], 0, 0),
    # Kinds the registry joins: tourists are counted as trips, workers as jobs.
    ([fig("a-de", "70,1 Prozent", 70.1, "percent", "tourists", **KEY)],
     [fig("b-en", "70.1 percent", 70.1, "percent", "trips", **KEY)], 1, 0),
    ([fig("a-de", "200.000", 200000, "count", "workers", **KEY)],
     [fig("b-en", "200,000", 200000, "count", "jobs", **KEY)], 1, 0),
]


@pytest.mark.parametrize("de,en,shared,conflicts", ALIGN)
def test_alignment(de, en, shared, conflicts):
    got_shared, got_conflicts = align_figures(de, en, BROADER)
    assert (len(got_shared), len(got_conflicts)) == (shared, conflicts)


STORY_DE = ("Wladimir Putin reiste nach Peking und traf Staatschef Xi Jinping. Im vergangenen Jahr stieg das "
            "Handelsvolumen zwischen Russland und China um 26 Prozent auf 240 Milliarden Dollar.")
STORY_EN = ("Vladimir Putin at a meeting with Xi Jinping in Beijing. In 2023, bilateral trade between Russia and "
            "China increased by almost a quarter and reached $ 227 billion.")
CONTROL_EN = ("China and Kazakhstan signed a grain deal in Astana. In 2023, wheat exports reached 8.1 million "
              "tonnes, Kazakh officials said.")


@pytest.fixture(scope="module")
def stories(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("stories")
    (folder / "s-de.txt").write_text(STORY_DE + "\n", encoding="utf-8")  # undated: period unknown
    (folder / "s-en.txt").write_text("date 2024-05-16\n\n" + STORY_EN + "\n", encoding="utf-8")
    (folder / "k-en.txt").write_text("date 2024-05-16\n\n" + CONTROL_EN + "\n", encoding="utf-8")
    return load_corpus(folder)


def test_story_gate_reads_names_the_other_side_missed(stories):
    assert story_evidence(stories, "s-de", "s-en") >= STORY_GATE
    assert story_evidence(stories, "s-de", "k-en") < STORY_GATE


def test_a_person_is_named_on_the_other_side_by_the_family_name(stories):
    """"Vladimir Putin" found on one side, "Wladimir Putin" on the other: one person both name."""
    from sco_digital.compare import actors_named

    _, _, both = actors_named(stories, "s-de", "s-en")
    assert {a.id for a in stories.actors_in("s-en") if a.name == "Vladimir Putin"} <= both


def test_a_country_is_named_on_the_other_side_by_its_adjective(tmp_path: Path):
    """"Russia" found on one side, only "der russische Automarkt" on the other: a country both name."""
    from sco_digital.compare import actors_named

    (tmp_path / "r-de.txt").write_text("Der russische Automarkt ist im vorigen Jahr stark gewachsen.\n", encoding="utf-8")
    (tmp_path / "r-en.txt").write_text("New car sales in Russia rose 48% in 2024.\n", encoding="utf-8")
    (tmp_path / "c-de.txt").write_text("Der kasachische Automarkt ist im vorigen Jahr stark gewachsen.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert "russia" in actors_named(corpus, "r-de", "r-en")[2]
    assert "russia" not in actors_named(corpus, "c-de", "r-en")[2]


REVISED_DE = ("Nach der Neuberechnung erreichte das BIP Usbekistans im Jahr 2024 121,4 Milliarden US-Dollar. Das BIP "
              "pro Kopf Usbekistans lag im Jahr 2024 bei 3.200 US-Dollar.")
FIRST_EN = ("Uzbekistan's GDP in 2024 reached $115.2 billion, the statistics agency said. Uzbekistan's GDP per capita "
            "in 2024 was $3,093.")


def test_two_reports_stating_the_same_statistics_tell_one_story(tmp_path: Path):
    """A revised and a first estimate, both undated, no number in common: the statistics both
    state in full (measure, period, subject) are the evidence, and their values disagree."""
    (tmp_path / "g-de.txt").write_text(REVISED_DE + "\n", encoding="utf-8")
    (tmp_path / "g-en.txt").write_text(FIRST_EN + "\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert story_evidence(corpus, "g-de", "g-en") >= STRONG_STORY
    conflicts = {(p.a.text, p.b.text) for p in compare_pair(corpus, "g-de", "g-en").figures.conflicts}
    assert ("3.200 US-Dollar", "$3,093") in conflicts


UNDATED_DE = ("Die jährliche Teuerungsrate in Russland lag im Dezember bei 7,4 Prozent, teilte die Statistikbehörde "
              "Rosstat mit. Im November lag sie noch bei 7,48 Prozent. Die Zentralbank hatte den Leitzins auf 16 "
              "Prozent erhöht.")
DATED_EN = ("date 2024-01-12\n\nRussia's inflation edged down to 7.4% in December, compared with 7.5% in November, "
            "Rosstat said. Russia's central bank hiked interest rates to 16% last month.")
OTHER_EN = ("date 2024-01-12\n\nKazakhstan's inflation edged down to 9.8% in December, compared with 10.3% in "
            "November. Kazakhstan's central bank kept interest rates at 15.75%.")


def test_values_alike_under_measure_and_subject_strengthen_a_story_an_undated_page_tells(tmp_path: Path):
    """An undated page states no period, so no statistic in full: past the gate, its values of a
    measure and subject said that the other gives alike ("7,48 Prozent", "7.5%" of Russia's
    inflation) make the story strong; another country's report of the same measures stays out."""
    (tmp_path / "u-de.txt").write_text(UNDATED_DE + "\n", encoding="utf-8")
    (tmp_path / "u-en.txt").write_text(DATED_EN + "\n", encoding="utf-8")
    (tmp_path / "o-en.txt").write_text(OTHER_EN + "\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert story_evidence(corpus, "u-de", "u-en") >= STRONG_STORY
    assert story_evidence(corpus, "u-de", "o-en") < STORY_GATE
    shared = {(p.a.text, p.b.text) for p in compare_pair(corpus, "u-de", "u-en").figures.shared}
    assert ("7,48 Prozent", "7.5%") in shared


def test_shares_of_unnamed_wholes_never_conflict():
    de = fig("a-de", "34,6 Prozent", 34.6, "percent", measure="share", period="2024", subject="china")
    en = fig("b-en", "11.7 percent", 11.7, "percent", measure="share", period="2024", subject="china")
    assert not align_figures([de], [en], BROADER, strong=True)[1]


def test_undated_page_conflicts_within_a_story_only(stories):
    same = compare_pair(stories, "s-de", "s-en")
    assert {(p.a.text, p.b.text) for p in same.figures.conflicts} >= {("240 Milliarden Dollar", "$ 227 billion")}
    control = compare_pair(stories, "s-de", "k-en")
    assert not control.figures.conflicts and not control.figures.shared
    # Across the folder, a figure without a period joins nothing: its key stays in its article.
    undated = next(f for f in stories.figures if f.text == "240 Milliarden Dollar")
    assert statistic_key(undated).startswith("article:")
