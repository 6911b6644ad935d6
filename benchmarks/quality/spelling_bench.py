"""Spelling normalization benchmark: injected misspellings repaired vs correct words damaged.

Real text (MTSamples dev notes, ../shared/data/mtsamples-dev) gets misspellings
injected with cancerprep.assembly.variants (the same edits as the robustness testbed),
then goes through the `spelling` corrector. Misspelling and correction both
replace whole letter-only words, so original, noisy and corrected words align
one to one. Reported:

- repaired: share of injected misspellings turned back into the original word
  (case-insensitive);
- damaged: share of untouched words the corrector changed;
- medical terms damaged: the same over words of the medical vocabulary that
  pyspellchecker's English dictionary lacks (what the vocabulary protects);
- sample changed per 1,000 words: corrections made on the untouched notes of the
  bundled synthetic sample (recipes/sample), where nearly every change is damage;
- physionet changed per 1,000 words: corrections on the PhysioNet deid dev ICU
  nursing notes: a mix of real repairs (recieved, extremeties) and damage.

Usage: .venv/bin/python -m benchmarks.quality.spelling_bench [--notes 300] [--rate 0.05] [--seed 0]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time

import polars as pl

from cancerprep.assembly.variants import MIN_WORD, misspell_word
from cancerprep.stages.spelling import Corrector, medical_vocabulary
from tests.paths import SAMPLE, SHARED_DATA

MTSAMPLES = SHARED_DATA / "mtsamples-dev" / "mtsamples_dev.csv"
SAMPLE_NOTES = SAMPLE / "csv" / "notes.csv"
PHYSIONET = SHARED_DATA / "physionet-deid-dev" / "id.text"
TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]+(?![A-Za-z0-9])")


def inject(text: str, rate: float, rng: random.Random) -> tuple[str, list[bool]]:
    """Misspell lone words of >= MIN_WORD letters with probability `rate`; flags per token."""
    out, flags, last = [], [], 0
    for m in TOKEN.finditer(text):
        word = m.group(0)
        hit = len(word) >= MIN_WORD and rng.random() < rate
        flags.append(hit)
        if hit:
            new, _ = misspell_word(word, rng)
            out += [text[last:m.start()], new]
            last = m.end()
    out.append(text[last:])
    return "".join(out), flags


def evaluate(corrector: Corrector, notes: list[str], rate: float, seed: int) -> dict[str, float]:
    from spellchecker import SpellChecker

    english = SpellChecker(distance=1).word_frequency.dictionary
    medical = {w for w in medical_vocabulary() if w not in english}
    rng = random.Random(seed)
    typos = repaired = clean = damaged = med_clean = med_damaged = 0
    start = time.perf_counter()
    for text in notes:
        noisy, flags = inject(text, rate, rng)
        fixed, _ = corrector.correct_text(noisy)
        orig = [m.group(0) for m in TOKEN.finditer(text)]
        bad = [m.group(0) for m in TOKEN.finditer(noisy)]
        out = [m.group(0) for m in TOKEN.finditer(fixed)]
        assert len(orig) == len(bad) == len(out)
        for o, b, f, hit in zip(orig, bad, out, flags, strict=True):
            if hit:
                typos += 1
                repaired += f.lower() == o.lower()
            else:
                clean += 1
                damaged += f != b
                if o.lower() in medical:
                    med_clean += 1
                    med_damaged += f != b
    seconds = time.perf_counter() - start
    return {"typos": typos, "repaired": round(repaired / typos, 4), "clean_words": clean,
            "damaged": round(damaged / clean, 5), "medical_terms": med_clean,
            "medical_terms_damaged": round(med_damaged / max(med_clean, 1), 5), "seconds": round(seconds, 1)}


def changes_per_1000(corrector: Corrector, texts: list[str]) -> float:
    """Words changed per 1,000 words of untouched text (the bundled synthetic sample: clinical
    shorthand, names and addresses a general-English corpus lacks); nearly all are damage."""
    words = changed = 0
    for text in texts:
        words += len(TOKEN.findall(text))
        changed += corrector.correct_text(text)[1]
    return round(1000 * changed / max(words, 1), 2)


def physionet_notes() -> list[str]:
    """Bodies of the PhysioNet deid dev notes (ICU nursing notes, heavy shorthand and real typos)."""
    if not PHYSIONET.is_file():
        return []
    raw = PHYSIONET.read_text(encoding="latin-1")
    return re.findall(r"START_OF_RECORD=[^\n]*\n(.*?)\|\|\|\|END_OF_RECORD", raw, re.S)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--notes", type=int, default=300)
    ap.add_argument("--rate", type=float, default=0.05)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    frame = pl.read_csv(MTSAMPLES).filter(pl.col("transcription").is_not_null())
    notes = frame.sample(n=min(args.notes, frame.height), seed=args.seed)["transcription"].to_list()
    configs = {
        "pyspellchecker only, no guards": Corrector(distance=1, medical=False, protect_names=False, min_length=3,
                                                    fix_capitalized=True, guards=False),
        "pyspellchecker only (distance 1)": Corrector(distance=1, medical=False),
        "+ medical vocabulary (distance 2)": Corrector(distance=2, medical=True),
        "+ medical vocabulary (distance 1, default)": Corrector(distance=1, medical=True),
        "default + capitalized sentence starts": Corrector(distance=1, medical=True, fix_capitalized=True),
        "default + words of 3-4 letters": Corrector(distance=1, medical=True, min_length=3),
    }
    sample = pl.read_csv(SAMPLE_NOTES)["text"].to_list() if SAMPLE_NOTES.is_file() else []
    nursing = physionet_notes()
    results = {}
    for name, c in configs.items():
        results[name] = evaluate(c, notes, args.rate, args.seed)
        if sample:
            results[name]["sample_changed_per_1000_words"] = changes_per_1000(c, sample)
        if nursing:
            results[name]["physionet_changed_per_1000_words"] = changes_per_1000(c, nursing)
    print(json.dumps({"notes": len(notes), "rate": args.rate, "seed": args.seed, "sample_notes": len(sample),
                      "physionet_notes": len(nursing), "results": results}, indent=2))


if __name__ == "__main__":
    main()
