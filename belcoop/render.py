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
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple, TextIO

from belcoop.env import Environment
from belcoop.names import printable

if TYPE_CHECKING:
    from belcoop.analysis.series import Point
from belcoop.rows import JSONText, Row, Rows, given

NARROW = 40  # columns: a terminal narrower than this gets one "key: value" block per row instead of a table


class Column(NamedTuple):
    name: str
    cell: Callable[[dict[str, Any]], Any] | None = None  # the cell from a row's values (default: the value of `name`)
    justify: str = "left"
    # How the column gives way on a narrow terminal (never when piped): `short`, a shorter cell; `drop`, the
    # order in which columns go (1 first; 0 never); `ellipsis`, cut to what is left, with "…" (never below
    # `min_width`); `optional`, left out when empty in every row.
    short: Callable[[dict[str, Any]], Any] | None = None
    drop: int = 0
    ellipsis: bool = False
    min_width: int = 12
    optional: bool = False
    label: str | None = None  # the table's heading, when not the name


class Listing:
    """Rows of one kind (`list`, `trade`, `people`, `parse`): a table of these columns, or a JSON array of the items.

    `csv_columns`, when given, are the CSV's (the exact values a spreadsheet wants, where the table shows
    them as a person writes them); `csv_rows`, when given, makes their cells (else `_cell` of each row's values)."""

    def __init__(self, columns: list[Column], rows: Rows, *, empty_note: str | None = "no records match",
                 csv_columns: list[str] | None = None, after: Callable[[list[dict[str, Any]]], list[str]] | None = None,
                 csv_rows: Callable[[], Iterable[list[str]]] | None = None) -> None:
        self.columns = columns
        self.rows = rows
        self.empty_note = empty_note  # said on stderr when no row comes
        self.csv_columns = csv_columns
        self.csv_rows = csv_rows  # the CSV's cells (of `csv_columns`), when the view makes them itself
        self.after = after  # paragraphs printed under the table (on a terminal or not), from the rows' values


class Table:
    def __init__(self, columns: list[str], rows: list[dict[str, Any]], title: str | None = None) -> None:
        self.columns = columns
        self.rows = rows
        self.title = title


class Document:
    """One object (`show`, `summary`, `cache info`): a few titled tables, or the object as JSON."""

    def __init__(self, tables: list[Table], data: Any, *, note: str | None = None, paragraphs: list[str] | None = None) -> None:
        self.tables = tables
        self.data = data
        self.note = note
        self.paragraphs = paragraphs or []  # under the tables, wrapped (table format only)


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
            _paragraphs(env, view.paragraphs)
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
    if fmt == "csv" and view.csv_rows is not None:  # the view makes its CSV's cells itself
        assert view.csv_columns is not None
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([name.removesuffix("_csv") for name in view.csv_columns])
        count = 0
        for cells in view.csv_rows():
            writer.writerow(cells)
            count += 1
        return count
    values = [row.values for row in view.rows(True)]
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        if view.csv_columns is not None:  # a key ending in _csv is the CSV's form of the value of that name
            writer.writerow([name.removesuffix("_csv") for name in view.csv_columns])
            writer.writerows([[_cell(row.get(name)) for name in view.csv_columns] for row in values])
        else:
            writer.writerow([c.name for c in view.columns])
            writer.writerows([[_cell(c.cell(row) if c.cell else row.get(c.name)) for c in view.columns] for row in values])
    elif values:
        _fitted_table(env, view.columns, values)
        if view.after:
            _paragraphs(env, view.after(values))
    return len(values)


def _cells(columns: list[Column], values: list[dict[str, Any]], short: bool) -> list[list[str]]:
    def one(column: Column, row: dict[str, Any]) -> str:
        make = column.short if short and column.short else column.cell
        return _cell(make(row) if make else row.get(column.name))

    return [[one(c, row) for row in values] for c in columns]


