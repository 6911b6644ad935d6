"""Staff initials, named units and pagers in the layouts of ward paperwork (deidfix63; issue 13), seen and held halves.

Why: the ward family's check part scores INITIALS, UNIT and PAGER far under its tuning part, and its check misses are
never read. The earlier probes write initials in flowsheet and MAR cells (staff_variation, staff_grid_variation,
signer_variation) and units and pagers in bed-board and sign-out cells (unit_form_variation); this one writes, from
general knowledge of inpatient nursing paperwork rather than from any form, the places ward documents put them that
those probes leave out: handoff sheets (off-going and oncoming nurse, "RN: AB, pt resting"), MAR grids and
medication stamps ("given AB / witnessed CD", a mark and its time "AB@0900", a mark after a check mark), nursing
flowsheet rows closed by the writer's mark with no dash or bracket, whiteboards ("Your nurse today: AB"), rounding
logs ("0100 AB / 0200 AB"), assignment sheets ("AB - rms 701-706"), and pager lists ("Onc fellow pg 4-1234",
"x1234 pager", "Charge RN: AB x5-6789"); units where forms put a unit (an admit field, a transfer's "from ... to
...", a whiteboard's welcome, a handoff sheet's header). Initials are census people's, so they spell words
("AN", "MO", "TD") as often as real staff's do.

Two disjoint halves by `variation_score.half_of` of "class:layout": SEEN (misses may be printed with --errors) and
HELD (never printed), so the held score says whether a fix made from the seen half reads a class rather than a list.
REFUSAL lines of the same layouts hold no person, unit or pager (roles without names, routes and scores in the mark's
place, bare ward codes, clock times and doses); the lines where anything was marked are counted. Written before its
first run; nothing is copied from a benchmark form or note.

    python -m benchmarks.quality.ward_layouts [--n 120] [--seed 63] [--classes initials unit pager] [--errors N]
        [--json F]
"""

from __future__ import annotations

import random

from benchmarks.quality.staff_variation import person
from benchmarks.quality.unit_form_variation import pager, unit
from benchmarks.quality.variation_score import (
    HALF_NAMES,
    cased,
    clock,
    fill_slots,
    half_of,
    halved_cases,
    halved_main,
    refusal_lines,
)
from cancerprep.sample import planted

CLASSES = ("initials", "unit", "pager")

