"""The `cancerprep` command line: thin Typer wrappers over library functions.

Each command parses options, calls one library function and reports counts.
Long work shows rich progress bars on stderr unless --quiet. Errors are printed
as one clear line (file, row, field; never note text) with a non-zero exit.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from cancerprep import __version__, collector
from cancerprep.errors import CancerprepError
from cancerprep.progress import set_quiet

app = typer.Typer(
    name="cancerprep",
    help="De-identified, cancer-type-sorted, task-formatted datasets from an EHR export.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"cancerprep {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars or summaries.")] = False,
) -> None:
    """cancerprep: build CancerLLM training data on site, offline."""
    set_quiet(quiet)
    collector.tune()  # a command's process holds ~1M long-lived objects (`collector`)


# Shared `--workers` option: per-stage commands declare `workers: WorkersOption = None` and pass it
# to `cancerprep.executors.local.run_stages_on_frame` (None = the core count, 1 = serial in-process).
WorkersOption = Annotated[
    int | None, typer.Option("--workers", "-w", help="Worker processes (default: core count; 1 = serial).")
]

# What the per-step commands on a notes table (`deid`, `sort`, `icd`) declare alike.
NotesArgument = Annotated[Path, typer.Argument(help="Notes table (.csv, .jsonl or .parquet).")]
CodesOption = Annotated[Path | None, typer.Option("--codes", help="Diagnosis codes table (CSV/JSONL/Parquet).")]
TaxonomyOption = Annotated[Path | None, typer.Option("--taxonomy", help="Site taxonomy YAML.")]
DateWindowOption = Annotated[int, typer.Option("--date-window", help="Days a dated code may lie from the note.")]


def fail(exc: Exception) -> typer.Exit:
    """Print a one-line error (never note text) and return the exit to raise."""
    typer.secho(f"error: {exc}", err=True, fg=typer.colors.RED)
    return typer.Exit(code=2)


def _check_workers(workers: int | None) -> None:
    """`--workers` below 1 is one line and exit 2 before any work (the executor would raise a ValueError)."""
    if workers is not None and workers < 1:
        raise fail(ValueError("--workers must be at least 1"))


@contextmanager
def one_line_errors(os_error: str = "cannot read or write{where} ({why})") -> Iterator[None]:
    """Every command's work runs inside this: a CancerprepError (it names file, row and field, never a value) or
    an OSError (a missing, unreadable or unwritable path, a full disk) ends the command with one line and exit 2,
    never a traceback. `os_error` words the OSError ({where}: its path; {why}: the system's reason)."""
    try:
        yield
    except CancerprepError as exc:
        raise fail(exc) from None
    except OSError as exc:
        where = f" {exc.filename}" if exc.filename else ""
        raise fail(OSError(os_error.format(where=where, why=exc.strerror or type(exc).__name__))) from None


@app.command("build-dataset")
def build_dataset(
    recipe: Annotated[Path, typer.Argument(help="YAML recipe (see docs/recipes.md).")],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Output directory.")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on the first bad row.")] = False,
    workers: WorkersOption = None,
    executor: Annotated[
        str, typer.Option("--executor", help="Where stages run: local (process pool) or ray.")
    ] = "local",
    ray_address: Annotated[
        str | None, typer.Option("--ray-address", help="Ray cluster address (executor ray); default: local Ray.")
    ] = None,
    work_dir: Annotated[Path | None, typer.Option(
        "--work-dir", help="Scratch folder for raw shards and the resume cache (default: private, under the "
        "system temp dir); never inside OUT.")] = None,
    keep_work: Annotated[bool, typer.Option("--keep-work", help="Keep the work folder after a success.")] = False,
) -> None:
    """Run a recipe: ingest -> normalize -> stages -> split -> tasks -> write.

    Re-running the same command after a failure resumes: finished shards and stages are reused.
    """
    from cancerprep.runner import run_recipe

    if executor not in ("local", "ray"):
        raise fail(ValueError(f"--executor must be local or ray, not {executor!r}"))
    _check_workers(workers)
    # a full disk or a folder made read-only mid-run: one line, no traceback
    with one_line_errors("cannot write{where} ({why}); the output folder has no manifest.json, so it does not "
                         "claim to be complete"):
        summary = run_recipe(recipe, out_dir=out, strict=strict, workers=workers, executor=executor,
                             ray_address=ray_address, work_dir=work_dir, keep_work=keep_work)
    from cancerprep.progress import print_summary

    print_summary(summary)


