"""Hospitals, care sites and places by a grammar, in every case and shape, with a held-out half (deidfix57; issue 13).

Why: the charts family's check FACILITY recall stayed near 0.81 and PhysioNet's top location loss was hospital and
unit names in small letters or abbreviated, while the planted set's misses were hospitals ending "... Health",
"... Rehabilitation Institute" and cities that are also words. This probe writes facility names from a grammar over
broad vocabularies rather than from any form: a stem (a census surname, a world_held_out surname, a US city the
project ships, a saint, a compass word) x an optional modifier (Memorial, Regional, Community, Children's, General,
VA) x a head noun (Hospital, Medical Center, Health, Health System, Clinic, Rehabilitation Institute, ...), in
shapes (plain, modifier, saint and "St." forms, compass, VA, the acronym of the generated name, a possessive "X's"),
written as written, in capitals or in small letters, and set in prose ("transferred from X", "outside records from
X", "seen at X ED"), form cells and headers. Each line is set into a real MTSamples note and read by the whole engine
(`variation_score`); recall is any overlap of the facility.

Two disjoint halves: SEEN (its head nouns, census surnames and cities of even crc32, the even saints, even frames:
its misses may be printed with --errors) and HELD (other head nouns, world_held_out surnames and the odd census
surnames and cities, odd saints, odd frames: its misses are never printed, its figure says whether a fix made from
the seen half generalises). REFUSAL lines put department and unit words that are no PHI in this corpus (MICU, CCU,
step-down, the floor, Oncology Clinic, Radiation Oncology, ...) in the same frames and count the lines where anything
was marked over the word. Written before its first run; nothing is copied from a benchmark form or note.

A care-site class (deidfix58, `care_cases`): care sites outside a hospital (urgent care, assisted living, rehab,
dialysis, skilled nursing, infusion, surgery centres, hospices) named with a proper-name head, split seen/held by head
noun, from its own seed and host notes (`--care only` runs it alone; the lines above keep their figures).

    python -m benchmarks.quality.facility_variation [--n 300] [--seed 57] [--errors N] [--json F] [--care only]
"""

from __future__ import annotations

import argparse
import json
import random
import zlib
from collections.abc import Callable

from benchmarks.quality.forms_probe import _pool_name
from benchmarks.quality.variation_score import (
    draw_case,
    found_and_marked,
    overlaps,
    print_recall,
    print_seen_misses,
    recall_by_feature,
)
from cancerprep.sample import planted

HALF_KEY = {"seen": 0, "held": 1}
# head nouns, split between the halves (the shared grammar draws one half's heads only)
HEADS = {"seen": ("Hospital", "Health", "Clinic", "Cancer Center", "Pavilion", "Nursing and Rehab",
                  "Medical Group", "Heart Institute"),
         "held": ("Medical Center", "Health System", "Rehabilitation Institute", "Infirmary", "Hospice",
                  "Surgery Center", "Health Center", "Hospital and Clinics")}
MODIFIERS = ("Memorial", "Regional", "Community", "Children's", "General", "University", "Women's")
COMPASS = ("North", "South", "East", "West", "Northwest", "Southeast", "Upper", "Central")
SHAPES = ("plain", "plain", "modifier", "modifier", "saint", "compass", "va", "acronym", "possessive", "the")

# positions a facility takes, (layout, frame); frames alternate between the halves by index
FRAMES: tuple[tuple[str, str], ...] = (
    ("prose", "Transferred from {X} for a higher level of care."),
    ("prose", "Pt was transferred from {X} last night."),
    ("prose", "Outside records from {X} reviewed."),
    ("prose", "outside records from {X} were faxed over"),
    ("prose", "Seen at {X} ED two days ago with fever."),
    ("prose", "was seen at {X} ER on 3/2 and sent home"),
    ("prose", "She receives chemotherapy at {X}."),
    ("prose", "Follows with oncology at {X} every 3 weeks."),
    ("prose", "CT chest done at {X} showed a 2 cm nodule."),
    ("prose", "Biopsy performed at {X} in May; slides requested."),
    ("prose", "Discharged to {X} for rehab."),
    ("prose", "Plan to return to {X} after the procedure."),
    ("cell", "Referring facility: {X}"),
    ("cell", "Outside hospital | {X} | records on file"),
    ("cell", "Facility\t{X}\tFax\t555-0142"),
    ("cell", "Transfer from: {X}    Mode: ALS"),
    ("cell", "Location of biopsy - {X}"),
    ("cell", "Pathology performed by: {X}"),
    ("cell", "Prior treatment site | {X} | 2019-2021"),
    ("cell", "Discharge destination: {X}"),
    ("header", "{X} - Discharge Summary"),
    ("header", "{X}"),
    ("header", "{X} | Department of Oncology"),
    ("header", "=== {X} Radiology Report ==="),
)
FRAME_HALF = {half: tuple(f for i, f in enumerate(FRAMES) if i % 2 == k) for half, k in HALF_KEY.items()}

