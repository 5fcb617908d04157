"""The one place that writes output: views of command results as table, JSON, JSON lines, CSV or a chart.

Data goes to stdout, every message (warnings, notes, the progress bar) to stderr. What a view
looks like is decided here alone: JSON is indented on a terminal and compact when piped, for every
command; tables are coloured and fitted to the terminal only on one.
"""

from __future__ import annotations

import contextlib
import csv
import json
import math
import re
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any, NamedTuple, TextIO

from belcoop.env import Environment
from belcoop.names import printable
from belcoop.rows import JSONText, Row, Rows, given

NARROW = 40  # columns: a terminal narrower than this gets one "key: value" block per row instead of a table


class Column(NamedTuple):
    name: str
    cell: Callable[[dict[str, Any]], Any] | None = None  # the cell from a row's values (default: the value of `name`)
    justify: str = "left"


class Listing:
    """Rows of one kind (`list`, `trade`, `people`, `parse`): a table of these columns, or a JSON array of the items."""

    def __init__(self, columns: list[Column], rows: Rows, *, empty_note: str | None = "no records match") -> None:
        self.columns = columns
        self.rows = rows
        self.empty_note = empty_note  # said on stderr when no row comes


class Table:
    def __init__(self, columns: list[str], rows: list[dict[str, Any]], title: str | None = None) -> None:
        self.columns = columns
        self.rows = rows
        self.title = title


class Document:
    """One object (`show`, `summary`, `cache info`): a few titled tables, or the object as JSON."""

    def __init__(self, tables: list[Table], data: Any, *, note: str | None = None) -> None:
        self.tables = tables
        self.data = data
        self.note = note


class Chart:
    """Horizontal bars: (label, value, value as text), largest first."""

    def __init__(self, title: str, bars: list[tuple[str, float, str]], *, empty_note: str) -> None:
        self.title = title
        self.bars = bars
        self.empty_note = empty_note


View = Listing | Document | Chart


def render(env: Environment, view: View, fmt: str) -> None:
    """Write `view` to stdout in `fmt` (table, json, jsonl or csv)."""
    out = env.stdout
    if isinstance(view, Chart):
        _chart(env, view)
    elif isinstance(view, Document):
        if view.note:
            note(env, view.note)
        if fmt in ("json", "jsonl"):
            out.write(_dumps(env, view.data, indent=2 if env.stdout_tty and fmt == "json" else None))
            out.write("\n")
        elif fmt == "csv":
            _sections_csv(view.tables, out)
        else:
            _tables(env, view.tables)
    else:
        count = _listing(env, view, fmt)
        if count == 0 and view.empty_note:
            note(env, view.empty_note)


def _listing(env: Environment, view: Listing, fmt: str) -> int:
    out = env.stdout
    if fmt == "json":
        return _json_array(out, (row.item for row in view.rows(False)), indent=env.stdout_tty, ascii=not env.unicode)
    if fmt == "jsonl":
        count = 0
        for row in view.rows(False):
            out.write(_compact(row.item, ascii=not env.unicode) + "\n")
            count += 1
        return count
    names = [c.name for c in view.columns]
    cells = [{c.name: c.cell(row.values) if c.cell else row.values.get(c.name) for c in view.columns} for row in view.rows(True)]
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(names)
        writer.writerows([[_cell(row[name]) for name in names] for row in cells])
    elif cells:
        justify = {c.name: c.justify for c in view.columns}
        _tables(env, [Table(names, cells)], justify)
    return len(cells)


# JSON is always valid UTF-8 and never holds NaN or Infinity (allow_nan=False: the store lets no such
# value in, and this would rather fail than print what is not JSON). Where stdout cannot show every
# character, non-ASCII characters are written as \u escapes: the same data, in ASCII.
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _dumps(env: Environment, data: Any, indent: int | None = None) -> str:
    return json.dumps(data, ensure_ascii=not env.unicode, indent=indent, allow_nan=False)


def _ascii(text: str) -> str:
    """Stored JSON text with its non-ASCII characters escaped (they can only stand inside strings)."""
    return _NON_ASCII.sub(lambda m: json.dumps(m.group())[1:-1], text) if not text.isascii() else text


def _compact(item: Any, *, ascii: bool = False) -> str:
    if isinstance(item, JSONText):
        return _ascii(item) if ascii else item
    return json.dumps(item, ensure_ascii=ascii, allow_nan=False)


def _json_array(out: TextIO, items: Iterator[Any], *, indent: bool, ascii: bool = False) -> int:
    """Items as one JSON array, written as they come: byte for byte what json.dumps would write of the list."""
    count = 0
    for item in items:
        if indent:
            data = json.loads(item) if isinstance(item, JSONText) else item
            text = "  " + json.dumps(data, ensure_ascii=ascii, indent=2, allow_nan=False).replace("\n", "\n  ")
            out.write(("[\n" if not count else ",\n") + text)
        else:
            out.write(("[" if not count else ", ") + _compact(item, ascii=ascii))
        count += 1
    out.write(("\n]\n" if indent else "]\n") if count else "[]\n")
    return count


