"""Scaling benchmark: the same export through deid + sort + icd + tasks on 1, 2, 4, 8, 16 workers.

    .venv/bin/python -m benchmarks.speed.scaling --notes 2000 --workers 1 2 4 8 16 --repeat 3 \\
        --json benchmarks/results/scaling.json --markdown

Writes one synthetic export (`benchmarks.speed.scale.corpus_blocks`: the bundled generator's
clinical notes and pathology reports with planted PHI, ~2 kB log-normal lengths) and a recipe with
the stages `deid`, `sort`, `icd` and the tasks `pretrain` and `diagnosis` (Parquet notes, JSONL and
Hugging Face outputs), then runs `cancerprep build-dataset` as a subprocess per worker count (counts
above this machine's usable cores are skipped), best wall time of `--repeat` runs, each from a cold
work folder. For each count it reports wall time, speed-up T1/Tw, efficiency T1/(w Tw), the CPU of
the whole process tree and its split by process (driver, fork server, workers, and the driver CPU no other
process overlapped: the serial part), and the Karp-Flatt serial fraction e = (1/S - 1/w) / (1 - 1/w); the serial
fraction f of Amdahl's law T(w) = T1 (f + (1 - f)/w) is fitted by least squares over every count.
It also checks that every count wrote the same files (manifest sha256s): parallel runs must not
change the output. `--recipe R` runs an existing recipe instead of the generated export (the demo:
`--recipe recipes/demo.yaml --workers 1 2`).

On a shared machine wall time measures the neighbours too: the tree CPU column shows how much work
each run did, and `--report FILE.json` re-prints a saved result.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import polars as pl

from benchmarks.speed.scale import corpus_blocks, run_cli, write_recipe

STAGES = ["deid", "sort", "icd"]
TASKS = ("tasks:\n  pretrain: {block_size: 3000, chars_per_token: 4}\n  diagnosis: {max_input_chars: 6000}\n"
         "outputs: {formats: [parquet, jsonl, hf]}\n")


def usable_cores() -> int:
    """The cores this process may run on (affinity), as `--workers` defaults to."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def write_corpus(root: Path, notes: int, shard_rows: int) -> Path:
    """The export (notes.csv, diagnoses.csv) and the recipe: stages deid/sort/icd, tasks pretrain/diagnosis."""
    root.mkdir(parents=True, exist_ok=True)
    blocks = list(corpus_blocks(notes))
    pl.concat([b[0] for b in blocks]).write_csv(root / "notes.csv")
    pl.concat([b[1] for b in blocks]).write_csv(root / "diagnoses.csv")
    recipe = write_recipe(root, STAGES, shard_rows)
    text = recipe.read_text().replace("outputs: {formats: [parquet]}\n", TASKS)
    assert TASKS in text, "scale.write_recipe's outputs line changed"
    recipe.write_text(text)
    return recipe


def manifest_digest(out: Path) -> dict[str, str]:
    """path -> sha256 of every file the run wrote (its manifest), to compare runs."""
    files = json.loads((out / "manifest.json").read_text())["files"]
    return {f["path"]: f["sha256"] for f in files} if isinstance(files, list) else dict(files)


def amdahl_fraction(times: dict[int, float]) -> float | None:
    """Least-squares serial fraction f of T(w) = T1 (f + (1 - f) / w) over the counts > 1."""
    t1 = times.get(1)
    pts = [(1 - 1 / w, t / t1 - 1 / w) for w, t in times.items() if w > 1] if t1 else []
    den = sum(x * x for x, _ in pts)
    return round(sum(x * y for x, y in pts) / den, 3) if den else None


