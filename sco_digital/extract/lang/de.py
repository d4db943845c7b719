"""German: every word the extractors read (see :class:`Vocabulary` for what each field is)."""

from __future__ import annotations

from . import Vocabulary
from . import phrase_table as _phrases
from . import word_set as _words


def _declined(*stems: str) -> frozenset[str]:
    """Adjective stems with every ending: "knapp" -> knapp, knappe, knapper, knappen, …"""
    return frozenset(stem + ending for stem in stems for ending in ("", "e", "er", "en", "es", "em"))


def _multiples(template: str, ends: tuple[str, ...]) -> dict[str, int]:
    """The forms of a German "-fach" multiple on each number word it is built on, by `template`
    ("ver{}fach" + ending: "verdreifacht", "versechsfachte", "verzwanzigfacht"; "{}fache" + ending:
    "das Zehnfache"); 2 is "verdoppelt", written apart."""
    stems = {"drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
             "zwölf": 12, "fünfzehn": 15, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50,
             "hundert": 100, "tausend": 1000}
    return {template.format(stem) + end: n for stem, n in stems.items() for end in ends}


VOCABULARY = Vocabulary(
    # numbers
    number_words={
        "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eins": 1, "zwei": 2, "drei": 3,
        "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
        "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
        "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40,
        "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
        "dutzend": 12, "hundert": 100, "tausend": 1_000, "million": 10**6, "milliarde": 10**9,
        "billion": 10**12,
    },
    scale_words={
        "hundert": 100, "tausend": 1_000, "million": 10**6, "millionen": 10**6, "mio": 10**6,
        "milliarde": 10**9, "milliarden": 10**9, "mrd": 10**9, "mrds": 10**9, "billion": 10**12,
        "billionen": 10**12, "bio": 10**12, "bill": 10**12, "billiarde": 10**15, "billiarden": 10**15,
        "dutzend": 12, "tsd": 1_000,
    },
    vague_amounts={
        "dutzende": 12, "dutzenden": 12, "hunderte": 100, "hunderten": 100, "tausende": 1_000,
        "tausenden": 1_000, "zehntausende": 10_000, "zehntausenden": 10_000,
        "hunderttausende": 100_000, "hunderttausenden": 100_000, "millionen": 10**6,
        "milliarden": 10**9, "abertausende": 1_000,
        # "investierten Hunderte Millionen Euro": one vague amount, as "hundreds of millions"
        "hunderte millionen": 10**8, "hunderten millionen": 10**8, "hunderte milliarden": 10**11,
        "hunderten milliarden": 10**11, "dutzende millionen": 12 * 10**6, "dutzende milliarden": 12 * 10**9,
    },
    vague_quantifiers={"mehrere": 3, "einige": 3, "etliche": 3, "ein paar": 2, "mehreren": 3, "mehrerer": 3, "einigen": 3},
    qualifiers_before=_phrases({
        "more_than": (
            "mehr als", "über", "gut", "gute", "guten", "weit über", "knapp über", "oberhalb von",
            "übertraf", "überstieg", "überschritt", "überschritten", "übertroffen", "überstiegen",
            "übersteigt", "übersteigen", "überschreitet", "übertrifft", "jenseits von", "deutlich über",
            "höher als", "größer als", "mehr denn",
        ),
        "at_least": ("mindestens", "wenigstens", "zumindest", "nicht weniger als", "minimal", "mindestens rund"),
        "nearly": ("fast", "knapp", "knappe", "knapper", "knappen", "beinahe", "nahezu", "annähernd",
                   "knapp unter", "gut knapp", "kaum"),
        "about": ("rund", "etwa", "circa", "ca.", "zirka", "ungefähr", "schätzungsweise", "an die",
                  "geschätzt", "geschätzte", "geschätzten", "gegen"),
        "up_to": ("bis zu", "maximal", "höchstens", "nicht mehr als", "bis maximal"),
        "less_than": ("weniger als", "unter", "unterhalb von", "niedriger als", "deutlich unter",
                      "kleiner als", "geringer als"),
        # words that weigh a value and bound nothing: "auf satte 29 %" (its words, the value's)
        "exact": ("satte", "satten", "stolze", "stolzen"),
    }),
    auxiliaries=frozenset({"wurde", "wurden", "ist", "sind", "war", "waren", "wird", "werden", "worden",
                           "wurde bereits", "ist bereits", "sind bereits", "wurde erstmals"}),
    qualifier_verbs_after=_phrases({
        "more_than": ("überschritten", "übertroffen", "überstiegen", "geknackt", "überboten"),
    }),
    qualifiers_after=_phrases({
        "at_least": ("oder mehr", "und mehr", "und darüber", "oder darüber"),
        "more_than": ("übersteigen", "übersteigt", "überschritten", "überschreiten", "überschreitet",
                      "überstiegen", "übertroffen", "übertreffen", "überschritt", "überstieg", "geknackt",
                      "knackt", "knackte", "knacken"),
        "up_to": ("oder weniger", "und weniger", "höchstens"),
    }),
    change_up=_words(
        """
        stieg stiegen steigt steigen gestiegen anstieg anstiegs steigerte steigerten gesteigert
        steigerung wuchs wuchsen wächst wachsen gewachsen wachstum zuwachs zuwachses zuwächse zuwächsen zulegte zulegten
        legte legten zugelegt erhöhte erhöhten erhöht erhöhung plus kletterte kletterten geklettert
        sprang sprangen gesprungen zunahme zugenommen zunahm zunahmen zunimmt zunehmen verbesserte verbessert
        aufwärts vergrößerte vergrößerten vergrößert vergrößern vergrößerung ausgeweitet ausgeweitete weitete
        expandieren expandierte expandierten expandiert ansteigen ansteigt herauf hinauf aufgewertet
        verdoppelt verdoppelte verdoppelten verdopplung verdoppelung
        nettozuwachs erholte erholten erholt verteuerte verteuerten verteuert aufgewertet
        zugebaut zubau zusätzlich zusätzliche zusätzlichen zusätzlicher hinzu hinzugekommen
        steigert steigern steigere erhöhen erhöhe anheben anhebt angehoben hob hoben anhebung
        zulegen zulegt wachse verbesserung verbesserte verbesserten verbessern verbessert
        ausgeweitet ausweiten ausgebaut ausbauen
        """
    ) | set(_multiples("ver{}fach", ("t", "te", "ten", "en", "ung"))),
    change_down=_words(
        """
        sank sanken sinkt sinken gesunken fiel fielen fällt fallen gefallen rückgang rückgangs rückgänge rückgängen
        zurückgegangen verringerte verringerten verringert verringerung minus verlor
        verloren einbruch brach brachen eingebrochen schrumpfte schrumpften geschrumpft schrumpfung
        reduzierte reduziert reduzierung senkte senkten gesenkt senkung abnahme abnahm abnahmen abnimmt
        abgenommen verlust verluste
        gab gaben nachgegeben nachgab nachgaben nachgibt nachgeben büßte büßten eingebüßt abwärts abgewertet abwertung zurück
        schrumpfen sinken fallen stürzte stürzten abgestürzt sackte sackten abgesackt verbilligte
        verbilligten verbilligt schwächte halbiert halbierte halbierten halbierung
        zurückgingen zurückging zurückgeht zurückgehen zurückgegangenen senken senkt senke
        kürzen kürzt kürzte kürzten gekürzt kürzung verringern verringert reduzieren reduziert
        verschlechterung verschlechterte verschlechtert schrumpft einbrach einbrachen einbrechen
        """
    ),
    additions=_words("zugang zugänge nettozugang nettozugänge neuzugänge"),
    change_gap_words=_words(
        """
        um auf von zu ein eine einen einem der die das deutlich kräftig stark leicht erneut nochmals
        rund etwa fast knapp gut mehr als jeweils mit dagegen ebenfalls im jahresvergleich
        vorjahresvergleich vergleich zum vorjahr heute gestern bereits schon sogar nur lediglich noch
        """
    ),
    change_amount_before=_words("um"),
    change_level_before=_words("auf"),
    change_object_before=_words("von mit"),
    change_compared=frozenset({"gegenüber", "im Vergleich zu", "im Vergleich zum", "im Vergleich zur",
                               "verglichen mit"}),
    change_reference_before=_words("von als"),
    change_compound_parts=_words("zuwachs anstieg rückgang einbruch wachstum steigerung verlust"),
    split_verbs=_words("nahm nahmen nimmt nehmen"),
    verb_particles={"ab": "down", "zu": "up"},
    particle_idioms=frozenset(),  # the particle follows the number: `split_verbs` decide
    projection_words=_words(
        "prognostiziert prognostizierte prognostizierten erwartet erwartete erwarteten erwartetes "
        "geschätzt geschätzte geschätzten angestrebt angestrebte angestrebten"
    ),
    level_with_before=_words("mit"),
    change_skip_after=_words("jährlich"),
    measure_nouns_after=_words("wachstum"),
    gapping_joiners=_words("und sowie während wohingegen"),
    appositive_joiners=frozenset({", oder", ", also", ", d. h.", ", bzw."}),
    comparatives={
        "mehr": "up", "höher": "up", "größer": "up", "weniger": "down", "niedriger": "down",
        "kleiner": "down", "geringer": "down",
    },
    multipliers={
        "verdoppelt": 2, "verdoppelte": 2, "verdoppelten": 2, "verdoppeln": 2, "verdoppelung": 2,
        "verdopplung": 2, "zweimal": 2, "dreimal": 3, "viermal": 4,
        "fünfmal": 5, "sechsmal": 6, "siebenmal": 7, "achtmal": 8, "zehnmal": 10, "hundertmal": 100,
        # "verdreifacht", "versechsfachte", "verzwanzigfacht", "das Dreifache", "um das Zehnfache"
        **_multiples("ver{}fach", ("t", "te", "ten", "en", "ung")),
        **_multiples("{}fache", ("", "n")),
        "doppelte": 2, "doppelten": 2,
        # "doppelt so viel wie", "doppelt so hoch": a multiple; "doppelt" alone ("doppelt besteuert") none
        "doppelt so": 2,
    },
    vague_multipliers={"das mehrfache": 3, "ein mehrfaches": 3, "um ein mehrfaches": 3, "mehrfache": 3},
    multiplier_units=_words("fache fachen fach faches facher"),
    # "fünfmal so viel"; "ist fast zehnmal gewachsen": growth (no count of occasions, as "zweimal erhöht")
    multiplier_after=_words("höher größer mehr so gewachsen angewachsen"),
    multiplier_verb_before=_words("zu wird werden soll sollen könnte dürfte"),
    multiplier_needs_verb=_words("doppelt"),
    per_time_words={"tag": "d", "stunde": "h", "jahr": "yr"},
    per_time_adverbs={"täglich": "d", "pro tag": "d"},
    fractions={
        "hälfte": 2, "halb": 2, "drittel": 3, "viertel": 4, "fünftel": 5, "sechstel": 6, "siebtel": 7,
        "achtel": 8, "zehntel": 10,
    },
    fraction_openers=_words("um zur fast knapp gut rund etwa über mehr mindestens nahezu beinahe"),
    # "ein 20-prozentiger Anstieg", "eine 51-prozentige Beteiligung": the adjective of a percentage
    percent_words=frozenset({"prozent", "%", "vh", "v. h.", "v.h.", "proz.", "prozentig", "prozentige", "prozentiger",
                             "prozentigen", "prozentiges", "prozentigem"}),
    percentage_point_words=frozenset({"prozentpunkte", "prozentpunkten", "prozentpunkt", "%-punkte",
                                      "%-punkten"}),
    basis_point_words=frozenset({"basispunkte", "basispunkten", "basispunkt", "basispunkts"}),
    currency_names={
        "dollar": "USD", "us-dollar": "USD", "us dollar": "USD", "u.s.-dollar": "USD", "dollars": "USD",
        "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "euro": "EUR", "rubel": "RUB",
        "rupien": "INR", "rupie": "INR", "tenge": "KZT", "kasachische tenge": "KZT",
        "kasachischen tenge": "KZT", "sum": "UZS", "som": "UZS", "yen": "JPY", "pfund": "GBP",
        "pfund sterling": "GBP", "franken": "CHF", "schweizer franken": "CHF", "fr": "CHF", "won": "KRW",
        "lira": "TRY", "türkische lira": "TRY", "hrywnja": "UAH", "rial": "IRR", "riyal": "SAR",
        "dirham": "AED", "manat": "AZN", "lari": "GEL", "dram": "AMD", "somoni": "TJS",
        "afghani": "AFN", "rand": "ZAR", "real": "BRL", "kronen": "SEK",
        "hongkong-dollar": "HKD", "kanadische dollar": "CAD", "australische dollar": "AUD",
        "pakistanische rupien": "PKR", "indische rupien": "INR",
        # "23,6 Mrd. Chinesische Renminbi" (the table's name is "Renminbi Yuan")
        "chinesische renminbi": "CNY", "chinesischen renminbi": "CNY", "chinesischer renminbi": "CNY",
    },
    currency_subunits={
        "cent": ("EUR", 0.01), "cents": ("EUR", 0.01), "eurocent": ("EUR", 0.01),
        "kopeken": ("RUB", 0.01), "pence": ("GBP", 0.01), "rappen": ("CHF", 0.01),
    },
    country_aliases={
        "usa": "Vereinigte Staaten", "us": "Vereinigte Staaten", "amerika": "Vereinigte Staaten",
        "amerikanisch": "Vereinigte Staaten", "großbritannien": "Vereinigtes Königreich",
        "britisch": "Vereinigtes Königreich", "england": "Vereinigtes Königreich",
    },
    money_context=_words(
        "investition investitionen investiert investieren kosten kostet budget haushalt wert preis "
        "preise finanzierung fonds umsatz gewinn kredit kredite £ gbp sterling "
        # the stock market and payment speak of money: "wer beim IPO für 5,40 Pfund zugriff"
        "ipo börsengang aktie aktien aktionär aktionäre kurs börse dividende anleger zahlt zahlte zahlten gezahlt bezahlt"
    ),
    reference_agents=_words("mit"),
    size_determiners=_words("ein eine einen einem einer eines der die das den dem des sein seine ihr ihre dieser diese"),
    halving_words=_words("halbiert halbieren halbierte halbierten halbierung"),
    digit_words={"zweistellig": 10, "zweistellige": 10, "zweistelligen": 10, "zweistelliges": 10,
                 "zweistelliger": 10},
    converted_units={"mu": ("ha", 1 / 15)},  # China's land measure, in hectares
    physical_units={
        "millimeter": "mm", "zentimeter": "cm", "meter": "m", "metern": "m", "kilometer": "km",
        "kilometern": "km", "meilen": "mi", "seemeilen": "nmi", "fuß": "ft", "zoll": "in",
        # "2.621 US-Dollar pro Unze" (gold), as English "per ounce"
        "unze": "oz", "unzen": "oz", "feinunze": "oz", "feinunzen": "oz",
        "quadratmeter": "m2", "quadratmetern": "m2", "qm": "m2", "quadratkilometer": "km2", "qkm": "km2",
        "quadratkilometern": "km2", "hektar": "ha", "kubikmeter": "m3", "kubikmetern": "m3", "kubikfuß": "ft3", "quadratfuß": "ft2",
        "liter": "l", "litern": "l", "milliliter": "ml", "hektoliter": "hl", "gallonen": "gal",
        "barrel": "bbl", "fass": "bbl", "fässer": "bbl", "fässern": "bbl", "gramm": "g", "kilogramm": "kg", "kilo": "kg", "tonnen": "t",
        "tonne": "t", "megatonnen": "Mt", "jahrestonnen": "t/yr", "jahrestonne": "t/yr",  # "800.000 Jahrestonnen"
        # Güterumschlag: beförderte Tonnen mal Kilometer ("2,5 Milliarden Tarif-Tonnenkilometer (tkm)")
        "tonnenkilometer": "t.km", "tonnenkilometern": "t.km", "tkm": "t.km", "tarif-tonnenkilometer": "t.km",
        "tarif-tkm": "t.km", "tarif-tonnenkilometern": "t.km", "watt": "W", "kilowatt": "kW", "megawatt": "MW",
        "kwe": "kW", "mwe": "MW", "gwe": "GW",  # elektrische Leistung eines Kraftwerks: "1.200 MWe"
        "gigawatt": "GW", "terawatt": "TW", "kilowattstunden": "kWh", "kilowattstunde": "kWh",
        "megawattstunden": "MWh", "gigawattstunden": "GWh", "terawattstunden": "TWh",
        "joule": "J", "petajoule": "PJ", "kalorien": "cal", "kilokalorien": "kcal",
        "byte": "B", "kilobyte": "kB", "megabyte": "MB", "gigabyte": "GB", "terabyte": "TB",
        "petabyte": "PB", "exabyte": "EB", "zettabyte": "ZB",
        "megabit pro sekunde": "Mbit/s", "gigabit pro sekunde": "Gbit/s", "terabit pro sekunde": "Tbit/s",
        "kilometer pro stunde": "km/h", "stundenkilometer": "km/h", "stundenkilometern": "km/h",
        "knoten": "kn", "grad celsius": "Cel", "grad": "Cel", "standardcontainer": "TEU",
        "barrel pro tag": "bbl/d", "barrel am tag": "bbl/d", "barrel täglich": "bbl/d",
        # "7,98 Millionen Fässer pro Tag": the barrel by its German name
        "fass pro tag": "bbl/d", "fässer pro tag": "bbl/d", "fass am tag": "bbl/d", "fässer am tag": "bbl/d",
        "fass täglich": "bbl/d", "fässer täglich": "bbl/d",
    },
    unit_per_words=_words("pro je am im"),
    time_after_words=_words("zuvor davor früher später"),
    months=_words(
        """
        Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember
        Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez
        """
    ),
    usage_time_units=_words("minute minuten stunde stunden sekunde sekunden"),
    duration_before=_words("für in innerhalb binnen nach seit vor während lang dauerte dauert"),
    time_nouns=_words(
        """
        jahr jahre jahren jahres monat monate monaten monats woche wochen tag tage tagen tages
        stunde stunden minute minuten sekunde sekunden jahrzehnt jahrzehnte jahrzehnten
        jahrhundert jahrhunderte jahrhunderten quartal quartale quartalen mal male uhr lebensjahr
        lebensjahren wochenende wochenenden semester halbjahr min
        """
    ),
    stop_words=_words(
        """
        und oder sowie aber in im an am auf aus bei beim mit nach von vom vor zu zum zur für über unter
        um durch gegen ohne seit bis ab der die das den dem des ein eine einer eines einem einen ist
        sind war waren wird werden wurde wurden hat haben hatte hatten sei seien sich es er sie wir
        nicht auch noch nur schon mehr weniger als wie so da dass daß jährlich pro je insgesamt
        bereits rund etwa mal jeweils
        """
    ),
    bare_accept=_words(
        """
        auf bei betrug beträgt betragen betrugen erreichte erreichten erreicht insgesamt um von
        zwischen sind waren ist war lag lagen liegt liegen gegenüber
        """
    ),
    name_before=_words(
        """
        nr artikel art kapitel abschnitt absatz abs seite seiten s bd band heft zimmer raum flug linie
        platz rang stufe phase version modell top halle nummer typ klasse staffel folge telefon
        din iso covid windows iphone dax mdax sdax tecdax stoxx fortune nikkei alter
        """
    ),
    referential_before=_words(
        "die der den dem des diese dieser diesen dieses beiden alle allen ihre ihren seine seinen unsere"
    ),
    period_before=_words(
        "ersten letzten nächsten vergangenen kommenden erste letzte nächste vergangene kommende"
    ),
    idiom_heads=_words("seiten augen"),
    rank_words=_declined(
        "größt", "grösst", "wichtigst", "reichst", "best", "höchst", "führend", "stärkst", "meist",
        "niedrigst", "kleinst", "schnellst", "wertvollst",
    ),
    range_openers=_words("zwischen"),
    change_openers=_words("von"),
    range_joiners=frozenset({"-", "–", "—", "bis", "und", "oder", "bzw.", "beziehungsweise", "auf"}),
    level_joiners=frozenset({"auf"}),
    range_to_joiners=frozenset({"bis"}),
    list_joiners=frozenset({"und", "oder", "bzw.", "beziehungsweise"}),
    range_and_joiners=frozenset({"und"}),
    share_joiners=frozenset({"von"}),
    plural_exceptions=_words("leute personal vieh"),
    sentence_starters=_words(
        """
        Der Die Das Den Dem Des Ein Eine Einer Er Sie Es Wir Ich Im In Am An Auf Aus Bei Mit Nach
        Seit Von Vor Zu Zum Zur Dies Diese Dieser Damit Dabei Doch Aber Und So Auch Laut Wie Was Wo
        Als Zudem Außerdem Insgesamt Allein Bis Für Trotz Während Wegen Nun Jetzt Heute Dazu Darüber
        Hier Dort Zugleich Gleichzeitig Zuvor Danach Demnach Somit Fast Besonders Rund Etwa Knapp Nur
        Noch Schon Bereits Erst Zunächst Inzwischen Allerdings Deshalb Daher Dennoch Trotzdem Ebenfalls
        Vielmehr Immerhin Ferner Weiterhin Hinzu Daneben Zusätzlich Überdies Anschließend Bislang Derzeit Künftig
        Konkret Genauer Unklar Offenbar Offensichtlich Angeblich Vermutlich Womöglich Möglicherweise
        Gegenwärtig Momentan Zurzeit Aktuell Mittlerweile Kürzlich Neuerdings Ursprünglich Schließlich Letztlich
        """
    ),
    clock_words=frozenset({"uhr"}),
)


