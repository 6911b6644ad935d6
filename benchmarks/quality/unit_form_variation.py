"""Named units and pagers as ward forms, bed boards and handoffs write them, with a held-out half (deidfix60; issue 13).

Why: the ward family's check UNIT (0.78) and PAGER (0.83) and the periop family's HOSPITAL stay under their tuning
parts (near 1.0), and the earlier probes (`unit_variation`: units and pagers in prose frames; `layout_variation`:
after field labels in 20 layouts) vary the words or the label's punctuation, not the documents a unit or a pager is
written in. This probe writes, from general knowledge of inpatient paperwork rather than from any form, two classes:

* **unit**: a hospital unit or building named for a donor or a place (the policy leaves bare ward codes: "7 West",
  "5N", "MICU"), by a grammar: a stem (a census surname, a US city or place word, a world_held_out surname:
  `facility_variation.stem`) with a floor and wing ("<S> 7 West", "<S> 7W"), a building and floor ("<S> Building,
  4th floor", "<S> Tower 9 East", "Floor 5, <S> Pavilion"), a named pavilion or wing ("the <S> Family Pavilion"),
  or an intensive-care or step-down acronym after the site's name ("<S> CVICU", "<S> Step-Down"), in prose, field
  cells, bar and tab table cells, headers and bed-board rows, as written, in capitals and in small letters;
* **pager**: pager, beeper, Vocera and in-house extension numbers in the shapes forms print them ("p1234",
  "x4-5678", "#45821", "4-5678", "45821") after the labels and in the cells the forms use ("pgr #", "bpr", "ext.",
  "Vocera", a "Pager" column), in prose, cells, headers and bed boards.

Two disjoint halves: SEEN and HELD. Layouts fall in a half by the crc32 of their name; the stems (by their crc32,
and world_held_out surnames in the held half only), the unit heads and the pager labels are split in the same way,
so the held score says whether a fix made from the seen half reads a class rather than a list. Misses may be printed
for the SEEN half only (--errors). REFUSAL lines in the same layouts hold no unit or pager: bare ward codes, clinical
units and counts ("5 units PRBC", "ICU course"), lab reference ranges, doses, room temperature, "x 3 days",
p-values, page counts; the lines where anything was marked are counted. Written before its first run; nothing is
copied from a benchmark form or note.

    python -m benchmarks.quality.unit_form_variation [--n 120] [--seed 60] [--classes unit pager] [--errors N]
        [--json F]
"""

from __future__ import annotations

import random

from benchmarks.quality.facility_variation import stem
from benchmarks.quality.staff_variation import person
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

CLASSES = ("unit", "pager")




