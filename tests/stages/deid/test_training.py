"""Training data for the learned de-identification model: readers, labels, DocBin, a tiny training run,
and the `cancerprep deid-train` errors (file/row/field named, annotated text never echoed)."""

from __future__ import annotations

import json
import random
import string

import pytest
import spacy
from typer.testing import CliRunner

from cancerprep.cli import app
from cancerprep.errors import InputError
from cancerprep.stages.deid import training

FIRST = ["Marta", "Oskar", "Ilse", "Teodor", "Wanda", "Bruno", "Greta", "Lukas", "Nadia", "Pavel"]
LAST = ["Kowalczyk", "Brandauer", "Lindqvist", "Okonkwo", "Marchetti", "Haverkamp", "Szabo", "Delacroix"]
TEMPLATES = [
    "Patient {f} {l} was seen in clinic today for follow up.",
    "Discussed the plan with Dr. {l} who agrees with surgery.",
    "Her daughter {f} called about the biopsy results.",
    "Signed: {f} {l}, RN",
    "Seen today with wife {f}; no new complaints, vitals stable.",
]


def tiny_corpus(n: int = 40, seed: int = 1) -> list[training.TrainExample]:
    """Short templated notes with planted NAME spans (no real person)."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        tpl = TEMPLATES[i % len(TEMPLATES)]
        f, last = rng.choice(FIRST), rng.choice(LAST)
        text, spans = "", []
        pos = 0
        for part in string.Formatter().parse(tpl):
            literal, fld = part[0], part[1]
            text += literal
            pos += len(literal)
            if fld:
                value = f if fld == "f" else last
                spans.append((pos, pos + len(value), "NAME"))
                text += value
                pos += len(value)
        out.append(training.TrainExample(text, spans, f"p{i % 8}"))
    return out


def _write_physionet(tmp_path, records, phrases):
    body = "".join(f"START_OF_RECORD={pid}||||{nid}||||\n{text}||||END_OF_RECORD\n" for pid, nid, text in records)
    (tmp_path / "id.text").write_text(body, encoding="latin-1")
    (tmp_path / "id-phi.phrase").write_text("".join(p + "\n" for p in phrases), encoding="latin-1")
    return tmp_path / "id.text", tmp_path / "id-phi.phrase"


def test_map_label_covers_physionet_i2b2_and_spacy_names():
    assert training.map_label("HCPName") == "NAME"
    assert training.map_label("RelativeProxyName") == "NAME"
    assert training.map_label("DateYear") == "DATE"
    assert training.map_label("Other") == "ID"
    assert training.map_label("doctor") == "NAME"
    assert training.map_label("HOSPITAL") == "LOCATION"
    assert training.map_label("MEDICALRECORD") == "ID"
    assert training.map_label("PHONE_NUMBER") == "CONTACT"
    assert training.map_label("Disease") is None


def test_physionet_reader_keeps_selected_patients_and_maps_types(tmp_path):
    text_path, phrase_path = _write_physionet(
        tmp_path,
        [("1", "1", "Seen by Dr. Haverkamp on 3/4."), ("3", "1", "Wife Greta at bedside.")],
        ["1 1 12 21 HCPName Haverkamp", "1 1 25 28 Date 3/4", "3 1 5 10 RelativeProxyName Greta"])
    ex = training.from_physionet(text_path, phrase_path)
    assert [e.spans for e in ex] == [[(12, 21, "NAME"), (25, 28, "DATE")], [(5, 10, "NAME")]]
    tuning = training.from_physionet(text_path, phrase_path, keep_patient=lambda pid: int(pid) % 4 != 3)
    assert [e.group for e in tuning] == ["1"]


@pytest.mark.parametrize("phrase, message", [
    ("1 1 12", "expected 'PID NOTE START END TYPE PHRASE'"),
    ("1 1 12 21 Pet Haverkamp", "unknown PHI type 'Pet'"),
    ("1 1 12 99 HCPName Haverkamp", "outside its note"),
    ("7 1 0 2 HCPName Se", "not in the text file"),
])
def test_physionet_reader_errors_name_file_and_row_never_text(tmp_path, phrase, message):
    text_path, phrase_path = _write_physionet(tmp_path, [("1", "1", "Seen by Dr. Haverkamp on 3/4.")],
                                              ["1 1 25 28 Date 3/4", phrase])
    with pytest.raises(InputError) as err:
        training.from_physionet(text_path, phrase_path)
    assert message in str(err.value)
    assert err.value.row == 2 and err.value.file == str(phrase_path)
    assert "Haverkamp" not in str(err.value) and "Seen by" not in str(err.value)


def test_sample_reader_and_docbin_alignment(tmp_path):
    (tmp_path / "notes.csv").write_text('note_id,patient_id,text\nn1,p1,"Pt Oskar Szabo seen 4/5/2090."\n')
    spans = [{"note_id": "n1", "start": 3, "end": 14, "entity_type": "NAME"},
             {"note_id": "n1", "start": 20, "end": 28, "entity_type": "DATE"},
             {"note_id": "n1", "start": 3, "end": 8, "entity_type": "NAME"}]  # overlap: longest kept
    (tmp_path / "phi.jsonl").write_text("".join(json.dumps(s) + "\n" for s in spans))
    ex = training.load_examples([tmp_path / "notes.csv", tmp_path / "phi.jsonl"], "sample")
    assert ex[0].group == "p1" and len(ex[0].spans) == 3
    db = training.to_docbin(ex)
    doc = next(iter(db.get_docs(spacy.blank("en").vocab)))
    assert [(e.text, e.label_) for e in doc.ents] == [("Oskar Szabo", "NAME"), ("4/5/2090", "DATE")]


def test_docbin_marks_missing_spans_unknown_and_entities_win():
    """`missing`: a value the source did not annotate is neither PHI nor not PHI to the trainer (ent_iob ''); where it
    overlaps an entity the entity stands; case variants keep it."""
    text = "Signed Oskar Szabo 4/5/2090 at 555-0199 today"
    ex = training.TrainExample(text, [(7, 18, "NAME")], "p1", [(19, 27), (31, 39), (13, 18)])
    doc = next(iter(training.to_docbin([ex]).get_docs(spacy.blank("en").vocab)))
    assert [(e.text, e.label_) for e in doc.ents] == [("Oskar Szabo", "NAME")]
    assert [t.text for t in doc if t.ent_iob_ == ""] == ["4/5/2090", "555", "-", "0199"]
    assert {t.text: t.ent_iob_ for t in doc}["today"] == "O"
    (variant,) = training.case_variants([ex], share=1.0, seed=0)
    assert variant.missing == ex.missing


def test_json_spans_reader_maps_labels(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "u1", "text": "Dr. Lindqvist called.",
                                "spans": [{"start": 4, "end": 13, "label": "DOCTOR"}]}) + "\n")
    ex = training.load_examples([path], "json")
    assert ex[0].spans == [(4, 13, "NAME")]


def test_case_variants_keep_offsets():
    ex = tiny_corpus(20)
    variants = training.case_variants(ex, share=1.0, seed=0)
    assert variants and all(v.text in (e.text.upper(), e.text.lower()) for v, e in zip(variants, ex, strict=False))
    for v in variants:
        for s, e, _ in v.spans:
            assert v.text[s:e].lower() in {n.lower() for n in FIRST + LAST}


def test_trainer_on_a_tiny_corpus_writes_a_model_that_finds_a_planted_name(tmp_path):
    settings = training.TrainSettings(width=32, depth=2, embed_rows=(500, 200, 200, 50), hidden_width=32,
                                      max_steps=120, eval_frequency=40, patience=0, batch_words=200, case_share=0.0)
    report = training.train_model(tiny_corpus(), tmp_path / "model", settings)
    assert report.spans == {"NAME": 56} and report.size_bytes > 0
    nlp = spacy.load(tmp_path / "model")
    doc = nlp("Patient Wanda Marchetti was seen in clinic today for follow up.")
    assert any(e.label_ == "NAME" and "Marchetti" in e.text for e in doc.ents)
    # the model directory keeps no training text (spaCy's string store would hold every token)
    for path in (tmp_path / "model").rglob("*"):
        if path.is_file():
            assert not any(n.encode() in path.read_bytes() for n in LAST), path.name


def test_train_only_notes_never_reach_dev_and_leave_the_split_alone():
    """Rendered lines added with `train_only` must not move annotated patients between train and dev (dev picks the
    best model): the split is the one without them, `repeat` copies the annotated training notes only."""
    base, extra = tiny_corpus(40), [training.TrainExample(ex.text, ex.spans, "form-" + ex.group)
                                    for ex in tiny_corpus(10, seed=2)]
    settings = training.TrainSettings(case_share=0.0, repeat=2)
    plain_train, plain_dev = training.split_by_group(base, settings.dev_share, settings.seed)
    train, dev = training.train_dev(base, settings, extra)
    assert dev == plain_dev and not any(ex.group.startswith("form-") for ex in dev)
    assert train == plain_train * 2 + extra


def test_train_model_rejects_empty_input(tmp_path):
    with pytest.raises(InputError, match="no annotated notes"):
        training.train_model([], tmp_path / "m")
    with pytest.raises(InputError, match="no PHI spans"):
        training.train_model([training.TrainExample("nothing here", [], "p")], tmp_path / "m")


@pytest.mark.parametrize("args, message", [
    (["--format", "xml"], "unknown training format 'xml'"),
    (["--format", "physionet"], "comes in pairs"),
    (["--format", "brat"], "not found"),
])
def test_deid_train_cli_errors(tmp_path, args, message):
    missing = tmp_path / "nothing.txt"
    res = CliRunner().invoke(app, ["deid-train", str(missing), "-o", str(tmp_path / "m"), *args])
    assert res.exit_code != 0
    assert message in res.output
    assert not (tmp_path / "m").exists()


def test_deid_train_cli_names_row_of_a_bad_span_without_text(tmp_path):
    (tmp_path / "notes.csv").write_text('note_id,patient_id,text\nn1,p1,"Pt Oskar Szabo seen."\n')
    (tmp_path / "phi.jsonl").write_text(json.dumps({"note_id": "n1", "start": 3, "end": 8, "entity_type": "NAME"})
                                        + "\n" + json.dumps({"note_id": "n1", "start": 9, "end": 14,
                                                             "entity_type": "SECRET"}) + "\n")
    res = CliRunner().invoke(app, ["deid-train", str(tmp_path / "notes.csv"), str(tmp_path / "phi.jsonl"),
                                   "--format", "sample", "-o", str(tmp_path / "m")])
    assert res.exit_code != 0
    assert "row 2" in res.output and "entity_type" in res.output and "phi.jsonl" in res.output
    assert "Szabo" not in res.output and "Oskar" not in res.output


def test_deid_train_cli_trains_and_reports_counts(tmp_path):
    path = tmp_path / "train.jsonl"
    path.write_text("".join(json.dumps({"id": str(i), "note_id": ex.group, "text": ex.text,
                                        "spans": [{"start": s, "end": e, "label": lab} for s, e, lab in ex.spans]})
                            + "\n" for i, ex in enumerate(tiny_corpus(12))))
    res = CliRunner().invoke(app, ["deid-train", str(path), "--format", "json", "-o", str(tmp_path / "m"),
                                   "--max-steps", "5"])
    assert res.exit_code == 0, res.output
    report = json.loads(res.stdout[res.stdout.index("{"):])
    assert report["notes"] == 12 and report["spans"]["NAME"] > 0
    assert (tmp_path / "m" / "meta.json").is_file()
    assert "Kowalczyk" not in res.stdout


def test_default_settings_are_the_shipped_models_architecture():
    """`TrainSettings()` is what `train_deid_model` retrains the shipped model with: its tok2vec and NER
    architecture must be the one saved in the shipped model's config (a changed default needs a retrained model)."""
    from thinc.api import Config

    from cancerprep.stages.deid.recognizers import learned

    shipped = Config().from_disk(learned.model_path(learned.DEFAULT_MODEL) / "config.cfg", interpolate=False)
    built = training.build_config(training.TrainSettings())
    for section in ("tok2vec", "ner"):
        assert built["components"][section]["model"] == shipped["components"][section]["model"], section
    settings = json.loads((learned.model_path(learned.DEFAULT_MODEL) / "training.json").read_text())["settings"]
    defaults = training.TrainSettings()
    for key in ("width", "depth", "hidden_width", "embed_rows"):
        value = getattr(defaults, key)
        assert settings[key] == (list(value) if isinstance(value, tuple) else value), key


def test_architecture_settings_reach_the_config():
    settings = training.TrainSettings(width=32, depth=2, window_size=2, maxout_pieces=2, hidden_width=48,
                                      embed_rows=(1000, 500, 500, 100))
    model = training.build_config(settings)["components"]
    encode = model["tok2vec"]["model"]["encode"]
    assert (encode["width"], encode["depth"], encode["window_size"], encode["maxout_pieces"]) == (32, 2, 2, 2)
    assert model["tok2vec"]["model"]["embed"]["rows"] == [1000, 500, 500, 100]
    assert model["ner"]["model"]["hidden_width"] == 48 and model["ner"]["model"]["tok2vec"]["width"] == 32
