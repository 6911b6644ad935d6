"""Benchmark: the learned voter's own pass, and how much of each note a windowed voter would still read.

1. `predict_many` over the 1,450 PhysioNet dev notes as the voter ran before issue 18's change (thinc's own layer
   forwards, the model as spaCy loads it, and `doc.text` rebuilt for the shape checks) and as it runs now (the
   inference forwards `cancerprep.stages.deid.inference` installs, the note's own text), in one process,
   alternating, best of `--repeat`; the entities must be the same. Also thinc's forwards with the note's text, to
   tell the two changes apart.
2. Windows (issue 18, "run the voter only where its output can survive"): every entity the voter emits passes the
   shape checks of `learned.plausible`, so a token can only be inside a surviving entity if the entity holds some
   token with evidence the checks ask for. Per voter token (spaCy's English tokenizer, the model's own): digits (a
   DATE, ID, CONTACT or zip needs them: a whole-date shape, or 5+ digits within `--span` tokens), "@", a month word,
   a word no vocabulary knows, a census name that is no everyday word, a capitalised US-city word or two capitalised
   words within `--span` tokens (a LOCATION in a cased note), an occupation head (PROFESSION), and in a note without
   case the first two words after at/to/from/into (a caseless place). The model then has to read each candidate
   with `margin` tokens each side (tok2vec sees 3 tokens each side, the NER's state a few more). This reports the
   share of tokens such windows cover per set and margin, and checks on the whole-note pass that every entity the
   shape checks keep holds a candidate token (the condition is necessary on these notes). Windows were not shipped:
   see docs/deid.md, "Cheaper architectures".

    python -m benchmarks.speed.voter [--repeat 3] [--sets physionet,planted,...] [--margins 3,4,6,8] [--json OUT]
    python -m benchmarks.speed.voter --compare DIR [--repeat 3]   # the packaged model vs DIR, voter pass only
    python -m benchmarks.speed.voter --cues [--repeat 3] [--batch 290]   # the gate's reads, old vs new (voter36)
    python -m benchmarks.speed.voter --second [--repeat 3] [--batch 290]   # the second pass's cues (voter37)

3. `--cues` (voter36): the voter pass as the engine runs it (the gate, the first model pass over its excerpts, the
   second over restored lines) with the open units read whole (`excerpt(..., cued=False)`, voter35) and only around
   their cues (now), taking turns batch by batch in one process over the PhysioNet dev notes; CPU ms per 1,000 notes
   of each, the first pass's share of the notes' tokens, and the notes whose entities differ (counted).
4. `--second` (voter37): the same voter pass (first pass around its cues) with the second pass's windows opened by
   every restored proper noun at a place cue (voter34-36) and with an everyday word taking fewer cues (now,
   `truecase._everyday_cue`), taking turns the same way: CPU ms per 1,000 notes, tokens each second pass reads, and
   the notes whose kept second-pass places differ (counted).
"""

from __future__ import annotations

import argparse
import functools
import itertools
import json
import os
import re
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from benchmarks.quality.deid_bench import REPO, SHARED, physionet_parts, planted_parts, sample_parts
from cancerprep.stages.deid import safelist
from cancerprep.stages.deid.recognizers import learned
from cancerprep.stages.deid.recognizers import profession as prof
from cancerprep.stages.deid.recognizers.tokens import as_read, case_mode
from cancerprep.stages.deid.recognizers.words import STOP

_PREP = re.compile(r"(?:\b(?:at|to|from|into)|@)[ \t]+", re.IGNORECASE)
_NEXT_WORD = re.compile(r"(?!the\b)[A-Za-z]+[ \t]+", re.IGNORECASE)
_NOT_HEAD = prof._NOT_AGENTS | set(STOP) | prof._LIFE_STAGE | prof._HABITS


