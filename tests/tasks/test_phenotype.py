"""ner2qa: CancerLLM phenotype pairs from annotations, checked on real NCBI-disease data."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from cancerprep.annotations import AnnotationUnit, ReadResult, Span, read_annotations
from cancerprep.cli import app
from cancerprep.errors import CancerprepError, InputError
from cancerprep.formats import PHENOTYPE_INSTRUCTION, render_prompt, to_alpaca, to_cancerllm, to_chat
from cancerprep.records import PAIR_SCHEMA
from cancerprep.stages.base import RunContext
from cancerprep.tasks.phenotype import (
    PhenotypeTask,
    build_pairs,
    deidentify_units,
    link_notes,
    load_schema,
    ner2qa,
    sentence_bounds,
)
from tests.fresh import fresh_python
from tests.paths import REPO

NCBI = REPO.parent / "shared" / "data" / "ner" / "NCBI-disease-IOB"
SENT_PREFIX = "In the text: "


@pytest.fixture(scope="module")
def disease_schema(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("schema") / "disease.yaml"
    path.write_text("name: ncbi-disease\nno_answer: None\nentity_types:\n  - name: disease\n"
                    "    labels: [Disease]\n    question: What is the disease in the given context?\n")
    return path


def _sentence_of(pair_input: str, question: str) -> str:
    assert pair_input.startswith(SENT_PREFIX) and pair_input.endswith(" " + question)
    return pair_input[len(SENT_PREFIX):-len(question) - 1]


@pytest.mark.parametrize("split", ["devel", "test"])
def test_ncbi_disease_pairs_match_annotations(disease_schema, split):
    schema = load_schema(disease_schema)
    question = schema.entity_types[0].question
    units = read_annotations(NCBI / f"{split}.tsv", "conll", label_map=schema.entity_type_of).units
    pairs, report = build_pairs(NCBI / f"{split}.tsv", "conll", schema=disease_schema)
    assert report["problems"] == []
    assert pairs.height == len(units)  # one entity type, every sentence kept (negatives=1)
    with_entity = sum(1 for u in units if u.spans)
    answered = pairs.filter(pl.col("output") != "None")
    assert answered.height == with_entity
    by_id = {u.id: u for u in units}
    for row in answered.iter_rows(named=True):
        meta = json.loads(row["meta"])
        unit = by_id[meta["unit_id"]]
        sentence = _sentence_of(row["input"], question)
        assert sentence == unit.text
        answers = meta["answers"]
        assert row["output"] == ", ".join(answers)
        assert all(a in sentence for a in answers)
        distinct = {unit.text[s.start:s.end] for s in unit.spans}
        assert len(answers) == len(distinct) and set(answers) == distinct
        # order of first appearance
        firsts = [min(s.start for s in unit.spans if unit.text[s.start:s.end] == a) for a in answers]
        assert firsts == sorted(firsts)
    assert set(pairs["instruction"]) == {PHENOTYPE_INSTRUCTION}
    assert pairs["id"].n_unique() == pairs.height


def test_eight_types_document_units_sentence_split():
    text = "Left breast mass, 2.5 cm.\nER positive, PR negative. Grade 2 invasive ductal carcinoma.\n"
    spans = [Span(0, 4, "laterality"), Span(5, 11, "site"), Span(18, 24, "size"),
             Span(26, 28, "receptor"), Span(29, 37, "receptor-status"), Span(39, 41, "Receptor"),
             Span(42, 50, "receptor_status"), Span(52, 59, "grade"), Span(60, 85, "htype")]
    unit = AnnotationUnit("u1", text, spans, note_id="n1")
    schema = load_schema("cancerner")
    assert len(schema.entity_types) == 8
    pairs = ner2qa([unit], schema)
    assert pairs.height == 3 * 8  # three sentences x eight entity types
    got = {(json.loads(m)["sentence"], json.loads(m)["entity_type"]): o
           for m, o in zip(pairs["meta"], pairs["output"], strict=True)}
    assert got[(0, "tumor size")] == "2.5 cm"
    assert got[(0, "tumor laterality")] == "Left"
    assert got[(1, "hormone receptor type")] == "ER, PR"
    assert got[(1, "hormone receptor status")] == "positive, negative"
    assert got[(2, "histological type")] == "invasive ductal carcinoma"
    assert got[(2, "cancer stage")] == "None"
    first = pairs.row(0, named=True)
    assert first["input"] == ("In the text: Left breast mass, 2.5 cm. What is the hormone receptor type in "
                              "the given context?")
    assert set(pairs["source_note_id"]) == {"n1"}


def test_duplicate_strings_are_listed_once():
    unit = AnnotationUnit("u", "ER positive and ER again", [Span(0, 2, "receptor"), Span(16, 18, "receptor")])
    pairs = ner2qa([unit], load_schema("cancerner"), unit="document")
    row = pairs.filter(pl.col("output") != "None")
    assert row["output"].to_list() == ["ER"]


def test_span_crossing_sentences_merges_and_reports():
    text = "Tumor is 2.5. 3 cm wide. Next sentence."
    unit = AnnotationUnit("u", text, [Span(9, 18, "size")], file="f.json", line=4)
    problems: list = []
    assert len(sentence_bounds(text)) == 3
    pairs = ner2qa([unit], load_schema("cancerner"), problems=problems)
    assert pairs.height == 2 * 8
    assert [(p.reason, p.action, p.line) for p in problems] == [("span_crosses_sentence", "merged_sentences", 4)]
    assert "2.5. 3 cm" in pairs.filter(pl.col("output") != "None")["output"].to_list()


def test_negatives_share_is_seeded(disease_schema):
    pairs_all, _ = build_pairs(NCBI / "test.tsv", "conll", schema=disease_schema)
    n_neg = (pairs_all["output"] == "None").sum()
    a, _ = build_pairs(NCBI / "test.tsv", "conll", schema=disease_schema, negatives=0.25, seed=3)
    b, _ = build_pairs(NCBI / "test.tsv", "conll", schema=disease_schema, negatives=0.25, seed=3)
    c, _ = build_pairs(NCBI / "test.tsv", "conll", schema=disease_schema, negatives=0.25, seed=4)
    assert (a["output"] == "None").sum() == round(0.25 * n_neg)
    assert (a["output"] != "None").sum() == (pairs_all["output"] != "None").sum()
    assert a["id"].to_list() == b["id"].to_list()
    assert a["id"].to_list() != c["id"].to_list()
    none, _ = build_pairs(NCBI / "test.tsv", "conll", schema=disease_schema, negatives=0.0)
    assert (none["output"] == "None").sum() == 0
    with pytest.raises(InputError):
        ner2qa([], load_schema("cancerner"), negatives=1.5)


def test_bad_site_schemas(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"name": "x", "entity_types": [{"name": "a", "labels": []}]}))
    with pytest.raises(InputError, match="schema invalid"):
        load_schema(bad)
    twice = tmp_path / "twice.json"
    twice.write_text(json.dumps({"name": "x", "no_answer": "None", "entity_types": [
        {"name": "a", "labels": ["x"], "question": "q?"}, {"name": "b", "labels": ["X"], "question": "q?"}]}))
    with pytest.raises(InputError, match="belongs to both"):
        load_schema(twice)
    with pytest.raises(InputError, match="neither a file nor a bundled"):
        load_schema("no-such-schema")


def test_formats_are_the_papers():
    row = {"instruction": PHENOTYPE_INSTRUCTION, "input": "In the text: T2 N0. What is the cancer stage in the "
           "given context?", "output": "T2 N0"}
    assert to_cancerllm(row) == {"instruction": row["instruction"], "context": row["input"], "response": "T2 N0"}
    assert to_alpaca(row) == {"instruction": row["instruction"], "input": row["input"], "output": "T2 N0"}
    assert [m["role"] for m in to_chat(row)["messages"]] == ["system", "user", "assistant"]
    prompt = render_prompt(row["instruction"], row["input"])
    assert prompt.startswith("Below is an instruction that describes a task, paired with an input that provides "
                             "further context.\n\n### Instruction:\nYou are an excellent linguist.")
    assert prompt.endswith("given context?\n\n### Response:\n")


def test_task_links_notes_and_fails_closed_without_key(tmp_path):
    rec = [{"id": "a1", "note_id": "n1", "text": "ER positive.",
            "spans": [{"start": 0, "end": 2, "label": "receptor"}]},
           {"id": "a2", "note_id": "gone", "text": "PR negative.", "spans": [{"start": 0, "end": 2, "label": "gene"}]}]
    (tmp_path / "ann.jsonl").write_text("\n".join(json.dumps(r) for r in rec))
    notes = pl.DataFrame({"note_id": ["n1"], "patient_id": ["Pabc"], "cancer_type": ["breast"]})
    ctx = RunContext(recipe_dir=tmp_path, seed=1)
    task = PhenotypeTask({"annotations": "ann.jsonl", "format": "json", "deid": False}, ctx)
    pairs = task.build(notes)
    assert pairs.columns == list(PAIR_SCHEMA)
    assert pairs.height == 8 and set(pairs["patient_pseudonym"]) == {"Pabc"}
    assert set(pairs["cancer_type"]) == {"breast"}
    assert task.stats["phenotype_pairs_unlinked_dropped"] == 8
    assert task.stats["phenotype_annotation_problems"] == 1 and task.report["units"] == 2
    assert task.stats["phenotype_problem.unknown_label"] == 1
    same, dropped = link_notes(pairs, pl.DataFrame())
    assert dropped == 0 and same.height == 8
    # default deid: true without a site key fails closed instead of passing raw annotation text
    with pytest.raises(CancerprepError, match="site key"):
        PhenotypeTask({"annotations": "ann.jsonl", "format": "json"}, RunContext(recipe_dir=tmp_path)).build(notes)


def test_task_deidentifies_annotation_text_and_remaps_spans(tmp_path):
    text = "Seen by Dr. John Smith on 03/04/2021. ER positive, 2.5 cm mass."
    spans = [{"start": text.index(w), "end": text.index(w) + len(w), "label": lab}
             for w, lab in [("ER", "receptor"), ("positive", "receptor-status"), ("2.5 cm", "size")]]
    (tmp_path / "ann.jsonl").write_text(json.dumps({"id": "a", "note_id": "n1", "text": text, "spans": spans}))
    notes = pl.DataFrame({"note_id": ["n1"], "patient_id": ["Pabc"]})
    task = PhenotypeTask({"annotations": "ann.jsonl", "unit": "document"},
                         RunContext(recipe_dir=tmp_path, key=b"k" * 32))
    pairs = task.build(notes)
    assert pairs.height == 8
    assert not any("John Smith" in x or "03/04/2021" in x for x in pairs["input"])
    got = dict(zip([json.loads(m)["entity_type"] for m in pairs["meta"]], pairs["output"], strict=True))
    assert got["hormone receptor type"] == "ER" and got["tumor size"] == "2.5 cm"
    assert got["hormone receptor status"] == "positive"
    assert task.stats["phenotype_annotation_phi_spans"] >= 2  # the name and the date


def test_bundled_sample_eight_type_annotations():
    path = REPO / "recipes" / "sample" / "truth" / "annotations.jsonl"
    schema = load_schema("cancerner")
    units = read_annotations(path, "json", label_map=schema.entity_type_of).units
    pairs, report = build_pairs(path, "json", schema="cancerner", unit="document")
    assert report["problems"] == []
    assert pairs.height == 8 * len(units)
    by_id = {u.id: u for u in units}
    answered = 0
    for row in pairs.iter_rows(named=True):
        meta = json.loads(row["meta"])
        unit = by_id[meta["unit_id"]]
        et = next(e for e in schema.entity_types if e.name == meta["entity_type"])
        sentence = _sentence_of(row["input"], et.question)
        assert sentence == unit.text
        strings = {unit.text[s.start:s.end] for s in unit.spans if schema.entity_type_of(s.label) == et.name}
        if strings:
            answered += 1
            assert row["output"] == ", ".join(meta["answers"]) and set(meta["answers"]) == strings
            assert len(meta["answers"]) == len(strings)
            assert all(a in sentence for a in meta["answers"])
        else:
            assert row["output"] == schema.no_answer
    assert answered == (pairs["output"] != "None").sum() > 0
    # sentence units over the same records lose no entity string
    by_sentence, _ = build_pairs(path, "json", schema="cancerner", unit="sentence")
    count = sum(len(json.loads(m)["answers"]) for m in by_sentence["meta"])
    assert count >= sum(len(json.loads(m)["answers"]) for m in pairs["meta"])


def test_cli_ner2qa_styles_and_report(tmp_path, disease_schema):
    out = tmp_path / "pairs.jsonl"
    res = CliRunner().invoke(app, ["ner2qa", str(NCBI / "test.tsv"), "-o", str(out), "--format", "conll",
                                   "--schema", str(disease_schema), "--style", "alpaca"])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(lines) == 940 and set(lines[0]) == {"instruction", "input", "output"}
    report = json.loads((tmp_path / "pairs.jsonl.report.json").read_text())
    assert report["pairs_with_answer"] == sum(1 for x in lines if x["output"] != "None")
    res = CliRunner().invoke(app, ["ner2qa", str(NCBI / "test.tsv"), "-o", str(out), "--format", "conll",
                                   "--strict"])
    assert res.exit_code == 2 and "unknown_label" in res.output
    counts = defaultdict(int)
    for x in lines:
        counts[x["output"] == "None"] += 1
    assert counts[False] > 0 and counts[True] > 0


def test_demo_recipe_has_phenotype_task_and_misspell_variant(tmp_path):
    from cancerprep.errors import RecipeError
    from cancerprep.recipe import load_recipe

    demo = load_recipe(REPO / "recipes" / "demo.yaml")
    assert demo.tasks["phenotype"]["format"] == "json"
    assert (demo.dir / demo.tasks["phenotype"]["annotations"]).is_file()
    assert {"kind": "misspell", "rate": 0.1, "tasks": ["phenotype"]} in demo.raw["variants"]
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nname: t\ninputs:\n  - kind: notes\n    path: notes.csv\n"
                   "tasks:\n  phenotype: {annotations: a.jsonl, negatives: 2}\n")
    with pytest.raises(RecipeError, match=r"tasks\.phenotype"):
        load_recipe(bad)


def test_unlinked_units_get_group_keys_for_the_split(disease_schema, tmp_path):
    task = PhenotypeTask({"annotations": str(NCBI / "devel.tsv"), "format": "conll", "schema": str(disease_schema),
                          "deid": False}, RunContext(recipe_dir=tmp_path))
    pairs = task.build(pl.DataFrame())
    assert pairs["patient_pseudonym"].null_count() == 0
    assert pairs["patient_pseudonym"].n_unique() == pairs.height  # CoNLL: one group per sentence
    again = PhenotypeTask(task.options, RunContext(recipe_dir=tmp_path)).build(pl.DataFrame())
    assert again["patient_pseudonym"].to_list() == pairs["patient_pseudonym"].to_list()


def test_cli_ner2qa_deid_needs_key_and_replaces_phi(tmp_path, monkeypatch):
    text = "Seen by Dr. John Smith on 03/04/2021. Grade 2."
    rec = {"id": "a", "note_id": "n1", "text": text,
           "spans": [{"start": text.index("Grade 2"), "end": text.index("Grade 2") + 7, "label": "grade"}]}
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps(rec))
    out = tmp_path / "o.jsonl"
    monkeypatch.delenv("CANCERPREP_DEID_KEY", raising=False)
    res = CliRunner().invoke(app, ["ner2qa", str(src), "-o", str(out), "--deid", "--unit", "document"])
    assert res.exit_code == 2 and "key" in res.output and not out.exists()
    key = tmp_path / "site.key"
    key.write_text("k" * 32)
    res = CliRunner().invoke(app, ["ner2qa", str(src), "-o", str(out), "--deid", "--key-file", str(key),
                                   "--unit", "document"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(rows) == 8 and not any("John Smith" in r["context"] for r in rows)
    assert [r["response"] for r in rows if r["response"] != "None"] == ["Grade 2"]
    report = json.loads((tmp_path / "o.jsonl.report.json").read_text())
    assert report["phi_spans_replaced"] >= 2


def test_whitespace_only_span_is_reported():
    unit = AnnotationUnit("u", "Grade 2.\n\nStage II.", [Span(8, 10, "grade"), Span(0, 7, "grade")])
    problems: list = []
    pairs = ner2qa([unit], load_schema("cancerner"), problems=problems)
    assert [(p.reason, p.action) for p in problems] == [("span_outside_sentences", "dropped_span")]
    assert pairs.filter(pl.col("output") != "None")["output"].to_list() == ["Grade 2"]


def test_prepare_loads_the_deid_engine_only_when_texts_are_deidentified() -> None:
    """The runner calls `prepare` before the stage phase so `finish` finds the engine loaded; nothing is
    loaded for `deid: false` or without a key (finish then fails or skips as before), nor when the batches
    go to the executor's workers (`parallel_map`)."""
    from cancerprep.stages.deid import engine

    engine.default_deidentifier.cache_clear()
    PhenotypeTask({"deid": False}, RunContext(key=b"k" * 32)).prepare()
    PhenotypeTask({}, RunContext()).prepare()
    pooled = PhenotypeTask({}, RunContext(key=b"k" * 32))
    pooled.prepare(map)
    assert pooled.parallel_map is map
    assert engine.default_deidentifier.cache_info().currsize == 0
    PhenotypeTask({}, RunContext(key=b"k" * 32)).prepare()
    assert engine.default_deidentifier.cache_info().currsize == 1


