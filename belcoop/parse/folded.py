"""Case-insensitive patterns run as case-sensitive ones over lower-cased text: the same matches, several times faster.

Python's regex engine matches `re.IGNORECASE` alternations character by character with case folding, and cannot skip
ahead on a literal prefix; over `text.lower()` a case-sensitive pattern can. The two agree exactly when

- the pattern's letters are all lower-case ASCII or Latin-1 letters ("communiqué"; checked when the pattern is
  built), and
- the text holds none of the three characters that `re.IGNORECASE` matches to such a letter but `str.lower` does
  not turn into it: "İ" (whose lower case is also two characters long, so offsets would shift), "ı" and "ſ"
  (tests/test_folded.py checks this over every character). Such a text is matched with the case-insensitive
  pattern itself.

`str.lower` keeps every character's class (word, digit, space) and, but for "İ", its length, so offsets and
`\\b`, `\\w`, `\\d` look-arounds agree too.
"""

from __future__ import annotations

import re

_ODD_CASE = re.compile("[\u0130\u0131\u017f]")
LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ")  # the letters a folded pattern may use
_SYNTAX = re.compile(r"\\.|\(\?P[<=]\w+>?")  # escapes and group names: no letters of the text


def plain_case(text: str) -> bool:
    """Whether `text.lower()` matches like `re.IGNORECASE` would on `text` (no "İ", "ı" or "ſ")."""
    return text.isascii() or _ODD_CASE.search(text) is None


class FoldedPattern:
    """A case-insensitive pattern (lower-case letters only), searched over lower-cased text when that is exact."""

    __slots__ = ("exact", "fast", "pattern", "required")

    def __init__(self, pattern: str, flags: int = 0, required: str = "") -> None:
        """`required`: a lower-case string every match contains, tested first (a pattern that opens with an
        assertion, such as `\\b`, cannot skip ahead to its first letter)."""
        literal = _SYNTAX.sub("", pattern)
        if any(c not in LETTERS and (c.isalpha() or c.upper() != c.lower()) for c in literal):
            raise ValueError(f"a folded pattern takes lower-case ASCII and Latin-1 letters only: {pattern[:60]!r}")
        self.pattern = pattern
        self.exact = re.compile(pattern, flags | re.IGNORECASE)
        self.fast = re.compile(pattern, flags & ~re.IGNORECASE)
        self.required = required

    def search(self, text: str, low: str | None = None) -> re.Match[str] | None:
        """Like `re.search(pattern, text, re.IGNORECASE)`; `low` is `text.lower()` when the caller has it.
        A match's offsets are the text's; its groups are lower-cased (slice `text` for the original)."""
        if not plain_case(text):
            return self.exact.search(text)
        if low is None:
            low = text.lower()
        if self.required and self.required not in low:
            return None
        return self.fast.search(low)

    def finditer_spans(self, text: str) -> list[tuple[int, int]]:
        """The (start, end) offsets of every match, left to right."""
        pattern, subject = (self.fast, text.lower()) if plain_case(text) else (self.exact, text)
        return [m.span() for m in pattern.finditer(subject)]


def stands_alone(text: str, start: int, word: str, after: bool = True) -> bool:
    """Whether `(?<![\\w-])word(?![\\w-])`, `word` in lower case, matches `text` at `start` as a `FoldedPattern` would
    over a `plain_case` text: `word` there as written but for case, with no word character or "-" on either side
    (`after=False`: before it only). A cheap proof, at a known place, that such a pattern of many words finds
    something in the text."""
    end = start + len(word)
    if text[start:end].lower() != word:
        return False
    # `[\\w-]` next to it: a word character (as `re` has it: alphanumeric, or "_") or a hyphen
    if start and (text[start - 1].isalnum() or text[start - 1] in "_-"):
        return False
    return not (after and end < len(text) and (text[end].isalnum() or text[end] in "_-"))