# -- per-stage commands are added below, one small wrapper each -------------------------


@app.command("ner2qa")
def ner2qa(
    input_path: Annotated[Path, typer.Argument(help="Annotation file or directory.", metavar="INPUT")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Pair JSONL to write.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="conll | brat | json | labelstudio")] = "json",
    schema: Annotated[str, typer.Option("--schema", help="Bundled schema name or a schema file.")] = "cancerner",
    unit: Annotated[str, typer.Option("--unit", help="sentence | document")] = "sentence",
    negatives: Annotated[float, typer.Option("--negatives", help="Share of no-answer pairs kept (0-1).")] = 1.0,
    seed: Annotated[int, typer.Option("--seed", help="Seed for choosing negatives.")] = 0,
    style: Annotated[str, typer.Option("--style", help="cancerllm | alpaca | chat | pairs")] = "cancerllm",
    report: Annotated[Path | None, typer.Option("--report", help="Problem report JSON.")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on the first annotation problem.")] = False,
    deid: Annotated[bool, typer.Option("--deid", help="De-identify annotation texts (spans remapped).")] = False,
    key_file: Annotated[Path | None, typer.Option("--key-file", help="Site key (else $CANCERPREP_DEID_KEY).")] = None,
) -> None:
    """Annotated entities -> CancerLLM phenotype QA pairs (one per unit and entity type)."""
    from cancerprep.commands import ner2qa_file

    with one_line_errors():
        result = ner2qa_file(input_path, output, fmt, schema=schema, unit=unit, negatives=negatives,
                             seed=seed, style=style, report_path=report, strict=strict, deid=deid,
                             key_file=key_file)
    from cancerprep.progress import is_quiet

    if not is_quiet():
        typer.echo(f"{result['units']} units, {result['spans']} spans -> {result['pairs']} pairs "
                   f"({result['pairs_with_answer']} with an answer) in {output}", err=True)
        for reason, n in result["problem_counts"].items():
            typer.echo(f"  problem {reason}: {n}", err=True)
        typer.echo(f"report: {result['report_path']}", err=True)


