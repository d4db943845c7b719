"""Credits, bylines and datelines: metadata found in the words of an article, never actors."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fuzzing import fuzz
from sco_digital.extract.credits import (
    article_metadata,
    caption_spans,
    credit_spans,
    find_credits,
    find_dateline,
)

# (text, published, time, place, source)
DATELINES = [
    # the wire's name between slashes after the day, as TASS writes it
    ("MOSCOW, June 14. /TASS/. Russian oil exports in May 2025 rose.", "2025-06-14", None, "MOSCOW", None),
    # a place, a day and the agency closing the line; the year from the day the text names again
    ("Berlin, 24. Oktober, AZERTAC\n\nAuf dem Kongress am 24. Oktober 2025 wurde gesprochen.", "2025-10-24", None,
     "Berlin", "AZERTAC"),
    ("Digital tech boom\n\n08:20, August 29, 2025 By YAN DONGJIE ( Chinadaily.com.cn\n\nText.", "2025-08-29",
     "08:20", None, None),
    ("Title\nPublished: Aug 19, 2025\nText follows here.", "2025-08-19", None, None, None),
    ("China meldet 5G-Basisstationen\n\nCRI  |  \n30.10.2025\n\nEnde September", "2025-10-30", None, None, "CRI"),
    ("Titel\n\n2025-06-17 16:46:03| German.news.cn\n\nText.", "2025-06-17", "16:46", None, "German.news.cn"),
    # a year-less dateline takes its year from a dated mention up to three months before it
    ("TIANJIN, June 30 (Xinhua) -- In the first five months of 2025, trade rose.", "2025-06-30", None, "TIANJIN",
     "Xinhua"),
    ("MINSK, 27 January (BelTA) – Trade in January-November 2025 tripled.", "2026-01-27", None, "MINSK", "BelTA"),
    # the outlet and the date in brackets after the place
    ("(@FahadShabbir)\n\nISLAMABAD, (UrduPoint / Pakistan Point News - 31st May, 2024) Federal Minister for Planning "
     "said so.", "2024-05-31", None, "ISLAMABAD", "UrduPoint / Pakistan Point News"),
    # a space before the closing bracket
    ("ISLAMABAD, (UrduPoint / Pakistan Point News - 20th May, 2022 ) :Minister for Information Technology "
     "said so.", "2022-05-20", None, "ISLAMABAD", "UrduPoint / Pakistan Point News"),
    # a place in title case with no comma, a long sentence after the bracket (read off UrduPoint on NUST)
    ("Islamabad (UrduPoint / Pakistan Point News - 7th April, 2021) Huawei Pakistan and the National University "
     "of Sciences and Technology (NUST) have signed a memorandum of understanding.", "2021-04-07", None, None,
     "UrduPoint / Pakistan Point News"),
    ("Peking, 12. März (Xinhua) -- In den ersten zwei Monaten des Jahres 2025 stieg der Handel.", "2025-03-12", None,
     "Peking", "Xinhua"),
    # the dateline's own day restated with its year fixes it, whatever older date the text gives
    ("ASTANA, Kazakhstan, December 2. The fund was founded on October 13, 2008. The rate is 513.45 tenge as of "
     "December 2, 2025.", "2025-12-02", None, "ASTANA", None),
    # an event's day up to a month before it fixes it too, and a day data were counted to ("as of")
    # as a period's end does
    ("MOSCOW, December 5. /TASS/. On December 1, 2024 supplies set a record.", "2024-12-05", None, "MOSCOW", None),
    ("JEREWAN, 1. Oktober (BelTA) - Das Forum findet vom 30. September bis 1. Oktober 2024 statt.", "2024-10-01",
     None, "JEREWAN", "BelTA"),
    ("DUSHANBE, January 16, Asia-Plus – As of October 1, 2006, 200 firms operated.", "2007-01-16", None, "DUSHANBE",
     None),
    # ... but not an event's day further back (history told later), nor two mentions that disagree
    ("MOSCOW, July 30. /TASS/. On May 17, 2023, Russia and Iran signed the agreement.", None, None, "MOSCOW", None),
    ("MOSCOW, December 5. /TASS/. On December 1, 2024 supplies set a record. Deliveries began in December 2019.",
     None, None, "MOSCOW", None),
    # ... and none from a bare year, a date after it, or a photo caption's date
    ("MINSK, 27 January (BelTA) – Trade tripled, as the 2026 plan says.", None, None, "MINSK", "BelTA"),
    ("MOSKAU, 1. Oktober (BelTA) - Der Zuwachs gegenüber 2022 betrug 60 Prozent.", None, None, "MOSKAU", "BelTA"),
    ("UZBEKISTAN, August 28 - The President laid the first stone on 20 November 2019.", None, None, "UZBEKISTAN",
     None),
    ("KUNMING, Aug. 6 (Xinhua) -- Trade rose.\nA train in Kunming, Yunnan Province, Feb. 22, 2025. (Photo by Li/Xinhua)",
     None, None, "KUNMING", "Xinhua"),
    ("HANGZHOU, 19. Juli (Xinhua) -- Der Handel wuchs.\nEin Zug in Hangzhou, 15. Mai 2025. (Foto: Li/Xinhua)", None,
     None, "HANGZHOU", "Xinhua"),
    # places in title case opening a line, with a country, and what ends the line
    ("Moscow, 5 March 2025 — Trade grew, the ministry said.", "2025-03-05", None, "Moscow", None),
    ("Almaty. December 18. Silkroadnews - The turnover in 2015 fell by 34%.", None, None, "Almaty", None),
    ("CHONGQING, China, Aug. 24, 2021 /PRNewswire/ -- iChongqing- The China-SCO Forum on the Digital Economy "
     "Industry opened in Chongqing on August 23 with a long first sentence.", "2021-08-24", None, "CHONGQING", None),
    ("TASHKENT, Uzbekistan, February 12. The portfolio exceeded $7 billion in January 2026.", "2026-02-12", None,
     "TASHKENT", None),
    ("DUSHANBE, January 16, Asia-Plus – A Tajik-Chinese business forum opened in Beijing today.", None, None,
     "DUSHANBE", None),
    ("Taschkent, 16. Januar -- Im Dezember 2025 wuchs der Handel.", "2026-01-16", None, "Taschkent", None),
    # numeric and prefixed forms
    ("08-06-2010 Weissrussland\nGegenseitiger Handel ist wieder im Anstieg", "2010-06-08", None, None, None),
    ("Kirgistan\n26.01.17 Kirgistan, Eurasische Wirtschaftsunion (EAWU), Außenwirtschaft\n\n(gtai) - Die Wirtschaft "
     "wuchs.", "2017-01-26", None, None, None),
    ("Titel\nAktualisiert am 12. März 2025 um 10:15\nDer Handel wuchs.", "2025-03-12", "10:15", None, None),
    ("Titel\nVeröffentlicht am 12.03.2025, 10:15 Uhr\nDer Handel wuchs.", "2025-03-12", "10:15", None, None),
    ("Title\nUpdated 10:15 AM, Sept 3, 2025\nTrade grew.", "2025-09-03", "10:15", None, None),
    ("Title\nLast updated: 20 Aug 2025, 10:15\nTrade rose.", "2025-08-20", "10:15", None, None),
    ("Title\nPosted on March 5, 2025\nTrade rose.", "2025-03-05", None, None, None),
    # a date element run together with the first paragraph when the page's markup was dropped
    ("Warum Rosatom verkauft\n16. Januar 2025Trotz steigender Uranpreise hat der Konzern Anteile verkauft, die er "
     "seit Jahren hielt, und zwar an chinesische Käufer.", "2025-01-16", None, None, None),
    ("Why the deal matters\nMarch 3, 2024Beijing said on Monday that the trade between the two countries had grown "
     "for the fifth year in a row.", "2024-03-03", None, None, None),
    # a byline before the date names no outlet
    ("Titel\nVon Anna Müller | 12.03.2025, 10:15 Uhr\nDer Handel wuchs.", "2025-03-12", "10:15", None, None),
    ("Title\nBy John Smith | March 12, 2025\nTrade rose.", "2025-03-12", None, None, None),
    ("Titel\nZuletzt aktualisiert am 12.03.2025\nDer Handel wuchs.", "2025-03-12", None, None, None),
    ("Titel\nErstellt am 5. März 2025 um 10:15 Uhr\nDer Handel wuchs.", "2025-03-05", "10:15", None, None),
    # announced by its words, a date line is one even below a sentence (a teaser)
    ("Der Handel wuchs im Frühjahr deutlich, wie erwartet.\nAktualisiert am 12. März 2025\nText.", "2025-03-12",
     None, None, None),
    ("BEIJING, 15. Juni 2025 (Xinhuanet) -- China und Zentralasien haben", "2025-06-15", None, "BEIJING",
     "Xinhuanet"),
    ("Kasachstan: Weizenernte kleiner\n\nExterner Autor ,\nam\n07.11.2012\n\nNicht nur Russland", "2012-11-07", None,
     None, None),
    ("ADB forecasts growth\n\n29.04.03 00:00\n/Kazakhstan today/ - the bank said", "2003-04-29", "00:00", None, None),
    # a time with "pm" after the date; a lower-case stamp in brackets below a long teaser
    ("February 08, 2024 09:12 pm | Updated 09:12 pm IST - TIRUNELVELI\n\nIndia and Russia have signed a protocol.",
     "2024-02-08", "09:12", None, None),
    ("Handel soll steigen\nParsToday – Der Vizeminister erklärte, das Handelsvolumen werde im Rahmen der Zusammenarbeit "
     "der beiden Länder in den kommenden Jahren deutlich steigen, und zwar auf zehn Milliarden Dollar im Jahr, wie er "
     "sagte.\n(last modified 2026-02-20T20:22:56+00:00 )\nFeb 20, 2026 21:12 Europe/Berlin\n",
     "2026-02-20", "20:22", None, None),
    # a headline, the page's time stamp and its credit on one line
    ("Deutsche Firmen wollen trotz Sanktionen in Russland bleiben 01.01.2026, 03:31 Uhr von dpa Jetzt kommentieren: 0"
     "\n\nBerlin (dpa) - Viele Firmen bleiben.", "2026-01-01", "03:31", None, None),
]

# texts whose dates are no datelines
NO_DATELINE = [
    # a bracket in a sentence with a date and a dash is no outlet's dateline
    "The ministry said that trade (as reported - 31st May, 2024) grew strongly in all the provinces.",
    # an event page's times: when the event begins and ends, not when the page was published
    "Eine Delegation auf Besuch\nBeginn\n27.02.2024 · 09:00\nEnde\n28.02.2024 · 21:00\n\nVom 27. bis 28. Februar "
    "2024 organisierte der Ost-Ausschuss eine Reise.",
    "Forum on trade\nStart: 12.03.2025 10:00\n\nThe forum brought together 300 firms.",
    "The customs said on June 15, 2025 that trade rose again and again over the first five months.",
    "On 5 March 2025 the ministry said trade grew by five percent over the year.",
    "Am 5. März 2025 teilte das Ministerium mit, dass der Handel gewachsen sei.",
    "The plant was last modified 2020-02-20 for the new line, the company said.",
    # a date with its time in a sentence: when something happens
    "Der Zug soll am 01.01.2026, 03:31 Uhr in Berlin ankommen, sagte er.",
    "The train is due on 01.01.2026, 03:31 in Almaty, the railway said.",
    # a dateline-like line below a sentence of the story
    "Trade between the two countries grew again this spring.\nMoscow, 5 March 2025 — later text",
    "Der Handel zwischen beiden Ländern wuchs im Frühjahr erneut.\nMoskau, 5. März 2025 — weiter",
    # a photo caption's date, a weekday opening a line, a hyphenated date with a short year
    "A drone photo taken on Aug 5, 2025 shows the port.\nTrade rose.",
    "Das Foto wurde am 5. August 2025 aufgenommen und zeigt den Hafen.\nDer Handel wuchs.",
    "Thursday, June 30 - trade rose",
    "Donnerstag, 30. Juni - der Handel wuchs",
    "Codes\n08-06-10 and more\n",
    # a year inside a sentence, even with a word run onto it
    "Die Zahl stieg seit dem 16. Januar 2025Trotz allem weiter an, wie das Ministerium mitteilte.",
    # a site's current-date bar
    "Thursday, 02, May, 2024\nTitle\nText follows.",
    "Der Zoll teilte am 15. Juni 2025 mit, dass der Handel in den ersten fünf Monaten weiter gewachsen sei.",
    "A long first paragraph of body text that runs on and on and on for well over two hundred characters, as the "
    "body of an article does, before a list of related stories, each with its own date, begins below it.\n\n"
    "Latest\n\n"
    "2024-05-01\n",
    "",
]

# (text, kind, name)
CREDITS = [
    # the agency between slashes after a TASS dateline
    ("MOSCOW, June 14. /TASS/. Russian oil exports in May rose.", "source", "TASS"),
    # a line of its own naming the source
    ("Kasachstan liefert mehr Öl.\n(gemäß der Nachrichtenagentur Xinhua)\n", "source", "Nachrichtenagentur Xinhua"),
    ("Trade rose.\n(according to Trend)\n", "source", "Trend"),
    # an agency of several words in brackets before the dash
    ("YEREVAN (Public Radio of Armenia) — In 2022, a turnover of $1 billion was recorded.", "source",
     "Public Radio of Armenia"),
    ("A drone photo shows a banner in Tianjin. [Photo/Xinhua]", "photo", "Xinhua"),
    # a line of its own crediting a picture
    ("Starlink kommt\n\nFoto von der Website iz.ru\n\nDer Dienst hat unterzeichnet.", "photo", "iz.ru"),
    ("Starlink arrives\nPhoto by Reuters\nThe service signed.", "photo", "Reuters"),
    ("Hamburg container port Photo: Marcus Brandt/dpa", "photo", "Marcus Brandt/dpa"),
    ("Ein Werbeslogan. [Foto: Xinhua]", "photo", "Xinhua"),
    ("Quelle: Xinhua Silk Road Information Service (ots)", "source", "Xinhua Silk Road Information Service (ots)"),
    ("Source:www.news.cn", "source", "www.news.cn"),
    ("Text.\nhg/kms (dpa, AFP, Reuters)\n", "source", "Reuters"),
    ("China und Zentralasien vertiefen Beziehungen - Xinhua | German.news.cn\n\nText", "source", "Xinhua"),
    ("By He Yin, People's Daily\nThe forum was held.", "author", "He Yin"),
    ("08:20, August 29, 2025 By YAN DONGJIE ( Chinadaily.com.cn", "author", "Yan Dongjie"),
    ("Von Anna Müller\nDer Handel wächst.", "author", "Anna Müller"),
    ("BAKU, Azerbaijan, Nov. 20\n\nBy Fakhri Vakilov - Trend:\n\nThe park opened.", "author", "Fakhri Vakilov"),
    # round brackets, a caption's date and agency, a byline's agency before its time (also with its
    # opening bracket lost from the page)
    ("A photo of the port. (Photo/Xinhua)", "photo", "Xinhua"),
    ("Das Presseamt hält eine Pressekonferenz ab. (14. Juli 2025, Xinhua)", "photo", "Xinhua"),
    ("Headline\n\n(Xinhua) 09:35, July 01, 2025\n\nText.", "source", "Xinhua"),
    ("Headline\n\nXinhua) 09:35, July 01, 2025\n\nText.", "source", "Xinhua"),
    # an agency in brackets closing a line after a closed sentence (a caption's credit)
    ("Ein Manager prüft Anlagen in Tianjin, 26. April 2023. (Xinhua)\nIn einer Fabrik rollen Teile.", "source", "Xinhua"),
]

NO_CREDITS = [
    "The ministry said (in a statement) that trade grew by 5 percent.",
    "Das Foto von Peter zeigt den Hafen.",
    "Developed by China Mobile, the network covers the city.",
    "Das Foto wurde von Xinhua aufgenommen, sagte er.",
    "He stood by Xi Jinping during the talks.",
    "Trade rose (Xinhua) strongly in May.",
    "The talks (July 2025, Beijing) went well.",
    "The forum (held at 10:30) opened.",
    "Sales were driven by Hans-Peter - who joined in May - and others.",
]


@pytest.mark.parametrize(("text", "published", "time", "place", "source"), DATELINES, ids=[d[1] for d in DATELINES])
def test_datelines(text: str, published: str, time: str | None, place: str | None, source: str | None) -> None:
    found = find_dateline(text)
    assert found is not None
    assert (found.published, found.time, found.place, found.source) == (published, time, place, source)
    assert text[found.start : found.end] == found.text


@pytest.mark.parametrize("text", NO_DATELINE, ids=[t[:30] for t in NO_DATELINE])
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(("text", "kind", "name"), CREDITS, ids=[c[2] for c in CREDITS])
def test_credits(text: str, kind: str, name: str) -> None:
    found = find_credits(text)
    assert (kind, name) in [(c.kind, c.name) for c in found]
    assert all(text[c.start : c.end] == c.text for c in found)


@pytest.mark.parametrize("text", [
    "Leaders met at the Shanghai Cooperation Organisation (SCO)\nMore text follows.",  # an acronym, no date before
    "Das Wachstum lag 2024 bei 5 Prozent (Schätzung)\nMehr Text.",  # no full stop after a year
    "Die Exporte stiegen (gemäß der Statistik) um 5 Prozent.\n",  # inside a sentence, not a line of its own
    "The ratio is 3/4/. Then it fell.",  # no capitalised name between the slashes
    "The bank lends to the Asian Infrastructure Investment Bank (AIIB)\nMore text.",  # no sentence closed before it
])
def test_brackets_that_credit_nothing(text: str) -> None:
    assert find_credits(text) == []


@pytest.mark.parametrize("text", NO_CREDITS, ids=[t[:30] for t in NO_CREDITS])
def test_no_credits(text: str) -> None:
    assert find_credits(text) == []


def test_metadata_of_an_article() -> None:
    text = "Digital tech boom\n\n08:20, August 29, 2025 By YAN DONGJIE ( Chinadaily.com.cn\n\nText [Photo/Xinhua]\n"
    meta = article_metadata(text)
    assert (meta.published, meta.time, meta.authors) == ("2025-08-29", "08:20", ("Yan Dongjie",))
    assert meta.source is None  # a photo credit names the picture's source, not the article's


def test_credit_spans_cover_every_dateline_of_the_head() -> None:
    text = ("Chinese firms invited\nFahad Shabbir Published April 29, 2025 | 10:10 AM\nISLAMABAD, (UrduPoint / "
            "Pakistan Point News - 29th Apr, 2025) Federal Minister for Health Mustafa Kamal said so.")
    covered = [text[s:e] for s, e in credit_spans(text)]
    assert "Published April 29, 2025" in covered
    assert "ISLAMABAD, (UrduPoint / Pakistan Point News - 29th Apr, 2025)" in covered
    assert find_dateline(text).published == "2025-04-29"


def test_credit_spans_cover_credits_and_dateline() -> None:
    text = "TIANJIN, June 30 (Xinhua) -- The forum opened. [Photo/Xinhua]"
    spans = credit_spans(text)
    assert any(text[s:e].startswith("TIANJIN") for s, e in spans)
    assert any(text[s:e] == "[Photo/Xinhua]" for s, e in spans)


def test_a_picture_credit_in_capitals_is_no_actor() -> None:
    text = "The forum opened.\nAn attendee meets a robot in Tianjin on July 11. TONG YU/CHINA NEWS SERVICE\nMore."
    assert [text[s:e] for s, e in credit_spans(text)] == ["TONG YU/CHINA NEWS SERVICE"]
    text = "A general view of Gwadar port in Gwadar, Balochistan. PHOTO: REUTERS\n\nMore."
    assert [text[s:e] for s, e in credit_spans(text)] == ["PHOTO: REUTERS"]


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("Body.\nA drone photo taken on Aug 5, 2025 shows a banner in Tianjin. [Photo/Xinhua]\nMore.", True),
        ("Body.\nAn einer Überführung hängt ein Werbeslogan. (5. August 2025, Xinhua)\nMehr.", True),
        ("Das Foto zeigt den Gipfel in Tianjin.", True),
        ("Body.\nEin Zug in Hangzhou, 15. Mai 2025. (Foto: Li Yunsheng/Xinhua)\nMehr.", True),
        ("Body.\nA train in Kunming, Feb. 22, 2025. (Photo by Li Yunsheng/Xinhua)\nMore.", True),
        ("Body.\nEin Zug in Xi'an, 27. Februar 2024. (Xinhua/Xu Yu)\nMehr.", True),
        ("Body.\nEin Manager prüft Anlagen in Tianjin, 26. April 2023. (Xinhua)\nMehr.", True),
        # a picture credit in capitals closing the line, as China Daily writes it (read off People's Daily)
        ("Body.\nAn attendee meets a robot in Tianjin on July 11. TONG YU/CHINA NEWS SERVICE\nMore.", True),
        ("Body.\nWorkers assemble cars in Hefei. ZHANG WEI/FOR CHINA DAILY\nMore.", True),
        ("Trade between the EU/UK rose. The WTO/IMF said so.\nMore.", False),
        ("Trade between the blocs (EU/China)\nMore.", False),
        ("Der Handel wuchs, meldete die Agentur. (Xinhua)\nMehr.", False),
        ("The forum opened on Aug 5, 2025 in Tianjin.", False),
        ("Die Konferenz fand am 5. August 2025 statt.", False),
    ],
)
def test_captions(text: str, caption: bool) -> None:
    assert bool(caption_spans(text)) is caption


def test_sidecar_wins_and_fills_only_silence(tmp_path: Path) -> None:
    """The loader takes `published`, `source`, `authors` from the text only where the sidecar is silent."""
    from sco_digital import load_corpus

    text = "Title\n\nTIANJIN, June 30 (Xinhua) -- The forum opened after trade rose in May 2025, Li Qiang said.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.yaml").write_text("published: 2025-07-01\nsource: Own Desk\n", encoding="utf-8")
    corpus = load_corpus(tmp_path, use_cache=False)
    by_id = {a.id: a for a in corpus.articles}
    assert (by_id["a"].published, by_id["a"].source) == ("2025-06-30", "Xinhua")
    assert (by_id["b"].published, by_id["b"].source) == ("2025-07-01", "Own Desk")
    # the agency in the dateline is metadata, not an actor of the article
    assert not [m for a in corpus.actors for m in a.mentions if m.article == "a" and m.quote == "Xinhua"]


@settings(max_examples=fuzz(100), deadline=None)
@given(text=st.text(max_size=400))
def test_arbitrary_text_never_raises(text: str) -> None:
    for credit in find_credits(text):
        assert text[credit.start : credit.end] == credit.text
    dateline = find_dateline(text)
    assert dateline is None or text[dateline.start : dateline.end] == dateline.text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Title\n\nTIANJIN, Aug. 29, 2025 (Xinhua) -- The ministry said on Wednesday that exports rose.\n",
         "2025-08-27"),
        ("Titel\n\nCRI  |  \n29.08.2025\n\nDas Ministerium teilte am Mittwoch mit, die Exporte seien gestiegen.\n",
         "2025-08-27"),
        ("Title\nPublished: Aug 29, 2025\n\nTrade rose last week, the ministry said.\n", "2025-08-18"),
    ],
)
def test_relative_days_resolve_against_the_dateline(tmp_path: Path, text: str, day: str) -> None:
    from sco_digital import load_corpus
    from sco_digital.timeline import build_timeline

    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    entries = build_timeline(load_corpus(tmp_path, use_cache=False))
    assert day in [e.date for e in entries if e.kind == "event"]


def test_every_dateline_month_begins_where_the_dateline_scan_looks() -> None:
    """The dateline pattern is tried only at a capital, a digit or "(": every month name it knows
    (both languages) must begin with such a capital, or a dateline with it would be missed."""
    import re

    from sco_digital.extract import credits

    first = re.compile(rf"[{credits._UP}]")
    assert [m for m in credits._MONTHS if not first.match(m.capitalize())] == []


# ---- the credit scan leaves out alternatives a text cannot match: the same matches ----------------

_CREDIT_PIECES = ["Photo: Marcus Brandt/dpa", "[Foto/Xinhua]", "(Xinhua) -- ", " – Reuters\n", "Trade rose. – dpa-AFX",
                  "hg/kms (dpa, AFP, Reuters)\n", "Titel - Xinhua | German.news.cn\n", "By He Yin, People's Daily\n",
                  "Von Anna Müller\n", "Quelle: Xinhua (ots)", "Bild: ", "By ", "|", "(", ":", "-", " ", "\n", ". ",
                  "Exports rose 5 percent.", "Die Exporte stiegen.", "BY YAN DONGJIE ( Chinadaily.com.cn"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CREDIT_PIECES), max_size=12))
def test_credit_scan_without_impossible_alternatives_finds_the_same(pieces: list[str]) -> None:
    import re

    from sco_digital.extract.credits import _CREDIT_ALTERNATIVES, _credit_pattern

    text = "".join(pieces)
    full = re.compile("|".join(alternative for _, alternative in _CREDIT_ALTERNATIVES))
    expected = [(m.span(), m.lastgroup, m.groupdict()) for m in full.finditer(text)]
    assert [(m.span(), m.lastgroup, m.groupdict()) for m in _credit_pattern(text).finditer(text)] == expected


@pytest.mark.parametrize("text, left_out", [
    ("Exports rose 5 percent.", {"word", "site", "byline"}),  # nothing to credit: the gated three are left out
    ("Die Exporte stiegen (stark) um 5 Prozent.", {"word", "site", "byline"}),
    ("Photo: Xinhua | news.cn\nBy He Yin", set()),
    ("Foto: dpa", {"site", "byline"}),
])
def test_credit_scan_leaves_out_what_a_text_cannot_hold(text: str, left_out: set[str]) -> None:
    from sco_digital.extract.credits import _credit_pattern

    groups = set(_credit_pattern(text).groupindex)
    assert {"bracket", "word", "agency", "site", "byline"} <= groups  # every group stays defined
    scanned = {name for name in ("word", "site", "byline") if f"(?P<{name}>)" not in _credit_pattern(text).pattern}
    assert {"word", "site", "byline"} - scanned == left_out


_CREDIT_PIECES = ["Photo: ", "Foto: Li/Xinhua", "[Photo/Xinhua]", "source: x.com", "© Reuters", ", Trend reports.",
                  "(Xinhua)", "(dpa-AFX) ", " -- ", ". – Reuters", ".  - dpa", "\n", "hg/kms (dpa, AFP)",
                  " - Xinhua | German.news.cn", "By He Yin, People's Daily", "Von Anna Müller\n", "BY YAN ( Chinadaily",
                  " Handel ", ".", "!", "\u00a0", "\r", "\t", "—", "|", "-", ",", "»", "”", "(", ")"]


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from(_CREDIT_PIECES), max_size=14))
def test_credits_are_matched_where_the_scan_finds_them(pieces: list[str]) -> None:
    """The credit pattern matched only where an alternative can begin finds what its scan of the
    whole text finds, in texts dense with credits, dashes, brackets and line breaks."""
    from sco_digital.extract.credits import _chosen_alternatives, _credit_pattern, _credit_starts
    from sco_digital.extract.wordscan import matches_at

    text = "".join(pieces)
    pattern, chosen = _credit_pattern(text), _chosen_alternatives(text)
    scanned = [(m.span(), m.group()) for m in pattern.finditer(text)]
    assert [(m.span(), m.group()) for m in matches_at(pattern, text, _credit_starts(text, chosen))] == scanned


@pytest.mark.parametrize(("text", "authors"), [
    # a wire's staff line closing an article credits its reporters and writers, never actors
    ("Sales rose.\n(Reporting by Liangping Gao, Ella Cao and Ryan Woo. Editing by Sam Holmes and Lincoln Feast)",
     ("Liangping Gao", "Ella Cao", "Ryan Woo")),
    ("Sales rose.\n(Reporting by Darya Korsunskaya, writing by Gleb Bryanski; Editing by Toby Chopra)",
     ("Darya Korsunskaya", "Gleb Bryanski")),
    ("Die Proteste wuchsen. (Berichte von Ariba Shahid und Asif Shahzad, Schreiben von Swati Bhat, Redaktion von "
     "Sudipto Ganguly und Gareth Jones)", ("Ariba Shahid", "Asif Shahzad", "Swati Bhat")),
    # a desk is no author; editors alone credit no one as author
    ("Sales rose.\n(Reporting by Beijing Newsroom; Editing by Sam Holmes)", ()),
    ("Sales rose.\n(Web editor: Zhang Kaiwei, Zhong Wenxing)\n", ()),
    ("Sales rose.\nEditing by Saule Mukhameja\n", ()),
])
def test_a_staff_line_is_a_credit(text: str, authors: tuple[str, ...]) -> None:
    from sco_digital.extract.entities import find_entities

    assert article_metadata(text).authors == authors
    spans = credit_spans(text)
    people = [e for e in find_entities(text, None) if e.kind == "person"]
    assert spans and all(any(a <= p.start and p.end <= b for a, b in spans) for p in people)


def test_the_word_reporting_in_a_sentence_is_no_credit() -> None:
    assert find_credits("The reporting by journalists was careful (Reporting by nobody).") == []


def test_a_wire_s_day_before_its_credit_in_brackets() -> None:
    # read off UrduPoint: "BEIJING, Sep 9 (UrduPoint / Pakistan Point News - 9th Sep, 2022 ) :The first …"
    text = ("SCO Forum on Information Security\n\nBEIJING, Sep 9 (UrduPoint / Pakistan Point News - 9th Sep, 2022 ) "
            ":The first Shanghai Cooperation Organization (SCO) Scientific and Expert Forum on Information Security "
            "was held in Tashkent.\n")
    found = find_dateline(text)
    assert found is not None and (found.published, found.source) == ("2022-09-09", "UrduPoint / Pakistan Point News")
