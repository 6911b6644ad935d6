"""Charting after place and person cues: how often drugs with their doses and findings in plain words are marked.

Why (issue 13, PhysioNet precision): the check part's false positives sit in the rules that take the word after a
place or person cue and in the learned voter's places, where nursing charting writes a drug with its dose ("cont on
zestril 40mg"), a finding in plain words ("skin: slight red bottom") or a drug after a relative ("daughter gave
tylenol 650mg"). This probe writes such lines from the project's vocabularies (the drug list, dose units, a domain
list of findings and body parts) into PhysioNet TUNING notes (the host's case kept: a note without small letters gets
the line in capitals), each cue class in a SEEN half (the frames the filters were written against) and a HELD-OUT half
(other frames, reported as a figure only), and beside them look-alikes that must stay PHI (a city or a given name in
the same frames). Figures: the share of clinical items marked (lower is better) and of look-alikes found.

A second pass (deidfix48) adds broad vocabulary classes nurses chart (devices and lines, scores and signs, named
diseases from the shipped vocabulary: SEEN; ICU equipment named for a maker, laboratory tests in capitals: HELD-OUT
classes, `held_out_class` in the figures, never listed by `--errors`).

A third pass (deidprec5) writes ONE capitalised word after "to" / "from", where the place rules take a town's name:
a drug of the shipped lists ("weaned from Dopamine") and an everyday word of a describing shape, a participle or an
adjective's or adverb's ending ("transferred to Sedated"), from the English dictionary the project ships; seen frames
(the change verbs `safelist.lone_term_place` was read with) and held-out frames (other verbs), and a town in the same
frames as the look-alike that must stay found.

A fourth pass (deidprec6, `thing_cases`) writes ONE capitalised census given name as a thing is written: after an
article or a count word, or with a model number glued on ("the {X} was removed", "{X}-4 blade"), seen frames (those
`names.counted_thing` was read with) and held-out frames (other verbs and counts); the given names are those a
dictionary also holds and no everyday word is (the eponym instruments' class: the census lists them, nobody
capitalises them mid-sentence but as a name or a maker). Look-alikes that must stay found: the same given names
after a person's cue. And the spread of a name only a cue-less rule found: its second occurrence in small letters
(`spread_lower`) and capitalised mid-sentence (`spread_capital`): both must stay found (deidprec6's guard that left
the small-letters copy was not merged).

A fifth pass (deidprec7, `cueless_cases`) writes the classes of the name recogniser's cue-less decisions: a census
given name spelled in capitals as an abbreviation on a line with case ("labs: {X} pending", `acronym`), a given name a
gazetteer lists as a place after a place preposition (`place_word`: must be FOUND and typed LOCATION,
`place_as_location`), and a name a cue-less rule found whose later occurrence is written as a thing, with an article
or a count or hyphened to a word ("later the {X} was removed", `spread_thing`). Each in seen frames and words and in
held-out frames and words (the given-name pools split in two, every other name held out). Look-alikes that must stay
found: the same place words after "spoke to", the thing names' later occurrence written as a person's (capitalised
and in small letters), and a full name in capitals on a line with case.

Nothing here is copied from a note; the frames are this script's own wording.

    python -m benchmarks.quality.charting_variation [--n 600] [--seed 11] [--errors 0] [--json F]
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from pathlib import Path

from benchmarks.quality import deid_bench
from benchmarks.quality.forms_probe import insert_line

DOSES = ("2.5", "5", "10", "20", "25", "40", "50", "80", "100", "250", "500", "650", "1000")
UNITS = ("mg", "mcg", "units", "ml", "meq")
DEGREES = ("slight", "mild", "moderate", "scant", "trace", "minimal")
COLOURS = ("red", "pink", "dark", "open", "dry", "blanching")
FINDINGS = ("rash", "redness", "erythema", "swelling", "bruising", "drainage", "excoriation", "breakdown", "blister")
PARTS = ("legs", "coccyx", "sacrum", "heel", "buttocks", "groin", "bottom", "thighs", "back", "perineum", "folds")
PREPOSITIONS = ("between", "under", "around", "across")
CITIES = ("Towson", "Dundalk", "Frederick", "Rockville", "Annapolis", "Hagerstown", "Salisbury", "Bowie",
          "Laurel", "Greenbelt", "Columbia", "Easton")
GIVEN = ("Mary", "John", "Linda", "Robert", "Susan", "James", "Karen", "David", "Nancy", "Paul", "Helen", "Mark")

# {X}: the item. Per class, SEEN frames then HELD-OUT frames.
FRAMES = {
    "drug_after_place_cue": (("cont on {X} qd.", "remains on {X} daily.", "returned from dialysis on {X}."),
                             ("transferred to floor on {X} bid.", "came from home on {X}.", "sent to rehab with {X}.")),
    "drug_after_person_cue": (("Daughter {X} given for pain.", "wife gave {X} at 2100."),
                              ("per son took {X} this am.", "husband brought {X} from home.")),
    "finding": (("skin: {X}.", "c/o sore back-{X}-frequent turns."),
                ("noted {X} on assessment.", "buttocks: {X}, cream applied.")),
}
# Second pass (deidfix48): broad vocabulary classes nurses chart, words a name or place rule can take (a device, a
# score or sign, a piece of ICU equipment named for a person or maker, a laboratory test in capitals, a disease named
# for a person). DEVICES, SCORES and NAMED DISEASES are SEEN classes (the filters were read against them); EQUIPMENT and
# LABS are HELD-OUT classes (never tuned on: a figure only). Items are this script's domain lists, written with
# `{n}` for a value; named diseases come from the shipped vocabulary (`disease_names`).
DEVICES = ("Foley", "Foley catheter", "Dobhoff", "Dobhoff tube", "Hickman", "Hickman line", "Swan-Ganz",
           "Swan", "Jackson-Pratt drain", "Salem sump", "Groshong", "Broviac", "Quinton catheter", "Blake drain",
           "Penrose drain", "Mediport", "Pleurx catheter", "Cordis", "Miami J collar", "Aspen collar")
SCORES = ("Glasgow coma score {n}", "GCS {n}", "Braden score {n}", "Braden {n}", "Morse fall score {n}",
          "Richmond agitation scale -{d}", "Ramsay {d}", "Babinski negative", "neg Babinski", "Homans sign neg",
          "Murphy's sign neg", "Karnofsky {n}0", "Apgar {d}/{d}", "Tanner stage {d}", "Mallampati {d}")
EQUIPMENT = ("Bair hugger", "Hoyer lift", "Kinair bed", "Clinitron bed", "Posey vest", "Ambu bag", "Sage wipes",
             "Roto-Rest bed", "Stryker frame", "Pyxis", "Alaris pump", "Baxter pump", "Jobst stockings", "Velcro")
SECOND_FRAMES = {
    "device": (("pt has {X} in place.", "{X} intact, draining well."),
               ("remains with {X}, no issues.", "noted {X} patent on rounds.")),
    "score_sign": (("neuro: {X}.", "{X} this shift."),
                   ("assessed {X} at 0800.", "per exam {X}, will monitor.")),
    "named_disease": (("hx of {X}.", "PMH: {X}, s/p chemo."),
                      ("known {X} followed by onc.", "dx {X} last year.")),
    "equipment": (("{X} in use.", "placed on {X}."), ("using {X} for transfers.", "{X} applied per protocol.")),
    "lab": (("{X}, will recheck.", "labs: {X}."), ("sent {X} this am.", "am {X} pending.")),
}
HELD_OUT_CLASSES = frozenset({"equipment", "lab"})
LOOKALIKES = (("city_after_place_cue", "transferred from {Y} on {X}."),
              ("city_after_place_cue", "lives in {Y} with wife."),
              ("name_after_person_cue", "Daughter {Y} gave {X}."), ("name_after_person_cue", "per son {Y}, took {X}."))


# Third pass (deidprec5): one capitalised word after a place cue. {X}: the item; SEEN frames then HELD-OUT frames.
LONE_FRAMES = {
    "lone_drug": (("weaned from {X} overnight.", "converted to {X} this am."),
                  ("titrated off, changed to {X} at noon.", "came back from {X}, resting.")),
    "lone_state": (("pt transferred to {X} at 1400.", "returned from {X} this am."),
                   ("went to {X} after visit.", "came back from {X}, resting.")),
}
LONE_LOOKALIKES = ("weaned from vent, family came from {Y}.", "pt transferred to {Y} at 1400.",
                   "went to {Y} after visit.")
_DESCRIBING = ("ive", "ous", "ful", "less", "able", "ible", "ly")  # the probe's own class, not the rule's import


def _describing_words() -> list[str]:
    """Everyday words of a describing shape (a participle of a dictionary verb, an adjective's or adverb's ending),
    no census name, city or place word: what a capitalised word after "to" is when it is no town."""
    from cancerprep.stages.deid import safelist
    from cancerprep.stages.deid.recognizers.context import verb_form

    return sorted(w for w, n in safelist.word_freq().items()
                  if n >= safelist.COMMON_FREQ and w.isalpha() and len(w) >= 6
                  and not safelist.census_name_or_city(w) and w not in safelist.place_words()
                  and (w.endswith(_DESCRIBING) or (w.endswith(("ed", "ing")) and verb_form(w))))


def _case(cls: str, half: str, frame: str, item: str, kind: str, slot: str = "{X}") -> dict:
    """One generated line: `item` written at every `slot` of `frame`, the span its first place."""
    a = frame.index(slot)
    return {"cls": cls, "half": half, "line": frame.replace(slot, item), "a": a, "b": a + len(item), "kind": kind}


def lone_cases(n: int, seed: int) -> list[dict]:
    """`n` lines per third-pass class and half and `n` look-alikes (a town in the same frames), own random stream."""
    rng = random.Random(seed + 3)
    pools = {"lone_drug": _drugs(), "lone_state": _describing_words()}
    out = []
    for cls, halves in LONE_FRAMES.items():
        for half, frames in zip(("seen", "held_out"), halves, strict=True):
            for _ in range(n):
                frame, item = rng.choice(frames), rng.choice(pools[cls]).capitalize()
                out.append(_case(cls, half, frame, item, "clinical"))
    for _ in range(n):
        frame, town = rng.choice(LONE_LOOKALIKES), rng.choice(CITIES)
        out.append(_case("city_after_lone_cue", "lookalike", frame, town, "phi", slot="{Y}"))
    return out


# Fourth pass (deidprec6): one census given name written as a thing. {X}: the item; SEEN frames then HELD-OUT frames.
THING_FRAMES = (("the {X} was removed at the end.", "using two {X} and a knife.", "{X}-4 blade was used."),
                ("placed a {X} on the field.", "then three {X} were applied.", "started {X}-12 tabs daily."))
THING_LOOKALIKES = ("spoke with daughter {Y} today.", "case discussed with Dr. {Y} this am.")
# A name only a cue-less rule finds (a lone census given name, capitalised mid-sentence), then written again.
SPREAD_FRAMES = {"spread_lower": "Seen today with {Y} at bedside, later {y} left.",
                 "spread_capital": "Seen today with {Y} at bedside, later {Y} left."}


def _thing_names() -> list[str]:
    """Census given names a dictionary also holds and no everyday word is, no city or place word: the class eponym
    instruments and makers are named from."""
    from cancerprep.stages.deid import safelist

    return sorted(w for w in safelist.first_names() if w.isalpha() and len(w) >= 4 and safelist.is_dictionary_word(w)
                  and not safelist.is_common(w) and w not in safelist.medical_words()
                  and w not in safelist.us_cities() and w not in safelist.place_words())


def thing_cases(n: int, seed: int) -> list[dict]:
    """`n` lines per fourth-pass half, `n` look-alikes and `n` of each spread frame, own random stream."""
    rng = random.Random(seed + 4)
    names = _thing_names()
    out = []
    for half, frames in zip(("seen", "held_out"), THING_FRAMES, strict=True):
        for _ in range(n):
            frame, item = rng.choice(frames), rng.choice(names).capitalize()
            out.append(_case("given_name_thing", half, frame, item, "clinical"))
    for _ in range(n):
        frame, name = rng.choice(THING_LOOKALIKES), rng.choice(GIVEN)
        out.append(_case("given_name_after_cue", "lookalike", frame, name, "phi", slot="{Y}"))
    for cls, frame in SPREAD_FRAMES.items():
        for _ in range(n):
            name = rng.choice(GIVEN)
            line = frame.replace("{Y}", name).replace("{y}", name.lower())
            a = line.rindex(name) if cls == "spread_capital" else line.index(name.lower(), line.index(name) + 1)
            out.append({"cls": cls, "half": "lookalike", "line": line, "a": a, "b": a + len(name), "kind": "phi"})
    return out


# Fifth pass (deidprec7): the cue-less name rule's classes. {X}: the item; per class SEEN frames then HELD-OUT frames.
CUELESS_FRAMES = {
    "acronym": (("labs: {X} pending, will follow.", "consult {X} to evaluate him."),
                ("sent {X} this am, results later.", "per {X} protocol, will monitor.")),
    "place_as_location": (("moved to {X} last year.", "lives in {X} with wife."),
                          ("visiting family near {X} this week.", "just back from {X}, tired.")),
    "spread_thing": (("Seen with {X} this am; later the {X} was removed.", "Seen with {X} this am; {X}-type clamp "
                      "used."), ("Seen with {X} this am; then two {X} were applied.",
                                 "Seen with {X} this am; placed a {X} on the field.")),
}
CUELESS_LOOKALIKES = {
    "place_word_person": "spoke to {Y} about the plan.",
    "thing_name_spread_capital": "Seen with {Y} this am; later {Y} left.",
    "thing_name_spread_lower": "Seen with {Y} this am; later {y} left.",
    "caps_full_name": "Plan reviewed with {Y} {Z} at bedside.",
}


def _split(words: list[str]) -> tuple[list[str], list[str]]:
    """A word pool's SEEN half and HELD-OUT half (every other word, in sorted order)."""
    return words[::2], words[1::2]


