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
