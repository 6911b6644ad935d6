"""File-level commands: read a table, run one stage or step over it, write the result.

The CLI's per-step commands (`sort`, `icd`, `dedup`, `deid`, `perturb`, `ner2qa`, `dedup --audit`)
live here, at the I/O edge, so stages and tasks stay pure functions over record batches and never
import executors or readers. `build-dataset` is the runner's job (`cancerprep.runner`).
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import polars as pl

from cancerprep.assembly.dedup import deduplicate, split_leaks
from cancerprep.assembly.variants import _read_pairs, _write_pairs, counterfactual_pairs, misspell_pairs
from cancerprep.errors import CancerprepError, InputError
from cancerprep.executors.local import run_stages_on_frame
from cancerprep.io.sinks import write_table
from cancerprep.registry import build_stage
from cancerprep.stages.base import RunContext
from cancerprep.stages.coding.codes import read_table
from cancerprep.stages.deid.stage import DeidStage
from cancerprep.tasks.phenotype import DEFAULT_SCHEMA, _deid_transform, build_pairs


def code_file(stage_name: str, input_path: str, output: str, codes_path: str | None = None,
              options: dict[str, Any] | None = None, workers: int | None = 1) -> dict[str, int]:
    """Read notes (+ codes), run the `sort` or `icd` stage, write; returns PHI-free counts.

    With `workers` > 1 the notes are sharded and run through the process pool, like build-dataset.
    """


    notes = read_table(input_path, "notes")
    codes = read_table(codes_path, "codes") if codes_path else None
    stage = build_stage(stage_name, options or {}, RunContext(codes=codes))
    with tempfile.TemporaryDirectory(prefix="cancerprep-coding-") as tmp:
        run = run_stages_on_frame([stage], notes, Path(tmp), workers=workers, shard_rows=500)
    write_table(run.records, output)
    return {"notes": run.records.height, **run.stats}


def dedup_file(input_path: str | Path, output: str | Path, quarantine_path: str | Path | None = None,
               options: dict[str, Any] | None = None) -> dict[str, int]:
    """File edge of `cancerprep dedup`: a notes table (CSV/JSONL/Parquet) in, kept notes and quarantine out."""

    notes = read_table(input_path, "notes")
    result = deduplicate(notes, options)
    write_table(result.notes, Path(output))
    if quarantine_path is not None:
        write_table(result.quarantine, Path(quarantine_path))
    return result.stats


def audit_output(out: str | Path, threshold: float = 0.8) -> dict[str, int]:
    """`split_leaks` over a build-dataset output directory (notes/ and tasks/)."""

    out = Path(out)
    files = sorted((out / "notes").glob("*.parquet"))
    if not files:
        raise InputError("no notes/*.parquet (was the run written with outputs.notes: false?)", file=str(out))
    notes = pl.concat([pl.read_parquet(f) for f in files])
    pairs = {d.name: pl.concat([pl.read_parquet(f) for f in sorted(d.glob("*.parquet"))])
             for d in sorted((out / "tasks").glob("*")) if d.is_dir() and any(d.glob("*.parquet"))}
    return split_leaks(notes, pairs, threshold)


def perturb_file(
    input_path: str | Path, output: str | Path, *, misspell: float | None = None,
    counterfactual: float | None = None, seed: int = 0, splits: list[str] | None = None,
    manifest_path: str | Path | None = None,
) -> dict[str, Any]:
    """The `perturb` command: read pair JSONL, perturb it, write it in the same style + a manifest."""
    if (misspell is None) == (counterfactual is None):
        raise InputError("give exactly one of --misspell RATE or --counterfactual RATE")
    pairs, style, carried = _read_pairs(Path(input_path))
    if misspell is not None:
        out, manifest = misspell_pairs(pairs, misspell, seed, splits=tuple(splits) if splits else ("test",))
    else:
        out, manifest = counterfactual_pairs(pairs, counterfactual or 0.0, seed,
                                             splits=tuple(splits) if splits else ("train",))
    _write_pairs(out, output, style, carried)
    manifest_path = Path(manifest_path) if manifest_path else Path(f"{output}.manifest.json")
    manifest_path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    manifest["manifest_path"] = str(manifest_path)
    return manifest


def ner2qa_file(
    input_path: str | Path,
    output: str | Path,
    fmt: str,
    *,
    schema: str | Path = DEFAULT_SCHEMA,
    unit: str = "sentence",
    negatives: float = 1.0,
    seed: int = 0,
    style: str = "cancerllm",
    report_path: str | Path | None = None,
    strict: bool = False,
    deid: bool = False,
    key_file: str | Path | None = None,
) -> dict[str, Any]:
    """The `ner2qa` command: annotation export -> pair JSONL in `style`, plus a JSON report.

    The report (default OUTPUT.report.json) holds counts and each problem with
    file and line, never annotated text, so it can be shared for review. With
    `deid`, annotation texts are de-identified (spans remapped) with the site key
    before pairs are built; surrogates are keyed by the unit's note id.
    """
    from cancerprep.formats import STYLES, write_pairs

    if style not in STYLES:
        raise InputError(f"unknown output style {style!r}; use one of {', '.join(STYLES)}")
    transform = None
    deid_stats: dict[str, int] = {}
    if deid:
        from cancerprep.sitekey import KeyError_, load_key

        try:
            key = load_key(key_file)
        except KeyError_ as exc:
            raise CancerprepError(str(exc)) from None
        transform = _deid_transform(RunContext(key=key), None, deid_stats)
    pairs, report = build_pairs(input_path, fmt, schema=schema, unit=unit, negatives=negatives,
                                seed=seed, strict=strict, transform=transform)
    if deid:
        report["phi_spans_replaced"] = deid_stats.get("phenotype_annotation_phi_spans", 0)
    write_pairs(pairs, output, style)
    report_path = Path(report_path) if report_path else Path(f"{output}.report.json")
    report_path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    report["report_path"] = str(report_path)
    return report


def read_deid_table(path: Path) -> pl.DataFrame:
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
              options: dict[str, Any] | None = None, identities: str | Path | None = None,
              staff: str | Path | None = None) -> dict[str, Any]:
    """De-identify a table; returns the audit (PHI-free counts). `identities` / `staff` are tables of
    the export's own patients and staff, found in the notes and kept in memory only."""
    from cancerprep.stages.deid.identities import load_files

    src, out = Path(input_path), Path(output)
    frame = read_deid_table(src)
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
    stage = DeidStage(opts, RunContext(key=key, identities=load_files(identities, staff)))
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


def deid_train(annotations: list[str | Path], fmt: str, output: str | Path, *,
               max_steps: int | None = None, seed: int = 0) -> dict[str, Any]:
    """File edge of `cancerprep deid-train`: annotated notes in, a spaCy model directory out.

    Returns a PHI-free report (note and span counts per type, dev scores, model size).
    """
    from cancerprep.stages.deid import training

    examples = training.load_examples(annotations, fmt)
    settings = training.TrainSettings(seed=seed)
    if max_steps is not None:
        if max_steps < 1:
            raise InputError("--max-steps must be at least 1")
        settings.max_steps = max_steps
    return training.train_model(examples, output, settings).to_dict()
