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

import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

GROWTH_POINTS = 3.0  # percentage points between a reported and an implied change that make a mismatch
EXACT = 0.01  # an exact figure is itself within 1%: two exact figures conflict when more than about 2% apart
# The values an approximate figure allows, as shares of it.
RANGES = {None: (1 - EXACT, 1 + EXACT), "about": (0.95, 1.05), "almost": (0.9, 1 + EXACT), "under": (0.9, 1 + EXACT),
          "over": (1 - EXACT, 1.1)}


class Fact(NamedTuple):
    """One trade fact as the store has it (with a period: a figure of no period is no point of a series)."""

    article_id: int
    record_id: str
    date: str | None
    partner: str | None
    partner_name: str
    side: str
    side_name: str
    metric: str
    product: str | None
    status: str
    value: float | None
    currency: str | None
    approx: str | None
    start: str
    end: str
    change_kind: str | None
    change_value: float | None


class Report(NamedTuple):
    id: str
    date: str | None
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

    def as_dict(self) -> dict[str, Any]:
        return {
            "partner": self.partner, "partner_name": self.partner_name, "belarus_side": self.side,
            "belarus_side_name": self.side_name, "metric": self.metric, "product": self.product, "status": self.status,
            "currency": self.currency, "period": {"start": self.start, "end": self.end}, "full_year": self.full_year,
            "value": _number(self.value), "approx": self.approx, "reports": len(self.reports),
            "sources": [{"id": r.id, "date": r.date, "value": _number(r.value), "approx": r.approx,
                         "change": {"kind": r.change_kind, "value": r.change_value} if r.change_kind else None}
                        for r in self.reports],
            "conflict": self.conflict, "change": self.change, "implied_change": self.implied, "change_mismatch": self.mismatch,
        }


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
    d = date.fromisoformat(day)
    try:
        return d.replace(year=d.year - 1).isoformat()
    except ValueError:  # 29 February
        return d.replace(year=d.year - 1, day=28).isoformat()


def build(facts: Iterable[Fact]) -> list[Point]:
    """The points of every series these facts speak of, in order: partner, side, metric, product, status,
    currency; full years before parts of years; then by period."""
    points: dict[tuple[Any, ...], Point] = {}
    changes_only: list[Fact] = []
    for fact in facts:
        if fact.value is None:
            changes_only.append(fact)
            continue
        key = (fact.partner, fact.side, fact.metric, fact.product, fact.status, fact.currency, fact.start, fact.end)
        point = points.get(key)
        if point is None:
            point = points[key] = Point(fact.partner, fact.partner_name, fact.side, fact.side_name, fact.metric, fact.product,
                                        fact.status, fact.currency, fact.start, fact.end)
        point.reports.append(_report(fact))
    # A change stated with no figure ("trade grew by 40% in 2022") joins the point of its period, whatever its currency.
    for fact in changes_only:
        home = next((p for key, p in points.items()
                     if key[:5] == (fact.partner, fact.side, fact.metric, fact.product, fact.status) and key[6:] == (fact.start, fact.end)),
                    None)
        if home is None:
            key = (fact.partner, fact.side, fact.metric, fact.product, fact.status, None, fact.start, fact.end)
            home = points.get(key) or points.setdefault(key, Point(
                fact.partner, fact.partner_name, fact.side, fact.side_name, fact.metric, fact.product, fact.status, None,
                fact.start, fact.end))
        home.reports.append(_report(fact))
    for point in points.values():
        point.reports.sort(key=lambda r: (r.date is None, r.date or "", r.id))
        point.value, point.approx = agreed(point.reports)
        point.conflict = conflicting(point.reports)
        changes = [c for r in point.reports if (c := percent(r.change_kind, r.change_value)) is not None]
        point.change = statistics.median(changes) if changes else None
    by_period = {(p.series, p.start, p.end): p for p in points.values()}
    for point in points.values():
        before = by_period.get((point.series, _year_before(point.start), _year_before(point.end)))
        if before is not None and before.value and point.value is not None:
            point.implied = round((point.value / before.value - 1) * 100, 1)
            point.mismatch = point.change is not None and abs(point.implied - point.change) > GROWTH_POINTS
    return sorted(points.values(), key=lambda p: (p.partner_name, p.side != "BY", p.side_name, p.metric, p.product or "",
                                                  p.status, p.currency or "", not p.full_year, p.start, p.end))


def _report(fact: Fact) -> Report:
    return Report(fact.record_id, fact.date, fact.value, fact.approx, fact.change_kind, fact.change_value)


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
