"""Does numpy's BLAS give a row the same bits wherever it sits in a product? The voter's real shapes (perf47).

For each per-token product of the learned voter (the hash embeddings' Maxout, a window-encoder Maxout, the NER's
linear layer and its precomputed features; the weights of the packaged model, as the layers pass them), one fixed
input row (a real token's, captured from the voter's pass over PhysioNet dev notes, and a random one) is multiplied:

- inside products of M = 1..`--max-m` rows (the row first, in the middle, last), against the row in a product of
  `--max-m` rows;
- at every position of a product of 96 rows;
- with 1 and 2 OpenBLAS threads (threadpoolctl), every row of a `--max-m`-row product;

and the same document (`--doc` rows) through `inference.RowExactOps` alone, among shuffled neighbours and with
1 or 2 threads. It prints how many outputs differ (counts only, no text) and which kind of call they came from:
M == 1 (numpy calls gemv), the last M mod tile rows (OpenBLAS's narrower edge kernels), halves of a tile, threads.

    python -m benchmarks.speed.blas_rows [--max-m 2000] [--notes 200] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
from typing import Any

import numpy as np
from threadpoolctl import ThreadpoolController

from cancerprep.stages.deid import inference


def voter_products(notes: int) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """{layer: (W as the product reads it (N, K), real input rows)} from the voter's pass over `notes` notes."""
    from thinc.api import NumpyOps

    from benchmarks.speed.voter import load_sets
    from cancerprep.stages.deid.learned_files import DEFAULT_MODEL, model_path
    from cancerprep.stages.deid.recognizers.learned import load_model

    nlp = load_model.__wrapped__(str(model_path(DEFAULT_MODEL)))  # a fresh copy: its layers are changed below
    seen: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def recording(name: str) -> Any:
        ops = NumpyOps()
        gemm = ops.gemm

        def recorded(x: np.ndarray, y: np.ndarray, **kwargs: Any) -> Any:
            if name not in seen:
                w = y if kwargs.get("trans2") else y.T
                seen[name] = (np.ascontiguousarray(w, dtype=np.float32), np.array(x, dtype=np.float32))
            return gemm(x, y, **kwargs)
        ops.gemm = recorded
        return ops

    for _, component in nlp.pipeline:
        for node in component.model.walk():
            name = {("maxout", 256): "embed maxout", ("maxout", 192): "window maxout", ("linear", 64): "ner linear",
                    ("precomputable_affine", 64): "ner features"}.get((node.name, node.maybe_get_dim("nI")))
            if name is not None and not (name == "ner linear" and node.maybe_get_dim("nO") != 64):
                node.ops = recording(name)
    list(nlp.pipe(load_sets(["physionet"])["physionet"][:notes], batch_size=128))
    return seen


def probe(W: np.ndarray, row: np.ndarray, pool: np.ndarray, max_m: int, blas: Any) -> dict[str, Any]:
    """Where `row`'s output depends on the product around it: its distinct outputs over the 96 positions of a
    96-row product (the in-tile classes), over products of M = 1..`max_m` rows (first, middle, last position),
    which of those fall outside the in-tile classes (edge kernels, gemv), and 1 vs 2 threads."""
    rng = np.random.default_rng(7)
    out: dict[str, Any] = {}
    with blas.limit(limits=1, user_api="blas"):
        X = pool[rng.integers(0, len(pool), max(max_m, 96))].copy()
        classes: dict[bytes, list[int]] = {}
        for pos in range(96):
            Y = X[:96].copy()
            Y[pos] = row
            classes.setdefault(np.dot(Y, W.T)[pos].tobytes(), []).append(pos)
        out["distinct_outputs_over_96_positions"] = len(classes)
        out["position_classes (first 12 of each)"] = [c[:12] for c in classes.values()]
        outputs: set[bytes] = set()
        outside: list[tuple[int, int]] = []
        for m in range(1, max_m + 1):
            for pos in sorted({0, m // 2, m - 1}):
                Y = X[:m].copy()
                Y[pos] = row
                got = np.dot(Y, W.T)[pos].tobytes()
                outputs.add(got)
                if got not in classes:
                    outside.append((m, pos))
        out["distinct_outputs_over_M_1_to_max"] = len(outputs)
        out["products_outside_the_in_tile_classes"] = len(outside)
        out["M_1_outside (gemv)"] = any(m == 1 for m, _ in outside)
        out["first_outside (M, position)"] = outside[:8]
        out["outside_at_last_position_share"] = round(sum(p == m - 1 for m, p in outside) / max(1, len(outside)), 3)
        one = np.dot(X[:max_m], W.T)
    with blas.limit(limits=2, user_api="blas"):
        two = np.dot(X[:max_m], W.T)
    out["rows_differing_1_vs_2_threads"] = f"{int(np.sum(~np.all(one == two, axis=1)))} of {max_m}"
    return out


def exact_doc(W: np.ndarray, pool: np.ndarray, doc_rows: int, blas: Any) -> dict[str, Any]:
    """One document's rows through `RowExactOps` alone, among 20 batches of shuffled neighbours, 1 and 2 threads:
    how many of those runs gave the document other bits than alone (0 is the point)."""
    rng = np.random.default_rng(11)
    ops = inference.RowExactOps(blas_libs=blas.select(user_api="blas").lib_controllers)
    doc = pool[rng.integers(0, len(pool), doc_rows)]
    alone = ops.gemm(ops.flatten([doc]), W, trans2=True)
    differ = 0
    for trial in range(20):
        others = [pool[rng.integers(0, len(pool), int(n))] for n in rng.integers(1, 300, 40)]
        at = int(rng.integers(0, len(others) + 1))
        docs = [*others[:at], doc, *others[at:]]
        with blas.limit(limits=1 + trial % 2, user_api="blas"):
            Y = ops.unflatten(ops.gemm(ops.flatten(docs), W, trans2=True), [len(d) for d in docs])
        differ += not np.array_equal(Y[at], alone)
    return {"batches_where_doc_differs": f"{differ} of 20"}


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-m", type=int, default=2000)
    ap.add_argument("--notes", type=int, default=200, help="PhysioNet dev notes whose token rows are the real rows")
    ap.add_argument("--doc", type=int, default=57, help="rows of the document `RowExactOps` is checked on")
    ap.add_argument("--json", default="")
    args = ap.parse_args(argv)
    blas = ThreadpoolController()
    info = [{k: lib[k] for k in ("internal_api", "version", "architecture", "num_threads") if k in lib}
            for lib in blas.select(user_api="blas").info()]
    result: dict[str, Any] = {"blas": info}
    for layer, (W, rows) in voter_products(args.notes).items():
        rng = np.random.default_rng(3)
        random_pool = (rng.standard_normal(rows.shape) * rows.std()).astype(np.float32)
        result[layer] = {"N x K": list(W.shape), "real rows": probe(W, rows[len(rows) // 2], rows, args.max_m, blas),
                         "random rows": probe(W, random_pool[0], random_pool, args.max_m, blas),
                         "RowExactOps": exact_doc(W, rows, args.doc, blas)}
        print(layer, json.dumps(result[layer]), flush=True)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=1)
    return result


if __name__ == "__main__":
    main()
