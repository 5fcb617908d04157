"""The record store's tables, how one parsed article fills them, and opening a store.

The tables mirror the record contract: `articles` (the file and the record's single fields),
`records` (the JSON as printed), and one table per list of the record (partners, people, sectors,
organizations, agreements, trade facts, with numeric columns). `folders` holds what the sync knows
of each folder, and `article_text` the text for `--text` (FTS5 where SQLite has it).

Article and folder ids come from AUTOINCREMENT: an id is never given twice, even after a
`cache clear`, so an id can never come to mean another article.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import math
import os
import sqlite3
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from belcoop import SCHEMA_VERSION as RECORD_SCHEMA
from belcoop import parser_version
from belcoop.errors import StoreUnavailable

if TYPE_CHECKING:
    from belcoop.model import Record

DB_NAME = "records.sqlite3"
STORE_VERSION = 7  # of these tables; a store of another version is emptied and rebuilt

_TABLES = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE folders (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    path TEXT NOT NULL UNIQUE,            -- absolute
    -- The snapshot: set only while the articles of this folder are exactly the files listed here, each
    -- stored with this size and mtime by this parser version; any other write to the folder clears it.
    parser_version TEXT, names BLOB, sizes BLOB, mtimes BLOB
);
CREATE TABLE articles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    folder_id INTEGER NOT NULL REFERENCES folders (id),
    name TEXT NOT NULL,                   -- the file's name in its folder
    path TEXT NOT NULL UNIQUE,            -- absolute: the folder's path and the name
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    parser_version TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    text_key TEXT NOT NULL,               -- the text regardless of encoding and spacing: finds duplicates
    stem TEXT NOT NULL,                   -- the file name without its suffix: the record id, unless shared
    record_id TEXT NOT NULL,              -- id and path as named by the run that parsed it (in `records`)
    found_path TEXT NOT NULL,
    title TEXT, outlet TEXT, dateline TEXT,
    date TEXT, date_basis TEXT, date_text TEXT,
    partner_code TEXT, partner_name TEXT, partner_country TEXT,
    belarus_side_code TEXT NOT NULL, belarus_side_name TEXT NOT NULL,
    venue TEXT, event_type TEXT NOT NULL, event_label TEXT
);
CREATE INDEX articles_folder ON articles (folder_id, name);
CREATE INDEX articles_date ON articles (date);
CREATE INDEX articles_text_key ON articles (text_key);
CREATE INDEX articles_stem ON articles (stem);
CREATE TABLE records (article_id INTEGER PRIMARY KEY REFERENCES articles (id), json TEXT NOT NULL);
-- The places an article is about: its partners, or its partner alone when it lists none.
CREATE TABLE partners (
    article_id INTEGER NOT NULL REFERENCES articles (id), position INTEGER NOT NULL,
    code TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
CREATE INDEX partners_code ON partners (code);
CREATE INDEX partners_country ON partners (country);
CREATE TABLE persons (id INTEGER PRIMARY KEY, folded TEXT NOT NULL UNIQUE);  -- one row per name, folded
CREATE TABLE people (
    article_id INTEGER NOT NULL REFERENCES articles (id), position INTEGER NOT NULL,
    person_id INTEGER NOT NULL REFERENCES persons (id), name TEXT NOT NULL, role TEXT, country TEXT,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
CREATE INDEX people_person ON people (person_id);
CREATE TABLE organizations (
    article_id INTEGER NOT NULL REFERENCES articles (id), position INTEGER NOT NULL, name TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
CREATE TABLE sectors (
    article_id INTEGER NOT NULL REFERENCES articles (id), position INTEGER NOT NULL, sector TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
CREATE INDEX sectors_sector ON sectors (sector);
CREATE TABLE agreements (
    article_id INTEGER NOT NULL REFERENCES articles (id), position INTEGER NOT NULL,
    kind TEXT NOT NULL, count INTEGER, evidence TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
CREATE TABLE trade_facts (
    article_id INTEGER NOT NULL REFERENCES articles (id), position INTEGER NOT NULL,
    partner TEXT, partner_name TEXT, belarus_side TEXT NOT NULL,
    metric TEXT NOT NULL, product TEXT,
    value REAL, currency TEXT, approx TEXT,
    period_start TEXT, period_end TEXT,
    year_start INTEGER, year_end INTEGER,  -- the years the fact speaks of: its period's, else the article's
    change_kind TEXT, change_value REAL,
    status TEXT NOT NULL, evidence TEXT NOT NULL,
    point_id INTEGER REFERENCES points (id),  -- the series point the fact reports (null: no period)
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
CREATE INDEX trade_facts_years ON trade_facts (year_start, year_end);
-- The points of the trade series (`belcoop series`): what a figure measures, one row each, so that a series
-- groups its facts by one integer. `key` joins the columns (a NULL as a NUL character), since UNIQUE lets NULLs repeat.
CREATE TABLE points (
    id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE,
    partner TEXT, belarus_side TEXT NOT NULL, metric TEXT NOT NULL, product TEXT, status TEXT NOT NULL, currency TEXT,
    period_start TEXT NOT NULL, period_end TEXT NOT NULL
);
CREATE TABLE shared_texts (text_key TEXT PRIMARY KEY) WITHOUT ROWID;  -- stored more than once: maybe duplicates
-- What reading and parsing the file had to say (an encoding guessed, a figure left out): every query
-- of the article says it again, so a warm run warns as the cold one did.
CREATE TABLE notes (
    article_id INTEGER NOT NULL REFERENCES articles (id), position INTEGER NOT NULL, message TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
-- Reprints (belcoop/analysis/reprints.py): each article's fingerprint keys and sketch, and the pairs of
-- articles found to tell one story, linked when the second of them is stored.
CREATE TABLE story_keys (
    key INTEGER NOT NULL, article_id INTEGER NOT NULL REFERENCES articles (id), PRIMARY KEY (key, article_id)
) WITHOUT ROWID;
CREATE INDEX story_keys_article ON story_keys (article_id);
CREATE TABLE sketches (article_id INTEGER PRIMARY KEY REFERENCES articles (id), sketch BLOB NOT NULL);
CREATE TABLE similar (
    a INTEGER NOT NULL REFERENCES articles (id), b INTEGER NOT NULL REFERENCES articles (id), kind TEXT NOT NULL,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX similar_b ON similar (b);
"""

