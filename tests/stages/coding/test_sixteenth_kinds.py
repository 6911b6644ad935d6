"""Issue 17's sixteenth coding pass (docs/coding.md, "Templates, negated events and initialisms"): form layout (check
boxes, template fields), the scope of a negated event ("no recurrence of her cancer") and initialisms made from the
vocabulary. Sentences written for the test (not any family's forms): cases each mechanism must code and look-alikes it
must leave."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.template import blank_unchecked, negative_field, site_field
from tests.stages.coding.coded import code

# -- check boxes -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, kept, blanked", [
    ("Visit for: [ ] Lung cancer  [x] Cough", "[x] Cough", "Lung cancer"),
    ("Visit for: ( ) Lung cancer  (X) Cough", "(X) Cough", "Lung cancer"),
    ("\u2610 Lung cancer   \u2611 Cough", "\u2611 Cough", "Lung cancer"),
    ("___ Lung cancer\n_X_ Cough", "_X_ Cough", "Lung cancer"),
    ("Prior malignancy: [ ] Yes [x] No", "[x] No", "Prior malignancy"),
    ("Prior malignancy: Yes ( ) No (x)", "No (x)", "Prior malignancy"),
])
def test_unticked_items_are_blanked_in_every_notation(text: str, kept: str, blanked: str) -> None:
    out = blank_unchecked(text)
    assert len(out) == len(text)  # offsets hold
    assert kept in out and blanked not in out


@pytest.mark.parametrize("text", [
    "Prior malignancy: [x] Yes [ ] No",       # the answer says yes: the label stays
    "f(x) = y and snake_case words",          # no box at all
    "Visit for: [x] Lung cancer [ ] Cough",   # ticked item
])
def test_ticked_items_and_other_text_stay(text: str) -> None:
    out = blank_unchecked(text)
    assert out.replace("[ ] Cough", "").strip() == text.replace("[ ] Cough", "").strip()


@pytest.mark.parametrize("text, expected", [
    ("INTAKE FORM:\nConcerns: [ ] Breast cancer  [x] Chest pain  [ ] Palpitations\n"
     "Notes: exertional chest pain for two weeks.", ("none", "")),
    ("SCREENING QUESTIONNAIRE:\nBreast cancer:  ( ) Yes  (x) No\nSmoker: former", ("none", "")),
    ("INTAKE FORM:\nConcerns: [x] Known or suspected cancer  [ ] Chest pain\n"
     "Notes: biopsy-proven adenocarcinoma of the right upper lobe of the lung.", ("lung", "C34")),
    ("REFERRAL:\nReason: \u2611 New cancer diagnosis \u2610 Second opinion\n"
     "Details: colonoscopy biopsy showed adenocarcinoma of the sigmoid colon.", ("colorectal", "C18")),
])
def test_check_boxes_in_notes(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


# -- template fields -------------------------------------------------------------------------------------------------


def test_site_field_needs_a_template_block() -> None:
    block = "MDT SUMMARY:\nPrimary site: stomach, antrum\nHistology: adenocarcinoma, diffuse type\n"
    assert site_field(block, block.index("stomach"))
    assert not site_field(block, block.index("adenocarcinoma"))  # another field
    prose = "Injection site: left deltoid, tolerated well."
    assert not site_field(prose, prose.index("left"))  # a lone field line is no template block


@pytest.mark.parametrize("text, expected", [
    ("MULTIDISCIPLINARY TUMOR BOARD:\nPrimary site: stomach, antrum\nHistology: adenocarcinoma, poorly cohesive\n"
     "Stage: cT3 N1 M0\nPlan: perioperative FLOT.", ("stomach", "C16")),
    ("CONFERENCE SUMMARY:\nLocation: pancreatic head\nPathology: adenocarcinoma on EUS-guided FNA\n"
     "Plan: neoadjuvant FOLFIRINOX.", ("pancreas", "C25")),
])
def test_site_field_types_the_histology_of_its_block(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text, ok", [
    ("Cancer history: none\nMedications: aspirin", True),
    ("Malignancy: N/A", True),
    ("Cancer history: breast cancer 2015", False),  # an answer that names a cancer
    ("History of lymphoma. Allergies: none", False),  # the negative value is another field's
])
def test_negative_field(text: str, ok: bool) -> None:
    word = "ancer" if "ancer" in text else "alignancy" if "alignancy" in text else "lymphoma"
    start = text.index(word)
    assert negative_field(text, start, start + len(word)) is ok


def test_negative_field_in_a_note(coder: Coder) -> None:
    assert code(coder, "NEW PATIENT:\nCancer history: none\nReason: knee pain after a fall.") == ("none", "")


# -- a negated event of a cancer -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    # the recurrence is negated, the cancer was had: personal history
    ("Follow-up today: no evidence of recurrence of his colon cancer, five years after right hemicolectomy.",
     ("colorectal", "Z85")),
    ("Surveillance CT without local or distant recurrence of her renal cell carcinoma after partial nephrectomy "
     "in 2019.", ("kidney", "Z85")),
    ("No sign of relapse of his Hodgkin lymphoma since ABVD completed in 2016.", ("lymphoma", "Z85")),
    # progression negated: the cancer is there, and treated now
    ("Restaging PET shows no progression of her metastatic breast cancer on letrozole and palbociclib.",
     ("breast", "C50")),
])
def test_a_negated_event_leaves_its_cancer(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text", [
    "No evidence of colon cancer on screening colonoscopy.",            # the cancer itself negated
    "Biopsy negative for recurrence; no carcinoma identified.",          # no "of" naming the cancer
    "Mastectomy specimen: no residual carcinoma.",                       # residual without "of"
])
def test_the_cancer_itself_negated_stays_negated(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


# -- initialisms -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    # a histology's initials after the site's: typed by the site right beside it
    ("OSCC of the lateral tongue, pT2N0, for adjuvant RT.", ("head_and_neck", "C02")),
    ("UTUC L ureter, s/p nephroureterectomy last week, adjuvant chemo planned.", ("bladder", "C66")),
    # the initials of a haematological name, corroborated as a diagnosis
    ("HCL dx 2 weeks ago, starting cladribine.", ("leukemia", "C91")),
    ("MCL in first remission on maintenance rituximab.", ("lymphoma", "C83")),
    # a response abbreviation makes an English-word initialism a diagnosis
    ("ALL in CR2 after blinatumomab, transplant work-up.", ("leukemia", "C91")),
])
def test_initialisms(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Left knee MRI: partial MCL tear, PCL intact; brace and physio.", ("none", "")),   # knee ligaments
    ("UC with left-sided colitis, on mesalamine.", ("none", "")),                        # ulcerative colitis
    ("CML in chronic phase, BCR-ABL 0.08% IS.", ("leukemia", "C92")),  # "ABL" after a hyphen is the gene, not C94
    ("ESCC pathway audit meeting notes reviewed.", ("none", "")),                        # no site beside it
])
def test_initialism_look_alikes(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected
