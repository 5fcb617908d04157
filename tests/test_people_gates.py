"""The people grammar's word flags and the cheap gates built on them: each flag is what the grammar's own test of the
word says, and a sentence the gates pass over holds nobody the grammar would find."""

from __future__ import annotations

import pytest

from belcoop.parse import people as P
from belcoop.parse.places import gazetteer
from belcoop.parse.tokens import tokens_of


def people(*sentences: str) -> list[tuple[str, str | None, str | None]]:
    finder = P.PeopleFinder(gazetteer().mentions)
    for s in sentences:
        finder.feed(s)
    return [(p.name, p.role, p.country) for p in finder.result()]


def _words() -> list[str]:
    v = P.vocabulary()
    lists = [*v.words.values(), v.given, v.surname_first, P._FUNCTION, P._ORG_HEADS, P._ENVOY, set(v.demonyms)]
    lows = sorted({w for words in lists for w in words if " " not in w})
    odd = ["Ivanov", "Ivanov's", "Lukashenko’s", "al-Sisi", "El-Sisi", "bin-Zayed", "Vice-Chairman", "Museum-Estate",
           "House-Museum", "ChTZ-Uraltrac", "MAZ", "BelTA", "McDonald", "O'Brien", "R", "Kh", "Yu", "A", "I", "Xi", "Ⅷ",
           "²", "2024", "1,5", ",", ".", "(", "—", "Παπαδόπουλος", "ΑΛΈΞΑΝΔΡΟΣ", "Grybauskaitė", "Officially", "Oblast"]
    return [form for w in lows for form in (w, w.capitalize(), w.upper(), w + "'s")] + odd


def _expected(text: str) -> int:
    """The flags of a token as the grammar's tests, asked one by one, give them."""
    v = P.vocabulary()
    tok = tokens_of(text)[0] if tokens_of(text) and tokens_of(text)[0].text == text else None
    low = tok.low if tok else text
    word = text[0].isalpha()
    cap = word and text[0].isupper()
    parts = low.split("-")
    bits = {
        P._CAP: cap,
        P._WORD: word,
        P._LOWER: word and text[0].islower(),
        P._UPPER: text.isupper(),
        P._CUE: P._is_cue(text),
        P._SHAPE: cap and P._name_shape(text, low),
        P._INITIAL_LIKE: cap and (len(text) == 1 or (len(text) == 2 and text.lower() in P._SHORT_INITIALS)),
        P._HYPHENED: word and P._hyphen_particle(text),
        P._GIVEN: low in v.given,
        P._SURNAME_FIRST: low in v.surname_first,
        P._PARTICLE: low in v.words["particle"],
        P._OFFICE: v.has("office", low),
        P._IS_OFFICE: P._is_office(low),
        P._COUNTERPART: v.has("counterpart", low),
        P._BREAK: v.has("break", low),
        P._MODIFIER: v.has("modifier", low),
        P._HONORIFIC: v.has("honorific", low),
        P._SPEECH: v.has("speech", low),
        P._PRESS: v.has("press", low),
        P._CREDIT: v.has("credit", low),
        P._NOT_NAME: v.has("not_name", low),
        P._NOT_ROLE: v.has("not_role", low),
        P._FUNC_WORD: low in P._FUNCTION,
        P._ORG_HEAD: low in P._ORG_HEADS,
        P._ENVOY_WORD: low in P._ENVOY,
        P._DEMONYM: low in v.demonyms or any(d.split()[0] == low for d in v.demonyms if " " in d),
        P._NAMED: any(v.has("named_after", p) or p in P._ORG_HEADS for p in parts),
        P._NAMED_BEFORE: any(v.has("named_before", p) for p in parts),
    }
    flags = sum(bit for bit, holds in bits.items() if holds)
    opens = (cap and bool(flags & (P._INITIAL_LIKE | P._SHAPE | P._GIVEN | P._PARTICLE))) or bool(flags & P._HYPHENED)
    namey = cap and bool(flags & (P._SHAPE | P._GIVEN))
    return flags | (P._OPENS if opens else 0) | (P._MAY_BE_NAMEY if namey else 0)


def test_each_flag_is_what_the_grammar_asks_of_the_word() -> None:
    words = [w for w in _words() if len(tokens_of(w)) == 1]  # one token each
    flags = P._WordFlags()
    wrong = [(w, bin(flags[w] ^ _expected(w))) for w in words if flags[w] != _expected(w)]
    assert not wrong, wrong[:10]


@pytest.mark.parametrize(("text", "found"), [
    # no cue word: only the initials' pattern lets the sentence in
    ("A.B. Smith visited the plant.", [("A.B. Smith", None, None)]),
    ("The plant was visited by J. Smith and M. Brown.", [("J. Smith", None, None), ("M. Brown", None, None)]),
    ("The plant was visited by J.Smith yesterday.", [("J. Smith", None, None)]),
    # a name opened by a hyphenated particle, or by a particle
    ("Ibrahim bin-Zayed visited Minsk.", [("Ibrahim bin-Zayed", None, None)]),
    ("Abdel Fattah al-Sisi met the delegation.", [("Abdel Fattah al-Sisi", None, None)]),
    ("Sheikh Mohammed bin Rashid Al Maktoum arrived.", [("Mohammed bin Rashid Al Maktoum", None, "AE")]),
    # places only: no token a name may open on
    ("Hunan and Minsk signed an agreement.", []),
    # a role after the name with no word of office: a given name ends it
    ("Anna Smith, President Dalia Grybauskaitė's press spokesman, said the talks went well.",
     [("Anna Smith", None, None), ("Dalia Grybauskaitė", "President", None)]),
    ("Anna Smith, Ivan Petrov and others attended.", [("Anna Smith", None, None), ("Ivan Petrov", None, None)]),
    # the word of office far back (a role is read up to 26 tokens before the name)
    ("The Belarusian Minister of Foreign Affairs and the head of the delegation of the Russian Federation "
     "to the talks in the city Sergei Lavrov spoke.",
     [("Sergei Lavrov", "head of the delegation of the Russian Federation to the talks in the city", "RU")]),
    ("Ivan Petrov (Governor) spoke at the forum.", [("Ivan Petrov", "Governor", None)]),
    ("Vice-Chairman Ivan Petrov spoke.", [("Ivan Petrov", "Vice-Chairman", None)]),
    ("The Ambassador of India to Belarus, Alok Ranjan Jha, said.", [("Alok Ranjan Jha", "Ambassador of India to Belarus", "IN")]),
    # credits, the press and named-after names
    ("Photo: Pavel Orlovsky", []),
    ("BelTA correspondent Olga Petrova reported.", []),
    ("The Yanka Kupala National Theatre hosted the show.", []),
    ("Mr Chinh said Vietnam was ready.", [("Chinh", None, None)]),
    ("Petrov underscored the importance of the talks.", []),
])
def test_the_gates_keep_every_person(text: str, found: list[tuple[str, str | None, str | None]]) -> None:
    assert people(text) == found


def test_may_name_sees_initials_without_a_cue_word() -> None:
    assert P.may_name("A.B. Smith visited the plant.")
    assert not P.may_name("Trade in agricultural products grew in 2024.")
    assert not P.may_name("Trade grew 1.5 times. Exports grew")  # dots, but no capital and dot before a capital
