"""The classes the twenty-third pass added (docs/coding.md, "Suspicion categories, questions, clashing initialisms,
eponym organs, post-operative days and removed primaries (twenty-third pass)"): a suspicion written as a noun and a
reporting system's category of suspicion, a yes-no question about a disease, a precursor prefix and a likeness suffix,
an initialism that a bracket spells out as something else, that qualifies a person or names a heart part, an organ
named by its disease's eponym, a participle between "on" and a skin region, a lymphoma's kind in a bracket, a site code
never moved to another category's unspecified one, the days after an operation, a past cancer beside a present one, a
negated "primary malignancy", "mets" with "primary", a new finding after a negated clause, and a metastasis of a
removed primary. Sentences written for the test (not any family's forms): cases to code and look-alikes to leave."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from tests.stages.coding.coded import code, code_all


@pytest.mark.parametrize("text", [
    "Mammogram: spiculated density, right upper outer quadrant; strong suspicion of carcinoma, core biopsy booked.",
    "MRI prostate: 1.8 cm peripheral zone lesion, PI-RADS 5 with high likelihood of significant cancer.",
    "CT chest: 14 mm part-solid nodule, Lung-RADS 4B, probable malignancy; PET-CT next.",
    "Renal CT: Bosniak IV cyst with enhancing nodules in keeping with cystic renal cell carcinoma.",
    "Thyroid FNA: Bethesda V with features of papillary carcinoma; lobectomy advised.",
])
def test_a_category_or_noun_of_suspicion_diagnoses_nothing(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


@pytest.mark.parametrize("text, expected, category", [
    ("Mammogram: BI-RADS 6, known biopsy-proven invasive ductal carcinoma of the left breast before surgery.",
     "breast", "C50"),
    ("Thyroid FNA: Bethesda VI, papillary thyroid carcinoma; total thyroidectomy planned.", "thyroid", "C73"),
    ("Targeted biopsy of the PI-RADS 4 target, right base: acinar adenocarcinoma of the prostate, Gleason 3+4.",
     "prostate", "C61"),
])
def test_a_malignant_category_or_a_work_up_result_still_codes(coder: Coder, text: str, expected: str,
                                                              category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text", [
    "Portal message: Could the lump in my armpit be lymphoma? I have an appointment next month.",
    "Portal message: Is a mole that itches a sign of melanoma?",
    "Portal message: Does a high PSA always mean prostate cancer?",
])
def test_a_question_about_a_disease_is_no_diagnosis(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


def test_a_question_about_the_patients_own_disease_still_codes(coder: Coder) -> None:
    assert code(coder, "Portal message: Will my breast cancer treatment make my hair fall out?")[0] == "breast"


@pytest.mark.parametrize("text", [
    "The dermatologist called the scaly patch on his ear a pre-cancer and used liquid nitrogen.",
    "Flow cytometry: small clonal population with a CLL-like phenotype, below the diagnostic count.",
    "Biopsy: reactive lymphoid hyperplasia with a lymphoma-like pattern; no clonality on PCR.",
])
def test_a_precursor_prefix_or_a_likeness_suffix_is_no_cancer(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


@pytest.mark.parametrize("text", [
    "CT abdomen: fat-containing left renal mass, an AML (angiomyolipoma) of 2 cm; no follow-up needed.",
    "Former NHL goaltender referred for chronic knee pain.",
    "TTE: RCC and NCC mildly calcified, no stenosis; LVEF 55%.",
    "Echo: AML prolapse with moderate regurgitation.",
])
def test_an_initialism_meaning_something_else_is_no_cancer(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


@pytest.mark.parametrize("text, expected", [
    ("AML (acute myeloid leukemia) in first remission after induction.", "leukemia"),
    ("HCC (hepatoma) on lenvatinib, AFP falling.", "liver"),
    ("Perianal biopsy: AIN 3 (a high-grade lesion); ablation planned.", "colorectal"),
    ("NHL survivor, surveillance scans clear; echo today shows LVEF 60% after doxorubicin.", "lymphoma"),
    ("AML in remission; TTE before the next cycle: LVEF 58%.", "leukemia"),
])
def test_an_initialism_written_as_its_disease_still_codes(coder: Coder, text: str, expected: str) -> None:
    assert code(coder, text)[0] == expected


def test_an_eponym_names_its_disease_organ(coder: Coder) -> None:
    # "Barrett's esophagus" (K22.7) makes "Barrett's" the oesophagus for a histology written without an organ
    text = "Nodule within long-segment Barrett's; resection showed adenocarcinoma confined to the mucosa."
    assert code(coder, text) == ("other_cancer", "C15")


def test_a_frequent_word_in_a_possessive_title_names_no_organ(coder: Coder) -> None:
    # "Farmer's lung" is a title too, but "farmer" is an English word, no surname
    assert code(coder, "The farmer's biopsy: adenocarcinoma, site to be determined.") == ("other_cancer", "C80")


@pytest.mark.parametrize("text, category", [
    ("SCC on the sun-exposed left hand, shave biopsy today.", "C44"),
    ("SCC on the photodamaged scalp, excised today.", "C44"),
])
def test_a_participle_between_on_and_a_skin_region_links(coder: Coder, text: str, category: str) -> None:
    assert code(coder, text) == ("other_cancer", category)


def test_on_still_needs_a_surface(coder: Coder) -> None:
    assert code(coder, "SCC on chemotherapy review, arm swollen.") != ("other_cancer", "C44")


@pytest.mark.parametrize("text, category", [
    ("Lymphoma (mantle cell, blastoid) on ibrutinib.", "C83"),
    ("Hodgkin lymphoma (nodular sclerosis, stage IIA), cycle 2 of ABVD.", "C81"),
])
def test_a_lymphomas_kind_in_a_bracket(coder: Coder, text: str, category: str) -> None:
    assert code(coder, text) == ("lymphoma", category)


def test_a_site_code_is_not_moved_to_another_categorys_unspecified_one(coder: Coder) -> None:
    # a mouth written in another sentence of the paragraph is no finer site of the tonsil
    assert code(coder, "Mouth sores today. Radiation for tonsil cancer continues.") == ("head_and_neck", "C09")


@pytest.mark.parametrize("text, category", [
    ("POD 3 s/p low anterior resection for rectal adenocarcinoma; tolerating liquids.", "C20"),
    ("First post-op visit, s/p left nephrectomy for clear cell renal cell carcinoma, pT1b; staples out.", "C64"),
])
def test_the_days_after_the_operation_keep_the_cancer_current(coder: Coder, text: str, category: str) -> None:
    assert code(coder, text)[1] == category


def test_a_dated_resection_is_history_even_after_an_operation(coder: Coder) -> None:
    # the operation of these days is another one: the cancer removed in a past year stays history
    assert code(coder, "POD 1 after laparoscopic cholecystectomy. History of breast cancer, mastectomy 2012.") \
        == ("breast", "Z85")


def test_a_past_cancer_beside_one_treated_now_stays_past(coder: Coder) -> None:
    text = ("Problems: 1. Follicular thyroid cancer, thyroidectomy and I-131 2008, thyroglobulin undetectable. "
            "2. Breast cancer, on letrozole.")
    ty, codes = code_all(coder, text)
    assert ty == "breast"
    assert codes[0][:3] == "C50" and codes[1][:3] == "Z85"


def test_a_lone_past_cancer_in_an_active_note_stays_open(coder: Coder) -> None:
    # spread with no other cancer named: the past cancer may be the one come back
    assert code(coder, "Colon cancer, hemicolectomy 2015. Now new liver metastases on CT.")[0] == "colorectal"


@pytest.mark.parametrize("text", [
    "Lung nodule resolved on repeat CT; no primary malignancy identified; discharged.",
    "Biopsy of the neck node: reactive; no primary cancer found.",
])
def test_no_primary_malignancy_is_negated(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


def test_no_primary_identified_still_affirms_the_metastasis(coder: Coder) -> None:
    assert code(coder, "Liver biopsy: metastatic adenocarcinoma; no primary identified after full work-up.") \
        == ("other_cancer", "C80")


def test_mets_with_a_primary_names_it(coder: Coder) -> None:
    assert code(coder, "Bone mets from lung primary, on pembrolizumab.")[0] == "lung"


def test_a_new_finding_after_a_negated_clause_is_affirmed(coder: Coder) -> None:
    text = ("Prostate cancer treated 2016, PSA undetectable, no recurrence; and a new melanoma of the left calf, WLE "
            "today.")
    assert code(coder, text)[0] == "melanoma"


@pytest.mark.parametrize("text, expected, category", [
    ("Lung metastases from breast cancer excised in 2018, no local recurrence; starting chemotherapy.", "breast",
     "C78"),
    ("Brain metastasis from melanoma (wide excision 2019), for radiosurgery.", "melanoma", "C79"),
])
def test_a_metastasis_of_a_removed_primary_takes_the_secondary_code(coder: Coder, text: str, expected: str,
                                                                    category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text, expected, category", [
    ("Bone metastases from prostate cancer, on enzalutamide.", "prostate", "C61"),
    ("Liver metastases from colon cancer, for hepatectomy and colectomy next month.", "colorectal", "C18"),
])
def test_a_metastasis_of_a_primary_in_place_keeps_the_primary(coder: Coder, text: str, expected: str,
                                                              category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text, expected, category", [
    ("Morbus Kahler, IgA kappa, second line with daratumumab.", "myeloma", "C90"),
    ("Seit 2021 Morbus Hodgkin, nun Rezidiv unter Therapie.", "lymphoma", "C81"),
])
def test_morbus_names_the_eponyms_disease(coder: Coder, text: str, expected: str, category: str) -> None:
    assert code(coder, text) == (expected, category)


def test_morbus_of_a_disease_that_is_no_cancer_stays_none(coder: Coder) -> None:
    assert code(coder, "Morbus Crohn with ileal stricture, on adalimumab.") == ("none", "")
