"""Names whose given name and surname are both everyday words ("Mark Young", "Mary White", "Michael Rivers"): the
most frequent US names are among them, so a note writes them often. In a note with case, a frequent census given
name and a census surname written Title-case side by side are a person (`NameRecognizer._frequent_given_and_surname`),
and a name another rule found by its given name runs on over the surname written after it
(`backstop.surname_after_given`); Title-case clinical phrases of the same shape (headings, eponyms, organisations)
stay."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.engine import Deidentifier
from cancerprep.stages.deid.recognizers.backstop import surname_after_given
from cancerprep.stages.deid.recognizers.names import NameRecognizer
from tests.stages.deid.spans import covered

PAIRS = [("Mark", "Young"), ("Mary", "White"), ("James", "King"), ("Michael", "Rivers"), ("Linda", "Hill"),
         ("Robert", "Fox"), ("Susan", "Price"), ("David", "Long"), ("Patricia", "Wood"), ("Joseph", "Black"),
         ("Rose", "Green"), ("John", "Brown")]
FRAMES = ["Patient {F} {L} was seen today for follow-up of her anemia.",
          "I spoke with {F} {L} about the scan results this afternoon.",
          "{F} {L} is a 58-year-old with stage II breast cancer.",
          "Results were discussed with {F} {L} and the family at bedside.",
          "Chemotherapy consent signed by {F} {L} after questions were answered."]

# Title-case clinical phrases shaped like a given name and a word: headings, eponyms, places, drugs, stains.
LOOKALIKES = ["Will Call: prescriptions ready at the outpatient pharmacy.",
              "Mark Site prior to surgery per protocol.",
              "Art Line placed in the left radial artery.",
              "Rose Bengal staining of the cornea was negative.",
              "History of Hunter Syndrome in a sibling.",
              "Bell Palsy on the right, improving.",
              "Hodgkin Lymphoma, stage IIA, treated in 2015.",
              "Gene Expression Profile sent to the lab.",
              "Pap Smear was normal.",
              "Christmas Day admission for chest pain.",
              "Dawn Simulator recommended for sleep."]


@pytest.mark.parametrize("frame", FRAMES)
def test_everyday_word_pairs_are_found_whole_in_every_frame(engine: Deidentifier, frame: str) -> None:
    missed = []
    for first, last in PAIRS:
        text = frame.format(F=first, L=last)
        if not (covered(engine, text, first) and covered(engine, text, f"{first} {last}")):
            missed.append(f"{first} {last}")
    assert not missed, missed


def test_surname_joins_a_given_name_another_rule_found(engine: Deidentifier) -> None:
    """The backstop takes a sentence subject's given name; the surname beside it (a clinical abbreviation as
    a word, "Doe"; a given name too rare for the pair rule, "Hunter") goes with it."""
    for text, name in (("Patient John Doe, MRN 4417762, was seen today.", "John Doe"),
                       ("Patient Hunter Brown was seen today.", "Hunter Brown"),
                       ("SPOKE WITH WIFE MARY BROWN, WHO AGREES WITH THE PLAN.", "MARY BROWN")):
        assert covered(engine, text, name), text


def test_surname_extension_needs_case_or_a_closing(engine: Deidentifier) -> None:
    """Only a Title-case surname after a Title-case given name, or in capitals one the name visibly ends with."""
    text = "Daughter Mary brown stool noted."
    start = text.index("Mary")
    assert surname_after_given(text, start, start + 4) == start + 4
    text = "PT SEEN WITH MARY LONG DISCUSSION HELD"
    start = text.index("MARY")
    assert surname_after_given(text, start, start + 4) == start + 4
    text = "PT SEEN WITH MARY LONG, DISCUSSION HELD"
    assert surname_after_given(text, start, start + 4) == start + 9
    text = "Seen with Mary Young today."
    start = text.index("Mary")
    assert surname_after_given(text, start, start + 4) == start + 10


@pytest.mark.parametrize("text", LOOKALIKES)
def test_title_case_clinical_phrases_stay(engine: Deidentifier, text: str) -> None:
    words = text.split()
    assert not covered(engine, text, f"{words[0]} {words[1]}".rstrip(":,."))


@pytest.mark.parametrize("text", [
    "Referred to the Grant Park Medical Center for imaging.",  # a capitalised run: an organisation
    "Seen at Mark Young Memorial Clinic yesterday.",
    "She walks daily near Grant Park with her dog.",  # after a place preposition: a place
    "Moved from Rose Hill to be closer to family.",  # a US city's name
    "Discharge teaching reviewed.\nPat Dry: after bathing, apply the cream.",  # a heading opening its line
    "MARK YOUNG WAS SEEN TODAY FOR FOLLOW UP OF HIS ANEMIA.",  # no case: the pair rule needs capitals
    "the patient and rose green discussed the plan.",
    "Mallory Weiss tear suspected after retching.",  # an eponym that clinical shorthand lists
])
def test_pair_rule_refuses_runs_headings_and_caseless_text(names: NameRecognizer, text: str) -> None:
    assert not [r for r in names.analyze(text, ["NAME"]) if r.recognition_metadata["rule"] == "given_surname"]


@pytest.mark.parametrize("text,name", [("Ms. Brown's ANC today is 1.2.", "Brown"),
                                       ("Ms Young's labs were reviewed with her.", "Young"),
                                       ("Ms. Green called about her refill.", "Green")])
def test_ms_in_a_note_with_case_is_a_strong_title(names: NameRecognizer, text: str, name: str) -> None:
    """"Ms" written so is the courtesy title: an everyday-word surname after it is a name, as after "Mrs"."""
    at = text.index(name)
    assert any(r.start <= at and at + len(name) <= r.end for r in names.analyze(text, ["NAME"]))


@pytest.mark.parametrize("text", ["MS: alert and oriented x3.", "h/o MS, on interferon. Pain controlled.",
                                  "ms changes noted overnight."])
def test_ms_in_capitals_or_lower_case_stays_weak(names: NameRecognizer, text: str) -> None:
    """Mental status and multiple sclerosis are written "MS"/"ms": only a name-like word makes them a title."""
    assert not [r for r in names.analyze(text, ["NAME"]) if r.recognition_metadata["rule"] == "title"]


def test_a_possessive_closes_a_titled_name(names: NameRecognizer) -> None:
    """"Mrs. Brown's ANC": the name is Brown's; the lab after the possessive is no part of it."""
    text = "Mrs. Brown's ANC today is 1.2."
    spans = [text[r.start:r.end] for r in names.analyze(text, ["NAME"])]
    assert "Brown's" in spans and not any("ANC" in s for s in spans)
