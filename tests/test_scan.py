"""Finding a corpus's files fast, and trusting a folder's snapshot in the store only while it tells the truth."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from belcoop import scan as scanning
from belcoop.cli import cli
from belcoop.store import sync

from .conftest import GOMEL_ARTICLE, write_article


def listing(runner: CliRunner, folder: Path | str, *args: str) -> tuple[list[tuple[str, str, str]], str]:
    result = runner.invoke(cli, ["list", "--corpus", str(folder), "--json", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    rows = [(r["id"], r["partner"]["code"], r["source"]["path"]) for r in json.loads(result.stdout)]
    return rows, result.stderr


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the folders checked against the store file by file (the work a folder's snapshot saves),
    with the number of files stored from each."""
    calls: list[int] = []
    real = sync.Sync._stored_files

    def counting(db: sqlite3.Connection, folder_id: int) -> dict[str, tuple[int, int, int, str]]:
        found = real(db, folder_id)
        calls.append(len(found))
        return found

    monkeypatch.setattr(sync.Sync, "_stored_files", staticmethod(counting))
    return calls


def region_article(region: str) -> str:
    return GOMEL_ARTICLE.replace("Kursk", region)


def touch_later(path: Path) -> None:
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    write_article(corpus_dir, "a.txt", region_article("Kursk"))
    write_article(corpus_dir, "b.txt", region_article("Tula"))
    return corpus_dir


def test_an_unchanged_folder_is_checked_at_once(runner: CliRunner, folder: Path, checks: list[int]) -> None:
    first = listing(runner, folder)
    assert checks and checks[-1] == 2  # the cold run checked what it stored, and vouched for the folder
    done = len(checks)
    assert listing(runner, folder) == first
    assert listing(runner, folder, "--region", "Tula")[0] == [row for row in first[0] if row[1] == "RU-TUL"]
    assert len(checks) == done  # the second and third queries did not check the files one by one


def test_added_deleted_and_edited_files_are_seen(runner: CliRunner, folder: Path, checks: list[int]) -> None:
    def changed_then_unchanged(expected: list[tuple[str, str]]) -> None:
        before = len(checks)
        assert [row[:2] for row in listing(runner, folder)[0]] == expected
        assert len(checks) > before  # the change made the snapshot stale: the files were checked one by one
        before = len(checks)
        assert [row[:2] for row in listing(runner, folder)[0]] == expected
        assert len(checks) == before  # and the folder is vouched for again

    listing(runner, folder)
    write_article(folder, "c.txt", region_article("Omsk"))
    changed_then_unchanged([("a", "RU-KRS"), ("b", "RU-TUL"), ("c", "RU-OMS")])
    (folder / "a.txt").unlink()
    changed_then_unchanged([("b", "RU-TUL"), ("c", "RU-OMS")])
    path = folder / "b.txt"
    path.write_text(region_article("Pskov"), encoding="utf-8")
    touch_later(path)
    changed_then_unchanged([("b", "RU-PSK"), ("c", "RU-OMS")])


def test_a_deleted_file_is_forgotten_by_the_store(runner: CliRunner, folder: Path, isolated_cache: Path) -> None:
    listing(runner, folder)
    (folder / "a.txt").unlink()
    listing(runner, folder)
    db = sqlite3.connect(isolated_cache / "records.sqlite3")
    assert [row[0] for row in db.execute("SELECT name FROM articles")] == ["b.txt"]
    db.close()


