"""perf28's cheaper layers in the world names, the initials positions and the names backstop (issue 18), each exact:
rules opening on a vocabulary word tried only where its first run stands whole (`WordAnchored` with `first_runs`) or
where a run opens with its head (`RunPrefixed` with `literal_heads`) or before such a word (`BackAnchored`), two
frames' gates searched by `regex`, gates asked of the note's runs (`AlnumWords`), gates ending on a rare mark
searched backwards (`ReversedFolded`, `AnyFolded`), and the backstop's label search asked only where `may_be_label`
holds. Each must find exactly what the rule without the layer finds: on written examples (present -> the same non-
empty matches; the tell removed -> the same) and on real notes with upper- and lower-cased and flattened rewrites,
with the examples also set inside notes."""

from __future__ import annotations

import itertools

import pytest
import regex as re

from cancerprep.stages.deid.recognizers import backstop as B
from cancerprep.stages.deid.recognizers import initials_positions as I
from cancerprep.stages.deid.recognizers import person_frames as F
from cancerprep.stages.deid.recognizers import world_names as W
from cancerprep.stages.deid.recognizers.base import (
    AlnumWords,
    AnyFolded,
    BackAnchored,
    Folded,
    ReversedFolded,
    RunPrefixed,
    WordAnchored,
    first_runs,
    literal_heads,
)
from cancerprep.stages.deid.recognizers.tokens import tokenize
from tests.stages.deid.rewrites import found, plain, rewrites, with_examples

# (rule, a text the rule matches, the same text without what the layer looks for)
EXAMPLES = [
    (W._KIN_NAME, "Baby Gyongyi to NICU this am", "Gyongyi to NICU this am"),
    (W._KIN_NAME, "FOB Katica present at delivery", "Katica present at delivery"),
    (W._KIN_NAME, "her son-in-law Rabi is aware", "her Rabi is aware"),
    (W._SUBJECT, "Ngozi is drowsy but arousable.", "Ngozi is fine."),
    (W._SUBJECT, "- Okafor ran out of meds", "- Okafor out of meds"),
    (W._SUBJECT, "Pt seen. Ama in bed 4 resting", "Pt seen. Ama 4 resting"),
    (W._SUBJECT, "note 0800 Ann Lee asleep", "note 0800 Ann Lee"),
    (W._SUBJECT, "x\n* Ann Lee very drowsy", "x\n* Ann Lee very"),
    (W._SUBJECT, "Plan: Ama-Li O'Neil in the chair", "Plan: Ama-Li O'Neil in the"),
    (W._LAST_FIRST_I, "SUBJECT: Nkansa Mahmud A - call", "SUBJECT Nkansa Mahmud A - call"),
    (I._FIELD, "Sig: AB", "Sig AB"),
    (I._FIELD, "R.Ph. = CD  tech: EF", "R.Ph. CD  tech EF"),
    (I._FIELD, "co-signer - GH", "co-signer GH"),
    (I._NUMBERED, "RN 2: AB", "RN: AB"),
    (I._ROLE_VISIT, "HHA AB 0800-1000 bath", "HHA AB bath"),
    (I._ROLE_SLASH, "checked RN/AB", "checked RN AB"),
    (I._ROLE_SLASH, "given AB/LPN", "given AB LPN"),
    (I._SIGN_OFF, "-- AB\n", "AB\n"),
    (I._SIGN_OFF, "~ AB/cd\n", "AB cd\n"),
    (I._HANDOFF, "report given to AB.", "given to AB."),
    (I._HANDOFF, "hand-off from CD", "from CD"),
    (I._ACT, "administered by AB", "the AB"),
    (I._ACT, "double-checked AB", "double AB"),
    (I._ACT, "givenAB at 0800", "xAB at 0800"),
    (I._ACT, "labelled: CD", "label: CD"),
    (I._CLAUSE_END, "PA submitted via portal AB; next", "PA via portal AB; next"),
    (I._CLAUSE_END, "re-faxed to office -AB", "to office -AB"),
    (I._CLAUSE_END, "e-prescribed to CVS AB", "to CVS AB"),
    (B._BEFORE_POSSESSIVE, "Smith's wife called", "Smith wife called"),
    (B._BEFORE_POSSESSIVE, "diamond, leland's significant other", "diamond, leland's other"),
    (B._BEFORE_APPOSITION, "Ann, her daughter, at bedside", "Ann, her at bedside"),
    (B._BEFORE_APPOSITION, "Ann Lee, Medical Records Specialist, called", "Ann Lee, Medical Records, called"),
    (B._BEFORE_APPOSITION, "Bo, the patient's son-in-law, here", "Bo, the patient's here"),
    (F._FIRST_INITIAL_LAST, "seen by Cody A. Hutton today", "seen by Cody A Hutton today"),
    (F._PAREN_NICKNAME, "Robert (Bob) Smith called", "Robert Bob Smith called"),
]
RULES = list(dict.fromkeys(rule for rule, _, _ in EXAMPLES))


