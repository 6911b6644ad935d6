"""Privacy check of a build-dataset output: planted sample names that survive in their own note.

Usage: .venv/bin/python -m benchmarks.privacy.demo_leak_scan out/demo [KEY_FILE]
Reads the sample's PHI truth (recipes/sample/truth/phi.jsonl) and the de-identified notes of
OUT, and counts planted NAME strings (>= 4 chars) still present in the note they were planted in.
Output note ids are keyed hashes (outputs.ids: hash, the default), so the truth's raw ids are hashed
with the run's key (default recipes/demo.key) to find each note; a run with `ids: keep` matches as is.
Prints counts and note ids only, unless `--show` (the sample is synthetic; no real PHI is involved).
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

import polars as pl

from cancerprep.sitekey import keyed_id, load_key

ROOT = Path(__file__).resolve().parents[2]


def main(out: str, key_file: str | None = None, show: bool = False) -> None:
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
    if show:  # the synthetic sample only: each surviving name beside what replaced the names around it
        texts = dict(notes.select("note_id", "text").iter_rows())
        for nid in sorted(set(survivors)):
            for name in sorted(n for n in planted[nid] if n in texts[nid]):
                at = texts[nid].index(name)
                print(json.dumps({"note_id": nid, "name": name, "context": texts[nid][max(0, at - 40):at + 40]}))
    print(json.dumps({"notes": notes.height, "notes_matched": matched,
                      "planted_names": sum(len(v) for k, v in planted.items() if not k.startswith("N")),
                      "surviving_in_own_note": len(survivors), "note_ids": sorted(set(survivors))}))


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", default="out/demo", help="a build-dataset output folder")
    ap.add_argument("key_file", nargs="?", help="the run's key file (default recipes/demo.key)")
    ap.add_argument("--show", action="store_true",
                    help="print each surviving name with 40 characters around it, to inspect by hand "
                         "(synthetic sample only: never on a site's own output)")
    args = ap.parse_args()
    main(args.out, args.key_file, args.show)
