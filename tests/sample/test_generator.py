"""The bundled synthetic sample: ground truth is exact, forms agree, generation is deterministic."""

from __future__ import annotations

import base64
import csv
import hashlib
import itertools
import json
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
import simple_icd_10_cm as icd10
from typer.testing import CliRunner

from cancerprep.cli import app
from cancerprep.sample.generator import make_sample
from cancerprep.sample.markup import ENTITY_LABELS
from cancerprep.sample.tumors import CANCER_TYPES
from tests.paths import REPO

SAMPLE = REPO / "recipes" / "sample"
csv.field_size_limit(10**8)


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def notes() -> dict[str, dict[str, str]]:
    return {r["note_id"]: r for r in _rows(SAMPLE / "csv" / "notes.csv")}


def test_sample_size_and_coverage(notes):
    labels = _rows(SAMPLE / "truth" / "labels.csv")
    patients = {r["patient_id"]: r["cancer_type"] for r in labels}
    assert 190 <= len(patients) <= 210
    assert 1800 <= len(notes) <= 2300
    types = Counter(patients.values())
    assert set(CANCER_TYPES) <= set(types), "every one of the 17 cancer types has patients"
    assert all(types[t] >= 5 for t in CANCER_TYPES)
    assert 0 < types["other_cancer"] < 20 and 0 < types["none"] < 20
    kinds = Counter(n["note_type"] for n in notes.values())
    assert kinds["pathology_report"] > 300 and kinds["clinical_note"] > 1000
    assert {r["note_id"] for r in labels} == set(notes)
    total = sum(p.stat().st_size for d in ("csv", "fhir", "omop", "truth") for p in (SAMPLE / d).rglob("*"))
    assert total < 16 * 1024 * 1024
    assert "synthetic" in (SAMPLE / "NOTICE.md").read_text().lower()


def test_phi_spans_are_exact_and_varied(notes):
    spans = _jsonl(SAMPLE / "truth" / "phi.jsonl")
    assert len(spans) > 10_000
    by_note: dict[str, list[tuple[int, int]]] = {}
    for s in spans:
        text = notes[s["note_id"]]["text"]
        assert text[s["start"]:s["end"]] == s["text"], s
        assert s["entity_type"] in {"NAME", "PROFESSION", "LOCATION", "AGE", "DATE", "CONTACT", "ID"}
        by_note.setdefault(s["note_id"], []).append((s["start"], s["end"]))
    for ranges in by_note.values():
        ranges.sort()
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(ranges)), "PHI spans never overlap"
    subtypes = Counter(s["subtype"] for s in spans)
    for sub in ("PATIENT", "DOCTOR", "RELATIVE", "HOSPITAL", "CITY", "STATE", "ZIP", "STREET", "PHONE", "FAX",
                "PAGER", "EMAIL", "MRN", "SSN", "ACCOUNT", "DATE", "AGE", "PROFESSION"):
        assert subtypes[sub] > 0, sub
    # ages planted as PHI are all 90+; names vary widely and appear in all three casings
    assert all(int(s["text"]) >= 90 for s in spans if s["entity_type"] == "AGE")
    names = {s["text"] for s in spans if s["subtype"] == "PATIENT" and " " in s["text"]}
    assert len(names) > 300
    assert any(n.isupper() for n in names) and any(n.islower() for n in names)
    assert any(n.istitle() for n in names)
    dates = {s["text"] for s in spans if s["entity_type"] == "DATE"}
    shapes = {"".join("9" if c.isdigit() else "a" if c.isalpha() else c for c in d) for d in dates}
    assert len(shapes) > 15, "dates come in many formats"


def test_annotations_are_exact_phi_free_and_cover_8_labels(notes):
    units = _jsonl(SAMPLE / "truth" / "annotations.jsonl")
    assert 200 <= len(units) <= 1000
    phi_ranges: dict[str, list[tuple[int, int]]] = {}
    for s in _jsonl(SAMPLE / "truth" / "phi.jsonl"):
        phi_ranges.setdefault(s["note_id"], []).append((s["start"], s["end"]))
    labels = Counter()
    for u in units:
        note_text = notes[u["note_id"]]["text"]
        at = note_text.find(u["text"])
        assert at >= 0, "the annotated sentence is a substring of its note"
        assert not any(a < at + len(u["text"]) and at < b for a, b in phi_ranges.get(u["note_id"], [])), \
            "annotated sentences hold no PHI"
        for sp in u["spans"]:
            assert 0 <= sp["start"] < sp["end"] <= len(u["text"])
            assert u["text"][sp["start"]:sp["end"]].strip() == u["text"][sp["start"]:sp["end"]]
            labels[sp["label"]] += 1
    assert set(labels) == set(ENTITY_LABELS)


def test_codes_are_valid_and_primary_matches_labels():
    codes = _rows(SAMPLE / "csv" / "diagnoses.csv")
    systems = Counter(c["system"] for c in codes)
    assert set(systems) == {"ICD10CM", "ICD9CM", "ICDO3"}
    assert systems["ICD10CM"] > 1000 and systems["ICD9CM"] > 5 and systems["ICDO3"] > 20
    for c in codes:
        if c["system"] == "ICD10CM":
            assert icd10.is_valid_item(c["code"]) and icd10.is_leaf(c["code"]), c["code"]
        assert c["date"][:2] == "20" and c["encounter_id"]
    labels = _rows(SAMPLE / "truth" / "labels.csv")
    have = {(c["patient_id"], c["code"]) for c in codes}
    for r in labels:
        assert (r["patient_id"], r["icd10"]) in have, "each patient carries its primary code"
    prefixes = {"breast": "C50", "prostate": "C61", "thyroid": "C73", "myeloma": "C90", "brain": "C71"}
    for r in labels:
        if r["cancer_type"] in prefixes:
            assert r["icd10"].startswith(prefixes[r["cancer_type"]])


def test_fhir_and_omop_forms_hold_the_same_notes(notes):
    docs = _jsonl(SAMPLE / "fhir" / "DocumentReference.ndjson")
    assert len(docs) == len(notes)
    for d in docs[:300]:
        text = base64.b64decode(d["content"][0]["attachment"]["data"]).decode("utf-8")
        assert text == notes[d["id"]]["text"]
        assert d["subject"]["reference"] == f"Patient/{notes[d['id']]['patient_id']}"
    conds = _jsonl(SAMPLE / "fhir" / "Condition.ndjson")
    assert len(conds) == len(_rows(SAMPLE / "csv" / "diagnoses.csv"))
    with sqlite3.connect(SAMPLE / "omop" / "cdm.sqlite") as db:
        n, = db.execute("select count(*) from note").fetchone()
        assert n == len(notes)
        nid, txt = db.execute("select note_id, note_text from note order by note_id desc limit 1").fetchone()
        assert notes[str(nid)]["text"] == txt


def test_same_seed_same_bytes_and_prefix_property(tmp_path):
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    res = CliRunner().invoke(app, ["make-sample", str(a), "--patients", "12", "--seed", "3"])
    assert res.exit_code == 0, res.output
    make_sample(b, patients=12, seed=3)
    make_sample(c, patients=12, seed=4)

    def digest(root: Path) -> dict[str, str]:
        return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted(root.rglob("*")) if p.is_file()}

    da, db_, dc = digest(a), digest(b), digest(c)
    assert len(da) == 10 and da == db_
    assert da["csv/notes.csv"] != dc["csv/notes.csv"]
    # the committed sample is this generator's output (seed 7, 200 patients): its first notes
    # are what a 12-patient run with seed 7 writes
    d = tmp_path / "d"
    make_sample(d, patients=12, seed=7)
    small = _rows(d / "csv" / "notes.csv")
    full = _rows(SAMPLE / "csv" / "notes.csv")
    assert small == full[:len(small)]


def test_make_sample_rejects_zero_patients(tmp_path):
    res = CliRunner().invoke(app, ["make-sample", str(tmp_path / "x"), "--patients", "0"])
    assert res.exit_code != 0


def test_committed_sample_is_the_generators_output(tmp_path):
    """recipes/sample is exactly `cancerprep make-sample recipes/sample` (seed 7, 200 patients).

    The SQLite file is compared by content elsewhere (its bytes depend on the SQLite library).
    """
    make_sample(tmp_path, patients=200, seed=7)
    for rel in ("csv/notes.csv", "csv/diagnoses.csv", "fhir/DocumentReference.ndjson", "fhir/Condition.ndjson",
                "fhir/Patient.ndjson", "truth/phi.jsonl", "truth/annotations.jsonl", "truth/labels.csv",
                "NOTICE.md"):
        assert (tmp_path / rel).read_bytes() == (SAMPLE / rel).read_bytes(), rel
