"""Child processes that never outlive belcoop: parse workers and the scan's helper.

A child left running after its parent died (kill -9, a closed terminal) would go on parsing and
hold the parent's stdout, so `belcoop list | wc -c` would never end. Three guards:

- on Linux, the kernel kills the child when its parent dies (PR_SET_PDEATHSIG, through prctl);
- the child's stdout is /dev/null, so even a child that lingers (elsewhere) holds no pipe;
- the parent stops its pool at once when it stops early (an error, Ctrl-C, SIGTERM, SIGHUP).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from typing import Any

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def die_with_parent(parent: int) -> None:
    """Ask the kernel to kill this process when its parent dies; if the parent is already gone, go now."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def start(parent: int) -> None:
    """The start of every parse worker: signals as a child's, no stdout, dies with its parent."""
    # Ctrl-C reaches the whole process group: the parent answers it (and stops the pool). SIGTERM and
    # SIGHUP kill a worker outright: it holds nothing worth cleaning up.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    with contextlib.suppress(OSError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.close(null)
    die_with_parent(parent)


def stop(pool: Any) -> None:
    """Stop a ProcessPoolExecutor now: nothing more is started, and the workers are killed (they may be
    in the middle of a long file), not waited for."""
    procs = dict(getattr(pool, "_processes", None) or {})  # pid -> Process (terminate_workers() only in 3.14)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in procs.values():
        with contextlib.suppress(OSError, ValueError, AttributeError):
            process.kill()
    for process in procs.values():
        with contextlib.suppress(OSError, ValueError, AttributeError, AssertionError):
            process.join(timeout=2)
