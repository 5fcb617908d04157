"""Bring the store in line with a corpus: find the files that are new or changed, parse them (in
parallel when it pays), store them, vouch for whole folders, and set aside duplicates.

The answer is a `CorpusView`: a read snapshot of the store in which every file of the corpus is
checked as stored, size, mtime and parser version alike, so the queries of `select.py` run on a
store that cannot change under them. A folder the store has vouched for (its snapshot: every name,
size and mtime, and nothing else stored in it) is checked in one comparison; any other file is
checked on its own. Nothing here writes to stdout.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Generator, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

from belcoop import parser_version
from belcoop.corpus import SkipFile, article_text, read_bytes, sha256, text_key
from belcoop.errors import BelcoopError, StoreUnavailable
from belcoop.names import db_name, loaded, printable
from belcoop.scan import Run, Scan, Warn, discover, stem
from belcoop.store.schema import IN_CORPUS, MEMBER, Parsed, Store, parsed_rows

PARALLEL_THRESHOLD = 64  # below this many files to parse, a process pool costs more than it saves
STORE_BATCH = 500  # parsed articles written per transaction
ROUNDS = 5  # of check, parse and store, before giving up on a corpus that keeps changing

Progress = Callable[[int], Callable[[int], None] | None]  # total -> a callback for each file done, or None


class Job(NamedTuple):
    """One file to parse: where to read it, and the id and path its record gets."""

    path: str
    record_id: str
    max_size: int


class Result(NamedTuple):
    parsed: Parsed | None
    warnings: list[str]
    skipped: str | None  # why the file could not be used


def parse_file(job: Job) -> Result:
    """Read and parse one file (in a worker process when there are many). The record names the file
    printably (`job.path` is the real path, for reading); its warnings are kept with its rows."""
    from belcoop.parse import parse_article

    warnings: list[str] = []
    try:
        st = os.stat(job.path)
        data = read_bytes(job.path, st.st_size, job.max_size)
        text = article_text(data, job.path, warnings.append)
        record = parse_article(text, path=printable(job.path), sha256=sha256(data), record_id=printable(job.record_id))
        _freeze_data()
        return Result(parsed_rows(record, text, text_key(text), st.st_size, st.st_mtime_ns, warnings), [], None)
    except SkipFile as err:
        return Result(None, warnings, str(err))
    except OSError as err:
        return Result(None, warnings, err.strerror or str(err))
    except Exception as err:  # noqa: BLE001 - a fault of the parser on one file costs that file, not the run
        return Result(None, warnings, f"the parser failed on it ({type(err).__name__}: {err}); please report it")


_frozen = False
GC_YOUNG = 10_000  # new objects between collections of the youngest generation (Python's default is 700)


def _freeze_data() -> None:
    """After the first article, the parser's data (gazetteer, vocabularies: a few hundred thousand objects) live as
    long as the process: out of the garbage collector's reach, so that its full collections, which the many small
    objects of parsing set off, do not walk them again and again (about 3% of the parse). The youngest generation is
    collected every 10,000 new objects, not 700: an article makes tens of thousands of short-lived tokens, tuples and
    matches, few of them in cycles, and each early collection walked them all (0.6% of the parse's instructions)."""
    global _frozen
    if not _frozen:
        import gc

        gc.freeze()
        _, older, oldest = gc.get_threshold()
        gc.set_threshold(GC_YOUNG, older, oldest)
        _frozen = True


def default_workers() -> int:
    """The cores this process may run on (a container's or taskset's share), not the machine's."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not Linux
        return os.cpu_count() or 1


def parse_many(jobs: list[Job], workers: int | None, progress: Callable[[int], None] | None) -> Generator[Result, None, None]:
    """Results in the order of `jobs`. A pool of worker processes, when it pays, that never outlives
    this process: stopped at once if the caller stops (an error, Ctrl-C, SIGTERM), and killed by the
    kernel if this process dies (see `workers.start`)."""
    workers = workers if workers is not None else default_workers()
    if workers > 1 and len(jobs) >= PARALLEL_THRESHOLD:
        from concurrent.futures import ProcessPoolExecutor

        from belcoop import workers as hygiene

        pool = ProcessPoolExecutor(max_workers=workers, initializer=hygiene.start, initargs=(os.getpid(),))
        finished = False
        try:
            chunk = max(1, min(64, len(jobs) // (workers * 8)))
            for done, result in enumerate(pool.map(parse_file, jobs, chunksize=chunk), 1):
                if progress:
                    progress(done)
                yield result
            finished = True
        finally:
            if finished:
                pool.shutdown(wait=True)
            else:
                hygiene.stop(pool)
    else:
        for done, job in enumerate(jobs, 1):
            result = parse_file(job)
            if progress:
                progress(done)
            yield result


class CorpusView:
    """The corpus as the store holds it, inside one read snapshot; `select` queries it."""

    def __init__(self, store: Store, scan: Scan, folders: dict[int, str], unused: set[str], warn: Warn) -> None:
        self.store = store
        self.db = store.db
        self.scan = scan
        self.folders = folders  # folder id -> absolute path, for the folders of this corpus
        self.warn = warn
        self._said: set[str] = set()
        self._unused_stems = {printable(stem(os.path.basename(path))) for path in unused}  # of the files not stored
        self._runs: dict[int, list[Run]] = {}
        ids = {path: folder_id for folder_id, path in folders.items()}
        for run in scan.runs:
            if run.folder in ids:
                self._runs.setdefault(ids[run.folder], []).append(run)

    def warn_once(self, message: str) -> None:
        if message not in self._said:
            self._said.add(message)
            self.warn(message)

    def names(self, rows: Sequence[tuple[int, str | bytes, str, str, str]]) -> list[tuple[str, str]]:
        """The record id and path this corpus gives stored articles: rows of (folder id, name, stem, and
        the id and path stored). The id is the file's stem; if several files of the corpus share the
        stem, with a short hash of the path (as found) after it. Both are printable (see belcoop.names)."""
        shared = self._shared({row[2] for row in rows})
        named = []
        for folder_id, stored_name, file_stem, stored_id, stored_path in rows:
            name = loaded(stored_name)
            runs = self._runs.get(folder_id, ())
            run = runs[0] if len(runs) == 1 else next((r for r in runs if r.has(name)), None)
            if run is None:  # no file of the scan: standard input
                named.append((stored_id, stored_path))
                continue
            path = run.base + name
            if file_stem in shared:
                import hashlib

                named.append((f"{file_stem}-{hashlib.sha1(path.encode('utf-8', 'surrogateescape')).hexdigest()[:8]}",
                              printable(path)))
            else:
                named.append((file_stem, printable(path)))
        return named

    def _shared(self, stems: set[str]) -> set[str]:
        """Those of `stems` that more than one file of the corpus has (stored, or not: skipped files count)."""
        shared = stems & self._unused_stems
        wanted = sorted(stems - shared)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            shared.update(row[0] for row in self.db.execute(
                f"SELECT a.stem FROM articles a WHERE a.stem IN ({', '.join('?' * len(chunk))}) AND {IN_CORPUS}"
                " GROUP BY a.stem HAVING count(*) > 1", chunk))
        return shared

    def name_articles(self) -> bool:
        """Fill temp.renamed with the ids this corpus gives the articles whose id is not their file's stem (a stem
        that several files of the corpus share, standard input), so that SQL can name every article itself.
        False when there is none (the usual case: the file names of the scan say so without asking the store)."""
        db = self.db
        db.execute("CREATE TEMP TABLE IF NOT EXISTS renamed (article_id INTEGER PRIMARY KEY, record_id TEXT NOT NULL)")
        db.execute("DELETE FROM temp.renamed")
        stems = [printable(stem(name)) for run in self.scan.runs for name in run.names]
        shared: set[str] = set(self._unused_stems)
        if len(set(stems)) < len(stems):
            seen: set[str] = set()
            for file_stem in stems:
                if file_stem in seen:
                    shared.add(file_stem)
                seen.add(file_stem)
        # Standard input is no file of a corpus folder (and only ever an article checked on its own).
        rows = db.execute(
            "SELECT a.id, a.folder_id, a.name, a.stem, a.record_id, a.found_path FROM articles a WHERE a.id IN"
            " (SELECT article_id FROM temp.member_article)"
            f" AND a.folder_id NOT IN ({', '.join(str(f) for f in self.folders) or 'NULL'})").fetchall()
        wanted = sorted(shared)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            rows += db.execute("SELECT a.id, a.folder_id, a.name, a.stem, a.record_id, a.found_path FROM articles a"
                               f" WHERE a.stem IN ({', '.join('?' * len(chunk))}) AND {IN_CORPUS}", chunk).fetchall()
        if not rows:
            return False
        db.executemany("INSERT OR REPLACE INTO temp.renamed VALUES (?, ?)",
                       [(row[0], named[0]) for row, named in zip(rows, self.names([r[1:6] for r in rows]), strict=True)])
        return True

    def merge_reprints(self, *, all_copies: bool = False) -> None:
        """Gather the corpus's reprints into stories, each shown once unless `all_copies` (see store/stories.py)."""
        from belcoop.store import stories

        stories.merge(self, all_copies=all_copies)

    def position(self, folder_id: int, name: str | bytes) -> int:
        """Where a stored article stands in the corpus (-1: it is no file of it, but standard input)."""
        found = self.scan.locate(self.folders.get(folder_id, ""), loaded(name))
        return found[0] if found else -1


