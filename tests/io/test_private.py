"""Sealed work files (issue 16): AES-GCM under a key derived from the site key, read back in memory."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from cancerprep.io.private import (
    WorkFileError,
    derive_work_key,
    private_sha256,
    read_private_parquet,
    read_work_parquet,
    write_private_parquet,
)
from cancerprep.io.tables import write_parquet

SITE_KEY = b"site-key-0123456789abcdef0123456789"


def test_a_sealed_file_round_trips_and_holds_nothing_in_clear(tmp_path: Path) -> None:
    frame = pl.DataFrame({"note_id": ["RAWID-77"], "text": ["Jane Plantedname was seen"]})
    key = derive_work_key(SITE_KEY)
    assert len(key) == 32 and key != SITE_KEY and derive_work_key(SITE_KEY) == key  # stable: resume
    a = write_private_parquet(frame, tmp_path / "a.parquet", key)
    b = write_private_parquet(frame, tmp_path / "b.parquet", key)
    data = a.read_bytes()
    assert b"RAWID-77" not in data and b"Plantedname" not in data and data != b.read_bytes()  # random nonce
    with pytest.raises(pl.exceptions.ComputeError):
        pl.read_parquet(a)
    assert read_private_parquet(a, key).equals(frame) and read_work_parquet(a, key).equals(frame)
    # the cache key is the plaintext's hash: the same content under two nonces, and as a plain file
    plain = write_parquet(frame, tmp_path / "p.parquet")
    assert private_sha256(a, key) == private_sha256(b, key)
    assert read_work_parquet(plain, None).equals(frame)


def test_a_wrong_key_or_a_damaged_file_is_one_line_naming_the_file(tmp_path: Path) -> None:
    frame = pl.DataFrame({"text": ["Jane Plantedname"]})
    path = write_private_parquet(frame, tmp_path / "s.parquet", derive_work_key(SITE_KEY))
    with pytest.raises(WorkFileError) as err:
        read_private_parquet(path, derive_work_key(b"another-key-0123456789abcdef0123"))
    message = str(err.value)
    assert str(path) in message and "another site key" in message and "\n" not in message
    assert "Plantedname" not in message
    damaged = tmp_path / "d.parquet"
    damaged.write_bytes(path.read_bytes()[:-1] + bytes([path.read_bytes()[-1] ^ 1]))
    with pytest.raises(WorkFileError, match="does not decrypt"):
        read_private_parquet(damaged, derive_work_key(SITE_KEY))
    with pytest.raises(WorkFileError, match="no site key"):
        read_work_parquet(path, None)


def test_private_dir_tightens_a_loose_folder_and_refuses_a_link(tmp_path: Path) -> None:
    """One helper makes every private folder (work folder, audit pages): 0700, never through a link."""
    import stat

    from cancerprep.errors import OutputError
    from cancerprep.io.private import private_dir

    loose = tmp_path / "loose"
    loose.mkdir(mode=0o755)
    loose.chmod(0o755)
    assert private_dir(loose) == loose and stat.S_IMODE(loose.stat().st_mode) == 0o700
    (tmp_path / "a").mkdir()
    (tmp_path / "a").chmod(0o755)
    made = private_dir(tmp_path / "a" / "b")
    assert stat.S_IMODE(made.stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o755  # an explicit folder's parents: left alone
    private_dir(tmp_path / "a" / "c", private_parent=True)
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o700  # the default location's parent: made private
    link = tmp_path / "link"
    link.symlink_to(loose, target_is_directory=True)
    with pytest.raises(OutputError, match="is a link"):
        private_dir(link)
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError, match=r"cannot create the folder .*File exists"):
        private_dir(tmp_path / "file")
