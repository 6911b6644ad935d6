"""Is a word one no vocabulary knows? The one test every name rule asks before it takes a word no census list holds.

Why one place: a word no English, medical or clinical vocabulary knows is a name, a place or a typo, and rules
differ only in how much a vocabulary must claim before they refuse the word. Three strictnesses, by name:

- `"vocabulary"`: neither English (above the dictionary's rarest band of counts, see `safelist.is_known_word`),
  medical nor clinical shorthand; any length. Initials, dictation and place rules, where other evidence decides.
- `"frame"`: four letters or more, letters only, not in the dictionary proper (`safelist.is_dictionary_word`: the
  rarest band holds many proper nouns), nor a dictionary word in the plural, nor charting however written
  (`names.charting_word`: cut short, inflected, swapped letters, run together), each asked of the word as written
  without diacritics (`tokens.ascii_fold`: "naïve" is "naive", the vocabularies' spelling). The person frames and
  slots, whose position says "a person" only moderately.
- `"backstop"`: four letters or more, letters only, in no vocabulary the names backstop knows (`known_safe`), no
  census name (those go through the census rules) and no protected or person-context word. Where a position holds
  only a name, such a word is one whatever its origin, even one edit from a known word.
"""

from __future__ import annotations

import functools
from typing import Literal

from cancerprep.stages.deid import protect
from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.known_words import census_all, known_safe
from cancerprep.stages.deid.recognizers.names import charting_word
from cancerprep.stages.deid.recognizers.tokens import ascii_fold
from cancerprep.stages.deid.recognizers.words import CREDENTIALS, RELATIONS, STOP, TITLES

Strictness = Literal["vocabulary", "frame", "backstop"]


@functools.lru_cache(maxsize=1 << 16)
def unknown_word(low: str, strictness: Strictness = "vocabulary") -> bool:
    """Does no vocabulary know the lower-cased word `low`, at `strictness` (see the module docstring)? Kept per word
    and strictness: the answer depends on the word and the vocabularies alone, fixed for the process, and the frames
    and slots ask it of the same word rule after rule ("frame" asks `charting_word`, ~20 us a word no vocabulary
    knows: a sample note asked it ~7 times a word; perf52)."""
    if strictness == "vocabulary":
        return not sl.is_known_word(low) and low not in sl.CLINICAL_TERMS
    folded = ascii_fold(low)  # the letters as the vocabularies spell them ("naïve" as "naive", NFD accents off)
    if len(folded) < 4 or not folded.isalpha():
        return False
    if strictness == "frame":
        low = folded
        return (not sl.is_dictionary_word(low) and low not in sl.CLINICAL_TERMS
                and not (low.endswith("s") and (sl.is_dictionary_word(low[:-1]) or sl.is_dictionary_word(low[:-2])))
                and not charting_word(low))
    return (low not in known_safe() and low not in census_all() and low not in protect.protected_words()
            and low not in STOP and low not in TITLES and low not in RELATIONS and low not in CREDENTIALS)