class _Plan:
    """What one check of the corpus against the store found."""

    def __init__(self) -> None:
        self.folders: dict[str, int] = {}  # absolute path -> folder id, for the folders the store knows
        self.whole_folders: list[int] = []  # vouched for by their snapshot
        self.articles: list[int] = []  # checked one by one
        self.todo: list[tuple[Run, int]] = []  # to parse
        self.sealable: list[tuple[Run, int]] = []  # whole folders found complete: their snapshot can be written


class Sync:
    """One run's work of bringing a store in line with a scan."""

    def __init__(self, scan: Scan, *, max_size: int, jobs: int | None, warn: Warn, progress: Progress | None) -> None:
        self.scan = scan
        self.max_size = max_size
        self.jobs = jobs
        self.warn = warn
        self.progress = progress
        self.version = parser_version()
        self.stored: dict[str, int] = {}  # absolute path -> id of the article this run stored
        self.skipped: set[str] = set()  # absolute paths this run could not use (and said why)
        self.plan = _Plan()
        self.extra: list[int] = []  # ids of articles that are no files of the scan (standard input)

    def view(self, store: Store, stack: contextlib.ExitStack) -> CorpusView:
        """Sync, and leave the store in a read snapshot (closed by `stack`) in which the corpus is all stored."""
        for _round in range(ROUNDS):
            snapshot = contextlib.ExitStack()
            snapshot.enter_context(store.read())
            try:
                self.plan = self._plan(store)
                if not self.plan.todo:
                    view = self._members(store, self.plan)
                    stack.enter_context(snapshot.pop_all())
                    return view
            finally:
                snapshot.close()
            self._parse(store, self.plan.todo)
        raise BelcoopError("the corpus or the record cache kept changing during the query; run it again")

    def add_stdin(self, store: Store, data: bytes) -> None:
        """An article read from standard input: record id `stdin`, path `-`, first in the corpus."""
        from belcoop.parse import parse_article

        warnings: list[str] = []
        try:
            text = article_text(data, "<stdin>", warnings.append)
        except SkipFile as err:
            raise BelcoopError(f"standard input: {err}") from None
        record = parse_article(text, path="-", sha256=sha256(data), record_id="stdin")
        parsed = parsed_rows(record, text, text_key(text), len(data), 0, warnings)
        with store.write():
            rows = _Rows()
            self.extra.append(self._store_one(store, _folder_id(store.db, ""), "-", "-", parsed, rows))
            rows.write(store.db)

    # ---------------------------------------------------------------- checking

    def _plan(self, store: Store) -> _Plan:
        plan = _Plan()
        db = store.db
        paths = sorted({run.folder for run in self.scan.runs})
        snapshots: dict[str, tuple[int, str | None, bytes | None, bytes | None, bytes | None]] = {}
        for start in range(0, len(paths), 500):
            chunk = paths[start:start + 500]
            for folder_id, path, version, names, sizes, mtimes in db.execute(
                f"SELECT id, path, parser_version, names, sizes, mtimes FROM folders WHERE path IN ({', '.join('?' * len(chunk))})",
                [db_name(path) for path in chunk],
            ):
                path = loaded(path)
                snapshots[path] = (folder_id, version, names, sizes, mtimes)
                plan.folders[path] = folder_id
        stored: dict[int, dict[str, tuple[int, int, int, str]]] = {}
        for run in self.scan.runs:
            known = snapshots.get(run.folder)
            if known is None:  # nothing of this folder is stored
                plan.todo.extend((run, i) for i in range(len(run.names)) if run.absolute(i) not in self.skipped)
                continue
            folder_id, version, names, sizes, mtimes = known
            if (run.whole and version == self.version and sizes == run.sizes.tobytes() and mtimes == run.mtimes.tobytes()
                    and names == _joined(run.names)):
                plan.whole_folders.append(folder_id)
                continue
            if folder_id not in stored:
                stored[folder_id] = self._stored_files(db, folder_id)
            articles = stored[folder_id]
            complete = True
            for i, name in enumerate(run.names):
                row = articles.get(name)
                if row is not None and ((row[1:] == (run.sizes[i], run.mtimes[i], self.version))
                                        or self.stored.get(run.absolute(i)) == row[0]):
                    plan.articles.append(row[0])
                    continue
                complete = False
                if run.absolute(i) not in self.skipped:
                    plan.todo.append((run, i))
            if run.whole and complete:
                plan.sealable.append((run, folder_id))
        return plan

    @staticmethod
    def _stored_files(db: sqlite3.Connection, folder_id: int) -> dict[str, tuple[int, int, int, str]]:
        """The articles stored from one folder, by name: (id, size, mtime, parser version), to check one by one."""
        return {loaded(name): (article_id, size, mtime, version) for name, article_id, size, mtime, version in db.execute(
            "SELECT name, id, size, mtime_ns, parser_version FROM articles WHERE folder_id = ?", (folder_id,))}

    # ---------------------------------------------------------------- parsing and storing

    def _parse(self, store: Store, todo: list[tuple[Run, int]]) -> None:
        """Parse the files to do, and store them in batches as they come (memory stays flat on any corpus)."""
        if not todo:
            return
        # Stored under its stem: a query names it otherwise if the stem is shared in its corpus.
        jobs = [Job(run.path(i), stem(run.names[i]), self.max_size) for run, i in todo]
        batch: list[tuple[Run, int, Parsed]] = []
        report = self.progress(len(jobs)) if self.progress else None
        results = parse_many(jobs, self.jobs, report)
        try:
            for (run, i), result in zip(todo, results, strict=True):
                if result.parsed is None:
                    for message in result.warnings:
                        self.warn(f"{run.path(i)}: {message}")
                    self.warn(f"skipping {run.path(i)}: {result.skipped}")
                    self.skipped.add(run.absolute(i))
                    continue
                batch.append((run, i, result.parsed))
                if len(batch) >= STORE_BATCH:
                    self._store(store, batch)
                    batch = []
        finally:
            results.close()  # stops the workers now if this ends early, not when the generator is collected
        self._store(store, batch)

    def _store(self, store: Store, batch: list[tuple[Run, int, Parsed]]) -> None:
        """Write a batch of parsed articles in one transaction: each article and all its rows, or nothing."""
        if not batch:
            return
        with store.write():
            folders: dict[str, int] = {}
            for run, _i, _parsed in batch:
                if run.folder not in folders:
                    folders[run.folder] = _folder_id(store.db, run.folder)
            written = _Rows()
            for run, i, parsed in batch:
                path = run.absolute(i)
                self.stored[path] = self._store_one(store, folders[run.folder], run.names[i], path, parsed, written)
            written.write(store.db)
            # New articles in these folders: the store no longer vouches for them.
            store.db.executemany("UPDATE folders SET parser_version = NULL, names = NULL, sizes = NULL, mtimes = NULL"
                                 " WHERE id = ?", [(folder_id,) for folder_id in folders.values()])

    def _store_one(self, store: Store, folder_id: int, name: str, path: str, parsed: Parsed, rows: _Rows) -> int:
        db = store.db
        old = db.execute("SELECT id, size, mtime_ns, parser_version FROM articles WHERE path = ?", (db_name(path),)).fetchone()
        if old and old[1:] == (parsed.size, parsed.mtime_ns, self.version):
            # Another belcoop process parsed this very file meanwhile: keep its entry, which that
            # process may be reading right now.
            return int(old[0])
        if old:
            store.delete_articles([old[0]])
        article_id = db.execute(
            "INSERT INTO articles (folder_id, name, path, size, mtime_ns, parser_version, sha256, text_key, stem, record_id,"
            " found_path, title, outlet, dateline, date, date_basis, date_text, partner_code, partner_name, partner_country,"
            " belarus_side_code, belarus_side_name, venue, event_type, event_label)"
            f" VALUES (?, ?, ?, ?, ?, ?, {', '.join('?' * len(parsed.article))})",
            (folder_id, db_name(name), db_name(path), parsed.size, parsed.mtime_ns, self.version, *parsed.article),
        ).lastrowid
        assert article_id is not None
        rows.add(int(article_id), parsed)
        return int(article_id)

    def seal(self, store: Store) -> None:
        """Write the snapshot of every whole folder the last check found stored complete, so that the
        next run checks it at once (done after the query: it saves time later, and failing is no error).

        Inside the write each file is checked again, and anything else stored in the folder (files
        since deleted) is forgotten: a snapshot means that the folder's articles are exactly these.
        """
        if store.path is None or not self.plan.sealable:  # a store in memory lasts one run: vouching would not pay
            return
        db = store.db
        with contextlib.suppress(StoreUnavailable), store.write():
            for run, folder_id in self.plan.sealable:
                stored = self._stored_files(db, folder_id)
                if any(stored.get(name, (0,))[1:] != (run.sizes[i], run.mtimes[i], self.version)
                       for i, name in enumerate(run.names)):
                    continue
                listed = set(run.names)
                store.delete_articles([row[0] for name, row in stored.items() if name not in listed])
                db.execute("UPDATE folders SET parser_version = ?, names = ?, sizes = ?, mtimes = ? WHERE id = ?",
                           (self.version, _joined(run.names), run.sizes.tobytes(), run.mtimes.tobytes(), folder_id))

    # ---------------------------------------------------------------- the answer

    def _members(self, store: Store, plan: _Plan) -> CorpusView:
        """Within the snapshot: the corpus's articles as the queries see them, duplicates set aside with a warning."""
        db = store.db
        for table in ("member_folder", "member_article", "hidden", "story_copies"):
            db.execute(f"DELETE FROM temp.{table}")
        db.executemany("INSERT INTO temp.member_folder VALUES (?)", [(i,) for i in plan.whole_folders])
        db.executemany("INSERT OR IGNORE INTO temp.member_article VALUES (?)", [(i,) for i in [*self.extra, *plan.articles]])
        view = CorpusView(store, self.scan, {folder_id: path for path, folder_id in plan.folders.items()}, self.skipped,
                          self.warn)
        # The same text twice (same bytes, or another name, encoding or spacing) is one article: the first in the corpus.
        copies: dict[str, list[tuple[int, int, str]]] = {}
        for article_id, folder_id, name, key in db.execute(
            "SELECT a.id, a.folder_id, a.name, a.text_key FROM articles a"
            f" WHERE a.text_key IN (SELECT text_key FROM shared_texts) AND {MEMBER}"
        ):
            found = self.scan.locate(view.folders.get(folder_id, ""), loaded(name))
            if found:
                position, run, index = found
                copies.setdefault(key, []).append((position, article_id, run.path(index)))
        hidden = sorted((copy, group[0]) for group in map(sorted, copies.values()) for copy in group[1:])
        db.executemany("INSERT INTO temp.hidden VALUES (?)", [(copy[1],) for copy, _first in hidden])
        self._notes(view)
        for copy, first in hidden:
            self.warn(f"skipping {copy[2]}: duplicate of {first[2]}")
        return view

    def _notes(self, view: CorpusView) -> None:
        """What reading and parsing the corpus's articles had to say, on every run (cold or warm), in corpus order."""
        rows = view.db.execute(
            "SELECT a.folder_id, a.name, a.stem, a.record_id, a.found_path, n.message"
            f" FROM notes n CROSS JOIN articles a ON a.id = n.article_id WHERE {MEMBER} ORDER BY n.article_id, n.position"
        ).fetchall()
        if not rows:
            return
        named = view.names([row[:5] for row in rows])
        said = sorted(((view.position(row[0], row[1]), i), f"{path}: {row[5]}")
                      for i, (row, (_id, path)) in enumerate(zip(rows, named, strict=True)))
        for _order, message in said:
            self.warn(message)

