"""The eleventh to twenty-first coding forms families (written blind, labels checked by test rather than by eye) load
through the probe with their classes, every ICD label they give is a real ICD-10-CM category of a malignancy, in situ
neoplasm or cancer history (checked against the tabular list of `simple-icd-10-cm`, not a hand list), the type agrees
with DESIGN.md's ranges for a primary category (morphology deciding for a melanoma of the eye), and `form_part` splits
each into a tuning and a check part of sensible size. The coder is not run."""

import re

import pytest
import simple_icd_10_cm as cm

from benchmarks.quality import coding_forms_probe as probe
from benchmarks.quality.forms_probe import form_part

# DESIGN.md's 17 types by ICD-10-CM 3-character category; any other malignant primary category is other_cancer
RANGES = {"breast": ("C50",), "prostate": ("C61",), "lung": ("C33", "C34"),
          "colorectal": ("C18", "C19", "C20", "C21"), "melanoma": ("C43",), "bladder": ("C66", "C67", "C68"),
          "kidney": ("C64", "C65"), "lymphoma": ("C81", "C82", "C83", "C84", "C85", "C86", "C88"),
          "uterine": ("C54", "C55"), "pancreas": ("C25",), "leukemia": ("C91", "C92", "C93", "C94", "C95"),
          "thyroid": ("C73",), "liver": ("C22",), "myeloma": ("C90",), "stomach": ("C16",),
          "brain": ("C70", "C71", "C72"),
          "head_and_neck": (*(f"C{i:02d}" for i in range(15)), "C30", "C31", "C32")}
SECONDARY_OR_UNKNOWN = {"C77", "C78", "C79", "C7B", "C80"}
# DESIGN.md: ICD-O-3 morphology decides where site does not; a uveal or conjunctival melanoma is coded to the eye
# (C69) and is still melanoma
MORPHOLOGY_SITES = {"melanoma": {"C69"}}


# each family: its classes and how many forms it may hold; the eleventh to thirteenth hold 9-11 forms a class, the
# fourteenth to nineteenth (briefed as 120-160, 150-170 and about 170 forms in about 10 classes) 14-20
CLASS_SIZES = {"fourteenth": (14, 20), "fifteenth": (14, 20), "sixteenth": (14, 20), "seventeenth": (14, 20),
               "eighteenth": (14, 20), "nineteenth": (14, 20), "twentieth": (8, 11),
               "twentyfirst": (6, 9)}
# families whose labels give a metastasis of a primary removed earlier its secondary category alone with the primary's
# type (ICD-10-CM I.C.2.b/d: the secondary first, the excised primary only as history); elsewhere a lone secondary
# category means an unknown primary
REMOVED_PRIMARY_KEEPS_TYPE = {"fourteenth"}
_REMOVED = re.compile(r"resect|excis|ectomy", re.I)
FAMILIES = {
    "eleventh": ({"insitu", "secondary", "subsite", "neuroendocrine", "haematologic", "skin", "benign", "multiple",
                  "shorthand", "layout", "assertion"}, (60, 110)),
    "twelfth": ({"regimen", "surveillance", "second_primary", "paediatric", "sarcoma", "cns", "gyn", "skin",
                 "ehr_lists", "terms", "spelling"}, (90, 120)),
    "thirteenth": ({"endocrine", "myeloid", "death", "cdi", "ocular", "oral", "immuno", "exposure", "pregnancy",
                    "wound", "admin"}, (100, 130)),
    "fourteenth": ({"focus", "molecular", "procedure", "rads", "british", "screening", "precursor", "metsite", "portal",
                    "clash"}, (120, 160)),
    "fifteenth": ({"consult", "problem_list", "medlist", "tumour_board", "survivorship", "childhood", "haem_lab",
                   "rare_site", "hedging", "telegraphic"}, (150, 175)),
    "sixteenth": ({"breast_rads", "organ_rads", "thyroid_salivary", "cytology", "synoptic", "frozen", "amended",
                   "molecular", "grading", "marrow"}, (150, 185)),
    "seventeenth": ({"registry", "problem_list", "billing", "orders", "radonc", "chemo", "end_of_life", "prior_auth",
                     "quality", "addenda"}, (150, 185)),
    "eighteenth": ({"plasma_cell", "lymphoid", "myeloid", "mpn", "lymphoma", "histio_mast", "remission", "gyn",
                    "precursor", "endocrine_cns"}, (150, 185)),
    "nineteenth": ({"metastatic", "unknown_primary", "history", "recurrence", "several", "subsite", "operative",
                    "pmh_only", "benign_traps", "soap"}, (150, 185)),
    "twentieth": ({f"{kind}_{half}" for kind in ("insitu", "secondary", "history", "subsite", "haem", "benign",
                                                 "status", "sideways", "narrative") for half in ("seen", "held")},
                  (145, 165)),
    "twentyfirst": ({f"{kind}_{half}" for kind in ("surveillance", "ned", "remission", "maintenance", "recurrence",
                                                   "statuspost", "remote_hpi", "lists", "named_by", "wholenote",
                                                   "named", "cns", "organ_status", "procedure", "indirect",
                                                   "spread", "brand") for half in ("seen", "held")}, (240, 265)),
}
family = pytest.mark.parametrize("name", sorted(FAMILIES))


