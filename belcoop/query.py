"""Pure filters, sorts and summaries over records: no I/O, no printing."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from belcoop.errors import BadQuery

if TYPE_CHECKING:  # the model (dataclasses) loads only when records are built, keeping warm queries quick
    from belcoop.model import Record, TradeFact
    from belcoop.place import Place

METRICS = ("turnover", "exports", "imports")
STATUSES = ("actual", "target")


def fold(text: str) -> str:
    """Lower-case ASCII form for forgiving matches ("Benítez" ~ "benitez")."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def person_matches(query: str, name: str) -> bool:
    """Part of a name, forgiving transliteration ("Degtyarev" finds "Mikhail Degtyaryov")."""
    import difflib

    q, n = fold(query).strip(), fold(name)
    if q in n:
        return True
    words = n.split()
    return all(any(difflib.SequenceMatcher(None, qw, w).ratio() >= 0.8 for w in words) for qw in q.split())


# ---------------------------------------------------------------- user dates


def parse_user_date(text: str, *, end: bool = False) -> date:
    """`2022`, `May 2022`, `2022-05-13` -> a date; the start of the span, or its end with `end=True`.

    This is the only place belcoop calls dateutil. A value without a year is rejected rather than
    completed from today; anything dateutil cannot read raises BadQuery.
    """
    from dateutil import parser as du_parser
    from dateutil.relativedelta import relativedelta

    raw = text.strip()
    if re.fullmatch(r"\d{4}", raw):
        year = int(raw)
        return date(year, 12, 31) if end else date(year, 1, 1)
    first, second = datetime(1, 1, 1), datetime(2, 2, 2)
    try:
        a = du_parser.parse(raw, default=first)
        b = du_parser.parse(raw, default=second)
    except (ValueError, OverflowError) as err:
        raise BadQuery(f"cannot read {text!r} as a date (try 2022, 'May 2022' or 2022-05-13)") from err
    if a.year != b.year:
        raise BadQuery(f"{text!r} has no year; give one, e.g. '{raw} 2022'")
    if a.day != b.day:  # only a month (and year) given: the whole month
        start = date(a.year, a.month, 1)
        return (start + relativedelta(months=1, days=-1)) if end else start
    return a.date()


# ---------------------------------------------------------------- filters


class Filters:
    """What a query asks for; every field is optional."""

    def __init__(
        self,
        regions: tuple[Place, ...] = (),
        country: str | None = None,
        sectors: tuple[str, ...] = (),
        person: str | None = None,
        since: date | None = None,
        until: date | None = None,
        text: str | None = None,
        year: int | None = None,
    ) -> None:
        self.regions = regions
        self.country = country
        self.sectors = sectors
        self.person = person
        self.since = since
        self.until = until
        self.text = text
        self.year = year


def resolve_region(query: str) -> Place:
    """A place from a name, alias or code; an unknown one raises BadQuery with close matches."""
    from belcoop.parse.places import resolver

    places = resolver()
    place = places.resolve(query)
    if place is not None:
        return place
    suggestions = places.suggest(query)
    hint = f" (did you mean {_either(suggestions)}?)" if suggestions else ""
    raise BadQuery(f"unknown region {query!r}{hint}")


def resolve_country(query: str) -> str:
    place = resolve_region(query)
    return place.country


def _place_matches(wanted: Place, place: Place) -> bool:
    if wanted.kind == "country":
        return place.country == wanted.code
    return place.code == wanted.code


def record_matches(record: Record, f: Filters, text: str | None = None) -> bool:
    """Whether `record` passes the filters; `text` is the article's text, needed only for --text."""
    places = record.partners or ([record.partner] if record.partner else [])
    if f.regions and not any(_place_matches(w, p) for w in f.regions for p in places):
        return False
    if f.country and not any(p.country == f.country for p in places):
        return False
    if f.sectors and not set(f.sectors) & set(record.sectors):
        return False
    if f.person and not any(person_matches(f.person, p.name) for p in record.people):
        return False
    if f.year is not None and record.year != f.year:
        return False
    if f.since and (record.date is None or date.fromisoformat(record.date) < f.since):
        return False
    if f.until and (record.date is None or date.fromisoformat(record.date) > f.until):
        return False
    return not f.text or fold(f.text) in fold(text or "")