def fit_columns(columns: list[Column], values: list[dict[str, Any]], width: int | None,
                ) -> tuple[list[Column], list[list[str]], dict[str, int]]:
    """The columns a table of this width shows, their cells (column by column) and the widths of the cut ones.

    Piped (no width) every column is shown whole. On a terminal a table that is too wide first takes
    the short forms of its cells, then cuts its `ellipsis` columns to what is left, and drops columns in
    their `drop` order until it fits; a word is never broken across lines.
    """
    shown = [c for c in columns if not c.optional or any(_cell(c.cell(v) if c.cell else v.get(c.name)) for v in values)]
    cells = _cells(shown, values, short=False)
    if width is None:
        return shown, cells, {}

    def natural(column: Column, column_cells: list[str]) -> int:
        return max([len(column.label or column.name), *map(len, column_cells)])

    def need(cols: list[Column], col_cells: list[list[str]]) -> int:
        fixed = sum(min(natural(c, cc), c.min_width) if c.ellipsis else natural(c, cc) for c, cc in zip(cols, col_cells, strict=True))
        return fixed + 3 * len(cols) + 1  # borders and padding

    if need(shown, cells) > width or sum(natural(c, cc) for c, cc in zip(shown, cells, strict=True)) + 3 * len(shown) + 1 > width:
        cells = _cells(shown, values, short=True)
    while need(shown, cells) > width and any(c.drop for c in shown):
        victim = max(range(len(shown)), key=lambda i: shown[i].drop)
        del shown[victim], cells[victim]
    # What is left goes to the cut columns, each up to its natural width.
    cut: dict[str, int] = {}
    spare = width - (sum(natural(c, cc) for c, cc in zip(shown, cells, strict=True) if not c.ellipsis) + 3 * len(shown) + 1)
    for c, cc in zip(shown, cells, strict=True):
        if c.ellipsis:
            cut[c.name] = max(min(natural(c, cc), c.min_width), min(natural(c, cc), spare))
            spare -= cut[c.name]
    return shown, cells, cut


def _fitted_table(env: Environment, columns: list[Column], values: list[dict[str, Any]]) -> None:
    if env.width is not None and env.width < NARROW:
        names = [column.label or column.name for column in columns]
        cells = _cells(columns, values, short=False)
        _blocks(env, [Table(names, [dict(zip(names, row, strict=True)) for row in zip(*cells, strict=True)])])
        return
    shown, cells, cut = fit_columns(columns, values, env.width)
    if env.width is None and not env.color:
        drawn = plain_table([c.label or c.name for c in shown], [c.justify for c in shown], cells, getattr(env.stdout, "encoding", None))
        if drawn is not None:
            env.stdout.write(drawn)
            return
    from rich.table import Table as RichTable  # only now: a table drawn above needs none of rich

    console = _console(env)
    table = RichTable(header_style="bold" if env.color else "", show_lines=False)
    for column in shown:
        if column.name in cut:
            table.add_column(column.label or column.name, justify=column.justify, no_wrap=True, overflow="ellipsis",  # type: ignore[arg-type]
                             max_width=cut[column.name])
        else:
            # On a terminal nothing wraps: a table that still does not fit cuts cells with "…", never inside a word
            # on a second line; piped, nothing is cut.
            table.add_column(column.label or column.name, justify=column.justify, no_wrap=env.width is not None,  # type: ignore[arg-type]
                             overflow="ellipsis" if env.width else "fold")
    for row in zip(*cells, strict=True):
        table.add_row(*row)
    console.print(table)


# Text that rich, piped, draws as it is, one cell a character: no markup ("["), no emoji code (":name:"), no
# whitespace but single spaces inside, and only characters it counts one cell wide (tests/test_output.py checks each).
_ONE_CELL = r"\x21-\x5a\x5c-\x7e\u00a1-\u02ff\u0400-\u0482\u048a-\u04ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u2100-\u22ff"
_PLAIN_CELL = re.compile(f"(?:[{_ONE_CELL}]+(?: [{_ONE_CELL}]+)*)?")
_EMOJI_CODE = re.compile(r":\S*:")
_RICH_WIDTH = 100_000  # the width of the console rich draws a piped table on (see `_console`)