# department, service and unit words this corpus does not mark; in the same frames, they must stay unmarked
REFUSALS = {"seen": ("MICU", "step-down", "Oncology Clinic", "the floor", "Radiation Oncology", "the Cancer Center",
                     "SICU", "PACU", "Infusion Center", "the ICU"),
            "held": ("CCU", "the step-down unit", "Medical Oncology", "Hematology Clinic", "Surgical Oncology",
                     "Interventional Radiology", "the ED", "Pre-op Clinic", "Telemetry", "the infusion suite")}

# Care sites outside a hospital (deidfix58): urgent care, assisted living, rehab, dialysis, skilled nursing, infusion,
# surgery centres and hospices, named with a proper-name head ("Maple Grove Assisted Living", "Riverside Urgent
# Care"). A class of its own, drawn from its own seed and host notes, so the lines above keep their figures; the
# halves are split by head noun (and stems and frames as above). Written before its first run.
CARE_HEADS = {"seen": ("Urgent Care", "Assisted Living", "Dialysis Center", "Rehab"),
              "held": ("Skilled Nursing Facility", "Infusion Center", "Surgery Center", "Hospice")}
# landscape stems senior housing and care chains take ("Maple Grove", "Riverside"), first and second parts; a stem
# belongs to the half its crc32 parity names
_LAND_FIRST = ("Maple", "Cedar", "Willow", "Oak", "Pine", "Birch", "Aspen", "Sunrise", "Sunset", "Golden", "Silver",
               "Green", "River", "Lake", "Stone", "Eagle", "Fox", "Deer", "Spring", "Meadow", "Harbor", "Autumn",
               "Heritage", "Liberty", "Summit", "Brook", "Fair", "Elm", "Hickory", "Laurel")
_LAND_SECOND = ("Grove", "Ridge", "Creek", "Hollow", "Valley", "Park", "Hill", "Point", "View", "Wood", "Field",
                "Crest", "Glen", "Springs", "Bend", "Meadows", "side", "dale", "brook", "wood")
CARE_SHAPES = ("plain", "plain", "landscape", "landscape", "landscape", "the", "of")
CARE_FRAMES: tuple[tuple[str, str], ...] = (
    ("prose", "Discharged to {X} for short-term rehab."),
    ("prose", "Resident of {X}, sent in for altered mental status."),
    ("prose", "Seen at {X} yesterday and told to come to the ED."),
    ("prose", "Gets treatment three times a week at {X}."),
    ("prose", "Came from {X} by EMS with fever."),
    ("prose", "Plan: return to {X} when stable."),
    ("prose", "Family prefers {X} close to home."),
    ("prose", "was evaluated at {X} on Sunday and referred here"),
    ("cell", "Facility: {X}"),
    ("cell", "Discharge disposition | {X} | accepted"),
    ("cell", "Sending facility: {X}    Report called to RN"),
    ("cell", "Residence - {X}, room 214"),
    ("header", "{X} - Transfer Form"),
    ("header", "{X} Nursing Progress Note"),
)
CARE_FRAME_HALF = {half: tuple(f for i, f in enumerate(CARE_FRAMES) if i % 2 == k) for half, k in HALF_KEY.items()}
# kinds of care with no name, in the same frames: they must stay unmarked
CARE_REFUSALS = {"seen": ("urgent care", "assisted living", "dialysis", "inpatient rehab", "the rehab unit"),
                 "held": ("a skilled nursing facility", "the infusion center", "home hospice", "the surgery center",
                          "acute rehab")}


def _split(pool: tuple[str, ...], half: str) -> tuple[str, ...]:
    """`pool`'s share for `half`: the names whose crc32 has that parity, so the halves share no name."""
    return tuple(n for n in pool if zlib.crc32(n.lower().encode()) % 2 == HALF_KEY[half])


def stem(rng: random.Random, half: str) -> tuple[str, str]:
    """A variable stem from `half`'s share of the vocabularies, and its source."""
    src = rng.choice(("surname", "surname", "city", "city", "world") if half == "held" else
                     ("surname", "surname", "city", "city", "surname"))
    if src == "world":
        return _pool_name(rng, "world_held_out", "last"), src
    if src == "city":
        cities, words = planted._us_places()
        pool = words if rng.random() < 0.3 else cities
        names = _split(tuple(c[0] for c in pool), half)
        return rng.choice(names), "city_word" if pool is words else src
    while True:
        last = planted.make_person(rng).last
        if zlib.crc32(last.lower().encode()) % 2 == HALF_KEY[half]:
            return last, src


