#!/usr/bin/env python3
"""How reprint detection does on the real pages of shared/corpus (not part of the test suite: the tests may not
read those pages).

Runs belcoop as a user does on every folder of the corpus at once (`list --format json`, `series --format json`)
and prints, for each group of REPRINTS.tsv, whether belcoop shows it as one story, and whether a series point
fed by its articles is a conflict; then every other story belcoop formed (each one a pair of unrelated articles
merged, unless it is one event); and the measures of `analysis.reprints` for the listed pairs and for the
closest unlisted ones, against the thresholds.

Usage:  python benchmarks/reprints.py [--corpus ../shared/corpus]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from belcoop.analysis import reprints
from belcoop.corpus import SkipFile, article_text

HERE = Path(__file__).resolve().parent


def belcoop(args: list[str], cache: str) -> object:
    exe = shutil.which("belcoop")
    command = [exe] if exe else [sys.executable, "-m", "belcoop"]
    out = subprocess.run([*command, *args], capture_output=True, check=True, env={**os.environ, "BELCOOP_CACHE": cache}).stdout
    return json.loads(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=HERE.parent.parent / "shared" / "corpus")
    opts = parser.parse_args()
    root: Path = opts.corpus.resolve()
    listing = root / "unlabeled" / "REPRINTS.tsv"
    groups = [line.split("\t") for line in listing.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
    cache = tempfile.mkdtemp(prefix="belcoop-reprints-")
    try:
        records = belcoop(["list", "--corpus", str(root), "--format", "json"], cache)
        points = belcoop(["series", "--corpus", str(root), "--format", "json"], cache)
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    assert isinstance(records, list) and isinstance(points, list)

    def rel(path: str) -> str:
        return os.path.relpath(os.path.abspath(path), root)

    story_of: dict[str, int] = {}
    stories: list[list[str]] = []
    id_of: dict[str, str] = {}
    for record in records:
        files = [rel(c["path"]) for c in record.get("copies", [])] or [rel(record["source"]["path"])]
        for copy in record.get("copies", []):
            id_of[copy["id"]] = rel(copy["path"])
        id_of[record["id"]] = rel(record["source"]["path"])
        for name in files:
            story_of[name] = len(stories)
        stories.append(files)
    conflicts = [p for p in points if p["conflict"]]

    print(f"corpus: {root} ({len(story_of)} files, {len(records)} stories)")
    print()
    print("| kind | files | one story | conflicts among them |")
    print("|---|---|---|---|")
    listed: set[frozenset[str]] = set()
    tally: dict[str, list[int]] = {}  # kind: [groups, merged, with a conflict]
    for kind, members, _note in groups:
        names = members.split()
        listed.update(frozenset(pair) for pair in itertools.combinations(names, 2))
        merged = len({story_of.get(n, -1) for n in names}) == 1
        among = [p for p in conflicts if len({id_of.get(s["id"]) for s in p["sources"]} & set(names)) > 1]
        counts = tally.setdefault(kind, [0, 0, 0])
        counts[0] += 1
        counts[1] += merged
        counts[2] += bool(among)
        print(f"| {kind} | {' '.join(names)} | {'yes' if merged else 'no'} | {len(among)} |")
    others = [s for s in stories if len(s) > 1 and not all(frozenset(p) in listed for p in itertools.combinations(s, 2))]
    print()
    print(f"stories formed that REPRINTS.tsv does not list: {len(others)}")
    for story in others:
        print("  ", " + ".join(story))
    district = [s for s in stories if len(s) > 1 and any(Path(n).name.startswith("u_Q_") for n in s)]
    print(f"stories that hold a district government page (u_Q_*): {len(district)}")
    print()
    print("figures (REPRINTS.tsv groups merged into one story; copy and edited should all be, retold need not be,"
          " and none should show a conflict):")
    for kind, (total, joined, conflicting) in tally.items():
        print(f"   {kind}: {joined}/{total} merged, {conflicting} with a conflict")
    print(f"   stories not listed (false merges unless one event, to be read by hand): {len(others)}")

    print()
    sketches = {}
    for path in sorted(root.glob("*/*.txt")):
        try:
            text = article_text(path.read_bytes(), str(path), lambda _message: None)
        except SkipFile:
            continue
        sketches[str(path.relative_to(root))] = reprints.unpack(reprints.fingerprint(reprints.body_of(text)).sketch)
    measured = []
    held_apart = []  # pairs the similarity alone would merge, that the opening and the years keep apart
    for a, b in itertools.combinations(sorted(sketches), 2):
        x, y = sketches[a], sketches[b]
        m = reprints.measure(x, y)
        measured.append((frozenset((a, b)) in listed, m, a, b))
        if reprints.same_story(x, y) is None and similar_alone(x, y):
            held_apart.append((a, b, m))
    print(f"thresholds: copy containment >= {reprints.COPY_CONTAINMENT}; translation >= {reprints.MIN_SHARED_FIGURES} shared"
          f" figures, {reprints.TRANSLATION_FIGURES} of them, words >= {reprints.TRANSLATION_WORDS}; either way opening"
          f" >= {reprints.OPENING_ALIKE} and years >= {reprints.YEARS_SHARED}")
    print("listed pairs (containment, shared figures, share of figures, words, opening, years):")

    def shown(m: reprints.Measure) -> str:
        return f"{m.containment:.2f} {m.shared_figures} {m.figures:.2f} {m.words:.2f} {m.opening:.2f} {m.years:.2f}"

    for is_listed, m, a, b in measured:
        if is_listed:
            print(f"   {a} {b}: {shown(m)}")
    print("closest unlisted pairs by containment:")
    for _l, m, a, b in sorted((x for x in measured if not x[0]), key=lambda x: -x[1].containment)[:5]:
        print(f"   {a} {b}: {shown(m)}")
    print("closest unlisted pairs by words, with 3 or more shared figures:")
    close = [x for x in measured if not x[0] and x[1].shared_figures >= 3]
    for _l, m, a, b in sorted(close, key=lambda x: -x[1].words)[:5]:
        print(f"   {a} {b}: {shown(m)}")
    print(f"pairs similar enough to merge but kept apart by their opening or years: {len(held_apart)}")
    for a, b, m in held_apart:
        print(f"   {a} {b}: {shown(m)}")


def similar_alone(x: reprints.Sketch, y: reprints.Sketch) -> bool:
    """Whether the similarity alone (no opening or years check) takes the two for one story."""
    saved = reprints.OPENING_ALIKE, reprints.YEARS_SHARED
    reprints.OPENING_ALIKE, reprints.YEARS_SHARED = 0.0, 0.0
    try:
        return reprints.same_story(x, y) is not None
    finally:
        reprints.OPENING_ALIKE, reprints.YEARS_SHARED = saved


if __name__ == "__main__":
    main()
