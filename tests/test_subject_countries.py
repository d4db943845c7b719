"""Subjects come from the generated ISO 3166 table, not a hand-typed list: every country, its
German and English names, genitives and adjectives."""

from __future__ import annotations

import functools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sco_digital.match.subject import ActorNames, country_names, subject_of


@pytest.mark.parametrize("text, language, subject", [
    ("Chiles Exporte stiegen im Jahr 2024 um 5 Prozent.", "de", "chile"),
    ("Chile's exports rose 5 percent in 2024.", "en", "chile"),
    ("Die kasachischen Exporte stiegen um 5 Prozent.", "de", "kazakhstan"),
    ("Norwegian exports rose 5 percent.", "en", "norway"),
    ("Exports rose 5 percent.", "en", None),
    ("Die Exporte der VAE stiegen um 5 Prozent.", "de", "united-arab-emirates"),
    ("Exports of the UAE rose 5 percent.", "en", "united-arab-emirates"),
    ("Die Exporte Kirgistans stiegen um 5 Prozent.", "de", "kyrgyzstan"),
    # an adjective before a plural of states names a group (read off AzVision); a currency names no country
    ("Der Handel mit den türkischen Staaten stieg um 5 Prozent.", "de", None),
    ("Exports reached US$ 5 billion.", "en", None),
    # a group's members listed after its name are no subject (read off fbdza, CGTN); a partner named
    # after "mit den fünf Staaten" is a partner
    ("Der Handel Chinas mit den fünf Staaten Zentralasiens – Kasachstan, Kirgisistan, Tadschikistan, Turkmenistan "
     "und Usbekistan – stieg um 5 Prozent.", "de", "china>central-asia"),
    ("The eight member states of the SCO – China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan, India and "
     "Pakistan – contribute 5 percent to the world's GDP.", "en", "sco"),
    ("China's trade with the five Central Asian countries, namely Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan "
     "and Uzbekistan, rose 5 percent.", "en", "china>central-asia"),
    # the global market is the world's; the whole of a share is not whose share it is (read off Fergana)
    ("Das Volumen des globalen KI-Marktes soll bis 2030 auf 5 Billionen US-Dollar steigen.", "de", "world"),
    # a region of a country acts, by its own name, not the country (read off Xinhua on Xinjiang and Guizhou)
    ("Northwest China's Xinjiang Uygur Autonomous Region saw its exports rise 5 percent.", "en", "xinjiang"),
    ("Das Uigurische Autonome Gebiet Xinjiang im Nordwesten Chinas verzeichnete Exporte von plus 5 Prozent.", "de",
     "xinjiang"),
    ("Die Provinz Guizhou im Südwesten Chinas steigerte ihre Exporte um 5 Prozent.", "de", "guizhou"),
    ("Volkswagen investiert in der chinesischen Stadt Hefei 5 Prozent mehr.", "de", None),
])
def test_subject_from_the_generated_country_table(text, language, subject):
    at = text.index("5")
    assert subject_of(text, at, at + 1, language, ActorNames()) == subject


def test_every_generated_country_has_names():
    names = country_names()
    assert len(names) >= 249
    assert "Kasachstan" in names["kazakhstan"] and "Kazakh" in names["kazakhstan"]


_NAME_PIECES = ["China", "Chinas", "chinesische", "Chinese", "US", "U.S.", "US-Dollar", "U.S. dollars", "EU", "SCO-Staaten",
                "China-SCO", "Kasachstan", "kasachischen", "Xchina", "x.China", "Europe's", " ", "-", ".", ",", "\n",
                "Handel", "mit", "trade", "5 Prozent", "Russian Federation", "Zentralasien", "’", "'", "_"]


@functools.cache
def _names_and_reference():
    from sco_digital.match.mentions import alternation

    names = ActorNames()
    return names, re.compile(alternation(names.by_name, not_after=r"\w.") + r"(?![\w’'])(?!-?\s?[Dd]ollar)")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=12))
def test_names_found_at_word_starts_as_the_check_after_the_first_letter_finds_them(pieces):
    """The name pattern checks the word start before its tree: the same names as the check
    placed after a name's first letter (`alternation(not_after=...)`)."""
    names, reference = _names_and_reference()
    text = "".join(pieces)
    assert ([(m.span(), m.group()) for m in names.pattern.finditer(text)]
            == [(m.span(), m.group()) for m in reference.finditer(text)])


def test_a_region_named_with_its_kind_once_is_named_by_its_name_later():
    names = ActorNames()
    article = "China's southwest Guizhou Province recorded a rise. Guizhou's computing power grew 5 percent."
    regions = names.regions_named(article)
    assert regions == {"Guizhou"}
    sentence = article[article.index("Guizhou's"):]
    at = sentence.index("5 percent")
    assert subject_of(sentence, at, at + 1, "en", names, mentions=names.find(sentence, 0, len(sentence), regions)) \
        == "guizhou"
    assert subject_of(sentence, at, at + 1, "en", names) is None


@pytest.mark.parametrize("text, regions", [
    # Chinese media write the kind in lower case (read off ecns): "Xinjiang Uygur autonomous region"
    ("Xinjiang Uygur autonomous region recorded robust foreign trade growth in 2025.", {"Xinjiang"}),
    ("Exports from Hebei province rose.", {"Hebei"}),
    # a compass word opens the name (read off Tehran Times)
    ("Exports from Iran's northwestern West Azarbaijan province rose.", {"West Azarbaijan"}),
    # must not: a determiner before the kind names no region
    ("The province exported more. This municipality grew.", set()),
])
def test_regions_named_with_a_lower_case_kind(text, regions):
    assert ActorNames().regions_named(text) == regions