def saint(rng: random.Random, half: str) -> str:
    pool = planted.SAINTS[HALF_KEY[half]::2]
    if rng.random() < 0.4:
        while True:
            name = planted.census_first(rng, rng.choice("FM"))
            if zlib.crc32(name.lower().encode()) % 2 == HALF_KEY[half]:
                return name
    return rng.choice(pool)


def acronym(name: str) -> str:
    """The acronym of a generated name, as charts write one (first letters of its capitalised words)."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[0].isupper())


def facility(rng: random.Random, half: str) -> tuple[str, dict[str, str]]:
    """One facility name of `half` (the value as it stands in the line) and its features."""
    head = rng.choice(HEADS[half])
    shape = rng.choice(SHAPES)
    base, src = stem(rng, half)
    if shape == "modifier":
        name = f"{base} {rng.choice(MODIFIERS)} {head}"
    elif shape == "saint":
        base, src = saint(rng, half), "saint"
        name = rng.choice(("St. {S} {H}", "St {S}'s {H}", "Saint {S} {H}", "St. {S}'s {H}")).format(S=base, H=head)
    elif shape == "compass":
        c = rng.choice(COMPASS)
        name = f"{c} {base} {head}" if rng.random() < 0.5 else f"{base} {head} {c}"
    elif shape == "va":
        base, src = rng.choice(_split(tuple(c[0] for c in planted._us_places()[0]), half)), "city"
        name = rng.choice(("{C} VA Medical Center", "{C} VA", "VA {C} Healthcare System")).format(C=base)
    elif shape == "acronym":
        long = f"{base} {rng.choice(MODIFIERS)} {head}"
        name = acronym(long)
        if len(name) < 3:
            name = acronym(f"{base} {rng.choice(COMPASS)} {rng.choice(MODIFIERS)} {head}")
    elif shape == "the":
        name = f"the {base} {head}"
    else:
        name = f"{base} {head}"
    return name, {"half": half, "shape": shape, "head": head, "source": src}


def framed(frame: str, value: str, case: Callable[[str], str]) -> tuple[str, tuple[int, int]]:
    """`value` put in `frame`'s "{X}", the whole in `case`, and the value's span: every line and refusal here."""
    pre, _, post = frame.partition("{X}")
    return case(pre) + case(value) + case(post), (len(pre), len(pre) + len(value))


def framed_refusals(rng: random.Random, words: dict[str, tuple[str, ...]],
                    frames: dict[str, tuple[tuple[str, str], ...]], other: Callable[[str], str]
                    ) -> list[tuple[str, str, tuple[int, int]]]:
    """(half, line, span of the refused word) for every word of each half in two frames of its half, as written or
    in `other` case (one draw each): the facility and care-site classes' refusal lines alike."""
    out = []
    for half in HALF_KEY:
        for word in words[half]:
            for _layout, frame in rng.sample(frames[half], 2):
                case = str if rng.random() < 0.5 else other
                out.append((half, *framed(frame, word, case)))
    return out


def line(rng: random.Random, half: str) -> tuple[str, tuple[int, int], dict[str, str]]:
    """One rendered line of `half`: text, gold span (the facility; for "possessive" the name before 's) and features."""
    name, feats = facility(rng, half)
    layout, frame = rng.choice(FRAME_HALF[half])
    if feats["shape"] == "possessive":
        frame = frame.replace("{X}", "{X}'s", 1)
    case = draw_case(rng, upper=1 / 3, lower=2 / 3)
    text, gold = framed(frame, name, case)
    feats |= {"layout": layout, "case": case.__name__, "half_shape": f"{half}/{feats['shape']}",
              "half_case": f"{half}/{case.__name__}", "half_layout": f"{half}/{layout}"}
    return text, gold, feats


def cases(n: int, seed: int) -> list[tuple[dict[str, str], str, tuple[int, int]]]:
    """(features, line, gold span) for `n` lines per half."""
    rng = random.Random(seed)
    out = []
    for half in HALF_KEY:
        for _ in range(n):
            text, gold, feats = line(rng, half)
            out.append((feats, text, gold))
    return out


def refusals(seed: int) -> list[tuple[str, str, tuple[int, int]]]:
    """(half, line, span of the refused word) for every refusal word in two frames of its half, two cases."""
    return framed_refusals(random.Random(seed + 1), REFUSALS, FRAME_HALF, str.lower)


def landscape(rng: random.Random, half: str) -> str:
    """A landscape stem of `half` ("Maple Grove", "Riverside"): two parts, a lower-case second part joined on."""
    while True:
        second = rng.choice(_LAND_SECOND)
        name = rng.choice(_LAND_FIRST) + ("" if second.islower() else " ") + second
        if zlib.crc32(name.lower().encode()) % 2 == HALF_KEY[half]:
            return name


