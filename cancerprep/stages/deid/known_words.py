"""Words known not to identify anyone, and one-edit slips of them.

Why apart: the names backstop, its person slots, the learned voter's filters and the consistency pass all ask
"is this word (or a typo of one) a known non-name word?"; kept in the backstop, the slots could only reach it by an
import back into the module that runs them.
"""

from __future__ import annotations

import functools

from cancerprep.stages.deid import protect
from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.name_likeness import name_like


@functools.cache
def census_all() -> frozenset[str]:
    """Every census first and last name, everyday words included ("will", "hope", "case")."""
    return sl.census_set("dist.male.first") | sl.census_set("dist.female.first") | sl.last_names()


@functools.cache
def known_safe() -> frozenset[str]:
    """Words known not to identify anyone: dictionary, medical and clinical vocabularies, minus census names.
    The dictionary's rarest band (count 50: "voussoir" beside "vishinsky", "achebe") holds many proper
    nouns, so it is left out."""
    english = {w for w, n in sl.word_freq().items() if n > 50}
    words = english | sl.medical_words() | sl.CLINICAL_TERMS | protect.protected_words()
    return frozenset(words - census_all())


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@functools.lru_cache(maxsize=1 << 16)
def typo_of_known(word: str) -> bool:
    """True when one edit (delete, swap, replace, insert) turns `word` into a known non-name word. Kept per word
    (a word's answer never changes, and a note's unknown words, names most of them, recur across its patient's notes and
    the backstop, slots and consistency ask the same word): one check tries ~50 edits per letter."""
    known = known_safe()
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    for a, b in splits:
        if b and a + b[1:] in known:
            return True
        if len(b) > 1 and a + b[1] + b[0] + b[2:] in known:
            return True
        for c in _LETTERS:
            if (b and a + c + b[1:] in known) or a + c + b in known:
                return True
    return False


def slip_of_known(word: str) -> bool:
    """One edit from a known non-name word (`typo_of_known`) and not spelled like a name (`name_likeness`): in a
    person-like position, "tranplant" is a slip, while "Sakir" (one edit from "saker") is a name of an origin the
    census lists miss."""
    return typo_of_known(word) and not name_like(word)
