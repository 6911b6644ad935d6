"""perf31: identical-output cuts of the learned voter's own work. Each cut answers as the code it replaced, on
constructed texts (sentences are our own)."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid import truecase, voter_gate
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


_GATE_TEXTS = [
    "Seen by Doctor. Smith today; he is a bus driver. Works as a welder.\nTransferred to Memorial Hospital.",
    "spoke with mrs. jones\nwas a retired teacher. came from boston at 10am. email pt@example.org today",
    "PT TRANSFERRED FROM QUARLEYVILLE MEDICAL CENTER. DR. ADAMS AWARE.\nPLAN: TO OR AT 0800",
    "Reviewed with Drs. Lee and Park. The occupation: former miner;   retired 2010.\nno change.",
    "went to the harbor. is an RN at St. Mary's. doctor.\nSmith called",
    "a1to b. at2 x. _as a nurse. to\tHoly Cross; from  Springfield",
    "",
]


@pytest.mark.parametrize("text", _GATE_TEXTS)
def test_gate_scans_over_opening_units_find_the_same_matches(text: str) -> None:
    for pattern in voter_gate._OPENERS:
        for variant in (text, text.lower(), text.upper()):
            spans = voter_gate.units(variant)
            words = [voter_gate._WORD.findall(variant, a, b) for a, b in spans]
            note_words = set().union(*words)
            got = [(m.span(), m.groups()) for m in voter_gate._matches(pattern, variant, spans, words, note_words)]
            assert got == [(m.span(), m.groups()) for m in pattern.finditer(variant)]


def test_gate_scans_find_matches_at_all() -> None:
    """The constructed texts reach every scan (the equality above is not vacuous) and a title across a unit break."""
    text = _GATE_TEXTS[0]
    spans = voter_gate.units(text)
    words = [voter_gate._WORD.findall(text, a, b) for a, b in spans]
    found = {p: list(voter_gate._matches(p, text, spans, words, set().union(*words))) for p in voter_gate._OPENERS}
    assert all(found.values())
    titled = found[voter_gate._TITLED][0]
    assert any(a < titled.end() <= b for a, b in spans if a > titled.start())  # "Doctor. S" reaches the next unit


@pytest.mark.parametrize("text", _GATE_TEXTS[:-1])
def test_open_units_answer_as_unit_open(text: str) -> None:
    for variant in (text, text.lower(), text.upper()):
        cased = variant != variant.upper() and variant != variant.lower()
        spans = voter_gate.units(variant)
        assert voter_gate.open_units(variant, spans, cased) == [voter_gate.unit_open(variant, a, b, cased)
                                                                for a, b in spans]
