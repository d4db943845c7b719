"""Generate ``sco_digital/extract/lang/currencies.json`` from ISO 4217 (pycountry) and CLDR (Babel).

The figure extractor reads the generated file at run time (``importlib.resources``); pycountry
and Babel are needed only to run this script:

    python scripts/gen_currencies.py            # rewrite the file
    python scripts/gen_currencies.py --check    # exit 1 when the committed file is stale

For every current ISO 4217 code: English and German names, singular and plural where CLDR has
them, the symbols CLDR uses for it in any locale (only those with a character that is not an
ASCII letter: "CA$", "₸", "zł"; bare letter symbols such as "R" or "kr" are too ambiguous in
prose), the number of minor-unit digits, and the countries that use it (CLDR's territory
currencies in tender today, with the English and German country names): "rupees" in a story
about Pakistan are PKR, in one about Sri Lanka LKR. Hand-written words (adjectives such as "U.S.
dollars", sub-units such as "cents") live in ``sco_digital/extract/lang/en.py`` and ``de.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "sco_digital" / "extract" / "lang" / "currencies.json"


def build() -> dict[str, object]:
    import babel
    import pycountry
    from babel import Locale, localedata
    from babel.numbers import get_currency_name, get_currency_precision, get_territory_currencies

    codes = sorted(c.alpha_3 for c in pycountry.currencies if not c.alpha_3.startswith("X"))
    codes += ["XAF", "XOF", "XCD", "XPF"]  # the X codes that are money, not metals or test codes
    symbols: dict[str, set[str]] = {code: set() for code in codes}
    for ident in localedata.locale_identifiers():
        try:
            data = Locale.parse(ident).currency_symbols
        except Exception:  # noqa: BLE001 - a locale Babel lists but cannot load
            continue
        for code in codes:
            symbol = data.get(code)
            if (symbol and symbol != code and len(symbol) <= 4 and not symbol.isalpha()
                    and not any(ch.isspace() for ch in symbol) and "." not in symbol):
                symbols[code].add(symbol)
    countries: dict[str, dict[str, set[str]]] = {code: {"en": set(), "de": set()} for code in codes}
    territory_names = {lang: Locale.parse(lang).territories for lang in ("en", "de")}
    for territory in sorted(territory_names["en"]):
        if not (len(territory) == 2 and territory.isalpha() and territory.isupper()):
            continue  # regions ("001", "419") and groupings are not countries
        for code in get_territory_currencies(territory, tender=True):
            if code in countries:
                for lang in ("en", "de"):
                    name = territory_names[lang].get(territory)
                    if name:
                        countries[code][lang].add(name)
    table = {}
    for code in sorted(set(codes)):
        names = {}
        for lang in ("en", "de"):
            one = get_currency_name(code, 1, lang)
            other = get_currency_name(code, 2, lang)
            plain = get_currency_name(code, None, lang)
            names[lang] = sorted({n for n in (one, other, plain) if n and n != code})
        table[code] = {
            "names": names,
            "symbols": sorted(symbols[code]),
            "minor_units": get_currency_precision(code),
            "countries": {lang: sorted(names) for lang, names in countries[code].items()},
        }
    return {
        "source": f"ISO 4217 via pycountry {pycountry.__version__}; names and symbols CLDR via Babel {babel.__version__}",
        "generated_by": "scripts/gen_currencies.py",
        "currencies": table,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the committed file differs")
    args = parser.parse_args()
    text = json.dumps(build(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"stale: run {Path(__file__).name}", file=sys.stderr)
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(text):,} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
