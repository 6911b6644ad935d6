"""perf30's layers (issue 18): the one preamble of the place-tried rules and folded gates (`base.Placed`,
`Folded._absent_low`), gates opening on a blank and a word asked where the word's first run stands whole
(`base.BlankRunGate`: six address rules), the dates' event-year rule tried at its event words (`WordAnchored`) and
three date gates searched as `RegexFolded` / `ReversedFolded`, the ids' strong-label rule tried at the shared label
starts, and `Lined` anchors shared by rules with the same anchor (dictation's reference lines). Each must find exactly
what the plain rule (or the old layer) finds: on written examples with the gate open and shut, on real notes and their
upper-, lower-cased and flattened rewrites; a note with non-ASCII characters is never gated."""

from __future__ import annotations

import re as stdre

import pytest
import regex as re

from cancerprep.stages.deid.recognizers import address as A
from cancerprep.stages.deid.recognizers import base
from cancerprep.stages.deid.recognizers import dates as D
from cancerprep.stages.deid.recognizers import dictation as DI
from cancerprep.stages.deid.recognizers import ids as ID
from cancerprep.stages.deid.recognizers.base import (
    Anchored,
    BlankRunGate,
    CasedLined,
    Folded,
    Gated,
    Lined,
    LinedAtStart,
    RegexFolded,
    ReversedFolded,
    WordAnchored,
    ascii_twin,
)
from tests.stages.deid.rewrites import found, gate_texts, plain, rewrites, same_matches

ADDRESS_EXAMPLES = [
    ("seen at Liles Dermatology, then Smart Family Medicine", "seen at Liles Dermatologyx, then Smart Familymed"),
    ("to Statesboro Health | fax", "to Statesboro Healthy | fax"),
    ("in the Riverbend ED; called Summit ICU", "in the Riverbend EDs; called Summit ICUs"),
    ("lives on Maple Row, found off Church St", "lives on Maple Rows, found off Church Sty"),
    ("onto tamarack crossing; along elm way", "onto tamarack crossings; along elm ways"),
    ("under the Elm Ave bridge near the Oak St exit", "under the Elm Ave bridges near the Oak St exits"),
    ("a lifelong Dayton resident, a former Akron police officer", "a lifelong Dayton residential, a policed"),
]
DATE_EXAMPLES = [
    ("MI 92, CABG x3 '92, cabgx3 94, CABG x 3 95, redo 84", "MIs 92, CABGs 94, cabgy3 94, redone 84"),
    ("dx'd 98; DX 2001; since 07; CVA in 94 and 00", "dxd 98; DXs 2001; sinced 07; CVAs in 94"),
    ("seen on 7-8, since 10-2; 7/22/92, 3-24-17", "seen on7-8, sinc 10-2; 7/22, 3-24"),
]
ID_EXAMPLES = [("MRN: 12345678; Acct # 9876543", "MRNs none; Acct none"),
               ("Plan: 1. aspirin; ID 4471A9", "Plan: aspirin; ID none")]


def _blank_run_rules() -> list:
    return [r for r, *_ in A.address_recognizer().rules if isinstance(r, Gated) and isinstance(r.gate, BlankRunGate)]


# --- the shared preamble ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("rule", [
    Anchored(r"see\b", re.compile(r"(?i)\bsee (\w+)")),
    Lined(r"see\b", re.compile(r"(?i)\bsee (\w+)")),
    LinedAtStart(r"see\b", re.compile(r"(?im)^see (\w+)")),
    WordAnchored(("see",), re.compile(r"(?i)\bsee (\w+)")),
    WordAnchored(("see",), stdre.compile(r"(?i)\bsee (\w+)")),
    CasedLined(stdre.compile(r"See"), re.compile(r"\bSee (\w+)")),
])
def test_every_placed_rule_reads_as_its_bare_pattern(rule: object) -> None:
    bare = plain(rule)
    for text in ("See Ann\nsee Bob", "nothing here", "Café: see Ann, SEE Bob", "see\nSee Ann", ""):
        expected = ([(m.span(), m.groups()) for m in bare.finditer(text)] if isinstance(bare, stdre.Pattern)
                    else found(bare, text))
        assert found(rule, text) == expected, text
    assert found(rule, "Café:\nSee Ann") != []  # a note with non-ASCII characters is searched whole


def test_a_placed_rule_without_its_literals_scans_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    rule = Anchored(r"zzyzx road", re.compile(r"(?i)zzyzx road"))
    monkeypatch.setattr(rule, "_placed", lambda *a: pytest.fail("scanned a note without the literals"))
    assert list(rule.finditer("a note with no such words")) == []


