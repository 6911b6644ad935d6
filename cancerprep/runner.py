"""The recipe runner: ingest -> normalize -> stages -> dedup -> split -> stream notes into tasks -> write.

It wires readers, the normalizer, stages, the executor and writers together and
keeps the books: every input row is counted in, out, or quarantined with a reason.
Intermediate shards live in OUT/_work so a re-run can reuse finished work.
"""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import polars as pl

from cancerprep import __version__
from cancerprep.assembly.assembler import KeptCorpus, TaskAssembler
from cancerprep.assembly.dedup import plan_dedup
from cancerprep.assembly.split import SPLITS, group_splits, stratum_counts
from cancerprep.executors.local import default_workers, make_executor, shard_tasks
from cancerprep.ingest import Normalizer, SeenIds
from cancerprep.io.sinks import ParquetSink, write_dataset_dict_from_parquet, write_parquet
from cancerprep.outputs.card import dataset_tables
from cancerprep.outputs.exports import DEFAULT_FORMATS, TEXT_TASKS, write_exports_from_files
from cancerprep.outputs.report import LengthHistogram
from cancerprep.progress import console, is_quiet, track
from cancerprep.quarantine import QUARANTINE_SCHEMA, empty_quarantine
from cancerprep.readers import read_input
from cancerprep.recipe import Recipe, load_recipe
from cancerprep.records import CODE_SCHEMA, SOURCE, SOURCE_ROW
from cancerprep.registry import build_stage, build_task
from cancerprep.sitekey import load_key
from cancerprep.stages.base import RunContext
from cancerprep.stages.deid.identities import load_identities

DEFAULT_SHARD_ROWS = 1_000


class Ingest:
    """Read every input, normalize it, and write normalized note shards of fixed size."""

    def __init__(self, recipe: Recipe, work: Path, strict: bool):
        opts = recipe.normalize
        self.recipe = recipe
        self.work = work
        self.shard_rows = int(opts.get("shard_rows", DEFAULT_SHARD_ROWS))
        self.normalizer = Normalizer(
            max_text_chars=opts.get("max_text_chars", Normalizer.max_text_chars), strict=strict,
            note_type_map=opts.get("note_type_map", {}), seen_ids=SeenIds(work / "seen_ids.sqlite"))
        self.counts: Counter[str] = Counter()

    def run(self) -> tuple[list[Path], pl.DataFrame, pl.DataFrame]:
        """Return (note shard paths, normalized codes, quarantine)."""
        shard_dir = self.work / "normalized"
        if shard_dir.exists():
            shutil.rmtree(shard_dir)
        shard_dir.mkdir(parents=True)
        pending: list[pl.DataFrame] = []
        pending_rows = 0
        shards: list[Path] = []
        codes: list[pl.DataFrame] = [pl.DataFrame(schema=CODE_SCHEMA)]
        quarantine: list[pl.DataFrame] = [empty_quarantine()]

        def flush(final: bool) -> None:
            nonlocal pending, pending_rows
            frame = pl.concat(pending) if pending else None
            while frame is not None and (frame.height >= self.shard_rows or (final and frame.height)):
                path = shard_dir / f"shard-{len(shards):05d}.parquet"
                write_parquet(frame.head(self.shard_rows), path)
                shards.append(path)
                frame = frame.slice(self.shard_rows)
            pending = [frame] if frame is not None and frame.height else []
            pending_rows = frame.height if frame is not None else 0

        for spec in self.recipe.inputs:
            for chunk in read_input(spec):
                key = "codes" if chunk.kind == "codes" else "notes"
                self.counts[f"{key}_in"] += chunk.frame.height + chunk.quarantine.height
                quarantine.append(chunk.quarantine)
                if chunk.kind == "codes":
                    result = self.normalizer.codes(chunk.frame)
                    codes.append(result.records)
                else:
                    result = self.normalizer.notes(chunk.frame)
                    if result.records.height:
                        pending.append(result.records)
                        pending_rows += result.records.height
                        if pending_rows >= self.shard_rows:
                            flush(final=False)
                quarantine.append(result.quarantine)
                self.counts[f"{key}_quarantined_normalize"] += result.quarantine.height + chunk.quarantine.height
        flush(final=True)
        return shards, pl.concat(codes), pl.concat(quarantine, how="vertical_relaxed")


