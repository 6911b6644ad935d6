"""The recipe runner: ingest -> normalize -> stages -> dedup -> split -> stream notes into tasks -> write.

It wires readers, the normalizer, stages, the executor and writers together and
keeps the books: every input row is counted in, out, or quarantined with a reason.
Intermediate shards hold raw text and raw ids, so they live in a private work folder outside
OUT (`work_dir`), kept after a failure so a re-run resumes, removed after a success.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import Any

import polars as pl

from cancerprep import __version__
from cancerprep.assembly.assembler import KeptCorpus, TaskAssembler
from cancerprep.assembly.dedup.stream import plan_dedup, prepare_dedup
from cancerprep.assembly.split import SPLITS, group_splits, stratum_counts
from cancerprep.errors import CancerprepError, OutputError
from cancerprep.executors import SerialExecutor, make_executor
from cancerprep.executors.cache import shard_tasks
from cancerprep.ingest import DATE_MAX, DATE_MIN, Normalizer, SeenIds
from cancerprep.io.private import derive_work_key, private_dir
from cancerprep.io.sinks import ParquetSink, write_dataset_dict_from_parquet
from cancerprep.io.tables import ShardCutter, write_parquet
from cancerprep.outputs.card import dataset_tables
from cancerprep.outputs.exports import DEFAULT_FORMATS, TEXT_TASKS, write_exports_from_files
from cancerprep.outputs.manifest import MANIFEST
from cancerprep.outputs.report import LengthHistogram
from cancerprep.progress import console, is_quiet, track
from cancerprep.quarantine import QUARANTINE_SCHEMA, empty_quarantine
from cancerprep.readers import read_input
from cancerprep.recipe import Recipe, load_recipe
from cancerprep.records import CODE_SCHEMA, SOURCE, SOURCE_ROW
from cancerprep.registry import build_stage, build_task
from cancerprep.sitekey import fingerprint, key_warnings, keyed_id, load_key
from cancerprep.stages.base import RunContext
from cancerprep.stages.deid.identities import load_identities

DEFAULT_SHARD_ROWS = 1_000
# Signing runs at ~3,300 notes per CPU-second, and a pool worker pays ~0.65 s of imports before its first shard:
# below this many notes two workers finish the signing later than the driver alone (demo: 2,009 notes, 0.6 s).
DEDUP_POOL_MIN_NOTES = 5_000
# Every counter a run_summary.json holds, 0 when nothing happened, so a reader never meets a missing key.
ALWAYS_COUNTED = ("notes_in", "notes_out", "notes_quarantined", "notes_quarantined_read",
                  "notes_quarantined_normalize", "notes_quarantined_stages", "notes_quarantined_dedup",
                  "codes_in", "codes_out", "codes_quarantined", "codes_quarantined_read",
                  "codes_quarantined_normalize", "ids_normalized")


LITERATURE_PREFIX = "pmid:"  # the pretrain task's literature chunks: public ids, not the site's


def default_work_dir(out: Path, key_fingerprint: str) -> Path:
    """`<system temp>/cancerprep-<uid>/<hash of OUT's absolute path + key fingerprint>`.

    Derived, not recorded, so a re-run of the same command after a crash finds its shards again, and
    a run with another key never reuses (or sees) scratch made with the first one.
    """
    digest = hashlib.sha256(f"{out.resolve()}|{key_fingerprint}".encode()).hexdigest()[:20]
    return Path(tempfile.gettempdir()) / f"cancerprep-{os.getuid()}" / digest


@contextlib.contextmanager
def _owner_only():
    """umask 077 for the run: scratch files are 0600 and folders 0700 (pool workers inherit it)."""
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def _prepare_out(out: Path) -> None:
    """Create OUT and withdraw what would make a failed run look whole: the old manifest, and scratch
    that older versions kept inside OUT (`_work/`, raw shards)."""
    if out.exists() and not out.is_dir():
        raise OutputError(f"output path {out} is a file, not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
        (out / MANIFEST).unlink(missing_ok=True)
        if (out / "_work").is_dir():
            shutil.rmtree(out / "_work")
        probe = out / ".cancerprep-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise OutputError(f"cannot write to the output folder {out} ({exc.strerror or type(exc).__name__})") from None


# -- raw record ids: keyed hashes in every output (recipe outputs.ids: hash | keep) -----------------------

def _hash_col(name: str, key: bytes, purpose: str, prefix: str) -> pl.Expr:
    return pl.col(name).cast(pl.Utf8).map_elements(lambda v: keyed_id(key, v, purpose, prefix),
                                                  return_dtype=pl.Utf8).alias(name)


class IdPolicy:
    """Replaces raw note ids, sources, row numbers and encounter ids in what a run writes to OUT."""

    def __init__(self, recipe: Recipe, key: bytes):
        self.key = key
        self.hash = recipe.outputs.get("ids", "hash") == "hash"
        deid = [opts for name, opts in recipe.stages if name == "deid"]
        # the deid stage hashes encounter ids itself (same HMAC, purpose "encounter") unless told to keep them
        self.hash_encounter = self.hash and not (deid and deid[0].get("encounter", "hash") == "hash")
        self.named = {str(s.path) for s in recipe.inputs if s.path is not None} | {s.display() for s in recipe.inputs}
        self._file_hashes: dict[str, str] = {}

    def notes(self, frame: pl.DataFrame) -> pl.DataFrame:
        """note_id, source -> keyed hashes; source_row -> null; encounter_id -> keyed hash (unless deid did)."""
        if not self.hash:
            return frame
        exprs = [_hash_col("note_id", self.key, "note_id", "N"), _hash_col(SOURCE, self.key, "source", "S"),
                 pl.lit(None, dtype=pl.Int64).alias(SOURCE_ROW)]
        if self.hash_encounter and "encounter_id" in frame.columns:
            exprs.append(_hash_col("encounter_id", self.key, "encounter", "E"))
        return frame.with_columns([e for e in exprs if e.meta.output_name() in frame.columns])

    def pairs(self, frame: pl.DataFrame) -> pl.DataFrame:
        """A batch of task pairs as it goes to OUT: `source_note_id` as in the notes, pair `id` re-keyed (task
        ids are unkeyed hashes of raw note ids, which a guessable id sequence would reverse). Applied as the
        pairs are written, so no raw id ever reaches a file under OUT."""
        if not self.hash or frame.is_empty():
            return frame
        exprs = [pl.col("id").map_elements(self._pair_id, return_dtype=pl.Utf8).alias("id")]
        if "source_note_id" in frame.columns:  # literature chunks cite public PubMed ids (`pmid:`): kept
            literature = pl.col("source_note_id").str.starts_with(LITERATURE_PREFIX)
            exprs.append(pl.when(literature).then(pl.col("source_note_id"))
                         .otherwise(_hash_col("source_note_id", self.key, "note_id", "N"))
                         .alias("source_note_id"))
        return frame.with_columns(exprs)

    def _pair_id(self, value: str) -> str:
        """`dx-<hash of the raw note id>~<variant>` -> `dx-<keyed hash>~<variant>` (a variant keeps its link)."""
        base, tilde, variant = value.partition("~")
        prefix = base.split("-", 1)[0] if "-" in base else "Q"
        return f"{prefix}-{keyed_id(self.key, base, 'pair_id', '')}{tilde}{variant}"

    def quarantine(self, frame: pl.DataFrame) -> pl.DataFrame:
        """Only what finds the row: the input as the recipe names it and the row number; a file found inside
        a folder input (FHIR exports name files after patients) by `<folder>/sha256:<content hash>`; note
        ids keyed like the notes'."""
        if not self.hash or not frame.height:
            return frame
        return frame.with_columns(
            _hash_col("note_id", self.key, "note_id", "N"),
            pl.col(SOURCE).map_elements(self._source, return_dtype=pl.Utf8).alias(SOURCE))

    def _source(self, source: str) -> str:
        if source in self.named:
            return source
        if source not in self._file_hashes:
            path = Path(source)
            named = next((n for n in self.named if Path(n) in path.parents), None)
            if named is not None and path.is_file():
                from cancerprep.io.tables import file_sha256

                self._file_hashes[source] = f"{named}/sha256:{file_sha256(path)[:16]}"
            else:
                self._file_hashes[source] = keyed_id(self.key, source, "source", "S")
        return self._file_hashes[source]


