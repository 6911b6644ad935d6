"""Privacy check of a build-dataset output: planted sample names that survive in their own note.

Usage: .venv/bin/python -m benchmarks.privacy.demo_leak_scan out/demo [KEY_FILE]
Reads the sample's PHI truth (recipes/sample/truth/phi.jsonl) and the de-identified notes of
OUT, and counts planted NAME strings (>= 4 chars) still present in the note they were planted in.
Output note ids are keyed hashes (outputs.ids: hash, the default), so the truth's raw ids are hashed
with the run's key (default recipes/demo.key) to find each note; a run with `ids: keep` matches as is.
Prints counts and note ids only (the sample is synthetic; no real PHI is involved).
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

import polars as pl

from cancerprep.sitekey import keyed_id, load_key

ROOT = Path(__file__).resolve().parents[2]


def main(out: str, key_file: str | None = None) -> None:
    key = load_key(key_file or ROOT / "recipes/demo.key")
    planted: dict[str, set[str]] = collections.defaultdict(set)
    for line in open(ROOT / "recipes/sample/truth/phi.jsonl", encoding="utf-8"):
        r = json.loads(line)
        if r["entity_type"] == "NAME" and len(r["text"]) >= 4:
            raw = str(r["note_id"])
            planted[raw].add(r["text"])
            planted[keyed_id(key, raw, "note_id", "N")].add(r["text"])
    notes = pl.read_parquet(f"{out}/notes/*.parquet")
    matched = sum(1 for nid in notes["note_id"].cast(pl.Utf8) if nid in planted)
    if notes.height and not matched:
        raise SystemExit("no output note matches the sample truth: wrong key file, or not the demo output")
    survivors = [nid for nid, text in notes.select("note_id", "text").iter_rows()
                 for name in planted[nid] if name in text]
    print(json.dumps({"notes": notes.height, "notes_matched": matched,
                      "planted_names": sum(len(v) for k, v in planted.items() if not k.startswith("N")),
                      "surviving_in_own_note": len(survivors), "note_ids": sorted(set(survivors))}))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "out/demo", sys.argv[2] if len(sys.argv) > 2 else None)
