"""The analyst's questions (issue 11): exact trade output, series and conflicts, reprints merged, people across
articles, the filters people expect, the export, tables that fit. CliRunner tests, stdout and stderr checked apart."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from belcoop.analysis import people as people_analysis
from belcoop.analysis import reprints, series
from belcoop.cli import cli
from belcoop.vocab import RAW_LIMIT

from .conftest import GOMEL_ARTICLE, SEEDS, forced, run_forced, write_article

KHABAROVSK = "003_966819d49d5648f5"

# Two articles of my own about Kazakhstan: the 2021 turnover is $1.2 billion in one and $1.5 billion in the other.
MINSK_TALKS = """Belarus, Kazakhstan discuss trade

10:15, 14 March 2022

MINSK, 14 March (BelTA) – Belarus and Kazakhstan discussed supplies of tractors and dairy products, Belarusian President Alexander Lukashenko said after the talks with Kazakhstan Prime Minister Alikhan Smailov in Minsk, BelTA has learned.

In 2021, the trade between Belarus and Kazakhstan amounted to $1.2 billion, up 20% over 2020. In 2020, the trade between Belarus and Kazakhstan totaled $1 billion.

The parties signed a roadmap for 2022-2023.
"""
ASTANA_MEETING = """Kazakhstan and Belarus to expand cooperation

Posted: 20.05.2022 11:54:00

ASTANA, 20 May (Kazinform) – Kazakhstan is ready to buy more Belarusian machinery, Kazakhstan Prime Minister Alikhan Smailov said at a meeting with Belarusian Prime Minister Roman Golovchenko in Astana. Aleksandr Lukashenko sent his greetings to the participants.

In 2021, trade between Kazakhstan and Belarus reached $1.5 billion.

