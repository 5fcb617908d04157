"""The shortcuts that make the trade reader cheaper must leave what it finds as it was."""

from __future__ import annotations

from datetime import date

from belcoop.parse.trade import _lead_frame, extract_trade

TODAY = date(2025, 2, 10)


def _facts(paragraphs: list[list[str]]) -> list[tuple[str, float | None, str | None]]:
    found = extract_trade(paragraphs, TODAY, "RU-SPE", lambda _t: [], lambda _p: False).facts
    return [(f.metric, f.value, f.period.start if f.period else None) for f in found]


def test_a_lead_that_sums_up_a_past_year_frames_the_article() -> None:
    lead = ["Last year, the Vitebsk region widened its ties with the north of Russia.",
            "The head of the department told us about the results of the year."]
    frame = _lead_frame([lead], TODAY)
    assert frame is not None and (frame.start, frame.end) == ("2024-01-01", "2024-12-31")
    assert _facts([lead, ["Exports reached $61.5 million."]]) == [("exports", 61.5e6, "2024-01-01")]


def test_a_lead_with_no_phrase_of_results_frames_nothing() -> None:
    lead = ["Last year, the Vitebsk region widened its ties with the north of Russia.",
            "The head of the department told us about the plans."]
    assert _lead_frame([lead], TODAY) is None
    assert _facts([lead, ["Exports reached $61.5 million."]]) == [("exports", 61.5e6, None)]


def test_a_lead_that_sums_up_a_named_year() -> None:
    lead = ["The department has summed up the results of the region's cooperation in 2024."]
    frame = _lead_frame([lead], TODAY)
    assert frame is not None and (frame.start, frame.end) == ("2024-01-01", "2024-12-31")


def test_a_number_word_is_found_inside_any_word_once_and_kept() -> None:
    from belcoop.parse.trade import _MAY_HOLD_WORD, may_hold_figures

    assert may_hold_figures("The money was spent.")  # "one" of "money": the gate is loose on purpose
    assert may_hold_figures("Trade grew tenfold.") and may_hold_figures("In 2023 trade grew.")
    assert not may_hold_figures("The sides met in Minsk.")
    assert _MAY_HOLD_WORD["Often"] is True and _MAY_HOLD_WORD["Minsk"] is False
    assert _MAY_HOLD_WORD["Seventy"] is True and _MAY_HOLD_WORD["zebra"] is False