def split(pool: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """`pool` dealt into the halves by `half_of`."""
    return {half: tuple(w for w in pool if half_of(w) == half) for half in HALF_NAMES}


WINGS = ("West", "East", "North", "South", "W", "E", "N", "S")
# building heads and care acronyms a named unit ends with (split into the halves by their crc32)
BUILDING_HEADS = split(("Pavilion", "Tower", "Wing", "Building", "Bldg", "Hall", "Center", "Annex", "Institute",
                        "Plaza", "House", "Clinic Building", "Heart Pavilion", "Cancer Pavilion", "Women's Pavilion",
                        "Children's Tower", "Family Pavilion", "Surgical Tower"))
CARE_ACRONYMS = split(("ICU", "CVICU", "MICU", "SICU", "CCU", "Step-Down", "Stepdown", "PCU", "IMCU", "Neuro ICU",
                       "Burn Unit", "BMT Unit", "Transplant Unit", "Cardiac ICU", "Observation Unit", "Tele"))
UNIT_SHAPES = ("num_dir", "num_dir", "building_floor", "building_floor", "pavilion", "pavilion", "care_site",
               "care_site")


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def unit(rng: random.Random, half: str) -> tuple[str, str]:
    """A named unit of `half` and its shape."""
    shape = rng.choice(UNIT_SHAPES)
    s, _ = stem(rng, half)
    n = rng.randint(2, 12)
    if shape == "num_dir":
        w = rng.choice(WINGS)
        return rng.choice((f"{s} {n} {w}" if len(w) > 1 else f"{s} {n}{w}", f"{s} {n}-{w}", f"{s} {n}")), shape
    head = rng.choice(BUILDING_HEADS[half])
    if shape == "building_floor":
        return rng.choice((f"{s} {head}, {_ordinal(n)} floor", f"{s} {head} {n} {rng.choice(WINGS[:4])}",
                           f"{s} {head} {n}", f"{s} {head}, level {n}")), shape
    if shape == "pavilion":
        family = "" if "Family" in head else "Family "
        return rng.choice((f"the {s} {head}", f"{s} {head}", f"{s} {family}{head}")), shape
    care = rng.choice(CARE_ACRONYMS[half])
    return rng.choice((f"{s} {care}", f"{s}-{care}", f"{s} {n} {care}")), shape


# pager labels (split by crc32) and number shapes (all in both halves)
PAGER_LABELS = split(("pgr #", "pgr", "pager", "Pager #", "bpr", "beeper", "Vocera", "ext.", "ext", "x", "pg",
                      "page", "Pgr:", "beeper no.", "in-house pgr", "long range pgr", "c/b", "pager ID"))
PAGER_SHAPES = ("{4}", "{5}", "p{4}", "x{1}-{4}", "#{5}", "{1}-{4}", "{5}", "p{5}")


def pager(rng: random.Random) -> tuple[str, str]:
    """A pager or extension number and its shape."""
    shape = rng.choice(PAGER_SHAPES)
    value = shape.replace("{1}", str(rng.randint(1, 9))).replace("{4}", str(rng.randint(1000, 9999)))
    return value.replace("{5}", str(rng.randint(10000, 99999))), shape


# (class, layout, template): {X} the gold value, {L} a pager label (pager class), {N} a staff surname, {F} a staff
# given name, {C} a clock time, {B} a bed, {U} a bare ward code, {A} an age, {Z} a diagnosis
LAYOUTS: tuple[tuple[str, str, str], ...] = (
    ("unit", "prose_transfer", "Pt transferred to {X} at {C} in stable condition."),
    ("unit", "prose_accept", "Accepted to {X} under hem/onc, bed {B}."),
    ("unit", "prose_since", "Has been on {X} since admission, tolerating diet."),
    ("unit", "prose_from", "Received from {X} via bed with tele monitor."),
    ("unit", "prose_return", "will return to {X} once extubated"),
    ("unit", "prose_float", "RN floated from {X} to cover {U} tonight."),
    ("unit", "field_unit", "Nursing unit: {X}"),
    ("unit", "field_location", "Current location - {X}, bed {B}"),
    ("unit", "field_dept", "Dept: {X}    Attending: Dr. {N}"),
    ("unit", "field_dest", "Destination unit = {X}"),
    ("unit", "field_sending", "SENDING UNIT: {X}  RECEIVING UNIT: {U}"),
    ("unit", "bar_cells", "{C} | {X} | bed {B} | admit | Dr. {N}"),
    ("unit", "tab_cells", "{B}\t{X}\t{A}F\t{Z}"),
    ("unit", "col_header", "Patient Unit | Bed | Status\n{X} | {B} | pending"),
    ("unit", "tab_header", "Unit\tBed\tRN\n{X}\t{B}\t{F}"),
    ("unit", "header_title", "{X} - Nursing Shift Report"),
    ("unit", "header_eq", "=== {X} Bed Board ==="),
    ("unit", "header_pipe", "{X} | Daily Huddle | {C}"),
    ("unit", "board_row", "BED BOARD {C}: {B} {X} clean / ready"),
    ("unit", "board_request", "bed req {X} -> {U} pending EVS"),
    ("unit", "board_dirty", "{X} {B}A dirty, EVS called {C}"),
    ("unit", "board_census", "Census {X}: 24/28, 2 pending d/c"),
    ("pager", "prose_page", "Please {L} {X} with any questions."),
    ("pager", "prose_reach", "Cross-cover reachable at {L} {X} overnight."),
    ("pager", "prose_paged", "Paged Dr. {N} at {L} {X}, awaiting call back."),
    ("pager", "prose_after", "Resident {N} ({X} {L}) aware of K 5.9."),
    ("pager", "prose_fellow", "onc fellow {L} {X} updated on plan"),
    ("pager", "field_colon", "{L}: {X}"),
    ("pager", "field_dash", "Covering MD - Dr. {N}, {L} {X}"),
    ("pager", "field_multi", "Charge RN: {F}  {L} {X}  Unit: {U}"),
    ("pager", "bar_cells", "Dr. {N} | {L} {X} | {C}-{C}"),
    ("pager", "tab_cells", "{F} {N}\tRN\t{L} {X}"),
    ("pager", "col_header", "Role | Name | Pager\nIntern | {N} | {X}"),
    ("pager", "tab_header", "Team\tPgr\nOnc B\t{X}"),
    ("pager", "header_oncall", "ON CALL {C}-{C}: {N} {L} {X}"),
    ("pager", "header_title", "Night Float Sign-out ({L} {X})"),
    ("pager", "board_row", "BED {B}  RN {F}  {L} {X}"),
    ("pager", "board_team", "{B}: {Z} / team Onc A / {L} {X}"),
    ("pager", "board_cell", "{U} {B} | {F} | {X}"),
)
# layout names repeat across classes ("bar_cells"): the halves hold "class:layout" keys
KEYED = {f"{cls}:{name}": (cls, tmpl) for cls, name, tmpl in LAYOUTS}
HALVES = {half: tuple(k for k in KEYED if half_of(k) == half) for half in HALF_NAMES}

# refusal lines: the same documents with no unit or pager; nothing in them may be marked
REFUSALS: tuple[tuple[str, str], ...] = (
    ("bare_code", "Pt transferred to {U} at {C} in stable condition."),
    ("bare_code_cell", "{C} | {U} | bed {B} | admit"),
    ("bare_header", "{U} - Nursing Shift Report"),
    ("blood_units", "Transfused 5 units PRBC and 2 units FFP on {U}."),
    ("icu_course", "ICU course complicated by delirium; step-down on day 4."),
    ("ref_range", "Na 138 (135-145 mmol/L), K 4.1 (3.5-5.1)"),
    ("ref_range_cells", "WBC | 11.2 | 4.0-11.0 x10^3/uL | H"),
    ("dose", "heparin 5000 units SQ q8h; insulin 4 units with meals"),
    ("room_temp", "Store at room temperature; give at 1400 and 2200."),
    ("duration", "abx x 7 days, then PO x 14 days"),
    ("p_value", "HR 0.72 (95% CI 0.61-0.85), p 0.0004"),
    ("page_count", "Page 2 of 4 | printed {C}"),
    ("paged_time", "Paged MD at {C}, no callback; repaged {C}."),
    ("ext_rotation", "ext rotation 30 deg, flexion 110"),
    ("board_no_unit", "BED BOARD {C}: {B} clean / ready"),
    ("census_count", "Census: 24/28, 2 pending d/c"),
    ("pager_no_number", "Pager: see Amion | Vocera: charge RN"),
)

# what fills the other slots (general words, none from a form)
_DX = ("neutropenic fever", "SBO", "PNA", "AKI", "s/p Whipple", "CHF", "hyperkalemia", "mucositis")
_CODES = ("7 West", "5N", "MICU", "4E", "SICU", "6 North", "PACU", "Tele", "3S", "CCU")


def _fill(rng: random.Random, tmpl: str, half: str) -> str:
    slots = {"{C}": lambda: clock(rng), "{N}": lambda: person(rng, half).last,
             "{F}": lambda: person(rng, half).first, "{B}": lambda: str(rng.randint(1, 40)),
             "{U}": lambda: rng.choice(_CODES), "{A}": lambda: str(rng.randint(20, 88)),
             "{Z}": lambda: rng.choice(_DX)}
    return fill_slots(tmpl, slots)


def _case(rng: random.Random, s: str) -> str:
    """`s` cased by one draw: a third in capitals, a sixth in small letters."""
    return cased(rng, s, upper=1 / 3, lower=0.5)


def line(rng: random.Random, cls: str, key: str, half: str) -> tuple[str, tuple[int, int]]:
    """One rendered line of layout `key` (words from `half`'s share) and its gold span."""
    _, tmpl = KEYED[key]
    if cls == "unit":
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
    return halved_main(argv, __doc__, cases, n=120, seed=60, classes=CLASSES, refusals=(refusals, 12))


if __name__ == "__main__":
    raise SystemExit(main())
