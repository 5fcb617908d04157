"""Finding article files and reading them as text, whatever state they are in.

Nothing here ever writes to, moves or deletes a user's file. A file that cannot be used is
skipped with a reason (the caller warns); only a corpus path that does not exist is an error.
"""

from __future__ import annotations

import marshal
import os
import re
import stat
import sys
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

from belcoop.errors import CorpusError

ARTICLE_SUFFIXES = {".txt", ".html", ".htm"}

_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"BM", b"RIFF", b"\x1f\x8b")

Warn = Callable[[str], None]


class SkipFile(Exception):
    """This one file cannot be read as an article; the message says why."""


class SourceFile:
    """An article file: its path as found (for the record's source.path), absolute path, size and mtime."""

    __slots__ = ("path", "size", "mtime_ns", "absolute")

    def __init__(self, path: str, size: int, mtime_ns: int, *, absolute: str | None = None) -> None:
        self.path = path
        self.size = size
        self.mtime_ns = mtime_ns
        self.absolute = absolute if absolute is not None else os.path.abspath(path)

    def __repr__(self) -> str:
        return f"SourceFile({self.path!r}, {self.size}, {self.mtime_ns})"


class Scan:
    """The article files of a corpus, kept column by column.

    A warm query walks the whole corpus to notice edits; columns (plain lists and arrays of
    integers) cost far less than an object per file and compare with a stored scan in one step.
    Absolute paths are only worked out when asked for: from each folder's run of files.
    """

    __slots__ = ("paths", "sizes", "mtimes", "_runs", "_starts")

    def __init__(self) -> None:
        self.paths: list[str] = []
        self.sizes = array("q")
        self.mtimes = array("q")
        self._runs: list[tuple[int, str]] = []  # (length of the path prefix, absolute prefix) per run of files
        self._starts: list[int] = []  # index of each run's first file

    def add_run(self, base: str, absolute_base: str, names: list[str], sizes: Sequence[int], mtimes: Sequence[int]) -> None:
        """Files `names` of one folder, whose paths are `base` + name (absolute: `absolute_base` + name)."""
        if not names:
            return
        self._starts.append(len(self.paths))
        self._runs.append((len(base), absolute_base))
        self.paths.extend([base + name for name in names])
        self.sizes.extend(sizes)
        self.mtimes.extend(mtimes)

    def add(self, path: str, absolute: str, size: int, mtime_ns: int) -> None:
        self.add_run(path, absolute, [""], [size], [mtime_ns])

    def absolute(self, index: int) -> str:
        cut, prefix = self._runs[bisect_right(self._starts, index) - 1]
        return prefix + self.paths[index][cut:]

    def absolutes(self) -> list[str]:
        out: list[str] = []
        ends = [*self._starts[1:], len(self.paths)]
        for start, end, (cut, prefix) in zip(self._starts, ends, self._runs, strict=True):
            out.extend([prefix + path[cut:] for path in self.paths[start:end]])
        return out

    def __len__(self) -> int:
        return len(self.paths)

    def __getitem__(self, index: int) -> SourceFile:
        return SourceFile(self.paths[index], self.sizes[index], self.mtimes[index], absolute=self.absolute(index))

    def __iter__(self) -> Iterator[SourceFile]:
        return (self[i] for i in range(len(self.paths)))


def bundled_seeds() -> Path:
    """The five seed articles shipped inside the package (or beside it in a source checkout)."""
    here = Path(__file__).resolve().parent
    installed = here / "seeds"
    return installed if installed.is_dir() else here.parent / "seeds"


class _Run(NamedTuple):
    """Plain files of one folder still to be stat-ed: paths `base` + name, absolute paths `prefix` + name."""

    base: str
    prefix: str
    names: list[str]


class _Stated(NamedTuple):
    """A run of files already stat-ed (by a helper process)."""

    base: str
    prefix: str
    names: list[str]
    sizes: array[int]
    mtimes: array[int]


class _Helper(NamedTuple):
    """Subfolders being walked by a helper process, with what is needed to walk them here if it fails."""

    pid: int
    pipe: int
    folders: list[os.DirEntry[str]]
    base: str
    prefix: str
    ancestors: set[str]


_Found = _Run | _Stated | _Helper | SourceFile  # in corpus order


