"""perf32's cuts in the names backstop (issue 18): the backstop's position openers read a note's possessives from
where "'s" stands and its set look-ups as `map` (`position_openers`), the after-patient slot tried only where "pt" or
"patient" stands whole (`WordAnchored`), and the sorted-pair field tried at its line's start, marks and words
(`base.LinedOpeners`) instead of a start anchor scanned at every character. Each must find exactly what the old way
(the per-token test, the bare pattern) finds: on written examples with the places there and not, on real notes and
their upper-, lower-cased and flattened rewrites; a note with non-ASCII characters is searched whole."""

from __future__ import annotations

import pytest
import regex as re

from cancerprep.stages.deid.recognizers import backstop, tokens
from cancerprep.stages.deid.recognizers import person_frames as F
from cancerprep.stages.deid.recognizers import person_slots as S
from cancerprep.stages.deid.recognizers.base import LinedOpeners, WordAnchored
from tests.stages.deid.rewrites import found, gate_texts, plain

POSSESSIVE_TEXTS = [
    "Met Okafor's wife. ANN'S SON called; the pt's daughter' s car",
    "o'brien's mother and O'BRIEN'S sister; x 's y; 's at the start",
    "Lee’s wife and Lee's son", "Zoë's father and Ann's aunt", "ends in Ann's", "'s", "s's's", "it's Ann's",
    "the nurses' station; Jones' son; rn's note\nDr's. Lee's\n",
]
AFTER_PATIENT_EXAMPLES = [
    ("pt Hensley refused; PATIENT OKAFOR AGREES; Pt. Lee's bed", "opt Hensley; pt_Ann; 2pt Lee; patients Lee"),
    ("Patient Ann (daughter) here; pt: x; pt Lee-Ann walked", "inpatient Ann; ptx Lee; Patientx Okafor"),
]
SORTED_EXAMPLES = [
    ("Rx for Lee, Ann: 20 mg; released by lee, ann (pharm)", "Rx fore Lee, Ann: 20 mg; releasedby lee, ann pharm"),
    ('bag labeled "Lee, Ann" at bedside; labelled Lee/Ann.', 'bag labeledx "Lee Ann" at; labelledy Lee Ann'),
    ("Board - Lee, Ann  ASA 2\n- Lee, Ann at 03:42", "Board-Lee, Ann  ASA 2\nx- Lee, Ann, 42"),
    ("Lee, Ann M. (pt); named Lee/Ann; from Lee, Ann; re: Lee, Ann", "Leex, Ann Mx; namedx Lee; fromx Lee, Ann"),
    ("(Lee/Ann) in room; [Lee, Ann]; 'Lee, Ann'; with Lee, Ann.", "Lee Ann in room; Lee Ann; with Lee Ann"),
]


def test_the_openers_are_the_per_token_test_s_with_possessives(real_notes: tuple[str, ...]) -> None:
    texts = POSSESSIVE_TEXTS + [t.upper() for t in POSSESSIVE_TEXTS] + [t for t in real_notes if "'" in t][::4] \
        + [t.replace("'", "’") for t in real_notes[::13]]
    possessives = 0
    for text in texts:
        toks = tokens.tokenize(text)
        per_token = [i for i in range(1, len(toks)) if backstop.opens_position(toks, i, text)]
        assert backstop.position_openers(toks, text) == per_token
        possessives += sum(tokens.possessive(toks[i].low) for i in per_token)
    assert possessives > 100


def test_the_after_patient_slot_is_tried_at_its_words() -> None:
    assert isinstance(S._AFTER_PATIENT, WordAnchored) and S._AFTER_PATIENT.words == {"pt", "patient"}
    shown, shut = AFTER_PATIENT_EXAMPLES[0]
    assert [m.group(1) for m in S._AFTER_PATIENT.finditer(shown)] == ["Hensley", "OKAFOR", "Lee's"]
    assert list(S._AFTER_PATIENT.finditer(shut)) == []


def test_the_after_patient_slot_equals_its_bare_pattern(real_notes: tuple[str, ...]) -> None:
    texts = [*gate_texts(real_notes, AFTER_PATIENT_EXAMPLES), "Patient Zoë walked; pt Ødegård left", "pt Anné"]
    hits = 0
    for text in texts:
        kept = [(m.span(), m.groups()) for m in S._after_patient(text)]
        assert kept == [(m.span(), m.groups()) for m in plain(S._AFTER_PATIENT).finditer(text)]
        hits += len(kept)
    assert hits > 1000


def test_the_sorted_field_is_tried_at_its_openers() -> None:
    assert isinstance(F._SORTED_FIELD, LinedOpeners)
    text = "Board - Lee, Ann  ASA 2\n- Lee, Bo at 03:42\nfor Lee, Cy: x; then-Lee, Di:"
    assert [m.group(1, 3) for m in F._SORTED_FIELD.finditer(text)] == [
        ("Lee", "Ann"), ("Lee", "Cy"), ("then-Lee", "Di")] == [  # (no blank before the second line's dash)
        m.group(1, 3) for m in plain(F._SORTED_FIELD).finditer(text)]
    # from a place inside a line too, as the bare search reads it
    for pos in range(len(text)):
        assert [m.span() for m in F._SORTED_FIELD.finditer(text, pos)] == [
            m.span() for m in plain(F._SORTED_FIELD).finditer(text, pos)]


def test_the_sorted_field_equals_its_bare_pattern(real_notes: tuple[str, ...]) -> None:
    texts = [*gate_texts(real_notes, SORTED_EXAMPLES), "Rx for Lee, Zoë: ok\n- Ødegård, Ann at 3"]
    hits = 0
    for text in texts:
        kept = found(F._SORTED_FIELD, text)
        assert kept == found(plain(F._SORTED_FIELD), text)
        hits += len(kept)
    assert hits > 100


@pytest.mark.parametrize(("marks", "words", "before"), [(":", ("For",), ""), (":", ("re:",), ""), (":", (), "-")])
def test_lined_openers_refuse_what_they_cannot_place(marks: str, words: tuple[str, ...], before: str) -> None:
    with pytest.raises(ValueError):
        LinedOpeners(",", marks, words, re.compile(r"(?m)(?:^|:)x"), before=before)


MID_CAPITAL_EXAMPLES = [
    ("reminded Jean to call; spoke with  Ann\tLee, then Bo.", "reminded jean to call; spoke with ann lee"),
    ("McDonald Smith came; don't Ann; x.y Bo; then,Ann; so, Ann went", "MCDONALD SMITH CAME; DON'T ANN"),
    ("Seen. Ann said, Bo Lee's son and Cy", "seen ann said bo lees son and cy"),
]


def test_the_capital_mid_sentence_is_tried_where_a_match_opens(real_notes: tuple[str, ...]) -> None:
    texts = [*gate_texts(real_notes, MID_CAPITAL_EXAMPLES), *[t.replace(". ", ", ") for t in real_notes[::9]]]
    hits = 0
    for text in texts:
        kept = [(m.span(), m.groups()) for m in S._mid_capitals(text)]
        bare = [(m.span(), m.groups()) for a, b in (S._cased_lines(text) if text.isascii() else [(0, len(text))])
                for m in S._MID_CAPITAL.finditer(text, a, b)]
        assert kept == bare
        hits += len(kept)
    assert hits > 1000
