"""The benchmark's make-unique step: N copies of an article are N distinct files and texts, none one story with another."""

from __future__ import annotations

from pathlib import Path

import pytest

from belcoop.analysis.reprints import Sketch, body_of, fingerprint, same_story, unpack
from belcoop.corpus import article_text, text_key
from benchmarks.bench import bytecode_env, parse_sizes
from benchmarks.parse_speed import article_files, unique_copy, write_copies

TEXT = (
    "Belarus, Omsk Oblast to expand cooperation\n\n"
    "MINSK, 3 March - Belarus and Omsk Oblast agreed to step up supplies of tractors and dairy equipment, "
    "the governor said after the talks in Minsk on Tuesday.\n"
    "Trade between them reached $310.5 million last year, up 12.4%, and exports of machinery rose to $92.7 million.\n"
    "The parties signed a roadmap on cooperation in agriculture, education and tourism for the next three years.\n"
)
PAGE = f"<!DOCTYPE html><html><head><title>t</title></head><body><p>{TEXT}</p></BODY></html>"


def _sketch(text: str) -> Sketch:
    return unpack(fingerprint(body_of(text), "RU-OMS").sketch)


def test_copies_are_distinct_files_texts_and_stories(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "src" / "b.html").write_text(PAGE, encoding="utf-8")
    files = article_files([tmp_path / "src"])
    assert [f.name for f in files] == ["a.txt", "b.html"]
    paths = write_copies(files, 7, tmp_path / "out", per_folder=3)
    assert len(paths) == 7 and len({p.parent for p in paths}) == 3
    texts = [article_text(p.read_bytes(), str(p), lambda _: None) for p in paths]
    assert len({p.read_bytes() for p in paths}) == 7
    assert len({text_key(t) for t in texts}) == 7
    plain = [t for p, t in zip(paths, texts, strict=True) if p.suffix == ".txt"]
    assert all(t.startswith(TEXT) for t in plain)  # the article itself is untouched
    assert all("Benchmark copy number" in t and "<" not in t for t in texts)  # the page's line is in its visible text
    assert same_story(_sketch(TEXT), _sketch(TEXT + "An extra closing line.\n"))  # a plain copy is one story ...
    sketches = [_sketch(t) for t in plain]
    assert not any(same_story(x, y) for i, x in enumerate(sketches) for y in sketches[i + 1:])  # ... these are not


def test_line_goes_before_the_body_end_of_a_page() -> None:
    out = unique_copy(PAGE.encode(), ".html", 5).decode()
    assert out.index("Benchmark copy number 5 ") < out.index("</BODY>")
    assert unique_copy(b"text\r\n\r\n", ".txt", 1) == b"text\n" + unique_copy(b"", ".txt", 1).lstrip(b"\n")


def test_shared_corpus_folder_stands_for_its_real_article_folders(tmp_path: Path) -> None:
    for name in ("dev", "dev2", "unlabeled", "seeds"):
        (tmp_path / name).mkdir()
        (tmp_path / name / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "dev" / "SOURCES.tsv").write_text("x\n", encoding="utf-8")
    assert [f.name for f in article_files([tmp_path])] == ["dev.txt", "dev2.txt", "unlabeled.txt"]
    assert article_files([tmp_path / "absent"]) == []


def test_sizes() -> None:
    assert parse_sizes("1000,100_000") == [1000, 100000]
    assert parse_sizes("none") == parse_sizes("") == parse_sizes("0") == []


def test_timed_runs_read_compiled_bytecode_from_the_work_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # as an installed package does, even where the machine asks Python not to write bytecode
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    env = bytecode_env(tmp_path)
    assert "PYTHONDONTWRITEBYTECODE" not in env
    assert env["PYTHONPYCACHEPREFIX"] == str(tmp_path / "bytecode")
    compiled = {p.name.split(".")[0] for p in (tmp_path / "bytecode").rglob("*.pyc")}
    assert {"cli", "article", "trade", "people"} <= compiled