# -- annotation de-identification on a pool's workers ---------------------------------------------------------

def _phi_units() -> ReadResult:
    """Five synthetic units of three patients, two sharing a name, so batches of 2 cut through patients."""
    texts = [("Seen by Dr. Alma Verhoeven on 03/04/2021. ER positive.", "ER"),
             ("Verhoeven noted a 2.5 cm mass at Saint Brigid Hospital.", "2.5 cm"),
             ("Call 555-201-3344 about the PR negative result.", "PR"),
             ("Patient Tomas Okafor, MRN 88231, grade 2.", "grade 2"),
             ("Okafor returns on 11/12/2022; HER2 negative.", "HER2")]
    units = []
    for i, (text, word) in enumerate(texts):
        units.append(AnnotationUnit(f"u{i}", text, [Span(text.index(word), text.index(word) + len(word), "x")],
                                    f"n{i // 2}", "ann.jsonl", i + 1))
    return ReadResult(units, [])


def _patient(u: AnnotationUnit) -> str:
    return f"P-{u.note_id}"


def test_pooled_annotation_deid_equals_serial(monkeypatch) -> None:
    """The batches on two spawned worker processes give the same texts, spans, problems and counts as in this
    process: same batches, same engine, results back in order (nothing of the texts logged or written)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from cancerprep.tasks import phenotype

    monkeypatch.setattr(phenotype, "DEID_BATCH", 2)  # three batches, one patient cut between two
    key = b"k" * 32
    here_stats: dict[str, int] = {}
    here = deidentify_units(_phi_units(), key, _patient, stats=here_stats)
    pool_stats: dict[str, int] = {}
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        pooled = deidentify_units(_phi_units(), key, _patient, stats=pool_stats, parallel_map=pool.map)
    assert pooled == here and pool_stats == here_stats
    assert here_stats["phenotype_annotation_phi_spans"] >= 4
    assert not any(w in u.text for u in pooled.units for w in ("Verhoeven", "Okafor", "555-201-3344", "88231"))
    assert [u.text[s.start:s.end] for u in pooled.units for s in u.spans] == ["ER", "2.5 cm", "PR", "grade 2",
                                                                             "HER2"]


def test_pooled_annotation_deid_fails_closed(monkeypatch) -> None:
    """A text the worker cannot de-identify comes back as its reason: the unit is dropped and reported, its
    text nowhere. A batch whose job fails, or a map that loses a batch, fails the call: no unit in clear."""
    from cancerprep.stages.deid import engine
    from cancerprep.tasks import phenotype

    monkeypatch.setattr(phenotype, "DEID_BATCH", 2)
    real = engine.deidentify_texts

    def one_fails(texts, patients, key, **kw):
        out = real(texts, patients, key, **kw)
        return [engine.DeidFailure("timeout", "over the limit") if "MRN" in t else o
                for t, o in zip(texts, out, strict=True)]

    monkeypatch.setattr(engine, "deidentify_texts", one_fails)
    key = b"k" * 32
    jobs_seen: list[int] = []

    def counting_map(fn, items):  # stands for the executor's map: jobs must pickle
        import pickle

        for item in items:
            jobs_seen.append(1)
            yield pickle.loads(pickle.dumps(fn(pickle.loads(pickle.dumps(item)))))

    done = deidentify_units(_phi_units(), key, _patient, parallel_map=counting_map)
    assert len(jobs_seen) == 3
    assert [u.id for u in done.units] == ["u0", "u1", "u2", "u4"]
    assert [(p.reason, p.action) for p in done.problems] == [("deid_failed", "dropped_unit")]
    assert "timeout" in done.problems[0].detail and "Okafor" not in done.problems[0].detail
    assert not any("Okafor" in u.text or "88231" in u.text for u in done.units)

    def broken_map(fn, items):
        for i, item in enumerate(items):
            if i == 1:
                raise RuntimeError("worker died")
            yield fn(item)

    with pytest.raises(RuntimeError, match="worker died"):
        deidentify_units(_phi_units(), key, _patient, parallel_map=broken_map)

    def lossy_map(fn, items):
        return [fn(item) for item in items[:-1]]

    with pytest.raises(ValueError):
        deidentify_units(_phi_units(), key, _patient, parallel_map=lossy_map)


def test_task_finish_sends_its_batches_through_the_map(tmp_path) -> None:
    """`finish` hands the annotation batches to the map `prepare` was given (the runner's executor map)."""
    text = "Seen by Dr. John Smith on 03/04/2021. ER positive, 2.5 cm mass."
    (tmp_path / "ann.jsonl").write_text(json.dumps(
        {"id": "a", "note_id": "n1", "text": text, "spans": [{"start": 38, "end": 40, "label": "receptor"}]}))
    notes = pl.DataFrame({"note_id": ["n1"], "patient_id": ["Pabc"]})
    calls: list[int] = []

    def recording_map(fn, items):
        calls.append(len(items))
        return map(fn, items)

    task = PhenotypeTask({"annotations": "ann.jsonl", "unit": "document"},
                         RunContext(recipe_dir=tmp_path, key=b"k" * 32))
    task.prepare(recording_map)
    pooled = task.build(notes)
    serial = PhenotypeTask({"annotations": "ann.jsonl", "unit": "document"},
                           RunContext(recipe_dir=tmp_path, key=b"k" * 32)).build(notes)
    assert calls == [1] and pooled.equals(serial)
    assert not any("John Smith" in x for x in pooled["input"])


def test_an_engine_that_cannot_be_imported_where_the_batches_run_fails_closed(tmp_path) -> None:
    """A worker without the engine (ImportError raised by its job) fails the task with the usual message."""
    (tmp_path / "ann.jsonl").write_text(json.dumps({"id": "a", "note_id": "n1", "text": "ER positive.",
                                                    "spans": [{"start": 0, "end": 2, "label": "receptor"}]}))

    def no_engine_map(fn, items):
        del fn, items
        raise ImportError("No module named 'presidio_analyzer'")
        yield  # a generator, like the executor's map

    task = PhenotypeTask({"annotations": "ann.jsonl"}, RunContext(recipe_dir=tmp_path, key=b"k" * 32))
    task.prepare(no_engine_map)
    with pytest.raises(CancerprepError, match="no de-identification engine is available"):
        task.build(pl.DataFrame({"note_id": ["n1"], "patient_id": ["Pabc"]}))


def test_pooled_finish_never_imports_the_engine_in_this_process(tmp_path) -> None:
    """With the batches on other processes the driver does not import the engine (seconds of imports and models),
    in a fresh interpreter; the texts still come back de-identified."""
    text = "Seen by Dr. John Smith on 03/04/2021. ER positive."
    (tmp_path / "ann.jsonl").write_text(json.dumps(
        {"id": "a", "note_id": "n1", "text": text, "spans": [{"start": 38, "end": 40, "label": "receptor"}]}))
    script = (
        "import multiprocessing, sys\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "from pathlib import Path\n"
        "import polars as pl\n"
        "from cancerprep.stages.base import RunContext\n"
        "from cancerprep.tasks.phenotype import PhenotypeTask\n"
        "if __name__ == '__main__':\n"
        f"    task = PhenotypeTask({{'annotations': 'ann.jsonl'}}, RunContext(recipe_dir=Path({str(tmp_path)!r}),"
        " key=b'k' * 32))\n"
        "    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context('spawn')) as pool:\n"
        "        task.prepare(pool.map)\n"
        "        pairs = task.build(pl.DataFrame({'note_id': ['n1'], 'patient_id': ['Pabc']}))\n"
        "    print('cancerprep.stages.deid.engine' in sys.modules, pairs.height,\n"
        "          any('John Smith' in x for x in pairs['input']))\n")
    done = fresh_python(script)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["False", "16", "False"]  # two sentences x 8 entity types
