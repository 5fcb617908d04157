"""Reading an article file as text, whatever state it is in (belcoop.scan finds the files).

Everything here shapes the records, so this file is part of the parser version. Nothing here ever
writes to, moves or deletes a user's file; a file that cannot be used raises SkipFile with the reason.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from pathlib import Path

_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"RIFF", b"\x1f\x8b")

Warn = Callable[[str], None]


class SkipFile(Exception):
    """This one file cannot be read as an article; the message says why."""


def read_bytes(path: str, size: int, max_size: int) -> bytes:
    """The bytes of a regular file, never blocking: a named pipe or a device (given directly, or put in
    place of a file since the scan) is skipped, not read."""
    if size > max_size:
        raise SkipFile(f"larger than --max-size ({size:,} > {max_size:,} bytes)")
    try:
        # O_NONBLOCK: opening a named pipe with no writer would otherwise wait for ever.
        with open(path, "rb", opener=_without_waiting) as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                raise SkipFile("not a regular file")
            # The size the scan saw, and a byte more to learn whether the file grew since: a read of max_size bytes
            # at once would have the buffer of that size made (and its pages touched) for every file.
            data = fh.read(min(size, max_size) + 1)
            if len(data) > size:  # it grew: read on up to the bound, as the caller checks
                data += fh.read(max_size + 1 - len(data))
            return data
    except PermissionError:
        raise SkipFile("permission denied") from None
    except OSError as err:
        raise SkipFile(err.strerror or str(err)) from None


def _without_waiting(path: str, flags: int) -> int:
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


# Bytes no text file holds (C0 controls but tab, line ends, form feed and escape; DEL is left to the text).
_CONTROL = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL)
BINARY_SHARE = 0.02  # of control bytes in the first 8 KB: above it a file is binary; a stray NUL is not


def is_binary(data: bytes) -> bool:
    """Binary by its signature, or by the share of control bytes: one NUL in an article is damage, not a format."""
    if data.startswith(_MAGIC):
        return True
    sample = data[:8192]
    return len(sample.translate(None, _NOT_CONTROL)) > BINARY_SHARE * len(sample)


def decode(data: bytes, name: str, warn: Warn) -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else line by line: each line UTF-8
    if it is, else cp1251 or latin-1 (guessed from the lines that are not), with a warning.

    Messages to `warn` do not name the file: the caller does, as its corpus names it.
    """
    if not data.strip():
        raise SkipFile("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise SkipFile("invalid UTF-16") from None
    if is_binary(data):
        raise SkipFile("binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    texts: list[str | None] = []
    unicode_lines = 0  # valid UTF-8 beyond ASCII: the file mixes encodings
    other = bytearray()
    for line in lines:
        try:
            texts.append(line.decode("utf-8"))
            unicode_lines += not line.isascii()
        except UnicodeDecodeError:
            texts.append(None)
            other += line
    encoding = _single_byte(bytes(other))
    odd = sum(text is None for text in texts)
    if unicode_lines:
        warn(f"mixed encodings: {odd:,} of {len(lines):,} lines are not UTF-8, read as {encoding}")
    else:
        warn(f"not UTF-8, read as {encoding}")
    text = "\n".join(line.decode(encoding, errors="replace") if t is None else t for line, t in zip(lines, texts, strict=True))
    return text[1:] if text.startswith("\ufeff") else text


def _single_byte(data: bytes) -> str:
    """cp1251 when letters of the upper half come in runs (Cyrillic words), else latin-1 (accents here and there)."""
    high = [i for i, b in enumerate(data) if b >= 0xC0]
    in_runs = sum(1 for i in high if (i + 1 < len(data) and data[i + 1] >= 0xC0) or (i and data[i - 1] >= 0xC0))
    return "cp1251" if high and in_runs / len(high) > 0.5 else "latin-1"


def html_to_text(html: str) -> str:
    """The visible text of a saved web page (see belcoop.html), as far as the parser reads it."""
    from belcoop.html import visible_text
    from belcoop.vocab import RAW_LIMIT

    return visible_text(html, RAW_LIMIT)


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

    # str.split() and the \s of a str pattern take the same characters for space: the key of re.sub(r"\s+", " ",
    # text).strip(), at twice its speed (a 5 MB file)
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()
