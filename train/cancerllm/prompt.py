"""The CancerLLM prompt wrapper (Alpaca style, from the authors' public code).

The wrapper is owned by `cancerprep.formats` (the dataset writer renders the same text); this
module only adapts it to training, where the prompt and the response are tokenized separately so
the loss can be masked to the response.
"""

from __future__ import annotations

try:  # the one definition, when the formats module of the data pipeline is installed
    from cancerprep.formats import PROMPT_TEMPLATE as _TEMPLATE  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - exercised only before cancerprep.formats exists
    _TEMPLATE = (
        "Below is an instruction that describes a task, paired with an input that provides further "
        "context.\n\n### Instruction:\n{instruction}\n\n### Input:\n{context}\n\n### Response:\n{response}"
    )

PROMPT_TEMPLATE: str = _TEMPLATE
_HEAD, _SEP = PROMPT_TEMPLATE.split("{context}")
RESPONSE_MARKER: str = _SEP.replace("{response}", "")


def prompt_head(instruction: str) -> str:
    """The wrapper up to the context (kept whole when the context is truncated)."""
    return _HEAD.format(instruction=instruction)


def render_prompt(instruction: str, context: str) -> str:
    """The full prompt the model sees, ending right before the response."""
    return prompt_head(instruction) + context + RESPONSE_MARKER
