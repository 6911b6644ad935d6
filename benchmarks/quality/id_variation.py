"""Identifiers by shape and slot: recall per shape, label and layout, seen and held out (issue 13).

Why: the blind families' number kinds (charts BLOOD_UNIT, ACCESSION; community HEALTH_PLAN) stayed flat on their
check parts after every labelled shape a helper could think of was caught one by one, so the holes are shapes or
slots the rules do not know. This generator writes identifiers from structure, none from a form: many shapes (long
digit runs, letter prefixes, check digits, year-prefixed accessions, ISBT-like donation numbers, spaced groups,
Codabar, mixed case, dotted and slashed runs) set into slots that say "this is a number of something" (a label and
its separator, a key=value field, a table column under its header), in three splits: `seen` labels, layouts and
shapes (what a rule may be written against), and a HELD-OUT set of each that no rule should name. A held-out line
has at least one held-out part (label, layout or shape); its recall says whether the rules generalise. It also
renders refusal lines: safe values (dates, times, doses, lab values and ranges, ICD/CPT/LOINC/HCPCS codes, vitals,
percentages, gene variants, TNM stages, drug names with numbers, rooms, cycle labels) in the same kinds of slots,
and counts the lines where a span touches the safe value (on a date line, a span of a kind other than DATE).

Nothing here is copied from a benchmark form or note; labels, layouts and values are this script's own wording.

`--fresh` renders every line from a second held-out set of labels and layouts (arrows, CSV, the value before its
label, "Label#value", plural list labels, "LABEL = value") written after the recogniser, so never in view of its
rules; the refusal lines are the same.

`--lab` renders the laboratory's own numbers (deidfix41): a case number under the name of the lab section that made
it ("Bone marrow", "Cytogenetics", "Dermpath") rather than under a word of identification, in pathology's shapes
(section letters, a two- or four-digit year, a serial of 3 to 6 digits, joined by dashes, blanks or colons), written
after the section in prose ("<section> <value> signed out"), in brackets, or in the seen layouts. Seen and held-out
halves of sections, shapes and layouts as above; the refusal lines are the same plus the section names before safe
values (a stage, a count, a percentage).

    python -m benchmarks.quality.id_variation [--n 2000] [--seed 11] [--errors 40] [--json F] [--fresh] [--lab]
"""

from __future__ import annotations

import argparse
import json
import random
import string
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from benchmarks.quality.variation_score import draw_case, found_and_marked, overlaps, print_weak, recall_by_feature

_U = string.ascii_uppercase
_D = string.digits


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_D) for _ in range(n))


def _a(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_U) for _ in range(n))


def _yy(rng: random.Random) -> str:
    return f"{rng.randint(15, 27):02d}"


# Shapes: name -> drawer. The split is by name (SEEN_SHAPES / HELD_SHAPES below).
SHAPES: dict[str, Callable[[random.Random], str]] = {
    "digits": lambda r: _d(r, r.randint(7, 10)),
    "prefix": lambda r: _a(r, r.randint(1, 3)) + _d(r, r.randint(5, 9)),
    "check_digit": lambda r: f"{_d(r, r.randint(6, 8))}-{r.choice(_D + 'X')}",
    "year_accession": lambda r: f"{_a(r, r.randint(1, 2))}{_yy(r)}-{_d(r, r.randint(4, 6))}",
    "isbt": lambda r: f"{r.choice(_U)}{_d(r, 4)} {_yy(r)} {_d(r, 6)}",
    "spaced_groups": lambda r: " ".join(_d(r, 4) for _ in range(r.randint(2, 3))),
    "codabar": lambda r: f"{r.choice('ABCD')}{_d(r, r.randint(6, 9))}{r.choice('ABCD')}",
    "mixed_case": lambda r: "".join(r.choice(string.ascii_letters + _D * 2) for _ in range(r.randint(8, 12)))
    + _d(r, 1),
    "dashed_alnum": lambda r: f"{_a(r, 2)}{_d(r, 2)}-{_d(r, 3)}-{_a(r, 1)}{_d(r, 2)}",
    "year_slash": lambda r: f"{r.randint(2015, 2027)}/{_d(r, r.randint(5, 6))}",
    "dotted": lambda r: f"{_d(r, 3)}.{_d(r, 3)}.{_d(r, 3)}",
    "hex_groups": lambda r: "-".join("".join(r.choice("0123456789ABCDEF") for _ in range(4)) for _ in range(3)),
    "year_letter_accession": lambda r: f"{_yy(r)}-{_a(r, r.randint(1, 2))}-{_d(r, r.randint(4, 6))}",
    "suffix_letters": lambda r: f"{_d(r, r.randint(6, 9))}{_a(r, r.randint(1, 2))}",
    "underscore": lambda r: f"{_a(r, r.randint(2, 4))}_{_d(r, r.randint(5, 7))}",
    "lower_prefix": lambda r: f"{_a(r, 2).lower()}{_d(r, r.randint(6, 8))}",
}
HELD_SHAPES = ("hex_groups", "year_letter_accession", "suffix_letters", "underscore", "lower_prefix", "dotted")
SEEN_SHAPES = tuple(s for s in SHAPES if s not in HELD_SHAPES)

