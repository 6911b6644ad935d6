"""Issue 17's error kinds as the seventh forms family showed them (docs/coding.md, "Clause scope, experiencers and
anatomy"): one test per mechanism, with sentences written for the test (not the family's forms), a case the
mechanism must code and one it must leave."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.icd10 import in_situ_sites
from tests.stages.coding.coded import code

# -- what a test found ends the question asked before it --------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("The differential for the renal mass included oncocytoma and renal cell carcinoma; the nephrectomy specimen "
     "revealed clear cell renal cell carcinoma.", ("kidney", "C64")),
    ("A core biopsy was done to evaluate for lymphoma and returned as classical Hodgkin lymphoma.",
     ("lymphoma", "C81")),
    ("The possibilities were reactive plasmacytosis and myeloma; the marrow showed 60% clonal plasma cells, "
     "confirming multiple myeloma.", ("myeloma", "C90")),
])
def test_a_finding_ends_an_earlier_question(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text", [
    "The differential for the renal mass includes oncocytoma and renal cell carcinoma.",
    "If the biopsy shows lymphoma, she will be referred to hematology.",
    "Eligibility requires histologically confirmed gastric adenocarcinoma; she has gastritis only.",
    "The biopsy did not show carcinoma.",
])
def test_no_finding_leaves_the_question(coder: Coder, text: str) -> None:
    assert code(coder, text)[0] == "none"


# -- a contrast or a new clause ends a doubt or negation ---------------------------------------------------------


def test_a_contrast_ends_a_doubt_written_after_it(coder: Coder) -> None:
    # the backward "could not be excluded" no longer reaches over "although" to the diagnosis before it
    assert code(coder, "The gastric biopsy is diagnostic of adenocarcinoma, although a lymphoma component could "
                       "not be excluded on the small sample.") == ("stomach", "C16")


def test_the_doubt_in_its_own_clause_still_counts(coder: Coder) -> None:
    assert code(coder, "The gastric biopsy shows gastritis; lymphoma could not be excluded on the small "
                       "sample.")[0] == "none"


def test_a_clause_with_its_own_subject_ends_a_negation(coder: Coder) -> None:
    assert code(coder, "Her bone scan was negative for osseous metastases, and she will start neoadjuvant "
                       "chemotherapy for the right breast invasive lobular carcinoma found last month.") == \
        ("breast", "C50")


def test_a_negation_without_a_new_clause_still_counts(coder: Coder) -> None:
    assert code(coder, "Her bone scan was negative for osseous metastases and for metastatic breast "
                       "carcinoma.")[0] == "none"


# -- whose cancer: the patient as the subject ends a relative's; other people ------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("His brother had colon cancer at 50, and he himself now has a sigmoid adenocarcinoma on biopsy.",
     ("colorectal", "C18")),
    ("Her aunt died of ovarian cancer; she has invasive ductal carcinoma of the right breast.", ("breast", "C50")),
    ("Like her grandmother, who was treated for it decades ago, she has papillary thyroid carcinoma.",
     ("thyroid", "C73")),
    ("Her husband was treated for lung cancer, and now she has a biopsy-proven squamous cell carcinoma of the "
     "left upper lobe.", ("lung", "C34")),
])
def test_the_patient_as_subject_ends_a_relatives_cancer(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text", [
    "Her aunt died of ovarian cancer and her cousin has breast cancer.",
    "The living donor had a history of treated thyroid carcinoma, disclosed before the liver transplant.",
    "She worked with several firefighters, two of whom developed mesothelioma; she has no symptoms.",
    "His sister has since developed acute myeloid leukemia.",
])
def test_other_peoples_cancer_stays_theirs(coder: Coder, text: str) -> None:
    assert code(coder, text)[0] == "none"


def test_a_donor_transplant_for_the_patients_cancer_is_hers(coder: Coder) -> None:
    assert code(coder, "Day +30 after matched unrelated donor stem cell transplant for acute lymphoblastic "
                       "leukemia.")[0] == "leukemia"


def test_nodes_of_which_some_hold_carcinoma_are_no_people(coder: Coder) -> None:
    assert code(coder, "Twelve lymph nodes were examined, two of them with metastatic colon adenocarcinoma.")[0] \
        == "colorectal"


# -- a disease judged absent, written after it; a compound about something else ---------------------------------


@pytest.mark.parametrize("text", [
    "The pancreatic cyst is a serous cystadenoma. Pancreatic adenocarcinoma is not favored.",
    "The thyroid nodule is benign on aspiration, and thyroid carcinoma was not thought to be present.",
    "Upper endoscopy was normal. Gastric cancer is thus excluded as the source of her bleeding.",
    "She came in after a breast cancer scare last spring; the mammogram was normal.",
    "We discussed the prevention of colon and rectal cancer with aspirin.",
])
def test_a_disease_judged_absent_or_not_had(coder: Coder, text: str) -> None:
    assert code(coder, text)[0] == "none"


def test_a_judgement_reaches_its_own_subject_only(coder: Coder) -> None:
    # the primary is what is not seen, not the metastatic carcinoma before "where"
    assert code(coder, "Metastatic adenocarcinoma in a neck node where a primary is not seen.")[0] == "other_cancer"


def test_a_judgement_reaches_its_own_clause_only(coder: Coder) -> None:
    assert code(coder, "Invasive ductal carcinoma of the left breast, grade 3; perineural invasion is not "
                       "seen.") == ("breast", "C50")


# -- anatomy ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    # the organ's adjective before its part ("corpus uteri" as "uterine corpus"; "cervix uteri")
    ("Serous carcinoma of the uterine corpus, stage IA.", ("uterine", "C54")),
    ("Squamous cell carcinoma of the uterine cervix, stage IB1.", ("other_cancer", "C53")),
    # the head noun of "<site> <site>" is the site
    ("Urothelial carcinoma involving the prostatic urethra, high grade.", ("bladder", "C68")),
    # a site word inside the histology's own name, where it arises there
    ("Endometrial stromal sarcoma, low grade, at hysterectomy.", ("uterine", "C54")),
    # the organ of a noun phrase headed by a mass word
    ("A left lower lobe posterior segment mass was biopsied; small cell carcinoma.", ("lung", "C34")),
    # what a specimen of the site showed, across clauses
    ("The right upper lobe wedge was sent for frozen section and returned as squamous cell carcinoma.",
     ("lung", "C34")),
])
def test_site_from_anatomy(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_the_organs_adjective_before_a_part_names_the_sub_site(coder: Coder) -> None:
    assert coder.code_note({"patient_id": "p", "text": "Adenocarcinoma of the gastric body, signet ring "
                                                       "type."}).icd10[0] == "C16.2"


def test_an_adjective_alone_is_still_its_organ(coder: Coder) -> None:
    assert code(coder, "Carcinosarcoma of the uterine wall.") == ("uterine", "C55")


def test_an_unrelated_specimen_is_no_site(coder: Coder) -> None:
    assert code(coder, "Right knee arthroscopy was uneventful, and a separate skin biopsy of the back showed "
                       "melanoma.")[0] == "melanoma"


# -- in situ codes take the type of the organ they cover alone ---------------------------------------------------


def test_in_situ_sites_by_the_neoplasm_table() -> None:
    assert in_situ_sites("D02.0") == ["C32"]
    assert in_situ_sites("D01.5") == ["C22", "C23", "C24"]
    assert in_situ_sites("D05.1") == ["C50"]


@pytest.mark.parametrize("text, expected", [
    ("Larynx, right vocal cord biopsy: squamous cell carcinoma in situ.", ("head_and_neck", "D02")),
    ("Lung, left upper lobe, wedge resection: adenocarcinoma in situ.", ("lung", "D02")),
])
def test_in_situ_type_from_its_organ(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_in_situ_of_organs_of_several_types_stays_other(coder: Coder) -> None:
    # D01.5 covers the liver (liver) and the gallbladder and bile ducts (other): no one organ's type
    assert code(coder, "Gallbladder, cholecystectomy: adenocarcinoma in situ.") == ("other_cancer", "D01")


# -- the kind of lymphoma in an apposition after it ---------------------------------------------------------------


def test_kind_written_after_the_disease(coder: Coder) -> None:
    assert coder.code_note({"patient_id": "p", "text": "Primary gastric lymphoma, diffuse large B-cell type, "
                                                       "on R-CHOP."}).icd10[0].startswith("C83.3")


def test_no_apposition_keeps_the_default(coder: Coder) -> None:
    assert coder.code_note({"patient_id": "p", "text": "Primary gastric lymphoma, on R-CHOP."}).icd10[0][:3] == "C85"


def test_a_syndrome_of_the_disease_is_the_disease(coder: Coder) -> None:
    assert code(coder, "Metastatic carcinoid tumor of the ileum with carcinoid syndrome, on octreotide.")[0] != "none"


def test_preventing_a_recurrence_treats_the_patients_cancer(coder: Coder) -> None:
    assert code(coder, "She remains on anastrozole for prevention of recurrence of her left breast "
                       "cancer.") == ("breast", "C50")


# -- leukemia and myeloma: remission is coded, a cured one long past is history --------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Acute myeloid leukemia treated at age 6; off all therapy for 30 years with no evidence of disease.", "Z85.6"),
    ("History of chronic lymphocytic leukemia, in complete remission after chemoimmunotherapy in 2016.", "C91.11"),
    ("Multiple myeloma, in remission after autologous transplant, on lenalidomide.", "C90.01"),
    ("Multiple myeloma on daratumumab, cycle 4.", "C90.00"),
    # past but never treated: still present (its code "not having achieved remission")
    ("Chronic lymphocytic leukemia found in 2019, watched since, never treated.", "C91.10"),
])
def test_leukemia_history_and_remission(coder: Coder, text: str, expected: str) -> None:
    assert coder.code_note({"patient_id": "p", "text": text}).icd10[0] == expected


# -- the grade of an intraepithelial neoplasia joined by a hyphen -------------------------------------------------


def test_grade_three_written_with_a_hyphen(coder: Coder) -> None:
    assert code(coder, "Vulvar intraepithelial neoplasia grade-III on excision.") == ("other_cancer", "D07")


def test_grade_two_written_with_a_hyphen_is_no_cancer(coder: Coder) -> None:
    assert code(coder, "Vulvar intraepithelial neoplasia grade-II on excision.")[0] == "none"


# -- the skin of a limb by its region (ICD-10-CM injury blocks) ----------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Squamous cell carcinoma in situ of the dorsal left wrist.", "D04.6"),
    ("Nodular melanoma of the right thigh, Breslow 2.1 mm.", "C43.7"),
])
def test_skin_of_a_limb_region(coder: Coder, text: str, expected: str) -> None:
    assert coder.code_note({"patient_id": "p", "text": text}).icd10[0].startswith(expected)


def test_a_limb_region_is_not_the_skin_of_a_soft_tissue_sarcoma(coder: Coder) -> None:
    assert coder.code_note({"patient_id": "p", "text": "Undifferentiated pleomorphic sarcoma of the left "
                                                       "thigh."}).icd10[0][:3] != "C44"