def sort_key_of(r: Record, key: str = "date") -> tuple[Any, ...]:
    """Sort key for `date` (oldest first), `-date` (newest first) or `partner`; undated records last."""
    if key == "partner":
        return (r.partner.name if r.partner else "~", r.date or "9999", r.id)
    day = date.fromisoformat(r.date).toordinal() if r.date else 0
    return (r.date is None, -day if key == "-date" else day, r.id)


# ---------------------------------------------------------------- rows for each command


def list_row(r: Record) -> dict[str, Any]:
    return {
        "id": r.id,
        "date": r.date or "",
        "partner": r.partner.name if r.partner else "",
        "partner_code": r.partner.code if r.partner else "",
        "venue": r.venue or "",
        "event": r.event.type,
        "sectors": list(r.sectors),
        "trade_facts": len(r.trade),
        "title": r.source.title or "",
    }


_MONTH_ABBR = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def format_period(start: str | None, end: str | None) -> str:
    """A period as a person writes it: `2021`, `Jan–Mar 2022`, `H1 2023`, `2020–2021`, `Mar 2022`."""
    if not start or not end:
        return ""
    s, e = date.fromisoformat(start), date.fromisoformat(end)
    if s.year == e.year:
        if (s.month, s.day, e.month, e.day) == (1, 1, 12, 31):
            return str(s.year)
        if (s.month, e.month) == (1, 6):
            return f"H1 {s.year}"
        if (s.month, e.month) == (7, 12):
            return f"H2 {s.year}"
        if s.month == e.month:
            return f"{_MONTH_ABBR[s.month]} {s.year}"
        if e.month - s.month == 2 and s.month in (1, 4, 7, 10):
            return f"Q{(s.month + 2) // 3} {s.year}"
        return f"{_MONTH_ABBR[s.month]}–{_MONTH_ABBR[e.month]} {s.year}"
    if (s.month, s.day, e.month, e.day) == (1, 1, 12, 31):
        return f"{s.year}–{e.year}"
    return f"{_MONTH_ABBR[s.month]} {s.year}–{_MONTH_ABBR[e.month]} {e.year}"


def format_value(value: float | None, currency: str | None, approx: str | None = None) -> str:
    """`$18.0M`, `RUB 8.5B`, `almost $6.0M`."""
    if value is None:
        return ""
    for scale, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= scale:
            number = f"{value / scale:.1f}{suffix}"
            break
    else:
        number = f"{value:,.0f}"
    text = f"${number}" if currency == "USD" else f"{currency} {number}" if currency else number
    return f"{approx} {text}" if approx else text


def format_change(kind: str | None, value: float | None) -> str:
    """`×2.1`, `+40%`, `−16%`."""
    if kind is None or value is None:
        return ""
    if kind == "times":
        return f"×{value:g}"
    sign = "+" if value > 0 else "−" if value < 0 else ""
    return f"{sign}{abs(value):g}%"


def fact_overlaps_year(fact: TradeFact, record: Record, year: int) -> bool:
    if fact.period:
        return int(fact.period.start[:4]) <= year <= int(fact.period.end[:4])
    return record.year == year


def matching_facts(
    record: Record, *, year: int | None = None, metric: str | None = None, status: str | None = None
) -> list[TradeFact]:
    """The record's trade facts that pass `trade --year/--metric/--status`."""
    return [
        fact for fact in record.trade
        if (year is None or fact_overlaps_year(fact, record, year))
        and (metric is None or fact.metric == metric)
        and (status is None or fact.status == status)
    ]


