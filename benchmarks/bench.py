#!/usr/bin/env python3
"""Benchmark belcoop on synthetic corpora of 1,000, 10,000 and 100,000 articles.

The articles are generated here from templates of our own (varied partners, date styles, amounts,
changes, periods and page boilerplate), written to a temporary folder, then belcoop is run as a
user runs it, in a subprocess, with a fresh cache. Printed figures:

  cold parse   articles/s and MB/s, one process (--jobs 1) and all cores, with the cache being filled
               (and 'cold CPU': articles per CPU-second, user + system of the all-cores run and its workers)
  warm query   `list --region X --format json`, `trade --year Y --format json` and `series --format json|csv|table`
               (the table piped; every query gathers the corpus's reprints into stories: one article in 50 is a reprint), median of 5 runs
  reprints     how many of the synthetic corpus's reprints `list` shows as one story of two copies
  grep pair    the same warm `list --region X` against `grep -rl X` over the same files, run in turn (A B A B ...),
               the ratio belcoop s / grep s taken pair by pair, median of --runs pairs
  start-up     `belcoop --help`, median of 10 runs
  peak RSS     the largest resident size of any run on the corpus (parent or worker process)
  CPU probe    a fixed pure-Python loop timed before and after: on a shared virtual machine the
               same run can be a third slower at one hour than at another

Every run reads the package's compiled bytecode, written once to the work folder (PYTHONPYCACHEPREFIX), as an
installed package's is, also where PYTHONDONTWRITEBYTECODE is set. Then each target of the scale issue, the figure
measured against it, and whether it is met.

With --real N (real-article mode), the shared real articles (the dev, dev2 and unlabeled folders of --real-corpus,
default ../shared/corpus beside the repo; or folders of *.txt/*.html given there) are replicated to N files, each
copy made unique by a line of its own (benchmarks/parse_speed.py: its own number and figures, so that neither the
cache nor reprint detection takes two copies for one), and their cold parse is timed in CPU-seconds on one core,
two ways: in this process, `time.process_time` around `parse_file` over all N files (read, decode, parse, rows
and fingerprint; median of --real-passes passes), and the user + system time of a cold `list --jobs 1` run as a
user runs it (its start-up, scan, store writes and query included). --sizes none skips the synthetic corpora.
With --ablate, the warm `list --region` is also timed with each piece of the warm-query machinery
switched off (benchmarks/without.py), interleaved with runs that have everything on, so that each
piece's worth is a figure of the same moment.

Usage:  python benchmarks/bench.py [--sizes 1000,10000,100000|none] [--single-core-limit 10000] [--keep DIR] [--ablate]
                                  [--runs 5] [--real N] [--real-corpus FOLDER ...] [--real-passes 3]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script: benchmarks.parse_speed is imported from the repo, and belcoop
    sys.path.append(str(REPO))  # too unless an installed (compiled) belcoop, or PYTHONPATH's, comes first

REGIONS = [
    ("Perm Krai", "Perm", "Dmitry Makhonin"), ("Khabarovsk Territory", "Khabarovsk", "Mikhail Degtyarev"),
    ("Altai Krai", "Barnaul", "Viktor Tomenko"), ("Vladimir Oblast", "Vladimir", "Alexander Avdeyev"),
    ("Tula Oblast", "Tula", "Dmitry Milyaev"), ("Samara Region", "Samara", "Vyacheslav Fedorishchev"),
    ("Tatarstan", "Kazan", "Rustam Minnikhanov"), ("Smolensk Oblast", "Smolensk", "Vasily Anokhin"),
    ("Bryansk Oblast", "Bryansk", "Alexander Bogomaz"), ("Omsk Oblast", "Omsk", "Vitaly Khotsenko"),
    ("Kaliningrad Oblast", "Kaliningrad", "Anton Alikhanov"), ("Primorye Territory", "Vladivostok", "Oleg Kozhemyako"),
]
COUNTRIES = [
    ("Kazakhstan", "Astana", "Roman Sklyar"), ("Uzbekistan", "Tashkent", "Jamshid Khodjaev"),
    ("Armenia", "Yerevan", "Mher Grigoryan"), ("Vietnam", "Hanoi", "Tran Hong Ha"), ("Cuba", "Havana", "Ricardo Cabrisas"),
]
BELARUS_PEOPLE = ["Nikolai Snopkov", "Leonid Zayats", "Dmitry Krutoi", "Aleksandr Chervyakov", "Igor Petrishenko"]
SECTOR_SENTENCES = [
    "The parties discussed supplies of tractors, combines and municipal vehicles.",
    "Cooperation in agriculture and food processing, including dairy farms, was high on the agenda.",
    "Belarusian construction companies are ready to build housing and roads in the region.",
    "The sides agreed to develop tourism, culture and student exchanges between universities.",
    "Joint ventures for the assembly of buses and elevators are planned.",
    "Supplies of medicines and medical equipment were discussed separately.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def article(rng: random.Random, n: int) -> str:
    if rng.random() < 0.7:
        place, city, governor = rng.choice(REGIONS)
        partner_phrase, title_place = f"Russia's {place}", place
    else:
        place, city, governor = rng.choice(COUNTRIES)
        partner_phrase, title_place = place, place
    year = rng.randint(2012, 2025)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    official = rng.choice(BELARUS_PEOPLE)
    amount = rng.choice([f"${rng.randint(10, 900)} million", f"${rng.randint(1, 9)}.{rng.randint(1, 9)} billion",
                         f"USD {rng.randint(10, 900)} mln", f"{rng.randint(2, 40)} billion Russian rubles"])
    change = rng.choice([f"up {rng.randint(2, 60)}%", f"up {rng.randint(11, 35) / 10} times", f"down by {rng.randint(2, 30)}%",
                         f"{100 + rng.randint(1, 40)}.{rng.randint(0, 9)}% as against {year - 2}"])
    period = rng.choice([f"In {year - 1}", f"In January-{MONTHS[max(0, month - 2)]} {year}", f"In the first half of {year - 1}"])
    header = rng.choice([
        f"Flag Wednesday, 17 August 2024\nMinsk +25°C\nAll news\n{day} {MONTHS[month - 1]} {year}, 11:{rng.randint(10, 59)}",
        f"Posted: {day:02d}.{month:02d}.{year} 11:54:00",
        f" date {year}-{month:02d}-{day:02d}",
        f"3.42 RUB\n3.33 USD\n{rng.randint(10, 23)}:{rng.randint(10, 59)}, {day} {MONTHS[month - 1]}",
    ])
    lead_city = rng.choice(["MINSK", city.upper()])
    body = [
        f"Belarus, {title_place} step up trade and economic cooperation",
        "",
        header,
        "",
        f"{lead_city}, {day} {MONTHS[month - 1]} (BelTA) – Belarus and {partner_phrase} are well poised to build up "
        f"cooperation, {official} said as he met with Governor {governor} in {city} on {day} {MONTHS[month - 1]}, BelTA has learned.",
        f"{period}, the trade between Belarus and {place} amounted to {amount}, {change}. "
        f"Belarus' exports of building materials reached ${rng.randint(2, 90)}.{rng.randint(1, 9)} million.",
        " ".join(rng.sample(SECTOR_SENTENCES, 3)),
        f"\"We want to hit ${rng.randint(1, 3)} billion in trade in the medium term,\" {official} stressed.",
        rng.choice(["At the end of the meeting, 5 agreements were signed.", "A roadmap will be signed later this year.",
                    "The parties signed a memorandum on cooperation in education."]),
        f"Article number {n} of the synthetic benchmark corpus.",
        "",
        "Other materials of «Economics»",
        "",
        "Belarus' exports to Armenia up 20%",
        "09:01, 11 June",
    ]
    return "\n".join(body) + "\n"


REPRINT_EVERY = 50  # one article in 50 is a reprint of the one before: another site's chrome, title and dateline
SERIES_FORMATS = ("json", "csv", "table")  # `series` is timed in each


def reprint(text: str) -> str:
    """The article as another site saves it: its own banner and headline, the agency's dateline dropped."""
    lines = text.split("\n")
    body = [line.replace(" (BelTA) –", " –").replace("BelTA has learned", "the agency reports") for line in lines[4:]]
    return "\n".join(["News of the regions | Economy", "", f"Reprint: {lines[0].lower()}", "", *body])