def discover(paths: list[str], warn: Warn) -> Scan:
    """Every article file under `paths` (files, or folders searched recursively), in a stable order.

    On a large corpus split in subfolders, a helper process walks half of them meanwhile: the
    stat() of every file, needed to notice edits, is most of a warm query's time.
    """
    found: list[_Found] = []
    seen: set[tuple[int, int]] = set()  # (device, inode): a file reached twice through links is read once
    for raw in paths:
        if not os.path.lexists(raw):
            raise CorpusError(f"corpus path does not exist: {raw}")
        if os.path.isdir(raw):
            _walk(raw, os.path.abspath(raw), warn, seen, found, {os.path.realpath(raw)}, check=len(paths) > 1, split=True)
        elif os.path.islink(raw) and not os.path.exists(raw):
            warn(f"skipping {raw}: broken symbolic link")
        else:
            try:
                st = os.stat(raw)
            except OSError as err:
                warn(f"skipping {raw}: {err.strerror or err}")
                continue
            if (st.st_dev, st.st_ino) not in seen:
                seen.add((st.st_dev, st.st_ino))
                found.append(SourceFile(raw, st.st_size, st.st_mtime_ns))
    scan = Scan()
    _add(scan, found, warn, seen)
    return scan


def _add(scan: Scan, found: list[_Found], warn: Warn, seen: set[tuple[int, int]]) -> None:
    """Stat the runs found and add everything to `scan`, in order (taking in what helpers found)."""
    for item in found:
        if isinstance(item, _Run):
            scan.add_run(item.base, item.prefix, *_stat_run(item, warn))
        elif isinstance(item, _Stated):
            scan.add_run(item.base, item.prefix, item.names, item.sizes, item.mtimes)
        elif isinstance(item, _Helper):
            helped: list[_Found] | None = _collect(item)
            if helped is None:  # the helper met something unusual, or failed: walk those folders here
                helped = []
                for entry in item.folders:
                    _subfolder(entry, item.base, item.prefix, warn, seen, helped, item.ancestors, check=False)
            _add(scan, helped, warn, seen)
        else:
            scan.add(item.path, item.absolute, item.size, item.mtime_ns)


# Listing a folder through a descriptor lets each stat() resolve one name instead of a whole path.
_BY_FD = os.scandir in os.supports_fd and os.stat in os.supports_dir_fd
_ENDINGS = tuple(sorted(ARTICLE_SUFFIXES))
PARALLEL_WALK = 20_000  # files (as projected from the first subfolder); below this a helper costs more than it saves


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
    sep = os.sep
    base = folder if folder.endswith(sep) else folder + sep
    prefix = absolute + sep
    if check:
        names: list[str] = []
        odd = entries
    else:
        plain = [entry.name for entry in entries if entry.is_file(follow_symlinks=False)]
        names = [name for name in plain if name.endswith(_ENDINGS) or name.lower().endswith(_ENDINGS)]
        odd = [entry for entry in entries if not entry.is_file(follow_symlinks=False)] if len(plain) < len(entries) else []
    if names:
        names.sort()
        found.append(_Run(base, prefix, names))
    odd.sort(key=lambda e: e.name)
    if split and not check and len(odd) > 2 and all(entry.is_dir(follow_symlinks=False) for entry in odd):
        before = _count(found)
        _subfolder(odd[0], base, prefix, warn, seen, found, ancestors, check=False)
        rest = odd[1:]
        if (_count(found) - before) * len(odd) >= PARALLEL_WALK and _can_fork():
            cut = (len(rest) + 1) // 2  # this process has walked the first subfolder already
            helper = _fork_walk(rest[cut:], base, prefix, ancestors)
            if helper is not None:
                for entry in rest[:cut]:
                    _subfolder(entry, base, prefix, warn, seen, found, ancestors, check=False)
                found.append(helper)
                return
        odd = rest
    for entry in odd:
        name = entry.name
        if entry.is_dir():
            _subfolder(entry, base, prefix, warn, seen, found, ancestors, check=check)
        elif name.endswith(_ENDINGS) or name.lower().endswith(_ENDINGS):
            _file(entry, base, prefix, warn, seen, found, check=check)


def _count(found: list[_Found]) -> int:
    return sum(len(item.names) if isinstance(item, _Run) else 1 for item in found)


