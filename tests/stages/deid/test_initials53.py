"""Marks listed together (deidfix53, issue 13): `initials_values._listed` reads two or three groups joined by ",",
"/", "&" or "and" as one value, and the generator's `list_cases`. Every line is invented; the colliding groups are
the project's own abbreviations and everyday words."""

from __future__ import annotations

import pytest

from benchmarks.quality import initials_variation as gen
from cancerprep.stages.deid.recognizers import initials_values as iv

HEAD = "Patient seen in clinic today, doing well.\n"


def _marks(line: str, switch: str, on: bool) -> list[str]:
    """The marks `initials_values` finds in `line` (after a plain first line) with class `switch` on or off."""
    text = HEAD + line + "\n"
    shipped = getattr(iv, switch)
    setattr(iv, switch, on)
    try:
        return sorted({text[s:e] for s, e, _, _ in iv.values_spans(text)})
    finally:
        setattr(iv, switch, shipped)


def marked(line: str, lists: bool = True) -> list[str]:
    return _marks(line, "LISTS", lists)


@pytest.mark.parametrize(("line", "groups"), [
    ("Waste witnessed: JQ, DP", ["DP", "JQ"]),  # an unknown group beside one a vocabulary reads (dorsalis pedis)
    ("Insulin dose double-checked by XKW / ES", ["ES", "XKW"]),
    ("Dressing changed - ZQ, AH", ["AH", "ZQ"]),
    ("Witnessed by: ES and KY", ["ES", "KY"]),  # a person slot (a state code, a section): no unknown group
    ("Pump rate verified: QV & ES", ["ES", "QV"]),
    ("Counts correct: JQW, XZ, ES", ["ES", "JQW", "XZ"]),
])
def test_listed_marks_are_taken(line: str, groups: list[str]) -> None:
    assert marked(line) == groups


def test_the_list_class_only_adds_the_listed_colliding_groups() -> None:
    # off: the group that closes the slot alone, as before the class; on: its listed partner too
    assert "DP" not in marked("Waste witnessed: JQ, DP", lists=False)
    assert "DP" in marked("Waste witnessed: JQ, DP")


@pytest.mark.parametrize("line", [
    "Labs: CBC, BMP",
    "Dx: HTN, DM",
    "Hx: CAD, HLD, GERD",
    "Allergies: PCN, ASA",
    "Mass confirmed by CT/MRI",  # a person slot's list of tests
    "Site assessed - LUQ, RLQ",
    "Given 12 mg, 3 CM",
    "Route: PO / IV",
    "Pt c/o SOB, DOE",
    "PT/RSD",  # a list holding a group no position makes initials is no list of marks
])
def test_clinical_lists_stay(line: str) -> None:
    assert marked(line) == []


def test_list_cases_are_seeded_with_gold_per_group_and_clinical_refusals() -> None:
    from cancerprep.stages.deid.recognizers.initials_class import clinical_abbreviations

    found, refusals = gen.list_cases(30, seed=6)
    assert (found, refusals) == gen.list_cases(30, seed=6)
    assert len(found) == 30 and len(refusals) == 10
    held = {v for v, _, _ in gen._LIST_HELD}
    pool = set(gen.collision_pool())
    for line, spans, feats in found:
        assert (feats["slot"] in held) == (feats["held_out"] == "True")
        assert len(spans) == int(feats["groups"]) and spans[0][2] == "unknown"
        for a, b, kind in spans:
            assert line[a:b].isupper() and (kind == "unknown" or line[a:b] in pool)
    clinical = clinical_abbreviations()
    for line, (a, b), slot in refusals:
        assert slot in {v for v, _, _ in gen._LIST_SEEN + gen._LIST_HELD}
        assert all(w.lower() in clinical for w in line[a:b].replace("&", " ").replace("/", " ").replace(
            ",", " ").replace(" and ", " ").split())


def small(line: str, on: bool = True) -> list[str]:
    return _marks(line, "SMALL", on)


@pytest.mark.parametrize(("line", "groups"), [
    ("Charted by qw", ["qw"]),
    ("Bag hung - zk", ["zk"]),
    ("Dressing changed /qw", ["qw"]),
    ("Dressing changed. qw/zk", ["qw", "zk"]),
    ("Rate lowered per vqx", ["vqx"]),
])
def test_small_marks_closing_a_cased_line(line: str, groups: list[str]) -> None:
    assert small(line) == groups
    assert small(line, on=False) == []


@pytest.mark.parametrize("line", [
    "Seen by me", "Call if worse - ok", "Rate 4 mL /hr", "Given per os", "Reviewed by pt", "Confirmed by ct",
    "Weight 70 kg. bmi/bsa", "Tolerated well - see", "charted by qw",  # the last: a line without case
    "Plan discussed. pt/qw",  # a slash pair: both marks or neither
])
def test_small_words_and_shorthand_stay(line: str) -> None:
    assert small(line) == []


def test_small_cases_are_seeded_small_letters_with_refusals() -> None:
    found, refusals = gen.small_cases(20, seed=8)
    assert (found, refusals) == gen.small_cases(20, seed=8)
    assert len(found) == 20 and len(refusals) == 6
    held = {v for v, _ in gen._SMALL_HELD}
    for line, (a, b), feats in found:
        assert line[a:b].islower() and feats["letters"] == str(b - a)
        assert (feats["slot"] in held) == (feats["held_out"] == "True")
    assert all(line[a:b] in gen._SMALL_WORDS for line, (a, b), _ in refusals)
