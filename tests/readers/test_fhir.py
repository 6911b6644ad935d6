"""FHIR R4 bulk NDJSON reader: the sample's FHIR form equals its CSV form; bad resources quarantine."""

from __future__ import annotations

import base64
import gzip
import json

import polars as pl
import pytest

from cancerprep.errors import InputError
from cancerprep.ingest import Normalizer
from cancerprep.readers import InputSpec, read_input
from tests.paths import REPO

SAMPLE = REPO / "recipes" / "sample"
NOTE_COLS = ["note_id", "patient_id", "note_date", "note_type", "text", "encounter_id"]
CODE_COLS = ["patient_id", "code", "system", "date", "encounter_id"]


def _read(spec: InputSpec, chunk_rows: int = 5000):
    chunks = list(read_input(spec, chunk_rows))
    notes = [c for c in chunks if c.kind == "notes"]
    codes = [c for c in chunks if c.kind == "codes"]
    frame = lambda cs: pl.concat([c.frame for c in cs]) if cs else None  # noqa: E731
    quarantine = pl.concat([c.quarantine for c in chunks])
    return frame(notes), frame(codes), quarantine, chunks


@pytest.fixture(scope="module")
def csv_notes() -> pl.DataFrame:
    return pl.read_csv(SAMPLE / "csv" / "notes.csv", infer_schema=False).sort("note_id")


def test_sample_fhir_equals_csv(csv_notes):
    notes, codes, quarantine, chunks = _read(InputSpec(kind="fhir", path=SAMPLE / "fhir"), chunk_rows=700)
    assert quarantine.height == 0
    assert all(c.frame.height + c.quarantine.height <= 700 for c in chunks), "chunks are bounded"
    assert notes.height == csv_notes.height
    assert notes.select(NOTE_COLS).sort("note_id").equals(csv_notes.select(NOTE_COLS))
    csv_codes = pl.read_csv(SAMPLE / "csv" / "diagnoses.csv", infer_schema=False)
    assert codes.select(CODE_COLS).sort(CODE_COLS).equals(csv_codes.select(CODE_COLS).sort(CODE_COLS))
    assert notes["source"].str.ends_with("DocumentReference.ndjson").all()
    assert notes["source_row"].to_list() == list(range(1, notes.height + 1))
    # Patient.ndjson sits in the folder and is not read as notes or codes
    assert not codes["source"].str.contains("Patient").any()
    # everything normalizes cleanly
    norm = Normalizer()
    assert norm.notes(notes).quarantine.height == 0
    assert norm.codes(codes).quarantine.height == 0


def _doc(i: str, text: bytes | None = b"Invasive ductal carcinoma.", **over) -> dict:
    res = {"resourceType": "DocumentReference", "id": i, "subject": {"reference": "Patient/p1"},
           "date": "2092-07-22T10:00:00+00:00",
           "type": {"coding": [{"system": "http://loinc.org", "code": "11506-3"}]},
           "content": [{"attachment": {"contentType": "text/plain",
                                       "data": base64.b64encode(text).decode() if text is not None else None}}],
           "context": {"encounter": [{"reference": "Encounter/e1"}]}}
    res.update(over)
    return res


