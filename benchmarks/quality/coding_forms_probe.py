"""Cancer type and ICD-10-CM category on written forms of how notes state a cancer or its absence.

Why: the coding rules were written on the team's labelled MTSamples notes, and score lower on notes
they never saw. The forms in `benchmarks/quality/coding_forms/` were written from general knowledge of
US clinical documentation before this probe was first run (negated, differential, hypothetical, family,
personal history, site from anatomy, neighbouring types, abbreviations, benign look-alikes). Each
form is coded alone and set into `--hosts` real MTSamples dev notes labelled `none` whose text holds no
malignancy, tumour or mass word: a prose form ends the note's History of Present Illness, a block (a
form starting with an upper-case heading) is appended as its own section. The coder runs as
`cancerprep sort` / `cancerprep icd` run it (the stage's coder over a notes frame, default options, no
code table). Tuning-side data: it may steer rules, and `--errors N` prints misses.

`--set second` scores the second family (`benchmarks/quality/coding_forms_second/`), written after the
fixes the first one led to; `--set third` the third (`benchmarks/quality/coding_forms_third/`), on the
ICD-10-CM category decisions, written by someone who had not read the rules; `--set fourth` the fourth
(`benchmarks/quality/coding_forms_fourth/`), by document kind, also written blind; `--set fifth` the fifth
(`benchmarks/quality/coding_forms_fifth/`), by writing style, also written blind; `--set sixth` the sixth
(`benchmarks/quality/coding_forms_sixth/`), whole MTSamples-style report sections by specialty, also written
blind; `--set seventh` the seventh (`benchmarks/quality/coding_forms_seventh/`), issue 17's kinds of error
(assertion, anatomy, history, neighbouring types), also written blind; `--set eighth` the eighth
(`benchmarks/quality/coding_forms_eighth/`), the ICD-10-CM category where it turns on a detail (the operation,
the sub-site, history against active treatment, in situ against invasive, lists and staging lines, benign
look-alikes), also written blind; `--set ninth` the ninth (`benchmarks/quality/coding_forms_ninth/`), the ICD-10-CM
category where a note's statements must be reconciled (primary against metastasis, haematologic subtypes, skin,
neuroendocrine tumours and sarcomas, benign and uncertain-behaviour neoplasms, pre-operative suspicion against
pathology, recurrence against a new primary, neighbouring organs, paediatric and CNS tumours), also written blind;
`--set tenth` the tenth (`benchmarks/quality/coding_forms_tenth/`), the cancer read from the whole note in other
genres (order verification, infusion and nursing notes, radiation summaries, hospice, ED, triage, nutrition, therapy
and social work notes), staging and marker shorthand, typos and abbreviations, family-history and negation traps,
several conditions, and lay anatomy, also written blind; `--set eleventh` the eleventh
(`benchmarks/quality/coding_forms_eleventh/`), the ICD-10-CM category where it turns on a coding convention (in situ
against invasive, metastasis of a known, removed or unknown primary, overlapping and named sub-sites, neuroendocrine
tumours, rarer haematologic subtypes, non-melanoma skin against melanoma, benign and uncertain-behaviour tumours)
and the note forms that hide it (several cancers, telegraphic shorthand, dictated and templated layouts, assertion
in prose), also written blind; `--set twelfth` the twelfth (`benchmarks/quality/coding_forms_twelfth/`), the cancer
and its category as notes of many genres give them indirectly (through a regimen, a surveillance visit, a second
primary, paediatric, sarcoma, CNS, gynaecological and non-melanoma skin diagnoses, EHR lists with ICD titles,
eponyms and foreign terms, misspellings and clashing abbreviations), also written blind; `--set thirteenth` the
thirteenth (`benchmarks/quality/coding_forms_thirteenth/`), genres and disease groups no earlier family holds a class
for (endocrine tumours, borderline and chronic myeloid haematology, death certificates and autopsies, documentation
queries, ocular and oral oncology, cancers of the immunosuppressed, occupational and benefit-claim notes, pregnancy,
wound and ostomy nursing, administrative forms), also written blind; `--set fourteenth` the fourteenth
(`benchmarks/quality/coding_forms_fourteenth/`), the cancer and its category where the note's angle hides them (several
cancers of which the visit's focus decides, biomarker-first and carrier phrasing, operation-first notes, impressions
with BI-RADS / LI-RADS / PI-RADS / Lung-RADS categories, UK spellings and non-English-origin terms, screening visits,
precursor states, metastasis-site-first phrasing, patient-portal language, clashing abbreviations), also written blind;
`--set fifteenth` the fifteenth (`benchmarks/quality/coding_forms_fifteenth/`), the cancer and its category as notes
state them in passing or sideways (non-oncology consults, problem-list and claims-style lines, medication lists that
imply the disease, tumour-board summaries, survivorship care plans, paediatric oncology, haematology laboratory
language, rare sites and histologies, negation and uncertainty in clinical grammar, telegraphic dictation with typos),
also written blind; `--set sixteenth` the sixteenth (`benchmarks/quality/coding_forms_sixteenth/`), the cancer and its
category as structured reporting systems and checklists state them (BI-RADS and other imaging categories, Bethesda,
Milan, Paris and pancreaticobiliary cytology categories, CAP synoptic checklists, frozen sections, amended reports and
second opinions, molecular reports, grading systems, haematopathology reports), also written blind; `--set seventeenth`
the seventeenth (`benchmarks/quality/coding_forms_seventeenth/`), the cancer and its category as the coded and
semi-structured data beside prose state them (tumour-registry abstracts with ICD-O-3 codes, SNOMED-like and ICD-9
problem lists, billing lines whose codes and text disagree, order indications, radiation and chemotherapy summaries and
orders, hospice certifications and death certificates, prior-authorisation letters, quality-measure abstraction,
dictated addenda), also written blind; `--set eighteenth` the eighteenth
(`benchmarks/quality/coding_forms_eighteenth/`), the borders of malignancy and the blood cancers, where the type and
category turn on behaviour, grade or a haematological definition (MGUS, smouldering and active myeloma; MBL, CLL and
SLL; MDS, MDS/MPN, CMML and AML; the MPNs and CML; lymphoma subtypes and PTLD; histiocytic and mast-cell disorders;
remission and history wording; intraepithelial, borderline and in situ lesions; Bethesda categories, GIST,
neuroendocrine, pituitary and meningeal tumours), also written blind; `--set nineteenth` the nineteenth
(`benchmarks/quality/coding_forms_nineteenth/`), the category decided in long narrative notes (discharge summaries,
H&Ps, consultations, operative, procedure and SOAP notes with several problems and a timeline: primary against
secondary site and unknown primaries, history against active treatment, recurrence and new primaries, several
cancers, sub-site in anatomical words, cancers named only in the operation or the past medical history, benign and
screening traps), also written blind; `--set twentieth` the twentieth
(`benchmarks/quality/coding_forms_twentieth/`), the category where the cancer's kind decides it (in situ against
invasive by organ, secondary sites against the primary, history against active disease, sub-sites, lymphoma against
leukaemia sub-categories, benign and uncertain neoplasms), each kind a seen class (`<kind>_seen`) and a held-out one
(`<kind>_held`), summed in the rows `ALL_seen` and `ALL_held`; a held-out class's misses are never printed;
`--set twentyfirst` the twenty-first (`benchmarks/quality/coding_forms_twentyfirst/`), what decides active against
history status and whether any code is given (completed treatment under surveillance, no evidence of disease,
remission, maintenance and adjuvant therapy, recurrence, "status post" with and without therapy now, a remote history
in the present illness, the problem list against the assessment, a cancer named only by its treatment or pathology),
in seen and held-out halves as the twentieth.
After the table the probe prints the precision of `none` (of the cases coded `none`, the share whose gold is
`none`) and the macro-F1 over the gold types, the two other figures issue 17's evaluation asks for.

`--part tuning|check` scores only that part of the family's forms, split by the identifier forms probe's
`form_part` (a quarter of the forms, by a hash of the form's own text, are `check`), so a rule can be tuned
on one part and measured on the other. Misses of check-part forms are never printed: `--errors` prints
tuning-part misses only, and is refused with `--part check`.

`--decisions` counts the misses by the decision they failed (no code, a code where the form has none, active against
history, the organ, the category within the right organ; `DECISIONS`), per part or half: counts only, so a check part
or a held-out half may be tallied (the forty-seventh pass's table, docs/coding.md).

    python -m benchmarks.quality.coding_forms_probe [--set first|...|twentyfirst] [--part all|tuning|check] [--hosts 3]
        [--errors N] [--json F] [--decisions]
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from benchmarks.quality import coding_forms as forms_pkg
from benchmarks.quality.coding_eval import LABEL_SETS, load_all, miss_kind
from benchmarks.quality.coding_forms import Form
from benchmarks.quality.forms_probe import form_part

FAMILIES = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth", "twentyfirst")
PARTS = ("all", "tuning", "check")
# a family written in halves: a `_held` class is scored only, never printed
HALVES = ("seen", "held")

# host notes must not hold any word that could make or hint at a cancer of their own
_HOST_EXCLUDE = re.compile(
    r"cancer|carcinom|malignan|neoplas|tumou?r|lymphom|leuk|myelom|melanom|sarcom|metasta|oncolog|chemo|"
    r"radiation|mass|lesion|nodule|polyp|biops|patholog|cyst|adenoma|\bCA\b|mastectomy|resection", re.I)
_HPI = re.compile(r"HISTORY OF PRESENT ILLNESS:[ ,]*")
_NEXT_HEADING = re.compile(r",\s*[A-Z][A-Z /&]{3,}:")
_BLOCK = re.compile(r"^[A-Z][A-Z /]+:")


@dataclass(frozen=True)
class Case:
    """One form as a note: alone or set into a host note."""

    klass: str
    form: Form
    host: str  # "" when alone
    text: str


def load_forms(family: str = "first") -> dict[str, tuple[Form, ...]]:
    """The family's forms by class: the first family has a module per class (its name), the later ones
    one module each mapping class -> forms."""
    if family in FAMILIES[1:]:
        forms = importlib.import_module(f"benchmarks.quality.coding_forms_{family}.forms").FORMS
        return {k: tuple(v) for k, v in sorted(forms.items())}
    out: dict[str, tuple[Form, ...]] = {}
    for info in sorted(pkgutil.iter_modules(forms_pkg.__path__), key=lambda m: m.name):
        mod = importlib.import_module(f"{forms_pkg.__name__}.{info.name}")
        out[info.name] = tuple(mod.FORMS)
    return out


def select_part(forms: dict[str, tuple[Form, ...]], part: str) -> dict[str, tuple[Form, ...]]:
    """Only the forms of `part` by `form_part` of their text ('all' keeps every form); classes left empty drop."""
    if part == "all":
        return forms
    kept = {k: tuple(f for f in v if form_part(f.text) == part) for k, v in forms.items()}
    return {k: v for k, v in kept.items() if v}


# Hosts come from the label sets the probe's documented figures were measured on: a later set of `none`
# notes would move every host (they are taken at a stride over all candidates) and every figure with it.
HOST_SETS = LABEL_SETS[:3]


def host_notes(n: int) -> list[tuple[str, str]]:
    """`n` labelled `none` notes with a History of Present Illness and no cancer-like word, by note id."""
    frame = load_all(HOST_SETS).filter(pl.col("cancer_type") == "none")
    hosts = []
    for row in frame.sort(pl.col("note_id").cast(pl.Int64)).iter_rows(named=True):
        text = row["text"] or ""
        if _HPI.search(text) and not _HOST_EXCLUDE.search(text) and 1500 < len(text) < 6000:
            hosts.append((row["note_id"], text))
    step = max(1, len(hosts) // max(1, n))
    return hosts[::step][:n]


def embed(form: Form, host: str) -> str:
    """A block is appended as its own section; prose ends the History of Present Illness."""
    if _BLOCK.match(form.text):
        return host.rstrip() + "\n\n" + form.text + "\n"
    m = _HPI.search(host)
    assert m is not None
    nxt = _NEXT_HEADING.search(host, m.end())
    at = nxt.start() if nxt else len(host)
    body = host[:at].rstrip()
    sep = " " if body.endswith(".") else ".  "
    return body + sep + form.text + host[at:]


def cases(n_hosts: int, family: str = "first", part: str = "all") -> list[Case]:
    hosts = host_notes(n_hosts) if n_hosts else []
    out = []
    for klass, forms in select_part(load_forms(family), part).items():
        for form in forms:
            out.append(Case(klass, form, "", form.text))
            out.extend(Case(klass, form, hid, embed(form, text)) for hid, text in hosts)
    return out


def run(n_hosts: int = 3, family: str = "first", part: str = "all") -> tuple[list[Case], list[Any]]:
    """Code every case with the coder of the `sort` / `icd` stages."""
    from cancerprep.stages.base import RunContext
    from cancerprep.stages.coding.stages import SortStage

    stage = SortStage({}, RunContext())
    stage.ensure_setup()
    all_cases = cases(n_hosts, family, part)
    frame = pl.DataFrame({"note_id": [str(i) for i in range(len(all_cases))],
                          "patient_id": [str(i) for i in range(len(all_cases))],
                          "text": [c.text for c in all_cases]})
    return all_cases, stage.coder.code_batch(frame)


def _icd_ok(form: Form, pred: Any) -> bool:
    got = pred.icd10[0][:3] if pred.icd10 else ""
    return got in form.icd.split("|") if form.icd else got == ""


def score(all_cases: list[Case], preds: list[Any]) -> dict[str, Any]:
    """Type, ICD category and both-right accuracy per class and where (alone / embedded), and overall; a family of
    seen and held-out halves (classes ending `_seen` / `_held`) also gets a row for each half."""
    tally: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0, 0]))
    for c, p in zip(all_cases, preds, strict=True):
        t_ok, i_ok = p.cancer_type == c.form.cancer_type, _icd_ok(c.form, p)
        half = c.klass.rsplit("_", 1)[-1]
        for klass in (c.klass, "ALL", *((f"ALL_{half}",) if half in HALVES else ())):
            for where in ("alone" if not c.host else "embedded", "all"):
                cell = tally[klass][where]
                cell[0] += 1
                cell[1] += t_ok
                cell[2] += i_ok
                cell[3] += t_ok and i_ok
    return {k: {w: {"n": v[0], "type": v[1] / v[0], "icd": v[2] / v[0], "both": v[3] / v[0]}
                for w, v in d.items()} for k, d in tally.items()}


def none_and_macro(all_cases: list[Case], preds: list[Any], where: str = "all") -> tuple[float, int, float]:
    """Precision of `none` (gold `none` among cases coded `none`), how many were coded `none`, and the
    macro-F1 of the type over the gold types present; `where` is "alone", "embedded" or "all"."""
    pairs = [(c.form.cancer_type, p.cancer_type) for c, p in zip(all_cases, preds, strict=True)
             if where == "all" or (where == "alone") == (not c.host)]
    coded_none = [g for g, p in pairs if p == "none"]
    precision = sum(g == "none" for g in coded_none) / len(coded_none) if coded_none else 1.0
    f1s = []
    for t in sorted({g for g, _ in pairs}):
        tp = sum(g == t and p == t for g, p in pairs)
        fp = sum(g != t and p == t for g, p in pairs)
        fn = sum(g == t and p != t for g, p in pairs)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return precision, len(coded_none), sum(f1s) / len(f1s) if f1s else 0.0


# the decision a miss failed, coarsest first: what `--decisions` counts (scores only, so any part may be tallied)
DECISIONS = ("no code", "code where none", "status (history Z vs active)", "organ (another type)",
             "category of the right organ")


def decision(form: Form, pred: Any) -> str:
    """Which decision a case's ICD category miss failed ("" when right): no code for a cancer, a code for a note
    with none, active against history (Z85/Z86), the organ, or the category within the right organ (in situ,
    secondary site, unspecified sub-site); from `coding_eval.miss_kind` so the two tables agree."""
    if _icd_ok(form, pred):
        return ""
    code = pred.icd10[0] if pred.icd10 else ""
    if not form.icd:
        return DECISIONS[1]
    kind = miss_kind(form.icd.split("|")[0], code, pred.cancer_type == form.cancer_type)
    if kind == "no code":
        return DECISIONS[0]
    if "history" in kind:
        return DECISIONS[2]
    return DECISIONS[3] if kind == "another type" or pred.cancer_type != form.cancer_type else DECISIONS[4]


def decision_tally(all_cases: list[Case], preds: list[Any]) -> dict[str, dict[str, int]]:
    """Counts of cases per failed decision, by half ("seen" / "held" for halved families, else the form's part
    "tuning" / "check"), plus "n" per half: counts only, never a form's text."""
    out: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(("n", *DECISIONS), 0))
    for c, p in zip(all_cases, preds, strict=True):
        half = c.klass.rsplit("_", 1)[-1]
        side = half if half in HALVES else form_part(c.form.text)
        out[side]["n"] += 1
        d = decision(c.form, p)
        if d:
            out[side][d] += 1
    return dict(out)


