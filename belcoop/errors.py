"""belcoop's own exceptions; only the CLI's error edge turns them into user-facing errors."""


class BelcoopError(Exception):
    """Base class for every error belcoop reports to the user (exit status 1)."""


class CorpusError(BelcoopError):
    """A corpus path is missing or cannot be read (a usage error)."""


class RecordNotFound(BelcoopError):
    """No record has the requested id."""


class AmbiguousId(BelcoopError):
    """An id prefix matches more than one record."""


class BadQuery(BelcoopError):
    """A filter value cannot be understood (unknown region, bad date ...): a usage error naming its option."""

    def __init__(self, option: str, message: str) -> None:
        super().__init__(message)
        self.option = option


class StoreUnavailable(BelcoopError):
    """The record store cannot be used (corrupt, locked, read-only, full disk)."""


class Interrupted(BaseException):  # noqa: N818 -- like KeyboardInterrupt, which it generalises
    """A signal asked belcoop to stop (Ctrl-C, SIGTERM, SIGHUP): not an error of belcoop's, so no `except
    Exception` catches it; the CLI's edge exits with 128 + the signal's number."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum
