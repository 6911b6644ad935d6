"""Facilities where forms lay them out: letterheads, a row's first cell, a unit or department after the name, a
category noun before it, lists, fax covers, address and phone lines (deidfix62; issue 13).

Why: the blind families' check FACILITY (charts .81) and HOSPITAL (periop .78) recall sit far under their tuning parts,
while `facility_variation` (prose, labelled cells, a few headers) already reads 0.98 / 0.96: the names it writes are
found, so the forms' misses come from the places a form puts a facility, which that probe does not write. This probe
writes, from general knowledge of US chart paperwork rather than from any form, those places: letterhead blocks and
report headers, footers and fax covers, a facility in a row's first cell or after a date in a tab row, a unit or
department written after the name ("X ICU", "X Emergency Department"), a category noun before it ("sister hospital X",
"the outside hospital, X,"), lists and slash pairs of facilities, a facility after a physician in parentheses, with
an address or phone after it, labels of many shapes ("Hosp:", "Performing lab -", "Loc"). The names come from a
grammar over broad vocabularies in three classes: hospitals (`facility_variation`'s grammar), practices and labs
named by a specialty ("X Hematology & Oncology", "X Imaging"), residences (senior living, "X Manor", "X Village"), and
a fourth, `periop`, hospitals and surgery centres in the operating room's paperwork (layouts of its own).
Each line is set into a real MTSamples note and read by the whole engine (`variation_score`); recall is any overlap
of the facility.

Two disjoint halves: SEEN (even layouts, even head nouns, the stems `facility_variation` gives its seen half: misses
may be printed with --errors) and HELD (odd layouts and heads, the held stems: misses never printed), so the held score
says whether a fix made from the seen half reads a layout rather than a list. REFUSAL lines put departments, services
and kinds of place with no name in the same layouts (no date, phone or person either) and count the lines where
anything was marked. Written before its first run; nothing is copied from a benchmark form or note.

    python -m benchmarks.quality.facility_layouts [--n 120] [--seed 62] [--classes ...] [--errors N] [--json F]
"""

from __future__ import annotations

import random

from benchmarks.quality import facility_variation as fv
from benchmarks.quality.variation_score import (
    HALF_NAMES,
    cased,
    fill_slots,
    halved_cases,
    halved_main,
    refusal_lines,
    split_halves,
)
from cancerprep.sample import planted

CLASSES = ("hospital", "practice", "residence", "periop")

# head nouns of the practice and residence classes; a head belongs to the half its index parity names
PRACTICE_HEADS = ("Hematology & Oncology", "Imaging", "Laboratories", "Pathology Associates", "Radiology",
                  "Cardiology Associates", "Surgical Associates", "Diagnostic Lab", "Oncology Associates",
                  "Family Medicine", "Dermatology", "Orthopedics", "Medical Associates", "Internal Medicine",
                  "Urology Group", "Gastroenterology", "Breast Center", "Sleep Center", "Women's Health",
                  "Endoscopy Center")
RESIDENCE_HEADS = ("Manor", "Village", "Gardens", "Terrace", "Estates", "Commons", "Place", "Care Center",
                   "Senior Living", "Health and Rehab", "Retirement Community", "Towers", "Home", "Lodge",
                   "Nursing Home", "Healthcare Center")

