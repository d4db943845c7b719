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

# Numbers that count months in "the first five months" and ordinals that pick a part of a year.
COUNT_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
ORDINAL_WORDS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# Days named relative to publication.
DAY_OFFSETS: dict[str, int] = {"the day before yesterday": -2, "yesterday": -1, "tomorrow": 1}
# Tense cues (regular-expression alternatives, matched on lower-cased text): the verb nearest a
# weekday says whether it is the last one or the next. Future first: "is to be held" beats "held".
FUTURE_CUES: str = (
    r"(?:will|shall|['’]ll)(?:\s+(?:not|also|then|be|have|been))*(?:\s+[a-z]+)?|"
    r"(?:is|are|was|were)\s+(?:to\s+be|set\s+to|scheduled\s+(?:to|for)|expected\s+to|due\s+to|slated\s+(?:to|for))"
    r"(?:\s+be)?(?:\s+[a-z]+)?|to\s+be\s+[a-z]+|scheduled|upcoming|forthcoming|"
    r"(?:plans?|going|aims?)\s+to|takes?\s+place|opens|begins|starts|kicks\s+off|convenes|runs|lasts|continues"
)
PAST_CUES: str = (
    r"said|says|told|announced|noted|added|stated|explained|stressed|emphasi[sz]ed|pointed\s+out|reported|"
    r"was|were|had|has\s+been|have\s+been|held|took\s+place|opened|closed|launched|signed|met|concluded|"
    r"ended|released|unveiled|attended|visited|hosted|wrapped\s+up|began|started|adopted|approved|agreed|"
    r"revealed|showed|according\s+to|did|kicked\s+off|convened|made|issued|published"
)

# Words that open sentences or name things other than people: never part of a person's name
# (month and weekday names are added from MONTHS and WEEKDAYS).
NAME_STOP_WORDS: frozenset[str] = frozenset(
    """he she it they we i you the this that these those his her its their our my a an and but or so
    also as at by in on of for from with after before when while since if then there here under during
    through about over among between within without into across against despite including although
    because however meanwhile moreover furthermore additionally beyond toward towards upon via whether
    where which who what how why all each every both many most some several other another such
    china chinese russia india pakistan iran belarus kazakhstan kyrgyzstan tajikistan
    uzbekistan mongolia afghanistan turkey sco brics un asean
    minister ministry president director secretary forum summit conference organization council department
    agency center centre programme program initiative project plan statistics experts photo xinhua general
    deputy vice chief head spokesperson ambassador professor mr mr. ms ms. mrs dr dr. prof prof. according""".split()
)
# Verbs that report speech, as regular-expression alternatives (a name and a role stand around them).
SAY_VERBS: str = (
    r"said|says|told|noted|added|stated|explained|stressed|emphasi[sz]ed|pointed[^\S\n]+out|remarked|commented|"
    r"observed|announced|believes|urged|highlighted|underlined|warned|argued|revealed|wrote|[Aa]ccording[^\S\n]+to"
)
# Head words: the last capitalised word of a name says what it names ("… Forum", "Ministry of …").
HEAD_WORDS: dict[str, str] = {
    "forum": "Forum Forums Fora",
    "conference": "Conference Congress Symposium Expo Exposition Fair Dialogue Seminar Convention",
    "summit": "Summit",
    "programme": "Programme Program Initiative Tour Scheme Campaign",
    "plan": "Plan Plans Strategy Roadmap Agenda Blueprint",
    "project": "Project",
    "resolution": "Resolution Declaration",
    "facility": "Center Centre Workshop Workshops Lab Laboratory Park Hub Platform",
    "network": "Network Networks Alliance Consortium",
    "organization": "Ministry Council Chamber Organization Agency Department Commission Committee Administration "
                    "Bureau Office Association Federation Union Institute Academy University Bank Assembly "
                    "Secretariat Parliament Government Authority Foundation Society",
    "company": "Company Corporation Corp Co Ltd Limited Inc Holdings Group",
    "media": "Daily Times Post News Television TV Radio Broadcasting Newspaper",
    "place": "Province District County City Region Prefecture",
}
