"""Clinical text de-identification must keep verbatim, by class (issue 13, "no damage to clinical text"), each
class with look-alike PHI in the same position that must still be caught: exam grades and murmur grades written
as fractions, ordinals that count anatomy or stages, and eponyms of protocols, devices, operations, scales and
anatomy (the head noun after the span, or the structure before "of")."""

from __future__ import annotations

import pytest

from cancerprep import resources
from cancerprep.stages.deid import safelist
from cancerprep.stages.deid.engine import Deidentifier
from cancerprep.stages.deid.recognizers.dates import date_recognizer
from tests.paths import SHARED_DATA
from tests.stages.deid.spans import found_texts, in_note


def _dates(line: str) -> list[str]:
    text = in_note(line)
    return [text[r.start:r.end] for r in date_recognizer().analyze(text, ["DATE"], None)]


@pytest.mark.parametrize("line", [
    # murmur grades, with the murmur's describing words between
    "CARDIOVASCULAR: A 3/6 systolic murmur heard best at the apex.",
    "Heart has a 2/6 vibratory systolic ejection murmur.",
    # pupil sizes and reflex grades written for both sides, with the site graded after them
    "CN: Pupils 4/4 decreasing to 2/2 on exposure to light.",
    "Reflexes: 3/3 BUE. 4/4 patellae. 1/1 Achilles.",
    # strength grades beside a signed grade, and a grade carrying its own sign
    "Knee extension on the right was 1/5 and on the left was 3-/5.",
    "Strength full except for 5/4+ hip extensors.",
    # a rating on a named scale
    "He rated himself 4/7 on the Stanford Sleepiness Scale.",
    # ordinals that count anatomy, stages and weeks
    "The murmur is best heard at the 2nd right intercostal space.",
    "The 2nd tracheal ring was identified.",
    "An incision was made in line with the 4th ray.",
    "She had the flu in the 7th or 8th month of gestation.",
    "The tumor was taken off the 9th, 10th or 11th nerve complex.",
])
def test_grades_and_ordinals_are_not_dates(line: str) -> None:
    assert _dates(line) == []


@pytest.mark.parametrize(("line", "date"), [
    ("Seen on 3/6 for a murmur.", "3/6"),  # a date preposition before: a date, even before "murmur"
    ("Follow up on 4/4.", "4/4"),
    ("Admitted 3/6 with chest pain.", "3/6"),
    ("She went to work on the 14th, but not after.", "14th"),
    ("Surgery is planned for the 12th at noon.", "12th"),
    ("On the 12th she was admitted.", "12th"),
])
def test_dates_beside_the_grade_shapes_stay(line: str, date: str) -> None:
    assert date in _dates(line)


@pytest.mark.parametrize("text", [
    # protocols, devices, blades, dressings, operations and what they build
    "The patient exercised according to the standard Bruce protocol for 9 minutes.",
    "Status post placement of a bidirectional Glenn shunt.",
    "Doyle splints were placed on each side of the septum.",
    "The incision was made with a #10 Bard Parker blade.",
    "The dorsal hump was taken down with the Rubin osteotome.",
    "A Scott cannula was placed and secured to the skin.",
    "Dressings consisted of Owen silk, 4x4s and Kling.",
    "Murphy ball was passed anterior to the dura.",
    # anatomy and lesions named for people
    "There was no stricture or Barrett mucosa.",
    "The vessels in the circle of Willis were normal.",
    # scales and tests named for people or places, one word between
    "NEUROLOGIC: Normal Glasgow Coma Scale.",
    "Testing included the Boston Naming Test, Second Edition.",
])
def test_eponyms_are_kept(engine: Deidentifier, text: str) -> None:
    assert found_texts(engine, in_note(text)) == []


@pytest.mark.parametrize(("text", "phi"), [
    ("Dr. Glenn discussed the shunt placement with the family.", "Glenn"),
    ("Seen today by Dr. Parker blade injury to the hand.", "Parker"),
    ("Her son Bruce visited today and was updated.", "Bruce"),
    ("The patient Kelly Bruce was seen today.", "Kelly Bruce"),
    ("ANESTHESIA: PAUL (MD) / BAUMOHL (CRNA)", "PAUL"),  # a credential in brackets after a care label's value
])
def test_names_beside_eponym_heads_are_found(engine: Deidentifier, text: str, phi: str) -> None:
    assert any(phi in found for found in found_texts(engine, in_note(text)))