class _Rows:
    """The rows of a batch of new articles, table by table, written with one statement per table."""

    _TABLES = ("partners", "organizations", "sectors", "agreements")

    def __init__(self) -> None:
        self.records: list[tuple[int, str]] = []
        self.lists: dict[str, list[tuple[object, ...]]] = {table: [] for table in self._TABLES}
        self.people: list[tuple[object, ...]] = []
        self.facts: list[tuple[object, ...]] = []
        self.texts: list[tuple[int, str | None, str]] = []
        self.keys: list[tuple[str, str, int]] = []
        self.notes: list[tuple[int, int, str]] = []
        self.story_keys: list[tuple[int, int]] = []
        self.sketches: list[tuple[int, bytes]] = []

    def add(self, article_id: int, parsed: Parsed) -> None:
        self.records.append((article_id, parsed.json))
        self.facts.extend((article_id, *row) for row in parsed.trade_facts)
        for table, rows in zip(self._TABLES, (parsed.partners, parsed.organizations, parsed.sectors, parsed.agreements),
                               strict=True):
            self.lists[table].extend((article_id, *row) for row in rows)
        self.people.extend((article_id, *person) for person in parsed.people)
        self.texts.append((article_id, parsed.title, parsed.text))
        key = parsed.article[1]
        self.keys.append((key, key, article_id))
        self.notes.extend((article_id, position, message) for position, message in enumerate(parsed.warnings))
        self.story_keys.extend((story_key, article_id) for story_key in parsed.story_keys)
        self.sketches.append((article_id, parsed.sketch))

    def write(self, db: sqlite3.Connection) -> None:
        db.executemany("INSERT INTO records VALUES (?, ?)", self.records)
        for table, rows in self.lists.items():
            if rows:
                db.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(rows[0]))})", rows)
        # Each fact with the series point it reports, the point stored the first time a fact reports it.
        db.executemany("INSERT OR IGNORE INTO points (key, partner, belarus_side, metric, product, status, currency,"
                       " period_start, period_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       [(f[-1], f[2], f[4], f[5], f[6], f[16], f[8], f[10], f[11]) for f in self.facts if f[-1] is not None])
        if self.facts:
            marks = ", ".join("?" * (len(self.facts[0]) - 1))
            db.executemany(f"INSERT INTO trade_facts VALUES ({marks}, (SELECT id FROM points WHERE key = ?))", self.facts)
        db.executemany("INSERT OR IGNORE INTO persons (folded) VALUES (?)", [(p[3],) for p in self.people])
        db.executemany("INSERT INTO people VALUES (?, ?, (SELECT id FROM persons WHERE folded = ?), ?, ?, ?)",
                       [(article_id, position, folded, name, role, country)
                        for article_id, position, name, folded, role, country in self.people])
        db.executemany("INSERT INTO article_text (rowid, title, body) VALUES (?, ?, ?)", self.texts)
        db.executemany("INSERT INTO notes VALUES (?, ?, ?)", self.notes)
        # A text stored twice may be a duplicate: the queries look for those among the corpus's articles.
        db.executemany("INSERT OR IGNORE INTO shared_texts SELECT ? WHERE EXISTS"
                       " (SELECT 1 FROM articles WHERE text_key = ? AND id != ?)", self.keys)
        from belcoop.store import stories

        stories.link(db, self.story_keys, self.sketches)


def _folder_id(db: sqlite3.Connection, path: str) -> int:
    key = db_name(path)
    db.execute("INSERT OR IGNORE INTO folders (path) VALUES (?)", (key,))
    return int(db.execute("SELECT id FROM folders WHERE path = ?", (key,)).fetchone()[0])


def _joined(names: list[str]) -> bytes:
    # File names need not be valid UTF-8: surrogateescape keeps every byte.
    return "\0".join(names).encode("utf-8", "surrogateescape")


@contextlib.contextmanager
def open_corpus(
    paths: list[str],
    *,
    cache: Path | None,
    max_size: int,
    jobs: int | None,
    warn: Warn,
    progress: Progress | None = None,
    stdin: bytes | None = None,
) -> Iterator[CorpusView]:
    """The corpus under `paths`, synced with the record cache in `cache` (None: parse into memory for this run only).

    A cache that cannot be used (corrupt, locked, read-only, full) gives one warning, and the run
    goes on without it. `stdin`, the bytes of an article read from standard input, comes first.
    """
    scan = discover(paths, warn)
    sync = Sync(scan, max_size=max_size, jobs=jobs, warn=warn, progress=progress)
    store = None
    if cache is not None:
        try:
            store = Store.open(cache)
        except StoreUnavailable as err:
            store = Store.read_only_copy(cache)
            if store is not None:
                warn(f"record cache {store.source} is read-only: its records are used, what is parsed now is not kept")
            else:
                warn(f"record cache unavailable ({err}); parsing without it")
    try:
        while True:
            if store is None:
                store = Store.memory()
            snapshot = contextlib.ExitStack()
            try:
                if stdin is not None:
                    sync.add_stdin(store, stdin)
                view = sync.view(store, snapshot)
                break
            except (StoreUnavailable, sqlite3.Error) as err:
                snapshot.close()
                if store.path is None:
                    raise BelcoopError(f"cannot hold the records in memory: {err}") from err
                warn(f"record cache unavailable ({err}); parsing without it")
                store.close()
                store = None
                sync.stored.clear()
                sync.extra.clear()
        with snapshot:
            yield view
        sync.seal(store)
    finally:
        if store is not None:
            store.close()
