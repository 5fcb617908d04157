"""One output path: the same bytes from every way of getting a result, indented on a terminal and
compact when piped, data on stdout and messages on stderr, exit statuses from one enum."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from belcoop.env import ExitStatus
from belcoop.render import _json_array
from belcoop.rows import JSONText

from .conftest import GOMEL_ARTICLE, SEEDS, forced, run_forced, write_article

# Every command that prints JSON, with arguments that give it something to print.
JSON_COMMANDS = [
    ["list"], ["list", "--region", "Khabarovsk", "--sort", "-date"], ["show", "003"], ["trade"], ["trade", "--year", "2022"],
    ["summary"], ["people"], ["people", "--country", "Russia", "--limit", "3"],
]


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for seed in SEEDS.glob("*.txt"):
        (folder / seed.name).write_bytes(seed.read_bytes())
    write_article(folder, "gomel.txt", GOMEL_ARTICLE)
    return ["--corpus", str(folder)]


def as_compact(text: str) -> str:
    return json.dumps(json.loads(text), ensure_ascii=False) + "\n"


def as_indented(text: str) -> str:
    return json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("args", JSON_COMMANDS, ids=" ".join)
def test_json_is_indented_on_a_terminal_and_compact_when_piped(args: list[str], corpus: list[str]) -> None:
    piped = run_forced(forced(tty=False), *args, *corpus, "--json")
    terminal = run_forced(forced(tty=True), *args, *corpus, "--json")
    assert piped.code == terminal.code == ExitStatus.OK
    assert json.loads(piped.out) == json.loads(terminal.out) and json.loads(piped.out)  # something, and the same
    assert piped.out == as_compact(piped.out) and "\n" not in piped.out[:-1]
    assert terminal.out == as_indented(terminal.out)
    assert piped.err == terminal.err == ""


@pytest.mark.parametrize("tty", [False, True], ids=["piped", "terminal"])
def test_show_prints_one_object(tty: bool, corpus: list[str]) -> None:
    result = run_forced(forced(tty=tty), "show", "003", *corpus, "--format", "json")
    record = json.loads(result.out)
    assert isinstance(record, dict) and record["id"] == "003_966819d49d5648f5"


@pytest.mark.parametrize("tty", [False, True], ids=["piped", "terminal"])
def test_parse_and_cache_info_follow_the_same_rule(tty: bool, corpus: list[str]) -> None:
    shape = as_indented if tty else as_compact
    parsed = run_forced(forced(tty=tty), "parse", str(SEEDS / "003_966819d49d5648f5.txt"))
    assert parsed.code == 0 and parsed.out == shape(parsed.out) and len(json.loads(parsed.out)) == 1
    run_forced(forced(tty=False), "list", *corpus)
    info = run_forced(forced(tty=tty), "cache", "info", "--format", "json")
    assert info.code == 0 and info.out == shape(info.out) and json.loads(info.out)["records"] == 6


def test_jsonl_is_one_compact_line_per_item_even_on_a_terminal(corpus: list[str]) -> None:
    result = run_forced(forced(tty=True), "trade", *corpus, "--format", "jsonl")
    lines = result.out.splitlines()
    assert len(lines) == 9 and all(line == as_compact(line)[:-1] for line in lines)


@pytest.mark.parametrize("tty", [False, True], ids=["piped", "terminal"])
@pytest.mark.parametrize("args", JSON_COMMANDS, ids=" ".join)
def test_cold_warm_and_no_cache_print_the_same_bytes(args: list[str], tty: bool, corpus: list[str]) -> None:
    cold = run_forced(forced(tty=tty), *args, *corpus, "--json")  # parses and fills the cache
    warm = run_forced(forced(tty=tty), *args, *corpus, "--json")
    fresh = run_forced(forced(tty=tty), *args, *corpus, "--json", "--no-cache")
    assert cold.out == warm.out == fresh.out
    assert cold.err == warm.err == fresh.err


@pytest.mark.parametrize("tty", [False, True], ids=["piped", "terminal"])
@pytest.mark.parametrize("command", ["list", "trade", "summary"])
def test_a_person_filter_prints_what_the_same_articles_print_otherwise(command: str, tty: bool, corpus: list[str]) -> None:
    by_person = run_forced(forced(tty=tty), command, "--person", "Degtyarev", *corpus, "--json")
    by_region = run_forced(forced(tty=tty), command, "--region", "Khabarovsk", *corpus, "--json")
    fresh = run_forced(forced(tty=tty), command, "--person", "Degtyarev", *corpus, "--json", "--no-cache")
    assert by_person.out == by_region.out == fresh.out and "Khabarovsk" in by_person.out


def test_people_with_a_person_filter_print_that_persons_row(corpus: list[str]) -> None:
    region = run_forced(forced(tty=False), "people", "--region", "Khabarovsk", *corpus, "--json")
    rows: list[dict[str, Any]] = json.loads(region.out)
    [row] = [r for r in rows if r["name"] == "Mikhail Degtyaryov"]
    person = run_forced(forced(tty=False), "people", "--person", "Degtyarev", *corpus, "--json")
    assert person.out == "[" + json.dumps(row, ensure_ascii=False) + "]\n"
    assert json.dumps(row, ensure_ascii=False) in region.out


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=12,
)


@given(st.lists(json_values, max_size=6), st.booleans(), st.booleans())
def test_streamed_arrays_are_what_json_dumps_writes(items: list[Any], indent: bool, stored: bool) -> None:
    out = io.StringIO()
    given_items = [JSONText(json.dumps(item, ensure_ascii=False)) if stored else item for item in items]
    assert _json_array(out, iter(given_items), indent=indent) == len(items)
    assert out.getvalue() == json.dumps(items, ensure_ascii=False, indent=2 if indent else None) + "\n"


def test_messages_go_to_stderr_and_data_to_stdout(tmp_path: Path) -> None:
    write_article(tmp_path, "good.txt", GOMEL_ARTICLE)
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run_forced(forced(tty=False), "list", "--corpus", str(tmp_path), "--json")
    assert [r["id"] for r in json.loads(result.out)] == ["good"]
    assert result.err == f"warning: skipping {tmp_path / 'empty.txt'}: empty file\n"
    nothing = run_forced(forced(tty=False), "list", "--corpus", str(tmp_path), "--region", "Tula")
    assert nothing.code == ExitStatus.OK and nothing.out == "" and nothing.err.endswith("no records match\n")


@pytest.mark.parametrize(
    "args, status, message",
    [
        (["list", "--region", "Pern"], ExitStatus.USAGE, "Invalid value for '--region': unknown region 'Pern' (did you mean"),
        (["list", "--sector", "agricultur"], ExitStatus.USAGE, "unknown sector 'agricultur' (did you mean agriculture"),
        (["list", "--metric", "turnover"], ExitStatus.USAGE, "No such option '--metric'"),
        (["trade", "--metric", "export"], ExitStatus.USAGE, "unknown metric 'export' (did you mean exports?)"),
        (["list", "--since", "May"], ExitStatus.USAGE, "'May' has no year"),
        (["list", "--corpus", "/no/such/folder"], ExitStatus.USAGE, "corpus path does not exist: /no/such/folder"),
        (["trade", "--chart"], ExitStatus.USAGE, "--chart draws one partner by year, or every partner for one --year"),
        (["show", "999"], ExitStatus.ERROR, "Error: no record with id '999'"),
        (["show", "00"], ExitStatus.ERROR, "Error: id prefix '00' matches 5 records"),
    ],
)
def test_errors_meet_the_user_at_one_edge(args: list[str], status: ExitStatus, message: str) -> None:
    result = run_forced(forced(tty=False), *args)
    assert result.code == status and result.out == "" and message in result.err and "Traceback" not in result.err


def test_text_search_without_fts5_reads_the_texts(monkeypatch: pytest.MonkeyPatch, isolated_cache: Path) -> None:
    monkeypatch.setattr("belcoop.store.schema.fts5_available", lambda: False)
    for extra in (["--no-cache"], [], []):  # in memory; a cache built without FTS5; that cache again
        result = run_forced(forced(tty=False), "list", "--text", "dairy farm", "--json", *extra)
        assert [r["id"] for r in json.loads(result.out)] == ["003_966819d49d5648f5"]
        assert result.err.count("has no FTS5") == 1
    summary = run_forced(forced(tty=False), "summary", "--text", "dairy farm", "--json")
    assert json.loads(summary.out)["records"] == 1 and summary.err.count("has no FTS5") == 1
    info = json.loads(run_forced(forced(tty=False), "cache", "info", "--json").out)
    assert info["full_text_search"] == "plain scan (no FTS5)"


def test_text_search_finds_word_forms_and_never_fails_on_odd_input(corpus: list[str]) -> None:
    def ids(text: str) -> list[str]:
        result = run_forced(forced(tty=False), "list", "--text", text, *corpus, "--json")
        assert result.code == 0, result.err
        return [r["id"] for r in json.loads(result.out)]

    assert ids("dairy farm") == ids("Dairy farms") == ["003_966819d49d5648f5"]
    for odd in ['"', "AND", "*", "NEAR(", "-", "(", "x OR", '"dairy" "farm"']:
        ids(odd)


# ---------------------------------------------------------------- piped tables drawn without rich


def rich_table(names: list[str], justify: list[str], cells: list[list[str]], encoding: str | None = None) -> str:
    """What rich draws of a table piped (the way `render` asks it to)."""
    from rich.table import Table as RichTable

    from belcoop.env import Environment
    from belcoop.render import _console

    class Out(io.StringIO):
        @property
        def encoding(self) -> str | None:  # type: ignore[override]
            return encoding

    env = Environment(stdin=io.BytesIO(), stdout=Out(), stderr=io.StringIO())
    table = RichTable(header_style="", show_lines=False)
    for name, how in zip(names, justify, strict=True):
        table.add_column(name, justify=how, no_wrap=False, overflow="fold")  # type: ignore[arg-type]
    for row in zip(*cells, strict=True):
        table.add_row(*row)
    _console(env).print(table)
    assert isinstance(env.stdout, io.StringIO)
    return env.stdout.getvalue()


def test_every_character_drawn_without_rich_is_one_cell_wide_for_rich() -> None:
    from rich.cells import cell_len

    from belcoop.render import _PLAIN_CELL

    plain = [chr(c) for c in range(0x3000) if _PLAIN_CELL.fullmatch(chr(c))]
    assert len(plain) > 1000 and "[" not in plain and " " not in plain  # a space only between words
    assert [c for c in plain if cell_len(c) != 1] == []


_CELL_TEXT = st.lists(st.sampled_from([*"ab Z09:/;,.-–—…×é€ñ$%()+]\\[", "漢", "😀", "\u0301", "\u00a0", "\t", "[bold]", ":smile:",
                                       "  ", "Жодино", "−16%", "Trần"]), max_size=6).map("".join)


@given(st.integers(1, 4).flatmap(lambda n: st.tuples(
    st.lists(_CELL_TEXT, min_size=n, max_size=n), st.lists(st.sampled_from(["left", "right"]), min_size=n, max_size=n),
    st.lists(st.lists(_CELL_TEXT, min_size=n, max_size=n), min_size=1, max_size=4))))
def test_a_piped_table_drawn_without_rich_is_what_rich_draws(table: tuple[list[str], list[str], list[list[str]]]) -> None:
    from belcoop.render import plain_table

    names, justify, rows = table
    cells = [list(column) for column in zip(*rows, strict=True)]
    drawn = plain_table(names, justify, cells, "utf-8")
    assert drawn is None or drawn == rich_table(names, justify, cells)


def test_plain_tables_leave_to_rich_what_rich_would_change() -> None:
    from belcoop.render import plain_table

    names, justify = ["name", "value"], ["left", "right"]
    assert plain_table(names, justify, [["Mogilev Oblast"], ["−16%"]], "utf-8") == rich_table(names, justify, [["Mogilev Oblast"], ["−16%"]])
    for odd in ("[bold]x[/bold]", "see :smile: here", "漢字", "two  spaces", " lead", "tab\there"):
        assert plain_table(names, justify, [[odd], ["1"]], "utf-8") is None, odd
    assert plain_table(names, justify, [["Minsk"], ["1"]], "ascii") is None  # rich draws an ASCII box there
    assert "+" in rich_table(names, justify, [["Minsk"], ["1"]], "ascii")
    assert plain_table(names, ["left", "center"], [["Minsk"], ["1"]], "utf-8") is None


@pytest.mark.parametrize("args", [["list"], ["list", "--all-copies"], ["trade"], ["trade", "--sort", "value"], ["series"],
                                  ["series", "--country", "Kazakhstan"], ["people"]])
def test_piped_tables_are_the_bytes_rich_draws(args: list[str], corpus: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import belcoop.render

    drawn: list[bool] = []
    plain_table = belcoop.render.plain_table

    def spied(*given: Any) -> str | None:
        result = plain_table(*given)
        drawn.append(result is not None)
        return result

    monkeypatch.setattr(belcoop.render, "plain_table", spied)
    fast = run_forced(forced(tty=False), *args, *corpus)
    assert drawn == [True]  # drawn here, not by rich
    monkeypatch.setattr(belcoop.render, "plain_table", lambda *_given: None)
    slow = run_forced(forced(tty=False), *args, *corpus)
    assert fast == slow and fast.code == 0 and fast.out.startswith("┏")


@given(st.lists(st.tuples(st.text(max_size=8), st.one_of(st.none(), st.integers(-10**15, 10**15),
                                                          st.floats(allow_nan=False, allow_infinity=False)),
                          st.one_of(st.none(), st.sampled_from(["2022-03-14"]))), max_size=5),
       st.booleans())
def test_series_ids_and_values_are_read_as_json_decodes_them(sources: list[tuple[str, Any, str | None]], compact: bool) -> None:
    from belcoop.render import _ids_values

    items = [{"id": i, "date": d, "value": v, "approx": "about" if d else None, "change": {"kind": "percent", "value": 2} if v else None}
             for i, v, d in sources]
    text = json.dumps(items, ensure_ascii=False, separators=(",", ":") if compact else None)  # not compact: decoded whole
    ids, values, approxes = _ids_values(text, len(items))
    assert ids == [s["id"] for s in items] and values == [s["value"] for s in items]
    assert approxes == [s["approx"] for s in items]
    assert [type(v) for v in values] == [type(s["value"]) for s in items]


_SOURCE = st.fixed_dictionaries({
    "id": st.text(min_size=1, max_size=6), "date": st.one_of(st.none(), st.just("2021-05-04")),
    "value": st.one_of(st.none(), st.integers(-10**12, 10**12), st.floats(-1e12, 1e12, allow_nan=False)),
    "approx": st.sampled_from([None, "about", "over"]),
    "change": st.one_of(st.none(), st.just({"kind": "percent", "value": 2.5}))})


@given(st.lists(_SOURCE, min_size=1, max_size=6), st.one_of(st.none(), st.floats(-50, 50)), st.booleans())
def test_series_csv_cells_are_those_of_the_values_a_table_shows(sources: list[dict[str, Any]], change: float | None,
                                                                 conflict: bool) -> None:
    """`series_csv` makes each cell straight from the point; it must be what `_cell` makes of `series_rows`' values
    (the long way), for ids a plain reading takes and for those that need decoding (quotes, backslashes)."""
    from belcoop.analysis.series import Point
    from belcoop.render import SERIES_CSV, _cell, series_csv, series_rows

    point = Point("KZ", "Kazakhstan", "BY-MI", "Minsk Oblast", "turnover", None, "actual", "USD", "2021-01-01", "2021-12-31",
                  count=len(sources), sources=json.dumps(sources, ensure_ascii=False, separators=(",", ":")), value=1.5e9,
                  conflict=conflict, change=change)
    made = list(series_csv([point])())
    long_way = [[_cell(row.values.get(name)) for name in SERIES_CSV] for row in series_rows([point])(True)]
    assert made == long_way and len(made[0]) == len(SERIES_CSV)


def test_a_conflict_of_many_figures_is_shown_by_its_count_and_range() -> None:
    from belcoop.render import _conflicting

    assert _conflicting([1.2e9, 1.4e9, 1.2e9], [None, "about", None], "USD") == "$1.2B / about $1.4B"  # each once, in order
    assert _conflicting([5e6, None, 7e6, 9e6, 6e6], [None] * 5, "USD") == "$5.0M / $7.0M / $9.0M / $6.0M"  # four: all
    many = [float(v) * 1e6 for v in (40, 12, 90, 33, 12, 57)]
    assert _conflicting(many, [None] * 6, "USD") == "5 figures, $12.0M to $90.0M"  # lowest and highest, figures counted once
    assert _conflicting(many, [None, None, None, None, "about", None], "RUB") == "6 figures, RUB 12.0M to RUB 90.0M"


def test_series_table_of_a_many_sided_conflict_stays_short(tmp_path: Path) -> None:
    for i, value in enumerate((1.1, 1.3, 1.5, 1.7, 1.9, 2.1)):
        write_article(tmp_path, f"k{i}.txt", f"MINSK, {i + 1} March (BelTA) – Trade between Belarus and Kazakhstan"
                      f" reached ${value} billion in 2021, the Belarusian Foreign Ministry said.\n")
    table = run_forced(forced(tty=False), "series", "--corpus", str(tmp_path))
    row = next(line for line in table.out.splitlines() if "2021" in line)
    assert table.code == 0 and table.err == ""
    assert "conflict: 6 figures, $1.1B to $2.1B" in row and "$1.3B" not in row
    csv_out = run_forced(forced(tty=False), "series", "--corpus", str(tmp_path), "--format", "csv").out
    assert csv_out.splitlines()[1].count(";") == 10  # the CSV lists every id and every figure (six each)


def test_a_saved_pages_sidebar_is_no_part_of_its_text() -> None:
    """Other stories listed beside the article (an <aside>, a block of class "sidebar" or "related") are left out; a
    block of that kind left open, which would swallow the page, is not."""
    from belcoop.html import visible_text

    page = ("<html><body><div class='sidebar-left'><h4>Popular</h4><ul><li>11 November 2024 Belarus, Oman sign five "
            "agreements</li></ul></div><article><h1>Brest Oblast, Vologda Oblast discuss timber</h1><p>BREST, 28 October "
            "(BelTA) – Brest Oblast and Vologda Oblast discussed timber processing, BelTA learned.</p></article>"
            "<aside>Related: Belarus, Kenya trade reached $50 million</aside></body></html>")
    text = visible_text(page)
    assert "Oman" not in text and "Kenya" not in text and "Vologda Oblast discussed timber" in text
    unclosed = "<html><body><div class='related'><p>" + "The sides discussed supplies of tractors to the region. " * 20
    assert "supplies of tractors" in visible_text(unclosed)


def test_a_line_end_in_a_pages_source_is_a_space() -> None:
    """A browser shows a line end in the source as a space; only block elements break lines, and <br> once."""
    from belcoop.html import visible_text

    text = visible_text("<p>Last year the trade amounted to<br>\n<b>$312.5</b> million,\nup by 9.3%.</p><p>Next.</p>")
    assert text == "Last year the trade amounted to\n$312.5 million, up by 9.3%.\n\nNext.\n"
    assert visible_text("<pre>a\nb</pre>") == "a\nb\n"