def test_eponym_contexts() -> None:
    text = "seen by Dr. Glenn shunt"
    start = text.index("Glenn")
    assert not safelist.clinical_term_use(text, start, start + 5, "NAME")  # a title names the doctor
    text = "a bidirectional Glenn shunt"
    start = text.index("Glenn")
    assert safelist.clinical_term_use(text, start, start + 5, "NAME")
    assert not safelist.clinical_term_use(text, start, start + 5, "DATE")  # only names and places
    text = "the circle of Willis"
    assert safelist.clinical_term_use(text, text.index("Willis"), len(text), "NAME")
    text = "Mary Smith blood test"  # "test" closes a term only as a title
    assert not safelist.clinical_term_use(text, 0, 10, "NAME")


def test_a_word_the_note_uses_as_a_term_does_not_spread(engine: Deidentifier) -> None:
    text = ("DIAGNOSES: 6. Extracardiac Fontan with the fenestration.\nAngiogram with injection in the Fontan showed a "
            "widely patent anastomosis. Mean Fontan pressures were 12 mmHg across the Fontan fenestration.\n")
    assert found_texts(engine, text) in ([], ["Extracardiac Fontan"])  # the list item's own span, no spread


def test_a_person_named_like_the_term_is_still_found(engine: Deidentifier) -> None:
    text = in_note("Her husband Glenn Smith called. Glenn will bring the list. Status post Glenn shunt.")
    spans = engine.analyze(text)
    assert isinstance(spans, list)
    starts = {s.start for s in spans}
    assert text.index("Glenn Smith") in starts and text.index("Glenn will") in starts
    assert text.index("Glenn shunt") not in starts



@pytest.mark.parametrize(("text", "name"), [
    ("Patient: Lopez, Maria    Procedure: colonoscopy", "Lopez, Maria"),  # the next field's label, not a head
    ("Patient: Maria Lopez\tOperation: right hemicolectomy", "Maria Lopez"),
    ("Consent: Maria Lopez procedure: port placement", "Maria Lopez"),  # a head word before a colon is a label
    ("Referred by Riverside Procedure Center.", "Riverside"),  # an institution word after the head
])
def test_a_head_word_opening_the_next_field_is_no_term(text: str, name: str) -> None:
    start = text.index(name)
    assert not safelist.clinical_term_use(text, start, start + len(name), "NAME")
    assert safelist.clinical_term_use("the Whipple procedure", 4, 11, "NAME")  # one space, no colon: the term


# -- drugs: the drug lists (RxNorm sample, the spelling stage's drug sections, INN stems) and a drug's own context
def test_the_shipped_drug_list_is_rebuilt_from_the_omop_sample(tmp_path) -> None:
    out = tmp_path / "drug_names.txt"
    safelist.build_drug_names(SHARED_DATA / "omop-eunomia" / "Synthea27Nj_5.4.zip", out)
    shipped = resources.data("deid/drug_names.txt").read_text(encoding="utf-8")
    assert out.read_text(encoding="utf-8") == shipped
    assert "ritonavir" in shipped and "\nmary\n" not in shipped


def test_drug_words_come_from_the_lists_and_the_stems() -> None:
    for word in ("atorvastatin", "carboplatin", "zocor", "neurontin"):  # RxNorm sample and the drug sections
        assert safelist.drug_word(word)
    for word in ("osimertinib", "durvalumab", "candesartan", "nebivolol", "glimepiride"):  # INN stems
        assert safelist.drug_word(word)
    for word in ("mary", "kelly", "hospital", "simple", "saldvir"):  # names, words, a census surname on a stem
        assert not safelist.drug_word(word)


@pytest.mark.parametrize("text", [
    # a list of drugs: a brand beside a drug on the lists
    "MEDICATIONS: Tekturna, lisinopril, and metoprolol.",
    "She takes Ozempic as well as metformin.",
    "Current meds: Xeljanz, Vyndaqel, Nurtec, and atorvastatin.",
    # a dose after the brand
    "Tagrisso 80 mg daily was started.",
    # what is done to a drug, before a brand that is no name, city or English word
    "He was started on Rinvoq for now.",
    "She was started on Zeposia last month.",
])
def test_drug_names_are_kept(engine: Deidentifier, text: str) -> None:
    assert found_texts(engine, in_note(text)) == []


