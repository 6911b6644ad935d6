"""The `cancerprep` command line: thin Typer wrappers over library functions.

Each command parses options, calls one library function and reports counts.
Long work shows rich progress bars on stderr unless --quiet. Errors are printed
as one clear line (file, row, field; never note text) with a non-zero exit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cancerprep import __version__
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


def fail(exc: Exception) -> typer.Exit:
    """Print a one-line error (never note text) and return the exit to raise."""
    typer.secho(f"error: {exc}", err=True, fg=typer.colors.RED)
    return typer.Exit(code=2)


@app.command("build-dataset")
def build_dataset(
    recipe: Annotated[Path, typer.Argument(help="YAML recipe (see docs/recipes.md).")],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Output directory.")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on the first bad row.")] = False,
    workers: Annotated[
        int | None, typer.Option("--workers", "-w", help="Worker processes (default: core count).")
    ] = None,
) -> None:
    """Run a recipe: ingest -> normalize -> stages -> split -> tasks -> write."""
    from cancerprep.runner import run_recipe

    try:
        summary = run_recipe(recipe, out_dir=out, strict=strict, workers=workers)
    except CancerprepError as exc:
        raise fail(exc) from None
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
) -> None:
    """Annotated entities -> CancerLLM phenotype QA pairs (one per unit and entity type)."""
    from cancerprep.phenotype import ner2qa_file

    try:
        result = ner2qa_file(input_path, output, fmt, schema=schema, unit=unit, negatives=negatives,
                             seed=seed, style=style, report_path=report, strict=strict)
    except CancerprepError as exc:
        raise fail(exc) from None
    from cancerprep.progress import is_quiet

    if not is_quiet():
        typer.echo(f"{result['units']} units, {result['spans']} spans -> {result['pairs']} pairs "
                   f"({result['pairs_with_answer']} with an answer) in {output}", err=True)
        for reason, n in result["problem_counts"].items():
            typer.echo(f"  problem {reason}: {n}", err=True)
        typer.echo(f"report: {result['report_path']}", err=True)
