"""Tables and labelled lists of trade figures whose rows are the metrics (text.py `_metric_table`, `_labelled_lists`):
each row one fact, scaled by the unit of its header or lead, of the period in its caption, with the change of its
percent column. Every text here is made up for the test."""

from __future__ import annotations

import pytest

from belcoop.parse import parse_article
from belcoop.parse.text import split_article

HEAD = ("Belarus and Omsk Oblast review trade\n\nOMSK, 12 March 2025 – The Belarusian delegation held talks with the "
        "government of Omsk Oblast in Omsk on supplies of machinery and food.\n\n")

Fact = tuple[str, float | None, str | None, str | None, float | None]


def _facts(body: str) -> list[Fact]:
    record = parse_article(HEAD + body, path="x", sha256="0", record_id="x")
    return [(f.metric, f.value, f.period.start if f.period else None, f.period.end if f.period else None,
             f.change.value if f.change else None) for f in record.trade]


def test_a_table_of_metrics_with_a_column_of_percents_of_the_base_period() -> None:
    body = ("Trade between Belarus and Omsk Oblast in January-September 2024\n\n"
            "Indicator | $ million | in % to January-September 2023\n"
            "Turnover | 1,317.2 | 106.3\nExports | 902.5 | 96.4\nImports | 414.7 | 135.0\n")
    assert _facts(body) == [("turnover", 1317.2e6, "2024-01-01", "2024-09-30", 6.3),
                            ("exports", 902.5e6, "2024-01-01", "2024-09-30", -3.6),
                            ("imports", 414.7e6, "2024-01-01", "2024-09-30", 35.0)]
    # the row as printed is the evidence
    record = parse_article(HEAD + body, path="x", sha256="0", record_id="x")
    assert record.trade[0].evidence.endswith("(table row: Turnover | 1,317.2 | 106.3).")


@pytest.mark.parametrize("sep", ["\t", "     "])
def test_a_table_of_metrics_parted_by_tabs_or_spaces(sep: str) -> None:
    body = (f"Trade with Omsk Oblast in 2023\nIndicator{sep}USD thousand{sep}in % to 2022\n"
            f"Trade turnover{sep}52 410.6{sep}91.5\nExports{sep}40 002.1{sep}88.0\n")
    assert _facts(body) == [("turnover", 52410600.0, "2023-01-01", "2023-12-31", -8.5),
                            ("exports", 40002100.0, "2023-01-01", "2023-12-31", -12.0)]


def test_the_period_in_the_value_columns_heading_and_the_unit_in_the_caption() -> None:
    body = "Trade with Omsk Oblast, mln USD\nIndicator | First half of 2024 | y/y, %\nExports | 310.4 | +4.1\nImports | 95.0 | -7.5\n"
    assert _facts(body) == [("exports", 310.4e6, "2024-01-01", "2024-06-30", 4.1),
                            ("imports", 95.0e6, "2024-01-01", "2024-06-30", -7.5)]


def test_a_change_column_of_no_base_is_read_as_its_figures_read() -> None:
    # unsigned, under a heading of growth, all small: changes
    body = "Trade with Omsk Oblast in 2024\nIndicator | $ million | growth, %\nTurnover | 412.5 | 6.2\nImports | 112.3 | 12.0\n"
    assert [f[4] for f in _facts(body)] == [6.2, 12.0]
    # unsigned, all between 50 and 300: an index of the year before
    body = "Trade with Omsk Oblast in 2024\nIndicator | $ million | %\nTurnover | 412.5 | 106.2\nImports | 112.3 | 91.0\n"
    assert [f[4] for f in _facts(body)] == [6.2, -9.0]
    # some small, some large: no change read, the values still are
    body = "Trade with Omsk Oblast in 2024\nIndicator | $ million | growth, %\nTurnover | 412.5 | 6.2\nImports | 112.3 | 120.0\n"
    assert _facts(body) == [("turnover", 412.5e6, "2024-01-01", "2024-12-31", None),
                            ("imports", 112.3e6, "2024-01-01", "2024-12-31", None)]
    # exports' and imports' percents adding up to a hundred are their shares of the turnover, no change
    body = ("Trade with Omsk Oblast in 2024\nIndicator | $ million | %\nTurnover | 412.5 | 100\nExports | 300.2 | 72.8\n"
            "Imports | 112.3 | 27.2\n")
    assert [f[4] for f in _facts(body)] == [None, None, None]


