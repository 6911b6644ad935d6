"""Staff and patients as flowsheets, MARs, tracking boards, OR records and handoffs write them (deidfix55; issue 13).

Why: the blind families' check parts (charts, emergency, periop, ward) stay 3-8 points under their tuning parts, most
of it INITIALS, after the tuning forms' own kinds were fixed (signer_variation). Their check misses are never read, so
this probe writes, from general knowledge of unit paperwork rather than from any form, the places such documents put
a person that the earlier generators do not: initials after a role on a whiteboard ("RN AB / CNA CD"), in brackets
or parentheses closing a charted line, as a co-signer or witness, in a pipe or tab cell of a MAR row, before a
credential ("AB RN"), on lines of capitals; staff surnames before credentials in team lists ("SMITH RN, JONES MD"),
"Last, F. RN", a name after a time ("0800 J. Smith"), upper-case signature blocks and co-signers; patients named by
bed or room ("bed 4 - Garcia"), in census rows and tracking boards. Each line is set into a real MTSamples note and
read by the whole engine (`variation_score`); recall is any-overlap, per class, half and layout.

Layouts, status words and the census names themselves come in two disjoint halves: SEEN (misses may be printed with
--errors) and HELD (never printed; names whose surname hashes odd), so the held score says whether a fix made from the
seen half is a class rather than a list. REFUSAL lines of the same shapes hold no person (roles without names, drugs,
abbreviations and units in the same cells) and count the lines where anything was marked. Written before its first
run; nothing is copied from a benchmark form or note. A fifth class, `sheets` (deidfix56, also written before its
first run), puts the mark in the grids unit paperwork prints: MAR grids, vital-sign flowsheets, OR count sheets, ED
tracking boards, handoff checklists and co-sign stamps, four layouts each, two seen and two held.

    python -m benchmarks.quality.staff_variation [--n 160] [--seed 55] [--classes ...] [--errors N] [--json F]
"""

from __future__ import annotations

import random
import zlib

from benchmarks.quality.variation_score import (
    HALF_NAMES,
    cased,
    clock,
    fill_slots,
    halved_cases,
    halved_main,
    refusal_lines,
    split_halves,
)
from cancerprep.sample import planted

CLASSES = ("initials", "staff", "patient", "rows", "sheets")


def person(rng: random.Random, half: str) -> planted.Person:
    """A census person whose surname falls in `half`'s share of the census (by a hash of the surname)."""
    k = HALF_NAMES.index(half)
    while True:
        p = planted.make_person(rng)
        if zlib.crc32(p.last.lower().encode()) % 2 == k:
            return p


def _initials(p: planted.Person, rng: random.Random) -> str:
    mid = (p.middle or "R")[0] if rng.random() < 0.2 else ""
    return (p.first[0] + mid + p.last[0]).upper()


def _full(p: planted.Person) -> str:
    return f"{p.first} {p.last}"


# shape of the gold value: how a person is written in that slot
SHAPES = {
    "ini": _initials,
    "last": lambda p, rng: p.last,
    "first": lambda p, rng: p.first,
    "f_last": lambda p, rng: f"{p.first[0]}. {p.last}",
    "last_f": lambda p, rng: f"{p.last}, {p.first[0]}.",
    "first_last": lambda p, rng: f"{p.first} {p.last}",
    "last_first": lambda p, rng: f"{p.last}, {p.first}",
}


# charted acts a line may hold before its mark: seen (even) / held (odd) halves by index
_ACTS = ("Turned to L side, heels floated", "Pain reassessed 2/10 after PO med", "Call light in reach, bed low",
         "Foley care done", "IV site WNL, flushed", "Pt up to chair x 30 min", "Oral care given",
         "Family updated at bedside", "Dressing dry and intact", "Tolerating clears", "Incentive spirometer x10",
         "Ambulated 100 ft with walker")
_DRUGS = ("acetaminophen 650 mg PO", "morphine 2 mg IV", "heparin 5000 units SQ", "ondansetron 4 mg IV",
          "metoprolol 25 mg PO", "insulin lispro 3 units SQ", "cefazolin 2 g IV", "docusate 100 mg PO")
