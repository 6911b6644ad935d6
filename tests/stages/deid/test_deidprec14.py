"""deidprec14 (issue 13: false spans that damage clinical text): "work for" a pronoun or a time names no employer.
Every example is invented."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers.profession import profession_recognizer


def _at(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _employers(text: str) -> list[str]:
    rec = profession_recognizer()[1]
    return [text[r.start:r.end] for r in rec.analyze(text, ["LOCATION"])]


@pytest.mark.parametrize("text", [
    "A CAREER THAT WOULD WORK FOR HIM.  THEY MOVED.",
    "the pill did not work for her.  She stopped it.",
    "Off work for two weeks due to injury.\nEXAM:",
    "out of work for several months.  He smokes.",
])
def test_work_for_a_pronoun_or_a_time_is_no_employer(text: str) -> None:
    assert _employers(text) == []


@pytest.mark.parametrize(("text", "employer"), [
    ("He works for Quorvel Steel as a welder.", "Quorvel Steel"),
    ("She works for Two Rivers Casino.", "Two Rivers Casino"),    # a count word with no time after it
    ("works at the Quorvel Unified School District.", "the Quorvel Unified School District"),
])
def test_employers_are_still_found(text: str, employer: str) -> None:
    assert _employers(text) == [employer]
