"""Faults, hostile bytes and odd environments (issue 12): never a wrong answer, a traceback or a hang.

The tests follow the issue's numbered cases. Those that need a real process (signals, concurrency,
named pipes, /dev/full, terminals, file systems) start belcoop as a user would.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from belcoop.cli import cli
from belcoop.store import sync

from .conftest import GOMEL_ARTICLE, SEEDS, forced, run_forced, write_article

POSIX = os.name == "posix"
LINUX = sys.platform.startswith("linux")
ROOT_USER = POSIX and os.geteuid() == 0
# How often the concurrency-with-clear check runs in one test session (the issue asks for 20 in a row:
# BELCOOP_RACE_RUNS=20 python -m pytest tests/test_faults.py -k racing).
RACE_RUNS = int(os.environ.get("BELCOOP_RACE_RUNS", "2"))


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "belcoop", *args]


def environment(cache: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "BELCOOP_CACHE": str(cache), **extra}


def corpus_of(folder: Path, n: int) -> Path:
    """`n` distinct articles (each its own partner and figure), so no two are duplicates."""
    folder.mkdir(exist_ok=True)
    regions = ["Kursk", "Oryol", "Tula", "Pskov", "Omsk", "Tomsk", "Penza", "Samara"]
    for i in range(n):
        text = GOMEL_ARTICLE.replace("Kursk", regions[i % len(regions)]).replace("$95.4 million", f"${i + 1}.5 million")
        write_article(folder, f"a{i:04d}.txt", text)
    return folder


def invoke(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError):
            found += [int(c) for c in (task / "children").read_text().split()]
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_for_workers(proc: subprocess.Popen[bytes], count: int, timeout: float = 30) -> list[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        kids = children(proc.pid)
        if len(kids) >= count:
            return kids
        time.sleep(0.05)
    raise AssertionError(f"no {count} workers started")


@contextlib.contextmanager
def tmpfs(path: Path, size: str) -> Iterator[Path]:
    """A small file system of our own (root only): to fill a disk, or make one read-only."""
    path.mkdir(exist_ok=True)
    if not ROOT_USER or not LINUX:
        pytest.skip("mounting a file system needs root on Linux")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace').strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def no_traceback(err: bytes | str) -> None:
    text = err if isinstance(err, str) else err.decode("utf-8", "replace")
    assert "Traceback" not in text and "Exception ignored" not in text, text


# ---------------------------------------------------------------- 1. cache clear racing queries and parses


def _race(tmp_path: Path, cache: Path, runs: int) -> tuple[int, int]:
    """Queries (cold parses with workers, and warm ones) while another process clears the cache at random
    moments: each prints exactly what a run alone prints, or says plainly that the cache kept changing."""
    corpus = corpus_of(tmp_path / "corpus", 80)  # above the parallel threshold: a cold parse uses workers
    env = environment(cache)
    queries = [["trade", "--json"], ["list", "--json"], ["summary", "--json"], ["list", "--format", "csv"]]
    expected = {tuple(q): subprocess.run(command(*q, "--corpus", str(corpus), "--no-cache"), capture_output=True, env=env,
                                         check=True).stdout for q in queries}
    clearer = subprocess.Popen(
        [sys.executable, "-c", "import random, subprocess, sys, time\n"
         f"for _ in range({runs * 6}):\n"
         "    time.sleep(random.uniform(0, 0.6))\n"
         "    subprocess.run([sys.executable, '-m', 'belcoop', 'cache', 'clear'], capture_output=True)"], env=env)
    right = changed = 0
    try:
        for i in range(runs * 4):
            query = queries[i % len(queries)]
            jobs = random.choice(["1", "2"])
            result = subprocess.run(command(*query, "--corpus", str(corpus), "--jobs", jobs), capture_output=True, env=env,
                                    timeout=300)
            no_traceback(result.stderr)
            if result.returncode == 0:
                assert result.stdout == expected[tuple(query)], (query, result.stderr)
                right += 1
            else:  # allowed: saying plainly that the cache kept changing (exit 1, nothing on stdout)
                assert result.returncode == 1 and result.stdout == b""
                assert b"kept changing" in result.stderr, result.stderr
                changed += 1
    finally:
        clearer.wait(timeout=300)
    return right, changed


@pytest.mark.skipif(not POSIX, reason="real concurrent processes")
def test_queries_and_cold_parses_racing_cache_clears_print_right_answers_or_fail_plainly(tmp_path: Path,
                                                                                         isolated_cache: Path) -> None:
    for run in range(RACE_RUNS):
        folder = tmp_path / f"run{run}"
        folder.mkdir()
        right, changed = _race(folder, isolated_cache, 2)
        print(f"race run {run + 1}/{RACE_RUNS}: {right} right answers, {changed} 'kept changing'")
        assert right > 0  # the clears leave room for answers: the check checks something


@pytest.mark.parametrize("clears", [1, 3, 1000])
def test_a_clear_in_the_middle_of_a_cold_parse_costs_a_reparse_never_a_wrong_answer(
        runner: CliRunner, tmp_path: Path, isolated_cache: Path, monkeypatch: pytest.MonkeyPatch, clears: int) -> None:
    """Deterministically, what the race above does by chance: another process clears the cache between
    two batches this run stores (its ids then mean nothing), once, or in every round but the last."""
    from belcoop.store.schema import Store

    corpus = corpus_of(tmp_path / "c", 7)
    expected = invoke(runner, "trade", "--corpus", str(corpus), "--json", "--no-cache")[1]
    monkeypatch.setattr(sync, "STORE_BATCH", 2)
    real = sync.Sync._store
    done = {"batches": 0, "clears": 0}

    def store_then_clear(self: sync.Sync, store: Store, batch: list[Any]) -> None:
        real(self, store, batch)
        done["batches"] += 1
        if batch and done["batches"] % 2 == 1 and done["clears"] < clears:
            other = Store.open(isolated_cache)  # another process
            other.clear()
            other.close()
            done["clears"] += 1

    monkeypatch.setattr(sync.Sync, "_store", store_then_clear)
    result = runner.invoke(cli, ["trade", "--corpus", str(corpus), "--json"])
    if clears < sync.ROUNDS:
        assert done["clears"] == clears
        assert result.exit_code == 0 and result.stdout == expected and result.stderr == ""
    else:  # cleared in every round: it says so, and prints nothing
        assert result.exit_code == 1 and result.stdout == "" and "kept changing" in result.stderr


def test_ids_are_never_given_twice_across_clears(runner: CliRunner, tmp_path: Path, isolated_cache: Path) -> None:
    from belcoop.store.schema import Store

    corpus_of(tmp_path / "c", 3)
    seen: list[set[int]] = []
    for _ in range(3):
        invoke(runner, "list", "--corpus", str(tmp_path / "c"))
        store = Store.open(isolated_cache)
        seen.append({row[0] for row in store.db.execute("SELECT id FROM articles")})
        store.clear()
        store.close()
    assert all(len(ids) == 3 for ids in seen) and not (seen[0] & seen[1]) and not (seen[1] & seen[2])


# ---------------------------------------------------------------- 2. process hygiene


@pytest.mark.skipif(not LINUX, reason="/proc and the parent-death signal")
def test_kill_9_of_belcoop_takes_its_workers_and_frees_its_stdout(tmp_path: Path, isolated_cache: Path) -> None:
    corpus = corpus_of(tmp_path / "corpus", 400)
    reader = subprocess.Popen(command("list", "--corpus", str(corpus), "--jobs", "2", "--format", "jsonl"),
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=environment(isolated_cache))
    assert reader.stdout is not None
    workers = wait_for_workers(reader, 2)
    os.kill(reader.pid, signal.SIGKILL)
    started = time.monotonic()
    reader.stdout.read()  # ends only when no process holds the pipe: `belcoop list | wc -c` returns
    reader.wait(timeout=30)
    assert time.monotonic() - started < 20
    deadline = time.monotonic() + 10
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(alive(w) for w in workers)


@pytest.mark.skipif(not LINUX, reason="/proc")
@pytest.mark.parametrize("signum, status, said", [(signal.SIGTERM, 143, b"Terminated."), (signal.SIGHUP, 129, b"Hangup."),
                                                   (signal.SIGINT, 130, b"Interrupted.")], ids=["TERM", "HUP", "INT"])
def test_a_signal_mid_parse_stops_belcoop_and_its_workers_cleanly(tmp_path: Path, isolated_cache: Path, signum: int,
                                                                  status: int, said: bytes) -> None:
    corpus = corpus_of(tmp_path / "corpus", 400)
    proc = subprocess.Popen(command("list", "--corpus", str(corpus), "--jobs", "2", "--no-cache"), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=environment(isolated_cache))
    workers = wait_for_workers(proc, 2)
    time.sleep(0.3)
    proc.send_signal(signum)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == status and err.strip().endswith(said) and out == b""
    no_traceback(err)
    time.sleep(0.2)
    assert not any(alive(w) for w in workers)


@pytest.fixture(scope="module")
def warm_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """300 articles, parsed once into a cache of their own."""
    corpus = corpus_of(tmp_path_factory.mktemp("warm") / "corpus", 300)
    env = environment(tmp_path_factory.mktemp("warm-cache"))
    subprocess.run(command("list", "--corpus", str(corpus)), capture_output=True, env=env, check=True)
    return corpus, env


@pytest.mark.skipif(not POSIX, reason="signals")
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json", "table"])
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["TERM", "HUP"])
@pytest.mark.parametrize("buffered", ["buffered", "unbuffered"])
def test_a_signal_mid_output_never_cuts_a_line(warm_corpus: tuple[Path, dict[str, str]], fmt: str, signum: int,
                                               buffered: str) -> None:
    corpus, env = warm_corpus
    env = {k: v for k, v in env.items() if k != "PYTHONUNBUFFERED"}
    if buffered == "unbuffered":  # a write cut short by the signal must not lose its tail either
        env["PYTHONUNBUFFERED"] = "1"
    proc = subprocess.Popen(command("list", "--corpus", str(corpus), "--format", fmt), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    assert proc.stdout is not None
    if LINUX:  # a small pipe, so that even a short output fills it
        import fcntl

        fcntl.fcntl(proc.stdout.fileno(), 1031, 4096)  # F_SETPIPE_SZ
    first = proc.stdout.read(2000)  # the pipe is full: belcoop waits in the middle of its output
    time.sleep(0.2)
    proc.send_signal(signum)
    out = first + proc.stdout.read()  # (not communicate(), which would skip what the reader has buffered)
    assert proc.stderr is not None
    err = proc.stderr.read()
    proc.wait(timeout=60)
    assert proc.returncode == 128 + signum
    no_traceback(err)
    assert out.endswith(b"\n")
    if fmt == "jsonl":
        assert all(json.loads(line) for line in out.splitlines())
    elif fmt == "json":  # one line: finished whole
        assert len(json.loads(out)) == 300


def test_parse_workers_follow_the_cpu_affinity(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {3}, raising=False)
    assert sync.default_workers() == 1
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 2, 5}, raising=False)
    assert sync.default_workers() == 3
    started: list[int] = []
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)
    monkeypatch.setattr("concurrent.futures.ProcessPoolExecutor", lambda *a, **k: started.append(1))
    jobs = [sync.Job(str(SEEDS / "003_966819d49d5648f5.txt"), "x", 10**6)] * (sync.PARALLEL_THRESHOLD + 1)
    assert len(list(sync.parse_many(jobs, None, None))) == len(jobs) and started == []  # one core: no pool


@pytest.mark.skipif(not LINUX or shutil.which("taskset") is None, reason="taskset")
def test_one_allowed_core_means_one_parser(tmp_path: Path, isolated_cache: Path) -> None:
    corpus = corpus_of(tmp_path / "corpus", 300)
    proc = subprocess.Popen(["taskset", "-c", "0", *command("list", "--corpus", str(corpus), "--no-cache")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=environment(isolated_cache))
    time.sleep(1.5)
    kids = children(proc.pid)
    proc.wait(timeout=120)
    assert kids == [] and proc.returncode == 0


# ---------------------------------------------------------------- 3. file names that are not text


BAD_NAME = b"bad\xff\x1b[31mred.txt"


@pytest.fixture
def oddly_named(tmp_path: Path) -> Path:
    folder = tmp_path / "odd"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), BAD_NAME), "wb") as fh:
        fh.write(GOMEL_ARTICLE.encode("utf-8"))
    write_article(folder, "plain.txt", GOMEL_ARTICLE.replace("Kursk", "Tula"))
    return folder


@pytest.mark.skipif(sys.platform != "linux", reason="file names of any bytes")
@pytest.mark.parametrize("cache", ["cold-warm", "no-cache"])
def test_a_file_name_of_invalid_utf8_and_an_escape_is_stored_and_printed_escaped(oddly_named: Path, isolated_cache: Path,
                                                                                 cache: str) -> None:
    env = environment(isolated_cache, LC_ALL="C", PYTHONIOENCODING="")  # the C locale: surrogateescape on stdout
    runs = [["--no-cache"]] if cache == "no-cache" else [[], []]
    for extra in runs:
        result = subprocess.run(command("list", "--corpus", str(oddly_named), "--json", *extra), capture_output=True, env=env)
        assert result.returncode == 0
        no_traceback(result.stderr)
        records = json.loads(result.stdout.decode("utf-8"))  # valid UTF-8, valid JSON
        ids = sorted(r["id"] for r in records)
        assert ids == ["bad\\xff\\x1b[31mred", "plain"]
        [odd] = [r for r in records if r["id"].startswith("bad")]
        assert odd["source"]["path"].endswith("bad\\xff\\x1b[31mred.txt") and odd["partner"]["code"] == "RU-KRS"
    table = subprocess.run(command("list", "--corpus", str(oddly_named), *runs[0]), capture_output=True, env=env)
    assert table.returncode == 0 and b"\x1b" not in table.stdout and b"\xff" not in table.stdout
    shown = subprocess.run(command("show", "bad\\xff", "--corpus", str(oddly_named), "--json", *runs[0]), capture_output=True,
                           env=env)
    assert shown.returncode == 0 and json.loads(shown.stdout)["partner"]["code"] == "RU-KRS"


@pytest.mark.skipif(sys.platform != "linux", reason="file names of any bytes")
def test_warnings_name_odd_files_printably(runner: CliRunner, tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"empty\x1b]0;owned\x07\xfe.txt"), "wb"):
        pass
    code, _out, err = invoke(runner, "list", "--corpus", str(tmp_path))
    assert code == 0 and "empty\\x1b]0;owned\\x07\\xfe.txt: empty file" in err and "\x1b" not in err


def test_printable_escapes_what_a_terminal_would_act_on() -> None:
    from belcoop.names import db_name, loaded, printable

    assert printable("Гомель и Курск.txt") == "Гомель и Курск.txt"
    assert printable("a\x1b[2Jb\nc\u202ed\udcff") == "a\\x1b[2Jb\\x0ac\\u202ed\\xff"
    raw = os.fsdecode(b"x\xff.txt")
    assert loaded(db_name(raw)) == raw and isinstance(db_name(raw), bytes) and db_name("x.txt") == "x.txt"


# ---------------------------------------------------------------- 4. named pipes given directly


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
@pytest.mark.parametrize("args", [["parse", "{f}"], ["list", "--corpus", "{f}"], ["parse", "{f}", "{seed}"]])
def test_a_named_pipe_given_directly_is_skipped_not_waited_for(tmp_path: Path, isolated_cache: Path, args: list[str]) -> None:
    fifo = tmp_path / "f.txt"
    os.mkfifo(fifo)
    seed = SEEDS / "003_966819d49d5648f5.txt"
    argv = [a.format(f=fifo, seed=seed) for a in args]
    result = subprocess.run(command(*argv), capture_output=True, env=environment(isolated_cache), timeout=60)
    assert result.returncode == 0 and b"f.txt: not a regular file" in result.stderr
    no_traceback(result.stderr)
    if "{seed}" in args:
        assert [r["id"] for r in json.loads(result.stdout)] == ["003_966819d49d5648f5"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_pipe_put_in_place_of_a_file_after_the_scan_is_not_read(tmp_path: Path) -> None:
    from belcoop.corpus import SkipFile, read_bytes

    os.mkfifo(tmp_path / "a.txt")
    started = time.monotonic()
    with pytest.raises(SkipFile, match="not a regular file"):
        read_bytes(str(tmp_path / "a.txt"), 0, 10**6)
    assert time.monotonic() - started < 5


# ---------------------------------------------------------------- 5. bounded time per file


def test_five_megabytes_of_figure_sentences_parse_in_bounded_time(tmp_path: Path) -> None:
    # The goal is 2 s on the development machine (benchmarks/worst_case.py measures it); this only
    # catches a return to minutes, on any machine CI runs on.
    sentence = "In January-March 2022, the trade between Belarus and Kursk Oblast amounted to $6.2 million, up 2.5 times. "
    path = write_article(tmp_path, "big.txt", "Trade\n\n" + sentence * (5_000_000 // len(sentence)))
    started = time.monotonic()
    result = sync.parse_file(sync.Job(str(path), "big", 6 * 1024 * 1024))
    assert result.parsed is not None and time.monotonic() - started < 20
    assert any("longer than any article" in w for w in result.parsed.warnings)


# ---------------------------------------------------------------- 6. hostile characters, NULs, mixed encodings


def _facts(runner: CliRunner, path: Path) -> tuple[list[tuple[str, Any]], str | None, str]:
    code, out, err = invoke(runner, "parse", str(path))
    assert code == 0
    [record] = json.loads(out)
    return [(f["metric"], f["value"]) for f in record["trade"]], record["date"], err


GOMEL_FACTS = [("turnover", 95400000), ("exports", 4200000)]


@pytest.mark.parametrize("damage", [
    lambda t: t.replace("up 31%.", "up 31%.\x00"),  # one NUL
    lambda t: t.replace("$95.4 million", "$95.4 mil\u00adlion"),  # soft hyphen
    lambda t: t.replace("the trade of", "the tr\u200dade of"),  # zero-width joiner
    lambda t: t.replace("12 October 2021", "\uff11\uff12 October \uff12\uff10\uff12\uff11"),  # full-width digits
    lambda t: t.replace("2021", "\uff12\uff10\uff12\uff11"),
], ids=["nul", "soft-hyphen", "zwj", "fullwidth-date", "fullwidth-years"])
def test_invisible_damage_changes_no_fact(runner: CliRunner, tmp_path: Path, damage: Any) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(damage(GOMEL_ARTICLE).encode("utf-8"))
    facts, day, err = _facts(runner, path)
    assert facts == GOMEL_FACTS and day == "2021-10-12" and "binary" not in err


def test_binary_is_told_by_the_share_of_control_bytes() -> None:
    from belcoop.corpus import is_binary

    article = GOMEL_ARTICLE.encode("utf-8")
    assert not is_binary(article) and not is_binary(article.replace(b"31%", b"31%\x00", 1))
    assert not is_binary(b"BMZ, the Belarusian Steel Works, " + article)  # "BM" starts a bitmap, and this
    assert is_binary(b"a\x00b" * 50) and is_binary(GOMEL_ARTICLE.encode("utf-16-le")) and is_binary(bytes(range(256)) * 8)


def test_a_file_mixing_utf8_and_cp1251_is_read_line_by_line_with_a_warning_every_run(runner: CliRunner, tmp_path: Path) -> None:
    lines = GOMEL_ARTICLE.split("\n")
    data = "\n".join(lines[:3]).encode("utf-8") + b"\n" + "Гомель и Курск: сотрудничество".encode("cp1251") + b"\n" + \
        "\n".join(lines[3:]).encode("utf-8")
    (tmp_path / "mixed.txt").write_bytes(data)
    for _run in ("cold", "warm"):
        code, out, err = invoke(runner, "list", "--corpus", str(tmp_path), "--json")
        [record] = json.loads(out)
        assert code == 0 and record["partner"]["code"] == "RU-KRS"
        assert err.count("mixed.txt: mixed encodings: 1 of") == 1 and "read as cp1251" in err
    code, out, _err = invoke(runner, "list", "--corpus", str(tmp_path), "--json", "--text", "сотрудничество")
    assert len(json.loads(out)) == 1  # the cp1251 line was read as Cyrillic
    from belcoop.corpus import decode

    text = decode(data, "x", lambda m: None)
    assert "Гомель и Курск: сотрудничество" in text and "«Economics»" in text  # each line in its own encoding


def test_every_warning_is_repeated_on_a_warm_run(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "cp.txt").write_bytes(GOMEL_ARTICLE.replace("–", "-").replace("«", '"').replace("»", "Гомель").encode("cp1251"))
    write_article(tmp_path, "huge.txt", GOMEL_ARTICLE.replace("$95.4 million", "$" + "9" * 400 + " billion"))
    (tmp_path / "empty.txt").write_bytes(b"")
    runs = [invoke(runner, "trade", "--corpus", str(tmp_path), "--json") for _ in range(3)]
    fresh = invoke(runner, "trade", "--corpus", str(tmp_path), "--json", "--no-cache")
    assert runs[0][2] == runs[1][2] == runs[2][2] == fresh[2]
    err = runs[1][2]
    assert "cp.txt: not UTF-8, read as" in err and "huge.txt: a figure beyond belief was left out" in err
    assert "empty.txt: empty file" in err


# ---------------------------------------------------------------- 7. absurd amounts


@pytest.mark.parametrize("amount", ["$" + "9" * 400 + " billion", "$" + "999," * 130 + "999 billion", "$1e400 million"],
                         ids=["400-nines", "grouped", "exponent"])
def test_absurd_amounts_are_dropped_with_a_warning_and_nothing_prints_infinity(runner: CliRunner, tmp_path: Path,
                                                                               amount: str) -> None:
    write_article(tmp_path, "absurd.txt", GOMEL_ARTICLE.replace("$95.4 million", amount).replace("2021, the trade",
                                                                                                "2021 (full year), the trade"))
    corpus = ["--corpus", str(tmp_path)]
    for fmt in ("json", "jsonl", "csv", "table"):
        code, out, err = invoke(runner, "trade", *corpus, "--format", fmt)
        assert code == 0 and "inf" not in out.lower() and "nan" not in out.lower().replace("financ", "")
        if fmt == "json":
            values = [f["value"] for f in json.loads(out)]
            assert all(v is None or v <= 1e15 for v in values) and 4200000 in values
        if "9" * 20 in amount or "999," in amount:
            assert "absurd.txt: a figure beyond belief was left out" in err
    code, out, err = invoke(runner, "trade", *corpus, "--year", "2021", "--chart")
    assert code == 0
    no_traceback(err)
    code, out, _err = invoke(runner, "show", "absurd", *corpus)
    assert code == 0 and "inf" not in out.lower()


def test_a_non_finite_figure_never_reaches_the_store(tmp_path: Path) -> None:
    import dataclasses

    from belcoop.model import Change
    from belcoop.parse import parse_article
    from belcoop.store.schema import parsed_rows

    record = parse_article(GOMEL_ARTICLE, path="x", sha256="0", record_id="x")
    bad = [dataclasses.replace(record.trade[0], value=float("inf")), *record.trade[1:]]
    wild = dataclasses.replace(record.trade[1], change=Change(kind="percent", value=float("nan")))
    parsed = parsed_rows(dataclasses.replace(record, trade=[*bad, wild]), GOMEL_ARTICLE, "k", 1, 1)
    data = json.loads(parsed.json)
    assert [f["value"] for f in data["trade"]] == [4200000, 4200000] and data["trade"][1]["change"] is None
    assert len(parsed.warnings) == 2 and all("beyond belief" in w for w in parsed.warnings)
    assert "Infinity" not in parsed.json and "NaN" not in parsed.json


def test_a_chart_of_zero_or_odd_values_draws_no_traceback() -> None:
    from belcoop.render import Chart, render

    env = forced(tty=True)
    render(env, Chart("t", [("A", 0.0, "$0"), ("B", float("inf"), "?")], empty_note="none"), "table")
    render(env, Chart("t", [("A", 5.0, "$5"), ("B", 0.0, "$0")], empty_note="none"), "table")


# ---------------------------------------------------------------- 8. a full or closed stdout


FULL_COMMANDS = [["--version"], ["--help"], ["list"], ["list", "--json"], ["show", "003"], ["trade", "--format", "csv"],
                 ["trade", "--year", "2021", "--chart"], ["summary"], ["people", "--format", "jsonl"], ["cache", "info"],
                 ["parse", str(SEEDS / "003_966819d49d5648f5.txt")], ["list", "--help"]]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="/dev/full")
@pytest.mark.parametrize("args", FULL_COMMANDS, ids=" ".join)
def test_a_full_stdout_is_one_line_on_stderr_and_exit_1(args: list[str], isolated_cache: Path) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(command(*args), stdout=full, stderr=subprocess.PIPE, env=environment(isolated_cache),
                                timeout=120)
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == ["Error: cannot write output: No space left on device"]


@pytest.mark.skipif(not POSIX, reason="closing a standard stream")
@pytest.mark.parametrize("args", [["--version"], ["list"], ["show", "003", "--json"]], ids=" ".join)
def test_a_closed_stdout_is_one_line_on_stderr_and_exit_1(args: list[str], isolated_cache: Path) -> None:
    result = subprocess.run(["sh", "-c", '"$@" >&-', "sh", *command(*args)], stderr=subprocess.PIPE,
                            env=environment(isolated_cache), timeout=120)
    assert result.returncode == 1 and len(result.stderr.decode().splitlines()) == 1
    assert b"Error: cannot write output" in result.stderr


@pytest.mark.skipif(not POSIX, reason="closing a standard stream")
def test_closed_stdin_and_stderr_are_no_traceback(isolated_cache: Path) -> None:
    result = subprocess.run(["sh", "-c", '"$@" <&- 2>&-', "sh", *command("list", "--json")], stdout=subprocess.PIPE,
                            env=environment(isolated_cache), timeout=120)
    assert result.returncode == 0 and len(json.loads(result.stdout)) == 5
    piped = subprocess.run(["sh", "-c", '"$@" <&-', "sh", *command("parse", "-")], capture_output=True,
                           env=environment(isolated_cache), timeout=120)
    no_traceback(piped.stderr)


@pytest.mark.skipif(not POSIX, reason="pipes")
def test_a_reader_that_goes_away_is_no_error(tmp_path: Path, isolated_cache: Path) -> None:
    result = subprocess.run(["sh", "-c", '"$@" | head -c 10 >/dev/null; exit "${PIPESTATUS:-0}"', "sh",
                             *command("list", "--corpus", str(corpus_of(tmp_path / "c", 100)), "--format", "jsonl")],
                            capture_output=True, env=environment(isolated_cache), timeout=120)
    assert result.returncode == 0 and result.stderr == b""


# ---------------------------------------------------------------- 9. encodings that cannot show every character


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
@pytest.mark.parametrize("args", [["show", "003"], ["show", "003", "--json"], ["trade", "--format", "csv"], ["list"],
                                  ["trade", "--json"], ["trade", "--year", "2021", "--chart"], ["summary"],
                                  ["people", "--format", "jsonl"]], ids=" ".join)
def test_an_encoding_without_a_character_gets_a_replacement_not_a_traceback(args: list[str], encoding: str,
                                                                            isolated_cache: Path) -> None:
    env = environment(isolated_cache, PYTHONIOENCODING=encoding)
    result = subprocess.run(command(*args), capture_output=True, env=env, timeout=120)
    assert result.returncode == 0
    no_traceback(result.stderr)
    if "--json" in args or "jsonl" in args:
        result.stdout.decode("ascii")  # \u escapes: valid in any of these encodings, and valid UTF-8
        utf8 = subprocess.run(command(*args), capture_output=True, env=environment(isolated_cache), check=True).stdout
        assert [json.loads(line) for line in result.stdout.splitlines()] == [json.loads(line) for line in utf8.splitlines()]


# ---------------------------------------------------------------- 10. no home directory


def test_no_home_means_no_cache_never_one_under_the_root(monkeypatch: pytest.MonkeyPatch) -> None:
    import pwd

    from belcoop.store.schema import default_directory

    def no_entry(uid: int) -> Any:
        raise KeyError(uid)

    monkeypatch.setattr(pwd, "getpwuid", no_entry)
    assert default_directory({}) is None and default_directory({"HOME": ""}) is None
    assert default_directory({"HOME": "/"}) is None and default_directory({"HOME": "relative"}) is None
    assert default_directory({"HOME": "/home/u"}) == Path("/home/u/.cache/belcoop")
    assert default_directory({"HOME": "", "BELCOOP_CACHE": "/c"}) == Path("/c")
    assert default_directory({"HOME": "", "XDG_CACHE_HOME": "/x"}) == Path("/x/belcoop")


def test_no_home_warns_once_and_runs_without_a_cache(monkeypatch: pytest.MonkeyPatch, isolated_cache: Path) -> None:
    import pwd

    monkeypatch.setattr(pwd, "getpwuid", lambda uid: (_ for _ in ()).throw(KeyError(uid)))
    env = forced(tty=False, HOME="")
    env.variables = {k: v for k, v in env.variables.items() if k not in ("BELCOOP_CACHE", "XDG_CACHE_HOME")}
    ran = run_forced(env, "list", "--json")
    assert ran.code == 0 and len(json.loads(ran.out)) == 5
    assert ran.err.count("warning: no home directory") == 1 and len(ran.err.splitlines()) == 1
    for sub in ("info", "clear"):
        env = forced(tty=False, HOME="")
        env.variables = {k: v for k, v in env.variables.items() if k not in ("BELCOOP_CACHE", "XDG_CACHE_HOME")}
        ran = run_forced(env, "cache", sub)
        assert ran.code == 1 and ran.err.startswith("Error: no home directory")


@pytest.mark.skipif(not ROOT_USER or shutil.which("setpriv") is None, reason="running as a uid without a passwd entry")
def test_a_uid_without_a_passwd_entry(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("HOME", "BELCOOP_CACHE", "XDG_CACHE_HOME")}
    tmp_path.chmod(0o755)
    as_nobody = ["setpriv", "--reuid", "54321", "--regid", "54321", "--clear-groups"]
    probe = subprocess.run([*as_nobody, sys.executable, "-c", "import belcoop, click, rich"], capture_output=True,
                           env=env, cwd=tmp_path, timeout=60)
    if probe.returncode != 0:
        pytest.skip("this Python or its packages cannot be read by another uid (installed under a private home)")
    listed = subprocess.run([*as_nobody, *command("list", "--json")], capture_output=True, env=env, cwd=tmp_path, timeout=120)
    assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 5, listed.stderr
    assert listed.stderr.decode().startswith("warning: no home directory") and len(listed.stderr.splitlines()) == 1
    for sub in ("info", "clear"):
        result = subprocess.run([*as_nobody, *command("cache", sub)], capture_output=True, env=env, cwd=tmp_path, timeout=120)
        assert result.returncode == 1 and result.stderr.startswith(b"Error: no home directory")


# ---------------------------------------------------------------- 11. a full disk, a read-only cache


def test_cache_clear_deletes_the_files_when_the_disk_is_full(runner: CliRunner, isolated_cache: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from belcoop.store.schema import Store

    invoke(runner, "list")
    real_write = Store.write

    @contextlib.contextmanager
    def full(self: Store) -> Iterator[None]:
        with real_write(self):
            raise sqlite3.OperationalError("database or disk is full")
        yield  # pragma: no cover

    monkeypatch.setattr(Store, "write", full)
    code, _out, err = invoke(runner, "cache", "clear")
    assert code == 0 and "cleared 5 cached records" in err
    assert not (isolated_cache / "records.sqlite3").exists()
    monkeypatch.setattr(Store, "write", real_write)
    code, out, _err = invoke(runner, "list", "--json")
    assert code == 0 and len(json.loads(out)) == 5


def test_cache_clear_of_a_store_that_cannot_be_opened(runner: CliRunner, isolated_cache: Path) -> None:
    (isolated_cache / "records.sqlite3").write_bytes(b"not a database at all" * 100)
    code, _out, err = invoke(runner, "cache", "clear")
    assert code == 0 and not (isolated_cache / "records.sqlite3").exists()


def test_cache_clear_on_a_really_full_disk(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", "8m") as disk:
        env = environment(disk / "cache")
        corpus = corpus_of(tmp_path / "corpus", 120)
        subprocess.run(command("list", "--corpus", str(corpus)), capture_output=True, env=env, check=True)
        with open(disk / "filler", "wb", buffering=0) as filler, contextlib.suppress(OSError):
            while True:
                filler.write(b"\0" * 65536)
        assert shutil.disk_usage(disk).free < 65536
        cleared = subprocess.run(command("cache", "clear"), capture_output=True, env=env, timeout=120)
        assert cleared.returncode == 0, cleared.stderr
        no_traceback(cleared.stderr)
        info = subprocess.run(command("cache", "info", "--json"), capture_output=True, env=env, timeout=120)
        assert info.returncode == 0 and json.loads(info.stdout)["records"] == 0


def test_a_read_only_cache_is_read(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import belcoop.parse

    with tmpfs(tmp_path / "ro", "16m") as disk:
        monkeypatch.setenv("BELCOOP_CACHE", str(disk / "cache"))
        corpus = corpus_of(tmp_path / "corpus", 4)
        code, before, _err = invoke(runner, "list", "--corpus", str(corpus), "--json")
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        parsed: list[str] = []
        real = belcoop.parse.parse_article
        def counted(*args: Any, **kwargs: Any) -> Any:
            parsed.append(kwargs["path"])
            return real(*args, **kwargs)

        monkeypatch.setattr(belcoop.parse, "parse_article", counted)
        write_article(corpus, "new.txt", GOMEL_ARTICLE.replace("Kursk", "Kaluga"))
        code, out, err = invoke(runner, "list", "--corpus", str(corpus), "--json")
        assert code == 0 and len(json.loads(out)) == 5 and json.loads(out)[:4] == json.loads(before)
        assert [Path(p).name for p in parsed] == ["new.txt"]  # the cached four were read, not parsed
        assert err.count("is read-only: its records are used") == 1
        code, info, _err = invoke(runner, "cache", "info", "--json")
        assert code == 1 or json.loads(info)["records"] == 4


# ---------------------------------------------------------------- 12. narrow terminals


@pytest.mark.parametrize("args", [["list"], ["trade"], ["people", "--limit", "2"], ["show", "003"], ["summary"]], ids=" ".join)
def test_a_narrow_terminal_gets_one_key_value_block_per_row(args: list[str]) -> None:
    narrow = run_forced(forced(tty=True, width=20), *args)
    assert narrow.code == 0 and "─" not in narrow.out and "│" not in narrow.out
    assert "id: " in narrow.out or "field: " in narrow.out or "item: " in narrow.out or "name: " in narrow.out
    wide = run_forced(forced(tty=True, width=120), *args)
    assert "│" in wide.out or "┃" in wide.out


@pytest.mark.skipif(not POSIX, reason="a pseudo-terminal")
def test_columns_20_on_a_real_terminal(isolated_cache: Path) -> None:
    import pty

    leader, follower = pty.openpty()
    proc = subprocess.Popen(command("list"), stdin=follower, stdout=follower, stderr=follower, close_fds=True,
                            env=environment(isolated_cache, COLUMNS="20", NO_COLOR="1"))
    os.close(follower)
    chunks = []
    with contextlib.suppress(OSError):  # EIO once the process has gone
        while chunk := os.read(leader, 65536):
            chunks.append(chunk)
    os.close(leader)
    proc.wait(timeout=120)
    screen = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 0 and "id: 003_966819d49d5648f5" in screen and "─" not in screen
    assert screen.count("title: ") == 5


def test_full_disk_error_codes_are_recognised() -> None:
    from belcoop.errors import StoreUnavailable
    from belcoop.store.schema import _out_of_room

    for message, room in (("database or disk is full", True), ("disk I/O error", True), ("database is locked", False)):
        err = StoreUnavailable(message)
        err.__cause__ = sqlite3.OperationalError(message)
        assert _out_of_room(err) is room


# ---------------------------------------------------------------- a fault of the parser on one file


def test_a_fault_of_the_parser_on_one_file_skips_that_file_only(runner: CliRunner, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import belcoop.parse

    real = belcoop.parse.parse_article

    def failing(text: str, path: str, sha256: str, record_id: str) -> Any:
        if "Oryol" in text:
            raise IndexError("list index out of range")
        return real(text, path=path, sha256=sha256, record_id=record_id)

    monkeypatch.setattr(belcoop.parse, "parse_article", failing)
    corpus = tmp_path / "corpus"
    corpus_of(corpus, 2)  # a0000 of Kursk, a0001 of Oryol
    code, out, err = invoke(runner, "parse", str(corpus / "a0000.txt"), str(corpus / "a0001.txt"), "--format", "json")
    assert code == 0
    assert [r["id"] for r in json.loads(out)] == ["a0000"]
    assert "a0001.txt: the parser failed on it (IndexError: list index out of range); please report it" in err
    no_traceback(err.encode())
