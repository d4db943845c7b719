"""English: every word the extractors read (see :class:`Vocabulary` for what each field is)."""

from __future__ import annotations

from . import Vocabulary
from . import phrase_table as _phrases
from . import word_set as _words


VOCABULARY = Vocabulary(
    # numbers
    number_words={
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100, "thousand": 1_000,
        "million": 10**6, "billion": 10**9, "trillion": 10**12,
    },
    scale_words={
        "hundred": 100, "thousand": 1_000, "million": 10**6, "mln": 10**6, "mn": 10**6,
        "mil": 10**6, "billion": 10**9, "bln": 10**9, "bn": 10**9, "trillion": 10**12,
        "trn": 10**12, "tn": 10**12, "trln": 10**12, "tln": 10**12, "quadrillion": 10**15, "lakh": 10**5, "lakhs": 10**5, "lac": 10**5, "lacs": 10**5, "crore": 10**7, "cr": 10**7,
        "crores": 10**7, "dozen": 12,
    },
    vague_amounts={
        "dozens": 12, "hundreds": 100, "thousands": 1_000, "millions": 10**6, "billions": 10**9,
        "trillions": 10**12, "tens of thousands": 10_000, "hundreds of thousands": 100_000,
        "tens of millions": 10**7, "hundreds of millions": 10**8, "tens of billions": 10**10,
        "hundreds of billions": 10**11,
    },
    vague_quantifiers={"several": 3, "a few": 3, "a couple of": 2, "some several": 3},
    qualifiers_before=_phrases({
        "more_than": (
            "more than", "over", "above", "in excess of", "upwards of", "well over", "just over",
            "exceeding", "exceeded", "exceeds", "exceed", "surpassed", "surpassing", "surpasses",
            "surpass", "topped", "topping", "tops", "greater than", "higher than", "beyond",
            "well above", "north of", "more than double", "a good", "a little over", "a little more than",
            "slightly more than", "slightly over", "more than a", "over a",
        ),
        "at_least": ("at least", "no less than", "no fewer than", "not less than", "not fewer than",
                     "a minimum of", "minimum of", "at a minimum"),
        "nearly": ("nearly", "almost", "close to", "just under", "just below", "nearing", "approaching",
                   "just shy of", "shy of", "not quite", "barely", "virtually"),
        "about": ("about", "around", "approximately", "approx.", "roughly", "some", "an estimated",
                  "estimated", "circa", "ca.", "an approximate", "or so"),
        "up_to": ("up to", "as many as", "as much as", "as high as", "a maximum of", "no more than",
                  "not more than", "at most", "a maximum", "maximum of"),
        "less_than": ("less than a", "less than", "fewer than", "under", "below", "lower than", "well under",
                      "well below", "smaller than"),
        # words that weigh a value and bound nothing: "to a whopping $3.9 billion"
        "exact": ("whopping", "a whopping", "staggering", "a staggering", "hefty", "a hefty"),
    }),
    auxiliaries=frozenset({"has been", "have been", "had been", "was", "were", "is", "are", "will be",
                           "could be", "would be", "has now been", "has already been", "was already"}),
    qualifier_verbs_after=_phrases({
        "more_than": ("exceeded", "surpassed", "topped", "passed", "crossed", "broken", "overtaken"),
    }),
    qualifiers_after=_phrases({
        "at_least": ("or more", "and more", "or above", "and above", "or higher", "and up", "or over"),
        "up_to": ("or less", "or fewer", "or below", "at most", "at the most"),
        "about": ("or so",),
    }),
    change_up=_words(
        """
        rose rise rises rising risen increased increase increases increasing grew grow grows growing
        grown gained gain gains gaining climbed climb climbs climbing jumped jump jumps jumping
        surged surge surges surging soared soar soars soaring rallied rally advanced expanded
        expanding expansion added adding boosted raised raising up higher growth increment hike
        hiked uptick spike spiked spiking upswing boost boosts doubled tripled quadrupled
        doubling tripling additional expand expands rebounded rebound rebounds recovered recovers skyrocketed
        skyrocketing rocketed strengthened strengthening appreciated improved improves widened
        accelerated upturn ascended ascend ascends ascending
        """
    ),
    change_down=_words(
        """
        fell fall falls falling fallen declined decline declines declining dropped drop drops
        dropping decreased decrease decreases decreasing slumped slump slumps slid slide slides
        sliding shrank shrink shrinks shrinking shrunk plunged plunge plunges plunging tumbled tumble
        sank sink sinks sinking lost lose loses losing cut cuts cutting reduced reducing reduction
        slipped slip slips eased easing contracted contraction down lower dipped dip dips slowed
        slowing downturn plummeted plummet retreated dipping dipped declining devalued shed sheds
        shedding tanked nosedived weakened weakening depreciated narrowed slashed sagged crashed
        collapsed halved halving wiped wiping erased erasing shaved shaving
        """
    ),
    additions=_words("addition additions"),
    change_gap_words=_words(
        """
        by to from of a an the its nearly almost about around some roughly sharply steeply strongly
        slightly modestly significantly markedly further again also year-on-year yoy y/y annually
        more than over less under only just well year on out today yesterday already even
        """
    ),
    change_amount_before=_words("by"),
    change_level_before=_words("to reach hit total reaching hitting totaling"),
    change_object_before=_words("of at"),
    change_compared=frozenset({"from", "against", "compared with", "compared to", "in comparison with",
                               "versus", "vs", "vs."}),
    change_reference_before=_words("from than"),
    change_compound_parts=_words("increase decrease growth decline"),
    split_verbs=_words("went go goes gone going"),
    verb_particles={"up": "up", "down": "down"},
    # "make up 30 percent" (a share), "set up 5 companies", "take up", "sign up", "add up to": the
    # particle is part of another verb, no move of the number
    particle_idioms=_words("""make makes made making set sets setting take takes took taken taking sign signs signed
        signing add adds added adding sum sums summed summing open opens opened opening build builds built
        building back backs backed backing use uses used using free frees freed freeing"""),
    projection_words=_words(
        "projected projects projecting expected expects expecting forecast forecasts forecasting "
        "predicted predicts estimated anticipated targeted target targets"
    ),
    level_with_before=_words("with"),
    change_skip_after=_words("year-on-year yoy"),
    measure_nouns_after=_words("growth"),
    gapping_joiners=_words("and while whereas"),
    appositive_joiners=frozenset({", or", ", i.e.", ", that is"}),
    comparatives={
        "more": "up", "higher": "up", "larger": "up", "bigger": "up", "greater": "up",
        "less": "down", "lower": "down", "smaller": "down", "fewer": "down",
    },
    multipliers={
        "doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4, "quintupled": 5,
        "double": 2, "triple": 3, "quadruple": 4, "twofold": 2, "threefold": 3, "fourfold": 4,
        "fivefold": 5, "sixfold": 6, "sevenfold": 7, "eightfold": 8, "ninefold": 9, "tenfold": 10,
        "hundredfold": 100, "thousandfold": 1000, "twice": 2,
    },
    vague_multipliers={"several times": 3, "several-fold": 3, "severalfold": 3, "many times": 3},
    multiplier_units=_words("times fold x"),
    multiplier_after=_words("higher larger more bigger greater as the faster over lower smaller that what"),
    multiplier_verb_before=_words("to will would could may might can should must expected set likely help helps than"),
    multiplier_needs_verb=_words("double triple quadruple"),
    per_time_words={"day": "d", "hour": "h", "year": "yr", "annum": "yr"},
    per_time_adverbs={"daily": "d", "a day": "d", "per day": "d"},
    fractions={
        "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
        "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8,
        "tenth": 10, "tenths": 10,
    },
    fraction_openers=_words("by nearly almost about around roughly over than some least"),
    percent_words=frozenset({"percent", "per cent", "per-cent", "pct", "pc", "percentage", "%"}),
    percentage_point_words=frozenset({
        "percentage points", "percentage point", "percentage-points", "percentage-point",
        "pp", "pps", "ppt", "ppts",
    }),
    basis_point_words=frozenset({"basis points", "basis point", "basis-point", "basis-points", "bps", "bp"}),
    currency_names={
        "dollar": "USD", "dollars": "USD", "u.s. dollar": "USD", "u.s. dollars": "USD",
        "u.s.-dollars": "USD", "us dollar": "USD", "us dollars": "USD", "american dollars": "USD",
        "greenbacks": "USD", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "chinese yuan": "CNY",
        "yuan renminbi": "CNY", "euro": "EUR", "euros": "EUR", "ruble": "RUB", "rubles": "RUB",
        "rouble": "RUB", "roubles": "RUB", "russian roubles": "RUB", "rupee": "INR", "rupees": "INR",
        "pakistani rupees": "PKR", "pakistan rupees": "PKR", "indian rupees": "INR", "tenge": "KZT",
        "kazakh tenge": "KZT", "soum": "UZS", "soums": "UZS", "uzbek soums": "UZS",
        "uzbek sums": "UZS", "yen": "JPY", "pounds sterling": "GBP", "sterling": "GBP", "pound sterling": "GBP",
        "francs": "CHF", "swiss francs": "CHF", "won": "KRW", "ringgit": "MYR", "rupiah": "IDR",
        "baht": "THB", "lira": "TRY", "liras": "TRY", "hryvnia": "UAH", "hryvnias": "UAH",
        "rial": "IRR", "rials": "IRR", "riyal": "SAR", "riyals": "SAR", "dirham": "AED", "dirhams": "AED",
        "manat": "AZN", "lari": "GEL", "dram": "AMD", "drams": "AMD", "somoni": "TJS",
        "som": "KGS", "soms": "KGS", "kyrgyz som": "KGS", "afghani": "AFN", "afghanis": "AFN",
        "taka": "BDT", "rand": "ZAR", "reais": "BRL", "pesos": "MXN",
        "hong kong dollars": "HKD", "canadian dollars": "CAD", "australian dollars": "AUD",
        "singapore dollars": "SGD", "new taiwan dollars": "TWD", "taiwan dollars": "TWD",
        "yuan (rmb)": "CNY", "kazakhstani tenge": "KZT",
        # the crowns wire copy writes for kronor and kroner, named with their country ("Swedish crowns");
        # a bare "crowns" may be any of them and is left unread
        "swedish crown": "SEK", "swedish crowns": "SEK", "norwegian crown": "NOK", "norwegian crowns": "NOK",
        "danish crown": "DKK", "danish crowns": "DKK", "czech crown": "CZK", "czech crowns": "CZK",
    },
    currency_subunits={
        "cent": ("USD", 0.01), "cents": ("USD", 0.01), "pence": ("GBP", 0.01), "penny": ("GBP", 0.01),
        "kopecks": ("RUB", 0.01), "kopeks": ("RUB", 0.01), "paise": ("INR", 0.01), "sen": ("MYR", 0.01),
        "fen": ("CNY", 0.01), "jiao": ("CNY", 0.1), "tiyn": ("KZT", 0.01), "eurocents": ("EUR", 0.01),
        "euro cents": ("EUR", 0.01),
    },
    country_aliases={
        "u.s.": "United States", "us": "United States", "usa": "United States", "america": "United States",
        "american": "United States", "uk": "United Kingdom", "u.k.": "United Kingdom",
        "britain": "United Kingdom", "british": "United Kingdom", "england": "United Kingdom",
    },
    money_context=_words(
        "invest invests invested investment investments fund funds funded funding deal deals cost costs "
        "worth budget budgets spend spending spent price prices paid pay revenue revenues profit "
        "profits loan loans £ gbp sterling ipo shares stocks shareholder shareholders dividend "
        "dividends investor investors"
    ),
    reference_agents=_words("with"),
    size_determiners=_words("a an the its his her their this that our"),
    halving_words=_words("halved halving halve halves"),
    digit_words={"double-digit": 10, "double digit": 10, "double-digits": 10, "double digits": 10},
    # China's land measure, in hectares (15 mu make a hectare): "1.02 billion mu (68 million hectares)"
    converted_units={"mu": ("ha", 1 / 15)},
    physical_units={
        "millimeter": "mm", "millimeters": "mm", "millimetre": "mm", "millimetres": "mm",
        "centimeter": "cm", "centimeters": "cm", "centimetre": "cm", "centimetres": "cm",
        "meter": "m", "meters": "m", "metre": "m", "metres": "m", "kilometer": "km",
        "kilometers": "km", "kilometre": "km", "kilometres": "km", "mile": "mi", "miles": "mi",
        "nautical miles": "nmi", "feet": "ft", "foot": "ft", "inch": "in",
        "inches": "in", "yards": "yd", "yard": "yd",
        "square meters": "m2", "square metres": "m2", "square meter": "m2", "square metre": "m2",
        "square kilometers": "km2", "square kilometres": "km2", "square kilometer": "km2",
        "square kilometre": "km2", "sq km": "km2", "sq m": "m2", "sq. km": "km2", "sq. m": "m2", "sq.m": "m2", "sq-km": "km2", "sq.km": "km2", "square miles": "mi2",
        "square feet": "ft2", "sq ft": "ft2", "sq. ft": "ft2", "sq.ft": "ft2", "hectares": "ha", "hectare": "ha",
        "acres": "acre", "acre": "acre",
        "cubic meters": "m3", "cubic metres": "m3", "cubic meter": "m3", "cubic metre": "m3",
        "cu m": "m3", "cu. m": "m3", "cu.m": "m3",  # "65 billion cu m/year"
        "cubic feet": "ft3", "liters": "l", "litres": "l", "liter": "l", "litre": "l",
        "milliliters": "ml", "millilitres": "ml", "gallons": "gal", "gallon": "gal",
        "barrels": "bbl", "barrel": "bbl",
        "grams": "g", "gram": "g", "grammes": "g", "kilograms": "kg", "kilogram": "kg", "kilos": "kg",
        "tonnes": "t", "tonne": "t", "tons": "t", "ton": "t", "metric tons": "t", "metric tonnes": "t", "metric ton": "t", "metric tonne": "t",
        "megatonnes": "Mt", "megatons": "Mt", "pounds": "lb", "lbs": "lb", "ounces": "oz",
        # freight turnover: tonnes carried times kilometres ("2.478 trillion tariff ton-km")
        "ton-km": "t.km", "tonne-km": "t.km", "tkm": "t.km", "ton-kilometers": "t.km", "ton-kilometres": "t.km",
        "tonne-kilometers": "t.km", "tonne-kilometres": "t.km", "tariff ton-km": "t.km", "tariff tonne-km": "t.km",
        "watts": "W", "watt": "W", "kilowatts": "kW", "kilowatt": "kW", "megawatts": "MW", "megawatt": "MW",
        "gigawatts": "GW", "gigawatt": "GW", "terawatts": "TW",
        "kwe": "kW", "mwe": "MW", "gwe": "GW",  # electric output of a power plant: "1,000 MWe"
        "kilowatt hours": "kWh", "kilowatt-hours": "kWh", "kilowatt hour": "kWh", "kilowatt-hour": "kWh",
        "megawatt hours": "MWh", "megawatt-hours": "MWh", "gigawatt hours": "GWh", "gigawatt-hours": "GWh",
        "terawatt hours": "TWh", "terawatt-hours": "TWh", "joules": "J", "gigajoules": "GJ",
        "petajoules": "PJ", "exajoules": "EJ", "calories": "cal", "kilocalories": "kcal",
        "bytes": "B", "kilobytes": "kB", "megabytes": "MB", "gigabytes": "GB", "terabytes": "TB",
        "petabytes": "PB", "exabytes": "EB", "zettabytes": "ZB",
        "megabits per second": "Mbit/s", "gigabits per second": "Gbit/s", "kilobits per second": "kbit/s",
        "terabits per second": "Tbit/s",
        "kilometers per hour": "km/h", "kilometres per hour": "km/h", "kilometers an hour": "km/h",
        "kilometres an hour": "km/h", "miles per hour": "mph", "miles an hour": "mph", "knots": "kn",
        "degrees celsius": "Cel", "degrees fahrenheit": "degF", "teus": "TEU", "teu": "TEU",
        "twenty-foot equivalent units": "TEU", "barrels per day": "bbl/d", "barrels a day": "bbl/d",
        "bpd": "bbl/d", "b/d": "bbl/d", "cubic meters per day": "m3/d",
    },
    unit_per_words=_words("per a an each"),
    time_after_words=_words("ago earlier before later"),
    months=_words(
        """
        January February March April May June July August September October November December
        Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
        """
    ),
    usage_time_units=_words("minute minutes hour hours second seconds"),
    duration_before=_words("for in within after over during lasting lasted lasts took takes"),
    time_nouns=_words(
        """
        year years month months week weeks day days hour hours minute minutes second seconds decade
        decades century centuries quarter quarters time night nights year-old years-old
        yrs weekend weekends semester semesters min mins
        """
    ),
    stop_words=_words(
        """
        a an the this that these those its it their his her our your my of in on at to from for with
        by as into onto over under across through during since until till after before between among
        amid around about against within without via per and or but nor so yet than then while
        whereas if because although though who whom whose which what where when why how is are was
        were be been being am has have had having do does did will would shall should can could may
        might must not no also only just even still already more most less least very each every all
        both some any such other another last next year annually respectively including like they
        them he she we you i there here now ago altogether worldwide nationwide globally
        overall alone compared yearly monthly daily toward towards according up down out off back
        away plus percent per cent s came comes went goes rose rises fell falls grew grows
        made makes became becomes remained remains reached reaches accounted accounts said says showed
        shows stood stands hit hits
        """
    ),
    bare_accept=_words(
        """
        to reached reach reaches reaching hit hits hitting totaled totalled totaling totalling totals
        of at was were is are be been numbered numbers stood stands by between from with
        """
    ),
    name_before=_words(
        """
        no nr nos art article articles chapter section sections paragraph para page pages p pp vol
        volume issue room flight line route rank ranked ranks level phase stage version model top
        gate terminal hall booth resolution resolutions number type class grade track episode season
        lot unit block tel phone fax iso code id covid sars windows iphone ipad galaxy pixel dax
        fortune ftse nikkei s&p nasdaq stoxx mdax sdax tecdax mpc boeing airbus su tu aged ages
        """
    ),
    referential_before=_words("the these those its their his her our your my all both other whose which any each every"),
    period_before=_words("first last next past previous coming recent"),
    idiom_heads=_words("sessions"),
    rank_words=_words(
        """
        largest biggest richest most best top leading greatest highest lowest fastest smallest
        poorest worst strongest wealthiest
        """
    ),
    range_openers=_words("between"),
    change_openers=_words("from"),
    range_joiners=frozenset({"-", "–", "—", "to", "and", "or", "respectively", "through", "till"}),
    level_joiners=frozenset({"to"}),
    range_to_joiners=frozenset({"to", "till", "through"}),
    list_joiners=frozenset({"and", "or"}),
    range_and_joiners=frozenset({"and"}),
    share_joiners=frozenset({"of", "out of"}),
    plural_exceptions=_words(
        """
        people children men women staff personnel police cattle livestock aircraft media data feet
        teeth mice youth crew sheep fish deer series species faculty
        memoranda criteria curricula phenomena businessmen businesswomen chairmen servicemen
        congressmen craftsmen fishermen salesmen spokesmen policemen
        """
    ),
    sentence_starters=_words(
        "The A An In On At By For From With This That These Those It Its He She We They I Some About Around Nearly Almost"
    ),
    clock_words=frozenset({"o'clock", "o’clock"}),
)


