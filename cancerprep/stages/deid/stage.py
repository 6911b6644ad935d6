"""The `deid` stage: de-identify note batches, fail closed.

Per batch: rows without a patient_id are quarantined (MISSING_PATIENT: no
consistent per-patient date shift or surrogate is possible, so the note cannot
be made consistent with the patient's other notes); the text of the rest is
analysed; a note whose analysis raises or overruns the timeout is quarantined
(DEID_ERROR / DEID_TIMEOUT) and never passed through. Survivors get their text
replaced (surrogate | tag | redact), `patient_id` replaced by the HMAC
pseudonym, `note_date` and any `date_cols` shifted by the patient's offset (the
same offset used for dates in the text), and `encounter_id` hashed (or kept).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import Any, ClassVar

import polars as pl

from cancerprep import sitekey
from cancerprep.errors import CancerprepError
from cancerprep.quarantine import Reason, empty_quarantine, quarantine_rows
from cancerprep.stages.base import Stage, StageResult

DEFAULTS: dict[str, Any] = {
    "mode": "surrogate",
    "text_col": "text",
    "patient_col": "patient_id",
    "date_cols": ["note_date"],
    "encounter": "hash",  # hash | keep
    "shift_min_days": -365,
    "shift_max_days": -30,
    "timeout_s": 20.0,
    "nlp": {},
    # When set, records get this extra column: JSON list of the note's PHI spans
    # [{start, end, entity_type, score, recognizer}] in ORIGINAL-text offsets (no text).
    "spans_col": None,
    # When set, records get this extra column: JSON list of the replacements [{start, end, entity_type}]
    # in DE-IDENTIFIED-text offsets (what `cancerprep audit` highlights; positions only, no text).
    "replacements_col": None,
}


class DeidKeyError(CancerprepError):
    """No site key: de-identification never runs with a default key."""


def require_key(key: bytes | None) -> bytes:
    """The site key, or a clear error: de-identification must never fall back to a default key."""
    if not key:
        raise DeidKeyError("the deid stage needs the site key (recipe key_file or CANCERPREP_DEID_KEY); "
                           "there is no default key")
    return key


def hash_id(key: bytes, value: str, purpose: str = "encounter") -> str:
    """An encounter id's keyed hash: the same value the runner writes for encounter ids (sitekey.keyed_id)."""
    return sitekey.keyed_id(key, value, purpose, "E")


