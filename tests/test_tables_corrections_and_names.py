"""Page shapes and names of our own, from blind round 45: a table whose header is indented over its rows' labels, a
correction that puts a figure right, lists of other stories at the foot, a post's location pin, the fields of a
minister's post, a second partner's figure in one sentence, Turkic and Russian patronymics, the main talks of a
visit of several stops, an event announced for a day soon after the article, and a page on all the oblasts."""
from __future__ import annotations

import pytest

from belcoop.model import Record
from belcoop.parse import parse_article


def parse(text: str) -> Record:
    return parse_article(text, path="t.txt", sha256="0", record_id="t")


def facts(record: Record) -> list[tuple[str | None, str, float | None, str | None]]:
    return [(f.partner, f.metric, f.value, f.period.start[:4] if f.period else None) for f in record.trade]


NOTE = """INFORMATION NOTE
on the meeting of the Working Group on cooperation between Belarus and Samara Oblast

   The meeting of the Working Group was held on 9 July 2026 in Samara. The sides discussed supplies of
Belarusian lifts and buses to the oblast.

Table 1. Trade between the Republic of Belarus and Samara Oblast,
thousand US dollars

                      2024          2025      2025 to 2024, %
   Turnover      412 418.7     455 902.4           110.5
   Exports       301 233.0     335 120.9           111.2

Source: National Statistical Committee.
"""


def test_a_table_whose_header_is_indented_over_its_labels() -> None:
    record = parse(NOTE)
    assert facts(record) == [("RU-SAM", "turnover", 412_418_700.0, "2024"), ("RU-SAM", "turnover", 455_902_400.0, "2025"),
                             ("RU-SAM", "exports", 301_233_000.0, "2024"), ("RU-SAM", "exports", 335_120_900.0, "2025")]
    changes = [f.change.value for f in record.trade if f.change]
    assert changes == [10.5, 11.2]


CORRECTED = """Samara and Gomel sign a roadmap

SAMARA, 10 September 2026 (BelTA) – In January-June 2026 trade between Belarus and Samara Oblast amounted to $284
million. Belarusian exports amounted to $139.5 million and imports from the region to $90.5 million.

Correction (11 September 2026): An earlier version of this article misstated Belarusian exports. {fix}
"""


@pytest.mark.parametrize("fix", ["The correct figure is $193.5 million, not $139.5 million.",
                                 "The correct figure is $193.5 million instead of $139.5 million."])
def test_a_correction_puts_the_figure_right(fix: str) -> None:
    record = parse(CORRECTED.format(fix=fix))
    assert [(f.metric, f.value) for f in record.trade] == [("turnover", 284e6), ("exports", 193.5e6), ("imports", 90.5e6)]
    assert record.trade[1].evidence == fix


def test_a_correction_of_no_figure_of_the_text_changes_nothing() -> None:
    record = parse(CORRECTED.format(fix="The correct figure is $12 million, not $11 million."))
    assert [(f.metric, f.value) for f in record.trade] == [("turnover", 284e6), ("exports", 139.5e6), ("imports", 90.5e6)]


FOOT = """Mogilev and Kaluga sign a programme

MOGILEV, 14 May 2026 (BelTA) – Trade between Mogilev Oblast and Kaluga Oblast reached $163.2 million in 2025, the
governor said at the talks in Mogilev.

{foot}
"""


@pytest.mark.parametrize("foot", [
    "Also in this section:\n- Mogilev Oblast, Yaroslavl Region trade up 15 per cent\n- Bobruisk hosts a festival",
    'Interviewed by Anna Petrova\n\nRead also:\n  Belarus and Georgia: trade up 18% in 2025\n  Ambassador to Armenia: "We aim for $300 million"',
])
def test_lists_of_other_stories_at_the_foot_give_no_facts(foot: str) -> None:
    record = parse(FOOT.format(foot=foot))
    assert facts(record) == [("RU-KLU", "turnover", 163.2e6, "2025")]
    assert [p.code for p in record.partners] == ["RU-KLU"]


def test_a_posts_location_pin_is_its_place() -> None:
    record = parse("Regions channel, [17.04.26 12:47]\nGRODNO AND TYUMEN: NEW HORIZONS\n\n\N{ROUND PUSHPIN}Tyumen\n\n"
                   "A delegation of Grodno Oblast is on a working visit to Tyumen Oblast. Today it held talks with the "
                   "Governor of Tyumen Oblast.\n")
    assert record.venue == "Tyumen"


