"""Rule recognizers' pattern kinds: each finds its identifier form, and a clinical look-alike of the
same shape (lab values, vitals, doses, departments) survives."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers.address import address_recognizer
from cancerprep.stages.deid.recognizers.contact import contact_recognizer
from cancerprep.stages.deid.recognizers.dates import date_recognizer
from cancerprep.stages.deid.recognizers.ids import id_recognizer
from tests.stages.deid.spans import recognized

RECOGNIZERS = {"contact": contact_recognizer(), "id": id_recognizer(), "date": date_recognizer(),
               "address": address_recognizer()}


@pytest.mark.parametrize(("kind", "text", "phi"), [
    ("contact", "Spoke with her son by phone at 293-4061.", "293-4061"),
    ("contact", "Please call back at 687 330 1770 or 879-7577.", "879-7577"),
    ("contact", "Fax 684/508-9462\n", "684/508-9462"),
    ("contact", "Tel (653)725-7904 x5556", "x5556"),
    ("contact", "call ext. 345 for results", "ext. 345"),
    ("id", "Social Security #: 317 00 4314\n", "317 00 4314"),
    ("id", "MED REC NO. 298-4244\n", "298-4244"),
    ("date", "DOS: 051817\nRE:", "051817"),
    ("date", "MRI of the brain on 042816 was unremarkable", "042816"),
    ("date", "ADMISSION DATE: 03152013\n", "03152013"),
    ("date", "She returned on 25AUG2019 as planned.", "25AUG2019"),
    ("date", "Admitted 19-MAR-2013.", "19-MAR-2013"),
    ("date", "abx given 3/4-3/6 for pneumonia", "3/6"),
    ("date", "RTC in 2 weeks (next visit 5/5).", "5/5"),
    ("date", "s/p CABG'92 with good result", "'92"),
    ("address", "Boardman, Ohio 76003\n", "76003"),
    ("address", "Paris, Texas 20540-1035\n", "20540-1035"),
    ("address", "9721 Buffalo St, Buffalo, Minnesota 94343\n", "Buffalo"),
    ("address", "12 Gillis Pike\n", "12 Gillis Pike"),
    ("address", "Address: 77 W. Elm St Apt 4B, Springfield IL 62704\n", "77 W. Elm St Apt 4B"),  # directional, unit
    ("address", "Address: 77 W. Elm St Apt 4B, Springfield IL 62704\n", "Springfield"),  # city, code, ZIP, no comma
    ("address", "PO Box 1234, Bend OR 97701\n", "Bend"),
    ("address", "Memorial Hospital - Harms & Regino Associates\n", "Harms & Regino Associates"),
    ("address", "Memorial Hospital - Liles Dermatology\n", "Liles Dermatology"),
    ("address", "cc: Dr. Ward, Smart Family Medicine, fax 555", "Smart Family Medicine"),
    ("address", "STATESBORO HEALTH - FLOWERS CLINIC\n", "STATESBORO HEALTH"),
])
def test_pattern_finds_identifier(kind: str, text: str, phi: str) -> None:
    assert phi in recognized(RECOGNIZERS[kind], text)


@pytest.mark.parametrize(("kind", "text"), [
    ("contact", "Sodium 135-1400 mg daily; pt ambulated 100-1200 ft."),
    ("contact", "BP 120/80-130/90 overnight."),
    ("contact", "Ca 9.8 x1 dose"),
    ("id", "HR 110 98 1000 cc out"),
    ("date", "Platelets 250000, WBC 120000, Hct 033.4"),
    ("date", "MRN 051817\n"),
    ("date", "Lasix 40 mg given 081316 units"),
    ("date", "motor strength 5/5 bilaterally"),
    ("date", "PSV 10/5, PEEP 5"),
    ("address", "Received 40 mEq KCl run over 4 hours"),
    ("address", "walked 100 feet in the hall and back to the station"),
    ("address", "UROLOGY CLINIC NOTE\n"),
    ("address", "Department of Dermatology\n"),
    ("address", "f/u with Pediatric Cardiology, and Mental Health\n"),
    ("address", "Risks & Benefits group discussion"),
    ("address", "Given 2 W. units of blood"),                  # a directional is no street without a suffix
    ("address", "PT HAD 3 EPSIODES ST IN 130S W/ DECREASE IN SBP"),  # a typo before an ST segment is no street
])
def test_clinical_look_alike_survives(kind: str, text: str) -> None:
    assert recognized(RECOGNIZERS[kind], text) == set()


@pytest.mark.parametrize(("kind", "text"), [
    ("contact", "RESTING ON AC 50%,650 X 10,PEEP 7.5"),
    ("contact", "vented on ac 550x16x40%x16 peep"),
    ("date", "pa sats improved to 5-6/3-4/0-80 and"),
    ("date", "Pt remained on 5/5, 40% till 4PM"),
    ("address", "PROPOFOL BEGUN AT 20 MCG'S- PT APPEARS COMFORTABLE"),
    ("address", "SPENT OVER 45 MINUTES ENCOURAGING PT"),
])
def test_icu_settings_survive(kind: str, text: str) -> None:
    assert recognized(RECOGNIZERS[kind], text) == set()


def test_state_codes_that_are_clinical_abbreviations() -> None:
    """"TX" is treatment, "PA" a physician assistant: the words before such a code are a city only when they are
    a gazetteer city, capitalised words on a line with case, or no everyday or medical word without case."""
    rec = RECOGNIZERS["address"]
    assert recognized(rec, "SEDATED, SWAN GANZ IN PLACE, TX PULMONARY EDEMA W/ CARDIAC CO") == set()
    assert recognized(rec, "hematoma in R groin, PA aware") == set()
    assert "Port Oakdale" in recognized(rec, "Social: Lives in Port Oakdale, TX. Never smoker.")
    assert any("GRANBY" in f for f in recognized(rec, "LIVES IN GRANBY, TX WITH SON"))


def test_city_before_a_state_code_without_comma_needs_capitals() -> None:
    """"Bend OR 97701" is a city; in "Dose: Heparin Units or 10000" the words before "or" name none."""
    assert "Bend" in recognized(RECOGNIZERS["address"], "PO Box 1234, Bend OR 97701\n")
    found = recognized(RECOGNIZERS["address"], "Dose: Heparin Units or 10000 daily\n")
    assert not any("Heparin" in f or "Units" in f for f in found), found


@pytest.mark.parametrize(("kind", "text", "phi"), [
    ("address", "followed at Gardner Hospital in Cañon City.\n", "Cañon City"),
    ("date", "DATE OF SERVICE: 122512\n", "122512"),
    ("date", "Her 071119 exam was normal.", "071119"),
])
def test_more_forms_found(kind: str, text: str, phi: str) -> None:
    assert phi in recognized(RECOGNIZERS[kind], text)


@pytest.mark.parametrize(("kind", "text"), [
    ("address", "vertigo in Ménière disease and dryness in Sjögren syndrome"),
    ("date", "Platelets 120318 on admission labs"),
])
def test_more_look_alikes_survive(kind: str, text: str) -> None:
    assert recognized(RECOGNIZERS[kind], text) == set()


@pytest.mark.parametrize(("text", "phi"), [
    ("Clinic: Brankovic Chiropractic\n", "Brankovic Chiropractic"),
    ("Records from Brankovic Pulmonary & Sleep were reviewed.", "Brankovic Pulmonary & Sleep"),
    ("FROM: Ferro Wellness\n", "Ferro Wellness"),
    ("Referring practice: Quade Nursing and Rehabilitation Center\n", "Quade Nursing and Rehabilitation Center"),
])
def test_more_practice_kinds_found(text: str, phi: str) -> None:
    assert phi in recognized(RECOGNIZERS["address"], text)


@pytest.mark.parametrize("text", [
    "djd of cervical spine.\n",
    "plan: recheck labs at 6am",
    "She primarily appears to need counseling.\n",
    "seen at the Gastroenterology Department here",
])
def test_more_practice_look_alikes_survive(text: str) -> None:
    assert recognized(RECOGNIZERS["address"], text) == set()


def test_kind_of_care_after_a_practice_name() -> None:
    text = "She was transferred from Quade Behavioral Health.\n"
    assert "Quade Behavioral Health" in recognized(RECOGNIZERS["address"], text)
    assert recognized(RECOGNIZERS["address"], "She is seen in Adult Behavioral Health today.\n") == set()


@pytest.mark.parametrize("text", [
    "Reflexes: upper extremities +2/2 bilaterally.",          # exam grades
    "Reflexes: 2/2 throughout. Plantar responses flexor.",
    "Vascular: +2/2 dorsalis pedis pulse.",
    "The upper extremity is +4/5.",
    "Gleason score 3 + 4 = 7/10.",
    "Staple 7/8 inch x1 on each side.",                        # measures
    "The 7/8th inch staple was then placed.",
    "Intrauterine pregnancy at 30 and 4/7th weeks.",           # gestational age
    "Lotrel 10/20 daily.",                                     # a combination dose
])
def test_measures_and_grades_written_as_fractions_survive(text: str) -> None:
    assert recognized(RECOGNIZERS["date"], text) == set()


@pytest.mark.parametrize(("text", "phi"), [
    ("Seen on 3/4 for follow up.", "3/4"),
    ("Admitted 4/5, discharged 4/7.", "4/7"),
    ("CT on 2/2 showed no change.", "2/2"),
    ("Lower extremity is 3/5 today, was 4/5 on 3/5.", "3/5"),   # no grade cue at the second 3/5
])
def test_dates_beside_the_grade_rules_stay_dates(text: str, phi: str) -> None:
    assert phi in recognized(RECOGNIZERS["date"], text)


@pytest.mark.parametrize(("text", "phi"), [
    ("will drive him home in a car with plate 1rnl618.", "1rnl618"),   # a lower-case note writes plates so
    ("driver license no. d303-5471-8696   plate: hca-2527\n", "hca-2527"),
])
def test_lower_case_plates_found(text: str, phi: str) -> None:
    assert phi in recognized(RECOGNIZERS["id"], text)


@pytest.mark.parametrize("text", ["in the car at 10am today", "car seat 5pt harness", "an 18 wheeler truck"])
def test_lower_case_plate_look_alikes_survive(text: str) -> None:
    assert recognized(RECOGNIZERS["id"], text) == set()
