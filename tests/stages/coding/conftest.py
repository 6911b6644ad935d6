"""One coder for the coding tests: its setup (spaCy, medspacy, ICD-10-CM tables) is the slow part, and coding a
note leaves no state behind."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder


@pytest.fixture(scope="session")
def coder() -> Coder:
    c = Coder()
    c.setup()
    return c
