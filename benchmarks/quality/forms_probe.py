"""Recall of de-identification on written forms of identifiers, set into real MTSamples notes.

Why: the planted benchmark (`cancerprep.sample.planted`) writes each kind in a finite template family,
and its check part uses a family of its own that nobody reads. This probe is a third, independent
family: the forms in `benchmarks/quality/forms/` were written from general knowledge of how US notes
write relatives, care-team staff, dictation marks, record numbers and organisations. Each form is
rendered `--per-form` times with census names, cased as notes case them (as written, ALL CAPS, lower),
and inserted as its own line into an MTSamples note the planted benchmark does not use. A gold span
counts as found when any predicted span overlaps it. Tuning-side data: it may steer rules, and
`--errors N` prints misses.

    python -m benchmarks.quality.forms_probe [--per-form 6] [--kinds RELATIVE STAFF] [--modules kin records]
        [--part all|tuning|check] [--errors 30] [--json F] [--word-names 1.0]
        [--word-surnames 1.0] [--popular-firsts 0.5] [--fresh-stems]
        [--name-pool census|world|world_held_out|world_accented]

`--part` splits the forms themselves: a quarter of them (`form_part`, by a hash of the template) is a check
part whose misses and weak forms are never printed, so a family written blind can steer rules from its tuning forms and
still say, on the check forms, whether the fixes carry over. `--fresh-stems` draws the hospital, street, county and
saint stems from census names and US cities instead of the small invented pools (`_PLACE_POOLS`), which
`train_deid_model --forms-tuning` renders too: a learned model that only remembered the pools' stems gains nothing
there. `--name-pool world` (or `world_held_out`) draws every person's first and last name from
`benchmarks.quality.name_pools`' Faker pools of many origins instead of the census lists: person forms in positions
the rules weigh, with names of other origins (`world_held_out`: locales the name-likeness model never learned from;
`world_accented`: names with their native diacritics, Søren, Begoña, Nguyễn).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import importlib
import json
import os
import pkgutil
import random
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from benchmarks.quality import forms as forms_pkg
from cancerprep.sample import planted

REPO = Path(__file__).resolve().parents[2]
MTSAMPLES = REPO.parent / "shared" / "data" / "mtsamples-dev" / "mtsamples_dev.csv"
_GOLD = re.compile(r"\[\[(.+?)\]\]")
_SLOT = re.compile(r"\{([A-Za-z]+\d*)\}")


@dataclass(frozen=True)
class Case:
    """One rendered form inside a note: the note text and the gold spans (start, end) of the form's kind."""

    kind: str
    form: str
    text: str
    gold: tuple[tuple[int, int], ...]


def load_forms(kinds: list[str] | None = None, modules: list[str] | None = None) -> dict[str, tuple[str, ...]]:
    """Every form module's FORMS (or only `modules`'), merged by kind (a kind may be filled by several modules)."""
    out: dict[str, list[str]] = defaultdict(list)
    for info in sorted(pkgutil.iter_modules(forms_pkg.__path__), key=lambda m: m.name):
        if modules and info.name not in modules:
            continue
        mod = importlib.import_module(f"{forms_pkg.__name__}.{info.name}")
        for kind, forms in getattr(mod, "FORMS", {}).items():
            if not kinds or kind in kinds:
                out[kind].extend(forms)
    return {k: tuple(v) for k, v in sorted(out.items())}


NAME_POOLS = ("census", "world", "world_held_out", "world_accented")


def _pool_name(rng: random.Random, name_pool: str, role: str) -> str:
    """A `role` ('first' or 'last') name from one of `name_pools`' Faker pools (`name_pool` not 'census')."""
    from benchmarks.quality import name_pools  # lazily: name_pools imports this module for its `words` pool

    drawer = name_pools.POOLS[name_pool]
    assert drawer is not None
    return drawer(rng, role)[0]


