"""From a corpus on disk to records: read, parse (in parallel when it pays), cache, deduplicate, select."""

from __future__ import annotations

import contextlib
import json
import os
from array import array
from collections.abc import Callable, Iterable, Iterator, MutableMapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from belcoop.cache import CacheUnavailable, RecordCache, SavedScan
from belcoop.corpus import (
    Scan,
    SkipFile,
    SourceFile,
    Warn,
    article_text,
    discover,
    read_bytes,
    sha256,
    text_key,
)
from belcoop.errors import BelcoopError
from belcoop.query import Filters, record_matches
from belcoop.vocab import DEFAULT_MAX_SIZE

PARALLEL_THRESHOLD = 64  # below this many files to parse, a process pool costs more than it saves
STORE_BATCH = 500  # parsed records written to the cache per transaction
FETCH_CHUNK = 500  # cached records read per query while streaming results

if TYPE_CHECKING:
    from belcoop.model import Record

Progress = Callable[[int, int], None]


class CacheIds(MutableMapping[int, int]):
    """Source index -> cache file id, held in an array (0: not cached).

    A warm query on a large corpus takes it as saved, instead of building a dict of every file.
    """

    def __init__(self, size: int, ids: array[int] | None = None) -> None:
        self.ids = ids if ids is not None else array("q", bytes(8 * size))

    def __getitem__(self, index: int) -> int:
        file_id = self.ids[index] if 0 <= index < len(self.ids) else 0
        if not file_id:
            raise KeyError(index)
        return file_id

    def __setitem__(self, index: int, file_id: int) -> None:
        self.ids[index] = file_id

    def __delitem__(self, index: int) -> None:
        self[index]  # KeyError if absent
        self.ids[index] = 0

    def __contains__(self, index: object) -> bool:
        return isinstance(index, int) and 0 <= index < len(self.ids) and self.ids[index] != 0

    def __iter__(self) -> Iterator[int]:
        return (i for i, file_id in enumerate(self.ids) if file_id)

    def __len__(self) -> int:
        return len(self.ids) - self.ids.count(0)


def _index_by_id(file_ids: array[int]) -> array[int] | None:
    """The reverse of `file_ids` as a dense array (cache id -> index + 1), unless the ids are too sparse for one."""
    top = max(file_ids, default=0)
    if top > 10 * len(file_ids) + 1000:
        return None
    at = array("l", bytes(array("l").itemsize * (top + 1)))
    for index, file_id in enumerate(file_ids):
        if file_id:
            at[file_id] = index + 1
    return at


class Parsed:
    """One article parsed in this run: its record (as JSON data), text key and text."""

    def __init__(self, record: dict[str, Any], text_key: str, text: str) -> None:
        self.record = record
        self.text_key = text_key
        self.text = text


def parse_text(text: str, path: str, digest: str, record_id: str) -> Record:
    from belcoop.parse import parse_article

    return parse_article(text, path=path, sha256=digest, record_id=record_id)


def _job(args: tuple[str, int, str, int]) -> tuple[int, Parsed | None, list[str], str | None]:
    """Worker: read and parse one file. Returns (index, parsed, warnings, reason it was skipped)."""
    path, max_size, record_id, index = args
    warnings: list[str] = []
    try:
        st = os.stat(path)
        data = read_bytes(SourceFile(path, st.st_size, st.st_mtime_ns), max_size)
        text = article_text(data, path, warnings.append)
        record = parse_text(text, path, sha256(data), record_id)
        return index, Parsed(record.to_dict(), text_key(text), text), warnings, None
    except SkipFile as err:
        return index, None, warnings, str(err)
    except OSError as err:
        return index, None, warnings, err.strerror or str(err)


def record_ids(sources: Scan) -> list[str]:
    """Record ids from file name stems; a stem used twice gets a short hash of its path."""
    import hashlib

    stems = [os.path.splitext(os.path.basename(path))[0] for path in sources.paths]
    counts: dict[str, int] = {}
    for stem in stems:
        counts[stem] = counts.get(stem, 0) + 1
    return [
        stem if counts[stem] == 1 else f"{stem}-{hashlib.sha1(path.encode('utf-8', 'surrogateescape')).hexdigest()[:8]}"
        for stem, path in zip(stems, sources.paths, strict=True)
    ]


def _scan_key(paths: Iterable[str]) -> bytes:
    """What a saved scan is filed under (with the parser version): the corpus paths as given, and where from."""
    try:
        here = os.getcwd()
    except OSError:  # the working folder was deleted: relative corpus paths cannot be found anyway
        here = ""
    return "\0".join([here, *paths]).encode("utf-8", "surrogateescape")


