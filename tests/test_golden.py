"""Golden records for the five bundled seed articles, checked by hand against the articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from belcoop.corpus import sha256
from belcoop.parse import parse_article

from .conftest import DATA, SEEDS

CASES = sorted(SEEDS.glob("*.txt"))


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_seed_record_matches_golden(path: Path) -> None:
    expected = json.loads((DATA / "golden" / f"{path.stem}.json").read_text(encoding="utf-8"))
    data = path.read_bytes()
    record = parse_article(data.decode("utf-8"), path=str(path), sha256=sha256(data), record_id=path.stem).to_dict()
    record["source"].pop("path")
    record["source"].pop("parser_version")  # a digest of the parser's code: changes with any edit
    assert record == expected


def test_there_are_five_seeds_with_goldens() -> None:
    assert len(CASES) == 5
    assert {p.stem for p in (DATA / "golden").glob("*.json")} == {p.stem for p in CASES}
