"""Phenomena read off session 52's labelled sets nobody here wrote (telecom towers, petrochemicals,
tyres, smartphones, film and building materials; cotton, gold, parcels, property, rare metals,
tourism, industrial output and foreign direct investment statistics): a firm's deputy ("UNG-Vize");
tower companies; a newswire; a place's adjective before a describing compound; a site's name line
("German.news.cn| …") is no country the lead opens on; a harvest's or an output's compound names
its crop or goods; takings are never tonnes; foreigners are no countries; an index of the statistic
named before; a part of a whole; a time since which something holds has begun; "higher than that of
last year" states a change of this year; an item of a listed flow is its other end; a firm's
origin is no subject; "auswärtiges Kapital"; "metric tonne", "eine Mrd.", a unit after a slash;
actors, singers and moguls. Each rule row failed before its rule (2c010ee); guards pass both ways."""

from __future__ import annotations

from pathlib import Path

import pytest

from sco_digital.extract.entities import find_entities
from sco_digital.extract.numbers import extract_figures

from read_off import compared, figure_keys

# Actors: (text, language, {name: kind} expected among the found entities, names that must not be found)
_ACTORS = [
    # read off Ostexperte (news-final194): "unter Verweis auf Angaben von UNG-Vize Ulugbek Sayyidov": a
    # firm's deputy head, the title's second half left out
    ("Medien berichten unter Verweis auf Angaben von UNG-Vize Ulugbek Sayyidov, dass die Anlage läuft.", "de",
     {"Ulugbek Sayyidov": "person"}, {"UNG-Vize Ulugbek Sayyidov"}),
    # read off DER STANDARD and NDTV Profit (news-final196): "gaben Indus Towers sowie Bharti Infratel
    # bekannt", "its share in Indus Towers": a tower company
    ("Am Mittwoch gaben Indus Towers sowie Bharti Infratel bekannt, sich zusammenzuschließen.", "de",
     {"Indus Towers": "company"}, set()),
    ("The tower base of the firm, including its share in Indus Towers, stood at 90,255 towers.", "en",
     {"Indus Towers": "company"}, set()),
    # guard: a deputy's full title
    ("Das sagte Gazprom-Vizechef Peter Müller am Montag.", "de", {"Peter Müller": "person"}, set()),
    # read off german.china.org.cn (news-final204): "laut dem Beijinger Marktforschungsunternehmen EntGroup"
    ("Laut dem Beijinger Marktforschungsunternehmen EntGroup stieg der Umsatz.", "de", {"EntGroup": "company"},
     {"Beijinger Marktforschungsunternehmen EntGroup"}),
    # guard: a place's adjective opening a firm's own name, no name after it
    ("Die Kasseler Verkehrs-Gesellschaft fährt.", "de", {"Kasseler Verkehrs-Gesellschaft": "organization"}, set()),
    # read off the Astana Times and german.china.org.cn (news-final204): "with renowned director and actor
    # Shaken Aimanov", "des chinesischen Immobilienmoguls Wang Jianlin"
    ("The studio was renamed Kazakhfilm, with renowned director and actor Shaken Aimanov playing a key role.", "en",
     {"Shaken Aimanov": "person"}, set()),
    ("Die Kette steht unter der Kontrolle des chinesischen Immobilienmoguls Wang Jianlin.", "de",
     {"Wang Jianlin": "person"}, set()),
    # read off Moneycab (news-final202): "sagte … Paul Hugentobler Dow Jones Newswires": a newswire
    ("Paul Hugentobler told Dow Jones Newswires on Monday.", "en", {"Dow Jones Newswires": "media"}, set()),
]


@pytest.mark.parametrize(("text", "language", "present", "absent"), _ACTORS, ids=[a[0][:40] for a in _ACTORS])
def test_actors_of_session52_reports(text: str, language: str, present: dict[str, str], absent: set[str]) -> None:
    found = {e.name: e.kind for e in find_entities(text, language)}
    assert {n: found.get(n) for n in present} == present and not absent & set(found)




