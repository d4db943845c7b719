"""Tables for people, with rich: fit the terminal, wrap long quotes, numbers right-aligned.

Only imported for `--format table`, so JSON queries never pay for rich.
"""

from __future__ import annotations

from typing import Any, Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .terminal import Terminal


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


_WIDE = {"quote", "evidence", "statement", "title", "role", "sources", "sentence", "context", "message", "label"}
_SHORT = {"id", "text", "value", "unit", "qualifier", "language", "published", "kind", "status", "article", "score",
          "date", "end_date", "start", "end", "offsets", "figures", "facts", "initiatives", "words", "chars",
          "country", "mentions", "precision"}
_NUMERIC = {"value", "chars", "words", "start", "end", "figures_count", "facts", "initiatives_count"}


def print_table(
    rows: list[dict[str, Any]],
    terminal: Terminal,
    columns: Sequence[str] | None = None,
    title: str | None = None,
) -> None:
    console = console_for(terminal)
    if not rows:
        console.print(Text("(nothing found)", style="dim"))
        return
    keys = list(columns) if columns else list(rows[0])
    wide = any(key in _WIDE for key in keys)
    table = Table(title=title, show_lines=wide, expand=wide, header_style="bold", title_justify="left")
    for key in keys:
        numeric = key in _NUMERIC or all(isinstance(r.get(key), (int, float)) and not isinstance(r.get(key), bool)
                                         for r in rows if r.get(key) is not None) and any(
            r.get(key) is not None for r in rows)
        short = key in _SHORT or numeric
        table.add_column(
            key,
            justify="right" if numeric else "left",
            overflow="fold",
            ratio=None if short else (4 if key in _WIDE else 2),
            no_wrap=short,
            min_width=None if short else 10,
        )
    for row in rows:
        table.add_row(*(Text(cell_text(row.get(key))) for key in keys))
    console.print(table)