def _cell(value: Any) -> str:
    """A value as a table or CSV shows it: control characters and undecodable bytes escaped, so no
    title or file name can send an escape sequence to a terminal."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return printable(str(value))


def _sections_csv(tables: list[Table], out: TextIO) -> None:
    """Several tables as one CSV, the table's title as the first column (and its first and last columns)."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["section", "key", "value"])
    for table in tables:
        key, value = table.columns[0], table.columns[-1]
        writer.writerows([[table.title or "", _cell(row.get(key)), _cell(row.get(value))] for row in table.rows])


def _console(env: Environment) -> Any:
    from rich.console import Console

    # On a terminal the table fits the screen; piped, it is never truncated or coloured.
    return Console(file=env.stdout, force_terminal=env.color, no_color=not env.color, color_system="auto" if env.color else None,
                   width=env.width or 100_000, highlight=False, soft_wrap=not env.width)


def _tables(env: Environment, tables: list[Table], justify: dict[str, str] | None = None) -> None:
    from rich.table import Table as RichTable

    if env.width is not None and env.width < NARROW:
        _blocks(env, tables)
        return
    console = _console(env)
    for table in tables:
        rich_table = RichTable(title=table.title, header_style="bold" if env.color else "", show_lines=False)
        for column in table.columns:
            rich_table.add_column(column, justify=(justify or {}).get(column, "left"), overflow="fold")  # type: ignore[arg-type]
        for row in table.rows:
            rich_table.add_row(*(_cell(row.get(c)) for c in table.columns))
        console.print(rich_table)


def _blocks(env: Environment, tables: list[Table]) -> None:
    """Tables on a terminal too narrow for columns: one "key: value" line per cell, a blank line between rows."""
    out = env.stdout
    for number, table in enumerate(tables):
        if table.title:
            out.write(("\n" if number else "") + f"{table.title}\n")
        for index, row in enumerate(table.rows):
            if index:
                out.write("\n")
            out.write("".join(f"{column}: {_cell(row.get(column))}\n" for column in table.columns))


def _chart(env: Environment, chart: Chart) -> None:
    from rich.markup import escape

    bars = [(label, value, text) for label, value, text in chart.bars if math.isfinite(value) and value > 0]
    if not bars:
        note(env, chart.empty_note)
        return
    console = _console(env)
    width = env.width or 100
    top = max(value for _label, value, _text in bars)
    label_width = max(len(label) for label, _value, _text in bars)
    bar_width = max(10, width - label_width - 16)
    console.print(escape(printable(chart.title)))
    for label, value, text in bars:
        bar = "█" * max(1, round(bar_width * value / top))
        console.print(f"{escape(printable(label)):<{label_width}}  [cyan]{bar}[/cyan] {escape(text)}")


# ---------------------------------------------------------------- messages (stderr)


def warn(env: Environment, message: str) -> None:
    note(env, f"warning: {message}")


def note(env: Environment, message: str) -> None:
    """One line on stderr; a file name in it is printable (see belcoop.names). A closed or full stderr
    loses the message, never the run."""
    with contextlib.suppress(OSError, ValueError):
        env.stderr.write(f"{printable(message)}\n")
        env.stderr.flush()


def progress_bar(env: Environment) -> Callable[[int], Callable[[int], None] | None]:
    """For a long parse, a progress bar on stderr when it is a terminal."""

    def start(total: int) -> Callable[[int], None] | None:
        if not env.stderr_tty or total < 200:
            return None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        bar = Progress("parsing", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                       console=Console(file=env.stderr), transient=True)
        task = bar.add_task("parse", total=total)
        bar.start()

        def update(done: int) -> None:
            bar.update(task, completed=done)
            if done >= total:
                bar.stop()

        return update

    return start


# ---------------------------------------------------------------- how values read


_MONTH_ABBR = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def format_period(start: str | None, end: str | None) -> str:
    """A period as a person writes it: `2021`, `Jan–Mar 2022`, `H1 2023`, `2020–2021`, `Mar 2022`."""
    if not start or not end:
        return ""
    s, e = date.fromisoformat(start), date.fromisoformat(end)
    if s.year == e.year:
        if (s.month, s.day, e.month, e.day) == (1, 1, 12, 31):
            return str(s.year)
        if (s.month, e.month) == (1, 6):
            return f"H1 {s.year}"
        if (s.month, e.month) == (7, 12):
            return f"H2 {s.year}"
        if s.month == e.month:
            return f"{_MONTH_ABBR[s.month]} {s.year}"
        if e.month - s.month == 2 and s.month in (1, 4, 7, 10):
            return f"Q{(s.month + 2) // 3} {s.year}"
        return f"{_MONTH_ABBR[s.month]}–{_MONTH_ABBR[e.month]} {s.year}"
    if (s.month, s.day, e.month, e.day) == (1, 1, 12, 31):
        return f"{s.year}–{e.year}"
    return f"{_MONTH_ABBR[s.month]} {s.year}–{_MONTH_ABBR[e.month]} {e.year}"


