"""Records as a pandas DataFrame, for notebooks: `corpus.to_frame("figures")`.

pandas is not a dependency: it is imported only here, and a clear error says so when it is
missing. Every column keeps the record's JSON value; ids (article "000", figure "001:1187")
stay strings, never numbers, and nested values (evidence, names) stay Python objects.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .errors import UsageError
from .records import to_dict

RECORD_KINDS = ("articles", "actors", "figures", "initiatives", "facts")


def records_frame(records: Iterable[Any], columns: list[str]) -> Any:
    """A DataFrame with one row per record and the contract's keys as columns."""
    try:
        import pandas as pd
    except ImportError:
        raise UsageError("to_frame needs pandas: pip install pandas") from None
    rows = [to_dict(r) for r in records]
    frame = pd.DataFrame.from_records(rows, columns=columns)
    for column in ("id", "article", "articles"):
        if column in frame.columns:
            frame[column] = frame[column].astype(object)
    return frame