def _person(rng: random.Random, word_names: float, word_surnames: float = 0.0,
            popular_firsts: float = 0.0, name_pool: str = "census") -> planted.Person:
    """A census person; with probability `word_names` the first name is one that is also an English word, with
    `popular_firsts` one of the most frequent given names of the person's sex, with `word_surnames` the surname is
    one that is also an English word (Brown, Rivers, Young); the last two drawn by census frequency, as real
    patients' names are (the planted draw is uniform over thousands of names, so Brown is as rare as any).
    `name_pool` other than 'census': first and last name from that Faker pool (sex, middle initial as drawn)."""
    p = planted.make_person(rng)
    if name_pool != "census":  # no extra draw for census: the same renderings as before
        p = dataclasses.replace(p, first=_pool_name(rng, name_pool, "first"), last=_pool_name(rng, name_pool, "last"))
    if word_names and rng.random() < word_names:  # no extra draw by default: the same renderings as before
        p = dataclasses.replace(p, first=rng.choice(planted._word_firsts(
            "first:female" if p.sex == "F" else "first:male")))
    if popular_firsts and rng.random() < popular_firsts:
        firsts, weights = _census_by_frequency("first:female" if p.sex == "F" else "first:male", 50, False)
        p = dataclasses.replace(p, first=rng.choices(firsts, weights)[0])
    if word_surnames and rng.random() < word_surnames:
        lasts, weights = _census_by_frequency("last", 1000, True)
        p = dataclasses.replace(p, last=rng.choices(lasts, weights)[0])
    return p


@cache
def _census_by_frequency(kind: str, top: int, words_only: bool) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """The census list's `top` most frequent names of `kind` (only those that are English words when `words_only`),
    each with its census share of people, to draw names as often as people bear them."""
    import names

    out: list[tuple[str, float]] = []
    for line in Path(names.FILES[kind]).read_text(encoding="ascii").splitlines()[:top]:
        raw, share = line.split()[:2]
        name = planted._proper(raw)
        if not words_only or name.lower() in planted.english_words():
            out.append((name, float(share)))
    return tuple(n for n, _ in out), tuple(w for _, w in out)