_DX = ("CHF exac", "PNA", "COPD", "cellulitis", "s/p lap chole", "DKA", "syncope", "GI bleed")
_UNITS = ("5N", "4W", "MICU", "ED", "PACU", "6E", "Tele", "3S")

# layouts: (class, name, gold shape, template); {X} the gold, {Y} another signer's initials, {N} another staff
# surname, {P} another staff member's given name and surname, {C} a time, {B} a bed, {T} an act, {D} a drug, {Z} a
# diagnosis, {U} a unit, {A} an age
LAYOUTS: tuple[tuple[str, str, str, str], ...] = (
    ("initials", "role_slash", "ini", "Whiteboard: RN {X} / CNA {Y}"),
    ("initials", "role_fields", "ini", "PRIMARY RN: {X}   CHARGE: {Y}   TECH: {Y}"),
    ("initials", "paren_end", "ini", "{T} ({X})"),
    ("initials", "bracket_end", "ini", "{T} [{X}]"),
    ("initials", "cosigned", "ini", "{D} given {C} {Y}, cosigned {X}"),
    ("initials", "verified_pair", "ini", "Heparin drip rate verified {C}: {X}/{Y}"),
    ("initials", "init_field", "ini", "Init: {X}  Time: {C}  Site: L deltoid"),
    ("initials", "time_dash_mark", "ini", "{C} - {X} - {T}"),
    ("initials", "mark_then_time", "ini", "{X} {C} {T}"),
    ("initials", "mar_pipe", "ini", "{C} | {D} | given | {X}"),
    ("initials", "mar_tab", "ini", "{C}\t{D}\t{X}\tpain 7 -> 3"),
    ("initials", "per_mark", "ini", "Order clarified per {X}, pharmacy notified"),
    ("initials", "witness", "ini", "Waste 2 mg hydromorphone {C}, witness {X}"),
    ("initials", "handoff_arrow", "ini", "Report {Y} -> {X} at {C}"),
    ("initials", "entered_by", "ini", "ENTERED BY: {X}  {C}"),
    ("initials", "mark_credential", "ini", "{T}. {X} RN"),
    ("initials", "ampersand", "ini", "Count correct x2 {X} & {Y}"),
    ("initials", "tilde_end", "ini", "{T} ~{X}"),
    ("initials", "assign_bed", "ini", "Assignments: {B}-{B} {X}, {B}-{B} {Y}"),
    ("initials", "dual_sign", "ini", "2 RN check {D}: {X} / {Y} {C}"),
    ("staff", "team_cred", "last", "TEAM: {X} RN, {N} MD, {N} RT"),
    ("staff", "charge_last_f", "last_f", "Charge: {X} RN"),
    ("staff", "time_name", "f_last", "{C} {X} at bedside, updated on plan"),
    ("staff", "sig_caps", "first_last", "ELECTRONICALLY SIGNED BY {X}, RN ON 03/14 AT {C}"),
    ("staff", "cosigner", "last_first", "Cosigner: {X}, MD  {C}"),
    ("staff", "pipe_role", "last", "RT | {X} | neb given {C}"),
    ("staff", "tab_role", "first_last", "Primary RN\t{X}\text 4412"),
    ("staff", "slash_roles", "first", "RN/CNA: {X}/{N}"),
    ("staff", "sitter_dash", "first_last", "Sitter - {X} (tech) {C}-{C}"),
    ("staff", "report_to", "last", "Report called to {X} RN on {U}"),
    ("staff", "assign_first", "first", "{B}-{B}: {X}"),
    ("staff", "credential_first", "last", "RN {X} aware of BP, will recheck"),
    ("staff", "circulator", "last_f", "Circulator {X}  Scrub {N}"),
    ("staff", "relief", "f_last", "Relieved for break by {X} RN {C}-{C}"),
    ("patient", "bed_dash", "last", "bed {B} - {X} - NPO after MN"),
    ("patient", "room_colon", "last", "Rm {B}: {X}, high fall risk"),
    ("patient", "board_row", "last_f", "{U} {B} {X} {A}F {Z}"),
    ("patient", "census_pipe", "last_first", "{B} | {X} | {A} | {Z} | full code"),
    ("patient", "time_pt", "last", "{C} {X} to MRI via stretcher"),
    ("patient", "census_tab", "last", "{B}\t{X}\tDNR\tiso: contact"),
    ("patient", "pt_in_bed", "last", "{X} in {B} needs a new IV"),
    ("patient", "pt_sorted", "last_f", "Pt: {X}  {A} y/o  {Z}"),
    ("patient", "or_case", "last", "OR {B}  {C}  {X}  lap appy  Dr. {N}"),
    ("patient", "triage_caps", "first_last", "TRIAGE {C} {X} {A}M CHEST PAIN ESI 2"),
    # rows: a series of marks on one line (added after the first run, before its own first run; {X} scored)
    ("rows", "checks_series", "ini", "q15 checks: {X} {Y} {Y} {Y} {Y}"),
    ("rows", "init_tab_row", "ini", "Init\t{X}\t{Y}\t{Y}\t{Y}"),
    ("rows", "grid_row", "ini", "| {X} | {Y} | {Y} | {Y} |"),
    ("rows", "checked_list", "ini", "Checked by: {X}, {Y}, {Y}"),
    ("rows", "legend", "ini", "Initials key: {X} = {P} RN; {Y} = {P} LPN"),
    ("rows", "slash_series", "ini", "Count correct {X}/{Y}/{Y} (3 RN)"),
    ("rows", "mark_time_series", "ini", "{X} {C}, {Y} {C}, {Y} {C}"),
    ("rows", "legend_dash", "ini", "Signature legend - {X}: {P}, RN"),
    ("rows", "date_series", "ini", "3/4 {X}  3/5 {Y}  3/6 {Y}"),
    ("rows", "hourly_series", "ini", "Hourly: {X} {Y} {Y} {Y} {Y} {Y}"),
    # sheets (deidfix56, written before its first run): a mark in the grids unit paperwork prints, four layouts per
    # document (MAR grid, vital-sign flowsheet, OR count sheet, ED tracking board, handoff checklist, co-sign
    # stamp), alternating seen / held by index as above; some hold the mark on a row under a header line
    ("sheets", "mar_cols", "ini", "Scheduled\t0900\t1300\t1700\n{D}\t{X}\t{Y}\theld"),
    ("sheets", "mar_header_row", "ini", "Date/Time | Med | Dose | Route | Init\n03/14 {C} | {D} | {X}"),
    ("sheets", "mar_prn_effect", "ini", "PRN {D} {C} eff: yes {X}"),
    ("sheets", "mar_refused", "ini", "{D} {C} REFUSED, MD notified {X}"),
    ("sheets", "vs_cols", "ini", "Time  BP  HR  RR  SpO2  Init\n{C}  128/76  88  18  96%  {X}"),
    ("sheets", "vs_pipe", "ini", "{C} | T 37.1 | P 92 | BP 134/80 | {X}"),
    ("sheets", "io_row", "ini", "I&O {C}: PO 240 / UO 350 {X}"),
    ("sheets", "glucose_row", "ini", "FSBG {C} 182 -> 4 units lispro {X}"),
    ("sheets", "count_cols", "ini", "Count\tInitial\tRelief\tFinal\nSponges\t10/{X}\t10/{Y}\t10/{Y}"),
    ("sheets", "count_roles", "ini", "Sharps count correct at closing: {X} (circ) {Y} (scrub)"),
    ("sheets", "count_caps", "ini", "INSTRUMENT COUNT {C} CORRECT {X}/{Y}"),
    ("sheets", "implant_log", "ini", "Implant lot 4471 opened {C} by {X}"),
    ("sheets", "board_cells", "ini", "Rm {B} | {A}F | abd pain | {X} | {Y} | lab pending"),
    ("sheets", "board_gap", "ini", "T{B}   chest pain   ESI 2   RN: {X}   eval {C}"),
    ("sheets", "board_caps", "ini", "HALL {B}  SOB  {X}  WAITING BED"),
    ("sheets", "board_dispo", "ini", "{C} dispo admit, bed requested {X}"),
    ("sheets", "handoff_boxes", "ini", "[x] Lines/drains  [x] Allergies  Off: {X}  On: {Y}"),
    ("sheets", "sbar_arrow", "ini", "SBAR given {C} {Y}>{X}"),
    ("sheets", "checklist_tick", "ini", "Skin check done \u2713 {X}"),
    ("sheets", "bedside_report", "ini", "Bedside shift report done w/ {X} and pt"),
    ("sheets", "cosign_stamp", "ini", "Co-signed {X} {C} 03/14"),
    ("sheets", "verify_stamp", "ini", "** verified {X} {C} **"),
    ("sheets", "second_verifier", "ini", "Insulin drip rate 2nd check {X} {C}"),
    ("sheets", "agree_stamp", "ini", "Reviewed and agree ({X} {C})"),
)
# refusals: lines of the same shapes that hold no person; nothing in them may be marked
REFUSALS: tuple[tuple[str, str], ...] = (
    ("role_only", "Whiteboard: RN aware / MD aware"),
    ("paren_abbrev", "{T} (PRN)"),
    ("bracket_abbrev", "{T} [NPO]"),
    ("mar_route", "{C} | {D} | given | PO"),
    ("team_roles", "TEAM: ICU RN, CCU MD, RT"),
    ("bed_status", "bed {B} - clean - ready for admit"),
    ("room_iso", "Rm {B}: isolation, contact precautions"),
    ("time_test", "{C} CT to MRI via stretcher"),
    ("assign_unit", "{B}-{B}: float"),
    ("pipe_rt", "RT | neb | given {C}"),
    ("vs_no_mark", "Time  BP  HR  RR  SpO2\n{C}  128/76  88  18  96%"),
    ("count_no_mark", "Count\tInitial\tFinal\nSponges\t10\t10"),
    ("board_no_mark", "Rm {B} | {A}F | abd pain | ESI 3 | CT | lab pending"),
    ("glucose_route", "FSBG {C} 182 -> 4 units SQ"),
    ("stamp_no_mark", "Co-signed orders {C}"),
)
HALVES = split_halves([name for _, name, _, _ in LAYOUTS])


