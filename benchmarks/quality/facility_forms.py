"""Hospitals where forms put them: consents, booking and place-of-service cells, transfer and EMS lines, record
tables, letterheads and sign-off lines (deidfix64; issue 13).

Why: the blind families' check HOSPITAL (periop .78), FACILITY (charts .86) and emergency recall sit under their tuning
parts while every tuning form is found, and `facility_layouts` (letterheads, first cells, units after the name) did not
move periop. This probe writes, from general knowledge of US surgical, emergency and chart paperwork rather than from
any form, the slots those documents give a facility: "I authorize Dr. N and the staff of X", "Location of surgery:",
"Place of service:", "Accepting hospital:", "EMS transported pt to X ED", "Transfer from Y to X", a record table's
row, "Medical Records Department, X", "Electronically signed at X", "cc: Dr. N, X", labels written as "hospital=X".
Names come from `facility_layouts.facility` (hospitals, surgery centres, practices), each half its own stems and
heads. Each line is set into a real MTSamples note and read by the whole engine (`variation_score`); recall is any
overlap of the facility.

Two disjoint halves: SEEN (even layouts, the seen stems and heads: misses may be printed with --errors) and HELD (odd
layouts, held stems and heads: misses never printed). REFUSAL lines put the same slots with no name (departments,
"the hospital", "outside", services) and count the lines where anything was marked. Written before its first run;
nothing is copied from a benchmark form or note.

    python -m benchmarks.quality.facility_forms [--n 80] [--seed 64] [--classes ...] [--errors N] [--json F]
"""

from __future__ import annotations

import random

from benchmarks.quality import facility_layouts as fl
from benchmarks.quality.variation_score import cased, fill_slots, halved_cases, halved_main, refusal_lines, split_halves
from cancerprep.sample import planted

CLASSES = ("hospital", "periop", "practice")

# layouts: (name, template); {X} the gold facility, {Y} another facility of the class, {D} a date, {N} a surname,
# {S} a street line, {P} a phone; even places SEEN, odd places HELD
LAYOUTS: tuple[tuple[str, str], ...] = (
    ("consent_authorize", "I authorize Dr. {N} and the staff of {X} to perform the procedure named above."),
    ("consent_at", "I hereby consent to the operation to be performed at {X} by Dr. {N}."),
    ("consent_release", "I authorize {X} to release my records to Dr. {N}."),
    ("location_of_surgery", "Location of surgery: {X}"),
    ("place_of_service", "Place of service: {X}   POS 22"),
    ("surgery_date_site", "Surgery date: {D}   Site: {X}"),
    ("hospital_label_caps", "HOSPITAL: {X}"),
    ("hospital_name_row", "Hospital Name | {X}"),
    ("facility_street", "Facility: {X}, {S}"),
    ("admit_to", "Admit to {X} under Dr. {N}"),
    ("preop_labs_at", "Pre-op labs drawn at {X} lab {D}"),
    ("surgeon_comma", "Surgeon: Dr. {N}, {X}"),
    ("schedule_row", "{D} 0730 {X} - R TKA - Dr. {N}"),
    ("transfer_from_to", "Transfer from {Y} to {X} accepted by Dr. {N}"),
    ("ems_transport", "EMS transported pt to {X} ED, report given"),
    ("accepting_hospital", "Accepting hospital: {X}   Accepting MD: Dr. {N}"),
    ("sending_dash", "Sending hospital -- {X}"),
    ("ed_visit_row", "ED visit {D} at {X}: CT head negative"),
    ("diverted_to", "Ambulance diverted to {X} due to ED saturation"),
    ("transfer_center_phone", "Called {X} transfer center at {P}"),
    ("flown_to", "Flown to {X} (Level I trauma)"),
    ("return_to_ed", "Return to {X} ED if worse"),
    ("discharged_from_on", "Discharged from {X} on {D} after a 4-day stay"),
    ("letterhead_lines", "{X}\nDepartment of Surgery\n{S}"),
    ("header_report_caps", "{X} OPERATIVE REPORT"),
    ("address_phone_dots", "{X} * {S} * {P}"),
    ("records_department", "Medical Records Department, {X}"),
    ("records_table_row", "{D} | {X} | Discharge summary | 6 pp"),
    ("tab_outside", "Outside\t{X}\t{D}"),
    ("bullet_star", "* {X} - pathology slides received"),
    ("numbered_list", "1. {X} (2018-2020): chemo"),
    ("equals_label", "hospital={X}"),
    ("location_of_care", "Location of care: {X}"),
    ("received_from_caps", "RECEIVED FROM {X} VIA COURIER"),
    ("signed_at", "Electronically signed at {X} on {D}"),
    ("cc_line", "cc: Dr. {N}, {X}"),
    ("patient_of", "Patient of {X} oncology, seen {D}"),
    ("labs_drawn_at", "Labs drawn at {X} on {D}, results below"),
)
HALVES = split_halves([name for name, _ in LAYOUTS])

