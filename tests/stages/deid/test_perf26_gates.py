"""perf26's cheaper layers in the person frames and slots (issue 18), each exact: rules opening on a word tried only
where the word stands whole (`base.WordAnchored`: frames' verb objects, hand-overs and role titles, slots' object
slot), pairs and labels tried only at the places their opener allows on the lines that may hold them
(`LinedStarts`: sorted fields and headings, words before a birth date), possessive owners tried at the word before
each "'s" (`RunAnchored`), the sentence-subject frame on the lines holding its verb in small letters (`CasedLined`),
the clause subjects tried only where a clause opens (`at_clause_opens`), the capital mid-sentence only on the lines
with case (`_mid_capitals`), the label subject once at the start of each line holding a colon, the sorted list
behind a semicolon gate. Each must find exactly what the rule without the layer finds: on written examples (present
-> the same matches; the tell removed -> the same, none) and on real notes with upper- and lower-cased and flattened
rewrites, with the examples also set inside notes."""

from __future__ import annotations

import re as stdre

import pytest

from cancerprep.stages.deid.recognizers import person_frames as F
from cancerprep.stages.deid.recognizers import person_slots as S
from cancerprep.stages.deid.recognizers.base import (
    Gated,
    LinedOpeners,
    LinedStarts,
    LineTestedAtStart,
    RunAnchored,
    WordAnchored,
    lowered,
)
from tests.stages.deid.rewrites import plain, rewrites, with_examples


def _found(rule: object, text: str) -> list[tuple[tuple[int, int], tuple]]:
    """Every match of a layered rule, or of a bare `regex` or stdlib pattern, as its span and groups."""
    return [(m.span(), m.groups()) for m in rule.finditer(text)]


# the rules whose gate (main's, kept) is not exact: they are compared with that gate before the bare pattern
KEPT_GATES = {id(S._LABEL_THEN_SUBJECT): S._LABEL_THEN_SUBJECT.gate, id(S._SORTED_LIST): S._SORTED_LIST.pattern.gate}


def _bare(rule: object, text: str) -> list[tuple[tuple[int, int], tuple]]:
    """What the rule found before this branch: its bare pattern (behind the gate it had, where that is not exact)."""
    bare = plain(rule) if id(rule) not in KEPT_GATES else Gated(KEPT_GATES[id(rule)], plain(rule))
    return [(m.span(), m.groups()) for m in bare.finditer(text)]


# (rule, a text the rule matches, the same text without what the layer looks for)
EXAMPLES = [
    (F._SORTED_FIELD, "Rx for Lee, Ann: 20 mg", "Rx for Lee Ann: 20 mg"),
    (F._SORTED_FIELD, 'bag labeled "Lee, Ann" at bedside', 'bag labeled "Lee Ann" at bedside'),
    (F._SORTED_FIELD, "Pronounced: Lee, Ann at 03:42", "Pronounced: Lee Ann at 03:42"),
    (F._SORTED_FIELD, "(Lee/Ann) in room", "(Lee Ann) in room"),
    (F._SORTED_END, "DISCHARGE SUMMARY - lindsay, louis", "DISCHARGE SUMMARY - lindsay louis"),
    (F._SORTED_END, "Late entry for Morch, Long", "Late entry for Morch Long"),
    (F._SORTED_END, "Preop: Lee, Ann   ASA 2", "Preop: Lee Ann   ASA 2"),
    (F._BEFORE_DOB, "Frank Pack (DOB 5/26/2016)", "Frank Pack (5/26/2016)"),
    (F._BEFORE_DOB, "ANN LEE, DOB: 1/2/1950", "ANN LEE, 1/2/1950"),
    (F._BEFORE_DOB, "Lee, Ann  MRN 123", "Lee, Ann  123"),
    (F._BEFORE_DOB, "O'Brien-Kay Ann - born 1950", "O'Brien-Kay Ann - 1950"),
    (F._ROLE_OWNER, "follow up with Okafor's nurse practitioner", "follow up with Okafor nurse practitioner"),
    (F._ROLE_OWNER, "LEVIN'S TEAM CALLED", "LEVIN TEAM CALLED"),
    (F._ROLE_OWNER, "spoke with O'Brien's daughter", "spoke with O'Brien daughter"),
    (F._SUBJECT, "Chambers was admitted to 4B.", "Chambers was seen on 4B."),
    (F._SUBJECT, "Seen today. Hope denies pain.", "Seen today. Hope has no pain."),
    (F._OBJECT, "we will continue to follow Ruben closely", "we will continue to track Ruben closely"),
    (F._OBJECT, "per Ann will hold", "pre Ann will hold"),
    (F._OBJECT, "Please excuse Willow from school", "Please pardon Willow from school"),
    (F._OBJECT, "MET WITH ANN LEE.", "SAT WITH ANN LEE."),
    (F._OBJECT, "in the care of Ann Lee, RN", "in the hands of Ann Lee, RN"),
    (F._HANDOVER, "Accepting Okafor from the ICU", "Admitting Okafor from the ICU"),
    (F._HANDOVER, "report on Ann in bed 4", "notes on Ann in bed 4"),
    (F._ROLE_TITLE, "Principal Lange agreed", "Lange agreed"),
    (F._ROLE_TITLE, "hospice RN (Heck) called", "hospice (Heck) called"),
    (F._ROLE_TITLE, "oncologist Young will see", "oncology Young will see"),
    (F._ROLE_TITLE, "per PA-C Smith today", "per Smith today"),
    (S._OBJECT, "VIDEO VISIT WITH REYNALDO, AT HOME", "VIDEO VISIT REYNALDO, AT HOME"),
    (S._OBJECT, "called reynaldo back", "call reynaldo back"),
    (S._CLAUSE_SUBJECT, "Billy lives alone.", "Billy"),
    (S._CLAUSE_SUBJECT, "noted. sandra and i reviewed", "noted.sandra"),
    (S._PAIR_SUBJECT, "Kirsi Boahen signed the consent", "Kirsi"),
    (S._PAIR_SUBJECT, "ok - Ethan Fox in bed 12", "ok-Ethan"),
    (S._MID_CAPITAL, "fall band on Sebastian, then", "FALL BAND ON SEBASTIAN, THEN"),
    (S._MID_CAPITAL, "reminded Jean to call", "reminded jean to call"),
    (S._LABEL_THEN_SUBJECT, "Transportation: Okafor needs a van", "Transportation Okafor needs a van"),
    (S._LABEL_THEN_SUBJECT, "CM NOTE: LANNING IS A READMISSION", "CM NOTE LANNING IS A READMISSION"),
    (S._SORTED_LIST, "seen today: Bass, Ray; Hill, Ann M.", "seen today: Bass, Ray, Hill, Ann M."),
]

