"""Running a script in a fresh interpreter, for tests of what a new process does (its imports, its fork server)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.paths import REPO


def fresh_python(script: str) -> subprocess.CompletedProcess[str]:
    """`script` run by `python -c` in a new interpreter from the repository, with the repository on PYTHONPATH so
    that its spawned and fork-server workers import `tests...` too; 300 s at most, so a hang fails the test."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=300)