def _acronym_names() -> list[str]:
    """Short census given names no everyday, medical or place word is: what an abbreviation in capitals can spell."""
    from cancerprep.stages.deid import safelist

    return sorted(w for w in safelist.first_names() if w.isalpha() and 3 <= len(w) <= 4 and not safelist.is_common(w)
                  and w not in safelist.medical_words() and w not in safelist.place_words()
                  and w not in safelist.us_cities())


def _place_names() -> list[str]:
    """Census given names a gazetteer lists as a US state, US city or world place and no everyday word is."""
    from cancerprep.stages.deid import safelist

    return sorted(w for w in safelist.first_names() if w.isalpha() and len(w) >= 4 and not safelist.is_common(w)
                  and w not in safelist.medical_words()
                  and (w in safelist.us_states() or w in safelist.us_cities() or w in safelist.place_words()))


def _last_of(item: str, line: str, second: bool) -> int:
    """Where the item stands in the line: its second occurrence (a spread frame) or its first."""
    a = line.index(item)
    return line.index(item, a + 1) if second else a


def cueless_cases(n: int, seed: int) -> list[dict]:
    """`n` lines per fifth-pass class and half and per look-alike, own random stream."""
    from cancerprep.stages.deid import safelist

    rng = random.Random(seed + 5)
    pools = {"acronym": _split(_acronym_names()), "place_as_location": _split(_place_names()),
             "spread_thing": _split(_thing_names())}
    out = []
    for cls, halves in CUELESS_FRAMES.items():
        for k, (half, frames) in enumerate(zip(("seen", "held_out"), halves, strict=True)):
            for _ in range(n):
                frame, word = rng.choice(frames), rng.choice(pools[cls][k])
                item = word.upper() if cls == "acronym" else word.capitalize()
                line = frame.replace("{X}", item)
                a = _last_of(item, line, cls == "spread_thing")
                out.append({"cls": cls, "half": half, "line": line, "a": a, "b": a + len(item),
                            "kind": "phi" if cls == "place_as_location" else "clinical",
                            **({"etype": "LOCATION"} if cls == "place_as_location" else {})})
    surnames = sorted(w for w in safelist.last_names() if w.isalpha() and len(w) >= 5 and not safelist.is_common(w))
    for cls, frame in CUELESS_LOOKALIKES.items():
        for _ in range(n):
            pool = {"place_word_person": _place_names()}.get(cls) or (
                _thing_names() if cls.startswith("thing") else [g.lower() for g in GIVEN])
            name = rng.choice(pool).capitalize()
            if cls == "caps_full_name":
                name = name.upper()
            line = frame.replace("{Y}", name).replace("{y}", name.lower()).replace(
                "{Z}", rng.choice(surnames).upper())
            # the later occurrence: in small letters the only one so written, capitalised the second
            a = line.index(name.lower()) if cls.endswith("lower") else _last_of(name, line, cls.startswith("thing"))
            out.append({"cls": cls, "half": "lookalike", "line": line, "a": a, "b": a + len(name), "kind": "phi"})
    return out