# ---- dates and entities

# Words of the fields listed in a body's or an office's portfolio beyond the words of its name
# ("Ministry of Information, Broadcasting and National Heritage"; the fields of an intergovernmental
# commission: "on Trade, Economic, Scientific, Technological and Cultural Cooperation"), lower case.
PORTFOLIO_NOUNS: frozenset[str] = frozenset(
    """broadcasting heritage national publication publications press radio film films television planning
    special initiatives innovation innovations reform reforms industries industrial production petroleum power
    mines minerals mining oil gas railways maritime ports shipping textile textiles food fisheries livestock
    climate change coordination overseas human poverty alleviation welfare youth women religious statistics
    export exports import imports infrastructure construction regional local government integration cooperation
    relations services employment protection privatisation privatization land forestry arts physical training
    research higher vocational engineering geology mineral logistics connectivity consumer competition market
    markets customs taxes revenue budget fiscal monetary works irrigation electricity nuclear space sciences
    investments economic scientific technological technical cultural humanitarian educational commercial
    architecture""".split()
)

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
    "announced urged warned argued informed reported warns argues believes thinks explains adds notes".split()
)
# Verbs of corporate action: a capitalised name right before one acts ("Kazakhmys reported",
# "Uzhydropower plans", "the EU imposed"), so it is an actor, unless the name is a person's.
ACTION_VERBS: frozenset[str] = frozenset(
    "said says reported reports announced announces won wins signed signs plans planned opened opens imposed "
    "imposes posted posts launched launches expects expected produced produces acquired bought sold raised "
    "invested invests operates owns confirmed confirms estimated estimates forecast forecasts unveiled "
    "employs supplies supplied exported imported earned recorded revised".split()
)
# Verbs of corporate action only with the particle that closes their clause (German "gab …
# bekannt"); English verbs of action stand whole.
SEPARABLE_ACTION_VERBS: dict[str, str] = {}
# Plural nouns that make an acronym before them a group of countries, not an actor ("EU countries",
# "G20 members", "CIS states").
# ("CIS republics", "a CIS republic": one of the member states, not the organisation)
GROUP_NOUNS: frozenset[str] = frozenset("countries states members nations economies member republic republics".split())
# A ministry's portfolio as English names it ("Ministry of Commerce", "Trade Ministry"), lower case →
# the portfolio's one English name: a state's ministry named in either language is one actor.
MINISTRY_PORTFOLIOS: dict[str, str] = {
    "commerce": "commerce", "trade": "commerce", "foreign affairs": "foreign affairs", "foreign": "foreign affairs",
    "finance": "finance", "economy": "economy", "economic affairs": "economy", "defence": "defence",
    "defense": "defence", "energy": "energy", "agriculture": "agriculture", "transport": "transport",
    "interior": "interior", "internal affairs": "interior", "home affairs": "interior", "justice": "justice",
    "education": "education", "health": "health", "culture": "culture", "industry": "industry",
    "labour": "labour", "labor": "labour", "environment": "environment",
}

