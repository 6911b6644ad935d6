"""SNOMED CT codes of a FHIR export, annotated from the site's OMOP vocabulary (input option `vocabulary:`).

A FHIR server's Conditions are SNOMED CT; the site's OMOP vocabulary (the same Athena tables its CDM
uses) says which ICD-10-CM / ICD-O-3 codes map to each concept and what the concept is called. The
reader writes both into the code rows (`maps_to`, `display`); the coding stage turns them into cancer
types. Without a vocabulary, the coding's own display text is all there is, and the coder uses that.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from cancerprep.readers.base import InputSpec
from cancerprep.readers.database import check_schema, masked, open_engine
from cancerprep.readers.vocabulary import Vocabulary


class CodeAnnotator:
    """Fills `display` and `maps_to` of SNOMED rows from the vocabulary tables; close() when done."""

    def __init__(self, spec: InputSpec):
        url = spec.options.get("vocabulary")
        self.engine: Any = None
        self.vocab: Vocabulary | None = None
        if not url:
            return
        where = masked(url)
        schema = spec.options.get("vocabulary_schema")
        self.engine = open_engine(url, spec.options, what="the `vocabulary` option")
        self.conn = self.engine.connect()
        check_schema(self.conn, schema, where)
        self.vocab = Vocabulary(self.conn, schema, where)

    def annotate(self, frame: pl.DataFrame) -> pl.DataFrame:
        """The codes frame with SNOMED rows' `maps_to` set and `display` filled where the source had none."""
        if self.vocab is None or frame.is_empty():
            return frame
        snomed = [c for c, s in zip(frame["code"].to_list(), frame["system"].to_list(), strict=True) if s == "SNOMED"]
        if not snomed:
            return frame
        found = self.vocab.by_codes("SNOMED", snomed)
        names = {k: v.name for k, v in found.items() if v is not None}
        maps = {k: v.maps_to for k, v in found.items() if v is not None}
        is_snomed = pl.col("system") == "SNOMED"
        return frame.with_columns(
            pl.when(is_snomed).then(pl.col("code").replace_strict(maps, default=None, return_dtype=pl.Utf8))
            .otherwise(pl.col("maps_to")).alias("maps_to"),
            pl.when(is_snomed & pl.col("display").is_null())
            .then(pl.col("code").replace_strict(names, default=None, return_dtype=pl.Utf8))
            .otherwise(pl.col("display")).alias("display"),
        )

    def close(self) -> None:
        """Release the vocabulary connection and engine; the reader calls it in `finally` so a failed read
        does not leave a database session open."""
        if self.engine is not None:
            self.conn.close()
            self.engine.dispose()
