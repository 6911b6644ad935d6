"""deidfix51: a union span judged a clinical term keeps the members that are not clinical alone (fail closed).

Constructed text and results (no note text): a learned span over a device phrase overlaps a rule's name."""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from cancerprep.stages.deid import safelist
from cancerprep.stages.deid.engine import _without_clinical_terms, merge_results
from cancerprep.stages.deid.recognizers.backstop import BACKSTOP
from cancerprep.stages.deid.recognizers.identity import IDENTITY_RECOGNIZER

TEXT = "Seen by Kessler Foley catheter in place."
NAME_AT = TEXT.index("Kessler")
TERM_AT = TEXT.index("Foley")


def _result(start: int, end: int, score: float, recognizer: str) -> RecognizerResult:
    return RecognizerResult("NAME", start, end, score, recognition_metadata={"recognizer_name": recognizer})


def _filtered(results: list[RecognizerResult], strong: list[tuple[int, int]] = ()) -> list[tuple[str, str]]:
    spans = merge_results(results, 0.5)
    kept = _without_clinical_terms(TEXT, spans, results, 0.5, list(strong))
    return [(TEXT[s.start:s.end], s.recognizer) for s in kept]


def test_the_constructed_text_is_what_the_test_needs():
    # the union (name + device eponym) and the eponym alone are clinical; the name alone is not
    assert safelist.clinical_term_use(TEXT, NAME_AT, TERM_AT + 5, "NAME")
    assert safelist.clinical_term_use(TEXT, TERM_AT, TERM_AT + 5, "NAME")
    assert not safelist.clinical_term_use(TEXT, NAME_AT, NAME_AT + 7, "NAME")


def test_a_rules_name_inside_a_clinical_union_survives():
    voter = _result(NAME_AT, TERM_AT + 5, 0.85, "LearnedRecognizer")
    rule = _result(NAME_AT, NAME_AT + 7, 0.7, BACKSTOP)
    assert _filtered([voter, rule]) == [("Kessler", BACKSTOP)]


def test_the_clinical_phrase_alone_is_still_dropped():
    assert _filtered([_result(TERM_AT, TERM_AT + 5, 0.85, "LearnedRecognizer")]) == []
    # two members that are each the clinical phrase: still dropped
    assert _filtered([_result(TERM_AT, TERM_AT + 5, 0.85, "LearnedRecognizer"),
                      _result(TERM_AT, TERM_AT + 5, 0.6, BACKSTOP)]) == []


def test_an_identity_match_keeps_the_union_whole():
    voter = _result(NAME_AT, TERM_AT + 5, 0.85, "LearnedRecognizer")
    ident = _result(NAME_AT, NAME_AT + 7, 0.95, IDENTITY_RECOGNIZER)
    assert _filtered([voter, ident], strong=[(NAME_AT, NAME_AT + 7)]) == [("Kessler Foley", IDENTITY_RECOGNIZER)]


def test_a_list_or_voter_name_inside_a_clinical_union_is_not_readmitted():
    # a name found by a list (or the voter) inside a clinical phrase is most often the eponym itself
    voter = _result(NAME_AT, TERM_AT + 5, 0.85, "LearnedRecognizer")
    for recognizer in ("ClinicalNameRecognizer", "LearnedRecognizer"):
        assert _filtered([voter, _result(NAME_AT, NAME_AT + 7, 0.7, recognizer)]) == []


def test_members_below_the_threshold_are_not_readmitted():
    voter = _result(NAME_AT, TERM_AT + 5, 0.85, "LearnedRecognizer")
    weak = _result(NAME_AT, NAME_AT + 7, 0.3, BACKSTOP)
    assert _filtered([voter, weak]) == []


def test_readmitted_members_come_out_in_text_order():
    text_spans = _filtered([_result(NAME_AT, TERM_AT + 5, 0.85, "LearnedRecognizer"),
                            _result(NAME_AT, NAME_AT + 7, 0.7, BACKSTOP),
                            _result(0, 4, 0.9, "OtherRecognizer")])
    assert text_spans == [("Seen", "OtherRecognizer"), ("Kessler", BACKSTOP)]
