"""`benchmarks.quality.fp_mechanisms`: false positives counted by recogniser, rule and type, with no text in what it
returns; examples only for tuning parts and the seen half."""

from __future__ import annotations

import json

import pytest

from benchmarks.quality import fp_mechanisms as fm
from cancerprep.stages.deid.engine import DeidConfig, Deidentifier

NOTE = "Pt stable overnight, afebrile.\nplan: QUARRINGTON 4 this am, pain control.\n"


@pytest.fixture(scope="module")
def deid() -> Deidentifier:
    return Deidentifier(DeidConfig(learned_model=None))


def test_only_tuning_parts_and_the_seen_half_are_readable() -> None:
    assert fm.readable("physionet/tuning") and fm.readable("variation/physionet/seen")
    assert not fm.readable("physionet/check") and not fm.readable("place/mtsamples/held")
    assert not fm.readable("damage/check")


def test_counts_name_the_rule_and_hold_no_text(deid: Deidentifier, capsys: pytest.CaptureFixture) -> None:
    raw = fm.RawResults(deid)
    out = fm.count(deid, raw, [(NOTE, lambda s: True)], ["p1"])
    assert out["by_rule"] == {"ClinicalLocationRecognizer:place_number:LOCATION": 1}
    assert out["false_positives"] == 1 and out["by_type"] == {"LOCATION": 1}
    assert out["by_shape"] == {"ClinicalLocationRecognizer:place_number:LOCATION|mixed|2w": 1}  # case, words
    assert "QUARRINGTON" not in json.dumps(out).upper() and capsys.readouterr().out == ""
    assert not raw.by_text  # cleared after each part


def test_examples_print_the_span_when_asked(deid: Deidentifier, capsys: pytest.CaptureFixture) -> None:
    raw = fm.RawResults(deid)
    out = fm.count(deid, raw, [(NOTE, lambda s: False)], ["p1"], examples=5)
    assert out["false_positives"] == 0 and capsys.readouterr().out == ""  # nothing false, nothing printed
    fm.count(deid, raw, [(NOTE, lambda s: True)], ["p1"], examples=5)
    assert "QUARRINGTON 4" in capsys.readouterr().out


def test_the_shape_counts_case_and_words() -> None:
    from cancerprep.stages.deid.engine import PhiSpan

    caps = "PT STABLE. SENT TO QUARRY BAY CLINIC TODAY."
    assert fm.shape(caps, PhiSpan(caps.index("QUARRY"), caps.index(" TODAY"), "LOCATION", 0.8, "x")) == "upper|3+w"
    assert fm.shape(NOTE, PhiSpan(NOTE.index("QUARRINGTON"), NOTE.index(" 4"), "LOCATION", 0.8, "x")) == "mixed|1w"
