"""Work-folder files that hold raw export data, encrypted at rest.

The normalized shards (raw note text, raw ids) and the stage cache before the chain's last stage
live in the run's work folder, which survives a crash so the run can resume. A copied disk or a
backup of that folder must not be the export in clear, so those Parquet files are sealed with
AES-256-GCM under a key derived from the site key (HKDF-SHA256 with a fixed label: the site key
itself never encrypts anything). Each file holds `MAGIC | 96-bit random nonce | ciphertext+tag`
and is decrypted into memory when read. The same site key derives the same work key, so a resumed
run reads what the crashed one wrote; another key fails the GCM tag check with a one-line error.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
from pathlib import Path

import polars as pl
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from cancerprep.errors import CancerprepError, OutputError

MAGIC = b"CPWORK1\n"  # format tag, also bound into the GCM tag (associated data)
NONCE_BYTES = 12
_LABEL = b"cancerprep work-folder encryption v1"


class WorkFileError(CancerprepError):
    """A work-folder file does not decrypt: another site key, or a damaged file. Names the file only."""


def private_dir(path: Path, private_parent: bool = False) -> Path:
    """Create `path` mode 0700 (or tighten it) and refuse one that others could read or swap: a link, not a
    folder, or another user's. With `private_parent` (the default work location's `cancerprep-<uid>` folder
    in the shared temp dir) the parent gets the same care; otherwise parents are the user's business."""
    if not private_parent:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot create the folder {path} ({exc.strerror or type(exc).__name__})") from None
    for d in (path.parent, path) if private_parent else (path,):
        try:
            d.mkdir(mode=0o700, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot create the folder {d} ({exc.strerror or type(exc).__name__})") from None
        info = d.lstat()
        if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
            raise OutputError(f"folder {d} is a link, not a folder, or belongs to another user; choose another")
        if stat.S_IMODE(info.st_mode) & 0o077:
            d.chmod(0o700)
    return path


def derive_work_key(site_key: bytes) -> bytes:
    """The 256-bit work-folder key: HKDF of the site key under a fixed label, so it is stable across
    runs (resume) and reveals nothing of the site key or of the pseudonym keys derived from it."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_LABEL).derive(site_key)


def _parquet_bytes(frame: pl.DataFrame) -> bytes:
    buf = io.BytesIO()
    frame.write_parquet(buf, compression="zstd", statistics=False)  # as io.tables.write_parquet: same bytes
    return buf.getvalue()


def write_private_parquet(frame: pl.DataFrame, path: Path, work_key: bytes) -> Path:
    """Seal `frame` as Parquet bytes, written to a temporary name and renamed (never half-written)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(work_key).encrypt(nonce, _parquet_bytes(frame), MAGIC)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(MAGIC + nonce + sealed)
    os.replace(tmp, path)
    return path


def private_bytes(path: Path, work_key: bytes) -> bytes:
    """The plaintext Parquet bytes of a sealed file; a wrong key or damaged file is a one-line error."""
    data = path.read_bytes()
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + NONCE_BYTES + 16:
        raise WorkFileError(f"work file {path} is not an encrypted cancerprep work file; remove the work folder "
                            "and run again")
    nonce = data[len(MAGIC):len(MAGIC) + NONCE_BYTES]
    try:
        return AESGCM(work_key).decrypt(nonce, data[len(MAGIC) + NONCE_BYTES:], MAGIC)
    except InvalidTag:
        raise WorkFileError(f"work file {path} does not decrypt: it was written with another site key or is "
                            "damaged; use the key of the interrupted run or remove the work folder") from None


def read_private_parquet(path: Path, work_key: bytes, columns: list[str] | None = None) -> pl.DataFrame:
    """A sealed Parquet file, decrypted into memory (nothing in clear touches the disk)."""
    return pl.read_parquet(io.BytesIO(private_bytes(path, work_key)), columns=columns)


def private_sha256(path: Path, work_key: bytes) -> str:
    """SHA-256 of the plaintext: the stage cache's input key (the sealed bytes change with every nonce)."""
    return hashlib.sha256(private_bytes(path, work_key)).hexdigest()


def is_sealed(path: Path) -> bool:
    """Whether `path` is a sealed work file (by its leading format tag)."""
    with open(path, "rb") as fh:
        return fh.read(len(MAGIC)) == MAGIC


def read_work_parquet(path: Path, work_key: bytes | None, columns: list[str] | None = None) -> pl.DataFrame:
    """A work-folder Parquet file, sealed or plain (the chain's final, de-identified records are plain)."""
    if not is_sealed(path):
        return pl.read_parquet(path, columns=columns)
    if work_key is None:
        raise WorkFileError(f"work file {path} is encrypted and this run has no site key; remove the work folder")
    return read_private_parquet(path, work_key, columns)


def work_sha256(path: Path, work_key: bytes | None) -> str:
    """SHA-256 of a work file's Parquet bytes (the plaintext when sealed), stable across a resume."""
    if not is_sealed(path):
        return hashlib.sha256(path.read_bytes()).hexdigest()
    if work_key is None:
        raise WorkFileError(f"work file {path} is encrypted and this run has no site key; remove the work folder")
    return private_sha256(path, work_key)
