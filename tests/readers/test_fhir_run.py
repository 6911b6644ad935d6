"""A FHIR bulk export through build-dataset: per-type accounting, reader quarantines under stage `read`,
SNOMED codes sorting notes, --strict to the end, and a card that lists what was read without file names."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
from typer.testing import CliRunner

from cancerprep.cli import app
from cancerprep.runner import run_recipe
from cancerprep.sitekey import keyed_id
from tests.readers.test_fhir_export import condition, doc, ndjson, report

KEY = "test-key-0123456789abcdef0123456789"
PATIENT_FILE = "Aaron697_Brekke496_2fa15bfc.json"  # Synthea names bundles after patients


def _export(root: Path) -> Path:
    fhir = root / "fhir"
    fhir.mkdir()
    neutral = "Follow-up visit. Patient doing well, no complaints."
    ndjson(fhir / "1.DocumentReference.ndjson", [
        doc("d1", text=neutral), doc("d2", text=neutral, subject={"reference": "Patient/p2"}),
        doc("d3", text=neutral, docStatus="preliminary")])
    ndjson(fhir / "DiagnosticReport_1.ndjson", [report("r1", text=neutral, subject={"reference": "Patient/p3"}),
                                                report("r2", presentedForm=None)])
    ndjson(fhir / "Condition.ndjson", [
        condition("254837009", "http://snomed.info/sct", "Malignant neoplasm of breast (disorder)"),
        condition("363406005", "http://snomed.info/sct", "Malignant neoplasm of colon (disorder)",
                  subject={"reference": "Patient/p2"}),
        condition("C61", "http://hl7.org/fhir/sid/icd-10-cm", verificationStatus={"coding": [{"code": "refuted"}]})])
    ndjson(fhir / "Patient.ndjson", [{"resourceType": "Patient", "id": "p1"}])
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Patient", "id": "p3"}},
        {"resource": condition("93870000", "http://snomed.info/sct", "Malignant neoplasm of liver (disorder)",
                               subject={"reference": "Patient/p3"})}]}
    (fhir / PATIENT_FILE).write_text(json.dumps(bundle))
    (root / "site.key").write_text(KEY)
    (root / "r.yaml").write_text("version: 1\nname: fhirrun\nkey_file: site.key\n"
                                 "inputs:\n  - {kind: fhir, path: fhir}\nstages:\n  - sort: {}\n")
    return root / "r.yaml"


def test_fhir_run_accounts_per_type_and_sorts_by_snomed(tmp_path):
    recipe = _export(tmp_path)
    out = tmp_path / "out"
    summary = run_recipe(recipe, out_dir=out, strict=True)  # --strict: reader exclusions are not errors
    c = summary["counts"]
    assert (c["notes_in"], c["notes_out"], c["notes_quarantined_read"], c["notes_quarantined"]) == (5, 3, 2, 2)
    assert (c["codes_in"], c["codes_out"], c["codes_quarantined_read"], c["codes_quarantined"]) == (4, 3, 1, 1)
    assert c["notes_quarantined_normalize"] == 0 and c["codes_quarantined_normalize"] == 0
    assert {k: v for k, v in c.items() if k.startswith("resources_in.")} == {
        "resources_in.fhir.Condition": 4, "resources_in.fhir.DiagnosticReport": 2,
        "resources_in.fhir.DocumentReference": 3, "resources_in.fhir.Patient": 1}
    q = pl.read_csv(out / "quarantine.csv")
    assert sorted(zip(q["stage"], q["reason"], strict=True)) == [("read", "no_text"), ("read", "preliminary"),
                                                                 ("read", "refuted")]
    notes = pl.read_parquet(out / "notes").sort("note_id")
    # the note text names no cancer: the SNOMED Conditions decide (breast through its display text)
    # note ids are keyed hashes in the output (outputs.ids: hash)
    assert dict(zip(notes["note_id"], notes["cancer_type"], strict=True)) == {
        keyed_id(KEY.encode(), raw, "note_id", "N"): kind for raw, kind in
        {"d1": "breast", "d2": "colorectal", "r1": "liver"}.items()}
    card = (out / "README.md").read_text()
    assert PATIENT_FILE not in card and "Aaron697" not in card and "Patient.ndjson" not in card
    assert "| fhir | fhir/ | 4 read, 1 not read |" in card
    assert "| fhir | DocumentReference | 3 |" in card and "| fhir | Patient | 1 |" in card


def test_only_unsupported_resources_exit_non_zero(tmp_path, monkeypatch):
    (tmp_path / "export.ndjson").write_text('{"resourceType": "Patient", "id": "p1"}\n')
    (tmp_path / "r.yaml").write_text("version: 1\nname: bad\ninputs:\n  - {kind: fhir, path: export.ndjson}\n")
    monkeypatch.setenv("CANCERPREP_DEID_KEY", KEY)
    res = CliRunner().invoke(app, ["--quiet", "build-dataset", str(tmp_path / "r.yaml"), "-o", str(tmp_path / "o")])
    assert res.exit_code == 2, res.output
    assert "no DocumentReference, DiagnosticReport or Condition resource in the input" in res.output
    assert not (tmp_path / "o" / "run_summary.json").exists()


def test_codes_in_is_always_in_the_summary(tmp_path):
    root = tmp_path
    (root / "fhir").mkdir()
    ndjson(root / "fhir" / "DocumentReference.ndjson", [doc("d1")])
    (root / "site.key").write_text(KEY)
    (root / "r.yaml").write_text("version: 1\nname: nocodes\nkey_file: site.key\n"
                                 "inputs:\n  - {kind: fhir, path: fhir}\n")
    run_recipe(root / "r.yaml", out_dir=root / "out")
    counts = json.loads((root / "out" / "run_summary.json").read_text())["counts"]
    assert counts["codes_in"] == 0 and counts["codes_out"] == 0 and counts["notes_out"] == 1
