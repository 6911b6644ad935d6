"""deidfix65 (issue 13): initials that spell a word or a listed abbreviation borrow the evidence of their slot's
other group. A signer's slot repeated on its line ("given X / witnessed Y", "RN X / CNA Y", "0000 X 0200 Y",
"completed X, reviewed Y") or a pair after one signing cue ("verify - X, Y", "by X to Y") whose other group passes
the vocabulary makes the refused group initials; a line opening with a signing act closes with its signers after a
colon; a dose's status in an hour's cell ("1300 NPO") is never weighed as a mark. Lines written for the test (none
taken from a benchmark form); each shape has look-alikes that must stay unflagged."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers.initials_learned import learned_spans
from cancerprep.stages.deid.recognizers.initials_positions import positions_spans, sibling_spans
from tests.stages.deid.spans import in_note


def _found(line: str, spans=positions_spans) -> set[str]:
    text = in_note(line)
    return {text[a:b] for a, b, _, _ in spans(text)}


@pytest.mark.parametrize(("line", "lent"), [
    ("Insulin 4 units SQ 1200 - given AN / witnessed QZ", "AN"),          # a stop word in capitals
    ("INSULIN 4 UNITS SQ 1200 - GIVEN CEL / WITNESSED QZ", "CEL"),       # a known word, line without case
    ("Whiteboard: RN AS / CNA QZ", "AS"),                                # a stop word in capitals, line with case
    ("Restraint checks: 0000 TD  0200 TD  0400 QZ", "TD"),               # a route, in a time series
    ("pca changed, 2 rn verify - TD, QZ", "TD"),                         # a pair after a signing cue
    ("Specimen handed off by CT to QZ @ 1032", "CT"),                    # "by X to Y"
    ("CODE: EPI 1 MG 04:14 QZ, 04:17 QZ, AMIO 300 MG 04:18 NS", "NS"),   # a fluid's letters after a time
])
def test_refused_group_borrows_its_slots_evidence(line: str, lent: str) -> None:
    assert lent in _found(line, sibling_spans)
    assert lent in _found(line)


@pytest.mark.parametrize("line", [
    "metoprolol 25 mg PO given PO / held NPO",       # no group of the slot passes the vocabulary
    "Transferred from OSH to MICU",                  # no signing cue
    "continue home meds - ASA, BB",                  # a list after no signing cue
    "checked BG, given SSI per protocol",            # an abbreviation after an act is its object
    "Verified by RN and MD at bedside",              # credentials never
    "Whiteboard: RN as / CNA QZ",                    # a stop word in small letters
    "WHITEBOARD: RN ERA / CNA QZ",                   # an everyday word where the line has no case
    "given MG / witnessed QZ",                       # a unit after a giving act
    "Hour    Route   Hour    Init\n0900    TD      1300    QZ",  # a column of codes (its header)
])
def test_look_alikes_lend_nothing(line: str) -> None:
    refused = {"PO", "NPO", "OSH", "MICU", "ASA", "SSI", "RN", "MD", "as", "ERA", "MG", "TD"}
    assert not (_found(line, sibling_spans) & refused)


@pytest.mark.parametrize(("line", "signers"), [
    ("Witnessed waste of fentanyl 50 mcg: QZ, WKT", {"QZ", "WKT"}),
    ("Verified heparin rate change: QZ/ZK", {"QZ", "ZK"}),
])
def test_signing_line_closes_with_its_signers(line: str, signers: set[str]) -> None:
    assert signers <= _found(line)


def test_signing_line_names_what_was_checked() -> None:
    assert not ({"BP", "HR"} & _found("Checked vitals: BP, HR"))


def test_dose_status_in_an_hours_cell_is_not_a_mark() -> None:
    text = in_note("metoprolol 25 mg\tPO\t0900 held\t1300 NPO\t1700 held")
    assert "NPO" not in {text[a:b] for a, b, _, _ in learned_spans(text)}


def test_a_key_vouches_for_initials_that_spell_a_word() -> None:
    # the key's letters are its name's initials: taken whatever a vocabulary reads, and where the note writes them as
    # a mark; not where a number makes them a time of day
    text = in_note("Sig key: PM = Pat Moore, RN\nmetoprolol 25 mg PO given - PM\nseen at 9 PM by team")
    found = sorted({a for a, b, _, _ in positions_spans(text) if text[a:b] == "PM"})
    marks = [m for m in range(len(text)) if text.startswith("PM", m) and (m == 0 or not text[m - 1].isalnum())]
    assert found == [m for m in marks if text[m - 2:m] != "9 "]
    assert len(found) == 2


@pytest.mark.parametrize("key", ["RR = Respiratory Rate", "HR - Heart Rate", "PT = Physical Therapy"])
def test_a_glossary_vouches_for_nothing(key: str) -> None:
    text = in_note(f"{key}\n0800 metoprolol given - {key[:2]}")
    assert not {text[a:b] for a, b, _, _ in positions_spans(text)}


def test_a_family_of_staff_roles_vouches_as_a_signed_position() -> None:
    # the plain group is itself a listed abbreviation ("CL"): after staff roles it still vouches for its sibling
    assert {"AN", "CL"} <= _found("Assignment board: LPN AN / tech CL", sibling_spans)
    # after times or signing words it does not ("0800 BP  0900 HR" is a vitals log)
    assert not _found("Vitals 0800 BP  0900 HR", sibling_spans)
