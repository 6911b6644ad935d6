"""perf52 (issue 18): identical-output cuts in the names backstop's remaining person rules. Each must find exactly what
the code before perf52 found (kept here where it is gone): on real notes and their rewrites (capitals, small letters,
lines run together, CRLF line ends, non-ASCII letters set in), on written examples and on generated texts, from the
note's start and from a later `pos`. Every example is invented."""

from __future__ import annotations

import random

import pytest
import regex as re

from cancerprep.stages.deid.recognizers import backstop as B
from cancerprep.stages.deid.recognizers import person_frames as F
from cancerprep.stages.deid.recognizers.base import CasedLined, Lined, LinedStarts, compile_for_search, lowered
from tests.stages.deid.rewrites import plain, rewrites

# --- the code before perf52 -----------------------------------------------------------------------------------
# the words before a birth date: every word start of the lines holding a label (`LinedStarts`)
_OLD_BEFORE_DOB = LinedStarts(r"dob|d\.o\.b|date[ \t]+of[ \t]+birth|mrn|mr[ \t]*#|born", r"(?<![a-z])[a-z]",
                              plain(F._BEFORE_DOB))
# the sentence subject: every place of the lines holding its verb in small letters (`CasedLined`)
_OLD_SUBJECT = CasedLined(compile_for_search(F._SUBJECT_VERB), plain(F._SUBJECT))


def _innermost(rule: object) -> F.BeforeWords:
    """The `BeforeWords` layer of a rule (behind its gates)."""
    while not isinstance(rule, F.BeforeWords):
        rule = rule.pattern
    return rule


# (the rule's `BeforeWords` layer, what it was before perf52: a bare pattern tried everywhere, or a line layer)
RULES = {
    "before-dob": (_innermost(F._BEFORE_DOB), _OLD_BEFORE_DOB),
    "subject": (F._SUBJECT, _OLD_SUBJECT),
    "phone-owner": (_innermost(F._PHONE_OWNER), plain(F._PHONE_OWNER)),
    "with-relative": (_innermost(F._WITH_RELATIVE), plain(F._WITH_RELATIVE)),
    "paren-nickname": (_innermost(F._PAREN_NICKNAME), plain(F._PAREN_NICKNAME)),
    "relation-after": (_innermost(B._BEFORE_RELATION), plain(B._BEFORE_RELATION)),
    "role-paren": (_innermost(B._BEFORE_ROLE_PAREN), plain(B._BEFORE_ROLE_PAREN)),
    # (the lines opening with a label and a subject, or with a sorted pair: every anchored line searched, `Lined`)
    "label-subject": (F._LABEL_SUBJECT, Lined(F._LABEL_SUBJECT.source, F._LABEL_SUBJECT.pattern)),
    "sorted-start": (F._SORTED_START, Lined(F._SORTED_START.source, F._SORTED_START.pattern)),
}

EDGES = [
    "", "\n", "x", "Frank Pack (DOB 5/26/2016)", "ANN LEE, DOB: 1/2/1950", "Lee, Ann  MRN 123", "Ann Lee-  dob 1",
    "O'Brien-Kay Ann - born 1950", "x Ann Bo Cy  DOB", "Ann --DOB 1", "newborn Ann (DOB 1)", "Ann Lee DOB, DOB 2",
    "Lee , Ann ( d.o.b. 1/2)", "Ann Lee,date of birth 1", "Ann Lee MR# 12", "Ann Lee mr # 12", "3Ann Lee, DOB 1",
    "Chambers was admitted to 4B.", "Seen today. Hope denies pain.", "Seen.   Hope denies.", "\n  Hope denies x",
    "Hope-Ann denies", "HOPE DENIES", "Hope  states that", "ok.Hope denies", "Ann is a 40 year old", "Zoë denies",
    "Barragan Yuan cell# 410-322-1419", "Ama home 617-555-0134", "call Ama (home) 555", "cellphone 555", "Ann cell 5",
    "Ann cell 555 x cellphone 123", "Ed and her daughter were", "with Frank and his wife", "Ed & their son", "hand his",
    "Robert (Bob) Smith", "Robert  (Bob) Smith", "O'Neil (Bo) Lee (Al) Fox", "Melba (wife)", "spoke with rex (son)",
    "Ann Lee (RN) and x-Bo (daughter/POA)", "Seen.\r\nHope denies pain.\r\n", "Ann Lee\tDOB\t1",
    "Impression: Mickey has x", "Nursing note: Lane ambulated", "x: Ann has\nPlan: Bo is", " Plan :Ann Lee states",
    "Plan: Ann\tis", "Lee, Ann M", "  lee ,ann  x", "Lee, Ann\r\nBo, Cy", "a: b: Ann has", ":Ann has", "Plan:\nAnn has",
]


