"""find_dates keeps its dates per text: asked again, it gives the same dates, in a list of the caller's own."""

from __future__ import annotations

from belcoop.parse.dates import find_dates


def test_dates_asked_again_are_the_same_and_the_list_is_the_callers() -> None:
    text = "The fair opened on 14 March 2023 and closed on 17 March 2023."
    first = find_dates(text)
    assert [(d.day, d.month, d.year) for d in first] == [(14, 3, 2023), (17, 3, 2023)]
    first.clear()
    again = find_dates(text)
    assert [(d.day, d.month, d.year) for d in again] == [(14, 3, 2023), (17, 3, 2023)]
    assert again is not find_dates(text)


def test_a_text_without_a_digit_has_no_dates() -> None:
    assert find_dates("The fair opened in spring.") == []


def test_the_pandemic_is_named_by_its_words_standing_alone() -> None:
    from belcoop.parse.dates import _names_the_pandemic

    assert _names_the_pandemic("Trade fell during the COVID-19 pandemic.")
    assert _names_the_pandemic("Before the Coronavirus, trade grew.")
    assert not _names_the_pandemic("Trade grew in 2019.")
    assert not _names_the_pandemic("The pandemics of old are studied.")  # ("pandemic" inside a longer word)
    assert _names_the_pandemic("The \u0130zmir fair was held after the pandemic.")  # (a text of odd case: the search itself)
