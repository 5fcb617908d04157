"""Page shapes of our own: a stamp labelled "Last updated" under a press service's credit, a stamp with its time and
rubric ("12.06.2026 | 10:05 | Economy"), a digest whose items open on datelines in capitals closed by a full stop, and
a goal "by results of the year" (a translation of the Russian "по итогам года")."""
from __future__ import annotations

import pytest

from belcoop.model import Record
from belcoop.parse import parse_article


def parse(text: str) -> Record:
    return parse_article(text, path="t.txt", sha256="0", record_id="t")


GOVERNMENT_PAGE = """Government of the Penza region
Main | News | Economy

The delegation of the Brest region has visited the Penza region

{day}

In the Penza region the negotiations with the delegation of the Brest regional executive committee were held. The
parties discussed supplies of Belarusian buses and lifts to the region.

For January-September of this year the commodity turnover of the Penza region with Belarus made 88.4 million dollars.
{goal}

Press service of the Government of the Penza region

{stamp}

Main | Contacts
"""


@pytest.mark.parametrize("stamp", ["Last updated: 13.11.2025 09:12", "Last modified 13.11.2025"])
def test_a_last_updated_stamp_under_a_press_service_gives_the_day_its_year(stamp: str) -> None:
    record = parse(GOVERNMENT_PAGE.format(day="12 November", goal="", stamp=stamp))
    assert record.date == "2025-11-12"
    assert [(f.value, f.period.start if f.period else None) for f in record.trade] == [(88.4e6, "2025-01-01")]


def test_an_unlabelled_line_is_no_stamp_of_the_article() -> None:
    record = parse(GOVERNMENT_PAGE.format(day="12 November", goal="", stamp="Weather: 13.11.2025 +4"))
    assert record.date is None


@pytest.mark.parametrize("goal", ["By results of the year it is planned to reach 120 million dollars.",
                                  "Following the results of the year the turnover is planned to reach 120 million dollars."])
def test_a_goal_by_results_of_the_year_is_for_the_current_year(goal: str) -> None:
    record = parse(GOVERNMENT_PAGE.format(day="12 November 2025", goal=goal, stamp=""))
    target = [f for f in record.trade if f.status == "target"]
    assert [(f.value, f.period.start, f.period.end) for f in target if f.period] == [(120e6, "2025-01-01", "2025-12-31")]


def test_a_figure_by_results_of_the_year_is_not_made_a_goal() -> None:
    record = parse("A review\n\nPENZA, 15 January 2026 – By results of the year the turnover of the Penza region with "
                   "Belarus made 100 million dollars.\n")
    assert [(f.value, f.status) for f in record.trade] == [(100e6, "actual")]


CITY_PAGE = """Thursday, 18 June 2026 · Minsk +21°C
Minsk City News
Days of Udmurtia open in Minsk
The Days of Udmurtia in Minsk opened on 11 June at the exhibition centre with a business forum and concerts.
{stamp}
The delegation of Udmurtia is headed by Head of the Udmurt Republic Ivan Petrov. The Days were opened together with
the Chairman of the Minsk City Executive Committee.
"""


@pytest.mark.parametrize("stamp", ["12.06.2026 | 10:05 | Economy", "12.06.2026 | 10:05 | Views: 40"])
def test_a_stamp_with_its_time_and_rubric_dates_the_article(stamp: str) -> None:
    assert parse(CITY_PAGE.format(stamp=stamp)).date == "2026-06-12"


DIGEST = """Business in brief
10.03.2026 · Digest

Kazakhstan and Turkey eye $15 billion in trade
ASTANA, 10 March. Kazakhstan and Turkey intend to bring their mutual trade to $15 billion, the ministry said. Trade
between the two countries grew by 8 percent last year and exceeded $6.3 billion.

Pavlodar region to assemble Belarusian lifts
PAVLODAR, 10 March. Akim of Pavlodar region Asan Baimukhanov received Ambassador of Belarus Ivan Sidorov in Pavlodar.
The sides discussed the assembly of Belarusian lifts. Trade between the region and Belarus reached $64.2 million last
year.

Wheat harvest forecast raised
KOSTANAY, 10 March. Farmers of the region expect to harvest 5 million tonnes of wheat this year, the akimat said.
"""


def test_a_digest_with_datelines_closed_by_a_full_stop_keeps_only_its_item_on_belarus() -> None:
    record = parse(DIGEST)
    assert record.partner is not None and record.partner.code == "KZ-55"
    assert record.venue == "Pavlodar"
    assert [(f.partner, f.value) for f in record.trade] == [("KZ-55", 64.2e6)]


def test_a_lead_in_capitals_with_one_dateline_is_no_digest() -> None:
    record = parse("Talks in Pavlodar\n\nPAVLODAR, 10 March 2026. Akim of Pavlodar region Asan Baimukhanov received "
                   "Ambassador of Belarus Ivan Sidorov. Trade between the region and Belarus reached $64.2 million in "
                   "2025.\n\nThe sides also discussed supplies of Belarusian lifts to Ekibastuz and Aksu.\n")
    assert [(f.partner, f.value) for f in record.trade] == [("KZ-55", 64.2e6)]


@pytest.mark.parametrize("stamp", ["Published 17.09.2026, 11:40 · Views: 1 284", "17.09.2026 · 11:40 · Views: 1 284"])
def test_a_stamp_with_counters_after_a_middle_dot_dates_the_article(stamp: str) -> None:
    text = ("Monday, 7 December 2026 Smolensk -3°C USD 78.40 | EUR 91.15\nSmolensk Region Today\nBelarus and Smolensk "
            "Oblast discuss logistics\nDeputy Prime Minister of Belarus Ivan Petrov visited Smolensk, where he held talks "
            "with the governor.\nLast year, the trade of Belarus and Smolensk Oblast amounted to $1.21 billion.\n"
            f"{stamp}\n© 2015-2026 Smolensk Region Today\n")
    record = parse(text)
    assert record.date == "2026-09-17"
    assert [f.period.start if f.period else None for f in record.trade] == ["2025-01-01"]


@pytest.mark.parametrize(("later", "date"), [("5/28/2026", "2026-05-03"), ("28/5/2026", "2026-03-05"), ("5/6/2026", None)])
def test_a_slashed_stamp_takes_the_order_another_date_of_the_page_tells(later: str, date: str | None) -> None:
    text = ("Pakistan Economic Observer\nPakistan, Belarus to expand tractor assembly\nPosted on 5/3/2026 by Staff "
            "Reporter\n\nISLAMABAD: The federal minister met the Ambassador of Belarus. Bilateral trade in the first "
            f"quarter of this year stood at $21.6 million.\n\nThe next session of the working group will be held on {later}.\n")
    assert parse(text).date == date


def test_two_slashed_dates_of_either_order_tell_no_order() -> None:
    text = ("Observer\nPakistan, Belarus to expand tractor assembly\nPosted on 5/3/2026\n\nISLAMABAD: The minister met "
            "the Ambassador of Belarus on 28/4/2026. The next session will be held on 5/28/2026.\n")
    assert parse(text).date == "2026-04-28"  # the stamp stays unread; the lead's own date is the article's
