"""perf42 (issue 18): a series of marks (`chart_tables._mark_series`) searched only on the lines whose anchor shows two
short groups closing the line or a cell, with the same matches as the bare pattern (a note with non-ASCII characters is
searched whole)."""

from __future__ import annotations

from cancerprep.stages.deid.recognizers import chart_tables as CT
from cancerprep.stages.deid.recognizers.base import Lined, anchor_lines, lowered
from tests.stages.deid.rewrites import found, gate_texts, plain, same_matches

# (a series the pattern matches, a near miss beside it)
SERIES_EXAMPLES = [
    ("q15 checks: QV JZ KX WQT", "q15 checks: QV JZ KX WQTS"),
    ("Rounds: QV 1800, JZ 2315, QX 0100", "Rounds: QV 1800, JZ 2315, QX 0100x"),
    ("Turns: 3/4 QV  3/5 AT  3/6 JZ.", "Turns: 3/4 QV  3/5 AT  3/6 JZ, then"),
    ("| AB CD |\tEF / GH ; KL\t| done", "| AB CD-|\tEF / GH ;KLM-"),
    ("Checked by: QV, JZ, SS  ", "Checked by: QV, JZ, SS's"),
]


def test_the_series_rule_is_searched_on_lines_closing_with_two_groups() -> None:
    rule = CT._MARK_SERIES
    assert isinstance(rule, Lined)
    prose = "Patient is in the ward today\nhe was seen by the team at noon\n"
    assert list(anchor_lines(rule.anchor, lowered(prose))) == []  # two short groups, but not closing the line
    logged = prose + "q15 checks: QV JZ KX\n"
    assert list(anchor_lines(rule.anchor, lowered(logged))) == [(len(prose), len(logged) - 1)]


def test_the_series_rule_keeps_every_match(real_notes: tuple[str, ...]) -> None:
    texts = gate_texts(real_notes, SERIES_EXAMPLES)
    assert same_matches(CT._MARK_SERIES, texts) > 100


def test_a_note_with_other_characters_is_searched_whole() -> None:
    rule = CT._MARK_SERIES
    for p, q in SERIES_EXAMPLES:
        accented = f"Zoë Ørsted seen\n{p}\nTurns: 3/4 ÉL  3/5 ØK\n{q}\n"
        got = found(rule, accented)
        assert got == found(plain(rule), accented)
        assert len(got) >= 2 and any("ØK" in g for _, g in got)  # the example's series and the accented one
        assert found(rule, f"seen\n{p}\n{q}\n") == found(plain(rule), f"seen\n{p}\n{q}\n") != []
