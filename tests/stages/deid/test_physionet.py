"""Recall on a fixed slice of the PhysioNet deid gold standard (development half), and the scorer."""

from __future__ import annotations

import json

import pytest

from cancerprep.stages.deid.engine import NoteFailure, default_deidentifier
from cancerprep.stages.deid.evaluate import Span, load_physionet_gold, load_physionet_notes, score
from tests.paths import REPO

# shared/ sits beside the repository (here and in CI).
DATA = REPO.parent / "shared" / "data" / "physionet-deid-dev"


def test_scorer_any_overlap_and_char_recall():
    gold = [Span("n", 0, 10, "NAME"), Span("n", 20, 24, "DATE")]
    pred = [Span("n", 5, 7, "NAME"), Span("n", 30, 33, "DATE")]
    r = score(pred, gold)
    assert r["recall"] == 0.5 and r["precision"] == 0.5
    assert r["recall_by_type"]["NAME"]["recall"] == 1.0 and r["recall_by_type"]["DATE"]["found"] == 0
    assert r["char_recall"] == round(2 / 14, 4)


def test_physionet_slice_recall():
    notes = load_physionet_notes(DATA / "id.text")
    gold = load_physionet_gold(DATA / "id-phi.phrase")
    patients = sorted({n.patient_id for n in notes}, key=int)[:25]  # fixed slice, ~1/3 of the set
    notes = [n for n in notes if n.patient_id in patients]
    ids = {n.note_id for n in notes}
    gold = [g for g in gold if g.note_id in ids]
    results = default_deidentifier().analyze_many([n.text for n in notes])
    assert not any(isinstance(r, NoteFailure) for r in results)
    pred = [Span(n.note_id, s.start, s.end, s.entity_type) for n, r in zip(notes, results, strict=True)
            for s in r]
    r = score(pred, gold)
    assert r["gold_spans"] > 250
    print(json.dumps({k: r[k] for k in ("recall", "precision", "char_recall")}))
    assert r["recall"] >= 0.98
    assert r["recall_by_type"]["DATE"]["recall"] >= 0.98
    assert r["recall_by_type"]["NAME"]["recall"] >= 0.98
    assert r["precision"] >= 0.88


@pytest.mark.parametrize("fmt", ["physionet"])
def test_gold_loader_offsets_match_text(fmt):
    notes = {n.note_id: n.text for n in load_physionet_notes(DATA / "id.text")}
    lines = (DATA / "id-phi.phrase").read_text(encoding="latin-1").splitlines()[:50]
    for line, span in zip(lines, load_physionet_gold(DATA / "id-phi.phrase"), strict=False):
        assert notes[span.note_id][span.start:span.end] == line.split(" ", 5)[5]
