"""The wheel built from the checkout installs in a fresh venv and runs the demo recipe.

A site installs cancerprep from a wheel, not from a checkout: this catches package data (schemas/,
cancerprep/data/) left out of the wheel and paths computed from the source tree. The fresh venv
gets the dependencies already installed in the running interpreter's venv through a .pth file
naming its site-packages; .pth files inside that directory are not processed, so the editable
install of cancerprep stays out and `import cancerprep` finds the wheel's copy. Nothing is
downloaded (--no-index, --no-build-isolation).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.paths import RECIPES, REPO

pytestmark = pytest.mark.slow

PROBE = """
import json, cancerprep
from cancerprep import resources
print(json.dumps({"package": cancerprep.__file__,
                  "schema": str(resources.schema("note.schema.json")),
                  "taxonomy": str(resources.schema("taxonomy.yaml")),
                  "vocab": str(resources.data("deid/medical_vocab.txt"))}))
"""


def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, f"{cmd[:3]} exited {done.returncode}: {done.stderr[-3000:]}"
    return done


def _copy_checkout(dest: Path) -> Path:
    """The checkout's files (tracked and untracked, not ignored), links kept: no build/ or egg-info of the tree."""
    listed = subprocess.run(["git", "-C", str(REPO), "ls-files", "-co", "--exclude-standard", "-z"],
                            capture_output=True, check=True).stdout.decode().split("\0")
    for rel in filter(None, listed):
        src = REPO / rel
        if not src.exists() and not src.is_symlink():  # deleted in the working tree
            continue
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, dest / rel, follow_symlinks=False)
    return dest


def test_wheel_installs_in_a_fresh_venv_and_builds_the_demo(tmp_path: Path) -> None:
    source = _copy_checkout(tmp_path / "src")
    dist = tmp_path / "dist"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q",
          "-w", str(dist), str(source)], cwd=tmp_path)
    (wheel,) = dist.glob("cancerprep-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in ("cancerprep/schemas/note.schema.json", "cancerprep/schemas/taxonomy.yaml",
                     "cancerprep/schemas/stages/deid.schema.json", "cancerprep/data/deid/medical_vocab.txt",
                     "cancerprep/data/spelling/clinical_terms.txt", "cancerprep/data/coding_vocab.json"):
        assert required in names, required

    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=tmp_path)
    python = venv / "bin" / "python"
    site = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                     cwd=tmp_path).stdout.strip())
    (site / "installed-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "-q",
          str(wheel)], cwd=tmp_path)

    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    probe = json.loads(_run([str(python), "-c", PROBE], cwd=tmp_path, env=env).stdout)
    for path in probe.values():
        assert Path(path).resolve().is_relative_to(site), probe  # the wheel's copy, not the checkout's
        assert Path(path).is_file(), path

    out = tmp_path / "out"
    _run([str(venv / "bin" / "cancerprep"), "-q", "build-dataset", str(RECIPES / "demo.yaml"), "-o", str(out)],
         cwd=tmp_path, env=env)
    summary = json.loads((out / "run_summary.json").read_text())
    assert summary["counts"]["notes_out"] > 0
    manifest = json.loads((out / "manifest.json").read_text())["files"]
    assert "notes/part-00000.parquet" in manifest and "README.md" in manifest
