"""The parsed-record cache: re-parse what changed, share safely, never give a wrong answer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import belcoop.parse
from belcoop.cli import cli

from .conftest import GOMEL_ARTICLE, write_article


def ids_and_partners(runner: CliRunner, *args: str) -> list[tuple[str, str]]:
    result = runner.invoke(cli, ["list", "--json", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return [(r["id"], r["partner"]["code"]) for r in json.loads(result.stdout)]


@pytest.fixture
def parse_counter(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records every article the parser is asked to parse (in-process; small corpora)."""
    calls: list[str] = []
    real = belcoop.parse.parse_article

    def counting(text: str, path: str, sha256: str, record_id: str):  # type: ignore[no-untyped-def]
        calls.append(path)
        return real(text, path=path, sha256=sha256, record_id=record_id)

    monkeypatch.setattr(belcoop.parse, "parse_article", counting)
    return calls


def test_warm_query_parses_nothing(runner: CliRunner, tmp_path: Path, parse_counter: list[str]) -> None:
    write_article(tmp_path, "gomel.txt", GOMEL_ARTICLE)
    first = ids_and_partners(runner, "--corpus", str(tmp_path))
    assert len(parse_counter) == 1
    assert ids_and_partners(runner, "--corpus", str(tmp_path)) == first
    assert len(parse_counter) == 1