class Ingest:
    """Read every input, normalize it, and write normalized note shards of fixed size."""

    def __init__(self, recipe: Recipe, work: Path, strict: bool, key: bytes | None = None):
        """With the site `key`, the shards and the seen-ids table are protected at rest under a work key
        derived from it (`cancerprep.io.private`); an empty stage chain leaves the shards plain, as
        they are then the final records dedup and assembly read (and the output is raw anyway)."""
        opts = recipe.normalize
        self.recipe = recipe
        self.work = work
        self.work_key = derive_work_key(key) if key else None
        self.shard_rows = int(opts.get("shard_rows", DEFAULT_SHARD_ROWS))
        self.normalizer = Normalizer(
            max_text_chars=opts.get("max_text_chars", Normalizer.max_text_chars), strict=strict,
            note_type_map=opts.get("note_type_map", {}), seen_ids=SeenIds(work / "seen_ids.sqlite", self.work_key),
            date_min=_recipe_date(opts, "date_min") or DATE_MIN, date_max=_recipe_date(opts, "date_max") or DATE_MAX,
            two_digit_year_pivot=opts.get("two_digit_year_pivot"))
        self.counts: Counter[str] = Counter()

    def run(self) -> tuple[list[Path], pl.DataFrame, pl.DataFrame]:
        """Return (note shard paths, normalized codes, quarantine)."""
        shard_dir = self.work / "normalized"
        if shard_dir.exists():
            shutil.rmtree(shard_dir)
        shard_dir.mkdir(parents=True)
        # a patient's consecutive notes stay in one shard: de-identification pools the names they find
        shards = ShardCutter(shard_dir, self.shard_rows, work_key=self.work_key if self.recipe.stages else None,
                             group_col="patient_id")
        codes: list[pl.DataFrame] = [pl.DataFrame(schema=CODE_SCHEMA)]
        quarantine: list[pl.DataFrame] = [empty_quarantine()]

        self.counts.update({"notes_in": 0, "codes_in": 0})  # always in run_summary.json, even when 0
        for spec in self.recipe.inputs:
            for chunk in read_input(spec):
                key = "codes" if chunk.kind == "codes" else "notes"
                self.counts[f"{key}_in"] += chunk.frame.height + chunk.quarantine.height
                self.counts[f"{key}_quarantined_read"] += chunk.quarantine.height  # reader quarantines: stage read
                for rtype, n in chunk.resources.items():  # FHIR resources met, by type (Binary, skipped types too)
                    self.counts[f"resources_in.{spec.kind}.{rtype}"] += n
                quarantine.append(chunk.quarantine)
                # the reader's quarantine goes along so --strict stops at the first bad row, whoever found it
                if chunk.kind == "codes":
                    result = self.normalizer.codes(chunk.frame, chunk.quarantine)
                    codes.append(result.records)
                else:
                    result = self.normalizer.notes(chunk.frame, chunk.quarantine)
                    shards.add(result.records)
                quarantine.append(result.quarantine)
                self.counts[f"{key}_quarantined_normalize"] += result.quarantine.height
        self.counts["ids_normalized"] = self.normalizer.ids_normalized
        return shards.close(), pl.concat(codes), pl.concat(quarantine, how="vertical_relaxed")


