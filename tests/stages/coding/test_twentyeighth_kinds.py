"""The classes the twenty-eighth pass added, found with the ICD-10-CM tabular probe (benchmarks.quality.coding_tabular):
an organ named precisely keeps its own category where SEER's site list leaves it out of a histology's sites (renal
pelvis C65), a melanoma of a part with skin takes C43 of that skin (lip), the tissue-of-region and shared-modifier
titles as sites (C40, C47, C49, C69.5), ICD-10-CM's "malignant inflammatory neoplasm" and "in-situ neoplasm", and the
carcinoid history codes. Sentences written for the test (not any family's forms): cases to code and look-alikes to
leave."""

from __future__ import annotations

import pytest

from benchmarks.quality.coding_tabular import Case, cases, score
from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.icd10 import history_code
from cancerprep.stages.coding.textcoder import _skin_part, _tissue_title_sites, _vague_site
from tests.stages.coding.coded import code, code_all


# -- a precisely named organ keeps its category --------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Carcinoma of the left renal pelvis, on chemotherapy.", ("kidney", "C65")),
    ("Malignant neoplasm of right renal pelvis, on treatment.", ("kidney", "C65")),
    ("Adenocarcinoma of the renal pelvis, resected last month.", ("kidney", "C65")),
    # look-alikes: the kidney itself, and a histology that ICD-O-3 places in one part of a vaguely named organ
    ("Carcinoma of the right kidney, on treatment.", ("kidney", "C64")),
    ("Adenosarcoma of the uterus, on treatment.", ("uterine", "C54")),
])
def test_a_precisely_named_organ_keeps_its_category(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_vague_sites_are_wholes_or_parts_unspecified() -> None:
    assert _vague_site("C55")  # uterus, part unspecified
    assert _vague_site("C50")  # a whole category
    assert not _vague_site("C65.9")  # only the side is unspecified
    assert not _vague_site("C64.1")


# -- a melanoma of a part with skin --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Malignant melanoma of the upper lip, excised with wide margins.", "C43.0"),
    ("Melanoma of the left eyelid, on follow-up.", "C43.1"),
    # look-alikes: the lip's mucosa, and an organ without skin
    ("Mucosal melanoma of the lower lip, on immunotherapy.", "C00"),
    ("Melanoma of the lip mucosa, on immunotherapy.", "C00"),
    ("Melanoma of the rectum, on immunotherapy.", "C20"),
])
def test_a_melanoma_of_a_part_with_skin_is_that_skins(coder: Coder, text: str, expected: str) -> None:
    cancer_type, codes = code_all(coder, text)
    assert cancer_type == "melanoma"
    assert codes and codes[0].startswith(expected)


def test_skin_part_refuses_the_mucosa() -> None:
    assert _skin_part("lip", "melanoma of the lip") == "C44.00"
    assert _skin_part("lip", "melanoma of the vermilion of the lip") is None
    assert _skin_part("rectum", "melanoma of the rectum") is None


# -- tissue-of-region and shared-modifier titles --------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Malignant neoplasm of long bones of right lower limb, on treatment.", ("other_cancer", "C40")),
    ("Malignant neoplasm of connective and soft tissue of left upper limb, including shoulder.",
     ("other_cancer", "C49")),
    ("Spindle cell sarcoma of the soft tissue of the pelvis, on chemotherapy.", ("other_cancer", "C49")),
    ("Malignant neoplasm of peripheral nerves of thorax, on treatment.", ("other_cancer", "C47")),
    ("Adenoid cystic carcinoma of the right lacrimal gland, on radiotherapy.", ("other_cancer", "C69")),
    # look-alikes: a benign tumour of soft tissue, and a soft tissue mentioned beside a negated malignancy
    ("Lipoma in the soft tissue of the abdomen, excised. No malignancy.", ("none", "")),
    ("Soft tissue of the neck unremarkable; no evidence of malignancy.", ("none", "")),
])
def test_tissue_of_region_titles_are_sites(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_tissue_title_sites_come_from_the_titles() -> None:
    sites = _tissue_title_sites()
    assert sites["soft tissue of lower limb"] == "C49.2"
    assert sites["connective tissue of thorax"] == "C49.3"
    assert sites["long bones of right lower limb"] == "C40.2"
    assert sites["lacrimal gland"] == "C69.5"
    assert sites["soft tissue of unspecified upper limb"] == "C49.1"  # the title's own "unspecified" side
    assert sites["soft tissue of trunk"] == "C49.6"  # "trunk, unspecified": the trunk NOS
    assert not any(w in s.split() for s in sites for w in ("other", "overlapping", "sites"))
    assert all(s.split().index("unspecified") == s.split().index("of") + 1 for s in sites if "unspecified" in s)
    assert "soft tissue of right thorax" not in sites  # no side where the title has none


# -- ICD-10-CM's own disease wordings ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Malignant inflammatory neoplasm of right breast, on neoadjuvant chemotherapy.", ("breast", "C50")),
    ("Personal history of in-situ neoplasm of breast, no evidence of disease.", ("breast", "Z86")),
    ("In-situ neoplasm of the cervix, for conisation.", ("other_cancer", "D06")),
    # look-alikes: an inflammatory breast condition, and a neoplasm of uncertain behaviour
    ("Inflammatory changes of the right breast, mastitis, on antibiotics.", ("none", "")),
    ("Neoplasm of uncertain behavior of the breast, for excision.", ("none", "")),
])
def test_icd_wordings_of_the_disease(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


# -- carcinoid history ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("active, history", [
    ("C7A.092", "Z85.020"), ("C7A.026", "Z85.040"), ("C7A.021", "Z85.030"), ("C7A.012", "Z85.060"),
    ("C7A.090", "Z85.110"), ("C7A.091", "Z85.230"), ("C7A.093", "Z85.520"),
    ("C7A.00", "C7A.00"),  # no history code of its own
    ("C16.9", "Z85.028"),  # the ranges still hold
])
def test_carcinoid_history_codes(active: str, history: str) -> None:
    assert history_code(active) == history


