"""Shared pytest fixtures. Keep each fixture small and documented; add yours below."""

from __future__ import annotations

import types
from collections.abc import Iterator

import pytest

from tests.pg_server import PostgresUnavailable, postgres_server


# -- PostgreSQL ---------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A throw-away PostgreSQL server for this test session (see tests/pg_server.py).

    Each pytest-xdist worker that needs it starts its own. Not installed is a test failure,
    not a skip: `make test` installs the package (tests/system-deps.sh). Yields a SQLAlchemy URL (psycopg 3 driver).
    """
    try:
        with postgres_server() as url:
            yield url
    except PostgresUnavailable as exc:
        pytest.fail(str(exc))


# -- build-dataset work folders ----------------------------------------------------------------------
@pytest.fixture(autouse=True)
def _work_dirs_in_pytest_temp(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run that fails keeps its work folder (so the same command resumes); in tests its default location
    is pytest's base temp, which pytest prunes, not the system temp. Patched for the runner's lookup only:
    other code (Ray, PostgreSQL sockets) keeps the short system temp path."""
    import cancerprep.runner as runner

    base = str(tmp_path_factory.getbasetemp())
    monkeypatch.setattr(runner, "tempfile", types.SimpleNamespace(gettempdir=lambda: base))