# The article's text for --text, its rowid the article's id. Without FTS5, a plain table whose
# generated column of the same name is matched by a function of ours (see Store._functions).
_TEXT_FTS = "CREATE VIRTUAL TABLE article_text USING fts5 (title, body, tokenize = 'porter unicode61 remove_diacritics 2')"
_TEXT_PLAIN = (
    "CREATE TABLE article_text (rowid INTEGER PRIMARY KEY, title TEXT, body TEXT,"
    " article_text TEXT GENERATED ALWAYS AS (coalesce(title, '') || char(10) || body) VIRTUAL)"
)

# What one run takes from the store, per connection: the folders it found whole and as stored, the
# articles it checked one by one, and the duplicates it hides. MEMBER is the test of an article `a`
# (IN_CORPUS the same, duplicates included).
_MEMBERSHIP = (
    "CREATE TEMP TABLE IF NOT EXISTS member_folder (folder_id INTEGER PRIMARY KEY)",
    "CREATE TEMP TABLE IF NOT EXISTS member_article (article_id INTEGER PRIMARY KEY)",
    "CREATE TEMP TABLE IF NOT EXISTS hidden (article_id INTEGER PRIMARY KEY)",
    # Every article of a story told by several copies in this corpus (store/stories.py): the copy standing for
    # the story, and this one's place among the copies.
    "CREATE TEMP TABLE IF NOT EXISTS story_copies (article_id INTEGER PRIMARY KEY, story_id INTEGER NOT NULL,"
    " position INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS temp.story_copies_story ON story_copies (story_id, position)",
)
# (The unary + keeps SQLite from reaching the articles through their folders: a query's own filters
# find far fewer rows, and membership is then a look-up.)
def in_corpus(alias: str) -> str:
    return (f"(+{alias}.folder_id IN (SELECT folder_id FROM temp.member_folder)"
            f" OR {alias}.id IN (SELECT article_id FROM temp.member_article))")


