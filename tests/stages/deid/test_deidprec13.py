"""deidprec13 (issue 13: PhysioNet check precision; notes written in capitals). Without case the capital that vouched
for a lone census given name is gone: a term's word (a technical word beside it, a state's or city's whole name, a
rare given name everyday English writes often) is no name there; and the learned voter's place of several words on a
line without case needs a second opinion. Every example is invented."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers.names import NameRecognizer


def _first_names(text: str) -> list[str]:
    rec = NameRecognizer()
    rec.load()
    return [text[r.start:r.end] for r in rec.analyze(text, ["NAME"])
            if r.recognition_metadata["rule"] == "first_name"]


@pytest.mark.parametrize(("line", "word"), [
    ("HX OF POLYCYTHEMIA VERA, ON HYDREA.", "VERA"),        # a technical word before it
    ("XR: PATELLA ALTA ON THE LEFT.", "ALTA"),               # ... a census surname too, yet no given name
    ("CT SINUS: CONCHA BULLOSA NOTED.", "CONCHA"),          # a technical word after it
    ("PT WAS BORN IN NORTH CAROLINA.", "CAROLINA"),         # a state's whole name with the word before it
    ("ADMITTED WITH MIGRAINE WITH AURA.", "AURA"),           # a rare given name that English writes often
])
def test_a_caseless_term_word_is_no_name(line: str, word: str) -> None:
    text = f"NURSING NOTE 0700-1900\n{line}\nWILL CONTINUE TO MONITOR.\n"
    assert word not in _first_names(text)


@pytest.mark.parametrize(("line", "word"), [
    ("PER DOUGLASS WILL HOLD LASIX.", "DOUGLASS"),
    ("DAVID IS SPEAKING TO HIS WIFE.", "DAVID"),
    ("PHYSICAL THERAPIST RICO, WILL FOLLOW UP.", "RICO"),
])
def test_a_caseless_given_name_in_a_frame_stays(line: str, word: str) -> None:
    text = f"NURSING NOTE 0700-1900\n{line}\nWILL CONTINUE TO MONITOR.\n"
    assert word in _first_names(text)


def test_a_cased_line_is_not_asked() -> None:
    text = "Nursing note.\nSeen with Polycythemia Vera clinic staff; Vera called back.\n"
    assert "Vera" in _first_names(text)
