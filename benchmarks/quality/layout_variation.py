"""Field LAYOUTS the earlier generators do not write (deidfix52; issue 13): care sites, named units, pagers,
patients and contacts set into form lines by separator and line shape, not by label word.

Why: the blind families' check parts lose FACILITY, HOSPITAL, UNIT, PAGER, PATIENT and CONTACT where their tuning
parts are perfect, so there is no tuning miss to read; `place_variation`, `unit_variation` and `kind_variation`
vary the words (stems, heads, labels) and the rules already read nearly all of them. What they keep fixed is the
line's layout: a label, a colon, the value. Forms also write dot leaders, "=", a tab, a label in capitals with no
punctuation, several fields on one line, a value under its column header, the value before its label in brackets,
an arrow between two sites, a bracketed tag. This probe writes every class in every layout from broad sources
(census surnames and given names, US cities, saint names from census given names, head nouns of care sites), in
three cases, each line set into a real MTSamples note and read by the whole engine (`variation_score`, as the other
generated-variation probes), and scores any-overlap recall per class, half and layout.

Layouts come in two disjoint halves: SEEN (misses may be printed with --errors) and HELD (misses never printed;
their score measures whether a fix made from the seen half generalises). Values are drawn afresh per line.

    python -m benchmarks.quality.layout_variation [--n 200] [--seed 52] [--classes ...] [--errors N] [--json F]
"""

from __future__ import annotations

import random
from collections.abc import Callable

from benchmarks.quality.variation_score import cased, halved_cases, halved_main, split_halves
from cancerprep.sample import planted

# -- values, from broad sources ------------------------------------------------------------------------------------
_SITE_HEADS = ("Hospital", "Medical Center", "Clinic", "Infirmary", "Health", "Health System", "Surgery Center",
               "Rehabilitation Hospital", "Nursing Home", "Care Center", "Hospice", "Medical Group", "Urgent Care",
               "Cancer Center", "Regional Medical Center", "Community Hospital", "Memorial Hospital",
               "Healthcare Center", "Convalescent Center", "Dialysis Center", "Infusion Center", "Medical Plaza",
               "Skilled Nursing Facility", "Specialty Hospital", "Behavioral Health", "Health Center",
               "Surgical Hospital", "Retirement Community", "Memory Care", "Family Medicine")
_UNIT_HEADS = ("Pavilion", "Wing", "Tower", "Hall", "Unit", "Pod", "Building", "Annex", "Center")


