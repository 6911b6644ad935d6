"""The cheap pre-checks perf24 put before the dictation and identifier rules (issue 18): `LinedAtStart` and
`LineTestedAtStart` (a line-start pattern tried once at the start of each selected line), the dictation reference lines
searched only on the lines holding a mark's two letter groups (`_MARK_ANCHOR`), the identifier labels found once a
note and shared by four gates (`ids._AtLabels`), a run of digits or characters asked by `str.translate` (`ids._Run`),
the plate cue words asked as whole words (`ids._Words`). Each must find exactly what the plain rule finds: the anchor
missing -> no match; present -> the same matches (spans and groups) as the pattern without the layer, on written
examples and on real notes (with upper- and lower-cased and flattened rewrites); a note with non-ASCII characters is
searched whole."""

from __future__ import annotations

import re as stdre

import pytest
import regex

from cancerprep.stages.deid.recognizers import dictation as D
from cancerprep.stages.deid.recognizers import ids
from cancerprep.stages.deid.recognizers.base import (
    Folded,
    Gated,
    Lined,
    LinedAtStart,
    LineTested,
    LineTestedAtStart,
    ascii_twin,
)
from tests.stages.deid.rewrites import found, plain, rewrites, with_examples


def _rule(rules: list, valid: object, kind: type) -> object:
    return next(p for p, _, _, v in rules if v is valid and type(p) is kind)


_DICTATION = D.dictation_recognizer().rules
_IDS = ids.id_recognizer().rules

# (rule, [(a text the rule matches, the same text without what its anchor asks for)])
RULES = {
    "reference line": (_rule(_DICTATION, D._reference_mark, LinedAtStart), [
        ("D: 01/02/20 T: 01/03/20 JS/kw", "D: 01/02/20 T: 01/03/20 JS kw"), ("SC/lm/70710", "SC lm 70710"),
        ("Job No. 123 / JS / ab", "Job No. 123 JS ab"), ("J.S./mk", "J.S. mk"), ("RB-ms  d&t: 07/19/13", "RB ms")]),
    "reference after a sentence": (_rule(_DICTATION, D._reference_mark, Lined), [
        ("Follow up in 3 months. JS/mk", "Follow up in 3 months. JS mk"), ("Seen today. AB:cd", "Seen today. AB cd")]),
    "surname mark": (_rule(_DICTATION, D._surname_mark, LinedAtStart), [("kh/Hudson", "kh Hudson"),
                                                                       ("MC/CORRICK", "M/CORRICK")]),
    "copies": (D._CC_LIST, [("cc: JS, AB", "cc JS, AB"), ("CC:  RT; KL", "CC  RT; KL")]),
    "bracketed": (D._BRACKETED_LINE, [("(JS)", "(J)"), ("  [ABC] ", "  [ABCDE] ")]),
    "closing initials": (D._CLOSING_INITIALS, [("JAS", "Jas"), ("Seen and examined. JAS", "Seen and examined. Jas")]),
    "strong label": (_IDS[4][0], [("MRN: 1234567", "MR: unknown"), ("Policy # AB12345 on file", "Pol # AB12345")]),
    "weak label": (_IDS[5][0], [("Case # 1234567", "Case 1234567"), ("visit no: 88123", "visit 88123")]),
    "record marked": (_IDS[6][0], [("Patient ID: 00123456", "Patient 00123456"), ("Unit No. 123-45-67", "Unit 12")]),
    "second number": (_rule(_IDS, ids._second_number, Gated), [
        ("Case # 1234567 / OR log 234567", "Case none / OR log 234567"), ("Acc: S12-345; lab no 876543", "Acc 1")]),
    "header number": (_rule(_IDS, ids._header_number, LinedAtStart), [("Patient: Doe, Jane   0012345",
                                                                        "Patient Doe, Jane   0012345")]),
    "seven digits": (next(p for p, *_ in _IDS if isinstance(p, Gated) and isinstance(p.gate, ids._Run)
                          and p.gate.source.endswith("{7}")), [("acct 12345678.", "acct 123456.")]),
    "plate": (_rule(_IDS, ids._plate, Gated), [("Ohio plates 7ABC123", "Ohio 7ABC123"), ("car (DC tag 62R-J88)",
                                                                                       "cart (DC 62R-J88)")]),
}


def test_layers() -> None:
    assert isinstance(ascii_twin(RULES["reference line"][0]), LinedAtStart)
    for name in ("strong label", "weak label", "record marked", "second number"):
        gate = RULES[name][0].gate
        assert isinstance(gate, ids._AtLabels) and ascii_twin(RULES[name][0]).gate is gate
    assert isinstance(RULES["seven digits"][0].gate, ids._Run)
    assert isinstance(RULES["plate"][0].gate, ids._Words)