def run_recipe(recipe_path: str | Path, out_dir: str | Path | None = None, strict: bool = False,
               workers: int | None = None, executor: str = "local", **executor_options: Any) -> dict[str, Any]:
    """Run a recipe end to end and return the run summary (also written to OUT/run_summary.json)."""
    recipe = load_recipe(recipe_path)
    out = Path(out_dir) if out_dir is not None else Path("out") / recipe.name
    out.mkdir(parents=True, exist_ok=True)
    work = out / "_work"
    key = load_key(recipe.key_file, env=recipe.key_env)
    # the export's own identities (FHIR Patient/RelatedPerson/Practitioner, recipe identities/staff):
    # in memory only, for the deid stage
    identities = load_identities(recipe) if any(name == "deid" for name, _ in recipe.stages) else None
    context = RunContext(key=key, recipe_dir=recipe.dir, seed=recipe.seed, identities=identities)

    # 1. ingest + normalize
    ingest = Ingest(recipe, work, strict)
    shard_paths, codes, quarantine = ingest.run()
    counts: Counter[str] = Counter(ingest.counts)
    if identities:
        counts.update(identities.stats())  # counts only

    # 2. stages over shards (codes are transformed first, e.g. pseudonymized by deid)
    stages = [build_stage(name, options, context) for name, options in recipe.stages]
    for stage in stages:
        hook = getattr(stage, "transform_codes", None)
        if hook is not None:
            codes = hook(codes)
    context.codes = codes
    # per-shard, per-stage cache keyed by shard bytes + context + stage-prefix options (resume, reuse)
    tasks = shard_tasks(shard_paths, stages, context, work / "stages")
    reports = make_executor(executor, workers, **executor_options).run(stages, tasks)
    stats: Counter[str] = Counter()
    for report in reports:
        stats.update(report.stats)
        counts["notes_quarantined_stages"] += report.n_quarantined
    quarantine = pl.concat([quarantine, *[t.read_quarantine() for t in tasks]], how="vertical_relaxed")
    if not any(name == "deid" for name, _ in recipe.stages):
        counts["warning_not_deidentified"] = 1
        if not is_quiet():
            console.print("[yellow]warning: the recipe has no deid stage; output is NOT de-identified[/]")

    # 2b. exact + near-duplicate removal over the whole corpus (recipe `dedup:`), planned shard by shard
    shards = [t.records_path for t in tasks]
    removed, split_groups = None, None
    dedup_opts = recipe.raw.get("dedup")
    if dedup_opts is not None and dedup_opts.get("enabled", True) and shards:
        # MinHash signing in a local process pool (on Ray too: the plan runs where the driver is)
        sign_workers = min(workers or default_workers(), default_workers())
        plan = plan_dedup(shards, {k: v for k, v in dedup_opts.items() if k != "enabled"}, work / "dedup",
                          workers=sign_workers)
        removed, split_groups = plan.removed, plan.groups
        # Tasks that meet a removed note (e.g. an annotation cut from it) can still find its patient.
        context.extra["dedup_removed_notes"] = plan.removed.select("note_id", "patient_id")
        quarantine = pl.concat([quarantine, plan.quarantine], how="vertical_relaxed")
        counts["notes_quarantined_dedup"] += plan.quarantine.height
        stats.update(plan.stats)
    corpus = KeptCorpus(shards, removed)

    # 3. patient-level split (on the pseudonymized patient_id when deid ran); near-duplicate groups stay together
    stratify = recipe.split.get("stratify", "cancer_type")
    ratios = recipe.split.get("ratios")
    per_shard = [stratum_counts(frame, stratify) for frame in corpus.frames(["patient_id", stratify or "patient_id"])]
    patient_splits = (group_splits(pl.concat(per_shard, how="vertical_relaxed"), split_groups, ratios, recipe.seed)
                      if per_shard else pl.DataFrame(schema={"patient_id": pl.Utf8, "split": pl.Utf8}))

    # 4. stream the kept notes, shard by shard, into the notes output and every task (+ variants)
    for stale in ("notes", "tasks", "hf"):  # a task dropped from the recipe must not linger in the output
        if (out / stale).exists():
            shutil.rmtree(out / stale)
    notes_dir = out / "notes" if recipe.outputs.get("notes", True) else work / "kept"  # the sink clears old parts
    notes_schema = {**corpus.schema(), "split": pl.Utf8}

    def variants_for(task: str) -> list[dict[str, Any]]:  # robustness variants: instruction tasks only
        return [spec for spec in recipe.raw.get("variants") or []
                if task not in TEXT_TASKS and ("tasks" not in spec or task in spec["tasks"])]

    assemblers = {name: TaskAssembler(name, build_task(name, options, context), out / "tasks" / name,
                                      patient_splits, recipe.seed, ratios, variants_for(name))
                  for name, options in recipe.tasks.items()}
    notes_out = 0
    lengths = LengthHistogram()  # for the report, counted as the text streams past
    with ParquetSink.parts(notes_dir, notes_schema) as notes_sink:
        for frame in track(corpus.frames(), "assemble", total=len(shards)):
            frame = frame.join(patient_splits, on="patient_id", how="left", maintain_order="left")
            notes_sink.append(frame)
            lengths.add(frame)
            notes_out += frame.height
            for assembler in assemblers.values():
                assembler.add(frame)
    note_files = notes_sink.close()  # closed already: this returns the parts written
    kept = pl.scan_parquet(note_files)
    task_files: dict[str, dict[tuple[str, str], Path]] = {}
    for name, assembler in assemblers.items():
        task_files[name] = assembler.finish(kept)
        stats.update(assembler.stats)  # PHI-free task counters (e.g. literature dedup, variants)

    # 5. write
    counts["notes_out"] = notes_out
    summary = write_outputs(recipe, out, note_files if notes_out else None, task_files, quarantine, counts, stats,
                            lengths)
    return summary


