"""Occupations (i2b2 PROFESSION): social-history phrasing finds them; the same phrasing around a stage of
life, a habit, a device or an adverb ("as a child", "former smoker", "as an Ace wrap", "work better") does not."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.engine import Deidentifier
from cancerprep.stages.deid.recognizers.profession import occupation


def _professions(engine: Deidentifier, text: str) -> list[str]:
    spans = engine.analyze(text)
    assert isinstance(spans, list)
    return [text[s.start:s.end] for s in spans if s.entity_type == "PROFESSION"]


@pytest.mark.parametrize(("text", "job"), [
    ("SOCIAL HISTORY: Employed as an architect. Lives alone.", "architect"),
    ("Retired insurance salesman, denies tobacco.", "insurance salesman"),
    ("She used to work as a unit clerk at the mill.", "unit clerk"),
    ("Works as a professor of history.", "professor of history"),
    ("FORMER REGISTERED NURSE. LIVES IN TOWN.", "REGISTERED NURSE"),
    ("Occupation: teacher.", "teacher"),
])
def test_occupations_found(engine: Deidentifier, text: str, job: str) -> None:
    assert any(job in p for p in _professions(engine, text))


@pytest.mark.parametrize("text", [
    "Reactive airway disease as a child.",
    "She was hospitalized as a young woman.",
    "An antibacterial soap may work better.",
    "A K-wire was used as a temporary fixation.",
    "Dressed with Kerlix as well as an Ace wrap.",
    "WORK STATUS:\nOn medical leave.",
    "Former smoker, quit 1990.",
    "He does not work currently.",
])
def test_look_alike_phrases_are_no_occupation(engine: Deidentifier, text: str) -> None:
    assert _professions(engine, text) == []


@pytest.mark.parametrize(("phrase", "expected"), [
    ("truck driver", True), ("waitress", True), ("paralegal", True), ("clerk at the bank", True),
    ("child", False), ("smoker", False), ("better", False), ("access dye", False),
])
def test_occupation_head_noun(phrase: str, expected: bool) -> None:
    assert occupation(phrase) is expected


@pytest.mark.parametrize("phrase", ["children's librarian", "child's nanny", "teacher's aide"])
def test_either_apostrophe_reads_the_same(phrase: str) -> None:
    assert occupation(phrase.replace("'", "’")) is occupation(phrase)
