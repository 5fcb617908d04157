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
    assert find_changes("Mogilev Oblast accounted for roughly 35% of this sum.") == []


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


# ---------------------------------------------------------------- local currency signs, months of a year, tables


@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("climbed to Sh3.1 billion", 3.1e9, "KES"),
        ("climbed to KSh 640 million", 640e6, "KES"),
        ("were valued at RM75 million", 75e6, "MYR"),
        ("came to Rp2.5 trillion", 2.5e12, "IDR"),
        ("came to R$ 90 million", 90e6, "BRL"),
        ("reached E£1.4 billion", 1.4e9, "EGP"),
        ("reached AED 12 million", 12e6, "AED"),
        ("reached Tk950 million", 950e6, "BDT"),
        ("was 40 million ringgit", 40e6, "MYR"),
        ("was 3 billion forints", 3e9, "HUF"),
    ],
)
def test_local_currency_signs(text: str, value: float, currency: str) -> None:
    [amount] = find_amounts(text)
    assert (amount.value, amount.currency) == (value, currency)


def test_an_unknown_sign_written_onto_a_scaled_number_keeps_the_amount_without_a_currency() -> None:
    [amount] = find_amounts("Trade rose to Zk45 million in 2021.")
    assert (amount.value, amount.currency, amount.text) == (45e6, None, "Zk45 million")
    # not without a scale, nor a sign apart from its number, nor a word longer than a sign, nor a code inside a name
    assert find_amounts("The A320 family and the Zk45 series were shown.") == []
    assert find_amounts("Model Zk 45 million units.") == []
    assert find_amounts("Sales of Modelx45 million units.") == []
    assert find_amounts("The MAZ-BY45 million was sold.") == []


@pytest.mark.parametrize(
    "text, first, last",
    [
        ("According to the results of 7 months of 2021", "2021-01-01", "2021-07-31"),
        ("summing up ten months of 2020", "2020-01-01", "2020-10-31"),
        ("the outcome of nine months of this year", "2022-01-01", "2022-09-30"),
        ("the figures of 4 months of last year", "2021-01-01", "2021-04-30"),
    ],
)
def test_n_months_of_a_year_after_any_word_are_its_first_months(text: str, first: str, last: str) -> None:
    found = [p for p in find_periods(text, TODAY) if p.first]
    assert [(p.first.isoformat(), p.last.isoformat()) for p in found] == [(first, last)]  # type: ignore[union-attr]


def test_n_months_without_a_year_after_another_word_are_no_period() -> None:
    # "a term of 7 months": no year named, and no word that opens a period before the count
    assert [p for p in find_periods("The contract has a term of 7 months.", TODAY) if p.first] == []


def test_the_same_n_months_is_a_back_reference_that_keeps_its_months() -> None:
    [p] = find_periods("Exports rose by 12% to $30 million over the same seven months.", TODAY)
    assert (p.kind, p.months) == ("same", (1, 7))
    # compared with the same months, they are a base
    assert find_periods("Exports rose by 12% compared to the same seven months.", TODAY) == []


def _trade_of(text: str) -> list[tuple[str, float | None, str | None, str | None, str | None]]:
    from belcoop.parse import parse_article

    found = parse_article(text, path="x", sha256="0", record_id="x")
    return [(f.metric, f.value, f.currency, f.period.start if f.period else None, f.period.end if f.period else None)
            for f in found.trade]


def test_the_same_n_months_finds_those_months_past_an_unrelated_paragraph() -> None:
    text = ("HAVANA, 12 November 2021 (BelTA) – In January-September 2021, Belarus-Cuba trade came to $41.2 million.\n\n"
            "The delegation also visited a sugar mill near the capital.\n\n"
            "Trade with Mexico rose by a fifth to $18 million over the same nine months.\n")
    assert _trade_of(text)[-1] == ("turnover", 18e6, "USD", "2021-01-01", "2021-09-30")
    # months that are not those of the figure before: no period rather than a wrong one
    text = ("HAVANA, 12 November 2021 (BelTA) – In 2020, Belarus-Cuba trade came to $41.2 million.\n\n"
            "The delegation also visited a sugar mill near the capital.\n\n"
            "Trade with Mexico reached $18 million over the same nine months.\n")
    assert _trade_of(text)[-1][3:] == (None, None)


