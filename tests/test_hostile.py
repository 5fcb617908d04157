"""Hostile and messy input: nothing crashes, nothing is lost, every problem is named."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import belcoop.parse
from belcoop.cli import cli
from belcoop.model import Record
from belcoop.parse import parse_article

from .conftest import GOMEL_ARTICLE, SEEDS, write_article

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def invoke(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


# ---------------------------------------------------------------- paths


def test_missing_corpus_path_is_a_usage_error_naming_it(runner: CliRunner, tmp_path: Path) -> None:
    code, out, err = invoke(runner, "list", "--corpus", str(tmp_path / "no-such-folder"))
    assert code == 2 and "no-such-folder" in err and out == ""


def test_empty_folder(runner: CliRunner, tmp_path: Path) -> None:
    code, out, err = invoke(runner, "list", "--corpus", str(tmp_path))
    assert code == 0 and out == "" and f"no articles found in {tmp_path}" in err
    code, out, _err = invoke(runner, "list", "--corpus", str(tmp_path), "--json")
    assert code == 0 and json.loads(out) == []


def test_unreadable_file_is_skipped_with_a_warning(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_article(tmp_path, "good.txt", GOMEL_ARTICLE)
    locked = write_article(tmp_path, "locked.txt", GOMEL_ARTICLE.replace("Kursk", "Tula"))
    real_open = open

    def guarded_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded_open)
    code, out, err = invoke(runner, "list", "--corpus", str(tmp_path), "--json", "--no-cache")
    assert code == 0 and [r["id"] for r in json.loads(out)] == ["good"]
    assert "locked.txt: permission denied" in err


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_by_mode(runner: CliRunner, tmp_path: Path) -> None:
    write_article(tmp_path, "good.txt", GOMEL_ARTICLE)
    locked = write_article(tmp_path, "locked.txt", GOMEL_ARTICLE.replace("Kursk", "Tula"))
    locked.chmod(0)
    try:
        code, out, err = invoke(runner, "list", "--corpus", str(tmp_path), "--json", "--no-cache")
    finally:
        locked.chmod(0o600)
    assert code == 0 and [r["id"] for r in json.loads(out)] == ["good"] and "locked.txt" in err


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_broken_symlink_and_symlink_loop(runner: CliRunner, tmp_path: Path) -> None:
    write_article(tmp_path, "good.txt", GOMEL_ARTICLE)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    code, out, err = invoke(runner, "list", "--corpus", str(tmp_path), "--json")
    assert code == 0 and [r["id"] for r in json.loads(out)] == ["good"]
    assert "dangling.txt: broken symbolic link" in err
    assert "symbolic link loop" in err


def test_names_with_spaces_and_non_ascii_letters(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "статьи 2022"
    folder.mkdir()
    write_article(folder, "Гомель и Курск.txt", GOMEL_ARTICLE)
    code, out, _err = invoke(runner, "list", "--corpus", str(folder), "--json")
    assert code == 0 and [r["id"] for r in json.loads(out)] == ["Гомель и Курск"]


# ---------------------------------------------------------------- content


def test_empty_whitespace_and_binary_files_are_skipped(runner: CliRunner, tmp_path: Path) -> None:
    write_article(tmp_path, "good.txt", GOMEL_ARTICLE)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\t\n  ")
    (tmp_path / "nul.txt").write_bytes(b"text\x00with\x00nul bytes" * 20)
    (tmp_path / "image.txt").write_bytes(PNG)
    code, out, err = invoke(runner, "list", "--corpus", str(tmp_path), "--json")
    assert code == 0 and [r["id"] for r in json.loads(out)] == ["good"]
    assert "empty.txt: empty file" in err and "blank.txt: empty file" in err
    assert "nul.txt: binary file" in err and "image.txt: binary file" in err


@pytest.mark.parametrize("encoding, bom", [("cp1251", b""), ("latin-1", b""), ("utf-16", b""), ("utf-8", b"\xef\xbb\xbf")])
def test_other_encodings_are_read(runner: CliRunner, tmp_path: Path, encoding: str, bom: bytes) -> None:
    text = GOMEL_ARTICLE.replace("Roman Starovoit", "Roman Starovoit (Старовойт)" if encoding == "cp1251" else "Roman Stárovoit")
    (tmp_path / "a.txt").write_bytes(bom + text.replace("«", '"').replace("»", '"').replace("–", "-").encode(encoding))
    code, out, err = invoke(runner, "parse", str(tmp_path / "a.txt"))
    record = json.loads(out)[0]
    assert code == 0 and record["partner"]["code"] == "RU-KRS" and record["trade"]
    if encoding in ("cp1251", "latin-1"):
        assert f"read as {encoding}" in err
    else:
        assert err == ""


def test_cp1251_text_is_recognised_as_cyrillic(tmp_path: Path) -> None:
    from belcoop.corpus import decode

    warnings: list[str] = []
    assert decode("Сотрудничество Беларуси и Казахстана".encode("cp1251"), "x", warnings.append).startswith("Сотрудничество")
    assert decode("Coopération économique".encode("latin-1"), "y", warnings.append) == "Coopération économique"


def test_file_over_max_size_is_skipped(runner: CliRunner, tmp_path: Path) -> None:
    write_article(tmp_path, "good.txt", GOMEL_ARTICLE)
    write_article(tmp_path, "big.txt", GOMEL_ARTICLE * 10)
    code, out, err = invoke(runner, "list", "--corpus", str(tmp_path), "--max-size", "5000", "--json")
    assert code == 0 and [r["id"] for r in json.loads(out)] == ["good"] and "big.txt: larger than --max-size" in err


ADVERSARIAL = {
    "one megabyte line": "trade cooperation Minsk " * 45_000,
    "a million digits": "7" * 1_000_000,
    "nested numbers": "$" + "1," * 200_000 + " million",
    "dots": "1." * 300_000,
    "capitals": "Governor Of " * 80_000,
    "dates": "13 May 13 May 2022 " * 40_000,
    "percent": "up 1% " * 100_000,
}


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_pathological_text_finishes(name: str) -> None:
    # Bounded time: a worst case of a few seconds, never a hang. (Speed targets live in benchmarks/.)
    started = time.monotonic()
    record = parse_article(ADVERSARIAL[name], path="x", sha256="0", record_id="x")
    assert record.id == "x"
    assert time.monotonic() - started < 60


# ---------------------------------------------------------------- saved web pages


def test_saved_web_page_parses_like_its_text(runner: CliRunner, tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{p}</p>\n" for p in GOMEL_ARTICLE.split("\n\n")[2:5])
    html = f"""<!DOCTYPE html><html><head><title>site</title><style>p {{color: red}}</style>
