"""Tiny offline fixtures: a byte-level BPE tokenizer trained in milliseconds and a tiny Mistral.

Unit tests and CPU smoke runs use these so they need no weights and run in seconds.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

TINY_MISTRAL: dict[str, Any] = {
    "vocab_size": 512,
    "hidden_size": 64,
    "intermediate_size": 128,
    "num_hidden_layers": 2,
    "num_attention_heads": 4,
    "num_key_value_heads": 2,
    "max_position_embeddings": 2048,
    "sliding_window": None,
    "tie_word_embeddings": False,
}


def make_tiny_tokenizer(out_dir: str | Path, corpus: list[str], vocab_size: int = 512) -> Path:
    """Train a byte-level BPE on `corpus`, save it as a transformers tokenizer directory."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE(unk_token=None))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size, special_tokens=["<pad>", "<s>", "</s>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
    )
    tok.train_from_iterator(corpus, trainer)
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<s>", eos_token="</s>", pad_token="<pad>")
    out_dir = Path(out_dir)
    fast.save_pretrained(out_dir)
    return out_dir


def write_toy_dataset(out_dir: str | Path, n_train: int = 40, seed: int = 0) -> Path:
    """A synthetic run directory in CancerLLM JSONL layout (cancerllm/<task>/<split>.jsonl).

    Fully synthetic (no patient text); for unit tests and for trying the train commands before a
    build-dataset run exists.
    """
    import json
    import random

    from cancerprep.formats import DIAGNOSIS_INSTRUCTION, PHENOTYPE_INSTRUCTION

    rng = random.Random(seed)
    sites = ["breast", "lung", "colon", "prostate", "liver", "stomach"]
    out = Path(out_dir)
    for split, m in (("train", n_train), ("validation", max(2, n_train // 4)), ("test", max(2, n_train // 4))):
        for task in ("phenotype", "diagnosis"):
            rows = []
            for i in range(m):
                site, side = rng.choice(sites), rng.choice(["left", "right"])
                size = f"{rng.randint(1, 9)}.{rng.randint(0, 9)}"
                if task == "phenotype":
                    entity, answer = rng.choice([("tumor size", f"{size} cm"), ("tumor laterality", side),
                                                 ("tumor site", site)])
                    context = (f"In the text: A {size} cm mass was found in the {side} {site}. "
                               f"What is the {entity} in the given context?")
                    instruction = PHENOTYPE_INSTRUCTION
                else:
                    context = f"Patient presents with a {size} cm {side} {site} mass; biopsy shows carcinoma."
                    answer, instruction = f"malignant neoplasm of {site}", DIAGNOSIS_INSTRUCTION
                rows.append({"id": f"{task}-{split}-{i}", "task": task, "cancer_type": site,
                             "instruction": instruction, "context": context, "response": answer,
                             "variant": "clean"})
            path = out / "cancerllm" / task / f"{split}.jsonl"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return out
