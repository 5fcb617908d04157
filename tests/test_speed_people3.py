"""The people grammar's cheaper word tests answer as the plain ones they stand for: the surname endings looked up by
their tails, the abstract-noun endings matched on the reversed word."""

from __future__ import annotations

from belcoop.parse import people as P


def _words() -> list[str]:
    v = P.vocabulary()
    lists = [*v.words.values(), v.given, v.surname_first, P._FUNCTION, P._ORG_HEADS]
    lows = sorted({w for words in lists for w in words if " " not in w})
    made = ["petrov", "ivanova", "kovalenko", "pashinyan", "kassymbek", "saakashvili", "gogoladze", "zadeh", "ov", "in",
            "skaya", "tskaya", "nation", "nations", "partnership", "partnerships", "ship", "realism", "isms", "ism",
            "mentions", "ments", "cities", "ities", "aviation", "procurements", "nasution", "kowalczyk", "x", "", "ko",
            "vich", "ivanovich", "shvili", "bayev", "ab", "b", "grybauskaitė", "ēov", "friendships"]
    return lows + made


def test_surname_ending_is_endswith() -> None:
    assert [w for w in _words() if P._surname_ending(w) != w.endswith(P._SURNAME_SUFFIXES)] == []


def test_abstract_reversed_is_the_search() -> None:
    def plain(low: str) -> bool:
        return low[-1:] in P._ABSTRACT_LAST and P._ABSTRACT_NOUN.search(low) is not None

    def reversed_(low: str) -> bool:
        return low[-1:] in P._ABSTRACT_LAST and P._ABSTRACT_REVERSED.match(low[::-1]) is not None

    assert [w for w in _words() if plain(w) != reversed_(w)] == []
    assert reversed_("partnerships") and reversed_("aviation") and not reversed_("nasution")


def test_surname_endings_seen() -> None:
    assert P._surname_ending("kovalenko") and P._surname_ending("saakashvili") and not P._surname_ending("minsk")


def _people(*sentences: str) -> list[str]:
    finder = P.PeopleFinder(lambda text: [])
    for s in sentences:
        finder.feed(s)
    return [p.name for p in finder.result()]


def test_sentence_gate_before_the_bio_and_staff_tests() -> None:
    finder = P.PeopleFinder(lambda text: [])
    assert finder._sentence("Sales of tractors grew in the spring.") is None  # no cue of a person
    assert finder._sentence("Minister Ivan Petrovsky said the plant would grow.") is not None
    # a staff line and an author's biography still name nobody, asked once the gate has let them through
    assert _people("Web editor: Olga Marchenko, Ivan Petrovsky") == []
    assert _people("Olga Marchenko is a journalist who has covered farming since 2010.") == []
    assert _people("Minister Ivan Petrovsky said the plant would grow.") == ["Ivan Petrovsky"]
