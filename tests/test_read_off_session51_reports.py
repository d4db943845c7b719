"""Phenomena read off session 51's labelled sets nobody here wrote (restaurant chains, textile
brands, fertiliser makers, the business of sport, grid companies, gold refiners; foreign direct
investment and parcel statistics): a brand written with "’s" ("McDonald’s", "Standard & Poor’s")
keeps it; a pronoun and a describing compound before a firm; leagues as bodies; a club's players;
an office's capitals after a firm's name; an adverb opening a German sentence; one numeral written
alike on both sides is no disagreement; "likely to" as a forecast, a forecast word of the sentence
before as none, and a hedge on one side only of a value written alike; a bare year before a
definite article's noun. Each rule row failed before its rule; guards pass both ways."""

from __future__ import annotations

from pathlib import Path

import pytest

from sco_digital import load_corpus
from sco_digital.compare import compare_pair
from sco_digital.extract.entities import find_entities
from sco_digital.facts import is_forecast

# Actors: (text, language, names expected among the found entities, names that must not be found)
_ACTORS = [
    # read off RT DE: "die Nachfolge von McDonald’s angetreten hat", "des Vorgängers McDonald’s": German
    # writes no possessive with an apostrophe, the brand is written so
    ("Die Kette hat in Russland die Nachfolge von McDonald’s angetreten. Dies überträfe die beste Leistung "
     "des Vorgängers McDonald’s.", "de", {"McDonald’s"}, {"McDonald"}),
    # read off a textile maker's list (news-final148): "Lavard, Jake’s, Engbers"; the rating agency
    ("Die Ratingagentur Standard & Poor’s stufte das Land ab.", "de", {"Standard & Poor’s"}, {"Standard & Poor"}),
    # guards: a verb with "es" at a sentence's start; an English possessive inside an English name; an
    # office's possessive
    ("Sei’s drum – die Firma Kaspersky wächst.", "de", set(), {"Sei’s", "Sei"}),
    ("Er studierte an der Tuck’s Business School in den USA.", "de", set(), {"Tuck’s"}),
    ("Die Meldung: SCO Secretary-General’s videoconference with Alibaba Group delegation.", "de", set(),
     {"Secretary-General’s"}),
    # read off Reuters: "MOSCOW Feb 25 McDonald's will open its first restaurant in Kazakhstan": a
    # possessive is followed by what is owned, not by a verb
    ("MOSCOW Feb 25 McDonald's will open its first restaurant in Kazakhstan.", "en", {"McDonald's"}, {"McDonald"}),
    # guards: a possessive before a noun; a longer name's possessive before a verb
    ("Apple's revenue rose in China.", "en", set(), {"Apple's"}),
    ("Reliance Retail's posted a record EBITDA.", "en", set(), {"Reliance Retail's"}),
    # read off Dow Jones (German): "Dessen Finanztochter Citic Capital Holdings und …"
    ("Dessen Finanztochter Citic Capital Holdings und das Private-Equity-Schwergewicht Carlyle kaufen 80 Prozent.",
     "de", {"Citic Capital Holdings"}, {"Dessen Finanztochter Citic Capital Holdings"}),
    # read off China.org.cn and Reuters: leagues are bodies that sell rights and sign sponsors
    ("China Sports Media bought the rights of the Chinese Super League for five years.", "en",
     {"Chinese Super League"}, set()),
    ("Die Chinesische Super League ist in der Krise.", "de", {"Chinesische Super League"}, set()),
    # guard: a German compound of "Liga" is a common noun ("Chinas Spitzen-Profiliga", "Fußball-Liga")
    ("Die Fußball-Liga des Landes wächst.", "de", set(), {"Fußball-Liga"}),
    # read off MDZ Moskau: "Spartak-Stürmer Alexander Sobolew beim Torjubel": a club's player
    ("Spartak-Stürmer Alexander Sobolew beim Torjubel.", "de", {"Alexander Sobolew"}, set()),
    ("Chelsea midfielder Oscar Santos joined the club in January.", "en", {"Oscar Santos"}, set()),
    # read off the South China Morning Post: "led by Hillhouse Capital …, as well as Shunwei Capital, 5Y
    # Capital, Legend Capital and Source Code Capital": investors' names end in "Capital"
    ("Investors included a subsidiary of CICC Capital, as well as Shunwei Capital, 5Y Capital, Legend Capital "
     "and Source Code Capital.", "en",
     {"CICC Capital", "Shunwei Capital", "5Y Capital", "Legend Capital", "Source Code Capital"}, set()),
    # guards: a kind of capital; an owner's possessive
    ("Venture Capital is booming in India.", "en", set(), {"Venture Capital"}),
    ("Apollo's Capital Partners fund closed.", "en", set(), {"Apollo's Capital Partners"}),
    # guard, read off news-final59: "des Finanzinvestors Alliance Capital": what the firm is, then its name
    ("Die Anteile des Finanzinvestors Alliance Capital wurden verkauft.", "de", set(),
     {"Finanzinvestors Alliance Capital"}),
    # read off finews.ch: "Gegenwärtig produziert das Unternehmen Goldschmuck …": an adverb opening the
    # sentence before its verb, no firm acting
    ("Der Absatz stieg. Gegenwärtig produziert das Unternehmen 200 Tonnen.", "de", set(), {"Gegenwärtig"}),
    # read off LatestLY (PTI): "The IFFCO MD said the cooperative does not mind": the office is the holder's
    ("The IFFCO MD said the cooperative does not mind losing money.", "en", {"IFFCO"}, {"IFFCO MD"}),
    # guard: an office written out ends a body's name ("Office of the President")
    ("The Office of the President said the plan was approved.", "en", {"Office of the President"}, set()),
]