# Labels naming a number of something (this script's own list); the held-out ones no rule should name.
SEEN_LABELS = ("Specimen No.", "Accession #", "Case number", "Unit ID", "Requisition no", "Order #", "Barcode",
               "Tracking number", "Claim number", "Policy no.", "Member ID", "Serial", "Container ID",
               "Donation number", "Ticket #", "Reference code", "Confirmation #", "Authorization number",
               "Employee ID", "Bag ID", "Slide ID", "Sample ID", "Kit number", "Subject ID", "Registration no")
HELD_LABELS = ("Wristband no.", "Tracking ID", "Specimen barcode", "Req. #", "Acc. No.", "Shipment no",
               "Case accession", "Unit number", "Referral number", "Prior auth ref", "Appeal no", "Transaction ID",
               "Grant ID", "Cardholder ID", "Bag number", "Pouch ID", "Voucher code", "Enrollment code",
               "Aliquot ID", "Cassette no.", "Label code", "Record locator", "Tube #", "Courier requisition no.")

# Layouts: a label and a value into a line (or a header row and a row); the gold is the value.
# A second held-out set written after the recogniser (so never in view while its rules were written): `--fresh`.
FRESH_LABELS = ("Specimen label no.", "Pt band #", "Bottle ID", "Rack position code", "Courier manifest no",
                "Fax confirmation ID", "Case ref", "Blood bank unit no.", "Sticker #", "Visit token", "Portal ticket",
                "Lab order no.", "Packing slip #", "Consent form ID", "Imaging acc #", "Biobank ID")
FRESH_LAYOUTS = ("arrow", "csv", "value_first", "no_space_hash", "list", "caps_equals")
SEEN_LAYOUTS = ("colon", "hash", "dash", "keyvalue", "pipe_table", "tab_table", "two_space")
HELD_LAYOUTS = ("dot_leader", "bracket", "slash_key", "json", "xml", "below", "log_row")

# `--lab`: lab sections as labels, pathology case shapes, prose layouts (this script's own lists).
LAB_SEEN_LABELS = ("Surgical pathology", "Bone marrow", "Heme path", "Cytology", "Microbiology", "Flow",
                   "Histology", "Outside slides", "Derm path", "Path")
LAB_HELD_LABELS = ("Cytogenetics", "FISH", "Hematopathology", "Molecular path", "Frozen", "Consult case",
                   "Neuropath", "GI path", "Autopsy", "Renal biopsy")
LAB_SHAPES: dict[str, Callable[[random.Random], str]] = {
    "section_year_serial": lambda r: f"{_a(r, r.randint(1, 3))}{_yy(r)}-{_d(r, r.randint(3, 6))}",
    "dashed_section": lambda r: f"{_a(r, r.randint(1, 3))}-{_yy(r)}-{_d(r, r.randint(3, 6))}",
    "full_year": lambda r: f"{_a(r, r.randint(1, 2))}{r.randint(2015, 2027)}-{_d(r, r.randint(3, 6))}",
    "spaced_serial": lambda r: f"{_a(r, r.randint(1, 2))}{_yy(r)} {_d(r, r.randint(4, 6))}",
    "colon_parts": lambda r: f"{_yy(r)}:{_a(r, r.randint(1, 2))}:{_d(r, r.randint(3, 5))}",
    "year_first": lambda r: f"{_yy(r)}-{_a(r, r.randint(1, 3))}-{_d(r, r.randint(3, 6))}",
    "dashed_full_year": lambda r: f"{_a(r, r.randint(1, 3))}-{r.randint(2015, 2027)}-{_d(r, r.randint(3, 6))}",
    "slash_year": lambda r: f"{_a(r, r.randint(1, 2))}/{_yy(r)}/{_d(r, r.randint(3, 5))}",
}
LAB_HELD_SHAPES = ("spaced_serial", "colon_parts", "dashed_full_year", "slash_year")
LAB_SEEN_SHAPES = tuple(s for s in LAB_SHAPES if s not in LAB_HELD_SHAPES)
LAB_SEEN_LAYOUTS = ("space", "colon", "hash", "pipe_table")
LAB_HELD_LAYOUTS = ("paren", "no_label_prose", "dash", "two_space")


