"""SNOMED CT and WHO ICD-10 codes from the readers -> cancer types: vocabulary first, then display text, else kept
flagged `unmapped`; never dropped."""

from __future__ import annotations

import polars as pl
import pytest

from cancerprep.stages.coding.codes import OK, UNKNOWN, UNMAPPED, CodeIndex, normalize_code, normalize_codes
from cancerprep.stages.coding.taxonomy import load_taxonomy


@pytest.fixture(scope="module")
def tax():
    return load_taxonomy()


def test_snomed_through_the_vocabulary_mapping(tax):
    info = normalize_code("254837009", "SNOMED", tax, display=None, maps_to="ICD10CM:C50.911")
    assert (info.flag, info.icd10, info.cancer_type, info.source) == (OK, "C50.911", "breast", "vocabulary")
    # an ICD-O-3 target works too; a target that does not check out falls through to the display text
    assert normalize_code("1", "SNOMED", tax, maps_to="ICDO3:C34.1 8140/3").cancer_type == "lung"
    info = normalize_code("1", "SNOMED", tax, display=None, maps_to="ICD10CM:NOT-A-CODE")
    assert (info.flag, info.source) == (UNMAPPED, None)


def test_snomed_through_display_text_and_unmapped_kept(tax):
    codes = pl.DataFrame({
        "patient_id": ["p"] * 5, "code": ["363406005", "93870000", "444814009", "429740004", "999"],
        "system": ["SNOMED"] * 5,
        "display": ["Malignant neoplasm of colon (disorder)", "Malignant neoplasm of liver",
                    "Viral sinusitis (disorder)", "History of malignant neoplasm of breast (situation)", None],
        "maps_to": [None] * 5})
    out = normalize_codes(codes, tax)
    assert out.select("code_flag", "code_cancer_type", "code_source").rows() == [
        (OK, "colorectal", "display"), (OK, "liver", "display"), (OK, None, "display"), (OK, None, "display"),
        (UNMAPPED, None, None)]
    assert out.height == codes.height, "nothing is dropped"
    index = CodeIndex(codes.with_columns(pl.lit(None, dtype=pl.Utf8).alias("date"),
                                         pl.lit(None, dtype=pl.Utf8).alias("encounter_id")), tax)
    assert index.flag_counts == {OK: 4, UNMAPPED: 1}


def test_who_icd10_falls_back_to_the_shared_category(tax):
    assert normalize_code("C50.9", "ICD10", tax).icd10 == "C50.9"
    info = normalize_code("C18.10", "ICD10", tax)  # not in ICD-10-CM; its category is
    assert (info.flag, info.icd10, info.cancer_type, info.system) == (OK, "C18", "colorectal", "ICD10")
    assert normalize_code("C97", "ICD10", tax).flag == UNKNOWN  # no such category in ICD-10-CM either