def tuning_misses(all_cases: list[Case], preds: list[Any], limit: int) -> list[str]:
    """Up to `limit` forms that miss alone, as printable text, from the tuning part only: a check-part form or a
    held-out class's form is never shown, whatever part was scored."""
    shown: list[str] = []
    for c, p in zip(all_cases, preds, strict=True):
        if len(shown) >= limit:
            break
        if c.host or form_part(c.form.text) != "tuning" or c.klass.endswith("_held"):
            continue
        if p.cancer_type != c.form.cancer_type or not _icd_ok(c.form, p):
            misses = sum(1 for c2, p2 in zip(all_cases, preds, strict=True) if c2.form == c.form and c2.host
                         and (p2.cancer_type != c.form.cancer_type or not _icd_ok(c.form, p2)))
            shown.append(f"\n[{c.klass}] gold {c.form.cancer_type} {c.form.icd or '-'} | got {p.cancer_type} "
                         f"{p.icd10[:2]} ({p.evidence}) | embedded misses {misses}\n  {c.form.text}")
    return shown


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=FAMILIES, default="first", dest="family",
                    help="which family of forms (default: the first, written before any run)")
    ap.add_argument("--part", choices=PARTS, default="all",
                    help="score only the tuning or the check part of the forms (default: all)")
    ap.add_argument("--hosts", type=int, default=3, help="host notes each form is set into (0 = alone only)")
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="print up to N tuning-part forms that miss (alone); never check-part ones")
    ap.add_argument("--json", type=Path, help="write the figures as JSON")
    ap.add_argument("--decisions", action="store_true",
                    help="also count the misses by the decision failed (no code, code where none, status, organ, "
                         "category), per part or half: counts only")
    args = ap.parse_args(argv)
    if args.errors and args.part == "check":
        ap.error("--errors prints tuning-part misses only; it cannot be used with --part check")
    all_cases, preds = run(args.hosts, args.family, args.part)
    res = score(all_cases, preds)
    w = max(15, *(len(k) + 1 for k in res))
    print(f"{'class':<{w}}{'forms':>6}{'type':>8}{'icd':>8}{'both':>8}   alone: type/icd   embedded: type/icd")
    for klass in sorted(res, key=lambda k: (k.startswith("ALL"), k)):
        a = res[klass]["all"]
        al, em = res[klass]["alone"], res[klass].get("embedded")
        emb = f"{em['type']:.3f}/{em['icd']:.3f}" if em else "-"
        print(f"{klass:<{w}}{al['n']:>6}{a['type']:>8.3f}{a['icd']:>8.3f}{a['both']:>8.3f}"
              f"   {al['type']:.3f}/{al['icd']:.3f}      {emb}")
    for where in ("all", "alone", "embedded"):
        prec, coded, macro = none_and_macro(all_cases, preds, where)
        if coded or macro:
            print(f"{where:<9} none precision {prec:.3f} (of {coded} coded none)   type macro-F1 {macro:.3f}")
    tally = decision_tally(all_cases, preds) if args.decisions else {}
    for side, counts in sorted(tally.items()):
        print(f"decisions failed ({side}, {counts['n']} cases): "
              + "; ".join(f"{d} {counts[d]}" for d in DECISIONS))
    for line in tuning_misses(all_cases, preds, args.errors):
        print(line)
    if args.json:
        out = {**res, "decisions": tally} if tally else res
        args.json.write_text(json.dumps(out, indent=2, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
