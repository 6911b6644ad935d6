"""The classes of miss the twelfth pass fixed (docs/coding.md, "Skin of the trunk, corroborated abbreviations (twelfth
pass)"): one test per class, with sentences written for the test (not any family's forms), cases the mechanism must
code and look-alikes it must leave."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.textcoder import _skin_region_sites
from tests.stages.coding.coded import code_all

# -- the skin of the trunk: regions from the injury chapter's superficial-injury titles -----------------------------


def test_trunk_regions_come_from_the_titles() -> None:
    regions = _skin_region_sites()
    assert regions["back"] == regions["lower back"] == regions["thorax"] == "C44.5"
    assert regions["arm"] == "C44.6" and regions["leg"] == "C44.7"  # "upper arm", "lower leg" give their heads
    assert "lumbar spine" not in regions  # the block title's bone, not a superficial (skin) region
    assert not any("genital" in r for r in regions)  # coded at the genital organ, not the trunk's skin
    assert "pelvi" not in regions  # "pelvis" is no plural


@pytest.mark.parametrize("text, expected", [
    ("Superficial spreading melanoma of the upper back, Breslow 0.8 mm; re-excision next week.", "C43.5"),
    ("Nodular melanoma on the lower back, excised with 1 cm margins.", "C43.5"),
    ("Melanoma of the back, pT2a.", "C43.5"),
    ("Melanoma of the right upper arm, sentinel node negative.", "C43.61"),
    ("Acral melanoma of the left lower leg.", "C43.72"),
    ("Melanoma on the left forearm, excised with 1 cm margins.", "C43.62"),  # "on" a surface
])
def test_melanoma_of_the_trunk_and_limbs_takes_the_sub_site(coder: Coder, text: str, expected: str) -> None:
    assert code_all(coder, text) == ("melanoma", [expected])


@pytest.mark.parametrize("text", [
    "Melanoma, back to clinic in three months.",
    "Melanoma of the right cheek excised last year; back pain since a fall.",
    "Metastatic melanoma came back in the lungs.",
    "Melanoma on imaging, back to clinic.",  # "on" links only a region written right after it
])
def test_back_as_an_ordinary_word_is_no_site(coder: Coder, text: str) -> None:
    ty, codes = code_all(coder, text)
    assert ty == "melanoma" and "C43.5" not in codes


def test_a_sarcoma_of_the_back_stays_soft_tissue(coder: Coder) -> None:
    # a region is the skin's only for a histology that arises in the skin alone
    assert code_all(coder, "Leiomyosarcoma of the back, resected.")[1][0][:3] == "C49"


# -- an abbreviation with another clinical sense counts only corroborated --------------------------------------------


@pytest.mark.parametrize("text", [
    "PTC, tall cell variant, 1.9 cm; s/p total thyroidectomy. Radioiodine in May.",
    "Follicular variant PTC. Thyroglobulin undetectable on suppression.",
    "PTC 1.1 cm in the left thyroid lobe, BRAF V600E.",
    "Classic PTC, pT1a, after hemithyroidectomy; surveillance ultrasound yearly.",
])
def test_ptc_with_the_thyroid_corroborated(coder: Coder, text: str) -> None:
    assert code_all(coder, text) == ("thyroid", ["C73"])


@pytest.mark.parametrize("text", [
    "PTC revealed a hilar stricture; brushings pending.",
    "PTC drain exchanged under fluoroscopy; bilirubin falling.",
    "PTC placed for biliary obstruction from pancreatic adenocarcinoma.",
])
def test_ptc_the_cholangiogram_is_no_thyroid_cancer(coder: Coder, text: str) -> None:
    assert code_all(coder, text)[0] != "thyroid"


@pytest.mark.parametrize("text", [
    "Multinodular goiter; thyroidectomy done, benign pathology.",
    "Thyroglobulin antibodies checked for Hashimoto thyroiditis.",
])
def test_thyroid_corroboration_alone_names_no_cancer(coder: Coder, text: str) -> None:
    assert code_all(coder, text) == ("none", [])
