"""Layouts of form fields (deidfix52, issue 13; `benchmarks.quality.layout_variation`): a field's label heading a
column (bar / tab / gap tables and comma-separated exports, `field_cells`), the pager labels "bleep" / "bleeper" and
the signs between a pager's label and its number (`ward_units`), and the generator itself. Every name and number
here is invented."""

from __future__ import annotations

import random

import pytest

from benchmarks.quality import layout_variation as lv
from cancerprep.stages.deid.recognizers.field_cells import field_cell_spans
from cancerprep.stages.deid.recognizers.tables import csv_cells, table_columns
from cancerprep.stages.deid.recognizers.ward_units import ward_unit_spans
from tests.stages.deid.spans import span_texts


# -- columns under a field label ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "value", "entity"), [
    ("Pager | Date | Pages\n#30317 | 03/14/2021 | 4", "#30317", "CONTACT"),
    ("Date | Contact pager | Status\n03/14/2021 | 4-7781 | done", "4-7781", "CONTACT"),
    ("BLEEP\tDATE\tNOTE\n40385\t03/14/2021\tfinal", "40385", "CONTACT"),
    ("Pager,Date,Status\n7326,03/14/2021,final", "7326", "CONTACT"),
    ("PG#,DATE,STATUS\n86691,03/14/2021,FINAL", "86691", "CONTACT"),
    ("Name | MRN | Room\nOkonkwo, Adaeze | 4471902 | 12", "Okonkwo, Adaeze", "NAME"),
    ("Emergency contact | Relationship | Phone\nDarabont, Imani | daughter | 555-0143", "Darabont, Imani", "NAME"),
    ("Next of kin\tRelation\nVasquez-Rivera, Lupe\tsister", "Vasquez-Rivera, Lupe", "NAME"),
    ("Patient,MRN\nKowalczyk,4471902", "Kowalczyk", "NAME"),
    ("ZIP | City\n30317 | Decatur", "30317", "LOCATION"),
])
def test_value_in_a_labelled_column(text: str, value: str, entity: str) -> None:
    spans = [(text[a:b], e) for a, b, e, _ in field_cell_spans(text)]
    assert (value, entity) in spans


@pytest.mark.parametrize("text", [
    "Name | Dose | Route\nMetoprolol | 25 mg | PO",           # a medication table's "Name" column
    "Name | Result | Units\nPotassium | 4.1 | mmol/L",
    "Contact | Precautions\nDroplet | yes",                  # a contact's kind, not a person
    "Pager | Date\nnone | 3/4/2021",                         # no pager's shape under the label
])
def test_look_alike_columns(text: str) -> None:
    assert span_texts(field_cell_spans, text) == []


def test_a_header_with_digits_or_long_cells_heads_nothing() -> None:
    assert span_texts(field_cell_spans, "Pager 2 | Date\n44712 | 3/4/2021") == []
    assert span_texts(field_cell_spans, "The patient name was given to the desk, Name, later\nOkonkwo, Ada, X") == []


def test_prose_with_commas_is_no_csv_table() -> None:
    text = "She was seen by the team, and her name, age, and history were reviewed.\nPlan: home, rest, fluids."
    assert span_texts(field_cell_spans, text) == []


def test_csv_cells_keeps_columns_aligned() -> None:
    line = "Pager, ,Status"
    cells = csv_cells(line)
    assert [line[a:b] for a, b in cells] == ["Pager", "", "Status"]
    assert csv_cells("Pager | Date,x") == []
    assert csv_cells("no commas here") == []


def test_table_columns_reads_csv_only_when_asked() -> None:
    text = "Pager,Date\n44712,3/4/2021"

    def header(line: str, cells: list[tuple[int, int]]) -> dict[int, str]:
        return {0: "P"} if line.startswith("Pager") else {}

    assert list(table_columns(text, header)) == []
    assert [text[a:b] for a, b, _ in table_columns(text, header, csv=True)] == ["44712"]


# -- pagers by their labels ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "value"), [
    ("Bleep: 6-0823", "6-0823"),
    ("- bleep: 13029", "13029"),
    ("Bleep:72-3566", "72-3566"),
    ("Reg on call, bleeper 44712", "44712"),
    ("pg# - 7356", "7356"),
    ("PGR # = 45709", "45709"),
    ("PGR # - 4570", "4570"),
    ("Pager ........ 44712", "44712"),
    ("Resident Okafor, 4-7864 (bleep)", "4-7864"),
])
def test_pager_after_its_label(text: str, value: str) -> None:
    assert value in span_texts(ward_unit_spans, text)


@pytest.mark.parametrize("text", [
    "bleep 0312 re K 6.1",        # the act and when
    "Page 2 of 3",
    "pgr # of pages 12",
    "bleeding 44 mL",
])
def test_pager_look_alikes(text: str) -> None:
    assert span_texts(ward_unit_spans, text) == []


# -- the generator ------------------------------------------------------------------------------------------------
def test_layout_halves_are_disjoint_and_cover_every_layout() -> None:
    seen, held = set(lv.HALVES["seen"]), set(lv.HALVES["held"])
    assert not seen & held
    assert seen | held == {name for name, _ in lv.LAYOUTS}


def test_generated_gold_is_the_value() -> None:
    rng = random.Random(3)
    for cls in lv.VALUES:
        for layout in lv.HALVES["seen"] + lv.HALVES["held"]:
            text, gold = lv.line(rng, cls, layout, "seen")
            (a, b), = gold
            assert 0 <= a < b <= len(text) and text[a:b].strip() == text[a:b]
            assert "{" not in text


def test_cases_carry_their_features() -> None:
    all_cases = lv.cases(4, 1, ("pager",))
    assert len(all_cases) == 8 and {f["half"] for f, _, _ in all_cases} == {"seen", "held"}
    for feats, text, (a, b) in all_cases:
        assert feats["layout"] in lv.HALVES[feats["half"]] and feats["class_half"] == f"pager/{feats['half']}"
        assert any(ch.isdigit() for ch in text[a:b])


# -- chart tables' identifier, pager and facility columns in a comma-separated export ------------------------------
def test_chart_columns_in_a_csv_export() -> None:
    from cancerprep.stages.deid.recognizers.chart_tables import chart_spans

    text = "Accession,Site,Result\nH26-88124,colon,benign\nBleep,Date\n44712,3/4/2021"
    found = span_texts(chart_spans, text)
    assert "H26-88124" in found and "44712" in found
    assert "colon" not in found and "3/4/2021" not in found
