"""Precision under clinical-vocabulary variation: false spans per 1,000 real notes whose clinical words were varied.

Why (issue 13): PhysioNet check precision (0.908) sits seven points under tuning (0.980), and the tuning part holds
only ~10 false positives: rules tuned on them alone do not carry over. This generator multiplies the clinical wording
the de-identifier meets without new PHI: it takes PhysioNet TUNING notes (their gold PHI kept, never touched) and
MTSamples TUNING notes (`damage_bench`'s tuning half) and
  1. substitutes the clinical words found in them (drugs, laboratory tests, anatomy sites, shorthand; three letters or
     more: "pt" is the patient as often as a test) by other words
     of the same vocabulary class, the original's case kept;
  2. inserts lines of charting (this script's own frames) written from broad vocabularies the project ships or
     depends on: drug names, lab tests with values and units, ICD-10-CM sites and titles (`simple_icd_10_cm`),
     eponym disease names (`disease_names`), shorthand (`clinical_terms.txt`), hospital unit words, times of day,
     scores ("GCS 15"), doses ("5/325") and device makers.
Every vocabulary item (a word, a title, a value template) belongs to the SEEN or the HELD half by a hash of its text
(`half_of`); each host note is varied twice, once from each half, at the same places, so the halves differ only in
their words. `--errors N` prints marked items of the SEEN half only: the held half is a figure, never read.

Figures per corpus and half: false spans per 1,000 notes (`false_per_1000`; PhysioNet: a span overlapping no gold
span; MTSamples: no gold and not `damage_bench.likely_phi`), the same on the unvaried hosts (`base_false_per_1000`),
spans on the varied words (`item_hit_per_1000`, and the share of each class's items marked), and the recall of the
PhysioNet gold spans in the varied notes (`phi_recall`: must stay as on the hosts).

`--kind place` inserts place-like clinical phrases instead (`PLACE_FRAMES`, deidprec11): a department after "to/from/
at" in title case, a drug or lab test with a small number (a ward's "<Name> 2"), anatomy after "to/at", a unit's kind
run together with a hyphen before "floor"/"unit". Same halves, same figures; the substitutions are as in the default.

    python -m benchmarks.quality.precision_variation [--physionet N] [--mtsamples N] [--seed 5] [--errors N]
        [--kind vocabulary|place] [--json F]
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import re
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.quality import damage_bench, deid_bench
from benchmarks.quality.variation_score import half_of

HALVES = ("seen", "held")

# Domain lists written for this probe (no note's text): hospital units, device makers, times, score and dose shapes.
UNITS = ("MICU", "CCU", "SICU", "CVICU", "TSICU", "CSRU", "PACU", "NICU", "the floor", "the step-down unit",
         "stepdown", "telemetry", "tele", "the med-surg floor", "the rehab unit", "the cath lab", "IR", "the OR",
         "the ED", "dialysis", "the burn unit", "L&D", "the neuro ICU", "the oncology floor", "the trauma bay",
         "hospice", "the CDU", "the ICU", "the PCU", "the observation unit")
MAKERS = ("Medtronic", "Boston Scientific", "St. Jude", "Abbott", "Biotronik", "Stryker", "Zimmer", "Smith & Nephew",
          "DePuy", "Baxter", "Philips", "Hill-Rom", "Covidien", "Olympus", "Cook", "Bard", "Edwards", "Arrow",
          "Teleflex", "Karl Storz", "Siemens", "Hologic", "Intuitive", "ResMed", "Respironics", "Dräger", "Maquet",
          "Impella", "Abiomed", "Sorin", "Guidant", "Ethicon", "Coloplast", "Hollister", "ConvaTec", "Kendall")
DEVICES = ("pacemaker", "ICD", "stent", "pump", "ventilator", "catheter", "graft", "valve", "BiPAP machine", "device")
TIMES = ("{hh}00", "{hh}:{m}", "{h} am", "{h} pm", "{hh}{m} hrs", "noon", "midnight", "overnight", "this am", "this pm",
         "q{h}h", "qhs", "at hs", "early am", "around {h}", "{hh}{m}", "{h}:{m}pm", "{hh}{m}h")
SCORES = ("GCS {n}", "GCS {a}/{b}/{c}", "RASS -{d}", "RASS +{d}", "CIWA {n}", "Braden {n}", "Morse {n}", "pain {d}/10",
          "NIHSS {n}", "MELD {n}", "CHADS2 {d}", "Wells {d}", "ECOG {d}", "KPS {n}0", "Apgars {d}/{d}", "APACHE {n}",
          "Child-Pugh {cp}", "NYHA class {roman}", "Mallampati {d}", "ASA {d}", "MAP {n}5", "CPOT {d}", "FLACC {d}")
DOSES = ("5/325", "10/325", "7.5/325", "{n} mg", "{n}mg", "{n} mcg", "{n} units", "{n} mEq", "{n} mcg/kg/min",
         "{d} L NC", "FiO2 {n}0%", "PEEP {d}", "{d} tabs", "{n} ml/hr", "{n}cc", "{d}.{d} mg IV", "{d}-{d} mg")
LAB_UNITS = ("", " mg/dL", " mmol/L", " U/L", " ng/mL", " %", " K/uL")


@dataclass(frozen=True)
class Vocab:
    """One vocabulary class: its items of one half, and how it may be used (substituted where found, inserted)."""
    name: str
    items: tuple[str, ...]
    substitute: bool = False


def _icd_titles() -> list[str]:
    """ICD-10-CM titles of billable codes, short ones (up to six words), each cut at its first comma or bracket."""
    import simple_icd_10_cm as icd

    out = set()
    for code in icd.get_all_codes(with_dots=False):
        if not icd.is_leaf(code):
            continue
        title = re.split(r"[,(\[]", icd.get_description(code))[0].strip()
        if 1 < len(title.split()) <= 6 and not re.search(r"\d", title):
            out.add(title)
    return sorted(out)


def _eponyms() -> list[str]:
    """Eponym disease names from the shipped vocabulary, capitalised as charts write them ("Ewing sarcoma")."""
    from cancerprep import resources
    from cancerprep.stages.deid import disease_names

    out = set()
    for line in resources.data_lines(disease_names.DATA_FILE):
        _, run, after = line.split("|")
        if run and after:
            out.add(" ".join("-".join(p.capitalize() for p in w.split("-")) for w in run.split()) + " " + after)
    return sorted(out)


def _clinical_terms() -> list[str]:
    """The shorthand sections of the spelling stage's clinical terms (lower case, as charted)."""
    from cancerprep.stages.deid import safelist

    return sorted(safelist.charting_shorthand())