def _drugs() -> list[str]:
    """Drug names of the shipped lists that are no census name, city or everyday word (so a mark on one is wrong)."""
    from cancerprep.stages.deid import safelist

    return sorted(w for w in safelist.drug_names() if w.isalpha() and len(w) >= 5
                  and not safelist.census_name_or_city(w) and not safelist.is_common(w))


def _drug(rng: random.Random, drugs: list[str]) -> str:
    name = rng.choice(drugs)
    name = name.capitalize() if rng.random() < 0.5 else name
    return f"{name}{rng.choice(('', ' '))}{rng.choice(DOSES)}{rng.choice(UNITS)}"


def _finding(rng: random.Random) -> str:
    shape = rng.randrange(3)
    if shape == 0:
        return f"{rng.choice(DEGREES)} {rng.choice(COLOURS)} {rng.choice(PARTS)}"
    if shape == 1:
        return f"{rng.choice(COLOURS)} {rng.choice(FINDINGS)} {rng.choice(PREPOSITIONS)} {rng.choice(PARTS)}"
    return f"{rng.choice(DEGREES)} {rng.choice(FINDINGS)} {rng.choice(PARTS)}"


# a name's head word that names a disease (ICD-10-CM's titles also hold external causes: "Sucked into ..."); not
# "syndrome" or "disease", which the eponym heads of `safelist` read already
_PATHOLOGY_ENDS = ("oma", "omas", "itis", "osis", "emia", "aemia", "pathy", "plasia", "trophy",
                   "cyst", "palsy", "anomaly", "fever", "tumor", "tumour")


