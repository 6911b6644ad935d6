"""Shared pytest fixtures. Keep each fixture small and documented; add yours below."""

from __future__ import annotations

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