def plain_table(names: list[str], justify: list[str], cells: list[list[str]], encoding: str | None) -> str | None:
    """A table (`cells` column by column) drawn as rich draws it piped (no colour, no width, nothing cut or wrapped),
    byte for byte, in a fraction of the time; None when rich must draw it: a cell it would not print as it is (see
    `_PLAIN_CELL`), a table wider than its console, or a stream that cannot take the box characters."""
    if not (encoding or "utf-8").lower().startswith("utf") or any(how not in ("left", "right") for how in justify):
        return None  # rich draws ASCII boxes on such a stream; and it alone centres
    widths = []
    for name, column in zip(names, cells, strict=True):
        for text in (name, *column):
            if not _PLAIN_CELL.fullmatch(text) or (":" in text and _EMOJI_CODE.search(text)):
                return None
        widths.append(max(len(name), *map(len, column)) if column else len(name))
    if sum(widths) + 3 * len(widths) + 1 > _RICH_WIDTH:
        return None

    def line(row: list[str], bar: str) -> str:
        padded = [text.rjust(w) if how == "right" else text.ljust(w) for text, w, how in zip(row, widths, justify, strict=True)]
        return f"{bar} " + f" {bar} ".join(padded) + f" {bar}\n"

    rule = ["━" * (w + 2) for w in widths]
    out = ["┏" + "┳".join(rule) + "┓\n", line(names, "┃"), "┡" + "╇".join(rule) + "┩\n"]
    out.extend(line(list(row), "│") for row in zip(*cells, strict=True))
    out.append("└" + "┴".join("─" * (w + 2) for w in widths) + "┘\n")
    return "".join(out)


def _paragraphs(env: Environment, paragraphs: list[str]) -> None:
    """Text under a table: wrapped at word boundaries to the terminal's width (piped, a line each)."""
    import textwrap

    for paragraph in paragraphs:
        if env.width:
            lines = textwrap.wrap(paragraph, width=max(20, env.width - 1), subsequent_indent="    ", break_long_words=False,
                                  break_on_hyphens=False)
            env.stdout.write("\n".join(lines) + "\n")
        else:
            env.stdout.write(paragraph + "\n")


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
        if all(type(v) is str for v in value):  # escaping is per character: the joined text at once is the same
            return printable("; ".join(value))
        return "; ".join(str(v) if type(v) is int else _cell(v) for v in value)
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
    width = env.width or 80
    top = max(value for _label, value, _text in bars)
    label_width = max(len(label) for label, _value, _text in bars)
    text_width = max(len(text) for _label, _value, text in bars)
    bar_width = max(10, width - label_width - text_width - 4)
    console.print(printable(chart.title), markup=False)
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


def _sectors_short(values: dict[str, Any]) -> str:
    """"agriculture +2": the first sector and how many more."""
    sectors = values["sectors"]
    return f"{sectors[0]} +{len(sectors) - 1}" if len(sectors) > 1 else (sectors[0] if sectors else "")


LIST_COLUMNS = [
    Column("id"), Column("date"), Column("partner", drop=1), Column("venue", drop=6), Column("event", drop=5),
    Column("sectors", short=_sectors_short, drop=4),
    Column("trade_facts", justify="right", label="facts", drop=2),
    Column("copies", lambda v: v.get("copies") if v.get("copies", 1) > 1 else "", "right", optional=True, drop=3),
    Column("title", ellipsis=True, min_width=16),
]
_METRIC_SHORT = {"turnover": "trade", "exports": "exp", "imports": "imp"}
_APPROX_SHORT = {"about": "~", "almost": "<", "under": "<", "over": ">"}
_PLACE_SHORT = ((" Autonomous Okrug", " AO"), (" Oblast", " Obl."), (" Region", " Reg."), (" Republic", " Rep."))


