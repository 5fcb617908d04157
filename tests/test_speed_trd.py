"""The trade reader's shortcuts (work left until a rule asks for it, cheap first looks) must find what it found."""

from __future__ import annotations

from belcoop.parse.places import Mention, gazetteer
from belcoop.parse.trade import _RegionNames, named_with


def test_region_names_are_read_only_when_asked_and_as_the_text_goes() -> None:
    gaz = gazetteer()
    asked: list[str] = []

    def mentions(text: str) -> list[Mention]:
        asked.append(text)
        return gaz.mentions(text)

    first = "The delegation of Gomel Oblast arrived in Minsk."
    second = "The oblast's enterprises will take part in the fair in the Tula region."
    names = _RegionNames(mentions)
    names.add(first)
    names.add(second)
    assert asked == []  # nothing read before a rule asks
    before = {(-1, w, code) for _o, w, code in named_with(first, gaz.mentions(first))}
    assert before  # (Gomel Oblast is one)
    assert set(names.so_far()) == before | set(named_with(second, gaz.mentions(second)))
    assert asked == [first, second]
    assert set(names.so_far()) == before | set(named_with(second, gaz.mentions(second)))
    assert asked == [first, second]  # each sentence read once
    third = "Trade grew."
    names.add(third)
    assert set(names.so_far()) == before | {(-1, w, code) for _o, w, code in named_with(second, gaz.mentions(second))}
    assert asked == [first, second, third]
