"""How much does a word look like a name, by its letters alone? A learned score that owes nothing to the census.

Why: the name rules' sense of "this word is a name" leans on US census lists, so a name of another origin that is
also one edit from an English word ("Sakir" beside "saker") reads as a typo, and an unknown word in a caseless
frame is refused for want of census evidence. A name's spelling carries its own evidence (letter sequences
English and clinical vocabulary rarely use). This is a logistic regression over the word's character n-grams
(scikit-learn's `char_wb` analyzer: the word padded by one space, every n-gram of n in the shipped range) trained
by `benchmarks/quality/train_name_likeness.py` on names of many origins (census lists and half of Faker's
locales) against the English dictionary and the medical vocabularies. Only the weights ship
(`data/deid/name_likeness.npz`, no pickle), read once with numpy; scoring sums a dict of weights, offline.

The score is a log-odds: > 0 more name than word. Rules use it only in person-like positions, never to find names
in free text.
"""

from __future__ import annotations

import functools

import numpy as np

from cancerprep import resources
from cancerprep.stages.deid.recognizers.tokens import ascii_fold

MODEL_FILE = "deid/name_likeness.npz"


@functools.cache
def _model() -> tuple[dict[str, float], float, int, int]:
    """(weight of each n-gram, intercept, smallest n, largest n) from the shipped file."""
    with resources.data(MODEL_FILE).open("rb") as fh, np.load(fh, allow_pickle=False) as z:
        grams = [str(g) for g in z["ngrams"]]
        weights = dict(zip(grams, (float(w) for w in z["coef"]), strict=True))
        lo, hi = (int(n) for n in z["ngram_range"])
        return weights, float(z["intercept"]), lo, hi


def char_wb_ngrams(word: str, lo: int, hi: int) -> list[str]:
    """The n-grams scikit-learn's `char_wb` analyzer takes from one lower-cased word: the word padded by a space
    each side, every n-gram for n in [lo, hi]; a padded word shorter than n gives itself once."""
    w = f" {word.lower()} "
    out: list[str] = []
    for n in range(lo, hi + 1):
        out += [w[i:i + n] for i in range(max(1, len(w) - n + 1))]
        if len(w) <= n:
            break
    return out


@functools.lru_cache(maxsize=1 << 16)
def name_likeness(word: str) -> float:
    """The log-odds that `word` (one word, letters) is a name rather than an English or medical word. A word with
    diacritics is scored as written without them (`ascii_fold`: "Søren" as "Soren"): the model learned ASCII spellings
    only, so an n-gram holding "ø" or "ü" is one it never saw and would weigh nothing."""
    weights, intercept, lo, hi = _model()
    return intercept + sum(weights.get(g, 0.0) for g in char_wb_ngrams(ascii_fold(word), lo, hi))


# A log-odds above this is spelled like a name: on the training script's held-back words, 7% of dictionary and
# medical words and 13% of one-edit typos of them score above it, against 82% of names from Faker locales it never
# saw (`train_name_likeness` report). A rule lets it outweigh only a weak refusal in a position that already says
# "a person" (after a title, relation, role or "per", a family plural, a name found elsewhere in the note), where a
# name is far likelier than a slip; at 2.0 (4% / 7% / 69%) PhysioNet tuning took the same spans.
NAME_LIKE = 1.0


def name_like(word: str) -> bool:
    """Is `word` spelled like a name (`name_likeness` above `NAME_LIKE`)?"""
    return name_likeness(word) > NAME_LIKE
