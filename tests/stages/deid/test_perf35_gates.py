"""perf35's cuts (issue 18), each pinned against what it replaced on written texts (gate open and closed) and real
notes: the person frames' and slots' gate chains (cue words asked of the note's runs, a cheaper search before a dearer
gate), `case_mode` counting an ASCII head's letters by bytes, the slots' cased lines read line by line, and
`WordAnchored` asking the note's run set from two words on."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers import base
from cancerprep.stages.deid.recognizers import person_frames as F
from cancerprep.stages.deid.recognizers import person_slots as S
from cancerprep.stages.deid.recognizers.base import AlnumWords, Gated, Lined, WordAnchored, lowered
from cancerprep.stages.deid.recognizers.tokens import case_mode
from tests.stages.deid.rewrites import found, gate_texts

# (rule, a text it matches, a look-alike it does not); every rule here stands behind a gate chain perf35 added
EXAMPLES = [
    (F._SALUTATION, "Dear Frank,", "Dearest Frank,"),
    (F._SALUTATION, "Good morning Ann Lee:", "Goodmorning Ann Lee:"),
    (F._SALUTATION_INLINE, "Hi Ann, your labs look stable.", "Chi Ann, your labs look stable."),
    (F._NICKNAME, 'prefers to be called "Max"', 'prefers to be recalled "Max"'),
    (F._NICKNAME, 'goes by "Ginger" rather than Adrienne', 'forgoes by "Ginger" rather than Adrienne'),
    (F._NICKNAME_OWNER, 'Robert goes by "Bob"', 'Robert undergoes by "Bob"'),
    (F._PATIENT_LIST, "Patients seen today: Gentry, Rider, and others.", "Outpatients seen today: Gentry, Rider."),
    (F._GIVEN_SURNAME_ASCII, "requested on Ida Peralto by fax", "requested on ida peralto by fax"),
    (F._GIVEN_SURNAME, "Message left for Renée Côté to call back.", "message left for renée côté to call back."),
    (F._HYPHENATED, "seen with Hope Smith-Jones today", "seen with Hope Smith-jones today"),
    (F._WITH_RELATIVE, "with Frank and his wife", "with Frank and his chart"),
    (S._SURNAME_INITIAL, "Hensley D. seen on rounds", "Hensley d. seen on rounds"),
    (S._PRESENT_LIST, "RNs present: Lanning/Okafor", "RNs presented: Lanning/Okafor"),
    (S._OPENING_VERB_OBJECT, "Ambulated Rhea 100 ft.", "Ambulate Rhea 100 ft."),
    (S._WHO, "video visit with Chao, who was at home", "video visit with Chao, whom we saw"),
]


@pytest.mark.parametrize(("rule", "hit", "miss"), EXAMPLES)
def test_each_gated_rule_finds_its_example_and_not_the_look_alike(rule: object, hit: str, miss: str) -> None:
    assert isinstance(rule, Gated) and isinstance(rule.pattern, Gated)  # the added gate stands before the old one
    assert found(rule, hit) != [] and found(rule, miss) == []
    assert found(rule, hit) == found(rule.pattern, hit)


@pytest.mark.parametrize(("rule", "hit", "miss"), [e for e in EXAMPLES if isinstance(e[0].gate, AlnumWords)])
def test_a_cue_word_gate_is_closed_where_no_cue_word_stands_as_a_run(rule: Gated, hit: str, miss: str) -> None:
    assert not rule.gate.absent(hit)
    assert rule.gate.absent("no cue here: seen, stable, plan as above")
    assert rule.gate.absent(miss) or not rule.pattern.gate.absent(miss)  # closed, or the old gate asked as before


def test_the_gate_chains_find_what_the_rules_found_before(real_notes: tuple[str, ...]) -> None:
    """Each rule against itself without the added gate (`rule.pattern`: the rule as it was, its own gate included, so
    a gate narrower than its pattern before stays as narrow)."""
    texts = gate_texts(real_notes, [(hit, miss) for _, hit, miss in EXAMPLES])
    rules = {id(rule): rule for rule, _, _ in EXAMPLES}.values()
    hits = []
    for rule in rules:
        got = [[m.regs for m in rule.finditer(t)] for t in texts]
        assert got == [[m.regs for m in rule.pattern.finditer(t)] for t in texts]
        hits.append(sum(map(len, got)))
    assert all(hits)  # every rule matched somewhere, so each comparison means something


# the slots searched, in a note their gate lets through, on the lines holding its anchor, and as they were (the gate,
# then the whole note)
LINED = [
    (S._AGE_SEX, ("Hensley 45M seen", "Hensley 45 mg seen")),
    (S._ROOM_OCCUPANT, ("Rushing in 524 had a run of VT", "Rushing in to see")),
]


def _as_before(rule: Gated) -> Gated:
    return Gated(rule.gate, rule.pattern.pattern)


@pytest.mark.parametrize(("rule", "example"), LINED)
def test_a_slot_on_its_lines_finds_its_example(rule: Gated, example: tuple[str, str]) -> None:
    assert isinstance(rule.pattern, Lined)
    hit, miss = example
    assert [m.regs for m in rule.finditer(hit)] == [m.regs for m in _as_before(rule).finditer(hit)] != []
    assert list(rule.finditer(miss)) == [] == list(_as_before(rule).finditer(miss))


def test_the_slots_on_their_lines_find_what_they_found_on_the_whole_note(real_notes: tuple[str, ...]) -> None:
    texts = gate_texts(real_notes, [example for _, example in LINED])
    for rule, _ in LINED:
        got = [[m.regs for m in rule.finditer(t)] for t in texts]
        assert got == [[m.regs for m in _as_before(rule).finditer(t)] for t in texts]
        assert sum(map(len, got)) > 5


def _case_mode_by_characters(text: str) -> str:
    """`case_mode` as it was: every letter of the head read one by one."""
    letters = list(filter(str.isalpha, text[:3000]))
    if not letters:
        return "mixed"
    up = sum(map(str.isupper, letters)) / len(letters)
    if up > 0.7:
        return "upper"
    return "lower" if up < 0.02 else "mixed"


@pytest.mark.parametrize("text", ["", "12/3 - 4", "Pt seen", "PT SEEN TODAY", "pt seen today", "Zoë ÉTÉ", "ÅSA",
                                  "A" * 2999 + "bbbb", "a" * 98 + "BB", "ſ", "\u212a and more", "x" * 5000 + "Y"])
def test_case_mode_counts_as_it_did_letter_by_letter(text: str) -> None:
    case_mode.cache_clear()
    assert case_mode(text) == _case_mode_by_characters(text)


def test_case_mode_is_the_same_on_real_notes(real_notes: tuple[str, ...]) -> None:
    texts = [*real_notes, *(t.upper() for t in real_notes[::9]), *(t.lower() for t in real_notes[::9]),
             *(t.replace("e", "é", 1) for t in real_notes[::13])]
    modes = {case_mode(t) for t in texts}
    assert all(case_mode(t) == _case_mode_by_characters(t) for t in texts)
    assert modes == {"upper", "lower", "mixed"}


def _cased_lines_by_pattern(text: str) -> tuple[tuple[int, int], ...]:
    """The slots' cased stretches as they were read: `_CASED_LINE` searched over the whole note, then merged."""
    out: list[list[int]] = []
    for m in S._CASED_LINE.finditer(text):
        if out and out[-1][1] + 1 == m.start():
            out[-1][1] = m.end()
        else:
            out.append([m.start(), m.end()])
    return tuple((a, b) for a, b in out)


