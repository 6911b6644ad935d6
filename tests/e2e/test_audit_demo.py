"""`cancerprep audit` end to end on the demo (issue 16): build the demo, draw review pages, read verdicts back."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cancerprep.cli import app
from tests.paths import RECIPES

pytestmark = pytest.mark.slow


def test_audit_on_the_demo_output(tmp_path: Path) -> None:
    runner = CliRunner()
    out, pages = tmp_path / "demo", tmp_path / "review"
    built = runner.invoke(app, ["-q", "build-dataset", str(RECIPES / "demo.yaml"), "-o", str(out), "--workers", "2",
                                "--work-dir", str(tmp_path / "work")])
    assert built.exit_code == 0, built.output
    drawn = runner.invoke(app, ["audit", str(out), "--pages", str(pages), "--notes", "30", "--seed", "7"])
    assert drawn.exit_code == 0, drawn.output
    info = json.loads((pages / "sample.json").read_text())
    assert info["notes_sampled"] == 30 and info["replacements_shown"] > 30  # the demo notes carry planted PHI
    for f in pages.iterdir():
        assert stat.S_IMODE(f.stat().st_mode) == 0o600
    page = (pages / info["pages"][0]).read_text()
    assert page.count("<mark") >= 10
    rows = (pages / "verdicts.csv").read_text().splitlines()
    filled = [rows[0]] + [r.replace(",,,", ",0,0,") for r in rows[1:]]
    (pages / "verdicts.csv").write_text("\n".join(filled) + "\n")
    report = runner.invoke(app, ["audit", str(out), "--verdicts", str(pages / "verdicts.csv")])
    assert report.exit_code == 0, report.output
    summary = json.loads(report.stdout)
    assert summary["notes_reviewed"] == 30 and summary["notes_with_missed_phi"] == 0
    assert summary["residual_phi_rate_upper"] == pytest.approx(1 - 0.05 ** (1 / 30), abs=1e-9)
    verify = runner.invoke(app, ["verify", str(out)])
    assert verify.exit_code == 0, verify.output
