"""The classes the twenty-seventh pass added (docs/coding.md, "Structured reports: reporting categories, amended
reports, checklists (twenty-seventh pass)"): reporting categories that assert a malignancy now, a diagnosis an
amended report or a second opinion withdraws or replaces, a checklist block's heading or procedure as the organ of its
histology, "cancer" naming a document, ICD-10-CM's EIN, a possessive "known" after a negated involvement, a course
over and a test of today that finds nothing, "not applicable", and an operation done for a site-less histology.
Sentences written for the test (not any family's forms): cases to code and look-alikes to leave."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.reporting import present_category, superseded
from cancerprep.stages.coding.template import block_site
from tests.stages.coding.coded import code


# -- reporting categories --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Liver MRI: treated hepatocellular carcinoma in segment 6 after ablation. LI-RADS treatment response: "
    "LR-TR Viable.",
    "Status post TACE of biopsy-proven hepatocellular carcinoma in segment 2. LR-TR viable tumour at the margin.",
])
def test_a_viable_treatment_response_keeps_the_cancer_active(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("liver", "C22")


@pytest.mark.parametrize("text, expected", [
    ("BI-RADS 6: known biopsy-proven malignancy.", True),
    ("Thyroid FNA: Bethesda category VI.", True),
    ("Parotid FNA: Milan VI.", True),
    ("Urine cytology: negative for HGUC.", False),  # denied
    ("Urine cytology: positive for HGUC.", True),
    ("Urine cytology: NHGUC.", False),  # negative for high-grade urothelial carcinoma
    ("Liver MRI: LR-TR Nonviable.", False),
    ("BI-RADS 5: highly suggestive of malignancy.", False),
    ("Thyroid FNA: Bethesda V, suspicious for malignancy.", False),
])
def test_only_categories_that_assert_a_malignancy_are_present(text: str, expected: bool) -> None:
    assert present_category(text, [(0, "other")]) is expected


@pytest.mark.parametrize("text", [
    "BI-RADS 4C: highly suggestive of malignancy. Ultrasound-guided biopsy recommended.",
    "Breast ultrasound: BI-RADS 5 mass. Biopsy scheduled.",
    "Thyroid FNA: Bethesda V, suspicious for malignancy.",
    "Liver MRI: LR-4 observation, probably hepatocellular carcinoma. Follow-up in 3 months.",
    "Prostate MRI: PI-RADS 5 lesion, high likelihood of clinically significant cancer. Biopsy to follow.",
    "Liver MRI: LR-TR Nonviable, no residual enhancement.",
])
def test_a_category_of_suspicion_stays_none(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


# -- amended reports and second opinions -----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "ADDENDUM: The initial diagnosis of adenocarcinoma is retracted. Levels show atypical adenomatous hyperplasia "
    "only.",
    "Second opinion: outside diagnosis of lymphoma; our review shows reactive follicular hyperplasia. We disagree with "
    "the outside diagnosis.",
    "REVISED DIAGNOSIS: CLL revised to monoclonal B-cell lymphocytosis; the clone is below 5 x 10^9/L.",
    "Amended report: the previous report read as 'carcinoma' in error; the correct diagnosis is squamous papilloma.",
])
def test_a_withdrawn_or_replaced_diagnosis_is_dropped(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


@pytest.mark.parametrize("text, expected, category", [
    # the amended diagnosis stands
    ("AMENDED REPORT: The original diagnosis of ductal carcinoma in situ is amended to invasive ductal carcinoma, "
     "grade 2.", "breast", "C50"),
    # an outside diagnosis the reviewer agrees with stands
    ("Second opinion: Outside diagnosis: adenocarcinoma of the sigmoid colon. Our review: we agree with the outside "
     "diagnosis.", "colorectal", "C18"),
    # a correction of the side only: the diagnosis stands
    ("CORRECTED REPORT: The original report listed the left kidney in error; the specimen is the right kidney. Clear "
     "cell renal cell carcinoma, ISUP grade 3.", "kidney", "C64"),
    # an upgrade on review
    ("SECOND OPINION: Prostate biopsies, outside diagnosis atypical small acinar proliferation. Our review: prostatic "
     "adenocarcinoma, Gleason score 3+4=7.", "prostate", "C61"),
])
def test_a_diagnosis_that_stands_after_review_codes(coder: Coder, text: str, expected: str, category: str) -> None:
    assert code(coder, text) == (expected, category)


def test_superseded_needs_both_the_earlier_cue_and_a_withdrawal() -> None:
    text = "The original diagnosis of carcinoma is confirmed on levels."
    assert not superseded(text, text.index("carcinoma"), text.index("carcinoma") + 9)
    text = "The original diagnosis of carcinoma is withdrawn."
    assert superseded(text, text.index("carcinoma"), text.index("carcinoma") + 9)


# -- checklists --------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected, category", [
    ("SYNOPTIC REPORT, COLON:\nProcedure: Right hemicolectomy\nHistologic type: Adenocarcinoma\nMargins: Negative\n"
     "pTNM: pT3 pN1a", "colorectal", "C18"),
    ("CAP CHECKLIST:\nProcedure: Lobectomy, left lower lobe of the lung\nHistologic type: Squamous cell carcinoma\n"
     "Margins: Negative\npTNM: pT2a pN0", "lung", "C34"),
    # the heading run in after a host note's sentence
    ("The patient is seen today. PANCREAS, WHIPPLE RESECTION:\nHistologic type: Ductal adenocarcinoma\npTNM: pT2 pN1",
     "pancreas", "C25"),
])
def test_a_checklist_blocks_heading_or_procedure_names_the_organ(coder: Coder, text: str, expected: str,
                                                                 category: str) -> None:
    assert code(coder, text) == (expected, category)


def test_block_site_needs_a_block_of_fields() -> None:
    lone = "SYNOPTIC REPORT, RECTUM:\nThe patient is well."
    assert not block_site(lone, lone.index("RECTUM"))
    block = "SYNOPTIC REPORT, RECTUM:\nHistologic type: Adenocarcinoma"
    assert block_site(block, block.index("RECTUM"))
    procedure = "Margins: Negative\nProcedure: Low anterior resection, rectum"
    assert block_site(procedure, procedure.index("rectum"))
    assert not block_site(procedure, procedure.index("Procedure"))  # the label names no organ


@pytest.mark.parametrize("text", [
    "Colon polyp: tubular adenoma with high-grade dysplasia, no invasive carcinoma. The CAP cancer protocol does not "
    "apply.",
    "Sigmoid colon polypectomy: tubulovillous adenoma. No carcinoma. A cancer checklist is not required.",
])
def test_cancer_naming_a_document_is_no_disease(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


def test_a_named_cancers_protocol_still_codes(coder: Coder) -> None:
    # "breast cancer" names its organ: the patient's cancer, whatever protocol follows
    assert code(coder, "Invasive ductal carcinoma of the left breast; enrolled on a breast cancer protocol.") == (
        "breast", "C50")


# -- EIN ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Uterus, hysterectomy: Atypical endometrial hyperplasia / endometrioid intraepithelial neoplasia (EIN), no "
    "carcinoma identified.",
    "Endometrial biopsy: endometrioid intraepithelial neoplasia. No carcinoma.",
])
def test_ein_is_no_carcinoma_in_situ(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


@pytest.mark.parametrize("text, category", [
    ("Cervix, LEEP: CIN 3 extending to the endocervical margin.", "D06"),
    ("Endometrium, biopsy: endometrioid adenocarcinoma, FIGO grade 1.", "C54"),
])
def test_grade_three_neoplasia_and_carcinoma_still_code(coder: Coder, text: str, category: str) -> None:
    assert code(coder, text)[1] == category


# -- a negated involvement of a known disease --------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected, category", [
    ("STAGING MARROW: Negative for involvement by the patient's known diffuse large B-cell lymphoma. Normocellular "
     "marrow.", "lymphoma", "C83"),
    ("Bone marrow biopsy: no involvement by her known classic Hodgkin lymphoma.", "lymphoma", "C81"),
])
def test_a_possessive_known_disease_ends_the_negation(coder: Coder, text: str, expected: str, category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text", [
    "Bone marrow biopsy: no known malignancy; trilineage hematopoiesis.",
    "Lymph node: negative for involvement by lymphoma.",
])
def test_a_negation_without_a_possessive_stays(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


# -- a course over, a test of today that finds nothing ---------------------------------------------------------------
@pytest.mark.parametrize("text, category", [
    ("His 2009 nephrectomy showed clear cell renal cell carcinoma, ISUP grade 2; CT today shows no recurrence.", "Z85"),
    ("Her 2012 nephrectomy pathology was clear cell renal cell carcinoma, Fuhrman grade 2; she had no further "
     "treatment and surveillance CT today shows no recurrence.", "Z85"),
])
def test_a_past_operation_and_nothing_found_today_is_history(coder: Coder, text: str, category: str) -> None:
    assert code(coder, text) == ("kidney", category)


@pytest.mark.parametrize("text", [
    "Clear cell renal cell carcinoma on biopsy; nephrectomy scheduled today.",  # an operation of today
    "Small renal cell carcinoma, no treatment, on active surveillance; CT today shows stable size.",  # watched
])
def test_a_cancer_treated_or_watched_now_stays_active(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("kidney", "C64")


# -- "not applicable"; an operation done for a site-less histology -----------------------------------------------------
@pytest.mark.parametrize("text, expected, category", [
    ("Chest CT: Lung-RADS not applicable; status post right upper lobectomy in 2019 for adenocarcinoma; no "
     "recurrence.", "lung", "Z85"),
    ("Chest CT: status post left lower lobectomy in 2018 for adenocarcinoma; no evidence of disease.", "lung", "Z85"),
])
def test_an_operation_for_a_histology_names_its_organ(coder: Coder, text: str, expected: str, category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text", [
    "Chest CT: Lung-RADS not applicable; right upper lobectomy 2019 for aspergilloma; no nodules.",
    "Right upper lobectomy for a benign hamartoma; no malignancy.",
])
def test_an_operation_for_no_cancer_codes_none(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


def test_the_category_table_and_its_pattern_agree() -> None:
    from cancerprep.stages.coding.reporting import PRESENT_CATEGORIES

    for system, categories in PRESENT_CATEGORIES.items():
        for category in categories:
            written = category if category.startswith("LR-") or system == "Paris" else f"{system} {category}"
            assert present_category(f"Report: {written}.", [(0, "other")]), written


# -- grading and reporting systems that belong to one organ ----------------------------------------------------------
@pytest.mark.parametrize("text, expected, category", [
    ("Core biopsy: invasive carcinoma, Nottingham grade 3.", "breast", "C50"),
    ("Core biopsy: invasive carcinoma of no special type, Nottingham grade 2 (3+2+2).", "breast", "C50"),
    ("Resection: clear cell carcinoma, Fuhrman grade 2.", "kidney", "C64"),
    ("Diagnostic mammogram after neoadjuvant chemotherapy: BI-RADS 6. The known carcinoma has decreased to 1.2 cm.",
     "breast", "C50"),
    ("Needle cores: adenocarcinoma, Gleason score 3+3=6, Grade Group 1.", "prostate", "C61"),
])
def test_a_system_of_one_organ_names_the_site(coder: Coder, text: str, expected: str, category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text", [
    "Screening mammogram: BI-RADS 1, negative. No evidence of malignancy.",
    "Breast MRI: BI-RADS 3, probably benign; short-interval follow-up.",
    "Excision: meningioma, CNS WHO grade 1.",
    "Needle cores: atypical small acinar proliferation; no carcinoma (Gleason score not assigned).",
])
def test_a_system_of_one_organ_alone_codes_nothing(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")
