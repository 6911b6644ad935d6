"""The `sort` and `icd` stages share one coding of a batch (`Coder.code_batch` keeps the last batch it coded).

What could go wrong is reuse where coding again would answer otherwise: other options, another text, other linked
codes. Every test counts the text coder's runs (`TextCoder.mentions`, the costly part) and compares the columns
with a coding that reused nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

import polars as pl
import pytest

from cancerprep.executors.local import SerialExecutor, run_stages_on_frame
from cancerprep.stages.base import RunContext
from cancerprep.stages.coding import coder as coder_module
from cancerprep.stages.coding.coder import Coder, forget_recent
from cancerprep.stages.coding.stages import IcdStage, SortStage
from cancerprep.stages.coding.textcoder import TextCoder

NOTES = pl.DataFrame({
    "note_id": ["1", "2", "3", "4"],
    "patient_id": ["A", "B", "C", "D"],
    "text": ["Assessment: invasive ductal carcinoma of the left breast.",
             "Diagnosis: prostate adenocarcinoma, Gleason 7.",
             "Sprained ankle, no fracture.",
             "Follow-up visit."],
})
CODES = pl.DataFrame({"patient_id": ["D"], "code": ["C61"], "system": ["ICD10CM"]})
SORT_COLS = ["cancer_type", "cancer_types", "cancer_evidence", "cancer_source"]
ICD_COLS = ["icd10_codes", "diagnosis"]


@pytest.fixture(autouse=True)
def _nothing_kept() -> Iterator[None]:
    forget_recent()
    yield
    forget_recent()


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """One entry per note the text coder reads (texts stay in the test's memory only)."""
    seen: list[str] = []
    original = TextCoder.mentions

    def counting(self: TextCoder, text: str, *args: object, **kwargs: object) -> object:
        seen.append(text)
        return original(self, text, *args, **kwargs)

    monkeypatch.setattr(TextCoder, "mentions", counting)
    return seen


def _fresh(stage_cls: type, notes: pl.DataFrame, codes: pl.DataFrame | None = CODES,
           options: dict | None = None) -> pl.DataFrame:
    """The stage's output with nothing kept from before: what the stage writes when it runs alone."""
    forget_recent()
    out = stage_cls(options or {}, RunContext(codes=codes)).process(notes).records
    forget_recent()
    return out


def test_icd_after_sort_codes_nothing_again_and_writes_the_same(runs: list[str]) -> None:
    expected = _fresh(IcdStage, NOTES)
    runs.clear()
    sort = SortStage({}, RunContext(codes=CODES))
    icd = IcdStage({}, RunContext(codes=CODES))
    sorted_ = sort.process(NOTES).records
    assert len(runs) == 4
    out = icd.process(sorted_).records
    assert len(runs) == 4  # icd read no note
    assert out.select(ICD_COLS).equals(expected.select(ICD_COLS))
    assert out.select(SORT_COLS).equals(_fresh(SortStage, NOTES).select(SORT_COLS))


def test_icd_alone_codes_every_note(runs: list[str]) -> None:
    out = IcdStage({}, RunContext(codes=CODES)).process(NOTES).records
    assert len(runs) == 4
    assert out["icd10_codes"].to_list()[1][0].startswith("C61")
    assert out["icd10_codes"].to_list()[2] == []
    assert out["icd10_codes"].to_list()[3] == ["C61"]  # the code linked to patient D


@pytest.mark.parametrize("icd_options", [{"tiebreak": True}, {"date_window_days": 30},
                                         {"taxonomy_overrides": {"version": "site-1"}}])
def test_other_options_code_again(runs: list[str], icd_options: dict) -> None:
    expected = _fresh(IcdStage, NOTES, options=icd_options)
    runs.clear()
    SortStage({}, RunContext(codes=CODES)).process(NOTES)
    out = IcdStage(icd_options, RunContext(codes=CODES)).process(NOTES).records
    assert len(runs) == 8
    assert out.select(ICD_COLS).equals(expected.select(ICD_COLS))


def test_same_name_and_version_other_overrides_code_again(runs: list[str]) -> None:
    """The taxonomy's fingerprint (name@version) is the same for both override sets: its content tells them apart."""
    first = {"version": "site-1", "stomach": {"terms": {"magenkrebs": "C16.9"}}}
    second = {"version": "site-1"}
    notes = pl.DataFrame({"note_id": ["1"], "patient_id": ["A"], "text": ["Known magenkrebs."]})
    SortStage({"taxonomy_overrides": first}, RunContext()).process(notes)
    out = SortStage({"taxonomy_overrides": second}, RunContext()).process(notes).records
    assert len(runs) == 2
    assert out["cancer_type"].to_list() == ["none"]


def test_a_changed_text_is_coded_again(runs: list[str]) -> None:
    """A stage between the two (none is, in the shipped recipes) that rewrites a note: that note is coded anew."""
    changed = NOTES.with_columns(pl.when(pl.col("note_id") == "3").then(pl.lit("Known metastatic melanoma."))
                                 .otherwise(pl.col("text")).alias("text"))
    expected = _fresh(IcdStage, changed)
    runs.clear()
    SortStage({}, RunContext(codes=CODES)).process(NOTES)
    out = IcdStage({}, RunContext(codes=CODES)).process(changed).records
    assert runs[4:] == ["Known metastatic melanoma."]
    assert out.select(ICD_COLS).equals(expected.select(ICD_COLS))
    assert out["icd10_codes"].to_list()[2][0].startswith("C43")


def test_other_linked_codes_are_coded_again(runs: list[str]) -> None:
    """The same texts with another code table (patient B gains a code): only B's note is coded anew."""
    other = pl.DataFrame({"patient_id": ["D", "B"], "code": ["C61", "C34.90"], "system": ["ICD10CM", "ICD10CM"]})
    expected = _fresh(IcdStage, NOTES, codes=other)
    runs.clear()
    SortStage({}, RunContext(codes=CODES)).process(NOTES)
    out = IcdStage({}, RunContext(codes=other)).process(NOTES).records
    assert runs[4:] == [NOTES["text"][1]]
    assert out.select(ICD_COLS).equals(expected.select(ICD_COLS))
    assert out["icd10_codes"].to_list()[1][0] == "C34.90"


def test_same_text_another_patient_is_coded_for_its_own_codes(runs: list[str]) -> None:
    """Two rows with one text in one batch: reused only where the linked codes agree too."""
    notes = pl.DataFrame({"note_id": ["1", "2", "3"], "patient_id": ["A", "D", "A"],
                          "text": ["Follow-up visit."] * 3})
    out = SortStage({}, RunContext(codes=CODES)).process(notes).records
    assert len(runs) == 2  # A's note once, D's (with C61 linked) once
    assert out["cancer_type"].to_list() == ["none", "prostate", "none"]


def test_each_caller_gets_its_own_lists(runs: list[str]) -> None:
    coder = Coder({}, CODES)
    notes = pl.concat([NOTES, NOTES])
    first = coder.code_batch(notes)
    assert len(runs) == 4
    first[1].icd10.append("Z00")
    first[1].cancer_types.clear()
    again = coder.code_batch(notes)
    assert len(runs) == 4
    assert again[1].icd10 == again[5].icd10 == coder.code_note(NOTES.row(1, named=True)).icd10
    assert again[1].cancer_types == ["prostate"]
    assert again[1] is not again[5]


def test_code_note_always_codes(runs: list[str]) -> None:
    coder = Coder({}, CODES)
    coder.code_batch(NOTES)
    row = NOTES.row(0, named=True)
    coder.code_note(row)
    coder.code_note(row)
    assert len(runs) == 6


def test_kept_results_are_bounded_and_hold_no_text(monkeypatch: pytest.MonkeyPatch, runs: list[str],
                                                  coder: Coder) -> None:
    text = coder.text
    coder = Coder({}, CODES, text)
    coder.code_batch(NOTES)
    keys = list(coder_module._RECENT[coder.config])
    assert len(keys) == 4 and all(isinstance(k, bytes) and len(k) == 32 for k in keys)  # sha256 digests
    assert not any(t.encode() in k for t in NOTES["text"] for k in keys)
    coder.code_batch(NOTES.head(1))  # the next batch replaces the last
    assert len(coder_module._RECENT[coder.config]) == 1
    monkeypatch.setattr(coder_module, "_RECENT_NOTES", 2)
    coder.code_batch(NOTES)  # larger than the bound: not kept
    assert coder.config not in coder_module._RECENT
    runs.clear()
    coder.code_batch(NOTES)
    assert len(runs) == 4
    for days in range(coder_module._RECENT_CONFIGS + 2):  # one batch per configuration, the oldest dropped
        Coder({"date_window_days": days}, None, text).code_batch(NOTES.head(1))
    assert len(coder_module._RECENT) == coder_module._RECENT_CONFIGS


def test_a_serial_chain_codes_once_and_matches_each_stage_alone(tmp_path, runs: list[str]) -> None:
    """The runner's own path (shards through the chain in one process): one coding per note, same columns as each
    stage run apart (as in another process, or a resumed run whose sort output came from the cache)."""
    context = RunContext(codes=CODES)
    run = run_stages_on_frame([SortStage({}, context), IcdStage({}, context)], NOTES, tmp_path / "w",
                              SerialExecutor(), rows_per_shard=2)
    assert len(runs) == 4
    records = run.records.sort("note_id")
    assert records.select(SORT_COLS).equals(_fresh(SortStage, NOTES).select(SORT_COLS))
    assert records.select(ICD_COLS).equals(_fresh(IcdStage, NOTES).select(ICD_COLS))


def test_stages_of_one_taxonomy_share_one_text_coder() -> None:
    """`load_text_coder` builds the pipelines once per taxonomy content in a process; another taxonomy, its own."""
    sort, icd = SortStage({}, RunContext(codes=CODES)), IcdStage({"tiebreak": True}, RunContext())
    other = IcdStage({"taxonomy_overrides": {"version": "site-1", "stomach": {"terms": {"magenkrebs": "C16.9"}}}},
                     RunContext())
    for stage in (sort, icd, other):
        stage.ensure_setup()
    assert sort.coder.text is icd.coder.text
    assert other.coder.text is not sort.coder.text
    assert other.coder.text.taxonomy.version == "site-1"
    notes = pl.DataFrame({"note_id": ["1"], "patient_id": ["A"], "text": ["Known magenkrebs."]})
    assert other.process(notes).records["icd10_codes"].to_list() == [["C16.9"]]
    assert icd.process(notes).records["icd10_codes"].to_list() == [[]]
