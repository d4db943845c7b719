"""The patterns of the entity finder: name shapes, titles and roles of people, head words of
organisations and initiatives, places; English and German. Package-internal; `entities.find_entities`
is the entry point.
"""

from __future__ import annotations

import re

from ._regex import LazyRegex as _Regex
from .lang import de as _de
from .lang import en as _en

# --- literal anchors ----------------------------------------------------------------------------


def leading_literals(alternatives: str) -> tuple[str, ...]:
    """The letters each alternative of a regex alternation (``A|B|C``, no nested groups at the top
    level) starts with, fewest needed: a match of the alternation starts where one of them is
    written. "Vice[- ]Minister|Prof\\.|Professor" -> ("Prof", "Vice")."""
    heads = set()
    for alternative in alternatives.split("|"):
        head = re.match(r"[A-Za-z]+", alternative)
        if head is None:
            raise ValueError(f"alternative without a leading literal: {alternative!r}")
        heads.add(head.group())
    return tuple(sorted(h for h in heads if not any(h != k and h.startswith(k) for k in heads)))


# --- character classes and name shapes ----------------------------------------------------------

_UP = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
_LO = "a-zß-öø-ÿ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.islower())
_SP = r"[^\S\n]+"  # white space within a line
# "Kassym-Jomart", "Ma'rufovich", "O'Neill"; not "Mirziyoyev's" (one letter after the apostrophe)
# ("Stockholm-based", "Moscow-listed": a place a hyphen joins to a participle describes a firm, names no one)
# (an Arabic article joined to a family name by a hyphen, in lower case: "Raad al-Saady")
# (and an Irish or Indian "O'"/"D'" before the capital: "Sunil D’Souza", "O'Brien")
_JOINED_PARTICLE = r"(?:al|el|ad|ash|as|at|az|ar|ud|ul|ur)-"
_TOKEN = (rf"(?:(?<![\w-]){_JOINED_PARTICLE}(?=[{_UP}][{_LO}])|(?<![\w'’-])[DO]['’](?=[{_UP}][{_LO}]))?[{_UP}][{_LO}]+(?:[{_UP}][{_LO}]+)?(?:-(?!(?:based|listed|born|headquartered)\b)[{_UP}]?[{_LO}]+"
          rf"|['’ʻ](?:[{_UP}][{_LO}]+|[{_LO}]{{2,}}))*")
_CAPS_TOKEN = rf"[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})*"
# "Badar uz Zaman"; a Dutch "van den"/"van der" as one ("Dolf van den Brink": "den" alone is a German article)
_PARTICLE = r"(?:van[^\S\n]+de[nr]?|von[^\S\n]+de[mnr]|de|da|del|della|di|van|von|bin|ibn|al|el|dos|du|la|le|uz|ul|ud|ur|ter)"
# Initials before a name ("K.V. Kamath", "K. V. Kamath"); not a country's ("U.S.", "U.K.", "E.U.").
_INITIALS = (
    rf"(?<![{_UP}]\.)(?<![{_UP}]\.[^\S\n])(?!U\.(?:{_SP})?[SKN]\.|E\.(?:{_SP})?U\.)(?:[{_UP}]\.(?:{_SP})?){{1,3}}(?=[{_UP}][{_LO}])"
    # initials written without dots, two or three of them ("K K Modi", "R V Kanoria"); one alone
    # only as Indian news writes it ("N Chandrasekaran", "S Jaishankar"), not a word ("A", "I", "O")
    # nor a letter naming a class before a plural ("Class B Shares")
    rf"|(?<![\w.])(?!U{_SP}[SKN]{_SP}|E{_SP}U{_SP})(?:[{_UP}]{_SP}){{2,3}}(?=[{_UP}][{_LO}])"
    rf"|(?<![\w.&/-])(?<![{_UP}][^\S\n])(?![AIO]{_SP})[{_UP}]{_SP}(?=[{_UP}][{_LO}]{{3,}}(?<!s)\b(?![\w'’-]))"
    # two initials written together after a lower-case word, as Indian news writes them ("founder VG
    # Siddhartha"); not a country's or a union's letters ("the US", "the EU", "the UN")
    rf"|(?<=[{_LO}][^\S\n])(?!US|UK|EU|UN|AI|IT|TV)[{_UP}]{{2}}{_SP}(?=[{_UP}][{_LO}]{{3,}}(?<!s)\b(?![\w'’-]))"
)
# a middle initial, with or without its dot, between two names: "Ashwani K Muthoo", "John F. Kennedy"
_MIDDLE_INITIAL = rf"(?:{_SP}[{_UP}]\.?(?={_SP}[{_UP}][{_LO}]))?"
# (up to four words: "Mohammad Javad Azari Jahromi", as Iranian and Arab names are written)
_NAME = (rf"(?:{_INITIALS})?{_TOKEN}(?:{_MIDDLE_INITIAL}{_SP}(?:{_PARTICLE}{_SP}){{0,2}}{_TOKEN}){{0,3}}"
         rf"(?:{_SP}{_PARTICLE}{_SP}{_TOKEN})?")
_CAPS_NAME = rf"{_CAPS_TOKEN}(?:{_SP}{_CAPS_TOKEN}){{1,2}}\b"

# Words that start sentences or name things other than people; never part of a person's name.
_NOT_NAME = (
    _en.NAME_STOP_WORDS | _de.NAME_STOP_WORDS
    | {w for w in (*_en.MONTHS, *_de.MONTHS, *_en.WEEKDAYS, *_de.WEEKDAYS) if len(w) > 3 or w in ("mai", "may")}
)

# --- people -------------------------------------------------------------------------------------

