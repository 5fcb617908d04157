"""What the store hands to `render`: rows of plain values, each with its JSON form."""

from __future__ import annotations

from typing import Any, NamedTuple


class JSONText(str):
    """JSON already written (a stored record): printed as it is, not quoted."""

    __slots__ = ()


class Row(NamedTuple):
    values: dict[str, Any]  # what a table or CSV shows (render formats them)
    item: Any  # what JSON shows: a dict, or JSONText
