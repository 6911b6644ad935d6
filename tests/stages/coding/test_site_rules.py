"""Mechanisms of the generalisation pass after the fifth forms family (docs/coding.md, "Sites, typos, survivorship"),
each with sentences written for the test: a case the mechanism must code and one it must leave alone."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.textcoder import _bone_sites
from tests.stages.coding.coded import code

# -- bones of the limbs are C40, the axial skeleton C41 (ICD-10-CM titles, fracture titles by region) ----------


def test_bone_names_come_from_icd10cm_titles() -> None:
    bones = _bone_sites()
    assert {bones["femur"], bones["tibia"], bones["humerus"], bones["radius"]} <= {"C40.0", "C40.2"}
    assert bones["scapula"] == "C40.0" and bones["femur"] == "C40.2"
    assert (bones["rib"], bones["sacrum"], bones["vertebra"], bones["mandible"]) == ("C41.3", "C41.4", "C41.2", "C41.1")
    assert "thumb" not in bones and "toe" not in bones  # parts with skin and soft tissue, not bones


@pytest.mark.parametrize("text, want", [
    ("Ewing sarcoma of the right fibula, on VDC/IE chemotherapy.", ("other_cancer", "C40")),
    ("Osteosarcoma of the proximal humerus, limb-salvage surgery planned.", ("other_cancer", "C40")),
    ("Chondrosarcoma of the sternum was resected en bloc.", ("other_cancer", "C41")),
    ("Ewing sarcoma of the T8 vertebra with cord compression.", ("other_cancer", "C41")),
    ("Biopsy of the lung nodule: metastatic osteosarcoma, in keeping with his tibial primary.",
     ("other_cancer", "C40")),
])
def test_bone_tumour_takes_its_bone(coder: Coder, text: str, want: tuple[str, str]) -> None:
    assert code(coder, text) == want


def test_soft_tissue_sarcoma_near_a_bone_keeps_its_block(coder: Coder) -> None:
    # a sarcoma NOS is coded to connective and soft tissue (C49); a bone written with it does not move it to C40
    assert code(coder, "Sarcoma of the thigh abutting the femur, on doxorubicin.") == ("other_cancer", "C49")


def test_merkel_cell_carcinoma_keeps_its_category_at_a_skin_site(coder: Coder) -> None:
    assert code(coder, "Merkel cell carcinoma of the right forearm, wide excision done.")[1] == "C4A"


# -- "pelvis": the bony pelvis, the renal pelvis, or a region -------------------------------------------------


@pytest.mark.parametrize("text, want", [
    ("Chondrosarcoma of the pelvis involving the left acetabulum.", ("other_cancer", "C41")),
    ("Ewing sarcoma of the pelvis, cycle 4 of chemotherapy.", ("other_cancer", "C41")),
    ("Transitional cell carcinoma of the pelvis of the left kidney, nephroureterectomy planned.", ("kidney", "C65")),
])
def test_pelvis_is_the_organ_its_sentence_names(coder: Coder, text: str, want: tuple[str, str]) -> None:
    assert code(coder, text) == want


def test_pelvis_alone_stays_a_region(coder: Coder) -> None:
    # no kidney word, no bone word: the pelvis is a region, where a carcinoma NOS does not occur as a primary
    assert code(coder, "Adenocarcinoma metastatic to the pelvis.")[1] != "C41"


# -- one-letter typos of the words that decide coding ----------------------------------------------------------


@pytest.mark.parametrize("text, want", [
    ("Core biopsy: invasive ductal carcnoma of the left breast.", ("breast", "C50")),
    ("Fine needle aspiration of the thryoid: papillary carcinoma.", ("thyroid", "C73")),
    ("Diffuse large B-cell lymphomma, cycle 3 of R-CHOP.", ("lymphoma", "C83")),
])
def test_one_letter_typo_of_a_cancer_or_site_word_is_read(coder: Coder, text: str, want: tuple[str, str]) -> None:
    assert code(coder, text) == want


@pytest.mark.parametrize("text", [
    "Adenocarcinoma; he was found lying prostrate.",  # an English word: never repaired to "prostate"
    "Adenocarcinoma; tectum unremarkable.",  # a changed letter is no repair (tectum is not rectum)
])
def test_english_words_and_changed_letters_are_left(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("other_cancer", "C80")


def test_repair_keeps_known_and_plural_words(coder: Coder) -> None:
    text = coder.text
    assert text._repair("adenocarcinomas") is None and text._repair("adrenals") is None
    assert text._repair("brest") is None  # an English word (a city) in pyspellchecker's list
    assert text._repair("stomache") == "stomach"
    assert text._repair("tectum") is None  # a changed letter: not repaired


# -- report lines and words written with a diagnosis ------------------------------------------------------------


@pytest.mark.parametrize("text, want", [
    # "LABEL: , text" (MTSamples joins lines with a comma, here after a space too) and a stage after the site
    ("POSTOPERATIVE DIAGNOSIS: , Adenocarcinoma, right upper lobe, stage IIA.,PROCEDURE: , Lobectomy.",
     ("lung", "C34")),
    # the histology's own modifiers before it, and a position word before the site
    ("DIAGNOSIS: High-grade chondrosarcoma, proximal left tibia.", ("other_cancer", "C40")),
])
def test_index_order_line_with_modifiers_links_its_site(coder: Coder, text: str, want: tuple[str, str]) -> None:
    assert code(coder, text) == want


def test_comma_list_still_links_nothing(coder: Coder) -> None:
    assert code(coder, "PAST MEDICAL HISTORY: , Adenocarcinoma, colon polyps, diabetes.")[1] != "C18"


def test_non_hodgkin_is_not_hodgkin(coder: Coder) -> None:
    assert code(coder, "PREOPERATIVE DIAGNOSIS: Non-Hodgkin lymphoma, need for a port.") == ("lymphoma", "C85")
    assert code(coder, "Classical Hodgkin lymphoma, nodular sclerosis, cycle 2 of ABVD.") == ("lymphoma", "C81")