def member(alias: str) -> str:
    """The test that the article `alias` is of this corpus and not set aside (a duplicate, or a reprint's other copy)."""
    return f"{in_corpus(alias)} AND {alias}.id NOT IN (SELECT article_id FROM temp.hidden)"


IN_CORPUS = in_corpus("a")
MEMBER = member("a")

# Everything that holds one article, in the order a deletion clears it.
ARTICLE_TABLES = ("records", "partners", "people", "organizations", "sectors", "agreements", "trade_facts", "notes",
                  "story_keys", "sketches")


# `json.dumps(..., ensure_ascii=False)`, without making an encoder for each call
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def json_head(record_id: str, path: str) -> str:
    """The start of a record's JSON up to its source path: the part that names the file as the corpus found it."""
    return f'{{"schema_version": {RECORD_SCHEMA}, "id": {_ENCODE(record_id)}, "source": {{"path": {_ENCODE(path)}, '


def record_json(record: dict[str, Any]) -> str:
    """A record as JSON text: stored once, printed as it is."""
    return _ENCODE(record)


class Parsed(NamedTuple):
    """One article as the store's rows (made in the parsing process, so the main process only writes)."""

    size: int  # of the file as it was read
    mtime_ns: int
    article: tuple[Any, ...]  # the columns of `articles` from sha256 on
    json: str
    partners: list[tuple[Any, ...]]
    people: list[tuple[int, str, str, str | None, str | None]]  # position, name, folded name, role, country
    organizations: list[tuple[int, str]]
    sectors: list[tuple[int, str]]
    agreements: list[tuple[Any, ...]]
    trade_facts: list[tuple[Any, ...]]  # the columns of `trade_facts` from position on, and the key of its point (or None)
    title: str | None
    text: str
    warnings: list[str]  # about the file, without its name (a query names the file as its corpus does)
    story_keys: list[int]  # the reprint fingerprint (belcoop/analysis/reprints.py)
    sketch: bytes


# No trade figure is larger (the parser's bound too): a value beyond it, or not finite, is garbled or hostile.
MAX_VALUE = 1e15


def _sane(value: float | None, bound: float = MAX_VALUE) -> bool:
    return value is None or (math.isfinite(value) and abs(value) <= bound)


def parsed_rows(record: Record, text: str, text_key: str, size: int, mtime_ns: int, warnings: list[str] | None = None,
                ) -> Parsed:
    """The rows of one parsed article, with what reading it had to say (`warnings`) and the parser's notes."""
    from belcoop.analysis.reprints import body_of, fingerprint
    from belcoop.parse.article import readable
    from belcoop.parse.places import gazetteer
    from belcoop.store.filters import fold

    notes = [*(warnings or ()), *record.notes]
    # The parser drops absurd figures itself; this keeps any that slipped through out of the store and of
    # every output (JSON has no Infinity, and a chart no infinite bar).
    kept = []
    for fact in record.trade:
        if not _sane(fact.value):
            notes.append(f"a figure beyond belief was left out: {fact.evidence[:40]}")
            continue
        if fact.change and not _sane(fact.change.value):
            notes.append(f"a change beyond belief was left out: {fact.evidence[:40]}")
            fact = dataclasses.replace(fact, change=None)
        kept.append(fact)
    if len(notes) > len(warnings or ()) + len(record.notes):
        record = dataclasses.replace(record, trade=kept)
    data = record.to_dict()
    text_json = record_json(data)
    if not text_json.startswith(json_head(record.id, record.source.path)):  # the contract's field order changed
        raise AssertionError("record JSON does not start with its id and source path")
    places = gazetteer().places  # the parser's own, already built
    partner, side = record.partner, record.belarus_side
    about = record.partners or ([partner] if partner else [])
    year = int(record.date[:4]) if record.date else None
    facts = []
    for position, fact in enumerate(record.trade):
        period = fact.period
        named = places.get(fact.partner) if fact.partner else None
        facts.append((
            position, fact.partner, named.name if named else fact.partner, side.code, fact.metric, fact.product,
            fact.value, fact.currency, fact.approx, period.start if period else None, period.end if period else None,
            int(period.start[:4]) if period else year, int(period.end[:4]) if period else year,
            fact.change.kind if fact.change else None, fact.change.value if fact.change else None,
            fact.status, fact.evidence,
            point_key(fact.partner, side.code, fact.metric, fact.product, fact.status, fact.currency, period.start, period.end)
            if period else None,
        ))
    source = record.source
    story = fingerprint(body_of(readable(text)), partner.code if partner else None)  # the text the parser read
    return Parsed(
        size, mtime_ns,
        (source.sha256, text_key, os.path.splitext(os.path.basename(source.path))[0], record.id, source.path,
         source.title, source.outlet, source.dateline, record.date, record.date_basis, record.date_text,
         partner.code if partner else None, partner.name if partner else None, partner.country if partner else None,
         side.code, side.name, record.venue, record.event.type, record.event.label),
        text_json,
        [(i, p.code, p.name, p.kind, p.country) for i, p in enumerate(about)],
        [(i, p.name, fold(p.name), p.role, p.country) for i, p in enumerate(record.people)],
        list(enumerate(record.organizations)),
        list(enumerate(record.sectors)),
        [(i, a.kind, a.count, a.evidence) for i, a in enumerate(record.agreements)],
        facts,
        source.title,
        text,
        notes,
        story.keys,
        story.sketch,
    )