# ---- dates and entities

# A ministry's portfolio as German names it (the first part of "Handelsministerium", the noun of
# "Ministerium für Handel"), lower case → the portfolio's English name (see `en.MINISTRY_PORTFOLIOS`).
MINISTRY_PORTFOLIOS: dict[str, str] = {
    "handel": "commerce", "außen": "foreign affairs", "auswärtige angelegenheiten": "foreign affairs",
    "finanz": "finance", "finanzen": "finance", "wirtschaft": "economy", "verteidigung": "defence",
    "energie": "energy", "landwirtschaft": "agriculture", "agrar": "agriculture", "verkehr": "transport",
    "transport": "transport", "innen": "interior", "inneres": "interior", "justiz": "justice", "bildung": "education",
    "gesundheit": "health", "kultur": "culture", "industrie": "industry", "arbeit": "labour", "umwelt": "environment",
}

# Nouns of the fields a body is for, beyond those a noun's ending shows ("Ministerium für Kultur,
# Sport und Tourismus"), lower case: the items of a field list after "für" (see `MINISTRY_PORTFOLIOS`).
PORTFOLIO_NOUNS: frozenset[str] = frozenset(
    "sport tourismus technologie technologien jugend familie familien frauen senioren medien kunst bau wohnen "
    "soziales digitales post verkehr kultur umwelt justiz finanzen transport handel außenhandel "
    "klimaschutz verbraucherschutz naturschutz export import sicherheit statistik luftfahrt raumfahrt".split()
)

