"""Training notes from real prose (`cancerprep.sample.frames`): exact spans, only notes the planted
benchmark does not use, grammatical substitutions, case kept, deterministic for a seed."""

import re

import pytest

from cancerprep.sample import frames, planted
from tests.paths import SHARED_DATA

SOURCE = SHARED_DATA / "mtsamples-dev" / "mtsamples_dev.csv"
ALL = {kind: 1.0 for kind in frames.FRAMES}  # every reference of every kind becomes a name

MALE = ("The patient was taken to the operating room. He tolerated the procedure well. "
        "Dr. X was present. His wife was at the bedside. I discussed the findings with the patient. "
        "He will follow up with his primary care physician in two weeks. He was admitted to the hospital for "
        "observation. The patient room was quiet.")
FEMALE = ("She came with her daughter to the clinic today. She reports that her mother had breast cancer. "
          "Patient: seen by Mrs. ABC. She has MR. She denies pain.")


@pytest.fixture(scope="module")
def sources() -> list[str]:
    return planted.load_sources(SOURCE)


@pytest.fixture(scope="module")
def used(sources) -> frozenset[int]:
    return planted.used_sources(sources)


@pytest.fixture(scope="module")
def notes(sources, used):
    return frames.generate(sources, 60, seed=3, exclude=used)


def _names(note) -> list[str]:
    return [note.text[a:b] for a, b, t, _ in note.spans if t == "NAME"]


def test_spans_are_exact_and_of_planted_kinds(notes):
    assert len(notes) == 60
    kinds = set()
    for n in notes:
        for a, b, etype, sub in n.spans:
            piece = n.text[a:b]
            assert piece and piece.strip() == piece
            kinds.add((etype, sub))
    assert kinds <= set(planted.KINDS)
    assert {("NAME", "PATIENT"), ("NAME", "DOCTOR"), ("NAME", "RELATIVE")} <= kinds
    assert sum(len(_names(n)) for n in notes) > 100


def test_only_notes_the_benchmark_does_not_use(sources, used, notes):
    assert len(used) == len(planted.generate(sources, patients=100, seed=13))
    picked = {int(n.note_id.removeprefix("frames-")) for n in notes}
    assert len(picked) == len(notes) and not picked & used
    # excluding all but a few notes leaves exactly those few
    keep = sorted(set(range(len(sources))) - used)[:5]
    few = frames.generate(sources, 50, seed=3, exclude=set(range(len(sources))) - set(keep))
    assert sorted(int(n.note_id.removeprefix("frames-")) for n in few) == keep


def test_deterministic_for_a_seed(sources, used, notes):
    assert frames.generate(sources, 60, seed=3, exclude=used) == notes
    other = frames.generate(sources, 60, seed=4, exclude=used)
    assert [n.text for n in other] != [n.text for n in notes]


def _one(text: str, seed: int = 0, **kw) -> planted.PlantedNote:
    return frames.generate([text], 1, seed=seed, shares=kw.pop("shares", ALL), **kw)[0]


@pytest.mark.parametrize("seed", range(12))
def test_substitutions_are_grammatical(seed):
    n = _one(MALE, seed)
    names = _names(n)
    assert len(names) >= 6
    name = r"(?:(?:Mr|Ms|Mrs|Dr)\.? )?[A-Za-z][A-Za-z.'-]*(?: [A-Za-z][A-Za-z.'-]*)*"
    # the sentence subject is the patient, the verb stays in place
    assert re.match(rf"{name} was taken to the operating room\. {name} tolerated the procedure well\.", n.text)
    assert "The patient was taken" not in n.text and "He tolerated" not in n.text
    # a titled placeholder gets a generated name, the title stays
    assert re.search(rf"Dr\. {name} was present\.", n.text) and "Dr. X " not in n.text
    # a relation keeps its word and gets the relative's name after it (bare, between commas, or in parentheses)
    assert re.search(rf"wife(?: {name}|, {name},| \({name}\)) was at the bedside\.", n.text)
    # an object: "with the patient." -> "with <name>."
    assert re.search(rf"the findings with {name}\.", n.text) and "with the patient" not in n.text
    # a role gets a clinician (bare, between commas, or in parentheses)
    clinician = rf"(?:Dr\.? )?{name}(?:, (?:MD|M\.D\.?|DO))?"
    assert re.search(rf"primary care physician(?: |, | \(){clinician}[),]? in two weeks\.", n.text)
    # "the hospital" after "admitted to" becomes the organisation
    assert "admitted to the hospital" not in n.text
    assert any(t == "LOCATION" and n.text[a:b] for a, b, t, _ in n.spans)
    # a noun use of "the patient" is left alone
    assert "The patient room was quiet." in n.text


@pytest.mark.parametrize("seed", range(8))
def test_pronouns_fit_and_labels_stay(seed):
    n = _one(FEMALE, seed)
    assert "her daughter" in n.text or "'s daughter" in n.text
    assert "Patient: seen by Mrs. " in n.text and "ABC" not in n.text  # a label is not a subject
    assert "She has MR." in n.text or re.search(r"\w has MR\.", n.text)  # "MR." in mixed case is no title
    assert len(_names(n)) >= 3


def test_shares_zero_leave_references_but_replace_titled_names():
    n = _one(MALE, shares={kind: 0.0 for kind in frames.FRAMES})
    assert n.text.startswith("The patient was taken") and "His wife was at the bedside." in n.text
    assert len(_names(n)) == 1 and "Dr. X " not in n.text  # a titled name is never left unlabelled


def test_frame_kinds_select_and_unknown_kind_is_an_error():
    n = _one(MALE, frames=("relation",))
    assert n.text.startswith("The patient was taken") and "His wife was at" not in n.text
    with pytest.raises(ValueError, match="unknown frame kinds"):
        _one(MALE, frames=("nonsense",))


def test_upper_case_note_gets_upper_case_names():
    n = _one(MALE.upper(), seed=1)
    assert n.text == n.text.upper()
    assert all(x == x.upper() for x in _names(n)) and len(_names(n)) >= 5
    assert "THE PATIENT WAS TAKEN" not in n.text


def test_template_lines_wrap_the_same_prose(sources, used, notes):
    wrapped = frames.generate(sources, 10, seed=3, exclude=used, template_lines=True)
    for plain, framed in zip(notes[:10], wrapped, strict=True):
        assert plain.text.strip() in framed.text  # the prose and its names are unchanged
        assert len(framed.spans) > len(plain.spans)
        for a, b, _, _ in framed.spans:
            assert framed.text[a:b] and framed.text[a:b].strip() == framed.text[a:b]
