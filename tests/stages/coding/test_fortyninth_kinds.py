"""The classes the forty-ninth pass added for a doubted cancer and a cancer given as history: a doubted diagnosis that
a tissue result beside it supports (the labelling rules count an uncertain diagnosis with tissue support), and a
cancer-only drug whose own clause gives it now after a "history of" the cancer. Sentences written for the test (not
any note's text): cases and look-alikes."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.supported import tissue_supported
from cancerprep.stages.coding.textcoder import _past_drug
from tests.stages.coding.coded import code


@pytest.mark.parametrize("text, expected", [
    ("Likely pancreatic adenocarcinoma; EUS-FNA cytology positive for malignant cells. Oncology referral.",
     ("pancreas", "C25")),
    ("Probable lung cancer. Bronchoscopy biopsy: malignant cells present. Staging PET ordered.", ("lung", "C34")),
    ("Possible renal cell carcinoma, biopsy positive for malignancy.", ("kidney", "C64")),
    ("Impression: most likely colon cancer; biopsies of the mass show adenocarcinoma.", ("colorectal", "C18")),
    ("Working diagnosis of gastric cancer, biopsy positive. Surgical oncology to see.", ("stomach", "C16")),
    ("Presumed pancreatic cancer, biopsy positive, starting FOLFIRINOX.", ("pancreas", "C25")),
    ("Suspected ovarian cancer with CA-125 of 900. Omental biopsy shows carcinoma.", ("other_cancer", "C56")),
])
def test_a_doubted_cancer_that_tissue_supports_is_coded(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text", [
    "Likely pancreatic adenocarcinoma; EUS-FNA cytology pending.",
    "Probable lung cancer; biopsy non-diagnostic.",
    "Possible renal cell carcinoma, biopsy negative for malignancy.",
    "Likely prostate cancer, biopsy benign.",
    "Possible breast cancer. Her mother's biopsy was positive.",  # a relative's result
    "Suspected colon cancer; biopsy showed atypical cells suspicious for carcinoma.",  # the result hedged itself
    "Likely prostate cancer; biopsy positive for prostatitis.",  # positive for another finding
    "Suspicious for lung cancer; biopsy is scheduled and if positive will refer.",
    "Probable lymphoma; lymph node biopsy shows carcinoma cells.",  # a carcinoma confirms no lymphoma
    "Likely lung cancer, PPD positive.",  # no tissue
])
def test_a_doubted_cancer_without_tissue_support_stays_none(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


def test_only_a_likelihood_is_settled_by_tissue(coder: Coder) -> None:
    # a work-up to rule a cancer out names no cancer, whatever the biopsy finds: its result is coded on its own
    assert code(coder, "Rule out lung cancer. Biopsy positive for malignancy.")[0] != "lung"
    text = "Likely lung cancer. Biopsy was positive."
    assert tissue_supported(text, text.index(" cancer") + 7, text.index("."), "lung cancer")
    assert not tissue_supported(text, len(text), len(text), "lung cancer")  # nothing after the mention
    lymphoma = "Probable lymphoma. Biopsy shows carcinoma."
    assert not tissue_supported(lymphoma, lymphoma.index("."), lymphoma.index("."), "lymphoma")


@pytest.mark.parametrize("text, expected", [
    ("History of melanoma, on pembrolizumab.", ("melanoma", "C43")),
    ("History of breast cancer, on anastrozole.", ("breast", "C50")),
    ("History of lung cancer, on osimertinib.", ("lung", "C34")),
    ("History of prostate cancer, on leuprolide injections every 3 months.", ("prostate", "C61")),
    ("History of breast cancer, on letrozole since 2022.", ("breast", "C50")),
    ("History of breast cancer, on tamoxifen for 5 years, completed 2019.", ("breast", "Z85")),
    ("History of breast cancer, was on tamoxifen.", ("breast", "Z85")),
    ("History of breast cancer, previously on tamoxifen.", ("breast", "Z85")),
    ("History of breast cancer, on tamoxifen until last year.", ("breast", "Z85")),
    ("History of breast cancer, no longer on tamoxifen.", ("breast", "Z85")),
    ("History of melanoma, on pembrolizumab in the past.", ("melanoma", "Z85")),
    ("History of melanoma, on nivolumab since March 2019, stopped 2020.", ("melanoma", "Z85")),
])
def test_a_drug_given_now_in_its_own_clause_makes_a_history_active(coder: Coder, text: str,
                                                                    expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_a_past_cue_of_an_earlier_clause_is_not_the_drugs() -> None:
    text = "History of melanoma, on pembrolizumab."
    assert not _past_drug(text, text.index("pembro"))
    for past in ("History of melanoma, was on pembrolizumab.", "History of melanoma on pembrolizumab.",
                 "History of melanoma, on pembrolizumab 2018 to 2019."):
        assert _past_drug(past, past.index("pembro")), past