# Month names and their abbreviations ("Mai", "Okt"): 1-12. Never places or names.
MONTHS: dict[str, int] = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "maerz": 3, "mär": 3,
    "april": 4, "apr": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12,
}
WEEKDAYS: dict[str, int] = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6,
}
RELATIVE_PERIODS: dict[str, tuple[str, int]] = {
    "vergangene woche": ("week", -1), "vergangenen woche": ("week", -1), "letzte woche": ("week", -1),
    "letzten woche": ("week", -1), "vorige woche": ("week", -1), "vorigen woche": ("week", -1),
    "diese woche": ("week", 0), "dieser woche": ("week", 0), "nächste woche": ("week", 1),
    "nächsten woche": ("week", 1), "kommende woche": ("week", 1), "kommenden woche": ("week", 1),
    "vergangenen monat": ("month", -1), "letzten monat": ("month", -1), "vergangenen monats": ("month", -1),
    "diesen monat": ("month", 0), "nächsten monat": ("month", 1),
    "vergangenen quartal": ("quarter", -1), "abgelaufenen quartal": ("quarter", -1),
    "vorigen quartal": ("quarter", -1), "vergangenen vierteljahr": ("quarter", -1),
    "abgelaufenen vierteljahr": ("quarter", -1),
}
SPEECH_VERBS: frozenset[str] = frozenset(
    "sagte sagt erklärte erklärt betonte betont meinte meint berichtete berichtet ergänzte unterstrich "
    "warnte warnt forderte fordert mitteilte teilte schrieb so glaubt argumentiert kritisiert kritisierte".split()
)
# Verbs of corporate action: a capitalised name right before one acts ("Kazakhmys meldete",
# "die EU verhängte"), so it is an actor, unless the name is a person's.
ACTION_VERBS: frozenset[str] = frozenset(
    "sagte sagt meldete meldet teilte teilt kündigte kündigt plant plante erzielte erzielt unterzeichnete "
    "gewann gewinnt eröffnete eröffnet verhängte verhängt investiert investierte produziert produzierte "
    "übernahm verkaufte verkauft steigerte steigert erwartet erwartete schätzt schätzte bestätigte "
    "bestätigt exportierte exportiert beschäftigt liefert lieferte verzeichnete".split()
)
# Verbs of corporate action only with the particle that closes their clause: "Bayer gab eine
# Investition von 600 Millionen Yuan bekannt" ("Es gab", "Der Kurs gab nach" are no announcement).
SEPARABLE_ACTION_VERBS: dict[str, str] = {"gab": "bekannt", "gibt": "bekannt", "gaben": "bekannt", "geben": "bekannt"}
# Plural nouns that make an acronym before them a group of countries, not an actor ("EU-Staaten",
# "die GUS-Länder", "G20-Mitglieder").
GROUP_NOUNS: frozenset[str] = frozenset(
    "staaten länder ländern mitglieder mitgliedern mitgliedstaaten mitgliedsstaaten mitgliedsländer "
    "mitgliedsländern volkswirtschaften republik republiken".split()
)
# "Staatskonzern Gazprom", "Marktforschungsfirma Gartner", "Zeitung Wedomosti", "Ratingagentur S&P":
# the last part of the word before a name.
ORG_DESCRIPTORS: dict[str, str] = {
    "konzern": "company", "firma": "company", "unternehmen": "company", "gruppe": "company",
    "hersteller": "company", "anbieter": "company", "betreiber": "company", "riese": "company",
    "bank": "company", "versicherer": "company", "ratingagentur": "company",
    "zeitung": "media", "blatt": "media", "nachrichtenagentur": "media", "agentur": "media",
    "sender": "media", "magazin": "media", "portal": "media", "produzent": "company", "versorger": "company",
    "reederei": "company", "fluggesellschaft": "company", "bergbaukonzern": "company",
    "verarbeiter": "company", "händler": "company", "dienstleister": "company", "zulieferer": "company",
    "autobauer": "company", "flugzeugbauer": "company", "maschinenbauer": "company", "anlagenbauer": "company",
    "fahrzeugbauer": "company", "schiffbauer": "company", "mobilfunker": "company",
    "discounter": "company",  # "Der US-Discounter Walmart kauft sich … ein"
    "entwickler": "company",  # "des finnischen Spieleentwicklers Supercell", "der Projektentwickler X"
    "startup": "company", "start-up": "company",  # "Sein KI-Start-up Deepseek beherrscht die Schlagzeilen"
    "holding": "company",  # "aus dem Bestand der Agro-Holding Valinor", "die Krasnodarer Holding Agrokomplex"
    "carrier": "company", "airline": "company", "flieger": "company",  # "oder der Billigcarrier Pobeda"
    "kette": "company",  # "Die Klinikkette Helios übernimmt 43 Kliniken", "die Supermarktkette Magnit"
    "verband": "organization", "dienst": "organization", "fonds": "organization",  # 'Vermögensfonds „Samruk Kasyna“': the fund is named in quotes after it
    # "der staatlichen Bahngesellschaft Kasachstan Temir Sholy", "die Betreibergesellschaft X"
    # ("Tochter" alone is no descriptor: "ihre Tochter Anna"; "der HHLA-Tochter Hamburg Port
    # Consulting" is, see `_DESCRIBED_DE`)
    "gesellschaft": "company",
    # "Der US-Finanzinvestor Blackstone", "der Finanzinvestor Cerberus": a fund, no person (a person
    # is an "Investor": "KI-Investor Kai-Fu Lee")
    "finanzinvestor": "company",
    "veranstalter": "company",  # "den französischen Reiseveranstalter Club Med"
}
# "das Statistikamt", "die Zentralbank", "des Landwirtschaftsministeriums", "der Allgemeinen
# Zollverwaltung": a compound with one of these endings, after an article, names an organisation.
ORG_COMPOUND_ENDINGS: tuple[str, ...] = (
    "ministerium", "amt", "zentralbank", "nationalbank", "bundesbank", "notenbank", "entwicklungsbank",
    "zollverwaltung", "verwaltung", "behörde", "kammer", "kommission", "verband", "fonds", "sekretariat", "werk",
    "kombinat",
    "regierungsrat", "wirtschaftsrat", "staatsrat", "sicherheitsrat",
    # a country's prosecutor general's office, its federal prosecutors: one such office, named by the
    # word alone ("die iranische Generalstaatsanwaltschaft", "die Schweizer Bundesanwaltschaft"; a
    # city's "Staatsanwaltschaft" is one of many, unnamed)
    "generalstaatsanwaltschaft", "bundesanwaltschaft", "generalprokuratur",
)
# Endings that name a body only after a nation's adjective ("der aserbaidschanischen Investmentholding",
# "des belarussisch-kasachischen Geschäftsrats", "die usbekische Botschaft"); alone they are common
# nouns ("die Botschaft" is also a message, "die Gesellschaft" society).
# Kinds of fund: a compound of them names no one fund ("der russische Staatsfonds", "Chinas
# Investmentfonds") unless a capitalised adjective, a genitive or a purpose names it.
KINDS_OF_FUND: frozenset[str] = frozenset(
    "staatsfonds investmentfonds pensionsfonds hedgefonds aktienfonds rentenfonds indexfonds immobilienfonds "
    "beteiligungsfonds risikokapitalfonds wagniskapitalfonds infrastrukturfonds vermögensfonds "
    "investitionsfonds".split())