_TITLES_EN_LIST = (
    r"Vice[- ]Ministers?", r"Deputy[- ]Prime[- ]Minister", r"Deputy[- ]Minister", r"Foreign[- ]Minister",
    r"Prime[- ]Minister", r"Minister", r"PM",
    r"Vice[- ]Premiers?", r"Premier", r"Vice[- ]President", r"Vice-president", r"President[- ]elect", r"Presidents", r"President", r"Vice[- ]Chairman", r"Chairman",
    r"Chairwoman", r"Chairperson", r"Chair", r"Deputy[- ]Secretary[- ]General", r"Secretary[- ]General",
    r"General[- ]Secretary", r"Party[- ]Secretary", r"Secretary", r"Director[- ]General", r"Deputy[- ]Director",
    r"Director", r"Ambassador", r"Special[- ]Envoy", r"Envoy", r"Special[- ]Representative", r"Permanent[- ]Representative", r"Trade[- ]Representative", r"Representative", r"Vice[- ]Governor", r"Governor", r"Vice[- ]Mayor", r"Mayor", r"Professor",
    r"Prof\.", r"Dr\.", r"Spokesperson", r"Spokesman", r"Spokeswoman", r"Commissioner", r"Chancellor",
    r"Vice[- ]Rector", r"Pro[- ]Rector", r"Rector",
    r"Senator", r"Co-CEO", r"co-CEO", r"CEO", r"Chief[- ](?:Executive|Financial|Operating|Technology|Investment)[- ]Officer",
    # "Chief Marketing and Communication Officer": any one or two capitalised fields, maybe joined
    r"Chief(?:[- ][A-Z][a-z]+){1,2}(?:[- ]and[- ][A-Z][a-z]+)?[- ]Officer",
    r"Chief[- ]Executive", r"Academician", r"Consul[- ]General", r"Consul", r"Counsell?or", r"Attach[eé]", r"Captain", r"Capt\.", r"Colonel",
    # ranks: "the carrier's CEO Air Vice Marshal Amir Hayat", "Lieutenant General …"
    r"Air[- ]Chief[- ]Marshal", r"Air[- ]Vice[- ]Marshal", r"Air[- ]Marshal", r"Field[- ]Marshal", r"Marshal",
    r"Vice[- ]Admiral", r"Rear[- ]Admiral", r"Admiral", r"Lieutenant[- ]General", r"Major[- ]General",
    r"Brigadier[- ]General", r"Brigadier",
    # the bench and the prosecution: "But Judge Yuri Pasyunin said", "Prosecutor General Igor Krasnov"
    r"Judge", r"Prosecutor[- ]General", r"Prosecutor", r"Attorney[- ]General",
    # a managing director as Indian business news writes it: "ICICI Bank CEO and MD Chanda Kochhar"
    r"MD", r"CMD",  # "The company CMD Shashi Shanker": its chairman and managing director
    # an engineer's honorific, as Pakistani news writes it ("Engineer Khurram Dastgir", "Engr. Amir Muqam")
    r"Engineer", r"Engr\.",
    r"Sheikh", r"Sir", r"Dame", r"Charg[eé][- ][Dd]['’]Affaires", r"Laureate", r"Award[- ]Winner",
    # "Bilal bin Saqib, Special Assistant to the Prime Minister": an aide's office, no name
    r"Special[- ]Assistant", r"Assistant",
    r"Co-?[Ff]ounder", r"Founder", r"Chief[- ]Advis[eo]r", r"Senior[- ]Advis[eo]r", r"Advis[eo]r",
    # who someone is rather than an office, and the governors of Kazakh and Uzbek regions
    r"Billionaire", r"Entrepreneur", r"Businessman", r"Businesswoman", r"Akim", r"Hokim",
    r"Politician", r"Diplomat", r"Lawmaker", r"Legislator", r"Tycoon", r"Magnate",
    # a profession before a name at a sentence's start ("Economist Mirkhomil Kholboev noted"); not the
    # paper's unit ("Economist Intelligence Unit")
    r"Economist(?![^\S\n]+Intelligence)", r"Analyst", r"Researcher", r"Journalist",
)
# Lower-case titles before a name ("ministry spokesperson Mao Ning"). Listed, not (?i:…): a short
# case-sensitive alternation lets the regex engine skip ahead, which keeps extraction fast.
_TITLES_EN_LOWER = (
    r"spokesperson|spokesman|spokeswoman|vice[- ]minister|vice[- ]premier|vice[- ]president|minister|president|"
    r"professor|premier|ambassador|envoy|director[- ]general|general[- ]director|director|secretary[- ]general|"
    r"chairman|chief[- ]executive|chief|head|representative|secretary|"
    r"analyst|economist|governor|counterpart|co-?founder|founder|"
    r"billionaire|entrepreneur|businessman|businesswoman|investor|akim|hokim|lawmaker|legislator|politician|diplomat|"
    r"tycoon|magnate|boss|judge|prosecutor|"
    # a club's people: "Chelsea midfielder Oscar", "Spartak striker Alexander Sobolev"
    r"coach|striker|goalkeeper|midfielder|defender|"
    # a film's and a song's people: "with renowned director and actor Shaken Aimanov", "singer Aastha Gill"
    r"actor|actress|singer|filmmaker|composer"
)
_TITLES_EN = "|".join(_TITLES_EN_LIST) + "|" + _TITLES_EN_LOWER
# The forms of address before a holder's name, English and as Indian releases write them ("Sh Raj
# Vidyarthi", "Smt. Nirmala Sitharaman")
_FORMS_OF_ADDRESS = "Mr|Mrs|Ms|Shri|Smt|Sh"
_HONORIFICS = r"Mr\.?|Mrs\.?|Ms\.?|Shri|Smt\.?|Sh\b\.?|Herr|Hr\.|Frau|Prof\.|Dr\.|Dr(?=[^\S\n][A-Z][a-z])|Professor|Professorin"
_TITLE_STEMS_DE = (
    "minister", "präsident", "sekretär", "direktor", "botschafter", "kanzler", "bürgermeister",
    "gouverneur", "sprecher", "vorsitzende", "leiter", "professor", "geschäftsführer", "chef",
    # "der Siemens-Vorstand Joe Kaeser": a member of a company's board
    "vorstand",
    "beauftragte", "kommissar", "kapitän", "premier", "journalist", "berater", "repräsentant",
    # "der Indien-Experte der GTAI in Mumbai, Florian Wenke": an expert or analyst of a body
    "experte", "expertin", "analyst", "ökonom", "volkswirt", "stratege",
    # "dem chinesischen Beamten Luo Zhaohui", as "Chinese official Luo Zhaohui"
    "beamte", "diplomat", "funktionär",
    # "sein kasachischer Amtskollege Qassym-Schomart Toqajew", "seinem chinesischen Kollegen Li Keqiang": a
    # counterpart holds the same office
    "amtskollege", "amtskollegin", "kollege", "kollegin",
    # "Wirtschaftsdelegierten Franz Rößler" (an Austrian trade delegate), "dessen Nachfolger Bernhard Steinrücke"
    "delegierte", "nachfolger", "vorgänger",
    # "Telegram-Gründer Pawel Durow", "KI-Investor Kai-Fu Lee", "des Milliardärs Elon Musk", "Hokim der
    # Region Samarkand" (an Uzbek region's governor)
    "gründer", "investor", "unternehmer", "milliardär", "hokim", "tycoon", "magnat",
    # "dem österreichischen Industriellen Martin Schlaff und dem syrischen Geschäftsmann Ead Samawi"
    "industrielle", "geschäftsmann", "geschäftsfrau",
    # "der ehemalige Citigroup-Manager Kanat Sharlapayev"
    "manager",
    # "der kasachische Politiker Jerbolat Dossajew", "der Abgeordnete Marat Bekov", "Diplomat Li Hui"
    "politiker", "abgeordnete", "diplomat",
    # "der Generalkonsul in Almaty Jörn Rosenberg": a consul, like an ambassador, where the office is held
    "konsul",
    # "Cornelia Yzer, Berliner Wirtschaftssenatorin": a member of a city state's government
    "senator",
    # "der Sondergesandte des US-Präsidenten …, Sergio Gor"; "die Vorständin von Euler Hermes, Edna Schöne"
    "gesandte", "vorständin",
    # "das Vorstandsmitglied der … „El Tiregi“, Zhazira Duissenbekova", "Präsidiumsmitglied des Ost-Ausschusses"
    "mitglied",
    # "Der Chairman der InterRail Gruppe Hans Reinhard": the English title German business news writes
    "chairman",
    # "der stellvertretende Rektor der … Universität, Umed Mansurov": a university's head
    "rektor",
    # "so euronews-Reporterin Ekaterina Anisimova", "der Journalist Arkadi Dubnow": the press
    "reporter", "journalist", "korrespondent",
    # "Der Ingenieur Rinat Turganbekov", "der Chefingenieur des Werks, …": an engineer
    "ingenieur",
    # "Der schwedische Staatsanwalt Gunnar Stetler", "Richterin Jelena Lenskaja": the law's offices
    "anwalt", "anwältin", "richter", "jurist",
    # "Der Postbote Wang Hua", "der Grundschüler Li Yinting", a club's coach: what a person is in the story
    # (not a shareholder's, owner's or boss's word: names of firms follow them as often as people's)
    "trainer", "bote", "schüler",
    # "Spartak-Stürmer Alexander Sobolew", "Nationaltorhüter …": a club's players (not "-spieler": "Marktspieler Gazprom")
    "stürmer", "torwart", "torhüter",
    # "vom berühmten usbekischen Künstler Bobur Ismoilov", "der Architekt Norman Foster"
    "künstler", "architekt", "schriftsteller",
    # "von UNG-Vize Ulugbek Sayyidov": a firm's deputy head, the title's second half left out
    "vize",
    # "des chinesischen Immobilienmoguls Wang Jianlin", "Medienmogul …": a tycoon
    "mogul",
)
# "Vizeminister", "Generaldirektor", "Ministerin", "EU-Kommissar", "Sberbank-Chef": a capitalised
# word ending in a title, after at most one hyphenated part naming whose title it is (a brand
# written in lower case may be that part: "euronews-Reporterin"; a firm's name may open with digits:
# "50Hertz-Chef"). The word is
# read whole (possessive) and its ending checked by look-behinds, which keeps the scan linear.
_TITLE_ENDINGS_DE = sorted(
    # "s": the genitive and plural of "-er" titles ("stellvertretende Premiers Igor Ljaschenko, …")
    # "n" also after "-er": the dative plural ("mit den stellvertretenden Wirtschaftsministern Eldar Abakirov und …")
    {v for stem in _TITLE_STEMS_DE for suffix in ("", "in", "r", "n" if stem.endswith(("e", "er")) else "en", "s")
     for v in (stem + suffix, (stem + suffix).capitalize())}
)
_TITLE_DE = (rf"(?:(?:[{_UP}]|(?<![\w-])[{_LO}](?=\w{{0,30}}-[{_UP}])|(?<![\w.,-])\d{{1,4}}(?=[{_UP}]\w{{0,30}}-[{_UP}]))(?:\w{{0,30}}-[{_UP}]){{0,2}}[{_LO}]*+(?:{'|'.join(f'(?<={re.escape(v)})' for v in _TITLE_ENDINGS_DE)})\b"
             # "Sberbank-CEO Herman Gref": an English executive's title after the firm's name
             rf"|[{_UP}][\w&]{{0,30}}-(?:CEO|CFO|CTO|COO)\b"
             # "Huaweis aktueller CEO Guo Ping": the English title alone, before a name
             rf"|(?<![\w-])(?:CEO|CFO|CTO|COO)(?={_SP}[{_UP}][{_LO}]+{_SP}[{_UP}][{_LO}])"
             # "OB Stephan Keller": a mayor (Oberbürgermeister), as local papers write it
             rf"|\bOB(?={_SP}[{_UP}][{_LO}]+{_SP}[{_UP}][{_LO}]))")
