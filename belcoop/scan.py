"""Finding the article files of a corpus, fast: on every query, since that is how edits are noticed.

Nothing here reads a file's contents (that is belcoop.corpus) or ever writes, moves or deletes one.
A path that cannot be used is skipped with a warning; only a corpus path that does not exist is an error.
"""

from __future__ import annotations

import marshal
import os
import stat
import sys
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

from belcoop.errors import CorpusError
from belcoop.vocab import DATA_SUFFIXES

ARTICLE_SUFFIXES = {".txt", ".html", ".htm"}

Warn = Callable[[str], None]


class Run:
    """Article files of one folder, found together: their paths are `base + name` (as found) and
    `folder + os.sep + name` (absolute).

    `whole` says the run is every article file of the folder (it was walked, and nothing in it was a
    link, a special file or a file seen before), which lets the store vouch for the folder at once.
    """

    __slots__ = ("base", "folder", "names", "sizes", "mtimes", "whole")

    def __init__(self, base: str, folder: str, names: list[str], sizes: array[int], mtimes: array[int], whole: bool) -> None:
        self.base = base
        self.folder = folder
        self.names = names
        self.sizes = sizes
        self.mtimes = mtimes
        self.whole = whole

    def path(self, index: int) -> str:
        return self.base + self.names[index]

    def has(self, name: str) -> bool:
        index = bisect_left(self.names, name)  # the names of a run are sorted
        return index < len(self.names) and self.names[index] == name

    def absolute(self, index: int) -> str:
        return self.folder + os.sep + self.names[index]


class Scan:
    """The article files of a corpus, in a stable order, as runs of one folder each.

    A warm query walks the whole corpus to notice edits; plain lists and arrays per folder cost far
    less than an object per file, and compare with what the store holds in one step.
    """

    def __init__(self, runs: list[Run]) -> None:
        self.runs = runs
        self._folders: dict[str, list[tuple[int, Run]]] | None = None

    def __len__(self) -> int:
        return sum(len(run.names) for run in self.runs)

    def files(self) -> Iterator[tuple[Run, int]]:
        for run in self.runs:
            for index in range(len(run.names)):
                yield run, index

    def locate(self, folder: str, name: str) -> tuple[int, Run, int] | None:
        """Where the file `name` of the (absolute) `folder` stands: its position in the corpus, run and index."""
        if self._folders is None:
            self._folders = {}
            start = 0
            for run in self.runs:
                self._folders.setdefault(run.folder, []).append((start, run))
                start += len(run.names)
        for start, run in self._folders.get(folder, ()):
            index = bisect_left(run.names, name)  # the names of a run are sorted
            if index < len(run.names) and run.names[index] == name:
                return start + index, run, index
        return None


def stem(name: str) -> str:
    """A file name without its suffix: what a record id is made of."""
    return os.path.splitext(name)[0]


def bundled_seeds() -> Path:
    """The five seed articles shipped inside the package (or beside it in a source checkout)."""
    here = Path(__file__).resolve().parent
    installed = here / "seeds"
    return installed if installed.is_dir() else here.parent / "seeds"


class _Run(NamedTuple):
    """Plain files of one folder still to be stat-ed."""

    base: str
    folder: str
    names: list[str]
    whole: bool


class _Helper(NamedTuple):
    """Subfolders being walked by a helper process, with what is needed to walk them here if it fails."""

    pid: int
    pipe: int
    folders: list[os.DirEntry[str]]
    base: str
    folder: str
    ancestors: set[str]


_Found = _Run | Run | _Helper  # in corpus order; a Run is already stat-ed (a single file, or a helper's)


def discover(paths: list[str], warn: Warn) -> Scan:
    """Every article file under `paths` (files, or folders searched recursively), in a stable order.

    On a large corpus split in subfolders, a helper process walks half of them meanwhile: the
    stat() of every file, needed to notice edits, is most of a warm query's time.
    """
    found: list[_Found] = []
    # (device, inode) of files that could be reached twice: through links, or overlapping corpus paths.
    seen: set[tuple[int, int]] = set()
    check = len(paths) > 1
    for raw in paths:
        if not os.path.lexists(raw):
            raise CorpusError(f"corpus path does not exist: {raw}")
        if os.path.isdir(raw):
            _walk(raw, os.path.abspath(raw), warn, seen, found, {os.path.realpath(raw)}, check=check, split=True)
        elif os.path.islink(raw) and not os.path.exists(raw):
            warn(f"skipping {raw}: broken symbolic link")
        elif os.path.splitext(raw)[1].lower() in DATA_SUFFIXES:
            warn(f"skipping {raw}: a {os.path.splitext(raw)[1].lower()} file is data, not an article")
        else:
            try:
                st = os.stat(raw)
            except OSError as err:
                warn(f"skipping {raw}: {err.strerror or err}")
                continue
            if not stat.S_ISREG(st.st_mode):  # a named pipe or a device would be read for ever
                warn(f"skipping {raw}: not a regular file" + (" (use - to read standard input)" if stat.S_ISFIFO(st.st_mode) else ""))
                continue
            if (st.st_dev, st.st_ino) not in seen:
                seen.add((st.st_dev, st.st_ino))
                found.append(_single(raw, os.path.abspath(raw), st))
    runs: list[Run] = []
    _add(runs, found, warn, seen)
    return Scan(runs)


