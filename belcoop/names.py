"""File names as belcoop shows them and as the store keeps them.

A file name on Unix is bytes: Python gives an undecodable byte as a lone surrogate
(surrogateescape), and a name may hold control characters (an escape sequence, a newline). The
real name is kept for reading the file; what is printed (a record's id and path, a warning) is
`printable`, and what the store keeps is `db_name` (SQLite text must be valid UTF-8).
"""

from __future__ import annotations

import re

# Characters that must not reach a terminal or a JSON text as they are: C0 and C1 controls, DEL, line
# and paragraph separators, bidirectional overrides, and lone surrogates (undecodable bytes).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069" + chr(0xD800) + "-" + chr(0xDFFF) + "]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte, kept by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with undecodable bytes and control characters written as escapes (`\\xff`, `\\x1b`)."""
    if text.isprintable():  # the usual case, at C speed
        return text
    return _UNSAFE.sub(_escape, text)


def db_name(name: str) -> str | bytes:
    """A name or path as the store binds it: text when it is valid UTF-8, else its bytes (a BLOB,
    which SQLite never takes for equal to any text, so every name keeps its own key)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape")
    return name


def loaded(value: str | bytes) -> str:
    """A name or path read back from the store, as the scan of the file system gives it."""
    return value if isinstance(value, str) else value.decode("utf-8", "surrogateescape")