def _texts(real_notes: tuple[str, ...]) -> list[str]:
    """The notes' rewrites, CRLF copies, copies with non-ASCII letters and capitals, and the written edges."""
    return (rewrites(real_notes) + [n.replace("\n", "\r\n") for n in real_notes[::13]]
            + ["Zoë İı ſ \u212a ẞ\n" + n for n in real_notes[::17]] + EDGES)


_PIECES = ["Ann", "lee", "O'Brien", "Smith-Jones", "Hope", "x-", "-", "'", " ", "  ", "\t", ",", ", ", "(", ")", ".",
           "\n", "DOB", "dob", "d.o.b.", "MRN", "mr #", "born", "date of birth", "cell", "home", "Phone", "#", ":",
           "555", "12", "and", "&", "his", "her", "wife", "son", "(Bob)", "(RN)", "denies", "states", "was admitted",
           "is a 40 year", "presents with", "é", "3", "_", "cell 555", "home: (617", "Phone #555", "and his wife",
           "& her son", "(wife)", "(son)", "(RN)", "(Bo)", "Plan:", "Lee,", "has", "\n", "\nPlan: Ann"]


_JOINS = ["", " ", " ", " ", "  ", ", ", "\t"]


def _generated(n: int, seed: int) -> list[str]:
    """Texts strung from the rules' own pieces (names, tells, separators, blanks, line breaks, digits, "é")."""
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) + rnd.choice(_JOINS) for _ in range(rnd.randint(1, 18))) for _ in range(n)]


def _found(rule: object, text: str, pos: int = 0) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in rule.finditer(text, pos)]


@pytest.mark.parametrize("name", list(RULES))
def test_matches_are_those_found_before(name: str, real_notes: tuple[str, ...]) -> None:
    new, old = RULES[name]
    hits = 0
    for text in _texts(real_notes):
        got = _found(new, text)
        assert got == _found(old, text)
        hits += len(got)
    assert hits > 5
    generated = _generated(20_000, len(name))
    for text in generated:
        got = _found(new, text)
        assert got == _found(old, text)
        hits += len(got)
    for text in generated[:3_000]:
        pos = len(text) // 3
        assert _found(new, text, pos) == _found(old, text, pos)
    assert hits > 200


def test_tells_are_found_where_they_overlap_or_by_their_heads() -> None:
    rule = F.BeforeWords(r"ab|ba", re.compile(r"\b(\w+)[ \t]+(?:ab|ba)"), 1)
    assert list(rule.tells("abab ba", 0)) == [0, 1, 2, 5]  # every place, overlapping or not
    headed = F.BeforeWords(r"ab|ba", rule.pattern, 1, heads=("ab", "ba"))
    assert sorted(headed.tells("abab ba", 0)) == [0, 1, 2, 5]
    assert list(headed.tells("abab ba", 3)) == [5]
    with pytest.raises(ValueError):
        F.BeforeWords(r"DOB", rule.pattern, 1)
    with pytest.raises(ValueError):
        F.BeforeWords(r"dob", rule.pattern, 1, heads=("DOB",))


def test_places_by_rule() -> None:
    def found(rule: object, text: str) -> list[str]:
        return [m.group(1) for m in rule.finditer(text)]

    # the words before a birth date: up to three runs back, across commas, a bracket and a dash; a run's start and
    # the place after its hyphen
    assert found(F._BEFORE_DOB, "O'Brien-Kay Ann - born 1950") == ["O'Brien-Kay Ann"]
    assert found(F._BEFORE_DOB, "x Ann Bo Cy  DOB 1") == ["Ann Bo Cy"]
    assert found(F._BEFORE_DOB, "Lee, Ann ( d.o.b. 1/2)") == ["Lee, Ann"]
    # the subject: the blanks before the word are tried too (a match opens on them after a sentence's end)
    assert [m.span() for m in F._SUBJECT.finditer("Seen.   Hope denies.")] == [(6, 12)]
    assert found(F._SUBJECT, "HOPE DENIES. Hope-Ann denies. ok.Hope denies") == []
    assert found(F._PHONE_OWNER, "Barragan Yuan cell# 410-322-1419, Ama home 617-555-0134") == ["Barragan", "Ama"]
    assert found(F._WITH_RELATIVE, "with Frank and his wife, hand his son") == ["Frank"]
    assert found(F._PAREN_NICKNAME, "O'Neil (Bo) Lee (Al) Fox") == ["O'Neil"]
    assert [m.group(1, 2) for m in B._BEFORE_RELATION.finditer("spoke with rex (son) and Ann Lee (wife)")] == [
        ("with", "rex"), ("Ann", "Lee")]


def test_a_note_with_other_characters_is_searched_whole() -> None:
    text = "Zoë Ann Lee, DOB 1/2"
    assert not text.isascii() and lowered(text).isascii() is False
    assert [m.group(1) for m in F._BEFORE_DOB.finditer(text)] == ["Zoë Ann Lee"]


