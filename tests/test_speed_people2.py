"""The people grammar's cheaper word tests give the answers of the plain ones they stand for: `_cue_of` is `_is_cue`
given the word's first character and lower-cased form, and `_name_shape`'s short cuts (a word of letters only has no
digit; a word with no hyphen is its only part) answer as asking every part does."""

from __future__ import annotations

import pytest

from belcoop.parse import people as P

_WORDS = ["Kowalczyk", "Kowalczyk's", "Petrenko", "petrenko", "Vice-Chairman", "Jean-Luc", "al-Sisi", "McKinley",
          "DeWitt", "MacArthur", "BelAZ", "ChTZ-Uraltrac", "Radio2", "Ⅸ", "x²", "Nationally", "Cooperation",
          "Partnerships", "Ambassador", "Oblast", "Oblast-Center", "Q", "Zh", "NATO", "Toyota-Minsk", "Ana-María",
          "Dubrovskaya", "Sanchez", "Governor", "O'Neill", "-Tour", "12th", "'Hara"]


def _shape_by_parts(text: str, low: str) -> bool:
    """`_name_shape` as it asks each hyphenated part, with no short cut."""
    text = text.removesuffix("'s").removesuffix("’s")
    if len(text) < 2 or any(map(str.isdigit, text)) or low.endswith("ally") or text.isupper() or (
            P._ABSTRACT_NOUN.search(low)):
        return False
    blocked = P.vocabulary().blocked
    if low in blocked or any(part in blocked for part in low.split("-")):
        return False
    return not any(P._BRAND.search(P._NAME_PREFIX.sub("", part)) for part in text.split("-"))


@pytest.mark.parametrize("word", _WORDS)
def test_name_shape_short_cuts_answer_as_every_part(word: str) -> None:
    low = word.lower().removesuffix("'s")
    assert P._name_shape(word, low) == _shape_by_parts(word, low)


@pytest.mark.parametrize("word", _WORDS)
def test_cue_of_is_is_cue(word: str) -> None:
    assert P._cue_of(word, word[0], word.lower()) == P._is_cue(word)


def test_cues_seen() -> None:
    assert P._is_cue("Governor") and P._is_cue("Dubrovskaya") and P._is_cue("Vice-Chairman")
    assert not P._is_cue("tractors") and not P._is_cue("2024")


def test_a_word_of_letters_has_no_digit() -> None:
    # the short cut of `_name_shape`: no character is both a letter and a digit
    letters_and_digits = [c for c in map(chr, range(0x3000)) if c.isalpha() and c.isdigit()]
    assert letters_and_digits == []
    assert not P._name_shape("Radio2", "radio2") and P._name_shape("Kowalczyk", "kowalczyk")


def test_word_flags_of_hyphenated_words() -> None:
    flags = P._WordFlags()
    assert flags["Vice-Chairman"] & P._IS_OFFICE
    assert not flags["Jean-Luc"] & P._IS_OFFICE
