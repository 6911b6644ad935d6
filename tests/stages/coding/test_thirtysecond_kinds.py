"""The classes the thirty-second pass added (docs/coding.md, "Borders of malignancy (thirty-second pass)",
`cancerprep.stages.coding.borders`): the tabular list's kind-coded histiocytic, dendritic-cell and mast-cell names,
WHO names qualified by their genetics, names ICD-10-CM classifies outside the cancers, cues said in a closed aside or
in a "versus" of treatments, remission free of treatment, the part of the uterus and the gestational choriocarcinoma,
and the "CNS WHO grade" of a meningioma.
Sentences written for the test (not any family's forms): cases to code and look-alikes to leave."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.borders import classified_elsewhere, gynaecological_part, kind_names
from cancerprep.stages.coding.coder import Coder
from tests.stages.coding.coded import code


# -- kind-coded names of C96 and C86.4 ------------------------------------------------------------------------------
def test_kind_names_come_from_the_tabular_list() -> None:
    names = kind_names()
    assert names["langerhans cell histiocytosis"] == "C96.6"  # "Langerhans-cell histiocytosis NOS"
    assert names["blastic plasmacytoid dendritic cell neoplasm"].startswith("C86.4")
    assert names["hand-schuller-christian disease"] == "C96.5"  # the diacritic dropped
    assert not any(n.startswith("other ") or "unspecified" in n for n in names)


@pytest.mark.parametrize("text, expected", [
    ("Lytic lesion of the left parietal bone; curettage shows Langerhans cell histiocytosis, CD1a and langerin "
     "positive. Single lesion.", ("other_cancer", "C96")),
    ("Eosinophilic granuloma of the right femur in a 7-year-old, treated by curettage.", ("other_cancer", "C96")),
    ("Letterer-Siwe disease with skin rash, hepatosplenomegaly and marrow involvement; vinblastine started.",
     ("other_cancer", "C96")),
    ("Nasal skin nodule: blastic plasmacytoid dendritic cell neoplasm (CD4, CD56, CD123 positive); tagraxofusp.",
     ("lymphoma", "C86")),
    # the organ it sits in does not code it
    ("Excision of a neck mass: follicular dendritic cell sarcoma arising in the tonsil; radiotherapy planned.",
     ("other_cancer", "C96")),
])
def test_a_kind_coded_neoplasm_is_coded_by_kind_not_site(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


# -- WHO names qualified by their genetics ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Peripheral blood: acute myeloid leukemia with mutated NPM1, 70% blasts; admitted for induction.",
     ("leukemia", "C92")),
    ("Acute myeloid leukaemia with mutated RUNX1 on the marrow aspirate; venetoclax and azacitidine.",
     ("leukemia", "C92")),
])
def test_a_who_name_with_its_genetics_is_its_kind(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


# -- names classified outside the cancers ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Neutrophilia 45 x10^9/L, CSF3R mutated, no BCR::ABL1: chronic neutrophilic leukemia. Hydroxyurea.",
    "Heavy smoker with adult pulmonary Langerhans cell histiocytosis on lung biopsy; quitting is the treatment.",
    "Indolent systemic mastocytosis with KIT D816V, tryptase 60; H1 blockers.",
])
def test_a_name_classified_outside_the_cancers_is_none(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


@pytest.mark.parametrize("text, expected", [
    # the longer cancer name holds the uncertain-behaviour one
    ("Aggressive systemic mastocytosis with ascites and cytopenias; midostaurin.", ("other_cancer", "C96")),
    # the same words in a child are the C96 disease, not the adult's smoking-related J84.82
    ("A 3-year-old with multisystem Langerhans cell histiocytosis: skin, liver and lung cysts; vinblastine.",
     ("other_cancer", "C96")),
    ("Chronic myeloid leukemia, BCR::ABL1 positive, chronic phase; imatinib.", ("leukemia", "C92")),
])
def test_a_cancer_name_beside_such_words_still_codes(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_classified_elsewhere_needs_the_whole_name() -> None:
    text = "neutrophilic leukemia"
    assert not classified_elsewhere(text, text.index("leukemia"), len(text))
    text = "chronic neutrophilic leukaemia"
    assert classified_elsewhere(text, text.index("leuk"), len(text))


# -- cues that do not reach the mention -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Right lobectomy (preoperative aspirate suspicious for malignancy): papillary thyroid carcinoma, 2 cm.",
     ("thyroid", "C73")),
    ("Vulvar biopsy after earlier treatment: VIN 3, extensive; laser versus excision discussed.",
     ("other_cancer", "D07")),
])
def test_a_cue_in_an_aside_or_a_choice_of_care_does_not_reach(coder: Coder, text: str,
                                                              expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text", [
    # the doubt is in the mention's own sentence, not in a closed aside
    "Right lobectomy: suspicious for papillary thyroid carcinoma, final pending.",
    # a "versus" between diseases is a differential
    "Vulvar lesion: lichen sclerosus versus VIN 3; biopsy next week.",
])
def test_a_doubt_about_the_mention_itself_still_counts(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


# -- remission free of treatment -------------------------------------------------------------------------------------
def test_a_treatment_free_remission_is_the_disease(coder: Coder) -> None:
    assert code(coder, "Chronic myeloid leukemia in treatment-free remission, molecular monitoring every 3 months.") \
        == ("leukemia", "C92")


def test_a_disease_free_patient_is_still_not_active_leukemia(coder: Coder) -> None:
    _type, icd = code(coder, "Acute lymphoblastic leukemia treated in 2004; disease-free since, no therapy.")
    assert icd != "C91"


# -- the part of the uterus and the gestational choriocarcinoma -----------------------------------------------------
@pytest.mark.parametrize("sentence, before, after", [
    ("Uterus: endometrioid adenocarcinoma, grade 2.", "C55", "C54.1"),
    ("Uterus: carcinosarcoma invading 8 of 12 mm of myometrium.", "C55", "C54.9"),
    ("Uterus: leiomyosarcoma, 9 cm.", "C55", "C55"),
    ("Choriocarcinoma after a molar pregnancy, hCG 40,000.", "C80.1", "C58"),
    ("Choriocarcinoma component in a mediastinal germ cell tumour.", "C80.1", "C80.1"),
    ("Endometrioid adenocarcinoma of the ovary.", "C56.9", "C56.9"),
])
def test_gynaecological_part(sentence: str, before: str, after: str) -> None:
    assert gynaecological_part(sentence, before) == after


def test_an_endometrioid_uterine_cancer_is_corpus(coder: Coder) -> None:
    assert code(coder, "UTERUS AND CERVIX, HYSTERECTOMY: Endometrioid adenocarcinoma, FIGO grade 2.") \
        == ("uterine", "C54")


# -- meningioma grade ------------------------------------------------------------------------------------------------
def test_a_cns_who_grade_three_meningioma_is_malignant(coder: Coder) -> None:
    assert code(coder, "Meningioma, CNS WHO grade 3, parasagittal; radiotherapy after resection.") == ("brain", "C70")


def test_a_cns_who_grade_one_meningioma_is_not(coder: Coder) -> None:
    assert code(coder, "Meningioma, CNS WHO grade 1, olfactory groove; observation.") == ("none", "")