# Xinhua's German and English reports of Xinjiang's cotton harvest (pairs-final155), shortened
_COTTON_DE = (
    "date 2021-12-06\n\nXinjiang erlebt ertragreiche Ernte von Baumwolle\n\n"
    "German.news.cn| 06-12-2021 08:56:52| 新华网\nGerman.news.cn| 06-12-2021 08:56:52| 新华网\n\n"
    "Der Bauer Amar Aziz fährt einen Baumwollernter über sein Baumwollfeld in der Präfektur Aksu. (Xinhua/Ma Kai)\n\n"
    "URUMQI, 5. Dezember (Xinhua) -- Das Uigurische Autonome Gebiet Xinjiang hat in diesem Jahr laut "
    "Behördenangaben eine ertragreiche Ernte von Baumwolle eingefahren, wobei mehr als 80 Prozent der "
    "Erntearbeit von Maschinen erledigt wurden.\n\n"
    "Die diesjährige Baumwollernte in der Region ist fast abgeschlossen, und der Gesamtertrag wird "
    "voraussichtlich 5,2 Millionen Tonnen erreichen, 39.600 Tonnen mehr als im letzten Jahr.\n")
_COTTON_EN = (
    "date 2021-12-05\n\nXinjiang sees bumper cotton harvest this year\n\n"
    "URUMQI, Dec. 4 (Xinhua) -- Northwest China's Xinjiang Uygur Autonomous Region has seen a bumper harvest "
    "of cotton this year, with machines doing over 80 percent of the picking work, authorities said.\n\n"
    "The cotton harvesting work this year has almost been completed in the region, and the total yield is "
    "expected to reach 5.2 million tonnes, 39,600 tonnes higher than that of last year.\n\n"
    "Thanks to the high cotton prices since mid-September, cotton farmers are expected to reap an average net "
    "income exceeding 22,500 yuan per hectare this year.\n")


def test_a_sites_name_line_is_no_country_and_a_harvest_is_of_its_crop(tmp_path: Path) -> None:
    found = figure_keys(tmp_path, "c-de.txt", _COTTON_DE)
    # "German.news.cn": no German subject; "Baumwollernte … Gesamtertrag": cotton, no revenue in tonnes
    assert found["5,2 Millionen Tonnen"] == ("cotton", "2021", "xinjiang")
    assert found["39.600 Tonnen"] == ("cotton:change", "2021", "xinjiang")


def test_higher_than_that_of_last_year_and_since_mid_september(tmp_path: Path) -> None:
    found = figure_keys(tmp_path, "c-en.txt", _COTTON_EN)
    assert found["39,600 tonnes"] == ("cotton:change", "2021", "xinjiang")


def test_higher_than_previously_planned_is_a_revision(tmp_path: Path) -> None:
    # guard, read off TASS (pairs-final120): "(2.6% of GDP, 1.94 trillion rubles higher than previously
    # planned)": by how much a plan was revised, no change of the statistic
    found = figure_keys(tmp_path, "r-en.txt", "date 2024-09-30\n\nThe federal budget deficit in 2025 will amount to "
                     "5.736 trillion rubles, 1.94 trillion rubles higher than previously planned.\n")
    assert not (found["1.94 trillion rubles"][0] or "").endswith(":change")


@pytest.mark.parametrize(("text", "period"), [
    # read off Xinhua (pairs-final155): "Thanks to the high cotton prices since mid-September, cotton farmers
    # are expected to reap …": a forecast's verb does not move a time since which something holds ahead
    ("Since mid-September, cotton farmers are expected to reap 22,500 yuan per hectare.", "2021-09"),
    ("Seit Mitte September werden die Bauern voraussichtlich 22.500 Yuan pro Hektar erwirtschaften.", "2021-09"),
    # guard: a month a forecast names without "since" is the next one to come
    ("Cotton farmers are expected to reap 22,500 yuan per hectare in September.", "2022-09"),
])
def test_a_time_since_which_something_holds(tmp_path: Path, text: str, period: str) -> None:
    found = figure_keys(tmp_path, "s-de.txt" if "Seit" in text else "s-en.txt", f"date 2021-12-05\n\n{text}\n")
    assert [p for _, p, _ in found.values()] == [period]