@pytest.mark.parametrize(("text", "language", "present", "absent"), _ACTORS, ids=[a[0][:40] for a in _ACTORS])
def test_actors_of_session51_reports(text: str, language: str, present: set[str], absent: set[str]) -> None:
    names = {e.name for e in find_entities(text, language)}
    assert present <= names and not absent & names


def test_a_markets_player_is_no_persons_role() -> None:
    # guard: a market's player is a firm's word ("Marktspieler"), no player's before a person's name
    assert [e.name for e in find_entities("Der Marktspieler Gazprom wächst.", "de") if e.kind == "person"] == []


def test_a_brand_with_its_apostrophe_is_no_person() -> None:
    found = find_entities("Dies überträfe die Leistung des Vorgängers McDonald’s.", "de")
    assert {e.name: e.kind for e in found}.get("McDonald’s") == "company"
    assert [e.name for e in found if e.kind == "person"] == []


def test_one_numeral_written_alike_is_no_disagreement(tmp_path: Path) -> None:
    # read off pairs-final149 (CRI German, Xinhua): "sind im vergangenen Jahr landesweit 53,766 Unternehmen
    # mit auswärtigem Kapital gegründet worden" / "foreign-invested enterprises reached 53,766 in 2023": the
    # German page writes thousands as English does; read as 53.766 and 53766, still one numeral
    (tmp_path / "f-de.txt").write_text(
        "Chinas Handelsministerium teilte mit, im Jahr 2023 seien landesweit 53,766 Unternehmen mit "
        "auswärtigem Kapital gegründet worden.\n", encoding="utf-8")
    (tmp_path / "f-en.txt").write_text(
        "China's Ministry of Commerce said the number of newly established foreign-invested enterprises reached "
        "53,766 in 2023.\n", encoding="utf-8")
    result = compare_pair(load_corpus(tmp_path), "f-de", "f-en")
    assert [(p.a.text, p.b.text) for p in result.figures.shared] == [("53,766", "53,766")]
    assert not result.figures.conflicts


