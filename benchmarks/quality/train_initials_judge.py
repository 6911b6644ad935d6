"""Train the learned initials judge (`recognizers/initials_learned.py`) and write its weights (issue 13).

Why: position rules read from the tuning forms did not reach the check forms' initials. This fits a logistic model
over the judge's general context features (`initials_learned.candidates`) from tuning data only, seeded, so the
shipped JSON can be rebuilt byte for byte:

0. first, the groups real notes (PhysioNet tuning patients outside gold, MTSamples) write for `--min-notes`
   patients or more are written to `data/deid/initials_corpus_safe.txt`: shorthand, never one writer's initials;
1. the TUNING part (`forms_probe.form_part`) of every blind forms family, each template rendered `--renders` times
   (`forms_probe.render_fills`, seed `--seed`) into an MTSamples host note (as the probe does): a candidate on a gold
   INITIALS span is a positive; one on another kind's gold or on any filled slot is left out; any other is a
   negative. Check forms are never rendered;
2. the SEEN slots of `initials_variation` (drawn with another seed than its test's; its held-out slots and refusal
   lines are never used), the initials a positive, every other candidate a negative;
3. PhysioNet TUNING patients' notes (`evaluate.is_check_patient` false): a candidate inside a gold name span of at
   most six characters is a positive, one on other gold is left out, any other a negative (the shorthand real notes
   write); and MTSamples notes: every candidate a negative.

The threshold for each key (a line with case, a line without case in a note with case, a note typed without case)
is chosen from out-of-fold probabilities (folds by note) on the same tuning data: the lowest, at least 0.5, at which
no more than `--max-physionet` PhysioNet tuning negatives and `--max-mtsamples` MTSamples candidates are taken
(PhysioNet check precision is the binding constraint: a few spans move it).

`--judge vocab` (deidfix59) trains the vocabulary judge (`initials_learned.VOCAB_FILE`) on the same sources, read
with the groups a unit, route, test or abbreviation vocabulary refuses weighed too (key "vocab"); `--judge collide` the
collision judge of `initials_values`. The vocabulary judge (deidfix61) also fits the SEEN half of
`staff_grid_variation` (`--grid-n`; its held half is only scored) and overrides a vocabulary at no threshold under
`--vocab-floor`. The shipped files: `--c 1.0` (initials), `--judge collide` (C 0.5),
`--judge vocab --c 1.0 --grid-n 120`.

    python -m benchmarks.quality.train_initials_judge [--judge J] [--seed 29] [--renders 6] [--out PATH] [--report]
"""

from __future__ import annotations

import argparse
import functools
import json
import random
from collections.abc import Callable, Iterable
from pathlib import Path

from benchmarks.quality import forms_probe, initials_variation, signer_variation, staff_grid_variation, staff_variation
from cancerprep.sample import planted
from cancerprep.stages.deid.evaluate import is_check_patient, load_physionet_gold, load_physionet_notes
from cancerprep.stages.deid.recognizers import initials_learned, initials_values

REPO = Path(__file__).resolve().parents[2]
PHYSIONET = REPO.parent / "shared" / "data" / "physionet-deid-dev"
OUT = REPO / "cancerprep" / "data" / "deid" / initials_learned.MODEL_FILE
_NAME_TYPES = {"HCPName", "PTName", "PTNameInitial", "RelativeProxyName"}

# (features, label, source, note key, threshold key: `initials_learned.candidates`)
Row = tuple[list[str], int, str, str, str]
KEYS = ("cased", "uncased", "small_note")
# the collision judge's keys (`initials_values.collide_candidates`): a line with case, a line of capitals
COLLIDE_KEYS = ("cased", "caps")
# (start, end, threshold key, features) of a note's candidates: `initials_learned.candidates` or the collision judge's
Candidates = Callable[[str], list[tuple[int, int, str, list[str]]]]


def _label(a: int, b: int, positive: Iterable[tuple[int, int]], skip: Iterable[tuple[int, int]]) -> int | None:
    """1 on a positive span, None on a span to leave out, else 0."""
    if any(s < b and a < e for s, e in positive):
        return 1
    if any(s < b and a < e for s, e in skip):
        return None
    return 0