def make_corpus(root: Path, size: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    total = 0
    previous = ""
    for n in range(size):
        folder = root / f"batch{n // 1000:03d}"
        if n % 1000 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        text = reprint(previous) if n % REPRINT_EVERY == REPRINT_EVERY - 1 and previous else article(rng, n)
        previous = text
        data = text.encode("utf-8")
        (folder / f"a{n:06d}.txt").write_bytes(data)
        total += len(data)
    return total


@dataclass
class Run:
    seconds: float
    max_rss_kb: int
    returncode: int
    cpu_seconds: float = 0.0  # user + system of the process and the children it waited for


def run(args: list[str], env: dict[str, str]) -> Run:
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"bench: {' '.join(args)} failed ({code}):\n{err.decode(errors='replace')[-2000:]}")
    proc.returncode = code
    return Run(elapsed, usage.ru_maxrss, code, usage.ru_utime + usage.ru_stime)


def children_peak_rss_kb() -> int:
    import resource

    return int(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


def belcoop() -> list[str]:
    """The belcoop of this Python (its environment's script), else the one on PATH, else `python -m belcoop`."""
    beside = Path(sys.executable).parent / "belcoop"
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside)]
    exe = shutil.which("belcoop")
    return [exe] if exe else [sys.executable, "-m", "belcoop"]


