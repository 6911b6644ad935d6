"""The NLP engine is configurable: a local Hugging Face token-classification directory plugs in."""

from __future__ import annotations

import pytest

from cancerprep.errors import CancerprepError
from cancerprep.stages.deid.engine import DeidConfig, Deidentifier


def _tiny_token_classifier(path):
    """A 1-layer BERT whose classifier bias says B-PER for every token (no download)."""
    import torch
    from transformers import BertConfig, BertForTokenClassification, BertTokenizerFast

    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "dr", "healey", "saw", "the", "pt", "."]
    (path / "vocab.txt").write_text("\n".join(vocab) + "\n")
    tokenizer = BertTokenizerFast(vocab_file=str(path / "vocab.txt"), do_lower_case=True)
    config = BertConfig(vocab_size=len(vocab), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=32, max_position_embeddings=64,
                        id2label={0: "O", 1: "B-PER", 2: "I-PER"}, label2id={"O": 0, "B-PER": 1, "I-PER": 2})
    torch.manual_seed(0)
    model = BertForTokenClassification(config)
    with torch.no_grad():
        model.classifier.bias[:] = torch.tensor([-5.0, 5.0, -5.0])
    model.save_pretrained(path)
    tokenizer.save_pretrained(path)


def test_hf_model_directory_adds_a_recognizer(tmp_path):
    _tiny_token_classifier(tmp_path)
    deid = Deidentifier(DeidConfig(nlp={"hf_model": str(tmp_path)}))
    names = [r.name for r in deid.analyzer.registry.recognizers]
    assert "HuggingFaceNerRecognizer" in names
    spans = deid.analyze("dr healey saw the pt.")
    assert any(s.recognizer == "HuggingFaceNerRecognizer" and s.entity_type == "NAME" for s in spans)


def test_missing_models_fail_clearly(tmp_path):
    with pytest.raises(CancerprepError, match="local model directory"):
        Deidentifier(DeidConfig(nlp={"hf_model": str(tmp_path / "nope")}))
    with pytest.raises(CancerprepError, match="will not be downloaded"):
        Deidentifier(DeidConfig(nlp={"model": "no_such_spacy_model"}))


def _sample_texts(n: int = 60) -> list[str]:
    import polars as pl

    from tests.paths import SAMPLE

    return pl.read_csv(SAMPLE / "csv" / "notes.csv", n_rows=n)["text"].to_list()


def test_learned_model_tokenizes_as_the_default_engine_pipeline():
    """The engine skips its own tokenizer pass when the learned voter tokenizes: that is only the same
    output if the two tokenizers agree (same special cases, affixes, and the norms they set)."""
    from cancerprep.stages.deid import nlp
    from cancerprep.stages.deid.recognizers import learned

    engine = nlp._pipeline(nlp.DEFAULT_MODEL, False, 5_000_000).tokenizer
    model = learned.load_model(str(learned.model_path("default"))).tokenizer
    assert engine.rules == model.rules
    for attr in ("prefix_search", "suffix_search", "infix_finditer", "url_match"):
        assert getattr(engine, attr).__self__.pattern == getattr(model, attr).__self__.pattern, attr
    for text in _sample_texts():
        a, b = engine(text), model(text)
        assert [(t.text, t.whitespace_, t.norm_) for t in a] == [(t.text, t.whitespace_, t.norm_) for t in b]


def test_default_engine_leaves_its_pipeline_unloaded_with_the_same_spans():
    """With default settings nothing reads the engine's pipeline: it is not loaded, and the spans equal
    those of the path that hands the learned model the engine's tokens."""
    deid = Deidentifier()
    texts = _sample_texts()
    own = deid.analyze_many(texts)
    assert deid.nlp_engine.is_loaded() and deid.nlp_engine._nlp is None
    deid.learned_tokenizes = False  # the path another nlp.model takes: the engine's tokens feed the model
    assert deid.analyze_many(texts) == own
    assert deid.nlp_engine._nlp is not None
    assert sum(len(s) for s in own) > 100
