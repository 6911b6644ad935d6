"""The real deid stage through the process pool: byte-identical to serial, and shards processed in
different worker processes agree on each patient's pseudonym and date shift (no shared state)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import polars as pl
import pytest

from cancerprep.io.private import derive_work_key, read_work_parquet
from cancerprep.runner import run_recipe
from cancerprep.sitekey import date_shift_days, load_key, pseudonym
from tests.executors.support import digest_outputs
from tests.paths import REPO

ROOT = REPO
SAMPLE = ROOT / "recipes" / "sample" / "csv" / "notes.csv"
KEY_FILE = ROOT / "recipes" / "demo.key"


@pytest.mark.slow
def test_deid_in_a_pool_matches_serial_and_agrees_across_shards(tmp_path: Path) -> None:
    notes = pl.read_csv(SAMPLE, infer_schema=False).head(24)
    assert notes["patient_id"].n_unique() >= 2
    notes.write_csv(tmp_path / "notes.csv")
    (tmp_path / "r.yaml").write_text(
        f"version: 1\nname: deidpool\nseed: 5\nkey_file: {KEY_FILE}\n"
        "inputs:\n  - {kind: notes, path: notes.csv}\n"
        "normalize: {shard_rows: 5}\n"  # every patient's notes span several shards
        "stages:\n  - deid: {mode: surrogate}\n"
        "outputs: {formats: [parquet], ids: keep}\n")  # joined back on the raw note ids
    serial = run_recipe(tmp_path / "r.yaml", out_dir=tmp_path / "serial", workers=1, work_dir=tmp_path / "sw",
                        keep_work=True)
    pooled = run_recipe(tmp_path / "r.yaml", out_dir=tmp_path / "pool", workers=2, work_dir=tmp_path / "pw",
                        keep_work=True)
    # Every file, stats included: the engine orders Presidio's results fully before crediting a
    # recognizer, so nothing depends on the process's hash seed or recognizer order.
    key = KEY_FILE.read_bytes().strip()
    assert (digest_outputs(tmp_path / "serial", tmp_path / "sw", key)
            == digest_outputs(tmp_path / "pool", tmp_path / "pw", key))
    assert len(digest_outputs(tmp_path / "pool", tmp_path / "pw", key)) > 10
    assert serial["stage_stats"] == pooled["stage_stats"] and serial["counts"] == pooled["counts"]
    assert pooled["stage_stats"]["notes.processed"] == 24
    assert sum(v for k, v in pooled["stage_stats"].items() if k.startswith("phi.")) > 24

    key = load_key(KEY_FILE)
    out = pl.read_parquet(tmp_path / "pool" / "notes" / "part-00000.parquet")
    assert out.height == 24
    original = notes.select("note_id", pl.col("patient_id").alias("orig_pid"), pl.col("note_date").alias("orig_date"))
    joined = out.join(original, on="note_id")
    for row in joined.iter_rows(named=True):
        assert row["patient_id"] == pseudonym(key, row["orig_pid"])
        shift = (row["note_date"] - date.fromisoformat(row["orig_date"])).days
        assert shift == date_shift_days(key, row["orig_pid"])
    # no original patient id or note text survives in the worker-written cache
    for p in (tmp_path / "pw" / "stages").rglob("*.parquet"):
        cached = read_work_parquet(p, derive_work_key(key))  # quarantine files are sealed
        if "patient_id" in cached.columns:
            assert not set(cached["patient_id"].to_list()) & set(notes["patient_id"].to_list())
