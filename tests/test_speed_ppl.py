"""The people grammar's word flags, worked out on shorter paths, are what its plain tests give: `_name_shape` and the
flags of `_WordFlags` against the plain forms they stand for, over the grammar's own word lists in every case."""

from __future__ import annotations

from belcoop.parse import people as P


def _plain_name_shape(text: str, low: str) -> bool:
    """`_name_shape` as plainly written: every test on every word."""
    text = text.removesuffix("'s").removesuffix("’s")
    if len(text) < 2 or any(map(str.isdigit, text)) or low.endswith("ally") or text.isupper() or (
            P._ABSTRACT_NOUN.search(low)):
        return False
    blocked = P.vocabulary().blocked
    if low in blocked or any(part in blocked for part in low.split("-")):
        return False
    return not any(P._BRAND.search(P._NAME_PREFIX.sub("", part)) for part in text.split("-"))


def _plain_flags(text: str) -> int:
    """The flags of a token text, each asked on its own."""
    bits = P._word_bits()
    first = text[0]
    lower = text.lower()
    low = text
    flags = 0
    if first.isalpha():
        flags = P._WORD
        low = lower[:-2] if lower.endswith("'s") else lower
        if first.isupper():
            flags |= P._CAP
            if len(text) == 1 or (len(text) == 2 and lower in P._SHORT_INITIALS):
                flags |= P._INITIAL_LIKE
            if _plain_name_shape(text, low):
                flags |= P._SHAPE
        elif first.islower():
            flags |= P._LOWER
    if text.isupper():
        flags |= P._UPPER
    if P._is_cue(text):
        flags |= P._CUE
    flags |= bits.get(low, 0)
    if "-" in low:
        of_parts = 0
        for part in low.split("-"):
            of_parts |= bits.get(part, 0)
        flags &= ~(P._NAMED | P._NAMED_BEFORE)
        if of_parts & P._OFFICE:
            flags |= P._IS_OFFICE
        flags |= of_parts & (P._NAMED | P._NAMED_BEFORE)
    if flags & P._WORD and P._hyphen_particle(text):
        flags |= P._HYPHENED
    if flags & P._CAP and flags & (P._SHAPE | P._GIVEN):
        flags |= P._MAY_BE_NAMEY
    if (flags & P._CAP and flags & (P._INITIAL_LIKE | P._SHAPE | P._GIVEN | P._PARTICLE)) or flags & P._HYPHENED:
        flags |= P._OPENS
    return flags


_ODD = ["Ivanov", "Ivanov's", "Lukashenko’s", "al-Sisi", "El-Sisi", "bin-Zayed", "Vice-Chairman", "Museum-Estate",
        "McDonald", "MacArthur", "DeWitt", "O'Brien", "BelAZ", "ChTZ-Uraltrac", "Radio2", "x²", "Ⅷ", "²", "2024", "1,5",
        "12-15", "-", ",", "(", "—", "Nationally", "Cooperation", "Partnerships", "Citizenship", "Leadership",
        "Realism", "Mechanisms", "Municipalities", "Procurements", "Nasution", "Oblast-Center", "Jean-Luc", "Ana-María",
        "Grybauskaitė", "Παπαδόπουλος", "ΑΛΈΞΑΝΔΡΟΣ", "ǅemal", "Kh", "Yu", "R", "Q", "NATO", "Toyota-Minsk", "at-home",
        "Kassym-Jomart", "Petrenko", "petrenko", "Dubrovskaya", "Ship", "Isms", "Worship", "Prism", "Vice-Minister's"]


def _words() -> list[str]:
    v = P.vocabulary()
    lists = [*v.words.values(), v.given, v.surname_first, P._FUNCTION, P._ORG_HEADS, P._ENVOY, set(v.demonyms)]
    lows = sorted({w for words in lists for w in words if " " not in w})
    forms = [form for w in lows for form in (w, w.capitalize(), w.upper(), w + "'s", w.capitalize() + "’s",
                                                   w.capitalize() + "-" + w, "Mc" + w.capitalize(), w + "ism")]
    return forms + _ODD


def test_name_shape_is_the_plain_test() -> None:
    wrong = [w for w in _words() if w[0].isupper()
             and P._name_shape(w, w.lower().removesuffix("'s")) != _plain_name_shape(w, w.lower().removesuffix("'s"))]
    assert not wrong, wrong[:10]


def test_word_flags_are_the_plain_flags() -> None:
    flags = P._WordFlags()
    wrong = [(w, bin(flags[w] ^ _plain_flags(w))) for w in _words() if flags[w] != _plain_flags(w)]
    assert not wrong, wrong[:10]


def test_shapes_seen() -> None:
    assert P._name_shape("Nasution", "nasution") and not P._name_shape("Partnerships", "partnerships")
    assert not P._name_shape("ChTZ-Uraltrac", "chtz-uraltrac") and P._name_shape("McDonald", "mcdonald")
    assert not P._name_shape("Vice-Chairman", "vice-chairman") and P._name_shape("Jean-Luc", "jean-luc")


def _people(*sentences: str) -> list[tuple[str, str | None]]:
    finder = P.PeopleFinder(lambda _text: [])
    for sentence in sentences:
        finder.feed(sentence)
    return [(p.name, p.role) for p in finder.result()]


def test_one_word_names_are_judged_on_their_own_evidence() -> None:
    # asked before the rules for longer names: an office word before, a role after, a form of address
    assert _people("The talks were chaired by Governor Kharitonchik.") == [("Kharitonchik", "Governor")]
    assert _people("Kharitonchik, Deputy Minister of Industry, opened the fair.") == [
        ("Kharitonchik", "Deputy Minister of Industry")]
    assert _people("Mr Kharitonchik opened the fair.") == [("Kharitonchik", None)]
    assert _people("Kharitonchik opened the fair near Grodno.") == []  # one word, no evidence
