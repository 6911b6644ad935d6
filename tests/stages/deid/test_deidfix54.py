"""Signers' initials in log rows and after a typed dash, patients in a row's cells (deidfix54, issue 13;
`benchmarks.quality.signer_variation`): `chart_tables`' timed rows judged a row at a time, the double hyphen and em
dash before a closing mark (`chart_tables`, `initials_slots`), and `field_cells`' keyed and sorted-pair cells. Every
name and mark here is invented."""

from __future__ import annotations

import random

import pytest

from benchmarks.quality import signer_variation as sv
from cancerprep.stages.deid.recognizers.chart_tables import chart_spans
from cancerprep.stages.deid.recognizers.field_cells import field_cell_spans
from cancerprep.stages.deid.recognizers.initials_slots import slots_spans


def _names(spans_of, text: str) -> list[str]:
    return [text[a:b] for a, b, e, _ in spans_of(text) if e == "NAME"]


# -- timed rows: one mark that is initials by itself vouches for the row's others --------------------------------
@pytest.mark.parametrize(("text", "marks"), [
    ("Restraint q15: 0000 QV 0015 QV 0030 ER", ["QV", "QV", "ER"]),          # a service's letters beside a mark
    ("MAR: 0600 AT 1400 QZ 2200 held (NPO)", ["AT", "QZ"]),                   # a short word beside a mark
    ("Restraint check: 0100 NS 0115 NS 0130 XW", ["NS", "NS", "XW"]),        # a fluid's letters beside a mark
    ("Blood: start 1310 KQW | VS 1325 KQW | end 1545 CR", ["KQW", "KQW", "CR"]),
    ("Code: epi 1 mg 04:14 QBX, 04:17 QBX, amio 300 mg 04:18 PR", ["QBX", "QBX", "PR"]),  # cells closed by commas
])
def test_a_signing_row_vouches_for_its_marks(text: str, marks: list[str]) -> None:
    assert sorted(_names(chart_spans, text)) == sorted(marks)


@pytest.mark.parametrize("text", [
    "Schedule 0800 CT 1000 EEG 1400 US",      # tests by time: no mark proves itself
    "IV: 0600 NS 1400 LR 2200 held",          # a fluid log
    "Vitals 0800 HR, BP stable",              # one group before a comma is prose, not a cell
])
def test_a_row_that_signs_nothing(text: str) -> None:
    assert _names(chart_spans, text) == []


def test_a_measure_after_its_number_stays_a_measure_in_a_signing_row() -> None:
    text = "Drain: 0600 QV 1400 QV 2200 30 ML"
    assert "ML" not in _names(chart_spans, text)


# -- a typed dash (two hyphens) or an em dash before a closing mark ------------------------------------------------
@pytest.mark.parametrize("dash", ["--", "—", "-"])
def test_a_mark_after_a_typed_dash(dash: str) -> None:
    text = f"Callback to pt re: culture results {dash} QW"
    assert "QW" in _names(chart_spans, text) + _names(slots_spans, text)


def test_a_typed_dash_before_an_abbreviation_is_not_a_mark() -> None:
    text = "Recheck lytes in AM -- BMP"
    assert _names(chart_spans, text) + _names(slots_spans, text) == []


# -- a patient in a row's cell ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "value"), [
    ("patient_name: okafor, adaeze\tsex: f\tdob: 03/14/1950", "okafor, adaeze"),
    ("Patient_Name = Okafor, Adaeze | room 12", "Okafor, Adaeze"),
    ("pt name: Okafor, Adaeze\tsex: F", "Okafor, Adaeze"),
    ("Census\t5N\t514\tOkafor, Adaeze\tObs\tHospitalist", "Okafor, Adaeze"),
    ("OR schedule | 0730 | Okafor, Adaeze M. | 67 M | R TKA", "Okafor, Adaeze M."),
])
def test_a_patient_in_a_rows_cell(text: str, value: str) -> None:
    assert value in _names(field_cell_spans, text)


@pytest.mark.parametrize("text", [
    "Meds | Lisinopril, Amlodipine | daily",
    "Status | Stable, Afebrile | Obs",
    "route_name: PO, IV\tfreq: BID",
    "Dx\tHTN, DM2\tchronic",
    "Okafor, Adaeze was seen today",          # a pair on a line that is no row: the prose rules' business
])
def test_look_alike_cells(text: str) -> None:
    assert _names(field_cell_spans, text) == []


# -- the generator --------------------------------------------------------------------------------------------
def test_halves_split_the_layouts() -> None:
    seen, held = set(sv.HALVES["seen"]), set(sv.HALVES["held"])
    assert not seen & held
    assert seen | held == {name for _, name, _ in sv.LAYOUTS}
    for cls in sv.CLASSES:  # each class has layouts in both halves
        layouts = {name for c, name, _ in sv.LAYOUTS if c == cls}
        assert layouts & seen and layouts & held


def test_generated_gold_is_the_value() -> None:
    rng = random.Random(3)
    for half in ("seen", "held"):
        for layout in sv.HALVES[half]:
            text, (a, b) = sv.line(rng, layout, half)
            assert 0 <= a < b <= len(text) and text[a:b].strip() == text[a:b]
            assert "{" not in text


def test_cases_and_refusals() -> None:
    all_cases = sv.cases(4, 1, ("initials",))
    assert len(all_cases) == 8 and {f["half"] for f, _, _ in all_cases} == {"seen", "held"}
    for feats, text, (a, b) in all_cases:
        assert feats["layout"] in sv.HALVES[feats["half"]]
        assert text[a:b].isalpha() and 2 <= len(text[a:b]) <= 3
    refused = sv.refusals(2, 1)
    assert len(refused) == 2 * len(sv.REFUSALS) and all("{" not in t for _, t in refused)


def test_a_free_status_in_small_letters_and_its_cell_judged_alone() -> None:
    text = "Rounds 0100 eating QV 0200 dozing quietly XT"
    assert _names(chart_spans, text) == ["QV", "XT"]
    # a free status's cell is never vouched for by its row, and holds no stop word: "pt to CT" is a transport,
    # "and QVX" prose between two times
    assert _names(chart_spans, "0800 up CT 1000 back QV") == ["QV"]
    assert _names(chart_spans, "foley out at 1500 and QVX 2100") == []


# -- any act's agent before the act's time ------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "marks"), [
    ("Report rec'd from EMS by QW @ 0341", ["QW"]),
    ("Report rec'd from EMS by LM @ 0341", ["LM"]),        # letters a pharmacy log also writes ("left message")
    ("seen by GI @ 1400", []),                              # a service as the agent
    ("Seen by MD at 1400", []),
    ("noted by QW.", []),                                   # an agent closing its clause, no time: left out
])
def test_an_agent_before_the_acts_time(text: str, marks: list[str]) -> None:
    from cancerprep.stages.deid.recognizers.initials_positions import positions_spans

    assert _names(positions_spans, text) == marks