class DeidStage(Stage):
    """The `deid` stage: finds PHI with the engine, replaces it, pseudonymises ids and shifts dates;
    a note that cannot be analysed is quarantined (fail closed), never passed through."""

    name: ClassVar[str] = "deid"
    preload: ClassVar[tuple[str, ...]] = ("spacy", "presidio_analyzer", "cancerprep.stages.deid.engine")

    def __init__(self, options=None, context=None):
        super().__init__(options, context)
        self.opts = {**DEFAULTS, **self.options}
        if self.opts["mode"] not in ("surrogate", "tag", "redact"):
            raise CancerprepError(f"deid mode must be surrogate, tag or redact, not {self.opts['mode']!r}")
        self._deid = None

    def load_shared(self) -> None:
        """Load the engine (spaCy, vocabularies, the learned model) once, not per batch: it depends on the options
        only (the site's identities reach it per note), so a pool's workers share one copy."""
        from cancerprep.stages.deid.engine import DeidConfig, Deidentifier

        engine = {k: self.opts[k] for k in ("learned_model", "name_consistency", "consistency_scope", "voter_gate")
                  if k in self.opts}
        self._deid = Deidentifier(DeidConfig(nlp=dict(self.opts["nlp"]), timeout_s=float(self.opts["timeout_s"]),
                                             **engine))

    def fingerprint(self) -> str:
        """Options plus the learned model's file hashes (a retrained model changes the output); without
        loading the engine (`learned_files`)."""
        from cancerprep.stages.deid.learned_files import DEFAULT_MODEL, model_fingerprint

        model = model_fingerprint(self.opts.get("learned_model", DEFAULT_MODEL))
        return hashlib.sha256(f"{super().fingerprint()}|{model}".encode()).hexdigest()[:16]

    # -- helpers ------------------------------------------------------------------------------
    def _shift(self, key: bytes, patient: str) -> int:
        return sitekey.date_shift_days(key, patient, int(self.opts["shift_min_days"]),
                                       int(self.opts["shift_max_days"]))

    def _structured(self, frame: pl.DataFrame, key: bytes, patient_col: str, date_cols: list[str],
                    encounter: bool = True) -> pl.DataFrame:
        """Pseudonymize the patient column, shift date columns, hash encounter ids."""
        patients = frame[patient_col].cast(pl.Utf8)
        uniq = patients.unique().drop_nulls().to_list()
        shifts = {p: self._shift(key, p) for p in uniq}
        pseudo = {p: sitekey.pseudonym(key, p) for p in uniq}
        shift_col = patients.replace_strict(shifts, default=None, return_dtype=pl.Int64)
        exprs = []
        for col in date_cols:
            if col not in frame.columns:
                continue
            dtype = frame.schema[col]
            if dtype in (pl.Date, pl.Datetime) or isinstance(dtype, pl.Datetime):
                exprs.append((pl.col(col) + pl.duration(days=shift_col)).alias(col))
            else:  # a text date column: parse, shift, write back ISO
                exprs.append((pl.col(col).cast(pl.Utf8).str.to_date(strict=False)
                              + pl.duration(days=shift_col)).alias(col))
        if encounter and "encounter_id" in frame.columns and self.opts["encounter"] == "hash":
            exprs.append(pl.col("encounter_id").cast(pl.Utf8).map_elements(
                lambda v: hash_id(key, v), return_dtype=pl.Utf8).alias("encounter_id"))
        exprs.append(patients.replace_strict(pseudo, default=None, return_dtype=pl.Utf8).alias(patient_col))
        return frame.with_columns(exprs)

    # -- the stage ------------------------------------------------------------------------------
    def process(self, batch: pl.DataFrame) -> StageResult:
        """De-identify one batch; notes whose analysis failed or overran go to quarantine with the reason."""
        from cancerprep.stages.deid.engine import NoteFailure, apply_spans, count_stats
        from cancerprep.stages.deid.surrogates import Surrogates

        key = require_key(self.context.key)
        self.ensure_setup()
        text_col, patient_col = self.opts["text_col"], self.opts["patient_col"]
        stats: Counter = Counter()
        qparts = []
        batch = batch.with_row_index("__row")
        pid = batch[patient_col].cast(pl.Utf8) if patient_col in batch.columns else pl.Series(
            [None] * batch.height, dtype=pl.Utf8)
        missing = pid.is_null() | (pid.str.strip_chars() == "")
        if missing.any():
            qparts.append(quarantine_rows(batch.filter(missing), stage=self.name, reason=Reason.MISSING_PATIENT,
                                          field=patient_col, detail="no patient id: no consistent date shift"))
        work = batch.filter(~missing)
        texts = work[text_col].cast(pl.Utf8).fill_null("").to_list() if work.height else []
        ids = self.context.identities
        patients = work[patient_col].cast(pl.Utf8).to_list()
        note_ids = [ids.for_note(p) for p in patients] if ids and texts else None
        # grouped by patient: a name or organisation one note of a patient found is redacted in all of that
        # patient's notes in this batch (consistency; docs/deid.md)
        analyses = self._deid.analyze_many(texts, note_ids, groups=patients) if texts else []
        new_texts: list[str | None] = []
        span_json: list[str | None] = []
        replaced_json: list[str | None] = []
        failed: list[tuple[int, str]] = []
        for row, patient, text, spans in zip(work["__row"].to_list(), patients, texts, analyses, strict=True):
            if isinstance(spans, NoteFailure):
                failed.append((row, spans.reason))
                new_texts.append(None)
                span_json.append(None)
                replaced_json.append(None)
                continue
            try:
                sur = Surrogates(key, patient, self._shift(key, patient))
                new, edits = apply_spans(text, spans, self.opts["mode"], sur)
            except Exception:  # fail closed
                failed.append((row, "error"))
                new_texts.append(None)
                span_json.append(None)
                replaced_json.append(None)
                continue
            stats.update(count_stats(spans))
            new_texts.append(new)
            span_json.append(json.dumps([{"start": s.start, "end": s.end, "entity_type": s.entity_type,
                                          "score": s.score, "recognizer": s.recognizer} for s in spans]))
            replaced_json.append(json.dumps([{"start": e.new_start, "end": e.new_end, "entity_type": e.entity_type}
                                             for e in edits]))
        for reason in ("error", "timeout"):
            rows = [r for r, why in failed if why == reason]
            if rows:
                code = Reason.DEID_TIMEOUT if reason == "timeout" else Reason.DEID_ERROR
                qparts.append(quarantine_rows(batch.filter(pl.col("__row").is_in(rows)), stage=self.name,
                                              reason=code, field=text_col,
                                              detail=f"analysis {reason}; note withheld"))
        out = work.with_columns(pl.Series(text_col, new_texts, dtype=pl.Utf8))
        if self.opts["spans_col"]:
            out = out.with_columns(pl.Series(str(self.opts["spans_col"]), span_json, dtype=pl.Utf8))
        if self.opts["replacements_col"]:
            out = out.with_columns(pl.Series(str(self.opts["replacements_col"]), replaced_json, dtype=pl.Utf8))
        if failed:
            out = out.filter(~pl.col("__row").is_in([r for r, _ in failed]))
        if out.height:
            out = self._structured(out, key, patient_col, list(self.opts["date_cols"]))
        stats["notes.processed"] = out.height
        stats["notes.quarantined"] = batch.height - out.height
        quarantine = pl.concat(qparts, how="vertical_relaxed") if qparts else empty_quarantine()
        return StageResult(out.drop("__row"), quarantine, dict(stats))

    def transform_codes(self, codes: pl.DataFrame | None) -> pl.DataFrame | None:
        """Pseudonymize the code table's patient_id and shift its dates like the notes'.

        Code rows without a patient are dropped: they can never be linked to a note.
        """
        if codes is None or codes.height == 0 or "patient_id" not in codes.columns:
            return codes
        key = require_key(self.context.key)
        codes = codes.filter(pl.col("patient_id").is_not_null())
        return self._structured(codes, key, "patient_id", ["date"])
