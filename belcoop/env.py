"""The run's environment (streams, terminal facts, variables) and its exit statuses.

One `Environment` is made where the program starts (`cli.main`, from the process's own streams)
and handed down, so nothing else looks at the process's streams or variables, and a test can
force a terminal or a pipe.
"""

from __future__ import annotations

import codecs
import io
import signal
from collections.abc import Mapping
from enum import IntEnum
from types import FrameType
from typing import BinaryIO, TextIO, cast

from belcoop.errors import Interrupted


class ExitStatus(IntEnum):
    OK = 0  # also when nothing matches ("no records match" goes to stderr)
    ERROR = 1  # a runtime error: an unknown record id, a broken cache
    USAGE = 2  # a bad option value, an unknown region, a corpus path that does not exist
    HANGUP = 129  # SIGHUP: the terminal went away
    INTERRUPTED = 130  # Ctrl-C
    TERMINATED = 143  # SIGTERM


def signal_status(signum: int) -> int:
    """The shell's status for a process stopped by signal `signum`: 128 + its number (130 for Ctrl-C)."""
    return 128 + signum


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
        # Can stdout show any character? If not (PYTHONIOENCODING=ascii, a latin-1 terminal), JSON is
        # written with \u escapes (the same data, still valid UTF-8) and the rest gets replacements.
        self.unicode = unicode_encoding(getattr(stdout, "encoding", None))


def unicode_encoding(name: str | None) -> bool:
    """Whether an encoding can write every character (a StringIO has none: it holds text)."""
    if not name:
        return True
    try:
        return codecs.lookup(name).name in ("utf-8", "utf-8-sig", "utf-16", "utf-32", "utf-16-le", "utf-16-be",
                                            "utf-32-le", "utf-32-be")
    except LookupError:
        return False


def isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or odd stream is no terminal
        return False


class Output(io.TextIOBase):
    """stdout, as the program (not a test) writes it: a line already begun is always finished.

    When a signal asks belcoop to stop while output is being written, the output goes on to the end
    of the current line, is flushed, and only then does the run stop (`Interrupted`): a reader never
    gets half a line (half a JSON line, half a CSV row). Before any output, the run stops at once; a
    second signal stops it at once whatever it is doing.
    """

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream
        self.started = False
        self.stopping: int | None = None  # the signal that asked to stop

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return cast(str, getattr(self._stream, "encoding", None) or "utf-8")

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return cast("str | None", getattr(self._stream, "errors", None))

    PIECE = 1 << 16  # a long text (a whole table) is written in pieces that end lines, so a signal can stop it

    def write(self, text: str) -> int:
        self.started = True
        start = 0
        while len(text) - start > self.PIECE:
            end = text.find("\n", start + self.PIECE)
            if end < 0:
                break
            self._piece(text[start:end + 1], whole=True)
            start = end + 1
        self._piece(text[start:] if start else text, whole=False)
        return len(text)

    def _piece(self, text: str, *, whole: bool) -> None:
        if self.stopping is not None:
            end = text.find("\n")
            if end >= 0:
                self._stream.write(text[: end + 1])
                self._stream.flush()
                raise Interrupted(self.stopping)
        self._stream.write(text)
        if whole and self.stopping is not None:
            self._stream.flush()
            raise Interrupted(self.stopping)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return isatty(self._stream)

    def fileno(self) -> int:
        return self._stream.fileno()

    def writable(self) -> bool:
        return True

    def on_signal(self, signum: int, _frame: FrameType | None) -> None:
        """The handler of SIGINT, SIGTERM and SIGHUP."""
        if self.started and self.stopping is None:
            self.stopping = signum  # finish the line being written (see write)
            return
        raise Interrupted(self.stopping or signum)


def catch_signals(output: Output) -> None:
    """Ctrl-C, SIGTERM and SIGHUP all stop belcoop the same clean way (see Output)."""
    for name in ("SIGINT", "SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), output.on_signal)
