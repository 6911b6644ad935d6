"""Scratch space outside the dataset (issue 16): nothing raw under OUT, private scratch, resume, verify,
and raw record ids replaced by keyed hashes in every output file (read by content, not by grep)."""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pyarrow as pa
import pytest
from typer.testing import CliRunner

from cancerprep import runner
from cancerprep.cli import app
from cancerprep.io.private import WorkFileError, derive_work_key, is_sealed, read_private_parquet
from cancerprep.outputs.manifest import verify_manifest
from cancerprep.runner import default_work_dir, run_recipe
from cancerprep.sitekey import fingerprint, keyed_digest, keyed_id

KEY = "test-key-0123456789abcdef0123456789"
RAW_MARKS = ("RAWNOTE4242", "RAWPAT9191", "RAWENC7373")  # planted in every raw note, patient and encounter id


def _export(tmp: Path, deid: bool = True) -> Path:
    rows = ["note_id,patient_id,note_date,note_type,text,encounter_id"]
    codes = ["patient_id,code,system,date,encounter_id"]
    for p in range(8):
        for k in range(2):
            kind = "pathology_report" if k == 0 else "clinical_note"
            # a date and a phone number in every note: de-identification changes every text
            text = (f"Seen on 03/1{k}/2021. Case {p}: invasive ductal carcinoma of the breast, grade {k + 1}. "
                    f"Call 617-555-01{p}{k} to follow up in clinic.")
            rows.append(f'RAWNOTE4242-{p}-{k},RAWPAT9191-{p},2021-0{k + 1}-1{p},{kind},"{text}",RAWENC7373-{p}{k}')
        codes.append(f"RAWPAT9191-{p},C50.91{p % 2},ICD10CM,2021-01-01,RAWENC7373-{p}0")
    # quarantined (date out of range)
    rows.append("RAWNOTE4242-bad,RAWPAT9191-0,9999-12-31,clinical_note,Out-of-range note 617-555-0199,RAWENC7373-x")
    (tmp / "notes.csv").write_text("\n".join(rows) + "\n")
    (tmp / "dx.csv").write_text("\n".join(codes) + "\n")
    (tmp / "site.key").write_text(KEY)
    os.chmod(tmp / "site.key", 0o600)
    stages = "stages:\n  - deid: {mode: tag}\n  - icd: {}\n" if deid else ""
    tasks = "tasks:\n  diagnosis: {}\n  pretrain: {}\n" if deid else ""
    (tmp / "r.yaml").write_text(
        "version: 1\nname: t\nseed: 7\nkey_file: site.key\n"
        "inputs:\n  - {kind: notes, path: notes.csv}\n  - {kind: codes, path: dx.csv}\n"
        f"normalize: {{shard_rows: 5}}\n{stages}{tasks}"
        "split: {ratios: {train: 0.6, validation: 0.2, test: 0.2}}\n")
    return tmp / "r.yaml"


def _raw_texts(tmp: Path) -> set[str]:
    return set(pl.read_csv(tmp / "notes.csv", infer_schema=False)["text"].drop_nulls().to_list())


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield str(k)
            yield from _strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)
    elif value is not None:
        yield str(value)


def file_strings(path: Path) -> Iterator[str]:
    """Every value a file holds, decoded by format: Parquet and Arrow by column, SQLite by row, text whole."""
    name = path.name
    if name.endswith(".parquet"):
        yield from _strings(pl.read_parquet(path).to_dicts())
    elif name.endswith(".arrow"):
        with pa.memory_map(str(path)) as source:
            try:
                table = pa.ipc.open_stream(source).read_all()
            except pa.ArrowInvalid:
                table = pa.ipc.open_file(source).read_all()
        yield from _strings(table.to_pylist())
    elif name.endswith((".sqlite", ".db")):
        db = sqlite3.connect(path)
        for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall():
            yield from _strings(db.execute(f"SELECT * FROM {table}").fetchall())
        db.close()
    else:
        yield path.read_bytes().decode("utf-8")  # every other output is text (JSON, CSV, YAML, MD, HTML)


def all_output_strings(out: Path) -> Iterator[tuple[str, str]]:
    for path in sorted(out.rglob("*")):
        if path.is_file():
            for s in file_strings(path):
                yield path.relative_to(out).as_posix(), s


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    tmp = tmp_path_factory.mktemp("scratch")
    recipe = _export(tmp)
    out, work = tmp / "out", tmp / "work"
    run_recipe(recipe, out_dir=out, work_dir=work, keep_work=True, workers=1)
    return tmp, out, work