NATIONAL_ORG_ENDINGS: tuple[str, ...] = ("holding", "botschaft", "gesellschaft", "geschäftsrat", "unternehmerrat",
                                          "union")  # "die kasachische Getreideunion"; alone "Sowjetunion", "Zollunion"
# Endings of masculine nouns among them: their name takes the strong adjective ("des Eurasischen
# Regierungsrates" -> "Eurasischer Regierungsrat", "Internationaler Währungsfonds").
MASCULINE_ORG_ENDINGS: tuple[str, ...] = ("rat", "fonds", "verband")  # not "union" ("Sowjetunion"), "regierung" ("die kasachische Regierung"), "agentur" ("die Ratingagentur" refers back)
# Endings of neuter nouns: a nation's adjective before them alone takes -es ("kasachisches Landwirtschaftsministerium").
NEUTER_ORG_ENDINGS: tuple[str, ...] = ("ministerium", "amt", "sekretariat", "werk")
ROLE_MODIFIERS: frozenset[str] = frozenset(
    "erste erster ersten stellvertretende stellvertretender stellvertretenden ehemalige ehemaliger "
    "ehemaligen amtierende amtierender amtierenden frühere früherer früheren designierte designierter "
    "kommissarische kommissarischer".split()
)
CREDIT_WORDS: frozenset[str] = frozenset("foto fotos bild quelle von video grafik".split())