def derive(runs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Speed-up, efficiency and Karp-Flatt serial fraction per worker count, from the best runs."""
    t1 = next((r["wall_s"] for r in runs if r["workers"] == 1), None)
    rows = []
    for r in runs:
        w, t = r["workers"], r["wall_s"]
        row = {**r}
        if t1:
            s = t1 / t
            row.update(speedup=round(s, 2), efficiency=round(s / w, 2),
                       karp_flatt=round((1 / s - 1 / w) / (1 - 1 / w), 3) if w > 1 else None)
        rows.append(row)
    return rows


def _roles(row: dict[str, Any]) -> str:
    """The tree's CPU by process (`scale.TreeRSS.by_role`); '-' for a result saved before it was measured."""
    roles = row.get("cpu_by_role")
    if not roles:
        return "-"
    return " / ".join(str(roles.get(k, 0.0)) for k in ("driver", "fork server", "workers", "driver_alone_s"))


def markdown(result: dict[str, Any]) -> str:
    size = f" ({result['chars'] / 1e6:.1f} M chars)" if result.get("chars") else ""
    lines = [f"{result.get('recipe', 'generated')}: {result['notes']:,} notes out{size}, "
             f"shard size {result['shard_rows']}, {result['cores']} usable cores, {result['machine']}; "
             f"best of {result['repeat']}",
             "", "| workers | wall s | notes/s | speed-up | efficiency | serial fraction (Karp-Flatt) | tree CPU s "
                 "| CPU s: driver / fork server / workers / driver alone |",
             "|---|---|---|---|---|---|---|---|"]
    for r in result["rows"]:
        kf = "-" if r.get("karp_flatt") is None else r["karp_flatt"]
        lines.append(f"| {r['workers']} | {r['wall_s']} | {r['notes_per_s']} | {r.get('speedup', '-')} | "
                     f"{r.get('efficiency', '-')} | {kf} | {r['cpu_s']} | {_roles(r)} |")
    lines += ["", f"Amdahl fit over the measured counts: serial fraction f = {result['amdahl_serial_fraction']}; "
              f"identical outputs across counts: {result['identical_outputs']}"]
    if result["skipped"]:
        lines.append(f"Not measured (more workers than usable cores): {', '.join(map(str, result['skipped']))}")
    return "\n".join(lines)


def bench(args: argparse.Namespace) -> dict[str, Any]:
    cores = usable_cores()
    counts = sorted(set(args.workers))
    run_counts = [w for w in counts if w <= cores]
    tmp = Path(tempfile.mkdtemp(prefix="cancerprep-scaling-", dir=args.tmp))
    try:
        if args.recipe:
            recipe, chars = args.recipe.resolve(), 0
        else:
            recipe = write_corpus(tmp / "export", args.notes, args.shard_rows)
            chars = pl.read_csv(tmp / "export" / "notes.csv")["text"].str.len_chars().sum()
        best: dict[int, dict[str, Any]] = {}
        digests: dict[int, dict[str, str]] = {}
        for rep in range(args.repeat):
            for w in run_counts:  # interleaved, so a busy spell on a shared machine hits every count
                out = tmp / f"out-w{w}"
                for p in (out, Path(str(out) + ".work")):
                    shutil.rmtree(p, ignore_errors=True)
                run = run_cli(recipe, out, w)
                run["notes_per_s"] = round(run["notes_out"] / run["wall_s"], 1)
                roles = ", ".join(f"{k} {v}" for k, v in run["cpu_by_role"].items())
                print(f"rep {rep + 1} workers {w}: {run['wall_s']} s wall, {run['cpu_s']} s tree CPU ({roles})",
                      flush=True)
                digests[w] = manifest_digest(out)
                if w not in best or run["wall_s"] < best[w]["wall_s"]:
                    best[w] = run
        rows = derive([best[w] for w in run_counts])
        notes = best[run_counts[0]]["notes_out"] if args.recipe else args.notes
        return {"recipe": str(args.recipe or "generated"), "notes": notes, "chars": int(chars),
                "shard_rows": "recipe's" if args.recipe else args.shard_rows, "cores": cores,
                "machine": f"{platform.machine()} {platform.processor() or ''}".strip(), "repeat": args.repeat,
                "stages": "recipe's" if args.recipe else STAGES,
                "tasks": "recipe's" if args.recipe else ["pretrain", "diagnosis"], "rows": rows,
                "amdahl_serial_fraction": amdahl_fraction({r["workers"]: r["wall_s"] for r in rows}),
                "identical_outputs": len({json.dumps(d, sort_keys=True) for d in digests.values()}) == 1,
                "skipped": [w for w in counts if w > cores],
                "measured_at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--notes", type=int, default=2000)
    ap.add_argument("--recipe", type=Path, default=None, help="run this recipe instead of the generated export")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4, 8, 16])
    ap.add_argument("--shard-rows", type=int, default=250, help="notes per shard (the unit of parallel work)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per worker count; the best wall time counts")
    ap.add_argument("--tmp", type=Path, default=None, help="where the export and outputs go (default: system temp)")
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--report", type=Path, default=None, help="print the markdown of a saved --json result")
    args = ap.parse_args(argv)
    if args.report:
        result = json.loads(args.report.read_text())
    else:
        result = bench(args)
        if args.json:
            args.json.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2) if not args.report else "")
    if args.markdown or args.report:
        print(markdown(result))
    return result


if __name__ == "__main__":
    main()
