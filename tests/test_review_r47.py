"""Review of round 47's rules, in articles of our own: where a rule read too much (a price word after 'despite', money
earned through exports, a conjunction 'that' before a flow, an explicit direction after 'these', an arrival for the talks,
four cities of Belarus named as a list)."""
from __future__ import annotations

import pytest

from belcoop.model import Record
from belcoop.parse import parse_article

LEAD = "MINSK, 12 March 2026 – Belarus and Kenya discussed trade."
END = "The sides agreed to expand cooperation."


def record(body: str, headline: str = "A meeting") -> Record:
    return parse_article(f"{headline}\n\n{body}\n", path="t.txt", sha256="0", record_id="t")


def facts(body: str) -> list[tuple[str, str | None, float | None, tuple[str, float] | None]]:
    got = record(f"{LEAD}\n\n{body}\n\n{END}").trade
    return [(f.metric, f.product, f.value, (f.change.kind, f.change.value) if f.change else None) for f in got]


@pytest.mark.parametrize("opening", ["Despite lower world prices", "Amid falling prices for potash"])
def test_a_change_after_a_price_in_a_prepositional_phrase_stays_trade(opening: str) -> None:
    got = facts(f"{opening} Belarusian exports to Kenya rose by 15% in 2025.")
    assert got == [("exports", None, None, ("percent", 15.0))]


def test_a_change_of_a_price_as_subject_is_still_dropped() -> None:
    assert facts("Prices for Belarusian tractors in Kenya rose by 8% in 2025.") == []


def test_money_earned_through_exports_is_the_exports() -> None:
    got = facts("Belarus earned $120 million through exports of dairy products to Kenya in 2025.")
    assert got == [("exports", "dairy", 120e6, None)]


def test_a_target_reached_through_supplies_is_still_the_trades() -> None:
    got = facts("In 2026 trade between Belarus and Kenya reached $50 million. This year we plan to reach $90 million "
                "thanks to supplies of tractors.")
    assert [g[0] for g in got] == ["turnover", "turnover"]


@pytest.mark.parametrize("sentence", ["The minister noted that imports of tea reached $4 million.",
                                      "Such imports from Kenya reached $4 million."])
def test_imports_after_exports_keep_their_own_direction(sentence: str) -> None:
    got = facts(f"Belarusian exports to Kenya amounted to $20 million in 2025. {sentence}")
    assert [g[0] for g in got] == ["exports", "imports"]


def test_these_supplies_still_take_the_flow_just_given() -> None:
    got = facts("Kenyan supplies to Belarus reached $5 million in 2025. We want to double these supplies.")
    assert [g[0] for g in got][:1] == ["imports"] and all(g[0] == "imports" for g in got)


def test_an_arrival_for_the_talks_is_their_venue() -> None:
    got = record("TASHKENT, 21 April 2026 – A Belarusian delegation arrived in Samarkand for the talks with the regional "
                 "governor, after the meeting in Tashkent.\n\nThe sides discussed trade.")
    assert got.venue == "Samarkand"


def test_an_arrival_before_talks_elsewhere_gives_way() -> None:
    got = record("TASHKENT, 21 April 2026 – A Belarusian delegation arrived in Tashkent on Monday and held talks on "
                 "21 April in Nurafshon.\n\nThe sides discussed trade.")
    assert got.venue == "Nurafshon"


def test_four_cities_of_belarus_in_a_list_leave_the_oblast_the_side() -> None:
    got = record("GRODNO, 12 March 2026 – The Grodno region and Russia's Pskov region signed a cooperation plan.\n\n"
                 "The governor of the Grodno region met the governor of the Pskov region. Pskov companies already work "
                 "with partners in Brest, Gomel, Mogilev and Vitebsk.\n\nTrade between the Grodno and Pskov regions "
                 "reached $30 million in 2025.")
    assert got.belarus_side is not None and got.belarus_side.code == "BY-HR"


@pytest.mark.parametrize("vague", ["a few hundred million dollars", "several hundred million dollars",
                                   "many hundred million dollars"])
def test_a_vague_count_of_hundreds_of_millions_gives_no_value(vague: str) -> None:
    assert [g[2] for g in facts(f"In 2025 trade between Belarus and Kenya reached {vague}.")] in ([], [None])


def test_hundreds_in_words_still_give_their_value() -> None:
    assert [g[2] for g in facts("In 2025 trade between Belarus and Kenya reached five hundred million dollars.")] == [500e6]


@pytest.mark.parametrize("sentence", ["Lower tariffs boosted Belarusian exports to Kenya by 20% in 2025.",
                                      "Higher world prices pushed Belarusian exports to Kenya up by 20% in 2025."])
def test_a_price_that_moved_the_exports_leaves_the_change_theirs(sentence: str) -> None:
    assert facts(sentence) == [("exports", None, None, ("percent", 20.0))]


def test_the_price_of_exports_is_still_a_price() -> None:
    assert facts("The price of Belarusian exports to Kenya rose by 5% in 2025.") == []


@pytest.mark.parametrize("sentence", ["Exports to Kenya reached $50 million in 2025, not $40 million as forecast.",
                                      "Exports to Kenya reached $50 million in 2025 rather than $40 million."])
def test_an_amount_denied_by_the_one_before_is_no_figure(sentence: str) -> None:
    assert [g[2] for g in facts(sentence)] == [50e6]


def test_a_correction_still_puts_the_figure_right() -> None:
    got = facts("Imports from Kenya were $9 million in 2025. Correction: the correct figure for imports is $12 million, "
                "not $9 million.")
    assert [(g[0], g[2]) for g in got] == [("imports", 12e6)]
