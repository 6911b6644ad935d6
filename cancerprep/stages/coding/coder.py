"""The coder shared by the `sort` and `icd` stages and the diagnosis task: codes + text -> NoteCoding."""

from __future__ import annotations

import hashlib
import json
from collections import OrderedDict
from dataclasses import replace
from typing import Any

import polars as pl

from cancerprep.stages.coding.codes import CodeIndex
from cancerprep.stages.coding.decide import NoteCoding, decide, note_sex
from cancerprep.stages.coding.taxonomy import load_taxonomy
from cancerprep.stages.coding.textcoder import TextCoder
from cancerprep.stages.coding.tiebreak import TieBreaker


class Coder:
    """Codes + text -> NoteCoding, shared by the `sort` and `icd` stages and the diagnosis task."""

    def __init__(self, options: dict[str, Any] | None = None, codes: pl.DataFrame | None = None,
                 text: TextCoder | None = None):
        """`text`: a text coder already set up (`load_text_coder`, same options), whose taxonomy is then this
        coder's too; else both are built here."""
        options = options or {}
        self.taxonomy = text.taxonomy if text is not None else load_taxonomy(options.get("taxonomy"),
                                                                           options.get("taxonomy_overrides"))
        self.window_days = int(options.get("date_window_days", 90))
        self.text = text if text is not None else TextCoder(self.taxonomy)
        self.index = CodeIndex(codes, self.taxonomy, self.window_days)
        # the learned tie-breaker (docs/coding.md): off by default, it did not help on the check part
        self.tiebreak = TieBreaker.load() if options.get("tiebreak", False) else None
        self.config = _config_key(options, self.taxonomy, self.tiebreak)

    def setup(self) -> None:
        """Load the heavy parts once per worker, after pickling, so the first note pays no set-up."""
        _parse_icd_tables()
        self.text.setup()

    def code_note(self, row: dict[str, Any]) -> NoteCoding:
        """One note, always coded (no reuse): the per-note entry point of tests and benchmarks."""
        return self._code(self._linked(row), row.get("text") or "")

    def code_batch(self, batch: pl.DataFrame) -> list[NoteCoding]:
        """A batch, reading only the columns coding needs (a batch may carry many more).

        A note this process coded in the last batch of a coder of the same configuration, with the same text and
        the same linked codes, is not coded again (`_RECENT`): in a chain the `sort` and `icd` stages code the same
        shard one after the other, and the whole coder ran twice. Those are every input `_code` reads, so the
        result is the one coding again would give."""
        cols = [c for c in ("patient_id", "encounter_id", "note_date", "text") if c in batch.columns]
        recent = _RECENT.get(self.config, {})
        seen: dict[bytes, NoteCoding] = {}
        out = []
        for row in batch.select(cols).iter_rows(named=True):
            linked = self._linked(row)
            text = row.get("text") or ""
            key = _note_key(text, linked)
            result = seen.get(key) or recent.get(key)
            if result is None:
                result = self._code(linked, text)
            seen[key] = result
            out.append(_copy(result))
        _remember(self.config, seen)
        return out

    def _linked(self, row: dict[str, Any]) -> list[dict[str, Any]]:
        return self.index.link(row.get("patient_id"), row.get("encounter_id"), row.get("note_date"))

    def _code(self, linked: list[dict[str, Any]], text: str) -> NoteCoding:
        """The coding itself: the sex the text states only matters (breast codes) once a mention is found."""
        mentions = self.text.mentions(text)
        return decide(mentions, linked, self.taxonomy, note_sex(text) if mentions else None, self.tiebreak, len(text))


# The last batch each coder configuration coded in this process (`Coder.code_batch`), by note key: memory only,
# never written, keyed by digests (no note text or id), dropped when the configuration codes its next batch. One
# batch (a shard) is what the `sort` and `icd` stages share; a batch larger than `_RECENT_NOTES` is not kept.
_RECENT: OrderedDict[str, dict[bytes, NoteCoding]] = OrderedDict()
_RECENT_CONFIGS = 4
_RECENT_NOTES = 20_000


def _config_key(options: dict[str, Any], taxonomy: Any, tiebreak: TieBreaker | None) -> str:
    """What decides a coder's answers besides the note: its options, the taxonomy's content (its fingerprint is
    name@version only, the same for two override sets) and the tie-break model's weights."""
    blob = json.dumps([options, repr(taxonomy), repr(tiebreak)], sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


def _note_key(text: str, linked: list[dict[str, Any]]) -> bytes:
    """Every input of `Coder._code` besides the configuration: the text and the codes linked to the note."""
    h = hashlib.sha256(json.dumps(linked, sort_keys=True, default=repr).encode())
    h.update(b"\0")
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.digest()


def _copy(result: NoteCoding) -> NoteCoding:
    """Each caller its own lists, as coding again would give."""
    return replace(result, cancer_types=list(result.cancer_types), icd10=list(result.icd10))


def _remember(config: str, seen: dict[bytes, NoteCoding]) -> None:
    _RECENT.pop(config, None)
    if len(seen) <= _RECENT_NOTES:
        _RECENT[config] = seen
    while len(_RECENT) > _RECENT_CONFIGS:
        _RECENT.popitem(last=False)


def forget_recent() -> None:
    """Drop every kept result (tests; a caller that wants the memory back)."""
    _RECENT.clear()


def _parse_icd_tables() -> None:
    import simple_icd_10_cm as cm

    cm.is_valid_item("C50")  # parse the tabular list now (module state, once per process), not inside the first note


# The text coders `load_text_coder` set up in this process, by taxonomy content: the `sort` and `icd` stages ask for
# the same one, and building its pipelines again cost ~1.4 s of CPU and their memory. It reads nothing but its
# taxonomy and the packaged vocabularies, and coding a note leaves no state in it.
_TEXT_CODERS: OrderedDict[str, TextCoder] = OrderedDict()
_TEXT_CODERS_KEPT = 2


def load_text_coder(options: dict[str, Any]) -> TextCoder:
    """What `Coder.setup` loads that no run data decides: the text coder (spaCy, medspacy, scispacy), set up, and
    the ICD-10-CM tables; from the options alone, so it can be loaded once for many processes (and once for the
    stages of a process that share a taxonomy)."""
    _parse_icd_tables()
    taxonomy = load_taxonomy(options.get("taxonomy"), options.get("taxonomy_overrides"))
    key = hashlib.sha256(repr(taxonomy).encode()).hexdigest()
    text = _TEXT_CODERS.pop(key, None)
    if text is None:
        text = TextCoder(taxonomy)
        text.setup()
    _TEXT_CODERS[key] = text
    while len(_TEXT_CODERS) > _TEXT_CODERS_KEPT:
        _TEXT_CODERS.popitem(last=False)
    return text


def resolve_options(options: dict[str, Any], recipe_dir: Any) -> dict[str, Any]:
    """A recipe's `taxonomy:` path is relative to the recipe file."""
    from pathlib import Path

    out = dict(options)
    tax = out.get("taxonomy")
    if tax and recipe_dir is not None and not Path(tax).is_absolute():
        out["taxonomy"] = str(Path(recipe_dir) / tax)
    return out