def _sites() -> list[str]:
    from cancerprep import resources

    vocab = json.loads(resources.data("coding_vocab.json").read_text(encoding="utf-8"))
    return sorted(s for s in vocab["icd10_sites"] if s.replace(" ", "").isalpha())


def _care_kinds() -> list[str]:
    """Kinds of care and departments (`protect.areas`, the engine's one vocabulary of them), one word each, in title
    case as a chart names a service it sends a patient to ("Cardiology", "Dialysis")."""
    from cancerprep.stages.deid import protect

    return sorted(w.capitalize() for w in protect.areas() if w.isalpha() and len(w) >= 4)


def _unit_compounds() -> list[str]:
    """Two shorthand or care-kind words joined by a hyphen, as charts name a kind of unit before "floor" or "unit"
    ("med-surg", "neuro-onc"): every ordered pair of the short (3-5 letter) words of both vocabularies."""
    from cancerprep.stages.deid import protect

    short = sorted({w for w in [*_clinical_terms(), *protect.areas()] if w.isalpha() and 3 <= len(w) <= 5})
    return [f"{a}-{b}" for a in short for b in short if a != b]


@functools.lru_cache(maxsize=2)
def vocabularies(half: str) -> dict[str, Vocab]:
    """Every class's items of `half`."""
    from cancerprep.stages.deid import safelist

    pools = {
        "drug": ([w for w in safelist.drug_names() if w.isalpha() and len(w) >= 4], True),
        "lab": (sorted(safelist.LAB_TESTS), True),
        "anatomy": (_sites(), True),
        "shorthand": (_clinical_terms(), True),
        "icd_title": (_icd_titles(), False),
        "eponym": (_eponyms(), False),
        "unit": (list(UNITS), False),
        "time": (list(TIMES), False),
        "score": (list(SCORES), False),
        "dose": (list(DOSES), False),
        "maker": (list(MAKERS), False),
        # place-like clinical phrases (`PLACE_FRAMES`, `--kind place`): a department, a drug or a lab test with a
        # small number, anatomy in small letters, a unit's kind, each where a place's name could stand
        "place_care": (_care_kinds(), False),
        "place_dose": ([f"{w.capitalize()} {{d}}" for w in safelist.drug_names() if w.isalpha() and len(w) >= 5],
                       False),
        "place_lab": ([f"{w.upper()} {{d}}" for w in sorted(safelist.LAB_TESTS) if w.isalpha() and len(w) >= 5],
                      False),
        "place_site": ([w.lower() for w in _sites()], False),
        "place_unit": (_unit_compounds(), False),
    }
    return {name: Vocab(name, tuple(sorted(w for w in items if half_of(w) == half)), sub)
            for name, (items, sub) in pools.items()}


