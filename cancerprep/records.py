"""Record types shared by every stage: column names, dtypes and allowed values.

Batches are polars DataFrames whose columns follow these specs; readers map site
columns onto them and `normalize` enforces them, so later stages can trust them.
"""

from __future__ import annotations

import polars as pl

NOTE_TYPES: tuple[str, ...] = ("clinical_note", "pathology_report", "other")
# ICD10 is WHO ICD-10 (checked against ICD-10-CM, falling back to the shared 3-character category);
# SNOMED is SNOMED CT (mapped through the site's OMOP vocabulary, else coded from its display text).
# TEXT is a diagnosis named only in words (a FHIR Condition with code.text and no coding): no code, its
# `display` is typed by the text coder.
CODE_SYSTEMS: tuple[str, ...] = ("ICD10CM", "ICD9CM", "ICDO3", "ICD10", "SNOMED", "TEXT")

# Provenance columns carried by every record so a quarantined or written row can
# always be traced to the input file and row it came from (never to its text).
SOURCE = "source"
SOURCE_ROW = "source_row"

# The longest note text normalize lets through (longer ones are quarantined); the report's length
# histogram spans up to it.
DEFAULT_MAX_TEXT_CHARS = 2_000_000

NOTE_SCHEMA: dict[str, pl.DataType] = {
    "note_id": pl.Utf8(),
    "patient_id": pl.Utf8(),
    "note_date": pl.Date(),
    "note_type": pl.Utf8(),
    "text": pl.Utf8(),
    "encounter_id": pl.Utf8(),
    SOURCE: pl.Utf8(),
    SOURCE_ROW: pl.Int64(),
}
NOTE_REQUIRED: tuple[str, ...] = ("note_id", "patient_id", "note_date", "note_type", "text")

CODE_SCHEMA: dict[str, pl.DataType] = {
    "patient_id": pl.Utf8(),
    "code": pl.Utf8(),
    "system": pl.Utf8(),
    "date": pl.Date(),
    "encounter_id": pl.Utf8(),
    # Optional: the code's name as the source gives it (FHIR coding.display / code.text, OMOP concept_name),
    # the classification code the site's vocabulary maps it to ("ICD10CM:C50.911"), the clinical status.
    "display": pl.Utf8(),
    "maps_to": pl.Utf8(),
    "clinical_status": pl.Utf8(),
    SOURCE: pl.Utf8(),
    SOURCE_ROW: pl.Int64(),
}
CODE_REQUIRED: tuple[str, ...] = ("patient_id", "code", "system")

# Instruction pairs: the one record shape every task builder emits and every
# exporter (CancerLLM / Alpaca / chat / HF) reads.
PAIR_SCHEMA: dict[str, pl.DataType] = {
    "id": pl.Utf8(),
    "task": pl.Utf8(),
    "instruction": pl.Utf8(),
    "input": pl.Utf8(),
    "output": pl.Utf8(),
    "source_note_id": pl.Utf8(),
    "patient_pseudonym": pl.Utf8(),
    "cancer_type": pl.Utf8(),
    "split": pl.Utf8(),
    "variant": pl.Utf8(),
    # Task-specific extras (e.g. ICD-10-CM codes of a diagnosis pair), JSON-encoded, no PHI.
    "meta": pl.Utf8(),
}


def empty_frame(schema: dict[str, pl.DataType]) -> pl.DataFrame:
    """An empty batch with the given schema (stages return these rather than None)."""
    return pl.DataFrame(schema=schema)
