"""The learned initials judge (issue #13): a logistic model over general context features weighs every short letter
group, wherever it stands. Lines invented for this test, in letters no abbreviation uses (QZ, KTW, XKJ ...) and
wordings that are no benchmark form's; look-alikes that must stay: lab flags, units, routes, state codes in
addresses, section headers, shorthand in prose and small-letter shorthand on a line with case."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers import initials_learned as il
from cancerprep.stages.deid.recognizers.registry import build_recognizers
from tests.stages.deid.spans import in_note


def _found(line: str) -> set[str]:
    text = in_note(line)
    return {text[a:b] for a, b, kind, _ in il.learned_spans(text) if kind == "NAME"}


@pytest.mark.parametrize(("line", "initials"), [
    ("Tubing changed 0930 QZ", {"QZ"}),
    ("Wound photo uploaded - KTW", {"KTW"}),
    ("| 03/02/2024 | 14:10 | 2 tabs | XJ |", {"XJ"}),
    ("Checked and hung by: VRL", {"VRL"}),
    ("Ice pack applied 2215 / ZK", {"ZK"}),
    ("Dressing reinforced, Q.Z.", {"Q.Z."}),
    ("Sling adjusted 1600 ZQ/vk", {"ZQ", "vk"}),
    ("Phone message taken - YT", {"YT"}),
    ("Specimen relabeled 0712 (GW)", {"GW"}),
    ("Transport called 1145 XKJ", {"XKJ"}),
    ("Sample spun 14:32 ZKQ", {"ZKQ"}),
    ("Note scanned 3/2/24 TJW", {"TJW"}),
    ("Ambulated 50 ft - JQ", {"JQ"}),
])
def test_initials_in_unseen_wordings(line: str, initials: set[str]) -> None:
    assert _found(line) == initials


@pytest.mark.parametrize("line", [
    "WBC 12.1 H, K 3.1 L, glucose 250 mg/dL HH",  # lab flags and units
    "Dose 5 mL via PEG",  # a unit and a device
    "Route: PO",  # a route in a code field
    "Rx: amoxicillin 500 mg PO TID x 10 days",  # routes and frequencies
    "Springfield, IL 62704",  # a state code in an address
    "Address: 12 Oak St, Dayton, OH 45402",
    "Lives in Boston, MA.",
    "HPI: 67 yo with cough",  # section headers
    "ROS: negative",
    "HEENT: NCAT, PERRLA, EOMI",
    "Plan: CBC, BMP in AM",  # tests in prose
    "Abdomen soft, NT/ND",
    "Per GI, continue PPI",
    "Sent to OR at 0730",
    "Hx of DVT, on AC",
    "Dispo: SNF",
    "s/p tah/bso, c/o mild nausea",  # small-letter shorthand on a line with case
])
def test_look_alikes_refused(line: str) -> None:
    assert _found(line) == set()


def test_small_letters_only_as_a_mark() -> None:
    """On a line with case, small letters are weighed only as the second half of a pair or a line's last mark."""
    text = in_note("Pt c/o pain, f/u with PCP")
    assert all(text[a:b].isupper() for a, b, _, _ in il.candidates(text))
    text = in_note("Line flushed 0200 - qz")
    assert any(text[a:b] == "qz" for a, b, _, _ in il.candidates(text))


def test_known_safe_never_weighed() -> None:
    """A group the vocabulary knows (an abbreviation, unit, route, state) never reaches the model."""
    assert not il.admissible("PO", True)
    assert not il.admissible("CA", True)
    assert not il.admissible("mg", False)
    assert il.admissible("QZ", True)
    assert not il.admissible("the", False)


def test_threshold_keys_and_note_case() -> None:
    """Each candidate carries the threshold key of its line's and note's case, and the model has one for each."""
    _, weights, thresholds = il.model()
    assert set(thresholds) == {"cased", "uncased", "small_note"}
    assert all(0.5 <= t < 1 for t in thresholds.values())
    assert weights
    cased = in_note("Pump checked 0400 QZ")
    assert {k for _, _, k, _ in il.candidates(cased)} == {"cased"}
    typed_small = "pt resting\nvs stable\nturned q2 qz\nno distress\n"
    assert {k for _, _, k, _ in il.candidates(typed_small)} == {"small_note"}


def test_probability_orders_a_mark_above_prose() -> None:
    """The same letters weigh more as a log's mark than inside a sentence of prose."""
    mark = next(f for a, b, _, f in il.candidates(in_note("Vitals taken 0800 QZ")) if b - a == 2)
    prose = next(f for _, _, _, f in il.candidates(in_note("We discussed the QZ findings with the family today and "
                                                          "they agreed with the plan.")))
    assert il.probability(mark) > il.probability(prose)


def test_registered() -> None:
    assert any(isinstance(r, il.InitialsLearnedRecognizer) for r in build_recognizers())