def format_value(value: float | None, currency: str | None, approx: str | None = None) -> str:
    """`$18.0M`, `RUB 8.5B`, `almost $6.0M`."""
    if value is None:
        return ""
    for scale, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= scale:
            number = f"{value / scale:.1f}{suffix}"
            break
    else:
        number = f"{value:,.0f}"
    text = f"${number}" if currency == "USD" else f"{currency} {number}" if currency else number
    return f"{approx} {text}" if approx else text


def format_change(kind: str | None, value: float | None) -> str:
    """`×2.1`, `+40%`, `−16%`."""
    if kind is None or value is None:
        return ""
    if kind == "times":
        return f"×{value:g}"
    sign = "+" if value > 0 else "−" if value < 0 else ""
    return f"{sign}{abs(value):g}%"


# ---------------------------------------------------------------- the views of each command


LIST_COLUMNS = [Column("id"), Column("date"), Column("partner"), Column("venue"), Column("event"), Column("sectors"),
                Column("trade_facts", justify="right"), Column("title")]
TRADE_COLUMNS = [
    Column("date"), Column("partner"), Column("metric"), Column("product"),
    Column("period", lambda v: format_period(v["period_start"], v["period_end"])),
    Column("value", lambda v: format_value(v["value"], v["currency"], v["approx"]), "right"),
    Column("change", lambda v: format_change(v["change_kind"], v["change_value"]), "right"),
    Column("status"), Column("id"),
]
PEOPLE_COLUMNS = [Column("name"), Column("roles"), Column("country"), Column("articles", justify="right"), Column("partners")]


def people_rows(people: list[dict[str, Any]]) -> Rows:
    return given([Row(person, person) for person in people])


def record_view(record: dict[str, Any]) -> Document:
    """`show`: the record's fields, its people, trade facts and agreements as tables; as JSON, the record itself."""
    r = record
    dated = f"{r['date'] or 'unknown'}" + (f" ({r['date_basis']}, from '{r['date_text']}')" if r["date_text"] else "")
    partner, side, event = r["partner"], r["belarus_side"], r["event"]
    fields = [
        ("id", r["id"]), ("title", r["source"]["title"] or ""), ("date", dated), ("source", r["source"]["path"]),
        ("outlet", r["source"]["outlet"] or ""), ("partner", f"{partner['name']} ({partner['code']})" if partner else ""),
        ("partners", [f"{p['name']} ({p['code']})" for p in r["partners"]]),
        ("Belarusian side", f"{side['name']} ({side['code']})"), ("venue", r["venue"] or ""),
        ("event", event["type"] + (f": {event['label']}" if event["label"] else "")),
        ("sectors", r["sectors"]), ("organizations", r["organizations"]),
    ]
    tables = [Table(["field", "value"], [{"field": k, "value": v} for k, v in fields], title="Record")]
    if r["people"]:
        tables.append(Table(["name", "role", "country"], r["people"], title="People"))
    if r["trade"]:
        tables.append(Table(["metric", "product", "period", "value", "change", "status", "evidence"], [
            {"metric": f["metric"], "product": f["product"],
             "period": format_period(f["period"]["start"], f["period"]["end"]) if f["period"] else "",
             "value": format_value(f["value"], f["currency"], f["approx"]),
             "change": format_change(f["change"]["kind"], f["change"]["value"]) if f["change"] else "",
             "status": f["status"], "evidence": f["evidence"]} for f in r["trade"]], title="Trade facts"))
    if r["agreements"]:
        tables.append(Table(["kind", "count", "evidence"], r["agreements"], title="Agreements signed"))
    return Document(tables, record)


def summary_view(data: dict[str, Any], *, note: str | None) -> Document:
    def pairs(key: str, label: str, count: str) -> list[dict[str, Any]]:
        return [{label: k, count: v} for k, v in data[key].items()]

    return Document([
        Table(["item", "count"], [{"item": "records", "count": data["records"]},
                                  {"item": "trade facts", "count": data["trade_facts"]}], title="Corpus"),
        Table(["partner", "records"], pairs("by_partner", "partner", "records"), title="By partner"),
        Table(["year", "records"], pairs("by_year", "year", "records"), title="By year"),
        Table(["sector", "records"], pairs("by_sector", "sector", "records"), title="By sector"),
        Table(["person", "articles"], [{"person": p["name"], "articles": p["articles"]} for p in data["top_people"]],
              title="Most-mentioned people"),
        Table(["kind", "signed"], pairs("agreements_signed", "kind", "signed"), title="Agreements signed"),
    ], data, note=note)


def fields_view(data: dict[str, Any]) -> Document:
    return Document([Table(["field", "value"], [{"field": k, "value": v} for k, v in data.items()])], data)


def turnover_chart(bars: list[tuple[str, str, float]], year: int) -> Chart:
    return Chart(f"Full-year turnover {year} (USD, as reported)",
                 [(name or code, value, format_value(value, "USD")) for code, name, value in bars],
                 empty_note=f"no full-year turnover figures in USD for {year}")