def load_sets(names: list[str]) -> dict[str, list[str]]:
    """The notes as the engine reads them (`tokens.as_read`), per set; `/upper`, `/lower`: case rewrites."""
    from benchmarks.quality import forms_probe

    base: dict[str, list[str]] = {}
    for name in {n.split("/")[0] for n in names}:
        if name == "physionet":
            base[name] = [n.text for p in physionet_parts(SHARED / "physionet-deid-dev") for n in p[1]]
        elif name == "planted":
            parts = planted_parts(SHARED / "mtsamples-dev" / "mtsamples_dev.csv", 100, 13, [])
            base[name] = [n.text for p in parts for n in p[1]]
        elif name == "sample":
            base[name] = [n.text for n in sample_parts(REPO / "recipes" / "sample")[0][1]]
        elif name == "forms":
            base[name] = [c.text for c in forms_probe.cases(forms_probe.load_forms(), 6, 7)]
    out = {}
    for name in names:
        root, _, rewrite = name.partition("/")
        texts = base[root] if not rewrite else [getattr(str, rewrite)(t) for t in base[root]]
        out[name] = [as_read(t) for t in texts]
    return out


def candidates(text: str, doc, span: int) -> list[bool]:
    """Per voter token: could it be inside an entity the shape checks keep (see the module doc)?"""
    mode = case_mode(text)
    census = _census()
    city_words = _city_words()
    n = len(doc)
    flags = [False] * n
    digits = [sum(c.isdigit() for c in t.text) for t in doc]
    total = list(itertools.accumulate(digits, initial=0))
    titled: list[int] = []
    for i, tok in enumerate(doc):
        s = tok.text
        if digits[i] and (total[min(n, i + span)] - total[max(0, i - span + 1)] >= 5 or learned._FULL_DATE.search(s)):
            flags[i] = True
        if "@" in s:
            flags[i] = True
        for w in learned._WORD.findall(s):
            low = w.lower()
            if learned._MONTH.fullmatch(w) or not safelist.is_known_word(w) \
                    or (low in census and not safelist.is_common(w)):
                flags[i] = True
            if mode != "upper" and w[0].isupper() and not w.isupper():
                titled.append(i)
                flags[i] = flags[i] or low in city_words
            if (low in prof._OCCUPATIONS or prof._AGENTIVE.search(low)) and low not in _NOT_HEAD:
                flags[i] = True
    for a, b in itertools.pairwise(titled):
        if b - a < span:
            flags[a] = flags[b] = True
    if mode != "mixed":
        starts = {t.idx: t.i for t in doc}
        for m in _PREP.finditer(text):
            word = _NEXT_WORD.match(text, m.end())
            for pos in (m.end(), word.end() if word else -1):
                if pos in starts:
                    flags[starts[pos]] = True
    return flags


@functools.cache
def _census() -> frozenset[str]:
    return safelist.first_names() | safelist.last_names()


@functools.cache
def _city_words() -> frozenset[str]:
    return frozenset(w for city in safelist.us_cities() for w in learned._WORD.findall(city))


def coverage(flags: list[bool], margin: int) -> int:
    """Tokens inside the merged windows of `margin` tokens around each candidate."""
    covered, end = 0, 0
    for i, flag in enumerate(flags):
        if flag:
            a, b = max(0, i - margin), min(len(flags), i + margin + 1)
            covered += b - max(a, end)
            end = max(end, b)
    return covered


class _Before(learned.LearnedRecognizer):
    """The voter before issue 18's change: thinc's forwards, and the shape checks given `doc.text`, which spaCy
    rebuilds from every token each time (`is_cased(doc.text) if doc.ents`, then once per entity)."""

    def _results(self, doc, text: str) -> list:
        meta = {"recognizer_name": self.name, "recognizer_identifier": self.id}
        cased = learned.is_cased(doc.text) if doc.ents else True
        return [learned.RecognizerResult(ent.label_, ent.start_char, ent.end_char, self.score,
                                         recognition_metadata=meta)
                for ent in doc.ents if ent.label_ in self.supported_entities
                and learned.plausible(doc.text, ent.start_char, ent.end_char, ent.label_, cased)]


