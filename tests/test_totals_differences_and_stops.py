"""Rules from blind round 46, on articles of our own: "overall mutual trade" is the two sides' own, a change told in
money after a comma is no figure, "these supplies" are the flow just given, a region's country is no third country,
Turkey's cities are known, and the talks after an arrival are the venue."""
from __future__ import annotations

import pytest

from belcoop.model import Record
from belcoop.parse import parse_article


def parse(body: str, dateline: str = "KAZAN, 12 March 2026 (BelTA) –") -> Record:
    return parse_article(f"A visit\n\n{dateline} {body}\n", path="t.txt", sha256="0", record_id="t")


def facts(record: Record) -> list[tuple[str | None, str, float | None, str]]:
    return [(f.partner, f.metric, f.value, f.status) for f in record.trade]


@pytest.mark.parametrize("trade", ["Overall mutual trade", "Total bilateral trade"])
def test_overall_mutual_trade_is_the_two_sides_own(trade: str) -> None:
    record = parse(f"In 2025, Belarusian exports to Tatarstan amounted to $412.5 million. {trade} last year reached "
                   "$600.8 million.")
    assert facts(record) == [("RU-TA", "exports", 412.5e6, "actual"), ("RU-TA", "turnover", 600.8e6, "actual")]


def test_the_total_of_goods_is_still_someones_total() -> None:
    record = parse("Total agricultural exports of Tatarstan reached $5 billion in 2025.")
    assert facts(record) == []


def test_a_change_in_money_after_a_comma_is_no_figure() -> None:
    record = parse("Trade with Tatarstan in January-June 2026 amounted to $143.7 million, up $25 million year-on-year.")
    assert facts(record) == [("RU-TA", "turnover", 143.7e6, "actual")]


def test_made_up_is_no_change() -> None:
    record = parse("Trade with Tatarstan in January-June 2026 made up $143.7 million.")
    assert facts(record) == [("RU-TA", "turnover", 143.7e6, "actual")]


def test_these_supplies_are_the_flow_just_given() -> None:
    record = parse('In January-August 2026 trade between Belarus and Tajikistan reached $95 million, the Tajik minister '
                   'said. "Our exports to Belarus grew to $23.5 million over the same period. We want to double these '
                   'supplies," he said.', dateline="DUSHANBE, 12 September 2026 (BelTA) –")
    assert [(f.metric, f.status, f.change.value if f.change else None) for f in record.trade] == [
        ("turnover", "actual", None), ("imports", "actual", None), ("imports", "target", 2.0)]


def test_a_flow_named_anew_is_its_own() -> None:
    record = parse("In January-August 2026 Belarusian imports from Tajikistan grew to $23.5 million. The sides want to "
                   "double exports.", dateline="DUSHANBE, 12 September 2026 (BelTA) –")
    assert [(f.metric, f.status) for f in record.trade] == [("imports", "actual"), ("exports", "target")]


def test_a_regions_country_is_no_third_country() -> None:
    record = parse_article("Brest and Da Nang become twin towns\n\n26.09.2025\n\nBrest and the Vietnamese city of Da Nang "
                           "have signed an agreement on twin-town relations. The agreement was signed in Brest by the "
                           "chairmen of the Brest City Executive Committee and the Da Nang People's Committee.\n\nBrest "
                           "Oblast is also expanding ties with Vietnam: its trade with Vietnam reached $19.8 million in "
                           "January-August 2025.\n", path="t.txt", sha256="0", record_id="t")
    assert record.partner is not None and record.partner.code == "VN-DN"
    assert facts(record) == [("VN", "turnover", 19.8e6, "actual")]


@pytest.mark.parametrize("city", ["Kayseri", "Konya", "Antalya"])
def test_turkeys_cities_are_known(city: str) -> None:
    record = parse(f"Vitebsk Oblast and the Turkish province of {city} signed a protocol. The protocol was signed in "
                   f"{city} by the chairman of the Vitebsk Oblast Executive Committee.", dateline=f"{city.upper()}, 14 October 2026 –")
    assert record.venue == city
    assert record.partner is not None and record.partner.code == "TR"


def test_the_talks_after_an_arrival_are_the_venue() -> None:
    record = parse("The Mogilev delegation arrived in Tashkent on Monday and held talks on 21 April in Nurafshon with "
                   "the khokim of Tashkent Region.", dateline="TASHKENT, 22 April 2026 –")
    assert record.venue == "Nurafshon"


def test_an_arrival_alone_is_the_venue() -> None:
    record = parse("The Mogilev delegation arrived in Samarkand on a working visit and held talks with the khokim.",
                   dateline="SAMARKAND, 22 April 2026 –")
    assert record.venue == "Samarkand"


@pytest.mark.parametrize("span", ["From October 2025 to March 2026", "Between October 2025 and March 2026",
                                  "In October 2025-March 2026"])
def test_a_span_of_months_across_a_year_end(span: str) -> None:
    record = parse(f"{span} Belarusian exports to Yaroslavl Oblast reached $34.8 million.", dateline="YAROSLAVL, 12 May 2026 –")
    assert [(f.value, f.period.start, f.period.end) for f in record.trade if f.period] == [(34.8e6, "2025-10-01", "2026-03-31")]


def test_two_months_told_apart_stay_apart() -> None:
    record = parse("In March 2026 exports to Yaroslavl Oblast rose to $34.8 million and in April 2026 to $40 million.",
                   dateline="YAROSLAVL, 12 May 2026 –")
    assert [f.period.start for f in record.trade if f.period] == ["2026-03-01", "2026-04-01"]
