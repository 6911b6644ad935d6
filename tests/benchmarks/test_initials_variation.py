"""The named-person class of `initials_variation`: tuning forms only, the person's own initials as gold."""

from __future__ import annotations

from benchmarks.quality import initials_variation as iv
from benchmarks.quality.forms_probe import form_part


def test_named_templates_are_tuning_forms_naming_a_person() -> None:
    templates = iv._named_templates()
    assert templates
    assert all(form_part(t) == "tuning" and iv._NAMED_FORM.search(t) for t in templates)


def test_named_cases_are_seeded_and_hold_the_persons_initials() -> None:
    found, refusals = iv.named_cases(24, seed=5)
    assert (found, refusals) == iv.named_cases(24, seed=5)
    assert len(found) == 24 and len(refusals) == 6
    for text, gold, feats in found:
        (a, b), = gold
        letters = "".join(c for c in text[a:b] if c.isalpha())
        assert 2 <= len(letters) <= 3 and (letters.isupper() or letters.islower())
        assert feats["letters"] == str(len(letters)) and feats["held_out"] in ("True", "False")
        held = {v for v, _ in iv._NAMED_HELD}
        assert (feats["place"] in held) == (feats["held_out"] == "True")
    for text, (a, b) in refusals:
        assert text[a:b] in iv._SPELLED


def test_value_cases_are_seeded_invented_capitals_in_named_slots() -> None:
    found, refusals = iv.value_cases(30, seed=3)
    assert (found, refusals) == iv.value_cases(30, seed=3)
    assert len(found) == 30 and len(refusals) == 7
    held = {v for v, _ in iv._VALUE_HELD}
    for line, (a, b), feats in found:
        letters = line[a:b].replace(".", "")
        assert letters.isupper() and feats["letters"] == str(len(letters))
        assert feats["source"] in ("forms", "physionet", "mtsamples")
        assert (feats["slot"] in held) == (feats["held_out"] == "True")
    assert all(r in iv.REFUSALS and r in line for line, r in refusals)


def test_collide_cases_plant_colliding_groups_at_person_and_clinical_slots() -> None:
    from cancerprep.stages.deid.recognizers.initials_class import never_initials
    from cancerprep.stages.deid.recognizers.initials_values import unknown_group

    pool = iv.collision_pool()
    assert len(pool) > 300 and not any(never_initials(g.lower()) or unknown_group(g) for g in pool)
    person, clinical = iv.collide_cases(30, seed=4)
    assert (person, clinical) == iv.collide_cases(30, seed=4)
    assert len(person) == 30 and len(clinical) == 15
    held = {v for v, _ in iv._PERSON_HELD}
    for text, (a, b), feats in person:
        assert text[a:b] in pool and (feats["slot"] in held) == (feats["held_out"] == "True")
    for text, (a, b), feats in clinical:
        assert text[a:b] in pool and feats["slot"] in {v for v, _ in iv._CLINICAL_SLOTS}
