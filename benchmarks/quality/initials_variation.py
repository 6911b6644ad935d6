"""Initials by structural slot: recall per slot, layout, separator and label, seen vs held out (issue 13).

Why: rules for the positions the tuning forms used raised tuning INITIALS to 0.91-0.97 while the check parts stayed
at 0.33-0.58. This generator writes initials from random letters (some accented, some dotted, some slash pairs) into
the structural slots notes keep for a writer's mark (a table cell among dates and doses, a line's or clause's end
after a time, date, number or dash, a short labelled field, beside a role or credential), each slot with SEEN and
HELD-OUT labels, layouts and separators: the held-out ones were written after the rules and never tuned on, so the
gap between the two says whether a rule is a class or a list. It also writes refusal lines, clinical abbreviations,
units, drug initialisms, state codes, sig shorthand, section headers and lab codes in the same slots, and counts the
spans put on them.

Nothing here is copied from a benchmark form or note; the frames, labels and abbreviations are this script's own.

A second class (`named_cases`, `--part named`): a person named in a note signs with their own initials. A TUNING form
of the blind families that names a staff member or contact (`[[{F} {L}]]`) is rendered into a host MTSamples note,
and that person's initials (first+last, with the middle initial where the form writes one) are written at a general
place elsewhere in the note (a line of their own, a line's end, a slash pair, a bracket, ...: SEEN and HELD-OUT places
as above). Its refusal lines name a person whose initials spell a clinical abbreviation ("Paul Turner" and "PT") and
write the abbreviation in a clinical frame: it must stay. Check forms are never rendered.

    python -m benchmarks.quality.initials_variation [--part slots|named|values|collide|lists|small|all]
        [--n 1200] [--seed 11]
        [--errors 40]
        [--json F]
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

from benchmarks.quality.forms_probe import MTSAMPLES, host_notes, insert_line, load_forms, render, select_part
from benchmarks.quality.variation_score import found_and_marked, overlaps, print_marked, recall_by_feature
from cancerprep.sample import planted

_PLAIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ACCENTED = "ÁÉÍÓÚÅÄÖØÜÇÑŞŁĐŽČ"

# other cells of a row: dates, times, numbers, doses
_DATES = ("3/14/2021", "11/2/22", "2020-07-19", "06/30", "12.01.2023")
_TIMES = ("0800", "1430", "21:15", "0215", "1900")
_DOSES = ("25 mg", "1 tab", "500 mL", "2 units", "0.5 mg/kg", "40 mEq", "#30", "x2", "10 mL/hr", "3")
_TEXT_CELLS = ("metoprolol", "heparin flush", "site check", "pump verified", "given", "refill")

# (slot, layout) -> (variant, template); "{I}" is the initials, "{D}"/"{T}"/"{N}" other cells
_SEEN = {
    "cell": [("bar_last", "{X} | {D} | {N} | {I}"), ("tab_last", "{D}\t{T}\t{N}\t{I}"),
             ("bar_mid", "{X} | {I} | {T}")],
    "line_end": [("time_end", "{V} at {T} {I}"), ("date_end", "{V} {D} {I}"), ("dose_end", "{V} {N} {I}")],
    "field": [("colon", "{L}: {I}")],
    "role": [("role_first", "{R} {I}"), ("role_after_comma", "{I}, {R}")],
}
_HELD_OUT = {
    "cell": [("gap_last", "{D}    {T}    {N}    {I}"), ("bar_first", "{I} | {T} | {N}"),
             ("tab_mid", "{X}\t{I}\t{D}"), ("bar_pair", "{D} | {N} | {I}/{J}")],
    "line_end": [("dash_end", "{V} - {I}"), ("clause_end", "{V} {T} {I}; {V2}"), ("dot_end", "{V} {N} {I}."),
                 ("number_sign_end", "{V} #{K} {I}")],
    "field": [("equals", "{L} = {I}"), ("second_field", "{V2}  {L}: {I}"), ("semicolon_field", "{V2}; {L}: {I}")],
    "role": [("role_colon", "{R}: {I}"), ("role_paren", "{I} ({R})"), ("role_dash", "{R} - {I}")],
}
_VERBS = ("Dressing changed", "Line flushed", "Pt turned", "Vitals taken", "Dose given", "Pump checked",
          "Bag hung", "Site assessed", "Order entered", "Call returned")
_VERBS2 = ("pt resting", "no distress", "family at bedside", "will recheck")
# labels of a field a person fills: seen vs held out (every label this script's own)
_LABELS_SEEN = ("Reviewer", "Caller", "Entered", "Author", "Updated", "Owner")
_LABELS_HELD = ("Transcriber", "Courier", "Preparer", "Auditor", "Observer", "Initiated", "Handled", "Last edit")
_ROLES_SEEN = ("RN", "MD", "tech", "CRNA")
_ROLES_HELD = ("LPN", "RPh", "PA-C", "NP", "CNA", "pharmacist", "scribe", "CST")

# refusal: what also fills those slots and must stay (this script's own list of common clinical shorthand)
REFUSALS = ("PO", "IV", "SQ", "PRN", "BID", "TID", "QHS", "NPO", "DNR", "CBC", "BMP", "CMP", "INR", "PTT", "ABG",
            "EKG", "CXR", "CT", "MRI", "ECHO", "LUQ", "RLQ", "ICU", "ED", "OR", "PACU", "SNF", "NS", "LR", "D5W",
            "mg", "mL", "mEq", "ASA", "APAP", "HCTZ", "MTX", "KCl", "TX", "CA", "NY", "FL", "MA", "HPI", "ROS",
            "PMH", "WBC", "HGB", "PLT", "BUN", "ALT", "AST", "TSH", "PSA", "CEA", "SR", "AF", "RA", "WNL", "NAD",
            "OK", "HH", "LL", "MAE", "PERRL", "OOB", "BM", "UOP", "CDI", "JP", "PICC", "NG", "GI", "PT", "OT",
            "SLP", "DVT", "PE", "MI", "CHF", "COPD", "HTN", "DM", "CKD", "UTI", "CAD", "ER", "XL", "SR", "ODT")
_REFUSAL_FRAMES = ("{X} | {D} | {N} | {R}", "{D}\t{T}\t{R}", "{V} at {T} {R}", "{V} {N} {R}", "{V} - {R}",
                   "Route: {R}", "Rhythm: {R}", "Dx: {R}", "Site = {R}", "State: {R}", "Results {D} {R}")


def _initials(rng: random.Random) -> tuple[str, str]:
    """Random initials (from random letters) and their shape."""
    n = 2 if rng.random() < 0.6 else 3
    accented = rng.random() < 0.15
    letters = [rng.choice(_ACCENTED if accented and k == 0 else _PLAIN) for k in range(n)]
    if rng.random() < 0.12:
        return ".".join(letters) + ".", "dotted"
    return "".join(letters), "accented" if accented else f"plain{n}"


def lines(n: int, seed: int) -> tuple[list[tuple[str, tuple[int, int], dict[str, str]]], list[tuple[str, str]]]:
    """`n` lines with initials (line, gold span of the first initials, features) and the refusal lines."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        held = rng.random() < 0.5
        slot = rng.choice(sorted(_SEEN))
        variant, template = rng.choice((_HELD_OUT if held else _SEEN)[slot])
        label = rng.choice(_LABELS_HELD if held else _LABELS_SEEN)
        role = rng.choice(_ROLES_HELD if held else _ROLES_SEEN)
        ini, shape = _initials(rng)
        fill = {"D": rng.choice(_DATES), "T": rng.choice(_TIMES), "N": rng.choice(_DOSES),
                "X": rng.choice(_TEXT_CELLS), "V": rng.choice(_VERBS), "V2": rng.choice(_VERBS2),
                "L": label, "R": role, "K": str(rng.randint(2, 90)), "J": _initials(rng)[0]}
        pre, post = template.split("{I}")
        pre, post = pre.format(**fill), post.format(**fill)
        out.append((pre + ini + post, (len(pre), len(pre) + len(ini)),
                    {"held_out": str(held), "slot": slot, "layout": variant, "shape": shape,
                     "label": label if slot == "field" else "-", "role": role if slot == "role" else "-"}))
    refusals = []
    for k, abbreviation in enumerate(REFUSALS):
        for j, frame in enumerate(_REFUSAL_FRAMES):
            if (k + j) % 3:
                continue  # a third of the grid: every abbreviation in several slots, every slot many times
            fill = {"D": _DATES[k % 5], "T": _TIMES[j % 5], "N": _DOSES[(k + j) % 10], "X": _TEXT_CELLS[k % 6],
                    "V": _VERBS[(k + j) % 10], "R": abbreviation}
            refusals.append((frame.format(**fill), abbreviation))
    return out, refusals


