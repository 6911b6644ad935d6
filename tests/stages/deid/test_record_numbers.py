"""Record numbers on insurance cards and face sheets: "Grp" is the group label's shorthand ("Ins ID: ... Grp: 604096");
like "group" it labels a value only with a colon or number marker ("Grp A strep" is an organism). Lines written for the
test, not taken from any dev note."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers import ids

IDS = ids.id_recognizer()


def _found(text: str) -> set[str]:
    return {text[r.start:r.end] for r in IDS.analyze(text, [])}


@pytest.mark.parametrize(("text", "value"), [
    ("Ins ID: XLB737296372   Grp: 209699", "209699"),
    ("GRP #: 604096", "604096"),
    ("Grp no. 88231", "88231"),
])
def test_group_shorthand_labels_its_number(text: str, value: str) -> None:
    assert value in _found(text)


@pytest.mark.parametrize("text", ["Grp A strep pharyngitis, treated", "grp 2 of 3 sessions", "Grp: A"])
def test_group_shorthand_alone_labels_nothing(text: str) -> None:
    assert _found(text) == set()
