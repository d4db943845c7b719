"""German: the words the extractors read. Every constant has a namesake in `en.py`."""

from __future__ import annotations

# ---- dates and entities

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
}
SPEECH_VERBS: frozenset[str] = frozenset(
    "sagte sagt erklärte erklärt betonte betont meinte meint berichtete berichtet ergänzte unterstrich "
    "warnte forderte mitteilte teilte schrieb so".split()
)
# "Staatskonzern Gazprom", "Marktforschungsfirma Gartner", "Zeitung Wedomosti", "Ratingagentur S&P":
# the last part of the word before a name.
ORG_DESCRIPTORS: dict[str, str] = {
    "konzern": "company", "firma": "company", "unternehmen": "company", "gruppe": "company",
    "hersteller": "company", "anbieter": "company", "betreiber": "company", "riese": "company",
    "bank": "company", "versicherer": "company", "ratingagentur": "company",
    "zeitung": "media", "blatt": "media", "nachrichtenagentur": "media", "agentur": "media",
    "sender": "media", "magazin": "media", "portal": "media",
}
# "das Statistikamt", "die Zentralbank", "des Landwirtschaftsministeriums", "der Allgemeinen
# Zollverwaltung": a compound with one of these endings, after an article, names an organisation.
ORG_COMPOUND_ENDINGS: tuple[str, ...] = (
    "ministerium", "amt", "zentralbank", "nationalbank", "bundesbank", "notenbank", "entwicklungsbank",
    "zollverwaltung", "verwaltung", "behörde", "kammer", "kommission", "verband",
)  # not "union" ("Sowjetunion"), "regierung" ("die kasachische Regierung"), "agentur" ("die Ratingagentur" refers back)
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
    "erste": 1, "ersten": 1, "erstes": 1, "zweite": 2, "zweiten": 2, "dritte": 3, "dritten": 3,
    "vierte": 4, "vierten": 4,
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
    """unter über durch für gegen ohne um während wegen trotz dabei damit dazu zudem außerdem jedoch
    dennoch sowie sowohl neben zwischen innerhalb alle jede jeder jedes viele einige mehrere
    er sie es wir ihr ich du die der das den dem des ein eine einer eines und aber oder auch als
    am an auf aus bei im in mit nach seit von vom zu zum zur laut wie dies diese dieser dieses
    china chinas russland indien pakistan iran belarus kasachstan kirgisistan tadschikistan
    usbekistan mongolei soz brics asean
    ministerium präsident direktor sekretär gipfel konferenz organisation rat abteilung programm projekt
    herr frau""".split()
)
SAY_VERBS: str = (
    r"sagte|sagten|sagt|erklärte|erklärt|betonte|betont|meinte|meint|fügte|berichtete|berichtet|teilte|"
    r"sprach|ergänzte|unterstrich|hob|kündigte|äußerte|führte|stellte|schrieb|warnte|forderte|so|[Ll]aut"
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
                    "Gesellschaft Amt Amts Amtes",  # not "Regierung": "die kasachische Regierung" names no body
    "company": "GmbH AG",
    "media": "Zeitung",
    "place": "Provinz Distrikt Distrikts Bezirk Bezirks Region",
}
