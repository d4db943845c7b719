"""People, organisations and initiatives named in English and German news text, by pattern.

`find_entities(text, language)` finds what no lexicon lists yet:

- people by the role around their name: a title before it ("Vice-Minister Xiong Jijun",
  "Vizeminister Xiong Jijun"), an apposition next to a reporting verb ("Xu Chaofeng, director of
  …, said", "sagte Hermano Tercius, Sekretär für …", "so Lucero Carreón, …"), a role naming an
  organisation before the name ("the Secretary General of the SCO, Yermekbayev"), bylines;
- organisations and initiatives by the head word of a capitalised name ("2025 SCO Digital Economy
  Forum", "Ministry of Industry and Information Technology", "Exchange-Konferenz 2025") and by
  quoted names whose head word, or the noun before them, says what they are
  („Global Smart Tour" after "Austauschprogramm");
- places after "in" and in German place compounds ("Tiexi-Distrikt").

Short forms are reported as written ("Vice-Minister Xiong said" gives "Xiong"); callers merge them
with the full name by prefix. Every entity carries its offsets: ``text[start:end]`` is the name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..textutil import slugify as _slugify
from ._regex import LazyRegex as _Regex

__all__ = ["FoundEntity", "find_entities", "slugify"]


@dataclass(frozen=True, slots=True)
class FoundEntity:
    """One named actor or initiative: ``source[start:end] == text`` (the name as written).

    `name` is the display form (case normalised for all-caps bylines, German genitive endings and
    bracketed acronyms dropped). `category` is "actor" (person, organization, place, company,
    media) or "initiative" (forum, conference, summit, programme, project, plan, resolution,
    facility, network). People carry the `role` phrase as written and, when that phrase names
    one, the organisation as written in `affiliation`.
    """

    start: int
    end: int
    text: str
    name: str
    kind: str
    category: str
    role: str | None = None
    affiliation: str | None = None


def slugify(name: str) -> str:
    """Stable id for an unknown actor: `Xiong Jijun` -> `xiong-jijun`, `Carreón` -> `carreon`."""
    return _slugify(name)


# --- character classes and name shapes ----------------------------------------------------------

_UP = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
_LO = "a-zß-öø-ÿ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.islower())
_SP = r"[^\S\n]+"  # white space within a line
_TOKEN = rf"[{_UP}][{_LO}]+(?:[{_UP}][{_LO}]+)?(?:-[{_UP}]?[{_LO}]+|['’][{_UP}][{_LO}]+)*"
_CAPS_TOKEN = rf"[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})*"
_PARTICLE = r"(?:de|da|del|della|di|van|von|bin|ibn|al|el|dos|du|la|le)"
_NAME = rf"{_TOKEN}(?:{_SP}(?:{_PARTICLE}{_SP}){{0,2}}{_TOKEN}){{0,2}}"
_CAPS_NAME = rf"{_CAPS_TOKEN}(?:{_SP}{_CAPS_TOKEN}){{1,2}}\b"

# Words that start sentences or name things other than people; never part of a person's name.
_NOT_NAME = frozenset(
    """he she it they we i you the this that these those his her its their our my a an and but or so
    also as at by in on of for from with after before when while since if then there here under during
    through about over among between within without into across against despite including although
    because however meanwhile moreover furthermore additionally beyond toward towards upon via whether
    where which who what how why all each every both many most some several other another such
    unter über durch für gegen ohne um während wegen trotz dabei damit dazu zudem außerdem jedoch
    dennoch sowie sowohl neben zwischen innerhalb alle jede jeder jedes viele einige mehrere
    er sie es wir ihr ich du die der das den dem des ein eine einer eines und aber oder auch als
    am an auf aus bei im in mit nach seit von vom zu zum zur laut wie dies diese dieser dieses
    china chinese chinas russia india pakistan iran belarus kazakhstan kyrgyzstan tajikistan
    uzbekistan mongolia afghanistan turkey russland indien kasachstan kirgisistan tadschikistan
    usbekistan mongolei belarus sco soz brics un asean
    monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag
    freitag samstag sonntag january february march april may june july august september october
    november december januar februar märz mai juni juli oktober dezember
    minister ministry ministerium president präsident director direktor secretary sekretär
    forum summit gipfel conference konferenz organization organisation council rat department
    abteilung agency center centre programme program programm initiative project projekt plan
    statistics experts photo xinhua general deputy vice chief head spokesperson ambassador professor
    mr mr. ms ms. mrs dr dr. prof prof. herr frau according""".split()
)

# --- people -------------------------------------------------------------------------------------

_TITLES_EN_LIST = (
    r"Vice[- ]Ministers?", r"Deputy[- ]Prime[- ]Minister", r"Deputy[- ]Minister", r"Foreign[- ]Minister",
    r"Prime[- ]Minister", r"Minister",
    r"Vice[- ]Premier", r"Premier", r"Vice[- ]President", r"President", r"Vice[- ]Chairman", r"Chairman",
    r"Chairwoman", r"Chairperson", r"Deputy[- ]Secretary[- ]General", r"Secretary[- ]General",
    r"General[- ]Secretary", r"Party[- ]Secretary", r"Secretary", r"Director[- ]General", r"Deputy[- ]Director",
    r"Director", r"Ambassador", r"Vice[- ]Governor", r"Governor", r"Vice[- ]Mayor", r"Mayor", r"Professor",
    r"Prof\.", r"Dr\.", r"Spokesperson", r"Spokesman", r"Spokeswoman", r"Commissioner", r"Chancellor",
    r"Senator", r"CEO", r"Chief[- ]Executive", r"Academician",
)
# Lower-case titles before a name ("ministry spokesperson Mao Ning"). Listed, not (?i:…): a short
# case-sensitive alternation lets the regex engine skip ahead, which keeps extraction fast.
_TITLES_EN_LOWER = (
    r"spokesperson|spokesman|spokeswoman|vice[- ]minister|vice[- ]premier|vice[- ]president|minister|president|"
    r"professor|premier|ambassador|director|secretary[- ]general|chairman"
)
_TITLES_EN = "|".join(_TITLES_EN_LIST) + "|" + _TITLES_EN_LOWER
_HONORIFICS = r"Mr\.?|Mrs\.?|Ms\.?|Herr|Frau"
_TITLE_STEMS_DE = (
    "minister", "präsident", "sekretär", "direktor", "botschafter", "kanzler", "bürgermeister",
    "gouverneur", "sprecher", "vorsitzende", "leiter", "professor", "geschäftsführer",
)
# "Vizeminister", "Generaldirektor", "Ministerin": a capitalised word ending in a title. The word is
# read whole (possessive) and its ending checked by look-behinds, which keeps the scan linear.
_TITLE_ENDINGS_DE = sorted(
    {v for stem in _TITLE_STEMS_DE for suffix in ("", "in", "r") for v in (stem + suffix, (stem + suffix).capitalize())}
)
_TITLE_DE = rf"[{_UP}][{_LO}]*+(?:{'|'.join(f'(?<={re.escape(v)})' for v in _TITLE_ENDINGS_DE)})\b"
_ROLE_HEADS_EN = (
    r"director(?:[- ]general)?|head|chief|chair(?:man|woman|person)?|president|vice[- ]president|"
    r"(?:vice[- ]|deputy[- ]|prime[- ]|foreign[- ])?minister|premier|secretary(?:[- ]general)?|"
    r"spokes(?:person|man|woman)|"
    r"ambassador|envoy|consul(?:[- ]general)?|governor|mayor|professor|researcher|research[- ]fellow|fellow|"
    r"analyst|expert|economist|scholar|dean|(?:co-)?founder|ceo|cto|cfo|coo|chief[- ]executive|"
    r"(?:general[- ])?manager|executive|official|officer|representative|delegate|advis[eo]r|consultant|"
    r"engineer|lecturer|leader|commissioner|counsel(?:l)?or|correspondent|editor|reporter|member|partner|"
    r"principal|rector|chancellor|academician|secretary"
)
_ROLE_STEMS_DE = (
    *_TITLE_STEMS_DE,
    "chef", "führer", "gründer", "beauftragte", "experte", "forscher", "manager", "vertreter",
    "berater", "analyst", "dekan", "referent", "mitglied", "korrespondent", "redakteur",
)
_ROLE_HEAD_DE = (
    rf"(?:[{_UP}][{_LO}]*(?:{'|'.join(_ROLE_STEMS_DE)})|(?:{'|'.join(s.capitalize() for s in _ROLE_STEMS_DE)}))"
    r"(?:in|innen|r|n|en)?\b"
)
_MODIFIER_EN = (
    rf"(?:(?:former|acting|deputy|vice|senior|chief|executive|general|associate|assistant|honorary|permanent|"
    rf"founding|managing|regional|international|national|[a-z]+['’]s|[{_UP}][\w.'’&-]*){_SP}){{0,4}}"
)
_MODIFIER_DE = (
    rf"(?:(?:der|die|den|dem|des|ein|eine|einer|stellvertretende[rn]?|ehemalige[rn]?|amtierende[rn]?|"
    rf"neue[rn]?|[{_LO}]+(?:e|er|en|es)){_SP}){{0,3}}"
)
_ROLE_START_EN = rf"(?:(?:the|a|an){_SP})?{_MODIFIER_EN}(?i:{_ROLE_HEADS_EN})\b"
_ROLE_START_DE = rf"{_MODIFIER_DE}{_ROLE_HEAD_DE}"
_ROLE_BODY = r"(?:[^,;.\n]|\.(?=\S)){0,200}"

_SAY_EN = (
    rf"said|says|told|noted|added|stated|explained|stressed|emphasi[sz]ed|pointed{_SP}out|remarked|commented|"
    rf"observed|announced|believes|urged|highlighted|underlined|warned|argued|revealed|wrote|[Aa]ccording{_SP}to"
)
_SAY_DE = (
    r"sagte|sagten|sagt|erklärte|erklärt|betonte|betont|meinte|meint|fügte|berichtete|berichtet|teilte|"
    r"sprach|ergänzte|unterstrich|hob|kündigte|äußerte|führte|stellte|schrieb|warnte|forderte|so|[Ll]aut"
)
_AFTER_ROLE = (
    rf"(?:(?:also|auch|ebenfalls|further|then|had|has|have){_SP})?"
    rf"(?:{_SAY_EN}|{_SAY_DE}|[{_LO}]+(?:te|ten|ed)|will|wird|hat|has|had|was|is|ist|war|sei|seien|habe|werde)\b"
)


def _person_patterns(starts: str) -> tuple[_Regex, _Regex]:
    # "Xu Chaofeng, director of …, said"; "Zhao Yongsheng, Leiter des Tiexi-Distrikts, berichtete"
    appositive = _Regex(
        rf"(?P<name>{_NAME}),{_SP}(?P<role>(?:{starts}){_ROLE_BODY}),{_SP}{_AFTER_ROLE}"
    )
    # "said Xu Chaofeng, director of …"; "so Lucero Carreón, stellvertretender Vorsitzender …"
    reported = _Regex(
        rf"(?:{_SAY_EN}|{_SAY_DE}|zufolge){_SP}(?P<name>{_NAME}),{_SP}(?P<role>(?:{starts}){_ROLE_BODY})"
    )
    return appositive, reported


_PEOPLE = {
    "en": _person_patterns(_ROLE_START_EN),
    "de": _person_patterns(_ROLE_START_DE),
    None: _person_patterns(f"{_ROLE_START_EN}|{_ROLE_START_DE}"),
}
# "Vice-Minister Xiong Jijun", "Minister of Foreign Affairs Wang Yi", "Vizeminister Xiong Jijun"
_ORG_WORDS = (
    r"Foreign|Affairs|Industry|Information|Technology|Commerce|Finance|Economy|Economic|Development|"
    r"Digital|Science|Education|Culture|Trade|Agriculture|Health|Transport|Communications?|Energy|"
    r"Natural|Resources|Justice|Defen[cs]e|Interior|Innovation|Investment|State|Public|Security|Labou?r|"
    r"Social|Emergency|Management|Ecology|Environment|Water|Housing|Urban|Rural|Civil|Aviation|Sports?|"
    r"Tourism|Telecommunications?|Post|Media|Aerospace|High|Technologies|Mass|IT|ICT|AI|Telecom"
)
_TITLE_TAIL = (
    rf"(?:{_SP}(?:of|for){_SP}(?:the{_SP})?(?:{_ORG_WORDS})(?:(?:{_SP}|,{_SP}|{_SP}and{_SP})(?:{_ORG_WORDS}))*)?"
    rf"{_SP}(?P<name>{_NAME})"
)
# Two patterns, not one alternation: the German one starts at any capital letter, the English one
# at a few fixed words, and each is fast only on its own.
_TITLE_NAME_EN = _Regex(rf"(?P<role>{_TITLES_EN}|{_HONORIFICS}){_TITLE_TAIL}")
_TITLE_NAME_DE = _Regex(
    rf"(?P<role>{_TITLE_DE}|{_HONORIFICS})"
    # "Vizeminister für digitale Entwicklung Kairat Balyshev"
    rf"(?:{_SP}für{_SP}(?:[{_LO}]+{_SP}){{0,2}}[{_UP}][{_LO}-]+(?:{_SP}und{_SP}[{_UP}][{_LO}-]+)?)?"
    rf"{_SP}(?P<name>{_NAME})"
)
_HONORIFIC = _Regex(_HONORIFICS)
# "the Secretary General of the Shanghai Cooperation Organization, Yermekbayev,"
_ORG_CHAIN_SIMPLE = rf"[{_UP}][\w'’.-]*(?:{_SP}(?:(?:of|for|and|on|der|des|für|und){_SP})?[{_UP}(][\w'’.)-]*)*"
_ROLE_OF_ORG_TAIL = (
    rf"{_SP}(?:the{_SP})?(?P<org>{_ORG_CHAIN_SIMPLE})),{_SP}(?P<name>{_NAME})"
    rf"(?=\s*[,.;:]|{_SP}(?:{_SAY_EN}|{_SAY_DE})\b)"
)
_ROLE_OF_ORG_EN = _Regex(rf"(?P<role>(?:{_TITLES_EN}){_SP}of{_ROLE_OF_ORG_TAIL}")
_ROLE_OF_ORG_DE = _Regex(rf"(?P<role>{_TITLE_DE}{_SP}(?:der|des){_ROLE_OF_ORG_TAIL}")
# Bylines: "By He Yin, People's Daily"; "08:20, August 29, 2025 By YAN DONGJIE ( Chinadaily.com.cn"
_BYLINE_NAME = _Regex(rf"(?:{_CAPS_NAME}|{_NAME})(?![\w-])")
_BYLINE = _Regex(
    rf"(?:By|Von|BY|VON){_SP}"
    rf"(?P<names>(?:{_CAPS_NAME}|{_NAME})(?:{_SP}(?:and|und|AND|UND|&){_SP}(?:{_CAPS_NAME}|{_NAME}))*)"
    rf"(?![\w-])(?:{_SP}in{_SP}[{_UP}][\w-]+)?"
)
_MEDIA_HEADS = (
    r"Daily|News|Times|Post|Journal|Herald|Tribune|Gazette|Review|Weekly|Agency|Xinhua|Online|Network|"
    r"Press|Today|Observer|Guardian|Telegraph|Express|Monitor|Standard|Zeitung|Nachrichten|Rundschau|Spiegel"
)
_OUTLET = _Regex(
    rf"\s*[,(|/–-]?\s*(?P<aff>(?:[{_UP}][\w.'’-]*{_SP}){{0,3}}(?:{_MEDIA_HEADS})\b"
    r"|[\w-]+(?:\.[\w-]+)*\.(?:com|cn|org|net|de|ru|kz|uz|in|pk|info)(?:\.[a-z]{2})?\b)"
)
# A role running on past a comma into a list that ends the sentence: "Rat für Außenhandel,
# Investitionen und Technologie."
_LIST_WORD = rf"(?:[{_UP}][\w'’-]*|und|and|&|of|for|für|der|des|the)"
_ROLE_LIST_TAIL = _Regex(rf",{_SP}{_LIST_WORD}(?:{_SP}{_LIST_WORD})*(?=\s*(?:[.;\n]|$))")

# --- organisations and initiatives --------------------------------------------------------------

_HEADS: dict[str, tuple[str, str]] = {}


def _heads(kind: str, category: str, words: str) -> None:
    for word in words.split():
        _HEADS[word] = (kind, category)


_heads("forum", "initiative", "Forum Forums Fora")
_heads(
    "conference", "initiative",
    "Conference Konferenz Congress Kongress Symposium Expo Exposition Fair Messe Dialogue Dialog Seminar Convention",
)
_heads("summit", "initiative", "Summit Gipfel Gipfels Gipfeltreffen")
_heads("programme", "initiative", "Programme Program Programm Programms Initiative Tour Scheme Campaign Kampagne")
_heads("plan", "initiative", "Plan Plans Aktionsplan Strategy Strategie Roadmap Agenda Blueprint")
_heads("project", "initiative", "Project Projekt Projekts")
_heads("resolution", "initiative", "Resolution Declaration Erklärung Deklaration")
_heads(
    "facility", "initiative",
    "Center Centre Zentrum Zentrums Workshop Workshops Lab Laboratory Labor Park Hub Platform Plattform",
)
_heads("network", "initiative", "Network Networks Netzwerk Netzwerks Alliance Allianz Consortium")
_heads(
    "organization", "actor",
    "Ministry Ministerium Ministeriums Council Rat Rates Chamber Kammer Organization Organisation Agency Agentur "
    "Department Abteilung Commission Kommission Committee Ausschuss Administration Verwaltung Bureau Office "
    "Association Verband Federation Union Institute Institut Academy Akademie University Universität Bank "
    "Assembly Secretariat Sekretariat Parliament Government Regierung Authority Behörde Foundation Stiftung "
    "Society Gesellschaft Amt Amts Amtes",
)
_heads("company", "actor", "Company Corporation Corp Co Ltd Limited Inc Holdings GmbH AG Group")
_heads("media", "actor", "Daily Times Post Television TV Radio Broadcasting Newspaper Zeitung")
_heads("place", "actor", "Province Provinz District Distrikt Distrikts Bezirk Bezirks County City Region Prefecture")
# German compounds whose last part names what they are; alone ("Pressekonferenz", "Hauptforum") they
# are common nouns, so they count only with a name next to them ("Handelskammer Warschau").
_COMPOUND_HEADS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("konferenz",), ("conference", "initiative")),
    **dict.fromkeys(("gipfel", "gipfels"), ("summit", "initiative")),
    **dict.fromkeys(("forum", "forums"), ("forum", "initiative")),
    **dict.fromkeys(("programm", "programms", "initiative"), ("programme", "initiative")),
    **dict.fromkeys(("projekt", "projekts"), ("project", "initiative")),
    **dict.fromkeys(("aktionsplan",), ("plan", "initiative")),
    **dict.fromkeys(("zentrum", "zentrums"), ("facility", "initiative")),
    **dict.fromkeys(("netzwerk",), ("network", "initiative")),
    **dict.fromkeys(
        ("ministerium", "ministeriums", "kammer", "agentur", "verband", "behörde", "kommission", "ausschuss",
         "akademie", "universität", "institut", "organisation", "gruppe"),
        ("organization", "actor"),
    ),
    "nachrichtenagentur": ("media", "actor"),
}
_COMPOUND_SUFFIXES = tuple(sorted(_COMPOUND_HEADS, key=len, reverse=True))


def _german_compound(word: str) -> tuple[str, str] | None:
    """(kind, category) of a German compound by its last part: "Handelskammer" -> organization."""
    lowered = word.lower()
    if not lowered.endswith(_COMPOUND_SUFFIXES):
        return None
    for suffix in _COMPOUND_SUFFIXES:
        if lowered.endswith(suffix) and (len(lowered) > len(suffix) + 2 or suffix == "nachrichtenagentur"):
            return _COMPOUND_HEADS[suffix]
    return None


# German genitive and plural forms named by their base form in `name`.
_BASE_FORM = {
    "Gipfels": "Gipfel", "Forums": "Forum", "Programms": "Programm", "Projekts": "Projekt", "Plans": "Plan",
    "Zentrums": "Zentrum", "Netzwerks": "Netzwerk", "Ministeriums": "Ministerium", "Rates": "Rat",
    "Distrikts": "Distrikt", "Bezirks": "Bezirk",
}
_CONNECTORS = frozenset("of for on and & de du des la für und der zur zum von the die das".split())
_PRE_HEAD_JOINERS = frozenset({"", "and", "&", "und"})
# Words that may open a name of an organisation ("China Daily", "SCO Summit") but start no name of
# anything when they open a sentence ("Statistics from …", "Als Hauptforum …").
_NOT_IN_NAME = (_NOT_NAME - {"china", "chinese", "sco", "soz", "un", "brics", "asean", "russia", "india", "xinhua"}) | {
    *"statistics experts photo themed english news quelle source edit als hauptforum mit ziel".split()
}
# A token: a capitalised word, a year, a bracketed acronym, or the first half of "Informations- und
# Kommunikationstechnologie".
_CHAIN_TOKEN = (
    rf"(?:[{_UP}][\w'’.&-]*\w(?:-(?={_SP}(?:und|oder|and|or){_SP}))?|[{_UP}]|(?:19|20)\d{{2}}\b"
    rf"|\([{_UP}]{{2,}}[\w-]*\))"
)
_CHAIN = _Regex(
    rf"(?<![\w'’-]){_CHAIN_TOKEN}(?:(?:{_SP}(?:of|for|on|and|&|de|du|des|la|für|und|der|zur|zum|von)){{0,2}}"
    rf"(?:{_SP}(?:the|die|der|das))?{_SP}{_CHAIN_TOKEN})*"
)
_TOKEN_SPLIT = _Regex(rf"{_CHAIN_TOKEN}|[^\s]+")
_YEAR_TOKEN = _Regex(r"(?:19|20)\d{2}")
_PAREN_TOKEN = _Regex(r"\(.*\)")

_QUOTED = _Regex(
    r"„([^“”\"\n]{2,100})[“”\"]|“([^”\"\n]{2,100})”|\"([^\"\n]{2,100})\""
    r"|«([^»\n]{2,100})»|»([^«\n]{2,100})«"
)
_MOTTO = _Regex(r"(?i:motto|thema|theme|themed|slogan|leitspruch|unter\s+dem\s+titel)\W*$")
_HEAD_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("programm", "programme"), ("programme", "programme"), ("program", "programme"), ("initiative", "programme"),
    ("konferenz", "conference"), ("conference", "conference"), ("forum", "forum"), ("gipfel", "summit"),
    ("summit", "summit"), ("projekt", "project"), ("project", "project"), ("aktionsplan", "plan"), ("plan", "plan"),
    ("zentrum", "facility"), ("center", "facility"), ("centre", "facility"), ("netzwerk", "network"),
    ("network", "network"), ("resolution", "resolution"), ("tour", "programme"), ("kampagne", "programme"),
    ("campaign", "programme"), ("strategie", "plan"), ("strategy", "plan"),
)

# --- places -------------------------------------------------------------------------------------

_PLACE_EN = _Regex(
    rf"(?<![Aa]ccording to )\b(?:in|In|at|near|from|to|visited|hosted\s+by){_SP}"
    # "in north China's Tianjin"
    rf"(?:(?:(?:north|south|east|west|central|northeast|northwest|southeast|southwest)(?:ern)?{_SP})?"
    rf"(?:China|[{_UP}][{_LO}]+)['’]s{_SP})?"
    rf"(?P<name>{_TOKEN}(?:{_SP}{_TOKEN})?)(?=\s*[,.;:)]|{_SP}(?:on|in|from|to|and|at|with|recently|this|last|during|"
    r"for|since|until|where|which|when|as|is|was|has|have|had|will)\b|\s*$)"
)
_PLACE_DE = _Regex(
    rf"\b(?:in|In|nach|aus)(?:{_SP}der(?:{_SP}[{_LO}]+){{0,3}}{_SP}(?:Provinz|Stadt|Hauptstadt|Region|Metropole))?"
    rf"{_SP}(?P<name>{_TOKEN})(?=\s*[,.;:)]|{_SP}[{_LO}]|\s*$)"
)
_GERMAN_NOUN_END = _Regex(
    r"(?:ung|ungen|heit|keit|schaft|ion|ionen|tät|ik|ie|ien|nis|en|ern|er|e|ten|chen|um|us|ft|gs|eln|ums)$"
)
_PLACE_STOP = frozenset(
    """english chinese german russian french spanish arabic deutsch englisch chinesisch russisch
    ai sco soz it zukunft kraft betrieb frage bezug form richtung folge anspruch summe zeiten
    general particular addition total practice fact short future recent response order time""".split()
)

# --- helpers ------------------------------------------------------------------------------------


def _normal_case(name: str) -> str:
    """All-caps bylines in title case: "YAN DONGJIE" -> "Yan Dongjie", "KASSYM-JOMART" -> "Kassym-Jomart"."""
    if name.upper() != name:
        return name
    return " ".join("-".join(part.capitalize() for part in word.split("-")) for word in name.split())


def _clean_person(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim sentence words and titles off a matched name; None when nothing of a name is left."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while words and words[0].group().lower().strip(".") in _NOT_NAME:
        words.pop(0)
    while words and words[-1].group().lower() in _NOT_NAME:
        words.pop()
    if not words or any(w.group().lower() in _NOT_NAME for w in words if w.group()[0].isupper()):
        return None
    return start + words[0].start(), start + words[-1].end()


def _trim_role(role: str) -> str:
    """Drop a leading article: "the vice-minister" -> "vice-minister"."""
    return _ARTICLE.sub("", role, count=1).strip()


_ARTICLE = _Regex(r"^(?:the|a|an|der|die|das|ein|eine)\s+", re.IGNORECASE)
_ORGANISATION_KINDS = ("organization", "company", "media", "facility", "network")
# "im brasilianischen Kommunikationsministerium": a German compound no capitalised name goes with
_GERMAN_AFFILIATION = _Regex(
    rf"\b(?:im|in der|beim|bei der|der|des|dem|am)\s+((?:[{_LO}]+e[nmrs]?\s+)?[{_UP}][{_LO}-]*"
    r"(?:ministerium|kammer|agentur|verband|behörde|kommission|akademie|universität|institut|bank|rat|gruppe))\b"
)
# "secretary-general of the SCO", "Generalsekretär der SOZ"
_ACRONYM_AFFILIATION = _Regex(
    rf"\b(?:of|at|from|der|des|beim|bei{_SP}der|im|am){_SP}(?:the{_SP})?([{_UP}][{_UP}&]{{1,7}})(?![\w-])"
)


def _affiliation(role: str) -> str | None:
    """The first organisation the role phrase names, as written, if any."""
    named = [e for e in _chain_entities(role) if e.kind in _ORGANISATION_KINDS]
    if named:
        return min(named, key=lambda e: (e.category != "actor", e.start)).text
    match = _GERMAN_AFFILIATION.search(role) or _ACRONYM_AFFILIATION.search(role)
    return match.group(1) if match else None


def _word_start(text: str, start: int) -> bool:
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "-'’")


# --- finders ------------------------------------------------------------------------------------


def _people(text: str, language: str | None) -> Iterator[tuple[int, FoundEntity]]:
    """(priority, entity): lower priority wins when two patterns find the same name."""
    appositive, reported = _PEOPLE.get(language, _PEOPLE[None])
    for priority, pattern in ((0, appositive), (0, reported)):
        for m in pattern.finditer(text):
            if not _word_start(text, m.start()):
                continue
            span = _clean_person(text, m.start("name"), m.end("name"))
            if span is None:
                continue
            role_start, role_end = m.start("role"), m.end("role")
            if pattern is reported:
                tail = _ROLE_LIST_TAIL.match(text, role_end)
                if tail:
                    role_end = tail.end()
            role = _trim_role(text[role_start:role_end])
            yield priority, _person(text, span, role, _affiliation(role))
    english, german = language in ("en", None), language in ("de", None)
    role_of_org = (_ROLE_OF_ORG_EN,) * english + (_ROLE_OF_ORG_DE,) * german
    for m in (m for pattern in role_of_org for m in pattern.finditer(text)):
        if not _word_start(text, m.start()):
            continue
        span = _clean_person(text, m.start("name"), m.end("name"))
        if span:
            yield 1, _person(text, span, m.group("role"), m.group("org").strip())
    title_name = (_TITLE_NAME_EN,) * english + (_TITLE_NAME_DE,) * german
    for pattern in title_name:
        yield from _titled_people(text, pattern)
    for m in _BYLINE.finditer(text):
        if not _word_start(text, m.start()):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start : m.start()].strip()
        if before and not before[-1].isdigit():
            continue
        if not re.match(r"[^\S\n]*(?:[,(|/–-]|\n|$)", text[m.end() : m.end() + 3]):
            continue
        outlet = _OUTLET.match(text, m.end())
        affiliation = outlet.group("aff") if outlet and "\n" not in text[m.end() : outlet.start("aff")] else None
        for name in _BYLINE_NAME.finditer(text, m.start("names"), m.end("names")):
            words = name.group().split()
            if len(words) < 2 or any(_head_of(w) or w.lower() in _NOT_BYLINE for w in words):
                continue
            yield 3, _person(text, name.span(), "reporter", affiliation)


_NOT_BYLINE = frozenset(
    "the a an this that our staff reporter writer correspondent anfang ende mitte januar februar märz april mai "
    "juni juli august september oktober november dezember january february march may june july october december".split()
)


def _titled_people(text: str, pattern: _Regex) -> Iterator[tuple[int, FoundEntity]]:
    """"Vice-Minister Xiong Jijun", "Vizeminister Xiong Jijun", "Mr. Xiong" (role None)."""
    for m in pattern.finditer(text):
        if not _word_start(text, m.start()):
            continue
        name_start, name_end = m.start("name"), m.end("name")
        if pattern is _TITLE_NAME_DE:
            # German capitalises nouns: after a title, take at most two words ("Präsident Xi Jinping")
            tokens = list(re.finditer(r"\S+", m.group("name")))
            name_end = name_start + tokens[min(len(tokens), 2) - 1].end()
        span = _clean_person(text, name_start, name_end)
        if span is None:
            continue
        role = text[m.start("role") : m.start("name")].strip()
        yield 2, _person(text, span, None if _HONORIFIC.fullmatch(role) else role, None)


def _person(text: str, span: tuple[int, int], role: str | None, affiliation: str | None) -> FoundEntity:
    written = text[span[0] : span[1]]
    name = _normal_case(" ".join(written.split()))
    return FoundEntity(span[0], span[1], written, name, "person", "actor", role or None, affiliation or None)


def _head_of(word: str) -> tuple[str, str] | None:
    """(kind, category) of a head word, also as the last part of a compound ("Exchange-Konferenz",
    "Handelskammer", "Nachrichtenagentur")."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if word in _HEADS:
        return _HEADS[word]
    if "-" in word:
        last = word.rsplit("-", 1)[1]
        last = last[:1].upper() + last[1:]
        return _HEADS.get(last)
    return _german_compound(word)


