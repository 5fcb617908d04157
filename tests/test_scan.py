"""Finding a corpus's files fast, and reusing a saved scan only while it still tells the truth."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from belcoop import cache, corpus
from belcoop.cli import cli

from .conftest import GOMEL_ARTICLE, write_article


def listing(runner: CliRunner, folder: Path, *args: str) -> tuple[list[tuple[str, str, str]], str]:
    result = runner.invoke(cli, ["list", "--corpus", str(folder), "--json", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    rows = [(r["id"], r["partner"]["code"], r["source"]["path"]) for r in json.loads(result.stdout)]
    return rows, result.stderr


@pytest.fixture
def validations(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts full checks of the corpus against the cache (the work a saved scan saves)."""
    calls: list[int] = []
    real = cache.RecordCache.validate

    def counting(self: cache.RecordCache, sources: corpus.Scan) -> dict[str, int]:
        calls.append(len(sources))
        return real(self, sources)

    monkeypatch.setattr(cache.RecordCache, "validate", counting)
    return calls


def region_article(region: str) -> str:
    return GOMEL_ARTICLE.replace("Kursk", region)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    write_article(corpus_dir, "a.txt", region_article("Kursk"))
    write_article(corpus_dir, "b.txt", region_article("Tula"))
    return corpus_dir


def test_unchanged_corpus_reuses_the_saved_scan(runner: CliRunner, folder: Path, validations: list[int]) -> None:
    first = listing(runner, folder)
    assert validations == [2]
    assert listing(runner, folder) == first
    assert listing(runner, folder, "--region", "Tula")[0] == [row for row in first[0] if row[1] == "RU-TUL"]
    assert validations == [2]  # the second and third queries did not check the files one by one


