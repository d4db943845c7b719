"""Whom a figure is about: the country, organisation or company of its clause, with a partner.

"Chinas Handel mit den SCO-Staaten" and "China's trade with SCO countries" both give
``china>sco``: the subject, then ``>`` and the partner when the clause names one ("with", "mit",
"to", "nach", "between … and", "zwischen … und", "China-SCO trade"). For trade volume, which is
the same seen from either side, the pair is written in sorted order so "trade between Russia and
China" meets "China's trade with Russia". The subject is an actor id (lexicon ids where the
lexicon knows the actor, else the English name as a slug); names, genitives and adjectives count
in both languages ("Chinas", "chinesische", "Chinese"). Names come from the corpus lexicon and
the generated country table (`match/countries.json`), through `country_names`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

from ..extract.clauses import WORD, clause_bounds, window
from ..load.registry import LexActor
from .concepts import built_once
from .mentions import alternation
from ..textutil import slugify

_WORLD = "world"  # the subject of a figure whose scope is the world
REGIONS = frozenset({"central-asia", "europe", "asean", "european-union"})  # groups "the region" may be
# Other names: abbreviations, organisations, former names.
_OTHER_NAMES = {
    "united-states": ("US", "U.S.", "USA", "America", "Amerika"),
    "united-kingdom": ("UK", "Britain", "Britannien"),
    "european-union": ("European Union", "EU", "Europäische Union", "Europäischen Union"),
    "sco": ("SCO", "Shanghai Cooperation Organization", "Shanghai Cooperation Organisation", "SOZ",
            "Shanghaier Organisation für Zusammenarbeit"),
    "brics": ("BRICS",),
    "central-asia": ("Central Asia", "Central Asian countries", "Central Asian states", "Zentralasien", "Zentralasiens",
                     "zentralasiatischen Ländern", "zentralasiatischen Länder", "zentralasiatischen Staaten"),
    "europe": ("Europe", "Europa", "European countries", "europäischen Ländern", "europäische Länder"),
    "asean": ("ASEAN",),
    # continents as the scope of a statistic ("Asien produzierte in den ersten neun Monaten 825,9
    # Megatonnen", "Annual production for Asia was 1,125.1 Mt"): not the world's, not a country's
    "asia": ("Asia", "Asien", "Asiens"),
    "africa": ("Africa", "Afrika", "Afrikas"),
    "north-america": ("North America", "Nordamerika", "Nordamerikas"),
    "south-america": ("South America", "Südamerika", "Südamerikas"),
    "russia": ("Russian Federation", "Russischen Föderation", "Russische Föderation"),
    # The world as a figure's scope, by its adverbs only: "wurden 2024 weltweit 267,9 Milliarden
    # Sendungen befördert" is the world's count, not the story country's; an adjective names the
    # whole of a share ("ein Anteil von 15 Prozent an der weltweiten Gesamtzahl", "its share of
    # global trade"), not whose figure it is.
    _WORLD: ("weltweit", "worldwide", "globally", "Weltweit", "Worldwide", "Globally"),
}


# Capitals that stand for their state when the sentence makes them act or own ("steigerte Delhi die
# Ausfuhren", "Beijing's imports", "Moskau lieferte"); after a preposition of place they are the
# city ("talks in Moscow", "Flüge nach Peking"), no subject (`_PLACE_BEFORE`). Not in the German
# genitive: "Wichtigster Partner Pekings ist Kasachstan mit 31 Milliarden Dollar" ties the city to
# a partner, and taking it as the subject lost that pair's conflict (pairs-final4 u05).
_CAPITALS = {
    "india": ("Delhi", "New Delhi", "Neu-Delhi"),
    "china": ("Beijing", "Peking"),
    "russia": ("Moscow", "Moskau"),
    "united-states": ("Washington",),
    "pakistan": ("Islamabad",),
    "iran": ("Tehran", "Teheran"),
    "kazakhstan": ("Astana",),
    "uzbekistan": ("Tashkent", "Taschkent"),
    "kyrgyzstan": ("Bishkek", "Bischkek"),
    "tajikistan": ("Dushanbe", "Duschanbe"),
    "belarus": ("Minsk",),
    "azerbaijan": ("Baku",),
    "tuerkiye": ("Ankara",),
    "united-arab-emirates": ("Abu Dhabi",),
}
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|im|aus|from|at|nach|to|von|of|near|bei|via|über|zwischen|between)"
                           r"|[,(])\s+\Z", re.IGNORECASE)


def capital_names() -> frozenset[str]:
    """The capitals `_CAPITALS` knows, as written in either language ("Dushanbe", "Duschanbe")."""
    return frozenset(name for names in _CAPITALS.values() for name in names)


def capital_id(name: str) -> str | None:
    """The id of a capital `_CAPITALS` knows, by its English name in either language's spelling
    ("Moskau" and "Moscow" are "moscow"), or None."""
    return next((slugify(names[0]) for names in _CAPITALS.values() if name in names), None)


def country_names() -> dict[str, tuple[str, ...]]:
    """Actor id → names, genitives and adjectives of countries (the generated ISO 3166 table,
    `match/countries.json`) and country groups, both languages. A country's id is its short
    English name as a slug ("kazakhstan"); `ActorNames` prefers the lexicon's id where the
    lexicon names the country."""
    from .countries import countries

    table: dict[str, list[str]] = {}
    for country in countries():
        names = table.setdefault(slugify(country.en.split(" (")[0]), [])
        for name in country.names:
            names += [name, f"{name}'s", f"{name}’s"] + ([name + "s"] if not name.endswith(("s", "z")) else [])
        names += [form for adjective in country.adjectives for form in (adjective, adjective[:1].upper() + adjective[1:])]
    for cid, others in _OTHER_NAMES.items():
        table.setdefault(cid, []).extend(others)
    return {cid: tuple(dict.fromkeys(forms)) for cid, forms in table.items()}


_ACTOR_KINDS = frozenset({"country", "organization", "company"})
_PARTNER_BEFORE = frozenset({"with", "to", "mit", "nach", "into", "towards", "and", "und"})
_IN_BEFORE = frozenset({"in", "from", "aus", "im", "of"})
_BETWEEN = frozenset({"between", "zwischen", "among", "unter"})
_ORIGIN_BEFORE = frozenset({"from", "aus"})
_FLOW_NOUNS = ("export", "ausfuhr", "import", "einfuhr")  # lower-case openings of words of a flow
# "according to China's customs": who says it, whose figure it still is; not a partner
_SOURCE_PAIRS = frozenset({("according", "to")})
# Measures the same seen from either side: the pair is written in sorted order.
SYMMETRIC = frozenset({"trade-volume"})


@dataclass(frozen=True, slots=True)
class ActorMention:
    actor: str
    start: int
    end: int


class ActorNames:
    """Names of the actors a figure may be about, found in text in one pass per window."""

    def __init__(self, actors: Iterable[LexActor] = ()):
        by_name: dict[str, str] = {}
        lexicon_ids = {}
        bodies: set[str] = set()
        for actor in actors:
            if actor.kind == "organization":
                bodies.add(actor.id)
            if actor.kind in _ACTOR_KINDS:
                for name in (*actor.names.values(), *actor.aliases):
                    by_name.setdefault(name, actor.id)
                    by_name.setdefault(f"{name}'s", actor.id)
                for name in actor.names.values():
                    lexicon_ids[slugify(name)] = actor.id
        places = set()
        capitals: set[str] = set()
        for cid, names in country_names().items():
            actor_id = next((lexicon_ids[slugify(n)] for n in names if slugify(n) in lexicon_ids), cid)
            places.add(actor_id)
            for name in names:
                by_name.setdefault(name, actor_id)
            for name in _CAPITALS.get(cid, ()):
                for form in (name, f"{name}'s", f"{name}’s"):
                    if by_name.setdefault(form, actor_id) == actor_id:
                        capitals.add(form)
        from .countries import names_currency

        self._names_currency = names_currency  # "US $1.7 billion": a currency's word, no country
        self.by_name = by_name
        self.capitals = frozenset(capitals)
        self.places = frozenset(places)  # countries and groups of them: never only a source
        self.bodies = frozenset(bodies) - self.places  # organisations, no firms: they report on others
        # The longest name wins at a place; a hyphen is a boundary ("SCO-Staaten", "China-SCO");
        # case as written. Not a currency: "US-Dollar", "U.S. dollars", "US $1.7 billion", "US‑Dollar"
        # with a non-breaking hyphen. Names begin with almost any letter (German adjectives too), so the
        # engine cannot skip to first letters: the word-start check comes first and the tree is
        # entered only at the start of a word.
        self.pattern = re.compile(r"(?<![\w.])" + alternation(by_name) + r"(?![\w’'])(?![-\u2011]?\s?[Dd]ollar)(?![-\u2011]?\$)")

    def find(self, text: str, lo: int, hi: int, regions: frozenset[str] = frozenset()) -> list[ActorMention]:
        """The actors named in text[lo:hi]: known names, and regions of a country named with their
        kind ("Xinjiang Uygur Autonomous Region", "die Provinz Guizhou") or, among `regions` (those
        its article names so: `regions_named`), by their name alone ("Guizhou’s total")."""
        found = self._known(text, lo, hi)
        markets = [ActorMention(_WORLD, m.start(), m.end()) for m in _WORLD_MARKET.finditer(text, lo, hi)
                   if not any(o.start < m.end() and m.start() < o.end for o in found)] if (
            text.find("arkt", lo, hi) >= 0 or text.find("market", lo, hi) >= 0) else []
        if markets:
            found = sorted(found + markets, key=lambda o: o.start)
        if not regions and not any(text.find(cue, lo, hi) >= 0 for cue in _REGION_CUES):
            return found  # no region named with its kind here
        spans = [(m.start(), m.end(), m.group(m.lastgroup or 0)) for m in _REGION_NAMED.finditer(text, lo, hi)]
        spans += [(m.start(), m.end(), m.group()) for m in _CAPITALISED.finditer(text, lo, hi) if m.group() in regions]
        added: list[ActorMention] = []
        for start, end, name in sorted(spans):
            if name not in self.by_name and not any(o.start < end and start < o.end for o in (*found, *added)):
                added.append(ActorMention(slugify(name), start, end))
        return sorted(found + added, key=lambda o: o.start) if added else found

    def regions_named(self, text: str) -> frozenset[str]:
        """The names of regions `text` names with their kind ("Guizhou Province"), no known actor's."""
        return frozenset(name for name in region_names(text) if name not in self.by_name)

    def _known(self, text: str, lo: int, hi: int) -> list[ActorMention]:
        return [ActorMention(self.by_name[m.group()], m.start(), m.end()) for m in self.pattern.finditer(text, lo, hi)
                if (self.by_name[m.group()] != _WORLD or not _RANKED_AFTER.match(text, m.end()))
                and (m.group() not in self.capitals or not _PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start()))
                and not _CONTINENT_BEFORE.search(text, max(0, m.start() - 10), m.start())
                and not (m.group()[0].islower() and _STATES_AFTER.match(text, m.end()))
                and not self._names_currency(text, m.group(), m.end())
                and not _REGION_AFTER.match(text, m.end())
                and not _TIME_ZONE_AFTER.match(text, m.end())
                and not _REGION_BEFORE.search(text, max(0, m.start() - 60), m.start())]


