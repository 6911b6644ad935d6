"""The stage cache's code fingerprint covers the whole package, wherever the cache module lives."""

from __future__ import annotations

import hashlib
from pathlib import Path

import cancerprep
from cancerprep.executors.cache import code_fingerprint


def test_code_fingerprint_hashes_every_source_file_of_the_package() -> None:
    """A fix in any module (a stage, a task, a writer) must invalidate cached stage output: the hash is
    over every .py file under cancerprep/, not just the executors' folder."""
    root = Path(cancerprep.__file__).resolve().parent
    h = hashlib.sha256()
    files = sorted(root.rglob("*.py"))
    for path in files:
        h.update(path.relative_to(root).as_posix().encode() + b"\x00" + path.read_bytes() + b"\x00")
    assert code_fingerprint.__wrapped__() == h.hexdigest()
    assert any(p.parts[-3:] == ("stages", "deid", "engine.py") for p in files)
