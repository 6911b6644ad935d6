"""The classes the twenty-sixth pass added (docs/coding.md, "Semicolons between clauses, ICD-10-CM's secondary-site
titles and site-coded histologies (twenty-sixth pass)"): a semicolon that joins two clauses ends a negation or doubt,
one that parts a list's items does not; "Secondary malignant neoplasm of X" names where a cancer spread; Kaposi
sarcoma is C46 at any organ; a tabular kind's NOS name and an accented eponym are the kind's own category; and the
coders' default child of a kind that is itself "unspecified" is its unspecified site. Sentences written for the test
(not any family's forms): cases to code and look-alikes to leave."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.icd10 import refine_code
from tests.stages.coding.coded import code, code_all


@pytest.mark.parametrize("text, expected, category", [
    ("No evidence of malignancy on the biopsy; breast cancer on letrozole.", "breast", "C50"),
    ("Negative for carcinoma on the thyroid aspirate; prostate adenocarcinoma on leuprolide.", "prostate", "C61"),
    ("No evidence of recurrence; continues anastrozole for breast cancer.", "breast", "C50"),
    ("Denies night sweats; diagnosed with diffuse large B-cell lymphoma in March, now on R-CHOP.", "lymphoma", "C83"),
    ("No evidence of malignancy on the colonoscopy; squamous cell carcinoma of the left lateral oral tongue, pT2 N0.",
     "head_and_neck", "C02"),
    ("Possible lymphoma; breast cancer diagnosed in 2019, on tamoxifen.", "breast", "C50"),
    # a backward cue after the semicolon does not reach the clause before it
    ("Breast cancer on letrozole; malignancy ruled out on the liver biopsy.", "breast", "C50"),
])
def test_a_semicolon_between_clauses_ends_the_negation(coder: Coder, text: str, expected: str,
                                                       category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text", [
    "No evidence of: lymphadenopathy; hepatomegaly; malignancy.",
    "ROS negative for: fever; weight loss; breast cancer.",
    "ROS negative for fever; weight loss; breast cancer.",
    "She denies fever; chills; lymphoma.",
    "Negative for: adenopathy; effusion; carcinoma in the nodes.",
    "Denies fever; chills; weight loss; history of cancer.",
    "Differential: lymphoma; metastatic carcinoma; sarcoidosis.",
    "No history of: diabetes mellitus type 2; coronary artery disease; colon cancer.",
    "No evidence of malignancy; benign nevus.",
    # a doubt that goes on over a semicolon with only a verb of being: the differential continued
    "The ring-enhancing lesion may represent an abscess; a necrotic glioblastoma is also possible.",
    "The renal mass could be an oncocytoma; renal cell carcinoma is also a consideration.",
    "Her breast mass may be a fibroadenoma; a phyllodes tumor or carcinoma is less likely.",
    "The differential diagnosis includes lymphoma; metastatic carcinoma from an unknown primary site; and sarcoidosis.",
])
def test_a_semicolon_list_keeps_one_cue_over_its_items(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


def test_a_sampled_structure_called_free_negates_nothing_after_a_semicolon(coder: Coder) -> None:
    # the semicolon ends the search back for a cue's start, so "free" said of a sampled muscle must not reach the
    # carcinoma: the specimen's structure "present and free" is no negation (as "muscularis propria free.")
    text = ("Cystoscopy found a papillary tumour on the trigone; transurethral resection showed high-grade urothelial "
            "carcinoma invading the lamina propria (pT1) with muscularis propria present and free, re-resection "
            "booked.")
    assert code(coder, text) == ("bladder", "C67")
    assert code(coder, "Transurethral resection: detrusor muscle present; negative for carcinoma.") == ("none", "")


@pytest.mark.parametrize("text, expected, category", [
    ("PROBLEM LIST:\nSecondary malignant neoplasm of bone\nMalignant neoplasm of prostate\nHypertension", "prostate",
     "C61"),
    ("PROBLEM LIST:\nSecondary malignant neoplasm of liver (CMS/HCC)\nMalignant neoplasm of sigmoid colon (CMS/HCC)",
     "colorectal", "C18"),
    ("ENCOUNTER DIAGNOSES:\nSECONDARY MALIGNANT NEOPLASM OF BRAIN\nMALIGNANT NEOPLASM OF UPPER LOBE, LEFT BRONCHUS OR "
     "LUNG", "lung", "C34"),
    ("Breast cancer with liver secondaries, on capecitabine.", "breast", "C50"),
    ("Secondary malignancy of the lung from colon cancer, on FOLFIRI.", "colorectal", "C18"),
])
def test_a_secondary_site_title_names_the_spread(coder: Coder, text: str, expected: str, category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text", [
    "PROBLEM LIST:\nSecondary malignant neoplasm of liver\nHypertension",
    "PROBLEM LIST:\nSecondary malignant neoplasm of lung\nGERD",
])
def test_a_secondary_site_alone_is_an_unknown_primary(coder: Coder, text: str) -> None:
    ty, codes = code_all(coder, text)
    assert ty == "other_cancer" and codes[0][:3] in {"C80", "C78"}


@pytest.mark.parametrize("text, expected", [
    # a cause written with it: a second primary, not a spread (the organ stays the cancer's own)
    ("Secondary malignancy of the thyroid after childhood radiation: papillary carcinoma, on levothyroxine "
     "suppression.", "thyroid"),
    ("Hypothyroidism secondary to neck radiation; no cancer history.", "none"),
    ("Anemia secondary to chronic kidney disease.", "none"),
])
def test_a_secondary_look_alike_is_left(coder: Coder, text: str, expected: str) -> None:
    assert code(coder, text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    ("Kaposi sarcoma of the lung, on paclitaxel.", "C46"),
    ("Kaposi sarcoma of the hard palate, on liposomal doxorubicin.", "C46"),
    ("Kaposi's sarcoma of the skin of the leg in an HIV patient on antiretrovirals.", "C46"),
    ("Kaposi sarcoma, on pomalidomide.", "C46"),
])
def test_kaposi_sarcoma_is_c46_at_any_organ(coder: Coder, text: str, expected: str) -> None:
    assert code(coder, text) == ("other_cancer", expected)


def test_a_site_coded_histology_does_not_take_a_lung_code(coder: Coder) -> None:
    # the lung's own carcinoma is still C34 beside a Kaposi block
    assert code(coder, "Adenocarcinoma of the right upper lobe of the lung, on osimertinib.") == ("lung", "C34")


@pytest.mark.parametrize("text, expected", [
    ("Sezary syndrome on mogamulizumab.", "C84"),
    ("Sézary syndrome on mogamulizumab.", "C84"),
    ("Cutaneous T-cell lymphoma on bexarotene.", "C84"),
    ("Waldenström macroglobulinemia on zanubrutinib.", "C88"),
])
def test_a_tabular_kind_nos_and_an_accented_eponym(coder: Coder, text: str, expected: str) -> None:
    assert code(coder, text) == ("lymphoma", expected)


def test_accents_in_a_note_without_cancer_stay_none(coder: Coder) -> None:
    assert code(coder, "Café-au-lait macules; Ménière disease follow-up, no new complaints.") == ("none", "")


@pytest.mark.parametrize("given, expected", [
    ("C84.A", "C84.A0"), ("C84.1", "C84.10"), ("C91.5", "C91.50"), ("C50.9", "C50.9"),
])
def test_refine_code_takes_the_unspecified_site_of_an_unspecified_kind(given: str, expected: str) -> None:
    assert refine_code(given, None) == expected