@pytest.mark.parametrize(("text", "phi"), [
    ("She spoke with Allegra and her son today.", "Allegra"),  # a brand that is a given name, in a person's place
    ("Her daughter Allegra, lisinopril list in hand, came today.", "Allegra"),  # a kinship word before it
    ("We will continue Kelly on the floor.", "Kelly"),  # a census name after a drug verb needs the drug lists
    ("He was switched to Kimutai for now.", "Kimutai"),  # a verb that takes persons and places too: drugs on the lists
    ("Dr. Allegra 20 mg was ordered by him.", "Allegra"),  # a title before a dose: the doctor
])
def test_names_in_drug_positions_are_found(engine: Deidentifier, text: str, phi: str) -> None:
    assert any(phi in found for found in found_texts(engine, in_note(text)))


def test_drug_use_contexts() -> None:
    text = "meds: Kelly, aspirin"
    assert safelist.drug_use(text, 6, 11)  # a list neighbour on the drug lists
    text = "discussed with Kelly, aspirin given"
    start = text.index("Kelly")
    assert not safelist.drug_use(text, start, start + 5)  # a person's cue before it
    text = "is on Kelly today"
    assert not safelist.drug_use(text, 6, 11)  # a census name after a drug verb, off the lists
    text = "is on Vyndaqel today"
    assert safelist.drug_use(text, 6, 14)
    text = "is on Kimutai's list"
    assert not safelist.drug_use(text, 6, 13)  # a possessive is a person's
    text = "Renvela, lisinopril, and Nephro-Caps"
    assert safelist.drug_use(text, 0, text.index(", and"))  # a span of list items, one on the drug lists
    text = "Christine and Bryan"
    assert not safelist.drug_use(text, 0, len(text))  # items that are names


# -- scores written as fractions are no dates
@pytest.mark.parametrize("line", [
    "Her pain today is about 3/10 and improving.",
    "He rates the pain 8/10 at its worst.",
    "It is 6/10 in severity.",
    "She scored 9/11 on the memory items.",
    "Strength was 0/5 on the left and 2/5 on the right.",
    "This 7-and-3/12-year-old boy presents with fever.",
    "RBC 4/12mil/mm3 (low).",
])
def test_scores_are_not_dates(engine: Deidentifier, line: str) -> None:
    assert found_texts(engine, in_note(line)) == []


@pytest.mark.parametrize(("line", "date"), [
    ("Admitted 3/6 with severe pain.", "3/6"),  # a date word before it
    ("Pain clinic visit on 4/8, pain level 4.", "4/8"),
    ("Her pain score was 3 since 4/9.", "4/9"),
    ("Pain clinic visit 4/12/2021 went well.", "4/12/2021"),  # a full date
])
def test_dates_in_pain_clauses_stay(engine: Deidentifier, line: str, date: str) -> None:
    assert any(date in found for found in found_texts(engine, in_note(line)))


# -- hospital, clinic and regional as attributive words
@pytest.mark.parametrize("line", [
    "He had an otherwise smooth hospital course.",
    "On the third hospital day she was walking.",
    "The block was done under adequate regional anesthesia.",
    "The study shows normal regional wall motion.",
    "Please review the prior clinic notes.",
    "PREOPERATIVE DIAGNOSIS: Complex Regional Pain Syndrome of the left arm.",
])
def test_attributive_facility_words_are_kept(engine: Deidentifier, line: str) -> None:
    assert found_texts(engine, in_note(line)) == []


@pytest.mark.parametrize(("text", "phi"), [
    ("Transferred from Calvert hospital course unknown.", "Calvert"),  # a name before the head
    ("Seen at Norman Regional today.", "Norman Regional"),
    ("She was admitted to Sierra Regional Cancer Center.", "Sierra Regional"),
])
def test_institutions_before_attributive_nouns_are_found(engine: Deidentifier, text: str, phi: str) -> None:
    assert any(phi in found for found in found_texts(engine, in_note(text)))


