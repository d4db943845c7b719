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