def form_rows(seed: int, renders: int, cands: Candidates = initials_learned.candidates, by_template: bool = False
              ) -> list[Row]:
    """(1): every tuning form of every family, rendered into host notes (see the module doc); `by_template` keys
    every render of a form as one note, so out-of-fold figures are figures on unseen forms."""
    rng = random.Random(seed)
    pool = forms_probe.host_notes(planted.load_sources(forms_probe.MTSAMPLES))
    rows: list[Row] = []
    forms = forms_probe.select_part(forms_probe.load_forms(), "tuning")
    for kind, templates in forms.items():
        for t, template in enumerate(templates):
            for r in range(renders):
                line, gold, fills = forms_probe.render_fills(template, rng)
                text, at = forms_probe.insert_line(rng.choice(pool), line, rng)
                gold = [(a + at, b + at) for a, b in gold]
                fills = [(a + at, b + at) for a, b in fills]
                positive = gold if kind == "INITIALS" else []
                skip = fills + ([] if kind == "INITIALS" else gold)
                for a, b, key, feats in cands(text):
                    if not at <= a < at + len(line):
                        continue  # the host note's own groups: counted once, by mtsamples_rows
                    y = _label(a, b, positive, skip)
                    if y is not None:
                        rows.append((feats, y, "forms", f"f{kind}{t}" + ("" if by_template else f".{r}"), key))
    return rows


def variation_rows(seed: int, n: int, cands: Candidates = initials_learned.candidates) -> list[Row]:
    """(2): `initials_variation`'s seen slots only (held-out slots and refusal lines stay its test)."""
    rng = random.Random(seed)
    pool = forms_probe.host_notes(planted.load_sources(forms_probe.MTSAMPLES))
    found, _ = initials_variation.lines(n, seed)
    rows: list[Row] = []
    for k, (line, (a0, b0), feats0) in enumerate(found):
        if feats0["held_out"] != "False":
            continue
        text, at = forms_probe.insert_line(rng.choice(pool), line, rng)
        for a, b, key, feats in cands(text):
            if at <= a < at + len(line):
                rows.append((feats, int(a < b0 + at and a0 + at < b), "variation", f"v{k}", key))
    return rows


# the line generators whose SEEN halves train the judges (deidfix56): module, classes whose gold is a writer's initials
GENERATORS = {"staff": (staff_variation, ("initials", "rows", "sheets")), "signer": (signer_variation, ("initials",))}


