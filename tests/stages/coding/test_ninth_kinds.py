"""The ICD-10-CM category decisions the ninth forms family turned on (docs/coding.md, "ICD category decisions (ninth
forms family, and the pass after it)"): one test per mechanism, with sentences written for the test (not the family's
forms), cases the mechanism must code and a look-alike it must leave."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from tests.stages.coding.coded import code

# -- malignant neuroendocrine, stromal and vascular tumours named as ICD-10-CM names them ---------------------------


@pytest.mark.parametrize("text, expected", [
    # "carcinoid" alone: ICD-O-3 uses it as a head noun ("goblet cell carcinoid"), so "X tumor" is also written X
    ("Terminal ileum carcinoid, 1.8 cm, with two positive mesenteric nodes; started on lanreotide.",
     ("other_cancer", "C7A")),
    # the GIST of ICD-10-CM's C49.A, spelled out or as its initialism, at its organ's C49.A code
    ("Duodenum, segmental resection: gastrointestinal stromal tumor, 3 cm, low mitotic count.",
     ("other_cancer", "C49")),
    ("Rectal GIST, 5 cm, on neoadjuvant imatinib before resection.", ("other_cancer", "C49")),
    # angiosarcoma (ICD-10-CM C22.3 "Angiosarcoma of liver"): its organ decides, as for the other sarcomas
    ("Hepatic angiosarcoma with rupture, treated with embolization and weekly paclitaxel.", ("liver", "C22")),
])
def test_named_ne_stromal_vascular_tumours(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text", [
    "Gastric biopsy: neuroendocrine cell hyperplasia, no carcinoid identified.",
    "Small bowel follow-through normal; no GIST or other mass.",
    "Lipoma of the jejunum found at enteroscopy, left alone.",
])
def test_ne_stromal_look_alikes_stay_none(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


# -- a histology that names no site: its block or its parent disease, not C80.1 ----------------------------------


@pytest.mark.parametrize("text, expected", [
    # a neuroendocrine tumour with no organ written: C7A (malignant neuroendocrine tumours), not unknown primary
    ("Well differentiated neuroendocrine tumor, grade 2, metastatic to bone; on octreotide.", ("other_cancer", "C7A")),
    # a subtype of a disease the taxonomy names is that disease: a basal cell carcinoma of a skin sub-site the
    # vocabulary lacks is still C44
    ("Micronodular basal cell carcinoma of the left nasolabial fold, excised with clear margins.",
     ("other_cancer", "C44")),
    # a combining form of a tissue opening the name: dermato- (skin), chondro- (bone)
    ("Dermatofibrosarcoma protuberans of the left shoulder, wide excision planned.", ("other_cancer", "C44")),
    ("Chondrosarcoma, grade 2, resected last month; imaging clear.", ("other_cancer", "C41")),
])
def test_bare_histology_fallbacks(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_bare_histology_look_alikes_unchanged(coder: Coder) -> None:
    # a pancreatic neuroendocrine tumour stays C25 (C7A excludes the pancreas); "-oid" is a resemblance, not a tissue
    assert code(coder, "Pancreatic neuroendocrine tumor of the uncinate process, 2 cm.") == ("pancreas", "C25")
    assert code(coder, "Hepatoid adenocarcinoma, resected.") == ("other_cancer", "C80")
    assert code(coder, "Dermatofibroma of the left calf, excised; benign.") == ("none", "")


def test_benign_named_tumour_gives_its_organ(coder: Coder) -> None:
    # the tumour's own benign-sounding name with its organ is the mass the site-less histology was found in
    text = ("Gastrinoma of the duodenal wall, resected.\nPATHOLOGY: well differentiated neuroendocrine tumor, grade 1, "
            "one positive node.")
    assert code(coder, text) == ("other_cancer", "C7A")
    # an organ where ICD-O-3 does not place the histology is not its site
    assert code(coder, "Thyroid adenoma, stable.\nPATHOLOGY: well differentiated neuroendocrine tumor.") \
        == ("other_cancer", "C7A")


# -- the plural of a named histology is the patient's tumours ---------------------------------------------------


def test_plural_of_named_histology(coder: Coder) -> None:
    assert code(coder, "Prior squamous and basal cell carcinomas of the forearms, all excised years ago.")[0] \
        == "other_cancer"
    assert code(coder, "History of several basal cell carcinomas of the scalp, all excised; none now.") \
        == ("other_cancer", "Z85")
    # generic plurals stay generic, and a risk is no disease
    assert code(coder, "Sun protection was discussed to lower her risk of basal cell carcinomas.") == ("none", "")
    assert code(coder, "The clinic sees many carcinomas each week.") == ("none", "")


# -- the organ labelling a line before a spread word is where the cancer spread ----------------------------------


def test_metastatic_phrase_after_an_organ_label(coder: Coder) -> None:
    text = ("INTRAOPERATIVE FINDINGS:\nFrozen section of the left ovary:  metastatic mucinous adenocarcinoma.  "
            "Colonoscopy last month showed a sigmoid colon adenocarcinoma.")
    assert code(coder, text) == ("colorectal", "C18")
    # without the spread word the ovary is the primary
    text = "INTRAOPERATIVE FINDINGS:\nFrozen section of the left ovary:  mucinous adenocarcinoma, capsule intact."
    assert code(coder, text) == ("other_cancer", "C56")


# -- the episode's cancer before a past one of the same type ------------------------------------------------------


def test_new_primary_over_past_one_of_same_type(coder: Coder) -> None:
    text = ("PAST HISTORY: Squamous cell carcinoma of the tonsil, chemoradiation 2015, no evidence of disease.\n"
            "ASSESSMENT: Biopsy of the floor of mouth today shows invasive squamous cell carcinoma, a new primary.")
    assert code(coder, text) == ("head_and_neck", "C04")
    # a note whose only mention is past keeps the history code
    assert code(coder, "PAST HISTORY: Squamous cell carcinoma of the tonsil, chemoradiation 2015.")[1] == "Z85"


# -- cells of a disease's phenotype are not the disease --------------------------------------------------------


def test_phenotype_is_not_the_disease(coder: Coder) -> None:
    assert code(coder, "Flow cytometry: a small clonal B-cell population of CLL phenotype, 900 per microliter, "
                       "below the threshold for CLL; repeat counts in a year.") == ("none", "")
    # the disease itself, whose cells are also described, stays coded
    assert code(coder, "Chronic lymphocytic leukemia, Rai stage 0, on observation; flow cytometry shows the CLL "
                       "phenotype.")[0] == "leukemia"


# -- a named disease coded at its commonest organ takes another site ICD-O-3 gives it ----------------------------


def test_named_disease_at_another_listed_site(coder: Coder) -> None:
    assert code(coder, "Neuroblastoma of the posterior mediastinum in a 2-year-old, resected.") \
        == ("other_cancer", "C38")
    assert code(coder, "Retroperitoneal leiomyosarcoma, 12 cm, on doxorubicin.") == ("other_cancer", "C48")
    # a limb region is the skin's only for a histology that cannot arise in the limb's soft tissue
    assert code(coder, "Pleomorphic sarcoma of the left calf, 9 cm, deep to fascia.") == ("other_cancer", "C49")
    # without a site the disease keeps its taxonomy organ
    assert code(coder, "Neuroblastoma, high risk, on induction chemotherapy.") == ("other_cancer", "C74")
