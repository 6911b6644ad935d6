"""What every reader shares: the input spec a recipe gives and the raw chunk a reader yields.

Readers import this module; `cancerprep.readers` (the dispatcher) imports the readers, never the
other way round.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import polars as pl

from cancerprep.quarantine import empty_quarantine

Kind = Literal["notes", "codes"]


@dataclass
class InputSpec:
    """One input of a recipe (or of a per-stage command).

    kind: notes | codes (one tabular file each), fhir (NDJSON directory or file;
    notes and codes), omop (SQLAlchemy URL; notes and codes).
    columns: canonical name -> name in the file, for tabular inputs.
    """

    kind: str
    path: Path | None = None
    url: str | None = None
    format: str | None = None
    columns: dict[str, str] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)

    def display(self) -> str:
        """A name for messages and the `source` column (never includes credentials)."""
        if self.path is not None:
            return str(self.path)
        if self.url is not None:
            from sqlalchemy.engine import make_url

            try:
                return make_url(self.url).render_as_string(hide_password=True)
            except Exception:
                return "<database url>"
        return self.kind


@dataclass
class RawChunk:
    """Raw rows of one kind read from one source, plus rows the reader quarantined."""

    kind: Kind
    frame: pl.DataFrame
    quarantine: pl.DataFrame = field(default_factory=empty_quarantine)
    # Resources met since the previous chunk, by type (FHIR: DocumentReference, Binary, Patient, ...), so a
    # run can account for every resource it read, including those that are not rows (Binary, skipped types).
    resources: dict[str, int] = field(default_factory=dict)
