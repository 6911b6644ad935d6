"""Institution names by structure: recall per shape, head, frame, case and stem source (issue 13).

Why: the blind families' weak place kinds (HOSPITAL, ORGANIZATION, FACILITY) stayed weak on their check parts after
every single-form guess was caught, so the holes are classes the guesses did not cover. This generator writes
institution names from their general structure rather than from any form: a variable stem (census surname,
world_held_out surname, US city, everyday place word, saint) x an institution head (hospital, clinic, agency,
practice, trust, ...) in several shapes (plain, possessive, hyphenated pair, "<head> of <stem>", acronym + head,
abbreviated heads, campus/compass/branch suffixes), set in the positions institutions take in notes (transfer from/to,
accepting facility, outside records, performed at, fax to, discharged to, insurer/employer fields, letterheads,
signature blocks, table cells), each line cased as written, ALL CAPS or lower. It also renders refusal lines
(departments, specialties, clinical phrases built with head words) and counts the spans put on them.

`--facility` (deidfix41) renders care sites that are no hospital (nursing and rehabilitation homes, assisted and
senior living, hospice houses, labs, imaging, dialysis, infusion, wound, blood and urgent-care centres, jails and
lodging) from a stem (census or held-out surname, place word, county) and a facility head, in chart positions (table
cells, key-value fields, discharge and transport fields, records indexes, prose), in a SEEN half (heads, frames) and
a HELD-OUT half (other heads, other frames: its misses are not printed, only its figure is used).

Nothing here is copied from a benchmark form or note; the frames are this script's own wording.

    python -m benchmarks.quality.place_variation [--n 2400] [--seed 5] [--errors 40] [--json F] [--facility]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from benchmarks.quality.forms_probe import _pool_name
from benchmarks.quality.variation_score import (
    draw_case,
    found_and_marked,
    overlaps,
    print_marked,
    print_weak,
    recall_by_feature,
)
from cancerprep.sample import planted

# Everyday words that name places (descriptor, landscape, compass): invented list, none from a form.
PLACE_WORDS = ("Riverside", "Lakeview", "Oak Hill", "Pinecrest", "Brookside", "Stonebridge", "Elm Grove",
               "Fox Run", "Hillcrest", "Clearwater", "Mill Creek", "Sandpoint", "Wildwood", "Redstone", "Bellmont",
               "Northgate", "Southridge", "Eastfield", "Westview", "Twin Oaks", "Red Rock", "Maplewood", "Seaside",
               "Heritage", "Providence", "Mercy", "Grace", "Hope", "Liberty", "Pioneer", "Frontier", "Lakeland",
               "Canyon", "Bluebonnet", "Magnolia", "Evergreen", "Golden Plains", "Iron Range", "Copper Hills")
HEADS = ("Hospital", "Medical Center", "Health", "Clinic", "Institute", "Infirmary", "Regional", "Memorial",
         "General", "University Hospital", "Children's Hospital", "Cancer Center", "Care Center", "Rehab",
         "Hospice", "Nursing and Rehabilitation", "Surgery Center", "Imaging", "Pharmacy", "Laboratory",
         "Associates", "Partners", "Group", "Practice", "Foundation", "Trust", "Agency", "Services", "Network",
         "Health System", "Healthcare", "Medical Group", "Physicians", "Specialists", "Home Health",
         "Health Partners", "Community Hospital", "Regional Medical Center", "Medical Clinic", "Family Clinic",
         "Wellness Center", "Dialysis", "Hospice Care", "Behavioral Health", "Surgical Hospital", "Health Clinic",
         "Medical Supply", "Labs", "Diagnostics", "Radiology", "Oncology", "Cardiology", "Orthopedics",
         "Health Plan", "Insurance", "Mutual", "Benefits", "Cooperative", "Council", "Society", "Mission",
         "Church", "Ministries", "Transport", "Ambulance", "EMS", "Home Care", "Senior Care", "Living Center")
ABBREV_HEADS = ("Med Ctr", "Mem Hosp", "Gen Hosp", "Mem", "Hosp", "Med Ctr.", "Reg Med Ctr", "Univ Hosp",
                "Comm Hosp", "MC", "RMC", "Ctr", "Hlth", "Hlth Sys")
SUFFIXES = (" - North Campus", " West", " at {P}", " - {P} Campus", " East Campus", ", {P} branch", " South",
            " ({P})", " of {P}", " - Main Campus")
SAINT_FORMS = ("St {S}", "St. {S}", "Saint {S}", "St {S}'s", "St. {S}'s", "Ste {S}", "Ste. {S}", "st {S}s")

# Positions an institution takes in a note (this script's own wording).
FRAMES = ("Transferred from {X} for further care.", "Transfer to {X} arranged this afternoon.",
          "Accepting facility: {X}", "Receiving facility - {X}", "Outside records from {X} reviewed today.",
          "Imaging performed at {X} on the 3rd.", "Performed at: {X}", "Please fax to {X} at 555-0100.",
          "Discharged to {X} in stable condition.", "Insurance: {X}", "Payer - {X}", "Employer: {X}",
          "{X}", "{X} | Department of Medicine", "{X} - Discharge Summary", "Dr. Hale, MD / {X}",
          "Electronically signed, {X}", "Records | {X} | 2 pages", "OSH: {X}", "pt was at {X} last week",
          "seen in the ED at {X} two days ago", "Labs drawn at {X} yesterday.", "Follows with {X} for the port.",
          "Referral sent to {X}.", "Bed offer from {X}.", "Sister hospital {X} has a bed.", "cc: {X}",
          "Home health through {X} will start Monday.", "He works for {X} as a driver.", "Case discussed with {X}.")

# Refusals: departments, specialties, clinical phrases with head words (this script's own list).
REFUSALS = ("Radiation Oncology", "General Surgery", "Internal Medicine", "health maintenance", "home health aide",
            "care plan", "general appearance", "Family Medicine", "Interventional Radiology", "Medical Oncology",
            "the pharmacy", "outside hospital", "rehab services", "social services", "the clinic",
            "Physical Therapy", "Hospital Medicine", "Surgical Oncology", "Palliative Care", "case management",
            "Infectious Disease", "memorial service", "nursing home", "skilled nursing facility", "general anesthesia",
            "urgent care", "the ED", "cancer center", "hospice care", "home care", "behavioral health",
            "Child Protective Services", "Medicare", "Medicaid", "Blue Cross", "Social Security")
REFUSAL_FRAMES = ("Consult to {X} placed.", "Discussed with {X} today.", "Plan: {X} per protocol.",
                  "{X}: reviewed", "Will follow up with {X} next week.")


# `--facility`: heads and positions of care sites that are no hospital, in two disjoint halves (this script's own).
FACILITY_HEADS = {"seen": ("Nursing and Rehabilitation Center", "Skilled Nursing Facility", "Assisted Living",
                           "Hospice House", "Reference Laboratory", "Imaging Center", "Dialysis Center",
                           "Infusion Center", "Urgent Care", "Senior Living", "Blood Center", "Wound Center",
                           "Detention Center", "Care Center", "Rehabilitation Hospital"),
                  "held": ("Health and Rehabilitation", "Nursing Home", "Memory Care", "Hospice Residence",
                           "Clinical Laboratories", "Open MRI", "Kidney Center", "Oncology Infusion Suite",
                           "Walk-In Clinic", "Retirement Community", "Plasma Center", "Hyperbaric Center",
                           "Correctional Facility", "Transitional Care", "Extended Care Facility")}
FACILITY_FRAMES = {"seen": ("Discharge to: {X}", "Outside records | {X} | 12 pages", "Performing lab: {X}",
                            "Transport destination: {X}", "Prior care at {X}", "Residence - {X}",
                            "{X} | fax received | 3 pages", "Site: {X}", "Returned to {X} by van",
                            "sent_to={X}; status=final"),
                   "held": ("Disposition: {X}", "Records index: {X} (2 pages)", "Testing site - {X}",
                            "Pick-up from {X} at 0900", "Followed by {X} weekly", "Lives at {X}",
                            "{X}\tMAR\t14 pages", "Location of service: {X}", "Readmitted from {X}",
                            "facility: {X}")}


def _stem(rng: random.Random) -> tuple[str, str]:
    """A variable stem and its source."""
    src = rng.choice(("census", "world", "city", "word", "pair"))
    if src == "census":
        return planted.make_person(rng).last, src
    if src == "world":
        return _pool_name(rng, "world_held_out", "last"), src
    if src == "city":
        return planted.make_place(rng)[0], src
    if src == "word":
        return rng.choice(PLACE_WORDS), src
    return f"{planted.make_person(rng).last}-{_pool_name(rng, 'world_held_out', 'last')}", src


def _name(rng: random.Random) -> tuple[str, dict[str, str]]:
    """An institution name and its features (shape, head, source)."""
    stem, src = _stem(rng)
    shape = rng.choice(("plain", "plain", "possessive", "saint", "of", "the", "acronym", "abbrev", "suffix",
                        "compass"))
    head = rng.choice(HEADS)
    if shape == "possessive":
        name = f"{stem}'s {head}"
    elif shape == "saint":
        stem, src = planted.census_first(rng, rng.choice("FM")), "saint"
        name = f"{rng.choice(SAINT_FORMS).format(S=stem)} {head}"
    elif shape == "of":
        name = f"{head} of {stem}"
    elif shape == "the":
        name = f"The {stem} {head}"
    elif shape == "acronym":
        head = rng.choice(("Hospital", "Medical Center", "Health", "Clinic", "Cancer Center", "Memorial", "General"))
        name = f"{stem} {''.join(rng.choice('ABCDEFGHJKLMNPRSTUVW') for _ in range(rng.randint(2, 4)))}"
        name = f"{name} {head}" if rng.random() < 0.5 else name
    elif shape == "abbrev":
        head = rng.choice(ABBREV_HEADS)
        name = f"{stem} {head}"
    elif shape == "suffix":
        name = f"{stem} {head}{rng.choice(SUFFIXES).format(P=rng.choice(PLACE_WORDS))}"
    elif shape == "compass":
        name = f"{rng.choice(('North', 'South', 'East', 'West', 'Northwest', 'Upper', 'Lower'))} {stem} {head}"
    else:
        name = f"{stem} {head}"
    return name, {"shape": shape, "head": head, "source": src}


def lines(n: int, seed: int) -> tuple[list[tuple[str, tuple[int, int], dict[str, str]]], list[tuple[str, str]]]:
    """`n` institution lines (line, gold span, features) and the refusal lines (line, refused phrase)."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        name, feats = _name(rng)
        frame = rng.choice(FRAMES)
        case = draw_case(rng)
        feats |= {"case": case.__name__, "frame": frame}
        pre, post = frame.split("{X}")
        line = case(pre) + case(name) + case(post)
        out.append((line, (len(pre), len(pre) + len(name)), feats))
    refusals = [(case(f.format(X=x)), x) for x in REFUSALS for f in REFUSAL_FRAMES for case in (str, str.upper)]
    return out, refusals


