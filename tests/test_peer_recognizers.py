"""Recognizers-Text specifications (English and German) as a conformance suite for the figure
extractor. Which cases of each file the figure contract covers, and why, is decided in
`benchmarks/peer_recognizers.py` (``COVERAGE``); the floors here sit a little under the pass rates
it reports. The specs are read from ``../shared/peer/recognizers-text`` (or ``$SCO_DIGITAL_SHARED``);
the test is skipped when they are absent."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("peer_recognizers", ROOT / "benchmarks" / "peer_recognizers.py")
assert _spec is not None and _spec.loader is not None
peer = importlib.util.module_from_spec(_spec)
sys.modules["peer_recognizers"] = peer  # dataclasses look their module up
_spec.loader.exec_module(peer)


def _shared() -> Path | None:
    for candidate in (Path(__file__).resolve().parents[2] / "shared", os.environ.get("SCO_DIGITAL_SHARED")):
        if candidate and (Path(candidate) / "peer" / "recognizers-text").is_dir():
            return Path(candidate)
    return None


SHARED = _shared()

# Pass-rate floors per file (reached: see the report of benchmarks/peer_recognizers.py).
FLOORS = {
    ("English", "NumberModel"): 0.30,  # bare numbers and arithmetic are not figures; few cases covered
    ("English", "PercentModel"): 0.55,  # "percent of 10" (a formula, not news) is not read
    ("English", "NumberRangeModel"): 0.58,  # ranges of bare numbers in formulas ("x>10") are not figures
    ("English", "CurrencyModel"): 0.66,  # lower-cased "c $ 5" and compound amounts ("3 dollars 50 cents")
    ("English", "DimensionModel"): 0.64,
    ("German", "NumberModel"): 0.08,  # almost all bare numbers and ordinals
    ("German", "PercentModel"): 0.65,
    ("German", "NumberRangeModel"): 0.95,
    ("German", "CurrencyModel"): 0.60,
    ("German", "DimensionModel"): 0.45,
}


@pytest.fixture(scope="module")
def rates() -> dict:
    if SHARED is None:
        pytest.skip("../shared/peer/recognizers-text is absent (set SCO_DIGITAL_SHARED)")
    return peer.pass_rates(SHARED)


@pytest.mark.parametrize(("language", "model"), sorted(FLOORS))
def test_pass_rate_per_file(rates: dict, language: str, model: str) -> None:
    passed, covered, _ = rates[(language, model)]
    assert covered > 0
    assert passed / covered >= FLOORS[(language, model)], f"{language} {model}: {passed}/{covered}"


def test_every_model_states_its_coverage() -> None:
    assert set(peer.COVERAGE) == set(peer.MODELS)