# layouts: (name, template); {X} the gold facility, {Y} another facility, {D} a date, {N} a surname, {S} a street
# line, {C} a city, {P} a phone, {U} a unit after the name, {T} a department; even places SEEN, odd places HELD
LAYOUTS: tuple[tuple[str, str], ...] = (
    ("letterhead_block", "{X}\n{S}\n{C}"),
    ("letterhead_dept", "{X}\nDepartment of {T}"),
    ("report_header", "{X} -- Operative Report"),
    ("header_caps_pipe", "{X} | {T} | Page 1 of 3"),
    ("footer_printed", "Printed from {X} on {D}, page 2"),
    ("fax_cover", "FAX FROM: {X}   TO: Medical Records"),
    ("row_first_cell", "{X} | path slides | {D} | 4 blocks"),
    ("tab_row_after_date", "{D}\t{X}\tCT abdomen/pelvis\tno acute findings"),
    ("unit_after_label", "Accepting facility: {X} {U}"),
    ("unit_after_prose", "Transferred to {X} {U} overnight"),
    ("dept_after", "Seen in the {X} Emergency Department on {D}"),
    ("noun_before_sister", "Sister hospital {X} has a bed available"),
    ("noun_before_comma", "The outside hospital, {X}, called with culture results"),
    ("noun_before_paren", "OSH ({X}) CT showed a 3 cm mass"),
    ("paren_at", "Prior biopsy (at {X}) benign"),
    ("list_semicolon", "Records requested from: {Y}; {X}"),
    ("list_and", "Treated previously at {Y} and {X}"),
    ("slash_pair", "{Y} / {X} records reviewed"),
    ("doctor_paren", "Dr. {N} ({X}) will follow"),
    ("doctor_at_sign", "Accepting: Dr. {N} @ {X}"),
    ("address_after", "{X}, {S}, {C}"),
    ("phone_after", "{X} ph {P}"),
    ("label_hosp", "Hosp: {X}"),
    ("label_perf_lab", "Performing lab - {X}"),
    ("label_loc", "Loc {X}   Bed 12"),
    ("label_site_name", "Site name........ {X}"),
    ("bullet_dash", "- {X}: colonoscopy {D}, two polyps removed"),
    ("date_then_site", "{D} {X}: mammogram BI-RADS 2"),
    ("per_records", "Per {X} records, last echo EF 55%"),
    ("section_heading", "Hospital course at {X}:"),
    ("arrow_route", "{X} >> ED by ALS"),
    ("campus_after", "Location: {X} - Main Campus"),
    ("care_everywhere", "Outside records (Care Everywhere): {X}"),
    ("transfer_center", "Transfer center at {X} contacted, no beds"),
    ("results_from", "{X} Pathology: invasive ductal carcinoma"),
    ("lower_prose", "goes to {X} for her labs every month"),
)
HALVES = split_halves([name for name, _ in LAYOUTS])

# The operating room's paperwork (a fourth class, `periop`, written before its own first run): where a booking, an
# anaesthesia or intraoperative record, a specimen or implant log, blood bank and PACU paperwork put a hospital or a
# surgery centre (`facility_variation`'s grammar, "<Name> Surgery Center" and "<Name> ASC" too). Drawn from its own
# seed (the three classes above keep their lines), split seen/held by layout as above.
PERIOP_LAYOUTS: tuple[tuple[str, str], ...] = (
    ("booked_at", "Case booked at {X} for {D}, first start"),
    ("procedure_location", "Procedure location: {X} OR 4"),
    ("or_record_header", "{X} Main OR - Intraoperative Record"),
    ("anesthesia_header", "ANESTHESIA RECORD  {X}  Room 7"),
    ("frozen_to", "Frozen section sent to {X} pathology, called back at 1420"),
    ("blood_from", "2 units PRBC from {X} blood bank, crossmatched"),
    ("implant_shipped", "Implant log: loaner tray from {X}, returned after case"),
    ("pat_at", "Pre-admission testing done at {X} on {D}"),
    ("pacu_of", "Post-op: to {X} PACU, then floor"),
    ("transfer_after", "Transferred after PACU to {X} for a monitored bed"),
    ("site_cell", "Surgery site | {X} | OR 3 | 0730"),
    ("facility_tab", "Facility\t{X}\tSurgeon\tDr. {N}"),
    ("scheduled_caps", "SCHEDULED AT {X} WITH DR. {N}"),
    ("prior_surgery", "Prior surgery: lap chole {D} ({X})"),
    ("op_note_footer", "Dictated at {X}, transcribed {D}"),
    ("consent_header", "{X}\nConsent for Surgery or Procedure"),
    ("anesthesia_group", "Anesthesia provided by {X} Anesthesia Associates"),
    ("asc_arrow", "{X} -> home same day, ride by husband"),
)
PERIOP_HALVES = split_halves([name for name, _ in PERIOP_LAYOUTS])
_PERIOP_HEADS = ("Surgery Center", "ASC", "Surgical Hospital", "Outpatient Surgery Center")
_UNITS = ("ICU", "MICU", "4 West", "ED", "CCU", "5N", "Step-down", "PACU")
_DEPTS = ("Pathology", "Radiology", "Medical Oncology", "Surgery", "Cardiology", "Internal Medicine")
_STREETS = ("Main St", "Oak Ave", "Hospital Dr", "Medical Pkwy", "Elm Street", "Route 9", "Park Blvd", "Center Rd")