def test_a_name_in_apposition_after_a_respective_list_ends_no_list():
    sentence = ("The value of trade involving Kazakhstan, Kyrgyzstan and Tajikistan, Xinjiang's three major trading "
                "partners, increased by 70.8 percent, 32.1 percent and 97.3 percent, respectively.")
    names = ActorNames()
    mentions = names.find(sentence, 0, len(sentence), frozenset({"Xinjiang"}))
    got = [subject_of(sentence, sentence.index(n), sentence.index(n) + 4, "en", names, mentions=mentions)
           for n in ("70.8", "32.1", "97.3")]
    assert got == ["kazakhstan", "kyrgyzstan", "tajikistan"]


def test_the_global_market_is_no_subject_of_a_share_of_it():
    sentence = "China's AI firms account for roughly 15 percent of the global AI market."
    at = sentence.index("15")
    assert subject_of(sentence, at, at + 2, "en", ActorNames(), measure="share") == "china"


@pytest.mark.parametrize("text, number, measure, subject", [
    # one economy's own statistic takes no partner (read off NZZ): India's GDP, not India's "with" Germany
    ("Mit einem BIP von 4,18 Billionen Dollar habe Indien Japan ersetzt und dürfte Deutschland verdrängen.",
     "4,18", "gdp", "india"),
    # ... while a flow keeps it
    ("Indiens Exporte nach Deutschland stiegen auf 4,18 Milliarden Dollar.", "4,18", "exports", "india>germany"),
    # a possessor right before an amount owns it (read off Reuters)
    ("India's economy will reach $4.51 trillion in 2026, compared with Japan's $4.46 trillion.", "4.46", "gdp",
     "japan"),
    # the other side of a comparison with its place after it, and the next item of that list (read
    # off Hindustan Times, Kazinform)
    ("India's GDP per capita stood at $2,694 in 2024, compared with $32,487 in Japan and $56,103 in Germany.",
     "32,487", "gdp-per-capita", "japan"),
    ("India's GDP per capita stood at $2,694 in 2024, compared with $32,487 in Japan and $56,103 in Germany.",
     "56,103", "gdp-per-capita", "germany"),
    ("India's GDP per capita stood at $2,694 in 2024, compared with $32,487 in Japan and $56,103 in Germany.",
     "2,694", "gdp-per-capita", "india"),
    ("Die Inflation in Usbekistan lag bei 9,8 Prozent gegenüber 8,4 Prozent in Kasachstan.", "8,4 Prozent",
     "inflation", "kazakhstan"),
    # the other side of "genauso viel wie", "as much as" is not measured (read off Ostexperte)
    ("Kasachstan hat fast 11 Millionen Tonnen exportiert und damit etwa genauso viel wie die Ukraine.",
     "11 Millionen Tonnen", "exports", "kazakhstan"),
    ("Kazakhstan exported almost 11 million tonnes, as much as Ukraine.", "11 million tonnes", "exports", "kazakhstan"),
    # what a figure ranks behind is not measured, before or after it (read off The New Paper)
    ("China's digital economy is second only to the US and accounts for 30.3 per cent of the economy.", "30.3",
     "share-of-gdp", "china"),
    # must not: a year after the compared amount is no place, and a flow's "in" is where it goes
    ("Kazakhstan's GDP per capita rose to $14,770, compared with $14,260 in 2024.", "14,260", "gdp-per-capita",
     "kazakhstan"),
    ("Kazakhstan's exports to Russia reached $9 billion, against $8 billion in Uzbekistan.", "8", "exports",
     "kazakhstan>russia"),
    # what a figure came about in spite of or amid names no subject (read off fresh reports of
    # Huawei's results; a benchmark pair's China–Russia trade "inmitten des … Angriffskriegs")
    ("Die Nettogewinne sind trotz US-Sanktionen um 75,9 Prozent gestiegen.", "75,9", "profit", None),
    ("Die Gewinne stiegen trotz der Sanktionen der USA um 75,9 Prozent.", "75,9", "profit", None),
    ("Profits rose 75.9% despite US sanctions.", "75.9", "profit", None),
    ("Sie tauschten inmitten des russischen Angriffskriegs gegen die Ukraine Güter im Wert von 240 Milliarden "
     "Dollar aus.", "240", "trade-volume", None),
    ("Trotz der Krise stiegen Chinas Exporte um 5 Prozent.", "5", "exports", "china"),
    ("Despite the crisis, China's exports rose 5%.", "5", "exports", "china"),
    # nor what it came about in the course of, nor a war's target (read off fresh reports of Russia's budget)
    ("Die Staatsausgaben im Zuge des Angriffskriegs gegen die Ukraine stiegen um 31 Prozent.", "31", "budget", None),
    ("Nach dem Überfall auf die Ukraine wuchs Russlands Defizit um 31 Prozent.", "31", "budget-deficit", "russia"),
    ("Spending in the wake of the invasion of Ukraine rose 31%.", "31", "budget", None),
    ("Moscow's spending on the war against Ukraine rose 31%.", "31", "budget", "russia"),
    # nor what it is owed to (read off a fresh report of Russia's GDP)
    ("Das BIP wuchs wegen der US-Sanktionen nur um 1,8 Prozent.", "1,8", "gdp", None),
    ("GDP grew only 1.8% because of US sanctions.", "1.8", "gdp", None),
])
def test_partners_and_possessors(text, number, measure, subject):
    at = text.index(number)
    language = "de" if "Dollar" in text or "Prozent" in text else "en"
    assert subject_of(text, at, at + len(number), language, ActorNames(), measure=measure) \
        == subject
