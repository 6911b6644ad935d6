"""Fixtures the de-identification tests share."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.engine import Deidentifier, default_deidentifier


@pytest.fixture(scope="session")
def engine() -> Deidentifier:
    """The one default engine per process (`default_deidentifier`): loading spaCy and the vocabularies costs
    seconds, so test modules share it instead of each building their own."""
    return default_deidentifier()
