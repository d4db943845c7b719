"""How hard the property tests try: a short run by default (CI), longer on request.

    SCO_DIGITAL_FUZZ=50 python -m pytest tests/test_extract_numbers.py tests/test_robustness.py

multiplies every property test's examples by 50 (see README, "Development").
"""

from __future__ import annotations

import os

SCALE = max(1, int(os.environ.get("SCO_DIGITAL_FUZZ", "1") or 1))


def fuzz(examples: int) -> int:
    return examples * SCALE
