"""Enterprises and bodies the article names: a list of well-known ones plus names with a telling head word."""

from __future__ import annotations

import re
from functools import lru_cache

from belcoop.parse.trie import trie_pattern
from belcoop.vocab import read_data

_HEADS = (
    r"Plant|Works|Factory|Company|Holding|Group|Corporation|Concern|Association|University|Academy|Institute|"
    r"Ministry|Committee|Chamber of Commerce and Industry|Bank|Council|Agency|Service|Centre|Center|Park|JSC|OJSC|LLC|Ltd"
)
_NAMED = re.compile(
    rf"\b(?:[A-Z][\w'-]*\s(?:of\s(?:the\s)?|and\s|for\s)?){{1,6}}(?:{_HEADS})\b(?:\s(?:of|for)\s(?:the\s)?[A-Z][\w'-]*(?:\s(?:and\s)?[A-Z][\w'-]*){{0,3}})?"
)
_SKIP_START = re.compile(r"^(?:The|This|That|A|An|In|On|At|By|For|From|Of|Our|Its|Their|According|During|Both|Each)\s")


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    text = read_data("roles.txt")
    return frozenset(w.lower() for line in text.splitlines() if not line.startswith("#") for w in line.split())


@lru_cache(maxsize=1)
def _known() -> re.Pattern[str]:
    text = read_data("organizations.txt")
    names = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return re.compile(r"(?<![\w-])(?:" + trie_pattern(names) + r")(?![\w-])")


def find_organizations(text: str) -> list[str]:
    found: list[str] = []

    roles = _roles()

    def add(name: str) -> None:
        name = _SKIP_START.sub("", name.strip())
        words = name.split()
        # "Director of Aviation Department of the Ministry of Transport": the body, not the office.
        while words and (words[0].lower().rstrip(".'") in roles or words[0].lower() in ("of", "the", "and")
                         or words[0].endswith("'") or words[0].endswith("'s")):
            words = words[1:]
        name = " ".join(words)
        if len(name) > 1 and name not in found and not any(name in f for f in found):
            found[:] = [f for f in found if f not in name]
            found.append(name)

    for m in _known().finditer(text):
        add(m.group(0))
    for m in _NAMED.finditer(text):
        add(m.group(0))
    return found