def test_no_output_file_holds_a_raw_id_or_a_raw_note(built: tuple[Path, Path, Path]) -> None:
    tmp, out, _ = built
    raw = _raw_texts(tmp)
    files = {rel for rel, _ in all_output_strings(out)}
    assert {"notes/part-00000.parquet", "quarantine.parquet", "tasks/diagnosis/train.parquet"} <= files
    assert any(rel.endswith(".arrow") for rel in files)
    for rel, value in all_output_strings(out):
        for mark in RAW_MARKS:
            assert mark not in value, f"{rel} holds a raw id"
        assert value not in raw, f"{rel} holds a raw note text"
    assert not (out / "_work").exists()
    key = KEY.encode()
    notes = pl.read_parquet(out / "notes")
    assert set(notes["note_id"]) >= {keyed_id(key, "RAWNOTE4242-0-0", "note_id", "N")}
    assert notes["source_row"].null_count() == notes.height
    assert keyed_id(key, "RAWENC7373-00", "encounter", "E") in set(notes["encounter_id"])  # same hash as deid's
    q = pl.read_parquet(out / "quarantine.parquet")
    assert q.select("source_row", "note_id", "reason").rows() == [
        (17, keyed_id(key, "RAWNOTE4242-bad", "note_id", "N"), "date_out_of_range")]
    assert q["source"][0].endswith("notes.csv")  # the input as the recipe names it: the site can find the row


