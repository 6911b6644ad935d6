"""The vocabulary classes the thirteenth pass completed (docs/coding.md, "Complete vocabularies: staging, markers,
regimens, lay and sub-site anatomy (thirteenth pass)"): staging and grading systems and markers that imply one cancer,
regimens and drugs whose labelled indications are one type's cancers (counted only corroborated), lay and synonym organ
names and the ICD-10-CM inclusion terms. Sentences written for the test (not any family's forms): cases to code and
look-alikes to leave."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.taxonomy import load_taxonomy, load_vocabulary
from tests.stages.coding.coded import code, code_all

# -- staging, grading and risk systems defined for one cancer ---------------------------------------------------------


@pytest.mark.parametrize("text, expected, category", [
    ("Core biopsies reviewed: Grade Group 4, PSA 18.", "prostate", "C61"),
    ("Histologic grade: Nottingham grade 3 of 3; lymphovascular invasion present.", "breast", "C50"),
    ("Fuhrman grade 2, tumour confined to the organ, margins clear.", "kidney", "C64"),
    ("WHO/ISUP grade 3; sarcomatoid features absent.", "kidney", "C64"),
    ("Dukes' B, 0/14 nodes involved.", "colorectal", "C18"),
    ("Lugano stage IV, bone marrow involved; IPI 4.", "lymphoma", "C85"),
    ("Interim PET: Deauville 2, continue the same regimen.", "lymphoma", "C85"),
    ("FLIPI high risk; bulky nodes, planning treatment.", "lymphoma", "C82"),
    ("ISS stage II, LDH normal, high-risk cytogenetics.", "myeloma", "C90"),
    ("Sokal score intermediate, three months into therapy.", "leukemia", "C92"),
    ("Okuda stage I with a 3 cm arterially enhancing lesion.", "liver", "C22"),
    ("FIGO grade 1 endometrioid, deep myometrial invasion.", "uterine", "C54"),
    ("Endoscopy: Borrmann type IV, biopsies sent.", "stomach", "C16"),
    ("Masaoka-Koga stage III, invading the pericardium.", "other_cancer", "C37"),
    ("INSS stage 3, MYCN not amplified, for surgery.", "other_cancer", "C74"),
    ("FIGO grade 2, deep myoinvasion, for adjuvant vaginal brachytherapy.", "uterine", "C54"),
])
def test_a_staging_system_with_its_value_names_its_cancer(coder: Coder, text: str, expected: str,
                                                          category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text", [
    "Dr. Dukes reviewed the films.",
    "Interpregnancy interval short; IPI counselling given.",
    "Deauville, France: travelled there last summer, no illness.",
    "Grade group discussion at the school nurse meeting.",
    "Sokal reviewed the chart with the resident.",
    "ISS 25 after the motor vehicle collision, admitted to trauma.",  # the injury severity score
    "Clark I think was the name of the surgeon.",  # a bare name's value must end its phrase
])
def test_the_same_names_without_a_stage_value_name_nothing(coder: Coder, text: str) -> None:
    assert code_all(coder, text)[0] == "none"


def test_a_stage_value_names_no_kind_of_lymphoma(coder: Coder) -> None:
    # "stage III" is no follicular lymphoma grade III: the kind comes from the section's other words only
    # (C85.90: the twenty-sixth pass codes the unspecified kind at its unspecified site, the tabular list's leaf)
    assert code_all(coder, "Lugano stage III, IPI 3, starting treatment.") == ("lymphoma", ["C85.90"])
    assert code_all(coder, "Ann Arbor IIA. Nodular sclerosis subtype.")[1][0].startswith("C81.1")


# -- markers, drugs and regimens: they count only corroborated, and a drug several types use takes the supported one


@pytest.mark.parametrize("text, expected", [
    ("IDH-mutant, 1p/19q-codeleted; adjuvant PCV after radiotherapy.", "brain"),
    ("MGMT promoter methylated; concurrent temozolomide with radiation.", "brain"),
    ("FLT3-ITD detected; induction 7+3 with midostaurin.", "leukemia"),
    ("PML-RARA fusion confirmed; ATRA and arsenic trioxide started.", "leukemia"),
    ("Rai stage 0, IGHV mutated; started venetoclax-obinutuzumab.", "leukemia"),
    ("EGFR L858R; osimertinib 80 mg daily.", "lung"),
    ("PD-L1 TPS 90%, EML4-ALK fusion; alectinib started.", "lung"),
    ("MSI-high; s/p hemicolectomy; FOLFOX cycle 5.", "colorectal"),
    ("CA 19-9 1,240; gemcitabine/nab-paclitaxel given today.", "pancreas"),
    ("Reed-Sternberg cells on the node biopsy; ABVD cycle 1 day 15.", "lymphoma"),
    ("M-spike 2.4 g/dL, IgA-lambda; daratumumab with lenalidomide and dexamethasone.", "myeloma"),
    ("HER2-positive, started TCHP.", "breast"),
    ("PSMA PET avid nodes; starting darolutamide.", "prostate"),
    ("AFP 2,300, for TACE next week and then sorafenib.", "liver"),
    ("Thyroglobulin rising after total thyroidectomy; lenvatinib started.", "thyroid"),
    ("s/p radical nephrectomy; cabozantinib 40 mg daily.", "kidney"),
    ("Claudin 18.2 positive; FLOT completed, zolbetuximab planned.", "stomach"),
    ("s/p TURBT, intravesical gemcitabine weekly.", "bladder"),
    ("BRAF V600E; dabrafenib and trametinib since March.", "melanoma"),
])
def test_a_corroborated_regimen_names_its_cancer(coder: Coder, text: str, expected: str) -> None:
    assert code_all(coder, text)[0] == expected


@pytest.mark.parametrize("text", [
    "Intravitreal bevacizumab for diabetic macular oedema; eGFR 48.",
    "Methotrexate weekly and folic acid for psoriatic arthritis.",
    "Rituximab infusion for membranous nephropathy.",
    "Hydroxyurea for essential thrombocythemia, JAK2 positive.",
    "Leuprolide depot for endometriosis pain.",
    "Letrozole for ovulation induction, cycle day 3.",
    "Tamoxifen for risk reduction after prophylactic mastectomy.",
    "Azacitidine for MDS with excess blasts.",
    "Tretinoin cream nightly for acne.",
    "Cyclophosphamide pulses for lupus nephritis.",
    "MGUS, IgG kappa M-spike 0.3 g/dL, annual labs.",
    "CEA 5.9 in a heavy smoker; colonoscopy normal.",
    "CHOP the onions finely (dietitian handout).",  # a regimen's name as an English word, no support
])
def test_a_drug_alone_or_for_a_benign_use_names_nothing(coder: Coder, text: str) -> None:
    assert code_all(coder, text)[0] == "none"


def test_a_drug_listed_under_several_types_takes_the_supported_one(coder: Coder) -> None:
    assert code_all(coder, "Ibrutinib 420 mg daily; Rai stage II.")[0] == "leukemia"
    assert code_all(coder, "Ibrutinib 560 mg daily; MIPI high risk.")[0] == "lymphoma"
    assert code_all(coder, "Cetuximab with radiation; p16-positive.")[0] == "head_and_neck"
    assert code_all(coder, "Cetuximab and FOLFIRI; CEA 30.")[0] == "colorectal"


def test_taxonomy_lists_are_well_formed() -> None:
    tax = load_taxonomy()
    # every staging name and marker carries a code of its own type; no drug is listed twice under one type
    for t in tax.types:
        for icd in [*t.staging.values(), *t.markers.values()]:
            assert tax.type_of_icd10(icd) == t.id, (t.id, icd)
        assert len(t.drugs) == len(set(t.drugs)), t.id
    # drugs with common benign uses are in no type's list
    drugs = {d for t in tax.types for d in t.drugs}
    assert drugs.isdisjoint({"methotrexate", "hydroxyurea", "leuprolide", "bevacizumab", "cyclophosphamide",
                             "azacitidine", "octreotide", "zoledronic acid", "tretinoin"})


# -- lay and synonym anatomy, ICD-10-CM inclusion terms ---------------------------------------------------------------


@pytest.mark.parametrize("text, expected, category", [
    ("Cancer at the back of the nose, for chemoradiation.", "head_and_neck", "C11"),
    ("A cancer at the back of the tongue, p16 positive.", "head_and_neck", "C01"),
    ("Mouth cancer, biopsy proven; for surgery.", "head_and_neck", "C06"),
    ("Cancer on the inside of the cheek, for wide excision.", "head_and_neck", "C06"),
    ("Squamous cell carcinoma of the gums.", "head_and_neck", "C03"),
    ("Cancer of the voicebox, for laryngectomy.", "head_and_neck", "C32"),
    ("Cancer of the sinuses, for maxillectomy.", "head_and_neck", "C31"),
    ("Adenocarcinoma of the gastro-esophageal junction, Siewert II.", "stomach", "C16"),
    ("Adenocarcinoma at the esophagogastric junction.", "stomach", "C16"),
    ("Squamous cell carcinoma of the pyriform fossa.", "head_and_neck", "C12"),  # C12 inclusion term
    ("Adenocarcinoma of the cardio-esophageal junction.", "stomach", "C16"),  # C16.0 inclusion term
    ("Adenocarcinoma of the ileocecal valve.", "colorectal", "C18"),  # C18.0 inclusion term
    ("Cancer of the large gut, for resection.", "colorectal", "C18"),
    ("Cancer of the lining of the lung, asbestos exposure in the shipyards.", "other_cancer", "C38"),
    ("Cancer of the lymph glands, diagnosed on a neck node biopsy.", "lymphoma", "C85"),
    ("Bone marrow cancer, IgG lambda paraprotein, for transplant.", "myeloma", "C90"),
    ("Bone marrow cancer; she takes pomalidomide.", "myeloma", "C90"),
])
def test_lay_and_synonym_organ_names(coder: Coder, text: str, expected: str, category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text", [
    "Dry mouth and mouth sores since the dental work.",
    "Pain at the back of the throat for two days; rapid strep negative.",
    "Sinus congestion, no fever.",
    "Swollen lymph glands in the neck with a cold.",
    "Bone marrow biopsy: normocellular marrow, no abnormal infiltrate.",
    "Heartburn near the top of the stomach after meals.",
])
def test_lay_organ_names_without_a_cancer_name_nothing(coder: Coder, text: str) -> None:
    assert code_all(coder, text)[0] == "none"


def test_bone_marrow_with_no_or_several_haematological_cancers_stays_unspecified(coder: Coder) -> None:
    assert code_all(coder, "Bone marrow cancer, work-up in progress.") == ("other_cancer", ["C96.9"])
    # a metastasis to the marrow is the primary's
    assert code_all(coder, "Metastatic breast cancer to the bone marrow.")[0] == "breast"


def test_inclusion_terms_are_in_the_generated_vocabulary() -> None:
    sites = load_vocabulary()["icd10_sites"]
    assert sites["pyriform fossa"] == "C12" and sites["gastro-esophageal junction"] == "C16.0"
    assert sites["ileocecal valve"] == "C18.0" and sites["lower uterine segment"] == "C54.0"
    # not connective tissue's regions (C49: axilla, groin) and not in-situ categories' (D04.5 skin of breast)
    assert "axilla" not in sites and "groin" not in sites and "skin of breast" not in sites


def test_a_named_cancer_the_drug_also_treats_keeps_its_type(coder: Coder) -> None:
    # dabrafenib is melanoma's, lung's and thyroid's: where the note names one of them, the drug adds nothing
    text = "Anaplastic carcinoma of the thyroid, BRAF V600E; dabrafenib and trametinib since May."
    assert code_all(coder, text) == ("thyroid", ["C73"])
    assert code_all(coder, "Imatinib 400 mg for GIST of the stomach.")[0] == "other_cancer"


# -- a resected cancer's stage with its tumour's markers; mesothelioma is C45 at its site ----------------------------


@pytest.mark.parametrize("text, expected", [
    ("Final pathology pT1c N0(sn); ER 90%, PR 70%, HER2 1+. Adjuvant endocrine therapy.", "breast"),
    ("ypT2 N1a, MSI-high, for adjuvant chemotherapy.", "colorectal"),
])
def test_a_bare_pathological_stage_takes_the_organ_of_its_markers(coder: Coder, text: str, expected: str) -> None:
    assert code_all(coder, text)[0] == expected


def test_a_bare_stage_with_markers_of_two_types_stays_unsited(coder: Coder) -> None:
    assert code_all(coder, "pT2 N0; HER2 negative, CEA 2.1.")[0] == "none"


@pytest.mark.parametrize("text, category", [
    ("Malignant mesothelioma, right lung, epithelioid.", "C45"),
    ("Mesothelioma of the lining of the lung, asbestos exposure.", "C45"),
    ("Peritoneal mesothelioma, for cytoreduction.", "C45.1"),
])
def test_mesothelioma_is_coded_c45_wherever_it_arises(coder: Coder, text: str, category: str) -> None:
    ty, codes = code_all(coder, text)
    assert ty == "other_cancer" and codes[0].startswith(category)


def test_an_ambiguous_head_and_neck_abbreviation_needs_corroboration(coder: Coder) -> None:
    # NPC: nasopharyngeal carcinoma, also Niemann-Pick type C; the expansion's organ gives the code
    assert code_all(coder, "NPC, EBV DNA 2,300 copies, for chemoradiation.") == ("head_and_neck", ["C11.9"])
    assert code_all(coder, "NPC: Niemann-Pick disease type C, on miglustat.")[0] == "none"