@app.command("perturb")
def perturb(
    input_path: Annotated[Path, typer.Argument(help="Pair JSONL (any style).", metavar="INPUT")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Perturbed pair JSONL to write.")],
    misspell: Annotated[float | None, typer.Option("--misspell", help="Share of eligible words misspelled.")] = None,
    counterfactual: Annotated[
        float | None, typer.Option("--counterfactual", help="Share of responses swapped.")
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed.")] = 0,
    split: Annotated[
        list[str] | None, typer.Option("--split", help="Splits to perturb (default test / train).")
    ] = None,
    manifest: Annotated[Path | None, typer.Option("--manifest", help="Manifest JSON path.")] = None,
) -> None:
    """Robustness testbeds: misspelled test inputs or counterfactual training labels, with a manifest."""
    from cancerprep.commands import perturb_file

    with one_line_errors():
        result = perturb_file(input_path, output, misspell=misspell, counterfactual=counterfactual,
                              seed=seed, splits=split, manifest_path=manifest)
    from cancerprep.progress import is_quiet

    if not is_quiet():
        typer.echo(f"{result['kind']}: {result['rows_changed']} of {result['rows_in_scope']} in-scope rows "
                   f"changed ({result['rows_in']} rows) -> {output}; manifest {result['manifest_path']}", err=True)


@app.command("make-sample")
def make_sample_cmd(
    out_dir: Annotated[Path, typer.Argument(help="Folder to write the sample export into (e.g. recipes/sample).")],
    patients: Annotated[int, typer.Option("--patients", help="Number of synthetic patients.")] = 200,
    seed: Annotated[int, typer.Option("--seed", help="Random seed; the same seed gives identical files.")] = 7,
) -> None:
    """Generate the synthetic sample export (CSV, FHIR, OMOP forms plus ground truth)."""
    from cancerprep.sample.generator import make_sample

    if patients < 1:
        raise fail(ValueError("--patients must be at least 1"))
    with one_line_errors():
        counts = make_sample(out_dir, patients=patients, seed=seed)
    from cancerprep.progress import is_quiet

    if not is_quiet():
        typer.echo(", ".join(f"{k} {v}" for k, v in counts.items()) + f" -> {out_dir}", err=True)


@app.command("deid")
def deid(
    input: NotesArgument,
    output: Annotated[Path, typer.Option("--output", "-o", help="De-identified table (same formats).")],
    text_col: Annotated[str, typer.Option("--text-col", help="Column holding the note text.")] = "text",
    id_col: Annotated[str, typer.Option("--id-col", help="Column holding the note id.")] = "note_id",
    patient_col: Annotated[str, typer.Option(
        "--patient-col", help="Column holding the patient id (pseudonymized; keys date shifts).")] = "patient_id",
    date_cols: Annotated[
        list[str] | None,
        typer.Option("--date-cols", help="Date columns shifted per patient (repeat, or comma-separated)."),
    ] = None,
    spans: Annotated[Path | None, typer.Option("--spans", help="Write PHI spans (offsets only) as JSONL.")] = None,
    mode: Annotated[str, typer.Option("--mode", help="surrogate | tag | redact")] = "surrogate",
    key_file: Annotated[Path | None, typer.Option("--key-file", help="Site key (else $CANCERPREP_DEID_KEY).")] = None,
    workers: Annotated[int, typer.Option("--workers", "-w", help="Worker processes.")] = 1,
    identities: Annotated[Path | None, typer.Option(
        "--identities", help="Identities table (patient_id, given, family, other_names, mrn, dob, address, city, "
                             "zip, phone, email; docs/deid.md): each note's patient is found in it.")] = None,
    staff: Annotated[Path | None, typer.Option(
        "--staff", help="Staff roster table (a `name` column, or given and family): found in every note.")] = None,
    learned_model: Annotated[str | None, typer.Option(
        "--learned-model", help="Learned voter: default | off | a model directory from deid-train.")] = None,
) -> None:
    """De-identify notes: PHI replaced in text, patient ids pseudonymized, dates shifted (see docs/deid.md)."""
    from cancerprep.commands import deid_file
    from cancerprep.sitekey import load_key

    _check_workers(workers)
    with one_line_errors():
        key = load_key(key_file)  # a SiteKeyError is a CancerprepError: one line, non-zero exit
        audit = deid_file(input, output, key=key, text_col=text_col, id_col=id_col, patient_col=patient_col,
                          date_cols=[c for d in date_cols or [] for c in d.split(",") if c],
                          spans_path=spans, mode=mode, workers=workers, identities=identities, staff=staff,
                          options=None if learned_model is None else {"learned_model": learned_model})
    typer.echo(f"deid: {audit['processed']} notes written, {audit['quarantined']} quarantined, "
               f"{sum(audit['phi_by_type'].values())} PHI spans replaced ({mode})", err=True)


@app.command("deid-eval")
def deid_eval(
    pred_spans: Annotated[Path, typer.Argument(help="Predicted spans JSONL (from deid --spans).")],
    gold: Annotated[Path, typer.Option("--gold", help="Gold spans: PhysioNet id-phi.phrase or sample JSONL.")],
    fmt: Annotated[str, typer.Option("--format", help="physionet | sample")] = "physionet",
) -> None:
    """Score predicted PHI spans (any-overlap recall/precision per type, char recall) as JSON."""
    import json

    from cancerprep.stages.deid.evaluate import evaluate_files

    with one_line_errors():
        result = evaluate_files(pred_spans, gold, fmt)
    typer.echo(json.dumps(result, indent=2))


@app.command("deid-train")
def deid_train(
    annotations: Annotated[list[Path], typer.Argument(
        help="Annotated notes: physionet id.text id-phi.phrase (or their folder); sample notes.csv phi.jsonl; "
             "brat or json files/folders.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Model directory to write (replaced).")],
    fmt: Annotated[str, typer.Option("--format", help="physionet | brat | json | sample")] = "json",
    max_steps: Annotated[int | None, typer.Option("--max-steps", help="Training steps (default 3000).")] = None,
    seed: Annotated[int, typer.Option("--seed", help="Training seed.")] = 0,
) -> None:
    """Train the learned de-identification model (spaCy NER, CPU) on annotated notes (see docs/deid.md)."""
    import json

    from cancerprep.commands import deid_train as train

    with one_line_errors():
        report = train([str(p) for p in annotations], fmt, output, max_steps=max_steps, seed=seed)
    typer.echo(json.dumps(report, indent=2))


@app.command("verify")
def verify(
    out: Annotated[Path, typer.Argument(help="A build-dataset output directory.")],
    leaks: Annotated[bool, typer.Option(
        "--leaks", help="Also check that no patient and no near-duplicate note spans two splits.")] = False,
) -> None:
    """Check every output file against manifest.json (sha256); exit 1 on any difference or leak."""
    from cancerprep.outputs.manifest import verify_manifest

    with one_line_errors():
        problems = verify_manifest(out)
    if leaks:
        from cancerprep.commands import audit_output

        with one_line_errors():
            found = audit_output(out)
        problems += [f"leak: {n} {what.replace('_', ' ')}" for what, n in found.items() if n]
    for line in problems:
        typer.echo(line, err=True)
    if problems:
        raise typer.Exit(code=1)
    typer.echo(f"verify: every file in {out} matches manifest.json"
               + ("; no patient or near-duplicate spans two splits" if leaks else ""), err=True)


@app.command("audit")
def audit_cmd(
    out: Annotated[Path, typer.Argument(help="A build-dataset output directory.")],
    pages: Annotated[Path | None, typer.Option(
        "--pages", "-o", help="Folder for the review pages (outside OUT; created 0700).")] = None,
    notes: Annotated[int, typer.Option("--notes", "-n", help="Notes to sample.")] = 50,
    seed: Annotated[int, typer.Option("--seed", help="Sampling seed (same seed, same sample).")] = 0,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Notes per HTML page.")] = 25,
    verdicts: Annotated[Path | None, typer.Option(
        "--verdicts", help="A filled verdicts.csv: report the residual-PHI rate and its 95% upper bound.")] = None,
) -> None:
    """Privacy audit: sample de-identified notes into review pages, or score a reviewer's verdicts."""
    import json

    from cancerprep.commands import privacy_audit_pages, privacy_audit_report

    if (pages is None) == (verdicts is None):
        raise fail(ValueError("give --pages DIR (draw a sample) or --verdicts FILE (score a review)"))
    with one_line_errors():
        if verdicts is not None:
            typer.echo(json.dumps(privacy_audit_report(out, verdicts), indent=2))
            return
        info = privacy_audit_pages(out, pages, notes=notes, seed=seed, batch_size=batch_size)
    typer.echo(f"audit: {info['notes_sampled']} notes ({info['replacements_shown']} replacements) on "
               f"{len(info['pages'])} page(s) in {pages}; fill {pages / 'verdicts.csv'}, then run "
               f"cancerprep audit {out} --verdicts {pages / 'verdicts.csv'}", err=True)


def _coding_command(stage: str, input: Path, output: Path, codes: Path | None, taxonomy: Path | None,
                    window: int, workers: int | None) -> None:
    from cancerprep.commands import code_file

    _check_workers(workers)
    options: dict[str, object] = {"date_window_days": window}
    if taxonomy is not None:
        options["taxonomy"] = str(taxonomy)
    with one_line_errors():
        counts = code_file(stage, str(input), str(output), str(codes) if codes else None, options, workers)
    from cancerprep.progress import is_quiet

    if not is_quiet():
        per_type = ", ".join(f"{k.split('_', 1)[1]}={v}" for k, v in sorted(counts.items())
                             if k.startswith(f"{stage}_") and "_source_" not in k and k != f"{stage}_notes_with_codes")
        typer.echo(f"{stage}: {counts['notes']} notes written, {counts['quarantined']} quarantined ({per_type})",
                   err=True)
        flagged = {k: v for k, v in counts.items() if k.startswith("codes_flagged_")}
        if flagged:
            typer.echo(f"{stage}: flagged codes kept: {flagged}", err=True)


def _coding_cli(stage: str, doc: str) -> Callable[..., None]:
    """The `sort` and `icd` commands take the same options and differ only in the stage they run, so one
    signature serves both (the docstring is each command's help)."""

    def command(
        input: NotesArgument,
        output: Annotated[Path, typer.Option("--output", "-o", help="Output table (same formats).")],
        codes: CodesOption = None,
        taxonomy: TaxonomyOption = None,
        window: DateWindowOption = 90,
        workers: WorkersOption = None,
    ) -> None:
        _coding_command(stage, input, output, codes, taxonomy, window, workers)

    command.__doc__ = doc
    return command


app.command("sort")(_coding_cli(
    "sort", "Sort notes into the 17 cancer types (+ other_cancer, none) from codes and text (docs/coding.md)."))
app.command("icd")(_coding_cli(
    "icd", "Add ICD-10-CM codes (primary first) and the diagnosis text of each note (docs/coding.md)."))


@app.command("dedup")
def dedup(
    input: Annotated[Path, typer.Argument(help="Notes (.csv, .jsonl or .parquet): note_id, patient_id, text.")],
    output: Annotated[Path, typer.Option("--out", "-o", help="Kept notes (format from the extension).")],
    quarantine: Annotated[
        Path | None, typer.Option("--quarantine", help="Removed notes with reason codes (no text); default "
                                  "OUT.quarantine.csv.")] = None,
    threshold: Annotated[float, typer.Option("--threshold", help="Jaccard of word shingles.")] = 0.8,
    exact_only: Annotated[bool, typer.Option("--exact-only", help="Skip near-duplicate detection.")] = False,
) -> None:
    """Remove exact and near-duplicate notes (MinHash LSH; docs/outputs.md): one note per cluster kept."""
    from cancerprep.commands import dedup_file

    if not 0 < threshold <= 1:
        raise fail(CancerprepError("--threshold must be in (0, 1]"))
    with one_line_errors():
        stats = dedup_file(input, output, quarantine, {"threshold": threshold, "near": not exact_only})
    typer.echo(f"dedup: {stats['dedup.notes_in']} notes in, {stats['dedup.exact_removed']} exact and "
               f"{stats['dedup.near_removed']} near duplicates removed, {stats['dedup.notes_out']} kept", err=True)


# -- train/ (cancerllm, the `train` extra): scoring and LoRA train/eval -------------------


_SCORER = typer.Option("--scorer", help="default (corrected: nltk BLEU-2, ROUGE-L) | paper (the authors' "
                       "released scorer: COCO BLEU-2, ROUGE-1 unigram sets).")


@app.command("score")
def score_cmd(
    predictions: Annotated[Path, typer.Argument(help="Predictions JSONL ({id, response}).")],
    gold: Annotated[Path, typer.Option("--gold", help="Gold JSONL ({id, response}, optional task, cancer_type).")],
    scorer: Annotated[str, _SCORER] = "default",
) -> None:
    """Exact / BLEU-2 / ROUGE precision, recall and F1 (percent) as JSON, naming the scorer (docs/train.md)."""
    result = _train_extra("score", "score_files", "scoring", predictions, gold, scorer)
    from cancerllm.score import dumps

    typer.echo(dumps(result))


def _train_extra(module: str, name: str, what: str, *args: Any, **kwargs: Any) -> Any:
    """Call `cancerllm.<module>.<name>` (the `train` extra, imported only by the command that runs it): a missing
    extra or a CancerprepError becomes one line and exit 2, like every other command's errors."""
    try:
        run = getattr(importlib.import_module(f"cancerllm.{module}"), name)
    except ImportError as exc:
        raise fail(CancerprepError(f"{what} needs the train extra (pip install 'cancerprep[train]'): "
                                   f"missing {exc.name}")) from None
    with one_line_errors():
        return run(*args, **kwargs)


train_app = typer.Typer(help="LoRA pre-training, instruction tuning and evaluation of CancerLLM (train extra).",
                        no_args_is_help=True)
app.add_typer(train_app, name="train")


def _overrides(items: list[str] | None) -> dict:
    import yaml

    out = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep:
            raise typer.BadParameter(f"--set expects key=value, got {item!r}")
        out[key] = yaml.safe_load(value)
    return out


def _train_stage(stage: str, config: Path, sets: list[str] | None) -> None:
    report = _train_extra("run", "train_from_config", "training", config, stage, _overrides(sets))
    typer.echo(f"{stage}: {report['steps']} steps, loss {report['train_loss']:.4f}, "
               f"{report['tokens_per_s']} tokens/s; adapter: {report['adapter_dir']}", err=True)


_SET = typer.Option("--set", help="Override a config key: --set training.max_steps=10 (repeatable).")
_INIT_ADAPTER = typer.Option("--init-adapter", help="Pre-training adapter applied under --adapter "
                             "(default: the config's init_adapter; '' for none).")
# The options `train generate` and `train evaluate` share (both run the model on a config's split).
_RunConfig = Annotated[Path, typer.Argument(help="YAML config (model, data, generation).")]
_Adapter = Annotated[Path | None, typer.Option("--adapter", help="LoRA adapter directory.")]
_Split = Annotated[str, typer.Option("--split", help="train | validation | test")]
_Retriever = Annotated[str | None, typer.Option("--retriever", help="bm25 | dense | random (RAG).")]
_K = Annotated[int, typer.Option("--k", help="Retrieved training pairs per prompt.")]
_Encoder = Annotated[Path | None, typer.Option("--encoder", help="Dense encoder directory.")]


def _train_cli(stage: str, doc: str) -> Callable[..., None]:
    """`train pretrain` and `train finetune` take the same arguments and differ only in the stage the config
    runs, so one signature serves both (the docstring is each command's help)."""

    def command(
        config: Annotated[Path, typer.Argument(help="YAML config (train/configs/).")],
        sets: Annotated[list[str] | None, _SET] = None,
    ) -> None:
        _train_stage(stage, config, sets)

    command.__doc__ = doc
    return command


train_app.command("pretrain")(_train_cli("pretrain", "LoRA continued pre-training on note text (loss on every token)."))
train_app.command("finetune")(_train_cli(
    "finetune", "LoRA / QLoRA instruction tuning on CancerLLM pairs (loss on responses only)."))


@train_app.command("generate")
def train_generate(
    config: _RunConfig,
    out: Annotated[Path, typer.Option("--out", "-o", help="Predictions JSONL to write.")],
    adapter: _Adapter = None,
    init_adapter: Annotated[str | None, _INIT_ADAPTER] = None,
    split: _Split = "test",
    retriever: _Retriever = None,
    k: _K = 3,
    encoder: _Encoder = None,
    limit: Annotated[int | None, typer.Option("--limit", help="First N rows only.")] = None,
    sets: Annotated[list[str] | None, _SET] = None,
) -> None:
    """Greedy, batched generation with the paper's prompt wrapper and token limits."""
    report = _train_extra("run", "generate_from_config", "generation", config, out, adapter=adapter, split=split,
                          retriever=retriever, k=k, encoder=encoder, limit=limit, overrides=_overrides(sets),
                          init_adapter=init_adapter)
    typer.echo(f"generate: {report['examples']} predictions -> {out} ({report['examples_per_s']} examples/s)",
               err=True)


@train_app.command("evaluate")
def train_evaluate(
    config: _RunConfig,
    out: Annotated[Path, typer.Option("--out", "-o", help="Directory for predictions and scores.json.")],
    adapter: _Adapter = None,
    init_adapter: Annotated[str | None, _INIT_ADAPTER] = None,
    split: _Split = "test",
    retriever: _Retriever = None,
    k: _K = 3,
    encoder: _Encoder = None,
    robustness: Annotated[bool, typer.Option("--robustness", help="Also score perturbed variants.")] = False,
    quantize: Annotated[str | None, typer.Option(
        "--quantize", help="int8-dynamic (CPU) | bnb-8bit | bnb-4bit (GPU).")] = None,
    compare_to: Annotated[Path | None, typer.Option(
        "--compare-to", help="scores.json of a reference run (e.g. the clean-trained adapter).")] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="First N rows per task and variant only.")] = None,
    scorer: Annotated[str, _SCORER] = "default",
    sets: Annotated[list[str] | None, _SET] = None,
) -> None:
    """Generate + score; robustness drops, RAG, quantization and efficiency in scores.json."""
    result = _train_extra("run", "evaluate_from_config", "evaluation", config, out, adapter=adapter, split=split,
                          retriever=retriever, k=k, encoder=encoder, robustness=robustness, quantize=quantize,
                          compare_to=compare_to, limit=limit, overrides=_overrides(sets),
                          init_adapter=init_adapter, scorer=scorer)
    import json

    typer.echo(json.dumps({"scorer": result["scorer"]}
                          | {v: round(s["average_f1"], 2) for v, s in result["variants"].items()}))


