"""Trade as time series: the figures of every article gathered by what they measure, with the conflicts flagged.

A series point is one (partner, Belarusian side, metric, product, status, currency, period): every
article reporting it is a report of it. When several do, the agreed value is the exact figures'
median (else the first report's approximate one), and the point is a **conflict** when no value
fits every report (the store does this arithmetic in SQL, from `RANGES`): an exact figure stands for itself within 1% (so two differ when more than 2%
apart), "about X" for X ± 5%, "almost X" and "under X" for 90–100% of X, "over X" for 100–110% of
X. A full year and a part of one are different points (`2022` and `Jan–Mar 2022`).

Beside a reported change stands the change implied by the same series a year earlier (the same span:
two consecutive full years, or Jan–Mar of two years); the point is flagged when the two differ by
more than `GROWTH_POINTS` percentage points.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

GROWTH_POINTS = 3.0  # percentage points between a reported and an implied change that make a mismatch
EXACT = 0.01  # an exact figure is itself within 1%: two exact figures conflict when more than about 2% apart
# The values an approximate figure allows, as shares of it.
RANGES = {None: (1 - EXACT, 1 + EXACT), "about": (0.95, 1.05), "almost": (0.9, 1 + EXACT), "under": (0.9, 1 + EXACT),
          "over": (1 - EXACT, 1.1)}


class Aggregate(NamedTuple):
    """One point as the store gathers it (SQL groups the figures, a warm corpus of 100,000 articles has some
    200,000, and does the arithmetic each one needs)."""

    partner: str | None
    partner_name: str
    side: str
    side_name: str
    metric: str
    product: str | None
    status: str
    currency: str | None
    start: str
    end: str
    reports: int
    low: float | None  # the largest of the lowest values each figure allows (RANGES)
    high: float | None  # the smallest of the highest: a conflict when low > high
    exact: str | None  # the exact figures, space-separated
    changes: str | None  # "kind value" of each stated change, space-separated
    keys: str  # how each report sorts (see `_sources`), joined by "\x1e"
    sources: str  # the JSON of each report (id, date, value, approx, change), in the same order, joined by "\x1e"


@dataclass
class Point:
    partner: str | None
    partner_name: str
    side: str
    side_name: str
    metric: str
    product: str | None
    status: str
    currency: str | None
    start: str
    end: str
    count: int = 0  # how many articles report it
    sources: str = "[]"  # JSON
    value: float | None = None
    approx: str | None = None
    conflict: bool = False
    change: float | None = None  # the reported change, in percent (the median of the reports')
    implied: float | None = None  # the change from the point a year earlier, in percent
    mismatch: bool = False

    @property
    def full_year(self) -> bool:
        return self.start[4:] == "-01-01" and self.end[4:] == "-12-31" and self.start[:4] == self.end[:4]

    @property
    def series(self) -> tuple[Any, ...]:
        return (self.partner, self.side, self.metric, self.product, self.status, self.currency)

    def head(self) -> dict[str, Any]:
        """The point's JSON object but for its sources (which `json` adds, last, as SQLite wrote them)."""
        return {
            "partner": self.partner, "partner_name": self.partner_name, "belarus_side": self.side,
            "belarus_side_name": self.side_name, "metric": self.metric, "product": self.product, "status": self.status,
            "currency": self.currency, "period": {"start": self.start, "end": self.end}, "full_year": self.full_year,
            "value": _number(self.value), "approx": self.approx, "reports": self.count,
            "conflict": self.conflict, "change": self.change, "implied_change": self.implied, "change_mismatch": self.mismatch,
        }

    def json(self) -> str:
        head = json.dumps(self.head(), ensure_ascii=False)
        return f'{head[:-1]}, "sources": {self.sources}}}'


def _number(value: float | None) -> float | int | None:
    return int(value) if isinstance(value, float) and value.is_integer() else value


def percent(kind: str | None, value: float | None) -> float | None:
    """A change as percent: `times` 2.5 is +150%."""
    if kind is None or value is None:
        return None
    return round((value - 1) * 100, 2) if kind == "times" else value


def _year_before(day: str) -> str:
    return f"{int(day[:4]) - 1:04d}{day[4:]}" if day[4:] != "-02-29" else f"{int(day[:4]) - 1:04d}-02-28"


def _sources(keys: str, texts: str) -> tuple[dict[str, Any], str]:
    """A point's first source (by date, then id; undated last), and the JSON array of all, in that order: the
    store's JSON of each source (joined by the record separator, which JSON text never holds), reordered by the
    keys that come in the same order (the date, "~" if none, a space, the id as JSON)."""
    items = texts.split("\x1e")
    if len(items) > 1:
        order = keys.split("\x1e")
        items = [item for _key, item in sorted(zip(order, items, strict=True))]
    return json.loads(items[0]), f"[{','.join(items)}]"


