"""Initials by structural slot (issue #13): a cell of their own among dates, times and doses; the last group of a line
or clause after a time, date, number or dash; a short field's value whose label names no field of codes; beside a
role or credential. Each judged by "not known safe = removed" against a broad vocabulary. Lines invented for this
test (letters such as QZ, VKW, ØL that no abbreviation uses), none taken from a benchmark form; every slot has
look-alikes that must stay: clinical abbreviations, units, routes, rhythms, drug initialisms, state codes, lab flags,
section headers and a blood type."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.engine import DeidConfig, Deidentifier
from cancerprep.stages.deid.recognizers.initials_slots import known_safe, mark_ok, slots_spans
from tests.stages.deid.spans import in_note


def _found(line: str) -> set[str]:
    text = in_note(line)
    return {text[a:b] for a, b, kind, _ in slots_spans(text) if kind == "NAME"}


@pytest.mark.parametrize(("line", "initials"), [
    # a cell of its own in a row of dates, times, doses
    ("warfarin | 5 mg | 1700 | QZ", {"QZ"}),
    ("04/11/2024\t0630\t12 units\tVKW", {"VKW"}),
    ("Bolus    2/9/23    250 mL    ZJ/JQ", {"ZJ", "JQ"}),
    ("ZW | 2215 | 8 mg", {"ZW"}),
    # the last group of a line or clause after a time, date, number (with its unit) or a dash
    ("Foley emptied 0340 QJ", {"QJ"}),
    ("Port accessed 6/2/2022 XKV.", {"XKV"}),
    ("Tylenol 650 mg YQ; pain reassessed", {"YQ"}),
    ("Bed alarm on - WZ", {"WZ"}),
    ("Wound photo taken #4 KX", {"KX"}),
    # a short field whose label names no field of codes
    ("Proofread: ZQ", {"ZQ"}),
    ("Scheduler = VHK", {"VHK"}),
    ("Pickup 1100; Dispatcher: QW", {"QW"}),
    ("Transcribed: Q.Z.", {"Q.Z."}),
    # beside a role or credential, either way round
    ("RN WQ at bedside for transfer", {"WQ"}),
    ("Relieved at lunch by KZ, LPN", {"KZ"}),
    ("Second check XJ (CRNA)", {"XJ"}),
    ("tech: ZVK", {"ZVK"}),
    # an accented initial
    ("Saline lock flushed 1915 ØL", {"ØL"}),
    # small letters on a line with case: a dash's mark, a field's value, a cell of its own
    ("Barcode would not scan - qz", {"qz"}),
    ("Reviewer: jkw", {"jkw"}),
    ("Insulin | 0630 | 12 units | vw", {"vw"}),
    # a pair after a count
    ("Sponge count 10/10 QZ KW", {"QZ", "KW"}),
])
def test_initials_in_structural_slots(line: str, initials: set[str]) -> None:
    assert initials <= _found(line)


@pytest.mark.parametrize("line", [
    # rows of a table holding codes, flags and abbreviations, not marks
    "Sodium | 131 | mmol/L | LL",
    "3/4/2024 | CT | LUQ",
    "0800\tNS\t100 mL",
    "Rhythm | 0800 | SR",
    "2/2/22 | EKG | NSR",
    "Norco | 5 mg | PO",
    # a line's end after a number that is a unit, a route, a rhythm, a device, a service or a state
    "BP 118/74 RA",
    "HR 92 SR",
    "Given 40 mEq",
    "Stool x1 BM",
    "Return to clinic in 2 wks",
    "Tumor board 6/1/2023 ED",
    "Mailing address: 12 Elm St, Springfield IL",
    "JP drain output 30 mL - JP",
    "Urine output 200 mL UOP",
    "Pupils 3 mm PERRL",
    "Admitted 2/2/2022 ICU",
    "Patient moved - OOB",
    # the same groups in the text of a line, not its end; the end of a sentence of prose, not of a log's entry
    "Dose given at 0900 AB with juice",
    "The fascia was closed with running 0 looped suture and the skin with staples and 3-0 PDS.",
    "Output noted, about 45 cc/hr. CYU.",
    "History of DM2, HLD.",
    # a word going on after a role written as a word, a dietitian's credentials, a template's placeholder
    "Please see the charge nurse NCS checklist",
    "Nutrition: Q, RD, LDN",
    "Sincerely, XYZ, MD",
    # fields of codes: route, rhythm, site, blood type, diagnosis, state, section headers
    "Route: IV",
    "Rhythm: AF",
    "Site: RA",
    "Blood type: AB",
    "Dx: MS",
    "State: MA",
    "Code status: DNR",
    "HPI: CP",
    "ABO/Rh: AB",
    "Diet: NPO",
    # beside a role: a service, a place, a credential, the word's own letters
    "ICU RN at bedside",
    "ED MD aware",
    "Jane Doe, BSN, RN",
    "PT OT consults",
    "RN to RN report",
    # small letters: everyday words, units, routes, findings
    "Dressing changed - ok",
    "Sent home - to",
    "Mood: ok",
    "Site: ra",
    "given 5 mg - po",
    "Temp 38.1 ax",
    # abbreviations in brackets (no slot here)
    "History of chronic kidney disease (CKD).",
    "Jugular venous distension (JVD) noted.",
    "Plan: proceed with radioactive iodine (RAI).",
    "PREOPERATIVE DIAGNOSIS (ES): see below, and more",
    "Anesthesia: local with sedation (MAC).",
    "Sats 94% on 2L, lungs BBR",
    "O2 sats 90-95% LS BBR",
    # a line without case: capitals prove nothing
    "FOLEY EMPTIED 0340 QJ",
    "foley emptied 0340 qj",
])
def test_look_alikes_in_slots_stay(line: str) -> None:
    assert not _found(line)


def test_the_safe_vocabulary_is_broad() -> None:
    safe = known_safe()
    # units, routes, sig shorthand, tests, services, state codes, credentials, lab flags, drug initialisms
    for group in ("mg", "po", "bid", "cbc", "icu", "ny", "tx", "rn", "cna", "hh", "wks", "asa", "hctz", "hpi"):
        assert group in safe, group
    assert len(safe) > 1000


def test_the_judge() -> None:
    assert mark_ok("QZ") and mark_ok("VKW") and mark_ok("Q.Z.") and mark_ok("ÉL")
    assert not mark_ok("CT") and not mark_ok("PA") and not mark_ok("Qz") and not mark_ok("ABCD")
    assert not mark_ok("THE") and not mark_ok("AND")  # everyday words of three capitals
    assert mark_ok("CT", "signed") is False  # a test after a role's slot stays ("signed" refuses agents too)


def test_the_engine_registers_the_slots() -> None:
    text = in_note("Central line dressing changed 2/4/2024 QZ")
    spans = Deidentifier(DeidConfig()).analyze(text)
    start = text.index("QZ")
    assert any(s.start <= start < s.end and s.entity_type == "NAME" for s in spans)