# -- instruments and devices: a head in small letters, a maker's device, an operation after "status post"
@pytest.mark.parametrize("line", [
    "The vessel was controlled with a right angle clamp.",
    "The wound was packed with a cherry gauze sponge.",
    "A Medtronic model 5076 lead was placed.",
    "The head was fixed in the Mayfield head holder.",
    "A Santa Barbara T-tube was inserted.",
    "HISTORY: Status post Norwood. Status post Fontan.",
])
def test_instruments_and_devices_are_kept(engine: Deidentifier, line: str) -> None:
    assert found_texts(engine, in_note(line)) == []


@pytest.mark.parametrize(("text", "phi"), [
    ("Her husband Norwood called; status post Norwood visit.", "Norwood"),
    ("Seen by Dr. Mayfield head holder placed.", "Mayfield"),
    ("Mary Angle was seen in clinic.", "Mary Angle"),
])
def test_names_beside_device_words_are_found(engine: Deidentifier, text: str, phi: str) -> None:
    assert any(phi in found for found in found_texts(engine, in_note(text)))


@pytest.mark.parametrize("line", [
    "She drinks Boost 8 ounces twice a day.",  # a span holding the dose's number
    "The cervix was dilated with Pratt and Hegar dilators.",  # two eponyms sharing one head
    "A Medtronic dual chamber lead with Ethibond sutures was used.",
])
def test_more_device_and_drug_shapes_are_kept(engine: Deidentifier, line: str) -> None:
    assert found_texts(engine, in_note(line)) == []


# -- occupations: only after "work as"/"employed"/"retired"/a label; a bare word after "work" or the object of "at"
# names what the work is or where, never an occupation
@pytest.mark.parametrize("line", [
    "He is getting blood work done prior to his next visit.",
    "She is unable to perform any significant work endeavors.",
    "Symptoms are worse in relation to his work environment.",
    "No history of working outdoors.",
    "Unemployed and formerly worked at an herbicide plant.",
    "A lymph node was sent down as a fresh specimen.",
])
def test_work_words_that_name_no_occupation_are_kept(engine: Deidentifier, line: str) -> None:
    assert found_texts(engine, in_note(line)) == []


@pytest.mark.parametrize(("line", "job"), [
    ("SHX: Retired insurance salesman.", "insurance salesman"),
    ("He has worked as a tax attorney for 20 years.", "tax attorney"),
    ("SHX: Employed cook. Denies tobacco.", "cook"),
    ("She is retired as a cook in a school cafeteria.", "cook"),  # the preposition after it is no part of it
    ("Occupation: electrician", "electrician"),
])
def test_occupations_are_still_found(engine: Deidentifier, line: str, job: str) -> None:
    assert job in found_texts(engine, in_note(line))


# -- laboratory tests in capitals in a test's context; a given name written like one is still a name
@pytest.mark.parametrize("line", [
    "CRP 5.2 (elevated). ANA was positive at 1:5,120 in speckled pattern.",
    "Labs: CRP 1.2 (elevated), ESR 10, RF 20, ANA 1:40, ANCA <1:40, TSH 2.0.",
    "Urine showed 20+ WBC. GS, TSH, FT4, VDRL, ANA and RF were unremarkable.",
    "CSF schistosomiasis IFAT and ELISA were negative.",
])
def test_lab_tests_in_capitals_are_kept(engine: Deidentifier, line: str) -> None:
    assert found_texts(engine, in_note(line)) == []


@pytest.mark.parametrize(("line", "name"), [
    ("I talked to Ana today and she feels better.", "Ana"),  # small letters: never read as a test
    ("Spoke with ANA 2 times about the results.", "ANA"),  # a person's cue before the capitals
])
def test_names_spelled_like_lab_tests_are_found(engine: Deidentifier, line: str, name: str) -> None:
    assert any(name in found for found in found_texts(engine, in_note(line)))


def test_lab_test_contexts() -> None:
    text = "Labs were sent. VDRL, ANA and RF were unremarkable."
    start = text.index("ANA")
    assert safelist.lab_test_use(text, start, start + 3)
    text = "LABS: VDRL, ANA AND RF"  # a line in capitals writes names in capitals too
    start = text.index("ANA")
    assert not safelist.lab_test_use(text, start, start + 3)
    text = "Her friend ANA came by, she was tired."  # no value, result or test beside it
    start = text.index("ANA")
    assert not safelist.lab_test_use(text, start, start + 3)


