"""The classes the twentieth pass added (docs/coding.md, "Indications, billing tags, skin parts and kinds without a
subtype (twentieth pass)"): carcinomas of ICD-O-3 800-811 at the skin, the skin written before one of its parts, a
histology's own site word only where ICD-O-3 gives it few organs, a drug given for a stated non-cancer disease, a
regimen given now in a later sentence, the kind the tabular list names without its subtype, EHR billing tags
("(CMS/HCC)"), the one nothing-left pattern, a cytology beside a carcinoma in situ, and a visit's label. Sentences
written for the test (not any family's forms): cases to code and look-alikes to leave."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding import status, textcoder
from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.taxonomy import load_vocabulary
from tests.stages.coding.coded import code, code_all


def test_the_vocabulary_lists_words_of_other_diseases() -> None:
    words = set(load_vocabulary()["icd10_conditions"])
    assert {"arthritis", "lupus", "purpura", "lymphohistiocytosis", "pregnancy"} <= words
    # a word any neoplasm title uses is no other disease's
    assert not words & {"carcinoma", "neoplasm", "malignant", "lymphoma", "leukemia", "skin", "breast"}


@pytest.mark.parametrize("text, category", [
    ("Left lower eyelid, wedge excision: sebaceous carcinoma with pagetoid spread.", "C44"),
    ("Skin of the right upper eyelid: poorly differentiated carcinoma, margins involved.", "C44"),
    ("Problem list: Other malignant neoplasm of skin of right ear and external auricular canal", "C44"),
    ("Skin, lower lip, shave biopsy: invasive squamous cell carcinoma.", "C44"),
])
def test_carcinomas_of_the_skin_and_its_parts(coder: Coder, text: str, category: str) -> None:
    assert code(coder, text) == ("other_cancer", category)


@pytest.mark.parametrize("text, expected, category", [
    # the lip itself (its vermilion) and a duct carcinoma in the skin over the breast keep their organs
    ("Lower lip, vermilion, wedge excision: invasive squamous cell carcinoma.", "head_and_neck", "C00"),
    ("Skin, left breast, punch biopsy: invasive ductal carcinoma.", "breast", "C50"),
    ("Eyelid margin biopsy: chalazion, no carcinoma.", "none", ""),
])
def test_the_skin_look_alikes_keep_their_organ(coder: Coder, text: str, expected: str, category: str) -> None:
    assert code(coder, text) == (expected, category)


def test_a_pattern_word_in_a_histology_name_is_no_site(coder: Coder) -> None:
    # "adenoid" in adenoid cystic carcinoma (32 organs in ICD-O-3) says gland-like, not the nasopharynx
    assert code(coder, "Adenoid cystic carcinoma, recurrent, on restaging imaging.") == ("other_cancer", "C80")
    assert code(coder, "Adenoid cystic carcinoma of the left parotid gland.") == ("head_and_neck", "C07")
    # ... a histology of few organs still takes the one its name says
    assert code(coder, "Hysterectomy: low grade endometrial stromal sarcoma.") == ("uterine", "C54")


@pytest.mark.parametrize("text, expected, category", [
    ("Breast cancer s/p mastectomy 2016, no evidence of disease. Now on letrozole 2.5 mg for ovulation induction.",
     "breast", "Z85"),
    ("Colon cancer resected in 2013, disease-free. Currently receiving methotrexate weekly for psoriatic arthritis.",
     "colorectal", "Z85"),
    ("Rituximab 375 mg/m2 for ITP, second dose today.", "none", ""),
    ("Admitted for HLH; etoposide for HLH per protocol, day 4.", "none", ""),
])
def test_a_drug_for_another_disease_treats_no_cancer(coder: Coder, text: str, expected: str, category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text, expected, category", [
    # the indication is a cancer, or only the course: still its treatment
    ("Breast cancer s/p lumpectomy 2019, no evidence of disease. On anastrozole for adjuvant therapy.", "breast",
     "C50"),
    ("History of melanoma excised 2017. Now receiving pembrolizumab for metastatic melanoma.", "melanoma", "C43"),
    ("Diffuse large B-cell lymphoma on R-CHOP, with intrathecal methotrexate for CNS prophylaxis.", "lymphoma",
     "C83"),
])
def test_a_drug_for_a_cancer_or_its_course_still_treats_it(coder: Coder, text: str, expected: str,
                                                           category: str) -> None:
    assert code(coder, text) == (expected, category)


def test_a_regimen_given_now_in_a_later_sentence_keeps_the_cancer_active(coder: Coder) -> None:
    assert code(coder, "Rectal cancer s/p low anterior resection, no recurrence. Currently receiving FOLFOX.") \
        == ("colorectal", "C20")
    # ... not one given before, nor one written as over
    assert code(coder, "Rectal cancer s/p resection in 2014, no recurrence. She was on FOLFOX then.") \
        == ("colorectal", "Z85")
    assert code(coder, "Colon cancer treated with surgery in 2018. Completed FOLFOX in 2019. No recurrence.") \
        == ("colorectal", "Z85")


@pytest.mark.parametrize("text, expected", [
    ("ALK-positive anaplastic large cell lymphoma, stage IIA.", "C84.6"),
    ("Pathology: large B-cell lymphoma, stage III.", "C83.3"),
    ("Primary mediastinal large B-cell lymphoma.", "C85.2"),
    ("Intravascular large B-cell lymphoma of the skin.", "C83.8"),
])
def test_lymphoma_kinds_from_their_titles(coder: Coder, text: str, expected: str) -> None:
    ty, codes = code_all(coder, text)
    assert ty == "lymphoma" and codes[0].startswith(expected)


def test_the_kind_without_its_subtype_is_the_one_the_tabular_list_names_so() -> None:
    coder = Coder()
    coder.setup()
    assert "C83.3" in coder.text._nos_kinds  # "Diffuse large B-cell lymphoma, subtype not specified"
    assert "C83.8" not in coder.text._nos_kinds


@pytest.mark.parametrize("text, expected, category", [
    ("Problem List:\n- Malignant neoplasm of prostate (CMS/HCC)\n- Essential hypertension", "prostate", "C61"),
    ("Active problems: Malignant neoplasm of head of pancreas (CMS-HCC); GERD", "pancreas", "C25"),
    ("Problem List:\n- Type 2 diabetes mellitus with hyperglycemia (HCC)\n- Hyperlipidemia", "none", ""),
    ("Problem List:\n- Cirrhosis of liver without ascites (HCC)", "none", ""),
])
def test_billing_tags_of_a_problem_list_name_no_liver_cancer(coder: Coder, text: str, expected: str,
                                                             category: str) -> None:
    assert code(coder, text) == (expected, category)


def test_hepatocellular_carcinoma_written_as_hcc_still_counts(coder: Coder) -> None:
    assert code(coder, "Cirrhosis with a 3 cm arterially enhancing lesion, LI-RADS 5: HCC. Plan TACE.") \
        == ("liver", "C22")
    assert code(coder, "Problem List:\n- Hepatocellular carcinoma (HCC)") == ("liver", "C22")


def test_one_nothing_left_pattern_serves_both_readings() -> None:
    assert not hasattr(textcoder, "_NO_DISEASE_LEFT")
    for said in ("NED", "no clinical evidence of disease", "no local or distant disease", "disease-free",
                 "no cancer therapy since", "in complete remission", "surveillance CT negative"):
        assert status.NOTHING_LEFT_RE.search(said), said
    for said in ("no evidence of infection", "recurrence in the liver", "CT pending"):
        assert not status.NOTHING_LEFT_RE.search(said), said


def test_one_cancers_marker_is_no_statement_that_the_patient_has_none_left(coder: Coder) -> None:
    # "PSA undetectable" speaks of the treated prostate, not of the new bladder cancer
    text = ("Prior prostate cancer s/p prostatectomy 2016, PSA undetectable since. Now gross hematuria; TURBT: "
            "invasive high-grade urothelial carcinoma, pT2. Plan cystectomy.")
    assert code_all(coder, text) == ("bladder", ["C67.9", "Z85.46"])
    assert status.NOTHING_LEFT_RE.search("PSA undetectable").group("patient") is None
    assert status.NOTHING_LEFT_RE.search("no evidence of disease").group("patient") is not None


def test_a_cytology_beside_the_same_carcinoma_in_situ_is_no_invasion(coder: Coder) -> None:
    assert code(coder, "Biopsies of the trigone: flat urothelial carcinoma in situ; urine cytology positive for "
                       "high-grade urothelial carcinoma. Plan BCG induction.") == ("bladder", "D09")
    # ... a cytology alone, or beside an invasive biopsy, stays the carcinoma
    assert code(coder, "Urine cytology positive for high-grade urothelial carcinoma; cystoscopy pending.") \
        == ("bladder", "C67")
    assert code(coder, "TURBT: invasive urothelial carcinoma, pT1. Urine cytology positive for urothelial "
                       "carcinoma.") == ("bladder", "C67")


def test_a_visit_label_naming_the_cancer_it_follows_takes_the_notes_past(coder: Coder) -> None:
    text = ("Melanoma surveillance: history of stage IA melanoma of the left shoulder, wide excision 2018. Skin exam "
            "today without suspicious lesions.")
    assert code(coder, text) == ("melanoma", "Z85")
    # ... a label beside a cancer still there is current, and active surveillance watches one still there
    assert code(coder, "Melanoma follow-up: new in-transit metastases of the right thigh, starting nivolumab.") \
        == ("melanoma", "C43")
    assert code(coder, "Prostate cancer, Gleason 3+3, on active surveillance; repeat biopsy next year.") \
        == ("prostate", "C61")


def test_years_counted_since_the_treatment_are_past_time() -> None:
    assert status.mention_status("5-year follow-up after sigmoid colectomy for adenocarcinoma") == status.PAST
    assert status.mention_status("adenocarcinoma, 2 weeks after sigmoid colectomy") != status.PAST
    # ... not years after an operation, which may date a new finding
    assert status.mention_status("VAIN 3 of the vaginal fornix, 7 years after hysterectomy") != status.PAST