# (class, layout, template): {X} the gold value, {Y} another signer's initials, {F} a staff given name, {N} a staff
# surname, {C} a clock time, {B} a room, {U} a bare ward code, {D} a drug and dose, {T} a charted act, {L} a pager
# label (pager class)
LAYOUTS: tuple[tuple[str, str, str], ...] = (
    # handoff sheets
    ("initials", "handoff_fields", "Off-going RN: {Y}   Oncoming RN: {X}   Time: {C}"),
    ("initials", "handoff_rn_colon", "RN: {X}, pt resting comfortably, no acute events overnight"),
    ("initials", "handoff_to", "Bedside handoff {Y} to {X} @ {C}"),
    ("initials", "handoff_ipass", "I-PASS done {C} ({Y}/{X})"),
    ("initials", "handoff_assumed", "RN {X} assumed care at {C}"),
    ("initials", "handoff_care_by", "Care assumed by {X} RN {C}"),
    # MAR grids and medication stamps
    ("initials", "mar_given_witness", "{D} given {X} / witnessed {Y}"),
    ("initials", "mar_at_time", "{D} {X}@{C}"),
    ("initials", "mar_mark_slash_time", "{D} given {X}/{C}"),
    ("initials", "mar_grid_cells", "{D}\tPO\t0900 {X}\t1300 {Y}\t1700 held"),
    ("initials", "mar_tick", "{D} \u2713 {X}"),
    ("initials", "mar_two_rn", "High alert med: {D}, 2 RN check {X} + {Y}"),
    # nursing flowsheets
    ("initials", "flow_mark_end", "{C} {T}. {X}"),
    ("initials", "flow_double_dash", "{T} --{X}"),
    ("initials", "flow_row_cells", "{C} | {T} | {X}"),
    ("initials", "flow_rounding", "Hourly rounding: {C} {X} / {C} {X} / {C} {Y}"),
    ("initials", "flow_nurse_initials", "{T}; nurse initials {X}"),
    ("initials", "flow_sitter_row", "Sitter log {C}: pt asleep, safe environment ({X})"),
    # whiteboards and assignment sheets
    ("initials", "board_your_nurse", "Your nurse today: {X}   Your tech: {Y}"),
    ("initials", "board_rn_cna", "{X} RN / {Y} CNA"),
    ("initials", "assign_rooms", "Assignment: {X} - rms {B}-{B}; {Y} - rms {B}-{B}"),
    ("initials", "assign_charge", "Charge: {X}   Resource: {Y}   Clerk: {F}"),
    # units where ward forms put a unit
    ("unit", "admit_field", "Admitted to: {X}    Attending: Dr. {N}"),
    ("unit", "transfer_from_to", "Transfer from {U} to {X} at {C}"),
    ("unit", "welcome_board", "Welcome to {X}! Your room: {B}"),
    ("unit", "handoff_header", "{X} - Night Shift Handoff - {C}"),
    ("unit", "boarding", "Pt boarding in ED pending bed on {X}"),
    ("unit", "floor_field", "Floor: {X}   Room: {B}   Isolation: none"),
    ("unit", "float_to", "Floated to {X} for the shift"),
    ("unit", "unit_phone", "{X} nurses station 4-{B}00"),
    ("unit", "assign_header", "ASSIGNMENT SHEET {X} {C}"),
    ("unit", "bed_request", "Bed request placed for {X}, tele required"),
    ("unit", "mar_location", "Location: {X} / Rm {B}"),
    ("unit", "arrived_on", "Arrived on {X} via stretcher with transport"),
    # pager lists and pages
    ("pager", "list_role_pg", "Onc fellow {L} {X}"),
    ("pager", "list_bar", "Intern | {N} | {L} {X}"),
    ("pager", "number_then_label", "Dr. {N} {X} {L}"),
    ("pager", "charge_rn", "Charge RN: {F} {L} {X}"),
    ("pager", "paren_label", "Covering: Dr. {N} ({L} {X})"),
    ("pager", "at_label", "Call {N} @ {L} {X}"),
    ("pager", "page_me", "page me at {X} if any change"),
    ("pager", "board_row", "Rm {B}  RN {F}  {L} {X}"),
    ("pager", "team_colon", "Team Onc B: {L} {X}"),
    ("pager", "reach_via", "reach the resident via {L} {X}"),
    ("pager", "signout_header", "Night float {N} - {L} {X} - {C} to 0700"),
    ("pager", "vocera_name", "Vocera {F}: {X}"),
)
KEYED = {f"{cls}:{name}": (cls, tmpl) for cls, name, tmpl in LAYOUTS}
HALVES = {half: tuple(k for k in KEYED if half_of(k) == half) for half in HALF_NAMES}

# refusal lines: the same documents with no initials, unit or pager; nothing in them may be marked
REFUSALS: tuple[tuple[str, str], ...] = (
    ("role_fields", "Off-going RN: yes   Oncoming RN: yes   Time: {C}"),
    ("mar_route", "{D} given PO / witnessed"),
    ("mar_held", "{D}\tPO\t0900 held\t1300 NPO\t1700 held"),
    ("flow_score", "{C} {T}. RASS 0"),
    ("flow_abbrev", "{T} --PRN"),
    ("board_roles", "Your nurse today: RN   Your tech: CNA"),
    ("bare_code", "Transfer from {U} to {U} at {C}"),
    ("bare_floor", "Floor: {U}   Room: {B}   Isolation: none"),
    ("paged_time", "Paged MD at {C}, no callback"),
    ("dose_units", "heparin 5000 units SQ q8h, 2 units PRBC"),
    ("board_row", "Rm {B}  RN aware  NPO after MN"),
)