def _stem(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.45:
        return planted.make_person(rng).last
    if r < 0.8:
        return planted.make_place(rng)[0]
    return "St. " + planted.census_first(rng, rng.choice("FM"))


def _acronym(name: str) -> str:
    return "".join(w[0] for w in name.replace("St. ", "S ").split() if w[0].isalpha()).upper()


def facility(rng: random.Random) -> str:
    """A care site's name: stem + head, sometimes abbreviated ("Holloway MC", "HMC")."""
    name = f"{_stem(rng)} {rng.choice(_SITE_HEADS)}"
    r = rng.random()
    if r < 0.1 and len(name.split()) >= 2:
        return _acronym(name)
    if r < 0.2:
        return name.replace("Medical Center", "Med Ctr").replace("Hospital", "Hosp").replace("Center", "Ctr")
    return name


def unit(rng: random.Random) -> str:
    """A named ward or building part ("Kessler Pavilion 5", "Ames Tower 4 North", "Lowry Pod B")."""
    stem = planted.make_person(rng).last if rng.random() < 0.7 else planted.make_place(rng)[0]
    head = rng.choice(_UNIT_HEADS)
    compass = rng.choice(("North", "South", "East", "West"))
    tail = rng.choice(("", f" {rng.randint(2, 9)}", f" {rng.randint(2, 9)} {compass}",
                       f" {rng.choice('ABCD')}", f" {rng.randint(2, 9)}{rng.choice('NSEW')}"))
    return f"{stem} {head}{tail}"


def pager(rng: random.Random) -> str:
    """A pager's number as paging systems print it: 4-6 digits, one or two digits and four ("4-1234"), "#" first."""
    d = "".join(str(rng.randrange(10)) for _ in range(rng.choice((4, 5, 5, 6))))
    dashed = f"{d[:-4]}-{d[-4:]}" if len(d) > 4 else d
    return rng.choice((d, d, dashed, f"#{d}"))


def patient(rng: random.Random) -> str:
    p = planted.make_person(rng)
    m = p.middle[0] if p.middle else rng.choice("ABCDEJKLMRST")
    return rng.choice((f"{p.last}, {p.first}", f"{p.last}, {p.first} {m}", f"{p.last}, {p.first} {m}.",
                       f"{p.first} {p.last}", f"{p.last}/{p.first}", f"{p.last}^{p.first}^{m}",
                       f"{p.first} {m}. {p.last}"))


def contact(rng: random.Random) -> str:
    p = planted.make_person(rng)
    return rng.choice((f"{p.first} {p.last}", f"{p.last}, {p.first}", p.first))


VALUES: dict[str, Callable[[random.Random], str]] = {
    "facility": facility, "unit": unit, "pager": pager, "patient": patient, "contact": contact}

# -- labels per class: seen (even) / held (odd) halves by index ----------------------------------------------------
LABELS: dict[str, tuple[str, ...]] = {
    "facility": ("Transferred from", "Sending facility", "Site", "Referring hospital", "Facility", "Outside hospital",
                 "Location of service", "Receiving facility", "Prior facility", "Place of service", "Origin",
                 "Destination", "Admitted from", "Discharged to", "Accepting hospital", "Performed at"),
    "unit": ("Unit", "Nursing unit", "Location", "Current location", "Ward", "Admit unit", "Bed", "Transfer to",
             "Dept", "Room/Unit"),
    "pager": ("Pager", "pgr", "Bleep", "Beeper", "pg#", "Page", "Contact pager", "Long-range pager", "PGR #", "beep"),
    "patient": ("Patient", "Pt", "Name", "Patient name", "Name (Last, First)", "Pt name", "Resident", "Client",
                "Member", "PATIENT NAME"),
    "contact": ("Emergency contact", "Contact", "Next of kin", "NOK", "Caregiver", "Support person", "Primary contact",
                "Notify", "Contact person", "Family contact"),
}
_RELATION = ("daughter", "son", "wife", "husband", "sister", "brother", "niece", "partner", "mother", "friend")

# -- layouts: (name, template); {L} label, {X} value, {R} a relation word, {P} a phone ------------------------------
LAYOUTS: tuple[tuple[str, str], ...] = (
    ("colon", "{L}: {X}"),
    ("dots", "{L} ........ {X}"),
    ("equals", "{L} = {X}"),
    ("tab", "{L}\t{X}"),
    ("dash", "{L} - {X}"),
    ("caps_bare", "{LU} {X}"),
    ("multi_after", "MRN: 4471902   {L}: {X}   Date: 03/14/2021"),
    ("multi_before", "{L}: {X}    Attending: see below    Room 12"),
    ("column", "{L} | Date | Pages\n{X} | 03/14/2021 | 4"),
    ("column_mid", "Date | {L} | Status\n03/14/2021 | {X} | done"),
    ("after_bracket", "{X} ({Ll})"),
    ("after_dash", "{X} - {Ll}"),
    ("bullet", "- {L}: {X}"),
    ("tag", "[{L}] {X}"),
    ("semicolon", "Arrived 1420; {Ll}: {X}; vitals stable"),
    ("slash_pair", "{L}/Phone: {X} / 555-0143"),
    ("colon_nospace", "{L}:{X}"),
    ("arrow", "{L}: {X} -> 5 West"),
    ("csv", "{L},Date,Status\n{X},03/14/2021,final"),
    ("paren_label", "({L}) {X}"),
)
HALVES = split_halves([name for name, _ in LAYOUTS])


def line(rng: random.Random, cls: str, layout: str, half: str) -> tuple[str, list[tuple[int, int]]]:
    """One rendered line of `cls` in `layout` (labels from `half`'s share of the class's labels) and its gold span."""
    labels = LABELS[cls][0 if half == "seen" else 1::2]
    label = rng.choice(labels)
    value = VALUES[cls](rng)
    if cls == "contact" and rng.random() < 0.5:
        value_text = f"{value} ({rng.choice(_RELATION)})"
    else:
        value_text = value
    tmpl = dict(LAYOUTS)[layout]
    pre, _, post = tmpl.partition("{X}")
    fill = {"{L}": label, "{LU}": label.upper(), "{Ll}": label.lower()}
    for k, v in fill.items():
        pre, post = pre.replace(k, v), post.replace(k, v)
    text = pre + value_text + post
    text = cased(rng, text)
    return text, [(len(pre), len(pre) + len(value))]


def _one_span(rng: random.Random, cls: str, layout: str, half: str) -> tuple[str, tuple[int, int]]:
    text, (gold,) = line(rng, cls, layout, half)
    return text, gold


def cases(n: int, seed: int, classes: tuple[str, ...]) -> list[tuple[dict[str, str], str, tuple[int, int]]]:
    """(features, line, gold span) for `n` lines per class and half, every class in every layout of its half
    (`variation_score.halved_cases`)."""
    return halved_cases(n, seed, classes, HALVES, _one_span)


def main(argv: list[str] | None = None) -> int:
    return halved_main(argv, __doc__, cases, n=200, seed=52, classes=list(VALUES), keys=("half", "class_half"))


if __name__ == "__main__":
    raise SystemExit(main())
