"""A person named in a note signs with their own initials (`initials_of_names`, issue 13).

Names and marks here are invented for the tests."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from cancerprep.stages.deid import consistency
from cancerprep.stages.deid.initials_of_names import INITIALS_CONSISTENCY, marks, name_initials
from cancerprep.stages.deid.recognizers.initials_values import other_reading


def _initials(text: str) -> set[str]:
    return name_initials(text, 0, len(text))


@pytest.mark.parametrize(("name", "expected"), [
    ("Jonah Wexler", {"JW"}),
    ("Smith, John A", {"JS", "JAS"}),
    ("Dr. Jane A. Smith, RN", {"JS", "JAS"}),
    ("Ann Lee-Park", {"AL", "ALP"}),
    ("J. Smith", {"JS"}),
    ("ROSA QUILLEN", {"RQ"}),
    ("HARRY MORGAN INCREASED", {"HM"}),   # a word the span ran on into
    ("Frances Foss    Intra-op", {"FF"}),  # a cell's gap ends the name
])
def test_initials_of_a_given_name_and_surname(name: str, expected: set[str]) -> None:
    assert _initials(name) == expected


@pytest.mark.parametrize("span", [
    "Dr. Wexler",            # a surname alone says no given name
    "Foley Catheter",        # clinical words a NAME span took are no person
    "Jonah\nWexler",         # words on two lines are not one name
    "jonah wexler",          # small letters in a note with case: no name's shape
])
def test_no_initials_without_a_persons_name(span: str) -> None:
    assert _initials(span) == set()


def test_marks_capitals_dotted_and_dictation_small_letters() -> None:
    text = ("Dressing changed 0800 JW\nEW/jw\njw/ab\njw\n(JW)\nPlan: J.W. to call.\nJ. W. aware\n"
            "jw went home\nJW-2 gene\nJWX\nJw\n")
    found = [text[a:b] for a, b in marks(text, {"JW"})]
    assert found == ["JW", "jw", "jw", "jw", "JW", "J.W.", "J. W."]


def test_words_on_a_line_without_case_stay() -> None:
    text = "Seen today with family.\nNO CHANGE, SEE ABOVE. ANY QUESTIONS CALL\nPlan per SEE and ANY.\n"
    found = [text[a:b] for a, b in marks(text, {"SEE", "ANY"})]
    assert found == ["SEE", "ANY"]   # only on the line with case


def test_marks_skip_taken_spans_and_every_case_in_a_note_without_case() -> None:
    text = "pt seen.\ndiscussed with jw today.\nJW notified\n"
    taken = [(text.index("JW"), text.index("JW") + 2)]
    low = text.lower()
    assert [low[a:b] for a, b in marks(low, {"JW"})] == ["jw", "jw"]
    assert marks(text, {"JW"}, taken) == []


@pytest.mark.parametrize("group", ["PT", "MS", "RN", "CA", "OR", "PO", "NY", "MG", "IV", "IB", "IIIA", "PD", "GY"])
def test_vocabularies_keep_clinical_groups(group: str) -> None:
    text = f"Seen today.\n{group} to follow.\nDose 5 {group}\n({group})\n"
    assert other_reading(group.lower())
    assert marks(text, {group}) == []


class _Span:
    def __init__(self, start: int, end: int, entity_type: str = "NAME") -> None:
        self.start, self.end, self.entity_type = start, end, entity_type


def _result(start: int, end: int, recognizer: str) -> RecognizerResult:
    return RecognizerResult("NAME", start, end, 0.8, recognition_metadata={"recognizer_name": recognizer})


def test_seeds_from_strong_names_and_weak_census_names_only(monkeypatch) -> None:
    census, unusual = "Nurse: Jonah Wexler\n", "Nurse: Jonah Vrelkin\n"

    def seeds(text: str, voter: str) -> set[str]:
        a, b = text.index("Jonah"), text.index("\n")
        return consistency.person_initials(text, [_Span(a, b)], [_result(a, b, voter)])

    assert seeds(unusual, "ClinicalNameRecognizer") == {"JV"}
    assert seeds(unusual, "LearnedRecognizer") == set()   # the learned voter's lone find: census names only
    assert seeds(census, "LearnedRecognizer") == {"JW"}
    monkeypatch.setattr(consistency, "WEAK_CENSUS_INITIALS", False)
    assert seeds(census, "LearnedRecognizer") == set()
    assert seeds(census, "ClinicalNameRecognizer") == {"JW"}


def test_pool_and_for_note_share_initials_within_a_patient() -> None:
    one = consistency.Seeds(initials={"JW"})
    two = consistency.Seeds()
    pooled = consistency.pool([one, two])
    assert consistency.for_note(two, pooled).initials == {"JW"}
    assert bool(consistency.Seeds(initials={"JW"}))


_HEAD = "Attending physician: Dr. Jonah Q. Wexler\nPatient seen for follow up of anemia.\n"
_MARK = "Plan: J.W. to call family.\n"


@pytest.fixture(scope="module")
def deid():
    from cancerprep.stages.deid.engine import DeidConfig, Deidentifier

    return Deidentifier(DeidConfig())


def _by_initials(text: str, spans) -> list[str]:
    return [text[s.start:s.end] for s in spans if s.recognizer == INITIALS_CONSISTENCY]


def test_engine_marks_the_named_persons_initials_across_the_patients_notes(deid) -> None:
    notes = [_HEAD + _MARK, "Follow-up visit.\nCounts stable.\n" + _MARK, "Other visit.\nCounts stable.\n" + _MARK]
    out = deid.analyze_many(notes, groups=["p1", "p1", "p2"])
    assert _by_initials(notes[0], out[0]) == ["J.W."]
    assert _by_initials(notes[1], out[1]) == ["J.W."]   # the same patient's other note
    assert _by_initials(notes[2], out[2]) == []         # never another patient's


def test_engine_switch_off_and_clinical_groups_stay(deid, monkeypatch) -> None:
    text = "Attending physician: Dr. Paul Q. Turner\nPT to see today; CA 125 pending.\n" + "Plan: P.Q.T. to call.\n"
    spans = deid.analyze(text)
    pt = text.index("PT to")
    assert not any(s.start < pt + 2 and pt < s.end for s in spans)
    assert _by_initials(text, spans) == ["P.Q.T."]
    monkeypatch.setattr(consistency, "SPREAD_INITIALS", False)
    assert _by_initials(text, deid.analyze(text)) == []
