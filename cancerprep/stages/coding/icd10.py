"""The `icd` stage: ICD-10-CM diagnosis targets for each note.

Adds `icd10_codes` (list: the primary cancer first, each the most specific code the
evidence justifies, at least the 3-character category) and `diagnosis` (the official
ICD-10-CM descriptions of those codes, '; '-joined). Codes linked to the note win;
otherwise the code is built from the text (site + laterality + histology), see
cancerprep.stages.coding.sorting. Notes with no cancer get an empty list and an empty diagnosis.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from cancerprep.stages.base import RunContext, StageResult
from cancerprep.stages.coding.sorting import NoteCoding, _CodingStage, diagnosis_text


def icd_columns(results: list[NoteCoding]) -> list[pl.Series]:
    return [
        pl.Series("icd10_codes", [r.icd10 for r in results], dtype=pl.List(pl.Utf8)),
        pl.Series("diagnosis", [diagnosis_text(r.icd10) for r in results], dtype=pl.Utf8),
    ]


class IcdStage(_CodingStage):
    """Stage `icd`: adds icd10_codes and diagnosis."""

    name = "icd"

    def process(self, batch: pl.DataFrame) -> StageResult:
        self.ensure_setup()
        results = self.coder.code_batch(batch)
        out = batch.with_columns(*icd_columns(results))
        stats = self._stats(results)
        stats["icd_notes_with_codes"] = sum(1 for r in results if r.icd10)
        return StageResult(out, stats=stats)


def icd_frame(notes: pl.DataFrame, codes: pl.DataFrame | None = None,
              options: dict[str, Any] | None = None) -> StageResult:
    """Library entry point of `cancerprep icd`: run the icd stage over one frame."""
    return IcdStage(options or {}, RunContext(codes=codes)).process(notes)
