"""The recipe runner end to end on a small export: accounting, splits, determinism, errors."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import datasets
import polars as pl
import pytest
from typer.testing import CliRunner

from cancerprep.cli import app
from cancerprep.errors import RecipeError, SiteKeyError
from cancerprep.recipe import load_recipe
from cancerprep.runner import run_recipe

KEY = "test-key-0123456789abcdef0123456789"


def _export(tmp: Path, n_patients: int = 30, notes_per_patient: int = 3) -> None:
    rows = ["note_id,patient_id,note_date,note_type,text,encounter_id"]
    codes = ["patient_id,code,system,date"]
    for p in range(n_patients):
        for k in range(notes_per_patient):
            kind = "pathology_report" if k == 0 else "clinical_note"
            text = f"Note {k} for case {p}. Findings noted."
            rows.append(f'n{p}-{k},pat{p},2021-0{k + 1}-1{p % 9},{kind},"{text}",e{p}{k}')
        codes.append(f"pat{p},C50.91{p % 2},ICD10CM,2021-01-01")
    rows.append("bad1,pat0,2021-13-40,clinical_note,text,")  # impossible date
    rows.append('bad2,pat1,2021-01-01,clinical_note,"  ",')  # empty text
    rows.append("n0-0,pat0,2021-01-01,clinical_note,duplicate id,")
    (tmp / "notes.csv").write_text("\n".join(rows) + "\n")
    (tmp / "dx.csv").write_text("\n".join(codes) + "\nPX,ZZZ,LOINC,\n")  # a system codes never use
    (tmp / "site.key").write_text(KEY)
    (tmp / "r.yaml").write_text(
        "version: 1\nname: t\nseed: 7\nkey_file: site.key\n"
        "inputs:\n  - {kind: notes, path: notes.csv}\n  - {kind: codes, path: dx.csv}\n"
        "normalize: {shard_rows: 16}\n"
        "split: {ratios: {train: 0.6, validation: 0.2, test: 0.2}}\n")


@pytest.fixture()
def export(tmp_path: Path) -> Path:
    _export(tmp_path)
    return tmp_path


def test_every_row_is_accounted_for_and_splits_are_patient_level(export: Path) -> None:
    out = export / "out"
    summary = run_recipe(export / "r.yaml", out_dir=out)
    c = summary["counts"]
    assert c["notes_in"] == 93 and c["notes_out"] == 90 and c["notes_quarantined"] == 3
    assert c["notes_in"] == c["notes_out"] + c["notes_quarantined"]
    assert c["codes_in"] == 31 and c["codes_quarantined"] == 1
    q = pl.read_csv(out / "quarantine.csv")
    assert sorted(q["reason"].to_list()) == ["duplicate_id", "empty_text", "unknown_code_system", "wrong_type"]
    assert json.loads((out / "run_summary.json").read_text())["counts"] == c

    dd = datasets.load_from_disk(str(out / "hf" / "notes"))
    assert set(dd) == {"train", "validation", "test"}
    patients = {s: set(dd[s]["patient_id"]) for s in dd}
    assert all(patients[s] for s in patients)
    assert not (patients["train"] & patients["validation"] or patients["train"] & patients["test"]
                or patients["validation"] & patients["test"])
    assert sum(len(v) for v in patients.values()) == 30
    assert len(patients["train"]) == 18  # 0.6 of 30, exact because the cut is per position


def _digest_tree(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_same_inputs_give_byte_identical_outputs(export: Path) -> None:
    run_recipe(export / "r.yaml", out_dir=export / "a")
    run_recipe(export / "r.yaml", out_dir=export / "b")
    a, b = _digest_tree(export / "a"), _digest_tree(export / "b")
    assert a.keys() == b.keys() and len(a) > 10
    assert [k for k in a if a[k] != b[k]] == []


def test_split_changes_with_seed_but_not_with_input_order(export: Path) -> None:
    run_recipe(export / "r.yaml", out_dir=export / "a")
    lines = (export / "notes.csv").read_text().splitlines()
    (export / "notes.csv").write_text("\n".join([lines[0], *reversed(lines[1:])]) + "\n")
    run_recipe(export / "r.yaml", out_dir=export / "b")

    def split_of(d: str) -> dict[str, str]:
        df = pl.read_parquet(export / d / "notes" / "*.parquet")
        return dict(df.select("patient_id", "split").unique().iter_rows())

    assert split_of("a") == split_of("b")


def test_recipe_unknown_key_names_its_path(export: Path) -> None:
    (export / "bad.yaml").write_text((export / "r.yaml").read_text() + "normalise: {}\n")
    with pytest.raises(RecipeError, match=r"unknown key normalise"):
        load_recipe(export / "bad.yaml")
    (export / "bad2.yaml").write_text((export / "r.yaml").read_text().replace(
        "{kind: notes, path: notes.csv}", "{kind: notes, path: notes.csv, colums: {}}"))
    with pytest.raises(RecipeError, match=r"inputs\[0\]\.colums"):
        load_recipe(export / "bad2.yaml")


def test_missing_or_empty_key_is_an_error_never_a_default(export: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (export / "site.key").write_text("")
    with pytest.raises(SiteKeyError, match="empty"):
        run_recipe(export / "r.yaml", out_dir=export / "o")
    (export / "site.key").unlink()
    with pytest.raises(SiteKeyError, match="not found"):
        run_recipe(export / "r.yaml", out_dir=export / "o")
    (export / "r2.yaml").write_text((export / "r.yaml").read_text().replace("key_file: site.key\n", ""))
    monkeypatch.delenv("CANCERPREP_DEID_KEY", raising=False)
    with pytest.raises(SiteKeyError, match="no default key"):
        run_recipe(export / "r2.yaml", out_dir=export / "o")
    monkeypatch.setenv("CANCERPREP_DEID_KEY", KEY)
    assert run_recipe(export / "r2.yaml", out_dir=export / "o")["counts"]["notes_out"] == 90


def test_cli_build_dataset_exit_codes_and_messages(export: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(app, ["--quiet", "build-dataset", str(export / "r.yaml"), "-o", str(export / "cli")])
    assert ok.exit_code == 0, ok.output
    assert (export / "cli" / "run_summary.json").is_file()
    (export / "notes.csv").write_text("note_id,text\na,b\n")
    bad = runner.invoke(app, ["--quiet", "build-dataset", str(export / "r.yaml"), "-o", str(export / "cli2")])
    assert bad.exit_code == 2
    assert "notes.csv" in bad.output and "patient_id" in bad.output
    strict_src = "note_id,patient_id,note_date,note_type,text\na,p,2020-01-01,other,x\nb,p,bad,other,y\n"
    (export / "notes.csv").write_text(strict_src)
    strict = runner.invoke(app, ["--quiet", "build-dataset", str(export / "r.yaml"), "-o", str(export / "s"),
                                 "--strict"])
    assert strict.exit_code == 2 and "row 2" in strict.output


def test_cli_version_and_help() -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["--version"]).output.startswith("cancerprep ")
    result = runner.invoke(app, ["build-dataset", "--help"])
    assert result.exit_code == 0 and "--out" in result.output