def test_same_corpus_from_another_folder_gets_its_own_paths(runner: CliRunner, folder: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(folder.parent)
    relative = listing(runner, Path("corpus"))[0]
    monkeypatch.chdir(folder)
    here = listing(runner, Path("."))[0]
    assert [row[2] for row in relative] == [os.path.join("corpus", "a.txt"), os.path.join("corpus", "b.txt")]
    assert [row[2] for row in here] == [os.path.join(".", "a.txt"), os.path.join(".", "b.txt")]


def test_warnings_are_repeated_on_a_warm_query(runner: CliRunner, folder: Path) -> None:
    write_article(folder, "copy.txt", region_article("Kursk"))  # the same text as a.txt
    (folder / "empty.txt").write_bytes(b"")
    cold = listing(runner, folder)
    warm = listing(runner, folder)
    assert warm == cold
    assert "copy.txt: duplicate of" in warm[1] and "empty.txt: empty file" in warm[1]


def test_a_skipped_file_that_becomes_readable_is_picked_up(runner: CliRunner, folder: Path) -> None:
    (folder / "later.txt").write_bytes(b"")
    assert len(listing(runner, folder)[0]) == 2
    path = folder / "later.txt"
    path.write_text(region_article("Omsk"), encoding="utf-8")
    touch_later(path)
    assert [row[:2] for row in listing(runner, folder, "--region", "Omsk")[0]] == [("later", "RU-OMS")]
    assert [row[:2] for row in listing(runner, folder)[0]][-1] == ("later", "RU-OMS")
    assert [row[:2] for row in listing(runner, folder, "--region", "Omsk")[0]] == [("later", "RU-OMS")]


def test_another_folder_written_leaves_this_snapshot_standing(runner: CliRunner, folder: Path, tmp_path: Path,
                                                              checks: list[int]) -> None:
    listing(runner, folder)
    other = tmp_path / "other"
    other.mkdir()
    write_article(other, "x.txt", region_article("Omsk"))
    listing(runner, other)  # parses and stores another folder
    before = len(checks)
    assert [row[:2] for row in listing(runner, folder)[0]] == [("a", "RU-KRS"), ("b", "RU-TUL")]
    assert len(checks) == before


def test_one_file_stored_by_another_run_makes_its_folder_stale(runner: CliRunner, folder: Path, checks: list[int]) -> None:
    listing(runner, folder)
    path = folder / "a.txt"
    path.write_text(region_article("Pskov"), encoding="utf-8")
    touch_later(path)
    assert [row[:2] for row in listing(runner, path)[0]] == [("a", "RU-PSK")]  # stores the new a.txt alone
    before = len(checks)
    assert [row[:2] for row in listing(runner, folder)[0]] == [("a", "RU-PSK"), ("b", "RU-TUL")]
    assert len(checks) > before


def test_cache_clear_forgets_the_snapshots(runner: CliRunner, folder: Path, checks: list[int]) -> None:
    listing(runner, folder)
    before = len(checks)
    assert runner.invoke(cli, ["cache", "clear"]).exit_code == 0
    assert [row[:2] for row in listing(runner, folder)[0]] == [("a", "RU-KRS"), ("b", "RU-TUL")]
    assert len(checks) > before


# ---------------------------------------------------------------------------------------- the walk


def make_tree(root: Path, folders: int, per_folder: int) -> None:
    for f in range(folders):
        sub = root / f"batch{f:02d}"
        sub.mkdir(parents=True)
        for i in range(per_folder):
            (sub / f"n{i:03d}.txt").write_text(f"article {f} {i}" + "x" * i, encoding="utf-8")
    (root / "top.TXT").write_text("top", encoding="utf-8")
    (root / "notes.md").write_text("not an article", encoding="utf-8")


def scanned(root: str) -> tuple[list[str], list[int], list[str], list[str]]:
    warnings: list[str] = []
    scan = scanning.discover([root], warnings.append)
    files = list(scan.files())
    return [run.path(i) for run, i in files], [run.sizes[i] for run, i in files], [run.absolute(i) for run, i in files], warnings


@pytest.mark.skipif(not scanning._can_fork(), reason="the helper process needs fork()")
def test_helper_process_finds_what_a_plain_walk_finds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_tree(tmp_path / "c", folders=7, per_folder=12)
    monkeypatch.setattr(scanning, "PARALLEL_WALK", 10**9)
    alone = scanned(str(tmp_path / "c"))
    forks: list[int] = []
    real = scanning._fork_walk

    def counting(*args):  # type: ignore[no-untyped-def]
        forks.append(1)
        return real(*args)

    monkeypatch.setattr(scanning, "PARALLEL_WALK", 1)
    monkeypatch.setattr(scanning, "_fork_walk", counting)
    helped = scanned(str(tmp_path / "c"))
    assert forks == [1]
    assert helped == alone
    assert len(alone[0]) == 7 * 12 + 1 and alone[0][0].endswith("top.TXT") and alone[3] == []
    assert alone[0] == sorted(alone[0], key=lambda p: (p.count(os.sep), p))


@pytest.mark.skipif(not scanning._can_fork(), reason="the helper process needs fork()")
def test_helper_leaves_anything_unusual_to_the_main_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "c"
    make_tree(root, folders=5, per_folder=3)
    (root / "batch04" / "gone.txt").symlink_to(root / "nowhere.txt")  # in the helper's half
    monkeypatch.setattr(scanning, "PARALLEL_WALK", 10**9)
    alone = scanned(str(root))
    monkeypatch.setattr(scanning, "PARALLEL_WALK", 1)
    helped = scanned(str(root))
    assert helped == alone
    assert alone[3] == [f"skipping {root / 'batch04' / 'gone.txt'}: broken symbolic link"]


def test_scan_paths_keep_the_form_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_tree(tmp_path / "c", folders=2, per_folder=2)
    monkeypatch.chdir(tmp_path)
    paths, _sizes, absolutes, _warnings = scanned("c" + os.sep)
    assert paths[0] == os.path.join("c", "top.TXT")
    assert absolutes == [str(tmp_path / p) for p in paths]
    single = scanning.discover([os.path.join("c", "top.TXT")], print)
    [(run, index)] = single.files()
    assert run.path(index) == os.path.join("c", "top.TXT") and run.absolute(index) == str(tmp_path / "c" / "top.TXT")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_skipped_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "a.txt").write_text("text", encoding="utf-8")
    paths, _sizes, _absolutes, warnings = scanned(str(tmp_path))
    assert paths == [str(tmp_path / "a.txt")]
    assert warnings == [f"skipping {tmp_path / 'pipe.txt'}: not a regular file"]


