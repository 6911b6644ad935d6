"""De-duplication: exact + near-duplicate removal, accounting, and no near-duplicate across splits."""

from __future__ import annotations

import csv
import itertools
import random
from datetime import date
from pathlib import Path

import polars as pl
import pytest

from cancerprep.assembly.dedup.decide import deduplicate, patient_groups
from cancerprep.assembly.dedup.minhash import jaccard, near_duplicate_clusters, shingles
from cancerprep.errors import RecipeError
from cancerprep.recipe import load_recipe
from cancerprep.runner import run_recipe
from cancerprep.sitekey import keyed_id

KEY = "test-key-0123456789abcdef0123456789"
VOCAB = [f"w{i}" for i in range(400)]


def _text(rng: random.Random, n: int = 200) -> list[str]:
    return [rng.choice(VOCAB) for _ in range(n)]


def _edit(words: list[str], rng: random.Random, k: int = 2) -> list[str]:
    out = list(words)
    for pos in rng.sample(range(len(out)), k):
        out[pos] = "edited"
    return out


def _export(tmp: Path, near_action: str = "remove") -> dict[str, int]:
    """40 patients x 2 distinct notes, plus planted cross-patient exact and near copies."""
    rng = random.Random(5)
    rows: list[list[str]] = []
    base: list[list[str]] = []
    for p in range(40):
        for k in range(2):
            words = _text(rng)
            base.append(words)
            rows.append([f"n{p}-{k}", f"pat{p}", f"2021-01-{10 + k:02d}", "clinical_note", " ".join(words)])
    planted_exact = planted_near = 0
    for i in range(6):  # exact copies (case and spacing changed) into another patient, dated later
        src = base[i * 7]
        text = "  ".join(src).upper() + " ."
        rows.append([f"x{i}", f"pat{(i * 7 // 2 + 11) % 40}", "2022-05-01", "clinical_note", text])
        planted_exact += 1
    for i in range(8):  # near copies (2 of 200 words changed) into another patient, dated later
        src = base[i * 9 + 1]
        rows.append([f"y{i}", f"pat{(i * 9 // 2 + 17) % 40}", "2022-06-01", "clinical_note",
                     " ".join(_edit(src, rng))])
        planted_near += 1
    with open(tmp / "notes.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["note_id", "patient_id", "note_date", "note_type", "text"])
        w.writerows(rows)
    (tmp / "site.key").write_text(KEY)
    (tmp / "r.yaml").write_text(
        "version: 1\nname: d\nseed: 3\nkey_file: site.key\n"
        "inputs:\n  - {kind: notes, path: notes.csv}\n"
        "split: {ratios: {train: 0.5, validation: 0.25, test: 0.25}, stratify: null}\n"
        f"dedup: {{threshold: 0.8, near_action: {near_action}}}\n")
    return {"exact": planted_exact, "near": planted_near, "total": len(rows)}


def _near_pairs_across_splits(notes: pl.DataFrame, threshold: float = 0.8) -> list[tuple[str, str]]:
    """Brute force over every pair with the true Jaccard (not the MinHash estimate)."""
    rows = [(r["note_id"], r["split"], shingles(r["text"], 5)) for r in notes.iter_rows(named=True)]
    return [(a[0], b[0]) for a, b in itertools.combinations(rows, 2)
            if a[1] != b[1] and jaccard(a[2], b[2]) >= threshold]


def test_removes_planted_duplicates_and_accounts_for_every_row(tmp_path: Path) -> None:
    planted = _export(tmp_path)
    out = tmp_path / "out"
    summary = run_recipe(tmp_path / "r.yaml", out_dir=out)
    c, st = summary["counts"], summary["stage_stats"]
    assert st["dedup.exact_removed"] == planted["exact"]
    assert st["dedup.near_removed"] == planted["near"]
    assert c["notes_in"] == planted["total"] == c["notes_out"] + c["notes_quarantined"]
    q = pl.read_parquet(out / "quarantine.parquet")
    removed = q.filter(pl.col("stage") == "dedup")
    planted_ids = [f"x{i}" for i in range(6)] + [f"y{i}" for i in range(8)]  # keyed hashes in the output
    assert sorted(removed["note_id"]) == sorted(keyed_id(KEY.encode(), i, "note_id", "N") for i in planted_ids)
    assert set(removed["reason"]) == {"exact_duplicate", "near_duplicate"}
    assert removed["detail"].str.contains("w1").sum() == 0  # no note text in the quarantine
    notes = pl.read_parquet(out / "notes" / "*.parquet")
    assert notes.height == 80 and not set(notes["note_id"]) & set(removed["note_id"])
    assert _near_pairs_across_splits(notes) == []


def test_group_mode_keeps_near_duplicates_but_never_across_splits(tmp_path: Path) -> None:
    planted = _export(tmp_path, near_action="group")
    out = tmp_path / "out"
    summary = run_recipe(tmp_path / "r.yaml", out_dir=out)
    st = summary["stage_stats"]
    assert st["dedup.near_removed"] == 0 and st["dedup.near_grouped_notes"] == 2 * planted["near"]
    assert st["dedup.cross_patient_groups"] >= 1 and st["dedup.largest_group_patients"] >= 2
    notes = pl.read_parquet(out / "notes" / "*.parquet")
    assert notes.height == 80 + planted["near"]
    assert _near_pairs_across_splits(notes) == []
    # patients are still whole: one split per patient
    assert notes.group_by("patient_id").agg(pl.col("split").n_unique())["split"].max() == 1


def test_without_dedup_section_near_duplicates_can_straddle(tmp_path: Path) -> None:
    """The control: the check above would catch a leak (same data, no dedup section)."""
    _export(tmp_path)
    text = (tmp_path / "r.yaml").read_text().replace("dedup: {threshold: 0.8, near_action: remove}\n", "")
    (tmp_path / "r.yaml").write_text(text)
    run_recipe(tmp_path / "r.yaml", out_dir=tmp_path / "out")
    notes = pl.read_parquet(tmp_path / "out" / "notes" / "*.parquet")
    assert _near_pairs_across_splits(notes)


def test_keeps_the_earliest_note_and_is_order_independent() -> None:
    rng = random.Random(1)
    words = _text(rng)
    frame = pl.DataFrame({
        "note_id": ["late", "early", "other"],
        "patient_id": ["a", "b", "c"],
        "note_date": [date(2022, 1, 1), date(2020, 1, 1), date(2021, 1, 1)],
        "text": [" ".join(_edit(words, rng)), " ".join(words), " ".join(_text(rng))],
        "source": ["f", "f", "f"], "source_row": [1, 2, 3],
    })
    for perm in ([0, 1, 2], [2, 1, 0], [1, 2, 0]):
        result = deduplicate(frame[perm], {"exact": True, "near": True})
        assert sorted(result.notes["note_id"]) == ["early", "other"]
        assert result.quarantine["note_id"].to_list() == ["late"]


def test_minhash_clusters_and_threshold() -> None:
    rng = random.Random(2)
    a = _text(rng)
    texts = [" ".join(a), " ".join(_edit(a, rng, 2)), " ".join(_text(rng)), " ".join(_edit(a, rng, 60))]
    roots = near_duplicate_clusters(texts, threshold=0.8, num_perm=128, shingle_words=5)
    assert roots[0] == roots[1] == 0 and roots[2] == 2 and roots[3] == 3


def test_patient_groups_are_connected_components() -> None:
    g = patient_groups(["a", "b", "c", "d", "e"], [("b", "a"), ("c", "b"), ("e", "d")])
    assert dict(g.iter_rows()) == {"a": "a", "b": "a", "c": "a", "d": "d", "e": "d"}


@pytest.mark.parametrize("bad", ["dedup: {threshold: 1.5}", "dedup: {near_action: drop}", "dedup: {thresold: 0.8}"])
def test_bad_dedup_options_are_recipe_errors(tmp_path: Path, bad: str) -> None:
    _export(tmp_path)
    text = (tmp_path / "r.yaml").read_text().replace("dedup: {threshold: 0.8, near_action: remove}", bad)
    (tmp_path / "r.yaml").write_text(text)
    with pytest.raises(RecipeError, match="dedup"):
        load_recipe(tmp_path / "r.yaml")


def test_cli_dedup_file(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from cancerprep.cli import app

    _export(tmp_path)
    runner = CliRunner()
    result = runner.invoke(app, ["dedup", str(tmp_path / "notes.csv"), "-o", str(tmp_path / "kept.parquet"),
                                 "--quarantine", str(tmp_path / "q.csv")])
    assert result.exit_code == 0, result.output
    assert "6 exact and 8 near duplicates removed, 80 kept" in result.output
    assert pl.read_parquet(tmp_path / "kept.parquet").height == 80
    assert set(pl.read_csv(tmp_path / "q.csv")["reason"]) == {"exact_duplicate", "near_duplicate"}
    exact = runner.invoke(app, ["dedup", str(tmp_path / "notes.csv"), "-o", str(tmp_path / "k2.csv"), "--exact-only"])
    assert "6 exact and 0 near" in exact.output
    bad = runner.invoke(app, ["dedup", str(tmp_path / "missing.csv"), "-o", str(tmp_path / "k3.csv")])
    assert bad.exit_code == 2 and "missing.csv" in bad.output


def test_leak_audit_flags_the_control_and_passes_the_deduplicated_run(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from cancerprep.cli import app
    from cancerprep.commands import audit_output

    _export(tmp_path)
    run_recipe(tmp_path / "r.yaml", out_dir=tmp_path / "dedup")
    assert audit_output(tmp_path / "dedup") == {"patients_in_two_splits": 0,
                                                "near_duplicate_clusters_across_splits": 0}
    text = (tmp_path / "r.yaml").read_text().replace("dedup: {threshold: 0.8, near_action: remove}\n", "")
    (tmp_path / "r.yaml").write_text(text)
    run_recipe(tmp_path / "r.yaml", out_dir=tmp_path / "plain")
    found = audit_output(tmp_path / "plain")
    assert found["patients_in_two_splits"] == 0 and found["near_duplicate_clusters_across_splits"] > 0
    runner = CliRunner()
    assert runner.invoke(app, ["verify", "--leaks", str(tmp_path / "dedup")]).exit_code == 0
    bad = runner.invoke(app, ["verify", "--leaks", str(tmp_path / "plain")])
    assert bad.exit_code == 1 and "leak:" in bad.output and "near duplicate clusters across splits" in bad.output


def test_a_corpus_without_duplicates_comes_out_unchanged() -> None:
    rng = random.Random(4)
    frame = pl.DataFrame({
        "note_id": [f"n{i}" for i in range(30)], "patient_id": [f"p{i % 7}" for i in range(30)],
        "note_date": [date(2021, 1 + i % 12, 1 + i % 27) for i in range(30)],
        "text": [" ".join(_text(rng, 60)) for _ in range(30)],
        "source": ["f"] * 30, "source_row": list(range(30, 0, -1)),
    })
    result = deduplicate(frame, {})
    assert result.notes.equals(frame) and result.quarantine.height == 0
    assert result.stats["dedup.notes_out"] == 30 and result.stats["dedup.largest_group_patients"] == 1