# charted acts and drugs (general words, none from a form); seen (even) / held (odd) halves by index
_ACTS = ("Turned to R side, heels floated", "Pt resting quietly, call light in reach", "IV site patent, no redness",
         "Oral care done", "Pt OOB to chair", "Bed alarm on, fall socks on", "Incentive spirometer x10",
         "Voided 250 mL", "Repositioned for comfort", "Dressing clean dry intact")
_DRUGS = ("metoprolol 25 mg PO", "ondansetron 4 mg IV", "heparin 5000 units SQ", "oxycodone 5 mg PO",
          "pantoprazole 40 mg IV", "insulin glargine 10 units SQ", "vancomycin 1 g IV", "senna 8.6 mg PO")
_CODES = ("7 West", "5N", "MICU", "4E", "SICU", "6 North", "PACU", "3S", "CCU", "8W")
# pager labels of this probe, dealt into the halves by `half_of`
PAGER_LABELS = {half: tuple(w for w in ("pg", "pgr", "pager", "pgr#", "p", "x", "ext", "beeper", "bpr", "page",
                                        "Vocera", "Spectra", "cell", "pg#", "long-range pgr")
                            if half_of(w) == half) for half in HALF_NAMES}


def initials(rng: random.Random, half: str) -> str:
    """A census person's initials (of `half`'s share of surnames), two letters mostly, three with a middle initial."""
    p: planted.Person = person(rng, half)
    mid = (p.middle or "R")[0] if rng.random() < 0.2 else ""
    return (p.first[0] + mid + p.last[0]).upper()


def _fill(rng: random.Random, tmpl: str, half: str) -> str:
    k = HALF_NAMES.index(half)
    slots = {"{C}": lambda: clock(rng), "{Y}": lambda: initials(rng, half), "{F}": lambda: person(rng, half).first,
             "{N}": lambda: person(rng, half).last, "{B}": lambda: str(rng.randint(701, 740)),
             "{U}": lambda: rng.choice(_CODES), "{D}": lambda: rng.choice(_DRUGS[k::2]),
             "{T}": lambda: rng.choice(_ACTS[k::2])}
    return fill_slots(tmpl, slots)


def _case(rng: random.Random, s: str) -> str:
    """`s` cased by one draw: a quarter in capitals, a tenth in small letters."""
    return cased(rng, s, upper=0.25, lower=0.35)


def line(rng: random.Random, cls: str, key: str, half: str) -> tuple[str, tuple[int, int]]:
    """One rendered line of layout `key` (words and names from `half`'s share) and its gold span."""
    _, tmpl = KEYED[key]
    if cls == "initials":
        value = initials(rng, half)
    elif cls == "unit":
        value, _ = unit(rng, half)
    else:
        value, _ = pager(rng)
        tmpl = tmpl.replace("{L}", rng.choice(PAGER_LABELS[half]))
    pre, _, post = tmpl.partition("{X}")
    pre, post = _fill(rng, pre, half), _fill(rng, post, half)
    text = _case(rng, pre + value + post)
    return text, (len(pre), len(pre) + len(value))


def cases(n: int, seed: int, classes: tuple[str, ...]) -> list[tuple[dict[str, str], str, tuple[int, int]]]:
    """(features, line, gold span) for `n` lines per class and half (`variation_score.halved_cases`)."""
    return halved_cases(n, seed, classes, HALVES, line, {k: cls for k, (cls, _) in KEYED.items()})


def refusals(n: int, seed: int) -> list[tuple[str, str]]:
    """(name, line) for `n` lines of each refusal shape, cased as the cases are."""
    return refusal_lines(n, seed, REFUSALS, lambda rng, tmpl: _case(rng, _fill(rng, tmpl, "seen")))


def main(argv: list[str] | None = None) -> int:
    return halved_main(argv, __doc__, cases, n=120, seed=63, classes=CLASSES, refusals=(refusals, 12))


if __name__ == "__main__":
    raise SystemExit(main())
