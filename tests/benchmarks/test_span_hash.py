"""The span fingerprint (benchmarks/quality/span_hash.py) is stable for the same engine and moves when one span does."""

from __future__ import annotations

from benchmarks.quality import deid_bench, span_hash


def test_same_engine_same_hash_and_one_span_moves_it(monkeypatch) -> None:
    first, counts = span_hash.span_hash(limit=2)
    assert len(first) == 24 and int(first, 16) >= 0
    assert set(counts) == {"physionet/tuning", "physionet/check", "mtsamples-planted/tuning",
                           "mtsamples-planted/check", "synthetic-sample"}
    assert sum(counts.values()) > 0
    assert span_hash.span_hash(limit=2)[0] == first

    run = deid_bench.run_ours

    def one_span_less(deid, notes):
        pred, cpu, failures = run(deid, notes)
        return pred[1:], cpu, failures

    monkeypatch.setattr(deid_bench, "run_ours", one_span_less)
    assert span_hash.span_hash(limit=2)[0] != first