def _short_place(name: str) -> str:
    for long, short in _PLACE_SHORT:
        name = name.replace(long, short)
    return name


def _short_value(value: float | None, currency: str | None, approx: str | None) -> str:
    """`~$900.0M`, `>$11.0M`: the value with its approximation as a sign."""
    text = format_value(value, currency)
    return f"{_APPROX_SHORT.get(approx, approx + ' ')}{text}" if approx and text else text
TRADE_COLUMNS = [
    Column("date", drop=5), Column("partner", lambda v: v["partner_name"], short=lambda v: _short_place(v["partner_name"]), ellipsis=True, min_width=14),
    # The Belarusian side, when it is not the country (a figure of Minsk Oblast's own trade).
    Column("side", lambda v: v["belarus_side_name"] if v["belarus_side_code"] != "BY" else "", optional=True,
           short=lambda v: _short_place(v["belarus_side_name"]) if v["belarus_side_code"] != "BY" else ""),
    Column("metric", short=lambda v: _METRIC_SHORT.get(v["metric"], v["metric"])),
    Column("product", optional=True, drop=6, ellipsis=True, min_width=10),
    Column("period", lambda v: format_period(v["period_start"], v["period_end"])),
    Column("value", lambda v: format_value(v["value"], v["currency"], v["approx"]), "right",
           short=lambda v: _short_value(v["value"], v["currency"], v["approx"])),
    Column("change", lambda v: format_change(v["change_kind"], v["change_value"]), "right", drop=3),
    # Narrow, only goals are marked.
    Column("status", short=lambda v: "target" if v["status"] == "target" else "", drop=2),
    # Cut, an id is still a prefix `show` takes.
    Column("id", drop=1, ellipsis=True, min_width=8),
]
# `trade --format csv`: exact values, one column each.
TRADE_CSV = ["id", "date", "outlet", "partner_code", "partner_name", "belarus_side_code", "belarus_side_name", "metric",
             "product", "value", "currency", "approx", "period_start", "period_end", "change_kind", "change_value", "status",
             "evidence", "path"]
PEOPLE_COLUMNS = [Column("name"), Column("roles", ellipsis=True, min_width=20), Column("country"),
                  Column("articles", justify="right"), Column("partners", drop=1, ellipsis=True, min_width=16)]
WITH_COLUMNS = [Column("name"), Column("roles", ellipsis=True, min_width=16, drop=2), Column("country"),
                Column("together", justify="right"), Column("ids", ellipsis=True, min_width=10, label="articles"),
                Column("partners", drop=1, ellipsis=True, min_width=12)]


def people_rows(people: list[dict[str, Any]]) -> Rows:
    return given([Row(person, person) for person in people])


def record_view(record: dict[str, Any], width: int | None = None) -> Document:
    """`show`: the record's fields, its copies, people, trade facts and agreements as tables, the evidence of each
    fact and agreement as paragraphs under them; as JSON, the record itself."""
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
    copies = r.get("copies") or []
    if copies:
        tables.append(Table(["id", "date", "outlet", "title", "path"], copies, title=f"Copies of this story ({len(copies)})"))
    if r["people"]:
        tables.append(Table(["name", "role", "country"], r["people"], title="People"))
    paragraphs = []
    if r["trade"]:
        tables.append(Table(["#", "partner", "metric", "product", "period", "value", "change", "status"], [
            {"#": n, "partner": f["partner"], "metric": f["metric"], "product": f["product"],
             "period": format_period(f["period"]["start"], f["period"]["end"]) if f["period"] else "",
             "value": format_value(f["value"], f["currency"], f["approx"]),
             "change": format_change(f["change"]["kind"], f["change"]["value"]) if f["change"] else "",
             "status": f["status"]} for n, f in enumerate(r["trade"], 1)], title="Trade facts"))
        paragraphs += ["Evidence of the trade facts:"] + [f"  {n}. {f['evidence']}" for n, f in enumerate(r["trade"], 1)]
    if r["agreements"]:
        tables.append(Table(["#", "kind", "count"], [{"#": f"A{n}", **a} for n, a in enumerate(r["agreements"], 1)],
                            title="Agreements signed"))
        paragraphs += ["Evidence of the agreements:"] + [f"  A{n}. {a['evidence']}" for n, a in enumerate(r["agreements"], 1)]
    return Document(tables, record, paragraphs=paragraphs)


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


