"""The page split's cheaper forms read texts as the patterns they stand for did."""
from __future__ import annotations

import re

from belcoop.parse.text import _REPLACE, _UNIT_WORDS, normalise


def _one_substitution(text: str) -> str:
    pattern = re.compile("\r\n|[" + "".join(re.escape(c) for c in _REPLACE if len(c) == 1) + "]")
    return pattern.sub(lambda m: _REPLACE[m.group()], text)


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