def test_the_fields_of_a_ministers_post_are_one_clause_with_the_meeting() -> None:
    record = parse("Ambassador meets Minister\n\nAugust 26, 2026\n\nOn August 25, Ambassador of Belarus to Mongolia "
                   "Sergei Trusov met with Minister of Food, Agriculture and Light Industry of Mongolia Batbayar Ganzorig "
                   "in Ulaanbaatar. The parties signed a program of cooperation in agriculture.\n")
    assert record.venue == "Ulaanbaatar"


def test_a_second_partners_change_is_its_own() -> None:
    record = parse("Volga regions\n\nMINSK, 3 March 2026 (BelTA) – Trade with Tatarstan alone exceeded $1.3 billion last "
                   "year, with Nizhny Novgorod Oblast it grew by 11% to $870 million.\n")
    assert [(f.partner, f.value, f.change.value if f.change else None) for f in record.trade] == [
        ("RU-TA", 1.3e9, None), ("RU-NIZ", 870e6, 11.0)]


def test_a_turkic_patronymic_and_its_link_are_left_out_of_the_name() -> None:
    record = parse("Minsk and Ganja\n\nGANJA, 3 March 2026 – Head of the Ganja City Executive Power Elmar Gasym ogly "
                   "Rzayev met the Minsk delegation. E. Rzayev said the sides would open a trade house. Deputy head "
                   "Sevinj Ilham kyzy Aliyeva took part in the talks.\n")
    assert [p.name for p in record.people] == ["Elmar Rzayev", "Sevinj Aliyeva"]


def test_a_given_name_and_patronymic_is_the_governor_of_that_given_name() -> None:
    record = parse('Talks\n\nYEKATERINBURG, 3 March 2026 – Governor of Sverdlovsk Oblast Oleg Sheremetyev met Chairman '
                   'of the Grodno Oblast Executive Committee Yuri Karpovich. "We are ready to buy more Grodno dairy '
                   'products," Oleg Vladimirovich said.\n')
    assert [p.name for p in record.people] == ["Oleg Sheremetyev", "Yuri Karpovich"]


def test_a_family_name_made_like_a_patronymic_with_a_post_is_a_person() -> None:
    record = parse("Kuzbass\n\nKEMEROVO, 3 March 2026 – Governor of Kuzbass Ilya Seredyuk and Minister Sergei Tsivilev "
                   "opened the centre. BelAZ Director General Sergei Nikiforovich said repairs would take half the time.\n")
    assert [p.name for p in record.people] == ["Ilya Seredyuk", "Sergei Tsivilev", "Sergei Nikiforovich"]


def test_the_main_talks_of_a_visit_of_several_stops_are_its_venue() -> None:
    record = parse("Grodno delegation returns from the Urals\n\nGRODNO, 19 June 2026 – A delegation of Grodno Oblast "
                   "has returned from a working visit to Sverdlovsk Oblast.\n\nThe visit began in Nizhny Tagil, where the "
                   "guests toured a plant.\n\nThe main talks took place in Yekaterinburg, where the delegation met the "
                   "Governor of Sverdlovsk Oblast.\n")
    assert record.venue == "Yekaterinburg"


@pytest.mark.parametrize(("day", "sentence", "date"), [
    ("2 October", "Days of Vitebsk Oblast will be held in Pskov Oblast on 15-16 October 2026.", "2026-10-02"),
    ("20 December", "The forum will be held in Pskov on 15 January 2027.", "2026-12-20"),
    ("2 March", "The roadmap will run until 15 March 2030.", None),
    ("2 October", "The forum was held in Pskov on 15 October 2026.", None),
])
def test_an_event_announced_for_a_day_soon_after_gives_the_year(day: str, sentence: str, date: str | None) -> None:
    assert parse(f"Days\n\nVITEBSK, {day} (BelTA) – {sentence}\n").date == date


def test_a_page_on_all_the_oblasts_is_belarus_side() -> None:
    record = parse("Belarusian exposition in Hanoi\n\nHANOI, 20 October 2026 – The national exposition of Belarus opened "
                   "in Hanoi. Grodno Oblast brought dairy products, Gomel Oblast presented combines, Mogilev Oblast showed "
                   "chemical fibres, Vitebsk Oblast displayed linen and Minsk Oblast brought a dump truck. The Minsk Oblast "
                   "Executive Committee and Bac Ninh Province signed a memorandum of understanding.\n")
    assert record.belarus_side is not None and record.belarus_side.code == "BY"