_ROLE_HEADS_EN = (
    r"director(?:[- ]general)?|head|chief|(?:co-)?chair(?:man|woman|person)?|president|vice[- ]president|"
    r"(?:vice[- ]|deputy[- ]|prime[- ]|foreign[- ])?minister|premier|secretary(?:[- ]general)?|"
    r"spokes(?:person|man|woman)|"
    r"ambassador|envoy|consul(?:[- ]general)?|governor|mayor|professor|researcher|research[- ]fellow|fellow|"
    r"analyst|expert|economist|scholar|dean|(?:co-)?founder|boss|(?:co-)?ceo|cto|cfo|coo|c?md|chief[- ]executive|"
    r"(?:general[- ])?manager|executive|official|officer|representative|delegate|advis[eo]r|consultant|"
    r"engineer|lecturer|leader|commissioner|counsel(?:l)?or|correspondent|editor|reporter|member|partner|"
    r"principal|(?:vice[- ]|pro[- ])?rector|chancellor|academician|secretary|specialist|coordinator"
)
_ROLE_STEMS_DE = (
    *_TITLE_STEMS_DE,
    "chef", "führer", "gründer", "beauftragte", "experte", "forscher", "manager", "vertreter",
    "berater", "analyst", "dekan", "referent", "mitglied", "redakteur",
    "gesellschafter", "inhaber", "eigentümer",  # "Falk Porsche, Hauptgesellschafter der Deutsche Kabel AG"
)
_ROLE_HEAD_DE = (
    # after a hyphenated first part: "Business-Manager", "Vertriebs-Direktor"
    rf"(?:[{_UP}][\w]*-)?"
    rf"(?:(?:[{_UP}][{_LO}]*(?:{'|'.join(_ROLE_STEMS_DE)})|(?:{'|'.join(s.capitalize() for s in _ROLE_STEMS_DE)}))"
    r"(?:in|innen|r|n|en)?"
    # the English executive titles German writes too: "Magzhan Madiev, CEO des Astana Hub", "Maggie Wu,
    # Chief Financial Officer der Alibaba Group"
    r"|C[EFTO]O|Chief[^\S\n]+(?:Executive|Financial|Operating|Technology)[^\S\n]+Officer|Managing[^\S\n]+Director)\b"
)
_MODIFIER_EN = (
    # "the People's Republic of China's Deputy Minister": a state's full name in the possessive
    rf"(?:[{_UP}][\w'’-]*{_SP}(?:[{_UP}][\w'’-]*{_SP}){{0,2}}of{_SP}(?:the{_SP})?[{_UP}][\w-]*['’]s{_SP})?"
    rf"(?:(?:former|formerly|previously|acting|deputy|vice|senior|chief|executive|general|associate|assistant|honorary|permanent|"
    rf"founding|managing|regional|international|national|[a-z]+['’]s|[{_UP}][\w.'’&-]*"
    # "Lu Zhenwang, an independent e-commerce expert and chief executive officer of …"
    rf"|independent|leading|prominent|renowned|veteran|[a-z]+-[a-z]+"
    # a portfolio in lower case: "Zhanybek Kerimaliev, deputy agricultural minister of Kyrgyzstan"
    rf"|agricultural|agriculture|foreign|finance|financial|trade|economy|economic|energy|transport|commerce|"
    rf"industry|health|education|digital|defen[cs]e|interior|culture|justice|labou?r){_SP}){{0,5}}"
)
_MODIFIER_DE = (
    rf"(?:(?:der|die|den|dem|des|ein|eine|einer|stellvertretende[rn]?|ehemalige[rn]?|amtierende[rn]?|"
    rf"neue[rn]?|[{_LO}]+(?:e|er|en|es)"
    # a capitalised adjective of an official title: "Parlamentarischer Staatssekretär", "Ständiger Vertreter"
    rf"|[{_UP}][{_LO}]+(?:ischer|ische|ischen|licher|liche|lichen|ender|ende|enden|iger|ige|igen)){_SP}){{0,3}}"
)
_ROLE_START_EN = rf"(?:(?:the|a|an){_SP})?{_MODIFIER_EN}(?i:{_ROLE_HEADS_EN})\b"
_ROLE_START_DE = rf"{_MODIFIER_DE}{_ROLE_HEAD_DE}"
# A role runs to a comma or a full stop, or up to "and other(s)": "…, Direktor des … Büros und andere
# Beamten nahmen teil" ends the director's office before the others
_ROLE_BODY = r"(?:(?![^\S\n]+(?:und|sowie|and)[^\S\n]+(?:andere|weitere|other)[\w]*\b)(?:[^,;.\n]|\.(?=\S))){0,200}"

_SAY_EN = _en.SAY_VERBS
_SAY_DE = _de.SAY_VERBS
_AFTER_ROLE = (
    rf"(?:(?:(?:also|auch|ebenfalls|further|then|had|has|have){_SP})?"
    rf"(?:{_SAY_EN}|{_SAY_DE}|[{_LO}]+(?:te|ten|ed)|will|wird|hat|has|had|was|were|is|are|ist|war|sei|seien|habe|werde"
    rf"|{'|'.join(sorted(_en.IRREGULAR_PAST | _de.IRREGULAR_PAST))})\b"
    # "Chen Diming, Chairman of …, and Xu Hao, …": the next person of a list
    rf"|(?:and|und){_SP}(?=[{_UP}][{_LO}]+{_SP}[{_UP}][{_LO}]+,))"
)


# The rest of a portfolio listed with commas, up to the comma before a verb: "…, der Minister für
# digitale Entwicklung, Innovation und Luft- und Raumfahrtindustrie, sagt", "…, Minister of Digital
# Development, Innovation and Aerospace Industry, said".
_PORTFOLIO_ITEM = rf"[{_UP}][\w]*-?(?:{_SP}[{_UP}][\w]*-?)*"
_ROLE_PORTFOLIO_TAIL = _Regex(
    rf"(?:,{_SP}(?:(?:and|und){_SP})?{_PORTFOLIO_ITEM}(?:{_SP}(?:und|and|&){_SP}{_PORTFOLIO_ITEM})*){{1,4}}"
    rf"(?=,{_SP}{_AFTER_ROLE})")


# A verb that ends a role written with no comma after it ("…, First Deputy Prime Minister of
# Belarus added that …").
_VERB_AFTER_ROLE = (
    rf"(?:{_SAY_EN}|{_SAY_DE}|[{_LO}]{{3,}}ed|will|wird|hat|has|had|was|were|is|are|also|ist|war|sei|habe"
    rf"|{'|'.join(sorted(_en.IRREGULAR_PAST | _de.IRREGULAR_PAST))})(?![\w-])"
)


def _person_patterns(starts: str) -> tuple[_Regex, _Regex, _Regex]:
    # "Xu Chaofeng, director of …, said"; "Zhao Yongsheng, Leiter des Tiexi-Distrikts, berichtete"
    appositive = _Regex(
        rf"(?P<name>{_NAME}),{_SP}(?P<role>(?:{starts}){_ROLE_BODY}),{_SP}{_AFTER_ROLE}"
    )
    # "said Xu Chaofeng, director of …"; "so Lucero Carreón, stellvertretender Vorsitzender …"
    reported = _Regex(
        rf"(?:{_SAY_EN}|{_SAY_DE}|zufolge){_SP}(?P<name>{_NAME}),{_SP}(?P<role>(?:{starts}){_ROLE_BODY})"
    )
    # "… between Laziz Kudratov, Uzbekistan's Minister of Investments, …, and Zou Jiayi, President
    # of the Asian Infrastructure Investment Bank (AIIB).": an apposition with no verb after it. The
    # name needs two words at least (a lone word before ", the minister" is as often a place), and
    # the role ends at the next comma, bracket or full stop.
    # Initials count as the given name ("K K Modi, chairman, Modi Enterprises").
    open_appositive = _Regex(
        # "Md Shahriar Kader Siddiky": the abbreviated "Mohammad" opening South Asian names
        rf"(?P<name>(?:{_INITIALS}){_TOKEN}|(?:(?:Md|Mohd|Muhd)\.?{_SP})?{_TOKEN}(?:{_MIDDLE_INITIAL}{_SP}(?:{_PARTICLE}{_SP}){{0,2}}{_TOKEN}){{1,2}}),{_SP}"
        rf"(?P<role>(?:{starts})(?:(?!{_SP}{_VERB_AFTER_ROLE})(?:[^,;.\n(]|\.(?=\S))){{0,200}})"
    )
    return appositive, reported, open_appositive


_PEOPLE = {
    "en": _person_patterns(_ROLE_START_EN),
    "de": _person_patterns(_ROLE_START_DE),
    None: _person_patterns(f"{_ROLE_START_EN}|{_ROLE_START_DE}"),
}
# Where an appositive match can be: its name ends at the first comma after it, and a role starts
# right after that comma. Such commas are found by a scan that opens with the comma itself (fast);
# the name then starts at a capital letter in the run of name characters before the comma.
_APPOSED_COMMA = {
    "en": _Regex(rf",{_SP}(?:{_ROLE_START_EN})"),
    "de": _Regex(rf",{_SP}(?:{_ROLE_START_DE})"),
    None: _Regex(rf",{_SP}(?:{_ROLE_START_EN}|{_ROLE_START_DE})"),
}
# No `_NAME` holds one of these; a full stop after a capital is an initial's ("K.V. Kamath").
_NOT_NAME_CHARS = _Regex(rf"(?:(?<![{_UP}])\.|[^{_UP}{_LO}'’ʻ\s.-]|\n)+")
_NAME_START = _Regex(rf"[{_UP}]")
# "Vice-Minister Xiong Jijun", "Minister of Foreign Affairs Wang Yi", "Vizeminister Xiong Jijun"
_ORG_WORDS = (
    r"Foreign|Affairs|Industry|Information|Technology|Commerce|Finance|Economy|Economic|Development|"
    r"Digital|Science|Education|Culture|Trade|Agriculture|Health|Transport|Communications?|Energy|"
    r"Natural|Resources|Justice|Defen[cs]e|Interior|Innovation|Investment|State|Public|Security|Labou?r|"
    r"Social|Emergency|Management|Ecology|Environment|Water|Housing|Urban|Rural|Civil|Aviation|Sports?|"
    r"Tourism|Telecommunications?|Post|Media|Aerospace|High|Technologies|Mass|IT|ICT|AI|Telecom|"
    # Pakistani and Indian portfolios ("Minister for Planning, Development and Reform", "Secretary Planning")
    r"Planning|Reforms?|Privati[sz]ation|Statistics|Revenue|Maritime|Railways|Petroleum|"
    # India's portfolios ("External Affairs Minister S Jaishankar", "Home Affairs Minister Amit Shah",
    # "Minister of Road Transport and Highways"; not "Power", "Steel", "Coal", "Mines": words of firms'
    # names, which made a firm's name a person's on a held-out set)
    r"External|Home|Textiles|Food|Consumer|Parliamentary|Fisheries|Chemicals|"
    r"Fertili[sz]ers|Shipping|Ports|Waterways|Road|Highways|Electronics|Corporate|Heavy|Industries|Polic(?:y|ies)"
)
_REGION_WORDS = (r"Europe|Asia|Africa|America|Eurasia|Caucasus|Pacific|Caribbean|Central|South|North|East|West|"
                 r"Eastern|Western|Southern|Northern|Middle|Latin|"
                 # a region's adjective: "Deputy General Director for the Central Asian region at …"
                 r"Asian|European|African|American|Eurasian")
