from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest
from click.testing import CliRunner

from belcoop.env import Environment

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own cache folder and no corpus from the environment."""
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("BELCOOP_CACHE", str(cache))
    monkeypatch.delenv("BELCOOP_CORPUS", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    yield cache


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def seeds() -> Path:
    return SEEDS


def forced(*, tty: bool, stdin: bytes = b"", width: int = 100, **variables: str) -> Environment:
    """An environment whose stdout is a terminal (`tty`) or a pipe, whatever the test runs in."""
    return Environment(stdin=io.BytesIO(stdin), stdout=io.StringIO(), stderr=io.StringIO(), stdout_tty=tty,
                       width=width, variables={**os.environ, **variables})


class Ran(NamedTuple):
    code: int
    out: str
    err: str


def run_forced(env: Environment, *args: str) -> Ran:
    """Run belcoop as `main` does, in `env`: its exit status and what it wrote to stdout and stderr."""
    from belcoop.cli import run

    code = run(list(args), env)
    assert isinstance(env.stdout, io.StringIO) and isinstance(env.stderr, io.StringIO)
    return Ran(code, env.stdout.getvalue(), env.stderr.getvalue())


def write_article(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# An article of my own, in BelTA's style, used by several tests.
GOMEL_ARTICLE = """Gomel Oblast, Russia's Kursk Oblast expand trade

14:10, 12 October 2021

GOMEL, 12 October (BelTA) – Gomel Oblast and Russia's Kursk Oblast agreed to expand the supply of dairy products and agricultural machinery, Gomel Oblast Governor Ivan Krupko said after the talks with Kursk Oblast Governor Roman Starovoit in Gomel, BelTA has learned.

In January-August 2021, the trade of Gomel Oblast with Kursk Oblast amounted to $95.4 million, up 31%. Exports of furniture reached $4.2 million.

The parties signed a roadmap for 2022-2023. A protocol on cooperation in education will be signed in December.

Other materials of «Economics»

Belarus' exports to Armenia up 20%

09:01, 11 June
"""