def _recipe_date(opts: dict[str, Any], name: str) -> dt.date | None:
    value = opts.get(name)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise CancerprepError(f"recipe: normalize.{name} must be a date YYYY-MM-DD") from None


def run_recipe(recipe_path: str | Path, out_dir: str | Path | None = None, strict: bool = False,
               workers: int | None = None, executor: str = "local", work_dir: str | Path | None = None,
               keep_work: bool = False, **executor_options: Any) -> dict[str, Any]:
    """Run a recipe end to end and return the run summary (also written to OUT/run_summary.json).

    Scratch goes to `work_dir` (default `default_work_dir`), private to the user, never under OUT; it is
    removed after a success unless `keep_work`, and kept after a failure so the same command resumes.
    """
    recipe = load_recipe(recipe_path)
    key = load_key(recipe.key_file, env=recipe.key_env)  # before anything is created: a bad key leaves no folder
    key_problems = key_warnings(key, recipe.key_file, [s.path or s.url or "" for s in recipe.inputs],
                                recipe.key_file.parent if recipe.key_file else None)
    for _, message in key_problems:
        if not is_quiet():
            console.print(f"warning: {message}", style="yellow", markup=False)
    out = Path(out_dir) if out_dir is not None else Path("out") / recipe.name
    work = Path(work_dir) if work_dir is not None else default_work_dir(out, fingerprint(key))
    if work.resolve() == out.resolve() or out.resolve() in work.resolve().parents:
        raise OutputError(f"the work folder {work} must not be inside the output folder {out}")
    _prepare_out(out)
    private_dir(work, private_parent=work_dir is None)
    with _owner_only():
        summary = _run(recipe, key, key_problems, out, work, strict, workers, executor, executor_options)
    if not keep_work:
        shutil.rmtree(work, ignore_errors=True)
    return summary


