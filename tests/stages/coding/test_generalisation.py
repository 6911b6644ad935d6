"""Issue 17's kinds of error, each with sentences written for the test (not taken from any note):
assertion (ruled out, differential and causes lists, possibilities, "could not be excluded",
hypothetical, family history in prose), anatomy (lobe, adjective site forms, appendiceal primary,
bladder tumour), personal history (Z85 vs the active code) and neighbouring types."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.icd10 import history_code
from tests.stages.coding.coded import code, code_all

# -- assertion: not about this patient having cancer ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Renal cell carcinoma has probably been ruled out by the MRI. Impression: simple renal cyst.",
    "A colon cancer was essentially excluded at colonoscopy last year.",
])
def test_ruled_out(coder: Coder, text: str) -> None:
    assert code_all(coder, text)[0] == "none"


@pytest.mark.parametrize("text", [
    "Assessment: fatigue. The differential of hypothyroidism, depression, anemia and occult lymphoma was reviewed.",
    "Possibilities include a reactive node, sarcoidosis or metastatic breast cancer.",
    "Causes of his weight loss could include diabetes, hyperthyroidism and pancreatic cancer.",
    "The thyroid nodule was removed to evaluate for potential malignancy.",
])
def test_differential_and_possibilities(coder: Coder, text: str) -> None:
    assert code_all(coder, text)[0] == "none"


def test_could_not_be_excluded_is_uncertain_but_ends_at_the_clause(coder: Coder) -> None:
    assert code_all(coder, "Gastric biopsy shows chronic gastritis, though a MALT lymphoma could not be "
                       "excluded.")[0] == "none"
    # what the clause before "though" affirms still counts
    assert code_all(coder, "Core biopsy consistent with invasive ductal carcinoma of the right breast, though "
                       "a second lesion could not be characterised.")[0] == "breast"


def test_hypothetical(coder: Coder) -> None:
    assert code_all(coder, "Quitting smoking lowers his chance of developing lung cancer.")[0] == "none"


@pytest.mark.parametrize("text", [
    "He came in for a cough. His mother was diagnosed with ovarian cancer at 48 and died of it at 55.",
    "Her older sister had breast cancer and her father has prostate cancer.",
])
def test_family_history_in_prose(coder: Coder, text: str) -> None:
    assert code_all(coder, text)[0] == "none"


# -- topography: the site comes from anatomy ------------------------------------------------------

@pytest.mark.parametrize(("text", "expected", "icd"), [
    ("FINAL DIAGNOSIS: Wedge resection of left upper lobe showing: squamous cell carcinoma.", "lung", "C34"),
    ("Impression: peritoneal carcinomatosis from an appendiceal primary.", "colorectal", "C18"),
    ("CT-guided biopsy proved a pulmonary adenocarcinoma.", "lung", "C34"),
    ("Cystoscopy found a 2 cm bladder tumor and the urine cytology was abnormal.", "bladder", "C67"),
    ("Endoscopy: esophageal adenocarcinoma at 35 cm.", "other_cancer", "C15"),
])
def test_site_from_anatomy(coder: Coder, text: str, expected: str, icd: str) -> None:
    kind, codes = code_all(coder, text)
    assert kind == expected and codes[0][:3] == icd


def test_tumor_alone_stays_benign_outside_the_bladder(coder: Coder) -> None:
    assert code_all(coder, "Pituitary tumor resected in 2004; on hormone replacement.")[0] == "none"
    assert code_all(coder, "Cystoscopy: no bladder tumors were seen.")[0] == "none"


def test_numbered_list_item_without_space(coder: Coder) -> None:
    assert code_all(coder, "PMH: 1)HTN. 2)Adenocarcinoma of the prostate treated with seeds.")[0] == "prostate"


# -- personal history -----------------------------------------------------------------------------

def test_personal_history_is_a_cancer_patient_with_a_history_code(coder: Coder) -> None:
    assert code_all(coder, "Past medical history: personal history of breast cancer, lumpectomy 2001. "
                       "Impression: knee osteoarthritis.") == ("breast", ["Z85.3"])
    kind, codes = code_all(coder, "He has a history of bladder tumor, resected years ago, with clean cystoscopies.")
    assert kind == "bladder" and codes == ["Z85.51"]


def test_history_under_treatment_keeps_the_active_code(coder: Coder) -> None:
    # spread or treatment going on makes the past cancer present (ICD-10-CM guideline I.C.2.d)
    assert code(coder, "History of colon cancer, now metastatic to the liver.")[1] == "C18"
    assert code(coder, "History of breast cancer, currently receiving cycle 3 of docetaxel.")[1] == "C50"
    assert code_all(coder, "Diagnosed with prostate cancer in 1998, no evidence of recurrence.")[1] == ["Z85.46"]


def test_history_code_table() -> None:
    assert history_code("C50.912") == "Z85.3"
    assert history_code("C34.11") == "Z85.118"
    assert history_code("D05.11") == "Z86.000"
    assert history_code("C91.10") == "C91.10"  # leukemia: the remission code, not Z85


# -- neighbours -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected", "icd"), [
    ("Nephroureterectomy for urothelial carcinoma of the right renal pelvis.", "kidney", "C65"),
    ("Transurethral resection: high-grade urothelial carcinoma of the bladder dome.", "bladder", "C67"),
    ("Hysterectomy specimen: adenosarcoma of the uterine corpus.", "uterine", "C54"),
    ("Hysterectomy: adenosarcoma of the uterus, low grade.", "uterine", "C54"),
    ("Excision of melanoma in situ of the right cheek.", "melanoma", "D03"),
])
def test_neighbouring_types(coder: Coder, text: str, expected: str, icd: str) -> None:
    kind, codes = code_all(coder, text)
    assert kind == expected and codes[0][:3] == icd


# -- sub-site and kind from anatomy and ICD-10-CM titles (written for issue 17's second pass) ------

def test_pathology_line_label_is_not_a_header(coder: Coder) -> None:
    # an all-caps procedure after the organ ("RIGHT LUNG, WEDGE RESECTION:") is not a section header:
    # the organ still names the histology's site
    assert code(coder, "FINAL DIAGNOSIS:\nLEFT KIDNEY, PARTIAL NEPHRECTOMY: CLEAR CELL CARCINOMA, GRADE 2.")[1] == "C64"


def test_pathology_line_site_overrides_a_named_diseases_default(coder: Coder) -> None:
    # urothelial carcinoma defaults to the bladder; the organ labelling the line says ureter (C66)
    t, icd = code_all(coder, "DIAGNOSIS:\n- Left ureter, ureteroscopic biopsy: Urothelial carcinoma, high grade.")
    assert (t, icd[0][:3]) == ("bladder", "C66")


def test_tumor_site_line_refines_the_sub_site(coder: Coder) -> None:
    # a synoptic "Tumor site:" / "the tumor is located in" statement gives the organ's sub-site
    assert code_all(coder, "DIAGNOSIS: Colon, resection: Adenocarcinoma, moderately differentiated.\n"
                       "Tumor site: sigmoid colon.")[1][0][:5] == "C18.7"
    assert code_all(coder, "Oral cavity, excision: squamous cell carcinoma. The tumor is located in the floor of "
                       "the mouth.")[1][0][:3] == "C04"


@pytest.mark.parametrize(("text", "category"), [
    ("Bone marrow aspirate: T-lymphoblastic leukemia, 80% blasts.", "C91"),
    ("He was treated for chronic myelomonocytic leukemia last year and is on azacitidine.", "C93"),
    ("Peripheral smear: monocytic leukemia.", "C93"),
])
def test_leukemia_kind_from_icd10_titles(coder: Coder, text: str, category: str) -> None:
    t, icd = code_all(coder, text)
    assert (t, icd[0][:3]) == ("leukemia", category)


@pytest.mark.parametrize(("text", "category"), [
    # ICD-10-CM titles drop the article ("base of tongue"): notes write it
    ("Biopsy: squamous cell carcinoma of the base of the tongue.", "C01"),
    # the plural of a site noun is the same site
    ("Squamous cell carcinoma involving both vocal cords.", "C32"),
    ("Serous carcinoma of both ovaries, status post debulking.", "C56"),
])
def test_written_forms_of_site_words(coder: Coder, text: str, category: str) -> None:
    assert code_all(coder, text)[1][0][:3] == category


# -- in situ vs invasive, history vs under treatment ------------------------------------------------

@pytest.mark.parametrize(("text", "category"), [
    ("Right breast, mastectomy: invasive lobular carcinoma with associated ductal carcinoma in situ.", "C50"),
    ("Core biopsy showed DCIS; the excision found invasive ductal carcinoma of the left breast.", "C50"),
    ("Excision: melanoma in situ of the scalp.", "D03"),
])
def test_invasive_wins_over_in_situ(coder: Coder, text: str, category: str) -> None:
    assert code_all(coder, text)[1][0][:3] == category


@pytest.mark.parametrize(("text", "category"), [
    # a past cancer still treated with a drug used only against cancer is under treatment (active code)
    ("PAST MEDICAL HISTORY: Breast cancer, status post lumpectomy in 2011.\nMEDICATIONS: Anastrozole 1 mg daily.",
     "C50"),
    # ... not when the note gives the drug as past
    ("PAST MEDICAL HISTORY: Breast cancer, status post lumpectomy in 2011; she completed five years of tamoxifen.",
     "Z85"),
])
def test_history_vs_treatment_now(coder: Coder, text: str, category: str) -> None:
    assert code_all(coder, text)[1][0][:3] == category


# -- primary vs metastatic ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # the organ written before "metastatic"/"metastasis from" is where the cancer spread
    ("Brain metastasis from small cell lung cancer, status post whole brain radiation.", ("lung", "C34")),
    ("Lung, wedge biopsy: metastatic renal cell carcinoma, clear cell type.", ("kidney", "C64")),
    ("Liver, core biopsy: metastatic adenocarcinoma.", ("other_cancer", "C80")),
    # a sentence that names the primary ("... primary", "... origin") overrides the organ biopsied
    ("Liver biopsy revealed adenocarcinoma consistent with a pancreatic primary.", ("pancreas", "C25")),
    ("Brain, resection: metastatic carcinoma, consistent with pulmonary origin.", ("lung", "C34")),
])
def test_primary_vs_metastatic_site(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    t, icd = code_all(coder, text)
    assert (t, icd[0][:3]) == expected


def test_origin_outside_malignancy_is_not_a_primary(coder: Coder) -> None:
    assert code_all(coder, "Fever of unknown origin; the lung exam was clear.")[0] == "none"


@pytest.mark.parametrize(("text", "expected"), [
    # a histology with no site of its own, and one organ with a mass or nodule: that organ
    ("MRI: a large left frontal mass. Craniotomy; pathology showed metastatic adenocarcinoma. Chest CT showed "
     "a spiculated left upper lobe lung nodule.", ("lung", "C34")),
    ("Admitted for cholangitis in the setting of a mass in the head of the pancreas; EUS biopsy: adenocarcinoma.",
     ("pancreas", "C25")),
    # a negated organ finding names nothing; two organs name nothing either
    ("Liver, core biopsy: metastatic adenocarcinoma. CT chest: no lung nodules.", ("other_cancer", "C80")),
    ("Bone biopsy: adenocarcinoma. CT: a renal mass and a lung nodule.", ("other_cancer", "C80")),
])
def test_siteless_histology_takes_the_one_organ_with_a_mass(coder: Coder, text: str,
                                                           expected: tuple[str, str]) -> None:
    t, icd = code_all(coder, text)
    assert (t, icd[0][:3]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the abbreviation written before its organ
    ("ASSESSMENT: CA prostate, on androgen deprivation.", ("prostate", "C61")),
    # an eponym without its apostrophe
    ("History of present illness: Hodgkins disease, stage IIA, on ABVD cycle 2.", ("lymphoma", "C81")),
    # a diagnosis line "histology, site."
    ("DIAGNOSIS: Squamous cell carcinoma, left tonsil.", ("head_and_neck", "C09")),
    # a histology that occurs in one organ names it
    ("Enucleation for retinoblastoma.", ("other_cancer", "C69")),
])
def test_written_forms_of_diagnoses(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    t, icd = code_all(coder, text)
    assert (t, icd[0][:3]) == expected


def test_a_comma_list_still_links_nothing(coder: Coder) -> None:
    # a condition that is no mass (a mass or polyp of one organ gives a site-less histology its organ)
    assert code_all(coder, "Diagnoses: adenocarcinoma, colon diverticulosis, diabetes.")[1][0][:3] == "C80"


@pytest.mark.parametrize(("text", "expected"), [
    # the patient's own, established disease is not in doubt because an earlier cue is
    ("Bone scan to rule out metastatic disease in this patient with known renal cell carcinoma.", "kidney"),
    ("We discussed observation versus surgery for his prostate cancer.", "prostate"),
    # ... but a risk or a suspicion of the patient's stays what it is
    ("We discussed her risk of breast cancer and screening.", "none"),
    ("Her suspected lung cancer will be biopsied next week.", "none"),
])
def test_own_disease_ends_a_doubt(coder: Coder, text: str, expected: str) -> None:
    assert code_all(coder, text)[0] == expected


@pytest.mark.parametrize(("text", "category"), [
    # a melanoma is coded at its site: C43 for skin, the organ's own code elsewhere (ICD-10-CM index)
    ("Wide excision of a malignant melanoma of the scalp.", "C43"),
    ("Melanoma of the anal canal, status post abdominoperineal resection, now on nivolumab cycle 3.", "C21"),
    ("Enucleation of the right eye for melanoma of the eye.", "C69"),
    ("Metastatic melanoma to the liver.", "C43"),
])
def test_melanoma_code_follows_the_site(coder: Coder, text: str, category: str) -> None:
    t, icd = code_all(coder, text)
    assert (t, icd[0][:3]) == ("melanoma", category)


@pytest.mark.parametrize(("text", "category"), [
    ("PAST MEDICAL HISTORY: 1. Hypertension. 2. Breast cancer, on chemotherapy.", "C50"),
    ("History of colon cancer, on adjuvant chemotherapy since March.", "C18"),
    ("History of breast cancer, status post chemotherapy and radiation.", "Z85"),
    ("She is a breast cancer survivor and presents with a sprained ankle.", "Z85"),
])
def test_history_vs_treatment_in_words(coder: Coder, text: str, category: str) -> None:
    assert code_all(coder, text)[1][0][:3] == category


# -- the same note in another layout or case (benchmarks/quality/coding_robustness.py) --------------

@pytest.mark.parametrize("text", [
    "past medical history:, hypertension.,family history:, her sister had breast cancer.",
    "Chief complaint: cough. Family History: her sister had breast cancer.",
])
def test_family_history_heading_in_any_case(coder: Coder, text: str) -> None:
    """A known heading written in lower or title case after a sentence still opens its section."""
    assert code_all(coder, text)[0] == "none"


def test_lower_case_label_of_unknown_kind_is_no_heading(coder: Coder) -> None:
    """Only known kinds count in lower case: "biopsy:" does not end the family section's reach by itself,
    and a diagnosis line's own label does not split organ from histology."""
    assert code_all(coder, "final diagnosis: right breast, core biopsy: invasive ductal carcinoma.")[0] == "breast"


