"""The vocabulary judge of `initials_learned` (deidfix59, issue 13): a capital group that only a unit, route, test or
abbreviation vocabulary refuses is weighed by a learned model instead of refused before any judge sees it. Lines
invented for this test (no benchmark form's wording); QZ stands for letters no vocabulary reads."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers import initials_learned as il
from tests.stages.deid.spans import in_note

_ALL = frozenset({"unit", "route", "never", "lab", "clin", "safe", "corpus"})


@pytest.fixture
def judge_on(monkeypatch):
    """The vocabulary judge switched on with its packaged model, whatever the shipped switch says."""
    monkeypatch.setattr(il, "VOCAB_JUDGE", True)
    il.vocab_classes.cache_clear()
    yield
    il.vocab_classes.cache_clear()


def _found(line: str) -> set[str]:
    text = in_note(line)
    at = text.find(line)
    return {text[a:b] for a, b, _, _ in il.learned_spans(text) if at <= a < at + len(line)}


@pytest.mark.parametrize(("low", "cls"), [
    ("mg", "unit"), ("po", "route"), ("bid", "route"), ("od", "never"), ("cbc", "lab"), ("snf", "clin"),
    ("lpn", "cred"), ("cna", "cred"), ("rn", "stop"), ("the", "stop"), ("qz", "none"),
])
def test_vocabulary_class(low: str, cls: str) -> None:
    assert il.vocabulary_class(low) == cls


def test_weighed_only_capitals_on_a_line_with_case_and_never_stop_words_or_credentials() -> None:
    assert il.weighed_class("MG", True, _ALL) == "unit"
    assert il.weighed_class("MG", False, _ALL) is None  # a line of capitals proves nothing
    assert il.weighed_class("mg", True, _ALL) is None
    assert il.weighed_class("MG", True, frozenset({"lab"})) is None  # a class the model does not weigh
    assert il.weighed_class("RN", True, _ALL) is None  # credentials and stop words stay refused
    assert il.weighed_class("ON", True, _ALL) is None
    assert il.weighed_class("QZ", True, _ALL) is None  # no vocabulary refuses it: the initials judge's


def test_vocabulary_group_gets_its_key_and_class_features() -> None:
    text = in_note("Dressing changed 0800 | MG")
    got = [(text[a:b], key, feats) for a, b, key, feats in il.candidates(text, soft=_ALL)]
    assert [(g, k) for g, k, _ in got if g == "MG"] == [("MG", "vocab")]
    feats = next(f for g, _, f in got if g == "MG")
    assert "v:unit" in feats and "vp1:unit_PIPE" in feats
    assert not [g for g, k, _ in got if k == "vocab" and g != "MG"]
    assert not [1 for _, k, _ in il.candidates(text, soft=frozenset()) if k == "vocab"]


def test_value_of_a_code_field_is_never_weighed() -> None:
    text = in_note("Given route: PO")
    assert not [text[a:b] for a, b, _, _ in il.candidates(text, soft=_ALL) if text[a:b] == "PO"]


def test_switch_off_refuses_every_vocabulary_group(monkeypatch) -> None:
    monkeypatch.setattr(il, "VOCAB_JUDGE", False)
    il.vocab_classes.cache_clear()
    try:
        assert il.vocab_classes() == frozenset()
        assert _found("Dressing changed 0800 | MG") == set()
    finally:
        il.vocab_classes.cache_clear()


@pytest.mark.usefixtures("judge_on")
@pytest.mark.parametrize("line", [
    "0800 | Dressing changed | MG",
    "Time | Care | Init\n0800 | Dressing changed | MG",
    "Wound care done 1400 MG",
    "Fall risk reassessed, bed alarm on - MG",
    "Double check by second nurse: KG",
])
def test_unit_word_pair_in_a_sign_off_found(line: str) -> None:
    assert _found(line) == {line.split()[-1]}


@pytest.mark.usefixtures("judge_on")
@pytest.mark.parametrize(("line", "marks"), [
    ("0900 | metoprolol 25 mg | PO | MG", {"MG"}),  # the route column refused, the signer's column found
    ("| 0800 | CBC | drawn | QZ", {"QZ"}),
    ("Given 0900 | PRN | QZ", {"QZ"}),
    ("Glucose 140 | SSI 2 units | QZ", {"QZ"}),
    ("Route: PO", set()),
    ("Sent to CT at 0900", set()),
    ("Plan: CBC, BMP in AM", set()),
    ("Hx of DVT, on AC", set()),
    ("Per GI, continue PPI", set()),
])
def test_clinical_abbreviation_in_a_staff_column_still_refused(line: str, marks: set[str]) -> None:
    assert _found(line) == marks


def _kind(text: str, group: str) -> tuple[str, bool]:
    a = text.rfind(group)
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", a)
    end = len(text) if end < 0 else end
    return il.column_kind(text, start, end, a), il.grid_row_cased(text, start, end)


@pytest.mark.parametrize(("text", "group", "kind", "row_cased"), [
    ("Time | Route | Given by\n0900 | PO | MG", "PO", "code", True),
    ("Time | Route | Given by\n0900 | PO | MG", "MG", "staff", True),
    ("Time\tDose\tRN initials\n0900\t5 MG\tKG", "KG", "staff", True),
    ("Time\tDose\tRN initials\n0900\t5 MG\tKG", "MG", "code", True),
    ("Time   Route  Init\n0900   SC     PT", "SC", "code", True),
    ("Time   Route  Init\n0900   SC     PT", "PT", "staff", True),
    ("Given by: MG  Route: PO", "MG", "staff", False),
    ("Given by: MG  Route: PO", "PO", "code", False),
    ("TIME | ROUTE | GIVEN BY\n0900 | PO | MG", "MG", "staff", False),  # a header of capitals proves no case
    ("Time | Route\n0900 | PO | MG", "MG", "none", False),  # not the header's cells
    ("Hx of DVT, on AC", "AC", "none", False),
])
def test_column_kind_reads_the_header_or_label_over_a_cell(text: str, group: str, kind: str, row_cased: bool) -> None:
    assert _kind(text, group) == (kind, row_cased)


def test_vocabulary_group_carries_its_column_kind_and_rows_of_codes_take_the_headers_case() -> None:
    text = in_note("Time | Route | Given by\n0900 | PO | MG")
    got = {text[a:b]: feats for a, b, key, feats in il.candidates(text, soft=_ALL) if key == "vocab"}
    assert "vcol:staff" in got["MG"] and "vcol:unit_staff" in got["MG"]
    assert "vcol:code" in got["PO"] and "vcol:route_code" in got["PO"]
    # off, neither is a candidate (the row of capitals is no line with case to the initials judge)
    assert not [1 for _, _, k, _ in il.candidates(text, soft=frozenset()) if k == "vocab"]


@pytest.mark.parametrize(("line", "weighed"), [
    ("Hx of DVT, on AC", False),  # a word before it: prose, the abbreviation
    ("Tolerating diet, continue PO", False),
    ("Dressing changed - MG", True),  # a dash, a time, a cell border or a named column: a mark's place
    ("Wound care done 1400 MG", True),
    ("Time | Route | Given by\n0900 | PO | MG", True),
])
def test_vocabulary_group_in_prose_is_never_weighed(line: str, weighed: bool) -> None:
    text = in_note(line)
    last = line.split()[-1]
    got = [text[a:b] for a, b, key, _ in il.candidates(text, soft=_ALL) if key == "vocab"]
    assert (last in got) is weighed


def test_shipped_switch_is_on_and_reads_the_staff_column_not_the_route_column() -> None:
    il.vocab_classes.cache_clear()
    assert il.vocab_classes()  # shipped on (deidfix61)
    assert _found("Time | Route | Given by\n0900 | PO | MG") == {"MG"}