def _fill(template: str, rng: random.Random) -> str:
    """A value template's slots filled ("GCS {n}" -> "GCS 14")."""
    values = {"n": lambda: str(rng.randrange(3, 99)), "d": lambda: str(rng.randrange(1, 9)),
              "h": lambda: str(rng.randrange(1, 13)),
              "hh": lambda: f"{rng.randrange(24):02d}", "m": lambda: rng.choice(("00", "15", "30", "45")),
              "a": lambda: str(rng.randrange(1, 5)), "b": lambda: str(rng.randrange(1, 6)),
              "c": lambda: str(rng.randrange(1, 7)), "cp": lambda: rng.choice("ABC"),
              "roman": lambda: rng.choice(("I", "II", "III", "IV"))}
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)](), template)


# This script's own charting frames: {X} the class's item, {T} a time, {D} a dose (both of the same half).
FRAMES: dict[str, tuple[str, ...]] = {
    "drug": ("{X} {D} given at {T}.", "cont {X} {D} po.", "pt refused {X} this shift.", "Started on {X}.",
             "{X} held for SBP 90s.", "home meds: {X} {D} daily"),
    "lab": ("{X} {V}, will recheck at {T}.", "labs: {X} {V} pending", "sent {X} and {Y}.", "am {X} {V}."),
    "anatomy": ("{X} without lesions.", "pain at {X}, mild.", "imaging of {X} unremarkable.", "Bx of {X} done."),
    "shorthand": ("{X} per team.", "pt {X}, no changes.", "plan: {X} and monitor."),
    "icd_title": ("Hx of {X}.", "PMH: {X}.", "dx {X}, followed by onc.", "{X} - stable."),
    "eponym": ("known {X}, on treatment.", "hx {X}.", "r/o {X}.", "Dx: {X}"),
    "unit": ("transferred to {X} at {T}.", "pt came from {X} on {D}.", "to go to {X} when bed available.",
             "called {X} re: bed.", "back from {X}, stable."),
    "time": ("vitals checked at {X}.", "next dose due {X}.", "pt slept well {X}.", "turned {X}, tolerated."),
    "score": ("neuro: {X}.", "{X} this am.", "assessed {X} at {T}.", "{X}, will monitor."),
    "dose": ("percocet {X} given.", "lasix {X} iv at {T}.", "given {X} with effect.", "ativan {X} prn."),
    "maker": ("{X} {Z} interrogated.", "has {X} {Z} in place.", "{X} rep called re: {Z}.", "{Z} ({X}) checked."),
}
# Place-like clinical phrases (`--kind place`; written before this class's first run): an item where a place's name
# could stand, after a place preposition or verb of going, a field label or before a number, as a ward is written.
PLACE_FRAMES: dict[str, tuple[str, ...]] = {
    "place_care": ("transferred to {X} at {T}.", "pt went to {X} for procedure.", "back from {X}, stable.",
                   "seen at {X} today.", "plan: to {X} this am.", "sent to {X} for eval."),
    "place_dose": ("weaned to {X} mcg.", "pt on {X} at {T}.", "plan: {X} this am.", "cv: {X}, titrating.",
                   "changed to {X} prn."),
    "place_lab": ("labs: {X} pending.", "sent {X} at {T}.", "plan: {X} this am.", "back from lab, {X}."),
    "place_site": ("pain radiating to {X}.", "mets to {X}, known.", "lesion at {X}, stable.",
                   "radiation to {X} completed."),
    "place_unit": ("transferred to the {X} floor at {T}.", "to go to the {X} unit when bed available.",
                   "pt came from the {X} floor.", "called {X} unit re: bed."),
}
_WORD = re.compile(r"(?<![\w/-])[A-Za-z][A-Za-z-]*[A-Za-z](?![\w/-])")


