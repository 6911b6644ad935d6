"""File edge of `cancerprep deid`: read a table, run the deid stage over it, write outputs.

Tables are CSV, JSONL or Parquet by extension (polars). CSV is read as text with
invalid UTF-8 bytes replaced (U+FFFD), so a bad byte never stops a run nor
leaks through as raw bytes. Beside OUTPUT go OUTPUT.audit.json (counts only)
and OUTPUT.quarantine.csv (ids and reason codes only).
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import polars as pl

from cancerprep.errors import InputError
from cancerprep.writers import write_table


def read_table(path: Path) -> pl.DataFrame:
    suffix = path.suffix.lower()
    if not path.is_file():
        raise InputError("file not found", file=str(path))
    try:
        if suffix == ".csv":
            return pl.read_csv(path, infer_schema=False, encoding="utf8-lossy")
        if suffix in (".jsonl", ".ndjson"):
            return pl.read_ndjson(path, infer_schema_length=None)
        if suffix == ".parquet":
            return pl.read_parquet(path)
    except pl.exceptions.PolarsError as exc:
        raise InputError(f"cannot read table ({type(exc).__name__})", file=str(path)) from None
    raise InputError("unknown extension; use .csv, .jsonl or .parquet", file=str(path))


def deid_file(input_path: str | Path, output: str | Path, *, key: bytes, text_col: str = "text",
              id_col: str = "note_id", patient_col: str = "patient_id", date_cols: list[str] | None = None,
              spans_path: str | Path | None = None, mode: str = "surrogate", workers: int | None = 1,
              options: dict[str, Any] | None = None) -> dict[str, Any]:
    """De-identify a table; returns the audit (PHI-free counts)."""
    from cancerprep.deid.stage import DeidStage
    from cancerprep.executors import run_stages_on_frame
    from cancerprep.stage import RunContext

    src, out = Path(input_path), Path(output)
    frame = read_table(src)
    original_cols = frame.columns
    for col in (text_col, id_col, patient_col):
        if col not in frame.columns:
            raise InputError("missing column", file=str(src), field=col)
    date_cols = [c for c in (date_cols or []) if c]
    for col in date_cols:
        if col not in frame.columns:
            raise InputError("missing date column", file=str(src), field=col)
    frame = frame.with_columns(pl.col(id_col).cast(pl.Utf8).alias("note_id") if id_col != "note_id"
                               else pl.col("note_id").cast(pl.Utf8))
    if "source" not in frame.columns:
        frame = frame.with_columns(pl.lit(str(src.name)).alias("source"))
    if "source_row" not in frame.columns:
        frame = frame.with_row_index("source_row", offset=1).with_columns(pl.col("source_row").cast(pl.Int64))
    spans_col = "__deid_spans"
    opts = {**(options or {}), "mode": mode, "text_col": text_col, "patient_col": patient_col,
            "date_cols": date_cols, "spans_col": spans_col}
    stage = DeidStage(opts, RunContext(key=key))
    with tempfile.TemporaryDirectory(prefix="cancerprep-deid-") as tmp:
        run = run_stages_on_frame([stage], frame, Path(tmp), workers=workers, shard_rows=500)
    records = run.records
    if spans_path is not None:
        Path(spans_path).parent.mkdir(parents=True, exist_ok=True)
        with open(spans_path, "w", encoding="utf-8") as fh:
            for note_id, blob in zip(records["note_id"].to_list(), records[spans_col].to_list(), strict=True):
                for span in json.loads(blob or "[]"):
                    fh.write(json.dumps({"note_id": note_id, **span}) + "\n")
    drop = [spans_col] + [c for c in ("source", "source_row") if c not in original_cols]
    if id_col != "note_id":
        drop.append("note_id")
    write_table(records.drop([c for c in drop if c in records.columns]), out)
    run.quarantine.write_csv(out.with_name(out.name + ".quarantine.csv"))
    stats = Counter(run.stats)
    audit = {
        "input_rows": frame.height,
        "processed": records.height,
        "quarantined": run.quarantine.height,
        "quarantine_reasons": dict(Counter(run.quarantine["reason"].to_list())) if run.quarantine.height else {},
        "phi_by_type": {k[4:]: v for k, v in sorted(stats.items()) if k.startswith("phi.")},
        "phi_by_recognizer": {k[11:]: v for k, v in sorted(stats.items()) if k.startswith("recognizer.")},
        "mode": mode,
    }
    out.with_name(out.name + ".audit.json").write_text(json.dumps(audit, indent=2) + "\n")
    return audit

