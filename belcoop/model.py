"""The record contract (shared/spec/records.md) as frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from belcoop import SCHEMA_VERSION
from belcoop.place import Place

__all__ = ["Agreement", "Change", "Event", "Period", "Person", "Place", "Record", "Source", "TradeFact"]


@dataclass(frozen=True)
class Person:
    name: str
    role: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class Period:
    start: str
    end: str


@dataclass(frozen=True)
class Change:
    kind: str  # "percent" | "times"
    value: float


@dataclass(frozen=True)
class TradeFact:
    partner: str | None
    metric: str  # turnover | exports | imports
    value: float | None
    currency: str | None
    approx: str | None
    period: Period | None
    change: Change | None
    status: str  # actual | target
    evidence: str
    product: str | None = None


@dataclass(frozen=True)
class Agreement:
    kind: str
    count: int | None
    evidence: str


@dataclass(frozen=True)
class Event:
    type: str
    label: str | None = None


@dataclass(frozen=True)
class Source:
    path: str
    title: str | None
    outlet: str | None
    dateline: str | None
    sha256: str
    parser_version: str


@dataclass(frozen=True)
class Record:
    id: str
    source: Source
    date: str | None
    date_basis: str | None
    date_text: str | None
    partner: Place | None
    partners: list[Place]
    belarus_side: Place
    venue: str | None
    event: Event
    people: list[Person] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    trade: list[TradeFact] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    schema_version: int = SCHEMA_VERSION
    # What the parser had to leave out of this file, for the warnings a run prints; not part of the record.
    notes: tuple[str, ...] = field(default=(), compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON object (written out by hand: dataclasses.asdict is slow on large corpora)."""

        def place(p: Place | None) -> dict[str, Any] | None:
            return {"name": p.name, "code": p.code, "kind": p.kind, "country": p.country} if p else None

        def number(v: float | None) -> float | int | None:
            return int(v) if isinstance(v, float) and v.is_integer() else v

        return {
            "schema_version": self.schema_version,
            "id": self.id,
            "source": {
                "path": self.source.path, "title": self.source.title, "outlet": self.source.outlet,
                "dateline": self.source.dateline, "sha256": self.source.sha256, "parser_version": self.source.parser_version,
            },
            "date": self.date,
            "date_basis": self.date_basis,
            "date_text": self.date_text,
            "partner": place(self.partner),
            "partners": [place(p) for p in self.partners],
            "belarus_side": place(self.belarus_side),
            "venue": self.venue,
            "event": {"type": self.event.type, "label": self.event.label},
            "people": [{"name": p.name, "role": p.role, "country": p.country} for p in self.people],
            "organizations": list(self.organizations),
            "sectors": list(self.sectors),
            "trade": [
                {
                    "partner": f.partner, "metric": f.metric, "value": number(f.value), "currency": f.currency,
                    "approx": f.approx, "period": {"start": f.period.start, "end": f.period.end} if f.period else None,
                    "change": {"kind": f.change.kind, "value": f.change.value} if f.change else None,
                    "status": f.status, "evidence": f.evidence, "product": f.product,
                }
                for f in self.trade
            ],
            "agreements": [{"kind": a.kind, "count": a.count, "evidence": a.evidence} for a in self.agreements],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        def place(p: dict[str, Any] | None) -> Place | None:
            return Place(**p) if p else None

        def fact(f: dict[str, Any]) -> TradeFact:
            return TradeFact(
                partner=f["partner"],
                metric=f["metric"],
                value=f["value"],
                currency=f["currency"],
                approx=f["approx"],
                period=Period(**f["period"]) if f["period"] else None,
                change=Change(**f["change"]) if f["change"] else None,
                status=f["status"],
                evidence=f["evidence"],
                product=f.get("product"),
            )

        side = place(data["belarus_side"])
        assert side is not None
        return cls(
            id=data["id"],
            source=Source(**data["source"]),
            date=data["date"],
            date_basis=data["date_basis"],
            date_text=data["date_text"],
            partner=place(data["partner"]),
            partners=[Place(**p) for p in data["partners"]],
            belarus_side=side,
            venue=data["venue"],
            event=Event(**data["event"]),
            people=[Person(**p) for p in data["people"]],
            organizations=list(data["organizations"]),
            sectors=list(data["sectors"]),
            trade=[fact(f) for f in data["trade"]],
            agreements=[Agreement(**a) for a in data["agreements"]],
            schema_version=data.get("schema_version", SCHEMA_VERSION),
        )

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else None