COUNT_WORDS: dict[str, int] = {
    "ein": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
}
ORDINAL_WORDS: dict[str, int] = {
    "erste": 1, "ersten": 1, "erstes": 1, "zweite": 2, "zweiten": 2, "zweites": 2, "dritte": 3, "dritten": 3,
    "drittes": 3, "vierte": 4, "vierten": 4, "viertes": 4,
}
DAY_OFFSETS: dict[str, int] = {"vorgestern": -2, "gestern": -1, "übermorgen": 2, "morgen": 1}
FUTURE_CUES: str = (
    r"wird|werden|werde|soll|sollen|solle|bald|demnächst|künftig|geplant|stattfinden\s+wird|"
    r"findet|beginnt|startet|kommende[nmrs]?|nächste[nmrs]?|anstehende[nmrs]?"
)
PAST_CUES: str = (
    r"sagte|sagten|sagt|teilte|teilten|mitteilte|mitteilten|erklärte|erklärten|betonte|berichtete|fügte|"
    r"hinzufügte|fand|fanden|stattfand|stattfanden|wurde|wurden|war|waren|hatte|hatten|hat|haben|eröffnete|"
    r"unterzeichnete|gab|bekanntgab|kündigte|ankündigte|sprach|nahm|nahmen|traf|trafen|zufolge|laut|"
    r"veröffentlichte|präsentierte|stellte|vorstellte|startete|begann|endete"
)

