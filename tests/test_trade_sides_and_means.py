"""Whose a figure is and what it measures, in articles of our own: the makers of goods own the exports, "our
countries" are the partner's country, a means after a target is no metric of it, a capitalised modal inside a name
is no goal, and places where plants open are no parties to the trade."""
from __future__ import annotations

import pytest

from belcoop.parse import parse_article


def facts(body: str, dateline: str = "MINSK, 3 March 2025 (BelTA) –") -> list[tuple[str | None, str, float | None, str]]:
    record = parse_article(f"A visit\n\n{dateline} {body}\n", path="t.txt", sha256="0", record_id="t")
    return [(f.partner, f.metric, f.value, f.status) for f in record.trade]


def test_exports_of_a_regions_makers_are_the_regions_sales_to_belarus() -> None:
    got = facts("In 2024, trade between Kurgan Oblast and Belarus reached $80.2 million. Exports of Kurgan companies "
                "to the republic amounted to $30 million, mainly grain.")
    assert got == [("RU-KGN", "turnover", 80.2e6, "actual"), ("RU-KGN", "imports", 30e6, "actual")]


@pytest.mark.parametrize("makers", ["Belarusian enterprises", "Grodno Oblast companies"])
def test_exports_of_belarusian_makers_stay_exports(makers: str) -> None:
    got = facts(f"In 2024, trade between Kurgan Oblast and Belarus reached $80.2 million. Exports of {makers} to the "
                "region amounted to $30 million.")
    assert got[1] == ("RU-KGN", "exports", 30e6, "actual")


@pytest.mark.parametrize("sides", ["our countries", "our two states", "both countries"])
def test_trade_between_our_countries_in_a_regions_article_is_the_countrys(sides: str) -> None:
    got = facts(f'Trade between Karaganda region and Belarus reached $90 million in 2024. "Trade between {sides} '
                'exceeded $1.1 billion in 2024, and Karaganda can do more," the akim said.',
                dateline="KARAGANDA, 3 March 2025 (Kazinform) –")
    assert got == [("KZ-35", "turnover", 90e6, "actual"), ("KZ", "turnover", 1.1e9, "actual")]


def test_trade_between_the_two_regions_stays_the_regions() -> None:
    got = facts("Trade between the two regions reached $90 million in 2024, the governor of Omsk Oblast said.")
    assert got == [("RU-OMS", "turnover", 90e6, "actual")]


def test_a_means_after_a_target_is_not_its_metric() -> None:
    got = facts("In 2024, trade between Belarus and Omsk Oblast increased 1.5 times to $120 million. The sides agreed "
                "to reach $200 million in the coming years by increasing the supply of Belarusian tractors and buses.")
    assert got[1] == ("RU-OMS", "turnover", 200e6, "target")


def test_a_supply_named_before_the_target_is_still_its_metric() -> None:
    got = facts("In 2024, trade between Belarus and Omsk Oblast reached $120 million. The sides agreed to bring the "
                "supply of Belarusian tractors to $50 million.")
    assert got[1][1:] == ("exports", 50e6, "target")


def test_a_capitalised_modal_inside_a_name_is_no_goal() -> None:
    got = facts("Last year Can Tho's exports to Belarus were worth $3.4 million.",
                dateline="Can Tho (CTO) - On 23 July 2025, the city received a delegation from Brest.")
    assert got == [("VN-CT", "imports", 3.4e6, "actual")]
    ahead = facts("Exports to Can Tho could reach $5 million next year.",
                  dateline="Can Tho (CTO) - On 23 July 2025, the city received a delegation from Brest.")
    assert ahead[0][3] == "target"


def test_places_where_plants_open_are_no_parties_to_the_target() -> None:
    got = facts('In 2024 the trade of Mogilev Oblast with Russia amounted to $3.9 billion. "Next year we plan to open '
                'assembly production facilities in Tambov and Smolensk and to bring the trade with Russia to $4.5 '
                'billion," the chairman said.', dateline="MOGILEV, 3 March 2025 (BelTA) –")
    assert got == [("RU", "turnover", 3.9e9, "actual"), ("RU", "turnover", 4.5e9, "target")]


def test_trade_between_two_other_regions_is_still_no_fact() -> None:
    got = facts("Trade between Tambov Oblast and Smolensk Oblast reached $400 million last year, the governor said.",
                dateline="MOGILEV, 3 March 2025 (BelTA) –")
    assert got == []
