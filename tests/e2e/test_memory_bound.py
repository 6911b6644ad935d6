"""Issue 8, bounded memory: the run's peak RSS does not grow with the corpus.

Two exports of the same shape, one four times the other, go through ingest, dedup (exact +
MinHash), the patient split, a text task and the Parquet, JSONL and HF writers in a fresh
process each. The in-memory assembly this replaced held every note several times plus a
MinHash LSH index of ~20 KB per note; the streaming assembly holds a shard, a row group per
open file and ~100-200 bytes of dedup bookkeeping per note. Short notes keep the test fast
while the per-note costs stay what they are; both sizes exceed every fixed-size buffer
(10,000-row row groups, 2,000-row batches), so the difference is what grows with the corpus.
Memory, not time: nothing here is timed.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
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
NOTE_CHARS = 600
SMALL, BIG = 12_000, 48_000


def make_export(root: Path, n_notes: int) -> Path:
    """n notes of random words (no two alike), 5 per patient, plus a few exact copies, as Parquet."""
    root.mkdir(parents=True, exist_ok=True)
    rng = random.Random(n_notes)
    vocab = [f"w{i}" for i in range(5_000)]
    texts: list[str] = []
    for i in range(n_notes):
        if i % 50 == 7:  # every 50th note repeats the one before it: dedup has work to do
            texts.append(texts[-1])
            continue
        words: list[str] = []
        while sum(len(x) + 1 for x in words) < NOTE_CHARS:
            words.append(rng.choice(vocab))
        texts.append(" ".join(words))
    # Parquet with 1,000-row groups: read a row group at a time (polars' CSV scan reads ahead up
    # to a few hundred MB whatever the file size: a constant, but larger than this test's corpora)
    pl.DataFrame({"note_id": [f"N{i:07d}" for i in range(n_notes)], "patient_id": [f"P{i // 5:06d}" for i in
                  range(n_notes)], "note_date": "2020-01-01", "note_type": "clinical_note", "text": texts}
                 ).write_parquet(root / "notes.parquet", row_group_size=1_000)
    (root / "site.key").write_text("memory-test-key-0123456789abcdef")
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


def peak_rss_kb(tmp: Path, n_notes: int) -> tuple[int, int]:
    recipe = make_export(tmp / f"in{n_notes}", n_notes)
    # One polars thread, the system allocator for Arrow and one malloc arena: less allocator noise
    # (thread-local arenas and pools that keep freed memory), so the two peaks compare like for like.
    env = {**os.environ, "POLARS_MAX_THREADS": "1", "ARROW_DEFAULT_MEMORY_POOL": "system", "MALLOC_ARENA_MAX": "1"}
    done = subprocess.run([sys.executable, "-c", CHILD, str(recipe), str(tmp / f"out{n_notes}")],
                          capture_output=True, text=True, timeout=600, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    notes_out, rss = done.stdout.split()[-2:]
    return int(notes_out), int(rss)


def test_peak_rss_does_not_grow_with_the_corpus(tmp_path: Path) -> None:
    small_out, small = peak_rss_kb(tmp_path, SMALL)
    big_out, big = peak_rss_kb(tmp_path, BIG)
    assert (small_out, big_out) == (SMALL - SMALL // 50, BIG - BIG // 50)  # the planted copies were removed
    per_added_note = (big - small) * 1024 / (BIG - SMALL)
    # The in-memory assembly grew by > 20 KB per note (its dedup index alone). Measured here: ~0.6 KB per
    # note, dedup bookkeeping (~0.2 KB) plus buffers of the bigger run's fuller row groups.
    assert per_added_note < 1_500, (small, big, per_added_note)
