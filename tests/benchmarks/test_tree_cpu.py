"""`benchmarks.speed.scale.TreeRSS`: the CPU of a process tree split by process role (driver, workers)."""

from __future__ import annotations

import subprocess
import sys

from benchmarks.speed.scale import TreeRSS

# a driver that spins ~0.4 s alone, then starts a child that spins ~0.6 s while the driver sleeps
_SCRIPT = """
import subprocess, sys, time
def spin(s):
    end = time.process_time() + s
    while time.process_time() < end:
        pass
spin(0.4)
child = "import time\\nend = time.process_time() + 0.6\\nwhile time.process_time() < end: pass"
subprocess.run([sys.executable, "-c", child])
"""


def test_tree_cpu_is_split_between_the_driver_and_its_children() -> None:
    proc = subprocess.Popen([sys.executable, "-c", _SCRIPT])
    with TreeRSS(proc.pid, every=0.02) as tree:
        proc.wait()
    roles = tree.by_role()
    assert roles["driver"] >= 0.3  # its own spin (start-up on top)
    assert 0.4 <= roles["workers"] <= 1.0  # the child the driver started: a worker, not the driver
    # the driver's spin ran while no child existed: counted as the driver alone; the child's spin is not
    assert 0.3 <= roles["driver_alone_s"] <= roles["driver"]
    bins = tree.busy(step=0.5)
    assert round(sum(b.get("workers", 0.0) for b in bins), 2) <= roles["workers"] + 0.01
