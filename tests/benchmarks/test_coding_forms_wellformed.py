"""The ninth to thirteenth coding forms families are well formed: every label is one of DESIGN.md's types with an
ICD-10-CM category (or a `|` list of them) exactly when it is a cancer, and every class mixes cancer and `none`
forms, as their docstrings promise. The coder is not run."""

import re

import pytest

from benchmarks.quality import coding_forms_probe as probe

TYPES = {"breast", "prostate", "lung", "colorectal", "melanoma", "bladder", "kidney", "lymphoma", "uterine",
         "pancreas", "leukemia", "head_and_neck", "thyroid", "liver", "myeloma", "stomach", "brain",
         "other_cancer", "none"}
CATEGORY = re.compile(r"[A-Z][0-9][0-9A-Z]")
FAMILIES = ["ninth", "tenth", "eleventh", "twelfth", "thirteenth"]


@pytest.mark.parametrize("family", FAMILIES)
def test_labels_are_a_type_and_a_category_exactly_for_cancers(family: str) -> None:
    forms = [f for v in probe.load_forms(family).values() for f in v]
    for f in forms:
        assert f.cancer_type in TYPES, f.cancer_type
        if f.cancer_type == "none":
            assert f.icd == "", f.text
        else:
            assert all(CATEGORY.fullmatch(c) for c in f.icd.split("|")), f.icd
    assert len({f.text for f in forms}) == len(forms)


@pytest.mark.parametrize("family", FAMILIES)
def test_every_class_mixes_cancer_and_none_and_about_a_third_is_none(family: str) -> None:
    forms = probe.load_forms(family)
    for klass, v in forms.items():
        kinds = {f.cancer_type == "none" for f in v}
        assert kinds == {True, False}, klass
    every = [f for v in forms.values() for f in v]
    assert 0.25 < sum(f.cancer_type == "none" for f in every) / len(every) < 0.4
