"""Reader throughput and peak memory: CSV vs FHIR NDJSON vs OMOP (SQLite, PostgreSQL) on a generated export.

Generates a synthetic export of --patients patients (cancerprep.sample.generator), then reads its notes
and codes with each reader in a fresh subprocess (so peak RSS is the reader's own) and prints one
Markdown table row per form. With --postgres, the OMOP tables are also loaded into a throw-away
PostgreSQL server (tests/pg_server.py) and read from there through a server-side cursor.

    .venv/bin/python -m benchmarks.speed.readers --patients 2000 --chunk-rows 5000 --postgres
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.pg_server import postgres_server

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from cancerprep.readers import InputSpec, read_input
form, root, chunk, pg = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
specs = {
    "csv": [InputSpec(kind="notes", path=root / "csv" / "notes.csv"),
            InputSpec(kind="codes", path=root / "csv" / "diagnoses.csv")],
    "fhir": [InputSpec(kind="fhir", path=root / "fhir")],
    "omop": [InputSpec(kind="omop", url=f"sqlite:///{root / 'omop' / 'cdm.sqlite'}")],
    "omop-postgresql": [InputSpec(kind="omop", url=pg, options={"schema": "cdm"})],
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
    ap.add_argument("--postgres", action="store_true", help="also read the OMOP form from PostgreSQL")
    args = ap.parse_args()
    with contextlib.ExitStack() as stack:
        pg = stack.enter_context(postgres_server()) if args.postgres else ""
        run(args, pg)


def _load_postgres(sqlite_path: Path, url: str) -> None:
    import sqlalchemy as sa

    from cancerprep.sample.export import omop_metadata

    engine, src = sa.create_engine(url), sa.create_engine(f"sqlite:///{sqlite_path}")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE SCHEMA IF NOT EXISTS cdm")
    target = omop_metadata(schema="cdm")
    target.create_all(engine)
    with src.connect() as read, engine.begin() as write:
        for name, table in omop_metadata().tables.items():
            rows = [dict(r._mapping) for r in read.execute(sa.select(table))]
            if rows:
                write.execute(target.tables[f"cdm.{name}"].insert(), rows)
    src.dispose()
    engine.dispose()


def run(args: argparse.Namespace, pg: str) -> None:
    from cancerprep.sample.generator import make_sample

    with tempfile.TemporaryDirectory(prefix="cancerprep-bench-") as tmp:
        t = time.perf_counter()
        counts = make_sample(Path(tmp), patients=args.patients, seed=args.seed)
        gen = time.perf_counter() - t
        size = {f: sum(p.stat().st_size for p in (Path(tmp) / f).rglob("*") if p.is_file()) / 1e6
                for f in ("csv", "fhir", "omop")}
        forms = ["csv", "fhir", "omop"]
        if pg:
            _load_postgres(Path(tmp) / "omop" / "cdm.sqlite", pg)
            forms.append("omop-postgresql")
        print(f"generated {counts} in {gen:.1f} s")
        print("| form | notes | codes | on-disk MB | read s | notes/s | text MB/s | peak RSS MB (after imports) |")
        print("|---|---|---|---|---|---|---|---|")
        for form in forms:
            out = subprocess.run([sys.executable, "-c", CHILD, form, tmp, str(args.chunk_rows), pg],
                                 capture_output=True, text=True, check=True)
            r = json.loads(out.stdout.strip().splitlines()[-1])
            disk = f"{size[form]:.1f}" if form in size else "-"
            print(f"| {form} | {r['notes']} | {r['codes']} | {disk} | {r['seconds']:.2f} | "
                  f"{r['notes'] / r['seconds']:,.0f} | {r['chars'] / 1e6 / r['seconds']:.1f} | "
                  f"{r['rss_mb']:.0f} ({r['base_mb']:.0f}) |")


if __name__ == "__main__":
    main()
