"""Trade as time series: the figures of every article gathered by what they measure, with the conflicts flagged.

A series point is one (partner, Belarusian side, metric, product, status, currency, period): every
article reporting it is a report of it. When several do, the agreed value is the exact figures'
median (else the first report's approximate one), and the point is a **conflict** when no value
fits every report: an exact figure stands for itself within 1% (so two differ when more than 2%
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
from dataclasses import dataclass, field
from typing import Any, NamedTuple

GROWTH_POINTS = 3.0  # percentage points between a reported and an implied change that make a mismatch
EXACT = 0.01  # an exact figure is itself within 1%: two exact figures conflict when more than about 2% apart
# The values an approximate figure allows, as shares of it.
RANGES = {None: (1 - EXACT, 1 + EXACT), "about": (0.95, 1.05), "almost": (0.9, 1 + EXACT), "under": (0.9, 1 + EXACT),
          "over": (1 - EXACT, 1.1)}


class Aggregate(NamedTuple):
    """One point as the store gathers it (SQL groups the figures: a warm corpus of 100,000 articles has some
    200,000), its reports as one JSON array."""

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
    reports: str  # a JSON array of [date, id, value, approx, change kind, change value] for each report, in no order


class Report(NamedTuple):
    value: float | None
    approx: str | None
    change_kind: str | None
    change_value: float | None


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
    reports: list[Report] = field(default_factory=list)
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
            "value": _number(self.value), "approx": self.approx, "reports": len(self.reports),
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


def conflicting(reports: Iterable[Report]) -> bool:
    """Whether no value fits every report's figure (each within its range)."""
    low, high = 0.0, float("inf")
    for report in reports:
        if report.value is None:
            continue
        lo, hi = RANGES.get(report.approx, RANGES[None])
        low, high = max(low, report.value * lo), min(high, report.value * hi)
    return low > high


def agreed(reports: list[Report]) -> tuple[float | None, str | None]:
    exact = [r.value for r in reports if r.value is not None and r.approx is None]
    if exact:
        return statistics.median(exact), None
    valued = [r for r in reports if r.value is not None]
    return (valued[0].value, valued[0].approx) if valued else (None, None)


def _year_before(day: str) -> str:
    return f"{int(day[:4]) - 1:04d}{day[4:]}" if day[4:] != "-02-29" else f"{int(day[:4]) - 1:04d}-02-28"


def _reports(text: str) -> tuple[list[Report], str]:
    """A point's reports in order (by date, then id; undated last), and the JSON of its sources."""
    rows = json.loads(text)
    if len(rows) > 1:
        rows.sort(key=lambda r: (r[0] is None, r[0] or "", r[1]))
    reports = [Report(value, approx, kind, change) for _day, _id, value, approx, kind, change in rows]
    sources = json.dumps([{"id": record_id, "date": day, "value": _number(value), "approx": approx,
                           "change": {"kind": kind, "value": change} if kind else None}
                          for day, record_id, value, approx, kind, change in rows], ensure_ascii=False)
    return reports, sources


def build(aggregates: Iterable[tuple[Any, ...]], changes_only: Iterable[tuple[Any, ...]] = ()) -> list[Point]:
    """The points of every series, from the store's aggregates (tuples as `Aggregate` orders them: points of
    figures) and its changes stated with no figure ("trade grew by 40% in 2022", as aggregates too), which join
    the point of their period whatever its currency. In order: partner, side, metric, product, status,
    currency; full years before parts of years; then by period."""
    points = []
    for row in aggregates:
        point = Point(*row[:10])
        point.reports, point.sources = _reports(row[10])
        points.append(point)
    index = {(p.partner, p.side, p.metric, p.product, p.status, p.start, p.end): p for p in reversed(points)}
    joined: dict[int, list[Any]] = {}
    for row in changes_only:
        key = (row[0], row[2], row[4], row[5], row[6], row[8], row[9])
        home = index.get(key)
        if home is None:
            home = index[key] = Point(*row[:10])
            points.append(home)
        joined.setdefault(id(home), [home, []])[1].extend(json.loads(row[10]))
    for home, extra in joined.values():
        # The point's figures and the changes stated without one, in one order (the figures' dates are in its sources).
        sources = json.loads(home.sources)
        rows = [[s["date"], s["id"], s["value"], s["approx"], (s["change"] or {}).get("kind"), (s["change"] or {}).get("value")]
                for s in sources] + extra
        home.reports, home.sources = _reports(json.dumps(rows))
    for point in points:
        reports = point.reports
        if len(reports) == 1:
            only = reports[0]
            point.value, point.approx = only.value, only.approx
            point.change = percent(only.change_kind, only.change_value)
            continue
        point.value, point.approx = agreed(reports)
        point.conflict = conflicting(reports)
        changes = [c for r in reports if (c := percent(r.change_kind, r.change_value)) is not None]
        point.change = statistics.median(changes) if changes else None
    by_period = {(p.series, p.start, p.end): p for p in points}
    for point in points:
        before = by_period.get((point.series, _year_before(point.start), _year_before(point.end)))
        if before is not None and before.value and point.value is not None:
            point.implied = round((point.value / before.value - 1) * 100, 1)
            point.mismatch = point.change is not None and abs(point.implied - point.change) > GROWTH_POINTS
    return sorted(points, key=lambda p: (p.partner_name, p.side != "BY", p.side_name, p.metric, p.product or "",
                                         p.status, p.currency or "", not p.full_year, p.start, p.end))


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
