"""The output manifest: sha256 and size of every file a run wrote, so a reviewer can verify the dataset.

Every file under OUT is listed except the manifest itself: scratch lives outside OUT
(the run's work folder), so `verify` reports any other file as not in the manifest.
Paths are relative and sorted and there is no timestamp, so the same run gives the
same manifest byte for byte.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from cancerprep.io.tables import file_sha256

MANIFEST = "manifest.json"
EXCLUDED_DIRS: tuple[str, ...] = ()  # nothing: a stray folder in OUT is a finding, never skipped


def _files(out: Path) -> list[Path]:
    return sorted((p for p in out.rglob("*")
                   if p.is_file() and p.relative_to(out).parts[0] not in EXCLUDED_DIRS and p.name != MANIFEST),
                  key=lambda p: p.relative_to(out).as_posix())


def build_manifest(out: Path) -> dict[str, Any]:
    """Hash every output file; shared by writing and verifying, so both see the same file set."""
    files = {p.relative_to(out).as_posix(): {"sha256": file_sha256(p), "bytes": p.stat().st_size}
             for p in _files(out)}
    return {"algorithm": "sha256", "excluded": [f"{d}/" for d in EXCLUDED_DIRS], "files": files}


def write_manifest(out: Path) -> Path:
    """Write `manifest.json` last in a run, so it covers every file and a reviewer can detect any change."""
    path = out / MANIFEST
    tmp = path.with_name(path.name + ".tmp")  # a disk that fills mid-write leaves no half manifest claiming anything
    try:
        tmp.write_text(json.dumps(build_manifest(out), indent=2, sort_keys=True) + "\n")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def verify_manifest(out: Path) -> list[str]:
    """Problems found (missing, changed or unlisted files); empty when the directory matches."""
    path = out / MANIFEST
    if not path.is_file():
        return [f"{MANIFEST} not found in {out} (not a build-dataset output directory, or a run that did not finish)"]
    try:
        listed = json.loads(path.read_text(encoding="utf-8"))["files"]
    except (ValueError, KeyError, TypeError):  # not JSON, not UTF-8, or no "files" map: damaged, so not verified
        return [f"{path} is not a manifest (no JSON object with a files map)"]
    actual = build_manifest(out)["files"]
    problems = [f"missing: {f}" for f in sorted(set(listed) - set(actual))]
    problems += [f"not in manifest: {f}" for f in sorted(set(actual) - set(listed))]
    problems += [f"changed: {f}" for f in sorted(set(listed) & set(actual))
                 if listed[f]["sha256"] != actual[f]["sha256"]]
    return problems
