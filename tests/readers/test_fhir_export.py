"""FHIR as servers and bulk clients emit it: file names, DiagnosticReport, Binary, HTML/RTF/C-CDA, status, Bundles."""

from __future__ import annotations

import base64
import gzip
import json
import sqlite3
from pathlib import Path

import polars as pl
import pytest

from cancerprep.errors import InputError
from cancerprep.ingest import Normalizer
from cancerprep.readers import InputSpec, read_input
from cancerprep.readers.attachments import AttachmentError, to_text
from cancerprep.readers.fhir import file_resource_type, input_files

SECRET = "Jonathan Quux 555-0199"


def b64(data: bytes | str, wrap: int = 0) -> str:
    raw = base64.b64encode(data.encode() if isinstance(data, str) else data).decode()
    return "\n".join(raw[i:i + wrap] for i in range(0, len(raw), wrap)) if wrap else raw


def doc(i: str, text: str = "Invasive ductal carcinoma.", ctype: str = "text/plain", **over) -> dict:
    res = {"resourceType": "DocumentReference", "id": i, "status": "current", "subject": {"reference": "Patient/p1"},
           "date": "2092-07-22T10:00:00Z", "type": {"coding": [{"system": "http://loinc.org", "code": "11506-3"}]},
           "content": [{"attachment": {"contentType": ctype, "data": b64(text)}}]}
    res.update(over)
    return res


def report(i: str, text: str = "Adenocarcinoma of the sigmoid colon.", **over) -> dict:
    res = {"resourceType": "DiagnosticReport", "id": i, "status": "final", "subject": {"reference": "Patient/p2"},
           "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": "SP"}]}],
           "code": {"coding": [{"system": "http://loinc.org", "code": "60570-9"}], "text": "Pathology consult"},
           "effectiveDateTime": "2092-08-01T09:00:00Z", "encounter": {"reference": "Encounter/e9"},
           "presentedForm": [{"contentType": "text/plain", "data": b64(text)}]}
    res.update(over)
    return res


def condition(value: str, system: str, display: str | None = None, **over) -> dict:
    coding = {"system": system, "code": value, **({"display": display} if display else {})}
    res = {"resourceType": "Condition", "subject": {"reference": "Patient/p1"}, "code": {"coding": [coding]},
           "onsetDateTime": "2092-06-01", "clinicalStatus": {"coding": [{"code": "active"}]},
           "verificationStatus": {"coding": [{"code": "confirmed"}]}}
    res.update(over)
    return res