def trade_row(record: Record, fact: TradeFact, place_name: Callable[[str | None], str]) -> dict[str, Any]:
    return {
        "date": record.date or "",
        "partner": place_name(fact.partner),
        "partner_code": fact.partner or "",
        "metric": fact.metric,
        "product": fact.product or "",
        "period": format_period(fact.period.start, fact.period.end) if fact.period else "",
        "value": format_value(fact.value, fact.currency, fact.approx),
        "change": format_change(fact.change.kind, fact.change.value) if fact.change else "",
        "status": fact.status,
        "id": record.id,
    }


def trade_json(record: Record, fact: TradeFact, place_name: Callable[[str | None], str]) -> dict[str, Any]:
    value = int(fact.value) if isinstance(fact.value, float) and fact.value.is_integer() else fact.value
    return {
        "id": record.id, "date": record.date, "partner_name": place_name(fact.partner),
        "partner": fact.partner, "metric": fact.metric, "value": value, "currency": fact.currency, "approx": fact.approx,
        "period": {"start": fact.period.start, "end": fact.period.end} if fact.period else None,
        "change": {"kind": fact.change.kind, "value": fact.change.value} if fact.change else None,
        "status": fact.status, "evidence": fact.evidence, "product": fact.product,
    }


def full_year_turnover(facts: Iterable[TradeFact], year: int) -> dict[str, float]:
    """Largest reported actual full-year turnover (USD) in `year`, per partner code."""
    best: dict[str, float] = {}
    for fact in facts:
        if (
            fact.metric == "turnover" and fact.status == "actual" and fact.value is not None and fact.currency == "USD"
            and fact.period and fact.period.start == f"{year}-01-01" and fact.period.end == f"{year}-12-31" and fact.partner
        ):
            best[fact.partner] = max(best.get(fact.partner, 0.0), fact.value)
    return dict(sorted(best.items(), key=lambda kv: -kv[1]))


class PersonRow:
    def __init__(self, name: str) -> None:
        self.name = name
        self.roles: list[str] = []
        self.country: str | None = None
        self.articles: set[str] = set()
        self.partners: list[str] = []


def people_rows(records: Iterable[Record]) -> list[dict[str, Any]]:
    """One row per person across the corpus; the same name in two articles is one person."""
    people: dict[str, PersonRow] = {}
    for r in records:
        for p in r.people:
            key = fold(p.name)
            row = people.setdefault(key, PersonRow(p.name))
            if p.role and p.role not in row.roles:
                row.roles.append(p.role)
            row.country = row.country or p.country
            row.articles.add(r.id)
            if r.partner and r.partner.name not in row.partners:
                row.partners.append(r.partner.name)
    rows = sorted(people.values(), key=lambda p: (-len(p.articles), p.name))
    return [
        {"name": p.name, "roles": p.roles, "country": p.country or "", "articles": len(p.articles), "partners": p.partners}
        for p in rows
    ]


def summary(records: Iterable[Record]) -> dict[str, Any]:
    """Counts over the records, in one pass (the records may be streamed from the cache)."""
    by_partner: Counter[str] = Counter()
    by_year: Counter[str] = Counter()
    by_sector: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    names: dict[str, str] = {}
    agreements: dict[str, int] = defaultdict(int)
    count = facts = 0
    for r in records:
        count += 1
        facts += len(r.trade)
        by_partner[r.partner.name if r.partner else "(none)"] += 1
        by_year[str(r.year) if r.year else "undated"] += 1
        by_sector.update(r.sectors)
        for p in r.people:
            key = fold(p.name)
            names.setdefault(key, p.name)
            mentions[key] += 1
        for a in r.agreements:
            agreements[a.kind] += a.count or 1
    return {
        "records": count,
        "trade_facts": facts,
        "by_partner": dict(by_partner.most_common()),
        "by_year": dict(sorted(by_year.items())),
        "by_sector": dict(by_sector.most_common()),
        "top_people": [{"name": names[k], "articles": n} for k, n in mentions.most_common(10)],
        "agreements_signed": dict(sorted(agreements.items(), key=lambda kv: -kv[1])),
    }


def _either(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