def _case(rng: random.Random, s: str) -> str:
    """`s` cased by one draw, on this probe's own bars (0.25 / 0.35, as first run: the seeds keep their lines)."""
    return cased(rng, s, upper=0.25, lower=0.35)


def _fill(rng: random.Random, tmpl: str, half: str) -> str:
    k = HALF_NAMES.index(half)
    slots = {"{C}": lambda: clock(rng), "{Y}": lambda: _initials(person(rng, half), rng),
             "{N}": lambda: person(rng, half).last, "{P}": lambda: _full(person(rng, half)),
             "{T}": lambda: rng.choice(_ACTS[k::2]),
             "{D}": lambda: rng.choice(_DRUGS[k::2]), "{Z}": lambda: rng.choice(_DX[k::2]),
             "{U}": lambda: rng.choice(_UNITS), "{A}": lambda: str(rng.randint(20, 88)),
             "{B}": lambda: str(rng.randint(1, 40))}
    return fill_slots(tmpl, slots)


def line(rng: random.Random, layout: str, half: str) -> tuple[str, tuple[int, int]]:
    """One rendered line of `layout` (words and names from `half`'s share) and its gold span."""
    shape, tmpl = next((s, t) for _, n, s, t in LAYOUTS if n == layout)
    value = SHAPES[shape](person(rng, half), rng)
    pre, _, post = tmpl.partition("{X}")
    pre, post = _fill(rng, pre, half), _fill(rng, post, half)
    text = _case(rng, pre + value + post)
    return text, (len(pre), len(pre) + len(value))


def cases(n: int, seed: int, classes: tuple[str, ...]) -> list[tuple[dict[str, str], str, tuple[int, int]]]:
    """(features, line, gold span) for `n` lines per class and half (`variation_score.halved_cases`)."""
    return halved_cases(n, seed, classes, HALVES, lambda rng, _, layout, half: line(rng, layout, half),
                        {name: cls for cls, name, _, _ in LAYOUTS})


def refusals(n: int, seed: int) -> list[tuple[str, str]]:
    """(name, line) for `n` lines of each refusal shape, cased as the cases are."""
    return refusal_lines(n, seed, REFUSALS, lambda rng, tmpl: _case(rng, _fill(rng, tmpl, "seen")))


def main(argv: list[str] | None = None) -> int:
    return halved_main(argv, __doc__, cases, n=160, seed=55, classes=CLASSES, refusals=(refusals, 20))


if __name__ == "__main__":
    raise SystemExit(main())