def _chain_entities(text: str) -> Iterator[FoundEntity]:
    """Organisations and initiatives: capitalised names with a head word ("… Forum", "Ministry of …")."""
    for chain in _CHAIN.finditer(text):
        if not any(map(_head_of, chain.group().split())):
            generic = _GENERIC_HEAD.match(text, chain.end())
            if generic:
                entity = _named_by_generic_head(text, chain, generic)
                if entity is not None:
                    yield entity
            continue
        tokens: list[tuple[int, int, str, str]] = []  # (start, end, word, joiner before)
        joiner: list[str] = []
        for t in _TOKEN_SPLIT.finditer(chain.group()):
            word = t.group()
            if word in _CONNECTORS and tokens:
                joiner.append(word)
                continue
            tokens.append((chain.start() + t.start(), chain.start() + t.end(), word, " ".join(joiner)))
            joiner = []
        categories = {i: found[1] for i, tok in enumerate(tokens) if (found := _head_of(tok[2]))}
        if not categories:
            continue
        heads = sorted(categories)
        last = heads[-1]
        for h in heads:
            if h == last:
                complement = h + 1 < len(tokens) and tokens[h + 1][3] not in _PRE_HEAD_JOINERS
            elif tokens[h + 1][3] == "" and (
                _PAREN_TOKEN.fullmatch(tokens[h + 1][2]) or categories[h] != categories[last]
            ):
                complement = False  # "Shanghai Cooperation Organization (SCO) Summit 2025" holds an organisation
            elif tokens[h + 1][3].split(" ", 1)[0] in ("and", "und", "&"):
                complement = False  # "the Tianjin Declaration and the SCO Development Strategy"
            else:
                continue
            entity = _entity_from_tokens(text, tokens, h, complement)
            if entity is not None:
                yield entity