# places of a named person's initials elsewhere in the note: "{I}" the initials, "{i}" in small letters, "{Id}" dotted,
# "{J}" another writer's, "{t}" a typist's small letters; SEEN and HELD-OUT as above
_NAMED_SEEN = [("own_line", "{I}"), ("line_end", "{V}. {I}"), ("typist_pair", "{I}/{t}"), ("bracket", "{V} ({I})"),
               ("dotted_end", "{V} {Id}"), ("per", "{V} per {I}")]
_NAMED_HELD = [("small_pair", "{J}/{i}"), ("time_first", "{T} {I} {V2}"), ("mid_prose", "Discussed with {I}, {V2}"),
               ("colon_first", "{I}: {V2}"), ("tab_cell", "{D}\t{I}\t{N}"), ("cosign", "{V} {I} & {J}")]
# families whose tuning forms name the people (the blind families of issue 13) and the kinds that name a writer
NAMED_FAMILIES = ("ward", "emergency", "charts", "periop", "community", "research")
_NAMED_KINDS = ("STAFF", "CONTACT")
_NAMED_FORM = re.compile(r"\[\[[^\]]*\{F\} (?:\{M\}\.? )?\{L\}[^\]]*\]\]")
# abbreviations of two letters a person's initials may spell, from REFUSALS
_SPELLED = tuple(a for a in REFUSALS if len(a) == 2 and a.isupper())


def _named_templates() -> list[str]:
    """TUNING forms of `NAMED_FAMILIES` naming a staff member or contact by given name and surname."""
    forms = select_part(load_forms(list(_NAMED_KINDS), list(NAMED_FAMILIES)), "tuning")
    return sorted({t for v in forms.values() for t in v if _NAMED_FORM.search(t)})


