"""The one way tasks load a model's tokenizer: from a local directory, never from the network."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from cancerprep.errors import InputError, RecipeError


def load_tokenizer(path: str | Path, option: str = "tokenizer") -> Any:
    """A local Hugging Face tokenizer directory (HF_HUB_OFFLINE is forced: nothing downloads at run
    time). `option` is the recipe key that named it (`tasks.pretrain.tokenizer`), for the messages."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    path = Path(path)
    if not path.is_dir():
        raise InputError("tokenizer directory not found", file=str(path))
    try:
        from transformers import AutoTokenizer
    except ImportError:
        raise RecipeError(f"{option} needs the train extra (transformers); install cancerprep[train] "
                          "or omit it to cut by characters") from None
    try:
        return AutoTokenizer.from_pretrained(str(path), local_files_only=True)
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot load tokenizer: {type(exc).__name__}", file=str(path)) from None