def test_added_deleted_and_edited_files_are_seen(runner: CliRunner, folder: Path, validations: list[int]) -> None:
    listing(runner, folder)
    write_article(folder, "c.txt", region_article("Omsk"))
    assert [row[:2] for row in listing(runner, folder)[0]] == [("a", "RU-KRS"), ("b", "RU-TUL"), ("c", "RU-OMS")]
    (folder / "a.txt").unlink()
    assert [row[:2] for row in listing(runner, folder)[0]] == [("b", "RU-TUL"), ("c", "RU-OMS")]
    path = folder / "b.txt"
    path.write_text(region_article("Pskov"), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert [row[:2] for row in listing(runner, folder)[0]] == [("b", "RU-PSK"), ("c", "RU-OMS")]
    assert len(validations) == 4  # every change made the saved scan stale


def test_same_corpus_from_another_folder_gets_its_own_paths(runner: CliRunner, folder: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(folder.parent)
    relative = listing(runner, Path("corpus"))[0]
    monkeypatch.chdir(folder)
    here = listing(runner, Path("."))[0]
    assert [row[2] for row in relative] == [os.path.join("corpus", "a.txt"), os.path.join("corpus", "b.txt")]
    assert [row[2] for row in here] == [os.path.join(".", "a.txt"), os.path.join(".", "b.txt")]


def test_warnings_are_repeated_on_a_warm_query(runner: CliRunner, folder: Path, validations: list[int]) -> None:
    write_article(folder, "copy.txt", region_article("Kursk"))  # the same text as a.txt
    (folder / "empty.txt").write_bytes(b"")
    cold = listing(runner, folder)
    warm = listing(runner, folder)
    assert warm == cold
    assert "copy.txt: duplicate of" in warm[1] and "empty.txt: empty file" in warm[1]
    assert len(validations) == 1


def test_a_skipped_file_that_becomes_readable_is_picked_up(runner: CliRunner, folder: Path) -> None:
    (folder / "later.txt").write_bytes(b"")
    assert len(listing(runner, folder)[0]) == 2
    path = folder / "later.txt"
    path.write_text(region_article("Omsk"), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert [row[:2] for row in listing(runner, folder, "--region", "Omsk")[0]] == [("later", "RU-OMS")]
    assert [row[:2] for row in listing(runner, folder)[0]][-1] == ("later", "RU-OMS")
    assert [row[:2] for row in listing(runner, folder, "--region", "Omsk")[0]] == [("later", "RU-OMS")]


def test_a_write_by_another_run_makes_the_saved_scan_stale(runner: CliRunner, folder: Path, tmp_path: Path,
                                                            validations: list[int]) -> None:
    listing(runner, folder)
    other = tmp_path / "other"
    other.mkdir()
    write_article(other, "x.txt", region_article("Omsk"))
    listing(runner, other)  # parses and stores: the records changed
    assert [row[:2] for row in listing(runner, folder)[0]] == [("a", "RU-KRS"), ("b", "RU-TUL")]
    assert len(validations) == 3
    listing(runner, folder)
    assert len(validations) == 3


def test_cache_clear_forgets_saved_scans(runner: CliRunner, folder: Path, validations: list[int]) -> None:
    listing(runner, folder)
    assert runner.invoke(cli, ["cache", "clear"]).exit_code == 0
    assert [row[:2] for row in listing(runner, folder)[0]] == [("a", "RU-KRS"), ("b", "RU-TUL")]
    assert len(validations) == 2


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
    scan = corpus.discover([root], warnings.append)
    return scan.paths, scan.sizes.tolist(), scan.absolutes(), warnings


@pytest.mark.skipif(not corpus._can_fork(), reason="the helper process needs fork()")
def test_helper_process_finds_what_a_plain_walk_finds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_tree(tmp_path / "c", folders=7, per_folder=12)
    monkeypatch.setattr(corpus, "PARALLEL_WALK", 10**9)
    alone = scanned(str(tmp_path / "c"))
    forks: list[int] = []
    real = corpus._fork_walk

    def counting(*args):  # type: ignore[no-untyped-def]
        forks.append(1)
        return real(*args)

    monkeypatch.setattr(corpus, "PARALLEL_WALK", 1)
    monkeypatch.setattr(corpus, "_fork_walk", counting)
    helped = scanned(str(tmp_path / "c"))
    assert forks == [1]
    assert helped == alone
    assert len(alone[0]) == 7 * 12 + 1 and alone[0][0].endswith("top.TXT") and alone[3] == []
    assert alone[0] == sorted(alone[0], key=lambda p: (p.count(os.sep), p))


@pytest.mark.skipif(not corpus._can_fork(), reason="the helper process needs fork()")
def test_helper_leaves_anything_unusual_to_the_main_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "c"
    make_tree(root, folders=5, per_folder=3)
    (root / "batch04" / "gone.txt").symlink_to(root / "nowhere.txt")  # in the helper's half
    monkeypatch.setattr(corpus, "PARALLEL_WALK", 10**9)
    alone = scanned(str(root))
    monkeypatch.setattr(corpus, "PARALLEL_WALK", 1)
    helped = scanned(str(root))
    assert helped == alone
    assert alone[3] == [f"skipping {root / 'batch04' / 'gone.txt'}: broken symbolic link"]


def test_scan_paths_keep_the_form_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_tree(tmp_path / "c", folders=2, per_folder=2)
    monkeypatch.chdir(tmp_path)
    paths, _sizes, absolutes, _warnings = scanned("c" + os.sep)
    assert paths[0] == os.path.join("c", "top.TXT")
    assert absolutes == [str(tmp_path / p) for p in paths]
    single = corpus.discover([os.path.join("c", "top.TXT")], print)
    assert single.paths == [os.path.join("c", "top.TXT")] and single.absolute(0) == str(tmp_path / "c" / "top.TXT")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_skipped_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "a.txt").write_text("text", encoding="utf-8")
    paths, _sizes, _absolutes, warnings = scanned(str(tmp_path))
    assert paths == [str(tmp_path / "a.txt")]
    assert warnings == [f"skipping {tmp_path / 'pipe.txt'}: not a regular file"]


def test_a_record_replaced_during_the_query_is_skipped_with_a_warning(runner: CliRunner, folder: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    listing(runner, folder)
    real = cache.RecordCache.fetch_raw

    def losing_one(self: cache.RecordCache, ids):  # type: ignore[no-untyped-def]
        return real(self, ids)[1:]  # as if another process had just re-parsed the first file

    monkeypatch.setattr(cache.RecordCache, "fetch_raw", losing_one)
    rows, stderr = listing(runner, folder)
    assert len(rows) == 1
    assert "changed during the query; run it again" in stderr


def test_cache_ids_behave_like_a_mapping() -> None:
    from belcoop.records import CacheIds, _index_by_id

    ids = CacheIds(4)
    assert not ids and 2 not in ids and ids.get(2) is None
    ids[2] = 7
    ids[0] = 3
    assert dict(ids.items()) == {0: 3, 2: 7} and len(ids) == 2 and 2 in ids and -1 not in ids and 9 not in ids
    del ids[2]
    assert dict(ids) == {0: 3}
    with pytest.raises(KeyError):
        ids[2]
    at = _index_by_id(ids.ids)
    assert at is not None and list(at) == [0, 0, 0, 1]
    from array import array

    assert _index_by_id(array("q", [5_000_000, 0])) is None  # too sparse for a dense map
