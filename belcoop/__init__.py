"""belcoop: turn news articles about Belarus' cooperation with its partners into structured records."""

from functools import lru_cache

__version__ = "0.1.0"

SCHEMA_VERSION = 1


@lru_cache(maxsize=1)
def parser_version() -> str:
    """The release plus a digest of the parser's code and reference data.

    Any change to what could change a record (an extractor, the gazetteer, a keyword list) gives a
    new version, so cached records are parsed again without anyone having to remember a bump.
    """
    import hashlib
    from pathlib import Path

    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    files = sorted([*here.glob("parse/*.py"), *here.glob("data/*"), here / "model.py", here / "place.py", here / "corpus.py", here / "html.py"])
    for path in files:
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"
