"""The damage benchmark's split and its likely-PHI reading (the scores themselves need the engine and the data)."""

from __future__ import annotations

from benchmarks.quality import damage_bench
from cancerprep.stages.deid.engine import PhiSpan


def test_halves_split_by_note_id_hash() -> None:
    ids = [str(i) for i in range(400)]
    check = [i for i in ids if damage_bench.is_check_note(i)]
    assert 150 < len(check) < 250  # about half
    assert check == [i for i in ids if damage_bench.is_check_note(i)]  # the same every time


def _span(text: str, word: str, etype: str) -> tuple[str, PhiSpan]:
    start = text.index(word)
    return text, PhiSpan(start, start + len(word), etype, 0.9, "R")


def test_likely_phi_reads_context() -> None:
    assert damage_bench.likely_phi(*_span("seen by Dr. Smith today", "Smith", "NAME"))
    assert not damage_bench.likely_phi(*_span("the standard Bruce protocol", "Bruce", "NAME"))
    assert damage_bench.likely_phi(*_span("she lived in Seattle", "Seattle", "LOCATION"))
    assert not damage_bench.likely_phi(*_span("the Mayfield unit", "Mayfield", "LOCATION"))
    assert damage_bench.likely_phi(*_span("transplant in 12/07.", "12/07.", "DATE"))
    assert damage_bench.likely_phi(*_span("surgery in 1999", "1999", "DATE"))
    assert damage_bench.likely_phi(*_span("seen in March of 2002", "March of 2002", "DATE"))
    assert not damage_bench.likely_phi(*_span("a 3/6 systolic murmur", "3/6", "DATE"))
    assert not damage_bench.likely_phi(*_span("at the 8th interspace", "8th", "DATE"))
    assert not damage_bench.likely_phi(*_span("serial number 123456", "123456", "ID"))