@pytest.mark.parametrize(("de", "en", "shared"), [
    # read off pairs-final152 (SIA, channel-e.de and semiconductors.org): "Regional stieg der Umsatz in
    # Japan von Monat zu Monat (2,6 Prozent), verringerte sich jedoch in Amerika (-0,7 Prozent)" /
    # "Regionally, sales increased on a month-to-month basis in Japan (2.6 percent), but decreased the
    # Americas (-0.7 percent)": German "Umsatz" is English "sales", a firm's takings
    ("Regional stieg der Umsatz in Japan im Juni 2019 von Monat zu Monat (2,6 Prozent), verringerte sich "
     "jedoch in China (-1,5 Prozent) und in Europa (-2,6 Prozent).",
     "Regionally, sales increased on a month-to-month basis in Japan (2.6 percent), but decreased in China "
     "(-1.5 percent) and Europe (-2.6 percent).", {("2,6 Prozent", "2.6 percent"), ("-1,5 Prozent", "-1.5 percent")}),
    # guard: takings and output are no one statistic
    ("Regional stieg der Umsatz in Japan im Juni 2019 von Monat zu Monat (2,6 Prozent), verringerte sich "
     "jedoch in China (-1,5 Prozent).",
     "Regionally, output increased on a month-to-month basis in Japan (2.6 percent), but decreased in China "
     "(-1.5 percent).", set()),
])
def test_takings_named_as_the_other_language_names_them(tmp_path: Path, de: str, en: str,
                                                         shared: set[tuple[str, str]]) -> None:
    (tmp_path / "t-de.txt").write_text(de + "\n", encoding="utf-8")
    (tmp_path / "t-en.txt").write_text(en + "\n", encoding="utf-8")
    result = compare_pair(load_corpus(tmp_path), "t-de", "t-en")
    assert {(p.a.text, p.b.text) for p in result.figures.shared} == shared and not result.figures.conflicts


# Forecasts: (sentence, language, figure's text, whether it is a forecast)
_FORECASTS = [
    # read off Xinhua (people.cn): "About 74 billion parcels are likely to be handled in 2020"
    ("About 74 billion parcels are likely to be handled in 2020, the bureau said.", "en", "74 billion", True),
    # guard: what a value could come to is no forecast of the value ("might grow", "could reach")
    ("The deal could reach $2 billion, the people said.", "en", "$2 billion", False),
    # read off tageswoche.ch: "… ein attraktives Ziel. Diese steckten 2013 die Rekordsumme von 117,6 Mrd.
    # Dollar in Fabriken": a destination in the sentence before, no target of this amount
    ("China bleibt für ausländische Investoren ein attraktives Ziel. Diese steckten 2013 die Rekordsumme von "
     "117,6 Mrd. Dollar in Fabriken.", "de", "117,6 Mrd. Dollar", False),
    # guards: a target in the number's sentence; a result reported in the past
    ("Das Ziel von 200 Mrd. Dollar soll bis 2030 erreicht werden.", "de", "200 Mrd. Dollar", True),
    ("About 63 billion parcels were handled in 2019, the bureau said.", "en", "63 billion", False),
]


