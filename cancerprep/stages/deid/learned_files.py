"""Where the learned voter's model lives, and its fingerprint: no spaCy, no Presidio.

Why apart from `recognizers.learned`: a run's driver fingerprints the deid stage (`DeidStage.fingerprint`, the
stage cache) before any worker loads the engine; with these in the recognizer module the driver imported spaCy,
Presidio and every recognizer (~1.2 s of CPU) only to hash the model files.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from cancerprep.errors import CancerprepError

DEFAULT_MODEL = "default"
PACKAGED_MODEL = "deid/learned_model"


def is_off(setting: str | Path | bool | None) -> bool:
    """True for a `learned_model` setting that switches the voter off (None, False, '', 'false', 'off', 'none')."""
    return setting is None or setting is False or str(setting).lower() in ("", "false", "off", "none")


def model_path(setting: str | Path) -> Path:
    """The model directory for a `learned_model` setting ('default' = the packaged model)."""
    if str(setting) == DEFAULT_MODEL:
        from cancerprep import resources

        found = resources.data(PACKAGED_MODEL)
        if not isinstance(found, Path):
            raise CancerprepError("the packaged de-identification model is not on the file system "
                                  "(zipped install); pass learned_model: PATH")
        path = found
    else:
        path = Path(setting)
    if not (path / "meta.json").is_file() or not (path / "config.cfg").is_file():
        raise CancerprepError(f"learned de-identification model not found (no spaCy model directory): {path}")
    return path


def model_fingerprint(setting: str | Path | bool | None) -> str:
    """Hash of the model files a `learned_model` setting loads ('' when off): a retrained model in
    the same directory, or a new packaged model, must invalidate cached stage output."""
    if is_off(setting):
        return ""
    root = model_path(DEFAULT_MODEL if setting is True else setting)
    h = hashlib.sha256()
    for f in sorted(p for p in root.rglob("*") if p.is_file()):
        h.update(f.relative_to(root).as_posix().encode() + b"\0" + hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()[:16]
