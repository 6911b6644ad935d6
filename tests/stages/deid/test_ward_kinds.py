"""Ward and nursing-document kinds as classes (issue #13): staff initials after co-sign, verification and witness
labels, charted times, dashes and brackets; pagers and in-house extensions; ISBT 128 blood unit numbers; numbered
belongings and equipment; named buildings; the patient and staff in nursing positions. Sentences written for the
test, none taken from a benchmark form; each class has look-alikes (doses, scores, ward codes, room numbers,
clinical initialisms, times) that must stay."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers.registry import build_recognizers
from cancerprep.stages.deid.recognizers.ward_forms import WardFormsRecognizer, ward_spans
from tests.stages.deid.spans import in_note


def _found(line: str) -> set[tuple[str, str]]:
    text = in_note(line)
    return {(text[a:b], kind) for a, b, kind, _ in ward_spans(text)}


@pytest.mark.parametrize(("line", "initials"), [
    # co-sign, verification and witness labels
    ("Vancomycin dose double checked by: QZ", ["QZ"]),
    ("Cosigned by KLT after review of the wound photos.", ["KLT"]),
    ("Insulin drip titrated, verified with XW/PDQ at 0215", ["XW", "PDQ"]),
    ("2 units wasted, witnessed: TRB", ["TRB"]),
    ("Controlled substance count: off-going ZKW / on-coming YJ", ["ZKW", "YJ"]),
    ("chemo independent check by - qv, wz", ["qv", "wz"]),
    ("Second RN verifier: HWX RN", ["HWX"]),
    # a role's initials on a board, closed by a slash or the line's end
    ("Care team board: RN QTK / PCT ZLW", ["QTK", "ZLW"]),
    # initials after charted times
    ("Neuro checks: 2000 QLZ  2200 QLZ  0000 WTX", ["QLZ", "WTX"]),
    ("Hung 1740 ZKT, vitals 1755 WJQ", ["ZKT", "WJQ"]),
    # a line signed after a dash, initials in brackets closing a charted line
    ("Repositioned to left side, heels floated - QXZ/YWK", ["QXZ", "YWK"]),
    ("reinforced call light use, pt verbalized understanding (ZQW)", ["ZQW"]),
])
def test_staff_initials_in_ward_positions_are_found(line: str, initials: list[str]) -> None:
    found = _found(line)
    for i in initials:
        assert (i, "NAME") in found, (line, found)


@pytest.mark.parametrize(("line", "number"), [
    ("Paged the night hospitalist at 73914, awaiting callback.", "73914"),
    ("text page to 58227 re: potassium 3.1", "58227"),
    ("Pgd covering intern @ 8863 twice", "8863"),
    ("Surgery resident pager: 442917", "442917"),
    ("Vocera 60418 for the charge nurse", "60418"),
    ("Pharmacy reachable at ext 5-2281 after hours", "5-2281"),
    ("Primary nurse - phone: 6-7140", "6-7140"),
    ("please call me back at 31187", "31187"),
])
def test_pagers_and_extensions_are_found(line: str, number: str) -> None:
    assert (number, "CONTACT") in _found(line)


@pytest.mark.parametrize(("line", "number"), [
    ("Transfused unit Z4417 25 093318 without reaction.", "Z4417 25 093318"),
    ("apheresis platelets q2210 19 55731 spiked", "q2210 19 55731"),
    ("Lost property receipt 493821 filed with security.", "493821"),
    ("Tele pack no. 4471 on, leads intact.", "4471"),
])
def test_blood_units_and_numbered_items_are_found(line: str, number: str) -> None:
    assert (number, "ID") in _found(line)


@pytest.mark.parametrize(("line", "building"), [
    ("Admit to Vandersloot Pavilion, 4th floor", "Vandersloot Pavilion"),
    ("Transport to the Okonkwo Tower for MRI", "Okonkwo Tower"),
    ("Family lounge is in Prewitt Hall, lobby level", "Prewitt Hall"),
    ("Meet at the Hallorann Building entrance", "Hallorann Building"),
])
def test_named_buildings_are_found(line: str, building: str) -> None:
    assert (building, "LOCATION") in _found(line)


@pytest.mark.parametrize(("line", "name"), [
    # the patient as the object of a nursing act, before a room, as a field's subject, after the title
    ("Heard bed alarm, found Wojtaszek standing by the door, redirected to bed.", "Wojtaszek"),
    ("Helped Zbigniew to the commode, tolerated well.", "Zbigniew"),
    ("hi, Szczepanik in 18 is febrile 38.9, can you come by?", "Szczepanik"),
    ("S: Oyelaran, Adaeze rm 604 new rapid afib", "Oyelaran, Adaeze"),
    ("Sitter log 0300: Kowalczyk remains calm in bed.", "Kowalczyk"),
    ("Pt Nwachukwu declined evening heparin, educated.", "Nwachukwu"),
    ("Bonaventura pulled out NG tube overnight, replaced by resident.", "Bonaventura"),
    ("Two identifiers: pt stated name Ifeoma T. Okafor and DOB", "Ifeoma T. Okafor"),
    ("Neuro check: Thorvaldsen GCS 15, pupils equal", "Thorvaldsen"),
    ("Door sign: Abernathy-Kwan - contact precautions", "Abernathy-Kwan"),
    ("Code called - Pt: Vantongeren, Ilse M - compressions started", "Vantongeren, Ilse M"),
    ("Report to night shift re: Ruiztagle, febrile at 2100", "Ruiztagle"),
    ("Discharge teaching with Ekwueme: demonstrated insulin pen use", "Ekwueme"),
    ("Belongings: Kowalczyk's glasses and wallet sent home with wife.", "Kowalczyk"),
    # staff in ward positions
    ("Agency sitter Oyelaran arrived 1900 for 1:1.", "Oyelaran"),
    ("per Thaddeus Wojcik in pharmacy, hold the dose", "Thaddeus Wojcik"),
    ("Verbal order per Oyelaran RN read back", "Oyelaran"),
    ("Handed off to Szczepanik at 1900, all questions answered.", "Szczepanik"),
    ("thanks - Bartosz (6W charge)", "Bartosz"),
    ("Blood bank (Ifeoma) called with crossmatch results.", "Ifeoma"),
    ("hey Radomir can you take 14 for a bit?", "Radomir"),
    ("will be right there - Oluwaseun PGY1", "Oluwaseun"),
    ("Charge RN: Wojtaszek    Secretary: none", "Wojtaszek"),
])
def test_people_in_nursing_positions_are_found(line: str, name: str) -> None:
    assert (name, "NAME") in _found(line), _found(line)


def test_a_team_list_names_each_member() -> None:
    found = _found("Code team: Ifeoma Okafor RN (recorder), Dr. Wojtaszek, Bartosz Nowak RT")
    assert {("Ifeoma Okafor", "NAME"), ("Wojtaszek", "NAME"), ("Bartosz Nowak", "NAME")} <= found


def test_a_list_joining_word_stays_outside_the_name() -> None:
    found = _found("Huddle held w/ Radomir (charge) and Ifeoma (CNA)")
    assert ("Ifeoma", "NAME") in found
    assert not any(text.startswith("and") for text, _ in found)


@pytest.mark.parametrize("line", [
    # doses, counts, scores, ward codes, rooms and beds (kept by policy), clinical initialisms, units, times
    "Zofran 4 mg IV x 2 doses, then PO x2 days",
    "ext rotation of the right hip limited",
    "Morse 45, Braden 16 - high fall risk",
    "Transferred from 7N to MICU, now 5 West bed 12",
    "Pt in room 712 bed B, RN at bedside",
    "PIV 20g L FA, NS at 75 mL/hr, pts tolerating diet",
    "RN, LPN and CNA staffing 1:5 tonight",
    "Paged at 0312 re potassium, paged x2 no answer",
    "page 1 of 2",
    "Bolus 1000 mL over 1 hr, call at 1400 with BP",
    "x 1000 mL NS given",
    "position verified by CXR, tip at cavoatrial junction",
    "CO 7 by TD, wedge unobtainable",
    "Turned and given CPT, encouraged to cough",
    "SKIN: Dsg's CDI, JP to bulb suction",
    "O-MS: Intially lethargic, then alert",
    "gtt titrated per U Maryland md",
    # named-building look-alikes: compass points, ward words, "tower of", a small-letter pavilion
    "Admit to North Tower 6 East",
    "Inpatient Pavilion main entrance",
    "a tower of strength for her family",
    "waited in the pavilion outside",
    "walked in hall x3 with walker",
    # persons: things that remain, findings, common words
    "Foley remains in place, draining clear urine",
    "Heparin remains on hold per protocol",
    "Pain: Pt has 5/10 incisional pain",
    "Found pt sitting at edge of bed",
    "Assisted with bath, tolerated well",
    "Plan: continue current regimen",
    "Neuro: alert and oriented x3",
    "Dressing: Mepilex intact - dry",
    "hi, just checking in",
    "Team: oncology and palliative care",
    "Present: patient, wife and son",
    "Blood spiked 1315 OR, vitals 1330 NPO",
    "Medications reviewed with pharmacy - OK",
    "Transfused W1234 of fluids",
    "Claim ticket given to wife",
    # capitals glued to a credential's letters are a word ("BORN", "MOURN", "SWORN"), not initials before RN
    "SHE WAS BORN IN THE CITY AND RAISED BY HER AUNT",
    "FAMILY AT BEDSIDE TO MOURN, CHAPLAIN CALLED",
])
def test_ward_look_alikes_are_kept(line: str) -> None:
    assert _found(line) == set(), _found(line)


def test_the_recognizer_is_registered_and_reports_its_kinds() -> None:
    recognizers = build_recognizers()
    assert any(isinstance(r, WardFormsRecognizer) for r in recognizers)
    results = WardFormsRecognizer().analyze(in_note("Co-signed by: QZ"), ["NAME"])
    assert [r.entity_type for r in results] == ["NAME"]
    assert results[0].recognition_metadata["recognizer_name"] == "WardFormsRecognizer"


@pytest.mark.parametrize(("line", "found"), [
    ("Dressing changed QZ RN, site clean", ("QZ", "NAME")),
    ("Independent 2 RN check: QXW & ZKV", ("QXW", "NAME")),
    ("Unit desk 6-2214 for questions", ("6-2214", "CONTACT")),
    ("bed ready in vandersloot tower 9 east", ("vandersloot tower", "LOCATION")),
    ("Rounded on Szczepanik again, resting comfortably", ("Szczepanik", "NAME")),
    ("Wojtaszek states pain is 3/10 after oxycodone", ("Wojtaszek", "NAME")),
])
def test_second_pass_classes_are_found(line: str, found: tuple[str, str]) -> None:
    assert found in _found(line), _found(line)


@pytest.mark.parametrize("line", [
    "RE DRESSED WITH DUOGEL, ADAPTIC AND KLING WRAP.",
    "social: wife called overnoc for an update.",
    "ICU RN at bedside, PCA RN aware",
    "walked to the bell tower and back",
    "Patient states pain is 3/10",
    "Lasix given, pt voided 400",
    "Reason for consultation: Hodgkin's disease",
])
def test_second_pass_look_alikes_are_kept(line: str) -> None:
    assert _found(line) == set(), _found(line)


@pytest.mark.parametrize(("line", "number"), [
    # "paging" and "beep" as paging words, a dot after the word's abbreviation, a bracket before the number
    ("paging night cover at 73104 re K+", "73104"),
    ("Dr. Quiroga pgr. 73104", "73104"),
    ("pg. 73104 with questions", "73104"),
    ("beep 73104 if SBP < 90", "73104"),
    ("Backup pager: (7-3104)", "7-3104"),
])
def test_more_pager_shapes_are_found(line: str, number: str) -> None:
    assert (number, "CONTACT") in _found(line)


@pytest.mark.parametrize("line", [
    "paging at 0312 went unanswered",  # a clock time without a pager label
    "beep x 1000 mL bolus",
    "pg 1 of 2",
])
def test_pager_look_alikes_are_kept(line: str) -> None:
    assert not {t for t, k in _found(line) if k == "CONTACT"}, _found(line)
