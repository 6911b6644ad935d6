"""Robustness testbeds: misspellings in test inputs, counterfactual training labels, manifests."""

from __future__ import annotations

import json
import random

import polars as pl
import pytest
from typer.testing import CliRunner

from cancerprep.annotations import AnnotationUnit, Span
from cancerprep.assembly.variants import (
    CLINICAL_MISSPELLINGS,
    counterfactual_pairs,
    make_variant,
    misspell_pairs,
    misspell_text,
    misspell_word,
)
from cancerprep.cli import app
from cancerprep.errors import InputError
from cancerprep.tasks.phenotype import build_pairs, load_schema, ner2qa
from tests.paths import REPO

NCBI = REPO.parent / "shared" / "data" / "ner" / "NCBI-disease-IOB"


@pytest.fixture(scope="module")
def pairs() -> pl.DataFrame:
    texts = ["Invasive ductal carcinoma of the left breast measuring 2.5 cm, ER positive.",
             "Patient received chemotherapy for metastatic disease, grade 3 tumor.",
             "Right breast lesion, PR negative and HER2 positive, stage IIA."] * 10
    units = []
    for i, t in enumerate(texts):
        spans = [Span(t.index(w), t.index(w) + len(w), lab) for w, lab in
                 [("left", "laterality"), ("Right", "laterality"), ("2.5 cm", "size"), ("grade 3", "grade"),
                  ("stage IIA", "stage"), ("ER", "receptor"), ("PR", "receptor"), ("positive", "receptor-status")]
                 if w in t]
        units.append(AnnotationUnit(f"u{i}", t, spans, note_id=f"n{i}"))
    frame = ner2qa(units, load_schema("cancerner"))
    split = ["test" if i % 2 else "train" for i in range(frame.height)]
    return frame.with_columns(pl.Series("split", split))


def test_misspell_word_edits_always_change_the_word():
    rng = random.Random(0)
    kinds = set()
    for w in ["carcinoma", "patient", "tumor", "received", "margin", "abc"] * 20:
        new, kind = misspell_word(w, rng)
        assert new != w and kind
        kinds.add(kind)
    assert kinds == {"keyboard", "deletion", "transposition", "doubling", "clinical"}
    assert misspell_word("Carcinoma", random.Random(1))[0][0].isupper()
    assert all(v and all(x != k for x in v) for k, v in CLINICAL_MISSPELLINGS.items())


def test_misspell_rate_answers_and_question_untouched(pairs):
    out, manifest = misspell_pairs(pairs, 0.3, seed=5)
    assert out.height == pairs.height
    test_in, test_out = pairs.filter(pl.col("split") == "test"), out.filter(pl.col("split") == "test")
    assert manifest["rows_in_scope"] == test_in.height
    assert (test_out["input"] != test_in["input"]).sum() == manifest["rows_changed"] > 0
    # train rows are untouched
    assert out.filter(pl.col("split") == "train")["input"].to_list() == \
        pairs.filter(pl.col("split") == "train")["input"].to_list()
    assert 0.2 < manifest["words_changed"] / manifest["eligible_words"] < 0.4
    for row in test_out.iter_rows(named=True):
        meta = json.loads(row["meta"])
        assert row["input"].startswith("In the text: ") and row["input"].endswith(" " + meta["question"])
        for ans in meta["answers"]:
            assert ans in row["input"]
        assert row["variant"] == "misspell-0.3" and row["id"].endswith("~misspell-0.3")
    # the manifest holds ids and counts, never text
    blob = json.dumps(manifest)
    assert "carcinoma" not in blob and "breast" not in blob


def test_misspell_is_seeded_and_order_independent(pairs):
    a, _ = misspell_pairs(pairs, 0.2, seed=1)
    b, _ = misspell_pairs(pairs.reverse(), 0.2, seed=1)
    c, _ = misspell_pairs(pairs, 0.2, seed=2)
    assert dict(zip(a["id"], a["input"], strict=True)) == dict(zip(b["id"], b["input"], strict=True))
    assert a["input"].to_list() != c["input"].to_list()
    zero, mz = misspell_pairs(pairs, 0.0, seed=1)
    assert mz["words_changed"] == 0 and zero["input"].to_list() == pairs["input"].to_list()
    with pytest.raises(InputError):
        misspell_pairs(pairs, 1.5)


def test_misspell_text_respects_protected_answers():
    text = "metastatic carcinoma of the breast"
    new, eligible, edits = misspell_text(text, 1.0, random.Random(0), answers=["carcinoma of the breast"])
    assert eligible == 1 and sum(edits.values()) == 1
    assert new.endswith("carcinoma of the breast") and not new.startswith("metastatic ")


