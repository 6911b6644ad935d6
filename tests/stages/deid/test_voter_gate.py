"""The voter gate (`voter_gate`, `DeidConfig.voter_gate`): which sentences the learned voter reads, and that its
entities come back at the note's own offsets."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid import voter_gate as gate
from cancerprep.stages.deid.engine import DeidConfig, Deidentifier

# Written for these tests: sentences of dictionary and medical words only, and one with an unlisted name.
PLAIN = "The patient was seen today. Lungs are clear to auscultation.\nAbdomen is soft and nontender."
NAMED = "Spoke with the patient's brother Anselm Quarrington about the plan."


def _open(text: str, cased: bool = True, numbers: bool = True) -> bool:
    return gate.unit_open(text, 0, len(text), cased, numbers)


def test_units_cover_the_text_and_split_at_sentences_and_lines():
    spans = gate.units(PLAIN)
    assert "".join(PLAIN[a:b] for a, b in spans) == PLAIN
    assert [PLAIN[a:b] for a, b in spans] == ["The patient was seen today. ", "Lungs are clear to auscultation.\n",
                                              "Abdomen is soft and nontender."]


@pytest.mark.parametrize("text", ["Seen by Dr. Quarrington.", "Signed L. Quarrington today.", "Per Mrs. Quarrington.",
                                  "Mrs. Quarrington came.", "J. Quarrington came."])
def test_no_unit_ends_after_a_title_or_an_initial(text):
    assert len(gate.units(text)) == 1
    assert len(gate.units(text.lower())) == 1  # in a note without case too


@pytest.mark.parametrize("text,cased,expected", [
    ("Lungs are clear to auscultation.", True, False),  # dictionary and medical words only
    ("BP stable, HR 88, afebrile.", True, False),  # shorthand and numbers under five digits
    (NAMED, True, True),  # an unlisted surname
    ("spoke with quarrington about the plan", False, True),  # caseless: an unknown word of four letters or more
    ("Transferred to Holy Cross for rehab.", True, True),  # known words capitalised mid-sentence
    ("Transferred to holy cross for rehab.", True, False),
    ("Seen by Zoë today.", True, True),  # a letter outside ASCII
    ("Follow up on 3/14/19.", True, True),  # a date
    ("Call 555-1234 if worse.", True, True),  # a phone's groups
    ("SS 406-05-3246 on file.", True, True),  # hyphened groups of five digits or more
    ("Seen again in May for review.", True, True),  # a month word
    ("Pain 4/10, BP 120/80.", True, False),  # scores and vitals: no date, ID or contact shape
    # occupations (the voter's PROFESSION in sentences of known words only)
    ("Works as a professor of history.", True, True),  # a word of work
    ("She is a retired librarian.", True, True),
    ("Former machinist, now on disability.", True, True),
    ("Occupation: teacher.", True, True),
    ("He is employed by the county.", True, True),
    ("She is a carpenter by trade.", True, True),
    ("He is a bus driver.", True, True),  # "is a" + an occupational noun
    ("SHE IS A BUS DRIVER.", False, True),
    ("Discussed with the nurse.", True, True),  # a word of the profession rule's occupation vocabulary
    ("There is a small effusion.", True, False),
    # a place where the note has no case: the voter's caseless place check ("FROM MEMORIAL HOSPITAL")
    ("ADMITTED FROM MEMORIAL HOSPITAL.", False, True),
    ("SENT TO FLOOR.", False, False),
    # only a US city or a word at or before a facility's word: "TO/FROM" and a plain word are everywhere in capitals
    ("WILL WEAN TO GOAL AS TOLERATED.", False, False),
    ("ADMITTED FROM UNION HOSP. FOR ANGINA.", False, True),
    ("she was transferred from buffalo behavioral health.", False, True),
    # a word after a strong title, any case ("dr. cradling": a slip of a known word)
    ("submitting physician: dr. cradling", True, True),
    # an unknown word in capitals in a note with case reads as in a note without case
    ("BLOOD SUPPLIER: QUORVANE CENTER", True, True),
    ("CXR and EKG done.", True, False),  # short capitals: shorthand
    # digits among letters (a Medicare number) and a social security number in spaced groups
    ("MEDICARE #: 1A23BC4DE56", True, True),
    ("ss# 406 05 3246", True, True),
])
def test_unit_open(text, cased, expected):
    assert _open(text, cased) is expected


# notes whose units `open_units` must judge as `unit_open` does, one by one: a number across a unit's end
# ("123. 456-7890"), a note outside ASCII, caseless places, titles, occupations, months and dates
SAME = [
    PLAIN + "\n" + NAMED + "\nCall 123. 456-7890 if worse. Lungs are clear.",
    "Seen by Dr. Quarrington. Follow up on 3/14/19.\nShe is a retired librarian. Pain 4/10.",
    "ADMITTED FROM MEMORIAL HOSPITAL. WILL WEAN TO GOAL.\nSENT TO FLOOR. SEEN IN MAY. 2019 NOTE.",
    "she was transferred from buffalo behavioral health. lungs clear.\nspoke with quarrington.",
    "Seen by Zoë today. Lungs are clear.\nHe is a bus driver. ss# 406 05 3246",
    "", "Lungs are clear.", "MEDICARE #: 1A23BC4DE56\n\nwork up. a1999 x2020 1/2-34",
]


@pytest.mark.parametrize("text", SAME)
@pytest.mark.parametrize("cased", [True, False])
@pytest.mark.parametrize("numbers", [True, False])
def test_open_units_answers_as_unit_open_does(text, cased, numbers):
    spans = gate.units(text)
    assert gate.open_units(text, spans, cased, numbers) == [gate.unit_open(text, a, b, cased, numbers)
                                                           for a, b in spans]


@pytest.mark.parametrize("text,expected", [
    ("1999", True), ("a1999", False), ("x 2020 y", True), ("12/3/45", True), ("1/2-34", False),
    ("123 45 6789", True), ("a123 45 6789", False), ("@", True), ("555-1234", True), ("123.456", True),
    ("1234", False), ("4/10", False), ("2001b", False), ("1A23BC4DE56", True),
])
def test_number_shapes(text, expected):
    assert (gate._NUMBER_PHI.search(text) is not None) is expected


def test_numbers_open_a_unit_only_when_asked():
    assert _open("Follow up on 3/14/19.", numbers=True) and not _open("Follow up on 3/14/19.", numbers=False)


def test_a_unit_may_end_after_a_word_ending_in_a_capital_and_a_period():
    assert len(gate.units("Seen in the ICU. Lungs are clear.")) == 2
    assert len(gate.units("Transferred from MGH. Lungs are clear.")) == 2


def test_excerpt_keeps_open_sentences_and_their_neighbours():
    text = "\n".join(["Lungs are clear.", "Heart is regular.", "Abdomen is soft.", NAMED, "Plan as above.",
                      "Extremities are warm.", "Skin is dry."])
    ex = gate.excerpt(text, cased=True, context=1, window=None)  # the kept units whole (no window, voter36)
    assert ex is not None
    assert ex.text == "Abdomen is soft.\n" + NAMED + "\nPlan as above.\n"
    ex0 = gate.excerpt(text, cased=True, context=0, window=None)
    assert ex0 is not None and ex0.text == NAMED + "\n"


def test_excerpt_is_none_when_every_unit_is_kept_and_empty_when_none_is():
    assert gate.excerpt(NAMED, cased=True) is None
    ex = gate.excerpt(PLAIN, cased=True)
    assert ex is not None and ex.text == "" and ex.starts == ()


def test_offsets_map_back_to_the_note_and_spans_across_pieces_are_dropped():
    plain = "Lungs are clear. " * 3
    text = "Abdomen is soft. " + plain + NAMED + " " + plain + "Seen with Dr. Philippa Drummond today."
    ex = gate.excerpt(text, cased=True, context=0)
    assert ex is not None
    # pieces not neighbours in the note are on lines of their own
    assert ex.text == NAMED + " \nSeen with Dr. Philippa Drummond today.\n"
    for word in ("Quarrington", "Drummond"):
        a = ex.text.index(word)
        start, end = ex.to_note(a, a + len(word))
        assert text[start:end] == word
    across = ex.text.index("plan.")
    assert ex.to_note(across, ex.text.index("Seen") + 4) is None


def test_voter_results_on_an_excerpt_are_at_note_offsets(recognizer):
    text = PLAIN + "\n" + PLAIN + "\n" + NAMED + "\n" + PLAIN
    ex = gate.excerpt(text, cased=True)
    assert ex is not None and len(ex.text) < len(text)
    (whole,) = recognizer.predict_many([text])
    (gated,) = recognizer.predict_many([text], None, [ex])
    names = [text[r.start:r.end] for r in gated if r.entity_type == "NAME"]
    assert any("Quarrington" in n for n in names)
    assert {(r.entity_type, r.start, r.end) for r in gated} == {(r.entity_type, r.start, r.end) for r in whole}


def test_an_empty_excerpt_runs_no_model_and_finds_nothing(recognizer):
    ex = gate.excerpt(PLAIN, cased=True)
    assert recognizer.predict_many([PLAIN, NAMED], None, [ex, None])[0] == []


def test_engine_option_reads_excerpts(monkeypatch):
    made = []
    real = gate.excerpt

    def spy(text, cased, *args):
        made.append(real(text, cased, *args))
        return made[-1]

    monkeypatch.setattr(gate, "excerpt", spy)
    text = PLAIN + "\n" + NAMED
    spans = Deidentifier(DeidConfig(voter_gate=True)).analyze(text)
    assert len(made) == 1 and made[0] is not None and NAMED in made[0].text and "Lungs" not in made[0].text
    assert any("Quarrington" in text[s.start:s.end] for s in spans)
    Deidentifier(DeidConfig(voter_gate=False)).analyze(text)
    assert len(made) == 1  # off: whole notes


def test_the_gate_is_on_by_default():
    assert DeidConfig().voter_gate is True


def test_an_occupation_in_a_sentence_of_known_words_keeps_the_voters_span(recognizer):
    # "professor of history": the profession rule marks "professor" only; the voter's span reaches "of history"
    text = PLAIN + "\nSOCIAL HISTORY: Lives with his wife. Works as a professor of history. Denies tobacco.\n" + PLAIN
    ex = gate.excerpt(text, cased=True)
    assert ex is not None and "professor of history" in ex.text and len(ex.text) < len(text)
    (whole,) = recognizer.predict_many([text])
    (gated,) = recognizer.predict_many([text], None, [ex])
    jobs = {text[r.start:r.end] for r in gated if r.entity_type == "PROFESSION"}
    assert jobs == {text[r.start:r.end] for r in whole if r.entity_type == "PROFESSION"}
    assert any("of history" in j for j in jobs)
