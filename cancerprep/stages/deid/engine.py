"""The Deidentifier: Presidio AnalyzerEngine (clinical registry) + AnonymizerEngine, fail closed.

`analyze_many` runs the NLP engine over notes in batches (nlp.pipe, as Presidio's
BatchAnalyzerEngine does) and the registry's recognizers per note under a
deadline. The clinical recognizers never read Presidio's NlpArtifacts (they tokenize
themselves), so unless a recognizer needs them (spaCy NER, context words) Presidio gets an empty
shell and the engine's spaCy pipeline is never loaded: the learned model tokenizes the notes itself
(with the default `nlp.model` its tokenizer is the same, spaCy's English rules).
A note whose analysis raises or overruns comes back as a `NoteFailure` (never as "no PHI
found"), and the caller quarantines it. Overlapping results
of different recognizers are merged into one span (the union), typed by the
highest-scoring result, so a surrogate replaces the whole identifier once.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import re
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from cancerprep.stages.deid import consistency, initials_of_names, protect, safelist, voter_gate
from cancerprep.stages.deid import nlp as nlp_mod
from cancerprep.stages.deid.learned_files import DEFAULT_MODEL
from cancerprep.stages.deid.recognizers.backstop import BACKSTOP, surname_after_given
from cancerprep.stages.deid.recognizers.base import ENTITIES, LOCATION, NAME, reset_deadline, set_deadline
from cancerprep.stages.deid.recognizers.context import line_cased
from cancerprep.stages.deid.recognizers.identity import IDENTITY_RECOGNIZER, reset_identity, use_identity
from cancerprep.stages.deid.recognizers.learned import (
    LEARNED_RECOGNIZER,
    LearnedRecognizer,
    caseless_run_seconded,
    is_cased,
    learned_recognizers,
)
from cancerprep.stages.deid.recognizers.locations import joined_places
from cancerprep.stages.deid.recognizers.registry import build_registry
from cancerprep.stages.deid.recognizers.tokens import as_read
from cancerprep.stages.deid.truecase import on_restored_line, restore_for_voter

if TYPE_CHECKING:
    from cancerprep.stages.deid.identities import NoteIdentity

# Presidio logs decisions and sometimes text snippets at INFO/DEBUG: keep its loggers quiet.
for _name in ("presidio-analyzer", "presidio-anonymizer"):
    logging.getLogger(_name).setLevel(logging.ERROR)


@dataclass(frozen=True)
class PhiSpan:
    """A detected PHI span: offsets into the original text, no text."""

    start: int
    end: int
    entity_type: str
    score: float
    recognizer: str


@dataclass
class NoteFailure:
    """Why a note could not be analysed (reason is 'error' or 'timeout'; detail has no text)."""

    reason: str
    detail: str


@dataclass
class DeidConfig:
    """Engine settings a recipe may change; the per-note deadline keeps a pathological note from hanging a worker."""

    nlp: dict[str, Any] = field(default_factory=dict)
    timeout_s: float = 20.0
    score_threshold: float = 0.5
    batch_size: int = 64
    # The learned voter: 'default' (the packaged model, on by default: it adds recall on names at
    # <0.5 points of tuning-part precision, docs/deid.md), a model directory, or None/False (off).
    learned_model: str | bool | None = DEFAULT_MODEL
    # Name consistency (`consistency`): a name word (or organisation name) found once is PHI wherever else the
    # note, or the patient's other notes, write it; on by default (docs/deid.md has the measured effect).
    name_consistency: bool = True
    # Where consistency looks: 'patient' (the seeds of every note of the patient in one `analyze_many` call,
    # given its `groups`) or 'note' (each note's own seeds only).
    consistency_scope: str = "patient"
    # The voter gate (`voter_gate`): the learned voter reads only the sentences that can hold what it finds (a word
    # that could be a name, a date, ID or contact shape, an occupation cue, a place word in a note without case), and
    # one sentence either side, not whole notes. It changes the voter's output near the cuts, so it is judged by the
    # keep rule of docs/deid.md "Cheaper architectures" (with a PROFESSION set), not by identical spans; on by default
    # since it passed (docs/deid.md "The voter reads the sentences that can hold PHI"). False: whole notes.
    voter_gate: bool = True


def merge_results(results: list[RecognizerResult], threshold: float) -> list[PhiSpan]:
    """Union overlapping/adjacent-overlapping results; the best-scoring one names the type."""
    # Fully ordered (type and recognizer name too): Presidio's result order follows its
    # registry iteration, which can vary between processes; output and stats must not.
    items = sorted((r for r in results if r.score >= threshold),
                   key=lambda r: (r.start, -r.end, r.entity_type,
                                  str((r.recognition_metadata or {}).get("recognizer_name", ""))))
    merged: list[PhiSpan] = []
    cur: list[RecognizerResult] = []
    cur_end = -1
    for r in items:
        if cur and r.start < cur_end:
            cur.append(r)
            cur_end = max(cur_end, r.end)
            continue
        if cur:
            merged.append(_span(cur, cur_end))
        cur, cur_end = [r], r.end
    if cur:
        merged.append(_span(cur, cur_end))
    return merged


def _voter_places_seconded(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """The results less each learned LOCATION of two or more words on a line without case that no other recogniser's
    result overlaps and nothing around or in it vouches for (`learned.caseless_run_seconded`: a place frame, a
    facility word, a number, a city's or state's whole name, a person's name, a letterhead's line or dash). Why: on
    such a line no capital can vouch for a run of words, so the voter's vote is alone; PhysioNet check's false
    positives by shape held three such places in ALL-CAPS notes, while every true one of the tuning parts and the
    sample was vouched for so. A place a rule also found, one word, or a line with case, is not asked (deidprec12)."""
    places = [r for r in results if r.entity_type == LOCATION
              and (r.recognition_metadata or {}).get("recognizer_name") == LEARNED_RECOGNIZER
              and len(text[r.start:r.end].split()) > 1 and not line_cased(text, r.start)]
    if not places:
        return results
    drop = {id(r) for r in places if not caseless_run_seconded(text, r.start, r.end) and not any(
        o.start < r.end and r.start < o.end
        and (o.recognition_metadata or {}).get("recognizer_name") != LEARNED_RECOGNIZER for o in results)}
    return [r for r in results if id(r) not in drop] if drop else results


def _without_clinical_terms(text: str, spans: list[PhiSpan], results: list[RecognizerResult], threshold: float,
                            strong: list[tuple[int, int]]) -> list[PhiSpan]:
    """The union spans less each one used as a clinical term (`safelist.clinical_term_use`); a span holding an
    identity match is kept whole. Where a union is judged clinical, its members are judged one by one and those that
    are names found by their context (the backstop's slots and frames: `BACKSTOP`), not clinical alone, are merged
    again and kept. Why: fail closed: a learned span over a clinical phrase that overlaps a frame's name ("<name> in
    <room> had ...", "<role> <NAME> arrived") made a union the filter dropped, and the name went with it; the filter
    is meant to drop the clinical phrase, not the name inside it. Only context-proven names: a name found by a list
    (or the voter) inside a clinical union is most often the eponym itself ("St. Jude valve": MTSamples tuning
    damage rose by 3 spans when every member was re-judged)."""
    out: list[PhiSpan] = []
    for s in spans:
        if any(a < s.end and s.start < b for a, b in strong) \
                or not safelist.clinical_term_use(text, s.start, s.end, s.entity_type):
            out.append(s)
            continue
        kept = [r for r in results if r.score >= threshold and r.start < s.end and s.start < r.end
                and (r.recognition_metadata or {}).get("recognizer_name") == BACKSTOP
                and (r.start, r.end) != (s.start, s.end)  # (the union itself was just judged)
                and not safelist.clinical_term_use(text, r.start, r.end, r.entity_type)]
        out.extend(merge_results(kept, threshold))
    return out


def _span(group: list[RecognizerResult], end: int) -> PhiSpan:
    best = max(group, key=lambda r: (r.score, r.end - r.start))
    meta = best.recognition_metadata or {}
    return PhiSpan(group[0].start, end, best.entity_type, round(best.score, 3),
                   str(meta.get("recognizer_name", "unknown")))


def _with_surnames(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Each NAME span that ends on a given name, run on over the surname written right after it
    (`backstop.surname_after_given`) unless another span already holds that word."""
    out = []
    for k, s in enumerate(spans):
        if s.entity_type == NAME:
            end = surname_after_given(text, s.start, s.end)
            if end > s.end and (k + 1 == len(spans) or spans[k + 1].start >= end):
                s = replace(s, end=end)
        out.append(s)
    return out


JOINED_PLACE = "JoinedPlace"  # the recognizer name of a city joined to a found place
JOINED_SCORE = 0.6


def _with_joined_places(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """The spans plus each city joined to a found place as the next member of its list (`locations.joined_places`)."""
    places = [(s.start, s.end) for s in spans if s.entity_type == LOCATION]
    added = joined_places(text, places) if places else []
    if not added:
        return spans
    return sorted([*spans, *(PhiSpan(a, b, LOCATION, JOINED_SCORE, JOINED_PLACE) for a, b in added)],
                  key=lambda s: s.start)


class _Analyzer(AnalyzerEngine):
    """Presidio's engine without the per-note work that can change nothing here: the one score results are kept from
    given as the request's (`analyze`), and no context pass where it can change nothing: no recognizer names context
    words or enhances its own scores, and no context is given. Why: the pass deep-copies every result of every note
    and sorts them into the recognizers' order by a scan of all results per recognizer (each asking the recognizer's
    id, a string built anew), then leaves each score as it was; here the results are put in the same order (a stable
    sort by their recognizer's place), unchanged (the copies only kept the recognizers' own objects apart: results are
    never changed in place after it, and each note's are made afresh)."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        # (object ids of a recognizer list) -> (the list, each recognizer's Presidio id -> its place; None: the pass
        # may change scores); the list is kept so that its objects' ids are not reused
        self._places: dict[tuple[int, ...], tuple[tuple, dict[str, int] | None]] = {}
        self._threshold: tuple[tuple, float | None] = ((), None)  # (`_one_threshold`: the recognizers, their score)

    def analyze(self, text: str, language: str, **kwargs: Any) -> list[RecognizerResult]:
        """Presidio's `analyze`; where every recognizer's results are kept from one score on (no recognizer sets its
        own thresholds, or all set the engine's), that score is given as the request's threshold. Why: without one,
        Presidio builds a map of every recognizer's thresholds (each a fresh copy) for each note to find that score."""
        if kwargs.get("score_threshold") is None and not kwargs.get("ad_hoc_recognizers"):
            kwargs["score_threshold"] = self._one_threshold()
        return super().analyze(text, language, **kwargs)

    def _one_threshold(self) -> float | None:
        """The score every result of the registry's recognizers is kept from (None: it depends on the recognizer or
        entity); read once for a registry's recognizers (their thresholds are set when they are built)."""
        recognizers = tuple(self.registry.recognizers)
        if self._threshold[0] != recognizers:
            scores = {self.default_score_threshold}  # (an entity a recognizer sets none for takes the engine's)
            for r in self.registry.recognizers:
                scores.update(r.score_thresholds.values())
            self._threshold = (recognizers, scores.pop() if len(scores) == 1 else None)
        return self._threshold[1]

    def _enhance_using_context(self, text: str, raw_results: list[RecognizerResult], nlp_artifacts: NlpArtifacts,
                               recognizers: list[EntityRecognizer], context: list[str] | None = None
                               ) -> list[RecognizerResult]:
        place = None if context else self._place_of(recognizers)
        if place is None:
            return super()._enhance_using_context(text, raw_results, nlp_artifacts, recognizers, context)
        key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY  # (Presidio adds it to every result that lacks it)
        return sorted((r for r in raw_results if r.recognition_metadata[key] in place),
                      key=lambda r: place[r.recognition_metadata[key]])

    def _place_of(self, recognizers: list[EntityRecognizer]) -> dict[str, int] | None:
        """Each recognizer's place in the list by its Presidio id; None where one names context words or enhances its
        own scores, or the list holds a recognizer twice (the pass would then change or repeat results)."""
        ids = tuple(map(id, recognizers))
        kept = self._places.get(ids)
        if kept is None:
            plain = len(set(ids)) == len(ids) and not any(
                r.context or type(r).enhance_using_context is not EntityRecognizer.enhance_using_context
                for r in recognizers)
            if len(self._places) >= 64:
                self._places.clear()
            kept = self._places[ids] = (tuple(recognizers),
                                        {r.id: k for k, r in enumerate(recognizers)} if plain else None)
        return kept[1]


class Deidentifier:
    """Loads models once; analyses notes; the anonymizing side lives in `surrogates`."""

    def __init__(self, config: DeidConfig | None = None):
        self.config = config or DeidConfig()
        self.nlp_engine = nlp_mod.build_nlp_engine(self.config.nlp)
        self.learned = learned_recognizers(self.config.learned_model)
        registry = build_registry([*nlp_mod.extra_recognizers(self.config.nlp), *self.learned])
        self.analyzer = _Analyzer(registry=registry, nlp_engine=self.nlp_engine,
                                   supported_languages=["en"])
        self.entities = list(ENTITIES)
        # Presidio's artifacts (lemmas, keywords, entities) cost more than tokenizing and are read only by
        # spaCy's NER recognizer and by context-word enhancement; the clinical recognizers read neither.
        self.full_artifacts = bool(self.config.nlp.get("ner")) or any(r.context for r in registry.recognizers)
        # Another `nlp.model` may tokenize differently: its tokens then still feed the learned model.
        self.learned_tokenizes = str(self.config.nlp.get("model", nlp_mod.DEFAULT_MODEL)) == nlp_mod.DEFAULT_MODEL

    def analyze(self, text: str, identity: NoteIdentity | None = None) -> list[PhiSpan] | NoteFailure:
        """One note through `analyze_many` (the one code path, so a single note fails closed the same way)."""
        return self.analyze_many([text], [identity])[0]

    def analyze_many(self, texts: list[str], identities: Sequence[NoteIdentity | None] | None = None,
                     groups: Sequence[str | None] | None = None) -> list[list[PhiSpan] | NoteFailure]:
        """Analyse notes; `identities[i]` (note i's patient and the staff roster, see `identities`)
        lets the IdentityRecognizer find those people in note i. `groups[i]` is note i's patient: with
        name consistency on, what one note of a patient confidently found (names, organisation names) is
        redacted in every note of that patient here (`consistency`); None = note i's own findings only.
        A note's spans depend on its patient's other notes in `texts`, never on other patients' notes.
        Each note is read as `tokens.as_read` gives it: a Windows export as a Unix one, and the line breaks a
        hard wrap made inside sentences as spaces."""
        texts = [as_read(t) for t in texts]
        found: list[_Found | NoteFailure] = []
        try:
            artifacts = self._artifacts_many(texts)
        except Exception:  # one bad note must not hide which; retry note by note
            artifacts = None
        docs = [a.tokens for a in artifacts] if artifacts else None
        # the learned voter reads lines without case in the case their words usually take (`truecase`)
        excerpts = [voter_gate.excerpt(t, is_cased(t)) if isinstance(t, str) else None for t in texts] \
            if self.learned and self.config.voter_gate else None
        learned = [self._predict_learned(model, texts, docs, excerpts) for model in self.learned]
        # (only with a voter to read them: restoring every note's case is work a rules-only engine never uses); it reads
        # the restored lines only around a proper noun at a place cue (`truecase.restore_for_voter`), as an excerpt
        restored = {i: r for i, t in enumerate(texts) if (r := restore_for_voter(t))[1]} if self.learned else {}
        if restored:
            keys = sorted(restored)
            windows = [voter_gate.pieces(*restored[i]) for i in keys]
            for found_many, model in zip(learned, self.learned, strict=True):
                if found_many is None:  # the first pass failed: the voter runs note by note, without this reading
                    continue
                extra = self._predict_learned(model, [restored[i][0] for i in keys], None, windows)
                if extra is None:
                    continue
                for i, results in zip(keys, extra, strict=True):  # places and organisations only (`truecase`)
                    found_many[i] = found_many[i] + [r for r in results if r.entity_type == LOCATION
                                                     and on_restored_line(texts[i], r.start, r.end)]
        for i, text in enumerate(texts):
            staged = [(model, found[i] if found else None) for model, found in zip(self.learned, learned, strict=True)]
            found.append(self._analyze_one(text, artifacts[i] if artifacts else None, staged,
                                           identities[i] if identities is not None else None))
        if not self.config.name_consistency:
            return [f if isinstance(f, NoteFailure) else f.spans for f in found]
        # seeds pooled per patient (a note without a group keeps its own); a failed note gives none
        by_patient = groups is not None and self.config.consistency_scope == "patient"
        keys: list[object] = [g if by_patient and g is not None else ("note", i)
                              for i, g in enumerate(groups or [None] * len(texts))]
        groups_of: dict[object, list[consistency.Seeds]] = {}
        for key, f in zip(keys, found, strict=True):
            if isinstance(f, _Found):
                groups_of.setdefault(key, []).append(f.seeds)
        pooled = {key: consistency.pool(many) for key, many in groups_of.items()}
        return [f if isinstance(f, NoteFailure) else self._spread(text, f, consistency.for_note(f.seeds, pooled[key]))
                for text, key, f in zip(texts, keys, found, strict=True)]

    def _artifacts_many(self, texts: list[str]) -> list[NlpArtifacts]:
        """One batched spaCy pass: Presidio's full artifacts when a recognizer reads them, else the
        tokenizer's Docs (for a learned model under another `nlp.model`) in an empty shell; no pass at all
        when nothing reads it."""
        if self.full_artifacts:
            return [a for _, a in self.nlp_engine.process_batch(texts, language="en",
                                                                batch_size=self.config.batch_size)]
        if not self.learned or self.learned_tokenizes:
            return [_shell(None) for _ in texts]
        nlp = self.nlp_engine.nlp["en"]
        return [_shell(doc) for doc in nlp.pipe(texts, batch_size=self.config.batch_size)]

    @staticmethod
    def _predict_learned(model: LearnedRecognizer, texts: list[str], docs: list | None = None,
                         excerpts: list | None = None) -> list | None:
        """One batched pass (nlp.pipe) of a learned model over the engine's tokens (or the gate's `excerpts` of the
        notes); None = run it per note (which fails closed)."""
        if not all(isinstance(t, str) for t in texts):
            return None
        try:
            return model.predict_many(texts, docs, excerpts)
        except Exception:
            return None

    def _analyze_one(self, text: str, artifacts, staged=(), identity: NoteIdentity | None = None
                     ) -> _Found | NoteFailure:
        if not isinstance(text, str):
            return NoteFailure("error", "text is not a string")
        if not text.strip():
            return _Found([], consistency.Seeds(), self.config.timeout_s)
        deadline = time.monotonic() + self.config.timeout_s
        token = set_deadline(deadline)
        id_token = use_identity(identity)
        try:
            if artifacts is None:
                artifacts = self._artifacts_many([text])[0]  # the note-by-note retry after a batch failed
            with contextlib.ExitStack() as stack:
                for model, found in staged:
                    stack.enter_context(model.staged(text, found))
                results = self.analyzer.analyze(text=text, language="en", entities=self.entities,
                                                nlp_artifacts=artifacts)
            results = protect.drop_protected(text, results)  # labels, specialties, methods, pathology terms
            results = _voter_places_seconded(text, results)
            spans = merge_results(results, self.config.score_threshold)
            # identity matches are strong voters: a span holding one is never filtered out
            strong = [(r.start, r.end) for r in results
                      if (r.recognition_metadata or {}).get("recognizer_name") == IDENTITY_RECOGNIZER]
            spans = _without_clinical_terms(text, spans, results, self.config.score_threshold, strong)
            spans = _with_joined_places(text, _with_surnames(text, spans))
            seeds = consistency.seeds(text, spans, results) if self.config.name_consistency else consistency.Seeds()
            return _Found(spans, seeds, deadline - time.monotonic())
        except Exception as exc:
            return self._failure(exc)
        finally:
            reset_identity(id_token)
            reset_deadline(token)

    def _spread(self, text: str, found: _Found, seeds: consistency.Seeds) -> list[PhiSpan] | NoteFailure:
        """The note's spans plus every other occurrence of its patient's `seeds` (`consistency.spread`), in
        what is left of the note's deadline; fails closed like the analysis."""
        if not seeds or not text.strip():
            return found.spans
        token = set_deadline(time.monotonic() + max(found.left, 0.0))
        try:
            added = [PhiSpan(a, b, etype, consistency.SCORE,
                             consistency.CONSISTENCY if etype == "NAME" else consistency.PLACE_CONSISTENCY)
                     for a, b, etype in consistency.spread(text, found.spans, seeds)]
            taken = sorted((s.start, s.end) for s in [*found.spans, *added])  # and the named people's own initials
            added += [PhiSpan(a, b, "NAME", consistency.SCORE, initials_of_names.INITIALS_CONSISTENCY)
                      for a, b in initials_of_names.marks(text, seeds.initials, taken)]
            return sorted([*found.spans, *added], key=lambda s: s.start) if added else found.spans
        except Exception as exc:
            return self._failure(exc)
        finally:
            reset_deadline(token)

    def _failure(self, exc: Exception) -> NoteFailure:
        """Fail closed: an overrun or any error is a failure, named by kind only (a message may quote text)."""
        if isinstance(exc, TimeoutError):
            return NoteFailure("timeout", f"analysis exceeded {self.config.timeout_s:g} s")
        return NoteFailure("error", f"analysis failed ({type(exc).__name__})")


@dataclass
class _Found:
    """One note's analysis before consistency: its spans, its consistency seeds, the seconds of its deadline left."""

    spans: list[PhiSpan]
    seeds: consistency.Seeds
    left: float


def _shell(doc) -> NlpArtifacts:
    """Artifacts holding only the tokens: what Presidio needs to run recognizers that ignore them."""
    return NlpArtifacts(entities=[], tokens=doc, tokens_indices=[], lemmas=[], nlp_engine=None, language="en")


def count_stats(spans: list[PhiSpan]) -> Counter:
    """PHI-free counters: per entity type and per recognizer."""
    c: Counter = Counter()
    for s in spans:
        c[f"phi.{s.entity_type}"] += 1
        c[f"recognizer.{s.recognizer}"] += 1
    return c


# -- anonymizing ------------------------------------------------------------------------------
MODES = ("surrogate", "tag", "redact")


@dataclass(frozen=True)
class Edit:
    """One replacement: original [start, end) became output [new_start, new_end)."""

    start: int
    end: int
    new_start: int
    new_end: int
    entity_type: str
    score: float
    recognizer: str


def apply_spans(text: str, spans: list[PhiSpan], mode: str, surrogates=None) -> tuple[str, list[Edit]]:
    """Replace the spans through Presidio's AnonymizerEngine; return new text and edits."""
    from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}")
    if not spans:
        return text, []
    spans = _join_spaced(text, sorted(spans, key=lambda s: s.start))
    if mode == "surrogate" and surrogates is not None:
        surrogates = surrogates.avoiding(frozenset(
            w.lower() for s in spans if s.entity_type in ("NAME", "LOCATION")
            for w in re.findall(r"[A-Za-z]{3,}", text[s.start:s.end])))
    engine = _anonymizer()
    results = [RecognizerResult(s.entity_type, s.start, s.end, s.score) for s in spans]
    if mode == "surrogate":
        ops = {t: OperatorConfig("clinical_surrogate", {"surrogates": surrogates, "entity_type": t})
               for t in {s.entity_type for s in spans}}
    elif mode == "tag":
        ops = {t: OperatorConfig("replace", {"new_value": f"[{t}]"}) for t in {s.entity_type for s in spans}}
    else:
        ops = {t: OperatorConfig("replace", {"new_value": "[REDACTED]"}) for t in {s.entity_type for s in spans}}
    res = engine.anonymize(text=text, analyzer_results=results, operators=ops)
    # Presidio reports items with output offsets; pair them with our (sorted, disjoint) spans.
    items = sorted(res.items, key=lambda it: it.start)
    edits = [Edit(s.start, s.end, it.start, it.end, s.entity_type, s.score, s.recognizer)
             for s, it in zip(sorted(spans, key=lambda s: s.start), items, strict=True)]
    return res.text, edits


def _join_spaced(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Join same-type spans separated only by spaces, as Presidio's AnonymizerEngine does,
    so each of our spans lines up with exactly one anonymizer item."""
    out: list[PhiSpan] = []
    for s in spans:
        if out and out[-1].entity_type == s.entity_type and re.fullmatch(r" +", text[out[-1].end:s.start]):
            p = out.pop()
            s = PhiSpan(p.start, s.end, s.entity_type, max(p.score, s.score), p.recognizer)
        out.append(s)
    return out


@functools.cache
def _anonymizer():
    from presidio_anonymizer import AnonymizerEngine

    from cancerprep.stages.deid.surrogates import ClinicalSurrogate

    engine = AnonymizerEngine()
    engine.add_anonymizer(ClinicalSurrogate)
    return engine


def remap_offsets(offsets: list[tuple[int, int]], edits: list[Edit]) -> list[tuple[int, int]]:
    """Map (start, end) character offsets in the original text to offsets in the output.

    Offsets outside PHI move by the length change of the replacements before
    them; an offset inside a replaced span snaps to that replacement's bounds
    (a start to its start, an end to its end), so an annotation that covered
    PHI still covers its surrogate.
    """
    ordered = sorted(edits, key=lambda e: e.start)

    def one(x: int, is_end: bool) -> int:
        delta = 0
        for e in ordered:
            if x < e.start or (is_end and x == e.start):
                break
            if x < e.end or (not is_end and x == e.start):
                return e.new_end if is_end else e.new_start
            if x == e.end:
                return e.new_end
            delta = e.new_end - e.end
        return x + delta

    return [(one(s, False), one(e, True)) for s, e in offsets]


def deidentify_text(text: str, patient_id: str, key: bytes, *, mode: str = "surrogate",
                    deidentifier: Deidentifier | None = None, shift_range: tuple[int, int] = (-365, -30)
                    ) -> tuple[str, list[Edit]]:
    """De-identify one text for one patient; returns (new_text, edits).

    Raises `DeidFailure` when the analysis errors or times out: callers must not
    fall back to the original text.
    """
    result = deidentify_texts([text], [patient_id], key, mode=mode, deidentifier=deidentifier,
                              shift_range=shift_range)[0]
    if isinstance(result, DeidFailure):
        raise result
    return result


def deidentify_texts(texts: Sequence[str], patient_ids: Sequence[str], key: bytes, *, mode: str = "surrogate",
                     deidentifier: Deidentifier | None = None, shift_range: tuple[int, int] = (-365, -30)
                     ) -> list[tuple[str, list[Edit]] | DeidFailure]:
    """`deidentify_text` over a batch (the engine's `analyze_many`: the learned voter and the tokenizer run
    once per batch, not once per text); a text that cannot be analysed gets its `DeidFailure` in place. Texts of
    the same patient pool what they found (name consistency, `Deidentifier.analyze_many`'s groups)."""
    from cancerprep import sitekey
    from cancerprep.stages.deid.surrogates import Surrogates

    deid = deidentifier or default_deidentifier()
    out: list[tuple[str, list[Edit]] | DeidFailure] = []
    analyses = deid.analyze_many(list(texts), groups=list(patient_ids))
    for text, patient_id, spans in zip(texts, patient_ids, analyses, strict=True):
        if isinstance(spans, NoteFailure):
            out.append(DeidFailure(spans.reason, spans.detail))
            continue
        sur = Surrogates(key, patient_id, sitekey.date_shift_days(key, patient_id, *shift_range))
        out.append(apply_spans(text, spans, mode, sur))
    return out


class DeidFailure(RuntimeError):
    """A note could not be de-identified: callers must drop or quarantine it, never keep its text."""

    def __init__(self, reason: str, detail: str):
        super().__init__(f"de-identification {reason}: {detail}")
        self.reason = reason


@functools.cache
def default_deidentifier() -> Deidentifier:
    """One engine per process for library callers (loading spaCy and the vocabularies costs seconds)."""
    return Deidentifier()
