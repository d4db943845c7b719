"""Tables for people, with rich: fit the terminal, wrap long quotes, numbers right-aligned.

Only imported for `--format table`, so JSON queries never pay for rich.
"""

from __future__ import annotations

from typing import Any, Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .terminal import Terminal, terminal_safe


def console_for(terminal: Terminal, stderr: bool = False) -> Console:
    return Console(
        file=terminal.stderr if stderr else terminal.stdout,
        width=terminal.width,
        force_terminal=terminal.color,
        no_color=not terminal.color,
        color_system="auto" if terminal.color else None,
        highlight=False,
        emoji=False,
        markup=False,
        soft_wrap=False,
        legacy_windows=False,
    )


def safe_text(text: str, style: str = "") -> Text:
    """A rich Text of data (article words, titles, ids): no markup, no control characters."""
    return Text(terminal_safe(text), style=style)


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        if "quote" in value:
            return str(value["quote"])
        return " / ".join(f"{v}" for v in value.values() if v)
    if isinstance(value, list):
        if value and isinstance(value[0], dict) and "quote" in value[0]:
            return f"{len(value)} mention{'s' if len(value) != 1 else ''}"
        return ", ".join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:,.10g}" if abs(value) >= 1000 else f"{value:g}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


_WIDE = {"quote", "evidence", "statement", "title", "role", "sources", "sentence", "context", "message", "label",
         "name", "text", "counted", "as written", "matched", "articles", "topics"}
_NUMERIC = {"value", "chars", "words", "start", "end", "figures_count", "facts", "initiatives_count", "score"}

# At narrow widths optional columns go, in this order (first listed, first gone); the words a
# record came from (quote, evidence, sources) go last of all, and only when nothing else is left
# to drop. Columns not listed here (id, name, value, unit, qualifier, statement, status …) stay.
DROP_ORDER = ("topics", "matched", "articles", "mentions", "counted", "measure", "period", "subject", "country",
              "affiliation", "end_date", "place", "source", "words", "chars", "language", "kind", "role", "date",
              "published", "text", "label_en", "label_de", "title")
QUOTE_COLUMNS = ("quote", "evidence", "sources")
# A wrapping column is never squeezed below these widths (a longer word folds inside it); the
# words a record came from get room enough to be read.
_WRAP_MIN = 10
_QUOTE_MIN = 20


def print_table(
    rows: list[dict[str, Any]],
    terminal: Terminal,
    columns: Sequence[str] | None = None,
    title: str | None = None,
    wide: bool = False,
) -> None:
    """A table that never cuts a value: cells wrap (numbers and short codes never break); when
    the terminal is too narrow, optional columns are left out in `DROP_ORDER`; `wide` keeps every
    column and lets the table be as wide as it needs."""
    console = console_for(terminal)
    if not rows:
        console_for(terminal, stderr=True).print(Text("(nothing found)", style="dim"))
        return
    keys = list(columns) if columns else list(rows[0])
    cells = {key: [terminal_safe(cell_text(row.get(key))) for row in rows] for key in keys}
    numeric = {key for key in keys if key in _NUMERIC or _all_numbers(rows, key)}
    wraps = {key for key in keys if key in _WIDE and key not in numeric}
    need = {key: _min_width(key, cells[key], key in wraps) for key in keys}
    if wide:
        natural = sum(max(len(key), *(_longest_line(c) for c in cells[key])) + 3 for key in keys) + 1
        console.width = max(console.width, natural)
    else:
        keys = _fit(keys, need, console.width)
    table = Table(title=title, show_lines=bool(wraps & set(keys)), expand=bool(wraps & set(keys)),
                  header_style="bold", title_justify="left")
    for key in keys:
        table.add_column(
            key,
            justify="right" if key in numeric else "left",
            overflow="fold",
            ratio=(4 if key in QUOTE_COLUMNS or key == "statement" else 2) if key in wraps else None,
            min_width=need[key],
        )
    for i in range(len(rows)):
        table.add_row(*(Text(cells[key][i]) for key in keys))
    console.print(table)


def _all_numbers(rows: list[dict[str, Any]], key: str) -> bool:
    values = [r.get(key) for r in rows if r.get(key) is not None]
    return bool(values) and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)


def _longest_line(text: str) -> int:
    return max((len(line) for line in text.split("\n")), default=0)


def _min_width(key: str, cells: list[str], wraps: bool) -> int:
    """The narrowest a column may be without breaking a value: a short column is as wide as its
    longest cell; a wrapping one as its longest word, within bounds."""
    if wraps:
        longest_word = max((len(w) for c in cells for w in c.split()), default=0)
        floor = _QUOTE_MIN if key in QUOTE_COLUMNS or key == "statement" else _WRAP_MIN
        return max(floor, min(longest_word, _QUOTE_MIN), min(len(key), _WRAP_MIN))
    return max(len(key), *(_longest_line(c) for c in cells))


def _fit(keys: list[str], need: dict[str, int], width: int) -> list[str]:
    """Leave out optional columns, in `DROP_ORDER` (quotes last), until the rest fit `width`."""
    def total(ks: list[str]) -> int:
        return sum(need[k] + 3 for k in ks) + 1  # a column's padding and border, and the last border

    kept = list(keys)
    for victim in (*DROP_ORDER, *QUOTE_COLUMNS):
        if total(kept) <= width:
            break
        if victim in kept and len(kept) > 1:
            kept.remove(victim)
    return kept