@pytest.mark.parametrize("text", [
    "He has a past history of CA of the lung.",
    "HE HAS A PAST HISTORY OF CA OF THE LUNG.",
    "he has a past history of ca of the lung.",
])
def test_weak_abbreviation_beside_a_site_in_any_case(coder: Coder, text: str) -> None:
    assert code_all(coder, text) == ("lung", ["Z85.118"])


def test_weak_abbreviation_alone_is_nothing(coder: Coder) -> None:
    """"Ca" with no site beside it is calcium or circa, in any case."""
    assert code_all(coder, "Labs: Ca 9.2, Mg 2.0. He moved here ca 1990.")[0] == "none"
    assert code_all(coder, "LABS: CA 9.2, MG 2.0.")[0] == "none"


def test_line_wrapped_inside_a_phrase(coder: Coder) -> None:
    """A line break inside a sentence keeps the phrase: "carcinoma\\nin situ" is in situ (D05)."""
    text = "DIAGNOSIS:\nRight breast, core biopsy: ductal carcinoma\nin situ, solid type, intermediate grade."
    assert code_all(coder, text)[1][0][:3] == "D05"
    assert code_all(coder, "No evidence of\nmalignancy in the specimen.")[0] == "none"


@pytest.mark.parametrize(("text", "expected"), [
    ("FHx: mother w/ breast ca.", ("none", [])),
    ("Family hx: lung cancer (dad).", ("none", [])),
    ("Mom had breast cancer.", ("none", [])),
    ("CT chest c/f lymphoma.", ("none", [])),
    ("Biopsy neg for malignancy.", ("none", [])),
    ("Pt with h/o breast cancer s/p lumpectomy 2010, no recurrence.", ("breast", ["Z85.3"])),
    ("Hx of colon cancer, resected 2012.", ("colorectal", ["Z85.038"])),
])
def test_short_forms_of_assertion_cues(coder: Coder, text: str, expected: tuple[str, list[str]]) -> None:
    """The abbreviations notes write the cues in (FHx, mom, c/f, neg for, h/o, hx of) assert as the words do."""
    t, icd = code_all(coder, text)
    assert (t, icd[:1]) == expected


def test_short_forms_leave_the_patients_own_cancer(coder: Coder) -> None:
    assert code(coder, "Invasive ductal carcinoma of the left breast, on tamoxifen. Her mom is healthy.")[0] == "breast"
