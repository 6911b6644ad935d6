"""Phenotype extraction pairs: annotated entities -> CancerLLM sentence-level QA pairs.

CancerLLM asks, per sentence and entity type, "In the text: <sentence> What is
the tumor size in the given context?" and expects the entity strings as the
answer. `ner2qa` turns annotation units (from any reader in
`cancerprep.annotations`) into those pairs under a phenotype schema that maps
annotation labels to entity types; the `phenotype` task runs it in a recipe.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path
from typing import Any

import jsonschema
import numpy as np
import polars as pl
import yaml

from cancerprep import resources
from cancerprep.annotations import AnnotationUnit, Problem, ReadResult, Span, read_annotations
from cancerprep.errors import CancerprepError, InputError
from cancerprep.formats import PHENOTYPE_INSTRUCTION, phenotype_context
from cancerprep.progress import track
from cancerprep.records import PAIR_SCHEMA
from cancerprep.stages.base import RunContext
from cancerprep.tasks.base import ParallelMap, TaskBuilder

DEFAULT_SCHEMA = "cancerner"
TASK = "phenotype"


def normalize_label(label: str) -> str:
    """Case-folded label with '_' and whitespace read as '-' ('Receptor_Status' -> 'receptor-status')."""
    return re.sub(r"[\s_]+", "-", label.strip()).lower()


@dataclass(frozen=True)
class EntityType:
    """One question the model is asked, and the annotation labels whose spans answer it."""

    name: str
    labels: tuple[str, ...]
    question: str


@dataclass(frozen=True)
class PhenotypeSchema:
    """Maps a site's annotation labels onto entity types, so exports with different label names give the same pairs."""

    name: str
    entity_types: tuple[EntityType, ...]
    no_answer: str

    @property
    def label_to_type(self) -> dict[str, str]:
        """Normalized label -> entity type, so 'Tumor_Size' and 'tumor size' match the same type."""
        return {normalize_label(lab): et.name for et in self.entity_types for lab in et.labels}

    def entity_type_of(self, label: str) -> str | None:
        """The label's entity type, or None so readers report it as `unknown_label` instead of guessing."""
        return self.label_to_type.get(normalize_label(label))


def load_schema(name_or_path: str | Path = DEFAULT_SCHEMA) -> PhenotypeSchema:
    """A bundled schema by name (schemas/phenotype/<name>.yaml) or a site's JSON/YAML file."""
    path = Path(name_or_path)
    if not path.is_file():
        bundled = resources.schema(f"phenotype/{name_or_path}.yaml")
        if not bundled.is_file():
            known = ", ".join(sorted(p.name.removesuffix(".yaml") for p in resources.schema("phenotype").iterdir()
                                 if p.name.endswith(".yaml")))
            raise InputError(f"phenotype schema {str(name_or_path)!r} is neither a file nor a bundled "
                             f"schema ({known})")
        path = bundled
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))  # YAML is a superset of JSON
    except yaml.YAMLError:
        raise InputError("phenotype schema is not valid JSON or YAML", file=str(path)) from None
    validator = jsonschema.Draft202012Validator(
        json.loads(resources.schema("phenotype_schema.schema.json").read_text()))
    errors = sorted(validator.iter_errors(raw), key=lambda e: list(e.absolute_path))
    if errors:
        where = "/".join(str(p) for p in errors[0].absolute_path) or "<root>"
        raise InputError(f"phenotype schema invalid at {where}: {errors[0].message}", file=str(path))
    types = tuple(EntityType(e["name"], tuple(e["labels"]), e["question"]) for e in raw["entity_types"])
    owner: dict[str, str] = {}
    for et in types:
        for lab in et.labels:
            key = normalize_label(lab)
            if key in owner and owner[key] != et.name:
                raise InputError(f"phenotype schema: label {lab!r} belongs to both {owner[key]!r} and "
                                 f"{et.name!r}", file=str(path))
            owner[key] = et.name
    if len({et.name for et in types}) != len(types):
        raise InputError("phenotype schema: entity type names must be unique", file=str(path))
    return PhenotypeSchema(str(raw["name"]), types, str(raw["no_answer"]))


