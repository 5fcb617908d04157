"""The people finder's cheap gates read the same as the rules they guard (speed work, no change of output)."""

from belcoop.parse.people import PeopleFinder


def _names(*sentences: str) -> list[str]:
    finder = PeopleFinder(lambda _text: [])
    for sentence in sentences:
        finder.feed(sentence)
    return [p.name for p in finder.result()]


def test_a_short_staff_line_names_nobody() -> None:
    assert _names("(Web editor: Marta Kovalenko, Oleg Rudenko)") == []


def test_a_long_sentence_opening_like_a_staff_line_is_read() -> None:
    # the staff pattern matches its start, but a line of the page's staff is short: this one is the story's
    long = ("Editors: the delegation was welcomed in the city by Governor Dmitry Makhonin, who spoke of trade "
            "with partners in machine building and farming")
    assert "Dmitry Makhonin" in _names(long)


def test_a_plain_sentence_is_read_as_before() -> None:
    assert _names("Governor Dmitry Makhonin met the delegation.") == ["Dmitry Makhonin"]