# "Minister of Energy", "Minister for Power", and as Pakistani papers write it "Secretary Planning"
_TITLE_TAIL = (
    rf"(?:{_SP}(?:(?:of|for){_SP}(?:the{_SP})?)?(?:{_ORG_WORDS})(?:(?:{_SP}|,{_SP}|{_SP}and{_SP})(?:{_ORG_WORDS}))*"
    # "The President of the country Sadyr Japarov": the country the article speaks of
    rf"|{_SP}of{_SP}the{_SP}(?:country|republic)"
    # "minister of state Jitin Prasada": a junior minister, as Indian and British papers write it
    rf"|{_SP}of{_SP}state"
    # "Vice-president for Europe and Central Asia Cyril Muller": the region of an office
    rf"|{_SP}for{_SP}(?:the{_SP})?(?:{_REGION_WORDS})(?:(?:{_SP}|{_SP}and{_SP}(?:the{_SP})?)(?:{_REGION_WORDS}))*)?"
    # a second title right before the name is no word of it: "Foreign Minister Senator Mohammad Ishaq Dar"
    rf"(?:{_SP}(?P<second>Senator|Sen\.|Dr\.|Prof\.|Engr\.|Sheikh)(?={_SP}[{_UP}]))?"
    # (no region's word: "… for Europe and Central Asia and Mr. …"); after a title one initial
    # without its dot is the name's ("MeitY secretary S Krishnan", "Minister S Jaishankar"; not the
    # words "A" and "I": "President A New Era")
    rf"{_SP}(?!(?:{_REGION_WORDS})(?![\w-]))(?P<name>(?:(?![AI]{_SP})[{_UP}]{_SP}(?=[{_UP}][{_LO}]))?{_NAME})"
)
# A German portfolio noun, by an abstract ending or as one of the few short ones ("Handel",
# "Verkehr"), long enough to be no given name ("Marion"): "Minister für Investitionen, Industrie und
# Handel", "Minister für digitale Entwicklung, Innovationen und Luft- und Raumfahrtindustrie".
_PORTFOLIO_NOUN_DE = (rf"[{_UP}][\w]{{3,}}(?:ung|ungen|ion|ionen|ie|ien|ik|schaft|wesen|tät|täten|handel|verkehr|ismus|"
                      rf"finanzen)(?![\w-])")
# Two patterns, not one alternation: the German one starts at any capital letter, the English one
# at a few fixed words, and each is fast only on its own.
# ("Uzum founder and CEO Jasur Djumayev": a second title of a firm's joined by "and")
_SECOND_TITLES_EN = r"C[EFOT]O|chief[- ]executive(?:[- ]officer)?|managing[- ]director|co-?founder|founder"
_TITLE_NAME_EN = _Regex(rf"(?P<role>{_TITLES_EN}|{_HONORIFICS})(?:{_SP}and{_SP}(?:{_SECOND_TITLES_EN})(?![\w-]))?{_TITLE_TAIL}")
_TITLE_NAME_DE = _Regex(
    # an honorific before a title leaves the name to the title: "Herr Botschafter Nurlan Onzhanov"
    rf"(?P<role>{_TITLE_DE}|(?:{_HONORIFICS})(?!{_SP}{_TITLE_DE}))"
    # "Nio-CEO und -Gründer William Li": a second title with the first one's part left out; "Der
    # Sberbank-Präsident und Vorstandsvorsitzender German Gref": a second title whole
    rf"(?:{_SP}(?:und|sowie){_SP}(?:-[{_LO}{_UP}][{_LO}]+|(?:{_TITLE_DE})))?"
    # "Vizeminister für digitale Entwicklung Kairat Balyshev"
    rf"(?:{_SP}für{_SP}(?:[{_LO}]+{_SP}){{0,2}}[{_UP}][{_LO}-]+(?:,{_SP}{_PORTFOLIO_NOUN_DE}){{0,4}}"
    rf"(?:{_SP}und{_SP}[{_UP}][{_LO}-]+)?"
    # "… für Industrie und Information der Volksrepublik China Xin Guobin": the state whose minister
    rf"(?:{_SP}der{_SP}(?:[{_UP}][{_LO}]+e[nr]?{_SP}){{0,2}}(?:Volksrepublik|Republik|Föderation)"
    rf"(?:{_SP}[{_UP}][{_LO}]+(?={_SP}[{_UP}][{_LO}]+{_SP}[{_UP}]))?)?"
    # "Botschafter in Russland Wladimir Semaschko": where the office is held; "Botschafter von
    # Belarus in China Kyrill Rudy": whose office, and where
    rf"|(?:{_SP}von{_SP}[{_UP}][{_LO}]+)?{_SP}in{_SP}[{_UP}][{_LO}]+(?={_SP}[{_UP}][{_LO}]+{_SP}[{_UP}])"
    # "Premierminister von Kasachstan Baqytschan Saghyntajew": whose office alone
    # (a name of two words and no more after it: "von China Railway Lu Dongfu" is no country's office)
    rf"|{_SP}von{_SP}[{_UP}][{_LO}]+(?={_SP}[{_UP}][{_LO}]+{_SP}[{_UP}][\w-]+(?:[^\S\n]*[,.;:]|{_SP}[{_LO}])))?"
    rf"{_SP}(?P<name>{_NAME})"
)
_HONORIFIC = _Regex(_HONORIFICS)
# A role that ends in an honorific or a rank ("Planning Minister Asad Umar, Finance Advisor Dr.
# Abdul Hafeez Sheikh"; "…, Chairman CPEC Authority Lt Gen (R) Asim Saleem Bajwa") is the next
# list item's title, whose holder's name follows: no apposition to the name before it.
_ROLE_ENDS_BEFORE_HOLDER = _Regex(
    rf"(?<![\w-])(?:{_FORMS_OF_ADDRESS}|Dr|Prof|Engr|Lt|Gen|Col|Maj|Brig|Capt|Cdr|Adm|Sen|Herr|Frau)\.?\Z")
# An honorific and a name inside what an apposition took as a role: the next item's title and its
# holder ("Prof Dr Ashfaq Chatha, Director External Linkages Dr Raheed Ahmed, Dr Fahad Rasul").
_HOLDER_INSIDE_ROLE = _Regex(rf"(?<![\w-])(?:{_FORMS_OF_ADDRESS}|Dr|Prof|Engr)\.?[^\S\n]+[A-Z][a-z]+")
# What an English title or honorific starts with: `_TITLE_NAME_EN` and `_ROLE_OF_ORG_EN` can match
# only where one of these is written, so they are matched there instead of scanned over the text.
# "Member" opens only a long title ("Member Planning of National Highway Authority Asim Amin").
_TITLE_LITERALS_EN = leading_literals(f"{'|'.join(_TITLES_EN_LIST)}|{_TITLES_EN_LOWER}|{_HONORIFICS}|Member|Head")
# "the Secretary General of the Shanghai Cooperation Organization, Yermekbayev,"
# A dot inside a word ("U.S.-China") or closing an abbreviation ("Co.", "Ltd.") belongs to the
# name; a dot after any other word ends the sentence: "chief representative of Norinco Pakistan.
# The bank …" names "Norinco Pakistan".
_ABBREVIATION_DOT = r"(?:(?:(?<=\b[A-Z])|(?<=Co)|(?<=Inc)|(?<=Ltd)|(?<=Corp)|(?<=Bros))\.)?"
_ORG_CHAIN_SIMPLE = (
    rf"[{_UP}](?:[\w'’-]|\.(?=[\w'’-]))*{_ABBREVIATION_DOT}"
    rf"(?:{_SP}(?:(?:of|for|and|on|der|des|für|und){_SP})?[{_UP}(](?:[\w'’)-]|\.(?=[\w'’-]))*{_ABBREVIATION_DOT})*"
)
_INITIALS_NAME = rf"(?:[{_UP}]\.{_SP}){{1,2}}{_TOKEN}"  # "K. V. Kamath"
# A hard-wrapped line may break after "of" ("the deputy prime minister of\nRussia, Viktoria Abramchenko").
# "the chairman of the company, Nurlan Zhakupov": a body the text named before, by what it is
_BODY_REFERRED_EN = "company|corporation|group|fund|bank|ministry|agency|organi[sz]ation|committee|board|association|council|holding"
_TAIL_HONORIFICS = f"{_FORMS_OF_ADDRESS}|Hr|Dr|Engr|Prof"  # before a holder's name; never the name itself ("Hr." of "Hr. Wang")
_ROLE_OF_ORG_TAIL = (
    rf"(?:{_SP}|[^\S\n]*\n[^\S\n]*)(?:the{_SP}|[{_LO}]+e[nrsm]?{_SP})?"
    rf"(?:(?P<org>{_ORG_CHAIN_SIMPLE})|(?<=the\s)(?:{_BODY_REFERRED_EN})(?![\w-]))"
    # "of the Foreign Affairs Office of the Shenzhen municipal government, Zhong Jiajun": whose body,
    # a place and a common noun in lower case
    rf"(?:{_SP}of{_SP}the{_SP}[{_UP}][{_LO}]+(?:{_SP}[{_LO}]{{3,}}){{1,2}})?"
    # "Vorstandsmitglied der kasachischen Mittelstandsvereinigung „El Tiregi“, Zhazira …": the body's quoted name
    rf"(?:{_SP}[„\"“«»][^„\"“”«»\n]{{1,60}}[“\"”«»])?),{_SP}"
    rf"(?:(?:{_TAIL_HONORIFICS})\.?{_SP})?"  # "Federal Minister for Board of Investment, Mr. Qaiser Ahmed Sheikh,"
    rf"(?!(?:{_TAIL_HONORIFICS})\.)(?P<name>{_INITIALS_NAME}|{_NAME})"
    # "…, Manfred Grund (CDU), zusammen": a party or a body's acronym in brackets after the name
    rf"(?=(?:[^\S\n]*\([{_UP}][\w/-]{{1,12}}\))?\s*[,.;:]|{_SP}(?:{_SAY_EN}|{_SAY_DE})\b)"
)
# "the chairman of the board of the Eurasian Economic Commission (EEC), Viktor Khristenko."
# "the head of external relations at Volkswagen, Jens Hanefeld": a portfolio in lower case between
# the title and the body, which follows "of" or "at"
_ROLE_OF_ORG_EN = _Regex(rf"(?P<role>(?:{_TITLES_EN})(?:{_SP}of{_SP}the{_SP}[a-z]{{3,}})?"
                         rf"(?:{_SP}(?:of|for){_SP}(?!the\b)[a-z]{{3,}}(?:{_SP}(?:and{_SP})?[a-z]{{3,}}){{0,2}}(?={_SP}(?:at|of)\b))?"
                         rf"{_SP}(?:of|at|for(?={_SP}(?:the{_SP})?[{_UP}][{_LO}]+{_SP}of{_SP}[{_UP}])){_ROLE_OF_ORG_TAIL}")