SERIES_COLUMNS = [
    Column("partner", lambda v: v["partner_name"], short=lambda v: _short_place(v["partner_name"]), ellipsis=True, min_width=14),
    Column("side", lambda v: v["belarus_side_name"] if v["belarus_side"] != "BY" else "", optional=True,
           short=lambda v: _short_place(v["belarus_side_name"]) if v["belarus_side"] != "BY" else ""),
    Column("metric", short=lambda v: _METRIC_SHORT.get(v["metric"], v["metric"])),
    Column("product", optional=True, drop=6, ellipsis=True, min_width=10),
    Column("period", lambda v: format_period(v["period"]["start"], v["period"]["end"])),
    Column("value", lambda v: format_value(v["value"], v["currency"], v["approx"]), "right",
           short=lambda v: _short_value(v["value"], v["currency"], v["approx"])),
    Column("reports", justify="right", label="n", drop=4),
    Column("change", lambda v: format_change("percent", v["change"]), "right", label="reported", drop=3),
    Column("implied", lambda v: format_change("percent", v["implied_change"]), "right", drop=2),
    Column("check", lambda v: ", ".join(filter(None, [
        "conflict: " + _conflicting(v["values"], v["approxes"], v["currency"]) if v["conflict"] else "",
        "growth" if v["change_mismatch"] else ""])),
        short=lambda v: ", ".join(filter(None, ["conflict" if v["conflict"] else "", "growth" if v["change_mismatch"] else ""])),
        optional=True),
    Column("sources", lambda v: _some_ids(v["ids"]), ellipsis=True, min_width=8, drop=1),
]
SOURCES_SHOWN = 3  # ids a table shows of a point's reports; the rest are counted ("+12 more"), CSV and JSON list all


def _conflicting(values: Sequence[float | None], approxes: Sequence[str | None], currency: str | None) -> str:
    """The figures of a conflict as a table shows them: each once, in order ("$1.2B / about $1.4B"); more than
    `SOURCES_SHOWN` + 1 of them, their count and range ("40 figures, $4.2M to $90.8M"), which CSV and JSON list whole."""
    figures = [(value, approx) for value, approx in dict.fromkeys(zip(values, approxes, strict=True)) if value is not None]
    if len(figures) > SOURCES_SHOWN + 1:
        low, high = min(figures, key=lambda f: f[0]), max(figures, key=lambda f: f[0])
        return f"{len(figures)} figures, {format_value(low[0], currency, low[1])} to {format_value(high[0], currency, high[1])}"
    return " / ".join(dict.fromkeys(format_value(value, currency, approx) for value, approx in figures))


def _some_ids(ids: list[str]) -> list[str]:
    if len(ids) <= SOURCES_SHOWN + 1:  # "+1 more" would take the room of the id itself
        return ids
    return [*ids[:SOURCES_SHOWN], f"+{len(ids) - SOURCES_SHOWN} more"]

SERIES_CSV = ["partner_code", "partner_name", "belarus_side_code", "belarus_side_name", "metric", "product", "status", "currency",
              "period_start", "period_end", "full_year_csv", "value", "approx", "reports", "ids", "values", "conflict_csv", "change",
              "implied_change", "change_mismatch_csv"]