def parse_many(
    todo: list[tuple[str, int, str, int]], jobs: int | None, progress: Progress | None
) -> Iterator[tuple[int, Parsed | None, list[str], str | None]]:
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    if workers > 1 and len(todo) >= PARALLEL_THRESHOLD:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=workers) as pool:
            chunk = max(1, min(64, len(todo) // (workers * 8)))
            for done, out in enumerate(pool.map(_job, todo, chunksize=chunk), 1):
                if progress:
                    progress(done, len(todo))
                yield out
    else:
        for done, args in enumerate(todo, 1):
            out = _job(args)
            if progress:
                progress(done, len(todo))
            yield out


class CorpusView:
    """The records of a corpus: cached ones stay in SQLite until a query needs them."""

    def __init__(
        self,
        paths: Iterable[str],
        *,
        warn: Warn,
        use_cache: bool = True,
        cache_dir: Path | None = None,
        max_size: int = DEFAULT_MAX_SIZE,
        jobs: int | None = None,
        progress: Callable[[int], Progress | None] | None = None,
    ) -> None:
        self.warn = warn
        self.max_size = max_size
        self.jobs = jobs
        paths = list(paths)
        self.sources = discover(paths, warn)
        self.cache: RecordCache | None = None
        self.file_ids = CacheIds(len(self.sources))  # source index -> cache file id
        self.index_by_id: array[int] | None = None  # cache file id -> source index + 1 (0: not in this corpus)
        self.memory: dict[int, Parsed] = {}  # source index -> parsed here, when not (or not yet) in the cache
        self.skipped = 0
        saved: SavedScan | None = None
        scan_key = _scan_key(paths)
        valid: dict[str, int] = {}
        if use_cache and self.sources:
            try:
                self.cache = RecordCache(cache_dir)
                saved = self.cache.load_scan(scan_key, self.sources)
                if saved is None:
                    valid = self.cache.validate(self.sources)
            except CacheUnavailable as err:
                self._drop_cache(err)
                saved, valid = None, {}
        todo: list[tuple[str, int, str, int]] = []
        if saved is not None:
            # The corpus and the cache are as a previous run left them: reuse what it worked out.
            self.ids = saved.record_ids
            self.file_ids = CacheIds(len(self.sources), saved.file_ids)
            self.index_by_id = saved.index_by_id
            if 0 in saved.file_ids:  # files that were skipped: try them again, they may be readable now
                todo = [(self.sources.paths[i], max_size, self.ids[i], i) for i, file_id in enumerate(saved.file_ids) if not file_id]
        else:
            self.ids = record_ids(self.sources)
            for index, path in enumerate(self.sources.paths):
                entry = valid.get(path)
                if entry is not None:
                    self.file_ids[index] = entry
                else:
                    todo.append((path, max_size, self.ids[index], index))
        keys = self._parse(todo, progress)  # source index -> text key, for articles parsed in this run
        if saved is not None and not keys:
            # Nothing new could be parsed (the files not cached were skipped again), so the duplicates are as before.
            self.order = saved.shown.tolist()
            for note in saved.notes:
                warn(note)
            self.skipped += len(saved.notes)
            return
        self.index_by_id = None  # files were parsed and stored in this run: the saved map no longer covers them all
        if self.cache is not None and self.file_ids:
            try:
                shared = self.cache.duplicate_keys(self.file_ids.values())
                keys.update((i, shared[fid]) for i, fid in self.file_ids.items() if fid in shared)
            except CacheUnavailable as err:
                self._drop_cache(err)
        keys.update((i, p.text_key) for i, p in self.memory.items())
        notes: list[str] = []
        self.order = self._deduplicate(keys, len(self.sources), notes)
        if self.cache is not None and not self.memory:
            try:
                file_ids = self.file_ids.ids
                self.index_by_id = _index_by_id(file_ids)
                self.cache.save_scan(
                    scan_key, self.sources, SavedScan(file_ids, self.ids, array("q", self.order), notes, self.index_by_id)
                )
            except CacheUnavailable as err:
                self._drop_cache(err)

    def _parse(self, todo: list[tuple[str, int, str, int]], progress: Callable[[int], Progress | None] | None) -> dict[int, str]:
        """Parse the files not in the cache; returns the text keys of those that could be parsed."""
        keys: dict[int, str] = {}
        # Parsed records go to the cache in batches as they arrive, so memory stays flat however large
        # the corpus; without a cache they are kept here.
        fresh: list[tuple[int, Parsed]] = []
        reporter = progress(len(todo)) if progress and todo else None
        for index, parsed, warnings, skip in parse_many(todo, self.jobs, reporter):
            for w in warnings:
                self.warn(w)
            if parsed is None:
                self.warn(f"skipping {self.sources.paths[index]}: {skip}")
                self.skipped += 1
                continue
            fresh.append((index, parsed))
            keys[index] = parsed.text_key
            if self.cache is not None and len(fresh) >= STORE_BATCH:
                self._store(fresh)
                fresh = []
        if self.cache is not None and fresh:
            self._store(fresh)
            fresh = []
        self.memory.update(fresh)
        return keys

    def _store(self, batch: list[tuple[int, Parsed]]) -> None:
        """Save a batch of parsed records; if the cache fails, keep them (and all later ones) in memory."""
        if self.cache is None:
            self.memory.update(batch)
            return
        try:
            saved = self.cache.store([(self.sources[i], p.record, p.text_key, p.text) for i, p in batch])
        except CacheUnavailable as err:
            self._drop_cache(err)
            self.memory.update(batch)
            return
        for i, _p in batch:
            self.file_ids[i] = saved[self.sources.paths[i]]

    def _drop_cache(self, err: Exception) -> None:
        """Carry on without the cache: warn once, and parse again whatever it was holding for us."""
        self.warn(f"record cache unavailable ({err}); parsing without it")
        if self.cache is not None:
            with contextlib.suppress(Exception):  # closing a broken connection must not fail the run
                self.cache.close()
        self.cache = None
        held = [i for i in self.file_ids if i not in self.memory]
        self.file_ids = CacheIds(len(self.sources))
        self.index_by_id = None
        todo = [(self.sources.paths[i], self.max_size, self.ids[i], i) for i in held]
        for index, parsed, _warnings, _skip in parse_many(todo, self.jobs, None):
            if parsed is not None:
                self.memory[index] = parsed

    def _deduplicate(self, keys: dict[int, str], count: int, notes: list[str]) -> list[int]:
        """Source indexes to show: the same text twice (same bytes, or another name, encoding, spacing) is one article.

        `keys` holds the text keys that may repeat: those of articles parsed now, and of cached ones the
        cache reports as shared; any other cached article is unique.
        """
        first: dict[str, int] = {}
        keep: list[int] = []
        for index in range(count):
            if index not in self.file_ids and index not in self.memory and index not in keys:
                continue  # skipped file
            key = keys.get(index)
            if key is not None:
                twin = first.get(key)
                if twin is not None:
                    note = f"skipping {self.sources.paths[index]}: duplicate of {self.sources.paths[twin]}"
                    self.warn(note)
                    notes.append(note)
                    self.skipped += 1
                    continue
                first[key] = index
            keep.append(index)
        return keep

    def _record(self, index: int, data: dict[str, Any]) -> Record:
        from belcoop.model import Record

        data = {**data, "id": self.ids[index], "source": {**data["source"], "path": self.sources.paths[index]}}
        return Record.from_dict(data)

    def select(self, filters: Filters | None = None, *, fact_year: int | None = None) -> list[Record]:
        """Records passing `filters` (and, with `fact_year`, having a trade fact about that year)."""
        return list(self.iter_select(filters, fact_year=fact_year))

    def iter_select(self, filters: Filters | None = None, *, fact_year: int | None = None) -> Iterator[Record]:
        """Like select(), but read from the cache a chunk at a time, so memory stays flat on any corpus."""
        filters = filters or Filters()
        wanted = self.order
        if self.cache is not None and self.file_ids:
            try:
                wanted, _dates = self._candidates(filters, fact_year)
            except CacheUnavailable as err:
                self._drop_cache(err)
        for start in range(0, len(wanted), FETCH_CHUNK):
            chunk = wanted[start:start + FETCH_CHUNK]
            rows: dict[int, tuple[dict[str, Any], str | None]] = {}
            cached = [self.file_ids[i] for i in chunk if i not in self.memory and i in self.file_ids]
            if cached and self.cache is not None:
                try:
                    rows = self.cache.fetch(cached, with_body=bool(filters.text))
                except CacheUnavailable as err:
                    self._drop_cache(err)
            for i in chunk:
                body: str | None
                if i in self.memory:
                    data, body = self.memory[i].record, self.memory[i].text
                elif self.file_ids.get(i) in rows:
                    data, body = rows[self.file_ids[i]]
                else:
                    if i in self.file_ids and self.cache is not None:
                        self._replaced_meanwhile(i)
                    continue
                record = self._record(i, data)
                if record_matches(record, filters, body):
                    yield record

    def _replaced_meanwhile(self, index: int) -> None:
        """A cached record vanished between choosing and reading it: another belcoop process re-parsed the edited file."""
        self.warn(f"skipping {self.sources.paths[index]}: changed during the query; run it again")

    def _candidates(self, filters: Filters, fact_year: int | None = None) -> tuple[list[int], dict[int, str | None] | None]:
        """Source indexes (in corpus order) passing the filters the cache can apply in SQL, and the
        dates of the cached ones by cache id (None when no filter went to SQL)."""
        assert self.cache is not None
        ids = self.cache.candidate_ids(
            region_codes=[p.code for p in filters.regions if p.kind != "country"],
            region_countries=[p.code for p in filters.regions if p.kind == "country"],
            country=filters.country,
            sectors=filters.sectors,
            fact_year=fact_year,
            year=filters.year,
        )
        if ids is None:
            return self.order, None
        # From the (usually few) matching cache ids to source indexes, rather than over every file shown.
        at = self.index_by_id
        if at is not None:
            picked = {at[file_id] - 1 for file_id in ids if file_id < len(at) and at[file_id]}
        else:
            index_of = dict(zip(self.file_ids.values(), self.file_ids.keys(), strict=True))
            picked = {index_of[file_id] for file_id in ids if file_id in index_of}
        picked.update(self.memory)
        if len(self.order) < len(self.sources):  # some files are hidden: skipped, or duplicates
            shown = set(self.order)
            picked = {i for i in picked if i in shown}
        return sorted(picked), ids

    def get(self, prefix: str) -> Record:
        """The record whose id is `prefix`, or the only one starting with it (without loading the others)."""
        from belcoop.errors import AmbiguousId, RecordNotFound

        exact = [i for i in self.order if self.ids[i] == prefix]
        matches = exact or [i for i in self.order if self.ids[i].startswith(prefix)]
        if not matches:
            raise RecordNotFound(f"no record with id {prefix!r}")
        if len(matches) > 1:
            shown = ", ".join(self.ids[i] for i in matches[:5])
            raise AmbiguousId(f"id prefix {prefix!r} matches {len(matches)} records: {shown}")
        index = matches[0]
        if index in self.memory:
            return self._record(index, self.memory[index].record)
        assert self.cache is not None
        try:
            data, _body = self.cache.fetch([self.file_ids[index]])[self.file_ids[index]]
        except (CacheUnavailable, KeyError) as err:
            self._drop_cache(err)
            return self.get(prefix)
        return self._record(index, data)

    def write_list_json(self, filters: Filters, sort_key: str, limit: int | None, out: TextIO) -> bool | None:
        """Write `list --format json` straight from the cached JSON text, when SQL alone applies every filter.

        No Record objects are built and records are streamed in chunks, the difference between a
        fraction of a second and many seconds (and a flat memory) on a large corpus. Returns None when
        this path cannot be used, else whether anything matched.
        """
        sql_only = not (filters.person or filters.since or filters.until or filters.text)
        if self.cache is None or not sql_only or self.memory or sort_key == "partner":
            return None
        try:
            indexes, known = self._candidates(filters)
            wanted = {self.file_ids[i]: i for i in indexes}
            dates = [(file_id, known[file_id]) for file_id in wanted] if known is not None else self.cache.fetch_dates(wanted)
        except CacheUnavailable as err:
            self._drop_cache(err)
            return None
        keyed = [(day, self.ids[wanted[file_id]], file_id) for file_id, day in dates]
        dated = sorted((k for k in keyed if k[0]), reverse=sort_key == "-date")
        ordered = [k[2] for k in dated] + [k[2] for k in sorted(k for k in keyed if not k[0])]
        if limit is not None:
            ordered = ordered[:limit]
        out.write("[")
        first = True
        for start in range(0, len(ordered), FETCH_CHUNK):
            chunk = ordered[start:start + FETCH_CHUNK]
            try:
                texts = {row[0]: row for row in self.cache.fetch_raw(chunk)}
            except CacheUnavailable as err:  # pragma: no cover - the cache broke mid-query
                raise BelcoopError(f"record cache failed while reading: {err}") from err
            for file_id in chunk:
                if file_id not in texts:
                    self._replaced_meanwhile(wanted[file_id])
                    continue
                _fid, _day, stored_id, stored_path, _partner, text = texts[file_id]
                index = wanted[file_id]
                current_id, current_path = self.ids[index], self.sources.paths[index]
                if (stored_id, stored_path) != (current_id, current_path):
                    data = json.loads(text)
                    data["id"] = current_id
                    data["source"]["path"] = current_path
                    text = json.dumps(data, ensure_ascii=False)
                out.write(text if first else "," + text)
                first = False
        out.write("]\n")
        return bool(ordered)



def load_records(paths: Iterable[str], *, warn: Warn, max_size: int = DEFAULT_MAX_SIZE) -> list[Record]:
    """Parse files without any cache (used by `belcoop parse`)."""
    view = CorpusView(paths, warn=warn, use_cache=False, max_size=max_size)
    return view.select()
