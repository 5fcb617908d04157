"""The cheap tests that let the trade and date readers skip work must never skip a figure or a date they would find.

Each case is one the gate lets through only by what it tests for: a Russian month's name, a number word inside a
longer word, a fraction after "by", a span of years after "in", an amount in words after "a", a count of months.
"""

from __future__ import annotations

from datetime import date

import pytest

from belcoop.parse.dates import choose_date, find_dates
from belcoop.parse.figures import read_figures
from belcoop.parse.tokens import Sentence
from belcoop.parse.trade import may_hold_figures

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
             "декабря"]


@pytest.mark.parametrize("month", range(1, 13))
def test_every_russian_month_is_found(month: int) -> None:
    found = find_dates(f"Опубликовано 12 {RU_MONTHS[month - 1]} 2021")
    assert [(d.day, d.month, d.year) for d in found] == [(12, month, 2021)]


@pytest.mark.parametrize("text, day_month_year", [
    ("Posted 24.03.2023 by the desk", (24, 3, 2023)),
    ("AddTime:2015-6-17 16:14:41", (17, 6, 2015)),
    ("2019/05/21 news", (21, 5, 2019)),
    ("on 14/03/2023 it was", (14, 3, 2023)),
    ("Sept 3, 2021", (3, 9, 2021)),
    ("the 5th of June 2020", (5, 6, 2020)),
])
def test_each_form_of_a_date_is_still_read(text: str, day_month_year: tuple[int, int, int]) -> None:
    assert [(d.day, d.month, d.year) for d in find_dates(text)] == [day_month_year]


def test_a_stamped_page_whose_lead_names_an_older_day() -> None:
    found = choose_date([], "2022-12-13", ["On June 24, the President met the governor."],
                        ["On June 24, the President met the governor."])
    assert found.date is None or found.date != "2022-12-13"


@pytest.mark.parametrize("text, holds", [
    ("The potential is great.", True),  # "ten" inside "potential"
    ("Someone came.", True),  # "one"
    ("In 2023 trade grew.", True),
    ("Trade grew.", False),
    ("ТОВАРООБОРОТ вырос на 5%.", True),
    ("İstanbul took one share.", True),  # not plain case: the whole text is searched
    ("İstanbul took a share.", False),
])
def test_may_hold_figures_asks_each_word(text: str, holds: bool) -> None:
    assert may_hold_figures(text) is holds


_Read = tuple[list[tuple[float, str | None]], list[tuple[str, float]], list[tuple[str, date | None, date | None]]]


def _figures(text: str, today: date | None = date(2023, 5, 17)) -> _Read:
    f = read_figures(Sentence(text), today)
    return ([(a.value, a.currency) for a in f.amounts], [(c.kind, c.value) for c in f.changes],
            [(p.kind, p.first, p.last) for p in f.periods])


def test_readers_behind_the_gates() -> None:
    assert _figures("Exports grew by a third.")[1] == [("percent", 33.3)]
    assert _figures("Trade grew in the last five years.")[2] == [("vague", None, None)]
    assert _figures("Trade reached a billion dollars.")[0] == [(1e9, "USD")]
    assert _figures("Trade grew two times.")[1] == [("times", 2.0)]
    assert _figures("Trade grew 2.5 times.")[1] == [("times", 2.5)]
    assert _figures("Trade grew by 12-15 per cent.")[1] == [("percent", 13.5)]
    assert _figures("In the first 7 months of 2022 trade grew.")[2] == [("period", date(2022, 1, 1), date(2022, 7, 31))]
    assert _figures("In 7 months trade grew.")[2] == [("period", date(2022, 1, 1), date(2022, 7, 31))]  # July is ahead
    assert _figures("In H1 2023 trade grew.")[2] == [("period", date(2023, 1, 1), date(2023, 6, 30))]
    assert _figures("Trade fell 2 times, to $5 million, down from a year before.")[1] == [("percent", -50.0)]
    assert _figures("It was a good year.") == ([], [], [])
