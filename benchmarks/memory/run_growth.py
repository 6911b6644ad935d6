"""Whole-run memory growth: peak RSS of `build-dataset` on two exports of the same shape, one larger.

Each export (random-word notes of --chars characters, 5 a patient, every 50th note an exact copy of
the one before, Parquet with 1,000-row groups) goes through ingest, dedup (exact + MinHash), the
patient split, a text task and the Parquet, JSONL and HF writers in a fresh process, with one
polars thread, Arrow's system allocator and one malloc arena (less allocator noise, so the peaks
compare like for like). Short notes keep it quick while the per-note costs stay what they are;
both sizes exceed every fixed-size buffer (10,000-row row groups, 2,000-row batches), so the
difference is what grows with the corpus. The in-memory assembly this replaced grew by > 20 KB a
note (its dedup index alone). This replaced a test that asserted < 1,500 bytes a note from 12,000
to 48,000 notes.

    .venv/bin/python -m benchmarks.memory.run_growth --notes 12000 48000
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

import polars as pl

CHILD = """
import resource, sys
from cancerprep.progress import set_quiet
from cancerprep.runner import run_recipe
set_quiet(True)
summary = run_recipe(sys.argv[1], out_dir=sys.argv[2], workers=1)
print(summary["counts"]["notes_out"], resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def make_export(root: Path, n_notes: int, note_chars: int) -> Path:
    """n notes of random words (no two alike but the planted copies), 5 a patient, as Parquet; returns the recipe."""
    root.mkdir(parents=True, exist_ok=True)
    rng = random.Random(n_notes)
    vocab = [f"w{i}" for i in range(5_000)]
    texts: list[str] = []
    for i in range(n_notes):
        if i % 50 == 7:  # every 50th note repeats the one before it: dedup has work to do
            texts.append(texts[-1])
            continue
        words: list[str] = []
        while sum(len(x) + 1 for x in words) < note_chars:
            words.append(rng.choice(vocab))
        texts.append(" ".join(words))
    # Parquet with 1,000-row groups: read a row group at a time (polars' CSV scan reads ahead up
    # to a few hundred MB whatever the file size: a constant, but larger than these corpora)
    pl.DataFrame({"note_id": [f"N{i:07d}" for i in range(n_notes)], "patient_id": [f"P{i // 5:06d}" for i in
                  range(n_notes)], "note_date": "2020-01-01", "note_type": "clinical_note", "text": texts}
                 ).write_parquet(root / "notes.parquet", row_group_size=1_000)
    (root / "site.key").write_text("memory-bench-key-0123456789abcdef")
    (root / "r.yaml").write_text(
        "version: 1\nname: mem\nseed: 1\nkey_file: site.key\n"
        "inputs:\n  - {kind: notes, path: notes.parquet}\n"
        "normalize: {shard_rows: 250}\n"
        "stages: []\n"
        "dedup: {}\n"
        "tasks:\n  pretrain: {block_size: 1000, chars_per_token: 4}\n"
        "outputs: {formats: [parquet, jsonl, hf]}\n"
        "report: {enabled: false}\n")
    return root / "r.yaml"


def peak_rss_kb(work: Path, n_notes: int, note_chars: int) -> tuple[int, int]:
    """(notes out, peak RSS in KiB) of one run in a fresh process."""
    recipe = make_export(work / f"in{n_notes}", n_notes, note_chars)
    env = {**os.environ, "POLARS_MAX_THREADS": "1", "ARROW_DEFAULT_MEMORY_POOL": "system", "MALLOC_ARENA_MAX": "1"}
    done = subprocess.run([sys.executable, "-c", CHILD, str(recipe), str(work / f"out{n_notes}")],
                          capture_output=True, text=True, env=env, check=True)
    notes_out, rss = done.stdout.split()[-2:]
    return int(notes_out), int(rss)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--notes", type=int, nargs="+", default=[12_000, 48_000])
    ap.add_argument("--chars", type=int, default=600, help="characters a note")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="run-growth-") as tmp:
        for n in args.notes:
            notes_out, rss = peak_rss_kb(Path(tmp), n, args.chars)
            rows.append((n, notes_out, rss))
            print(f"| {n:,} notes | {notes_out:,} out (planted copies removed: {n - notes_out:,}) "
                  f"| peak RSS {rss / 1024:,.0f} MB |", flush=True)
    for (n0, _, r0), (n1, _, r1) in itertools.pairwise(rows):
        print(f"growth {n0:,} -> {n1:,} notes: {(r1 - r0) * 1024 / (n1 - n0):,.0f} bytes a note")


if __name__ == "__main__":
    main()
