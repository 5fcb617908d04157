"""A token is a plain object with five named fields (a native class when compiled), not a tuple."""

from belcoop.parse.tokens import Token, tokenize


def test_a_token_has_its_fields_by_name_and_no_tuple_behaviour() -> None:
    tok = tokenize("Grodno's mills.")[0]
    assert (tok.text, tok.low, tok.start, tok.end, tok.kind) == ("Grodno's", "grodno", 0, 8, "w")
    assert isinstance(tok, Token) and not isinstance(tok, tuple)
    assert not hasattr(tok, "__dict__")  # slots only
    assert repr(tok) == "Token(text=\"Grodno's\", low='grodno', start=0, end=8, kind='w')"


def test_two_tokenisations_give_equal_fields_in_tokens_equal_only_to_themselves() -> None:
    first, second = tokenize("Mills in Lida, 12 of them."), tokenize("Mills in Lida, 12 of them.")
    assert [(t.text, t.low, t.start, t.end, t.kind) for t in first] == [(t.text, t.low, t.start, t.end, t.kind) for t in second]
    assert first[0] == first[0] and first[0] != second[0]
    assert [t.kind for t in first] == ["w", "w", "w", "p", "n", "w", "w", "p"]


def test_a_compiled_token_is_left_out_of_the_garbage_collector() -> None:
    import gc

    import pytest

    from belcoop.parse import tokens

    if not tokens.__file__ or not tokens.__file__.endswith(".so"):
        pytest.skip("the parser runs as pure Python here")
    assert not gc.is_tracked(tokenize("Vitebsk and Orsha.")[0])