# A country's clock names no actor: "am Dienstagmorgen deutscher Zeit", "at 8 p.m. Beijing time"
_TIME_ZONE_AFTER = re.compile(r"[^\S\n]+(?:Zeit|Ortszeit|time|Time)\b")


def region_names(text: str) -> frozenset[str]:
    """The names of the regions `text` names with their kind ("Guizhou Province", "die Provinz Yunnan")."""
    if not any(cue in text for cue in _REGION_CUES):
        return frozenset()
    return frozenset(m.group(m.lastgroup or 0) for m in _REGION_NAMED.finditer(text))


# "Northwest China's Xinjiang Uygur Autonomous Region saw its foreign trade …", "die chinesische
# Provinz Guangdong", "Chinas Autonome Region Xinjiang": a region of the country is who acts, not
# the country (no actor of its own here, so none)
_REGION_AFTER = re.compile(
    r"(?:['’]s)?[^\S\n]+(?:(?:[A-Z][\w-]*[^\S\n]+){1,4}(?:Autonomous[^\S\n]+Region|Province|Municipality|Prefecture)\b"
    r"|(?:Provinz|Autonome[nr]?[^\S\n]+Region|autonome[nr]?[^\S\n]+Region|Region|Stadt)[^\S\n]+[A-Z]"
    # "China's southern island province of Hainan saw …"
    r"|(?:[a-z]+[^\S\n]+){0,3}(?:province|autonomous[^\S\n]+region|municipality)[^\S\n]+of[^\S\n]+[A-Z])")
# A region of a country named with its kind: "Xinjiang Uygur Autonomous Region", "Guizhou Province",
# "das Uigurische Autonome Gebiet Xinjiang", "die Provinz Guizhou": the region, by its own name (the
# same word in both languages), as whose figures it acts. A name the known actors have is theirs.
# "das Volumen des globalen KI-Marktes", "the global AI market", "the world chip market": the world's
# market, whatever country the article is about
_WORLD_MARKET = re.compile(r"\b(?:[Gg]lobal(?:e[nmrs]?)?|[Ww]eltweite[nmrs]?|world)[^\S\n]+(?:[\w-]+[^\S\n]+)?"
                           r"(?:[\w-]*-Markt(?:es|s)?|Markt(?:es|s)?|market)\b")
_REGION_CUES = ("rovin", "utonom", "Gebiet", "unicipality")  # substrings every `_REGION_NAMED` match holds
_CAPITALISED = re.compile(r"(?<![\w-])[A-Z][a-z]+(?![\w-])")
_REGION_NAMED = re.compile(
    # (Chinese media write the kind in lower case: "Xinjiang Uygur autonomous region", "Hebei province")
    r"\b(?!(?:The|This|That|Each|Every|One|Our|Its|Their|Which|Another|Any|Same)\b)(?P<en>(?:(?:West|East|North|South|Inner)[^\S\n]+)?[A-Z][a-z]+)"
    r"(?:[^\S\n]+(?:Uygur|Uyghur|Hui|Zhuang))?[^\S\n]+(?:[Aa]utonomous[^\S\n]+[Rr]egion|[Pp]rovince|[Mm]unicipality)\b"
    r"|\b(?:[Pp]rovince|[Mm]unicipality)[^\S\n]+of[^\S\n]+(?P<of>[A-Z][a-z]+)\b"
    r"|\b(?:Provinz|Autonome[nms]?[^\S\n]+Gebiet(?:e?s)?|Autonome[nr]?[^\S\n]+Region)[^\S\n]+(?P<de>[A-Z][a-z]+)\b")
