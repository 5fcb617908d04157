"""The page split's chrome patterns tried only on lines with their marks, its cheaper normalising and unit words, and
the cheaper reprint fingerprint."""

import re

import pytest

from belcoop.analysis.reprints import _is_content, fingerprint, unpack
from belcoop.parse.text import _MARKED_PATTERNS, _ODD, _REPLACE, _UNIT_WORDS, _alternation, _is_chrome, normalise


@pytest.mark.parametrize("line", [
    "Vitebsk Sunny +14°C",  # weather
    "Start | Culture | Sport | Contacts",  # a menu of bars
    "Culture · Sport · Travel",  # and of dots
    "Start / Economy / Regions /",  # a breadcrumb
    "City Herald · Regional news agency",  # an outlet over its kind
    "Gomel Region | Official portal of the regional authorities",
    "A tractor at the fair (Photo: the press office)",  # a caption's credit
    "Read the rules at https://example.org/rules today",
    "Committee of Culture Version for the Visually Impaired",
])
def test_marked_and_anywhere_chrome_is_still_found(line: str) -> None:
    assert _is_chrome.__wrapped__(line)


@pytest.mark.parametrize("line", [
    "The two sides agreed to raise the trade turnover to 50 million dollars by the end of the year.",
    "Exports grew in January-March, and the plant will ship 30 tractors (and spare parts) next month.",
])
def test_prose_is_no_chrome(line: str) -> None:
    assert not _is_chrome.__wrapped__(line)


def test_each_marked_pattern_needs_one_of_its_marks() -> None:
    # the lines above that a marked pattern matches stop matching once their marks are taken out
    samples = ["Vitebsk Sunny +14°C", "Start | Culture | Sport | Contacts", "Culture · Sport · Travel",
               "Start / Economy / Regions /", "City Herald · Regional news agency"]
    for marks, patterns in _MARKED_PATTERNS:
        hits = [line for line in samples if any(p.match(line) for p in patterns)]
        assert hits, marks
        for line in hits:
            bare = re.sub("[" + re.escape(marks) + "]", " ", line)
            assert not any(p.match(bare) for p in patterns), (marks, line)


def test_an_unanchored_pattern_is_refused_for_match() -> None:
    with pytest.raises(ValueError):
        _alternation([re.compile("news")])


def test_fingerprint_content_words_and_years() -> None:
    text = ("In 2023 the Grodno plant shipped 1,200 tractors worth $15.5 million to partners in Kenya, and in 2024 it "
            "plans 40% more; the 12345 and 0999 are no years. ") * 3
    sketch = unpack(fingerprint(text, "KE").sketch)
    assert sketch.years == frozenset({2023, 2024})
    assert len(sketch.figures) == 5  # 1200, $15.5 million, 40%, 12345 and 999 (the years say little)
    # the lead's content words in order of appearance, each once: "grodno", "plant", "shipped", ...
    words = [w for w in re.findall(r"[a-z]+", text.lower()) if _is_content(w)]
    assert len(sketch.lead) == len(dict.fromkeys(words)) and sketch.opening == len(sketch.lead)


def _one_substitution(text: str) -> str:
    return _ODD.sub(lambda m: _REPLACE[m.group()], text)  # what normalise did before its replacements by str.replace


def test_normalise_replaces_as_one_substitution_would() -> None:
    texts = ["a\r\r\nb\r", "\r\n\r\n", "\u00ad\u00adx\u2019\u2019", "\uff12\uff10\u2011\u2212\u060c\u00a0", "Plain text."]
    for text in texts:
        assert normalise(text) == _one_substitution(text)
    assert normalise("a\r\r\nb") == "a\n\nb"


def test_unit_words_still_found_only_as_words() -> None:
    found = [_UNIT_WORDS.search(text) for text in ("Turnover, USD mln", "in thousands of dollars")]
    assert [m.group() if m else None for m in found] == ["USD", "thousands"]
    assert _UNIT_WORDS.search("value in $") is not None
    assert _UNIT_WORDS.search("Mundus, Ambition and Bus") is None  # "mn", "bn", "us" inside words


def test_fingerprint_words_as_the_plain_alternation_reads_them() -> None:
    from belcoop.analysis.reprints import _WORD

    plain = re.compile(r"[a-z]+|\d+(?:[.,]\d+)*")  # the pattern before it opened on one class
    for text in ("exports of 1,234.5 tonnes rose 12.5% in 2024", "a1b2c3", "5. and .5 and 1,,2 and 3.4.5",
                 "mk2 tractors, 40,000 units; x.y", "", "   ", "٣4 digits"):
        assert _WORD.findall(text) == plain.findall(text), text