def test_the_cotton_reports_pair(tmp_path: Path) -> None:
    shared, conflicts = compared(tmp_path, _COTTON_DE, _COTTON_EN)
    assert {("5,2 Millionen Tonnen", "5.2 million tonnes"), ("39.600 Tonnen", "39,600 tonnes")} <= shared
    assert not conflicts


@pytest.mark.parametrize(("text", "figure", "measure"), [
    # read off pairs-final154 (GoldSeiten): "doch auch der inländische Goldausstoß sank 2019 um 5,2% auf
    # 380,2 Tonnen": the output of gold, no emission
    ("Auch der inländische Goldausstoß sank 2019 um 5,2% auf 380,2 Tonnen.", "380,2 Tonnen", "output"),
    # read off pairs-final149 (CRI German): "umgerechnet 1133,91 Milliarden Yuan auswärtiges Kapital real genutzt"
    ("China hat 2023 umgerechnet 1133,91 Milliarden Yuan auswärtiges Kapital real genutzt.",
     "1133,91 Milliarden Yuan", "investment"),
    # read off minenportal.de (pairs-final160): "Auch der Palladium-Ausstoß war mit 649.000 Feinunzen …"
    ("Auch der Palladium-Ausstoß war 2012 mit 649.000 Feinunzen rückläufig.", "649.000 Feinunzen", "output"),
    # read off german.people.com.cn (pairs-final161): "17,254 Millionen Ausländer … nach China eingereist":
    # foreigners are no "Aus" + "Länder"
    ("Von Januar bis Juli 2024 sind 17,254 Millionen Ausländer nach China eingereist.", "17,254 Millionen", None),
    # read off BoerseGo (pairs-final163): "… die Industrieproduktion … Der entsprechende Index sank … um 5,1 Prozent"
    ("In Indien hat sich die Industrieproduktion im Oktober 2011 abgekühlt. Der entsprechende Index sank im "
     "Jahresvergleich um 5,1 Prozent.", "5,1 Prozent", "output:change"),
    # read off CRI (pairs-final9): "steuerten 112,28 Milliarden US-Dollar bzw. 96,6 Prozent des tatsächlich
    # genutzten ausländischen Kapitals bei": a part of the whole, not the whole's statistic
    ("Die 15 wichtigsten Herkunftsländer steuerten 2024 112,28 Milliarden US-Dollar bzw. 96,6 Prozent der "
     "ausländischen Direktinvestitionen bei.", "112,28 Milliarden US-Dollar", None),
    # guard: the whole itself, then its change
    ("Die ausländischen Direktinvestitionen erreichten 2024 116,24 Milliarden US-Dollar, 27 Prozent weniger als 2023.",
     "116,24 Milliarden US-Dollar", "investment"),
    # guards: a carbon output is an emission (hyphenated too); a harvest without a crop is of grain, a crop's harvest of it;
    # takings in money are revenue
    ("Die Weizenernte betrug 2023 zwölf Millionen Tonnen.", "zwölf Millionen Tonnen", "wheat"),
    ("Der CO2-Ausstoß sank 2019 auf 10 Millionen Tonnen.", "10 Millionen Tonnen", "emissions"),
    ("Der Treibhausgas-Ausstoß sank 2019 auf 5 Millionen Tonnen.", "5 Millionen Tonnen", "emissions"),
    ("Die Ernte betrug 2023 zwanzig Millionen Tonnen.", "zwanzig Millionen Tonnen", "grain"),
    ("Der Ertrag des Konzerns stieg 2023 auf 5 Millionen Euro.", "5 Millionen Euro", "revenue"),
])
def test_measures_of_session52_reports(tmp_path: Path, text: str, figure: str, measure: str | None) -> None:
    assert figure_keys(tmp_path, "m-de.txt", text + "\n")[figure][0] == measure


