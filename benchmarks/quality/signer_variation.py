"""Signers' initials in LOG layouts and patients' names in ROW cells (deidfix54; issue 13), seen and held-out halves.

Why: the blind form families' tuning misses (charts, emergency, periop, ward) were mostly of two kinds, not of two
forms: initials signing a log by position (a row of times each followed by a mark, "0000 AB 0015 AB 0030 CD"; a
mark closing a line after a typed dash, "... -- AB") whose letters are also a clinical abbreviation or a short word
("ER", "NS", "AT", "SW"), and a patient written as a sorted pair or after a snake_case key in a table row's cell
("Census<TAB>5N<TAB>514<TAB>Last, First", "patient_name: last, first<TAB>sex: f"). This probe writes both kinds in
many layouts from broad sources (initials of census people, so they collide with abbreviations as often as real
staff's do; census surnames and given names; times drawn afresh), in three cases, each line set into a real MTSamples
note and read by the whole engine (`variation_score`), and scores any-overlap recall per class, half and layout.
It also writes REFUSAL lines of the same shapes that hold no person (a schedule of tests by time, a fluid log, vitals,
a plan closing on a dash, a table of drugs or diagnoses in sorted-pair cells) and counts the lines where anything was
marked: the rules that read the two kinds must not take these.

Layouts come in two disjoint halves: SEEN (misses may be printed with --errors) and HELD (misses never printed:
their score says whether a fix made from the seen half generalises). Written after the first fixes of this helper's
branch (chart_tables' timed rows, dashes, field_cells' row cells), from the tuning misses' kinds; the held half's
layouts, status words and keys were chosen apart from them and never tuned on.

    python -m benchmarks.quality.signer_variation [--n 200] [--seed 54] [--classes ...] [--errors N] [--json F]
"""

from __future__ import annotations

import random

from benchmarks.quality.variation_score import (
    cased,
    clock,
    fill_slots,
    halved_cases,
    halved_main,
    refusal_lines,
    split_halves,
)
from cancerprep.sample import planted


def initials(rng: random.Random) -> str:
    """A census person's initials, two letters mostly, three with a middle initial."""
    p = planted.make_person(rng)
    mid = (p.middle or rng.choice("ABCDEJKLMRST"))[0] if rng.random() < 0.25 else ""
    return (p.first[0] + mid + p.last[0]).upper()


def patient(rng: random.Random) -> str:
    p = planted.make_person(rng)
    m = (p.middle or rng.choice("ABCDEJKLMRST"))[0]
    return rng.choice((f"{p.last}, {p.first}", f"{p.last}, {p.first} {m}", f"{p.last}, {p.first} {m}."))


# status words a log writes between a time and its mark: seen (even) / held (odd) halves by index
_STATUS = ("asleep", "awake", "ok", "calm", "checked", "eating", "resting", "ambulating", "intact", "toileting",
           "given", "watching TV", "safe", "on phone", "quiet", "in chair")
_TASKS = ("Line flushed 10 mL NS", "Pt belongings inventoried", "Callback re: culture results",
          "Dressing changed, site clean", "Bed alarm on, call light in reach", "Report given to oncoming shift",
          "Fall precautions reviewed", "Skin assessment done", "Glucose rechecked 0400, 142",
          "Pt educated on incentive spirometer")
_KEYS = ("patient_name", "Patient Name", "pt_name", "PatientName", "member_name", "resident_name", "pt name",
         "Patient_Name", "name", "client_name")
_UNITS = ("5N", "4W", "MICU", "ED", "3 South", "PACU", "6E", "Tele")