def bytecode_env(work: Path) -> dict[str, str]:
    """The environment of every timed run: the package's compiled bytecode written once to the work folder and read
    from there after, as an installed package's is (pip compiles it at install time). A machine that sets
    PYTHONDONTWRITEBYTECODE (this project's sandbox does) would otherwise have every cold run compile the parser's
    source again (0.18 s of its 0.35 s start-up), which no installed belcoop does."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(work / "bytecode")
    import belcoop as package

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(package.__file__).parent)], env=env,
                   stdout=subprocess.DEVNULL, check=False)
    return env


def usable_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not Linux
        return os.cpu_count() or 1


def parser_build() -> str:
    """Whether the parser this Python imports is compiled by mypyc (an installed package) or pure Python (a work tree)."""
    spec = importlib.util.find_spec("belcoop.parse.article")
    origin = spec.origin if spec else None
    if origin and origin.endswith((".so", ".pyd")):
        return f"compiled with mypyc ({origin})"
    return f"pure Python ({origin})"


def machine() -> str:
    """CPU model, the cores this process may use (of the machine's), RAM, Python and system."""
    model = platform.processor() or platform.machine()
    ram = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            model = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), model)
        with open("/proc/meminfo", encoding="utf-8") as f:
            kb = next((int(line.split()[1]) for line in f if line.startswith("MemTotal:")), 0)
        ram = f", {kb / 1024 ** 2:.1f} GiB RAM" if kb else ""
    except OSError:  # not Linux
        pass
    return (f"{model} ({platform.machine()}), {usable_cores()} cores usable of {os.cpu_count()}{ram}, "
            f"Python {platform.python_version()}, {platform.system()} {platform.release()}")


def median_run(args: list[str], env: dict[str, str], times: int) -> Run:
    runs = [run(args, env) for _ in range(times)]
    return Run(statistics.median(r.seconds for r in runs), max(r.max_rss_kb for r in runs), 0,
               statistics.median(r.cpu_seconds for r in runs))


@dataclass
class Pair:
    a_seconds: float  # medians of wall time
    b_seconds: float
    ratio: float  # median of the ratios a/b of runs made one after the other


def paired(a: list[str], b: list[str], env: dict[str, str], times: int) -> Pair:
    """`a` and `b` run in turn (A B A B ...) after one of each not counted; the ratio a/b is taken pair by pair, so it
    holds when the machine's speed drifts during the runs."""
    run(a, env)
    run(b, env)
    a_runs, b_runs = [], []
    for _ in range(times):
        a_runs.append(run(a, env).seconds)
        b_runs.append(run(b, env).seconds)
    return Pair(statistics.median(a_runs), statistics.median(b_runs), statistics.median(x / y for x, y in zip(a_runs, b_runs, strict=True)))


