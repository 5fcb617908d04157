"""The parse's garbage-collector settings: the parser's long-lived data out of the collector's reach, and
the youngest generation collected less often than Python's default."""

import subprocess
import sys
import textwrap
from pathlib import Path


def test_parsing_a_file_freezes_the_data_and_raises_the_young_threshold(tmp_path: Path) -> None:
    # a fresh interpreter: the suite's own process may have parsed (and frozen) already
    article = tmp_path / "a.txt"
    article.write_text("Minsk, 4 March (BelTA) - Belarus and Omsk Oblast signed a roadmap on dairy supplies.\n",
                       encoding="utf-8")
    script = textwrap.dedent(f"""
        import gc
        from belcoop.store.sync import GC_YOUNG, Job, parse_file
        before = gc.get_threshold()[0], gc.get_freeze_count()
        result = parse_file(Job({str(article)!r}, "a", 1 << 20))
        after = gc.get_threshold()[0], gc.get_freeze_count()
        print(before[0], before[1] == 0, after[0] == GC_YOUNG, after[1] > 10_000)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split()
    assert out[1:] == ["True", "True", "True"]  # nothing frozen before; threshold raised and data frozen after
    assert int(out[0]) < 10_000  # Python's own default (700) before the first article
