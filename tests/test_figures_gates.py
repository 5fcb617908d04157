"""The words after a number that read_figures asks for before it calls a reader keep every figure the readers find."""

from __future__ import annotations

from datetime import date

import pytest

from belcoop.parse.figures import read_figures
from belcoop.parse.tokens import Sentence

TODAY = date(2025, 6, 1)


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("Sales of flax rose by 12 % this spring.", "percent", 12.0),
        ("Sales of flax rose by 12 per cent this spring.", "percent", 12.0),
        ("Sales of flax rose by 12 p.c. this spring.", "percent", 12.0),
        ("Sales of flax rose by 12 pct this spring.", "percent", 12.0),
        ("They saw a 7.2-percent increase in flax sales.", "percent", 7.2),
        ("Sales of flax rose by 12-14% this spring.", "percent", 13.0),
        ("Sales of flax grew 2.5 times this spring.", "times", 2.5),
        ("Sales of flax grew 3-fold this spring.", "times", 3.0),
    ],
)
def test_a_change_after_a_number_is_read(text: str, kind: str, value: float) -> None:
    changes = read_figures(Sentence(text), TODAY).changes
    assert [(c.kind, c.value) for c in changes] == [(kind, value)]


def test_the_first_of_listed_factors_is_read() -> None:
    changes = read_figures(Sentence("Sales of flax and of peat grew 2.4 and 2.1 times respectively."), TODAY).changes
    assert [c.value for c in changes] == [2.4, 2.1]


@pytest.mark.parametrize(
    "text, first, last",
    [
        ("In 9M 2022 the plant sold 40 tractors to the farm.", date(2022, 1, 1), date(2022, 9, 30)),
        ("Over 8 months of 2023 the plant sold 40 tractors.", date(2023, 1, 1), date(2023, 8, 31)),
        ("In 3 quarters of 2023 the plant sold 40 tractors.", date(2023, 1, 1), date(2023, 9, 30)),
        ("5 years ago the plant sold 40 tractors.", date(2020, 1, 1), date(2020, 12, 31)),
    ],
)
def test_a_part_of_a_year_after_a_number_is_read(text: str, first: date, last: date) -> None:
    periods = [p for p in read_figures(Sentence(text), TODAY).periods if p.kind == "period"]
    assert [(p.first, p.last) for p in periods] == [(first, last)]


def test_a_lone_number_reads_no_figure() -> None:
    found = read_figures(Sentence("The plant has 40 workshops and 12 gates."), TODAY)
    assert not found.changes and not found.amounts and not found.periods