def _run(recipe: Recipe, key: bytes, key_problems: list[tuple[str, str]], out: Path, work: Path, strict: bool,
         workers: int | None, executor: str, executor_options: dict[str, Any]) -> dict[str, Any]:
    # the export's own identities (FHIR Patient/RelatedPerson/Practitioner, recipe identities/staff):
    # in memory only, for the deid stage
    identities = load_identities(recipe) if any(name == "deid" for name, _ in recipe.stages) else None
    context = RunContext(key=key, recipe_dir=recipe.dir, seed=recipe.seed, identities=identities)
    ids = IdPolicy(recipe, key)

    # 1. ingest + normalize
    ingest = Ingest(recipe, work, strict, key)
    shard_paths, codes, quarantine = ingest.run()
    counts: Counter[str] = Counter(ingest.counts)
    counts.update({f"warning_{code}": 1 for code, _ in key_problems})
    if identities:
        counts.update(identities.stats())  # counts only

    # 2. stages over shards (codes are transformed first, e.g. pseudonymized by deid)
    stages = [build_stage(name, options, context) for name, options in recipe.stages]
    for stage in stages:
        hook = getattr(stage, "transform_codes", None)
        if hook is not None:
            codes = hook(codes)
    context.codes = codes
    shard_executor = make_executor(executor, workers, **executor_options)
    shard_executor.prepare(stages)  # a pool's processes start beside the fingerprinting below
    # per-shard, per-stage cache keyed by shard bytes + context + stage-prefix options (resume, reuse)
    tasks = shard_tasks(shard_paths, stages, context, work / "stages")
    builders = {name: build_task(name, options, context) for name, options in recipe.tasks.items()}
    # the driver's task models load while a pool's fork server is still importing; a pool's (or Ray's) workers
    # take the tasks' independent pieces (the annotation de-identification), so the driver loads no engine for them
    task_map = None if isinstance(shard_executor, SerialExecutor) else shard_executor.map
    for builder in builders.values():
        builder.prepare(task_map)
    raw_dedup = recipe.raw.get("dedup")
    dedup_opts: dict[str, Any] | None = None
    if raw_dedup is not None and raw_dedup.get("enabled", True):
        dedup_opts = {k: v for k, v in raw_dedup.items() if k != "enabled"}
        prepare_dedup(dedup_opts)  # and the dedup plan's imports (datasketch, scipy)
    reports = shard_executor.run(stages, tasks)
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
    if dedup_opts is not None and shards:
        # MinHash signing runs on the executor's workers (pool or Ray), the plan itself on the driver; a small
        # corpus is signed here: each fresh worker first imports datasketch and scipy (~0.65 s), more than it saves
        kept_notes = sum(report.n_out for report in reports)
        sign_map = shard_executor.map if kept_notes >= DEDUP_POOL_MIN_NOTES else map
        plan = plan_dedup(shards, dedup_opts, work / "dedup", parallel_map=sign_map)
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
    # Tasks see raw ids (annotations name notes by the site's id); pairs are keyed as they are written (IdPolicy).
    notes_dir = out / "notes" if recipe.outputs.get("notes", True) else None
    notes_schema = {**corpus.schema(), "split": pl.Utf8}

    def variants_for(task: str) -> list[dict[str, Any]]:  # robustness variants: instruction tasks only
        return [spec for spec in recipe.raw.get("variants") or []
                if task not in TEXT_TASKS and ("tasks" not in spec or task in spec["tasks"])]

    assemblers = {name: TaskAssembler(name, builder, out / "tasks" / name, patient_splits, recipe.seed, ratios,
                                      variants_for(name), ids=ids.pairs)
                  for name, builder in builders.items()}
    notes_out = 0
    lengths = LengthHistogram()  # for the report, counted as the text streams past
    with ParquetSink.parts(work / "kept", notes_schema) as raw_sink, \
            contextlib.ExitStack() as stack:
        notes_sink = stack.enter_context(ParquetSink.parts(notes_dir, notes_schema)) if notes_dir else None
        for frame in track(corpus.frames(), "assemble", total=len(shards)):
            frame = frame.join(patient_splits, on="patient_id", how="left", maintain_order="left")
            raw_sink.append(frame)
            if notes_sink is not None:
                notes_sink.append(ids.notes(frame))
            lengths.add(frame)
            notes_out += frame.height
            for assembler in assemblers.values():
                assembler.add(frame)
    raw_files = raw_sink.close()  # closed already: this returns the parts written
    # without outputs.notes the card's per-split counts come from the scratch copy (counts only leave it)
    note_files = notes_sink.close() if notes_sink is not None else raw_files
    kept = pl.scan_parquet(raw_files)
    task_files: dict[str, dict[tuple[str, str], Path]] = {}
    for name, assembler in assemblers.items():
        task_files[name] = assembler.finish(kept)
        stats.update(assembler.stats)  # PHI-free task counters (e.g. literature dedup, variants)
    quarantine = ids.quarantine(quarantine)

    # 5. write
    counts["notes_out"] = notes_out
    summary = write_outputs(recipe, out, note_files if notes_out else None, task_files, quarantine, counts, stats,
                            lengths, key_fingerprint=fingerprint(key), local_map=shard_executor.local_map)
    return summary


