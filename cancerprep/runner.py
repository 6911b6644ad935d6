"""The recipe runner: ingest -> normalize -> stages -> split -> tasks -> write.

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
from cancerprep.dedup import deduplicate, grouped_patient_splits
from cancerprep.executors import make_executor, shard_tasks
from cancerprep.exports import DEFAULT_FORMATS, write_exports
from cancerprep.normalize import Normalizer
from cancerprep.progress import console, is_quiet
from cancerprep.quarantine import QUARANTINE_SCHEMA, empty_quarantine
from cancerprep.readers import read_input
from cancerprep.recipe import Recipe, load_recipe
from cancerprep.records import CODE_SCHEMA, PAIR_SCHEMA, SOURCE, SOURCE_ROW
from cancerprep.sitekey import load_key
from cancerprep.split import SPLITS, assign_splits
from cancerprep.stage import RunContext, build_stage
from cancerprep.task import build_task
from cancerprep.writers import write_dataset_dict, write_parquet, write_parquet_shards

DEFAULT_SHARD_ROWS = 1_000


class Ingest:
    """Read every input, normalize it, and write normalized note shards of fixed size."""

    def __init__(self, recipe: Recipe, work: Path, strict: bool):
        opts = recipe.normalize
        self.recipe = recipe
        self.work = work
        self.shard_rows = int(opts.get("shard_rows", DEFAULT_SHARD_ROWS))
        self.normalizer = Normalizer(
            max_text_chars=opts.get("max_text_chars", Normalizer.max_text_chars),
            strict=strict, note_type_map=opts.get("note_type_map", {}))
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


def _split_pairs(pairs: pl.DataFrame, patient_splits: pl.DataFrame, seed: int,
                 ratios: dict[str, float] | None) -> pl.DataFrame:
    """Give each pair its patient's split; patients seen only in annotations get their own split."""
    joined = pairs.drop("split").join(
        patient_splits.rename({"patient_id": "patient_pseudonym"}), on="patient_pseudonym", how="left")
    missing = joined.filter(pl.col("split").is_null())
    if missing.height:
        extra = assign_splits(missing.select(pl.col("patient_pseudonym").unique())
                              .with_columns(pl.lit("all").alias("stratum")), "patient_pseudonym", ratios, seed)
        joined = joined.join(extra.rename({"split": "_split2"}), on="patient_pseudonym", how="left").with_columns(
            pl.coalesce("split", "_split2").alias("split")).drop("_split2")
    return joined.select(list(PAIR_SCHEMA))


def run_recipe(recipe_path: str | Path, out_dir: str | Path | None = None, strict: bool = False,
               workers: int | None = None, executor: str = "local", **executor_options: Any) -> dict[str, Any]:
    """Run a recipe end to end and return the run summary (also written to OUT/run_summary.json)."""
    recipe = load_recipe(recipe_path)
    out = Path(out_dir) if out_dir is not None else Path("out") / recipe.name
    out.mkdir(parents=True, exist_ok=True)
    work = out / "_work"
    key = load_key(recipe.key_file, env=recipe.key_env)
    context = RunContext(key=key, recipe_dir=recipe.dir, seed=recipe.seed)

    # 1. ingest + normalize
    ingest = Ingest(recipe, work, strict)
    shard_paths, codes, quarantine = ingest.run()
    counts: Counter[str] = Counter(ingest.counts)

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
    stage_quarantine = [t.read_quarantine() for t in tasks]
    quarantine = pl.concat([quarantine, *stage_quarantine], how="vertical_relaxed")
    notes = (pl.concat([pl.read_parquet(t.records_path) for t in tasks], how="vertical_relaxed")
             if tasks else pl.DataFrame())
    if not any(name == "deid" for name, _ in recipe.stages):
        counts["warning_not_deidentified"] = 1
        if not is_quiet():
            console.print("[yellow]warning: the recipe has no deid stage; output is NOT de-identified[/]")

    # 2b. exact + near-duplicate removal over the whole corpus (recipe `dedup:`)
    split_groups = None
    dedup_opts = recipe.raw.get("dedup")
    if dedup_opts is not None and dedup_opts.get("enabled", True) and notes.height:
        deduped = deduplicate(notes, {k: v for k, v in dedup_opts.items() if k != "enabled"})
        # Tasks that meet a removed note (e.g. an annotation cut from it) can still find its patient.
        context.extra["dedup_removed_notes"] = notes.join(deduped.notes.select("note_id"), on="note_id",
                                                          how="anti").select("note_id", "patient_id")
        notes, split_groups = deduped.notes, deduped.groups
        quarantine = pl.concat([quarantine, deduped.quarantine], how="vertical_relaxed")
        counts["notes_quarantined_dedup"] += deduped.quarantine.height
        stats.update(deduped.stats)

    # 3. patient-level split (on the pseudonymized patient_id when deid ran); near-duplicate groups stay together
    split_opts = recipe.split
    ratios = split_opts.get("ratios")
    if notes.height:
        patient_splits = grouped_patient_splits(notes, split_groups, split_opts.get("stratify", "cancer_type"),
                                                ratios, recipe.seed)
        notes = notes.join(patient_splits, on="patient_id", how="left")
    else:
        patient_splits = pl.DataFrame(schema={"patient_id": pl.Utf8, "split": pl.Utf8})

    # 4. tasks
    pairs_by_task: dict[str, pl.DataFrame] = {}
    for name, options in recipe.tasks.items():
        builder = build_task(name, options, context)
        pairs = builder.build(notes)
        stats.update(getattr(builder, "stats", {}))  # PHI-free task counters (e.g. literature dedup)
        pairs_by_task[name] = _split_pairs(pairs, patient_splits, recipe.seed, ratios)

    # 4b. robustness variants (recipe `variants:`): perturbed copies beside the clean pairs, same split
    for name, pairs in pairs_by_task.items():  # a builder that leaves `variant` empty made clean pairs
        pairs_by_task[name] = pairs.with_columns(
            pl.when(pl.col("variant").is_null() | (pl.col("variant") == "")).then(pl.lit("clean"))
            .otherwise(pl.col("variant")).alias("variant"))
    for spec in recipe.raw.get("variants") or []:
        from cancerprep.exports import TEXT_TASKS
        from cancerprep.perturb import make_variant

        for name in sorted(pairs_by_task):
            if name in TEXT_TASKS or ("tasks" in spec and name not in spec["tasks"]):
                continue
            clean = pairs_by_task[name].filter(pl.col("variant") == "clean")
            extra, manifest = make_variant(clean, spec["kind"], float(spec.get("rate", 0.1)),
                                           int(spec.get("seed", recipe.seed)), splits=spec.get("splits"))
            pairs_by_task[name] = pl.concat([pairs_by_task[name], extra.select(list(PAIR_SCHEMA))])
            stats[f"variants.{name}.{manifest['variant']}"] += extra.height

    # 5. write
    summary = write_outputs(recipe, out, notes, pairs_by_task, quarantine, counts, stats)
    return summary


