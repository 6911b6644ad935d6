"""The HTML report: self-contained, escaped, and rendered by headless Chromium (Debian's `chromium`).

These tests FAIL (never skip) when Chromium is missing: `.ci/run` installs it.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from PIL import Image

from cancerprep.outputs.card import dataset_tables
from cancerprep.outputs.report import render_report
from cancerprep.records import PAIR_SCHEMA
from cancerprep.runner import run_recipe
from tests.assembly.support import SECRET_NAME, make_export
from tests.outputs.support import chromium

SECTIONS = ("summary", "splits", "cancer-types", "note-lengths", "phi", "dedup", "quarantine", "examples")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("report")
    out = tmp / "out"
    run_recipe(make_export(tmp), out_dir=out)
    return out / "report.html"


def test_report_renders_in_chromium_with_every_section(report: Path, tmp_path: Path) -> None:
    dom = chromium(["--dump-dom", report.as_uri()], tmp_path).stdout
    for section in SECTIONS:
        assert f'id="{section}"' in dom, section
    assert dom.count('src="data:image/png;base64,') >= 4  # split, cancer type, length, dedup? (>= 4 plots)
    shot = tmp_path / "report.png"
    chromium(["--window-size=1200,1800", f"--screenshot={shot}", report.as_uri()], tmp_path)
    image = Image.open(shot).convert("RGB")
    colors = image.getcolors(maxcolors=1 << 20)
    assert image.size == (1200, 1800)
    assert colors is not None and len(colors) > 50  # text and plots, not a blank page
    white = max(count for count, rgb in colors if rgb == (255, 255, 255)) if any(
        rgb == (255, 255, 255) for _, rgb in colors) else 0
    assert white < 0.97 * 1200 * 1800


def test_report_is_self_contained_and_has_no_note_text(report: Path) -> None:
    html = report.read_text()
    assert "<script" not in html and "http://" not in html and "https://" not in html
    assert SECRET_NAME not in html  # no deid stage ran, so no examples are shown
    assert "Not de-identified" in html


def _pairs() -> dict[str, pl.DataFrame]:
    rows = [{"id": f"p{i}", "task": "diagnosis", "instruction": "You are a medical expert.",
             "input": "<script>document.title='pwned'</script><img src=x onerror=alert(1)> Tumor 2 cm.",
             "output": "Breast <b>cancer</b>", "source_note_id": f"n{i}", "patient_pseudonym": f"P{i}",
             "cancer_type": "breast", "split": "train", "variant": "clean", "meta": "{}"} for i in range(3)]
    return {"diagnosis": pl.DataFrame(rows, schema=PAIR_SCHEMA)}


def test_examples_are_escaped_and_phi_counts_shown_when_deid_ran(tmp_path: Path) -> None:
    pairs = _pairs()
    notes = pl.DataFrame({"note_id": ["n0"], "patient_id": ["P0"], "note_type": ["clinical_note"],
                          "text": ["Tumor 2 cm."], "cancer_type": ["breast"], "split": ["train"]})
    summary = {"counts": {"notes_in": 1, "notes_out": 1},
               "stage_stats": {"phi.NAME": 12, "phi.DATE": 30, "phi.ID": 4, "dedup.notes_in": 1},
               "quarantine_by_reason": {"deid_error": 2}}
    page = render_report("t", True, summary, dataset_tables(notes, pairs), notes, pairs, examples=2)
    assert page.count('class="pair"') == 2
    assert "&lt;script&gt;" in page and "<script" not in page and "<b>cancer" not in page
    path = tmp_path / "r.html"
    path.write_text(page)
    dom = chromium(["--dump-dom", path.as_uri()], tmp_path).stdout
    assert "<title>cancerprep report: t</title>" in dom  # the embedded script did not run
    assert "pwned" in dom and "onerror" in dom  # shown as text only
    assert "NAME" in dom and "DATE" in dom and "deid_error" in dom
    hidden = render_report("t", False, summary, dataset_tables(notes, pairs), notes, pairs)
    assert "Tumor 2 cm" not in hidden and 'class="pair"' not in hidden


def test_report_is_deterministic(tmp_path: Path) -> None:
    pairs = _pairs()
    notes = pl.DataFrame({"note_id": ["n0", "n1"], "patient_id": ["P0", "P1"],
                          "note_type": ["clinical_note", "other"], "text": ["a b c", "d e f g h"],
                          "cancer_type": ["breast", "lung"], "split": ["train", "test"]})
    summary = {"counts": {}, "stage_stats": {"phi.NAME": 1, "dedup.exact_removed": 3}}
    a = render_report("t", True, summary, dataset_tables(notes, pairs), notes, pairs)
    b = render_report("t", True, summary, dataset_tables(notes, pairs), notes, pairs)
    assert a == b


def test_length_histogram_is_streamed_counts_equal_to_numpy() -> None:
    """The report's length plot holds bin counts, not one length per note; counts match np.histogram."""
    import random

    import numpy as np

    from cancerprep.outputs.report import LENGTH_BINS, LengthHistogram, note_length_histogram

    rng = random.Random(3)
    kinds = [rng.choice(["clinical_note", "pathology_report"]) for _ in range(500)]
    texts = ["x" * int(rng.lognormvariate(7, 1.2)) for _ in kinds]
    notes = pl.LazyFrame({"note_type": kinds, "text": texts})
    edges, per_type = note_length_histogram(notes)
    assert 2 <= len(edges) <= LENGTH_BINS + 1 and sum(map(sum, per_type.values())) == 500
    for kind, counts in per_type.items():
        lengths = [len(t) for t, k in zip(texts, kinds, strict=True) if k == kind]
        assert counts == np.histogram(lengths, bins=edges)[0].tolist()
    # The runner adds shard after shard: the same counts as over the whole.
    frame = pl.DataFrame({"note_type": kinds, "text": texts})
    streamed = LengthHistogram().add(frame.head(300)).add(frame.slice(300))
    assert note_length_histogram(streamed) == (edges, per_type)
    assert note_length_histogram(pl.LazyFrame({"note_type": [], "text": []},
                                              schema={"note_type": pl.Utf8, "text": pl.Utf8})) == ([], {})