def test_marked_lines_are_the_lines_holding_the_mark() -> None:
    text = "a: b\nno mark\n:x: y\nlast:"
    assert list(F.marked_lines(text, ":")) == [(0, 4), (13, 18), (19, 24)]
    assert list(F.marked_lines(text, ":", 14)) == [(13, 18), (19, 24)]  # a line holding the mark after pos
    assert list(F.marked_lines("none", ":")) == []
    with pytest.raises(ValueError):
        F.MarkedLinedAtStart("\n", "(?m)^x", F._SORTED_START.pattern)
    # a line holding the mark whose start the anchor refuses is not searched
    assert F._LABEL_SUBJECT._lines(lowered("Plan: Ann has x\nann: has\nNote: Bo is ok")) == ((0, 15), (25, 39))


def test_unknown_word_answers_are_kept_per_word(real_notes: tuple[str, ...]) -> None:
    from cancerprep.stages.deid.recognizers import unknown_words as U

    words = sorted({w.lower() for n in real_notes[::25] for w in n.split() if w.isalpha()})[:3_000]
    words += ["okonkwo", "xarelto", "naïve", "Zoë".lower(), "tolerated", "pt", ""]
    for strictness in ("vocabulary", "frame", "backstop"):
        assert [U.unknown_word(w, strictness) for w in words] == [U.unknown_word.__wrapped__(w, strictness)
                                                                  for w in words]
    U.unknown_word("okonkwo", "frame")
    hits = U.unknown_word.cache_info().hits
    assert U.unknown_word("okonkwo", "frame") is True and U.unknown_word.cache_info().hits == hits + 1


def test_apposition_tail_gate_answers_as_its_search(real_notes: tuple[str, ...]) -> None:
    from cancerprep.stages.deid.recognizers.base import Folded

    new = B._BEFORE_APPOSITION.pattern.gate
    assert isinstance(new, B.CommaTailGate)
    old = Folded(new.source, new.flags)  # the tail searched at every comma, as before perf52
    rnd = random.Random(11)
    pieces = ["Ann", ",", ", ", " ", "her", "the", "our", "patient's", "pt's", "one of", "daughter", "nurse", "son",
              "son-in-law", "step-son", "significant other", "Medical Records", "x-ray", "sons", "\n", ".", ";", ")",
              "of the patient", "é", "3", "'"]
    generated = [" ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12))) for _ in range(20_000)]
    present = 0
    for text in _texts(real_notes) + [n.replace(". ", ", ") for n in real_notes[::4]] + generated:
        for pos in (0, len(text) // 4):
            new._last = old._last = ("", -1, False)
            answer = new.absent(text, pos)
            assert answer == old.absent(text, pos)
            present += not answer
    assert present > 1_000
    new._last = ("", -1, False)
    assert not new.absent("seen with Ann, her daughter, today") and new.absent("seen with Ann her daughter today")
    with pytest.raises(ValueError):
        B.CommaTailGate(r";[ \t]*son", ["son"])


def test_twins_keep_their_kind_and_matches(real_notes: tuple[str, ...]) -> None:
    from cancerprep.stages.deid.recognizers.base import ascii_twin

    for rule in (_innermost(F._BEFORE_DOB), F._SUBJECT, F._LABEL_SUBJECT, F._SORTED_START):
        twin = ascii_twin(rule)
        assert type(twin) is type(rule) and twin.pattern is not rule.pattern
        for text in real_notes[::7]:
            if text.isascii():
                assert [(m.span(), m.groups()) for m in twin.finditer(text)] == _found(rule, text)


def test_object_matches_are_those_found_before(real_notes: tuple[str, ...]) -> None:
    from cancerprep.stages.deid.recognizers import person_slots as S

    def old(text: str) -> list:  # before perf52: `_OBJECT` searched on each stretch without case
        return [(m.span(), m.groups()) for a, b in S._caseless_lines(text) for m in S._OBJECT.finditer(text, a, b)]

    rnd = random.Random(13)
    pieces = ["MET WITH", "met with", "CALLED", "called", "for", "TO", "on", "Ann", "ANN", "Reynaldo", "REYNALDO", ",",
              ".", " ", "  ", "\n", "Seen today.", "back", "AT HOME", "who", "é", "3", "ed", "bed", "x-ed", "_ed"]
    generated = [" ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 16))) for _ in range(20_000)]
    hits = 0
    for text in _texts(real_notes) + [n.replace(". ", ".\n") for n in real_notes[::5]] + generated:
        got = [(m.span(), m.groups()) for m in S.object_matches(text)]
        assert got == old(text)
        hits += len(got)
    assert hits > 2_000
    assert [m.group(1) for m in S.object_matches("Seen today.\nVIDEO VISIT WITH REYNALDO, AT HOME\nMet with Ann.")] == [
        "REYNALDO"]  # (a line with case holds no object slot)
