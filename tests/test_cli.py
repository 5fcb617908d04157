"""CliRunner tests for every command, filter, format and exit code; stdout and stderr checked apart."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from belcoop import __version__
from belcoop.cli import cli

from .conftest import GOMEL_ARTICLE, forced, run_forced, write_article

PERM = "001_ae412534d8744fdc"
KHABAROVSK = "003_966819d49d5648f5"


def run(runner: CliRunner, *args: str, input: str | bytes | None = None) -> Result:
    return runner.invoke(cli, list(args), input=input, catch_exceptions=False)


def as_json(result: Result) -> Any:
    return json.loads(result.stdout)


# ---------------------------------------------------------------- list


def test_list_defaults_to_the_bundled_seeds(runner: CliRunner) -> None:
    result = run(runner, "list", "--format", "json")
    assert result.exit_code == 0
    records = as_json(result)
    assert isinstance(records, list) and len(records) == 5
    assert result.stderr == ""


def test_list_region_perm_shows_exactly_the_perm_krai_record(runner: CliRunner) -> None:
    result = run(runner, "list", "--region", "Perm", "--json")
    assert [r["id"] for r in as_json(result)] == [PERM]
    table = run(runner, "list", "--region", "Perm")
    assert PERM in table.stdout and KHABAROVSK not in table.stdout


@pytest.mark.parametrize("region", ["perm krai", "RU-PER", "Perm Territory", "Kama region"])
def test_region_matches_names_aliases_and_codes(runner: CliRunner, region: str) -> None:
    assert [r["id"] for r in as_json(run(runner, "list", "--region", region, "--json"))] == [PERM]


def test_unknown_region_is_a_usage_error_with_suggestions(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["list", "--region", "Pern"])
    assert result.exit_code == 2
    assert "did you mean" in result.stderr and "Perm Krai" in result.stderr
    assert result.stdout == ""


def test_country_filter(runner: CliRunner) -> None:
    ids = [r["id"] for r in as_json(run(runner, "list", "--country", "Kazakhstan", "--json"))]
    assert ids == ["004_bf48547c16b7ef7c"]
    assert len(as_json(run(runner, "list", "--country", "RU", "--json"))) == 4


def test_sector_filter_and_unknown_sector(runner: CliRunner) -> None:
    ids = {r["id"] for r in as_json(run(runner, "list", "--sector", "housing_utilities", "--json"))}
    assert ids == {"000_f10d18a329112a53"}
    bad = runner.invoke(cli, ["list", "--sector", "spaceflight"])
    assert bad.exit_code == 2 and "agriculture" in bad.stderr and "investment" in bad.stderr


def test_person_filter(runner: CliRunner) -> None:
    ids = [r["id"] for r in as_json(run(runner, "list", "--person", "degtyarev", "--json"))]
    assert ids == [KHABAROVSK]


def test_since_until_and_year(runner: CliRunner) -> None:
    ids = [r["id"] for r in as_json(run(runner, "list", "--since", "May 2023", "--json"))]
    assert ids == ["002_77a9719cff5a927a"]
    ids = [r["id"] for r in as_json(run(runner, "list", "--until", "2022", "--json"))]
    assert ids == [KHABAROVSK, "004_bf48547c16b7ef7c"]
    ids = [r["id"] for r in as_json(run(runner, "list", "--since", "2022-05-14", "--until", "2022-12-31", "--json"))]
    assert ids == ["004_bf48547c16b7ef7c"]
    assert len(as_json(run(runner, "list", "--year", "2023", "--json"))) == 2


@pytest.mark.parametrize("value", ["2022-13-45", "someday", "May"])
def test_bad_dates_are_usage_errors(runner: CliRunner, value: str) -> None:
    result = runner.invoke(cli, ["list", "--since", value])
    assert result.exit_code == 2 and "--since" in result.stderr and result.stdout == ""


def test_text_search_in_the_article_body(runner: CliRunner) -> None:
    ids = [r["id"] for r in as_json(run(runner, "list", "--text", "dairy farm", "--json"))]
    assert ids == [KHABAROVSK]
    assert as_json(run(runner, "list", "--text", "dairy farm", "--no-cache", "--json")) != []


def test_sorting_puts_undated_last(runner: CliRunner) -> None:
    ids = [r["id"] for r in as_json(run(runner, "list", "--json"))]
    assert ids[-1] == PERM and ids[0] == KHABAROVSK
    newest = [r["id"] for r in as_json(run(runner, "list", "--sort=-date", "--json"))]
    assert newest[0] == "002_77a9719cff5a927a" and newest[-1] == PERM
    by_partner = [r["partner"]["name"] for r in as_json(run(runner, "list", "--sort", "partner", "--json"))]
    assert by_partner == sorted(by_partner)


def test_limit_and_negative_limit(runner: CliRunner) -> None:
    assert len(as_json(run(runner, "list", "--limit", "2", "--json"))) == 2
    bad = runner.invoke(cli, ["list", "--limit", "-1"])
    assert bad.exit_code == 2 and "--limit" in bad.stderr


def test_no_match_is_success_with_a_note_on_stderr(runner: CliRunner) -> None:
    result = run(runner, "list", "--region", "Tula", "--json")
    assert result.exit_code == 0 and as_json(result) == [] and "no records match" in result.stderr
    table = run(runner, "list", "--region", "Tula")
    assert table.exit_code == 0 and "no records match" in table.stderr


def test_jsonl_and_csv(runner: CliRunner) -> None:
    lines = run(runner, "list", "--format", "jsonl").stdout.splitlines()
    assert len(lines) == 5 and all(json.loads(line)["schema_version"] == 1 for line in lines)
    rows = list(csv.DictReader(io.StringIO(run(runner, "list", "--format", "csv").stdout)))
    assert len(rows) == 5 and {"id", "date", "partner", "sectors", "trade_facts"} <= set(rows[0])
    assert any("; " in row["sectors"] for row in rows)


def test_table_piped_has_no_colour_and_no_truncation(runner: CliRunner) -> None:
    out = run(runner, "list").stdout
    assert "\x1b[" not in out
    assert "Belarus, Russia's Perm Krai outline new avenues of cooperation" in out


def test_colour_on_a_terminal_but_never_with_no_color() -> None:
    assert forced(tty=True, TERM="xterm").color is True
    assert forced(tty=True, TERM="xterm", NO_COLOR="1").color is False
    assert forced(tty=True, TERM="dumb").color is False
    assert forced(tty=False, TERM="xterm").color is False
    coloured = run_forced(forced(tty=True, TERM="xterm"), "list")
    assert coloured.code == 0 and "\x1b[" in coloured.out and "Perm Krai" in coloured.out
    plain = run_forced(forced(tty=True, TERM="xterm", NO_COLOR="1"), "list")
    assert plain.code == 0 and "\x1b[" not in plain.out and "Perm Krai" in plain.out


# ---------------------------------------------------------------- show


def test_show_by_prefix_table_and_json(runner: CliRunner) -> None:
    table = run(runner, "show", "003")
    assert table.exit_code == 0
    for text in ("Khabarovsk Krai", "Mikhail Degtyaryov", "$6.2M", "×2.5", "action_plan", "In January-March 2022"):
        assert text in table.stdout
    record = as_json(run(runner, "show", "003", "--format", "json"))
    assert isinstance(record, dict) and record["id"] == KHABAROVSK and record["schema_version"] == 1


def test_show_unknown_or_ambiguous_id_is_a_runtime_error(runner: CliRunner) -> None:
    missing = runner.invoke(cli, ["show", "999"])
    assert missing.exit_code == 1 and missing.stderr.startswith("Error: ") and missing.stdout == ""
    ambiguous = runner.invoke(cli, ["show", "00"])
    assert ambiguous.exit_code == 1 and "matches 5 records" in ambiguous.stderr


# ---------------------------------------------------------------- trade


def test_trade_year_2022_json(runner: CliRunner) -> None:
    facts = as_json(run(runner, "trade", "--year", "2022", "--format", "json"))
    assert isinstance(facts, list)
    altai = [f for f in facts if f["partner"] == "RU-ALT"]
    assert altai and altai[0]["change"] == {"kind": "percent", "value": 40.0}
    khabarovsk = [f for f in facts if f["partner"] == "RU-KHA"]
    assert [(f["value"], f["period"]["start"], f["period"]["end"]) for f in khabarovsk] == [(6200000, "2022-01-01", "2022-03-31")]
    assert all(f["evidence"] for f in facts)


def test_trade_table_reads_like_a_person_writes(runner: CliRunner) -> None:
    out = run(runner, "trade", "--region", "Khabarovsk").stdout
    assert "$18.0M" in out and "×2.1" in out and "Q1 2022" in out and "2021" in out


def test_trade_metric_and_status_filters(runner: CliRunner) -> None:
    targets = as_json(run(runner, "trade", "--status", "target", "--json"))
    assert [(f["partner"], f["value"]) for f in targets] == [("RU-PER", 500000000)]
    exports = as_json(run(runner, "trade", "--metric", "exports", "--json"))
    assert {f["product"] for f in exports} == {"confectionery", "vegetable oils"}


def test_trade_csv_parses(runner: CliRunner) -> None:
    rows = list(csv.DictReader(io.StringIO(run(runner, "trade", "--format", "csv").stdout)))
    assert len(rows) == 7 and list(rows[0]) == [
        "id", "date", "outlet", "partner_code", "partner_name", "belarus_side_code", "belarus_side_name", "metric", "product",
        "value", "currency", "approx", "period_start", "period_end", "change_kind", "change_value", "status", "evidence", "path"]


def test_trade_chart(runner: CliRunner) -> None:
    out = run(runner, "trade", "--year", "2021", "--chart").stdout
    assert "Khabarovsk Krai" in out and "Kazakhstan" in out and "█" in out
    assert runner.invoke(cli, ["trade", "--chart"]).exit_code == 2


# ---------------------------------------------------------------- summary and people


def test_summary_table_and_json(runner: CliRunner) -> None:
    data = as_json(run(runner, "summary", "--format", "json"))
    assert isinstance(data, dict)
    assert data["records"] == 5 and data["trade_facts"] == 7
    assert data["by_year"] == {"2022": 2, "2023": 2, "undated": 1}
    assert data["agreements_signed"]["agreement"] == 12
    out = run(runner, "summary").stdout
    assert "Most-mentioned people" in out and "Khabarovsk Krai" in out
    rows = list(csv.DictReader(io.StringIO(run(runner, "summary", "--format", "csv").stdout)))
    assert {"section", "key", "value"} == set(rows[0])


def test_people(runner: CliRunner) -> None:
    rows = as_json(run(runner, "people", "--json"))
    names = [r["name"] for r in rows]
    assert "Dmitry Krutoi" in names and "Mikhail Degtyaryov" in names and "Mikhail Degtyarev" not in names
    one = as_json(run(runner, "people", "--person", "krutoi", "--json"))
    assert [(r["name"], r["articles"], r["partners"]) for r in one] == [("Dmitry Krutoi", 1, ["Perm Krai"])]
    assert "Dmitry Krutoi" in run(runner, "people", "--format", "csv").stdout


# ---------------------------------------------------------------- parse


def test_parse_files_prints_a_json_array(runner: CliRunner, seeds: Path) -> None:
    result = run(runner, "parse", str(seeds / f"{KHABAROVSK}.txt"))
    records = as_json(result)
    assert isinstance(records, list) and len(records) == 1 and records[0]["partner"]["code"] == "RU-KHA"


def test_parse_stdin(runner: CliRunner) -> None:
    record = as_json(run(runner, "parse", "-", input=GOMEL_ARTICLE.encode("utf-8")))[0]
    assert record["partner"]["code"] == "RU-KRS" and record["belarus_side"]["code"] == "BY-HO"
    assert record["date"] == "2021-10-12" and record["venue"] == "Gomel"


def test_parse_missing_file_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["parse", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2 and "nope.txt" in result.stderr


def test_corpus_option_and_environment(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_article(tmp_path, "gomel.txt", GOMEL_ARTICLE)
    ids = [r["id"] for r in as_json(run(runner, "list", "--corpus", str(tmp_path), "--json"))]
    assert ids == ["gomel"]
    other = tmp_path / "other"
    other.mkdir()
    write_article(other, "copy.txt", GOMEL_ARTICLE.replace("Kursk", "Oryol"))
    import os

    monkeypatch.setenv("BELCOOP_CORPUS", f"{tmp_path / 'gomel.txt'}{os.pathsep}{other}")
    ids = sorted(r["id"] for r in as_json(run(runner, "list", "--json")))
    assert ids == ["copy", "gomel"]


# ---------------------------------------------------------------- help and version


COMMANDS = [["list"], ["show"], ["trade"], ["series"], ["summary"], ["people"], ["export"], ["parse"], ["cache"], ["cache", "info"],
            ["cache", "clear"]]


@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_every_command_has_help_with_an_example(runner: CliRunner, command: list[str]) -> None:
    result = run(runner, *command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout and "belcoop " in result.stdout.split("Example", 1)[1]


def test_top_level_help_and_version(runner: CliRunner) -> None:
    assert "belcoop list --region Perm" in run(runner, "--help").stdout
    assert __version__ in run(runner, "--version").stdout
