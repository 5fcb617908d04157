"""The cheap tests partners.py asks before its searches keep what the searches find."""

from __future__ import annotations

from belcoop.parse.partners import _cooperation_objects, _paired_with_belarus, _visited, choose_parties
from belcoop.parse.places import Mention, gazetteer
from belcoop.parse.text import split_sentences


def _pair(text: str) -> str | None:
    ms = gazetteer().mentions(text)
    found = _paired_with_belarus(text, ms[0], ms[1])
    return found.hit.code if found else None


def test_a_pair_is_joined_by_and_or_a_dash_with_spaces_around() -> None:
    assert _pair("Belarus and Peru agreed on wheat.") == "PE"
    assert _pair("Belarus – Peru talks opened.") == "PE"
    assert _pair("the Belarusian-Chinese talks") == "CN"
    assert _pair("Belarus or Peru may host it.") is None
    assert _pair("Belarus, Peru and Chile met.") is None


def _blocks(*texts: str) -> tuple[list[tuple[str, float]], list[list[Mention]]]:
    gaz = gazetteer()
    return [(t, 1.0) for t in texts], [gaz.mentions(t) for t in texts]


def test_a_heading_in_capitals_names_a_digest_item_and_one_in_lower_case_does_not() -> None:
    assert _visited(*_blocks("PERU.")) == ["PE"]
    assert _visited(*_blocks("Peru.")) == []


def test_cooperation_with_a_place_is_found_only_where_its_words_are() -> None:
    peru = gazetteer().place("PE")
    chile = gazetteer().place("CL")
    assert peru is not None and chile is not None
    blocks = _blocks("Belarus is expanding cooperation with Peru and Chile.", "Belarus met Peru and Chile again.")
    assert _cooperation_objects(*blocks, chile) == ["PE"]
    assert _cooperation_objects(*_blocks("Belarusian tractors are assembled in Peru."), chile) == ["PE"]
    assert _cooperation_objects(*_blocks("Belarus sent tractors to Peru."), chile) == []


def test_a_region_paired_with_belarus_in_a_sentence_of_figures_still_counts() -> None:
    gaz = gazetteer()
    body = ("Governor of Mogilev Oblast Anatoly Isachenko met the delegation. "
            "Trade between Belarus and Peru reached $5 million in 2024.")
    found = choose_parties(gaz, "Mogilev Oblast and Peru discuss trade", split_sentences(body), gaz.mentions)
    assert found.partner is not None and found.partner.code == "PE"


def test_a_place_a_belarusian_side_visited_is_found_only_after_a_word_of_visiting() -> None:
    assert _visited(*_blocks("A Belarusian business mission visited Peru last week.")) == ["PE"]
    assert _visited(*_blocks("Belarusian officials made a trip to Peru.")) == ["PE"]
    assert _visited(*_blocks("Belarusian officials sent tractors to Peru.")) == []
