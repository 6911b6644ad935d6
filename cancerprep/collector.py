"""The cyclic garbage collector's settings for a cancerprep process: a command, a pool's fork server, a worker.

Python's default thresholds (700, 10, 10) suit a process that keeps few objects. Ours build ~1M long-lived
ones first (spaCy, the vocabularies, the compiled patterns), and each full collection walks them all again:
~0.3 s of CPU at start-up and as much at exit (the interpreter's last collection) in a one-note deid run, and
~0.5-1 s of a fork server's imports (spaCy, Presidio, the coding libraries: ~10 full collections). `tune`
collects the young generation 70x less often (its unreachable cycles are still freed then) and freezes what
is alive at exit, so the exit collection skips it. `gc.disable()` would not hold: srsly's msgpack loader
(spaCy model load) calls `gc.enable()`.
"""

from __future__ import annotations

import atexit
import gc

THRESHOLDS = (50_000, 20, 20)


def tune() -> None:
    """Fewer collections for this process, none of its live objects walked at exit (once per process)."""
    if gc.get_threshold() != THRESHOLDS:
        gc.set_threshold(*THRESHOLDS)
        atexit.register(gc.freeze)