def _key(label: str, space: str = "_") -> str:
    """`label` as a machine key (keyvalue, json, xml layouts): lower case, no trailing '#. ', no dots."""
    return label.lower().rstrip("#. ").replace(" ", space).replace(".", "")


def _table(sep: str, label: str, time: str) -> str:
    """A two-line table's header and its first cells, up to the value's column."""
    return sep.join(("Time", label, "Status")) + "\n" + time + sep


# Each layout's (text before the value, text after it) from the label, a status word and a time.
_LAYOUTS: dict[str, Callable[[str, str, str], tuple[str, str]]] = {
    "colon": lambda label, other, time: (f"{label}: ", f"   Status: {other}"),
    "hash": lambda label, other, time: (f"{label.rstrip('#. ')} # ", ""),
    "dash": lambda label, other, time: (f"{label} - ", f" ({other})"),
    "keyvalue": lambda label, other, time: (f"status={other.replace(' ', '_')}; {_key(label)}=", f"; time={time}"),
    "pipe_table": lambda label, other, time: (_table(" | ", label, time), " | " + other),
    "tab_table": lambda label, other, time: (_table("\t", label, time), "\t" + other),
    "two_space": lambda label, other, time: (_table("    ", label, time), "    " + other),
    "space": lambda label, other, time: (f"{label} ", f" {other}"),
    "paren": lambda label, other, time: (f"{label} (", f") {other}"),
    "no_label_prose": lambda label, other, time: (f"Reviewed {label.lower()} case ", f" from the outside lab, {other}"),
    "dot_leader": lambda label, other, time: (f"{label} ........ ", ""),
    "bracket": lambda label, other, time: (f"[{label}] ", f" {other}"),
    "slash_key": lambda label, other, time: (f"{label.upper()}/", f" {other}"),
    "json": lambda label, other, time: (f'{{"status": "{other}", "{_key(label)}": "', '"}'),
    "xml": lambda label, other, time: (f"<{_key(label, '')}>", f"</{_key(label, '')}>"),
    "below": lambda label, other, time: (f"{label}\n", ""),
    "arrow": lambda label, other, time: (f"{label} -> ", ""),
    "csv": lambda label, other, time: (",".join(("time", label, "status")) + "\n" + time + ",", "," + other),
    "value_first": lambda label, other, time: ("", f" ({label.lower().rstrip('#. ')}) {other}"),
    "no_space_hash": lambda label, other, time: (f"{label.rstrip('#. ')}#", ""),
    "list": lambda label, other, time: (f"{label}s: ", ", pending"),
    "caps_equals": lambda label, other, time: (f"{label.upper()} = ", ""),
    # log_row: a log table whose header names the column among other cells
    "log_row": lambda label, other, time: (" | ".join(("Time", "Event", label, "By")) + f"\n{time} | {other} | ",
                                           " | RN"),
}


def _render(layout: str, label: str, value: str, rng: random.Random) -> tuple[str, int]:
    """The rendered text and the value's offset in it (an unknown layout renders as a log row)."""
    other = rng.choice(("received", "in transit", "verified", "pending", "resulted", "on hold"))
    time = f"{rng.randint(0, 23):02d}{rng.choice(('00', '15', '30', '45'))}"
    pre, post = _LAYOUTS.get(layout, _LAYOUTS["log_row"])(label, other, time)
    return pre + value + post, len(pre)


