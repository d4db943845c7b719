"""Generate `sco_digital/match/countries.json`: every ISO 3166 country with English and German names.

Names come from pycountry (ISO 3166-1: alpha-3, official and common names) and Babel's CLDR
territory names (English and German display names); neither is a run-time dependency, the JSON
is committed and read with `importlib.resources`. CLDR has no adjectives or demonyms, so those
come from the small hand-written table `ADJECTIVES` below (and a few names news uses besides
CLDR's, "Turkey", "USA", "Weißrussland", from `EXTRA_NAMES`): the ~60 countries most often named in
the beat's news, English adjectives as written and German adjective stems ("kasachisch", to
which the reader adds the endings -e, -en, -er, -es, -em).

    python scripts/gen_countries.py            # rewrite the JSON
    python scripts/gen_countries.py --check    # exit 1 if the committed JSON is stale
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pycountry
from babel import Locale

OUT = Path(__file__).resolve().parent.parent / "sco_digital" / "match" / "countries.json"

# alpha-3: (English adjectives, German adjective stems). Hand-written: CLDR has none.
ADJECTIVES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "AFG": (("Afghan",), ("afghanisch",)),
    "ARE": (("Emirati",), ("emiratisch",)),
    "ARM": (("Armenian",), ("armenisch",)),
    "AUS": (("Australian",), ("australisch",)),
    "AUT": (("Austrian",), ("österreichisch",)),
    "AZE": (("Azerbaijani", "Azeri"), ("aserbaidschanisch",)),
    "BGD": (("Bangladeshi",), ("bangladeschisch",)),
    "BLR": (("Belarusian",), ("belarussisch", "weißrussisch")),
    "BRA": (("Brazilian",), ("brasilianisch",)),
    "CAN": (("Canadian",), ("kanadisch",)),
    "CHE": (("Swiss",), ("schweizerisch",)),
    "CHN": (("Chinese",), ("chinesisch",)),
    "CZE": (("Czech",), ("tschechisch",)),
    "DEU": (("German",), ("deutsch",)),
    "EGY": (("Egyptian",), ("ägyptisch",)),
    "ESP": (("Spanish",), ("spanisch",)),
    "ETH": (("Ethiopian",), ("äthiopisch",)),
    "FIN": (("Finnish",), ("finnisch",)),
    "FRA": (("French",), ("französisch",)),
    "GBR": (("British",), ("britisch",)),
    "GEO": (("Georgian",), ("georgisch",)),
    "GRC": (("Greek",), ("griechisch",)),
    "HUN": (("Hungarian",), ("ungarisch",)),
    "IDN": (("Indonesian",), ("indonesisch",)),
    "IND": (("Indian",), ("indisch",)),
    "IRN": (("Iranian",), ("iranisch",)),
    "IRQ": (("Iraqi",), ("irakisch",)),
    "ISR": (("Israeli",), ("israelisch",)),
    "ITA": (("Italian",), ("italienisch",)),
    "JPN": (("Japanese",), ("japanisch",)),
    "KAZ": (("Kazakh", "Kazakhstani"), ("kasachisch",)),
    "KGZ": (("Kyrgyz",), ("kirgisisch",)),
    "KHM": (("Cambodian",), ("kambodschanisch",)),
    "KOR": (("South Korean", "Korean"), ("südkoreanisch",)),
    "LAO": (("Lao", "Laotian"), ("laotisch",)),
    "LKA": (("Sri Lankan",), ("sri-lankisch",)),
    "MDV": (("Maldivian",), ("maledivisch",)),
    "MMR": (("Myanmar",), ("myanmarisch",)),
    "MNG": (("Mongolian",), ("mongolisch",)),
    "MYS": (("Malaysian",), ("malaysisch",)),
    "NLD": (("Dutch",), ("niederländisch",)),
    "NPL": (("Nepali", "Nepalese"), ("nepalesisch",)),
    "NOR": (("Norwegian",), ("norwegisch",)),
    "PAK": (("Pakistani",), ("pakistanisch",)),
    "PHL": (("Philippine", "Filipino"), ("philippinisch",)),
    "POL": (("Polish",), ("polnisch",)),
    "PRK": (("North Korean",), ("nordkoreanisch",)),
    "QAT": (("Qatari",), ("katarisch",)),
    "RUS": (("Russian",), ("russisch",)),
    "SAU": (("Saudi", "Saudi Arabian"), ("saudi-arabisch", "saudisch")),
    "SGP": (("Singaporean",), ("singapurisch",)),
    "SRB": (("Serbian",), ("serbisch",)),
    "SWE": (("Swedish",), ("schwedisch",)),
    "THA": (("Thai",), ("thailändisch",)),
    "TJK": (("Tajik",), ("tadschikisch",)),
    "TKM": (("Turkmen",), ("turkmenisch",)),
    "TUR": (("Turkish",), ("türkisch",)),
    "UKR": (("Ukrainian",), ("ukrainisch",)),
    "USA": (("American", "US", "U.S."), ("amerikanisch", "US-amerikanisch")),
    "UZB": (("Uzbek",), ("usbekisch",)),
    "VNM": (("Vietnamese",), ("vietnamesisch",)),
    "ZAF": (("South African",), ("südafrikanisch",)),
}


# alpha-3: (English, German) names news uses besides the CLDR ones. Hand-written, like ADJECTIVES.
EXTRA_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ARE": (("UAE", "U.A.E."), ("VAE",)),
    "BLR": ((), ("Weißrussland",)),
    "CZE": (("Czech Republic",), ("Tschechische Republik",)),
    "GBR": (("UK", "Britain", "Great Britain"), ("Großbritannien",)),
    "KGZ": (("Kyrgyz Republic",), ("Kirgistan", "Kirgisien", "Kirgisische Republik")),
    "KOR": (("Korea",), ()),
    "RUS": (("Russian Federation",), ("Russische Föderation",)),
    "TUR": (("Turkey",), ()),
    "USA": (("USA", "US", "U.S.", "America"), ("USA", "Amerika")),
}


# CLDR's German display name of a special administrative region ("Sonderverwaltungsregion Hongkong")
# is its formal name; news writes the region's own name ("Hongkong", "Macau"), as CLDR's short form
# (which Babel does not carry) does.
_SAR_DE = "Sonderverwaltungsregion "


def build() -> list[dict[str, object]]:
    """One entry per ISO 3166-1 country, sorted by alpha-3."""
    en, de = Locale("en"), Locale("de")
    rows = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        english = {en.territories.get(country.alpha_2), country.name, getattr(country, "common_name", None)}
        german = {de.territories.get(country.alpha_2)}
        german |= {name.removeprefix(_SAR_DE) for name in german if name and name.startswith(_SAR_DE)}
        adjectives = ADJECTIVES.get(country.alpha_3, ((), ()))
        extra = EXTRA_NAMES.get(country.alpha_3, ((), ()))
        english |= set(extra[0])
        german |= set(extra[1])
        rows.append({
            "alpha3": country.alpha_3,
            "alpha2": country.alpha_2,
            "en": en.territories.get(country.alpha_2) or country.name,
            "de": de.territories.get(country.alpha_2) or country.name,
            "names_en": sorted(n for n in english if n and "," not in n),
            "names_de": sorted(n for n in german if n and "," not in n),
            "adjectives_en": list(adjectives[0]),
            "adjective_stems_de": list(adjectives[1]),
        })
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed JSON differs")
    args = parser.parse_args(argv)
    text = json.dumps(build(), ensure_ascii=False, indent=1) + "\n"
    if args.check:
        stale = not OUT.is_file() or OUT.read_text(encoding="utf-8") != text
        print(f"{OUT} is {'stale' if stale else 'up to date'}", file=sys.stderr)
        return int(stale)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(text):,} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