def _bare(rule: object, text: str) -> list[tuple[tuple[int, int], tuple]]:
    """What the rule's bare pattern finds (no gate, no anchor)."""
    return [(m.span(), m.groups()) for m in plain(rule).finditer(text)]


def test_the_layers_are_the_cheaper_kinds() -> None:
    assert isinstance(W._KIN_NAME, WordAnchored)
    assert isinstance(W._SUBJECT.gate, AlnumWords) and isinstance(I._HANDOFF.gate, AlnumWords)
    assert isinstance(W._SUBJECT.pattern, BackAnchored)
    assert isinstance(B._BEFORE_POSSESSIVE.gate, AlnumWords) and isinstance(B._BEFORE_APPOSITION.gate, AlnumWords)
    for rule in (W._LAST_FIRST_I, I._FIELD, I._NUMBERED, I._ROLE_VISIT, I._SIGN_OFF):
        assert isinstance(rule.gate, ReversedFolded)
    assert isinstance(I._ROLE_SLASH.gate, AnyFolded)
    assert isinstance(I._ACT, RunPrefixed) and isinstance(I._CLAUSE_END, RunPrefixed)
    assert isinstance(F._FIRST_INITIAL_LAST.gate, re.Pattern) and isinstance(F._PAREN_NICKNAME.gate, re.Pattern)


@pytest.mark.parametrize(("rule", "present", "missing"), EXAMPLES)
def test_examples_match_as_the_plain_rule(rule: object, present: str, missing: str) -> None:
    assert found(rule, present) == _bare(rule, present) != []
    assert found(rule, missing) == _bare(rule, missing)


@pytest.mark.parametrize("rule", RULES)
def test_equals_the_plain_rule_on_real_notes(rule: object, real_notes: tuple[str, ...]) -> None:
    examples = [(p, q) for r, p, q in EXAMPLES if r is rule]
    for text in rewrites(real_notes) + with_examples(real_notes, examples):
        assert found(rule, text) == _bare(rule, text)


def test_first_runs_and_heads() -> None:
    assert first_runs(["son-in-law", "went over", "Dtr", "fiancée"]) == {"son", "went", "dtr"}
    with pytest.raises(ValueError):
        first_runs(["ſon"])  # a long s folds to "s": it could match an ASCII note
    assert literal_heads(r"labell?ed|re-?faxed|witness(?:ed)?|authori[sz]ed|r\.?ph") == {
        "label", "re", "witness", "authori", "r"}
    with pytest.raises(ValueError):
        literal_heads(r"(?:a|b)c|d")


