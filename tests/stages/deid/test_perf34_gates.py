"""perf34's cuts (issue 18), each pinned against the code it replaced on written texts (gate open and closed) and real
notes: the initials header reader asked only where a note holds a cell separator; dictation's mark anchor reading the
group before the separator whole; the stamp line test searching the lower-cased line; `surname_after_given` tokenizing
the rest of the line only as far as its first two tokens; the backstop passing a subject position on a stop word or
credential by without `_take`."""

from __future__ import annotations

import re as stdre
from collections import Counter

import pytest

from cancerprep.stages.deid.recognizers import backstop as B
from cancerprep.stages.deid.recognizers import dictation as D
from cancerprep.stages.deid.recognizers import initials_positions as P
from cancerprep.stages.deid.recognizers.base import Lined, LinedAtStart, anchor_lines, compile_for_search, lowered
from cancerprep.stages.deid.recognizers.tables import row_cells
from cancerprep.stages.deid.recognizers.tokens import tokenize

# the anchor dictation's reference lines were searched on before (a letter and a letter or dot before the separator)
_LOOSE_MARK_ANCHOR = (r"[/:\\;\-](?:(?<=[a-z][a-z.][/:\\;\-])|(?<=[a-z][a-z.][ \t][/:\\;]))[ \t]?"
                      r"(?:[a-z]{2,4}(?![a-z])|(?:[a-z]\.){2,3})")


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def _positions_asking_both_readers(text: str) -> list[tuple[int, int, str, float]]:
    """`positions_spans` as before: the header reader asked wherever its gate holds, with or without a separator."""
    out: list[tuple[int, int, str, float]] = []
    if not P._HEADER_GATE.absent(text):
        P.column_initials(text, P._header, out, min_cells=3, rule_ends=True)
    if "\t" in text or "|" in text or "  " in text:
        P.column_initials(text, P._grid_header, out, min_cells=2)
    return out


TABLE = "MAR\nDrug  Dose  Time  Init\nHeparin  5000  0800  AB\nLasix  40  0900  CD\n"


def _separated(text: str) -> bool:
    return "\t" in text or "|" in text or "  " in text


def _holds(found: list, part: list) -> bool:
    return not Counter(part) - Counter(found)


@pytest.mark.parametrize("text", [TABLE, TABLE.replace("  ", "\t"), TABLE.replace("  ", " | "),
                                  TABLE.replace("  ", " "), "Init by rn nurse\nAB CD EF", ""])
def test_the_header_reader_finds_what_it_found_where_a_note_has_a_separator(text: str) -> None:
    before = _positions_asking_both_readers(text)
    if _separated(text):
        assert before and _holds(P.positions_spans(text), before)  # the gate open: the column's initials found
    else:
        assert before == [] and all(len(row_cells(line)) <= 1 for line in text.split("\n"))


def test_the_header_reader_is_the_same_on_real_notes(real_notes: tuple[str, ...]) -> None:
    hits = closed = 0
    for text in (*real_notes[::3], TABLE):
        before = _positions_asking_both_readers(text)
        hits += bool(before)
        if _separated(text):
            assert _holds(P.positions_spans(text), before)
        else:
            assert before == []
            closed += not P._HEADER_GATE.absent(text)  # a note the header gate let through, no row of cells in it
    assert hits and closed


@pytest.mark.parametrize(("line", "held"), [
    ("JS/mk", True), ("js /mk", True), ("j.s./mk", True), ("J.S. / MK 1234", True), ("DP:ms  d&t: 07/19/13", True),
    ("xyz-ab", True), ("History: he is well", False), ("follow-up in 3 weeks", False), ("abcde/fg", False),
    ("ab./cd", False), ("s/p CABG", False), ("1ab/cd", True)])
def test_the_mark_anchor_reads_the_group_before_the_separator_whole(line: str, held: bool) -> None:
    strict, loose = compile_for_search(D._MARK_ANCHOR), compile_for_search(_LOOSE_MARK_ANCHOR)
    low = lowered(line)
    assert bool(strict.search(low)) == held
    assert not held or loose.search(low)  # the strict anchor holds only where the loose one did