def _values(rng: random.Random, word_names: float = 0.0, word_surnames: float = 0.0,
            popular_firsts: float = 0.0, name_pool: str = "census") -> dict[str, str]:
    """One fill of every placeholder: two people (and the first one's initial {FI}: no extra draw), digit runs,
    a place, a date."""
    a, b = (_person(rng, word_names, word_surnames, popular_firsts, name_pool) for _ in range(2))
    city, st, state = planted.make_place(rng)
    inits = a.first[0] + (a.middle or "") + a.last[0]
    vals = {"F": a.first, "L": a.last, "M": a.middle or rng.choice("ABCDEJKLMRST"), "F2": b.first, "L2": b.last,
            "I": inits.upper(), "I2": (b.first[0] + b.last[0]).upper(), "FI": a.first[0],
            "i": "".join(rng.choice("abcdefghjklmnprstw") for _ in range(rng.choice((2, 2, 3)))),
            "CITY": city, "ST": st, "STATE": state,
            "DATE": f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/{rng.randint(2005, 2024)}"}
    for n in range(4, 11):
        vals[f"D{n}"] = str(rng.randint(1, 9)) + "".join(str(rng.randrange(10)) for _ in range(n - 1))
    return vals


_LETTERS = "ABCDEFGHJKLMNPRSTUVWXY"


def _extra_values(rng: random.Random, template: str, fresh_stems: bool = False,
                  name_pool: str = "census") -> dict[str, str]:
    """Slots only record forms use: {A1}..{A3} letters, {YY} a year, {D1}..{D3} digits, {MBI} a Medicare id;
    and the blind family's place, date and electronic slots (_PLACE_POOLS, _DRAWN: {STREET} {SUF} {HOSP} {DAY}
    {MON} {IP} {AREA} ...), {F3} {L3} a third person's names (forms/persons.py), and {NUM} {ZIP} {RT} {STREET2} {CITY2}
    (forms/sites.py). Drawn only when the template names one, so the forms without them render as before.
    `fresh_stems`: the stem slots (`_FRESH`) are drawn by `_fresh_stem` instead; `name_pool` (not 'census'): the
    third person's {F3} {L3} from that pool."""
    slots = set(_SLOT.findall(template))
    vals: dict[str, str] = {}
    for n in (1, 2, 3):
        if f"A{n}" in slots:
            vals[f"A{n}"] = "".join(rng.choice(_LETTERS) for _ in range(n))
        if f"D{n}" in slots:
            vals[f"D{n}"] = "".join(str(rng.randrange(10)) for _ in range(n))
    if "YY" in slots:
        vals["YY"] = f"{rng.randint(5, 25):02d}"
    if "MBI" in slots:  # CMS shape: C A X N A X N A A N N (C digit 1-9, N digit, A letter, X letter or digit)
        pools = {"C": "123456789", "N": "0123456789", "A": _LETTERS, "X": _LETTERS + "0123456789"}
        vals["MBI"] = "".join(rng.choice(pools[c]) for c in "CAXNAXNAANN")
    for slot in sorted(slots & _PLACE_POOLS.keys()):
        vals[slot] = _fresh_stem(rng, slot) if fresh_stems and slot in _FRESH else rng.choice(_PLACE_POOLS[slot])
    for slot in sorted(slots & _DRAWN.keys()):
        if name_pool != "census" and slot in _THIRD:
            vals[slot] = _pool_name(rng, name_pool, _THIRD[slot])
        else:
            vals[slot] = _fresh_stem(rng, slot) if fresh_stems and slot in _FRESH else _DRAWN[slot](rng)
    return vals


_THIRD = {"F3": "first", "L3": "last"}  # the third person's slots and their name roles

# Stem slots drawn from small invented pools (a model trained on the tuning forms' renderings sees every stem).
_FRESH = {"HOSP": "HOSP", "STREET": "STREET", "STREET2": "STREET", "COUNTY": "COUNTY", "SAINT": "SAINT"}


def _fresh_stem(rng: random.Random, slot: str) -> str:
    """A stem for `slot` from the broad sources, never one of its pool's: a saint a census first name, any other a
    census surname or a US city (places are named after both), so the probe can score fillers no training saw."""
    pool = set(_PLACE_POOLS[_FRESH[slot]])
    while True:
        if slot == "SAINT":
            stem = planted.census_first(rng, rng.choice("FM"))
        else:
            stem = planted.make_person(rng).last if rng.random() < 0.5 else planted.make_place(rng)[0]
        if stem not in pool:
            return stem


# Slots of the blind family (forms/patients.py, places.py, numbers.py), drawn only when a form names one.
# Invented place stems (about a third are ordinary English words), never taken from any benchmark or note.
_PLACE_POOLS: dict[str, tuple[str, ...]] = {
    "STREET": ("Willow", "Maple", "Hawthorne", "Quarry", "Mill", "Church", "Orchard", "Saddlebrook", "Kettering",
               "Ashby", "Brandywine", "Foxglove", "Old Mill", "Lantern", "Heron", "Copper", "Birchwood", "Granger",
               "Shady Oak", "Tamarack", "Whitlock", "Meadowlark", "Prospect", "Harvest", "Elmhurst", "Coventry",
               "Pheasant Run", "Sycamore", "Ridgeview", "Buckeye", "Main", "Spring", "Kingsley", "Wexford"),
    "SUF": ("Street", "St", "St.", "Avenue", "Ave", "Ave.", "Road", "Rd", "Rd.", "Boulevard", "Blvd", "Lane", "Ln",
            "Drive", "Dr", "Pike", "Trail", "Trl", "Way", "Court", "Ct", "Circle", "Cir", "Parkway", "Pkwy",
            "Terrace", "Place", "Pl", "Highway", "Loop", "Crossing", "Run", "Square", "Row"),
    "DIR": ("N", "S", "E", "W", "N.", "S.", "NE", "SW", "North", "South", "East", "West"),
    "HOSP": ("Riverbend", "Cedar Ridge", "Lakeshore", "Summit", "Harmony", "Bayview", "Pine Hollow", "Westbrook",
             "Good Shepherd", "Valley View", "Crestwood", "Northfield", "Meadowbrook", "Silver Creek", "Fairhaven",
             "Holloway", "Greystone", "Union", "Sacred Heart", "Blue Ridge", "Three Rivers", "Oakmont", "Baxter",
             "Prairie", "Eastgate", "Highland", "Marlowe", "Sunrise", "Trinity", "Ashford"),
    "SAINT": ("Agatha", "Jude", "Bartholomew", "Brigid", "Clement", "Eustace", "Lucy", "Rita", "Anselm", "Monica",
              "Vincent", "Cecilia", "Dominic", "Gertrude", "Ambrose"),
    "COUNTY": ("Harlan", "Bexley", "Pawnee", "Crawford", "Lincoln", "Summit", "Marion", "Greene", "Tipton",
               "Ogle", "Fayette", "Warren", "Sawyer", "Clay", "Butler"),
    "DOMAIN": ("gmail.com", "yahoo.com", "hotmail.com", "aol.com", "comcast.net", "outlook.com", "icloud.com",
               "att.net", "verizon.net", "sbcglobal.net", "riverbendhealth.org", "cedarridgemed.com",
               "lakeshoreclinic.net", "harmonycare.org", "protonmail.com"),
    "HANDLE": ("bluejay77", "gardenlady", "tiger_fan22", "momof3", "ranchhand", "fishingdad", "sunnydays",
               "jazzcat", "oldsalt1948", "kitty.kat", "runner4life", "buckeye_mom", "doglover", "maplesugar"),
    "SITE": ("riverbendhealth.org", "cedarridgemed.com", "mycarelink.net", "lakeshoreclinic.net",
             "harmonycare.org", "pinehollowortho.com", "summitpeds.org", "gofundme.com", "caringbridge.org",
             "facebook.com", "patientportal-westbrook.com"),
    "MON": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"),
    "MON3": ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"),
    "DOW": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "ORD": tuple(f"{d}{'th' if 10 < d < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}" for d in range(1, 32)),
    "SEASON": ("spring", "summer", "fall", "winter"),
}
_DRAWN = {
    "DAY": lambda rng: str(rng.randint(1, 28)),
    "DD": lambda rng: f"{rng.randint(1, 28):02d}",
    "MM": lambda rng: f"{rng.randint(1, 12):02d}",
    "YEAR": lambda rng: str(rng.randint(1931, 2025)),
    "AGE": lambda rng: str(rng.randint(90, 106)),
    "AREA": lambda rng: str(rng.randint(201, 989)),
    "EXCH": lambda rng: str(rng.randint(201, 999)),
    "IP": lambda rng: ".".join(str(rng.randint(1 if k == 0 else 0, 254)) for k in range(4)),
    "IPV6": lambda rng: ":".join(f"{rng.randrange(65536):x}" for _ in range(4)) + "::" + f"{rng.randrange(65536):x}",
    "MAC": lambda rng: ":".join(f"{rng.randrange(256):02X}" for _ in range(6)),
    "VIN": lambda rng: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17)),
    "PLATE": lambda rng: _plate(rng),
    "F3": lambda rng: planted.make_person(rng).first,  # a third person (forms/persons.py lists); census, never a word
    "L3": lambda rng: planted.make_person(rng).last,
    # the sites family (forms/sites.py): a house number, a ZIP (leading zeros too), a route number, a second street
    # stem and a second city
    "NUM": lambda rng: str(rng.randint(1, 10 ** rng.randint(1, 5) - 1)),
    "ZIP": lambda rng: f"{rng.randint(501, 99950):05d}",
    "RT": lambda rng: str(rng.randint(1, 299)),
    "STREET2": lambda rng: rng.choice(_PLACE_POOLS["STREET"]),
    "CITY2": lambda rng: planted.make_place(rng)[0],
}


