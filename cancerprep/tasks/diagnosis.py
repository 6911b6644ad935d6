"""The `diagnosis` task: CancerLLM diagnosis-generation pairs.

Context = the note, truncated to a token budget of the model's tokenizer when one
is given (default 1500 tokens, CancerLLM's inference limit) or else to a character
budget; response = the diagnosis text built from official ICD-10-CM descriptions.
The pair keeps its codes in `meta`, so a scorer or a later audit can go back from
the target text to the codes. Notes without a cancer code produce no pair.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from typing import Any

import polars as pl

from cancerprep.records import PAIR_SCHEMA
from cancerprep.stages.coding.coder import Coder, resolve_options
from cancerprep.stages.coding.icd10 import diagnosis_text
from cancerprep.tasks.base import TaskBuilder
from cancerprep.tasks.tokenizer import load_tokenizer

TASK = "diagnosis"
DIAGNOSIS_INSTRUCTION = ("You are a medical expert. This task involves generating the diagnosis based on "
                         "the provided context or text.")
DEFAULT_TOKENS = 1500
DEFAULT_CHARS = 6000
ANSWER_SEPARATOR = ", "


def answer_text(diagnosis: str) -> str:
    """The response: ICD titles joined with ", ", each title's own commas dropped.

    Scorers (ours and the authors') split answers on commas, so "; "-joined titles that contain
    commas ("..., unspecified") would split mid-title and two diagnoses in either order would not
    match. Scoring removes punctuation anyway, so dropping a title's commas leaves its scored tokens
    unchanged. No ICD-10-CM title contains ";" (the coding stage's separator).
    """
    titles = (" ".join(t.replace(",", " ").split()) for t in diagnosis.split(";"))
    return ANSWER_SEPARATOR.join(t for t in titles if t)


def truncate(text: str, *, tokenizer: Any = None, max_tokens: int = DEFAULT_TOKENS,
             max_chars: int = DEFAULT_CHARS) -> tuple[str, bool]:
    """Cut `text` to the budget; returns (text, truncated). Cuts at a token (or word) boundary."""
    if tokenizer is not None:
        enc = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
        if len(enc["input_ids"]) <= max_tokens:
            return text, False
        end = enc["offset_mapping"][max_tokens - 1][1]
        return text[:end].rstrip(), True
    if len(text) <= max_chars:
        return text, False
    cut = text.rfind(" ", 0, max_chars + 1)
    return text[: cut if cut > max_chars // 2 else max_chars].rstrip(), True


def _pair_id(note_id: str) -> str:
    return "dx-" + hashlib.sha256(json.dumps([TASK, note_id]).encode()).hexdigest()[:20]


class DiagnosisTask(TaskBuilder):
    """Recipe task `diagnosis`: one pair per note that has a cancer diagnosis."""

    name = TASK

    @functools.cached_property
    def _tokenizer(self) -> Any:
        tok_path = self.options.get("tokenizer")
        if tok_path and self.context.recipe_dir is not None and not os.path.isabs(tok_path):
            candidate = self.context.recipe_dir / tok_path
            tok_path = str(candidate) if candidate.exists() else tok_path
        return load_tokenizer(tok_path, "tasks.diagnosis.tokenizer") if tok_path else None

    @functools.cached_property
    def _coder(self) -> Coder:
        """Codes notes when the recipe has no `icd` stage; set up once per run, not once per shard."""
        coder = Coder(resolve_options(self.options.get("coding", {}), self.context.recipe_dir), self.context.codes)
        coder.setup()
        return coder

    def build_shard(self, notes: pl.DataFrame) -> pl.DataFrame:
        """Pairs from one shard; notes without a code or text yield none, since a pair needs an answer."""
        opts = self.options
        max_tokens = int(opts.get("max_input_tokens", DEFAULT_TOKENS))
        max_chars = int(opts.get("max_input_chars", DEFAULT_CHARS))
        tokenizer = self._tokenizer
        if notes.is_empty():
            return pl.DataFrame(schema=PAIR_SCHEMA)
        if "icd10_codes" in notes.columns:
            codes = notes["icd10_codes"].to_list()
            sources = notes["cancer_source"].to_list() if "cancer_source" in notes.columns else [None] * len(codes)
        else:
            results = self._coder.code_batch(notes)
            codes = [r.icd10 for r in results]
            sources = [r.source for r in results]
        types = notes["cancer_type"].to_list() if "cancer_type" in notes.columns else [None] * len(codes)
        rows = []
        for row, icd10, source, ctype in zip(notes.iter_rows(named=True), codes, sources, types, strict=True):
            text = row.get("text") or ""
            if not icd10 or not text.strip():
                continue
            target = answer_text(row.get("diagnosis") or diagnosis_text(icd10))
            context, cut = truncate(text, tokenizer=tokenizer, max_tokens=max_tokens, max_chars=max_chars)
            meta = {"icd10_codes": list(icd10), "cancer_source": source, "truncated": cut,
                    "budget": f"{max_tokens} tokens" if tokenizer is not None else f"{max_chars} chars"}
            rows.append({
                "id": _pair_id(str(row["note_id"])), "task": TASK, "instruction": DIAGNOSIS_INSTRUCTION,
                "input": context, "output": target, "source_note_id": str(row["note_id"]),
                "patient_pseudonym": row.get("patient_id"), "cancer_type": ctype, "split": None,
                "variant": None, "meta": json.dumps(meta, ensure_ascii=False),
            })
        self.stats["diagnosis_pairs"] += len(rows)
        return pl.DataFrame(rows, schema=PAIR_SCHEMA)