LocalMap = Callable[[Callable[[Any], Any], list[Any]], Iterable[Any]]


def write_outputs(recipe: Recipe, out: Path, note_files: list[Path] | None,
                  task_files: dict[str, dict[tuple[str, str], Path]], quarantine: pl.DataFrame,
                  counts: Counter[str], stats: Counter[str], lengths: LengthHistogram | None = None,
                  key_fingerprint: str = "", local_map: LocalMap = map) -> dict[str, Any]:
    """Write the quarantine, run summary, HF datasets, exports, report, card and manifest; return the summary.

    `note_files` are the written notes parts (None when the run kept no note); `task_files` maps
    each task to its {(split, variant): Parquet file} (`assembly.PairFiles`); `local_map` runs the
    independent release writers (`write_release_files`).
    """
    formats = recipe.outputs.get("formats", list(DEFAULT_FORMATS))
    notes = pl.scan_parquet(note_files) if note_files else None
    pairs_by_task = {task: pl.scan_parquet(list(files.values())) for task, files in task_files.items()}
    quarantine = quarantine.select(list(QUARANTINE_SCHEMA)).sort([SOURCE, SOURCE_ROW, "stage"], nulls_last=True)
    write_parquet(quarantine, out / "quarantine.parquet")
    quarantine.write_csv(out / "quarantine.csv")

    tables = dataset_tables(notes, pairs_by_task)
    for task in task_files:
        for s in SPLITS:
            counts[f"pairs.{task}.{s}"] = tables["pairs"][task][s]
    counts["notes_quarantined"] = (counts["notes_quarantined_read"] + counts["notes_quarantined_normalize"]
                                   + counts["notes_quarantined_stages"] + counts["notes_quarantined_dedup"])
    counts["codes_quarantined"] = counts["codes_quarantined_read"] + counts["codes_quarantined_normalize"]
    counts["codes_out"] = counts["codes_in"] - counts["codes_quarantined"]
    counts.update({name: 0 for name in ALWAYS_COUNTED if name not in counts})
    if notes is not None:
        for s in SPLITS:
            counts[f"notes.{s}"] = tables["notes"][s]
            counts[f"patients.{s}"] = tables["patients"][s]
    by_reason = quarantine.group_by("reason").len().sort("reason")
    summary = {
        "tool": "cancerprep",
        "version": __version__,
        "recipe": recipe.name,
        "key_fingerprint": key_fingerprint,  # HMAC of a fixed label with the key (sitekey.fingerprint)
        "out_dir": str(out),
        "counts": dict(sorted(counts.items())),
        "quarantine_by_reason": {r: n for r, n in by_reason.iter_rows()},
        "stage_stats": dict(sorted(stats.items())),
    }
    # The file omits out_dir so that byte-identical runs in different directories stay identical.
    on_disk = {k: v for k, v in summary.items() if k != "out_dir"}
    (out / "run_summary.json").write_text(json.dumps(on_disk, indent=2, sort_keys=True) + "\n")
    hf_notes = note_files if notes is not None and recipe.outputs.get("notes", True) else None
    write_release_files(recipe, out, lengths, task_files, formats, on_disk, tables, hf_notes, local_map)
    return summary


