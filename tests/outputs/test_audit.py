"""Privacy audit: the bound, the seeded sample, the pages (rendered in headless Chromium) and the command.

The Chromium test FAILS (never skips) when Debian's chromium is missing, like tests/outputs/test_report.py.
"""

from __future__ import annotations

import csv
import json
import math
import stat
from pathlib import Path

import polars as pl
import pytest
from PIL import Image
from typer.testing import CliRunner

from cancerprep.cli import app
from cancerprep.commands import privacy_audit_pages, privacy_audit_report
from cancerprep.errors import InputError
from cancerprep.outputs import audit
from cancerprep.outputs.manifest import verify_manifest
from cancerprep.runner import run_recipe
from cancerprep.stages.base import RunContext
from cancerprep.stages.deid.stage import DeidStage
from tests.outputs.support import chromium

PLANTED = "Winifred Okonkwo-Baptiste"


# -- the bound ------------------------------------------------------------------------------------------
def _binom_cdf(k: int, n: int, p: float) -> float:
    return sum(math.comb(n, i) * p**i * (1 - p) ** (n - i) for i in range(k + 1))


def _reference_upper(k: int, n: int, alpha: float = 0.05) -> float:
    """Independent of scipy: bisect P(X <= k | n, p) = alpha over p (the CDF falls as p grows)."""
    lo, hi = 0.0, 1.0
    for _ in range(200):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if _binom_cdf(k, n, mid) > alpha else (lo, mid)
    return (lo + hi) / 2


def test_zero_of_59_bounds_the_rate_at_about_five_percent() -> None:
    upper = audit.upper_bound(0, 59)
    assert upper == pytest.approx(1 - 0.05 ** (1 / 59), rel=1e-9)  # closed form for k = 0
    assert 0.049 < upper < 0.0508 < 3 / 59 + 1e-9  # rule of three is the (slightly larger) approximation


@pytest.mark.parametrize(("k", "n"), [(2, 50), (5, 100), (1, 10), (0, 300)])
def test_bound_matches_an_independent_binomial_inversion(k: int, n: int) -> None:
    assert audit.upper_bound(k, n) == pytest.approx(_reference_upper(k, n), abs=1e-9)


def test_bound_edges() -> None:
    assert audit.upper_bound(7, 7) == 1.0
    assert audit.upper_bound(9, 10) == pytest.approx(0.95 ** (1 / 10), rel=1e-9)  # k = n - 1: 1 - p^n = 0.05
    with pytest.raises(ValueError):
        audit.upper_bound(3, 2)


# -- sampling and highlighting ----------------------------------------------------------------------------
def test_sample_is_reproducible_and_independent_of_input_order() -> None:
    ids = [f"n{i}" for i in range(500)]
    first = audit.draw_sample(ids, 40, seed=7)
    assert first == audit.draw_sample(list(reversed(ids)), 40, seed=7)
    assert len(set(first)) == 40 and set(first) <= set(ids)
    assert audit.draw_sample(ids, 40, seed=8) != first
    assert sorted(audit.draw_sample(ids[:5], 40, seed=7)) == ids[:5]


def test_highlight_escapes_text_and_marks_each_replacement() -> None:
    text = "<b>Pat</b> Jane Roe seen 2019-03-04 by Dr. Lee."
    blob = json.dumps([{"start": 11, "end": 19, "entity_type": "NAME"},
                       {"start": 25, "end": 35, "entity_type": "DATE"},
                       {"start": 26, "end": 30, "entity_type": "DATE"},  # overlaps: dropped
                       {"start": 40, "end": 99, "entity_type": "NAME"}])  # past the end: dropped
    reps = audit.parse_replacements(text, blob)
    assert [(r.start, r.end) for r in reps] == [(11, 19), (25, 35)]
    page = audit.highlight(text, reps)
    assert "<b>" not in page and "&lt;b&gt;Pat" in page
    assert '<mark class="phi" data-type="NAME" title="NAME">Jane Roe<sup>NAME</sup></mark>' in page
    assert audit.parse_replacements("Seen by [NAME] on [DATE].", None) == ()  # text alone never locates them


