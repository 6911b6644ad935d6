"""A test-only task and a small export shared by the assembly, report and pretrain tests.

`echo_test` (one instruction pair per note) is registered on import; `make_export` writes a
24-patient CSV export whose first patient's notes carry SECRET_NAME, a stand-in for PHI that must
never reach the card, report or manifest.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

import polars as pl

from cancerprep.records import PAIR_SCHEMA
from cancerprep.registry import TASKS, register_task
from cancerprep.tasks.base import TaskBuilder

KEY = "test-key-0123456789abcdef0123456789"
SECRET_NAME = "Zebediah Quuxworth"  # stands in for PHI: must never reach card, report or manifest
TYPES = ("breast", "lung", "leukemia")


class EchoTask(TaskBuilder):
    """A minimal instruction task for assembly tests: one pair per note."""

    name = "echo_test"

    def build_shard(self, notes: pl.DataFrame) -> pl.DataFrame:
        rows = [{"id": f"e-{r['note_id']}", "task": self.name, "instruction": "Summarize the note.",
                 "input": r["text"], "output": f"Answer {sum(map(ord, r['note_id'])) % 5}",
                 "source_note_id": r["note_id"],
                 "patient_pseudonym": r["patient_id"], "cancer_type": TYPES[int(r["patient_id"][3:]) % 3],
                 "split": None, "variant": None, "meta": "{}"}
                for r in notes.sort("note_id").iter_rows(named=True)]
        return pl.DataFrame(rows, schema=PAIR_SCHEMA)


if "echo_test" not in TASKS:
    register_task(EchoTask)


def make_export(tmp: Path, extra_recipe: str = "", n_patients: int = 24) -> Path:
    """Two notes a patient (random words, SECRET_NAME in patient 0's), key and recipe in `tmp`; returns the recipe."""
    rng = random.Random(11)
    vocab = [f"term{i}" for i in range(300)]
    with open(tmp / "notes.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["note_id", "patient_id", "note_date", "note_type", "text"])
        for p in range(n_patients):
            for k in range(2):
                words = " ".join(rng.choice(vocab) for _ in range(rng.randint(20, 400)))
                text = f"Patient {SECRET_NAME} seen. {words}" if p == 0 else words
                w.writerow([f"n{p:02d}{k}", f"pat{p}", f"2021-02-{k + 1:02d}",
                            "pathology_report" if k else "clinical_note", text])
    (tmp / "site.key").write_text(KEY)
    recipe = tmp / "r.yaml"
    recipe.write_text(
        "version: 1\nname: asm\nseed: 9\nkey_file: site.key\n"
        "inputs:\n  - {kind: notes, path: notes.csv}\n"
        "tasks:\n  echo_test: {}\n  pretrain: {block_size: 100, chars_per_token: 4}\n"
        "dedup: {}\n" + extra_recipe)
    return recipe