_STREETS = ("Main St", "Oak Ave", "Hospital Dr", "Medical Pkwy", "Elm Street", "Route 9", "Park Blvd", "Center Rd")

# refusals: the same slots holding a department, service or kind of place with no name (no date, phone or person)
REFUSALS: tuple[tuple[str, str], ...] = (
    ("consent_authorize", "I authorize the surgeon and the staff of the hospital to perform the procedure."),
    ("consent_release", "I authorize the hospital to release my records to my primary care physician."),
    ("location_of_surgery", "Location of surgery: Main OR"),
    ("place_of_service", "Place of service: outpatient hospital   POS 22"),
    ("hospital_label_caps", "HOSPITAL: outside"),
    ("hospital_name_row", "Hospital Name | not documented"),
    ("admit_to", "Admit to the hospitalist service"),
    ("ems_transport", "EMS transported pt to the ED, report given"),
    ("accepting_hospital", "Accepting hospital: pending"),
    ("sending_dash", "Sending hospital -- outside hospital"),
    ("diverted_to", "Ambulance diverted to the trauma center due to ED saturation"),
    ("flown_to", "Flown to the Level I trauma center"),
    ("letterhead_lines", "Department of Surgery\nDivision of Surgical Oncology"),
    ("header_report_caps", "SURGICAL PATHOLOGY OPERATIVE REPORT"),
    ("records_department", "Medical Records Department, Main Campus"),
    ("tab_outside", "Outside\tnone\tnone"),
    ("bullet_star", "* Outside pathology - slides received"),
    ("equals_label", "hospital=unknown"),
    ("location_of_care", "Location of care: inpatient ward"),
    ("received_from_caps", "RECEIVED FROM OUTSIDE HOSPITAL VIA COURIER"),
)


def _date(rng: random.Random) -> str:
    m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(2015, 2025)
    return rng.choice((f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}"))


def _fill(rng: random.Random, tmpl: str, cls: str, half: str) -> str:
    slots = {"{Y}": lambda: fl.facility(rng, cls, half), "{D}": lambda: _date(rng),
             "{N}": lambda: planted.make_person(rng).last,
             "{S}": lambda: f"{rng.randint(10, 9999)} {rng.choice(_STREETS)}",
             "{P}": lambda: f"({rng.randint(201, 989)}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}"}
    return fill_slots(tmpl, slots)


def _case(rng: random.Random, s: str) -> str:
    return cased(rng, s, upper=0.25, lower=0.3)


def line(rng: random.Random, cls: str, layout: str, half: str) -> tuple[str, tuple[int, int]]:
    """One rendered line of `layout` holding a facility of class `cls` from `half`'s share, and its gold span."""
    tmpl = dict(LAYOUTS)[layout]
    value = fl.facility(rng, cls, half)
    pre, _, post = tmpl.partition("{X}")
    pre, post = _fill(rng, pre, cls, half), _fill(rng, post, cls, half)
    return _case(rng, pre + value + post), (len(pre), len(pre) + len(value))


def cases(n: int, seed: int, classes: tuple[str, ...]) -> list[tuple[dict[str, str], str, tuple[int, int]]]:
    """(features, line, gold span) for `n` lines per class and half (`variation_score.halved_cases`)."""
    return halved_cases(n, seed, classes, HALVES, line)


def refusals(n: int, seed: int) -> list[tuple[str, str]]:
    """(name, line) for `n` lines of each refusal shape, cased as the cases are."""
    return refusal_lines(n, seed, REFUSALS, _case)


def main(argv: list[str] | None = None) -> int:
    return halved_main(argv, __doc__, cases, n=80, seed=64, classes=CLASSES, refusals=(refusals, 4))


if __name__ == "__main__":
    raise SystemExit(main())
