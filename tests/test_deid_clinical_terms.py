"""Staging eponyms and stage values are clinical terms; the same words elsewhere stay PHI."""

from __future__ import annotations

import pytest

from cancerprep.deid.engine import Deidentifier


@pytest.fixture(scope="module")
def engine() -> Deidentifier:
    return Deidentifier()


def _found(engine: Deidentifier, text: str) -> list[str]:
    spans = engine.analyze(text)
    assert isinstance(spans, list)
    return [text[s.start:s.end] for s in spans]


@pytest.mark.parametrize("text", [
    "Ann Arbor stage IIIA diffuse large B-cell lymphoma.",
    "Stage IVA disease at presentation.",
    "FIGO stage IIIC endometrioid carcinoma.",
    "Clark level IV melanoma, Breslow thickness 2.1 mm.",
])
def test_staging_vocabulary_is_not_phi(engine: Deidentifier, text: str) -> None:
    assert _found(engine, text) == []


@pytest.mark.parametrize(("text", "phi"), [
    ("Patient moved from Ann Arbor to Detroit last year.", "Ann Arbor"),
    ("Iva Smith came with her son.", "Iva Smith"),
    ("Seen by Dr. Clark. Level of pain 3/10.", "Clark"),
    ("Tod Jones visited with his wife.", "Tod Jones"),
    ("Quentin Miller, 67 yo man, admitted.", "Quentin Miller"),
    ("Spoke with Vesta (sister) by phone.", "Vesta"),
    ("Seen by Dr. Meg Carter today.", "Meg Carter"),
])
def test_same_words_outside_clinical_use_stay_phi(engine: Deidentifier, text: str, phi: str) -> None:
    assert phi in _found(engine, text)
