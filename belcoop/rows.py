"""What the store hands to `render`: rows of plain values, each with its JSON form."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, NamedTuple


class JSONText(str):
    """JSON already written (a stored record): printed as it is, not quoted."""

    __slots__ = ()


class Row(NamedTuple):
    values: dict[str, Any]  # what a table or CSV shows (render formats them); empty when only JSON is wanted
    item: Any  # what JSON shows: a dict, or JSONText; None when only the table's values are wanted


# Rows as a view draws them: render says whether it wants the values of a table (`cells`), or the
# JSON items only, so that a query reads no more than the output shows.
Rows = Callable[[bool], Iterable[Row]]


def given(rows: list[Row]) -> Rows:
    """Rows already made, whatever is wanted of them."""
    return lambda cells: rows