# -- sentences -------------------------------------------------------------------------------------

@cache
def _sentencizer():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets: every line is split by spaCy's rule-based sentencizer.

    Clinical notes put headers and list items on their own lines without final
    punctuation, so a line break always ends a sentence. Offsets exclude
    surrounding whitespace; empty lines yield nothing.
    """
    bounds: list[tuple[int, int]] = []
    nlp = _sentencizer()
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0)
        if not line.strip():
            continue
        for sent in nlp(line).sents:
            s = m.start() + sent.start_char
            e = m.start() + sent.end_char
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                bounds.append((s, e))
    return bounds


def _sentences_for(unit: AnnotationUnit, problems: list[Problem]) -> list[tuple[int, int]]:
    """Sentence bounds, merged where a span crosses a boundary (reported, never dropped)."""
    bounds = sentence_bounds(unit.text)
    for span in unit.spans:
        hit = [i for i, (s, e) in enumerate(bounds) if s < span.end and span.start < e]
        inside = [i for i in hit if bounds[i][0] <= span.start and span.end <= bounds[i][1]]
        if not hit:  # whitespace only: no sentence holds it, so no pair can carry it
            problems.append(Problem(unit.file, span.line if span.line is not None else unit.line,
                                    "span_outside_sentences", "dropped_span",
                                    f"unit {unit.id!r}: span [{span.start}, {span.end}) label {span.label!r} "
                                    "covers only whitespace"))
            continue
        if inside:
            continue
        lo, hi = min(hit), max(hit)
        start = min(bounds[lo][0], span.start)
        end = max(bounds[hi][1], span.end)
        bounds[lo:hi + 1] = [(start, end)]
        problems.append(Problem(unit.file, span.line if span.line is not None else unit.line,
                                "span_crosses_sentence", "merged_sentences",
                                f"unit {unit.id!r}: span [{span.start}, {span.end}) label {span.label!r} "
                                f"crosses {hi - lo + 1} sentences; they were merged into one unit"))
    return bounds


# -- conversion ------------------------------------------------------------------------------------

def _pair_id(unit_id: str, sentence: int | None, entity_type: str) -> str:
    blob = json.dumps([TASK, unit_id, sentence, entity_type])
    return "ph-" + hashlib.sha256(blob.encode()).hexdigest()[:20]


def ner2qa(
    units: list[AnnotationUnit],
    schema: PhenotypeSchema,
    *,
    unit: str = "sentence",
    presplit: bool = False,
    negatives: float = 1.0,
    seed: int = 0,
    problems: list[Problem] | None = None,
) -> pl.DataFrame:
    """One QA pair per (unit, entity type) in CancerLLM's phenotype format (PAIR_SCHEMA rows).

    `unit="sentence"` splits document units into sentences (`presplit` units,
    e.g. CoNLL sentences, are used as they are); `"document"` asks over the whole
    text. The answer lists the entity strings of that type in order of
    appearance, de-duplicated, joined by ", "; the schema's no-answer string when
    there are none. `negatives` is the share of no-answer pairs kept, chosen with
    `seed`. Spans must already be validated (readers do that).
    """
    if unit not in ("sentence", "document"):
        raise InputError(f"unit must be 'sentence' or 'document', not {unit!r}")
    if not 0.0 <= negatives <= 1.0:
        raise InputError(f"negatives must be a share between 0 and 1, not {negatives}")
    problems = problems if problems is not None else []
    type_of = {normalize_label(lab): et.name for et in schema.entity_types for lab in et.labels}
    rows: list[dict[str, Any]] = []
    for u in units:
        if not u.text.strip():
            continue
        if unit == "document" or presplit:
            segments: list[tuple[int | None, int, int]] = [(None, 0, len(u.text))]
        else:
            segments = [(i, s, e) for i, (s, e) in enumerate(_sentences_for(u, problems))]
        for index, s, e in segments:
            inside = [sp for sp in u.spans if s <= sp.start and sp.end <= e]
            sentence = u.text[s:e]
            for et in schema.entity_types:
                answers: list[str] = []
                labels: list[str] = []
                for sp in sorted(inside, key=lambda x: (x.start, x.end)):
                    if type_of.get(normalize_label(sp.label)) != et.name:
                        continue
                    value = u.text[sp.start:sp.end]
                    if sp.label not in labels:
                        labels.append(sp.label)
                    if value not in answers:
                        answers.append(value)
                meta = {"unit_id": u.id, "sentence": index, "entity_type": et.name, "labels": labels,
                        "answers": answers, "question": et.question}
                rows.append({
                    "id": _pair_id(u.id, index, et.name),
                    "task": TASK,
                    "instruction": PHENOTYPE_INSTRUCTION,
                    "input": phenotype_context(sentence, et.question),
                    "output": ", ".join(answers) if answers else schema.no_answer,
                    "source_note_id": u.note_id,
                    "patient_pseudonym": None,
                    "cancer_type": None,
                    "split": None,
                    "variant": "clean",
                    "meta": json.dumps(meta, ensure_ascii=False),
                })
    frame = pl.DataFrame(rows, schema=PAIR_SCHEMA)
    return _keep_negatives(frame, schema.no_answer, negatives, seed)


def _keep_negatives(frame: pl.DataFrame, no_answer: str, share: float, seed: int) -> pl.DataFrame:
    """Keep round(share * n) no-answer pairs, drawn with `seed`, in their original order."""
    if share >= 1.0 or frame.is_empty():
        return frame
    answers = frame["meta"].map_elements(lambda m: len(json.loads(m)["answers"]), return_dtype=pl.Int64)
    negative = (answers == 0).to_numpy()
    neg_idx = np.flatnonzero(negative)
    k = round(share * len(neg_idx))
    rng = np.random.default_rng(seed)
    chosen = set(rng.choice(neg_idx, size=k, replace=False).tolist()) if k else set()
    keep = [not negative[i] or i in chosen for i in range(frame.height)]
    return frame.filter(pl.Series(keep))


def build_pairs(
    path: str | Path,
    fmt: str,
    *,
    schema: str | Path = DEFAULT_SCHEMA,
    unit: str = "sentence",
    negatives: float = 1.0,
    seed: int = 0,
    strict: bool = False,
    transform: Callable[[ReadResult], ReadResult] | None = None,
) -> tuple[pl.DataFrame, dict[str, Any]]:
    """Read annotations, convert them, and return (pairs, PHI-free report).

    `transform` runs between reading and conversion; the `phenotype` task uses it
    to de-identify annotation texts (with spans remapped) before any pair exists.
    """
    ph_schema = load_schema(schema)
    result = read_annotations(path, fmt, label_map=ph_schema.entity_type_of, strict=strict)
    if transform is not None:
        result = transform(result)
    problems = list(result.problems)
    pairs = ner2qa(result.units, ph_schema, unit=unit, presplit=(fmt == "conll"), negatives=negatives,
                   seed=seed, problems=problems)
    if strict and len(problems) > len(result.problems):
        first = problems[len(result.problems)]
        raise InputError(f"{first.reason}: {first.detail}", file=first.file, row=first.line)
    report = ReadResult(result.units, problems).report()
    answered = pairs["output"] != ph_schema.no_answer
    report.update({"schema": ph_schema.name, "pairs": pairs.height,
                   "pairs_with_answer": int(answered.sum()),
                   "pairs_without_answer": int((~answered).sum())})
    return pairs, report


# -- recipe task -----------------------------------------------------------------------------------

DEID_BATCH = 64  # annotation texts per de-identification call (the learned voter batches them)

ENGINE_MISSING = ("phenotype: annotation texts must be de-identified (deid: true) but no de-identification engine "
                  "is available; set deid: false only for annotations that hold no PHI")


def deidentify_batch(batch: list[tuple[str, str, list[tuple[int, int]]]], key: bytes, mode: str = "surrogate"
                     ) -> list[tuple[str, list[tuple[int, int]], int] | str]:
    """(text, patient, span offsets) of one batch through `deidentify_texts`, as a job a pool worker can run:
    each comes back as (new text, its spans' offsets remapped onto it, PHI spans replaced).

    A text that cannot be de-identified comes back as its failure reason alone (a `DeidFailure` does not
    survive pickling, and its detail stays where it was raised); an error of the whole batch propagates. The
    remapping is done here too, so the process that gathers the results never imports the engine.
    """
    from cancerprep.stages.deid.engine import DeidFailure, deidentify_texts, remap_offsets

    outcomes = deidentify_texts([t for t, _, _ in batch], [p for _, p, _ in batch], key, mode=mode)
    return [outcome.reason if isinstance(outcome, DeidFailure)
            else (outcome[0], remap_offsets(offsets, outcome[1]), len(outcome[1]))
            for (_, _, offsets), outcome in zip(batch, outcomes, strict=True)]


def deidentify_units(
    result: ReadResult, key: bytes, patient_of: Callable[[AnnotationUnit], str], mode: str = "surrogate",
    stats: dict[str, int] | None = None, parallel_map: ParallelMap | None = None,
) -> ReadResult:
    """De-identify every unit's text through cancerprep.stages.deid, remapping its spans to the new text.

    Annotations are cut from notes, so their texts can hold PHI and the pairs
    must not carry it. A unit whose de-identification fails is left out and
    reported (`deid_failed`): fail closed, never the raw text; a batch whose job
    fails (or a worker that dies) fails the whole call. `parallel_map` runs the
    batches (`deidentify_batch`) elsewhere, e.g. on a pool's workers; the batches
    are the same either way, so the texts are too (a patient's texts in one
    batch share what was found in them).
    """
    units: list[AnnotationUnit] = []
    problems = list(result.problems)
    batches = [result.units[i:i + DEID_BATCH] for i in range(0, len(result.units), DEID_BATCH)]
    jobs = [[(u.text, patient_of(u), [(s.start, s.end) for s in u.spans]) for u in batch] for batch in batches]
    outcomes = (parallel_map or map)(partial(deidentify_batch, key=key, mode=mode), jobs)
    done = (pair for batch, found in zip(batches, track(outcomes, "de-identify annotations", total=len(jobs)),
                                         strict=True)
            for pair in zip(batch, found, strict=True))
    try:
        for u, outcome in done:
            if isinstance(outcome, str):
                problems.append(Problem(u.file, u.line, "deid_failed", "dropped_unit",
                                        f"unit {u.id!r}: de-identification {outcome}"))
                continue
            text, moved, replaced = outcome
            if stats is not None:
                stats["phenotype_annotation_phi_spans"] = stats.get("phenotype_annotation_phi_spans", 0) + replaced
            spans = [Span(a, b, s.label, s.line) for (a, b), s in zip(moved, u.spans, strict=True)]
            units.append(AnnotationUnit(u.id, text, spans, u.note_id, u.file, u.line))
    except ImportError:  # where the batches ran (here or a worker) the engine could not be imported
        raise CancerprepError(ENGINE_MISSING) from None
    return ReadResult(units, problems)


def note_lookup(notes: pl.LazyFrame | pl.DataFrame | None, note_ids: set[str]) -> pl.DataFrame:
    """note_id, patient_id, cancer_type of just the named notes (the run's notes stay lazy, on disk)."""
    if notes is None:
        return pl.DataFrame(schema={"note_id": pl.Utf8})
    lazy = notes.lazy()
    names = lazy.collect_schema().names()
    if "note_id" not in names:
        return pl.DataFrame(schema={"note_id": pl.Utf8})
    cols = ["note_id", *[c for c in ("patient_id", "cancer_type") if c in names]]
    return (lazy.select(cols).filter(pl.col("note_id").is_in(sorted(note_ids)))
            .unique("note_id", keep="first", maintain_order=True).collect())


def deid_transform(context: RunContext, notes: pl.LazyFrame | pl.DataFrame | None,
                   stats: dict[str, int], parallel_map: ParallelMap | None = None
                   ) -> Callable[[ReadResult], ReadResult]:
    """The de-id step of the `phenotype` task; raises (fail closed) when it cannot run. `parallel_map`:
    where the batches run (`deidentify_units`).

    Surrogates are keyed by the unit's patient as the run knows it (the note's
    pseudonymized patient id when the unit links to a note), so one patient's
    annotations get consistent surrogates.
    """
    if context.key is None:
        raise CancerprepError("phenotype: de-identifying annotation texts needs the site key (key_file or "
                              "CANCERPREP_DEID_KEY); set deid: false only for annotations that hold no PHI")
    key = context.key

    def transform(result: ReadResult) -> ReadResult:
        found = note_lookup(notes, {u.note_id for u in result.units if u.note_id is not None})
        patients: dict[str, str] = {}
        if "patient_id" in found.columns:
            patients = dict(zip(found["note_id"].to_list(), found["patient_id"].to_list(), strict=True))

        def patient_of(u: AnnotationUnit) -> str:
            if u.note_id is not None and u.note_id in patients:
                return str(patients[u.note_id])
            return f"annotation:{u.note_id or u.id}"

        return deidentify_units(result, key, patient_of, stats=stats, parallel_map=parallel_map)

    return transform


class PhenotypeTask(TaskBuilder):
    """Recipe task `phenotype`: pairs from an annotation export, linked to the run's notes.

    Units that name a note are kept only when that note survived the run (a note
    quarantined by de-id or normalize takes its annotations with it: fail closed),
    and take its patient pseudonym and cancer type, so the runner can split by patient.
    The pairs come from the annotation file, not from note text, so all the work is
    in `finish`, which looks up only the notes the annotations name.
    """

    name = TASK

    @property
    def unit(self) -> str:
        """The recipe's `unit` (what one pair covers), read in one place by `prepare` and `finish`."""
        return str(self.options.get("unit", "sentence"))

    @property
    def deidentifies(self) -> bool:
        """The recipe's `deid` (on by default): the annotation texts go through de-identification."""
        return bool(self.options.get("deid", True))

    @property
    def annotation_format(self) -> str:
        """The recipe's annotation `format`, read in one place by `prepare` and `finish`."""
        return str(self.options.get("format", "json"))

    def build_shard(self, notes: pl.DataFrame) -> pl.DataFrame:
        """No pairs per shard: they come from the annotation file, which is read once in `finish`."""
        del notes
        return pl.DataFrame(schema=PAIR_SCHEMA)

    def prepare(self, parallel_map: ParallelMap | None = None) -> None:
        """Load what `finish` needs in this process ahead of it, beside a pool's start: the sentence splitter
        (spaCy), and the de-identification engine (`deid`, on by default; ~0.5 s of vocabularies and the learned
        model) only when the annotation texts are de-identified here: with `parallel_map` their batches go to the
        executor's workers, which hold the engine's models, and this process never imports it."""
        super().prepare(parallel_map)
        if self.unit == "sentence" and self.annotation_format != "conll":
            _sentencizer()
        if parallel_map is None and self.deidentifies and self.context.key is not None:
            from cancerprep.stages.deid.engine import default_deidentifier

            default_deidentifier()

    def finish(self, notes: pl.LazyFrame) -> pl.DataFrame:
        """Build the pairs once (texts de-identified unless `deid: false`); drop pairs whose note left the run."""
        opts = self.options
        if "annotations" not in opts:
            raise CancerprepError("tasks.phenotype: option 'annotations' (path) is required")
        path = Path(opts["annotations"])
        if not path.is_absolute() and self.context.recipe_dir is not None:
            path = self.context.recipe_dir / path
        schema: str | Path = opts.get("schema", DEFAULT_SCHEMA)
        if self.context.recipe_dir is not None and (self.context.recipe_dir / schema).is_file():
            schema = self.context.recipe_dir / schema
        deid_stats: dict[str, int] = {}
        transform = deid_transform(self.context, notes, deid_stats, self.parallel_map) if self.deidentifies else None
        pairs, report = build_pairs(
            path, self.annotation_format, schema=schema,
            unit=self.unit, negatives=float(opts.get("negatives", 1.0)),
            seed=int(opts.get("seed", self.context.seed)), transform=transform)
        pairs, dropped = link_notes(pairs, notes)
        pairs = group_unlinked(pairs)
        self.report = report
        self.stats.update({"phenotype_pairs": pairs.height, "phenotype_pairs_unlinked_dropped": dropped,
                           "phenotype_annotation_problems": len(report["problems"]), **deid_stats,
                           **{f"phenotype_problem.{k}": v for k, v in report["problem_counts"].items()}})
        return pairs


def link_notes(pairs: pl.DataFrame, notes: pl.LazyFrame | pl.DataFrame | None) -> tuple[pl.DataFrame, int]:
    """Fill patient pseudonym and cancer type from the processed notes; drop pairs of absent notes."""
    if notes is None or "note_id" not in notes.lazy().collect_schema().names():
        return pairs, 0
    lookup = note_lookup(notes, set(pairs["source_note_id"].drop_nulls().to_list()))
    if lookup.is_empty() and notes.lazy().head(1).collect().is_empty():
        return pairs, 0  # a run without notes (annotations only): nothing to link to
    cols = lookup.columns
    lookup = lookup.rename({"note_id": "source_note_id", **({"patient_id": "_patient"} if "patient_id" in cols else {}),
                            **({"cancer_type": "_cancer"} if "cancer_type" in cols else {})})
    linked = pairs.join(lookup, on="source_note_id", how="left")
    keep = pl.col("source_note_id").is_null() | pl.col("source_note_id").is_in(lookup["source_note_id"].to_list())
    out = linked.filter(keep)
    if "_patient" in out.columns:
        out = out.with_columns(pl.coalesce("_patient", "patient_pseudonym").alias("patient_pseudonym"))
    if "_cancer" in out.columns:
        out = out.with_columns(pl.coalesce(pl.col("_cancer").cast(pl.Utf8), "cancer_type").alias("cancer_type"))
    return out.select(list(PAIR_SCHEMA)), linked.height - out.height


def group_unlinked(pairs: pl.DataFrame) -> pl.DataFrame:
    """Give pairs with no patient a stable group key, so the patient-level split spreads them.

    Without one, every unlinked pair (e.g. a public CoNLL corpus) would share the
    null patient and land in a single split. The key is 'A' + a hash of the
    unit's note id (its document), else of its unit id: pairs of one document
    stay in one split.
    """
    if pairs.is_empty() or pairs["patient_pseudonym"].null_count() == 0:
        return pairs

    def key(row: dict[str, Any]) -> str:
        anchor = row["source_note_id"] or json.loads(row["meta"])["unit_id"]
        return "A" + hashlib.sha256(f"annotation\x00{anchor}".encode()).hexdigest()[:16]

    keys = [p if p is not None else key(r) for p, r in zip(
        pairs["patient_pseudonym"].to_list(), pairs.select("source_note_id", "meta").iter_rows(named=True),
        strict=True)]
    return pairs.with_columns(pl.Series("patient_pseudonym", keys, dtype=pl.Utf8))
