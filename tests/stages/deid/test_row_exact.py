"""The voter's products on numpy's OpenBLAS, one call per document (`inference.RowExactOps`, perf47): a document's
numbers are its own, whatever its batch neighbours, its place in the batch or the BLAS thread count. Plain
`np.dot` over the batch fails these checks on this machine's OpenBLAS (benchmarks/speed/blas_rows.py: a row's bits
depend on its place in a tile, the tile edge, gemv for one row, the thread split)."""

from __future__ import annotations

import numpy as np
import pytest
from thinc.api import NumpyOps, get_current_ops
from threadpoolctl import ThreadpoolController, threadpool_limits

from cancerprep.stages.deid import inference
from cancerprep.stages.deid.evaluate import load_physionet_notes
from cancerprep.stages.deid.recognizers import learned
from tests.paths import SHARED_DATA

# the voter's per-token products (N outputs, K inputs): window Maxout, NER linear, NER precomputed features, and
# the hash embeddings' Maxout (blis in the voter, checked here as another shape)
SHAPES = [(192, 192), (64, 64), (384, 64), (192, 256)]


@pytest.fixture(scope="module")
def ops() -> inference.RowExactOps:
    libs = ThreadpoolController().select(user_api="blas").lib_controllers
    if not libs or any(lib.internal_api != "openblas" for lib in libs):
        pytest.skip("numpy's BLAS is not OpenBLAS")
    return inference.RowExactOps(blas_libs=libs)


@pytest.fixture(scope="module")
def voter():
    return learned.load_model(str(learned.model_path("default")))


@pytest.fixture(scope="module")
def notes() -> list[str]:
    return [n.text for n in load_physionet_notes(SHARED_DATA / "physionet-deid-dev" / "id.text")][:120]


@pytest.mark.parametrize(("n_out", "n_in"), SHAPES)
@pytest.mark.parametrize("pad", [0, 3])
def test_a_documents_product_is_the_same_alone_in_any_batch_and_thread_count(ops, n_out, n_in, pad):
    rng = np.random.default_rng(n_out + n_in + pad)
    W = (rng.standard_normal((n_out, n_in)) * 0.1).astype(np.float32)
    docs = [rng.standard_normal((int(n), n_in)).astype(np.float32) for n in (1, 2, 5, 11, 12, 13, 57, 130, 301)]
    alone = [ops.unflatten(ops.gemm(ops.flatten([d], pad=pad), W, trans2=True), [len(d)], pad=pad)[0]
             for d in docs]
    for trial in range(6):
        others = [rng.standard_normal((int(n), n_in)).astype(np.float32) for n in rng.integers(0, 200, 25)]
        batch = [*docs, *others]
        order = rng.permutation(len(batch))
        with threadpool_limits(limits=1 + trial % 2, user_api="blas"):
            shuffled = [batch[i] for i in order]
            out = ops.unflatten(ops.gemm(ops.flatten(shuffled, pad=pad), W, trans2=True),
                                [len(d) for d in shuffled], pad=pad)
        got = {int(i): y for i, y in zip(order, out, strict=True)}
        for k, want in enumerate(alone):
            assert got[k].shape == want.shape and np.array_equal(got[k].view(np.uint32), want.view(np.uint32))
    # the rows are the product's numbers (to float32 rounding): the layout changes only where a row sits
    for d, y in zip(docs, alone, strict=True):
        assert np.allclose(y, d.astype(np.float64) @ W.T.astype(np.float64), atol=1e-4)


def test_flatten_gives_each_document_its_own_pad_rows_and_unflatten_inverts_it(ops):
    docs = [np.full((2, 3), 1, np.float32), np.zeros((0, 3), np.float32), np.full((1, 3), 2, np.float32)]
    flat = ops.flatten(docs, pad=2)
    assert flat.shape == (2 + 2 + 2 + 2 + 1 + 2, 3)
    assert np.array_equal(flat[:, 0], [0, 0, 1, 1, 0, 0, 0, 0, 2, 0, 0])
    back = ops.unflatten(flat, [2, 0, 1], pad=2)
    assert [b.tolist() for b in back] == [d.tolist() for d in docs]
    assert ops._bounds == [(0, 6), (6, 11)] and ops._rows == 11
    assert np.array_equal(ops.flatten(docs), np.concatenate(docs)) and ops._bounds == [(0, 2), (2, 3)]
    with pytest.raises(ValueError, match="lengths"):
        ops.unflatten(flat, [2, 0, 2], pad=2)


def test_a_product_outside_the_recorded_layout_is_numpyops_own(ops):
    rng = np.random.default_rng(5)
    W = rng.standard_normal((64, 32)).astype(np.float32)
    ops.flatten([rng.standard_normal((10, 32)).astype(np.float32)])
    X = rng.standard_normal((9, 32)).astype(np.float32)  # 9 rows: not the 10 recorded
    assert np.array_equal(ops.gemm(X, W, trans2=True), NumpyOps().gemm(X, W, trans2=True))


def test_one_thread_inside_and_the_count_restored(ops):
    with threadpool_limits(limits=2, user_api="blas"):
        with ops.one_thread():
            assert {lib.num_threads for lib in ops._blas} == {1}
        assert {lib.num_threads for lib in ops._blas} == {2}


def test_the_voter_runs_its_per_token_products_row_exact_and_nothing_else(voter):
    exact = {node.name for _, c in voter.pipeline for node in c.model.walk()
             if isinstance(node.ops, inference.RowExactOps)}
    if not exact:
        pytest.skip("numpy's BLAS is not OpenBLAS")
    assert {"maxout", "layernorm", "expand_window", "list2array", "linear", "precomputable_affine"} <= exact
    embed = voter.get_pipe("tok2vec").model.layers[0]
    assert not any(isinstance(n.ops, inference.RowExactOps) for n in embed.walk())  # batch-wide rows: blis
    upper = voter.get_pipe("ner").model.layers[2]
    assert type(upper.ops) is NumpyOps and upper.ops.use_blis
    assert inference.install_row_exact(voter) == 0  # once
    assert type(get_current_ops()) is NumpyOps  # thinc's process-wide ops untouched


def test_a_notes_voter_output_is_the_same_alone_in_shuffled_batches_and_with_two_threads(voter, notes):
    def parse(texts: list[str], threads: int, batch_size: int) -> list[tuple]:
        with threadpool_limits(limits=threads, user_api="blas"):
            docs = list(voter.pipe(texts, batch_size=batch_size))
        return [(d.tensor.tobytes(), [(e.start_char, e.end_char, e.label_) for e in d.ents]) for d in docs]

    alone = [parse([t], 1, 1)[0] for t in notes[:40]]
    assert sum(len(ents) for _, ents in alone) > 10  # the notes hold entities
    rng = np.random.default_rng(3)
    for threads, batch_size in ((2, 128), (1, 16), (2, 7)):
        order = rng.permutation(len(notes))
        got = dict(zip(order.tolist(), parse([notes[i] for i in order], threads, batch_size), strict=True))
        assert all(got[i] == alone[i] for i in range(40))