@pytest.mark.parametrize(("name", "present", "missing"), [(k, p, q) for k, (_, ex) in RULES.items() for p, q in ex])
def test_examples(name: str, present: str, missing: str) -> None:
    rule = RULES[name][0]
    for r in (rule, ascii_twin(rule)):
        got = found(r, present)
        assert got and got == found(plain(rule), present)
        assert found(r, missing) == [] == found(plain(rule), missing)


def test_line_start_pattern_tried_once_a_line() -> None:
    """`LinedAtStart` finds, on each anchored line, the match a search of the line finds, and only there; an anchor
    on another line opens nothing; `pos` past a line's start finds nothing on that line, as the search does."""
    rule = LinedAtStart(r"/", regex.compile(r"(?m)^[ \t]*(\w+)/(\w+)[ \t]*$"))
    text = "ab/cd\nnot ab/cd here\n  ef/gh\nplain\nx/"
    assert [m.span() for m in rule.finditer(text)] == [m.span() for m in rule.pattern.finditer(text)] == [(0, 5),
                                                                                                          (21, 28)]
    assert [m.span() for m in rule.finditer(text, 2)] == [m.span() for m in rule.pattern.finditer(text, 2)]


def test_shared_label_starts_answer_as_each_gate() -> None:
    """`_AtLabels` answers as the same gate searched over the whole note, overlapping labels ("medical record number",
    "m.r.n.") and a label only at its end included."""
    texts = ["Medical Record Number: 1234567", "m.r.n. 123", "seen in clinic; chart # 44", "plan: rest", "MRN",
             "the record: 12", "acct no 5", "ID 7", "", "Ünit no: 5"]
    for gate in (ids._RECORD_GATE, ids._WEAK_GATE, ids._AtLabels(ids._STRONG_VALUE_ANCHOR)):
        plain = Folded(gate.source)
        for t in texts:
            for pos in (0, 3):
                assert gate.absent(t, pos) == plain.absent(t, pos), (gate.source[:30], t, pos)


def test_runs_and_words_answer_as_their_patterns() -> None:
    digits, chars = ids._Run("0123456789", 7), ids._Run("abcdefghijklmnopqrstuvwxyz0123456789", 17)
    for t in ["1234567", "123456 7", "x12345678y", "1HGCM82633A004352", "1HGCM82633A00435", "ab", "١٢٣٤٥٦٧"]:
        assert digits.absent(t) == (t.isascii() and not stdre.search(r"\d{7}", t.lower()))
        assert chars.absent(t) == (t.isascii() and not stdre.search(r"[a-z0-9]{17}", t.lower()))
    words = ids._Words(ids._PLATE_CUES)
    cue = regex.compile(r"\b(?:plates?|tags?|registration|registered|vehicle|car|truck|van|motorcycle)\b", regex.I)
    for t in ["car's plate", "cart", "the CAR-seat", "tag_1", "in a van.", "stage", "Vänner car"]:
        assert words.absent(t) == (t.isascii() and not cue.search(t))


@pytest.mark.parametrize("text", ["(JŠ)", "ÁB/cd", "Pätient ID: 00123456", "cc: JS, ÁB", "Çase # 1234567"])
def test_non_ascii_searched_whole(text: str) -> None:
    for rule, _ in RULES.values():
        assert found(rule, text) == found(plain(rule), text)


@pytest.mark.parametrize("name", list(RULES))
def test_equals_plain_on_real_notes(name: str, real_notes: tuple[str, ...]) -> None:
    rule, examples = RULES[name]
    texts = rewrites(real_notes) + with_examples(real_notes, examples)
    assert sum(bool(found(plain(rule), t)) for t in texts) > 20
    for t in texts:
        assert found(rule, t) == found(plain(rule), t)


def test_stamped_initials_tried_once_a_tested_line(real_notes: tuple[str, ...]) -> None:
    """`LineTestedAtStart` finds what `LineTested` finds with the same line test and pattern (dictation's stamped
    initials), from any `pos`, and its ASCII twin keeps the one try a line."""
    rule = _rule(_DICTATION, D._stamped_initials, LineTestedAtStart)
    plain = LineTested(rule.test, rule.pattern)
    assert isinstance(ascii_twin(rule), LineTestedAtStart)
    texts = ["T: 06/18/2006 stf\nPlan stf\n  JS  D: 01/02/2020", "Enc.  ab\nSincerely  ab", "x\nT: 06/18/2006 stf"]
    texts += rewrites(real_notes)[::4]
    assert sum(bool(found(plain, t)) for t in texts) >= 3
    for t in texts:
        assert found(rule, t) == found(plain, t)
        assert [m.span() for m in rule.finditer(t, 3)] == [m.span() for m in plain.finditer(t, 3)]
