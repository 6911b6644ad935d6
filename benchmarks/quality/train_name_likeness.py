"""Train the name-likeness score (cancerprep/stages/deid/name_likeness.py) and write its weights.

Usage:
    .venv/bin/python -m benchmarks.quality.train_name_likeness [--out cancerprep/data/deid/name_likeness.npz]

Positives: the census first and last names the project ships (`known_words.census_all`) and Faker's given and
family names from the 'train' half of name_pools' locales (`name_pools.locale_half`: half of every region's
locales), ASCII-folded, split into words. Negatives: the English dictionary above its rarest band (pyspellchecker,
`safelist.is_dictionary_word`: that band holds proper nouns) and the medical vocabularies (ICD-10-CM title words,
drug names, clinical abbreviations: `safelist.medical_words`). A word in both lists (Will, Brown, Hope) is dropped
from both: its letters cannot tell. Words are lower-case letters, two or more.

Model: scikit-learn CountVectorizer(char_wb n-grams) + LogisticRegression (lbfgs, balanced classes), deterministic
(no random draw but the held-back slice, by a hash of the word). The file holds the kept n-grams, their weights
(float32) and the intercept, plus a check set (words and sklearn's decision_function on the stored weights) that
tests compare the numpy scorer against. Faker and scikit-learn are needed here only (dev extra / pinned in
constraints.txt); the runtime reads the file.

Reported (no words printed): the share of names scored > 0 for the 'train' and 'held-out' locale halves, of
held-back dictionary and medical words, and of one-edit typos of held-back dictionary words; and the shares above
`name_likeness.NAME_LIKE` (what the rules use) of the unseen held-out names, held-back words and their typos.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from pathlib import Path

import numpy as np

from benchmarks.quality.name_pools import faker_locale, locale_half
from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.known_words import census_all
from cancerprep.stages.deid.name_likeness import NAME_LIKE

OUT = Path(__file__).resolve().parents[2] / "cancerprep" / "data" / "deid" / "name_likeness.npz"
NGRAMS = (2, 4)
MIN_DF = 3
MAX_FEATURES = 30000
C = 1.0
HELD_BACK = 10  # 1 word in 10 of the negatives, by hash, is held back for the report


def _words(names: list[str] | tuple[str, ...]) -> set[str]:
    return {w for n in names for w in n.lower().replace("-", " ").replace("'", " ").split()
            if w.isascii() and w.isalpha() and len(w) >= 2}


def faker_names(half: str) -> set[str]:
    """The given and family names of one half of the locales, as lower-case words."""
    out: set[str] = set()
    for locales in locale_half(half).values():
        for loc in locales:
            firsts, lasts = faker_locale(loc)
            out |= _words(firsts) | _words(lasts)
    return out


def _held_back(word: str) -> bool:
    return int(hashlib.sha256(word.encode()).hexdigest(), 16) % HELD_BACK == 0


def data() -> tuple[list[str], list[int], list[str]]:
    """(training words, labels 1 = name, held-back negatives)."""
    names = {w for w in census_all() if w.isascii() and w.isalpha() and len(w) >= 2} | faker_names("train")
    vocab = {w for w in sl.word_freq() if sl.is_dictionary_word(w)} | set(sl.medical_words())
    vocab = {w for w in vocab if w.isascii() and w.isalpha() and len(w) >= 2}
    both = names & vocab
    names, vocab = names - both, vocab - both
    held = sorted(w for w in vocab if _held_back(w))
    negatives = sorted(vocab - set(held))
    words = sorted(names) + negatives
    return words, [1] * len(names) + [0] * len(negatives), held


def _typos(words: list[str], seed: int = 13) -> list[str]:
    """One random edit (delete, swap, replace, insert) of each word of five letters or more."""
    rng = random.Random(seed)
    out = []
    letters = "abcdefghijklmnopqrstuvwxyz"
    for w in words:
        if len(w) < 5:
            continue
        i = rng.randrange(1, len(w) - 1)
        op = rng.choice("dsri")
        out.append(w[:i] + w[i + 1:] if op == "d" else w[:i] + w[i + 1] + w[i] + w[i + 2:] if op == "s"
                   else w[:i] + rng.choice(letters) + w[i + 1:] if op == "r" else w[:i] + rng.choice(letters) + w[i:])
    return out


def main(argv: list[str] | None = None) -> dict:
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)

    words, labels, held = data()
    vec = CountVectorizer(analyzer="char_wb", ngram_range=NGRAMS, min_df=MIN_DF, max_features=MAX_FEATURES,
                          dtype=np.float64)
    x = vec.fit_transform(words)
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=3000)
    model.fit(x, labels)
    model.coef_ = model.coef_.astype(np.float32).astype(np.float64)  # what ships: the check set scores these
    model.intercept_ = model.intercept_.astype(np.float32).astype(np.float64)
    grams = vec.get_feature_names_out()
    check = words[::max(1, len(words) // 300)]
    check_scores = model.decision_function(vec.transform(check))

    def above(ws: list[str] | set[str], threshold: float = 0.0) -> float:
        ws = sorted(ws)
        return round(float((model.decision_function(vec.transform(ws)) > threshold).mean()), 4) if ws else 0.0

    train_names = {w for w, y in zip(words, labels, strict=True) if y}
    unseen = faker_names("held-out") - train_names - set(held)
    report = {"names": sum(labels), "non_names": len(labels) - sum(labels), "ngrams": len(grams),
              "train_locale_names_above_0": above(faker_names("train")),
              "held_out_locale_names_above_0": above(faker_names("held-out")),
              "held_out_locale_names_unseen_above_0": above(unseen),
              "held_back_words_above_0": above(held), "typos_of_held_back_words_above_0": above(_typos(held)),
              "held_out_locale_names_unseen_name_like": above(unseen, NAME_LIKE),
              "held_back_words_name_like": above(held, NAME_LIKE),
              "typos_of_held_back_words_name_like": above(_typos(held), NAME_LIKE)}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, ngrams=np.array(grams, dtype=str), coef=model.coef_[0].astype(np.float32),
                        intercept=np.float32(model.intercept_[0]), ngram_range=np.array(NGRAMS),
                        check_words=np.array(check, dtype=str), check_scores=check_scores)
    print(json.dumps(report, indent=1))
    return report


if __name__ == "__main__":
    main()
