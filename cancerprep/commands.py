"""File-level commands: read a table, run one stage or step over it, write the result.

The CLI's per-step commands (`sort`, `icd`, `dedup`, `deid`, `perturb`, `ner2qa`, `dedup --audit`)
live here, at the I/O edge, so stages and tasks stay pure functions over record batches and never
import executors or readers. `build-dataset` is the runner's job (`cancerprep.runner`).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import polars as pl

from cancerprep.errors import InputError
from cancerprep.executors import make_executor
from cancerprep.executors.local import run_stages_on_frame
from cancerprep.io.tables import output_format, read_table, write_jsonl, write_table
from cancerprep.stages.base import RunContext

# Each command imports what only it needs (dedup, variants, the stage registry, the phenotype task, the
# deid stage) inside its function: `cancerprep deid` on one note must not pay for the others' imports.

# Columns of the notes and codes tables the per-step commands read (as in the pipeline's records).
REQUIRED_COLUMNS = {"notes": ("note_id", "patient_id", "text"), "codes": ("patient_id", "code", "system")}
DATE_COLUMNS = ("date", "note_date")
ID_COLUMNS = ("patient_id", "note_id", "encounter_id", "code", "system")


def read_records(path: str | Path, what: str) -> pl.DataFrame:
    """A notes or codes table for `sort`, `icd` and `dedup`: required columns checked, text dates
    parsed and ids as text, so a command sees the same types as the pipeline's stages."""
    return read_table(path, what=f"{what} table", required=REQUIRED_COLUMNS[what], dates=DATE_COLUMNS,
                      strings=ID_COLUMNS)


def write_quarantine(quarantine: pl.DataFrame, output: str | Path) -> Path:
    """A per-step command's quarantine beside its output (OUTPUT.quarantine.csv: source row, reason and field,
    never text), in input order, written even when empty: every input row is in the output or here."""
    path = Path(output)
    path = path.with_name(path.name + ".quarantine.csv")
    quarantine.sort("source_row", nulls_last=True, maintain_order=True).write_csv(path)
    return path


def code_file(stage_name: str, input_path: str, output: str, codes_path: str | None = None,
              options: dict[str, Any] | None = None, workers: int | None = 1) -> dict[str, int]:
    """Read notes (+ codes), run the `sort` or `icd` stage, write the notes and `write_quarantine`; returns
    PHI-free counts.

    With `workers` > 1 the notes are sharded and run through the process pool, like build-dataset.
    """
    output_format(output)
    notes = read_records(input_path, "notes")
    codes = read_records(codes_path, "codes") if codes_path else None
    from cancerprep.registry import build_stage

    stage = build_stage(stage_name, options or {}, RunContext(codes=codes))
    with tempfile.TemporaryDirectory(prefix="cancerprep-coding-") as tmp:
        run = run_stages_on_frame([stage], notes, Path(tmp), make_executor("local", workers), rows_per_shard=500)
    write_table(run.records, output)
    write_quarantine(run.quarantine, output)
    return {"notes": run.records.height, "quarantined": run.quarantine.height, **run.stats}


def dedup_file(input_path: str | Path, output: str | Path, quarantine_path: str | Path | None = None,
               options: dict[str, Any] | None = None) -> dict[str, int]:
    """File edge of `cancerprep dedup`: a notes table (CSV/JSONL/Parquet) in, kept notes and the removed ones'
    quarantine out (at `quarantine_path`, else `write_quarantine`'s OUTPUT.quarantine.csv: every input note is
    in one)."""
    for path in (output, quarantine_path) if quarantine_path is not None else (output,):
        output_format(path)
    notes = read_records(input_path, "notes")
    from cancerprep.assembly.dedup.decide import deduplicate

    result = deduplicate(notes, options)
    write_table(result.notes, Path(output))
    if quarantine_path is not None:
        write_table(result.quarantine, Path(quarantine_path))
    else:
        write_quarantine(result.quarantine, output)
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
    from cancerprep.assembly.dedup.audit import split_leaks

    return split_leaks(notes, pairs, threshold)