def generator_rows(seed: int, n: int, half: str = "seen", cands: Candidates = initials_learned.candidates) -> list[Row]:
    """(2c, deidfix56): the `half` layouts of the line generators (`GENERATORS`: unit paperwork, signer logs), each
    line set into an MTSamples host note: the gold initials a positive; the line's other groups left out (another
    signer's marks, never labelled); every group of the generator's refusal lines (no person) a negative. Training
    reads the SEEN half only; the HELD half is scored by `--report`, never fitted."""
    rng = random.Random(seed)
    pool = forms_probe.host_notes(planted.load_sources(forms_probe.MTSAMPLES))
    rows: list[Row] = []
    for name, (module, classes) in GENERATORS.items():
        lines = [(text, gold) for feats, text, gold in module.cases(n, seed, classes) if feats["half"] == half]
        refusals = [] if half != "seen" else [(text, None) for _, text in module.refusals(max(1, n // 8), seed)]
        for k, (line, gold) in enumerate(lines + refusals):
            text, at = forms_probe.insert_line(rng.choice(pool), line, rng)
            for a, b, key, feats in cands(text):
                if not at <= a < at + len(line):
                    continue
                y = 0 if gold is None else 1 if a < gold[1] + at and gold[0] + at < b else None
                if y is not None:
                    rows.append((feats, y, name, f"{name}{k}", key))
    return rows


def grid_rows(seed: int, n: int, half: str = "seen", cands: Candidates = initials_learned.candidates) -> list[Row]:
    """(2d, deidfix61, the vocabulary judge only): the `half` grids of `staff_grid_variation` (initials grids and as
    many refusal grids), each set into an MTSamples host note: the gold staff cell's group a positive, another
    signer's cell left out, every other group of the grid (route, unit, test, abbreviation cells and headers) a
    negative. Training reads the SEEN half only; the HELD half is scored by `--report`, never fitted."""
    rng = random.Random(seed)
    pool = forms_probe.host_notes(planted.load_sources(forms_probe.MTSAMPLES))
    rows: list[Row] = []
    for k, (feats, grid, gold, staff) in enumerate(staff_grid_variation.cases(n, seed, n)):
        if feats["half"] != half:
            continue
        text, at = forms_probe.insert_line(rng.choice(pool), grid, rng)
        positive = [(gold[0] + at, gold[1] + at)] if gold else []
        for a, b, key, row in cands(text):
            if at <= a < at + len(grid):
                y = _label(a, b, positive, [(s + at, e + at) for s, e in staff])
                if y is not None:
                    rows.append((row, y, "grid", f"g{k}", key))
    return rows


def collide_rows(seed: int, n: int) -> list[Row]:
    """(2b, collision judge): `initials_variation.collide_cases` drawn with another seed than its measurement's:
    colliding groups at its SEEN person slots positive (its held-out person slots are never used), the same groups
    at its clinical-value slots negative, every other candidate of the line negative."""
    rng = random.Random(seed)
    pool = forms_probe.host_notes(planted.load_sources(forms_probe.MTSAMPLES))
    person, clinical = initials_variation.collide_cases(n, seed)
    rows: list[Row] = []
    # (the "per" slot is left out: after a bare "per" real notes write the clinical abbreviations it plants, "per
    # CXR", and the person slots refuse them there on purpose; as positives they teach the judge the opposite)
    cases = ([(c, 1) for c in person if c[2]["held_out"] == "False" and c[2]["slot"] != "per"]
             + [(c, 0) for c in clinical])
    for k, ((line, (a0, b0), _), y) in enumerate(cases):
        text, at = forms_probe.insert_line(rng.choice(pool), line, rng)
        for a, b, key, feats in initials_values.collide_candidates(text):
            if at <= a < at + len(line):
                rows.append((feats, y * int(a < b0 + at and a0 + at < b), "collide", f"c{k}", key))
    return rows


def physionet_rows(cands: Candidates = initials_learned.candidates) -> tuple[list[Row], int]:
    """(3a): PhysioNet tuning patients' notes, and how many notes they are."""
    gold: dict[str, list[tuple[int, int, str]]] = {}
    for s in load_physionet_gold(PHYSIONET / "id-phi.phrase", categories=True):
        gold.setdefault(s.note_id, []).append((s.start, s.end, s.entity_type))
    rows: list[Row] = []
    notes = [n for n in load_physionet_notes(PHYSIONET / "id.text") if not is_check_patient(n.patient_id)]
    for note in notes:
        spans = gold.get(note.note_id, [])
        positive = [(a, b) for a, b, t in spans if t in _NAME_TYPES and b - a <= 6]
        for a, b, key, feats in cands(note.text):
            y = _label(a, b, positive, [(s, e) for s, e, _ in spans])
            if y is not None:
                rows.append((feats, y, "physionet", note.note_id, key))
    return rows, len(notes)


def write_corpus_safe(min_notes: int, path: Path) -> int:
    """The groups `admissible` takes that real notes write in at least `min_notes` notes of different patients or
    MTSamples sources (outside PhysioNet gold), written to `path` for `initials_learned.corpus_safe`; the judge's
    caches are cleared so the rows built next see them refused. Returns how many."""
    initials_learned.corpus_safe.cache_clear()
    path.write_text("", encoding="utf-8")  # counted with no corpus list in force
    initials_learned.corpus_safe.cache_clear()
    initials_learned.admissible.cache_clear()
    initials_learned.weighed_class.cache_clear()
    initials_learned._WEIGHABLE.clear()
    gold: dict[str, list[tuple[int, int]]] = {}
    for s in load_physionet_gold(PHYSIONET / "id-phi.phrase"):
        gold.setdefault(s.note_id, []).append((s.start, s.end))
    owners: dict[str, set[str]] = {}
    texts = [(n.patient_id, n.note_id, n.text) for n in load_physionet_notes(PHYSIONET / "id.text")
             if not is_check_patient(n.patient_id)]
    texts += [(f"m{k}", f"m{k}", t) for k, t in enumerate(planted.load_sources(forms_probe.MTSAMPLES))]
    for owner, note_id, text in texts:
        for a, b, _, _ in initials_learned.candidates(text, soft=frozenset()):
            if not any(s < b and a < e for s, e in gold.get(note_id, [])):
                owners.setdefault("".join(c for c in text[a:b] if c.isalpha()).lower(), set()).add(owner)
    words = sorted(w for w, o in owners.items() if len(o) >= min_notes)
    path.write_text("# groups real notes write in several patients' notes (train_initials_judge.py)\n"
                    + "".join(f"{w}\n" for w in words), encoding="utf-8")
    initials_learned.corpus_safe.cache_clear()
    initials_learned.admissible.cache_clear()
    initials_learned.weighed_class.cache_clear()
    initials_learned._WEIGHABLE.clear()
    return len(words)


def vocabulary_rows(seed: int, share: float, soft: frozenset[str] = frozenset()) -> list[Row]:
    """(3c): the capital groups `admissible` refuses (the clinical abbreviations, units, state codes ... real notes
    write) on PhysioNet tuning and MTSamples notes, a seeded `share` of them, as negatives of source "vocab": they
    teach where abbreviations stand; they are not counted when thresholds are chosen (the judge never weighs them).
    The groups the vocabulary judge weighs (`soft`, deidfix59) are left out: they are its candidates in (3a), (3b)."""
    rng = random.Random(seed)
    texts = [(n.note_id, n.text) for n in load_physionet_notes(PHYSIONET / "id.text")
             if not is_check_patient(n.patient_id)]
    texts += [(f"m{k}", t) for k, t in enumerate(planted.load_sources(forms_probe.MTSAMPLES))]
    rows: list[Row] = []
    for note_id, text in texts:
        for a, b, key, feats in initials_learned.candidates(text, initials_learned.any_group, frozenset()):
            if (rng.random() < share and not initials_learned.admissible(text[a:b], key == "cased")
                    and not initials_learned.weighed_class(text[a:b], key == "cased", soft)):
                rows.append((feats, 0, "vocab", note_id, key))
    return rows


def mtsamples_rows(cands: Candidates = initials_learned.candidates) -> tuple[list[Row], int]:
    """(3b): MTSamples notes, every candidate a negative (their PHI was removed before publication), and how many
    notes they are."""
    rows: list[Row] = []
    texts = planted.load_sources(forms_probe.MTSAMPLES)
    for k, text in enumerate(texts):
        for _a, _b, key, feats in cands(text):
            rows.append((feats, 0, "mtsamples", f"m{k}", key))
    return rows, len(texts)


def fit(rows: list[Row], c: float, seed: int):
    """A logistic model over the binary features; real notes' negatives weigh `_REAL_WEIGHT` each."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(r[0], 1) for r in rows])
    y = [r[1] for r in rows]
    w = [_REAL_WEIGHT if r[2] in ("physionet", "mtsamples") and not r[1] else 1.0 for r in rows]
    clf = LogisticRegression(C=c, max_iter=5000, random_state=seed)
    clf.fit(x, y, sample_weight=w)
    return vec, clf


_REAL_WEIGHT = 3.0


def out_of_fold(rows: list[Row], c: float, seed: int, folds: int = 4) -> list[float]:
    """Each row's probability from a model fitted without its note's fold."""
    import zlib

    fold = [zlib.crc32(r[3].encode()) % folds for r in rows]
    probs = [0.0] * len(rows)
    for k in range(folds):
        train = [r for r, f in zip(rows, fold, strict=True) if f != k]
        vec, clf = fit(train, c, seed)
        idx = [i for i, f in enumerate(fold) if f == k]
        x = vec.transform([dict.fromkeys(rows[i][0], 1) for i in idx])
        for i, p in zip(idx, clf.predict_proba(x)[:, 1], strict=True):
            probs[i] = float(p)
    return probs


def choose_thresholds(rows: list[Row], probs: list[float], max_physionet: int, max_mtsamples: int,
                      keys: tuple[str, ...] = KEYS, max_forms_share: float | None = None, floor: float = 0.5
                      ) -> dict[str, float]:
    """Per threshold key, the lowest threshold (at least `floor`) at which at most `max_physionet` PhysioNet tuning
    negatives and `max_mtsamples` MTSamples candidates are taken (and, with `max_forms_share`, at most that share of
    the tuning forms' negatives: a key few real notes reach, such as lines of capitals, is bounded by the forms)."""
    out = {}
    for key in keys:
        t = floor
        limits = [("physionet", max_physionet), ("mtsamples", max_mtsamples)]
        if max_forms_share is not None:
            n_forms = sum(r[4] == key and r[2] == "forms" and not r[1] for r in rows)
            limits.append(("forms", int(max_forms_share * n_forms)))
        for source, allowed in limits:
            negs = sorted((p for r, p in zip(rows, probs, strict=True) if r[4] == key and r[2] == source and not r[1]),
                          reverse=True)
            if len(negs) > allowed:
                t = max(t, negs[allowed] + 1e-4)
        out[key] = round(min(t, 0.99), 4)
    return out


def report(rows: list[Row], probs: list[float], thresholds: dict[str, float]) -> None:
    """Recall and taken negatives by source and threshold key (out of fold; counts only, no text)."""
    for source in ("forms", "variation", *GENERATORS, "grid", "collide", "physionet", "mtsamples", "vocab"):
        for key in thresholds:
            sel = [(r[1], p) for r, p in zip(rows, probs, strict=True) if r[2] == source and r[4] == key]
            pos = [p for y, p in sel if y]
            neg = [p for y, p in sel if not y]
            rec = sum(p >= thresholds[key] for p in pos) / len(pos) if pos else float("nan")
            print(f"  {source:10s} {key:10s} pos {len(pos):5d} recall {rec:.3f}  "
                  f"neg {len(neg):6d} taken {sum(p >= thresholds[key] for p in neg)}")


def _recall(vec, clf, rows: list[Row], thresholds: dict[str, float]) -> tuple[str, str]:
    """("hits/positives", "taken/negatives") of `rows` under a fitted model at `thresholds` (counts only)."""
    if not rows:
        return "0/0", "0/0"
    probs = clf.predict_proba(vec.transform([dict.fromkeys(r[0], 1) for r in rows]))[:, 1]
    taken = [p >= thresholds[r[4]] for r, p in zip(rows, probs, strict=True)]
    pos = [t for r, t in zip(rows, taken, strict=True) if r[1]]
    neg = [t for r, t in zip(rows, taken, strict=True) if not r[1]]
    return f"{sum(pos)}/{len(pos)}", f"{sum(neg)}/{len(neg)}"


def generalisation(rows: list[Row], thresholds: dict[str, float], args: argparse.Namespace,
                   cands: Candidates = initials_learned.candidates) -> None:
    """Leave one generator out (fit without a source of generated or form rows, score that source at the chosen
    thresholds) and the generators' HELD halves under the model fitted on every row: whether the judge learns a
    class of places or the layouts it was shown. Counts only, no text."""
    for source in ("forms", "variation", *GENERATORS, *(("grid",) if getattr(args, "grid_n", 0) else ())):
        vec, clf = fit([r for r in rows if r[2] != source], args.c, args.seed)
        hits, taken = _recall(vec, clf, [r for r in rows if r[2] == source and r[4] in thresholds], thresholds)
        print(f"  leave out {source:9s}: positives found {hits}, negatives taken {taken}")
    vec, clf = fit(rows, args.c, args.seed)
    held = [r for r in generator_rows(args.seed + 4, args.generator_n, "held", cands) if r[4] in thresholds]
    for name in GENERATORS:
        hits, _ = _recall(vec, clf, [r for r in held if r[2] == name and r[4] in thresholds], thresholds)
        print(f"  held half of {name:7s}: positives found {hits}")
    if getattr(args, "grid_n", 0):
        hits, taken = _recall(vec, clf, [r for r in grid_rows(args.seed + 5, args.grid_n, "held", cands)
                                         if r[4] in thresholds], thresholds)
        print(f"  held half of grid   : positives found {hits}, negatives taken {taken}")


def _write(rows: list[Row], probs: list[float], thresholds: dict[str, float], args: argparse.Namespace,
           about: str, out: Path, vocab: frozenset[str] = frozenset()) -> None:
    """Fit on every row and write the weights and thresholds as JSON (`initials_learned.model`)."""
    print(f"thresholds {thresholds}")
    if args.report:
        report(rows, probs, thresholds)
    vec, clf = fit(rows, args.c, args.seed)
    weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), clf.coef_[0], strict=True)
               if abs(w) >= 1e-3}
    data = {"about": about, "seed": args.seed, "renders": args.renders, "c": args.c,
            "bias": round(float(clf.intercept_[0]), 4), "thresholds": thresholds,
            "weights": dict(sorted(weights.items()))}
    if vocab:  # (a model without it refuses every vocabulary group, as before deidfix59)
        data["vocab_classes"] = sorted(vocab)
    out.write_text(json.dumps(data, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"wrote {len(weights)} weights to {out}")


def train_collide(args: argparse.Namespace) -> int:
    """The collision judge (`initials_values.collide_candidates`): tuning forms (folded by template), the seen slots
    of `initials_variation`'s slot and collide parts, PhysioNet tuning patients and MTSamples notes; thresholds as
    the initials judge's, per collision key."""
    cands = initials_values.collide_candidates
    physionet, physionet_notes = physionet_rows(cands)
    mtsamples, mtsamples_notes = mtsamples_rows(cands)
    rows = (form_rows(args.seed, args.renders, cands, by_template=True)
            + variation_rows(args.seed + 1, args.variation_n, cands) + collide_rows(args.seed + 3, args.collide_n)
            + generator_rows(args.seed + 4, args.generator_n, "seen", cands) + physionet + mtsamples)
    print(f"rows {len(rows)}: positives {sum(r[1] for r in rows)}; real notes {physionet_notes} + {mtsamples_notes}")
    probs = out_of_fold(rows, args.c, args.seed)
    thresholds = choose_thresholds(rows, probs, args.max_physionet, args.max_mtsamples, COLLIDE_KEYS,
                                   args.max_forms_share)
    if args.report:
        generalisation(rows, thresholds, args, cands)
    out = args.out if args.out != OUT else OUT.with_name(initials_values.COLLIDE_FILE)
    _write(rows, probs, thresholds, args, "initials collision judge (train_initials_judge.py --judge collide); "
           "logistic weights over binary features", out)
    return 0


# the vocabulary classes the vocabulary judge weighs (deidfix59): all but stop words and credentials
VOCAB_CLASSES = ("clin", "corpus", "lab", "never", "route", "safe", "unit")


def layout_gate(rows: list[Row], args: argparse.Namespace, allowed: int) -> float:
    """The lowest threshold (deidfix61) at which a model fitted without a line generator (`GENERATORS`, and the grids
    where they train) takes at most `allowed` of that generator's negatives (its refusal lines and cells), for every
    generator: the seen-data gate for layouts no model was shown, so that a refusal layout the judge never met is
    not taken because its places look like a log's (a judge fitted with every generator took 46 of 118 groups of the
    signer refusal lines when they were left out)."""
    t = 0.5
    for source in (*GENERATORS, *(("grid",) if args.grid_n else ())):
        vec, clf = fit([r for r in rows if r[2] != source], args.c, args.seed)
        negs = [r for r in rows if r[2] == source and not r[1] and r[4] == "vocab"]
        if len(negs) > allowed:
            probs = sorted(clf.predict_proba(vec.transform([dict.fromkeys(r[0], 1) for r in negs]))[:, 1],
                           reverse=True)
            t = max(t, float(probs[allowed]) + 1e-4)
    return round(min(t, 0.99), 4)


def train_vocab(args: argparse.Namespace) -> int:
    """The vocabulary judge (deidfix59, `initials_learned.VOCAB_FILE`): the initials judge's sources, each note's
    candidates read with the vocabulary groups of `--vocab-classes` weighed too (key "vocab"). Every row is fitted
    (the context of a mark is learned from all marks; a model of the vocabulary rows alone found a fifth as many
    held-out marks), but only key "vocab" is judged by it, so the initials judge's spans stay; its threshold as the
    initials judge's (0 PhysioNet tuning negatives out of fold)."""
    vocab = frozenset(c for c in args.vocab_classes.split(",") if c)
    cands = functools.partial(initials_learned.candidates, soft=vocab)
    physionet, physionet_notes = physionet_rows(cands)
    mtsamples, mtsamples_notes = mtsamples_rows(cands)
    rows = (form_rows(args.seed, args.renders, cands) + variation_rows(args.seed + 1, args.variation_n, cands)
            + generator_rows(args.seed + 4, args.generator_n, "seen", cands) + physionet + mtsamples
            + vocabulary_rows(args.seed + 2, args.vocab_share, vocab)
            + (grid_rows(args.seed + 5, args.grid_n, "seen", cands) if args.grid_n else []))
    print(f"rows {len(rows)}: positives {sum(r[1] for r in rows)}; real notes {physionet_notes} + {mtsamples_notes}")
    probs = out_of_fold(rows, args.c, args.seed)
    thresholds = choose_thresholds(rows, probs, args.max_physionet, args.max_mtsamples, ("vocab",),
                                   floor=args.vocab_floor)
    if args.gate_layouts is not None:
        thresholds = {"vocab": max(thresholds["vocab"], layout_gate(rows, args, args.gate_layouts))}
    if args.report:
        generalisation(rows, thresholds, args, cands)
    out = args.out if args.out != OUT else OUT.with_name(initials_learned.VOCAB_FILE)
    _write(rows, probs, thresholds, args, "initials vocabulary judge (train_initials_judge.py --judge vocab); "
           "logistic weights over binary features", out, vocab)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=29)
    ap.add_argument("--renders", type=int, default=6)
    ap.add_argument("--variation-n", type=int, default=1600)
    ap.add_argument("--generator-n", type=int, default=120,
                    help="lines per class and half of each line generator (GENERATORS; seen half trains)")
    ap.add_argument("--c", type=float, default=0.5)
    ap.add_argument("--vocab-share", type=float, default=0.25, help="share of refused real-note groups kept (3c)")
    ap.add_argument("--max-physionet", type=int, default=0,
                    help="PhysioNet tuning negatives a threshold key may take (out of fold)")
    ap.add_argument("--max-mtsamples", type=int, default=2, help="MTSamples candidates a threshold key may take")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--min-notes", type=int, default=3,
                    help="a group real notes write for this many patients or MTSamples notes is shorthand")
    ap.add_argument("--report", action="store_true", help="print out-of-fold recall and negatives taken")
    ap.add_argument("--judge", choices=("initials", "collide", "vocab"), default="initials",
                    help="collide: the collision judge of `initials_values`; vocab: the vocabulary judge of "
                         "`initials_learned` (each its own rows and file; the corpus-safe list is read, not rewritten)")
    ap.add_argument("--max-forms-share", type=float, default=0.02,
                    help="share of the tuning forms' negatives a collision key may take (collide)")
    ap.add_argument("--collide-n", type=int, default=2400, help="initials_variation.collide_cases lines (collide)")
    ap.add_argument("--grid-n", type=int, default=0,
                    help="grids per half of staff_grid_variation whose SEEN half trains the vocabulary judge (vocab)")
    ap.add_argument("--vocab-floor", type=float, default=0.9,
                    help="vocab: the lowest threshold (a vocabulary's refusal is overridden only with confidence; "
                         "deidfix61: PhysioNet tuning negatives out of fold thin out above 0.5, so 0 of them is no "
                         "margin for another part of the same notes)")
    ap.add_argument("--gate-layouts", type=int, default=None,
                    help="vocab: also at most this many negatives of each line generator taken by a model fitted "
                         "without it (layout_gate)")
    ap.add_argument("--vocab-classes", default=",".join(VOCAB_CLASSES),
                    help="comma-separated vocabulary classes (initials_learned.vocabulary_class) the vocabulary judge "
                         "weighs instead of refusing (vocab)")
    args = ap.parse_args(argv)
    if args.judge == "collide":
        return train_collide(args)
    if args.judge == "vocab":
        return train_vocab(args)

    # the judge reads the packaged list, so it is written there whatever `--out` says
    print(f"corpus-safe groups: {write_corpus_safe(args.min_notes, OUT.with_name(initials_learned.CORPUS_FILE))}")
    cands = functools.partial(initials_learned.candidates, soft=frozenset())
    physionet, physionet_notes = physionet_rows(cands)
    mtsamples, mtsamples_notes = mtsamples_rows(cands)
    rows = (form_rows(args.seed, args.renders, cands) + variation_rows(args.seed + 1, args.variation_n, cands)
            + generator_rows(args.seed + 4, args.generator_n, "seen", cands) + physionet + mtsamples
            + vocabulary_rows(args.seed + 2, args.vocab_share))
    print(f"rows {len(rows)}: positives {sum(r[1] for r in rows)}; real notes {physionet_notes} + {mtsamples_notes}")
    probs = out_of_fold(rows, args.c, args.seed)
    thresholds = choose_thresholds(rows, probs, args.max_physionet, args.max_mtsamples)
    if args.report:
        generalisation(rows, thresholds, args, cands)
    _write(rows, probs, thresholds, args, "learned initials judge (train_initials_judge.py); logistic weights over "
           "binary features", args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