@pytest.mark.parametrize(("text", "language", "figure", "forecast"), _FORECASTS, ids=[f[0][:40] for f in _FORECASTS])
def test_forecasts_of_session51_reports(tmp_path: Path, text: str, language: str, figure: str, forecast: bool) -> None:
    (tmp_path / f"a-{language}.txt").write_text(text + "\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    (found,) = [f for f in corpus.figures if f.text == figure]
    assert is_forecast(found) is forecast


def test_a_forecast_pairs_with_a_forecast_across_languages(tmp_path: Path) -> None:
    # read off pairs-final151: the State Post Bureau's 2020 forecast, German and English
    (tmp_path / "p-de.txt").write_text(
        "Etwa 74 Milliarden Pakete würden voraussichtlich im Jahr 2020 abgefertigt, was einem Anstieg von etwa 18 "
        "Prozent gegenüber 2019 entspreche, während das gesamte Geschäftsaufkommen im Vergleich zum Vorjahr um 16 "
        "Prozent auf 866 Milliarden Yuan steigen könnte, hieß das Büro Anfang des Monats.\n"
        "Im Jahr 2019 wurden in China rund 63 Milliarden Expresspakete abgefertigt, 24 Prozent mehr als im "
        "Vorjahr.\n", encoding="utf-8")
    (tmp_path / "p-en.txt").write_text(
        "About 74 billion parcels are likely to be handled in 2020, up some 18 percent from 2019, while total "
        "business revenue might grow 16 percent year on year to 866 billion yuan, the bureau said earlier this "
        "month.\nChina saw about 63 billion express parcels handled in 2019, up 24 percent year on year.\n",
        encoding="utf-8")
    result = compare_pair(load_corpus(tmp_path), "p-de", "p-en")
    assert ("74 Milliarden", "74 billion") in [(p.a.text, p.b.text) for p in result.figures.shared]


_HEDGED_DE = "Russland wird im Jahr 2035 voraussichtlich etwa zwei Milliarden Tonnen Treibhausgase ausstoßen.\n"


@pytest.mark.parametrize(("en", "shared"), [
    # read off pairs-final59, -85, -103, where one side hedges ("dürfte Russland im Jahr 2035 etwa zwei
    # Milliarden Tonnen … ausstoßen" / "around two billion metric tons"): a translation drops the hedge
    ("Russia's greenhouse gas emissions in 2035 come to around two billion metric tons.\n",
     [("zwei Milliarden Tonnen", "two billion metric tons")]),
    # guard: the forecast of one year is no result of another
    ("Russia's greenhouse gas emissions in 2021 came to around two billion metric tons.\n", []),
])
def test_a_hedge_on_one_side_of_a_value_written_alike(tmp_path: Path, en: str, shared: list[tuple[str, str]]) -> None:
    (tmp_path / "e-de.txt").write_text(_HEDGED_DE, encoding="utf-8")
    (tmp_path / "e-en.txt").write_text(en, encoding="utf-8")
    result = compare_pair(load_corpus(tmp_path), "e-de", "e-en")
    assert [(p.a.text, p.b.text) for p in result.figures.shared] == shared and not result.figures.conflicts


def test_a_value_in_words_said_again_in_digits_pairs_by_its_digits(tmp_path: Path) -> None:
    # read off pairs-final135 (Bitkom): "um ein Viertel (25,1 Prozent) eingebrochen" / "slumped by a quarter
    # (25.1%)": the digits are the statistic, the words a rounding of them
    (tmp_path / "q-de.txt").write_text(
        "Im vergangenen Jahr sind die Umsätze der IT-Unternehmen in Russland um ein Viertel (25,1 Prozent) "
        "eingebrochen.\n", encoding="utf-8")
    (tmp_path / "q-en.txt").write_text(
        "Last year, sales by IT companies in Russia slumped by a quarter (25.1%).\n", encoding="utf-8")
    result = compare_pair(load_corpus(tmp_path), "q-de", "q-en")
    assert [(p.a.text, p.b.text) for p in result.figures.shared] == [("25,1 Prozent", "25.1%")]


@pytest.mark.parametrize(("text", "figure", "period"), [
    # read off tageswoche.ch: "Diese steckten 2013 die Rekordsumme von 117,6 Mrd. Dollar in Fabriken": a
    # bare year after the verb dates the amount a definite article's noun names
    ("Ausländische Investoren steckten 2013 die Rekordsumme von 117,6 Mrd. Dollar in Fabriken.",
     "117,6 Mrd. Dollar", "2013"),
    ("Der Handel erreichte 2024 den Rekordwert von 244 Milliarden Dollar.", "244 Milliarden Dollar", "2024"),
    # guard: a base's year ("von 2023") dates nothing
    ("Der Umsatz wuchs im Vergleich zur ersten Jahreshälfte von 2023 ein Plus von 5,8 Prozent.", "5,8 Prozent", None),
])
def test_periods_of_session51_reports(tmp_path: Path, text: str, figure: str, period: str | None) -> None:
    (tmp_path / "a-de.txt").write_text(text + "\n", encoding="utf-8")
    (found,) = [f for f in load_corpus(tmp_path).figures if f.text == figure]
    assert found.period == period