# "Generaldirektor von Nile Sugar, Emad Farid", "den Generaldirektor für Außenbeziehungen bei
# Volkswagen, Jens Hanefeld": a portfolio after "für" between the title and the body
_ROLE_OF_ORG_DE = _Regex(rf"(?P<role>{_TITLE_DE}(?:{_SP}für{_SP}[{_UP}][{_LO}]+(?:{_SP}und{_SP}[{_UP}][{_LO}]+)?)?"
                         rf"{_SP}(?:der|des|von|bei|beim){_ROLE_OF_ORG_TAIL}")
# "Der Präsident Usbekistans, Shavkat Mirziyoyev, hat …": a title, whose (a genitive), the name
# A Russian middle name between given and family names: "Mikhail Uladzimiravich Myasnikovich"
_PATRONYMIC = rf"[{_UP}][{_LO}]+(?:ovich|evich|ovitch|avich|ovna|evna|owitsch|ewitsch|owna|ewna)(?![\w-])"
_PATRONYMIC_PART = rf"(?:{_SP}{_PATRONYMIC})?"
_ROLE_OF_GENITIVE_DE = _Regex(
    rf"(?P<role>{_TITLE_DE}){_SP}[{_UP}][{_LO}]+s,{_SP}(?P<name>{_NAME})(?=\s*[,.;:]|{_SP}(?:{_SAY_DE})\b)"
)
# "Berater des Präsidenten Juri Uschakow", "dem Leiter des kirgisischen Außenministeriums Jeenbek
# Kulubaev": a title, the one body or office it serves (a genitive, no comma), a name of two words
_ROLE_OF_BODY_NO_COMMA_DE = _Regex(
    # "Präsident der Republik Usbekistan Shavkat Mirziyoyev": the body's country after it (checked by the caller)
    # "des Ost-Ausschusses Cathrina Claas-Mühlhäuser": a hyphenated body word
    # "Präsidenten der Islamischen Entwicklungsbank Bandar Hajjar": a capitalised adjective of the body's name
    rf"(?P<role>{_TITLE_DE}{_SP}(?:des|der){_SP}(?:[{_LO}]+e[nrs]?{_SP}){{0,2}}(?:[{_UP}][{_LO}]+(?:ischen|nalen){_SP}(?=[{_UP}][{_LO}]+{_SP}{_TOKEN}{_PATRONYMIC_PART}{_SP}{_TOKEN}(?:[^\S\n]*[,.;:)]|{_SP}(?:[{_LO}]|und{_SP})|\s*$)))?"
    # "des Instituts für Weltwirtschaft Moritz Schularick": a body's field after "für"
    rf"(?:(?P<body>[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?(?:{_SP}für{_SP}[{_UP}][{_LO}]+(?:{_SP}und{_SP}[{_UP}][{_LO}]+)?)?)"
    rf"(?:{_SP}(?P<whose>[{_UP}][{_LO}]+)(?!{_SP}{_PATRONYMIC}))?"
    # "des Vorstandsvorsitzenden der RZD AG Oleg Belosiorow": a company by its legal form or an acronym
    rf"|(?:[{_UP}][\w&.-]*{_SP}){{0,2}}(?:AG|GmbH|SE|PJSC|JSC|PAO|OAO|AO|LLC|Ltd\.?|Inc\.?)|[{_UP}]{{2,6}}))"
    rf"{_SP}(?P<name>{_TOKEN}{_PATRONYMIC_PART}{_SP}{_TOKEN})(?=[^\S\n]*[,.;:)]|{_SP}(?:[{_LO}]|und{_SP})|\s*$)"
)
# "der Geschäftsführer von China Railway Lu Dongfu", "Chef von Siemens Energy Christian Bruch": a
# title, the firm it heads (one to three capitalised words, no comma), the holder's two-word name;
# where the firm ends and the name begins the caller decides (a given name or a Chinese name last)
_ROLE_OF_FIRM_NO_COMMA_DE = _Regex(
    rf"(?P<role>{_TITLE_DE}){_SP}(?:von|der|des){_SP}(?P<org>[{_UP}][\w&.-]*(?:{_SP}[{_UP}][\w&.-]*){{0,2}})"
    rf"{_SP}(?P<name>(?P<given>{_TOKEN}){_SP}(?P<family>{_TOKEN}))(?=[^\S\n]*[,.;:)]|{_SP}(?:[{_LO}]|und{_SP})|\s*$)"
)
# "his Russian counterpart, Vladimir Putin,", "seinem russischen Amtskollegen, Wladimir Putin,": a
# counterpart's name set off by commas, maybe after the country ("his counterpart from Uzbekistan,
# Shuhrat Sadikov,", "seinem Amtskollegen aus Kasachstan, …")
_COUNTERPART_NAME = _Regex(
    rf"(?P<role>(?:[Aa]mtskolleg(?:e|en|in)|counterpart)(?:{_SP}(?:from|of|aus){_SP}[{_UP}][{_LO}]+)?),{_SP}"
    rf"(?P<name>{_TOKEN}{_SP}{_TOKEN})(?=[^\S\n]*[,.;:)])"
)
# Further names of a list after a plural title: "stellvertretende Premiers Igor Ljaschenko, Igor
# Petrischenko, Michail Russy, Finanzminister …" (a titled item ends the list: its words run on)
_LISTED_NAME = _Regex(
    rf"(?:,{_SP}(?:(?:und|and){_SP})?|{_SP}(?:und|and){_SP})(?P<name>{_TOKEN}{_SP}{_TOKEN})"
    rf"(?=[^\S\n]*[,.;:)]|{_SP}(?:und|and){_SP}|\s*$)"
)
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
_ROLE_LIST_TAIL = _Regex(rf",{_SP}{_LIST_WORD}(?:{_SP}{_LIST_WORD})*(?=\s*(?:[.;\n]|$|\([{_UP}]{{2,}}))")

# The portfolios of a body's name listed with commas before "and" ("Ministry of Information,
# Broadcasting and National Heritage", "State Administration of Press, Publication, Radio, Films
# and Television", "Ministry of Digital Development, Innovations and Aerospace Industry"): only
# portfolio words, so that "the Ministry of Energy, Gazprom and Rosneft" stays three names.
_PORTFOLIO_WORDS = _ORG_WORDS + "|" + "|".join(sorted((w.capitalize() for w in _en.PORTFOLIO_NOUNS), key=len, reverse=True))
_PORTFOLIO = rf"(?:{_PORTFOLIO_WORDS})(?:{_SP}(?:{_PORTFOLIO_WORDS})){{0,2}}(?![\w-])"
_PORTFOLIO_TAIL = _Regex(rf"(?:,{_SP}{_PORTFOLIO})+,?{_SP}(?:and|&){_SP}{_PORTFOLIO}")  # "Planning, Development & Reforms"
# The same in German ("Bundesministerium für Verkehr, Innovation und Technologie", "für digitale
# Entwicklung, Innovationen und Luft- und Raumfahrtindustrie"): nouns, each maybe after lower-case
# adjectives; the caller checks that each names a field (`de.PORTFOLIO_NOUNS`), so that "das
# Ministerium für Energie, Gazprom und Rosneft" stays three names.
# Lower-case words before a field's noun that are no adjective of it: articles, and the
# determiners of an ordinary phrase ("des Finanzministeriums für diesen Monat", "für alle Firmen").
_NOT_ADJECTIVE_DE = (r"(?!(?:der|die|das|den|dem|des|eine[nrsm]?|(?:dies|jen|jed|all|beid|viel|einig|mehrer|unser|ihr|sein"
                     r"|manch|solch|welch)e[nrsm]?)\b)")
_FIELD_ITEM_DE = (rf"(?:{_NOT_ADJECTIVE_DE}[{_LO}]+e[nrs]?{_SP}){{0,2}}"
                  rf"[{_UP}][{_LO}]+(?:-{_SP}(?:und|oder){_SP}[{_UP}][{_LO}]+)?")
