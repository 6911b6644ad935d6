"""Fingerprint of every span the de-identification engine emits on the deid_bench sets.

Why: a change meant to keep behaviour (a speed gate, a refactor) must leave every span as it was, and a change
meant to move recall should say which sets it moved. One short hash over the sorted (note, start, end, type) of the
PhysioNet dev half, the planted MTSamples set and the synthetic sample says "same" or "not same" without printing any
span or text; the per-set span counts go to stderr. Hashes from docs/ before this script came from scratch copies
of the same loop with other encodings, so compare hashes from this script only with each other.

    python -m benchmarks.quality.span_hash [--limit N] [--learned-model DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import sys

from benchmarks.quality import deid_bench
from cancerprep.stages.deid.engine import DeidConfig, Deidentifier


def span_hash(limit: int = 0, learned_model: str | None = None) -> tuple[str, dict[str, int]]:
    """The hash (24 hex characters) and the number of spans per set part."""
    parts = (deid_bench.physionet_parts(deid_bench.SHARED / "physionet-deid-dev")
             + deid_bench.planted_parts(deid_bench.SHARED / "mtsamples-dev" / "mtsamples_dev.csv", 100, 13, [])
             + deid_bench.sample_parts(deid_bench.REPO / "recipes" / "sample"))
    config = DeidConfig()
    if learned_model:
        config.learned_model = learned_model
    deid = Deidentifier(config)
    digest, counts = hashlib.sha256(), {}
    for part in parts:
        name, notes, _gold, _check = deid_bench._limit(part, limit)
        pred, _cpu, _failures = deid_bench.run_ours(deid, notes)  # a failed note emits no span
        for span in sorted((p.note_id, p.start, p.end, p.entity_type) for p in pred):
            digest.update(repr(span).encode())
        counts[name] = len(pred)
    return digest.hexdigest()[:24], counts


def main(argv: list[str] | None = None) -> str:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="first N notes of each part only (0 = all)")
    ap.add_argument("--learned-model", default=None, help="a model directory instead of the shipped one")
    args = ap.parse_args(argv)
    value, counts = span_hash(args.limit, args.learned_model)
    for name, n in counts.items():
        print(f"{name}: {n} spans", file=sys.stderr)
    print(value)
    return value


if __name__ == "__main__":
    main()
