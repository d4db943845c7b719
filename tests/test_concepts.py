"""What a figure measures, whether it is a change, and whom it is about: English and German."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sco_digital.load.registry import load_registries
from sco_digital.match.concepts import change_direction, is_change, matcher_for, measure_of
from sco_digital.match.subject import names_for, subject_of

REGISTRIES = load_registries(Path(__file__).resolve().parent.parent / "corpus")
CONCEPTS = matcher_for(REGISTRIES.concepts)
NAMES = names_for(REGISTRIES.actors)


def _span(sentence: str, number: str) -> tuple[int, int]:
    start = sentence.index(number)
    return start, start + len(number)


# (language, sentence, number as written, unit, measure)
MEASURES = [
    # an export potential is the exports expected (read off a Kazakh grain report)
    ("de", "Es wird erwartet, dass das Exportpotenzial kasachischen Getreides 12 Millionen Tonnen erreichen wird.",
     "12 Millionen Tonnen", "t", "exports"),
    # imports and exports elided in one German compound are the trade volume (read off fbdza)
    ("de", "Chinas Gesamtimporte und -exporte stiegen auf 13,32 Billionen Yuan.", "13,32 Billionen Yuan", "CNY",
     "trade-volume"),
    ("en", "Uzbekistan trains 29,000 digital technology professionals a year.", "29,000", "count",
     "professionals-trained"),
    ("de", "Usbekistan bildet jährlich 29.000 Fachkräfte aus.", "29.000", "count", "professionals-trained"),
    ("en", "China's trade volume with SCO countries reached $512 billion.", "$512 billion", "USD", "trade-volume"),
    ("de", "Der Handel zwischen China und den SCO-Staaten stieg um 9,3 Prozent.", "9,3 Prozent", "percent",
     "trade-volume"),
    ("de", "Das Handelsvolumen erreichte 512 Milliarden Dollar.", "512 Milliarden Dollar", "USD", "trade-volume"),
    ("en", "The deficit stood at 3.4% of GDP.", "3.4%", "percent", "share-of-gdp"),
    ("de", "Das Defizit lag bei 3,4 Prozent des BIP.", "3,4 Prozent", "percent", "share-of-gdp"),
    # a share whose whole, GDP, the clause names after it (read off Xinhua and ECNS)
    ("de", "Der Anteil der digitalen Wirtschaft am chinesischen BIP stieg auf 39,8 Prozent.", "39,8 Prozent",
     "percent", "share-of-gdp"),
    ("en", "The proportion of its digital economy in GDP increased to 39.8 percent.", "39.8 percent", "percent",
     "share-of-gdp"),
    ("de", "Chinas Anteil am gesamten Außenhandel stieg auf 24,8 %.", "24,8 %", "percent", "share"),
    ("en", "Currently IT makes up 1.9 per cent of Uzbekistan’s GDP.", "1.9 per cent", "percent", "share-of-gdp"),
    ("en", "Industry accounted for more than 40 percent of economic growth.", "40 percent", "percent", "share"),
    ("de", "Mehr als 400 Firmen nahmen teil.", "400", "count", "companies"),
    ("de", "Mehr als 400 Unternehmen nahmen teil.", "400", "count", "companies"),
    ("en", "More than 400 companies took part.", "400", "count", "companies"),
    ("de", "Es entstanden 1.200 neue Arbeitsplätze.", "1.200", "count", "jobs"),
    ("en", "The project created 1,200 new jobs.", "1,200", "count", "jobs"),
    ("de", "Die Ausfuhren stiegen um 5 Prozent.", "5 Prozent", "percent", "exports"),
    ("de", "Die Rohölexporte Russlands erreichten 240 Millionen Tonnen.", "240 Millionen Tonnen", "t", "oil-exports"),
    ("de", "Die Unternehmensgewinne sanken um 2 Prozent.", "2 Prozent", "percent", "profit"),
    ("de", "Das Exportvolumen betrug 20 Milliarden Euro.", "20 Milliarden Euro", "EUR", "exports"),
    ("en", "Chinese companies invested $5 billion in Kazakhstan.", "$5 billion", "USD", "investment"),
    ("en", "Eighty-four investment projects with contracts worth over 213.8 billion yuan were signed.",
     "213.8 billion yuan", "CNY", "deals"),
    ("de", "Es wurden 84 Projekte mit Verträgen im Wert von 213,8 Milliarden Yuan unterzeichnet.",
     "213,8 Milliarden Yuan", "CNY", "deals"),
    ("en", "China imported coal worth nearly 90 billion dollars.", "90 billion dollars", "USD", "imports"),
    ("de", "China importierte Kohle im Wert von fast 90 Milliarden Dollar.", "90 Milliarden Dollar", "USD", "imports"),
    ("en", "Trade reached $245 billion, up 2.7% year on year.", "2.7%", "percent", "trade-volume"),
    # Goods and services exchanged are trade; exported they are exports.
    ("de", "Die beiden Staaten tauschten Güter und Dienstleistungen im Wert von 240 Milliarden Dollar aus.",
     "240 Milliarden Dollar", "USD", "trade-volume"),
    ("de", "Deutschland exportierte Waren und Dienstleistungen im Wert von 5 Milliarden Euro.", "5 Milliarden Euro",
     "EUR", "exports"),
    # the flow of the number's own clause after it, not one of the clause before (read off ostwirtschaft.de)
    ("de", "Es entfielen 787 Mio. Dollar auf Importe aus China, während Duschanbe nur Waren im Wert von 177 Mio. "
     "Dollar in sein Nachbarland exportierte.", "177 Mio. Dollar", "USD", "exports"),
    ("de", "Das chinesische Investitionsportfolio summierte sich auf 5,1 Mrd. Dollar.", "5,1 Mrd. Dollar", "USD",
     "investment"),
    # after an infinitive's "to" a counted thing's singular is a verb; coaches are no buses (read off
    # fledu.uz on Huawei's ICT academies)
    ("en", "This year it is planned to train at least 15 Academy coaches.", "15", "count", None),
    ("en", "China sent 200 trains to Europe.", "200", "count", "freight-trains"),
    # a count's own noun right before it, not a flow named before the amount before it; the residents
    # of an IT park named before them (read off tech.az on Uzbekistan's IT parks)
    ("en", "It is planned to increase the volume of exports to 5 billion dollars and provide employment to 300 "
     "thousand young people.", "300 thousand", "count", "jobs"),
    ("en", "The number of IT-Park residents in Karakalpakstan reached 108.", "108", "count", "companies"),
    # the verb of a flow closing a German clause after the amount, past its conversion (read off
    # exportmanager-online on Astana's investments)
    ("de", "In das Projekt wurden 30 Mrd Tenge (58,6 Mio Dollar) investiert.", "30 Mrd Tenge", "KZT", "investment"),
    ("de", "Im Jahr 2024 wird China fast 1,8 Billionen Yuan an Konsumgütern importieren.", "1,8 Billionen Yuan", "CNY",
     "imports"),
    # the residents of a park are its firms; a city's are its people (read off Euroradio on Great Stone)
    ("en", "There are 35 residents in the Belarusian-Chinese industrial park Great Stone.", "35", "count", "companies"),
    ("en", "The number of residents in the park has surpassed 300.", "300", "count", "companies"),
    ("en", "The city has 2 million residents.", "2 million", "count", "population"),
    ("de", "Die Bahn transportierte Import- und Exportgüter im Wert von über 60 Milliarden Yuan.",
     "60 Milliarden Yuan", "CNY", "trade-volume"),
    ("en", "The railway transported import and export goods amounting to more than 60 billion yuan.",
     "60 billion yuan", "CNY", "trade-volume"),
    # An idiom names no measure; an actor noun is not what a physical quantity measures.
    ("en", "Exports fell 4.6 percent over the course of the year.", "4.6 percent", "percent", "exports"),
    ("en", "Supplies via the Power of Siberia totaled 15.4 billion cubic meters.", "15.4 billion cubic meters",
     "m3", None),
    ("de", "Lieferte der Konzern 2022 noch 15,5 Milliarden Kubikmeter nach China.", "15,5 Milliarden Kubikmeter",
     "m3", None),
    ("de", "Der Konzern hat 15 Tochterfirmen.", "15", "count", "companies"),
    # Things counted one by one are never what money measures: the yuan are revenue, not parcels;
    # a count of parcels still is.
    ("en", "Revenue and volume hit 132 billion parcels and 1.2 trillion yuan.", "1.2 trillion yuan", "CNY",
     "revenue"),
    ("en", "Revenue and volume hit 132 billion parcels and 1.2 trillion yuan.", "132 billion", "count", "parcels"),
    ("de", "Die Touristen gaben 5 Milliarden Yuan aus.", "5 Milliarden Yuan", "CNY", None),
    ("de", "Es kamen 5 Millionen Touristen.", "5 Millionen", "count", "tourists"),
    # Nothing measured: no concept word near the number.
    ("en", "He said 40 people attended.", "40", "count", None),
    ("de", "Er sagte, 40 Leute kamen.", "40", "count", None),
    # "handelt" is a verb, not trade.
    ("de", "Es handelt sich um 40 Leute.", "40", "count", None),
    # a power is a capacity (of the kind the words say), never electricity produced
    ("en", "The installed capacity of wind and solar power totaled 1.35 billion kW.", "1.35 billion kW", "kW",
     "capacity"),
    ("de", "Die Stromerzeugung aus Wind erreichte 460 Millionen Kilowatt.", "460 Millionen Kilowatt", "kW",
     "capacity"),
    ("en", "Wind capacity rose to 520 GW.", "520 GW", "GW", "wind-capacity"),
    ("en", "Power generation rose to 9,400 billion kWh.", "9,400 billion kWh", "kWh", "electricity"),
    ("en", "Solar power installed capacity stands at approximately 840 million kW.", "840 million kW", "kW",
     "solar-capacity"),
    ("de", "Dazu trugen die Solaranlagen mit 890 GW bei sowie die Windanlagen mit 520 GW.", "520 GW", "GW",
     "wind-capacity"),
    # passenger trips are passengers; entries and exits are border crossings
    ("de", "Auf Inlandsrouten wurden 640 Millionen Passagierreisen verzeichnet.", "640 Millionen", "count",
     "passengers"),
    ("en", "Domestic routes handled 640 million passenger trips.", "640 million", "count", "passengers"),
    ("en", "Border agencies recorded 160 million entries and exits in the quarter.", "160 million", "count",
     "border-crossings"),
    ("de", "Die Grenzbehörden zählten 160 Millionen Ein- und Ausreisen.", "160 Millionen", "count",
     "border-crossings"),
    # "Wirtschaft" alone is the economy, as "economy" is; as a compound's head it is a sector
    ("de", "Die russische Wirtschaft ist im vergangenen Jahr um 4,1 Prozent gestiegen.", "4,1 Prozent", "percent",
     "gdp"),
    ("en", "The Russian economy grew by 4.1 percent in the past year.", "4.1 percent", "percent", "gdp"),
    ("de", "Die Landwirtschaft ist um 4,1 Prozent gewachsen.", "4,1 Prozent", "percent", None),
    ("de", "Die Kreislaufwirtschaft Chinas wuchs um 5 Prozent.", "5 Prozent", "percent", None),
    # "Transport" in tonnes is freight; the transport of people is passengers
    ("de", "Der Transport belief sich auf 2,56 Millionen Tonnen.", "2,56 Millionen Tonnen", "t", "freight"),
    ("de", "Das Beförderungsvolumen stieg auf 2,76 Millionen Tonnen.", "2,76 Millionen Tonnen", "t", "freight"),
    ("de", "Der Personentransport wuchs um 5 Prozent.", "5 Prozent", "percent", "passengers"),
    # a passenger volume is passengers, not the railways it names (read off Xinhua German)
    ("de", "Das Passagieraufkommen der chinesischen Eisenbahnen belief sich auf 2,61 Milliarden.", "2,61 Milliarden",
     "count", "passengers"),
    ("en", "Total trade turnover between Russia and Belarus rose to over $46.5 bln.", "$46.5 bln", "USD", "trade-volume"),
    # "projects" before what is projected is a verb
    ("en", "The International Monetary Fund projects growth at 2.6% for this year.", "2.6%", "percent", "growth"),
    ("en", "The company completed 12 projects in 2024.", "12", "count", "projects"),
    # a concept word of a body's name measures nothing: "Reserve Bank" is no reserves
    ("en", "The Reserve Bank of India raised its growth forecast to 7%.", "7%", "percent", "growth"),
    ("en", "Foreign exchange reserves rose to $600 billion.", "$600 billion", "USD", "reserves"),
    # a compound's head is a word with a first part of its own: no "P" + "Reise", no "Herstellerp" + "Reise"
    ("de", "Im Gesamtjahr 2024 stiegen die Preise um 0,2 Prozent.", "0,2 Prozent", "percent", "prices"),
    ("de", "Die Herstellerpreise sanken im Dezember um 2,3 Prozent.", "2,3 Prozent", "percent", "prices"),
    ("de", "Die Zahl der Inlandsreisen stieg auf 5 Millionen.", "5 Millionen", "count", "trips"),
    # basis points move a rate; words of anything else name no measure of them
    ("de", "Die Zentralbank senkte den Leitzins um 150 Basispunkte.", "150 Basispunkte", "basis_point",
     "interest-rate"),
    ("en", "Industry leaders advocated a deep 500 bps cut to spur economic growth.", "500 bps", "basis_point", None),
    ("de", "Branchenführer plädierten für eine Kürzung um 500 Basispunkte, um das Wirtschaftswachstum anzukurbeln.",
     "500 Basispunkte", "basis_point", None),
    # a growth is of what its compound's first part or its genitive names; alone it stays growth
    ("de", "Das BIP-Wachstum Pakistans lag 2026 bei 4 %.", "4 %", "percent", "gdp"),
    ("de", "Das Exportwachstum lag bei 6 Prozent.", "6 Prozent", "percent", "exports"),
    ("de", "Das Handelswachstum lag bei 6 Prozent.", "6 Prozent", "percent", "trade-volume"),
    ("de", "Das Wachstum des BIP lag 2025 bei 3 %.", "3 %", "percent", "gdp"),
    ("en", "Growth of GDP was 3% in 2025.", "3%", "percent", "gdp"),
    ("de", "Das Wachstum lag bei 5 Prozent.", "5 Prozent", "percent", "growth"),
    ("de", "Die Schulden liegen bei 40 % des BIP.", "40 %", "percent", "share-of-gdp"),
    ("en", "Debt stood at 40% of GDP.", "40%", "percent", "share-of-gdp"),
    # new registrations are how car markets count sales
    ("de", "Die Zahl der Neuzulassungen sei auf 1,55 Millionen Stück gestiegen.", "1,55 Millionen", "count", "sales"),
    ("en", "New car registrations rose to 1.5 million.", "1.5 million", "count", "sales"),
    # tonne-kilometres measure freight whatever noun stands near them
    ("en", "Total turnover including empty car mileage reached 3.075 trillion ton-km.", "3.075 trillion ton-km",
     "t.km", "freight"),
    # a gloss in brackets is a word of the clause: the number's subject stays the clause's first concept
    ("en", "The number of charging piles for electric vehicles (EV) in China reached 11.43 million.",
     "11.43 million", "count", "charging-stations"),
    ("de", "Die Zahl der Ladesäulen für Elektrofahrzeuge (EV) in China erreichte 11,43 Millionen.",
     "11,43 Millionen", "count", "charging-stations"),
    # inflation taken out of a real change is no measure of it: the change is of what it changes
    ("en", "Per capita disposable income rose by a real 5.4% after inflation adjustment.", "5.4%", "percent",
     "household-income"),
    ("en", "Wages grew 3.1% adjusted for inflation.", "3.1%", "percent", "wages"),
    ("de", "Das verfügbare Pro-Kopf-Einkommen stieg um 5,4 % nach Abzug von Preisfaktoren.", "5,4 %", "percent",
     "household-income"),
    ("de", "Die Löhne stiegen inflationsbereinigt um 3,1 Prozent.", "3,1 Prozent", "percent", "wages"),
    ("en", "Inflation rose to 5.4% in May.", "5.4%", "percent", "inflation"),
    # "der Zoll" is also the customs office that counts the exports; tariffs are "Zölle" and their kinds
    ("de", "Im Frühjahr wurden 30 Millionen Tonnen Waren vom Zoll des Landes exportiert.", "30 Millionen Tonnen",
     "t", "exports"),
    ("de", "Die Einfuhrzölle stiegen auf 25 Prozent.", "25 Prozent", "percent", "tariffs"),
    # one crop is not the grain total; a harvest "of" or "an" a crop is that crop's
    ("de", "Die Getreideernte betrug 125,9 Mio. Tonnen.", "125,9 Mio. Tonnen", "t", "grain"),
    ("de", "In Russland wurden 82,6 Mio. Tonnen Weizen geerntet.", "82,6 Mio. Tonnen", "t", "wheat"),
    ("de", "Die Erntemenge an Gerste lag bei 16,7 Mio. Tonnen.", "16,7 Mio. Tonnen", "t", "barley"),
    ("de", "Die Weizenernte erreichte 82,6 Mio. Tonnen.", "82,6 Mio. Tonnen", "t", "wheat"),
    ("en", "Russia's grain harvest amounted to 128 mln tons.", "128 mln tons", "t", "grain"),
    ("en", "The harvest of winter and spring wheat totalled 92.77 million tonnes.", "92.77 million tonnes", "t",
     "wheat"),
    ("en", "Oil-bearing crops totaled 30 mln tons, while the soybean harvest exceeded 7 mln tons.", "7 mln tons",
     "t", "soybeans"),
    ("en", "The harvest totalled 142.6 million tonnes.", "142.6 million tonnes", "t", "grain"),
    # a country's foreign visitors are its tourist arrivals; an event's visitors are not
    ("en", "Uzbekistan welcomed 9.7 million foreign visitors.", "9.7 million", "count", "tourists"),
    ("de", "Usbekistan empfing 9,7 Millionen ausländische Besucher.", "9,7 Millionen", "count", "tourists"),
    ("de", "Die Messe zählte 20.000 Besucher.", "20.000", "count", "visitors"),
    # a number joined to a word between a number and its noun is a size, not a number of its own
    ("en", "The trains carried about 707,000 20-foot equivalent unit containers of goods.", "707,000", "count",
     "containers"),
    # wholesale trade is no trade volume ("Großhandel" holds "Handel")
    ("de", "Der Großhandel schrumpfte um 2,1 Prozent.", "2,1 Prozent", "percent", "wholesale-trade"),
    # the Silk Road is no road ("Seidenstraße" ends in "Straße"); roads stay roads
    ("de", "Unternehmen hätten 50 Milliarden US-Dollar in Anrainerstaaten der Seidenstraßen investiert.",
     "50 Milliarden US-Dollar", "USD", "investment"),
    ("de", "Das Land baute 500 Kilometer neue Straßen.", "500 Kilometer", "km", "roads"),
    # a country's foreign trade turnover is its trade volume, not a firm's turnover
    ("en", "In the first half, foreign trade turnover amounted to US$42.5 billion.", "US$42.5 billion", "USD",
     "trade-volume"),
    # a number inside a relative clause between "Zahl der" and the number counts its own thing; "Gesamtzahl"
    # counts too (read off mittelstandcafe on the World Intelligence Congress)
    ("de", "Die Zahl der Nutzer, die die Zeremonie auf 40 Webseiten verfolgten, erreichte 58,6 Millionen.",
     "58,6 Millionen", "count", "users"),
    ("de", "Die Gesamtzahl der Teilnehmer, die die Feier auf 40 Livestream-Webseiten verfolgten, erreichte 58,6 "
     "Millionen.", "58,6 Millionen", "count", "visitors"),
    ("de", "Die Zahl der Nutzer, die die Zeremonie verfolgten, erreichte 58,6 Millionen.", "58,6 Millionen",
     "count", "users"),
    # a count with a noun of its own is not of the next list item's noun (read off Profit on Pakistan's
    # networks); two numbers before one noun share it
    ("en", "Pakistan has 54,000 cellular towers and 20 commercial data centres.", "54,000", "count", None),
    ("en", "Pakistan has 54,000 cellular towers and 20 commercial data centres.", "20", "count", "data-centres"),
    ("en", "Airlines handled 2.1 million and 2.29 million passenger trips per day.", "2.1 million", "count",
     "passengers"),
    # an economy a flow goes into is where it goes, not what is measured (read off Stimme der Hauptstadt)
    ("de", "Im vergangenen Jahr investierten deutsche Unternehmen über 700 Mio. USD in die usbekische Wirtschaft.",
     "700 Mio. USD", "USD", "investment"),
    ("de", "Deutsche Unternehmen haben 800 Millionen Euro in die usbekische Wirtschaft investiert.",
     "800 Millionen Euro", "EUR", "investment"),
    ("en", "China has already invested $27 billion into Kazakhstan's economy.", "$27 billion", "USD", "investment"),
    ("en", "Uzbekistan bought more: $11.2 billion in imports compared to $2.5 billion in exports.", "$2.5 billion",
     "USD", "exports"),
    # a programme of a state, a session of talks are no courses; training programmes are (read off DAZ)
    ("de", "Das Programm „Digitales Kasachstan“ besteht aus vier Teilen.", "vier", "count", None),
    ("en", "Two parts agreed on holding a joint session on IT cooperation.", "Two", "count", None),
    ("en", "The ministry ran 40 training programmes for teachers.", "40", "count", "courses"),
    # a sector named by its words grows ("der IT-Sektor wuchs"), and a tech park's residents are companies
    # (read off the Ost-Ausschuss, DAZ and Kursiv on Uzbekistan's IT Park)
    ("de", "Der IT-Sektor Usbekistans wuchs um über 40 Prozent pro Jahr.", "40 Prozent", "percent", "digital-industry"),
    ("en", "The IT sector of Uzbekistan grew by over 40 percent per year.", "40 percent", "percent", "digital-industry"),
    ("en", "The number of residents of IT Park increased by 66.", "66", "count", "companies"),
    ("en", "The total number of exporting residents reached 936.", "936", "count", "companies"),
    ("en", "The city has 3 million residents.", "3 million", "count", "population"),
    # "Dienstleistungen" are services, no capacity ("Leistung"); an infinitive of exporting is exports
    # (read off GTAI on Uzbekistan)
    ("de", "Im Jahr 2030 will das Land IT-Dienstleistungen für 5 Milliarden US-Dollar exportieren.",
     "5 Milliarden US-Dollar", "USD", "exports"),
    ("de", "Die installierte Leistung stieg auf 5 Gigawatt.", "5 Gigawatt", "GW", "capacity"),
    # events are counted one by one: an amount signed at a forum, an area of a fair's hall is of no
    # event (read off Kazinform and Xinhua)
    ("de", "Auf dem dritten Forum wurden 17 Kooperationsdokumente im Wert von 629 Millionen US-Dollar unterzeichnet.",
     "629 Millionen US-Dollar", "USD", None),
    ("en", "They signed agreements worth $7 billion during the business forum.", "$7 billion", "USD", "deals"),
    # a percentage of a whole the words right after it name is a share of it (read off finanznachrichten
    # on Iran and the EAEU); a base after it is no whole, things counted keep their concept
    ("de", "Das Abkommen betreffe etwa 50 Prozent des Handels.", "50 Prozent", "percent", "share"),
    ("en", "Private enterprises contributed 57.3% of trade volume.", "57.3%", "percent", "share"),
    ("de", "Das sind 3,4 Prozent des BIP.", "3,4 Prozent", "percent", "share-of-gdp"),
    ("en", "Exports grew 5 percent of the same period.", "5 percent", "percent", "exports"),
    ("en", "Some 70 percent of users are young.", "70 percent", "percent", "users"),
    ("en", "Coal remains crucial, contributing 55 per cent to the national energy mix.", "55 per cent", "percent",
     "share"),
    ("de", "Kohle deckt 55 Prozent der gesamten Energie.", "55 Prozent", "percent", "share"),
    # past one word of whose whole it is (read off usbekistan-online.de's English source)
    ("en", "Some 31 percent of Uzbek exports went to Switzerland.", "31 percent", "percent", "share"),
    ("de", "Etwa 85 Prozent des deutschen Handels entfallen auf Kasachstan.", "85 Prozent", "percent", "share"),
    ("de", "Die Messe findet in einer 20.000 Quadratmeter großen Ausstellungshalle statt.", "20.000 Quadratmeter",
     "m2", None),
]


@pytest.mark.parametrize("lang, sentence, number, unit, expected", MEASURES)
def test_measure_of(lang, sentence, number, unit, expected):
    start, end = _span(sentence, number)
    assert measure_of(sentence, start, end, lang, CONCEPTS, unit) == expected


# (language, sentence, number, unit, is a change, direction)
CHANGES = [
    ("en", "Exports rose 5 percent to 3 trillion yuan.", "5 percent", "percent", True, "up"),
    ("en", "Exports rose 5 percent to 3 trillion yuan.", "3 trillion yuan", "CNY", False, None),
    ("de", "Die Exporte stiegen um 5 Prozent auf 3 Billionen Yuan.", "5 Prozent", "percent", True, "up"),
    ("de", "Die Exporte stiegen um 5 Prozent auf 3 Billionen Yuan.", "3 Billionen Yuan", "CNY", False, None),
    ("en", "Trade reached $245 billion, up 2.7% year on year.", "2.7%", "percent", True, "up"),
    ("en", "Output was +2.7 % higher.", "2.7 %", "percent", True, "up"),
    ("de", "Das entspricht einem Anstieg von 10,4 Prozent gegenüber dem Vorjahr.", "10,4 Prozent", "percent", True,
     "up"),
    ("de", "Die Digitalwirtschaft ist um 11,8 Prozent gewachsen.", "11,8 Prozent", "percent", True, "up"),
    ("de", "Die Inflation sank um 1,3 Prozentpunkte.", "1,3 Prozentpunkte", "percentage_point", True, "down"),
    ("en", "The growth rate was 7.3 percent.", "7.3 percent", "percent", True, "up"),
    ("de", "Die Wachstumsrate betrug 7,3 Prozent.", "7,3 Prozent", "percent", True, "up"),
    ("de", "Das Wachstum des BIP lag 2025 bei 3 %.", "3 %", "percent", True, "up"),
    ("de", "Das Wachstum der Exporte lag bei 7 %.", "7 %", "percent", True, "up"),
    # Levels.
    ("en", "Inflation stood at 8.2 percent.", "8.2 percent", "percent", False, None),
    ("de", "Der Anteil der Exporte lag 2025 bei 30 %.", "30 %", "percent", False, None),
    ("de", "Die Inflation lag bei 8,2 Prozent.", "8,2 Prozent", "percent", False, None),
    ("en", "The company has 1,200 employees.", "1,200", "count", False, None),
    ("de", "Das Unternehmen hat 1.200 Beschäftigte.", "1.200", "count", False, None),
    # the rate a from–to rose from is a level, as the rate it rose to (read off fergana.agency)
    ("en", "Their share of China's trade rose from 0.8% to 1.5%.", "0.8%", "percent", False, None),
    ("de", "Ihr Anteil am Handel Chinas ist gestiegen – von 0,8 % auf 1,5 %.", "0,8 %", "percent", False, None),
    ("en", "The share rose from 5.4 percent in 2001 to 17.5 percent in 2020.", "5.4 percent", "percent", False, None),
    # "vergrößerte … um" is a rise (read off OWC on Iran's trade)
    ("de", "Das Land vergrößerte seine Handelsumsätze um 13 Prozent auf 941 Millionen Dollar.", "13 Prozent", "percent",
     True, "up"),
    # a qualifier between "by" and the number leaves a change (read off Trend; "attended by" is no change)
    ("en", "This figure increased by about $940 million, or 10.5 percent.", "$940 million", "USD", True, "up"),
    ("de", "Die Exporte stiegen um mehr als 2 Milliarden Dollar.", "2 Milliarden Dollar", "USD", True, "up"),
    ("en", "Exports have fallen by almost 4 times.", "4 times", "times", True, "down"),
    ("en", "Trade rose to about $3 billion.", "$3 billion", "USD", False, None),
    ("de", "Der Handel stieg auf rund 3 Milliarden Dollar.", "3 Milliarden Dollar", "USD", False, None),
    ("en", "The forum was attended by more than 300 representatives.", "300", "count", False, None),
    ("en", "BEIJING, Sept. 4 (Xinhua) -- Eighty-four projects were signed.", "Eighty-four", "count", False, None),
    ("en", "The index was -1.3 % lower.", "1.3 %", "percent", True, "down"),
    # a word that weighs the value is no word of a change (read off wom87.de on Kazakhstan's AI plans)
    ("de", "Dabei wird der Anteil der Technologiebranche von 7 % auf satte 29 % steigen.", "7 %", "percent", False, None),
    ("de", "Dabei wird der Anteil der Technologiebranche von 7 % auf satte 29 % steigen.", "29 %", "percent", False,
     None),
    ("en", "The share rose from 7% to a whopping 29%.", "29%", "percent", False, None),
    # ... not a change before the level reached, nor growth rates
    ("de", "Beim Roggen ergibt sich ein Minus von 32% auf 1,1 Mio. Tonnen.", "32%", "percent", True, "down"),
    ("de", "Das Wachstum der Wertschöpfung verlangsamte sich im Quartal von 3,7 Prozent auf 2 Prozent.", "3,7 Prozent",
     "percent", True, "up"),
    # a compound ending in a move is a change ("Gewinnplus", "Umsatzminus", "Gewinnsprung"; not
    # "Ursprungsland"), a cut of a rate a fall ("Zinssenkung", "Kürzung")
    ("de", "Der Konzern meldete ein Gewinnplus von 7 Prozent.", "7 Prozent", "percent", True, "up"),
    ("de", "Der Gewinnsprung von 30 Prozent überraschte.", "30 Prozent", "percent", True, "up"),
    ("de", "Der Hersteller verbuchte ein Umsatzminus von 3 Prozent.", "3 Prozent", "percent", True, "down"),
    ("de", "Die Zinssenkung um 0,5 Prozentpunkte kam im März.", "0,5 Prozentpunkte", "percentage_point", True,
     "down"),
    ("de", "Die Budgetkürzung von 4 Prozent trifft die Schulen.", "4 Prozent", "percent", True, "down"),
    ("de", "Das Ursprungsland lieferte 4 Prozent der Waren.", "4 Prozent", "percent", False, None),
    # the rate a move came from is a level (read off Interfax on Azerbaijan's gas exports)
    ("en", "Gas accounted for 33.8% of exports, down from 43.06% in the same period last year.", "43.06%", "percent",
     False, None),
    ("en", "The jobless rate was 5.1 percent, up from 4.9 percent.", "4.9 percent", "percent", False, None),
    ("en", "The farm sector recorded a 2 per cent growth, down from 3.7 per cent a year ago.", "3.7 per cent",
     "percent", True, "down"),
    ("en", "The core CPI rose 0.4 percent from a year ago, up from 0.3 percent in November.", "0.3 percent",
     "percent", True, "up"),
]


@pytest.mark.parametrize("lang, sentence, number, unit, changing, direction", CHANGES)
def test_level_or_change(lang, sentence, number, unit, changing, direction):
    start, end = _span(sentence, number)
    assert is_change(sentence, start, end, lang, unit) is changing
    if changing:
        assert change_direction(sentence, start, end, lang) == direction


# (language, sentence, number, measure, subject)
SUBJECTS = [
    ("de", "Chinas Handel mit den SCO-Staaten stieg um 9,3 Prozent.", "9,3 Prozent", "trade-volume:change",
     "china>sco"),
    ("en", "China's trade with SCO countries rose 9.3 percent.", "9.3 percent", "trade-volume:change", "china>sco"),
    ("en", "Trade between Russia and China reached $245 billion.", "$245 billion", "trade-volume", "china>russia"),
    ("de", "Der Handel zwischen Russland und China erreichte 245 Milliarden Dollar.", "245 Milliarden Dollar",
     "trade-volume", "china>russia"),
    ("en", "Russia's exports to China reached $100 billion.", "$100 billion", "exports", "russia>china"),
    ("de", "Russlands Exporte nach China erreichten 100 Milliarden Dollar.", "100 Milliarden Dollar", "exports",
     "russia>china"),
    ("en", "Uzbekistan trains 29,000 digital technology professionals a year.", "29,000", "professionals-trained",
     "uzbekistan"),
    ("de", "Die Inflation in Russland sank auf 8,2 Prozent.", "8,2 Prozent", "inflation", "russia"),
    ("de", "Chinesische Unternehmen investierten 5 Milliarden Dollar.", "5 Milliarden Dollar", "investment", "china"),
    ("en", "China-SCO trade hit $512 billion.", "$512 billion", "trade-volume", "china>sco"),
    ("en", "A total of 4,541 China-Europe freight train trips were made.", "4,541", "freight-trains", "china>europe"),
    ("de", "Es gab 4.541 China-Europa-Güterzugfahrten.", "4.541", "freight-trains", "china>europe"),
    # "US-Dollar" names a currency, not the United States.
    ("de", "Der Umsatz betrug 43,48 Milliarden US-Dollar.", "43,48 Milliarden US-Dollar", "revenue", None),
    ("en", "The ministry said 40 people attended.", "40", None, None),
    # a flow's other end is never its subject: where imports come from, where exports go ...
    ("en", "China's imports from Russia fell by 9.6%.", "9.6%", "imports", "china>russia"),
    ("de", "Chinas Importe aus Russland sanken um 9,6 Prozent.", "9,6 Prozent", "imports", "china>russia"),
    ("en", "Imports from Russia fell by 9.6%.", "9.6%", "imports", None),
    ("de", "Die Importe aus Russland sanken um 9,6 Prozent.", "9,6 Prozent", "imports", None),
    ("en", "Exports to China rose by 5%.", "5%", "exports", None),
    ("de", "Die Exporte nach China stiegen um 5 Prozent.", "5 Prozent", "exports", None),
    # ... while exports come from their subject, and a source is no partner
    ("en", "Exports from Kazakhstan to China rose by 5%.", "5%", "exports", "kazakhstan>china"),
    ("en", "According to China's customs, exports reached $100 billion.", "$100 billion", "exports", "china"),
    # what is delivered goes from its origin; of two flows in a sentence, the nearer origin is this one's
    ("en", "China sold goods to Russia; deliveries from Russia to China increased by 12.7%.", "12.7%", "sales",
     "russia>china"),
    ("en", "Goods importing from China to Laos were 344,700 tonnes while the goods exporting from Laos to China "
           "were 2,752,200 tons.", "2,752,200 tons", "exports", "laos>china"),
    # ... and an actor standing as the subject keeps it: "Öl aus Iran" describes the oil
    ("de", "Malaysia, ein Knotenpunkt für Öl aus Iran, steigerte die Exporte nach China um 28 Prozent.",
     "28 Prozent", "exports", "malaysia>china"),
    # a capital that acts or owns stands for its state; after a preposition of place it is the city,
    # and a German genitive of it ("Partner Pekings") names no subject (pairs-final24 l01, -4 u05)
    ("de", "Gleichzeitig steigerte Delhi die Ausfuhren um 40 Prozent.", "40 Prozent", "exports", "india"),
    ("en", "Beijing's imports rose by 7%.", "7%", "imports", "china"),
    ("en", "At the talks in Moscow, imports rose by 7%.", "7%", "imports", None),
    ("de", "Wichtigster Partner Pekings ist Kasachstan mit 31 Milliarden Dollar.", "31 Milliarden Dollar",
     "trade-volume", "kazakhstan"),
    # what a figure is set against is the other side, before or after it (read off GTAI on Uzbekistan)
    ("de", "Das 37 Millionen Einwohner zählende Land hat im Gegensatz zu Deutschland viele junge Menschen.",
     "37 Millionen", "population", None),
    ("en", "Unlike Russia, Kazakhstan grew its exports by 5%.", "5%", "exports", "kazakhstan"),
    ("en", "Kazakhstan grew its exports by 5%.", "5%", "exports", "kazakhstan"),
]


@pytest.mark.parametrize("lang, sentence, number, measure, expected", SUBJECTS)
def test_subject_of(lang, sentence, number, measure, expected):
    start, end = _span(sentence, number)
    assert subject_of(sentence, start, end, lang, NAMES, measure) == expected


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200), st.integers(0, 200), st.integers(0, 20), st.sampled_from(["en", "de", None]))
def test_never_raises_on_any_text(text, start, width, lang):
    start = min(start, len(text))
    end = min(len(text), start + width)
    result = measure_of(text, start, end, lang, CONCEPTS, "count")
    assert result is None or result.split(":")[0] in {c.id for c in REGISTRIES.concepts}
    is_change(text, start, end, lang, "percent")
    subject_of(text, start, end, lang, NAMES, result)


# (sentence, number, the clause it stands in): a short gloss in brackets does not cut a clause;
# brackets with a number in them, or long ones, do
CLAUSES = [
    ("Charging piles for electric vehicles (EV) in China reached 11.43 million.", "11.43 million",
     "Charging piles for electric vehicles (EV) in China reached 11.43 million."),
    ("Das Wachstum des Bruttoinlandsprodukts (BIP) für 2025 lag bei 3 %.", "3 %",
     "Das Wachstum des Bruttoinlandsprodukts (BIP) für 2025 lag bei 3 %."),
    ("Exports (up 5 percent) reached 3 billion.", "3 billion", " reached 3 billion."),
    ("Exports (a category that covers goods and many services) reached 3 billion.", "3 billion",
     " reached 3 billion."),
]


@pytest.mark.parametrize("sentence, number, clause", CLAUSES)
def test_clause_of_a_number(sentence, number, clause):
    from sco_digital.extract.clauses import clause_bounds

    start, end = _span(sentence, number)
    lo, hi = clause_bounds(sentence, start, end)
    assert sentence[lo:hi] == clause