def write_outputs(recipe: Recipe, out: Path, notes: pl.DataFrame, pairs_by_task: dict[str, pl.DataFrame],
                  quarantine: pl.DataFrame, counts: Counter[str], stats: Counter[str]) -> dict[str, Any]:
    """Write notes, task pairs, quarantine and the run summary; return the summary."""
    formats = recipe.outputs.get("formats", list(DEFAULT_FORMATS))
    order = [SOURCE, SOURCE_ROW]
    for stale in ("tasks", "hf"):  # a task dropped from the recipe must not linger in the output
        if (out / stale).exists():
            shutil.rmtree(out / stale)
    if notes.height:
        notes = notes.sort(order)
        if recipe.outputs.get("notes", True):
            for old in (out / "notes").glob("*.parquet") if (out / "notes").exists() else []:
                old.unlink()
            write_parquet_shards(notes, out / "notes")
            if "hf" in formats:
                write_dataset_dict({s: notes.filter(pl.col("split") == s) for s in SPLITS}, out / "hf" / "notes")
    for task, pairs in pairs_by_task.items():
        pairs = pairs.sort("id")
        # Clean pairs are the task's splits; robustness variants get files (and HF splits) of their own,
        # so no consumer trains on counterfactual labels by accident (docs/outputs.md).
        per_split = {s: pairs.filter((pl.col("split") == s) & (pl.col("variant") == "clean")) for s in SPLITS}
        for s, frame in per_split.items():
            write_parquet(frame, out / "tasks" / task / f"{s}.parquet")
            counts[f"pairs.{task}.{s}"] = frame.height
        extra = {}
        for (s, variant), frame in sorted(pairs.filter(pl.col("variant") != "clean").group_by("split", "variant"),
                                          key=lambda g: (str(g[0][0]), str(g[0][1]))):
            write_parquet(frame, out / "tasks" / task / f"{s}.{variant}.parquet")
            extra[hf_split_name(s, variant)] = frame
        if "hf" in formats:
            write_dataset_dict({**per_split, **extra}, out / "hf" / task)
    quarantine = quarantine.select(list(QUARANTINE_SCHEMA)).sort([SOURCE, SOURCE_ROW, "stage"], nulls_last=True)
    write_parquet(quarantine, out / "quarantine.parquet")
    quarantine.write_csv(out / "quarantine.csv")

    counts["notes_out"] = notes.height
    counts["notes_quarantined"] = (counts["notes_quarantined_normalize"] + counts["notes_quarantined_stages"]
                                   + counts["notes_quarantined_dedup"])
    counts["codes_quarantined"] = counts["codes_quarantined_normalize"]
    counts["codes_out"] = counts["codes_in"] - counts["codes_quarantined"]
    if notes.height:
        for s in SPLITS:
            counts[f"notes.{s}"] = notes.filter(pl.col("split") == s).height
            counts[f"patients.{s}"] = notes.filter(pl.col("split") == s)["patient_id"].n_unique()
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
    write_assembly(recipe, out, notes, pairs_by_task, formats, on_disk)
    return summary


def hf_split_name(split: str, variant: str) -> str:
    """A DatasetDict split name for a variant (`test_misspell_0_1`): datasets allows only \\w and dots."""
    return re.sub(r"\W", "_", f"{split}_{variant}")


def write_assembly(recipe: Recipe, out: Path, notes: pl.DataFrame, pairs_by_task: dict[str, pl.DataFrame],
                   formats: list[str], summary: dict[str, Any]) -> None:
    """Trainer exports, dataset card, HTML report and, last, the manifest of every file written."""
    from cancerprep.card import dataset_tables, write_card
    from cancerprep.manifest import write_manifest

    write_exports(out, pairs_by_task, formats)
    tables = dataset_tables(notes, pairs_by_task)
    write_card(out, recipe, summary, tables)
    report_opts = recipe.raw.get("report") or {}
    if report_opts.get("enabled", True):
        from cancerprep.report import write_report

        write_report(out, recipe.name, any(name == "deid" for name, _ in recipe.stages), summary, tables,
                     notes, pairs_by_task, examples=int(report_opts.get("examples", 2)))
    elif (out / "report.html").exists():
        (out / "report.html").unlink()
    write_manifest(out)