# Nouns that say the capitalised name after them is a company or an outlet ("company Masdar",
# "energy group ACWA Power", "news agency BelTA").
ORG_DESCRIPTORS: dict[str, str] = {
    "company": "company", "firm": "company", "group": "company", "giant": "company", "maker": "company",
    "manufacturer": "company", "operator": "company", "developer": "company", "producer": "company",
    "provider": "company", "carrier": "company", "conglomerate": "company", "corporation": "company",
    "lender": "company", "insurer": "company", "start-up": "company", "startup": "company", "miner": "company",
    "retailer": "company", "airline": "company", "shipper": "company", "brand": "company", "utility": "company",
    "carmaker": "company", "automaker": "company", "chipmaker": "company", "steelmaker": "company",
    "subsidiary": "company", "processor": "company", "trader": "company", "exporter": "company",
    "importer": "company", "supplier": "company", "contractor": "company", "refiner": "company",
    "unit": "company",  # "Naspers unit Prosus": a firm's unit, itself a firm
    "fund": "organization",
    "agency": "media", "newspaper": "media", "daily": "media", "outlet": "media", "broadcaster": "media",
}
# Compound endings that make a German noun an organisation (empty in English: its heads are words).
ORG_COMPOUND_ENDINGS: tuple[str, ...] = ()
# Masculine endings among them (none in English: its adjectives do not inflect).
MASCULINE_ORG_ENDINGS: tuple[str, ...] = ()
NATIONAL_ORG_ENDINGS: tuple[str, ...] = ()  # English names a body by words, not by compound endings
KINDS_OF_FUND: frozenset[str] = frozenset()  # English writes a kind of fund in words ("sovereign wealth fund")
NEUTER_ORG_ENDINGS: tuple[str, ...] = ()
# Words before a role that belong to it ("First Deputy Prime Minister", "acting director").
ROLE_MODIFIERS: frozenset[str] = frozenset(
    "first deputy vice acting former senior executive chief general permanent interim outgoing "
    "incoming assistant associate managing honorary federal additional special".split()
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
    officer
    agency center centre programme program initiative project plan statistics experts photo xinhua general
    deputy vice chief head spokesperson ambassador professor mr mr. ms ms. mrs dr dr. prof prof. according
    officials analysts experts economists residents authorities investors observers critics sources exports
    imports prices sales shares data figures reports traders producers companies farmers workers people
    government governments officials police researchers scientists users customers consumers banks markets
    earlier later today yesterday tomorrow now still yet last next new street square avenue palace
    extraordinary plenipotentiary thousand thousands million millions billion billions percent
    captain capt colonel sir dame
    excellency excellencies your distinguished honored honoured esteemed dear ladies gentlemen guests
    gdp gnp gni cpi ppi pmi fdi vat ipo ebitda yoy bip official""".split()  # economic terms: "with GDP expected to
    # reach"; "reported the Official website"
)
# Words right before "Center"/"Centre"/"Unit" that make it a think tank, not a facility ("Caspian Policy Center").
# Also before "Unit", no head word alone ("Twenty-foot Equivalent Unit" is a measure): "Economist Intelligence Unit".
THINK_TANK_WORDS: frozenset[str] = frozenset(
    # and a centre that processes or coordinates: "National Interbank Processing Center"
    "policy research studies strategic analysis analytical intelligence processing informatization coordination"
    # and one of informatics: "National Informatics Centre (NIC)"
    " informatics"
    # and one that promotes or informs: "Silk Road Industrial Internet Promotion Center", "China
    # International Communication Center" ("The Big Data Cooperation Center opened" is a site)
    " promotion communication communications information".split())
# Irregular past tenses that end an apposition like a regular one ("Nikolai Patrushev, the secretary
# of the Security Council of Russia, met …"); regular ones ("visited") are read by their ending.
IRREGULAR_PAST: frozenset[str] = frozenset(
    "met held gave took made spoke led became went came saw sent paid brought began chose drew flew".split()
)
# Verbs a headline in title case writes capitalised right after a body's name ("The First Meeting of
# the Council of Ministers of … Countries Held in Tashkent"): no word of the name.
HEADLINE_VERBS: frozenset[str] = frozenset(
    "held holds opens opened signs signed launches launched hosts hosted meets discusses discussed approves "
    "approved adopts adopted begins concludes concluded visits visited welcomes welcomed agrees agreed "
    "witnesses witnessed attends attended inaugurates inaugurated calls urges vows pledges".split()
)
# Verbs that report speech, as regular-expression alternatives (a name and a role stand around them).
SAY_VERBS: str = (
    r"said|says|told|noted|added|stated|explained|stressed|emphasi[sz]ed|pointed[^\S\n]+out|remarked|commented|"
    r"observed|announced|believes|urged|highlighted|underlined|warned|argued|revealed|wrote|[Aa]ccording[^\S\n]+to|"
    r"warns|argues|thinks|explains|adds|notes|stresses|insists|insisted|cautioned|cautions|predicts|predicted"
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
    "network": "Network Alliance Consortium",
    "organization": "Ministry Senate Council Chamber Organization Agency Department Commission Committee Administration "
                    "Bureau Office Association Federation Union Institute Academy University Bank Assembly "
                    "Secretariat Parliament Authority Foundation Society School College Polytechnic Force Division Branch "
                    "Fund Service Court Tribunal League Inspectorate Directorate Police Khural Kenesh Majilis Mazhilis Kurultai Duma Akimat Hokimiyat Khokimiyat",  # the region's parliaments; not "Exchange": "Foreign Exchange reserves"; not "Government": a government is
                    # no organisation ("the Government of Pakistan", as "die kasachische Regierung")
    "company": "Company Corporation Corp Corp. Co Co. Ltd Ltd. Limited Inc Inc. Holdings Group PLC Plc LLP LLC JSC "
               "PJSC Pvt Pvt. AG GmbH BV B.V. NV N.V. AB Holding Airways Airlines Railways Networks Towers Labs Ventures Co.Ltd Co.,Ltd SA S.A. SpA Oy Oyj ASA",  # "Sampo Rosenlew Oy", "Palo Alto Networks", "Indus Towers", "Societe Generale SA", "Zanmai Labs", "GSV Ventures"
    "media": "Daily Times Post News Television TV Radio Broadcasting Newspaper Express Journal Herald Tribune Gazette "
             "Newswires",  # "Dow Jones Newswires"
    "place": "Province District County City Region Prefecture",
}
# Frequent English common nouns that open a sentence capitalised ("According to Analysts").
COMMON_NOUNS: frozenset[str] = frozenset(
    """data figures statistics estimates estimate report reports survey study experts analysts observers
    economists government authorities companies firms banks market markets prices price country countries
    state states region world year years month months week ends percent exports imports production economy
    trade industry energy power gas oil coal water people workers customers costs investment investments
    projects project plant plants media information officials sources""".split()
)
# Nouns for data whose source follows: "data from Eurostat", "figures of the ADB".
SOURCE_NOUNS: frozenset[str] = frozenset(
    "data figures statistics estimates estimate calculations forecast forecasts report information survey".split()
)
# Words before a person's name that say who speaks (the German list drives the cue finder).
PERSON_CUES: frozenset[str] = frozenset(
    "according president minister professor chief spokesperson spokesman spokeswoman director economist "
    "analyst expert".split()
)
# Plural descriptors before a list of company names ("companies such as A, B and C").
LIST_DESCRIPTORS: frozenset[str] = frozenset(
    "companies firms groups banks lenders producers manufacturers operators carriers insurers developers "
    "miners utilities investors corporations conglomerates organisations organizations "
    # consumer companies: "restaurants Shokoladnitsa, IL Patio, and Yakitoria", "retailers A and B"
    "restaurants chains retailers airlines brands "
    # rivals and makers: "competitors such as ABB", "automakers like BYD and Geely"
    "rivals competitors automakers carmakers makers forwarders suppliers vendors giants oems providers".split()
)
# Words opening such a list after its descriptor.
LIST_OPENERS: frozenset[str] = frozenset({"such as", "like", "including", "namely", "notably", "among them"})
# Verb stems of corporate action in a clause ("bought", "supplies", "builds").
CORPORATE_STEMS: tuple[str, ...] = (
    "buy", "bought", "acquir", "sell", "sold", "suppl", "build", "built", "produc", "invest", "report",
    "export", "import", "open", "sign", "launch", "operat", "employ", "manufactur",
)
# Finite auxiliaries and modal verbs in the verb slot after a subject ("the EU has …").
AUXILIARIES: frozenset[str] = frozenset("has had will plans is was would could can".split())
# Nouns naming a website cited as a source ("the Kursiv website reports").
WEBSITE_WORDS: frozenset[str] = frozenset("website site portal webpage".split())
# Acronyms and names that stand for a set of states: a mention only where they act ("the EU
# imposed"), not "the GDP of the European Union".
# The Eurasian Economic Union is not one of them: labelled as the organisation it is wherever it is
# named ("the turnover of the Eurasian Economic Union"), like its commission.
COUNTRY_GROUPS: frozenset[str] = frozenset("EU CIS G7 G8 G20".split()) | {
    "European Union", "Commonwealth of Independent States",
}
# Words after a group acronym naming the area its states make up: "the CIS free trade zone".
GROUP_AREA_ENDINGS: tuple[str, ...] = ("zone", "area", "region", "market", "markets")
# Words right before a group acronym (or its article) that make it no subject: "in the EU".
NOT_SUBJECT_BEFORE: frozenset[str] = frozenset(
    "of in into from with to within outside across between for against over on at".split()
)
