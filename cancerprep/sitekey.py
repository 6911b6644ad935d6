"""The site secret key and what derives from it: patient pseudonyms and date shifts.

Both derive from HMAC-SHA256(key, patient_id), so shards and machines agree
without shared state, and nothing can be reversed without the key. There is no
default key: a missing or empty key is an error, because a guessable key would
make pseudonyms reversible by anyone holding a patient list.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path

from cancerprep.errors import CancerprepError

KEY_ENV = "CANCERPREP_DEID_KEY"
MIN_KEY_BYTES = 16


class KeyError_(CancerprepError):
    """The site key is missing, empty or too short (message never contains the key)."""


def load_key(key_file: str | Path | None = None, env: str = KEY_ENV) -> bytes:
    """Read the site key from a file, else from the environment; fail if neither holds one."""
    if key_file is not None:
        path = Path(key_file)
        if not path.is_file():
            raise KeyError_(f"key file not found: {path}")
        key = path.read_bytes().strip()
        origin = f"key file {path}"
    else:
        value = os.environ.get(env)
        if value is None:
            raise KeyError_(
                f"no de-identification key: pass --key-file FILE or set {env}; there is no default key"
            )
        key = value.strip().encode()
        origin = f"environment variable {env}"
    if not key:
        raise KeyError_(f"{origin} is empty; refusing to run without a secret key")
    if len(key) < MIN_KEY_BYTES:
        raise KeyError_(f"{origin} holds fewer than {MIN_KEY_BYTES} bytes; use a longer random key")
    return key


def _digest(key: bytes, purpose: str, patient_id: str) -> bytes:
    return hmac.new(key, f"{purpose}\x00{patient_id}".encode(), hashlib.sha256).digest()


def pseudonym(key: bytes, patient_id: str, prefix: str = "P") -> str:
    """Stable, irreversible patient pseudonym, e.g. 'P3f9c2a61d0e4b7a8'."""
    return prefix + _digest(key, "pseudonym", patient_id).hex()[:16]


def date_shift_days(key: bytes, patient_id: str, min_days: int = -365, max_days: int = -30) -> int:
    """Per-patient date shift in [min_days, max_days], never 0 when the range excludes 0.

    The same patient always gets the same shift, so intervals between that
    patient's dates are kept across notes, shards and runs.
    """
    if min_days > max_days:
        raise ValueError("min_days must be <= max_days")
    span = max_days - min_days + 1
    value = int.from_bytes(_digest(key, "dateshift", patient_id)[:8], "big")
    return min_days + value % span


def derive_seed(key: bytes, purpose: str, value: str) -> int:
    """A deterministic 64-bit seed for per-patient surrogate choices."""
    return int.from_bytes(_digest(key, purpose, value)[:8], "big")
