"""perf25: initials positions' rules tried only at tighter anchors or behind a cheaper gate find what their bare
patterns find (same spans, same order), on constructed texts where the anchor or gate opens and where it stays shut."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers import initials_positions as ip
from cancerprep.stages.deid.recognizers.base import Anchored

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
