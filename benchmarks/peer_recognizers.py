"""Conformance of the figure extractor with the Recognizers-Text number and unit specifications.

The specs (Microsoft Recognizers-Text, MIT) are read from ``../shared/peer/recognizers-text/``
(the repository's parent folder; override with ``SCO_DIGITAL_SHARED``), never copied. Each file
is filtered to the cases the figure contract (DESIGN.md §3) covers -- why, per file, is in
:data:`COVERAGE` -- and a covered case passes when every expected result is found: a figure
overlapping the expected span's value (relative 1e-6) and, where the contract has the unit, the
same unit (ISO 4217 code, UCUM-style symbol, percent).

    python benchmarks/peer_recognizers.py            # pass rate per file
    python benchmarks/peer_recognizers.py --fails    # also list the failing covered cases
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sco_digital.extract.numbers import FoundFigure, extract_figures  # noqa: E402

LANGUAGES = {"English": "en", "German": "de"}
MODELS = ("NumberModel", "PercentModel", "NumberRangeModel", "CurrencyModel", "DimensionModel")

COVERAGE = {
    "NumberModel": "only numbers followed by a word (a counted noun or a unit): a bare number, an "
    "ordinal, a fraction written with a slash or an arithmetic expression is no statistic (§3)",
    "PercentModel": "every case with a numeric value: percentages are figures; value checked, unit percent",
    "NumberRangeModel": "closed ranges (both ends) and one-sided bounds; values of the ends checked "
    "(ranges of ordinals and of bare numbers in formulas are outside the contract)",
    "CurrencyModel": "amounts in a current ISO 4217 currency or its sub-unit (converted: 45 cents -> "
    "0.45 USD); historic currencies (markka, peseta, guilder) and crypto (Bitcoin) are out",
    "DimensionModel": "physical units the contract writes (length, area, volume, mass, data, speed); "
    "kitchen measures, angles and per-millisecond speeds are out",
}

# Recognizers-Text unit names -> the contract's units.
CURRENCIES = {
    "Dollar": "USD", "United States dollar": "USD", "Canadian dollar": "CAD", "Pound": "GBP",
    "British pound": "GBP", "Hong Kong dollar": "HKD", "Franc": "CHF", "Swiss franc": "CHF",
    "Australian dollar": "AUD", "Japanese yen": "JPY", "Chinese yuan": "CNY", "Euro": "EUR",
    "Costa Rican colón": "CRC", "Georgian lari": "GEL", "Lao kip": "LAK", "Sri Lankan rupee": "LKR",
    "Turkish lira": "TRY", "Rupee": "INR", "Indian rupee": "INR", "Mexican peso": "MXN",
    "New Zealand dollar": "NZD", "Cambodian riel": "KHR",
}
SUBUNITS = {"Cent": ("USD", 0.01), "Pence": ("GBP", 0.01), "Penny": ("GBP", 0.01), "Sen": ("MYR", 0.01)}
DIMENSIONS = {
    "Pound": "lb", "Milliliter": "ml", "Inch": "in", "Mile": "mi", "Barrel": "bbl", "Foot": "ft",
    "Ounce": "oz", "Acre": "acre", "Gallon": "gal", "Cubic foot": "ft3", "Square meter": "m2",
    "Ton": "t", "Metric ton": "t", "Mile per hour": "mph", "Meter": "m", "Kilometer": "km",
    "Millimeter": "mm", "Square kilometer": "km2", "Megabyte": "MB", "Kilometer per hour": "km/h",
    "Kilogram": "kg", "Gram": "g", "Liter": "l", "Cubic meter": "m3", "Gigabyte": "GB",
    "Nanometer": "nm", "Meter per second": "m/s",
}


def shared_dir() -> Path | None:
    """``../shared`` beside the repository, or ``$SCO_DIGITAL_SHARED``; None when neither exists."""
    for candidate in (os.environ.get("SCO_DIGITAL_SHARED"), ROOT.parent / "shared"):
        if candidate and (Path(candidate) / "peer" / "recognizers-text").is_dir():
            return Path(candidate)
    return None


@dataclass(frozen=True)
class Expected:
    start: int
    end: int
    value: float
    unit: str | None  # None: any unit


@dataclass(frozen=True)
class Case:
    model: str
    language: str
    input: str
    expected: tuple[Expected, ...]


def _number(raw: object) -> float | None:
    try:
        return float(str(raw).replace(",", ".").rstrip("%"))
    except ValueError:
        return None


def _number_case(text: str, result: dict) -> list[Expected] | None:
    if result["Resolution"].get("subtype") in ("fraction", "power") or "/" in result["Text"]:
        return None
    value = _number(result["Resolution"].get("value"))
    end = result["End"] + 1
    rest = text[end:]
    if value is None or not rest[:1].isspace() or not rest.strip()[:1].isalpha():
        return None
    return [Expected(result["Start"], end, value, None)]


def _percent_case(text: str, result: dict) -> list[Expected] | None:
    value = _number(result["Resolution"].get("value"))
    return None if value is None else [Expected(result["Start"], result["End"] + 1, value, "percent")]


def _range_case(text: str, result: dict) -> list[Expected] | None:
    raw = str(result["Resolution"].get("value", ""))
    if not raw[:1] in "[(" or "," not in raw:
        return None
    low, high = (_number(part) if part else None for part in raw[1:-1].split(","))
    ends = [v for v in (low, high) if v is not None]
    if not ends:
        return None
    return [Expected(result["Start"], result["End"] + 1, v, None) for v in ends]


def _currency_case(text: str, result: dict) -> list[Expected] | None:
    unit = result["Resolution"].get("unit")
    value = _number(result["Resolution"].get("value"))
    if value is None:
        return None
    if unit in SUBUNITS:
        code, factor = SUBUNITS[unit]
        return [Expected(result["Start"], result["End"] + 1, value * factor, code)]
    if unit in CURRENCIES:
        return [Expected(result["Start"], result["End"] + 1, value, CURRENCIES[unit])]
    return None


def _dimension_case(text: str, result: dict) -> list[Expected] | None:
    unit = result["Resolution"].get("unit")
    value = _number(result["Resolution"].get("value"))
    if value is None or unit not in DIMENSIONS:
        return None
    return [Expected(result["Start"], result["End"] + 1, value, DIMENSIONS[unit])]


READERS: dict[str, Callable[[str, dict], list[Expected] | None]] = {
    "NumberModel": _number_case, "PercentModel": _percent_case, "NumberRangeModel": _range_case,
    "CurrencyModel": _currency_case, "DimensionModel": _dimension_case,
}


def covered_cases(shared: Path, language: str, model: str) -> Iterator[Case]:
    """The cases of one spec file the figure contract covers."""
    path = shared / "peer" / "recognizers-text" / language / f"{model}.json"
    for raw in json.loads(path.read_text(encoding="utf-8-sig")):
        results = raw.get("Results") or []
        if not results:
            continue
        expected: list[Expected] = []
        for result in results:
            read = READERS[model](raw["Input"], result)
            if read is None:
                expected = []
                break
            expected += read
        if expected:
            yield Case(model, LANGUAGES[language], raw["Input"], tuple(expected))


def passes(case: Case, figures: list[FoundFigure]) -> bool:
    def found(e: Expected) -> bool:
        return any(
            f.start <= e.end and e.start <= f.end
            and abs(f.value - e.value) <= 1e-6 * max(1.0, abs(e.value))
            and (e.unit is None or f.unit == e.unit)
            for f in figures
        )

    return all(found(e) for e in case.expected)


def pass_rates(shared: Path) -> dict[tuple[str, str], tuple[int, int, list[Case]]]:
    """(language, model) -> (passed, covered, failing cases)."""
    rates = {}
    for language in LANGUAGES:
        for model in MODELS:
            cases = list(covered_cases(shared, language, model))
            failing = [c for c in cases if not passes(c, extract_figures(c.input, c.language))]
            rates[(language, model)] = (len(cases) - len(failing), len(cases), failing)
    return rates


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fails", action="store_true", help="list the failing covered cases")
    args = parser.parse_args()
    shared = shared_dir()
    if shared is None:
        print("no ../shared/peer/recognizers-text (set SCO_DIGITAL_SHARED)", file=sys.stderr)
        return 1
    for (language, model), (ok, total, failing) in pass_rates(shared).items():
        print(f"{language:8} {model:17} {ok:4d}/{total:<4d} = {ok / total if total else 0:6.1%}   ({COVERAGE[model][:60]}…)")
        if args.fails:
            for case in failing:
                got = [(f.text, f.value, f.unit) for f in extract_figures(case.input, case.language)]
                print(f"    {case.input[:90]!r} want {[(e.value, e.unit) for e in case.expected]} got {got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
