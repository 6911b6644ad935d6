"""The site secret key and what derives from it: patient pseudonyms and date shifts.

Both derive from HMAC-SHA256(key, patient_id), so shards and machines agree
without shared state, and nothing can be reversed without the key. There is no
default key: a missing or empty key is an error, because a guessable key would
make pseudonyms reversible by anyone holding a patient list.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import os
import stat
from collections.abc import Sequence
from pathlib import Path

from cancerprep.errors import SiteKeyError

KEY_ENV = "CANCERPREP_DEID_KEY"
MIN_KEY_BYTES = 16


def load_key(key_file: str | Path | None = None, env: str = KEY_ENV) -> bytes:
    """Read the site key from a file, else from the environment; fail if neither holds one."""
    if key_file is not None:
        path = Path(key_file)
        if not path.is_file():
            raise SiteKeyError(f"key file not found: {path}")
        key = path.read_bytes().strip()
        origin = f"key file {path}"
    else:
        value = os.environ.get(env)
        if value is None:
            raise SiteKeyError(
                f"no de-identification key: pass --key-file FILE or set {env}; there is no default key"
            )
        key = value.strip().encode()
        origin = f"environment variable {env}"
    if not key:
        raise SiteKeyError(f"{origin} is empty; refusing to run without a secret key")
    if len(key) < MIN_KEY_BYTES:
        raise SiteKeyError(f"{origin} holds fewer than {MIN_KEY_BYTES} bytes; use a longer random key")
    return key


def _digest(key: bytes, purpose: str, value: str) -> bytes:
    return hmac.new(key, f"{purpose}\x00{value}".encode(), hashlib.sha256).digest()


def keyed_digest(key: bytes, value: str, purpose: str) -> str:
    """The full 256-bit keyed hash, in hex: for tables that must never merge two ids (a collision there
    would drop a note as a duplicate), where the 64 bits of `keyed_id` are short."""
    return _digest(key, purpose, value).hex()


def keyed_id(key: bytes, value: str, purpose: str, prefix: str) -> str:
    """HMAC-SHA256(key, purpose NUL value), 64 bits in hex behind `prefix`: the one construction of every
    keyed id (patient pseudonyms, encounter, note and source hashes); its own `purpose` per kind, so equal raw
    values of different kinds never share a hash, and runs on other machines or shards agree without state."""
    return prefix + _digest(key, purpose, value).hex()[:16]


def pseudonym(key: bytes, patient_id: str, prefix: str = "P") -> str:
    """Stable, irreversible patient pseudonym, e.g. 'P3f9c2a61d0e4b7a8'."""
    return keyed_id(key, patient_id, "pseudonym", prefix)


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


# -- key hygiene: which key a run used, and keys that should not be used ----------------------------------
FINGERPRINT_LABEL = b"cancerprep key fingerprint v1"
#: fingerprint of the public demo key (recipes/demo.key), so it is recognised without shipping the file
DEMO_KEY_FINGERPRINT = "c97127cf29eb5fd12d26dd5a7e32ddbf"
# A random 16-character hex key (the shortest accepted) never falls below these (0 of 50,000 drawn);
# `0000...`, `abab...`, `1234` repeated all do. Dictionary words are not detected.
MIN_DISTINCT_BYTES = 6
MIN_KEY_BITS = 36.0


def fingerprint(key: bytes) -> str:
    """HMAC-SHA256(key, a fixed label), 128 bits in hex: names the key a run used, never reveals it.

    Recorded in run_summary.json and the card: two releases with the same fingerprint share pseudonyms
    (they can be linked), and a run with the wrong key shows a different one.
    """
    return hmac.new(key, FINGERPRINT_LABEL, hashlib.sha256).hexdigest()[:32]


def _entropy_bits(key: bytes) -> float:
    """Empirical Shannon entropy of the key's bytes times its length: a generous estimate of its strength."""
    n = len(key)
    counts = [key.count(b) for b in set(key)]
    return -sum(c * math.log2(c / n) for c in counts)


def key_warnings(key: bytes, key_file: str | Path | None = None,
                 inputs: Sequence[str | Path] = (), demo_dir: str | Path | None = None) -> list[tuple[str, str]]:
    """(code, message) for each hygiene problem of a usable key; messages never hold key material.

    - `key_world_readable`: the key file can be read (or written) by every user on the machine;
    - `key_low_entropy`: fewer than MIN_DISTINCT_BYTES distinct bytes or under MIN_KEY_BITS of byte entropy
      (`0000...`, `abab...`);
    - `demo_key`: the public demo key on inputs that are not all under `demo_dir`/sample (the bundled
      sample next to the demo recipes): anyone holding the repository could reverse the pseudonyms.
    """
    found: list[tuple[str, str]] = []
    if key_file is not None:
        mode = Path(key_file).stat().st_mode
        if mode & (stat.S_IROTH | stat.S_IWOTH):
            found.append(("key_world_readable", f"key file {key_file} is readable by every user (mode "
                          f"{stat.S_IMODE(mode):04o}); restrict it: chmod 600 {key_file}"))
    if len(set(key)) < MIN_DISTINCT_BYTES or _entropy_bits(key) < MIN_KEY_BITS:
        found.append(("key_low_entropy", "the site key is guessable (repeated or too few distinct characters); "
                      "generate one: python -c 'import secrets; print(secrets.token_urlsafe(32))'"))
    if fingerprint(key) == DEMO_KEY_FINGERPRINT:
        sample = Path(demo_dir).resolve() / "sample" if demo_dir is not None else None
        bundled = sample is not None and all(
            sample in Path(str(i).removeprefix("sqlite:///")).resolve().parents for i in inputs)
        if not bundled:
            found.append(("demo_key", "the public demo key (recipes/demo.key) is used on data outside the bundled "
                          "sample: its pseudonyms can be reversed by anyone; use your site's own secret key"))
    return found