def ndjson(path: Path, resources: list) -> Path:
    text = "\n".join(r if isinstance(r, str) else json.dumps(r) for r in resources) + "\n"
    if path.name.endswith(".gz"):
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            fh.write(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def read(spec: InputSpec, chunk_rows: int = 5000):
    chunks = list(read_input(spec, chunk_rows))
    frames = {k: [c.frame for c in chunks if c.kind == k] for k in ("notes", "codes")}
    notes = pl.concat(frames["notes"]) if frames["notes"] else None
    codes = pl.concat(frames["codes"]) if frames["codes"] else None
    resources: dict[str, int] = {}
    for c in chunks:
        for t, n in c.resources.items():
            resources[t] = resources.get(t, 0) + n
    return notes, codes, pl.concat([c.quarantine for c in chunks]), resources


def test_bulk_client_file_names():
    assert [file_resource_type(Path(n)) for n in (
        "DocumentReference.ndjson", "1.DocumentReference.ndjson", "DocumentReference_2.ndjson",
        "Condition-001.ndjson.gz", "DiagnosticReport.000.ndjson", "log.ndjson", "Patient.json")] == [
        "DocumentReference", "DocumentReference", "DocumentReference", "Condition", "DiagnosticReport", None, None]


def test_bulk_export_folder_reads_both_note_resources_binaries_and_counts_types(tmp_path):
    ndjson(tmp_path / "1.DocumentReference.ndjson", [
        doc("d1"),
        doc("d2", content=[{"attachment": {"contentType": "text/html", "url": "Binary/b1"}}]),
        doc("d3", content=[{"attachment": {"url": "https://ehr.example/fhir/Binary/b2"}}]),  # type from the Binary
    ])
    ndjson(tmp_path / "DocumentReference_2.ndjson", [doc("d4", text="Second file.")])
    ndjson(tmp_path / "DiagnosticReport.ndjson.gz", [report("r1"), report("r2", presentedForm=None)])
    ndjson(tmp_path / "Condition.ndjson", [condition("254837009", "http://snomed.info/sct",
                                                     "Malignant neoplasm of breast (disorder)")])
    ndjson(tmp_path / "Binary.ndjson", [
        {"resourceType": "Binary", "id": "b1", "contentType": "text/html",
         "data": b64("<html><body><p>Ductal carcinoma <b>in situ</b></p></body></html>")},
        {"resourceType": "Binary", "id": "b2", "contentType": "text/rtf",
         "data": b64(r"{\rtf1\ansi{\fonttbl\f0 Arial;}\f0 Lobular carcinoma.\par}")},
    ])
    ndjson(tmp_path / "Patient.ndjson", [{"resourceType": "Patient", "id": "p1", "name": [{"family": SECRET}]}])
    ndjson(tmp_path / "log.ndjson", ['{"event": "export done"}'])
    files = input_files(InputSpec(kind="fhir", path=tmp_path))
    assert [p.name for p in files.skipped] == ["Patient.ndjson", "log.ndjson"]
    notes, codes, q, resources = read(InputSpec(kind="fhir", path=tmp_path), chunk_rows=2)
    by_id = dict(zip(notes["note_id"], notes["text"], strict=True))
    assert by_id == {"d1": "Invasive ductal carcinoma.", "d2": "Ductal carcinoma in situ",
                     "d3": "Lobular carcinoma.", "d4": "Second file.", "r1": "Adenocarcinoma of the sigmoid colon."}
    r1 = notes.filter(pl.col("note_id") == "r1").row(0, named=True)
    assert (r1["note_type"], r1["note_date"], r1["encounter_id"], r1["patient_id"]) == (
        "pathology_report", "2092-08-01", "e9", "p2")
    assert q.select("note_id", "reason", "field").rows() == [("r2", "no_text", "presentedForm")]
    assert codes.select("code", "system", "display", "clinical_status").row(0) == (
        "254837009", "SNOMED", "Malignant neoplasm of breast (disorder)", "active")
    # every resource met is counted by type; Patient and log are not read at all
    assert resources == {"Binary": 2, "DocumentReference": 4, "DiagnosticReport": 2, "Condition": 1}


def test_attachment_formats_charset_and_wrapped_base64(tmp_path):
    cda = ('<?xml version="1.0"?><ClinicalDocument xmlns="urn:hl7-org:v3"><title>Surgical pathology</title>'
           '<component><structuredBody><component><section><title>Diagnosis</title><text><paragraph>Invasive '
           'carcinoma, left breast.</paragraph><list><item>ER positive</item></list></text></section></component>'
           '</structuredBody></component></ClinicalDocument>')
    latin = "Résumé: tumeur maligne".encode("latin-1")
    ndjson(tmp_path / "DocumentReference.ndjson", [
        doc("plain", content=[{"attachment": {"contentType": "text/plain", "data": b64("x" * 90 + " end", wrap=76)}}]),
        doc("latin", content=[{"attachment": {"contentType": "text/plain; charset=ISO-8859-1", "data": b64(latin)}}]),
        doc("cda", text=cda, ctype="application/xml"),
        doc("html", text="<p>A &amp; B</p><script>alert(1)</script><ul><li>one</li><li>two</li></ul>",
            ctype="text/html; charset=utf-8"),
        doc("rtf", text=r"{\rtf1\ansi Caf\'e9 tumor\par next line\par}", ctype="text/rtf"),
        doc("pdf-and-html", content=[{"attachment": {"contentType": "application/pdf", "data": "AAAA"}},
                                     {"attachment": {"contentType": "text/html", "data": b64("<p>Chosen</p>")}}]),
        doc("bad-rtf", text="not rtf " + SECRET, ctype="text/rtf"),
        doc("bad-xml", text="<ClinicalDocument><unclosed>" + SECRET, ctype="text/xml"),
        doc("bad-charset", content=[{"attachment": {"contentType": "text/plain; charset=x-nope", "data": b64("a")}}]),
        doc("bad-b64", content=[{"attachment": {"contentType": "text/plain", "data": "%%%" + SECRET}}]),
        doc("dangling", content=[{"attachment": {"contentType": "text/plain", "url": "Binary/missing"}}]),
        doc("contained", contained=[{"resourceType": "Binary", "id": "c1", "contentType": "text/plain",
                                     "data": b64("Contained text.")}],
            content=[{"attachment": {"url": "#c1"}}]),
    ])
    notes, _, q, _ = read(InputSpec(kind="fhir", path=tmp_path))
    got = dict(zip(notes["note_id"], notes["text"], strict=True))
    assert got["plain"] == "x" * 90 + " end"
    assert got["latin"] == "Résumé: tumeur maligne"
    assert got["cda"] == "Surgical pathology\nDiagnosis\n\nInvasive carcinoma, left breast.\nER positive"
    assert got["html"] == "A & B\none\ntwo"
    assert got["rtf"] == "Café tumor\nnext line"
    assert got["pdf-and-html"] == "Chosen"
    assert got["contained"] == "Contained text."
    assert {r["note_id"]: (r["reason"], r["field"], r["detail"]) for r in q.iter_rows(named=True)} == {
        "bad-rtf": ("malformed_resource", "content[0].attachment.data", "attachment is not RTF (no {\\rtf header)"),
        "bad-xml": ("malformed_resource", "content[0].attachment.data", "attachment XML cannot be parsed"),
        "bad-charset": ("invalid_encoding", "content[0].attachment.data", "attachment charset is unknown"),
        "bad-b64": ("malformed_resource", "content[0].attachment.data", "attachment data is not valid base64"),
        "dangling": ("malformed_resource", "content[0].attachment.url",
                     "attachment url names no Binary resource in the export"),
    }
    assert SECRET not in q.write_csv()


def test_unsupported_content_type_is_an_attachment_error():
    with pytest.raises(AttachmentError, match="not a text format"):
        to_text(b"%PDF-1.4", "application/pdf")


def test_status_filters_default_and_configured(tmp_path):
    ndjson(tmp_path / "DocumentReference.ndjson", [
        doc("ok"), doc("eie", status="entered-in-error"), doc("prelim", docStatus="preliminary"),
        doc("superseded", status="superseded"), doc("amended", docStatus="amended")])
    ndjson(tmp_path / "DiagnosticReport.ndjson", [report("final"), report("partial", status="partial"),
                                                  report("cancelled", status="cancelled")])
    ndjson(tmp_path / "Condition.ndjson", [
        condition("C50.911", "http://hl7.org/fhir/sid/icd-10-cm"),
        condition("C61", "http://hl7.org/fhir/sid/icd-10-cm", verificationStatus={"coding": [{"code": "refuted"}]}),
        condition("C18.9", "http://hl7.org/fhir/sid/icd-10-cm",
                  verificationStatus={"coding": [{"code": "entered-in-error"}]}),
        condition("C34.90", "http://hl7.org/fhir/sid/icd-10-cm", clinicalStatus={"coding": [{"code": "remission"}]}),
    ])
    notes, codes, q, _ = read(InputSpec(kind="fhir", path=tmp_path))
    assert sorted(notes["note_id"]) == ["amended", "final", "ok", "superseded"]
    assert codes["code"].to_list() == ["C50.911", "C34.90"]
    assert codes["clinical_status"].to_list() == ["active", "remission"]
    reasons = sorted((r["reason"], r["field"]) for r in q.iter_rows(named=True))
    assert reasons == [("entered_in_error", "status"), ("entered_in_error", "verificationStatus"),
                       ("excluded_status", "status"), ("preliminary", "docStatus"), ("preliminary", "status"),
                       ("refuted", "verificationStatus")]
    # configurable per input: keep preliminary documents, drop superseded ones
    spec = InputSpec(kind="fhir", path=tmp_path, options={"status_filter": {
        "DocumentReference.docStatus": ["entered-in-error"],
        "DocumentReference.status": ["entered-in-error", "superseded"]}})
    notes, *_ = read(spec)
    assert "prelim" in notes["note_id"].to_list() and "superseded" not in notes["note_id"].to_list()
    with pytest.raises(InputError, match=r"status_filter names unknown elements \['Observation.status'\]"):
        read(InputSpec(kind="fhir", path=tmp_path, options={"status_filter": {"Observation.status": ["x"]}}))


def test_condition_code_systems_and_preference(tmp_path):
    ndjson(tmp_path / "Condition.ndjson", [
        condition("C50.9", "http://hl7.org/fhir/sid/icd-10"),                     # WHO ICD-10
        condition("8500/3", "http://terminology.hl7.org/CodeSystem/icd-o-3"),
        condition("363406005", "http://snomed.info/sct", "Malignant neoplasm of colon"),
        # SNOMED and ICD-10-CM on one Condition: ICD-10-CM is preferred (the taxonomy is ICD-10-CM)
        condition("254837009", "http://snomed.info/sct", "Malignant neoplasm of breast",
                  code={"coding": [{"system": "http://snomed.info/sct", "code": "254837009"},
                                   {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C50.912"}]}),
        # no display on the coding: code.text is the display
        condition("93870000", "http://snomed.info/sct",
                  code={"coding": [{"system": "http://snomed.info/sct", "code": "93870000"}],
                        "text": "Malignant neoplasm of liver"}),
        condition("X1", "urn:local:dx"),                                          # unknown system: kept, quarantined
    ])
    _, codes, q, _ = read(InputSpec(kind="fhir", path=tmp_path / "Condition.ndjson"))
    assert q.height == 0
    assert codes.select("code", "system").rows() == [
        ("C50.9", "ICD10"), ("8500/3", "ICDO3"), ("363406005", "SNOMED"), ("C50.912", "ICD10CM"),
        ("93870000", "SNOMED"), ("X1", "urn:local:dx")]
    assert codes["display"][4] == "Malignant neoplasm of liver"
    result = Normalizer().codes(codes)
    assert result.records["system"].to_list() == ["ICD10", "ICDO3", "SNOMED", "ICD10CM", "SNOMED"]
    assert result.quarantine.select("reason", "field").rows() == [("unknown_code_system", "system")]


def test_condition_named_only_in_words_is_typed_by_the_text_coder(tmp_path):
    """A Condition with `code.text` and no coding (or a coding with a display and no code) is a TEXT code typed by
    the text coder (`code_source` display); words naming no cancer are kept flagged `unmapped`, not lost; only a
    Condition with no words at all is quarantined."""
    from cancerprep.stages.coding.coder import Coder
    from cancerprep.stages.coding.codes import OK, UNMAPPED, normalize_codes
    from cancerprep.stages.coding.taxonomy import load_taxonomy

    SNOMED = "http://snomed.info/sct"
    ndjson(tmp_path / "Condition.ndjson", [
        condition("x", "x", code={"text": "Adenocarcinoma of the sigmoid colon"}),
        condition("x", "x", code={"text": "Essential hypertension"}),
        condition("x", "x", code={"coding": [{"system": SNOMED, "display": "Carcinoma of prostate"}]}),
        condition("x", "x", code={"coding": [{"system": SNOMED}]}),
        condition("x", "x", code={}),
    ])
    _, codes, q, _ = read(InputSpec(kind="fhir", path=tmp_path / "Condition.ndjson"))
    assert codes.select("code", "system", "display").rows() == [
        (None, "TEXT", "Adenocarcinoma of the sigmoid colon"), (None, "TEXT", "Essential hypertension"),
        (None, "TEXT", "Carcinoma of prostate")]
    assert q.select("source_row", "reason", "field", "detail").rows() == [
        (4, "malformed_resource", "code.coding[0].code", "no coded coding and no code.text"),
        (5, "malformed_resource", "code", "no coded coding and no code.text")]
    result = Normalizer().codes(codes)
    assert result.quarantine.height == 0 and result.records.height == 3, "TEXT is a known system; no code needed"
    typed = normalize_codes(result.records, load_taxonomy())
    assert typed.select("code_flag", "icd10", "code_cancer_type", "code_source").rows() == [
        (OK, "C18.7", "colorectal", "display"), (UNMAPPED, None, None, None), (OK, "C61", "prostate", "display")]
    # a note of a patient whose only cancer code is TEXT is sorted by it, and says the words decided
    coded = Coder({}, result.records)
    note = coded.code_note({"patient_id": "p1", "text": "Follow-up visit.", "note_date": None})
    assert (note.cancer_type, note.source) == ("colorectal", "display")
    # a TEXT row with no words (a tabular site's) is a missing display, never a silent pass
    blank = codes.head(1).with_columns(pl.lit(None, dtype=pl.Utf8).alias("display"))
    assert Normalizer().codes(blank).quarantine.select("reason", "field").rows() == [("missing_field", "display")]


def test_bundles_are_read_by_resource(tmp_path):
    binary = {"resourceType": "Binary", "id": "bb", "contentType": "text/plain", "data": b64("From the bundle.")}
    entries = [
        {"fullUrl": "urn:uuid:1111", "resource": {"resourceType": "Patient", "id": "p1"}},
        {"fullUrl": "urn:uuid:2222", "resource": binary},
        {"fullUrl": "urn:uuid:3333", "resource": doc("bd1", content=[{"attachment": {"url": "urn:uuid:2222"}}])},
        {"resource": report("br1")},
        {"resource": condition("C61", "http://hl7.org/fhir/sid/icd-10-cm")},
        {"resource": {"resourceType": "Observation", "id": "o1"}},
    ]
    for kind in ("collection", "transaction", "searchset"):
        bundle = {"resourceType": "Bundle", "type": kind, "entry": entries}
        if kind == "transaction":
            bundle["entry"] = [{**e, "request": {"method": "POST", "url": "x"}} for e in entries]
            bundle["entry"].append({"request": {"method": "DELETE", "url": "Patient/old"}})
        path = tmp_path / kind / "Aaron697_Brekke496_patient.json"
        path.parent.mkdir()
        path.write_text(json.dumps(bundle, indent=2))
        notes, codes, q, resources = read(InputSpec(kind="fhir", path=path.parent))
        assert notes.sort("note_id").select("note_id", "text").rows() == [
            ("bd1", "From the bundle."), ("br1", "Adenocarcinoma of the sigmoid colon.")], kind
        assert codes["code"].to_list() == ["C61"] and q.height == 0
        assert notes.sort("note_id")["source_row"].to_list() == [3, 4], "source_row is the entry number"
        assert resources == {"Patient": 1, "Binary": 1, "DocumentReference": 1, "DiagnosticReport": 1,
                             "Condition": 1, "Observation": 1}


def test_bundle_given_as_ndjson_is_one_clear_error(tmp_path):
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": doc("d1")}] * 50}
    path = tmp_path / "DocumentReference.ndjson"
    path.write_text(json.dumps(bundle, indent=2))
    with pytest.raises(InputError, match=r"the file is a FHIR Bundle, not NDJSON \(one resource per line\)"):
        read(InputSpec(kind="fhir", path=path))
    # a one-line Bundle inside NDJSON is read by resource
    path.write_text(json.dumps(bundle) + "\n")
    notes, *_ = read(InputSpec(kind="fhir", path=path))
    assert notes.height == 50


def test_only_unsupported_resources_is_an_error(tmp_path):
    path = ndjson(tmp_path / "export.ndjson", [{"resourceType": "Patient", "id": "p1", "name": [{"family": SECRET}]},
                                               {"resourceType": "Observation", "id": "o1"}])
    with pytest.raises(InputError) as err:
        read(InputSpec(kind="fhir", path=path))
    assert "no DocumentReference, DiagnosticReport or Condition resource in the input" in str(err.value)
    assert "Observation 1, Patient 1" in str(err.value) and SECRET not in str(err.value)
    bundle = tmp_path / "b" / "bundle.json"
    bundle.parent.mkdir()
    bundle.write_text(json.dumps({"resourceType": "Bundle", "entry": [{"resource": {"resourceType": "Patient"}}]}))
    with pytest.raises(InputError, match=r"resources found: Patient 1"):
        read(InputSpec(kind="fhir", path=bundle.parent))
    (tmp_path / "c").mkdir()
    ndjson(tmp_path / "c" / "Patient.ndjson", [{"resourceType": "Patient", "id": "p1"}])
    ndjson(tmp_path / "c" / "Encounter.ndjson", [{"resourceType": "Encounter", "id": "e1"}])
    with pytest.raises(InputError, match="no DocumentReference, DiagnosticReport or Condition NDJSON files"):
        read(InputSpec(kind="fhir", path=tmp_path / "c"))
    (tmp_path / "bad.json").write_text("{not json")
    with pytest.raises(InputError, match=r"not valid JSON \(a .json input is one FHIR Bundle or resource\)"):
        read(InputSpec(kind="fhir", path=tmp_path / "bad.json"))
    (tmp_path / "manifest.json").write_text('{"transactionTime": "2020", "output": []}')
    with pytest.raises(InputError, match=r"not a FHIR resource or Bundle \(no resourceType\)"):
        read(InputSpec(kind="fhir", path=tmp_path / "manifest.json"))


def vocabulary_db(path: Path) -> Path:
    """A two-concept OMOP vocabulary: ICD-10-CM C50.911 "Maps to" SNOMED 254837009."""
    with sqlite3.connect(path) as conn:
        conn.execute("create table concept (concept_id integer primary key, concept_name text, domain_id text, "
                     "vocabulary_id text, concept_class_id text, standard_concept text, concept_code text, "
                     "valid_start_date text, valid_end_date text, invalid_reason text)")
        conn.execute("create table concept_relationship (concept_id_1 integer, concept_id_2 integer, "
                     "relationship_id text, valid_start_date text, valid_end_date text, invalid_reason text)")
        conn.executemany("insert into concept values (?, ?, 'Condition', ?, 'x', ?, ?, '1970-01-01', '2099-12-31', "
                         "null)", [(4112853, "Malignant tumor of breast", "SNOMED", "S", "254837009"),
                                   (35206014, "Malignant neoplasm of unsp site of right female breast", "ICD10CM",
                                    None, "C50.911"),
                                   (4170000, "Chronic sinusitis", "SNOMED", "S", "40055000")])
        conn.execute("insert into concept_relationship values (35206014, 4112853, 'Maps to', '1970-01-01', "
                     "'2099-12-31', '')")
    return path


def test_vocabulary_option_maps_snomed_through_the_site_tables(tmp_path):
    db = vocabulary_db(tmp_path / "vocab.sqlite")
    ndjson(tmp_path / "Condition.ndjson", [condition("254837009", "http://snomed.info/sct"),
                                           condition("40055000", "http://snomed.info/sct", "Sinusitis (local)"),
                                           condition("999999", "http://snomed.info/sct")])
    spec = InputSpec(kind="fhir", path=tmp_path, options={"vocabulary": f"sqlite:///{db}"})
    _, codes, _, _ = read(spec)
    assert codes.select("code", "maps_to", "display").rows() == [
        ("254837009", "ICD10CM:C50.911", "Malignant tumor of breast"),
        ("40055000", None, "Sinusitis (local)"),          # the source's own display is kept
        ("999999", None, None)]
    with pytest.raises(InputError, match="SQLite database file not found"):
        read(InputSpec(kind="fhir", path=tmp_path, options={"vocabulary": f"sqlite:///{tmp_path / 'none.sqlite'}"}))


def test_in_a_folder_one_bad_json_file_does_not_stop_the_run(tmp_path):
    (tmp_path / "output.json").write_text('{"transactionTime": "2020-01-01", "output": []}')  # bulk-export manifest
    (tmp_path / "broken.json").write_text('{"resourceType": "Bundle", "entry": [' + SECRET)
    (tmp_path / "patient.json").write_text(json.dumps({"resourceType": "Bundle", "entry": [{"resource": doc("d1")}]}))
    notes, _, q, resources = read(InputSpec(kind="fhir", path=tmp_path))
    assert notes["note_id"].to_list() == ["d1"]
    assert q.select("source_row", "reason", "detail").rows() == [(1, "malformed_resource",
                                                                  "the .json file is not valid JSON")]
    assert q["source"].str.ends_with("broken.json").all() and SECRET not in q.write_csv()
    assert resources == {"(not FHIR)": 1, "DocumentReference": 1}


def test_pathology_category_only_when_it_is_the_only_category(tmp_path):
    us_core = [{"coding": [{"system": "http://loinc.org", "code": c} for c in ("LP29684-5", "LP29708-2", "LP7839-6")]}]
    h_and_p = {"coding": [{"system": "http://loinc.org", "code": "34117-2"}], "text": "History and physical note"}
    ndjson(tmp_path / "DiagnosticReport.ndjson", [
        report("synthea", category=us_core, code=h_and_p),   # Synthea tags every note report with all three
        report("path", category=[{"coding": [{"system": "http://loinc.org", "code": "LP7839-6"}]}], code=h_and_p),
        report("sp")])                                       # v2-0074 SP (surgical pathology)
    notes, *_ = read(InputSpec(kind="fhir", path=tmp_path))
    assert dict(zip(notes["note_id"], notes["note_type"], strict=True)) == {
        "synthea": "clinical_note", "path": "pathology_report", "sp": "pathology_report"}


def test_identity_resources_from_any_bulk_name_and_from_bundles(tmp_path):
    """Patients in `Patient_2.ndjson` (a bulk client's name) and in Synthea's per-patient Bundles are identities too."""
    from cancerprep.readers.fhir import read_identity_resources

    ndjson(tmp_path / "Patient_2.ndjson", [{"resourceType": "Patient", "id": "p1"}, "{not json"])
    ndjson(tmp_path / "1.Practitioner.ndjson", [{"resourceType": "Practitioner", "id": "dr"}])
    (tmp_path / "Aaron697_Brekke496_patient.json").write_text(json.dumps({"resourceType": "Bundle", "entry": [
        {"resource": {"resourceType": "Patient", "id": "p2"}}, {"resource": {"resourceType": "Practitioner"}},
        {"resource": {"resourceType": "RelatedPerson", "patient": {"reference": "Patient/p2"}}},
        {"resource": doc("d1")}]}))
    (tmp_path / "broken.json").write_text("{" + SECRET)
    found, bad = read_identity_resources(tmp_path)
    assert sorted(r["resourceType"] for r in found) == ["Patient", "Patient", "Practitioner", "Practitioner",
                                                        "RelatedPerson"]
    assert bad == 1
