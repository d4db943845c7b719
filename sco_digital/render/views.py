"""Table views of single objects (an article, an actor, a comparison) for people, with rich."""

from __future__ import annotations

from typing import Any

from rich.padding import Padding
from rich.table import Table

from .tables import cell_text, console_for, print_table, safe_text
from .terminal import Terminal, terminal_safe


def _meta_table(pairs: list[tuple[str, Any]]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column(overflow="fold")
    for key, value in pairs:
        if value not in (None, "", [], ()):
            table.add_row(key, safe_text(cell_text(value)))
    return table


def show_article(data: dict[str, Any], terminal: Terminal) -> None:
    console = console_for(terminal)
    art = data["article"]
    console.print(safe_text(f"{art['id']}  {art['title']}", style="bold"))
    console.print(_meta_table([(k, art.get(k)) for k in (
        "language", "published", "time", "source", "authors", "editors", "url", "section", "related",
        "words", "sha256", "curated")]))
    console.print()
    text = safe_text(art["text"].strip("\n"))
    offset = len(art["text"]) - len(art["text"].lstrip("\n"))
    for figure in data["figures"]:
        start = int(figure["id"].split(":")[1]) - offset
        text.stylize("bold reverse" if terminal.color else "", start, start + len(figure["text"]))
    console.print(Padding(text, (0, 2)))
    console.print()
    if data["figures"]:
        columns = ["id", "text", "value", "unit", "qualifier", "counted", "topics"]
        print_table(data["figures"], terminal, columns=columns, title="Figures")
    for key, title in (("actors", "Actors"), ("initiatives", "Initiatives")):
        rows = [{"id": r["id"], "name": r["name"], "kind": r["kind"],
                 "as written": ", ".join(dict.fromkeys(m["quote"] for m in r["mentions"])),
                 "mentions": len(r["mentions"])} for r in data[key]]
        if rows:
            print_table(rows, terminal, title=title)
    if data["topics"]:
        console.print(safe_text("Topics: " + ", ".join(data["topics"])))


def show_record(data: dict[str, Any], corpus: Any, terminal: Terminal) -> None:
    """An actor or initiative in full: its fields, then every mention with its sentence."""
    from ..textutil import sentence_around, sentence_bounds

    console = console_for(terminal)
    console.print(safe_text(f"{data['id']}  {data['name']}", style="bold"))
    console.print(_meta_table([(k, v) for k, v in data.items() if k not in ("id", "name", "mentions")]))
    rows = []
    bounds_by_article: dict[str, list[tuple[int, int]]] = {}
    for m in data["mentions"]:
        text = corpus.text_of(m["article"])
        bounds = bounds_by_article.setdefault(m["article"], sentence_bounds(text))
        s, e = sentence_around(bounds, m["start"], m["end"])
        rows.append({"article": m["article"], "offsets": f"{m['start']}-{m['end']}", "as written": m["quote"],
                     "sentence": text[s:e]})
    print_table(rows, terminal, title=f"{len(rows)} mentions")


def show_passages(passages: list[Any], terminal: Terminal) -> None:
    """Search results with the matched words highlighted in their sentence."""
    console = console_for(terminal)
    if not passages:
        console_for(terminal, stderr=True).print(safe_text("(nothing found)", style="dim"))
    for p in passages:
        text = safe_text(p.quote)
        for a, b in p.matches:
            text.stylize("bold yellow", a - p.start, b - p.start)
        console.print(safe_text(f"[{p.article}] ({p.language}) score {p.score:g}", style="bold cyan"))
        console.print(Padding(text, (0, 0, 1, 2)))


def _figure_line(f: dict[str, Any]) -> str:
    return f"{f['text']} ({f['qualifier']})" if f["qualifier"] != "exact" else f["text"]


def show_comparison(result: dict[str, Any], terminal: Terminal) -> None:
    """Summary line, aligned figures with both quotes, then the differences."""
    console = console_for(terminal)
    pairs = result.get("pairs") or [result]
    if "pairs" in result:
        console.print(safe_text(f"{' '.join(result['articles'])}: mean similarity {result['similarity']:.2f}", style="bold"))
        facts = "; ".join(" = ".join(f["text"] for f in group) for group in result["figures"]["shared"])
        console.print(safe_text("Shared by all: " + "; ".join(
            [f"figures: {facts or '—'}"] +
            [f"{k}: {', '.join(result[k]['shared']) or '—'}" for k in ("actors", "initiatives", "topics")])))
        console.print()
    for pair in pairs:
        a, b = pair["articles"]
        figs = pair["figures"]
        console.print(safe_text(
            f"{a} ↔ {b}  similarity {pair['similarity']:.2f} · {len(figs['shared'])} shared figures · "
            f"{len(figs['conflicts'])} conflicts · only {a}: {len(figs['only'][a])} · only {b}: {len(figs['only'][b])}",
            style="bold"))
        for title, rows in (("Shared figures", figs["shared"]), ("Conflicting figures", figs["conflicts"])):
            if rows:
                table = Table(title=title, title_justify="left", show_lines=True, expand=True)
                table.add_column("value", no_wrap=True)
                table.add_column(a, overflow="fold", ratio=3)
                table.add_column(b, overflow="fold", ratio=3)
                for row in rows:
                    fa, fb = row["a"], row["b"]
                    value = _figure_line(fa) if fa["value"] == fb["value"] else f"{fa['text']} ≠ {fb['text']}"
                    table.add_row(safe_text(value), safe_text(fa["evidence"]["quote"]), safe_text(fb["evidence"]["quote"]))
                console.print(table)
        for art in (a, b):
            only = figs["only"][art]
            if only:
                console.print(safe_text(f"Figures only in {art}: ", style="bold") +
                              safe_text("; ".join(f"{_figure_line(f)} {f['counted'] or ''}".strip() for f in only)))
        for kind in ("actors", "initiatives", "topics"):
            part = pair[kind]
            line = safe_text(f"{kind.capitalize()}: ", style="bold")
            line.append(terminal_safe(f"shared {', '.join(part['shared']) or '—'}"))
            for art in (a, b):
                line.append(terminal_safe(f" | only {art}: {', '.join(part['only'][art]) or '—'}"))
            console.print(line)
        console.print()


def show_check(report: dict[str, Any], terminal: Terminal) -> None:
    console = console_for(terminal)
    verdict = "OK" if report["ok"] else f"{len(report['problems'])} problem(s)"
    console.print(safe_text(
        f"{verdict}: {report['articles']} articles, {report['figures']} figures, {report['actors']} actors, "
        f"{report['initiatives']} initiatives", style="bold green" if report["ok"] else "bold red"))
    for key, title in (("problems", "Problems"), ("warnings", "Warnings"),
                       ("unaccounted", "Numbers the extractor finds that no curated figure accounts for"),
                       ("skipped", "Files not read as articles")):
        if report.get(key):
            print_table(report[key], terminal, title=title)