# each rule as the frames and slots search it (the clause and capital slots through their helpers)
LAYERED = {id(S._CLAUSE_SUBJECT): lambda t: S.at_clause_opens(S._CLAUSE_SUBJECT, t),
           id(S._PAIR_SUBJECT): lambda t: S.at_clause_opens(S._PAIR_SUBJECT, t),
           id(S._MID_CAPITAL): S._mid_capitals}
RULES = list(dict.fromkeys(rule for rule, _, _ in EXAMPLES))


def _layered(rule: object, text: str) -> list[tuple[tuple[int, int], tuple]]:
    if id(rule) in LAYERED:
        return [(m.span(), m.groups()) for m in LAYERED[id(rule)](text)]
    return _found(rule, text)


def test_the_layers_are_the_cheaper_kinds() -> None:
    assert isinstance(F._OBJECT, WordAnchored) and isinstance(F._HANDOVER, WordAnchored)
    assert isinstance(F._ROLE_TITLE, WordAnchored) and isinstance(S._OBJECT, WordAnchored)
    assert isinstance(F._SORTED_FIELD, LinedOpeners) and isinstance(F._SORTED_END, LinedStarts)
    # (the words before a birth date and the sentence subject: tried before their tells since perf52, `BeforeWords`)
    assert isinstance(F._BEFORE_DOB.pattern, F.BeforeWords) and isinstance(F._ROLE_OWNER.pattern, RunAnchored)
    assert isinstance(F._SUBJECT, F.BeforeWords)
    assert isinstance(S._LABEL_THEN_SUBJECT.pattern, LineTestedAtStart)
    assert isinstance(S._SORTED_LIST, Gated) and S._SORTED_LIST.gate.pattern == ";"


@pytest.mark.parametrize(("rule", "present", "missing"), EXAMPLES)
def test_examples_match_as_the_plain_rule(rule: object, present: str, missing: str) -> None:
    assert _layered(rule, present) == _bare(rule, present) != []
    assert _layered(rule, missing) == _bare(rule, missing)


def test_look_alikes_stay_unmatched() -> None:
    # a word inside a longer one is no anchor: "upper", "seeing" as part of "foreseeing", "transperitoneal"
    for rule, text in ((F._OBJECT, "upper Ann."), (F._OBJECT, "foreseeing Ann."), (F._HANDOVER, "unsending Ann to"),
                       (F._ROLE_TITLE, "XRN Smith"), (S._OBJECT, "UPON REYNALDO,")):
        assert _layered(rule, text) == _bare(rule, text) == []


