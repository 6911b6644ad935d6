"""Stages: plain transforms over batches of note records (de-identification, coding, spelling)."""

from cancerprep.stages import nlp_imports as _nlp_imports

_nlp_imports.install()  # spaCy and Presidio without torch/transformers, in every process that runs a stage