# Each source of a point as the store writes it (SQLite's json_object, or json.dumps with the same separators, keys
# in this order), whole: its id (a JSON string with no escape in it), value (JSON number or null) and approximation,
# read without decoding it. A source this does not match (an id with a quote or a backslash) has its point decoded.
_SOURCE_FIELDS = re.compile(r'\{"id":"([^"\\]*)","date":(?:null|"[^"\\]*"),"value":(null|-?[0-9][0-9.eE+-]*),'
                            r'"approx":(?:null|"([^"\\]*)"),"change":(?:null|\{[^{}]*\})\}')


def _ids_values(sources: str, count: int) -> tuple[list[str], list[int | float | None], list[str | None]]:
    """The ids, values and approximations of a point's sources (its JSON text, `count` of them)."""
    found = _SOURCE_FIELDS.findall(sources)
    if len(found) != count:  # not all of the store's plain form: decode it
        decoded = json.loads(sources)
        return [s["id"] for s in decoded], [s["value"] for s in decoded], [s["approx"] for s in decoded]
    values: list[int | float | None] = [int(v) if v.lstrip("-").isdigit() else None if v == "null" else float(v)
                                        for _i, v, _a in found]
    return [i for i, _v, _a in found], values, [a or None for _i, _v, a in found]


def series_rows(points: list[Point]) -> Rows:
    """`series`: one row per point; CSV flat, JSON the point with its sources (as the store wrote them).

    A table's and a CSV's row are made in one pass over the point, its sources' ids, values and approximations read
    from their JSON text (`_ids_values`), never decoded into objects."""

    def flat(point: Point) -> dict[str, Any]:
        p = point.head()
        ids, values, approxes = _ids_values(point.sources, point.count)
        p.update(partner_code=p["partner"], belarus_side_code=p["belarus_side"], period_start=point.start,
                 period_end=point.end, ids=ids, values=values, approxes=approxes, full_year_csv=str(p["full_year"]).lower(),
                 conflict_csv=str(point.conflict).lower(), change_mismatch_csv=str(point.mismatch).lower())
        return p

    return lambda cells: (Row(flat(point), None) if cells else Row({}, JSONText(point.json())) for point in points)


def series_csv(points: list[Point]) -> Callable[[], Iterator[list[str]]]:
    """`series --format csv`: the cells of each point's row (`SERIES_CSV`), made straight from the point, as
    `_cell` makes them from `series_rows`' values (tests/test_output.py holds the two equal), but with no
    row of values in between: a point's ids and values go from their JSON text to the cell in one pass."""

    def text(value: str | None) -> str:
        return "" if value is None else printable(value)

    def number(value: str) -> str:  # a source's value as the store wrote it (JSON), as `_cell` shows the number
        if value.isdigit():
            return value
        return "" if value == "null" else _cell(int(value) if value.lstrip("-").isdigit() else float(value))

    def row(point: Point) -> list[str]:
        found = _SOURCE_FIELDS.findall(point.sources)
        if len(found) != point.count:  # not of the store's form after all: the long way
            (values, _item), = series_rows([point])(True)
            return [_cell(values.get(name)) for name in SERIES_CSV]
        ids = printable("; ".join(i for i, _v, _a in found))
        return [text(point.partner), text(point.partner_name), text(point.side), text(point.side_name), text(point.metric),
                text(point.product), text(point.status), text(point.currency), text(point.start), text(point.end),
                "true" if point.full_year else "false", _cell(point.value), text(point.approx), str(point.count), ids,
                "; ".join(number(v) for _i, v, _a in found), "true" if point.conflict else "false", _cell(point.change),
                _cell(point.implied), "true" if point.mismatch else "false"]

    return lambda: (row(point) for point in points)


def series_chart(title: str, bars: list[tuple[str, float, str]], empty_note: str) -> Chart:
    return Chart(title, bars, empty_note=empty_note)
