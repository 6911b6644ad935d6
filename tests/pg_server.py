"""Start and stop a throw-away PostgreSQL server (Debian's postgresql package) in a temp dir.

Used by the `postgres_url` fixture in conftest.py and by `python -m benchmarks.speed.readers --postgres`.
PostgreSQL refuses to run as root, so under root initdb/pg_ctl run as the `postgres` system
user on a directory chowned to it. Trust auth, 127.0.0.1 on a free port, unix socket in the
temp dir: several processes (pytest-xdist workers) can each run their own.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    """PostgreSQL is not installed or did not start."""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def postgres_server() -> Iterator[str]:
    """Yield a SQLAlchemy URL (psycopg 3) to the `postgres` database of a fresh server."""
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not bins:
        raise PostgresUnavailable("PostgreSQL is not installed (expected /usr/lib/postgresql/*/bin/initdb); "
                                  "install Debian's `postgresql` package (make test does, as root)")
    bindir = Path(bins[-1]).parent
    base = Path(tempfile.mkdtemp(prefix="cancerprep-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(base, user="postgres", group="postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    data, log = base / "data", base / "server.log"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*as_user, *args], capture_output=True, text=True, timeout=120, check=False)

    try:
        res = run(str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                  "--no-locale", "--no-sync")
        if res.returncode != 0:
            raise PostgresUnavailable(f"initdb failed: {res.stderr[-2000:]}")
        port = None
        for _attempt in range(3):  # a free port can be taken by another process between check and bind
            port = _free_port()
            res = run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60", "-o",
                      f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -F", "start")
            if res.returncode == 0:
                break
        else:
            detail = log.read_text(errors="replace")[-2000:] if log.exists() else res.stderr
            raise PostgresUnavailable(f"PostgreSQL did not start: {detail}")
        try:
            yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
        finally:
            run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
    finally:
        shutil.rmtree(base, ignore_errors=True)
