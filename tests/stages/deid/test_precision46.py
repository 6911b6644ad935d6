"""Precision by class of text, second pass (deidfix46, issue 13): one edit-distance-1 helper for the deid filters;
a drug with its dose inside a place or name span; lower-case finding phrases read as places. Each class is tested
with its look-alikes that must stay PHI."""

from __future__ import annotations

from cancerprep.stages.deid import protect, safelist


def test_one_edit_is_every_single_slip() -> None:
    edits = safelist.one_edit("wife")
    assert {"wif", "wiffe", "wfie", "wire", "awife"} <= edits   # dropped, doubled, swapped, changed, added
    assert "wife" not in edits and "wfe" not in safelist.one_edit("wifey")
    assert all(len(e) in (3, 4, 5) for e in edits)
    assert safelist.one_edit("ab") >= {"a", "b", "ba", "abc"}


def test_slips_read_through_the_one_helper() -> None:
    assert protect.relation_word("husbnd") and protect.relation_word("freind")
    assert not protect.relation_word("usband")          # a slip keeps the relation's first letter
    assert safelist.one_slip("radiolgy") and not safelist.one_slip("radiology")