@train_app.command("merge")
def train_merge(
    config: Annotated[Path, typer.Argument(help="YAML config of the run (model, init_adapter).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Directory for the merged model (new or empty).")],
    adapter: Annotated[Path | None, typer.Option("--adapter", help="Fine-tuning LoRA adapter directory.")] = None,
    init_adapter: Annotated[str | None, _INIT_ADAPTER] = None,
    dtype: Annotated[str, typer.Option("--dtype", help="Saved dtype: auto (the base's) | float32 | bfloat16 | "
                                       "float16; merging itself is always float32.")] = "auto",
) -> None:
    """Base + pre-training + fine-tuning adapters merged in full precision: an HF model directory with provenance."""
    result = _train_extra("run", "merge_from_config", "merging", config, out, adapter=adapter,
                          init_adapter=init_adapter, dtype=dtype)
    typer.echo(f"merge: {result['out_dir']} ({result['dtype']}; init adapter: {result['init_adapter']})", err=True)


@train_app.command("export")
def train_export(
    model_dir: Annotated[Path, typer.Argument(help="A merged model directory (`cancerprep train merge`).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="GGUF file to write.")],
    outtype: Annotated[str, typer.Option("--outtype", help="f16 | f32 (quantize further with llama-quantize).")]
    = "f16",
) -> None:
    """Write a merged Llama/Mistral model as one GGUF file (llama.cpp convention) with a provenance file."""
    record = _train_extra("export", "export_gguf", "GGUF export", model_dir, out, outtype)
    typer.echo(f"export: {out} ({record['architecture']}, {record['outtype']}, {record['tensors']} tensors)", err=True)


@train_app.command("demo")
def train_demo(
    dataset: Annotated[Path, typer.Option("--dataset", help="A build-dataset output directory.")] = Path("out/demo"),
    out: Annotated[Path, typer.Option("--out", "-o", help="Output directory.")] = Path("out/train-demo"),
    config: Annotated[Path | None, typer.Option("--config", help="Demo config (default smollm2_demo.yaml).")] = None,
    n_train: Annotated[int, typer.Option("--train-pairs", help="Training pairs (stratified).")] = 48,
    n_test: Annotated[int, typer.Option("--test-pairs", help="Test pairs (stratified).")] = 24,
) -> None:
    """CPU demo: score SmolLM2-135M-Instruct, LoRA-tune it, score again (after must beat before)."""
    result = _train_extra("demo", "run_demo", "the demo", dataset, out, config=config, n_train=n_train, n_test=n_test)
    import json

    typer.echo(json.dumps({k: result[k] for k in ("before", "after", "gain_average_f1", "seconds")}, indent=2))


if __name__ == "__main__":  # `python -m cancerprep.cli ...`: this checkout's code, not the installed one
    app()
