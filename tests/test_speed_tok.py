"""Speed work on tokens, places and partners: the faster paths give what the slower ones gave."""

from belcoop.parse.places import _own_words, gazetteer
from belcoop.parse.tokens import tokens_of


def _found(text: str) -> list[tuple[int, int, str, str]]:
    return [(m.start, m.end, m.text, m.hit.code) for m in gazetteer().mentions(text)]


def test_mentions_read_the_sentence_tokens_where_words_end_as_theirs_do() -> None:
    text = "Delegates from St. Petersburg and Nizhny Novgorod Oblast's firms met in Brest."
    words = [t.text for t in _own_words(text) if t.kind == "w"]
    assert words == [t.text for t in tokens_of(text) if t.kind == "w"]
    assert [f[2] for f in _found(text)] == ["St. Petersburg", "Nizhny Novgorod Oblast's", "Brest"]


def test_a_word_run_on_into_a_digit_is_one_word_as_before() -> None:
    # "Gomel2" is no "Gomel"; in "Q1" and "MAZ-5440" the letters are no name either
    assert _found("Trade of Gomel2 grew") == []
    assert [t.text for t in _own_words("Brest_7 and Q1 in Minsk")] == ["Brest_7", "and", "Q1", "in", "Minsk"]
    assert [f[2] for f in _found("In Q1 Minsk and Brest_7 traded MAZ-5440 trucks")] == ["Minsk"]


def test_only_space_or_one_full_stop_lies_inside_a_name() -> None:
    assert [f[2] for f in _found("Nizhny. Novgorod")] == ["Nizhny. Novgorod"]
    assert "Nizhny Novgorod" not in [f[2] for f in _found("Nizhny .. Novgorod and Nizhny, Novgorod")]


def test_a_part_of_a_continent_is_no_country_whatever_lies_between() -> None:
    assert _found("firms of Latin America") == []
    assert _found("North, America") == []
    assert [f[3] for f in _found("Belarus and America")] == ["BY", "US"]


def test_a_token_s_lower_cased_form_and_kind_come_from_tables_filled_together() -> None:
    from belcoop.parse.tokens import _KINDS, _LOWS, tokenize

    assert [(t.low, t.kind) for t in tokenize("Zarnitsa's 1,250.5 tonnes, two-way")] == [
        ("zarnitsa", "w"), ("1,250.5", "n"), ("tonnes", "w"), (",", "p"), ("two-way", "w")]
    assert _KINDS["Ostrovetsky"] == "w" and _LOWS["Ostrovetsky"] == "ostrovetsky"  # a kind asked first
    assert _LOWS["Smorgonsky"] == "smorgonsky" and _KINDS["Smorgonsky"] == "w"
