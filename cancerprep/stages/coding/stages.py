"""The `sort` and `icd` stages: one coder (coder.py), two sets of columns.

`sort` adds `cancer_type`, `cancer_types`, `cancer_evidence` and `cancer_source`. `icd` adds
`icd10_codes` (list: the primary cancer first, each the most specific code the evidence
justifies, at least the 3-character category) and `diagnosis` (the official ICD-10-CM
descriptions of those codes, '; '-joined). Codes linked to the note win; otherwise the code is
built from the text (site + laterality + histology; textcoder.py, decide.py, icd10.py). Notes
with no cancer get an empty list and an empty diagnosis.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from cancerprep.stages.base import RunContext, Stage, StageResult
from cancerprep.stages.coding.coder import Coder, load_text_coder, resolve_options
from cancerprep.stages.coding.codes import OK
from cancerprep.stages.coding.decide import NoteCoding
from cancerprep.stages.coding.icd10 import diagnosis_text
from cancerprep.stages.coding.taxonomy import load_taxonomy


class _CodingStage(Stage):
    """Shared set-up of the two coding stages: the coder is built in setup (not pickled)."""

    preload = ("spacy", "simple_icd_10_cm", "medspacy", "scispacy.abbreviation")

    def load_shared(self) -> None:
        """The text coder and the ICD-10-CM tables (options and recipe folder only): a pool's workers share them."""
        self._text = load_text_coder(resolve_options(self.options, self.context.recipe_dir))

    def setup(self) -> None:
        """Build the coder in the worker, after pickling: it indexes the site's codes around the shared text coder,
        which would otherwise be shipped with every copy of the stage."""
        self.ensure_shared()
        self.coder = Coder(resolve_options(self.options, self.context.recipe_dir), self.context.codes, self._text)
        self.coder.setup()

    def fingerprint(self) -> str:
        """Stage hash that also covers the taxonomy's name@version, so a new taxonomy (same recipe options,
        changed file or packaged default) invalidates cached coding instead of reusing stale types."""
        import hashlib
        import json

        opts = resolve_options(self.options, self.context.recipe_dir)
        tax = load_taxonomy(opts.get("taxonomy"), opts.get("taxonomy_overrides"))
        blob = json.dumps({"stage": self.name, "options": self.options, "taxonomy": tax.fingerprint()},
                          sort_keys=True, default=str)
        return hashlib.sha256(blob.encode()).hexdigest()[:16]

    def _stats(self, results: list[NoteCoding]) -> dict[str, int]:
        stats: dict[str, int] = {}
        for r in results:
            stats[f"{self.name}_{r.cancer_type}"] = stats.get(f"{self.name}_{r.cancer_type}", 0) + 1
            stats[f"{self.name}_source_{r.source}"] = stats.get(f"{self.name}_source_{r.source}", 0) + 1
        for flag, n in self.coder.index.flag_counts.items():
            if flag != OK:
                stats[f"codes_flagged_{flag}"] = n
        return stats


class SortStage(_CodingStage):
    """Stage `sort`: adds cancer_type, cancer_types, cancer_evidence, cancer_source."""

    name = "sort"

    def process(self, batch: pl.DataFrame) -> StageResult:
        """Add the cancer_* columns with fixed dtypes, so a shard whose values are all null or empty still
        has the same schema as the others and the shards concatenate."""
        self.ensure_setup()
        results = self.coder.code_batch(batch)
        out = batch.with_columns(
            pl.Series("cancer_type", [r.cancer_type for r in results], dtype=pl.Utf8),
            pl.Series("cancer_types", [r.cancer_types for r in results], dtype=pl.List(pl.Utf8)),
            pl.Series("cancer_evidence", [r.evidence for r in results], dtype=pl.Utf8),
            pl.Series("cancer_source", [r.source for r in results], dtype=pl.Utf8),
        )
        return StageResult(out, stats=self._stats(results))


def sort_frame(notes: pl.DataFrame, codes: pl.DataFrame | None = None,
               options: dict[str, Any] | None = None) -> StageResult:
    """Library entry point of `cancerprep sort`: run the sort stage over one frame."""
    stage = SortStage(options or {}, RunContext(codes=codes))
    return stage.process(notes)


def icd_columns(results: list[NoteCoding]) -> list[pl.Series]:
    """The `icd` stage's columns, kept apart so the stage and its callers write the same types."""
    return [
        pl.Series("icd10_codes", [r.icd10 for r in results], dtype=pl.List(pl.Utf8)),
        pl.Series("diagnosis", [diagnosis_text(r.icd10) for r in results], dtype=pl.Utf8),
    ]


class IcdStage(_CodingStage):
    """Stage `icd`: adds icd10_codes and diagnosis."""

    name = "icd"

    def process(self, batch: pl.DataFrame) -> StageResult:
        """Add icd10_codes and diagnosis, and count notes that got any code so the run's stats show how much
        of the export could be coded at all."""
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