def test_rows_that_do_not_fit_the_header_or_are_no_trade_metric_are_skipped() -> None:
    body = ("Trade with Omsk Oblast in 2024\nIndicator | $ million | in % to 2023\nTurnover | 412.5 | 96.1 | 3\n"
            "Exports | 300.2 | 101.4\nBalance | 187.9 | -\n")
    assert _facts(body) == [("exports", 300.2e6, "2024-01-01", "2024-12-31", 1.4)]


@pytest.mark.parametrize("body", [
    # no currency: people, tonnes
    "Omsk Oblast in 2024\nIndicator | thousand people | in % to 2023\nPopulation | 1,830.1 | 99.2\nExports | 12.0 | 101.4\n",
    "Supplies to Omsk Oblast in 2024\nIndicator | thousand tonnes | in % to 2023\nExports | 412.5 | 96.1\nImports | 112.3 | 91.0\n",
    # no period in the caption or the header
    "Trade with Omsk Oblast\nIndicator | $ million | in % to the previous year\nTurnover | 412.5 | 96.1\n",
    # a third column that is no percent of a base
    "Trade with Omsk Oblast in 2024\nIndicator | $ million | share, %\nTurnover | 412.5 | 100\nExports | 300.2 | 72.8\n",
    # rows of no trade metric
    "Omsk Oblast in 2024\nIndicator | $ million | in % to 2023\nInvestment | 41.2 | 96.1\nRetail sales | 812.5 | 104.0\n",
])
def test_tables_of_other_figures_give_no_trade_facts(body: str) -> None:
    assert _facts(body) == []
    assert not any("amounted to" in p for p in split_article(HEAD + body).paragraphs)


def test_a_labelled_list_under_a_lead_with_its_unit_and_period() -> None:
    body = ("Trade between Belarus and Omsk Oblast in January-June 2024, $ million:\n"
            "Turnover: 640.2 (104.7% to January-June 2023)\nExports: 455.8 (98.2%)\nImports: 184.4\n")
    assert _facts(body) == [("turnover", 640.2e6, "2024-01-01", "2024-06-30", 4.7),
                            ("exports", 455.8e6, "2024-01-01", "2024-06-30", -1.8),
                            ("imports", 184.4e6, "2024-01-01", "2024-06-30", None)]


def test_a_labelled_list_with_dashes_and_signed_changes() -> None:
    body = ("Trade between Belarus and Omsk Oblast in 2024, USD million:\n- turnover – 412.5 (+6.2%);\n"
            "- exports – 300.2 (-2.5%);\n- imports – 112.3.\n")
    assert _facts(body) == [("turnover", 412.5e6, "2024-01-01", "2024-12-31", 6.2),
                            ("exports", 300.2e6, "2024-01-01", "2024-12-31", -2.5),
                            ("imports", 112.3e6, "2024-01-01", "2024-12-31", None)]


@pytest.mark.parametrize("lead", ["Omsk Oblast in 2024, thousand tonnes:", "Omsk Oblast in 2024, thousand people:",
                                  "Trade between Belarus and Omsk Oblast, $ million:"])
def test_no_list_read_without_a_currency_or_a_period_in_its_lead(lead: str) -> None:
    body = f"{lead}\nExports: 300.2\nImports: 112.3\n"
    assert all(f[1] is None for f in _facts(body))
    assert not any("amounted to" in p for p in split_article(HEAD + body).paragraphs)