# refusals: the same layouts holding a department, service or kind of place with no name (no date, phone or person)
REFUSALS: tuple[tuple[str, str], ...] = (
    ("letterhead_dept", "Department of Radiology\nDiagnostic Imaging Services"),
    ("report_header", "Pathology -- Operative Report"),
    ("header_pipe", "Medical Oncology | Infusion Suite | Page 1 of 3"),
    ("fax_cover", "FAX FROM: Outside Hospital   TO: Medical Records"),
    ("row_first_cell", "Outside pathology | slides | 4 blocks"),
    ("unit_after_label", "Accepting facility: ICU"),
    ("unit_after_prose", "Transferred to the MICU overnight"),
    ("noun_before_sister", "Sister hospital has a bed available"),
    ("noun_before_paren", "OSH (outside hospital) CT showed a 3 cm mass"),
    ("paren_at", "Prior biopsy (at the cancer center) benign"),
    ("list_semicolon", "Records requested from: PCP office; outside hospital"),
    ("label_perf_lab", "Performing lab - Main Lab"),
    ("label_loc", "Loc ED hallway   Bed 12"),
    ("per_records", "Per outside records, last echo EF 55%"),
    ("section_heading", "Hospital course at the outside hospital:"),
    ("arrow_route", "Clinic >> ED by ALS"),
    ("campus_after", "Location: Main Campus - Infusion Center"),
    ("results_from", "Surgical Pathology: invasive ductal carcinoma"),
    ("lower_prose", "goes to the lab for her labs every month"),
    ("dept_after", "Seen in the Emergency Department, triaged as ESI 3"),
)


def _heads(pool: tuple[str, ...], half: str) -> tuple[str, ...]:
    return pool[HALF_NAMES.index(half)::2]


def facility(rng: random.Random, cls: str, half: str) -> str:
    """One facility name of class `cls` from `half`'s share of the vocabularies."""
    if cls == "periop" and rng.random() < 0.3:
        return f"{fv.stem(rng, half)[0]} {rng.choice(_heads(_PERIOP_HEADS, half))}"
    if cls in ("hospital", "periop"):
        while True:
            name, feats = fv.facility(rng, half)
            if feats["shape"] not in ("possessive", "the"):
                return name
    base = fv.stem(rng, half)[0]
    if cls == "practice":
        head = rng.choice(_heads(PRACTICE_HEADS, half))
        return f"{base} {head}" if rng.random() < 0.8 else f"{base} {rng.choice(fv.MODIFIERS)} {head}"
    if rng.random() < 0.5:
        base = fv.landscape(rng, half)
    return f"{base} {rng.choice(_heads(RESIDENCE_HEADS, half))}"


def _date(rng: random.Random) -> str:
    m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(2015, 2025)
    return rng.choice((f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}"))


def _fill(rng: random.Random, tmpl: str, cls: str, half: str) -> str:
    cities = planted._us_places()[0]
    slots = {"{Y}": lambda: facility(rng, cls, half), "{D}": lambda: _date(rng),
             "{N}": lambda: planted.make_person(rng).last,
             "{S}": lambda: f"{rng.randint(10, 9999)} {rng.choice(_STREETS)}",
             "{C}": lambda: (lambda c: f"{c[0]}, {c[1]} {rng.randint(10000, 99999)}")(rng.choice(cities)),
             "{P}": lambda: f"({rng.randint(201, 989)}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
             "{U}": lambda: rng.choice(_UNITS), "{T}": lambda: rng.choice(_DEPTS)}
    return fill_slots(tmpl, slots)


def _case(rng: random.Random, s: str) -> str:
    return cased(rng, s, upper=0.25, lower=0.35)


def line(rng: random.Random, cls: str, layout: str, half: str) -> tuple[str, tuple[int, int]]:
    """One rendered line of `layout` holding a facility of class `cls` from `half`'s share, and its gold span."""
    tmpl = dict(LAYOUTS + PERIOP_LAYOUTS)[layout]
    value = facility(rng, cls, half)
    pre, _, post = tmpl.partition("{X}")
    pre, post = _fill(rng, pre, cls, half), _fill(rng, post, cls, half)
    return _case(rng, pre + value + post), (len(pre), len(pre) + len(value))


def cases(n: int, seed: int, classes: tuple[str, ...]) -> list[tuple[dict[str, str], str, tuple[int, int]]]:
    """(features, line, gold span) for `n` lines per class and half (`variation_score.halved_cases`)."""
    out = halved_cases(n, seed, tuple(c for c in classes if c != "periop"), HALVES, line)
    if "periop" in classes:
        out += halved_cases(n, seed + 7, ("periop",), PERIOP_HALVES, line)
    return out


def refusals(n: int, seed: int) -> list[tuple[str, str]]:
    """(name, line) for `n` lines of each refusal shape, cased as the cases are."""
    return refusal_lines(n, seed, REFUSALS, _case)


def main(argv: list[str] | None = None) -> int:
    return halved_main(argv, __doc__, cases, n=120, seed=62, classes=CLASSES, refusals=(refusals, 6))


if __name__ == "__main__":
    raise SystemExit(main())
