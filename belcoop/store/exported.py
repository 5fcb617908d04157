"""The export's tables (a SQLite database for Datasette, sqlite-utils, DuckDB or pandas) and their rows, read
from a corpus view. `belcoop/export.py` decides where they go (a database or CSV files)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from belcoop.store.filters import Query
from belcoop.store.schema import fts5_available

if TYPE_CHECKING:
    from belcoop.analysis.people import Person
    from belcoop.store.sync import CorpusView


class ExportTable(NamedTuple):
    name: str
    columns: list[str]
    rows: Iterator[tuple[object, ...]]


SCHEMA = """
CREATE TABLE records (
    rowid INTEGER PRIMARY KEY,            -- also the rowid of article_text
    id TEXT NOT NULL UNIQUE, path TEXT NOT NULL, title TEXT, outlet TEXT, dateline TEXT,
    date TEXT, date_basis TEXT, date_text TEXT,
    partner_code TEXT, partner_name TEXT, belarus_side_code TEXT NOT NULL, belarus_side_name TEXT NOT NULL,
    venue TEXT, event_type TEXT NOT NULL, event_label TEXT,
    copies INTEGER NOT NULL,              -- files this story was found in (1: no reprint)
    json TEXT NOT NULL                    -- the record as `belcoop show ID --format json` prints it
);
CREATE INDEX records_date ON records (date);
CREATE INDEX records_partner ON records (partner_code);
CREATE TABLE partners (
    record_id TEXT NOT NULL REFERENCES records (id), position INTEGER NOT NULL,
    code TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT NOT NULL, PRIMARY KEY (record_id, position)
);
CREATE INDEX partners_code ON partners (code);
CREATE TABLE sectors (
    record_id TEXT NOT NULL REFERENCES records (id), position INTEGER NOT NULL, sector TEXT NOT NULL,
    PRIMARY KEY (record_id, position)
);
CREATE INDEX sectors_sector ON sectors (sector);
CREATE TABLE organizations (
    record_id TEXT NOT NULL REFERENCES records (id), position INTEGER NOT NULL, name TEXT NOT NULL,
    PRIMARY KEY (record_id, position)
);
CREATE TABLE agreements (
    record_id TEXT NOT NULL REFERENCES records (id), position INTEGER NOT NULL,
    kind TEXT NOT NULL, count INTEGER, evidence TEXT NOT NULL, PRIMARY KEY (record_id, position)
);
CREATE INDEX agreements_kind ON agreements (kind);
CREATE TABLE trade_facts (
    record_id TEXT NOT NULL REFERENCES records (id), position INTEGER NOT NULL,
    partner_code TEXT, partner_name TEXT, belarus_side_code TEXT NOT NULL, belarus_side_name TEXT NOT NULL,
    metric TEXT NOT NULL, product TEXT, value REAL, currency TEXT, approx TEXT, period_start TEXT, period_end TEXT,
    change_kind TEXT, change_value REAL, status TEXT NOT NULL, evidence TEXT NOT NULL, PRIMARY KEY (record_id, position)
);
CREATE INDEX trade_facts_partner ON trade_facts (partner_code, metric, period_start);
CREATE TABLE people (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT, roles TEXT NOT NULL, spellings TEXT NOT NULL,
    articles INTEGER NOT NULL
);
CREATE TABLE mentions (
    record_id TEXT NOT NULL REFERENCES records (id), position INTEGER NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people (id), name TEXT NOT NULL, role TEXT, country TEXT,
    PRIMARY KEY (record_id, position)
);
CREATE INDEX mentions_person ON mentions (person_id);
CREATE TABLE copies (
    record_id TEXT NOT NULL REFERENCES records (id),  -- the story, as `records` has it
    position INTEGER NOT NULL, copy_id TEXT NOT NULL, path TEXT NOT NULL, outlet TEXT, title TEXT, date TEXT,
    PRIMARY KEY (record_id, position)
);
"""
_FTS = "CREATE VIRTUAL TABLE article_text USING fts5 (title, body, tokenize = 'porter unicode61 remove_diacritics 2')"
_PLAIN_TEXT = "CREATE TABLE article_text (rowid INTEGER PRIMARY KEY REFERENCES records (rowid), title TEXT, body TEXT)"

COLUMNS = {
    "records": ["id", "path", "title", "outlet", "dateline", "date", "date_basis", "date_text", "partner_code", "partner_name",
                "belarus_side_code", "belarus_side_name", "venue", "event_type", "event_label", "copies", "json"],
    "partners": ["record_id", "position", "code", "name", "kind", "country"],
    "sectors": ["record_id", "position", "sector"],
    "organizations": ["record_id", "position", "name"],
    "agreements": ["record_id", "position", "kind", "count", "evidence"],
    "trade_facts": ["record_id", "position", "partner_code", "partner_name", "belarus_side_code", "belarus_side_name", "metric",
                    "product", "value", "currency", "approx", "period_start", "period_end", "change_kind", "change_value",
                    "status", "evidence"],
    "people": ["id", "name", "country", "roles", "spellings", "articles"],
    "mentions": ["record_id", "position", "person_id", "name", "role", "country"],
    "copies": ["record_id", "position", "copy_id", "path", "outlet", "title", "date"],
}
_CHUNK = 500


def tables(view: CorpusView, query: Query, persons: list[Person]) -> Iterator[ExportTable]:
    """Every table of the export, its rows read as they are written (memory stays flat)."""
    from belcoop.store import stories
    from belcoop.store.select import _NAMING, _where

    where, params = _where(view, query, "article")
    db = view.db
    db.execute("CREATE TEMP TABLE IF NOT EXISTS exported (article_id INTEGER PRIMARY KEY, record_id TEXT NOT NULL, path TEXT NOT NULL)")
    db.execute("DELETE FROM temp.exported")
    chosen = db.execute(f"SELECT {_NAMING} FROM articles a WHERE {where} ORDER BY a.date IS NULL, a.date, a.stem, a.path", params)
    while chunk := chosen.fetchmany(_CHUNK):
        names = view.names([row[1:6] for row in chunk])
        db.executemany("INSERT INTO temp.exported VALUES (?, ?, ?)", [(row[0], *n) for row, n in zip(chunk, names, strict=True)])

    def records() -> Iterator[tuple[object, ...]]:
        from belcoop.store.schema import json_head

        rows = db.execute(
            "SELECT e.article_id, e.record_id, e.path, a.title, a.outlet, a.dateline, a.date, a.date_basis, a.date_text,"
            " a.partner_code, a.partner_name, a.belarus_side_code, a.belarus_side_name, a.venue, a.event_type, a.event_label,"
            " (SELECT count(*) FROM temp.story_copies c WHERE c.story_id = e.article_id), r.json, a.record_id, a.found_path"
            " FROM temp.exported e JOIN articles a ON a.id = e.article_id JOIN records r ON r.article_id = e.article_id"
            " ORDER BY e.rowid")
        while chunk := rows.fetchmany(_CHUNK):
            copies = stories.copies(view, [row[0] for row in chunk])
            for (article_id, *values, count, text, stored_id, stored_path) in chunk:
                named = (values[0], values[1])
                if named != (stored_id, stored_path):
                    text = json_head(*named) + text[len(json_head(stored_id, stored_path)):]
                found = copies.get(article_id)
                if found:
                    text = f'{text[:-1]}, "copies": {stories.copies_json(found)}}}'
                yield (article_id, *values, max(1, count), text)

    def per_article(sql: str) -> Iterator[tuple[object, ...]]:
        yield from db.execute(f"SELECT e.record_id, {sql} e.rowid, t.position")

    yield ExportTable("records", ["rowid", *COLUMNS["records"]], records())
    yield ExportTable("partners", COLUMNS["partners"], per_article(
        "t.position, t.code, t.name, t.kind, t.country FROM temp.exported e JOIN partners t ON t.article_id = e.article_id ORDER BY"))
    yield ExportTable("sectors", COLUMNS["sectors"], per_article(
        "t.position, t.sector FROM temp.exported e JOIN sectors t ON t.article_id = e.article_id ORDER BY"))
    yield ExportTable("organizations", COLUMNS["organizations"], per_article(
        "t.position, t.name FROM temp.exported e JOIN organizations t ON t.article_id = e.article_id ORDER BY"))
    yield ExportTable("agreements", COLUMNS["agreements"], per_article(
        "t.position, t.kind, t.count, t.evidence FROM temp.exported e JOIN agreements t ON t.article_id = e.article_id ORDER BY"))
    yield ExportTable("trade_facts", COLUMNS["trade_facts"], per_article(
        "t.position, t.partner, t.partner_name, t.belarus_side, a.belarus_side_name, t.metric, t.product, t.value, t.currency,"
        " t.approx, t.period_start, t.period_end, t.change_kind, t.change_value, t.status, t.evidence FROM temp.exported e"
        " JOIN trade_facts t ON t.article_id = e.article_id JOIN articles a ON a.id = e.article_id ORDER BY"))
    person_of: dict[tuple[int, str], int] = {}
    for number, person in enumerate(persons, 1):
        for article in person.articles:
            for spelling in person.spellings:
                person_of[article, spelling] = number
    yield ExportTable("people", COLUMNS["people"], iter([
        (n, p.name, p.country, "; ".join(p.roles), "; ".join(p.spellings), len(p.articles)) for n, p in enumerate(persons, 1)]))
    yield ExportTable("mentions", COLUMNS["mentions"], (
        (record_id, position, person_of.get((article_id, name), 0), name, role, country)
        for article_id, record_id, position, name, role, country in db.execute(
            "SELECT e.article_id, e.record_id, t.position, t.name, t.role, t.country FROM temp.exported e"
            " JOIN people t ON t.article_id = e.article_id ORDER BY e.rowid, t.position")))

    def copy_rows() -> Iterator[tuple[object, ...]]:
        exported = db.execute("SELECT e.article_id, e.record_id FROM temp.exported e JOIN temp.story_copies c"
                              " ON c.article_id = e.article_id ORDER BY e.rowid").fetchall()
        found = stories.copies(view, [article for article, _record in exported])
        for article, record_id in exported:
            for position, copy in enumerate(found.get(article, [])):
                yield (record_id, position, copy.id, copy.path, copy.outlet, copy.title, copy.date)

    yield ExportTable("copies", COLUMNS["copies"], copy_rows())
    yield ExportTable("article_text", ["rowid", "title", "body"], (
        row for row in db.execute("SELECT e.article_id, t.title, t.body FROM temp.exported e"
                                  " JOIN article_text t ON t.rowid = e.article_id ORDER BY e.rowid")))


def write_sqlite(path: Path, found: Iterator[ExportTable]) -> dict[str, int]:
    """A new database at `path` (which must not exist) holding these tables; how many rows each got."""
    db = sqlite3.connect(path, isolation_level=None)
    counts: dict[str, int] = {}
    try:
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("BEGIN")
        for statement in [s for s in SCHEMA.split(";\n") if s.strip()]:
            db.execute(statement)
        db.execute(_FTS if fts5_available() else _PLAIN_TEXT)
        for table in found:
            marks = ", ".join("?" * len(table.columns))
            insert = f"INSERT INTO {table.name} ({', '.join(table.columns)}) VALUES ({marks})"
            counts[table.name] = 0
            while True:
                batch = [row for _n, row in zip(range(_CHUNK), table.rows, strict=False)]
                if not batch:
                    break
                db.executemany(insert, batch)
                counts[table.name] += len(batch)
        db.execute("COMMIT")
        db.execute("ANALYZE")
    finally:
        db.close()
    return counts