def test_a_table_of_metrics_with_a_value_column_a_period() -> None:
    body = ("Trade between Belarus and Omsk Oblast, USD thousand\nIndicator | 2022 | 2023 | 2023 in % to 2022\n"
            "Turnover | 301 400.5 | 350 020.0 | 116.1\nExports | 250 000.0 | – | –\n")
    assert _facts(body) == [("turnover", 301400500.0, "2022-01-01", "2022-12-31", None),
                            ("turnover", 350020000.0, "2023-01-01", "2023-12-31", 16.1),
                            ("exports", 250000000.0, "2022-01-01", "2022-12-31", None)]
    # value columns of no period of their own (the caption's would be each one's), or percents of a period no column
    # is of: no table
    assert _facts("Trade with Omsk Oblast in 2023, USD thousand\nIndicator | Value | Volume\nTurnover | 301 400.5 | 350 020.0\n") == []
    assert _facts("Trade with Omsk Oblast, USD thousand\nIndicator | 2022 | 2023 | 2021 in % to 2020\n"
                  "Turnover | 301 400.5 | 350 020.0 | 116.1\n") == []


def test_a_list_of_goods_and_their_sums_under_a_lead_naming_the_flow() -> None:
    from belcoop.parse import parse_article

    text = ("Belarus-Uzbekistan trade in figures\n\nMINSK, 12 February 2024 (BelTA) - Belarus supplied a wide range of goods "
            "to Uzbekistan last year.\n\nBelarus exports to Uzbekistan in 2023:\n- tractors: $64.2 million\n"
            "- trucks: $38.7 million\n\nThe sides plan to expand supplies.\n")
    record = parse_article(text, path="x.txt", sha256="0", record_id="x")
    assert [(f.partner, f.metric, f.value, f.product, f.period and f.period.start) for f in record.trade] == [
        ("UZ", "exports", 64.2e6, "tractors", "2023-01-01"), ("UZ", "exports", 38.7e6, "trucks", "2023-01-01")]
    # sums without a currency (tonnes) are no list of figures
    tonnes = text.replace("$64.2 million", "64.2 thousand tonnes").replace("$38.7 million", "38.7 thousand tonnes")
    assert parse_article(tonnes, path="x.txt", sha256="0", record_id="x").trade == []


def test_a_labelled_lists_percents_each_read_by_its_kind() -> None:
    from belcoop.parse import parse_article

    text = ("Trade in 2024\n\nMINSK, 5 October 2024 – Trade figures were published.\n\nTrade between Belarus and Tatarstan "
            "in January-August 2024, $ million:\nTurnover: 1,248.6 (8.4% year-on-year)\nExports: 704.3 (111.2%)\n"
            "Imports: 544.3 (+3.1%)\n")
    record = parse_article(text, path="x.txt", sha256="0", record_id="x")
    assert [(f.metric, f.change and f.change.value) for f in record.trade] == [
        ("turnover", 8.4), ("exports", 11.2), ("imports", 3.1)]


def test_the_rows_of_goods_under_a_metrics_row_are_its_parts() -> None:
    body = ("Trade between Belarus and Omsk Oblast, USD thousand\n\n"
            "Indicator | January-March 2024 | January-March 2025 | January-March 2025 in % to January-March 2024\n"
            "Turnover | 50,100.0 | 60,200.0 | 120.2\nExports | 40,000.0 | 45,000.0 | 112.5\n"
            "of which: tractors | 9,000.0 | 9,900.0 | 110.0\nbutter and cheese | 3,000.0 | 2,700.0 | 90.0\n")
    record = parse_article(HEAD + body, path="x", sha256="0", record_id="x")
    assert [(f.metric, f.product, f.value, f.period.start if f.period else None, f.change.value if f.change else None)
            for f in record.trade] == [
        ("turnover", None, 50.1e6, "2024-01-01", None), ("turnover", None, 60.2e6, "2025-01-01", 20.2),
        ("exports", None, 40e6, "2024-01-01", None), ("exports", None, 45e6, "2025-01-01", 12.5),
        ("exports", "tractors", 9e6, "2024-01-01", None), ("exports", "tractors", 9.9e6, "2025-01-01", 10.0),
        ("exports", "butter and cheese", 3e6, "2024-01-01", None), ("exports", "butter and cheese", 2.7e6, "2025-01-01", -10.0)]
    # a row of other things with no "of which" before it is no part
    body = body.replace("of which: tractors", "tractors")
    assert [f.product for f in parse_article(HEAD + body, path="x", sha256="0", record_id="x").trade] == [None] * 4