def perturb_file(
    input_path: str | Path, output: str | Path, *, misspell: float | None = None,
    counterfactual: float | None = None, seed: int = 0, splits: list[str] | None = None,
    manifest_path: str | Path | None = None,
) -> dict[str, Any]:
    """The `perturb` command: read pair JSONL, perturb it, write it in the same style + a manifest."""
    if (misspell is None) == (counterfactual is None):
        raise InputError("give exactly one of --misspell RATE or --counterfactual RATE")
    from cancerprep.assembly.variants import counterfactual_pairs, misspell_pairs, read_pairs, write_pairs

    pairs, style, carried = read_pairs(Path(input_path))
    if misspell is not None:
        out, manifest = misspell_pairs(pairs, misspell, seed, splits=tuple(splits) if splits else ("test",))
    else:
        out, manifest = counterfactual_pairs(pairs, counterfactual or 0.0, seed,
                                             splits=tuple(splits) if splits else ("train",))
    write_pairs(out, output, style, carried)
    manifest_path = Path(manifest_path) if manifest_path else Path(f"{output}.manifest.json")
    manifest_path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    manifest["manifest_path"] = str(manifest_path)
    return manifest


def ner2qa_file(
    input_path: str | Path,
    output: str | Path,
    fmt: str,
    *,
    schema: str | Path | None = None,
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
    from cancerprep.formats import STYLES, iter_rendered
    from cancerprep.tasks.phenotype import DEFAULT_SCHEMA, build_pairs, deid_transform

    schema = DEFAULT_SCHEMA if schema is None else schema
    if style not in STYLES:
        raise InputError(f"unknown output style {style!r}; use one of {', '.join(STYLES)}")
    transform = None
    deid_stats: dict[str, int] = {}
    if deid:
        from cancerprep.sitekey import load_key

        key = load_key(key_file)  # the key is loaded here, at the command edge, and handed to the task
        transform = deid_transform(RunContext(key=key), None, deid_stats)
    pairs, report = build_pairs(input_path, fmt, schema=schema, unit=unit, negatives=negatives,
                                seed=seed, strict=strict, transform=transform)
    if deid:
        report["phi_spans_replaced"] = deid_stats.get("phenotype_annotation_phi_spans", 0)
    write_jsonl(iter_rendered(pairs, style), output)
    report_path = Path(report_path) if report_path else Path(f"{output}.report.json")
    report_path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    report["report_path"] = str(report_path)
    return report


def deid_file(input_path: str | Path, output: str | Path, *, key: bytes, text_col: str = "text",
              id_col: str = "note_id", patient_col: str = "patient_id", date_cols: list[str] | None = None,
              spans_path: str | Path | None = None, mode: str = "surrogate", workers: int | None = 1,
              options: dict[str, Any] | None = None, identities: str | Path | None = None,
              staff: str | Path | None = None) -> dict[str, Any]:
    """De-identify a table; returns the audit (PHI-free counts). `identities` / `staff` are tables of
    the export's own patients and staff, found in the notes and kept in memory only."""
    from cancerprep.stages.deid.identities import load_files
    from cancerprep.stages.deid.stage import DeidStage

    src, out = Path(input_path), Path(output)
    output_format(out)
    frame = read_table(src, encoding="utf8-lossy")  # a stray byte must not stop a de-identification
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
    # a patient's notes in one batch (name consistency pools what they found), output in input order
    order = "__deid_order"
    grouped = frame.with_row_index(order).sort(pl.col(patient_col).cast(pl.Utf8), nulls_last=True,
                                                maintain_order=True)
    with tempfile.TemporaryDirectory(prefix="cancerprep-deid-") as tmp:
        run = run_stages_on_frame([stage], grouped, Path(tmp), make_executor("local", workers), rows_per_shard=500,
                                  group_col=patient_col)
    records = run.records.sort(order).drop(order)
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
    write_quarantine(run.quarantine, out)  # in input order too (the batches above were grouped by patient)
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


def _private_write(path: Path, text: str) -> None:
    """Write a file only its owner can read (0600), also when it existed with looser bits."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)


def _audited_dataset(out: Path) -> tuple[list[Path], str]:
    """The notes shards of a build-dataset output and the sha256 of its manifest (what the audit signs)."""
    files = sorted((out / "notes").glob("*.parquet"))
    if not files:
        raise InputError("no notes/*.parquet (was the run written with outputs.notes: false?)", file=str(out))
    manifest = out / "manifest.json"
    if not manifest.is_file():
        raise InputError("no manifest.json: not a finished build-dataset output", file=str(out))
    return files, hashlib.sha256(manifest.read_bytes()).hexdigest()


def privacy_audit_pages(out: str | Path, pages: str | Path, *, notes: int = 50, seed: int = 0,
                        batch_size: int = 25) -> dict[str, Any]:
    """`cancerprep audit OUT -o PAGES`: sample notes, write review pages + verdicts.csv + sample.json.

    PAGES must lie outside OUT (OUT's manifest stays valid and the pages never ship with the
    dataset); it is created 0700 and every file 0600, since the pages hold note text.
    """
    from cancerprep.io.private import private_dir
    from cancerprep.outputs import audit

    out, pages = Path(out), Path(pages)
    files, manifest_sha = _audited_dataset(out)
    root, target = out.resolve(), pages.resolve()
    if target == root or root in target.parents:
        raise InputError("the audit folder must be outside the output folder (its manifest would break and "
                         "the pages would ship with the dataset)", file=str(pages))
    if batch_size < 1:
        raise InputError("--batch-size must be at least 1")
    schema = pl.scan_parquet(files).collect_schema()
    if audit.REPLACEMENTS_COL not in schema:
        raise InputError(f"the notes carry no replacement offsets (column {audit.REPLACEMENTS_COL!r}), so nothing "
                         f"could be highlighted; rebuild with the deid option `replacements_col: "
                         f"{audit.REPLACEMENTS_COL}` (docs/audit.md)", file=str(out))
    ids = pl.scan_parquet(files).select(pl.col("note_id").cast(pl.Utf8)).collect()["note_id"].to_list()
    chosen = audit.draw_sample(ids, notes, seed)
    cols = ["note_id", "text"] + [c for c in ("note_type", "split", audit.REPLACEMENTS_COL) if c in schema]
    rows = {r["note_id"]: r for r in pl.scan_parquet(files).select(cols)
            .filter(pl.col("note_id").cast(pl.Utf8).is_in(chosen)).collect().iter_rows(named=True)}
    sample = []
    for i, note_id in enumerate(chosen, start=1):
        row = rows[note_id]
        text = row["text"] or ""
        sample.append(audit.AuditNote(f"A{i:04d}", note_id, row.get("note_type") or "", row.get("split") or "", text,
                                      audit.parse_replacements(text, row.get(audit.REPLACEMENTS_COL, None))))
    private_dir(pages)
    for stale in pages.glob("batch-*.html"):
        stale.unlink()
    batches = [sample[i:i + batch_size] for i in range(0, len(sample), batch_size)]
    written = []
    for b, chunk in enumerate(batches, start=1):
        path = pages / f"batch-{b:03d}.html"
        _private_write(path, audit.render_page(chunk, b, len(batches), manifest_sha, "verdicts.csv"))
        written.append(path.name)
    _private_write(pages / "verdicts.csv", audit.verdict_template(sample))
    info = {"dataset": str(out), "manifest_sha256": manifest_sha, "seed": seed, "notes_requested": notes,
            "notes_sampled": len(sample), "notes_in_dataset": len(set(ids)), "pages": written,
            "replacements_shown": sum(len(n.replacements) for n in sample)}
    _private_write(pages / "sample.json", json.dumps(info, indent=2, sort_keys=True) + "\n")
    return info


def privacy_audit_report(out: str | Path, verdicts: str | Path, confidence: float = 0.95) -> dict[str, Any]:
    """`cancerprep audit OUT --verdicts FILE`: the residual-PHI rate per note and its upper bound."""
    from cancerprep.outputs import audit

    out, verdicts = Path(out), Path(verdicts)
    files, manifest_sha = _audited_dataset(out)
    if not verdicts.is_file():
        raise InputError("verdicts file not found", file=str(verdicts))
    parsed = audit.parse_verdicts(verdicts.read_text(encoding="utf-8-sig"), source=str(verdicts))
    known = set(pl.scan_parquet(files).select(pl.col("note_id").cast(pl.Utf8)).collect()["note_id"].to_list())
    unknown = [i for i, v in enumerate(parsed, start=1) if v.note_id not in known]
    if unknown:
        raise InputError(f"{len(unknown)} note(s) not in this dataset (first at row {unknown[0]}); "
                         "were the verdicts made for another output?", file=str(verdicts), field="note_id")
    return {"dataset": str(out), "manifest_sha256": manifest_sha, **audit.summarize(parsed, confidence)}

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