def cpu_probe() -> float:
    """Seconds for a fixed pure-Python loop: shows how fast this (shared, virtual) machine was running."""
    started = time.perf_counter()
    sum(i * i for i in range(3_000_000))
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated corpus sizes")
    parser.add_argument("--single-core-limit", type=int, default=10000,
                        help="measure the one-process cold parse only on corpora up to this size (it is slow)")
    parser.add_argument("--keep", type=Path, help="build corpora and caches here and keep them")
    parser.add_argument("--ablate", action="store_true",
                        help="also time warm list --region with each piece of the warm-query machinery switched off")
    parser.add_argument("--runs", type=int, default=5,
                        help="runs of each warm query, and pairs of warm list and grep (the median is shown)")
    parser.add_argument("--real", type=int, default=0, metavar="N",
                        help="real-article mode: time the cold parse of N unique copies of the shared real articles")
    parser.add_argument("--real-corpus", type=Path, nargs="+", default=[SHARED_CORPUS], metavar="FOLDER",
                        help="the shared corpus (its dev, dev2 and unlabeled folders are read) or folders of articles "
                             f"(default {SHARED_CORPUS})")
    parser.add_argument("--real-passes", type=int, default=3, help="in-process passes over the real copies (median shown)")
    opts = parser.parse_args()
    sizes = parse_sizes(opts.sizes)
    real_files: list[Path] = []
    if opts.real:
        real_files = article_files(opts.real_corpus)
        missing = [str(f) for f in opts.real_corpus if not f.is_dir()]
        if not real_files:
            sys.exit(f"bench: real-article mode: no articles (*.txt, *.html) in {', '.join(map(str, opts.real_corpus))}"
                     + (f" ({', '.join(missing)}: no such folder)" if missing else "")
                     + ". Give the shared corpus, or folders of articles, with --real-corpus FOLDER ...")
        if missing:
            print(f"bench: real-article mode: no such folder {', '.join(missing)}: left out", file=sys.stderr)
    work = opts.keep or Path(tempfile.mkdtemp(prefix="belcoop-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    cmd = belcoop()
    cores = usable_cores()
    print(f"machine: {machine()}")
    print(f"belcoop: {' '.join(cmd)}; work folder: {work}")
    print(f"parser: {parser_build()}")

    probe_before = cpu_probe()
    base_env = bytecode_env(work)
    help_env = {**base_env, "BELCOOP_CACHE": str(work / "help-cache")}
    help_run = median_run([*cmd, "--help"], help_env, HELP_RUNS)
    rows = []
    ablations: list[str] = []
    figures: dict[tuple[str, int], float] = {}  # (what, corpus size) -> seconds, articles/s or MB
    real: RealFigures | None = None
    pairs: dict[int, Pair] = {}
    try:
        if opts.real:
            real = real_mode(real_files, opts.real, work, cmd, opts.real_passes, base_env)
            print(f"  done real-article mode: {real}", flush=True)
        for size in sizes:
            corpus = work / f"corpus-{size}"
            if not corpus.exists():
                nbytes = make_corpus(corpus, size)
            else:
                nbytes = sum(p.stat().st_size for p in corpus.rglob("*.txt"))
            mb = nbytes / 1e6
            row: dict[str, str] = {"articles": f"{size:,}", "MB": f"{mb:.1f}"}
            peak = 0
            if size <= opts.single_core_limit:
                env = {**base_env, "BELCOOP_CACHE": str(work / f"cache-{size}-single")}
                shutil.rmtree(env["BELCOOP_CACHE"], ignore_errors=True)
                cold = run([*cmd, "list", "--corpus", str(corpus), "--jobs", "1", "--format", "json"], env)
                row["cold 1 core"] = f"{size / cold.seconds:,.0f}/s {mb / cold.seconds:.2f} MB/s"
                figures["cold 1 core", size] = size / cold.seconds
                peak = max(peak, cold.max_rss_kb)
            else:
                row["cold 1 core"] = "(skipped)"
            env = {**base_env, "BELCOOP_CACHE": str(work / f"cache-{size}")}
            shutil.rmtree(env["BELCOOP_CACHE"], ignore_errors=True)
            cold_all = run([*cmd, "list", "--corpus", str(corpus), "--format", "json"], env)
            row[f"cold {cores} cores"] = f"{size / cold_all.seconds:,.0f}/s {mb / cold_all.seconds:.2f} MB/s"
            row["cold CPU"] = f"{size / cold_all.cpu_seconds:,.0f}/CPU-s"
            peak = max(peak, cold_all.max_rss_kb, children_peak_rss_kb())
            query = ["list", "--corpus", str(corpus), "--region", "Perm", "--format", "json"]
            run([*cmd, *query], env)  # the first warm run may still write the folders' snapshots
            warm_list = median_run([*cmd, *query], env, opts.runs)
            pair = pairs[size] = paired([*cmd, *query], ["grep", "-rl", "Perm", str(corpus)], env, opts.runs)
            warm_trade = median_run([*cmd, "trade", "--corpus", str(corpus), "--year", "2022", "--format", "json"], env, opts.runs)
            # Every query gathers the corpus's reprints into stories; `series` then builds every series point.
            # In each output format: JSON, CSV and the table (piped, as a script or `less` takes it).
            warm_series = {fmt: median_run([*cmd, "series", "--corpus", str(corpus), "--format", fmt], env, opts.runs)
                           for fmt in SERIES_FORMATS}
            stories = _stories(cmd, corpus, env)
            if opts.ablate and size >= 10_000:
                ablations.extend(ablate(query, env, opts.runs, size))
            row["warm list --region"] = f"{warm_list.seconds:.3f} s"
            figures["warm list", size] = warm_list.seconds
            row["list / grep -rl"] = f"{pair.a_seconds:.3f}/{pair.b_seconds:.3f} s = {pair.ratio:.2f}"
            figures["list/grep", size] = pair.ratio
            row["warm trade --year"] = f"{warm_trade.seconds:.3f} s"
            row["warm series"] = " ".join(f"{fmt} {timed.seconds:.3f} s" for fmt, timed in warm_series.items())
            figures["warm series", size] = max(timed.seconds for timed in warm_series.values())  # the slowest format
            row["reprints merged"] = f"{stories}/{size // REPRINT_EVERY}"
            peak = max(peak, warm_list.max_rss_kb, warm_trade.max_rss_kb, *(timed.max_rss_kb for timed in warm_series.values()))
            row["peak RSS"] = f"{peak / 1024:.0f} MB"
            figures["peak RSS", size] = peak / 1024
            rows.append(row)
            print(f"  done {size:,}: {row}", flush=True)
    finally:
        if not opts.keep:
            shutil.rmtree(work, ignore_errors=True)

    print()
    print(f"CPU probe (a fixed pure-Python loop; lower is faster): {probe_before:.3f} s before, {cpu_probe():.3f} s after")
    print(f"belcoop --help: {help_run.seconds:.3f} s (median of {HELP_RUNS})")
    if real:
        print(real.describe())
    if rows:  # (none with --sizes none: no empty table)
        columns = list(rows[0])
        widths = {c: max(len(c), *(len(r.get(c, "")) for r in rows)) for c in columns}
        print("| " + " | ".join(c.ljust(widths[c]) for c in columns) + " |")
        print("|" + "|".join("-" * (widths[c] + 2) for c in columns) + "|")
        for r in rows:
            print("| " + " | ".join(r.get(c, "").ljust(widths[c]) for c in columns) + " |")
    for line in ablations:
        print(line)
    print()
    print_targets(figures, help_run.seconds, real)
    print()
    print_summary(figures, help_run.seconds, real, pairs, opts.runs)


HELP_RUNS = 10
SHARED_CORPUS = REPO.parent / "shared" / "corpus"  # ../shared/corpus beside the repo


def parse_sizes(text: str) -> list[int]:
    """`--sizes`: comma-separated sizes; empty, `none` or `0` for no synthetic corpus."""
    if text.strip().lower() in ("", "none", "0"):
        return []
    return [int(part.replace("_", "")) for part in text.split(",") if part.strip()]


def article_files(folders: list[Path]) -> list[Path]:
    from benchmarks.parse_speed import article_files as found

    return found(folders)


@dataclass
class RealFigures:
    articles: int  # copies parsed
    originals: int  # real articles they were made from
    mean_bytes: float
    in_process: list[float]  # articles per CPU-second of each pass of parse_file in this process
    cold_cpu: float  # articles per CPU-second of the cold `list --jobs 1` run (user + system)
    cold_wall: float  # and per second of its wall time
    merged: int  # articles `list` showed as a copy in a story of several (0: every copy kept apart)

    def describe(self) -> str:
        passes = ", ".join(f"{r:,.0f}" for r in self.in_process)
        return (f"real-article mode: {self.articles:,} unique copies of {self.originals} real articles (mean "
                f"{self.mean_bytes:,.0f} bytes); parse_file in-process, articles/CPU-s per pass: {passes}; cold "
                f"`list --jobs 1`: {self.cold_cpu:,.0f}/CPU-s, {self.cold_wall:,.0f}/s wall; copies merged as reprints: "
                f"{self.merged}")


def real_mode(files: list[Path], n: int, work: Path, cmd: list[str], passes: int,
              base_env: dict[str, str]) -> RealFigures:
    """N unique copies of the real articles written to files, their cold parse timed in CPU-seconds on one core."""
    from benchmarks.parse_speed import parse_files_cpu, write_copies

    corpus = work / f"real-{n}"
    shutil.rmtree(corpus, ignore_errors=True)
    paths = write_copies(files, n, corpus)
    mean_bytes = sum(p.stat().st_size for p in paths) / len(paths)
    rates = parse_files_cpu(paths, passes)
    env = {**base_env, "BELCOOP_CACHE": str(work / f"cache-real-{n}")}
    shutil.rmtree(env["BELCOOP_CACHE"], ignore_errors=True)
    cold = run([*cmd, "list", "--corpus", str(corpus), "--jobs", "1", "--format", "json"], env)
    merged = _merged(cmd, corpus, env)
    shutil.rmtree(env["BELCOOP_CACHE"], ignore_errors=True)
    return RealFigures(n, len(files), mean_bytes, rates, n / cold.cpu_seconds, n / cold.seconds, merged)


def _merged(cmd: list[str], corpus: Path, env: dict[str, str]) -> int:
    """How many articles the warm `list` shows as copies in stories of several."""
    import json

    out = subprocess.run([*cmd, "list", "--corpus", str(corpus), "--format", "jsonl"], env=env, capture_output=True, check=True).stdout
    return sum(len(copies) for line in out.splitlines() if len(copies := json.loads(line).get("copies") or []) > 1)


def _stories(cmd: list[str], corpus: Path, env: dict[str, str]) -> int:
    """How many stories of two copies the warm `list` shows (each reprint of the synthetic corpus should be one)."""
    import json

    out = subprocess.run([*cmd, "list", "--corpus", str(corpus), "--format", "jsonl"], env=env, capture_output=True, check=True).stdout
    return sum(1 for line in out.splitlines() if b'"copies": [' in line and len(json.loads(line)["copies"]) == 2)


WITHOUT = Path(__file__).resolve().parent / "without.py"
PIECES = ("nothing", "helper-walk", "folder-snapshots")  # as benchmarks/without.py names them


def ablate(query: list[str], env: dict[str, str], runs: int, size: int) -> list[str]:
    """Warm `query` with each piece switched off, interleaved with runs with all on: medians, and what each piece saves."""
    times: dict[str, list[float]] = {piece: [] for piece in PIECES}
    for _ in range(runs):
        for piece in PIECES:
            times[piece].append(run([sys.executable, str(WITHOUT), piece, *query], env).seconds)
    base = statistics.median(times["nothing"])
    lines = [f"{size:,} articles, warm `list --region`, median of {runs}: everything on {base:.3f} s"]
    for piece in PIECES[1:]:
        without = statistics.median(times[piece])
        lines.append(f"  without {piece}: {without:.3f} s ({(without - base) / base:+.0%})")
    return lines


def print_targets(figures: dict[tuple[str, int], float], help_seconds: float, real: RealFigures | None = None) -> None:
    """Each target of the scale and speed issues that this run measured, with the figure and whether it is met."""
    checks: list[tuple[str, str, str, bool]] = [
        ("belcoop --help", "<= 0.1 s", f"{help_seconds:.3f} s", help_seconds <= 0.1),
    ]
    if real:
        rate = statistics.median(real.in_process)
        checks.append((f"cold parse, real articles, 1 core, {real.articles:,} (parse_file in-process)", ">= 2,000/CPU-s",
                       f"{rate:,.0f}/CPU-s", rate >= 2000))
        checks.append((f"cold parse, real articles, 1 core, {real.articles:,} (`list --jobs 1`)", ">= 2,000/CPU-s",
                       f"{real.cold_cpu:,.0f}/CPU-s", real.cold_cpu >= 2000))
    for (what, size), value in sorted(figures.items(), key=lambda item: (item[0][1], item[0][0])):
        if what == "cold 1 core":
            checks.append((f"cold parse, 1 core, {size:,}", ">= 2,000/s", f"{value:,.0f}/s", value >= 2000))
        elif what == "warm list" and size in (10_000, 100_000):
            limit = 0.2 if size == 10_000 else 0.5
            checks.append((f"warm list --region, {size:,}", f"<= {limit} s", f"{value:.3f} s", value <= limit))
        elif what == "warm series" and size == 100_000:
            checks.append((f"warm series (reprints and series), slowest of {'/'.join(SERIES_FORMATS)}, {size:,}", "<= 2 s",
                           f"{value:.3f} s", value <= 2))
        elif what == "peak RSS" and size == 100_000:
            checks.append((f"peak RSS, {size:,}", "<= 300 MB", f"{value:.0f} MB", value <= 300))
        elif what == "list/grep" and size == 100_000:
            checks.append((f"warm list --region / grep -rl, {size:,}", "<= 1", f"{value:.2f}", value <= 1))
    print("| target | goal | measured | met |")
    print("|---|---|---|---|")
    for name, goal, measured, met in checks:
        print(f"| {name} | {goal} | {measured} | {'yes' if met else 'NO'} |")


def print_summary(figures: dict[tuple[str, int], float], help_seconds: float, real: RealFigures | None,
                  pairs: dict[int, Pair], runs: int) -> None:
    """The figures of the speed issue in one table, with the machine and how each was measured."""
    lines = [("figure", "value", "method")]
    if real:
        lines.append((f"cold parse, {real.articles:,} real articles, 1 core", f"{statistics.median(real.in_process):,.0f} articles/CPU-s",
                      f"time.process_time around parse_file over all files, median of {len(real.in_process)} passes"))
        lines.append((f"cold parse, {real.articles:,} real articles, 1 core", f"{real.cold_cpu:,.0f} articles/CPU-s",
                      "user + system time of a cold `list --jobs 1` process (start-up, scan, store writes included)"))
    for size, pair in sorted(pairs.items()):
        lines.append((f"warm list --region Perm vs grep -rl Perm, {size:,}",
                      f"{pair.a_seconds:.3f} s / {pair.b_seconds:.3f} s = {pair.ratio:.2f}",
                      f"wall, run in turn, median of {runs} pairs' ratios (belcoop s / grep s)"))
    lines.append(("belcoop --help", f"{help_seconds:.3f} s", f"wall, median of {HELP_RUNS} runs"))
    widths = [max(len(line[i]) for line in lines) for i in range(3)]
    print(f"machine: {machine()}")
    for n, line in enumerate(lines):
        print("| " + " | ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)) + " |")
        if n == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")


if __name__ == "__main__":
    main()