def test_a_carcinoid_in_history_takes_its_history_code(coder: Coder) -> None:
    assert code_all(coder, "History of carcinoid tumor of the rectum, resected 2015, no recurrence.")[1][:1] \
        == ["Z85.040"]


# -- the probe itself ----------------------------------------------------------------------------------------------
def test_the_tabular_probe_accepts_the_unknown_primary_for_a_secondary_title() -> None:
    probe = cases()
    assert {c.form for c in probe} == {"title", "lower", "carcinoma", "cancer", "inclusion"}
    secondary = next(c for c in probe if c.code == "C78.01" and c.form == "title")
    assert secondary.accepted == ("C78", "C80")
    assert not any(c.code.startswith("C71") and c.form == "carcinoma" for c in probe)

    class Pred:
        def __init__(self, codes: list[str]) -> None:
            self.icd10 = codes

    one = [Case("C65.1", "title", "x"), Case("C65.1", "lower", "y")]
    result = score(one, [Pred(["C65.1"]), Pred(["C64.1"])])
    assert result["ALL"] == {"n": 2, "category": 0.5}


# -- the histology's descriptors between it and its site ------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Invasive carcinoma of no special type, grade 3, left breast.", ("breast", "C50")),
    ("Invasive carcinoma, grade 2, right breast.", ("breast", "C50")),
    ("Adenocarcinoma, well-differentiated, sigmoid colon.", ("colorectal", "C18")),
    ("Squamous cell carcinoma, right tonsil.", ("head_and_neck", "C09")),
    # look-alikes: another condition between (a list), and the site followed by what spread there
    ("Carcinoma, grade 3, diabetes, left breast.", ("other_cancer", "C80")),
    ("Adenocarcinoma, poorly differentiated, liver metastases.", ("other_cancer", "C80")),
])
def test_descriptors_between_a_histology_and_its_site(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


# -- cancer of unknown primary by its initialism --------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("CUP with bone metastases, on carboplatin and paclitaxel.", ("other_cancer", "C80")),
    # look-alikes: the English word, in any case but the initialism's
    ("Cup of tea at breakfast, no complaints.", ("none", "")),
    ("Drinks one cup of coffee a day.", ("none", "")),
])
def test_cup_is_cancer_of_unknown_primary(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


# -- every name of a site-blocked disease is coded in its block -----------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Kaposi's sarcoma of the right lung, on liposomal doxorubicin.", "C46.5"),
    ("Kaposi's sarcoma of the palate, on antiretrovirals and chemotherapy.", "C46.2"),
    ("Kaposi sarcoma of the left lung, on paclitaxel.", "C46.5"),
])
def test_an_eponym_written_with_its_possessive_keeps_its_block(coder: Coder, text: str, expected: str) -> None:
    cancer_type, codes = code_all(coder, text)
    assert cancer_type == "other_cancer"
    assert codes and codes[0].startswith(expected)


def test_a_sarcoma_of_the_lung_without_the_eponym_is_no_kaposi(coder: Coder) -> None:
    assert code(coder, "Pleomorphic sarcoma of the right lung, on doxorubicin.")[1] != "C46"


# -- a benign finding before a semicolon does not negate the history after it (already so at main; kept) ------------
@pytest.mark.parametrize("text", [
    "Mammogram: benign post-lumpectomy changes, right breast; DCIS treated with lumpectomy and radiation 2008.",
    "IMPRESSION: Benign post-lumpectomy changes, left breast; DCIS treated with lumpectomy and radiation in 2011.",
])
def test_a_benign_finding_does_not_negate_the_history_after_a_semicolon(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("breast", "Z86")
