"""The classes the thirty-sixth pass added (found by `coding_variation`'s shorthand, administrative,
medication_list and amended rewrites of the tuning forms): clinical shorthand written out before the rules read a
note, "patient with no" as a negation, a spread only sought ("r/o brain mets") as no active disease, "ALL diagnosis
age 4" as a diagnosis, and a checklist block's heading below another heading of its section.
Sentences written for the test (not any family's forms): cases to code and look-alikes to leave."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.template import block_in
from cancerprep.stages.coding.textcoder import _plain_clinical_shorthand
from tests.stages.coding.coded import code


# -- clinical shorthand -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Left lower lobe, wedge: adenoca, lepidic predominant. Margins neg.", ("lung", "C34")),
    ("Skin, left temple, shave bx: invasive SCC, moderately differentiated.", ("other_cancer", "C44")),
    ("Prostate bx: adenoca, Gleason 3+4, 4 of 12 cores pos.", ("prostate", "C61")),
    ("Hx of breast cancer s/p lumpectomy 2012, no evidence of recur.", ("breast", "Z85")),
    ("Right ovary: met signet ring cell adenoca; gastric body adenoca on EGD.", ("stomach", "C16")),
])
def test_shorthand_codes_as_its_words(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("short, words", [
    ("Adrenal met from renal cell ca, treated w/ SBRT.",
     "Adrenal metastasis from renal cell carcinoma, treated with SBRT."),
    ("Liver mets from sigmoid adenoca, on FOLFOX, pt tolerating tx.",
     "Liver metastases from sigmoid adenocarcinoma, on FOLFOX, patient tolerating treatment."),
])
def test_shorthand_codes_as_the_words_it_stands_for(coder: Coder, short: str, words: str) -> None:
    assert code(coder, short) == code(coder, words) != ("none", "")


@pytest.mark.parametrize("text", [
    "Ca 9.2, Mg 2.0; ca carbonate 500 mg daily.",      # calcium, not cancer
    "She met with the oncology nurse; goals met.",     # the verb
    "Pt w/ no ca hx. Thoracentesis cytology: NEG FOR MALIGNANT CELLS.",
    "Patient with no cancer history; screening up to date.",
    "SCC antigen normal; liver tx 2010 for cirrhosis.",  # a marker's name and a transplant
])
def test_look_alikes_of_shorthand_name_no_cancer(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


def test_shorthand_is_written_out_in_its_case() -> None:
    assert _plain_clinical_shorthand("BX: ADENOCA; LNs neg; pt dx'd 2019") == \
        "BIOPSY: ADENOCARCINOMA; lymph nodes negative; patient diagnosed 2019"
    assert _plain_clinical_shorthand("Goals met; exclusion met.") == "Goals met; exclusion met."
    # "ca" is left to the taxonomy's own short forms ("basal cell ca"): after a lab's word it is calcium
    assert _plain_clinical_shorthand("serum ca normal, check ca") == "serum ca normal, check ca"
    assert _plain_clinical_shorthand("liver met, bone mets") == "liver metastasis, bone metastases"


# -- a spread only sought, a diagnosis at an age -----------------------------------------------------------------------
def test_a_spread_only_sought_leaves_a_past_cancer_past(coder: Coder) -> None:
    text = ("ORDER: MRI brain. Indication: history of melanoma of the back excised 2015, stage IB; new headaches, "
            "rule out brain metastases.")
    assert code(coder, text) == ("melanoma", "Z85")
    # ... a spread found keeps it active
    found = "History of melanoma of the back excised 2015; MRI now shows brain metastases."
    assert code(coder, found) == ("melanoma", "C43")


def test_an_initialism_with_diagnosis_at_an_age_is_a_diagnosis(coder: Coder) -> None:
    text = "PMH: ALL diagnosis age 5, treated per protocol, off therapy at age 8, in long term remission."
    assert code(coder, text)[0] == "leukemia"


# -- a checklist block under another heading --------------------------------------------------------------------------
def test_a_checklist_block_under_another_heading_keeps_its_organ(coder: Coder) -> None:
    block = ("SYNOPTIC REPORT, COLON:\nProcedure: Right hemicolectomy\nHistologic type: Adenocarcinoma\n"
             "Margins: negative")
    for before in ("", "ADDENDUM:\n", "Note.\n"):
        assert code(coder, before + block) == ("colorectal", "C18")
    assert block_in(before + block, 0, len(before + block))
    assert not block_in("Note.\nPlan: follow-up.", 0, 22)
