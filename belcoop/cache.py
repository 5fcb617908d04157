"""A SQLite cache of parsed records, keyed by absolute path, size, mtime_ns and parser version.

Queries filter on indexed columns (partner codes, sectors, people, years) so a warm query reads
only the records it shows. Any fault of the cache (corrupt, locked, read-only) is reported once
and belcoop carries on without it: the cache can make belcoop faster, never wrong.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import sys
import time
from array import array
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

from belcoop import parser_version
from belcoop.corpus import Scan, SourceFile

DB_NAME = "records.sqlite3"
SCHEMA_VERSION = 3

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    parser_version TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    text_key TEXT NOT NULL,
    date TEXT,
    record_id TEXT NOT NULL,
    found_path TEXT NOT NULL,
    partner_name TEXT
);
CREATE TABLE IF NOT EXISTS texts (
    file_id INTEGER PRIMARY KEY,
    record TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS scans (
    key BLOB PRIMARY KEY,
    generation INTEGER NOT NULL,
    paths BLOB NOT NULL,  -- a fingerprint of them
    sizes BLOB NOT NULL,
    mtimes BLOB NOT NULL,
    file_ids BLOB NOT NULL,
    record_ids BLOB NOT NULL,
    shown BLOB NOT NULL,
    notes BLOB NOT NULL,
    index_by_id BLOB
);
CREATE TABLE IF NOT EXISTS partners (file_id INTEGER NOT NULL, code TEXT NOT NULL, country TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sectors (file_id INTEGER NOT NULL, sector TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS people (file_id INTEGER NOT NULL, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS fact_years (file_id INTEGER NOT NULL, year INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS partners_code ON partners (code, file_id);
CREATE INDEX IF NOT EXISTS partners_country ON partners (country, file_id);
CREATE INDEX IF NOT EXISTS partners_file ON partners (file_id);
CREATE INDEX IF NOT EXISTS sectors_sector ON sectors (sector, file_id);
CREATE INDEX IF NOT EXISTS sectors_file ON sectors (file_id);
CREATE INDEX IF NOT EXISTS people_name ON people (name, file_id);
CREATE INDEX IF NOT EXISTS people_file ON people (file_id);
CREATE INDEX IF NOT EXISTS fact_years_year ON fact_years (year, file_id);
CREATE INDEX IF NOT EXISTS fact_years_file ON fact_years (file_id);
CREATE INDEX IF NOT EXISTS files_date ON files (date);
CREATE INDEX IF NOT EXISTS files_text_key ON files (text_key);
"""


_TABLES = ("files", "texts", "scans", "partners", "sectors", "people", "fact_years")


class CacheUnavailable(Exception):
    """The cache cannot be used; the caller warns once and works without it."""


def default_cache_dir() -> Path:
    override = os.environ.get("BELCOOP_CACHE")
    if override:
        return Path(override).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg) / "belcoop"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "belcoop"
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / "belcoop" / "Cache"
    return Path.home() / ".cache" / "belcoop"


def fact_years(record: dict[str, Any]) -> set[int]:
    """Years a record's trade facts speak of: their periods, or the article's year when they have none."""
    years: set[int] = set()
    for fact in record["trade"]:
        period = fact.get("period")
        if period:
            years.update(range(int(period["start"][:4]), int(period["end"][:4]) + 1))
        elif record.get("date"):
            years.add(int(record["date"][:4]))
    return years


def _fold(text: str) -> str:
    from belcoop.query import fold

    return fold(text)


def _joined(texts: list[str]) -> bytes:
    # Texts made from file names, which need not be valid UTF-8: surrogateescape keeps every byte.
    return "\0".join(texts).encode("utf-8", "surrogateescape")


def _fingerprint(paths: list[str]) -> bytes:
    """64 bits standing for the list of paths (a scan reads this, not megabytes of paths, on every query)."""
    import zlib

    joined = _joined(paths)
    return b"%08x%08x%d" % (zlib.crc32(joined), zlib.adler32(joined), len(paths))


def _scan_row_key(key: bytes) -> bytes:
    """Saved scans are filed under the corpus key and the parser version."""
    return key + b" " + parser_version().encode()


def _array(code: str, blob: bytes) -> array[int]:
    values = array(code)
    values.frombytes(blob)
    return values


def _split(blob: bytes) -> list[str]:
    return blob.decode("utf-8", "surrogateescape").split("\0")


class SavedScan(NamedTuple):
    file_ids: array[int]  # per file of the scan: its cache id, or 0 when it is not cached (it was skipped)
    record_ids: list[str]
    shown: array[int]  # indexes of the files shown, duplicates dropped
    notes: list[str]  # the warnings about the duplicates
    index_by_id: array[int] | None  # cache id -> index + 1 (0: none), when the ids are dense enough


