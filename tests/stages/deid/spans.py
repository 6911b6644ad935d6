"""Reading what the engine found, for de-identification tests."""

from __future__ import annotations

from cancerprep.stages.deid.engine import Deidentifier


def found_texts(engine: Deidentifier, text: str) -> list[str]:
    """The text of every span the engine finds in `text`; a note that fails analysis fails the test."""
    spans = engine.analyze(text)
    assert isinstance(spans, list)
    return [text[s.start:s.end] for s in spans]
