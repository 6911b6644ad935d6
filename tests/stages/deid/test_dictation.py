"""Dictation marks and the note's sign-off have one owner (`recognizers.dictation`): the reference-line grammar
finds marks in every position the trade writes them, and the other recognizers hold no mark rules of their own.
Lines written for the test, not taken from any dev note."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers import backstop, initials
from cancerprep.stages.deid.recognizers.dictation import dictation_recognizer, in_sign_off

DICTATION = dictation_recognizer()


def _found(text: str) -> set[str]:
    return {text[r.start:r.end] for r in DICTATION.analyze(text, [])}


@pytest.mark.parametrize(("text", "mark"), [
    ("Stable condition.\n\nRB/ms\n", "RB/ms"),                       # the case convention alone on a line
    ("Stable condition.\n\nMG/sa\n", "MG/sa"),                       # author initials that are an abbreviation
    ("Stable condition.\n\nIS/jr\n", "IS/jr"),                       # ... or a stop word
    ("stable condition.\n\nph/dv\nd: 3/4  t: 3/5\n", "ph/dv"),       # a lower-case note
    ("Stable.\nD: 2/13  T: 2/14\nMG/VS\n", "MG/VS"),                 # abbreviations, beside the stamps
    ("unremarkable.\n\nks/rh\nspoke with the daughter.\n", "ks/rh"),  # among the last lines
    ("Follow up as scheduled.\nGAD/LQ\nContinue current medicines. Call with any questions today.\n" * 2, "GAD/LQ"),
    ("Seen in clinic.\nAC / pf\n", "AC / pf"),                       # spaces round the slash
    ("Taken to recovery.\nEL\\sw\n", "EL\\sw"),                      # a backslash
    ("Devoted to counseling.\n\nLV/SMH  D: 8/20\nSigned: Dr. Okafor\n", "LV/SMH"),   # a stamp without a year
    ("Stable.\n\nKC/mc  T: 1-Sep-2017\nTranscriptionist: ab\n", "KC/mc"),           # day-month-year stamp
    ("Stable.\n\nAU/kk  D: 17AUG2012\n", "AU/kk"),
    ("Discussed at length. Follow up in 3 months. JS/mk\n", "JS/mk"),               # after a sentence
    ("Plan as above.\nDICTATED BUT NOT READ. NWR/MR\n", "NWR/MR"),                 # after the sign-off phrase
    ("Plan as above.\nElectronically signed by: DP 6/6/2018 10:42\n", "DP"),       # a stamp after the value
    ("Plan as above.\nAttending initials: MS\n", "MS"),                             # the label says: initials
])
def test_marks_in_every_position(text: str, mark: str) -> None:
    assert mark in _found(text)


@pytest.mark.parametrize("text", [
    "Plan:\nPT/OT\nContinue meds. Family in later today.\nWill follow.\n",
    "Seen.\nGI/GU\nFoley draining well. Follow up.\nmore notes.\nmore.\n",
    "CV:rrr\nLungs clear bilaterally. Abdomen soft and nontender. Plan to continue diuresis today.\n",
    "Labs:\nPT-INR\nStable today. Recheck in the morning as planned.\nMore to follow later.\n",
])
def test_clinical_pairs_are_no_marks(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize("text", ["Signed DNR today.", "Dictated by: Dr. Lee", "Reviewed by: MD 6/6/2018",
                                  "DICTATED BUT NOT READ. PT/OT\nContinue therapy. Will follow up next week.\n"])
def test_sign_off_words_that_are_no_initials(text: str) -> None:
    assert _found(text) == set()


def test_a_label_and_its_value_is_no_mark() -> None:
    assert _found("Ejection fraction 60%.\nTR: ret\n") == {"ret"}  # the typist's initials, not "TR: ret"


def test_sign_off_position() -> None:
    note = "Exam as above. Plan to continue.\nFollow-up in clinic next week as planned.\n\nJS/mk\nD: 1/2/20\n"
    at = note.index("JS/mk")
    assert in_sign_off(note, at, at + 5)
    prose = "JS/mk\nThe patient tolerated the procedure well. She was taken to recovery.\nShe is stable now.\n" * 2
    assert not in_sign_off(prose, 0, 5)


def test_one_owner_of_marks_and_sign_off() -> None:
    for module in (backstop, initials):
        assert not hasattr(module, "_in_sign_off")
        assert not any(name in vars(module) for name in ("_MARK", "_DICTATION_MARK", "_INITIALS_LINE"))
