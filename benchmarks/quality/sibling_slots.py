"""Staff initials that spell a word or a listed abbreviation, in a signer's slot whose other group is plain initials
(deidfix65; issue 13), seen and held halves.

Why: a census person's initials spell a word or a clinical abbreviation ("AN", "PM", "TD", "CT", "HH") about as
often as they spell nothing, and every position rule refuses such a group by its vocabulary. Where the line repeats
the signer's slot ("given AB / witnessed CD", "RN AB / CNA CD", "0100 AB  0200 CD") or pairs two marks after one
signing cue ("2 RN check - AB, CD", "report given by AB to CD"), the other group's evidence may be lent to it. This
probe measures that on layouts written from general knowledge of ward, theatre and emergency paperwork (MAR double
checks, whiteboards, rounding logs, counts and time-outs, hand-offs, waste witnessing), not from any benchmark form
or note, before its first run.

Classes: "collide" (the gold group is a census person's initials that spell a listed word or abbreviation, drawn
until they do: `initials_class.clinical_abbreviations`, `never_initials` or an everyday word) and "plain" (any census
person's initials); the other signer's group ({Y}) is plain. Two disjoint halves by `variation_score.half_of` of
"layout": SEEN (misses may be printed with --errors) and HELD (never printed). REFUSAL lines of the same shapes hold
no person (routes, orders, roles, lab tests and statuses in the marks' places); the lines where anything was marked
are counted.

    python -m benchmarks.quality.sibling_slots [--n 120] [--seed 65] [--classes collide plain] [--errors N] [--json F]
"""

from __future__ import annotations

import random

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
from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.recognizers.initials_class import clinical_abbreviations, never_initials

CLASSES = ("collide", "plain")

# (layout, template): {X} the gold initials, {Y} another signer's, {C} a clock time, {D} a drug and dose, {T} a
# charted act
LAYOUTS: tuple[tuple[str, str], ...] = (
    ("mar_given_witnessed", "{D} given {X} / witnessed {Y}"),
    ("mar_witness_first", "{D} given {Y} / witnessed {X}"),
    ("mar_hung_verified", "{D} hung {C} {X}, verified {Y}"),
    ("board_rn_cna", "RN {X} / CNA {Y}"),
    ("board_charge", "Charge {Y} / Resource {X}"),
    ("round_times", "Rounds {C} {Y}  {C} {X}  {C} {Y}"),
    ("round_commas", "Safety checks: {C} {X}, {C} {Y}"),
    ("check_dash_pair", "2 RN check - {X}, {Y}"),
    ("check_colon_slash", "Double check: {Y}/{X}"),
    ("cosigned_and", "Co-signed by {X} and {Y}"),
    ("report_by_to", "Report given by {Y} to {X} at {C}"),
    ("count_first_second", "Count: first {X} / second {Y}"),
    ("theatre_scrub_circ", "Scrub {X}  Circ {Y}"),
    ("timeout_roles", "Time-out: Surg {Y} Anes {X}"),
    ("handoff_going_coming", "Off-going {Y} / oncoming {X}"),
    ("waste_colon", "Witnessed waste of {D}: {X}, {Y}"),
    ("verified_colon", "Verified {D} rate: {Y}/{X}"),
    ("reviewed_cosigned", "{T}. Reviewed {X}, cosigned {Y}"),
    ("sitter_times", "Sitter log {C} {X} / {C} {Y}"),
    ("blood_check", "Blood verified by {X} & {Y} at bedside"),
)
KEYED = dict(LAYOUTS)
HALVES = {half: tuple(k for k in KEYED if half_of(k) == half) for half in HALF_NAMES}

# refusal lines: the same shapes with no person in them; nothing in them may be marked
REFUSALS: tuple[tuple[str, str], ...] = (
    ("mar_route_status", "{D} given PO / held NPO"),
    ("fluids_times", "{C} NS  {C} LR"),
    ("roles_aware", "RN aware / MD aware"),
    ("act_objects", "Checked BG, given SSI per protocol"),
    ("mar_hours", "{D}\tPO\t{C} held\t{C} NPO\t{C} held"),
    ("credentials_pair", "Verified by RN and MD at bedside"),
    ("check_words", "2 RN check - dose, rate"),
    ("theatre_roles", "Scrub ST / Circ RN"),
    ("transfer_units", "Transfer from ICU to PACU at {C}"),
    ("reviewed_tests", "Reviewed CT, ordered MRI"),
    ("given_routes", "{D} given IV / PO"),
    ("hours_routes", "{C} IV  {C} PO"),
)

# charted acts and drugs (general words); seen (even) / held (odd) halves by index
_ACTS = ("Turned q2h", "Pt resting quietly", "Dressing changed", "Oral care done", "Pt OOB to chair",
         "Bed alarm on", "Voided 300 mL", "Repositioned")
_DRUGS = ("metoprolol 25 mg PO", "ondansetron 4 mg IV", "heparin 5000 units SQ", "oxycodone 5 mg PO",
          "insulin lispro 4 units SQ", "vancomycin 1 g IV", "hydromorphone 0.5 mg IV", "senna 8.6 mg PO")


def collides(group: str) -> bool:
    """Do the initials spell a listed abbreviation, a group no position makes initials, or an everyday word?"""
    low = group.lower()
    return low in clinical_abbreviations() or never_initials(low) or sl.is_common(low)


def initials(rng: random.Random, half: str, collide: bool = False) -> str:
    """A census person's initials (of `half`'s share of surnames), three letters a fifth of the time; with `collide`,
    drawn until they spell what `collides` reads."""
    while True:
        p = person(rng, half)
        mid = (p.middle or "R")[0] if rng.random() < 0.2 else ""
        value = (p.first[0] + mid + p.last[0]).upper()
        if not collide or collides(value):
            return value


def _fill(rng: random.Random, tmpl: str, half: str) -> str:
    k = HALF_NAMES.index(half)
    slots = {"{C}": lambda: clock(rng), "{Y}": lambda: initials(rng, half), "{D}": lambda: rng.choice(_DRUGS[k::2]),
             "{T}": lambda: rng.choice(_ACTS[k::2])}
    return fill_slots(tmpl, slots)


def _case(rng: random.Random, s: str) -> str:
    """`s` cased by one draw: a quarter in capitals, a twentieth in small letters."""
    return cased(rng, s, upper=0.25, lower=0.3)


def line(rng: random.Random, cls: str, key: str, half: str) -> tuple[str, tuple[int, int]]:
    """One rendered line of layout `key` (words and names from `half`'s share) and its gold span."""
    value = initials(rng, half, collide=cls == "collide")
    pre, _, post = KEYED[key].partition("{X}")
    pre, post = _fill(rng, pre, half), _fill(rng, post, half)
    text = _case(rng, pre + value + post)
    return text, (len(pre), len(pre) + len(value))


def cases(n: int, seed: int, classes: tuple[str, ...]) -> list[tuple[dict[str, str], str, tuple[int, int]]]:
    """(features, line, gold span) for `n` lines per class and half (`variation_score.halved_cases`)."""
    return halved_cases(n, seed, classes, HALVES, line)


def refusals(n: int, seed: int) -> list[tuple[str, str]]:
    """(name, line) for `n` lines of each refusal shape, cased as the cases are."""
    return refusal_lines(n, seed, REFUSALS, lambda rng, tmpl: _case(rng, _fill(rng, tmpl, "seen")))


def main(argv: list[str] | None = None) -> int:
    return halved_main(argv, __doc__, cases, n=120, seed=65, classes=CLASSES, refusals=(refusals, 12))


if __name__ == "__main__":
    raise SystemExit(main())
