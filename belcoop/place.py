"""Place, the contract's description of a partner or party (kept apart so the CLI can load it cheaply)."""

from __future__ import annotations

from typing import NamedTuple


class Place(NamedTuple):
    name: str
    code: str  # ISO 3166-1 alpha-2 ("KZ") or ISO 3166-2 ("RU-PER", "BY-MA")
    kind: str  # country | oblast | krai | republic | federal_city | autonomous_okrug | autonomous_oblast | region | city
    country: str  # ISO alpha-2
