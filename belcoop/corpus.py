"""Finding article files and reading them as text, whatever state they are in.

Nothing here ever writes to, moves or deletes a user's file. A file that cannot be used is
skipped with a reason (the caller warns); only a corpus path that does not exist is an error.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from pathlib import Path

from belcoop.errors import CorpusError

ARTICLE_SUFFIXES = {".txt", ".html", ".htm"}
_SUFFIXES_NO_DOT = {s[1:] for s in ARTICLE_SUFFIXES}

_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"BM", b"RIFF", b"\x1f\x8b")

Warn = Callable[[str], None]


class SkipFile(Exception):
    """This one file cannot be read as an article; the message says why."""


class SourceFile:
    """An article file: its path as found (for the record's source.path), absolute path, size and mtime."""

    __slots__ = ("path", "size", "mtime_ns", "stem", "absolute")

    def __init__(self, path: str, size: int, mtime_ns: int, *, stem: str | None = None, absolute: str | None = None) -> None:
        self.path = path
        self.size = size
        self.mtime_ns = mtime_ns
        self.stem = stem if stem is not None else os.path.splitext(os.path.basename(path))[0]
        self.absolute = absolute if absolute is not None else os.path.abspath(path)

    def __repr__(self) -> str:
        return f"SourceFile({self.path!r}, {self.size}, {self.mtime_ns})"


def bundled_seeds() -> Path:
    """The five seed articles shipped inside the package (or beside it in a source checkout)."""
    here = Path(__file__).resolve().parent
    installed = here / "seeds"
    return installed if installed.is_dir() else here.parent / "seeds"


def discover(paths: list[str], warn: Warn) -> list[SourceFile]:
    """Every article file under `paths` (files, or folders searched recursively), in a stable order."""
    found: list[SourceFile] = []
    seen: set[tuple[int, int]] = set()  # (device, inode): a file reached twice through links is read once
    for raw in paths:
        if not os.path.lexists(raw):
            raise CorpusError(f"corpus path does not exist: {raw}")
        if os.path.isdir(raw):
            _walk(raw, os.path.abspath(raw), warn, seen, found, {os.path.realpath(raw)}, check=len(paths) > 1)
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
    return found


def _walk(
    folder: str,
    absolute: str,
    warn: Warn,
    seen: set[tuple[int, int]],
    found: list[SourceFile],
    ancestors: set[str],
    *,
    check: bool,
) -> None:
    """Depth-first, sorted; a link back to a folder above is a loop and is skipped with a warning.

    This runs over every file on every query (to notice edits), so it avoids per-file path objects.
    """
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as err:
        warn(f"skipping {folder}: {err.strerror or err}")
        return
    sep = os.sep
    prefix = absolute + sep
    suffixes = _SUFFIXES_NO_DOT
    append = found.append
    for entry in entries:
        name = entry.name
        try:
            if entry.is_dir():
                real = os.path.realpath(entry.path) if entry.is_symlink() else None
                if real is not None and real in ancestors:
                    warn(f"skipping {entry.path}: symbolic link loop")
                    continue
                _walk(entry.path, prefix + name, warn, seen, found, ancestors | {real or os.path.realpath(entry.path)},
                      check=check or real is not None)
                continue
            stem, dot, suffix = name.rpartition(".")
            if not dot or suffix.lower() not in suffixes:
                continue
            link = entry.is_symlink()
            if link and not os.path.exists(entry.path):
                warn(f"skipping {entry.path}: broken symbolic link")
                continue
            st = entry.stat()
        except OSError as err:
            warn(f"skipping {entry.path}: {err.strerror or err}")
            continue
        if check or link:
            # Only links (or overlapping corpus paths) can lead to one file twice.
            identity = (st.st_dev, st.st_ino)
            if identity in seen:
                continue
            seen.add(identity)
        append(SourceFile(entry.path, st.st_size, st.st_mtime_ns, stem=stem, absolute=prefix + name))


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
    return hashlib.sha256(data).hexdigest()


def text_key(text: str) -> str:
    """Identity of an article's text regardless of file name, encoding, line ends and spacing."""
    return hashlib.sha256(re.sub(r"\s+", " ", text).strip().encode("utf-8")).hexdigest()