def test_verdict_errors_name_row_and_field_never_the_value() -> None:
    good = "audit_id,note_id,replacements,missed_phi,over_redaction,comment\nA0001,n1,3,0,1,\nA0002,n2,2,2,0,\n"
    verdicts = audit.parse_verdicts(good)
    assert [(v.missed_phi, v.over_redaction) for v in verdicts] == [(0, 1), (2, 0)]
    bad = f"audit_id,note_id,replacements,missed_phi,over_redaction,comment\nA0001,n1,3,{PLANTED},0,\n"
    with pytest.raises(InputError) as err:
        audit.parse_verdicts(bad, source="v.csv")
    assert "row 1" in str(err.value) and "missed_phi" in str(err.value) and PLANTED not in str(err.value)
    with pytest.raises(InputError, match=r"row 1.*over_redaction"):
        audit.parse_verdicts("audit_id,note_id,replacements,missed_phi,over_redaction,comment\nA1,n1,0,0,,\n")


def test_summary_counts_notes_with_missed_phi() -> None:
    verdicts = [audit.Verdict(f"A{i}", f"n{i}", missed_phi=2 if i == 0 else 0, over_redaction=1 if i < 3 else 0,
                              replacements=4) for i in range(59)]
    result = audit.summarize(verdicts)
    assert result["notes_with_missed_phi"] == 1 and result["missed_phi_spans"] == 2
    assert result["residual_phi_rate"] == pytest.approx(1 / 59)
    assert result["residual_phi_rate_upper"] == pytest.approx(_reference_upper(1, 59), abs=1e-9)
    assert result["over_redactions"] == 3 and result["over_redaction_share"] == pytest.approx(3 / 236)


