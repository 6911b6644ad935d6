"""The coder shared by the `sort` and `icd` stages and the diagnosis task: codes + text -> NoteCoding."""

from __future__ import annotations

from typing import Any

import polars as pl

from cancerprep.stages.coding.codes import CodeIndex
from cancerprep.stages.coding.decide import NoteCoding, decide, note_sex
from cancerprep.stages.coding.taxonomy import load_taxonomy
from cancerprep.stages.coding.textcoder import TextCoder
from cancerprep.stages.coding.tiebreak import TieBreaker


class Coder:
    """Codes + text -> NoteCoding, shared by the `sort` and `icd` stages and the diagnosis task."""

    def __init__(self, options: dict[str, Any] | None = None, codes: pl.DataFrame | None = None,
                 text: TextCoder | None = None):
        """`text`: a text coder already set up (`load_text_coder`, same options), whose taxonomy is then this
        coder's too; else both are built here."""
        options = options or {}
        self.taxonomy = text.taxonomy if text is not None else load_taxonomy(options.get("taxonomy"),
                                                                           options.get("taxonomy_overrides"))
        self.window_days = int(options.get("date_window_days", 90))
        self.text = text if text is not None else TextCoder(self.taxonomy)
        self.index = CodeIndex(codes, self.taxonomy, self.window_days)
        # the learned tie-breaker (docs/coding.md): off by default, it did not help on the check part
        self.tiebreak = TieBreaker.load() if options.get("tiebreak", False) else None

    def setup(self) -> None:
        """Load the heavy parts once per worker, after pickling, so the first note pays no set-up."""
        _parse_icd_tables()
        self.text.setup()

    def code_note(self, row: dict[str, Any]) -> NoteCoding:
        """One note: the sex the text states only matters (breast codes) once a mention is found."""
        linked = self.index.link(row.get("patient_id"), row.get("encounter_id"), row.get("note_date"))
        text = row.get("text") or ""
        mentions = self.text.mentions(text)
        return decide(mentions, linked, self.taxonomy, note_sex(text) if mentions else None, self.tiebreak, len(text))

    def code_batch(self, batch: pl.DataFrame) -> list[NoteCoding]:
        """A batch, reading only the columns coding needs (a batch may carry many more)."""
        cols = [c for c in ("patient_id", "encounter_id", "note_date", "text") if c in batch.columns]
        return [self.code_note(r) for r in batch.select(cols).iter_rows(named=True)]


def _parse_icd_tables() -> None:
    import simple_icd_10_cm as cm

    cm.is_valid_item("C50")  # parse the tabular list now (module state, once per process), not inside the first note


def load_text_coder(options: dict[str, Any]) -> TextCoder:
    """What `Coder.setup` loads that no run data decides: the text coder (spaCy, medspacy, scispacy), set up, and
    the ICD-10-CM tables; from the options alone, so it can be loaded once for many processes."""
    _parse_icd_tables()
    text = TextCoder(load_taxonomy(options.get("taxonomy"), options.get("taxonomy_overrides")))
    text.setup()
    return text


def resolve_options(options: dict[str, Any], recipe_dir: Any) -> dict[str, Any]:
    """A recipe's `taxonomy:` path is relative to the recipe file."""
    from pathlib import Path

    out = dict(options)
    tax = out.get("taxonomy")
    if tax and recipe_dir is not None and not Path(tax).is_absolute():
        out["taxonomy"] = str(Path(recipe_dir) / tax)
    return out
