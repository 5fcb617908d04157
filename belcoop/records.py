"""From a corpus on disk to records: read, deduplicate, parse (in parallel when it pays), cache."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from belcoop.corpus import (
    DEFAULT_MAX_SIZE,
    SkipFile,
    SourceFile,
    Warn,
    article_text,
    discover,
    read_bytes,
    sha256,
    text_key,
)
from belcoop.model import Record

PARALLEL_THRESHOLD = 64  # below this many files to parse, a process pool costs more than it saves


class RecordCache(Protocol):
    def lookup(self, sources: list[SourceFile]) -> dict[str, dict[str, Any]]: ...
    def store(self, items: list[tuple[SourceFile, dict[str, Any], str]]) -> None: ...


@dataclass
class LoadResult:
    records: list[Record]
    files: int
    skipped: int = 0
    warnings: list[str] = field(default_factory=list)


def parse_file(data: bytes, name: str, path: str, record_id: str, warn: Warn) -> Record:
    """Parse one article's bytes; raises SkipFile when they are not usable text."""
    from belcoop.parse import parse_article

    text = article_text(data, name, warn)
    return parse_article(text, path=path, sha256=sha256(data), record_id=record_id)


def _job(args: tuple[str, int, str, int]) -> tuple[int, dict[str, Any] | None, list[str], str | None, str | None]:
    """Worker: parse one file. Returns (index, record dict, warnings, skip reason, text key)."""
    path, max_size, record_id, index = args
    warnings: list[str] = []
    try:
        st = os.stat(path)
        data = read_bytes(SourceFile(Path(path), st.st_size, st.st_mtime_ns), max_size)
        text = article_text(data, path, warnings.append)
        from belcoop.parse import parse_article

        record = parse_article(text, path=path, sha256=sha256(data), record_id=record_id)
        return index, record.to_dict(), warnings, None, text_key(text)
    except SkipFile as err:
        return index, None, warnings, str(err), None
    except OSError as err:
        return index, None, warnings, err.strerror or str(err), None


def _ids(sources: list[SourceFile]) -> list[str]:
    """Record ids from file name stems; a stem used twice gets a short hash of its path."""
    import hashlib

    stems = [s.path.stem for s in sources]
    counts: dict[str, int] = {}
    for stem in stems:
        counts[stem] = counts.get(stem, 0) + 1
    return [
        stem if counts[stem] == 1 else f"{stem}-{hashlib.sha1(str(s.path).encode()).hexdigest()[:8]}"
        for stem, s in zip(stems, sources)
    ]


def load_corpus(
    paths: Iterable[str],
    *,
    warn: Warn,
    max_size: int = DEFAULT_MAX_SIZE,
    cache: RecordCache | None = None,
    jobs: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> LoadResult:
    """Records for every article under `paths`; bad files are skipped with one warning each."""
    sources = discover(list(paths), warn)
    ids = _ids(sources)
    cached = cache.lookup(sources) if cache else {}
    results: dict[int, tuple[dict[str, Any] | None, str | None, str | None]] = {}
    todo: list[tuple[str, int, str, int]] = []
    for index, (source, record_id) in enumerate(zip(sources, ids)):
        hit = cached.get(str(source.path))
        if hit is not None:
            record = dict(hit["record"])
            record["id"] = record_id
            record["source"] = {**record["source"], "path": str(source.path)}
            results[index] = (record, None, hit.get("text_key"))
        else:
            todo.append((str(source.path), max_size, record_id, index))
    fresh: list[tuple[SourceFile, dict[str, Any], str]] = []
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    outputs: Iterable[tuple[int, dict[str, Any] | None, list[str], str | None, str | None]]
    if workers > 1 and len(todo) >= PARALLEL_THRESHOLD:
        pool = ProcessPoolExecutor(max_workers=workers)
        outputs = pool.map(_job, todo, chunksize=max(1, min(64, len(todo) // (workers * 8) or 1)))
    else:
        pool = None
        outputs = map(_job, todo)
    try:
        for done, (index, record, warnings, skip, key) in enumerate(outputs, 1):
            for w in warnings:
                warn(w)
            if skip:
                warn(f"skipping {sources[index].path}: {skip}")
            results[index] = (record, skip, key)
            if record is not None and key is not None:
                fresh.append((sources[index], record, key))
            if progress:
                progress(done, len(todo))
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    if cache and fresh:
        cache.store(fresh)

    records: list[Record] = []
    skipped = 0
    by_sha: dict[str, str] = {}
    by_text: dict[str, str] = {}
    for index in range(len(sources)):
        record, skip, key = results[index]
        if record is None:
            skipped += 1
            continue
        digest = record["source"]["sha256"]
        twin = by_sha.get(digest) or (by_text.get(key) if key else None)
        if twin:
            warn(f"skipping {sources[index].path}: duplicate of {twin}")
            skipped += 1
            continue
        by_sha[digest] = str(sources[index].path)
        if key:
            by_text[key] = str(sources[index].path)
        records.append(Record.from_dict(record))
    return LoadResult(records, len(sources), skipped)