def _plate(rng: random.Random) -> str:
    """A US licence plate in one of the common state layouts (7ABC123, ABC-1234, ABC 123, 12A-B34)."""
    shape = rng.choice(("9AAA999", "AAA-9999", "AAA 999", "99A-A99"))
    return "".join(rng.choice(_LETTERS) if c == "A" else str(rng.randrange(10)) if c == "9" else c for c in shape)


def render(template: str, rng: random.Random, word_names: float = 0.0, word_surnames: float = 0.0,
           popular_firsts: float = 0.0, fresh_stems: bool = False,
           name_pool: str = "census") -> tuple[str, list[tuple[int, int]]]:
    """Fill a template and return the line with its gold spans (the `[[...]]` marks removed)."""
    line, gold, _ = render_fills(template, rng, word_names, word_surnames, popular_firsts, fresh_stems, name_pool)
    return line, gold


_PIECE = re.compile(r"\[\[|\]\]|\{([A-Za-z]+\d*)\}")


def render_fills(template: str, rng: random.Random, word_names: float = 0.0, word_surnames: float = 0.0,
                 popular_firsts: float = 0.0, fresh_stems: bool = False, name_pool: str = "census"
                 ) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """`render`, and also where every slot's value landed (gold or not): a form may name a date or phone outside
    its gold span, which a learner must not be taught is not PHI (`train_deid_model --forms-tuning`). The line is
    cased as a whole (as written, ALL CAPS or lower) like a note's line."""
    vals = _values(rng, word_names, word_surnames, popular_firsts, name_pool)
    vals.update(_extra_values(rng, template, fresh_stems, name_pool))
    r = rng.random()
    case = str.upper if r < 0.2 else str.lower if r < 0.28 else str
    parts: list[str] = []
    gold: list[tuple[int, int]] = []
    fills: list[tuple[int, int]] = []
    pos, opened, at = 0, -1, 0
    for m in _PIECE.finditer(template):
        parts.append(case(template[pos:m.start()]))
        at += len(parts[-1])
        pos = m.end()
        if m.group(0) == "[[":
            opened = at
        elif m.group(0) == "]]":
            gold.append((opened, at))
        else:
            parts.append(case(vals.get(m.group(1), m.group(0))))
            fills.append((at, at + len(parts[-1])))
            at += len(parts[-1])
    parts.append(case(template[pos:]))
    return "".join(parts), gold, fills


