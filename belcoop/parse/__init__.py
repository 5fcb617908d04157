"""The article parser: text in, cooperation record out (see belcoop.parse.article).

This package's own import stays light: the CLI imports belcoop.parse.places to resolve --region
without loading the rest of the parser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from belcoop.model import Record

__all__ = ["parse_article"]


def parse_article(text: str, path: str, sha256: str, record_id: str) -> Record:
    """Parse the text of one article into a record (never raises on odd text)."""
    from belcoop.parse.article import parse_article as parse

    return parse(text, path=path, sha256=sha256, record_id=record_id)
