"""Shared pytest fixtures. Keep each fixture small and documented; add yours below."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


# -- PostgreSQL ---------------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A throw-away PostgreSQL server (Debian's postgresql package) for this test session.

    It runs from a temporary directory with trust auth, listens on 127.0.0.1 on a free port
    and keeps its unix socket in the same directory, so several pytest-xdist workers can
    each start their own. PostgreSQL refuses to run as root, so under root initdb/pg_ctl
    run as the `postgres` system user (the directory is chowned to it). Not installed is a
    test failure, not a skip: `.ci/run` installs the package.
    Yields a SQLAlchemy URL (psycopg 3 driver) to the `postgres` database.
    """
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not bins:
        pytest.fail("PostgreSQL is not installed (expected /usr/lib/postgresql/*/bin/initdb); "
                    "install Debian's `postgresql` package (.ci/run does)")
    bindir = Path(bins[-1]).parent
    base = Path(tempfile.mkdtemp(prefix="cancerprep-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(base, user="postgres", group="postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    data, log = base / "data", base / "server.log"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*as_user, *args], capture_output=True, text=True, timeout=120, check=False)

    res = run(str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
              "--no-locale", "--no-sync")
    if res.returncode != 0:
        shutil.rmtree(base, ignore_errors=True)
        pytest.fail(f"initdb failed: {res.stderr[-2000:]}")
    port = None
    for _attempt in range(3):  # a free port can be taken by another worker between check and bind
        port = _free_port()
        res = run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60", "-o",
                  f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -F", "start")
        if res.returncode == 0:
            break
    else:
        detail = log.read_text(errors="replace")[-2000:] if log.exists() else res.stderr
        shutil.rmtree(base, ignore_errors=True)
        pytest.fail(f"PostgreSQL did not start: {detail}")
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(base, ignore_errors=True)