NAME_STOP_WORDS: frozenset[str] = frozenset(
    """unter über durch für gegen ohne um während wegen trotz vor hinter gegenüber ab bis dank angesichts
    gemäß infolge entlang statt anstatt dabei damit dazu zudem außerdem jedoch
    dennoch sowie sowohl neben zwischen innerhalb alle jede jeder jedes viele einige mehrere
    weitere weiteren andere anderen
    er sie es wir ihr ich du die der das den dem des ein eine einer eines und aber oder auch als
    ihm ihn ihnen ihre ihrem ihren ihres sein seine seinem seinen seiner seines
    denn doch
    am an auf aus bei im in mit nach seit von vom zu zum zur laut wie dies diese dieser dieses
    china chinas russland indien pakistan iran belarus kasachstan kirgisistan tadschikistan
    usbekistan mongolei soz brics asean
    ministerium präsident direktor sekretär gipfel konferenz organisation rat abteilung programm projekt
    herr frau kapitän kapitänin oberst
    zuvor zunächst danach daraufhin anschließend später bereits inzwischen mittlerweile derzeit damals
    deshalb daher somit allerdings zwar nun heute gestern bisher ebenfalls insgesamt außerdem
    kürzlich jüngst zuletzt bislang seither künftig erstmals parallel unterdessen indessen indes ebenso umgekehrt
    zusätzlich aktuell vorerst erneut offenbar offensichtlich vermutlich wahrscheinlich tatsächlich
    demnach demzufolge folglich dadurch dafür dagegen hingegen trotzdem stattdessen vielmehr überdies ferner
    weiterhin zugleich gleichzeitig schließlich letztlich immerhin insbesondere hierbei hierzu seitdem
    tausend millionen milliarden billionen hundert prozent""".split()
)
# Words right before "Zentrum" that make it a think tank ("Analytisches Zentrum" reads as adjective).
THINK_TANK_WORDS: frozenset[str] = frozenset("politik forschungs studien analyse".split())
# Irregular past tenses that end an apposition ("…, der Vorsitzende des …, traf …"); see `en.IRREGULAR_PAST`.
# German headlines are not written in title case: no verb there is capitalised after a name.
HEADLINE_VERBS: frozenset[str] = frozenset()
IRREGULAR_PAST: frozenset[str] = frozenset(
    "traf gab hielt nahm kam ging sah sandte brachte begann leitete besuchte unterzeichnete".split()
)
SAY_VERBS: str = (
    r"sagte|sagten|sagt|erklärte|erklärt|betonte|betont|meinte|meint|fügte|berichtete|berichtet|teilte|"
    r"sprach|ergänzte|unterstrich|hob|kündigte|äußerte|führte|stellte|schrieb|warnte|forderte|so|[Ll]aut|"
    r"jubelt|jubelte|lobte|lobt|kritisierte|kritisiert|versicherte|versichert|mahnte|mahnt|bekräftigte|"
    r"erläuterte|erläutert|verwies"
)
HEAD_WORDS: dict[str, str] = {
    "forum": "Forum Forums",
    "conference": "Konferenz Kongress Symposium Expo Messe Dialog Seminar",
    "summit": "Gipfel Gipfels Gipfeltreffen",
    "programme": "Programm Programms Initiative Kampagne",
    "plan": "Plan Plans Aktionsplan Strategie Agenda",
    "project": "Projekt Projekts",
    "resolution": "Resolution Erklärung Deklaration",
    "facility": "Zentrum Zentrums Workshop Labor Park Plattform",
    "network": "Netzwerk Netzwerks Allianz",
    "organization": "Ministerium Ministeriums Rat Rates Kammer Organisation Agentur Abteilung Kommission Ausschuss "
                    "Verwaltung Verband Union Institut Akademie Universität Bank Sekretariat Behörde Stiftung "
                    "Gesellschaft Amt Amts Amtes Hochschule Fachhochschule Presseabteilung Bundesamt Fonds "
                    "Ausschusses Verbands Verbandes Ministerrat Ministerrats Ministerrates Komitee Komitees "
                    "Vereinigung Klub Klubs Club Clubs League Instituts Institutes Sekretariats Akimat Hokimiyat Mäschilis Madschilis Mazhilis Kenesch Duma",  # the region's local governments and parliaments; not "Föderation": "der Russischen Föderation" is a country  # not "Regierung": "die kasachische Regierung" names no body
    "company": "GmbH mbH AG SE KG KGaA Ltd Ltd. Inc Inc. Corp Corp. PLC Plc LLP LLC JSC PJSC Pvt Pvt. BV B.V. NV N.V. AB Oy Oyj ASA Holding",
    "media": "Zeitung",
    "place": "Provinz Distrikt Distrikts Bezirk Bezirks Region",
}
# Frequent German common nouns: capitalised like names, never a person's or a company's name
# ("Laut Experten", "Nach Angaben von Analysten", "Banken wie diese").
COMMON_NOUNS: frozenset[str] = frozenset(
    """angaben daten zahlen schätzung schätzungen prognose prognosen statistik statistiken bericht berichte
    studie umfrage experten expertin experte analysten analyst beobachter ökonomen regierung behörden
    unternehmen firmen firma konzern konzerne banken bank markt märkte preis preise land länder staat staaten
    stadt region welt jahr jahre monat monate woche tag tage ende anfang mitte hälfte zeit zeiten prozent
    milliarden millionen tonnen euro dollar rubel tenge yuan exporte export importe import produktion wirtschaft
    handel industrie energie strom gas öl kohle wasser menschen leute bürger arbeit arbeiter kunden kosten
    investitionen projekte projekt anlage anlagen werk werke kraftwerk fabrik insgesamt medien medienberichten
    informationen ministerium präsident minister sprecher chef professor vorsitzender ausland inland
    thema themen artikel datum rohstoff rohstoffe güter
    """.split()
)
# Nouns for data whose source follows: "Daten von Eurostat", "nach Schätzungen des IWF".
SOURCE_NOUNS: frozenset[str] = frozenset(
    "daten angaben zahlen schätzung schätzungen einschätzung statistik statistiken berechnungen prognose "
    "prognosen bericht informationen erhebung erhebungen".split()
)
# Words before a person's name that say who speaks ("laut Arman Dschaksybekow", "so Timur Kulibajew").
PERSON_CUES: frozenset[str] = frozenset(
    "laut so zufolge präsident präsidentin minister ministerin professor professorin chef chefin sprecher "
    "sprecherin direktor direktorin vorsitzende vorsitzender ökonom ökonomin experte expertin analyst "
    "analystin".split()
)
# Plural descriptors before a list of company names ("Unternehmen wie A und B", "Firmen: A, B").
LIST_DESCRIPTORS: frozenset[str] = frozenset(
    "unternehmen firmen konzerne banken gesellschaften hersteller betreiber produzenten versorger anbieter "
    "investoren organisationen restaurants ketten handelsketten einzelhändler fluggesellschaften marken "
    "konkurrenten wettbewerber rivalen autobauer zulieferer logistiker spediteure reedereien "
    # the dative plural ("mit Herstellern wie …", "von Autobauern wie SAIC und Great Wall"), and the loan "OEMs"
    "konzernen herstellern betreibern versorgern anbietern einzelhändlern wettbewerbern zulieferern logistikern "
    "spediteuren autobauern oems lieferanten "
    # service firms and the players of an industry: "IT-Dienstleister wie …", "Branchenakteure wie Exadel, …"
    "dienstleister dienstleistern branchenakteure branchenakteuren marktteilnehmer marktteilnehmern".split()
)
# Words opening such a list after its descriptor.
LIST_OPENERS: frozenset[str] = frozenset("wie darunter etwa insbesondere namentlich nämlich".split())
# Verb stems of corporate action anywhere in a clause ("hat … eingekauft", "baut", "liefert").
CORPORATE_STEMS: tuple[str, ...] = (
    "kauf", "liefer", "bau", "produzier", "investier", "übernimm", "übernahm", "übernomm", "übernehm", "meld",
    "bericht", "exportier", "importier", "eröffne", "gründe", "erwarb", "erworben", "verkauf", "förder",
    "fertig", "vertrieb", "beschäftig", "unterzeichne", "erwirtschaft", "errichte",
)
# Finite auxiliaries and modal verbs in the verb slot after a subject ("Kazakhmys hat …").
AUXILIARIES: frozenset[str] = frozenset("hat hatte will wollte soll sollte kann konnte ist war wird plant".split())
# Nouns naming a website or portal cited as a source ("das Portal Energyprom.kz").
WEBSITE_WORDS: frozenset[str] = frozenset("website webseite portal internetseite onlineportal".split())
# Acronyms and names that stand for a set of states: a mention only where they act ("die EU
# verhängte"), not "das BIP der Europäischen Union", "den Ländern der Gemeinschaft Unabhängiger Staaten".
# Not the Eurasische Wirtschaftsunion: an organisation wherever it is named (see `en.COUNTRY_GROUPS`).
COUNTRY_GROUPS: frozenset[str] = frozenset("EU GUS G7 G8 G20".split()) | {
    "Europäische Union", "Europäischen Union", "Gemeinschaft Unabhängiger Staaten",
}
# Last parts of a compound after a group acronym naming the area its states make up: "GUS-Freihandelszone".
GROUP_AREA_ENDINGS: tuple[str, ...] = ("zone", "zonen", "raum", "raums", "gebiet", "gebiets", "region", "markt", "marktes",
                                     "märkte", "märkten")
# Words right before a group acronym (or before its article) that make it no subject: "in der EU",
# "Länder der GUS", "mit der EU".
NOT_SUBJECT_BEFORE: frozenset[str] = frozenset(
    "der den dem des in im aus mit nach von vom zwischen innerhalb außerhalb für gegen über zur zum bei".split()
)