# -- the command over a real de-identified output --------------------------------------------------------
NOTES = [
    f"Patient {PLANTED} was seen on 03/04/2019 at Boston General Hospital, MRN 12345678. Biopsy: invasive "
    "ductal carcinoma, ER positive.",
    "Mr. John Smith, DOB 01/02/1950, phone 617-555-0199, lives at 12 Elm Street, Springfield.",
    "Follow-up visit. No evidence of recurrence. Continue tamoxifen.",
] + [f"Note {i}: Dr. Alice Walker reviewed the CT of 0{i % 9 + 1}/11/2020 with the patient." for i in range(9)]


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A minimal build-dataset output: notes de-identified by the real deid stage + a manifest."""
    out = tmp_path_factory.mktemp("audit") / "out"
    batch = pl.DataFrame({"note_id": [f"n{i:02d}" for i in range(len(NOTES))],
                          "patient_id": [f"p{i % 4}" for i in range(len(NOTES))],
                          "note_date": ["2020-01-02"] * len(NOTES), "note_type": ["clinical_note"] * len(NOTES),
                          "text": NOTES})
    stage = DeidStage({"replacements_col": audit.REPLACEMENTS_COL}, RunContext(key=b"audit-test-key-0123456789"))
    notes = stage.process(batch).records.with_columns(pl.lit("train").alias("split"))
    (out / "notes").mkdir(parents=True)
    notes.write_parquet(out / "notes" / "part-00000.parquet")
    (out / "manifest.json").write_text('{"algorithm": "sha256", "files": {}}\n')
    return out


def test_pages_are_private_outside_out_and_reproducible(dataset: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="outside the output folder"):
        privacy_audit_pages(dataset, dataset / "audit")
    assert not (dataset / "audit").exists()
    info = privacy_audit_pages(dataset, tmp_path / "a", notes=8, seed=3, batch_size=5)
    privacy_audit_pages(dataset, tmp_path / "b", notes=8, seed=3, batch_size=5)
    assert info["notes_sampled"] == 8 and info["pages"] == ["batch-001.html", "batch-002.html"]
    for name in ("batch-001.html", "batch-002.html", "verdicts.csv"):
        assert (tmp_path / "a" / name).read_text() == (tmp_path / "b" / name).read_text()
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o700
    for path in (tmp_path / "a").iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    page = (tmp_path / "a" / "batch-001.html").read_text()
    assert "<script" not in page and "http://" not in page and "https://" not in page and "<link" not in page
    assert PLANTED not in page + (tmp_path / "a" / "batch-002.html").read_text()  # de-identified text only
    assert info["replacements_shown"] > 8


def test_pages_render_in_chromium_with_highlighted_replacements(dataset: Path, tmp_path: Path) -> None:
    info = privacy_audit_pages(dataset, tmp_path / "pages", notes=len(NOTES), seed=0, batch_size=len(NOTES))
    page = tmp_path / "pages" / "batch-001.html"
    dom = chromium(["--dump-dom", page.as_uri()], tmp_path).stdout
    assert dom.count('<mark class="phi" data-type=') == info["replacements_shown"]
    notes = pl.read_parquet(dataset / "notes" / "part-00000.parquet")
    for text, blob in zip(notes["text"], notes[audit.REPLACEMENTS_COL], strict=True):
        for rep in json.loads(blob):  # every surrogate the stage wrote is inside a mark in the rendered DOM
            kind = rep["entity_type"]
            assert f'data-type="{kind}" title="{kind}">{text[rep["start"]:rep["end"]]}<sup>' in dom.replace(
                "&amp;", "&")
    shot = tmp_path / "audit.png"
    chromium(["--window-size=1000,1400", f"--screenshot={shot}", page.as_uri()], tmp_path)
    image = Image.open(shot).convert("RGB")
    highlighted = sum(count for count, rgb in image.getcolors(maxcolors=1 << 20)
                      if rgb[0] > 240 and 200 < rgb[1] < 225 and rgb[2] < 110)  # the #ffd54f marks
    assert highlighted > 500


def test_cli_audit_end_to_end(dataset: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    pages = tmp_path / "review"
    result = runner.invoke(app, ["audit", str(dataset), "--pages", str(pages), "--notes", "6", "--seed", "1"])
    assert result.exit_code == 0, result.output
    template = (pages / "verdicts.csv").read_text().splitlines()
    assert len(template) == 7
    filled = [template[0]] + [line.replace(",,,", ",1,0,") if i == 0 else line.replace(",,,", ",0,0,")
                              for i, line in enumerate(template[1:])]
    (pages / "verdicts.csv").write_text("\n".join(filled) + "\n")
    result = runner.invoke(app, ["audit", str(dataset), "--verdicts", str(pages / "verdicts.csv")])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["notes_reviewed"] == 6 and report["notes_with_missed_phi"] == 1
    assert report["residual_phi_rate_upper"] == pytest.approx(_reference_upper(1, 6), abs=1e-9)
    assert report == privacy_audit_report(dataset, pages / "verdicts.csv")
    result = runner.invoke(app, ["audit", str(dataset), "--pages", str(dataset / "pages")])
    assert result.exit_code == 2 and "outside the output folder" in result.output


def test_audit_of_a_built_dataset_keeps_its_manifest_valid(tmp_path: Path) -> None:
    """The column survives the whole run (stages, split, notes writer); pages outside OUT leave it intact."""
    with open(tmp_path / "notes.csv", "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["note_id", "patient_id", "note_date", "note_type", "text"])
        for i, text in enumerate(NOTES):
            writer.writerow([f"n{i:02d}", f"pat{i % 5}", "2021-02-01", "clinical_note", text])
    (tmp_path / "site.key").write_text("audit-test-key-f3a9c1e07b5d2468ace1")
    (tmp_path / "r.yaml").write_text(
        "version: 1\nname: audit\nkey_file: site.key\ninputs:\n  - {kind: notes, path: notes.csv}\n"
        "stages:\n  - deid: {replacements_col: deid_replacements}\ntasks:\n  pretrain: {}\n")
    out = tmp_path / "out"
    run_recipe(tmp_path / "r.yaml", out_dir=out, workers=1)
    info = privacy_audit_pages(out, tmp_path / "pages", notes=len(NOTES), seed=5)
    assert info["notes_sampled"] == len(NOTES) and info["replacements_shown"] > len(NOTES)
    pages = "".join(p.read_text() for p in (tmp_path / "pages").glob("batch-*.html"))
    assert PLANTED not in pages and pages.count('<mark class="phi" data-type=') == info["replacements_shown"]
    assert verify_manifest(out) == []


def test_a_dataset_without_replacement_offsets_is_refused(dataset: Path, tmp_path: Path) -> None:
    bare = tmp_path / "bare"
    (bare / "notes").mkdir(parents=True)
    notes = pl.read_parquet(dataset / "notes" / "part-00000.parquet").drop(audit.REPLACEMENTS_COL)
    notes.write_parquet(bare / "notes" / "part-00000.parquet")
    (bare / "manifest.json").write_text("{}\n")
    with pytest.raises(InputError, match="replacements_col"):
        privacy_audit_pages(bare, tmp_path / "pages")
    assert not (tmp_path / "pages").exists()