def point_key(*columns: str | None) -> str:
    """The key of a series point in `points`: its columns joined, a null as \\0."""
    return "\x1f".join("\x00" if c is None else c for c in columns)


def default_directory(variables: Mapping[str, str]) -> Path | None:
    """Where the store lives: $BELCOOP_CACHE, else $XDG_CACHE_HOME/belcoop, else the platform's cache
    folder in the home directory; None when there is no home directory to put it in."""
    import sys

    override = variables.get("BELCOOP_CACHE")
    if override:
        return Path(override).expanduser()
    xdg = variables.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):  # the XDG rule: a relative value is ignored
        return Path(xdg) / "belcoop"
    if sys.platform == "win32":
        local = variables.get("LOCALAPPDATA")
        if local:
            return Path(local) / "belcoop" / "Cache"
    home = home_directory(variables)
    if home is None:
        return None
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "belcoop"
    if sys.platform == "win32":
        return home / "AppData" / "Local" / "belcoop" / "Cache"
    return home / ".cache" / "belcoop"


def home_directory(variables: Mapping[str, str]) -> Path | None:
    """$HOME, else the user's entry in the password database; None if neither names a real home.

    Unlike Path.home(), this never raises (a uid without a passwd entry, in a container) and never
    takes "" or "/" for a home: HOME='' must not put the cache under /.cache or the working folder.
    """
    home = variables.get("HOME") or variables.get("USERPROFILE") or ""
    if not home:
        try:
            import pwd

            home = pwd.getpwuid(os.getuid()).pw_dir
        except (ImportError, KeyError, OSError):
            return None
    if not os.path.isabs(home) or os.path.dirname(home) == home:  # relative, or a root such as / or C:\\
        return None
    return Path(home)


def fts5_available() -> bool:
    """Whether this Python's SQLite has FTS5 (CPython's usually does)."""
    try:
        sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE temp.probe USING fts5 (x)")
    except sqlite3.Error:
        return False
    return True


def check_fts_query(query: str) -> str | None:
    """What is wrong with an FTS5 query (None: nothing), tried on an empty table; without FTS5, nothing can be said."""
    db = sqlite3.connect(":memory:")
    try:
        db.execute(_TEXT_FTS.replace("article_text", "probe"))
    except sqlite3.Error:
        return None
    try:
        db.execute("SELECT rowid FROM probe WHERE probe MATCH ?", (query,)).fetchall()
    except sqlite3.Error as err:
        return str(err)
    finally:
        db.close()
    return None


