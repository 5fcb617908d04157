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
