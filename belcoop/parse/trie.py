"""Compile a long list of keywords into one regular expression shaped like a trie.

Python's regex engine tries alternatives one by one; factoring out common prefixes lets it reject
most keywords on their first character, so one scan over a text stays fast with hundreds of them.
"""

from __future__ import annotations

import re
from typing import Any

_END = ""  # the keyword ends here
_ANY_END = "*"  # the keyword ends here, followed by any word characters ("agricultur*")


def trie_pattern(words: list[str]) -> str:
    """A pattern matching any of `words` (a trailing * matches any ending of the word)."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        stem, wildcard = (word[:-1], True) if word.endswith("*") else (word, False)
        for ch in stem:
            node = node.setdefault(ch, {})
        node[_ANY_END if wildcard else _END] = {}
    return _serialise(root)


def word_trie_pattern(words: list[str], not_after: str = r"[\w-]") -> str:
    """`(?<!not_after)(?:trie_pattern(words))`, keywords not right after a character of `not_after`, with the
    look-behind moved behind each keyword's first character (`c(?<!{not_after}c)...`): the same matches, and a
    pattern that opens on literal characters lets the engine skip ahead to them instead of trying every position.
    Worth it where the keywords start with characters that are rare in text (capitals: names of bodies)."""
    firsts: dict[str, list[str]] = {}
    for word in words:
        firsts.setdefault(word[0], []).append(word[1:])
    alternatives = []
    for first in sorted(firsts):
        rests = firsts[first]
        c = re.escape(first)
        rest = trie_pattern([r for r in rests if r]) if any(rests) else ""
        if rest and "" in rests:
            rest = f"(?:{rest})?"
        alternatives.append(f"{c}(?<!{not_after}{c}){rest}")
    return "(?:" + "|".join(alternatives) + ")"


def _serialise(node: dict[str, Any]) -> str:
    alternatives = []
    for key in sorted(node, key=lambda k: (k in (_END, _ANY_END), k)):
        if key == _END:
            continue
        if key == _ANY_END:
            alternatives.append(r"[\w-]*")
        else:
            alternatives.append(re.escape(key) + _serialise(node[key]))
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    if _END in node:
        body = f"(?:{body})?"
    return body
