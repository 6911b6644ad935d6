"""The CancerLLM prompt wrapper (Alpaca style, from the authors' public code).

The wrapper is owned by `cancerprep.formats` (the dataset writer renders the same text); this
module only adapts it to training, where the prompt and the response are tokenized separately so
the loss can be masked to the response.
"""

from __future__ import annotations

from cancerprep.formats import PROMPT_TEMPLATE
from cancerprep.formats import render_prompt as _render

_HEAD, _SEP = PROMPT_TEMPLATE.split("{context}")
RESPONSE_MARKER: str = _SEP.replace("{response}", "")


def prompt_head(instruction: str) -> str:
    """The wrapper up to the context (kept whole when the context is truncated)."""
    return _HEAD.format(instruction=instruction)


def render_prompt(instruction: str, context: str) -> str:
    """The full prompt the model sees, ending right before the response."""
    return _render(instruction, context, "")
