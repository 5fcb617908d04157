"""Reading an article file as text, whatever state it is in (belcoop.scan finds the files).

Everything here shapes the records, so this file is part of the parser version. Nothing here ever
writes to, moves or deletes a user's file; a file that cannot be used raises SkipFile with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"BM", b"RIFF", b"\x1f\x8b")

Warn = Callable[[str], None]


class SkipFile(Exception):
    """This one file cannot be read as an article; the message says why."""


def read_bytes(path: str, size: int, max_size: int) -> bytes:
    if size > max_size:
        raise SkipFile(f"larger than --max-size ({size:,} > {max_size:,} bytes)")
    try:
        with open(path, "rb") as fh:
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