def _single(path: str, absolute: str, st: os.stat_result) -> Run:
    """A run of one file: given directly, or a link (which the store checks on its own)."""
    folder, name = os.path.split(absolute)
    return Run(path[: len(path) - len(name)], folder, [name], array("q", [st.st_size]), array("q", [st.st_mtime_ns]), False)


def _add(runs: list[Run], found: list[_Found], warn: Warn, seen: set[tuple[int, int]]) -> None:
    """Stat the runs found and add them all, in order (taking in what helpers found)."""
    for item in found:
        if isinstance(item, _Run):
            run = _stat_run(item, warn, None)
            if run.names:
                runs.append(run)
        elif isinstance(item, _Helper):
            helped: list[_Found] | None = _collect(item)
            if helped is None:  # the helper met something unusual, or failed: walk those folders here
                helped = []
                for entry in item.folders:
                    _subfolder(entry, item.base, item.folder, warn, seen, helped, item.ancestors, check=False)
            _add(runs, helped, warn, seen)
        elif item.names:
            runs.append(item)


# Listing a folder through a descriptor lets each stat() resolve one name instead of a whole path.
_BY_FD = os.scandir in os.supports_fd and os.stat in os.supports_dir_fd
_ENDINGS = tuple(sorted(ARTICLE_SUFFIXES))
PARALLEL_WALK = 20_000  # files (as projected from the first subfolder); below this a helper costs more than it saves


def _is_article(name: str) -> bool:
    return name.endswith(_ENDINGS) or name.lower().endswith(_ENDINGS)


def _walk(
    folder: str,
    absolute: str,
    warn: Warn,
    seen: set[tuple[int, int]],
    found: list[_Found],
    ancestors: set[str],
    *,
    check: bool,
    split: bool = False,
) -> None:
    """A folder's article files in name order, then its subfolders' in turn.

    A link back to a folder above is a loop, skipped with a warning. This runs over every file on
    every query (to notice edits), so the usual case (plain files) costs a few list operations.
    With `split`, a large folder's later subfolders may go to a helper process.
    """
    try:
        with os.scandir(folder) as it:
            entries = list(it)
    except OSError as err:
        warn(f"skipping {folder}: {err.strerror or err}")
        return
    base = folder if folder.endswith(os.sep) else folder + os.sep
    plain = [entry.name for entry in entries if entry.is_file(follow_symlinks=False)]
    odd = [entry for entry in entries if not entry.is_file(follow_symlinks=False)] if len(plain) < len(entries) else []
    odd.sort(key=lambda e: e.name)
    names = sorted(name for name in plain if _is_article(name))
    if names:
        # Links and special files among the articles are taken one by one: the run is then not the whole folder.
        run = _Run(base, absolute, names, not any(_is_article(e.name) and not e.is_dir() for e in odd))
        # With overlapping corpus paths, stat now: the first path to reach a file is the one that keeps it.
        found.append(_stat_run(run, warn, seen) if check else run)
    if split and not check and len(odd) > 2 and all(entry.is_dir(follow_symlinks=False) for entry in odd):
        before = _count(found)
        _subfolder(odd[0], base, absolute, warn, seen, found, ancestors, check=False)
        rest = odd[1:]
        if (_count(found) - before) * len(odd) >= PARALLEL_WALK and _can_fork():
            cut = (len(rest) + 1) // 2  # this process has walked the first subfolder already
            helper = _fork_walk(rest[cut:], base, absolute, ancestors)
            if helper is not None:
                for entry in rest[:cut]:
                    _subfolder(entry, base, absolute, warn, seen, found, ancestors, check=False)
                found.append(helper)
                return
        odd = rest
    for entry in odd:
        if entry.is_dir():
            _subfolder(entry, base, absolute, warn, seen, found, ancestors, check=check)
        elif _is_article(entry.name):
            _file(entry, base, absolute, warn, seen, found)


def _count(found: list[_Found]) -> int:
    return sum(len(item.names) for item in found if not isinstance(item, _Helper))


