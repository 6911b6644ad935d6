"""Generated variation of the blind families' weak field kinds (issue 13): the same tuning form, written the ways
the tuning forms do not write it.

Why: the blind families' check parts lose field kinds their tuning parts keep (charts FACILITY and STREET, periop
HOSPITAL, ward UNIT, PAGER and PATIENT, admin ORGANIZATION and PATIENT, community ZIP, research PATIENT): the rules
learned where the tuning forms put these kinds. The check forms may only be scored, so this probe rewrites the
TUNING forms of those kinds instead, each by a change real notes make to the field's label, layout, name shape or
value shape, and scores recall on the variants against the originals rendered with the same draws. It is the
field-kind sibling of `deid_variation` (persons and organisations, broad rewrites) and reuses its rendering.

Rewrite classes (each applied alone; a form a rewrite leaves unchanged is not counted for it):
- label / label_ho: the field's label as another label of the same kind (two disjoint halves of synonyms);
- value_first: the value before its label ("<value> (hospice)", "<value> - pager");
- cell: the value as a table cell between bars or tabs, with a date or count cell beside it;
- alone: the value alone on its line;
- upper / lower: the whole line in one case;
- abbrev: the name's head abbreviated as notes write it (Hosp, Med Ctr, Ctr, Mem, Reg'l, Rehab, Assoc, Svcs, Univ);
- head / head_ho: the name's head as another of its kind (facility types, hospital heads, organisation suffixes,
  building words; two disjoint halves);
- unit_code: a named building with the ward code beside it ("4W", "MICU-2", "B 5");
- pager_shape: the pager number in another printed shape ("p4463", "#44631", "4-4631", "444-4631");
- zip_shape: ZIP+4 with a dash or a blank, or ZIP alone after a state;
- sorted / title / sentence: a patient's name re-ordered, titled, or moved into a sentence (`deid_variation`'s).
Held out (`HELD_OUT`: label_ho, head_ho, value_first): their scores are printed, their misses never, so the classes
fixed from the seen rewrites' misses are measured on rewrites nobody read.

    python -m benchmarks.quality.kind_variation [--per-form 2] [--rewrites abbrev head] [--errors N] [--json F]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from benchmarks.quality import deid_variation as dv
from benchmarks.quality.forms_probe import MTSAMPLES, host_notes, load_forms, select_part
from cancerprep.sample import planted

# the weak kinds of issue 13, by blind family
WEAK: dict[str, tuple[str, ...]] = {
    "charts": ("FACILITY", "STREET"), "periop": ("HOSPITAL",), "ward": ("UNIT", "PAGER", "PATIENT", "ORGANIZATION"),
    "admin": ("ORGANIZATION", "PATIENT"), "community": ("ZIP",), "research": ("PATIENT",),
}
HELD_OUT = frozenset({"label_ho", "head_ho", "value_first"})

_GOLD = re.compile(r"\[\[(.+?)\]\]")
# a field label (up to five words) closed by a colon, the value's gold span after it
_FIELD = re.compile(r"^(?P<label>[A-Za-z][A-Za-z /'()&.-]{0,40}?)\s*:\s*(?=\[\[)")

# -- label synonyms, by kind: halves A (seen) and B (held out); none copied from a form ----------------------------
_LABELS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "FACILITY": (("Facility", "Placement", "D/C to", "Discharge facility", "SNF", "Accepting facility", "Outside site",
                  "Location", "Receiving facility", "Agency"),
                 ("Disposition", "Care site", "Dispo", "Destination", "Post-acute provider", "LTC", "Sent to",
                  "Site of care", "Vendor", "Provider")),
    "HOSPITAL": (("Hospital", "Facility", "OSH", "Outside hospital", "Site", "Transferred from", "Institution"),
                 ("Hosp", "Referring hospital", "Location", "Campus", "Receiving hospital", "From", "Performed at")),
    "ORGANIZATION": (("Employer", "Company", "Vendor", "Organization", "Agency", "Supplier", "Church"),
                     ("Org", "Workplace", "Business", "Provider", "Program", "Affiliation", "Place of work")),
    "UNIT": (("Unit", "Location", "Bldg", "Building", "Floor", "Ward"),
             ("Pavilion", "Loc", "Bed location", "Tower", "Area", "Dept location")),
    "PAGER": (("Pager", "Pgr", "Beeper", "Page", "pg", "Pager #"),
              ("Bleep", "Pgr#", "Pager ID", "Beeper no", "Page to", "Spok")),
    "ZIP": (("ZIP", "Zip code", "Postal code", "ZIP+4", "Zip"),
            ("Postcode", "Zip/postal", "Mail zip", "Zipcode", "Postal")),
    "STREET": (("Address", "Street", "Home address", "Addr", "Residence"),
               ("Mailing address", "Street address", "Lives at", "Home addr", "Address line 1")),
    "PATIENT": (("Pt name", "Patient", "Name", "Pt", "Patient Name", "Member"),
                ("Client", "Resident", "Subject", "Enrollee", "Resident name", "Beneficiary")),
}

# -- name heads, by kind: halves A (seen) and B (held out) -------------------------------------------------------
_HEADS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "FACILITY": (("Clinic", "Care Center", "Nursing Home", "Rehab", "SNF", "Health Center", "Hospice",
                  "Dialysis Center", "Home Health", "Assisted Living", "Manor", "Skilled Nursing"),
                 ("Infirmary", "Convalescent Center", "Care Home", "Memory Care", "Surgery Center", "Rehab Center",
                  "Nursing & Rehab", "Extended Care", "Retirement Village", "Health Care Center", "Living Center",
                  "Transitional Care")),
    "HOSPITAL": (("Hosp", "Med Ctr", "Medical Center", "Regional Medical Center", "Memorial Hospital",
                  "Community Hospital", "Health System", "Cancer Institute"),
                 ("General Hospital", "Hospital Center", "University Medical Center", "Medical Campus", "Healthcare",
                  "Infirmary", "Regional Hospital", "Health")),
    "ORGANIZATION": (("Inc", "LLC", "Group", "Associates", "Partners", "Health", "Services", "Co."),
                     ("Inc.", "Corporation", "Company", "Enterprises", "Ltd", "& Sons", "Holdings", "Agency")),
    "UNIT": (("Pavilion", "Tower", "Wing", "Building", "Hall"),
             ("Annex", "Center", "Institute", "House", "Plaza")),
}
# every head a rewrite may replace (the longest first), so "Medical Center" goes as one
_ANY_HEAD = re.compile(r"\b(?:" + "|".join(sorted(
    {re.escape(h) for halves in _HEADS.values() for half in halves for h in half} | {
        "Hospital", "Center", "Centre", "Nursing and Rehabilitation Center", "Skilled Nursing Facility",
        "Reference Laboratory", "Laboratories", "Laboratory", "Infusion Center", "Imaging Center", "Urgent Care",
        "Hospice House", "Wound Center", "Rehabilitation Center", "Senior Living", "Blood Center",
        "Detention Center", "Pathology Associates", "Construction", "Home Medical", "Medical Supply", "Inn",
        "Family Foundation", "Manufacturing Co.", "Logistics", "Law Group", "Drug", "Industries", "Funeral Home",
        "Medical Transport", "Infusion Pharmacy", "Food Bank", "Pharmacy Services", "Wig Boutique",
        "Catholic Church", "Children's Hospital", "Baptist Hospital", "University Hospital", "Family Cancer Pavilion",
        "Hospice Unit"}, key=len, reverse=True)) + r")$")

_ABBREV = (("Medical Center", "Med Ctr"), ("Hospital", "Hosp"), ("Center", "Ctr"), ("Regional", "Reg'l"),
           ("Memorial", "Mem"), ("Rehabilitation", "Rehab"), ("Nursing", "Nsg"), ("Laboratories", "Labs"),
           ("Laboratory", "Lab"), ("Associates", "Assoc"), ("Services", "Svcs"), ("University", "Univ"),
           ("Saint", "St"), ("Mount", "Mt"), ("County", "Co."), ("Manufacturing", "Mfg"), ("Company", "Co"),
           ("Community", "Comm"), ("Pavilion", "Pav"), ("Building", "Bldg"), ("Tower", "Twr"),
           ("Skilled Nursing Facility", "SNF"), ("Medical", "Med"), ("Health", "Hlth"))

_UNIT_CODES = ("4W", "MICU-2", "B 5", "5 East", "7N", "3S", "ICU-4", "6A", "BMT-9", "2 West")
_PAGER_SHAPES = ("p{D4}", "#{D5}", "{D1}-{D4}", "{D3}-{D4}", "x{D4}", "({D5})", "{D2} {D3}")
_ZIP_SHAPES = ("{ZIP}-{D4}", "{ZIP} {D4}", "{ZIP}")
_CELL_SIDES = ("{DATE}", "{D2}", "yes", "active", "{DATE} 08:15")


def _gold(template: str) -> re.Match[str] | None:
    return next(iter(_GOLD.finditer(template)), None)


def _field(kind: str, half: int) -> Callable[[str, str], str]:
    """Rewrite the field's label as a synonym of `kind`'s half `half`; a form without a field label gets one."""
    def rewrite(template: str, k: str) -> str:
        if k not in _LABELS:
            return template
        pool = _LABELS[k][half]
        m = _FIELD.match(template)
        if m:
            others = tuple(x for x in pool if x.lower() != m.group("label").lower())
            return dv._pick(others, template + str(half)) + ": " + template[m.end():]
        g = _gold(template)
        if not g:
            return template
        return dv._pick(pool, template + str(half)) + ": " + g.group(0) + _tail(template[g.end():])
    return rewrite


def _tail(rest: str) -> str:
    """What follows a value moved into a field: a short clause kept, a long one dropped."""
    rest = rest.strip()
    return (" " + rest) if rest and len(rest) < 30 and not rest[0].isalnum() else ""


def value_first(template: str, kind: str) -> str:
    """The value, then its label in brackets or after a dash: "<value> (pager)"."""
    g = _gold(template)
    if not g or kind not in _LABELS:
        return template
    lab = dv._pick(_LABELS[kind][0] + _LABELS[kind][1], template).lower()
    shape = dv._pick(("{G} ({L})", "{G} - {L}", "{G} = {L}", "{G}, {L}"), template + "|vf")
    return shape.replace("{G}", g.group(0)).replace("{L}", lab)


def cell(template: str, kind: str) -> str:
    """The value as a table cell, the label in the first cell and a date or count after."""
    g = _gold(template)
    if not g or kind not in _LABELS:
        return template
    m = _FIELD.match(template)
    lab = m.group("label") if m else dv._pick(_LABELS[kind][0], template)
    side = dv._pick(_CELL_SIDES, template)
    sep = dv._pick((" | ", "\t", "  |  "), template + "|sep")
    return f"{lab}{sep}{g.group(0)}{sep}{side}"


def alone(template: str, kind: str) -> str:
    g = _gold(template)
    return g.group(0) if g and kind in _LABELS and g.group(0) != template else template


def _head(half: int) -> Callable[[str, str], str]:
    def rewrite(template: str, kind: str) -> str:
        g = _gold(template)
        if not g or kind not in _HEADS:
            return template
        inner = g.group(1)
        m = _ANY_HEAD.search(inner)
        if not m or m.start() == 0:
            return template
        new = dv._pick(tuple(h for h in _HEADS[kind][half] if h != m.group(0)), template + str(half))
        return template[:g.start(1)] + inner[:m.start()] + new + template[g.end(1):]
    return rewrite


def abbrev(template: str, kind: str) -> str:
    g = _gold(template)
    if not g or kind not in _HEADS:
        return template
    inner = g.group(1)
    for long, short in _ABBREV:
        inner = re.sub(rf"\b{re.escape(long)}\b", short, inner)
    return template[:g.start(1)] + inner + template[g.end(1):]


def unit_code(template: str, kind: str) -> str:
    g = _gold(template)
    if not g or kind != "UNIT":
        return template
    code = dv._pick(_UNIT_CODES, template)
    shape = dv._pick(("{G} {C}", "{C}, {G}", "{G}/{C}", "{G} - {C}"), template + "|uc")
    before = template[:g.start()]
    return before + shape.replace("{G}", g.group(0)).replace("{C}", code) + _tail(template[g.end():])


def pager_shape(template: str, kind: str) -> str:
    g = _gold(template)
    if not g or kind != "PAGER":
        return template
    return template[:g.start(1)] + dv._pick(_PAGER_SHAPES, template) + template[g.end(1):]


def zip_shape(template: str, kind: str) -> str:
    g = _gold(template)
    if not g or kind != "ZIP":
        return template
    shape = dv._pick(_ZIP_SHAPES, template)
    if shape == "{ZIP}":
        return "{CITY}, {ST}\n[[{ZIP}]]"
    return template[:g.start(1)] + shape + template[g.end(1):]


def _person(fn: Callable[[str, str], str]) -> Callable[[str, str], str]:
    return lambda t, k: fn(t, k) if k == "PATIENT" else t


REWRITES: dict[str, Callable[[str, str], str]] = {
    "label": lambda t, k: _field(k, 0)(t, k), "label_ho": lambda t, k: _field(k, 1)(t, k),
    "value_first": value_first, "cell": cell, "alone": alone,
    "upper": lambda t, k: t, "lower": lambda t, k: t,
    "abbrev": abbrev, "head": _head(0), "head_ho": _head(1), "unit_code": unit_code, "pager_shape": pager_shape,
    "zip_shape": zip_shape, "sorted": _person(dv.sorted_name), "title": _person(dv.title),
    "sentence": _person(dv.sentence),
}
_LINE_CASE: dict[str, Callable[[str], str]] = {"upper": str.upper, "lower": str.lower}


def tuning_forms(weak: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    """(kind, template) of the TUNING forms of each family's weak kinds: the check parts are never read."""
    out = []
    for module, kinds in weak.items():
        for kind, ts in select_part(load_forms(list(kinds), [module]), "tuning").items():
            out.extend((kind, t) for t in ts)
    return out


