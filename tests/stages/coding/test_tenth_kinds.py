"""The kinds of miss the tenth forms family showed (docs/coding.md, "Shorthand, drugs, typos and lay words (tenth forms
family, and the pass after it)"): one test per mechanism, with sentences written for the test (not the family's
forms), cases the mechanism must code and a look-alike it must leave."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from tests.stages.coding.coded import code

# -- a staging system defined for one cancer, with its stage, names that cancer ----------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Wide local excision pending. Breslow thickness 2.1 mm, Clark level IV, 1 mitosis/mm2.", ("melanoma", "C43")),
    ("IMPRESSION: Rai stage 0, Binet A; lymphocytosis 22K. Observe.", ("leukemia", "C91")),
    ("Plan: TACE. BCLC B, bilobar disease, Child-Pugh A6.", ("liver", "C22")),
    ("R-ISS stage III, del(17p); starting daratumumab-based induction.", ("myeloma", "C90")),
    ("ELN 2022 adverse, TP53 mutated; venetoclax/azacitidine started.", ("leukemia", "C92")),
    # a stage names no kind of lymphoma: the words of its section do
    ("ASSESSMENT:\nAnn Arbor IIA, bulky mediastinum. Nodular sclerosis subtype on excisional biopsy.",
     ("lymphoma", "C81")),
])
def test_staging_system_names_its_cancer(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text", [
    "Dr. Clark reviewed the films and found them normal.",          # a surname, no stage
    "She moved here from Ann Arbor in 2015 for work.",               # a city
    "Liver MRI: LI-RADS 3 observation, 1.2 cm; follow-up in 6 months.",  # not a staging system of a cancer
    "Binet, the author of the intelligence scale, was discussed in class.",
])
def test_staging_look_alikes_stay_none(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


# -- a drug given only against one cancer counts with a marker, operation or staging of that type -----------------


@pytest.mark.parametrize("text, expected", [
    ("Medications: enzalutamide 160 mg daily; goserelin q12 weeks. PSA 0.3, down from 19.", ("prostate", "C61")),
    ("Nilotinib 300 mg BID continued. BCR-ABL1 0.02% IS on latest PCR.", ("leukemia", "C92")),
    ("Intravesical BCG induction week 3 of 6 today; post TURBT 5 weeks ago for Ta high grade.", ("bladder", "C67")),
])
def test_cancer_drug_with_corroboration(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text", [
    "Enzalutamide trial discussed with the family; no decision made.",   # a drug with nothing of its type
    "Letrozole 2.5 mg days 3-7 for ovulation induction; follicle scan on day 12.",
    "BCG vaccine given at birth abroad; PPD read as 12 mm.",
    "Dasatinib listed in the allergy section by mistake; removed.",
])
def test_cancer_drug_alone_stays_none(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


# -- an abbreviation that is also an English word or a unit needs corroboration ----------------------------------


@pytest.mark.parametrize("text, expected", [
    ("PMH: ALL diagnosed at age 6, treated on protocol, cured.", ("leukemia", "Z85")),
    ("Pre-B ALL, day 8 marrow pending; continue induction.", ("leukemia", "C91")),
    ("A/P: MM with IgA lambda paraprotein, cycle 2 of KRd.", ("myeloma", "C90")),
])
def test_word_abbreviations_with_corroboration(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text", [
    "Please bring ALL medications to the next visit.",
    "Skin tag 4 MM on the left axilla, removed with snip excision.",
    "M-spike absent; a 3 MM nodule in the thyroid is benign on FNA.",
])
def test_word_abbreviations_alone_stay_none(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


# -- an abbreviation followed by a category number or a code word is a coding category ----------------------------


def test_abbreviation_as_coding_category(coder: Coder) -> None:
    assert code(coder, "Risk capture: HCC 85 congestive heart failure and HCC 18 diabetes were coded.") == ("none", "")
    assert code(coder, "HCC coding review completed for the year; no cancer.") == ("none", "")
    # the disease with a measure after it is still the disease
    assert code(coder, "HCC 3 cm in segment 7, treated with microwave ablation.") == ("liver", "C22")


# -- typos: a changed letter in a long word, beside a cancer word, or in a phrase of capitals ----------------------


@pytest.mark.parametrize("text, expected", [
    ("Dx: acute myeloid leukemai, induction planned.", ("leukemia", "C92")),
    ("Known chronic lymphocytic leukamia, stable counts, no therapy.", ("leukemia", "C91")),
    ("PLAN: REFER FOR FOLLICULAR LYMPHOMA WORKUP; BIOPSY SHOWED FOLLICULAR LYMFOMA GRADE 2.", ("lymphoma", "C82")),
    ("Hx of prostrate ca in 2012, treated, PSA undetectable since.", ("prostate", "Z85")),
    # a one-edit word of a haematological title names the kind ("larg" large)
    ("Dx: diffuse larg B-cell lymphoma of the tonsil, stage II.", ("lymphoma", "C83")),
])
def test_typos_repaired(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text", [
    "Rectum exam normal; tectum of the midbrain unremarkable on MRI.",   # a known word is never repaired
    "The patient's livor mortis was noted by the examiner.",
    "Colan, the patient's brother, called about the appointment.",      # a short unknown word, no cancer word after
])
def test_known_and_short_words_not_repaired(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


# -- several cancers: the one being treated before the one watched -------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("ASSESSMENT:\n1. CLL, Rai 0, watch and wait.\n2. Squamous cell carcinoma of the tonsil, p16+, for chemoradiation.",
     ("head_and_neck", "C09")),
    ("Smoldering myeloma, no treatment; now diagnosed with adenocarcinoma of the rectum for short-course RT.",
     ("colorectal", "C20")),
])
def test_treated_cancer_before_watched(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_two_treated_cancers_keep_their_order(coder: Coder) -> None:
    # neither watched: the rules' order (weight, then first mention) is unchanged
    assert code(coder, "Prostate cancer on ADT; bladder cancer after TURBT, for cystectomy.")[0] == "prostate"


# -- a new diagnosis ends a negation written before it ----------------------------------------------------------


def test_new_diagnosis_ends_negation(coder: Coder) -> None:
    assert code(coder, "Monoclonal gammopathy (no therapy) now diagnosed with adenocarcinoma of the sigmoid colon.") \
        == ("colorectal", "C18")
    assert code(coder, "No malignancy was found on the biopsy.") == ("none", "")


# -- anatomy: a shared part belongs to the organ before it; lay quotes; skin parts; lobe initialisms -----------------


@pytest.mark.parametrize("text, expected", [
    ("Cholecystectomy: adenocarcinoma of the gallbladder body, pT2.", ("other_cancer", "C23")),
    ("Adenocarcinoma of the gastric body, signet ring features.", ("stomach", "C16")),
    # the patient's own words in quotes name no site of the finding after them
    ("CC: 'a lump in my throat' - exam: 2 cm mass of the right tonsil; biopsy squamous cell carcinoma.",
     ("head_and_neck", "C09")),
    # skin parts the C44 titles name
    ("Shave biopsy of the left ear: basal cell carcinoma, nodular type.", ("other_cancer", "C44")),
    ("Excision of the nose: invasive squamous cell carcinoma, margins negative.", ("other_cancer", "C44")),
    # "primary <organ>" as "<organ> primary" names the primary of a carcinoma found elsewhere
    ("Omentum, biopsy: serous carcinoma; adnexal masses on CT, primary ovarian per the tumor board.",
     ("other_cancer", "C56")),
    # an operation on several organs names none of them: the organ labelling the line decides
    ("Distal common bile duct, pancreaticoduodenectomy: cholangiocarcinoma, 1.8 cm.", ("other_cancer", "C24")),
    # R/L initialisms of a positional part of a sided organ
    ("Adenocarcinoma RLL, 2.2 cm, EGFR exon 19 deletion; starting osimertinib.", ("lung", "C34")),
])
def test_anatomy(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text", [
    "LFT within normal limits; RUQ ultrasound unremarkable.",
    "Ear pain with otitis externa, no mass.",
    "Follow-up with primary care in two weeks; cancer screening discussed.",
    "Bilateral orchiectomy 2018; no other surgery.",
    "'My breast feels lumpy' she says; exam: fibroadenoma of the left breast, benign on core biopsy.",
])
def test_anatomy_look_alikes(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


def test_quoted_words_still_link_inside_the_quote(coder: Coder) -> None:
    assert code(coder, 'CC: "follow-up of my breast cancer" - on letrozole, no new complaints.') == ("breast", "C50")
