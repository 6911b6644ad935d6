"""Reader throughput and peak memory: CSV vs FHIR NDJSON vs OMOP (SQLite) on a generated export.

Generates a synthetic export of --patients patients (cancerprep.synthetic), then reads its notes
and codes with each reader in a fresh subprocess (so peak RSS is the reader's own) and prints one
Markdown table row per form.

    .venv/bin/python benchmarks/readers.py --patients 2000 --chunk-rows 5000
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from cancerprep.readers import InputSpec, read_input
form, root, chunk = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
specs = {
    "csv": [InputSpec(kind="notes", path=root / "csv" / "notes.csv"),
            InputSpec(kind="codes", path=root / "csv" / "diagnoses.csv")],
    "fhir": [InputSpec(kind="fhir", path=root / "fhir")],
    "omop": [InputSpec(kind="omop", url=f"sqlite:///{root / 'omop' / 'cdm.sqlite'}")],
}[form]
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
t = time.perf_counter()
notes = codes = chars = 0
for spec in specs:
    for c in read_input(spec, chunk):
        if c.kind == "notes":
            notes += c.frame.height
            chars += int(c.frame["text"].str.len_chars().sum() or 0)
        else:
            codes += c.frame.height
dt = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"form": form, "notes": notes, "codes": codes, "chars": chars, "seconds": dt, "rss_mb": rss,
                  "base_mb": base}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--patients", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--chunk-rows", type=int, default=5000)
    args = ap.parse_args()
    from cancerprep.synthetic import make_sample

    with tempfile.TemporaryDirectory(prefix="cancerprep-bench-") as tmp:
        t = time.perf_counter()
        counts = make_sample(Path(tmp), patients=args.patients, seed=args.seed)
        gen = time.perf_counter() - t
        size = {f: sum(p.stat().st_size for p in (Path(tmp) / f).rglob("*") if p.is_file()) / 1e6
                for f in ("csv", "fhir", "omop")}
        print(f"generated {counts} in {gen:.1f} s")
        print("| form | notes | codes | on-disk MB | read s | notes/s | text MB/s | peak RSS MB (after imports) |")
        print("|---|---|---|---|---|---|---|---|")
        for form in ("csv", "fhir", "omop"):
            out = subprocess.run([sys.executable, "-c", CHILD, form, tmp, str(args.chunk_rows)],
                                 capture_output=True, text=True, check=True)
            r = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"| {form} | {r['notes']} | {r['codes']} | {size[form]:.1f} | {r['seconds']:.2f} | "
                  f"{r['notes'] / r['seconds']:,.0f} | {r['chars'] / 1e6 / r['seconds']:.1f} | "
                  f"{r['rss_mb']:.0f} ({r['base_mb']:.0f}) |")


if __name__ == "__main__":
    main()