# -- an eponym with the edition or stage numeral of its test or scale
@pytest.mark.parametrize("line", [
    "Growth and development: Denver II normal, passing all milestones.",
    "See Denver II form in the chart.",
    "Breasts are Tanner III.",
])
def test_eponyms_with_a_numeral_are_kept(engine: Deidentifier, line: str) -> None:
    assert found_texts(engine, in_note(line)) == []


def test_a_name_with_a_generational_suffix_is_found() -> None:
    text = "Patient Robert Tanner III was seen today."
    start = text.index("Tanner")
    assert not safelist.eponym_numeral(text, start, start + 6)  # a given name before it: a person's suffix
    text = "Breasts Tanner III Smith"
    start = text.index("Tanner")
    assert not safelist.eponym_numeral(text, start, start + 6)  # a capitalised word after the numeral


# -- care units and kinds of care named as the unit (protect.SPECIALTIES), also after a preposition the span took
@pytest.mark.parametrize("line", [
    "He has been through Wound Clinic to try to help heal this.",
    "Please coordinate this through Health Center.",
    "Baby went to Newborn Nursery. Mother will go to Postpartum.",
    "She presented to Labor and Delivery Triage at 40 weeks.",
    "The patient is well known to the OB/GYN clinic.",
    "I gave him the phone number of Behavioral Health.",
    "The patient was consulted to PICU with the plan to transfer.",
])
def test_care_units_are_kept(engine: Deidentifier, line: str) -> None:
    assert found_texts(engine, in_note(line)) == []


@pytest.mark.parametrize(("line", "place"), [
    ("He was admitted to Riverside Behavioral Health last week.", "Riverside"),
    ("Transferred from Mercy Health Center to the ICU.", "Mercy Health Center"),
    ("She delivered at Sierra Labor and Delivery Center.", "Sierra"),
])
def test_named_care_units_are_found(engine: Deidentifier, line: str, place: str) -> None:
    assert any(place in found for found in found_texts(engine, in_note(line)))


# -- an eponym with describing words before its head, a disease eponym's gene or symptoms, anatomy in small letters
# before a tissue, a measure's name in title case
@pytest.mark.parametrize("line", [
    "A Denver external splint was then applied.",
    "The graft was cannulated with a Williams posterior catheter.",
    "He has a St. Jude permanent pacemaker.",
    "Her sons may be tested for the Huntington gene.",
    "The study showed elevated Glenn pressures and a wide-open Glenn connection.",
    "Attention was returned to the trapezial wound.",
    "The decubitus was taken down to the presacral fascia.",
    "He rated himself 4/7 on the Stanford Sleepiness Scale.",
    "A Western Aphasia Battery was completed.",
])
def test_described_eponyms_anatomy_and_measures_are_kept(engine: Deidentifier, line: str) -> None:
    assert found_texts(engine, in_note(line)) == []


@pytest.mark.parametrize(("line", "name"), [
    ("Kelly also had a catheter placed yesterday.", "Kelly"),  # a verb between: no describing word
    ("Her daughter Kelly posterior catheter care was taught.", "Kelly"),  # a kinship word before
    ("Mrs. Huntington symptoms improved.", "Huntington"),  # a title before
    ("Patient Mary Huntington symptoms were reviewed.", "Mary Huntington"),  # not the eponym alone
])
def test_names_beside_described_heads_are_found(engine: Deidentifier, line: str, name: str) -> None:
    assert any(name in found for found in found_texts(engine, in_note(line)))


def test_a_measure_word_as_a_field_label_is_no_measure() -> None:
    text = "Patient: John Smith Scale: 4/10"
    assert not safelist.clinical_term_use(text, text.index("John"), text.index(" Scale"), "NAME")
    text = "Patient: John Smith  Scale 4/10"  # two spaces: a layout gap, not one name
    assert not safelist.clinical_term_use(text, text.index("John"), text.index("  Scale"), "NAME")


