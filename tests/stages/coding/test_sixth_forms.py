"""The sixth coding-forms family (whole report sections by specialty) loads and its labels are well formed.

Why: the probe's figures are only as good as the gold labels; a misspelt type id or an ICD-10-CM
category that does not exist would score as a coder miss that no coder could avoid.
"""

from __future__ import annotations

import simple_icd_10_cm as icd
import yaml

from benchmarks.quality.coding_forms_probe import load_forms
from tests.paths import REPO


def _type_ids() -> set[str]:
    data = yaml.safe_load((REPO / "schemas" / "taxonomy.yaml").read_text(encoding="utf-8"))
    return {t["id"] for t in data["types"]} | {"none"}


def test_sixth_family_loads_with_enough_forms_and_none_share() -> None:
    forms = load_forms("sixth")
    flat = [f for group in forms.values() for f in group]
    assert len(forms) >= 10 and all(forms.values())
    assert len(flat) >= 200
    assert len({f.text for f in flat}) == len(flat), "a form is repeated"
    assert sum(f.cancer_type == "none" for f in flat) / len(flat) >= 0.45


def test_sixth_family_labels_are_known_types_and_valid_icd10cm_categories() -> None:
    known = _type_ids()
    for klass, group in load_forms("sixth").items():
        for form in group:
            assert form.cancer_type in known, (klass, form.cancer_type)
            if form.cancer_type == "none":
                assert form.icd == "", (klass, form.text[:40])
                continue
            cats = form.icd.split("|")
            assert cats and all(len(c) == 3 and icd.is_valid_item(c) and icd.is_category(c) for c in cats), \
                (klass, form.icd)