def test_reversed_gates_answer_as_forward_ones(real_notes: tuple[str, ...]) -> None:
    sources = [(r"(?:sig|signer|r\.?ph\.?|co-?sign)[ \t]*[:=-]", 0), (r"(?m)^[ \t]*(?:--|[-~][ \t]*[a-z]{2,3}/)", 0),
               (r"\b(?:subject|pt)[ \t]*:", 0), (r"(?m)rm\.?[ \t]*#?\d$", 0), (r"^[ \t]*dear\b", 0)]
    texts = [*real_notes[::9], "Sig: AB", "x\n-- AB\nz", "~ab/ x", "SUBJECT: X", "in rm #4", "Dear Ann", "sig AB"]
    for source, flags in sources:
        forward, backward = Folded(source, flags), ReversedFolded(source, flags)
        for text in texts:
            assert backward.absent(text) == forward.absent(text)
            assert backward.absent(text, 3) == forward.absent(text, 3)  # from a later place: as `Folded`
    assert not ReversedFolded(r"sig:").absent("Sig: AB") and ReversedFolded(r"sig:").absent("Sig AB")
    assert not ReversedFolded(r"sig:").absent("Sıg: ab")  # another character: never gated
    for source in (r"sig(?=:)", r"(?<=x)sig:", r"sig:$", r"(a)\1"):
        with pytest.raises(ValueError):
            ReversedFolded(source)


def test_any_folded_holds_where_a_part_holds() -> None:
    gate = AnyFolded(Folded(r"/[ \t]*rn(?![a-z])"), ReversedFolded(r"rn[ \t]*/"))
    for text, absent in (("RN/AB", False), ("AB / rn", False), ("rnx/", True), ("/rnx", True), ("turn / x", False)):
        assert gate.absent(text) is absent


def test_run_prefixed_places_runs_opening_on_a_head() -> None:
    rule = I._ACT
    for text in ("givenAB 0800", "re given AB.", "X given: CD", "forgiven AB", "1given AB", "GIVEN BY AB"):
        assert found(rule, text) == _bare(rule, text)
    assert found(rule, "forgiven AB") == []


# labels `_LABEL` takes, and separators it allows after them
_LABELS = ["Attending physician", "Surgeon", "Assistants", "Co-surgeon", "Primary care physician", "Referring provider",
           "Patient name", "Pt. name", "Circulating nurse", "Scrub tech", "Case manager", "Social worker", "MA",
           "Next of kin", "Health care proxy", "Responsible party", "Copy to", "Dear", "Nurse practitioner",
           "Physical therapist", "Medical decision maker", "Transferring MD", "Transferring M.D.",
           "Attending on accepting service", "Physician of record", "Physician(s) of record", "PA-C", "PA-Cs",
           "Oncologists", "Pediatrician(s)", "Spouse name", "Name of person giving consent", "Alternate care agent",
           "RN 2", "Nurse #1", "Dictated by", "Signed out by", "Dictated but not read by",
           "Electronically signed and attested by", "Caller", "NOK", "Historian", "Copies", "Re", "Witnesses"]
_SEPARATORS = [":", " -", "|", " =", " :", "\t|", ":\n", ": ", " - \n"]


def test_may_be_label_holds_wherever_the_label_matches(real_notes: tuple[str, ...]) -> None:
    strings = [case(before + label + sep) for label, sep, before, case in itertools.product(
        _LABELS, _SEPARATORS, ["", "x\n", "Note:  ", "a; "], [str, str.upper, str.lower])]
    windows = []
    for text in real_notes[::5]:
        toks = tokenize(text)
        windows += [text[max(0, toks[i].start - 48):toks[i].start] for i in range(1, len(toks))
                    if toks[i - 1].low in B._LABEL_ENDS]
    matched = [s for s in strings + windows if B._LABEL.search(s)]
    assert len(matched) > 1000
    assert all(B.may_be_label(s) for s in matched)
    # most strings of real notes after a colon or dash are no label, and the test refuses them
    assert sum(map(B.may_be_label, windows)) < len(windows) // 4
    for s in ("BP:", "Plan -", "Neuro:\n", "followed by", "Labs =", "standby:"):
        assert not B.may_be_label(s) and not B._LABEL.search(s)
    assert B.may_be_label("Nurse °:")  # another character: always searched
