"""The `pretrain` task: a text-only corpus for continued pre-training, chunked to the recipe's block size.

Notes (optionally filtered by note type and cancer type) and, when the recipe
names them, biomedical abstracts (PubMed CSV/JSONL with pubmed_id, title,
abstract, or MEDLINE/PubMed XML; de-duplicated by PMID) become chunks of at most
`block_size` tokens of the model's own tokenizer (a local tokenizer directory,
loaded offline), else of `block_size * chars_per_token` characters cut at a word
boundary. Chunks are exact substrings of the text, so nothing is re-tokenized
or decoded lossily. Rows follow PAIR_SCHEMA with the chunk in `output` and empty
instruction/input; the exporters write them as `{"text": ...}`.
"""

from __future__ import annotations

import functools
import hashlib
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import polars as pl

from cancerprep.errors import InputError, RecipeError
from cancerprep.records import PAIR_SCHEMA
from cancerprep.tasks.base import TaskBuilder
from cancerprep.tasks.tokenizer import load_tokenizer

TASK = "pretrain"
DEFAULT_BLOCK = 3000  # CancerLLM's pre-training block size (tokens)
DEFAULT_CHARS_PER_TOKEN = 4.0
LITERATURE_COLUMNS = ("pubmed_id", "title", "abstract")


# -- chunking -------------------------------------------------------------------------------------

def chunk_chars(text: str, block_chars: int) -> list[str]:
    """Blocks of at most `block_chars` characters, cut at the last whitespace when one is near the end."""
    chunks: list[str] = []
    start, n = 0, len(text)
    while start < n:
        end = min(n, start + block_chars)
        if end < n:
            cut = text.rfind(" ", start + int(block_chars * 0.8), end)
            cut = max(cut, text.rfind("\n", start + int(block_chars * 0.8), end))
            if cut > start:
                end = cut + 1
        piece = text[start:end]
        if piece.strip():
            chunks.append(piece)
        start = end
    return chunks


def chunk_tokens(text: str, tokenizer: Any, block_size: int) -> list[str]:
    """Blocks of at most `block_size` tokens, as exact substrings of `text` (via offset mappings)."""
    enc = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
    offsets = enc["offset_mapping"]
    if not offsets:
        return [text] if text.strip() else []
    chunks = []
    for i in range(0, len(offsets), block_size):
        start = 0 if i == 0 else offsets[i][0]
        end = offsets[i + block_size][0] if i + block_size < len(offsets) else len(text)
        if text[start:end].strip():
            chunks.append(text[start:end])
    return chunks


# -- literature -----------------------------------------------------------------------------------

def read_medline_xml(path: Path) -> pl.DataFrame:
    """PMID, title and abstract of every PubmedArticle (structured abstracts joined with their labels)."""
    rows: list[dict[str, str]] = []
    try:
        for _, elem in ET.iterparse(path, events=("end",)):
            if elem.tag != "PubmedArticle":
                continue
            pmid = elem.findtext("MedlineCitation/PMID") or ""
            article = elem.find("MedlineCitation/Article")
            title = "".join(article.find("ArticleTitle").itertext()) if article is not None and \
                article.find("ArticleTitle") is not None else ""
            parts = []
            for node in elem.iterfind("MedlineCitation/Article/Abstract/AbstractText"):
                body = "".join(node.itertext()).strip()
                label = node.get("Label")
                parts.append(f"{label}: {body}" if label else body)
            rows.append({"pubmed_id": pmid.strip(), "title": title.strip(), "abstract": "\n".join(parts)})
            elem.clear()
    except ET.ParseError as exc:
        raise InputError(f"not well-formed MEDLINE XML (line {exc.position[0]})", file=str(path)) from None
    return pl.DataFrame(rows, schema={c: pl.Utf8 for c in LITERATURE_COLUMNS})


def read_literature(path: Path, fmt: str | None = None, columns: dict[str, str] | None = None) -> pl.DataFrame:
    """pubmed_id/title/abstract rows from CSV, JSONL or MEDLINE XML (format from the extension if not given)."""
    if not path.is_file():
        raise InputError("literature file not found", file=str(path))
    fmt = fmt or {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".xml": "xml"}.get(path.suffix.lower())
    if fmt == "xml":
        return read_medline_xml(path)
    if fmt == "csv":
        frame = pl.read_csv(path, infer_schema=False)
    elif fmt == "jsonl":
        try:
            frame = pl.read_ndjson(path, infer_schema_length=None)
        except pl.exceptions.ComputeError:
            raise InputError("not valid JSON lines", file=str(path)) from None
    else:
        raise InputError("cannot tell the literature format: set `format: csv | jsonl | xml`", file=str(path))
    mapping = {**{c: c for c in LITERATURE_COLUMNS}, **(columns or {})}
    missing = [c for c in LITERATURE_COLUMNS if mapping[c] not in frame.columns]
    if missing:
        raise InputError(f"missing column(s) {', '.join(missing)}; present: {', '.join(frame.columns)}",
                         file=str(path), field=missing[0])
    return frame.select(pl.col(mapping[c]).cast(pl.Utf8).alias(c) for c in LITERATURE_COLUMNS)


