"""perf40's cuts (issue 18: the backstop's cost), each pinned against what it replaced: `_namey` kept per word and cue,
the slots' `_census_word` and `_person_verb_form` kept per word, `may_be_label`'s last run cut by `rstrip` and its
serving-role scan gated, and the stdlib twins of the `regex` rules tried at places (`base.stdlib_twin`,
`Placed.matcher`)."""

from __future__ import annotations

import gc
import re as stdre

import pytest
import regex

from cancerprep.stages.deid.recognizers import backstop as B
from cancerprep.stages.deid.recognizers import base, tokens
from cancerprep.stages.deid.recognizers import person_frames as F
from cancerprep.stages.deid.recognizers import person_slots as S
from tests.stages.deid.rewrites import rewrites

SENTENCES = ["Pt seen by Dr. Quarleyville today. Plan: f/u with Will Ostrander, MD on call.",
             "SPOKE WITH WIFE HOPE ABOUT PLAN. The nurse Will call back. Kwame is a 63-year-old man.",
             "Attending on accepting service: Lee, Ann\nRN 2:\tHope\nNurse #1 - Okafor\nDictated but not read by:",
             "son-in-law Ed, self-referred; Oncology's plan; MDs and RNs; tranplant Cardic; the daughter's name is Ann"]


def _old_label_word_end(s: str) -> bool:
    """`backstop._label_word_end` as written before perf40 (a search for the last run of small letters)."""
    if s.endswith(("md", "m.d.")):
        return True
    if s.endswith("(s)"):
        s = s[:-3]
    last = stdre.compile(r"[a-z]+$").search(s)
    if last is None:
        return False
    w = last.group(0)
    return w in B._LABEL_LAST_WORDS or w.endswith(B._LABEL_ROLE_ENDINGS) or (
        w.endswith("s") and (w[:-1] in B._LABEL_LAST_WORDS or w[:-1].endswith(B._LABEL_ROLE_ENDINGS)))


def _old_label_end(s: str) -> bool:
    """`backstop._label_end` as written before perf40 (the serving-role scan ungated)."""
    return _old_label_word_end(s) or any(_old_label_word_end(s[:m.start()]) for m in B._LABEL_SERVES.finditer(s))


def _label_strings(real_notes: tuple[str, ...]) -> list[str]:
    """Lower-cased strings as `may_be_label` hands them on: every 48 characters before a colon, dash, bar or line
    break of the notes, and their tails, with and without the separator and a final line break."""
    out = ["", "\n", "md", "m.d.", "nurse(s)", "nurses", "radiologist", "attending on call", "attending\ton accepting "
           "service", "rn 2", "abc\n", "abc\n\n", "x on y z w v", "pa-c", "on", " on", "\ton x"]
    for note in real_notes[::7]:
        low = note.lower()
        for m in stdre.finditer(r"[:|=\n-]", low):
            before = low[max(0, m.start() - 48):m.start()]
            out += [before, before.rstrip(" \t"), before + "\n", before[-12:], before[-5:]]
    return out


def test_label_ends_answer_as_before(real_notes: tuple[str, ...]) -> None:
    strings = _label_strings(real_notes)
    hits = 0
    for s in strings:
        assert B._label_word_end(s) == _old_label_word_end(s), s
        assert B._label_end(s) == _old_label_end(s), s
        hits += _old_label_end(s)
    assert hits > 10  # the strings hold labels as well as other text


def test_may_be_label_answers_as_with_the_former_helpers(real_notes: tuple[str, ...], monkeypatch) -> None:
    befores = [b for s in _label_strings(real_notes)[:4000] for b in (s, s.upper() + ":", s + " -", s + ":\n")]
    new = [B.may_be_label(b) for b in befores]
    monkeypatch.setattr(B, "_label_end", _old_label_end)
    assert [B.may_be_label(b) for b in befores] == new


def test_namey_is_kept_per_word_and_cue_with_the_same_answers(real_notes: tuple[str, ...]) -> None:
    B._NAMEY.clear()
    toks = [t for s in SENTENCES + list(rewrites(real_notes[:40])) for t in tokens.tokenize(s)]
    for strong in (False, True):
        for mixed in (False, True):
            for t in toks:
                want = B.NamesBackstopRecognizer._namey_of(t, strong, mixed)
                assert B.NamesBackstopRecognizer._namey(t, strong, mixed) == want  # worked out, then kept
                assert B.NamesBackstopRecognizer._namey(t, strong, mixed) == want  # read back
    assert B._NAMEY and all(isinstance(k[0], str) for k in B._NAMEY)
    assert any(B._NAMEY.values()) and not all(B._NAMEY.values())


def test_namey_memo_is_emptied_when_full(monkeypatch) -> None:
    monkeypatch.setattr(B, "_NAMEY_MAX", 5)
    B._NAMEY.clear()
    for t in tokens.tokenize(" ".join(SENTENCES)):
        B.NamesBackstopRecognizer._namey(t, True, True)
        assert len(B._NAMEY) <= 5


def test_slot_word_tests_are_kept_per_word_with_the_same_answers(real_notes: tuple[str, ...]) -> None:
    words = {w for note in real_notes[::11] for w in stdre.findall(r"[A-Za-z'’-]+", note)}
    for fn in (S._census_word, S._person_verb_form):
        fn.cache_clear()
        for w in sorted(words):
            arg = w if fn is S._census_word else w.lower()
            assert fn(arg) == fn.__wrapped__(arg)
        assert fn.cache_info().currsize > 0


