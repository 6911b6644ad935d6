"""The learned voter's inference forwards (`inference.install`: Maxout, LayerNorm, and the embeddings computed once
per distinct feature row) give thinc's vectors bit for bit: on real notes (PhysioNet dev, MTSamples, the bundled
sample, and the same notes in capitals and lower case), on batches without tokens or of repeated tokens, on tied
pieces, and training still runs thinc's own forwards."""

from __future__ import annotations

import csv

import numpy as np
import pytest
import spacy
from thinc.api import LayerNorm, Maxout
from thinc.layers import layernorm as thinc_layernorm
from thinc.layers import maxout as thinc_maxout

from cancerprep.stages.deid import inference
from cancerprep.stages.deid.evaluate import load_physionet_notes
from cancerprep.stages.deid.recognizers import learned
from tests.paths import SAMPLE, SHARED_DATA


@pytest.fixture(scope="module")
def notes() -> list[str]:
    texts = [n.text for n in load_physionet_notes(SHARED_DATA / "physionet-deid-dev" / "id.text")][:150]
    with open(SHARED_DATA / "mtsamples-dev" / "mtsamples_dev.csv", encoding="utf-8", newline="") as f:
        texts += [r["transcription"] for _, r in zip(range(40), csv.DictReader(f), strict=False)]
    with open(SAMPLE / "csv" / "notes.csv", encoding="utf-8", newline="") as f:
        texts += [r["text"] for _, r in zip(range(60), csv.DictReader(f), strict=False)]
    texts += [t.upper() for t in texts[:60]] + [t.lower() for t in texts[:60]] + ["", "Größe: Müller, José. 東京"]
    return texts


@pytest.fixture(scope="module")
def thinc_nlp():
    """The shipped model with thinc's own forwards (no `install`)."""
    return spacy.load(str(learned.model_path("default")), exclude=["tokenizer"])


@pytest.fixture(scope="module")
def forwards_nlp():
    """The shipped model with the inference forwards and blis's products, as `learned.load_model` installs them
    before `install_row_exact` moves the per-token products to OpenBLAS (whose bits depend on an output's column
    and so on the weights' layout: the forwards are compared where products are per element, blis's)."""
    nlp = spacy.load(str(learned.model_path("default")), exclude=["tokenizer"])
    for _, component in nlp.pipeline:
        inference.install(component.model)
    return nlp


def test_the_loaded_voter_runs_the_inference_forwards():
    nlp = learned.load_model(str(learned.model_path("default")))
    funcs = [node._func for node in nlp.get_pipe("tok2vec").model.walk()]
    assert inference.maxout_forward in funcs and inference.layernorm_forward in funcs
    assert funcs.count(inference.embed_forward) == 1
    assert thinc_maxout.forward not in funcs and thinc_layernorm.forward not in funcs


def test_vectors_and_entities_equal_thincs_bit_for_bit_on_real_notes(notes, thinc_nlp, forwards_nlp):
    nlp = forwards_nlp
    for i in range(0, len(notes), 64):
        batch = notes[i:i + 64]
        ours = nlp.get_pipe("tok2vec").predict([nlp.make_doc(t) for t in batch])
        theirs = thinc_nlp.get_pipe("tok2vec").predict([thinc_nlp.make_doc(t) for t in batch])
        for a, b in zip(ours, theirs, strict=True):
            assert a.dtype == b.dtype and a.shape == b.shape
            assert np.array_equal(a, b) and np.array_equal(np.signbit(a), np.signbit(b))
    def entities(pipeline) -> list[list[tuple[int, int, str]]]:
        return [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in pipeline.pipe(notes, batch_size=64)]

    ents = entities(nlp)
    assert ents == entities(thinc_nlp)
    assert sum(map(len, ents)) > 50  # the notes do hold entities


