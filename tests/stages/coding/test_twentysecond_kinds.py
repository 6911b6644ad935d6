"""The class the twenty-second pass added (docs/coding.md, "ICD-10-CM's other names of its malignant diseases
(twenty-second pass)"): the disease names in the tabular list's titles and inclusion terms of C00-C96, found by the
generated variation of the tuning forms (`benchmarks.quality.coding_variation`, its synonym rewrite), coded to their
own category; and where ICD-O-3 places such a name by its topography only, the tabular list's category wins.
Sentences written for the test (not any family's forms): cases to code and look-alikes to leave."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from tests.stages.coding.coded import code


@pytest.mark.parametrize("text, expected, category", [
    # inclusion terms the ICD-O-3 list does not hold
    ("Core biopsy of segment 7: intrahepatic bile duct carcinoma, moderately differentiated.", "liver", "C22"),
    ("Leukemic reticuloendotheliosis with splenomegaly; cladribine planned.", "leukemia", "C91"),
    ("Plasmacytic leukemia, 30% circulating plasma cells, admitted for induction.", "myeloma", "C90"),
    ("Orbital biopsy: granulocytic sarcoma, CD33 and MPO positive.", "leukemia", "C92"),
    # a name ICD-O-3 places by its topography only (marrow, read as bone; leukaemia NOS)
    ("Marrow: mast cell leukemia, 30% atypical mast cells; midostaurin started.", "leukemia", "C94"),
    ("Chronic myelomonocytic leukemia on azacitidine, cycle 4.", "leukemia", "C93"),
    ("Nodular sclerosis Hodgkin lymphoma, stage IIA, on ABVD.", "lymphoma", "C81"),
    ("Splenectomy: histiocytic sarcoma of the spleen.", "other_cancer", "C96"),
])
def test_an_icd10_cm_name_of_a_malignant_disease_is_coded_at_its_category(
        coder: Coder, text: str, expected: str, category: str) -> None:
    assert code(coder, text) == (expected, category)


def test_an_initialism_keeps_the_name_it_had(coder: Coder) -> None:
    """"MCL" stays mantle cell lymphoma: initials are made from the names as ICD-O-3 and the taxonomy type them, so
    the tabular list's retyping of mast cell leukemia makes no tie of them."""
    assert code(coder, "MCL in second remission after BTK inhibitor therapy.") == ("lymphoma", "C83")


@pytest.mark.parametrize("text", [
    "No evidence of mast cell leukemia; indolent systemic mastocytosis, on antihistamines.",
    "Bile duct adenoma, 4 mm, an incidental finding at laparoscopy; no carcinoma.",
    "Mother had plasmacytic leukemia.",
    "Indolent systemic mastocytosis with urticaria pigmentosa, on cetirizine.",
])
def test_look_alikes_and_denied_names_stay_none(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


def test_the_disease_names_are_names_not_lists_or_sites() -> None:
    """Every name ends in a disease noun and holds no list, qualifier, secondary or site after "of"."""
    import simple_icd_10_cm as cm

    from cancerprep.stages.coding.textcoder import _icd10_disease_names

    names = _icd10_disease_names(cm)
    assert names["leukemic reticuloendotheliosis"] == "C91.4"
    assert names["intrahepatic bile duct carcinoma"] == "C22.1"
    assert not any(" of " in n or "unspecified" in n or "secondary" in n or "other" in n.split() for n in names)
    assert not any(c[:3] in ("C77", "C78", "C79", "C80") or c.startswith("C7B") for c in names.values())


@pytest.mark.parametrize("text, kind", [
    ("No chest pain today.,PAST\nMEDICAL HISTORY:,1.  Osteopenia.", "past"),
    ("Seen in clinic. FAMILY\nHISTORY: mother with colon cancer.", "family"),
])
def test_an_upper_case_label_cut_by_a_line_wrap_is_one_label(text: str, kind: str) -> None:
    from cancerprep.stages.coding.sections import find_sections

    sections = find_sections(text)
    assert sections == find_sections(text.replace("\n", " "))  # as written before the wrap, same offsets
    assert sections[-1][1] == kind


@pytest.mark.parametrize("text", [
    "IMPRESSION\nFINDINGS: no acute process.",       # a label alone on its line above another: two lines
    "Plan reviewed.\nSOCIAL HISTORY: never smoker.",  # a line end before a whole label: not a wrap inside one
])
def test_a_label_on_a_line_of_its_own_is_not_joined(text: str) -> None:
    from cancerprep.stages.coding.sections import find_sections

    assert [k for _, k in find_sections(text)[1:]] == [k for _, k in find_sections(text.replace("\n", "\n\n"))[1:]]


def test_a_wrapped_past_history_heading_codes_as_unwrapped(coder: Coder) -> None:
    flat = ("Admitted for a hip fracture; no chest pain.,PAST MEDICAL HISTORY:,1.  Mesothelioma.,2.  Osteopenia.,"
            "3.  Hypothyroidism.")
    wrapped = flat.replace("no chest pain.,PAST MEDICAL", "no chest pain.,PAST\nMEDICAL")
    assert code(coder, wrapped) == code(coder, flat)


@pytest.mark.parametrize("text, category", [
    ("Head and neck squamous cell carcinoma of the left tonsil, p16 positive, on weekly cisplatin.", "C09"),
    ("Head and neck squamous cell carcinoma of the base of tongue, on cetuximab.", "C01"),
])
def test_a_region_before_the_histology_gives_way_to_the_organ_after_it(coder: Coder, text: str, category: str) -> None:
    assert code(coder, text) == ("head_and_neck", category)


@pytest.mark.parametrize("text", [
    "Head and neck squamous cell carcinoma, on cetuximab.",  # no organ written: the region
    "Head and neck squamous cell carcinoma of the lung.",     # an organ of another type does not place it
])
def test_a_region_with_no_organ_of_its_type_after_it_stays_the_region(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("head_and_neck", "C76")


@pytest.mark.parametrize("text, expected, category", [
    # a tabular title split by a marker's state names the disease before the comma
    ("Anaplastic large cell lymphoma, ALK positive, stage III, on CHOEP.", "lymphoma", "C84"),
    ("Atypical chronic myeloid leukemia, BCR-ABL negative, on hydroxyurea.", "leukemia", "C92"),
])
def test_a_name_before_a_marker_state_is_the_disease(coder: Coder, text: str, expected: str, category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text, category", [
    ("Survivorship visit: Hodgkin lymphoma, ABVD completed 2016; current status: no sign of disease.", "Z85"),
    ("Breast cancer treated with lumpectomy and radiation, completed 2018; no signs of recurrence.", "Z85"),
])
def test_no_sign_of_disease_after_a_course_over_is_history(coder: Coder, text: str, category: str) -> None:
    assert code(coder, text)[1] == category


def test_no_sign_of_recurrence_on_a_current_drug_stays_active(coder: Coder) -> None:
    assert code(coder, "Breast cancer on letrozole; no signs of recurrence.") == ("breast", "C50")


@pytest.mark.parametrize("text, category", [
    ("DLBCL, germinal center type, stage IV, on R-CHOP cycle 3.", "C83"),  # not the "center" of C82.5
    ("Follicular NHL grade 2, on observation.", "C82"),                     # "non-Hodgkin" names no Hodgkin kind
    ("CML in chronic phase on imatinib.", "C92"),
])
def test_an_abbreviation_says_the_words_it_stands_for(coder: Coder, text: str, category: str) -> None:
    assert code(coder, text)[1] == category
