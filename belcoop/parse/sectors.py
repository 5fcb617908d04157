"""Sectors of cooperation, from the keyword table in data/sectors.tsv."""

from __future__ import annotations

import re
from functools import lru_cache

from belcoop.parse.trie import trie_pattern
from belcoop.vocab import SECTOR_KEYS, read_data


def _pattern(words: list[str], flags: int) -> re.Pattern[str] | None:
    if not words:
        return None
    parts = sorted(
        (w[1:] if w.startswith(("~", "!")) else re.escape(w[:-1]) + r"[\w-]*" if w.endswith("*") else re.escape(w) for w in words),
        key=len,
        reverse=True,
    )
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", flags)


class _Table:
    """All keywords in one pattern (a single scan of the text), mapped back to their sectors."""

    def __init__(self, text: str) -> None:
        self.exact: dict[str, set[str]] = {}  # lower-cased keyword -> sectors
        self.prefixes: dict[str, set[str]] = {}  # "agricultur" (from "agricultur*") -> sectors
        self.raw: list[tuple[str, re.Pattern[str]]] = []  # "~" regular expressions
        self.negative: dict[str, re.Pattern[str]] = {}  # "!" phrases that do not count, per sector
        cased: list[str] = []
        self.cased_sectors: dict[str, set[str]] = {}
        words: set[str] = set()
        for line in text.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            key, keywords = line.split("\t")
            negatives = []
            for w in (w.strip() for w in keywords.split(";")):
                if not w:
                    continue
                if w.startswith("!"):
                    negatives.append(w)
                elif w.startswith("~"):
                    self.raw.append((key, re.compile(w[1:])))
                elif len(w) > 1 and w.rstrip("*").isupper():
                    cased.append(w)
                    self.cased_sectors.setdefault(w, set()).add(key)
                elif w.endswith("*"):
                    self.prefixes.setdefault(w[:-1].lower(), set()).add(key)
                    words.add(w.lower())
                else:
                    self.exact.setdefault(w.lower(), set()).add(key)
                    words.add(w.lower())
            pattern = _pattern(negatives, re.IGNORECASE)
            if pattern:
                self.negative[key] = pattern
        self.scan = re.compile(r"(?<![\w-])(?:" + trie_pattern(sorted(words)) + r")(?![\w-])") if words else None
        self.cased = _pattern(cased, 0)
        self.longest_prefix = max((len(p) for p in self.prefixes), default=0)

    def sectors_of(self, match: str) -> set[str]:
        if match in self.exact:
            return self.exact[match]
        for n in range(min(len(match), self.longest_prefix), 0, -1):
            if match[:n] in self.prefixes:
                return self.prefixes[match[:n]]
        return set()


@lru_cache(maxsize=1)
def _table() -> _Table:
    return _Table(read_data("sectors.tsv"))


# Names of bodies ("Agriculture Ministry", "Ministry of Industry and Trade", "Belarusian State University") say
# who attended, not what the parties cooperate in.
_BODY_NAMES = re.compile(
    r"\b(?:[A-Z][\w-]*\s(?:and\s)?){1,5}(?:Ministry|Committee|University|Academy|Institute|Department|Chamber|Council|"
    r"Federation|Association)\b|"
    r"\b(?:Ministry|Minister|Department|Academy|Chamber|Institute|Committee|Faculty)\sof\s(?:[A-Z][\w-]*\s?(?:and\s|of\s|for\s)?){1,6}"
)


def find_sectors(text: str) -> list[str]:
    """Sector keys whose keywords the text uses, in the contract's order."""
    table = _table()
    text = _BODY_NAMES.sub(" ", text)
    lower = text.lower()
    excluded = {key: [m.span() for m in pattern.finditer(lower)] for key, pattern in table.negative.items()}
    found: set[str] = set()

    def add(keys: set[str], start: int, end: int) -> None:
        for key in keys:
            if not any(s <= start and end <= e for s, e in excluded.get(key, ())):
                found.add(key)

    if table.scan is not None:
        for m in table.scan.finditer(lower):
            add(table.sectors_of(m.group(0)), m.start(), m.end())
    if table.cased is not None:
        for m in table.cased.finditer(text):
            add(table.cased_sectors.get(m.group(0), set()), m.start(), m.end())
    for key, pattern in table.raw:
        if key not in found and pattern.search(lower):
            found.add(key)
    return [key for key in SECTOR_KEYS if key in found]