def _person_with(rng: random.Random, first: str, last: str) -> planted.Person:
    """A census person whose given name and surname open with `first` and `last` (drawn until they do)."""
    given = next(p.first for p in iter(lambda: planted.make_person(rng), None) if p.first[0] == first)
    family = next(p.last for p in iter(lambda: planted.make_person(rng), None) if p.last[0] == last)
    return planted.Person(given, family, None, rng.choice("FM"))


def named_cases(n: int, seed: int) -> tuple[list[tuple[str, list[tuple[int, int]], dict[str, str]]],
                                            list[tuple[str, tuple[int, int]]]]:
    """`n` notes (text, gold spans of the initials, features) and refusal notes (text, span of the abbreviation)."""
    rng = random.Random(seed)
    templates = _named_templates()
    pool = host_notes(planted.load_sources(MTSAMPLES))
    out = []
    for _ in range(n):
        held = rng.random() < 0.5
        variant, frame = rng.choice(_NAMED_HELD if held else _NAMED_SEEN)
        template = rng.choice(templates)
        person = planted.make_person(rng)
        middle = "{M}" in template and person.middle is not None
        initials = person.first[0] + (person.middle or "" if middle else "") + person.last[0]
        fixed = template.replace("{F}", person.first).replace("{L}", person.last).replace("{M}", person.middle or "A")
        line, _ = render(fixed, rng)
        text, _ = insert_line(rng.choice(pool)[:1500], line, rng)
        fill = {"V": rng.choice(_VERBS), "V2": rng.choice(_VERBS2), "T": rng.choice(_TIMES), "D": rng.choice(_DATES),
                "N": rng.choice(_DOSES), "J": _initials(rng)[0].upper(), "t": _initials(rng)[0].lower(),
                "I": initials, "i": initials.lower(), "Id": ".".join(initials) + "."}
        key = next(k for k in ("Id", "I", "i") if "{" + k + "}" in frame)
        pre = frame.split("{" + key + "}")[0].format(**fill)
        mark = frame.format(**fill)
        text, at = insert_line(text, mark, rng)
        out.append((text, [(at + len(pre), at + len(pre) + len(fill[key]))],
                    {"held_out": str(held), "place": variant, "letters": str(len(initials))}))
    refusals = []
    for k in range(max(1, n // 4)):
        abbreviation = _SPELLED[k % len(_SPELLED)]
        person = _person_with(rng, abbreviation[0], abbreviation[1])
        template = rng.choice([t for t in templates if "{M}" not in t])
        line, _ = render(template.replace("{F}", person.first).replace("{L}", person.last), rng)
        text, _ = insert_line(rng.choice(pool)[:1500], line, rng)
        frame = _REFUSAL_FRAMES[k % len(_REFUSAL_FRAMES)]
        fill = {"D": rng.choice(_DATES), "T": rng.choice(_TIMES), "N": rng.choice(_DOSES),
                "X": rng.choice(_TEXT_CELLS), "V": rng.choice(_VERBS), "R": abbreviation}
        refusal = frame.format(**fill)
        text, at = insert_line(text, refusal, rng)
        a = at + refusal.rindex(abbreviation)
        refusals.append((text, (a, a + len(abbreviation))))
    return out, refusals


def run_named(n: int, seed: int, errors: int = 0) -> dict:
    """Score `named_cases`: recall of the initials by feature, refusal notes whose abbreviation was marked."""
    from cancerprep.stages.deid.engine import DeidConfig, Deidentifier

    found, refusals = named_cases(n, seed)
    predicted = Deidentifier(DeidConfig()).analyze_many([t for t, _, _ in found] + [t for t, _ in refusals])
    hits = [not isinstance(p, list) or any(s.start < b and a < s.end for a, b in gold for s in p)
            for (_, gold, _), p in zip(found, predicted, strict=False)]
    marked = [isinstance(p, list) and any(s.start < b and a < s.end for s in p)
              for (_, (a, b)), p in zip(refusals, predicted[len(found):], strict=True)]
    result = {"recall": recall_by_feature([f for _, _, f in found], hits),
              "refusals_marked": f"{sum(marked)}/{len(refusals)}"}
    print(f"named initials: recall {result['recall']['all']['all']} over {n} notes; "
          f"seen {result['recall']['held_out'].get('False')} held-out {result['recall']['held_out'].get('True')}; "
          f"refusal notes marked {result['refusals_marked']}")
    for key in ("place", "letters"):
        print(f"  {key}: " + "; ".join(f"{v} {r}" for v, r in sorted(result["recall"][key].items())))
    shown = 0
    for (text, gold, feats), hit in zip(found, hits, strict=True):
        if not hit and feats["held_out"] == "False" and shown < errors:  # tuning forms in MTSamples hosts only
            a, b = gold[0]
            print(f"MISS {feats['place']}: {text[text.rfind(chr(10), 0, a) + 1:text.find(chr(10), b)]!r}")
            shown += 1
    return result


# A third class (`value_cases`, `--part values`): invented initials in GENERAL value slots of real lines. Host lines
# are TUNING lines only: rendered TUNING forms of the blind families (kinds other than INITIALS), cased lines of
# PhysioNet TUNING patients and sentences of MTSamples' tuning half. SEEN slots are those `initials_values` names (a
# field's value, a cell, after by/per/with/to, a role's bracket, a dash or slash closing a line, a sign-off); HELD-OUT
# slots are value slots it does not name, written before it was measured on them: a second member of a list after a
# colon, after an act verb, before a colon opening a line, a bracket closing a line, after a time, dotted after a
# sentence. "{W}" is the host line's first one to three words, "{V}" the host line, "{J}" another writer's capitals.
_VALUE_SEEN = [("field", "{W}: {I}"), ("cell", "{V} | {D} | {I}"), ("by", "{V} by {I}"), ("per", "{V} per {I}."),
               ("with_time", "{V} with {I} at {T}"), ("to", "{V}, reported to {I}"), ("role_paren", "{V}. RN ({I})"),
               ("dash_end", "{V} - {I}"), ("slash_end", "{V}. {J}/{I}"), ("sign_off", "Thanks, {I}")]
_VALUE_HELD = [("list_second", "{W}: {J}, {I}"), ("act_verb", "{V}, reviewed {I}"), ("before_colon", "{I}: {V}"),
               ("paren_end", "{V} ({I})"), ("after_time", "{T} {I} {V}"), ("dotted_sentence", "{V}. {Id}")]
_VALUE_REFUSAL_FRAMES = ("{W}: {R}", "{V} | {D} | {R}", "{V} by {R}", "{V} per {R}.", "{V} with {R} at {T}",
                         "{V} - {R}", "Thanks, {R}")


def _host_lines(rng: random.Random, k: int) -> list[tuple[str, str]]:
    """`k` (line, source) host lines of 15-70 characters with case, from TUNING data only (see above)."""
    from benchmarks.quality.damage_bench import is_check_note, load_notes
    from cancerprep.stages.deid.evaluate import load_physionet_notes, split_by_patient

    def usable(line: str) -> bool:
        line = line.strip()
        return 15 <= len(line) <= 70 and not line.isupper() and not line.islower() and "[[" not in line

    forms = select_part(load_forms(None, list(NAMED_FAMILIES)), "tuning")
    templates = sorted({t for kind, v in forms.items() if kind != "INITIALS" for t in v if "\n" not in t})
    physionet = Path(MTSAMPLES).parents[1] / "physionet-deid-dev" / "id.text"
    tuning, _ = split_by_patient(load_physionet_notes(physionet), lambda n: n.patient_id)
    pn = [line.strip() for n in tuning for line in n.text.split("\n") if usable(line)]
    mt = [s.strip(" ,") for i, t in load_notes(Path(MTSAMPLES)) if not is_check_note(i)
          for s in re.split(r"(?<=[.:]),|\.  ", t) if usable(s.strip(" ,"))]
    out = []
    for j in range(k):
        source = ("forms", "physionet", "mtsamples")[j % 3]
        if source == "forms":
            line = render(rng.choice(templates), rng)[0].strip()
            line = line if usable(line) else line[:70].rsplit(" ", 1)[0]
        else:
            line = rng.choice(pn if source == "physionet" else mt)
        out.append((line.rstrip(" .,;:"), source))
    return out


def value_cases(n: int, seed: int) -> tuple[list[tuple[str, tuple[int, int], dict[str, str]]], list[tuple[str, str]]]:
    """`n` lines with invented capital initials in value slots (line, gold span, features) and refusal lines."""
    from cancerprep.stages.deid.recognizers.initials_values import unknown_group

    rng = random.Random(seed)
    hosts = _host_lines(rng, n + n // 4)
    out = []
    for line, source in hosts[:n]:
        held = rng.random() < 0.4
        variant, frame = rng.choice(_VALUE_HELD if held else _VALUE_SEEN)
        letters = "".join(rng.choice(_PLAIN) for _ in range(2 if rng.random() < 0.55 else 3))
        dotted = variant == "dotted_sentence" or rng.random() < 0.1
        fill = {"V": line, "W": " ".join(line.split()[:rng.randint(1, 3)]).rstrip(" .,;:"), "T": rng.choice(_TIMES),
                "D": rng.choice(_DATES), "J": "".join(rng.choice(_PLAIN) for _ in range(2)), "I": letters,
                "Id": ".".join(letters) + "."}
        key = "Id" if (dotted and "{I}" in frame) or variant == "dotted_sentence" else "I"
        frame = frame.replace("{I}", "{Id}") if key == "Id" else frame
        pre = frame.split("{" + key + "}")[0].format(**fill)
        out.append((frame.format(**fill), (len(pre), len(pre) + len(fill[key])),
                    {"held_out": str(held), "slot": variant, "source": source, "letters": str(len(letters)),
                     "unknown": str(unknown_group(letters)), "dotted": str(key == "Id")}))
    refusals = []
    for k, (line, _) in enumerate(hosts[n:]):
        fill = {"V": line, "W": " ".join(line.split()[:2]).rstrip(" .,;:"), "T": rng.choice(_TIMES),
                "D": rng.choice(_DATES), "R": REFUSALS[k % len(REFUSALS)]}
        refusals.append((_VALUE_REFUSAL_FRAMES[k % len(_VALUE_REFUSAL_FRAMES)].format(**fill), fill["R"]))
    return out, refusals


def _scored_with(switch: str, on: bool, items: list[tuple[str, int, int]], seed: int,
                 found: int) -> tuple[list[bool], list[bool]]:
    """`items` scored (`overlaps`, host notes' first 800 characters) with `initials_values`' class switch `switch`
    set to `on` (restored to its shipped True after): the first `found` items' hits (a withheld note counts as
    found), the rest's marks."""
    from cancerprep.stages.deid.recognizers import initials_values

    setattr(initials_values, switch, on)
    try:
        got = overlaps(items, seed, host_chars=800)
    finally:
        setattr(initials_values, switch, True)
    return found_and_marked(got, found)


def _switched(part: str, switch: str, items: list[tuple[str, int, int]], seed: int,
              features: list[dict[str, str]], refusals: int, over: str,
              keys: tuple[str, ...]) -> Iterator[tuple[str, bool, list[bool], list[bool], dict]]:
    """The before/after loop `run_values`, `run_lists` and `run_small` share: `items` (the found ones first, one per
    entry of `features`, then `refusals` refusal items) scored with `initials_values`' class switch `switch` off
    ("before") and on ("after"), each run's recall and refusal lines marked printed; yields (label, on, hits, marked,
    the run's result) so each part can add its own lines and misses."""
    for label, on in (("before", False), ("after", True)):
        hits, marked = _scored_with(switch, on, items, seed, len(features))
        entry = {"recall": recall_by_feature(features, hits), "refusals_marked": f"{sum(marked)}/{refusals}"}
        r = entry["recall"]
        print(f"{part} ({label}): recall {r['all']['all']} over {over}; seen {r['held_out'].get('False')} "
              f"held-out {r['held_out'].get('True')}; refusal lines marked {entry['refusals_marked']}")
        for key in keys:
            print(f"  {key}: " + "; ".join(f"{v} {x}" for v, x in sorted(r[key].items())))
        yield label, on, hits, marked, entry


def run_values(n: int, seed: int, errors: int = 0) -> dict:
    """Score `value_cases` with `initials_values` off and on (the class only adds spans: off is exactly before)."""
    found, refusals = value_cases(n, seed)
    items = ([(line, a, b) for line, (a, b), _ in found]
             + [(line, line.rindex(r), line.rindex(r) + len(r)) for line, r in refusals])
    result = {}
    for label, on, hits, _, entry in _switched("values", "ENABLED", items, seed, [f for _, _, f in found],
                                               len(refusals), f"{n} lines",
                                               ("slot", "source", "letters", "unknown", "dotted")):
        result[label] = entry
        if on:
            misses = [line for (line, _, f), hit in zip(found, hits, strict=True)
                      if not hit and f["held_out"] == "False" and f["unknown"] == "True"]
            for line in misses[:errors]:  # seen slots on tuning lines only
                print(f"MISS {line!r}")
    return result


# A fourth class (`collide_cases`, `--part collide`; deidfix47): groups a project vocabulary reads as something else
# ("MS", "CM", "ES", "CC": about 45% of letter pairs), drawn at random from the project's abbreviation, everyday-word,
# title and state vocabularies (never from a form), planted at PERSON slots of real tuning lines (the SEEN slots are
# the labels and cues `initials_values` names; the HELD-OUT ones are slots it does not name: a column under a
# signer's header, a group before its role, a second signer after "and", a role word after a comma) and, the same
# groups, at CLINICAL-VALUE slots, which must stay unmarked (precision). "{V}" a host line, "{G}" the group, "{H}" a
# second group, "{T}" a time, "{N}" a number, "{P}" a person label of the held-out list.
_PERSON_SEEN = [("label_role", "{V}. {R}: {G}"), ("label_by", "{V}. {A} by: {G}"), ("act_by", "{V}, {A} by {G}"),
                ("per", "{V} per {G}."), ("role_before", "{V}. {R} {G}"), ("label_time", "{V}; {R}: {G} {T}"),
                ("cosign_bracket", "Cosign: {G} ({R2})"), ("sign_pair", "{V} - {A} by {H}/{G}")]
_PERSON_HELD = [("column", "Time | {P}\n{T} | {G}"), ("group_then_role", "{V}. {G}, {R2}"),
                ("second_signer", "{V}, {A} by {H} and {G}"), ("label_held", "{V}. {P}: {G}"),
                ("after_time_log", "{V} {T} {G}")]
_CLINICAL_SLOTS = [("route", "Route: {G}"), ("site", "Site: {G}"), ("dx", "Dx: {G}"), ("status", "Status: {G}"),
                   ("after_number", "{V}, {N} {G}"), ("history", "{V}; hx of {G}."), ("ordered", "{V}. {G} ordered."),
                   ("credential", "{V}. Seen by Ann Lee, {G}")]
# roles and acts of the seen labels; the held-out labels are a different list, written before the class was measured
_ROLES_SEEN2 = ("RN", "Nurse", "Pharmacist", "Witness", "Initials", "Tech", "Resident", "Scribe")
_ACTS_SEEN = ("Verified", "Checked", "Reviewed", "Witnessed", "Entered", "Co-signed")
_PERSON_HELD_LABELS = ("Handled by", "Relieved by", "Charge", "Taken by", "Second check", "Interp", "Clerk", "Courier")


@functools.cache
def collision_pool() -> tuple[str, ...]:
    """Two- and three-letter groups a project vocabulary reads as something other than initials (clinical
    abbreviations, known-safe shorthand, everyday words, titles, states), minus those no slot makes initials
    (`never_initials`: routes, frequencies, credentials, stop words): sorted, for seeded draws."""
    from cancerprep.stages.deid import safelist as sl
    from cancerprep.stages.deid.recognizers.initials_class import clinical_abbreviations, never_initials
    from cancerprep.stages.deid.recognizers.initials_slots import known_safe
    from cancerprep.stages.deid.recognizers.initials_values import other_reading

    words = {w for w in clinical_abbreviations() | known_safe() if w.isalpha() and 2 <= len(w) <= 3}
    words |= {a + b for a in _PLAIN.lower() for b in _PLAIN.lower() if sl.is_common(a + b) or other_reading(a + b)}
    return tuple(sorted(w.upper() for w in words if not never_initials(w)))


def collide_cases(n: int, seed: int) -> tuple[list[tuple[str, tuple[int, int], dict[str, str]]],
                                              list[tuple[str, tuple[int, int], dict[str, str]]]]:
    """`n` lines with a colliding group at a person slot and `n // 2` with one at a clinical-value slot: (line, gold
    span of the group, features)."""
    rng = random.Random(seed)
    pool = collision_pool()
    hosts = _host_lines(rng, n + n // 2)

    def build(line: str, frame: str) -> tuple[str, tuple[int, int], str]:
        group = rng.choice(pool)
        fill = {"V": line, "G": group, "H": "".join(rng.choice(_PLAIN) for _ in range(2)), "T": rng.choice(_TIMES),
                "N": str(rng.randint(2, 500)), "R": rng.choice(_ROLES_SEEN2), "R2": rng.choice(("RN", "attending")),
                "A": rng.choice(_ACTS_SEEN), "P": rng.choice(_PERSON_HELD_LABELS)}
        pre = frame.split("{G}")[0].format(**fill)
        return frame.format(**fill), (len(pre), len(pre) + len(group)), group

    person = []
    for line, source in hosts[:n]:
        held = rng.random() < 0.4
        variant, frame = rng.choice(_PERSON_HELD if held else _PERSON_SEEN)
        text, span, group = build(line, frame)
        person.append((text, span, {"held_out": str(held), "slot": variant, "source": source,
                                    "letters": str(len(group))}))
    clinical = []
    for line, source in hosts[n:]:
        variant, frame = rng.choice(_CLINICAL_SLOTS)
        text, span, group = build(line, frame)
        clinical.append((text, span, {"slot": variant, "source": source, "letters": str(len(group))}))
    return person, clinical


def run_collide(n: int, seed: int, errors: int = 0) -> dict:
    """Score `collide_cases` with `initials_values.PERSON_SLOTS` and `COLLIDE_JUDGE` off ("before"), the person slots
    alone ("slots") and both ("after"): each only adds spans. (The judge is trained on this generator's SEEN person
    slots and its clinical-value slots, drawn with another seed: its held-out person slots are its test.)"""
    from cancerprep.stages.deid.recognizers import initials_values

    person, clinical = collide_cases(n, seed)
    items = [(line, a, b) for line, (a, b), _ in person + clinical]
    result = {}
    shipped = initials_values.PERSON_SLOTS, initials_values.COLLIDE_JUDGE
    for label, slots, judge in (("before", False, False), ("slots", True, False), ("after", True, True)):
        on = slots and judge
        initials_values.PERSON_SLOTS, initials_values.COLLIDE_JUDGE = slots, judge
        try:
            got = overlaps(items, seed, host_chars=800)
        finally:
            initials_values.PERSON_SLOTS, initials_values.COLLIDE_JUDGE = shipped
        hits, marked = found_and_marked(got, len(person))
        result[label] = {"recall": recall_by_feature([f for _, _, f in person], hits),
                         "clinical_marked": recall_by_feature([f for _, _, f in clinical], marked)}
        r, c = result[label]["recall"], result[label]["clinical_marked"]
        print(f"collide ({label}): person-slot recall {r['all']['all']} over {n} lines; seen "
              f"{r['held_out'].get('False')} held-out {r['held_out'].get('True')}; clinical-value slots marked "
              f"{c['all']['all']} of {len(clinical)}")
        for key in ("slot", "source", "letters"):
            print(f"  person {key}: " + "; ".join(f"{v} {x}" for v, x in sorted(r[key].items())))
        print("  clinical slot marked: " + "; ".join(f"{v} {x}" for v, x in sorted(c["slot"].items())))
        if on:
            misses = [line for (line, _, f), hit in zip(person, hits, strict=True)
                      if not hit and f["held_out"] == "False"]
            for line in misses[:errors]:  # seen slots on tuning lines only
                print(f"MISS {line!r}")
            print_marked("CLINICAL MARKED", clinical[:errors * 4], marked[:errors * 4])
    return result


# A fifth class (`list_cases`, `--part lists`; deidfix53): two or three writers' marks listed in ONE slot ("Witnessed:
# AB, CD", "given by AB / CD"). The first group is invented capitals; each other group is drawn half from
# `collision_pool` (a group a vocabulary reads otherwise) and half invented. SEEN: the slots and separators the class
# in `initials_values` was written against (a labelled field, "by", a dash closing the line; ", " and "/"); HELD-OUT:
# other slots and separators, written before the class was measured on them (a table cell, "=", "per", a role's
# label, a sign-off after "thanks"; "&", "and", " / ", three groups). Refusal lines list clinical abbreviations
# (`initials_class.clinical_abbreviations`, never a form's) in the same slots: they must stay unmarked.
_LIST_SEEN = [("field", "{W}: {G}", (", ", "/")), ("by", "{V} by {G}", (", ", "/")),
              ("dash_end", "{V} - {G}", (", ", "/"))]
_LIST_HELD = [("cell", "{V} | {D} | {G}", (" & ", " and ", " / ")), ("equals", "{W} = {G}", (" & ", " and ", " / ")),
              ("per", "{V} per {G}.", (" & ", " and ")), ("role_label", "{V}; RN: {G}", (" & ", " / ", " and ")),
              ("thanks", "Thanks, {G}", (" & ", " and "))]


def list_cases(n: int, seed: int) -> tuple[list[tuple[str, list[tuple[int, int, str]], dict[str, str]]],
                                           list[tuple[str, tuple[int, int], str]]]:
    """`n` lines with a list of marks (line, [(start, end, "unknown"|"colliding") per group], features) and refusal
    lines (line, span of the listed abbreviations, slot)."""
    from cancerprep.stages.deid.recognizers.initials_class import clinical_abbreviations

    rng = random.Random(seed)
    pool = collision_pool()
    clinical = sorted(w.upper() for w in clinical_abbreviations() if w.isalpha() and 2 <= len(w) <= 3)
    hosts = _host_lines(rng, n + n // 3)
    out = []
    for line, source in hosts[:n]:
        held = rng.random() < 0.5
        variant, frame, seps = rng.choice(_LIST_HELD if held else _LIST_SEEN)
        sep = rng.choice(seps)
        count = 3 if held and rng.random() < 0.25 else 2
        groups = ["".join(rng.choice(_PLAIN) for _ in range(rng.choice((2, 3))))]
        kinds = ["unknown"]
        for _ in range(count - 1):
            colliding = rng.random() < 0.5
            groups.append(rng.choice(pool) if colliding else "".join(rng.choice(_PLAIN) for _ in range(2)))
            kinds.append("colliding" if colliding else "unknown")
        fill = {"V": line, "W": " ".join(line.split()[:rng.randint(1, 3)]).rstrip(" .,;:"),
                "D": rng.choice(_DATES), "G": sep.join(groups)}
        text = frame.format(**fill)
        at = len(frame.split("{G}")[0].format(**fill))
        spans = []
        for g, kind in zip(groups, kinds, strict=True):
            spans.append((at, at + len(g), kind))
            at += len(g) + len(sep)
        out.append((text, spans, {"held_out": str(held), "slot": variant, "sep": sep.strip() or "space",
                                  "groups": str(count), "source": source}))
    refusals = []
    for k, (line, _) in enumerate(hosts[n:]):
        variant, frame, seps = (_LIST_SEEN + _LIST_HELD)[k % (len(_LIST_SEEN) + len(_LIST_HELD))]
        listed = seps[k % len(seps)].join(rng.sample(clinical, 2))
        fill = {"V": line, "W": " ".join(line.split()[:2]).rstrip(" .,;:"), "D": rng.choice(_DATES), "G": listed}
        text = frame.format(**fill)
        a = len(frame.split("{G}")[0].format(**fill))
        refusals.append((text, (a, a + len(listed)), variant))
    return out, refusals


def run_lists(n: int, seed: int, errors: int = 0) -> dict:
    """Score `list_cases` with `initials_values.LISTS` off ("before") and on ("after"): recall per group (by its kind
    and the line's features) and refusal lines marked."""
    found, refusals = list_cases(n, seed)
    items = ([(line, a, b) for line, spans, _ in found for a, b, _ in spans]
             + [(line, a, b) for line, (a, b), _ in refusals])
    flat = [(line, {**feats, "kind": kind}) for line, spans, feats in found for _, _, kind in spans]
    features = [f for _, f in flat]
    result = {}
    for label, on, hits, marked, entry in _switched("lists", "LISTS", items, seed, features, len(refusals),
                                                    f"{len(features)} groups in {n} lines",
                                                    ("kind", "slot", "sep", "groups")):
        entry["refusals_marked_by_slot"] = recall_by_feature([{"slot": s} for _, _, s in refusals], marked)["slot"]
        result[label] = entry
        print("  refusals marked by slot: " + "; ".join(
            f"{v} {x}" for v, x in sorted(entry["refusals_marked_by_slot"].items())))
        if on and errors:
            seen_misses = [line for (line, f), hit in zip(flat, hits, strict=True)
                           if not hit and f["held_out"] == "False"]
            for line in seen_misses[:errors]:  # seen slots on tuning lines only
                print(f"MISS {line!r}")
            print_marked("REFUSAL MARKED", refusals, marked)
    return result


# A sixth class (`small_cases`, `--part small`; deidfix53): a writer's mark in small letters on a line with case.
# Invented small letters close a real TUNING line. SEEN: the slots `initials_values.small_spans` was written against
# ("by", "per", a dash, a lone slash, a slash pair after a clause's end); HELD-OUT: slots it does not name, written
# before it was measured on them (a comma, a bracket, "with", after a time, opening the line before a colon).
# Refusal lines put small clinical shorthand and everyday words ("by pt", "- ok", "/hr", "by me") in the seen slots.
_SMALL_SEEN = [("by", "{V} by {i}"), ("per", "{V} per {i}"), ("dash", "{V} - {i}"), ("slash", "{V} /{i}"),
               ("pair", "{V}. {i}/{j}")]
_SMALL_HELD = [("comma", "{V}, {i}"), ("bracket", "{V} ({i})"), ("with", "{V} with {i}"), ("after_time", "{V} {T} {i}"),
               ("opening", "{i}: {V}")]
_SMALL_WORDS = ("me", "us", "ok", "see", "all", "now", "day", "am", "pm", "hr", "min", "pt", "iv", "po", "prn", "cbc")


def small_cases(n: int, seed: int) -> tuple[list[tuple[str, tuple[int, int], dict[str, str]]],
                                            list[tuple[str, tuple[int, int], str]]]:
    """`n` lines with a small-letter mark (line, gold span, features) and refusal lines (line, span, slot)."""
    rng = random.Random(seed)
    hosts = _host_lines(rng, n + n // 3)
    low = _PLAIN.lower()
    out = []
    for line, source in hosts[:n]:
        held = rng.random() < 0.5
        variant, frame = rng.choice(_SMALL_HELD if held else _SMALL_SEEN)
        mark = "".join(rng.choice(low) for _ in range(rng.choice((2, 3))))
        fill = {"V": line, "T": rng.choice(_TIMES), "i": mark, "j": "".join(rng.choice(low) for _ in range(2))}
        pre = frame.split("{i}")[0].format(**fill)
        out.append((frame.format(**fill), (len(pre), len(pre) + len(mark)),
                    {"held_out": str(held), "slot": variant, "letters": str(len(mark)), "source": source}))
    refusals = []
    for k, (line, _) in enumerate(hosts[n:]):
        variant, frame = _SMALL_SEEN[k % len(_SMALL_SEEN)]
        word = _SMALL_WORDS[k % len(_SMALL_WORDS)]
        fill = {"V": line, "i": word, "j": _SMALL_WORDS[(k + 3) % len(_SMALL_WORDS)]}
        pre = frame.split("{i}")[0].format(**fill)
        refusals.append((frame.format(**fill), (len(pre), len(pre) + len(word)), variant))
    return out, refusals


def run_small(n: int, seed: int, errors: int = 0) -> dict:
    """Score `small_cases` with `initials_values.SMALL` off ("before") and on ("after")."""
    found, refusals = small_cases(n, seed)
    items = [(line, a, b) for line, (a, b), _ in found] + [(line, a, b) for line, (a, b), _ in refusals]
    result = {}
    for label, on, hits, marked, entry in _switched("small", "SMALL", items, seed, [f for _, _, f in found],
                                                    len(refusals), f"{n} lines", ("slot", "letters", "source")):
        result[label] = entry
        if on and errors:
            for (line, _, f), hit in zip(found, hits, strict=True):
                if not hit and f["held_out"] == "False":  # seen slots on tuning lines only
                    print(f"MISS {line!r}")
            print_marked("REFUSAL MARKED", refusals, marked)
    return result


def _write_json(path: Path, result: dict) -> None:
    """The `--json` file: indented, letters as written (the frames hold accented capitals)."""
    path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=("slots", "named", "values", "collide", "lists", "small", "all"), default="all")
    ap.add_argument("--n", type=int, default=1200)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--errors", type=int, default=0, help="print up to N missed seen-slot initials")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)

    one_part = {"small": run_small, "lists": run_lists, "collide": run_collide, "values": run_values,
                "named": lambda n, seed, errors: run_named(n // 2, seed, errors)}
    if args.part in one_part:
        result = {args.part: one_part[args.part](args.n, args.seed, args.errors)}
        if args.json:
            _write_json(args.json, result)
        return 0
    named = run_named(args.n // 2, args.seed, args.errors) if args.part == "all" else None
    found, refusals = lines(args.n, args.seed)
    got = overlaps([(line, a, b) for line, (a, b), _ in found]
                   + [(line, line.rindex(phrase), line.rindex(phrase) + len(phrase)) for line, phrase in refusals],
                   args.seed, host_chars=800)
    hits, marked = found_and_marked(got, len(found))
    # (held-out misses are scored only, never printed: they stay held out)
    misses = [line for (line, _, feats), hit in zip(found, hits, strict=True)
              if not hit and feats["held_out"] == "False"]
    features = [{**feats, f"slot_{feats['held_out']}": feats["slot"]} for _, _, feats in found]
    result = {"recall": recall_by_feature(features, hits), "refusals_marked": f"{sum(marked)}/{len(refusals)}"}
    if named is not None:
        result["named"] = named
    print(f"initials variation: recall {result['recall']['all']['all']} over {args.n} lines; "
          f"seen {result['recall']['held_out'].get('False')} held-out {result['recall']['held_out'].get('True')}; "
          f"refusal lines marked {result['refusals_marked']}")
    for key in ("slot_False", "slot_True", "layout", "shape", "label", "role"):
        print(f"  {key}: " + "; ".join(f"{v} {r}" for v, r in sorted(result["recall"][key].items())))
    for line in misses[:args.errors]:
        print(f"MISS {line!r}")
    if args.errors:  # refusal lines are this script's own wording: safe to print
        print_marked("REFUSAL MARKED", refusals, marked)
    if args.json:
        _write_json(args.json, result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
