"""`cancerprep deid` / `deid-eval` end to end, and no planted PHI in any output but the text."""

from __future__ import annotations

import json
import logging

import polars as pl
from typer.testing import CliRunner

from cancerprep.cli import app

PLANTED = ["Swackhamer", "Przybylo", "410-322-1419", "Reisterstown", "7/22/92"]
KEY = "cli-test-key-0123456789abcdef"


def _write_input(tmp_path):
    rows = [
        {"note_id": "a", "patient_id": "p1", "visit": "2020-03-01",
         "text": "Seen by Dr. Swackhamer on 7/22/92. Son Hank Przybylo cell# 410-322-1419."},
        {"note_id": "b", "patient_id": "p1", "visit": "2020-03-05", "text": "Lives in Reisterstown."},
        {"note_id": "c", "patient_id": None, "visit": "2020-03-05", "text": "Dr. Swackhamer aware."},
    ]
    path = tmp_path / "notes.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_deid_cli_outputs_and_no_phi_leak(tmp_path, caplog, monkeypatch):
    caplog.set_level(logging.DEBUG)
    monkeypatch.delenv("CANCERPREP_DEID_KEY", raising=False)
    key_file = tmp_path / "site.key"
    key_file.write_text(KEY)
    src = _write_input(tmp_path)
    out = tmp_path / "out" / "notes.parquet"
    spans = tmp_path / "out" / "spans.jsonl"
    res = CliRunner().invoke(app, ["deid", str(src), "-o", str(out), "--key-file", str(key_file),
                                   "--date-cols", "visit", "--spans", str(spans)])
    assert res.exit_code == 0, res.output
    df = pl.read_parquet(out)
    assert df["note_id"].to_list() == ["a", "b"]
    assert df["patient_id"][0].startswith("P") and df["patient_id"][0] == df["patient_id"][1]
    assert df["visit"].dtype == pl.Date and (df["visit"][1] - df["visit"][0]).days == 4  # interval kept
    text = "\n".join(df["text"].to_list())
    for phi in PLANTED:
        assert phi not in text
    audit = json.loads((tmp_path / "out" / "notes.parquet.audit.json").read_text())
    assert audit["processed"] == 2 and audit["quarantined"] == 1
    assert audit["quarantine_reasons"] == {"missing_patient": 1}
    assert audit["phi_by_type"]["NAME"] >= 2
    span_rows = [json.loads(line) for line in spans.read_text().splitlines()]
    assert {"note_id", "start", "end", "entity_type", "score", "recognizer"} <= set(span_rows[0])
    # nothing but the de-identified text may carry PHI: logs, console, audit, quarantine, spans
    others = [res.output, caplog.text, spans.read_text(),
              (tmp_path / "out" / "notes.parquet.audit.json").read_text(),
              (tmp_path / "out" / "notes.parquet.quarantine.csv").read_text()]
    for blob in others:
        for phi in PLANTED:
            assert phi not in blob

    # deid-eval on our own spans against "sample"-format gold
    gold = tmp_path / "gold.jsonl"
    start = json.loads(src.read_text().splitlines()[0])["text"].index("Swackhamer")
    gold.write_text(json.dumps({"note_id": "a", "start": start, "end": start + 10, "entity_type": "NAME",
                                "text": "x"}) + "\n")
    res = CliRunner().invoke(app, ["deid-eval", str(spans), "--gold", str(gold), "--format", "sample"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["recall"] == 1.0


def test_deid_cli_missing_or_empty_key(tmp_path, monkeypatch):
    monkeypatch.delenv("CANCERPREP_DEID_KEY", raising=False)
    src = _write_input(tmp_path)
    res = CliRunner().invoke(app, ["deid", str(src), "-o", str(tmp_path / "o.csv")])
    assert res.exit_code == 2 and "no default key" in res.output
    empty = tmp_path / "empty.key"
    empty.write_text("  \n")
    res = CliRunner().invoke(app, ["deid", str(src), "-o", str(tmp_path / "o.csv"), "--key-file", str(empty)])
    assert res.exit_code == 2 and "empty" in res.output
    assert not (tmp_path / "o.csv").exists()


def test_deid_cli_non_utf8_csv(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes(b"note_id,patient_id,text\nx,p9,\"Caf\xe9 visit, Dr. Swackhamer aware\"\n")
    key_file = tmp_path / "k"
    key_file.write_text(KEY)
    out = tmp_path / "o.csv"
    res = CliRunner().invoke(app, ["deid", str(path), "-o", str(out), "--key-file", str(key_file),
                                   "--mode", "tag"])
    assert res.exit_code == 0, res.output
    text = pl.read_csv(out)["text"][0]
    assert "Swackhamer" not in text and "[NAME]" in text and "\ufffd" in text


def test_deid_cli_quarantine_is_in_input_order(tmp_path, monkeypatch):
    """The command batches a patient's notes together (name consistency); its outputs keep the file's order."""
    monkeypatch.delenv("CANCERPREP_DEID_KEY", raising=False)
    key_file = tmp_path / "site.key"
    key_file.write_text(KEY)
    rows = [{"note_id": "n1", "patient_id": "pB", "text": "Seen by Dr. Swackhamer."},
            {"note_id": "n2", "patient_id": None, "text": "Seen today."},  # sorts last
            {"note_id": "n3", "patient_id": "pA", "text": "Stable."},
            {"note_id": "n4", "patient_id": "", "text": "Seen today."}]  # sorts first
    src = tmp_path / "notes.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "out" / "notes.csv"
    res = CliRunner().invoke(app, ["deid", str(src), "-o", str(out), "--key-file", str(key_file)])
    assert res.exit_code == 0, res.output
    assert pl.read_csv(out)["note_id"].to_list() == ["n1", "n3"]
    quarantine = pl.read_csv(tmp_path / "out" / "notes.csv.quarantine.csv")
    assert quarantine["note_id"].to_list() == ["n2", "n4"]
    assert quarantine["source_row"].to_list() == [2, 4]