def voter_pass(texts: list[str], repeat: int) -> dict:
    """Before vs now (and thinc's forwards alone): best CPU of `repeat` alternating passes, same entities."""
    import spacy

    def thinc_model():
        nlp = spacy.load(str(learned.model_path("default")), exclude=["tokenizer"])
        nlp.max_length = 5_000_000
        return nlp

    now = learned.LearnedRecognizer()
    before = _Before()
    before.nlp = thinc_model()
    thinc_only = learned.LearnedRecognizer()
    thinc_only.nlp = thinc_model()
    runs = {"before": before, "thinc_forwards_note_text": thinc_only, "now": now}

    def spans(found: list) -> list:
        return [[(r.entity_type, r.start, r.end) for r in note] for note in found]

    for rec in runs.values():
        rec.predict_many(texts[:100])
    cpu: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeat):
        for name, rec in runs.items():
            t0 = time.process_time()
            found = rec.predict_many(texts)
            cpu[name].append(time.process_time() - t0)
            if name == "before":
                reference = spans(found)
            elif spans(found) != reference:
                raise AssertionError(f"{name}: the voter's entities changed")
    best = {k: round(min(v), 3) for k, v in cpu.items()}
    return {"notes": len(texts), "best_cpu_s": best, "speedup": round(best["before"] / best["now"], 2),
            "speedup_forwards": round(best["thinc_forwards_note_text"] / best["now"], 2)}


def compare_pass(texts: list[str], model: str, repeat: int) -> dict:
    """The packaged model against another model directory: best CPU of `repeat` alternating `predict_many` passes
    (after one warm-up pass each, which also fills the vocabulary-class cache of a model that has one)."""
    runs = {"default": learned.LearnedRecognizer(), "candidate": learned.LearnedRecognizer(model)}
    for rec in runs.values():
        rec.predict_many(texts)
    cpu: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeat):
        for name, rec in runs.items():
            t0 = time.process_time()
            rec.predict_many(texts)
            cpu[name].append(time.process_time() - t0)
    best = {k: round(min(v), 3) for k, v in cpu.items()}
    return {"notes": len(texts), "model": model, "best_cpu_s": best,
            "candidate_cost": round(best["candidate"] / best["default"], 3)}


