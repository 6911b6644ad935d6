"""The classes the thirty-fifth pass added (docs/coding.md, "Vocabulary classes from the tabular list and eponyms
(thirty-fifth pass)"): "in-situ" written with a hyphen, a skin-only disease at a part with a skin code of its own,
personal-history codes of Merkel cell carcinoma and of the in-situ categories, a kind of tumour between "secondary"
and its noun, short surnames of disease names, and "Morbus <Name>" of a two-word disease name.
Sentences written for the test (not any family's forms): cases to code and look-alikes to leave."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.icd10 import history_code
from cancerprep.stages.coding.textcoder import _plain_in_situ, _secondary_as_spread
from tests.stages.coding.coded import code, code_all


# -- "in-situ" with a hyphen ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Melanoma in-situ of the right calf, re-excision booked.", ("melanoma", "D03")),
    ("Path: lentigo maligna type melanoma in-situ, left temple; margins involved.", ("melanoma", "D03")),
    ("Squamous cell carcinoma in-situ of the dorsum of the hand, curettage today.", ("other_cancer", "D04")),
    ("Remote history of melanoma in-situ of the upper back, excised in 2016; skin checks only.",
     ("melanoma", "Z86")),
])
def test_in_situ_with_a_hyphen_is_in_situ(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the invasive melanoma stays invasive beside a word that merely contains "situ"
    ("Invasive melanoma of the right calf, Breslow 1.1 mm, wide excision planned.", ("melanoma", "C43")),
    # "in-situ hybridisation" is a test, not a behaviour: the carcinoma named is invasive
    ("Breast core: invasive ductal carcinoma; HER2 by in-situ hybridisation not amplified. Letrozole started.",
     ("breast", "C50")),
])
def test_look_alikes_of_in_situ_stay(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_plain_in_situ_keeps_length_and_case() -> None:
    for text in ("melanoma in-situ", "MELANOMA IN-SITU", "In-situ neoplasm"):
        out = _plain_in_situ(text)
        assert len(out) == len(text) and "-" not in out and out.lower().endswith(("in situ", "in situ neoplasm"))
    assert _plain_in_situ("main-situation") == "main-situation"  # not a word part


# -- a skin-only disease at a part with a skin code -------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Basal cell carcinoma of the upper lip, Mohs surgery booked.", ("other_cancer", "C44")),
    ("Superficial BCC of the left lower lip, imiquimod started.", ("other_cancer", "C44")),
    ("Merkel cell carcinoma of the lower lip, 1.2 cm, wide excision and nodal staging.", ("other_cancer", "C4A")),
    ("Merkel cell carcinoma of the left eyelid, excised; adjuvant radiotherapy.", ("other_cancer", "C4A")),
])
def test_a_skin_only_disease_at_a_part_is_that_parts_skin(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a squamous cell carcinoma arises on the lip's mucosa too: the lip (C00), as before
    ("Squamous cell carcinoma of the lower lip, wedge excision done, on follow-up.", ("head_and_neck", "C00")),
    # a histology of many organs at the eyelid's neighbour, the orbit, keeps its organ
    ("Adenoid cystic carcinoma of the lacrimal gland, exenteration planned.", ("other_cancer", "C69")),
])
def test_look_alikes_of_a_skin_only_disease_keep_their_organ(coder: Coder, text: str,
                                                               expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


# -- personal-history codes -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("active, history", [
    ("C4A.9", "Z85.821"), ("C4A.0", "Z85.821"),       # Merkel cell carcinoma, after C49 in string order
    ("C96.5", "Z85.79"),                              # other lymphoid and haematopoietic neoplasms
    ("D00.1", "Z86.003"), ("D01.0", "Z86.004"), ("D02.2", "Z86.005"), ("D07.1", "Z86.002"), ("D09.0", "Z86.008"),
    # unchanged neighbours
    ("C46.9", "Z85.831"), ("C49.2", "Z85.831"), ("C44.91", "Z85.828"), ("D05.1", "Z86.000"), ("D03.9", "Z86.006"),
])
def test_history_code_by_category(active: str, history: str) -> None:
    assert history_code(active) == history


def test_a_past_merkel_cell_carcinoma_is_its_own_history(coder: Coder) -> None:
    text = "Merkel cell carcinoma of the left temple, excised in 2015; no evidence of disease at review."
    assert code_all(coder, text) == ("other_cancer", ["Z85.821"])


def test_a_current_merkel_cell_carcinoma_stays_active(coder: Coder) -> None:
    assert code(coder, "Merkel cell carcinoma of the thigh, nodal recurrence, on avelumab.") == ("other_cancer", "C4A")


# -- "secondary" with the kind of tumour between ----------------------------------------------------------------------
def test_secondary_with_a_kind_between_reads_as_spread() -> None:
    assert _secondary_as_spread("Secondary carcinoid tumours in the liver.") \
        == "Metastatic carcinoid tumours to liver."
    # a cause, and a second primary with its cause, are left as written
    assert _secondary_as_spread("Anaemia secondary to cancer of the colon.") \
        == "Anaemia secondary to cancer of the colon."
    text = "Secondary skin cancer of the chest wall after radiation."
    assert _secondary_as_spread(text) == text


def test_secondary_carcinoid_in_the_liver_is_no_liver_cancer(coder: Coder) -> None:
    assert code(coder, "Secondary carcinoid tumours in the liver, on lanreotide.")[1] != "C22"
    # the liver's own cancer stays the liver's
    assert code(coder, "Hepatocellular carcinoma in the liver, on atezolizumab and bevacizumab.") == ("liver", "C22")


# -- short surnames and "Morbus <Name>" -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Bowen's disease of the right forearm, 5-fluorouracil cream started.", ("other_cancer", "D04")),
    ("Bowen disease of the scalp, photodynamic therapy booked.", ("other_cancer", "D04")),
    ("Morbus Waldenström, IgM 38 g/L, on bendamustine and rituximab.", ("lymphoma", "C88")),
    ("Morbus Kaposi of both feet in a man with HIV, on paclitaxel.", ("other_cancer", "C46")),
])
def test_eponyms_written_short_or_with_morbus(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text", [
    "Paget's disease of bone of the pelvis, alkaline phosphatase raised, on zoledronic acid.",
    "Morbus Paget of the skull, hearing aids fitted.",
    "Morbus Crohn, on adalimumab; colonoscopy clear of dysplasia.",
    "Bowen, the patient's husband, came with her; her hypertension is controlled.",
])
def test_look_alikes_of_eponyms_are_no_cancer(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


def test_morbus_names_only_surnames(coder: Coder) -> None:
    terms = coder.text.terms
    assert terms["morbus waldenstrom"].type_id == "lymphoma"
    assert terms["morbus kaposi"].code[:3] == "C46"
    # adjectives that open two-word names are no surnames
    assert not any(f"morbus {w}" in terms for w in ("ductal", "serous", "medullary", "lobular", "anaplastic"))
