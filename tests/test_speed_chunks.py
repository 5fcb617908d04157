"""The tokenizer's table of runs between spaces gives the same tokens as the token pattern over the whole text."""

from belcoop.parse.tokens import _CHUNKS, _PIECES, Token, _split_tokens, tokenize


def _fields(tokens: list[Token]) -> list[tuple[str, str, int, int, str]]:
    """The tokens' fields, to compare two tokenisations (a Token is equal only to itself)."""
    return [(t.text, t.low, t.start, t.end, t.kind) for t in tokens]


def test_runs_cut_as_the_pattern_cuts_the_text() -> None:
    texts = [
        "Exports to Uzbekistan's Fergana valley stood at $12.5 million, up 1,250.5-fold (BelTA).",
        "The two-way trade hit 3,4 billion; Q1 was weak – MAZ-5440 sold_well - a ½ share, x² or İstanbul's ſ.",
        "word- word' 'quoted' \"double\" end.", "A  double space", " leading", "trailing ", "tab\there", "", " ",
        "Минск и Гомель, 2024 год.",
    ]
    for text in texts:
        assert _fields(tokenize(text)) == _fields(_split_tokens(text)), text


def test_a_run_is_one_token_or_its_pieces() -> None:
    tokenize("Minsk, Gomelskaya oblast and 2031 tractors.")
    assert _CHUNKS["Gomelskaya"] == ("gomelskaya", "w", 10)
    assert _CHUNKS["2031"] == ("2031", "n", 4)
    assert _CHUNKS["Minsk,"] is None
    assert [(t.text, t.start, t.end, t.kind) for t in _PIECES["Minsk,"]] == [("Minsk", 0, 5, "w"), (",", 5, 6, "p")]
    tokens = tokenize("In Minsk, tractors.")
    assert [(t.text, t.low, t.start, t.end) for t in tokens][1:3] == [("Minsk", "minsk", 3, 8), (",", ",", 8, 9)]


def test_every_character_alone_and_next_to_a_word() -> None:
    for code in range(0x20, 0x3000):
        c = chr(code)
        for text in (c, "ab" + c, c + "ab", "ab" + c + " x", "1" + c):
            assert _fields(tokenize(text)) == _fields(_split_tokens(text)), repr(text)


def test_the_gazetteer_opens_a_look_up_at_capitalised_first_words_only() -> None:
    from belcoop.parse.places import gazetteer

    gaz = gazetteer()
    found = gaz.mentions("Exports from Gomel to Nizhny Novgorod, and from the gomel plant to Q1 buyers in Brest.")
    assert [m.text for m in found] == ["Gomel", "Nizhny Novgorod", "Brest"]
    assert gaz._opens["Gomel"] is True and gaz._opens["gomel"] is False and gaz._opens["Exports"] is False


def test_coordinated_names_need_no_word_character_or_hyphen_before_them() -> None:
    from belcoop.parse.places import gazetteer

    gaz = gazetteer()
    assert [m.text for m in gaz.mentions("Firms of the Gomel and Mogilev regions met.")] == ["Gomel", "Mogilev"]
    assert [m.text for m in gaz.mentions("Firms of the Gomel, Vitebsk and Mogilev oblasts met.")] == [
        "Gomel", "Vitebsk", "Mogilev"]
    # "xGomel" is no name: the pair is not coordinated, and "Mogilev" keeps its meaning alone (the city)
    assert [(m.text, m.hit.type) for m in gaz.mentions("The xGomel and Mogilev regions.")] == [("Mogilev", "city")]
    assert [(m.text, m.hit.type) for m in gaz.mentions("The Gomel and Mogilev regions.")] == [
        ("Gomel", "place"), ("Mogilev", "place")]


def test_only_a_text_parted_by_single_printable_spaces_is_cut_at_its_spaces() -> None:
    import re

    # every white space but " " is unprintable, so a printable text's only white space is its spaces
    assert all(not c.isprintable() for c in map(chr, range(0x110000)) if c != " " and (c.isspace() or re.match(r"\s", c)))
    for text in ("Minsk\u00a0and Gomel", "Minsk\u2009and Gomel", "Minsk\nand Gomel", "Minsk and  Gomel", "Minsk and Gomel "):
        assert _fields(tokenize(text)) == _fields(_split_tokens(text)), repr(text)


def test_an_alias_goes_on_only_through_words_that_follow_its_first_word_in_some_alias() -> None:
    from belcoop.parse.places import gazetteer

    gaz = gazetteer()
    assert "novgorod" in gaz._following["nizhny"] and "and" not in gaz._following["nizhny"]
    assert gaz._singles["minsk"] == gaz.index[("minsk",)]
    found = gaz.mentions("From Nizhny Novgorod Region, St. Petersburg and Nizhny to the Republic of Korea.")
    assert [m.text for m in found][:2] == ["Nizhny Novgorod Region", "St. Petersburg"]
    assert "Republic of Korea" in [m.text for m in found]


def test_a_plural_head_is_looked_for_among_the_words_first() -> None:
    from belcoop.parse.places import gazetteer

    gaz = gazetteer()
    for text in ("Firms of the Vitebsk and Gomel regions met.", "Firms of the Vitebsk and Gomel regions-based group met.",
                 "Firms of the Vitebsk and Gomel Regions' group met."):
        assert [m.text for m in gaz.mentions(text)] == ["Vitebsk", "Gomel"], text
        assert [m.hit.type for m in gaz.mentions(text)] == ["place", "place"], text
    assert [m.hit.type for m in gaz.mentions("Firms of Vitebsk and Gomel met.")] == ["city", "city"]
