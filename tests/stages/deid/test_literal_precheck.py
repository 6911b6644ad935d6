"""The literal pre-check of bare `regex` patterns (`base.may_match`, `base.pattern_literals`): `base.finditer` and a
`Gated` rule's `regex` gate first ask the note for one of the words every match holds, and a note with none of them
gives no match without a scan. That must never change what a rule finds: a note without the words has no match, a
note with them is scanned as before. Checked on every bare pattern of the recognizers, on real notes in any case."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
import regex as re

from cancerprep.stages.deid.recognizers import base
from cancerprep.stages.deid.recognizers.base import (
    Anchored,
    Gated,
    Lined,
    LineTested,
    RegexRecognizer,
    ascii_twin,
    may_match,
    pattern_literals,
)
from cancerprep.stages.deid.recognizers.registry import build_registry


def _bare(rule: object) -> list[re.Pattern]:
    """The `regex` patterns inside a rule: the pattern itself, or a gate's and its pattern's."""
    if isinstance(rule, re.Pattern):
        return [rule]
    if isinstance(rule, Gated):
        return _bare(rule.gate) + _bare(rule.pattern)
    if isinstance(rule, Anchored | Lined | LineTested):
        return _bare(rule.pattern)
    return []


def _project_patterns() -> list[re.Pattern]:
    """Every `regex` pattern of the de-identification modules (module level), of the registry's rules, and their
    ASCII twins."""
    import cancerprep.stages.deid as deid
    import cancerprep.stages.deid.recognizers as recognizers

    found: dict[re.Pattern, None] = {}
    for package in (deid, recognizers):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for value in vars(module).values():
                for p in _bare(value):
                    found[p] = None
    for rec in build_registry([]).recognizers:
        if isinstance(rec, RegexRecognizer):
            for rule, *_ in rec.rules:
                for p in _bare(rule) + _bare(ascii_twin(rule)):
                    found[p] = None
    return list(found)


@pytest.fixture(scope="module")
def texts(real_notes: tuple[str, ...]) -> list[str]:
    notes = list(real_notes)
    return notes + [t.upper() for t in notes[:300]] + [t.lower() for t in notes[:300]] + [
        "", "Kit 12345 shipped", "KIT #1234567 / AIRBILL 1234 5678 9012", "subject initials: ABC",
        "\u212aIT 12345 (a Kelvin sign: folds to k)", "Zip code at diagnosis: 12345", "case of Lee - 61M"]


def test_the_strings_are_read_with_case_folded_where_the_pattern_ignores_case() -> None:
    """A pattern that ignores case (flag or inline) gives its strings in lower case, to be asked of the lower-cased
    note; a case-sensitive one gives them as written (as `required_literals`)."""
    assert pattern_literals(r"\b(?:kit|bottle)s?[ \t]*\d+", re.I) == (("bottle", "kit"), True)
    assert pattern_literals(r"(?i)\bAirBill\b") == (("airbill",), True)
    assert pattern_literals(r"\bZip[ \t]+Code", re.I | re.M) == (("code",), True)  # the longer word of two runs
    assert pattern_literals(r"[ \t](?:Dermatology|urology)\b") == (("Dermatology", "urology"), False)
    assert pattern_literals(r"(?i:county)|parish") is None  # one branch ignores case, the other does not
    assert pattern_literals(r"(?:[Kk]it|KIT)\d", re.I) == (("kit",), True)
    assert pattern_literals(r"abcd", re.I | re.A) == (("abcd",), True)  # (regex.ASCII is the stdlib's DEBUG bit)


def test_a_lookaround_s_words_are_not_asked() -> None:
    """Zero width, a lookahead or lookbehind joins its neighbours and adds no words of its own (the periop gates'
    "[:=](?<=surgeon...)" form asks nothing: its words are in most notes, so asking them cost more than it saved)."""
    assert pattern_literals(r"[:=](?<=\b(?:surgeon|assistant)[:=])", re.I) is None
    assert pattern_literals(r"a(?=bcd)bcd") == (("abcd",), False)


def test_no_strings_where_they_could_be_wrong_or_useless() -> None:
    """None (the pattern is scanned as before) for `regex` syntax the stdlib parser reads otherwise or refuses, for
    verbose mode and `regex`'s own flags, for folded strings with other than ASCII characters, and for strings too
    short to rule notes out."""
    assert pattern_literals(r"[[:alpha:]]abcd") is None  # a POSIX class: the stdlib reads "[[:alph" and "]"
    assert pattern_literals(r"[^[:^digit:]]abcd") is None
    assert pattern_literals(r"(?:abcd){e<=1}") is None  # fuzzy: "abxd" matches
    assert pattern_literals(r"\p{L}abcd") is None
    assert pattern_literals(r"(?V1)abcd") is None
    assert pattern_literals(r"abcd", re.X) is None
    assert pattern_literals(r"abcd", re.I | re.FULLCASE) is None
    assert pattern_literals(r"caf\u00e9", re.I) is None  # folding other characters has exceptions
    assert pattern_literals(r"\bpt\b", re.I) is None
    assert pattern_literals(r"\d{5}|county") is None
    assert pattern_literals(r"abc[:#]defg") == (("abc#defg", "abc:defg"), False)  # a class of ":" is no POSIX class
    assert pattern_literals(r"ab{1,2}cdef") == (("cdef",), False)  # a repeat count is no fuzzy constraint


def _no_match_without_the_strings(texts: list[str]) -> None:
    """For every `regex` pattern of the recognizers (bare rules, gates, patterns inside gated, anchored and lined
    rules, ASCII twins) with strings: wherever the note holds none of them, the pattern finds nothing there. So the
    check skips only scans that would find nothing."""
    patterns = [p for p in _project_patterns() if pattern_literals(p.pattern, p.flags) is not None]
    assert len(patterns) >= 50
    asked = skipped = 0
    for p in patterns:
        literals, folded = pattern_literals(p.pattern, p.flags)
        for text in texts:
            if folded and not text.isascii():
                continue
            searched = text.lower() if folded else text
            asked += 1
            if not any(w in searched for w in literals):
                skipped += 1
                assert p.search(text) is None, (p.pattern[:80], literals)
    assert skipped > asked // 2  # the check rules most scans out


def test_a_note_without_the_strings_holds_no_match_of_any_project_pattern(texts: list[str]) -> None:
    """`_no_match_without_the_strings` on every fourth text (the whole set is the slow test's)."""
    _no_match_without_the_strings(texts[::4])


@pytest.mark.slow
def test_a_note_without_the_strings_holds_no_match_of_any_project_pattern_on_every_text(texts: list[str]) -> None:
    _no_match_without_the_strings(texts)


def test_finditer_finds_what_the_bare_pattern_finds(texts: list[str]) -> None:
    """`base.finditer` with the check (read from the third search on) finds the same matches, groups included, as
    the pattern's own `finditer`, for the research recognizer's rules (ungated when the check came) on every third
    text."""
    from cancerprep.stages.deid.recognizers import research_forms

    patterns = [v for v in vars(research_forms).values() if isinstance(v, re.Pattern)]
    assert sum(pattern_literals(p.pattern, p.flags) is not None for p in patterns) >= 10
    for p in patterns:
        for text in texts[::3]:
            assert [m.regs for m in base.finditer(p, text)] == [m.regs for m in p.finditer(text)], p.pattern[:80]


def test_a_pattern_is_read_at_its_third_search_only() -> None:
    """A pattern searched once or twice (built for one note) never pays the parse; from the third search on its
    strings are asked. The answers are the same throughout."""
    p = re.compile(r"\bperf16[ \t]+marker[ \t]+(\d+)", re.I)
    for _ in range(2):
        assert list(base.finditer(p, "nothing here")) == []
        assert p not in base._PATTERN_LITERALS
    assert list(base.finditer(p, "nothing here")) == []
    assert base._PATTERN_LITERALS[p][:2] == [("perf16",), True]  # the first of two equally long runs
    assert [m.group(1) for m in base.finditer(p, "PERF16 MARKER 42")] == ["42"]


def test_the_literal_missing_gives_no_match_and_present_the_same_matches() -> None:
    """Refusals and matches: a note without the word gives none (and the pattern finds none there); with it, the
    matches the pattern finds; a note with other characters is scanned whatever the lower-cased note holds (the Kelvin
    sign folds to k, so "\u212aIT 12345" is a kit number for a case-insensitive pattern)."""
    p = re.compile(r"\bkits?[ \t]*#?[ \t]*(\d{4,10})\b", re.I)
    for _ in range(3):
        base.finditer(p, "x")
    assert may_match(p, "no such word, 12345") is False and p.search("no such word, 12345") is None
    assert may_match(p, "Kit 12345") is True
    assert [m.group(1) for m in base.finditer(p, "KIT 12345 and kits #67890")] == ["12345", "67890"]
    assert may_match(p, "\u212aIT 12345") is True
    assert [m.group(1) for m in base.finditer(p, "\u212aIT 12345")] == ["12345"]


def test_a_gated_rule_with_a_regex_gate_asks_the_gate_s_strings_first() -> None:
    """A `Gated` rule whose gate is a `regex` pattern: the gate's strings missing, no match (and the bare pattern finds
    none); present, the bare pattern's matches."""
    rule = Gated(re.compile(r"\bairbill\b", re.I), re.compile(r"\bairbill[ \t]*#?[ \t]*(\d{8,12})", re.I))
    for _ in range(3):
        list(rule.finditer("x"))
    for text in ("no bill here 123456789", "AIRBILL 123456789", "airbill", "Airbill # 1234567890 and airbill 12"):
        assert [m.regs for m in rule.finditer(text)] == [m.regs for m in rule.pattern.finditer(text)]
    assert may_match(rule.gate, "no bill here 123456789") is False


def test_a_set_most_notes_hold_is_no_longer_asked_after_its_trial() -> None:
    """Strings found in most notes rule few scans out: after `_TRIAL` notes such a set is dropped and the pattern is
    scanned as without the check (same matches); a set most notes lack is kept."""
    common = re.compile(r"\bnote[ \t]+(\d+)", re.I)
    rare = re.compile(r"\bairbill[ \t]+(\d+)", re.I)
    for i in range(base._ASKED_AT + base._TRIAL + 1):
        text = f"Note {i} of the day"
        assert [m.group(1) for m in base.finditer(common, text)] == [str(i)]
        assert list(base.finditer(rare, text)) == []
    assert base._PATTERN_LITERALS[common] is None
    assert base._PATTERN_LITERALS[rare][:2] == [("airbill",), True]
    assert [m.group(1) for m in base.finditer(rare, "AIRBILL 12")] == ["12"]
