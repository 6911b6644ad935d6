"""Annotation readers: each format, and every bad input the issue lists is reported, not dropped."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from cancerprep.annotations import read_annotations
from cancerprep.errors import InputError
from tests.paths import REPO

NCBI = REPO.parent / "shared" / "data" / "ner" / "NCBI-disease-IOB"


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_conll_bio_offsets_and_text(tmp_path):
    f = _write(tmp_path / "a.tsv", "ER\tB-receptor\nis\tO\npositive\tB-receptor-status\n.\tO\n\n"
               "Tumor\tO\nsize\tO\n2.5\tB-size\ncm\tI-size\n")
    r = read_annotations(f, "conll")
    assert [u.text for u in r.units] == ["ER is positive .", "Tumor size 2.5 cm"]
    u0, u1 = r.units
    assert [(u0.text[s.start:s.end], s.label) for s in u0.spans] == [("ER", "receptor"),
                                                                    ("positive", "receptor-status")]
    assert [(u1.text[s.start:s.end], s.label) for s in u1.spans] == [("2.5 cm", "size")]
    assert r.problems == []


def test_conll_iobes_and_bad_tags_reported(tmp_path):
    f = _write(tmp_path / "b.conll", "left\tS-laterality\nbreast\tB-site\nupper\tI-site\nquadrant\tE-site\n"
               "grade\tI-grade\nx\tZ-foo\nonlyonecolumn\n")
    r = read_annotations(f, "conll")
    (u,) = r.units
    got = [(u.text[s.start:s.end], s.label) for s in u.spans]
    assert got == [("left", "laterality"), ("breast upper quadrant", "site"), ("grade", "grade")]
    reasons = {(p.reason, p.line) for p in r.problems}
    assert ("ill_formed_tag_sequence", 5) in reasons
    assert ("invalid_tag", 6) in reasons
    assert ("malformed_line", 7) in reasons


def test_json_spans_bad_spans_are_counted_with_file_and_line(tmp_path):
    recs = [
        {"id": "u1", "note_id": "n1", "text": "ER positive, 2 cm mass",
         "spans": [{"start": 0, "end": 2, "label": "receptor"}, {"start": 13, "end": 17, "label": "size"},
                   {"start": 13, "end": 14, "label": "size-value"},  # overlaps longer span, same type
                   {"start": 3, "end": 11, "label": "receptor-status"},
                   {"start": 3, "end": 11, "label": "receptor-status"},  # duplicate
                   {"start": 5, "end": 99, "label": "size"},  # out of range
                   {"start": 4, "end": 4, "label": "size"},  # empty
                   {"start": 0, "end": 2, "label": "gene"}]},  # not in schema
        {"id": "u2", "spans": []},  # no text
    ]
    f = _write(tmp_path / "a.jsonl", "\n".join(json.dumps(r) for r in recs) + "\n{not json\n")
    from cancerprep.tasks.phenotype import load_schema

    schema = load_schema("cancerner")
    r = read_annotations(f, "json", label_map=schema.entity_type_of)
    counts = r.problem_counts()
    assert counts == {"duplicate_span": 1, "empty_span": 1, "malformed_line": 1, "missing_field": 1,
                      "overlapping_span": 1, "span_out_of_range": 1, "unknown_label": 1}
    assert all(p.file == str(f) for p in r.problems)
    assert {p.line for p in r.problems if p.reason == "span_out_of_range"} == {1}
    assert {p.line for p in r.problems if p.reason == "malformed_line"} == {3}
    (u,) = r.units
    assert [(s.start, s.end, s.label) for s in u.spans] == [(0, 2, "receptor"), (3, 11, "receptor-status"),
                                                            (13, 17, "size")]
    # Problem details never carry annotated text.
    assert not any("positive" in p.detail or "mass" in p.detail for p in r.problems)
    with pytest.raises(InputError, match=r"a\.jsonl.*row 1"):
        read_annotations(f, "json", label_map=schema.entity_type_of, strict=True)


def test_overlap_across_entity_types_is_kept_and_reported(tmp_path):
    rec = {"id": "u", "text": "left breast", "spans": [{"start": 0, "end": 11, "label": "site"},
                                                        {"start": 0, "end": 4, "label": "laterality"}]}
    f = _write(tmp_path / "x.json", json.dumps([rec]))
    r = read_annotations(f, "json")
    assert len(r.units[0].spans) == 2
    assert [(p.reason, p.action) for p in r.problems] == [("overlapping_span", "kept")]


def test_brat_standoff(tmp_path):
    text = "Left breast mass.\nER positive.\n"
    _write(tmp_path / "doc1.txt", text)
    _write(tmp_path / "doc1.ann", "T1\tlaterality 0 4\tLeft\nT2\tsite 5 11\tbreast\n"
           "T3\treceptor 18 20\tER\nT4\tsize 0 4;5 11\tLeft breast\nR1\trel Arg1:T1 Arg2:T2\n"
           "T5\tsite 5 11\tbreest\n#1\tAnnotatorNotes T1\tnote\n")
    r = read_annotations(tmp_path, "brat")
    (u,) = r.units
    assert u.id == "doc1" and u.text == text
    assert [text[s.start:s.end] for s in u.spans] == ["Left", "breast", "ER"]
    assert {(p.reason, p.line) for p in r.problems} == {
        ("discontinuous_span", 4), ("ignored_annotation", 5), ("span_text_mismatch", 6),
        ("ignored_annotation", 7)}


def test_labelstudio_export(tmp_path):
    tasks = [
        {"id": 7, "data": {"text": "Grade 2 ductal carcinoma", "note_id": "n7"},
         "annotations": [
             {"was_cancelled": False, "result": [
                 {"type": "labels", "value": {"start": 0, "end": 7, "text": "Grade 2", "labels": ["grade"]}},
                 {"type": "labels", "value": {"start": 8, "end": 24, "text": "ductal carcinoma",
                                              "labels": ["htype"]}},
                 {"type": "choices", "value": {"choices": ["ok"]}}]},
             {"was_cancelled": False, "result": []}]},
        {"id": 8, "data": {"other": 1}},
    ]
    f = _write(tmp_path / "export.json", json.dumps(tasks))
    r = read_annotations(f, "labelstudio")
    (u,) = r.units
    assert (u.id, u.note_id) == ("7", "n7")
    assert [(u.text[s.start:s.end], s.label) for s in u.spans] == [("Grade 2", "grade"),
                                                                    ("ductal carcinoma", "htype")]
    assert r.problem_counts() == {"missing_field": 1, "multiple_annotations": 1}


def test_unknown_format_and_missing_file(tmp_path):
    with pytest.raises(InputError, match="unknown annotation format"):
        read_annotations(tmp_path, "xml")
    with pytest.raises(InputError, match="not found"):
        read_annotations(tmp_path / "nope.tsv", "conll")


def test_records_match_annotation_json_schema(tmp_path):
    schema = json.loads((REPO / "schemas" / "annotation.schema.json").read_text())
    r = read_annotations(NCBI / "devel.tsv", "conll")
    for unit in r.units[:50]:
        jsonschema.validate(unit.to_record(), schema)


def test_ncbi_disease_reads_cleanly():
    r = read_annotations(NCBI / "test.tsv", "conll")
    assert len(r.units) == 940
    assert r.problems == []
    assert all(s.label == "Disease" for u in r.units for s in u.spans)


def test_bom_crlf_and_bad_encoding(tmp_path):
    f = tmp_path / "w.tsv"
    f.write_bytes("\ufeffLeft\tB-laterality\r\nbreast\tB-site\r\n\r\n".encode())
    r = read_annotations(f, "conll")
    assert [u.text for u in r.units] == ["Left breast"] and len(r.units[0].spans) == 2
    j = tmp_path / "a.jsonl"
    j.write_bytes(b'\xef\xbb\xbf{"id": "x", "text": "ER+", "spans": [{"start": 0, "end": 2, "label": "receptor"}]}\n')
    assert read_annotations(j, "json").problems == []
    j.write_text('{"text": "ER+", "spans": [{"start": 0, "end": 2, "type": "receptor"}, {"start": 0, "end": 1}]}')
    r = read_annotations(j, "json")
    assert [s.label for s in r.units[0].spans] == ["receptor"] and r.problem_counts() == {"malformed_span": 1}
    bad = tmp_path / "bad.tsv"
    bad.write_bytes(b"caf\xe9\tO\n")
    with pytest.raises(InputError, match="UTF-8"):
        read_annotations(bad, "conll")


def test_spans_with_surrounding_whitespace_are_trimmed_and_reported(tmp_path):
    f = tmp_path / "w.json"
    f.write_text(json.dumps([{"id": "u", "text": "size 2.1 cm mass", "spans": [
        {"start": 4, "end": 12, "label": "size"}, {"start": 4, "end": 5, "label": "site"}]}]))
    r = read_annotations(f, "json")
    (u,) = r.units
    assert [(u.text[s.start:s.end], s.label) for s in u.spans] == [("2.1 cm", "size")]
    assert r.problem_counts() == {"empty_span": 1, "span_whitespace_trimmed": 1}
