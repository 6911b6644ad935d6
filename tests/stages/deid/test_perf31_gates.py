"""perf31: identical-output cuts of the learned voter's own work. Each cut answers as the code it replaced, on
constructed texts (sentences are our own)."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid import truecase
from cancerprep.stages.deid.known_words import known_safe, typo_of_known
from cancerprep.stages.deid.recognizers.words import STOP


def _case_reference(low: str) -> str:
    """truecase's word rule as written before perf31 kept it per word."""
    if low in sl.CLINICAL_TERMS and len(low) <= truecase.SHORT_ABBR:
        return low.upper()
    if low in known_safe() or low in STOP:
        return low
    if sl.census_name_or_city(low) or low in sl.place_words() or (
            len(low) >= truecase.PROPER_MIN and low.isalpha() and not typo_of_known(low)):
        return low[:1].upper() + low[1:]
    return low


@pytest.mark.parametrize("word", ["ct", "hgb", "from", "the", "quarleyville", "ostrander", "boston", "abd", "neb",
                                  "aspirin", "medical", "center", "hospitl", "o'brien", "smith"])
def test_word_case_kept_per_word_answers_as_the_rule(word: str) -> None:
    truecase._case_of.cache_clear()
    first = truecase._case_of(word)
    assert first == _case_reference(word)
    assert truecase._case_of(word) == first  # the kept answer


@pytest.mark.parametrize("text", [
    "TRANSFERRED FROM QUARLEYVILLE MEDICAL CENTER FOR CT OF THE HEAD.",
    "Seen by cardiology today.\nplan: follow up with ostrander clinic\nAspirin 81 mg daily.",
    "PT WAS AT 4 WEST, HGB 7.2\nSEEN AT SHELL PHARMACY",
])
def test_restore_case_same_as_with_the_rule_asked_per_word(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    truecase._case_of.cache_clear()
    cold = truecase.restore_case(text)
    warm = truecase.restore_case(text)
    monkeypatch.setattr(truecase, "_case_of", _case_reference)
    assert cold == warm == truecase.restore_case(text)
    assert cold != text  # each text has a caseless line with a proper noun: the restore did work