# Refusal values: safe classes (this script's own values), each with the slots they take.
REFUSAL_VALUES: dict[str, tuple[str, ...]] = {
    "date": ("03/14/2024", "2025-11-02", "14-Mar-2024", "11/2/25", "2024/07/19"),
    "time": ("0915", "14:30", "2145 hrs", "07:05:22"),
    "dose": ("75 mg/m2", "500 mg", "1000 mL", "2.5 mg/kg", "40 units", "8 mg IV q8h", "5000 IU"),
    "lab": ("7.2 g/dL", "138 mmol/L", "1.2 (0.6-1.3)", "4.5-11.0 x10^3/uL", "250000 /uL", "<0.01 ng/mL", "12.5 %"),
    "icd": ("C50.911", "C34.90", "Z51.11", "D64.9", "C18.7"),
    "cpt": ("88305", "96413", "77067", "38221"),
    "loinc": ("2160-0", "718-7", "33914-3", "6690-2"),
    "hcpcs": ("J9035", "J9271", "Q5107", "G0463"),
    "vitals": ("128/74", "HR 72", "SpO2 97%", "T 36.8 C", "RR 16"),
    "percent": ("45%", "92 %", "12.5%"),
    "variant": ("EGFR L858R", "KRAS G12C", "BRAF V600E", "PIK3CA H1047R", "IDH1 R132H", "exon 19 del"),
    "tnm": ("pT2N1M0", "T3N0M0", "ypT1cN0", "cT4bN2M1a", "pT1b pN0"),
    "drug": ("5-FU", "T-DM1", "Y-90", "Ra-223", "CAR-T 19", "I-131"),
    "cycle": ("C3D1", "C12D8", "cycle 4 day 15", "D1"),
    "room": ("612B", "4W-12", "Bay 3", "Chair 7", "OR 5"),
}
# Slots the safe values take: a label that is a number-ish word but names a safe thing.
REFUSAL_LABELS: dict[str, tuple[str, ...]] = {
    "date": ("Collected", "Received date", "Date", "Order date"),
    "time": ("Time", "Collection time", "Given at"),
    "dose": ("Dose", "Order", "Amount"),
    "lab": ("Result", "Value", "Sample result"),
    "icd": ("ICD-10 code", "Dx code", "Diagnosis code", "Code"),
    "cpt": ("CPT code", "CPT", "Procedure code", "Billing code"),
    "loinc": ("LOINC", "LOINC code", "Test code"),
    "hcpcs": ("HCPCS", "J-code", "HCPCS code"),
    "vitals": ("Vitals", "VS", "Last vitals"),
    "percent": ("Blast %", "Ki-67", "ER"),
    "variant": ("Variant", "Mutation", "Finding"),
    "tnm": ("Stage", "TNM", "Path stage"),
    "drug": ("Agent", "Drug", "Product"),
    "cycle": ("Cycle", "Day", "Regimen day"),
    "room": ("Room", "Location", "Bed"),
}
REFUSAL_LAYOUTS = ("colon", "dash", "keyvalue", "pipe_table", "tab_table", "dot_leader", "bracket", "json")


def lines(n: int, seed: int, fresh: bool = False, lab: bool = False
          ) -> tuple[list[tuple[str, tuple[int, int], dict[str, str]]], list[tuple[str, str, str]]]:
    """`n` identifier lines (text, gold span, features) and the refusal lines (text, safe value, class); `fresh`:
    every line in the second held-out set (labels and layouts written after the recogniser, any shape); `lab`: the
    lab-section set (module doc)."""
    rng = random.Random(seed)
    out = []
    for k in range(n):
        if lab:
            out.append(_lab_line(rng, held=k % 2 == 1))
            continue
        if fresh:
            label, layout, shape = rng.choice(FRESH_LABELS), rng.choice(FRESH_LAYOUTS), rng.choice(list(SHAPES))
            value = SHAPES[shape](rng)
            text, at = _render(layout, label, value, rng)
            out.append((text, (at, at + len(value)), {"split": "fresh", "shape": shape, "label": label.lower(),
                                                      "layout": layout, "case": "str", "held_parts": "fresh"}))
            continue
        held = k % 2 == 1  # half the lines hold a held-out part
        parts = _held_parts(rng, held)
        label = rng.choice(HELD_LABELS if parts["label"] else SEEN_LABELS)
        layout = rng.choice(HELD_LAYOUTS if parts["layout"] else SEEN_LAYOUTS)
        shape = rng.choice(HELD_SHAPES if parts["shape"] else SEEN_SHAPES)
        value = SHAPES[shape](rng)
        case = draw_case(rng, 0.15, 0.25)
        if case is not str:
            label = case(label)
            value = case(value) if shape != "mixed_case" else value
        text, at = _render(layout, label, value, rng)
        out.append((text, (at, at + len(value)), _features(held, parts, shape, label, layout, case)))
    refusals = []
    for cls, values in REFUSAL_VALUES.items():
        for value in values:
            for layout in REFUSAL_LAYOUTS:
                label = rng.choice(REFUSAL_LABELS[cls])
                text, _ = _render(layout, label, value, rng)
                refusals.append((text, value, cls))
    return out, refusals


