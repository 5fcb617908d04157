"""Worst-case time for one article file just under --max-size (5 MiB): figure sentences, names, dates ...

Not part of the test suite. Each kind of file is written to a temporary folder and read, decoded and
parsed as a cold query does (`belcoop.store.sync.parse_file`: read, decode, parse, the store's rows),
best and worst of a few runs; the parser alone (`parse_article` on the decoded text), best of as many
runs; then once through the CLI (`belcoop parse FILE`), start-up and the store's write included. The
goal is at most 2 s for every kind (best of runs of `parse_file`) on the development machine.

    python benchmarks/worst_case.py            # every kind, 3 runs each
    python benchmarks/worst_case.py --runs 5 --kinds figures,dates
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

from belcoop.corpus import article_text
from belcoop.parse import parse_article
from belcoop.store.sync import Job, parse_file
from belcoop.vocab import DEFAULT_MAX_SIZE

HEAD = "Belarus, Russia's Kursk Oblast expand trade\n\n12 October 2021\n\nMINSK, 12 October (BelTA) - "


def _fill(make: Callable[[int], str], size: int) -> str:
    """HEAD, then sentences from `make(i)` until the text is just under `size` bytes (UTF-8)."""
    parts, used, i = [HEAD], len(HEAD.encode()), 0
    while True:
        piece = make(i)
        cost = len(piece.encode())
        if used + cost > size:
            return "".join(parts)
        parts.append(piece)
        used += cost
        i += 1


_SYLLABLES = ["ka", "ro", "mi", "len", "vo", "tur", "sha", "bek", "dan", "zo", "pel", "gri", "nov", "ste", "ful", "yar"]


def _name(i: int) -> str:
    """A distinct made-up name for every i: a given name and a family name of syllables."""
    given = "".join(_SYLLABLES[(i >> s) % 16] for s in (0, 4)).title()
    family = "".join(_SYLLABLES[(i >> s) % 16] for s in (8, 12, 0)).title() + "ov"
    return f"{given} {family}"


KINDS: dict[str, Callable[[int], str]] = {
    # The figure grammar's busiest sentence: amounts, periods, changes, partners, metrics.
    "figures": lambda i: (f"In January-{['March', 'June', 'September'][i % 3]} 20{10 + i % 14}, the trade between "
                          f"Belarus and {['Kursk Oblast', 'Kazakhstan', 'Perm Krai'][i % 3]} amounted to "
                          f"${i % 997 + 1}.{i % 10} million, up {i % 90 + 1}%, and exports reached "
                          f"${i % 89 + 1} million. "),
    # One long paragraph of figures with no sentence breaks at all.
    "figures-one-sentence": lambda i: f"${i % 997 + 1}.{i % 10} million and {i % 90 + 1}% up, ",
    # People: names with offices, the people grammar's input.
    "names": lambda i: (f"{['Governor', 'Deputy Prime Minister', 'Ambassador'][i % 3]} "
                        f"{['Ivan', 'Roman', 'Mikhail', 'Natalia', 'Yerlan'][i % 5]} "
                        f"{['Krupko', 'Starovoit', 'Degtyaryov', 'Kochanova', 'Karin'][(i // 5) % 5]}{i % 7 or ''} "
                        f"met {['Alexander Lukashenko', 'Kassym-Jomart Tokayev', 'Igor Petrishenko'][i % 3]} in Minsk. "),
    # Every name another: the people grammar compares each new name with those met before.
    "distinct-names": lambda i: (f"Governor {_name(i)} met Minister {_name(i + 7919)} and Ambassador {_name(i + 15331)} in Minsk. "),
    # A list of people and nothing else: every name a new person, one after the other.
    "name-list": lambda i: f"Minister {_name(i * 37 + 5)} and Governor {_name(i * 37 + 11)} met. ",
    # A list of bodies: each name compared with the bodies found before it.
    "organizations": lambda i: f"{_name(i)} Plant, ",
    # Short lines: each one a line of page chrome for the split of title, body and chrome to judge.
    "short-lines": lambda i: f"Menu {i}\n",
    # A saved page of dense markup (read as HTML: the stdlib's parser, in Python, sees every tag).
    "html-tags": lambda i: f"<div class='x{i}'><span>{i}</span><a href='/n/{i}'>&amp;news&nbsp;{i}</a></div>",
    # Dates of every style the date grammar reads.
    "dates": lambda i: (f"On {i % 28 + 1} {['May', 'June', 'October'][i % 3]} 20{10 + i % 14}, on "
                        f"{['March', 'April'][i % 2]} {i % 28 + 1}, 20{10 + i % 14}, on 20{10 + i % 14}-0{i % 9 + 1}-1{i % 9}"
                        f" and in H{i % 2 + 1} 20{10 + i % 14} the sides met. "),
}


LIMIT = 2.0  # seconds: the goal for one file of any kind
T = TypeVar("T")


def _best_and_worst(run: Callable[[], T], runs: int) -> tuple[float, float, T]:
    """The best and worst time of `runs` calls (the first one cold), and what the last returned."""
    times = []
    for _ in range(max(1, runs)):
        started = time.perf_counter()
        got = run()
        times.append(time.perf_counter() - started)
    return min(times), max(times), got


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--size", type=int, default=DEFAULT_MAX_SIZE - 1)
    args = parser.parse_args()
    print(f"one file of {args.size:,} bytes per kind; best and worst of {args.runs} runs of parse_file (read, decode, parse,"
          f" rows), the parser alone, then one `belcoop parse FILE`; goal: best <= {LIMIT:g} s")
    print(f"{'kind':<22} {'bytes':>10} {'best s':>7} {'worst s':>7} {'parser s':>8} {'CLI s':>6}  {'<= 2 s':<6} notes")
    over = []
    with tempfile.TemporaryDirectory() as tmp:
        for kind in args.kinds.split(","):
            path = Path(tmp) / (f"{kind}.html" if kind.startswith("html") else f"{kind}.txt")
            path.write_text(_fill(KINDS[kind], args.size), encoding="utf-8")
            best, worst, result = _best_and_worst(partial(parse_file, Job(str(path), kind, DEFAULT_MAX_SIZE)), args.runs)
            assert result.parsed is not None, result.skipped
            notes = "; ".join(w.split(": ", 1)[-1] for w in result.parsed.warnings)[:64]  # what, not the size
            text = article_text(path.read_bytes(), str(path), lambda _message: None)
            parser_best, _, _ = _best_and_worst(partial(parse_article, text, str(path), "0", kind), args.runs)
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "belcoop", "parse", str(path)], check=True, capture_output=True,
                           env={**os.environ, "BELCOOP_CACHE": str(Path(tmp) / "cache")})
            cli = time.perf_counter() - started
            meets = best <= LIMIT
            if not meets:
                over.append(kind)
            print(f"{kind:<22} {path.stat().st_size:>10,} {best:7.2f} {worst:7.2f} {parser_best:8.2f} {cli:6.2f}  "
                  f"{'yes' if meets else 'NO':<6} {notes}", flush=True)
    print(f"over {LIMIT:g} s: {', '.join(over)}" if over else f"every kind meets <= {LIMIT:g} s")


if __name__ == "__main__":
    main()