def build(aggregates: Iterable[tuple[Any, ...]], changes_only: Iterable[tuple[Any, ...]] = ()) -> list[Point]:
    """The points of every series, from the store's aggregates (tuples as `Aggregate` orders them: points of
    figures) and its changes stated with no figure ("trade grew by 40% in 2022", as aggregates too), which join
    the point of their period whatever its currency. In the order of `sort_key`."""
    points = []
    for row in aggregates:
        point = Point(*row[:10])
        first, point.sources = _sources(row[15], row[16])
        n, low, high, exact, changes = row[10:15]
        if n == 1:
            point.value, point.approx = first["value"], first["approx"]
            point.change = percent(*(_change(first)))
        else:
            values = sorted(map(float, exact.split())) if exact else []
            point.value, point.approx = (_median(values), None) if values else (first["value"], first["approx"])
            point.conflict = low is not None and high is not None and low > high
            found = [c for kind, value in _pairs(changes) if (c := percent(kind, float(value))) is not None]
            point.change = statistics.median(found) if found else None
        point.count = n
        points.append(point)
    index = {(p.partner, p.side, p.metric, p.product, p.status, p.start, p.end): p for p in reversed(points)}
    joined: dict[int, tuple[Point, list[tuple[str, dict[str, Any]]]]] = {}
    for row in changes_only:
        key = (row[0], row[2], row[4], row[5], row[6], row[8], row[9])
        home = index.get(key)
        if home is None:
            home = index[key] = Point(*row[:10])
            home.sources = "[]"
            points.append(home)
        joined.setdefault(id(home), (home, []))[1].extend(
            (key, json.loads(text)) for key, text in zip(row[15].split("\x1e"), row[16].split("\x1e"), strict=True))
    for home, extra in joined.values():
        # The changes stated without a figure join the point's sources, in one order; the point's change is the
        # median of all its reports' changes. An article already among them is one report still: its figure
        # takes the change it states apart, unless the figure came with one.
        known = [(f"{s['date'] or '~'} {json.dumps(s['id'], ensure_ascii=False)}", s) for s in json.loads(home.sources)]
        by_id = {s["id"]: s for _key, s in known}
        for order, source in extra:
            reported = by_id.get(source["id"])
            if reported is None:
                known.append((order, source))
                by_id[source["id"]] = source
            elif reported["change"] is None:
                reported["change"] = source["change"]
        sources = [source for _key, source in sorted(known, key=lambda pair: pair[0])]
        home.sources = json.dumps(sources, ensure_ascii=False, separators=(",", ":"))
        home.count = len(sources)
        found = [c for s in sources if (c := percent(*_change(s))) is not None]
        home.change = statistics.median(found) if found else None
    by_period = {(p.series, p.start, p.end): p for p in points}
    for point in points:
        before = by_period.get((point.series, _year_before(point.start), _year_before(point.end)))
        if before is not None and before.value and point.value is not None:
            point.implied = round((point.value / before.value - 1) * 100, 1)
            point.mismatch = point.change is not None and abs(point.implied - point.change) > GROWTH_POINTS
    return sorted(points, key=sort_key)


def sort_key(p: Point) -> tuple[str | bool, ...]:
    """The order of points: partner, side (Belarus first), metric, product, status, currency, full years first, period;
    then the codes, so that two points never tie (two codes may share a name) and the output does not hang on the
    order the store found them in. Text throughout: a missing value (None) sorts as "" beside names."""
    return (p.partner_name or "", p.side != "BY", p.side_name or "", p.metric, p.product or "", p.status, p.currency or "",
            not p.full_year, p.start, p.end, p.partner or "", p.side)


def _median(ordered: list[float]) -> float:
    """The median of values already sorted (as `statistics.median` gives it, without sorting them again)."""
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def _change(source: dict[str, Any]) -> tuple[str | None, float | None]:
    change = source["change"]
    return (change["kind"], change["value"]) if change else (None, None)


def _pairs(text: str | None) -> list[tuple[str, str]]:
    words = text.split() if text else []
    return list(zip(words[::2], words[1::2], strict=True))


def chart_bars(points: list[Point], *, year: int | None) -> tuple[str, list[tuple[str, float, Point]]]:
    """What `--chart` draws: with `year`, every partner's full-year value of that year; without, one partner's
    full-year values by year. The points should be of one metric and currency (the most reported one is taken)."""
    full = [p for p in points if p.full_year and p.value is not None]
    if year is not None:
        full = [p for p in full if p.start[:4] == str(year)]
    currencies = [p.currency for p in full]
    currency = max(set(currencies), key=lambda c: (currencies.count(c), c == "USD")) if currencies else None
    full = [p for p in full if p.currency == currency]
    assert all(p.value is not None for p in full)
    if year is not None:
        bars = sorted(((p.partner_name or p.partner or "?", float(p.value or 0), p) for p in full), key=lambda b: (-b[1], b[0]))
    else:
        bars = [(p.start[:4], float(p.value or 0), p) for p in sorted(full, key=lambda p: p.start)]
    return currency or "", bars
