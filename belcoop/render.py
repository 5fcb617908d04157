"""One place that turns command results into table, JSON, JSON lines or CSV."""

from __future__ import annotations

import csv
import json
from typing import Any, TextIO


# Plain classes rather than dataclasses: importing `dataclasses` costs more start-up time than they save.
class Table:
    def __init__(self, columns: list[str], rows: list[dict[str, Any]], title: str | None = None,
                 justify: dict[str, str] | None = None) -> None:
        self.columns = columns
        self.rows = rows
        self.title = title
        self.justify = justify or {}


class Output:
    """What a command produces: tables for people and CSV, `data` for JSON (an array, or one object)."""

    def __init__(self, tables: list[Table], data: Any) -> None:
        self.tables = tables
        self.data = data


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def render(output: Output, fmt: str, out: TextIO, *, color: bool = False, terminal_width: int | None = None) -> None:
    if fmt == "json":
        # Indented for a person at a terminal; compact (and much faster to write) for a pipe or a file.
        out.write(json.dumps(output.data, ensure_ascii=False, indent=2 if terminal_width else None))
        out.write("\n")
    elif fmt == "jsonl":
        items = output.data if isinstance(output.data, list) else [output.data]
        for item in items:
            out.write(json.dumps(item, ensure_ascii=False))
            out.write("\n")
    elif fmt == "csv":
        _render_csv(output.tables, out)
    else:
        _render_tables(output.tables, out, color=color, terminal_width=terminal_width)


def _render_csv(tables: list[Table], out: TextIO) -> None:
    if len(tables) == 1:
        table = tables[0]
        writer = csv.DictWriter(out, fieldnames=table.columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for row in table.rows:
            writer.writerow({c: _cell(row.get(c)) for c in table.columns})
        return
    # Several tables (summary): one CSV with the table's name as the first column.
    columns = ["section", "key", "value"]
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for table in tables:
        key_col, value_col = table.columns[0], table.columns[-1]
        for row in table.rows:
            writer.writerow({"section": table.title or "", "key": _cell(row.get(key_col)), "value": _cell(row.get(value_col))})


def _render_tables(tables: list[Table], out: TextIO, *, color: bool, terminal_width: int | None) -> None:
    from rich.console import Console
    from rich.table import Table as RichTable

    # On a terminal the table fits the screen; piped, it is never truncated or coloured.
    console = Console(
        file=out,
        force_terminal=color,
        no_color=not color,
        color_system="auto" if color else None,
        width=terminal_width if terminal_width else 100_000,
        highlight=False,
        soft_wrap=not terminal_width,
    )
    for table in tables:
        if not table.rows and len(tables) == 1:
            return  # nothing to show; the command says so on stderr
        rich_table = RichTable(title=table.title, header_style="bold" if color else "", show_lines=False)
        for column in table.columns:
            rich_table.add_column(column, justify=table.justify.get(column, "left"), overflow="fold")  # type: ignore[arg-type]
        for row in table.rows:
            rich_table.add_row(*(_cell(row.get(c)) for c in table.columns))
        console.print(rich_table)