def care_site(rng: random.Random, half: str) -> tuple[str, dict[str, str]]:
    """One care site of `half` with a proper-name head, and its features."""
    head = rng.choice(CARE_HEADS[half])
    shape = rng.choice(CARE_SHAPES)
    if shape == "landscape":
        base, src = landscape(rng, half), "landscape"
    else:
        base, src = stem(rng, half)
    name = {"the": f"the {base} {head}", "of": f"{head} of {base}"}.get(shape, f"{base} {head}")
    return name, {"half": half, "shape": shape, "head": head, "source": src}


def care_cases(n: int, seed: int) -> list[tuple[dict[str, str], str, tuple[int, int]]]:
    """(features, line, gold span) for `n` care-site lines per half, from their own seed."""
    rng = random.Random(seed + 2)
    out = []
    for half in HALF_KEY:
        for _ in range(n):
            name, feats = care_site(rng, half)
            layout, frame = rng.choice(CARE_FRAME_HALF[half])
            case = draw_case(rng, upper=1 / 3, lower=2 / 3)
            text, gold = framed(frame, name, case)
            feats |= {"layout": layout, "case": case.__name__, "care_half": f"care/{half}",
                      "care_head": f"care/{half}/{feats['head']}", "care_case": f"care/{half}/{case.__name__}",
                      "care_layout": f"care/{half}/{layout}", "care_source": f"care/{half}/{feats['source']}"}
            out.append((feats, text, gold))
    return out


def care_refusals(seed: int) -> list[tuple[str, str, tuple[int, int]]]:
    """(half, line, span) for every care kind without a name in two frames of its half, two cases."""
    return framed_refusals(random.Random(seed + 3), CARE_REFUSALS, CARE_FRAME_HALF, str.upper)


def care_report(n: int, seed: int, errors: int) -> dict:
    """The care-site class's recall by half, head, case, layout and source, and its refusal lines marked."""
    found = care_cases(n, seed)
    refused = care_refusals(seed)
    items = [(text, a, b) for _, text, (a, b) in found] + [(text, a, b) for _, text, (a, b) in refused]
    hits, wrongly = found_and_marked(overlaps(items, seed + 2), len(found))
    recall = recall_by_feature([feats for feats, _, _ in found], hits)
    marked = {half: sum(w for (h, _, _), w in zip(refused, wrongly, strict=True) if h == half) for half in HALF_KEY}
    print_recall(recall, ("care_half", "care_head", "care_case", "care_layout", "care_source"))
    print(f"care refusal lines marked: seen {marked['seen']}, held {marked['held']} of {len(refused) // 2} each")
    print_seen_misses([({**f, "class": f["shape"]}, t, g) for f, t, g in found], hits, errors)
    if errors:  # refusal lines are this script's own wording: safe to print
        for (half, text, _), w in zip(refused, wrongly, strict=True):
            if w and half == "seen":
                print(f"CARE REFUSAL MARKED {text!r}")
    return {"recall": {k: recall[k] for k in ("care_half", "care_head", "care_case", "care_layout", "care_source")},
            "refusals_marked": marked}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300, help="lines per half")
    ap.add_argument("--seed", type=int, default=57)
    ap.add_argument("--errors", type=int, default=0, help="print up to N SEEN-half misses (held-out never)")
    ap.add_argument("--json", default=None)
    ap.add_argument("--care", choices=("with", "only", "without"), default="with",
                    help="the care-site class (deidfix58): with the facility lines, alone, or left out")
    args = ap.parse_args(argv)
    care = care_report(args.n, args.seed, args.errors) if args.care != "without" else None
    if args.care == "only":
        if args.json:
            with open(args.json, "w", encoding="utf-8") as f:
                json.dump({"n": args.n, "seed": args.seed, "care": care}, f, indent=1)
        return 0
    all_cases = cases(args.n, args.seed)
    refused = refusals(args.seed)
    items = [(text, a, b) for _, text, (a, b) in all_cases] + [(text, a, b) for _, text, (a, b) in refused]
    hits, wrongly = found_and_marked(overlaps(items, args.seed), len(all_cases))
    recall = recall_by_feature([feats for feats, _, _ in all_cases], hits)
    marked = {half: sum(w for (h, _, _), w in zip(refused, wrongly, strict=True) if h == half) for half in HALF_KEY}
    print_recall(recall, ("half", "half_shape", "half_case", "half_layout"))
    print(f"refusal lines marked: seen {marked['seen']}, held {marked['held']} of {len(refused) // 2} each")
    print_seen_misses([({**f, "class": f["shape"]}, t, g) for f, t, g in all_cases], hits, args.errors)
    if args.errors:  # refusal lines are this script's own wording: safe to print
        for (half, text, _), w in zip(refused, wrongly, strict=True):
            if w and half == "seen":
                print(f"REFUSAL MARKED {text!r}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"n": args.n, "seed": args.seed, "recall": recall, "refusals_marked": marked, "care": care}, f,
                      indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