# "the Digital Silk Road initiative": a capitalised name with a lower-case head word after it
_GENERIC_HEAD = _Regex(rf"{_SP}(?P<head>initiative|programme|program|project|strategy)\b")
_GENERIC_KINDS = {"initiative": "programme", "programme": "programme", "program": "programme",
                  "project": "project", "strategy": "plan"}


def _named_by_generic_head(text: str, chain: re.Match[str], generic: re.Match[str]) -> FoundEntity | None:
    words = list(re.finditer(r"\S+", chain.group()))
    while words and words[0].group().lower() in _NOT_IN_NAME:
        words.pop(0)
    names = [w for w in words if w.group()[0].isupper()]
    if len(names) < 2 or any(w.group().endswith(("'s", "’s")) for w in words):
        return None  # one word ("the China-Pakistan project") describes rather than names
    start, end = chain.start() + words[0].start(), generic.end()
    written = text[start:end]
    return FoundEntity(start, end, written, " ".join(written.split()), _GENERIC_KINDS[generic["head"]], "initiative")


def _entity_from_tokens(
    text: str, tokens: list[tuple[int, int, str, str]], h: int, complement: bool
) -> FoundEntity | None:
    kind, category = _head_of(tokens[h][2]) or ("", "")
    first = h
    # back over the words before the head, but not past "X Declaration and" (a name of its own)
    while first > 0 and tokens[first][3] in _PRE_HEAD_JOINERS:
        if tokens[first][3] and _head_of(tokens[first - 1][2]):
            break
        first -= 1
    while first < h and tokens[first][2].lower() in _NOT_IN_NAME:
        first += 1
    while first < h and _PAREN_TOKEN.fullmatch(tokens[first][2]):
        first += 1
    if first + 1 < h and tokens[first][2].endswith(("'s", "’s")):
        first += 1  # "Uzbekistan's Ministry of …" names the ministry; "People's Daily" keeps its word
    elif first + 1 == h and complement and tokens[first][2].endswith(("'s", "’s")):
        first += 1
    last = h
    if complement:
        last = len(tokens) - 1
    elif h + 1 < len(tokens) and tokens[h + 1][3] == "" and _YEAR_TOKEN.fullmatch(tokens[h + 1][2]):
        last = h + 1
    elif h + 1 < len(tokens) and tokens[h + 1][3] == "" and _names_org(tokens[h][2], tokens[h + 1][2]):
        last = h + 1  # "Handelskammer Warschau", "Nachrichtenagentur Xinhua"
    while last > h and _PAREN_TOKEN.fullmatch(tokens[last][2]):
        last -= 1
    head_word = tokens[h][2]
    qualified = first < h or last > h or "-" in head_word
    if category == "initiative" and head_word not in _HEADS and "-" not in head_word:
        # a German compound ("Pressekonferenz") names an event only with its year
        qualified = last > h and _YEAR_TOKEN.fullmatch(tokens[last][2]) is not None
    if not qualified:
        return None
    if tokens[h][2] == "Group" and complement and text.startswith("Group of Friends", tokens[h][0]):
        kind, category = "network", "initiative"
    elif tokens[h][2] == "Group":
        kind, category = "company", "actor"
    if kind == "media" and tokens[h][2] in ("Post", "Times") and first == h:
        return None
    start, end = tokens[first][0], tokens[last][1]
    if complement:
        tail = _ROLE_LIST_TAIL.match(text, end)  # "Rat für Außenhandel, Investitionen und Technologie."
        end = tail.end() if tail else end
    written = text[start:end]
    name = " ".join(written.split())
    base = _BASE_FORM.get(head_word.rsplit("-", 1)[-1])
    if base and last in (h, h + 1):
        name = name.replace(head_word, head_word[: len(head_word) - len(head_word.rsplit("-", 1)[-1])] + base, 1)
    return FoundEntity(start, end, written, name, kind, category)


