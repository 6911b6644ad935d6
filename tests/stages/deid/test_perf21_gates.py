"""The cheaper gates perf21 gave three rules (issue 18): periop `_ACT_DIRECT` tried only where an act, blanks and two or
three letters start (`Anchored`) instead of behind a case-blind `regex` gate; the backstop's role-paren and apposition
rules gated by their tails searched as `Folded` gates (over the lower-cased note, a capital the tail asks for read as
any letter). (perf21's stdlib gate for chart_tables `_LEGEND` went with that rule when deidfix35 merged the two legend
rules into initials_positions, whose gate reads accented letters.) Each must find exactly what the rule without the
layer finds: on written examples (present -> the same matches; the anchor or tail removed -> none from either) and on
real notes with upper- and lower-cased and flattened rewrites, with the examples also set inside notes."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers import backstop as B
from cancerprep.stages.deid.recognizers import periop_forms as P
from cancerprep.stages.deid.recognizers.base import Folded, WordAnchored
from tests.stages.deid.rewrites import found, rewrites


def _plain(rule: object, text: str) -> list[tuple[tuple[int, int], tuple]]:
    """The rule's own pattern over the whole note, no gate or anchor. For `_ACT_DIRECT`, the matches its recogniser
    reads: those opening on a signing word (its group 1; the recogniser drops the others), which is all perf29's
    `WordAnchored` layer tries."""
    found = [(m.span(), m.groups()) for m in rule.pattern.finditer(text)]
    return [f for f in found if f[1][0]] if rule is P._ACT_DIRECT else found


def _with_examples(notes: tuple[str, ...], examples: list[str]) -> list[str]:
    """Real notes with an example set in the middle of each of some (real notes seldom hold these forms' lines)."""
    return [n[:len(n) // 2] + "\n" + e + "\n" + n[len(n) // 2:]
            for n, e in zip(notes[::40], examples * 100, strict=False)]


# (a text the rule matches, the same text without what the layer looks for)
ACT_EXAMPLES = [
    ("Counts verified AB/CD, then closed", "Counts verified, then closed"),
    ("Consent signed AB.", "Consent signed."),
    ("Site marked JT  Timeout done 0812", "Site marked  Timeout done 0812"),
    ("Blood checked AB and CD @ 1400", "Blood checked @ 1400"),
    ("Counts VERIFIED AB\nclosed", "Counts VERIFIED\nclosed"),
]
ROLE_PAREN_EXAMPLES = [
    ("Spoke with Ann Lee (daughter of the patient) today", "Spoke with Ann Lee (of the patient) today"),
    ("Lee (RN) and Bo came", "Lee (ok) and Bo came"),
    ("Ann (pt's son and HCP) called", "Ann (pt's and) called"),
    ("MELBA (WIFE/POA) AT BEDSIDE", "MELBA (ALONE) AT BEDSIDE"),
]
APPOSITION_EXAMPLES = [
    ("Ann, her daughter, called", "Ann, her, called"),
    ("Ann Smith, the patient's sister, visited", "Ann Smith, the patient's, visited"),
    ("Bo Lee, Medical Records Specialist\n", "Bo Lee, Medical Records\n"),
    ("ANN, HER DAUGHTER, CALLED", "ANN, HER, CALLED"),
]
def test_the_layers_are_the_cheaper_kinds() -> None:
    assert isinstance(P._ACT_DIRECT, WordAnchored)
    assert isinstance(B._BEFORE_ROLE_PAREN.gate, Folded) and isinstance(B._BEFORE_APPOSITION.gate, Folded)


@pytest.mark.parametrize(("rule", "present", "missing"),
                         [(P._ACT_DIRECT, p, m) for p, m in ACT_EXAMPLES]
                         + [(B._BEFORE_ROLE_PAREN, p, m) for p, m in ROLE_PAREN_EXAMPLES]
                         + [(B._BEFORE_APPOSITION, p, m) for p, m in APPOSITION_EXAMPLES])
def test_examples_match_as_the_plain_rule(rule: object, present: str, missing: str) -> None:
    got = found(rule, present)
    assert got == _plain(rule, present)
    # an act with no signing word ("Site marked JT") is found by the pattern but read by no recogniser: not tried
    assert got or (rule is P._ACT_DIRECT and not any(m.group(1) for m in rule.pattern.finditer(present))
                   and list(rule.pattern.finditer(present)))
    assert found(rule, missing) == [] == _plain(rule, missing)


def test_look_alikes_stay_unmatched() -> None:
    """What the rules refuse is still refused: an act before a word of capitals that is a clinical abbreviation
    closing nothing ("placed NG tube"), a bracketed word that is no role, a comma before a plain noun."""
    for rule, text in ((P._ACT_DIRECT, "placed NG tube"), (P._ACT_DIRECT, "placed RUQ drain"),
                       (B._BEFORE_ROLE_PAREN, "Lasix (furosemide) given"),
                       (B._BEFORE_APPOSITION, "stable, wife at bedside")):
        assert found(rule, text) == [] == _plain(rule, text)


def test_non_ascii_notes_are_searched_whole() -> None:
    """A Folded gate or an anchor never rules out a note with other characters: the rule runs as before there."""
    for rule, text in ((P._ACT_DIRECT, "Zoë: consent signed AB."), (B._BEFORE_ROLE_PAREN, "Zoë Lee (RN) came"),
                       (B._BEFORE_APPOSITION, "Zoë, her daughter, called")):
        assert found(rule, text) == _plain(rule, text) != []


@pytest.mark.parametrize(("rule", "examples"), [(P._ACT_DIRECT, ACT_EXAMPLES),
                                                (B._BEFORE_ROLE_PAREN, ROLE_PAREN_EXAMPLES),
                                                (B._BEFORE_APPOSITION, APPOSITION_EXAMPLES)])
def test_equals_the_plain_rule_on_real_notes(rule: object, examples: list[tuple[str, str]],
                                             real_notes: tuple[str, ...]) -> None:
    texts = rewrites(real_notes) + _with_examples(real_notes, [p for p, _ in examples])
    assert sum(bool(_plain(rule, t)) for t in texts) > 10
    for t in texts:
        assert found(rule, t) == _plain(rule, t)
