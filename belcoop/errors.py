"""belcoop's own exceptions; only the CLI turns them into user-facing errors."""


class BelcoopError(Exception):
    """Base class for every error belcoop reports to the user."""


class CorpusError(BelcoopError):
    """A corpus path is missing or cannot be read."""


class RecordNotFound(BelcoopError):
    """No record has the requested id."""


class AmbiguousId(BelcoopError):
    """An id prefix matches more than one record."""


class BadQuery(BelcoopError):
    """A filter value cannot be understood (unknown region, bad date ...)."""