def _named_diseases() -> list[str]:
    """Disease names written from the shipped vocabulary: an eponym run with the word that follows it in a name,
    capitalised as charts write it ("Ewing sarcoma", "Merkel cell")."""
    from cancerprep import resources
    from cancerprep.stages.deid import disease_names, safelist

    out = []
    for line in sorted(resources.data_lines(disease_names.DATA_FILE)):
        _, run, after = line.split("|")
        if after.endswith(_PATHOLOGY_ENDS) and safelist.is_known_word(after) \
                and not safelist.census_name_or_city(after):
            out.append("-".join(w.capitalize() for w in run.split()) + " " + after)
    return out


def _second_item(cls: str, rng: random.Random, diseases: list[str]) -> str:
    """One item of a second-pass class, its values filled."""
    from cancerprep.stages.deid import safelist

    if cls == "named_disease":
        return rng.choice(diseases)
    if cls == "lab":
        return f"{rng.choice(sorted(safelist.LAB_TESTS)).upper()} {rng.choice(DOSES)}"
    pool = {"device": DEVICES, "score_sign": SCORES, "equipment": EQUIPMENT}[cls]
    return rng.choice(pool).replace("{n}", str(rng.randrange(3, 24))).replace("{d}", str(rng.randrange(1, 5)))


