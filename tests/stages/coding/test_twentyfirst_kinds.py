"""The classes the twenty-first pass added (docs/coding.md, "Glands, minor salivary sites, payers' decisions, query
options and history said outright (twenty-first pass)"): a gland by its adjective alone, a minor salivary gland placed
at the mouth site its paragraph names, the nearest site of a short paragraph without headers (not one found normal),
ICD-10-CM's C96 disease names, words a negation cue shares that deny something else (a payer's decision, a search for
the primary, "no-" compounds), a query's option list, and a treated cancer written with "no current treatment".
Sentences written for the test (not any family's forms): cases to code and look-alikes to leave."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from tests.stages.coding.coded import code, code_all


@pytest.mark.parametrize("text, expected, category", [
    ("Neck exploration: parathyroid carcinoma invading the strap muscles; calcium 13.8.", "other_cancer", "C75"),
    ("MRI: pineal gland mass; biopsy shows pineal carcinoma.", "other_cancer", "C75"),
    ("FNA: carcinoma of the submandibular, for resection.", "head_and_neck", "C08"),
])
def test_a_gland_written_by_its_adjective_alone(coder: Coder, text: str, expected: str, category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text", [
    "Parathyroid adenoma, 1.4 g, removed; calcium normal since.",
    "Pineal cyst, 8 mm, stable; no follow-up imaging needed.",
])
def test_a_benign_tumour_of_such_a_gland_stays_none(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


@pytest.mark.parametrize("text, category", [
    ("Ulcerated nodule of the soft palate. Punch biopsy: adenoid cystic carcinoma of minor salivary gland origin.",
     "C05"),
    ("Submucosal mass of the floor of the mouth; excision: polymorphous adenocarcinoma of a minor salivary gland.",
     "C04"),
    ("Excision: acinic cell carcinoma of minor salivary gland origin, margins clear.", "C06"),
])
def test_a_minor_salivary_gland_is_coded_at_its_mouth_site(coder: Coder, text: str, category: str) -> None:
    assert code(coder, text) == ("head_and_neck", category)


def test_a_major_salivary_gland_keeps_its_own_code(coder: Coder) -> None:
    assert code(coder, "Hard palate normal. Parotidectomy: mucoepidermoid carcinoma of the parotid gland.") \
        == ("head_and_neck", "C07")


@pytest.mark.parametrize("text, expected, category", [
    ("White plaque of the left lateral border of the tongue in a smoker; excision shows squamous cell carcinoma.",
     "head_and_neck", "C02"),
    ("Non-healing ulcer in an old burn scar of the right leg. Wedge biopsy: squamous cell carcinoma.",
     "other_cancer", "C44"),
])
def test_a_bare_histology_takes_the_site_of_its_short_paragraph(coder: Coder, text: str, expected: str,
                                                                category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text", [
    "Breast exam normal. Colonoscopy with biopsy showed adenocarcinoma.",
    "Ulcer of the right leg.\n\nSeparately, the lung biopsy report is pending; it shows adenocarcinoma.",
])
def test_no_site_from_an_organ_found_normal_or_another_paragraph(coder: Coder, text: str) -> None:
    assert code(coder, text)[1] not in ("C50", "C44")


def test_aggressive_systemic_mastocytosis_is_its_c96_code(coder: Coder) -> None:
    ty, codes = code_all(coder, "Marrow: mast cell aggregates, KIT D816V. Aggressive systemic mastocytosis; start "
                                "midostaurin.")
    assert ty == "other_cancer" and codes[0].startswith("C96.2")


@pytest.mark.parametrize("text", [
    "Indolent systemic mastocytosis with urticaria pigmentosa, KIT D816V; antihistamines.",
    "Systemic mastocytosis, smouldering, tryptase 90; observation.",
])
def test_mastocytosis_of_uncertain_behaviour_stays_none(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


@pytest.mark.parametrize("text, expected, category", [
    ("Request for reconsideration: the prior authorization for PET/CT was denied; the patient has diffuse large "
     "B-cell lymphoma and needs staging.", "lymphoma", "C83"),
    ("Appeal of the denied claim for lumpectomy to treat her invasive ductal carcinoma of the left breast.",
     "breast", "C50"),
    ("Coverage was not approved for the MRI; biopsy-proven glioblastoma of the right frontal lobe.", "brain", "C71"),
])
def test_a_payers_decision_does_not_negate_the_disease(coder: Coder, text: str, expected: str,
                                                       category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text", [
    "Patient denied any history of breast cancer.",
    "Denies prostate cancer. Claim submitted for knee MRI.",
])
def test_a_patients_denial_still_negates(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


@pytest.mark.parametrize("text, category", [
    ("Iliac bone biopsy: metastatic carcinoma. CT, PET and endoscopy have not identified a primary; carcinoma of "
     "unknown primary.", "C80"),
    ("No primary site found on PET; carcinoma of unknown primary with lytic bone metastases.", "C80"),
])
def test_a_search_that_found_no_primary_leaves_the_cancer_affirmed(coder: Coder, text: str, category: str) -> None:
    assert code(coder, text) == ("other_cancer", category)


def test_a_search_that_found_no_cancer_still_negates(coder: Coder) -> None:
    assert code(coder, "The work-up has not identified a malignancy; no carcinoma on the biopsy.") == ("none", "")


def test_a_no_hyphen_compound_is_no_negation(coder: Coder) -> None:
    assert code(coder, "Excision with no-touch technique, left eye: squamous cell carcinoma of the conjunctiva.") \
        == ("other_cancer", "C69")


@pytest.mark.parametrize("text", [
    "QUERY: 2 cm renal mass on CT. Please clarify: renal cell carcinoma / oncocytoma / angiomyolipoma / other / "
    "unable to determine. ANSWER: unable to determine; biopsy pending.",
    "Provider query, select one: metastatic breast carcinoma / benign process / clinically undetermined. Response: "
    "clinically undetermined.",
])
def test_the_options_of_a_query_are_not_diagnoses(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


@pytest.mark.parametrize("text, expected, category", [
    ("QUERY: 2 cm renal mass. Please clarify: renal cell carcinoma / oncocytoma / other / unable to determine. "
     "ANSWER: clear cell renal cell carcinoma on the core biopsy.", "kidney", "C64"),
    ("PMH: HTN / DM / breast cancer, on anastrozole.", "breast", "C50"),
])
def test_the_chosen_answer_and_a_slashed_problem_list_still_count(coder: Coder, text: str, expected: str,
                                                                  category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text, category", [
    ("Disability exam (Kidney Cancer): clear cell carcinoma of the left kidney, radical nephrectomy 2018. CT "
     "negative since, no systemic therapy, no current treatment.", "Z85"),
    ("Lung transplant listing review: melanoma of the back excised 2012, no treatment for melanoma since excision.",
     "Z85"),
    ("Coder note: 'rectal CA' on the problem list. Rectal adenocarcinoma resected 2016, no current treatment.",
     "Z85"),
])
def test_a_treated_cancer_with_no_current_treatment_is_history(coder: Coder, text: str, category: str) -> None:
    assert code(coder, text)[1] == category


@pytest.mark.parametrize("text, category", [
    ("Rectal adenocarcinoma resected 2016; now liver metastases, starting FOLFOX.", "C20"),
    ("Clear cell carcinoma of the left kidney, radical nephrectomy 2018; no current treatment, but new lung "
     "metastases on CT.", "C64"),
])
def test_spread_or_treatment_now_keeps_the_active_code(coder: Coder, text: str, category: str) -> None:
    assert code(coder, text)[1] == category


def test_another_cancers_finished_treatment_leaves_a_cancer_found_now_active(coder: Coder) -> None:
    text = ("ASSESSMENT:\n1. Clear cell carcinoma of the right kidney, 3 cm, found incidentally; partial nephrectomy "
            "planned.\n2. Melanoma of the back excised 2014 - no further treatment, skin checks clear.")
    assert code(coder, text) == ("kidney", "C64")