def _stat_run(run: _Run, warn: Warn | None) -> tuple[list[str], list[int], list[int]]:
    """Stat one folder's files; with `warn` None (in a helper process), any failure raises instead."""
    try:
        if _BY_FD:
            fd = os.open(run.base, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
            try:
                stats = [os.stat(name, dir_fd=fd) for name in run.names]
            finally:
                os.close(fd)
        else:
            stats = [os.stat(run.base + name) for name in run.names]
        return run.names, [st.st_size for st in stats], [st.st_mtime_ns for st in stats]
    except OSError:
        if warn is None:
            raise
    # A file vanished or cannot be read meanwhile: take them one by one, with a warning for that one.
    names: list[str] = []
    sizes: list[int] = []
    mtimes: list[int] = []
    for name in run.names:
        try:
            st = os.stat(run.base + name)
        except OSError as err:
            warn(f"skipping {run.base + name}: {err.strerror or err}")
            continue
        names.append(name)
        sizes.append(st.st_size)
        mtimes.append(st.st_mtime_ns)
    return names, sizes, mtimes


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


def _fork_walk(folders: list[os.DirEntry[str]], base: str, prefix: str, ancestors: set[str]) -> _Helper | None:
    """Start a helper process that walks `folders` (plain files only) and sends back what it found."""
    try:
        read_end, write_end = os.pipe()
        pid = os.fork()
    except OSError:
        return None
    if pid == 0:  # the helper: no cleanup handlers, no buffered output; any failure means "do it yourself"
        code = 1
        try:
            os.close(read_end)
            found: list[_Found] = []
            for entry in folders:
                _subfolder(entry, base, prefix, _refuse, set(), found, ancestors, check=False)
            runs = []
            for item in found:
                if not isinstance(item, _Run):
                    raise _Unusual
                names, sizes, mtimes = _stat_run(item, None)
                runs.append((item.base, item.prefix, names, array("q", sizes).tobytes(), array("q", mtimes).tobytes()))
            data = memoryview(marshal.dumps(runs))
            while data:
                data = data[os.write(write_end, data):]
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    return _Helper(pid, read_end, folders, base, prefix, ancestors)


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
    for base, prefix, names, size_bytes, mtime_bytes in runs:
        sizes, mtimes = array("q"), array("q")
        sizes.frombytes(size_bytes)
        mtimes.frombytes(mtime_bytes)
        out.append(_Stated(base, prefix, names, sizes, mtimes))
    return out


def _subfolder(
    entry: os.DirEntry[str], base: str, prefix: str, warn: Warn, seen: set[tuple[int, int]], found: list[_Found],
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
    _walk(path, prefix + entry.name, warn, seen, found, ancestors | {real or os.path.realpath(path)},
          check=check or real is not None)


def _file(
    entry: os.DirEntry[str], base: str, prefix: str, warn: Warn, seen: set[tuple[int, int]], found: list[_Found], *,
    check: bool,
) -> None:
    """A link to a file, a file that may be reached twice, or something that is not a plain file at all."""
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
    if check or link:
        # Only links (or overlapping corpus paths) can lead to one file twice.
        identity = (st.st_dev, st.st_ino)
        if identity in seen:
            return
        seen.add(identity)
    found.append(SourceFile(path, st.st_size, st.st_mtime_ns, absolute=prefix + entry.name))


def read_bytes(source: SourceFile, max_size: int) -> bytes:
    if source.size > max_size:
        raise SkipFile(f"larger than --max-size ({source.size:,} > {max_size:,} bytes)")
    try:
        with open(source.path, "rb") as fh:
            return fh.read(max_size + 1)
    except PermissionError:
        raise SkipFile("permission denied") from None
    except OSError as err:
        raise SkipFile(err.strerror or str(err)) from None


def decode(data: bytes, name: str, warn: Warn) -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1251 or latin-1 with a warning."""
    if not data.strip():
        raise SkipFile("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise SkipFile("invalid UTF-16") from None
    if data.startswith(_MAGIC) or b"\x00" in data[:8192]:
        raise SkipFile("binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    high = [i for i, b in enumerate(data) if b >= 0xC0]
    in_runs = sum(1 for i in high if (i + 1 < len(data) and data[i + 1] >= 0xC0) or (i and data[i - 1] >= 0xC0))
    encoding = "cp1251" if high and in_runs / len(high) > 0.5 else "latin-1"
    warn(f"{name}: not UTF-8, read as {encoding}")
    return data.decode(encoding, errors="replace")


def html_to_text(html: str) -> str:
    """The visible text of a saved web page (see belcoop.html)."""
    from belcoop.html import visible_text

    return visible_text(html)


def looks_like_html(name: str, text: str) -> bool:
    return Path(name).suffix.lower() in (".html", ".htm") or bool(
        re.match(r"\s*(?:<!DOCTYPE html|<html\b)", text[:500], re.IGNORECASE)
    )


def article_text(data: bytes, name: str, warn: Warn) -> str:
    text = decode(data, name, warn)
    if looks_like_html(name, text):
        text = html_to_text(text)
    if not text.strip():
        raise SkipFile("no text in file")
    return text


def sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def text_key(text: str) -> str:
    """Identity of an article's text regardless of file name, encoding, line ends and spacing."""
    import hashlib

    return hashlib.sha256(re.sub(r"\s+", " ", text).strip().encode("utf-8")).hexdigest()
