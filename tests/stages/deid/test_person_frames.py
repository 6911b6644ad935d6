"""Person frames (`recognizers/person_frames.py`): lines and phrases whose shape names a person with no title,
relation or label before the name. One positive and one clinical negative per frame; the lines are written from
general knowledge of clinical and letter writing, not from any benchmark's misses."""

from __future__ import annotations

import csv

import pytest

from cancerprep.stages.deid.recognizers.person_frames import frames
from tests.paths import SHARED_DATA
from tests.stages.deid.spans import in_note, rule_spans, rule_texts


@pytest.mark.parametrize(("line", "name", "frame"), [
    ("Dear Rosalind,", "Rosalind", "salutation"),
    ("Dear Thaddeus Okonkwo:", "Thaddeus Okonkwo", "salutation"),
    ("dear mirela quist,", "mirela quist", "salutation"),
    ('He prefers to be called "Tad".', "Tad", "nickname"),
    ('She goes by "Dot" rather than Dorothea.', "Dorothea", "nickname"),
    ('Leopold prefers to be called "Leo".', "Leopold", "nickname-owner"),
    ("Bed 7: Kowalczyk - POD 2 s/p appendectomy", "Kowalczyk", "bed-line"),
    ("RM 14B: HALVORSEN, stable overnight", "HALVORSEN", "bed-line"),
    ("Patients seen today: Ferrante, Lindqvist and others.", "Lindqvist", "patient-list"),
    ("Baby Boy Ashworth is a 3-day-old infant.", "Ashworth", "newborn"),
    ("BABY GIRL PELLEGRINO WAS BORN AT 39 WEEKS.", "PELLEGRINO", "newborn"),
    ("Phone message from patient (Margarethe): asks about results.", "Margarethe", "patient-paren"),
    ("We will continue to follow Ignatius closely.", "Ignatius", "object"),
    ("will see desmond back in 6 weeks.", "desmond", "object"),
    ("Per Rosalind, the pain started last week.", "Rosalind", "object"),
    ("Reviewed the scan with Ignatius and his wife.", "Ignatius", "with-relative"),
    ("Young Desmond is here for a well-child check.", "Desmond", "young"),
    ("As you know, Winifred has a long history of asthma.", "Winifred", "as-you-know"),
    ("Nursing note: Thaddeus ambulated twice with a walker.", "Thaddeus", "label-subject"),
    ("CONSULT NOTE - kowalczyk, desmond", "kowalczyk, desmond", "sorted-end"),
    ("Pellegrino ,  Winifred  T  F  3/4/2019", "Pellegrino ,  Winifred", "sorted-start"),
    ("ferrante,winifred b   mrn 123", "ferrante,winifred", "sorted-start"),
    ("Follow-up visit for winifred t. halvorsen today.", "winifred t. halvorsen", "first-initial-last"),
    ("DESMOND J. ASHWORTH IS HERE FOR FOLLOW-UP.", "DESMOND J. ASHWORTH", "first-initial-last"),
    ("Seen with Rosalind Ferrante-Quist in clinic.", "Rosalind Ferrante-Quist", "hyphenated"),
    ("Chambers was admitted through the emergency department.", "Chambers", "subject"),
    ("Hi Rosalind,", "Rosalind", "salutation"),
    ("Please see Desmond Ashworth for evaluation of a thyroid nodule.", "Desmond Ashworth", "object"),
    ("Patient signature: Desmond Ashworth   Date: 3/4/2019", "Desmond Ashworth", "signature"),
    ("Johnny Green, a 72-year-old retired teacher, presents with hematuria.", "Johnny Green", "age-apposition"),
    ("patients seen today: ruffin, bright, and others.", "bright", "patient-list"),
    ("Called and informed Desmond of the biopsy result.", "Desmond", "object"),
    ("Thank you for allowing me to participate in the care of Winifred.", "Winifred", "object"),
    ("winifred halvorsen, a 72-year-old retired teacher, presents with hematuria.", "winifred halvorsen",
     "age-apposition"),
    ("Identity confirmed (Desmond Ashworth, DOB 3/4/1950).", "Desmond Ashworth", "before-dob"),
    ("Thaddeus (Tad) Halvorsen presents for follow-up.", "Thaddeus (Tad) Halvorsen", "paren-nickname"),
    ("Stable overnight. Halvorsen denies chest pain.", "Halvorsen", "subject"),
])
def test_each_frame_finds_its_name(line: str, name: str, frame: str) -> None:
    assert (name, frame) in rule_spans(frames, line)


