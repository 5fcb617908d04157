"""Names that are not what their words say, in articles of our own: a person's name before a street or a museum in
lower case, a town named before the site visited there, a dateline with its agency between slashes, and a sector's
word inside an event's name."""
from __future__ import annotations

import pytest

from belcoop.model import Record
from belcoop.parse import parse_article
from belcoop.parse.sectors import find_sectors


def parse(body: str, dateline: str = "ASTANA, 3 March 2026 –") -> Record:
    return parse_article(f"A visit\n\n{dateline} {body}\n", path="t.txt", sha256="0", record_id="t")


@pytest.mark.parametrize("after", ["The akimat is at Dinmukhamed Kunayev street, 12.",
                                   "The guests visited the Karaganda Coal Basin museum and the fair.",
                                   "Astana, Abai Kunanbayev avenue, 4"])
def test_a_name_before_a_street_or_a_museum_in_lower_case_is_no_person(after: str) -> None:
    record = parse(f"Akim Marat Kaliyev met the Belarusian delegation. {after}")
    assert [p.name for p in record.people] == ["Marat Kaliyev"]


def test_a_person_named_before_a_verb_stays_a_person() -> None:
    record = parse("Akim Marat Kaliyev met Ambassador of Belarus Ivan Sidorov. Ivan Sidorov said the sides would meet "
                   "again in May.")
    assert [p.name for p in record.people] == ["Marat Kaliyev", "Ivan Sidorov"]


SITE_VISIT = ("Fergana region is interested in cooperation with Vitebsk region. This was discussed at a meeting of the "
              "khokim of Fergana region Ivan Karimov with a delegation of the Vitebsk Regional Executive Committee.\n\n"
              "The sides discussed supplies of Belarusian tractors and trucks.\n\nThe delegation visited {visited}.")


@pytest.mark.parametrize("visited", ["the Margilan silk factory", "the Kokand ceramic workshops and a school"])
def test_a_site_visited_in_another_town_leaves_the_datelines_venue(visited: str) -> None:
    record = parse(SITE_VISIT.format(visited=visited), dateline="FERGANA, 19 November 2026 –")
    assert record.venue == "Fergana"


def test_a_town_visited_in_the_body_is_the_venue() -> None:
    record = parse(SITE_VISIT.format(visited="Margilan, where the talks were held"), dateline="FERGANA, 19 November 2026 –")
    assert record.venue == "Margilan"


@pytest.mark.parametrize("lead", ["FERGANA, 19 November. /Dunyo IA/.", "FERGANA, 19 November /UzA/"])
def test_a_dateline_with_its_agency_between_slashes(lead: str) -> None:
    record = parse_article(f"Fergana and Vitebsk\n\n{lead} Fergana region of Uzbekistan and Vitebsk region of Belarus "
                           "discussed cooperation in light industry.\n", path="t.txt", sha256="0", record_id="t")
    assert record.source.dateline == "FERGANA"


@pytest.mark.parametrize(("sentence", "sectors"), [
    ("He invited Guangdong enterprises to the Belarusian Industrial Forum.", []),
    ("Our companies will show tractors at the International Agricultural Exhibition in Tashkent.", ["machine_building"]),
    ("The sides agreed to hold an industrial forum in Kazan.", ["industry"]),
    ("Belarusian artists took part in the Slavianski Bazaar Festival.", ["culture"]),
])
def test_a_sectors_word_inside_an_events_name_names_the_event(sentence: str, sectors: list[str]) -> None:
    assert find_sectors([sentence]) == sectors


def test_a_mixed_case_dateline_closed_by_a_full_stop_after_the_agency() -> None:
    record = parse_article("Namangan and Belarus discuss textiles\n\nNamangan, 4 February 2026 (UzA). Khokim of Namangan "
                           "region Akmal Tursunov received the Ambassador of Belarus.\n", path="t.txt", sha256="0",
                           record_id="t")
    assert record.source.dateline == "NAMANGAN"


def test_a_launch_at_a_plant_in_a_city_is_there() -> None:
    record = parse("On 3 June, Governor of Murmansk Oblast Ivan Petrov took part in the launch of an assembly line for "
                   "Belarusian road and municipal machinery at the Severtekhmash plant in Murmansk.",
                   dateline="MURMANSK, 4 June 2026 –")
    assert record.venue == "Murmansk"
