"""Kinds of ICD-10-CM category choice of issue 17's fifteenth pass (docs/coding.md, "Haematological kinds, other
conditions' adjectives, rising markers and unknown primaries (fifteenth pass)"): one test per kind, with sentences
written for the test (not any family's forms), cases the mechanism must code and look-alikes it must leave."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from tests.stages.coding.coded import code

# -- the kind of a haematological cancer from ICD-10-CM inclusion terms -----------------------------------------------


@pytest.mark.parametrize("text, category", [
    # C83.0 "Small cell B-cell lymphoma" includes splenic and nodal marginal zone lymphoma; the bare term is C88.4's
    ("Splenic marginal zone lymphoma, splenectomy planned.", "C83"),
    ("Biopsy of a neck node: nodal marginal zone lymphoma.", "C83"),
    # C84.6 "Anaplastic large cell lymphoma, ALK-positive", not the C83.3 of "large cell lymphoma"
    ("ALK-positive anaplastic large cell lymphoma of the mediastinum.", "C84"),
    # C83.3's inclusion terms
    ("T-cell/histiocyte-rich large B-cell lymphoma, stage III.", "C83"),
])
def test_kind_from_inclusion_terms(coder: Coder, text: str, category: str) -> None:
    assert code(coder, text) == ("lymphoma", category)


@pytest.mark.parametrize("text, category", [
    ("Marginal zone lymphoma of the orbit, on rituximab.", "C88"),  # no word of another kind: the term's own
    ("MALT lymphoma of the stomach after H. pylori eradication.", "C88"),
    ("Lymphoplasmacytic lymphoma with an IgM paraprotein.", "C88"),  # C88.0 and C83.0 tie: the term's own code
    ("Primary gastric lymphoma, diffuse large B-cell type, on R-CHOP.", "C83"),
    # an organ alone names no kind: "skin" is a word of C88.4's "lymphoma of skin-associated lymphoid tissue"
    ("Skin lymphoma diagnosed on punch biopsy of the back.", "C85"),
])
def test_term_keeps_its_kind_without_a_better_one(coder: Coder, text: str, category: str) -> None:
    assert code(coder, text) == ("lymphoma", category)


def test_kind_code_is_the_subcategory_when_title_and_inclusion_terms_agree(coder: Coder) -> None:
    # several names of one code matching equally are that code, not its category
    assert coder.code_note({"patient_id": "p", "text": "Tonsillar lymphoma, diffuse large B-cell type, stage II."}
                           ).icd10[0].startswith("C83.3")


# -- "recurrent", "persistent", "progressive", "residual" qualifying another condition -------------------------------


@pytest.mark.parametrize("text, category", [
    ("Past history: breast cancer, lumpectomy and radiation in 2006, no recurrence. Seen for recurrent sinusitis.",
     "Z85"),
    ("Prostate cancer treated with prostatectomy in 2009, PSA undetectable. Admitted with recurrent falls.", "Z85"),
    ("History of colon cancer, hemicolectomy 2004. She has had progressive knee pain for a year.", "Z85"),
    ("Renal cell carcinoma, nephrectomy 2011. Persistent hoarseness since intubation.", "Z85"),
    ("Bladder cancer, TURBT 2013, surveillance cystoscopies negative. Recurrent bladder infections.", "Z85"),
])
def test_adjective_of_another_condition_leaves_history(coder: Coder, text: str, category: str) -> None:
    assert code(coder, text)[1] == category


@pytest.mark.parametrize("text, category", [
    ("Breast cancer, lumpectomy 2010. Now recurrent left breast carcinoma, for mastectomy.", "C50"),
    ("Ovarian cancer, debulking in 2016. Recurrent ovarian, on carboplatin.", "C56"),
    ("Lung cancer, lobectomy 2017. Recurrent disease in the mediastinum.", "C34"),
    ("Endometrial cancer treated with hysterectomy in 2015. Recurrent, biopsy-proven, at the vaginal cuff.", "C54"),
    ("Kidney cancer, nephrectomy 2012. Recurrent stage IV renal cell carcinoma, on sunitinib.", "C64"),
])
def test_adjective_of_the_cancer_keeps_it_active(coder: Coder, text: str, category: str) -> None:
    assert code(coder, text)[1] == category


# -- a rising tumour marker is a recurrence --------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Prostate cancer, radical prostatectomy in 2008. PSA has been rising for a year, now 0.9.", ("prostate", "C61")),
    ("History of prostate cancer treated with seeds in 2005; rising PSA, referred to urology.", ("prostate", "C61")),
    ("Colon adenocarcinoma resected in 2014. CEA of 12 and rising.", ("colorectal", "C18")),
])
def test_rising_marker_makes_the_cancer_active(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text", [
    "Prostate cancer, radical prostatectomy in 2008. PSA undetectable, not rising.",
    "Prostate cancer, radical prostatectomy in 2008. PSA stable at 0.01.",
    "Prostate cancer, radical prostatectomy in 2008. Rising creatinine from dehydration.",
])
def test_marker_not_rising_leaves_history(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("prostate", "Z85")


def test_rising_marker_of_another_type_leaves_history(coder: Coder) -> None:
    # a PSA rise says nothing of a breast cancer treated in the past (and names no prostate cancer)
    assert code(coder, "Breast cancer, mastectomy in 2003, no recurrence. Rising PSA, for prostate biopsy.")[1] \
        == "Z85"


# -- an unknown primary names no site -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Metastatic adenocarcinoma of unknown primary involving the liver and lungs.",
    "Poorly differentiated carcinoma of occult primary in the liver, CK7 positive.",
])
def test_unknown_primary_names_no_site(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("other_cancer", "C80")


@pytest.mark.parametrize("text, expected", [
    ("Metastatic adenocarcinoma of pancreatic primary involving the liver.", ("pancreas", "C25")),
    ("Squamous cell carcinoma, lung primary, involving the left hilum.", ("lung", "C34")),
    ("Adenocarcinoma of the colon involving the serosa.", ("colorectal", "C18")),
])
def test_named_primary_still_names_the_site(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


# -- an organ's adjective before a lymph-node word names a nodal region --------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Enlarging neck mass. Left cervical lymph node, core biopsy: squamous cell carcinoma.", ("other_cancer", "C80")),
    ("Undifferentiated carcinoma in a cervical node, primary not yet found.", ("other_cancer", "C80")),
])
def test_cervical_nodes_are_no_cervix(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Cervix, biopsy: invasive squamous cell carcinoma; pelvic lymph nodes enlarged on MRI.", ("other_cancer", "C53")),
    ("Squamous cell carcinoma of the base of tongue with cervical lymphadenopathy.", ("head_and_neck", "C01")),
])
def test_organ_and_its_nodes_keep_the_organ(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected
