"""--strict and reader quarantines: a strict run stops at the first bad row, whether the reader (FHIR, JSONL) or
normalize found it, naming file, row and field and never a value; the export's own exclusions (status filters, a
report with no text) are decisions, not bad rows, and do not stop it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cancerprep.errors import StrictModeError
from cancerprep.ingest import EXCLUSIONS, Normalizer
from cancerprep.quarantine import Reason
from cancerprep.readers import InputSpec, read_input
from cancerprep.runner import run_recipe
from tests.readers.test_fhir_export import SECRET, condition, doc, ndjson, report

KEY = "test-key-0123456789abcdef0123456789"


def _recipe(root: Path, inputs: str) -> Path:
    (root / "site.key").write_text(KEY)
    (root / "r.yaml").write_text(f"version: 1\nname: strict\nkey_file: site.key\ninputs:\n{inputs}")
    return root / "r.yaml"


def _strict_error(recipe: Path, out: Path) -> str:
    with pytest.raises(StrictModeError) as err:
        run_recipe(recipe, out_dir=out, strict=True)
    return str(err.value)


def test_reader_quarantine_stops_a_strict_run_naming_file_row_and_field(tmp_path):
    fhir = tmp_path / "fhir"
    fhir.mkdir()
    path = ndjson(fhir / "DocumentReference.ndjson", [
        doc("d1"), doc("d2", docStatus="preliminary"),                 # an exclusion: not a bad row
        doc("d3", subject={"display": SECRET}),                        # row 3: no patient reference
        "{not json " + SECRET])
    recipe = _recipe(tmp_path, "  - {kind: fhir, path: fhir}\n")
    msg = _strict_error(recipe, tmp_path / "o1")
    assert msg == (f"file {path}, row 3, field 'subject.reference': malformed_resource: missing reference "
                   "(--strict)")
    assert SECRET not in msg and "Jonathan" not in msg
    # without --strict the same export runs, every row accounted for
    summary = run_recipe(recipe, out_dir=tmp_path / "o2")
    c = summary["counts"]
    assert (c["notes_in"], c["notes_out"], c["notes_quarantined_read"]) == (4, 1, 3)


def test_the_first_bad_row_wins_whoever_found_it(tmp_path):
    """Row 2 has a date normalize rejects, row 3 a resource the reader rejects: the error names row 2."""
    path = ndjson(tmp_path / "DocumentReference.ndjson", [
        doc("d1"), doc("d2", date="yesterday"), doc("d3", content=[])])
    chunk = next(read_input(InputSpec(kind="fhir", path=path)))
    assert chunk.quarantine["source_row"].to_list() == [3]
    with pytest.raises(StrictModeError, match=r"row 2, field 'note_date': wrong_type: not a recognised date"):
        Normalizer(strict=True).notes(chunk.frame, chunk.quarantine)
    # a bad line found by the JSONL reader stops a strict run too (it used to pass silently)
    notes = tmp_path / "notes.jsonl"
    notes.write_text(json.dumps({"note_id": "a", "patient_id": "p", "note_date": "2020-01-01", "note_type": "other",
                                 "text": "x"}) + "\n" + "[" + SECRET + "\n")
    chunk = next(read_input(InputSpec(kind="notes", path=notes)))
    with pytest.raises(StrictModeError) as err:
        Normalizer(strict=True).notes(chunk.frame, chunk.quarantine)
    assert f"file {notes}, row 2: malformed_resource" in str(err.value) and SECRET not in str(err.value)


def test_exclusions_do_not_stop_a_strict_run(tmp_path):
    assert EXCLUSIONS == {Reason.ENTERED_IN_ERROR, Reason.PRELIMINARY, Reason.REFUTED, Reason.EXCLUDED_STATUS,
                          Reason.NO_TEXT}
    fhir = tmp_path / "fhir"
    fhir.mkdir()
    ndjson(fhir / "DocumentReference.ndjson", [doc("d1"), doc("d2", status="entered-in-error")])
    ndjson(fhir / "DiagnosticReport.ndjson", [report("r1"), report("r2", presentedForm=None),
                                              report("r3", status="preliminary")])
    ndjson(fhir / "Condition.ndjson", [condition("C50.911", "http://hl7.org/fhir/sid/icd-10-cm"),
                                       condition("C61", "http://hl7.org/fhir/sid/icd-10-cm",
                                                 verificationStatus={"coding": [{"code": "refuted"}]})])
    summary = run_recipe(_recipe(tmp_path, "  - {kind: fhir, path: fhir}\n"), out_dir=tmp_path / "o", strict=True)
    c = summary["counts"]
    assert (c["notes_in"], c["notes_out"], c["codes_in"], c["codes_out"]) == (5, 2, 2, 1)
    assert summary["quarantine_by_reason"] == {"entered_in_error": 1, "no_text": 1, "preliminary": 1, "refuted": 1}