def test_a_crash_after_the_tasks_leaves_no_raw_id_under_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pairs are keyed as they are written: a run that dies before its outputs are finished (no manifest
    yet) has still written no raw note id or unkeyed pair id into the task files under OUT."""
    recipe = _export(tmp_path)

    finish = runner.TaskAssembler.finish

    def crash(self: runner.TaskAssembler, notes: pl.LazyFrame) -> object:
        finish(self, notes)  # the task's files are written and closed ...
        raise RuntimeError("simulated crash")  # ... and the run dies at once

    monkeypatch.setattr(runner.TaskAssembler, "finish", crash)
    out = tmp_path / "out"
    with pytest.raises(RuntimeError, match="simulated crash"):
        run_recipe(recipe, out_dir=out, work_dir=tmp_path / "work", keep_work=True, workers=1)
    task_files = sorted((out / "tasks").rglob("*.parquet"))
    assert {p.parent.name for p in task_files} == {"diagnosis"}  # the first task finished, then the crash
    pairs = pl.concat([pl.read_parquet(p) for p in task_files if pl.read_parquet(p).height], how="diagonal")
    assert pairs.height > 0
    for value in _strings(pairs.to_dicts()):
        for mark in RAW_MARKS:
            assert mark not in value, "a task file holds a raw id"
    key = KEY.encode()
    assert set(pairs["source_note_id"]) <= {keyed_id(key, f"RAWNOTE4242-{p}-{k}", "note_id", "N")
                                            for p in range(8) for k in range(2)}


def test_scratch_is_private_and_holds_the_raw_shards(built: tuple[Path, Path, Path]) -> None:
    _, _, work = built
    files = [p for p in work.rglob("*") if p.is_file()]
    assert any(p.parent.name == "normalized" for p in files)  # the raw shards live here, not in OUT
    for p in [work, *work.rglob("*")]:
        mode = stat.S_IMODE(p.stat().st_mode)
        assert mode & 0o077 == 0, f"{p} is mode {mode:o}"


def test_verify_catches_a_stray_file(built: tuple[Path, Path, Path]) -> None:
    _, out, _ = built
    assert verify_manifest(out) == []
    (out / "_work").mkdir()
    (out / "_work" / "shard.parquet").write_bytes(b"x")
    try:
        assert verify_manifest(out) == ["not in manifest: _work/shard.parquet"]
        result = CliRunner().invoke(app, ["verify", str(out)])
        assert result.exit_code == 1 and "_work/shard.parquet" in result.output
    finally:
        (out / "_work" / "shard.parquet").unlink()
        (out / "_work").rmdir()


def test_resume_after_a_crash_finds_its_work_dir_and_removes_it_on_success(tmp_path: Path, monkeypatch) -> None:
    recipe = _export(tmp_path, deid=False)
    out = tmp_path / "out"
    work = default_work_dir(out, fingerprint(KEY.encode()))
    assert out.resolve() not in work.parents and work.parent.name == f"cancerprep-{os.getuid()}"

    def crash(*args, **kwargs):
        raise RuntimeError("killed")

    with monkeypatch.context() as patch, pytest.raises(RuntimeError):
        patch.setattr(runner, "write_outputs", crash)
        run_recipe(recipe, out_dir=out, workers=1)
    assert (work / "normalized").is_dir() and stat.S_IMODE(work.stat().st_mode) == 0o700
    assert not (out / "manifest.json").exists()
    summary = run_recipe(recipe, out_dir=out, workers=1)
    assert summary["counts"]["notes_out"] == 16 and verify_manifest(out) == []
    assert not work.exists()
    clean = tmp_path / "clean"
    run_recipe(recipe, out_dir=clean, workers=1)
    assert json.loads((clean / "manifest.json").read_text()) == json.loads((out / "manifest.json").read_text())


def test_a_work_dir_inside_out_is_refused(tmp_path: Path) -> None:
    recipe = _export(tmp_path, deid=False)
    result = CliRunner().invoke(app, ["build-dataset", str(recipe), "-o", str(tmp_path / "out"),
                                      "--work-dir", str(tmp_path / "out" / "w")])
    assert result.exit_code == 2 and "must not be inside the output folder" in result.output


def test_bad_output_paths_and_a_full_disk_exit_2_with_one_line(tmp_path: Path, monkeypatch) -> None:
    recipe = _export(tmp_path, deid=False)
    cli = CliRunner()
    (tmp_path / "a-file").write_text("x")
    result = cli.invoke(app, ["build-dataset", str(recipe), "-o", str(tmp_path / "a-file")])
    assert result.exit_code == 2 and result.output.count("\n") == 1 and "is a file, not a folder" in result.output
    # a folder nobody may write (even root): /sys refuses new entries
    result = cli.invoke(app, ["build-dataset", str(recipe), "-o", "/sys/cancerprep-test-out"])
    assert result.exit_code == 2 and result.output.count("\n") == 1 and "cannot write" in result.output
    # a full disk half-way through the writes: one line, and no manifest claiming a complete dataset
    out = tmp_path / "out"
    assert cli.invoke(app, ["--quiet", "build-dataset", str(recipe), "-o", str(out)]).exit_code == 0
    assert (out / "manifest.json").is_file()

    def full(frame, path):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(runner, "write_parquet", full)
    result = cli.invoke(app, ["--quiet", "build-dataset", str(recipe), "-o", str(out)])
    assert result.exit_code == 2 and result.output.count("\n") == 1
    assert "No space left on device" in result.output and "Traceback" not in result.output
    assert not (out / "manifest.json").exists()


def test_an_explicit_work_dir_is_private_and_its_parent_left_alone(tmp_path: Path) -> None:
    recipe = _export(tmp_path, deid=False)
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o755)
    run_recipe(recipe, out_dir=tmp_path / "out", workers=1, work_dir=shared / "w", keep_work=True)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755
    assert stat.S_IMODE((shared / "w").stat().st_mode) == 0o700 and (shared / "w" / "normalized").is_dir()


def test_raw_work_files_are_encrypted_and_the_seen_ids_keyed(built: tuple[Path, Path, Path]) -> None:
    tmp, _, work = built
    raw = _raw_texts(tmp)
    work_key = derive_work_key(KEY.encode())
    sealed = [*work.glob("normalized/*.parquet"), *work.glob("stages/*/*.quarantine.parquet"),
              *work.glob("stages/*/00-deid.parquet")]  # every stage's records but the chain's last (icd)
    n_shards = len(list(work.glob("normalized/*.parquet")))
    assert n_shards >= 2 and len(sealed) == 4 * n_shards  # normalized, quarantine and deid records of each shard
    for p in sealed:
        data = p.read_bytes()
        assert is_sealed(p) and not any(m.encode() in data for m in RAW_MARKS)
        with pytest.raises(pl.exceptions.ComputeError):
            pl.read_parquet(p)
    shards = pl.concat([read_private_parquet(p, work_key) for p in sorted(work.glob("normalized/*.parquet"))])
    assert shards.height == 16 and shards["note_id"].str.starts_with("RAWNOTE4242").all()  # all there, sealed
    # plain work files: the chain's last records (de-identified text; raw note ids) and the stats
    for p in work.rglob("*"):
        if p.is_file() and p not in sealed and p.suffix != ".sqlite":
            for value in file_strings(p):
                assert value not in raw and "RAWPAT9191" not in value and "RAWENC7373" not in value, p
    ids = [r[0] for r in sqlite3.connect(work / "seen_ids.sqlite").execute("SELECT id FROM seen")]
    assert len(ids) == 16 and keyed_digest(work_key, "RAWNOTE4242-0-0", "seen_id") in ids
    assert not any(m in i for i in ids for m in RAW_MARKS)


def test_a_kept_work_dir_under_another_key_is_redone_not_misread(built: tuple[Path, Path, Path],
                                                                 tmp_path: Path) -> None:
    tmp, _, work = built
    copy = tmp_path / "work"
    shutil.copytree(work, copy)
    other = tmp_path / "r.yaml"
    (tmp_path / "other.key").write_text("another-key-0123456789abcdef0123456789")
    os.chmod(tmp_path / "other.key", 0o600)
    other.write_text((tmp / "r.yaml").read_text().replace("key_file: site.key", f"key_file: {tmp_path}/other.key")
                     .replace("path: notes.csv", f"path: {tmp}/notes.csv")
                     .replace("path: dx.csv", f"path: {tmp}/dx.csv"))
    summary = run_recipe(other, out_dir=tmp_path / "out", work_dir=copy, workers=1)
    assert summary["counts"]["notes_out"] == 16 and not copy.exists()
    # a sealed file read with the wrong key: one line naming the file, nothing of its content
    shard = next(work.glob("normalized/*.parquet"))
    with pytest.raises(WorkFileError, match="another site key") as err:
        read_private_parquet(shard, derive_work_key(b"another-key-0123456789abcdef0123456789"))
    assert str(shard) in str(err.value) and "\n" not in str(err.value)
