"""Mechanisms added for the coding forms probe (`benchmarks.quality.coding_forms_probe`), each with
sentences written for the test (not the probe's forms, so the probe stays an independent measure):
a positive case the mechanism must catch and a negative one it must leave alone."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from tests.stages.coding.coded import code

# -- assertion cues in prose ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The adnexal mass might represent an ovarian carcinoma or an endometrioma.",
    "The hilar adenopathy could be sarcoid or lymphoma.",
    "She is worried that the lump is breast cancer.",
    "We are considering sarcoidosis or an occult lymphoma.",
    "A search for an occult primary malignancy was negative.",
    "He was educated about the symptoms of colon cancer.",
    "In the event that the re-excision shows melanoma, a sentinel node biopsy will follow.",
    "She has never been diagnosed with lymphoma.",
    "Causes of iron deficiency anemia in an older adult include peptic ulcers and colon cancer.",
])
def test_possible_hypothetical_and_negated_prose(coder: Coder, text: str) -> None:
    assert code(coder, text)[0] == "none"


@pytest.mark.parametrize(("text", "expected"), [
    # the cue comes after the mention, or the patient's own disease ends the doubt
    ("Pancreatic adenocarcinoma may be treated with chemotherapy before surgery.", "pancreas"),
    ("Considering her stage II breast cancer, adjuvant chemotherapy was recommended.", "breast"),
    ("Work-up for his newly diagnosed lung adenocarcinoma included a PET scan.", "lung"),
    ("She was diagnosed with follicular lymphoma in March and never received chemotherapy.", "lymphoma"),
    # "can be" is no possibility cue ("benefits can be obtained with chemotherapy in metastatic ... cancer")
    ("Modest benefits can be obtained with chemotherapy in metastatic pancreatic cancer.", "pancreas"),
])
def test_cues_leave_the_patients_cancer(coder: Coder, text: str, expected: str) -> None:
    assert code(coder, text)[0] == expected


def test_disease_free_is_history_not_negation(coder: Coder) -> None:
    assert code(coder, "Colon cancer resected in 2010, cancer-free since.") == ("colorectal", "Z85")
    assert code(coder, "Hodgkin lymphoma, treated in his teens, now disease free.")[1] == "Z85"
    assert code(coder, "He is a survivor of testicular cancer.") == ("other_cancer", "Z85")
    # "free" of a tumour is still a negation
    assert code(coder, "Skin, re-excision: scar tissue, free of melanoma.")[0] == "none"


def test_margins_are_what_is_negative(coder: Coder) -> None:
    assert code(coder, "Right colon, hemicolectomy: adenocarcinoma, margins negative.") == ("colorectal", "C18")
    assert code(coder, "Vulva, excision: squamous cell carcinoma in situ, margins free.")[0] == "other_cancer"
    assert code(coder, "Re-excision: scar tissue; margins are negative and no residual melanoma is seen.")[0] \
        == "none"


def test_differential_section_is_not_a_diagnosis(coder: Coder) -> None:
    assert code(coder, "DIFFERENTIAL DIAGNOSIS:\n1. Sarcoidosis.\n2. Lymphoma.\n3. Tuberculosis.")[0] == "none"
    assert code(coder, "DIAGNOSIS:\n1. Follicular lymphoma, grade 2.\n2. Anemia.")[0] == "lymphoma"


# -- the histology's own words carry its assertion ------------------------------------------------

def test_own_disease_phrase_ends_at_a_verb(coder: Coder) -> None:
    # "his fatigue include ... lymphoma" is a list, not his lymphoma
    assert code(coder, "Etiologies for his fatigue include hypothyroidism and lymphoma.")[0] == "none"
    # the patient's own disease still ends a doubt written before it
    assert code(coder, "Rule out metastatic disease in this patient with his known prostate cancer.")[0] == "prostate"


def test_context_reads_the_histology_not_its_linked_site(coder: Coder) -> None:
    # a cue between the organ and the histology modifies the histology
    assert code(coder, "HPI: Her thyroid nodule may be an adenoma, a cyst or a carcinoma.")[0] == "none"
    # two histologies linked to the same organ are each assessed: the in situ one counts, the negated one not
    assert code(coder, "DIAGNOSIS: Breast, right, lumpectomy: Lobular carcinoma in situ, classic type; no invasive "
                       "carcinoma seen.") == ("breast", "D05")
    assert code(coder, "DIAGNOSIS: Breast, right, lumpectomy: Invasive lobular carcinoma; no carcinoma in situ "
                       "seen.") == ("breast", "C50")


# -- codes from the vocabularies ------------------------------------------------------------------

def test_keratinocyte_carcinoma_of_a_skin_site(coder: Coder) -> None:
    # SEER's list leaves the skin out for squamous/basal cell carcinoma; ICD-10-CM codes them C44
    assert code(coder, "DIAGNOSIS: Skin, left temple, punch biopsy: Basal cell carcinoma, nodular type.") \
        == ("other_cancer", "C44")
    assert code(coder, "Scalp, shave biopsy: squamous cell carcinoma, keratinizing.") == ("other_cancer", "C44")
    # the same histology of an organ keeps the organ
    assert code(coder, "Larynx, biopsy: squamous cell carcinoma, moderately differentiated.") \
        == ("head_and_neck", "C32")


def test_in_situ_morphology_of_a_morphology_type(coder: Coder) -> None:
    assert code(coder, "Skin, right cheek, excision: lentigo maligna, margins clear.") == ("melanoma", "D03")
    assert code(coder, "Skin, right cheek, excision: lentigo maligna melanoma, Breslow 0.4 mm.") \
        == ("melanoma", "C43")


def test_unspecified_code_takes_the_kind_written_with_it(coder: Coder) -> None:
    # "NHL" is C85.9 "Non-Hodgkin lymphoma, unspecified"; "follicular" names C82, and C83.8 "Other
    # non-follicular lymphoma" is not a follicular one
    assert code(coder, "Assessment: follicular NHL, stage III.") == ("lymphoma", "C82")
    assert code(coder, "Assessment: NHL, stage III, on R-CHOP.") == ("lymphoma", "C85")


def test_gleason_score_names_prostate_cancer(coder: Coder) -> None:
    assert code(coder, "Prostate, right base, core biopsy: Gleason score 4 + 4 = 8, 70% of the core.") \
        == ("prostate", "C61")
    assert code(coder, "FINDINGS: Gleason 7 in 3 of 12 cores.") == ("prostate", "C61")
    # a Gleason score without a value, or negated, is no cancer
    assert code(coder, "Prostate biopsy performed; Gleason score pending.")[0] == "none"
    assert code(coder, "Prostate, biopsies: benign prostatic tissue; no Gleason pattern identified.")[0] == "none"


def test_a_past_year_further_along_the_sentence_makes_it_history(coder: Coder) -> None:
    assert code(coder, "She had cervical cancer treated with a radical hysterectomy and pelvic radiation in 1999.") \
        == ("other_cancer", "Z85")
    # a year with treatment going on now keeps the active code
    assert code(coder, "Breast cancer diagnosed in 2021, currently receiving adjuvant chemotherapy.") \
        == ("breast", "C50")


def test_squamous_and_basal_cell_initialisms_need_their_site(coder: Coder) -> None:
    assert code(coder, "Assessment: SCC of the left lateral tongue, cT2N0.") == ("head_and_neck", "C02")
    assert code(coder, "Assessment: nodular BCC of the nasal ala, for Mohs surgery.")[0] == "other_cancer"
    assert code(coder, "Plan: excise the scalp SCC next week.") == ("other_cancer", "C44")
    # the initialism alone, or beside no site, is not typed as anything
    assert code(coder, "Labs: SCC antigen 1.2. Follow up in clinic.")[0] == "none"


# -- from the second family of forms --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Her boyfriend has leukemia and she is under a lot of stress.",
    "Her friend was diagnosed with ovarian cancer last spring.",
    "We talked about lowering her colon cancer risk with regular colonoscopy.",
    "Sun protection was advised for melanoma prevention.",
    "A metastatic renal cell carcinoma is also in the differential.",
])
def test_other_experiencers_and_cues_written_after(coder: Coder, text: str) -> None:
    assert code(coder, text)[0] == "none"


def test_cues_after_leave_the_patients_cancer(coder: Coder) -> None:
    # "risk" of something else, written after the patient's own cancer, does not make it hypothetical
    assert code(coder, "Her breast cancer was treated last month; her risk of lymphedema was discussed.")[0] \
        == "breast"
    # the patient's own disease still ends a doubt written before it
    assert code(coder, "Bone scan to rule out spread of her known breast cancer.")[0] == "breast"


def test_weak_abbreviation_before_its_organ_in_any_case(coder: Coder) -> None:
    assert code(coder, "pmh: ca prostate s/p prostatectomy 2011.") == ("prostate", "Z85")
    assert code(coder, "Serum ca 9.1, albumin 3.9.")[0] == "none"


def test_forms_probe_labels_are_valid() -> None:
    """Every form of the three families has a known type and, for a cancer, valid ICD-10-CM categories."""
    import simple_icd_10_cm as cm

    from benchmarks.quality.coding_forms_probe import load_forms
    from cancerprep.stages.coding.taxonomy import NONE, OTHER, load_taxonomy

    types = set(load_taxonomy().ids) | {NONE, OTHER}
    n = 0
    for family in ("first", "second", "third"):
        for forms in load_forms(family).values():
            for form in forms:
                n += 1
                assert form.cancer_type in types, form.text
                assert (form.icd == "") == (form.cancer_type == NONE), form.text
                assert all(len(c) == 3 and cm.is_valid_item(c) for c in form.icd.split("|") if c), form.text
    assert n == 192 + 63 + 206


# -- the taxonomy's oncology abbreviations (case-sensitive) -----------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Seen for newly diagnosed CRC with liver metastases, starting FOLFOX.", ("colorectal", "C18")),
    ("PDAC of the pancreatic head, borderline resectable.", ("pancreas", "C25")),
    ("mCRPC progressing on enzalutamide.", ("prostate", "C61")),
    ("HNSCC of the oropharynx, p16 positive, treated with chemoradiation.", ("head_and_neck", "C10")),
    ("TNBC, on neoadjuvant chemotherapy.", ("breast", "C50")),
    ("Stage II cHL in complete remission after ABVD.", ("lymphoma", "C81")),
    ("High-grade NMIBC after TURBT, for BCG induction.", ("bladder", "C67")),
])
def test_standard_oncology_abbreviations_name_the_type(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text", [
    "PCA pump for postoperative pain control.",            # patient-controlled analgesia, not PCa
    "MCL sprain of the right knee, brace for 4 weeks.",    # a ligament: left out of the list on purpose
    "No evidence of CRC on screening colonoscopy.",        # a negated abbreviation is negated like the term
])
def test_look_alike_or_negated_abbreviations_are_no_cancer(coder: Coder, text: str) -> None:
    assert code(coder, text)[0] == "none"


# -- a treatment dated in the past, written after the disease ---------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Kidney cancer status post right nephrectomy 10 years ago, no recurrence.", ("kidney", "Z85")),
    ("Breast cancer s/p left mastectomy in 2009, no evidence of disease.", ("breast", "Z85")),
])
def test_cancer_treated_years_ago_is_history(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("DCIS, s/p lumpectomy last week, for radiation.", ("breast", "D05")),                     # recent surgery
    ("Colon adenocarcinoma s/p resection 2 weeks ago, starting FOLFOX.", ("colorectal", "C18")),  # weeks, not years
    ("Rectal cancer s/p low anterior resection, on adjuvant chemotherapy.", ("colorectal", "C20")),  # no date at all
])
def test_recent_or_undated_treatment_leaves_the_cancer_active(coder: Coder, text: str,
                                                             expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected
