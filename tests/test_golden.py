"""Golden JSON for key queries: a diff shows exactly what changed.

Regenerate after an intended change with `UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py`
and read the diff before committing it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden"
QUERIES = {
    "facts-talent": ["facts", "--topic", "talent", "--json"],
    "figures-000": ["figures", "--article", "000", "--json"],
    "compare-000-001": ["compare", "000", "001", "--json"],
    "actors-person": ["actors", "--kind", "person", "--json", "--fields", "id,name,role,affiliation,articles"],
}


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_golden(run, name):
    result = run(*QUERIES[name])
    assert result.exit_code == 0, result.output
    actual = json.loads(result.stdout)
    path = GOLDEN / f"{name}.json"
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert actual == expected
