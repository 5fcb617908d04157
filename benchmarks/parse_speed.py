#!/usr/bin/env python3
"""Cold parse speed on real articles: articles per CPU-second on one core.

The real articles of the shared corpus (every `*.txt` under the corpus folder) are replicated and each
copy is made unique (a closing line of its own); the parser's caches are cleared before each round of
copies, so no cache carries what it learnt about one copy of an article over to the next. Time is CPU time of this process (`time.process_time`), which is
steadier than wall time on a shared machine. Figures printed: every pass, and the median and best.

Usage:  python benchmarks/parse_speed.py [--corpus /work/shared/corpus] [--copies 4] [--passes 5] [--profile N]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path


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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="/work/shared/corpus", help="folder whose */*.txt are the real articles")
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
