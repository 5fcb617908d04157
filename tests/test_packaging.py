"""What `pip install .` (not an editable install) puts on a fresh machine: every part of the package."""

from __future__ import annotations

from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parent.parent
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_subpackage_is_listed_for_installation() -> None:
    found = {".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "belcoop").rglob("__init__.py")}
    listed = set(CONFIG["packages"])
    assert found - listed == set(), "a subpackage an installed belcoop would lack"
    assert "belcoop.seeds" in listed and CONFIG["package-dir"]["belcoop.seeds"] == "seeds"


def test_every_data_file_matches_a_pattern_that_installs_it() -> None:
    patterns = CONFIG["package-data"]["belcoop.data"]
    data = [path for path in (ROOT / "belcoop" / "data").iterdir() if path.is_file() and path.name != "__init__.py"]
    assert data
    assert [path.name for path in data if not any(path.match(pattern) for pattern in patterns)] == []


def test_the_bundled_seeds_are_installed_as_they_are() -> None:
    seeds = sorted(path.name for path in (ROOT / "seeds").iterdir() if path.is_file())
    assert len(seeds) == 5
    assert all(any(Path(name).match(pattern) for pattern in CONFIG["package-data"]["belcoop.seeds"]) for name in seeds)