@pytest.mark.parametrize(("name", "text", "subjects"), [
    # read off usbekistan-online.de and Trend (pairs-final155): each country of the list holds its bracket;
    # of a flow, as the other end
    ("l-de.txt", "Usbekistan hat 2020 Textilien für 3 Mrd. USD exportiert. Der größte Teil wurde nach Russland "
     "(655,5 Mio. USD), China (438,2 Mio. USD) und Kirgisistan (283,9 Mio. USD) exportiert.\n",
     {"438,2 Mio. USD": "uzbekistan>china", "283,9 Mio. USD": "uzbekistan>kyrgyzstan"}),
    # whose flow it is unsaid: no country of the list is its trader
    ("l-en.txt", "The largest share of textile exports in 2020 fell on Russia ($655.5 million), China ($403.4 "
     "million), and Kyrgyzstan ($284.4 million).\n", {"$284.4 million": None, "$403.4 million": None}),
])
def test_a_listed_flows_items_are_its_other_ends(tmp_path: Path, name: str, text: str,
                                                 subjects: dict[str, str | None]) -> None:
    found = figure_keys(tmp_path, name, text)
    assert {f: found[f][2] for f in subjects} == subjects


@pytest.mark.parametrize(("text", "language", "found"), [
    # read off Moneycontrol (pairs-final154): "The RBI now holds 854.73 metric tonne of gold"
    ("The RBI now holds 854.73 metric tonne of gold.", "en", [("854.73 metric tonne", "t", 854.73)]),
    ("It shipped 854 metric ton of gold.", "en", [("854 metric ton", "t", 854)]),
    # read off Handelsblatt (news-final200): "bis 2008 auf über eine Mrd. Dollar verdoppeln"
    ("Der Export soll auf über eine Mrd. Dollar steigen.", "de", [("eine Mrd. Dollar", "USD", 1_000_000_000)]),
    # read off SteelOrbis (pairs-final157): "amounted to RMB 16,189/square meter ($2,529.5/sq.m.)"
    ("The price amounted to RMB 16,189/square meter ($2,529.5/sq.m.).", "en",
     [("RMB 16,189/square meter", "CNY/m2", 16189), ("$2,529.5/sq.m", "USD/m2", 2529.5)]),
    ("Brent cost $80/barrel.", "en", [("$80/barrel", "USD/bbl", 80)]),
    # guards: a slash between numbers; the article as no number
    ("The shop is open 24/7.", "en", []),
    ("Das kostet einen Euro mehr.", "de", []),
])
def test_numbers_of_session52_reports(text: str, language: str, found: list[tuple[str, str, float]]) -> None:
    assert [(f.text, f.unit, f.value) for f in extract_figures(text, language)] == found


@pytest.mark.parametrize(("text", "language", "subject"), [
    # read off the Indian Express (pairs-final158): "Chinese smartphone maker Vivo has broken its previous
    # record … in India": where the firm named after comes from, not whose shipments
    ("Chinese smartphone maker Vivo registered a shipment of 5.8 million units in India in Q2 2019.", "en", "india"),
    ("Der chinesische Smartphone-Hersteller Vivo hat im zweiten Quartal 2019 in Indien 5,8 Millionen Geräte "
     "ausgeliefert.", "de", "india"),
    # guard: a country's makers, no firm named
    ("Chinese makers shipped 20 million units in 2019.", "en", "china"),
])
def test_a_firms_origin_is_no_subject(tmp_path: Path, text: str, language: str, subject: str) -> None:
    found = figure_keys(tmp_path, f"v-{language}.txt", f"date 2019-07-30\n\n{text}\n")
    assert [s for _, _, s in found.values()] == [subject]
