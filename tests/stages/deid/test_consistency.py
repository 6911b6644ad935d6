"""Note-level name consistency: a name found once is PHI wherever else its note writes it, with guards."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import pytest
from presidio_analyzer import RecognizerResult

from cancerprep.stages.deid import consistency
from cancerprep.stages.deid.engine import DeidConfig, Deidentifier, NoteFailure, default_deidentifier

HEADER = "Patient: Ann Quenby\nMRN: 4455667\n\n"


@dataclass(frozen=True)
class S:
    start: int
    end: int
    entity_type: str = "NAME"


@pytest.fixture(scope="module")
def deid() -> Deidentifier:
    return default_deidentifier()


@pytest.fixture(scope="module")
def deid_off() -> Deidentifier:
    return Deidentifier(DeidConfig(name_consistency=False))


def span_of(text: str, word: str, nth: int = 0) -> S:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return S(start, start + len(word))


def found(deid: Deidentifier, text: str) -> list[tuple[int, int]]:
    spans = deid.analyze(text)
    assert not isinstance(spans, NoteFailure)
    return [(s.start, s.end) for s in spans]


def covered(spans: list[tuple[int, int]], text: str, word: str, nth: int = 0) -> bool:
    s = span_of(text, word, nth)
    return any(a < s.end and s.start < b for a, b in spans)


@pytest.mark.parametrize("later", [
    "Her pain settled and then Quenby went home.",  # a frame no recognizer knows
    "Wound check done; QUENBY TOLERATED WALKING WELL.",  # upper case
    "Follow-up in clinic; quenby agreed with the plan.",  # lower case
    "We reviewed Quenby's medications.",  # possessive
    "Records were sent under Quenby-Hale as well.",  # hyphenated double surname
])
def test_header_name_is_found_in_a_later_sentence(deid, deid_off, later):
    text = HEADER + "HISTORY: Seen today for follow-up. " + later + "\n"
    assert covered(found(deid, text), text, "Quenby", 0)  # the header, found by the recognizers
    word = next(w for w in ("Quenby", "QUENBY", "quenby") if w in later)
    assert covered(found(deid, text), text, word, 1 if word == "Quenby" else 0)
    # the switch off shows the later frame is one the recognizers alone miss
    if later.startswith("Her pain"):
        assert not covered(found(deid_off, text), text, "Quenby", 1)


def test_spans_come_from_the_consistency_step(deid):
    text = HEADER + "Her pain settled and then Quenby went home.\n"
    spans = deid.analyze(text)
    assert not isinstance(spans, NoteFailure)
    later = span_of(text, "Quenby", 1)
    hit = [s for s in spans if s.start == later.start]
    assert hit and hit[0].recognizer == consistency.CONSISTENCY and hit[0].entity_type == "NAME"


def test_occurrence_forms_and_boundaries():
    text = "Ann Quenby seen. quenby, QUENBY'S, Quenby’s, Quenby-Hale, Quenby2; Quenbyson and McQuenby are others."
    new = consistency.propagate(text, [span_of(text, "Quenby")])
    words = [text[a:b] for a, b in new]
    assert words == ["quenby", "QUENBY'S", "Quenby’s", "Quenby", "Quenby"]  # whole words only


def test_seed_words_are_split_and_cleaned():
    text = "Dr. Smith-Jones and O'Neil saw Quenby's son."
    spans = [span_of(text, "Smith-Jones"), span_of(text, "O'Neil"), span_of(text, "Quenby's")]
    words = consistency.name_words(text, spans)
    assert {"smith", "jones", "o'neil", "quenby"} <= set(words)
    assert not {"smith-jones", "quenby's"} & set(words)


@pytest.mark.parametrize("word,cls", [
    ("quenby", consistency.FREE),  # no vocabulary knows it
    ("smith", consistency.FREE),  # a census surname that is no everyday word
    ("o'neil", consistency.FREE),  # the census writes "oneil"
    ("grace", consistency.GUARDED),  # census name and everyday word
    ("brown", consistency.GUARDED),  # census name and medical word
    ("will", None),  # a function word too ("will follow up")
    ("al", None),  # two letters: collides with initials and abbreviations
    ("dr", None), ("son", None),  # person-context words
    ("heparin", None), ("fish", None),  # medical vocabulary, protected method
    ("osa", None),  # unknown shorthand
])
def test_word_classes(word, cls):
    assert consistency.word_class(word) == cls


def test_common_word_name_obeys_the_guard():
    text = ("Patient: Grace Brown\n\nBy the grace of rest she improved. Brown discharge was seen. The wound was "
            "brown.\nSpoke with Grace today; GRACE called back. The note says Brown agreed; the Brown-Sequard test.")
    got = {(text[a:b], a) for a, b in consistency.propagate(text, [span_of(text, "Grace Brown")])}
    assert got == {("Grace", span_of(text, "Grace", 1).start),  # capitalised, mid-sentence
                   ("Brown", span_of(text, "Brown", 2).start)}
    # not: lower case, ALL CAPS, a sentence start ("Brown discharge"), a hyphenated term ("Brown-Sequard")


def test_common_word_name_does_not_spread_without_case_information():
    text = "PATIENT: GRACE BROWN\nHE IMPROVED. BROWN DISCHARGE. SPOKE WITH GRACE."
    assert consistency.propagate(text, [span_of(text, "GRACE BROWN")]) == []


def test_clinical_word_is_never_propagated_from_a_false_span():
    text = "Given heparin and Fish oil. Continue heparin drip. FISH negative. OSA: CPAP. OSA stable."
    spans = [span_of(text, "heparin"), span_of(text, "Fish"), span_of(text, "OSA")]
    assert consistency.propagate(text, spans) == []


def test_weak_voter_alone_spreads_census_names_only():
    text = "Seen with Zorblax Quenby Larson today. Later Zorblax and Larson returned."
    span = span_of(text, "Zorblax Quenby Larson")
    learned = [RecognizerResult("NAME", span.start, span.end, 0.85,
                                recognition_metadata={"recognizer_name": "LearnedRecognizer"})]
    words = consistency.name_words(text, [span], learned)
    assert set(words) == {"larson"}
    rule = [RecognizerResult("NAME", span.start, span.end, 0.6,
                             recognition_metadata={"recognizer_name": "ClinicalNameRecognizer"})]
    assert {"zorblax", "quenby", "larson"} <= set(consistency.name_words(text, [span], rule))


def test_staging_eponym_is_not_a_name():
    text = "Referred by Dr. Clark. Melanoma, Clark level IV."
    assert consistency.propagate(text, [span_of(text, "Clark")]) == []


def test_note_without_names_is_unchanged(deid, deid_off):
    text = "HISTORY: Chest pain since 3/4. Aspirin given. BP 120/80. Will follow up in clinic.\n"
    assert consistency.propagate(text, []) == []
    assert deid.analyze(text) == deid_off.analyze(text)


def test_other_spans_are_not_doubled(deid):
    text = HEADER + "Call Quenby at quenby@example.org or 555-123-4567.\n"
    spans = found(deid, text)
    assert len(spans) == len(set(spans))
    assert all(b <= c for (_, b), (c, _) in itertools.pairwise(spans))  # disjoint, sorted


def test_fail_closed_unchanged(monkeypatch):
    deid = Deidentifier(DeidConfig(learned_model=False))

    def boom(*args, **kwargs):
        raise RuntimeError("Quenby")  # a message that could quote text

    monkeypatch.setattr(consistency, "propagate", boom)
    result = deid.analyze(HEADER + "then Quenby went home.")
    assert isinstance(result, NoteFailure) and result.reason == "error" and "Quenby" not in result.detail
    slow = Deidentifier(DeidConfig(learned_model=False, timeout_s=1e-9))
    assert isinstance(slow.analyze(HEADER + "then Quenby went home."), NoteFailure)


def test_stage_option_switches_it():
    from cancerprep.registry import build_stage
    from cancerprep.stages.base import RunContext

    stage = build_stage("deid", {"name_consistency": False, "learned_model": False}, RunContext())
    stage.setup()
    assert stage._deid.config.name_consistency is False
