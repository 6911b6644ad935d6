"""ICD-10-CM targets (the `icd` stage) and CancerLLM diagnosis pairs (the `diagnosis` task)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from cancerprep.records import PAIR_SCHEMA
from cancerprep.stages.base import RunContext
from cancerprep.stages.coding.icd10 import diagnosis_text, refine_code
from cancerprep.stages.coding.stages import IcdStage, icd_frame
from cancerprep.tasks.diagnosis import DIAGNOSIS_INSTRUCTION, DiagnosisTask, truncate

NOTES = pl.DataFrame({
    "note_id": ["n1", "n2", "n3", "n4", "n5"],
    "patient_id": ["A", "B", "C", "D", "E"],
    "text": [
        "She is a 61-year-old woman. Final diagnosis: invasive ductal carcinoma of the left breast.",
        "Carcinoma of the right upper lobe, non-small cell. Past history: melanoma of the back in 1999.",
        "Knee pain after a fall.",
        "Follow-up.",
        "",
    ],
})
CODES = pl.DataFrame({"patient_id": ["D", "D", "D", "Z"], "code": ["1749", "C78.7", "bogus", "C61"],
                      "system": ["ICD9CM", "ICD10CM", "ICD10CM", "ICD10CM"]})


@pytest.fixture(scope="module")
def text_stage() -> IcdStage:
    return IcdStage({}, RunContext())


@pytest.fixture(scope="module")
def coded() -> pl.DataFrame:
    return icd_frame(NOTES, CODES).records


def test_icd_columns_from_text_and_codes(coded: pl.DataFrame) -> None:
    assert coded.schema["icd10_codes"] == pl.List(pl.Utf8)
    codes = dict(zip(coded["note_id"], coded["icd10_codes"].to_list(), strict=True))
    assert codes["n1"] == ["C50.912"]          # laterality + sex from the note
    assert codes["n2"][0] == "C34.11"          # primary first: right upper lobe
    assert codes["n2"][1] == "Z85.820"         # the historical melanoma follows, as personal history
    assert codes["n3"] == [] and codes["n5"] == []
    assert codes["n4"] == ["C50.919", "C78.7"]  # ICD-9 174.9 through the GEMs; secondary after primary
    for c in (x for lst in codes.values() for x in lst):
        assert len(c.replace(".", "")) >= 3


def test_diagnosis_text_is_the_official_descriptions(coded: pl.DataFrame) -> None:
    dx = dict(zip(coded["note_id"], coded["diagnosis"], strict=True))
    assert dx["n1"] == "Malignant neoplasm of unspecified site of left female breast"
    assert dx["n4"].split("; ") == ["Malignant neoplasm of unspecified site of unspecified female breast",
                                    "Secondary malignant neoplasm of liver and intrahepatic bile duct"]
    assert dx["n3"] == ""
    assert diagnosis_text(["C61", "NOT.A.CODE"]) == "Malignant neoplasm of prostate"


@pytest.mark.parametrize(("code", "side", "sex", "expected"), [
    ("C34.1", "left", None, "C34.12"),
    ("C34.9", None, None, "C34.90"),
    ("C64.9", "right", None, "C64.1"),
    ("C50.9", None, "male", "C50.929"),
    ("C50.9", None, None, "C50.9"),    # no sex in the note: stop where the evidence stops
    ("C61", "left", None, "C61"),
    ("C95.90", None, None, "C95.90"),
])
def test_most_specific_justified_code(code: str, side: str | None, sex: str | None, expected: str) -> None:
    assert refine_code(code, side, sex) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Transitional cell carcinoma of the left renal pelvis.", ["C65.2"]),
    ("Transitional cell carcinoma of the ureter.", ["C66.9"]),
    ("Glioblastoma of the right temporal lobe.", ["C71.2"]),
    ("Adenocarcinoma of the rectum, stage III.", ["C20"]),
    ("Squamous cell carcinoma of the base of the tongue.", ["C01"]),
    ("Mantle cell lymphoma, relapsed.", ["C83.10"]),
])
def test_codes_from_text_site_and_histology(text_stage: IcdStage, text: str, expected: list[str]) -> None:
    notes = pl.DataFrame({"note_id": ["x"], "patient_id": ["P"], "text": [text]})
    assert text_stage.process(notes).records["icd10_codes"].to_list() == [expected]


def test_icd_stage_counts_and_unknown_codes_never_crash() -> None:
    stage = IcdStage({}, RunContext(codes=CODES))
    res = stage.process(NOTES)
    assert res.stats["icd_notes_with_codes"] == 3
    assert res.stats["codes_flagged_malformed"] == 1
    assert res.records.height == NOTES.height


def test_diagnosis_pairs_in_cancerllm_format(coded: pl.DataFrame) -> None:
    task = DiagnosisTask({"max_input_chars": 200}, RunContext())
    pairs = task.build(coded.with_columns(pl.lit("breast").alias("cancer_type"),
                                          pl.lit("text").alias("cancer_source")))
    assert list(pairs.columns) == list(PAIR_SCHEMA)
    assert sorted(pairs["source_note_id"]) == ["n1", "n2", "n4"]  # no pair without a diagnosis
    row = pairs.filter(pl.col("source_note_id") == "n1").row(0, named=True)
    assert row["instruction"] == DIAGNOSIS_INSTRUCTION
    assert row["task"] == "diagnosis"
    assert row["output"] == "Malignant neoplasm of unspecified site of left female breast"
    assert row["input"] == NOTES["text"][0]
    meta = json.loads(row["meta"])
    assert meta["icd10_codes"] == ["C50.912"] and meta["truncated"] is False
    assert row["patient_pseudonym"] == "A"
    assert len(set(pairs["id"])) == pairs.height


def test_diagnosis_task_codes_notes_itself_when_stages_did_not_run() -> None:
    pairs = DiagnosisTask({}, RunContext(codes=CODES)).build(NOTES)
    assert sorted(pairs["source_note_id"]) == ["n1", "n2", "n4"]


def test_character_budget() -> None:
    text = "word " * 500
    cut, truncated = truncate(text, max_chars=103)
    assert truncated and len(cut) <= 103 and cut.endswith("word")
    assert truncate("short", max_chars=100) == ("short", False)


def test_token_budget_with_a_local_tokenizer(tmp_path: Path) -> None:
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    vocab = {"[UNK]": 0, "carcinoma": 1, "of": 2, "the": 3, "breast": 4, ".": 5}
    tok = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="[UNK]").save_pretrained(tmp_path / "tok")
    notes = pl.DataFrame({"note_id": ["x"], "patient_id": ["P"],
                          "text": ["Carcinoma of the breast. " * 40]})
    pairs = DiagnosisTask({"tokenizer": str(tmp_path / "tok"), "max_input_tokens": 16}, RunContext()).build(notes)
    from cancerprep.tasks.tokenizer import load_tokenizer

    n_tokens = len(load_tokenizer(str(tmp_path / "tok"))(pairs["input"][0], add_special_tokens=False)["input_ids"])
    assert n_tokens == 16
    assert json.loads(pairs["meta"][0])["truncated"] is True


def test_missing_tokenizer_is_a_clear_error(tmp_path: Path) -> None:
    from cancerprep.errors import CancerprepError

    with pytest.raises(CancerprepError, match=r"tokenizer directory not found|no tokenizer"):
        DiagnosisTask({"tokenizer": str(tmp_path / "nope")}, RunContext()).build(NOTES)


def test_recipe_with_sort_icd_and_diagnosis_writes_pairs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cancerprep.runner import run_recipe

    monkeypatch.setenv("CANCERPREP_DEID_KEY", "test-key-for-coding-recipe-0123456789")
    pl.DataFrame({
        "note_id": ["a1", "a2", "b1", "c1"], "patient_id": ["A", "A", "B", "C"],
        "note_date": ["2020-01-01", "2020-03-01", "2020-01-01", "2020-01-01"],
        "note_type": ["clinical_note"] * 4,
        "text": ["Impression: adenocarcinoma of the prostate.", "Follow-up, doing well.",
                 "Knee sprain.", "Final diagnosis: papillary thyroid carcinoma."],
    }).write_csv(tmp_path / "notes.csv")
    pl.DataFrame({"patient_id": ["B"], "code": ["C18.7"], "system": ["ICD10CM"], "date": ["2020-01-02"]}
                 ).write_csv(tmp_path / "codes.csv")
    (tmp_path / "r.yaml").write_text(
        "version: 1\nname: coding\nseed: 1\ninputs:\n  - {kind: notes, path: notes.csv}\n"
        "  - {kind: codes, path: codes.csv}\nstages:\n  - sort: {}\n  - icd: {date_window_days: 30}\n"
        "tasks:\n  diagnosis: {max_input_chars: 500}\noutputs:\n  formats: [jsonl]\n")
    run_recipe(tmp_path / "r.yaml", out_dir=tmp_path / "out", workers=1)
    lines = [json.loads(x) for f in sorted((tmp_path / "out" / "jsonl" / "cancerllm" / "diagnosis").glob("*.jsonl"))
             for x in f.read_text().splitlines()]
    responses = sorted(r["response"] for r in lines)
    assert responses == ["Malignant neoplasm of prostate", "Malignant neoplasm of sigmoid colon",
                         "Malignant neoplasm of thyroid gland"]
    assert all(r["instruction"] == DIAGNOSIS_INSTRUCTION and r["context"] for r in lines)
