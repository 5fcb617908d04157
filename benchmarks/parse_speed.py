#!/usr/bin/env python3
"""Cold parse speed on real articles: articles per CPU-second on one core.

The real articles of the shared corpus (every `*.txt` under the corpus folder) are replicated and each
copy is made unique (a closing line of its own); the parser's caches are cleared before each round of
copies, so no cache carries what it learnt about one copy of an article over to the next. Time is CPU time of this process (`time.process_time`), which is
steadier than wall time on a shared machine. Figures printed: every pass, and the median and best.
`benchmarks/bench.py --real N` uses the helpers here to time `parse_file` over N unique copies written to files.

Usage:  python benchmarks/parse_speed.py [--corpus /work/shared/corpus] [--copies 4] [--passes 5] [--profile N]
"""

from __future__ import annotations

import argparse
import gc
import re
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED_CORPUS = REPO.parent / "shared" / "corpus"  # the shared real articles, beside the repo
REAL_FOLDERS = ("dev", "dev2", "unlabeled")  # of SHARED_CORPUS: seeds/ are in the package already
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


def clear_parser_caches() -> None:
    """Empty the per-text caches of the parser modules (not the data read once, like the gazetteer)."""
    import belcoop.parse as package

    for module in list(sys.modules.values()):
        if module is None or not getattr(module, "__name__", "").startswith(package.__name__):
            continue
        for obj in list(vars(module).values()):
            clear = getattr(obj, "cache_clear", None)
            info = getattr(obj, "cache_info", None)
            # functools caches with a bound are per-text caches; unbounded @cache ones hold data files
            if clear is not None and info is not None and info().maxsize is not None and info().maxsize > 1:
                clear()


def article_files(folders: list[Path]) -> list[Path]:
    """The article files (*.txt, *.html) of each folder; a folder holding none of its own but the shared corpus's
    dev/, dev2/ and unlabeled/ stands for those. Missing folders are left out (the caller says so)."""
    found: list[Path] = []
    for folder in folders:
        own = sorted(p for p in folder.glob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
        if not own:
            own = sorted(p for sub in REAL_FOLDERS for p in (folder / sub).glob("*")
                         if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
        found.extend(own)
    return found


_BODY_END = re.compile(rb"</body\s*>", re.IGNORECASE)


def copy_line(k: int) -> str:
    """A sentence of copy `k` alone. Its own number makes the file's bytes (the cache's key) and text (its text key)
    unique, and its four figures of its own keep reprint detection from taking two copies for one story: two bodies
    are copies only when their figures agree (0.9 of the smaller set), and no real article here states more than 14."""
    return f"Benchmark copy number {k} states figures of its own: {k}.1, {k}.2, {k}.3 and {k}.4 in all."


def unique_copy(data: bytes, suffix: str, k: int) -> bytes:
    """The article's bytes with copy `k`'s line added: at the end of a text, before </body> of a page."""
    line = copy_line(k).encode("ascii")
    if suffix.lower() in (".html", ".htm"):
        ends = list(_BODY_END.finditer(data))
        if ends:
            at = ends[-1].start()
            return data[:at] + b"<p>" + line + b"</p>\n" + data[at:]
        return data + b"\n<p>" + line + b"</p>\n"
    return data.rstrip(b"\r\n") + b"\n" + line + b"\n"


def write_copies(files: list[Path], n: int, dest: Path, per_folder: int = 1000) -> list[Path]:
    """`n` unique copies of `files`, round robin, written under `dest` in folders of `per_folder`."""
    sources = [(f.read_bytes(), f.suffix, f.stem) for f in files]
    written = []
    for k in range(n):
        data, suffix, stem = sources[k % len(sources)]
        folder = dest / f"batch{k // per_folder:03d}"
        if k % per_folder == 0:
            folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"r{k:06d}-{stem}{suffix.lower()}"
        path.write_bytes(unique_copy(data, suffix, k))
        written.append(path)
    return written


def parse_files_cpu(paths: list[Path], passes: int = 3) -> list[float]:
    """Articles per CPU-second of this process (`time.process_time`) for `belcoop.store.sync.parse_file` over every
    path: read, decode, page to text, parse, rows and reprint fingerprint, as a `--jobs 1` cold run does each file
    (its store writes, scan and start-up apart). The parser's per-text caches are emptied before each pass."""
    from belcoop.store.sync import Job, parse_file

    jobs = [Job(str(p), p.stem, 5 * 1024 * 1024) for p in paths]
    parse_file(jobs[0])  # data files loaded once, as in a real run
    rates = []
    for _ in range(passes):
        clear_parser_caches()
        gc.collect()
        start = time.process_time()
        skipped = sum(parse_file(job).parsed is None for job in jobs)
        spent = time.process_time() - start
        if skipped:
            sys.exit(f"parse_speed: {skipped} of {len(jobs)} files were skipped, not parsed")
        rates.append(len(jobs) / spent)
    return rates


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(SHARED_CORPUS), help="folder whose */*.txt are the real articles")
    ap.add_argument("--copies", type=int, default=4, help="unique copies of each article per pass")
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="print the top N functions of one pass (cProfile)")
    args = ap.parse_args()

    from belcoop.parse import parse_article

    files = sorted(Path(args.corpus).glob("*/*.txt"))
    if not files:
        sys.exit(f"no articles under {args.corpus}")
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    parse_article(texts[0], path="warm-up", sha256="0", record_id="warm-up")  # data files loaded once, as in a real run
    size = sum(len(t) for t in texts) / len(texts)
    import belcoop

    print(f"parser {Path(belcoop.__file__).parent}, Python {sys.version.split()[0]}")
    print(f"{len(texts)} real articles (mean {size:,.0f} characters) x {args.copies} unique copies per pass")

    if args.profile:
        import cProfile
        import pstats

        batch = [f"{t}\nCopy p-{i}." for i, t in enumerate(texts)]
        clear_parser_caches()
        prof = cProfile.Profile()
        prof.enable()
        for text in batch:
            parse_article(text, path="x", sha256="0", record_id="x")
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(args.profile)
        return

    rates = []
    for n in range(args.passes):
        spent = 0.0
        for c in range(args.copies):
            batch = [f"{t}\nCopy {n}-{c}-{i}." for i, t in enumerate(texts)]
            clear_parser_caches()
            gc.collect()
            start = time.process_time()
            for text in batch:
                parse_article(text, path="x", sha256="0", record_id="x")
            spent += time.process_time() - start
        rate = len(texts) * args.copies / spent
        rates.append(rate)
        print(f"  pass {n + 1}: {rate:,.0f} articles/CPU-s")
    print(f"median {statistics.median(rates):,.0f} articles/CPU-s, best {max(rates):,.0f} (one core, cold parse)")


if __name__ == "__main__":
    main()
