"""The streaming assembly: kept notes, shard by shard, into notes and task-pair files.

After the stages, the run's notes sit in the executors' shard files. The assembly
never concatenates them: it reads one shard at a time, drops what dedup removed,
gives each note its patient's split, appends the notes to the output parts and
hands the shard to every task builder, whose pairs go straight to their
per-split Parquet files. Only per-patient tables (the split) and per-note
bookkeeping of the dedup plan are held for the whole run, so memory does not
grow with the text of the corpus (docs/scale.md, "Memory").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import polars as pl

from cancerprep.assembly.split import SPLITS, assign_splits
from cancerprep.io.sinks import ParquetSink, iter_parquet
from cancerprep.records import PAIR_SCHEMA
from cancerprep.tasks.base import TaskBuilder


class KeptCorpus:
    """The run's processed notes minus the notes dedup removed, read one shard at a time.

    `removed` has `shard` (index into `shards`) and `note_id` columns (note ids are unique
    after normalize, so the id names the row).
    """

    def __init__(self, shards: list[Path], removed: pl.DataFrame | None = None):
        self.shards = list(shards)
        self._removed: dict[int, pl.DataFrame] = {}
        if removed is not None and removed.height:
            for (shard,), frame in removed.select("shard", "note_id").group_by("shard"):
                self._removed[int(shard)] = frame.select("note_id")
        self._schemas = [pl.read_parquet_schema(p) for p in self.shards]

    def schema(self) -> dict[str, pl.DataType]:
        """One schema for every shard: the supertype of each column (an all-null shard column is pl.Null)."""
        if not self._schemas:
            return {}
        return dict(pl.concat([pl.DataFrame(schema=s) for s in self._schemas], how="diagonal_relaxed").schema)

    def frames(self, columns: list[str] | None = None) -> Iterator[pl.DataFrame]:
        """Kept notes of each shard, in shard (input) order; `columns` reads only those (when present).

        Without `columns`, every frame has all the columns of `schema()` (a column a shard lacks is null).
        """
        schema = self.schema() if columns is None else {}
        for i, path in enumerate(self.shards):
            cols = None if columns is None else [c for c in dict.fromkeys([*columns, "note_id"])
                                                  if c in self._schemas[i]]
            frame = pl.read_parquet(path, columns=cols)
            if i in self._removed:
                frame = frame.join(self._removed[i], on="note_id", how="anti", maintain_order="left")
            if columns is None:
                yield frame.select([pl.col(c).cast(dtype) if c in frame.columns else pl.lit(None, dtype).alias(c)
                                    for c, dtype in schema.items()])
            else:
                yield frame if "note_id" in columns else frame.drop("note_id")


def split_pairs(pairs: pl.DataFrame, patient_splits: pl.DataFrame, seed: int,
                ratios: dict[str, float] | None) -> pl.DataFrame:
    """Give each pair its patient's split; patients seen only in annotations get their own split.

    Pairs built from kept notes always find their patient; the fallback is for pairs
    with a group of their own (literature PMIDs, unlinked annotation documents), which
    come in one `finish` batch per task, so their assignment sees the whole task.
    """
    joined = pairs.drop("split").join(
        patient_splits.rename({"patient_id": "patient_pseudonym"}), on="patient_pseudonym", how="left",
        maintain_order="left")
    missing = joined.filter(pl.col("split").is_null())
    if missing.height:
        extra = assign_splits(missing.select(pl.col("patient_pseudonym").unique())
                              .with_columns(pl.lit("all").alias("stratum")), "patient_pseudonym", ratios, seed)
        joined = joined.join(extra.rename({"split": "_split2"}), on="patient_pseudonym", how="left",
                             maintain_order="left").with_columns(
            pl.coalesce("split", "_split2").alias("split")).drop("_split2")
    return joined.select(list(PAIR_SCHEMA)).with_columns(
        pl.when(pl.col("variant").is_null() | (pl.col("variant") == "")).then(pl.lit("clean"))
        .otherwise(pl.col("variant")).alias("variant"))


class PairFiles:
    """A task's pairs, routed as they come to `<split>.parquet` (clean) and `<split>.<variant>.parquet`.

    Clean files exist for every split (empty ones too); a variant file only once it has rows.
    """

    def __init__(self, directory: Path, rewrite: Callable[[pl.DataFrame], pl.DataFrame] | None = None):
        self.directory = directory
        self.rewrite = rewrite  # the run's id policy, applied before any row reaches a file
        self._sinks: dict[tuple[str, str], ParquetSink] = {
            (s, "clean"): ParquetSink(directory / f"{s}.parquet", PAIR_SCHEMA) for s in SPLITS}
        self._closed: set[tuple[str, str]] = set()
        self._paths: dict[tuple[str, str], Path] = {}

    def write(self, pairs: pl.DataFrame, rewritten: bool = False) -> None:
        """Route pairs to their split/variant file as they stream in, so no task's pairs are held whole.

        `rewritten`: the pairs were read back from these files, so the id policy was applied already.
        """
        if pairs.is_empty():
            return
        if self.rewrite is not None and not rewritten:
            pairs = self.rewrite(pairs)
        for (split, variant), frame in pairs.group_by("split", "variant", maintain_order=True):
            key = (str(split), str(variant))
            if key in self._closed:
                raise RuntimeError(f"pairs for {key} after its file was closed")
            if key not in self._sinks:
                self._sinks[key] = ParquetSink(self.directory / f"{split}.{variant}.parquet", PAIR_SCHEMA)
            self._sinks[key].append(frame)

    def close_clean(self) -> dict[str, Path]:
        """Close the clean files (so they can be re-read for variants that need the whole task)."""
        for s in SPLITS:
            self._close((s, "clean"))
        return {s: self._paths[(s, "clean")] for s in SPLITS}

    def _close(self, key: tuple[str, str]) -> None:
        if key not in self._closed:
            self._paths[key] = self._sinks[key].close()[0]
            self._closed.add(key)

    def close(self) -> dict[tuple[str, str], Path]:
        """{(split, variant): file}: clean splits in SPLITS order, then variants sorted."""
        for key in self._sinks:
            self._close(key)
        keys = [(s, "clean") for s in SPLITS] + sorted(k for k in self._sinks if k[1] != "clean")
        return {k: self._paths[k] for k in keys}


class TaskAssembler:
    """Runs one task builder over the streamed shards and writes its pairs (and robustness variants)."""

    def __init__(self, name: str, builder: TaskBuilder, directory: Path, patient_splits: pl.DataFrame,
                 seed: int, ratios: dict[str, float] | None, variants: list[dict[str, Any]],
                 ids: Callable[[pl.DataFrame], pl.DataFrame] | None = None):
        self.name, self.builder = name, builder
        self.patient_splits, self.seed, self.ratios = patient_splits, seed, ratios
        self.variants = variants
        self.files = PairFiles(directory, ids)
        self.stats: Counter[str] = Counter()

    def _emit(self, pairs: pl.DataFrame) -> None:
        """Split and write a batch of pairs, with the variants that perturb each pair on its own."""
        from cancerprep.assembly.variants import make_variant

        pairs = split_pairs(pairs, self.patient_splits, self.seed, self.ratios)
        self.files.write(pairs)
        for spec in self.variants:
            if spec["kind"] in GLOBAL_VARIANTS:
                continue
            extra, manifest = make_variant(pairs.filter(pl.col("variant") == "clean"), spec["kind"],
                                           float(spec.get("rate", 0.1)), int(spec.get("seed", self.seed)),
                                           splits=spec.get("splits"))
            self.files.write(extra.select(list(PAIR_SCHEMA)))
            self.stats[f"variants.{self.name}.{manifest['variant']}"] += extra.height

    def add(self, notes: pl.DataFrame) -> None:
        """Pairs from one shard of kept notes (with their `split`)."""
        self._emit(self.builder.build_shard(notes))

    def finish(self, notes: pl.LazyFrame) -> dict[tuple[str, str], Path]:
        """Run-level pairs, then the variants that need the whole task; close the files."""
        self._emit(self.builder.finish(notes))
        global_specs = [s for s in self.variants if s["kind"] in GLOBAL_VARIANTS]
        if global_specs:
            clean = self.files.close_clean()
            for spec in global_specs:
                self._counterfactual(spec, clean)
        self.stats.update(self.builder.stats)
        return self.files.close()

    def _counterfactual(self, spec: dict[str, Any], clean: dict[str, Path]) -> None:
        """Counterfactual copies of the in-scope clean pairs, streamed from their files in two passes.

        Pass one keeps (id, entity type, response) per in-scope pair to plan the swaps (the share is
        per entity type); pass two re-reads the pairs a batch at a time and writes the copies.
        """
        from cancerprep.assembly.variants import (
            DEFAULT_SCOPE,
            apply_counterfactual,
            counterfactual_units,
            plan_counterfactual,
        )

        paths = [clean[s] for s in SPLITS if s in (spec.get("splits") or DEFAULT_SCOPE["counterfactual"])]

        def batches() -> Iterator[pl.DataFrame]:
            for path in paths:
                yield from iter_parquet(path, BATCH_ROWS)

        plan = plan_counterfactual((u for frame in batches() for u in counterfactual_units(frame)),
                                   float(spec.get("rate", 0.1)), int(spec.get("seed", self.seed)))
        for frame in batches():  # read back from the files: ids are already as the policy wrote them
            self.files.write(apply_counterfactual(frame, plan), rewritten=True)
            self.stats[f"variants.{self.name}.{plan.variant}"] += frame.height


BATCH_ROWS = 2_000  # pairs per batch when a task's files are re-read
# Variant kinds whose choice depends on every pair of the task (counterfactual samples a share of each
# entity type); the others (misspell) perturb each pair on its own and stream with the shards.
GLOBAL_VARIANTS = frozenset({"counterfactual"})
