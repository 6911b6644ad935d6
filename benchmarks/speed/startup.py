"""Start-up benchmark (issue 18): `cancerprep --help` and `cancerprep deid` on a one-note table, as a user runs them.

    .venv/bin/python -m benchmarks.speed.startup [--runs 5] [--markdown] [--json OUT]

Why a benchmark of its own: a site that de-identifies one note at a time (a message queue, a resume after a crash)
pays the start-up on every call, and issue 18 sets < 2 s wall for one note and < 0.5 s for `--help`. Each command
runs as a fresh subprocess of the installed entry point, so imports, model loads and the CLI all count:

- `--help` (`--runs` times);
- one-note `deid` with warm byte-code caches (one unmeasured run first fills them), `--runs` times;
- the same with an empty `PYTHONPYCACHEPREFIX` per run, so Python compiles every module again: what the first call
  after an install or upgrade costs.

Reports wall and user CPU seconds of each run (min / median / max). The one note is written by this script (no
patient data); it and a random key live in a private temporary folder (0700) removed at the end, and the
de-identified output is never read or printed. Timings, not assertions: tests never assert speed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

NOTE = "Seen by Dr. Alan Smith on 3/4/2019 at Mercy Hospital, Boston. Call 617-555-0101 about the biopsy."


def _entry_point() -> str:
    """The `cancerprep` script beside this interpreter (the venv's), else the one on PATH."""
    local = Path(sys.executable).with_name("cancerprep")
    found = str(local) if local.exists() else shutil.which("cancerprep")
    if not found:
        raise SystemExit("cancerprep is not installed in this environment (run `make install`)")
    return found


def timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall and user-CPU seconds of one subprocess run; a failed run stops the benchmark (its stderr is not echoed:
    it could name the input)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    user = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime - before
    if done.returncode != 0:
        raise SystemExit(f"{Path(cmd[0]).name} {cmd[1]} exited {done.returncode}")
    return wall, user


def summary(runs: list[tuple[float, float]]) -> dict[str, Any]:
    """min / median / max of wall and user seconds, rounded for the table."""
    walls = [w for w, _ in runs]
    users = [u for _, u in runs]
    return {"runs": len(runs),
            "wall": [round(min(walls), 2), round(statistics.median(walls), 2), round(max(walls), 2)],
            "user": [round(min(users), 2), round(statistics.median(users), 2), round(max(users), 2)]}


def measure(runs: int) -> dict[str, Any]:
    """Run the three measures in a private scratch folder and return their summaries."""
    exe = _entry_point()
    scratch = Path(tempfile.mkdtemp(prefix="cancerprep-startup-"))  # mkdtemp makes it 0700
    try:
        key = scratch / "site.key"
        key.write_text(secrets.token_hex(32) + "\n", encoding="utf-8")
        key.chmod(0o600)
        notes = scratch / "one.csv"
        notes.write_text(f'note_id,patient_id,text\nn1,p1,"{NOTE}"\n', encoding="utf-8")
        deid = [exe, "deid", str(notes), "-o", str(scratch / "out.csv"), "--key-file", str(key)]
        results: dict[str, Any] = {"help": summary([timed([exe, "--help"]) for _ in range(runs)])}
        timed(deid)  # fills the byte-code caches
        results["deid_one_note_warm"] = summary([timed(deid) for _ in range(runs)])
        cold = []
        for i in range(runs):
            env = dict(os.environ, PYTHONPYCACHEPREFIX=str(scratch / f"pycache{i}"))
            cold.append(timed(deid, env))
        results["deid_one_note_no_bytecode"] = summary(cold)
        return results
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def markdown(results: dict[str, Any]) -> str:
    """The table docs/benchmarks.md carries."""
    rows = [("`cancerprep --help`", "help", "< 0.5 s"),
            ("one-note `cancerprep deid`, warm byte-code", "deid_one_note_warm", "< 2 s"),
            ("the same without byte-code caches", "deid_one_note_no_bytecode", "")]
    lines = ["| measure | runs | wall s (min / median / max) | user s (min / median / max) | target |",
             "|---|---|---|---|---|"]
    for label, key, target in rows:
        r = results[key]
        lines.append(f"| {label} | {r['runs']} | {' / '.join(map(str, r['wall']))} | "
                     f"{' / '.join(map(str, r['user']))} | {target} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="runs of each measure (default 5)")
    ap.add_argument("--markdown", action="store_true", help="print the table for docs/benchmarks.md")
    ap.add_argument("--json", type=Path, help="write the summaries here")
    args = ap.parse_args(argv)
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    results = measure(args.runs)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(markdown(results) if args.markdown else json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