_GERMAN_ORG_WORDS = frozenset(
    "Ministerium Kammer Rat Organisation Agentur Kommission Akademie Universität Institut Bank Gruppe Verband "
    "Behörde Stiftung".split()
)


def _names_org(head: str, following: str) -> bool:
    """Whether `following` is the proper name of a German organisation head: "Handelskammer Warschau"."""
    german = head in _GERMAN_ORG_WORDS or _german_compound(head) is not None
    if not german or _head_of(following) or following.lower() in _NOT_IN_NAME:
        return False
    return not _YEAR_TOKEN.fullmatch(following) and not _GERMAN_NOUN_END.search(following.rsplit("-", 1)[0])


# "Zentrum für digitale Zusammenarbeit China-SOZ", "Kommission für auswärtige Angelegenheiten": a
# German head with a "für" complement that starts lower-case, which the capitalised chain cannot see.
_FUER_HEADS = "Zentrum|Ministerium|Kommission|Amt|Rat|Akademie|Institut|Agentur|Behörde|Verband|Organisation"
_FUER_NAME = _Regex(
    rf"(?P<head>{_FUER_HEADS}){_SP}für{_SP}(?:[{_LO}]+(?:e|en|er|es){_SP}){{1,2}}[{_UP}][\w-]*\w"
    rf"(?:{_SP}und{_SP}[{_UP}][\w-]*\w)?(?P<tail>(?:{_SP}[{_UP}][\w-]*\w)*)"
)
_PROPER_TAIL = _Regex(r"\S*[A-Z]\S*[A-Z]\S*|\S+-\S+")  # "China-SOZ", "SOZ": not a German noun


