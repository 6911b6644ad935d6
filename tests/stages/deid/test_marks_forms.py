"""Dictation/typist initials and record numbers in the forms of the transcription trade and of EHR headers: each
convention replaces the value (any overlap, through the whole engine), and a clinical line of the same shape (lab
values, doses, codes, dates, abbreviations) stays untouched."""

import pytest

from cancerprep.stages.deid.engine import Deidentifier
from tests.stages.deid.spans import found_texts


def _hit(engine: Deidentifier, text: str, value: str) -> bool:
    i = text.rfind(value)
    return any(s.start < i + len(value) and s.end > i for s in engine.analyze(text))


# mid-note, so the sign-off position never helps: the line's own grammar must carry it
BEFORE, AFTER = "Abdomen is soft.\n", "\nThe patient was counseled at length about the plan.\n"

INITIALS = [
    # reference lines: a number glued on or after a space, stamps before or after, job numbers, copies
    ("SC/lm/70710", "lm"),
    ("VJD/ws:22646", "VJD"),
    ("LEH/ndh 555640", "ndh"),
    ("RG/HB/68369", "RG"),
    ("D: 07/22/2005 T: 07/22/2005 RHW/MH", "RHW"),
    ("DD: 04/08/2019  DT: 04/08/2019  ES/ST", "ST"),
    ("Job No. 9520456 / SKN / wk", "SKN"),
    ("DP:ms  d&t: 07/19/2013", "DP:ms"),  # both halves spell abbreviations: the stamp and the case convention vouch
    ("REP/PBG (DICTATED 01/13/2022, TRANSCRIBED 01/13/2022)", "PBG"),
    ("R: 10/09/2008  VBB/GD", "VBB"),
    ("WSK/rd  cc: CV", "CV"),  # the copies after a mark
    ("lnl/jb  cc: Dr. Okafor", "lnl"),
    # one group in a stamped line; initials as the values of dictation labels
    ("T: 06/18/2006 stf", "stf"),
    ("T: 06/04/2013 ll", "ll"),
    ("T: EJ  D: KBB", "EJ"),
    ("T: jsb  D: kl", "jsb"),
    ("Dictated by: CN   Transcribed by: tp", "CN"),
    ("Dictated by: CN   Transcribed by: tp", "tp"),
    ("Typed: epj 01/14/2018", "epj"),
    ("Scribe: sw", "sw"),
    # sign-off labels: readers, verifiers, addenda; the label that names initials takes an abbreviation's letters
    ("Preliminary read by NCZ; final read by DB", "NCZ"),
    ("Preliminary read by NCZ; final read by DB", "DB"),
    ("Verified by: KDM", "KDM"),
    ("Addendum by LN 06/21/2013", "LN"),
    ("Initials: AP", "AP"),
    # copies, bracketed initials and a signature rule
    ("cc: TGM, AR", "AR"),
    ("(JTM)", "JTM"),
    ("______________________ AMK", "AMK"),
]


@pytest.mark.parametrize(("line", "value"), INITIALS)
def test_initials_form_is_replaced(engine: Deidentifier, line: str, value: str) -> None:
    assert _hit(engine, BEFORE + line + AFTER, value)


def test_typist_title_letters_ending_the_line_are_initials(engine: Deidentifier) -> None:
    text = "Follow up in 3 months.\nTRANSCRIBED BY: MS\nDICTATED BY: DR. L. HYCHE ON 09/17/2012\n"
    assert _hit(engine, text, "MS")
    assert "DR" not in found_texts(engine, text)  # "Dictated by: Dr. Lee": a title before a name, never initials


NOT_INITIALS = [
    "BP/HR 120",
    "PT/OT 1200",
    "In/Out 1200",
    "CT/MRI 12/2010",
    "T: 98.6  D: NS",
    "D: NS  T: LR",
    "CC: SOB, CP",
    "T: 07/22/2005 am",
    "D: 07/22/2005 T: 07/23/2005 5 ml",
    "Reviewed by ICU team.",
    "Dictated by: Dr. Lee",
    "Visit: 12-03-2010",
    "(CT)",
    "______ MD",
    "Signed DNR on file.",
    "PO/IV 1000",
]


@pytest.mark.parametrize("line", NOT_INITIALS)
def test_clinical_line_of_a_mark_shape_stays(engine: Deidentifier, line: str) -> None:
    text = BEFORE + line + AFTER
    names = [text[s.start:s.end] for s in engine.analyze(text) if s.entity_type == "NAME"]
    assert [n for n in names if n not in ("Dr. Lee", "Lee")] == []


MRN = [
    ("MRN 12 345 678", "345"),
    ("Unit No. 123-45-67", "123-45-67"),
    ("MRN:\n00123456", "00123456"),
    ("Medical Record #:\n123456", "123456"),
    ("The patient's medical record number is 2888280.", "2888280"),
    ("Hosp#:826306", "826306"),
    ("PID: 123456", "123456"),
    ("Chart #: 12345", "12345"),
    ("Patient #: 123456", "123456"),
    ("MR No. 123456", "123456"),
    ("MR 123456", "123456"),
    ("MRN - 123456", "123456"),
    ("MRN (123456)", "123456"),
    ("00123456 (MRN)", "00123456"),
    ("MRN/DOB: 123456/01/02/1960", "123456"),
    ("MRN      DOB\n123456   01/02/1960", "123456"),
    ("Patient: Doe, Jane   0012345", "0012345"),
    ("Enterprise ID: E12345678", "E12345678"),
    ("EMPI: 12345", "12345"),
    ("Hospital No.: 12345", "12345"),
]


@pytest.mark.parametrize(("line", "value"), MRN)
def test_record_number_form_is_replaced(engine: Deidentifier, line: str, value: str) -> None:
    assert _hit(engine, BEFORE + line + AFTER, value)


NOT_RECORD_NUMBERS = [
    "h/o PID 2005",  # pelvic inflammatory disease, then a year
    "Unit: 4 West",
    "Patient: 67 yo with 10000 units of heparin",
    "Pt: 2 units PRBC",
    "Platelets 250000.",
    "WBC 12.5, Hgb 10.2, Plt 250",
    "ICD-10 C50.911, CPT 19301",
    "MR: 2+",
    "Moderate MR 3+ and mild TR 1+ on echo 2019.",
    "Chart reviewed 12/03/2010.",
]


@pytest.mark.parametrize("line", NOT_RECORD_NUMBERS)
def test_clinical_number_stays(engine: Deidentifier, line: str) -> None:
    text = BEFORE + line + AFTER
    assert [f for f in found_texts(engine, text) if f != "12/03/2010"] == []
