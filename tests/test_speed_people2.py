"""The people grammar's cheaper cue test gives the answers of the plain one it stands for: `_cue_of` is `_is_cue`
given the word's first character and lower-cased form."""

from __future__ import annotations

import pytest

from belcoop.parse import people as P

_WORDS = ["Kowalczyk", "Kowalczyk's", "Petrenko", "petrenko", "Vice-Chairman", "Jean-Luc", "al-Sisi", "McKinley",
          "DeWitt", "MacArthur", "BelAZ", "ChTZ-Uraltrac", "Radio2", "Ⅸ", "x²", "Nationally", "Cooperation",
          "Partnerships", "Ambassador", "Oblast", "Oblast-Center", "Q", "Zh", "NATO", "Toyota-Minsk", "Ana-María",
          "Dubrovskaya", "Sanchez", "Governor", "O'Neill", "-Tour", "12th", "'Hara"]


@pytest.mark.parametrize("word", _WORDS)
def test_cue_of_is_is_cue(word: str) -> None:
    assert P._cue_of(word, word[0], word.lower()) == P._is_cue(word)


def test_cues_seen() -> None:
    assert P._is_cue("Governor") and P._is_cue("Dubrovskaya") and P._is_cue("Vice-Chairman")
    assert not P._is_cue("tractors") and not P._is_cue("2024")


def test_name_shapes_seen() -> None:
    assert not P._name_shape("Radio2", "radio2") and P._name_shape("Kowalczyk", "kowalczyk")


def test_word_flags_of_hyphenated_words() -> None:
    flags = P._WordFlags()
    assert flags["Vice-Chairman"] & P._IS_OFFICE
    assert not flags["Jean-Luc"] & P._IS_OFFICE
