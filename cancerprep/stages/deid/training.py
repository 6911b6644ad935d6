"""Training the learned de-identification recognizer: annotated notes -> spaCy DocBin -> model.

Rules find what has a shape (dates, phones, IDs); names and places in free text are
better learned. This module turns annotated notes in the formats sites have
(PhysioNet `id.text` + `id-phi.phrase`, brat, JSON spans, the synthetic sample's
truth) into `TrainExample`s with the i2b2-style types the engine uses, writes them
as spaCy DocBins and trains a small tok2vec + NER pipeline with spaCy's own trainer
(CPU, seeded, one thread, no vectors, nothing downloaded). `cancerprep deid-train`
and `benchmarks/quality/train_deid_model.py` (the shipped default model) call it.

Errors name file, row and field; annotated text never reaches a message or log.
"""

from __future__ import annotations

import contextlib
import csv
import json
import random
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from cancerprep.errors import CancerprepError, InputError

LABELS: tuple[str, ...] = ("NAME", "DATE", "AGE", "CONTACT", "ID", "LOCATION", "PROFESSION")
TRAIN_FORMATS: tuple[str, ...] = ("physionet", "brat", "json", "sample")

# Raw labels of the formats we read (PhysioNet deid, i2b2 2014 types and subtypes, spaCy/Presidio
# names) -> the engine's entity types. A label outside this table is reported, never guessed.
_LABEL_MAP: dict[str, str] = {
    # PhysioNet deid
    "HCPNAME": "NAME", "PTNAME": "NAME", "PTNAMEINITIAL": "NAME", "RELATIVEPROXYNAME": "NAME",
    "DATEYEAR": "DATE", "PHONE": "CONTACT", "OTHER": "ID",
    # i2b2 2014 subtypes
    "PATIENT": "NAME", "DOCTOR": "NAME", "USERNAME": "NAME", "RELATIVE": "NAME",
    "HOSPITAL": "LOCATION", "STREET": "LOCATION", "CITY": "LOCATION", "STATE": "LOCATION",
    "ZIP": "LOCATION", "COUNTRY": "LOCATION", "ORGANIZATION": "LOCATION", "LOCATION-OTHER": "LOCATION",
    "FAX": "CONTACT", "EMAIL": "CONTACT", "URL": "CONTACT", "IPADDR": "CONTACT", "PAGER": "CONTACT",
    "MEDICALRECORD": "ID", "MRN": "ID", "IDNUM": "ID", "SSN": "ID", "ACCOUNT": "ID", "LICENSE": "ID",
    "DEVICE": "ID", "BIOID": "ID", "HEALTHPLAN": "ID", "VEHICLE": "ID", "ACCESSION": "ID",
    # spaCy / Presidio names
    "PERSON": "NAME", "PER": "NAME", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION",
    "PHONE_NUMBER": "CONTACT", "EMAIL_ADDRESS": "CONTACT", "IP_ADDRESS": "CONTACT", "DATE_TIME": "DATE",
    "CONTACT": "CONTACT", "ID": "ID", "NAME": "NAME", "DATE": "DATE", "AGE": "AGE",
    "LOCATION": "LOCATION", "PROFESSION": "PROFESSION",
}


def map_label(raw: str) -> str | None:
    """The engine's entity type for an annotation label (None = not PHI we know)."""
    return _LABEL_MAP.get(raw.strip().upper().replace(" ", ""))


@dataclass
class TrainExample:
    """One annotated note: text and (start, end, type) spans in character offsets."""

    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    group: str = ""  # patient (or file) id: the tuning/dev split is by group, never by note
    # (start, end) of text whose annotation is unknown (neither PHI nor not PHI): e.g. a generated value the
    # source did not mark; the model is neither rewarded nor penalised there
    missing: list[tuple[int, int]] = field(default_factory=list)


# -- readers ------------------------------------------------------------------------------------

