"""The generated variation of the blind de-identification families' tuning forms
(`benchmarks.quality.deid_variation`): its rewrites are deterministic, keep the gold marks around the identifier,
change only what they say, and read tuning forms only."""

from __future__ import annotations

import random

from benchmarks.quality import deid_variation as dv
from benchmarks.quality.forms_probe import form_part, render


def test_variants_are_deterministic_and_from_tuning_forms_only() -> None:
    forms = dv.tuning_forms(["admin"])
    assert forms and all(form_part(t) == "tuning" for _, t in forms)
    first, second = dv.variants(forms), dv.variants(forms)
    assert first == second
    assert {name for name, _, _ in first} <= set(dv.REWRITES)
    # every variant keeps a gold span, and only person or organisation forms are rewritten
    assert all("[[" in t and "]]" in t for _, _, t in first)
    assert all(forms[i][0] in dv.PERSON_KINDS + dv.ORG_KINDS for _, i, _ in first)


def test_label_rewrites_keep_the_value() -> None:
    t = "Guarantor: [[{F2} {L}]] (father)"
    sep = dv.separator(t, "RELATIVE")
    assert sep.startswith("Guarantor") and sep.endswith("[[{F2} {L}]] (father)")
    assert sep[len("Guarantor"):-len("[[{F2} {L}]] (father)")] in dv._SEPARATORS
    assert dv.label_wrap(t, "RELATIVE") == "Guarantor:\n[[{F2} {L}]] (father)"
    new = dv.label(t, "RELATIVE")
    assert new != t and new.endswith(": [[{F2} {L}]] (father)") and new.split(":")[0] in dv._LABELS["RELATIVE"]
    # a form with no label is left as it is
    assert dv.label("Per son [[{F2}]], pt is tired.", "RELATIVE") == "Per son [[{F2}]], pt is tired."


def test_name_order_title_and_sentence() -> None:
    assert dv.sorted_name("Pt: [[{F} {L}]] | DOB", "PATIENT") == "Pt: [[{L}, {F} {M}.]] | DOB"
    assert dv.sorted_name("Re: [[{L}, {F} {M}]]", "PATIENT") == "Re: [[{F} {L}]]"
    assert dv.title("Attending: Dr. [[{F3} {L3}]]", "STAFF") == "Attending: [[{F3} {L3}]]"
    assert dv.title("[[{F3} {L3}]], PharmD -- review", "STAFF") == "[[{F3} {L3}]] -- review"
    assert dv.title("Called [[{F} {L}]] today.", "STAFF") == "Called Dr. [[{L}]] today."
    s = dv.sentence("Name of patient: [[{F} {L}]]", "PATIENT")
    assert "[[{F} {L}]]" in s and s.replace("[[{F} {L}]]", "{G}") in dv._SENTENCES["PATIENT"]


def test_org_shapes_render_with_an_initialism() -> None:
    t = dv.org_shape("Outside facility: [[{HOSP} Regional Hospital]]", "HOSPITAL")
    assert t != "Outside facility: [[{HOSP} Regional Hospital]]" and "[[" in t
    line, gold = render(t.replace("{INIT}", dv._initialism(random.Random(1))), random.Random(2))
    assert gold and "{" not in line