def test_word_anchors_place_whole_runs() -> None:
    rule = WordAnchored(("to", "on"), stdre.compile(r"\b(?:to|on)[ \t]+\w+"), endings=("ed",))
    text = "to Ann; onto Bo, on to Cy - stored Di, ed Ed_to Fi to"
    assert rule.starts(lowered(text)) == [0, 17, 20, 28, 39, 51]
    assert [m.group() for m in rule.finditer(text)] == [m.group() for m in rule.pattern.finditer(text)]
    with pytest.raises(ValueError):
        WordAnchored(("met with",), rule.pattern)
    with pytest.raises(ValueError):
        WordAnchored(("See",), rule.pattern)


def test_run_anchors_try_the_run_before_each_tell() -> None:
    rule = RunAnchored(r"'s[ \t]+[a-z]", "abcdefghijklmnopqrstuvwxyz'-", F._ROLE_OWNER.pattern.pattern)
    text = "with O'Brien-Kay's team; .Ann's nurse and Lee's's wife, x2b's aide"
    assert [m.group(1) for m in rule.finditer(text)] == [m.group(1) for m in plain(rule).finditer(text)] != []
    with pytest.raises(ValueError):
        RunAnchored(r"'S", "a", plain(rule))


def test_word_anchors_keep_a_line_range() -> None:
    text = "VISIT WITH ANN,\nCalled Bo back\nCALLED REYNALDO BACK\ncall Cy"
    for a, b in S._caseless_lines(text):
        assert [m.span() for m in S._OBJECT.finditer(text, a, b)] == [
            m.span() for m in S._OBJECT.pattern.finditer(text, a, b)]
    assert len(S._caseless_lines(text)) == 2


@pytest.mark.parametrize("rule", [F._OBJECT, F._ROLE_TITLE, S._OBJECT, F._SORTED_FIELD, S._MID_CAPITAL])
def test_non_ascii_notes_are_searched_whole(rule: object) -> None:
    text = "Seen by oncologist Zoë Lee. per Zoë Ann, follow Ann Lee.\nRx for Lee, Zoë: ok; met with Ann, then"
    assert _layered(rule, text) == _bare(rule, text)


@pytest.mark.parametrize("rule", RULES)
def test_equals_the_plain_rule_on_real_notes(rule: object, real_notes: tuple[str, ...]) -> None:
    texts = rewrites(real_notes) + with_examples(real_notes, [(p, m) for r, p, m in EXAMPLES if r is rule])
    differ = [k for k, t in enumerate(texts) if _layered(rule, t) != _bare(rule, t)]
    assert differ == []


def test_object_slot_equals_the_plain_rule_on_caseless_stretches(real_notes: tuple[str, ...]) -> None:
    for t in rewrites(real_notes)[::2]:
        for a, b in S._caseless_lines(t):
            assert [m.span() for m in S._OBJECT.finditer(t, a, b)] == [
                m.span() for m in S._OBJECT.pattern.finditer(t, a, b)]


def test_cased_lines_are_the_lines_with_both_cases(real_notes: tuple[str, ...]) -> None:
    for t in [*real_notes[::5], "Ab\nCD\nEf\ngh\nIj\nKl"]:
        merged = S._cased_lines(t)
        inside = [(a, b) for a, b in (m.span() for m in S._CASED_LINE.finditer(t))
                  if any(s <= a and b <= e for s, e in merged)]
        assert inside == [m.span() for m in S._CASED_LINE.finditer(t)]
        assert all(stdre.search("[a-z]", line) and stdre.search("[A-Z]", line)
                   for s, e in merged for line in t[s:e].split("\n"))
    assert S._cased_lines("Ab\nCD\nEf\ngh\nIj\nKl") == ((0, 2), (6, 8), (12, 17))


def test_frames_and_slots_still_find_the_written_names() -> None:
    text = ("Rx for Lee, Ann: 20 mg\nWe will continue to follow Ruben closely.\nPrincipal Lange agreed.\n"
            "Chambers was admitted to 4B.\nAccepting Okafor from the ICU.\n")
    found = {(text[a:b], frame) for a, b, frame in F.frames(text)}
    assert {("Lee", "sorted-field"), ("Ann", "sorted-field"), ("Ruben", "object"), ("Lange", "role-title"),
            ("Chambers", "subject"), ("Okafor", "object")} <= found
    text = "Billy lives alone.\nTransportation: Gonzalez needs a van\nfall band on Sebastian, then\n"
    found = {(text[a:b], slot) for a, b, slot in S.slots(text)}
    assert {("Billy", "subject"), ("Gonzalez", "label-subject"), ("Sebastian", "mid-capital")} <= found
