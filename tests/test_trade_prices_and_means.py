"""Figures that are not trade though a word of trade stands by them, in articles of our own: what one unit of goods
sold for, a change of a price or of a share, and supplies named as the means to a target (whose figure is the trade's,
not the supplies')."""
from __future__ import annotations

import pytest

from belcoop.parse import parse_article

Fact = tuple[str | None, str, float | None, str, tuple[str, float] | None]


def facts(body: str, dateline: str = "PAVLODAR, 3 March 2026 (Kazinform) –") -> list[Fact]:
    record = parse_article(f"A visit\n\n{dateline} {body}\n", path="t.txt", sha256="0", record_id="t")
    return [(f.partner, f.metric, f.value, f.status, (f.change.kind, f.change.value) if f.change else None)
            for f in record.trade]


TRADE = "In 2025 trade between Pavlodar region and Belarus reached $70.4 million."
FACT = ("KZ-55", "turnover", 70.4e6, "actual", None)


@pytest.mark.parametrize("price", [
    "At the local exchange, one ton of wheat was sold for about $240.",
    "Each tonne of potash was exported at $320.",
    "A litre of milk sold for $1.10 in the shops of the region.",
])
def test_what_one_unit_sold_for_is_a_price(price: str) -> None:
    assert facts(f"{TRADE} {price}") == [FACT]


def test_goods_sold_for_a_sum_are_trade() -> None:
    got = facts(f"{TRADE} A batch of Belarusian tractors was sold to the region for $5 million.")
    assert got == [FACT, ("KZ-55", "exports", 5e6, "actual", None)]


@pytest.mark.parametrize("price", [
    "The price of one loader assembled in Pavlodar will be about 15% lower than that of an imported one.",
    "Prices for Belarusian cheese in the region rose by 8% last year.",
    "The cost of a tonne of imported fertiliser fell by 12%.",
    "Export prices for potash rose by 12% last year.",
])
def test_a_change_of_a_price_is_no_change_of_trade(price: str) -> None:
    assert facts(f"{TRADE} {price}") == [FACT]


def test_a_change_beside_prices_keeps_its_metric() -> None:
    got = facts(f"{TRADE} Belarusian exports to the region grew by 9% last year thanks to higher prices.")
    assert got[1][1:] == ("exports", None, "actual", ("percent", 9.0))


@pytest.mark.parametrize("share", ["This share can be doubled", "Its share may grow 1.5 times"])
def test_a_share_that_can_grow_is_no_target_of_trade(share: str) -> None:
    got = facts(f"{TRADE} Belarus accounts for about 4 percent of the region's foreign trade. {share} through "
                "supplies of dairy products and furniture, the akim said.")
    assert got == [FACT]


@pytest.mark.parametrize("means", ["at the expense of the supplies of", "thanks to deliveries of", "due to exports of"])
def test_supplies_named_as_the_means_to_a_target_leave_it_the_trades(means: str) -> None:
    got = facts(f'{TRADE}\n\n"In the current year we plan to reach $90 million, first of all {means} buses and lifts," the '
                'akim said.')
    assert got == [FACT, ("KZ-55", "turnover", 90e6, "target", None)]


def test_a_target_of_supplies_stays_a_target_of_supplies() -> None:
    got = facts(f'{TRADE} "This year we plan to raise supplies of Belarusian buses to $20 million," the akim said.')
    assert got[1][1:4] == ("exports", 20e6, "target")


@pytest.mark.parametrize(("written", "value"), [("5.1 hundred million US dollars", 510e6), ("$5.1 hundred million", 510e6),
                                                ("300 hundred thousand US dollars", 30e6), ("two hundred million US dollars", 200e6),
                                                ("two hundred and twelve million dollars", 212e6)])
def test_a_number_of_hundreds_of_a_scale(written: str, value: float) -> None:
    got = facts(f"In 2025 trade between Pavlodar region and Belarus reached {written}.")
    assert got == [("KZ-55", "turnover", value, "actual", None)]
