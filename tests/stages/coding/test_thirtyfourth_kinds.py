"""The classes the thirty-fourth pass added (docs/coding.md, "Verdicts in long narrative notes (thirty-fourth pass)",
`cancerprep.stages.coding.narrative`): a verdict written after the disease with no verb, a doubt said as the disease's
predicate, an occult primary that names its organ, a "no evidence of disease" that is another cancer's own, an ulcer
as the organ of a site-less histology, and a watched cancer named again.
Sentences written for the test (not any family's forms): cases to code and look-alikes to leave."""

from __future__ import annotations

import re

import pytest

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.narrative import names_its_primary, verdict_after
from tests.stages.coding.coded import code, code_all


# -- the verdict after the disease ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "IMPRESSION: Empyema of the right chest. Malignancy ruled out.",
    "ASSESSMENT: Granulomatous mastitis; carcinoma and lymphoma excluded.",
    "ASSESSMENT: Sarcoidosis of the mediastinal nodes. Lymphoma or metastatic carcinoma excluded.",
    "REASON: Left lower lobe mass, rule out malignancy.\nIMPRESSION: Lung abscess. Malignancy ruled out.",
    # the doubt as a predicate, of an earlier visit
    "A: Submandibular swelling, resolved after antibiotics. Lymphoma was a concern at the first visit; no biopsy "
    "needed now.",
    "A: Breast lump, a cyst on ultrasound. Cancer had been a worry for her; aspiration gave clear fluid.",
    # ... or judged unlikely after it
    "IMPRESSION: Soft tissue mass of the thigh, likely a hematoma; sarcoma is unlikely.",
    "CONSULT: Ring-enhancing brain lesions in advanced HIV, toxoplasma serology positive. Primary CNS lymphoma "
    "considered less likely; better on pyrimethamine, so lymphoma is not favored.",
])
def test_a_verdict_after_the_disease_leaves_it_unaffirmed(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


@pytest.mark.parametrize("text, expected", [
    # a doubt, not an exclusion: medspacy's own rules, still no cancer
    ("IMPRESSION: Lung mass. Malignancy not excluded; biopsy next week.", ("none", "")),
    # a comma before the verdict: another item of the clause is excluded, not the disease
    ("Pathology: Ductal carcinoma in situ, invasion excluded.", ("breast", "D05")),
    # a preposition between: the spread is excluded
    ("Pathology: Adenocarcinoma of the sigmoid colon with nodal spread excluded.", ("colorectal", "C18")),
    # the patient's own established disease as a concern, and "the main concern"
    ("ASSESSMENT: Hodgkin lymphoma, stage IIA. Her lymphoma is a concern for fertility planning; ABVD starts Monday.",
     ("lymphoma", "C81")),
    ("ASSESSMENT: Diffuse large B-cell lymphoma is the main concern today; R-CHOP cycle 3.", ("lymphoma", "C83")),
    # what is judged unlikely is another word of the sentence
    ("ASSESSMENT: Follicular lymphoma, grade 2; transformation is unlikely. Observation.", ("lymphoma", "C82")),
])
def test_look_alikes_of_a_verdict_after_the_disease_stay(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_verdict_after_reads_only_the_words_right_after() -> None:
    text = "Lymphoma and tuberculosis excluded. Lymphoma excluded from the trial"
    assert verdict_after(text, len("Lymphoma"))
    assert not verdict_after(text, text.rindex("Lymphoma") + len("Lymphoma"))  # no clause end after "excluded"
    assert not verdict_after("Melanoma has been excluded.", len("Melanoma"))  # medspacy's own rule reads a verb


# -- an occult primary that names its organ ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("IMPRESSION: Occult primary lung adenocarcinoma presenting with brain metastases.", ("lung", "C34")),
    ("ASSESSMENT: Occult primary breast carcinoma with axillary nodal disease; neoadjuvant letrozole.",
     ("breast", "C50")),
    # look-alikes: the primary is not known
    ("IMPRESSION: Metastatic adenocarcinoma in the liver, occult primary; CK7 positive.", ("other_cancer", "C80")),
    ("Carcinoma of unknown primary with axillary and supraclavicular nodes; breast imaging negative.",
     ("other_cancer", "C80")),
])
def test_an_occult_primary_that_names_its_organ(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_names_its_primary_needs_every_match_right_before_the_mention() -> None:
    pattern = re.compile(r"\boccult\s+primary\b", re.I)
    sentence = "Occult primary breast cancer."
    assert names_its_primary(pattern, sentence, sentence.index("breast"))
    sentence = "Breast cancer, occult primary."
    assert not names_its_primary(pattern, sentence, 0)
    assert not names_its_primary(pattern, "Breast cancer.", 0)  # no match at all


# -- "no evidence of disease" in another cancer's own sentence ---------------------------------------------------------
def test_another_cancers_no_evidence_of_disease_leaves_a_new_cancer_active(coder: Coder) -> None:
    text = ("HPI: A 67-year-old man with an exophytic lesion of the floor of mouth; biopsy: invasive squamous cell "
            "carcinoma.\nPAST HISTORY: Prostate adenocarcinoma, prostatectomy 2012, no evidence of disease.\n"
            "ASSESSMENT: Squamous cell carcinoma of the floor of mouth, cT2N0.\nPLAN: Resection with neck dissection.")
    cancer_type, codes = code_all(coder, text)
    assert cancer_type == "head_and_neck" and codes[0].startswith("C04") and "Z85.46" in codes


@pytest.mark.parametrize("text", [
    # the statement in a sentence of its own is the patient's
    "ONCOLOGY FOLLOW-UP\nDiagnosis: breast cancer.\nTreatment: lumpectomy 2014, radiation completed 2014.\n"
    "Status: no evidence of disease.",
    # ... and in the one cancer's own sentence it is that cancer's
    "HPI: Breast cancer diagnosed 2014, lumpectomy 2014, no evidence of disease. Now here for her colonoscopy.",
])
def test_a_survivors_own_statement_still_makes_history(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("breast", "Z85")


# -- an ulcer as the organ of a site-less histology --------------------------------------------------------------------
def test_an_ulcer_gives_a_siteless_histology_its_organ(coder: Coder) -> None:
    text = ("PROCEDURE: Upper endoscopy.\nFINDINGS: Deep ulcer of the gastric body, biopsied.\n"
            "PATHOLOGY: Adenocarcinoma, diffuse type.")
    assert code(coder, text) == ("stomach", "C16")


def test_an_ulcer_does_not_move_a_cancer_with_its_own_site(coder: Coder) -> None:
    text = ("PROCEDURE: Upper endoscopy.\nFINDINGS: Two clean-based duodenal ulcers. Gastric mucosa normal.\n"
            "HISTORY: Metastatic adenocarcinoma of the pancreas on gemcitabine.")
    assert code(coder, text) == ("pancreas", "C25")


# -- a watched cancer named again ------------------------------------------------------------------------------------
def test_a_watched_cancer_named_again_stays_watched(coder: Coder) -> None:
    text = ("OPERATIVE NOTE\nPREOPERATIVE DIAGNOSIS: Squamous cell carcinoma of the scalp.\n"
            "HISTORY: A 74-year-old with chronic lymphocytic leukemia under observation, untreated.\n"
            "PROCEDURE: Wide local excision.\nPLAN: Follow up with hematology for CLL.")
    assert code(coder, text) == ("other_cancer", "C44")


def test_a_watched_cancer_treated_now_is_the_episodes(coder: Coder) -> None:
    text = ("HEMATOLOGY NOTE\nHISTORY: CLL under observation since 2018, untreated; basal cell carcinoma excised last "
            "year.\nASSESSMENT: CLL progression with bulky nodes; starting venetoclax for CLL.")
    assert code(coder, text) == ("leukemia", "C91")
