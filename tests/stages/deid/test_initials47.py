"""Person slots take groups a vocabulary reads otherwise (deidfix47, issue 13): `initials_values._person_slot`.

Every line is invented; the groups are the project's own abbreviations and everyday words ("MS", "CM", "ES"), the
collisions `unknown_group` refuses.
"""

from __future__ import annotations

import pytest

from cancerprep.stages.deid import initials_of_names
from cancerprep.stages.deid.recognizers import initials_class
from cancerprep.stages.deid.recognizers import initials_values as iv
from tests.stages.deid.spans import values_marked


@pytest.mark.parametrize(("line", "group"), [
    ("Witness: MS", "MS"),  # a title elsewhere
    ("Verified by: CM", "CM"),  # case management elsewhere
    ("Nurse: ES", "ES"),
    ("Second verifier = CC", "CC"),  # an agent noun of a signing act
    ("Cosign: EM (attending)", "EM"),
    ("Pump settings checked by ES at 1400", "ES"),
    ("Consent co-signed by NTG", "NTG"),  # a drug's initialism: a signing act's agent is a person
    ("Belongings bag sealed, initials HT, witness BM.", "BM"),
    ("Valuables returned; witnessed ES", "ES"),
    ("Pharmacist (TA)", "TA"),
    ("Interpreter: AF", "AF"),
])
def test_person_slots_take_colliding_groups(line: str, group: str) -> None:
    assert not iv.unknown_group(group)  # a vocabulary reads it otherwise: only the person slot takes it
    assert group in values_marked(line)


@pytest.mark.parametrize("line", [
    "Route: PO", "Site checked: RA", "Dx: MS", "Status: NS", "Rhythm: AF",  # fields of codes or clinical values
    "Pt seen by GI", "confirmed by CT", "Checked by PET",  # a service or test is an act's agent
    "Plan per CM.", "per HL protocol", "complicated by AF.", "caused by MS",  # prose: clinical agents and causes
    "recheck BG at 0700", "reviewed HR", "checked BS", "administered ASA.", "witnessed VF",  # clinical objects
    "given 5 CC", "Jane Smith, RN", "Seen by Dr. Lee, MS", "He has MS.",  # a dose, credentials, a condition
    "Sensory: intact to LT/PP, bilaterally.", "He was seen by XYZ on May 3.",  # shorthand, a template's placeholder
    "Witness: RN", "Verified by: PO",  # never initials: credentials, routes
])
def test_clinical_values_and_prose_stay(line: str) -> None:
    assert values_marked(line) == []


def test_capital_lines_take_only_groups_that_are_no_everyday_word() -> None:
    assert values_marked("WITNESS: CM") == ["CM"]
    assert values_marked("WITNESS: BE") == []  # on a line of capitals an everyday word is the word
    assert values_marked("RN CM 1100") == []  # a bare role cue needs a line with case


def test_switch_off_gives_the_value_slots_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(iv, "PERSON_SLOTS", False)
    assert values_marked("Witness: MS") == []
    assert values_marked("Consent witnessed by ZJK") == ["ZJK"]  # an unknown group: the value slots take it as before


def test_person_words_come_from_role_and_signing_vocabularies() -> None:
    nouns, acts = iv.person_words()
    assert {"nurse", "pharmacist", "interpreter", "scribe", "witness", "verifier", "checker", "reviewer"} <= nouns
    assert {"by", "per", "verified", "co-signed", "witnessed"} <= acts
    assert not {"lt", "sgt", "route", "site"} & nouns  # short titles are shorthand; clinical labels name no person


def test_one_guard_of_value_slots_and_named_initials() -> None:
    assert initials_of_names.other_reading is iv.other_reading
    assert not hasattr(initials_of_names, "shorthand")
    for low in ("pd", "ned", "gy", "ib", "iiia", "mr", "son"):  # oncology, stages, titles, relations
        assert initials_class.not_initials(low) and iv.other_reading(low)
    assert not initials_class.never_initials("pd")  # the position classes' narrower list is unchanged
    assert not initials_class.not_initials("jw")