def _shape(word: str, like: str) -> str:
    """`word` written in the case of `like` (capitals, capitalised, small letters)."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[0].isupper():
        return word[0].upper() + word[1:]
    return word.lower() if word.islower() or word.lower() == word else word


@dataclass
class Varied:
    """A varied note: its text, the host's gold spans moved to it, and the varied items' (start, end, class)."""
    text: str
    gold: list[tuple[int, int, str]]
    items: list[tuple[int, int, str]] = field(default_factory=list)


def _lookup(vocab: dict[str, Vocab]) -> dict[str, str]:
    """Lower-case single word -> class, for the classes substituted where found (every half's words, so a word of
    either half in a host is found, and replaced from the half varied)."""
    out: dict[str, str] = {}
    for half in HALVES:
        for name, voc in vocabularies(half).items():
            if voc.substitute:
                for w in voc.items:  # three letters or more: "pt" is the patient as often as a lab test
                    if " " not in w and len(w) >= 3:
                        out.setdefault(w.lower(), name)
    return out


def _item(vocab: dict[str, Vocab], cls: str, rng: random.Random) -> str:
    return _fill(rng.choice(vocab[cls].items), rng)


def _line(vocab: dict[str, Vocab], cls: str, rng: random.Random,
          frames: dict[str, tuple[str, ...]] = FRAMES) -> tuple[str, int, int]:
    """One inserted line of class `cls` (a class of `frames`) and where its item stands in it."""
    frame = rng.choice(frames[cls])
    item = _item(vocab, cls, rng)
    if cls == "icd_title" and rng.random() < 0.5:
        item = item.lower()
    fills = {"{T}": _item(vocab, "time", rng), "{D}": _item(vocab, "dose", rng), "{Z}": rng.choice(DEVICES),
             "{V}": f"{rng.randrange(1, 400) / 10:g}{rng.choice(LAB_UNITS)}", "{Y}": _item(vocab, "lab", rng).upper()}
    if cls == "lab":
        item = item.upper()
    head, _, tail = frame.partition("{X}")
    for slot, value in fills.items():
        head, tail = head.replace(slot, value), tail.replace(slot, value)
    if not head and cls in ("shorthand", "unit", "time"):
        item = item[0].upper() + item[1:]
    return head + item + tail, len(head), len(head) + len(item)


def vary(text: str, gold: list[tuple[int, int, str]], half: str, rng: random.Random,
         lines: int = 3, share: float = 0.7, frames: dict[str, tuple[str, ...]] = FRAMES) -> Varied:
    """`text` with about `share` of its vocabulary words (outside gold spans) replaced from `half`'s vocabulary and
    `lines` charting lines of `frames` (`FRAMES`, or `PLACE_FRAMES`) inserted at line breaks; gold spans carried to
    the new offsets, their text unchanged."""
    vocab = vocabularies(half)
    lookup = _lookup(vocab)
    pick = random.Random(rng.random())  # the items' draws: `rng` draws the places and classes, the same for each half
    upper = not any(c.islower() for c in text)
    edits: list[tuple[int, int, str, int, int, str]] = []  # (start, end, new text, item start/end in it, class)
    for m in _WORD.finditer(text):
        cls = lookup.get(m.group().lower())
        if cls is None or any(a < m.end() and m.start() < b for a, b, _ in gold) or rng.random() > share:
            continue
        new = _shape(pick.choice(vocab[cls].items), m.group())
        edits.append((m.start(), m.end(), new, 0, len(new), cls))
    breaks = [m.end() for m in re.finditer(r"\n", text) if not any(a < m.end() < b for a, b, _ in gold)] or [len(text)]
    for _ in range(lines):
        at, cls = rng.choice(breaks), rng.choice(sorted(frames))
        line, a, b = _line(vocab, cls, pick, frames)
        line = line.upper() if upper else line
        prefix = "" if at == 0 or text[at - 1] == "\n" else "\n"
        edits.append((at, at, f"{prefix}{line}\n", len(prefix) + a, len(prefix) + b, cls))
    out: list[str] = []
    items: list[tuple[int, int, str]] = []
    kept: list[tuple[int, int, int]] = []  # (start, end, length change) of each applied edit
    pos = size = 0
    for start, end, new, a, b, cls in sorted(edits, key=lambda e: (e[0], e[1])):
        if start < pos:  # overlapping edits: the first kept
            continue
        out.append(text[pos:start])
        size += start - pos
        items.append((size + a, size + b, cls))
        out.append(new)
        size += len(new)
        kept.append((start, end, len(new) - (end - start)))
        pos = end
    out.append(text[pos:])
    moved = [(a + sum(d for _, e, d in kept if e <= a), b + sum(d for _, e, d in kept if e <= a), etype)
             for a, b, etype in gold]
    return Varied("".join(out), moved, items)


def hosts(physionet: int, mtsamples: int) -> dict[str, list[tuple[str, str, list[tuple[int, int, str]]]]]:
    """(note id, text, gold spans) of the first N TUNING notes of each corpus (check notes never read)."""
    part = deid_bench.physionet_parts(deid_bench.SHARED / "physionet-deid-dev")[0]
    assert not part[3]  # the tuning part
    gold: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for g in part[2]:
        gold[g.note_id].append((g.start, g.end, g.entity_type))
    mts = [n for n in damage_bench.load_notes(damage_bench.SHARED / "mtsamples-dev" / "mtsamples_dev.csv")
           if not damage_bench.is_check_note(n[0])]
    return {"physionet": [(n.note_id, n.text, sorted(gold[n.note_id])) for n in part[1][:physionet]],
            "mtsamples": [(nid, text, []) for nid, text in mts[:mtsamples]]}


def _false(corpus: str, text: str, gold: list[tuple[int, int, str]], span) -> bool:
    """A predicted span that is no PHI: over no gold span (PhysioNet), or no likely PHI (MTSamples)."""
    if any(a < span.end and span.start < b for a, b, _ in gold):
        return False
    return corpus == "physionet" or not damage_bench.likely_phi(text, span)


KINDS = {"vocabulary": FRAMES, "place": PLACE_FRAMES}


def run(physionet: int = 751, mtsamples: int = 400, seed: int = 5, errors: int = 0, kind: str = "vocabulary") -> dict:
    """Each host note analysed as it is and varied from each half; the figures of the module docstring. `kind`:
    the inserted lines' frames (`KINDS`: "vocabulary", the default, or "place": place-like clinical phrases)."""
    from cancerprep.stages.deid.engine import Deidentifier, NoteFailure

    deid = Deidentifier()
    out: dict = {}
    shown = 0
    for corpus, notes in hosts(physionet, mtsamples).items():
        base = deid.analyze_many([t for _, t, _ in notes], groups=[i for i, _, _ in notes])
        base_false = sum(_false(corpus, t, g, s) for (_, t, g), r in zip(notes, base, strict=True)
                         if not isinstance(r, NoteFailure) for s in r)
        per = 1000 / max(len(notes), 1)
        out[corpus] = {}
        for half in HALVES:
            rng = random.Random(seed * 31 + zlib.crc32(corpus.encode()))  # the same draws for both halves
            varied = [vary(t, g, half, rng, frames=KINDS[kind]) for _, t, g in notes]
            res = deid.analyze_many([v.text for v in varied], groups=[i for i, _, _ in notes])
            false = hits = found = total = 0
            marked: Counter[str] = Counter()
            seen_items: Counter[str] = Counter()
            for v, r in zip(varied, res, strict=True):
                spans = [] if isinstance(r, NoteFailure) else r
                false += sum(_false(corpus, v.text, v.gold, s) for s in spans)
                total += len(v.gold)
                found += sum(any(s.start < b and a < s.end for s in spans) for a, b, _ in v.gold)
                for a, b, cls in v.items:
                    seen_items[cls] += 1
                    hit = [s for s in spans if s.start < b and a < s.end and _false(corpus, v.text, v.gold, s)]
                    hits += len(hit)
                    marked[cls] += bool(hit)
                    if hit and errors and half == "seen" and shown < errors:
                        shown += 1
                        s = hit[0]
                        print(f"MARKED {cls:9} {s.entity_type:9} {s.recognizer:28} {v.text[s.start:s.end]!r} in "
                              f"{v.text[max(0, a - 30):b + 30]!r}")
            out[corpus][half] = {
                "notes": len(notes), "false_per_1000": round(false * per, 1),
                "base_false_per_1000": round(base_false * per, 1), "item_hit_per_1000": round(hits * per, 1),
                "marked_share_by_class": {c: round(marked[c] / n, 4) for c, n in sorted(seen_items.items())},
                **({"phi_recall": round(found / total, 4) if total else None} if corpus == "physionet" else {})}
    return out


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--physionet", type=int, default=751, help="PhysioNet tuning notes used (751: all)")
    ap.add_argument("--mtsamples", type=int, default=400, help="MTSamples tuning notes used")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--errors", type=int, default=0, help="print up to N marked items of the SEEN half")
    ap.add_argument("--kind", choices=sorted(KINDS), default="vocabulary",
                    help="inserted lines: vocabulary classes (the default) or place-like clinical phrases")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)
    out = run(args.physionet, args.mtsamples, args.seed, args.errors, args.kind)
    text = json.dumps(out, indent=1)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    print(text)
    return out


if __name__ == "__main__":
    main()
