"""Record numbers on insurance cards and face sheets: "Grp" is the group label's shorthand ("Ins ID: ... Grp: 604096");
like "group" it labels a value only with a colon or number marker ("Grp A strep" is an organism). The MRN label in the
plural ("MRNs:", "MRN(s):") labels each value of a list, and a bare 7+ digit number before a list's comma is still
an identifier, a thousands group ("1,234,567") still none. A record label may carry its abbreviation in brackets or a
typed form's leader before the value ("Medical Record Number (MRN): 889473", "Medical Record No. ---- 669871"). Lines
written for the test, not taken from any dev note."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers import ids
from tests.stages.deid.spans import recognized

IDS = ids.id_recognizer()


@pytest.mark.parametrize(("text", "value"), [
    ("Ins ID: XLB737296372   Grp: 209699", "209699"),
    ("GRP #: 604096", "604096"),
    ("Grp no. 88231", "88231"),
])
def test_group_shorthand_labels_its_number(text: str, value: str) -> None:
    assert value in recognized(IDS, text)


@pytest.mark.parametrize("text", ["Grp A strep pharyngitis, treated", "grp 2 of 3 sessions", "Grp: A"])
def test_group_shorthand_alone_labels_nothing(text: str) -> None:
    assert recognized(IDS, text) == set()


@pytest.mark.parametrize(("text", "values"), [
    ("MRN(s): 4554660, 1340479", {"4554660", "1340479"}),
    ("MRNs: 88231, 77120", {"88231", "77120"}),
    ("Old numbers 4554660, 1340479 merged.", {"4554660", "1340479"}),
])
def test_record_number_lists(text: str, values: set[str]) -> None:
    assert values <= recognized(IDS, text)


@pytest.mark.parametrize("text", ["Platelets 1,234,567 reported by the lab", "MRN(s): none on file",
                                  "Total 12,345,678.90 charged"])
def test_thousands_groups_and_empty_lists_are_no_record(text: str) -> None:
    assert recognized(IDS, text) == set()


@pytest.mark.parametrize(("text", "value"), [
    ("Medical Record Number (MRN): 889473", "889473"),
    ("Medical Record No. ---- 669871", "669871"),
    ("MRN........: 52210", "52210"),
    ("Med Rec # ____ 778812", "778812"),
])
def test_record_label_with_its_abbreviation_or_a_leader(text: str, value: str) -> None:
    assert value in recognized(IDS, text)


@pytest.mark.parametrize("text", ["Visit (PT): 2 weeks", "Account ---- 1234 overdue", "Medical record (MRN): reviewed",
                                  "MRN ---- see face sheet"])
def test_abbreviation_and_leader_vouch_for_no_other_value(text: str) -> None:
    assert recognized(IDS, text) == set()
