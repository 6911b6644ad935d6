"""The `paper` and `improved` profiles (issue 15, defect 7): one test per row of docs/train.md's table
that is code, plus whole-text tokenization, head + tail truncation and TrainingArguments keys."""

from __future__ import annotations

import pytest
from cancerllm.config import ConfigError, config_from_dict, input_tokens, load_config
from cancerllm.data import GAP, IGNORE_INDEX, concat_blocks, cut_context, encode_pair, encode_prompt
from cancerllm.prompt import render_prompt
from cancerllm.train import training_arguments, wants_eval

from tests.paths import REPO

CONFIGS = REPO / "train" / "configs"


@pytest.fixture(scope="module")
def paper():
    return load_config(CONFIGS / "paper_finetune.yaml"), load_config(CONFIGS / "paper_pretrain.yaml")


@pytest.fixture(scope="module")
def improved():
    return load_config(CONFIGS / "improved_finetune.yaml"), load_config(CONFIGS / "improved_pretrain.yaml")


@pytest.fixture(scope="module")
def sp_tok(tmp_path_factory):
    """A SentencePiece-like tokenizer (Metaspace word-start "▁" on the first piece, newline its own piece,
    as Mistral's): "None" alone is "▁None", after "Response:\\n" it is "None"."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    corpus = [render_prompt("You are a medical expert.", f"In the text: a {w} mass. What is the tumor site?") + w
              for w in ("None", "left", "breast", "lung", "right")] * 20
    tok = Tokenizer(models.BPE(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.Sequence([pre_tokenizers.Split("\n", behavior="isolated"),
                                                 pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="first")])
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="first")
    tok.train_from_iterator(corpus, trainers.BpeTrainer(vocab_size=300, special_tokens=["<unk>", "<s>", "</s>"]))
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<s>", eos_token="</s>", unk_token="<unk>")
    fast.pad_token = fast.eos_token
    return fast


def args_for(cfg, tmp_path):
    cfg.output_dir = str(tmp_path)
    return training_arguments(cfg, has_eval=wants_eval(cfg))


def test_base_is_the_authors_instruct_model(paper, improved):
    for cfg in (*paper, *improved):
        assert cfg.model.name_or_path.endswith("Mistral-7B-Instruct-v0.1")


def test_paper_finetune_training_arguments(paper, tmp_path):
    args = args_for(paper[0], tmp_path)
    assert args.max_grad_norm == 0.3
    assert args.lr_scheduler_type == "linear" and args.learning_rate == 2e-4
    assert (args.per_device_train_batch_size, args.gradient_accumulation_steps) == (1, 4)
    assert args.num_train_epochs == 5 and args.warmup_steps == 0.03
    assert args.optim == "paged_adamw_8bit"
    assert args.fp16 and not args.bf16
    assert args.eval_strategy == "epoch" and args.save_strategy == "epoch"
    assert args.load_best_model_at_end and args.metric_for_best_model == "eval_loss" and not args.greater_is_better


def test_paper_finetune_data_quantization_and_generation(paper):
    cfg = paper[0]
    assert not cfg.data.packing  # 4 pairs per optimizer step, not ~147 packed
    assert cfg.data.loss_on == "all" and cfg.data.max_length == 4000
    assert cfg.init_adapter_mode == "stack" and cfg.init_adapter
    q = cfg.quantization
    assert q.load_in_4bit and q.quant_type == "nf4" and q.double_quant and q.compute_dtype == "float16"
    assert (cfg.lora.r, cfg.lora.alpha, cfg.lora.dropout) == (64, 16, 0.1)
    assert input_tokens(cfg) == 1500 and cfg.generation.max_new_tokens == {"phenotype": 50, "diagnosis": 50}
    assert cfg.data.truncation == "head"


def test_paper_pretrain(paper, tmp_path):
    cfg = paper[1]
    assert (cfg.lora.r, cfg.lora.alpha, cfg.lora.dropout, cfg.lora.target_modules) == (8, 16, 0.05, "all-linear")
    assert cfg.data.max_length == 3000 and cfg.data.concat_notes
    args = args_for(cfg, tmp_path)
    assert args.warmup_steps == 0.05 and args.weight_decay == 0.01 and args.num_train_epochs == 0.5
    assert args.bf16 and not args.fp16 and args.gradient_checkpointing and args.lr_scheduler_type == "linear"


def test_improved_profile(improved, tmp_path):
    fin, pre = improved
    assert fin.data.loss_on == "response" and fin.data.packing and fin.data.truncation == "head_tail"
    assert fin.init_adapter_mode == "auto" and fin.quantization.load_in_4bit
    args = args_for(fin, tmp_path)
    assert args.save_total_limit == 2 and args.load_best_model_at_end and args.max_grad_norm == 0.3
    assert args_for(pre, tmp_path / "p").save_total_limit == 3
    assert pre.training.num_train_epochs == 0.5 and pre.training.weight_decay == 0.01


def test_training_arguments_keys_are_accepted_and_checked(tmp_path):
    base = {"model": {"smollm2": True}, "output_dir": str(tmp_path)}
    cfg = config_from_dict({**base, "training": {"evaluation_strategy": "no", "max_grad_norm": 0.3,
                                                 "save_steps": 7, "adam_beta2": 0.95}})
    assert cfg.training.eval_strategy == "no" and cfg.training.args == {"save_steps": 7, "adam_beta2": 0.95}
    args = training_arguments(cfg)
    assert args.save_steps == 7 and args.adam_beta2 == 0.95 and args.max_grad_norm == 0.3
    with pytest.raises(ConfigError, match="max_grad_nrom"):
        config_from_dict({**base, "training": {"max_grad_nrom": 0.3}})
    with pytest.raises(ConfigError, match="not TrainingArguments"):
        config_from_dict({**base, "training": {"args": {"nonsense": 1}}})


def test_whole_text_tokenization_has_no_stray_word_start(sp_tok):
    row = {"instruction": "You are a medical expert.", "context": "In the text: a left mass. What is the tumor site?",
           "response": "None"}
    alone = sp_tok.convert_ids_to_tokens(sp_tok("None", add_special_tokens=False)["input_ids"])
    assert alone[0].startswith("▁")  # what tokenizing the response on its own gives
    enc = encode_pair(sp_tok, row, max_input_tokens=200, max_length=256)
    full = render_prompt(row["instruction"], row["context"]) + row["response"]
    assert enc["input_ids"] == sp_tok(full)["input_ids"] + [sp_tok.eos_token_id]
    n_prompt = enc["labels"].count(IGNORE_INDEX)
    answer = sp_tok.convert_ids_to_tokens(enc["input_ids"][n_prompt:-1])
    assert not answer[0].startswith("▁") and "".join(answer) == "None"
    # generation sees exactly the prompt tokens of the training text
    assert encode_prompt(sp_tok, row["instruction"], row["context"], 200) == enc["input_ids"][:n_prompt]
    every = encode_pair(sp_tok, row, 200, 256, loss_on="all")
    assert every["labels"] == every["input_ids"]  # the authors' loss on the whole formatted text


def test_head_tail_truncation_keeps_the_end_of_a_note(sp_tok):
    note = " ".join(f"w{i}" for i in range(400)) + " Final diagnosis: carcinoma"
    cut = cut_context(sp_tok, note, 60, "head_tail", 0.25)
    assert cut.startswith("w0 ") and cut.endswith("Final diagnosis: carcinoma") and GAP in cut
    assert len(sp_tok(cut, add_special_tokens=False)["input_ids"]) <= 62
    assert "carcinoma" not in cut_context(sp_tok, note, 60, "head")
    assert cut_context(sp_tok, note, 60, "tail").endswith("carcinoma")
    ids = encode_prompt(sp_tok, "Diagnose.", note, 80)
    assert len(ids) <= 80 and sp_tok.decode(ids).rstrip().endswith("### Response:")
    assert "carcinoma" in sp_tok.decode(ids)


def test_pretraining_notes_concatenated_then_chunked(sp_tok):
    texts = ["left breast mass", "right lung none"]
    blocks = concat_blocks(sp_tok, texts, 4)
    stream = [t for text in texts for t in sp_tok(text)["input_ids"] + [sp_tok.eos_token_id]]
    assert [i for b in blocks for i in b["input_ids"]] == stream[: sum(len(b["input_ids"]) for b in blocks)]
    assert all(len(b["input_ids"]) == 4 for b in blocks[:-1]) and all(b["labels"] == b["input_ids"] for b in blocks)


def test_chat_template_wraps_prompts_the_same_in_training_and_generation(sp_tok):
    import copy

    tok = copy.deepcopy(sp_tok)
    tok.chat_template = ("{% for m in messages %}<s>{{ m['role'] }}: {{ m['content'] }}{% endfor %}"
                         "{% if add_generation_prompt %}\nassistant:\n{% endif %}")
    row = {"instruction": "You are a medical expert.", "context": "In the text: a left mass.", "response": "left"}
    ids = encode_prompt(tok, row["instruction"], row["context"], 200, chat=True)
    text = tok.decode(ids)
    assert text.startswith("<s>user: Below is an instruction") and text.endswith("\nassistant:\n")
    assert ids.count(tok.bos_token_id) == 1  # the template's own <s>, no second one added
    enc = encode_pair(tok, row, 200, 256, chat=True)
    n_prompt = enc["labels"].count(IGNORE_INDEX)
    assert enc["input_ids"][:n_prompt] == ids and tok.decode(enc["input_ids"][n_prompt:-1]) == "left"