def hf_split_name(split: str, variant: str) -> str:
    """A DatasetDict split name for a variant (`test_misspell_0_1`): datasets allows only \\w and dots."""
    return re.sub(r"\W", "_", f"{split}_{variant}")


def write_release_files(recipe: Recipe, out: Path, lengths: LengthHistogram | None,
                        task_files: dict[str, dict[tuple[str, str], Path]], formats: list[str],
                        summary: dict[str, Any], tables: dict[str, Any], hf_notes: list[Path] | None = None,
                        local_map: LocalMap = map) -> None:
    """HTML report, HF datasets (`hf_notes`: the notes parts, None for no notes dataset) and trainer exports,
    then the dataset card (it lists the files written) and, last, the manifest of every file written.

    The first three only read the note and pair files and write files of their own, so `local_map` (the
    executor's: a local pool runs them side by side, the serial executor one after another) takes them:
    with a pool the report's charts no longer wait for the HF and export writing. Same files either way."""
    from cancerprep.outputs.card import write_card
    from cancerprep.outputs.manifest import write_manifest

    jobs: list[Callable[[], Any]] = []
    report_opts = recipe.raw.get("report") or {}
    if report_opts.get("enabled", True):  # first: the longest job
        jobs.append(partial(_write_report, out, recipe.name, any(name == "deid" for name, _ in recipe.stages),
                            summary, tables, lengths, task_files, int(report_opts.get("examples", 2))))
    elif (out / "report.html").exists():
        (out / "report.html").unlink()
    if "hf" in formats:
        jobs.append(partial(_write_hf, out, hf_notes, task_files))
    jobs.append(partial(write_exports_from_files, out, task_files, formats))
    for _ in local_map(_run_job, jobs):
        pass
    write_card(out, recipe, summary, tables)
    write_manifest(out)


def _run_job(job: Callable[[], Any]) -> None:
    """One release writer (a picklable partial), run by `write_release_files`' `local_map`."""
    job()


def _write_hf(out: Path, note_files: list[Path] | None, task_files: dict[str, dict[tuple[str, str], Path]]) -> None:
    """The Hugging Face DatasetDicts: notes (split column) and one per task (a split per split and variant)."""
    if note_files:
        write_dataset_dict_from_parquet(out / "hf" / "notes", dict.fromkeys(SPLITS, note_files), split_column="split")
    for task, files in task_files.items():
        write_dataset_dict_from_parquet(
            out / "hf" / task, {(s if v == "clean" else hf_split_name(s, v)): [path] for (s, v), path in files.items()})


def _write_report(out: Path, recipe_name: str, deid_ran: bool, summary: dict[str, Any], tables: dict[str, Any],
                  lengths: LengthHistogram | None, task_files: dict[str, dict[tuple[str, str], Path]],
                  examples: int) -> None:
    from cancerprep.outputs.report import write_report

    pairs_by_task = {task: pl.scan_parquet(list(files.values())) for task, files in task_files.items()}
    write_report(out, recipe_name, deid_ran, summary, tables, lengths, pairs_by_task, examples=examples)
