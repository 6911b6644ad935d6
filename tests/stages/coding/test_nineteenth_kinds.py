"""The classes the nineteenth pass added (docs/coding.md, "Spellings, eponyms, named parts and absent findings
(nineteenth pass)"): ICD-O-3 terms written with their slash and in British spelling, ICD-10-CM title sites with a
bracketed synonym, the tabular list's eponymous disease names, parts of the brain and named nerves as sites, findings
written absent, initialisms after "anti-", grade-three neoplasias with an Arabic grade, a leukaemia course phase as
treatment now, follow-up free at each place a cancer returns, and "neither/nor/none of" negations. Sentences written
for the test (not any family's forms): cases to code and look-alikes to leave."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.taxonomy import load_vocabulary
from tests.stages.coding.coded import code, code_all


def test_the_vocabulary_keeps_slashed_terms_bracketed_sites_and_eponyms() -> None:
    vocab = load_vocabulary()
    assert "atypical teratoid/rhabdoid tumor" in vocab["morphology"]
    assert vocab["icd10_sites"]["bartholin gland"] == "C51.0"
    assert vocab["icd10_sites"]["greater vestibular gland"] == "C51.0"
    assert vocab["icd10_eponyms"]["kahler's disease"] == "C90.0"
    assert not any("unspecified" in t or "non-hodgkin" in t for t in vocab["icd10_eponyms"])


@pytest.mark.parametrize("text, expected, category", [
    ("Resection: atypical teratoid/rhabdoid tumor of the cerebellum, INI1 lost.", "brain", "C71"),
    ("Frozen section: yolk sac tumour of the left testis; AFP 4000.", "other_cancer", "C62"),
    ("Excision: malignant peripheral nerve sheath tumour arising in the femoral nerve.", "other_cancer", "C47"),
    ("Histology: oesophageal adenocarcinoma, ypT2, after FLOT.", "other_cancer", "C15"),
    ("Marrow: B lymphoblastic leukaemia/lymphoma, MRD pending.", "leukemia", "C91"),
])
def test_slashed_and_british_spellings_of_icdo3_terms(coder: Coder, text: str, expected: str, category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text, expected, category", [
    ("Squamous cell carcinoma of the right Bartholin's gland, for radical vulvectomy.", "other_cancer", "C51"),
    ("Stereotactic biopsy: glioblastoma of the left thalamus, for chemoradiation.", "brain", "C71.0"),
    ("Medulloblastoma resected from a fourth ventricle mass; craniospinal irradiation next.", "brain", "C71"),
    ("Malignant peripheral nerve sheath tumor of the brachial plexus, for neoadjuvant radiation.", "other_cancer",
     "C47.1"),
])
def test_bracketed_synonyms_brain_parts_and_nerves_are_sites(coder: Coder, text: str, expected: str,
                                                             category: str) -> None:
    ty, codes = code_all(coder, text)
    assert ty == expected and codes and codes[0].startswith(category)


@pytest.mark.parametrize("text", [
    "Bartholin gland abscess drained in clinic, packing placed.",
    "Thalamic stroke two years ago, residual left hemiparesis.",
    "Ulnar nerve entrapment at the elbow, for decompression.",
    "Granulosa cell tumor of the ovary, juvenile type, completely excised; benign course expected.",
])
def test_the_same_sites_without_a_malignancy_name_nothing(coder: Coder, text: str) -> None:
    assert code_all(coder, text)[0] == "none"


@pytest.mark.parametrize("text, expected, category", [
    ("Kahler's disease with lytic lesions and an IgG paraprotein; starting daratumumab.", "myeloma", "C90"),
    ("Infant with Letterer-Siwe disease, skin and marrow involved.", "other_cancer", "C96"),
    ("Biopsy of the glans: erythroplasia of Queyrat.", "other_cancer", "D07"),
    ("Urology letter: hypernephroma of the right kidney, for partial nephrectomy.", "kidney", "C64"),
    ("Referral letter: Grawitz tumour of the left kidney with lung metastases.", "kidney", "C64"),
    ("Superior sulcus tumor of the left apex invading the first rib, for chemoradiation.", "lung", "C34"),
    ("Adult granulosa cell tumour of the right ovary, stage IA, for staging surgery.", "other_cancer", "C56"),
])
def test_eponyms_and_other_names_of_malignancies(coder: Coder, text: str, expected: str, category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text", [
    # a drug for a non-cancer disease whose note writes the cancer's marker as absent
    "Rheumatology: granulomatosis with polyangiitis relapse; rituximab induction today. Smear: no circulating blasts.",
    # an initialism after "anti-" names an antibody's target
    "Renal biopsy: crescentic glomerulonephritis, anti-GBM antibodies strongly positive.",
    # a negated subject
    "Both nodules were sampled. Neither biopsy showed carcinoma; benign thyroid tissue.",
    "None of the twelve cores showed adenocarcinoma; the prostate biopsy is benign.",
    # a grade below three, and an English word
    "Vaginal biopsy: VAIN 1, for observation.",
    "Ortho follow-up: pin 3 backed out, for removal.",
])
def test_look_alikes_name_no_cancer(coder: Coder, text: str) -> None:
    assert code_all(coder, text)[0] == "none"


def test_vain_with_an_arabic_grade_is_vaginal_carcinoma_in_situ(coder: Coder) -> None:
    text = "Colposcopy: VAIN 3 of the vaginal vault after hysterectomy; laser ablation booked."
    assert code(coder, text) == ("other_cancer", "D07")


def test_a_leukaemia_course_phase_now_keeps_it_active_beside_a_cured_cancer(coder: Coder) -> None:
    text = ("Admitted with acute myeloid leukemia, 5 years after radiation for a left breast cancer (no evidence of "
            "disease since). Starting induction with daunorubicin and cytarabine.")
    assert code(coder, text) == ("leukemia", "C92")


def test_the_induction_of_labour_is_no_cancer_treatment(coder: Coder) -> None:
    text = ("History of breast cancer, completed chemotherapy in 2015, no evidence of disease. Admitted for induction "
            "with oxytocin at 39 weeks.")
    assert code(coder, text) == ("breast", "Z85")


def test_follow_up_free_at_each_place_it_returns_is_history(coder: Coder) -> None:
    text = ("Surveillance visit, 4 years after excision of a melanoma of the left thigh, no adjuvant therapy. "
            "No local or nodal disease on exam.")
    assert code(coder, text) == ("melanoma", "Z85")


def test_no_nodal_disease_at_diagnosis_leaves_the_cancer_active(coder: Coder) -> None:
    text = "Melanoma of the left thigh excised last week; staging shows no nodal disease; adjuvant options discussed."
    assert code(coder, text) == ("melanoma", "C43")