@pytest.mark.parametrize("text", ["", "\n", "Pt seen\nBP ok\n\nNO CHANGE\nplan\nAnn Lee", "ALL CAPS\nall small\n",
                                  "Zoë Ång\nÉté ok\n", "a\r\nB c\r\n", "Seen.\nAgain.", "\nMixed Line\n"])
def test_the_cased_lines_are_those_the_pattern_finds(text: str) -> None:
    S._cased_lines.cache_clear()
    assert S._cased_lines(text) == _cased_lines_by_pattern(text)


def test_the_cased_lines_are_the_same_on_real_notes(real_notes: tuple[str, ...]) -> None:
    texts = [*real_notes, *(t.upper() for t in real_notes[::9]), *(t.lower() for t in real_notes[::9])]
    assert all(S._cased_lines(t) == _cased_lines_by_pattern(t) for t in texts)
    assert sum(bool(S._cased_lines(t)) for t in texts) > 100


@pytest.mark.parametrize("rule", [F._HANDOVER, S._AFTER_PATIENT, S._OBJECT])
def test_a_short_word_list_finds_the_same_places_from_the_run_set(rule: WordAnchored, real_notes: tuple[str, ...],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    assert 1 < len(rule.words) and base._FEW_WORDS < len(rule.words)  # asked of the run set now
    lows = [lowered(t) for t in real_notes[::4] if t.isascii()] + [" handed off, report on bed 4; pt seen with ann "]
    by_set = [list(WordAnchored(rule.words, rule.pattern, rule.endings).starts(low)) for low in lows]
    monkeypatch.setattr(base, "_FEW_WORDS", 100)
    one_by_one = [list(WordAnchored(rule.words, rule.pattern, rule.endings).starts(low)) for low in lows]
    assert by_set == one_by_one and sum(map(len, by_set)) > 0


VERBS = ["lives", "Lives", "held", "clamps", "states", "running", "xyzzy", "was", "REPORTS", "tolerated", "drains",
         "and", "denies", "started"]


def test_the_person_verb_refuses_on_any_line_what_its_case_free_half_refuses() -> None:
    passed = refused = 0
    for verb in VERBS:
        text = f"Restu {verb} alone today"
        answers = {S._person_verb(text, verb, 6 + len(verb), cased) for cased in (True, False)}
        if S._person_verb_form(verb.lower()):
            passed += True in answers
        else:
            refused += 1
            assert answers == {False}  # so the slots may skip reading the line's case for it
    assert passed and refused
