"""`belcoop export`: the records of a corpus for other tools, as one SQLite database or a folder of CSV files.

The database has one table per concern (records, trade_facts, people and their mentions, partners,
sectors, organizations, agreements, copies) with foreign keys and indexes, and `article_text`, a
full-text index (FTS5) of each record's title and text. The CSV files are the same tables, one file
each (without the text index). Nothing is overwritten unless asked: a new file is written beside the
target and moved into place only when it is complete.
"""

from __future__ import annotations

import csv
import os
import shutil
import tempfile
from pathlib import Path

from belcoop.errors import BelcoopError
from belcoop.store.filters import Query

EXPORT_FORMATS = ("sqlite", "csv")


def export(view: object, query: Query, target: str, fmt: str, *, force: bool) -> dict[str, int]:
    """Write the records of `view` that pass `query` to `target`; how many rows each table got."""
    from belcoop.analysis.people import merge
    from belcoop.store import exported, select
    from belcoop.store.sync import CorpusView

    assert isinstance(view, CorpusView)
    path = Path(target).expanduser()
    if path.exists() and not force:
        raise BelcoopError(f"{path} exists: give another path, or --force to replace it")
    if fmt == "sqlite" and path.is_dir():
        raise BelcoopError(f"{path} is a folder: the SQLite export is one file (--format csv writes a folder)")
    persons = merge(select.mentions(view, query, scopes=("article",)), select._country_code)
    tables = exported.tables(view, query, persons)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if fmt == "sqlite":
            fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
            os.close(fd)
            os.unlink(temporary)  # sqlite makes it anew
            try:
                counts = exported.write_sqlite(Path(temporary), tables)
                os.replace(temporary, path)
            finally:
                for leftover in (temporary, f"{temporary}-journal"):
                    if os.path.exists(leftover):
                        os.unlink(leftover)
            return counts
        staging = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".part", dir=folder))
        try:
            counts = {}
            for table in tables:
                if table.name == "article_text":
                    continue
                with open(staging / f"{table.name}.csv", "w", encoding="utf-8", newline="") as out:
                    writer = csv.writer(out)
                    writer.writerow(table.columns)
                    counts[table.name] = 0
                    for row in table.rows:
                        writer.writerow(["" if v is None else int(v) if isinstance(v, float) and v.is_integer() else v for v in row])
                        counts[table.name] += 1
            if path.exists():
                shutil.rmtree(path) if path.is_dir() else path.unlink()
            os.replace(staging, path)
        finally:
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)
        return counts
    except OSError as err:
        raise BelcoopError(f"cannot write {path}: {err.strerror or err}") from None