def form_part(template: str) -> str:
    """'check' for a quarter of the forms (sha256 of the template), else 'tuning'; stable across runs and edits
    of other forms."""
    return "check" if hashlib.sha256(template.encode("utf-8")).digest()[0] % 4 == 0 else "tuning"


def select_part(forms: dict[str, tuple[str, ...]], part: str) -> dict[str, tuple[str, ...]]:
    """Only the forms of `part` ('all' keeps every form)."""
    if part == "all":
        return forms
    kept = {k: tuple(t for t in v if form_part(t) == part) for k, v in forms.items()}
    return {k: v for k, v in kept.items() if v}


def host_notes(sources: list[str]) -> list[str]:
    """The probe's host notes: MTSamples notes the planted set does not use, under 6,000 characters."""
    used = planted.used_sources(sources)
    return [s for k, s in enumerate(sources) if k not in used and len(s) < 6000]


def insert_line(note: str, line: str, rng: random.Random) -> tuple[str, int]:
    """`note` with `line` as its own line at a line break drawn by `rng`, and where the line starts."""
    breaks = [m.end() for m in re.finditer(r"\n", note)] or [len(note)]
    at = rng.choice(breaks)
    head = note[:at] if note[:at].endswith("\n") or not note[:at] else note[:at] + "\n"
    return f"{head}{line}\n{note[at:]}", len(head)


def cases(forms: dict[str, tuple[str, ...]], per_form: int, seed: int = 7, word_names: float = 0.0,
          word_surnames: float = 0.0, popular_firsts: float = 0.0, fresh_stems: bool = False,
          name_pool: str = "census") -> list[Case]:
    """Every form rendered `per_form` times, each inside its own MTSamples note (unused by the planted set);
    `word_names`: the share of first names drawn from names that are English words (Will, Hope, Grace);
    `word_surnames` and `popular_firsts`: the shares of surnames that are English words and of the most frequent
    given names, drawn by census frequency (`_person`); `fresh_stems`: place stems no training rendering draws
    (`_fresh_stem`); `name_pool`: where person names come from (`NAME_POOLS`)."""
    pool = host_notes(planted.load_sources(MTSAMPLES))
    rng = random.Random(seed)
    out: list[Case] = []
    for kind, templates in forms.items():
        for template in templates:
            for _ in range(per_form):
                line, gold = render(template, rng, word_names, word_surnames, popular_firsts, fresh_stems,
                                    name_pool)
                text, at = insert_line(rng.choice(pool), line, rng)
                out.append(Case(kind, template, text, tuple((a + at, b + at) for a, b in gold)))
    return out


