"""`train merge` and `train export` (issue 15): the merged model equals base + both adapter deltas, and
the GGUF written from it loads back in transformers with the same logits and the same tokenization."""

from __future__ import annotations

import json

import pytest
import torch
from cancerllm.config import ConfigError, config_from_dict
from cancerllm.export import PROVENANCE, export_gguf, merge_model
from cancerllm.model import PRETRAIN_ADAPTER, load_model
from cancerllm.testing import TINY_MISTRAL, make_tiny_tokenizer
from typer.testing import CliRunner

from cancerprep.cli import app
from cancerprep.io.tables import file_sha256

CORPUS = ["In the text: a 2.5 cm mass in the left breast. What is the tumor site?", "Malignant neoplasm of lung",
          "Patient presents with a right colon mass; biopsy shows carcinoma."] * 20
TEXT = "In the text: a 3.1 cm mass in the right lung. Malignant neoplasm of lung</s>"


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    """A tiny random Mistral with two random (non-zero) LoRA adapters: pre-training and fine-tuning."""
    from peft import LoraConfig, get_peft_model

    torch.set_num_threads(1)
    root = tmp_path_factory.mktemp("export")
    tok = make_tiny_tokenizer(root / "tok", CORPUS)
    model_cfg = {"random_init": TINY_MISTRAL, "tokenizer": str(tok), "dtype": "float32"}
    for name, seed, r in (("pre", 1, 4), ("ft", 2, 8)):
        torch.manual_seed(seed)
        base = load_model(config_from_dict({"model": model_cfg}).model)
        get_peft_model(base, LoraConfig(r=r, lora_alpha=2 * r, target_modules="all-linear",
                                        init_lora_weights=False)).save_pretrained(root / name)
    return {"root": root, "model": model_cfg, "pre": root / "pre", "ft": root / "ft",
            "x": torch.tensor([[5, 17, 42, 99, 200, 7, 311]])}


def by_hand(setup, *adapters):
    """The base with each adapter's delta added by hand: W += alpha / r * B @ A."""
    from safetensors.torch import load_file

    model = load_model(config_from_dict({"model": setup["model"]}).model)
    modules = dict(model.named_modules())
    for adapter in adapters:
        conf = json.loads((adapter / "adapter_config.json").read_text())
        weights = load_file(adapter / "adapter_model.safetensors")
        for key, a in weights.items():
            if ".lora_A." in key:
                name = key.removeprefix("base_model.model.").split(".lora_A.")[0]
                b = weights[key.replace(".lora_A.", ".lora_B.")]
                with torch.no_grad():
                    modules[name].weight += conf["lora_alpha"] / conf["r"] * (b @ a)
    return model.eval()


def logits(model, x):
    with torch.no_grad():
        return model(input_ids=x).logits


def cfg(setup, **extra):
    return config_from_dict({"model": setup["model"], **extra})


@pytest.fixture(scope="module")
def merged(setup):
    out = setup["root"] / "merged"
    merge_model(cfg(setup, init_adapter=str(setup["pre"])), out, adapter=str(setup["ft"]))
    return out


def test_merged_model_is_base_plus_both_deltas_with_tokenizer_and_provenance(setup, merged):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    x = setup["x"]
    expected = logits(by_hand(setup, setup["pre"], setup["ft"]), x)
    loaded = AutoModelForCausalLM.from_pretrained(merged, local_files_only=True).eval()
    assert not any("lora" in n for n, _ in loaded.named_parameters())
    torch.testing.assert_close(logits(loaded, x), expected, atol=1e-5, rtol=1e-4)
    assert not torch.allclose(logits(by_hand(setup, setup["ft"]), x), expected, atol=1e-3)  # the pre delta matters
    assert AutoTokenizer.from_pretrained(merged)(TEXT).input_ids == \
        AutoTokenizer.from_pretrained(setup["model"]["tokenizer"])(TEXT).input_ids
    record = json.loads((merged / PROVENANCE).read_text())
    assert record["init_adapter_sha256"] == file_sha256(setup["pre"] / "adapter_model.safetensors")
    assert record["adapter_sha256"] == file_sha256(setup["ft"] / "adapter_model.safetensors")
    assert record["merged_in"] == "float32" and record["saved_dtype"] == "float32"
    assert record["base"]["random_init"] == TINY_MISTRAL and "git_commit" in record["export"]


def test_stacked_run_adapter_merges_with_its_saved_pretrain_adapter(setup, tmp_path):
    import shutil

    adapter = tmp_path / "adapter"
    shutil.copytree(setup["ft"], adapter)
    shutil.copytree(setup["pre"], adapter / PRETRAIN_ADAPTER)
    result = merge_model(cfg(setup), tmp_path / "m", adapter=str(adapter))
    assert result["init_adapter"] == str(adapter / PRETRAIN_ADAPTER)
    from transformers import AutoModelForCausalLM

    got = logits(AutoModelForCausalLM.from_pretrained(tmp_path / "m").eval(), setup["x"])
    torch.testing.assert_close(got, logits(by_hand(setup, setup["pre"], setup["ft"]), setup["x"]), atol=1e-5,
                               rtol=1e-4)
    # '' merges the fine-tune alone (explicitly), and the result differs
    merge_model(cfg(setup), tmp_path / "alone", adapter=str(adapter), init_adapter="", dtype="bfloat16")
    alone = AutoModelForCausalLM.from_pretrained(tmp_path / "alone")
    assert alone.dtype == torch.bfloat16
    with pytest.raises(ConfigError, match="not empty"):
        merge_model(cfg(setup), tmp_path / "m", adapter=str(adapter))


def test_gguf_round_trip_same_logits_and_tokens(merged, setup, tmp_path):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    record = export_gguf(merged, tmp_path / "model.gguf", "f32")
    assert record["tokenizer"] == "gpt2" and record["tokenizer_pre"] == "gpt-2" and record["merged"]["adapter_sha256"]
    assert json.loads((tmp_path / "model.gguf.provenance.json").read_text())["gguf_sha256"] == \
        file_sha256(tmp_path / "model.gguf")
    back = AutoModelForCausalLM.from_pretrained(tmp_path, gguf_file="model.gguf").eval()
    x = setup["x"]
    torch.testing.assert_close(logits(back, x), logits(by_hand(setup, setup["pre"], setup["ft"]), x),
                               atol=1e-5, rtol=1e-4)
    tok = AutoTokenizer.from_pretrained(tmp_path, gguf_file="model.gguf")
    assert tok(TEXT).input_ids == AutoTokenizer.from_pretrained(merged)(TEXT).input_ids
    # f16 weights: half the bytes, logits close
    export_gguf(merged, tmp_path / "half.gguf", "f16")
    assert (tmp_path / "half.gguf").stat().st_size < 0.6 * (tmp_path / "model.gguf").stat().st_size
    half = AutoModelForCausalLM.from_pretrained(tmp_path, gguf_file="half.gguf", dtype=torch.float32).eval()
    torch.testing.assert_close(logits(half, x), logits(back, x), atol=2e-2, rtol=1e-2)


def test_gguf_sentencepiece_style_vocabulary_round_trips(tmp_path):
    """A Metaspace BPE with byte fallback (Mistral's kind) is written as llama.cpp's `llama` tokenizer."""
    from tokenizers import Tokenizer, decoders, models, normalizers, trainers
    from transformers import AutoModelForCausalLM, AutoTokenizer, LlamaConfig, PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE(unk_token="<unk>", byte_fallback=True))
    tok.normalizer = normalizers.Sequence([normalizers.Prepend("▁"), normalizers.Replace(" ", "▁")])
    tok.decoder = decoders.Sequence([decoders.Replace("▁", " "), decoders.ByteFallback(), decoders.Fuse(),
                                     decoders.Strip(" ", 1, 0)])
    bytes_ = [f"<0x{i:02X}>" for i in range(256)]
    tok.train_from_iterator(CORPUS, trainers.BpeTrainer(vocab_size=400, special_tokens=["<unk>", "<s>", "</s>",
                                                                                        *bytes_]))
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<s>", eos_token="</s>", unk_token="<unk>")
    src = tmp_path / "src"
    torch.manual_seed(0)
    AutoModelForCausalLM.from_config(LlamaConfig(**{**TINY_MISTRAL, "vocab_size": 400})).save_pretrained(src)
    fast.save_pretrained(src)
    record = export_gguf(src, tmp_path / "sp.gguf", "f32")
    assert record["architecture"] == "LlamaForCausalLM" and record["tokenizer"] == "llama"
    back = AutoTokenizer.from_pretrained(tmp_path, gguf_file="sp.gguf")
    text = "a 2.5 cm mass in the left breast"
    assert back.convert_ids_to_tokens(back(text, add_special_tokens=False).input_ids) == \
        fast.convert_ids_to_tokens(fast(text, add_special_tokens=False).input_ids)


def test_export_refuses_other_architectures_and_missing_dirs(tmp_path):
    from transformers import GPT2Config, GPT2LMHeadModel

    GPT2LMHeadModel(GPT2Config(n_layer=1, n_embd=32, n_head=2, vocab_size=64)).save_pretrained(tmp_path / "gpt2")
    with pytest.raises(ConfigError, match="GPT2LMHeadModel"):
        export_gguf(tmp_path / "gpt2", tmp_path / "x.gguf")
    with pytest.raises(ConfigError, match="train merge"):
        export_gguf(tmp_path / "nothing", tmp_path / "x.gguf")
    with pytest.raises(ConfigError, match="outtype"):
        export_gguf(tmp_path / "gpt2", tmp_path / "x.gguf", "q4_0")


def test_merge_and_export_cli(setup, tmp_path):
    config = tmp_path / "run.yaml"
    config.write_text(json.dumps({"model": setup["model"], "init_adapter": str(setup["pre"])}))
    runner = CliRunner()
    out = runner.invoke(app, ["train", "merge", str(config), "--adapter", str(setup["ft"]), "-o", str(tmp_path / "m")])
    assert out.exit_code == 0, out.output
    assert (tmp_path / "m" / PROVENANCE).is_file()
    out = runner.invoke(app, ["train", "export", str(tmp_path / "m"), "-o", str(tmp_path / "m.gguf")])
    assert out.exit_code == 0, out.output
    assert json.loads((tmp_path / "m.gguf.provenance.json").read_text())["outtype"] == "f16"
    bad = runner.invoke(app, ["train", "export", str(tmp_path / "nope"), "-o", str(tmp_path / "n.gguf")])
    assert bad.exit_code != 0 and "train merge" in bad.output


def test_pre_tokenizer_names_follow_llama_cpp():
    from cancerllm.export import _pre_tokenizer_name

    gpt2 = {"type": "ByteLevel", "add_prefix_space": False, "use_regex": True}
    assert _pre_tokenizer_name(gpt2) == "gpt-2"
    smollm = {"type": "Sequence", "pretokenizers": [{"type": "Digits", "individual_digits": True}, gpt2]}
    assert _pre_tokenizer_name(smollm) == "smollm"
    assert _pre_tokenizer_name({"type": "Sequence", "pretokenizers": [{"type": "Split"}, gpt2]}) == "default"