def second_cases(n: int, seed: int) -> list[dict]:
    """`n` lines per second-pass class and half (own random stream, so the first pass's lines stay as they were)."""
    rng = random.Random(seed + 2)
    diseases = _named_diseases()
    out = []
    for cls, halves in SECOND_FRAMES.items():
        for half, frames in zip(("seen", "held_out"), halves, strict=True):
            half = "held_out_class" if cls in HELD_OUT_CLASSES else half
            for _ in range(n):
                frame, item = rng.choice(frames), _second_item(cls, rng, diseases)
                out.append(_case(cls, half, frame, item, "clinical"))
    return out


def cases(n: int, seed: int) -> list[dict]:
    """`n` lines per class and half, and `n` look-alikes per kind: {cls, half, line, a, b, kind}."""
    rng = random.Random(seed)
    drugs = _drugs()
    out = []
    for cls, halves in FRAMES.items():
        for half, frames in zip(("seen", "held_out"), halves, strict=True):
            for _ in range(n):
                frame = rng.choice(frames)
                item = _finding(rng) if cls == "finding" else _drug(rng, drugs)
                out.append(_case(cls, half, frame, item, "clinical"))
    for _ in range(n):
        cls, frame = rng.choice(LOOKALIKES)
        phi = rng.choice(CITIES if cls.startswith("city") else GIVEN)
        line = frame.replace("{X}", _drug(rng, drugs)).replace("{Y}", phi)
        a = line.index(phi)
        out.append({"cls": cls, "half": "lookalike", "line": line, "a": a, "b": a + len(phi), "kind": "phi"})
    return out


