"""The look-up tables behind Lexicon.tag and Gazetteer.mentions, built for speed, give the same tags and mentions."""

from belcoop.parse.places import gazetteer
from belcoop.parse.tokens import Lexicon, tokenize

_DATA = "metric\tgoods;goods turnover=t;goods turnover rose=r\nverb\tgoods\nplace\tin the city;in the\n"


def test_phrases_are_found_by_their_second_word() -> None:
    lex = Lexicon(_DATA)
    by_second, singles, one = lex.lookup["goods"]
    assert by_second is not None and set(by_second) == {"turnover"}
    assert [o[0] for o in by_second["turnover"]] == [("goods", "turnover", "rose"), ("goods", "turnover")]
    assert one is None and dict(singles) == {"metric": None, "verb": None}
    assert lex.lookup["in"][0] is not None and lex.lookup["in"][1] == ()


def test_tags_take_the_longest_phrase_of_each_category() -> None:
    tokens = tokenize("Goods turnover rose in the city, goods fell in the end.")
    tags = Lexicon(_DATA).tag(tokens)
    assert tags[0] == {"metric": (3, "r"), "verb": (1, None)}
    assert tags[3] == {"place": (6, None)}
    assert tags[7] == {"metric": (8, None), "verb": (8, None)}
    assert tags[9] == {"place": (11, None)}  # "in the end": the shorter phrase
    assert tags[1] is None and tags[8] is None


def test_mentions_of_names_of_several_words_and_of_one() -> None:
    found = gazetteer().mentions("Talks in Nizhny Novgorod. Then Minsk and Kazan, and the Gomel and Mogilev regions.")
    texts = [m.text for m in found]
    assert "Nizhny Novgorod" in texts and "Minsk" in texts and "Kazan" in texts
    assert "Gomel" in texts and "Mogilev" in texts
    minsk = found[texts.index("Minsk")]
    assert minsk.city is not None and minsk.is_city
