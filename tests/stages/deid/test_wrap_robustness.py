"""Hard-wrapped notes (`tokens.wrap_breaks` / `unwrap`): the breaks a wrap made inside sentences are read as spaces,
the note's own line structure is kept."""

from __future__ import annotations

import textwrap

from cancerprep.stages.deid.recognizers.tokens import as_read, unwrap, wrap_breaks

PROSE = ("Pt transfered to unit for further management overnight and Pt rec'd PA cath to RIJ, started on "
         "Milrinone drip at 0.375 with good effect on the filling pressures while awaiting TEE in the morning "
         "and the family was updated at the bedside by the team about the plan of care for the night and the "
         "goals of care discussion planned with the attending surgeon in the morning after rounds are done")


def test_a_wrapped_paragraph_reads_as_one_line():
    wrapped = textwrap.fill(PROSE, 60)
    assert wrapped.count("\n") >= 5
    breaks = wrap_breaks(wrapped)
    assert breaks and all(wrapped[i] == "\n" for i in breaks)
    assert unwrap(wrapped) == PROSE  # same length: every offset holds


def test_notes_that_are_not_wrapped_keep_every_line_break():
    listing = ("Allergies: NKDA\nMedications:\n1. Lisinopril 10 mg daily\n2. Metformin 500 mg bid\n"
               "Plan: continue current regimen\nFollow up in 3 months\n")
    assert wrap_breaks(listing) == [] and unwrap(listing) == listing
    long_lines = PROSE + "\n" + PROSE + "\n" + PROSE + "\n" + PROSE  # lines far over any terminal width
    assert wrap_breaks(long_lines) == []


def test_as_read_gives_both_layouts_at_once():
    """`as_read`, what the engine hands every recognizer: CRLF line ends as LF and a wrap's breaks as spaces, same
    length. A wrapped Windows export is unwrapped too: its CRLF is one break, not a trailing space and a break."""
    wrapped = textwrap.fill(PROSE, 60)
    assert as_read(wrapped) == PROSE
    windows = wrapped.replace("\n", "\r\n")
    read = as_read(windows)
    assert len(read) == len(windows) and "\r" not in read and "\n" not in read and read.split() == PROSE.split()
    assert wrap_breaks(windows) == [i for i, ch in enumerate(windows) if ch == "\n"]
    assert as_read("Plan:\r\ncontinue\rnow") == "Plan: \ncontinue\nnow" and as_read(PROSE) == PROSE


def test_a_wrap_keeps_breaks_after_sentences_and_before_fields():
    text = textwrap.fill(PROSE, 60) + "\nPlan: continue milrinone overnight\n" \
        + textwrap.fill(PROSE, 60) + ".\nSocial: wife at the bedside"
    joined = unwrap(text)
    assert "\nPlan: continue" in joined and ".\nSocial:" in joined
    assert "rec'd PA cath" in joined.replace("\n", " ") and joined.count("\n") < text.count("\n")


def test_a_wrapped_note_finds_what_the_unwrapped_one_does(engine):
    """The credential at a wrapped line's end signs nobody ("rec'd PA\\ncath"), a name split by the wrap is one."""
    prose = ("The patient was seen by the transplant team today and the plan was discussed with her daughter "
             "Marisol Quintero who agrees with the current plan. Pt rec'd PA cath to RIJ, started on milrinone "
             "drip with good effect and the family was updated by Dr. Bartholomew Achebe at the bedside tonight "
             "and all questions were answered by the team with the daughter and son present for the discussion")
    wrapped = textwrap.fill(prose, 60)
    got = {wrapped[s.start:s.end].replace("\n", " ") for s in engine.analyze(wrapped)}
    want = {prose[s.start:s.end] for s in engine.analyze(prose)}
    assert got == want
    assert "rec'd" not in " ".join(got) and any("Achebe" in g for g in got)
