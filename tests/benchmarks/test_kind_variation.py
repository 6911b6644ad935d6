"""The weak field kinds' generated variation (`benchmarks.quality.kind_variation`): it reads tuning forms only, its
rewrites are deterministic, keep the gold marks around the value and change what they say; held-out rewrites are
named so their misses are never printed."""

from __future__ import annotations

from benchmarks.quality import kind_variation as kv
from benchmarks.quality.forms_probe import form_part


def test_tuning_forms_only_and_weak_kinds() -> None:
    forms = kv.tuning_forms(kv.WEAK)
    assert forms and all(form_part(t) == "tuning" for _, t in forms)
    assert {k for k, _ in forms} <= {k for ks in kv.WEAK.values() for k in ks}


def test_rewrites_are_deterministic_and_keep_gold() -> None:
    forms = kv.tuning_forms({"charts": ("FACILITY",), "ward": ("PAGER",)})
    for name, fn in kv.REWRITES.items():
        for kind, t in forms:
            new = fn(t, kind)
            assert new == fn(t, kind)
            assert new.count("[[") == new.count("]]") >= 1, name
    assert kv.HELD_OUT <= set(kv.REWRITES)


def test_cell_value_first_and_shapes() -> None:
    t = "Hospice: [[{HOSP} Hospice House]]"
    cell = kv.cell(t, "FACILITY")
    assert cell.startswith("Hospice") and "[[{HOSP} Hospice House]]" in cell and ("|" in cell or "\t" in cell)
    vf = kv.value_first(t, "FACILITY")
    assert vf.startswith("[[{HOSP} Hospice House]]") and vf != t
    assert kv.abbrev("Sent to [[{HOSP} Medical Center]]", "HOSPITAL") == "Sent to [[{HOSP} Med Ctr]]"
    head = kv._head(0)("Sent to [[{HOSP} Medical Center]]", "HOSPITAL")
    assert head.startswith("Sent to [[{HOSP} ") and head.removeprefix("Sent to [[{HOSP} ")[:-2] in kv._HEADS[
        "HOSPITAL"][0]
    assert kv.pager_shape("Pgr [[{D4}]]", "PAGER") != "Pgr [[{D4}]]"
    assert kv.zip_shape("ZIP: [[{ZIP}]]", "ZIP") != "ZIP: [[{ZIP}]]"
    # a rewrite leaves forms of other kinds alone
    assert kv.pager_shape("ZIP: [[{ZIP}]]", "ZIP") == "ZIP: [[{ZIP}]]"
    assert kv.unit_code("Pgr [[{D4}]]", "PAGER") == "Pgr [[{D4}]]"


def test_label_halves_are_disjoint() -> None:
    for kind, (a, b) in kv._LABELS.items():
        assert not {x.lower() for x in a} & {x.lower() for x in b}, kind
    for kind, (a, b) in kv._HEADS.items():
        assert not set(a) & set(b), kind
