"""Privacy check of a build-dataset output: planted sample names that survive in their own note.

Usage: .venv/bin/python -m benchmarks.privacy.demo_leak_scan out/demo
Reads the sample's PHI truth (recipes/sample/truth/phi.jsonl) and the de-identified notes of
OUT, and counts planted NAME strings (>= 4 chars) still present in the note they were planted in.
Prints counts and note ids only (the sample is synthetic; no real PHI is involved).
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parents[2]


def main(out: str) -> None:
    planted: dict[str, set[str]] = collections.defaultdict(set)
    for line in open(ROOT / "recipes/sample/truth/phi.jsonl", encoding="utf-8"):
        r = json.loads(line)
        if r["entity_type"] == "NAME" and len(r["text"]) >= 4:
            planted[str(r["note_id"])].add(r["text"])
    notes = pl.read_parquet(f"{out}/notes/*.parquet")
    survivors = [nid for nid, text in notes.select("note_id", "text").iter_rows()
                 for name in planted[nid] if name in text]
    print(json.dumps({"notes": notes.height, "planted_names": sum(len(v) for v in planted.values()),
                      "surviving_in_own_note": len(survivors), "note_ids": sorted(set(survivors))}))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "out/demo")
