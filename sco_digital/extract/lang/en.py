"""English: the words the extractors read. Every constant has a namesake in `de.py`."""

from __future__ import annotations

# ---- dates and entities

# Month names and their abbreviations ("Sept", "Aug"): 1-12. Never places or names.
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
# Relative weeks and months: phrase -> (unit, offset) against the publication date.
RELATIVE_PERIODS: dict[str, tuple[str, int]] = {
    "last week": ("week", -1), "past week": ("week", -1), "this week": ("week", 0), "next week": ("week", 1),
    "last month": ("month", -1), "this month": ("month", 0), "next month": ("month", 1),
}
# Verbs that report speech: a name right before or after one is a speaker.
SPEECH_VERBS: frozenset[str] = frozenset(
    "said says stated told noted added explained stressed emphasised emphasized remarked commented "
    "announced urged warned argued informed reported".split()
)
# Nouns that say the capitalised name after them is a company or an outlet ("company Masdar",
# "energy group ACWA Power", "news agency BelTA").
ORG_DESCRIPTORS: dict[str, str] = {
    "company": "company", "firm": "company", "group": "company", "giant": "company", "maker": "company",
    "manufacturer": "company", "operator": "company", "developer": "company", "producer": "company",
    "provider": "company", "carrier": "company", "conglomerate": "company", "corporation": "company",
    "lender": "company", "insurer": "company", "start-up": "company", "startup": "company",
    "agency": "media", "newspaper": "media", "daily": "media", "outlet": "media", "broadcaster": "media",
}
# Compound endings that make a German noun an organisation (empty in English: its heads are words).
ORG_COMPOUND_ENDINGS: tuple[str, ...] = ()
# Words before a role that belong to it ("First Deputy Prime Minister", "acting director").
ROLE_MODIFIERS: frozenset[str] = frozenset(
    "first deputy vice acting former senior executive chief general permanent interim outgoing "
    "incoming assistant associate managing honorary".split()
)
# Credit words: what stands before the name of a photographer, a source or an author.
CREDIT_WORDS: frozenset[str] = frozenset("photo photos image source by video graphic".split())