def _check_span(start: int, end: int, text: str, file: str, row: int) -> None:
    if not 0 <= start < end <= len(text):
        raise InputError(f"span [{start}, {end}) is outside its note ({len(text)} characters)",
                         file=file, row=row)


def from_physionet(text_path: str | Path, phrase_path: str | Path,
                   keep_patient: Callable[[str], bool] | None = None) -> list[TrainExample]:
    """PhysioNet deid format; `keep_patient(pid)` selects a part (e.g. the tuning patients)."""
    from cancerprep.stages.deid.evaluate import load_physionet_notes

    text_path, phrase_path = Path(text_path), Path(phrase_path)
    for p in (text_path, phrase_path):
        if not p.is_file():
            raise InputError("annotation input not found", file=str(p))
    notes = {n.note_id: n for n in load_physionet_notes(text_path)
             if keep_patient is None or keep_patient(n.patient_id)}
    examples = {nid: TrainExample(n.text, [], n.patient_id) for nid, n in notes.items()}
    for row, line in enumerate(phrase_path.read_text(encoding="latin-1").splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split(" ", 5)
        if len(parts) < 5 or not parts[2].isdigit() or not parts[3].isdigit():
            raise InputError("expected 'PID NOTE START END TYPE PHRASE'", file=str(phrase_path), row=row)
        ex = examples.get(f"{parts[0]}-{parts[1]}")
        if ex is None:
            if keep_patient is None:
                raise InputError("span for a note not in the text file", file=str(phrase_path), row=row)
            continue
        label = map_label(parts[4])
        if label is None:
            raise InputError(f"unknown PHI type {parts[4]!r}", file=str(phrase_path), row=row, field="TYPE")
        start, end = int(parts[2]), int(parts[3])
        _check_span(start, end, ex.text, str(phrase_path), row)
        ex.spans.append((start, end, label))
    return list(examples.values())


def from_annotations(path: str | Path, fmt: str) -> list[TrainExample]:
    """brat or JSON spans through `cancerprep.annotations` (strict: the first bad span is an error)."""
    from cancerprep.annotations import read_annotations

    result = read_annotations(path, fmt, label_map=map_label, strict=True)
    return [TrainExample(u.text, [(s.start, s.end, map_label(s.label) or s.label) for s in u.spans],
                         u.note_id or u.file or u.id) for u in result.units]


def from_sample(notes_csv: str | Path, phi_jsonl: str | Path, *, text_col: str = "text",
                id_col: str = "note_id", patient_col: str = "patient_id") -> list[TrainExample]:
    """The synthetic sample: a notes table (CSV) + planted spans {note_id, start, end, entity_type}."""
    notes_csv, phi_jsonl = Path(notes_csv), Path(phi_jsonl)
    for p in (notes_csv, phi_jsonl):
        if not p.is_file():
            raise InputError("annotation input not found", file=str(p))
    examples: dict[str, TrainExample] = {}
    with notes_csv.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        for col in (text_col, id_col):
            if col not in (reader.fieldnames or []):
                raise InputError("missing column", file=str(notes_csv), field=col)
        for row, rec in enumerate(reader, 2):
            nid = rec[id_col]
            if nid in examples:
                raise InputError("duplicate note id", file=str(notes_csv), row=row, field=id_col)
            examples[nid] = TrainExample(rec[text_col] or "", [], rec.get(patient_col) or nid)
    for row, line in enumerate(phi_jsonl.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            nid, start, end, raw = str(obj["note_id"]), int(obj["start"]), int(obj["end"]), str(obj["entity_type"])
        except (ValueError, KeyError, TypeError):
            raise InputError("not a span line {note_id, start, end, entity_type}", file=str(phi_jsonl),
                             row=row) from None
        ex = examples.get(nid)
        if ex is None:
            raise InputError("span for a note not in the notes table", file=str(phi_jsonl), row=row,
                             field="note_id")
        label = map_label(raw)
        if label is None:
            raise InputError(f"unknown entity type {raw!r}", file=str(phi_jsonl), row=row, field="entity_type")
        _check_span(start, end, ex.text, str(phi_jsonl), row)
        ex.spans.append((start, end, label))
    return list(examples.values())


def load_examples(paths: Iterable[str | Path], fmt: str) -> list[TrainExample]:
    """Read training notes in one of `TRAIN_FORMATS`.

    physionet: pairs `id.text` `id-phi.phrase` (or a folder holding both); sample: pairs
    `notes.csv` `phi.jsonl`; brat/json: each path a file or folder.
    """
    paths = [Path(p) for p in paths]
    if fmt not in TRAIN_FORMATS:
        raise InputError(f"unknown training format {fmt!r}; use one of {', '.join(TRAIN_FORMATS)}")
    if not paths:
        raise InputError("no annotation input given")
    if fmt in ("brat", "json"):
        return [ex for p in paths for ex in from_annotations(p, fmt)]
    if fmt == "physionet" and len(paths) == 1 and paths[0].is_dir():
        paths = [paths[0] / "id.text", paths[0] / "id-phi.phrase"]
    if len(paths) % 2:
        hint = "id.text id-phi.phrase" if fmt == "physionet" else "notes.csv phi.jsonl"
        raise InputError(f"{fmt} input comes in pairs: {hint}", file=str(paths[-1]))
    reader = from_physionet if fmt == "physionet" else from_sample
    return [ex for a, b in zip(paths[::2], paths[1::2], strict=True) for ex in reader(a, b)]


# -- DocBin -------------------------------------------------------------------------------------

def case_variants(examples: list[TrainExample], share: float, seed: int) -> list[TrainExample]:
    """Upper- and lower-cased copies of a seeded share of notes: exports mix ALL CAPS and
    all lower case notes, where capitals say nothing about names."""
    rng = random.Random(seed)
    out: list[TrainExample] = []
    for ex in examples:
        if rng.random() >= share:
            continue
        variant = ex.text.upper() if rng.random() < 0.6 else ex.text.lower()
        if len(variant) == len(ex.text):  # offsets must stay valid (a few letters change length)
            out.append(TrainExample(variant, list(ex.spans), ex.group, list(ex.missing)))
    return out


def to_docbin(examples: Iterable[TrainExample], nlp=None):
    """A spaCy DocBin: each note a Doc whose entities are its spans (token-aligned, overlaps
    resolved to the longest); tokens of its `missing` spans (outside any entity) are unknown, all
    others explicitly not PHI."""
    import spacy
    from spacy.tokens import DocBin
    from spacy.util import filter_spans

    nlp = nlp or spacy.blank("en")
    db = DocBin(store_user_data=False)
    for ex in examples:
        doc = nlp.make_doc(ex.text)
        ents = []
        for start, end, label in ex.spans:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None and span.text.strip():
                ents.append(span)
        ents = filter_spans(ents)
        taken = {i for span in ents for i in range(span.start, span.end)}
        unknown = [span for a, b in ex.missing
                   if (span := doc.char_span(a, b, alignment_mode="expand")) is not None
                   and not taken.intersection(range(span.start, span.end))]
        doc.set_ents(ents, missing=filter_spans(unknown))
        db.add(doc)
    return db


def split_by_group(examples: list[TrainExample], dev_share: float, seed: int
                   ) -> tuple[list[TrainExample], list[TrainExample]]:
    """(train, dev) with whole groups (patients) on one side; dev drives spaCy's best-model choice."""
    groups = sorted({ex.group for ex in examples})
    rng = random.Random(seed)
    dev_groups = set(rng.sample(groups, max(1, round(len(groups) * dev_share)))) if len(groups) > 1 else set()
    train = [ex for ex in examples if ex.group not in dev_groups]
    dev = [ex for ex in examples if ex.group in dev_groups]
    return train, dev or train[: max(1, len(train) // 10)]


# -- config and training ------------------------------------------------------------------------

@dataclass
class TrainSettings:
    """Bounded by default: the shipped model trains in minutes on one CPU thread and is a few MB."""

    width: int = 64
    depth: int = 3
    embed_rows: tuple[int, int, int, int] = (4000, 1000, 2000, 500)  # NORM PREFIX SUFFIX SHAPE
    hidden_width: int = 64
    window_size: int = 1  # tokens each side an encoder layer sees
    maxout_pieces: int = 3  # of each encoder layer
    max_steps: int = 3000
    max_epochs: int = 0
    patience: int = 1200
    eval_frequency: int = 200
    dropout: float = 0.15
    learn_rate: float = 0.001
    batch_words: int = 1500
    seed: int = 0
    case_share: float = 0.3  # share of notes also trained upper/lower-cased
    dev_share: float = 0.1
    repeat: int = 1  # copies of each training note of `examples` per epoch (keeps their share beside `train_only`)
    vocab_features: bool = False  # also embed each token's vocabulary class (`vocab_class`)
    vocab_rows: int = 500  # hash-embedding rows for the vocabulary class (at most 122 classes)
    vocab_classes: str = "full"  # or "names": census name part and everyday English only (`vocab_class.CLASSES`)


def build_config(settings: TrainSettings):
    """A spaCy config from spaCy's own quickstart (ner, CPU, efficiency), sized down and seeded."""
    from spacy.cli.init_config import init_config

    config = init_config(lang="en", pipeline=["ner"], optimize="efficiency", gpu=False, pretraining=False,
                         silent=True)
    config["system"]["seed"] = settings.seed
    config["initialize"]["lookups"] = None  # no spacy-lookups-data download: NORM = lower case
    config["initialize"]["vectors"] = None
    config["paths"]["vectors"] = None
    tok2vec = config["components"]["tok2vec"]["model"]
    tok2vec["embed"]["width"] = settings.width
    tok2vec["embed"]["attrs"] = ["NORM", "PREFIX", "SUFFIX", "SHAPE"]
    tok2vec["embed"]["rows"] = list(settings.embed_rows)
    tok2vec["embed"]["include_static_vectors"] = False
    tok2vec["encode"]["width"] = settings.width
    tok2vec["encode"]["depth"] = settings.depth
    tok2vec["encode"]["window_size"] = settings.window_size
    tok2vec["encode"]["maxout_pieces"] = settings.maxout_pieces
    if settings.vocab_features:  # the class is written before tok2vec, in training too (annotating component)
        from cancerprep.stages.deid import vocab_class

        config["nlp"]["pipeline"] = ["vocab_class", *config["nlp"]["pipeline"]]
        config["components"]["vocab_class"] = {"factory": vocab_class.FACTORY, "classes": settings.vocab_classes}
        config["training"]["annotating_components"] = ["vocab_class"]
        tok2vec["embed"]["attrs"].append("LEMMA")
        tok2vec["embed"]["rows"].append(settings.vocab_rows)
    ner = config["components"]["ner"]["model"]
    ner["hidden_width"] = settings.hidden_width
    ner["tok2vec"]["width"] = settings.width
    training = config["training"]
    training["seed"] = settings.seed
    training["max_steps"] = settings.max_steps
    training["max_epochs"] = settings.max_epochs
    training["patience"] = settings.patience
    training["eval_frequency"] = settings.eval_frequency
    training["dropout"] = settings.dropout
    training["optimizer"]["learn_rate"] = settings.learn_rate
    training["batcher"]["size"] = settings.batch_words
    training["score_weights"] = {"ents_r": 0.6, "ents_f": 0.4, "ents_p": 0.0, "ents_per_type": None}
    training["logger"] = {"@loggers": "spacy.ConsoleLogger.v1", "progress_bar": False}
    return config


@dataclass
class TrainReport:
    """PHI-free summary of a training run."""

    notes: int
    train_notes: int
    dev_notes: int
    spans: dict[str, int]
    dev_scores: dict[str, float]
    model_dir: str
    size_bytes: int

    def to_dict(self) -> dict:
        """A plain dict for the command's JSON output and the model's info file (counts and
        scores only, no note text)."""
        return dict(self.__dict__)


def strip_strings(model_dir: Path) -> None:
    """Keep only the entity labels in the model's string store.

    spaCy saves every token string it saw in training (vocab/strings.json): for a site's model,
    the names and numbers of its annotated notes. The model reads hashes, not strings, so the
    predictions are the same without them and the model directory carries no note text.
    """
    meta = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))
    labels = sorted(set((meta.get("labels") or {}).get("ner", [])) | set(LABELS))
    (model_dir / "vocab" / "strings.json").write_text(json.dumps(labels), encoding="utf-8")


def train_dev(examples: list[TrainExample], settings: TrainSettings, train_only: list[TrainExample]
              ) -> tuple[list[TrainExample], list[TrainExample]]:
    """(train, dev): `examples` split by group as without `train_only`, their training notes and case variants
    `settings.repeat` times, then `train_only` and its case variants once (never in dev)."""
    train, dev = split_by_group(examples, settings.dev_share, settings.seed)
    train = (train + case_variants(train, settings.case_share, settings.seed)) * max(1, settings.repeat)
    return train + train_only + case_variants(train_only, settings.case_share, settings.seed), dev


def train_model(examples: list[TrainExample], output_dir: str | Path,
                settings: TrainSettings | None = None, train_only: list[TrainExample] | None = None) -> TrainReport:
    """Train tok2vec + NER on `examples` and write the best model to `output_dir` (replaced).

    `train_only` notes (e.g. rendered form lines) are trained on but never held out: the dev notes, which choose
    the best model, and the split of `examples` stay what they are without them.
    Runs spaCy's trainer on CPU with one BLAS thread (the machine is shared; the result is
    reproducible for a given seed and input order).
    """
    import spacy
    from spacy.cli.train import train as spacy_train
    from threadpoolctl import threadpool_limits

    settings = settings or TrainSettings()
    if not examples:
        raise InputError("no annotated notes to train on")
    extra = list(train_only or [])
    counts = Counter(label for ex in examples + extra for _, _, label in ex.spans)
    if not counts:
        raise InputError("the annotations hold no PHI spans; nothing to learn")
    output_dir = Path(output_dir)
    train, dev = train_dev(examples, settings, extra)
    with tempfile.TemporaryDirectory(prefix="cancerprep-deid-train-") as tmp:
        tmp_path = Path(tmp)
        nlp = spacy.blank("en")
        to_docbin(train, nlp).to_disk(tmp_path / "train.spacy")
        to_docbin(dev, nlp).to_disk(tmp_path / "dev.spacy")
        config = build_config(settings)
        config.to_disk(tmp_path / "config.cfg")
        overrides = {"paths.train": str(tmp_path / "train.spacy"), "paths.dev": str(tmp_path / "dev.spacy")}
        # spaCy's trainer prints losses and scores (never text); keep stdout for our report.
        with threadpool_limits(limits=1), contextlib.redirect_stdout(sys.stderr):
            spacy_train(tmp_path / "config.cfg", tmp_path / "out", overrides=overrides, use_gpu=-1)
        best = tmp_path / "out" / "model-best"
        if not best.is_dir():
            raise CancerprepError("spaCy training wrote no model")
        meta = json.loads((best / "meta.json").read_text(encoding="utf-8"))
        scores = {k: round(float(v), 4) for k, v in (meta.get("performance") or {}).items()
                  if isinstance(v, int | float)}
        strip_strings(best)
        if output_dir.exists():
            shutil.rmtree(output_dir)
        shutil.copytree(best, output_dir)
    size = sum(p.stat().st_size for p in output_dir.rglob("*") if p.is_file())
    return TrainReport(len(examples) + len(extra), len(train), len(dev), dict(sorted(counts.items())), scores,
                       str(output_dir), size)