@pytest.mark.parametrize("gate", [Folded(r"\d([-/.])\d\d?\1\d"), RegexFolded(r"\d([-/.])\d\d?\1\d"),
                                  ReversedFolded(r"(?:on|since)[ \t]+\d\d?-\d")])
def test_folded_gates_answer_through_the_shared_preamble(gate: Folded) -> None:
    bare = stdre.compile(gate.source, stdre.I)
    for text in ("seen 7-22-92", "since 7-8", "SINCE 10-2", "nothing", "café 7-22-92", "on 7-8 and 7/22/92"):
        for pos in (0, 3):
            expected = text.isascii() and bare.search(text, pos) is None
            assert gate.absent(text, pos) is expected, (text, pos)


# --- blank-run gates -------------------------------------------------------------------------------------------------

def test_leading_runs_are_read_from_the_gate() -> None:
    assert BlankRunGate(r"[ \t](?:ed|er|e\.d\.|icu|transfer[ \t]+center)\b").words == {
        "ed", "er", "e", "icu", "transfer"}
    assert BlankRunGate(r"[ \t](?:ob/?gyn|pulm(?:[ \t]*&[ \t]*sleep)?)", closed_by_rule=True).words == {
        "ob", "obgyn", "pulm"}
    with pytest.raises(ValueError):  # "[ \t]health" holds in "healthy": the rule must close the word
        BlankRunGate(r"[ \t](?:health|eye)")
    with pytest.raises(ValueError):  # a class holding word characters: the run cannot be read
        BlankRunGate(r"[ \t](?:x[ \t]*\d)\b")
    with pytest.raises(ValueError):
        BlankRunGate(r"(?:ed|er)\b")  # not opening on a blank


def test_a_blank_run_gate_closed_within_itself_answers_as_its_folded_gate(real_notes: tuple[str, ...]) -> None:
    source = r"[ \t](?:crossing|xing|run|row|loop|trl|ct|st|dr|pl)\b"
    new, old = BlankRunGate(source), Folded(source)
    texts = gate_texts(real_notes, ADDRESS_EXAMPLES)
    assert all(new.absent(t) is old.absent(t) for t in texts)
    assert sum(not new.absent(t) for t in texts) > 100
    assert not new.absent("lives on Maple Row") and new.absent("lives on Maple Rows") and not new.absent("x\tst")
    assert not new.absent("x\tSt.") and new.absent("st here")  # (no blank before the line's first word)


def test_address_blank_run_rules_keep_every_match(real_notes: tuple[str, ...]) -> None:
    rules = _blank_run_rules()
    assert len(rules) == 6
    texts = gate_texts(real_notes, ADDRESS_EXAMPLES)
    hits = 0
    for rule in rules:
        hits += same_matches(rule, texts)
        twin = ascii_twin(rule)
        assert isinstance(twin.gate, BlankRunGate) and all(found(twin, t) == found(rule, t) for t in texts[:300:7])
    assert hits > 20


def test_blank_run_gates_shut_on_words_inside_longer_runs() -> None:
    practice = next(r for r in _blank_run_rules() if "dermatology" in r.gate.words)
    assert not practice.gate.absent("seen at Liles Dermatology, then home")
    assert practice.gate.absent("seen at Liles Dermatologyx, Smart Healthy")  # the rule needs `\b` after either
    assert found(plain(practice), "seen at Liles Dermatologyx, Smart Healthy") == []


# --- dates -----------------------------------------------------------------------------------------------------------

def _date_rule(test) -> list:
    return [r for r, *_ in D.date_recognizer().rules if test(r)]


def test_the_event_year_rule_keeps_every_match(real_notes: tuple[str, ...]) -> None:
    rule = _date_rule(lambda r: isinstance(r, WordAnchored))
    assert len(rule) == 1
    rule = rule[0]
    texts = gate_texts(real_notes, DATE_EXAMPLES)
    hits = same_matches(rule, texts)
    assert hits > 100
    text = "MI 92, CABG x3 '92, cabgx3 94, CABGX 3 95, CABG X 3 96, redo 84, dx'd 98, CVA in 94"
    assert [g[0] for _, g in found(rule, text)] == ["92", "94", "95", "96", "84", "98", "94"]


