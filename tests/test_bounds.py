"""Bounded work per file: what the parser reads of a text far longer than any article, and the look-ups that
stand in for comparing everything with everything (each gives what the full comparison gives). The time these
bounds buy is measured by benchmarks/worst_case.py, not here."""

from __future__ import annotations

import hashlib
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from belcoop.corpus import text_key
from belcoop.parse import parse_article
from belcoop.parse.article import BODY_LIMIT, RAW_LIMIT, readable
from belcoop.store.schema import parsed_rows

from .conftest import GOMEL_ARTICLE

# ---------------------------------------------------------------- the raw text: RAW_LIMIT


def test_a_text_within_the_limit_is_read_whole() -> None:
    text = "x" * RAW_LIMIT
    assert readable(text) is text


def test_a_longer_text_is_cut_at_its_last_line_end_within_the_limit() -> None:
    line = "Menu item of a page\n"
    text = line * (2 * RAW_LIMIT // len(line))
    cut = readable(text)
    assert len(cut) <= RAW_LIMIT and text.startswith(cut)
    assert cut.endswith("Menu item of a page") and text[len(cut)] == "\n"
    assert len(cut) > RAW_LIMIT - len(line)


def test_one_long_line_is_cut_at_a_sentence_end_or_else_at_the_limit() -> None:
    sentence = "Trade grew by 5% to $2 million. "
    cut = readable(sentence * (2 * RAW_LIMIT // len(sentence)))
    assert cut.endswith("million.") and RAW_LIMIT - len(sentence) < len(cut) <= RAW_LIMIT
    assert readable("9" * (RAW_LIMIT + 10)) == "9" * RAW_LIMIT


def test_what_lies_past_the_limit_changes_nothing_and_the_record_says_so() -> None:
    tail = "\n".join(["Latest news", "Belarus' exports to Armenia up 20%", "09:01, 11 June"] * (RAW_LIMIT // 40))
    assert len(GOMEL_ARTICLE + tail) > RAW_LIMIT
    plain = parse_article(GOMEL_ARTICLE, path="a.txt", sha256="0", record_id="a")
    long = parse_article(GOMEL_ARTICLE + tail, path="a.txt", sha256="0", record_id="a")
    assert long.to_dict() == plain.to_dict()  # the notes go to the store, not into the record
    assert len(long.notes) == 1 and f"first {RAW_LIMIT:,} characters" in long.notes[0]
    assert not plain.notes


def test_a_long_body_says_only_that_it_was_read_up_to_the_body_limit() -> None:
    sentence = "In 2022, trade between Belarus and Kazakhstan grew by 12% to $1.2 billion. "
    record = parse_article("Trade\n\n" + sentence * (2 * RAW_LIMIT // len(sentence)), path="a.txt", sha256="0", record_id="a")
    assert len(record.notes) == 1 and f"first {BODY_LIMIT:,} characters" in record.notes[0]


def test_the_reprint_fingerprint_is_of_the_text_the_parser_read() -> None:
    text = GOMEL_ARTICLE + "\n".join(f"Trade of region {i} grew by {i % 90}% to ${i} million in 2021, the office said."
                                     for i in range(RAW_LIMIT // 60))
    record = parse_article(text, path="a.txt", sha256="0", record_id="a")
    whole = parsed_rows(record, text, text_key(text), len(text), 0)
    read = parsed_rows(record, readable(text), text_key(text), len(text), 0)
    assert (whole.story_keys, whole.sketch) == (read.story_keys, read.sketch)


# ---------------------------------------------------------------- the text key


@settings(max_examples=200)
@given(st.text(alphabet=st.sampled_from(["a", "b", " ", "\n", "\t", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0",
                                         "\u1680", "\u2000", "\u2028", "\u3000", "\u200b", "\ufeff"]), max_size=60))
def test_the_text_key_ignores_spacing_as_the_pattern_it_replaced(text: str) -> None:
    assert text_key(text) == hashlib.sha256(re.sub(r"\s+", " ", text).strip().encode("utf-8")).hexdigest()