class RecordCache:
    def __init__(self, directory: Path | None = None) -> None:
        self.generation: int | None = None  # the records' generation this process has seen (None: lost track)
        self.directory = directory or default_cache_dir()
        self.path = self.directory / DB_NAME
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.db.execute("PRAGMA busy_timeout = 30000")
            # Switching a new database to WAL can report "locked" at once while another process creates
            # it too (the busy handler is not consulted for it): retry briefly before giving up.
            for attempt in range(20):
                try:
                    self.db.execute("PRAGMA journal_mode = WAL").fetchone()
                    break
                except sqlite3.OperationalError:
                    if attempt == 19:
                        raise
                    time.sleep(0.1)
            self.db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except (sqlite3.Error, OSError) as err:
            raise CacheUnavailable(f"{self.path}: {err}") from err

    @contextlib.contextmanager
    def _transaction(self, begin: str = "BEGIN") -> Iterator[None]:
        """One transaction: a consistent read snapshot ("BEGIN") or a write ("BEGIN IMMEDIATE").

        Committed when the block ends, rolled back if it raises.
        """
        self.db.execute(begin)
        try:
            yield
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def _migrate(self) -> None:
        try:
            current = self.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            if current is not None and current[0] == str(SCHEMA_VERSION):
                return  # the usual case: no write transaction needed just to open the cache
        except sqlite3.OperationalError:
            pass  # no meta table yet
        with self._transaction("BEGIN IMMEDIATE"):
            self.db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            row = self.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            if row is None or row[0] != str(SCHEMA_VERSION):
                # A cache written by another version of belcoop: start afresh (it is only a cache).
                for table in _TABLES:
                    self.db.execute(f"DROP TABLE IF EXISTS {table}")
                self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            for statement in _SCHEMA.strip().split(";"):
                if statement.strip():
                    self.db.execute(statement)

    # ------------------------------------------------------------------ reading

    def _generation(self) -> int:
        """A counter bumped by every write to the records, so a saved scan knows whether it still holds."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        return int(row[0]) if row else 0

    def validate(self, sources: Scan) -> dict[str, int]:
        """Cache ids of the files whose entry is still valid (same absolute path, size, mtime, parser version)."""
        try:
            with self._transaction():  # one read snapshot for the rows and the generation they belong to
                self.generation = self._generation()
                rows = self.db.execute(
                    "SELECT path, id, size, mtime_ns FROM files WHERE parser_version = ?", (parser_version(),)
                ).fetchall()
        except sqlite3.Error as err:
            raise CacheUnavailable(str(err)) from err
        known = {row[0]: row for row in rows}
        valid: dict[str, int] = {}
        for path, absolute, size, mtime in zip(sources.paths, sources.absolutes(), sources.sizes, sources.mtimes, strict=True):
            row = known.get(absolute)
            if row and row[2] == size and row[3] == mtime:
                valid[path] = row[1]
        return valid

    # A saved scan: what one corpus looked like (paths, sizes, mtimes) and what was made of it (cache ids,
    # record ids, the files shown once duplicates are dropped, the warnings about those). While the corpus
    # and the records are unchanged, a query reuses it instead of checking every file against the cache.

    def load_scan(self, key: bytes, scan: Scan) -> SavedScan | None:
        """The saved scan for `key`, if the corpus and the cache are both as they were when it was saved."""
        try:
            with self._transaction():
                generation = self._generation()
                row = self.db.execute(
                    "SELECT generation, sizes, mtimes, paths, file_ids, record_ids, shown, notes, index_by_id FROM scans"
                    " WHERE key = ?",
                    (_scan_row_key(key),),
                ).fetchone()
        except sqlite3.Error as err:
            raise CacheUnavailable(str(err)) from err
        if row is None or row[0] != generation:
            return None
        if row[1] != scan.sizes.tobytes() or row[2] != scan.mtimes.tobytes() or row[3] != _fingerprint(scan.paths):
            return None
        file_ids = _array("q", row[4])
        if len(file_ids) != len(scan):
            return None
        self.generation = generation
        index_by_id = _array("l", row[8]) if row[8] is not None else None
        return SavedScan(file_ids, _split(row[5]) if scan.paths else [], _array("q", row[6]), _split(row[7]) if row[7] else [],
                         index_by_id)

    def save_scan(self, key: bytes, scan: Scan, saved: SavedScan) -> None:
        """Save what this run made of the corpus, unless another process changed the records meanwhile."""
        if self.generation is None:
            return
        try:
            with self._transaction("BEGIN IMMEDIATE"):
                if self._generation() != self.generation:
                    return
                self.db.execute("DELETE FROM scans WHERE generation != ?", (self.generation,))
                self.db.execute(
                    "INSERT OR REPLACE INTO scans VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (_scan_row_key(key), self.generation, _fingerprint(scan.paths), scan.sizes.tobytes(), scan.mtimes.tobytes(),
                     saved.file_ids.tobytes(), _joined(saved.record_ids), saved.shown.tobytes(), _joined(saved.notes),
                     saved.index_by_id.tobytes() if saved.index_by_id is not None else None),
                )
        except sqlite3.Error as err:
            raise CacheUnavailable(str(err)) from err

    def duplicate_keys(self, ids: Iterable[int]) -> dict[int, str]:
        """Text keys of the given entries that more than one cached file shares (candidates for duplicates)."""
        wanted = set(ids)
        try:
            rows = self.db.execute(
                "SELECT id, text_key FROM files WHERE text_key IN "
                "(SELECT text_key FROM files GROUP BY text_key HAVING COUNT(*) > 1)"
            ).fetchall()
        except sqlite3.Error as err:
            raise CacheUnavailable(str(err)) from err
        return {file_id: key for file_id, key in rows if file_id in wanted}

    def candidate_ids(
        self,
        *,
        region_codes: Iterable[str] = (),
        region_countries: Iterable[str] = (),
        country: str | None = None,
        sectors: Iterable[str] = (),
        fact_year: int | None = None,
        year: int | None = None,
    ) -> dict[int, str | None] | None:
        """File ids passing the indexed filters, with their dates; None when no indexed filter applies."""
        clauses: list[str] = []
        params: list[Any] = []
        codes, countries = list(region_codes), list(region_countries)
        if codes or countries:
            parts = []
            if codes:
                parts.append(f"code IN ({','.join('?' * len(codes))})")
                params.extend(codes)
            if countries:
                parts.append(f"country IN ({','.join('?' * len(countries))})")
                params.extend(countries)
            clauses.append(f"id IN (SELECT file_id FROM partners WHERE {' OR '.join(parts)})")
        if country:
            clauses.append("id IN (SELECT file_id FROM partners WHERE country = ?)")
            params.append(country)
        sector_list = list(sectors)
        if sector_list:
            clauses.append(f"id IN (SELECT file_id FROM sectors WHERE sector IN ({','.join('?' * len(sector_list))}))")
            params.extend(sector_list)
        if fact_year is not None:
            clauses.append("id IN (SELECT file_id FROM fact_years WHERE year = ?)")
            params.append(fact_year)
        if year is not None:
            clauses.append("date >= ? AND date < ?")
            params.extend([f"{year}-01-01", f"{year + 1}-01-01"])
        if not clauses:
            return None
        try:
            rows = self.db.execute(f"SELECT id, date FROM files WHERE {' AND '.join(clauses)}", params).fetchall()
        except sqlite3.Error as err:
            raise CacheUnavailable(str(err)) from err
        return dict(rows)

    def fetch(self, ids: Iterable[int], with_body: bool = False) -> dict[int, tuple[dict[str, Any], str | None]]:
        out: dict[int, tuple[dict[str, Any], str | None]] = {}
        id_list = list(ids)
        column = "body" if with_body else "NULL"
        try:
            for start in range(0, len(id_list), 900):
                chunk = id_list[start:start + 900]
                query = f"SELECT file_id, record, {column} FROM texts WHERE file_id IN ({','.join('?' * len(chunk))})"
                for file_id, record, body in self.db.execute(query, chunk):
                    out[file_id] = (json.loads(record), body)
        except (sqlite3.Error, ValueError) as err:
            raise CacheUnavailable(str(err)) from err
        return out

    def fetch_dates(self, ids: Iterable[int]) -> list[tuple[int, str | None]]:
        """(id, date) of the given entries, for sorting before the records themselves are read."""
        id_list = list(ids)
        out: list[tuple[int, str | None]] = []
        try:
            for start in range(0, len(id_list), 900):
                chunk = id_list[start:start + 900]
                out.extend(self.db.execute(f"SELECT id, date FROM files WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        except sqlite3.Error as err:
            raise CacheUnavailable(str(err)) from err
        return out

    def fetch_raw(self, ids: Iterable[int]) -> list[tuple[int, str | None, str, str, str | None, str]]:
        """(id, date, record id, path as found, partner name, record JSON text) without decoding the JSON."""
        id_list = list(ids)
        out: list[tuple[int, str | None, str, str, str | None, str]] = []
        try:
            for start in range(0, len(id_list), 900):
                chunk = id_list[start:start + 900]
                out.extend(self.db.execute(
                    "SELECT id, date, record_id, found_path, partner_name, record FROM files JOIN texts ON file_id = id"
                    f" WHERE id IN ({','.join('?' * len(chunk))})",
                    chunk,
                ))
        except sqlite3.Error as err:
            raise CacheUnavailable(str(err)) from err
        return out

    # ------------------------------------------------------------------ writing

    def store(self, items: list[tuple[SourceFile, dict[str, Any], str, str]]) -> dict[str, int]:
        """Save freshly parsed records (source, record, text key, body) in one transaction; returns their ids."""
        try:
            with self._transaction("BEGIN IMMEDIATE"):
                self._bump_generation()
                return {source.path: self._store_one(source, record, text_key, body) for source, record, text_key, body in items}
        except sqlite3.Error as err:
            raise CacheUnavailable(str(err)) from err

    def _store_one(self, source: SourceFile, record: dict[str, Any], text_key: str, body: str) -> int:
        path = source.absolute
        old = self.db.execute("SELECT id, size, mtime_ns, parser_version FROM files WHERE path = ?", (path,)).fetchone()
        if old and old[1:] == (source.size, source.mtime_ns, parser_version()):
            # Another belcoop process parsed this very file meanwhile: keep its entry, which that
            # process may be reading right now.
            return int(old[0])
        if old:
            self._delete_ids([old[0]])
        cur = self.db.execute(
            "INSERT INTO files (path, size, mtime_ns, parser_version, sha256, text_key, date, record_id, found_path,"
            " partner_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                path, source.size, source.mtime_ns, parser_version(), record["source"]["sha256"], text_key,
                record.get("date"), record["id"], record["source"]["path"], (record.get("partner") or {}).get("name"),
            ),
        )
        file_id = cur.lastrowid
        assert file_id is not None
        self.db.execute("INSERT INTO texts VALUES (?, ?, ?)", (file_id, json.dumps(record, ensure_ascii=False), body))
        places = record["partners"] or ([record["partner"]] if record["partner"] else [])
        self.db.executemany("INSERT INTO partners VALUES (?, ?, ?)", {(file_id, p["code"], p["country"]) for p in places})
        self.db.executemany("INSERT INTO sectors VALUES (?, ?)", {(file_id, s) for s in record["sectors"]})
        self.db.executemany("INSERT INTO people VALUES (?, ?)", {(file_id, _fold(p["name"])) for p in record["people"]})
        self.db.executemany("INSERT INTO fact_years VALUES (?, ?)", {(file_id, y) for y in fact_years(record)})
        return file_id

    def _bump_generation(self) -> None:
        """Inside a write transaction: the records change, so every saved scan stops holding.

        If another process wrote since this one last looked, this one's own view is no longer
        the whole story and it saves no scan of its own this run.
        """
        current = self._generation()
        self.generation = current + 1 if current == self.generation else None
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)", (str(current + 1),))

    def _delete_ids(self, ids: list[int]) -> None:
        for table in ("texts", "partners", "sectors", "people", "fact_years"):
            self.db.executemany(f"DELETE FROM {table} WHERE file_id = ?", [(i,) for i in ids])
        self.db.executemany("DELETE FROM files WHERE id = ?", [(i,) for i in ids])

    # ------------------------------------------------------------------ housekeeping

    def info(self) -> dict[str, Any]:
        try:
            records = self.db.execute("SELECT COUNT(*) FROM files").fetchone()[0]
            current = self.db.execute("SELECT COUNT(*) FROM files WHERE parser_version = ?", (parser_version(),)).fetchone()[0]
        except sqlite3.Error as err:
            raise CacheUnavailable(str(err)) from err
        size = sum(p.stat().st_size for p in self._files() if p.exists())
        return {"location": str(self.path), "size_bytes": size, "records": records, "current_parser_records": current,
                "parser_version": parser_version()}

    def _files(self) -> Iterator[Path]:
        for suffix in ("", "-wal", "-shm"):
            yield Path(str(self.path) + suffix)

    def clear(self) -> int:
        try:
            count = self.db.execute("SELECT COUNT(*) FROM files").fetchone()[0]
            with self._transaction("BEGIN IMMEDIATE"):
                self._bump_generation()
                for table in _TABLES:
                    self.db.execute(f"DELETE FROM {table}")
            self.db.execute("VACUUM")
        except sqlite3.Error as err:
            raise CacheUnavailable(str(err)) from err
        return int(count)

    def close(self) -> None:
        self.db.close()
