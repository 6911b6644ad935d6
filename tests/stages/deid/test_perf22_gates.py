"""The cheap pre-checks perf22 put before this session's new recognisers (issue 18): initials_slots `_LINE_END` and
`_FIELD` searched only on the lines where a stdlib anchor that keeps case finds their short group of letters at a
line's end or a field's value (`CasedLined`), its role scan tried only where a role's word starts (`Anchored`), and
ward_units `_UNIT` searched only on the lines holding a preposition, sign or line start, a name and a floor or head
(`Lined`). Each must find exactly what the plain rule finds: the anchor missing -> no match; present -> the same
matches (spans and groups) as the pattern without the layer, on written examples and on real notes (with upper- and
lower-cased and flattened rewrites); a note with non-ASCII characters is searched whole."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers import initials_slots as S
from cancerprep.stages.deid.recognizers import ward_units as W
from cancerprep.stages.deid.recognizers.base import Anchored, CasedLined, Lined, LinedStarts, finditer, lowered
from tests.stages.deid.rewrites import found, plain, rewrites, with_examples


def test_layers() -> None:
    assert isinstance(S._LINE_END.pattern, CasedLined)
    assert isinstance(S._FIELD.pattern, CasedLined)
    assert isinstance(S._role_rules()[0], Anchored)
    assert isinstance(W._UNIT.pattern, LinedStarts)


# (a text the rule matches, the same text without the anchor: the group not at the line's end, no short value, no
# name and floor after a preposition)
LINE_END_EXAMPLES = [
    ("Heparin 5000 units SC given 0800 AB", "Heparin 5000 units SC given 0800 AB then held"),
    ("Dressing changed - JK", "Dressing changed - JK today"),
    ("Lasix 40 mg AB/CD;", "Lasix 40 mg AB/CD and more"),
    ("vitals 1400 A.B.", "vitals 1400 A.B. then"),
    ("2/3/21 25 mg JK.", "2/3/21 25 mg Jake."),
]
FIELD_EXAMPLES = [
    ("Verified by: JK", "Verified by: Jake"),
    ("Checked = AB/CD", "Checked = Alberto"),
    ("Witness: A.B.  next", "Witness: Abel next"),
    ("Init: MK; Dose: 5", "Init: Mikel; Dose: 5"),
]
UNIT_EXAMPLES = [
    ("Transferred to Okafor 6 overnight.", "Transferred to Okafor overnight."),
    ("Unit: Lindqvist 5 West", "Unit: Lindqvist West"),
    ("report called to Brandt 7W", "report called to Brandt"),
    ("bed request for Hallett ICU", "bed request for Hallett soon"),
    ("Okafor Reyes 4 North | bed 2", "Okafor Reyes North | bed"),
]


@pytest.mark.parametrize(("rule", "present", "missing"),
                         [("_LINE_END", p, q) for p, q in LINE_END_EXAMPLES]
                         + [("_FIELD", p, q) for p, q in FIELD_EXAMPLES])
def test_slots_examples(rule: str, present: str, missing: str) -> None:
    r = getattr(S, rule)
    got = found(r, present)
    assert got and got == found(plain(r), present)
    assert found(r, missing) == [] == found(plain(r), missing)


@pytest.mark.parametrize(("present", "missing"), UNIT_EXAMPLES)
def test_unit_examples(present: str, missing: str) -> None:
    got = found(W._UNIT, present)
    assert got and got == found(plain(W._UNIT), present)
    assert found(W._UNIT, missing) == [] == found(plain(W._UNIT), missing)


def test_anchor_on_another_line_gives_no_match() -> None:
    """A line holding the anchor does not open the search of the line before or after it."""
    text = "given 0800 then held\nHeparin 0800 AB\nAB said"
    assert found(S._LINE_END, text) == found(plain(S._LINE_END), text)
    assert all(text.index("\n") < s[0] < text.rindex("\n") for s, _ in found(S._LINE_END, text))
    text = "Okafor 6 noted\ntransferred to Okafor 6 overnight"
    assert found(W._UNIT, text) == found(plain(W._UNIT), text)


def test_unit_tried_only_where_a_start_word_or_line_starts() -> None:
    """`LinedStarts` on a long selected line: the matches after words that open no match, several per line, and at a
    line's start, as the plain pattern finds them."""
    text = ("noted stable, sent to Okafor 6 then later moved from Brandt 7W to Hallett ICU tonight\n"
            "Okafor Reyes 4 North | bed 2\ncontinue plan")
    got = found(W._UNIT, text)
    assert len(got) >= 3 and got == found(plain(W._UNIT), text)
    assert isinstance(W._UNIT.pattern, Lined)


@pytest.mark.parametrize("text", ["Heparin 5000 units ÉL AB", "Vérifié par: JK", "Transferred to Okáfor 6 overnight.",
                                  "naïve RN AB"])
def test_non_ascii_searched_whole(text: str) -> None:
    for r in (S._LINE_END, S._FIELD, W._UNIT):
        assert found(r, text) == found(plain(r), text)


@pytest.mark.parametrize(("rule", "examples"), [(S._LINE_END, LINE_END_EXAMPLES), (S._FIELD, FIELD_EXAMPLES),
                                                (W._UNIT, UNIT_EXAMPLES)])
def test_equals_plain_on_real_notes(rule: object, examples: list[tuple[str, str]],
                                    real_notes: tuple[str, ...]) -> None:
    texts = rewrites(real_notes) + with_examples(real_notes, examples)
    assert sum(bool(found(plain(rule), t)) for t in texts) > 20
    for t in texts:
        assert found(rule, t) == found(plain(rule), t)


def test_role_scan_equals_plain_on_real_notes(real_notes: tuple[str, ...]) -> None:
    at = S._role_rules()[0]
    texts = rewrites(real_notes) + with_examples(real_notes, [("RN AB gave 5 mg", "AB, CRNA: pt stable")])
    texts = [t for t in texts if t.isascii()]
    assert sum(bool(list(at.pattern.finditer(lowered(t)))) for t in texts) > 20
    for t in texts:
        low = lowered(t)
        assert [m.span() for m in finditer(at, low)] == [m.span() for m in at.pattern.finditer(low)]


def test_slots_spans_on_examples() -> None:
    """The recogniser's output on examples of each slot (its figures must not move with the layers)."""
    spans = S.slots_spans("Heparin 5000 units SC given 0800 AB\nVerified by: JK\nRN MK gave 5 mg")
    assert {(s, e) for s, e, _, _ in spans} >= {(33, 35), (49, 51)}
