#!/usr/bin/env python3
"""Run belcoop with one piece of its warm-query machinery switched off, to measure what it is worth.

Usage:  python benchmarks/without.py PIECE [belcoop arguments ...]

Pieces:
  nothing           everything on (the same way of starting belcoop, for a fair comparison)
  helper-walk       no helper process walks half of a large corpus's subfolders (one process stats every file)
  folder-snapshots  no folder is vouched for at once by its snapshot: every file is checked against the store

`benchmarks/bench.py --ablate` times the warm query with each piece off, beside the same query with all on.
"""

from __future__ import annotations

import sys

PIECES = ("nothing", "helper-walk", "folder-snapshots")


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in PIECES:
        sys.exit(f"usage: without.py {{{','.join(PIECES)}}} [belcoop arguments ...]")
    piece, args = sys.argv[1], sys.argv[2:]
    if piece == "helper-walk":
        from belcoop import scan

        scan.PARALLEL_WALK = 1 << 62
    elif piece == "folder-snapshots":
        from belcoop import scan
        from belcoop.store import sync

        def no_whole_folders(paths: list[str], warn: scan.Warn) -> scan.Scan:
            found = scan.discover(paths, warn)
            for run in found.runs:
                run.whole = False  # so no snapshot is trusted, and none is written
            return found

        setattr(sync, "discover", no_whole_folders)  # noqa: B010 - the name sync.py looks up
    from belcoop.cli import main as belcoop

    belcoop(args)


if __name__ == "__main__":
    main()
