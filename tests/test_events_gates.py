"""The cheap gates in events.py, partners.py and orgs.py give the same answers as the rules they guard."""

from __future__ import annotations

import pytest

from belcoop.parse.events import dateline_in
from belcoop.parse.places import gazetteer


@pytest.mark.parametrize(("paragraph", "city"), [
    ("Hanoi, Oct 3 (VNA) The two sides met in the capital of Viet Nam.", "Hanoi"),
    ("Hanoi, 3 October - The two sides met in the capital of Viet Nam.", "Hanoi"),
    ("Hanoi, SEPT 3 - The two sides met in the capital of Viet Nam.", "Hanoi"),
    ("HANOI (VNA) The two sides met in the capital of Viet Nam today.", "Hanoi"),
    ("Hanoi – The two sides met in the capital of Viet Nam on Tuesday.", "Hanoi"),
    ("Hanoi—The two sides met in the capital of Viet Nam on Tuesday.", "Hanoi"),
    ("Hanoi -3 The two sides met in the capital of Viet Nam on Tuesday.", "Hanoi"),
    ("Hanoi, the capital of Viet Nam, hosted the two sides on Tuesday.", None),
    ("Hanoi - the capital of Viet Nam - hosted the two sides on Tuesday.", None),
    ("Hanoi is where the two sides met, on 3 October, for their talks.", None),
])
def test_dateline_in_marks(paragraph: str, city: str | None) -> None:
    assert dateline_in(["By Jane Doe", paragraph], gazetteer().mentions) == city


@pytest.mark.parametrize("text", [
    "Minsk Tractor Works and Gomel Glass Plant signed.",
    "The (Minsk Tractor Works) and «Belarusian State University» met; Chamber of Commerce and Industry of Uzbekistan.",
    "Minsk Tractor\nWorks of the Republic of Belarus and MAZ-Group JSC, Belarusbank's Bank",
    "Ministry of Food, Agriculture and Light Industry; National Assembly of Belarus; The Ministry of Trade",
    "Parking Works Planted Groups OJSC-Holding Ltd. Minsk Park",
    "Works",
    "Ural Plant",
])
def test_org_heads_read_where_the_patterns_match(text: str) -> None:
    from belcoop.parse import orgs

    heads = orgs._head_positions(text)
    assert orgs._named(text, heads) == [m.span() for m in orgs._NAMED.finditer(text)]
    expected = [m.span() for at in range(len(text)) if (at == 0 or not text[at - 1].isalnum())
                and (m := orgs._HEAD_FIRST.match(text, at)) and not orgs._CAPITALISED_BEFORE.search(text, max(0, at - 40), at)]
    assert sorted(orgs._head_first(text, heads)) == expected


@pytest.mark.parametrize("text", [
    "Talks in Tashkent", "held in the city of Tashkent", "IN THE CAPITAL OF Tashkent", "at\nTashkent", "main Tashkent",
    "in  the   capital\tof \n Tashkent", "begin Tashkent", "Tashkent", "sat at the capital of\nTashkent", "in the city Tashkent",
])
def test_in_before_read_backwards(text: str) -> None:
    from belcoop.parse import partners

    start = text.rindex("Tashkent")
    expected = partners._IN_BEFORE.search(text, 0, start) is not None
    assert (partners._IN_BEFORE_REVERSED.match(text[::-1], len(text) - start) is not None) == expected


@pytest.mark.parametrize("window", ["trade between ", "Russia and ", " and Minsk", " with Minsk", "-Russian", "Belarus-",
                                    " from ", "the Republic of ", "s capital ", "Andijan ", "And ", ""])
def test_pair_windows(window: str) -> None:
    from belcoop.parse import partners

    assert partners._may_pair(window) or partners._PAIR.search(window) is None