def test_a_table_laid_out_with_spaces_and_its_captions_unit() -> None:
    text = ("LIMA, 4 March 2023 (BelTA) – Belarus and Peru reviewed their trade and economic cooperation.\n\n"
            "Trade between Belarus and Peru, thousand US dollars\n"
            "Year     Turnover     Exports     Imports\n"
            "2021     5 120.4      4 990.0     130.4\n"
            "2022     6 004.5      5 800.1     204.4\n")
    assert _trade_of(text) == [
        ("turnover", 5120400, "USD", "2021-01-01", "2021-12-31"), ("exports", 4990000, "USD", "2021-01-01", "2021-12-31"),
        ("imports", 130400, "USD", "2021-01-01", "2021-12-31"), ("turnover", 6004500, "USD", "2022-01-01", "2022-12-31"),
        ("exports", 5800100, "USD", "2022-01-01", "2022-12-31"), ("imports", 204400, "USD", "2022-01-01", "2022-12-31")]


def test_a_table_with_single_spaces_is_parted_by_its_numbers() -> None:
    text = ("LIMA, 4 March 2023 (BelTA) – Belarus and Peru reviewed their trade and economic cooperation.\n\n"
            "Trade, mln USD\n"
            "Year Turnover Exports Imports\n"
            "2022 16 004.5 15 800.1 204.4\n")
    assert [f[:2] for f in _trade_of(text)] == [("turnover", 16004.5e6), ("exports", 15800.1e6), ("imports", 204.4e6)]


def test_no_table_without_a_unit_a_period_heading_or_numbers_that_part() -> None:
    head = "LIMA, 4 March 2023 (BelTA) – Belarus and Peru reviewed their trade and economic cooperation.\n\n"
    # no unit: the numbers could be tonnes
    assert _trade_of(head + "Year     Turnover     Exports\n2022     6 004.5      5 800.1\n") == []
    # no heading of periods over the columns
    assert _trade_of(head + "Trade, USD thousand\nGoods     Turnover     Exports\n2022     6 004.5      5 800.1\n") == []
    # single spaces that part into more numbers than the header has columns
    assert _trade_of(head + "Trade, USD thousand\nYear Turnover Exports\n2022 6 004 5 800 12\n") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("trade came to 2.1 billion roubles, a quarter more than a year before", 25),
        ("exports were $30 million, one third less than in 2021", -33.3),
        ("imports stood at $9 million, a fifth lower than last year", -20),
        ("this year supplies should be half as much again", 50),
        ("trade totalled $40 million, two thirds higher than in 2020", 66.7),
    ],
)
def test_a_fraction_with_the_word_it_is_compared_by_is_a_change(text: str, value: float) -> None:
    [change] = find_changes(text)
    assert change.kind == "percent" and change.value == pytest.approx(value, abs=0.05)


@pytest.mark.parametrize(
    "text",
    [
        "imports were $12 million, half as much as exports",  # a ratio to another figure, no change of its own
        "in a quarter more than 100 tractors were sold",  # "more than" a number
        "a third of the exports were tractors",
    ],
)
def test_a_fraction_without_a_comparison_or_before_more_than_a_number_is_no_change(text: str) -> None:
    assert find_changes(text) == []