def _lab_line(rng: random.Random, held: bool) -> tuple[str, tuple[int, int], dict[str, str]]:
    """One `--lab` line: a held-out line has at least one held-out part (section, shape or layout)."""
    parts = _held_parts(rng, held)
    label = rng.choice(LAB_HELD_LABELS if parts["label"] else LAB_SEEN_LABELS)
    layout = rng.choice(LAB_HELD_LAYOUTS if parts["layout"] else LAB_SEEN_LAYOUTS)
    shape = rng.choice(LAB_HELD_SHAPES if parts["shape"] else LAB_SEEN_SHAPES)
    value = LAB_SHAPES[shape](rng)
    case = draw_case(rng)
    label, value = case(label), case(value)
    text, at = _render(layout, label, value, rng)
    return case(text), (at, at + len(value)), _features(held, parts, shape, label, layout, case)


def _held_parts(rng: random.Random, held: bool) -> dict[str, bool]:
    """Which parts (label, layout, shape) a line draws from its held-out list: one to three of them when `held`."""
    parts = {"label": False, "layout": False, "shape": False}
    if held:
        for p in rng.sample(list(parts), rng.randint(1, 3)):
            parts[p] = True
    return parts


def _features(held: bool, parts: dict[str, bool], shape: str, label: str, layout: str,
              case: Callable[[str], str]) -> dict[str, str]:
    """A seen or held-out line's features, as the recall table splits them."""
    return {"split": "held_out" if held else "seen", "shape": shape, "label": label.lower(), "layout": layout,
            "case": case.__name__, "held_parts": "+".join(p for p, v in parts.items() if v) or "none"}


# Refusals of `--lab`: a lab section's name before a value that is no case number.
LAB_REFUSALS = (("Bone marrow 40% cellular", "40% cellular"), ("Flow 2.3% blasts", "2.3% blasts"),
                ("Cytology class II", "class II"), ("Path stage pT2 N0", "pT2 N0"), ("FISH 18/200 nuclei", "18/200"),
                ("Surgical pathology 3 of 12 nodes", "3 of 12"), ("Heme path C3D1 review", "C3D1"),
                ("Microbiology 48 h", "48 h"), ("Cytogenetics 46,XX[20]", "46,XX[20]"),
                ("Histology grade 2", "grade 2"),
                ("Frozen 3x2 cm", "3x2 cm"), ("Autopsy HER2-neg", "HER2-neg"), ("Flow CD34 1.2%", "CD34 1.2%"),
                ("Molecular path KRAS G12D", "KRAS G12D"), ("Bone marrow BM-bx x2", "x2"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--errors", type=int, default=0, help="print up to N missed identifiers and marked refusals")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--fresh", action="store_true", help="the second held-out set (written after the recogniser)")
    ap.add_argument("--lab", action="store_true", help="lab sections as labels, pathology case shapes (deidfix41)")
    args = ap.parse_args(argv)

    found, refusals = lines(args.n, args.seed, args.fresh, args.lab)
    if args.lab:
        refusals += [(case(text), case(value), "lab") for text, value in LAB_REFUSALS for case in (str, str.upper)]
    got = overlaps([(line, a, b) for line, (a, b), _ in found]
                   + [(line, line.rindex(value), line.rindex(value) + len(value)) for line, value, _ in refusals],
                   args.seed)
    hits = found_and_marked(got, len(found))[0]
    misses = [line for (line, _, _), hit in zip(found, hits, strict=True) if not hit]
    marked_by: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    marked_lines = []
    for (line, _, cls), spans in zip(refusals, got[len(found):], strict=True):
        # a date is PHI of its own kind: on a date line only a span of another kind is a wrong mark
        bad = any(cls != "date" or x.entity_type != "DATE" for x in spans or ())
        marked_by[cls][0] += bad
        marked_by[cls][1] += 1
        if bad:
            marked_lines.append(line)
    wrong = sum(v[0] for v in marked_by.values())
    result = {"recall": recall_by_feature([feats for _, _, feats in found], hits),
              "refusals_marked": f"{wrong}/{len(refusals)}",
              "refusals_by_class": {k: f"{h}/{t}" for k, (h, t) in sorted(marked_by.items())}}
    rec = result["recall"]
    print(f"id variation: recall {rec['all']['all']} over {args.n} (seen {rec['split'].get('seen')}, held-out "
          f"{rec['split'].get('held_out')}, fresh {rec['split'].get('fresh')}); refusal lines marked "
          f"{result['refusals_marked']}")
    print_weak(rec, ("held_parts", "shape", "layout", "case", "label"))
    print("  refusals marked by class: " + "; ".join(f"{k} {v}" for k, v in result["refusals_by_class"].items()))
    for line in misses[:args.errors]:  # this script's own lines: safe to print
        print(f"MISS {line!r}")
    for line in marked_lines[:args.errors]:
        print(f"REFUSAL MARKED {line!r}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