# "Das Uigurische Autonome Gebiet Xinjiang im Nordwesten Chinas", "Xinjiang Uygur Autonomous Region
# in northwest China": the region named, the country only where it lies
_REGION_BEFORE = re.compile(
    r"(?:Gebiet|Gebiets|Provinz|Region|Stadt|Province|Region|City)[^\S\n]+(?:[A-Z][\w-]*[^\S\n]+){0,2}"
    r"(?:im[^\S\n]+(?:Nord|Süd|Ost|West|Nordwest|Nordost|Südwest|Südost|Zentral)?(?:en|westen|osten|süden|norden)[^\S\n]+"
    r"|in[^\S\n]+(?:(?:north|south|east|west|central|northwest|northeast|southwest|southeast)(?:ern)?[^\S\n]+)?)\Z",
    re.IGNORECASE)




# "mit den türkischen Staaten" (the Turkic states), "die arabischen Länder": a German adjective
# before a plural of states names a group of them, not the country of the adjective
_STATES_AFTER = re.compile(r"\s+(?:Staaten|Ländern?|Republiken|Nationen)\b")


# "the North American Free Trade Agreement", "Latin American markets": a part of a continent, not
# the country whose adjective follows
_CONTINENT_BEFORE = re.compile(r"\b(?:North|South|Latin|Central|Nord|Süd|Latein|Mittel)[\s-]\Z")


# A superlative or rank after the world's adverb: "die weltweit größten Netzwerke", "weltweit
# führend", "the globally leading maker" rank a country in the world; they make no world figure.
_RANKED_AFTER = re.compile(r"\s+(?:am\s+|the\s+)?(?:\w+(?:st|ßt)(?:e|en|er|es|em)|führend\w*|\w+est|most|leading|first)\b",
                           re.IGNORECASE)


_NAMES: dict[int, tuple[Any, Any]] = {}


def names_for(actors: tuple[LexActor, ...]) -> ActorNames:
    """One name index per lexicon, built once."""
    return built_once(_NAMES, actors, ActorNames)


def subject_of(text: str, start: int, end: int, language: str | None, names: ActorNames,
               measure: str | None = None, mentions: list[ActorMention] | None = None,
               other_end: list[str] | None = None) -> str | None:
    """The actor id text[start:end] is about, ``subject>partner`` when a partner is named; or None.

    In the number's clause the first actor not introduced by "with/to/mit/nach" is the subject
    (else the first in the clause); a partner is one introduced so, the second of "between A and
    B", or the second of "China-SCO". Without an actor in the clause, the nearest one before the
    number in the sentence. `mentions` are the actors of all of `text`, when the caller has them.
    A flow that names only its other end ("imports from Russia") has no subject here; that end's
    actor is appended to `other_end`, when given, for the caller to join with a subject said before.
    Trade that names only its partner ("der Handel mit Tadschikistan") keeps the partner as its
    subject, and the partner is appended to `other_end` too: the caller may know whose trade it is.
    """
    lo, hi = window(text, start, end)
    c_lo, c_hi = clause_bounds(text, start, end)
    if mentions is None:
        mentions = names.find(text, lo, hi)
    mentions = [m for m in mentions if not _bracketed_before(text, lo, m, start) and (
        m.actor in names.places or not _SOURCE.search(text, max(lo, m.start - _SOURCE_BEFORE), m.start))
        and not (language == "de" and _english_name_part(text, m)) and not _MEDIA_AFTER.match(text, m.end)
        and not _BASED_AFTER.match(text, m.end) and not _FIRM_NAMED_AFTER.match(text, m.end)
        and not (m.start >= end and _HOLDS_ITS_OWN.match(text, m.end))
        and not (m.actor in names.bodies and m.end <= start and (
            _REPORTS_AFTER.match(text, m.end) or _SPOKESMAN_OF.search(text, max(lo, m.start - 30), m.start)))
        and not _in_circumstance(text, lo, m.start) and not _compiler(text, lo, m)]
    mentions = _without_other_side(text, lo, end, mentions)
    mentions = _without_members(text, mentions)
    own = next((m for m in mentions if m.end <= start and text[m.end - 2 : m.end] in ("'s", "’s")
                and _OWN_AMOUNT.fullmatch(text, m.end, start)), None)
    if own is not None:
        return own.actor  # "compared with Japan’s $4.46 trillion": the possessor's own amount
    compared = _compared_in_place(text, lo, start, end, mentions, names, measure)
    if compared is not None:
        return compared
    if measure is not None and "share" in measure:
        # "accounts for roughly 15 percent of the global AI market": the whole of a share, not whose
        mentions = [m for m in mentions if not (m.actor == _WORLD and _WORLD_MARKET.match(text, m.start))]
    flow = _flow(measure)
    listed = _respective(text, start, end, mentions, flow, measure, other_end)
    if listed is not None:
        return listed
    holder = _WITH_BEFORE.search(text, max(lo, start - _WITH_REACH), start)
    if holder is not None:
        # "gefolgt von Russland mit 19,1 Prozent und Kasachstan mit 7,4 Prozent", "Turkmenistan folgt
        # mit 13.340 US-Dollar": the actor named right before "mit"/"with" holds the number
        own = next((m for m in mentions if m.end == holder.start() or (
            m.end < holder.start() and _ONE_VERB.fullmatch(text, m.end, holder.start()))), None)
        if own is not None:
            return own.actor
    dash = _DASH_BEFORE.search(text, max(lo, start - _WITH_REACH), start)
    if dash is not None:
        # "Russland - 26,6% der gesamten Importe, China - 20,9%, Kasachstan - 15,3%", "Kazakhstan – a
        # little over $1 billion": a country and a dash before the number, an item of a list
        own = next((m for m in mentions if m.end == dash.start() and m.actor in names.places), None)
        if own is not None:
            return own.actor
    written = next((m for m in mentions if m.actor in names.places and _RIGHT_BEFORE.fullmatch(text, m.end, start)
                    and _LISTED_BEFORE.search(text, max(0, m.start - 60), m.start)), None)
    if written is not None:
        # "Im Jahr 2022 erreichte Kirgisistan 40 Millionen US-Dollar, Usbekistan 140 Millionen US-Dollar und
        # Kasachstan 200 Millionen US-Dollar": in a list of countries each with its amount, the country
        # right before an amount holds it (not "und Kasachstan": a partner)
        return written.actor
    if language == "de" and (fuer := _FOR_COUNTRY_AFTER.match(text, end)) is not None:
        # "nämlich 6,9 Milliarden US-Dollar für die Ukraine und 6,5 Milliarden US-Dollar für Usbekistan"
        own = next((m for m in mentions if m.start == fuer.end() and m.actor in names.places), None)
        if own is not None:
            return own.actor
    item = next((m for m in mentions if m.actor in names.places and _ITEM_BRACKET.fullmatch(text, m.end, start)
                 and _bracket_list(text, m, start)), None)
    flow_item = None
    if flow is not None:
        # of a flow the item is its other end: "nach Russland (655,5 Mio. USD), China (438,2 USD),
        # Kirgisistan (283,9 USD)", "goes to the United States ($151 million), Britain …"
        item, flow_item = None, item
    if item is not None:
        # "China (5,5 Mrd. USD), die Vereinigten Arabischen Emirate (fast 3,2 Mrd. USD), Südkorea (…)",
        # "China (27.2 percent or $1.1 billion), Russia (…)": each item's country holds its bracket
        # (of trade, as a partner whose other side the caller may know, as for "der Handel mit …")
        if other_end is not None and measure is not None and measure.split(":")[0] in SYMMETRIC:
            other_end.append(item.actor)
        return item.actor
    found = [m for m in mentions if c_lo <= m.start and m.end <= c_hi and (m.end <= start or m.start >= end)]
    roles = _listed_partners(text, found, [_role(text, c_lo, m, flow) for m in found])
    found, roles = _own_items(text, start, end, c_hi, found, roles)
    if "subject" not in roles and "origin" not in roles:
        # No subject in the clause ("den Handel mit China … zu steigern"): one earlier in the sentence.
        earlier = [m for m in mentions if lo <= m.start and m.end <= c_lo]
        earlier_roles = [_role(text, lo, m, flow) for m in earlier]
        if "subject" in earlier_roles or "origin" in earlier_roles or not found:
            found, roles = earlier + found, earlier_roles + roles
    if not found:
        return None
    if flow is not None and all(r == "partner" for r in roles):
        # "Imports from Russia fell 9.6%", "Exports to China rose": whose flow it is goes unsaid
        # (a sentence before may say it); the country named is the other end, never the subject.
        ends = {m.actor for m in found}
        if len(ends) > 1:
            # "1,4 Milliarden Kubikmeter in die Türkei und 0,6 Milliarden Kubikmeter nach Georgien":
            # the end right after the amount; else ("raisin imports from Uzbekistan soared
            # two-and-a-half-fold and honey imports from Kyrgyzstan surged 11 times") the one
            # nearest before it
            way = _FROM_WORDS if flow == "imports" else _TO_WORDS  # "Lieferungen aus Russland nach China": from Russia
            proper = [m for m in found if (w := WORD.findall(text, max(0, m.start - 12), m.start)) and w[-1].lower() in way]
            found = proper or found
            own = _own_end(text, start, end, found)
            ends = {own.actor} if own is not None else set()
        if other_end is not None and len(ends) == 1:
            other_end.append(ends.pop())
        return None
    if (other_end is not None and measure is not None and measure.split(":")[0] in SYMMETRIC
            and all(r == "partner" for r in roles) and len({m.actor for m in found}) == 1):
        # "Der Handel mit Tadschikistan wuchs um 2,7 Prozent": the partner alone is named; whose
        # trade it is the caller may know from the article (`other_end`), else the partner stands
        other_end.append(found[0].actor)
    if len({m.actor for m in found}) >= 2 and all(r == "partner" and m.start >= end for m, r in zip(found, roles)):
        return None  # "… $4.5 million … and plans to expand into Uzbekistan, Azerbaijan, …": where to, not whose
    # Two actors joined by a hyphen name a pair, in that order: "China-Europe freight trains".
    joined = next(((a, b) for a, b in zip(found, found[1:])
                   if a.actor != b.actor and text[a.end:b.start] in ("-", "–")), None)
    subject: ActorMention
    partner: ActorMention | None
    if joined is not None:
        subject, partner = joined
    else:
        # "deliveries from Russia to China increased by 12.7%": a flow's origin is its subject when
        # no actor stands as one; of several origins ("… importing from China to Laos …, while the goods
        # exporting from Laos to China were …"), the one nearest before the number
        origins = [m for m, r in zip(found, roles) if r == "origin"]
        nearest = [m for m in origins if m.end <= start][-1:] or origins[:1]
        subject = (next((m for m, r in zip(found, roles) if r == "subject"), None) or next(iter(nearest), None)
                   or next((m for m, r in zip(found, roles) if r == "place"), None) or found[0])
        partners = [m for m, r in zip(found, roles) if r == "partner" and m.actor != subject.actor]
        several = len({m.actor for m in partners}) > 1
        partner = (_own_end(text, start, end, partners) if flow is not None and several else None) or (
            # of several other ends, the one right after the number ("18 Prozent nach Russland und
            # 16 Prozent nach China")
            _end_right_after(text, end, partners) if several else None) or next(iter(partners), None)
    if flow_item is not None:
        if any(m.actor == subject.actor and _ITEM_BRACKET.match(text, m.end) for m in found):
            # "textile exports … fell on Russia ($655.5 million), China ($403.4 million)": every country
            # named is an item; whose flow it is a sentence before may say
            if other_end is not None:
                other_end.append(flow_item.actor)
            return None
        partner = flow_item
    return _pair(subject, partner, measure)