A memorandum on cooperation in education was signed.
"""


def run(runner: CliRunner, *args: str) -> Result:
    return runner.invoke(cli, list(args), catch_exceptions=False)


def as_json(result: Result) -> Any:
    return json.loads(result.stdout)


@pytest.fixture
def kazakh(tmp_path: Path) -> Path:
    folder = tmp_path / "kz"
    folder.mkdir()
    write_article(folder, "minsk.txt", MINSK_TALKS)
    write_article(folder, "astana.txt", ASTANA_MEETING)
    return folder


def edited_copy(text: str) -> str:
    """Seed 003 as another site saves it: other chrome, title and dateline, a word or two changed."""
    body = text[text.index("MOGILEV, 13 May (BelTA) –"):]
    body = body.replace("MOGILEV, 13 May (BelTA) –", "Mogilev, 13 May –").replace("BelTA has learned", "the agency reports")
    body = body.replace("welcomed progress", "praised the progress")
    return "Home | News | Regions\nSaturday, 14 May 2022\n\nKhabarovsk and Belarus agree on cooperation plan\n\n" + body


@pytest.fixture
def reprinted(tmp_path: Path) -> Path:
    folder = tmp_path / "reprinted"
    folder.mkdir()
    seed = (SEEDS / f"{KHABAROVSK}.txt").read_text(encoding="utf-8")
    write_article(folder, f"{KHABAROVSK}.txt", seed)
    write_article(folder, "copy_on_another_site.txt", edited_copy(seed))
    write_article(folder, "gomel.txt", GOMEL_ARTICLE)
    return folder


# ---------------------------------------------------------------- 1. exact trade output


def test_trade_csv_parses_into_the_numbers_of_the_json(runner: CliRunner) -> None:
    csv_result = run(runner, "trade", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(csv_result.stdout)))
    facts = as_json(run(runner, "trade", "--format", "json"))
    assert csv_result.stderr == "" and len(rows) == len(facts) == 7
    for row, fact in zip(rows, facts, strict=True):
        assert (float(row["value"]) if row["value"] else None) == fact["value"]
        assert (float(row["change_value"]) if row["change_value"] else None) == fact["change_value"]
        assert (row["period_start"] or None, row["period_end"] or None) == (fact["period_start"], fact["period_end"])
        assert row["currency"] == (fact["currency"] or "") and row["evidence"] == fact["evidence"]
        assert row["belarus_side_code"] == "BY" and row["path"].endswith(".txt")
    assert "18000000" in [row["value"] for row in rows]  # whole units, no "$18.0M"


def test_trade_json_keeps_the_nested_fields_and_adds_the_flat_ones(runner: CliRunner) -> None:
    fact = next(f for f in as_json(run(runner, "trade", "--region", "Khabarovsk", "--json")) if f["value"] == 18000000)
    assert fact["period"] == {"start": "2021-01-01", "end": "2021-12-31"} and fact["change"] == {"kind": "times", "value": 2.1}
    assert fact["partner"] == fact["partner_code"] == "RU-KHA" and fact["outlet"] == "BelTA"
    assert fact["belarus_side_name"] == "Belarus" and fact["path"].endswith(f"{KHABAROVSK}.txt")


@pytest.mark.parametrize("sort", ["date", "period", "value", "partner"])
def test_trade_sort(runner: CliRunner, sort: str) -> None:
    result = run(runner, "trade", "--sort", sort, "--json")
    facts = as_json(result)
    assert result.stderr == "" and len(facts) == 7
    if sort == "value":
        values = [f["value"] for f in facts if f["value"] is not None]
        assert values == sorted(values, reverse=True) and facts[-1]["value"] is None
    if sort == "period":
        starts = [f["period_start"] for f in facts if f["period_start"]]
        assert starts == sorted(starts) and facts[-1]["period_start"] is None
    if sort == "partner":
        assert [f["partner_name"] for f in facts] == sorted(f["partner_name"] for f in facts)


def test_trade_table_shows_the_belarusian_side_when_it_is_not_the_country(runner: CliRunner, tmp_path: Path) -> None:
    write_article(tmp_path, "gomel.txt", GOMEL_ARTICLE)
    result = run(runner, "trade", "--corpus", str(tmp_path))
    assert "side" in result.stdout and "Gomel Oblast" in result.stdout and result.stderr == ""
    plain = run(runner, "trade")  # the seeds: every figure is Belarus' own
    assert " side " not in plain.stdout


# ---------------------------------------------------------------- 2. series


def test_series_gathers_reports_and_flags_a_conflict(runner: CliRunner, kazakh: Path) -> None:
    result = run(runner, "series", "--corpus", str(kazakh), "--json")
    points = {p["period"]["start"][:4]: p for p in as_json(result)}
    assert result.stderr == ""
    year = points["2021"]
    assert year["reports"] == 2 and year["conflict"] is True and {s["id"] for s in year["sources"]} == {"minsk", "astana"}
    assert year["value"] == 1_350_000_000  # the median of the exact figures
    # 2020 -> 2021: $1.0B -> $1.35B agreed is +35%, reported +20%: more than 3 points apart
    assert year["change"] == 20.0 and year["implied_change"] == 35.0 and year["change_mismatch"] is True
    table = run(runner, "series", "--corpus", str(kazakh))
    assert "conflict" in table.stdout and "minsk" in table.stdout and "astana" in table.stdout


def test_a_change_stated_without_a_figure_joins_the_point_of_its_period(runner: CliRunner, kazakh: Path) -> None:
    write_article(kazakh, "growth.txt", "Belarus, Kazakhstan trade grows\n\n2 February 2022\n\nMINSK, 2 February (BelTA) –"
                  " In 2021, the trade between Belarus and Kazakhstan grew by 25%, BelTA has learned.\n")
    points = {p["period"]["start"][:4]: p for p in as_json(run(runner, "series", "--corpus", str(kazakh), "--json"))}
    year = points["2021"]
    assert [s["id"] for s in year["sources"]] == ["growth", "minsk", "astana"] and year["reports"] == 3
    assert year["sources"][0] == {"id": "growth", "date": "2022-02-02", "value": None, "approx": None,
                                  "change": {"kind": "percent", "value": 25.0}}
    assert year["change"] == 22.5 and year["value"] == 1_350_000_000 and year["conflict"] is True


# One article giving the 2021 point a figure, then another figure and a change (my text).
REPEATED = ("Belarus, Kazakhstan sum up trade\n\n15 March 2022\n\nMINSK, 15 March (BelTA) – In 2021, the trade between"
            " Belarus and Kazakhstan amounted to $1.2 billion, BelTA has learned.\n\nThe ministers met in Astana on Monday"
            " to discuss machine building. According to the customs service, in 2021 the trade between Belarus and"
            " Kazakhstan reached $1.25 billion. In 2021 the trade between Belarus and Kazakhstan grew by 20%.\n")


def test_an_article_is_one_report_of_a_point_however_many_facts_it_gives(runner: CliRunner, tmp_path: Path) -> None:
    write_article(tmp_path, "repeated.txt", REPEATED)
    facts = [f for f in as_json(run(runner, "trade", "--corpus", str(tmp_path), "--json")) if f["period"]]
    assert len(facts) == 3  # three facts of the one point (two figures, one change without a figure) ...
    result = run(runner, "series", "--corpus", str(tmp_path), "--json")
    [point] = as_json(result)
    assert result.stderr == "" and point["reports"] == 1 and not point["conflict"]  # ... are one report
    assert point["sources"] == [{"id": "repeated", "date": "2022-03-15", "value": 1_200_000_000, "approx": None,
                                 "change": {"kind": "percent", "value": 20.0}}]  # its first figure, with its change
    assert point["value"] == 1_200_000_000 and point["change"] == 20.0
    write_article(tmp_path, "minsk.txt", MINSK_TALKS)  # $1.2 billion, +20%: agrees with the first figure
    [point] = [p for p in as_json(run(runner, "series", "--corpus", str(tmp_path), "--json")) if p["period"]["start"] == "2021-01-01"]
    assert point["reports"] == 2 and [s["id"] for s in point["sources"]] == ["minsk", "repeated"] and not point["conflict"]
    rows = list(csv.DictReader(io.StringIO(run(runner, "series", "--corpus", str(tmp_path), "--format", "csv").stdout)))
    assert next(r for r in rows if r["period_start"] == "2021-01-01")["ids"] == "minsk; repeated"


def test_series_order_does_not_hang_on_the_store_order() -> None:
    def aggregate(partner: str | None, name: str, side_name: str | None) -> tuple[Any, ...]:
        source = json.dumps({"id": f"a-{partner}", "date": "2022-01-01", "value": 5, "approx": None, "change": None})
        return (partner, name, "BY-MI", side_name, "turnover", None, "actual", "USD", "2021-01-01", "2021-12-31", 1, 4.9, 5.1,
                "5", None, f"2022-01-01 \"a-{partner}\"", source)

    # Two codes of one name, and a side without a stored name (None beside text must still sort).
    rows = [aggregate("RU-MOW", "Moscow", "Minsk Oblast"), aggregate("RU-MOS", "Moscow", "Minsk Oblast"),
            aggregate(None, "", None), aggregate("KZ", "Kazakhstan", None)]
    orders = {tuple((p.partner, p.side_name) for p in series.build(order)) for order in (rows, rows[::-1], rows[1:] + rows[:1])}
    expected: tuple[tuple[str | None, str | None], ...] = ((None, None), ("KZ", None), ("RU-MOS", "Minsk Oblast"),
                                                           ("RU-MOW", "Minsk Oblast"))
    assert orders == {expected}


def test_series_table_counts_the_reports_past_three(runner: CliRunner, tmp_path: Path) -> None:
    for i in range(12):
        write_article(tmp_path, f"r{i:02d}.txt", MINSK_TALKS.replace("14 March", f"{i + 1} April"))
    table = run(runner, "series", "--corpus", str(tmp_path), "--all-copies")
    row = next(line for line in table.stdout.splitlines() if "2021" in line and "Jan" not in line)
    assert "r00; r01; r02; +9 more" in row and "r03" not in row and table.stderr == ""
    rows = list(csv.DictReader(io.StringIO(run(runner, "series", "--corpus", str(tmp_path), "--all-copies", "--format", "csv").stdout)))
    assert len(next(r for r in rows if r["period_start"] == "2021-01-01")["ids"].split("; ")) == 12  # CSV lists them all
    four = run(runner, "series", "--corpus", str(tmp_path), "--all-copies", "--until", "2022-04-04")
    assert "r00; r01; r02; r03 " in four.stdout  # four ids shown whole, never "+1 more"


def test_series_table_at_80_columns(kazakh: Path) -> None:
    result = run_forced(forced(tty=True, width=80, NO_COLOR="1"), "series", "--corpus", str(kazakh))
    assert result.code == 0 and result.err == ""
    assert max(map(len, result.out.splitlines())) <= 80 and "conflict" in result.out


def test_series_csv_is_flat(runner: CliRunner, kazakh: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(run(runner, "series", "--corpus", str(kazakh), "--format", "csv").stdout)))
    row = next(r for r in rows if r["period_start"] == "2021-01-01")
    assert row["conflict"] == "true" and row["full_year"] == "true" and row["ids"] in ("minsk; astana", "astana; minsk")
    assert float(row["value"]) == 1.35e9


@pytest.mark.parametrize(("one", "other", "conflict"), [
    ("$100 million", "$101.9 million", False), ("$100 million", "$102.5 million", True),
    ("about $40 million", "$41.5 million", False), ("over $500 million", "$520 million", False),
    ("over $500 million", "$480 million", True), ("almost $6 million", "$5.8 million", False),
])
def test_agreement_within_two_percent_or_an_approximation_is_no_conflict(
        runner: CliRunner, tmp_path: Path, one: str, other: str, conflict: bool) -> None:
    for name, figure in (("first", one), ("second", other)):
        write_article(tmp_path, f"{name}.txt", f"Belarus, Kazakhstan sum up trade\n\n14 March 2022\n\nMINSK, 14 March (BelTA)"
                      f" – In 2021, the trade between Belarus and Kazakhstan amounted to {figure}, BelTA has learned.\n")
    result = run(runner, "series", "--corpus", str(tmp_path), "--json")
    [point] = as_json(result)
    assert result.stderr == "" and point["reports"] == 2 and point["conflict"] is conflict
    assert series.percent("times", 2.5) == 150.0 and series.percent("percent", -4.0) == -4.0


def test_series_on_the_seeds(runner: CliRunner) -> None:
    result = run(runner, "series", "--json")
    points = as_json(result)
    assert result.stderr == "" and {p["partner_name"] for p in points} >= {"Khabarovsk Krai", "Kazakhstan"}
    khabarovsk = next(p for p in points if p["partner"] == "RU-KHA" and p["full_year"])
    assert khabarovsk["value"] == 18_000_000 and khabarovsk["change"] == 110.0
    assert all(p["status"] == "actual" for p in points)
    assert all(p["status"] == "target" for p in as_json(run(runner, "series", "--status", "target", "--json")))


def test_chart_by_year_for_one_partner_and_by_partner_for_one_year(runner: CliRunner, kazakh: Path) -> None:
    by_year = run(runner, "series", "--corpus", str(kazakh), "--chart")
    assert by_year.stderr == "" and "Kazakhstan: full-year turnover by year" in by_year.stdout
    assert "2020" in by_year.stdout and "2021" in by_year.stdout and "(conflict)" in by_year.stdout
    one_year = run(runner, "trade", "--year", "2021", "--chart")  # trade's chart is a view of the series
    assert "Khabarovsk Krai" in one_year.stdout and "Kazakhstan" in one_year.stdout and "█" in one_year.stdout
    exports = run(runner, "series", "--corpus", str(kazakh), "--chart", "--metric", "exports")
    assert exports.stdout == "" and "no full-year exports figures" in exports.stderr


@pytest.mark.parametrize("fmt", ["json", "csv", "jsonl"])
def test_chart_with_a_data_format_is_a_usage_error(runner: CliRunner, fmt: str) -> None:
    for command in ("trade", "series"):
        result = runner.invoke(cli, [command, "--year", "2021", "--chart", "--format", fmt])
        assert result.exit_code == 2 and result.stdout == "" and "--chart draws in the terminal" in result.stderr


def test_chart_of_many_partners_needs_a_year(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["series", "--chart"])
    assert result.exit_code == 2 and result.stdout == "" and "give --year" in result.stderr


# ---------------------------------------------------------------- 3. reprints


def test_a_reprint_is_one_story_counted_once(runner: CliRunner, reprinted: Path) -> None:
    listed = run(runner, "list", "--corpus", str(reprinted), "--json")
    records = as_json(listed)
    assert listed.stderr == "" and len(records) == 2
    story = next(r for r in records if r["partner"]["code"] == "RU-KHA")
    assert [c["id"] for c in story["copies"]] == [KHABAROVSK, "copy_on_another_site"]
    table = run(runner, "list", "--corpus", str(reprinted), "--format", "csv")
    assert {row["id"]: row["copies"] for row in csv.DictReader(io.StringIO(table.stdout))} == {KHABAROVSK: "2", "gomel": ""}
    facts = as_json(run(runner, "trade", "--corpus", str(reprinted), "--region", "Khabarovsk", "--json"))
    assert len(facts) == 2 and {f["id"] for f in facts} == {KHABAROVSK}
    summary = as_json(run(runner, "summary", "--corpus", str(reprinted), "--json"))
    assert summary["records"] == 2 and summary["by_partner"]["Khabarovsk Krai"] == 1
    points = as_json(run(runner, "series", "--corpus", str(reprinted), "--region", "Khabarovsk", "--json"))
    assert all(p["reports"] == 1 for p in points)
    people = as_json(run(runner, "people", "--corpus", str(reprinted), "--person", "Degtyarev", "--json"))
    assert people[0]["articles"] == 1


def test_show_lists_every_copy_and_all_copies_shows_each_file(runner: CliRunner, reprinted: Path) -> None:
    shown = run(runner, "show", "copy_on", "--corpus", str(reprinted))
    assert "Copies of this story (2)" in shown.stdout and "copy_on_another_site.txt" in shown.stdout
    assert f"{KHABAROVSK}.txt" in shown.stdout and shown.stderr == ""
    record = as_json(run(runner, "show", KHABAROVSK, "--corpus", str(reprinted), "--json"))
    assert [Path(c["path"]).name for c in record["copies"]] == [f"{KHABAROVSK}.txt", "copy_on_another_site.txt"]
    assert record["copies"][1]["title"] == "Khabarovsk and Belarus agree on cooperation plan"
    every = as_json(run(runner, "list", "--corpus", str(reprinted), "--all-copies", "--json"))
    assert len(every) == 3
    assert len(as_json(run(runner, "trade", "--corpus", str(reprinted), "--all-copies", "--region", "Khabarovsk", "--json"))) == 4


def test_exact_duplicates_keep_their_warning(runner: CliRunner, tmp_path: Path) -> None:
    write_article(tmp_path, "a.txt", GOMEL_ARTICLE)
    write_article(tmp_path, "b.txt", GOMEL_ARTICLE.replace("\n", "\r\n"))
    result = run(runner, "list", "--corpus", str(tmp_path), "--json")
    assert len(as_json(result)) == 1 and "duplicate of" in result.stderr


def test_a_template_filled_with_other_figures_is_another_story(runner: CliRunner, tmp_path: Path) -> None:
    for i, region in enumerate(["Kursk", "Oryol", "Tula", "Kursk"]):
        write_article(tmp_path, f"a{i}.txt", GOMEL_ARTICLE.replace("Kursk", region).replace("$95.4 million", f"${i + 10} million"))
    result = run(runner, "list", "--corpus", str(tmp_path), "--json")
    assert len(as_json(result)) == 4 and all("copies" not in r for r in as_json(result))


def test_fingerprints_see_a_cut_copy_and_a_translation() -> None:
    seed = (SEEDS / f"{KHABAROVSK}.txt").read_text(encoding="utf-8")
    whole = reprints.unpack(reprints.fingerprint(seed, "RU-KHA").sketch)
    cut = reprints.unpack(reprints.fingerprint(seed[:1500], "RU-KHA").sketch)
    assert reprints.same_story(whole, cut) == "copy" and reprints.measure(whole, cut).containment > 0.9
    other_partner = reprints.unpack(reprints.fingerprint(seed, "RU-PER").sketch)
    assert reprints.same_story(whole, other_partner) is None
    assert reprints.same_story(whole, reprints.unpack(reprints.fingerprint(seed, "RU").sketch)) == "copy"  # its country
    assert reprints.same_story(whole, reprints.unpack(reprints.fingerprint(seed, "KZ").sketch)) is None
    one = ("Belarus' commerce with the region climbed from $14.6 million in 2019 to $27.9 million in 2020. Over January-August"
           " it added a further 70% to roughly $36 million, and Belarusian exports more than doubled to $29.4 million."
           " Belarus sells the region lorries, cheese, milk powder and water-treatment plants.")
    two = ("The region's turnover with Belarus rose from $14.6 million in 2019 to $27.9 million in 2020. In the first"
           " eight months it jumped by 70% to about $36 million; Belarus' exports more than doubled, reaching $29.4 million."
           " Belarusian deliveries are mostly lorries, cheese, milk powder and plants for treating water.")
    a, b = (reprints.unpack(reprints.fingerprint(t, "RU-PRI").sketch) for t in (one, two))
    assert reprints.same_story(a, b) == "translation"
    assert reprints.same_story(a, reprints.unpack(reprints.fingerprint(one.replace("27.9", "31.8").replace("14.6", "10.2")
                                                                      .replace("29.4", "25.1"), "RU-PRI").sketch)) != "translation"


# A regional site's standard closing paragraph, figures and all, under two short stories of its own (my text).
VITEBSK_ABOUT = ("About the region. Vitebsk Oblast lies in the north of Belarus and borders Russia, Latvia and Lithuania."
                 " Its enterprises trade with partners in more than 90 countries; in 2022 the foreign trade of the oblast"
                 " reached $4.1 billion, with exports of $2.6 billion and a surplus of $1.1 billion. The largest exporters"
                 " are the Naftan refinery, the Polotsk fibreglass works, the Vitebsk carpet factory and the Orsha flax"
                 " mill, which together account for 61% of the oblast's sales abroad. Investors are offered land plots"
                 " in the free economic zone with tax breaks for up to 20 years.")
VITEBSK_DAIRY = ("Vitebsk Oblast dairies will ship cheese to Pskov Oblast\n\nVITEBSK, 3 March – Dairy plants of Vitebsk Oblast"
                 " agreed with retail chains of Pskov Oblast on regular deliveries of hard cheese and butter, the head of"
                 " the regional agriculture committee told journalists on Friday. The first lorries leave Glubokoye next"
                 " week; a dozen shops in Velikiye Luki will sell the cheese under its own brand. Prices were set for half"
                 " a year, after which the sides will review them, taking into account the cost of milk and fuel.\n\n"
                 + VITEBSK_ABOUT + "\n")
VITEBSK_FLAX = ("Orsha flax mill opens a new weaving line\n\nORSHA, 17 March – A weaving line made in Pskov Oblast"
                " started work at the flax mill in Orsha, doubling the output of linen fabric for bed sheets and towels,"
                " the mill's director said at the opening ceremony. Forty weavers trained for two months to run the"
                " looms, which need a quarter less power than the old ones. The mill hopes to sell the new fabric to"
                " hotels and hospitals at home and to wholesalers abroad by the end of autumn.\n\n" + VITEBSK_ABOUT + "\n")


def test_stories_sharing_a_standard_paragraph_are_two(runner: CliRunner, tmp_path: Path) -> None:
    dairy, flax = (reprints.unpack(reprints.fingerprint(reprints.body_of(t), "BY-VI").sketch) for t in (VITEBSK_DAIRY, VITEBSK_FLAX))
    m = reprints.measure(dairy, flax)
    # By similarity alone one story (the paragraph is most of each body, its figures all of theirs) ...
    assert m.containment >= reprints.COPY_CONTAINMENT and m.figures == 1.0 and m.years == 1.0
    # ... but they open otherwise.
    assert m.opening < reprints.OPENING_ALIKE and reprints.same_story(dairy, flax) is None
    copy = reprints.unpack(reprints.fingerprint(reprints.body_of("News of the region\n\n" + VITEBSK_DAIRY.replace("VITEBSK, 3 March –", "Vitebsk –")),
                                                "BY-VI").sketch)
    assert reprints.same_story(dairy, copy) == "copy"  # a copy under other chrome still opens alike
    write_article(tmp_path, "dairy.txt", VITEBSK_DAIRY)
    write_article(tmp_path, "flax.txt", VITEBSK_FLAX)
    result = run(runner, "list", "--corpus", str(tmp_path), "--json")
    assert result.stderr == "" and len(as_json(result)) == 2 and all("copies" not in r for r in as_json(result))


# One announcement a year, the same words and figures, other years (my text).
FORUM = ("The {0} Forum of Regions of Belarus and Russia will open in Grodno\n\nGRODNO, 2 June – The {0} Forum of Regions"
         " of Belarus and Russia will open in Grodno on 28 June, its organising committee said. About 500 delegates of 40"
         " Russian regions and all six Belarusian oblasts are expected; contracts worth $500 million are to be signed, as"
         " many as at the forum of {1}. The plenary session will discuss industrial cooperation, import substitution,"
         " logistics and the supply of Belarusian machinery to Russian regions, while round tables will deal with"
         " education, tourism and youth policy. The forum has been held every year since 2014.\n")


def test_the_same_text_of_other_years_is_another_story(runner: CliRunner, tmp_path: Path) -> None:
    one, other = (reprints.unpack(reprints.fingerprint(reprints.body_of(FORUM.format(year, year - 1))).sketch) for year in (2021, 2023))
    m = reprints.measure(one, other)
    assert m.containment >= reprints.COPY_CONTAINMENT and m.opening == 1.0  # by similarity and opening one story ...
    assert m.years < reprints.YEARS_SHARED and reprints.same_story(one, other) is None  # ... but of other years
    again = reprints.unpack(reprints.fingerprint(reprints.body_of(FORUM.format(2021, 2020).replace("said", "announced"))).sketch)
    assert reprints.same_story(one, again) == "copy"
    assert reprints.years_shared(one, reprints.unpack(reprints.fingerprint("No year is named in this text at all.").sketch)) == 1.0
    write_article(tmp_path, "forum_2021.txt", FORUM.format(2021, 2020))
    write_article(tmp_path, "forum_2023.txt", FORUM.format(2023, 2022))
    result = run(runner, "list", "--corpus", str(tmp_path), "--json")
    assert result.stderr == "" and len(as_json(result)) == 2 and all("copies" not in r for r in as_json(result))


def test_a_sketch_packs_and_unpacks_whole() -> None:
    sketch = reprints.unpack(reprints.fingerprint(reprints.body_of(VITEBSK_DAIRY), "BY-VI").sketch)
    assert reprints.unpack(reprints.pack(sketch)) == sketch
    assert sketch.years == {2022} and 0 < sketch.opening <= len(sketch.lead)


def test_a_huge_text_is_fingerprinted_by_its_head() -> None:
    seed = (SEEDS / f"{KHABAROVSK}.txt").read_text(encoding="utf-8")
    huge = seed + "\n" + "".join(f"Line {i} of a dump: the turnover was ${i},{i % 1000:03d} and 1,250 tractors in {1900 + i % 200}.\n"
                                  for i in range(40_000))
    assert len(huge) > 3 * RAW_LIMIT
    head = huge[:RAW_LIMIT]
    assert reprints.body_of(huge) == reprints.body_of(head)
    assert reprints.fingerprint(huge, "RU-KHA") == reprints.fingerprint(head, "RU-KHA")


def test_a_text_of_countless_figures_is_fingerprinted() -> None:
    dump = " ".join(str(i) for i in range(10_000, 80_000))  # 70,000 distinct figures (more than 16 bits count) ...
    assert len(dump) < RAW_LIMIT  # ... in fewer characters than are read
    sketch = reprints.unpack(reprints.fingerprint(dump).sketch)
    assert len(sketch.figures) == reprints.FIGURE_SKETCH  # the first ones: the sketch of a text stays small


def test_figures_are_values() -> None:
    assert reprints.figures("$0.5 billion, $500 million, 80%, 80 percent, in 2021, on 12 May, 1,250 tractors, 3.5") == [
        "5e+08", "5e+08", "80%", "80%", "1250", "3.5"]


def test_reprint_groups() -> None:
    assert reprints.groups([(5, 2), (2, 9), (3, 4)]) == [[2, 5, 9], [3, 4]]
    postings = [(1, [1, 2, 3]), (2, [1, 3]), (3, [2, 3, 4]), (4, list(range(100)))]
    assert list(reprints.candidate_pairs(postings, {3})) == [(1, 3), (2, 3)]  # the key of 100 articles is boilerplate
    assert list(reprints.candidate_pairs(postings, {4})) == []  # one key in common is chance


# ---------------------------------------------------------------- 4. people


def test_people_merge_spellings_across_articles(runner: CliRunner, kazakh: Path) -> None:
    result = run(runner, "people", "--corpus", str(kazakh), "--json")
    rows = {r["name"]: r for r in as_json(result)}
    assert result.stderr == ""
    lukashenko = [r for r in rows.values() if "Lukashenko" in r["name"]]
    assert len(lukashenko) == 1 and lukashenko[0]["articles"] == 2
    assert set(lukashenko[0]["spellings"]) == {"Alexander Lukashenko", "Aleksandr Lukashenko"}
    assert rows["Alikhan Smailov"]["country"] == "KZ" and rows["Alikhan Smailov"]["articles"] == 2


def test_people_with(runner: CliRunner, kazakh: Path) -> None:
    result = run(runner, "people", "--corpus", str(kazakh), "--with", "Smailov", "--json")
    rows = {r["name"]: r for r in as_json(result)}
    assert result.stderr == "" and set(rows) == {"Alexander Lukashenko", "Roman Golovchenko"}
    assert rows["Alexander Lukashenko"]["together"] == 2 and set(rows["Alexander Lukashenko"]["ids"]) == {"minsk", "astana"}
    assert rows["Roman Golovchenko"]["ids"] == ["astana"] and rows["Roman Golovchenko"]["partners"] == ["Kazakhstan"]
    table = run(runner, "people", "--corpus", str(kazakh), "--with", "Smailov")
    assert "together" in table.stdout and "Roman Golovchenko" in table.stdout
    nobody = runner.invoke(cli, ["people", "--corpus", str(kazakh), "--with", "Nobody Atall"])
    assert nobody.exit_code == 1 and nobody.stdout == "" and "no one named 'Nobody Atall'" in nobody.stderr


def test_summary_counts_merged_people(runner: CliRunner, kazakh: Path) -> None:
    top = as_json(run(runner, "summary", "--corpus", str(kazakh), "--json"))["top_people"]
    assert {"name": "Alexander Lukashenko", "articles": 2} in top


@pytest.mark.parametrize(("a", "b", "same"), [
    ("lukashenko", "lukashenka", True), ("aleksandr", "alexander", True), ("aliaksandr", "aleksandr", True),
    ("alyaksandr", "alexander", True), ("degtyaryov", "degtyarev", True), ("krutoi", "krutoy", True),
    ("ivanov", "ivanova", False), ("olga", "oleg", False), ("dang", "dung", False), ("petrov", "popov", False),
])
def test_spellings_of_one_name(a: str, b: str, same: bool) -> None:
    assert people_analysis.same_word(a, b) is same


def test_names_initials_and_family_names_first() -> None:
    assert people_analysis.split_name("R.A.Golovchenko") == ("r", "golovchenko")
    assert people_analysis.split_name("Mr. Lukashenko") == ("", "lukashenko")
    assert people_analysis.split_name("Du Jiahao") == ("jiahao", "du")
    mentions = [people_analysis.Mention(i, f"r{i}", None, None, name, None, "BY")
                for i, name in enumerate(["Roman Golovchenko", "R.A. Golovchenko", "Golovchenko", "Andrei Golovchenko"])]
    merged = people_analysis.merge(mentions, lambda place: None)
    assert sorted(len(p.articles) for p in merged) == [1, 1, 2]  # "Golovchenko" alone could be either: on its own


@pytest.mark.parametrize(("role", "clean"), [
    ("Prime Minister of the Republic of Belarus, offers the sides a good chance to widen",
     "Prime Minister of the Republic of Belarus"),
    ("First Vice-Chairman of the Grodno Oblast Economic Committee, and Malinovsky",
     "First Vice-Chairman of the Grodno Oblast Economic Committee"),
    ("Mr.", None), ("Today Belarus President", "Belarus President"),
    ("Chairman of the Belarusian food, dairy, meat and sugar industry concern",
     "Chairman of the Belarusian food, dairy, meat and sugar industry concern"),
    ("Governor of the region, who noted the growth", "Governor of the region"),
    ("Chairman of the Board of the Association of Manufacturers of Agricultural Machinery and Equipment of the Republic of",
     "Chairman of the Board of the Association of Manufacturers of Agricultural"),
])
def test_roles_are_titles(role: str, clean: str | None) -> None:
    found = people_analysis.clean_role(role)
    assert found == clean
    assert found is None or (len(found) <= 80 and not found.endswith((" of", " the", " and")))


def test_diplomats_countries_come_from_their_titles() -> None:
    from belcoop.store.select import _country_code

    def country(role: str) -> str | None:
        return people_analysis.role_country(role, _country_code)

    assert country("Ambassador of India to Belarus") == "IN"
    assert country("Tajikistan's Ambassador to Belarus") == "TJ"
    assert country("Belarusian Ambassador to Russia") == "BY"
    assert country("Cuban Ambassador") == "CU"
    assert country("Governor of Perm Krai") is None
    assert people_analysis.role_key("Belarusian President") == people_analysis.role_key("President of the Republic of Belarus")


# ---------------------------------------------------------------- 5. filters


def test_agreement_and_signed(runner: CliRunner, kazakh: Path) -> None:
    roadmaps = as_json(run(runner, "list", "--corpus", str(kazakh), "--agreement", "roadmap", "--json"))
    assert [r["id"] for r in roadmaps] == ["minsk"]
    assert len(as_json(run(runner, "list", "--corpus", str(kazakh), "--signed", "--json"))) == 2
    assert [r["id"] for r in as_json(run(runner, "list", "--signed", "--agreement", "action-plan", "--json"))] == [KHABAROVSK]
    bad = runner.invoke(cli, ["list", "--agreement", "memorandom"])
    assert bad.exit_code == 2 and bad.stdout == "" and "did you mean memorandum" in bad.stderr


def test_side_filter(runner: CliRunner, tmp_path: Path) -> None:
    write_article(tmp_path, "gomel.txt", GOMEL_ARTICLE)
    write_article(tmp_path, "minsk.txt", MINSK_TALKS)
    facts = as_json(run(runner, "trade", "--corpus", str(tmp_path), "--side", "Gomel Oblast", "--json"))
    assert facts and {f["belarus_side_code"] for f in facts} == {"BY-HO"}
    assert [r["id"] for r in as_json(run(runner, "list", "--corpus", str(tmp_path), "--side", "Belarus", "--json"))] == ["minsk"]
    bad = runner.invoke(cli, ["trade", "--side", "Kazakhstan"])
    assert bad.exit_code == 2 and bad.stdout == "" and "not Belarusian" in bad.stderr


def test_text_takes_word_forms_and_fts5_syntax(runner: CliRunner, kazakh: Path) -> None:
    def ids(text: str) -> list[str]:
        result = run(runner, "list", "--corpus", str(kazakh), "--text", text, "--json")
        assert result.stderr == ""
        return sorted(r["id"] for r in as_json(result))

    assert ids("tractor") == ids("tractors") == ["minsk"]
    assert ids("tractor OR machinery") == ["astana", "minsk"]
    assert ids("machin*") == ["astana"] and ids('"dairy products" NOT memorandum') == ["minsk"]
    odd = run(runner, "list", "--corpus", str(kazakh), "--text", '"dairy', "--json")
    assert as_json(odd) == [] or isinstance(as_json(odd), list)
    assert "no full-text query FTS5 can read" in odd.stderr


@pytest.mark.parametrize("sector", ["Machine building", "machine-building", "MACHINE_BUILDING"])
def test_sector_is_forgiving(runner: CliRunner, sector: str) -> None:
    result = run(runner, "list", "--sector", sector, "--json")
    assert result.stderr == "" and as_json(result) == as_json(run(runner, "list", "--sector", "machine_building", "--json"))


def test_year_on_summary_and_people(runner: CliRunner) -> None:
    summary = as_json(run(runner, "summary", "--year", "2022", "--json"))
    assert summary["records"] == 2 and set(summary["by_year"]) == {"2022"}
    people = as_json(run(runner, "people", "--year", "2023", "--json"))
    assert people and all(set(p["ids"]) <= {"000_f10d18a329112a53", "002_77a9719cff5a927a"} for p in people)


@pytest.mark.parametrize(("args", "message"), [
    (["list", "--year", "22"], "22 is not a year"),
    (["trade", "--since", "2023", "--until", "2022"], "--since 2023-01-01 is after --until 2022-12-31"),
    (["list", "--json", "--format", "csv"], "--json and --format csv"),
])
def test_silent_empty_results_are_usage_errors(runner: CliRunner, args: list[str], message: str) -> None:
    result = runner.invoke(cli, args)
    assert result.exit_code == 2 and result.stdout == "" and message in result.stderr
    assert runner.invoke(cli, ["list", "--json", "--format", "json"]).exit_code == 0


def test_tilde_is_expanded_in_corpus_paths(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    write_article(tmp_path, "gomel.txt", GOMEL_ARTICLE)
    assert [r["id"] for r in as_json(run(runner, "list", "--corpus", "~/gomel.txt", "--json"))] == ["gomel"]
    monkeypatch.setenv("BELCOOP_CORPUS", "~/gomel.txt")
    assert [r["id"] for r in as_json(run(runner, "list", "--json"))] == ["gomel"]


@pytest.mark.parametrize("name", ["gold.json", "SOURCES.tsv", "facts.csv"])
def test_a_data_file_given_as_corpus_is_skipped(runner: CliRunner, tmp_path: Path, name: str) -> None:
    data = write_article(tmp_path, name, '{"records": []}\n')
    article = write_article(tmp_path, "gomel.txt", GOMEL_ARTICLE)
    result = run(runner, "list", "--corpus", str(data), "--corpus", str(article), "--json")
    assert [r["id"] for r in as_json(result)] == ["gomel"]
    assert f"skipping {data}: a {data.suffix.lower()} file is data, not an article" in result.stderr


# ---------------------------------------------------------------- 6. export


def test_export_sqlite(runner: CliRunner, reprinted: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.sqlite"
    result = run(runner, "export", str(target), "--corpus", str(reprinted))
    assert result.stdout == "" and "wrote 2 records" in result.stderr
    facts = as_json(run(runner, "trade", "--corpus", str(reprinted), "--json"))
    db = sqlite3.connect(target)
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"records", "trade_facts", "people", "mentions", "partners", "sectors", "organizations", "agreements", "copies",
            "article_text"} <= tables
    assert db.execute("SELECT count(*) FROM trade_facts").fetchone()[0] == len(facts)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("SELECT count(*) FROM copies WHERE record_id = ?", (KHABAROVSK,)).fetchone()[0] == 2
    found = db.execute("SELECT r.id FROM article_text t JOIN records r ON r.rowid = t.rowid WHERE article_text MATCH 'dairy'"
                       ).fetchall()
    assert (KHABAROVSK,) in found
    record = json.loads(db.execute("SELECT json FROM records WHERE id = ?", (KHABAROVSK,)).fetchone()[0])
    assert record == as_json(run(runner, "show", KHABAROVSK, "--corpus", str(reprinted), "--json"))
    assert db.execute("SELECT count(*) FROM mentions m JOIN people p ON p.id = m.person_id").fetchone()[0] == db.execute(
        "SELECT count(*) FROM mentions").fetchone()[0]
    again = runner.invoke(cli, ["export", str(target), "--corpus", str(reprinted)])
    assert again.exit_code == 1 and "exists" in again.stderr
    assert runner.invoke(cli, ["export", str(target), "--corpus", str(reprinted), "--force"]).exit_code == 0


def test_export_opens_in_duckdb(runner: CliRunner, tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    target = tmp_path / "seeds.sqlite"
    run(runner, "export", str(target))
    connection = duckdb.connect()
    try:
        connection.execute("LOAD sqlite")
    except duckdb.Error:
        extension = _packaged_duckdb_extension()
        if extension is None:
            pytest.skip("DuckDB's sqlite extension is neither installed nor packaged (pip install duckdb-ext-sqlite)")
        connection.load_extension(str(extension))
    connection.execute(f"ATTACH '{target}' AS belcoop (TYPE sqlite, READ_ONLY)")
    facts = as_json(run(runner, "trade", "--json"))
    assert connection.execute("SELECT count(*) FROM belcoop.trade_facts").fetchone() == (len(facts),)
    joined = connection.execute(
        "SELECT r.partner_name, count(*) FROM belcoop.trade_facts f JOIN belcoop.records r ON r.id = f.record_id"
        " GROUP BY 1 ORDER BY 1").fetchall()
    expected: dict[str, int] = {}
    for record in as_json(run(runner, "list", "--json")):
        if record["trade"]:
            expected[record["partner"]["name"]] = expected.get(record["partner"]["name"], 0) + len(record["trade"])
    assert dict(joined) == expected


def _packaged_duckdb_extension() -> Path | None:
    import importlib

    try:
        duckdb_ext = importlib.import_module("duckdb_ext")  # the duckdb-ext-sqlite package: the extension, offline
    except ImportError:
        return None
    for folder in duckdb_ext.__path__:
        for found in Path(folder).rglob("sqlite_scanner.duckdb_extension"):
            return found
    return None


def test_export_csv(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "tables"
    result = run(runner, "export", str(target), "--format", "csv", "--country", "Russia")
    assert result.stdout == "" and result.exit_code == 0
    names = {p.name for p in target.iterdir()}
    assert {"records.csv", "trade_facts.csv", "people.csv", "mentions.csv", "copies.csv"} <= names
    records = list(csv.DictReader((target / "records.csv").open(encoding="utf-8")))
    assert len(records) == 4 and all(r["partner_code"].startswith("RU") for r in records)
    facts = list(csv.DictReader((target / "trade_facts.csv").open(encoding="utf-8")))
    assert "18000000" in [f["value"] for f in facts]


# ---------------------------------------------------------------- 7. tables that fit


@pytest.mark.parametrize("args", [["list"], ["trade"], ["series"], ["people"], ["summary"], ["show", KHABAROVSK]])
def test_tables_fit_80_columns_on_a_terminal(args: list[str]) -> None:
    result = run_forced(forced(tty=True, width=80, NO_COLOR="1"), *args)
    assert result.code == 0 and result.err == ""
    assert max(map(len, result.out.splitlines())) <= 80


def test_narrow_tables_cut_titles_with_an_ellipsis_only_on_a_terminal() -> None:
    narrow = run_forced(forced(tty=True, width=80, NO_COLOR="1"), "list")
    assert "…" in narrow.out and "Belarus, Khabarovsk Territory sign cooperation agreement" not in narrow.out
    piped = run_forced(forced(tty=False), "list")
    assert "Belarus, Khabarovsk Territory sign cooperation agreement" in piped.out and "…" not in piped.out
    wide = run_forced(forced(tty=True, width=200, NO_COLOR="1"), "list")
    assert "Belarus, Khabarovsk Territory sign cooperation agreement" in wide.out and "agriculture" in wide.out


def test_sectors_are_summarised_when_narrow() -> None:
    from belcoop.render import LIST_COLUMNS, fit_columns

    values = [{"id": "x", "date": "2022-01-01", "partner": "Perm Krai", "venue": "", "event": "meeting",
               "sectors": ["agriculture", "food", "transport"], "trade_facts": 1, "copies": 1, "title": "A title " * 8}]
    shown, cells, cut = fit_columns(LIST_COLUMNS, values, 110)
    assert ["agriculture +2"] in cells and "title" in cut
    assert [c.name for c in fit_columns(LIST_COLUMNS, values, None)[0]] == [
        "id", "date", "partner", "venue", "event", "sectors", "trade_facts", "title"]


def test_show_prints_evidence_as_wrapped_paragraphs() -> None:
    result = run_forced(forced(tty=True, width=80, NO_COLOR="1"), "show", KHABAROVSK)
    lines = result.out.splitlines()
    start, end = lines.index("Evidence of the trade facts:"), lines.index("Evidence of the agreements:")
    evidence = " ".join(line.strip() for line in lines[start + 1:end])
    assert "amounted to $6.2 million, up 2.5 times." in evidence
    assert all(len(line) <= 80 for line in lines)
    assert not any("evidence" in line for line in lines if line.startswith("┃"))
