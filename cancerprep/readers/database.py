"""Opening a site database (OMOP CDM, OMOP vocabulary) with errors a data engineer can act on.

A failed connection says which of the usual causes it was (login refused, host unreachable, database
or schema missing), always naming the URL with its password masked. The driver's own message is
read to tell the causes apart but never shown: it can echo the user, the password or the query.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from cancerprep.errors import InputError

URL_HINT = ("special characters in the user or password (@ : / # ? %) must be percent-encoded, "
            "e.g. @ as %40 (docs/inputs.md)")
# Causes told apart by the driver's message (PostgreSQL/libpq, MySQL, SQL Server wording), in check order.
_CAUSES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"authentication failed|access denied|login failed|password", re.I),
     "cannot connect to the database: authentication failed (check the user and password)"),
    (re.compile(r"database \S+ does not exist|unknown database|cannot open database", re.I),
     "cannot connect to the database: the database named in the URL does not exist on the server"),
    (re.compile(r"connection refused|timeout|timed out|could not translate host|name or service not known|"
                r"no route to host|network is unreachable|could not connect|can't connect|nodename nor servname",
                re.I),
     "cannot connect to the database: host unreachable (connection refused or timed out; "
     "check host, port and firewall)"),
)


def masked(url: str) -> str:
    """The URL for messages: password replaced by ***; a URL that does not parse is not shown at all."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<database url>"


def _authority_ambiguous(url: str) -> bool:
    """More than one '@' before the path: an unencoded '@' in the password, which would parse wrongly
    (and could put part of the password in the host name shown in messages)."""
    rest = url.split("://", 1)[1] if "://" in url else ""
    return rest.split("/", 1)[0].count("@") > 1


def connect_error(exc: BaseException) -> str:
    """A fixed sentence for a connection failure; the exception's text is matched, never returned."""
    message = str(getattr(exc, "orig", None) or exc)
    for pattern, sentence in _CAUSES:
        if pattern.search(message):
            return sentence
    return f"cannot connect to the database ({type(getattr(exc, 'orig', None) or exc).__name__})"


def open_engine(url: str | None, options: dict[str, Any], what: str = "an omop input") -> Any:
    """A checked SQLAlchemy engine for `url`; InputError (URL masked) when it cannot be used."""
    import sqlalchemy as sa
    from sqlalchemy.engine import make_url

    if not url:
        raise InputError(f"{what} needs `url:` (a SQLAlchemy URL)")
    if _authority_ambiguous(url):
        raise InputError(f"not a valid SQLAlchemy URL: {URL_HINT}", file="<database url>")
    where = masked(url)
    try:
        parsed = make_url(url)
    except Exception:
        raise InputError(f"not a valid SQLAlchemy URL: {URL_HINT}", file=where) from None
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database
        if not db or db == ":memory:" or not Path(db).is_file():
            raise InputError("SQLite database file not found", file=where)
    connect_args: dict[str, Any] = {}
    if parsed.get_backend_name() == "postgresql":
        connect_args["connect_timeout"] = int(options.get("connect_timeout", 10))
    try:
        engine = sa.create_engine(parsed, connect_args=connect_args)
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except Exception as exc:
        raise InputError(connect_error(exc), file=where) from None
    return engine


def check_schema(conn: Any, schema: str | None, where: str) -> None:
    """A named schema that the database does not have is its own error (not 'table not found')."""
    import sqlalchemy as sa

    if schema and schema not in sa.inspect(conn).get_schema_names():
        raise InputError(f"schema {schema!r} not found in the database", file=where)
