"""Mechanisms added for the third family of coding forms (`coding_forms_probe --set third`, the ICD-10-CM
category decisions), each with sentences written for the test, not the probe's forms: a case the mechanism
must code and one it must leave alone."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.icd10 import in_situ_code
from tests.stages.coding.coded import code

# -- an in-situ histology takes its site's in-situ code (ICD-10-CM Neoplasm Table, "Ca in situ") -----------

@pytest.mark.parametrize(("text", "expected"), [
    ("Bronchoscopic biopsy of the left lower lobe: squamous cell carcinoma in situ.", ("lung", "D02")),
    ("Endocervical curettage: adenocarcinoma in situ of the cervix.", ("other_cancer", "D06")),
    ("Rectum, polypectomy: adenocarcinoma in situ arising in a villous adenoma.", ("colorectal", "D01")),
    ("Random bladder biopsies showed carcinoma in situ of the bladder.", ("bladder", "D09")),
])
def test_in_situ_histology_takes_the_sites_in_situ_code(coder: Coder, text: str, expected: tuple) -> None:
    assert code(coder, text) == expected


def test_invasive_histology_at_the_same_site_keeps_the_c_code(coder: Coder) -> None:
    assert code(coder, "Bronchoscopic biopsy of the left lower lobe: invasive squamous cell carcinoma.") == \
        ("lung", "C34")
    assert code(coder, "Endocervical curettage: invasive adenocarcinoma of the cervix.") == ("other_cancer", "C53")


def test_in_situ_code_table() -> None:
    assert in_situ_code("C34.11") == "D02.2"
    assert in_situ_code("C44.6") == "D04.6"
    assert in_situ_code("C53.0") == "D06.0"
    assert in_situ_code("C67.9") == "D09.0"
    for kept in ("C80.1", "C91.10", "C78.7", "D05.1"):
        assert in_situ_code(kept) == kept


# -- diagnosis lines in index order, head noun first ("Carcinoma, squamous cell"; "colon, sigmoid") ---------

@pytest.mark.parametrize(("text", "expected"), [
    ("DIAGNOSIS: Adenocarcinoma, colon, transverse, biopsy.", ("colorectal", "C18")),
    ("FINAL DIAGNOSIS: CARCINOMA, SQUAMOUS CELL, KERATINIZING, TONSIL, LEFT.", ("head_and_neck", "C09")),
    ("DIAGNOSIS: Carcinoma, lobular, invasive, breast, left, core biopsy.", ("breast", "C50")),
])
def test_index_order_diagnosis_line(coder: Coder, text: str, expected: tuple) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text", [
    "PAST MEDICAL HISTORY: Carcinoma, hypertension, thyroid disease.",
    "PROBLEMS: Adenocarcinoma, gout, rectal bleeding.",
])
def test_a_list_of_conditions_is_no_index_line(coder: Coder, text: str) -> None:
    assert code(coder, text)[1] in ("C80", "Z85")  # the malignancy has no site: the list names none


# -- a synoptic report's one "Tumor site:" line is the site of its "Histologic type:" line -------------------

def test_synoptic_tumor_site_gives_a_bare_histology_its_site(coder: Coder) -> None:
    text = ("CANCER SUMMARY:\nProcedure: Low anterior resection\nTumor site: Rectum\n"
            "Histologic type: Adenocarcinoma\nMargins: Uninvolved")
    assert code(coder, text) == ("colorectal", "C20")


def test_a_tumor_site_where_the_histology_never_arises_is_not_its_site(coder: Coder) -> None:
    # ICD-O-3: adenocarcinoma does not arise in the brain (there it is a metastasis)
    text = "SUMMARY:\nTumor site: Left temporal lobe\nHistologic type: Adenocarcinoma"
    assert code(coder, text) == ("other_cancer", "C80")


def test_index_order_needs_the_head_first_in_its_clause(coder: Coder) -> None:
    # "thymic carcinoma, squamous type" is a thymic carcinoma of squamous subtype, not "carcinoma, squamous"
    assert code(coder, "Mediastinum, resection: thymic carcinoma, basaloid type.") == ("other_cancer", "C37")


# -- history vs active: a drug given now after a past treatment; a time of life long past -------------------

def test_a_cancer_drug_given_now_after_a_past_operation_keeps_the_active_code(coder: Coder) -> None:
    assert code(coder, "Prostate cancer in 2016, s/p prostatectomy, currently on bicalutamide.") == ("prostate", "C61")
    assert code(coder, "Prostate cancer in 2016, s/p prostatectomy, completed bicalutamide in 2018.") == \
        ("prostate", "Z85")


def test_a_cancer_in_childhood_is_history(coder: Coder) -> None:
    assert code(coder, "In her childhood she had a Wilms tumor of the left kidney.") == ("kidney", "Z85")
    assert code(coder, "A Wilms tumor of the left kidney in a child; nephrectomy tomorrow.") == ("kidney", "C64")


# -- grade III intraepithelial neoplasia is carcinoma in situ (ICD-10-CM D00-D09 inclusion terms) -----------

@pytest.mark.parametrize(("text", "expected"), [
    ("Colposcopic biopsy at 6 o'clock: cervical intraepithelial neoplasia grade 3.", ("other_cancer", "D06")),
    ("LEEP specimen with CIN III extending to the endocervical margin.", ("other_cancer", "D06")),
    ("Vaginal apex biopsy: VAIN III.", ("other_cancer", "D07")),
    # D01.3, which the taxonomy sorts as colorectal
    ("Anal Pap was abnormal and the high-resolution anoscopy biopsy showed AIN III.", ("colorectal", "D01")),
])
def test_grade_three_intraepithelial_neoplasia(coder: Coder, text: str, expected: tuple) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text", [
    "Colposcopic biopsy at 6 o'clock: CIN 1, koilocytic atypia.",
    "Cervical intraepithelial neoplasia grade 2 on the LEEP.",
    "The external fixator PIN 3 was loose and was replaced.",
])
def test_lower_grades_and_english_words_are_not_carcinoma_in_situ(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


# -- a sentence saying the primary is unknown: the biopsied organ is where the cancer spread (C80.1) ---------

def test_unknown_primary_sentence(coder: Coder) -> None:
    assert code(coder, "Bone biopsy of the sacrum shows carcinoma; the primary remains unknown.") == \
        ("other_cancer", "C80")
    assert code(coder, "Lung biopsy shows carcinoma; PET shows no other lesion.") == ("lung", "C34")


# -- malignant carcinoid tumours are C7A at their site (ICD-10-CM), except where C7A excludes it -------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Appendix, appendectomy: malignant carcinoid tumor at the tip, 1.1 cm.", ("other_cancer", "C7A")),
    ("Duodenum, polypectomy: well-differentiated neuroendocrine tumor, grade 1, involving the submucosa.",
     ("other_cancer", "C7A")),
    # pancreatic islet cell tumours are C25.4 (C7A Excludes2)
    ("Pancreas, distal pancreatectomy: well-differentiated neuroendocrine tumor, 2.1 cm.", ("pancreas", "C25")),
])
def test_carcinoid_at_its_site(coder: Coder, text: str, expected: tuple) -> None:
    assert code(coder, text) == expected


def test_adenocarcinoma_at_the_same_site_is_not_c7a(coder: Coder) -> None:
    assert code(coder, "Appendix, appendectomy: mucinous adenocarcinoma at the tip, 1.1 cm.") == ("colorectal", "C18")


# -- an abbreviation with a hyphenated qualifier counts; a tumour marker with its number does not ------------

def test_hyphenated_qualifier_after_an_abbreviation(coder: Coder) -> None:
    assert code(coder, "AML-MRC, induction with CPX-351 started.") == ("leukemia", "C92")
    assert code(coder, "Her CA-125 rose to 60 and the CA 19-9 is normal.") == ("none", "")


# -- a part that organs of several types have ("fundus") belongs to the organ labelling the line ------------

def test_shared_part_takes_the_labelled_organ(coder: Coder) -> None:
    assert code(coder, "Gallbladder, cholecystectomy: adenocarcinoma of the fundus, pT1b.") == ("other_cancer", "C23")
    assert code(coder, "Signet ring cell adenocarcinoma of the fundus on the EGD biopsies.") == ("stomach", "C16")


# -- a stop-word abbreviation joined to a qualifier by a hyphen is the abbreviation ("B-ALL") ---------------

def test_hyphen_qualified_all_is_leukaemia(coder: Coder) -> None:
    assert code(coder, "Pre-B-ALL diagnosed in March, now in consolidation.") == ("leukemia", "C91")
    assert code(coder, "Take ALL of the tablets - every one - with food.") == ("none", "")


# -- a histology ICD-O-3.2 lists at both grades is the histology without one ----------------------------------

def test_ungraded_form_of_a_histology_split_by_grade(coder: Coder) -> None:
    assert code(coder, "Omentum and peritoneum, debulking: serous carcinoma of the peritoneum.") == \
        ("other_cancer", "C48")
    # listed at one grade only: the grade is part of the diagnosis, and without it there is none
    assert code(coder, "Cecum, polypectomy: serrated dysplasia, completely excised.") == ("none", "")


# -- in an all-caps note an abbreviation that is no English word still names the disease ---------------------

def test_all_caps_note_keeps_unambiguous_abbreviations(coder: Coder) -> None:
    assert code(coder, "ASSESSMENT: METASTATIC NSCLC TO BONE, ON CARBOPLATIN AND PEMETREXED.") == ("lung", "C34")
    # "ALL" is an English word: in capitals it stays one
    assert code(coder, "PLAN: ALL MEDICATIONS REVIEWED. FOLLOW UP IN ALL CLINICS AS SCHEDULED.") == ("none", "")


# -- section labels are matched from word starts in capitals too --------------------------------------------

def test_capital_labels_match_section_kinds_from_word_starts(coder: Coder) -> None:
    from cancerprep.stages.coding.sections import find_sections

    # "PROSTATE" and "URETEROSCOPIC" hold the letters of ROS, but no ROS heading
    assert [k for _, k in find_sections("LEFT URETER, URETEROSCOPIC BIOPSY: CARCINOMA.")] == ["other"]
    assert [k for _, k in find_sections("HPI: WELL.\nROS: NEGATIVE.")] == ["other", "narrative", "minor"]
    assert code(coder, "LEFT RENAL PELVIS, URETEROSCOPIC BIOPSY: HIGH-GRADE UROTHELIAL CARCINOMA.") == \
        ("kidney", "C65")


# -- in a note written all in lower case, abbreviations that are no English word match in lower case ---------

def test_lower_case_note_matches_unambiguous_abbreviations(coder: Coder) -> None:
    assert code(coder, "assessment: metastatic nsclc to bone, on carboplatin and pemetrexed.") == ("lung", "C34")
    # in a note with its capitals, a lower-case "hcc" is not read as the abbreviation (it is written "HCC")
    assert code(coder, "Assessment: Hcc and Nsclc are codes on her insurance form, not diagnoses.")[0] == "none"