def test_a_query_is_one_snapshot_even_while_the_cache_is_cleared(folder: Path, isolated_cache: Path) -> None:
    """Another run clearing (or rewriting) the cache mid-query changes nothing of what this query prints."""
    from belcoop.store import select
    from belcoop.store.filters import Query
    from belcoop.store.schema import Store

    for region in ("Omsk", "Pskov", "Tomsk"):
        write_article(folder, f"{region}.txt", region_article(region))
    stored: list[list[int]] = []

    def query() -> list[str]:
        warnings: list[str] = []
        with sync.open_corpus([str(folder)], cache=isolated_cache, max_size=10**6, jobs=1, warn=warnings.append) as view:
            rows = iter(select.records(view, Query())(False))
            first = next(rows)
            other = Store.open(isolated_cache)  # another process
            stored.append([row[0] for row in other.db.execute("SELECT id FROM articles")])
            assert other.clear() == 5
            other.close()
            found = [first.item, *(row.item for row in rows)]
        assert warnings == []
        return found

    cold = query()
    assert len(cold) == 5
    assert query() == cold  # parsed afresh after the clear, and cleared again while being read
    assert min(stored[1]) > max(stored[0])  # an id is never given twice, even after a clear


def test_record_ids_of_a_shared_file_name_get_a_hash(runner: CliRunner, tmp_path: Path) -> None:
    for sub, region in (("one", "Omsk"), ("two", "Tula")):
        (tmp_path / sub).mkdir()
        write_article(tmp_path / sub, "same.txt", region_article(region))
    rows = listing(runner, tmp_path)[0]
    assert [row[0].split("-")[0] for row in rows] == ["same", "same"] and len({row[0] for row in rows}) == 2
    ids = [row[0] for row in rows]
    for record_id, code, _path in rows:
        # a prefix of the id (the hash's first characters), long enough that the other id does not start with it:
        # the two hashes, of random folders, may share their first characters
        prefix = next(record_id[:n] for n in range(7, len(record_id) + 1)
                      if sum(other.startswith(record_id[:n]) for other in ids) == 1)
        shown = runner.invoke(cli, ["show", prefix, "--corpus", str(tmp_path), "--json"], catch_exceptions=False)
        assert json.loads(shown.stdout)["partner"]["code"] == code
    alone = listing(runner, tmp_path / "one")[0]
    assert [row[:2] for row in alone] == [("same", "RU-OMS")]  # the same stored record, named as this corpus names it


def test_a_skipped_file_with_the_same_stem_still_counts(runner: CliRunner, tmp_path: Path) -> None:
    write_article(tmp_path, "same.txt", region_article("Omsk"))
    (tmp_path / "same.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))  # skipped: binary
    for _ in range(2):  # cold, then warm: the same id
        rows, stderr = listing(runner, tmp_path)
        assert [row[0].split("-")[0] for row in rows] == ["same"] and rows[0][0] != "same" and "binary" in stderr
