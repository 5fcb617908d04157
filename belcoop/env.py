"""The run's environment (streams, terminal facts, variables) and its exit statuses.

One `Environment` is made where the program starts (`cli.main`, from the process's own streams)
and handed down, so nothing else looks at the process's streams or variables, and a test can
force a terminal or a pipe.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum
from typing import BinaryIO, TextIO


class ExitStatus(IntEnum):
    OK = 0  # also when nothing matches ("no records match" goes to stderr)
    ERROR = 1  # a runtime error: an unknown record id, a broken cache
    USAGE = 2  # a bad option value, an unknown region, a corpus path that does not exist
    INTERRUPTED = 130  # Ctrl-C


class Environment:
    """Where output goes and what it goes to: a terminal (indented JSON, coloured tables of its width) or not."""

    def __init__(
        self,
        *,
        stdin: BinaryIO,
        stdout: TextIO,
        stderr: TextIO,
        stdout_tty: bool = False,
        stderr_tty: bool = False,
        width: int | None = None,
        color: bool | None = None,
        variables: Mapping[str, str] | None = None,
    ) -> None:
        self.stdin = stdin
        self.stdout = stdout
        self.stderr = stderr
        self.stdout_tty = stdout_tty
        self.stderr_tty = stderr_tty
        self.variables: Mapping[str, str] = variables if variables is not None else {}
        # Piped output has no width: tables are never truncated or wrapped for a file.
        self.width = (width or 100) if stdout_tty else None
        plain = "NO_COLOR" in self.variables or self.variables.get("TERM") == "dumb"
        self.color = (stdout_tty and not plain) if color is None else color


def isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or odd stream is no terminal
        return False
