"""The admin forms' gates and anchors (`admin_forms`): each pattern is searched only in the notes, or tried only at the
places, where a cheaper search says it can match. That must never change what it finds: checked on real notes
(PhysioNet dev, MTSamples, the sample) as written, in capitals and in small letters, against the bare pattern."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers import admin_forms
from cancerprep.stages.deid.recognizers.base import Anchored, Gated, WholeWords
from tests.stages.deid.spans import matches_as_bare


def _rules() -> list[tuple[str, Gated | Anchored]]:
    return [(name, rule) for name, rule in vars(admin_forms).items() if isinstance(rule, Gated | Anchored)]


def test_every_admin_pattern_but_the_plainest_is_gated_or_anchored() -> None:
    names = {name for name, _ in _rules()}
    assert {"_KIN_PARTY", "_FOR", "_PARTY_LABEL", "_CALLED_PT", "_INITIALS_AGE", "_DASH_SIGNATURE"} <= names


def test_a_gated_or_anchored_admin_pattern_finds_what_its_bare_pattern_finds(real_notes: tuple[str, ...]) -> None:
    texts = list(real_notes) + [t.upper() for t in real_notes[:600]] + [t.lower() for t in real_notes[:600]]
    texts += ["His widow, Ann Lee, signed. Grandson Bo Li has custody; son,Al Ro,\nSON-IN-LAW Al Ro HAS",
              "Called pt Ann to confirm. CALL PATIENT BO re: ride\nMember name: Lee, Ann M  DOB",
              "- Ann Lee, CTR\n-- Bo Li, RN, OCN\n#12: AL, 64 F, screen\nPatient Ann Lee was randomized",
              "Ride for Lee, Ann through Medicaid; records of Bo Li,\nSSN ending in 6789, ss# last 4: 1234",
              "Thank you,\u017f Ann\ndaughter\u212a Ann Lee has"]
    assert matches_as_bare(_rules(), texts) > 100


@pytest.mark.parametrize(("text", "absent"), [
    ("her son, Al", False), ("(son) called", False), ("SON-IN-LAW", False), ("the son's car", True),
    ("grandsons", True), ("stepson", True), ("son-ny", True), ("no kin here", True), ("son\u017f", False),
])
def test_a_whole_word_gate_opens_on_a_whole_word_only(text: str, absent: bool) -> None:
    gate = WholeWords({"son", "son-in-law", "fianc\u00e9"})
    assert gate.absent(text) is absent


def test_a_whole_word_gate_refuses_a_word_it_cannot_cut() -> None:
    with pytest.raises(ValueError):
        WholeWords({"son in law"})