def test_the_date_gates_searched_another_way_keep_every_match(real_notes: tuple[str, ...]) -> None:
    rules = _date_rule(lambda r: isinstance(r, Gated) and isinstance(r.gate, RegexFolded | ReversedFolded))
    assert len(rules) == 3
    texts = gate_texts(real_notes, DATE_EXAMPLES)
    for rule in rules:
        old = Gated(Folded(rule.gate.source), rule.pattern)
        assert all(found(rule, t) == found(old, t) == found(plain(rule), t) for t in texts)


# --- ids and shared line anchors -------------------------------------------------------------------------------------

def test_the_strong_label_rule_tried_at_label_starts_keeps_every_match(real_notes: tuple[str, ...]) -> None:
    rule = next(r for r, *_ in ID.id_recognizer().rules
                if isinstance(r, Gated) and isinstance(r.pattern, ID._AnchoredAtLabels))
    old = Anchored(rule.pattern.source, rule.pattern.pattern)
    texts = gate_texts(real_notes, ID_EXAMPLES)
    hits = 0
    for t in texts:
        got = found(rule.pattern, t)
        assert got == found(old, t) == found(plain(rule), t)
        hits += len(got)
    assert hits > 10
    twin = ascii_twin(rule)
    assert isinstance(twin.pattern, ID._AnchoredAtLabels) and twin.pattern.pattern.flags & re.ASCII


def test_lined_rules_sharing_an_anchor_find_what_each_finds_alone(real_notes: tuple[str, ...]) -> None:
    shared = [r for r, *_ in DI.dictation_recognizer().rules if isinstance(r, Lined) and r.source == DI._MARK_ANCHOR]
    assert len(shared) == 2
    texts = gate_texts(real_notes, [("D: 01/02/20 T: 01/03/20 JS/kw", "in 3 months. JS/mk"), ("SC/lm/70710", "x-ray")])
    for t in texts:
        together = [found(r, t) for r in shared]
        base._ANCHORED_LINES.clear()
        alone = []
        for r in shared:
            alone.append(found(r, t))
            base._ANCHORED_LINES.clear()
        assert together == alone == [found(plain(r), t) for r in shared]


def test_the_road_rules_ask_their_given_literals_first(real_notes: tuple[str, ...]) -> None:
    rules = [r for r, *_ in A.address_recognizer().rules
             if isinstance(r, Anchored | Lined) and r.literals in (A._ROAD_LITERALS, A._DIRECTION_LITERALS)]
    assert len(rules) == 2
    texts = gate_texts(real_notes, [("took Route 9 to Granger Drive; on I-95", "took Rout 9 to Granger Drive"),
                                ("DIRECTIONS TO HOME: LANTERN PLACE PAST THE CHURCH", "near exit 4 onto Elm St")])
    hits = 0
    for rule in rules:
        bare = type(rule)(rule.source, rule.pattern)  # (its literals read from the anchor: none)
        for t in texts:
            got = found(rule, t)
            assert got == found(bare, t) == found(plain(rule), t)
            hits += len(got)
            low = t.lower()
            if t.isascii() and stdre.search(rule.source, low):  # every anchor match holds one of the literals
                assert any(s in low for s in rule.literals)
        assert ascii_twin(rule).literals == rule.literals
    assert hits > 2


@pytest.mark.parametrize("gate", [base.CharRun("0123456789", 5), base.CharRun("0123456789", 5, lead=" \t"),
                                  base.CharRun("abcdefghijklmnopqrstuvwxyz0123456789", 17)])
def test_a_char_run_gate_answers_as_its_folded_source(gate: base.CharRun, real_notes: tuple[str, ...]) -> None:
    old = Folded(gate.source)
    texts = ["zip 12345", "zip\t12345", "1234 5", "x12345", "café 12345", "", "a1b2c3d4e5f6g7h8i9j",
             *rewrites(real_notes)[::3]]
    assert all(gate.absent(t, pos) is old.absent(t, pos) for t in texts for pos in (0, 4))
    assert sum(not gate.absent(t) for t in texts) > 10
    with pytest.raises(ValueError):
        base.CharRun("0123456789", 5, lead="0 ")


def test_the_zip_rules_behind_char_runs_keep_every_match(real_notes: tuple[str, ...]) -> None:
    rules = [r for r, *_ in A.address_recognizer().rules if isinstance(r, Gated) and isinstance(r.gate, base.CharRun)]
    assert len(rules) == 4
    texts = gate_texts(real_notes, [("Ashland, MI 49801; zip 07323", "Ashland MI 4980; zip 0732"),
                                ("lives in the 07323 zip code", "postal code: 68851-1234")])
    hits = sum(same_matches(rule, texts) for rule in rules)
    assert hits > 5
