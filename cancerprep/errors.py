"""Errors users see. Messages name file, row and field, never cell values (PHI)."""

from __future__ import annotations


class CancerprepError(Exception):
    """Base for errors reported to the user as one line with a non-zero exit."""


class InputError(CancerprepError):
    """A schema-level problem with an input: missing column, unreadable file, bad URL."""

    def __init__(self, message: str, *, file: str | None = None, row: int | None = None,
                 field: str | None = None):
        where = ", ".join(
            p for p in (f"file {file}" if file else "", f"row {row}" if row is not None else "",
                        f"field {field!r}" if field else "") if p
        )
        super().__init__(f"{where}: {message}" if where else message)
        self.file, self.row, self.field = file, row, field


class RecipeError(CancerprepError):
    """The recipe does not validate; the message names the key path."""


class StrictModeError(CancerprepError):
    """--strict was given and a row would have been quarantined."""


class SiteKeyError(CancerprepError):
    """The site key is missing, empty or too short: nothing is pseudonymized without a secret key.
    The message names where the key was looked for, never the key."""


class OutputError(CancerprepError):
    """The output or work folder cannot be used (a file, read-only, full, not private): one line, exit 2."""