_PORTFOLIO_TAIL_DE = _Regex(rf"(?:,{_SP}{_FIELD_ITEM_DE}){{1,4}}{_SP}und{_SP}{_FIELD_ITEM_DE}(?![\w-])")


# A title with its office, a comma, and the holder's name: "the Minister of Foreign Affairs of the
# Republic of Belarus, Sergei Aleinik,", "Iran’s Ambassador to Russia, Kazem Jalali.", "the Minister
# of Digital Development, Innovations, and Aerospace Industry of Kazakhstan, Jaslan Madiyev,",
# "Russlands Minister für Transport, Witali Saweljew,". The office runs over capitalised words and
# the joiners of a body's name; a comma inside it only before a portfolio ("…, Innovations, and …"),
# so a list of titled people is never read as one office. The name is two or three words followed
# by punctuation or "and"; the caller checks that its words are shaped like a name.
_OFFICE_STEP_EN = (
    rf"(?:{_SP}(?:of|for|to|and|the|in|on|[{_UP}][\w'’-]*)|,{_SP}(?:and{_SP})?(?:{_PORTFOLIO_WORDS})(?![\w-])"
    # "the Vice Premiers of both countries, Serik Zhumangarin and Jamshid Khodjaev"
    rf"|{_SP}(?:both|the{_SP}two){_SP}(?:countries|sides|states|nations))"
)
# (or the day the holder spoke: "…, Shaza Fatima Khawaja Tuesday said", "…, Li Wei am Dienstag")
# (or the day the holder spoke: "…, Shaza Fatima Khawaja Tuesday said", "…, Li Wei am Dienstag"; or
# the verb of speech: "Pakistan’s Ambassador to China, Moin-ul-Haque has said")
_HOLDER_AFTER = (rf"(?=[^\S\n]*[,.;:)]|{_SP}(?:and|und){_SP}|\s*$|{_SP}(?:(?:on|am){_SP})?(?:Monday|Tuesday|Wednesday|"
                 rf"Thursday|Friday|Saturday|Sunday|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b|"
                 rf"{_SP}(?:(?:has|had|also){_SP})?(?:{_SAY_EN}|{_SAY_DE})(?![\w-]))")
# A name of one word whose parts a lower-case particle joins: "Moin-ul-Haque", "Nasir-ud-Din".
_JOINED_NAME = rf"[{_UP}][{_LO}]+-(?:ul|ud|ur|us|uz|al|el|ad|ar|as|ibn|bin|e|i)-[{_UP}][{_LO}]+"
# "der Turkmen-Kommunikationsagentur („Turkmenaragatnashyk“), Hajymyrat Hudaygulyyev": a body's
# other name in brackets between the office and the comma
_ALIAS_BRACKET = r"(?:[^\S\n]*\([^()\n]{1,60}\))?"
_TITLE_COMMA_NAME_EN = _Regex(
    rf"(?P<role>(?:{'|'.join(_TITLES_EN_LIST)})(?![\w-]){_OFFICE_STEP_EN}{{0,20}}){_ALIAS_BRACKET},{_SP}"
    # an honorific before the holder ("Huawei Middle East Vice President, Mr. Spacelee,"), after which
    # one word is a name; "Sh"/"Shri"/"Smt" as Indian releases write them
    rf"(?:(?:{_FORMS_OF_ADDRESS}|Dr|Engr)\.?{_SP})?"
    rf"(?P<name>{_TOKEN}(?:{_SP}{_TOKEN}){{1,2}}|{_JOINED_NAME}|(?:(?<=Mr\. )|(?<=Ms\. )|(?<=Dr\. )|(?<=Mrs\. )){_TOKEN})"
    rf"{_HOLDER_AFTER}"
)
# A German portfolio listed with a comma (`_PORTFOLIO_NOUN_DE`).
_PORTFOLIO_STEP_DE = rf",{_SP}(?:und{_SP})?{_PORTFOLIO_NOUN_DE}"
_TITLE_COMMA_NAME_DE = _Regex(
    rf"(?P<role>{_TITLE_DE}(?:{_SP}(?:für|und|des|der|die|den|dem|in|im|beim|am|von|vom|zum|zur|[{_LO}]+(?:-[{_LO}]+)*e[nrs]?|[{_UP}][\w-]*)"
    rf"|{_PORTFOLIO_STEP_DE}){{0,10}}){_ALIAS_BRACKET},{_SP}"
    rf"(?P<name>{_TOKEN}{_SP}{_TOKEN}){_HOLDER_AFTER}"
)


# Legal forms written before a company's name, as Russian, Belarusian and Central Asian companies
# write them: "OAO MAZ", "AO Uzavtosanoat", "OOO KRANTAS GROUP", 'LLC "AzerTelecom"', 'LLP "…"',
# "JV AMKODOR-AGROTEXMASH". A quoted name after the form is the name; a bare name keeps its form.
LEGAL_FORMS_BEFORE = frozenset("OAO OOO ZAO PAO AO OJSC PJSC CJSC JSC OSC LLC LLP TOO JV RUE".split())
_FORM_NAME_WORD = rf"(?:[{_UP}][{_UP}0-9]+(?:-[{_UP}0-9]+)*|[{_UP}][{_LO}]+(?:-[{_UP}]?[{_LO}]+)*)(?![\w'’-])"
_LEGAL_FORM_NAME = _Regex(
    rf"(?<![\w-])(?P<form>{'|'.join(sorted(LEGAL_FORMS_BEFORE, key=len, reverse=True))}){_SP}"
    rf"(?P<name>{_FORM_NAME_WORD}(?:{_SP}{_FORM_NAME_WORD}){{0,2}})"
)


# "the head of the Russian trade mission in Tajikistan Yevgeny Korenkov.": a lower-case office, what
# it heads described in a few words, and the holder's name of two words ending the clause.
_OFFICE_HEADS_LOWER_EN = ("head", "chief", "director", "chairman", "leader", "representative")
_LOWER_OFFICE_NAME_EN = _Regex(
    rf"(?P<role>(?:{'|'.join(_OFFICE_HEADS_LOWER_EN)}){_SP}of{_SP}the"
    # "The head of the park's administration, Alexander Yaroshenko, expected": set off by commas
    rf"(?:{_SP}(?:[{_LO}]+(?:['’]s)?|[{_UP}][\w-]*)){{1,8}}?)(?:{_SP}|,{_SP}(?={_TOKEN}{_SP}{_TOKEN},))"
    rf"(?P<name>{_TOKEN}{_SP}{_TOKEN})(?=[^\S\n]*[,.;:)]|{_SP}(?:{_SAY_EN})\b|\s*$)"
)

# --- organisations and initiatives --------------------------------------------------------------

_HEADS: dict[str, tuple[str, str]] = {}


def _heads(kind: str, category: str, words: str) -> None:
    for word in words.split():
        _HEADS[word] = (kind, category)


