"""Generated variation of the blind de-identification families' tuning forms: is a name or an organisation still
found when the same line is written another way?

Why: the blind families (`forms_probe`) score near 1.0 on their tuning parts and 3-5 points lower on their check
parts, so the recognisers fit the tuning forms' wording. The check parts may only be scored; this probe rewrites the
TUNING forms instead, each by a meaning-preserving change that real notes make (another label for the same field,
another separator, a wrapped line, one case for the whole line, the name sorted or titled, the name moved from a
field into a sentence, another shape of the same organisation's name), and scores recall on the variants against
the originals rendered with the same draws. A rewrite whose variants score lower than their originals names a class
the recognisers miss, and its misses (tuning forms only) show why without reading a check form. The coding side's
twin is `coding_variation`.

Rewrites (each applied alone; a form a rewrite leaves unchanged is not counted for it):
- label: the field label before a person or organisation value as another label of the same field;
- separator: the label's colon as a dash, a double dash, a pipe, a tab or nothing;
- label_wrap: the value on the line after its label;
- wrap_36: the line wrapped at 36 columns (a name may break across lines);
- upper / lower: the whole rendered line in one case;
- sorted: "First Last" as "Last, First M." and "Last, First" as "First Last";
- title: a person's title or credential dropped, or a title added ("Dr." before staff, "Mr./Ms." before a patient's
  surname alone);
- sentence: the person's name out of its field into a sentence of the kind's (subject, object of "called",
  "per", "spoke with", "cc:", possessive);
- org_shape: an organisation's name in another shape ("Mt. X", "St. X's", "X Health", "X Medical Group", "the X
  Clinic", an initialism standing alone).

    python -m benchmarks.quality.deid_variation [--modules admin transfers] [--per-form 2] [--rewrites label title]
        [--name-pool census|world|world_held_out] [--errors N] [--json F]

Only `form_part(template) == 'tuning'` forms are read or rewritten; `--errors N` prints variant misses.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import textwrap
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from benchmarks.quality.forms_probe import (
    MTSAMPLES,
    NAME_POOLS,
    host_notes,
    insert_line,
    load_forms,
    render,
    select_part,
)
from cancerprep.sample import planted

PERSON_KINDS = ("PATIENT", "STAFF", "RELATIVE", "CONTACT", "NAME", "DOCTOR", "PERSON")
ORG_KINDS = ("HOSPITAL", "FACILITY", "ORGANIZATION", "PRACTICE")

_GOLD = re.compile(r"\[\[(.+?)\]\]")
_NAME_SLOTS = re.compile(r"^(?:\{(?:F|L|M|F2|L2|F3|L3|FI)\}[ ,.]*)+$")
_LABEL = re.compile(r"^(?P<label>[A-Za-z][A-Za-z /'()&-]{1,40}?)(?P<sep>\s*:\s*)(?=(?:Dr\.? |Mrs?\.? |Ms\.? )?\[\[)")


def _pick(seq: tuple[str, ...] | list[str], key: str) -> str:
    """A deterministic choice (a hash, never Python's salted hash), so every run makes the same variants."""
    return seq[int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % len(seq)]


def _person_gold(template: str) -> re.Match[str] | None:
    """The first gold span that holds only a person's name slots."""
    return next((m for m in _GOLD.finditer(template) if _NAME_SLOTS.match(m.group(1))), None)


def _slots(gold: str) -> tuple[str, str] | None:
    """(first-name slot, last-name slot) of a person's gold span."""
    firsts = re.findall(r"\{(F\d?)\}", gold)
    lasts = re.findall(r"\{(L\d?)\}", gold)
    if not lasts:
        return None
    return (firsts[0] if firsts else ""), lasts[0]


# -- rewrites -------------------------------------------------------------------------------------------------------

# other labels of the same field, written as notes write them (none copied from a form)
_LABELS: dict[str, tuple[str, ...]] = {
    "PATIENT": ("Pt name", "Patient", "Member name", "Beneficiary", "Insured", "PATIENT NAME", "Name", "Pt",
                "Client", "Enrollee", "Patient Name", "Member"),
    "STAFF": ("Provider", "Attending physician", "Clinician", "Rendering provider", "Author", "Ordering MD",
              "Reviewed by", "Primary RN", "Coordinator", "PCP", "Signed", "Dictated by"),
    "RELATIVE": ("Emergency contact", "Next of kin", "Spouse", "Daughter", "Caregiver", "Contact person", "NOK",
                 "Son", "Mother", "POA"),
    "CONTACT": ("Contact", "Rep", "Case manager", "Agent", "Liaison", "Spoke with", "Contact name"),
    "HOSPITAL": ("Facility", "Hospital", "Location", "Outside hospital", "OSH", "Transferred from", "Site"),
    "FACILITY": ("Facility", "Agency", "Placement", "Discharged to", "Provider", "Location"),
    "ORGANIZATION": ("Employer", "Vendor", "Company", "Organization", "Agency", "Supplier"),
    "PRACTICE": ("Practice", "Clinic", "Group", "Referring practice", "Outside office", "PCP office"),
}


def label(template: str, kind: str) -> str:
    """The field's label as another label of the same field."""
    m = _LABEL.match(template)
    if not m or kind not in _LABELS:
        return template
    others = tuple(x for x in _LABELS[kind] if x.lower() != m.group("label").lower())
    return _pick(others, template) + m.group("sep") + template[m.end():]


_SEPARATORS = (" - ", " -- ", " | ", "\t", " ", ":", " : ", " = ")


def separator(template: str, kind: str) -> str:
    m = _LABEL.match(template)
    if not m:
        return template
    return m.group("label") + _pick(_SEPARATORS, template) + template[m.end():]


def label_wrap(template: str, kind: str) -> str:
    m = _LABEL.match(template)
    if not m:
        return template
    return m.group("label") + ":\n" + template[m.end():]


def wrap_36(template: str, kind: str) -> str:
    # wrap the rendered width roughly: a slot is about as long as its value
    if len(template) <= 36:
        return template
    return "\n".join(textwrap.wrap(template, 36, break_long_words=False, break_on_hyphens=False))


def sorted_name(template: str, kind: str) -> str:
    """"First [M.] Last" as "Last, First M." and "Last, First [M]" as "First Last"."""
    if kind not in PERSON_KINDS:
        return template
    m = _person_gold(template)
    slots = _slots(m.group(1)) if m else None
    if not m or not slots or not slots[0]:
        return template
    f, last = slots
    inner = m.group(1)
    if inner.startswith("{L"):
        new = f"{{{f}}} {{{last}}}"
    else:
        new = f"{{{last}}}, {{{f}}}" + (" {M}." if f == "F" else "")
    return template[:m.start(1)] + new + template[m.end(1):]


_TITLE_BEFORE = re.compile(r"\b(?:Dr\.?|Mrs?\.?|Ms\.?|Miss) (?=\[\[)")
_CRED_AFTER = re.compile(r"(?<=\]\]),? (?:MD|M\.D\.|RN|NP|PA-C|DO|PharmD|CHAA|CPhT|CTR|DPT|BSN|CRC)\b")


def title(template: str, kind: str) -> str:
    """A title or credential dropped where there is one; else a title added before the person's surname."""
    if kind not in PERSON_KINDS:
        return template
    new = _CRED_AFTER.sub("", _TITLE_BEFORE.sub("", template))
    if new != template:
        return new
    m = _person_gold(template)
    slots = _slots(m.group(1)) if m else None
    if not m or not slots:
        return template
    before = template[:m.start()]
    if re.search(r"(?:^|[:(]\s*)$", before):  # a field value: titles in fields are rarer; leave it
        return template
    honorific = "Dr." if kind == "STAFF" else _pick(("Mr.", "Ms.", "Mrs."), template)
    return f"{before}{honorific} [[{{{slots[1]}}}]]{template[m.end():]}"


# sentences a name moves into, by kind ({G} the gold name)
_SENTENCES: dict[str, tuple[str, ...]] = {
    "PATIENT": ("Spoke with {G} today about the balance.", "Per {G}, the copay was paid last week.",
                "Left a message for {G} to call back.", "Called {G} re: the appointment time.",
                "{G} called to reschedule the infusion.", "cc: {G}", "Discussed the estimate with {G} and her husband.",
                "{G}'s daughter called about the bill.", "Met with {G} in the infusion suite.",
                "Letter mailed to {G} at the address on file."),
    "STAFF": ("Discussed with {G}, MD.", "cc: Dr. {G}", "per {G} RN", "Spoke with {G} from case management.",
              "Case reviewed with Dr. {G} today.", "Paged {G} at 3 pm, no callback.", "Dr. {G}'s office called.",
              "Signed: {G}, NP", "{G} (SW) will follow.", "Seen and examined with {G}, PA-C."),
    "RELATIVE": ("Spoke with her daughter {G} by phone.", "Son {G} at bedside.", "{G} (wife) called this morning.",
                 "Husband {G} will drive her home.", "Per daughter {G}, she is eating less.",
                 "Called the patient's son, {G}, with the update.", "{G}, her sister, is the caregiver."),
    "CONTACT": ("Spoke with {G} at the insurance company.", "Per {G} at the pharmacy, the refill shipped.",
                "Left VM for {G} in billing.", "Faxed the form to {G} at the agency.", "cc: {G}",
                "{G} from the plan called back."),
}


def sentence(template: str, kind: str) -> str:
    """The first person's name moved into a sentence of its kind; the rest of the form is dropped."""
    m = _person_gold(template)
    if not m or kind not in _SENTENCES:
        return template
    return _pick(_SENTENCES[kind], template).replace("{G}", m.group(0))


# an organisation's stem slot in another shape; {INIT} is an initialism drawn per rendering
_ORG_SHAPES: dict[str, tuple[str, ...]] = {
    "HOSPITAL": ("Mt. {L} Hospital", "Mt. {L}", "St. {SAINT}'s", "St. {SAINT}'s Medical Center", "{HOSP} Health",
                 "{INIT}", "{L} Memorial", "{CITY} General", "{HOSP} Regional Medical Center", "the {HOSP} Clinic"),
    "FACILITY": ("{HOSP} Health", "St. {SAINT}'s", "the {HOSP} Center", "{HOSP} Care", "{INIT}",
                 "{L} House", "{HOSP} Hospice"),
    "ORGANIZATION": ("{L} Inc.", "{L} & Sons", "{INIT}", "{HOSP} Health", "{L} Group", "the {L} Company",
                     "{CITY} Foods"),
    "PRACTICE": ("{HOSP} Medical Group", "{L} Family Medicine", "the {HOSP} Clinic", "{INIT}", "{HOSP} Health",
                 "{L} & {L2} MDs", "{CITY} Oncology"),
}


def org_shape(template: str, kind: str) -> str:
    if kind not in _ORG_SHAPES:
        return template
    m = next((g for g in _GOLD.finditer(template) if re.search(r"\{(?:HOSP|SAINT|CITY|L\d?|COUNTY|STREET)\}",
                                                                g.group(1))), None)
    if not m:
        return template
    shape = _pick(_ORG_SHAPES[kind], template)
    before, after = template[:m.start()], template[m.end():]
    if shape.startswith("the "):
        before = re.sub(r"\bthe $", "", before, flags=re.I)
        return f"{before}the [[{shape[4:]}]]{after}"
    return f"{before}[[{shape}]]{after}"


REWRITES: dict[str, Callable[[str, str], str]] = {
    "label": label, "separator": separator, "label_wrap": label_wrap, "wrap_36": wrap_36,
    "upper": lambda t, k: t, "lower": lambda t, k: t, "sorted": sorted_name, "title": title, "sentence": sentence,
    "org_shape": org_shape,
}
_LINE_CASE: dict[str, Callable[[str], str]] = {"upper": str.upper, "lower": str.lower}


def _initialism(rng: random.Random) -> str:
    """An institution's initialism: a few capitals, often ending as hospitals' do (MC, HS, SU, H)."""
    letters = "ABCDEFGHJKLMNOPRSTUVW"
    stem = "".join(rng.choice(letters) for _ in range(rng.choice((1, 2, 2, 3))))
    return stem + rng.choice(("MC", "HS", "SU", "H", "RMC", "CH", "MG", "U"))


# -- the probe ------------------------------------------------------------------------------------------------------

def tuning_forms(modules: list[str]) -> list[tuple[str, str]]:
    """(kind, template) of every TUNING-part form of `modules`: the check parts are never rewritten or read."""
    return [(k, t) for k, ts in select_part(load_forms(None, modules), "tuning").items() for t in ts]


def variants(forms: list[tuple[str, str]], only: set[str] | None = None) -> list[tuple[str, int, str]]:
    """(rewrite, form index, template) of every rewrite that changes a person or organisation form (the case
    rewrites: every such form)."""
    out = []
    for name, fn in REWRITES.items():
        if only and name not in only:
            continue
        for i, (kind, t) in enumerate(forms):
            if kind not in PERSON_KINDS and kind not in ORG_KINDS:
                continue
            if name in _LINE_CASE:
                out.append((name, i, t))
                continue
            new = fn(t, kind)
            if new != t:
                out.append((name, i, new))
    return out


def _render(template: str, key: str, name_pool: str, case: Callable[[str], str] | None,
            hosts: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The template rendered with draws seeded by `key` (an original and its variant share names), set into a host
    note drawn the same way."""
    rng = random.Random(key)
    init_rng = random.Random(key + "|init")
    line, gold = render(template.replace("{INIT}", _initialism(init_rng)), rng, name_pool=name_pool)
    if case is not None:
        line = case(line)
    text, at = insert_line(rng.choice(hosts), line, rng)
    return text, [(a + at, b + at) for a, b in gold]


def run(modules: list[str], per_form: int = 2, name_pool: str = "census", seed: int = 7,
        only: set[str] | None = None) -> dict:
    from cancerprep.stages.deid.engine import DeidConfig, Deidentifier

    forms = tuning_forms(modules)
    vs = variants(forms, only)
    hosts = host_notes(planted.load_sources(MTSAMPLES))
    used = sorted({i for _, i, _ in vs})
    texts: list[str] = []
    golds: list[list[tuple[int, int]]] = []
    where: dict[tuple[str, int, int], int] = {}
    for i in used:
        for k in range(per_form):
            where[("", i, k)] = len(texts)
            text, gold = _render(forms[i][1], f"{seed}|{forms[i][1]}|{k}", name_pool, None, hosts)
            texts.append(text)
            golds.append(gold)
    for n, (name, i, t) in enumerate(vs):
        for k in range(per_form):
            where[(name, n, k)] = len(texts)
            text, gold = _render(t, f"{seed}|{forms[i][1]}|{k}", name_pool, _LINE_CASE.get(name), hosts)
            texts.append(text)
            golds.append(gold)
    predicted = Deidentifier(DeidConfig()).analyze_many(texts)

    def hits(j: int) -> list[bool]:
        spans = predicted[j]
        return [not isinstance(spans, list) or any(s.start < b and a < s.end for s in spans) for a, b in golds[j]]

    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    misses = []
    for n, (name, i, _) in enumerate(vs):
        kind = forms[i][0]
        for k in range(per_form):
            o, v = hits(where[("", i, k)]), hits(where[(name, n, k)])
            for key in ((name, "ALL"), (name, kind), ("ALL", "ALL")):
                cell = tally[key]
                cell[0] += len(o)
                cell[1] += sum(o)
                cell[2] += len(v)
                cell[3] += sum(v)
            j = where[(name, n, k)]
            for (a, b), h in zip(golds[j], v, strict=True):
                if not h:
                    text = texts[j]
                    ls, le = text.rfind("\n", 0, a) + 1, text.find("\n", b)
                    misses.append({"rewrite": name, "kind": kind, "value": text[a:b],
                                   "line": text[ls:le if le >= 0 else None], "original": forms[i][1]})
    scores = {f"{a}|{b}": {"orig": round(c[1] / max(c[0], 1), 4), "var": round(c[3] / max(c[2], 1), 4),
                           "gold": c[2]} for (a, b), c in sorted(tally.items())}
    return {"scores": scores, "misses": misses, "forms": len(forms), "variants": len(vs)}


def table(res: dict) -> str:
    s = res["scores"]
    lines = [f"{res['variants']} variants of {res['forms']} tuning forms",
             f"{'rewrite':<12}{'kind':<14}{'gold':>6}  orig    variant  drop"]
    for key, m in s.items():
        a, b = key.split("|")
        lines.append(f"{a:<12}{b:<14}{m['gold']:>6}  {m['orig']:.4f}  {m['var']:.4f}  {m['orig'] - m['var']:+.4f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--modules", nargs="*", default=["admin", "transfers", "sites", "reports", "persons"])
    ap.add_argument("--per-form", type=int, default=2)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--rewrites", nargs="*", help="only these rewrites (default: all)")
    ap.add_argument("--name-pool", choices=NAME_POOLS, default="census")
    ap.add_argument("--part", choices=("tuning",), default="tuning", help="only the tuning part is ever rewritten")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print N variant misses (tuning forms)")
    ap.add_argument("--json", type=Path, help="write the scores (no note text) here")
    args = ap.parse_args(argv)
    res = run(args.modules, args.per_form, args.name_pool, args.seed, set(args.rewrites or ()))
    print(table(res))
    for m in res["misses"][:args.errors]:
        print(f"MISS {m['rewrite']:<10} {m['kind']:<12} {m['value']!r:30} {m['line']!r}")
    if args.json:
        args.json.write_text(json.dumps(res["scores"], indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