<script>var trade = "$999 million";</script></head><body><nav><a href="/">All news</a></nav>
<h1>Gomel Oblast, Russia&#39;s Kursk Oblast expand trade</h1><time>14:10, 12 October 2021</time>
{paragraphs}<footer>Subscribe to us</footer></body></html>"""
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    write_article(tmp_path / "..", "plain-copy.txt", GOMEL_ARTICLE)
    page = json.loads(invoke(runner, "parse", str(tmp_path / "page.html"))[1])[0]
    plain = json.loads(invoke(runner, "parse", str(tmp_path / ".." / "plain-copy.txt"))[1])[0]
    for key in ("date", "partner", "belarus_side", "venue", "trade", "agreements"):
        page_value, plain_value = page[key], plain[key]
        if key == "trade":
            page_value = [{**f, "evidence": ""} for f in page_value]
            plain_value = [{**f, "evidence": ""} for f in plain_value]
        assert page_value == plain_value, key
    assert page["source"]["title"] == "Gomel Oblast, Russia's Kursk Oblast expand trade"
    assert all(f["value"] != 999e6 for f in page["trade"])


# ---------------------------------------------------------------- duplicates


def test_duplicates_yield_one_record_with_a_warning(runner: CliRunner, tmp_path: Path) -> None:
    write_article(tmp_path, "a.txt", GOMEL_ARTICLE)
    write_article(tmp_path, "b-same-bytes.txt", GOMEL_ARTICLE)
    (tmp_path / "c-same-text.txt").write_bytes(GOMEL_ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    code, out, err = invoke(runner, "trade", "--corpus", str(tmp_path), "--json")
    facts = json.loads(out)
    assert code == 0 and {f["id"] for f in facts} == {"a"}
    assert err.count("duplicate of") == 2


# ---------------------------------------------------------------- output and signals


def _big_corpus(folder: Path, n: int) -> None:
    folder.mkdir(exist_ok=True)
    for i in range(n):
        write_article(folder, f"a{i:03d}.txt", GOMEL_ARTICLE.replace("$95.4 million", f"${i + 1}.5 million"))


def test_closed_pipe_ends_quietly(tmp_path: Path, isolated_cache: Path) -> None:
    corpus = tmp_path / "corpus"
    _big_corpus(corpus, 120)
    env = {**os.environ, "BELCOOP_CACHE": str(isolated_cache)}
    proc = subprocess.Popen([sys.executable, "-m", "belcoop", "list", "--corpus", str(corpus), "--format", "json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    proc.wait(timeout=120)
    assert proc.returncode == 0
    assert b"Traceback" not in err and b"BrokenPipe" not in err


@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_ctrl_c_exits_130_without_a_traceback(tmp_path: Path, isolated_cache: Path) -> None:
    corpus = tmp_path / "corpus"
    _big_corpus(corpus, 600)
    env = {**os.environ, "BELCOOP_CACHE": str(isolated_cache)}
    proc = subprocess.Popen([sys.executable, "-m", "belcoop", "list", "--corpus", str(corpus), "--no-cache", "--jobs", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    time.sleep(1.5)
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130
    assert b"Traceback" not in err


# ---------------------------------------------------------------- no data lost


def _snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    return {str(p): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_no_command_touches_the_corpus(runner: CliRunner, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in SEEDS.glob("*.txt"):
        (corpus / seed.name).write_bytes(seed.read_bytes())
    (corpus / "bad.txt").write_bytes(PNG)
    before = _snapshot(corpus)
    c = ["--corpus", str(corpus)]
    for args in (["list", *c], ["list", *c, "--json"], ["show", "003", *c], ["trade", *c, "--year", "2022"],
                 ["trade", *c, "--year", "2021", "--chart"], ["summary", *c], ["people", *c, "--format", "csv"],
                 ["parse", str(corpus / "000_f10d18a329112a53.txt")], ["list", *c, "--no-cache"], ["cache", "info"],
                 ["cache", "clear"], ["list", *c, "--text", "dairy"]):
        runner.invoke(cli, args, catch_exceptions=False)
    assert _snapshot(corpus) == before


# ---------------------------------------------------------------- everything at once


def test_a_folder_of_seeds_and_bad_files(runner: CliRunner, tmp_path: Path) -> None:
    corpus = tmp_path / "mixed"
    corpus.mkdir()
    for seed in SEEDS.glob("*.txt"):
        (corpus / seed.name).write_bytes(seed.read_bytes())
    bad = {
        "empty.txt": b"",
        "blank.txt": b"   \n  ",
        "nul.txt": b"a\x00b" * 50,
        "image.txt": PNG,
        "huge.txt": b"word " * 300_000,
        "copy.txt": (SEEDS / "000_f10d18a329112a53.txt").read_bytes(),
    }
    for name, data in bad.items():
        (corpus / name).write_bytes(data)
    (corpus / "dangling.txt").symlink_to(corpus / "nowhere.txt")
    code, out, err = invoke(runner, "list", "--corpus", str(corpus), "--max-size", "1000000", "--json")
    assert code == 0
    assert sorted(r["id"] for r in json.loads(out)) == sorted(p.stem for p in SEEDS.glob("*.txt"))
    warnings = [line for line in err.splitlines() if line.startswith("warning:")]
    assert len(warnings) == len(bad) + 1
    for name in [*bad, "dangling.txt"]:
        assert sum(name in w for w in warnings) == 1, name


def test_parser_never_sees_files_it_skips(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    real = belcoop.parse.parse_article

    def watched(text: str, path: str, sha256: str, record_id: str) -> Record:
        seen.append(path)
        return real(text, path, sha256, record_id)

    monkeypatch.setattr(belcoop.parse, "parse_article", watched)
    (tmp_path / "image.txt").write_bytes(PNG)
    write_article(tmp_path, "ok.txt", GOMEL_ARTICLE)
    invoke(runner, "list", "--corpus", str(tmp_path))
    assert [Path(p).name for p in seen] == ["ok.txt"]


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_file_reached_twice_is_read_once(runner: CliRunner, tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    write_article(real, "a.txt", GOMEL_ARTICLE)
    (tmp_path / "alias").symlink_to(real, target_is_directory=True)
    code, out, err = invoke(runner, "list", "--corpus", str(tmp_path), "--corpus", str(real / "a.txt"), "--json")
    assert code == 0 and len(json.loads(out)) == 1 and "duplicate" not in err


def test_a_file_read_is_bounded_by_max_size_not_by_the_size_the_scan_saw(tmp_path: Path) -> None:
    """The read asks for the size the scan saw and a byte more; a file that grew since is read on, up to the bound
    and a byte (which tells the caller it is too large), one that shrank is read as it is now."""
    from belcoop.corpus import read_bytes

    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 50)
    assert read_bytes(str(path), 50, 100) == b"x" * 50
    assert read_bytes(str(path), 10, 100) == b"x" * 50  # grew from 10 to 50 bytes since the scan
    assert read_bytes(str(path), 10, 20) == b"x" * 21  # grew beyond the bound: read up to it and a byte
    assert read_bytes(str(path), 80, 100) == b"x" * 50  # shrank
