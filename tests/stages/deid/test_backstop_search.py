"""The backstop's and the address recogniser's cheaper searches (issue 18): a pattern searched only in the notes, or on
the lines, where a cheaper search says it can match, the caseless organisation rules' narrower line tests, the slots'
after-patient matches kept per note and `verb_form` kept per word. None may change what is found: each is compared with
the plain search on real notes (PhysioNet dev, MTSamples, the sample) as written, in capitals and in small letters, and
on hand-written look-alikes."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers import address, backstop, context, person_frames, person_slots
from cancerprep.stages.deid.recognizers.base import Gated, Lined, LineTested
from tests.stages.deid.spans import bare_pattern

# (module, name) of each pattern given a gate or a line anchor in front of it
_SEARCHES = [(person_frames, "_ROLE_OWNER"), (person_frames, "_SORTED_START"), (person_frames, "_LABEL_SUBJECT"),
             (person_frames, "_SALUTATION_INLINE"), (person_frames, "_BY_INITIALS"),
             (backstop, "_BEFORE_APPOSITION"), (backstop, "_BEFORE_CREDENTIAL"), (backstop, "_BEFORE_POSSESSIVE"),
             (address, "_LEGAL_AFTER_NAMES")]

_LOOK_ALIKES = [
    "Dr. Lee's nurse called. LEVIN'S TEAM aware; the pt's wife and Ruiz\u2019s daughter\nO'Brien's office",
    "Lee, Ann M\nLEE , ANN\nlee,ann  2/3\n  Lee, Ann   MRN\nZo\u00eb, Ann R\n",
    "Impression: Mickey has pain\nNURSING NOTE: LANE AMBULATED\nPlan: Ann Lee was seen\nA B C: ann is",
    "Hi Ann, your labs look stable. Reply: Hello Ngozi, call us.\nhi ann,see you\nDear Bo,",
    "Visit by SC, RN\nseen by LB, LPN. by AL,MD-\nby Ab, R.N.",
    "Ann, her daughter, and Bo Li, the patient's sister; Stable, wife at bedside.\nHope, our nurse navigator.\n"
    "ANN, HIS WIFE, CALLED\nann, her son,",
    "H. HUNT, LPN\nMary Hulse, RN-BC\nivs, PA line\nAl Hood,rn\n",
    "diamond, leland's mother; Smith's wife; SMITH'S SON; smith\u2019s son\n",
    "Hale & Ruiz, P.C. and Lee LLC; Ruiz, Hale and Sons, L.L.C.; PLLC; Inc. P. C.; LLP\nSIMV, PC",
    "Thank you,\u017f Ann\ndaughter\u212a Ann Lee's son; Ann, her \u017fon,",
]


def _texts(real_notes: tuple[str, ...]) -> list[str]:
    return (list(real_notes) + [t.upper() for t in real_notes[:700]] + [t.lower() for t in real_notes[:700]]
            + _LOOK_ALIKES + [t.upper() for t in _LOOK_ALIKES] + [t.lower() for t in _LOOK_ALIKES])


def test_the_cheaper_searches_stand_in_front_of_the_patterns() -> None:
    assert all(isinstance(getattr(module, name), Gated | Lined) for module, name in _SEARCHES)


def test_a_gated_or_lined_pattern_finds_what_its_bare_pattern_finds(real_notes: tuple[str, ...]) -> None:
    found = 0
    for text in _texts(real_notes):
        for module, name in _SEARCHES:
            rule = getattr(module, name)
            got = [m.regs for m in rule.finditer(text)]
            assert got == [m.regs for m in bare_pattern(rule).finditer(text)], name
            found += len(got)
    assert found > 1000


def test_the_caseless_organisation_rules_find_on_their_narrower_lines_what_every_caseless_line_gives(
        real_notes: tuple[str, ...]) -> None:
    rules = address.caseless_org_rules()
    assert {rule.test for rule, *_ in rules} == {address._caseless_org_line, address._caseless_ward_line}
    texts = [
        *_texts(real_notes),
        "transferred from pleasant valley ed\nAT LAKESHORE GENERAL LAST WEEK\nrecords from oakvale medical center",
        "seen at st. mary's hospital-based clinic\nfrom the riverside health, then\nto caf\u00e9 g\u00e9n\u00e9ral ed",
        "paged @ summit general this am\nvia harbor view er.\nin icu-based care\nfrom mercy hospitals",
    ]
    found = 0
    for rule, *_ in rules:
        every_caseless_line = LineTested(address._caseless_line, rule.pattern)
        for text in texts:
            got = [m.regs for m in rule.finditer(text)]
            assert got == [m.regs for m in every_caseless_line.finditer(text)]
            found += len(got)
    assert found > 100


@pytest.mark.parametrize(("line", "kept"), [
    ("records from oakvale medical center", True), ("RECORDS FROM OAKVALE MEDICAL CENTER", True),
    ("records from Oakvale Medical Center", False),  # a line with case: the other rules' line
    ("pain in the centerline", False), ("no organisation word here", False),
    ("from caf\u00e9 ed", True),  # a line with other letters is searched whole
])
def test_an_organisation_line_needs_its_head_word_after_a_blank(line: str, kept: bool) -> None:
    assert address._caseless_org_line(line) is kept


def test_the_after_patient_matches_kept_per_note_are_the_scan_s(real_notes: tuple[str, ...]) -> None:
    for text in list(real_notes[:400]) + _LOOK_ALIKES + ["pt Hensley's SNF bed; PATIENT OKAFOR AGREES; pt: x"]:
        kept = person_slots._after_patient(text)
        assert [m.regs for m in kept] == [m.regs for m in person_slots._AFTER_PATIENT.finditer(text)]
        assert person_slots._after_patient(text) is kept  # read once, by all three slots


@pytest.mark.parametrize("word", ["reports", "REPORTS", "called", "was", "tolerating", "clips", "studies",
                                  "planned", "Ann", "hopping", "x", ""])
def test_a_verb_form_kept_per_word_answers_as_it_is_computed(word: str) -> None:
    assert context.verb_form(word) is context.verb_form.__wrapped__(word)
