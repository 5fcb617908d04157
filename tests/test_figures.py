"""The grammar of amounts, changes and periods (belcoop.parse.figures) on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from belcoop.parse.figures import Amount, Change, PeriodSpan, read_figures
from belcoop.parse.tokens import Sentence


def find_amounts(text: str) -> list[Amount]:
    return read_figures(Sentence(text), None).amounts


def find_changes(text: str) -> list[Change]:
    return read_figures(Sentence(text), None).changes


def find_periods(text: str, today: date | None) -> list[PeriodSpan]:
    """The figure's own periods (comparison bases left out)."""
    return [p for p in read_figures(Sentence(text), today).periods if p.kind != "base"]


@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("worth $18 million in all", 18e6, "USD"),
        ("reached $0.5 billion", 5e8, "USD"),
        ("exceeded one billion dollars", 1e9, "USD"),
        ("at $2.6m in the quarter", 2.6e6, "USD"),
        ("could reach $1bn soon", 1e9, "USD"),
        ("stood at USD 1.6 bln", 1.6e9, "USD"),
        ("estimated at $ 315 - 320 million", 317.5e6, "USD"),
        ("hit the record of US432 million", 432e6, "USD"),
        ("totalled $31.866.000 last year", 31_866_000, "USD"),
        ("amounted to $20 million 800 thousand", 20.8e6, "USD"),
        ("was 8.5 billion Russian rubles", 8.5e9, "RUB"),
        ("grew to 6bn Russian Roubles", 6e9, "RUB"),
        ("hit 108.5 million USD", 108.5e6, "USD"),
        ("reached EUR 12 million", 12e6, "EUR"),
        ("totaled 40 million euros", 40e6, "EUR"),
    ],
)
def test_amounts(text: str, value: float, currency: str) -> None:
    found = find_amounts(text)
    assert len(found) == 1
    assert found[0].value == pytest.approx(value)
    assert found[0].currency == currency


def test_bare_figure_takes_the_unit_of_the_earlier_amount() -> None:
    found = find_amounts("It was worth 2.5 billion [Russian rubles] at first, while now the figure is 31.5.")
    assert [(a.value, a.currency) for a in found] == [(2.5e9, "RUB"), (31.5e9, "RUB")]


def test_numbers_without_currency_are_not_amounts() -> None:
    assert find_amounts("The plant made 12,000 tractors and 1.5 million tonnes of grain in 2021.") == []


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("trade went up 2.5 times", "times", 2.5),
        ("grew 2.1 times over 2020", "times", 2.1),
        ("increased by almost 40 percent", "percent", 40),
        ("reached $5 million, 107.5% as against 2020", "percent", 7.5),
        ("rose by 116% on the same period", "percent", 116),
        ("exports doubled", "times", 2),
        ("supplies grew eightfold", "times", 8),
        ("a 3.5-fold rise", "times", 3.5),
        ("an increase of almost one third", "percent", 33.3),
        ("trade fell by 16%", "percent", -16),
        ("which was 83.2% of the same period a year before", "percent", -16.8),
        ("imports have fallen, in 2015 by a quarter", "percent", -25),
        ("imports at $8 million (80.9% as against last year's figure)", "percent", -19.1),
    ],
)
def test_changes(text: str, kind: str, value: float) -> None:
    found = find_changes(text)
    assert len(found) == 1
    assert found[0].kind == kind
    assert found[0].value == pytest.approx(value, abs=0.05)


def test_shares_are_not_changes() -> None:
    assert find_changes("Gomel Oblast accounted for about 40% of the figure.") == []


TODAY = date(2022, 5, 13)


@pytest.mark.parametrize(
    "text, first, last",
    [
        ("in 2021", "2021-01-01", "2021-12-31"),
        ("in January-March 2022", "2022-01-01", "2022-03-31"),
        ("in the first half of 2016", "2016-01-01", "2016-06-30"),
        ("over the first 7 months of 2017", "2017-01-01", "2017-07-31"),
        ("in Q1 2021", "2021-01-01", "2021-03-31"),
        ("as of the third quarter of 2021", "2021-01-01", "2021-09-30"),
        ("from January to May 2025", "2025-01-01", "2025-05-31"),
        ("during 2020-2021", "2020-01-01", "2021-12-31"),
        ("last year", "2021-01-01", "2021-12-31"),
        ("in January-July this year", "2022-01-01", "2022-07-31"),
        ("by the end of the year", "2022-01-01", "2022-12-31"),
    ],
)
def test_periods(text: str, first: str, last: str) -> None:
    found = [p for p in find_periods(text, TODAY) if p.first]
    assert found and (found[0].first.isoformat(), found[0].last.isoformat()) == (first, last)  # type: ignore[union-attr]


def test_comparison_bases_are_not_periods() -> None:
    assert find_periods("up 33.7% over the same period in 2017 and 2.1 times over 2020", TODAY) == []


def test_last_year_without_an_article_date_is_unknown() -> None:
    found = find_periods("Last year trade grew.", None)
    assert len(found) == 1 and found[0].kind == "unknown" and found[0].first is None


def test_spelled_out_us_dollars() -> None:
    [amount] = find_amounts("mutual trade amounted to 950 million U.S. dollars")
    assert (amount.value, amount.currency) == (950e6, "USD")
