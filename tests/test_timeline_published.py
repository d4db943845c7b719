"""timeline on a user's folder: relative days resolve against the publication date the text's
dateline gives, and stay unresolved where the text gives none (an event date, a dateline-like
line below the story's first sentence, a caption's date)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sco_digital.timeline import build_timeline

# (text, published, the relative phrase as written, its date or None when it must stay unresolved)
CASES = [
    ("Trade forum opens\n\nTIANJIN, June 30 (Xinhua) -- In the first five months of 2025 trade rose, the "
     "ministry said on Wednesday.\n", "2025-06-30", "Wednesday", "2025-06-25"),
    ("Trade grows\n\nMoscow, 5 March 2025 — Trade between the two countries rose last week, the ministry "
     "said.\n", "2025-03-05", "last week", "2025-02-24"),
    ("Trade grows\n08:20, August 29, 2025\nThe ministry said on Wednesday that trade rose.\n", "2025-08-29",
     "Wednesday", "2025-08-27"),
    ("Trade grows\nPublished: Aug 19, 2025\nThe forum will open next Wednesday, the organisers said.\n",
     "2025-08-19", "next Wednesday", "2025-08-20"),
    ("Handel wächst\n\nPeking, 12. März (Xinhua) -- In den ersten zwei Monaten des Jahres 2025 stieg der Handel, "
     "teilte das Ministerium am Montag mit.\n", "2025-03-12", "Montag", "2025-03-10"),
    ("Handel wächst\nCRI | 20.08.2025\nDer Handel stieg vergangene Woche deutlich, teilte der Zoll mit.\n",
     "2025-08-20", "vergangene Woche", "2025-08-11"),
    ("Handel wächst\n08-06-2010 Weissrussland\nDer Handel ist am Montag wieder gestiegen, teilte das "
     "Ministerium mit.\n", "2010-06-08", "Montag", "2010-06-07"),
    # must not: a dateline-like line below the story's first sentence, an event date, a caption's date
    ("Trade between the two countries grew again this spring.\nMoscow, 5 March 2025 — The ministry said on "
     "Wednesday that trade rose.\n", None, "Wednesday", None),
    ("Der Handel zwischen beiden Ländern wuchs im Frühjahr erneut.\nMoskau, 5. März 2025 — Das Ministerium "
     "teilte am Mittwoch mit, der Handel sei gestiegen.\n", None, "Mittwoch", None),
    ("On 5 March 2025 the ministry said that trade had risen last week.\n", None, "last week", None),
    ("Am 5. März 2025 teilte das Ministerium mit, der Handel sei vergangene Woche gestiegen.\n", None,
     "vergangene Woche", None),
    ("Trade grows\nA train in Kunming, May 15, 2025. (Photo by Li Yunsheng/Xinhua)\nKUNMING, July 19 (Xinhua) -- "
     "Trade rose on Monday, the customs said.\n", None, "Monday", None),
    ("Handel wächst\nEin Zug in Hangzhou, 15. Mai 2025. (Foto: Li Yunsheng/Xinhua)\nHANGZHOU, 19. Juli (Xinhua) -- "
     "Der Handel stieg am Montag, teilte der Zoll mit.\n", None, "Montag", None),
]


@pytest.mark.parametrize(("text", "published", "phrase", "date"), CASES, ids=[f"{c[2]}-{c[1]}" for c in CASES])
def test_relative_days_resolve_against_the_dateline(tmp_path: Path, text: str, published: str | None, phrase: str,
                                                     date: str | None) -> None:
    from sco_digital import load_corpus

    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path, use_cache=False)
    assert corpus.articles[0].published == published
    entries = build_timeline(corpus)
    resolved = [e.date for e in entries if e.evidence.quote.endswith(phrase.split()[-1]) and e.kind != "figure"]
    assert resolved == ([date] if date else [])
    publications = [e for e in entries if e.kind == "publication"]
    assert [e.date for e in publications] == ([published] if published else [])
    for entry in publications:  # the publication quotes the dateline it was read from
        assert text[entry.evidence.start:entry.evidence.end] == entry.evidence.quote
        assert entry.evidence.start < text.index(phrase)