_INITIATIVE_KINDS = frozenset(
    {"forum", "conference", "summit", "programme", "plan", "project", "resolution", "facility", "network"}
)
for _words in (_en.HEAD_WORDS, _de.HEAD_WORDS):
    for _kind, _names in _words.items():
        _heads(_kind, "initiative" if _kind in _INITIATIVE_KINDS else "actor", _names)
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
        ("ministerium", "ministeriums", "kammer", "agentur", "verband", "verbands", "verbandes", "behörde",
         "kommission", "ausschuss", "ausschusses", "akademie", "universität", "institut", "organisation", "gruppe",
         "ministerrat", "ministerrats", "ministerrates", "komitee", "komitees", "vereinigung", "club", "clubs", "klub",
         "klubs"),
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
    "Distrikts": "Distrikt", "Bezirks": "Bezirk", "Ausschusses": "Ausschuss", "Verbands": "Verband",
    "Verbandes": "Verband", "Ministerrats": "Ministerrat", "Ministerrates": "Ministerrat", "Klubs": "Klub",
    "Clubs": "Club", "Instituts": "Institut", "Institutes": "Institut", "Sekretariats": "Sekretariat",
}
_CONNECTORS = frozenset("of for on and & de du des la für und der zur zum von the die das under".split())
_PRE_HEAD_JOINERS = frozenset({"", "and", "&", "und"})
# Words that may open a name of an organisation ("China Daily", "SCO Summit") but start no name of
# anything when they open a sentence ("Statistics from …", "Als Hauptforum …").
_NOT_IN_NAME = (_NOT_NAME - {"china", "chinese", "sco", "soz", "un", "brics", "asean", "russia", "india", "xinhua",
                            "general"}) | {
    *"statistics experts photo themed english news quelle source edit als hauptforum mit ziel".split(),
    *"related latest breaking".split(),  # page furniture: "Related News", "Latest News"
    "paroli",  # "um dem Internetriesen Amazon Paroli bieten zu können": an idiom's noun after a name
}
# A token: a capitalised word, a year, a bracketed acronym, or the first half of "Informations- und
# Kommunikationstechnologie" (also a first item of "Gießerei-, Composite- und Verarbeitungstechnik",
# which a comma after its hyphen joins to the next).
# A legal form keeps its full stop ("Pvt. Ltd."), an abbreviation its dots ("U.S. Census Bureau"); an
# en dash joins a pair of names as a hyphen does ("Kazakhstan–China Business Council"), and so does an em
# dash between capitalised names ("China—Kyrgyzstan—Uzbekistan Railway Company LLC").
_LEGAL_FORM_DOT = r"(?:Pvt|Ltd|Inc|Corp|Co|Bhd|Pte|S\.A|N\.V)\.(?!\w)"
_CHAIN_TOKEN = (
    rf"(?:{_LEGAL_FORM_DOT}|(?:[{_UP}]\.){{2,}}(?![\w-])"  # "U.S.-China …" goes on
    rf"|[{_UP}][\w'’.&–-]*(?:—(?=[{_UP}])(?!(?:The|A|An|Der|Die|Das|Ein|Eine|In|On|At|Im)\b)[\w'’.&–-]*)*\w(?:-(?=(?:,{_SP}[{_UP}][\w'’.&–-]*-)*{_SP}(?:und|oder|and|or){_SP})|(?<=s)['’](?={_SP}[{_UP}]))?"
    rf"|[{_UP}]|(?:19|20)\d{{2}}\b"
    rf"|\([{_UP}]{{2,}}[\w-]*\)|mbH\b)"  # "Ausfuhrkredit-Gesellschaft mbH": a legal form in lower case
)
# The first token of a chain, written to open with a plain class of its first characters, which
# the regex engine skips to at C speed (a pattern opening with a look-behind is tried at every
# character). The same token as `(?<![\w'’-]){_CHAIN_TOKEN}`, alternative for alternative: the
# first character is read, then the look-behinds check it and the character before it.
_LEGAL_FORM_DOT_REST = r"(?:(?<=P)vt|(?<=L)td|(?<=I)nc|(?<=C)orp|(?<=C)o|(?<=B)hd|(?<=P)te|(?<=S)\.A|(?<=N)\.V)\.(?!\w)"
_FIRST_CHAIN_TOKEN = (
    rf"[{_UP}1-9(](?<![\w'’-].)(?:(?<=[{_UP}])(?:{_LEGAL_FORM_DOT_REST}|\.(?:[{_UP}]\.){{1,}}(?![\w-])"
    rf"|[\w'’.&–-]*(?:—(?=[{_UP}])(?!(?:The|A|An|Der|Die|Das|Ein|Eine|In|On|At|Im)\b)[\w'’.&–-]*)*\w(?:-(?={_SP}(?:und|oder|and|or){_SP})|(?<=s)['’](?={_SP}[{_UP}]))?|)"
    rf"|(?:(?<=1)9|(?<=2)0)\d{{2}}\b|(?<=\()[{_UP}]{{2,}}[\w-]*\)"
    # "the 5G Spectrum Auction Advisory Committee": a generation's code opening a name
    rf"|(?<=[1-9])G(?=[^\S\n]+[{_UP}])"
    # "Die 50Hertz Transmission GmbH": a firm's name opening with digits
    rf"|(?<=[1-9])\d{{0,3}}[{_UP}][{_LO}][\w&]*)"
)
# An article joins only after a preposition ("of the", "für die"): "Presseabteilung des Präsidenten
# das Staatsoberhaupt" is a name and an apposition. "and"/"und" joins two capitalised words of one
# name ("Trade and Development"), never an article after it: "Census Bureau und des Internationalen Währungsfonds" is two names.
_CHAIN = _Regex(
    rf"{_FIRST_CHAIN_TOKEN}(?:(?:(?:{_SP}(?:of|for|on|de|du|des|la|für|der|zur|zum|von|under(?={_SP}the{_SP}(?:President|Cabinet|Ministry|Government){_SP}of\b))){{1,2}}"
    rf"(?:{_SP}(?:the|die|der|das))?|{_SP}(?:and|&|und)(?:{_SP}(?:of|for|on|für|zur|zum))?|(?<=-),)?{_SP}{_CHAIN_TOKEN})*"
)
_TOKEN_SPLIT = _Regex(rf"{_CHAIN_TOKEN}|[^\s]+")
_YEAR_TOKEN = _Regex(r"(?:19|20)\d{2}")
_PAREN_TOKEN = _Regex(r"\(.*\)")