def _stat_run(run: _Run, warn: Warn | None, seen: set[tuple[int, int]] | None) -> Run:
    """Stat one folder's files. With `seen`, a file met before (by device and inode) is left out.
    With `warn` None (in a helper process), any failure raises instead."""
    try:
        if _BY_FD:
            fd = os.open(run.base, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
            try:
                stats = [os.stat(name, dir_fd=fd) for name in run.names]
            finally:
                os.close(fd)
        else:
            stats = [os.stat(run.base + name) for name in run.names]
        names, whole = run.names, run.whole
    except OSError:
        if warn is None:
            raise
        # A file vanished or cannot be read meanwhile: take them one by one, with a warning for that one.
        names, stats, whole = [], [], False
        for name in run.names:
            try:
                stats.append(os.stat(run.base + name))
                names.append(name)
            except OSError as err:
                warn(f"skipping {run.base + name}: {err.strerror or err}")
    if seen is not None:
        kept = [(name, st) for name, st in zip(names, stats, strict=True) if (st.st_dev, st.st_ino) not in seen]
        seen.update((st.st_dev, st.st_ino) for st in stats)
        if len(kept) < len(names):
            names, stats, whole = [name for name, _st in kept], [st for _name, st in kept], False
    return Run(run.base, run.folder, names, array("q", [st.st_size for st in stats]), array("q", [st.st_mtime_ns for st in stats]),
               whole)


def _can_fork() -> bool:
    import threading

    # fork() is only safe in a process with no other threads (on Linux, where it is also cheap), and
    # only worth it with a second core this process may use.
    if sys.platform != "linux" or not hasattr(os, "fork") or threading.active_count() != 1:
        return False
    return len(os.sched_getaffinity(0)) > 1


class _Unusual(Exception):
    """The helper met something that needs a warning or care: it leaves those folders to the main process."""


def _refuse(_message: str) -> None:
    raise _Unusual


def _fork_walk(folders: list[os.DirEntry[str]], base: str, folder: str, ancestors: set[str]) -> _Helper | None:
    """Start a helper process that walks `folders` (plain files only) and sends back what it found."""
    parent = os.getpid()
    try:
        read_end, write_end = os.pipe()
        pid = os.fork()
    except OSError:
        return None
    if pid == 0:  # the helper: no cleanup handlers, no buffered output; any failure means "do it yourself"
        code = 1
        try:
            from belcoop.workers import start

            start(parent)  # never outlives belcoop, holds no stdout
            os.close(read_end)
            found: list[_Found] = []
            for entry in folders:
                _subfolder(entry, base, folder, _refuse, set(), found, ancestors, check=False)
            runs = []
            for item in found:
                if not isinstance(item, _Run):
                    raise _Unusual
                run = _stat_run(item, None, None)
                runs.append((run.base, run.folder, run.names, run.sizes.tobytes(), run.mtimes.tobytes(), run.whole))
            data = memoryview(marshal.dumps(runs))
            while data:
                data = data[os.write(write_end, data):]
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    return _Helper(pid, read_end, folders, base, folder, ancestors)


def _collect(helper: _Helper) -> list[_Found] | None:
    """What the helper found, or None if it failed or left the work to us."""
    chunks: list[bytes] = []
    try:
        while chunk := os.read(helper.pipe, 1 << 20):
            chunks.append(chunk)
    finally:
        os.close(helper.pipe)
        _pid, status = os.waitpid(helper.pid, 0)
    if status != 0:
        return None
    try:
        runs = marshal.loads(b"".join(chunks))
    except (ValueError, EOFError, TypeError):
        return None
    out: list[_Found] = []
    for base, folder, names, size_bytes, mtime_bytes, whole in runs:
        sizes, mtimes = array("q"), array("q")
        sizes.frombytes(size_bytes)
        mtimes.frombytes(mtime_bytes)
        out.append(Run(base, folder, names, sizes, mtimes, whole))
    return out


def _subfolder(
    entry: os.DirEntry[str], base: str, folder: str, warn: Warn, seen: set[tuple[int, int]], found: list[_Found],
    ancestors: set[str], *, check: bool,
) -> None:
    path = base + entry.name
    try:
        real = os.path.realpath(path) if entry.is_symlink() else None
    except OSError as err:
        warn(f"skipping {path}: {err.strerror or err}")
        return
    if real is not None and real in ancestors:
        warn(f"skipping {path}: symbolic link loop")
        return
    _walk(path, folder + os.sep + entry.name, warn, seen, found, ancestors | {real or os.path.realpath(path)},
          check=check or real is not None)


def _file(entry: os.DirEntry[str], base: str, folder: str, warn: Warn, seen: set[tuple[int, int]], found: list[_Found]) -> None:
    """A link to a file, or something that is not a plain file at all."""
    path = base + entry.name
    link = entry.is_symlink()
    try:
        st = os.stat(path)
    except FileNotFoundError as err:
        warn(f"skipping {path}: " + ("broken symbolic link" if link else err.strerror or str(err)))
        return
    except OSError as err:
        warn(f"skipping {path}: {err.strerror or err}")
        return
    if not stat.S_ISREG(st.st_mode):
        warn(f"skipping {path}: not a regular file")
        return
    identity = (st.st_dev, st.st_ino)  # only a link can lead to a file reached another way
    if identity in seen:
        return
    seen.add(identity)
    found.append(_single(path, folder + os.sep + entry.name, st))