def _fuer_entities(text: str) -> Iterator[FoundEntity]:
    for m in _FUER_NAME.finditer(text):
        if not _word_start(text, m.start()):
            continue
        end = m.start("tail")
        for word in re.finditer(r"\S+", m["tail"]):
            if not _PROPER_TAIL.fullmatch(word.group()):
                break
            end = m.start("tail") + word.end()
        written = text[m.start() : end]
        kind, category = _HEADS[m["head"]]
        yield FoundEntity(m.start(), end, written, " ".join(written.split()), kind, category)


def _quoted_entities(text: str) -> Iterator[FoundEntity]:
    """Names in quotes whose own head word or the noun before them says what they are."""
    for m in _QUOTED.finditer(text):
        group = next(i for i in range(1, 6) if m.group(i) is not None)
        content = m.group(group)
        start, end = m.start(group), m.end(group)
        stripped = content.strip()
        if not stripped or not (stripped[0].isupper() or stripped[0].isdigit()):
            continue
        start += len(content) - len(content.lstrip())
        end -= len(content) - len(content.rstrip())
        before = text[max(0, m.start() - 40) : m.start()]
        if _MOTTO.search(before) or len(stripped.split()) > 10 or re.search(r"[.!?;:]\s", stripped):
            continue
        kind_category = None
        for word in reversed(re.findall(r"[\w'’-]+", stripped)):
            kind_category = _head_of(word)
            if kind_category:
                break
        if kind_category is None:
            previous = re.search(r"([\w-]+)\s*$", before)
            following = re.match(r"[\s-]*([\w-]+)", text[m.end() :])
            for word in (previous.group(1) if previous else "", following.group(1) if following else ""):
                lowered = word.lower()
                kind = next((k for suffix, k in _HEAD_SUFFIXES if lowered.endswith(suffix)), None)
                if kind:
                    kind_category = (kind, "initiative")
                    break
        if kind_category is None:
            continue
        name = re.sub(r"\s*\([^)]*\)\s*$", "", stripped)
        yield FoundEntity(start, end, text[start:end], " ".join(name.split()), kind_category[0], kind_category[1])