def _forms(name: str) -> list[probe.Form]:
    return [f for v in probe.load_forms(name).values() for f in v]


def _type_of(category: str) -> str:
    return next((t for t, cats in RANGES.items() if category in cats), "other_cancer")


@family
def test_the_family_is_registered_and_loads_its_classes(name: str) -> None:
    classes, (least, most) = FAMILIES[name]
    assert name in probe.FAMILIES
    forms = probe.load_forms(name)
    assert set(forms) == classes
    low, high = CLASS_SIZES.get(name, (9, 11))
    assert all(low <= len(v) <= high for v in forms.values()), {k: len(v) for k, v in forms.items()}
    assert least <= len(_forms(name)) <= most
    assert len({f.text for f in _forms(name)}) == len(_forms(name))


@family
def test_every_icd_label_is_a_tabular_category_of_a_cancer_in_situ_or_history(name: str) -> None:
    for f in _forms(name):
        if f.cancer_type == "none":
            assert f.icd == "", f.icd
            continue
        for cat in f.icd.split("|"):
            assert cm.is_valid_item(cat) and cm.is_category(cat), cat
            # malignant C00-C96 (C7A / C7B / C4A included), in situ D00-D09, or personal history Z85 / Z86;
            # never a benign (D10-D36, D3A) or uncertain-behaviour (D37-D48) neoplasm
            assert cat[0] == "C" or cat[:2] == "D0" or cat in {"Z85", "Z86"}, cat


@family
def test_the_type_follows_the_primary_category(name: str) -> None:
    for f in _forms(name):
        primaries = [c for c in f.icd.split("|") if c.startswith("C") and c not in SECONDARY_OR_UNKNOWN]
        if primaries:
            types = {f.cancer_type if c in MORPHOLOGY_SITES.get(f.cancer_type, ()) else _type_of(c) for c in primaries}
            assert types == {f.cancer_type}, (f.icd, f.cancer_type)
        elif f.icd and f.icd.split("|")[0] in SECONDARY_OR_UNKNOWN:
            if name in REMOVED_PRIMARY_KEEPS_TYPE and _REMOVED.search(f.text):
                assert f.cancer_type not in {"none", "other_cancer"}, f.icd  # the removed primary's type
            else:
                assert f.cancer_type == "other_cancer", f.icd  # secondary with no primary named: unknown primary


@family
def test_the_parts_split_every_class_by_form_part(name: str) -> None:
    forms = probe.load_forms(name)
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
