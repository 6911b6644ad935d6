"""Reading a flattened table: rows split into cells by "|", a tab or a wide gap (or, for a comma-separated export,
by commas: `csv_cells`), and the columns a header row names.

Why one reader: the chart-table and initials recognizers both take the cells under a header cell (an identifier's
label, a signer's label) in the rows below it; two copies of the splitting and row walk drifted apart in what
they call a cell. Each caller judges its own header cells (`header_test`) and its own values.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import TypeVar

import regex as re

K = TypeVar("K")

# a cell's separator: a bar, a tab, or a gap of two spaces or more (with the blanks around it)
CELL_SEP = re.compile(r"[ \t]*\|[ \t]*|[ \t]*\t[ \t]*|[ \t]{2,}")
_RULE = frozenset("|-=+: ")


def row_cells(line: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty cell of a table row, relative to the line, without the blanks around it."""
    cells, pos = [], 0
    if "|" in line or "\t" in line or "  " in line:  # (a line without them holds no separator: one cell at most)
        for m in CELL_SEP.finditer(line):
            if m.start() > pos:
                cells.append((pos, m.start()))
            pos = m.end()
    if pos < len(line.rstrip()):
        cells.append((pos, len(line.rstrip())))
    return [(a + len(line[a:b]) - len(line[a:b].lstrip()), b) for a, b in cells if line[a:b].strip()]


def csv_cells(line: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a comma-separated export's row (deidfix52: "Pager,Date,Status" over
    "44712,03/14/2021,final"), relative to the line, without the blanks around it; a line with a bar or a tab is
    `row_cells`' and gives none here, as does a line without a comma. An empty field is a cell of no width, so the
    columns stay aligned."""
    if "," not in line or "|" in line or "\t" in line:
        return []
    cells, pos = [], 0
    for part in line.rstrip().split(","):
        lead = len(part) - len(part.lstrip())
        cells.append((pos + lead, pos + len(part.rstrip())))
        pos += len(part) + 1
    return cells


@functools.lru_cache(maxsize=4)
def _rows(text: str, csv: bool = False) -> tuple[list[str], list[int], list[list[tuple[int, int]]]]:
    """The note's lines, their offsets and their cells (`row_cells`, or `csv_cells` with `csv`), kept for the last
    notes: the chart-table and initials recognizers read the same note's rows three times. (Callers only read them.)"""
    lines = text.split("\n")
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    split = csv_cells if csv else row_cells
    return lines, offsets, [split(line) for line in lines]


def _rule(line: str) -> bool:
    """A rule drawn under a header ("---|---", "=====")."""
    s = line.strip()
    return bool(s) and set(s) <= _RULE


def table_columns(text: str, header_test: Callable[[str, list[tuple[int, int]]], dict[int, K]], *,
                  min_cells: int = 2, rule_ends: bool = False, csv: bool = False) -> Iterator[tuple[int, int, K]]:
    """(start, end, kind) of every cell under a header cell that `header_test` names, in the rows below that header:
    rows of the header's count of cells, until a blank line or a row of another shape.

    `header_test(line, cells)` gives {column index: kind} for a header row (empty for any other line). With
    `rule_ends`, a rule line ends the rows (and is skipped), and the rows read are not asked again as headers;
    without it every line is asked, and a rule of the header's shape is read as a row (its cells hold no value).
    With `csv`, rows are split by commas (`csv_cells`) instead.
    """
    lines, offsets, cells = _rows(text, csv)
    i = 0
    while i < len(lines):
        header = cells[i]
        cols = header_test(lines[i], header) if len(header) >= min_cells else {}
        if not cols:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and lines[j].strip() and not (rule_ends and _rule(lines[j])):
            row = cells[j]
            if len(row) != len(header):
                break
            for k, kind in cols.items():
                a, b = row[k]
                yield offsets[j] + a, offsets[j] + b, kind
            j += 1
        if rule_ends:
            while j < len(lines) and _rule(lines[j]):
                j += 1
            i = max(j, i + 1)
        else:
            i += 1