def facility_lines(n: int, seed: int) -> list[tuple[str, tuple[int, int], dict[str, str]]]:
    """`n` care-site lines per half (line, gold span, features): stems as `_stem`, or a county."""
    rng = random.Random(seed)
    out = []
    for part in ("seen", "held"):
        for _ in range(n):
            stem, src = _stem(rng)
            if rng.random() < 0.15:
                stem, src = f"{planted.make_person(rng).last} County", "county"
            head = rng.choice(FACILITY_HEADS[part])
            name = f"{stem} {head}"
            frame = rng.choice(FACILITY_FRAMES[part])
            case = draw_case(rng)
            pre, post = frame.split("{X}")
            out.append((case(pre) + case(name) + case(post), (len(pre), len(pre) + len(name)),
                        {"part": part, "shape": part, "head": head, "source": src, "case": case.__name__,
                         "frame": frame}))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2400)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--errors", type=int, default=0, help="print up to N missed names with their line")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--facility", action="store_true", help="care sites that are no hospital, seen/held halves")
    args = ap.parse_args(argv)

    found, refusals = lines(args.n, args.seed)
    if args.facility:
        found = facility_lines(args.n, args.seed)
    starts = [line.lower().index(phrase.lower()) for line, phrase in refusals]
    got = overlaps([(line, a, b) for line, (a, b), _ in found]
                   + [(line, at, at + len(phrase)) for (line, phrase), at in zip(refusals, starts, strict=True)],
                   args.seed)
    hits, marked = found_and_marked(got, len(found))
    misses = [line for (line, _, feats), hit in zip(found, hits, strict=True)
              if not hit and feats.get("part") != "held"]
    result = {"recall": recall_by_feature([feats for _, _, feats in found], hits),
              "refusals_marked": f"{sum(marked)}/{len(refusals)}"}
    print(f"place variation: recall {result['recall']['all']['all']} over {args.n} names; "
          f"refusal lines marked {result['refusals_marked']}")
    print_weak(result["recall"], ("part", "shape", "source", "case", "head", "frame"), width=40, most=25)
    for line in misses[:args.errors]:
        print(f"MISS {line!r}")
    if args.errors:  # refusal lines are this script's own wording: safe to print
        print_marked("REFUSAL MARKED", refusals, marked)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
