"""The MTSamples PHI-planting generator: exact gold spans, determinism, every Safe Harbor kind."""

import csv
import json

import pytest

from cancerprep.sample import planted
from cancerprep.stages.deid.evaluate import is_check_patient, load_jsonl_spans, split_by_patient
from tests.paths import SHARED_DATA

SOURCE = SHARED_DATA / "mtsamples-dev" / "mtsamples_dev.csv"


@pytest.fixture(scope="module")
def sources() -> list[str]:
    return planted.load_sources(SOURCE)


@pytest.fixture(scope="module")
def notes(sources):
    return planted.generate(sources, patients=40, seed=5)


def test_spans_match_text_exactly_in_written_files(notes, tmp_path):
    notes_path, phi_path = planted.write(notes, tmp_path)
    with open(notes_path, encoding="utf-8", newline="") as f:
        texts = {r["note_id"]: r["text"] for r in csv.DictReader(f)}
    lines = [json.loads(x) for x in phi_path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == sum(len(n.spans) for n in notes) > 1000
    for obj in lines:
        piece = texts[obj["note_id"]][obj["start"]:obj["end"]]
        assert piece == obj["text"] and piece.strip() == piece and piece
    # the file is what `deid-eval --format sample` reads
    assert len(load_jsonl_spans(phi_path)) == len(lines)


def test_deterministic(sources, notes):
    again = planted.generate(sources, patients=40, seed=5)
    assert again == notes
    other = planted.generate(sources, patients=40, seed=6)
    assert [n.text for n in other] != [n.text for n in notes]


def test_every_kind_present(notes):
    kinds = {(etype, sub) for n in notes for _, _, etype, sub in n.spans}
    assert kinds == set(planted.KINDS)


def test_placeholders_filled(notes):
    for n in notes:
        assert "Dr. X " not in n.text and "ABC Hospital" not in n.text and "MM/DD/YYYY" not in n.text


def test_notes_grouped_by_patient_and_split(notes):
    by_patient: dict[str, list[str]] = {}
    for n in notes:
        assert n.note_id.startswith(n.patient_id + "-")
        by_patient.setdefault(n.patient_id, []).append(n.note_id)
    assert len(by_patient) == 40 and all(2 <= len(v) <= 4 for v in by_patient.values())
    tuning, check = split_by_patient(notes, lambda n: n.patient_id)
    assert {n.patient_id for n in tuning}.isdisjoint({n.patient_id for n in check})
    assert {n.patient_id for n in check} == {p for p in by_patient if int(p) % 4 == 3}
    assert is_check_patient("30003") and not is_check_patient(30004)


def test_cli_writes_both_files(tmp_path):
    assert planted.main([str(SOURCE), str(tmp_path), "--patients", "3"]) == 0
    assert (tmp_path / "notes.csv").stat().st_size > 0 and (tmp_path / "phi.jsonl").stat().st_size > 0


def test_check_part_uses_its_own_template_families(notes):
    """Check patients draw headers, sentences, footers and organisation forms from families the tuning
    part never uses, so check recall measures generalisation, not the tuning part's templates."""
    assert set(planted.HEADERS).isdisjoint(planted.HEADERS_CHECK)
    assert set(planted.HOSPITAL_FORMS).isdisjoint(planted.HOSPITAL_FORMS_CHECK)
    assert set(planted.PRACTICE_FORMS).isdisjoint(planted.PRACTICE_FORMS_CHECK)
    tuning, check = split_by_patient(notes, lambda n: n.patient_id)
    assert all(planted.family(n.patient_id) == "check" for n in check)

    def around(n, subtype: str) -> list[tuple[str, str]]:  # (text before, text after) each planted span
        return [(n.text[max(0, a - 20):a], n.text[b:b + 40]) for a, b, _, sub in n.spans if sub == subtype]

    assert not any(before.endswith("Referral for ") or after.startswith(" TOLERATED THE PROCEDURE WELL")
                   for n in check for before, after in around(n, "PATIENT"))
    assert not any(before.endswith("Message left for ") or after.startswith(" was at the bedside")
                   for n in tuning for sub in ("PATIENT", "RELATIVE") for before, after in around(n, sub))
    assert any(before.endswith("Message left for ") for n in check for before, _ in around(n, "PATIENT"))
    kinds = {(etype, sub) for n in check for _, _, etype, sub in n.spans}
    assert kinds == set(planted.KINDS)  # every Safe Harbor kind is still planted in the check part
