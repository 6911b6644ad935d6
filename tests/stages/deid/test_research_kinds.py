"""Research and registry document kinds as classes (issue #13): subject, kit and shipment numbers, ages over 89 as a
subject's predicate, ZIP fields, initials fields and research-log signers, and names in research positions (the
case of tumour-board minutes, screen failures, subject-name fields, the subject in apposition or with a verb, sorted
names after a charted time, pharmacists and processors). Sentences written for the test, none taken from a benchmark
form; each class has look-alikes (protocol, IRB, NCT and lot numbers, counts and measures, clinical initialisms,
genes, drug lots) that must stay."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers.registry import build_recognizers
from cancerprep.stages.deid.recognizers.research_forms import ResearchFormsRecognizer, research_spans
from tests.stages.deid.spans import in_note


def _found(line: str) -> set[tuple[str, str]]:
    text = in_note(line)
    return {(text[a:b], kind) for a, b, kind, _ in research_spans(text)}


@pytest.mark.parametrize(("line", "expected"), [
    # subject, screening and participant numbers by label; a study line's "patient NNN"; a label's site-subject cell
    ("EDC page | Site 004 | Subject 7781 | Visit: C2D1", {("7781", "ID")}),
    ("Participant ID in OnCore: 5521", {("5521", "ID")}),
    ("subj 44120 called re diarrhea", {("44120", "ID")}),
    ("Screening number: 211-0412 recorded", {("211-0412", "ID")}),
    ("Arm A, patient 412 (dose level 3) had grade 2 rash.", {("412", "ID")}),
    ("Tube label: A033120 / 211-412 / C2D1 / serum", {("211-412", "ID")}),
    # kit, bottle and shipment numbers, requests
    ("IWRS assigned kit 55210 and kit 55211 today.", {("55210", "ID"), ("55211", "ID")}),
    ("Bottle # 900341 returned half full", {("900341", "ID")}),
    ("Pickup confirmation QRT448120 for 3 boxes.", {("QRT448120", "ID")}),
    ("Courier airbill 4411 2290 7781 - frozen serum.", {("4411 2290 7781", "ID")}),
    ("Waybill 320-44718821 (courier) attached.", {("320-44718821", "ID")}),
    ("Unblinding request number UB-33120", {("UB-33120", "ID")}),
    # an old subject's age, a ZIP field with a qualifier
    ("Patient is 96 and lives with her son.", {("96", "AGE")}),
    ("Zip code at diagnosis: 40211", {("40211", "LOCATION")}),
    # initials fields and research-log signers (a pair vouches for a companion that is also a word)
    ("Enrolment log | Subject initials: RKT | Screen date: pending", {("RKT", "NAME")}),
    ("Subject initials (F-M-L): BQW", {("BQW", "NAME")}),
    ("Pt initials QZ   Screen #: S-0211", {("QZ", "NAME")}),
    ("Sample label: protocol A011223 | subj init HW | visit C2D1", {("HW", "NAME")}),
    ("Randomization confirmed QRT; notified pharmacy WZ.", {("QRT", "NAME"), ("WZ", "NAME")}),
    ("Fridge log checked KQ 09:00 / TRW 17:00", {("KQ", "NAME"), ("TRW", "NAME")}),
    ("Consent form reviewed HK / co-signed BPJ", {("HK", "NAME"), ("BPJ", "NAME")}),
    ("Returned: 4 caps  |  by GZ  |  verified CT", {("GZ", "NAME"), ("CT", "NAME")}),
    ("Custody - relinquished by: QZ 11:10   received by: AM 11:15", {("QZ", "NAME"), ("AM", "NAME")}),
    ("Tally of returned caps, counted by KQ, witnessed by MS", {("KQ", "NAME"), ("MS", "NAME")}),
    ("Consent form reviewed MS / co-signed MC", {("MS", "NAME"), ("MC", "NAME")}),
    ("CONSENT FORM REVIEWED QK / CO-SIGNED BTR", {("QK", "NAME"), ("BTR", "NAME")}),
    ("Tally: counted by SI, witnessed by MG", {("SI", "NAME"), ("MG", "NAME")}),
    ("Witness initials KQ  date 3/2", {("KQ", "NAME")}),
    ("Initials/date: BTW 4/5", {("BTW", "NAME")}),
    ("Drug accountability: bottles reconciled by QZK", {("QZK", "NAME")}),
    ("Specimen log: tubes labelled by WR / logged by TKQ", {("WR", "NAME"), ("TKQ", "NAME")}),
    # names in research positions
    ("PARTICIPANT: HOLLOWAY, ISAAC  |  PI: DR. WEBB", {("HOLLOWAY, ISAAC", "NAME")}),
    ("SUBJECT NAME: BOYLEN, WILL T   ARM: B", {("BOYLEN, WILL T", "NAME")}),
    ("CTR: Hung Call  Abstract completed: pending", {("Hung Call", "NAME")}),
    ("Tumour board: case of Quintanilla - plan to enrol.", {("Quintanilla", "NAME")}),
    ("Screen fail: Okonkwo - platelets too low.", {("Okonkwo", "NAME")}),
    ("SUBJECT NAME: MARSHBURN, EDNA L   ARM: A", {("MARSHBURN, EDNA L", "NAME")}),
    ("The subject, Tobias Wendling, was hospitalised.", {("Tobias Wendling", "NAME")}),
    ("Subject Ferne Gladwell withdrew consent.", {("Ferne Gladwell", "NAME")}),
    ("3/2/2020 1030 -- Hartigan, Rosalind arrived for labs.", {("Hartigan, Rosalind", "NAME")}),
    ("Pharmacist verification: Quarterman / RPh", {("Quarterman", "NAME")}),
    ("Blood processed by Vandersloot per SOP 12.", {("Vandersloot", "NAME")}),
])
def test_research_positions_are_found(line: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _found(line)


@pytest.mark.parametrize("line", [
    "Protocol number A021502, IRB number 2019-0412, NCT03456789.",
    "Drug lot 4471203 dispensed; kit lot 55120.",
    "Gave 2 kits to patient.",
    "Subject to change per amendment 3.",
    "The patient is 95% compliant with diary.",
    "Patient is 98.6 F afebrile.",
    "Patient is 92 kg today.",
    "BP checked 120/80, reviewed CT and MRI with patient.",
    "Patient 120 mg dose given.",
    "Patient 250 had labs drawn.",
    "Reviewed ID and consent.",
    "Case of pneumonia - treated.",
    "Screen fail: ANC - below threshold.",
    "Subject was seen on C1D1.",
    "EGFR, KRAS G12C, BRCA2 testing confirmed PD-L1.",
    "Confirmed by CT, verified OK.",
    "Results checked at 08:00",
    "Zip code 40211 on file",
    "Sample label: EDTA / 10 mL / 2 tubes",
    "CHECKED BP / HR AT 08:00",
    "Reviewed CT / MRI with the team.",
    "Subject: Re: amendment 4",
    "CTR: pending review",
    "SBP INITIALLY 90S, THEN UP",
    "pressure was low initially, then better",
    "pt sedtion was increased per order",
    "Diagnosis confirmed by QRZ on review.",
    "Medication received by TKW yesterday.",
    "Blood cultures drawn by RN, collected by IR.",
    "Consent obtained by MD at bedside.",
])
def test_research_look_alikes_stay(line: str) -> None:
    assert _found(line) == set()


def test_research_recognizer_is_registered() -> None:
    assert any(isinstance(r, ResearchFormsRecognizer) for r in build_recognizers())