def cues_pass(texts: list[str], repeat: int, batch: int, second: bool = False) -> dict:
    """The voter pass with open units read whole (voter35) and around their cues (now), or (`second`) with the second
    pass's everyday words at every cue (voter36) and at fewer (now), taking turns batch by batch (the order flips each
    batch and round): CPU ms per 1,000 notes, tokens read, notes that differ."""
    from cancerprep.stages.deid import voter_gate
    from cancerprep.stages.deid.truecase import on_restored_line, restore_for_voter

    rec = learned.LearnedRecognizer()
    tokenizer = rec.nlp.tokenizer

    def run(notes: list[str], cued: bool, everyday: bool) -> tuple[list, list, list]:
        excerpts = [voter_gate.excerpt(t, learned.is_cased(t), cued=cued) for t in notes]
        found = rec.predict_many(notes, None, excerpts)
        restored = {i: r for i, t in enumerate(notes) if (r := restore_for_voter(t, everyday))[1]}
        kept: list[set] = [set() for _ in notes]
        windows = []
        if restored:
            keys = sorted(restored)
            windows = [voter_gate.pieces(*restored[i]) for i in keys]
            extra = rec.predict_many([restored[i][0] for i in keys], None, windows)
            for i, results in zip(keys, extra, strict=True):
                kept[i] = {(r.start, r.end) for r in results
                           if r.entity_type == "LOCATION" and on_restored_line(notes[i], r.start, r.end)}
        first = [{(r.entity_type, r.start, r.end) for r in note} for note in found]
        return (kept if second else first), excerpts, windows

    rec.predict_many(texts[:100])
    modes = {"every proper noun a cue (voter36)": (True, False), "everyday words narrowed (voter37)": (True, True)} \
        if second else {"whole open units (voter35)": (False, True), "around cues (voter36)": (True, True)}
    cpu = dict.fromkeys(modes, 0.0)
    read = dict.fromkeys(modes, 0)
    differ = 0
    for rnd in range(repeat):
        for k in range(0, len(texts), batch):
            notes = texts[k:k + batch]
            order = list(modes) if (k // batch + rnd) % 2 == 0 else list(modes)[::-1]
            found = {}
            for name in order:
                t0 = time.process_time()
                found[name], excerpts, windows = run(notes, *modes[name])
                cpu[name] += time.process_time() - t0
                if rnd == 0:
                    read[name] += sum(len(tokenizer(w.text)) for w in windows) if second else \
                        sum(len(tokenizer(t if e is None else e.text)) for t, e in zip(notes, excerpts, strict=True))
            differ += sum(a != b for a, b in zip(*found.values(), strict=True)) if rnd == 0 else 0
    out = {"notes": len(texts), "rounds": repeat, "batch": batch,
           "cpu_ms_per_1000_notes": {k: round(v * 1e6 / (len(texts) * repeat)) for k, v in cpu.items()}}
    if second:
        return out | {"second_pass_tokens": read, "notes_with_other_kept_places": differ}
    whole = sum(len(tokenizer(t)) for t in texts)
    return out | {"first_pass_token_share": {k: round(v / whole, 3) for k, v in read.items()},
                  "notes_with_other_entities": differ}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--sets", default="physionet,planted,sample,forms,physionet/upper,physionet/lower")
    ap.add_argument("--margins", default="3,4,6,8")
    ap.add_argument("--span", type=int, default=10, help="tokens within which digits and capitals are summed")
    ap.add_argument("--no-pass", action="store_true", help="skip the voter pass timing")
    ap.add_argument("--compare", metavar="DIR", help="only time the packaged model against the model in DIR "
                                                     "(predict_many over the PhysioNet notes) and stop")
    ap.add_argument("--cues", action="store_true", help="only time the voter pass with open units whole vs around "
                                                        "their cues (PhysioNet) and stop")
    ap.add_argument("--second", action="store_true", help="only time the voter pass with the second pass's everyday "
                                                          "words at every place cue vs at fewer (PhysioNet) and stop")
    ap.add_argument("--batch", type=int, default=290, help="notes a turn with --cues or --second")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    if args.cues or args.second:
        result = cues_pass(load_sets(["physionet"])["physionet"], args.repeat, args.batch, args.second)
        print("voter pass, PhysioNet:", json.dumps(result, indent=2))
        if args.json:
            args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        return 0
    if args.compare:
        result = compare_pass(load_sets(["physionet"])["physionet"], args.compare, args.repeat)
        print("voter pass, PhysioNet:", result)
        if args.json:
            args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        return 0
    sets = load_sets(args.sets.split(","))
    report: dict = {}
    if not args.no_pass and "physionet" in sets:
        report["voter_pass"] = voter_pass(sets["physionet"], args.repeat)
        print("voter pass, PhysioNet:", report["voter_pass"])
    nlp = learned.load_model(str(learned.model_path("default")))
    rec = learned.LearnedRecognizer()
    margins = [int(m) for m in args.margins.split(",")]
    report["windows"] = {}
    for name, texts in sets.items():
        tokens = cand = missing = kept = 0
        covered = dict.fromkeys(margins, 0)
        t_cand = 0.0
        for text, doc in zip(texts, nlp.pipe(texts, batch_size=64), strict=True):
            t0 = time.process_time()
            flags = candidates(text, doc, args.span)
            t_cand += time.process_time() - t0
            tokens += len(doc)
            cand += sum(flags)
            for m in margins:
                covered[m] += coverage(flags, m)
            cased = learned.is_cased(text)
            for ent in doc.ents:
                if ent.label_ in rec.supported_entities and learned.plausible(text, ent.start_char, ent.end_char,
                                                                               ent.label_, cased):
                    kept += 1
                    missing += not any(flags[ent.start:ent.end])
        row = {"notes": len(texts), "tokens": tokens, "candidate_share": round(cand / max(tokens, 1), 3),
               "coverage_by_margin": {m: round(c / max(tokens, 1), 3) for m, c in covered.items()},
               "kept_entities": kept, "kept_without_candidate": missing, "candidate_cpu_s": round(t_cand, 2)}
        report["windows"][name] = row
        print(name, row, flush=True)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
