"""The cheap pre-checks perf19 put in front of backstop, person frame, ID, address and dictation rules (issue 18).
Each must leave every span as it was. Per check: what it asks for is missing -> the rule finds nothing (and the rule
without the check finds nothing it would keep); present -> the same matches (spans and groups, or the matches the
validator keeps) as the rule without it, on real notes (with upper- and lower-cased rewrites) and written examples."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers import address as A
from cancerprep.stages.deid.recognizers import backstop as B
from cancerprep.stages.deid.recognizers import dictation as D
from cancerprep.stages.deid.recognizers import ids
from cancerprep.stages.deid.recognizers import person_frames as F
from cancerprep.stages.deid.recognizers.base import Anchored, Gated, Lined, LineTested, finditer
from cancerprep.stages.deid.recognizers.tokens import tokenize


@pytest.fixture(scope="module")
def texts(real_notes: tuple[str, ...]) -> list[str]:
    notes = list(real_notes[::3])
    return notes + [t.upper() for t in notes[:150]] + [t.lower() for t in notes[150:300]]


def _regs(matches: object) -> list[tuple]:
    return [m.regs for m in matches]


# --- backstop: `may_be_contact` before `_CONTACT`

CONTACTS = ["Plan discussed with ", "spoke w/ ", "d/w ", "Seen by\n", "Reviewed by:\n", "consult re: ",
            "Performed by :  ", "LEFT A MESSAGE FOR ", "call from ", "for referring ", "Letter regarding "]
NOT_CONTACTS = ["Plan: ", "BP | ", "Name = ", "Assessment -", "discussed ", "seen\n\n", "with pain"]


@pytest.mark.parametrize("before", CONTACTS)
def test_a_contact_phrase_passes_the_string_check_and_matches(before: str) -> None:
    assert B._CONTACT.search(before)
    assert B.may_be_contact(before)


@pytest.mark.parametrize("before", NOT_CONTACTS)
def test_without_a_contact_phrase_s_last_word_the_check_refuses_and_nothing_matches(before: str) -> None:
    assert not B.may_be_contact(before)
    assert B._CONTACT.search(before) is None


def test_a_non_ascii_string_is_always_searched() -> None:
    assert B.may_be_contact("Plan: Zoë ")


def test_the_contact_check_never_refuses_a_contact_match_before_a_word(texts: list[str]) -> None:
    matched = 0
    for text in texts[::2]:
        for tok in tokenize(text):
            before = text[max(0, tok.start - 48):tok.start]
            if before and B._CONTACT.search(before):
                matched += 1
                assert B.may_be_contact(before)
    assert matched > 50


# --- backstop and person frames: bare rules through `base.finditer` (its literal pre-check)

ROUTED = {"_FAMILY_PLURAL": B._FAMILY_PLURAL, "_NEWBORN": F._NEWBORN, "_SIGNATURE": F._SIGNATURE,
          "_AS_YOU_KNOW": F._AS_YOU_KNOW}
ROUTED_EXAMPLES = [("_NEWBORN", "Baby girl Ann Lee in NICU", "girl Ann Lee in NICU"),
                   ("_SIGNATURE", "Patient signature: Ann Lee", "Patient: Ann Lee"),
                   ("_AS_YOU_KNOW", "As you know, Ann Lee tolerated it", "You know, Ann Lee tolerated it")]


@pytest.mark.parametrize(("name", "present", "missing"), ROUTED_EXAMPLES)
def test_a_routed_rule_finds_nothing_without_its_words_and_the_same_with_them(name: str, present: str,
                                                                             missing: str) -> None:
    rule = ROUTED[name]
    for _ in range(3):  # (the words are read at a pattern's third search)
        assert _regs(finditer(rule, present)) == _regs(rule.finditer(present)) != []
        assert _regs(finditer(rule, missing)) == _regs(rule.finditer(missing)) == []


def test_the_routed_rules_find_what_their_bare_patterns_find(texts: list[str]) -> None:
    found = 0
    for name, rule in ROUTED.items():
        for text in texts:
            got = _regs(finditer(rule, text))
            assert got == _regs(rule.finditer(text)), name
            found += len(got)
    assert found


# --- ids: anchors through the first character of the value

def _id_rule(kind: type) -> Anchored | Lined:
    # (perf24 put each behind a gate asking the note's label starts: the rule inside it)
    rules = [p.pattern if isinstance(p, Gated) else p for p, *_ in ids.id_recognizer().rules]
    # (perf30: the Anchored one is ids' `_AnchoredAtLabels`, tried at the shared label starts; the first Lined is plain)
    return next(p for p in rules if isinstance(p, kind))


ID_EXAMPLES = [(Anchored, "MRN: 1234567", "MRN: unknown"), (Anchored, "Policy # AB12345 on file", "Policy # ABCDEF"),
               (Lined, "Case # 1234567 / OR log 234567", "Case # none / OR log 234567"),
               (Lined, "Acc: S12-345; lab no 876543", "Acc: pending; lab no 876543")]


@pytest.mark.parametrize(("kind", "present", "missing"), ID_EXAMPLES)
def test_an_id_anchor_needs_a_value_with_a_digit_after_its_label(kind: type, present: str, missing: str) -> None:
    rule = _id_rule(kind)
    assert _regs(rule.finditer(present)) == _regs(rule.pattern.finditer(present)) != []
    assert _regs(rule.finditer(missing)) == _regs(rule.pattern.finditer(missing)) == []


def test_the_id_anchors_find_what_their_patterns_find(texts: list[str]) -> None:
    for kind in (Anchored, Lined):
        rule = _id_rule(kind)
        for text in texts + [t for _, a, b in ID_EXAMPLES for t in (a, b)]:
            assert _regs(rule.finditer(text)) == _regs(rule.pattern.finditer(text)), kind.__name__


# --- address and dictation: lines tested before a rule whose validator refuses every match elsewhere

def _line_tested(rules: list, valid: object) -> LineTested:
    return next(p for p, _, _, v in rules if v is valid and isinstance(p, LineTested))


LINE_EXAMPLES = [
    ("place", "She moved here from Łódź last year.", "She moved here from Boston last year."),
    ("stamp", "T: 06/18/2006 stf", "Plan stf"),
    ("stamp", "Enc.  ab", "Sincerely  ab"),
]


def _rule_and_validator(kind: str) -> tuple[LineTested, object]:
    if kind == "place":
        return _line_tested(A.address_recognizer().rules, A._non_ascii_place), A._non_ascii_place
    return _line_tested(D.dictation_recognizer().rules, D._stamped_initials), D._stamped_initials


@pytest.mark.parametrize(("kind", "present", "missing"), LINE_EXAMPLES)
def test_a_tested_line_keeps_what_the_validator_keeps_and_an_untested_one_gives_nothing(kind: str, present: str,
                                                                                      missing: str) -> None:
    rule, valid = _rule_and_validator(kind)
    kept = [m.regs for m in rule.pattern.finditer(present) if valid(present, m)]
    assert [m.regs for m in rule.finditer(present) if valid(present, m)] == kept != []
    assert list(rule.finditer(missing)) == []
    assert [m for m in rule.pattern.finditer(missing) if valid(missing, m)] == []  # the bare rule keeps none either


def test_the_line_tests_keep_what_the_validators_keep(texts: list[str]) -> None:
    extra = ["tranſcribed 1/2/20  kl", "lives in São Paulo\nat Mercy", "D: 01/02/2020\nJS"]
    for kind in ("place", "stamp"):
        rule, valid = _rule_and_validator(kind)
        for text in texts + extra:
            assert ([m.regs for m in rule.finditer(text) if valid(text, m)]
                    == [m.regs for m in rule.pattern.finditer(text) if valid(text, m)]), kind


def test_the_stamp_line_test_accepts_every_line_a_strong_context_can_match_on() -> None:
    for line in ["T: 6/2/20", "Job 12345", "enc.", "ENCL", "(Dictated 1/2)", "dictated but not read", "ſ"]:
        assert D.may_hold_stamp(line)
    for line in ["Plan stf", "Sincerely, ab", "JS/mk", ""]:
        assert not D.may_hold_stamp(line)