def _places(text: str, language: str | None) -> Iterator[FoundEntity]:
    patterns = {"en": (_PLACE_EN,), "de": (_PLACE_DE,)}.get(language or "", (_PLACE_EN, _PLACE_DE))
    for pattern in patterns:
        for m in pattern.finditer(text):
            written = m.group("name")
            words = written.split()
            if any(w.lower() in _NOT_NAME or w.lower() in _PLACE_STOP or _head_of(w) for w in words):
                continue
            if pattern is _PLACE_DE and _GERMAN_NOUN_END.search(written):
                continue
            yield FoundEntity(m.start("name"), m.end("name"), written, " ".join(words), "place", "actor")


def find_entities(text: str, language: str | None = None) -> list[FoundEntity]:
    """People, organisations, places and initiatives named in `text`, sorted by offset.

    `language` ("en", "de" or None for both) picks the role patterns. Entities of different kinds
    may overlap ("Shanghai Cooperation Organization" inside "Shanghai Cooperation Organization
    (SCO) Summit 2025"); of the same kind, the longer wins. Never raises on text.
    """
    if not isinstance(text, str) or not text:
        return []
    language = language if language in ("en", "de") else None
    people: dict[tuple[int, int], tuple[int, FoundEntity]] = {}
    for priority, person in _people(text, language):
        key = (person.start, person.end)
        if key not in people or priority < people[key][0]:
            people[key] = (priority, person)
    found = [p for _, p in people.values()]
    others = list(_quoted_entities(text)) + list(_chain_entities(text))
    if language != "en":
        others.extend(_fuer_entities(text))
    others.sort(key=lambda e: (-(e.end - e.start), e.start))
    spans_by_kind: dict[str, _Spans] = {}
    covered = bytearray(len(text))  # characters inside a kept name: no place may overlap them
    for person in found:
        covered[person.start : person.end] = b"\x01" * (person.end - person.start)
    for entity in others:
        if spans_by_kind.setdefault(entity.kind, _Spans()).add(entity.start, entity.end):
            found.append(entity)
            covered[entity.start : entity.end] = b"\x01" * (entity.end - entity.start)
    person_words = {w for p in found if p.kind == "person" for w in p.name.split()}
    places = sorted(_places(text, language), key=lambda e: (-(e.end - e.start), e.start))
    for place in places:
        if covered.find(1, place.start, place.end) < 0 and place.name not in person_words:
            found.append(place)
            covered[place.start : place.end] = b"\x01" * (place.end - place.start)
    return sorted(found, key=lambda e: (e.start, e.end, e.kind))


class _Spans:
    """Disjoint (start, end) spans, sorted; `add` refuses one that overlaps a kept span."""

    __slots__ = ("ends", "starts")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        if (i and self.ends[i - 1] > start) or (i < len(self.starts) and self.starts[i] < end):
            return False
        self.starts.insert(i, start)
        self.ends.insert(i, end)
        return True
