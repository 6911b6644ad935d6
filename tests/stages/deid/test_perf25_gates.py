"""perf25: initials positions' rules tried only at tighter anchors or behind a cheaper gate find what their bare
patterns find (same spans, same order), on constructed texts where the anchor or gate opens and where it stays shut."""

from __future__ import annotations

import importlib
import re as stdre

import pytest

from cancerprep.stages.deid.recognizers import initials_positions as ip
from cancerprep.stages.deid.recognizers.base import Anchored, Folded

TEXTS = [
    "Sig key: AB = Ann Berg; CD - Carl Dunn\nMeds given per MAR.",
    "AB = Ann Berg\nCD - Carl Dunn, RN\n  EF: Eva Fox Lund, LPN\n",
    "BP: 120/80  HR: 80\nRR: 18 | SpO2: 97%\nNo legend here.",
    "ab = ann berg\nHx: DM II; HTN - stable",
    "Heparin checked AB @ 0800, given by: CD\nwasted: EF\ndocumented GH.\n",
    "given NPH 10 units, placed TLC; started TNG at 1400\nreviewed CT with team",
    "PA submitted via portal AB; scanned to chart, CD\nprescriber contacted -EF\nqty corrected to 60 - GH",
    "faxed to office\nno reply yet",
    "no answer, LM  AB\nleft VM - CD\nleft a message. EF\nLMOM AB\nvoicemail full",
    "ELM AB\nhelm - CD\nleft side pain - EF",
    "Café: ÉL = Élise Lund\nAB: given by CD",  # not ASCII: every rule searched whole
    "",
]


@pytest.mark.parametrize("rule", ["_ACT", "_CLAUSE_END", "_LEGEND", "_MESSAGE_LEFT"])
@pytest.mark.parametrize("text", TEXTS)
def test_rule_finds_what_its_bare_pattern_finds(rule: str, text: str) -> None:
    r = getattr(ip, rule)
    bare = r.pattern
    assert [m.span() for m in r.finditer(text)] == [m.span() for m in bare.finditer(text)]


def test_the_anchored_rules_have_no_separate_gate() -> None:
    assert all(isinstance(getattr(ip, n), Anchored) for n in ("_ACT", "_CLAUSE_END", "_LEGEND"))


def test_legend_anchor_opens_only_where_an_entry_can_start() -> None:
    assert [a.start() for a in ip._LEGEND.anchor.finditer("sig key: ab = ann berg\nbp: 120")] == [7, 23]
    assert not list(ip._LEGEND.anchor.finditer("the patient is well; no key"))
    assert list(ip._LEGEND.finditer("Sig key: AB = Ann Berg"))
    assert not list(ip._LEGEND.finditer("the ab = ann berg"))


def test_message_gate_shut_without_a_message_word_and_open_with_one() -> None:
    gate = ip._MESSAGE_LEFT.gate
    assert gate.absent("vm full, msg ok\nmessage: see AB")  # no "lm..." or "left ..." before the initials
    assert not gate.absent("left VM - CD")
    assert not gate.absent("no answer, LM  AB")
    assert [m.group(1) for m in ip._MESSAGE_LEFT.finditer("no answer, LM  AB\nleft VM - CD")] == ["AB", "CD"]


def test_spans_on_a_signing_log() -> None:
    text = "Sig key: AB = Ann Berg\nHeparin checked AB @ 0800\nrefill faxed, CD\nleft VM - EF\n"
    starts = {text[a:b] for a, b, _e, _s in ip.positions_spans(text)}
    assert {"AB", "CD", "EF"} <= starts


# Gates rewritten to open with a character or class (a search skips to it) instead of a repeat, an alternation or a
# line start: the new gate must open wherever the old one did (and, where written as the same strings, only there).
GATE_TEXTS = [
    "Sponges    10    10    AB/CD\nNeedles\t3\t3\tEF",
    "Sponges 10 10 AB\ncount correct  ab  \n",
    "Pt: I, Ann Lee, consent to the procedure.\nNotes. I , Bo Li, agree",
    "II, III, and IV\nhi, there; pi, rho",
    "AB (RN), CD (CRNA) in room\n(md) aware; X(rn)",
    "Lot 1234-56-789012 given\nDIN 1234 56 789012 and 1234/56/789012",
    "1234-56-78901 short\nno digits here",
    "",
]
OLD_GATES = {
    ("periop_forms", "_GAP_CELL"): (r"(?:[ \t]{2,}|\t)[a-z]{2,3}(?:[ \t]*/[ \t]*[a-z]{2,3})?[ \t]*$", True),
    ("chart_tables", "_DIN"): (r"\d{4}[ \t./-]{1,3}\d\d[ \t./-]{1,3}\d{6}", True),
    ("handoff_forms", "_I_NAME"): (r"(?m)(?:^|[.:;][ \t])[ \t]*i[ \t]*,", False),
}


def _gate_open(gate: object, text: str) -> bool:
    if isinstance(gate, Folded):
        return not gate.absent(text)
    return gate.search(text) is not None


@pytest.mark.parametrize("where", sorted(OLD_GATES))
@pytest.mark.parametrize("text", GATE_TEXTS)
def test_rewritten_gate_opens_where_the_old_did(where: tuple[str, str], text: str) -> None:
    module, rule = where
    r = getattr(importlib.import_module(f"cancerprep.stages.deid.recognizers.{module}"), rule)
    old, same = OLD_GATES[where]
    folded = isinstance(r.gate, Folded)
    probe = text.lower() if folded else text
    was = stdre.search(old, probe, stdre.M) is not None
    now = _gate_open(r.gate, text)
    assert now == was if same else (now or not was)
    assert [m.span() for m in r.finditer(text)] == [m.span() for m in r.pattern.finditer(text)]


def test_initials_role_gate_holds_what_every_match_holds() -> None:
    from cancerprep.stages.deid.recognizers import periop_forms as po
    for text in GATE_TEXTS:
        assert [m.span() for m in po._INITIALS_ROLE.finditer(text)] == [
            m.span() for m in po._INITIALS_ROLE.pattern.finditer(text)]
    assert po._INITIALS_ROLE.gate.absent("AB RN, CD CRNA")
    assert [m.group(1) for m in po._INITIALS_ROLE.finditer("AB (RN), CD (CRNA)")] == ["AB", "CD"]


def test_gap_cell_gate_needs_the_second_space_or_a_tab() -> None:
    from cancerprep.stages.deid.recognizers import periop_forms as po
    assert po._GAP_CELL.gate.absent("Sponges 10 10 AB")
    assert not po._GAP_CELL.gate.absent("Sponges 10 10  AB")
    assert not po._GAP_CELL.gate.absent("Sponges\tAB")


def test_i_name_gate_shut_inside_a_word() -> None:
    from cancerprep.stages.deid.recognizers import handoff_forms as ho
    assert ho._I_NAME.gate.absent("hi, there; pi, rho; DM II, HTN")
    assert not ho._I_NAME.gate.absent("I, Ann Lee, consent")