def test_malformed_resources_quarantine_with_file_line_and_field(tmp_path):
    secret = "Jonathan Quux 555-0199"
    lines = [
        json.dumps(_doc("n1")),                                                    # 1 ok
        "{not json " + secret,                                                     # 2 bad JSON
        json.dumps([1, 2]),                                                        # 3 not an object
        json.dumps({"id": "x"}),                                                   # 4 no resourceType
        json.dumps({"resourceType": "Patient", "id": "p1", "name": [{"family": secret}]}),  # 5 unsupported
        json.dumps(_doc("n6", subject=None)),                                      # 6 no subject
        json.dumps(_doc("n7", content=[])),                                        # 7 no content
        json.dumps(_doc("n8", text=None)),                                         # 8 no data
        json.dumps(_doc("n9", content=[{"attachment": {"contentType": "text/plain", "data": "%%%" + secret}}])),
        json.dumps(_doc("n10", text=secret.encode("utf-16"))),                     # 10 not UTF-8
        json.dumps(_doc("n11", content=[{"attachment": {"contentType": "application/pdf", "data": "AAAA"}}])),
        json.dumps({"resourceType": "Condition", "subject": {"reference": "Patient/p1"}}),  # 12 no coding, no text
        json.dumps({"resourceType": "Condition", "subject": {"reference": "Patient/p1"},
                    "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C50.912"}]},
                    "onsetDateTime": "2092-07-01"}),                               # 13 ok
        json.dumps({"resourceType": "Condition", "code": {"coding": [{"code": "C34.12"}]}}),  # 14 no subject
        json.dumps(_doc("n15", text="Résumé: tumor".encode("latin-1"),
                        content=[{"attachment": {"contentType": "text/plain; charset=ISO-8859-1",
                                                 "data": base64.b64encode("Résumé: tumor".encode("latin-1"))
                                                 .decode()}}])),                   # 15 ok, latin-1 charset
        "",                                                                        # blank line: not a row
    ]
    path = tmp_path / "mixed.ndjson"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    notes, codes, q, _ = _read(InputSpec(kind="fhir", path=path))
    assert notes["note_id"].to_list() == ["n1", "n15"]
    assert notes["text"].to_list() == ["Invasive ductal carcinoma.", "Résumé: tumor"]
    assert notes["note_type"].to_list() == ["clinical_note", "clinical_note"]
    assert notes["note_date"][0] == "2092-07-22" and notes["encounter_id"][0] == "e1"
    assert codes.select("code", "system", "date", "patient_id").row(0) == ("C50.912", "ICD10CM", "2092-07-01", "p1")
    got = {r["source_row"]: (r["reason"], r["field"]) for r in q.iter_rows(named=True)}
    assert got == {
        2: ("malformed_resource", None),
        3: ("malformed_resource", None),
        4: ("malformed_resource", "resourceType"),
        5: ("unsupported_resource", "resourceType"),
        6: ("malformed_resource", "subject.reference"),
        7: ("malformed_resource", "content"),
        8: ("malformed_resource", "content[0].attachment.data"),
        9: ("malformed_resource", "content[0].attachment.data"),
        10: ("invalid_encoding", "content[0].attachment.data"),
        11: ("malformed_resource", "content[0].attachment"),
        12: ("malformed_resource", "code"),
        14: ("malformed_resource", "subject.reference"),
    }
    assert (q["source"] == str(path)).all() and (q["stage"] == "read").all()
    # accounting: every non-blank line is a row or a quarantine row
    assert notes.height + codes.height + q.height == len([ln for ln in lines if ln])
    # quarantine rows never carry content
    assert secret not in q.write_csv() and "Jonathan" not in q.write_csv()


def test_loinc_map_and_pathology_defaults(tmp_path):
    docs = [_doc("a", type={"coding": [{"system": "http://loinc.org", "code": "11526-1"}]}),
            _doc("b", type={"coding": [{"system": "http://loinc.org", "code": "60568-3"}]}),
            _doc("c"),
            _doc("d", type={"coding": [{"system": "urn:local", "code": "PATH"}]}),
            _doc("e", type={"text": "Surgical Pathology Report"})]
    path = tmp_path / "DocumentReference.ndjson.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(json.dumps(d) for d in docs) + "\n")
    (tmp_path / "Patient.ndjson").write_text('{"resourceType": "Patient", "id": "p1"}\n')
    notes, codes, q, _ = _read(InputSpec(kind="fhir", path=tmp_path))
    assert codes is None and q.height == 0
    assert notes["note_type"].to_list() == ["pathology_report", "pathology_report", "clinical_note",
                                            "clinical_note", "pathology_report"]
    notes, *_ = _read(InputSpec(kind="fhir", path=tmp_path,
                                options={"loinc_map": {"PATH": "pathology_report", "11506-3": "other"}}))
    assert notes["note_type"].to_list() == ["pathology_report", "pathology_report", "other",
                                            "pathology_report", "pathology_report"]


def test_missing_or_empty_input_is_an_error(tmp_path):
    with pytest.raises(InputError, match="not found"):
        list(read_input(InputSpec(kind="fhir", path=tmp_path / "nope")))
    (tmp_path / "Patient.ndjson").write_text("{}\n")
    with pytest.raises(InputError, match="no DocumentReference, DiagnosticReport or Condition NDJSON"):
        list(read_input(InputSpec(kind="fhir", path=tmp_path)))
