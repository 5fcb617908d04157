"""Folded patterns (belcoop.parse.folded) match exactly as case-insensitive ones."""

from __future__ import annotations

import re
import sys

from hypothesis import given
from hypothesis import strategies as st

from belcoop.parse.folded import _ODD_CASE, LETTERS, FoldedPattern


def test_only_the_guarded_characters_fold_otherwise() -> None:
    """Every character that `re.IGNORECASE` matches to a letter a folded pattern may use lower-cases to that letter,
    but for those the pattern leaves to the case-insensitive engine; and only "İ" changes length."""
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for letter in LETTERS:
        for m in re.finditer(re.escape(letter), every, re.IGNORECASE):
            assert m.group().lower() == letter or _ODD_CASE.match(m.group()), (letter, m.group())
    assert [c for c in every if len(c.lower()) != 1] == ["\u0130"]
    for cls in (r"\w", r"\d", r"\s"):
        pattern = re.compile(cls)
        changed = [c for c in every if len(c.lower()) == 1 and bool(pattern.match(c)) != bool(pattern.match(c.lower()))]
        assert changed == [], cls


def test_a_pattern_with_upper_case_letters_is_refused() -> None:
    try:
        FoldedPattern(r"\bCOVID\b")
    except ValueError:
        return
    raise AssertionError("an upper-case letter was accepted")


_WORDS = FoldedPattern(r"(?<![\w-])(?:trade|ex(?:port|change)s?|communiqué|signed)(?![\w-])|\d")
_EXACT = re.compile(_WORDS.pattern, re.IGNORECASE)


@given(st.text(alphabet=st.sampled_from(list("TradeEXPORTSexchangCOMMUNIQUÉésignd -'1İıſK\u212aΣς")), max_size=40))
def test_matches_agree_with_ignorecase(text: str) -> None:
    fast = _WORDS.search(text)
    exact = _EXACT.search(text)
    assert (fast.span() if fast else None) == (exact.span() if exact else None)
    assert _WORDS.finditer_spans(text) == [m.span() for m in _EXACT.finditer(text)]