def test_edited_file_is_parsed_again(runner: CliRunner, tmp_path: Path, parse_counter: list[str]) -> None:
    path = write_article(tmp_path, "a.txt", GOMEL_ARTICLE)
    assert ids_and_partners(runner, "--corpus", str(tmp_path)) == [("a", "RU-KRS")]
    path.write_text(GOMEL_ARTICLE.replace("Kursk", "Oryol"), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert ids_and_partners(runner, "--corpus", str(tmp_path)) == [("a", "RU-ORL")]
    assert len(parse_counter) == 2


def test_parser_version_follows_the_parser_code() -> None:
    import belcoop

    version = belcoop.parser_version()
    release, digest = version.split("+")
    assert release == belcoop.__version__ and len(digest) == 16 and int(digest, 16) >= 0


def test_parser_version_bump_invalidates(runner: CliRunner, tmp_path: Path, parse_counter: list[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    write_article(tmp_path, "a.txt", GOMEL_ARTICLE)
    ids_and_partners(runner, "--corpus", str(tmp_path))
    ids_and_partners(runner, "--corpus", str(tmp_path))
    assert len(parse_counter) == 1
    monkeypatch.setattr("belcoop.store.sync.parser_version", lambda: "999-test")
    ids_and_partners(runner, "--corpus", str(tmp_path))
    assert len(parse_counter) == 2


def test_no_cache_writes_nothing(runner: CliRunner, tmp_path: Path, isolated_cache: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_article(corpus, "a.txt", GOMEL_ARTICLE)
    assert ids_and_partners(runner, "--corpus", str(corpus), "--no-cache") == [("a", "RU-KRS")]
    assert list(isolated_cache.iterdir()) == []


def test_corrupt_cache_gives_a_warning_and_correct_results(runner: CliRunner, tmp_path: Path, isolated_cache: Path) -> None:
    expected = ids_and_partners(runner, "--no-cache")
    for name in ("records.sqlite3", "records.sqlite3-wal", "records.sqlite3-shm"):
        (isolated_cache / name).unlink(missing_ok=True)
    (isolated_cache / "records.sqlite3").write_bytes(b"this is not a database" * 100)
    result = runner.invoke(cli, ["list", "--json"], catch_exceptions=False)
    assert result.exit_code == 0
    assert [(r["id"], r["partner"]["code"]) for r in json.loads(result.stdout)] == expected
    assert result.stderr.count("warning: record cache unavailable") == 1


def test_truncated_cache_file(runner: CliRunner, isolated_cache: Path) -> None:
    expected = ids_and_partners(runner)  # fills the cache
    db = isolated_cache / "records.sqlite3"
    for name in ("records.sqlite3-wal", "records.sqlite3-shm"):
        (isolated_cache / name).unlink(missing_ok=True)
    db.write_bytes(db.read_bytes()[:1500])
    result = runner.invoke(cli, ["list", "--json"], catch_exceptions=False)
    assert result.exit_code == 0
    assert [(r["id"], r["partner"]["code"]) for r in json.loads(result.stdout)] == expected
    assert "warning: record cache unavailable" in result.stderr


def test_cache_that_cannot_be_created(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("BELCOOP_CACHE", str(blocker / "cache"))
    result = runner.invoke(cli, ["list", "--json"], catch_exceptions=False)
    assert result.exit_code == 0 and len(json.loads(result.stdout)) == 5
    assert "warning: record cache unavailable" in result.stderr


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write to read-only folders")
def test_read_only_cache_folder(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    monkeypatch.setenv("BELCOOP_CACHE", str(folder))
    try:
        result = runner.invoke(cli, ["list", "--json"], catch_exceptions=False)
    finally:
        folder.chmod(0o700)
    assert result.exit_code == 0 and len(json.loads(result.stdout)) == 5
    assert "warning" in result.stderr


def test_two_processes_at_once_give_correct_results(tmp_path: Path, isolated_cache: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    regions = ["Kursk", "Oryol", "Tula", "Pskov", "Omsk", "Tomsk", "Penza", "Samara"]
    for i in range(40):
        region = regions[i % len(regions)]
        write_article(corpus, f"a{i:02d}.txt", GOMEL_ARTICLE.replace("Kursk", region).replace("$95.4 million", f"${i + 1} million"))
    env = {**os.environ, "BELCOOP_CACHE": str(isolated_cache)}
    command = [sys.executable, "-m", "belcoop", "trade", "--corpus", str(corpus), "--json", "--jobs", "1"]
    procs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) for _ in range(2)]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [o[1] for o in outputs]
    expected = subprocess.run([*command, "--no-cache"], capture_output=True, env=env, check=True).stdout
    for stdout, stderr in outputs:
        assert json.loads(stdout) == json.loads(expected)
        assert b"warning" not in stderr, stderr
    values = sorted(f["value"] for f in json.loads(expected) if f["metric"] == "turnover")
    assert values == [float(i + 1) * 1e6 for i in range(40)]


def test_cache_info_and_clear(runner: CliRunner, isolated_cache: Path) -> None:
    runner.invoke(cli, ["list"], catch_exceptions=False)
    info = json.loads(runner.invoke(cli, ["cache", "info", "--format", "json"]).stdout)
    assert info["records"] == 5 and info["location"].startswith(str(isolated_cache)) and info["size_bytes"] > 0
    assert "records" in runner.invoke(cli, ["cache", "info"]).stdout
    cleared = runner.invoke(cli, ["cache", "clear"])
    assert cleared.exit_code == 0 and "cleared 5 cached records" in cleared.stderr
    assert json.loads(runner.invoke(cli, ["cache", "info", "--format", "json"]).stdout)["records"] == 0


@pytest.mark.parametrize(
    "args",
    [[], ["--region", "Perm"], ["--country", "Russia"], ["--sector", "agriculture"], ["--year", "2022"],
     ["--sort", "-date"], ["--limit", "2"], ["--region", "Tula"]],
)
def test_cached_json_equals_a_fresh_parse(runner: CliRunner, args: list[str], tmp_path: Path) -> None:
    """`list --format json` reads cached JSON text directly; it must be what a fresh parse prints."""
    from .conftest import SEEDS

    corpus = tmp_path / "c"
    corpus.mkdir()
    for seed in SEEDS.glob("*.txt"):
        (corpus / seed.name).write_bytes(seed.read_bytes())
    write_article(corpus, "gomel.txt", GOMEL_ARTICLE)
    base = ["list", "--corpus", str(corpus), "--json", *args]
    cold = runner.invoke(cli, base, catch_exceptions=False)  # fills the cache
    warm = runner.invoke(cli, base, catch_exceptions=False)
    fresh = runner.invoke(cli, [*base, "--no-cache"], catch_exceptions=False)
    assert warm.stdout == fresh.stdout == cold.stdout  # byte for byte
    assert warm.stderr == fresh.stderr


def test_a_file_stored_by_another_process_meanwhile_keeps_its_entry(runner: CliRunner, tmp_path: Path, isolated_cache: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Two runs that parse the same new file at once: the second keeps the first's entry (which the
    first may be reading) instead of replacing it under its feet."""
    from belcoop.store import sync
    from belcoop.store.schema import Store

    write_article(tmp_path, "a.txt", GOMEL_ARTICLE)
    real = sync.parse_many
    stored_first: list[int] = []

    def another_run_stores_it_first(jobs, workers, progress):  # type: ignore[no-untyped-def]
        monkeypatch.setattr(sync, "parse_many", real)
        assert ids_and_partners(runner, "--corpus", str(tmp_path)) == [("a", "RU-KRS")]  # the other run
        store = Store.open(isolated_cache)
        stored_first.extend(row[0] for row in store.db.execute("SELECT id FROM articles"))
        store.close()
        monkeypatch.setattr(sync, "parse_many", another_run_stores_it_first)
        return real(jobs, workers, progress)

    monkeypatch.setattr(sync, "parse_many", another_run_stores_it_first)
    assert ids_and_partners(runner, "--corpus", str(tmp_path)) == [("a", "RU-KRS")]
    store = Store.open(isolated_cache)
    assert [row[0] for row in store.db.execute("SELECT id FROM articles")] == stored_first and len(stored_first) == 1
    store.close()


def test_queries_racing_cache_clears_in_another_process_never_print_wrong_records(tmp_path: Path, isolated_cache: Path) -> None:
    """Each query runs in one snapshot of the store, and ids are never given twice: another process
    clearing the cache meanwhile can cost a re-parse, never a wrong answer."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(30):
        region = ["Kursk", "Oryol", "Tula", "Pskov", "Omsk"][i % 5]
        write_article(corpus, f"a{i:02d}.txt", GOMEL_ARTICLE.replace("Kursk", region).replace("$95.4 million", f"${i + 1} million"))
    env = {**os.environ, "BELCOOP_CACHE": str(isolated_cache)}
    command = [sys.executable, "-m", "belcoop", "trade", "--corpus", str(corpus), "--json", "--jobs", "1"]
    expected = subprocess.run([*command, "--no-cache"], capture_output=True, env=env, check=True).stdout
    clearer = subprocess.Popen(
        [sys.executable, "-c", "import subprocess, sys\nfor _ in range(40):\n"
         "    subprocess.run([sys.executable, '-m', 'belcoop', 'cache', 'clear'], capture_output=True)"], env=env)
    try:
        for _ in range(6):
            result = subprocess.run(command, capture_output=True, env=env, timeout=120)
            assert b"Traceback" not in result.stderr
            if result.returncode == 0:
                assert result.stdout == expected
            else:  # allowed: saying plainly that the cache kept changing
                assert b"kept changing" in result.stderr or b"unavailable" in result.stderr, result.stderr
    finally:
        clearer.wait(timeout=120)