def test_the_mark_rules_find_what_the_loose_anchor_found(real_notes: tuple[str, ...]) -> None:
    extra = ["Plan: home.  JS/mk\nD: 01/02/20 T: 01/03/20 JS/kw", "Seen. AB / cd 12345", "History: he\nfollow-up ab"]
    kept = 0
    for text in real_notes[::2] + tuple(extra):
        for kind, pattern in ((LinedAtStart, D._REF_LINE), (Lined, D._REF_AFTER_SENTENCE)):
            new = _spans(kind(D._MARK_ANCHOR, pattern).finditer(text))
            assert new == _spans(kind(_LOOSE_MARK_ANCHOR, pattern).finditer(text))
            kept += bool(new)
        low = lowered(text)
        if text.isascii():
            assert {a for a, _ in anchor_lines(compile_for_search(D._MARK_ANCHOR), low)} <= {
                a for a, _ in anchor_lines(compile_for_search(_LOOSE_MARK_ANCHOR), low)}
    assert kept


@pytest.mark.parametrize("line", ["T: 6/2/20", "ENCL", "Enc.", "DICTATED BUT NOT READ", "Transcribed by ab", "ſ",
                                  "Plan stf", "JS/mk", "", "ENC", "dIcTaTeD", "Dictate", "transcribe"])
def test_the_stamp_line_test_answers_as_the_case_blind_search(line: str) -> None:
    blind = stdre.search(r"\d|enc|dictated|transcribed", line, stdre.I) is not None
    assert D.may_hold_stamp(line) == (not line.isascii() or blind)


def _tok_values(toks) -> list[tuple]:
    return [(t.start, t.end, t.text, t.low, t.is_word) for t in toks]


@pytest.mark.parametrize("rest", ["Brown called", "Brown  called today", "Brown", "", " Brown called", "Brown,RN now",
                                  "O'Neil-daughter called in", "Brown\tcalled now", "Ødegård came in", "A. Brown came",
                                  "Brown ", "x y", "- - -", "Brown-Smith called the", "MD, RN and"])
def test_the_first_two_tokens_are_those_of_the_whole_rest(rest: str) -> None:
    assert _tok_values(B._first_two_tokens(rest)[:2]) == _tok_values(tokenize(rest)[:2])


def test_surname_after_given_on_written_and_real_texts(real_notes: tuple[str, ...]) -> None:
    text = "Patient John Brown called. pt ann fox called. JOHN BROWN, RN"
    assert B.surname_after_given(text, 8, 12) == 18
    assert B.surname_after_given(text, 30, 33) == 37
    checked = 0
    for note in real_notes[::7]:
        for m in stdre.finditer(r"\b[A-Za-z]+\b(?= )", note[:1500]):
            b = m.end()
            rest = note[b + 1:note.find("\n", b) if "\n" in note[b:] else len(note)]
            if rest.isascii():
                checked += 1
                assert _tok_values(B._first_two_tokens(rest)[:2]) == _tok_values(tokenize(rest)[:2])
    assert checked > 100


SUBJECTS = ["The nurse Hope called. He is stable.\nShe said Ann Brown visited.", "MD saw pt. RN Jo is here.",
            "THE PATIENT IS HERE. HE CALLED ANN.", "ann came. the son called.\nno change", "Ann Lee is a 63-year-old."]


def test_a_stop_word_subject_opens_no_name(monkeypatch: pytest.MonkeyPatch, real_notes: tuple[str, ...]) -> None:
    recognizer = B.NamesBackstopRecognizer()

    def found(text: str) -> list[tuple]:
        return [(r.start, r.end, r.recognition_metadata["rule"]) for r in recognizer.analyze(text, [])]

    assert "he" in B._NO_SUBJECT and "rn" in B._NO_SUBJECT and "ann" not in B._NO_SUBJECT
    texts = SUBJECTS + list(real_notes[::4])
    cut = [found(t) for t in texts]
    monkeypatch.setattr(B, "_NO_SUBJECT", frozenset())  # the gate open: every subject position goes to `_take`
    assert [found(t) for t in texts] == cut
    assert any(r for r in cut[:len(SUBJECTS)])
