"""Headless Chromium (Debian's `chromium`) for the tests that render HTML pages: report and audit.

Tests using it FAIL (never skip) when Chromium is missing: `.ci/run` installs it.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")


def chromium(args: list[str], tmp: Path) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium offline with a throwaway profile under `tmp`."""
    assert CHROMIUM.is_file(), "Debian chromium is required for the HTML tests (apt-get install chromium)"
    cmd = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={tmp / 'chromium-profile'}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True)
