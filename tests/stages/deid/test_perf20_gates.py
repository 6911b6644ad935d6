"""The cheap pre-checks perf20 put before institutions, chart_tables and the shared table reader (issue 18):
institutions `_OF` searched only on lines holding "<head> of " (`Lined`), chart_tables `_DIN` gated on its digit
groups alone, and a note's table rows read once (`tables._rows`) with no separator search on a line that cannot hold
one. Each must find exactly what the plain rule finds: the anchor missing -> no match; present -> the same matches
(spans and groups) as the pattern without the layer, on written examples and on real notes (with upper- and
lower-cased and flattened rewrites)."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers import chart_tables as C
from cancerprep.stages.deid.recognizers import institutions as N
from cancerprep.stages.deid.recognizers import tables as T
from cancerprep.stages.deid.recognizers.base import Lined
from tests.stages.deid.rewrites import found, rewrites


def test_of_is_lined_on_its_heads() -> None:
    assert isinstance(N._OF, Lined)


# (a text `_OF` matches, the same text without "<head> of" on the matching line)
OF_EXAMPLES = [
    ("Transferred from Hospital of Hodgeston yesterday.", "Transferred from Hospital in Hodgeston yesterday."),
    ("records: medical center of Wexley\nplan: f/u", "records: medical center at Wexley\nplan: f/u"),
    ("seen at the Children's Hospital of Marrowby", "seen at the Children's Hospital, Marrowby"),
]


@pytest.mark.parametrize(("present", "missing"), OF_EXAMPLES)
def test_of_examples(present: str, missing: str) -> None:
    got = found(N._OF, present)
    assert got and got == found(N._OF.pattern, present)
    assert found(N._OF, missing) == [] == found(N._OF.pattern, missing)


def test_of_head_on_another_line_gives_no_match() -> None:
    """The anchor on one line does not open the search of another: a line with " of " but no head stays unmatched,
    as the plain pattern leaves it."""
    text = "Hospital of Hodgeston\nfrom the edge of Wexley"
    assert [s for s, _ in found(N._OF, text)] == [s for s, _ in found(N._OF.pattern, text)]
    assert all(s[1] <= text.index("\n") for s, _ in found(N._OF, text))


def test_of_equals_plain_on_real_notes(real_notes: tuple[str, ...]) -> None:
    # real notes seldom name "<head> of <Name>": the examples are also set inside notes, so the comparison sees matches
    texts = rewrites(real_notes) + [n[:len(n) // 2] + p + "\n" + n[len(n) // 2:]
                                     for n, (p, _) in zip(real_notes[::50], OF_EXAMPLES * 40, strict=False)]
    assert sum(bool(found(N._OF.pattern, t)) for t in texts) > 10
    for t in texts:
        assert found(N._OF, t) == found(N._OF.pattern, t)


def _row_cells_plain(line: str) -> list[tuple[int, int]]:
    """`row_cells` without the separator pre-check (the search always run)."""
    cells, pos = [], 0
    for m in T.CELL_SEP.finditer(line):
        if m.start() > pos:
            cells.append((pos, m.start()))
        pos = m.end()
    if pos < len(line.rstrip()):
        cells.append((pos, len(line.rstrip())))
    return [(a + len(line[a:b]) - len(line[a:b].lstrip()), b) for a, b in cells if line[a:b].strip()]


@pytest.mark.parametrize("line", ["", "   ", "plain line", "  lead blank", "trail blank \t", "a | b", "a\tb",
                                  "a  b  c", " \u00a0x\u2003", "one two three", "x |", "|"])
def test_row_cells_precheck_examples(line: str) -> None:
    assert T.row_cells(line) == _row_cells_plain(line)


def test_row_cells_precheck_on_real_lines(real_notes: tuple[str, ...]) -> None:
    for t in rewrites(real_notes):
        for line in t.split("\n"):
            assert T.row_cells(line) == _row_cells_plain(line)


def _table_columns_plain(text: str, header_test, *, min_cells: int = 2, rule_ends: bool = False) -> list:
    """`table_columns` as it read rows before the cache: every row split anew."""
    lines = text.split("\n")
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    out, i = [], 0
    while i < len(lines):
        header = _row_cells_plain(lines[i])
        cols = header_test(lines[i], header) if len(header) >= min_cells else {}
        if not cols:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and lines[j].strip() and not (rule_ends and T._rule(lines[j])):
            row = _row_cells_plain(lines[j])
            if len(row) != len(header):
                break
            out += [(offsets[j] + row[k][0], offsets[j] + row[k][1], kind) for k, kind in cols.items()]
            j += 1
        if rule_ends:
            while j < len(lines) and T._rule(lines[j]):
                j += 1
            i = max(j, i + 1)
        else:
            i += 1
    return out


def _first_cell_header(line: str, cells: list[tuple[int, int]]) -> dict[int, str]:
    return {0: "x"} if line[cells[0][0]:cells[0][1]].lower() in ("initials", "mrn", "time", "init") else {}


TABLE = "Time | Drug | Init\n0800 | ASA | AB\n0900 | tylenol | CD\n\nMRN    Name\n123456    x\n"


@pytest.mark.parametrize("rule_ends", [False, True])
def test_cached_rows_same_columns(rule_ends: bool, real_notes: tuple[str, ...]) -> None:
    """The cached rows give the columns the uncached reader gives, asked twice of one note (the cache hit)."""
    for t in [TABLE, TABLE.replace(" | ", "\t"), *real_notes[::5]]:
        want = _table_columns_plain(t, _first_cell_header, min_cells=2, rule_ends=rule_ends)
        assert list(T.table_columns(t, _first_cell_header, rule_ends=rule_ends)) == want
        assert list(T.table_columns(t, _first_cell_header, rule_ends=rule_ends)) == want
    assert _table_columns_plain(TABLE, _first_cell_header)  # (the example has a column to read)


# (a text chart_tables `_DIN` matches, the same text without the digit groups its gate asks for)
DIN_EXAMPLES = [
    ("Unit DIN: W 0417 26 081234 hung", "Unit DIN: W 0417 26 08123 hung"),
    ("bag w0417.26.081234 00 A given", "bag w0417.26 081 234 00 A given"),
    ("PRBC =W-0417-26-081234 started", "PRBC =W-0417-2-6081234 started"),
]


@pytest.mark.parametrize(("present", "missing"), DIN_EXAMPLES)
def test_din_gate_examples(present: str, missing: str) -> None:
    plain = C._DIN.pattern
    got = found(C._DIN, present)
    assert got and got == found(plain, present)
    assert found(C._DIN, missing) == [] == found(plain, missing)


def test_din_gate_equals_plain_on_real_notes(real_notes: tuple[str, ...]) -> None:
    """The gate (the digit groups alone) never hides a match of the bare pattern, the examples set in notes included;
    a letter before four digits alone ("at 1200") no longer opens the search, and gives no match either way."""
    texts = rewrites(real_notes) + [n[:len(n) // 2] + p + "\n" + n[len(n) // 2:]
                                     for n, (p, _) in zip(real_notes[::50], DIN_EXAMPLES * 40, strict=False)]
    assert sum(bool(found(C._DIN.pattern, t)) for t in texts) > 10
    for t in texts:
        assert found(C._DIN, t) == found(C._DIN.pattern, t)
    assert found(C._DIN.pattern, "given at 1200 and W 0417 again") == []