def _statements(script: str) -> Iterator[str]:
    """The statements of a script (a semicolon in a comment ends none)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            yield statement
            statement = ""


class Store:
    """One SQLite database of records: a file shared by every belcoop run, or one in memory for this run."""

    def __init__(self, db: sqlite3.Connection, path: Path | None) -> None:
        self.db = db
        self.path = path  # None: in memory
        self.source: Path | None = None  # in memory, copied from this read-only cache
        self.fts = True
        self._functions()
        for statement in _MEMBERSHIP:
            db.execute(statement)

    @classmethod
    def open(cls, directory: Path) -> Store:
        path = directory / DB_NAME
        try:
            directory.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, timeout=30, isolation_level=None)
            db.execute("PRAGMA busy_timeout = 30000")
            # Switching a new database to WAL can report "locked" at once while another process creates
            # it too (the busy handler is not consulted for it): retry briefly before giving up.
            for attempt in range(20):
                try:
                    db.execute("PRAGMA journal_mode = WAL").fetchone()
                    break
                except sqlite3.OperationalError:
                    if attempt == 19:
                        raise
                    time.sleep(0.1)
            db.execute("PRAGMA synchronous = NORMAL")
            store = cls(db, path)
            store._migrate()
        except (sqlite3.Error, OSError) as err:
            raise StoreUnavailable(f"{path}: {err}") from err
        return store

    @classmethod
    def memory(cls) -> Store:
        store = cls(sqlite3.connect(":memory:", isolation_level=None), None)
        store._migrate()
        return store

    def _functions(self) -> None:
        from belcoop.store.filters import person_matches, plain_text_matches

        self.db.create_function("person_matches", 2, person_matches, deterministic=True)
        # Without FTS5, `article_text MATCH ?` calls match(?, article_text) on the plain table.
        self.db.create_function("match", 2, plain_text_matches, deterministic=True)

    def _migrate(self) -> None:
        with contextlib.suppress(sqlite3.OperationalError):  # no meta table yet
            row = self.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            if row is not None and row[0] == str(STORE_VERSION):
                self.fts = self._meta("fts") == "1"
                return  # the usual case: no write transaction needed just to open the store
        with self.write():
            self.db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            if self._meta("schema") == str(STORE_VERSION):  # another process built it meanwhile
                self.fts = self._meta("fts") == "1"
                return
            # A store written by another version of belcoop: start afresh (it is only a cache).
            for (kind, name) in self.db.execute(
                "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE 'article_text_%'"
            ).fetchall():
                self.db.execute(f"DROP {kind} IF EXISTS {name}")
            for statement in _statements(_TABLES):
                self.db.execute(statement)
            self.fts = fts5_available()
            self.db.execute(_TEXT_FTS if self.fts else _TEXT_PLAIN)
            self.db.executemany("INSERT INTO meta VALUES (?, ?)", [("schema", str(STORE_VERSION)), ("fts", str(int(self.fts)))])

    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    # ------------------------------------------------------------------ transactions

    @contextlib.contextmanager
    def read(self) -> Iterator[None]:
        """One consistent snapshot of the store for everything inside the block."""
        with self._transaction("BEGIN"):
            yield

    @contextlib.contextmanager
    def write(self) -> Iterator[None]:
        """One write transaction: committed when the block ends, rolled back if it raises."""
        with self._transaction("BEGIN IMMEDIATE"):
            yield

    @contextlib.contextmanager
    def _transaction(self, begin: str) -> Iterator[None]:
        try:
            self.db.execute(begin)
        except sqlite3.Error as err:
            raise StoreUnavailable(str(err)) from err
        try:
            yield
        except BaseException as err:
            if self.db.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.db.execute("ROLLBACK")
            if isinstance(err, sqlite3.Error):
                raise StoreUnavailable(str(err)) from err
            raise
        try:
            self.db.execute("COMMIT")
        except sqlite3.Error as err:
            raise StoreUnavailable(str(err)) from err

    # ------------------------------------------------------------------ writing and housekeeping

    def delete_articles(self, ids: list[int]) -> None:
        """Inside a write transaction: forget these articles, and that their folders were complete."""
        if not ids:
            return
        params = [(i,) for i in ids]
        self.db.executemany(
            "UPDATE folders SET parser_version = NULL, names = NULL, sizes = NULL, mtimes = NULL"
            " WHERE id = (SELECT folder_id FROM articles WHERE id = ?)", params)
        for table in ARTICLE_TABLES:
            self.db.executemany(f"DELETE FROM {table} WHERE article_id = ?", params)
        self.db.executemany("DELETE FROM similar WHERE a = ?1 OR b = ?1", params)
        self.db.executemany("DELETE FROM article_text WHERE rowid = ?", params)
        self.db.executemany("DELETE FROM articles WHERE id = ?", params)

    def info(self) -> dict[str, Any]:
        try:
            with self.read():
                records = self.db.execute("SELECT count(*) FROM articles").fetchone()[0]
                current = self.db.execute("SELECT count(*) FROM articles WHERE parser_version = ?",
                                          (parser_version(),)).fetchone()[0]
        except sqlite3.Error as err:
            raise StoreUnavailable(str(err)) from err
        files = [Path(f"{self.path}{suffix}") for suffix in ("", "-wal", "-shm")] if self.path else []
        size = sum(p.stat().st_size for p in files if p.exists())
        return {"location": str(self.path), "size_bytes": size, "records": records, "current_parser_records": current,
                "parser_version": parser_version(), "full_text_search": "fts5" if self.fts else "plain scan (no FTS5)"}

    def clear(self) -> int:
        """Forget every record (ids already given are never given again).

        On a full disk even deleting rows needs room (SQLite writes the change to its log first): then
        the store's files are deleted instead (see `remove_files`).
        """
        try:
            with self.write():
                count = int(self.db.execute("SELECT count(*) FROM articles").fetchone()[0])
                names = [row[0] for row in self.db.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('meta', 'sqlite_sequence')"
                    " AND name NOT LIKE 'article_text_%'")]
                for name in names:
                    self.db.execute(f"DELETE FROM {name}")
        except StoreUnavailable as err:
            if self.path is None or not _out_of_room(err):
                raise
            count = 0
            with contextlib.suppress(sqlite3.Error):
                count = int(self.db.execute("SELECT count(*) FROM articles").fetchone()[0])
            self.close()
            remove_files(self.path)
            return count
        with contextlib.suppress(sqlite3.Error):  # giving the space back is a courtesy: busy readers may refuse it
            self.db.execute("VACUUM")
        return count

    @classmethod
    def read_only_copy(cls, directory: Path) -> Store | None:
        """A store in memory holding what a cache that cannot be written holds (a read-only file system,
        or files this user may not write), or None if it cannot be read either.

        The run then uses the cached records and keeps what it parses only for itself.
        """
        path = directory / DB_NAME
        if not path.is_file() or (os.access(path, os.W_OK) and os.access(directory, os.W_OK)):
            return None  # missing, or writable: its trouble is another (corrupt, locked)
        uri = path.absolute().as_uri()
        # A read-only file system: nobody can change the file, so SQLite may read it without locks (and
        # without the -shm file it could not create). Otherwise, read it as any reader does.
        read_only_fs = hasattr(os, "statvfs") and bool(os.statvfs(directory).f_flag & getattr(os, "ST_RDONLY", 1))
        memory = sqlite3.connect(":memory:", isolation_level=None)
        try:
            source = sqlite3.connect(f"{uri}?mode=ro{'&immutable=1' if read_only_fs else ''}", uri=True, timeout=30)
            try:
                source.backup(memory)
            finally:
                source.close()
            store = cls(memory, None)
            store._migrate()
        except sqlite3.Error:
            memory.close()
            return None
        store.source = path
        return store

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.db.close()


def _out_of_room(err: StoreUnavailable) -> bool:
    cause = err.__cause__
    code = getattr(cause, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR)
    return "full" in str(err) or "I/O error" in str(err)


def remove_files(path: Path) -> None:
    """Delete a store's files (the database, its log and its shared memory), safely for other runs.

    A run that has the store open keeps reading its own snapshot (an open file outlives its name), and
    SQLite checkpoints or deletes nothing of a database whose file has moved. The database goes first:
    a run opening the name meanwhile finds no database and starts a new one, which sets aside a log
    left behind. The log and shared memory go only if they are still the old ones.
    """
    companions = {}
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(OSError):
            st = os.stat(f"{path}{suffix}")
            companions[suffix] = (st.st_dev, st.st_ino)
    try:
        path.unlink(missing_ok=True)
    except OSError as err:
        raise StoreUnavailable(f"{path}: cannot delete: {err.strerror or err}") from err
    for suffix, identity in companions.items():
        with contextlib.suppress(OSError):
            st = os.stat(f"{path}{suffix}")
            if (st.st_dev, st.st_ino) == identity:
                os.unlink(f"{path}{suffix}")
