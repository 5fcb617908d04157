"""Sectors of cooperation, from the keyword table in data/sectors.tsv."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

SECTOR_KEYS = (
    "agriculture", "food", "machine_building", "industry", "construction", "transport", "energy", "chemicals",
    "forestry", "healthcare", "education", "science_technology", "culture", "tourism", "housing_utilities",
    "investment",
)


def _pattern(words: list[str], flags: int) -> re.Pattern[str] | None:
    if not words:
        return None
    parts = sorted((re.escape(w[:-1]) + r"[\w-]*" if w.endswith("*") else re.escape(w) for w in words), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", flags)


@lru_cache(maxsize=1)
def _table() -> list[tuple[str, list[re.Pattern[str]]]]:
    text = (resources.files("belcoop") / "data" / "sectors.tsv").read_text(encoding="utf-8")
    table = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, keywords = line.split("\t")
        words = [w.strip() for w in keywords.split(";") if w.strip()]
        # Acronyms and brand names in capitals (IT, MAZ) match case-sensitively, everything else in any case.
        exact = [w for w in words if len(w) > 1 and w.rstrip("*").isupper()]
        loose = [w for w in words if w not in exact]
        patterns = [p for p in (_pattern(exact, 0), _pattern(loose, re.IGNORECASE)) if p]
        table.append((key, patterns))
    return table


def find_sectors(text: str) -> list[str]:
    """Sector keys whose keywords the text uses, in the contract's order."""
    return [key for key, patterns in _table() if any(p.search(text) for p in patterns)]
