"""Inference-only forward passes for the learned voter's tok2vec layers, with the same numbers as thinc's.

Why: the voter is half of de-identification's CPU, and two of thinc's layer functions do training work at
inference. thinc's Maxout (8.2) finds each output's best piece in a Cython loop that also records which piece won
(for the backward pass): about 9 ms per batch of 12k tokens, against 1 ms for `numpy.maximum` over the pieces.
Its LayerNorm computes the row mean twice (`mean`, then `var`, which recomputes it) and allocates three
temporaries. The forwards here take the maximum over the same gemm output (a maximum picks one of its inputs:
the same number) and compute the same mean, variance and scaling with the same numpy reductions in the same order,
so every vector is bit for bit what thinc computes (tests/stages/deid/test_inference.py compares them on real
notes). spaCy's hash embeddings and their reduction read each token's own features only, so they run once per
distinct feature row of a batch (`embed_forward`; a quarter of PhysioNet's rows; tok2vec -23%). They replace a layer's
forward only when it is thinc's own (`install`), and only at inference: with `is_train` they call thinc's forward, so
training is untouched.

`install_row_exact` moves the voter's per-token matrix products (the window encoder's Maxouts, the NER's linear and
precomputed-feature layers) from cython-blis, which runs its slow 'generic' reference kernel on CPUs it does not know
(this AMD EPYC), to numpy's OpenBLAS, about 2.5x faster; see `RowExactOps` for why each note's numbers stay a function
of that note alone.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np
from thinc.api import NumpyOps
from thinc.layers import layernorm as _layernorm
from thinc.layers import maxout as _maxout

# the modules, not the functions of the same name that `thinc.layers` exports
_chain, _linear, _list2array, _list2ragged, _ragged2list, _with_array = (
    importlib.import_module(f"thinc.layers.{name}")
    for name in ("chain", "linear", "list2array", "list2ragged", "ragged2list", "with_array"))


def _no_backprop(_d: Any) -> Any:
    raise RuntimeError("inference-only forward: no backward pass")


def maxout_forward(model, X, is_train: bool):
    """thinc's Maxout forward without the argmax bookkeeping: the gemm and bias as thinc does them, then the
    elementwise maximum over the pieces (ties keep the earlier piece, as thinc's loop does)."""
    if is_train:
        return _maxout.forward(model, X, is_train)
    nO, nP, nI = model.get_dim("nO"), model.get_dim("nP"), model.get_dim("nI")
    if nP == 1:
        W = model.ops.reshape2f(model.get_param("W"), nO, nI)
        Y = model.ops.gemm(X, W, trans2=True)
        Y += model.ops.reshape1f(model.get_param("b"), nO)
        return Y, _no_backprop
    # the weight rows piece-major (each piece's nO outputs side by side): every output is the same dot product
    # and bias as in thinc's layout, only in another column, and the maximum then reads contiguous blocks
    # instead of every nP-th column (~6% of the layer; test_inference checks the bits)
    W = np.ascontiguousarray(model.ops.reshape3f(model.get_param("W"), nO, nP, nI).transpose(1, 0, 2))
    Y = model.ops.gemm(X, W.reshape(nP * nO, nI), trans2=True)
    Y += np.ascontiguousarray(model.ops.reshape2f(model.get_param("b"), nO, nP).T).reshape(nP * nO)
    best = np.maximum(Y[:, :nO], Y[:, nO:2 * nO])
    for p in range(2, nP):
        np.maximum(best, Y[:, p * nO:(p + 1) * nO], out=best)
    return best, _no_backprop


def layernorm_forward(model, X, is_train: bool):
    """thinc's LayerNorm forward with its mean computed once: `X.mean(axis=1)` and `X.var(axis=1)` are numpy's
    sum along the row divided by the count, and the variance the same over the squared deviations, which is what
    this does, reduction for reduction, without the second mean and the temporaries."""
    if is_train:
        return _layernorm.forward(model, X, is_train)
    n = X.shape[1]
    mu = np.add.reduce(X, axis=1, keepdims=True)
    np.true_divide(mu, n, out=mu)
    D = X - mu
    var = np.add.reduce(np.multiply(D, D), axis=1, keepdims=True)
    np.true_divide(var, n, out=var)
    var += 1e-08
    np.multiply(D, var ** (-1.0 / 2.0), out=D)
    np.multiply(D, model.get_param("G"), out=D)
    D += model.get_param("b")
    return D, _no_backprop


def embed_forward(model, docs, is_train: bool):
    """spaCy's MultiHashEmbed (features -> hash embeddings -> Maxout -> LayerNorm, per token) run once per distinct
    feature row of the batch: a token's embedding depends on its own four features only (no neighbour enters before
    the window encoder), and a batch of notes repeats its words (on PhysioNet a quarter of the rows are distinct), so
    the rows are computed for the distinct ones and copied to the others. Each computed row is the same dot products,
    sums and reductions as in the whole batch, so the vectors are thinc's bit for bit (test_inference)."""
    if is_train:
        return _chain.forward(model, docs, is_train)
    extract, _to_ragged, embed, reduce, _to_list = model.layers
    features = extract.predict(docs)
    lengths = [len(f) for f in features]
    rows = np.ascontiguousarray(np.concatenate(features)) if features else np.zeros((0, 0), dtype="uint64")
    if not len(rows):
        return _chain.forward(model, docs, is_train)
    keys = rows.view(np.dtype((np.void, rows.dtype.itemsize * rows.shape[1]))).ravel()
    _keys, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    vectors = reduce.layers[0].predict(embed.layers[0].predict(rows[first]))[inverse.ravel()]
    return np.split(vectors, np.cumsum(lengths)[:-1]), _no_backprop


_FAST: dict[Callable, Callable] = {_maxout.forward: maxout_forward, _layernorm.forward: layernorm_forward}


def _is_multi_hash_embed(node) -> bool:
    """spaCy's MultiHashEmbed chain as v2 builds it: features, list2ragged, the embeddings, their reduction, back to
    a list (the layers `embed_forward` runs)."""
    from spacy.ml import featureextractor

    funcs = [layer._func for layer in node.layers]
    return node._func is _chain.forward and funcs == [featureextractor.forward, _list2ragged.forward,
                                                      _with_array.forward, _with_array.forward, _ragged2list.forward]


def install(model) -> int:
    """Give every Maxout and LayerNorm layer of a thinc `model` (thinc's own forwards only, numpy arrays only) the
    inference forwards above, and spaCy's MultiHashEmbed chain `embed_forward`; returns how many layers changed.
    Other layers and other backends are left alone."""
    changed = 0
    for node in model.walk():
        fast = _FAST.get(node._func)
        if fast is None and _is_multi_hash_embed(node):
            fast = embed_forward
        if fast is not None and isinstance(node.ops, NumpyOps):
            node._func = fast
            changed += 1
    return changed


class RowExactOps(NumpyOps):
    """thinc's NumpyOps with matrix products on numpy's OpenBLAS, one BLAS call per document, one thread.

    Why per document: OpenBLAS (0.3.23, its Haswell kernels on this EPYC; benchmarks/speed/blas_rows.py) computes a
    row's dot products in an order that depends on where the row falls in the product: the last rows of a product
    whose row count is not a multiple of the kernel's tile go through narrower kernels, rows in different halves of
    a tile give different last bits, one row goes through gemv, and a second thread splits the rows elsewhere. A
    token's numbers would then depend on its batch neighbours. Here `flatten` (how thinc's `with_array` and
    `list2array` join a batch's documents) records where each document's rows lie, and `gemm` runs one product per
    document over exactly those rows, with one OpenBLAS thread: the call's shape and a row's place in it are the
    document's own, so a document's floats are the same alone, in any batch, at any worker or thread count.
    With padding (the window encoder's receptive field), each document gets its own zero rows on both sides
    (thinc shares one block between neighbours: a shared row computed in one neighbour's product would be read by
    the other); a token's window still reads zeros, then the same pad rows' values, so the encoder computes the same
    function. A product whose rows match no recorded layout (or with `trans1`) runs as NumpyOps runs it (blis).
    The thread count is the process's while a product runs: deid analyses a batch in one thread (a product another
    thread ran in that window would run on one thread too: slower, and with OpenBLAS's one-thread bits).
    """

    name = "numpy"

    def __init__(self, blas_libs: Sequence[Any] = (), **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._blas = list(blas_libs)
        self._bounds: list[tuple[int, int]] = []
        self._rows = -1

    @contextlib.contextmanager
    def one_thread(self) -> Iterator[None]:
        """numpy's BLAS on one thread for the products inside, its count restored after (threadpoolctl's library
        controllers, a C call each: ~2 us, against ~25 us for `threadpool_limits`)."""
        before = [lib.num_threads for lib in self._blas]
        for lib, n in zip(self._blas, before, strict=True):
            if n != 1:
                lib.set_num_threads(1)
        try:
            yield
        finally:
            for lib, n in zip(self._blas, before, strict=True):
                if n != 1:
                    lib.set_num_threads(n)

    def flatten(self, X, dtype=None, pad: int = 0, ndim_if_empty: int = 2):
        """thinc's flatten, recording each non-empty document's rows; with `pad`, each document between its own
        `pad` zero rows (see the class doc)."""
        pad = int(pad)
        if X is None or len(X) == 0 or pad < 1:
            out = super().flatten(X, dtype=dtype, pad=0, ndim_if_empty=ndim_if_empty)
            lengths = [len(x) for x in X or () if x.size != 0]
        else:
            kept = [x for x in X if x.size != 0]
            if not kept:
                return super().flatten(X, dtype=dtype, pad=0, ndim_if_empty=ndim_if_empty)
            zeros = np.zeros((pad, *kept[0].shape[1:]), dtype=kept[0].dtype)
            out = np.concatenate([part for x in kept for part in (zeros, x, zeros)])
            if dtype is not None:
                out = out.astype(dtype, copy=False)
            lengths = [len(x) + 2 * pad for x in kept]
        ends = np.cumsum(lengths).tolist()
        self._bounds = list(zip([0, *ends[:-1]], ends, strict=True))
        self._rows = len(out)
        return out

    def unflatten(self, X, lengths, pad: int = 0):
        """The inverse of `flatten` (each document's rows without its own pad rows)."""
        pad = int(pad)
        if pad < 1:
            return super().unflatten(X, lengths, pad=0)
        out, at = [], 0
        for n in (int(n) for n in lengths):
            if n == 0:
                out.append(X[at:at])
                continue
            out.append(X[at + pad:at + pad + n])
            at += n + 2 * pad
        if at != len(X):
            raise ValueError("unflatten: lengths do not match the flattened rows")
        return out

    def gemm(self, x, y, *, out=None, trans1: bool = False, trans2: bool = False):
        """One OpenBLAS product per recorded document (see the class doc); other products as NumpyOps."""
        if trans1 or x.ndim != 2 or len(x) != self._rows or not self._bounds or x.dtype != np.float32 \
                or y.dtype != np.float32:
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)
        w = y.T if trans2 else y
        if out is None:
            out = np.empty((len(x), w.shape[1]), dtype=np.float32)
        with self.one_thread():
            for a, b in self._bounds:
                np.dot(x[a:b], w, out=out[a:b])
        return out


def _numpy_blas() -> list[Any] | None:
    """threadpoolctl's controllers of the BLAS numpy runs on, if that is OpenBLAS (the kernels measured); None else."""
    from threadpoolctl import ThreadpoolController

    libs = ThreadpoolController().select(user_api="blas").lib_controllers
    if not libs or any(lib.internal_api != "openblas" for lib in libs):
        return None
    return libs


def install_row_exact(nlp) -> int:
    """Give the voter's per-token products `RowExactOps`: the tok2vec's window encoder (the `with_array` with
    padding, and every layer under it) and the NER's listener chain and precomputed features. The hash embeddings'
    Maxout (rows are distinct feature rows of the whole batch, not documents) and the NER's upper layer (spaCy's
    parser calls blis itself) keep blis. Returns how many layers changed; 0 where numpy's BLAS is not OpenBLAS or
    the pipeline is not the voter's shape. Only this `nlp`'s layers change: nothing else in the process."""
    from spacy.ml import _precomputable_affine

    libs = _numpy_blas()
    if libs is None:
        return 0
    ops = RowExactOps(blas_libs=libs)
    nodes = []
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None:
            continue
        for node in model.walk():
            if node._func is _with_array.forward and node.attrs.get("pad", 0) > 0:
                nodes.extend(node.walk())
        if model.name == "parser_model" and len(model.layers) == 3:
            nodes.extend(n for layer in model.layers[:2] for n in layer.walk()
                         if n._func in (_list2array.forward, _linear.forward, _precomputable_affine.forward))
    if not nodes or any(type(node.ops) is not NumpyOps for node in nodes):  # already installed, or another backend
        return 0
    for node in nodes:
        node.ops = ops
    return len(nodes)
