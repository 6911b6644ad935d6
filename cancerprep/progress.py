"""Progress bars and run summaries on stderr (rich), silenced by --quiet.

Only counts and stage names are shown: progress output never carries note text.
rich (~50 modules) is imported when a bar or a summary is first shown, or `console` first read: a quiet
one-note `cancerprep deid` and `--help` never import it (issue 18).
"""

from __future__ import annotations

import functools
from collections.abc import Generator, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from rich.console import Console

T = TypeVar("T")
_state = {"quiet": False}


@functools.cache
def _console() -> Console:
    """The one stderr console, made on first use."""
    from rich.console import Console

    return Console(stderr=True)


def __getattr__(name: str) -> Any:
    """`progress.console`: the stderr console, made (and rich imported) when first read."""
    if name == "console":
        return _console()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    if total is None and hasattr(items, "__len__"):
        total = len(items)  # type: ignore[arg-type]
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=_console(),
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
    from rich.table import Table

    console = _console()
    table = Table(title="cancerprep run summary")
    table.add_column("count")
    table.add_column("value", justify="right")
    for key, value in summary.get("counts", {}).items():
        table.add_row(str(key), str(value))
    console.print(table)
    if summary.get("out_dir"):
        console.print(f"output: {summary['out_dir']}")
