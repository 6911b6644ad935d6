"""perf40's cuts (issue 18: the backstop's cost), each pinned against what it replaced: `_namey` kept per word and cue,
the slots' `_census_word` and `_person_verb_form` kept per word, `may_be_label`'s last run cut by `rstrip` and its
serving-role scan gated. (Its stdlib twins of the rules tried at places were deleted by perf43: test_twins.py.)"""

from __future__ import annotations

import re as stdre

from cancerprep.stages.deid.recognizers import backstop as B
from cancerprep.stages.deid.recognizers import person_slots as S
from cancerprep.stages.deid.recognizers import tokens
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
