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
    parts = sorted(
        (w[1:] if w.startswith(("~", "!")) else re.escape(w[:-1]) + r"[\w-]*" if w.endswith("*") else re.escape(w) for w in words),
        key=len,
        reverse=True,
    )
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", flags)


@lru_cache(maxsize=1)
def _table() -> list[tuple[str, list[re.Pattern[str]], re.Pattern[str] | None, re.Pattern[str] | None]]:
    text = (resources.files("belcoop") / "data" / "sectors.tsv").read_text(encoding="utf-8")
    table = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, keywords = line.split("\t")
        words = [w.strip() for w in keywords.split(";") if w.strip()]
        # Acronyms and brand names in capitals (IT, MAZ) match case-sensitively, everything else in any case.
        negative = [w for w in words if w.startswith("!")]
        exact = [w for w in words if len(w) > 1 and w.rstrip("*").isupper() and w not in negative]
        loose = [w for w in words if w not in exact and w not in negative]
        loose_lower = [w if w.startswith(("~", "!")) else w.lower() for w in loose]
        table.append((key, [p for p in (_pattern(exact, 0),) if p], _pattern(loose_lower, 0), _pattern(negative, re.IGNORECASE)))
    return table


# Names of bodies ("Agriculture Ministry", "Ministry of Industry and Trade", "Belarusian State University") say
# who attended, not what the parties cooperate in.
_BODY_NAMES = re.compile(
    r"\b(?:[A-Z][\w-]*\s(?:and\s)?){1,5}(?:Ministry|Committee|University|Academy|Institute|Department|Chamber|Council|"
    r"Federation|Association)\b|"
    r"\b(?:Ministry|Minister|Department|Academy|Chamber|Institute|Committee|Faculty)\sof\s(?:[A-Z][\w-]*\s?(?:and\s|of\s|for\s)?){1,6}"
)


def find_sectors(text: str) -> list[str]:
    """Sector keys whose keywords the text uses, in the contract's order."""
    text = _BODY_NAMES.sub(" ", text)
    lower = text.lower()
    found = []
    for key, exact, loose, negative in _table():
        scoped = negative.sub(" ", lower) if negative else lower
        if (loose is not None and loose.search(scoped)) or any(p.search(text) for p in exact):
            found.append(key)
    return found