def test_normalise_of_ascii_and_other_texts_as_one_substitution() -> None:
    # an ASCII text takes the path of `in` tests, a text of other characters the pattern's: both as one substitution
    texts = ["tab\there\x00and\r\nline\rend\r\r\n", "\r\n\r", "plain ascii", "caf\u00e9\tau\r\nlait\r",
             "\u201cquoted\u201d\r\n\x00\uff11"]
    for text in texts:
        assert normalise(text) == _one_substitution(text), text
    assert _ODD.findall("a\r\r\nb\rc") == ["\r", "\r\n", "\r"]


def test_gated_line_passes_still_run_on_texts_with_their_marks() -> None:
    from belcoop.parse.text import split_article

    boxed = ("Regional news\n\nGovernor's post on the visit\n"
             "\u2502 Ivan Petrov | Governor\n\u2502 17 October, 09:47\n\u2502\n"
             "\u2502 Today our delegation met partners from the Vitebsk region and agreed on new supplies of milk.\n"
             "\u2502 The sides will sign a roadmap of cooperation for the next three years in December.\n")
    body = split_article(boxed).body
    assert "\u2502" not in body and "agreed on new supplies of milk." in body
    bulleted = ("Talks in Minsk\n\nThe sides discussed the trade between the two regions in the last year.\n"
                "\u2022 The sides agreed to open a joint assembly plant for tractors next spring.\n")
    assert "The sides agreed to open a joint assembly plant for tractors next spring." in split_article(bulleted).paragraphs
    forwarded = ("Hello, see below.\n---------- Forwarded message ---------\nFrom: press office\nDate: 16 October 2024\n"
                 "Subject: visit\n\nThe delegation of the region visited the tractor plant and discussed new supplies.\n")
    assert "Hello, see below." not in split_article(forwarded).header


def test_key_of_an_ascii_line_as_the_pattern_gives_it() -> None:
    from belcoop.parse.text import _NON_WORDS, _key

    for line in ("Belarus, Oman  sign_roadmap -- 2024!", "  MINSK (BelTA) - The SIDES agreed.  ", "", "...",
                 "tab\there\x1fand\x0bthere", "Zz Aa 09 __"):
        assert _key(line) == _NON_WORDS.sub(" ", line).strip().lower(), line
    assert _key("Caf\u00e9 -- MINSK") == "caf\u00e9 minsk"  # a line of other characters keeps the pattern's way


def test_quote_headline_and_stamp_lines_after_their_cheap_checks() -> None:
    from belcoop.parse.text import _quote_headline, split_article

    assert _quote_headline('Minister Ivan Petrov: "Exports will grow to new markets"')
    assert not _quote_headline('Minister Ivan Petrov: "Exports will grow to new markets."')
    page = ("Tractors for Kenya\n\nThe Minsk plant shipped sixty tractors to Kenya and agreed on an assembly line there.\n"
            "The first kits will leave Minsk in the autumn, and the line will assemble a hundred tractors a year.\n"
            "Published: 14.08.2025\n")
    assert split_article(page).closing_stamps == ["Published: 14.08.2025"]


def test_fingerprint_hashes_words_where_they_stand() -> None:
    # a repeated word hashed again where it stands gives the keys and sketch of one hash a distinct word
    text = "the plant shipped tractors and the plant shipped trucks to the partners of the plant in 2024 " * 4
    first, second = fingerprint(text, "KE"), fingerprint(text, "KE")
    assert first == second and first.keys
    sketch = unpack(first.sketch)
    assert sketch.years == frozenset({2024}) and sketch.words == len({"plant", "shipped", "tractors", "trucks", "partners"})


def test_record_json_as_json_dumps_writes_it() -> None:
    import json

    from belcoop.store.schema import json_head, record_json

    record = {"schema_version": 1, "id": "Минск-1", "source": {"path": "a/b \u00e9.txt"}, "value": 1.5e15, "none": None,
              "list": [1, "two", {"x": float("nan")}]}
    assert record_json(record) == json.dumps(record, ensure_ascii=False)
    assert json_head("Минск-1", 'a "b".txt').endswith('"id": "Минск-1", "source": {"path": "a \\"b\\".txt", ')


def test_content_words_read_in_c_as_is_content_reads_them() -> None:
    from belcoop.analysis.reprints import _STOP_OR_SHORT, _WORD

    words = _WORD.findall("the ox and an emu of minsk sold 12 tractors, 3.5 tonnes and 1,200 kg in 2024 to it".lower())
    in_c = [w for w in dict.fromkeys(words) if w.isalpha() and w not in _STOP_OR_SHORT]
    assert in_c == [w for w in dict.fromkeys(words) if _is_content(w)] == ["emu", "minsk", "sold", "tractors", "tonnes"]


def test_notices_of_the_page_found_with_their_words_asked_first() -> None:
    for line in ("Regional Council Version for the visually impaired", "Photos under a Creative Commons licence",
                 "Kom\u00edtet: version for the visually impaired"):
        assert _is_chrome.__wrapped__(line), line
    assert not _is_chrome.__wrapped__("The committee opened a new school for visually able and impaired children in Minsk.")