@pytest.mark.parametrize("line", [
    "Dear Colleague,",
    "Dear Referring Physician:",
    'He said "No" when asked about pain.',
    'The lesion is known as "target" shaped.',
    "Bed 3: clean and dry -",
    "Bed 12: Stable - ambulating",
    "Room 2: Empty",
    "Patients seen today: none.",
    "Patients with diabetes: Metformin, insulin and diet.",
    "Baby Girl was born at 39 weeks by cesarean section.",
    "Baby aspirin daily.",
    "Discussed with the patient (Spanish-speaking) through an interpreter.",
    "The patient (see above) tolerated the procedure.",
    "We will continue to follow Hematology closely.",
    "Please see Cardiology for evaluation.",
    "FOLLOW HEMATOCRITS, ELECTROLYTES, COAGS.",
    "P: HOLD STOOL SOFTENERS, FOLLOW LYTES, VS.",
    "per ortho, wbat.",
    "Per Nsurg, keep SBP < 140.",
    "Plan: Attg agrees with the plan.",
    "Tsicu states no beds available.",
    "Hi all,",
    "Informed Radiology of the findings.",
    "Continue care of Foley per protocol.",
    "Mother, a 72-year-old, has diabetes.",
    "Patient  DOB: 3/4/1950",
    "Identity confirmed by name and DOB.",
    "Ceftriaxone (Rocephin) Daily for 7 days.",
    "Patients seen today: Stable, Afebrile, and others.",
    "Patient signature: Obtained   Date: 3/4/2019",
    "Please see Cardiology Clinic for evaluation.",
    "Young, a 45-year-old, otherwise healthy.",
    "Per Protocol, vitals every 4 hours.",
    "PER REPORT, PT STABLE OVERNIGHT.",
    "will see above for details.",
    "Patient and her daughter were given the opportunity to ask questions.",
    "Mother and her sister both had breast cancer.",
    "Young man is here with his father.",
    "As you know, Lisinopril was started last month.",
    "Impression: Mass is consistent with fibroadenoma.",
    "Assessment: Pneumonia has improved.",
    "Allergies: Penicillin, Sulfa",
    "Past history - Asthma, Hypertension",
    "Hearing, Vision  normal",
    "Grade A. The margins are clear.",
    "Guillain-Barre Miller-Fisher variant.",
    "Given Type I. Diabetes education done.",
    "Mass was seen on the CT scan.",
    "See reports from the outside hospital.",
    "Patient denies chest pain.",
    "Husband states she slept well.",
    "HALVORSEN DENIES CHEST PAIN.",
])
def test_frames_leave_clinical_text_alone(line: str) -> None:
    assert rule_texts(frames, line) == set(), rule_spans(frames, line)


def test_a_bed_line_without_case_needs_a_census_name_no_everyday_word() -> None:
    assert rule_texts(frames, "BED 12: HALVORSEN - S/P LAP CHOLE") == {"HALVORSEN"}
    assert rule_texts(frames, "BED 12: STABLE - S/P LAP CHOLE") == set()


def test_a_patient_list_counts_only_when_every_item_is_a_name() -> None:
    assert rule_texts(frames, "Patients seen today: Ferrante, Lindqvist, and others.") == {"Ferrante", "Lindqvist"}
    assert rule_texts(frames, "Patients seen today: Ferrante, rounds, and others.") == set()


def test_frames_are_rare_on_real_transcriptions() -> None:
    """Every MTSamples dev transcription (about 2,100 real notes, their names mostly removed before publication):
    the frames fire on a handful of lines (a first name after "saw", a person's name in an organisation's), never on
    charting in small letters."""
    with open(SHARED_DATA / "mtsamples-dev" / "mtsamples_dev.csv", encoding="utf-8", newline="") as f:
        notes = [r["transcription"] for r in csv.DictReader(f)]
    found = [t[a:b] for t in notes for a, b, _ in frames(t)]
    assert len(notes) > 2000
    # (16 since the given-name-and-surname pairs and role owners: 9 more, every one a person the publisher left in,
    # "visit with Charla Yassine", "advised Gregory's mother"; 17 since the object told "to" do something: "Instructed
    # Ben to avoid caffeinated ...", a person too)
    assert len(found) <= 17, found
    assert all(name[0].isupper() for name in found), found


def test_the_backstop_returns_the_frames_as_names(engine) -> None:
    text = in_note("Bed 7: Kowalczyk - POD 2 s/p appendectomy\nDear Rosalind,")
    found = {text[r.start:r.end] for r in engine.analyze(text) if r.entity_type == "NAME"}
    assert {"Kowalczyk", "Rosalind"} <= found