def score(all_cases: list[Case], predicted: list) -> dict:
    """Recall per kind and per form (any overlap); a failed note counts as finding everything (fail closed)."""
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_form: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    misses: list[tuple[str, str, str]] = []
    for case, spans in zip(all_cases, predicted, strict=True):
        for a, b in case.gold:
            hit = not isinstance(spans, list) or any(s.start < b and a < s.end for s in spans)
            for tally in (by_kind[case.kind], by_form[(case.kind, case.form)]):
                tally[0] += hit
                tally[1] += 1
            if not hit:
                line_start = case.text.rfind("\n", 0, a) + 1
                line_end = case.text.find("\n", b)
                misses.append((case.kind, case.text[a:b], case.text[line_start:line_end], case.form))
    total = [sum(v[0] for v in by_kind.values()), sum(v[1] for v in by_kind.values())]
    return {"recall": round(total[0] / max(total[1], 1), 4), "gold": total[1],
            "by_kind": {k: round(v[0] / v[1], 4) for k, v in sorted(by_kind.items())},
            "weak_forms": sorted(((round(v[0] / v[1], 3), k, f) for (k, f), v in by_form.items() if v[0] < v[1])),
            "misses": misses}


def tuning_only(result: dict) -> dict:
    """Keep in `result` the weak forms and misses of tuning forms only: a check form is scored, never shown (under
    `--part all` too, where both parts are scored together)."""
    result["weak_forms"] = [w for w in result["weak_forms"] if form_part(w[2]) == "tuning"]
    result["misses"] = [m for m in result["misses"] if form_part(m[3]) == "tuning"]
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-form", type=int, default=6)
    ap.add_argument("--kinds", nargs="*", help="only these kinds (default: all)")
    ap.add_argument("--modules", nargs="*", help="only the forms of these modules of benchmarks/quality/forms "
                    "(e.g. kin records; `marks orgs people` renders the sets measured before KIN and RECORD)")
    ap.add_argument("--errors", type=int, default=0, help="print up to N missed spans with their line")
    ap.add_argument("--json", type=Path, help="write the scores (no note text) here")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--part", choices=("all", "tuning", "check"), default="all",
                    help="the forms' own split (form_part): check-part misses are never printed")
    ap.add_argument("--word-names", type=float, default=0.0,
                    help="share of first names that are English words (stress test; census draw alone gives ~15%%)")
    ap.add_argument("--word-surnames", type=float, default=0.0,
                    help="share of surnames drawn, by census frequency, from the top 1000 census surnames that are "
                    "English words (Brown, Young, Rivers; stress test)")
    ap.add_argument("--popular-firsts", type=float, default=0.0,
                    help="share of first names drawn, by census frequency, from the 50 most frequent given names "
                    "of the person's sex (John, Mary, Michael; stress test)")
    ap.add_argument("--fresh-stems", action="store_true",
                    help="hospital, street, county and saint stems from census names and US cities, never the "
                    "invented pools a model trained with --forms-tuning saw (memorisation check)")
    ap.add_argument("--name-pool", choices=NAME_POOLS, default="census",
                    help="where person names come from: census (default), or name_pools' Faker pools of many "
                    "origins (world; world_held_out: locales the name-likeness model never learned from; "
                    "world_accented: names with their native diacritics)")
    ap.add_argument("--learned-model", default=None,
                    help="the learned voter: a model directory to score instead of the packaged one")
    args = ap.parse_args(argv)

    from cancerprep.stages.deid.engine import DeidConfig, Deidentifier

    all_cases = cases(select_part(load_forms(args.kinds, args.modules), args.part), args.per_form, args.seed,
                      args.word_names, args.word_surnames, args.popular_firsts, args.fresh_stems, args.name_pool)
    config = DeidConfig() if args.learned_model is None else DeidConfig(learned_model=args.learned_model)
    predicted = Deidentifier(config).analyze_many([c.text for c in all_cases])
    result = score(all_cases, predicted)
    print(f"forms probe: recall {result['recall']} over {result['gold']} gold spans")
    for kind, r in result["by_kind"].items():
        print(f"  {kind:12s} {r}")
    tuning_only(result)
    for r, kind, form in result["weak_forms"]:
        print(f"  weak {r:5.3f} {kind:10s} {form}")
    for kind, value, line, _form in result["misses"][:args.errors]:
        print(f"MISS {kind:10s} {value!r:32s} {line!r}")
    if args.json:
        args.json.write_text(json.dumps({k: v for k, v in result.items() if k != "misses"}, indent=2) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
