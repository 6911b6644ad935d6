"""The twelfth coding forms family loads through the probe with its 11 classes of 9-11 forms, every ICD label it
gives is a real ICD-10-CM category of a malignancy, in situ neoplasm or cancer history (checked against the tabular
list of `simple-icd-10-cm`, not a hand list), the type agrees with DESIGN.md's ranges for a primary category, and
`form_part` splits it into a tuning and a check part of sensible size. The coder is not run."""

import simple_icd_10_cm as cm

from benchmarks.quality import coding_forms_probe as probe
from benchmarks.quality.forms_probe import form_part
from tests.benchmarks.test_coding_forms_eleventh import SECONDARY_OR_UNKNOWN, _type_of

CLASSES = {"regimen", "surveillance", "second_primary", "paediatric", "sarcoma", "cns", "gyn", "skin", "ehr_lists",
           "terms", "spelling"}


def _forms() -> list[probe.Form]:
    return [f for v in probe.load_forms("twelfth").values() for f in v]


def test_the_family_is_registered_and_loads_its_classes() -> None:
    assert "twelfth" in probe.FAMILIES
    forms = probe.load_forms("twelfth")
    assert set(forms) == CLASSES
    assert all(9 <= len(v) <= 11 for v in forms.values()), {k: len(v) for k, v in forms.items()}
    assert 90 <= len(_forms()) <= 120
    assert len({f.text for f in _forms()}) == len(_forms())


def test_every_icd_label_is_a_tabular_category_of_a_cancer_in_situ_or_history() -> None:
    for f in _forms():
        if f.cancer_type == "none":
            assert f.icd == "", f.icd
            continue
        for cat in f.icd.split("|"):
            assert cm.is_valid_item(cat) and cm.is_category(cat), cat
            # malignant C00-C96 (C7A / C7B / C4A included), in situ D00-D09, or personal history Z85 / Z86;
            # never a benign (D10-D36, D3A) or uncertain-behaviour (D37-D48) neoplasm
            assert cat[0] == "C" or cat[:2] == "D0" or cat in {"Z85", "Z86"}, cat


def test_the_type_follows_the_primary_category() -> None:
    for f in _forms():
        primaries = [c for c in f.icd.split("|") if c.startswith("C") and c not in SECONDARY_OR_UNKNOWN]
        if primaries:
            assert {_type_of(c) for c in primaries} == {f.cancer_type}, (f.icd, f.cancer_type)
        elif f.icd and f.icd.split("|")[0] in SECONDARY_OR_UNKNOWN:
            assert f.cancer_type == "other_cancer", f.icd  # secondary with no primary named: unknown primary


def test_the_parts_split_the_family_by_form_part() -> None:
    forms = probe.load_forms("twelfth")
    tuning, check = probe.select_part(forms, "tuning"), probe.select_part(forms, "check")
    n = sum(map(len, forms.values()))
    n_check = sum(map(len, check.values()))
    assert n_check + sum(map(len, tuning.values())) == n
    assert all(form_part(f.text) == "check" for v in check.values() for f in v)
    assert 0.15 < n_check / n < 0.4
    # both parts hold cancer and `none` forms, so each can score `none` precision and the ICD category
    for part in (tuning, check):
        kinds = {f.cancer_type == "none" for v in part.values() for f in v}
        assert kinds == {True, False}