def run(n: int = 600, seed: int = 11, errors: int = 0) -> dict:
    """Each line inside a PhysioNet tuning note (check patients never used), scored by overlap with the line's item."""
    from cancerprep.stages.deid.engine import DeidConfig, Deidentifier

    tuning = deid_bench.physionet_parts(deid_bench.SHARED / "physionet-deid-dev")[0]
    assert not tuning[3]  # the tuning part
    hosts = [note.text for note in tuning[1]]
    rng = random.Random(seed + 1)
    items = cases(n, seed) + second_cases(n, seed) + lone_cases(n, seed) + thing_cases(n, seed) \
        + cueless_cases(n, seed)
    texts, where = [], []
    for item in items:
        host = rng.choice(hosts)[:1500]
        line = item["line"] if any(ch.islower() for ch in host) else item["line"].upper()
        text, at = insert_line(host, line, rng)
        texts.append(text)
        where.append((at + item["a"], at + item["b"]))
    predicted = Deidentifier(DeidConfig()).analyze_many(texts)
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    shown = 0
    for item, (a, b), pred, text in zip(items, where, predicted, texts, strict=True):
        hit = isinstance(pred, list) and any(s.start < b and a < s.end and s.entity_type == item.get("etype",
                                                                                                  s.entity_type)
                                             for s in pred)
        key = f"{item['cls']}/{item['half']}"
        tally[key][0] += hit
        tally[key][1] += 1
        if errors and shown < errors and item["half"] == "seen" and hit:  # never a held-out frame's or class's
            shown += 1
            print("MARKED", repr(text[a:b]), "in", repr(item["line"]))
    return {key: round(hit / total, 4) for key, (hit, total) in sorted(tally.items())}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=600, help="lines per class and half")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--errors", type=int, default=0, help="print up to N marked SEEN clinical items")
    ap.add_argument("--json")
    args = ap.parse_args(argv)
    shares = run(args.n, args.seed, args.errors)
    for key, share in shares.items():
        what = "found" if "lookalike" in key or key.startswith("place_as_location") else "marked"
        print(f"{key:40} {what} {share}")
    if args.json:
        Path(args.json).write_text(json.dumps(shares, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