# -- more eponym places: a structure's arcade, an operation's reconstruction, a sign with its finding, a joint by its
# abbreviation, a kind of anaesthesia's abbreviation in brackets or on the label's next line
@pytest.mark.parametrize("text", [
    in_note("The dissection went proximally to the arcade of Struthers, which was released."),
    in_note("This is secondary to the style of Norwood reconstruction."),
    in_note("Murphy and McBurney sign is negative."),
    in_note("Tender in the right upper quadrant with negative Murphy’s sign."),
    in_note("Fluoroscopy confirmed adduction of the CMC joints."),
    in_note("ANESTHESIA: Local plus IV sedation (MAC)."),
    "OPERATIVE NOTE\nANESTHESIA:\nTopical with MAC.\nCOMPLICATIONS: None.\n",
])
def test_more_eponym_places_are_kept(engine: Deidentifier, text: str) -> None:
    assert found_texts(engine, text) == []


@pytest.mark.parametrize(("text", "name"), [
    (in_note("Her son Murphy signs the consent today."), "Murphy"),  # "signs" a verb, no finding
    ("OPERATIVE NOTE\nANESTHESIA:\nPAUL (MD)\n", "PAUL"),  # a credential after the label's value
])
def test_names_beside_sign_and_label_shapes_are_found(engine: Deidentifier, text: str, name: str) -> None:
    assert any(name in found for found in found_texts(engine, text))


@pytest.mark.parametrize("line", [
    "Supplements: St. John's Wort, fish oil, and vitamin D.",
    "HERBALS: St. John's wort 300 mg daily.",
])
def test_herbs_named_with_a_possessive_are_kept(engine: Deidentifier, line: str) -> None:
    assert found_texts(engine, in_note(line)) == []


def test_a_possessive_before_other_words_is_still_a_name(engine: Deidentifier) -> None:
    text = in_note("She stayed at St. John's house with her son.")
    assert not safelist._HERB.search(text)
    assert any("John" in found for found in found_texts(engine, in_note("Her brother John's wife called.")))


# -- devices by maker and model (a maker's or model's cue, model words before a device noun or a size), device
# abbreviations in capitals beside a size or maker, EEG bands, instruments' eponyms, placeholder serials (deidprec4)
@pytest.mark.parametrize("line", [
    "Balloon used: Manufacturer: Houston Cardio Tempest RX 3.5mm x 15mm.",
    "A drug coated, Dallas Medical Orbit RX Stent 2.5mm x 18mm was deployed.",
    "Guide: Denver Vista Glide 7Fr EBU 3.5 was used.",
    "The tube used was Monterey.",
    "A small Monterey tube was placed in the left ear.",
    "Pulse generator, serial # ABCD1234, model 12345.",
    "Serial number 123456 was recorded.",
])
def test_device_makers_models_and_placeholders_are_kept(engine: Deidentifier, line: str) -> None:
    assert found_texts(engine, in_note(line)) == []


@pytest.mark.parametrize("line", [
    "The Endo GIA was fired across the base.",
    "A TA 60 stapler was used. Then a GIA was fired twice.",
    "An AL 2.0 guide engaged the right coronary.",
    "EEG showed intermittent Theta over the right temporal region.",
    "Background shows symmetric Alpha activity posteriorly.",
    "The head was delivered with a Kelly vacuum.",
    "Erich arch bars were wired to the teeth.",
    "Weitlaner as well as deep retractors were placed.",
])
def test_device_abbreviations_bands_and_instruments_are_kept(engine: Deidentifier, line: str) -> None:
    assert found_texts(engine, in_note(line)) == []


@pytest.mark.parametrize("line", [
    "She has 2/2 proximal and 3/3 distal weakness.",
    "A systolic murmur was noted 3/6 at the base.",
    "The prostate is +1 to 2/4 and smooth.",
    "Lidocaine/steroid (8/2 mixture) was injected.",
    "Biophysical profile is 8/8.",
    "Neck pain is a 5-6/10 and back about 2/10.",
])
def test_grades_ratios_and_sizes_without_a_score_word_are_kept(engine: Deidentifier, line: str) -> None:
    assert found_texts(engine, in_note(line)) == []