def test_folds_to_ascii_holds_every_code_point_whose_case_reaches_ascii() -> None:
    found = {cp for cp in range(128, 0x110000)
             if any(ch.isascii() for x in (chr(cp).lower(), chr(cp).upper(), chr(cp).casefold()) for ch in x)}
    assert found <= base.FOLDS_TO_ASCII


@pytest.mark.parametrize("source, flags", [
    (r"(?i)\bstra\u017fe\b", 0),  # a long s, ignoring case: folds to "s"
    (r"[\u0100-\u0200]x", regex.I),  # a range holding the dotted and dotless I and the long s
    (r"(?i)(?:a|\u212a)", 0),  # the Kelvin sign in a branch
    (r"\p{L}+", 0),  # `regex` syntax alone
    (r"(?<=\b(?:dr|doctor)\s+)\w+", 0),  # a lookbehind of varying width
    (r"[[:alpha:]]+", 0),  # a POSIX class the stdlib would read as characters
    (r"(?:ab){e<=1}", 0),  # a fuzzy constraint
])
def test_stdlib_twin_is_refused_where_the_engines_may_differ(source: str, flags: int) -> None:
    assert base.stdlib_twin(regex.compile(source, flags)) is None


def test_stdlib_twin_is_built_for_plain_patterns() -> None:
    twin = base.stdlib_twin(regex.compile(r"(?i)\b(?:dr|doctor)\.?[ \t]+([^\W\d_]+(?:['’\u0300-\u036f-][^\W\d_]*)*)"))
    assert isinstance(twin, stdre.Pattern) and twin.flags & stdre.IGNORECASE
    assert twin.match("DR. Okafor-Lee", 0).group(1) == "Okafor-Lee"
    assert base.stdlib_twin(regex.compile(r"\u0131x")) is not None  # case kept: the dotless i is only itself


def _placed_rules() -> list[base.Placed | base.LineTestedAtStart]:
    """Every rule of the deid recognizers tried at places (`Placed`, `LineTestedAtStart`) with a `regex` pattern (the
    modules are imported by the engine)."""
    import cancerprep.stages.deid.recognizers.registry  # noqa: F401  (imports every recognizer module)
    return [o for o in gc.get_objects() if isinstance(o, base.Placed | base.LineTestedAtStart)
            and isinstance(o.pattern, regex.Pattern)]


@pytest.fixture
def twins_at_once(monkeypatch) -> None:
    """Twins built at a rule's first call (`TWIN_AFTER` 0), not after 500 notes."""
    monkeypatch.setattr(base.Placed, "TWIN_AFTER", 0)
    monkeypatch.setattr(base.LineTestedAtStart, "TWIN_AFTER", 0)
    monkeypatch.setattr(base.Placed, "TWINS", True)
    monkeypatch.setattr(base.LineTestedAtStart, "TWINS", True)


def test_placed_rules_find_with_their_twins_what_the_regex_patterns_find(real_notes: tuple[str, ...],
                                                                          twins_at_once: None) -> None:
    rules = _placed_rules()
    twinned = [r for r in rules if base.stdlib_twin(r.pattern) is not None]
    assert len(twinned) >= 20 and any(isinstance(r, base.LineTestedAtStart) for r in twinned)
    texts = SENTENCES + list(rewrites(real_notes))
    matched = 0
    for text in texts:
        for rule in twinned:
            plain = [m.regs for m in rule.finditer(text)]  # (no timeout: the twin on an ASCII note)
            timed = [m.regs for m in rule.finditer(text, timeout=1e6)]  # (a timeout: the `regex` pattern)
            assert plain == timed, type(rule).__name__
            matched += len(plain)
    assert matched > 1000


def test_matcher_picks_the_twin_only_without_a_timeout(twins_at_once: None) -> None:
    rule = F._SORTED_FIELD
    assert isinstance(rule.matcher(None).__self__, stdre.Pattern)
    assert rule.matcher(5.0).func.__self__ is rule.pattern  # (the `regex` pattern under the note's timeout)
    kept = rule.pattern
    try:
        rule.pattern = regex.compile(r"\p{L}+")  # replaced: the matcher is built again (no twin for this one)
        assert rule.matcher(None).__self__ is rule.pattern
    finally:
        rule.pattern = kept
    assert isinstance(rule.matcher(None).__self__, stdre.Pattern)



def test_twin_is_built_only_after_the_rule_read_twin_after_notes(monkeypatch) -> None:
    monkeypatch.setattr(base.Placed, "TWIN_AFTER", 3)
    monkeypatch.setattr(base.Placed, "TWINS", True)
    rule = base.WordAnchored(("see",), regex.compile(r"(?i)see[ \t]+([A-Za-z]+)"))
    kinds = [type(rule.matcher(None).__self__) for _ in range(5)]
    assert kinds[:3] == [regex.Pattern] * 3 and kinds[3:] == [stdre.Pattern] * 2  # (a one-note run compiles none)
    assert [m.group(1) for m in rule.finditer("We see Ann; SEE Bo")] == ["Ann", "Bo"]
