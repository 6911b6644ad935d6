"""Progress bars and run summaries on stderr (rich), silenced by --quiet.

Only counts and stage names are shown: progress output never carries note text.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable
from typing import Any, TypeVar

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

T = TypeVar("T")
_state = {"quiet": False}
console = Console(stderr=True)


def set_quiet(quiet: bool) -> None:
    """Set once by the CLI's --quiet, so scheduled or logged runs get no bars or summaries on stderr."""
    _state["quiet"] = quiet


def is_quiet() -> bool:
    """Whether to stay silent; commands check it before printing summaries, so --quiet covers them too."""
    return _state["quiet"]


def track(items: Iterable[T], description: str, total: int | None = None) -> Generator[T, None, None]:
    """Iterate with a progress bar (a no-op wrapper when quiet or not a terminal-worthy run)."""
    if is_quiet():
        yield from items
        return
    if total is None and hasattr(items, "__len__"):
        total = len(items)  # type: ignore[arg-type]
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=False,
    ) as progress:
        task = progress.add_task(description, total=total)
        for item in items:
            yield item
            progress.advance(task)


def print_summary(summary: dict[str, Any]) -> None:
    """Print the counts of a run summary as a table."""
    if is_quiet():
        return
    table = Table(title="cancerprep run summary")
    table.add_column("count")
    table.add_column("value", justify="right")
    for key, value in summary.get("counts", {}).items():
        table.add_row(str(key), str(value))
    console.print(table)
    if summary.get("out_dir"):
        console.print(f"output: {summary['out_dir']}")