def test_years_from_one_to_another_are_a_span_unless_a_change_compares_them() -> None:
    spans = [(p.first.isoformat(), p.last.isoformat()) for p in find_periods(  # type: ignore[union-attr]
        "From 2018 to 2022 the two sides traded goods worth $3.1 billion.", TODAY)]
    assert spans == [("2018-01-01", "2022-12-31")]
    spans = [(p.first.isoformat(), p.last.isoformat()) for p in find_periods(  # type: ignore[union-attr]
        "Exports totalled $900 million between 2019 and 2021.", TODAY)]
    assert spans == [("2019-01-01", "2021-12-31")]
    # a change from one year to the next: the later year is its own, the earlier one the base
    spans = [(p.first.isoformat(), p.last.isoformat()) for p in find_periods(  # type: ignore[union-attr]
        "Trade grew 2.4 times from 2020 to 2021.", TODAY)]
    assert spans == [("2021-01-01", "2021-12-31")]
    # a date is no end of a span of years
    assert [p.kind for p in find_periods("Trade from 2019 to 5 May 2022 reached $5 million.", TODAY)] == ["vague"]
    spans = [(p.first.isoformat(), p.last.isoformat()) for p in find_periods(  # type: ignore[union-attr]
        "Trade from 2020 till May 2022 reached $5 million.", TODAY)]
    assert spans == [("2020-01-01", "2022-05-31")]


@pytest.mark.parametrize("text, factors", [
    ("Supplies to Kazan and Ufa grew 1.8 and 1.4 times respectively.", [("times", 1.8), ("times", 1.4)]),
    ("Exports rose 3, 2.5 and 1.2 times in the three regions.", [("times", 3.0), ("times", 2.5), ("times", 1.2)]),
    ("Imports from the two oblasts fell 2 and 4 times respectively.", [("percent", -50.0), ("percent", -75.0)]),
])
def test_each_number_of_a_list_ending_in_times_is_a_factor(text: str, factors: list[tuple[str, float]]) -> None:
    assert [(c.kind, c.value) for c in find_changes(text)] == factors


@pytest.mark.parametrize("text", ["In 2022 and 2.1 times more in 2023 the trade grew.", "Trade grew 2-3 times."])
def test_a_year_or_a_range_before_a_factor_is_no_factor_of_its_own(text: str) -> None:
    assert len(find_changes(text)) <= 1


@pytest.mark.parametrize("text", [
    "Exports of cheese reached $40 million last year, almost three times the 2021 level.",
    "Supplies grew to $12 million in 2023, two times the 2021 figure.",
])
def test_a_year_level_right_after_a_factor_is_its_base(text: str) -> None:
    periods = read_figures(Sentence(text), date(2024, 3, 1)).periods
    assert [(p.kind, p.first.year if p.first else None) for p in periods] == [("period", 2023), ("base", 2021)]


@pytest.mark.parametrize("text", [
    "More than 80 companies of the oblast now export to Vietnam, twice as many as in 2019.",
    "The fair drew 300 exhibitors, three times as many as a year ago.",
])
def test_a_factor_of_as_many_counts_things_and_is_no_change(text: str) -> None:
    assert find_changes(text) == []


def test_a_factor_of_as_much_is_still_a_change() -> None:
    assert [(c.kind, c.value) for c in find_changes("Exports reached $9 million, twice as much as in 2019.")] == [("times", 2.0)]
    assert [(c.kind, c.value) for c in find_changes("Exports reached $9 million, three times as much as in 2019.")] == [
        ("times", 3.0)]


@pytest.mark.parametrize("text, value, currency", [
    ("Exports reached 620 billion VND last year.", 620e9, "VND"),
    ("Imports stood at 3.4 trillion IDR in 2023.", 3.4e12, "IDR"),
    ("The figure was 85 million EGP.", 85e6, "EGP"),
])
def test_an_iso_code_after_an_amount_is_its_currency(text: str, value: float, currency: str) -> None:
    assert [(a.value, a.currency) for a in find_amounts(text)] == [(value, currency)]


def test_an_english_word_after_a_number_is_no_currency_code() -> None:
    assert find_amounts("He won the 2018 cup and will try 3 times more.") == []
