"""One vocabulary of identifier labels (`ids`): record labels by strength (strong, named, weak, marked) and the labels
of other identifiers; every ID pattern builds from it. Lines written for the test, not taken from any dev note."""

from __future__ import annotations

import pytest
import regex as re

from cancerprep.stages.deid.recognizers import ids
from tests.stages.deid.spans import recognized

IDS = ids.id_recognizer()


@pytest.mark.parametrize(("vocabulary", "label"), [
    (ids._RECORD_STRONG, "MRN"), (ids._RECORD_STRONG, "Med Rec No."), (ids._RECORD_STRONG, "EMPI"),
    (ids._RECORD_NAMED, "Acct"), (ids._RECORD_WEAK, "Visit"), (ids._RECORD_WEAK, "PID"),
    (ids._RECORD_MARKED, "Patient"),
])
def test_each_record_label_has_one_strength(vocabulary: str, label: str) -> None:
    kinds = (ids._RECORD_STRONG, ids._RECORD_NAMED, ids._RECORD_WEAK)
    assert re.fullmatch(vocabulary, label, re.I)
    assert sum(bool(re.fullmatch(v, label, re.I)) for v in kinds) <= 1


def test_strong_and_weak_labels_are_built_from_the_record_vocabulary() -> None:
    for label in ("MRN", "EMPI", "Account", "FIN"):
        assert re.fullmatch(ids._STRONG_LABELS, label, re.I)
    for label in ("Visit", "Chart", "Encounter", "Hosp"):
        assert re.fullmatch(ids._WEAK_LABELS, label, re.I) and not re.fullmatch(ids._STRONG_LABELS, label, re.I)


@pytest.mark.parametrize(("text", "value"), [
    ("MRN 12 345 678", "12 345 678"),      # strong: digit groups
    ("Account 4455667", "4455667"),         # named: a plain value
    ("Account #: 12 345 678", "12 345 678"),  # named: digit groups with a marker
    ("Visit #: 556677", "556677"),          # weak, with a marker
    ("Patient #: 123456", "123456"),        # marked
])
def test_record_labels_by_strength(text: str, value: str) -> None:
    assert value in recognized(IDS, text)


@pytest.mark.parametrize("text", ["Account 12 345", "visit 2 weeks ago", "Patient: 67 yo", "Unit: 4 West"])
def test_weaker_labels_need_more(text: str) -> None:
    assert recognized(IDS, text) == set()