@pytest.mark.parametrize("batch", [[""], ["", "  "], ["word"], ["Mr. Smith", "", "Mr. Smith"], ["a a a a", "b"]])
def test_the_embedding_of_distinct_rows_equals_thincs_on_edge_batches(batch, thinc_nlp, forwards_nlp):
    """Batches without tokens, of one token, and of repeated tokens: every row as thinc computes it."""
    nlp = forwards_nlp
    ours = nlp.get_pipe("tok2vec").predict([nlp.make_doc(t) for t in batch])
    theirs = thinc_nlp.get_pipe("tok2vec").predict([thinc_nlp.make_doc(t) for t in batch])
    assert [a.shape for a in ours] == [b.shape for b in theirs]
    for a, b in zip(ours, theirs, strict=True):
        assert np.array_equal(a, b) and np.array_equal(np.signbit(a), np.signbit(b))


@pytest.mark.parametrize("pieces", [1, 2, 3, 4])
def test_maxout_equals_thinc_with_ties(pieces):
    layer = Maxout(nO=8, nI=5, nP=pieces)
    rng = np.random.default_rng(pieces)
    X = rng.standard_normal((40, 5)).astype("float32")
    X[::3] = 0.0  # rows of zeros with zero biases: every piece ties
    layer.initialize(X=X)
    layer.set_param("b", np.zeros((8, pieces), dtype="float32"))
    want, _ = thinc_maxout.forward(layer, X, is_train=False)
    got, _ = inference.maxout_forward(layer, X, is_train=False)
    assert got.dtype == want.dtype and np.array_equal(got, want) and np.array_equal(np.signbit(got), np.signbit(want))



@pytest.mark.parametrize(("n_out", "pieces", "n_in"), [(64, 3, 192), (48, 3, 144), (32, 2, 96), (7, 3, 13)])
def test_maxout_equals_thinc_at_the_voters_sizes(n_out, pieces, n_in):
    """The piece-major weight layout gives thinc's numbers at the voter's sizes, where the gemm is blocked (a few
    thousand rows, the encoder's and narrower widths, and an odd size that fills no block)."""
    layer = Maxout(nO=n_out, nI=n_in, nP=pieces)
    rng = np.random.default_rng(n_out)
    X = rng.standard_normal((3001, n_in)).astype("float32")
    layer.initialize(X=X)
    layer.set_param("b", rng.standard_normal((n_out, pieces)).astype("float32"))
    want, _ = thinc_maxout.forward(layer, X, is_train=False)
    got, _ = inference.maxout_forward(layer, X, is_train=False)
    assert got.shape == want.shape and np.array_equal(got.view(np.uint32), want.view(np.uint32))

def test_layernorm_equals_thinc():
    layer = LayerNorm(nI=16)
    rng = np.random.default_rng(0)
    X = (rng.standard_normal((300, 16)) * 50 + 3).astype("float32")
    layer.initialize(X=X)
    layer.set_param("G", rng.standard_normal(16).astype("float32"))
    layer.set_param("b", rng.standard_normal(16).astype("float32"))
    want, _ = thinc_layernorm.forward(layer, X, is_train=False)
    got, _ = inference.layernorm_forward(layer, X, is_train=False)
    assert np.array_equal(got, want)


def test_training_keeps_thincs_forwards():
    """With is_train the thinc forward runs (it returns a working backward pass); without, there is none."""
    layer = Maxout(nO=4, nI=3, nP=2)
    X = np.ones((2, 3), dtype="float32")
    layer.initialize(X=X)
    inference.install(layer)
    _, backprop = layer(X, is_train=True)
    assert backprop(np.ones((2, 4), dtype="float32")).shape == (2, 3)
    _, no_backprop = layer(X, is_train=False)
    with pytest.raises(RuntimeError, match="inference-only"):
        no_backprop(np.ones((2, 4), dtype="float32"))


def test_install_changes_only_thincs_own_layers():
    layer = Maxout(nO=4, nI=3, nP=2)
    assert inference.install(layer) == 1
    assert inference.install(layer) == 0  # already replaced
    other = Maxout(nO=4, nI=3, nP=2)
    other._func = lambda model, X, is_train: (X, None)
    assert inference.install(other) == 0