def run(per_form: int = 2, seed: int = 7, only: set[str] | None = None,
        weak: dict[str, tuple[str, ...]] | None = None) -> dict:
    """Recall of the originals and of every rewrite's variants, by rewrite and kind; misses of seen rewrites."""
    from cancerprep.stages.deid.engine import DeidConfig, Deidentifier

    forms = tuning_forms(weak or WEAK)
    vs = [(name, i, (name in _LINE_CASE and t) or fn(t, kind)) for name, fn in REWRITES.items()
          if not only or name in only for i, (kind, t) in enumerate(forms)]
    vs = [(name, i, t) for name, i, t in vs if name in _LINE_CASE or t != forms[i][1]]
    hosts = host_notes(planted.load_sources(MTSAMPLES))
    texts, golds, keys = [], [], []
    for i, (_, t) in enumerate(forms):
        for k in range(per_form):
            text, gold = dv._render(t, f"{seed}|{t}|{k}", "census", None, hosts)
            texts.append(text)
            golds.append(gold)
            keys.append(("", i))
    for name, i, t in vs:
        for k in range(per_form):
            text, gold = dv._render(t, f"{seed}|{forms[i][1]}|{k}", "census", _LINE_CASE.get(name), hosts)
            texts.append(text)
            golds.append(gold)
            keys.append((name, i))
    predicted = Deidentifier(DeidConfig()).analyze_many(texts)
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for j, ((name, i), gold) in enumerate(zip(keys, golds, strict=True)):
        spans = predicted[j]
        kind = forms[i][0]
        for a, b in gold:
            hit = not isinstance(spans, list) or any(s.start < b and a < s.end for s in spans)
            for key in ((name or "original", kind), (name or "original", "ALL")):
                tally[key][0] += hit
                tally[key][1] += 1
            if not hit and name and name not in HELD_OUT:
                text = texts[j]
                ls, le = text.rfind("\n", 0, a) + 1, text.find("\n", b)
                misses.append({"rewrite": name, "kind": kind, "value": text[a:b],
                               "line": text[ls:le if le >= 0 else None]})
    scores = {f"{a}|{b}": {"recall": round(h / n, 4), "gold": n} for (a, b), (h, n) in sorted(tally.items())}
    seen = [v for k, v in tally.items() if k[1] == "ALL" and k[0] not in HELD_OUT and k[0] != "original"]
    held = [v for k, v in tally.items() if k[1] == "ALL" and k[0] in HELD_OUT]
    for name, part in (("SEEN", seen), ("HELD_OUT", held)):
        h, n = sum(x[0] for x in part), sum(x[1] for x in part)
        scores[f"{name}|ALL"] = {"recall": round(h / max(n, 1), 4), "gold": n}
    return {"scores": scores, "misses": misses, "forms": len(forms), "variants": len(vs)}


def table(res: dict) -> str:
    lines = [f"{res['variants']} variants of {res['forms']} tuning forms",
             f"{'rewrite':<14}{'kind':<14}{'gold':>6}  recall"]
    for key, m in res["scores"].items():
        a, b = key.split("|")
        lines.append(f"{a:<14}{b:<14}{m['gold']:>6}  {m['recall']:.4f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--per-form", type=int, default=2)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--rewrites", nargs="*", help="only these rewrites (default: all)")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print N misses of seen rewrites")
    ap.add_argument("--json", type=Path, help="write the scores (no note text) here")
    args = ap.parse_args(argv)
    res = run(args.per_form, args.seed, set(args.rewrites or ()))
    print(table(res))
    rng = random.Random(args.seed)
    for m in rng.sample(res["misses"], min(args.errors, len(res["misses"]))):
        print(f"MISS {m['rewrite']:<12} {m['kind']:<12} {m['value']!r:32} {m['line']!r}")
    if args.json:
        args.json.write_text(json.dumps(res["scores"], indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