_QUOTED = _Regex(
    r"„([^“”\"\n]{2,100})[“”\"]|“([^”\"\n]{2,100})”|\"([^\"\n]{2,100})\""
    r"|«([^»\n]{2,100})»|»([^«\n]{2,100})«"
    # single quotes only before a firm's legal form: "‘Erdenes Tavantolgoi’ JSC" ("’" is an apostrophe too)
    r"|‘([^‘’\n]{2,60})’(?=[^\S\n]+(?:JSC|PJSC|LLC|LLP|Ltd\.?|Inc\.?|Corp\.?|PLC|AG|GmbH|Company|Group)\b)"
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

# The scan opens with the first letters of the prepositions (which the engine skips to), the
# look-behinds then check the letter read and what stands before it: "(?<![Aa]ccording to )\b(?:in|In|…)".
_PLACE_EN = _Regex(
    r"[iIanftvh](?<![Aa]ccording to .)(?<![Aa]ccording t)(?<!\w.)"
    r"(?:(?<=i)n|(?<=I)n|(?<=a)t|(?<=n)ear|(?<=f)rom|(?<=t)o|(?<=v)isited|(?<=h)osted\s+by)"
    rf"{_SP}"
    # "in north China's Tianjin"
    rf"(?:(?:(?:north|south|east|west|central|northeast|northwest|southeast|southwest)(?:ern)?{_SP})?"
    rf"(?:China|[{_UP}][{_LO}]+)['’]s{_SP})?"
    rf"(?P<name>{_TOKEN}(?:{_SP}{_TOKEN})?)(?=\s*[,.;:)]|{_SP}(?:on|in|from|to|and|at|with|recently|this|last|during|"
    r"for|since|until|where|which|when|as|is|was|has|have|had|will)\b|\s*$)"
)
_PLACE_DE = _Regex(  # "\b(?:in|In|nach|aus)", written to open with its first letters (see `_PLACE_EN`)
    r"[iIna](?<!\w.)(?:(?<=i)n|(?<=I)n|(?<=n)ach|(?<=a)us)"
    rf"(?:{_SP}der(?:{_SP}[{_LO}]+){{0,3}}{_SP}(?:Provinz|Stadt|Hauptstadt|Region|Metropole))?"
    rf"{_SP}(?P<name>{_TOKEN})(?=\s*[,.;:)]|{_SP}[{_LO}]|\s*$)"
)
# "the Kazakh capital Astana", "die kasachische Hauptstadt Astana": a capital named after the word.
_CAPITAL_PLACE = _Regex(rf"(?<![\w-])(?:capital|Hauptstadt){_SP}(?P<name>{_TOKEN})(?=\s*[,.;:)]|{_SP}[{_LO}]|\s*$)")
_GERMAN_NOUN_END = _Regex(
    r"(?:ung|ungen|heit|keit|schaft|ion|ionen|tät|ik|ie|ien|nis|en|ern|er|e|ten|chen|um|us|ft|gs|eln|ums|tur|stoff)$"
)
_PLACE_STOP = frozenset(
    """english chinese german russian french spanish arabic deutsch englisch chinesisch russisch
    ai sco soz it zukunft kraft betrieb frage bezug form richtung folge anspruch summe zeiten
    gang angriff aussicht erwägung höhe kürze ruhe mode gefahr sicht umlauf verbindung erinnerung kauf szene
    ordnung hinsicht vorbereitung planung zusammenhang anlehnung betracht anbetracht auftrag kontakt
    jan feb mar apr jun jul aug sep sept oct nov dec jän mär mrz okt dez
    general particular addition total practice fact short future recent response order time
    twitter telegram facebook instagram youtube wechat linkedin weibo tiktok""".split()
)

# --- dates inside names -------------------------------------------------------------------------

# Month and weekday names end a capitalised name: "… of Customs of China on June 15".
_CALENDAR_WORDS = frozenset(w.capitalize() for w in (*_en.MONTHS, *_de.MONTHS, *_en.WEEKDAYS, *_de.WEEKDAYS))

# --- speakers -----------------------------------------------------------------------------------

_SPEECH = "|".join(sorted(_en.SPEECH_VERBS | _de.SPEECH_VERBS, key=len, reverse=True))
# "Shavkat Mirziyoyev said", "Karim Massimow erklärte"; the name of two or three words
_SPEAKER_BEFORE = _Regex(rf"(?P<name>{_TOKEN}(?:{_MIDDLE_INITIAL}{_SP}{_TOKEN}){{0,2}}){_SP}\Z")  # searched up to the verb
# "stated Kassym-Jomart Tokayev.", "sagte Peskow."
_SPEAKER_AFTER = _Regex(
    rf"\b(?:{_SPEECH}){_SP}(?P<name>{_TOKEN}(?:{_MIDDLE_INITIAL}{_SP}{_TOKEN}){{0,2}})"
    rf"(?=\s*[.,;:](?!\d)|\s*$|{_SP}(?:from|of|at|with|von|vom|aus|der|des|vor|in)\b)"  # "said Volker Quaschning from the …"
    # (not "reported CNY862.1 billion": a point before a digit goes on with a number)
)

# --- organisations by what the text calls them ----------------------------------------------------

_NAME_WORD = rf"[{_UP}][\w'’.&-]*(?:[\w’']|‘s\b)"  # "Moody‘s": an apostrophe written as an opening quote
_QUOTE_OPEN = r"[\"„“»]?"  # 'Wirtschaftszeitung "Wedomosti"'
_QUOTE_CLOSE = r"[\"“”«]?"
# (or a web address in lower case, an outlet's name: "der Wirtschaftsinformationsdienst nov-ost.info")
_ORG_NAME = (rf"(?P<name>{_NAME_WORD}(?:{_SP}(?:&{_SP})?{_NAME_WORD}){{0,2}}"
             r"|[a-z][a-z0-9-]{1,30}\.(?:info|com|net|org|ru|kz|uz|kg|tj|az|by|am|de|cn|in|pk|mn)(?!\w|\.\w))")
# "renewable company Masdar", "energy group ACWA Power", "news agency BelTA"
_DESCRIBED_EN = _Regex(
    rf"\b(?P<desc>{'|'.join(sorted(_en.ORG_DESCRIPTORS, key=len, reverse=True))})"
    # a name between commas after its descriptor: "data shared by market intelligence firm, Tracxn, …"
    rf"(?:,(?={_SP}[{_UP}][^,.;\n]{{0,40}},))?"
    rf"{_SP}{_QUOTE_OPEN}{_ORG_NAME}{_QUOTE_CLOSE}"
    rf"(?=\s*[,.;:)]|{_SP}[a-z(]|{_SP}[-–—]{_SP}|\s*$)"  # a dash opens an aside: "… BAIC - 1,8 Milliarden"
)
# "Staatskonzern Gazprom", "Marktforschungsfirma Gartner", "Zeitung Wedomosti"
_DESCRIBED_DE = _Regex(
    rf"\b(?P<desc>[{_UP}][{_LO}]*(?:-[{_UP}][{_LO}]*)?(?:{'|'.join(sorted(_de.ORG_DESCRIPTORS, key=len, reverse=True))})"
    # capitalised alone or after hyphened parts: "Konzern", "Joint-Venture-Konzern", "VW-Konzern"
    rf"|(?:[{_UP}][\w]*-)*(?:{'|'.join(sorted((d.capitalize() for d in _de.ORG_DESCRIPTORS), key=len, reverse=True))})"
    # a company's subsidiary: "der HHLA-Tochter Hamburg Port Consulting", "eine Siemens-Tochter namens X"
    rf"|[{_UP}][\w&]*-Tochter)"
    # the genitive ("des Nachrichtensenders Westi"); what it makes ("Hersteller von Urankonzentraten Khorasan-U")
    # and the weak masculine's "-n"/"-en" ("des deutschen Automobilzuliefererriesen Continental")
    rf"(?:e?s|e?n)?(?:{_SP}von{_SP}[{_UP}][{_LO}]+)?"
    rf"(?:{_SP}namens)?"  # "eine HHLA-Tochter namens Metrans"
    rf"{_SP}{_QUOTE_OPEN}{_ORG_NAME}{_QUOTE_CLOSE}"
    rf"(?=\s*[,.;:)]|{_SP}[{_LO}(]|{_SP}[-–—]{_SP}|\s*$)"
)
# "Andritz, an Austrian engineering group,", "Gazprom, the Russian gas giant, …": a name and, after
# its comma, an article, up to three words and a descriptor that ends the apposition (searched back
# from the descriptor). No preposition or relative among the words: "Wang, a manager at the company,"
# calls Wang no company.
_APPOSED_BEFORE_EN = _Regex(
    # ("Otkritie, Russia’s largest privately held bank,": a possessive for the article)
    rf"(?<![\w'’.&-])(?P<name>{_NAME_WORD}(?:{_SP}(?:&{_SP})?{_NAME_WORD}){{0,2}}),{_SP}"
    rf"(?:a|an|the|[{_UP}][{_LO}]+['’]s){_SP}"
    rf"(?:(?!(?:of|at|for|with|in|on|by|from|to|and|or|who|which|that|whose)\b)[\w'’-]+{_SP}){{0,3}}\Z"
)
# A head word of names that describes the name before it only in an apposition: "Asaka, the second
# largest bank in the Uzbek banking system," ("the Bank" elsewhere opens or ends a name)
_APPOSED_ONLY_EN = {"bank": "company"}
_APPOSED_BEFORE_DE = _Regex(
    rf"(?<![\w'’.&-])(?P<name>{_NAME_WORD}(?:{_SP}(?:&{_SP})?{_NAME_WORD}){{0,2}}),{_SP}"
    rf"(?:der|die|das|dem|den|des|ein|eine|einem|einer|eines|einen){_SP}(?:[{_LO}][\w-]*{_SP}){{0,3}}\Z"
)
# What may follow the descriptor of an apposition: its closing comma, or words that go on describing.
_APPOSITION_END = _Regex(rf"\s*[,;:)]|{_SP}(?:that|which|whose|based|headquartered|owned|founded|listed|mit|aus)\b")
# ... and in English where it is: "Asaka, the second largest major bank in the Uzbek banking system,"
_APPOSITION_END_EN = _Regex(rf"{_SP}in\b")
# "the Lukoil company", "the Ustudy IT academy": a name between "the" and a lower-case noun saying
# what it is (read back from the noun); the name is one or two capitalised words
_NAMED_BEFORE_EN = _Regex(
    # "the Lukoil company", "the Ustudy IT academy"; in a list after a comma, "Bazis-A construction
    # company" (a lower-case word of its trade between)
    rf"(?:(?<![\w-])the|,){_SP}(?P<name>{_NAME_WORD}(?:{_SP}{_NAME_WORD})?)(?:{_SP}(?P<field>IT|AI|ICT))?"
    r"(?:[^\S\n]+(?:construction|energy|mining|oil|gas|logistics|investment|technology|engineering|trading|"
    r"development|pharmaceutical|automotive|shipping|telecommunications|telecom|insurance|transport))?"
    rf"{_SP}\Z"
)
_NAMED_BEFORE_KIND_EN = {"company": "company", "corporation": "company", "holding": "company",
                         "academy": "organization", "plant": "company", "factory": "company"}
_DESCRIPTOR_KIND = {**_en.ORG_DESCRIPTORS, **_de.ORG_DESCRIPTORS}
_TITLE_WORD = _Regex(rf"(?:{_TITLE_DE}|(?:{_TITLES_EN})(?![\w-]))")
# "Berater des ", "adviser to the ": a title whose object the title after it is
_TITLE_OF_TITLE = _Regex(rf"(?<![\w-])(?:{_TITLE_DE}|(?:{_TITLES_EN})(?![\w-])){_SP}(?:des|der|to{_SP}the|of{_SP}the){_SP}\Z")
# "das Statistikamt", "Die Zentralbank", "des kasachischen Landwirtschaftsministeriums", "der
# Allgemeinen Zollverwaltung", "Chinas Zollverwaltung": a German compound with an organisation
# ending after an article or a genitive that says whose it is
_ORG_ENDINGS_DE = "|".join(sorted(_de.ORG_COMPOUND_ENDINGS + _de.NATIONAL_ORG_ENDINGS, key=len, reverse=True))
_ORG_COMPOUND_DE = _Regex(
    rf"\b(?:[Dd](?:er|ie|as|es|em|en)|[Ii]m|[Bb]eim|[Vv]om|[Zz]um|[Zz]ur|[{_UP}][{_LO}]{{2,}}s){_SP}"
    # adjectives ("Russisch-Kirgisische"); an article is none: "Der Leiter der Zentralbank" is a
    # person's title before a body, not "Leiter Zentralbank"
    rf"(?:(?P<adj>[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?e[nrsm]?){_SP}"
    # a determiner is no adjective: "eines der Ziele dieses Investmentfonds" names no "Zieler Investmentfonds"
    rf"|(?!(?:der|die|das|des|dem|den|(?:dies|jen|sein|ihr|unser|euer|mein|dein|ein|kein|welch|jed)\w*)\b)"
    # lower-case ones, a nation's pair too ("kasachisch-aserbaidschanischen"): the last is kept
    rf"(?P<low>[{_LO}]+(?:-[{_LO}]+)*e[nrsm]?){_SP}){{0,2}}"
    rf"(?P<noun>[{_UP}][{_LO}]+)\b"  # its ending is checked by the caller: one short pattern stays fast
)

# --- the candidate scan -------------------------------------------------------------------------
# One pass over the words of a text finds where the heavier patterns can match at all: verbs of
# speech, German title words, descriptor nouns. Those patterns then run only there (`.match` at
# the word), so their cost follows the number of candidates, not the length of the text.

# The verbs of `SAY_VERBS` in both languages (one word each; the first word of "pointed out",
# "according to", "laut"), and the speech verbs.
_SAY_WORDS = frozenset(
    w for verbs in (_en.SAY_VERBS, _de.SAY_VERBS) for w in verbs.split("|") if w.isalpha()
) | {"pointed", "according", "laut", "zufolge"} | _en.SPEECH_VERBS | _de.SPEECH_VERBS
_SAY_ANY_CASE = frozenset(w for v in _SAY_WORDS for w in (v, v.capitalize()))
_TITLE_ENDINGS_LOWER = tuple(sorted({v.lower() for v in _TITLE_ENDINGS_DE}))
_DESCRIPTOR_WORDS_EN = frozenset(_en.ORG_DESCRIPTORS)
_DESCRIPTOR_ENDINGS_DE = tuple(d + ending for d in _de.ORG_DESCRIPTORS for ending in ("", "s", "es", "n", "en")) + ("-tochter",)


def positions(text: str, words: set[str] | frozenset[str]) -> tuple[int, ...]:
    """Sorted starts of every whole-word occurrence of `words` in `text`: where a finder anchored
    on those words may match. `str.find` per distinct word, so the cost follows the hits."""
    found: list[int] = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not _in_word(text[at - 1])) and (end == len(text) or not _in_word(text[end])):
                found.append(at)
            at = text.find(word, at + 1)
    return tuple(sorted(found))


def _in_word(char: str) -> bool:
    return char.isalnum() or char in "-_"