def test_counterfactual_swaps_within_entity_type(pairs):
    out, manifest = counterfactual_pairs(pairs, 0.5, seed=3)
    train_in = pairs.filter(pl.col("split") == "train")
    train_out = out.filter(pl.col("split") == "train")
    assert manifest["rows_in_scope"] == train_in.height
    changed = 0
    for before, after in zip(train_in.iter_rows(named=True), train_out.iter_rows(named=True), strict=True):
        if before["output"] != after["output"]:
            changed += 1
            etype = json.loads(before["meta"])["entity_type"]
            pool = set(train_in.filter(pl.col("meta").str.contains(f'"entity_type": "{etype}"'))["output"])
            assert after["output"] in pool
            assert json.loads(after["meta"])["counterfactual"] is True
    assert changed == manifest["rows_changed"] > 0
    for group, c in manifest["by_group"].items():
        assert c["chosen"] == round(0.5 * c["rows"]), group
        assert c["swapped"] + c["unswappable"] == c["chosen"]
    # test rows untouched
    assert out.filter(pl.col("split") == "test")["output"].to_list() == \
        pairs.filter(pl.col("split") == "test")["output"].to_list()


def test_make_variant_returns_only_copies(pairs):
    copies, _ = make_variant(pairs, "misspell", 0.1, seed=0)
    assert copies.height == pairs.filter(pl.col("split") == "test").height
    assert set(copies["variant"]) == {"misspell-0.1"}
    assert not set(copies["id"]) & set(pairs["id"])
    with pytest.raises(InputError):
        make_variant(pairs, "shuffle", 0.1)


def test_cli_perturb_on_ncbi_pairs(tmp_path):
    schema = tmp_path / "d.json"
    schema.write_text(json.dumps({"name": "d", "no_answer": "None", "entity_types": [
        {"name": "disease", "labels": ["Disease"], "question": "What is the disease in the given context?"}]}))
    pairs, _ = build_pairs(NCBI / "test.tsv", "conll", schema=schema)
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"instruction": r["instruction"], "context": r["input"],
                                         "response": r["output"]}) for r in pairs.iter_rows(named=True)))
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(app, ["perturb", str(src), "-o", str(out), "--misspell", "0.1", "--seed", "7"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(rows) == pairs.height and set(rows[0]) == {"instruction", "context", "response"}
    manifest = json.loads((tmp_path / "out.jsonl.manifest.json").read_text())
    assert manifest["splits"] is None and manifest["rows_in_scope"] == pairs.height
    assert 0.07 < manifest["words_changed"] / manifest["eligible_words"] < 0.13
    for r in rows:  # answers stay recoverable
        if r["response"] != "None":
            for ans in json.loads(pairs.filter(pl.col("output") == r["response"])["meta"][0])["answers"]:
                assert ans in r["context"]
    res = CliRunner().invoke(app, ["perturb", str(src), "-o", str(out), "--counterfactual", "0.25"])
    assert res.exit_code == 0, res.output
    manifest = json.loads((tmp_path / "out.jsonl.manifest.json").read_text())
    assert manifest["rows_changed"] == round(0.25 * pairs.height)
    res = CliRunner().invoke(app, ["perturb", str(src), "-o", str(out)])
    assert res.exit_code == 2 and "exactly one" in res.output


def test_codes_glued_to_digits_are_not_eligible():
    new, eligible, _ = misspell_text("HER2 pT2N0 Ki67 tumor", 1.0, random.Random(0))
    assert eligible == 1 and new.startswith("HER2 pT2N0 Ki67 ") and not new.endswith(" tumor")


def test_perturb_keeps_exported_cancerllm_metadata(tmp_path, pairs):
    from cancerprep.formats import render

    src = tmp_path / "test.jsonl"
    rows = [{**render(r, "cancerllm"), "id": r["id"], "task": r["task"], "variant": "clean"}
            for r in pairs.iter_rows(named=True)]
    src.write_text("\n".join(json.dumps(r) for r in rows))
    out = tmp_path / "o.jsonl"
    res = CliRunner().invoke(app, ["perturb", str(src), "-o", str(out), "--misspell", "0.3"])
    assert res.exit_code == 0, res.output
    got = [json.loads(x) for x in out.read_text().splitlines()]
    assert set(got[0]) == {"instruction", "context", "response", "id", "task", "variant"}
    assert got[0]["id"] == rows[0]["id"] + "~misspell-0.3" and got[0]["variant"] == "misspell-0.3"
    manifest = json.loads((tmp_path / "o.jsonl.manifest.json").read_text())
    assert set(manifest["changed_ids"]) <= {r["id"] for r in rows}
