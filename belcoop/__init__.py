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
    import zlib  # much cheaper to import than hashlib (OpenSSL), and this runs on every query
    from pathlib import Path

    here = Path(__file__).resolve().parent
    crc, adler = 0, 1
    files = sorted([*here.glob("parse/*.py"), *here.glob("data/*"), here / "model.py", here / "place.py", here / "corpus.py", here / "html.py",
                    here / "analysis" / "reprints.py", here / "vocab.py"])
    for path in files:
        if path.is_file():
            for chunk in (path.name.encode(), path.read_bytes()):
                crc, adler = zlib.crc32(chunk, crc), zlib.adler32(chunk, adler)
    return f"{__version__}+{crc:08x}{adler:08x}"