# -- layouts: (class, name, template); {X} the gold value, {Y} another signer, {C} a time, {S} a status word,
# {T} a task, {K} a key, {U} a unit, {A} an age, {B} a bed -------------------------------------------------------
LAYOUTS: tuple[tuple[str, str, str], ...] = (
    ("initials", "row", "Restraint q15: {C} {Y} {C} {Y} {C} {X}"),
    ("initials", "row_first", "Sitter obs: {C} {X} {C} {Y} {C} {Y}"),
    ("initials", "row_status", "Rounds q1h: {C} {S} {Y} {C} {S} {X}"),
    ("initials", "row_status_first", "Hourly rounding {C} {S} {X} {C} {S} {Y} {C} {S} {Y}"),
    ("initials", "row_comma", "Epi 1 mg {C} {Y}, {C} {Y}, amio 300 mg {C} {X}"),
    ("initials", "row_semicolon", "Given {C} {Y}; repeat dose {C} {X}; pain 3/10"),
    ("initials", "row_bar", "Blood: start {C} {Y} | 15-min VS {C} {Y} | end {C} {X}"),
    ("initials", "row_held", "MAR: {C} {Y} {C} {X} {C} held (NPO)"),
    ("initials", "double_dash", "{T} -- {X}"),
    ("initials", "em_dash", "{T} — {X}"),
    ("initials", "dash_pair", "{T} -- {X}/{Y}"),
    ("initials", "double_dash_time", "{T} {C} -- {X}"),
    ("patient", "census_tab", "Census\t{U}\t{B}\t{X}\tObs\tHospitalist"),
    ("patient", "schedule_bar", "OR schedule | {C} | {X} | {A} M | R TKA | OR 4"),
    ("patient", "key_tab", "{K}: {X}\tsex: F\tdob: 03/14/1950"),
    ("patient", "key_bar", "{K} = {X} | room {B} | adm 03/14/2021"),
    ("patient", "sitter_bar", "SITTER ASSIGNMENT | {X} | 1:1 | reason: pulled NG tube"),
    ("patient", "board_gap", "{B}  {X}  {A}F  {U}  NPO after MN"),
    ("patient", "key_gap", "{K}: {X}    MRN on file    Attending: see below"),
    ("patient", "transport_tab", "Transport\t{C}\t{X}\tto CT\twheelchair"),
)
# refusals: lines of the same shapes that hold no person; nothing in them may be marked
REFUSALS: tuple[tuple[str, str], ...] = (
    ("test_schedule", "Schedule {C} CT {C} EEG {C} US"),
    ("fluid_log", "IV: {C} NS {C} LR {C} held"),
    ("vitals", "Vitals {C} HR, BP stable"),
    ("plan_dash", "Recheck lytes in AM -- BMP"),
    ("drug_cells", "Meds | Lisinopril, Amlodipine | daily"),
    ("finding_cells", "Status | Stable, Afebrile | Obs"),
    ("route_key", "route_name: PO, IV\tfreq: BID"),
    ("dx_cells", "Dx\tHTN, DM2\tchronic"),
)
HALVES = split_halves([name for _, name, _ in LAYOUTS])
CLASSES = ("initials", "patient")


def _fill(rng: random.Random, tmpl: str, half: str) -> str:
    k = 0 if half == "seen" else 1
    slots = {"{C}": lambda: clock(rng), "{Y}": lambda: initials(rng), "{S}": lambda: rng.choice(_STATUS[k::2]),
             "{T}": lambda: rng.choice(_TASKS[k::2]), "{K}": lambda: rng.choice(_KEYS[k::2]),
             "{U}": lambda: rng.choice(_UNITS), "{A}": lambda: str(rng.randint(20, 88)),
             "{B}": lambda: str(rng.randint(1, 40))}
    return fill_slots(tmpl, slots)


def line(rng: random.Random, layout: str, half: str) -> tuple[str, tuple[int, int]]:
    """One rendered line of `layout` (status words, tasks and keys from `half`'s share) and its gold span."""
    cls, tmpl = next((c, t) for c, n, t in LAYOUTS if n == layout)
    value = initials(rng) if cls == "initials" else patient(rng)
    pre, _, post = tmpl.partition("{X}")
    pre, post = _fill(rng, pre, half), _fill(rng, post, half)
    text = cased(rng, pre + value + post)
    return text, (len(pre), len(pre) + len(value))


def cases(n: int, seed: int, classes: tuple[str, ...]) -> list[tuple[dict[str, str], str, tuple[int, int]]]:
    """(features, line, gold span) for `n` lines per class and half (`variation_score.halved_cases`)."""
    return halved_cases(n, seed, classes, HALVES, lambda rng, _, layout, half: line(rng, layout, half),
                        {name: cls for cls, name, _ in LAYOUTS})


def refusals(n: int, seed: int) -> list[tuple[str, str]]:
    """(name, line) for `n` lines of each refusal shape, cased as the cases are."""
    return refusal_lines(n, seed, REFUSALS, lambda rng, tmpl: cased(rng, _fill(rng, tmpl, "seen")))


def main(argv: list[str] | None = None) -> int:
    return halved_main(argv, __doc__, cases, n=200, seed=54, classes=CLASSES, refusals=(refusals, 25))


if __name__ == "__main__":
    raise SystemExit(main())