# A list set off by dashes or brackets right after a group's name: "mit den fünf Staaten
# Zentralasiens – Kasachstan, Kirgisistan, … und Usbekistan –", "the five Central Asian countries
# (Kazakhstan, Kyrgyzstan, …)": the group's members, which neither act nor trade on their own there.
_MEMBERS_AFTER = re.compile(r"[^\S\n]*(?:[–—]|\(|,[^\S\n]+namely,?)[^\S\n]*(?P<items>[^–—()\n]{3,200}?)[^\S\n]*(?:[–—)]|(?=[.;]))")


def _without_members(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """`mentions` without those listed as a group's members right after the group's name (two or
    more of them in the list)."""
    dropped: set[int] = set()
    for m in mentions:
        if m.start in dropped:
            continue
        listed = _MEMBERS_AFTER.match(text, m.end)
        if listed is None:
            continue
        inside = [o for o in mentions if listed.start("items") <= o.start and o.end <= listed.end("items")]
        if len(inside) >= 2:
            dropped.update(o.start for o in inside)
    return [m for m in mentions if m.start not in dropped] if dropped else mentions


# "mit"/"with" right before a number (past a qualifier), after an actor's name (and maybe one verb).
_WITH_BEFORE = re.compile(r"[^\S\n]+(?:mit|with)[^\S\n]+(?:(?:rund|etwa|über|knapp|fast|mehr[^\S\n]+als|about|around|"
                          r"over|nearly|almost|more[^\S\n]+than)[^\S\n]+)?[$€£¥]?\Z")
_WITH_REACH = 30
_DASH_BEFORE = re.compile(r"[^\S\n]+[-–—][^\S\n]+(?:(?:a|little|over|about|around|nearly|almost|rund|etwa|über|knapp|fast)"
                          r"[^\S\n]+){0,3}(?:US)?[$€£¥]?[^\S\n]?\Z")
# Nothing but space between a country and its amount; an amount and a comma (or "und") before the
# country: an item of a list of countries with their amounts.
_RIGHT_BEFORE = re.compile(r"[^\S\n]+(?:(?:rund|etwa|über|knapp|fast|about|around|over|nearly|almost)[^\S\n]+)?"
                           r"(?:US)?[$€£¥]?")
_LISTED_BEFORE = re.compile(r"(?:\d|Dollar|Euro|Prozent|percent|%|dollars|million|billion|Millionen|Milliarden)[^\S\n]*"
                            r"(?:,|[^\S\n]+(?:und|and|sowie))[^\S\n]+\Z")
# "… US-Dollar für die Ukraine": the amount's holder after it
_FOR_COUNTRY_AFTER = re.compile(r"[^\S\n]+für[^\S\n]+(?:die|den|das)?[^\S\n]*")
# The words in brackets right after an item's country, up to its number: " (", " (fast ", " (27.2 percent or ".
_ITEM_BRACKET = re.compile(r"[^\S\n]*\([^()\n]{0,40}")
_ITEM_BEFORE = re.compile(r"\)[^\S\n]*,?[^\S\n]*(?:(?:and|und|sowie)[^\S\n]+)?(?:(?:die|der|den|dem|the)[^\S\n]+)?\Z")
_ITEM_AFTER = re.compile(r"[^()\n]{0,40}\)[^\S\n]*,[^\S\n]*(?:(?:and|und|sowie)[^\S\n]+)?(?:(?:die|der|den|dem|the)[^\S\n]+)?"
                         r"[A-ZÄÖÜ][^()\n,;.]{0,40}\(")


def _bracket_list(text: str, mention: ActorMention, start: int) -> bool:
    """Whether the country `mention`, with a bracket after it holding the number at `start`, is an
    item of a list of such items: another item's bracket closes right before it or another item
    follows its own."""
    return (_ITEM_BEFORE.search(text, max(0, mention.start - 12), mention.start) is not None
            or _ITEM_AFTER.match(text, start) is not None)


_ONE_VERB = re.compile(r"[^\S\n]+(?:folgt|folgte|folgen|folgten|follows|followed|comes|came|kommt|kam|liegt|lag)")
_CAPITALISED_AFTER = re.compile(r"[^\S\n]+[A-Z]")


def _english_name_part(text: str, mention: ActorMention) -> bool:
    """Whether a German text's country mention is an English adjective opening a name ("des German
    Economic Team", "der Russian Railways"): German writes its own adjectives, so an English one
    before a capitalised word is a word of a name, no country the figure is about."""
    from .countries import english_adjectives

    return (text[mention.start:mention.end] in english_adjectives()
            and _CAPITALISED_AFTER.match(text, mention.end) is not None)


# The other side of a comparison stated as an amount with its place after it: "compared with
# $32,487 in Japan and $56,103 in Germany", "gegenüber 2,1 Prozent in Kasachstan".
_COMPARED_BEFORE = re.compile(r"(?:\b(?:compared\s+(?:with|to)|against|versus|vs\.?|than|gegenüber|verglichen\s+mit|"
                              r"im\s+Vergleich\s+zu)|\bin[^\S\n]+[A-Z][\w-]*(?:[^\S\n]+[A-Z][\w-]*)?[^\S\n]*"
                              r"(?:,[^\S\n]*(?:and|und)?|[^\S\n]+(?:and|und)))[^\S\n]+"
                              r"(?:(?:about|around|nearly|over|some|roughly|rund|etwa|knapp|fast|über)[^\S\n]+)?"
                              r"(?:US|U\.S\.)?[$€£¥]?\Z")
_IN_PLACE_AFTER = re.compile(r"[^\S\n]+in[^\S\n]+(?:the[^\S\n]+)?")
_COMPARED_REACH = 40


def _compared_in_place(text: str, lo: int, start: int, end: int, mentions: list[ActorMention], names: ActorNames,
                       measure: str | None) -> str | None:
    """The place right after a number that stands as the other side of a comparison ("India's
    GDP per capita stood at $2,694, compared with $32,487 in Japan"): that place's own statistic.
    Not of a flow: "in" after an amount of one is where it goes."""
    if _flow(measure) is not None:
        return None
    after = _IN_PLACE_AFTER.match(text, end)
    if after is None or not _COMPARED_BEFORE.search(text, max(lo, start - _COMPARED_REACH), start):
        return None
    place = next((m for m in mentions if m.start == after.end() and m.actor in names.places), None)
    return place.actor if place is not None else None


_OWN_AMOUNT = re.compile(r"[^\S\n]+(?:(?:about|around|nearly|over|some|roughly)[^\S\n]+)?(?:US|U\.S\.)?[$€£¥]?")
# Statistics of one economy alone, never between two: a country named beside them is no partner
_OWN_MEASURES = frozenset({"gdp", "gdp-per-capita", "population", "inflation", "unemployment", "interest-rate",
                           "internet-penetration", "life-expectancy", "poverty-rate", "literacy-rate", "birth-rate",
                           "minimum-wage", "pmi", "consumer-confidence", "land-area"})


def _pair(subject: ActorMention, partner: ActorMention | None, measure: str | None) -> str:
    """``subject>partner``, or the subject alone; of a measure the same from either side, in sorted order."""
    if partner is None or (measure is not None and measure.split(":")[0] in _OWN_MEASURES):
        return subject.actor  # "habe Indien Japan … ersetzt und dürfte Deutschland … verdrängen": India's GDP
    pair = [subject.actor, partner.actor]
    if measure is not None and measure.split(":")[0] in SYMMETRIC:
        pair.sort()
    return ">".join(pair)


# "Laut dem Ministerium …", "according to the Ministry of …", "citing data of the Agency": the
# organisation that says it, not whom the figure is about ("according to China's customs" still
# names the country the figure is of).
_SOURCE = re.compile(r"\b(?:laut|according\s+to|citing|cited\s+by|zitiert\s+nach|nach\s+Angaben)\s+(?:data\s+(?:of|from)\s+)?"
                     r"(?:(?:the|dem|der|des|den)\s+)?(?:[\w-]+\s+){0,3}\Z", re.IGNORECASE)
_SOURCE_BEFORE = 60
# The nation of the body that compiled a statistic: "Der von der britischen Grossbank HSBC ermittelte
# Einkaufsmanagerindex", "an index compiled by British bank HSBC" (the body's, not the statistic's).
_COMPILED_BY_BEFORE = re.compile(r"\b(?:von\s+(?:der|dem|einer|einem)|vom|(?:compiled|conducted|calculated|"
                                 r"published|released|carried\s+out)\s+by(?:\s+the|\s+a)?)\s+\Z", re.IGNORECASE)
_BODY_NOUN_AFTER = re.compile(r"\s+[\w-]*(?:bank|Bank|agentur|Agentur|agency|institut|Institut|institute|firm|"
                              r"company|Firma|Konzern|konzern|consultancy|Beratungsfirma)\b")
_COMPILED_AFTER = re.compile(r"[^.;\n]{0,40}?\b(?:ermittelt\w*|erhoben\w*|berechnet\w*|erstellt\w*|"
                             r"veröffentlicht\w*)\b")


def _compiler(text: str, lo: int, mention: ActorMention) -> bool:
    """Whether `mention` is the nation's adjective of the body that compiled the statistic
    (`_COMPILED_BY_BEFORE`, a body's noun after it, and in German the verb after the body)."""
    before = _COMPILED_BY_BEFORE.search(text, max(lo, mention.start - 40), mention.start)
    if before is None or (body := _BODY_NOUN_AFTER.match(text, mention.end)) is None:
        return False
    return "by" in before.group().lower() or _COMPILED_AFTER.match(text, body.end()) is not None
# A body whose spokesman or head speaks: "According to Luo Junjie, the spokesman of the Ministry of …"
_SPOKESMAN_OF = re.compile(r"\b(?:spokes(?:man|woman|person)|[Ss]precher(?:in)?|[Pp]ressesprecher(?:in)?)[^\S\n]+"
                           r"(?:of|for|des|der)[^\S\n]+(?:the[^\S\n]+)?\Z")
# A body before a verb of reporting and what it reported: "The country's Ministry of Industry and
# Information Technology confirmed today that … there were 1.01 billion subscribers in the country"
# (the ministry is the source; a firm reporting is its own subject: "Gazprom said its exports …")
_REPORTS_AFTER = re.compile(r"(?:[^\S\n]+(?:\([^()\n]{1,20}\)|today|on[^\S\n]+\w+|am[^\S\n]+\w+|heute|nun)){0,2}"
                            r"[^\S\n]+(?:said|says|confirmed|confirms|reported|reports|announced|announces|stated|"
                            r"teilte|teilt|meldete|meldet|berichtete|berichtet|bestätigte|bestätigt|gab[^\S\n]+bekannt)"
                            r"(?:[^\S\n]+\w+)?[^\S\n]+(?:that|dass|,)")
# After a number, an actor holding a number of its own ("…, dessen BIP auf 17,8 Billionen Dollar
# geschätzt wird und das nur von den Vereinigten Staaten mit einem BIP von 27,4 Billionen Dollar
# übertroffen wird"): that number's, not this one's.
_HOLDS_ITS_OWN = re.compile(r"[^\S\n]+(?:mit|with)[^\S\n]+(?:(?:einem|einer|einen|a|an|its)[^\S\n]+)?(?:[\w-]+[^\S\n]+){0,2}?"
                            r"(?:(?:von|of)[^\S\n]+)?(?:US|U\.S\.)?[$€£¥]?\d")
# The other side of a comparison ("mehr als doppelt so hoch wie der der Vereinigten Staaten", "higher
# than that of Japan"): measured against, not measured.
_OTHER_SIDE = re.compile(r"(?:\b(?:(?:gen|eben)?so[^\S\n]+[a-zäöüß]+|[a-zäöüß]{2,}er|more|less)[^\S\n]+(?:wie|als|than)[^\S\n]+"
                         r"(?:(?:that|those)[^\S\n]+of[^\S\n]+)?"
                         # "etwa genauso viel wie die Ukraine", "as much as Ukraine"
                         r"|\bas[^\S\n]+(?:much|many|high|large|big)[^\S\n]+as[^\S\n]+(?:(?:that|those)[^\S\n]+of[^\S\n]+)?"
                         # "… 43,6 Megabit pro Sekunde und übertrifft damit Russland", "surpassing Russia": outrun
                         r"|\b(?:übertrifft|übertraf|übertreffen|überholt|überholte|surpass\w*|outpac\w*|overtak\w*|"
                         r"overtook|ahead[^\S\n]+of)[^\S\n]+(?:damit[^\S\n]+|thus[^\S\n]+)?"
                         # "… 91 Mrd. Dollar und entsprach damit dem von Bulgarien", "equal to that of Japan"
                         r"|\b(?:entspr(?:icht|ach)|gleich(?:t|te)?)[^\S\n]+(?:damit[^\S\n]+)?(?:dem|der|denen)[^\S\n]+(?:von|des)"
                         r"[^\S\n]+|\b(?:equal|equivalent|comparable|similar|close)[^\S\n]+to[^\S\n]+(?:that|those)[^\S\n]+of[^\S\n]+)"
                         r"(?:(?:der|die|das|den|dem|des|the)[^\S\n]+){0,2}\Z")
# What a figure is set against, before or after it ("Das 37 Millionen Einwohner zählende Land hat im
# Gegensatz zu Deutschland …", "Unlike Russia, Kazakhstan grew 5%"): the other side, not measured.
_CONTRASTED = re.compile(r"\b(?:im[^\S\n]+Gegensatz[^\S\n]+zu[mr]?|anders[^\S\n]+als|[Uu]nlike|in[^\S\n]+contrast[^\S\n]+to"
                         # "That figure is second only to the US", "nur hinter den USA": ranked behind
                         # "mit … 136,7 Mio. Tonnen hinter China Platz 2", "behind China"
                         r"|second[^\S\n]+only[^\S\n]+to|(?:(?:nur|knapp)[^\S\n]+)?hinter|(?:just[^\S\n]+)?behind)"
                         r"[^\S\n]+(?:(?:der|die|das|den|dem|des|the)[^\S\n]+)?\Z")
# A country's adjective before a news medium ("laut der russischen Nachrichtenagentur TASS", "nach
# Statistiken des amerikanischen Informationsdienstes Stratfor", "the Russian newspaper Kommersant"):
# where the report comes from, not whom its figure is about.
# What a figure came about in spite of or amid: "trotz US-Sanktionen", "trotz der Sanktionen der USA",
# "inmitten des russischen Angriffskriegs gegen die Ukraine", "despite US sanctions" — a country in
# that phrase is no subject of the figure. The phrase ends at punctuation, a number or a verb
# ("Trotz der Krise stiegen Chinas Exporte": China's).
_CIRCUMSTANCE = re.compile(r"\b(?:despite|amid|amidst|in[^\S\n]+spite[^\S\n]+of|trotz|inmitten|angesichts|ungeachtet|"
                           r"im[^\S\n]+Zuge|in[^\S\n]+the[^\S\n]+wake[^\S\n]+of|"
                           # or owing to: "seine Vorhersage wegen der US-Sanktionen … gesenkt"
                           r"wegen|aufgrund|infolge|because[^\S\n]+of|due[^\S\n]+to|owing[^\S\n]+to|"
                           # a war's target: "im Zuge des Angriffskriegs gegen die Ukraine", "its invasion of Ukraine"
                           r"(?:Angriffs)?[Kk]rieg(?:e?s)?[^\S\n]+gegen|[Üü]berfalls?[^\S\n]+auf|"
                           r"war[^\S\n]+(?:against|on|in)|invasion[^\S\n]+of)\b", re.IGNORECASE)
_CIRCUMSTANCE_REACH = 80  # characters before a country searched for the word opening the phrase
_CIRCUMSTANCE_WORDS = 7
_PHRASE_ENDS = frozenset("is are was were has have had rose fell grew stood reached ist sind war waren hat haben "
                         "hatte hatten lag lagen stieg stiegen fiel fielen sank sanken wuchs wuchsen wird werden "
                         "wurde wurden erreichte erreichten betrug betrugen".split())


def _in_circumstance(text: str, lo: int, at: int) -> bool:
    """Whether the actor named at `at` stands in a phrase of what the figure came about in spite
    of or amid (`_CIRCUMSTANCE`)."""
    cue = None
    for cue in _CIRCUMSTANCE.finditer(text, max(lo, at - _CIRCUMSTANCE_REACH), at):
        pass
    if cue is None:
        return False
    between = text[cue.end() : at]
    if any(c in between for c in ",.;:()\n") or _DIGIT.search(between):
        return False
    words = between.split()
    return len(words) <= _CIRCUMSTANCE_WORDS and not any(w.lower() in _PHRASE_ENDS for w in words)


# Where a body sits: "the US-based Semiconductor Industry Association", "a Moscow-headquartered
# consultancy", "des in den USA ansässigen Verbandes": the place describes the body, whose figure it
# is not ("… forecast that China’s semiconductor industry could account for 17.4% …": China's).
_BASED_AFTER = re.compile(r"-(?:based|headquartered)\b|[^\S\n]+(?:ansässig|beheimatet)(?:e|en|er|es|em)?\b")
# "Chinese smartphone maker Vivo has … shipped 5.8 million units in India", "der chinesische
# Smartphone-Hersteller Vivo": where a firm named right after comes from, not whose figure it is
_FIRM_NAMED_AFTER = re.compile(
    r"(?:[^\S\n]+[a-z][\w-]*){0,2}[^\S\n]+(?:maker|manufacturer|company|firm|giant|vendor|brand|producer|"
    r"conglomerate|retailer|operator|carrier|developer)[^\S\n]+(?=[A-Z])"
    r"|[^\S\n]+(?=[A-ZÄÖÜ])[\w-]*(?i:hersteller|konzern|unternehmen|firma|anbieter|produzent|riese|händler)"
    r"[^\S\n]+(?=[A-ZÄÖÜ])")
_MEDIA_AFTER = re.compile(
    r"[^\S\n]+(?:(?=[A-ZÄÖÜ])\w*(?i:nachrichtenagentur|presseagentur|informationsdienst|magazin|zeitung|"
    r"sender|nachrichtenportal|medien|zeitschrift)\w*"
    r"|(?:news|press)\s+agency|newspaper|broadcaster|(?:news|media)\s+(?:outlet|portal|website|site)|state\s+media|"
    r"magazine|wire\s+service|(?:state\s+)?television|TV\s+channel)\b")


# What coordinates two items of a clause: ", " (not a decimal comma), "and", "und", "sowie", "while".
_COORDINATOR = re.compile(r",(?=\s)|;|\b(?:and|und|sowie|while|whereas|während|wobei)\b")
_DIGIT = re.compile(r"\d")
# Names listed one after another: "Kazakhstan, Kyrgyzstan and Tajikistan"; an article and one word of
# a name the list of names does not hold may stand before one.
_LISTED = re.compile(r"\s*(?:,\s*(?:(?:and|und)\s+)?|(?:and|und|sowie)\s+)(?:(?:the|der|die|dem|den|des)\s+)?"
                     r"(?:[A-ZÄÖÜ][\w-]*\s+(?:of\s+)?)?\Z")  # "und der Republik Korea", "and the Republic of Korea"
_RESPECTIVE = re.compile(r"\b(?:respectively|beziehungsweise|bzw\.|jeweils)", re.IGNORECASE)
# A number of the list a "respectively" distributes ("8.6 percent, 130 percent and 60 percent"); a
# year is none ("in 2021").
_LISTED_NUMBER = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d[\d.,]*")


def _own_items(text: str, start: int, end: int, c_hi: int, found: list[ActorMention],
               roles: list[str]) -> tuple[list[ActorMention], list[str]]:
    """The clause's actors that are this number's, where the clause coordinates several numbers,
    each with its own: "der Handel mit Kirgisistan um 130 Prozent und mit Tadschikistan um 60
    Prozent" (Tajikistan's is the 60); "China's trade with Russia rose 5% and with India 7%" (the
    7% is China's with India). A name after the number, past a coordinator, is the next item's;
    one before it, past another number and a coordinator, gives way to the number's own name of
    the same role."""
    if len(found) < 2:
        return found, roles
    keep: list[tuple[ActorMention, str]] = []
    shared: list[tuple[ActorMention, str]] = []
    for m, role in zip(found, roles):
        if m.start >= end:
            between = text[end:m.start]
            if _COORDINATOR.search(between) and (_DIGIT.search(between) or _DIGIT.search(text, m.end, c_hi)):
                continue  # "… um 130 Prozent und mit Tadschikistan um 60 Prozent": the 60's
            keep.append((m, role))
        else:
            between = text[m.end:start]
            if _DIGIT.search(between) and _COORDINATOR.search(between):
                shared.append((m, role))
            else:
                keep.append((m, role))
    own_roles = {role for m, role in keep if m.end <= start}
    kept = [x for x in shared if x[1] not in own_roles] + keep
    kept.sort(key=lambda x: x[0].start)
    return [m for m, _ in kept], [r for _, r in kept]


_RESPECTIVE_REACH = 200  # characters after the number searched for "respectively"
_CONVERSION_REACH = 60  # characters back to the amount a bracketed conversion converts
_LAST_ITEM_REACH = 4  # characters after "bzw." in which the list's last number begins
_LAST_AFTER = re.compile(r"\b(?:beziehungsweise|bzw\.)\s*\Z", re.IGNORECASE)  # "… bzw. 2,7 Prozent": the last


def _respective(text: str, start: int, end: int, mentions: list[ActorMention], flow: str | None,
                measure: str | None, other_end: list[str] | None = None) -> str | None:
    """"Trade with Kazakhstan, Kyrgyzstan, Tajikistan increased by 8.6 percent, 130 percent and 60
    percent, respectively": of names listed before a run of numbers that "respectively" closes,
    the one in the number's place (with the subject named before the list, if any); None unless
    the list and the run are as long as each other. `text` is the number's sentence."""
    converted = start
    if _in_brackets(text, max(0, start - _CONVERSION_REACH), start):
        # "… beziehungsweise 1,11 Billionen Yuan RMB (etwa 146 Milliarden Euro)": the conversion's
        # place in the run is the amount's before the bracket
        amounts = [m.start() for m in _LISTED_NUMBER.finditer(text, max(0, start - _CONVERSION_REACH), text.rfind("(", 0, start))]
        converted = amounts[-1] if amounts else start
    said = _RESPECTIVE.search(text, end, end + _RESPECTIVE_REACH) or _LAST_AFTER.search(text, max(0, converted - 20), converted)
    if said is None:
        return None
    before = [m for m in mentions if m.end <= start]
    # German writes the word before the last item: "um 68,6 Prozent, … 6,3 Prozent bzw. 2,7 Prozent"
    last = said.end() + _LAST_ITEM_REACH if said.group().strip().lower() in ("beziehungsweise", "bzw.") else said.start()
    # the list ends at the last name before the numbers, or at the one before it when that last
    # name stands in an apposition to the list ("Kazakhstan, Kyrgyzstan and Tajikistan, Xinjiang's
    # three major trading partners, increased by …")
    for upto in (len(before), len(before) - 1):
        run = before[upto - 1 : upto] if upto > 0 else []
        for m in reversed(before[: max(0, upto - 1)]):
            if _LISTED.fullmatch(text, m.end, run[0].start) is None:
                break
            run.insert(0, m)
        if len({m.actor for m in run}) != len(run) or len(run) < 2:
            continue
        # a conversion in brackets ("1,34 Billionen Yuan RMB (etwa 177 Milliarden Euro)") is of the item before it
        numbers = [m.start() for m in _LISTED_NUMBER.finditer(text, before[-1].end, last)
                   if not _in_brackets(text, before[-1].end, m.start())]
        at = start if start in numbers else next((n for n in reversed(numbers) if n < start), None) \
            if _in_brackets(text, before[-1].end, start) else None
        if len(numbers) == len(run) and at is not None:
            break
    else:
        return None
    mine = run[numbers.index(at)]
    if _role(text, 0, run[0], flow) != "partner":
        return mine.actor
    lead = next((m for m in before[:len(before) - len(run)] if _role(text, 0, m, flow) == "subject"), None)
    if lead is None and other_end is not None:
        other_end.append(mine.actor)  # "mit der Europäischen Union und den Vereinigten Staaten … beziehungsweise": whose, said before
    return mine.actor if lead is None else _pair(lead, mine, measure)


def _without_other_side(text: str, lo: int, end: int, mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions without those after the number that stand on the other side of a comparison,
    the items listed with them included ("… und übertrifft damit Russland und Usbekistan")."""
    kept: list[ActorMention] = []
    previous_dropped: ActorMention | None = None
    for m in mentions:
        if _CONTRASTED.search(text, max(lo, m.start - 40), m.start) or m.start >= end and (
                _OTHER_SIDE.search(text, max(lo, m.start - 40), m.start) or (
                previous_dropped is not None and _LIST_JOIN.fullmatch(text, previous_dropped.end, m.start))):
            previous_dropped = m
            continue
        previous_dropped = None
        kept.append(m)
    return kept


def _listed_partners(text: str, found: list[ActorMention], roles: list[str]) -> list[str]:
    """Roles with a partner's list carried through its items: "plans to expand into Uzbekistan,
    Azerbaijan, the Kyrgyz Republic and Russia" are all where it goes."""
    for i in range(1, len(found)):
        if roles[i - 1] == "partner" and roles[i] != "partner" and _LIST_JOIN.fullmatch(text, found[i - 1].end, found[i].start):
            roles[i] = "partner"
    return roles


_LIST_JOIN = re.compile(r"[^\S\n]*(?:,[^\S\n]*(?:(?:and|und|or|oder)[^\S\n]+)?|[^\S\n]+(?:and|und|or|oder|sowie)[^\S\n]+)"
                        r"(?:(?:the|die|der|den|dem)[^\S\n]+)?")


def _end_right_after(text: str, end: int, ends: list[ActorMention]) -> ActorMention | None:
    """Of `ends`, the other end that stands right after the amount ending at `end` ("… Kubikmeter
    nach Georgien", "16 Prozent nach China"), if any."""
    return next((m for m in ends if m.start >= end and _END_RIGHT_AFTER.fullmatch(text, end, m.start)), None)


def _own_end(text: str, start: int, end: int, ends: list[ActorMention]) -> ActorMention | None:
    """Of several other ends of a flow, the number text[start:end]'s: the one right after its amount
    ("… 3,2 Milliarden Kubikmeter in die Türkei und 1,1 Milliarden Kubikmeter nach Georgien"), else
    the one nearest before it ("… honey imports from Kyrgyzstan surged 11 times")."""
    after = _end_right_after(text, end, ends)
    before = [m for m in ends if m.end <= start]
    return after or (before[-1] if before else None)


def _in_brackets(text: str, lo: int, at: int) -> bool:
    """Whether `at` stands inside a bracket opened after `lo`."""
    opened = text.rfind("(", lo, at)
    return opened >= 0 and text.find(")", opened, at) < 0


_FROM_WORDS = frozenset({"from", "aus"})
_TO_WORDS = frozenset({"to", "into", "nach", "die", "den"})  # "in die Türkei", "in den Iran"
# Between an amount and the other end of its flow: "… Kubikmeter nach Georgien", "$177 mln to China".
_END_RIGHT_AFTER = re.compile(r"[^\S\n]+(?:nach|in[^\S\n]+(?:die|den)|to|into|from|aus)[^\S\n]+(?:(?:the|die|den|der)[^\S\n]+)?")


def _bracketed_before(text: str, lo: int, mention: ActorMention, start: int) -> bool:
    """Whether a name stands in brackets closed before the number: a credit or dateline
    ("BEIJING, (UrduPoint / Pakistan Point News - 21st Jan, 2025) The number … 4.25 million")
    names who reported, not whom the figure is about."""
    opened = text.rfind("(", lo, mention.start)
    if opened < 0 or text.find(")", opened, mention.start) >= 0:
        return False
    closed = text.find(")", mention.end, start)
    return closed >= 0


def _flow(measure: str | None) -> str | None:
    """"imports" or "exports" when `measure` is a flow of goods one way (its kinds too: "oil-exports";
    sales and deliveries go out as exports do)."""
    base = (measure or "").split(":")[0]
    if base == "sales" or base.endswith("-supplies"):
        return "exports"  # what is sold or delivered goes from its subject to the other end ("Gaslieferungen nach China")
    return next((f for f in ("imports", "exports") if base == f or base.endswith("-" + f)), None)


# "Aserbaidschan, mit dem der Handel um 18 Prozent zunahm", "Azerbaijan, with which trade grew 18%":
# the name a "with" relative clause follows is the partner of what that clause says.
_WITH_WHOM = re.compile(r"\s*,\s*(?:mit\s+(?:dem|der|denen)|with\s+(?:which|whom))\b", re.IGNORECASE)


_EXPORTED_BEFORE = re.compile(r"\b(?:[Ee]xport\w*|[Aa]usfuhr\w*)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}\Z")
_GOODS_AFTER = re.compile(r"[^\S\n]+(?:Waren|Güter|Erzeugnisse|Produkte|goods|products|commodities)\b")
_GROUP_WORDS = frozenset("""the den die der dem five four six other member fünf vier sechs anderen übrigen
    states countries nations staaten ländern länder""".split())


def _role(text: str, lo: int, mention: ActorMention, flow: str | None = None) -> str:
    if _WITH_WHOM.match(text, mention.end):
        return "partner"
    if flow == "imports" and _GOODS_AFTER.match(text, mention.end) \
            and not _EXPORTED_BEFORE.search(text, max(0, mention.start - 40), mention.start):
        return "partner"  # "die Importe russischer Waren", "imports of Russian goods": where they come from
        # (not "das Exportvolumen usbekischer Produkte", goods going the other way)
    words = [w.lower() for w in WORD.findall(text, max(lo, mention.start - 40), mention.start)]
    for i in range(len(words) - 1, -1, -1):  # "with", "with the", "mit den SCO-…"
        back = words[i]
        if i < len(words) - 3 and not all(w in _GROUP_WORDS for w in words[i + 1:]):
            break  # further back only over a group's words: "mit den fünf Staaten Zentralasiens"
        if i == len(words) - 1 and back.startswith(_FLOW_NOUNS):
            return "subject"  # "und der Export usbekischer Produkte", "die Importe Chinas": whose flow it is
        if back in _PARTNER_BEFORE and not (i > 0 and (words[i - 1], back) in _SOURCE_PAIRS):
            return "partner"
        if flow is not None and back in _ORIGIN_BEFORE:
            # "imports from Russia": where the goods come from is the other end; "deliveries from
            # Russia to China": the origin of what goes out is the flow's subject; "Die Importe aus
            # Russland stiegen …, während die Exporte … zurückgingen": the end of the imports is the
            # end the exports go to
            into = i > 0 and words[i - 1].startswith(("import", "einfuhr"))
            return "partner" if flow == "imports" or into else "origin"
        if flow == "exports" and back == "in" and words[i + 1:i + 2] in (["die"], ["den"]):
            return "partner"  # "den Export … in die Vereinigten Staaten": where it goes (not "in der", where it is)
        if back in _IN_BEFORE:
            return "place"
        if back in _BETWEEN:
            return "subject"
    return "subject"
