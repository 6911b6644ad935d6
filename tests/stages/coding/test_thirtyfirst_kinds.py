"""The classes the thirty-first pass added for blood cancers, found with the ICD-10-CM tabular probe
(benchmarks.quality.coding_tabular): ICD-10-CM's own names of its haematological diseases at every depth, without their
parenthesised nonessential modifiers or their "NOS", and slash-joined; a tabular name over an ICD-O-3 entry left at its
type's default; the kind a modified name inherits from the name it ends in; a parenthesised modifier read with the
name; the kind whose name the words write whole; a disease named in ordinary words reaching the matcher; the relapse
fifth character. Sentences written for the test (not any family's forms): cases to code and benign haematology that
must stay `none` (the conventions in tests/fixtures/mtsamples_gold_README.md: benign tumours and essential
thrombocythemia are `none`)."""

from __future__ import annotations

import pytest
import simple_icd_10_cm as cm

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.icd10 import relapse_code, remission_code
from cancerprep.stages.coding.textcoder import _icd10_disease_names
from tests.stages.coding.coded import code, code_all


# -- ICD-10-CM's names of its haematological diseases --------------------------------------------------------------
def test_tabular_names_drop_nonessential_modifiers_and_nos() -> None:
    names = _icd10_disease_names(cm)
    assert names["mediastinal large b-cell lymphoma"].startswith("C85.2")  # "(thymic)" dropped
    assert names["immunoproliferative disease"].startswith("C88.9")  # "Immunoproliferative disease NOS"
    assert names["acute leukemia"].startswith("C95.0")  # "Acute leukemia NOS"
    assert names["primary central nervous system lymphoma"].startswith("C83.39")  # a 6-character code
    assert names["adult t-cell lymphoma/leukemia"] == names["adult t-cell lymphoma leukemia"] == "C91.5"
    # a code and its own "NOS" child are one state, not a split that makes the name its category
    assert names["chronic myeloid leukemia"].startswith("C92.1")
    # look-alikes: a title that is a residual class or names no one disease is no name
    assert "other specified leukemias" not in names
    assert not any(k.startswith("myelodysplastic") for k in names)


@pytest.mark.parametrize("text, expected", [
    ("Mediastinal large B-cell lymphoma, starting R-CHOP next week.", ("lymphoma", "C85")),
    ("Mediastinal (thymic) large B-cell lymphoma diagnosed on core biopsy of the anterior mediastinal mass.",
     ("lymphoma", "C85")),
    ("Non-follicular (diffuse) lymphoma of the spleen, cycle 2 given.", ("lymphoma", "C83")),
    ("Primary central nervous system lymphoma, on high-dose methotrexate.", ("lymphoma", "C83")),
    ("Immunoproliferative disease involving the small bowel, on treatment.", ("lymphoma", "C88")),
    ("Heavy chain disease, followed in haematology clinic and on therapy.", ("lymphoma", "C88")),
    ("Mast cell sarcoma of the tibia, on treatment.", ("other_cancer", "C96")),
    ("Adult T-cell lymphoma/leukemia (HTLV-1 associated), induction started.", ("leukemia", "C91")),
    ("Acute leukemia of ambiguous lineage, unspecified cell type, on induction.", ("leukemia", "C95")),
    # look-alikes: a named kind keeps its own code, and an ordinary large B-cell lymphoma stays C83
    ("Diffuse large B-cell lymphoma (germinal centre type), cycle 3 of R-CHOP.", ("lymphoma", "C83")),
    ("Acute myeloid leukemia, day 14 marrow pending.", ("leukemia", "C92")),
])
def test_haematological_names_take_their_tabular_category(coder: Coder, text: str,
                                                            expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


# -- a modified name is a kind of the name it ends in --------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Therapy-related acute myeloid leukemia after chemotherapy for a lymphoma, now on azacitidine.",
     ("leukemia", "C92")),
    ("Therapy-related acute myeloid leukaemia, induction chemotherapy in progress.", ("leukemia", "C92")),
])
def test_a_modified_name_inherits_the_kind(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


# -- relapse, like remission, is the fifth character ---------------------------------------------------------------
def test_relapse_code_mirrors_remission_code() -> None:
    assert relapse_code("C92.00") == "C92.02"
    assert relapse_code("C90.0") == "C90.02"
    assert remission_code("C91.00") == "C91.01"
    assert relapse_code("C85.90") == "C85.90"  # no relapse child: the code stays


@pytest.mark.parametrize("text, expected", [
    ("Relapsed multiple myeloma, starting a new line of therapy.", ("myeloma", "C90.02")),
    ("Acute myeloid leukemia in first relapse, salvage chemotherapy planned.", ("leukemia", "C92.02")),
    # look-alikes: relapse denied or only feared, and remission after a relapse
    ("Acute myeloid leukemia on maintenance; no relapse on the last marrow.", ("leukemia", "C92.00")),
    ("Multiple myeloma on lenalidomide to reduce the risk of relapse.", ("myeloma", "C90.00")),
    ("Acute lymphoblastic leukemia relapsed in 2019, now in second complete remission.", ("leukemia", "C91.01")),
])
def test_relapse_takes_its_fifth_character(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    cancer_type, codes = code_all(coder, text)
    assert (cancer_type, codes[0] if codes else "") == expected


# -- benign haematology stays none ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Iron deficiency anemia, on oral ferrous sulfate.",
    "Immune thrombocytopenic purpura, platelets recovered on prednisone.",
    "Reactive lymphocytosis after a viral illness; smear without blasts.",
    "Monoclonal gammopathy of undetermined significance, IgG kappa, stable; no myeloma-defining events.",
    "Heavy menstrual bleeding with chain of clinic visits for anemia.",
    "Essential thrombocythemia on hydroxyurea.",
])
def test_benign_haematology_is_no_cancer(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


# -- the haematological chapter's one-word names and kinds of "neoplasm" -------------------------------------------
def test_haematological_chapter_names_by_kind_alone() -> None:
    names = _icd10_disease_names(cm)
    assert names["macroglobulinemia"].startswith("C88.0")
    assert names["blastic plasmacytoid dendritic cell neoplasm"].startswith("C86.4")
    assert names["malignant mast cell neoplasm"].startswith("C96.2")
    assert names["hand-schüller-christian disease"] == names["hand-schuller-christian disease"]
    # look-alikes: outside C81-C96 one word is no name, and "malignant neoplasm of ..." names a site, not a kind
    assert "carcinoma" not in names
    assert not any(k.startswith("malignant neoplasm") for k in names)


@pytest.mark.parametrize("text, expected", [
    ("Blastic plasmacytoid dendritic cell neoplasm with skin nodules, on venetoclax.", ("lymphoma", "C86")),
    ("Macroglobulinemia with hyperviscosity, plasmapheresis and rituximab started.", ("lymphoma", "C88")),
    # look-alike: a benign neoplasm of the mast cells is no cancer
    ("Cutaneous mastocytosis (urticaria pigmentosa) in childhood, no systemic disease.", ("none", "")),
])
def test_one_word_and_neoplasm_kinds_code(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected
