"""De-identification engine: recognizers, surrogates, offsets, the deid stage and its bad inputs."""

from __future__ import annotations

import datetime as dt
import json
import logging

import polars as pl
import pytest

from cancerprep import sitekey
from cancerprep.quarantine import Reason
from cancerprep.registry import build_stage
from cancerprep.stages.base import RunContext
from cancerprep.stages.deid.engine import (
    DeidConfig,
    Deidentifier,
    NoteFailure,
    default_deidentifier,
    deidentify_text,
    remap_offsets,
)
from cancerprep.stages.deid.stage import DeidKeyError, DeidStage
from cancerprep.stages.deid.surrogates import Surrogates, shift_date_text

KEY = b"unit-test-key-0123456789abcdef"


def found(engine: Deidentifier, text: str) -> set[str]:
    spans = engine.analyze(text)
    assert not isinstance(spans, NoteFailure)
    return {text[s.start:s.end] for s in spans}


def covered(engine: Deidentifier, text: str, phi: str) -> bool:
    spans = engine.analyze(text)
    start = text.index(phi)
    return any(s.start < start + len(phi) and s.end > start for s in spans)


@pytest.mark.parametrize("text,phi", [
    ("Seen by Dr. Vasquez today.", "Vasquez"),
    ("DR SWACKHAMER AWARE OF BP.", "SWACKHAMER"),
    ("dtr suzette called for update", "suzette"),
    ("SOCIAL:DAUGHTER-KRISSY---555", "KRISSY"),
    ("Reported to J. Chang at bedside.", "Chang"),
    ("all is well.\nMary Hulse, R.N.\n", "Hulse"),
    ("PT ADMITTED 7/22 FROM HOME", "7/22"),
    ("s/p cabg '95 and MI 1992", "'95"),
    ("s/p cabg '95 and MI 1992", "1992"),
    ("extubated on July 2nd, doing well", "July 2nd"),
    ("admitted 2092-07-22 for CHF", "2092-07-22"),
    ("christmas at home with family", "christmas"),
    ("98 yo gentleman admitted", "98"),
    ("cell# 410-322-1419 home", "410-322-1419"),
    ("Pager # 54321 time 3pm", "54321"),
    ("transferred to GH on 7/18", "GH"),
    ("presented to holy cross hospital from rehab", "holy cross"),
    ("lives in Towson with wife", "Towson"),
    ("ref # 8336652 for transport", "8336652"),
    ("email jdoe@example.org please", "jdoe@example.org"),
    ("lives at 19 Clover St. alone", "19 Clover St."),
])
def test_recognizes_clinical_phi(engine, text, phi):
    assert covered(engine, text, phi)


@pytest.mark.parametrize("text", [
    "PMH: CAD, CXR clear, ABG 7.36/25/119",
    "BP 120/80 HR 72, on PSV 10/5 with PEEP 5",
    "GU: FOLEY DRAINING CLEAR YELLOW URINE",
    "DOPA AT 5 MCG/KG/MIN, LASIX 20 MG IV",
    "1/2 NS at 100cc/hr",
])
def test_safe_list_keeps_medical_text(engine, text):
    assert found(engine, text) == set()


def test_surrogates_consistent_within_patient_and_format_kept():
    a = deidentify_text("Dr. Healey saw pt on 7/22/92; son Bill.", "p1", KEY)[0]
    b = deidentify_text("Called Dr. Healey again.", "p1", KEY)[0]
    c = deidentify_text("Dr. Healey saw pt on 7/22/92; son Bill.", "p2", KEY)[0]
    name_a = a.split()[1].rstrip()
    assert "Healey" not in a and "Bill" not in a and "7/22/92" not in a
    assert name_a in b  # same real name -> same fake name for the same patient
    assert a != c  # another patient gets other surrogates/shift
    # the date stays a date, shifted by the patient's offset
    shift = sitekey.date_shift_days(KEY, "p1")
    expected = dt.date(1992, 7, 22) + dt.timedelta(days=shift)
    assert f"{expected.month}/{expected.day}/{expected.year % 100:02d}" in a


def test_date_shift_formats_keep_intervals():
    assert shift_date_text("7/22", -1) == "7/21"
    assert shift_date_text("03/01/2020", -1) == "02/29/2020"
    assert shift_date_text("2092-07-22", 10) == "2092-08-01"
    assert shift_date_text("July 22nd", 10) == "August 1st"
    # upper-case ordinals shift their day as well (they used to keep the original day)
    assert shift_date_text("MARCH 13TH", 10) == "MARCH 23RD"
    assert shift_date_text("13TH OF MARCH", 1) == "14TH OF MARCH"
    assert shift_date_text("JULY 22ND, 2092", 10) == "AUGUST 1ST, 2092"
    assert shift_date_text("'92", 365) == "'93"
    assert shift_date_text("not a date", 5) is None


def test_age_and_zip_operators():
    s = Surrogates(KEY, "p", -40)
    from cancerprep.stages.deid.surrogates import ClinicalSurrogate

    op = ClinicalSurrogate()
    assert op.operate("98", {"surrogates": s, "entity_type": "AGE"}) == "90+"
    assert op.operate("02139", {"surrogates": s, "entity_type": "LOCATION"}) == "021"
    assert op.operate("03601", {"surrogates": s, "entity_type": "LOCATION"}) == "000"
    address = op.operate("19 Clover St., Lansdowne, MD 21227", {"surrogates": s, "entity_type": "LOCATION"})
    assert "Clover" not in address and "Lansdowne" not in address and "21227" not in address
    assert address.endswith("212")


def test_modes_tag_and_redact():
    text = "Dr. Healey saw pt on 7/22."
    tagged, edits = deidentify_text(text, "p", KEY, mode="tag")
    assert tagged == "Dr. [NAME] saw pt on [DATE]."
    redacted, _ = deidentify_text(text, "p", KEY, mode="redact")
    assert "Healey" not in redacted and "[REDACTED]" in redacted
    assert [e.entity_type for e in edits] == ["NAME", "DATE"]


def test_remap_offsets_keeps_annotations_aligned():
    text = "Dr. Healey found a 2.5 cm mass in the left breast on 7/22."
    new, edits = deidentify_text(text, "p", KEY, mode="tag")
    s = text.index("2.5 cm")
    (ns, ne), = remap_offsets([(s, s + 6)], edits)
    assert new[ns:ne] == "2.5 cm"
    s2 = text.index("Healey")
    (ns2, ne2), = remap_offsets([(s2, s2 + 6)], edits)
    assert new[ns2:ne2] == "[NAME]"


def _batch(**cols) -> pl.DataFrame:
    n = len(cols["text"])
    base = {"note_id": [f"n{i}" for i in range(n)], "patient_id": ["p1"] * n,
            "note_date": [dt.date(2020, 1, 10)] * n, "encounter_id": ["e1"] * n}
    base.update(cols)
    return pl.DataFrame(base)


def test_stage_pseudonymizes_shifts_and_hashes():
    stage = build_stage("deid", {}, RunContext(key=KEY))
    res = stage.process(_batch(text=["Dr. Healey saw pt on 1/10."]))
    row = res.records.row(0, named=True)
    assert row["patient_id"] == sitekey.pseudonym(KEY, "p1")
    shift = sitekey.date_shift_days(KEY, "p1")
    assert row["note_date"] == dt.date(2020, 1, 10) + dt.timedelta(days=shift)
    in_text = dt.date(2001, 1, 10) + dt.timedelta(days=shift)
    assert f"{in_text.month}/{in_text.day}" in row["text"]  # same offset in text and column
    assert row["encounter_id"] != "e1" and row["encounter_id"].startswith("E")
    assert res.stats["phi.NAME"] == 1 and res.stats["phi.DATE"] == 1
    assert any(k.startswith("recognizer.") for k in res.stats)
    codes = stage.transform_codes(pl.DataFrame({"patient_id": ["p1", None], "code": ["C50.9", "C61"],
                                                "system": ["ICD10CM", "ICD10CM"],
                                                "date": [dt.date(2020, 1, 10)] * 2}))
    assert codes.height == 1 and codes["patient_id"][0] == row["patient_id"]
    assert codes["date"][0] == row["note_date"]


def test_missing_patient_is_quarantined():
    stage = DeidStage({}, RunContext(key=KEY))
    res = stage.process(_batch(text=["Dr. Healey", "ok"], patient_id=[None, "p2"]))
    assert res.records["note_id"].to_list() == ["n1"]
    assert res.quarantine["reason"].to_list() == [Reason.MISSING_PATIENT]


@pytest.mark.parametrize("key", [None, b""])
def test_missing_or_empty_key_is_a_clear_error(key):
    stage = DeidStage({}, RunContext(key=key))
    with pytest.raises(DeidKeyError, match="no default key"):
        stage.process(_batch(text=["Dr. Healey"]))


def test_timeout_and_error_fail_closed(monkeypatch):
    stage = DeidStage({"timeout_s": 1e-9}, RunContext(key=KEY))
    res = stage.process(_batch(text=["Dr. Healey saw pt."]))
    assert res.records.height == 0 and res.quarantine["reason"].to_list() == [Reason.DEID_TIMEOUT]

    stage = DeidStage({}, RunContext(key=KEY))
    stage.ensure_setup()

    def boom(*a, **k):
        raise RuntimeError("Dr. Healey leaked")

    monkeypatch.setattr(stage._deid.analyzer, "analyze", boom)
    res = stage.process(_batch(text=["Dr. Healey saw pt."]))
    assert res.records.height == 0
    q = res.quarantine.row(0, named=True)
    assert q["reason"] == Reason.DEID_ERROR and "Healey" not in json.dumps(q)


def test_bad_text_inputs(engine, caplog):
    caplog.set_level(logging.DEBUG)
    stage = DeidStage({"timeout_s": 300}, RunContext(key=KEY))  # generous: shared CI machines are slow
    big = ("Pt stable, vitals ok. " * 50_000) + "Seen by Dr. Swackhamer."
    texts = ["", "   \n\t ", "Dr. Healey\x00 saw\x1b[31m pt on 7/22\x07.", "caf\ufffd Dr. Healey", big]
    res = stage.process(_batch(text=texts))
    assert res.records.height == len(texts)
    out = res.records["text"].to_list()
    assert out[0] == "" and out[1].strip() == ""
    assert "Healey" not in out[2] and "\x00" in out[2]
    assert "Healey" not in out[3]
    assert len(big) > 1_000_000 and "Swackhamer" not in out[4]
    assert "Healey" not in caplog.text and "Swackhamer" not in caplog.text


def test_config_selects_ner():
    d = Deidentifier(DeidConfig(nlp={"ner": True}))
    assert "ner" in d.nlp_engine.nlp["en"].pipe_names
    assert "ner" not in default_deidentifier().nlp_engine.nlp["en"].pipe_names
    assert d.full_artifacts  # spaCy's NER recognizer reads Presidio's artifacts: they carry its entities
    assert [e.text for e in d._artifacts_many(["John Smith went to Paris with Barack Obama."])[0].entities] == [
        "John Smith", "Paris", "Barack Obama"]


def test_artifacts_only_where_read_same_spans(engine):
    """The clinical recognizers never read Presidio's artifacts: analysing with the tokenizer-only shell
    (the default) and with the full artifacts finds the same spans, learned voter on and off."""
    texts = ["Pt John Smith (MRN 4455667) seen 3/4/2019 by Dr. Alice Wong at Boston General Hospital.",
             "58 YO F ADMITTED FROM CALVERT HOSPITAL 7/22, FOUND BY HUSBAND ON FLOOR. CALL 617-555-0199.", ""]
    rules = Deidentifier(DeidConfig(learned_model=None))
    for each in (engine, rules):
        assert not each.full_artifacts
        shell = each.analyze_many(texts)
        each.full_artifacts = True
        try:
            full = each.analyze_many(texts)
        finally:
            each.full_artifacts = False
        assert shell == full and len(shell[0]) >= 4


def test_windows_line_ends_find_what_unix_ones_do():
    """A CRLF export (or lone CRs) is analysed as its LF twin: same spans, at the same offsets, which hold in
    the CRLF text (`one_layout` keeps the length). Before, names beside a "\\r" went unseen."""
    from cancerprep.stages.deid.engine import Deidentifier

    lf = ("REFERRING PHYSICIAN: Dr. Bartholomew Achebe\nPATIENT: Quintero, Hattie\nMRN: 5551234\n"
          "Seen with her daughter Marisol on 3/4/2020.\nDictated by: Renata Oyelaran, MD\nRO/kt\n")
    deid = Deidentifier()
    want = [(s.start + lf[:s.start].count("\n"), s.entity_type) for s in deid.analyze(lf)]
    crlf = lf.replace("\n", "\r\n")
    got = deid.analyze(crlf)
    assert [(s.start, s.entity_type) for s in got] == want
    found = {crlf[s.start:s.end].strip() for s in got}
    for phi in ("Achebe", "Quintero", "Hattie", "5551234", "Marisol", "Oyelaran", "RO"):
        assert any(phi in f for f in found), phi
    cr = lf.replace("\n", "\r")
    assert [(s.start, s.end) for s in deid.analyze(cr)] == [(s.start, s.end) for s in deid.analyze(lf)]