def write_outputs(recipe: Recipe, out: Path, note_files: list[Path] | None,
                  task_files: dict[str, dict[tuple[str, str], Path]], quarantine: pl.DataFrame,
                  counts: Counter[str], stats: Counter[str], lengths: LengthHistogram | None = None) -> dict[str, Any]:
    """Write the HF datasets, quarantine, run summary and the assembly files; return the summary.

    `note_files` are the written notes parts (None when the run kept no note); `task_files` maps
    each task to its {(split, variant): Parquet file} (`assembly.PairFiles`).
    """
    formats = recipe.outputs.get("formats", list(DEFAULT_FORMATS))
    notes = pl.scan_parquet(note_files) if note_files else None
    pairs_by_task = {task: pl.scan_parquet(list(files.values())) for task, files in task_files.items()}
    if "hf" in formats:
        if notes is not None and recipe.outputs.get("notes", True):
            write_dataset_dict_from_parquet(out / "hf" / "notes", dict.fromkeys(SPLITS, note_files),
                                            split_column="split")
        for task, files in task_files.items():
            write_dataset_dict_from_parquet(
                out / "hf" / task, {(s if v == "clean" else hf_split_name(s, v)): [path]
                                    for (s, v), path in files.items()})
    quarantine = quarantine.select(list(QUARANTINE_SCHEMA)).sort([SOURCE, SOURCE_ROW, "stage"], nulls_last=True)
    write_parquet(quarantine, out / "quarantine.parquet")
    quarantine.write_csv(out / "quarantine.csv")

    tables = dataset_tables(notes, pairs_by_task)
    for task in task_files:
        for s in SPLITS:
            counts[f"pairs.{task}.{s}"] = tables["pairs"][task][s]
    counts["notes_quarantined"] = (counts["notes_quarantined_normalize"] + counts["notes_quarantined_stages"]
                                   + counts["notes_quarantined_dedup"])
    counts["codes_quarantined"] = counts["codes_quarantined_normalize"]
    counts["codes_out"] = counts["codes_in"] - counts["codes_quarantined"]
    if notes is not None:
        for s in SPLITS:
            counts[f"notes.{s}"] = tables["notes"][s]
            counts[f"patients.{s}"] = tables["patients"][s]
    by_reason = quarantine.group_by("reason").len().sort("reason")
    summary = {
        "tool": "cancerprep",
        "version": __version__,
        "recipe": recipe.name,
        "out_dir": str(out),
        "counts": dict(sorted(counts.items())),
        "quarantine_by_reason": {r: n for r, n in by_reason.iter_rows()},
        "stage_stats": dict(sorted(stats.items())),
    }
    # The file omits out_dir so that byte-identical runs in different directories stay identical.
    on_disk = {k: v for k, v in summary.items() if k != "out_dir"}
    (out / "run_summary.json").write_text(json.dumps(on_disk, indent=2, sort_keys=True) + "\n")
    write_assembly(recipe, out, lengths, pairs_by_task, task_files, formats, on_disk, tables)
    return summary


def hf_split_name(split: str, variant: str) -> str:
    """A DatasetDict split name for a variant (`test_misspell_0_1`): datasets allows only \\w and dots."""
    return re.sub(r"\W", "_", f"{split}_{variant}")


def write_assembly(recipe: Recipe, out: Path, lengths: LengthHistogram | None, pairs_by_task: dict[str, pl.LazyFrame],
                   task_files: dict[str, dict[tuple[str, str], Path]], formats: list[str], summary: dict[str, Any],
                   tables: dict[str, Any]) -> None:
    """Trainer exports, dataset card, HTML report and, last, the manifest of every file written."""
    from cancerprep.outputs.card import write_card
    from cancerprep.outputs.manifest import write_manifest

    write_exports_from_files(out, task_files, formats)
    write_card(out, recipe, summary, tables)
    report_opts = recipe.raw.get("report") or {}
    if report_opts.get("enabled", True):
        from cancerprep.outputs.report import write_report

        write_report(out, recipe.name, any(name == "deid" for name, _ in recipe.stages), summary, tables,
                     lengths, pairs_by_task, examples=int(report_opts.get("examples", 2)))
    elif (out / "report.html").exists():
        (out / "report.html").unlink()
    write_manifest(out)
