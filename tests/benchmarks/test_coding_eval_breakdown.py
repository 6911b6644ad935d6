"""coding_eval's ICD breakdown (scores only, printed for the check part too): each miss counted under the kind of
error it is, cells by gold type, by whether the type was right, by gold code kind and by how exact the coded code is."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from benchmarks.quality.coding_eval import MISS_KINDS, breakdown_table, code_detail, miss_kind, score


@pytest.mark.parametrize("gold, coded, same_type, kind", [
    ("C61", "", False, "no code"),
    ("Z85", "C50.911", True, "gold history Z85/Z86, coded active"),
    ("C34", "Z85.118", True, "gold active, coded history Z85/Z86"),
    ("D05", "C50.919", True, "in situ D0x vs invasive C"),
    ("C34", "C78.00", True, "secondary vs primary site"),
    ("C54", "C55", True, "unspecified/ill-defined vs specific category"),
    ("C18", "C20", True, "same type, another category"),
    ("C61", "C67.9", False, "another type"),
])
def test_each_miss_is_counted_under_its_kind(gold: str, coded: str, same_type: bool, kind: str) -> None:
    assert miss_kind(gold, coded, same_type) == kind


@pytest.mark.parametrize("code_, detail", [
    ("", "none"), ("C50", "category"), ("C61", "specific"), ("C50.912", "sided"), ("C34.90", "unspecified"),
    ("C18.7", "specific"),
])
def test_code_detail_says_how_exact_a_code_is_below_its_category(code_: str, detail: str) -> None:
    assert code_detail(code_) == detail


def test_the_breakdown_adds_up_and_holds_no_ids_or_text() -> None:
    rows = [{"note_id": str(i), "cancer_type": t, "icd10_category": g} for i, (t, g) in
            enumerate([("breast", "C50"), ("breast", "Z85"), ("lung", "C34"), ("prostate", "C61"), ("none", "")])]
    preds = [SimpleNamespace(cancer_type=t, icd10=c, evidence="Evidence-Span") for t, c in
             [("breast", ["C50.912"]), ("breast", ["C50.911"]), ("lung", ["Z85.118"]), ("none", []), ("none", [])]]
    bd = score(rows, preds, ["breast", "lung", "prostate"])["icd_breakdown"]
    assert bd["by_type"] == {"breast": [2, 1], "lung": [1, 0], "prostate": [1, 0]}
    assert bd["by_type_right"] == {"type right": [3, 1], "type wrong": [1, 0]}
    assert bd["by_gold_kind"] == {"active C": [3, 1], "history Z": [1, 0]}
    assert sum(bd["miss_kinds"].values()) == 3 and set(bd["miss_kinds"]) == set(MISS_KINDS)
    assert bd["miss_kinds"]["gold active, coded history Z85/Z86"] == 1
    assert bd["miss_kinds"]["gold history Z85/Z86, coded active"] == 1 and bd["miss_kinds"]["no code"] == 1
    table = breakdown_table({"tuning": {"icd_breakdown": bd}})
    breast = next(line for line in table.splitlines() if line.strip().startswith("breast"))
    assert breast.split()[-1] == "1/2" and "Evidence-Span" not in table  # right/notes per cell; no evidence text