def literature_documents(sources: list[dict[str, Any]], resolve: Any) -> tuple[pl.DataFrame, dict[str, int]]:
    """All sources as (pubmed_id, text, cancer_type), first record per PMID kept, blank ones dropped."""
    frames, stats = [], {"pretrain.literature_in": 0, "pretrain.literature_duplicate_pmid": 0,
                         "pretrain.literature_empty": 0}
    for src in sources:
        frame = read_literature(resolve(src["path"]), src.get("format"), src.get("columns"))
        stats["pretrain.literature_in"] += frame.height
        frames.append(frame.with_columns(pl.lit(src.get("cancer_type"), dtype=pl.Utf8).alias("cancer_type")))
    if not frames:
        return pl.DataFrame(schema={"pubmed_id": pl.Utf8, "text": pl.Utf8, "cancer_type": pl.Utf8}), stats
    docs = pl.concat(frames).with_columns(
        pl.col("pubmed_id").str.strip_chars(),
        pl.concat_str([pl.col("title").fill_null("").str.strip_chars(),
                       pl.col("abstract").fill_null("").str.strip_chars()], separator="\n\n")
        .str.strip_chars().alias("text"))
    empty = docs.filter((pl.col("pubmed_id").fill_null("") == "") | (pl.col("abstract").fill_null("")
                                                                      .str.strip_chars() == ""))
    stats["pretrain.literature_empty"] = empty.height
    docs = docs.filter((pl.col("pubmed_id").fill_null("") != "") & (pl.col("abstract").fill_null("")
                                                                    .str.strip_chars() != ""))
    unique = docs.unique("pubmed_id", keep="first", maintain_order=True)
    stats["pretrain.literature_duplicate_pmid"] = docs.height - unique.height
    stats["pretrain.literature_out"] = unique.height
    return unique.select("pubmed_id", "text", "cancer_type").sort("pubmed_id"), stats


# -- the task -------------------------------------------------------------------------------------

class PretrainTask(TaskBuilder):
    """Notes and abstracts -> text chunks for continued pre-training."""

    name = TASK

    @functools.cached_property
    def _chunk(self) -> Any:
        """The chunking function, built once per run (a tokenizer loads once, not once per shard)."""
        block = int(self.options.get("block_size", DEFAULT_BLOCK))
        if self.options.get("tokenizer"):
            path = Path(self.options["tokenizer"])
            if not path.is_absolute() and self.context.recipe_dir is not None:
                path = self.context.recipe_dir / path
            tokenizer = load_tokenizer(path, "tasks.pretrain.tokenizer")
            return lambda text: chunk_tokens(text, tokenizer, block)
        chars = max(1, int(block * float(self.options.get("chars_per_token", DEFAULT_CHARS_PER_TOKEN))))
        return lambda text: chunk_chars(text, chars)

    def _select_notes(self, notes: pl.DataFrame) -> pl.DataFrame:
        if not self.options.get("notes", True) or notes.height == 0:
            return notes.clear() if notes.width else notes
        if types := self.options.get("note_types"):
            notes = notes.filter(pl.col("note_type").is_in(types))
        if cancer_types := self.options.get("cancer_types"):
            if "cancer_type" not in notes.columns:
                raise RecipeError("tasks.pretrain.cancer_types needs the `sort` stage (notes have no cancer_type)")
            notes = notes.filter(pl.col("cancer_type").is_in(cancer_types))
        return notes

    def _pairs(self, docs: list[tuple[str, str, str, str | None, dict[str, Any]]]) -> pl.DataFrame:
        """(doc id, split group, text, cancer type, meta) -> one pair per chunk."""
        chunk = self._chunk
        rows: list[dict[str, Any]] = []
        for doc_id, group, text, cancer_type, meta in docs:
            pieces = chunk(text)
            for k, piece in enumerate(pieces):
                rows.append({
                    "id": f"pretrain-{hashlib.sha256(f'{doc_id}#{k}'.encode()).hexdigest()[:16]}",
                    "task": TASK, "instruction": "", "input": "", "output": piece,
                    "source_note_id": doc_id, "patient_pseudonym": group, "cancer_type": cancer_type,
                    "split": None, "variant": "clean",
                    "meta": json.dumps({**meta, "chunk": k, "n_chunks": len(pieces)}, sort_keys=True)})
        self.stats["pretrain.chunks"] += len(rows)
        return pl.DataFrame(rows, schema=PAIR_SCHEMA) if rows else pl.DataFrame(schema=PAIR_SCHEMA)

    def build_shard(self, notes: pl.DataFrame) -> pl.DataFrame:
        """Chunks of the selected notes of one shard."""
        selected = self._select_notes(notes)
        has_type = "cancer_type" in selected.columns
        self.stats["pretrain.notes"] += selected.height
        return self._pairs([(row["note_id"], row["patient_id"], row["text"],
                             row["cancer_type"] if has_type else None,
                             {"source": "note", "note_type": row["note_type"]})
                            for row in (selected.sort("note_id").iter_rows(named=True) if selected.height else [])])

    def finish(self, notes: pl.LazyFrame) -> pl.DataFrame:
        """Chunks of the literature (once per run; an abstract is its own split unit, keyed by PMID)."""
        del notes
        sources = self.options.get("literature") or []
        if not sources:
            return pl.DataFrame(schema=PAIR_SCHEMA)
        base = self.context.recipe_dir or Path.cwd()
        docs, lit_stats = literature_documents(sources, lambda p: Path(p) if Path(p).is_absolute() else base / p)
        self.stats.update(lit_stats)
        return self._pairs([(f"pmid:{pmid}", f"pmid:{pmid}", text, cancer_type, {"source": "pubmed", "pmid": pmid})
                            for pmid, text, cancer_type in docs.iter_rows()])
