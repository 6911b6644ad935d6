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
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import numpy as np
from thinc.layers import layernorm as _layernorm
from thinc.layers import maxout as _maxout

# the modules, not the functions of the same name that `thinc.layers` exports
_chain, _list2ragged, _ragged2list, _with_array = (importlib.import_module(f"thinc.layers.{name}") for name in
                                                  ("chain", "list2ragged", "ragged2list", "with_array"))


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
    from thinc.api import NumpyOps

    changed = 0
    for node in model.walk():
        fast = _FAST.get(node._func)
        if fast is None and _is_multi_hash_embed(node):
            fast = embed_forward
        if fast is not None and isinstance(node.ops, NumpyOps):
            node._func = fast
            changed += 1
    return changed