@pytest.mark.parametrize(("line", "phi"), [
    ("Employer: Boston Scientific", "Boston Scientific"),  # an admin label for an organisation is no maker's cue
    ("Company: Houston Cardio Inc.", "Houston"),
    ("Her daughter Delta called about the EEG results.", "Delta"),  # a person's cue before a band's word
    ("Delta called about the EEG.", "Delta"),  # no rhythm word before it
    ("She stayed with Kelly and family retractors.", "Kelly"),  # no instrument's describing word
    ("He met Serena Vista at the clinic.", "Serena Vista"),
    ("Patient account number 123457 was billed.", "123457"),
    ("Seen on 3/5 in clinic.", "3/5"),  # a date word before the fraction
    ("Admitted 2/4 with pain.", "2/4"),
    ("Cath done, 3/12 sheath pulled at noon.", "3/12"),  # a device noun after a date: what was done that day
    ("Seen 3/10 and again 4/10 for the rash.", "3/10"),  # another day-10 date beside it: no rating
])
def test_look_alikes_beside_device_and_grade_shapes_are_found(engine: Deidentifier, line: str, phi: str) -> None:
    assert any(phi in found for found in found_texts(engine, in_note(line)))


def test_placeholders_need_a_device_number_cue() -> None:
    text = "MRN: 1234567"  # a record number may run in order: never read as a placeholder
    assert not safelist.placeholder_value(text, text.index("1234567"), len(text))
    text = "Serial #: 1234567"
    assert safelist.placeholder_value(text, text.index("1234567"), len(text))
    text = "Serial #: 1234568"  # not a counting run
    assert not safelist.placeholder_value(text, text.index("1234568"), len(text))


def test_maker_cues_are_device_words_not_admin_labels() -> None:
    for label in ("Manufacturer: ", "Implants used:\n1.  ", "Stent utilized:  "):
        text = label + "Houston Cardio"
        assert safelist.device_product(text, len(label), len(label) + 7), label
    for label in ("Employer: ", "Company: ", "Insurer: ", "Agency: ", "Vendor: ", "Facility: "):
        text = label + "Houston Cardio"
        assert not safelist.device_product(text, len(label), len(label) + 7), label


# -- nursing shorthand run together: a word and a charting abbreviation, in small letters
@pytest.mark.parametrize("text", [
    "social: son called lastnoc for news. \nplan: cont",
    "resp: tiring, unable to talk-pa02 48 on nrb. \nplan: abg",
    "resp: sats drifting down to low-sa02 of 86. \nplan: abg",
])
def test_charting_run_ons_are_kept(engine: Deidentifier, text: str) -> None:
    assert found_texts(engine, text) == []


@pytest.mark.parametrize("word", ["overnoc", "lastnoc", "breath-pa02", "sat-o2"])
def test_charting_run_on_shapes(word: str) -> None:
    assert safelist.charting_run_on(word, 0, len(word))


@pytest.mark.parametrize("word", ["washington", "newton", "rosemary", "mary-ann", "j.smith", "sara-po2", "smith-o2",
                                  "brown-o2"])
def test_names_are_no_charting_run_ons(word: str) -> None:
    assert not safelist.charting_run_on(word, 0, len(word))


# -- diseases by their head word in the span, an agent before "virus", microbes by genus or initial and species
@pytest.mark.parametrize("line", [
    "Serologies for CMV, Legionella, Mycoplasma and Bartonella were sent.",
    "Cultures: N. Meningitidis: negative, S. Aureus: positive.",
    "Her brother is Epstein-Barr virus positive.",
    "Findings consistent with Fitz-Hugh-Curtis syndrome also noted.",
    "Working diagnosis is a Miller-Fisher variant of the illness.",
])
def test_diseases_and_microbes_are_kept(engine: Deidentifier, line: str) -> None:
    assert found_texts(engine, in_note(line)) == []


@pytest.mark.parametrize(("line", "phi"), [
    ("He was seen at the Lyme Disease Center last week.", "Lyme Disease Center"),  # an institution holds the word
    ("Her friend Proteus Smith called.", "Proteus Smith"),  # a person's cue; a given name after the genus
    ("Spoke with Stella Klebs about the infection.", "Stella Klebs"),
])
def test_names_beside_disease_and_microbe_words_are_found(engine: Deidentifier, line: str, phi: str) -> None:
    assert any(phi in found for found in found_texts(engine, in_note(line)))


def test_microbe_shapes() -> None:
    for span in ("Legionella", "N. meningitidis", "Klebsiella pneumoniae"):
        assert safelist.disease_or_microbe(span, 0, len(span)), span
    for span in ("N. Smith", "Candida", "Legionella Smith"):  # an initial and a surname; a given name; a surname
        assert not safelist.disease_or_microbe(span, 0, len(span)), span
